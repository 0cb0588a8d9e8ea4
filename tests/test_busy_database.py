"""Another process holding the database's write lock (cron's ``deliver-due``, a terminal ``check``): the server
keeps answering, a check is still shown, and its record is saved once the lock is free, never lost."""

from __future__ import annotations

import json
import sqlite3
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from bot.services import Services
from bot.services.checks import NOT_SAVED_YET, Checks
from bot.settings import Settings
from bot.slack import check_blocks
from bot.store import Store
from tests.fake_slack import TEAM, SlackBot, blocks_text, running_bot

if TYPE_CHECKING:
    from conftest import FakeClock

DRAFT = "As I already said, you should have checked the tracking page. Someone will look into it."


@contextmanager
def write_lock(path: Path) -> Iterator[sqlite3.Connection]:
    """Hold the write lock from a connection of its own, as another process would, until the block ends."""
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        yield other
    finally:
        other.execute("ROLLBACK")
        other.close()


def checks_in(path: Path) -> int:
    with sqlite3.connect(path) as reader:
        return reader.execute("SELECT count(*) FROM checks").fetchone()[0]


def buttons(posted: dict) -> list[str]:
    return [element["action_id"] for block in posted["blocks"] if block["type"] == "actions"
            for element in block["elements"]]


def wait_until(condition, what: str, timeout: float = 15.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, f"gave up waiting until {what}"
        time.sleep(0.05)


def test_the_server_answers_while_a_check_waits_for_the_lock(tmp_path: Path, coach_clock: FakeClock) -> None:
    db = tmp_path / "coach.db"
    with running_bot(db, coach_clock) as bot:
        with write_lock(db):
            assert bot.slack.command(DRAFT, bot.fake.response_url("draft")).status == 200
            with urllib.request.urlopen(f"{bot.url}/healthz", timeout=10) as health:
                assert health.status == 200  # the event loop is free while the check waits on SQLite
            assert bot.fake.calls_to("response:draft") == []  # still waiting for the lock to save it
        posted = bot.fake.wait_for("response:draft")[0].params
        assert check_blocks.HELPFUL in buttons(posted)  # saved as soon as the lock was released
        assert checks_in(db) == 1


def test_a_check_outlasting_the_busy_timeout_is_shown_and_saved_later(tmp_path: Path, coach_clock: FakeClock) -> None:
    db = tmp_path / "coach.db"
    with running_bot(db, coach_clock, busy_timeout=0.2) as bot:
        with write_lock(db):
            assert bot.slack.command(DRAFT, bot.fake.response_url("draft")).status == 200
            posted = bot.fake.wait_for("response:draft")[0].params
            assert "Empathy score" in posted["text"]
            assert NOT_SAVED_YET in blocks_text(posted["blocks"])
            assert buttons(posted) == [check_blocks.WHY]  # nothing to rate or reword until it is saved
            assert checks_in(db) == 0
        wait_until(lambda: checks_in(db) == 1, "the check is saved")


def test_a_check_waiting_to_be_saved_is_forgotten_with_its_author(tmp_path: Path, coach_clock: FakeClock) -> None:
    db = tmp_path / "coach.db"
    Store.open(db).close()
    with Store.open(db, clock=coach_clock, busy_timeout=0.1) as store:
        services = Services(store, Settings(db_path=db, store_text=False))
        checks: Checks = services.checks
        with write_lock(db):
            waiting = checks.check("slack:T1:U1", "slack", DRAFT)
            kept = checks.check("slack:T1:U2", "slack", DRAFT)
            assert waiting.check_id is None and kept.check_id is None and waiting.result.score is not None
            checks.forget_recent("slack:T1:U1")
        assert checks.save_unsaved() == 0
        owners = [row[0] for row in store.db.execute("SELECT user_id FROM checks").fetchall()]
        assert owners == ["slack:T1:U2"]
        services.finish()


def test_a_redelivered_event_is_still_skipped_once_the_work_moved_off_the_loop(slack_bot: SlackBot) -> None:
    event = {"type": "message", "channel_type": "im", "channel": "D1", "user": "U1ANA", "text": DRAFT, "ts": "1.1"}
    assert slack_bot.slack.event(event, "Ev1").status == 200
    slack_bot.fake.wait_for("chat.postMessage")
    assert slack_bot.slack.event(event, "Ev1", retry=1).status == 200
    slack_bot.settle()
    assert len(slack_bot.fake.calls_to("chat.postMessage")) == 1


def test_a_server_with_worker_processes_checks_drafts_there(tmp_path: Path, coach_clock: FakeClock) -> None:
    """A burst of drafts bigger than the workers take at once: the rest wait their turn, and none is lost."""
    from bot.coach import check
    from bot.services.engine_pool import EnginePool

    db = tmp_path / "coach.db"
    drafts = [f"{DRAFT} Ticket {number}." for number in range(6)]
    with running_bot(db, coach_clock, engine=EnginePool(1)) as bot:
        for number, draft in enumerate(drafts):
            assert bot.slack.command(draft, bot.fake.response_url(f"draft{number}")).status == 200
        for number, draft in enumerate(drafts):
            posted = bot.fake.wait_for(f"response:draft{number}", timeout=60)[0].params
            assert posted["text"] == check_blocks.result_text(check(draft))
            assert check_blocks.HELPFUL in buttons(posted)
    assert checks_in(db) == len(drafts)


def test_lesson_settings_saved_while_the_lock_is_held_too_long_keep_the_form_open(
    tmp_path: Path, coach_clock: FakeClock
) -> None:
    from bot.slack import blocks
    from bot.slack.views import SETTINGS_BUSY
    from tests.fake_slack import view_payload

    db = tmp_path / "coach.db"
    with running_bot(db, coach_clock, busy_timeout=0.2) as bot:
        chosen = {blocks.TIMEZONE_INPUT: {"value": "Europe/Lisbon"},
                  blocks.LESSON_TIME_INPUT: {"selected_time": "08:15"}, blocks.OPTIONS_INPUT: {"selected_options": []}}
        with write_lock(db):
            reply = bot.slack.send(view_payload("view_submission", blocks.SETTINGS_VIEW, chosen))
        assert reply.status == 200
        assert json.loads(reply.body) == {"response_action": "errors",
                                          "errors": {blocks.LESSON_TIME_INPUT: SETTINGS_BUSY}}
        assert bot.slack.send(view_payload("view_submission", blocks.SETTINGS_VIEW, chosen)).body == ""
        assert bot.store.user_settings(f"slack:{TEAM}:U1ANA").lesson_time == "08:15"
