"""Feedback on a check is one answer per agent, the latest: a second press never counts twice."""

from __future__ import annotations

from pathlib import Path

from bot.store import MIGRATIONS, Store, one_feedback_per_check_and_user


def feedback(store: Store) -> list[tuple]:
    return store.db.execute("SELECT check_id, user_id, helpful, reason FROM feedback ORDER BY id").fetchall()


def test_pressing_the_same_answer_twice_keeps_one_row(memory_store: Store, make_result) -> None:
    check_id = memory_store.record_check("slack:T1:ana", make_result(), "slack")
    first = memory_store.record_feedback(check_id, "slack:T1:ana", helpful=True)
    again = memory_store.record_feedback(check_id, "slack:T1:ana", helpful=True)
    assert first == again
    assert feedback(memory_store) == [(check_id, "slack:T1:ana", 1, None)]


def test_the_latest_answer_wins_and_replaces_the_reason(memory_store: Store, make_result, coach_clock) -> None:
    check_id = memory_store.record_check("slack:T1:ana", make_result(), "slack")
    memory_store.record_feedback(check_id, "slack:T1:ana", helpful=False, reason="it missed my apology")
    coach_clock.advance(minutes=5)
    memory_store.record_feedback(check_id, "slack:T1:ana", helpful=True)
    assert feedback(memory_store) == [(check_id, "slack:T1:ana", 1, None)]
    [(saved_at,)] = memory_store.db.execute("SELECT created_at FROM feedback").fetchall()
    assert saved_at == "2025-03-10T12:05:00+00:00"


def test_answers_on_other_checks_and_from_other_people_are_kept_apart(memory_store: Store, make_result) -> None:
    first = memory_store.record_check("slack:T1:ana", make_result(), "slack")
    second = memory_store.record_check("slack:T1:ana", make_result(), "slack")
    memory_store.record_feedback(first, "slack:T1:ana", helpful=True)
    memory_store.record_feedback(second, "slack:T1:ana", helpful=False)
    memory_store.record_feedback(first, "slack:T1:ben", helpful=False)
    assert feedback(memory_store) == [(first, "slack:T1:ana", 1, None), (second, "slack:T1:ana", 0, None),
                                      (first, "slack:T1:ben", 0, None)]


def test_upgrading_keeps_only_each_agents_newest_answer(tmp_path: Path, make_result) -> None:
    """A database written before the rule: duplicates collapse to the newest row, then the rule holds."""
    path = tmp_path / "coach.db"
    before = MIGRATIONS[: MIGRATIONS.index(one_feedback_per_check_and_user)]
    with Store.open(path, migrations=before) as old:
        old.ensure_user("slack:T1:ana", "slack")
        check_id, other = (  # as the old code saved checks: no columns added since
            old.db["checks"].insert({"user_id": "slack:T1:ana", "created_at": "2025-03-10T12:00:00+00:00",
                                     "platform": "slack", "score": 50, "rewrite_score": 80, "rules": "[]",
                                     "engine": "offline"}).last_pk
            for _ in range(2)
        )
        rows = [(check_id, 1, None), (check_id, 1, None), (check_id, 0, "too long"), (other, 1, None)]
        for check, helpful, reason in rows:  # as the old code saved them: one row per press
            old.db.execute("INSERT INTO feedback (check_id, user_id, helpful, reason, created_at) "
                           "VALUES (?, 'slack:T1:ana', ?, ?, '2025-03-10T12:00:00+00:00')", [check, helpful, reason])
        old.db.commit()
        assert len(feedback(old)) == 4
    with Store.open(path) as upgraded:
        assert feedback(upgraded) == [(check_id, "slack:T1:ana", 0, "too long"), (other, "slack:T1:ana", 1, None)]
        upgraded.record_feedback(check_id, "slack:T1:ana", True)
        assert len(feedback(upgraded)) == 2
