"""Practice sessions in the store and the service: persist and resume, one at a time, expiry, privacy, forget-me."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest
from practice_scripts import EMPATHETIC

from bot.coach.practice.scenarios import DIFFICULTIES, Scenarios
from bot.coach.practice.session import Session
from bot.services import Services
from bot.services.practice import (
    EXPIRES_AFTER,
    AlreadyPracticing,
    NoPractice,
    Picker,
    Practice,
    PracticeUpdate,
    UnknownScenario,
)
from bot.settings import Settings
from bot.store import PracticeBusy, Store

USER = "slack:T1:U1"


def settings_for(tmp_path: Path, store_text: bool = False) -> Settings:
    return Settings(db_path=tmp_path / "coach.db", store_text=store_text)


@pytest.fixture
def service(memory_store: Store, scenarios: Scenarios, tmp_path: Path) -> Practice:
    return Practice(memory_store, settings_for(tmp_path), scenarios)


def rows(store: Store) -> list[dict]:
    return list(store.db.query("SELECT * FROM practice_sessions ORDER BY id"))


def started(service: Practice, scenario_id: str = "late-delivery") -> PracticeUpdate:
    update = service.start(USER, "slack", scenario_id)
    assert isinstance(update, PracticeUpdate)
    return update


def test_without_a_scenario_start_returns_the_picker(service: Practice, scenarios: Scenarios) -> None:
    picker = service.start(USER, "slack", None)
    assert isinstance(picker, Picker) and picker.scenarios == scenarios.all
    difficulties = [DIFFICULTIES.index(s.difficulty) for s in picker.scenarios]
    assert difficulties == sorted(difficulties) and len(set(difficulties)) == len(DIFFICULTIES), "calm first"
    assert not service.in_practice(USER)
    with pytest.raises(UnknownScenario, match="no practice scenario called 'nope'.*late-delivery"):
        service.start(USER, "slack", "nope")


def test_a_session_persists_after_every_turn_and_resumes_in_a_new_process(
    tmp_path: Path, scenarios: Scenarios, coach_clock
) -> None:
    path = tmp_path / "coach.db"
    with Store.open(path, clock=coach_clock) as store:
        first = Practice(store, settings_for(tmp_path), scenarios)
        opening = started(first)
        assert opening.customer == scenarios.get("late-delivery").opening
        replied = asyncio.run(first.reply(USER, EMPATHETIC["late-delivery"][0]))
        assert replied.note and replied.customer and not replied.finished

    coach_clock.advance(hours=2)  # a server restart and a coffee later
    with Store.open(path, clock=coach_clock) as store:
        second = Practice(store, settings_for(tmp_path), scenarios)
        assert second.in_practice(USER)
        resumed = second.resume(USER)
        assert resumed.resumed and resumed.customer == replied.customer
        assert resumed.session == replied.session
        finished = asyncio.run(second.reply(USER, EMPATHETIC["late-delivery"][1]))
        assert finished.finished and finished.summary is not None
        assert finished.summary.turns == 2
        [row] = rows(store)
        assert row["status"] == "satisfied" and row["finished_at"] is not None
        assert json.loads(row["summary"])["score"] == finished.summary.score
        assert not second.in_practice(USER)


def test_one_session_at_a_time_per_user(service: Practice, memory_store: Store) -> None:
    started(service)
    with pytest.raises(AlreadyPracticing, match=r"already have a practice session running \(late-delivery, 0 "
                                                r"replies so far\).*end"):
        service.start(USER, "slack", "double-charge")
    # the database itself refuses a second active session, whoever asks
    with pytest.raises(PracticeBusy):
        memory_store.start_practice(USER, "slack", "double-charge", "{}")
    started_other = service.start("slack:T1:U2", "slack", "double-charge")
    assert isinstance(started_other, PracticeUpdate)
    ended = service.end(USER)
    assert ended.finished and ended.summary is not None and ended.summary.outcome == "ended"
    assert started(service, "double-charge").scenario.id == "double-charge"
    assert [row["status"] for row in rows(memory_store)] == ["ended", "active", "active"]


def test_a_session_left_for_hours_expires_cleanly(service: Practice, memory_store: Store, coach_clock) -> None:
    started(service)
    asyncio.run(service.reply(USER, "I'll open a trace with the courier today."))
    coach_clock.advance(seconds=EXPIRES_AFTER.total_seconds() - 60)
    assert service.in_practice(USER)
    coach_clock.advance(hours=3)
    with pytest.raises(NoPractice, match="expired after 14 hours without a reply.*Start a new one"):
        asyncio.run(service.reply(USER, "Sorry, I was away."))
    [row] = rows(memory_store)
    assert row["status"] == "expired" and json.loads(row["summary"])["outcome"] == "expired"
    assert not service.in_practice(USER)
    assert started(service).session.turns == ()


def test_an_expired_session_never_blocks_starting_a_new_one(
    service: Practice, memory_store: Store, coach_clock
) -> None:
    started(service)
    coach_clock.advance(hours=13)
    assert started(service, "double-charge").scenario.id == "double-charge"
    assert [row["status"] for row in rows(memory_store)] == ["expired", "active"]
    coach_clock.advance(hours=13)
    assert not service.in_practice(USER)  # closes it quietly; a platform then treats the message as a draft
    assert [row["status"] for row in rows(memory_store)] == ["expired", "expired"]


def test_a_session_that_can_no_longer_be_read_is_closed_not_crashed_on(
    service: Practice, memory_store: Store
) -> None:
    memory_store.start_practice(USER, "slack", "a-scenario-since-deleted", "{}")
    with pytest.raises(NoPractice, match="can't be resumed"):
        service.resume(USER)
    assert rows(memory_store)[0]["status"] == "expired"
    record = memory_store.start_practice(USER, "slack", "late-delivery", '{"version": 1, "garbage": true}')
    with pytest.raises(NoPractice, match="can't be resumed"):
        asyncio.run(service.reply(USER, "Hello"))
    assert rows(memory_store)[record.id - 1]["status"] == "expired"


def test_text_commands_hint_and_end_and_everything_else_is_a_reply(service: Practice) -> None:
    started(service)
    hinted = asyncio.run(service.handle(USER, " Hint "))
    assert hinted.session.hints == 1 and hinted.note and hinted.customer is None
    empty = asyncio.run(service.handle(USER, "   "))
    assert empty.session.turns == () and "Nothing was sent" in (empty.note or "")
    replied = asyncio.run(service.handle(USER, "I'm sorry about the wait."))
    assert len(replied.session.turns) == 1 and replied.customer
    ended = asyncio.run(service.handle(USER, "end"))
    assert ended.finished and ended.summary is not None and ended.summary.hints == 1
    with pytest.raises(NoPractice, match="start one with practice"):
        asyncio.run(service.handle(USER, "hello?"))


def test_finished_sessions_keep_no_agent_text_unless_the_setting_says_so(
    memory_store: Store, scenarios: Scenarios, tmp_path: Path
) -> None:
    reply = EMPATHETIC["late-delivery"][0]
    private = Practice(memory_store, settings_for(tmp_path), scenarios)
    started(private)
    asyncio.run(private.reply(USER, reply))
    assert reply in rows(memory_store)[0]["state"]  # kept while running, so it can be resumed
    shown = private.end(USER)
    assert shown.summary is not None and shown.summary.best.text == reply  # the agent still sees it
    row = rows(memory_store)[0]
    assert reply not in row["state"] and reply not in row["summary"]
    assert Session.from_json(row["state"]).turns[0].score == shown.session.turns[0].score

    keeping = Practice(memory_store, settings_for(tmp_path, store_text=True), scenarios)
    started(keeping)
    asyncio.run(keeping.reply(USER, reply))
    keeping.end(USER)
    assert reply in rows(memory_store)[1]["state"]


def test_forget_me_deletes_practice_sessions(memory_store: Store, tmp_path: Path, scenarios: Scenarios) -> None:
    services = Services(memory_store, settings_for(tmp_path))
    services.practice.start(USER, "slack", "late-delivery")
    asyncio.run(services.practice.reply(USER, "I'm on it."))
    services.practice.end(USER)
    services.practice.start(USER, "slack", "double-charge")
    services.practice.start("slack:T1:U2", "slack", "double-charge")
    services.forget(USER)
    assert [row["user_id"] for row in rows(memory_store)] == ["slack:T1:U2"]
    assert not services.practice.in_practice(USER)


@pytest.mark.parametrize("finish", ["end", "walk-away"])
def test_no_word_of_a_finished_session_stays_in_the_database_files_without_consent(
    tmp_path: Path, scenarios: Scenarios, finish: str
) -> None:
    path = tmp_path / "coach.db"
    replies = ["Calm down, it is what it is and you should have read the tracking page.",
               "Per policy nothing can be done, stop shouting at me."] * 4
    with Store.open(path) as store:
        service = Practice(store, settings_for(tmp_path), scenarios)
        started(service)
        for reply in replies[: 1 if finish == "end" else None]:
            update = asyncio.run(service.reply(USER, reply))
            if update.finished:
                break
        if finish == "end":
            service.end(USER)
        assert not service.in_practice(USER)
        wal = path.with_name(path.name + "-wal")
        written = path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")
    for reply in replies:
        for sentence in reply.split(","):
            assert sentence.strip().encode() not in written
