"""Small stand-ins for the Microsoft side of Teams, served on loopback by the tests.

- ``FakeConnector``: the Bot Connector a bot replies to (``serviceUrl``); it keeps every activity sent.
- ``FakeKeyServer``: an OpenID metadata document and its JSON Web Key Set, so the SDK's real token
  validation runs against a test RSA key instead of Microsoft's.
- ``activity``/``sign``: what Teams would POST to ``/api/messages``, and the token it would sign it with.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from typing import Any

import jwt
from aiohttp import web
from cryptography.hazmat.primitives.asymmetric import rsa
from jwt.algorithms import RSAAlgorithm

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

    @property
    def cards(self) -> list[dict]:
        return [a["content"] for a in self.activity.get("attachments") or []
                if a.get("contentType") == "application/vnd.microsoft.card.adaptive"]


@dataclass
class FakeConnector:
    sent: list[Sent] = field(default_factory=list)
    fail_with: int | None = None
    """Answer every send with this HTTP status instead (403 is what Teams says after an uninstall)."""

    def app(self) -> web.Application:
        app = web.Application()
        app.router.add_post("/v3/conversations/{conversation}/activities", self._send)
        app.router.add_post("/v3/conversations/{conversation}/activities/{reply_to}", self._send)
        return app

    async def _send(self, request: web.Request) -> web.Response:
        if self.fail_with is not None:
            return web.json_response({"error": {"code": "BotNotInConversationRoster", "message": "gone"}},
                                     status=self.fail_with)
        self.sent.append(Sent(request.method, request.match_info["conversation"],
                              request.match_info.get("reply_to"), await request.json(),
                              request.headers.get("Authorization")))
        return web.json_response({"id": f"sent-{len(self.sent)}"})


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


def sign(key: rsa.RSAPrivateKey, *, audience: str, service_url: str, issuer: str = ISSUER,
         key_id: str = FakeKeyServer.KEY_ID, lifetime: int = 3600) -> str:
    now = int(time.time())
    claims = {"iss": issuer, "aud": audience, "serviceurl": service_url, "nbf": now - 60, "iat": now - 60,
              "exp": now + lifetime}
    return jwt.encode(claims, key, algorithm="RS256", headers={"kid": key_id})


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


USER_ID = f"teams:{TENANT}:{USER_AAD}"
