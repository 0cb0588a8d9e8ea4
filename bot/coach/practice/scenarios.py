"""Practice scenarios: who the simulated customer is, what happened, and what they say back.

Scenarios are data (``prompts/scenarios/*.toml``) so a support lead can write one
for their own product without touching code. Each file is checked when it is
loaded, and every problem names the file and the field, because a scenario
that breaks in the middle of an agent's practice is worse than one that never
loads.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from bot.coach.practice.card import Card, CardError, read_card
from bot.resources import prompts_dir

Difficulty = Literal["gentle", "moderate", "hard"]
DIFFICULTIES: tuple[Difficulty, ...] = ("gentle", "moderate", "hard")
"""How much the scenario asks of the agent, rated apart from the customer's mood: a calm widow is hard."""
Band = Literal["calm", "frustrated", "angry"]
BANDS: tuple[Band, ...] = ("calm", "frustrated", "angry")
"""Mood bands; a scenario's ``mood`` is the band its customer starts in."""

REACTIONS: tuple[str, ...] = (
    "reassured",
    "acknowledged",
    "next_step",
    "open_question",
    "boundary_held",
    "vague",
    "stonewalled",
    "dismissed",
    "blamed",
    "insulted",
)
"""Reactions every scenario must script, in every mood band."""
SHARED_REACTIONS: tuple[str, ...] = ("canned", "confused", "overwhelmed", "repeated", "promised", "corrected")
"""Reactions that sound much the same whoever the customer is: ``prompts/customer.toml`` scripts them, and a
scenario may add its own. That file also holds plainer fallbacks for every other reaction."""
ENDINGS: tuple[str, ...] = ("satisfied", "walked_away", "turn_limit")
SHARED_ENDINGS: tuple[str, ...] = ("held_to_promise", "taken_back")
"""Lines every customer shares (``prompts/customer.toml``) about a promise the agent may not make: holding them
to it when the session ends, and objecting when they take it back."""
MIN_LINES_PER_REACTION = 4
DEFAULT_TURN_LIMIT = 8
SCENARIO_DIR = "scenarios"
SHARED_FILE = "customer.toml"


class ScenarioError(ValueError):
    """A scenario file that can't be used; the message names the file and what to fix."""


@dataclass(frozen=True, slots=True)
class Scenario:
    id: str
    title: str
    difficulty: Difficulty
    mood: Band
    """The band the customer's mood starts in."""
    customer: str
    """The customer's first name, as the coach refers to them in notes and hints."""
    persona: str
    facts: tuple[str, ...]
    needs: str
    """What would actually settle this customer, which is rarely what they first ask for."""
    may_offer: tuple[str, ...]
    may_not_offer: tuple[str, ...]
    opening: str
    lines: Mapping[str, Mapping[str, tuple[str, ...]]]
    """The scenario's own customer lines, by reaction, then by mood band."""
    fallback: Mapping[str, Mapping[str, tuple[str, ...]]]
    """Shared lines, said once the scenario's own for a reaction are used up (``prompts/customer.toml``)."""
    endings: Mapping[str, tuple[str, ...]]
    turn_limit: int = DEFAULT_TURN_LIMIT
    agent_may_end: bool = False
    """The agent may set a boundary and end the chat (an abusive customer); ending that way is a good outcome."""
    card: Card = Card()
    """The may-offer and may-not-offer lists, and claims that aren't so, in a form a reply is checked against."""
    conduct: tuple[str, ...] = ()
    """How the chat must go, apart from what may be offered ("the agent may end the chat after one warning")."""


class Scenarios:
    """Every scenario, in the order a picker lists them: gentle first, then by starting mood, then by id."""

    def __init__(self, scenarios: tuple[Scenario, ...]) -> None:
        self.all = tuple(
            sorted(scenarios, key=lambda s: (DIFFICULTIES.index(s.difficulty), BANDS.index(s.mood), s.id))
        )
        self._by_id = {s.id: s for s in scenarios}

    @classmethod
    def load(cls, directory: Path | None = None) -> Scenarios:
        """Read and check every scenario; callers keep the result, since this reads a dozen files."""
        root = directory or prompts_dir()
        shared = _read(root / SHARED_FILE)
        shared_lines = _lines(shared.get("lines"), root / SHARED_FILE, SHARED_REACTIONS)
        shared_endings = _endings(shared.get("endings"), root / SHARED_FILE, SHARED_ENDINGS)
        files = sorted((root / SCENARIO_DIR).glob("*.toml"))
        if not files:
            raise ScenarioError(f"No scenarios found in {root / SCENARIO_DIR}: add at least one .toml file.")
        scenarios = tuple(_scenario(path, _read(path), shared_lines, shared_endings) for path in files)
        seen: dict[str, Path] = {}
        for path, scenario in zip(files, scenarios, strict=True):
            if scenario.id in seen:
                raise ScenarioError(f"{path.name} and {seen[scenario.id].name} both use the id {scenario.id!r}.")
            seen[scenario.id] = path
        return cls(scenarios)

    def get(self, scenario_id: str) -> Scenario | None:
        return self._by_id.get(scenario_id.strip().lower())

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(s.id for s in self.all)


def _read(path: Path) -> dict:
    try:
        return tomllib.loads(path.read_text("utf-8"))
    except OSError as error:
        raise ScenarioError(f"Can't read {path}: {error.strerror or error}.") from error
    except tomllib.TOMLDecodeError as error:
        raise ScenarioError(f"{path.name} is not valid TOML: {error}.") from error


def _scenario(
    path: Path, data: dict, shared: dict[str, dict[str, tuple[str, ...]]], shared_endings: dict[str, tuple[str, ...]]
) -> Scenario:
    def text(key: str) -> str:
        value = data.get(key)
        if not isinstance(value, str) or not value.strip():
            raise ScenarioError(f"{path.name}: {key!r} must be a non-empty string.")
        return value.strip()

    def texts(key: str, *, required: bool = True) -> tuple[str, ...]:
        value = data.get(key, [] if not required else None)
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            raise ScenarioError(f"{path.name}: {key!r} must be a list of non-empty strings.")
        if required and not value:
            raise ScenarioError(f"{path.name}: {key!r} needs at least one entry.")
        return tuple(v.strip() for v in value)

    scenario_id = text("id")
    if scenario_id != path.stem:
        raise ScenarioError(f"{path.name}: the id {scenario_id!r} must match the file name ({path.stem!r}).")
    difficulty = text("difficulty")
    if difficulty not in DIFFICULTIES:
        raise ScenarioError(f"{path.name}: difficulty must be one of {', '.join(DIFFICULTIES)}, not {difficulty!r}.")
    mood = text("mood")
    if mood not in BANDS:
        raise ScenarioError(f"{path.name}: mood must be one of {', '.join(BANDS)}, not {mood!r}.")
    try:
        card = read_card(data.get("card"))
    except CardError as error:
        raise ScenarioError(f"{path.name}: {error}") from error
    turn_limit = data.get("turn_limit", DEFAULT_TURN_LIMIT)
    if not isinstance(turn_limit, int) or isinstance(turn_limit, bool) or not 3 <= turn_limit <= 20:
        raise ScenarioError(f"{path.name}: turn_limit must be a whole number from 3 to 20.")
    agent_may_end = data.get("agent_may_end", False)
    if not isinstance(agent_may_end, bool):
        raise ScenarioError(f"{path.name}: agent_may_end must be true or false.")
    own = _lines(data.get("lines"), path, REACTIONS)
    for reaction in REACTIONS + SHARED_REACTIONS:
        total = len(_all_lines(own, reaction) | _all_lines(shared, reaction))
        if total < turn_limit:
            raise ScenarioError(
                f"{path.name}: lines.{reaction} and the shared lines for it in {SHARED_FILE} have {total} different "
                f"lines in all, fewer than the turn_limit of {turn_limit}; write more so a session never repeats one."
            )
    ending_lines = {**shared_endings, **_endings(data.get("endings"), path, ENDINGS + (("boundary",) if agent_may_end else ()))}
    return Scenario(
        id=scenario_id,
        title=text("title"),
        difficulty=difficulty,  # type: ignore[arg-type]  # checked against DIFFICULTIES above
        mood=mood,  # type: ignore[arg-type]  # checked against BANDS above
        customer=text("customer"),
        persona=text("persona"),
        facts=texts("facts"),
        needs=text("needs"),
        may_offer=texts("may_offer"),
        may_not_offer=texts("may_not_offer", required=False),
        opening=text("opening"),
        lines=own,
        fallback=shared,
        endings=ending_lines,
        turn_limit=turn_limit,
        agent_may_end=agent_may_end,
        card=card,
        conduct=texts("conduct", required=False),
    )


def _endings(table: object, path: Path, wanted: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    if not isinstance(table, dict):
        raise ScenarioError(f"{path.name}: add an [endings] table with {', '.join(wanted)}.")
    out = {}
    for name in wanted:
        value = table.get(name)
        if not isinstance(value, list) or not value or not all(isinstance(v, str) and v.strip() for v in value):
            raise ScenarioError(f"{path.name}: endings.{name} must be a non-empty list of lines.")
        out[name] = tuple(v.strip() for v in value)
    return out


def _all_lines(lines: Mapping[str, Mapping[str, tuple[str, ...]]], reaction: str) -> set[str]:
    return {line for band in lines.get(reaction, {}).values() for line in band}


def _lines(table: object, path: Path, required_reactions: tuple[str, ...]) -> dict[str, dict[str, tuple[str, ...]]]:
    """Lines by reaction and band; a required reaction needs a line in every band and a few in all."""
    if not isinstance(table, dict):
        raise ScenarioError(f"{path.name}: add a [lines] table with a sub-table per reaction.")
    known = set(REACTIONS) | set(SHARED_REACTIONS)
    out: dict[str, dict[str, tuple[str, ...]]] = {}
    for reaction, bands in table.items():
        if reaction not in known:
            raise ScenarioError(
                f"{path.name}: lines.{reaction} is not a reaction the customer can have; "
                f"use one of {', '.join(sorted(known))}."
            )
        if not isinstance(bands, dict) or set(bands) - set(BANDS):
            raise ScenarioError(f"{path.name}: lines.{reaction} must have only {', '.join(BANDS)} lists.")
        out[reaction] = {}
        for band, values in bands.items():
            if not isinstance(values, list) or not all(isinstance(v, str) and v.strip() for v in values):
                raise ScenarioError(f"{path.name}: lines.{reaction}.{band} must be a list of non-empty strings.")
            out[reaction][band] = tuple(v.strip() for v in values)
    for reaction in required_reactions:
        bands = out.get(reaction, {})
        missing = [band for band in BANDS if not bands.get(band)]
        if missing:
            raise ScenarioError(f"{path.name}: lines.{reaction} needs lines for {', '.join(missing)}.")
        total = len(_all_lines(out, reaction))
        if total < MIN_LINES_PER_REACTION:
            raise ScenarioError(
                f"{path.name}: lines.{reaction} has {total} different lines; write at least "
                f"{MIN_LINES_PER_REACTION} so the customer doesn't sound like a recording."
            )
    return out
