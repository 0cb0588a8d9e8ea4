"""Spending guards that need no network: remember answers, and cap how often one user asks.

Both live in the process on purpose: a restart forgets them, which costs at
most one more call per draft and resets an hour's quota, and nothing about an
agent's drafts is written to disk.
"""

from __future__ import annotations

import time
from collections import OrderedDict, deque
from collections.abc import Callable, Hashable
from threading import Lock
from typing import Generic, TypeVar

V = TypeVar("V")

Clock = Callable[[], float]


class AnswerCache(Generic[V]):
    """The most recent ``size`` answers, for an agent who checks the same draft twice (or two who share one).

    Each answer remembers who asked for it, because its key holds their draft: ``forget`` drops every
    answer a user asked for when they ask to be forgotten.
    """

    def __init__(self, size: int = 256) -> None:
        self._size = size
        self._entries: OrderedDict[Hashable, tuple[V, set[str]]] = OrderedDict()
        self._lock = Lock()  # forget-me runs on a worker thread while the event loop reads and writes

    def get(self, key: Hashable, user_id: str) -> V | None:
        with self._lock:
            entry = self._entries.get(key)
            if entry is None:
                return None
            self._entries.move_to_end(key)
            entry[1].add(user_id)
            return entry[0]

    def put(self, key: Hashable, value: V, user_id: str) -> None:
        with self._lock:
            self._entries[key] = (value, {user_id})
            self._entries.move_to_end(key)
            while len(self._entries) > self._size:
                self._entries.popitem(last=False)

    def forget(self, user_id: str) -> None:
        with self._lock:
            for key in [key for key, (_, users) in self._entries.items() if user_id in users]:
                del self._entries[key]


class RateLimit:
    """At most ``limit`` calls per user in any ``window`` seconds (a sliding window, not a clock hour)."""

    def __init__(self, limit: int, window: float = 3600.0, clock: Clock = time.monotonic) -> None:
        self.limit = limit
        self.window = window
        self._clock = clock
        self._calls: dict[str, deque[float]] = {}

    def allow(self, user_id: str) -> bool:
        """Count a call and say whether it may go ahead; a refused call is not counted."""
        now = self._clock()
        calls = self._calls.setdefault(user_id, deque())
        while calls and calls[0] <= now - self.window:
            calls.popleft()
        if len(calls) >= self.limit:
            return False
        calls.append(now)
        return True

    def refusal(self, user_id: str) -> str:
        """Why ``allow`` said no, for the log."""
        return f"{user_id} has used their {self.limit} LLM calls for this hour"
