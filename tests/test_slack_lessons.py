"""Daily lessons in Slack, end to end: sent to the DM over HTTP, quiz buttons pressed with signed requests.

The clock is fixed: Monday 10 March 2025. Ana's Slack profile says Europe/Lisbon (UTC+0 that day), so her
09:30 lesson is due from 09:30 UTC.
"""

from __future__ import annotations

import asyncio
import json
import signal
import subprocess
import sys
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from bot.cli import main
from bot.coach.lessons.curriculum import Curriculum
from bot.server import LESSON_SCHEDULER, configured_senders, create_app
from bot.services.lessons import CLAIM_LEASE, MAX_ATTEMPTS, DeliveryReport, deliver_due
from bot.settings import Settings
from bot.slack import blocks
from bot.slack.actions import STALE_LESSON
from bot.slack.app import build_client
from bot.slack.lesson_blocks import LESSON_DONE, QUIZ_ANSWER
from bot.slack.lessons import LESSON_EVENT, LessonSender, without_rate_limit_retries
from bot.store import Store
from tests.conftest import FakeClock
from tests.fake_slack import (
    SECRET,
    TEAM,
    FakeSlack,
    SlackBot,
    blocks_of,
    blocks_text,
    dm_action,
    fake_slack,
    shared_store,
    view_payload,
)
from tests.loopback import serve

ANA = f"slack:{TEAM}:U1ANA"
BEN = f"slack:{TEAM}:U2BEN"
DUE = datetime(2025, 3, 10, 9, 31, tzinfo=UTC)


def enrol_by_command(bot: SlackBot, user: str = "U1ANA") -> None:
    """First contact, as a person makes it: the app reads their profile and enrols them with its time zone."""
    bot.slack.command("help", bot.fake.response_url(f"help-{user}"), user=user)
    bot.fake.wait_for(f"response:help-{user}")


def slack_environment(monkeypatch: pytest.MonkeyPatch, fake: FakeSlack) -> None:
    monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxb-test-token")
    monkeypatch.setenv("SLACK_SIGNING_SECRET", SECRET)
    monkeypatch.setenv("SLACK_API_URL", f"{fake.url}/api/")


def deliver(bot: SlackBot, now: datetime = DUE, **options: Any) -> DeliveryReport:
    """One fan-out through the Slack sender ``deliver-due`` uses, pointed at the fake."""
    settings = Settings.from_env({"HOME": "/nonexistent", "SLACK_BOT_TOKEN": "xoxb-test-token",
                                  "SLACK_SIGNING_SECRET": SECRET, "SLACK_API_URL": f"{bot.fake.url}/api/"})
    return asyncio.run(deliver_due(bot.store, now, configured_senders(settings), **options))


def posted_lesson(bot: SlackBot, number: int = 1) -> dict[str, Any]:
    return bot.fake.wait_for("chat.postMessage", number)[number - 1].params


def quiz_buttons(message_blocks: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [block["accessory"] for block in message_blocks
            if block.get("accessory", {}).get("action_id") == QUIZ_ANSWER]


def answers(store: Store) -> list[tuple]:
    return [tuple(row) for row in store.db.execute("SELECT user_id, question_id, option_id FROM quiz_answers")]


def test_deliver_due_sends_the_lesson_to_the_dm_and_a_quiz_answer_is_stored_once(
    slack_bot: SlackBot, cli_env: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    enrol_by_command(slack_bot)
    slack_environment(monkeypatch, slack_bot.fake)

    assert main(["deliver-due", "--now", "2025-03-10T09:31:00Z"]) == 0
    assert "1 lessons sent (0 late)" in capsys.readouterr().out

    opened = slack_bot.fake.wait_for("conversations.open")
    assert [call.params["users"] for call in opened] == ["U1ANA"]  # Ben never used the app: nothing for him
    lesson = posted_lesson(slack_bot)
    assert lesson["channel"] == "DU1ANA"
    shown = blocks_of(lesson)
    buttons = quiz_buttons(shown)
    delivery = slack_bot.store.delivery(int(buttons[0]["value"].split(":")[0]))
    assert delivery is not None and delivery.user_id == ANA and delivery.status == "sent"
    taught = Curriculum.load().get(delivery.lesson_id)
    assert taught is not None and taught.title in blocks_text(shown)
    assert len(buttons) == sum(len(question.options) for question in taught.quiz)

    question = taught.quiz[0]
    right = next(button for button in buttons
                 if button["value"] == f"{delivery.id}:{question.id}:{question.answer_id}")
    wrong = next(button for button in buttons if button["value"].startswith(f"{delivery.id}:{question.id}:")
                 and button is not right)
    slack_bot.slack.send(dm_action(QUIZ_ANSWER, right["value"], slack_bot.fake.response_url("quiz")))
    update = slack_bot.fake.wait_for("chat.update")[0].params
    assert (update["channel"], update["ts"]) == ("DU1ANA", "5.000100")
    redrawn = blocks_of(update)
    assert question.options[question.answer].feedback in blocks_text(redrawn)
    assert f"{delivery.id}:{question.id}:" not in json.dumps(quiz_buttons(redrawn)), "answered: its buttons go"
    assert answers(slack_bot.store) == [(ANA, question.id, question.answer_id)]

    slack_bot.slack.send(dm_action(QUIZ_ANSWER, wrong["value"], slack_bot.fake.response_url("again")))
    again = blocks_of(slack_bot.fake.wait_for("chat.update", 2)[1].params)
    assert "first answer is the one that counts" in blocks_text(again)
    assert answers(slack_bot.store) == [(ANA, question.id, question.answer_id)], "a second press records nothing"
    assert not slack_bot.fake.calls_to("response:quiz") and not slack_bot.fake.calls_to("response:again")

    assert main(["deliver-due", "--now", "2025-03-10T09:45:00Z"]) == 0
    assert len(slack_bot.fake.calls_to("chat.postMessage")) == 1, "one lesson a day, however often it runs"


def test_answering_every_question_completes_the_lesson_and_progress_shows_it(slack_bot: SlackBot) -> None:
    enrol_by_command(slack_bot)
    assert deliver(slack_bot).sent == 1
    buttons = quiz_buttons(blocks_of(posted_lesson(slack_bot)))
    delivery_id = int(buttons[0]["value"].split(":")[0])
    lesson = Curriculum.load().get(slack_bot.store.delivery(delivery_id).lesson_id)
    for number, question in enumerate(lesson.quiz, start=1):
        slack_bot.slack.send(dm_action(QUIZ_ANSWER, f"{delivery_id}:{question.id}:{question.answer}",
                                          slack_bot.fake.response_url(f"q{number}")))
        slack_bot.fake.wait_for("chat.update", number)
    last = blocks_of(slack_bot.fake.calls_to("chat.update")[-1].params)
    assert "Lesson done: that's 1 lesson day in a row." in blocks_text(last)
    assert not any(block["type"] == "actions" for block in last), "no Done button on a finished lesson"

    slack_bot.slack.command("progress", slack_bot.fake.response_url("progress"))
    progress = blocks_text(slack_bot.fake.wait_for("response:progress")[0].params["blocks"])
    assert "1-day streak" in progress and "1 lesson done" in progress
    assert f"quiz 100% right ({len(lesson.quiz)} answer" in progress


def test_done_marks_the_lesson_done_once(slack_bot: SlackBot) -> None:
    enrol_by_command(slack_bot)
    deliver(slack_bot)
    done = next(element for block in blocks_of(posted_lesson(slack_bot)) if block["type"] == "actions"
                for element in block["elements"] if element["action_id"] == LESSON_DONE)
    slack_bot.slack.send(dm_action(LESSON_DONE, done["value"], slack_bot.fake.response_url("done")))
    assert "Lesson done. Streak: 1 lesson day in a row." in blocks_text(
        blocks_of(slack_bot.fake.wait_for("chat.update")[0].params))
    slack_bot.slack.send(dm_action(LESSON_DONE, done["value"], slack_bot.fake.response_url("done-again")))
    assert "already marked done" in blocks_text(blocks_of(slack_bot.fake.wait_for("chat.update", 2)[1].params))
    assert slack_bot.store.lesson_stats(ANA).lessons_completed == 1


def test_a_button_on_a_lesson_deleted_by_forget_me_changes_nothing_and_says_so(slack_bot: SlackBot) -> None:
    enrol_by_command(slack_bot)
    deliver(slack_bot)
    button = quiz_buttons(blocks_of(posted_lesson(slack_bot)))[0]
    slack_bot.store.forget_user(ANA)
    slack_bot.slack.send(dm_action(QUIZ_ANSWER, button["value"], slack_bot.fake.response_url("forgotten")))
    said = slack_bot.fake.wait_for("response:forgotten")[0].params
    assert "no longer on record" in said["text"] and said["replace_original"] is False
    assert not slack_bot.fake.calls_to("chat.update") and answers(slack_bot.store) == []
    assert slack_bot.store.user_settings(ANA) is None, "pressing an old button doesn't enrol anyone again"


@pytest.mark.parametrize(
    ("action_id", "value"),
    [(QUIZ_ANSWER, value) for value in ("", "x", "1:q", "abc:q:1", "7:q:-1", "7:q:²", "²:q:1")]
    + [(LESSON_DONE, value) for value in ("", "x", "-1", "²")],
)
def test_forged_lesson_buttons_get_a_clear_message(slack_bot: SlackBot, action_id: str, value: str) -> None:
    enrol_by_command(slack_bot)
    slack_bot.slack.send(dm_action(action_id, value, slack_bot.fake.response_url("forged")))
    assert slack_bot.fake.wait_for("response:forged")[0].params["text"] == STALE_LESSON
    assert answers(slack_bot.store) == [] and slack_bot.store.lesson_stats(ANA).lessons_completed == 0


def test_someone_elses_quiz_button_records_nothing(slack_bot: SlackBot) -> None:
    enrol_by_command(slack_bot)
    enrol_by_command(slack_bot, "U2BEN")
    assert slack_bot.store.user_settings(BEN).timezone == "America/Chicago"  # 04:31 there: not due yet
    assert deliver(slack_bot).sent == 1
    button = quiz_buttons(blocks_of(posted_lesson(slack_bot)))[0]
    slack_bot.slack.send(dm_action(QUIZ_ANSWER, button["value"], slack_bot.fake.response_url("theft"),
                                      user="U2BEN", channel="DU2BEN"))
    assert "wasn't saved" in slack_bot.fake.wait_for("response:theft")[0].params["text"]
    assert answers(slack_bot.store) == []


def test_a_rate_limit_is_waited_out_as_slack_asks_and_the_lesson_still_goes(slack_bot: SlackBot) -> None:
    enrol_by_command(slack_bot)
    slack_bot.fake.retry_after = 7
    slack_bot.fake.fail("chat.postMessage", 429)
    waits: list[float] = []

    async def sleep(seconds: float) -> None:
        waits.append(seconds)

    report = deliver(slack_bot, sleep=sleep)
    assert waits == [7.0], "the wait is the one Slack asked for, taken by the fan-out, not slack_sdk"
    assert (report.sent, report.rate_limited, report.failed) == (1, 1, 0)
    assert len(slack_bot.fake.calls_to("chat.postMessage")) == 2  # refused once, then sent: not dropped
    assert slack_bot.store.lesson_days(ANA)[0].local_date.isoformat() == "2025-03-10"


def test_the_servers_retrying_client_loses_its_rate_limit_handler_only_for_lessons() -> None:
    settings = Settings.from_env({"HOME": "/nonexistent", "SLACK_BOT_TOKEN": "xoxb-t", "SLACK_SIGNING_SECRET": SECRET})
    shared = build_client(settings.slack)
    lessons = without_rate_limit_retries(shared)
    assert {type(handler).__name__ for handler in shared.retry_handlers} == {
        "AsyncRateLimitErrorRetryHandler", "AsyncConnectionErrorRetryHandler"}
    assert [type(handler).__name__ for handler in lessons.retry_handlers] == ["AsyncConnectionErrorRetryHandler"]
    assert (lessons.token, lessons.base_url, lessons.session) == (shared.token, shared.base_url, shared.session)


@pytest.mark.parametrize("error", ["user_not_found", "account_inactive", "cannot_dm_bot"])
def test_a_person_slack_says_is_gone_gets_no_more_lessons(slack_bot: SlackBot, error: str) -> None:
    enrol_by_command(slack_bot)
    slack_bot.fake.refused_users["U1ANA"] = error
    report = deliver(slack_bot)
    assert (report.sent, report.gone) == (0, 1)
    assert not slack_bot.fake.calls_to("chat.postMessage")
    deliver(slack_bot, datetime(2025, 3, 11, 9, 31, tzinfo=UTC))
    assert len(slack_bot.fake.calls_to("conversations.open")) == 1, "not tried again the next day"


@pytest.mark.parametrize(
    "event",
    [{"type": "app_uninstalled"}, {"type": "tokens_revoked", "tokens": {"bot": ["U0BOT"]}}],
    ids=["app_uninstalled", "tokens_revoked"],
)
def test_after_the_app_is_removed_nobody_in_the_workspace_gets_a_lesson(slack_bot: SlackBot, event: dict) -> None:
    enrol_by_command(slack_bot)
    assert slack_bot.slack.event(event, "Ev-removed").status == 200
    report = deliver(slack_bot)
    assert report.sent == 0 and not slack_bot.fake.calls_to("conversations.open")
    enrol_by_command(slack_bot)  # using the app again (after a reinstall) brings them back
    assert deliver(slack_bot).sent == 1


def test_revoking_only_a_persons_token_leaves_lessons_on(slack_bot: SlackBot) -> None:
    enrol_by_command(slack_bot)
    slack_bot.slack.event({"type": "tokens_revoked", "tokens": {"oauth": ["U1ANA"]}}, "Ev-oauth")
    assert deliver(slack_bot).sent == 1


def test_opting_out_in_lesson_settings_stops_lessons_and_the_form_remembers_it(slack_bot: SlackBot) -> None:
    enrol_by_command(slack_bot)
    options = {"selected_options": [{"value": blocks.WEEKDAYS_ONLY}, {"value": blocks.LESSONS_OPTED_OUT}]}
    reply = slack_bot.slack.send(view_payload("view_submission", blocks.SETTINGS_VIEW, {
        blocks.TIMEZONE_INPUT: {"value": "Europe/Lisbon"}, blocks.LESSON_TIME_INPUT: {"selected_time": "09:30"},
        blocks.OPTIONS_INPUT: options}))
    assert reply.status == 200
    assert slack_bot.store.user_settings(ANA).lessons_opted_out
    home = slack_bot.fake.wait_for("views.publish")[0].view
    assert "You won't get daily lessons" in blocks_text(home["blocks"])
    form = blocks.settings_modal(slack_bot.store.user_settings(ANA))
    checked = form["blocks"][2]["element"]["initial_options"]
    assert {option["value"] for option in checked} == {blocks.WEEKDAYS_ONLY, blocks.LESSONS_OPTED_OUT}
    assert deliver(slack_bot).sent == 0 and not slack_bot.fake.calls_to("conversations.open")


def test_app_home_shows_lesson_progress_beside_the_checks(slack_bot: SlackBot) -> None:
    enrol_by_command(slack_bot)
    deliver(slack_bot)
    button = quiz_buttons(blocks_of(posted_lesson(slack_bot)))[0]
    slack_bot.slack.send(dm_action(QUIZ_ANSWER, button["value"], slack_bot.fake.response_url("q")))
    slack_bot.fake.wait_for("chat.update")
    slack_bot.slack.event({"type": "app_home_opened", "user": "U1ANA", "tab": "home"}, "Ev-home")
    home = blocks_text(slack_bot.fake.wait_for("views.publish")[0].view["blocks"])
    assert "Daily lessons:" in home and "(1 answer)" in home and "no checks in the last 7 days" in home


# --- The scheduler inside the server ---------------------------------------------------------------------------


def server_settings(fake: FakeSlack, tmp_path: Path, **environ: str) -> Settings:
    return Settings.from_env({"HOME": str(tmp_path), "COACH_DB": str(tmp_path / "coach.db"),
                              "SLACK_BOT_TOKEN": "xoxb-test-token", "SLACK_SIGNING_SECRET": SECRET,
                              "SLACK_API_URL": f"{fake.url}/api/", **environ})


def test_the_scheduler_sends_due_lessons_while_the_server_runs_and_stops_with_it(tmp_path: Path) -> None:
    clock = FakeClock(DUE)
    with fake_slack() as fake:
        store = shared_store(tmp_path / "coach.db", clock)
        store.ensure_user(ANA, "slack", "Ana", "Europe/Lisbon")
        try:
            app = create_app(server_settings(fake, tmp_path), store=store, scheduler=True)
            with serve(app):
                assert fake.wait_for("chat.postMessage")[0].params["channel"] == "DU1ANA"
                task = app[LESSON_SCHEDULER]
                assert not task.done()
            assert task.done() and not task.cancelled(), "stopping the server ends the scheduler after its round"
            assert [day.local_date.isoformat() for day in store.lesson_days(ANA)] == ["2025-03-10"]
        finally:
            store.close()


def test_an_app_built_without_asking_for_the_scheduler_never_starts_one(slack_bot: SlackBot, tmp_path: Path) -> None:
    app = create_app(server_settings(slack_bot.fake, tmp_path / "other"), store=slack_bot.store)
    assert LESSON_SCHEDULER not in app


def test_with_no_platform_that_can_send_the_scheduler_does_not_start(tmp_path: Path, memory_store: Store) -> None:
    app = create_app(Settings.from_env({"HOME": str(tmp_path)}), store=memory_store, scheduler=True)
    with serve(app):
        pass
    assert LESSON_SCHEDULER not in app


@pytest.mark.parametrize(("value", "expected"), [("off", False), ("0", False), ("on", True), ("", True)])
def test_coach_scheduler_turns_the_in_process_scheduler_off(value: str, expected: bool) -> None:
    assert Settings.from_env({"HOME": "/nonexistent", "COACH_SCHEDULER": value}).scheduler is expected


def test_a_bad_coach_scheduler_value_is_named() -> None:
    from bot.settings import SettingsError

    with pytest.raises(SettingsError, match="COACH_SCHEDULER='sometimes' is not a yes/no value"):
        Settings.from_env({"HOME": "/nonexistent", "COACH_SCHEDULER": "sometimes"})


def test_configured_senders_has_slack_only_when_slack_is_set_up(tmp_path: Path) -> None:
    assert configured_senders(Settings.from_env({"HOME": str(tmp_path)})) == {}
    settings = Settings.from_env({"HOME": str(tmp_path), "SLACK_BOT_TOKEN": "xoxb-t", "SLACK_SIGNING_SECRET": "s"})
    assert set(configured_senders(settings)) == {"slack"}


def test_a_lesson_for_a_user_id_of_another_platform_is_refused_before_any_call() -> None:
    from bot.services.lessons import LessonMessage

    async def never(**_: Any) -> None:
        raise AssertionError("no API call for a user this sender can't reach")

    client = build_client(Settings.from_env({"HOME": "/x", "SLACK_BOT_TOKEN": "xoxb-t",
                                             "SLACK_SIGNING_SECRET": "s"}).slack)
    client.conversations_open = never  # type: ignore[method-assign]
    message = LessonMessage(1, "teams:tenant:29:abc", Curriculum.load().lessons[0], "why",
                            DUE.date(), late=False)
    with pytest.raises(ValueError, match="not a Slack user id"):
        asyncio.run(LessonSender(client)(message))


@pytest.mark.parametrize("scheduler", ["on", "off"])
def test_serve_runs_the_scheduler_unless_coach_scheduler_is_off(tmp_path: Path, scheduler: str) -> None:
    from bot.store import UserSettings
    from tests.test_serve import free_port, serve_environment, serving

    with Store.open(tmp_path / "coach.db") as store:  # due all day, every day, whenever this test runs
        store.ensure_user(ANA, "slack", "Ana", "UTC")
        store.save_user_settings(UserSettings(ANA, "UTC", "00:00", weekdays_only=False))
    with fake_slack() as fake:
        environ = serve_environment(tmp_path, PORT=str(free_port()), SLACK_BOT_TOKEN="xoxb-serve",
                                    SLACK_SIGNING_SECRET=SECRET, SLACK_API_URL=f"{fake.url}/api/",
                                    COACH_SCHEDULER=scheduler)
        with serving(environ) as (_, process):
            if scheduler == "on":
                assert fake.wait_for("chat.postMessage")[0].params["channel"] == "DU1ANA"
        _, err = process.communicate()
    assert process.returncode == 0 and "Traceback" not in err
    if scheduler == "on":
        assert "Daily lessons are on" in err
    else:
        assert "COACH_SCHEDULER is off" in err and "Daily lessons are on" not in err
        assert not fake.calls_to("conversations.open")


def test_a_wrong_answer_in_slack_brings_the_question_back_for_review(slack_bot: SlackBot) -> None:
    enrol_by_command(slack_bot)
    deliver(slack_bot)
    buttons = quiz_buttons(blocks_of(posted_lesson(slack_bot)))
    delivery = slack_bot.store.delivery(int(buttons[0]["value"].split(":")[0]))
    question = Curriculum.load().get(delivery.lesson_id).quiz[0]
    wrong = next(n for n, option in enumerate(question.options) if not option.correct)
    slack_bot.slack.send(dm_action(QUIZ_ANSWER, f"{delivery.id}:{question.id}:{wrong}",
                                      slack_bot.fake.response_url("wrong")))
    assert "Not quite" in blocks_text(blocks_of(slack_bot.fake.wait_for("chat.update")[0].params))
    review = list(slack_bot.store.db.query("SELECT question_id, due_on FROM reviews WHERE user_id = ?", [ANA]))
    assert review == [{"question_id": question.id, "due_on": "2025-03-11"}]


# Exactly once through crashes and faults ---------------------------------------------------------------------

KILLED_RUN = """
import asyncio, os, signal, sys
from datetime import datetime
from bot.server import configured_senders
from bot.services.lessons import deliver_due
from bot.settings import Settings
from bot.store import Store

db, api, step, victim, now = sys.argv[1:]

def checkpoint(at, message):
    if (at, message.user_id) == (step, victim):
        os.kill(os.getpid(), signal.SIGKILL)

settings = Settings.from_env({"HOME": "/nonexistent", "SLACK_BOT_TOKEN": "xoxb-test-token",
                              "SLACK_SIGNING_SECRET": "unused", "SLACK_API_URL": api})
with Store.open(db) as store:
    asyncio.run(deliver_due(store, datetime.fromisoformat(now), configured_senders(settings), concurrency=1,
                            checkpoint=checkpoint))
"""


def lessons_in(fake: FakeSlack) -> Counter[str]:
    """Lesson messages per DM, counted from what the fake Slack holds (each names its delivery)."""
    return Counter(channel for channel, messages in fake.history.items() for message in messages
                   if (message.get("metadata") or {}).get("event_type") == LESSON_EVENT)


@pytest.mark.parametrize(("step", "resent"), [("claimed", True), ("sent", False)])
def test_a_run_killed_between_claim_and_record_is_finished_by_the_next_without_a_duplicate(
    tmp_path: Path, step: str, resent: bool
) -> None:
    """kill -9 right after the claim (nothing sent) or right after Slack accepted the lesson (not yet recorded)."""
    path = tmp_path / "coach.db"
    users = [f"slack:{TEAM}:U{number}" for number in range(3)]
    with Store.open(path) as store:
        for user in users:
            store.ensure_user(user, "slack", timezone="UTC")
    with fake_slack() as fake:
        killed = subprocess.run(
            [sys.executable, "-c", KILLED_RUN, str(path), f"{fake.url}/api/", step, users[1], DUE.isoformat()],
            capture_output=True, text=True, timeout=120, check=False,
        )
        assert killed.returncode == -signal.SIGKILL, killed.stderr
        assert lessons_in(fake) == Counter({"DU0": 1} if resent else {"DU0": 1, "DU1": 1})

        settings = Settings.from_env({"HOME": "/nonexistent", "SLACK_BOT_TOKEN": "xoxb-test-token",
                                      "SLACK_SIGNING_SECRET": SECRET, "SLACK_API_URL": f"{fake.url}/api/"})
        soon = FakeClock(datetime.now(UTC) + timedelta(minutes=1))
        with Store.open(path, clock=soon) as store:
            report = asyncio.run(deliver_due(store, DUE, configured_senders(settings)))
        assert (report.sent, report.taken) == (1, 1), "the dead run's claim is left alone until its lease ends"

        later = FakeClock(datetime.now(UTC) + CLAIM_LEASE + timedelta(minutes=1))
        with Store.open(path, clock=later) as store:
            report = asyncio.run(deliver_due(store, DUE, configured_senders(settings)))
            statuses = {row[0]: row[1] for row in store.db.execute("SELECT user_id, status FROM lesson_deliveries")}
        assert (report.sent, report.recovered) == ((1, 0) if resent else (0, 1))
        assert lessons_in(fake) == Counter({"DU0": 1, "DU1": 1, "DU2": 1}), "one lesson each, whatever the crash"
        assert statuses == dict.fromkeys(users, "sent")


def test_the_dm_channel_is_opened_once_and_reused_for_every_later_lesson(slack_bot: SlackBot) -> None:
    enrol_by_command(slack_bot)
    assert deliver(slack_bot).sent == 1
    assert deliver(slack_bot, DUE + timedelta(days=1)).sent == 1
    assert deliver(slack_bot, DUE + timedelta(days=2)).sent == 1
    assert len(slack_bot.fake.calls_to("conversations.open")) == 1
    assert [call.params["channel"] for call in slack_bot.fake.calls_to("chat.postMessage")] == ["DU1ANA"] * 3


def test_a_remembered_dm_slack_no_longer_knows_is_opened_again_and_remembered_anew(slack_bot: SlackBot) -> None:
    enrol_by_command(slack_bot)
    assert deliver(slack_bot).sent == 1
    slack_bot.store.db.execute("UPDATE conversations SET reference = 'DGONE' WHERE user_id = ?", [ANA])
    slack_bot.store.db.commit()
    slack_bot.fake.closed_channels.add("DGONE")
    assert deliver(slack_bot, DUE + timedelta(days=1)).sent == 1
    posts = [call.params["channel"] for call in slack_bot.fake.calls_to("chat.postMessage")]
    assert posts == ["DU1ANA", "DGONE", "DU1ANA"] and len(slack_bot.fake.calls_to("conversations.open")) == 2
    assert slack_bot.store.conversation(ANA) == "DU1ANA"


def test_a_lesson_slack_accepted_but_answered_with_an_error_is_found_and_not_posted_again(
    slack_bot: SlackBot,
) -> None:
    enrol_by_command(slack_bot)
    assert deliver(slack_bot).sent == 1  # the DM is known from now on
    tomorrow = DUE + timedelta(days=1)
    slack_bot.fake.fault_rate, slack_bot.fake.faults = 1.0, _PostsThenFails()
    assert deliver(slack_bot, tomorrow).failed == 1
    slack_bot.fake.fault_rate = 0.0
    report = deliver(slack_bot, tomorrow + timedelta(minutes=1))
    assert (report.recovered, report.sent) == (1, 0)
    assert lessons_in(slack_bot.fake) == Counter({"DU1ANA": 2})
    [history] = slack_bot.fake.calls_to("conversations.history")
    assert history.params["channel"] == "DU1ANA"


class _PostsThenFails:
    """A fault source whose every draw says "fail, after posting"."""

    def random(self) -> float:
        return 0.0


def test_lessons_that_fail_every_attempt_end_deliver_due_with_an_error_and_show_in_stats(
    slack_bot: SlackBot, cli_env: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    enrol_by_command(slack_bot)
    slack_environment(monkeypatch, slack_bot.fake)
    slack_bot.fake.fault_rate = 1.0
    codes = [main(["deliver-due", "--now", f"2025-03-10T09:3{minute}:00Z"]) for minute in range(1, MAX_ATTEMPTS + 1)]
    out = capsys.readouterr().out
    assert codes == [1] * MAX_ATTEMPTS, out
    assert f"1 undelivered after {MAX_ATTEMPTS} attempts, no more tries today ({ANA})" in out
    assert main(["stats", "--days", "0"]) == 0
    shown = capsys.readouterr().out
    assert "1 lesson not delivered after every attempt" in shown and f"2025-03-10  {ANA}" in shown
    assert main(["stats", "--days", "0", "--json"]) == 0
    [undelivered] = json.loads(capsys.readouterr().out)["undelivered_lessons"]
    assert (undelivered["user_id"], undelivered["local_date"]) == (ANA, "2025-03-10")
