"""Daily lessons in Teams: sending one into an agent's personal chat through the conversation reference
saved at install.

The fan-out in ``bot.delivery`` decides who gets what and when; this only draws
the card and hands it to the ``Outbox``, which reports what the Bot Connector
answered in the terms every platform uses (``RateLimited``, ``RecipientGone``).
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from botbuilder.integration.aiohttp import CloudAdapter

from bot.coach.lessons.sending import LessonMessage, Sender
from bot.store import Store
from bot.teams.auth import authentication
from bot.teams.lesson_cards import lesson_card
from bot.teams.proactive import Outbox

if TYPE_CHECKING:
    from aiohttp import web

    from bot.settings import Settings


def lesson_sender(settings: Settings, app: web.Application | None = None) -> Sender:
    """Inside the server, lessons go through the outbox Teams mounted there; from ``deliver-due`` they get
    their own adapter, and their own connection to the database the chat references are kept in."""
    from bot.teams import TEAMS_OUTBOX

    if app is not None and TEAMS_OUTBOX in app:
        return partial(send_lesson, app[TEAMS_OUTBOX])
    return StandaloneSender(settings)


async def send_lesson(outbox: Outbox, message: LessonMessage) -> None:
    await outbox.send(message.user_id, lesson_card(message))


class StandaloneSender:
    """The sender of a ``deliver-due`` run. It builds the adapter and opens the database on the first send, so
    a run with no Teams agent due (or one that finds no database) never touches either, and ``aclose`` lets
    ``bot.delivery.close_senders`` close that connection again."""

    def __init__(self, settings: Settings) -> None:
        self._settings = settings
        self._store: Store | None = None
        self._outbox: Outbox | None = None

    async def __call__(self, message: LessonMessage) -> None:
        await send_lesson(self._opened(), message)

    async def aclose(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = self._outbox = None

    def _opened(self) -> Outbox:
        if self._outbox is None:
            teams = self._settings.teams
            assert teams is not None, "configured_senders only asks for a Teams sender when Teams is configured"
            self._store = Store.open(self._settings.db_path)
            self._outbox = Outbox(CloudAdapter(authentication(teams)), teams.app_id, self._store)
        return self._outbox
