"""What ``empathy-coach doctor`` finds about one part of the setup, in words whoever installs the coach can act on.

Each part's probe lives beside the code it checks (``bot.store.health``,
``bot.slack.health``, ``bot.teams.health``, ``bot.llm.health``) and answers with
these plain values; ``bot.doctor`` runs them and the terminal draws them.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Status(StrEnum):
    OK = "ok"
    NOTE = "note"
    """Works, with something worth knowing (a schema upgrade the next start applies, a mode without a check)."""
    FAIL = "fail"
    OFF = "off"
    """Not configured, so nothing to check; says which variable turns it on."""


@dataclass(frozen=True, slots=True)
class Outcome:
    """One thing checked: what it was, how it went, and either what was seen or exactly what to fix."""

    what: str
    status: Status
    detail: str

    def to_dict(self) -> dict[str, str]:
        return {"what": self.what, "status": self.status.value, "detail": self.detail}


def ok(what: str, detail: str) -> Outcome:
    return Outcome(what, Status.OK, detail)


def note(what: str, detail: str) -> Outcome:
    return Outcome(what, Status.NOTE, detail)


def fail(what: str, detail: str) -> Outcome:
    return Outcome(what, Status.FAIL, detail)


@dataclass(frozen=True, slots=True)
class PartReport:
    """Everything checked about one part (the database, Slack, Teams, the LLM, time zones)."""

    part: str
    outcomes: tuple[Outcome, ...]

    @property
    def status(self) -> Status:
        """The worst of its outcomes: a part fails when any one thing about it does."""
        statuses = {outcome.status for outcome in self.outcomes}
        for status in (Status.FAIL, Status.NOTE, Status.OK):
            if status in statuses:
                return status
        return Status.OFF

    def to_dict(self) -> dict[str, object]:
        return {"part": self.part, "status": self.status.value,
                "outcomes": [outcome.to_dict() for outcome in self.outcomes]}


def off(part: str, how: str) -> PartReport:
    """A part nobody configured: not a failure, just a pointer to the variable that turns it on."""
    return PartReport(part, (Outcome("not configured", Status.OFF, how),))
