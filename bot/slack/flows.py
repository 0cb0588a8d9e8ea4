"""The steps several Slack listeners share: who is asking, where the answer goes, and the answers that are no
one feature's (help, progress, the App Home, forget-me).

Listeners ack first and then call these, so nothing here has to fit in
Slack's three seconds except where a trigger id is about to expire. Every
service call is awaited through ``Services.run``, on a worker thread: the
event loop that sends everyone's acks never waits on the database.
"""

from __future__ import annotations

import asyncio
import inspect
import json
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from slack_bolt.async_app import AsyncAck
from slack_bolt.response import BoltResponse
from slack_sdk.errors import SlackApiError, SlackClientError
from slack_sdk.http_retry.async_handler import AsyncRetryHandler
from slack_sdk.http_retry.builtin_async_handlers import (
    AsyncConnectionErrorRetryHandler,
    AsyncRateLimitErrorRetryHandler,
)
from slack_sdk.web.async_client import AsyncWebClient
from slack_sdk.webhook.async_client import AsyncWebhookClient

from bot.services import Services, StoreBusy
from bot.slack import blocks, team

log = logging.getLogger(__name__)

PLATFORM = "slack"
SERVICES = "services"
"""The key under which every listener finds the ``Services`` in Bolt's context."""
ACK_SENT = "ack_sent"
"""The key of an ``asyncio.Event`` in Bolt's context, set once the HTTP answer carrying the ack is written (absent
in Socket Mode): a listener's work after its ack waits for it."""
SUBCOMMANDS = ("help", "progress", "settings", "forget-me", "check", "practice")
SHARE_IN = f"`{blocks.COMMAND} settings`"
"""Where an agent chooses whether their leads see their own figures."""

Edit = Callable[[str, list[dict]], Awaitable[None]]
"""Replaces one message already shown with new text and blocks."""
Send = Callable[[str, list[dict]], Awaitable[Edit | None]]
"""Delivers one message (fallback text and blocks) to wherever the request came from, and returns how to edit
that message in place (``None`` when Slack didn't take it)."""


FAILED = ("Sorry, that didn't work because of a problem on the coach's side (it's in the server log). "
          "Try again in a minute; if it keeps happening, tell whoever runs Empathy Coach.")


Listener = Callable[..., Awaitable[None]]


def guarded(listener: Listener) -> Listener:
    """Catch what a listener raises: log it, ack if it hadn't, and tell the person when we know where; and hold
    the listener's work after its ack (or, for an event Bolt acked itself, all of it) until Slack has the ack.

    Bolt would otherwise hand the error to its own handler, which can undo an ack the
    dispatcher hasn't sent yet and leave Slack waiting out its three seconds.
    """
    own = inspect.signature(listener).parameters

    async def run(**kwargs: Any) -> None:
        sent: asyncio.Event | None = kwargs["context"].get(ACK_SENT)
        arguments = {name: kwargs[name] for name in own}
        if "ack" in own:
            arguments["ack"] = _then_wait(kwargs["ack"], sent)
        elif sent is not None:
            await sent.wait()
        try:
            await listener(**arguments)
        except Exception as error:
            log.error("A Slack request failed in %s: %s", listener.__name__, error, exc_info=error)
            ack = kwargs.get("ack")
            if ack is not None and ack.response is None:
                await ack()
            where = (kwargs.get(name) for name in ("command", "shortcut", "body"))
            url = next((part["response_url"] for part in where if isinstance(part, dict) and part.get("response_url")),
                       None)
            if url:
                await tell(to_response_url(kwargs["client"], url), FAILED)

    return passing(run, listener, "client", "context")


def _then_wait(ack: AsyncAck, sent: asyncio.Event | None) -> Callable[..., Awaitable[BoltResponse]]:
    """``ack`` that returns once the answer carrying it is written, so what the listener does next can't
    delay it."""

    async def ack_and_wait(*args: Any, **kwargs: Any) -> BoltResponse:
        response = await ack(*args, **kwargs)
        if sent is not None:
            await sent.wait()
        return response

    return ack_and_wait


def passing(run: Listener, listener: Listener, *needed: str) -> Listener:
    """``run``, which calls ``listener``, made to receive the listener's own arguments and ``needed``: Bolt passes
    a listener the arguments its signature names."""
    own = inspect.signature(listener).parameters
    extra = {name: inspect.Parameter(name, inspect.Parameter.POSITIONAL_OR_KEYWORD) for name in needed}
    run.__signature__ = inspect.Signature([*{**extra, **own}.values()])  # type: ignore[attr-defined]
    run.__name__ = listener.__name__
    return run


def retry_handlers() -> list[AsyncRetryHandler]:
    """slack_sdk's own handlers: wait out a 429's Retry-After and retry a dropped connection."""
    return [AsyncRateLimitErrorRetryHandler(max_retry_count=2), AsyncConnectionErrorRetryHandler(max_retry_count=2)]


def services_of(context: dict[str, Any]) -> Services:
    return context[SERVICES]


def user_key(context: dict[str, Any], slack_user: str) -> str:
    """Slack user ids are unique only inside a workspace (or an Enterprise Grid org)."""
    return f"{workspace_key(context)}:{slack_user}"


def workspace_key(context: dict[str, Any]) -> str:
    """The prefix every user id of this workspace starts with, e.g. to stop lessons when the app is removed."""
    workspace = context.get("team_id") or context.get("enterprise_id") or "-"
    return f"{PLATFORM}:{workspace}"


async def enrol(client: AsyncWebClient, context: dict[str, Any], slack_user: str) -> str:
    """The coach's id for this person, enrolling them with their profile's timezone on first contact."""
    services = services_of(context)
    user = user_key(context, slack_user)
    try:
        # also brings back someone whose app was removed and reinstalled
        if not await services.run(services.welcome_back, user):
            name, timezone = await profile(client, slack_user)
            await services.run(services.enrol, user, PLATFORM, name, timezone)
    except StoreBusy as error:  # what they asked for still runs; their next request enrols them
        log.warning("%s Carrying on without it.", error)
    return user


async def profile(client: AsyncWebClient, slack_user: str) -> tuple[str | None, str | None]:
    """Display name and IANA timezone; both ``None`` if Slack won't say (the user can set a timezone later)."""
    try:
        response = await client.users_info(user=slack_user)
    except (SlackApiError, SlackClientError) as error:
        log.warning("Couldn't read the Slack profile of %s (%s); enrolling without a timezone.", slack_user, error)
        return None, None
    person = response.get("user") or {}
    name = (person.get("profile") or {}).get("display_name") or person.get("real_name") or person.get("name")
    return name or None, person.get("tz") or None


def subcommand(text: str) -> str | None:
    """Only an exact word is a subcommand: "help me with this refund" is a draft."""
    word = text.strip().lower()
    return word if word in SUBCOMMANDS else None


def unescape(text: str) -> str:
    """Slack sends what people typed with &, < and > escaped; the coach reads the text as typed."""
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def to_response_url(client: AsyncWebClient, url: str, *, replace: bool = False) -> Send:
    """Answer through a ``response_url``: ephemeral in the conversation the request came from, over the
    client's pool of connections (a new connection per answer when it has none).

    The same url edits that answer afterwards (``replace_original``), which is the only way to change
    an ephemeral message: it has no ``ts`` that ``chat.update`` could name.
    """

    async def send(text: str, message_blocks: list[dict]) -> Edit | None:
        webhook = AsyncWebhookClient(url, session=client.session, retry_handlers=retry_handlers())
        response = await webhook.send(text=text, blocks=message_blocks, response_type="ephemeral",
                                      replace_original=replace)
        if response.status_code != 200:
            log.error("Slack refused a reply to a response_url (HTTP %s: %s).", response.status_code, response.body)
            return None

        async def edit(new_text: str, new_blocks: list[dict]) -> None:
            await to_response_url(client, url, replace=True)(new_text, new_blocks)

        return edit

    return send


def to_channel(client: AsyncWebClient, channel: str, thread_ts: str | None = None) -> Send:
    """Answer with a normal message, e.g. in the agent's DM with the app (channel = their user id); with
    ``thread_ts``, in that thread, where the agent wrote."""

    async def send(text: str, message_blocks: list[dict]) -> Edit | None:
        posted = await client.chat_postMessage(channel=channel, text=text, blocks=message_blocks, thread_ts=thread_ts)

        async def edit(new_text: str, new_blocks: list[dict]) -> None:
            # Slack answers with the DM's own id (D…) even when the message was addressed to a user id.
            await client.chat_update(channel=posted["channel"], ts=posted["ts"], text=new_text, blocks=new_blocks)

        return edit

    return send


async def tell(send: Send, text: str) -> None:
    """A one-paragraph answer (an error, a confirmation) wherever ``send`` delivers."""
    await send(text, blocks.notice(text))


def destination_metadata(*, response_url: str | None, slack_user: str) -> str:
    """Where a modal's result should go, kept in the modal itself (Slack signs it back to us on submit)."""
    if response_url:
        return json.dumps({"response_url": response_url})
    return json.dumps({"channel": slack_user})


def destination(metadata: str, client: AsyncWebClient, slack_user: str) -> Send:
    try:
        where = json.loads(metadata or "{}")
    except json.JSONDecodeError:
        where = {}
    if where.get("response_url"):
        return to_response_url(client, where["response_url"])
    return to_channel(client, slack_user)


async def publish_home(client: AsyncWebClient, context: dict[str, Any], slack_user: str) -> None:
    """The App Home shows only the viewer's own data: ``slack_user`` always comes from the signed payload."""
    services = services_of(context)
    user = user_key(context, slack_user)
    groups = await lead_groups(context, client, slack_user)

    def read() -> blocks.View:
        return blocks.home_view(services.checks.progress(user), services.lessons.settings(user),
                                services.lessons.progress(user), leads_see=services.team.what_leads_see(user, SHARE_IN),
                                team=team.home_section(services, user, groups))

    await client.views_publish(user_id=slack_user, view=await services.run(read))


async def send_progress(context: dict[str, Any], user: str, send: Send) -> None:
    services = services_of(context)
    progress = await services.run(services.checks.progress, user)
    lessons = await services.run(services.lessons.progress, user)
    await send(f"Your progress: {progress.checks} checks in the last {progress.days} days.",
               blocks.progress_blocks(progress, lessons,
                                      await services.run(services.team.what_leads_see, user, SHARE_IN)))


async def lead_groups(context: dict[str, Any], client: AsyncWebClient, slack_user: str) -> frozenset[str]:
    """The Slack user groups named in ``COACH_LEADS`` that this person is in."""
    return await context[team.LEAD_GROUPS].of(services_of(context), client, slack_user)


async def send_forget_confirmation(context: dict[str, Any], slack_user: str, send: Send) -> None:
    """Nobody is enrolled by asking to be forgotten: a stranger just hears that nothing is stored."""
    services = services_of(context)
    user = user_key(context, slack_user)
    if not await services.run(services.knows, user):
        await tell(send, "Nothing is stored about you.")
        return
    checks = await services.run(services.checks.count, user)
    await send("Delete everything Empathy Coach stores about you?", blocks.forget_blocks(checks))


async def send_help(send: Send, greeting: str | None = None) -> None:
    await send(greeting or "How to use Empathy Coach", blocks.help_blocks(greeting))
