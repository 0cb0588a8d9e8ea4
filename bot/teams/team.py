"""The team view in Teams, for leads: the ``team`` card and ``team assign LESSON``; anyone else gets a polite no.

A lead is named in ``COACH_LEADS`` by their Azure AD object id, the last part of the coach's Teams user ids.
"""

from __future__ import annotations

from bot.services import Services
from bot.services.team import NotALead, UnknownLesson
from bot.teams.commands import AssignLesson, ShowTeam
from bot.teams.proactive import Message
from bot.teams.team_cards import team_card

OWN_PROGRESS = "`progress`"
TEAM_REQUESTS = (ShowTeam, AssignLesson)
PERSONAL_ONLY = "The team view opens only in your personal chat with me, so nobody else in this chat sees it."


def answer(services: Services, user_id: str, request: ShowTeam | AssignLesson) -> Message:
    try:
        if isinstance(request, AssignLesson):
            return services.team.assign(user_id, request.lesson_id, own_progress=OWN_PROGRESS)
        return team_card(services.team.view(user_id, own_progress=OWN_PROGRESS))
    except (NotALead, UnknownLesson) as refusal:
        return str(refusal)
