"""The Slack app: a Bolt ``AsyncApp`` on the shared aiohttp server, or over Socket Mode.

Everything that talks to Slack goes through the one ``AsyncWebClient`` built
here (with slack_sdk's retry handlers for rate limits and dropped
connections), so anything else that needs to message a user, such as lesson
delivery, takes ``app[BOLT_APP].client`` instead of building its own.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import TYPE_CHECKING, Any

from aiohttp import web
from slack_bolt.adapter.aiohttp import to_aiohttp_response, to_bolt_request
from slack_bolt.adapter.socket_mode.async_handler import AsyncSocketModeHandler
from slack_bolt.async_app import AsyncApp
from slack_sdk.web.async_client import AsyncWebClient

from bot.services import Services
from bot.settings import SlackSettings
from bot.slack import actions, commands, events, flows, shortcuts, team, views
from bot.slack.lessons import LessonSender, without_rate_limit_retries

if TYPE_CHECKING:
    from bot.services.lessons import Sender

log = logging.getLogger(__name__)

EVENTS_PATH = "/slack/events"
BOLT_APP: web.AppKey[AsyncApp] = web.AppKey("slack_bolt_app", AsyncApp)


def build_client(settings: SlackSettings) -> AsyncWebClient:
    return AsyncWebClient(token=settings.bot_token, base_url=settings.api_url, retry_handlers=flows.retry_handlers())


def build_app(settings: SlackSettings, services: Services, client: AsyncWebClient | None = None) -> AsyncApp:
    """Request verification stays on (Bolt's default): an unsigned, mis-signed or stale request gets a 401
    before any listener runs."""
    app = AsyncApp(
        client=client or build_client(settings),
        signing_secret=settings.signing_secret,
        logger=logging.getLogger("bot.slack.bolt"),
    )

    groups = team.LeadGroups()

    async def attach_services(context: dict[str, Any], next: Callable[[], Awaitable[None]]) -> None:
        context[flows.SERVICES] = services
        context[team.LEAD_GROUPS] = groups
        await next()

    app.middleware(attach_services)
    for listeners in (events, commands, shortcuts, actions, views):
        listeners.register(app)
    return app


def mount(app: web.Application, settings: SlackSettings, services: Services) -> AsyncApp:
    bolt = build_app(settings, services)
    app[BOLT_APP] = bolt
    if settings.socket_mode:
        assert settings.app_token is not None
        app.cleanup_ctx.append(_socket_mode(bolt, settings.app_token))
        log.info("Slack is on, in Socket Mode: no public URL needed.")
    else:
        app.router.add_post(EVENTS_PATH, _events_handler(bolt))
        log.info("Slack is on: point the app's Request URLs at https://<your host>%s.", EVENTS_PATH)
    return bolt


def lesson_sender(settings: SlackSettings, app: web.Application | None = None) -> Sender:
    """Inside the server, lessons share the Bolt app's client settings; from the command line they get their own."""
    client = app[BOLT_APP].client if app is not None and BOLT_APP in app else build_client(settings)
    return LessonSender(without_rate_limit_retries(client))


def _events_handler(bolt: AsyncApp) -> Callable[[web.Request], Awaitable[web.Response]]:
    async def handle(request: web.Request) -> web.Response:
        return await to_aiohttp_response(await bolt.async_dispatch(await to_bolt_request(request)))

    return handle


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
