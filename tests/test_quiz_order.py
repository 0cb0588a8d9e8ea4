"""Quiz options are shown in an order of their own for each delivery, and answers are known by option id."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.coach.lessons.curriculum import Curriculum, Option, Question, shuffled_options

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
