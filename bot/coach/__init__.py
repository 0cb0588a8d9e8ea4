"""The coaching engine: platform-agnostic, offline, plain data in and out."""

from bot.coach.analyze import analyze
from bot.coach.engine import DraftError, check
from bot.coach.model import DIMENSIONS, Analysis, Change, CheckResult, DimensionScore, Finding, Span

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
