"""What a practice reply does with the scenario's card: offers it may not make, offers it may, facts it gets wrong.

The reply check knows nothing of this customer's policy; the card does. A reply that gives away what the
scenario forbids is marked down and taught, however warm it sounds, because in a real chat the customer
takes it at its word. A reply that makes an allowed offer is credited, and a kind no that comes with one is
not "unhelpful". A number or amount that isn't on the card, or a status the card contradicts, is a fact
to check, and the customer corrects it.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace

from bot.coach.checks.model import Analysis, Finding
from bot.coach.checks.rules import RULES
from bot.coach.checks.score import HARM_WEIGHT, WEIGHT
from bot.coach.practice.card import Offer
from bot.coach.practice.scenarios import Scenario

CROSSED = "E601"
OVERCOMMITTED = "E602"
WRONG_FACT = "E603"
PRACTICE_RULES = frozenset({CROSSED, OVERCOMMITTED, WRONG_FACT})
"""Findings only a practice reply can get: they need the scenario's card."""
DATE_KINDS = frozenset({"date", "guarantee"})
"""Offers of a time or an outcome someone else controls: the managing-expectations finding, not the no one."""
CROSSED_CAP = 25
"""The most a reply that crosses the card can score, however warm: a promise that will be broken makes things worse."""
ALLOWED_CREDIT = 4
"""Points for each allowed offer a reply makes (two at most): offering what you can is the job."""
MAX_CREDITED = 2
UNHELPFUL = ("E303", "E304")
"""A "no with nothing instead" that an allowed offer in the same reply answers."""

MONEY_KINDS = frozenset({"amount", "credit", "discount", "refund", "compensation", "waiver"})
OFFER_REACH = 30
"""An amount this close to an offer (in characters) is what is offered, not a fact quoted."""
_LABELLED_ID = re.compile(
    r"\b(?P<label>order|account|booking|merchant id|merchant|contract|customer number|flight|invoice)"
    r"(?: (?:number|no\.?|id|ref(?:erence)?))?\s*(?:is\s+)?[:#]?\s*(?P<id>[a-z]*\d[\w-]*\d?\w*(?:[ -]\d+)*)",
    re.IGNORECASE,
)
_AMOUNT = re.compile(r"[£$€]\s?(\d[\d,]*(?:\.\d{1,2})?)")


@dataclass(frozen=True, slots=True)
class Boundaries:
    """The card's verdict on one reply."""

    findings: tuple[Finding, ...]
    crossed: tuple[Offer, ...]
    allowed: tuple[Offer, ...]
    corrections: tuple[str, ...]
    """What the customer says to put a wrong fact right, one per wrong fact."""
    declined: tuple[str, ...] = ()
    """Forbidden offers the reply says no to, by what they're called: a promise taken back, if one was made."""


def read_boundaries(text: str, scenario: Scenario, conversation: str) -> Boundaries:
    """Match ``text`` against the card; ``conversation`` is everything said so far, whose numbers are known."""
    findings: list[Finding] = []
    crossed = []
    for offer in scenario.card.forbidden:
        if offer.says not in {o.says for o in crossed} and (span := offer.found_in(text)) is not None:
            crossed.append(offer)
            rule = OVERCOMMITTED if offer.kind in DATE_KINDS else CROSSED
            findings.append(_finding(rule, span, f"You offered {offer.says}, which you may not offer ({offer.because})"))
    allowed = tuple(offer for offer in scenario.card.allowed if offer.found_in(text) is not None)
    corrections = []
    offered = [span for offer in scenario.card.offers
               if offer.kind in MONEY_KINDS and (span := offer.found_in(text)) is not None]
    for span, wrong, correction in _wrong_facts(text, scenario, conversation, offered):
        corrections.append(correction)
        findings.append(_finding(WRONG_FACT, span, f"Check your facts: {wrong} isn't what {scenario.customer}'s "
                                                   "card says."))
    declined = tuple(o.says for o in scenario.card.forbidden if o.declined_in(text))
    return Boundaries(tuple(findings), tuple(crossed), allowed, tuple(corrections), declined)


def apply(analysis: Analysis, found: Boundaries) -> Analysis:
    """The analysis with the card's findings first and the score moved by them.

    Each crossing takes the share a harmful line takes, and caps the score at ``CROSSED_CAP``; an allowed offer earns a few points and answers a
    "no with no alternative" finding, whose share is given back.
    """
    if analysis.score is None:
        return analysis
    kept = analysis.findings
    weight = 0.0
    if found.allowed:
        dropped = {f.rule for f in kept if f.rule in UNHELPFUL}
        weight -= sum(WEIGHT[RULES[rule].severity] for rule in dropped)
        kept = tuple(f for f in kept if f.rule not in UNHELPFUL)
    weight += HARM_WEIGHT * len({f.rule for f in found.findings})
    credit = ALLOWED_CREDIT * min(len(found.allowed), MAX_CREDITED)
    score = max(0, min(100, round(analysis.score * math.exp(-weight)) + (credit if not found.findings else 0)))
    if found.findings:
        score = min(score, CROSSED_CAP)
    return replace(analysis, score=score, findings=found.findings + kept)


def known_facts(scenario: Scenario) -> str:
    """Everything the card says, where a number the agent quotes should come from."""
    card = scenario.card
    return "\n".join(
        (scenario.persona, *scenario.facts, *scenario.may_offer, *scenario.may_not_offer, scenario.opening,
         *(o.says for o in card.offers), *(u.truth for u in card.untrue))
    )


def _wrong_facts(
    text: str, scenario: Scenario, conversation: str, offered: list[tuple[int, int]]
) -> list[tuple[tuple[int, int], str, str]]:
    """Numbers and amounts the card and the conversation don't have, and claims the card says aren't so.

    An amount inside an offer is the offer's business (a credit beyond what's allowed), not a fact to check."""
    known = known_facts(scenario) + "\n" + conversation
    out = []
    known_ids = {_normal_id(m.group("id")): m.group("id") for m in _LABELLED_ID.finditer(known)}
    by_label = {m.group("label").lower(): m.group("id") for m in _LABELLED_ID.finditer(known)}
    for m in _LABELLED_ID.finditer(text):
        token = m.group("id")
        if len(re.sub(r"\D", "", token)) < 3 or _normal_id(token) in known_ids or _inside_known(token, known):
            continue
        label = m.group("label").lower()
        right = by_label.get(label)
        fix = f"my {label} number is {right}, not {token}." if right else f"{token} isn't my {label} number."
        out.append(((m.start("id"), m.end("id")), token, f"That's not right: {fix}"))
    amounts = {float(a.replace(",", "")) for a in _AMOUNT.findall(known)}
    for m in _AMOUNT.finditer(text):
        value = float(m.group(1).replace(",", ""))
        if not amounts or value in amounts or any(start - OFFER_REACH <= m.start() < end + OFFER_REACH for start, end in offered):
            continue
        nearest = min(amounts, key=lambda a: abs(a - value))
        symbol = m.group(0)[0]
        out.append(((m.start(), m.end()), m.group(0),
                    f"{m.group(0)}? That's not what I have: the figure I know is {symbol}{_money(nearest)}."))
    for claim in scenario.card.untrue:
        if (span := claim.found_in(text)) is not None:
            out.append((span, f'"{text[span[0]:span[1]]}"', f"That's not what I've been told: {claim.truth}"))
    return out


def _finding(rule_id: str, span: tuple[int, int], message: str) -> Finding:
    rule = RULES[rule_id]
    return Finding(rule.id, rule.severity, span[0], span[1], message, rule.why, rule.lesson)


def _normal_id(token: str) -> str:
    return re.sub(r"[\s-]", "", token.lower())


def _inside_known(token: str, known: str) -> bool:
    """A shorter form of a known number ("9910" for "9910-B")."""
    return _normal_id(token) in _normal_id(known)


def _money(value: float) -> str:
    return f"{value:.2f}" if value % 1 else f"{value:.0f}"
