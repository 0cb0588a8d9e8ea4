"""The shipped data files are checked together before the server opens a port."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from bot.content import content_problems
from bot.llm.prompt import CURRENT
from bot.resources import prompts_dir


@pytest.fixture
def prompts(tmp_path: Path) -> Path:
    copy = tmp_path / "prompts"
    shutil.copytree(prompts_dir(), copy, ignore=shutil.ignore_patterns("__pycache__", "*.py"))
    return copy


def test_the_shipped_files_are_all_valid() -> None:
    assert content_problems(llm=True) == []


def _break_lesson(root: Path) -> str:
    lesson = sorted((root / "lessons").glob("*.toml"))[0]
    lesson.write_text(lesson.read_text("utf-8").replace("title", "titel", 1), "utf-8")
    return lesson.name


def _break_scenario(root: Path) -> str:
    scenario = sorted((root / "scenarios").glob("*.toml"))[0]
    scenario.write_text("this is = not [toml", "utf-8")
    return scenario.name


def _break_phrasing(root: Path) -> str:
    (root / "phrasing.toml").write_text("[acknowledgement\n", "utf-8")
    return "rewrite wording"


def _break_llm_prompt(root: Path) -> str:
    prompt = root / "llm" / f"{CURRENT}.toml"
    prompt.write_text(prompt.read_text("utf-8").replace("{draft}", "{drafts}"), "utf-8")
    return "LLM rewrite prompt"


def _break_customer_prompt(root: Path) -> str:
    prompt = root / "llm" / "customer-v2.toml"
    prompt.write_text(prompt.read_text("utf-8").replace("walked_away =", "walked_off ="), "utf-8")
    return "LLM customer prompt"


@pytest.mark.parametrize(
    "breaks", [_break_lesson, _break_scenario, _break_phrasing, _break_llm_prompt, _break_customer_prompt]
)
def test_a_broken_file_is_named(prompts: Path, breaks: Callable[[Path], str]) -> None:
    named = breaks(prompts)
    problems = content_problems(prompts, llm=True)
    assert problems and any(named in problem for problem in problems), problems
    assert len(problems) == 1, problems  # the one broken file, and nothing read from the installed copy


def test_llm_prompts_are_only_checked_when_a_model_is_configured(prompts: Path) -> None:
    _break_llm_prompt(prompts)
    assert content_problems(prompts, llm=False) == []
