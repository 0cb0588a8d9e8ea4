"""Small stand-ins for the Microsoft side of Teams, served on loopback by the tests.

- ``FakeConnector``: the Bot Connector a bot replies to (``serviceUrl``); it keeps every activity sent and
  every update of one, and can answer with scripted errors (a 429 with ``Retry-After``, a 403).
- ``FakeKeyServer``: an OpenID metadata document and its JSON Web Key Set, so the SDK's real token
  validation runs against a test RSA key instead of Microsoft's.
- ``FakeLogin``: Azure AD's token endpoint, granting a token for the client-credentials grant only to the
  app ids and secrets it was given, and refusing the rest with AAD's own error codes.
- ``activity``/``sign``: what Teams would POST to ``/api/messages``, and the token it would sign it with.
- ``Chat``: one agent's personal chat with the bot over botbuilder's ``TestAdapter``, no HTTP at all.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jwt
import requests
from aiohttp import web
from botbuilder.core.adapters import TestAdapter
from botbuilder.schema import Activity, ChannelAccount, ConversationAccount
from cryptography.hazmat.primitives.asymmetric import rsa
from jwt.algorithms import RSAAlgorithm
from payloads import walk

from bot.services import Services
from bot.settings import Settings, TeamsSettings
from bot.store import Store
from bot.teams.bot import CoachBot

ISSUER = "https://api.botframework.com"
TENANT = "tenant-1"
USER_AAD = "aad-user-1"


@dataclass
class Sent:
    method: str
    conversation_id: str
    reply_to: str | None
    activity: dict
    authorization: str | None
    activity_id: str | None = None
    """The id the connector gave a new message (what a later update or button press refers to)."""

    @property
    def cards(self) -> list[dict]:
        return [a["content"] for a in self.activity.get("attachments") or []
                if a.get("contentType") == "application/vnd.microsoft.card.adaptive"]


@dataclass
class FakeConnector:
    sent: list[Sent] = field(default_factory=list)
    updated: list[Sent] = field(default_factory=list)
    """Activities replaced in place (``PUT``); ``reply_to`` holds the id of the activity replaced."""
    fail_with: int | None = None
    """Answer every send with this HTTP status instead (403 is what Teams says after an uninstall)."""
    failures: deque[tuple[int, dict[str, str]]] = field(default_factory=deque)
    """Answer the next sends with these (status, headers), one each, before accepting again."""
    refused: int = 0
    """Sends answered with an error status."""

    def app(self) -> web.Application:
        app = web.Application()
        app.router.add_post("/v3/conversations/{conversation}/activities", self._send)
        app.router.add_post("/v3/conversations/{conversation}/activities/{reply_to}", self._send)
        app.router.add_put("/v3/conversations/{conversation}/activities/{reply_to}", self._update)
        return app

    async def _send(self, request: web.Request) -> web.Response:
        refusal = self._refusal()
        if refusal is not None:
            return refusal
        sent = await self._received(request)
        sent.activity_id = f"sent-{len(self.sent) + 1}"
        self.sent.append(sent)
        return web.json_response({"id": sent.activity_id})

    async def _update(self, request: web.Request) -> web.Response:
        refusal = self._refusal()
        if refusal is not None:
            return refusal
        self.updated.append(await self._received(request))
        return web.json_response({"id": request.match_info["reply_to"]})

    def _refusal(self) -> web.Response | None:
        if self.failures:
            status, headers = self.failures.popleft()
        elif self.fail_with is not None:
            status, headers = self.fail_with, {}
        else:
            return None
        self.refused += 1
        code = "Throttled" if status == 429 else "BotNotInConversationRoster"
        return web.json_response({"error": {"code": code, "message": "refused"}}, status=status, headers=headers)

    @staticmethod
    async def _received(request: web.Request) -> Sent:
        return Sent(request.method, request.match_info["conversation"], request.match_info.get("reply_to"),
                    await request.json(), request.headers.get("Authorization"))


class FakeKeyServer:
    """Publishes one RSA key, endorsed for Teams and the Emulator, the way login.botframework.com does."""

    KEY_ID = "test-key"

    def __init__(self) -> None:
        self.key = rsa.generate_private_key(public_exponent=65537, key_size=2048)

    def app(self) -> web.Application:
        app = web.Application()
        app.router.add_get("/openid", self._metadata)
        app.router.add_get("/keys", self._keys)
        return app

    async def _metadata(self, request: web.Request) -> web.Response:
        origin = str(request.url.origin())
        return web.json_response({"issuer": ISSUER, "jwks_uri": f"{origin}/keys"})

    async def _keys(self, request: web.Request) -> web.Response:
        jwk = json.loads(RSAAlgorithm.to_jwk(self.key.public_key()))
        jwk.update(kid=self.KEY_ID, use="sig", endorsements=["msteams", "emulator"])
        return web.json_response({"keys": [jwk]})


@dataclass
class FakeLogin:
    """``POST /{tenant}/oauth2/v2.0/token`` as login.microsoftonline.com answers it for a bot's credentials."""

    apps: dict[str, str] = field(default_factory=dict)
    """App id → its client secret."""
    tenants: dict[str, set[str]] = field(default_factory=lambda: {"botframework.com": set()})
    """Tenant → the app ids registered in it; an app in ``apps`` signs in to "botframework.com" unless listed
    under its own tenant."""
    expired: set[str] = field(default_factory=set)
    """App ids whose secret has expired."""
    requests: list[dict[str, str]] = field(default_factory=list)
    """Every token request's form, with the tenant it was sent to."""

    def app(self) -> web.Application:
        app = web.Application()
        app.router.add_post("/{tenant}/oauth2/v2.0/token", self._token)
        return app

    async def _token(self, request: web.Request) -> web.Response:
        tenant = request.match_info["tenant"]
        form = dict(await request.post())
        self.requests.append({"tenant": tenant, **form})
        app_id, secret = form.get("client_id", ""), form.get("client_secret", "")
        if tenant not in self.tenants:
            return self._error(400, "invalid_request", f"AADSTS90002: Tenant '{tenant}' not found.")
        single_tenant = any(app_id in apps for name, apps in self.tenants.items() if name != "botframework.com")
        if app_id not in self.apps or (single_tenant and app_id not in self.tenants[tenant]):
            return self._error(400, "unauthorized_client",
                               f"AADSTS700016: Application with identifier '{app_id}' was not found in the directory "
                               f"'{tenant}'.")
        if app_id in self.expired:
            return self._error(401, "invalid_client", "AADSTS7000222: The provided client secret keys are expired.")
        if secret != self.apps[app_id] or form.get("grant_type") != "client_credentials":
            return self._error(401, "invalid_client", "AADSTS7000215: Invalid client secret provided.")
        return web.json_response({"token_type": "Bearer", "expires_in": 3599, "ext_expires_in": 3599,
                                  "access_token": f"token-for-{app_id}"})

    @staticmethod
    def _error(status: int, error: str, description: str) -> web.Response:
        return web.json_response({"error": error, "error_description": f"{description}\r\nTrace ID: test",
                                  "error_codes": [int(description.split(":")[0].removeprefix("AADSTS"))]},
                                 status=status)


def sign(key: rsa.RSAPrivateKey, *, audience: str, service_url: str, issuer: str = ISSUER,
         key_id: str = FakeKeyServer.KEY_ID, lifetime: int = 3600, **claims: int | None) -> str:
    """A token as the Bot Connector signs it; ``claims`` overrides ``nbf``, ``iat`` or ``exp`` (``None`` drops one)."""
    now = int(time.time())
    payload = {"iss": issuer, "aud": audience, "serviceurl": service_url, "nbf": now - 60, "iat": now - 60,
               "exp": now + lifetime} | claims
    payload = {name: value for name, value in payload.items() if value is not None}
    return jwt.encode(payload, key, algorithm="RS256", headers={"kid": key_id})


def activity(kind: str, service_url: str, *, conversation: str = "personal-chat-1", **fields: Any) -> dict:
    """An activity as Teams sends it from a personal chat, in its JSON (camelCase) form."""
    body = {
        "type": kind,
        "id": f"incoming-{kind}",
        "channelId": "msteams",
        "serviceUrl": service_url,
        "from": {"id": "29:user-1", "name": "Alex Agent", "aadObjectId": USER_AAD},
        "recipient": {"id": "28:bot", "name": "Empathy Coach"},
        "conversation": {"id": conversation, "conversationType": "personal", "tenantId": TENANT},
        "channelData": {"tenant": {"id": TENANT}},
        "localTimezone": "Europe/Paris",
    }
    body.update(fields)
    return body


EMULATOR = TeamsSettings(None, None, "MultiTenant", None)
"""Teams with no app id, as for the Bot Framework Emulator: requests carry no token to check."""
USER_ID = f"teams:{TENANT}:{USER_AAD}"
CHAT_USER = f"teams:{TENANT}:aad-1"
"""The agent of a TestAdapter ``Chat``."""


def post(url: str, body: object, token: str | None = None, **headers: str) -> requests.Response:
    """POST an activity to the bot at ``url`` the way the Bot Connector does."""
    if token is not None:
        headers["Authorization"] = f"Bearer {token}"
    return requests.post(f"{url}/api/messages", json=body, headers=headers, timeout=30)


def card_text(card: dict) -> str:
    """All the words a card shows, one element a line."""
    return "\n".join(element["text"] for element in walk(card) if isinstance(element.get("text"), str))


def submits(card: dict) -> list[dict]:
    """The data of every submit button on a card, wherever it sits."""
    return [element["data"] for element in walk(card) if element.get("type") == "Action.Submit"]


class Chat:
    """One agent's personal chat with the bot, over the TestAdapter."""

    def __init__(self, store: Store, tmp_path: Path, **settings: object) -> None:
        self.store = store
        self.services = Services(store, Settings(**{"db_path": tmp_path / "coach.db", "store_text": False, **settings}))
        self.bot = CoachBot(self.services)
        self.adapter = TestAdapter(self.bot.on_turn)

    def send(self, **fields: object) -> list[Activity]:
        # The TestAdapter stamps its template's sender, recipient and conversation on every activity.
        template = self.adapter.template
        template.from_property = fields.pop("from_property", ChannelAccount(id="29:u1", name="Alex",
                                                                             aad_object_id="aad-1"))
        template.conversation = ConversationAccount(id=fields.pop("conversation_id", "chat-1"), tenant_id=TENANT,
                                                    conversation_type=fields.pop("conversation_type", "personal"))
        template.recipient = ChannelAccount(id="28:bot", name="Empathy Coach")
        kind, channel = fields.pop("type", "message"), fields.pop("channel_id", "msteams")
        activity = Activity(type=kind, channel_id=channel, **fields)

        async def turn() -> None:
            await self.adapter.process_activity(activity, self.adapter.logic)
            await self.bot.followups.settle()

        asyncio.run(turn())
        replies, self.adapter.activity_buffer[:] = list(self.adapter.activity_buffer), []
        return replies

    def updated(self) -> list[Activity]:
        """Messages replaced in place since the last call (a lesson card redrawn after a quiz press)."""
        updates, self.adapter.updated_activities[:] = list(self.adapter.updated_activities), []
        return updates

    def say(self, text: str | None = None, value: object = None) -> Activity:
        [reply] = self.send(text=text, value=value)
        return reply

    def invoke(self, name: str, value: dict) -> dict:
        [reply] = self.send(type="invoke", name=name, value=value)
        return json.loads(json.dumps(reply.value.body))


def card(reply: Activity) -> dict:
    [attachment] = reply.attachments
    assert attachment.content_type == "application/vnd.microsoft.card.adaptive"
    return attachment.content


def actions(content: dict) -> dict[str, dict]:
    """Each button's title and what pressing it submits; a button unfolding a form submits the form's data."""
    return {action["title"]: _data(action) for action in content.get("actions", [])}


def _data(action: dict) -> dict:
    if action["type"] == "Action.ShowCard":
        [inner] = action["card"]["actions"]
        return inner["data"]
    return action["data"]
