"""The app manifest and the code agree: what the code listens for is declared, and nothing else is."""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Callable
from datetime import date
from pathlib import Path

from bot.coach import practice
from bot.coach.checks.model import CheckResult
from bot.coach.lessons.curriculum import Curriculum
from bot.coach.practice.scenarios import Scenarios
from bot.services.checks import Checked
from bot.services.lessons import LessonMessage
from bot.slack import actions, blocks, check_blocks, commands, events, lesson_blocks, practice_blocks, shortcuts, views
from bot.store import Store, UserSettings

ROOT = Path(__file__).resolve().parent.parent
MANIFEST = json.loads((ROOT / "manifest" / "slack" / "manifest.json").read_text(encoding="utf-8"))
SLACK_CODE = ROOT / "bot" / "slack"

SCOPES_BY_METHOD = {
    "chat_postMessage": "chat:write",
    "chat_update": "chat:write",
    "conversations_history": "im:history",  # a lesson DM's history, to find a lesson an interrupted run sent
    "conversations_open": "im:write",
    "users_info": "users:read",
    "usergroups_users_list": "usergroups:read",
    "views_open": None,
    "views_update": None,
    "views_publish": None,
    "auth_test": None,
    "apps_connections_open": None,
}
"""The bot token scope each Web API method the code calls needs (views.* and auth.test need none;
apps.connections.open is called with the app-level token, whose scope is connections:write)."""


class RecordingApp:
    """Stands in for AsyncApp during ``register`` and notes every listener registration."""

    def __init__(self) -> None:
        self.registered: dict[str, set[str]] = defaultdict(set)

    def __getattr__(self, kind: str) -> Callable:
        def register(key: object = None) -> Callable:
            if callable(key):  # app.middleware(function)
                self.registered[kind].add(key.__name__)
                return key
            self.registered[kind].add(str(key))
            return lambda listener: listener

        return register


def registrations() -> dict[str, set[str]]:
    app = RecordingApp()
    for module in (commands, actions, views, shortcuts, events):
        module.register(app)  # type: ignore[arg-type]
    return app.registered


def test_slash_commands_match() -> None:
    assert registrations()["command"] == {command["command"] for command in MANIFEST["features"]["slash_commands"]}


def test_shortcuts_match_by_type() -> None:
    registered = registrations()
    declared = {(item["type"], item["callback_id"]) for item in MANIFEST["features"]["shortcuts"]}
    assert declared == {("message", id_) for id_ in registered["message_shortcut"]} | {
        ("global", id_) for id_ in registered["global_shortcut"]}
    assert "shortcut" not in registered  # each shortcut is registered for the one type the manifest gives it


def test_bot_events_match() -> None:
    # The only message events subscribed to are those in the app's DMs (message.im).
    registered = {"message.im" if event == "message" else event for event in registrations()["event"]}
    assert registered == set(MANIFEST["settings"]["event_subscriptions"]["bot_events"])


def test_interactivity_and_home_are_on_because_the_code_uses_them() -> None:
    registered = registrations()
    assert registered["action"] and registered["view"]
    assert MANIFEST["settings"]["interactivity"]["is_enabled"] is True
    home = MANIFEST["features"]["app_home"]
    assert home["home_tab_enabled"] and home["messages_tab_enabled"] and not home["messages_tab_read_only_enabled"]


def everything_the_app_shows(make_result: Callable[..., CheckResult]) -> list[dict]:
    """Every message, modal and home view the blocks module builds."""
    nobody = Store.memory().progress("slack:T:U")
    settings = UserSettings("slack:T:U", "Europe/Paris")
    lesson = LessonMessage(7, "slack:T:U", Curriculum.load().lessons[0], "why", date(2025, 3, 10), late=True)
    scenarios = Scenarios.load()
    message_blocks = [
        *check_blocks.result_blocks(Checked(1, make_result(rules=("E101",)))),
        *blocks.forget_blocks(1), *blocks.help_blocks(), *blocks.progress_blocks(nobody),
        *lesson_blocks.lesson_blocks(lesson),
        *practice_blocks.picker_blocks(scenarios.all),
        *practice_blocks.summary_blocks(practice.summarize(practice.start(scenarios.all[0]), scenarios.all[0]), None),
    ]
    return [
        {"type": "message", "blocks": message_blocks},
        blocks.home_view(nobody, settings), blocks.forgotten_home_view(),
        check_blocks.check_modal(), blocks.settings_modal(settings), check_blocks.reason_modal('{"check": 1}'),
        check_blocks.lesson_modal("t", "i", "t"), check_blocks.finding_modal("m", "w", "E101", "l"),
    ]


def test_every_button_shown_has_a_listener_and_every_listener_a_button(make_result: Callable[..., CheckResult]) -> None:
    shown = set()
    for surface in everything_the_app_shows(make_result):
        for block in surface["blocks"]:
            elements = block["elements"] if block["type"] == "actions" else [block.get("accessory") or {}]
            shown |= {element["action_id"] for element in elements if element.get("type") == "button"}
    assert shown == registrations()["action"]


def test_every_form_that_submits_has_a_listener(make_result: Callable[..., CheckResult]) -> None:
    forms = {surface["callback_id"] for surface in everything_the_app_shows(make_result) if "submit" in surface}
    assert forms == registrations()["view"]
    closing = {surface["callback_id"] for surface in everything_the_app_shows(make_result)
               if surface.get("notify_on_close")}
    assert closing == registrations()["view_closed"]


def test_scopes_are_exactly_those_the_code_needs() -> None:
    source = "\n".join(path.read_text() for path in SLACK_CODE.glob("*.py"))
    methods = set(re.findall(r"client\.(\w+)\(", source))
    assert methods <= SCOPES_BY_METHOD.keys(), f"add the scope of {methods - SCOPES_BY_METHOD.keys()} to this test"
    needed = {SCOPES_BY_METHOD[method] for method in methods} - {None}
    needed.add("commands")  # the slash command and shortcuts
    needed.add("im:history")  # the message.im event
    assert set(MANIFEST["oauth_config"]["scopes"]["bot"]) == needed


def test_every_request_url_points_at_the_events_endpoint() -> None:
    from bot.slack.app import EVENTS_PATH

    urls = [command["url"] for command in MANIFEST["features"]["slash_commands"]]
    urls += [MANIFEST["settings"]["event_subscriptions"]["request_url"], MANIFEST["settings"]["interactivity"]["request_url"]]
    assert all(url.endswith(EVENTS_PATH) for url in urls)
