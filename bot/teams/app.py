"""The Teams bot mounted on the shared server: ``POST /api/messages``, and the outbox lessons are sent through."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from functools import partial
from typing import TYPE_CHECKING

from aiohttp import web
from botbuilder.integration.aiohttp import CloudAdapter

from bot.services import Services
from bot.settings import Settings, TeamsSettings
from bot.teams.auth import PUBLIC_CLOUD, BotFrameworkCloud, authentication
from bot.teams.bot import CoachBot
from bot.teams.endpoint import messages_endpoint, report_turn_error
from bot.teams.followups import Followups
from bot.teams.lessons import StandaloneSender, send_lesson
from bot.teams.proactive import Outbox

if TYPE_CHECKING:
    from bot.services.lessons import Sender

log = logging.getLogger(__name__)

TEAMS_OUTBOX: web.AppKey[Outbox] = web.AppKey("teams_outbox", Outbox)
"""How the rest of the server sends Teams messages unprompted: ``await app[TEAMS_OUTBOX].send(user_id, ...)``."""
TEAMS_FOLLOWUPS: web.AppKey[Followups] = web.AppKey("teams_followups", Followups)
"""Work started by a turn and finished after it (model rewrites, practice lines); settled when the server stops."""


def mount(
    app: web.Application, settings: TeamsSettings, services: Services, *, cloud: BotFrameworkCloud = PUBLIC_CLOUD
) -> None:
    auth = authentication(settings, cloud)
    adapter = CloudAdapter(auth)
    adapter.on_turn_error = report_turn_error
    bot = CoachBot(services, settings.app_id)
    app[TEAMS_OUTBOX] = Outbox(adapter, settings.app_id, services.lessons)
    app[TEAMS_FOLLOWUPS] = bot.followups
    app.on_shutdown.append(_settle(bot.followups))
    app.router.add_post("/api/messages", messages_endpoint(adapter, auth, bot, require_token=settings.authenticated))
    if settings.authenticated:
        log.info("Teams is on at /api/messages for app id %s.", settings.app_id)
    else:
        log.warning("Teams is on at /api/messages WITHOUT authentication (COACH_TEAMS_EMULATOR): "
                    "fine for the Bot Framework Emulator, never for a public address.")


def lesson_sender(settings: Settings, app: web.Application | None = None) -> Sender:
    """Inside the server, lessons go through the outbox Teams mounted there; from ``deliver-due`` they get
    their own adapter, and their own connection to the database the chat references are kept in."""
    if app is not None and TEAMS_OUTBOX in app:
        return partial(send_lesson, app[TEAMS_OUTBOX])
    return StandaloneSender(settings)


def _settle(followups: Followups) -> Callable[[web.Application], Awaitable[None]]:
    async def settle(app: web.Application) -> None:
        await followups.settle()

    return settle

