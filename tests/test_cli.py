"""The empathy-coach command: output shapes, exit codes, what gets saved, batch files, start-up imports."""

from __future__ import annotations

import io
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

import bot.coach
from bot.cli import main
from bot.coach import check

ROOT = Path(__file__).resolve().parents[1]
CUSTOMER = "I was charged twice this month and nobody has answered my emails. I'm really angry."
DRAFT = "Calm down. As I already said, refunds take 10 days. Read the FAQ."
HEAVY = ("slack_bolt", "slack_sdk", "botbuilder", "openai", "aiohttp")


def saved_checks(db_path: Path) -> list[dict]:
    if not db_path.exists():
        return []
    conn = sqlite3.connect(db_path)
    conn.row_factory = sqlite3.Row
    try:
        return [dict(row) for row in conn.execute("SELECT * FROM checks ORDER BY id")]
    finally:
        conn.close()


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_check_json_has_the_documented_shape_and_is_saved(cli_env: Path, capsys) -> None:
    assert main(["check", "--json", "--customer", CUSTOMER, DRAFT]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out == check(DRAFT, CUSTOMER).to_dict()
    assert set(out) == {"score", "dimensions", "findings", "rewrite", "rewrite_score", "explanation", "engine",
                        "language"}
    assert out["language"] == "en"
    assert isinstance(out["score"], int) and isinstance(out["rewrite_score"], int)
    assert set(out["dimensions"]) == set(bot.coach.DIMENSIONS)
    assert all(isinstance(v, float) for v in out["dimensions"].values())
    assert out["findings"], "a dismissive draft should produce findings"
    assert {"rule", "severity", "start", "end", "message", "why", "lesson"} == set(out["findings"][0])
    assert isinstance(out["rewrite"], str) and out["rewrite"]
    assert all(set(change) == {"rule", "change", "why", "kind"} for change in out["explanation"])

    [row] = saved_checks(cli_env)
    assert (row["user_id"], row["platform"], row["score"]) == ("cli:alice", "cli", out["score"])
    assert row["text"] is None and row["customer_text"] is None


def test_check_keeps_the_text_when_the_setting_says_so(cli_env: Path, monkeypatch, capsys) -> None:
    monkeypatch.setenv("COACH_STORE_TEXT", "yes")
    assert main(["check", "--json", "--customer", CUSTOMER, DRAFT]) == 0
    [row] = saved_checks(cli_env)
    assert (row["text"], row["customer_text"]) == (DRAFT, CUSTOMER)


def test_human_output_shows_scores_findings_and_the_rewrite_without_colour(cli_env: Path, capsys) -> None:
    result = check(DRAFT, CUSTOMER)
    assert main(["check", "--customer", CUSTOMER, DRAFT]) == 0
    out = capsys.readouterr().out
    assert f"Score {result.score}/100" in out
    assert all(name in out for name in bot.coach.DIMENSIONS)
    first = result.findings[0]
    assert first.rule in out and first.message in out and first.why in out
    quoted = [f for f in result.findings if f.end > f.start]
    assert f'"{DRAFT[quoted[0].start:quoted[0].end]}"' in out
    for line in result.rewrite.splitlines():
        assert line in out
    assert f"{result.explanation[0].rule}: {result.explanation[0].change} — {result.explanation[0].why}" in out
    assert "\x1b[" not in out


def test_force_color_adds_ansi_codes_and_no_color_is_ignored_then(cli_env: Path, monkeypatch, capsys) -> None:
    monkeypatch.setenv("FORCE_COLOR", "1")
    monkeypatch.setenv("NO_COLOR", "1")
    assert main(["check", "--no-save", DRAFT]) == 0
    assert "\x1b[" in capsys.readouterr().out


@pytest.mark.parametrize("draft", ["", "   \n\t "])
def test_an_empty_draft_exits_2_and_writes_nothing(cli_env: Path, capsys, draft: str) -> None:
    assert main(["check", draft]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "no reply to check" in captured.err
    assert saved_checks(cli_env) == []


def test_an_overlong_draft_exits_2_with_the_limit(cli_env: Path, capsys) -> None:
    assert main(["check", "word " * 5000]) == 2
    assert "10,000" in capsys.readouterr().err
    assert saved_checks(cli_env) == []


@pytest.mark.parametrize("argv", [["check", "--json"], ["check", "--json", "-"]])
def test_check_reads_the_draft_from_stdin(cli_env: Path, monkeypatch, capsys, argv: list[str]) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(DRAFT + "\n"))
    assert main([*argv, "--no-save"]) == 0
    assert json.loads(capsys.readouterr().out) == check(DRAFT).to_dict()


def test_check_without_a_draft_on_a_terminal_explains_how_to_give_one(cli_env: Path, monkeypatch, capsys) -> None:
    monkeypatch.setattr(sys, "stdin", FakeTerminal())
    assert main(["check"]) == 2
    assert "pipe it in" in capsys.readouterr().err


def test_variant_is_passed_to_the_coach(cli_env: Path, monkeypatch, capsys) -> None:
    seen = []

    def spy(draft: str, customer: str | None = None, *, variant: int = 0):
        seen.append(variant)
        return check(draft, customer, variant=variant)

    monkeypatch.setattr(bot.coach, "check", spy)
    assert main(["check", "--no-save", "--json", "--variant", "3", DRAFT]) == 0
    assert seen == [3]
    assert main(["check", "--variant", "-1", DRAFT]) == 2


def test_no_save_does_not_touch_the_database(cli_env: Path, capsys) -> None:
    assert main(["check", "--no-save", DRAFT]) == 0
    assert not cli_env.exists()


def test_an_unwritable_database_fails_after_printing_the_result(
    tmp_path: Path, cli_env: Path, monkeypatch, capsys
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    monkeypatch.setenv("COACH_DB", str(blocker / "coach.db"))
    assert main(["check", "--json", DRAFT]) == 1
    captured = capsys.readouterr()
    assert json.loads(captured.out)["score"] == check(DRAFT).score
    [line] = captured.err.splitlines()
    assert str(blocker) in line and "--no-save" in line


@pytest.mark.parametrize("argv", [["progress"], ["stats"]])
def test_a_database_that_cannot_be_opened_is_one_line_and_exit_1(
    tmp_path: Path, cli_env: Path, monkeypatch, capsys, argv: list[str]
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    monkeypatch.setenv("COACH_DB", str(blocker / "coach.db"))
    assert main(argv) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.splitlines() == [f"empathy-coach: Can't create the coach database {blocker / 'coach.db'}: "
                                         f"{blocker} is a file, not a folder."]


def test_a_bad_setting_exits_2_naming_the_variable_before_checking(cli_env: Path, monkeypatch, capsys) -> None:
    monkeypatch.setenv("COACH_STORE_TEXT", "sometimes")
    assert main(["check", DRAFT]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    [line] = captured.err.splitlines()
    assert "COACH_STORE_TEXT" in line and "sometimes" in line


def test_progress_reports_the_checks_just_made(cli_env: Path, capsys) -> None:
    for draft in (DRAFT, "I'm sorry the parcel is late. I'll call the courier now and email you by 5pm."):
        assert main(["check", "--json", draft]) == 0
    scores = [json.loads(line)["score"] for line in capsys.readouterr().out.splitlines()]

    assert main(["progress", "--json"]) == 0
    progress = json.loads(capsys.readouterr().out)
    assert progress["user_id"] == "cli:alice"
    assert progress["checks"] == 2
    assert progress["average_score"] == pytest.approx(sum(scores) / 2, abs=0.05)

    assert main(["progress"]) == 0
    assert "2 checks in the last 7 days" in capsys.readouterr().out


def test_forget_me_refuses_without_a_terminal_or_yes(cli_env: Path, monkeypatch, capsys) -> None:
    assert main(["check", DRAFT]) == 0
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    assert main(["forget-me"]) == 2
    assert "--yes" in capsys.readouterr().err
    assert len(saved_checks(cli_env)) == 1


def test_forget_me_yes_deletes_the_cli_users_data(cli_env: Path, capsys) -> None:
    assert main(["check", DRAFT]) == 0
    assert main(["forget-me", "--yes"]) == 0
    assert "Deleted cli:alice and their 1 check from" in capsys.readouterr().out
    assert saved_checks(cli_env) == []


@pytest.mark.parametrize(("answer", "code", "left"), [("y\n", 0, 0), ("n\n", 1, 1)])
def test_forget_me_asks_on_a_terminal(cli_env: Path, monkeypatch, capsys, answer, code, left) -> None:
    assert main(["check", DRAFT]) == 0
    monkeypatch.setattr(sys, "stdin", FakeTerminal(answer))
    assert main(["forget-me"]) == code
    assert "Delete cli:alice and their 1 check from" in capsys.readouterr().out
    assert len(saved_checks(cli_env)) == left


def read_jsonl(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines()]


def test_batch_csv_reports_bad_rows_and_keeps_going(cli_env: Path, tmp_path: Path, capsys) -> None:
    source = tmp_path / "replies.csv"
    source.write_text(
        'id,reply,customer\n1,"Calm down, it is policy.",Where is my refund?\n2,"   ",\n'
        f'3,"{DRAFT}","{CUSTOMER}"\n',
        encoding="utf-8",
    )
    assert main(["batch", str(source), "--text-column", "reply", "--context-column", "customer"]) == 0
    captured = capsys.readouterr()
    lines = read_jsonl(captured.out)
    assert [line["index"] for line in lines] == [0, 1, 2]
    assert set(lines[1]) == {"index", "error"} and "no reply" in lines[1]["error"]
    assert lines[2] == {"index": 2, **check(DRAFT, CUSTOMER).to_dict()}
    assert lines[0]["score"] == check("Calm down, it is policy.", "Where is my refund?").score
    mean = (lines[0]["score"] + lines[2]["score"]) / 2
    assert f"3 rows, 1 errors, mean score {mean:.1f}" in captured.err
    assert not cli_env.exists()


def test_batch_jsonl_to_a_file_turns_every_kind_of_bad_line_into_an_error(
    cli_env: Path, tmp_path: Path, capsys
) -> None:
    source = tmp_path / "replies.jsonl"
    out = tmp_path / "results.jsonl"
    source.write_text(
        "\n".join(
            [
                json.dumps({"text": DRAFT, "ctx": CUSTOMER}),
                "{not json",
                json.dumps(["a", "list"]),
                json.dumps({"text": 42}),
                json.dumps({"other": "no text field"}),
                "",
                json.dumps({"text": "Thanks for waiting. I've reset your password; try it now."}),
            ]
        ),
        encoding="utf-8",
    )
    assert main(["batch", str(source), "--text-column", "text", "--context-column", "ctx", "--out", str(out)]) == 0
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = read_jsonl(out.read_text(encoding="utf-8"))
    assert [line["index"] for line in lines] == [0, 1, 2, 3, 4, 5]
    assert lines[0] == {"index": 0, **check(DRAFT, CUSTOMER).to_dict()}
    assert [("error" in line) for line in lines] == [False, True, True, True, True, False]
    assert "not valid JSON" in lines[1]["error"]
    assert "not a JSON object" in lines[2]["error"]
    assert "not text" in lines[3]["error"]
    assert "'text'" in lines[4]["error"]
    assert "6 rows, 4 errors" in captured.err


def test_batch_draws_a_progress_bar_only_on_a_terminal(cli_env: Path, tmp_path: Path, monkeypatch, capsys) -> None:
    source = tmp_path / "replies.jsonl"
    source.write_text(json.dumps({"draft": DRAFT}) + "\n" + json.dumps({"draft": "Thanks, I'll check now."}) + "\n")
    assert main(["batch", str(source), "--text-column", "draft"]) == 0
    assert "\r" not in capsys.readouterr().err

    terminal = FakeTerminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert main(["batch", str(source), "--text-column", "draft"]) == 0
    drawn = terminal.getvalue()
    assert "\r" in drawn and "1 rows 100%" in drawn  # the whole file was read with the first row
    # The bar is erased before the summary, which ends up on a clean line.
    assert "\r\x1b[K2 rows, 0 errors" in drawn


def test_batch_reads_jsonl_from_stdin(cli_env: Path, monkeypatch, capsys) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(json.dumps({"draft": DRAFT}) + "\n"))
    assert main(["batch", "-", "--text-column", "draft"]) == 0
    assert read_jsonl(capsys.readouterr().out) == [{"index": 0, **check(DRAFT).to_dict()}]


@pytest.mark.parametrize("suffix", [".csv", ".jsonl"])
def test_batch_missing_column_names_it_and_lists_the_real_ones(
    cli_env: Path, tmp_path: Path, capsys, suffix: str
) -> None:
    source = tmp_path / f"replies{suffix}"
    source.write_text("reply,customer\nhi,hello\n" if suffix == ".csv" else '{"reply": "hi", "customer": "x"}\n')
    out = tmp_path / "out.jsonl"
    assert main(["batch", str(source), "--text-column", "draft", "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert "'draft'" in err and "'reply', 'customer'" in err
    # A CSV header is checked before anything is written; JSON Lines has none, so each line says what it lacks.
    assert out.exists() is (suffix == ".jsonl")


def test_batch_rejects_an_unknown_file_type(cli_env: Path, tmp_path: Path, capsys) -> None:
    source = tmp_path / "replies.xlsx"
    source.write_text("")
    assert main(["batch", str(source), "--text-column", "reply"]) == 2
    assert ".csv or .jsonl" in capsys.readouterr().err


def test_version_prints_the_package_version(capsys) -> None:
    from importlib.metadata import version

    assert main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"empathy-coach {version('empathy-coach')}"


def run_python(code_or_args: list[str], db_path: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "COACH_DB": str(db_path), "PYTHONPATH": str(ROOT)}
    env.pop("COACH_STORE_TEXT", None)
    return subprocess.run(
        [sys.executable, *code_or_args], capture_output=True, text=True, env=env, cwd=ROOT, timeout=60
    )


def test_python_dash_m_bot_runs_the_cli(tmp_path: Path) -> None:
    done = run_python(["-m", "bot", "check", "--json", DRAFT], tmp_path / "coach.db")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == check(DRAFT).to_dict()
    assert len(saved_checks(tmp_path / "coach.db")) == 1


@pytest.mark.parametrize("save", [True, False])
def test_check_never_imports_the_chat_platforms(tmp_path: Path, save: bool) -> None:
    argv = ["check", "--json", DRAFT] + ([] if save else ["--no-save"])
    probe = (
        "import sys, json\n"
        "from bot.cli import main\n"
        f"code = main({argv!r})\n"
        "loaded = sorted({m.split('.')[0] for m in sys.modules})\n"
        "print(json.dumps({'code': code, 'loaded': loaded}))\n"
    )
    done = run_python(["-c", probe], tmp_path / "coach.db")
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.splitlines()[-1])
    assert report["code"] == 0
    assert not set(HEAVY) & set(report["loaded"])
    assert ("sqlite_utils" in report["loaded"]) is save


QUIET_COMMANDS = (
    ["--version"], ["progress"], ["stats"], ["forget-me", "--yes"], ["lessons"], ["lesson", "open-questions"],
    ["serve", "--help"], ["teams-package", "--help"],
)
"""Commands that check no draft: they must start without compiling the analyzer's patterns."""


def test_commands_that_check_nothing_never_load_the_analyzer_or_a_platform(tmp_path: Path) -> None:
    db_path = tmp_path / "coach.db"
    done = run_python(["-m", "bot", "check", "--json", DRAFT], db_path)
    assert done.returncode == 0 and len(saved_checks(db_path)) == 1, "progress and forget-me read a real database"
    probe = (
        "import json, sys\n"
        "from bot.cli import main\n"
        "code = main(sys.argv[1:])\n"
        "print(json.dumps({'code': code, 'modules': sorted(sys.modules)}))\n"
    )
    env = {**os.environ, "COACH_DB": str(db_path), "PYTHONPATH": str(ROOT)}
    for name in ("SLACK_BOT_TOKEN", "MicrosoftAppId", "OPENAI_API_KEY", "AZURE_OPENAI_API_KEY"):
        env.pop(name, None)
    runs = {" ".join(argv): subprocess.Popen([sys.executable, "-c", probe, *argv], stdout=subprocess.PIPE,
                                             stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT)
            for argv in QUIET_COMMANDS}
    for command, process in runs.items():
        out, err = process.communicate(timeout=60)
        report = json.loads(out.splitlines()[-1])
        assert report["code"] == 0, (command, err)
        analyzer = [m for m in report["modules"] if m.startswith("bot.coach.checks.") and m != "bot.coach.checks.model"]
        assert analyzer == [], command
        assert not {m.split(".")[0] for m in report["modules"]} & set(HEAVY), command
