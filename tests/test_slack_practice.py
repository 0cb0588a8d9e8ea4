"""Practice sessions in Slack, driven end to end over signed HTTP: the command, DM replies, the picker's buttons.

The bot talks to the fake Slack API; every DM is a really signed ``message.im``
event callback, as Slack sends it.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from bot.slack import check_blocks, practice_blocks
from tests.fake_slack import TEAM, SlackBot, blocks_of, blocks_text, copyable_text, dm_action, dm_event, slash_command
from tests.practice_scripts import EMPATHETIC

ANA = f"slack:{TEAM}:U1ANA"
DM = "DU1ANA"
"""Ana's DM with the app, as the fake Slack names it."""
OPENING = "My order 48213 was supposed to arrive on Monday."
DISMISSIVE = "As I already said, you should have checked the tracking page. Someone will look into it."


def practice_command(bot: SlackBot, text: str, name: str, *, channel: str = "C0CHAN") -> None:
    bot.slack.send(slash_command(text, bot.fake.response_url(name), channel=channel))


class Dm:
    """Ana's side of the DM: each message is a new event, and each answer is read from chat.postMessage."""

    def __init__(self, bot: SlackBot) -> None:
        self.bot = bot
        self.sent = 0

    def posts(self) -> list[dict[str, Any]]:
        return [call.params for call in self.bot.fake.calls_to("chat.postMessage")]

    def send(self, text: str, *, answers: int = 1, event_id: str | None = None, retry: int | None = None) -> list[dict]:
        """Send one DM and wait for the ``answers`` messages it produces; returns them."""
        before = len(self.posts())
        self.sent += 1
        event = dm_event(text, ts=f"17000001{self.sent:02d}.000200") | {"channel": DM}
        reply = self.bot.slack.event(event, event_id or f"EvDM{self.sent}", retry=retry)
        assert reply.status == 200
        calls = self.bot.fake.wait_for("chat.postMessage", before + answers)
        return [call.params for call in calls[before:]]


def shown(params: dict[str, Any]) -> str:
    return blocks_text(blocks_of(params))


def active_session(bot: SlackBot) -> tuple | None:
    return bot.store.db.execute(
        "SELECT scenario_id, state FROM practice_sessions WHERE user_id = ? AND status = 'active'", [ANA]
    ).fetchone()


def button_press(bot: SlackBot, action_id: str, value: str, name: str) -> None:
    bot.slack.send(dm_action(action_id, value, bot.fake.response_url(name), channel=DM))


def test_a_session_started_by_command_runs_in_the_dm_to_its_summary(slack_bot: SlackBot) -> None:
    practice_command(slack_bot, "practice late-delivery", "cmd")
    [briefing] = [call.params for call in slack_bot.fake.wait_for("chat.postMessage")]
    assert briefing["channel"] == DM
    assert [call.params["users"] for call in slack_bot.fake.calls_to("conversations.open")] == ["U1ANA"]
    text = shown(briefing)
    assert "A parcel four days late" in text and OPENING in text and "Priya" in text
    assert "hint" in text and "end" in text
    assert active_session(slack_bot)[0] == "late-delivery"

    dm = Dm(slack_bot)
    [first] = dm.send(DISMISSIVE)
    first_text = shown(first)
    assert "Priya:" in first_text and "Coach" in first_text and "/100" in first_text and "more upset" in first_text
    [hint] = dm.send("hint")
    assert "Hint" in shown(hint) and EMPATHETIC["late-delivery"][0] not in shown(hint)
    [second] = dm.send(EMPATHETIC["late-delivery"][0])
    assert "calmer" in shown(second)
    [summary] = dm.send("end", answers=1)

    text = shown(summary)
    assert summary["channel"] == DM and summary["text"].startswith("Practice summary")
    for name in ("acknowledge", "reflect", "explore", "own", "respect"):
        assert name in text
    assert "Best reply* (#2" in text and "Weakest reply* (#1" in text
    assert "should have checked the tracking page" in text  # the weakest reply, quoted
    assert "A better version of it" in text
    rewrite = copyable_text(blocks_of(summary))
    assert rewrite and "As I already said" not in rewrite
    assert "The customer's mood" in text and "→" in text and "Next lesson" in text and "1 hint" in text
    summary_buttons = {element["action_id"] for block in blocks_of(summary)
                       for element in [*block.get("elements", []), block.get("accessory") or {}]
                       if element.get("type") == "button"}
    assert summary_buttons == {check_blocks.WHY, practice_blocks.PRACTICE_START}

    assert active_session(slack_bot) is None
    status, saved = slack_bot.store.db.execute("SELECT status, summary FROM practice_sessions").fetchone()
    assert status == "ended" and json.loads(saved)["turns"] == 2
    assert slack_bot.store.count_checks(ANA) == 0  # practice replies are not checks


def test_a_command_typed_in_a_channel_points_to_the_dm(slack_bot: SlackBot) -> None:
    practice_command(slack_bot, "practice late-delivery", "channel")
    pointer = slack_bot.fake.wait_for("response:channel")[0].params
    assert pointer["response_type"] == "ephemeral"
    assert "https://slack.com/app_redirect?app=A0APP&team=T0TEAM" in pointer["text"]
    assert OPENING not in pointer["text"]  # the customer talks in the DM, not in the channel
    assert slack_bot.fake.wait_for("chat.postMessage")[0].params["channel"] == DM


def test_a_command_typed_in_the_dm_itself_needs_no_pointer(slack_bot: SlackBot) -> None:
    practice_command(slack_bot, "practice late-delivery", "indm", channel=DM)
    slack_bot.fake.wait_for("chat.postMessage")
    slack_bot.settle()
    assert slack_bot.fake.calls_to("response:indm") == []


def test_a_retried_dm_event_never_gets_a_second_customer_reply(slack_bot: SlackBot) -> None:
    practice_command(slack_bot, "practice late-delivery", "cmd")
    slack_bot.fake.wait_for("chat.postMessage")
    dm = Dm(slack_bot)
    dm.send(DISMISSIVE, event_id="EvSAME")
    for attempt in (1, 2):
        reply = slack_bot.slack.event(dm_event(DISMISSIVE) | {"channel": DM}, "EvSAME", retry=attempt)
        assert reply.status == 200
    slack_bot.settle()
    assert len(dm.posts()) == 2  # the briefing and one customer reply
    state = json.loads(active_session(slack_bot)[1])
    assert [turn["agent"] for turn in state["turns"]] == [DISMISSIVE]


@pytest.mark.parametrize(
    "event",
    [
        dm_event("I'm so sorry about the wait.") | {"channel": DM, "subtype": "message_changed"},
        dm_event("I'm so sorry about the wait.") | {"channel": DM, "bot_id": "B0BOT"},
        dm_event("Ana joined", user="U1ANA") | {"channel": DM, "subtype": "channel_join"},
    ],
    ids=["an edit", "the bot's own message", "a join"],
)
def test_edits_joins_and_the_bots_own_messages_are_not_replies(slack_bot: SlackBot, event: dict) -> None:
    practice_command(slack_bot, "practice late-delivery", "cmd")
    slack_bot.fake.wait_for("chat.postMessage")
    slack_bot.slack.event(event, "EvIGNORED")
    slack_bot.settle()
    assert len(slack_bot.fake.calls_to("chat.postMessage")) == 1
    assert json.loads(active_session(slack_bot)[1])["turns"] == []


def test_the_picker_shows_difficulty_and_its_buttons_start_the_chosen_scenario(slack_bot: SlackBot, scenarios) -> None:
    practice_command(slack_bot, "practice", "cmd", channel=DM)
    picker = slack_bot.fake.wait_for("chat.postMessage")[0].params
    picker_blocks = blocks_of(picker)
    starts = {block["accessory"]["value"]: block["text"]["text"] for block in picker_blocks
              if (block.get("accessory") or {}).get("action_id") == practice_blocks.PRACTICE_START}
    assert set(starts) == set(scenarios.ids)
    for scenario in scenarios.all:
        assert scenario.difficulty in starts[scenario.id] and scenario.title in starts[scenario.id]
    assert active_session(slack_bot) is None  # nothing starts until a customer is chosen

    button_press(slack_bot, practice_blocks.PRACTICE_START, "double-charge", "picked")
    chosen = slack_bot.fake.wait_for("response:picked")[0].params
    assert chosen["replace_original"] is True and "You chose" in chosen["text"]
    assert practice_blocks.PRACTICE_START not in json.dumps(chosen["blocks"])  # the buttons are gone
    briefing = slack_bot.fake.wait_for("chat.postMessage", 2)[1].params
    assert briefing["channel"] == DM and scenarios.get("double-charge").opening in shown(briefing)
    assert active_session(slack_bot)[0] == "double-charge"

    # A second press (another client still showing the picker) starts nothing new.
    button_press(slack_bot, practice_blocks.PRACTICE_START, "late-delivery", "again")
    reminder = slack_bot.fake.wait_for("response:again")[0].params
    assert reminder["replace_original"] is False and "already have a practice session" in reminder["text"]
    assert active_session(slack_bot)[0] == "double-charge"
    running = slack_bot.fake.wait_for("chat.postMessage", 3)[2].params
    assert scenarios.get("double-charge").opening in shown(running)


def test_an_unknown_scenario_is_explained_where_it_was_asked_and_nothing_starts(slack_bot: SlackBot) -> None:
    practice_command(slack_bot, "practice lost-luggage", "unknown")
    answer = slack_bot.fake.wait_for("response:unknown")[0].params["text"]
    assert "lost-luggage" in answer and "late-delivery" in answer and "/empathy practice" in answer
    slack_bot.settle()
    assert slack_bot.fake.calls_to("chat.postMessage") == [] and active_session(slack_bot) is None


def test_practice_can_be_started_by_typing_in_the_dm(slack_bot: SlackBot) -> None:
    dm = Dm(slack_bot)
    [briefing] = dm.send("practice late-delivery")
    assert OPENING in shown(briefing)
    [reminder] = dm.send("practice")  # one session at a time: the running one is shown again
    assert "still running" in shown(reminder) and OPENING in shown(reminder)


def test_without_a_session_a_dm_is_still_a_draft_and_end_is_not(slack_bot: SlackBot) -> None:
    dm = Dm(slack_bot)
    [result] = dm.send(DISMISSIVE)
    assert "Empathy score" in result["text"]
    [answer] = dm.send("end")
    assert "no practice session running" in answer["text"]
    assert slack_bot.store.count_checks(ANA) == 1


def test_progress_still_works_during_a_session_and_help_asks_for_a_hint(slack_bot: SlackBot) -> None:
    dm = Dm(slack_bot)
    dm.send("practice late-delivery")
    [progress] = dm.send("progress")
    assert "Your progress" in progress["text"]
    [hint] = dm.send("help")
    assert "Hint" in shown(hint)
    assert json.loads(active_session(slack_bot)[1])["turns"] == []


def test_a_session_left_for_hours_expires_and_the_reply_is_not_scored_as_a_draft(slack_bot: SlackBot,
                                                                               coach_clock) -> None:
    dm = Dm(slack_bot)
    dm.send("practice late-delivery")
    coach_clock.advance(hours=13)
    [answer] = dm.send(EMPATHETIC["late-delivery"][0])
    assert "expired" in answer["text"]
    assert slack_bot.store.count_checks(ANA) == 0 and active_session(slack_bot) is None


def test_a_session_survives_a_restart(tmp_path, coach_clock) -> None:
    from tests.fake_slack import running_bot

    with running_bot(tmp_path / "coach.db", coach_clock) as bot:
        Dm(bot).send("practice late-delivery")
    with running_bot(tmp_path / "coach.db", coach_clock) as restarted:
        [turn] = Dm(restarted).send(EMPATHETIC["late-delivery"][0], event_id="EvAFTER")
        assert "Priya:" in shown(turn) and "calmer" in shown(turn)


def test_help_mentions_practice(slack_bot: SlackBot) -> None:
    slack_bot.slack.command("help", slack_bot.fake.response_url("help"))
    assert "/empathy practice" in blocks_text(slack_bot.fake.wait_for("response:help")[0].params["blocks"])


CALMER = "OK, that's a relief. A trace today and an email by 5pm is what I needed. Please don't let it drop."


@pytest.mark.parametrize("worded", [True, False], ids=["the model's line", "a failing model"])
def test_with_a_model_the_customer_speaks_its_words_or_the_scripted_line(
    tmp_path, coach_clock, fake_llm, worded: bool
) -> None:
    from fake_openai import content, status

    from tests.fake_slack import running_bot

    environ = {"OPENAI_API_KEY": "test-key", "OPENAI_BASE_URL": f"{fake_llm.url}/v1", "COACH_LLM_TIMEOUT": "5"}
    with running_bot(tmp_path / "coach.db", coach_clock, **environ) as bot:
        dm = Dm(bot)
        dm.send("practice late-delivery")
        fake_llm.queue(*([content(json.dumps({"line": CALMER}))] if worded else [status(500)] * 3))
        [turn] = dm.send(EMPATHETIC["late-delivery"][0])
        assert fake_llm.requests, "the model was asked for the customer's line"
        assert (CALMER in shown(turn)) is worded
        assert "Priya:" in shown(turn) and "calmer" in shown(turn)  # mood and note are the engine's either way
        bot.settle()
        assert len(dm.posts()) == 2


def test_broken_scenario_files_leave_dm_drafts_checked(slack_bot: SlackBot, tmp_path, monkeypatch) -> None:
    from bot.coach.practice import scenarios as scenario_files

    (tmp_path / "prompts" / "scenarios").mkdir(parents=True)
    monkeypatch.setattr(scenario_files, "prompts_dir", lambda: tmp_path / "prompts")
    [result] = Dm(slack_bot).send(DISMISSIVE)
    assert "Empathy score" in result["text"]
    assert slack_bot.store.count_checks(ANA) == 1


def test_a_command_without_the_optional_app_id_still_points_to_the_dm(slack_bot: SlackBot) -> None:
    """``api_app_id`` is optional in a slash command: without it the pointer names the Messages tab, no link."""
    body = slash_command("practice late-delivery", slack_bot.fake.response_url("noapp")).replace("&api_app_id=A0APP",
                                                                                                   "")
    assert "api_app_id" not in body
    assert slack_bot.slack.send(body).status == 200
    pointer = slack_bot.fake.wait_for("response:noapp")[0].params
    assert "Messages" in pointer["text"] and "app_redirect" not in pointer["text"]
    slack_bot.settle()
    assert [call.params["text"] for call in slack_bot.fake.calls_to("response:noapp")] == [pointer["text"]]
    assert "Sorry" not in pointer["text"]
    assert slack_bot.fake.wait_for("chat.postMessage")[0].params["channel"] == DM
