"""Commitments a reply makes on the company's behalf.

Empathy is not bending policy: a rewrite may change how something is said, never
offer money, goods or a deadline the agent did not. Each kind is counted so a
rewrite that repeats the draft's own promise is fine and one that adds any is not.
"""

from __future__ import annotations

from functools import lru_cache

from bot.coach.checks.cues import compile_table

_DAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|today)"

PROMISES: dict[str, str] = {
    "refund": r"\b(?:refund\w*|reimburs\w*|money back)\b",
    "credit": r"\bcredit(?:s|ed)?\b(?!\s+(?:card|score|check|union))",
    "discount": r"\b(?:discount\w*|\d+\s?% off|coupon\w*|promo code)\b",
    "voucher": r"\bvouchers?\b",
    "compensation": r"\b(?:compensat\w*|goodwill (?:gesture|payment))\b",
    "guarantee": r"\b(?:guarantee\w*|i promise|we promise)\b",
    "waiver": r"\b(?:waiv\w*)\b",
    "free": r"(?<!feel )(?<!toll-)(?<!toll )\bfree\b(?!\s+to\b)|\bno (?:extra )?charge\b|\bat no cost\b",
    "deadline": (
        rf"\b(?:by|before|until) (?:the )?(?:end of (?:the )?(?:day|week|month)|{_DAY}|\d)"
        r"|\bwithin (?:the next )?(?:\d+|an?|one|two|three|24|48) (?:minutes?|hours?|days?|weeks?|business days?)\b"
        r"|\b(?:right away|immediately|asap|straight away)\b"
        rf"|\b(?:today|tomorrow|tonight)\b"
    ),
}
"""One pattern per kind of promise, matched against the lower-cased reply."""


_KINDS = tuple(PROMISES)
_TABLE = compile_table(PROMISES.values())


@lru_cache(maxsize=4096)
def count_promises(text: str) -> dict[str, int]:
    counts = dict.fromkeys(_KINDS, 0)
    for index in _TABLE.found(text.lower()):
        counts[_KINDS[index]] += 1
    return counts


def added_promises(draft: str, rewrite: str) -> list[str]:
    """Kinds of promise the rewrite makes more often than the draft did."""
    before, after = count_promises(draft), count_promises(rewrite)
    return [name for name in PROMISES if after[name] > before[name]]
