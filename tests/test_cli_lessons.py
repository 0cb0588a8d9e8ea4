"""The lesson commands: listing the curriculum, reading one lesson, planning and sending due lessons."""

from __future__ import annotations

import json
from pathlib import Path

from bot.cli import main
from bot.coach.lessons.curriculum import Curriculum
from bot.store import Store, UserSettings


def test_lessons_json_lists_every_lesson_with_its_quiz(cli_env: Path, capsys) -> None:
    assert main(["lessons", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    curriculum = Curriculum.load()
    assert [item["id"] for item in out] == list(curriculum.ids)
    for item in out:
        assert {"id", "title", "track", "quiz"} <= set(item)
        assert item["track"] in ("empathy-basics", "active-listening", "boundaries")
        assert 1 <= len(item["quiz"]) <= 3
        for question in item["quiz"]:
            assert {"id", "prompt", "options"} <= set(question)
            assert sum(option["correct"] for option in question["options"]) == 1
            assert all(option["text"] and option["feedback"] for option in question["options"])
    assert not cli_env.exists(), "listing lessons touches no database"


def test_lessons_lists_every_track_and_id_for_people(cli_env: Path, capsys) -> None:
    assert main(["lessons"]) == 0
    out = capsys.readouterr().out
    for title in ("Empathy basics", "Active listening", "Boundaries"):
        assert title in out
    assert all(lesson_id in out for lesson_id in Curriculum.load().ids)


def test_lesson_renders_the_whole_lesson_with_its_answers(cli_env: Path, capsys) -> None:
    assert main(["lesson", "open-questions"]) == 0
    out = capsys.readouterr().out
    lesson = Curriculum.load().get("open-questions")
    assert lesson is not None and lesson.title in out
    for heading in ("The customer writes", "Instead of", "Try today", "Quiz 1/"):
        assert heading in out
    assert "A. " in out and "Right: " in out and "Wrong: " in out
    assert "\x1b[" not in out, "no colour codes when the output isn't a terminal"


def test_an_unknown_lesson_id_says_how_to_find_the_ids(cli_env: Path, capsys) -> None:
    assert main(["lesson", "be-nice"]) == 2
    assert "There's no lesson 'be-nice': run `empathy-coach lessons`" in capsys.readouterr().err


def enrol(db_path: Path, user_id: str, timezone: str | None) -> None:
    with Store.open(db_path) as store:
        store.ensure_user(user_id, "slack", timezone=timezone)
        store.save_user_settings(UserSettings(user_id, timezone))


def test_deliver_due_dry_run_shows_who_gets_which_lesson_and_why_and_sends_nothing(cli_env: Path, capsys) -> None:
    enrol(cli_env, "slack:T1:U1", "Europe/Paris")
    enrol(cli_env, "slack:T1:U2", "America/Chicago")
    enrol(cli_env, "slack:T1:U3", None)
    enrol(cli_env, "slack:T1:U4", "Mars/Olympus_Mons")  # stored before the zone was checked, say
    assert main(["deliver-due", "--dry-run", "--now", "2025-03-10T08:35:00Z"]) == 0
    out = capsys.readouterr().out
    assert "slack:T1:U1  empathy-vs-sympathy  [next, due Mon 2025-03-10 09:30 Europe/Paris, slack]" in out
    assert "Your first lesson" in out
    assert "slack:T1:U2" not in out, "03:00 in Chicago: not due yet"
    assert "slack:T1:U3" not in out, "no time zone: 09:30 UTC, not due yet"
    assert "slack:T1:U4  not scheduled: 'Mars/Olympus_Mons' isn't a time zone we know" in out
    assert "1 lesson due; nothing was sent" in out
    assert main(["deliver-due", "--dry-run", "--now", "2025-03-10T10:00:00+01:00"]) == 0
    assert "09:30 Europe/Paris (late)" in capsys.readouterr().out
    assert main(["deliver-due", "--dry-run", "--now", "2025-03-10T09:31:00Z"]) == 0
    assert "slack:T1:U3  empathy-vs-sympathy  [next, due Mon 2025-03-10 09:30 UTC, slack]" in capsys.readouterr().out
    with Store.open(cli_env) as store:
        assert store.db.execute("SELECT count(*) FROM lesson_deliveries").fetchone()[0] == 0


def test_deliver_due_without_a_platform_says_so_and_sends_nothing(cli_env: Path, capsys) -> None:
    enrol(cli_env, "slack:T1:U1", "Europe/Paris")
    assert main(["deliver-due", "--now", "2025-03-10T09:00:00+00:00"]) == 2
    err = capsys.readouterr().err
    assert "No chat platform is configured to send lessons" in err and "--dry-run" in err


def test_deliver_due_refuses_a_time_without_an_offset(cli_env: Path, capsys) -> None:
    assert main(["deliver-due", "--dry-run", "--now", "2025-03-10T09:00"]) == 2
    assert "with its UTC offset" in capsys.readouterr().err


def test_deliver_due_dry_run_on_a_fresh_machine_creates_no_database(cli_env: Path, capsys) -> None:
    assert main(["deliver-due", "--dry-run"]) == 0
    assert "No one is enrolled yet" in capsys.readouterr().out
    assert not cli_env.exists()
