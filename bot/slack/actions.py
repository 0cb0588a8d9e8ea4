"""Buttons: on a check's result, on the App Home, on the forget-me confirmation, on a daily lesson, and on
the practice picker and summary."""

from __future__ import annotations

import json
from typing import Any

from slack_bolt.async_app import AsyncAck, AsyncApp
from slack_sdk.web.async_client import AsyncWebClient

from bot.services import NOTHING_DELETED, forgotten
from bot.services.checks import CheckExpired, thanks_for_feedback
from bot.slack import blocks, check_blocks, checks, flows, lesson_blocks, lessons, practice, practice_blocks

STALE_BUTTON = "That button is out of date: run the check again."
STALE_LESSON = "That button is from a lesson this app no longer knows, so nothing was saved."


def register(app: AsyncApp) -> None:
    app.action(check_blocks.ANOTHER_VERSION)(flows.guarded(another_version))
    app.action(check_blocks.WHY)(flows.guarded(why))
    app.action(check_blocks.HELPFUL)(flows.guarded(helpful))
    app.action(check_blocks.NOT_HELPFUL)(flows.guarded(not_helpful))
    app.action(blocks.OPEN_CHECK)(flows.guarded(open_check))
    app.action(blocks.OPEN_SETTINGS)(flows.guarded(open_settings))
    app.action(blocks.FORGET_CONFIRM)(flows.guarded(forget_confirm))
    app.action(blocks.FORGET_CANCEL)(flows.guarded(forget_cancel))
    app.action(lesson_blocks.QUIZ_ANSWER)(flows.guarded(quiz_answer))
    app.action(lesson_blocks.LESSON_DONE)(flows.guarded(lesson_done))
    app.action(practice_blocks.PRACTICE_START)(flows.guarded(practice_start))


def _value(action: dict[str, Any]) -> str:
    return action.get("value") or ""


async def _check_pressed(client: AsyncWebClient, body: dict[str, Any], action: dict[str, Any]) -> int | None:
    """The check a button refers to; ``None`` after telling the presser the button is stale."""
    check_id = blocks.parse_id(_value(action))
    if check_id is None:
        await _say(client, body, STALE_BUTTON)
    return check_id


async def _say(client: AsyncWebClient, body: dict[str, Any], text: str) -> None:
    """Answer a press with a message only the presser sees, where the button was."""
    await flows.tell(flows.to_response_url(client, body["response_url"]), text)


async def another_version(
    ack: AsyncAck, body: dict[str, Any], action: dict[str, Any], client: AsyncWebClient, context: dict[str, Any]
) -> None:
    await ack()
    user = await flows.enrol(client, context, body["user"]["id"])
    check_id = await _check_pressed(client, body, action)
    if check_id is None:
        return
    services = flows.services_of(context)
    try:
        checked = await services.run(services.checks.another_version, user, check_id)
    except CheckExpired as error:
        await _say(client, body, str(error))
        return
    await flows.to_response_url(client, body["response_url"], replace=True)(
        check_blocks.result_text(checked.result), check_blocks.result_blocks(checked)
    )


async def why(
    ack: AsyncAck, body: dict[str, Any], action: dict[str, Any], client: AsyncWebClient, context: dict[str, Any]
) -> None:
    await ack()
    try:
        finding = json.loads(_value(action))
        lesson_id, rule = str(finding["lesson"]), str(finding["rule"])
    except (json.JSONDecodeError, KeyError, TypeError):
        await _say(client, body, STALE_BUTTON)
        return
    await client.views_open(trigger_id=body["trigger_id"], view=_lesson_view(context, finding, lesson_id, rule))


def _lesson_view(context: dict[str, Any], finding: dict[str, Any], lesson_id: str, rule: str) -> blocks.View:
    lesson = flows.services_of(context).lessons.lesson(lesson_id)
    if lesson is not None:
        return check_blocks.lesson_modal(lesson.title, lesson.idea, lesson.try_today)
    return check_blocks.finding_modal(str(finding.get("message", "")), str(finding.get("why", "")), rule, lesson_id)


async def helpful(
    ack: AsyncAck, body: dict[str, Any], action: dict[str, Any], client: AsyncWebClient, context: dict[str, Any]
) -> None:
    await ack()
    user = await flows.enrol(client, context, body["user"]["id"])
    check_id = await _check_pressed(client, body, action)
    if check_id is None:
        return
    services = flows.services_of(context)
    try:
        await services.run(services.checks.feedback, user, check_id, True)
    except CheckExpired as error:
        await _say(client, body, str(error))
        return
    await _say(client, body, thanks_for_feedback(check_id, helpful=True, reason_kept=services.settings.store_text))


async def not_helpful(ack: AsyncAck, body: dict[str, Any], action: dict[str, Any], client: AsyncWebClient) -> None:
    await ack()
    check_id = await _check_pressed(client, body, action)
    if check_id is None:
        return
    metadata = json.dumps({"check": check_id, "response_url": body["response_url"]})
    await client.views_open(trigger_id=body["trigger_id"], view=check_blocks.reason_modal(metadata))


async def open_check(ack: AsyncAck, body: dict[str, Any], client: AsyncWebClient, context: dict[str, Any]) -> None:
    await ack()
    slack_user = body["user"]["id"]
    metadata = flows.destination_metadata(response_url=None, slack_user=slack_user)
    await checks.open_check_modal(client, body["trigger_id"], metadata)
    await flows.enrol(client, context, slack_user)


async def open_settings(ack: AsyncAck, body: dict[str, Any], client: AsyncWebClient, context: dict[str, Any]) -> None:
    await ack()
    await lessons.open_settings(client, context, body["trigger_id"], body["user"]["id"])


async def forget_confirm(ack: AsyncAck, body: dict[str, Any], client: AsyncWebClient, context: dict[str, Any]) -> None:
    await ack()
    slack_user = body["user"]["id"]
    services = flows.services_of(context)
    deleted = await services.run(services.forget, flows.user_key(context, slack_user))
    await flows.tell(flows.to_response_url(client, body["response_url"], replace=True), forgotten(deleted))
    await client.views_publish(user_id=slack_user, view=blocks.forgotten_home_view())


async def forget_cancel(ack: AsyncAck, body: dict[str, Any], client: AsyncWebClient) -> None:
    await ack()
    await flows.tell(flows.to_response_url(client, body["response_url"], replace=True), NOTHING_DELETED)


async def quiz_answer(
    ack: AsyncAck, body: dict[str, Any], action: dict[str, Any], client: AsyncWebClient, context: dict[str, Any]
) -> None:
    """The first answer to each question counts; a second press redraws the lesson and says so."""
    await ack()
    picked = lesson_blocks.parse_quiz_value(_value(action))
    if picked is None:
        await _say(client, body, STALE_LESSON)
        return
    user = flows.user_key(context, body["user"]["id"])
    services = flows.services_of(context)
    answer = await services.run(services.lessons.answer_quiz, user, *picked)
    if answer.status == "unknown":
        await _say(client, body, answer.message)
        return
    await _redraw_lesson(client, body, context, user, picked[0], answer.note, gone=answer.message)


async def lesson_done(
    ack: AsyncAck, body: dict[str, Any], action: dict[str, Any], client: AsyncWebClient, context: dict[str, Any]
) -> None:
    await ack()
    delivery_id = blocks.parse_id(_value(action))
    if delivery_id is None:
        await _say(client, body, STALE_LESSON)
        return
    user = flows.user_key(context, body["user"]["id"])
    services = flows.services_of(context)
    done = await services.run(services.lessons.complete, user, delivery_id)
    await _redraw_lesson(client, body, context, user, delivery_id, done.message, gone=done.message)


async def _redraw_lesson(
    client: AsyncWebClient, body: dict[str, Any], context: dict[str, Any], user: str, delivery_id: int,
    note: str | None, *, gone: str,
) -> None:
    """Redraw the lesson a button was pressed on as the store now has it; ``gone`` is said instead when the
    lesson is no longer on record (deleted with forget-me, or someone else's)."""
    services = flows.services_of(context)
    state = await services.run(services.lessons.state, user, delivery_id)
    if state is None:
        await _say(client, body, gone)
        return
    await lessons.redraw(client, body, state, note)


async def practice_start(
    ack: AsyncAck, body: dict[str, Any], action: dict[str, Any], client: AsyncWebClient, context: dict[str, Any]
) -> None:
    await ack()
    await practice.from_button(context, client, body, _value(action))
