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


@dataclass(frozen=True, slots=True)
class Change:
    """One edit the rewriter made, with the rule that asked for it."""

    rule: str
    change: str
    why: str

    def to_dict(self) -> dict:
        return {"rule": self.rule, "change": self.change, "why": self.why}


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
