"""The team view in Teams, through botbuilder's TestAdapter: the ``team`` card for leads, a polite no for everyone
else, ``team assign``, and the choice to share one's own figures in ``settings``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from botbuilder.schema import ChannelAccount

from bot.settings import Leads
from bot.store import Store
from tests.fake_bot_framework import CHAT_USER, TENANT, Chat, card, card_text

SECRET = "Account 90210 for Ingrid Halvorsen"
OTHER = ChannelAccount(id="29:u2", name="Sam", aad_object_id="aad-2")


@pytest.fixture
def chat(memory_store: Store, tmp_path: Path) -> Chat:
    return Chat(memory_store, tmp_path, leads=Leads(frozenset({"aad-1"})))


def seed(store: Store, make_result, agents: int = 6) -> None:
    for number in range(agents):
        user = f"teams:{TENANT}:agent-{number}"
        store.ensure_user(user, "teams", display_name=f"Agent {number}")
        store.record_check(user, make_result(rules=("E101",), draft=SECRET, customer=SECRET), "teams", store_text=True)


def test_a_lead_gets_the_team_card_with_no_draft_in_it(chat: Chat, make_result) -> None:
    seed(chat.store, make_result)
    content = card(chat.say("team"))
    shown = card_text(content)
    assert "6 active agents, 6 checks" in shown and "feelings not acknowledged" in shown
    assert "team assign acknowledge-feelings" in shown
    assert "90210" not in json.dumps(content) and "Halvorsen" not in json.dumps(content)


def test_someone_who_isnt_a_lead_gets_a_polite_no(chat: Chat, make_result) -> None:
    seed(chat.store, make_result)
    [reply] = chat.send(text="team", from_property=OTHER)
    assert "Sorry, the team view is only for support leads" in reply.text and "`progress`" in reply.text
    [refused] = chat.send(text="team assign open-questions", from_property=OTHER)
    assert "only for support leads" in refused.text
    assert chat.store.db.execute("SELECT count(*) FROM team_assignments").fetchone()[0] == 0


def test_a_lead_assigns_a_lesson_and_the_card_shows_its_reach(chat: Chat, make_result) -> None:
    seed(chat.store, make_result)
    assert "is now the next daily lesson" in chat.say("team assign open-questions").text
    assert "There is no lesson" in chat.say("team assign no-such-lesson").text
    shown = card_text(card(chat.say("team")))
    assert "(open-questions), assigned" in shown and "sent to 0 of" in shown


def test_a_draft_that_starts_with_team_is_still_a_draft(chat: Chat) -> None:
    chat.say("team members will look into your refund today")
    assert chat.store.count_checks(CHAT_USER) == 1


def test_sharing_is_a_settings_toggle_and_progress_says_what_leads_see(chat: Chat, make_result) -> None:
    seed(chat.store, make_result)
    assert "Your leads see only team totals" in card_text(card(chat.say("progress")))
    toggles = {element["id"]: element for element in card(chat.say("settings"))["body"] if "id" in element}
    assert toggles["share"]["value"] == "false"
    saved = chat.say(value={"action": "settings", "lesson_time": "09:30", "timezone": "Europe/Paris",
                            "weekdays_only": "true", "paused": "false", "opted_out": "false", "share": "true"})
    assert saved.text.startswith("Saved.")
    assert "Your leads can see your own figures" in card_text(card(chat.say("progress")))
    assert "Alex: " in card_text(card(chat.say("team"))), "the lead shared their own figures too"
    chat.say(value={"action": "settings", "lesson_time": "09:30", "timezone": "Europe/Paris",
                    "weekdays_only": "true", "paused": "false"})
    assert chat.store.db.execute("SELECT share_with_leads FROM users WHERE id = ?", [CHAT_USER]).fetchone()[0] == 1, \
        "a card drawn before the toggle existed keeps the agent's choice"


def test_the_team_view_never_opens_in_a_group_chat(chat: Chat, make_result) -> None:
    seed(chat.store, make_result)
    [reply] = chat.send(text="team", conversation_type="groupChat", conversation_id="group-1")
    assert reply.text == "The team view opens only in your personal chat with me, so nobody else in this chat sees it."
