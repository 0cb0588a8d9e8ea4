"""One aiohttp application for every platform: Slack at /slack/events, Teams at /api/messages.

Each platform mounts itself only when it is configured, so a team on one
platform runs the same server with nothing to switch off.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import TYPE_CHECKING

from aiohttp import web

from bot.service import Coach
from bot.settings import Settings
from bot.store import Store

if TYPE_CHECKING:
    from bot.llm.rewriter import LLMRewriter

log = logging.getLogger(__name__)

COACH_KEY: web.AppKey[Coach] = web.AppKey("coach", Coach)
LESSON_SCHEDULER: web.AppKey[asyncio.Task] = web.AppKey("lesson_scheduler", asyncio.Task)
"""The running lesson fan-out, present only while the server sends lessons itself."""
SCHEDULER_GRACE_SECONDS = 20.0
"""How long a stopping server lets a lesson round in progress finish: inside the usual 30 s that process
managers give before killing, and long enough for a few thousand sends or one rate-limit wait."""


def create_app(
    settings: Settings, *, store: Store, llm: LLMRewriter | None = None, scheduler: bool = False
) -> web.Application:
    """``llm`` overrides the rewriter built from ``settings.llm`` (tests point one at a local server).

    ``scheduler`` sends due lessons from this process while it serves. ``serve`` turns it on (unless
    ``COACH_SCHEDULER`` is off); it is off by default so that an app built for a test or a benchmark
    never starts messaging people on its own.
    """
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
    if scheduler:
        app.cleanup_ctx.append(_lesson_scheduler(settings, coach))
    return app


def _lesson_scheduler(settings: Settings, coach: Coach) -> Callable[[web.Application], AsyncIterator[None]]:
    """Runs the lesson fan-out once a minute from start-up until the server stops.

    It starts after the platforms have mounted, so each sends through its own client, and
    only when at least one can send: a server with no chat platform has no one to teach.
    """

    async def schedule(app: web.Application) -> AsyncIterator[None]:
        from bot.coach.lessons.curriculum import CurriculumError
        from bot.delivery import close_senders, configured_senders, deliver_every

        senders = configured_senders(settings, app)
        if not senders:
            log.info("Daily lessons are off: no chat platform here can send them.")
            yield
            return
        try:
            curriculum = coach.curriculum()
        except CurriculumError as error:
            log.error("Daily lessons are off until the lesson files are fixed:\n%s", error)
            yield
            return
        store = coach.store
        stop = asyncio.Event()
        task = asyncio.create_task(
            deliver_every(store, senders, clock=store.clock, curriculum=curriculum, stop=stop), name="lesson-scheduler"
        )
        app[LESSON_SCHEDULER] = task
        log.info("Daily lessons are on: due lessons go out every minute through %s.", ", ".join(sorted(senders)))
        try:
            yield
        finally:
            stop.set()
            try:
                await asyncio.wait_for(task, SCHEDULER_GRACE_SECONDS)
            except TimeoutError:
                log.warning("Stopped lesson delivery mid-round after %g s; the next start finishes it.",
                            SCHEDULER_GRACE_SECONDS)
            await close_senders(senders)

    return schedule


def _closer(llm: LLMRewriter) -> Callable[[web.Application], Awaitable[None]]:
    """Close the model client's connection pool when the server stops."""

    async def close(app: web.Application) -> None:
        await llm.close()

    return close


async def healthz(request: web.Request) -> web.Response:
    return web.json_response({"ok": True})
