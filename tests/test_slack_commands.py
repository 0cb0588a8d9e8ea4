"""``/empathy`` over real signed HTTP: drafts, subcommands, the check modal, and drafts that can't be checked."""

from __future__ import annotations

import json
from itertools import count

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.slack import blocks, check_blocks
from tests.fake_slack import TEAM, SlackBot, blocks_text, copyable_text

DRAFT = "As I already said, you should have checked the tracking page. Someone will look into it."
ANA = f"slack:{TEAM}:U1ANA"
FUZZ_NAMES = count()


def test_a_draft_gets_an_ephemeral_result_with_the_rewrite_and_is_recorded(slack_bot: SlackBot) -> None:
    reply = slack_bot.slack.command(DRAFT, slack_bot.fake.response_url("draft"))
    assert (reply.status, reply.body) == (200, "")

    posted = slack_bot.fake.wait_for("response:draft")[0].params
    assert posted["response_type"] == "ephemeral" and posted["replace_original"] is False
    shown = blocks_text(posted["blocks"])
    assert "Empathy score" in posted["text"] and "Findings" in shown
    rewrite = copyable_text(posted["blocks"])
    assert "tracking page" in rewrite and "As I already said" not in rewrite
    buttons = [element["action_id"] for block in posted["blocks"] if block["type"] == "actions"
               for element in block["elements"]]
    assert buttons == [check_blocks.ANOTHER_VERSION, check_blocks.WHY, check_blocks.HELPFUL, check_blocks.NOT_HELPFUL]

    assert slack_bot.store.count_checks(ANA) == 1
    assert slack_bot.store.user_settings(ANA).timezone == "Europe/Lisbon"  # enrolled from users.info


def test_the_bot_calls_slack_with_its_bot_token(slack_bot: SlackBot) -> None:
    slack_bot.slack.command(DRAFT, slack_bot.fake.response_url("token"))
    slack_bot.fake.wait_for("response:token")
    assert {call.authorization for call in slack_bot.fake.calls_to("users.info")} == {"Bearer xoxb-test-token"}


def test_a_known_user_is_not_looked_up_again(slack_bot: SlackBot) -> None:
    for name in ("first", "second"):
        slack_bot.slack.command(DRAFT, slack_bot.fake.response_url(name))
        slack_bot.fake.wait_for(f"response:{name}")
    assert len(slack_bot.fake.calls_to("users.info")) == 1
    assert slack_bot.store.count_checks(ANA) == 2


def test_answers_and_web_api_calls_share_one_connection_to_slack(slack_bot: SlackBot) -> None:
    """A connection per answer would cost a TLS handshake each time, on the loop that sends everyone's acks."""
    for name in ("first", "second", "third"):
        slack_bot.slack.command(DRAFT, slack_bot.fake.response_url(name))
        slack_bot.fake.wait_for(f"response:{name}")
        slack_bot.settle()
    calls = slack_bot.fake.calls
    assert {"auth.test", "users.info", "response:first", "response:third"} <= {call.method for call in calls}
    assert len({call.connection for call in calls}) == 1


@pytest.mark.parametrize("text", ["", "   ", "check", "CHECK "])
def test_no_draft_or_check_opens_the_modal(slack_bot: SlackBot, text: str) -> None:
    slack_bot.slack.command(text, slack_bot.fake.response_url("modal"), trigger="trig-42")
    opened = slack_bot.fake.wait_for("views.open")[0]
    view = opened.view
    assert opened.params["trigger_id"] == "trig-42"
    assert view["callback_id"] == check_blocks.CHECK_VIEW
    assert json.loads(view["private_metadata"]) == {"response_url": slack_bot.fake.response_url("modal")}
    # The modal is opened before the (slower) profile lookup that enrols the user.
    slack_bot.fake.wait_for("users.info")
    methods = [call.method for call in slack_bot.fake.calls]
    assert methods.index("views.open") < methods.index("users.info")
    assert slack_bot.store.count_checks(ANA) == 0


def test_help_lists_every_subcommand(slack_bot: SlackBot) -> None:
    slack_bot.slack.command("help", slack_bot.fake.response_url("help"))
    shown = blocks_text(slack_bot.fake.wait_for("response:help")[0].params["blocks"])
    for word in ("progress", "settings", "forget-me", "check"):
        assert f"/empathy {word}" in shown
    assert slack_bot.store.count_checks(ANA) == 0


def test_progress_shows_the_users_own_checks(slack_bot: SlackBot) -> None:
    slack_bot.slack.command(DRAFT, slack_bot.fake.response_url("check"))
    slack_bot.fake.wait_for("response:check")
    slack_bot.slack.command("progress", slack_bot.fake.response_url("progress"))
    shown = blocks_text(slack_bot.fake.wait_for("response:progress")[0].params["blocks"])
    assert "1 check in the last 7 days" in shown


def test_progress_of_another_user_is_never_shown(slack_bot: SlackBot) -> None:
    slack_bot.slack.command(DRAFT, slack_bot.fake.response_url("ana"), user="U1ANA")
    slack_bot.fake.wait_for("response:ana")
    slack_bot.slack.command("progress", slack_bot.fake.response_url("ben"), user="U2BEN")
    shown = blocks_text(slack_bot.fake.wait_for("response:ben")[0].params["blocks"])
    assert "no checks in the last 7 days" in shown


def test_only_exact_words_are_subcommands(slack_bot: SlackBot) -> None:
    slack_bot.slack.command("help me with your refund, it is on its way", slack_bot.fake.response_url("draft"))
    posted = slack_bot.fake.wait_for("response:draft")[0].params
    assert "Empathy score" in posted["text"]
    assert slack_bot.store.count_checks(ANA) == 1


def test_settings_opens_the_form_then_fills_in_the_profile_timezone(slack_bot: SlackBot) -> None:
    slack_bot.slack.command("settings", slack_bot.fake.response_url("settings"))
    assert slack_bot.fake.wait_for("views.open")[0].view["callback_id"] == blocks.SETTINGS_VIEW
    updated = slack_bot.fake.wait_for("views.update")[0]
    view = updated.view
    timezone = next(block for block in view["blocks"] if block["block_id"] == blocks.TIMEZONE_INPUT)
    assert timezone["element"]["initial_value"] == "Europe/Lisbon"
    assert updated.params["view_id"].startswith("V")


def test_settings_of_a_known_user_open_with_their_timezone(slack_bot: SlackBot) -> None:
    slack_bot.slack.command(DRAFT, slack_bot.fake.response_url("check"))
    slack_bot.fake.wait_for("response:check")
    slack_bot.slack.command("settings", slack_bot.fake.response_url("settings"))
    view = slack_bot.fake.wait_for("views.open")[0].view
    assert "Europe/Lisbon" in json.dumps(view)
    assert slack_bot.fake.calls_to("views.update") == []


def test_forget_me_asks_first_and_a_stranger_hears_nothing_is_stored(slack_bot: SlackBot) -> None:
    slack_bot.slack.command("forget-me", slack_bot.fake.response_url("stranger"))
    assert "Nothing is stored" in slack_bot.fake.wait_for("response:stranger")[0].params["text"]
    assert slack_bot.fake.calls_to("users.info") == []  # asking to be forgotten doesn't enrol anyone

    slack_bot.slack.command(DRAFT, slack_bot.fake.response_url("check"))
    slack_bot.fake.wait_for("response:check")
    slack_bot.slack.command("forget-me", slack_bot.fake.response_url("forget"))
    posted = slack_bot.fake.wait_for("response:forget")[0].params
    assert "1 check" in blocks_text(posted["blocks"])
    assert blocks.FORGET_CONFIRM in json.dumps(posted["blocks"])
    assert slack_bot.store.count_checks(ANA) == 1  # nothing deleted until confirmed


@pytest.mark.parametrize(
    ("draft", "expected"),
    [
        ("x" * 40_000, "40,000 characters"),
        ("<@U2BEN>", "only a mention"),
        ("<@U2BEN> <!here>", "only a mention"),
    ],
)
def test_drafts_that_cant_be_checked_get_a_clear_ephemeral_message(
    slack_bot: SlackBot, draft: str, expected: str
) -> None:
    slack_bot.slack.command(draft, slack_bot.fake.response_url("bad"))
    posted = slack_bot.fake.wait_for("response:bad")[0].params
    assert expected in posted["text"] and posted["response_type"] == "ephemeral"
    assert slack_bot.store.count_checks(ANA) == 0


def test_slack_markup_is_read_as_the_customer_will_see_it(slack_bot: SlackBot) -> None:
    draft = ("As I already said, &lt;Sorry&gt; <@U2BEN> your order <https://shop.example/o/123|#123> ships on 12 May &amp; "
             "I'll email you the tracking link today.")
    slack_bot.slack.command(draft, slack_bot.fake.response_url("markup"))
    posted = slack_bot.fake.wait_for("response:markup")[0].params
    rewrite = copyable_text(posted["blocks"])
    for fact in ("<https://shop.example/o/123|#123>", "12 May", "<@U2BEN>"):
        assert fact in rewrite
    assert "&lt;" not in rewrite
    assert "<Sorry>" not in blocks_text([b for b in posted["blocks"] if b["type"] == "section"])


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=300))
def test_any_text_gets_exactly_one_answer(slack_bot: SlackBot, text: str) -> None:
    name = f"fuzz{next(FUZZ_NAMES)}"
    reply = slack_bot.slack.command(text, slack_bot.fake.response_url(name))
    assert reply.status == 200
    if text.strip() and text.strip().lower() not in ("check", "settings"):
        posted = slack_bot.fake.wait_for(f"response:{name}")[0].params
        assert posted["response_type"] == "ephemeral" and posted["text"]
        slack_bot.settle()
        assert len(slack_bot.fake.calls_to(f"response:{name}")) == 1


def test_a_failure_on_our_side_is_reported_to_the_agent(slack_bot: SlackBot) -> None:
    slack_bot.store.db.execute("ALTER TABLE users RENAME TO users_gone")  # every read and write now fails
    slack_bot.slack.command(DRAFT, slack_bot.fake.response_url("broken"))
    posted = slack_bot.fake.wait_for("response:broken")[0].params
    assert "problem on the coach's side" in posted["text"] and posted["response_type"] == "ephemeral"
