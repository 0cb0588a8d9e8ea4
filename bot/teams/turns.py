"""Answering within a Teams turn: a reply in the chat, or the card a button was pressed on, redrawn in place."""

from __future__ import annotations

import logging

from botbuilder.core import TurnContext
from botbuilder.schema import ResourceResponse
from botframework.connector.models import ErrorResponseException

from bot.teams.proactive import Message, as_activity

log = logging.getLogger(__name__)

PLATFORM = "teams"


async def send(turn_context: TurnContext, reply: Message) -> ResourceResponse | None:
    return await turn_context.send_activity(as_activity(reply))


async def redraw(turn_context: TurnContext, content: dict) -> None:
    """Replace the card whose button was pressed (Teams names it in ``replyToId``); post the card anew when
    there is none to replace or it can't be edited any more."""
    pressed_on = turn_context.activity.reply_to_id
    if pressed_on:
        activity = as_activity(content)
        activity.id = pressed_on
        try:
            await turn_context.update_activity(activity)
            return
        except ErrorResponseException as error:
            log.warning("Couldn't update Teams message %s in place (%s); sending it anew.", pressed_on, error)
    await send(turn_context, content)
