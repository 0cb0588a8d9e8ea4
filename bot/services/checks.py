"""Checking a reply for every front end: check and record, the LLM's version, another version, feedback, progress.

The engine is pure and the store only stores; this is where the two meet for
one agent's drafts. The recent drafts behind "Another version" are kept in
memory only, since the store keeps no text by default.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from dataclasses import dataclass
from threading import Lock, Timer
from typing import TYPE_CHECKING

from bot.settings import Settings
from bot.store import LLMCall, Progress, Store, StoreBusy

if TYPE_CHECKING:
    from bot.coach.checks.model import CheckResult
    from bot.llm.rewriter import Improvement, LLMRewriter

log = logging.getLogger(__name__)

RECENT_CHECKS = 2048
"""Drafts kept in memory for "Another version". The store keeps no text by default, so a check
older than this (or from before a restart) has to be run again."""
RETRY_UNSAVED_SECONDS = 2.0
"""How often checks that couldn't be saved (the database was busy) are tried again."""


@dataclass(frozen=True, slots=True)
class Checked:
    """A check to show: the result, and the id buttons and cards refer back to.

    ``check_id`` is ``None`` when the database was busy: the result is shown all the same, the record is
    saved by a retry a moment later, and a front end leaves out the buttons that would need the id.
    """

    check_id: int | None
    result: CheckResult
    variant: int = 0


@dataclass(frozen=True, slots=True)
class _Unsaved:
    user_id: str
    platform: str
    result: CheckResult


@dataclass(frozen=True, slots=True)
class _Recent:
    user_id: str
    draft: str
    customer: str | None
    variant: int


NOT_SAVED_YET = ("Not saved yet: the coach's database is busy, so this check will be saved in a moment and can't "
                 "be rated or reworded.")
"""What a front end shows under a check that came back without an id, in place of its rating buttons."""


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
        self._unsaved: list[_Unsaved] = []
        self._retry: Timer | None = None

    def check(
        self, user_id: str, platform: str, draft: str, customer: str | None = None, *, variant: int = 0
    ) -> Checked:
        """Check and record a draft; raises ``DraftError`` (with a message for the agent) for one we can't check.

        A database kept busy by another process doesn't cost the agent their result: the check comes back
        without an id and its record is saved by a retry (``Checked``).
        """
        return self.save(user_id, platform, _run_engine(draft, customer, variant), variant)

    def save(self, user_id: str, platform: str, result: CheckResult, variant: int = 0) -> Checked:
        """Record a check the engine has just run elsewhere (a server runs it in a worker process), as ``check``
        would have."""
        try:
            check_id = self.record(user_id, platform, result)
        except StoreBusy as error:
            log.warning("%s The check is shown and will be saved when the database is free.", error)
            self._keep_unsaved(_Unsaved(user_id, platform, result))
            return Checked(None, result, variant)
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
        if self.llm is None or not self.llm_enabled_for(user_id) or checked.check_id is None:
            return None
        improvement = await self.llm.improve(checked.result, user_id)
        if improvement is None:
            return None
        import asyncio

        if not await asyncio.to_thread(self._record_improvement, user_id, checked.check_id, improvement):
            return None  # the agent ran forget-me while the model was answering
        if self._variant_shown(checked.check_id) not in (None, checked.variant):
            return None
        return Checked(checked.check_id, improvement.result, checked.variant)

    def _record_improvement(self, user_id: str, check_id: int, improvement: Improvement) -> bool:
        """Save the model's attempt on a check that is still this agent's; False when it is gone."""
        if self._store.check_owner(check_id) != user_id:
            return False
        self._store.record_llm_call(check_id, user_id, _llm_call(improvement))
        return True

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
        kept = reason if self.settings.store_text else None  # a reason is the agent's own words: text
        return self._store.record_feedback(check_id, user_id, helpful, kept)

    def progress(self, user_id: str) -> Progress:
        return self._store.progress(user_id)

    def count(self, user_id: str) -> int:
        return self._store.count_checks(user_id)

    def forget_recent(self, user_id: str) -> None:
        """Drop every copy of this agent's drafts held in memory: those kept for "Another version", checks
        waiting to be saved, and the model's cached answers; the store's rows go with ``Services.forget``."""
        with self._lock:
            for check_id in [key for key, recent in self._recent.items() if recent.user_id == user_id]:
                del self._recent[check_id]
            self._unsaved = [unsaved for unsaved in self._unsaved if unsaved.user_id != user_id]
        if self.llm is not None:
            self.llm.forget(user_id)

    def save_unsaved(self) -> int:
        """Try again to save the checks a busy database turned away; returns how many are still waiting."""
        with self._lock:
            waiting, self._unsaved = self._unsaved, []
            self._retry = None
        still: list[_Unsaved] = []
        for unsaved in waiting:
            try:
                self.record(unsaved.user_id, unsaved.platform, unsaved.result)
            except StoreBusy:
                still.append(unsaved)
        if still:
            self._keep_unsaved(*still)
        elif waiting:
            log.info("Saved %d checks the busy database had turned away.", len(waiting))
        return len(still)

    def stop_retrying(self) -> int:
        """Make a last attempt at saving what is waiting, for a process that is stopping; returns how many
        checks could not be saved (each is logged)."""
        with self._lock:
            if self._retry is not None:
                self._retry.cancel()
        left = self.save_unsaved()
        with self._lock:
            if self._retry is not None:
                self._retry.cancel()
            for unsaved in self._unsaved:
                log.error("A check by %s could not be saved before stopping: the database stayed busy.",
                          unsaved.user_id)
            self._unsaved = []
        return left

    def _keep_unsaved(self, *unsaved: _Unsaved) -> None:
        with self._lock:
            self._unsaved.extend(unsaved)
            if self._retry is None:
                self._retry = Timer(RETRY_UNSAVED_SECONDS, self.save_unsaved)
                self._retry.daemon = True
                self._retry.start()

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


def thanks_for_feedback(check_id: int, helpful: bool, reason: str | None = None, *, reason_kept: bool) -> str:
    """What an agent reads after rating a check, on every platform. ``reason_kept`` is ``COACH_STORE_TEXT``:
    without it a reason is text the coach doesn't keep, and the agent is told so rather than thanked for it."""
    if helpful:
        return f"Thanks: noted that check #{check_id} helped."
    if reason and reason_kept:
        return f"Thanks: your reason is saved with check #{check_id}; it helps us correct the scoring."
    if reason:
        return (f"Thanks: noted that check #{check_id} didn't help. Your reason was not saved, because this coach "
                "keeps no text you type: tell whoever runs it if the scoring was wrong.")
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
