"""The lesson DM's Block Kit: pure functions, checked without Slack."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.coach.lessons.curriculum import OPTION_LETTERS, Curriculum, Lesson
from bot.services.lessons import LessonMessage
from bot.slack.lesson_blocks import (
    LESSON_DONE,
    QUIZ_ANSWER,
    lesson_blocks,
    lesson_text,
    parse_quiz_value,
    quiz_value,
)
from tests.fake_slack import assert_within_limits, blocks_text

CURRICULUM = Curriculum.load()


def message(lesson: Lesson | None = None, **changes: object) -> LessonMessage:
    lesson = lesson or CURRICULUM.get("open-questions")
    base = LessonMessage(42, "slack:T1:U1", lesson, "You've had 3 'no next step' findings this week.",
                         date(2025, 3, 10), late=False)
    return replace(base, **changes)


def buttons(drawn: list[dict]) -> list[dict]:
    return [block["accessory"] for block in drawn if "accessory" in block]


def test_a_lesson_shows_its_title_reason_idea_examples_try_today_and_every_option() -> None:
    shown = message()
    drawn = lesson_blocks(shown)
    text = blocks_text(drawn)
    lesson = shown.lesson
    assert drawn[0] == {"type": "header", "text": {"type": "plain_text", "text": lesson.title, "emoji": True}}
    assert "Why this one:* You've had 3 'no next step' findings this week." in text
    assert "Instead of" in text and "Try today" in text and "Sent late" not in text
    values = [button["value"] for button in buttons(drawn)]
    assert values == [quiz_value(42, q.id, option.id) for q in lesson.quiz for option in shown.options(q)]
    assert [button["text"]["text"] for button in buttons(drawn)][:2] == ["Choose A", "Choose B"]
    assert {button["action_id"] for button in buttons(drawn)} == {QUIZ_ANSWER}
    assert any(element["action_id"] == LESSON_DONE for block in drawn if block["type"] == "actions"
               for element in block["elements"])


def test_a_late_lesson_says_so_in_the_message_and_the_notification() -> None:
    late = message(late=True)
    assert "Sent late" in blocks_text(lesson_blocks(late))
    assert "sent late" in lesson_text(late)


def test_a_review_leads_with_the_question_that_was_missed() -> None:
    lesson = CURRICULUM.get("open-questions")
    missed = lesson.quiz[-1].id
    values = [button["value"] for button in buttons(lesson_blocks(message(review_question=missed)))]
    assert values[0].startswith(f"42:{missed}:")


def test_an_answered_question_shows_the_pick_the_right_answer_and_why_instead_of_buttons() -> None:
    lesson = CURRICULUM.get("open-questions")
    question = lesson.quiz[0]
    wrong = next(option for option in question.options if not option.correct)
    shown = message().options(question)
    drawn = lesson_blocks(message(), {question.id: wrong.id}, note="Keep going.")
    text = blocks_text(drawn)
    assert wrong.feedback in text
    right_letter = OPTION_LETTERS[[option.id for option in shown].index(question.answer_id)]
    wrong_letter = OPTION_LETTERS[shown.index(wrong)]
    assert f"You chose {wrong_letter}. *Not quite: the answer is {right_letter}.*" in text
    assert not [b for b in buttons(drawn) if b["value"].startswith(f"42:{question.id}:")]
    assert drawn[-1]["text"]["text"] == "Keep going."


def test_a_finished_lesson_has_no_done_button() -> None:
    drawn = lesson_blocks(message(), done=True)
    assert not [block for block in drawn if block["type"] == "actions"]
    assert "Lesson done" in blocks_text(drawn)


@pytest.mark.parametrize("lesson", CURRICULUM.lessons, ids=lambda lesson: lesson.id)
def test_every_lesson_fits_slacks_limits(lesson: Lesson) -> None:
    assert_within_limits(lesson_blocks(message(lesson, late=True), note="n"))


def test_slack_control_characters_in_lesson_text_are_escaped() -> None:
    lesson = replace(CURRICULUM.lessons[0], idea="Never write <!channel> & co.", title="T")
    assert "&lt;!channel&gt; &amp; co." in json.dumps(lesson_blocks(message(lesson)))


OPTION_IDS = st.from_regex(r"[a-z][a-z0-9]*(-[a-z0-9]+)*", fullmatch=True)


@given(st.integers(min_value=0, max_value=10**9), st.from_regex(r"[a-z0-9]+(-[a-z0-9]+)*", fullmatch=True),
       OPTION_IDS)
def test_a_quiz_value_reads_back_as_written(delivery_id: int, question_id: str, option_id: str) -> None:
    assert parse_quiz_value(quiz_value(delivery_id, question_id, option_id)) == (delivery_id, question_id, option_id)


def test_a_button_from_before_answers_were_kept_by_id_reads_as_the_options_place_in_the_file() -> None:
    assert parse_quiz_value("42:open-or-closed:2") == (42, "open-or-closed", 2)


@given(st.text(max_size=40) | st.from_regex(r"[0-9²٣]{1,3}:[a-z]{0,3}:[0-9a-z²٣-]{1,4}", fullmatch=True))
def test_any_other_button_value_is_refused_or_read_as_written(value: str) -> None:
    parsed = parse_quiz_value(value)  # never raises, even for digits int() refuses, such as "²"
    if parsed is not None:
        delivery_id, question_id, option = parsed
        first, middle, last = value.split(":")
        assert (delivery_id, question_id, option) == (int(first), middle, int(last) if last.isdigit() else last)
        assert first.isascii() and last.isascii() and not last.startswith("-")


@pytest.mark.parametrize(("lesson_id", "writer"), [("open-questions", "The customer"),
                                                  ("self-care-after-hard-calls", "Your team lead")])
def test_the_message_names_who_wrote_the_example_message(lesson_id: str, writer: str) -> None:
    text = blocks_text(lesson_blocks(message(CURRICULUM.get(lesson_id))))
    assert f"*{writer} writes:*" in text
    assert ("The customer writes" in text) is (writer == "The customer")
