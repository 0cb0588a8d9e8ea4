"""What every chat front end does with an agent's request, so Slack and Teams only translate.

The engine is pure and the store only stores; this is where the two meet for
one user: enrol on first contact, check and record, offer another version of a
recent check, take feedback, report progress, forget.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass
from threading import Lock

from bot.coach import CheckResult, check
from bot.settings import Settings
from bot.store import Progress, Store

RECENT_CHECKS = 2048
"""Drafts kept in memory for "Another version". The store keeps no text by default, so a check
older than this (or from before a restart) has to be run again."""


@dataclass(frozen=True, slots=True)
class Checked:
    """A recorded check: the id buttons and cards refer back to, and the result to show."""

    check_id: int
    result: CheckResult
    variant: int = 0


@dataclass(frozen=True, slots=True)
class _Recent:
    user_id: str
    draft: str
    customer: str | None
    variant: int


class CheckExpired(LookupError):
    """The draft behind a check is no longer in memory; the message tells the agent what to do."""


class Coach:
    def __init__(self, store: Store, settings: Settings, *, recent_size: int = RECENT_CHECKS) -> None:
        self.store = store
        self.settings = settings
        self._recent: OrderedDict[int, _Recent] = OrderedDict()
        self._recent_size = recent_size
        self._lock = Lock()

    def enroll(
        self, user_id: str, platform: str, display_name: str | None = None, timezone: str | None = None
    ) -> None:
        self.store.ensure_user(user_id, platform, display_name, timezone)

    def check(
        self, user_id: str, platform: str, draft: str, customer: str | None = None, *, variant: int = 0
    ) -> Checked:
        """Check and record a draft; raises ``DraftError`` (with a message for the agent) for one we can't check."""
        result = check(draft, customer, variant=variant)
        check_id = self.store.record_check(user_id, result, platform, store_text=self.settings.store_text)
        self._remember(check_id, _Recent(user_id, result.draft, result.customer, variant))
        return Checked(check_id, result, variant)

    def another_version(self, user_id: str, check_id: int) -> Checked:
        """The next wording of the rewrite for one of this user's recent checks, without recording a new check."""
        with self._lock:
            recent = self._recent.get(check_id)
        if recent is None or recent.user_id != user_id:
            raise CheckExpired("That check is no longer in memory: run the check again for another version.")
        variant = recent.variant + 1
        self._remember(check_id, _Recent(recent.user_id, recent.draft, recent.customer, variant))
        return Checked(check_id, check(recent.draft, recent.customer, variant=variant), variant)

    def feedback(self, user_id: str, check_id: int, helpful: bool, reason: str | None = None) -> int:
        return self.store.record_feedback(check_id, user_id, helpful, reason)

    def progress(self, user_id: str) -> Progress:
        return self.store.progress(user_id)

    def forget(self, user_id: str) -> int:
        with self._lock:
            for check_id in [key for key, recent in self._recent.items() if recent.user_id == user_id]:
                del self._recent[check_id]
        return self.store.forget_user(user_id)

    def _remember(self, check_id: int, recent: _Recent) -> None:
        with self._lock:
            self._recent[check_id] = recent
            self._recent.move_to_end(check_id)
            while len(self._recent) > self._recent_size:
                self._recent.popitem(last=False)
