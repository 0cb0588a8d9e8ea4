"""``empathy-coach practice``: the piped transcript, --list, --json, the terminal picker, resuming, bad input."""

from __future__ import annotations

import asyncio
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from practice_scripts import EMPATHETIC

from bot.cli import main
from bot.coach import DIMENSIONS
from bot.coach.checks.rules import RULES
from bot.coach.practice.scenarios import Scenarios
from bot.services.practice import Practice
from bot.settings import Settings
from bot.store import Store

ROOT = Path(__file__).resolve().parents[1]
LATE = EMPATHETIC["late-delivery"]


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def practise(monkeypatch: pytest.MonkeyPatch, args: list[str], stdin: str, terminal: bool = False) -> int:
    monkeypatch.setattr(sys, "stdin", FakeTerminal(stdin) if terminal else io.StringIO(stdin))
    return main(["practice", *args])


def test_piped_replies_print_a_readable_transcript_with_notes_and_a_summary(
    cli_env: Path, monkeypatch, capsys, scenarios: Scenarios
) -> None:
    scenario = scenarios.get("late-delivery")
    replies = f"{LATE[0]}\n\nhint\n{LATE[1]}\n"
    assert practise(monkeypatch, ["--scenario", "late-delivery"], replies) == 0
    out = capsys.readouterr().out
    assert scenario.title in out and scenario.persona in out
    assert f"Priya: {scenario.opening}" in out
    assert f"You: {LATE[0]}" in out and f"You: {LATE[1]}" in out
    assert out.count("  Coach (") == 2 and "  Hint: " in out
    assert "Mood 0.55 → 0.30 (calmer)" in out
    assert "Summary: The customer was satisfied." in out
    assert all(name in out for name in DIMENSIONS)
    assert "Customer's mood (0 calm, 1 furious): 0.55 → 0.30 → 0.05" in out
    assert "Best reply (#1" in out and "Weakest reply (#2" in out and "Next lesson" in out
    assert "\x1b[" not in out
    # order: the opening, then the first reply, its note, the customer's answer
    assert out.index(scenario.opening) < out.index(LATE[0]) < out.index("Coach (") < out.index("Summary:")


def test_the_documented_shell_command_works_from_a_file(tmp_path: Path) -> None:
    replies = tmp_path / "replies.txt"
    replies.write_text("\n".join(LATE) + "\n", "utf-8")
    env = {**os.environ, "COACH_DB": str(tmp_path / "coach.db"), "PYTHONPATH": str(ROOT), "LOGNAME": "alice"}
    with replies.open() as stdin:
        done = subprocess.run(
            [sys.executable, "-m", "bot", "practice", "--scenario", "late-delivery"],
            stdin=stdin, capture_output=True, text=True, env=env, cwd=ROOT, timeout=60,
        )
    assert done.returncode == 0, done.stderr
    assert "Summary: The customer was satisfied." in done.stdout and "Coach (" in done.stdout


def test_list_prints_the_scenario_ids_one_per_line(cli_env: Path, capsys, scenarios: Scenarios) -> None:
    assert main(["practice", "--list"]) == 0
    assert capsys.readouterr().out.splitlines() == list(scenarios.ids)
    assert not cli_env.exists()  # listing touches no database


def test_json_is_the_whole_session_in_one_object(cli_env: Path, monkeypatch, capsys) -> None:
    replies = "You should have checked the tracking page.\n" + "\n".join(LATE[:2]) + "\n"
    assert practise(monkeypatch, ["--scenario", "late-delivery", "--json"], replies) == 0
    captured = capsys.readouterr()
    data = json.loads(captured.out)
    assert [turn["agent"] for turn in data["turns"]] == ["You should have checked the tracking page.", *LATE[:2]]
    for turn in data["turns"]:
        assert {"agent", "customer", "score", "note"} <= set(turn)
        assert isinstance(turn["score"], int) and 0 <= turn["score"] <= 100 and turn["note"] and turn["customer"]
    assert data["turns"][0]["note"].startswith(RULES["E401"].message.rstrip("."))
    assert set(data["summary"]["dimensions"]) == set(DIMENSIONS)
    assert isinstance(data["score"], int) and 0 <= data["score"] <= 100
    assert data["score"] == round(sum(t["score"] for t in data["turns"]) / 3)
    assert data["mood"]["start"] == 0.55 and 0.0 <= data["mood"]["end"] <= 1.0
    assert data["mood"]["end"] == data["turns"][-1]["mood"]
    assert data["summary"]["lesson"] in {rule.lesson for rule in RULES.values()}
    assert data["scenario"]["id"] == "late-delivery"
    assert (data["scenario"]["difficulty"], data["scenario"]["mood"]) == ("gentle", "frustrated")
    assert data["summary"]["promises"] == []
    assert "Priya:" in captured.err  # the conversation went to stderr, leaving stdout to the JSON


def test_without_a_scenario_a_piped_run_plays_the_default(cli_env: Path, monkeypatch, capsys) -> None:
    assert practise(monkeypatch, ["--json"], "I'm on it.\n") == 0
    assert json.loads(capsys.readouterr().out)["scenario"]["id"] == "late-delivery"


def test_an_unknown_scenario_says_how_to_list_them(cli_env: Path, monkeypatch, capsys) -> None:
    assert practise(monkeypatch, ["--scenario", "nope"], "") == 2
    err = capsys.readouterr().err
    assert "no practice scenario 'nope'" in err and "empathy-coach practice --list" in err


def test_on_a_terminal_the_picker_shows_difficulty_and_takes_a_number(
    cli_env: Path, monkeypatch, capsys, scenarios: Scenarios
) -> None:
    chosen = scenarios.all[1]
    assert practise(monkeypatch, [], "2\nI'm sorry, I'll look into it now.\nend\n", terminal=True) == 0
    out = capsys.readouterr().out
    assert "Choose a customer to practise with:" in out
    for scenario in scenarios.all:
        assert scenario.id in out
    assert f"2. {chosen.id}" in out and chosen.difficulty in out
    assert f"{chosen.customer}: {chosen.opening}" in out
    assert "Summary: You ended the session." in out


def leave_unfinished(cli_env: Path, scenarios: Scenarios, scenario_id: str, *replies: str) -> str | None:
    """An earlier run's session that was never ended; returns the customer's last line."""
    with Store.open(cli_env) as store:
        earlier = Practice(store, Settings(db_path=cli_env, store_text=False), scenarios)
        said = earlier.start("cli:alice", "cli", scenario_id).customer
        for text in replies:
            said = asyncio.run(earlier.reply("cli:alice", text)).customer
    return said


def test_an_interrupted_session_is_offered_for_resuming_on_a_terminal(
    cli_env: Path, monkeypatch, capsys, scenarios: Scenarios
) -> None:
    said = leave_unfinished(cli_env, scenarios, "double-charge", EMPATHETIC["double-charge"][0])
    assert practise(monkeypatch, [], f"y\n{EMPATHETIC['double-charge'][1]}\nend\n", terminal=True) == 0
    out = capsys.readouterr().out
    assert "Resume your unfinished practice on double-charge (1 reply so far)?" in out
    assert EMPATHETIC["double-charge"][0] in out and said and said in out
    assert "over 2 replies" in out


def test_a_piped_run_closes_an_unfinished_session_and_says_so(
    cli_env: Path, monkeypatch, capsys, scenarios: Scenarios
) -> None:
    leave_unfinished(cli_env, scenarios, "price-increase")
    assert practise(monkeypatch, ["--scenario", "late-delivery"], "I'm on it.\n") == 0
    captured = capsys.readouterr()
    assert "closed your unfinished practice on price-increase" in captured.err
    assert "Priya:" in captured.out
    with Store.open(cli_env) as store:
        statuses = [row["status"] for row in store.db.query("SELECT status FROM practice_sessions ORDER BY id")]
    assert statuses == ["ended", "ended"]


def test_an_unwritable_database_is_one_clear_line(tmp_path: Path, cli_env: Path, monkeypatch, capsys) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    monkeypatch.setenv("COACH_DB", str(blocker / "coach.db"))
    assert practise(monkeypatch, ["--scenario", "late-delivery"], "Hi\n") == 1
    err = capsys.readouterr().err
    assert "is a file, not a folder" in err and "COACH_DB" in err


LINES = st.lists(
    st.one_of(
        st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\r\n\x0b\x0c\x1c\x1d\x1e"
                                       "\x85\u2028\u2029"), max_size=300),
        st.sampled_from(["hint", "end", "```code```", "you idiot", "Gracias por su paciencia, señora", "!!!" * 50]),
    ),
    max_size=6,
)


@given(lines=LINES)
@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
def test_whatever_is_piped_in_the_command_finishes_with_one_json_object(
    cli_env: Path, monkeypatch, capsys, lines: list[str]
) -> None:
    if cli_env.exists():
        cli_env.unlink()
    assert practise(monkeypatch, ["--scenario", "abusive-customer", "--json"], "\n".join(lines) + "\n") == 0
    data = json.loads(capsys.readouterr().out)
    assert data["summary"]["outcome"] in ("satisfied", "walked_away", "turn_limit", "ended", "boundary")
    assert len(data["turns"]) <= 8
