"""Feedback buttons pressed more than once: one row per agent and check, holding their latest answer."""

from __future__ import annotations

from bot.slack import blocks
from tests.fake_slack import TEAM, SlackBot, block_action, view_payload

DRAFT = "As I already said, you should have checked the tracking page. Someone will look into it."
ANA = f"slack:{TEAM}:U1ANA"


def check_id(bot: SlackBot) -> str:
    bot.slack.command(DRAFT, bot.fake.response_url("check"))
    posted = bot.fake.wait_for("response:check")[0].params
    return next(element["value"] for block in posted["blocks"] if block["type"] == "actions"
                for element in block["elements"] if element["action_id"] == blocks.HELPFUL)


def feedback(bot: SlackBot) -> list[tuple]:
    return bot.store.db.execute("SELECT check_id, user_id, helpful, reason FROM feedback").fetchall()


def test_pressing_helpful_twice_stores_one_row(slack_bot: SlackBot) -> None:
    value = check_id(slack_bot)
    for name in ("first", "second"):
        slack_bot.slack.send(block_action(blocks.HELPFUL, value, slack_bot.fake.response_url(name)))
        assert "helped" in slack_bot.fake.wait_for(f"response:{name}")[0].params["text"]
    assert feedback(slack_bot) == [(int(value), ANA, 1, None)]


def test_changing_ones_mind_keeps_the_latest_answer_and_its_reason(slack_bot: SlackBot) -> None:
    value = check_id(slack_bot)
    slack_bot.slack.send(block_action(blocks.HELPFUL, value, slack_bot.fake.response_url("yes")))
    slack_bot.fake.wait_for("response:yes")
    slack_bot.slack.send(block_action(blocks.NOT_HELPFUL, value, slack_bot.fake.response_url("no")))
    modal = slack_bot.fake.wait_for("views.open")[0].view
    reason = {blocks.REASON_INPUT: {"type": "plain_text_input", "value": "It did say sorry."}}
    slack_bot.slack.send(view_payload("view_submission", blocks.REASON_VIEW, reason, modal["private_metadata"]))
    slack_bot.fake.wait_for("response:no")
    assert feedback(slack_bot) == [(int(value), ANA, 0, "It did say sorry.")]
