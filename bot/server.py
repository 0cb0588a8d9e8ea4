"""One aiohttp application for every platform: Slack at /slack/events, Teams at /api/messages.

Each platform mounts itself only when it is configured, so a team on one
platform runs the same server with nothing to switch off.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING

from aiohttp import web

from bot.service import Coach
from bot.settings import Settings
from bot.store import Store

if TYPE_CHECKING:
    from bot.llm.rewriter import LLMRewriter

log = logging.getLogger(__name__)

COACH_KEY: web.AppKey[Coach] = web.AppKey("coach", Coach)


def create_app(settings: Settings, *, store: Store, llm: LLMRewriter | None = None) -> web.Application:
    """``llm`` overrides the rewriter built from ``settings.llm`` (tests point one at a local server)."""
    app = web.Application(client_max_size=1024**2)
    if llm is None and settings.llm is not None:
        from bot.llm import build_rewriter

        llm = build_rewriter(settings.llm)
    if llm is None:
        log.info("LLM rewrites are off: set OPENAI_API_KEY (or AZURE_OPENAI_ENDPOINT and AZURE_OPENAI_API_KEY) "
                 "to turn them on.")
    else:
        app.on_cleanup.append(_closer(llm))
    coach = Coach(store, settings, llm=llm)
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


def _closer(llm: LLMRewriter) -> Callable[[web.Application], Awaitable[None]]:
    """Close the model client's connection pool when the server stops."""

    async def close(app: web.Application) -> None:
        await llm.close()

    return close


async def healthz(request: web.Request) -> web.Response:
    return web.json_response({"ok": True})
