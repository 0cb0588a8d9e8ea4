"""What comes back when an agent presses a card button or submits a form, checked before anyone acts on it.

A card's data travels through the client, so it can arrive incomplete (an old
card from an earlier version), or be edited by hand. Each submission becomes
one typed request, or a ``BadSubmission`` whose message tells the agent what to
do; nothing downstream reads the raw dict.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.coach.checks.rules import RULES

MAX_ID = 2**63 - 1
"""SQLite's largest rowid; a bigger "check id" can only be forged."""
MAX_TEXT_CHARS = 100_000
"""Well over what the coach checks, so the engine explains a long draft; anything larger isn't a reply."""
MAX_REASON_CHARS = 1_000
"""What the "Not helpful" box accepts: a few sentences are what a support lead can act on."""
MAX_SCENARIO_CHARS = 100


class BadSubmission(ValueError):
    """A card submission the bot can't act on; the message is for the agent."""


@dataclass(frozen=True, slots=True)
class ShowForm:
    pass


@dataclass(frozen=True, slots=True)
class CheckDraft:
    draft: str
    customer: str | None


@dataclass(frozen=True, slots=True)
class AnotherVersion:
    check_id: int


@dataclass(frozen=True, slots=True)
class Why:
    rule: str


@dataclass(frozen=True, slots=True)
class Feedback:
    check_id: int
    helpful: bool
    reason: str | None = None


@dataclass(frozen=True, slots=True)
class SaveSettings:
    lesson_time: str
    timezone: str
    weekdays_only: bool
    paused: bool
    opted_out: bool | None = None
    """``None`` from a card drawn before the form offered it: keep the agent's choice."""
    share: bool | None = None
    """Whether the agent's leads see their own figures; ``None`` from an older card: keep the agent's choice."""


@dataclass(frozen=True, slots=True)
class Forget:
    confirmed: bool


@dataclass(frozen=True, slots=True)
class Insert:
    rewrite: str


@dataclass(frozen=True, slots=True)
class QuizAnswer:
    delivery_id: int
    question_id: str
    option_id: str | int
    """The option's id; a number on a card sent before answers were kept by id (its place in the lesson file)."""


@dataclass(frozen=True, slots=True)
class FinishLesson:
    delivery_id: int


@dataclass(frozen=True, slots=True)
class StartPractice:
    scenario: str | None
    """``None`` asks for the picker."""


@dataclass(frozen=True, slots=True)
class PracticeHint:
    pass


@dataclass(frozen=True, slots=True)
class PracticeEnd:
    pass


Submission = (ShowForm | CheckDraft | AnotherVersion | Why | Feedback | SaveSettings | Forget | Insert | QuizAnswer
              | FinishLesson | StartPractice | PracticeHint | PracticeEnd)

STALE = "That button is from a card I can't read (it may be from an older version of the coach). "
RETRY = "Type `help` to see what I can do, or paste your draft to check it again."


def parse(value: object) -> Submission:
    if not isinstance(value, dict):
        raise BadSubmission(STALE + RETRY)
    action = value.get("action")
    if action == "form":
        return ShowForm()
    if action == "check":
        return CheckDraft(_text(value, "draft", required=False), _optional_text(value, "customer"))
    if action == "another_version":
        return AnotherVersion(_check_id(value))
    if action == "why":
        rule = value.get("rule")
        if not isinstance(rule, str) or rule not in RULES:
            raise BadSubmission(f"{STALE}It names a finding the coach doesn't know. {RETRY}")
        return Why(rule)
    if action == "feedback":
        helpful = _bool(value, "helpful")
        return Feedback(_check_id(value), helpful, None if helpful else _reason(value))
    if action == "settings":
        return SaveSettings(
            _text(value, "lesson_time"),
            _optional_text(value, "timezone") or "",
            _bool(value, "weekdays_only"),
            _bool(value, "paused"),
            _bool(value, "opted_out") if "opted_out" in value else None,
            _bool(value, "share") if "share" in value else None,
        )
    if action == "forget":
        return Forget(_bool(value, "confirm"))
    if action == "insert":
        return Insert(_text(value, "rewrite"))
    if action == "quiz":
        option = _text(value, "option_id") if "option" not in value else _index(value, "option")
        return QuizAnswer(_id(value, "delivery_id", "lesson"), _text(value, "question_id"), option)
    if action == "lesson_done":
        return FinishLesson(_id(value, "delivery_id", "lesson"))
    if action == "practice":
        scenario = _optional_text(value, "scenario")
        if scenario is not None and len(scenario) > MAX_SCENARIO_CHARS:
            raise BadSubmission(f"{STALE}It names a practice scenario the coach doesn't know. {RETRY}")
        return StartPractice(scenario)
    if action == "practice_hint":
        return PracticeHint()
    if action == "practice_end":
        return PracticeEnd()
    raise BadSubmission(STALE + RETRY)


def _check_id(value: dict) -> int:
    return _id(value, "check_id", "check")


def _id(value: dict, key: str, what: str) -> int:
    raw = value.get(key)
    if isinstance(raw, str) and raw.isascii() and raw.isdigit() and len(raw) < 20:
        raw = int(raw)
    if isinstance(raw, bool) or not isinstance(raw, int) or not 0 < raw <= MAX_ID:
        raise BadSubmission(f"{STALE}It doesn't say which {what} it belongs to. {RETRY}")
    return raw


def _index(value: dict, key: str) -> int:
    raw = value.get(key)
    if isinstance(raw, bool) or not isinstance(raw, int) or not 0 <= raw < 100:
        raise BadSubmission(f"{STALE}It doesn't say which answer was chosen. {RETRY}")
    return raw


def _reason(value: dict) -> str | None:
    """The optional "what was wrong" typed under Not helpful; blank means they chose not to say."""
    reason = _optional_text(value, "reason")
    if reason is not None and len(reason) > MAX_REASON_CHARS:
        raise BadSubmission(f"That reason is {len(reason):,} characters; keep it under {MAX_REASON_CHARS:,} "
                            "and send it again.")
    return reason.strip() if reason is not None else None


def _bool(value: dict, key: str) -> bool:
    """Booleans from button data, or the "true"/"false" strings toggles submit."""
    raw = value.get(key)
    if isinstance(raw, bool):
        return raw
    if raw in ("true", "false"):
        return raw == "true"
    raise BadSubmission(f"{STALE}Its {key.replace('_', ' ')} value is missing. {RETRY}")


def _text(value: dict, key: str, *, required: bool = True) -> str:
    raw = value.get(key, "")
    if raw is None:
        raw = ""
    if not isinstance(raw, str) or (required and not raw.strip()):
        raise BadSubmission(f"{STALE}Its {key.replace('_', ' ')} is missing. {RETRY}")
    if len(raw) > MAX_TEXT_CHARS:
        raise BadSubmission(f"That {key.replace('_', ' ')} is {len(raw):,} characters, far more than a reply; "
                            "check it a few paragraphs at a time.")
    return raw


def _optional_text(value: dict, key: str) -> str | None:
    raw = _text(value, key, required=False)
    return raw if raw.strip() else None
