"""Block Kit for practice in Slack: pure builders, checked without a server."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.coach import practice
from bot.coach.practice.scenarios import Scenarios
from bot.slack import blocks, check_blocks, practice_blocks
from bot.slack.practice import requested_scenario
from tests.fake_slack import assert_within_limits, blocks_text


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("practice", ""), ("  Practice ", ""), ("practise", ""), ("practice late-delivery", "late-delivery"),
        ("PRACTICE Late-Delivery", "late-delivery"), ("practice makes perfect, and we're on it", None),
        ("practice late-delivery now", None), ("practiced", None), ("I'll practice", None), ("", None),
    ],
)
def test_only_the_word_and_at_most_one_id_ask_for_practice(text: str, wanted: str | None) -> None:
    assert requested_scenario(text) == wanted


def finished(scenario, replies: list[str]) -> practice.Summary:
    session = practice.start(scenario)
    for text in replies:
        session = practice.reply(session, scenario, text).session
    return practice.summarize(session, scenario)


def test_the_picker_has_a_start_button_and_a_difficulty_for_every_scenario(scenarios: Scenarios) -> None:
    picker = practice_blocks.picker_blocks(scenarios.all)
    rows = [block for block in picker if "accessory" in block]
    assert [row["accessory"]["value"] for row in rows] == list(scenarios.ids)  # easiest first
    for row, scenario in zip(rows, scenarios.all, strict=True):
        assert row["accessory"]["action_id"] == practice_blocks.PRACTICE_START
        assert practice_blocks.DIFFICULTY_MARKS[scenario.difficulty] in row["text"]["text"]
    assert_within_limits(picker)


def test_a_turn_shows_the_customer_the_note_the_score_and_the_mood_change(scenarios: Scenarios) -> None:
    scenario = scenarios.get("late-delivery")
    step = practice.reply(practice.start(scenario), scenario, "Calm down, it's not our fault.")
    text = blocks_text(practice_blocks.turn_blocks(scenario, step.turn, 0.55))
    assert f"{scenario.customer}:" in text and blocks.escape(step.turn.note) in text
    assert f"({step.turn.score}/100)" in text and "more upset" in text and ":rage:" in text


def test_the_summary_quotes_replies_escaped_and_offers_the_lesson(scenarios: Scenarios) -> None:
    scenario = scenarios.get("late-delivery")
    summary = finished(scenario, ["<!channel> you should have checked the tracking page.",
                                  "I'm so sorry your parcel is late. I'll chase the courier and email you by 5pm."])
    shown = practice_blocks.summary_blocks(summary, "Name the feeling")
    text = blocks_text(shown)
    mrkdwn = blocks_text([block for block in shown if block["type"] != "rich_text"])  # rich text is never parsed
    assert "&lt;!channel&gt;" in mrkdwn and "<!channel>" not in mrkdwn
    assert "Name the feeling" in text and summary.lesson_reason in text
    [lesson_button] = [block["accessory"] for block in shown if "accessory" in block]
    assert lesson_button["action_id"] == check_blocks.WHY
    assert json.loads(lesson_button["value"])["lesson"] == summary.lesson  # what "Why?" reads to open it


def test_a_summary_with_no_replies_says_so(scenarios: Scenarios) -> None:
    summary = finished(scenarios.all[0], [])
    text = blocks_text(practice_blocks.summary_blocks(summary, None))
    assert "No replies were scored" in text and "Best reply" not in text and f"`{summary.lesson}`" in text


@settings(max_examples=40, deadline=None)
@given(reply=st.text(min_size=1, max_size=5000).filter(str.strip))
def test_any_reply_fits_slacks_limits_in_the_summary(reply: str) -> None:
    scenario = Scenarios.load().get("late-delivery")
    shown = practice_blocks.summary_blocks(finished(scenario, [reply]), None)
    assert_within_limits(shown)
    for block in shown:
        if block["type"] == "section":
            assert "<" not in block["text"]["text"]  # nothing the agent typed becomes a mention or a link


def test_the_summary_names_each_forbidden_promise_and_the_briefing_the_conduct_rules(scenarios: Scenarios) -> None:
    scenario = scenarios.get("late-delivery")
    summary = finished(scenario, ["I'm so sorry. I guarantee it will arrive by Saturday."])
    text = blocks_text(practice_blocks.summary_blocks(summary, None))
    assert "You promised a guaranteed delivery date, which you may not offer" in text
    abusive = scenarios.get("abusive-customer")
    briefing = blocks_text(practice_blocks.briefing_blocks(abusive, abusive.opening))
    assert "How the chat must go" in briefing and abusive.conduct[0] in briefing
    assert f"starts {abusive.mood}" in briefing
