"""Daily lessons in Teams: sending one into an agent's personal chat through the conversation reference
saved at install.

The fan-out in ``bot.services.lessons`` decides who gets what and when; this only draws
the card and hands it to the ``Outbox``, which reports what the Bot Connector
answered in the terms every platform uses (``RateLimited``, ``RecipientGone``).
"""

from __future__ import annotations

from botbuilder.integration.aiohttp import CloudAdapter

from bot.services import Services
from bot.services.lessons import LessonMessage
from bot.settings import Settings
from bot.teams.auth import authentication
from bot.teams.lesson_cards import lesson_card
from bot.teams.proactive import Outbox


async def send_lesson(outbox: Outbox, message: LessonMessage) -> None:
    await outbox.send(message.user_id, lesson_card(message))


class StandaloneSender:
    """The sender of a ``deliver-due`` run. It builds the adapter and opens the database on the first send, so
    a run with no Teams agent due (or one that finds no database) never touches either, and ``aclose`` lets
    ``bot.server.close_senders`` close that connection again."""

    def __init__(self, settings: Settings) -> None:
        self._settings = settings
        self._services: Services | None = None
        self._outbox: Outbox | None = None

    async def __call__(self, message: LessonMessage) -> None:
        await send_lesson(self._opened(), message)

    async def aclose(self) -> None:
        if self._services is not None:
            self._services.close()
            self._services = self._outbox = None

    def _opened(self) -> Outbox:
        if self._outbox is None:
            teams = self._settings.teams
            assert teams is not None, "configured_senders only asks for a Teams sender when Teams is configured"
            self._services = Services.open(self._settings)
            self._outbox = Outbox(CloudAdapter(authentication(teams)), teams.app_id, self._services.lessons)
        return self._outbox
