"""A local stand-in for Slack: its Web API and response URLs, recording every call, plus signed requests.

The bot under test is pointed at this server with ``SLACK_API_URL``; payloads
that Slack would send carry ``response_url``s on the same server. Tests wait
for the calls they expect with ``wait_for`` instead of sleeping.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import count
from pathlib import Path
from random import Random
from typing import Any

from aiohttp import WSMsgType, web

from bot.server import create_app
from bot.services.engine_pool import EnginePool
from bot.settings import Settings
from bot.slack import blocks as slack_blocks
from bot.store import Clock, Store
from bot.store.database import BUSY_TIMEOUT_SECONDS
from tests.loopback import LoopbackServer, serve
from tests.payloads import walk

MANIFEST_SCOPES = tuple(json.loads((Path(__file__).parent.parent / "manifest" / "slack" / "manifest.json")
                                  .read_text("utf-8"))["oauth_config"]["scopes"]["bot"])
TEAM = "T0TEAM"
BOT_USER = "U0BOT"
SECRET = "8f742231b10e8888abcd99yyyzzz85a5"
PROFILES = {
    "U1ANA": {"real_name": "Ana Agent", "tz": "Europe/Lisbon"},
    "U2BEN": {"real_name": "Ben Agent", "tz": "America/Chicago"},
}


@dataclass(frozen=True)
class Call:
    """One request the bot made: a Web API method (``chat.postMessage``) or ``response:<name>``."""

    method: str
    params: dict[str, Any]
    authorization: str | None = None
    connection: int | None = None
    """The bot's end of the TCP connection the call came over (its port): the same for calls over one connection."""

    @property
    def view(self) -> dict[str, Any]:
        """The ``view`` argument of a ``views.*`` call, whichever encoding the client chose."""
        view = self.params["view"]
        return json.loads(view) if isinstance(view, str) else view


@dataclass
class FakeSlack:
    url: str = ""
    calls: list[Call] = field(default_factory=list)
    sockets: list[tuple[asyncio.AbstractEventLoop, web.WebSocketResponse]] = field(default_factory=list)
    """Socket Mode connections the bot opened; ``push`` sends an envelope on the newest."""
    failures: dict[str, list[int]] = field(default_factory=dict)
    """Per method, HTTP statuses to answer with before answering normally (429 carries ``Retry-After``)."""
    retry_after: int = 0
    """The seconds a 429 asks the caller to wait."""
    refused_users: dict[str, str] = field(default_factory=dict)
    """Slack user id → the error ``conversations.open`` answers for them (``user_not_found``, ...)."""
    history: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    """Channel → the messages posted to it, oldest first, as ``conversations.history`` returns them."""
    closed_channels: set[str] = field(default_factory=set)
    """Channels ``chat.postMessage`` answers ``channel_not_found`` for (a DM Slack no longer knows)."""
    fault_rate: float = 0.0
    """The share of Web API calls answered with a 500; for ``chat.postMessage``, half of them after posting."""
    faults: Random = field(default_factory=lambda: Random(7))
    scopes: tuple[str, ...] | None = field(default_factory=lambda: MANIFEST_SCOPES)
    """The bot token's scopes, sent in ``auth.test``'s ``x-oauth-scopes`` header as Slack does; ``None`` sends none."""
    refused_tokens: dict[str, str] = field(default_factory=dict)
    """Token → the error every method answers when called with it (``invalid_auth``, ``token_revoked``, ...)."""
    usergroups: dict[str, list[str]] = field(default_factory=dict)
    """User group id → its members, for ``usergroups.users.list``."""
    _changed: threading.Condition = field(default_factory=threading.Condition)
    _ids: Iterator[int] = field(default_factory=lambda: count(1))

    def app(self) -> web.Application:
        app = web.Application()
        app.router.add_route("*", "/api/{method}", self._api)
        app.router.add_post("/response/{name}", self._response)
        app.router.add_get("/socket", self._socket)
        return app

    def response_url(self, name: str) -> str:
        return f"{self.url}/response/{name}"

    def fail(self, method: str, *statuses: int) -> None:
        self.failures[method] = list(statuses)

    def wait_for(self, method: str, count: int = 1, timeout: float = 10.0) -> list[Call]:
        """The calls to ``method`` once there are at least ``count`` of them; fails after ``timeout`` seconds."""
        with self._changed:
            done = self._changed.wait_for(lambda: len(self.calls_to(method)) >= count, timeout)
        assert done, f"expected {count} call(s) to {method}; the bot made {[c.method for c in self.calls]}"
        return self.calls_to(method)

    def push(self, envelope: dict[str, Any]) -> None:
        """Send a Socket Mode envelope to the bot, as Slack does for each event, command or interaction."""
        self.wait_for("socket:connect")
        loop, socket = self.sockets[-1]
        asyncio.run_coroutine_threadsafe(socket.send_json(envelope), loop).result(10)

    def calls_to(self, method: str) -> list[Call]:
        return [call for call in list(self.calls) if call.method == method]

    def _record(self, call: Call) -> None:
        with self._changed:
            self.calls.append(call)
            self._changed.notify_all()

    async def _api(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        params = dict(request.query)
        if request.can_read_body:
            if request.content_type == "application/json":
                params.update(await request.json())
            else:
                params.update(dict(await request.post()))
        pending = self.failures.get(method)
        authorization = request.headers.get("Authorization")
        self._record(Call(method, params, authorization, _connection(request)))
        if pending:
            status = pending.pop(0)
            headers = {"Retry-After": str(self.retry_after)} if status == 429 else {}
            return web.json_response({"ok": False, "error": "ratelimited"}, status=status, headers=headers)
        if self.fault_rate and method != "auth.test" and self.faults.random() < self.fault_rate:
            if method == "chat.postMessage" and self.faults.random() < 0.5:
                self._answer(method, params)  # posted, but the answer is lost
            return web.json_response({"ok": False, "error": "internal_error"}, status=500)
        token = (authorization or "").removeprefix("Bearer ") or str(params.get("token", ""))
        if token in self.refused_tokens:
            return web.json_response({"ok": False, "error": self.refused_tokens[token]})
        headers = {"x-oauth-scopes": ",".join(self.scopes)} if method == "auth.test" and self.scopes is not None else {}
        return web.json_response(self._answer(method, params), headers=headers)

    def _answer(self, method: str, params: dict[str, Any]) -> dict[str, Any]:
        if method == "auth.test":
            return {"ok": True, "user_id": BOT_USER, "user": "empathy_coach", "bot_id": "B0BOT", "team_id": TEAM,
                    "team": "Test",
                    "url": "https://test.slack.com/"}
        if method == "users.info":
            profile = PROFILES.get(params.get("user", ""))
            if profile is None:
                return {"ok": False, "error": "user_not_found"}
            return {"ok": True, "user": {"id": params["user"], "name": profile["real_name"].lower(), **profile}}
        if method == "usergroups.users.list":
            members = self.usergroups.get(params.get("usergroup", ""))
            return {"ok": True, "users": members} if members is not None else {"ok": False, "error": "no_such_subteam"}
        if method.startswith("views."):
            return {"ok": True, "view": {"id": f"V{next(self._ids)}", "hash": "h1"}}
        if method == "apps.connections.open":
            return {"ok": True, "url": self.url.replace("http://", "ws://") + "/socket?ticket=t1"}
        if method == "chat.postMessage":
            # Addressed to a user id, a message lands in their DM with the app, and Slack answers with the DM's id.
            channel = params.get("channel", "")
            channel = "D" + channel if channel.startswith("U") else channel
            if channel in self.closed_channels:
                return {"ok": False, "error": "channel_not_found"}
            ts = f"{next(self._ids)}.000100"
            metadata = params.get("metadata")
            message = {"type": "message", "ts": ts, "text": params.get("text", ""),
                       "metadata": json.loads(metadata) if isinstance(metadata, str) else metadata}
            self.history.setdefault(channel, []).append(message)
            return {"ok": True, "channel": channel, "ts": ts}
        if method == "conversations.history":
            return self._history(params)
        if method == "conversations.open":
            refused = self.refused_users.get(params.get("users", ""))
            if refused:
                return {"ok": False, "error": refused}
            return {"ok": True, "channel": {"id": "D" + params.get("users", "")}}
        return {"ok": True}

    def _history(self, params: dict[str, Any]) -> dict[str, Any]:
        """Newest first, a page at a time, with metadata only when asked for, as Slack answers. (Its ``ts`` are
        counters, not times, so ``oldest`` is not applied: every message is recent here.)"""
        posted = self.history.get(params.get("channel", ""), [])
        with_metadata = str(params.get("include_all_metadata")).lower() in {"true", "1"}
        messages = [message if with_metadata else {k: v for k, v in message.items() if k != "metadata"}
                    for message in reversed(posted)]
        start = int(params.get("cursor") or 0)
        limit = int(params.get("limit") or 100)
        page = messages[start:start + limit]
        more = start + limit < len(messages)
        return {"ok": True, "messages": page, "has_more": more,
                "response_metadata": {"next_cursor": str(start + limit) if more else ""}}

    async def _socket(self, request: web.Request) -> web.WebSocketResponse:
        socket = web.WebSocketResponse()
        await socket.prepare(request)
        await socket.send_json({"type": "hello", "num_connections": 1, "debug_info": {"host": "fake"}})
        self.sockets.append((asyncio.get_running_loop(), socket))  # before the record that ``push`` waits for
        self._record(Call("socket:connect", dict(request.query)))
        async for message in socket:
            if message.type == WSMsgType.TEXT:
                self._record(Call("socket:ack", json.loads(message.data)))
        return socket

    async def _response(self, request: web.Request) -> web.Response:
        self._record(Call(f"response:{request.match_info['name']}", await request.json(),
                          connection=_connection(request)))
        return web.Response(text="ok")


def _connection(request: web.Request) -> int | None:
    peer = request.transport.get_extra_info("peername") if request.transport is not None else None
    return peer[1] if peer else None


@contextmanager
def fake_slack() -> Iterator[FakeSlack]:
    fake = FakeSlack()
    with serve(fake.app()) as server:
        fake.url = server.url
        yield fake


# --- Requests as Slack sends them ------------------------------------------------------------------------------


def signature(secret: str, timestamp: str, body: str) -> str:
    base = f"v0:{timestamp}:{body}".encode()
    return "v0=" + hmac.new(secret.encode(), base, hashlib.sha256).hexdigest()


@dataclass(frozen=True)
class Reply:
    status: int
    body: str

    def json(self) -> Any:
        return json.loads(self.body)


def post(url: str, body: str, content_type: str, headers: dict[str, str]) -> Reply:
    request = urllib.request.Request(url, body.encode(), {"Content-Type": content_type, **headers}, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return Reply(response.status, response.read().decode())
    except urllib.error.HTTPError as error:
        return Reply(error.code, error.read().decode())


def signed_headers(body: str, *, secret: str = SECRET, timestamp: int | None = None) -> dict[str, str]:
    stamp = str(int(time.time()) if timestamp is None else timestamp)
    return {"X-Slack-Request-Timestamp": stamp, "X-Slack-Signature": signature(secret, stamp, body)}


def form(fields: dict[str, str]) -> str:
    return urllib.parse.urlencode(fields)


TRIGGERS = count(1)
"""Slack gives every command a trigger id of its own, so two commands are never the same signed bytes (a replay)."""


def slash_command(text: str, response_url: str, *, user: str = "U1ANA", trigger: str | None = None,
                  channel: str = "C0CHAN") -> str:
    trigger = trigger or f"trig-{next(TRIGGERS)}"
    return form({
        "token": "unused", "team_id": TEAM, "team_domain": "test", "channel_id": channel,
        "channel_name": "directmessage" if channel.startswith("D") else "support", "user_id": user,
        "user_name": user.lower(), "command": "/empathy", "text": text, "api_app_id": "A0APP",
        "response_url": response_url, "trigger_id": trigger,
    })


def interaction(payload: dict[str, Any]) -> str:
    return form({"payload": json.dumps(payload)})


def block_action(action_id: str, value: str, response_url: str, *, user: str = "U1ANA") -> str:
    return interaction({
        "type": "block_actions", "team": {"id": TEAM, "domain": "test"}, "user": {"id": user, "team_id": TEAM},
        "api_app_id": "A0APP", "trigger_id": f"trig-action-{next(TRIGGERS)}", "response_url": response_url,
        "container": {"type": "message", "is_ephemeral": True},
        "actions": [{"type": "button", "action_id": action_id, "block_id": "b1", "value": value,
                     "action_ts": "1700000000.1"}],
    })


def dm_action(action_id: str, value: str, response_url: str, *, user: str = "U1ANA", channel: str = "DU1ANA",
              ts: str = "5.000100") -> str:
    """A button pressed on a (non-ephemeral) message in the agent's DM with the app, which ``chat.update`` can edit."""
    return interaction({
        "type": "block_actions", "team": {"id": TEAM, "domain": "test"}, "user": {"id": user, "team_id": TEAM},
        "api_app_id": "A0APP", "trigger_id": f"trig-action-{next(TRIGGERS)}", "response_url": response_url,
        "container": {"type": "message", "message_ts": ts, "channel_id": channel, "is_ephemeral": False},
        "channel": {"id": channel, "name": "directmessage"}, "message": {"type": "message", "ts": ts},
        "actions": [{"type": "button", "action_id": action_id, "block_id": "b1", "value": value,
                     "action_ts": "1700000000.4"}],
    })


def home_action(action_id: str, *, user: str = "U1ANA") -> str:
    return interaction({
        "type": "block_actions", "team": {"id": TEAM, "domain": "test"}, "user": {"id": user, "team_id": TEAM},
        "api_app_id": "A0APP", "trigger_id": "trig-home", "container": {"type": "view", "view_id": "VHOME"},
        "view": {"id": "VHOME", "type": "home"},
        "actions": [{"type": "button", "action_id": action_id, "block_id": "b1", "action_ts": "1700000000.1"}],
    })


def view_payload(kind: str, callback_id: str, values: dict[str, dict[str, Any]], metadata: str = "",
                 *, user: str = "U1ANA") -> str:
    """A ``view_submission`` or ``view_closed``; ``values`` maps block id to the element's state."""
    state = {block_id: {block_id: value} for block_id, value in values.items()}
    return interaction({
        "type": kind, "team": {"id": TEAM, "domain": "test"}, "user": {"id": user, "team_id": TEAM},
        "api_app_id": "A0APP", "trigger_id": f"trig-view-{next(TRIGGERS)}",
        "view": {"id": "VMODAL", "type": "modal", "callback_id": callback_id, "private_metadata": metadata,
                 "state": {"values": state}, "hash": "h1"},
    })


def message_shortcut(callback_id: str, text: str, response_url: str, *, user: str = "U1ANA") -> str:
    return interaction({
        "type": "message_action", "callback_id": callback_id, "team": {"id": TEAM, "domain": "test"},
        "user": {"id": user, "team_id": TEAM}, "channel": {"id": "C0CHAN", "name": "support"},
        "message": {"type": "message", "user": "U9OTHER", "ts": "1700000000.000100", "text": text},
        "response_url": response_url, "trigger_id": "trig-shortcut", "action_ts": "1700000000.2",
        "message_ts": "1700000000.000100",
    })


def global_shortcut(callback_id: str, *, user: str = "U1ANA") -> str:
    return interaction({
        "type": "shortcut", "callback_id": callback_id, "team": {"id": TEAM, "domain": "test"},
        "user": {"id": user, "team_id": TEAM}, "trigger_id": "trig-global", "action_ts": "1700000000.3",
    })


def event_callback(event: dict[str, Any], event_id: str) -> str:
    return json.dumps({
        "token": "unused", "team_id": TEAM, "api_app_id": "A0APP", "type": "event_callback",
        "event_id": event_id, "event_time": 1700000000, "event": event,
        "authorizations": [{"team_id": TEAM, "user_id": BOT_USER, "is_bot": True}],
    })


def dm_event(text: str, *, user: str = "U1ANA", ts: str = "1700000000.000200") -> dict[str, Any]:
    return {"type": "message", "channel": "D0DM", "channel_type": "im", "user": user, "text": text, "ts": ts,
            "event_ts": ts}


class SlackClient:
    """Sends really signed requests to the bot's ``/slack/events``, as Slack would."""

    def __init__(self, events_url: str) -> None:
        self.events_url = events_url

    def send(self, body: str, *, json_body: bool = False, headers: dict[str, str] | None = None) -> Reply:
        content_type = "application/json" if json_body else "application/x-www-form-urlencoded"
        return post(self.events_url, body, content_type, signed_headers(body) | (headers or {}))

    def command(self, text: str, response_url: str, **kwargs: Any) -> Reply:
        return self.send(slash_command(text, response_url, **kwargs))

    def event(self, event: dict[str, Any], event_id: str, *, retry: int | None = None) -> Reply:
        headers = {} if retry is None else {"X-Slack-Retry-Num": str(retry), "X-Slack-Retry-Reason": "http_timeout"}
        return self.send(event_callback(event, event_id), json_body=True, headers=headers)


# --- Reading what the bot sent -----------------------------------------------------------------------------------


def blocks_of(params: dict[str, Any]) -> list[dict[str, Any]]:
    """A message's blocks, whichever way the client encoded them (a JSON string in a form, a list in JSON)."""
    message_blocks = params["blocks"]
    return json.loads(message_blocks) if isinstance(message_blocks, str) else message_blocks


def blocks_text(blocks: list[dict[str, Any]]) -> str:
    """Every piece of text in a list of blocks, for asserting on what a person would read."""
    return "\n".join(node["text"] for node in walk(blocks) if isinstance(node.get("text"), str))


def copyable_text(blocks: list[dict[str, Any]]) -> str:
    """The text of the copyable boxes (a rewrite), joined back together."""
    return "".join(node["text"] for block in blocks if block["type"] == "rich_text"
                   for node in walk(block) if node.get("type") == "text")


def assert_within_limits(blocks: list[dict[str, Any]], max_blocks: int = slack_blocks.MAX_MESSAGE_BLOCKS) -> None:
    """Slack refuses a whole message when one of its blocks breaks a limit."""
    assert len(blocks) <= max_blocks
    for block in blocks:
        if block["type"] == "section":
            assert len(block["text"]["text"]) <= slack_blocks.MAX_SECTION_CHARS
        if block["type"] == "rich_text":
            assert len(copyable_text([block])) <= slack_blocks.MAX_SECTION_CHARS
        buttons = block["elements"] if block["type"] == "actions" else [block.get("accessory") or {}]
        if block["type"] == "actions":
            assert len(buttons) <= 25
        for button in (element for element in buttons if element.get("type") == "button"):
            assert len(button["text"]["text"]) <= 75
            assert len(button.get("value", "")) <= slack_blocks.MAX_BUTTON_VALUE


# --- The bot itself, served on loopback --------------------------------------------------------------------------


@dataclass
class SlackBot:
    fake: FakeSlack
    slack: SlackClient
    store: Store
    url: str
    server: LoopbackServer | None = None

    def settle(self) -> None:
        """Wait until every listener has finished its work after the ack, so a test can assert on what was
        *not* posted (a rejected LLM rewrite, a retried event) without sleeping."""
        assert self.server is not None
        self.server.call(finish_pending_work)


def shared_store(path: Path, clock: Clock, busy_timeout: float = BUSY_TIMEOUT_SECONDS) -> Store:
    """A migrated file store the server's threads and the test's thread may all use (a ``Store`` is thread-safe)."""
    return Store.open(path, clock=clock, busy_timeout=busy_timeout)


async def finish_pending_work() -> None:
    """Let listeners still running after their ack finish, so no test stops one half-way through a call."""
    pending = [task for task in asyncio.all_tasks() if "slack_bolt" in task.get_coro().cr_code.co_filename]
    if pending:
        await asyncio.wait(pending, timeout=10)


@contextmanager
def running_bot(
    db_path: Path, clock: Clock, *, busy_timeout: float = BUSY_TIMEOUT_SECONDS, engine: EnginePool | None = None,
    **environ: str,
) -> Iterator[SlackBot]:
    """The real ``create_app`` with Slack on, talking to a fake Slack started for this test."""
    with fake_slack() as fake:
        settings = Settings.from_env({
            "HOME": str(db_path.parent), "COACH_DB": str(db_path), "SLACK_BOT_TOKEN": "xoxb-test-token",
            "SLACK_SIGNING_SECRET": SECRET, "SLACK_API_URL": f"{fake.url}/api/", **environ,
        })
        store = shared_store(db_path, clock, busy_timeout)
        try:
            with serve(create_app(settings, store=store, engine=engine)) as server:
                try:
                    yield SlackBot(fake, SlackClient(f"{server.url}/slack/events"), store, server.url, server)
                finally:
                    server.call(finish_pending_work)
        finally:
            store.close()
