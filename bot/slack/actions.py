"""Buttons: on a check's result, on the App Home, on the forget-me confirmation, on a daily lesson, and on
the practice picker and summary."""

from __future__ import annotations

import json
import logging
from typing import Any

from slack_bolt.async_app import AsyncAck, AsyncApp
from slack_sdk.web.async_client import AsyncWebClient

from bot.coach.lessons import CurriculumError
from bot.delivery import answer_quiz, complete_lesson, lesson_state
from bot.service import CheckExpired
from bot.slack import blocks, flows, lesson_blocks, lessons, practice, practice_blocks

log = logging.getLogger(__name__)

STALE_BUTTON = "That button is out of date: run the check again."
STALE_LESSON = "That button is from a lesson this app no longer knows, so nothing was saved."


def register(app: AsyncApp) -> None:
    app.action(blocks.ANOTHER_VERSION)(flows.guarded(another_version))
    app.action(blocks.WHY)(flows.guarded(why))
    app.action(blocks.HELPFUL)(flows.guarded(helpful))
    app.action(blocks.NOT_HELPFUL)(flows.guarded(not_helpful))
    app.action(blocks.OPEN_CHECK)(flows.guarded(open_check))
    app.action(blocks.OPEN_SETTINGS)(flows.guarded(open_settings))
    app.action(blocks.FORGET_CONFIRM)(flows.guarded(forget_confirm))
    app.action(blocks.FORGET_CANCEL)(flows.guarded(forget_cancel))
    app.action(lesson_blocks.QUIZ_ANSWER)(flows.guarded(quiz_answer))
    app.action(lesson_blocks.LESSON_DONE)(flows.guarded(lesson_done))
    app.action(practice_blocks.PRACTICE_START)(flows.guarded(practice_start))


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


async def quiz_answer(
    ack: AsyncAck, body: dict[str, Any], action: dict[str, Any], client: AsyncWebClient, context: dict[str, Any]
) -> None:
    """The first answer to each question counts; a second press redraws the lesson and says so."""
    await ack()
    reply = flows.to_response_url(body["response_url"])
    picked = lesson_blocks.parse_quiz_value(action.get("value", ""))
    if picked is None:
        await reply(STALE_LESSON, blocks.notice(STALE_LESSON))
        return
    coach = flows.coach_of(context)
    user = flows.user_key(context, body["user"]["id"])
    answer = answer_quiz(coach.store, coach.curriculum(), user, *picked)
    state = lesson_state(coach.store, coach.curriculum(), user, picked[0]) if answer.status != "unknown" else None
    if state is None:
        await reply(answer.message, blocks.notice(answer.message))
        return
    await lessons.redraw(client, body, state, lessons.answer_note(answer))


async def lesson_done(
    ack: AsyncAck, body: dict[str, Any], action: dict[str, Any], client: AsyncWebClient, context: dict[str, Any]
) -> None:
    await ack()
    reply = flows.to_response_url(body["response_url"])
    delivery_id = lesson_blocks.parse_delivery_id(action.get("value", ""))
    if delivery_id is None:
        await reply(STALE_LESSON, blocks.notice(STALE_LESSON))
        return
    coach = flows.coach_of(context)
    user = flows.user_key(context, body["user"]["id"])
    done = complete_lesson(coach.store, user, delivery_id)
    state = lesson_state(coach.store, coach.curriculum(), user, delivery_id)
    if state is None:
        await reply(done.message, blocks.notice(done.message))
        return
    await lessons.redraw(client, body, state, done.message)


async def practice_start(
    ack: AsyncAck, body: dict[str, Any], action: dict[str, Any], client: AsyncWebClient, context: dict[str, Any]
) -> None:
    await ack()
    await practice.from_button(context, client, body, action.get("value") or "")
