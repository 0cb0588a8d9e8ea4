"""Daily lessons in Slack: sending one to an agent's DM, redrawing it as they answer its quiz, and the settings form.

The fan-out in ``bot.services.lessons`` decides who gets what and when; this module
only turns a ``LessonMessage`` into a DM and tells the fan-out what Slack
answered, in the terms every platform uses (``RateLimited``, ``RecipientGone``).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime, time, timedelta
from typing import Any

import aiohttp
from slack_sdk.errors import SlackApiError
from slack_sdk.http_retry.builtin_async_handlers import AsyncRateLimitErrorRetryHandler
from slack_sdk.web.async_client import AsyncWebClient

from bot.services.lessons import LessonMessage, LessonState, RateLimited, RecipientGone, Sent
from bot.slack import blocks, flows
from bot.slack.lesson_blocks import lesson_blocks, lesson_text

GONE_ERRORS = frozenset({
    "user_not_found", "user_disabled", "account_inactive", "cannot_dm_bot", "token_revoked", "team_not_found",
})
"""What Slack answers once the person was deleted or deactivated, is a bot, or the app was removed."""
STALE_CHANNEL_ERRORS = frozenset({"channel_not_found", "is_archived", "not_in_channel"})
"""What Slack answers when a remembered DM channel no longer reaches the agent: open it again."""
DEFAULT_RETRY_SECONDS = 1.0
LESSON_EVENT = "empathy_coach_lesson"
"""The metadata event type every lesson message carries, with its delivery id, so it can be found again."""
HISTORY_PAGE = 200
"""Messages asked for per page of a DM's history; a day of one agent's DM rarely needs a second page."""


def without_rate_limit_retries(client: AsyncWebClient) -> AsyncWebClient:
    """The same client (token, URL, connection pool) minus slack_sdk's own wait on a 429.

    The fan-out waits out a rate limit itself and pauses every send to Slack while it does, since the
    limit is the workspace's, not one message's; with slack_sdk's handler each send would sleep on its
    own, the others would keep hitting the limit, and the delivery report would never see it.
    """
    return AsyncWebClient(
        token=client.token, base_url=client.base_url, timeout=client.timeout, ssl=client.ssl, proxy=client.proxy,
        session=client.session, trust_env_in_session=client.trust_env_in_session, headers=dict(client.headers),
        retry_handlers=[handler for handler in client.retry_handlers
                        if not isinstance(handler, AsyncRateLimitErrorRetryHandler)],
    )


class LessonSender:
    """Sends one lesson as a DM, and finds one sent by an attempt that was cut short.

    The DM channel a lesson went to is handed back (``Sent.conversation``) and kept by the lesson service,
    so later lessons post straight to it instead of opening the conversation again. Each lesson carries
    message metadata naming its delivery, which ``already_sent`` looks for in the DM's history.

    A client without a connection pool opens a new connection per call; a fan-out of thousands of
    lessons keeps one pool instead, opened on the first send and closed by ``aclose`` at the end.
    """

    def __init__(self, client: AsyncWebClient) -> None:
        self._client = client
        self._own_session: aiohttp.ClientSession | None = None

    async def __call__(self, message: LessonMessage) -> Sent:
        try:
            channel = message.conversation or await self._open(message)
            try:
                return await self._post(channel, message)
            except SlackApiError as error:
                if message.conversation is None or _code(error) not in STALE_CHANNEL_ERRORS:
                    raise
            return await self._post(await self._open(message), message)
        except SlackApiError as error:
            raise refusal(error, message.user_id) from error

    async def already_sent(self, message: LessonMessage) -> Sent | None:
        """The lesson as posted by an earlier attempt, found by its metadata in the DM's history, or ``None``."""
        client = self._pooled()
        oldest = datetime.combine(message.local_date - timedelta(days=1), time(), UTC).timestamp()
        try:
            channel = message.conversation or await self._open(message)
            cursor = None
            while True:
                page = await client.conversations_history(channel=channel, oldest=f"{oldest:.6f}", cursor=cursor,
                                                          include_all_metadata=True, limit=HISTORY_PAGE)
                for posted in page.get("messages") or []:
                    if _delivery_of(posted) == message.delivery_id:
                        return Sent(f"{channel}/{posted.get('ts')}", channel)
                cursor = (page.get("response_metadata") or {}).get("next_cursor")
                if not page.get("has_more") or not cursor:
                    return None
        except SlackApiError as error:
            raise refusal(error, message.user_id) from error

    async def aclose(self) -> None:
        if self._own_session is not None:
            await self._own_session.close()
            self._own_session = self._client.session = None

    async def _open(self, message: LessonMessage) -> str:
        opened = await self._pooled().conversations_open(users=slack_user_of(message.user_id))
        return opened["channel"]["id"]

    async def _post(self, channel: str, message: LessonMessage) -> Sent:
        posted = await self._pooled().chat_postMessage(
            channel=channel, text=lesson_text(message), blocks=lesson_blocks(message),
            metadata={"event_type": LESSON_EVENT, "event_payload": {"delivery_id": message.delivery_id}},
        )
        channel = posted.get("channel") or channel
        return Sent(f"{channel}/{posted.get('ts')}", channel)

    def _pooled(self) -> AsyncWebClient:
        client = self._client
        if client.session is None:
            self._own_session = client.session = aiohttp.ClientSession()
        return client


def _delivery_of(posted: Mapping[str, Any]) -> int | None:
    """The delivery id a message's lesson metadata names, or ``None`` for any other message."""
    metadata = posted.get("metadata") or {}
    if metadata.get("event_type") != LESSON_EVENT:
        return None
    delivery = (metadata.get("event_payload") or {}).get("delivery_id")
    return delivery if isinstance(delivery, int) else None


def _code(error: SlackApiError) -> str | None:
    return error.response.get("error") if isinstance(error.response.data, dict) else None


def slack_user_of(user_id: str) -> str:
    """"slack:T123:U456" → "U456": the store's ids carry the workspace, Slack's API wants the user alone."""
    platform, _, rest = user_id.partition(":")
    slack_user = rest.rpartition(":")[2]
    if platform != flows.PLATFORM or not slack_user:
        raise ValueError(f"{user_id!r} is not a Slack user id of this coach.")
    return slack_user


def refusal(error: SlackApiError, user_id: str) -> Exception:
    """Slack's answer as the fan-out understands it; anything else is returned as is and retried by a later run."""
    status = error.response.status_code
    code = _code(error)
    if status == 429 or code == "ratelimited":
        return RateLimited(retry_after(error.response.headers))
    if code in GONE_ERRORS:
        return RecipientGone(f"Slack answered {code!r} for {user_id}: no more lessons until they use the app again.")
    return error


def retry_after(headers: Mapping[str, Any]) -> float:
    value = next((value for name, value in headers.items() if name.lower() == "retry-after"), None)
    try:
        return float(value) if value is not None else DEFAULT_RETRY_SECONDS
    except (TypeError, ValueError):
        return DEFAULT_RETRY_SECONDS


async def redraw(client: AsyncWebClient, body: dict[str, Any], state: LessonState, note: str | None) -> None:
    """Replace the lesson message the button was pressed on with its current state."""
    message = state.message
    text = lesson_text(message)
    drawn = lesson_blocks(message, state.answers, done=state.completed, note=note)
    container = body.get("container") or {}
    channel = container.get("channel_id") or (body.get("channel") or {}).get("id")
    ts = container.get("message_ts") or (body.get("message") or {}).get("ts")
    if channel and ts:
        await client.chat_update(channel=channel, ts=ts, text=text, blocks=drawn)
    else:
        await flows.to_response_url(client, body["response_url"], replace=True)(text, drawn)


async def open_settings(client: AsyncWebClient, context: dict[str, Any], trigger_id: str, slack_user: str) -> None:
    """Opens at once with what we know, then fills in the profile's timezone if this is a first contact."""
    services = flows.services_of(context)
    user = flows.user_key(context, slack_user)
    known = await services.run(services.knows, user)
    sharing = await services.run(services.team.sharing, user)
    opened = await client.views_open(trigger_id=trigger_id, view=blocks.settings_modal(
        await services.run(services.lessons.settings, user), sharing=sharing))
    if known:
        return
    await flows.enrol(client, context, slack_user)
    settings = await services.run(services.lessons.settings, user)
    if settings.timezone:
        view = opened["view"]
        await client.views_update(view_id=view["id"], hash=view.get("hash"), view=blocks.settings_modal(settings, sharing=sharing))
