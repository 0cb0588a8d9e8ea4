"""The team's route card: the numbers and people an agent needs in the moment that matters most.

Safety lessons can't know a team's crisis line or who takes a threat, and a new
agent who reads "follow your team's route" with no such route in hand has
nothing to act on. So the lessons name the card's entries (``{route.crisis_line}``)
and each team fills the card in once. Where the team has an entry, every front
end shows its value; where it hasn't, a bracket that says what belongs there
("[your team's crisis line]"), so a lesson never shows a made-up number.

Everything here is plain data and pure functions: the settings read the team's
file and hand its table to ``route_card``, the curriculum fills its lessons with
``fill``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Route:
    key: str
    blank: str
    """What a lesson shows when the team hasn't filled this entry in: clearly a gap, never a guess."""
    what: str
    """What the team writes here, for error messages and the doctor."""
    example: str


ROUTES: tuple[Route, ...] = (
    Route("emergency_number", "[your local emergency number]",
          "the number for emergency services where your customers are", "999"),
    Route("crisis_line", "[your team's crisis line]",
          "a line a customer in crisis can call now, with its hours", "116 123 (Samaritans, day or night)"),
    Route("gas_emergency_line", "[your team's gas emergency line]",
          "the number a customer who smells gas calls", "0800 111 999 (National Gas Emergency Service)"),
    Route("lead", "[your team lead]",
          "who an agent tells at once, and how to reach them", "Priya Shah, team lead: Slack @priya or ext. 2041"),
    Route("security", "[your team's security contact]",
          "who takes a threat to someone's safety, and how to reach them", "Site security, ext. 5000, any time"),
    Route("incident_log", "[your team's incident log]",
          "where and how an agent logs an incident", "the Incident form in the helpdesk, with the exact words and time"),
    Route("hardship_team", "[your team's hardship team]",
          "the team for customers in hardship or who need extra support, and how to reach them",
          "Customer Support Team, warm transfer to queue 4"),
    Route("wellbeing_support", "[your employee assistance programme]",
          "where an agent finds support after a hard contact",
          "Employee Assistance Programme, 0800 000 0000, confidential, any time"),
)
KEYS: tuple[str, ...] = tuple(route.key for route in ROUTES)
MAX_VALUE_CHARS = 120
"""An entry is read inside a sentence of a one-minute lesson: a name and a number, not a paragraph."""

PLACEHOLDER = re.compile(r"\{([^{}]*)\}")
"""``{route.crisis_line}`` in a lesson file; lessons use braces for nothing else."""
_PREFIX = "route."


class RouteCardError(ValueError):
    """The team's route card is wrong; each line names the entry and says how to fix it."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = tuple(problems)
        super().__init__("\n".join(self.problems))


@dataclass(frozen=True, slots=True)
class RouteCard:
    entries: tuple[tuple[str, str], ...] = ()
    """``(key, value)`` for each entry the team filled in, in ``ROUTES`` order."""
    source: str | None = None
    """The file it was read from; ``None`` when the team has no card."""

    def value(self, key: str) -> str | None:
        return next((value for name, value in self.entries if name == key), None)

    def show(self, key: str) -> str:
        """What a lesson shows for this entry: the team's value, or the bracket that marks the gap."""
        return self.value(key) or ROUTE_BY_KEY[key].blank

    @property
    def missing(self) -> tuple[str, ...]:
        return tuple(key for key in KEYS if self.value(key) is None)


ROUTE_BY_KEY = {route.key: route for route in ROUTES}
NO_CARD = RouteCard()


def route_card(table: Mapping[str, object], source: str | None = None) -> RouteCard:
    """The card in a team's TOML table; raises ``RouteCardError`` with every problem at once."""
    problems: list[str] = []
    entries: dict[str, str] = {}
    for key, value in table.items():
        if key not in ROUTE_BY_KEY:
            problems.append(_unknown(key))
            continue
        route = ROUTE_BY_KEY[key]
        if not isinstance(value, str):
            problems.append(f"{key} must be text in quotes, e.g. {key} = \"{route.example}\".")
        elif not value.strip():
            problems.append(f"{key} is empty: write {route.what}, or delete the line so lessons show "
                            f"{route.blank} instead.")
        elif "\n" in value.strip():
            problems.append(f"{key} must fit on one line: lessons read it inside a sentence.")
        elif len(value.strip()) > MAX_VALUE_CHARS:
            problems.append(f"{key} is {len(value.strip())} characters: keep it under {MAX_VALUE_CHARS}, a name "
                            "and how to reach them, since lessons read it inside a sentence.")
        else:
            entries[key] = value.strip()
    if problems:
        raise RouteCardError(problems)
    return RouteCard(tuple((key, entries[key]) for key in KEYS if key in entries), source)


def _unknown(key: str) -> str:
    import difflib

    near = difflib.get_close_matches(key, KEYS, n=1)
    hint = f"did you mean {near[0]}? " if near else ""
    return f"{key} is not a route card entry: {hint}the entries are {', '.join(KEYS)}."


def fill(text: str, card: RouteCard) -> str:
    """``text`` with each ``{route.NAME}`` replaced by the team's value, or by the entry's bracket.

    A placeholder naming no entry is left as written; the curriculum refuses such a lesson file before it gets here.
    """
    return PLACEHOLDER.sub(lambda match: card.show(key) if (key := _key(match)) else match.group(0), text)


def routes_named(text: str) -> tuple[str, ...]:
    """The card entries ``text`` names, in order of use."""
    return tuple(key for match in PLACEHOLDER.finditer(text) if (key := _key(match)))


def unknown_placeholders(text: str) -> list[str]:
    """Every ``{...}`` in ``text`` that doesn't name a card entry, as written."""
    return [match.group(0) for match in PLACEHOLDER.finditer(text) if _key(match) is None]


def _key(match: re.Match[str]) -> str | None:
    inner = match.group(1)
    key = inner.removeprefix(_PREFIX)
    return key if inner.startswith(_PREFIX) and key in ROUTE_BY_KEY else None
