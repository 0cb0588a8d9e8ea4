"""Practice sessions in Slack: the steps the command, the DM and the picker's buttons share.

A session always runs in the agent's DM with the app, whichever conversation
started it: the customer's messages would be noise in a team channel, and
``message.im`` is the one message event the app subscribes to. The session
itself lives in ``services.practice``; this module only decides where each
message goes and draws it with ``practice_blocks``.
"""

from __future__ import annotations

import logging
import re
from typing import Any, Literal

from slack_sdk.web.async_client import AsyncWebClient

from bot.coach.practice.session import reply_count
from bot.services.practice import (
    END_WORDS,
    AlreadyPracticing,
    NoPractice,
    Picker,
    PracticeError,
    PracticeExpired,
    PracticeUpdate,
)
from bot.slack import blocks, flows, practice_blocks
from bot.slack.flows import Send

log = logging.getLogger(__name__)

REQUEST = re.compile(r"\s*practi[cs]e(?:\s+([a-z0-9][\w-]*))?\s*", re.IGNORECASE)
SESSION_WORDS = END_WORDS | {"hint"}
"""Words that only mean something during a session ("help" keeps meaning help)."""
NO_SESSION = "There's no practice session running. Type *practice* to choose a customer."


def requested_scenario(text: str) -> str | None:
    """``""`` for ``practice`` alone, the scenario id for ``practice late-delivery``, ``None`` for anything else.

    Only the word and at most one id count, so "practice makes perfect, and..." is still a draft to check.
    """
    match = REQUEST.fullmatch(text)
    return None if match is None else (match[1] or "").lower()


async def open_dm(client: AsyncWebClient, slack_user: str) -> str:
    """The id of the agent's DM with the app (D…), to post in and to tell whether a command was typed there."""
    opened = await client.conversations_open(users=slack_user)
    return opened["channel"]["id"]


def dm_link(team: str | None, app_id: str | None) -> str | None:
    """Slack's link that opens the agent's DM with the app (its Messages tab), from any client; ``None`` when the
    request didn't say which app or workspace it came from (both are optional in a slash command)."""
    return f"https://slack.com/app_redirect?app={app_id}&team={team}" if team and app_id else None


Outcome = Literal["picker", "started", "running", "refused"]
"""What ``start`` did: posted the picker or a new session in the DM, reminded the agent of the session
already running there, or refused (an unknown scenario) where they asked."""


async def from_command(context: dict[str, Any], client: AsyncWebClient, command: dict[str, Any],
                       scenario_id: str) -> None:
    """``/empathy practice [scenario]``: the session opens in the DM; typed anywhere else, the answer there
    (visible only to the agent) points to the DM."""
    slack_user = command["user_id"]
    user = await flows.enrol(client, context, slack_user)
    reply = flows.to_response_url(client, command["response_url"])
    channel = await open_dm(client, slack_user)
    outcome = await start(context, user, scenario_id, flows.to_channel(client, channel), reply)
    if outcome != "refused" and command.get("channel_id") != channel:
        pointer = practice_blocks.pointer_text(dm_link(command.get("team_id"), command.get("api_app_id")))
        await flows.tell(reply, pointer)


async def from_button(context: dict[str, Any], client: AsyncWebClient, body: dict[str, Any], scenario_id: str) -> None:
    """A customer chosen in the picker (which then shows only the choice, so it can't start a second session),
    or "Practise another" under a summary, which has no scenario and posts the picker again."""
    slack_user = body["user"]["id"]
    user = await flows.enrol(client, context, slack_user)
    channel = (body.get("channel") or {}).get("id") or await open_dm(client, slack_user)
    reply = flows.to_response_url(client, body["response_url"])
    outcome = await start(context, user, scenario_id, flows.to_channel(client, channel), reply)
    scenario = flows.services_of(context).practice.scenarios.get(scenario_id) if scenario_id else None
    if outcome == "started" and scenario is not None:
        chosen = practice_blocks.chosen_blocks(scenario)
        await flows.to_response_url(client, body["response_url"], replace=True)(
            f"You chose {scenario.title}.", chosen
        )


async def start(context: dict[str, Any], user: str, scenario_id: str, dm: Send, reply: Send) -> Outcome:
    """Post the picker (no scenario named) or the briefing and the customer's first line in the DM.

    What can't happen (an unknown scenario, a session already running) is explained through ``reply``,
    where the request came from.
    """
    services = flows.services_of(context)
    practice = services.practice
    try:
        if not scenario_id and await services.run(practice.in_practice, user):
            return await _remind(context, user, reply, dm)
        started = await services.run(practice.start, user, flows.PLATFORM, scenario_id or None)
    except AlreadyPracticing:
        return await _remind(context, user, reply, dm)
    except PracticeError as error:
        message = f"{error} Or type `{blocks.COMMAND} practice` to choose from a list."
        await flows.tell(reply, message)
        return "refused"
    if isinstance(started, Picker):
        await dm(practice_blocks.picker_text(), practice_blocks.picker_blocks(started.scenarios))
        return "picker"
    opening = started.customer or started.scenario.opening
    await dm(practice_blocks.briefing_text(started.scenario, opening),
             practice_blocks.briefing_blocks(started.scenario, opening))
    return "started"


async def _remind(context: dict[str, Any], user: str, reply: Send, dm: Send) -> Outcome:
    """One session at a time: say so where they asked, and show the running one's last line in the DM."""
    try:
        services = flows.services_of(context)
        running = await services.run(services.practice.resume, user)
    except NoPractice as error:  # it ended (or expired) a moment ago
        await flows.tell(reply, str(error))
        return "refused"
    replies = len(running.session.turns)
    so_far = reply_count(replies)
    message = (f"You already have a practice session running ({running.scenario.title}, {so_far} so far): reply "
               "to the customer in our DM to carry on, or type *end* there to finish it before starting another.")
    if reply is not dm:  # asked elsewhere; in the DM itself the reminder below says it all
        await flows.tell(reply, message)
    line = running.customer or running.scenario.opening
    await dm(practice_blocks.customer_text(running.scenario, line),
             practice_blocks.resumed_blocks(running.scenario, replies, line))
    return "running"


async def direct_message(context: dict[str, Any], user: str, text: str, send: Send) -> bool:
    """Handle a DM that belongs to practice; ``False`` leaves it to the usual draft check.

    It belongs to practice when it asks for a session, or when one is running (then every message is a
    reply to the customer, ``hint`` or ``end``). A session that expired is closed and the agent told so,
    rather than their reply to the customer being scored as a draft.
    """
    scenario_id = requested_scenario(text)
    if scenario_id is not None:
        await start(context, user, scenario_id, send, send)
        return True
    try:
        practice = flows.services_of(context).practice
    except ValueError as error:  # ScenarioError or PromptError: broken files must not stop DM drafts being checked
        log.error("Practice is off until its files are fixed; direct messages are checked as drafts:\n%s",
                  error)
        return False
    try:
        before = await flows.services_of(context).run(practice.resume, user)
    except PracticeExpired as error:
        await flows.tell(send, str(error))
        return True
    except NoPractice:
        if _session_word(text):  # "end" after the customer already left is not a draft to score
            await flows.tell(send, NO_SESSION)
            return True
        return False
    try:
        update = await practice.handle(user, text)
    except PracticeError as error:  # another message finished it meanwhile
        await flows.tell(send, str(error))
        return True
    await show(context, before, update, send)
    return True


async def show(context: dict[str, Any], before: PracticeUpdate, update: PracticeUpdate, send: Send) -> None:
    """What one message changed: a hint, the customer's answer with the coach's note, and the summary at the end."""
    scenario, session = update.scenario, update.session
    if session.hints > before.session.hints:
        await send(f"Hint: {update.note}", practice_blocks.note_blocks("Hint", update.note or ""))
    elif len(session.turns) > len(before.session.turns):
        turn = session.turns[-1]
        previous = session.turns[-2].mood if len(session.turns) > 1 else session.start_mood
        await send(practice_blocks.customer_text(scenario, turn.customer),
                   practice_blocks.turn_blocks(scenario, turn, previous))
    elif update.customer:  # the customer's last word after the agent ended the chat
        await send(practice_blocks.customer_text(scenario, update.customer),
                   practice_blocks.customer_blocks(scenario, update.customer))
    elif update.note and update.summary is None:
        await send(update.note, practice_blocks.note_blocks("Coach", update.note))
    if update.summary is not None:
        await send(practice_blocks.summary_text(update.summary),
                   practice_blocks.summary_blocks(update.summary, _lesson_title(context, update.summary.lesson)))


def _lesson_title(context: dict[str, Any], lesson_id: str) -> str | None:
    lesson = flows.services_of(context).lessons.lesson(lesson_id)
    return lesson.title if lesson is not None else None


def _session_word(text: str) -> bool:
    return text.strip().lower().strip(".!") in SESSION_WORDS
