"""Plain-text views of the curriculum, one lesson, and a delivery plan, for people reading a terminal.

Scripts get ``--json`` from ``empathy-coach lessons`` instead; nothing here is meant to be parsed.
"""

from __future__ import annotations

import textwrap
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from bot.cli.check_view import INDENT
from bot.cli.terminal import Style
from bot.coach.lessons.curriculum import OPTION_LETTERS, TRACK_TITLES, TRACKS, shuffled_options
from bot.coach.text import counted

if TYPE_CHECKING:
    from bot.coach.lessons.curriculum import Curriculum, Lesson
    from bot.services.lessons import Plan

WIDTH = 88


def render_lesson_list(curriculum: Curriculum, style: Style) -> str:
    width = max(len(lesson.id) for lesson in curriculum.lessons)
    lines: list[str] = []
    for track in TRACKS:
        lessons = curriculum.track(track)
        if lines:
            lines.append("")
        lines.append(style(f"{TRACK_TITLES[track]} ({len(lessons)} lessons)", "bold"))
        lines += [f"{INDENT}{lesson.id:<{width}}  {lesson.title}" for lesson in lessons]
    lines += ["", style("Read one with: empathy-coach lesson ID", "dim")]
    return "\n".join(lines)


def render_lesson(lesson: Lesson, style: Style, showing: int) -> str:
    """The whole lesson with every option's verdict: a terminal has no buttons to reveal them one by one.

    ``showing`` orders the options as ``shuffled_options`` orders a delivery's: each showing gets its own
    order, so where the right answer sits teaches nothing.
    """
    lines = [style(lesson.title, "bold"), style(f"{TRACK_TITLES[lesson.track]} · {lesson.id}", "dim"), ""]
    lines += _paragraphs(lesson.idea)
    lines += ["", style(f"{lesson.writer} writes", "bold"), *_paragraphs(f"“{lesson.situation}”", INDENT)]
    lines += ["", style("Instead of", "red"), *_paragraphs(lesson.bad_example, INDENT)]
    lines += ["", style("Try", "green"), *_paragraphs(lesson.better_example, INDENT)]
    lines += ["", style("Try today", "bold"), *_paragraphs(lesson.try_today, INDENT)]
    for number, question in enumerate(lesson.quiz, start=1):
        lines += ["", style(f"Quiz {number}/{len(lesson.quiz)}", "bold"), *_paragraphs(question.prompt, INDENT)]
        for letter, option in zip(OPTION_LETTERS, shuffled_options(question, showing), strict=False):
            lines += _paragraphs(option.text, INDENT * 2, first=f"{letter}. ")
            verdict = "Right" if option.correct else "Wrong"
            lines += _paragraphs(f"{verdict}: {option.feedback}", INDENT * 3, dim=style)
    return "\n".join(lines)


def render_plan(plan: Plan, style: Style) -> str:
    if not plan.due and not plan.unschedulable:
        return "No lessons are due at that time."
    lines = []
    for due in plan.due:
        local = due.slot.scheduled_at.astimezone(ZoneInfo(due.timezone))
        when = f"{local:%a %Y-%m-%d %H:%M} {due.timezone}"
        late = style(" (late)", "yellow") if due.slot.late else ""
        lines.append(f"{style(due.recipient.user_id, 'bold')}  {due.pick.lesson.id}  "
                     f"[{due.pick.kind}, due {when}{late}, {due.recipient.platform}]")
        lines.append(f"{INDENT}{due.pick.reason}")
    for problem in plan.unschedulable:
        lines.append(f"{style(problem.user_id, 'bold')}  {style('not scheduled', 'yellow')}: {problem.reason}")
    count = len(plan.due)
    lines += ["", f"{counted(count, 'lesson')} due; nothing was sent (--dry-run)."]
    return "\n".join(lines)


def _paragraphs(text: str, indent: str = "", *, first: str = "", dim: Style | None = None) -> list[str]:
    lines: list[str] = []
    for number, paragraph in enumerate(text.split("\n\n")):
        if number:
            lines.append("")
        lead = indent + (first if number == 0 else " " * len(first))
        wrapped = textwrap.wrap(paragraph, WIDTH, initial_indent=lead,
                                subsequent_indent=indent + " " * len(first)) or [lead]
        lines += [dim(line, "dim") if dim else line for line in wrapped]
    return lines
