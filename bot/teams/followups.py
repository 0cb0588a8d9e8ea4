"""Work a Teams turn starts but doesn't wait for: a result card redrawn when the model's rewrite arrives, a
practice customer's line while a model words it.

Teams expects its HTTP request answered within seconds and sends it again when
it isn't, and a model may take up to its whole time budget. So the turn answers
with what it has at once, and whatever waits on the model runs afterwards and
reaches the same chat the way a proactive message does: through the reference
of the activity that started it.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable

from botbuilder.core import BotAdapter, TurnContext
from botbuilder.schema import Activity, ConversationReference

log = logging.getLogger(__name__)

Work = Callable[[], Awaitable[Activity | None]]
"""Produces the activity to deliver, or ``None`` when there is nothing to show after all."""


class Followups:
    def __init__(self, app_id: str | None) -> None:
        self._app_id = app_id or ""
        self._running: set[asyncio.Task[None]] = set()

    def start(self, turn_context: TurnContext, work: Work, *, what: str, replacing: str | None = None) -> None:
        """Run ``work`` after this turn and post its activity into the turn's chat; with ``replacing`` (an
        activity id), update that message in place instead. ``what`` names it in the log if it fails."""
        reference = TurnContext.get_conversation_reference(turn_context.activity)
        task = asyncio.create_task(self._run(turn_context.adapter, reference, work, what, replacing),
                                   name=f"teams: {what}")
        self._running.add(task)
        task.add_done_callback(self._running.discard)

    async def settle(self) -> None:
        """Wait for everything started so far (each piece is bounded by the model's time budget): called when
        the server stops, so a rewrite that is on its way isn't cut off between the model and the chat."""
        while self._running:
            await asyncio.gather(*self._running, return_exceptions=True)

    async def _run(
        self, adapter: BotAdapter, reference: ConversationReference, work: Work, what: str, replacing: str | None
    ) -> None:
        try:
            activity = await work()
        except Exception:  # noqa: BLE001 - the agent already has an answer; this only loses the extra
            log.exception("Teams: %s failed; the agent keeps what they were already shown.", what)
            return
        if activity is None:
            return

        async def deliver(turn_context: TurnContext) -> None:
            try:
                if replacing is None:
                    await turn_context.send_activity(activity)
                else:
                    activity.id = replacing
                    await turn_context.update_activity(activity)
            except Exception as error:  # noqa: BLE001 - the chat may be gone or the message too old to edit
                log.warning("Teams: couldn't deliver %s to %s: %s", what, reference.conversation.id, error)

        try:
            await adapter.continue_conversation(reference, deliver, self._app_id)
        except Exception as error:  # noqa: BLE001 - e.g. the bot's own token couldn't be fetched
            log.warning("Teams: couldn't reach %s to deliver %s: %s", reference.conversation.id, what, error)
