"""Daily lessons in Teams, end to end: delivered by the fan-out into a personal chat on a fake Bot Connector,
answered with the card's quiz buttons over HTTP, rate limits and removed apps handled."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from aiohttp import web
from botbuilder.schema import ChannelAccount

from bot.coach.lessons.curriculum import Curriculum, Lesson
from bot.server import close_senders, configured_senders, create_app
from bot.services.lessons import LessonMessage, deliver_due
from bot.settings import Settings
from bot.store import Store, UserSettings
from bot.teams.lesson_cards import lesson_card
from tests.fake_bot_framework import (
    CHAT_USER,
    EMULATOR,
    USER_ID,
    Chat,
    FakeConnector,
    Sent,
    activity,
    card,
    card_text,
    post,
    submits,
)
from tests.loopback import LoopbackServer, serve

LESSON_TIME_IN_PARIS = datetime(2025, 3, 10, 8, 31, tzinfo=UTC)
"""Monday 09:31 in Paris, the time zone the fake Teams client reports: a minute after the default 09:30."""


@pytest.fixture(scope="module")
def curriculum() -> Curriculum:
    return Curriculum.load()


@pytest.fixture
def teams(tmp_path: Path, server_store: Store) -> Iterator[tuple[LoopbackServer, web.Application, Settings]]:
    """The server with Teams on (Emulator mode), sharing ``server_store``'s database file."""
    settings = Settings(db_path=tmp_path / "server.db", store_text=False, teams=EMULATOR)
    app = create_app(settings, store=server_store)
    with serve(app) as server:
        yield server, app, settings


class Sleeps(list):
    """Stands in for ``asyncio.sleep`` in the fan-out: records each wait instead of waiting."""

    async def __call__(self, seconds: float) -> None:
        self.append(seconds)


def install(server: LoopbackServer, service_url: str) -> None:
    assert post(server.url, activity("installationUpdate", service_url, action="add")).status_code in (200, 201)


def lesson_cards(fake: FakeConnector) -> list[Sent]:
    return [sent for sent in fake.sent if sent.cards and "one-minute lesson" in card_text(sent.cards[0])]


def deliver_one(teams, connector, store: Store, curriculum: Curriculum) -> tuple[Sent, list[dict], Lesson]:
    """Install the app, run the fan-out at lesson time, and return the one lesson card sent, its quiz buttons'
    data and the lesson it teaches."""
    server, app, settings = teams
    fake, service_url = connector
    install(server, service_url)
    server.call(lambda: deliver_due(store, LESSON_TIME_IN_PARIS, configured_senders(settings, app),
                                    curriculum=curriculum))
    [sent] = lesson_cards(fake)
    quiz = [data for data in submits(sent.cards[0]) if data["action"] == "quiz"]
    return sent, quiz, curriculum.get(store.delivery(quiz[0]["delivery_id"]).lesson_id)


def press(server: LoopbackServer, service_url: str, data: dict, on: str) -> None:
    """Press a button on the message ``on``, as Teams reports it: the card's data, and the message it was on."""
    body = activity("message", service_url, value=data, replyToId=on)
    body.pop("localTimezone")
    assert post(server.url, body).status_code in (200, 201)


def test_a_lesson_with_working_quiz_buttons_reaches_a_teams_personal_chat(teams, connector, server_store, curriculum):
    server, app, settings = teams
    fake, service_url = connector
    install(server, service_url)
    senders = configured_senders(settings, app)
    assert set(senders) == {"teams"}

    report = server.call(lambda: deliver_due(server_store, LESSON_TIME_IN_PARIS, senders, curriculum=curriculum))
    assert (report.sent, report.late) == (1, 0)
    [sent] = lesson_cards(fake)
    assert (sent.conversation_id, sent.reply_to) == ("personal-chat-1", None)
    [card] = sent.cards
    quiz = [data for data in submits(card) if data["action"] == "quiz"]
    delivery = server_store.delivery(quiz[0]["delivery_id"])
    lesson = curriculum.get(delivery.lesson_id)
    text = card_text(card)
    for part in (lesson.title, lesson.try_today, delivery.reason, lesson.quiz[0].prompt):
        assert part.strip() in text
    assert len(quiz) == sum(len(question.options) for question in lesson.quiz)
    [(ref,)] = server_store.db.execute("SELECT message_ref FROM lesson_deliveries WHERE id = ?", [delivery.id])
    assert ref == sent.activity_id, "the delivery log keeps the activity id the Bot Connector gave the lesson"

    question = lesson.question(quiz[0]["question_id"])
    right = next(data for data in quiz if data["question_id"] == question.id and data["option_id"] == question.answer_id)
    press(server, service_url, right, on=sent.activity_id)
    [update] = fake.updated
    assert (update.conversation_id, update.reply_to) == ("personal-chat-1", sent.activity_id)
    redrawn = card_text(update.cards[0])
    assert "**Right.**" in redrawn and question.options[question.answer].feedback in redrawn
    assert server_store.quiz_answers(delivery.id) == {question.id: question.answer_id}
    assert not [d for d in submits(update.cards[0]) if d["action"] == "quiz" and d["question_id"] == question.id]

    wrong = next(data for data in quiz if data["question_id"] == question.id and data["option_id"] != question.answer_id)
    press(server, service_url, wrong, on=sent.activity_id)
    assert "your first answer is the one that counts" in card_text(fake.updated[-1].cards[0])
    assert server_store.quiz_answers(delivery.id) == {question.id: question.answer_id}
    assert server_store.db.execute("SELECT count(*) FROM quiz_answers").fetchone()[0] == 1
    assert lesson_cards(fake) == [sent]  # redrawn in place, never posted again


def test_the_last_answer_completes_the_lesson_and_done_twice_is_a_no_op(teams, connector, server_store, curriculum):
    server, _, _ = teams
    fake, service_url = connector
    sent, quiz, lesson = deliver_one(teams, connector, server_store, curriculum)
    for question in lesson.quiz:
        press(server, service_url, next(d for d in quiz if d["question_id"] == question.id), on=sent.activity_id)
    final = card_text(fake.updated[-1].cards[0])
    assert "✅ **Lesson done.**" in final and "Lesson done: that's 1 lesson day in a row." in final
    assert not submits(fake.updated[-1].cards[0])  # no quiz buttons left, no "Done for today"

    press(server, service_url, {"action": "lesson_done", "delivery_id": quiz[0]["delivery_id"]}, on=sent.activity_id)
    assert "already marked done" in card_text(fake.updated[-1].cards[0])
    assert server_store.db.execute("SELECT count(*) FROM lesson_completions").fetchone()[0] == 1


def test_a_quiz_press_after_forget_me_is_answered_and_changes_nothing(teams, connector, server_store, curriculum):
    server, _, _ = teams
    fake, service_url = connector
    sent, quiz, _ = deliver_one(teams, connector, server_store, curriculum)
    press(server, service_url, {"action": "forget", "confirm": True}, on="sent-1")
    before = len(fake.sent)
    press(server, service_url, quiz[0], on=sent.activity_id)
    assert fake.updated == []
    [answer] = fake.sent[before:]
    assert "no longer on record" in answer.activity["text"]
    assert server_store.db.execute("SELECT count(*) FROM quiz_answers").fetchone()[0] == 0


def test_a_429_from_the_connector_is_waited_out_and_the_lesson_still_sent_once(teams, connector, server_store,
                                                                               curriculum):
    server, app, settings = teams
    fake, service_url = connector
    install(server, service_url)
    fake.failures.append((429, {"Retry-After": "7"}))
    sleeps = Sleeps()
    report = server.call(lambda: deliver_due(server_store, LESSON_TIME_IN_PARIS, configured_senders(settings, app),
                                             curriculum=curriculum, sleep=sleeps))
    assert (report.sent, report.rate_limited, report.failed) == (1, 1, 0)
    assert sleeps == [7.0] and report.waited_seconds == 7.0
    assert fake.refused == 1
    assert len(lesson_cards(fake)) == 1


def test_a_removed_app_found_by_the_fan_out_stops_lessons(teams, connector, server_store, curriculum):
    server, app, settings = teams
    fake, service_url = connector
    install(server, service_url)
    fake.fail_with = 404
    report = server.call(lambda: deliver_due(server_store, LESSON_TIME_IN_PARIS, configured_senders(settings, app),
                                             curriculum=curriculum))
    assert (report.sent, report.gone) == (0, 1)
    assert server_store.conversation(USER_ID) is None
    assert [r.user_id for r in server_store.lesson_recipients()] == []


def test_uninstalling_takes_the_agent_off_the_lesson_list(teams, connector, server_store):
    server, _, _ = teams
    _, service_url = connector
    install(server, service_url)
    assert [r.user_id for r in server_store.lesson_recipients()] == [USER_ID]
    post(server.url, activity("installationUpdate", service_url, action="remove"))
    assert server_store.lesson_recipients() == []


def test_deliver_due_from_cron_sends_through_its_own_adapter(teams, connector, server_store, curriculum):
    """No server in the process: the sender builds its own adapter and reads the chat reference from the file."""
    server, _, settings = teams
    fake, service_url = connector
    install(server, service_url)

    async def run() -> int:
        senders = configured_senders(settings)
        try:
            return (await deliver_due(server_store, LESSON_TIME_IN_PARIS, senders, curriculum=curriculum)).sent
        finally:
            await close_senders(senders)

    assert asyncio.run(run()) == 1
    [sent] = lesson_cards(fake)
    assert sent.conversation_id == "personal-chat-1"


def test_progress_shows_the_streak_lessons_done_and_quiz_accuracy(teams, connector, server_store, curriculum):
    server, _, _ = teams
    fake, service_url = connector
    sent, quiz, lesson = deliver_one(teams, connector, server_store, curriculum)
    for question in lesson.quiz:  # the right answer to each
        press(server, service_url, next(d for d in quiz if d["question_id"] == question.id
                                        and d["option_id"] == question.answer_id), on=sent.activity_id)
    post(server.url, activity("message", service_url, text="progress"))
    facts = {fact["title"]: fact["value"] for block in _facts(fake.sent[-1].cards[0]) for fact in block["facts"]}
    assert facts["Streak"] == "1 lesson day in a row"
    assert facts["Lessons done"] == "1"
    answers = len(lesson.quiz)
    assert facts["Quiz"] == f"100% right ({answers} answer{'s' if answers > 1 else ''})"
    assert "No checks in the last 7 days" in json.dumps(fake.sent[-1].cards[0])


def _facts(card: dict) -> list[dict]:
    return [block for block in card["body"] if block.get("type") == "FactSet"]


# The card itself, and presses through the TestAdapter ------------------------------------------------------


def message_for(lesson: Lesson, **fields: object) -> LessonMessage:
    values: dict = {"delivery_id": 9, "user_id": CHAT_USER, "lesson": lesson,
                    "reason": "You've had 3 'no next step' findings this week.", "local_date": date(2025, 3, 10),
                    "late": False}
    return LessonMessage(**(values | fields))


def test_a_late_review_is_marked_and_leads_with_the_question_missed(curriculum) -> None:
    lesson = next(lesson for lesson in curriculum.lessons if len(lesson.quiz) > 1)
    missed = lesson.quiz[-1]
    content = lesson_card(message_for(lesson, late=True, review_question=missed.id))
    text = card_text(content)
    assert "Sent late" in text and "(sent late today)" in content["fallbackText"]
    assert "You've had 3 'no next step' findings this week." in text
    assert lesson.bad_example.strip() in text and lesson.better_example.strip() in text
    first = next(data for data in submits(content) if data["action"] == "quiz")
    assert first["question_id"] == missed.id
    assert "Sent late" not in card_text(lesson_card(message_for(lesson)))


def test_an_answered_question_shows_the_pick_and_why_and_loses_its_buttons(curriculum) -> None:
    lesson = next(lesson for lesson in curriculum.lessons if len(lesson.quiz) > 1)
    question = lesson.quiz[0]
    wrong = next(option for option in question.options if not option.correct)
    shown = message_for(lesson).options(question)
    content = lesson_card(message_for(lesson), {question.id: wrong.id})
    text = card_text(content)
    right_letter = "ABCD"[[option.id for option in shown].index(question.answer_id)]
    assert f"You chose {'ABCD'[shown.index(wrong)]}. **Not quite: the answer is {right_letter}.**" in text
    assert wrong.feedback in text
    asked = {data["question_id"] for data in submits(content) if data["action"] == "quiz"}
    assert asked == {q.id for q in lesson.quiz[1:]}
    assert [a["title"] for a in content["actions"]] == ["Done for today"]
    done = lesson_card(message_for(lesson), {question.id: wrong.id}, done=True)
    assert "actions" not in done and "Lesson done" in card_text(done)


def test_every_lesson_card_fits_in_a_teams_message(curriculum) -> None:
    for lesson in curriculum.lessons:
        content = lesson_card(message_for(lesson, late=True))
        assert len(json.dumps(content).encode()) < 28_000, lesson.id  # Teams' limit for a card


def test_a_press_with_no_message_to_replace_gets_the_card_anew(memory_store: Store, tmp_path: Path,
                                                               curriculum) -> None:
    """The Emulator (and a card forwarded out of its chat) names no message to replace."""
    chat = Chat(memory_store, tmp_path)
    chat.send(type="installationUpdate", action="add")
    delivered: list[LessonMessage] = []

    async def capture(message: LessonMessage) -> None:
        delivered.append(message)

    chat.store.save_user_settings(UserSettings(CHAT_USER, "Europe/Paris"))
    assert asyncio.run(deliver_due(chat.store, LESSON_TIME_IN_PARIS, {"teams": capture}, curriculum=curriculum)).sent
    [message] = delivered
    question = message.lesson.quiz[0]
    data = {"action": "quiz", "delivery_id": message.delivery_id, "question_id": question.id,
            "option_id": question.answer_id}
    [reply] = chat.send(value=data)
    assert "**Right.**" in card_text(card(reply)) and chat.updated() == []
    assert chat.send(value=data, reply_to_id="7") == []  # with one, the card is replaced in place
    [update] = chat.updated()
    assert update.id == "7" and "first answer is the one that counts" in card_text(card(update))
    someone_else = chat.send(value=data, from_property=ChannelAccount(id="29:u2", aad_object_id="aad-2"))
    assert "no longer on record" in someone_else[0].text
    assert memory_store.quiz_answers(message.delivery_id) == {question.id: question.answer_id}


@pytest.mark.parametrize(("lesson_id", "writer"), [("open-questions", "The customer"),
                                                  ("self-care-after-hard-calls", "Your team lead")])
def test_the_card_names_who_wrote_the_example_message(curriculum, lesson_id: str, writer: str) -> None:
    text = card_text(lesson_card(message_for(curriculum.get(lesson_id))))
    assert f"{writer} writes:" in text
    assert ("The customer writes" in text) is (writer == "The customer")
