"""Event callbacks (App Home, direct messages), Slack's redeliveries, and request verification."""

from __future__ import annotations

import time

import pytest

from bot.slack import blocks
from tests.fake_slack import TEAM, SlackBot, blocks_of, blocks_text, dm_event, event_callback, post, signed_headers

DRAFT = "As I already said, you should have checked the tracking page. Someone will look into it."
ANA = f"slack:{TEAM}:U1ANA"
BEN = f"slack:{TEAM}:U2BEN"


def home_opened(user: str, tab: str = "home") -> dict:
    return {"type": "app_home_opened", "user": user, "channel": "D0DM", "tab": tab, "event_ts": "1700000000.1"}


def test_opening_the_home_tab_enrols_and_shows_only_the_viewers_progress(slack_bot: SlackBot) -> None:
    slack_bot.slack.command(DRAFT, slack_bot.fake.response_url("ana"), user="U1ANA")
    slack_bot.fake.wait_for("response:ana")

    reply = slack_bot.slack.event(home_opened("U2BEN"), "Ev1")
    assert reply.status == 200
    home = slack_bot.fake.wait_for("views.publish")[0]
    shown = blocks_text(home.view["blocks"])
    assert home.params["user_id"] == "U2BEN"
    assert "no checks in the last 7 days" in shown and "America/Chicago" in shown
    assert slack_bot.store.user_settings(BEN).timezone == "America/Chicago"

    slack_bot.slack.event(home_opened("U1ANA"), "Ev2")
    ana_home = slack_bot.fake.wait_for("views.publish", 2)[1]
    assert ana_home.params["user_id"] == "U1ANA" and "1 check in the last 7 days" in blocks_text(ana_home.view["blocks"])


def test_opening_the_messages_tab_enrols_without_publishing(slack_bot: SlackBot) -> None:
    slack_bot.slack.event(home_opened("U2BEN", tab="messages"), "Ev1")
    slack_bot.fake.wait_for("users.info")
    slack_bot.settle()
    assert slack_bot.fake.calls_to("views.publish") == []
    assert slack_bot.store.user_settings(BEN) is not None
    slack_bot.slack.event(home_opened("U1ANA"), "Ev2")  # the Home tab itself does publish
    assert [call.params["user_id"] for call in slack_bot.fake.wait_for("views.publish")] == ["U1ANA"]


def test_a_draft_sent_by_direct_message_is_answered_in_the_dm(slack_bot: SlackBot) -> None:
    slack_bot.slack.event(dm_event(DRAFT), "Ev1")
    posted = slack_bot.fake.wait_for("chat.postMessage")[0].params
    assert posted["channel"] == "D0DM" and "Empathy score" in posted["text"]
    assert slack_bot.store.count_checks(ANA) == 1


@pytest.mark.parametrize(("text", "expected"), [("help", "/empathy progress"), ("settings", "Lesson settings"),
                                                ("progress", "no checks"), ("<@U0BOT>", "only a mention")])
def test_direct_message_words(slack_bot: SlackBot, text: str, expected: str) -> None:
    slack_bot.slack.event(dm_event(text), "Ev1")
    posted = slack_bot.fake.wait_for("chat.postMessage")[0].params
    assert expected in blocks_text(posted["blocks"])
    assert slack_bot.store.count_checks(ANA) == 0


@pytest.mark.parametrize(
    "event",
    [
        dm_event(DRAFT) | {"subtype": "message_changed"},
        dm_event(DRAFT) | {"bot_id": "B0OTHER"},
        dm_event(DRAFT, user="U0BOT"),
        dm_event(DRAFT) | {"channel_type": "channel"},
    ],
)
def test_edits_bots_and_other_channels_are_ignored(slack_bot: SlackBot, event: dict) -> None:
    slack_bot.slack.event(event, "Ev1")
    slack_bot.slack.event(dm_event("help", user="U2BEN"), "Ev2")  # a barrier: answered after the first
    posted = slack_bot.fake.wait_for("chat.postMessage")
    assert [call.params["text"] for call in posted] == ["How to use Empathy Coach"]
    assert slack_bot.store.count_checks(ANA) == 0


def test_a_retried_event_never_posts_or_records_twice(slack_bot: SlackBot) -> None:
    assert slack_bot.slack.event(dm_event(DRAFT), "EvSAME").status == 200
    slack_bot.fake.wait_for("chat.postMessage")
    for attempt in (1, 2):
        assert slack_bot.slack.event(dm_event(DRAFT), "EvSAME", retry=attempt).status == 200
    slack_bot.slack.event(dm_event("help", ts="1700000001.000200"), "EvOTHER")  # barrier
    posted = slack_bot.fake.wait_for("chat.postMessage", 2)
    assert [call.params["text"][:14] for call in posted] == ["Empathy score ", "How to use Emp"]
    assert slack_bot.store.count_checks(ANA) == 1
    rows = slack_bot.store.db.execute("SELECT id FROM handled_events ORDER BY id").fetchall()
    assert rows == [("slack:EvOTHER",), ("slack:EvSAME",)]


def test_url_verification_is_answered(slack_bot: SlackBot) -> None:
    reply = slack_bot.slack.send('{"type": "url_verification", "challenge": "abc123", "token": "x"}', json_body=True)
    assert reply.status == 200 and reply.json() == {"challenge": "abc123"}


@pytest.mark.parametrize(
    "headers",
    [
        pytest.param(lambda body: {}, id="no signature headers"),
        pytest.param(lambda body: {"X-Slack-Request-Timestamp": str(int(time.time()))}, id="no signature"),
        pytest.param(lambda body: signed_headers(body, secret="not-the-secret"), id="wrong secret"),
        pytest.param(lambda body: signed_headers(body + " "), id="signature of another body"),
        pytest.param(lambda body: signed_headers(body, timestamp=int(time.time()) - 301), id="older than 5 minutes"),
        pytest.param(lambda body: signed_headers(body) | {"X-Slack-Signature": "v0=zz"}, id="malformed signature"),
    ],
)
def test_unverified_requests_get_401_and_do_nothing(slack_bot: SlackBot, headers) -> None:
    from tests.fake_slack import slash_command

    body = slash_command(DRAFT, slack_bot.fake.response_url("never"))
    reply = post(slack_bot.slack.events_url, body, "application/x-www-form-urlencoded", headers(body))
    assert reply.status == 401
    event = event_callback(dm_event(DRAFT), "EvFORGED")
    assert post(slack_bot.slack.events_url, event, "application/json", headers(event)).status == 401
    assert slack_bot.fake.calls == []
    assert slack_bot.store.db.execute("SELECT count(*) FROM users").fetchone() == (0,)
    assert slack_bot.store.db.execute("SELECT count(*) FROM handled_events").fetchone() == (0,)


def test_health_check_needs_no_signature(slack_bot: SlackBot) -> None:
    import urllib.request

    with urllib.request.urlopen(f"{slack_bot.url}/healthz", timeout=10) as response:
        assert response.status == 200


def test_forget_me_in_a_dm_asks_first_like_the_command(slack_bot: SlackBot) -> None:
    slack_bot.slack.event(dm_event(DRAFT), "Ev1")
    slack_bot.fake.wait_for("chat.postMessage")
    slack_bot.slack.event(dm_event("forget-me", ts="1700000001.000200"), "Ev2")
    confirm = slack_bot.fake.wait_for("chat.postMessage", 2)[1].params
    assert confirm["channel"] == "D0DM" and blocks.FORGET_CONFIRM in str(confirm["blocks"])
    assert "1 check" in blocks_text(confirm["blocks"])
    assert slack_bot.store.count_checks(ANA) == 1  # nothing deleted until confirmed


def test_handled_event_ids_survive_a_restart_and_expire_after_a_day(tmp_path, coach_clock) -> None:
    from bot.store import Store

    path = tmp_path / "coach.db"
    with Store.open(path, clock=coach_clock) as store:
        assert store.claim_event("slack:Ev1") is True
        assert store.claim_event("slack:Ev1") is False
    with Store.open(path, clock=coach_clock) as restarted:
        assert restarted.claim_event("slack:Ev1") is False
        coach_clock.advance(days=1, seconds=1)
        restarted.claim_event("slack:Ev2")  # any claim prunes ids older than a day
        assert restarted.db.execute("SELECT id FROM handled_events").fetchall() == [("slack:Ev2",)]


def test_a_draft_sent_in_a_dm_thread_is_answered_in_that_thread(slack_bot: SlackBot) -> None:
    slack_bot.slack.event(dm_event(DRAFT) | {"thread_ts": "1699999999.000100"}, "Ev1")
    posted = slack_bot.fake.wait_for("chat.postMessage")[0].params
    assert posted["thread_ts"] == "1699999999.000100" and "Empathy score" in posted["text"]
    slack_bot.slack.event(dm_event("help", ts="1700000001.000200"), "Ev2")  # outside a thread: the main timeline
    assert "thread_ts" not in slack_bot.fake.wait_for("chat.postMessage", 2)[1].params


def test_the_first_messages_tab_open_greets_once(slack_bot: SlackBot) -> None:
    for event_id in ("Ev1", "Ev2"):
        slack_bot.slack.event(home_opened("U2BEN", tab="messages") | {"channel": "DU2BEN"}, event_id)
        slack_bot.settle()
    [greeting] = slack_bot.fake.calls_to("chat.postMessage")
    assert greeting.params["channel"] == "DU2BEN" and greeting.params["text"].startswith("Hi, I'm Empathy Coach")
    assert "/empathy practice" in blocks_text(blocks_of(greeting.params))


def test_someone_who_already_wrote_to_the_app_is_not_greeted(slack_bot: SlackBot) -> None:
    slack_bot.slack.event(dm_event(DRAFT) | {"channel": "DU1ANA"}, "Ev1")
    slack_bot.fake.wait_for("chat.postMessage")
    slack_bot.slack.event(home_opened("U1ANA", tab="messages") | {"channel": "DU1ANA"}, "Ev2")
    slack_bot.fake.wait_for("conversations.history")
    slack_bot.settle()
    assert len(slack_bot.fake.calls_to("chat.postMessage")) == 1
