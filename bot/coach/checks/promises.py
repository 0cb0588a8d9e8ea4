"""Commitments a reply makes on the company's behalf.

Empathy is not bending policy: a rewrite may change how something is said, never
offer money, goods, a follow-up, a call or a time the agent did not. A reply that
says "I'll keep you posted" makes a promise the agent then has to keep, so a
rewrite that adds one creates work, or a broken promise, out of nothing. Each kind
is counted so a rewrite that repeats the draft's own promise is fine and one that
adds any is not.
"""

from __future__ import annotations

from functools import lru_cache

from bot.coach import rx
from bot.coach.checks.cues import compile_table

_DAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|today)"
_WILL = r"(?:i'?ll|i will|i'?m going to|i am going to|i shall|we'?ll|we will|we'?re going to|we are going to|let me)"

PROMISES: dict[str, str] = {
    # Spanish, French and German too: a model coaching a draft in those languages is held to the same line
    "refund": r"\b(?:refund\w*|reimburs\w*|money back|reembols\w*|rembours\w*|(?:rück)?erstatt\w*)\b",
    "credit": r"\bcredit(?:s|ed)?\b(?!\s+(?:card|score|check|union))|\b(?:abonar\w*|abonaremos|gutschrift\w*)\b",
    "discount": r"\b(?:discount\w*|\d+\s?% off|coupon\w*|promo code)\b",
    "voucher": r"\bvouchers?\b",
    "compensation": r"\b(?:compensat\w*|goodwill (?:gesture|payment))\b",
    "guarantee": r"\b(?:guarantee\w*|i promise|we promise)\b",
    "waiver": r"\b(?:waiv\w*)\b",
    "free": r"(?<!feel )(?<!toll-)(?<!toll )\bfree\b(?!\s+to\b)|\bno (?:extra )?charge\b|\bat no cost\b"
            r"|\b(?:gratis|gratuit\w*|kostenlos)\b",
    "reversal": (
        r"\b(?:put|paid|placed|added) (?:it|that|this|the (?:[\w-]+ )?(?:money|amount|charge|fee|payment|cost)|(?:the )?"
        r"[$€£]?\d[\d.,]*) back "
        r"(?:on|into|onto|in) your\b|\brevers(?:e|ed|ing|al)\b|\bgoodwill\b|\bcredited\b|\brefunded\b|\bwaived\b"
    ),
    "follow_up": (
        rf"\b{_WILL} (?:\w+ ){{0,2}}?(?:update you|follow up|get back to you|let you know|keep you (?:posted|updated|"
        r"informed|in the loop)|be in touch|reach out|come back to you|circle back|check (?:back|in)|send you an "
        r"update|(?:post|send|give you|share) an update|contact you|notify you|(?:text|message|email|tell) you|send you "
        r"(?:a|an) (?:text|message|email|sms|note))\b|\bkeep you (?:posted|updated|informed|in the loop)\b|\bas soon as (?:i|we) (?:know|hear|have|get)\b|"
        r"\byou(?:'ll| will) hear (?:back )?from (?:me|us)\b"
    ),
    "call": rf"\b{_WILL} (?:\w+ ){{0,2}}?(?:call|ring|phone|text|email|message|visit) you\b",
    "deadline": (
        rf"\b(?:by|before) (?:the )?(?:end of (?:the )?(?:day|week|month)|{_DAY}|\d)"
        r"|\bwithin (?:the next )?(?:\d+|an?|one|two|three|24|48) (?:minutes?|hours?|days?|weeks?|business days?)\b"
        r"|\bwithin the (?:hour|day|week)\b"
        r"|\b(?:right away|immediately|asap|straight away|first thing|(?:end of|close of) (?:day|business))\b"
        # "today" is a time promised only beside a commitment: "no one came this morning" promises nothing
        r"|\b(?:will|'ll|shall|going to|can|should)\b[^.!?\n]{0,60}?\b(?:today|tomorrow|tonight|"
        r"this (?:afternoon|evening|morning))\b"
    ),
}
"""One pattern per kind of promise, matched against the lower-cased reply."""


OWN_COMMITMENTS = frozenset({"follow_up", "call"})
"""What the agent promises to do themselves: theirs to make and keep, never a rewrite's to add."""

_KINDS = tuple(PROMISES)
_TABLE = compile_table(PROMISES.values())


_SORRY_ABOUT = rx.compile(
    r"\b(?:sorry|apologies|apologi[sz]e) (?:about|for|that|to hear)(?:(?![,;:]|\b(?:and|but|so|i|we|will|going to|"
    r"can|let me|shall)\b)[^.!?\n])*"
)
"""Being sorry about a refund that went wrong ("I'm sorry about the trouble with your refund") promises none."""


@lru_cache(maxsize=4096)
def count_promises(text: str) -> dict[str, int]:
    counts = dict.fromkeys(_KINDS, 0)
    for index in _TABLE.found(_SORRY_ABOUT.sub(" ", text.lower())):
        counts[_KINDS[index]] += 1
    return counts


def added_promises(draft: str, rewrite: str) -> list[str]:
    """Kinds of promise the rewrite makes more often than the draft did."""
    before, after = count_promises(draft), count_promises(rewrite)
    return [name for name in PROMISES if after[name] > before[name]]
