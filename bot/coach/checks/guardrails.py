"""What an LLM rewrite must pass before anyone sees it.

A model writes more naturally than the offline rewriter, and it also forgets an
order number, offers a refund nobody approved, promises a call nobody will make,
quotes a policy that doesn't exist, or answers in French. Every answer is checked
here, in code, against the draft and the customer's message. Each check stops one
kind of flaw, and the first one an answer fails is named, so the agent sees the
offline result instead and whoever runs the coach can see why.

The checks compare the answer with the *draft*, never with the offline rewrite:
a natural answer that fixes what matters should win even where the offline
rewrite scores a point higher.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.coach import rx
from bot.coach.checks.analyze import analyze
from bot.coach.checks.customer import read_customer, situation_of
from bot.coach.checks.facts import RELATIVE_DAY, find_facts, mentions, missing_facts
from bot.coach.checks.jargon import TERMS
from bot.coach.checks.model import Analysis, CheckResult
from bot.coach.checks.promises import added_promises
from bot.coach.checks.rules import APOLOGY
from bot.coach.checks.score import HARM
from bot.coach.language import ENGLISH, UNKNOWN, language_name, language_of
from bot.coach.privacy import LOOSE_PLACEHOLDER
from bot.coach.text import WORD

CHECKS = (
    "empty", "meta", "placeholders", "language", "length", "facts", "promises", "unwarranted", "praise", "harm", "findings",
    "score",
)
"""Every guard, in the order they run; a rejection names the first one that failed."""

MIN_LENGTH_RATIO = 0.4
"""An answer shorter than this share of the draft has cut what the agent needed to say."""
MAX_LENGTH_RATIO = 2.0
LENGTH_ALLOWANCE = 300
"""Characters a short draft may grow by: "Read the FAQ." needs room for an acknowledgement and a next step."""

_POLICY = rx.compile(
    r"\b(?:polic(?:y|ies)|terms (?:and|&) conditions|terms of (?:service|use)|guidelines|regulations?"
    r"|by law|legally|entitled|eligib\w*|statutory)\b",
    re.IGNORECASE,
)
"""Claims about rules and rights: fine when the draft made them, made up when only the model did."""
_REQUIREMENT = rx.compile(r"\b(?:must(?! (?:have been|be)\b)|required|requires?|as proof|proof of|only (?:if|with|when|"
                          r"at|in person)|no later than|in person|original (?:ticket|receipt|document)s?)\b")
"""Conditions on the customer ("with your original ticket as proof", "in person at a branch"): the agent's to set."""
_META = rx.compile(
    r"^\W*(?:sure|certainly|of course|here(?:'s| is| are))\b.{0,40}\b(?:rewrite|rewritten|revised|version|reply)\b"
    r"|\b(?:as an ai|language model|rewritten (?:reply|draft|version)|original draft|the (?:findings|draft) "
    r"(?:say|said|mention)|i(?:'ve| have) (?:rewritten|revised|edited) (?:the|your|this)|the draft|rewritten "
    r"draft|(?:left|kept) it as it (?:is|was)|revised draft|note (?:for|to) the agent|for the agent)\b"
    r"|^\s*-{3,}\s*$"
    r"|(?:^|\()\s*(?:note:\s*)?i(?:'ve| have)? (?:removed|changed|rewrote|reworded|softened|dropped|linked|replaced|"
    r"cut|kept|moved) (?:the |this |that |a |an |your )?(?:\w+ )?(?:opening|closing|draft|reply|sentence|line|tone|"
    r"wording|phrase|lecture|refusal|apology|paragraph)s?\b",
    re.IGNORECASE | re.DOTALL | re.MULTILINE,
)
"""The model talking about its task instead of writing the reply."""
_ACRONYM = rx.compile(r"\b[A-Z]{2,4}\b")
"""A short all-capitals word: a term everyone knows ("ETA"), or a name ("DPD") the answer may not invent."""


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


def review(checked: CheckResult, rewrite: str) -> Verdict:
    """Run every check on an LLM ``rewrite`` of ``checked.draft``; the first failure wins."""
    draft, customer = checked.draft, checked.customer
    rejection = (
        _empty(rewrite)
        or _meta(rewrite)
        or _placeholders(draft, rewrite)
        or _language(draft, rewrite)
        or _length(draft, rewrite)
        or _facts(checked.analysis, rewrite)
        or _promises(draft, rewrite)
        or _unwarranted(draft, customer, rewrite)
        or _praise(customer, rewrite)
    )
    if rejection:
        return Verdict(None, rejection)
    analysis = analyze(rewrite, customer, situation=situation_of(draft, customer))
    return Verdict(analysis, _worse_than_the_draft(checked.analysis, analysis))


def _worse_than_the_draft(before: Analysis, after: Analysis) -> Rejection | None:
    """What the engine can read, the answer must fix what hurts and make nothing worse: no harmful finding left,
    no new finding, no lower score."""
    if not before.readable or not after.readable:
        return None  # another language: the engine can't judge it, the checks above still hold
    assert before.score is not None and after.score is not None
    kept = [rule for rule in dict.fromkeys(after.rules) if rule in HARM]
    if kept:
        return Rejection("harm", f"keeps what hurts the customer: {', '.join(kept)}")
    added = [rule for rule in dict.fromkeys(after.rules) if rule not in set(before.rules)]
    if added:
        return Rejection("findings", f"adds findings the draft didn't have: {', '.join(added)}")
    if after.score < before.score:
        return Rejection("score", f"scores {after.score}, below the draft's {before.score}")
    return None


def _empty(rewrite: str) -> Rejection | None:
    return None if WORD.search(rewrite) else Rejection("empty", "the answer has no words in it")


def _placeholders(draft: str, rewrite: str) -> Rejection | None:
    """Placeholders still in the restored answer are details the model lost (a draft's own "[EMAIL]" is fine)."""
    left = [token for token in LOOSE_PLACEHOLDER.findall(rewrite) if token not in draft]
    return Rejection("placeholders", f"unknown or altered placeholders: {', '.join(left)}") if left else None


def _language(draft: str, rewrite: str) -> Rejection | None:
    """The answer is in the draft's language (English drafts get English answers)."""
    wanted, given = language_of(draft), language_of(rewrite)
    if UNKNOWN in (wanted, given) or wanted == given:
        return None
    return Rejection("language", f"the draft is in {_name(wanted)} and the answer is in {_name(given)}")


def _name(code: str) -> str:
    return "English" if code == ENGLISH else language_name(code)


def _length(draft: str, rewrite: str) -> Rejection | None:
    size, given = len(draft.strip()), len(rewrite.strip())
    if given < MIN_LENGTH_RATIO * size:
        return Rejection("length", f"{given} characters for a {size}-character draft: too much was cut")
    if given > MAX_LENGTH_RATIO * size + LENGTH_ALLOWANCE:
        return Rejection("length", f"{given} characters for a {size}-character draft: too long to send")
    return None


def _facts(draft: Analysis, rewrite: str) -> Rejection | None:
    """Every fact of the draft is in the answer, except what goes with a line that had to go: "as I told you
    yesterday" takes "yesterday" with it, and "At FoodNow, satisfaction is our top priority" the company's name."""
    harmful = [(f.start, f.end) for f in draft.findings if f.rule in HARM and f.end > f.start]
    stock = [_sentence_around(draft.text, f.start) for f in draft.findings if f.rule in _STOCK and f.end > f.start]
    lost = [fact for fact in missing_facts(draft.text, rewrite)
            if not all(_inside(m, harmful) or (not any(c.isdigit() for c in fact) and _inside(m, stock))
                       for m in re.finditer(re.escape(fact), draft.text))]
    return Rejection("facts", f"lost or changed: {', '.join(lost)}") if lost else None


_STOCK = frozenset({"E102", "E406"})


def _inside(m: re.Match[str], spans: list[tuple[int, int]]) -> bool:
    return any(start <= m.start() and m.end() <= end for start, end in spans)


def _sentence_around(text: str, at: int) -> tuple[int, int]:
    start = max(text.rfind(mark, 0, at) for mark in ".!?\n") + 1
    ends = [i for i in (text.find(mark, at) for mark in ".!?\n") if i != -1]
    return start, min(ends, default=len(text))


def _promises(draft: str, rewrite: str) -> Rejection | None:
    """Money back in any wording, goods, a guarantee, a follow-up, a call or a time the draft didn't offer."""
    added = added_promises(draft, rewrite)
    return Rejection("promises", f"adds a promise the draft didn't make: {', '.join(added)}") if added else None


def _unwarranted(draft: str, customer: str | None, rewrite: str) -> Rejection | None:
    """New facts (a date, an amount, a team's name) or policy claims.

    The customer's own details are fair to use: saying back what they told you is listening.
    """
    known = draft + "\n" + (customer or "")
    invented = [span.text for span in find_facts(rewrite)
                if not mentions(known, span.text) and not RELATIVE_DAY.fullmatch(span.text)]
    invented += [name for name in _ACRONYM.findall(rewrite) if name not in TERMS and name not in known]
    if invented:
        return Rejection("unwarranted", f"adds details the draft doesn't have: {', '.join(invented)}")
    if len(_POLICY.findall(rewrite)) > len(_POLICY.findall(draft)):
        return Rejection("unwarranted", "mentions a policy or a right the draft didn't")
    if len(_REQUIREMENT.findall(rewrite.lower())) > len(_REQUIREMENT.findall(draft.lower())):
        return Rejection("unwarranted", "sets a condition the draft didn't")
    return None


def _meta(rewrite: str) -> Rejection | None:
    """An answer that talks about the task ("Here is the rewritten reply:") would be sent to the customer as is."""
    return Rejection("meta", "talks about the rewrite instead of being the reply") if _META.search(rewrite) else None


def _praise(customer: str | None, rewrite: str) -> Rejection | None:
    """A customer who is thanking you gets thanks back, never an apology: not even one the draft made."""
    if customer and read_customer(customer).praise and APOLOGY.search(rewrite):
        return Rejection("praise", "apologises to a customer who is praising")
    return None
