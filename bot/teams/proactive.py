"""Messages the bot starts on its own (lessons), through the conversation reference saved at install.

Teams only lets a bot write first into a chat it has been installed in, and
only through that chat's Bot Connector address; the stored reference holds
both. No reference means the agent never installed the app or removed it, and
then nothing is sent.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING

from botbuilder.core import BotAdapter, CardFactory, MessageFactory, TurnContext
from botbuilder.schema import Activity, ConversationReference
from botframework.connector.models import ErrorResponseException

from bot.services.lessons import RateLimited, RecipientGone

if TYPE_CHECKING:
    from bot.services.lessons import Lessons

GONE_STATUSES = (403, 404)
"""What the Bot Connector answers once the app was removed or the chat deleted."""
DEFAULT_RETRY_SECONDS = 1.0

Message = str | dict
"""Plain text, or the content of an Adaptive Card."""


def reference_json(activity: Activity) -> str:
    """What to store so a later ``send_to_user`` reaches the chat this activity came from."""
    return json.dumps(TurnContext.get_conversation_reference(activity).serialize(), sort_keys=True)


def as_activity(message: Message) -> Activity:
    if isinstance(message, str):
        return MessageFactory.text(message)
    return MessageFactory.attachment(CardFactory.adaptive_card(message))


async def send_to_user(adapter: BotAdapter, app_id: str | None, reference: str, message: Message) -> str | None:
    """Send one message into a stored conversation; returns the id the Bot Connector gave it.

    Raises the connector's ``ErrorResponseException`` when delivery fails.
    """
    conversation = ConversationReference().deserialize(json.loads(reference))
    sent: list[str | None] = []
    failed: list[Exception] = []

    async def deliver(turn_context: TurnContext) -> None:
        # A lesson starts a new message rather than replying to the synthetic activity that opened this turn.
        activity = TurnContext.apply_conversation_reference(as_activity(message), conversation)
        connector = turn_context.turn_state[BotAdapter.BOT_CONNECTOR_CLIENT_KEY]
        try:
            response = await connector.conversations.send_to_conversation(conversation.conversation.id, activity)
        except Exception as error:  # the adapter's error handler would swallow it: hand it to our caller
            failed.append(error)
            return
        sent.append(response.id if response else None)

    await adapter.continue_conversation(conversation, deliver, bot_app_id=app_id or "")
    if failed:
        raise failed[0]
    return sent[0] if sent else None


class Outbox:
    """Proactive sends by user id, for code outside ``bot/teams`` (lesson delivery) that must not touch
    botbuilder. Failures are reported the way ``bot.services.lessons`` expects of every platform; the
    chats' references are the lesson service's to keep."""

    def __init__(self, adapter: BotAdapter, app_id: str | None, lessons: Lessons) -> None:
        self._adapter = adapter
        self._app_id = app_id
        self._lessons = lessons

    async def send(self, user_id: str, message: Message) -> str | None:
        """Deliver one message; returns its activity id.

        Raises ``RecipientGone`` when the agent can't be reached (never installed, removed the app, or the
        chat is gone; the stored reference is then dropped) and ``RateLimited`` when Teams asks us to wait.
        """
        reference = self._lessons.conversation(user_id)
        if reference is None:
            raise RecipientGone(f"{user_id} hasn't installed the Teams app (or removed it).")
        try:
            return await send_to_user(self._adapter, self._app_id, reference, message)
        except ErrorResponseException as error:
            status = error.response.status_code if error.response is not None else None
            if status in GONE_STATUSES:
                self._lessons.drop_conversation(user_id)
                raise RecipientGone(f"Teams answered HTTP {status} for {user_id}: the app was removed.") from error
            if status == 429:
                raise RateLimited(_retry_after(error.response.headers)) from error
            raise


def _retry_after(headers: Mapping[str, str]) -> float:
    try:
        return float(headers.get("Retry-After", DEFAULT_RETRY_SECONDS))
    except ValueError:
        return DEFAULT_RETRY_SECONDS
