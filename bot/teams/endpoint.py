"""The HTTP side of ``POST /api/messages``: refuse what isn't an authentic activity, then run the turn.

The SDK's ``CloudAdapter.process`` turns only ``PermissionError`` into a 401:
a token it can't even decode, or a request with no content type, escapes as
some other exception and becomes a 500. Authenticating first, here, means every
authentication failure is a 401 with nothing done, and only an authentic
activity ever reaches the bot.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable

import requests
from aiohttp import web
from botbuilder.core import Bot, TurnContext, serializer_helper
from botbuilder.integration.aiohttp import CloudAdapter
from botbuilder.schema import Activity, ActivityTypes
from botframework.connector.auth import BotFrameworkAuthentication
from msrest.serialization import Model

log = logging.getLogger(__name__)

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def messages_endpoint(
    adapter: CloudAdapter, auth: BotFrameworkAuthentication, bot: Bot, *, require_token: bool
) -> Handler:
    async def messages(request: web.Request) -> web.StreamResponse:
        header = request.headers.get("Authorization") or None
        if require_token and header is None:
            return _refuse(401, "An Authorization header with a Bot Framework token is required.")
        if request.content_type != "application/json":
            return _refuse(415, "Send the activity as application/json.")
        try:
            body = await request.json()
            activity = Activity().deserialize(body) if isinstance(body, dict) else None
        except Exception:  # invalid JSON or UTF-8, or fields of the wrong shape
            activity = None
        if activity is None or not isinstance(activity.type, str) or not activity.type:
            return _refuse(400, "The body is not a Bot Framework activity.")
        try:
            authenticated = await auth.authenticate_request(activity, header)
        except requests.RequestException as error:
            log.error("Can't fetch the Bot Framework signing keys to check a Teams request: %s", error)
            return _refuse(503, "The bot can't verify tokens right now; try again shortly.")
        except Exception as error:  # noqa: BLE001 - a token that fails any check in any way is refused
            log.warning("Refused a request to /api/messages: %s: %s", type(error).__name__, error)
            return _refuse(401, "The Bot Framework token is missing, malformed or not valid for this bot.")
        response = await adapter.process_activity(authenticated, activity, bot.on_turn)
        if response is None:
            return web.Response(status=201)
        # The Teams handler serializes invoke bodies itself; anything else is still an SDK model.
        body = serializer_helper(response.body) if isinstance(response.body, Model) else response.body
        if body is None:
            return web.Response(status=int(response.status))
        return web.json_response(body, status=int(response.status))

    return messages


def _refuse(status: int, message: str) -> web.Response:
    return web.json_response({"error": message}, status=status)


async def report_turn_error(turn_context: TurnContext, error: Exception) -> None:
    """Log the failure; in a chat, also tell the agent, since silence looks like the bot ignored them."""
    activity = turn_context.activity
    log.exception("A Teams %s activity failed", activity.type, exc_info=error)
    if activity.type != ActivityTypes.message:
        # An invoke (the message extension) may come from a chat with a customer: never post there.
        return
    await turn_context.send_activity(
        "Sorry, something went wrong on our side and that didn't work. Try again in a minute; if it keeps "
        "happening, tell whoever runs the coach (the details are in its log)."
    )
