"""LLM rewrites in Teams: the offline card goes out at once, and is updated in place (a ``PUT`` to the Bot
Connector) only when the model's rewrite passes the guardrails. Real HTTP throughout: activities POSTed to
``/api/messages``, the real openai client against a fake OpenAI server, replies caught by a fake connector."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from aiohttp import web
from fake_openai import FakeOpenAI, answer, status
from llm_cases import CUSTOMER, DRAFT, EXPLANATION, GOOD

from bot.coach import check
from bot.server import create_app
from bot.settings import LLMSettings, Settings
from bot.store import Store
from bot.teams.app import TEAMS_FOLLOWUPS
from tests.fake_bot_framework import EMULATOR, TENANT, USER_ID, activity, card_text, post
from tests.loopback import LoopbackServer, serve

FORM = {"action": "check", "draft": DRAFT, "customer": CUSTOMER}


def llm(url: str, **overrides: object) -> LLMSettings:
    values: dict = {"api_key": "test-key", "base_url": f"{url}/v1", "model": "test-model", "timeout_seconds": 2.0,
                    "azure_endpoint": None, "azure_api_version": "2024-10-21"}
    return LLMSettings(**(values | overrides))


@pytest.fixture
def teams_with_llm(
    tmp_path: Path, server_store: Store, fake_llm: FakeOpenAI
) -> Iterator[tuple[LoopbackServer, web.Application]]:
    settings = Settings(db_path=tmp_path / "server.db", store_text=False, teams=EMULATOR, llm=llm(fake_llm.url))
    app = create_app(settings, store=server_store)
    with serve(app) as server:
        yield server, app


def check_over_http(server: LoopbackServer, app: web.Application, service_url: str) -> None:
    """Submit the check form in the personal chat, then wait for whatever the turn left running."""
    assert post(server.url, activity("message", service_url, value=FORM)).status_code in (200, 201)
    server.call(app[TEAMS_FOLLOWUPS].settle)


def test_the_offline_card_is_sent_first_then_updated_with_the_llm_rewrite(teams_with_llm, connector, fake_llm):
    server, app = teams_with_llm
    fake, service_url = connector
    fake_llm.queue(answer(GOOD, EXPLANATION))
    check_over_http(server, app, service_url)

    [first] = fake.sent
    offline = check(DRAFT, CUSTOMER)
    assert offline.rewrite in card_text(first.cards[0]) and GOOD not in card_text(first.cards[0])
    [update] = fake.updated
    assert (update.conversation_id, update.reply_to) == ("personal-chat-1", first.activity_id)
    improved = card_text(update.cards[0])
    assert GOOD in improved and "written by the language model" in improved
    assert f"Empathy score {offline.score}/100" in improved  # the draft's own score doesn't change
    assert len(fake_llm.requests) == 1


@pytest.mark.parametrize(
    "reply",
    [pytest.param(answer(GOOD + " We'll refund you in full.", EXPLANATION), id="adds-a-promise"),
     pytest.param(answer(GOOD.replace("#48213", "#48231"), EXPLANATION), id="changes-the-order-number"),
     pytest.param(status(500), id="server-error")],
)
def test_a_failing_llm_leaves_the_offline_card_alone(teams_with_llm, connector, fake_llm, server_store, reply):
    server, app = teams_with_llm
    fake, service_url = connector
    fake_llm.default = reply
    check_over_http(server, app, service_url)
    assert fake_llm.requests, "the model was asked"
    [first] = fake.sent
    assert check(DRAFT, CUSTOMER).rewrite in card_text(first.cards[0])
    assert fake.updated == []
    [(engine, failure)] = server_store.db.execute("SELECT engine, failure FROM llm_calls").fetchall()
    assert engine == "offline" and failure


def test_a_tenant_kept_off_the_model_never_reaches_it(tmp_path, server_store, fake_llm, connector):
    fake, service_url = connector
    settings = Settings(db_path=tmp_path / "server.db", store_text=False, teams=EMULATOR,
                        llm=llm(fake_llm.url, disabled_workspaces=frozenset({TENANT})))
    app = create_app(settings, store=server_store)
    fake_llm.default = answer(GOOD, EXPLANATION)
    with serve(app) as server:
        check_over_http(server, app, service_url)
    assert fake_llm.requests == [] and fake.updated == []
    assert len(fake.sent) == 1 and server_store.count_checks(USER_ID) == 1
