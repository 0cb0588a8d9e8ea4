"""Every request shape Slack and Microsoft document for what the app subscribes to (and a few it doesn't) gets a 2xx
or a deliberate 4xx, and never a traceback in the log.

The shapes are written from the fields Slack's reference (slash commands, the Events API, interaction payloads,
Enterprise Grid) and Microsoft's (Bot Framework activities, Teams conversation and installation updates, message
extensions, reactions) describe, with the optional fields left out where the documentation says they may be.
Slack's are really signed; Teams' go to the server in Emulator mode, with replies caught by a fake connector.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from bot.server import create_app
from bot.settings import Settings
from bot.store import Store
from tests.fake_bot_framework import EMULATOR, TENANT, USER_AAD, FakeConnector, post
from tests.fake_slack import BOT_USER, TEAM, SlackBot, form, interaction
from tests.loopback import serve

USER = "U1ANA"
ENTERPRISE = {"id": "E0GRID", "name": "Grid"}
DRAFT = "As I already said, you should have checked the tracking page. Someone will look into it."


def tracebacks(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [record.getMessage() for record in caplog.records if record.exc_info or record.levelno >= logging.ERROR]


# Slack ---------------------------------------------------------------------------------------------------------


def command(**fields: str) -> tuple[str, bool]:
    base = {"token": "legacy", "team_id": TEAM, "team_domain": "acme", "channel_id": "C0CHAN", "channel_name": "support",
            "user_id": USER, "user_name": "ana", "command": "/empathy", "text": "help",
            "response_url": "RESPONSE_URL", "trigger_id": "13345224609.738474920.8088930838d88f008e0"}
    return form({name: value for name, value in (base | fields).items() if value is not None}), False


def event(inner: dict[str, Any], **envelope: Any) -> tuple[str, bool]:
    body = {"token": "legacy", "team_id": TEAM, "api_app_id": "A0APP", "event": inner, "type": "event_callback",
            "event_id": f"Ev{abs(hash(json.dumps(inner, sort_keys=True))) % 10**8}", "event_time": 1700000000,
            "authorizations": [{"enterprise_id": None, "team_id": TEAM, "user_id": BOT_USER, "is_bot": True,
                                "is_enterprise_install": False}],
            "is_ext_shared_channel": False, "event_context": "4-eyJldCI6Im1lc3NhZ2UifQ"}
    return json.dumps(body | envelope), True


def im(**fields: Any) -> dict[str, Any]:
    return {"type": "message", "channel": "D0DM", "channel_type": "im", "user": USER, "text": "help",
            "ts": "1700000000.000200", "event_ts": "1700000000.000200", "client_msg_id": "5a1f1b3e"} | fields


def payload(kind: str, **fields: Any) -> tuple[str, bool]:
    body = {"type": kind, "team": {"id": TEAM, "domain": "acme"}, "user": {"id": USER, "username": "ana",
            "team_id": TEAM}, "api_app_id": "A0APP", "token": "legacy", "trigger_id": "trig-doc",
            "is_enterprise_install": False, "enterprise": None}
    return interaction({name: value for name, value in (body | fields).items() if value is not ...}), False


def button(action_id: str, **fields: Any) -> dict[str, Any]:
    return {"type": "button", "action_id": action_id, "block_id": "b1", "text": {"type": "plain_text", "text": "Go"},
            "action_ts": "1700000000.1"} | fields


EPHEMERAL = {"type": "message", "message_ts": "1700000000.000300", "channel_id": "C0CHAN", "is_ephemeral": True}
HOME = {"id": "VHOME", "team_id": TEAM, "type": "home", "blocks": [], "private_metadata": "", "callback_id": "",
        "state": {"values": {}}, "hash": "h", "app_id": "A0APP", "bot_id": "B0BOT"}


def modal(callback_id: str, values: dict[str, Any] | None = None, metadata: str = "") -> dict[str, Any]:
    return HOME | {"id": "VMODAL", "type": "modal", "callback_id": callback_id, "private_metadata": metadata,
                   "state": {"values": values or {}}, "title": {"type": "plain_text", "text": "Form"}}


SLACK: dict[str, Callable[[], tuple[str, bool]]] = {
    "slash command, every documented field": lambda: command(api_app_id="A0APP", enterprise_id="E0GRID",
                                                             enterprise_name="Grid", is_enterprise_install="false"),
    "slash command without api_app_id": lambda: command(text="practice"),
    "slash command with a draft": lambda: command(text=DRAFT),
    "slash command with no text field": lambda: command(text=None),
    "slash command from a DM": lambda: command(channel_id="D0DM", channel_name="directmessage", text="progress"),
    "slash command ssl_check": lambda: (form({"ssl_check": "1", "token": "legacy"}), False),
    "url_verification": lambda: (json.dumps({"token": "legacy", "challenge": "3eZbrw1aB", "type": "url_verification"}),
                                 True),
    "message.im": lambda: event(im()),
    "message.im with a draft": lambda: event(im(text=DRAFT)),
    "message.im in a thread": lambda: event(im(thread_ts="1699999999.000100", parent_user_id=USER)),
    "message.im with blocks and no text": lambda: event(im(text="", blocks=[{"type": "rich_text", "elements": []}])),
    "message.im edited": lambda: event(im(subtype="message_changed", hidden=True, user=None, text=None,
                                          message=im(edited={"user": USER, "ts": "1700000001.0"}),
                                          previous_message=im())),
    "message.im deleted": lambda: event(im(subtype="message_deleted", hidden=True, user=None, text=None,
                                           deleted_ts="1700000000.000200")),
    "message.im from a bot": lambda: event(im(subtype="bot_message", bot_id="B0OTHER", username="other", user=None)),
    "message.im from this app": lambda: event(im(bot_id="B0BOT", user=BOT_USER)),
    "message.im with a file": lambda: event(im(subtype="file_share", files=[{"id": "F1", "name": "a.png"}])),
    "message.im thread broadcast": lambda: event(im(subtype="thread_broadcast", thread_ts="1699999999.000100")),
    "message.im /me": lambda: event(im(subtype="me_message")),
    "app_home_opened, home tab": lambda: event({"type": "app_home_opened", "user": USER, "channel": "D0DM",
                                               "event_ts": "1700000000.1", "tab": "home", "view": HOME}),
    "app_home_opened, messages tab": lambda: event({"type": "app_home_opened", "user": USER, "channel": "D0DM",
                                                   "event_ts": "1700000000.2", "tab": "messages"}),
    "app_home_opened without a tab": lambda: event({"type": "app_home_opened", "user": USER, "channel": "D0DM",
                                                   "event_ts": "1700000000.3"}),
    "app_mention (not subscribed)": lambda: event({"type": "app_mention", "user": USER, "text": f"<@{BOT_USER}> hi",
                                                  "ts": "1.2", "channel": "C0CHAN", "event_ts": "1.2"}),
    "reaction_added (not subscribed)": lambda: event({"type": "reaction_added", "user": USER, "reaction": "thumbsup",
                                                     "item": {"type": "message", "channel": "D0DM", "ts": "1.2"},
                                                     "event_ts": "1.3"}),
    "tokens_revoked": lambda: event({"type": "tokens_revoked", "tokens": {"oauth": [USER], "bot": [BOT_USER]}}),
    "app_uninstalled": lambda: event({"type": "app_uninstalled"}),
    "app_rate_limited": lambda: (json.dumps({"token": "legacy", "type": "app_rate_limited", "team_id": TEAM,
                                             "minute_rate_limited": 1518467820, "api_app_id": "A0APP"}), True),
    "Enterprise Grid event, no team_id": lambda: event(im(), team_id=None, enterprise_id="E0GRID",
                                                       authorizations=[{"enterprise_id": "E0GRID", "team_id": None,
                                                                        "user_id": BOT_USER, "is_bot": True,
                                                                        "is_enterprise_install": True}]),
    "block_actions on an ephemeral result": lambda: payload(
        "block_actions", container=EPHEMERAL, channel={"id": "C0CHAN", "name": "support"},
        response_url="RESPONSE_URL", actions=[button("another_version", value="999")]),
    "block_actions on the Home tab, no value": lambda: payload(
        "block_actions", container={"type": "view", "view_id": "VHOME"}, view=HOME,
        actions=[button("open_settings")]),
    "block_actions of an unknown button": lambda: payload(
        "block_actions", container=EPHEMERAL, response_url="RESPONSE_URL", actions=[button("retired_button")]),
    "block_actions from a select": lambda: payload(
        "block_actions", container={"type": "view", "view_id": "VMODAL"}, view=modal("lesson_settings"),
        actions=[{"type": "static_select", "action_id": "some_select", "block_id": "b2",
                  "selected_option": {"text": {"type": "plain_text", "text": "A"}, "value": "a"},
                  "action_ts": "1.5"}]),
    "block_actions, Enterprise Grid, team null": lambda: payload(
        "block_actions", team=None, enterprise=ENTERPRISE, is_enterprise_install=True,
        container={"type": "view", "view_id": "VHOME"}, view=HOME, actions=[button("open_check")]),
    "view_submission of the check form": lambda: payload(
        "view_submission", view=modal("check_reply", {"draft": {"draft": {"type": "plain_text_input",
                                                                          "value": DRAFT}}}),
        response_urls=[]),
    "view_submission of an unknown form": lambda: payload("view_submission", view=modal("retired_form")),
    "view_closed": lambda: payload("view_closed", view=modal("not_helpful_reason", metadata='{"check": 1}'),
                                   is_cleared=False),
    "message shortcut": lambda: payload(
        "message_action", callback_id="check_message", channel={"id": "C0CHAN", "name": "support"},
        message={"type": "message", "user": "U9CUSTOMER", "ts": "1.1", "text": DRAFT, "blocks": []},
        message_ts="1.1", action_ts="1.2", response_url="RESPONSE_URL", trigger_id="trig-msg"),
    "global shortcut": lambda: payload("shortcut", callback_id="check_reply_global", action_ts="1.3"),
    "unknown global shortcut": lambda: payload("shortcut", callback_id="retired_shortcut", action_ts="1.4"),
    "block_suggestion (options lookup)": lambda: payload(
        "block_suggestion", action_id="some_external_select", block_id="b3", value="lis",
        container={"type": "view", "view_id": "VMODAL"}, view=modal("lesson_settings")),
    "interactive_message (legacy attachments)": lambda: payload(
        "interactive_message", callback_id="legacy", actions=[{"name": "go", "type": "button", "value": "1"}],
        original_message={"text": "old"}, response_url="RESPONSE_URL", attachment_id="1"),
}


@pytest.mark.parametrize("build", SLACK.values(), ids=SLACK.keys())
def test_every_documented_slack_shape_is_acknowledged_without_a_traceback(
    slack_bot: SlackBot, caplog: pytest.LogCaptureFixture, build: Callable[[], tuple[str, bool]]
) -> None:
    caplog.set_level(logging.INFO)
    body, as_json = build()
    body = body.replace("RESPONSE_URL", slack_bot.fake.response_url("doc"))
    reply = slack_bot.slack.send(body, json_body=as_json)
    slack_bot.settle()
    assert reply.status == 200, reply
    assert tracebacks(caplog) == []
    failures = [call for call in slack_bot.fake.calls if "didn't work" in json.dumps(call.params)]
    assert failures == []


# Teams ---------------------------------------------------------------------------------------------------------


@pytest.fixture
def teams(tmp_path: Path, server_store: Store) -> Iterator[tuple[str, FakeConnector, str]]:
    fake = FakeConnector()
    with serve(fake.app()) as connector, serve(create_app(Settings(db_path=tmp_path / "coach.db", store_text=False,
                                                                   teams=EMULATOR), store=server_store)) as server:
        yield server.url, fake, connector.url


def teams_activity(kind: str, service_url: str, *, conversation: dict[str, Any] | None = None,
                   **fields: Any) -> dict[str, Any]:
    body = {
        "type": kind, "id": "1485983408511", "timestamp": "2025-03-10T12:00:00.000Z",
        "localTimestamp": "2025-03-10T13:00:00.000+01:00", "localTimezone": "Europe/Paris",
        "serviceUrl": service_url, "channelId": "msteams",
        "from": {"id": "29:1XJKJMvc5GBtc2JwZq0oj8tHZmzrQgFmB", "name": "Ana Agent", "aadObjectId": USER_AAD},
        "conversation": conversation or {"conversationType": "personal", "tenantId": TENANT,
                                         "id": "a:17I0kl9EkpE1O9PH5TWrzrLNwnWWcfrU7QZjKR0WSfOpzbfcAg2IaydGElSo"},
        "recipient": {"id": "28:c9e8c047-2a74-40a2-b28a-b162d5f5327c", "name": "Empathy Coach"},
        "entities": [{"locale": "en-US", "country": "US", "platform": "Windows", "type": "clientInfo"}],
        "channelData": {"tenant": {"id": TENANT}}, "locale": "en-US",
    }
    return body | fields


CHANNEL = {"isGroup": True, "conversationType": "channel", "tenantId": TENANT,
           "id": "19:abc@thread.tacv2;messageid=1481567603816"}
GROUP = {"isGroup": True, "conversationType": "groupChat", "tenantId": TENANT, "id": "19:group@thread.v2"}
TEAM_DATA = {"team": {"id": "19:team@thread.tacv2"}, "channel": {"id": "19:abc@thread.tacv2"},
             "tenant": {"id": TENANT}}
MENTION = {"type": "mention", "text": "<at>Empathy Coach</at>",
           "mentioned": {"id": "28:c9e8c047-2a74-40a2-b28a-b162d5f5327c", "name": "Empathy Coach"}}
BOT = {"id": "28:c9e8c047-2a74-40a2-b28a-b162d5f5327c"}

TEAMS: dict[str, tuple[Callable[[str], dict[str, Any]], int]] = {
    "message, personal": (lambda url: teams_activity("message", url, text="help", textFormat="plain"), 2),
    "message, a draft": (lambda url: teams_activity("message", url, text=DRAFT), 2),
    "message, channel with a mention": (lambda url: teams_activity(
        "message", url, conversation=CHANNEL, text="<at>Empathy Coach</at> help", entities=[MENTION],
        channelData=TEAM_DATA), 2),
    "message, group chat": (lambda url: teams_activity("message", url, conversation=GROUP, text="practice"), 2),
    "message, card submit": (lambda url: teams_activity("message", url, value={"action": "help"}, replyToId="x"), 2),
    "message with an image attachment": (lambda url: teams_activity(
        "message", url, text="", attachments=[{"contentType": "image/*", "contentUrl": "https://x/y.png"}]), 2),
    "conversationUpdate, bot added to a personal chat": (lambda url: teams_activity(
        "conversationUpdate", url, membersAdded=[BOT]), 2),
    "conversationUpdate, member added to a team": (lambda url: teams_activity(
        "conversationUpdate", url, conversation=CHANNEL, membersAdded=[{"id": "29:other", "aadObjectId": "aad-2"}],
        channelData=TEAM_DATA | {"eventType": "teamMemberAdded"}), 2),
    "conversationUpdate, member removed": (lambda url: teams_activity(
        "conversationUpdate", url, conversation=CHANNEL, membersRemoved=[{"id": "29:other"}],
        channelData=TEAM_DATA | {"eventType": "teamMemberRemoved"}), 2),
    "conversationUpdate, channel created": (lambda url: teams_activity(
        "conversationUpdate", url, conversation=CHANNEL,
        channelData=TEAM_DATA | {"eventType": "channelCreated"}), 2),
    "conversationUpdate, team renamed": (lambda url: teams_activity(
        "conversationUpdate", url, conversation=CHANNEL,
        channelData=TEAM_DATA | {"eventType": "teamRenamed", "team": {"id": "19:t", "name": "New"}}), 2),
    "installationUpdate add": (lambda url: teams_activity("installationUpdate", url, action="add"), 2),
    "installationUpdate add-upgrade": (lambda url: teams_activity("installationUpdate", url, action="add-upgrade"), 2),
    "installationUpdate remove": (lambda url: teams_activity("installationUpdate", url, action="remove"), 2),
    "installationUpdate in a team": (lambda url: teams_activity(
        "installationUpdate", url, conversation=CHANNEL, action="add", channelData=TEAM_DATA), 2),
    "messageReaction added": (lambda url: teams_activity(
        "messageReaction", url, replyToId="1485983408511", reactionsAdded=[{"type": "like"}]), 2),
    "messageReaction removed": (lambda url: teams_activity(
        "messageReaction", url, replyToId="1485983408511", reactionsRemoved=[{"type": "heart"}]), 2),
    "messageUpdate (edit)": (lambda url: teams_activity(
        "messageUpdate", url, text="edited", channelData={"eventType": "editMessage", "tenant": {"id": TENANT}}), 2),
    "messageDelete (soft delete)": (lambda url: teams_activity(
        "messageDelete", url, channelData={"eventType": "softDeleteMessage", "tenant": {"id": TENANT}}), 2),
    "typing": (lambda url: teams_activity("typing", url), 2),
    "event, meeting start": (lambda url: teams_activity(
        "event", url, name="application/vnd.microsoft.meetingStart", value={"Id": "m1", "Title": "Standup"}), 2),
    "endOfConversation": (lambda url: teams_activity("endOfConversation", url, code="userCancelled"), 2),
    "compose extension fetchTask from a message": (lambda url: teams_activity(
        "invoke", url, conversation=GROUP, name="composeExtension/fetchTask",
        value={"commandId": "checkReply", "commandContext": "message", "context": {"theme": "default"},
               "messagePayload": {"id": "1", "messageType": "message", "body": {"contentType": "html",
                                                                                "content": "<p>Where is it?</p>"},
                                  "from": {"user": {"id": "u", "displayName": "Customer"}}}}), 2),
    "compose extension fetchTask from the compose box": (lambda url: teams_activity(
        "invoke", url, conversation=GROUP, name="composeExtension/fetchTask",
        value={"commandId": "checkReply", "commandContext": "compose", "context": {"theme": "dark"}}), 2),
    "compose extension submitAction": (lambda url: teams_activity(
        "invoke", url, conversation=GROUP, name="composeExtension/submitAction",
        value={"commandId": "checkReply", "commandContext": "compose",
               "data": {"action": "check", "draft": DRAFT}}), 2),
    "compose extension submitAction, preview edit (previews not offered)": (lambda url: teams_activity(
        "invoke", url, conversation=GROUP, name="composeExtension/submitAction",
        value={"commandId": "checkReply", "botMessagePreviewAction": "edit", "botActivityPreview": []}), 4),
    "compose extension query (not offered)": (lambda url: teams_activity(
        "invoke", url, name="composeExtension/query",
        value={"commandId": "search", "parameters": [{"name": "q", "value": "x"}]}), 4),
    "adaptiveCard/action (not offered)": (lambda url: teams_activity(
        "invoke", url, name="adaptiveCard/action", value={"action": {"type": "Action.Execute", "verb": "x"}}), 4),
    "task/fetch (not offered)": (lambda url: teams_activity("invoke", url, name="task/fetch",
                                                            value={"data": {"type": "task/fetch"}}), 4),
    "signin/verifyState (not offered)": (lambda url: teams_activity("invoke", url, name="signin/verifyState",
                                                                    value={"state": "123"}), 4),
}


@pytest.mark.parametrize(("build", "status_class"), TEAMS.values(), ids=TEAMS.keys())
def test_every_documented_teams_activity_gets_2xx_or_a_deliberate_4xx_without_a_traceback(
    teams, caplog: pytest.LogCaptureFixture, build: Callable[[str], dict[str, Any]], status_class: int
) -> None:
    caplog.set_level(logging.INFO)
    server_url, fake, service_url = teams
    response = post(server_url, build(service_url))
    assert response.status_code // 100 == status_class, response.text
    assert tracebacks(caplog) == []
    assert not [sent for sent in fake.sent if "didn't work" in json.dumps(sent.activity)]
