"""Internal words customers shouldn't have to decode, with the plain words to use instead.

One table serves three readers: the analyzer flags these terms, the fact guard
knows an acronym here is jargon rather than a booking code, and the rewriter
swaps in the plain words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from bot.coach import rx

PLAIN_WORDS: dict[str, str] = {
    "SLA": "service-level agreement",
    "RMA": "return authorisation",
    "TAT": "turnaround time",
    "KB": "help centre",
    "CX": "customer experience",
    "CSAT": "satisfaction survey",
    "NPS": "feedback survey",
    "SOP": "standard process",
    "CRM": "our records",
    "IVR": "phone menu",
    "ERP": "our systems",
    "2FA": "two-step verification",
    "SKU": "product code",
    "AML": "anti-money-laundering",
    "PNR": "booking reference",
    "IHD": "in-home display",
    "WLAN": "Wi-Fi",
    "L1": "our support team",
    "L2": "our specialist team",
    "L3": "our engineering team",
    "tier 1": "our support team",
    "tier 2": "our specialist team",
    "tier 3": "our engineering team",
    "backend": "our systems",
    "back-end": "our systems",
    "escalation queue": "our specialists' queue",
    "ticket queue": "our queue",
    "repro": "recreate",
    "reproduced": "recreated",
    "root cause": "underlying cause",
    "sync issue": "syncing problem",
    "sync error": "syncing problem",
    "syncing issue": "syncing problem",
    "deprecated": "no longer supported",
    "provisioned": "set up",
    "propagating": "coming through",
    "ticket status": "status of your request",
    "in the system": "on our side",
    "system shows": "records show",
    "system says": "records say",
}

ACRONYMS = frozenset(term for term in PLAIN_WORDS if term.isupper() or term[0].isupper())


def _longest_first(terms: Iterable[str]) -> str:
    """An alternation that tries longer terms first, in the same order on every start."""
    return "|".join(sorted((re.escape(t) for t in terms), key=lambda t: (-len(t), t)))


_ACRONYM_PART = _longest_first(ACRONYMS)
_WORD_PART = _longest_first(t for t in PLAIN_WORDS if t not in ACRONYMS)
JARGON = rx.compile(rf"\b(?:{_ACRONYM_PART}|(?i:{_WORD_PART}))\b")
_PLACE = rx.compile(r"\b(?:seats?|row|gate|platform|bay|room|flat|unit|level|floor|zone|stand|pitch|block|space|"
                    r"terminal|car park)\s+\Z", re.IGNORECASE)


def jargon_in(text: str, customer: str | None = None) -> list[re.Match[str]]:
    """Internal terms in ``text``, except a short code that is a place ("seat L2", "level L1": a fact) and a term
    the customer used themselves (their word too, not jargon to them)."""
    return [m for m in JARGON.finditer(text)
            if not _PLACE.search(text, max(0, m.start() - 12), m.start()) and not theirs(m.group(0), customer)
            and not (_TIER.fullmatch(m.group(0)) and not _SUPPORT_TIER.match(text, m.end())
                     and not _TIER_BEFORE.search(text, max(0, m.start() - 8), m.start()))]


_TIER = rx.compile(r"L[1-4]")
_TIER_BEFORE = rx.compile(r"\b(?:by|to|with|from)\s+\Z", re.IGNORECASE)
_SUPPORT_TIER = rx.compile(r"\s+(?:support|team|engineers?|agents?|desk|queue|escalation)\b", re.IGNORECASE)
""""Our L2 team" is a support tier, said plainly as "our specialist team"; "L2 provisioning" is a network layer."""


def plain(term: str) -> str:
    """The plain words for a matched term, keeping a leading capital."""
    key = term if term in PLAIN_WORDS else term.lower()
    words = PLAIN_WORDS[key]
    return words[0].upper() + words[1:] if term[0].isupper() and key not in ACRONYMS else words

TERMS = ACRONYMS | frozenset(
    """ETA FAQ ID PIN OK TV PC UK US USA EU UN AM PM FYI ASAP DM PDF URL API CSV SMS IT HR VIP ATM GP ER
    IBAN VAT GST NHS CEO FAQS SSO IOS MFA OTP QR USB HD AI TSA ESTA DIY NB PS RSVP BST GMT UTC CET EST PST
    CST""".split()
)
"""Acronyms that are plain words to a customer: writing one is not naming anything new."""


def theirs(term: str, customer: str | None) -> bool:
    """Whether the customer used the term themselves: then it is their word too, not jargon to them."""
    return bool(customer) and re.search(rf"(?<!\w){re.escape(term)}(?!\w)", customer or "", re.IGNORECASE) is not None

