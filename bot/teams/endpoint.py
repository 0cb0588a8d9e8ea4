"""The HTTP side of ``POST /api/messages``: refuse what isn't an authentic activity, then run the turn.

The SDK's ``CloudAdapter.process`` turns only ``PermissionError`` into a 401:
a token it can't even decode, or a request with no content type, escapes as
some other exception and becomes a 500. Authenticating first, here, means every
authentication failure is a 401 with nothing done, and only an authentic
activity ever reaches the bot.
"""

from __future__ import annotations

import ipaddress
import logging
from collections.abc import Awaitable, Callable
from urllib.parse import urlsplit

import aiohttp
import requests
from aiohttp import web
from botbuilder.core import Bot, TurnContext, serializer_helper
from botbuilder.integration.aiohttp import CloudAdapter
from botbuilder.schema import Activity, ActivityTypes
from botframework.connector.auth import BotFrameworkAuthentication
from msrest.serialization import Model

log = logging.getLogger(__name__)

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]
VALUE_REQUIRED = frozenset({"composeExtension/fetchTask", "composeExtension/submitAction"})
"""Invokes the message extension sends, which mean nothing without their ``value``."""
TEXT_FIELDS = ("type", "id", "serviceUrl", "channelId", "replyToId", "name", "text", "locale", "localTimezone")
ACCOUNT_FIELDS = ("conversation", "recipient", "from")


def messages_endpoint(
    adapter: CloudAdapter, auth: BotFrameworkAuthentication, bot: Bot, *, require_token: bool
) -> Handler:
    """401 for a missing or invalid token, whatever the body; then 400 for anything that isn't an activity the
    bot could answer; then the turn. A 501 from the SDK (an invoke this bot doesn't offer) becomes a 400."""

    async def messages(request: web.Request) -> web.StreamResponse:
        header = request.headers.get("Authorization") or None
        if require_token and header is None:
            return _refuse(401, "An Authorization header with a Bot Framework token is required.")
        activity = await _read_activity(request)
        try:
            # An unreadable body is still authenticated (against no channel or service URL), so a bad token
            # gets 401 whatever came with it.
            authenticated = await auth.authenticate_request(activity or Activity(), header)
        except (requests.RequestException, aiohttp.ClientError, TimeoutError) as error:
            log.error("Can't fetch the Bot Framework signing keys to check a Teams request: %s", error)
            return _refuse(503, "The bot can't verify tokens right now; try again shortly.")
        except Exception as error:  # noqa: BLE001 - a token that fails any check in any way is refused
            log.warning("Refused a request to /api/messages with 401: %s: %s", type(error).__name__, error)
            return _refuse(401, "The Bot Framework token is missing, malformed or not valid for this bot.")
        if request.content_type != "application/json":
            return _refuse(415, "Send the activity as application/json.")
        problem = "the body is not a Bot Framework activity" if activity is None else malformed(
            activity, emulator=not require_token)
        if problem is not None:
            log.warning("Refused a request to /api/messages with 400: %s.", problem)
            return _refuse(400, f"Not an activity this bot can answer: {problem}.")
        response = await adapter.process_activity(authenticated, activity, bot.on_turn)
        if response is None:
            return web.Response(status=201)
        if int(response.status) == 501:
            return _refuse(400, f"This bot doesn't handle {activity.type} {activity.name!r}.")
        # The Teams handler serializes invoke bodies itself; anything else is still an SDK model.
        body = serializer_helper(response.body) if isinstance(response.body, Model) else response.body
        if body is None:
            return web.Response(status=int(response.status))
        return web.json_response(body, status=int(response.status))

    return messages


async def _read_activity(request: web.Request) -> Activity | None:
    if request.content_type != "application/json":
        return None
    try:
        body = await request.json()
        activity = Activity().deserialize(body) if _plausible(body) else None
    except Exception:  # noqa: BLE001 - invalid JSON or UTF-8, or fields of the wrong shape
        return None
    return activity if activity is not None and isinstance(activity.type, str) and activity.type else None


def _plausible(body: object) -> bool:
    """The SDK turns a number or an object where a string belongs into its text ("{}" as a conversation id), so
    the types of the fields a reply is addressed with are checked on the JSON itself."""
    if not isinstance(body, dict):
        return False
    if any(not isinstance(body.get(name), str | None) for name in TEXT_FIELDS):
        return False
    accounts = [body.get(name) for name in ACCOUNT_FIELDS if body.get(name) is not None]
    return all(isinstance(account, dict) and isinstance(account.get("id"), str | None) for account in accounts)


def malformed(activity: Activity, *, emulator: bool) -> str | None:
    """Why this activity can't be answered, or ``None``. Every activity is answered (if at all) in its own
    conversation through its own ``serviceUrl``, so both must be there; without authentication (the Emulator)
    that address must be this machine's, or an unauthenticated request could make the bot post anywhere."""
    conversation = activity.conversation
    if conversation is None or not isinstance(conversation.id, str) or not conversation.id.strip():
        return "it names no conversation"
    if activity.recipient is None or not isinstance(activity.recipient.id, str) or not activity.recipient.id:
        return "it names no recipient (the bot, which answers as that account)"
    for listed in ("members_added", "members_removed", "reactions_added", "reactions_removed"):
        if None in (getattr(activity, listed) or ()):
            return f"its {listed} list has an empty entry"
    address = urlsplit(activity.service_url) if isinstance(activity.service_url, str) else None
    if address is None or address.scheme not in ("http", "https") or not address.hostname:
        return "its serviceUrl is missing or not an http(s) URL"
    if emulator and not _loopback(address.hostname):
        return "without authentication (COACH_TEAMS_EMULATOR) the serviceUrl must be on this machine"
    if activity.type == ActivityTypes.invoke:
        if not isinstance(activity.name, str) or not activity.name:
            return "the invoke has no name"
        if activity.name in VALUE_REQUIRED and not isinstance(activity.value, dict):
            return f"{activity.name} has no value object"
    return None


def _loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _refuse(status: int, message: str) -> web.Response:
    return web.json_response({"error": message}, status=status)


async def report_turn_error(turn_context: TurnContext, error: Exception) -> None:
    """Log the failure; in a chat, also tell the agent, since silence looks like the bot ignored them."""
    activity = turn_context.activity
    log.exception("A Teams %s activity failed", activity.type, exc_info=error)
    if activity.type != ActivityTypes.message:
        # An invoke (the message extension) may come from a chat with a customer: never post there.
        return
    try:
        await turn_context.send_activity(
            "Sorry, something went wrong on our side and that didn't work. Try again in a minute; if it keeps "
            "happening, tell whoever runs the coach (the details are in its log)."
        )
    except Exception as apology_error:  # noqa: BLE001 - often the same unreachable connector that failed the turn
        log.warning("Couldn't tell the agent that their Teams %s activity failed: %s: %s", activity.type,
                    type(apology_error).__name__, apology_error)
