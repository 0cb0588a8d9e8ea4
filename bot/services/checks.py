"""Checking a reply for every front end: check and record, the LLM's version, another version, feedback, progress.

The engine is pure and the store only stores; this is where the two meet for
one agent's drafts. The recent drafts behind "Another version" are kept in
memory only, since the store keeps no text by default.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass
from threading import Lock
from typing import TYPE_CHECKING

from bot.settings import Settings
from bot.store import LLMCall, Progress, Store

if TYPE_CHECKING:
    from bot.coach.checks.model import CheckResult
    from bot.llm.rewriter import Improvement, LLMRewriter

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


class UnknownCheck(CheckExpired):
    """A button names a check that was deleted or belongs to someone else (a replayed or forged button)."""


class Checks:
    def __init__(
        self, store: Store, settings: Settings, *, recent_size: int = RECENT_CHECKS, llm: LLMRewriter | None = None
    ) -> None:
        self._store = store
        self.settings = settings
        self.llm = llm
        self._recent: OrderedDict[int, _Recent] = OrderedDict()
        self._recent_size = recent_size
        self._lock = Lock()

    def check(
        self, user_id: str, platform: str, draft: str, customer: str | None = None, *, variant: int = 0
    ) -> Checked:
        """Check and record a draft; raises ``DraftError`` (with a message for the agent) for one we can't check."""
        result = _run_engine(draft, customer, variant)
        check_id = self.record(user_id, platform, result)
        self._remember(check_id, _Recent(user_id, result.draft, result.customer, variant))
        return Checked(check_id, result, variant)

    def record(
        self, user_id: str, platform: str, result: CheckResult, improvement: Improvement | None = None
    ) -> int:
        """Record a check a front end has already run and shown (the terminal shows it before opening the
        database), with the LLM call behind it if one was made; returns the check's id."""
        check_id = self._store.record_check(user_id, result, platform, store_text=self.settings.store_text)
        if improvement is not None:
            self._store.record_llm_call(check_id, user_id, _llm_call(improvement))
        return check_id

    def improves(self, user_id: str) -> bool:
        """Whether ``improve`` asks a model for this agent's checks, so a front end knows whether to wait for it."""
        return self.llm is not None and self.llm_enabled_for(user_id)

    async def improve(self, user_id: str, checked: Checked) -> Checked | None:
        """The LLM's version of a check, for a platform that has already acked and shown the offline one.

        ``None`` when no model was asked: none is configured, the user's workspace has it
        switched off, or the draft has nothing to fix. Otherwise the result is the LLM
        rewrite (``engine="llm"``), or the offline result naming why the LLM's wasn't used
        (``llm_failure``): replace what is on screen only when ``result.engine == "llm"``.
        Never raises for a provider fault; the attempt is recorded either way.

        ``None`` too when the agent pressed "Another version" while the model was answering:
        they are reading that version now, and a late answer must not take its place.
        """
        if self.llm is None or not self.llm_enabled_for(user_id):
            return None
        improvement = await self.llm.improve(checked.result, user_id)
        if improvement is None or self._store.check_owner(checked.check_id) != user_id:
            return None  # nothing to show, or the agent ran forget-me while the model was answering
        self._store.record_llm_call(checked.check_id, user_id, _llm_call(improvement))
        if self._variant_shown(checked.check_id) not in (None, checked.variant):
            return None
        return Checked(checked.check_id, improvement.result, checked.variant)

    def llm_enabled_for(self, user_id: str) -> bool:
        """False for users of a workspace or tenant listed in ``COACH_LLM_DISABLED_WORKSPACES``."""
        llm = self.settings.llm
        return llm is not None and llm.serves(user_id)

    def another_version(self, user_id: str, check_id: int) -> Checked:
        """The next wording of the rewrite for one of this user's recent checks, without recording a new check."""
        with self._lock:
            recent = self._recent.get(check_id)
        if recent is None or recent.user_id != user_id:
            raise CheckExpired("That check is no longer in memory: run the check again for another version.")
        variant = recent.variant + 1
        self._remember(check_id, _Recent(recent.user_id, recent.draft, recent.customer, variant))
        return Checked(check_id, _run_engine(recent.draft, recent.customer, variant), variant)

    def feedback(self, user_id: str, check_id: int, helpful: bool, reason: str | None = None) -> int:
        """Only the agent who ran a check rates it, so a button copied into another chat can't skew the numbers."""
        if self._store.check_owner(check_id) != user_id:
            raise UnknownCheck("That check isn't one of yours any more (it may have been deleted): "
                               "rate the result of a check you ran.")
        return self._store.record_feedback(check_id, user_id, helpful, reason)

    def progress(self, user_id: str) -> Progress:
        return self._store.progress(user_id)

    def count(self, user_id: str) -> int:
        return self._store.count_checks(user_id)

    def forget_recent(self, user_id: str) -> None:
        """Drop this agent's drafts held for "Another version"; the store's rows go with ``Services.forget``."""
        with self._lock:
            for check_id in [key for key, recent in self._recent.items() if recent.user_id == user_id]:
                del self._recent[check_id]

    def _variant_shown(self, check_id: int) -> int | None:
        """The wording of a recent check the agent last asked for; ``None`` once it has left memory."""
        with self._lock:
            recent = self._recent.get(check_id)
        return None if recent is None else recent.variant

    def _remember(self, check_id: int, recent: _Recent) -> None:
        with self._lock:
            self._recent[check_id] = recent
            self._recent.move_to_end(check_id)
            while len(self._recent) > self._recent_size:
                self._recent.popitem(last=False)


def thanks_for_feedback(check_id: int, helpful: bool, reason: str | None = None) -> str:
    """What an agent reads after rating a check, on every platform."""
    if helpful:
        return f"Thanks: noted that check #{check_id} helped."
    if reason:
        return f"Thanks: your reason is saved with check #{check_id}; it helps us correct the scoring."
    return f"Thanks: noted that check #{check_id} didn't help."


def _run_engine(draft: str, customer: str | None, variant: int) -> CheckResult:
    """The engine, imported on the first check: a command that only reads progress never compiles its patterns."""
    from bot.coach import check

    return check(draft, customer, variant=variant)


def _llm_call(improvement: Improvement) -> LLMCall:
    return LLMCall(
        model=improvement.model,
        prompt_version=improvement.prompt_version,
        engine=improvement.result.engine,
        failure=improvement.failure,
        prompt_tokens=improvement.prompt_tokens,
        completion_tokens=improvement.completion_tokens,
        cached=improvement.cached,
        latency_ms=round(improvement.seconds * 1000),
        rewrite_score=improvement.result.rewrite_score,
    )
