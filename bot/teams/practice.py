"""Practice sessions in Teams: the picker, the customer's answers and the summary, in the agent's personal chat.

The session itself lives in ``services.practice``; this only decides what to
answer and draws it with ``practice_cards``. A model wording the customer's line
may take seconds, so then the answer follows the turn (``Followups``).
"""

from __future__ import annotations

import logging

from botbuilder.core import TurnContext
from botbuilder.schema import Activity, ActivityTypes

from bot.services import Services
from bot.services.practice import AlreadyPracticing, Picker, Practice, PracticeError, PracticeUpdate
from bot.teams import submits
from bot.teams.followups import Followups
from bot.teams.practice_cards import briefing_card, picker_card, update_card
from bot.teams.proactive import Message, as_activity
from bot.teams.turns import PLATFORM, send

log = logging.getLogger(__name__)

PERSONAL_ONLY = ("Practice sessions run in your personal chat with me, where nobody else sees your replies: open "
                 "Empathy Coach from the Apps bar (or search for it in Chat) and type `practice` there.")
PRACTICE_UNAVAILABLE = ("Practice isn't available right now: its scenario files can't be read. Tell whoever runs "
                        "the coach (the details are in its log).")
PracticeRequest = submits.StartPractice | submits.PracticeHint | submits.PracticeEnd
PRACTICE_REQUESTS = (submits.StartPractice, submits.PracticeHint, submits.PracticeEnd)


def practising(services: Services, user_id: str) -> bool:
    """Whether the agent's next message in the personal chat is a reply to the customer."""
    practice = _practice(services)
    return practice is not None and practice.in_practice(user_id)


def answer(services: Services, user_id: str, request: PracticeRequest) -> Message:
    """Start (or show the picker), a hint, or the end, asked for in the personal chat."""
    practice = _practice(services)
    if practice is None:
        return PRACTICE_UNAVAILABLE
    try:
        if isinstance(request, submits.StartPractice):
            return _start(services, practice, user_id, request.scenario)
        if isinstance(request, submits.PracticeHint):
            return _card(services, practice.hint(user_id))
        return _card(services, practice.end(user_id))
    except PracticeError as error:
        return str(error)


async def reply(
    services: Services, followups: Followups, turn_context: TurnContext, user_id: str, text: str
) -> None:
    """A message to the simulated customer. A model wording their answer may take seconds, so then the
    agent sees Teams' typing indicator and the answer follows the turn."""
    practice = services.practice

    async def answered() -> Message:
        try:
            return _card(services, await practice.handle(user_id, text))
        except PracticeError as error:
            return str(error)

    if not practice.writes_lines_for(user_id):
        await send(turn_context, await answered())
        return
    await turn_context.send_activity(Activity(type=ActivityTypes.typing))

    async def delivered() -> Activity:
        return as_activity(await answered())

    followups.start(turn_context, delivered, what="the practice customer's answer")


def _practice(services: Services) -> Practice | None:
    """``None`` when the scenario (or customer prompt) files are broken: checks keep working meanwhile."""
    try:
        return services.practice
    except ValueError as error:  # ScenarioError or PromptError, each naming the file to fix
        log.error("Practice is unavailable until its files are fixed:\n%s", error)
        return None


def _start(services: Services, practice: Practice, user_id: str, scenario: str | None) -> Message:
    """One session at a time: asking for another while one runs shows where that one stands."""
    if scenario is None and practice.in_practice(user_id):
        return _card(services, practice.resume(user_id))
    try:
        started = practice.start(user_id, PLATFORM, scenario)
    except AlreadyPracticing:
        return _card(services, practice.resume(user_id))
    return picker_card(started.scenarios) if isinstance(started, Picker) else briefing_card(started)


def _card(services: Services, update: PracticeUpdate) -> dict:
    lesson = services.lessons.lesson(update.summary.lesson) if update.summary is not None else None
    return update_card(update, lesson.title if lesson is not None else None)
