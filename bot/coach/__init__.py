"""The coaching engine: platform-agnostic, offline, plain data in and out.

``from bot.coach import check`` is the engine's front door. Its names load on
first use, so importing a lesson, a scenario or ``bot.coach.text`` doesn't
compile the analyzer's patterns: commands that never check a draft start
without them.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
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

_HOMES = {
    "analyze": "bot.coach.checks.analyze",
    "DraftError": "bot.coach.checks.engine",
    "check": "bot.coach.checks.engine",
    **dict.fromkeys(
        ("DIMENSIONS", "Analysis", "Change", "CheckResult", "DimensionScore", "Finding", "Span"),
        "bot.coach.checks.model",
    ),
}
"""The module each front-door name lives in."""


def __getattr__(name: str) -> object:
    """Import a front-door name from its module the first time it is asked for (PEP 562)."""
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(home), name)
