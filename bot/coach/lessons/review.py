"""Spaced repetition for missed quiz questions, after SM-2.

Only questions an agent got wrong are scheduled: the point is to come back to
what didn't stick, not to drill what did. A miss brings the question back the
next day; each right answer after that pushes it further out (1 day, 6 days,
then the interval times an ease factor), and after ``GRADUATE_AFTER`` right
answers in a row it leaves the schedule. Each miss makes the question "harder"
(a lower ease), so it returns more often.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta

START_EASE = 2.5
MIN_EASE = 1.3
EASE_PENALTY = 0.2
FIRST_INTERVAL_DAYS = 1
SECOND_INTERVAL_DAYS = 6
GRADUATE_AFTER = 3
"""With the starting ease that is three right answers spread over about three weeks."""


@dataclass(frozen=True, slots=True)
class Review:
    lesson_id: str
    question_id: str
    repetitions: int
    """Right answers in a row since the last miss."""
    interval_days: int
    ease: float
    due_on: date
    missed_on: date
    """The last day it was answered wrongly; the lesson message mentions it."""


def after_answer(
    review: Review | None, lesson_id: str, question_id: str, correct: bool, today: date
) -> Review | None:
    """The question's schedule after one answer; ``None`` means it is not (or no longer) up for review."""
    if review is None:
        if correct:
            return None
        return Review(lesson_id, question_id, 0, FIRST_INTERVAL_DAYS, START_EASE,
                      today + timedelta(days=FIRST_INTERVAL_DAYS), today)
    if not correct:
        ease = max(MIN_EASE, round(review.ease - EASE_PENALTY, 2))
        return replace(review, repetitions=0, interval_days=FIRST_INTERVAL_DAYS, ease=ease,
                       due_on=today + timedelta(days=FIRST_INTERVAL_DAYS), missed_on=today)
    repetitions = review.repetitions + 1
    if repetitions >= GRADUATE_AFTER:
        return None
    interval = SECOND_INTERVAL_DAYS if repetitions == 1 else max(
        review.interval_days + 1, round(review.interval_days * review.ease)
    )
    return replace(review, repetitions=repetitions, interval_days=interval,
                   due_on=today + timedelta(days=interval))
