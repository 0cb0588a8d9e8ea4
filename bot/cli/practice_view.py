"""Plain-text views of a practice session for the terminal: the briefing, each turn, the summary.

They read as a transcript, so a piped run can be saved and shared with a
coach; ``--json`` is what scripts should parse.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.cli.check_view import INDENT, score_colour
from bot.cli.terminal import Style
from bot.coach.practice.session import mood_change, reply_count
from bot.coach.text import as_sentence, bar, in_one_sentence

if TYPE_CHECKING:
    from bot.coach.practice.scenarios import Scenario
    from bot.coach.practice.session import Summary, Turn

BAR_WIDTH = 10
DIFFICULTY_COLOURS = {"gentle": "green", "moderate": "yellow", "hard": "red"}


def render_picker(scenarios: tuple[Scenario, ...], style: Style) -> str:
    width = max(len(s.id) for s in scenarios)
    lines = [style("Choose a customer to practise with:", "bold")]
    for number, scenario in enumerate(scenarios, start=1):
        difficulty = style(f"{scenario.difficulty:<8}", DIFFICULTY_COLOURS[scenario.difficulty])
        lines.append(f"{number:>4}. {scenario.id:<{width}}  {difficulty}  {scenario.mood:<10}  {scenario.title}")
    return "\n".join(lines)


def render_briefing(scenario: Scenario, style: Style) -> str:
    difficulty = style(scenario.difficulty, DIFFICULTY_COLOURS[scenario.difficulty])
    lines = [
        f"{style(scenario.title, 'bold')} ({difficulty}, starts {scenario.mood}, up to {scenario.turn_limit} replies)",
        f"{INDENT}{scenario.persona}",
        f"{INDENT}{style('Facts', 'bold')}: " + " ".join(as_sentence(f) for f in scenario.facts),
        f"{INDENT}{style('You may offer', 'bold')}: {in_one_sentence(scenario.may_offer)}",
    ]
    if scenario.may_not_offer:
        lines.append(f"{INDENT}{style('You may not offer', 'bold')}: {in_one_sentence(scenario.may_not_offer)}")
    if scenario.conduct:
        lines.append(f"{INDENT}{style('How the chat must go', 'bold')}: " + " ".join(as_sentence(c) for c in scenario.conduct))
    ending = " (you may set a boundary and end the chat)" if scenario.agent_may_end else ""
    lines.append(style(f'{INDENT}Reply as the agent. Type "hint" for a pointer, "end" to finish{ending}.', "dim"))
    return "\n".join(lines)


def render_customer(scenario: Scenario, line: str, style: Style) -> str:
    return f"{style(scenario.customer, 'bold')}: {line}"


def render_agent(text: str, style: Style) -> str:
    first, *rest = text.splitlines() or [""]
    return "\n".join([f"{style('You', 'bold')}: {first}", *(f"     {line}" for line in rest)])


def render_turn_note(turn: Turn, previous_mood: float, style: Style) -> str:
    score = style(f"{turn.score}/100", score_colour(turn.score))
    mood = f"Mood {previous_mood:.2f} → {turn.mood:.2f} ({mood_change(previous_mood, turn.mood)})"
    return f"{INDENT}{style('Coach', 'cyan')} ({score}): {turn.note}\n{style(INDENT + mood, 'dim')}"


def render_note(label: str, text: str, style: Style) -> str:
    return f"{INDENT}{style(label, 'cyan')}: {text}"


def render_summary(summary: Summary, style: Style, glyphs: tuple[str, str], lesson_title: str | None) -> str:
    lines = [style("Summary", "bold") + f": {summary.headline}"]
    if summary.score is None:
        lines.append(f"{INDENT}No replies were scored.")
    else:
        score = style(f"{summary.score}/100", "bold", score_colour(summary.score))
        hints = "" if not summary.hints else f", {summary.hints} hint{'s' if summary.hints > 1 else ''}"
        lines.append(f"{INDENT}Score {score} over {reply_count(summary.turns)}{hints}")
        lines.append("")
        width = max(map(len, summary.dimensions))
        lines += [
            f"{INDENT}{name:<{width}}  {style(bar(value, BAR_WIDTH, glyphs), score_colour(value * 100))}  {value:.2f}"
            for name, value in summary.dimensions.items()
        ]
        lines.append("")
    curve = " → ".join(f"{mood:.2f}" for mood in summary.mood_curve)
    lines.append(f"{INDENT}Customer's mood (0 calm, 1 furious): {curve}")
    if summary.best is not None and summary.weakest is not None:
        lines.append(f'{INDENT}Best reply (#{summary.best.turn}, {summary.best.score}/100): "{summary.best.text}"')
        lines.append(
            f'{INDENT}Weakest reply (#{summary.weakest.turn}, {summary.weakest.score}/100): "{summary.weakest.text}"'
        )
        if summary.weakest_rewrite:
            lines.append(f'{INDENT}{INDENT}A better version: "{summary.weakest_rewrite}"')
    lines += [f"{INDENT}{style('Promise', 'bold', 'red')}: {promise}" for promise in summary.promises]
    lesson = f"{lesson_title} ({summary.lesson})" if lesson_title else summary.lesson
    lines.append(f"{INDENT}{style('Next lesson', 'bold')}: {lesson}. {summary.lesson_reason}")
    lines.append(style(f"{INDENT}Read it with: empathy-coach lesson {summary.lesson}", "dim"))
    return "\n".join(lines)
