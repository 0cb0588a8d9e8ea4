"""The Slack app: a Bolt ``AsyncApp`` on the shared aiohttp server, or over Socket Mode.

Everything that talks to Slack goes through the one ``AsyncWebClient`` built
here (with slack_sdk's retry handlers for rate limits and dropped
connections), so anything else that needs to message a user, such as lesson
delivery, takes ``app[BOLT_APP].client`` instead of building its own. While
the server runs, that client holds one pool of connections, which answers to
response URLs share: without it, every call and every answer would open (and
close) a connection of its own, a TLS handshake each time, on the event loop
that sends everyone's acks.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import TYPE_CHECKING, Any

import aiohttp
from aiohttp import web
from slack_bolt.adapter.aiohttp import to_aiohttp_response
from slack_bolt.adapter.socket_mode.async_handler import AsyncSocketModeHandler
from slack_bolt.async_app import AsyncApp
from slack_bolt.request.async_request import AsyncBoltRequest
from slack_bolt.response import BoltResponse
from slack_sdk.web.async_client import AsyncWebClient

from bot.services import Services
from bot.settings import SlackSettings
from bot.slack import actions, commands, events, flows, ignored, shortcuts, team, views
from bot.slack.lessons import LessonSender, without_rate_limit_retries
from bot.slack.signed import JSON, Refused, SignedRequests, parse

if TYPE_CHECKING:
    from bot.services.lessons import Sender

log = logging.getLogger(__name__)

EVENTS_PATH = "/slack/events"
BOLT_APP: web.AppKey[AsyncApp] = web.AppKey("slack_bolt_app", AsyncApp)


def build_client(settings: SlackSettings) -> AsyncWebClient:
    return AsyncWebClient(token=settings.bot_token, base_url=settings.api_url, retry_handlers=flows.retry_handlers())


def build_app(settings: SlackSettings, services: Services, client: AsyncWebClient | None = None) -> AsyncApp:
    """Bolt's own request verification is off because every HTTP request is verified before Bolt sees it
    (``bot.slack.signed``); Socket Mode needs none, the connection itself being authenticated."""
    app = AsyncApp(
        client=client or build_client(settings),
        signing_secret=settings.signing_secret,
        request_verification_enabled=False,
        logger=logging.getLogger("bot.slack.bolt"),
    )

    groups = team.LeadGroups()

    async def attach_services(context: dict[str, Any], next: Callable[[], Awaitable[None]]) -> None:
        context[flows.SERVICES] = services
        context[team.LEAD_GROUPS] = groups
        await next()

    app.middleware(attach_services)
    app.error(_unreadable)
    for listeners in (events, commands, shortcuts, actions, views, ignored):  # ignored last: it takes the rest
        listeners.register(app)
    return app


async def _unreadable(error: Exception, body: dict[str, Any]) -> BoltResponse:
    """Every listener is ``flows.guarded``, so what reaches Bolt's error handler comes from Bolt (or a middleware)
    reading a signed payload of a shape Slack doesn't send: a 400 and one log line, not a 500 and a traceback."""
    kind = body.get("type") if isinstance(body, dict) else None
    log.warning("Refused a signed Slack request (type %r) with 400: it can't be read (%s: %s).", kind,
                type(error).__name__, error)
    return BoltResponse(status=400, body=json.dumps({"error": "the payload is not shaped as Slack sends it"}))


def mount(app: web.Application, settings: SlackSettings, services: Services) -> AsyncApp:
    bolt = build_app(settings, services)
    app[BOLT_APP] = bolt
    app.cleanup_ctx.append(_connection_pool(bolt.client))
    if settings.socket_mode:
        assert settings.app_token is not None
        app.cleanup_ctx.append(_socket_mode(bolt, settings.app_token))
        log.info("Slack is on, in Socket Mode: no public URL needed.")
    else:
        app.router.add_post(EVENTS_PATH, _events_handler(bolt, SignedRequests(settings.signing_secret)))
        log.info("Slack is on: point the app's Request URLs at https://<your host>%s.", EVENTS_PATH)
    return bolt


def lesson_sender(settings: SlackSettings, app: web.Application | None = None) -> Sender:
    """Inside the server, lessons share the Bolt app's client settings; from the command line they get their own."""
    client = app[BOLT_APP].client if app is not None and BOLT_APP in app else build_client(settings)
    return LessonSender(without_rate_limit_retries(client))


def _events_handler(bolt: AsyncApp, signed: SignedRequests) -> Callable[[web.Request], Awaitable[web.Response]]:
    """401 for anything Slack didn't sign, before any parsing; 400 for a signed body Slack wouldn't send; an
    empty 200 for a replay of a request already handled; everything else goes to Bolt.

    Bolt gets the payload as parsed here, as JSON: its own parser reads a form that merely contains the word
    "payload" (a draft about a payload, say) as an empty request.

    The answer carrying the ack is written here, and only then do listeners go on past their ack
    (``flows.ACK_SENT``): Bolt looks for the ack every 10 ms, and whatever a listener started meanwhile (a
    check, a database write) would otherwise be running when Bolt comes back to send it.
    """

    async def handle(request: web.Request) -> web.Response:
        body = await request.read()  # aiohttp answers 413 past the app's client_max_size
        sent = asyncio.Event()
        try:
            key = signed.verify(request.headers, body)
            payload = parse(body, request.content_type)
            headers = {name: value for name, value in request.headers.items() if name.lower() != "content-type"}
            bolt_request = AsyncBoltRequest(body=json.dumps(payload), query=request.query_string,
                                            headers=headers | {"Content-Type": JSON}, context={flows.ACK_SENT: sent})
        except Refused as refusal:
            log.warning("Refused a request to %s with %d: %s.", EVENTS_PATH, refusal.status, refusal)
            return web.json_response({"error": str(refusal)}, status=refusal.status)
        except Exception as error:  # noqa: BLE001 - Bolt choked on a field of a shape Slack never sends
            return _refused_unreadable(error)
        if not signed.first_use(key):
            log.warning("Ignored a replayed request to %s (its signature was already used).", EVENTS_PATH)
            return web.Response(status=200)
        try:
            try:
                response = await bolt.async_dispatch(bolt_request)
            except Exception as error:  # noqa: BLE001 - Bolt's own kwargs builder choked (an action with no actions)
                return _refused_unreadable(error)
            answer = await to_aiohttp_response(response)
            await answer.prepare(request)
            await answer.write_eof()
            return answer
        finally:
            sent.set()

    return handle


def _refused_unreadable(error: Exception) -> web.Response:
    log.warning("Refused a signed request to %s with 400: Bolt can't read it (%s: %s).", EVENTS_PATH,
                type(error).__name__, error)
    return web.json_response({"error": "the payload is not shaped as Slack sends it"}, status=400)


def _connection_pool(client: AsyncWebClient) -> Callable[[web.Application], AsyncIterator[None]]:
    """Gives the client one pool of connections from start-up until the server stops; each request's client
    (Bolt builds one per request) and each answer to a response URL take it from there."""

    async def pool(_: web.Application) -> AsyncIterator[None]:
        session = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=client.timeout))
        client.session = session
        try:
            yield
        finally:
            client.session = None
            await session.close()

    return pool


def _socket_mode(
    bolt: AsyncApp, app_token: str
) -> Callable[[web.Application], AsyncIterator[None]]:
    """Connects when the server starts and disconnects when it stops, so both modes share one lifecycle."""

    async def connection(_: web.Application) -> AsyncIterator[None]:
        handler = AsyncSocketModeHandler(bolt, app_token)
        await handler.connect_async()
        try:
            yield
        finally:
            await handler.close_async()

    return connection
