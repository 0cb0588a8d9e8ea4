"""``empathy-coach practice`` with a model configured (the fake OpenAI server), and without one."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from fake_openai import FakeOpenAI, content, status
from practice_scripts import EMPATHETIC

from bot.cli import main
from bot.coach import practice
from bot.coach.practice.scenarios import Scenarios

ROOT = Path(__file__).resolve().parents[1]
LATE = EMPATHETIC["late-delivery"][:2]
"""Two caring replies settle this customer."""
WORDED = "OK. Please keep me posted on the parcel."


def worded() -> object:
    return content(json.dumps({"line": WORDED}))


def scripted_lines(scenarios: Scenarios, replies: tuple[str, ...]) -> list[str]:
    scenario = scenarios.get("late-delivery")
    session, lines = practice.start(scenario), []
    for text in replies:
        step = practice.reply(session, scenario, text)
        session = step.session
        lines.append(step.customer)
    return lines


def practise_json(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], *args: str) -> dict:
    monkeypatch.setattr(sys, "stdin", io.StringIO("\n".join(LATE) + "\n"))
    assert main(["practice", "--scenario", "late-delivery", "--json", *args]) == 0
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    return json.loads(captured.out)


def test_json_session_uses_the_models_lines_and_stats_count_them(
    llm_env: Path, fake_llm: FakeOpenAI, monkeypatch, capsys
) -> None:
    fake_llm.default = worded()
    data = practise_json(monkeypatch, capsys)
    assert [turn["customer"] for turn in data["turns"]] == [WORDED] * len(LATE)
    assert data["outcome"] == "satisfied" and data["mood"]["start"] == 0.55
    assert len(fake_llm.requests) == len(LATE)
    assert main(["stats", "--json"]) == 0
    stats = json.loads(capsys.readouterr().out)
    assert stats["prompts"] == [{"version": "customer-v2", "calls": len(LATE), "used": len(LATE)}]
    assert stats["prompt_tokens"] == 321 * len(LATE)


def test_a_failing_model_leaves_the_scripted_lines_without_a_traceback(
    llm_env: Path, fake_llm: FakeOpenAI, monkeypatch, capsys, scenarios: Scenarios
) -> None:
    fake_llm.default = status(500, **{"x-should-retry": "false"})
    data = practise_json(monkeypatch, capsys)
    assert [turn["customer"] for turn in data["turns"]] == scripted_lines(scenarios, LATE)
    assert main(["stats", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["failures"] == {"server_error": len(LATE)}


def test_offline_flag_keeps_the_scripted_lines_and_asks_nothing(
    llm_env: Path, fake_llm: FakeOpenAI, monkeypatch, capsys, scenarios: Scenarios
) -> None:
    fake_llm.default = worded()
    data = practise_json(monkeypatch, capsys, "--offline")
    assert [turn["customer"] for turn in data["turns"]] == scripted_lines(scenarios, LATE)
    assert fake_llm.requests == []


def test_the_documented_command_from_a_file_uses_the_models_lines(
    fake_llm: FakeOpenAI, tmp_path: Path
) -> None:
    fake_llm.default = worded()
    replies = tmp_path / "replies.txt"
    replies.write_text("\n".join(LATE) + "\n", "utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "AZURE_OPENAI_", "COACH_"))}
    env |= {"COACH_DB": str(tmp_path / "coach.db"), "PYTHONPATH": str(ROOT), "LOGNAME": "alice",
            "OPENAI_API_KEY": "test-key", "OPENAI_BASE_URL": f"{fake_llm.url}/v1"}
    with replies.open() as stdin:
        done = subprocess.run(
            [sys.executable, "-m", "bot", "practice", "--scenario", "late-delivery", "--json"],
            stdin=stdin, capture_output=True, text=True, env=env, cwd=ROOT, timeout=60,
        )
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert [turn["customer"] for turn in data["turns"]] == [WORDED] * len(LATE)
    assert f"Priya: {WORDED}" in done.stderr


def test_without_a_key_practice_is_scripted_and_never_imports_openai(
    cli_env: Path, tmp_path: Path, scenarios: Scenarios
) -> None:
    script = (
        "import sys; from bot.cli import main; code = main(['practice', '--scenario', 'late-delivery', '--json']); "
        "print('openai' in sys.modules, file=sys.stderr); sys.exit(code)"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "AZURE_OPENAI_", "COACH_"))}
    env |= {"COACH_DB": str(tmp_path / "offline.db"), "LOGNAME": "alice"}
    done = subprocess.run([sys.executable, "-c", script], input="\n".join(LATE) + "\n", capture_output=True,
                          text=True, cwd=ROOT, env=env, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stderr.strip().splitlines()[-1] == "False"
    data = json.loads(done.stdout)
    assert [turn["customer"] for turn in data["turns"]] == scripted_lines(scenarios, LATE)
