"""Modal submissions: the check form, lesson settings, and the reason a result wasn't helpful.

Problems with what was typed are returned as field errors in the ack, so the
modal stays open with the message beside the field instead of vanishing.
"""

from __future__ import annotations

import json
from typing import Any

from slack_bolt.async_app import AsyncAck, AsyncApp
from slack_sdk.web.async_client import AsyncWebClient

from bot.services import StoreBusy
from bot.services.checks import CheckExpired, thanks_for_feedback
from bot.services.lessons import SettingsInputError
from bot.slack import blocks, check_blocks, checks, flows

SETTINGS_BUSY = "Not saved: the coach's database is busy right now. Press Save again in a moment."


def register(app: AsyncApp) -> None:
    app.view(check_blocks.CHECK_VIEW)(flows.guarded(submit_check))
    app.view(blocks.SETTINGS_VIEW)(flows.guarded(save_settings))
    app.view(check_blocks.REASON_VIEW)(flows.guarded(send_reason))
    app.view_closed(check_blocks.REASON_VIEW)(flows.guarded(skip_reason))


def _value(view: dict[str, Any], block_id: str) -> dict[str, Any]:
    return view.get("state", {}).get("values", {}).get(block_id, {}).get(block_id) or {}


async def submit_check(
    ack: AsyncAck, body: dict[str, Any], view: dict[str, Any], client: AsyncWebClient, context: dict[str, Any]
) -> None:
    draft = _value(view, check_blocks.DRAFT_INPUT).get("value") or ""
    customer = _value(view, check_blocks.CUSTOMER_INPUT).get("value")
    problem = checks.draft_problem(draft)
    if problem is not None:
        await ack(response_action="errors", errors={check_blocks.DRAFT_INPUT: problem})
        return
    await ack()
    slack_user = body["user"]["id"]
    user = await flows.enrol(client, context, slack_user)
    send = flows.destination(view.get("private_metadata", ""), client, slack_user)
    await checks.check_and_send(context, user, draft, customer, send)


async def save_settings(
    ack: AsyncAck, body: dict[str, Any], view: dict[str, Any], client: AsyncWebClient, context: dict[str, Any]
) -> None:
    slack_user = body["user"]["id"]
    chosen = {option["value"] for option in _value(view, blocks.OPTIONS_INPUT).get("selected_options") or []}
    services, user = flows.services_of(context), flows.user_key(context, slack_user)
    try:
        await services.run(
            services.lessons.change_settings,
            user,
            flows.PLATFORM,
            timezone=_value(view, blocks.TIMEZONE_INPUT).get("value"),
            lesson_time=_value(view, blocks.LESSON_TIME_INPUT).get("selected_time") or "",
            weekdays_only=blocks.WEEKDAYS_ONLY in chosen,
            paused=blocks.LESSONS_PAUSED in chosen,
            opted_out=blocks.LESSONS_OPTED_OUT in chosen,
        )
    except SettingsInputError as error:
        await ack(response_action="errors", errors={error.field: str(error)})
        return
    except StoreBusy:  # the form stays open with what they chose, so pressing Save again is all it takes
        await ack(response_action="errors", errors={blocks.LESSON_TIME_INPUT: SETTINGS_BUSY})
        return
    await services.run(services.team.set_sharing, user, flows.PLATFORM, blocks.SHARE_WITH_LEADS in chosen)
    await ack()
    await flows.publish_home(client, context, slack_user)


async def send_reason(
    ack: AsyncAck, body: dict[str, Any], view: dict[str, Any], client: AsyncWebClient, context: dict[str, Any]
) -> None:
    await ack()
    reason = (_value(view, check_blocks.REASON_INPUT).get("value") or "").strip() or None
    await _record_not_helpful(body, view, client, context, reason)


async def skip_reason(
    ack: AsyncAck, body: dict[str, Any], view: dict[str, Any], client: AsyncWebClient, context: dict[str, Any]
) -> None:
    await ack()
    await _record_not_helpful(body, view, client, context, None)


async def _record_not_helpful(
    body: dict[str, Any], view: dict[str, Any], client: AsyncWebClient, context: dict[str, Any], reason: str | None
) -> None:
    try:
        where = json.loads(view.get("private_metadata") or "")
        check_id, response_url = int(where["check"]), str(where["response_url"])
    except (json.JSONDecodeError, KeyError, TypeError, ValueError):
        return  # not a form this app built: nothing to record and nowhere to answer
    user = await flows.enrol(client, context, body["user"]["id"])
    reply = flows.to_response_url(client, response_url)
    services = flows.services_of(context)
    try:
        await services.run(services.checks.feedback, user, check_id, False, reason)
    except CheckExpired as error:
        await flows.tell(reply, str(error))
        return
    await flows.tell(reply, thanks_for_feedback(check_id, helpful=False, reason=reason,
                                                reason_kept=services.settings.store_text))
