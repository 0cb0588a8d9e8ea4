"""One reply check from end to end: analyze, rewrite, verify, re-score."""

from __future__ import annotations

from collections import Counter

from bot.coach import rx
from bot.coach.checks.analyze import analyze
from bot.coach.checks.customer import situation_of
from bot.coach.checks.facts import missing_facts
from bot.coach.checks.model import Analysis, CheckResult
from bot.coach.checks.promises import added_promises
from bot.coach.checks.rewrite import rewrite
from bot.coach.text import MAX_DRAFT_CHARS, is_blank

rx.save()  # every pattern a check uses is compiled by now: keep them for the next start


class DraftError(ValueError):
    """A draft we can't check, with a message meant for the agent who sent it."""


def validate(draft: str | None) -> str:
    if is_blank(draft):
        raise DraftError("There's no reply to check: paste the draft you want feedback on.")
    assert draft is not None
    if len(draft) > MAX_DRAFT_CHARS:
        raise DraftError(
            f"That draft is {len(draft):,} characters; the coach checks replies up to "
            f"{MAX_DRAFT_CHARS:,}. Check it a few paragraphs at a time."
        )
    return draft


def _worse(improved: Analysis, analysis: Analysis) -> bool:
    """The engine's own safety net: a rewrite that scores lower, or gained a finding, is not shown.

    Two findings may appear without counting against it: an unanswered question and a missing next step. The
    rewrite only cuts what hurts and adds an acknowledgement, so a question that reads as unanswered afterwards
    never was answered: a brush-off that shared its words ("it's just a parcel" to "where is my parcel?") is gone,
    or an added sentence moved the reading of where the answer starts. Likewise "You might want to try being
    quicker next time" reads as a next step and isn't one. The cut or the addition only shows the gap. So with a
    form letter: once "as a city centre hotel, some noise is to be expected" goes, "Dear Guest… we hope to welcome
    you again" reads as the script it always was.
    """
    if improved.score is None or analysis.score is None:
        return True  # what's left reads as another language: keep the agent's words
    before = set(analysis.rules)
    # a no read first as policy (or as a lecture: "our policy, which you agreed to, states…"), then, with the policy
    # words or the aside cut, as a plain no
    if before & (_REFUSALS | {"E407"}):
        before |= _REFUSALS
    if before & _CANNED:  # a form line ("please refer to our website") is flagged once the stock apology beside it goes
        before |= _CANNED
    before |= _SHOWN_BY_A_CUT
    # "As I already said in my previous email, deposits are…" loses "email", a word of theirs it picked up, with the
    # dismissal: a lower score with a finding fewer and none new is that word, not a worse reply
    fewer = _kept(improved) < _kept(analysis)
    return improved.score < analysis.score and not fewer or any(rule not in before for rule in improved.rules)


def _kept(analysis: Analysis) -> Counter[str]:
    """The findings a rewrite answers for: those a cut only brings to light don't count."""
    return Counter(rule for rule in analysis.rules if rule not in _SHOWN_BY_A_CUT)


_SHOWN_BY_A_CUT = frozenset({"E201", "E301", "E406", "E503"})
"""Gaps the draft already had that a cut or an addition only brings to light (see ``_worse``): "Please do not send
further emails…" cut from a reply to someone overdrawn leaves a reply that never met their hardship, as it never had."""
_REFUSALS = frozenset({"E303", "E304"})
_CANNED = frozenset({"E102", "E406"})


def check(draft: str, customer: str | None = None, *, variant: int = 0) -> CheckResult:
    """Check a draft reply, optionally against the customer's message it answers.

    ``variant`` selects another wording of the rewrite ("another version"); the
    analysis is the same for every variant.
    """
    draft = validate(draft)
    customer = None if is_blank(customer) else customer
    analysis = analyze(draft, customer)
    text, changes = rewrite(analysis, customer, variant)
    if text == analysis.text:
        return CheckResult(analysis.text, customer, analysis, text, analysis, ())
    if is_blank(text):  # all of it was lecture or brush-off: the findings say what to write instead
        return CheckResult(analysis.text, customer, analysis, analysis.text, analysis, ())
    improved = analyze(text, customer, situation=situation_of(draft, customer))
    if missing_facts(analysis.text, text) or added_promises(analysis.text, text) or _worse(improved, analysis):
        text, changes, improved = analysis.text, (), analysis
    return CheckResult(analysis.text, customer, analysis, text, improved, changes)
