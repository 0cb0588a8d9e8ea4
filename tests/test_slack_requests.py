"""What reaches ``/slack/events`` before any listener: 401 for what Slack didn't sign (nothing parsed, one log line),
400 or 413 for a signed body Slack wouldn't send, and a replayed request acknowledged but never acted on."""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import threading
import time
import urllib.error
import urllib.request
from itertools import count
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from slack_bolt.async_app import AsyncAck

from bot.server import create_app
from bot.settings import Settings
from bot.slack import check_blocks, flows
from bot.slack.app import BOLT_APP
from bot.slack.signed import MAX_AGE_SECONDS, Refused, SignedRequests
from tests.conftest import FakeClock
from tests.fake_slack import (
    SECRET,
    TEAM,
    Reply,
    SlackBot,
    SlackClient,
    block_action,
    dm_event,
    event_callback,
    fake_slack,
    finish_pending_work,
    form,
    shared_store,
    signed_headers,
    slash_command,
)
from tests.loopback import serve

DRAFT = "As I already said, you should have checked the tracking page. Someone will look into it."
ANA = f"slack:{TEAM}:U1ANA"
NAMES = count()


def send_bytes(bot: SlackBot, body: bytes, content_type: str, headers: dict[str, str]) -> Reply:
    request = urllib.request.Request(bot.slack.events_url, body, {"Content-Type": content_type, **headers},
                                     method="POST")
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return Reply(response.status, response.read().decode())
    except urllib.error.HTTPError as error:
        return Reply(error.code, error.read().decode())


def signed_bytes(body: bytes, timestamp: int | None = None) -> dict[str, str]:
    """Headers signing these exact bytes, UTF-8 or not, as Slack's signing secret would."""
    stamp = str(int(time.time()) if timestamp is None else timestamp)
    digest = hmac.new(SECRET.encode(), b"v0:" + stamp.encode() + b":" + body, hashlib.sha256).hexdigest()
    return {"X-Slack-Request-Timestamp": stamp, "X-Slack-Signature": f"v0={digest}"}


def nothing_done(bot: SlackBot) -> bool:
    bot.settle()
    users = bot.store.db.execute("SELECT count(*) FROM users").fetchone()[0]
    events = bot.store.db.execute("SELECT count(*) FROM handled_events").fetchone()[0]
    return bot.fake.calls == [] and users == 0 and events == 0


def refusals(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    return [record for record in caplog.records if "Refused a" in record.getMessage()]


NOW = str(int(time.time()))
UNSIGNED = [
    pytest.param(b"null", "application/json", {}, id="JSON null, no headers"),
    pytest.param(b"null", "application/json", {"X-Slack-Request-Timestamp": NOW, "X-Slack-Signature": "v0=00"},
                 id="JSON null, wrong signature"),
    pytest.param(b"payload=notjson", "application/x-www-form-urlencoded",
                 {"X-Slack-Request-Timestamp": NOW, "X-Slack-Signature": "v0=00"}, id="payload that is not JSON"),
    pytest.param(b"{}", "application/json", {"X-Slack-Request-Timestamp": "soon", "X-Slack-Signature": "v0=00"},
                 id="timestamp not a number"),
    pytest.param(b"{}", "application/json", {"X-Slack-Request-Timestamp": "9" * 40, "X-Slack-Signature": "v0=00"},
                 id="timestamp of 40 digits"),
    pytest.param(b"{}", "application/json", {"X-Slack-Request-Timestamp": "-1", "X-Slack-Signature": "v0=00"},
                 id="negative timestamp"),
    pytest.param(b"\xff\xfe", "application/json", {"X-Slack-Request-Timestamp": NOW, "X-Slack-Signature": "v0=00"},
                 id="invalid UTF-8"),
    pytest.param(b"abcd", "text/plain", {}, id="four bytes of text"),
    pytest.param(b"", "application/json", {}, id="empty"),
]


@pytest.mark.parametrize(("body", "content_type", "headers"), UNSIGNED)
def test_unsigned_requests_of_any_shape_get_401_with_one_log_line_and_nothing_parsed(
    slack_bot: SlackBot, caplog: pytest.LogCaptureFixture, body: bytes, content_type: str, headers: dict[str, str]
) -> None:
    caplog.set_level(logging.INFO)
    reply = send_bytes(slack_bot, body, content_type, headers)
    assert reply.status == 401
    assert nothing_done(slack_bot)
    [refusal] = refusals(caplog)
    assert refusal.levelno == logging.WARNING and refusal.exc_info is None and "\n" not in refusal.getMessage()
    assert not [record for record in caplog.records if record.exc_info or record.levelno >= logging.ERROR]


def test_a_flood_of_unsigned_requests_writes_one_short_line_each(slack_bot: SlackBot, caplog) -> None:
    caplog.set_level(logging.INFO)
    for _ in range(50):
        assert send_bytes(slack_bot, b"null", "application/json", {}).status == 401
    lines = [record.getMessage() for record in caplog.records]
    assert len(lines) == 50 and all(len(line) < 200 for line in lines)


SIGNED_MALFORMED = [
    pytest.param(b"null", "application/json", id="JSON null"),
    pytest.param(b"[1, 2]", "application/json", id="JSON list"),
    pytest.param(b"{not json", "application/json", id="not JSON"),
    pytest.param(b"[" * 5000 + b"]" * 5000, "application/json", id="deeply nested"),
    pytest.param(b"payload=notjson", "application/x-www-form-urlencoded", id="payload not JSON"),
    pytest.param(b"payload=%5B1%5D", "application/x-www-form-urlencoded", id="payload a list"),
    pytest.param(b"payload=null", "application/x-www-form-urlencoded", id="payload null"),
    pytest.param(b"\xff\xfe{}", "application/json", id="invalid UTF-8"),
    pytest.param(b"command=/empathy", "text/plain", id="unknown content type"),
    pytest.param(b"", "application/x-www-form-urlencoded", id="empty form"),
    pytest.param(b'{"type": "event_callback", "event": null, "authorizations": [null]}', "application/json",
                 id="event null"),
    pytest.param(b'{"type": "block_actions", "team": "T0TEAM", "user": 7}', "application/json",
                 id="team and user not objects"),
]


@pytest.mark.parametrize(("body", "content_type"), SIGNED_MALFORMED)
def test_signed_requests_slack_would_never_send_get_400_and_do_nothing(
    slack_bot: SlackBot, caplog: pytest.LogCaptureFixture, body: bytes, content_type: str
) -> None:
    reply = send_bytes(slack_bot, body, content_type, signed_bytes(body))
    assert reply.status == 400 and reply.json()["error"]
    assert nothing_done(slack_bot)
    assert not [record for record in caplog.records if record.exc_info]


def test_a_body_over_a_mebibyte_gets_413(slack_bot: SlackBot) -> None:
    body = slash_command("x" * (1024**2 + 1), slack_bot.fake.response_url("big")).encode()
    assert send_bytes(slack_bot, body, "application/x-www-form-urlencoded", signed_bytes(body)).status == 413
    assert nothing_done(slack_bot)


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=8),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=8), children, max_size=3),
    max_leaves=8,
)
KNOWN_KEYS = st.sampled_from(["type", "event", "user", "team", "actions", "view", "command", "user_id", "channel",
                              "authorizations", "team_id", "enterprise", "callback_id", "response_url", "container",
                              "message", "trigger_id", "text", "api_app_id", "event_id", "channel_type"])
KNOWN_TYPES = st.sampled_from(["event_callback", "block_actions", "view_submission", "view_closed", "shortcut",
                               "message_action", "url_verification", "app_rate_limited", "block_suggestion",
                               "interactive_message", "message", "app_home_opened", "app_uninstalled"])
PAYLOADS = st.dictionaries(KNOWN_KEYS, JSON_VALUES | KNOWN_TYPES, max_size=6)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(payload=PAYLOADS, as_form=st.booleans())
def test_no_signed_payload_of_any_shape_gets_a_5xx(slack_bot: SlackBot, payload: dict, as_form: bool) -> None:
    payload = {**payload, "response_url": slack_bot.fake.response_url(f"fuzz-{next(NAMES)}")} if "response_url" in \
        payload else payload
    body = form({"payload": json.dumps(payload)}) if as_form else json.dumps(payload)
    content_type = "application/x-www-form-urlencoded" if as_form else "application/json"
    reply = send_bytes(slack_bot, body.encode(), content_type, signed_bytes(body.encode()))
    assert reply.status < 500, reply


def test_a_signed_old_style_button_press_without_its_actions_is_refused_with_400(slack_bot: SlackBot) -> None:
    payload = {"type": "interactive_message", "channel": "C1", "user": "U1", "team": "T1", "callback_id": "check"}
    body = form({"payload": json.dumps(payload)})
    reply = send_bytes(slack_bot, body.encode(), "application/x-www-form-urlencoded", signed_bytes(body.encode()))
    assert reply.status == 400, reply


# Replays -----------------------------------------------------------------------------------------------------


def test_a_replayed_command_is_acknowledged_but_acted_on_once(slack_bot: SlackBot) -> None:
    body = slash_command(DRAFT, slack_bot.fake.response_url("once"))
    headers = signed_headers(body)
    replies = [send_bytes(slack_bot, body.encode(), "application/x-www-form-urlencoded", headers) for _ in range(3)]
    assert [reply.status for reply in replies] == [200, 200, 200]
    slack_bot.settle()
    assert len(slack_bot.fake.calls_to("response:once")) == 1
    assert slack_bot.store.count_checks(ANA) == 1


def test_a_replayed_button_press_and_event_do_nothing_again(slack_bot: SlackBot) -> None:
    event = event_callback(dm_event(DRAFT), "EvONCE")
    event_headers = signed_headers(event)
    for _ in range(2):
        assert send_bytes(slack_bot, event.encode(), "application/json", event_headers).status == 200
    slack_bot.fake.wait_for("chat.postMessage")
    [check_id] = [row[0] for row in slack_bot.store.db.execute("SELECT id FROM checks")]
    press = block_action(check_blocks.ANOTHER_VERSION, str(check_id), slack_bot.fake.response_url("press"))
    press_headers = signed_headers(press)
    for _ in range(2):
        assert send_bytes(slack_bot, press.encode(), "application/x-www-form-urlencoded", press_headers).status == 200
    slack_bot.settle()
    assert len(slack_bot.fake.calls_to("chat.postMessage")) == 1
    assert len(slack_bot.fake.calls_to("response:press")) == 1
    assert slack_bot.store.count_checks(ANA) == 1


def test_the_same_body_signed_again_by_slack_is_a_new_request(slack_bot: SlackBot) -> None:
    """Only the exact signature is remembered: Slack signing the same words afresh (another second) is acted on."""
    body = slash_command(DRAFT, slack_bot.fake.response_url("twice"))
    now = int(time.time())
    for stamp in (now - 1, now):
        reply = send_bytes(slack_bot, body.encode(), "application/x-www-form-urlencoded", signed_headers(body,
                                                                                                       timestamp=stamp))
        assert reply.status == 200
    slack_bot.fake.wait_for("response:twice", 2)
    assert slack_bot.store.count_checks(ANA) == 2


@pytest.mark.parametrize(("offset", "accepted"), [
    (-MAX_AGE_SECONDS - 1, False),
    (-MAX_AGE_SECONDS, True),
    (0, True),
    (MAX_AGE_SECONDS, True),
    (MAX_AGE_SECONDS + 1, False),
    (24 * 60 * 60, False),
])
def test_a_signed_request_counts_only_within_five_minutes_of_now_either_way(offset: int, accepted: bool) -> None:
    """A timestamp ahead of the clock is as stale as one behind it: accepted, it could be replayed for as long
    as whoever captured the request had chosen."""
    now = 1_700_000_000
    requests = SignedRequests(SECRET, clock=lambda: float(now))
    body = b"command=%2Fempathy&text=hello"
    headers = signed_bytes(body, now + offset)
    if accepted:
        assert requests.verify(headers, body) == f"{now + offset}:{headers['X-Slack-Signature']}"
    else:
        with pytest.raises(Refused, match="more than five minutes from now") as refused:
            requests.verify(headers, body)
        assert refused.value.status == 401


def test_a_signature_is_remembered_exactly_as_long_as_it_could_be_replayed() -> None:
    clock = [1_700_000_000.0]
    requests = SignedRequests(SECRET, clock=lambda: clock[0])
    body = b"command=%2Fempathy&text=hello"
    key = requests.verify(signed_bytes(body, int(clock[0])), body)
    assert requests.first_use(key) is True
    clock[0] += MAX_AGE_SECONDS
    assert requests.first_use(requests.verify(signed_bytes(body, int(clock[0]) - MAX_AGE_SECONDS), body)) is False
    clock[0] += 2
    with pytest.raises(Refused) as refused:
        requests.verify(signed_bytes(body, int(clock[0]) - MAX_AGE_SECONDS - 2), body)
    assert refused.value.status == 401


def test_a_draft_mentioning_a_payload_is_still_a_draft(slack_bot: SlackBot) -> None:
    slack_bot.slack.command("Your payload is stuck at the depot, you should have checked.",
                            slack_bot.fake.response_url("payload"))
    posted = slack_bot.fake.wait_for("response:payload")[0].params
    assert "Empathy score" in posted["text"]


def test_work_after_an_ack_starts_only_once_slack_has_the_ack(tmp_path: Path, coach_clock: FakeClock) -> None:
    """A listener that keeps the event loop busy right after its ack (a long check, say) can't hold the ack
    back: the answer is written before the listener goes on. Here the work blocks the loop until the client has
    its answer, or gives up after ten seconds if it never comes."""
    answered, waited = threading.Event(), []

    async def blocking(ack: AsyncAck) -> None:
        await ack()
        waited.append(answered.wait(10))

    with fake_slack() as fake:
        settings = Settings.from_env({"HOME": str(tmp_path), "COACH_DB": str(tmp_path / "coach.db"),
                                      "SLACK_BOT_TOKEN": "xoxb-test-token", "SLACK_SIGNING_SECRET": SECRET,
                                      "SLACK_API_URL": f"{fake.url}/api/"})
        with shared_store(tmp_path / "coach.db", coach_clock) as store:
            app = create_app(settings, store=store)
            app[BOLT_APP].command("/blocking")(flows.guarded(blocking))
            with serve(app) as server:
                body = slash_command(DRAFT, fake.response_url("blocking")).replace("%2Fempathy", "%2Fblocking")
                reply = SlackClient(f"{server.url}/slack/events").send(body)
                answered.set()
                server.call(finish_pending_work)
    assert reply.status == 200
    assert waited == [True]
