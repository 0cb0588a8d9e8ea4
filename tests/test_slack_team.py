"""The team view in Slack, over signed requests to the real app: leads (by id or user group) see it, anyone else
gets a polite no, no draft text ever shows, and agents choose in settings whether their leads see their own figures."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.slack import blocks
from tests.fake_slack import (
    TEAM,
    SlackBot,
    blocks_text,
    running_bot,
    view_payload,
)

SECRET = "Refund 4471 for Dolores Quintana"
LEADS = "U9LEAD, slack:usergroup:S0LEADS"


@pytest.fixture
def lead_bot(tmp_path: Path, coach_clock) -> Iterator[SlackBot]:
    with running_bot(tmp_path / "coach.db", coach_clock, COACH_LEADS=LEADS, COACH_STORE_TEXT="true") as bot:
        yield bot


def seed(bot: SlackBot, make_result, agents: int = 6) -> None:
    for number in range(agents):
        user = f"slack:{TEAM}:U{number}AGENT"
        bot.store.ensure_user(user, "slack", display_name=f"Agent {number}")
        bot.store.record_check(user, make_result(score=50 + number, rules=("E301",), draft=SECRET, customer=SECRET),
                               "slack", store_text=True)


def ask(bot: SlackBot, text: str, user: str, name: str) -> dict:
    bot.slack.command(text, bot.fake.response_url(name), user=user)
    return bot.fake.wait_for(f"response:{name}")[0].params


def test_a_lead_sees_the_teams_figures_and_never_a_draft(lead_bot: SlackBot, make_result) -> None:
    seed(lead_bot, make_result)
    assert lead_bot.store.db.execute("SELECT count(*) FROM checks WHERE text = ?", [SECRET]).fetchone()[0] == 6
    posted = ask(lead_bot, "team", "U9LEAD", "team")
    shown = blocks_text(posted["blocks"])
    assert "6 active agents, 6 checks" in shown and "no next step" in shown
    assert "/empathy team assign next-steps-follow-up" in shown
    everything = json.dumps(posted)
    for fragment in ("4471", "Dolores", "Quintana"):
        assert fragment not in everything
    assert "Agent 3" not in shown, "nobody chose to share, so nobody appears by name"


def test_someone_who_isnt_a_lead_gets_a_polite_no(lead_bot: SlackBot, make_result) -> None:
    seed(lead_bot, make_result)
    lead_bot.fake.usergroups["S0LEADS"] = ["U9LEAD"]
    posted = ask(lead_bot, "team", "U1ANA", "no")
    assert "Sorry, the team view is only for support leads" in posted["text"]
    assert "/empathy progress" in posted["text"]
    assert "active agents" not in json.dumps(posted)
    refused = ask(lead_bot, "team assign open-questions", "U1ANA", "assign")
    assert "only for support leads" in refused["text"]
    assert lead_bot.store.db.execute("SELECT count(*) FROM team_assignments").fetchone()[0] == 0


def test_a_member_of_a_lead_user_group_is_a_lead_and_slack_is_asked_once(lead_bot: SlackBot, make_result) -> None:
    seed(lead_bot, make_result)
    lead_bot.fake.usergroups["S0LEADS"] = ["U1ANA"]
    first = ask(lead_bot, "team", "U1ANA", "first")
    second = ask(lead_bot, "team", "U1ANA", "second")
    assert "6 active agents" in first["text"] and "6 active agents" in second["text"]
    assert [call.params["usergroup"] for call in lead_bot.fake.calls_to("usergroups.users.list")] == ["S0LEADS"]


def test_a_small_team_shows_why_there_are_no_figures(lead_bot: SlackBot, make_result) -> None:
    seed(lead_bot, make_result, agents=4)
    posted = ask(lead_bot, "team", "U9LEAD", "small")
    assert "Not enough agents yet to show this without identifying someone." in blocks_text(posted["blocks"])


def test_a_lead_assigns_a_lesson_to_the_team(lead_bot: SlackBot, make_result) -> None:
    seed(lead_bot, make_result)
    posted = ask(lead_bot, "team assign next-steps-follow-up", "U9LEAD", "assign")
    assert "is now the next daily lesson for everyone in your team" in posted["text"]
    rows = lead_bot.store.db.execute("SELECT team, lesson_id, assigned_by FROM team_assignments").fetchall()
    assert [tuple(row) for row in rows] == [(f"slack:{TEAM}", "next-steps-follow-up", f"slack:{TEAM}:U9LEAD")]
    unknown = ask(lead_bot, "team assign <!channel>", "U9LEAD", "unknown")
    assert "There is no lesson" in unknown["text"] and "<!channel>" not in json.dumps(unknown["blocks"])


def test_sharing_is_chosen_in_settings_and_progress_says_what_leads_see(lead_bot: SlackBot, make_result) -> None:
    seed(lead_bot, make_result)
    before = blocks_text(ask(lead_bot, "progress", "U1ANA", "before")["blocks"])
    assert "Your leads see only team totals" in before

    options = {"selected_options": [{"value": blocks.WEEKDAYS_ONLY}, {"value": blocks.SHARE_WITH_LEADS}]}
    reply = lead_bot.slack.send(view_payload("view_submission", blocks.SETTINGS_VIEW, {
        blocks.TIMEZONE_INPUT: {"value": "Europe/Lisbon"}, blocks.LESSON_TIME_INPUT: {"selected_time": "09:30"},
        blocks.OPTIONS_INPUT: options}))
    assert reply.status == 200
    lead_bot.fake.wait_for("views.publish")
    after = blocks_text(ask(lead_bot, "progress", "U1ANA", "after")["blocks"])
    assert "Your leads can see your own figures" in after
    team = blocks_text(ask(lead_bot, "team", "U9LEAD", "team")["blocks"])
    assert "Ana Agent: " in team and "Agent 3:" not in team

    lead_bot.slack.send(view_payload("view_submission", blocks.SETTINGS_VIEW, {
        blocks.TIMEZONE_INPUT: {"value": "Europe/Lisbon"}, blocks.LESSON_TIME_INPUT: {"selected_time": "09:30"},
        blocks.OPTIONS_INPUT: {"selected_options": []}}))
    lead_bot.fake.wait_for("views.publish", 2)
    assert "Ana Agent" not in blocks_text(ask(lead_bot, "team", "U9LEAD", "again")["blocks"])


def test_the_settings_form_shows_the_choice_to_share(lead_bot: SlackBot) -> None:
    ask(lead_bot, "progress", "U1ANA", "enrol")
    lead_bot.slack.command("settings", lead_bot.fake.response_url("settings"), user="U1ANA")
    form = lead_bot.fake.wait_for("views.open")[0].view
    options = next(block for block in form["blocks"] if block["block_id"] == blocks.OPTIONS_INPUT)["element"]
    assert blocks.SHARE_WITH_LEADS in [option["value"] for option in options["options"]]
    assert blocks.SHARE_WITH_LEADS not in [option["value"] for option in options.get("initial_options", [])]


@pytest.mark.parametrize("user, lead", [("U9LEAD", True), ("U1ANA", False)])
def test_the_app_home_has_a_team_section_for_leads_only(lead_bot: SlackBot, make_result, user: str, lead: bool) -> None:
    seed(lead_bot, make_result)
    lead_bot.slack.event({"type": "app_home_opened", "user": user, "channel": "D0DM", "tab": "home"}, f"Ev-{user}")
    home = lead_bot.fake.wait_for("views.publish")[0].view
    shown = blocks_text(home["blocks"])
    assert ("Your team" in shown and "6 active agents" in shown) is lead
    assert SECRET not in json.dumps(home)
    assert len(home["blocks"]) <= blocks.MAX_VIEW_BLOCKS

