"""Buttons: on a check's result, on the App Home, and on the forget-me confirmation."""

from __future__ import annotations

import json
import logging
from typing import Any

from slack_bolt.async_app import AsyncAck, AsyncApp
from slack_sdk.web.async_client import AsyncWebClient

from bot.coach.lessons import CurriculumError
from bot.service import CheckExpired
from bot.slack import blocks, flows

log = logging.getLogger(__name__)

STALE_BUTTON = "That button is out of date: run the check again."


def register(app: AsyncApp) -> None:
    app.action(blocks.ANOTHER_VERSION)(flows.guarded(another_version))
    app.action(blocks.WHY)(flows.guarded(why))
    app.action(blocks.HELPFUL)(flows.guarded(helpful))
    app.action(blocks.NOT_HELPFUL)(flows.guarded(not_helpful))
    app.action(blocks.OPEN_CHECK)(flows.guarded(open_check))
    app.action(blocks.OPEN_SETTINGS)(flows.guarded(open_settings))
    app.action(blocks.FORGET_CONFIRM)(flows.guarded(forget_confirm))
    app.action(blocks.FORGET_CANCEL)(flows.guarded(forget_cancel))


def _check_id(action: dict[str, Any]) -> int | None:
    value = action.get("value", "")
    return int(value) if value.isdigit() else None


async def another_version(
    ack: AsyncAck, body: dict[str, Any], action: dict[str, Any], client: AsyncWebClient, context: dict[str, Any]
) -> None:
    await ack()
    user = await flows.enrol(client, context, body["user"]["id"])
    reply = flows.to_response_url(body["response_url"])
    check_id = _check_id(action)
    if check_id is None:
        await reply(STALE_BUTTON, blocks.notice(STALE_BUTTON))
        return
    try:
        checked = flows.coach_of(context).another_version(user, check_id)
    except CheckExpired as error:
        await reply(str(error), blocks.notice(str(error)))
        return
    await flows.to_response_url(body["response_url"], replace=True)(
        blocks.result_text(checked.result), blocks.result_blocks(checked)
    )


async def why(
    ack: AsyncAck, body: dict[str, Any], action: dict[str, Any], client: AsyncWebClient, context: dict[str, Any]
) -> None:
    await ack()
    try:
        finding = json.loads(action.get("value") or "")
        lesson_id, rule = str(finding["lesson"]), str(finding["rule"])
    except (json.JSONDecodeError, KeyError, TypeError):
        await flows.to_response_url(body["response_url"])(STALE_BUTTON, blocks.notice(STALE_BUTTON))
        return
    await client.views_open(trigger_id=body["trigger_id"], view=_lesson_view(context, finding, lesson_id, rule))


def _lesson_view(context: dict[str, Any], finding: dict[str, Any], lesson_id: str, rule: str) -> blocks.View:
    try:
        lesson = flows.coach_of(context).lesson(lesson_id)
    except CurriculumError as error:
        log.error("The lesson files can't be read, so Why? shows the finding instead:\n%s", error)
        lesson = None
    if lesson is not None:
        return blocks.lesson_modal(lesson.title, lesson.idea, lesson.try_today)
    return blocks.finding_modal(str(finding.get("message", "")), str(finding.get("why", "")), rule, lesson_id)


async def helpful(
    ack: AsyncAck, body: dict[str, Any], action: dict[str, Any], client: AsyncWebClient, context: dict[str, Any]
) -> None:
    await ack()
    user = await flows.enrol(client, context, body["user"]["id"])
    reply = flows.to_response_url(body["response_url"])
    check_id = _check_id(action)
    if check_id is None:
        await reply(STALE_BUTTON, blocks.notice(STALE_BUTTON))
        return
    try:
        flows.coach_of(context).feedback(user, check_id, True)
    except CheckExpired as error:
        await reply(str(error), blocks.notice(str(error)))
        return
    thanks = f"Thanks: noted that check #{check_id} helped."
    await reply(thanks, blocks.notice(thanks))


async def not_helpful(ack: AsyncAck, body: dict[str, Any], action: dict[str, Any], client: AsyncWebClient) -> None:
    await ack()
    check_id = _check_id(action)
    if check_id is None:
        await flows.to_response_url(body["response_url"])(STALE_BUTTON, blocks.notice(STALE_BUTTON))
        return
    metadata = json.dumps({"check": check_id, "response_url": body["response_url"]})
    await client.views_open(trigger_id=body["trigger_id"], view=blocks.reason_modal(metadata))


async def open_check(ack: AsyncAck, body: dict[str, Any], client: AsyncWebClient, context: dict[str, Any]) -> None:
    await ack()
    slack_user = body["user"]["id"]
    metadata = flows.destination_metadata(response_url=None, slack_user=slack_user)
    await flows.open_check_modal(client, body["trigger_id"], metadata)
    await flows.enrol(client, context, slack_user)


async def open_settings(ack: AsyncAck, body: dict[str, Any], client: AsyncWebClient, context: dict[str, Any]) -> None:
    await ack()
    await flows.open_settings(client, context, body["trigger_id"], body["user"]["id"])


async def forget_confirm(ack: AsyncAck, body: dict[str, Any], client: AsyncWebClient, context: dict[str, Any]) -> None:
    await ack()
    slack_user = body["user"]["id"]
    deleted = flows.coach_of(context).forget(flows.user_key(context, slack_user))
    checks = "1 check" if deleted == 1 else f"{deleted} checks"
    done = f"Done: everything stored about you is deleted ({checks}, your feedback and your settings)."
    await flows.to_response_url(body["response_url"], replace=True)(done, blocks.notice(done))
    await client.views_publish(user_id=slack_user, view=blocks.forgotten_home_view())


async def forget_cancel(ack: AsyncAck, body: dict[str, Any]) -> None:
    await ack()
    kept = "Nothing was deleted."
    await flows.to_response_url(body["response_url"], replace=True)(kept, blocks.notice(kept))
