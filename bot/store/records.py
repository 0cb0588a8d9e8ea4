"""What the store hands back: plain, immutable rows that every front end reads the same way."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime

from bot.store.schema import DEFAULT_LESSON_TIME

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(UTC)


def iso(moment: datetime) -> str:
    """Fixed-width UTC text, so comparing timestamps as strings in SQL is comparing times."""
    if moment.tzinfo is None:
        raise ValueError(f"{moment!r} has no time zone; the store only accepts aware datetimes.")
    return moment.astimezone(UTC).isoformat(timespec="seconds")


@dataclass(frozen=True, slots=True)
class UserSettings:
    """What an agent chose for their lessons; the timezone is ``None`` until a platform tells us."""

    user_id: str
    timezone: str | None
    lesson_time: str = DEFAULT_LESSON_TIME
    """Local wall-clock time as ``HH:MM``."""
    weekdays_only: bool = True
    lessons_paused: bool = False
    lessons_opted_out: bool = False
    """No daily lessons at all until they opt back in; pausing is the short-term switch."""


@dataclass(frozen=True, slots=True)
class Progress:
    """How an agent's replies have gone over the last ``days`` days, against the ``days`` before."""

    user_id: str
    since: datetime
    until: datetime
    checks: int
    average_score: float | None
    previous_average_score: float | None
    dimensions: dict[str, float]
    strongest: str | None
    weakest: str | None
    top_rules: tuple[tuple[str, int], ...]
    """Rule ids with the number of checks they fired in, most frequent first."""

    @property
    def days(self) -> int:
        return (self.until - self.since).days

    @property
    def trend(self) -> float | None:
        if self.average_score is None or self.previous_average_score is None:
            return None
        return self.average_score - self.previous_average_score

    def trend_phrase(self, up: str = "up", down: str = "down") -> str:
        """How the average moved against the period before, as a clause every front end appends to it."""
        before = f"the {self.days} days before"
        if self.trend is None:
            return f" (no checks in {before} to compare with)"
        if round(self.trend) == 0:
            return f", the same as {before}"
        return f", {up if self.trend > 0 else down} {abs(self.trend):.0f} on {before}"

    def to_dict(self) -> dict:
        def rounded(value: float | None, digits: int = 1) -> float | None:
            return None if value is None else round(value, digits)

        return {
            "user_id": self.user_id,
            "since": iso(self.since),
            "until": iso(self.until),
            "days": self.days,
            "checks": self.checks,
            "average_score": rounded(self.average_score),
            "previous_average_score": rounded(self.previous_average_score),
            "trend": rounded(self.trend),
            "dimensions": {name: round(value, 3) for name, value in self.dimensions.items()},
            "strongest": self.strongest,
            "weakest": self.weakest,
            "top_rules": [{"rule": rule, "checks": count} for rule, count in self.top_rules],
        }


@dataclass(frozen=True, slots=True)
class LessonRecipient:
    """An agent who gets lessons: enrolled, not paused, not opted out, still reachable."""

    user_id: str
    platform: str
    timezone: str | None
    lesson_time: str
    weekdays_only: bool
    conversation: str | None = None
    """Where the platform last reached them (Slack: their DM channel with the app), so it needn't be looked up."""


@dataclass(frozen=True, slots=True)
class Delivery:
    """One day's lesson for one agent, as the delivery log records it."""

    id: int
    user_id: str
    local_date: date
    lesson_id: str
    kind: str
    reason: str
    question_id: str | None
    late: bool
    status: str
    attempts: int


@dataclass(frozen=True, slots=True)
class AnswerOutcome:
    """What the store made of one quiz button press."""

    recorded: bool
    """False when this question of this lesson was already answered: the first answer stands."""
    option_id: str | None
    """The id of the option that counts: this press's when recorded, else the first one."""
    correct: bool
    completed: bool
    """Whether the lesson is complete now (every question answered), whoever completed it."""


@dataclass(frozen=True, slots=True)
class LessonStats:
    lessons_completed: int
    quiz_answers: int
    quiz_correct: int

    @property
    def accuracy(self) -> float | None:
        return self.quiz_correct / self.quiz_answers if self.quiz_answers else None


@dataclass(frozen=True, slots=True)
class LLMCall:
    """What one LLM rewrite attempt is remembered by: never the text, only what it cost and how it went."""

    model: str
    prompt_version: str
    engine: str
    failure: str | None
    prompt_tokens: int
    completion_tokens: int
    cached: bool
    latency_ms: int
    rewrite_score: int
    """The score of the rewrite shown; the check's own row takes it when the LLM's was used."""


@dataclass(frozen=True, slots=True)
class LLMStats:
    """LLM use over a period, across every user: what a team lead checks against the bill."""

    since: datetime | None
    until: datetime
    calls: int
    used: int
    cached: int
    prompt_tokens: int
    completion_tokens: int
    failures: tuple[tuple[str, int], ...]
    """Reasons the LLM rewrite was not used, with their counts, most frequent first."""
    prompts: tuple[tuple[str, int, int], ...]
    """(prompt version, attempts, used) for each prompt version seen."""

    def to_dict(self) -> dict:
        return {
            "since": iso(self.since) if self.since else None,
            "until": iso(self.until),
            "calls": self.calls,
            "used": self.used,
            "cached": self.cached,
            "prompt_tokens": self.prompt_tokens,
            "completion_tokens": self.completion_tokens,
            "total_tokens": self.prompt_tokens + self.completion_tokens,
            "failures": {reason: count for reason, count in self.failures},
            "prompts": [{"version": v, "calls": c, "used": u} for v, c, u in self.prompts],
        }


@dataclass(frozen=True, slots=True)
class PracticeRecord:
    """A stored practice session; ``state`` and ``summary`` are JSON the coach reads back."""

    id: int
    user_id: str
    platform: str
    scenario_id: str
    state: str
    status: str
    started_at: datetime
    updated_at: datetime
    summary: str | None = None
