"""Block Kit for the daily lesson DM: pure functions from a ``LessonMessage`` (and the answers so far) to blocks.

The same builder draws the lesson when it is sent and every time a quiz button
is pressed, from what the store holds, so the message always shows exactly the
answers that count (the first one per question) whatever order the presses
arrived in.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING

from bot.coach.lessons.curriculum import OPTION_LETTERS, TRACK_TITLES
from bot.slack.blocks import Block, actions, button, context, divider, escape, parse_id, plain, section, sections

if TYPE_CHECKING:
    from bot.coach.lessons.curriculum import Lesson, Option, Question
    from bot.services.lessons import LessonMessage

# Action ids; each has exactly one listener in actions.py.
QUIZ_ANSWER = "quiz_answer"
"""Every option's button: each sits alone in its option's section, so one id serves them all."""
LESSON_DONE = "lesson_done"
_OPTION_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
"""How the lesson files spell an option id (``bot.coach.lessons.curriculum`` checks it)."""


def quiz_value(delivery_id: int, question_id: str, option_id: str) -> str:
    """All a press needs travels in the button, so it works after a restart, days later, on any server."""
    return f"{delivery_id}:{question_id}:{option_id}"


def parse_quiz_value(value: str) -> tuple[int, str, str | int] | None:
    """``(delivery id, question id, option id)``, or ``None`` for a value this app didn't write.

    A number in the option's place comes from a lesson sent before answers were kept by id: it is the
    option's position in the lesson file.
    """
    parts = value.split(":")
    if len(parts) != 3 or not parts[1] or not parts[2]:
        return None
    delivery_id, position = parse_id(parts[0]), parse_id(parts[2])
    if delivery_id is None or (position is None and not _OPTION_ID.fullmatch(parts[2])):
        return None
    return delivery_id, parts[1], parts[2] if position is None else position


def lesson_text(message: LessonMessage) -> str:
    """The notification line, and what clients without blocks show."""
    late = " (sent late today)" if message.late else ""
    return f"Today's one-minute lesson{late}: {message.lesson.title}"


def lesson_blocks(
    message: LessonMessage, answers: Mapping[str, str] | None = None, *, done: bool = False, note: str | None = None
) -> list[Block]:
    """The lesson, its quiz, and for each answered question the option picked and why it is right or not.

    Options appear in the delivery's own order (``LessonMessage.options``), the same at every redraw.
    ``answers`` maps question ids to the id of the option that counts; ``note`` is the latest thing to tell the agent
    ("Lesson done. Streak: 4 lesson days in a row."), shown at the bottom where they are looking.
    """
    answers = answers or {}
    lesson = message.lesson
    blocks: list[Block] = [{"type": "header", "text": plain(lesson.title, 150)}]
    if message.late:
        blocks.append(context(":hourglass_flowing_sand: *Sent late:* the coach couldn't send it at your usual "
                              "time today, so here it is now."))
    track = TRACK_TITLES.get(lesson.track, lesson.track)
    blocks.append(context(f":dart: *Why this one:* {escape(message.reason)}  ·  {track}"))
    blocks += sections(escape(lesson.idea))
    blocks += _example_blocks(lesson)
    blocks += sections(f":point_right: *Try today:* {escape(lesson.try_today)}")
    questions = message.questions
    for number, question in enumerate(questions, start=1):
        blocks.append(divider())
        blocks += _question_blocks(message, question, number, len(questions), answers.get(question.id))
    blocks.append(divider())
    if done:
        blocks.append(context(":white_check_mark: *Lesson done.* See you at your next lesson."))
    else:
        blocks.append(actions(button("Done for today", LESSON_DONE, str(message.delivery_id))))
    if note:
        blocks.append(section(escape(note)))
    return blocks


def _example_blocks(lesson: Lesson) -> list[Block]:
    blocks = []
    if lesson.situation:
        blocks += sections(f"*{escape(lesson.writer)} writes:*\n{_quote(lesson.situation)}")
    blocks += sections(f":x: *Instead of:*\n{_quote(lesson.bad_example)}")
    blocks += sections(f":white_check_mark: *Try:*\n{_quote(lesson.better_example)}")
    return blocks


def _question_blocks(
    message: LessonMessage, question: Question, number: int, count: int, picked: str | None
) -> list[Block]:
    label = f"Quiz {number} of {count}" if count > 1 else "Quiz"
    blocks = [section(f"*{label}:* {escape(question.prompt)}")]
    shown = message.options(question)
    letters = {option.id: OPTION_LETTERS[index] for index, option in enumerate(shown)}
    chosen = question.option(picked) if picked is not None else None
    for option in shown:
        letter = letters[option.id]
        if chosen is None:
            block = section(f"*{letter}.* {escape(option.text)}")
            block["accessory"] = button(f"Choose {letter}", QUIZ_ANSWER,
                                        quiz_value(message.delivery_id, question.id, option.id))
        else:
            block = section(f"{_mark(option, chosen)} *{letter}.* {escape(option.text)}")
        blocks.append(block)
    if chosen is not None:
        verdict = "Right." if chosen.correct else f"Not quite: the answer is {letters[question.answer_id]}."
        blocks.append(context(f"You chose {letters[chosen.id]}. *{verdict}* {escape(chosen.feedback)}"))
    return blocks


def _mark(option: Option, chosen: Option) -> str:
    if option.correct:
        return ":white_check_mark:"
    return ":x:" if option is chosen else ":white_small_square:"


def _quote(text: str) -> str:
    return "\n".join(f">{escape(line)}" for line in text.splitlines() or [""])
