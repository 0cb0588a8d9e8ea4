"""What every HTTP request to ``/slack/events`` passes before Bolt reads a byte of it.

Bolt parses the body (and the timestamp) before it checks the signature, so a
forged request with a body it can't parse used to end in a 500 and a traceback.
Here the raw bytes are checked first: an unsigned, mis-signed or stale request
is refused with 401 and one log line, and nothing in it is read. Only then is
the body parsed, and a signed body that isn't what Slack sends gets 400.

A signed request is also used once: the same signature and timestamp sent
again (a replay by whoever captured it) is acknowledged and does nothing. A
replay can only come within the five minutes a timestamp is valid, so the
signatures seen in that window are all that need remembering.
"""

from __future__ import annotations

import hashlib
import heapq
import hmac
import json
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl

MAX_AGE_SECONDS = 300
"""Slack's own rule: a request whose timestamp is more than five minutes from now (either way) is refused."""
JSON = "application/json"
FORM = "application/x-www-form-urlencoded"


class Refused(Exception):
    """The request is not from Slack (401) or not something Slack sends (400); the message says which check failed."""

    def __init__(self, status: int, reason: str) -> None:
        super().__init__(reason)
        self.status = status


@dataclass
class SignedRequests:
    """Checks Slack's signature on raw bytes, and remembers the signatures it let through for as long as they
    could be replayed."""

    signing_secret: str
    clock: Callable[[], float] = time.time
    _seen: set[str] = field(default_factory=set)
    _expiry: list[tuple[float, str]] = field(default_factory=list)

    def verify(self, headers: Mapping[str, str], body: bytes) -> str:
        """The request's signature when Slack signed exactly these bytes within the last five minutes; raises
        ``Refused(401)`` otherwise, before anything in the request is parsed."""
        timestamp = headers.get("X-Slack-Request-Timestamp", "")
        signature = headers.get("X-Slack-Signature", "")
        if not timestamp or not signature:
            raise Refused(401, "no X-Slack-Request-Timestamp or X-Slack-Signature header")
        if not (timestamp.isascii() and timestamp.isdigit()) or len(timestamp) > 12:
            raise Refused(401, "the timestamp is not a number of seconds")
        if abs(self.clock() - int(timestamp)) > MAX_AGE_SECONDS:
            raise Refused(401, "the timestamp is more than five minutes from now")
        base = b"v0:" + timestamp.encode() + b":" + body
        expected = "v0=" + hmac.new(self.signing_secret.encode(), base, hashlib.sha256).hexdigest()
        if not hmac.compare_digest(expected.encode(), signature.encode("utf-8", "replace")):
            raise Refused(401, "the signature does not match the body (wrong signing secret, or altered in transit)")
        return f"{timestamp}:{signature}"

    def first_use(self, signed: str) -> bool:
        """False when this signed request was let through before: a replay, to acknowledge and ignore."""
        now = self.clock()
        while self._expiry and self._expiry[0][0] < now:
            self._seen.discard(heapq.heappop(self._expiry)[1])
        if signed in self._seen:
            return False
        self._seen.add(signed)
        timestamp = int(signed.split(":", 1)[0])
        heapq.heappush(self._expiry, (timestamp + MAX_AGE_SECONDS + 1, signed))
        return True


def parse(body: bytes, content_type: str) -> dict[str, Any]:
    """The payload of a signed request as Slack sends it: a JSON object (events), a form (slash commands), or a
    form whose ``payload`` field is a JSON object (buttons, shortcuts, forms). Raises ``Refused(400)`` otherwise."""
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        raise Refused(400, "the body is not UTF-8") from None
    if content_type == JSON:
        parsed = _json_object(text, "the body")
    elif content_type == FORM:
        parsed = dict(parse_qsl(text, keep_blank_values=True))
        if "payload" in parsed:
            parsed = _json_object(parsed["payload"], "the payload field")
    else:
        raise Refused(400, f"the content type {content_type or '(none)'} is neither {JSON} nor {FORM}")
    if not parsed:
        raise Refused(400, "the body is empty")
    return parsed


def _json_object(text: str, what: str) -> dict[str, Any]:
    try:
        value = json.loads(text)
    except (ValueError, RecursionError):
        raise Refused(400, f"{what} is not JSON") from None
    if not isinstance(value, dict):
        raise Refused(400, f"{what} is not a JSON object")
    return value
