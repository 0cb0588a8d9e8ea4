"""Commitments a reply makes on the company's behalf.

Empathy is not bending policy: a rewrite may change how something is said, never
offer money, goods or a deadline the agent did not. Each kind is counted so a
rewrite that repeats the draft's own promise is fine and one that adds any is not.
"""

from __future__ import annotations

import re
from functools import lru_cache

_DAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|today)"

PROMISES: dict[str, re.Pattern[str]] = {
    name: re.compile(pattern, re.IGNORECASE)
    for name, pattern in {
        "refund": r"\b(?:refund\w*|reimburs\w*|money back)\b",
        "credit": r"\bcredit(?:s|ed)?\b(?!\s+(?:card|score|check|union))",
        "discount": r"\b(?:discount\w*|\d+\s?% off|coupon\w*|promo code)\b",
        "voucher": r"\bvouchers?\b",
        "compensation": r"\b(?:compensat\w*|goodwill (?:gesture|payment))\b",
        "guarantee": r"\b(?:guarantee\w*|I promise|we promise)\b",
        "waiver": r"\b(?:waiv\w*)\b",
        "free": r"(?<!feel )(?<!toll-)(?<!toll )\bfree\b(?!\s+to\b)|\bno (?:extra )?charge\b|\bat no cost\b",
        "deadline": (
            rf"\b(?:by|before|until) (?:the )?(?:end of (?:the )?(?:day|week|month)|{_DAY}|\d)"
            r"|\bwithin (?:the next )?(?:\d+|an?|one|two|three|24|48) (?:minutes?|hours?|days?|weeks?|business days?)\b"
            r"|\b(?:right away|immediately|asap|straight away)\b"
            rf"|\b(?:today|tomorrow|tonight)\b"
        ),
    }.items()
}


@lru_cache(maxsize=4096)
def count_promises(text: str) -> dict[str, int]:
    return {name: len(pattern.findall(text)) for name, pattern in PROMISES.items()}


def added_promises(draft: str, rewrite: str) -> list[str]:
    """Kinds of promise the rewrite makes more often than the draft did."""
    before, after = count_promises(draft), count_promises(rewrite)
    return [name for name in PROMISES if after[name] > before[name]]
