"""The plain data that flows out of the coach, shared by every front end.

Slack, Teams, the CLI and the store all consume these objects; none of them
reach into the analyzer's internals, so the shapes here are the contract.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

DIMENSIONS: tuple[str, ...] = ("acknowledge", "reflect", "explore", "own", "respect")

Severity = Literal["high", "medium", "low"]
Engine = Literal["offline", "llm"]


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of the draft, as character offsets, that carried a judgement."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class DimensionScore:
    name: str
    score: float
    evidence: tuple[Span, ...] = ()


@dataclass(frozen=True, slots=True)
class Finding:
    rule: str
    severity: Severity
    start: int
    end: int
    message: str
    why: str
    lesson: str

    def to_dict(self) -> dict:
        return {
            "rule": self.rule,
            "severity": self.severity,
            "start": self.start,
            "end": self.end,
            "message": self.message,
            "why": self.why,
            "lesson": self.lesson,
        }


@dataclass(frozen=True, slots=True)
class Analysis:
    text: str
    score: int | None
    """0-100; ``None`` for a draft in a language the offline engine can't read, rather than a misleading number."""
    dimensions: dict[str, DimensionScore]
    findings: tuple[Finding, ...]
    language: str = "en"
    """ISO 639-1 code of the draft's language ("und" when it's too short to tell)."""

    @property
    def readable(self) -> bool:
        """Whether the offline engine could judge this draft (it reads English)."""
        return self.score is not None

    @property
    def rules(self) -> tuple[str, ...]:
        return tuple(f.rule for f in self.findings)

    def dimension_values(self) -> dict[str, float]:
        return {name: round(d.score, 3) for name, d in self.dimensions.items()}


ChangeKind = Literal["edit", "to_add"]
TO_ADD_HEADING = "Still to add, in your own words"
"""Over what a rewrite leaves to the agent (a next step, an alternative), on every front end."""


@dataclass(frozen=True, slots=True)
class Change:
    """One edit the rewriter made, or one thing only the agent can add, with the rule that asked for it."""

    rule: str
    change: str
    why: str
    kind: ChangeKind = "edit"
    """``"to_add"``: the rewrite leaves it to the agent (what they'll do next, what they can offer instead),
    because the coach would have to invent it."""

    def to_dict(self) -> dict:
        return {"rule": self.rule, "change": self.change, "why": self.why, "kind": self.kind}


@dataclass(frozen=True, slots=True)
class CheckResult:
    """Everything a reply check returns: the verdict on the draft and a better version."""

    draft: str
    customer: str | None
    analysis: Analysis
    rewrite: str
    rewrite_analysis: Analysis
    explanation: tuple[Change, ...]
    engine: Engine = "offline"
    llm_failure: str | None = None
    """Set when an LLM rewrite was asked for and not used: the guard it failed (see
    ``bot.coach.checks.guardrails.CHECKS``) or the fault that stopped it, such as ``timeout``."""

    @property
    def score(self) -> int | None:
        return self.analysis.score

    @property
    def rewrite_score(self) -> int | None:
        return self.rewrite_analysis.score

    @property
    def findings(self) -> tuple[Finding, ...]:
        return self.analysis.findings

    @property
    def changed(self) -> bool:
        """Whether the rewrite differs from the draft; when it doesn't, there's no rewrite to show."""
        return self.rewrite != self.draft

    @property
    def edits(self) -> tuple[Change, ...]:
        return tuple(change for change in self.explanation if change.kind == "edit")

    @property
    def to_add(self) -> tuple[Change, ...]:
        """What the agent should still add in their own words: the coach won't invent it."""
        return tuple(change for change in self.explanation if change.kind == "to_add")

    def language_notice(self) -> str | None:
        """What every front end shows instead of a score when the draft isn't in English; ``None`` when it is."""
        if self.analysis.readable:
            return None
        from bot.coach.language import language_name

        notice = (f"This draft is in {language_name(self.analysis.language)}. The coach's own checks read English "
                  "only, so there is no score or advice for it.")
        if self.engine == "llm":
            notice += (" The version below was written by the language model in the same language and passed the "
                       "coach's checks for facts, promises and language.")
        return notice

    def to_dict(self) -> dict:
        return {
            "score": self.score,
            "dimensions": self.analysis.dimension_values(),
            "findings": [f.to_dict() for f in self.findings],
            "rewrite": self.rewrite,
            "rewrite_score": self.rewrite_score,
            "explanation": [c.to_dict() for c in self.explanation],
            "engine": self.engine,
            "language": self.analysis.language,
        } | ({"llm_failure": self.llm_failure} if self.llm_failure else {})
