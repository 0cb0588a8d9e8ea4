"""Requests Slack may send that the app has no use for: acknowledged and ignored, rather than answered 404.

Registered after every other listener, so they only take what none of those
did: an event the app doesn't act on (Slack turns off an event subscription
whose deliveries keep failing), a button or form from a message an older
version of the app posted, a shortcut or options lookup it doesn't offer, and
Slack's notice that it is dropping events because of their rate.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Awaitable, Callable
from typing import Any

from slack_bolt.async_app import AsyncAck, AsyncApp
from slack_bolt.response import BoltResponse

log = logging.getLogger(__name__)

ANYTHING = re.compile(".*")


def register(app: AsyncApp) -> None:
    app.middleware(note_rate_limited)
    app.event(ANYTHING)(ignore_event)
    for listen in (app.action, app.shortcut, app.options, app.view_submission, app.view_closed):
        listen(ANYTHING)(ignore)


async def note_rate_limited(body: dict[str, Any], next: Callable[[], Awaitable[None]]) -> BoltResponse | None:
    """Slack sends ``app_rate_limited`` when a workspace's events pass 30,000 an hour; the ones over are lost."""
    if body.get("type") == "app_rate_limited":
        log.warning("Slack is dropping events for workspace %s: it sent more than its hourly limit this minute.",
                    body.get("team_id"))
        return BoltResponse(status=200, body="")
    await next()
    return None


async def ignore_event(event: dict[str, Any]) -> None:
    log.debug("Ignored a Slack %s event.", event.get("type"))


async def ignore(ack: AsyncAck, body: dict[str, Any]) -> None:
    await ack()
    log.debug("Ignored a Slack %s request the app doesn't offer.", body.get("type"))
