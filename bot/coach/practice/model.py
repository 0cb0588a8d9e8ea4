"""What a practice session is made of: the agent's turns, the session state, the summary.

Plain data that round-trips through JSON, so a session can be kept in the store
between messages and resumed after a restart.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, replace

from bot.coach.practice.scenarios import Scenario

STATE_VERSION = 1
ACTIVE = "active"
OUTCOMES: dict[str, str] = {
    "satisfied": "The customer was satisfied.",
    "walked_away": "The customer walked away.",
    "turn_limit": "The conversation ran out of turns.",
    "ended": "You ended the session.",
    "boundary": "You set a boundary and ended the chat.",
    "expired": "The session expired before it was finished.",
}
"""Every way a session can finish, with the sentence a summary opens with."""


class SessionOver(ValueError):
    """The session has finished; a new reply needs a new session."""


@dataclass(frozen=True, slots=True)
class Turn:
    """One agent reply, how it scored, and what the customer said back."""

    agent: str
    customer: str
    reaction: str
    score: int
    dimensions: dict[str, float]
    rules: tuple[str, ...]
    note: str
    mood: float
    """The customer's mood after this reply."""
    lesson: str | None = None
    """The lesson behind this reply's main problem, if it had one."""


@dataclass(frozen=True, slots=True)
class Session:
    scenario_id: str
    start_mood: float
    mood: float
    turn_limit: int
    turns: tuple[Turn, ...] = ()
    status: str = ACTIVE
    hints: int = 0
    promised: tuple[str, ...] = ()
    """Offers the scenario forbids that the agent made: the customer holds them to each when the session ends."""
    taken_back: tuple[str, ...] = ()
    """Promised offers the agent later said no to: the customer objects then, and doesn't hold them to it again."""

    @property
    def outstanding(self) -> tuple[str, ...]:
        """Forbidden promises still standing: each lets the customer down when the session ends."""
        return tuple(p for p in self.promised if p not in self.taken_back)

    @property
    def active(self) -> bool:
        return self.status == ACTIVE

    @property
    def mood_curve(self) -> tuple[float, ...]:
        """The mood before the first reply and after each, and at the end if a broken promise moved it."""
        curve = (self.start_mood, *(t.mood for t in self.turns))
        return curve if self.active or self.mood == curve[-1] else (*curve, self.mood)

    def last_customer_line(self, scenario: Scenario) -> str:
        return self.turns[-1].customer if self.turns else scenario.opening

    def to_json(self) -> str:
        return json.dumps({"version": STATE_VERSION, **asdict(self)}, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> Session:
        """Raises ``ValueError`` for state this version can't read, so callers can expire it cleanly."""
        try:
            data = json.loads(text)
            if data.pop("version") != STATE_VERSION:
                raise ValueError(f"practice state version {data.get('version')} is not {STATE_VERSION}")
            turns = tuple(
                Turn(**{**turn, "rules": tuple(turn["rules"]), "dimensions": dict(turn["dimensions"])})
                for turn in data.pop("turns")
            )
            lists = {key: tuple(data.get(key, ())) for key in ("promised", "taken_back")}
            return cls(**{**data, **lists}, turns=turns)
        except (KeyError, TypeError, AttributeError, json.JSONDecodeError) as error:
            raise ValueError(f"unreadable practice state: {error}") from error

    def redacted(self) -> Session:
        """The session without the agent's words, for keeping after it ends when text storage is off: their
        replies, and the coach's notes, which quote them."""
        return replace(self, turns=tuple(replace(t, agent="", note="") for t in self.turns))


@dataclass(frozen=True, slots=True)
class ReplyRef:
    turn: int
    """1-based, as a transcript numbers replies."""
    text: str
    score: int


@dataclass(frozen=True, slots=True)
class Summary:
    scenario_id: str
    title: str
    outcome: str
    turns: int
    score: int | None
    """The mean of the reply scores, 0-100; ``None`` when no reply was scored."""
    dimensions: dict[str, float]
    best: ReplyRef | None
    weakest: ReplyRef | None
    weakest_rewrite: str | None
    mood_curve: tuple[float, ...]
    lesson: str
    """A lesson id from the rule catalogue: what to study next."""
    lesson_reason: str
    hints: int = 0
    promises: tuple[str, ...] = ()
    """One sentence per offer the scenario forbids that the agent made: what it was and how to say no instead."""

    @property
    def headline(self) -> str:
        return OUTCOMES[self.outcome]

    def to_dict(self) -> dict:
        def ref(r: ReplyRef | None) -> dict | None:
            return None if r is None else {"turn": r.turn, "text": r.text, "score": r.score}

        return {
            "scenario": self.scenario_id,
            "outcome": self.outcome,
            "headline": self.headline,
            "turns": self.turns,
            "score": self.score,
            "dimensions": self.dimensions,
            "best": ref(self.best),
            "weakest": None if self.weakest is None else {**ref(self.weakest), "rewrite": self.weakest_rewrite},
            "mood_curve": list(self.mood_curve),
            "lesson": self.lesson,
            "lesson_reason": self.lesson_reason,
            "hints": self.hints,
            "promises": list(self.promises),
        }

    def redacted(self) -> Summary:
        """Scores and lesson only, for keeping after the session when text storage is off."""
        best = self.best and replace(self.best, text="")
        weakest = self.weakest and replace(self.weakest, text="")
        return replace(self, best=best, weakest=weakest, weakest_rewrite=None)


@dataclass(frozen=True, slots=True)
class Step:
    """What one agent message produced. ``turn`` is ``None`` when nothing was sent (an empty reply)."""

    session: Session
    note: str
    turn: Turn | None = None
    customer: str | None = None
    """What the customer says now; ``None`` when they have nothing to say."""
    summary: Summary | None = None

    @property
    def finished(self) -> bool:
        return not self.session.active
