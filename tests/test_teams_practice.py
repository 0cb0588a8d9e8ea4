"""Practice sessions in Teams: the picker, a session driven from the personal chat, hint and end, the summary;
over botbuilder's TestAdapter for the command paths, and over HTTP against the fake Bot Connector end to end."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from aiohttp import web
from fake_openai import FakeOpenAI, content, status
from practice_scripts import DISMISSIVE, EMPATHETIC

from bot.coach.lessons.curriculum import Curriculum, CurriculumError
from bot.coach.practice.scenarios import Scenarios
from bot.server import create_app
from bot.settings import LLMSettings, Settings
from bot.store import Store
from bot.teams.app import TEAMS_FOLLOWUPS
from tests.fake_bot_framework import (
    CHAT_USER,
    EMULATOR,
    USER_ID,
    Chat,
    actions,
    activity,
    card,
    card_text,
    post,
    submits,
)
from tests.loopback import LoopbackServer, serve

LATE = EMPATHETIC["late-delivery"]
CALMER = "OK, that's a relief. A trace today and an email by 5pm is what I needed. Please don't let it drop."


@pytest.fixture
def chat(memory_store: Store, tmp_path: Path) -> Chat:
    return Chat(memory_store, tmp_path)


def words(reply) -> str:
    return card_text(card(reply)) if reply.attachments else reply.text


def test_practice_alone_shows_every_scenario_with_its_difficulty_and_a_start_button(chat, scenarios: Scenarios):
    picker = card(chat.say("practice"))
    starts = [data["scenario"] for data in submits(picker) if data["action"] == "practice"]
    assert starts == [scenario.id for scenario in scenarios.all]
    text = card_text(picker)
    assert all(scenario.title in text for scenario in scenarios.all)
    assert {"🟢 Gentle", "🟠 Moderate", "🔴 Hard"} <= set(text.splitlines())
    assert chat.services.practice.in_practice(CHAT_USER) is False


def test_a_session_from_the_picker_to_the_summary(chat, scenarios: Scenarios):
    scenario = scenarios.get("late-delivery")
    picker = card(chat.say("practice"))
    start = next(data for data in submits(picker) if data.get("scenario") == "late-delivery")
    briefing = card(chat.say(value=start))
    assert scenario.opening in card_text(briefing) and scenario.persona in card_text(briefing)
    assert set(actions(briefing)) == {"Hint", "End the session"}

    first = card(chat.say(LATE[0]))
    turn = chat.services.practice.resume(CHAT_USER).session.turns[0]
    text = card_text(first)
    assert f"**Coach** ({turn.score}/100): {turn.note}" in text
    assert turn.customer in text and f"→ {turn.mood:.2f} (calmer)" in text
    assert chat.store.count_checks(CHAT_USER) == 0  # a practice reply is not a draft check

    hint = card(chat.say("hint"))
    assert "💡" in card_text(hint) and set(actions(hint)) == {"Hint", "End the session"}

    summary = card(chat.say(value=actions(hint)["End the session"]))
    text = card_text(summary)
    assert "Summary: You ended the session." in text
    assert "Score " in text and "Customer's mood** (0 calm, 1 furious): 0.55 → " in text
    facts = [fact["title"] for block in summary["body"] if block.get("type") == "FactSet" for fact in block["facts"]]
    assert facts == ["Acknowledge", "Reflect", "Explore", "Own", "Respect"]
    assert "Next lesson:" in text and "actions" not in summary
    assert chat.services.practice.in_practice(CHAT_USER) is False
    assert "Empathy score" in words(chat.say(LATE[0]))  # after the session, a message is a draft again


def test_the_summary_shows_the_weakest_reply_with_its_rewrite(chat):
    chat.say("practice late-delivery")
    chat.say(LATE[0])
    chat.say(DISMISSIVE[0])
    summary = card_text(card(chat.say("end")))
    assert "**Best reply** (#1" in summary and LATE[0] in summary
    assert "**Weakest reply** (#2" in summary and DISMISSIVE[0] in summary
    assert "**A better version:**" in summary


def test_with_the_lesson_files_broken_the_summary_names_the_next_lesson_by_its_id(chat, monkeypatch):
    def broken(**_: object) -> Curriculum:
        raise CurriculumError(["lessons/acknowledge.toml: not TOML"])

    monkeypatch.setattr(Curriculum, "load", broken)
    chat.say("practice late-delivery")
    chat.say(LATE[0])
    summary = card(chat.say("end"))
    lesson = chat.store.db.execute("SELECT summary FROM practice_sessions").fetchone()[0]
    assert f"**Next lesson:** {json.loads(lesson)['lesson']}." in card_text(summary)


def test_a_dismissive_agent_makes_the_customer_angrier(chat):
    chat.say("practice late-delivery")
    reply = card_text(card(chat.say(DISMISSIVE[0])))
    assert "(more upset)" in reply


@pytest.mark.parametrize("text", ["practice", "practice late-delivery", "practice damaged-refund"])
def test_asking_for_practice_mid_session_shows_where_it_stands(chat, text):
    chat.say("practice late-delivery")
    chat.say(LATE[0])
    resumed = card_text(card(chat.say(text)))
    assert "You're in the middle of practice" in resumed
    assert chat.services.practice.resume(CHAT_USER).session.turns[-1].customer in resumed
    assert len(chat.services.practice.resume(CHAT_USER).session.turns) == 1


def test_an_unknown_scenario_names_the_ones_there_are(chat):
    reply = chat.say("practice moon-landing")
    assert "no practice scenario called 'moon-landing'" in reply.text and "late-delivery" in reply.text


def test_hint_and_end_buttons_with_no_session_say_how_to_start(chat):
    assert "no practice session running" in chat.say(value={"action": "practice_hint"}).text
    assert "no practice session running" in chat.say(value={"action": "practice_end"}).text


def test_an_empty_reply_is_not_sent_to_the_customer(chat):
    chat.say("practice late-delivery")
    reply = card_text(card(chat.say("   ")))
    assert "Nothing was sent" in reply
    assert chat.services.practice.resume(CHAT_USER).session.turns == ()


def test_in_a_group_chat_the_agent_is_pointed_to_the_personal_chat(chat):
    reply = chat.send(text="practice", conversation_type="groupChat", conversation_id="19:group")
    assert "personal chat" in reply[0].text
    assert chat.services.practice.in_practice(CHAT_USER) is False
    chat.say("practice late-delivery")
    [elsewhere] = chat.send(text=LATE[0], conversation_type="groupChat", conversation_id="19:group")
    assert "Empathy score" in words(elsewhere)  # a draft checked, not a reply to the customer
    assert chat.services.practice.resume(CHAT_USER).session.turns == ()


# Over HTTP -------------------------------------------------------------------------------------------------


def running(tmp_path: Path, store: Store, llm: LLMSettings | None = None) -> web.Application:
    settings = Settings(db_path=tmp_path / "server.db", store_text=False, teams=EMULATOR, llm=llm)
    return create_app(settings, store=store)


def say(server: LoopbackServer, service_url: str, text: str | None = None, value: dict | None = None) -> None:
    assert post(server.url, activity("message", service_url, text=text, value=value)).status_code in (200, 201)


def test_a_teams_personal_chat_drives_a_session_end_to_end(tmp_path, server_store, connector, scenarios):
    fake, service_url = connector
    scenario = scenarios.get("late-delivery")
    with serve(running(tmp_path, server_store)) as server:
        say(server, service_url, "practice")
        start = next(d for d in submits(fake.sent[-1].cards[0]) if d.get("scenario") == "late-delivery")
        say(server, service_url, value=start)
        for reply in LATE:
            say(server, service_url, reply)
            if "Summary:" in card_text(fake.sent[-1].cards[0]):
                break
        else:
            say(server, service_url, "end")
    shown = [card_text(sent.cards[0]) for sent in fake.sent]
    assert scenario.opening in shown[1]
    assert all(sent.conversation_id == "personal-chat-1" for sent in fake.sent)
    last = shown[-1]
    assert "Summary: The customer was satisfied." in last
    [(status, summary)] = server_store.db.execute("SELECT status, summary FROM practice_sessions").fetchall()
    assert status == "satisfied" and json.loads(summary)["score"] is not None
    assert server_store.count_checks(USER_ID) == 0


def llm(url: str) -> LLMSettings:
    return LLMSettings("test-key", f"{url}/v1", "test-model", 2.0, None, "2024-10-21")


def test_a_model_words_the_customer_after_the_turn_with_typing_shown_first(tmp_path, server_store, connector,
                                                                           fake_llm: FakeOpenAI):
    fake, service_url = connector
    fake_llm.queue(content(json.dumps({"line": CALMER})))
    app = running(tmp_path, server_store, llm(fake_llm.url))
    with serve(app) as server:
        say(server, service_url, "practice late-delivery")
        say(server, service_url, LATE[0])
        server.call(app[TEAMS_FOLLOWUPS].settle)
    briefing, typing, answer = fake.sent
    assert typing.activity["type"] == "typing"
    assert CALMER in card_text(answer.cards[0]) and "**Coach**" in card_text(answer.cards[0])
    assert len(fake_llm.requests) == 1


def test_a_failing_model_leaves_the_scripted_customer_line(tmp_path, server_store, connector, fake_llm, scenarios):
    fake, service_url = connector
    fake_llm.default = status(500)
    app = running(tmp_path, server_store, llm(fake_llm.url))
    with serve(app) as server:
        say(server, service_url, "practice late-delivery")
        say(server, service_url, LATE[0])
        server.call(app[TEAMS_FOLLOWUPS].settle)
    answer = card_text(fake.sent[-1].cards[0])
    from bot.coach import practice

    scenario = scenarios.get("late-delivery")
    scripted = practice.reply(practice.start(scenario), scenario, LATE[0]).customer
    assert scripted in answer and CALMER not in answer


def test_a_forbidden_promise_is_held_against_the_agent_in_the_summary(chat):
    chat.say("practice late-delivery")
    promised = words(chat.say("I'm so sorry, Priya. I'll refund the full order today as well."))
    assert "which you may not offer (the parcel is still in transit)" in promised  # the coach's note
    summary = words(chat.say("end"))
    assert summary.count("a full refund of the item") >= 2  # the customer's reminder, then the summary
    assert "You promised a full refund of the item, which you may not offer" in summary
