"""Buttons, modal submissions and shortcuts, sent as Slack sends them (signed) to the real endpoint."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from bot.slack import blocks, check_blocks
from bot.slack.actions import STALE_BUTTON
from bot.slack.shortcuts import GLOBAL_SHORTCUT, MESSAGE_SHORTCUT
from tests.fake_slack import (
    TEAM,
    SlackBot,
    block_action,
    blocks_text,
    global_shortcut,
    home_action,
    message_shortcut,
    running_bot,
    view_payload,
)

if TYPE_CHECKING:
    from conftest import FakeClock

DRAFT = "As I already said, you should have checked the tracking page. Someone will look into it."
ANA = f"slack:{TEAM}:U1ANA"


def run_check(bot: SlackBot, name: str = "check", user: str = "U1ANA") -> dict[str, str]:
    """Checks DRAFT and returns the result's buttons as {action_id: value}."""
    bot.slack.command(DRAFT, bot.fake.response_url(name), user=user)
    posted = bot.fake.wait_for(f"response:{name}")[0].params
    return {element["action_id"]: element.get("value", "") for block in posted["blocks"]
            if block["type"] == "actions" for element in block["elements"]}


def feedback_rows(bot: SlackBot) -> list[dict]:
    return list(bot.store.db.query("SELECT check_id, user_id, helpful, reason FROM feedback ORDER BY id"))


def test_another_version_replaces_the_result_with_the_next_wording(slack_bot: SlackBot) -> None:
    buttons = run_check(slack_bot)
    slack_bot.slack.send(block_action(check_blocks.ANOTHER_VERSION, buttons[check_blocks.ANOTHER_VERSION],
                                      slack_bot.fake.response_url("again")))
    posted = slack_bot.fake.wait_for("response:again")[0].params
    assert posted["replace_original"] is True
    assert "version 2 of the rewrite" in blocks_text(posted["blocks"])
    assert slack_bot.store.count_checks(ANA) == 1  # another version is not another check


def test_another_version_of_someone_elses_check_is_refused(slack_bot: SlackBot) -> None:
    buttons = run_check(slack_bot, user="U1ANA")
    slack_bot.slack.send(block_action(check_blocks.ANOTHER_VERSION, buttons[check_blocks.ANOTHER_VERSION],
                                      slack_bot.fake.response_url("theft"), user="U2BEN"))
    posted = slack_bot.fake.wait_for("response:theft")[0].params
    assert posted["replace_original"] is False and "run the check again" in posted["text"]
    assert "Empathy score" not in posted["text"]


@pytest.mark.parametrize(
    ("action_id", "value", "expected"),
    [
        *((check_blocks.HELPFUL, value, STALE_BUTTON) for value in ("", "abc", "-1", "²")),
        (check_blocks.HELPFUL, "99999", "That check isn't one of yours"),
        *((check_blocks.ANOTHER_VERSION, value, STALE_BUTTON) for value in ("", "abc", "²")),
        (check_blocks.ANOTHER_VERSION, "99999", "That check is no longer in memory"),
        (check_blocks.NOT_HELPFUL, "abc", STALE_BUTTON),
        (check_blocks.WHY, "{not json", STALE_BUTTON),
        (check_blocks.WHY, '{"check": 1}', STALE_BUTTON),
    ],
)
def test_forged_or_stale_buttons_get_a_clear_message(
    slack_bot: SlackBot, action_id: str, value: str, expected: str
) -> None:
    slack_bot.slack.send(block_action(action_id, value, slack_bot.fake.response_url("forged")))
    posted = slack_bot.fake.wait_for("response:forged")[0].params
    assert posted["text"].startswith(expected) and posted["replace_original"] is False
    assert feedback_rows(slack_bot) == [] and slack_bot.fake.calls_to("views.open") == []


def test_why_opens_the_lesson_behind_the_top_finding(slack_bot: SlackBot) -> None:
    buttons = run_check(slack_bot)
    finding = json.loads(buttons[check_blocks.WHY])
    slack_bot.slack.send(block_action(check_blocks.WHY, buttons[check_blocks.WHY], slack_bot.fake.response_url("why")))
    view = slack_bot.fake.wait_for("views.open")[0].view
    assert view["title"]["text"] == "Why?"
    shown = blocks_text(view["blocks"])
    from bot.coach.lessons.curriculum import Curriculum

    lesson = Curriculum.load().get(finding["lesson"])
    assert lesson is not None, f"the engine points to a lesson that doesn't exist: {finding['lesson']}"
    assert lesson.title in shown and "Try today" in shown


def test_why_falls_back_to_the_findings_own_reasoning_for_an_unknown_lesson(slack_bot: SlackBot) -> None:
    value = json.dumps({"check": 1, "rule": "E101", "lesson": "no-such-lesson", "message": "Say how they feel.",
                        "why": "People calm down once they feel heard."})
    slack_bot.slack.send(block_action(check_blocks.WHY, value, slack_bot.fake.response_url("why")))
    shown = blocks_text(slack_bot.fake.wait_for("views.open")[0].view["blocks"])
    assert "People calm down once they feel heard." in shown and "no-such-lesson" in shown


def test_helpful_is_stored_once_and_acknowledged(slack_bot: SlackBot) -> None:
    buttons = run_check(slack_bot)
    slack_bot.slack.send(block_action(check_blocks.HELPFUL, buttons[check_blocks.HELPFUL], slack_bot.fake.response_url("yes")))
    assert "helped" in slack_bot.fake.wait_for("response:yes")[0].params["text"]
    assert feedback_rows(slack_bot) == [{"check_id": int(buttons[check_blocks.HELPFUL]), "user_id": ANA, "helpful": 1,
                                         "reason": None}]


def test_pressing_helpful_twice_stores_one_row(slack_bot: SlackBot) -> None:
    value = run_check(slack_bot)[check_blocks.HELPFUL]
    for name in ("first", "second"):
        slack_bot.slack.send(block_action(check_blocks.HELPFUL, value, slack_bot.fake.response_url(name)))
        assert "helped" in slack_bot.fake.wait_for(f"response:{name}")[0].params["text"]
    assert feedback_rows(slack_bot) == [{"check_id": int(value), "user_id": ANA, "helpful": 1, "reason": None}]


@pytest.fixture
def consenting_bot(tmp_path: Path, coach_clock: FakeClock) -> Iterator[SlackBot]:
    """The Slack app with ``COACH_STORE_TEXT`` on: the only way a "Not helpful" reason is kept."""
    with running_bot(tmp_path / "coach.db", coach_clock, COACH_STORE_TEXT="1") as bot:
        yield bot


def test_changing_ones_mind_keeps_the_latest_answer_and_its_reason(consenting_bot: SlackBot) -> None:
    slack_bot = consenting_bot
    value = run_check(slack_bot)[check_blocks.HELPFUL]
    slack_bot.slack.send(block_action(check_blocks.HELPFUL, value, slack_bot.fake.response_url("yes")))
    slack_bot.fake.wait_for("response:yes")
    slack_bot.slack.send(block_action(check_blocks.NOT_HELPFUL, value, slack_bot.fake.response_url("no")))
    modal = slack_bot.fake.wait_for("views.open")[0].view
    reason = {check_blocks.REASON_INPUT: {"type": "plain_text_input", "value": "It did say sorry."}}
    slack_bot.slack.send(view_payload("view_submission", check_blocks.REASON_VIEW, reason, modal["private_metadata"]))
    slack_bot.fake.wait_for("response:no")
    assert feedback_rows(slack_bot) == [{"check_id": int(value), "user_id": ANA, "helpful": 0,
                                         "reason": "It did say sorry."}]


def test_not_helpful_asks_for_a_reason_and_stores_it(consenting_bot: SlackBot) -> None:
    slack_bot = consenting_bot
    buttons = run_check(slack_bot)
    check_id = int(buttons[check_blocks.NOT_HELPFUL])
    slack_bot.slack.send(block_action(check_blocks.NOT_HELPFUL, buttons[check_blocks.NOT_HELPFUL],
                                      slack_bot.fake.response_url("no")))
    modal = slack_bot.fake.wait_for("views.open")[0].view
    assert modal["callback_id"] == check_blocks.REASON_VIEW and modal["notify_on_close"] is True
    assert feedback_rows(slack_bot) == []  # nothing stored until they send or close the form

    reason = "It did acknowledge the delay in the first line."
    reply = slack_bot.slack.send(view_payload("view_submission", check_blocks.REASON_VIEW,
                                              {check_blocks.REASON_INPUT: {"type": "plain_text_input", "value": reason}},
                                              modal["private_metadata"]))
    assert reply.status == 200
    assert "reason is saved" in slack_bot.fake.wait_for("response:no")[0].params["text"]
    assert feedback_rows(slack_bot) == [{"check_id": check_id, "user_id": ANA, "helpful": 0, "reason": reason}]


def test_a_reason_is_not_stored_without_consent_and_the_agent_is_told(slack_bot: SlackBot) -> None:
    buttons = run_check(slack_bot)
    slack_bot.slack.send(block_action(check_blocks.NOT_HELPFUL, buttons[check_blocks.NOT_HELPFUL],
                                      slack_bot.fake.response_url("no")))
    modal = slack_bot.fake.wait_for("views.open")[0].view
    reason = {check_blocks.REASON_INPUT: {"type": "plain_text_input", "value": "It did say sorry."}}
    slack_bot.slack.send(view_payload("view_submission", check_blocks.REASON_VIEW, reason, modal["private_metadata"]))
    assert "not saved" in slack_bot.fake.wait_for("response:no")[0].params["text"]
    assert [(row["helpful"], row["reason"]) for row in feedback_rows(slack_bot)] == [(0, None)]


def test_closing_the_reason_form_still_records_not_helpful(slack_bot: SlackBot) -> None:
    buttons = run_check(slack_bot)
    slack_bot.slack.send(block_action(check_blocks.NOT_HELPFUL, buttons[check_blocks.NOT_HELPFUL],
                                      slack_bot.fake.response_url("no")))
    modal = slack_bot.fake.wait_for("views.open")[0].view
    slack_bot.slack.send(view_payload("view_closed", check_blocks.REASON_VIEW, {}, modal["private_metadata"]))
    assert "didn't help" in slack_bot.fake.wait_for("response:no")[0].params["text"]
    assert [row["reason"] for row in feedback_rows(slack_bot)] == [None]


def submit_check(bot: SlackBot, draft: str, metadata: str, customer: str | None = None):
    values = {check_blocks.DRAFT_INPUT: {"type": "plain_text_input", "value": draft},
              check_blocks.CUSTOMER_INPUT: {"type": "plain_text_input", "value": customer}}
    return bot.slack.send(view_payload("view_submission", check_blocks.CHECK_VIEW, values, metadata))


def test_the_check_modal_answers_where_it_was_opened(slack_bot: SlackBot) -> None:
    slack_bot.slack.command("", slack_bot.fake.response_url("form"))
    metadata = slack_bot.fake.wait_for("views.open")[0].view["private_metadata"]
    reply = submit_check(slack_bot, DRAFT, metadata, customer="My parcel is late and I'm really annoyed!")
    assert (reply.status, reply.body) == (200, "")
    posted = slack_bot.fake.wait_for("response:form")[0].params
    assert "Empathy score" in posted["text"] and posted["response_type"] == "ephemeral"
    assert slack_bot.store.count_checks(ANA) == 1


@pytest.mark.parametrize(("draft", "expected"), [("   ", "no reply to check"), ("<@U2BEN>", "only a mention")])
def test_the_check_modal_keeps_a_bad_draft_open_with_the_reason(slack_bot: SlackBot, draft: str, expected: str) -> None:
    reply = submit_check(slack_bot, draft, json.dumps({"response_url": slack_bot.fake.response_url("form")}))
    answer = reply.json()
    assert answer["response_action"] == "errors" and expected in answer["errors"][check_blocks.DRAFT_INPUT]
    assert slack_bot.store.count_checks(ANA) == 0


def test_the_message_shortcut_prefills_the_draft(slack_bot: SlackBot) -> None:
    slack_bot.slack.send(message_shortcut(MESSAGE_SHORTCUT, "Thanks &amp; sorry for the wait",
                                          slack_bot.fake.response_url("shortcut")))
    view = slack_bot.fake.wait_for("views.open")[0].view
    draft = next(block for block in view["blocks"] if block.get("block_id") == check_blocks.DRAFT_INPUT)
    assert draft["element"]["initial_value"] == "Thanks & sorry for the wait"
    assert json.loads(view["private_metadata"]) == {"response_url": slack_bot.fake.response_url("shortcut")}


def test_a_message_too_long_for_the_form_is_checked_straight_away(slack_bot: SlackBot) -> None:
    long_draft = ("Thanks for waiting. I've checked the order and it ships tomorrow. " * 60).strip()
    assert len(long_draft) > blocks.MAX_INPUT_CHARS
    slack_bot.slack.send(message_shortcut(MESSAGE_SHORTCUT, long_draft, slack_bot.fake.response_url("long")))
    assert "Empathy score" in slack_bot.fake.wait_for("response:long")[0].params["text"]
    assert slack_bot.fake.calls_to("views.open") == []


def test_the_global_shortcut_result_arrives_in_the_apps_dm(slack_bot: SlackBot) -> None:
    slack_bot.slack.send(global_shortcut(GLOBAL_SHORTCUT))
    metadata = slack_bot.fake.wait_for("views.open")[0].view["private_metadata"]
    submit_check(slack_bot, DRAFT, metadata)
    posted = slack_bot.fake.wait_for("chat.postMessage")[0].params
    assert posted["channel"] == "U1ANA" and "Empathy score" in posted["text"]


def test_home_buttons_open_the_check_form_and_settings(slack_bot: SlackBot) -> None:
    slack_bot.slack.send(home_action(blocks.OPEN_CHECK))
    slack_bot.slack.send(home_action(blocks.OPEN_SETTINGS))
    callback_ids = {call.view["callback_id"] for call in slack_bot.fake.wait_for("views.open", 2)}
    assert callback_ids == {check_blocks.CHECK_VIEW, blocks.SETTINGS_VIEW}


def settings_values(timezone: str, time: str, *options: str) -> dict:
    return {
        blocks.TIMEZONE_INPUT: {"type": "plain_text_input", "value": timezone},
        blocks.LESSON_TIME_INPUT: {"type": "timepicker", "selected_time": time},
        blocks.OPTIONS_INPUT: {"type": "checkboxes",
                               "selected_options": [{"value": option} for option in options]},
    }


def test_saving_settings_stores_them_and_refreshes_the_home_tab(slack_bot: SlackBot) -> None:
    run_check(slack_bot)
    reply = slack_bot.slack.send(view_payload("view_submission", blocks.SETTINGS_VIEW,
                                              settings_values("Asia/Kolkata", "8:15", blocks.LESSONS_PAUSED)))
    assert (reply.status, reply.body) == (200, "")
    home = slack_bot.fake.wait_for("views.publish")[0]
    assert home.params["user_id"] == "U1ANA" and "paused" in blocks_text(home.view["blocks"])
    saved = slack_bot.store.user_settings(ANA)
    assert (saved.timezone, saved.lesson_time, saved.weekdays_only, saved.lessons_paused) == (
        "Asia/Kolkata", "08:15", False, True)


@pytest.mark.parametrize(
    ("timezone", "time", "field", "expected"),
    [
        ("Mars/Olympus", "09:30", blocks.TIMEZONE_INPUT, "isn't a time zone we know"),
        ("Europe/Paris", "25:00", blocks.LESSON_TIME_INPUT, "HH:MM"),
        ("Europe/Paris", "", blocks.LESSON_TIME_INPUT, "HH:MM"),
    ],
)
def test_bad_settings_keep_the_form_open_with_a_message_by_the_field(
    slack_bot: SlackBot, timezone: str, time: str, field: str, expected: str
) -> None:
    run_check(slack_bot)
    reply = slack_bot.slack.send(view_payload("view_submission", blocks.SETTINGS_VIEW,
                                              settings_values(timezone, time)))
    answer = reply.json()
    assert answer["response_action"] == "errors" and expected in answer["errors"][field]
    assert slack_bot.store.user_settings(ANA).timezone == "Europe/Lisbon"


def test_forget_me_confirmed_deletes_everything_and_clears_the_home_tab(slack_bot: SlackBot) -> None:
    run_check(slack_bot)
    slack_bot.slack.send(block_action(blocks.FORGET_CONFIRM, "", slack_bot.fake.response_url("forget")))
    posted = slack_bot.fake.wait_for("response:forget")[0].params
    assert posted["replace_original"] is True and "1 check" in posted["text"]
    assert slack_bot.store.user_settings(ANA) is None and slack_bot.store.count_checks(ANA) == 0
    home = slack_bot.fake.wait_for("views.publish")[0].view
    assert "Nothing is stored about you" in blocks_text(home["blocks"])


def test_forget_me_cancelled_deletes_nothing(slack_bot: SlackBot) -> None:
    run_check(slack_bot)
    slack_bot.slack.send(block_action(blocks.FORGET_CANCEL, "", slack_bot.fake.response_url("keep")))
    assert "Nothing was deleted" in slack_bot.fake.wait_for("response:keep")[0].params["text"]
    assert slack_bot.store.count_checks(ANA) == 1


def test_a_rate_limited_call_is_retried_by_the_client(slack_bot: SlackBot) -> None:
    slack_bot.fake.fail("views.open", 429)
    slack_bot.slack.send(global_shortcut(GLOBAL_SHORTCUT))
    opened = slack_bot.fake.wait_for("views.open", 2)
    assert opened[0].params == opened[1].params


def test_a_failure_before_the_ack_still_acks_and_is_logged(slack_bot: SlackBot, caplog: pytest.LogCaptureFixture) -> None:
    slack_bot.store.db.execute("ALTER TABLE users RENAME TO users_gone")  # every read and write now fails
    reply = slack_bot.slack.send(view_payload("view_submission", blocks.SETTINGS_VIEW,
                                              settings_values("Europe/Paris", "09:30")))
    assert (reply.status, reply.body) == (200, "")
    assert any("failed in save_settings" in record.getMessage() for record in caplog.records)
