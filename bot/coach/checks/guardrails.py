"""What an LLM rewrite must pass before anyone sees it.

A model writes more naturally than the offline rewriter, and it also forgets an
order number, offers a refund nobody approved, quotes a policy that doesn't
exist, or answers in French. Every answer is checked here, in code, against the
draft and the offline rewrite; the first check it fails is named, so the agent
sees the offline rewrite instead and whoever runs the coach can see why.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.coach.checks.analyze import analyze
from bot.coach.checks.facts import find_facts, missing_facts
from bot.coach.checks.model import Analysis, CheckResult
from bot.coach.checks.promises import added_promises
from bot.coach.privacy import LOOSE_PLACEHOLDER
from bot.coach.text import WORD

CHECKS = ("empty", "placeholders", "language", "length", "facts", "promises", "unwarranted", "score")
"""Every guard, in the order they run; a rejection names the first one that failed."""

MIN_LENGTH_RATIO = 0.4
MAX_LENGTH_RATIO = 2.0
LENGTH_ALLOWANCE = 300
"""Characters a short draft may grow by: "Read the FAQ." needs room for an acknowledgement and a next step."""

_POLICY = re.compile(
    r"\b(?:polic(?:y|ies)|terms (?:and|&) conditions|terms of (?:service|use)|guidelines|regulations?"
    r"|by law|legally|entitled|eligib\w*|statutory)\b",
    re.IGNORECASE,
)
"""Claims about rules and rights: fine when the draft made them, made up when only the model did."""
_META = re.compile(
    r"^\W*(?:sure|certainly|of course|here(?:'s| is| are))\b.{0,40}\b(?:rewrite|rewritten|revised|version|reply)\b"
    r"|\b(?:as an ai|language model|rewritten (?:reply|draft|version)|original draft)\b",
    re.IGNORECASE | re.DOTALL,
)
"""The model talking about its task instead of writing the reply."""
_LETTER = re.compile(r"[^\W\d_]")
_LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f]")
_ENGLISH = frozenset(
    """the and you your to of is are we it that this for with have has will be can on in not as at my our
    what so if but was do please thank thanks sorry know about been i i'm i'll we'll you're there here
    they them would could should let help any just""".split()
)


@dataclass(frozen=True, slots=True)
class Rejection:
    check: str
    """One of ``CHECKS``: stored, counted and shown as the reason the LLM rewrite was not used."""
    detail: str
    """What exactly was wrong, for the log; may quote the draft, so it is never stored."""


@dataclass(frozen=True, slots=True)
class Verdict:
    analysis: Analysis | None
    """The rewrite re-scored by the engine's analyzer, once the checks got that far."""
    rejection: Rejection | None

    @property
    def passed(self) -> bool:
        return self.rejection is None


def review(offline: CheckResult, rewrite: str) -> Verdict:
    """Run every check on an LLM ``rewrite`` of ``offline.draft``; the first failure wins."""
    draft, customer = offline.draft, offline.customer
    rejection = (
        _empty(rewrite)
        or _placeholders(draft, rewrite)
        or _language(draft, rewrite)
        or _length(draft, rewrite)
        or _facts(draft, rewrite)
        or _promises(draft, rewrite)
        or _unwarranted(draft, customer, rewrite)
    )
    if rejection:
        return Verdict(None, rejection)
    analysis = analyze(rewrite, customer)
    if analysis.score < offline.rewrite_score:
        detail = f"scores {analysis.score}, below the offline rewrite's {offline.rewrite_score}"
        return Verdict(analysis, Rejection("score", detail))
    return Verdict(analysis, None)


def _empty(rewrite: str) -> Rejection | None:
    return None if WORD.search(rewrite) else Rejection("empty", "the answer has no words in it")


def _placeholders(draft: str, rewrite: str) -> Rejection | None:
    """Placeholders still in the restored answer are details the model lost (a draft's own "[EMAIL]" is fine)."""
    left = [token for token in LOOSE_PLACEHOLDER.findall(rewrite) if token not in draft]
    return Rejection("placeholders", f"unknown or altered placeholders: {', '.join(left)}") if left else None


def _language(draft: str, rewrite: str) -> Rejection | None:
    """A reply in another language than the draft, by script and by English function words."""
    if _latin_share(draft) >= 0.9 and _latin_share(rewrite) < 0.7:
        return Rejection("language", "the answer is not in the draft's script")
    draft_share, rewrite_share = _english_share(draft), _english_share(rewrite)
    if draft_share is not None and rewrite_share is not None and draft_share >= 0.15 and rewrite_share < 0.08:
        return Rejection("language", "the draft is in English and the answer is not")
    return None


def _length(draft: str, rewrite: str) -> Rejection | None:
    size, given = len(draft.strip()), len(rewrite.strip())
    if given < MIN_LENGTH_RATIO * size:
        return Rejection("length", f"{given} characters for a {size}-character draft: too much was cut")
    if given > MAX_LENGTH_RATIO * size + LENGTH_ALLOWANCE:
        return Rejection("length", f"{given} characters for a {size}-character draft: too long to send")
    return None


def _facts(draft: str, rewrite: str) -> Rejection | None:
    lost = missing_facts(draft, rewrite)
    return Rejection("facts", f"lost or changed: {', '.join(lost)}") if lost else None


def _promises(draft: str, rewrite: str) -> Rejection | None:
    added = added_promises(draft, rewrite)
    return Rejection("promises", f"adds a promise the draft didn't make: {', '.join(added)}") if added else None


def _unwarranted(draft: str, customer: str | None, rewrite: str) -> Rejection | None:
    """New facts (a date, an amount, a team's name), policy claims or talk about the task itself."""
    known = draft + "\n" + (customer or "")
    invented = [
        span.text
        for span in find_facts(rewrite)
        if not re.search(rf"(?<!\w){re.escape(span.text)}(?!\w)", known, re.IGNORECASE)
    ]
    if invented:
        return Rejection("unwarranted", f"adds details the draft doesn't have: {', '.join(invented)}")
    if len(_POLICY.findall(rewrite)) > len(_POLICY.findall(draft)):
        return Rejection("unwarranted", "mentions a policy or a right the draft didn't")
    if _META.search(rewrite):
        return Rejection("unwarranted", "talks about the rewrite instead of being the reply")
    return None


def _latin_share(text: str) -> float:
    letters = len(_LETTER.findall(text))
    return len(_LATIN_LETTER.findall(text)) / letters if letters else 1.0


def _english_share(text: str) -> float | None:
    """Share of English function words; ``None`` when the text is too short to tell."""
    words = WORD.findall(text.lower().replace("’", "'"))
    if len(words) < 6:
        return None
    return sum(1 for w in words if w in _ENGLISH) / len(words)
