"""The store: schema migrations, what a check saves (and doesn't), progress maths, forgetting, atomicity."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import sqlite_utils

from bot.coach.lessons.curriculum import Curriculum
from bot.store import MIGRATIONS, Store, StoreError
from bot.store.schema import lessons_exactly_once


def rows(store: Store, table: str) -> list[dict]:
    return list(store.db.query(f"SELECT * FROM {table} ORDER BY rowid"))


def test_migrations_apply_once_and_reopening_changes_nothing(tmp_path: Path, make_result) -> None:
    path = tmp_path / "nested" / "coach.db"
    with Store.open(path) as store:
        assert store.version == len(MIGRATIONS)
        assert {"users", "checks", "feedback", "migrations"} <= set(store.db.table_names())
        store.record_check("cli:alice", make_result(), "cli")
        schema = store.db.execute("SELECT sql FROM sqlite_master ORDER BY name").fetchall()

    with Store.open(path) as store:
        assert [row["version"] for row in rows(store, "migrations")] == list(range(1, len(MIGRATIONS) + 1))
        assert store.db.execute("SELECT sql FROM sqlite_master ORDER BY name").fetchall() == schema
        assert len(rows(store, "checks")) == 1
        assert store.db.journal_mode == "wal"


def test_a_migration_added_later_is_applied_on_reopen_and_only_once(tmp_path: Path) -> None:
    path = tmp_path / "coach.db"
    Store.open(path).close()

    def add_lessons(db: sqlite_utils.Database) -> None:
        db.table("lessons_delivered").create({"user_id": str, "lesson": str}, pk=("user_id", "lesson"))

    upgraded = (*MIGRATIONS, add_lessons)
    with Store.open(path, migrations=upgraded) as store:
        assert store.version == len(MIGRATIONS) + 1
        assert rows(store, "migrations")[-1]["name"] == "add_lessons"
        assert "lessons_delivered" in store.db.table_names()
    # Applying it twice would fail with "table already exists".
    with Store.open(path, migrations=upgraded) as store:
        assert store.version == len(MIGRATIONS) + 1


def test_a_failing_migration_leaves_the_previous_schema_intact(tmp_path: Path) -> None:
    path = tmp_path / "coach.db"
    Store.open(path).close()

    def broken(db: sqlite_utils.Database) -> None:
        db.table("half_done").create({"id": int}, pk="id")
        raise RuntimeError("migration bug")

    with pytest.raises(RuntimeError, match="migration bug"):
        Store.open(path, migrations=(*MIGRATIONS, broken))
    with Store.open(path) as store:
        assert store.version == len(MIGRATIONS)
        assert "half_done" not in store.db.table_names()


def test_a_database_from_a_newer_version_is_refused_with_advice(tmp_path: Path) -> None:
    path = tmp_path / "coach.db"

    def future(db: sqlite_utils.Database) -> None:
        db.table("future").create({"id": int}, pk="id")

    Store.open(path, migrations=(*MIGRATIONS, future)).close()
    with pytest.raises(StoreError, match=r"newer empathy-coach.*Upgrade"):
        Store.open(path)


def test_open_names_the_file_that_blocks_the_database_folder(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    with pytest.raises(StoreError, match=re.escape(f"{blocker} is a file, not a folder")):
        Store.open(blocker / "coach.db")


def test_record_check_saves_scores_dimensions_and_rules_but_no_text_by_default(
    memory_store: Store, make_result
) -> None:
    dims = {"acknowledge": 0.1, "reflect": 0.2, "explore": 0.3, "own": 0.4, "respect": 0.5}
    check_id = memory_store.record_check(
        "slack:T1:U1", make_result(score=42, rewrite_score=77, dimensions=dims, rules=("E101", "E301")), "slack"
    )
    [row] = rows(memory_store, "checks")
    assert row["id"] == check_id
    assert (row["user_id"], row["platform"], row["engine"]) == ("slack:T1:U1", "slack", "offline")
    assert (row["score"], row["rewrite_score"]) == (42, 77)
    assert {name: row[name] for name in dims} == dims
    assert json.loads(row["rules"]) == ["E101", "E301"]
    assert row["created_at"] == "2025-03-10T12:00:00+00:00"
    assert row["text"] is None and row["customer_text"] is None
    [user] = rows(memory_store, "users")
    assert (user["id"], user["platform"]) == ("slack:T1:U1", "slack")


def test_record_check_keeps_the_text_only_when_asked(memory_store: Store, make_result) -> None:
    result = make_result(draft="Sorry, I'll resend it today.", customer="It never came!")
    memory_store.record_check("cli:alice", result, "cli", store_text=True)
    [row] = rows(memory_store, "checks")
    assert (row["text"], row["customer_text"]) == ("Sorry, I'll resend it today.", "It never came!")


def test_ensure_user_refreshes_last_seen_and_keeps_known_details(memory_store: Store, coach_clock) -> None:
    memory_store.ensure_user("slack:T1:U1", "slack", display_name="Ana", timezone="Europe/Lisbon")
    coach_clock.advance(hours=2)
    memory_store.ensure_user("slack:T1:U1", "slack")
    [user] = rows(memory_store, "users")
    assert (user["display_name"], user["timezone"]) == ("Ana", "Europe/Lisbon")
    assert user["created_at"] == "2025-03-10T12:00:00+00:00"
    assert user["last_seen_at"] == "2025-03-10T14:00:00+00:00"


def test_progress_compares_this_period_with_the_one_before(memory_store: Store, coach_clock, make_result) -> None:
    now = coach_clock.now
    entries = [
        # (days ago, user, score, dimensions, rules)
        (20, "cli:alice", 5, None, ("E999",)),  # older than both periods
        (10, "cli:alice", 40, None, ("E101",)),
        (8, "cli:alice", 50, None, ("E101",)),
        (7, "cli:alice", 45, None, ("E101",)),  # exactly one period ago: belongs to the previous one
        (6, "cli:alice", 60, {"acknowledge": 0.2, "reflect": 0.4, "explore": 0.0, "own": 0.6, "respect": 0.9},
         ("E301", "E301", "E104")),
        (3, "cli:alice", 70, {"acknowledge": 0.4, "reflect": 0.4, "explore": 0.2, "own": 0.6, "respect": 0.9},
         ("E301",)),
        (0, "cli:alice", 80, {"acknowledge": 0.6, "reflect": 0.4, "explore": 0.1, "own": 0.6, "respect": 0.9},
         ("E104", "E202")),
        (1, "cli:bob", 100, None, ("E999",)),  # someone else's check
    ]
    for days_ago, user, score, dims, rules in entries:
        coach_clock.now = now - timedelta(days=days_ago)
        memory_store.record_check(user, make_result(score=score, dimensions=dims, rules=rules), "cli")

    progress = memory_store.progress("cli:alice", now=now)

    assert progress.checks == 3
    assert progress.average_score == pytest.approx(70)
    assert progress.previous_average_score == pytest.approx(45)
    assert progress.trend == pytest.approx(25)
    assert progress.dimensions == pytest.approx(
        {"acknowledge": 0.4, "reflect": 0.4, "explore": 0.1, "own": 0.6, "respect": 0.9}
    )
    assert (progress.strongest, progress.weakest) == ("respect", "explore")
    # Counted once per check, however often a rule fired in it; ties in id order.
    assert progress.top_rules == (("E104", 2), ("E301", 2), ("E202", 1))
    assert progress.to_dict()["top_rules"][0] == {"rule": "E104", "checks": 2}
    assert progress.days == 7


def test_progress_period_length_is_configurable(memory_store: Store, coach_clock, make_result) -> None:
    now = coach_clock.now
    for hours_ago, score in ((12, 90), (36, 30)):
        coach_clock.now = now - timedelta(hours=hours_ago)
        memory_store.record_check("cli:alice", make_result(score=score), "cli")
    one_day = memory_store.progress("cli:alice", now=now, days=1)
    assert (one_day.checks, one_day.average_score, one_day.previous_average_score) == (1, 90, 30)


def test_progress_without_checks_is_empty_not_an_error(memory_store: Store) -> None:
    progress = memory_store.progress("cli:nobody", now=datetime(2025, 1, 1, tzinfo=UTC))
    assert progress.checks == 0
    assert progress.average_score is None and progress.trend is None
    assert progress.dimensions == {} and progress.strongest is None and progress.top_rules == ()


def test_record_feedback_refuses_an_unknown_check(memory_store: Store) -> None:
    with pytest.raises(StoreError, match="no check 99"):
        memory_store.record_feedback(99, "cli:alice", helpful=True)
    assert rows(memory_store, "feedback") == [] and rows(memory_store, "users") == []


def test_forget_user_deletes_the_user_their_checks_and_all_feedback_on_them(
    memory_store: Store, make_result
) -> None:
    alices = memory_store.record_check("slack:T1:alice", make_result(), "slack", store_text=True)
    memory_store.record_check("slack:T1:alice", make_result(), "slack", store_text=True)
    bobs = memory_store.record_check("slack:T1:bob", make_result(), "slack")
    memory_store.record_feedback(alices, "slack:T1:alice", helpful=False, reason="too long")
    memory_store.record_feedback(alices, "slack:T1:bob", helpful=True)
    memory_store.record_feedback(bobs, "slack:T1:bob", helpful=True)

    assert memory_store.forget_user("slack:T1:alice") == 2

    assert [u["id"] for u in rows(memory_store, "users")] == ["slack:T1:bob"]
    assert [c["id"] for c in rows(memory_store, "checks")] == [bobs]
    assert [(f["check_id"], f["user_id"]) for f in rows(memory_store, "feedback")] == [(bobs, "slack:T1:bob")]


def test_a_failure_mid_record_leaves_nothing_half_written(memory_store: Store, make_result) -> None:
    # The user row is written first; the check insert then fails inside the same transaction.
    memory_store.db.execute(
        "CREATE TRIGGER fail_checks BEFORE INSERT ON checks BEGIN SELECT RAISE(ABORT, 'disk full'); END"
    )
    with pytest.raises(StoreError, match="disk full"):
        memory_store.record_check("cli:alice", make_result(), "cli")
    assert rows(memory_store, "users") == []
    assert rows(memory_store, "checks") == []
    assert not memory_store.db.conn.in_transaction


def test_records_written_by_one_connection_are_seen_by_another(tmp_path: Path, make_result) -> None:
    path = tmp_path / "coach.db"
    with Store.open(path) as writer, Store.open(path) as reader:
        writer.record_check("cli:alice", make_result(score=64), "cli")
        assert reader.count_checks("cli:alice") == 1


def test_lesson_settings_default_for_a_new_user_and_round_trip(memory_store: Store) -> None:
    from bot.store import UserSettings

    assert memory_store.user_settings("slack:T1:U1") is None
    memory_store.ensure_user("slack:T1:U1", "slack", timezone="Europe/Berlin")
    assert memory_store.user_settings("slack:T1:U1") == UserSettings("slack:T1:U1", "Europe/Berlin", "09:30", True, False)
    chosen = UserSettings("slack:T1:U1", "America/New_York", "16:45", False, True)
    memory_store.save_user_settings(chosen)
    assert memory_store.user_settings("slack:T1:U1") == chosen
    with pytest.raises(StoreError, match="no user slack:T1:U2"):
        memory_store.save_user_settings(UserSettings("slack:T1:U2", None))


def test_llm_calls_are_saved_per_check_or_practice_session_and_only_a_used_rewrite_changes_its_check(
    memory_store: Store, make_result
) -> None:
    from bot.store import LLMCall

    user = "slack:T1:U1"
    check_id = memory_store.record_check(user, make_result(rewrite_score=60), "slack")
    rejected = LLMCall("test-model", "rewrite-v1", "offline", "promises", 300, 100, False, 850, 60)
    memory_store.record_llm_call(check_id, user, rejected)
    assert rows(memory_store, "checks")[0]["engine"] == "offline"
    memory_store.record_llm_call(check_id, user, replace(rejected, engine="llm", failure=None, rewrite_score=85))
    [check] = rows(memory_store, "checks")
    assert (check["engine"], check["rewrite_score"]) == ("llm", 85)
    practice = memory_store.start_practice(user, "slack", "late-delivery", "{}")
    line = LLMCall("test-model", "customer-v2", "llm", None, 200, 20, False, 400, 0)
    memory_store.record_practice_llm_call(practice.id, user, line)

    saved = [{key: row[key] for key in ("check_id", "practice_id", "user_id", "prompt_version", "engine", "failure",
                                          "prompt_tokens", "completion_tokens", "cached", "latency_ms", "created_at")}
             for row in rows(memory_store, "llm_calls")]
    assert saved == [
        {"check_id": check_id, "practice_id": None, "user_id": user, "prompt_version": "rewrite-v1",
         "engine": "offline", "failure": "promises", "prompt_tokens": 300, "completion_tokens": 100, "cached": 0,
         "latency_ms": 850, "created_at": "2025-03-10T12:00:00+00:00"},
        {"check_id": check_id, "practice_id": None, "user_id": user, "prompt_version": "rewrite-v1", "engine": "llm",
         "failure": None, "prompt_tokens": 300, "completion_tokens": 100, "cached": 0, "latency_ms": 850,
         "created_at": "2025-03-10T12:00:00+00:00"},
        {"check_id": None, "practice_id": practice.id, "user_id": user, "prompt_version": "customer-v2",
         "engine": "llm", "failure": None, "prompt_tokens": 200, "completion_tokens": 20, "cached": 0,
         "latency_ms": 400, "created_at": "2025-03-10T12:00:00+00:00"},
    ]


def test_answers_given_before_they_were_kept_by_id_get_their_option_id_and_spent_lessons_are_undelivered(
    tmp_path: Path,
) -> None:
    path = tmp_path / "coach.db"
    question = Curriculum.load().get("open-questions").quiz[0]
    before = MIGRATIONS[: MIGRATIONS.index(lessons_exactly_once)]
    with Store.open(path, migrations=before) as store:
        store.ensure_user("slack:T1:U1", "slack")
        days = (("2025-03-10", "sent", 1), ("2025-03-11", "failed", 3), ("2025-03-12", "failed", 1))
        for day, status, attempts in days:
            store.db.execute(
                "INSERT INTO lesson_deliveries (user_id, local_date, lesson_id, kind, reason, late, status, attempts, "
                "scheduled_at, claimed_at) VALUES ('slack:T1:U1', ?, 'open-questions', 'next', 'r', 0, ?, ?, ?, ?)",
                [day, status, attempts, f"{day}T09:30:00+00:00", f"{day}T09:30:00+00:00"],
            )
        store.db.execute(
            "INSERT INTO quiz_answers (delivery_id, user_id, lesson_id, question_id, option, correct, answered_at) "
            "VALUES (1, 'slack:T1:U1', 'open-questions', ?, 2, 0, '2025-03-10T10:00:00+00:00')", [question.id]
        )
        store.db.commit()
    with Store.open(path) as store:
        assert store.quiz_answers(1) == {question.id: question.options[2].id}
        statuses = [row[0] for row in store.db.execute("SELECT status FROM lesson_deliveries ORDER BY local_date")]
    assert statuses == ["sent", "undelivered", "failed"]


def test_forget_me_leaves_nothing_of_the_user_in_the_database_files(tmp_path: Path, make_result) -> None:
    path = tmp_path / "coach.db"
    with Store.open(path) as store:
        store.ensure_user("slack:T1:UZEBULON", "slack", display_name="Zebulon Quixote")
        store.record_check("slack:T1:UZEBULON", make_result(draft="Zebulon's own words"), "slack", store_text=True)
        store.forget_user("slack:T1:UZEBULON")
        wal = path.with_name(path.name + "-wal")
        written = path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")
        assert b"Zebulon" not in written and b"UZEBULON" not in written


def test_forget_me_and_stats_read_their_rows_through_an_index(memory_store: Store) -> None:
    plans = {
        sql: " ".join(row[3] for row in memory_store.db.execute(f"EXPLAIN QUERY PLAN {sql}", params).fetchall())
        for sql, params in [
            ("DELETE FROM llm_calls WHERE user_id = ?", ["u"]),
            ("SELECT count(*) FROM llm_calls WHERE created_at >= ?", [""]),
            ("DELETE FROM checks WHERE user_id = ?", ["u"]),
            ("DELETE FROM feedback WHERE user_id = ?", ["u"]),
            ("DELETE FROM practice_sessions WHERE user_id = ?", ["u"]),
        ]
    }
    assert all("USING" in plan and "INDEX" in plan for plan in plans.values()), plans
