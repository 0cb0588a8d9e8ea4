"""Block Kit for practice sessions in the agent's DM: the picker, the briefing, each turn, the summary.

Pure functions, like ``blocks``: the customer's lines and the agent's replies are
escaped (a reply holding ``<!channel>`` is shown, never acted on) and clipped to
Slack's limits.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from bot.coach.practice.session import band, mood_change, reply_count
from bot.slack.blocks import (
    COMMAND,
    Block,
    actions,
    button,
    clip,
    context,
    copyable,
    dimension_bars,
    divider,
    escape,
    plain,
    section,
    sections,
)
from bot.slack.check_blocks import WHY

if TYPE_CHECKING:
    from bot.coach.practice.scenarios import Scenario
    from bot.coach.practice.session import Summary, Turn

PRACTICE_START = "practice_start"
"""The picker's buttons (the value is a scenario id) and "Practise another" (no value: show the picker)."""

DIFFICULTY_MARKS = {"gentle": ":large_green_circle:", "moderate": ":large_yellow_circle:", "hard": ":red_circle:"}
MOOD_FACES = {"calm": ":slightly_smiling_face:", "frustrated": ":unamused:", "angry": ":rage:"}
MAX_REPLY_QUOTE = 600
HOW_TO_REPLY = "Reply here as the agent. Type *hint* for a pointer (never a reply to copy) or *end* to finish."


def picker_text() -> str:
    return "Choose a customer to practise with."


def picker_blocks(scenarios: tuple[Scenario, ...]) -> list[Block]:
    """One row per scenario, easiest first, each with its own Start button."""
    rows = [
        {**section(f"*{escape(scenario.title)}*\n{_difficulty(scenario.difficulty)} · "
                   f"{escape(scenario.customer)}, {MOOD_FACES[scenario.mood]} {scenario.mood} · "
                   f"up to {scenario.turn_limit} replies"),
         "accessory": button("Start", PRACTICE_START, scenario.id)}
        for scenario in scenarios
    ]
    return [
        section("*Practise with a simulated customer.* They react to how you write: acknowledged and given a "
                "clear next step, they calm down; blamed or brushed off, they get angrier. Choose one:"),
        *rows,
        context(f"Or type `{COMMAND} practice <id>`, e.g. `{COMMAND} practice {scenarios[0].id}`."),
    ]


def chosen_blocks(scenario: Scenario) -> list[Block]:
    """What the picker turns into once a customer is chosen, so its buttons can't start a second session."""
    return [section(f"You chose *{escape(scenario.title)}* ({_difficulty(scenario.difficulty)}).")]


def briefing_text(scenario: Scenario, opening: str) -> str:
    return f"Practice: {scenario.title}. {scenario.customer}: {opening}"


def briefing_blocks(scenario: Scenario, opening: str) -> list[Block]:
    """Who the customer is and what the agent may offer, then the customer's first message."""
    facts = "\n".join(f"• {escape(fact)}" for fact in scenario.facts)
    offer = "\n".join(f"• {escape(item)}" for item in scenario.may_offer)
    lines = [f"*Practice: {escape(scenario.title)}*  {_difficulty(scenario.difficulty)} · starts "
             f"{scenario.mood} · up to {scenario.turn_limit} replies", escape(scenario.persona),
             f"*What happened*\n{facts}", f"*You may offer*\n{offer}"]
    if scenario.may_not_offer:
        lines.append("*You may not offer*\n" + "\n".join(f"• {escape(item)}" for item in scenario.may_not_offer))
    if scenario.conduct:
        lines.append("*How the chat must go*\n" + "\n".join(f"• {escape(item)}" for item in scenario.conduct))
    ending = " You may set a boundary and end the chat if it turns abusive." if scenario.agent_may_end else ""
    return [
        *sections("\n\n".join(lines)),
        context(HOW_TO_REPLY + ending),
        divider(),
        *customer_blocks(scenario, opening),
    ]


def customer_text(scenario: Scenario, line: str) -> str:
    return f"{scenario.customer}: {line}"


def customer_blocks(scenario: Scenario, line: str) -> list[Block]:
    return sections(f":speech_balloon: *{escape(scenario.customer)}:* {escape(line)}")


def turn_blocks(scenario: Scenario, turn: Turn, previous_mood: float) -> list[Block]:
    """The customer's answer, then the coach's one-line note on the reply and how the customer's mood moved."""
    return [
        *customer_blocks(scenario, turn.customer),
        context(f":memo: *Coach* ({turn.score}/100): {escape(turn.note)}"),
        context(f"Mood {_mood(previous_mood)} → {_mood(turn.mood)} ({mood_change(previous_mood, turn.mood)})"),
    ]


def note_blocks(label: str, note: str) -> list[Block]:
    return [section(f":bulb: *{escape(label)}:* {escape(note)}")]


def resumed_blocks(scenario: Scenario, replies: int, line: str) -> list[Block]:
    """Where a running session stands, for an agent who asked to start another."""
    return [
        context(f"Your practice on *{escape(scenario.title)}* is still running ({reply_count(replies)} so far). "
                f"{HOW_TO_REPLY}"),
        *customer_blocks(scenario, line),
    ]


def summary_text(summary: Summary) -> str:
    score = "no replies scored" if summary.score is None else f"score {summary.score}/100"
    return f"Practice summary: {summary.headline} ({score})"


def summary_blocks(summary: Summary, lesson_title: str | None) -> list[Block]:
    """Scores per dimension, best and weakest reply with a better version of the weakest, the mood curve, and
    the lesson to take next, with a button that opens it."""
    blocks: list[Block] = [{"type": "header", "text": plain(f"Practice summary: {summary.title}", 150)}]
    if summary.score is None:
        blocks.append(section(f"{escape(summary.headline)} No replies were scored."))
    else:
        replies = reply_count(summary.turns)
        hints = "" if not summary.hints else f", {summary.hints} hint{'s' if summary.hints > 1 else ''}"
        blocks.append(section(f"{escape(summary.headline)} Score *{summary.score}/100* over {replies}{hints}."))
        blocks.append(section(dimension_bars(summary.dimensions)))
    curve = " → ".join(_mood(mood) for mood in summary.mood_curve)
    blocks.append(section(f"*The customer's mood* (0 calm, 1 furious)\n{curve}"))
    if summary.best is not None and summary.weakest is not None:
        blocks.append(section(f"*Best reply* (#{summary.best.turn}, {summary.best.score}/100)"
                              f"{_quoted(summary.best.text)}"))
        blocks.append(section(f"*Weakest reply* (#{summary.weakest.turn}, {summary.weakest.score}/100)"
                              f"{_quoted(summary.weakest.text)}"))
        if summary.weakest_rewrite:
            blocks.append(section("*A better version of it* (copy it from the box below)"))
            blocks += copyable(summary.weakest_rewrite)
    blocks += [section(f":warning: {escape(promise)}") for promise in summary.promises]
    lesson = escape(lesson_title) if lesson_title else f"`{escape(summary.lesson)}`"
    blocks.append({**section(f"*Next lesson:* {lesson}\n{escape(summary.lesson_reason)}"),
                   "accessory": button("Read it", WHY, lesson_value(summary, lesson_title))})
    blocks.append(actions(button("Practise another", PRACTICE_START, style="primary")))
    return blocks


def lesson_value(summary: Summary, lesson_title: str | None) -> str:
    """The shape "Why?" reads, so the same listener opens the lesson (or, without it, the reason it was chosen)."""
    return json.dumps({"check": 0, "rule": "", "lesson": summary.lesson,
                       "message": clip(lesson_title or summary.lesson, 500), "why": clip(summary.lesson_reason, 900)})


def pointer_text(link: str | None) -> str:
    where = f"<{link}|your direct messages with me>" if link else "your direct messages with me (my *Messages* tab)"
    return f"Practice happens in {where}, so the customer's messages don't land here: I've posted it there."


def _difficulty(difficulty: str) -> str:
    return f"{DIFFICULTY_MARKS.get(difficulty, '')} {difficulty}".strip()


def _mood(mood: float) -> str:
    return f"{MOOD_FACES[band(mood)]} {mood:.2f}"


def _quoted(text: str) -> str:
    """An agent's reply as a quote; its text is gone once the session ends unless the store keeps text."""
    text = " ".join(text.split())
    return f"\n> {escape(clip(text, MAX_REPLY_QUOTE))}" if text else ""
