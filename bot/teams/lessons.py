"""Daily lessons in Teams: sending one into an agent's personal chat through the conversation reference
saved at install, the quiz and "Done" buttons on it, and the lesson settings.

The fan-out in ``bot.services.lessons`` decides who gets what and when; this only draws
the card and hands it to the ``Outbox``, which reports what the Bot Connector
answered in the terms every platform uses (``RateLimited``, ``RecipientGone``).
"""

from __future__ import annotations

import logging

from botbuilder.core import TurnContext
from botbuilder.integration.aiohttp import CloudAdapter

from bot.coach.lessons.curriculum import CurriculumError
from bot.services import Services
from bot.services.lessons import LESSON_GONE, LessonMessage, LessonState, Sent, SettingsInputError, lesson_schedule
from bot.settings import Settings
from bot.teams import cards, submits
from bot.teams.auth import authentication
from bot.teams.lesson_cards import lesson_card
from bot.teams.proactive import Message, Outbox
from bot.teams.turns import PLATFORM, redraw, send

log = logging.getLogger(__name__)

LESSONS_UNREADABLE = ("The lesson files can't be read right now, so that wasn't saved. Tell whoever runs the coach "
                      "(the details are in its log).")
LessonPress = submits.QuizAnswer | submits.FinishLesson
LESSON_PRESSES = (submits.QuizAnswer, submits.FinishLesson)


async def press(services: Services, turn_context: TurnContext, user_id: str, pressed: LessonPress) -> None:
    """Record the answer (or "done") once, then redraw the lesson card in place with what now counts."""
    try:
        state, note = await services.run(_record_press, services, user_id, pressed)
    except CurriculumError as error:
        log.error("A lesson button was pressed but the lesson files can't be read:\n%s", error)
        await send(turn_context, LESSONS_UNREADABLE)
        return
    if state is None:
        await send(turn_context, note or LESSON_GONE)
        return
    await redraw(turn_context, lesson_card(state.message, state.answers, done=state.completed, note=note))


def _record_press(services: Services, user_id: str, pressed: LessonPress) -> tuple[LessonState | None, str | None]:
    """The lesson as it now stands and the note to show; no lesson when there is none to redraw (the note says
    why). Raises ``CurriculumError`` when the lesson files can't be read."""
    lessons = services.lessons
    lessons.curriculum()
    if isinstance(pressed, submits.QuizAnswer):
        reply = lessons.answer_quiz(user_id, pressed.delivery_id, pressed.question_id, pressed.option_id)
        if reply.status == "unknown":
            return None, reply.message
        note = reply.note
    else:
        note = lessons.complete(user_id, pressed.delivery_id).message
    return lessons.state(user_id, pressed.delivery_id), note


def save_settings(services: Services, user_id: str, request: submits.SaveSettings) -> Message:
    try:
        saved = services.lessons.change_settings(
            user_id, PLATFORM, timezone=request.timezone, lesson_time=request.lesson_time,
            weekdays_only=request.weekdays_only, paused=request.paused, opted_out=request.opted_out,
        )
    except SettingsInputError as error:
        return cards.settings_card(services.lessons.settings(user_id), problem=str(error),
                                   sharing=services.team.sharing(user_id))
    if request.share is not None:
        services.team.set_sharing(user_id, PLATFORM, request.share)
    return f"Saved. {lesson_schedule(saved, '`settings`')}"


async def send_lesson(outbox: Outbox, message: LessonMessage) -> Sent:
    """The activity id the Bot Connector gave the lesson is returned, for the delivery log."""
    return Sent(await outbox.send(message.user_id, lesson_card(message)))


class StandaloneSender:
    """The sender of a ``deliver-due`` run. It builds the adapter and opens the database on the first send, so
    a run with no Teams agent due (or one that finds no database) never touches either, and ``aclose`` lets
    ``bot.server.close_senders`` close that connection again."""

    def __init__(self, settings: Settings) -> None:
        self._settings = settings
        self._services: Services | None = None
        self._outbox: Outbox | None = None

    async def __call__(self, message: LessonMessage) -> Sent:
        return await send_lesson(self._opened(), message)

    async def aclose(self) -> None:
        if self._services is not None:
            self._services.close()
            self._services = self._outbox = None

    def _opened(self) -> Outbox:
        if self._outbox is None:
            teams = self._settings.teams
            assert teams is not None, "configured_senders only asks for a Teams sender when Teams is configured"
            self._services = Services.open(self._settings)
            self._outbox = Outbox(CloudAdapter(authentication(teams)), teams.app_id, self._services.lessons)
        return self._outbox
