"""Events: the App Home being opened, and drafts sent to the app in a direct message.

Slack redelivers an event it thinks went unanswered (``X-Slack-Retry-Num``);
``skip_redelivered`` drops any event id already handled, using the store so
that holds across restarts too.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from slack_bolt.async_app import AsyncApp
from slack_bolt.response import BoltResponse
from slack_sdk.web.async_client import AsyncWebClient

from bot.slack import blocks, flows

SETTINGS_IN_DM = (f"Open the app's *Home* tab and press *Lesson settings*, or type `{blocks.COMMAND} settings` "
                  "in any conversation.")
CHECK_IN_DM = "Send me the draft itself and I'll check it, or use the *Check a reply* button on the Home tab."


def register(app: AsyncApp) -> None:
    app.middleware(skip_redelivered)
    app.event("app_home_opened")(flows.guarded(home_opened))
    app.event("message")(flows.guarded(direct_message))


async def skip_redelivered(
    body: dict[str, Any], context: dict[str, Any], next: Callable[[], Awaitable[None]]
) -> BoltResponse | None:
    event_id = body.get("event_id") if body.get("type") == "event_callback" else None
    if event_id and not flows.coach_of(context).first_delivery(f"{flows.PLATFORM}:{event_id}"):
        return BoltResponse(status=200, body="")
    await next()
    return None


async def home_opened(event: dict[str, Any], client: AsyncWebClient, context: dict[str, Any]) -> None:
    slack_user = event["user"]
    await flows.enrol(client, context, slack_user)
    if event.get("tab") == "home":
        await flows.publish_home(client, context, slack_user)


async def direct_message(event: dict[str, Any], client: AsyncWebClient, context: dict[str, Any]) -> None:
    """A person's own new message in their DM with the app; edits, joins and bots' messages are ignored."""
    if event.get("channel_type") != "im" or event.get("subtype") or event.get("bot_id") or not event.get("user"):
        return
    slack_user = event["user"]
    user = await flows.enrol(client, context, slack_user)
    send = flows.to_channel(client, event["channel"])
    text = flows.unescape(event.get("text") or "")
    word = flows.subcommand(text)
    if word == "help":
        await flows.send_help(send)
    elif word == "progress":
        await flows.send_progress(context, user, send)
    elif word == "settings":
        await send(SETTINGS_IN_DM, blocks.notice(SETTINGS_IN_DM))
    elif word == "check":
        await send(CHECK_IN_DM, blocks.notice(CHECK_IN_DM))
    elif word == "forget-me":
        await flows.send_forget_confirmation(context, slack_user, send)
    else:
        await flows.check_and_send(context, user, text, None, send)
