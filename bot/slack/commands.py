"""``/empathy``: a draft to check, one of a few exact subcommands, ``practice [scenario]``, or a lead's ``team``
(``team assign LESSON``)."""

from __future__ import annotations

from typing import Any

from slack_bolt.async_app import AsyncAck, AsyncApp
from slack_sdk.web.async_client import AsyncWebClient

from bot.slack import blocks, checks, flows, lessons, practice, team


def register(app: AsyncApp) -> None:
    app.command(blocks.COMMAND)(flows.guarded(empathy))


async def empathy(ack: AsyncAck, command: dict[str, Any], client: AsyncWebClient, context: dict[str, Any]) -> None:
    await ack()
    slack_user = command["user_id"]
    text = flows.unescape(command.get("text") or "")
    send = flows.to_response_url(client, command["response_url"])
    word = flows.subcommand(text)
    scenario_id = practice.requested_scenario(text)
    if word == "check" or not text.strip():
        # The trigger id dies three seconds after the command: open the form before anything else.
        metadata = flows.destination_metadata(response_url=command["response_url"], slack_user=slack_user)
        await checks.open_check_modal(client, command["trigger_id"], metadata)
        await flows.enrol(client, context, slack_user)
    elif word == "settings":
        await lessons.open_settings(client, context, command["trigger_id"], slack_user)
    elif word == "forget-me":
        await flows.send_forget_confirmation(context, slack_user, send)
    elif scenario_id is not None:
        await practice.from_command(context, client, command, scenario_id)
    elif team.requested(text):
        user = await flows.enrol(client, context, slack_user)
        services, groups = flows.services_of(context), await flows.lead_groups(context, client, slack_user)
        lesson_id = team.requested_lesson(text)
        if lesson_id is None:
            await team.send_team(services, user, groups, send)
        else:
            await team.send_assignment(services, user, groups, lesson_id, send)
    else:
        user = await flows.enrol(client, context, slack_user)
        if word == "help":
            await flows.send_help(send)
        elif word == "progress":
            await flows.send_progress(context, user, send)
        else:
            await checks.check_and_send(context, user, text, None, send)
