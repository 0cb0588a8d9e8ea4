"""The coaching engine: platform-agnostic, offline, plain data in and out."""

from bot.coach.checks.analyze import analyze
from bot.coach.checks.engine import DraftError, check
from bot.coach.checks.model import DIMENSIONS, Analysis, Change, CheckResult, DimensionScore, Finding, Span

__all__ = [
    "DIMENSIONS",
    "Analysis",
    "Change",
    "CheckResult",
    "DimensionScore",
    "DraftError",
    "Finding",
    "Span",
    "analyze",
    "check",
]
