"""The better version of a session's weakest reply: the offline rewrite, with nothing in it the coach warns against.

The rewriter fixes what it safely can and leaves the rest of the draft alone, which in a check is right: the
agent sees both. A summary shows the better version on its own, as the reply to learn from, so any sentence
that still blames, dismisses, lectures, sends the customer back to a step they took, crosses the scenario's
card, or makes a promise the draft didn't, is left out of it.
"""

from __future__ import annotations

import re

from bot.coach.checks.analyze import analyze
from bot.coach.checks.engine import check
from bot.coach.checks.promises import count_promises
from bot.coach.practice.card import Card
from bot.coach.practice.scenarios import Scenario
from bot.coach.text import is_blank, read

UNFIT = frozenset({"E401", "E402", "E405", "E407", "E408", "E204", "E107"})
"""Blame, dismissal, condescension, a lecture, defending the company, a step repeated, cheer in a hard moment."""
LECTURE = re.compile(r"\b(?:next time|in future|in the future|for future reference|you (?:should|need to|must|have to)|"
                     r"make sure (?:you|to)|it'?s worth (?:checking|reading|looking)|(?:just )?(?:check|see|read|visit) "
                     r"(?:the|our|your) (?:tracking|faq|website|terms|help|app|page))\b", re.IGNORECASE)
"""Telling the customer what to do, or to look it up themselves, which a better reply does for them."""


def better_version(draft: str, said: str, scenario: Scenario) -> str | None:
    """The rewrite of ``draft`` with every unfit sentence left out; ``None`` when nothing better is left."""
    rewrite = check(draft, said).rewrite
    before = count_promises(draft)
    kept = []
    for sentence in read(rewrite).sentences:
        text = rewrite[sentence.start : sentence.end].strip()
        if not text or _unfit(text, said, scenario.card, before):
            continue
        kept.append(text)
    better = " ".join(kept)
    return None if is_blank(better) or better == draft else better


def _unfit(sentence: str, said: str, card: Card, before: dict[str, int]) -> bool:
    if set(analyze(sentence, said).rules) & UNFIT or LECTURE.search(sentence):
        return True
    if any(offer.found_in(sentence) for offer in card.forbidden):
        return True
    return any(count > before[kind] for kind, count in count_promises(sentence).items())
