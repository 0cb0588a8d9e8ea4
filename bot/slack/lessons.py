"""Daily lessons in Slack: sending one to an agent's DM, redrawing it as they answer its quiz, and the settings form.

The fan-out in ``bot.services.lessons`` decides who gets what and when; this module
only turns a ``LessonMessage`` into a DM and tells the fan-out what Slack
answered, in the terms every platform uses (``RateLimited``, ``RecipientGone``).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import aiohttp
from slack_sdk.errors import SlackApiError
from slack_sdk.http_retry.builtin_async_handlers import AsyncRateLimitErrorRetryHandler
from slack_sdk.web.async_client import AsyncWebClient

from bot.services.lessons import LessonMessage, LessonState, RateLimited, RecipientGone
from bot.slack import blocks, flows
from bot.slack.lesson_blocks import lesson_blocks, lesson_text

GONE_ERRORS = frozenset({
    "user_not_found", "user_disabled", "account_inactive", "cannot_dm_bot", "token_revoked", "team_not_found",
})
"""What Slack answers once the person was deleted or deactivated, is a bot, or the app was removed."""
DEFAULT_RETRY_SECONDS = 1.0


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
    """Sends one lesson as a DM: open the conversation with the agent, post the lesson.

    A client without a connection pool opens a new connection per call; a fan-out of thousands of
    lessons keeps one pool instead, opened on the first send and closed by ``aclose`` at the end.
    """

    def __init__(self, client: AsyncWebClient) -> None:
        self._client = client
        self._own_session: aiohttp.ClientSession | None = None

    async def __call__(self, message: LessonMessage) -> None:
        client = self._client
        if client.session is None:
            self._own_session = client.session = aiohttp.ClientSession()
        try:
            opened = await client.conversations_open(users=slack_user_of(message.user_id))
            await client.chat_postMessage(channel=opened["channel"]["id"], text=lesson_text(message),
                                          blocks=lesson_blocks(message))
        except SlackApiError as error:
            raise refusal(error, message.user_id) from error

    async def aclose(self) -> None:
        if self._own_session is not None:
            await self._own_session.close()
            self._own_session = self._client.session = None


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
    code = error.response.get("error") if isinstance(error.response.data, dict) else None
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
        await flows.to_response_url(body["response_url"], replace=True)(text, drawn)


async def open_settings(client: AsyncWebClient, context: dict[str, Any], trigger_id: str, slack_user: str) -> None:
    """Opens at once with what we know, then fills in the profile's timezone if this is a first contact."""
    services = flows.services_of(context)
    user = flows.user_key(context, slack_user)
    known = services.knows(user)
    sharing = services.team.sharing(user)
    opened = await client.views_open(trigger_id=trigger_id,
                                     view=blocks.settings_modal(services.lessons.settings(user), sharing=sharing))
    if known:
        return
    await flows.enrol(client, context, slack_user)
    settings = services.lessons.settings(user)
    if settings.timezone:
        view = opened["view"]
        await client.views_update(view_id=view["id"], hash=view.get("hash"), view=blocks.settings_modal(settings, sharing=sharing))
