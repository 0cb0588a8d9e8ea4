"""LLM rewrites in Slack: the offline result at once, replaced in place only by an LLM rewrite that passed.

Everything runs over real HTTP: signed requests to the bot, the bot's calls to
the fake Slack API, and the real openai client talking to the fake model server.
"""

from __future__ import annotations

import asyncio
import json
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from aiohttp import web
from fake_openai import FakeOpenAI, Reply, answer, status

from bot.slack import check_blocks
from bot.slack.shortcuts import MESSAGE_SHORTCUT
from tests.fake_slack import (
    TEAM,
    SlackBot,
    blocks_of,
    blocks_text,
    copyable_text,
    dm_event,
    message_shortcut,
    running_bot,
    view_payload,
)

DRAFT = "Calm down. As I already said, order #48213 for $45.00 was sent on 3 March. Read the FAQ."
GOOD = ("I'm sorry order #48213 is taking so long, and I can see why you're frustrated. It was sent on 3 March "
        "for $45.00, and the FAQ explains how tracking works. I'll look into where it is myself and let you know "
        "what I find.")
EXPLANATION = [{"rule": "E402", "change": "Dropped \"Calm down\""}]
ANA = f"slack:{TEAM}:U1ANA"


@pytest.fixture
def bot(tmp_path: Path, coach_clock, fake_llm: FakeOpenAI) -> Iterator[SlackBot]:
    """The Slack bot with a model configured: the fake OpenAI-compatible server."""
    environ = {"OPENAI_API_KEY": "test-key", "OPENAI_BASE_URL": f"{fake_llm.url}/v1", "COACH_MODEL": "test-model",
               "COACH_LLM_TIMEOUT": "5"}
    with running_bot(tmp_path / "coach.db", coach_clock, **environ) as running:
        yield running


def rewrite_box(params: dict) -> str:
    """The text of the copyable rewrite box in a message the bot sent."""
    return copyable_text(blocks_of(params))


def llm_rows(bot: SlackBot) -> list[tuple]:
    return bot.store.db.execute("SELECT engine, failure FROM llm_calls ORDER BY id").fetchall()


def test_the_command_result_is_replaced_in_place_by_the_llm_rewrite(bot: SlackBot, fake_llm: FakeOpenAI) -> None:
    fake_llm.queue(answer(GOOD, EXPLANATION))
    bot.slack.command(DRAFT, bot.fake.response_url("draft"))
    offline, replaced = (call.params for call in bot.fake.wait_for("response:draft", 2))

    assert offline["replace_original"] is False
    assert rewrite_box(offline) not in ("", GOOD)
    assert check_blocks.WRITTEN_BY["offline"] in blocks_text(offline["blocks"])

    assert replaced["replace_original"] is True and replaced["response_type"] == "ephemeral"
    assert rewrite_box(replaced) == GOOD
    shown = blocks_text(replaced["blocks"])
    assert check_blocks.WRITTEN_BY["llm"] in shown and 'Dropped "Calm down"' in shown
    check_id = str(bot.store.db.execute("SELECT id FROM checks").fetchone()[0])
    assert f"Check #{check_id}" in shown  # the same check, so its buttons still work
    assert llm_rows(bot) == [("llm", None)]
    assert bot.store.db.execute("SELECT engine FROM checks").fetchall() == [("llm",)]


@pytest.mark.parametrize(
    ("replies", "failure"),
    [
        ([answer(GOOD + " If it doesn't turn up, we'll refund you.")], "promises"),
        ([answer(GOOD.replace("$45.00", "$54.00"))], "facts"),
        ([status(500), status(500), status(500)], "server_error"),
        ([answer("")], "empty"),
    ],
)
def test_a_rejected_or_failed_llm_answer_leaves_the_offline_result_and_posts_nothing_more(
    bot: SlackBot, fake_llm: FakeOpenAI, replies: list[Reply], failure: str
) -> None:
    fake_llm.queue(*replies)
    bot.slack.command(DRAFT, bot.fake.response_url("draft"))
    bot.fake.wait_for("response:draft")
    bot.settle()
    [offline] = bot.fake.calls_to("response:draft")
    assert offline.params["replace_original"] is False and check_blocks.WRITTEN_BY["offline"] in blocks_text(
        offline.params["blocks"])
    assert [call.method for call in bot.fake.calls if call.method.startswith(("response:", "chat."))] == [
        "response:draft"]
    assert llm_rows(bot) == [("offline", failure)]


def gated(reply: Reply, asked: threading.Event, release: threading.Event) -> Reply:
    """Tells the test the model was asked, then answers only once the test releases it."""

    async def held(body: dict) -> web.StreamResponse:
        asked.set()
        await asyncio.to_thread(release.wait, 10)
        return await reply(body)

    return held


def test_the_ack_and_the_offline_result_never_wait_for_the_model(bot: SlackBot, fake_llm: FakeOpenAI) -> None:
    asked, release = threading.Event(), threading.Event()
    fake_llm.queue(gated(answer(GOOD, EXPLANATION), asked, release))
    try:
        reply = bot.slack.command(DRAFT, bot.fake.response_url("draft"))
        assert (reply.status, reply.body) == (200, "")  # acked while the model hasn't answered
        [offline] = bot.fake.wait_for("response:draft")
        assert asked.wait(10), "the model was never asked"
        assert bot.fake.calls_to("response:draft") == [offline]  # shown before the model answered
        assert rewrite_box(offline.params) != GOOD
    finally:
        release.set()
    replaced = bot.fake.wait_for("response:draft", 2)[1].params
    assert rewrite_box(replaced) == GOOD


def test_a_dm_result_is_edited_with_chat_update(bot: SlackBot, fake_llm: FakeOpenAI) -> None:
    fake_llm.queue(answer(GOOD, EXPLANATION))
    bot.slack.event(dm_event(DRAFT), "Ev1")
    [updated] = bot.fake.wait_for("chat.update")
    [posted] = bot.fake.calls_to("chat.postMessage")
    assert rewrite_box(posted.params) != GOOD
    assert updated.params["channel"] == "D0DM"  # the DM's own id, from chat.postMessage's answer
    assert updated.params["ts"].endswith(".000100")
    assert rewrite_box(updated.params) == GOOD
    assert "Empathy score" in updated.params["text"]


@pytest.mark.parametrize(
    ("metadata", "where"),
    [({"response_url": "form"}, "response:form"), ({"channel": "U1ANA"}, "chat.update")],
    ids=["opened from a command", "opened from the Home tab"],
)
def test_a_form_result_is_replaced_where_it_was_shown(
    bot: SlackBot, fake_llm: FakeOpenAI, metadata: dict, where: str
) -> None:
    fake_llm.queue(answer(GOOD, EXPLANATION))
    if "response_url" in metadata:
        metadata = {"response_url": bot.fake.response_url(metadata["response_url"])}
    values = {check_blocks.DRAFT_INPUT: {"type": "plain_text_input", "value": DRAFT},
              check_blocks.CUSTOMER_INPUT: {"type": "plain_text_input", "value": None}}
    bot.slack.send(view_payload("view_submission", check_blocks.CHECK_VIEW, values, json.dumps(metadata)))
    calls = bot.fake.wait_for(where, 2 if where.startswith("response:") else 1)
    assert rewrite_box(calls[-1].params) == GOOD
    if where == "chat.update":  # the result went to the agent's DM, addressed by user id
        [posted] = bot.fake.calls_to("chat.postMessage")
        assert posted.params["channel"] == "U1ANA" and calls[-1].params["channel"] == "DU1ANA"


def test_a_message_too_long_for_the_form_is_checked_at_once_and_a_failing_model_changes_nothing(bot: SlackBot, fake_llm: FakeOpenAI) -> None:
    long_draft = DRAFT + " " + "Our team processes every request in the order it arrives." * 60
    fake_llm.queue(status(500), status(500), status(500))
    bot.slack.send(message_shortcut(MESSAGE_SHORTCUT, long_draft, bot.fake.response_url("long")))
    bot.fake.wait_for("response:long")
    bot.settle()
    assert len(bot.fake.calls_to("response:long")) == 1 and fake_llm.requests
    assert not bot.fake.calls_to("views.open")


def test_a_workspace_with_the_llm_switched_off_gets_the_offline_result_only(
    tmp_path: Path, coach_clock, fake_llm: FakeOpenAI
) -> None:
    environ = {"OPENAI_API_KEY": "test-key", "OPENAI_BASE_URL": f"{fake_llm.url}/v1",
               "COACH_LLM_DISABLED_WORKSPACES": TEAM}
    with running_bot(tmp_path / "coach.db", coach_clock, **environ) as bot:
        fake_llm.queue(answer(GOOD, EXPLANATION))
        bot.slack.command(DRAFT, bot.fake.response_url("draft"))
        bot.fake.wait_for("response:draft")
        bot.settle()
        assert len(bot.fake.calls_to("response:draft")) == 1
    assert fake_llm.requests == []
