"""The team view in Slack, for leads: ``/empathy team``, ``/empathy team assign LESSON`` and the App Home's team
section, and who counts as a lead here (``COACH_LEADS``, Slack user groups included).

Membership of a user group is something only Slack knows: ``LeadGroups`` asks
``usergroups.users.list`` for each group ``COACH_LEADS`` names and keeps the
answer for a few minutes, so a lead opening the Home tab doesn't cost a call each time.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Awaitable, Callable

from slack_sdk.errors import SlackApiError, SlackClientError
from slack_sdk.web.async_client import AsyncWebClient

from bot.services import Services
from bot.services.team import NotALead, UnknownLesson
from bot.slack.blocks import COMMAND, Block, escape, notice
from bot.slack.team_blocks import team_blocks, team_text

log = logging.getLogger(__name__)

LEAD_GROUPS = "lead_groups"
"""The key under which listeners find the ``LeadGroups`` in Bolt's context."""
GROUPS_KEPT_SECONDS = 300.0
OWN_PROGRESS = f"`{COMMAND} progress`"
_ASSIGN = re.compile(r"team\s+assign\s+(\S+)", re.IGNORECASE)

Send = Callable[[str, list[Block]], Awaitable[object]]


def requested(text: str) -> bool:
    """``team`` alone, or ``team assign LESSON``: nothing else that starts with the word is for the team view."""
    return text.strip().lower() == "team" or requested_lesson(text) is not None


def requested_lesson(text: str) -> str | None:
    match = _ASSIGN.fullmatch(text.strip())
    return match.group(1) if match else None


class LeadGroups:
    """Who is in each Slack user group that ``COACH_LEADS`` names, read from Slack and kept a few minutes."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._members: dict[str, tuple[float, frozenset[str]]] = {}

    async def of(self, services: Services, client: AsyncWebClient, slack_user: str) -> frozenset[str]:
        """The lead groups this person is in; empty when ``COACH_LEADS`` names none (and then Slack isn't asked)."""
        groups = services.settings.leads.slack_usergroups
        return frozenset([group for group in sorted(groups) if slack_user in await self._read(client, group)])

    async def _read(self, client: AsyncWebClient, group: str) -> frozenset[str]:
        kept = self._members.get(group)
        if kept is not None and self._clock() - kept[0] < GROUPS_KEPT_SECONDS:
            return kept[1]
        try:
            response = await client.usergroups_users_list(usergroup=group)
            members = frozenset(response.get("users") or ())
        except (SlackApiError, SlackClientError) as error:
            log.warning("Couldn't read the members of Slack user group %s named in COACH_LEADS (%s); its members "
                        "don't see the team view until Slack answers. The app needs the usergroups:read scope.",
                        group, error)
            members = frozenset()
        self._members[group] = (self._clock(), members)
        return members


async def send_team(services: Services, user: str, groups: frozenset[str], send: Send) -> None:
    try:
        report = services.team.view(user, usergroups=groups, own_progress=OWN_PROGRESS)
    except NotALead as refusal:
        await send(str(refusal), notice(escape(str(refusal))))
        return
    await send(team_text(report), team_blocks(report))


async def send_assignment(services: Services, user: str, groups: frozenset[str], lesson_id: str, send: Send) -> None:
    try:
        answer = services.team.assign(user, lesson_id, usergroups=groups, own_progress=OWN_PROGRESS)
    except (NotALead, UnknownLesson) as refusal:
        answer = str(refusal)
    await send(answer, notice(escape(answer)))


def home_section(services: Services, user: str, groups: frozenset[str]) -> list[Block]:
    """The team view on a lead's App Home; nothing for anyone else."""
    if not services.team.is_lead(user, groups):
        return []
    return team_blocks(services.team.view(user, usergroups=groups))
