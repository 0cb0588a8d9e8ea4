"""The engine in worker processes, for the server: checking a long draft then costs the event loop nothing.

A check is pure Python (a 3,000-character draft takes about 10 ms). On a worker
thread it would still hold the interpreter lock in turns with the event loop,
so eight agents checking long drafts would slow everyone's Slack ack. In a
process of its own it shares nothing with the loop, and it runs at a lower
priority, so on a busy machine the operating system runs the process that acks
first.

Only a few drafts are handed to the workers at a time, enough to keep each
busy; the rest wait their turn on the event loop, which costs it nothing. A
burst of commands would otherwise wake the pool's own threads in the server
for every draft queued, and they take the interpreter lock from the loop that
is acking the burst.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.coach.checks.model import CheckResult

NICENESS = 10
"""How much lower than the server the workers run (``nice``): acks first, checks with what is left."""


class EnginePool:
    """Worker processes that run ``bot.coach.check``; ``close`` stops them."""

    def __init__(self, processes: int | None = None) -> None:
        count = processes or max(1, (os.cpu_count() or 2) - 1)
        self._turns = asyncio.Semaphore(count + 1)  # every worker busy, and a draft ready for the first one free
        # forkserver: the workers start from a clean process, not a copy of the server with its threads and sockets
        context = multiprocessing.get_context("forkserver" if os.name == "posix" else "spawn")
        self._executor = ProcessPoolExecutor(count, mp_context=context, initializer=_start_worker)
        self._executor.submit(_check, "Thanks for waiting.", None, 0)  # start the workers now, not on a first draft

    async def check(self, draft: str, customer: str | None, variant: int = 0) -> CheckResult:
        """The engine's result; raises ``DraftError`` for a draft it can't check, as ``check`` does."""
        async with self._turns:
            return await asyncio.get_running_loop().run_in_executor(self._executor, _check, draft, customer, variant)

    def close(self) -> None:
        self._executor.shutdown(wait=True, cancel_futures=True)


def _start_worker() -> None:
    """Lower the worker's priority and load the engine before the first draft arrives."""
    if hasattr(os, "nice"):
        os.nice(NICENESS)
    _check("Thanks for waiting.", None, 0)


def _check(draft: str, customer: str | None, variant: int) -> CheckResult:
    from bot.coach import check

    return check(draft, customer, variant=variant)
