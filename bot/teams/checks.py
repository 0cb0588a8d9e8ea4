"""Checking a reply in Teams: the result card at once, the model's rewrite in place when it passes, and the
buttons under the card, answered the same way in the chat and in the message extension."""

from __future__ import annotations

import logging
from collections import OrderedDict

from botbuilder.core import TurnContext
from botbuilder.schema import Activity, MessageReaction

from bot.coach import DraftError
from bot.coach.checks.rules import RULES
from bot.services import Services
from bot.services.checks import CheckExpired, thanks_for_feedback
from bot.teams import check_cards, submits
from bot.teams.followups import Followups
from bot.teams.proactive import Message, as_activity
from bot.teams.turns import PLATFORM, send

log = logging.getLogger(__name__)

CheckRequest = submits.ShowForm | submits.CheckDraft | submits.AnotherVersion | submits.Why | submits.Feedback
CHECK_REQUESTS = (submits.ShowForm, submits.CheckDraft, submits.AnotherVersion, submits.Why, submits.Feedback)


HELPFUL_REACTIONS = ("like", "1f44d", "\N{THUMBS UP SIGN}")
"""👍: Teams' classic "like", and the emoji code its newer reactions start with (``1f44d_thumbsup``, skin tones too)."""
NOT_HELPFUL_REACTIONS = ("1f44e", "\N{THUMBS DOWN SIGN}")
"""👎, which only Teams' newer reactions offer."""


class ResultCards:
    """Which check each recent result card shows, by the card's message id, so that a 👍 or 👎 on the card (a
    reaction names only the message) is recorded as Helpful or Not helpful on that check.

    Kept in memory for the most recent ``size`` cards: a reaction to an older card, or to one sent before the
    server restarted, is ignored, and the card's buttons still work.
    """

    def __init__(self, size: int = 10_000) -> None:
        self._size = size
        self._checks: OrderedDict[tuple[str, str], int] = OrderedDict()

    def remember(self, activity: Activity, card_id: str, check_id: int) -> None:
        self._checks[(activity.conversation.id, card_id)] = check_id
        self._checks.move_to_end((activity.conversation.id, card_id))
        while len(self._checks) > self._size:
            self._checks.popitem(last=False)

    def check_for(self, activity: Activity) -> int | None:
        """The check shown on the card this activity (a reaction) refers to, if it is a recent result card."""
        return self._checks.get((activity.conversation.id, activity.reply_to_id or ""))


def reaction_verdict(reactions: list[MessageReaction]) -> bool | None:
    """Helpful (``True``) for a 👍, Not helpful (``False``) for a 👎, the last one counting; ``None`` for others."""
    verdict = None
    for reaction in reactions:
        kind = (reaction.type or "").lower() if isinstance(reaction.type, str) else ""
        if kind.startswith(HELPFUL_REACTIONS):
            verdict = True
        elif kind.startswith(NOT_HELPFUL_REACTIONS):
            verdict = False
    return verdict


def record_reaction(services: Services, cards: ResultCards, activity: Activity, user_id: str,
                    reactions: list[MessageReaction]) -> None:
    """A 👍 or 👎 on a result card counts as pressing Helpful or Not helpful (with no reason); any other reaction,
    or a reaction to any other message, is left alone."""
    check_id = cards.check_for(activity)
    helpful = reaction_verdict(reactions)
    if check_id is None or helpful is None:
        return
    try:
        services.checks.feedback(user_id, check_id, helpful)
    except CheckExpired as error:
        log.info("Ignored a reaction to the result card of check %s: %s", check_id, error)


async def check_in_chat(
    services: Services, followups: Followups, cards: ResultCards, turn_context: TurnContext, user_id: str,
    request: submits.CheckDraft,
) -> None:
    """The offline result at once; the model's rewrite replaces it on the card if and when it passes."""
    try:
        checked = await services.check_draft(user_id, PLATFORM, request.draft, request.customer)
    except DraftError as error:
        await send(turn_context, str(error))
        return
    sent = await send(turn_context, check_cards.check_card(checked))
    if sent is not None and sent.id:
        cards.remember(turn_context.activity, sent.id, checked.check_id)
    if sent is None or not sent.id or not services.checks.improves(user_id):
        return

    async def improved() -> Activity | None:
        better = await services.checks.improve(user_id, checked)
        if better is None or better.result.engine != "llm":
            return None
        return as_activity(check_cards.check_card(better))

    followups.start(turn_context, improved, what=f"the LLM rewrite of check {checked.check_id}", replacing=sent.id)


def answer(services: Services, user_id: str, request: CheckRequest, *, in_extension: bool) -> Message:
    """One check request from a command or a button; in the message extension the card offers to insert the
    rewrite into the message being written. It reads and writes the database: await it with ``Services.run``."""
    checks = services.checks
    try:
        if isinstance(request, submits.ShowForm):
            return check_cards.check_form_card()
        if isinstance(request, submits.CheckDraft):
            checked = checks.check(user_id, PLATFORM, request.draft, request.customer)
            return check_cards.check_card(checked, insert=in_extension)
        if isinstance(request, submits.AnotherVersion):
            return check_cards.check_card(checks.another_version(user_id, request.check_id), insert=in_extension)
        if isinstance(request, submits.Why):
            rule = RULES[request.rule]
            return check_cards.why_card(rule, services.lessons.lesson(rule.lesson))
        checks.feedback(user_id, request.check_id, request.helpful, request.reason)
        return thanks_for_feedback(request.check_id, request.helpful, request.reason,
                                   reason_kept=services.settings.store_text)
    except (DraftError, CheckExpired) as error:
        return str(error)

