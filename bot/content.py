"""The data files the coach ships (lessons, scenarios, the rewriter's wording, LLM prompts), checked together.

``serve`` reads them all before it opens a port: a broken file in a deployment
then stops the server with the file's name, instead of failing an agent's first
lesson or practice session hours later.
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from pathlib import Path

from bot.resources import prompts_dir


def content_problems(root: Path | None = None, *, llm: bool = False) -> list[str]:
    """One line per problem found; empty when every file reads and validates."""
    root = root if root is not None else prompts_dir()
    problems: list[str] = []
    for name, load in _loaders(root, llm):
        try:
            load()
        except (ValueError, OSError) as error:  # each loader's own error is a ValueError that names the file
            lines = getattr(error, "problems", None) or str(error).splitlines() or [type(error).__name__]
            problems += [f"{name}: {line}" for line in lines]
    return problems


def _loaders(root: Path, llm: bool) -> list[tuple[str, Callable[[], object]]]:
    from bot.coach.lessons.curriculum import Curriculum
    from bot.coach.practice.scenarios import Scenarios

    loaders: list[tuple[str, Callable[[], object]]] = [
        ("lessons", lambda: Curriculum.load(root / "lessons")),
        ("practice scenarios", lambda: Scenarios.load(root)),
        ("rewrite wording", lambda: tomllib.loads((root / "phrasing.toml").read_text("utf-8"))),
    ]
    if llm:
        from bot.llm.customer import load_customer_prompt
        from bot.llm.prompt import load_prompt

        loaders += [
            ("LLM rewrite prompt", lambda: load_prompt(folder=root / "llm")),
            ("LLM customer prompt", lambda: load_customer_prompt(folder=root / "llm")),
        ]
    return loaders
