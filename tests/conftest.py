"""Shared fixtures: a controllable clock, an in-memory store, hand-built check results, a CLI environment.

Hypothesis runs derandomized in CI (``CI`` set, as every CI service does): the same examples every run, so a red
build is a bug in the change, not a new random draw. Locally each run tries new inputs, and any failure is kept in
``.hypothesis/`` and replayed first next time until it is fixed.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from fake_openai import FakeOpenAI
from hypothesis import settings
from loopback import serve

from bot.coach.checks.model import DIMENSIONS, Analysis, Change, CheckResult, DimensionScore, Finding
from bot.coach.practice.scenarios import Scenarios
from bot.store import Store
from tests.fake_slack import SlackBot, running_bot

if TYPE_CHECKING:
    from tests.fake_bot_framework import FakeConnector


settings.register_profile("ci", derandomize=True, print_blob=True)
settings.load_profile("ci" if os.environ.get("CI") else "default")

LLM_VARIABLES = (
    "OPENAI_API_KEY", "OPENAI_BASE_URL", "AZURE_OPENAI_API_KEY", "AZURE_OPENAI_ENDPOINT", "OPENAI_API_VERSION",
    "COACH_MODEL", "COACH_LLM_TIMEOUT", "COACH_LLM_USER_LIMIT", "COACH_LLM_DISABLED_WORKSPACES",
)
"""Cleared for CLI runs, so a key in the developer's shell never sends a test's draft anywhere."""


class FakeClock:
    """A clock tests move by hand, so stored timestamps and progress periods are exact."""

    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@pytest.fixture
def coach_clock() -> FakeClock:
    return FakeClock(datetime(2025, 3, 10, 12, 0, tzinfo=UTC))


@pytest.fixture
def memory_store(coach_clock: FakeClock) -> Iterator[Store]:
    store = Store.memory(clock=coach_clock)
    yield store
    store.close()


@pytest.fixture
def server_store(tmp_path: Path, coach_clock: FakeClock) -> Iterator[Store]:
    """A store the loopback server's thread and the test's thread can both use."""
    from tests.fake_slack import shared_store

    store = shared_store(tmp_path / "server.db", coach_clock)
    yield store
    store.close()


@pytest.fixture
def make_result() -> Callable[..., CheckResult]:
    """Build a CheckResult with exact scores, independent of how the engine currently scores text."""

    def build(
        score: int = 50,
        rewrite_score: int = 80,
        dimensions: dict[str, float] | None = None,
        rules: tuple[str, ...] = (),
        draft: str = "Your refund is on its way.",
        customer: str | None = "Where is my refund?",
    ) -> CheckResult:
        values = dimensions or {name: 0.5 for name in DIMENSIONS}
        findings = tuple(Finding(rule, "medium", 0, 4, f"{rule} message", f"{rule} why", "lesson") for rule in rules)
        analysis = Analysis(
            draft, score, {name: DimensionScore(name, value) for name, value in values.items()}, findings
        )
        if not rules:  # nothing to fix: the rewrite is the draft, as the engine returns it
            return CheckResult(draft, customer, analysis, draft, analysis, ())
        rewritten = Analysis("Better: " + draft, rewrite_score, analysis.dimensions, ())
        changes = tuple(Change(rule, "changed", "because") for rule in rules)
        return CheckResult(draft, customer, analysis, "Better: " + draft, rewritten, changes)

    return build


@pytest.fixture
def fake_llm() -> Iterator[FakeOpenAI]:
    """An OpenAI-compatible server on loopback; its ``url`` is the base for ``OPENAI_BASE_URL`` (add ``/v1``)."""
    fake = FakeOpenAI()
    with serve(fake.app()) as server:
        fake.url = server.url
        yield fake


@pytest.fixture
def connector() -> Iterator[tuple[FakeConnector, str]]:
    """A fake Teams Bot Connector on loopback, and the service URL to put in activities so replies reach it."""
    from tests.fake_bot_framework import FakeConnector

    fake = FakeConnector()
    with serve(fake.app()) as server:
        yield fake, server.url


@pytest.fixture
def slack_bot(tmp_path: Path, coach_clock: FakeClock) -> Iterator[SlackBot]:
    """The server with Slack on, a fake Slack Web API it talks to, and signed requests to ``/slack/events``."""
    with running_bot(tmp_path / "coach.db", coach_clock) as bot:
        yield bot


@pytest.fixture
def cli_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private database and a known login name ("alice") for CLI runs; returns the database path."""
    db_path = tmp_path / "coach.db"
    monkeypatch.setenv("COACH_DB", str(db_path))
    monkeypatch.setenv("LOGNAME", "alice")
    for name in ("COACH_STORE_TEXT", "COACH_ROUTE_CARD", "NO_COLOR", "FORCE_COLOR", *LLM_VARIABLES):
        monkeypatch.delenv(name, raising=False)
    return db_path


@pytest.fixture
def llm_env(cli_env: Path, fake_llm: FakeOpenAI, monkeypatch: pytest.MonkeyPatch) -> Path:
    """``cli_env`` with a model configured: the fake OpenAI server, and a timeout short enough for tests."""
    monkeypatch.setenv("OPENAI_API_KEY", "test-key")
    monkeypatch.setenv("OPENAI_BASE_URL", f"{fake_llm.url}/v1")
    monkeypatch.setenv("COACH_LLM_TIMEOUT", "3")
    return cli_env


@pytest.fixture(scope="session")
def scenarios() -> Scenarios:
    """Every practice scenario, loaded and checked once for the whole run."""
    return Scenarios.load()
