"""Events: the App Home being opened, direct messages (drafts, practice replies), and the app being removed.

Slack redelivers an event it thinks went unanswered (``X-Slack-Retry-Num``);
each listener here drops an event id already handled (``once``), using the
store so that holds across restarts too. The event is acked first: Bolt acks
events before their listener runs, so a busy database never delays the ack.
"""

from __future__ import annotations

import inspect
import logging
from typing import Any

from slack_bolt.async_app import AsyncApp
from slack_sdk.web.async_client import AsyncWebClient

from bot.services import StoreError
from bot.slack import blocks, checks, flows, practice

log = logging.getLogger(__name__)

SETTINGS_IN_DM = (f"Open the app's *Home* tab and press *Lesson settings*, or type `{blocks.COMMAND} settings` "
                  "in any conversation.")
GREETING_TEXT = "Hi, I'm Empathy Coach. Send me a draft reply here and I'll check it."
CHECK_IN_DM = "Send me the draft itself and I'll check it, or use the *Check a reply* button on the Home tab."


def register(app: AsyncApp) -> None:
    app.event("app_home_opened")(flows.guarded(once(home_opened)))
    app.event("message")(flows.guarded(once(direct_message)))
    app.event("app_uninstalled")(flows.guarded(once(app_uninstalled)))
    app.event("tokens_revoked")(flows.guarded(once(tokens_revoked)))


def once(listener: flows.Listener) -> flows.Listener:
    """Run the listener only for the first delivery of an event. When the database can't say (it stayed busy),
    the event is handled rather than lost: a rare second answer beats a draft never checked."""
    own = inspect.signature(listener).parameters

    async def run(**kwargs: Any) -> None:
        event_id = kwargs["body"].get("event_id")
        if event_id:
            services = flows.services_of(kwargs["context"])
            try:
                first = await services.run(services.first_delivery, f"{flows.PLATFORM}:{event_id}")
            except StoreError as error:
                log.warning("%s Handling event %s without knowing whether it was handled before.", error, event_id)
                first = True
            if not first:
                return
        await listener(**{name: kwargs[name] for name in own})

    return flows.passing(run, listener, "body", "context")


async def home_opened(event: dict[str, Any], client: AsyncWebClient, context: dict[str, Any]) -> None:
    slack_user = event.get("user")
    if not slack_user:
        return
    await flows.enrol(client, context, slack_user)
    if event.get("tab") == "home":
        await flows.publish_home(client, context, slack_user)
    elif event.get("tab") == "messages" and event.get("channel"):
        await greet(client, event["channel"])


async def greet(client: AsyncWebClient, channel: str) -> None:
    """Say hello, with what the app does, the first time someone opens its Messages tab: that is, when the DM is
    still empty, so nobody is greeted twice, even after a restart, and nobody who already talked to the app is."""
    history = await client.conversations_history(channel=channel, limit=1)
    if not history.get("messages"):
        await flows.send_help(flows.to_channel(client, channel), GREETING_TEXT)


async def direct_message(event: dict[str, Any], client: AsyncWebClient, context: dict[str, Any]) -> None:
    """A person's own new message in their DM with the app: a reply in a practice session, a word such as
    ``help``, or a draft to check. Edits, joins and bots' messages (the app's own included) are ignored."""
    if (event.get("channel_type") != "im" or event.get("subtype") or event.get("bot_id") or not event.get("user")
            or not event.get("channel")):
        return
    slack_user = event["user"]
    user = await flows.enrol(client, context, slack_user)
    send = flows.to_channel(client, event["channel"], event.get("thread_ts"))
    text = flows.unescape(event.get("text") or "")
    word = flows.subcommand(text)
    # During a practice session every message is a reply to the customer ("help" asks for a hint), except the
    # words no reply would be: progress, settings, check and forget-me keep working.
    if word in (None, "help", "practice") and await practice.direct_message(context, user, text, send):
        return
    if word == "help":
        await flows.send_help(send)
    elif word == "progress":
        await flows.send_progress(context, user, send)
    elif word == "settings":
        await flows.tell(send, SETTINGS_IN_DM)
    elif word == "check":
        await flows.tell(send, CHECK_IN_DM)
    elif word == "forget-me":
        await flows.send_forget_confirmation(context, slack_user, send)
    else:
        await checks.check_and_send(context, user, text, None, send)


async def app_uninstalled(context: dict[str, Any]) -> None:
    """Nobody in the workspace gets lessons any more; anyone who uses the app again after a reinstall is back."""
    services = flows.services_of(context)
    stopped = await services.run(services.lessons.app_removed, flows.workspace_key(context))
    log.info("The app was removed from %s: lessons stopped for %d people.", flows.workspace_key(context), stopped)


async def tokens_revoked(event: dict[str, Any], context: dict[str, Any]) -> None:
    """Only a revoked bot token matters: it is the one lessons are sent with."""
    if (event.get("tokens") or {}).get("bot"):
        await app_uninstalled(context)
