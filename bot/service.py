"""What every chat front end does with an agent's request, so Slack and Teams only translate.

The engine is pure and the store only stores; this is where the two meet for
one user: enrol on first contact, check and record, offer another version of a
recent check, take feedback, report progress, forget.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from dataclasses import dataclass
from functools import cached_property
from threading import Lock
from typing import TYPE_CHECKING

from bot.coach import CheckResult, check
from bot.coach.lessons.schedule import ScheduleError, format_lesson_time, parse_lesson_time, parse_timezone
from bot.settings import Settings
from bot.store import LLMCall, Progress, Store, UserSettings

if TYPE_CHECKING:
    from bot.coach.lessons.curriculum import Curriculum, Lesson
    from bot.llm.rewriter import Improvement, LLMRewriter
    from bot.practice_service import Practice

log = logging.getLogger(__name__)

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


class SettingsInputError(ValueError):
    """A lesson setting the agent typed can't be used; the message says what to type instead.

    ``field`` ("timezone" or "lesson_time") lets a form show the message beside the right input.
    """

    def __init__(self, message: str, field: str) -> None:
        super().__init__(message)
        self.field = field


class Coach:
    def __init__(
        self, store: Store, settings: Settings, *, recent_size: int = RECENT_CHECKS, llm: LLMRewriter | None = None
    ) -> None:
        self.store = store
        self.settings = settings
        self.llm = llm
        self._recent: OrderedDict[int, _Recent] = OrderedDict()
        self._recent_size = recent_size
        self._lock = Lock()
        self._curriculum: Curriculum | None = None

    @cached_property
    def practice(self) -> Practice:
        """Practice sessions with a simulated customer; built on first use, since it reads the scenario files."""
        from bot.practice_service import Practice

        customer = None
        if self.llm is not None and self.settings.llm is not None:
            from bot.llm import build_customer_writer

            customer = build_customer_writer(self.settings.llm, self.llm)  # shares the client and the quota
        return Practice(self.store, self.settings, customer=customer)

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
        if improvement is None or self.store.check_owner(checked.check_id) != user_id:
            return None  # nothing to show, or the agent ran forget-me while the model was answering
        self.store.record_llm_call(checked.check_id, user_id, llm_call(improvement))
        if self._variant_shown(checked.check_id) not in (None, checked.variant):
            return None
        return Checked(checked.check_id, improvement.result, checked.variant)

    def llm_enabled_for(self, user_id: str) -> bool:
        """False for users of a workspace or tenant listed in ``COACH_LLM_DISABLED_WORKSPACES``."""
        llm = self.settings.llm
        return llm is not None and workspace_of(user_id) not in llm.disabled_workspaces

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
        """Only the agent who ran a check rates it, so a button copied into another chat can't skew the numbers."""
        if self.store.check_owner(check_id) != user_id:
            raise UnknownCheck("That check isn't one of yours any more (it may have been deleted): "
                               "rate the result of a check you ran.")
        return self.store.record_feedback(check_id, user_id, helpful, reason)

    def lesson_settings(self, user_id: str) -> UserSettings:
        return self.store.user_settings(user_id) or UserSettings(user_id, None)

    def change_lesson_settings(
        self, user_id: str, platform: str, *, timezone: str | None, lesson_time: str, weekdays_only: bool,
        paused: bool, opted_out: bool | None = None,
    ) -> UserSettings:
        """Validate what the agent typed, then save it; raises ``SettingsInputError`` naming the bad value.

        ``opted_out=None`` keeps the agent's current choice, for a form that doesn't offer it.
        """
        if opted_out is None:
            opted_out = self.lesson_settings(user_id).lessons_opted_out
        settings = UserSettings(user_id, _valid_timezone(timezone), _valid_time(lesson_time), weekdays_only, paused,
                                opted_out)
        self.store.ensure_user(user_id, platform)
        self.store.save_user_settings(settings)
        return settings

    def progress(self, user_id: str) -> Progress:
        return self.store.progress(user_id)

    def knows(self, user_id: str) -> bool:
        """Whether this user is enrolled, so a front end looks up their profile only on first contact."""
        return self.store.user_settings(user_id) is not None

    def count_checks(self, user_id: str) -> int:
        return self.store.count_checks(user_id)

    def first_delivery(self, event_id: str) -> bool:
        """False when a platform redelivers an event already handled (even before a restart): skip it."""
        return self.store.claim_event(event_id)

    def lesson(self, lesson_id: str) -> Lesson | None:
        """The lesson a finding or a practice summary points to; the curriculum is read once, on first use.

        ``None`` also when the lesson files are broken (logged): "Why?" then falls back to the finding's own
        explanation and a summary to the lesson's id, rather than showing nothing.
        """
        from bot.coach.lessons.curriculum import CurriculumError

        try:
            return self.curriculum().get(lesson_id)
        except CurriculumError as error:
            log.error("The lesson files can't be read, so lesson %s is shown without them:\n%s", lesson_id, error)
            return None

    def curriculum(self) -> Curriculum:
        """Every lesson, read from the files once, on first use; raises ``CurriculumError`` when they are broken."""
        from bot.coach.lessons.curriculum import Curriculum

        with self._lock:
            if self._curriculum is None:
                self._curriculum = Curriculum.load()
            return self._curriculum

    def forget(self, user_id: str) -> int:
        with self._lock:
            for check_id in [key for key, recent in self._recent.items() if recent.user_id == user_id]:
                del self._recent[check_id]
        return self.store.forget_user(user_id)

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


def workspace_of(user_id: str) -> str | None:
    """The Slack workspace or Teams tenant in a "<platform>:<workspace>:<user>" id; ``None`` for "cli:alice"."""
    parts = user_id.split(":")
    return parts[1] if len(parts) >= 3 else None


def llm_call(improvement: Improvement) -> LLMCall:
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


def _valid_time(text: str) -> str:
    """The same reading of a time as the scheduler's, so a saved time is one it can use."""
    try:
        return format_lesson_time(parse_lesson_time(text))
    except ScheduleError as error:
        raise SettingsInputError(str(error), "lesson_time") from None


def _valid_timezone(name: str | None) -> str | None:
    """An IANA name such as Europe/Paris, the form Teams and Slack report; blank means "not set"."""
    name = (name or "").strip()
    if not name:
        return None
    try:
        return parse_timezone(name).key
    except ScheduleError as error:
        raise SettingsInputError(str(error), "timezone") from None
