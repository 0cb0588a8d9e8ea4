"""Quiz options are shown in an order of their own for each delivery, in Slack, Teams and the terminal, and
answers are known by option id."""

from __future__ import annotations

import asyncio
from collections import Counter
from dataclasses import replace
from datetime import UTC, date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.cli import main
from bot.cli.lesson_view import render_lesson
from bot.coach.lessons.curriculum import OPTION_LETTERS, Curriculum, Option, Question, shuffled_options
from bot.services.lessons import LessonMessage, answer_quiz, deliver_due
from bot.slack.blocks import escape
from bot.slack.lesson_blocks import lesson_blocks
from bot.store import Store
from bot.teams.lesson_cards import lesson_card
from tests.fake_bot_framework import card_text, submits
from tests.fake_slack import blocks_text

CURRICULUM = Curriculum.load()
QUESTIONS = [question for lesson in CURRICULUM.lessons for question in lesson.quiz]


@given(delivery_id=st.integers(min_value=1, max_value=2**63 - 1), question=st.sampled_from(QUESTIONS))
def test_a_delivery_always_shows_the_same_options_in_the_same_order(delivery_id: int, question: Question) -> None:
    shown = shuffled_options(question, delivery_id)
    assert shown == shuffled_options(question, delivery_id), "a redrawn message keeps its buttons where they were"
    assert sorted(shown, key=question.options.index) == list(question.options)
    [right] = [option for option in shown if option.correct]
    assert right.id == question.answer_id and question.option(right.id) is right


@pytest.mark.parametrize("question", [q for q in QUESTIONS if len(q.options) == 4][:3], ids=lambda q: q.id)
def test_across_deliveries_the_right_answer_lands_in_every_position(question: Question) -> None:
    deliveries = range(1, 2001)
    positions = Counter(
        next(i for i, option in enumerate(shuffled_options(question, d)) if option.id == question.answer_id)
        for d in deliveries
    )
    assert set(positions) == {0, 1, 2, 3}
    assert all(400 <= count <= 600 for count in positions.values()), positions  # 500 each on average


def test_different_questions_in_the_same_delivery_are_shuffled_independently() -> None:
    question = QUESTIONS[0]
    twin = replace(question, id=question.id + "-twin")
    orders = {tuple(o.id for o in shuffled_options(q, d)) for d in range(1, 50) for q in (question, twin)}
    same = sum(shuffled_options(question, d) == shuffled_options(twin, d) for d in range(1, 50))
    assert len(orders) > 1 and same < 25


def test_adding_an_option_keeps_the_others_in_the_same_relative_order() -> None:
    question = next(q for q in QUESTIONS if len(q.options) == 3)
    extended = replace(question, options=(*question.options, Option("added-later", "A new option.", False, "Why.")))
    for delivery in range(1, 30):
        before = [option.id for option in shuffled_options(question, delivery)]
        after = [option.id for option in shuffled_options(extended, delivery) if option.id != "added-later"]
        assert after == before


# Every front end shows a delivery's own order, and records the option pressed by id ---------------------------

LESSON = CURRICULUM.get("open-questions")


def delivered(delivery_id: int) -> LessonMessage:
    return LessonMessage(delivery_id, "slack:T1:U1", LESSON, "Next in your track.", date(2025, 3, 10), late=False)


def slack_order(message: LessonMessage, answers: dict[str, str] | None = None) -> list[str]:
    """Option texts of the first question, top to bottom, as the Slack message shows them."""
    drawn = blocks_text(lesson_blocks(message, answers))
    return sorted((o.text for o in LESSON.quiz[0].options), key=lambda text: drawn.index(escape(text)))


def teams_order(message: LessonMessage, answers: dict[str, str] | None = None) -> list[str]:
    drawn = card_text(lesson_card(message, answers))
    return sorted((o.text for o in LESSON.quiz[0].options), key=drawn.index)


@pytest.mark.parametrize("draw", [slack_order, teams_order], ids=["slack", "teams"])
def test_each_delivery_shows_its_own_order_and_keeps_it_when_redrawn(draw) -> None:
    question = LESSON.quiz[0]
    orders = {delivery: draw(delivered(delivery)) for delivery in range(1, 41)}
    assert len(set(map(tuple, orders.values()))) > 3, "deliveries don't all share one order"
    right = question.options[question.answer].text
    assert len({order.index(right) for order in orders.values()}) == len(question.options)
    for delivery in (1, 2, 3):
        expected = [option.text for option in shuffled_options(question, delivery)]
        assert orders[delivery] == expected
        wrong = next(option for option in question.options if not option.correct)
        assert draw(delivered(delivery), {question.id: wrong.id}) == expected, "an answer doesn't reorder"


def test_slack_and_teams_buttons_carry_the_option_id_under_the_letter_shown() -> None:
    message = delivered(7)
    question = LESSON.quiz[0]
    shown = shuffled_options(question, 7)
    slack = [block["accessory"] for block in lesson_blocks(message)
             if block.get("accessory", {}).get("value", "").startswith(f"7:{question.id}:")]
    assert [(b["text"]["text"], b["value"]) for b in slack] == [
        (f"Choose {OPTION_LETTERS[i]}", f"7:{question.id}:{option.id}") for i, option in enumerate(shown)
    ]
    teams = [d for d in submits(lesson_card(message)) if d.get("question_id") == question.id]
    assert [d["option_id"] for d in teams] == [option.id for option in shown]


def test_the_answer_recorded_is_the_option_pressed_wherever_it_was_shown(memory_store: Store) -> None:
    memory_store.ensure_user("slack:T1:U1", "slack", timezone="UTC")
    now = datetime(2025, 3, 10, 9, 31, tzinfo=UTC)
    sent: list[LessonMessage] = []

    async def keep(message: LessonMessage) -> None:
        sent.append(message)

    asyncio.run(deliver_due(memory_store, now, {"slack": keep}, curriculum=CURRICULUM))
    [message] = sent
    question = message.questions[0]
    last_shown = message.options(question)[-1]  # the bottom button, whichever option landed there
    reply = answer_quiz(memory_store, CURRICULUM, "slack:T1:U1", message.delivery_id, question.id, last_shown.id)
    assert reply.correct is last_shown.correct and reply.feedback == last_shown.feedback
    assert memory_store.quiz_answers(message.delivery_id) == {question.id: last_shown.id}


def test_the_terminal_shows_each_reading_in_an_order_of_its_own(capsys: pytest.CaptureFixture[str]) -> None:
    question = LESSON.quiz[0]
    orders = set()
    for _ in range(12):
        assert main(["lesson", LESSON.id]) == 0
        out = " ".join(capsys.readouterr().out.split())
        orders.add(tuple(sorted((o.text for o in question.options), key=lambda text: out.index(" ".join(text.split())))))
    assert len(orders) > 1, "twelve readings, one order: the options aren't shuffled"
    drawn = render_lesson(LESSON, lambda text, *styles: text, 5)
    flat = " ".join(drawn.split())
    expected = [" ".join(option.text.split()) for option in shuffled_options(question, 5)]
    assert sorted(expected, key=flat.index) == expected
