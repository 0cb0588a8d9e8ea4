"""Checking a reply in Slack: the steps the command, the shortcuts, the form and the DM share.

A check is answered first with the offline result, and then, when a model is
configured and its rewrite passes every guardrail, that same message is edited
to show the LLM's version.
"""

from __future__ import annotations

import re
from typing import Any

from slack_sdk.web.async_client import AsyncWebClient

from bot.coach import DraftError
from bot.coach.checks.engine import validate
from bot.services.checks import Checked
from bot.slack import blocks, check_blocks, flows

MENTION = re.compile(r"<[@#!][^>]*>")


def draft_problem(draft: str) -> str | None:
    """Why this text can't be checked, in words for the agent; ``None`` when it can."""
    if draft.strip() and not MENTION.sub("", draft).strip():
        return ("That's only a mention, with no reply to check. Put the draft after the command: "
                f"`{blocks.COMMAND} Thanks for waiting, I've just…`")
    try:
        validate(draft)
    except DraftError as error:
        return str(error)
    return None


async def check_and_send(
    context: dict[str, Any], user: str, draft: str, customer: str | None, send: flows.Send
) -> None:
    problem = draft_problem(draft)
    if problem is not None:
        await flows.tell(send, problem)
        return
    # draft_problem ran the check's own validation, so this records a check
    checked = await flows.services_of(context).check_draft(user, flows.PLATFORM, draft, customer)
    shown = await send(check_blocks.result_text(checked.result), check_blocks.result_blocks(checked))
    if shown is not None:
        await show_llm_rewrite(context, user, checked, shown)


async def show_llm_rewrite(context: dict[str, Any], user: str, checked: Checked, edit: flows.Edit) -> None:
    """Swap the offline result on screen for the LLM's, once it has arrived and passed every guardrail.

    Runs after the ack and after the offline result is shown, so a slow or failing model costs the
    agent nothing: a rejected answer, a fault or no model at all leaves the offline result as it is.
    """
    improved = await flows.services_of(context).checks.improve(user, checked)
    if improved is None or improved.result.engine != "llm":
        return
    await edit(check_blocks.result_text(improved.result), check_blocks.result_blocks(improved))


async def open_check_modal(client: AsyncWebClient, trigger_id: str, metadata: str, draft: str = "") -> None:
    await client.views_open(trigger_id=trigger_id, view=check_blocks.check_modal(draft=draft, metadata=metadata))
