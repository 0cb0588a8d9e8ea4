"""A practice conversation with a simulated customer: the state, one turn at a time, the summary.

Everything here is a pure function of the scenario, the session so far and the
agent's text, so a session interrupted by a restart resumes exactly where it
stopped, and the same replies always earn the same customer lines and scores.
Front ends keep the ``Session`` (it round-trips through JSON) and pass it back
with the next reply.
"""

from __future__ import annotations

import zlib
from collections import Counter
from dataclasses import replace

from bot.coach.checks.analyze import analyze
from bot.coach.checks.model import DIMENSIONS
from bot.coach.checks.rules import RULES
from bot.coach.practice.better import better_version
from bot.coach.practice.boundaries import Boundaries, apply, read_boundaries
from bot.coach.practice.model import (
    ACTIVE,
    OUTCOMES,
    ReplyRef,
    Session,
    SessionOver,
    Step,
    Summary,
    Turn,
)
from bot.coach.practice.notes import DIMENSION_LESSONS, hint_for, note_for
from bot.coach.practice.reactions import CALMING, GAVE_NEXT_STEP, MOOD_CHANGE, Reading, react
from bot.coach.practice.scenarios import BANDS, Scenario
from bot.coach.text import MAX_DRAFT_CHARS, counted, is_blank

START_MOOD = {"calm": 0.3, "frustrated": 0.55, "angry": 0.8}
CALM_BELOW = 0.35
ANGRY_FROM = 0.7
SATISFIED_AT = 0.1
"""The customer is settled once their mood is this low, they have a next step, and they've had two replies."""
MIN_TURNS_TO_SETTLE = 2
FURIOUS = 1.0
SEVERITY_WEIGHT = {"high": 3, "medium": 2, "low": 1}
INSULT_WEIGHT = 4
"""Insulting the customer outranks every finding when choosing the next lesson."""
LET_DOWN = 0.3
"""How much each forbidden promise winds the customer up when the session ends and it falls due."""
TAKEN_BACK = 0.15
"""Saying no to what you promised earlier: better than leaving it to fall due, and still a blow."""


def start(scenario: Scenario) -> Session:
    mood = START_MOOD[scenario.mood]
    return Session(scenario.id, mood, mood, scenario.turn_limit)


def band(mood: float) -> str:
    return "calm" if mood < CALM_BELOW else "frustrated" if mood < ANGRY_FROM else "angry"


def mood_change(before: float, after: float) -> str:
    """How one reply moved the customer, in the words every front end shows beside the mood."""
    if after < before:
        return "calmer"
    return "more upset" if after > before else "no change"


def reply_count(count: int) -> str:
    """How every front end counts an agent's replies: "1 reply", "3 replies"."""
    return counted(count, "reply", "replies")


def reply(session: Session, scenario: Scenario, text: str | None) -> Step:
    """Score the agent's reply, move the customer's mood, and let the customer answer (or leave)."""
    _require_active(session, scenario)
    if text is None or is_blank(text):
        return Step(session, f"Nothing was sent. Type your reply to {scenario.customer}, or hint, or end.")
    text = text.strip()[:MAX_DRAFT_CHARS]
    said = session.last_customer_line(scenario)
    found = read_boundaries(text, scenario, _conversation(session, scenario))
    analysis = apply(analyze(text, said), found)
    reading = react(
        analysis,
        tuple(t.agent for t in session.turns),
        crossed=bool(found.crossed),
        corrected=bool(found.corrections),
        offered=bool(found.allowed),
    )
    promised = session.promised + tuple(
        dict.fromkeys(o.says for o in found.crossed if o.says not in session.promised)
    )
    taken_back = tuple(says for says in session.outstanding if says in found.declined)
    mood = _clamp(session.mood + MOOD_CHANGE[reading.reaction] + TAKEN_BACK * bool(taken_back))
    number = len(session.turns) + 1
    outcome = _outcome(session, reading.reaction, mood, number)
    customer = _customer_line(session, scenario, reading, mood, outcome, found)
    if taken_back:
        customer = f"{_said_to(session, scenario, 'taken_back', taken_back)} {customer}"
    session = replace(session, promised=promised, taken_back=session.taken_back + taken_back)
    if outcome and session.outstanding:
        mood = _clamp(mood + LET_DOWN * len(session.outstanding))
        customer = f"{customer} {_said_to(session, scenario, 'held_to_promise', session.outstanding)}"
    note, lesson = note_for(analysis, reading, scenario)
    turn = Turn(
        agent=text,
        customer=customer,
        reaction=reading.reaction,
        score=0 if reading.reaction == "confused" else analysis.score,
        dimensions=analysis.dimension_values() or dict.fromkeys(DIMENSIONS, 0.0),  # the customer couldn't read it
        rules=analysis.rules,
        note=note,
        mood=mood,
        lesson=lesson,
    )
    session = replace(session, mood=mood, turns=(*session.turns, turn), status=outcome or ACTIVE)
    summary = summarize(session, scenario) if outcome else None
    return Step(session, note, turn, customer, summary)


def hint(session: Session, scenario: Scenario) -> tuple[Session, str]:
    """A pointer for the next reply (never a reply to copy), counted in the summary."""
    _require_active(session, scenario)
    last = session.turns[-1] if session.turns else None
    text = hint_for(scenario, last, session.hints)
    return replace(session, hints=session.hints + 1), text


def end(session: Session, scenario: Scenario) -> Step:
    """The agent stops the session; after a boundary with an abusive customer that is the right call."""
    _require_active(session, scenario)
    held = any(t.reaction == "boundary_held" for t in session.turns)
    outcome = "boundary" if scenario.agent_may_end and held else "ended"
    customer = _pick(scenario.endings["boundary"], session, outcome) if outcome == "boundary" else None
    mood = session.mood
    if session.outstanding:
        mood = _clamp(mood + LET_DOWN * len(session.outstanding))
        customer = " ".join(filter(None, (customer, _said_to(session, scenario, "held_to_promise", session.outstanding))))
    session = replace(session, status=outcome, mood=mood)
    summary = summarize(session, scenario)
    return Step(session, summary.headline, None, customer, summary)


def expire(session: Session) -> Session:
    return replace(session, status="expired")


def summarize(session: Session, scenario: Scenario) -> Summary:
    turns = session.turns
    outcome = session.status if not session.active else "ended"
    if not turns:
        return Summary(
            scenario.id, scenario.title, outcome, 0, None, {}, None, None, None, session.mood_curve,
            DIMENSION_LESSONS["acknowledge"], "No replies were scored; start with how the customer feels.",
            session.hints,
        )
    dimensions = {name: round(sum(t.dimensions[name] for t in turns) / len(turns), 3) for name in DIMENSIONS}
    best_at = max(range(len(turns)), key=lambda i: (turns[i].score, -i))
    weakest_at = min(range(len(turns)), key=lambda i: (turns[i].score, i))
    weakest = turns[weakest_at]
    # The customer's situation is in their opening; what they said just before is what the reply answered.
    said = scenario.opening + ("\n" + turns[weakest_at - 1].customer if weakest_at else "")
    rewrite = better_version(weakest.agent, said, scenario) if weakest.agent else None
    lesson, reason = _next_lesson(turns, dimensions)
    return Summary(
        scenario_id=scenario.id,
        title=scenario.title,
        outcome=outcome,
        turns=len(turns),
        score=round(sum(t.score for t in turns) / len(turns)),
        dimensions=dimensions,
        best=ReplyRef(best_at + 1, turns[best_at].agent, turns[best_at].score),
        weakest=ReplyRef(weakest_at + 1, weakest.agent, weakest.score),
        weakest_rewrite=rewrite if rewrite != weakest.agent else None,
        mood_curve=session.mood_curve,
        lesson=lesson,
        lesson_reason=reason,
        hints=session.hints,
        promises=tuple(_promise_note(says, scenario) for says in session.promised),
    )


def _promise_note(says: str, scenario: Scenario) -> str:
    """What the summary says about an offer the agent shouldn't have made, and what to say instead."""
    because = next((o.because for o in scenario.card.forbidden if o.says == says), "")
    alternative = scenario.may_offer[0].rstrip(".")
    return (f"You promised {says}, which you may not offer ({because}). Say no kindly, with the reason in a "
            f"sentence, and offer what you can: {alternative[0].lower()}{alternative[1:]}.")


def _next_lesson(turns: tuple[Turn, ...], dimensions: dict[str, float]) -> tuple[str, str]:
    """The lesson behind the session's most serious problem (the most frequent among equals), or, with no
    problems at all, the lesson for its weakest dimension."""
    severity: dict[str, int] = {}
    count: Counter[str] = Counter()
    for turn in turns:
        found = {RULES[rule].lesson: SEVERITY_WEIGHT[RULES[rule].severity] for rule in turn.rules}
        if turn.lesson:
            weight = INSULT_WEIGHT if turn.reaction == "insulted" else SEVERITY_WEIGHT["medium"]
            found[turn.lesson] = max(found.get(turn.lesson, 0), weight)
        for lesson, weight in found.items():
            severity[lesson] = max(severity.get(lesson, 0), weight)
            count[lesson] += 1
    if severity:
        lesson = max(severity, key=lambda name: (severity[name], count[name]))
        if len(turns) == 1:
            return lesson, "It was the main problem in your reply."
        return lesson, f"It came up in {count[lesson]} of your {len(turns)} replies."
    weakest = min(dimensions, key=dimensions.__getitem__)
    return DIMENSION_LESSONS[weakest], f"{weakest.capitalize()} was your lowest score ({dimensions[weakest]:.2f})."


def _outcome(session: Session, reaction: str, mood: float, number: int) -> str | None:
    settled = any(t.reaction in GAVE_NEXT_STEP for t in session.turns) or reaction in GAVE_NEXT_STEP
    if reaction in CALMING and mood <= SATISFIED_AT and settled and number >= MIN_TURNS_TO_SETTLE:
        return "satisfied"
    if reaction not in CALMING and mood >= FURIOUS and session.mood >= FURIOUS:
        return "walked_away"
    if number >= session.turn_limit:
        return "turn_limit"
    return None


def _customer_line(
    session: Session, scenario: Scenario, reading: Reading, mood: float, outcome: str | None, found: Boundaries
) -> str:
    if outcome in ("satisfied", "walked_away"):
        return _pick(scenario.endings[outcome], session, outcome)
    line = _reaction_line(session, scenario, reading.reaction, mood)
    if reading.reaction == "promised":
        line = line.replace("{offer}", found.crossed[0].says)
        line = line[0].upper() + line[1:]
    elif reading.reaction == "corrected":
        line = line.replace("{correction}", found.corrections[0])
    if outcome == "turn_limit":
        return f"{line} {_pick(scenario.endings['turn_limit'], session, outcome)}"
    return line


def _conversation(session: Session, scenario: Scenario) -> str:
    """Everything said so far, whose numbers the agent may repeat."""
    return "\n".join((scenario.opening, *(line for t in session.turns for line in (t.agent, t.customer))))


def _said_to(session: Session, scenario: Scenario, ending: str, promised: tuple[str, ...]) -> str:
    """What the customer says about promises they shouldn't have had: a reminder when the session ends
    (``held_to_promise``), or an objection when the agent says no to one (``taken_back``)."""
    line = _pick(scenario.endings[ending], session, ending).replace("{offer}", " and ".join(promised))
    return line[0].upper() + line[1:]


def _reaction_line(session: Session, scenario: Scenario, reaction: str, mood: float) -> str:
    """A line for this reaction in the customer's new mood that the session hasn't used yet.

    The scenario's own lines come first, nearest mood band first, then the shared
    ones; loading checks there are more lines than turns, so the last resort
    (repeating one) is only for a scenario edited mid-session.
    """
    said = {t.customer for t in session.turns}
    here = BANDS.index(band(mood))
    nearest = sorted(BANDS, key=lambda b: abs(BANDS.index(b) - here))
    for source in (scenario.lines, scenario.fallback):
        bands = source.get(reaction, {})
        for candidate in nearest:
            fresh = tuple(line for line in bands.get(candidate, ()) if line not in said)
            if fresh:
                return _pick(fresh, session, reaction)
    everything = tuple(
        line
        for source in (scenario.lines, scenario.fallback)
        for b in BANDS
        for line in source.get(reaction, {}).get(b, ())
    )
    return _pick(everything, session, reaction)


def _pick(options: tuple[str, ...], session: Session, salt: str) -> str:
    seed = f"{session.scenario_id}:{len(session.turns)}:{salt}".encode()
    return options[zlib.crc32(seed) % len(options)]


def _require_active(session: Session, scenario: Scenario) -> None:
    if session.scenario_id != scenario.id:
        raise ValueError(f"this session is for {session.scenario_id!r}, not {scenario.id!r}")
    if not session.active:
        raise SessionOver(f"This practice session has finished ({OUTCOMES[session.status]}) Start a new one.")


def _clamp(mood: float) -> float:
    return round(min(FURIOUS, max(0.0, mood)), 3)
