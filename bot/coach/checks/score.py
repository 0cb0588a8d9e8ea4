"""One number for a reply: how close it is to something a lead would approve sending as it is.

A lead doesn't count empathy phrases. They ask "could this go out to this
customer?", mark a reply down for what it gets wrong for them, and up for
speaking to them: picking up their own details, a warm thank-you to praise, a
clear next step where something is still open. So a two-line thank-you to praise
or a plain answer to a plain question can score high without one stock sentence,
and stock phrases never earn points: the more of a reply is stock, the lower it
scores.

What the reply gets right sets how high it can go; what it gets wrong takes a
share of that away, the way each problem a lead spots makes them less willing
to send it: one harmful line (blame, dismissal, a lecture, a cheerful word to
someone grieving) takes half, a missed acknowledgement or an unanswered
question about a fifth, a small habit a little. Shares rather than points keep
every reply on the 0–100 scale without piling the bad ones up at zero.

Roughly, on a lead's 1–5 scale: 85 and up would be approved as it is, 70 with a
small polish, 50 lets it go with a pointer, below 50 needs revising, below 25
would make things worse.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

from bot.coach.checks.customer import Customer
from bot.coach.checks.model import Finding
from bot.coach.checks.reply import Reply

START = 78
"""A reply that gets nothing wrong but says nothing of this customer's own: fine, not yet good."""
DETAILS = 20
"""Picking up everything there was to pick up from the customer's message shows it was written for them."""
WARM_THANKS = 20
"""A warm answer to praise is the whole job done."""
NEXT_STEP = 6
"""Something was open and the reply says who does what next."""
NAMED = 4
"""It greets or addresses the customer by name."""
WEIGHT = {"high": 0.6, "medium": 0.25, "low": 0.15}
"""How much of what's left the first finding of a rule takes away, as an exponent: 0.6 keeps e^-0.6, about half."""
HARM = frozenset({"E401", "E402", "E405", "E407", "E107", "E410", "E501", "E502", "E503", "E504"})
"""Findings that make things worse for the customer, whatever else the reply gets right."""
HARM_WEIGHT = 0.7
REPEAT_WEIGHT = 0.1
"""The same rule again: it was already counted."""
STOCK_WEIGHT = 0.5
"""A reply made entirely of stock phrases keeps e^-0.5 of its score, before the stock-phrase findings."""
CURT_WEIGHT = 0.3
"""A short reply with nothing warm in its own words ("Early check-in is subject to availability.") may be correct,
but a lead would send it back for a human touch: it keeps about three quarters of its score."""


def score(findings: Iterable[Finding], customer: Customer, reply: Reply) -> int:
    """0–100, where 85 and up is a reply a lead would approve as it is."""
    points = START + DETAILS * _picked_up(customer, reply)
    if customer.praise and reply.acknowledges:
        points += WARM_THANKS
    if customer.needs_next_step and reply.next_step:
        points += NEXT_STEP
    if reply.named:
        points += NAMED
    weight = STOCK_WEIGHT * reply.stock_share
    if reply.curt and not customer.praise:
        weight += CURT_WEIGHT
    seen: set[str] = set()
    for finding in findings:
        if finding.rule in seen:
            weight += REPEAT_WEIGHT
            continue
        seen.add(finding.rule)
        weight += HARM_WEIGHT if finding.rule in HARM else WEIGHT[finding.severity]
    return max(0, min(100, round(points * math.exp(-weight))))


def _picked_up(customer: Customer, reply: Reply) -> float:
    """The share of what there was to pick up that the reply picked up: a tweet has two or three details to
    answer to, a long email more, and a short reply to a short message shouldn't lose to a long one."""
    available = max(1, min(4, len(customer.keywords) // 3))
    return min(reply.details, available) / available
