"""One aiohttp application for every platform: Slack at /slack/events, Teams at /api/messages.

Each platform mounts itself only when it is configured, so a team on one
platform runs the same server with nothing to switch off.
"""

from __future__ import annotations

import logging

from aiohttp import web

from bot.service import Coach
from bot.settings import Settings
from bot.store import Store

log = logging.getLogger(__name__)

COACH_KEY: web.AppKey[Coach] = web.AppKey("coach", Coach)


def create_app(settings: Settings, *, store: Store) -> web.Application:
    app = web.Application(client_max_size=1024**2)
    coach = Coach(store, settings)
    app[COACH_KEY] = coach
    app.router.add_get("/healthz", healthz)
    if settings.slack is None:
        log.info("Slack is off: set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET (or SLACK_APP_TOKEN) to turn it on.")
    else:
        from bot.slack import mount as mount_slack

        mount_slack(app, settings.slack, coach)
    if settings.teams is None:
        log.info("Teams is off: set MicrosoftAppId and MicrosoftAppPassword (or COACH_TEAMS_EMULATOR) to turn it on.")
    else:
        from bot.teams import mount as mount_teams

        mount_teams(app, settings.teams, coach)
    return app


async def healthz(request: web.Request) -> web.Response:
    return web.json_response({"ok": True})
