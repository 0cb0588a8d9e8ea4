""""Check with Empathy Coach" from a message's menu, and from the global shortcuts menu."""

from __future__ import annotations

from typing import Any

from slack_bolt.async_app import AsyncAck, AsyncApp
from slack_sdk.web.async_client import AsyncWebClient

from bot.slack import blocks, checks, flows

MESSAGE_SHORTCUT = "check_message"
GLOBAL_SHORTCUT = "check_draft"


def register(app: AsyncApp) -> None:
    app.message_shortcut(MESSAGE_SHORTCUT)(flows.guarded(check_message))
    app.global_shortcut(GLOBAL_SHORTCUT)(flows.guarded(check_reply))


async def check_message(
    ack: AsyncAck, shortcut: dict[str, Any], client: AsyncWebClient, context: dict[str, Any]
) -> None:
    """Opens the form with the message as the draft; one too long for a form is checked straight away."""
    await ack()
    slack_user = shortcut["user"]["id"]
    draft = flows.unescape((shortcut.get("message") or {}).get("text") or "")
    response_url = shortcut["response_url"]
    if len(draft) <= blocks.MAX_INPUT_CHARS:
        metadata = flows.destination_metadata(response_url=response_url, slack_user=slack_user)
        await checks.open_check_modal(client, shortcut["trigger_id"], metadata, draft=draft)
        await flows.enrol(client, context, slack_user)
        return
    user = await flows.enrol(client, context, slack_user)
    await checks.check_and_send(context, user, draft, None, flows.to_response_url(client, response_url))


async def check_reply(
    ack: AsyncAck, shortcut: dict[str, Any], client: AsyncWebClient, context: dict[str, Any]
) -> None:
    """No conversation to answer in, so the result arrives in the agent's DM with the app."""
    await ack()
    slack_user = shortcut["user"]["id"]
    metadata = flows.destination_metadata(response_url=None, slack_user=slack_user)
    await checks.open_check_modal(client, shortcut["trigger_id"], metadata)
    await flows.enrol(client, context, slack_user)
