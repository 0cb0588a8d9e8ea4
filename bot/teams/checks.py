"""Checking a reply in Teams: the result card at once, the model's rewrite in place when it passes, and the
buttons under the card, answered the same way in the chat and in the message extension."""

from __future__ import annotations

from botbuilder.core import TurnContext
from botbuilder.schema import Activity

from bot.coach import DraftError
from bot.coach.checks.rules import RULES
from bot.services import Services
from bot.services.checks import CheckExpired, thanks_for_feedback
from bot.teams import check_cards, submits
from bot.teams.followups import Followups
from bot.teams.proactive import Message, as_activity
from bot.teams.turns import PLATFORM, send

CheckRequest = submits.ShowForm | submits.CheckDraft | submits.AnotherVersion | submits.Why | submits.Feedback
CHECK_REQUESTS = (submits.ShowForm, submits.CheckDraft, submits.AnotherVersion, submits.Why, submits.Feedback)


async def check_in_chat(
    services: Services, followups: Followups, turn_context: TurnContext, user_id: str, request: submits.CheckDraft
) -> None:
    """The offline result at once; the model's rewrite replaces it on the card if and when it passes."""
    try:
        checked = await services.check_draft(user_id, PLATFORM, request.draft, request.customer)
    except DraftError as error:
        await send(turn_context, str(error))
        return
    sent = await send(turn_context, check_cards.check_card(checked))
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

