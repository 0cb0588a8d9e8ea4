"""Adaptive Cards for practice sessions: the scenario picker, the briefing, each turn, the summary.

Pure functions of what ``bot.services.practice.Practice`` returns. The customer's
lines and the agent's replies are shown verbatim; the coach's notes are ours.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.coach.practice.scenarios import DIFFICULTIES
from bot.coach.practice.session import mood_change, reply_count
from bot.coach.text import as_sentence, in_one_sentence
from bot.teams.cards import (
    card,
    dimension_facts,
    heading,
    quoted,
    score_colour,
    shorten,
    submit,
    text,
    verbatim,
)

if TYPE_CHECKING:
    from bot.coach.practice.scenarios import Scenario
    from bot.coach.practice.session import Summary, Turn
    from bot.services.practice import PracticeUpdate

DIFFICULTY_LABELS = {"gentle": "🟢 Gentle", "moderate": "🟠 Moderate", "hard": "🔴 Hard"}
MAX_PERSONA_CHARS = 140
"""Enough to tell the customers apart in the picker; the briefing shows the whole persona."""
HOW_TO = ("Reply as the agent, the way you would write to a real customer. Type **hint** for a pointer, **end** to "
          "finish.")


def picker_card(scenarios: tuple[Scenario, ...]) -> dict:
    body = [
        text("Practice with a simulated customer", size="Medium", weight="Bolder"),
        text("Pick a customer. They react to how you write: acknowledged and given a clear next step, they calm "
             "down; blamed or stonewalled, they escalate. Each reply is scored, and you get a summary at the end.",
             isSubtle=True),
    ]
    for difficulty in DIFFICULTIES:
        group = [scenario for scenario in scenarios if scenario.difficulty == difficulty]
        if group:
            body.append(heading(DIFFICULTY_LABELS[difficulty]))
            body += [_choice(scenario) for scenario in group]
    return card(body)


def _choice(scenario: Scenario) -> dict:
    about = {"type": "Column", "width": "stretch", "items": [
        text(f"**{scenario.title}**", spacing="None"),
        text(f"{scenario.customer}, starts {scenario.mood}: {shorten(scenario.persona, MAX_PERSONA_CHARS)}",
             isSubtle=True, spacing="None"),
    ]}
    start = {"type": "Column", "width": "auto", "verticalContentAlignment": "Center", "items": [
        {"type": "ActionSet", "actions": [submit("Start", {"action": "practice", "scenario": scenario.id})]},
    ]}
    return {"type": "ColumnSet", "columns": [about, start], "spacing": "Small"}


def briefing_card(update: PracticeUpdate) -> dict:
    """The start of a session: who the customer is, what the agent may offer, and the customer's first message."""
    scenario = update.scenario
    body = [
        text(f"Practice: {scenario.title}", size="Medium", weight="Bolder"),
        text(f"{DIFFICULTY_LABELS[scenario.difficulty]} · starts {scenario.mood} · up to {scenario.turn_limit} "
             "replies", isSubtle=True, spacing="None"),
        text(scenario.persona),
        text("**Facts:** " + " ".join(as_sentence(fact) for fact in scenario.facts)),
        text(f"**You may offer:** {in_one_sentence(scenario.may_offer)}"),
    ]
    if scenario.may_not_offer:
        body.append(text(f"**You may not offer:** {in_one_sentence(scenario.may_not_offer)}"))
    if scenario.conduct:
        body.append(text("**How the chat must go:** " + " ".join(as_sentence(c) for c in scenario.conduct)))
    if scenario.agent_may_end:
        body.append(text("If the customer becomes abusive, you may set a boundary and end the chat.", isSubtle=True))
    body.append(text(HOW_TO, isSubtle=True))
    body += _customer(scenario, update.customer or scenario.opening)
    return card(body, _session_actions())


def update_card(update: PracticeUpdate, lesson_title: str | None = None) -> dict:
    """What follows one message of the agent's: the coach's note on it and the customer's answer, a hint, or
    the end of the session with its summary. ``lesson_title`` names the summary's next lesson."""
    body: list[dict] = []
    if update.resumed:
        body.append(text(f"You're in the middle of practice: **{update.scenario.title}**. Reply to carry on, or "
                         "type **end** to finish it."))
    turn = _scored(update)
    if turn is not None:
        body += _coach_note(turn, update.session.mood_curve[-2])
    elif update.note and update.summary is None:
        body.append(text(f"💡 {update.note}" if update.session.active else update.note))
    if update.customer:
        body += _customer(update.scenario, update.customer)
    if update.summary is not None:
        body += summary_blocks(update.summary, lesson_title)
    return card(body, _session_actions() if update.session.active else None)


def _scored(update: PracticeUpdate) -> Turn | None:
    """The turn this update scored, if it scored one (a hint, an empty reply or an ``end`` scores none)."""
    turns = update.session.turns
    if update.resumed or not turns or update.note is None:
        return None
    last = turns[-1]
    return last if (last.note, last.customer) == (update.note, update.customer) else None


def _coach_note(turn: Turn, mood_before: float) -> list[dict]:
    return [
        text(f"**Coach** ({turn.score}/100): {turn.note}", color=score_colour(turn.score)),
        text(f"Mood {mood_before:.2f} → {turn.mood:.2f} ({mood_change(mood_before, turn.mood)})", isSubtle=True,
             spacing="None"),
    ]


def _customer(scenario: Scenario, line: str) -> list[dict]:
    return [
        text(f"**{scenario.customer}** (the customer):", spacing="Medium"),
        quoted(line, spacing="Small"),
    ]


def _session_actions() -> list[dict]:
    return [submit("Hint", {"action": "practice_hint"}), submit("End the session", {"action": "practice_end"})]


def summary_blocks(summary: Summary, lesson_title: str | None) -> list[dict]:
    blocks = [heading(f"Summary: {summary.headline}")]
    if summary.score is None:
        blocks.append(text("No replies were scored."))
    else:
        replies = reply_count(summary.turns)
        hints = "" if not summary.hints else f", {summary.hints} hint{'s' if summary.hints > 1 else ''}"
        blocks.append(text(f"Score {summary.score}/100 over {replies}{hints}", size="Large", weight="Bolder",
                           color=score_colour(summary.score)))
        blocks.append({"type": "FactSet", "facts": dimension_facts(summary.dimensions)})
    curve = " → ".join(f"{mood:.2f}" for mood in summary.mood_curve)
    blocks.append(text(f"**Customer's mood** (0 calm, 1 furious): {curve}"))
    if summary.best is not None and summary.weakest is not None and summary.best.text:
        blocks.append(text(f"**Best reply** (#{summary.best.turn}, {summary.best.score}/100):", spacing="Medium"))
        blocks.append(verbatim(summary.best.text, italic=True))
        if summary.weakest.turn != summary.best.turn:
            blocks.append(text(f"**Weakest reply** (#{summary.weakest.turn}, {summary.weakest.score}/100):",
                               spacing="Medium"))
            blocks.append(verbatim(summary.weakest.text, italic=True))
        if summary.weakest_rewrite:
            blocks.append(text("**A better version:**", spacing="Small"))
            blocks.append(quoted(summary.weakest_rewrite))
    blocks += [text(f"⚠️ {promise}", color="Attention", spacing="Medium") for promise in summary.promises]
    lesson = f"{lesson_title} ({summary.lesson})" if lesson_title else summary.lesson
    blocks.append(text(f"📘 **Next lesson:** {lesson}. {summary.lesson_reason}", spacing="Medium"))
    blocks.append(text("Type **practice** to go again.", isSubtle=True))
    return blocks
