"""What every front end calls: one service per feature (checks, lessons, practice, and the leads' team view) over one store.

Slack, Teams and the terminal translate what a person did into one of these
calls, and the answer into their own messages; none of them touches the store.
``Services`` is built once, by the server for the process or by the terminal
for one command, and handed down: nothing here is global.

The calls are synchronous. A front end on an event loop awaits them through
``Services.run``, which runs them on worker threads: the loop that acks Slack
never waits on SQLite (another process may hold the write lock for seconds) nor
on the check of a long draft.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from functools import cached_property, partial
from typing import TYPE_CHECKING, ParamSpec, TypeVar

from bot.coach.text import counted
from bot.settings import Settings
from bot.store import LLMStats, Store, StoreBusy, StoreError
from bot.store.team import TeamStore

if TYPE_CHECKING:
    from concurrent.futures import ThreadPoolExecutor

    from bot.coach.checks.model import CheckResult
    from bot.llm.customer import CustomerWriter
    from bot.llm.rewriter import LLMRewriter
    from bot.services.checks import Checked, Checks
    from bot.services.engine_pool import EnginePool
    from bot.services.lessons import Lessons
    from bot.services.practice import Practice
    from bot.services.team import Team

__all__ = ["NOTHING_DELETED", "Services", "StoreBusy", "StoreError", "forgotten"]

P = ParamSpec("P")
T = TypeVar("T")

WORKERS = 4
"""Threads that run service calls for an event loop: enough that one call waiting on a busy database
leaves others running, few enough that checks of long drafts don't crowd out the loop."""

NOTHING_DELETED = "Nothing was deleted."
"""What an agent reads after choosing to keep their data, on every platform."""


class Services:
    """The three feature services, each built on first use, and the few calls that span them.

    Building on first use keeps each command's start-up to what it runs: reading progress
    never loads the analyzer, the lesson picker or the practice scenarios.

    ``llm`` rewrites checks, and practice customers' lines share its client and per-user
    quota; ``customer`` gives practice its own writer instead (the terminal's, closed when
    its session ends).
    """

    def __init__(
        self, store: Store, settings: Settings, *, llm: LLMRewriter | None = None,
        customer: CustomerWriter | None = None, engine: EnginePool | None = None,
    ) -> None:
        self._store = store
        self.settings = settings
        self.llm = llm
        self._customer = customer
        self._engine = engine
        self._workers: ThreadPoolExecutor | None = None

    @classmethod
    def open(cls, settings: Settings, *, customer: CustomerWriter | None = None) -> Services:
        """Services over the database at ``settings.db_path``, which ``close`` (or leaving a ``with``) closes;
        raises ``StoreError`` when it can't be opened."""
        return cls(Store.open(settings.db_path), settings, customer=customer)

    def close(self) -> None:
        self.finish()
        self._store.close()

    async def run(self, call: Callable[P, T], /, *args: P.args, **kwargs: P.kwargs) -> T:
        """``call(*args, **kwargs)`` on a worker thread, awaited: how code on an event loop calls a service."""
        import asyncio  # only code on an event loop calls this, and the terminal's quick commands never do
        from concurrent.futures import ThreadPoolExecutor

        if self._workers is None:
            self._workers = ThreadPoolExecutor(WORKERS, thread_name_prefix="coach-services")
        return await asyncio.get_running_loop().run_in_executor(self._workers, partial(call, *args, **kwargs))

    async def check_draft(self, user_id: str, platform: str, draft: str, customer: str | None = None) -> Checked:
        """``checks.check`` for code on an event loop: the engine runs in the worker processes when the server
        has them (``engine``), otherwise on a worker thread, and the record is saved on a worker thread."""
        if self._engine is None:
            return await self.run(self.checks.check, user_id, platform, draft, customer)
        result: CheckResult = await self._engine.check(draft, customer)
        return await self.run(self.checks.save, user_id, platform, result)

    def finish(self) -> None:
        """Let running calls end and save the checks a busy database turned away (a last try), before the
        process stops; the store stays open for whoever owns it."""
        if self._workers is not None:
            self._workers.shutdown(wait=True)
            self._workers = None
        if "checks" in self.__dict__:
            self.checks.stop_retrying()
        if self._engine is not None:
            self._engine.close()
            self._engine = None

    def __enter__(self) -> Services:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @cached_property
    def checks(self) -> Checks:
        from bot.services.checks import Checks

        return Checks(self._store, self.settings, llm=self.llm)

    @cached_property
    def lessons(self) -> Lessons:
        from bot.services.lessons import Lessons

        return Lessons(self._store, routes=self.settings.route_card)

    @cached_property
    def practice(self) -> Practice:
        """Raises a ``ValueError`` naming the file when the scenario (or customer prompt) files are broken, so a
        front end can keep checking drafts meanwhile."""
        from bot.services.practice import Practice

        customer = self._customer
        if customer is None and self.llm is not None and self.settings.llm is not None:
            from bot.llm import build_customer_writer

            customer = build_customer_writer(self.settings.llm, self.llm)  # shares the client and the quota
        return Practice(self._store, self.settings, customer=customer)

    @cached_property
    def team(self) -> Team:
        from bot.services.team import Team

        return Team(self._store, self.settings, self.lessons)

    def enrol(self, user_id: str, platform: str, display_name: str | None = None, timezone: str | None = None) -> None:
        """Record who this is on first contact, or that they are back; a ``None`` keeps what is already known."""
        self._store.ensure_user(user_id, platform, display_name, timezone)

    def welcome_back(self, user_id: str) -> bool:
        """Record that someone already enrolled is back, in one write; False for a stranger, whom ``enrol`` then
        records with what the platform says about them."""
        return self._store.touch_user(user_id)

    def knows(self, user_id: str) -> bool:
        """Whether this user is enrolled, so a front end looks up their profile only on first contact."""
        return self._store.user_settings(user_id) is not None

    def forget(self, user_id: str) -> int:
        """Delete everything about this user (checks, feedback, settings, lessons, practice) and every copy of
        their drafts held in memory; returns how many checks were deleted."""
        self.checks.forget_recent(user_id)
        TeamStore(self._store).forget_lead(user_id)  # not self.team, which would load the lesson picker
        return self._store.forget_user(user_id)

    def first_delivery(self, event_id: str) -> bool:
        """False when a platform redelivers an event already handled (even before a restart): skip it."""
        return self._store.claim_event(event_id)

    def llm_stats(self, since: datetime | None = None) -> LLMStats:
        """Model calls for rewrites and practice customers' lines: tokens, and why answers were not used."""
        return self._store.llm_stats(since)

    def undelivered_lessons(self, since: date) -> list[tuple[str, date, str]]:
        """``(agent, lesson day, last error)`` for each lesson that failed every attempt, since ``since``: the
        agents ``empathy-coach stats`` names so someone can look into why they can't be reached."""
        return self._store.undelivered_lessons(since)


def forgotten(checks: int) -> str:
    """What an agent reads once ``Services.forget`` has deleted them, on every chat platform."""
    return (f"Deleted your {counted(checks, 'check')} and everything else stored about you: feedback, lesson "
            "settings and practice sessions. If you use the coach again, it starts afresh.")
