"""``empathy-coach check`` with and without a model configured, and ``empathy-coach stats``."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from fake_openai import FakeOpenAI, answer, status
from llm_cases import CUSTOMER, DRAFT, GOOD

from bot.cli import main
from bot.coach import check
from bot.llm.prompt import CURRENT

ROOT = Path(__file__).resolve().parents[1]


def rows(db_path: Path, sql: str) -> list[dict]:
    conn = sqlite3.connect(db_path)
    conn.row_factory = sqlite3.Row
    try:
        return [dict(row) for row in conn.execute(sql)]
    finally:
        conn.close()


def test_check_json_returns_the_llm_rewrite_when_it_passes(
    llm_env: Path, fake_llm: FakeOpenAI, capsys: pytest.CaptureFixture[str]
) -> None:
    fake_llm.queue(answer(GOOD, [{"rule": "E402", "change": "Dropped \"Calm down\""}]))
    assert main(["check", "--json", "--customer", CUSTOMER, DRAFT]) == 0
    out = json.loads(capsys.readouterr().out)
    assert (out["engine"], out["rewrite"]) == ("llm", GOOD)
    assert "llm_failure" not in out
    assert out["score"] == check(DRAFT, CUSTOMER).score
    [saved] = rows(llm_env, "SELECT engine, rewrite_score FROM checks")
    assert saved == {"engine": "llm", "rewrite_score": out["rewrite_score"]}
    [call] = rows(llm_env, "SELECT prompt_version, prompt_tokens, completion_tokens, failure FROM llm_calls")
    assert call == {"prompt_version": CURRENT, "prompt_tokens": 321, "completion_tokens": 123, "failure": None}


@pytest.mark.parametrize(
    ("reply", "failure"),
    [
        (answer(GOOD + " If it doesn't turn up, we'll refund you."), "promises"),
        (answer(GOOD.replace("order #48213 ", "your order ")), "facts"),
        (answer(GOOD.replace("$45.00", "$54.00")), "facts"),
        (status(500, **{"x-should-retry": "false"}), "server_error"),
    ],
)
def test_check_json_names_the_failed_check_and_returns_the_offline_result(
    llm_env: Path, fake_llm: FakeOpenAI, capsys: pytest.CaptureFixture[str], reply, failure: str
) -> None:
    fake_llm.queue(reply)
    assert main(["check", "--json", "--customer", CUSTOMER, DRAFT]) == 0
    captured = capsys.readouterr()
    out = json.loads(captured.out)
    assert out == check(DRAFT, CUSTOMER).to_dict() | {"llm_failure": failure}
    assert "Traceback" not in captured.err
    [call] = rows(llm_env, "SELECT engine, failure FROM llm_calls")
    assert call == {"engine": "offline", "failure": failure}
    [saved] = rows(llm_env, "SELECT engine, rewrite_score FROM checks")
    assert saved == {"engine": "offline", "rewrite_score": out["rewrite_score"]}


def test_human_output_says_when_the_llm_rewrite_was_not_used(
    llm_env: Path, fake_llm: FakeOpenAI, capsys: pytest.CaptureFixture[str]
) -> None:
    fake_llm.queue(answer(GOOD + " We'll refund you."))
    assert main(["check", "--customer", CUSTOMER, DRAFT]) == 0
    out = capsys.readouterr().out
    assert "The LLM rewrite was not used: promises" in out
    assert check(DRAFT, CUSTOMER).rewrite.splitlines()[0] in out


def test_offline_flag_skips_the_model(llm_env: Path, fake_llm: FakeOpenAI, capsys) -> None:
    assert main(["check", "--json", "--offline", DRAFT]) == 0
    assert json.loads(capsys.readouterr().out)["engine"] == "offline"
    assert fake_llm.requests == []


def test_without_a_key_check_is_offline_silent_and_never_imports_openai(cli_env: Path) -> None:
    script = (
        "import sys; from bot.cli import main; code = main(['check', '--json', '--no-save', sys.argv[1]]); "
        "print('openai' in sys.modules, file=sys.stderr); sys.exit(code)"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "AZURE_OPENAI_"))}
    done = subprocess.run([sys.executable, "-c", script, DRAFT], capture_output=True, text=True, cwd=ROOT, env=env,
                          timeout=60)
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert out["engine"] == "offline" and "llm_failure" not in out
    assert done.stderr.strip() == "False"


def test_stats_sums_calls_tokens_and_failures_by_reason(
    llm_env: Path, fake_llm: FakeOpenAI, capsys: pytest.CaptureFixture[str]
) -> None:
    fake_llm.queue(answer(GOOD), answer(GOOD + " We'll refund you."))
    assert main(["check", "--json", "--customer", CUSTOMER, DRAFT]) == 0
    assert main(["check", "--json", "--customer", CUSTOMER, DRAFT + " Thanks."]) == 0
    capsys.readouterr()
    assert main(["stats", "--json"]) == 0
    stats = json.loads(capsys.readouterr().out)
    assert (stats["calls"], stats["used"], stats["cached"]) == (2, 1, 0)
    assert (stats["prompt_tokens"], stats["completion_tokens"], stats["total_tokens"]) == (642, 246, 888)
    assert stats["failures"] == {"promises": 1}
    assert stats["prompts"] == [{"version": CURRENT, "calls": 2, "used": 1}]
    assert main(["stats"]) == 0
    text = capsys.readouterr().out
    assert "2 asked, 1 used (50%)" in text and "642 prompt + 246 completion = 888" in text
    assert "Not used: promises (1)" in text


def test_stats_with_no_calls_says_so(cli_env: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["stats", "--days", "7"]) == 0
    assert capsys.readouterr().out.strip() == "No LLM rewrites in the last 7 days."
