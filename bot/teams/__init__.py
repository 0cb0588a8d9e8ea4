"""Microsoft Teams: the bot at ``POST /api/messages`` and proactive messages.

Every import of the Bot Framework SDK (botbuilder, botframework) lives in this
package. That SDK is archived upstream, so moving to its successor touches only
this folder.
"""

from __future__ import annotations

import logging

from aiohttp import web
from botbuilder.integration.aiohttp import CloudAdapter

from bot.service import Coach
from bot.settings import TeamsSettings
from bot.teams.auth import PUBLIC_CLOUD, BotFrameworkCloud, authentication
from bot.teams.bot import CoachBot
from bot.teams.endpoint import messages_endpoint, report_turn_error
from bot.teams.proactive import Outbox

log = logging.getLogger(__name__)

TEAMS_OUTBOX: web.AppKey[Outbox] = web.AppKey("teams_outbox", Outbox)
"""How the rest of the server sends Teams messages unprompted: ``await app[TEAMS_OUTBOX].send(user_id, ...)``."""


def mount(
    app: web.Application, settings: TeamsSettings, coach: Coach, *, cloud: BotFrameworkCloud = PUBLIC_CLOUD
) -> None:
    auth = authentication(settings, cloud)
    adapter = CloudAdapter(auth)
    adapter.on_turn_error = report_turn_error
    bot = CoachBot(coach)
    app[TEAMS_OUTBOX] = Outbox(adapter, settings.app_id, coach.store)
    app.router.add_post("/api/messages", messages_endpoint(adapter, auth, bot, require_token=settings.authenticated))
    if settings.authenticated:
        log.info("Teams is on at /api/messages for app id %s.", settings.app_id)
    else:
        log.warning("Teams is on at /api/messages WITHOUT authentication (COACH_TEAMS_EMULATOR): "
                    "fine for the Bot Framework Emulator, never for a public address.")


__all__ = ["TEAMS_OUTBOX", "BotFrameworkCloud", "mount"]
