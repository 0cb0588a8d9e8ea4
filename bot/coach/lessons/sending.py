"""What a chat platform must provide to deliver lessons: one async sender, and two ways to say no.

Slack and Teams each implement ``Sender``; the fan-out in ``bot.delivery``
owns scheduling, retries and bookkeeping, so a platform only turns a
``LessonMessage`` into a DM and reports what its API answered.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import date

from bot.coach.lessons.curriculum import Lesson, Question


@dataclass(frozen=True, slots=True)
class LessonMessage:
    """One lesson for one agent. Quiz buttons carry ``delivery_id``, the question id and the option index,
    which is all ``bot.delivery.answer_quiz`` needs to record the answer."""

    delivery_id: int
    user_id: str
    lesson: Lesson
    reason: str
    """Why this lesson today, in one sentence for the agent."""
    local_date: date
    late: bool
    """Sent after its time because the service was down; the message should say so."""
    review_question: str | None = None
    """For a review, the id of the question they missed, to show first."""

    @property
    def questions(self) -> list[Question]:
        """The quiz in the order every platform shows it: a review leads with the question missed last time."""
        return sorted(self.lesson.quiz, key=lambda question: question.id != self.review_question)


Sender = Callable[[LessonMessage], Awaitable[None]]


class RateLimited(Exception):
    """The platform asked us to slow down (HTTP 429); the fan-out waits ``retry_after`` seconds and retries."""

    def __init__(self, retry_after: float, message: str = "") -> None:
        super().__init__(message or f"rate limited; retry after {retry_after:g} s")
        self.retry_after = max(0.0, float(retry_after))


class RecipientGone(Exception):
    """The agent can no longer be reached (deleted from the workspace, app removed); stop sending to them."""
