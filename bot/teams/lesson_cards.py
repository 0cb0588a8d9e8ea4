"""The daily lesson as an Adaptive Card: pure functions from a ``LessonMessage`` (and the answers so far).

The same builder draws the lesson when it is sent and again each time a quiz
button is pressed, from what the store holds, so the card always shows the
answers that count (the first one per question) whatever order presses arrive in.
Example replies are quoted verbatim, like an agent's own words on a result card.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from bot.coach.lessons.curriculum import OPTION_LETTERS, TRACK_TITLES
from bot.teams.cards import card, quoted, submit, text, verbatim

if TYPE_CHECKING:
    from bot.coach.lessons.curriculum import Lesson, Option, Question
    from bot.services.lessons import LessonMessage


def lesson_summary(message: LessonMessage) -> str:
    """The notification line Teams shows for the card."""
    late = " (sent late today)" if message.late else ""
    return f"Today's one-minute lesson{late}: {message.lesson.title}"


def lesson_card(
    message: LessonMessage, answers: Mapping[str, str] | None = None, *, done: bool = False, note: str | None = None
) -> dict:
    """The lesson, its quiz, and for each answered question the option picked and why it is right or not.

    Options appear in the delivery's own order (``LessonMessage.options``), the same at every redraw;
    ``answers`` maps question ids to the id of the option that counts.

    ``note`` is the latest thing to tell the agent ("Lesson done: that's 4 lesson days in a row."), drawn
    at the bottom, where they are looking after pressing a button.
    """
    answers = answers or {}
    lesson = message.lesson
    body = [text("Today's one-minute lesson", isSubtle=True, spacing="None"),
            text(lesson.title, size="Large", weight="Bolder", spacing="None")]
    if message.late:
        body.append(text("⏳ **Sent late:** the coach couldn't send it at your usual time today, so here it is now.",
                         color="Warning"))
    track = TRACK_TITLES.get(lesson.track, lesson.track)
    body.append(text(f"🎯 **Why this one:** {message.reason} · {track}", isSubtle=True))
    body.append(text(lesson.idea))
    body += _examples(lesson)
    body.append(text(f"👉 **Try today:** {lesson.try_today}", spacing="Medium"))
    questions = message.questions
    for number, question in enumerate(questions, start=1):
        body += _question(message, question, number, len(questions), answers.get(question.id))
    if done:
        body.append(text("✅ **Lesson done.** See you at your next lesson.", separator=True, spacing="Medium"))
    if note:
        body.append(text(note, weight="Bolder", spacing="Medium"))
    actions = None if done else [submit("Done for today", {"action": "lesson_done",
                                                            "delivery_id": message.delivery_id})]
    content = card(body, actions)
    content["fallbackText"] = lesson_summary(message)
    return content


def _examples(lesson: Lesson) -> list[dict]:
    blocks = []
    if lesson.situation:
        blocks += [text(f"**{lesson.writer} writes:**", spacing="Medium"), _quote(lesson.situation)]
    blocks += [text("❌ **Instead of:**", spacing="Medium"), _quote(lesson.bad_example),
               text("✅ **Try:**", spacing="Medium"), _quote(lesson.better_example)]
    return blocks


def _quote(words: str) -> dict:
    return quoted(words.strip(), spacing="Small")


def _question(message: LessonMessage, question: Question, number: int, count: int, picked: str | None) -> list[dict]:
    label = f"Quiz {number} of {count}" if count > 1 else "Quiz"
    blocks = [text(f"**{label}:** {question.prompt}", separator=True, spacing="Medium")]
    shown = message.options(question)
    letters = {option.id: OPTION_LETTERS[index] for index, option in enumerate(shown)}
    chosen = question.option(picked) if picked is not None else None
    for option in shown:
        mark = _mark(option, chosen) + " " if chosen is not None else ""
        blocks.append(verbatim(f"{mark}{letters[option.id]}. {option.text}"))
    if chosen is not None:
        verdict = "Right." if chosen.correct else f"Not quite: the answer is {letters[question.answer_id]}."
        blocks.append(text(f"You chose {letters[chosen.id]}. **{verdict}** {chosen.feedback}",
                           color="Good" if chosen.correct else "Attention"))
    else:
        blocks.append({"type": "ActionSet", "actions": [
            submit(letters[option.id], {"action": "quiz", "delivery_id": message.delivery_id,
                                        "question_id": question.id, "option_id": option.id})
            for option in shown
        ]})
    return blocks


def _mark(option: Option, chosen: Option) -> str:
    if option.correct:
        return "✅"
    return "❌" if option is chosen else "▫️"
