"""The Teams conversation, driven through botbuilder's ``TestAdapter``: commands, buttons, the message
extension, install and uninstall."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from botbuilder.schema import ChannelAccount, Entity
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.coach import check
from bot.coach.lessons.curriculum import Curriculum, CurriculumError
from bot.coach.text import MAX_DRAFT_CHARS
from bot.services.lessons import lesson_schedule
from bot.store import Store
from bot.teams.bot import html_to_text
from tests.fake_bot_framework import CHAT_USER as USER
from tests.fake_bot_framework import TENANT, Chat, actions, card, card_text

DRAFT = "As I already said, you should have checked the tracking page. Someone will look into it."


@pytest.fixture
def chat(memory_store: Store, tmp_path: Path) -> Chat:
    return Chat(memory_store, tmp_path)


@pytest.mark.parametrize("text", [f"check {DRAFT}", DRAFT, f"Check\n{DRAFT}"])
def test_check_command_or_pasted_draft_returns_the_result_card_and_records_it(chat: Chat, text: str) -> None:
    content = card(chat.say(text))
    assert check(DRAFT).rewrite in json.dumps(content)
    assert set(actions(content)) == {"Another version", "Why?", "Helpful", "Not helpful"}
    assert chat.store.count_checks(USER) == 1


def test_another_version_rewords_the_same_check_without_recording_a_new_one(chat: Chat) -> None:
    first = card(chat.say(DRAFT))
    second = card(chat.say(value=actions(first)["Another version"]))
    assert "Rewrite (version 2)" in json.dumps(second)
    assert check(DRAFT, variant=1).rewrite in json.dumps(second)
    assert chat.store.count_checks(USER) == 1


def test_why_shows_the_lesson_behind_the_top_finding(chat: Chat) -> None:
    result = check(DRAFT)
    content = card(chat.say(value=actions(card(chat.say(DRAFT)))["Why?"]))
    lesson = chat.services.lessons.lesson(result.findings[0].lesson)
    assert lesson is not None
    assert content["body"][0]["text"] == lesson.title
    assert lesson.try_today in json.dumps(content, ensure_ascii=False)


def test_with_the_lesson_files_broken_why_shows_the_finding_itself(
    chat: Chat, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def broken(**_: object) -> Curriculum:
        raise CurriculumError(["lessons/acknowledge.toml: not TOML"])

    monkeypatch.setattr(Curriculum, "load", broken)
    finding = check(DRAFT).findings[0]
    text = card_text(card(chat.say(value=actions(card(chat.say(DRAFT)))["Why?"])))
    assert f"Why {finding.rule} matters" in text and finding.why in text and finding.lesson in text
    assert "lessons/acknowledge.toml: not TOML" in caplog.text


def test_feedback_is_recorded_once_per_press_and_only_for_your_own_check(chat: Chat, memory_store: Store) -> None:
    buttons = actions(card(chat.say(DRAFT)))
    assert "Thanks" in chat.say(value=buttons["Helpful"]).text
    count = lambda: memory_store.db.execute("SELECT count(*) FROM feedback").fetchone()[0]  # noqa: E731
    assert count() == 1
    stranger = chat.send(value=buttons["Not helpful"], from_property=ChannelAccount(id="29:u2", aad_object_id="aad-2"))
    assert "isn't one of yours" in stranger[0].text
    assert count() == 1


@pytest.mark.parametrize(
    "value",
    [
        "not a dict",
        {},
        {"action": "launch-missiles"},
        {"action": "feedback", "helpful": True},
        {"action": "feedback", "check_id": "1; DROP TABLE checks", "helpful": True},
        {"action": "feedback", "check_id": True, "helpful": True},
        {"action": "feedback", "check_id": 1},
        {"action": "another_version", "check_id": -5},
        {"action": "why", "rule": "../../etc/passwd"},
        {"action": "settings", "lesson_time": "09:30"},
    ],
)
def test_missing_or_forged_button_data_gets_a_clear_message(chat: Chat, value: object) -> None:
    chat.say(DRAFT)
    reply = chat.say(value=value)
    assert reply.text and ("can't read" in reply.text or "doesn't know" in reply.text)
    assert "help" in reply.text


@given(st.dictionaries(st.sampled_from(["action", "check_id", "helpful", "rule", "draft", "confirm", "rewrite",
                                        "reason", "delivery_id", "question_id", "option", "scenario", "opted_out"]),
                       st.one_of(st.none(), st.booleans(), st.integers(), st.text(max_size=20),
                                 st.lists(st.integers(), max_size=2),
                                 st.sampled_from(["quiz", "lesson_done", "practice", "practice_hint", "practice_end",
                                                  "feedback", "settings"]))))
@settings(max_examples=60, deadline=None)
def test_any_submission_gets_exactly_one_answer_never_an_error(value: dict) -> None:
    store = Store.memory()
    try:
        chat = Chat(store, Path("/nonexistent"))
        replies = chat.send(value=value)
        assert len(replies) == 1
        assert "went wrong" not in (replies[0].text or "")
    finally:
        store.close()


def test_another_version_of_an_expired_check_says_to_run_it_again(chat: Chat) -> None:
    reply = chat.say(value={"action": "another_version", "check_id": 999})
    assert "run the check again" in reply.text


def test_a_draft_too_long_to_check_is_explained(chat: Chat) -> None:
    reply = chat.say("x " * MAX_DRAFT_CHARS)
    assert f"{MAX_DRAFT_CHARS:,}" in reply.text and "a few paragraphs at a time" in reply.text
    assert chat.store.count_checks(USER) == 0


@pytest.mark.parametrize(("text", "expected"), [("help", "check <draft>"), ("hi", "check <draft>"),
                                                ("", "check <draft>"), ("check", "Your draft reply")])
def test_help_and_the_check_form(chat: Chat, text: str, expected: str) -> None:
    assert expected in json.dumps(card(chat.say(text)))


def test_an_unknown_single_word_points_to_help_instead_of_being_scored(chat: Chat) -> None:
    assert "type `help`" in chat.say("banana").text
    assert chat.store.count_checks(USER) == 0


def test_progress_after_a_check(chat: Chat) -> None:
    assert "No checks" in json.dumps(card(chat.say("progress")))
    chat.say(DRAFT)
    content = json.dumps(card(chat.say("progress")))
    assert f"Average score {check(DRAFT).score}/100" in content and "1 check in the last 7 days" in content


def test_settings_are_shown_saved_and_bad_values_explained(chat: Chat) -> None:
    content = card(chat.say("settings"))
    assert "09:30" in json.dumps(content)
    save = {"action": "settings", "lesson_time": "8:15", "timezone": "America/New_York",
            "weekdays_only": "false", "paused": "false"}
    assert "08:15 every day, America/New_York time" in chat.say(value=save).text
    stored = chat.store.user_settings(USER)
    assert (stored.lesson_time, stored.timezone, stored.weekdays_only) == ("08:15", "America/New_York", False)
    again = card(chat.say(value={**save, "timezone": "Mars/Olympus"}))
    assert "isn't a time zone" in json.dumps(again)
    assert chat.store.user_settings(USER).timezone == "America/New_York"


def test_timezone_comes_from_teams_when_it_sends_a_real_one(chat: Chat) -> None:
    chat.send(text="help", local_timezone="Asia/Kolkata")
    assert chat.store.user_settings(USER).timezone == "Asia/Kolkata"
    chat.send(text="help", local_timezone="Not/AZone")
    assert chat.store.user_settings(USER).timezone == "Asia/Kolkata"


def test_forget_me_asks_first_then_deletes_everything(chat: Chat) -> None:
    chat.say(DRAFT)
    confirm = actions(card(chat.say("forget-me")))
    assert chat.say(value=confirm["Keep my data"]).text == "Nothing was deleted."
    assert chat.store.count_checks(USER) == 1
    assert "Deleted your 1 check" in chat.say(value=confirm["Delete everything"]).text
    assert chat.store.user_settings(USER) is None and chat.store.conversation(USER) is None


def test_install_greets_once_stores_the_reference_and_uninstall_forgets_it(chat: Chat) -> None:
    [greeting] = chat.send(type="installationUpdate", action="add")
    assert "Hi, I'm Empathy Coach." in json.dumps(card(greeting))
    assert chat.send(type="conversationUpdate", members_added=[ChannelAccount(id="28:bot")],
                     channel_data={"tenant": {"id": TENANT}}) == []
    reference = json.loads(chat.store.conversation(USER))
    assert reference["conversation"]["id"] == "chat-1" and reference["serviceUrl"]
    assert chat.send(type="installationUpdate", action="remove") == []
    assert chat.store.conversation(USER) is None


def test_activities_without_a_sender_or_of_unknown_types_are_ignored(chat: Chat) -> None:
    assert chat.send(type="message", text="hello", from_property=None) == []
    assert chat.send(type="somethingNew") == []
    assert chat.send(type="typing") == []


def test_message_extension_prefills_the_customer_message_and_offers_to_insert_the_rewrite(chat: Chat) -> None:
    payload = {"body": {"contentType": "html", "content": "<div><p>Where is my parcel?</p><p>It&#39;s late!</p></div>"}}
    form = chat.invoke("composeExtension/fetchTask", {"commandId": "checkReply", "messagePayload": payload})
    inputs = {b["id"]: b["value"] for b in form["task"]["value"]["card"]["content"]["body"] if "id" in b}
    assert inputs == {"customer": "Where is my parcel?\nIt's late!", "draft": ""}

    submitted = chat.invoke("composeExtension/submitAction",
                            {"commandId": "checkReply", "data": {"action": "check", "draft": DRAFT}})
    result = submitted["task"]["value"]["card"]["content"]
    assert actions(result)["Insert the rewrite"]["rewrite"] == check(DRAFT).rewrite

    too_long = chat.invoke("composeExtension/submitAction",
                           {"commandId": "checkReply", "data": {"action": "check", "draft": "y" * 20_000}})
    assert too_long["task"]["type"] == "message" and "a few paragraphs" in too_long["task"]["value"]


def test_html_to_text_keeps_line_breaks_and_decodes_entities() -> None:
    assert html_to_text("<p>One&nbsp;&amp; two</p><p>three<br>four</p>") == "One\xa0& two\nthree\nfour"


def test_recipient_mentions_are_not_part_of_the_draft(chat: Chat) -> None:
    mention = Entity().deserialize({"type": "mention", "mentioned": {"id": "28:bot"},
                                    "text": "<at>Empathy Coach</at>"})
    [reply] = chat.send(text="<at>Empathy Coach</at> help", entities=[mention])
    assert "check <draft>" in json.dumps(card(reply))  # the help card, not "help" read as a word or a draft
    assert chat.store.count_checks(USER) == 0


def test_the_emulator_announcing_a_new_chat_gets_the_greeting(chat: Chat) -> None:
    [greeting] = chat.send(type="conversationUpdate", channel_id="emulator",
                           members_added=[ChannelAccount(id="29:u1"), ChannelAccount(id="28:bot")])
    assert "Hi, I'm Empathy Coach." in json.dumps(card(greeting))
    assert chat.store.conversation(f"teams:{TENANT}:aad-1") is not None


def test_not_helpful_asks_for_an_optional_reason_and_stores_it_with_consent(memory_store: Store, tmp_path: Path) -> None:
    chat = Chat(memory_store, tmp_path, store_text=True)
    content = card(chat.say(DRAFT))
    [not_helpful] = [a for a in content["actions"] if a["title"] == "Not helpful"]
    assert not_helpful["type"] == "Action.ShowCard"
    [reason_box] = [b for b in not_helpful["card"]["body"] if b.get("id") == "reason"]
    assert reason_box["type"] == "Input.Text" and not reason_box.get("isRequired")
    send = actions(content)["Not helpful"]
    feedback = lambda: memory_store.db.execute("SELECT helpful, reason FROM feedback").fetchall()  # noqa: E731

    assert "reason is saved" in chat.say(value={**send, "reason": "  It changed what I promised.  "}).text
    assert feedback() == [(0, "It changed what I promised.")]
    assert "didn't help" in chat.say(value={**send, "reason": "   "}).text  # sent empty: still counts
    assert feedback() == [(0, None)]
    too_long = chat.say(value={**send, "reason": "x" * 1_001})
    assert "1,001 characters" in too_long.text and feedback() == [(0, None)]


def test_a_not_helpful_reason_is_not_stored_without_consent(chat: Chat, memory_store: Store) -> None:
    send = actions(card(chat.say(DRAFT)))["Not helpful"]
    answer = chat.say(value={**send, "reason": "It changed what I promised."}).text
    assert "didn't help" in answer and "not saved" in answer
    assert memory_store.db.execute("SELECT helpful, reason FROM feedback").fetchall() == [(0, None)]


def test_help_lists_practice(chat: Chat) -> None:
    [commands] = [block for block in card(chat.say("help"))["body"] if block.get("type") == "FactSet"]
    assert "practice" in {fact["title"] for fact in commands["facts"]}


def test_settings_can_opt_out_of_lessons_and_back_in(chat: Chat) -> None:
    content = card(chat.say("settings"))
    assert any(b.get("id") == "opted_out" for b in content["body"])
    save = {"action": "settings", "lesson_time": "09:30", "timezone": "Europe/Paris", "weekdays_only": "true",
            "paused": "false", "opted_out": "true"}
    assert "won't get daily lessons" in chat.say(value=save).text
    assert chat.store.user_settings(USER).lessons_opted_out is True
    assert chat.store.lesson_recipients() == []
    older_card = {k: v for k, v in save.items() if k != "opted_out"}  # a form drawn before the toggle existed
    assert "won't get daily lessons" in chat.say(value=older_card).text
    back_in = chat.say(value={**save, "opted_out": "false"}).text
    assert "Lessons arrive at 09:30 on weekdays, Europe/Paris time" in back_in
    assert [r.user_id for r in chat.store.lesson_recipients()] == [USER]
    no_zone = chat.say(value={**save, "opted_out": "false", "timezone": ""}).text
    assert no_zone == f"Saved. {lesson_schedule(chat.store.user_settings(USER), '`settings`')}"
    assert "09:30 on weekdays, UTC time until you set your time zone" in no_zone
    bad_time = card(chat.say(value={**save, "lesson_time": "25:00"}))
    assert "25:00" in json.dumps(bad_time) and chat.store.user_settings(USER).lesson_time == "09:30"
