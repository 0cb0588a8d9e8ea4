"""What the terminal does with input and output it can't use: each case ends in one line on stderr and the exit
code the README documents (2 for input, 1 for output), never a traceback; a bad row in ``batch`` is that row's
error wherever it is, and ``batch`` streams."""

from __future__ import annotations

import json
import os
import select
import subprocess
import sys
from pathlib import Path

import pytest

from bot.cli import main
from bot.cli.terminal import Progress
from bot.coach import check

ROOT = Path(__file__).resolve().parents[1]
DRAFT = "Calm down. As I already said, refunds take 10 days. Read the FAQ."
GOOD = "Thanks for waiting. I've reset your password; try it now."


def run_cli(args: list[str | bytes], db: Path, *, stdin: bytes = b"", stdout: int | None = subprocess.PIPE,
            **environ: str) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "COACH_DB": str(db), "PYTHONPATH": str(ROOT), "LOGNAME": "alice", **environ}
    for name in ("OPENAI_API_KEY", "AZURE_OPENAI_API_KEY", *(() if "COACH_STORE_TEXT" in environ
                                                          else ("COACH_STORE_TEXT",))):
        env.pop(name, None)
    return subprocess.run([sys.executable, "-m", "bot", *args], input=stdin, stdout=stdout, stderr=subprocess.PIPE,
                          env=env, cwd=ROOT, timeout=60)


def one_line(stderr: bytes) -> str:
    text = stderr.decode()
    assert "Traceback" not in text and len(text.splitlines()) == 1, text
    return text


def jsonl(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines()]


@pytest.mark.parametrize("environ", [{}, {"COACH_STORE_TEXT": "1"}, {"PYTHONUTF8": "1", "COACH_STORE_TEXT": "1"},
                                     {"LC_ALL": "C", "PYTHONUTF8": "0"}])
def test_a_draft_on_stdin_that_is_not_utf8_is_refused_in_one_line(tmp_path: Path, environ: dict[str, str]) -> None:
    done = run_cli(["check"], tmp_path / "coach.db", stdin="Sorry for the wait, ".encode() + b"\xff\xfe caf\xe9", **environ)
    assert done.returncode == 2
    assert "not UTF-8" in one_line(done.stderr)
    assert not (tmp_path / "coach.db").exists()


def test_a_draft_argument_that_is_not_utf8_is_refused_in_one_line(tmp_path: Path) -> None:
    done = run_cli(["check", b"Sorry caf\xe9 " + DRAFT.encode()], tmp_path / "coach.db", COACH_STORE_TEXT="1")
    assert done.returncode == 2 and "not UTF-8" in one_line(done.stderr)


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_check_into_a_full_disk_ends_in_one_line(tmp_path: Path) -> None:
    with open("/dev/full", "wb") as full:
        done = run_cli(["check", "--no-save", DRAFT], tmp_path / "coach.db", stdout=full.fileno())
    assert done.returncode == 1
    assert "Can't write the output" in one_line(done.stderr)


def test_deeply_nested_json_is_one_rows_error_and_the_run_goes_on(cli_env: Path, tmp_path: Path, capsys) -> None:
    source = tmp_path / "replies.jsonl"
    nested = '{"text": ' + "[" * 100_000 + "]" * 100_000 + "}"
    source.write_text("\n".join([nested, json.dumps({"text": DRAFT})]) + "\n")
    assert main(["batch", str(source), "--text-column", "text", "--quiet"]) == 0
    first, second = jsonl(capsys.readouterr().out)
    assert first["index"] == 0 and "nested too deeply" in first["error"]
    assert second == {"index": 1, **check(DRAFT).to_dict()}


@pytest.mark.parametrize("position", [0, 1, 2])
def test_a_jsonl_line_without_the_column_is_that_lines_error_wherever_it_is(
    cli_env: Path, tmp_path: Path, capsys, position: int
) -> None:
    lines = [json.dumps({"text": DRAFT}), json.dumps({"text": GOOD})]
    lines.insert(position, json.dumps({"reply": "hi", "customer": "x"}))
    source = tmp_path / "replies.jsonl"
    source.write_text("\n".join(lines) + "\n")
    assert main(["batch", str(source), "--text-column", "text", "--quiet"]) == 0
    results = jsonl(capsys.readouterr().out)
    assert [("error" in result) for result in results] == [index == position for index in range(3)]
    assert "no 'text' field" in results[position]["error"] and "'reply', 'customer'" in results[position]["error"]


@pytest.mark.parametrize("suffix", [".csv", ".jsonl"])
def test_a_row_that_is_not_utf8_is_that_rows_error(tmp_path: Path, suffix: str) -> None:
    source = tmp_path / f"replies{suffix}"
    if suffix == ".csv":
        source.write_bytes(b"reply\n" + DRAFT.encode() + b"\nSorry caf\xe9\n" + GOOD.encode() + b"\n")
    else:
        source.write_bytes(b"\n".join(json.dumps({"reply": text}).encode() for text in (DRAFT, "@", GOOD))
                           .replace(b"\"@\"", b"\"Sorry caf\xe9\"") + b"\n")
    done = run_cli(["batch", str(source), "--text-column", "reply", "--quiet"], tmp_path / "coach.db")
    assert done.returncode == 0, done.stderr
    results = jsonl(done.stdout.decode())
    assert [("error" in result) for result in results] == [False, True, False]
    assert "not UTF-8" in results[1]["error"]


def test_batch_writes_each_result_before_reading_the_next_row(tmp_path: Path) -> None:
    env = {**os.environ, "COACH_DB": str(tmp_path / "coach.db"), "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen([sys.executable, "-m", "bot", "batch", "-", "--text-column", "text", "--quiet"],
                               stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=ROOT)
    try:
        assert process.stdin is not None and process.stdout is not None
        process.stdin.write(json.dumps({"text": DRAFT}).encode() + b"\n")
        process.stdin.flush()
        ready, _, _ = select.select([process.stdout], [], [], 60)  # stdin is still open: only a stream answers
        assert ready, "no result for the first row while the input was still open"
        assert json.loads(process.stdout.readline())["index"] == 0
        process.stdin.write(json.dumps({"text": GOOD}).encode() + b"\n")
        process.stdin.close()
        assert json.loads(process.stdout.readline())["index"] == 1
        assert process.wait(60) == 0
    finally:
        process.kill()
        process.wait()


def test_batch_reports_progress_in_plain_lines_off_a_terminal_unless_quiet(
    cli_env: Path, tmp_path: Path, capsys, monkeypatch
) -> None:
    monkeypatch.setattr(Progress, "LINE_SECONDS", 0.0)
    source = tmp_path / "replies.jsonl"
    source.write_text("".join(json.dumps({"text": text}) + "\n" for text in (DRAFT, GOOD, DRAFT)))
    assert main(["batch", str(source), "--text-column", "text"]) == 0
    err = capsys.readouterr().err
    assert "3 rows checked, 100% of the input read" in err and "\r" not in err
    assert main(["batch", str(source), "--text-column", "text", "--quiet"]) == 0
    quiet = capsys.readouterr().err
    assert "rows checked" not in quiet and quiet.startswith("3 rows, 0 errors")
