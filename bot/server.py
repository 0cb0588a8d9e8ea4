"""The process: one aiohttp application for every platform, the lesson scheduler, and the platforms' senders.

Slack mounts at /slack/events and Teams at /api/messages, each only when it is
configured, so a team on one platform runs the same server with nothing to
switch off. Their packages (Bolt, the Bot Framework SDK) are imported only
then, which is also why this module, and no service, builds the platforms'
lesson senders.
"""

from __future__ import annotations

import asyncio
import gc
import logging
import sys
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from typing import TYPE_CHECKING

from aiohttp import web

from bot.coach.lessons.curriculum import CurriculumError
from bot.services import Services
from bot.settings import Settings
from bot.store import Store

if TYPE_CHECKING:
    from bot.llm.rewriter import LLMRewriter
    from bot.services.engine_pool import EnginePool
    from bot.services.lessons import Sender

log = logging.getLogger(__name__)

SERVICES: web.AppKey[Services] = web.AppKey("services", Services)
LESSON_SCHEDULER: web.AppKey[asyncio.Task] = web.AppKey("lesson_scheduler", asyncio.Task)
"""The running lesson fan-out, present only while the server sends lessons itself."""
SWITCH_INTERVAL_SECONDS = 0.0005
SCHEDULER_GRACE_SECONDS = 20.0
"""How long a stopping server lets a lesson round in progress finish: inside the usual 30 s that process
managers give before killing, and long enough for a few thousand sends or one rate-limit wait."""


def run(settings: Settings, *, host: str, announce: Callable[[str], None]) -> None:
    """Serve until stopped: ``serve``'s whole life. Raises ``StoreError`` when the database can't be opened
    and ``OSError`` when the port can't be listened on."""
    from bot.services.engine_pool import EnginePool

    with Store.open(settings.db_path) as store:
        app = create_app(settings, store=store, scheduler=settings.scheduler, engine=EnginePool())
        if not settings.scheduler:
            log.info("Daily lessons are not sent by this server (COACH_SCHEDULER is off): "
                     "run `empathy-coach deliver-due` from cron.")
        # Everything built at start-up lives as long as the process; leaving it out of the garbage collector's
        # full passes keeps those passes (tens of milliseconds here) from delaying Slack's three-second ack.
        gc.collect()
        gc.freeze()
        # Service calls run on worker threads; a short switch interval hands the interpreter back to the event
        # loop within half a millisecond when one of them has Python work to do, rather than after 5 ms.
        sys.setswitchinterval(SWITCH_INTERVAL_SECONDS)
        web.run_app(app, host=host, port=settings.port, access_log=None, print=announce)


def create_app(
    settings: Settings, *, store: Store, llm: LLMRewriter | None = None, scheduler: bool = False,
    engine: EnginePool | None = None,
) -> web.Application:
    """``llm`` overrides the rewriter built from ``settings.llm`` (tests point one at a local server).

    ``engine`` runs drafts' checks in worker processes, which the app stops with itself; without it they run
    on worker threads, which is enough for a test and costs no process start-up.

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
    services = Services(store, settings, llm=llm, engine=engine)
    app[SERVICES] = services
    app.on_cleanup.append(_finisher(services))
    app.router.add_get("/healthz", healthz)
    if settings.slack is None:
        log.info("Slack is off: set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET (or SLACK_APP_TOKEN) to turn it on.")
    else:
        from bot.slack.app import mount as mount_slack

        mount_slack(app, settings.slack, services)
    if settings.teams is None:
        log.info("Teams is off: set MicrosoftAppId and MicrosoftAppPassword (or COACH_TEAMS_EMULATOR) to turn it on.")
    else:
        from bot.teams.app import mount as mount_teams

        mount_teams(app, settings.teams, services)
    if scheduler:
        app.cleanup_ctx.append(_lesson_scheduler(settings, services))
    return app


def configured_senders(settings: Settings, app: web.Application | None = None) -> dict[str, Sender]:
    """The lesson sender of each chat platform that is configured and can send lessons.

    Inside ``serve``, ``app`` is the running server: each platform then sends through what it
    mounted there (one connection pool, one view of the platform's rate limit). Without it
    (``deliver-due`` from cron) each platform builds its own from ``settings``.
    """
    senders: dict[str, Sender] = {}
    if settings.slack is not None:
        from bot.slack.app import lesson_sender as slack_lesson_sender

        senders["slack"] = slack_lesson_sender(settings.slack, app)
    if settings.teams is not None:
        from bot.teams.app import lesson_sender as teams_lesson_sender

        senders["teams"] = teams_lesson_sender(settings, app)
    return senders


async def close_senders(senders: Mapping[str, Sender]) -> None:
    """Let each sender that holds connections (an ``aclose`` method) close them before its event loop ends."""
    for sender in senders.values():
        close = getattr(sender, "aclose", None)
        if close is not None:
            await close()


def _lesson_scheduler(settings: Settings, services: Services) -> Callable[[web.Application], AsyncIterator[None]]:
    """Runs the lesson fan-out once a minute from start-up until the server stops.

    It starts after the platforms have mounted, so each sends through its own client, and
    only when at least one can send: a server with no chat platform has no one to teach.
    """

    async def schedule(app: web.Application) -> AsyncIterator[None]:
        senders = configured_senders(settings, app)
        if not senders:
            log.info("Daily lessons are off: no chat platform here can send them.")
            yield
            return
        lessons = services.lessons
        try:
            lessons.curriculum()
        except CurriculumError as error:
            log.error("Daily lessons are off until the lesson files are fixed:\n%s", error)
            yield
            return
        stop = asyncio.Event()
        task = asyncio.create_task(lessons.deliver_every(senders, stop=stop), name="lesson-scheduler")
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


def _finisher(services: Services) -> Callable[[web.Application], Awaitable[None]]:
    """Let service calls still running on worker threads end, off the loop, when the server stops."""

    async def finish(app: web.Application) -> None:
        await asyncio.to_thread(services.finish)

    return finish


def _closer(llm: LLMRewriter) -> Callable[[web.Application], Awaitable[None]]:
    """Close the model client's connection pool when the server stops."""

    async def close(app: web.Application) -> None:
        await llm.close()

    return close


async def healthz(request: web.Request) -> web.Response:
    return web.json_response({"ok": True})
