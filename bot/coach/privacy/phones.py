"""Phone numbers, international and local, told apart from the order numbers and dates beside them.

``phonenumbers`` (Google's libphonenumber data) decides whether a number has the length of a
real one in its country. What it can't know is whether "4155550100" in a reply is a phone or
an order number, so a local number is only read as a phone where it is written like one: a
trunk 0 ("07700 900123", "030/1234567", "01 23 45 67 89"), US grouping ("(555) 123-4567",
"555-0199"), or after a word like "phone", "call" or "mobile". A number after "order",
"case", "ticket", "tracking" and the like never is one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

PHONE_REGIONS = ("US", "GB", "DE", "FR")
"""Where a number written without a country code may be local: the countries whose addresses are covered too."""

_CANDIDATE = re.compile(
    r"(?<![\w+$€£¥₹.,/-])(?<!\d:)(?:\+ ?|\(\+?(?=\d))?\d(?:[ .\-/]?\d|\) ?\d|[ .-]?\(\d{1,4}\) ?\d)*+"
)
"""Anything shaped like a phone number: digits with single separators, a leading + or an area code in brackets."""
_MAX_CHUNKS = 6
"""The most space-separated groups a phone number is written in: "+33 1 23 45 67 89"."""
_SHORT_GROUP = re.compile(r"\d{3,5}")
"""A group of a number written in groups; two side by side are one number ("9400 1000 …")."""
_US_GROUPING = re.compile(r"(?:1[ .-]?)?(?:\(\d{3}\) ?|\d{3}[ .-])\d{3}[ .-]\d{4}|\d{3}[.-]\d{4}")
_DATE = re.compile(r"(?<![\d./-])(?:\d{1,2}([./-])\d{1,2}\1(?:\d{4}|\d{2})|\d{4}([./-])\d{1,2}\2\d{1,2})(?![./-]?\d)")
"""A date, even inside a longer run ("03/10/2025 10"); "06.12.34.56.78" is a French mobile, not a date."""

_LABEL = re.compile(
    r"\b(?:(?P<phone>(?:tele)?phone[sd]?|tel|mobile?|mob|cell(?:phone)?|landline|fax|whatsapp|sms|text(?:ed)?"
    r"|call(?:ed|ing)?|ring|rang|dial|reach|contact|telefon|handy|tél|téléphone|portable|appelez)"
    r"|(?P<reference>(?:order|invoice|ticket|case|ref|reference|tracking|booking|confirmation|receipt|rma|claim"
    r"|transaction|shipment|parcel|flight|sku|serial|policy|reservation|pnr|id|bestellung|bestellnummer|rechnung"
    r"|commande|facture|dossier)s?))\b",
    re.IGNORECASE,
)
_AFTER_LABEL = re.compile(
    r"[\s:#.,()-]*(?:(?:number|no|nr|num|is|at|on|me|us|you|him|her|them|my|our|your|the|id|code|le|au)\b[\s:#.,()-]*)*"
)
"""What may stand between a label and its number: "Call me on ", "mobile number is ", "order no. "."""
_LABEL_REACH = 24
"""How far before a number its label may stand ("my mobile number is "): a bounded look keeps the scan linear."""


def find_phones(text: str, taken: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """Phone numbers among the number-shaped runs, around the details already ``taken``.

    A run may hold a number beside a date, a time, a count, a card, a house number or another
    phone, so its space-separated chunks are tried as numbers too; but never a stretch of a run
    of short digit groups ("9400 1000 0000 0000 0000 00" is one tracking number, not a phone).
    """
    taken_chars = bytearray(len(text))
    for start, end in taken:
        taken_chars[start:end] = b"\x01" * (end - start)
    for m in _CANDIDATE.finditer(text):
        if m.end() - m.start() < 7 or sum(char.isdigit() for char in m.group(0)) < 7:
            continue  # "42", "2.14.1", "3-5": too short to hold a phone number
        chunks = [(m.start() + c.start(), m.start() + c.end()) for c in re.finditer(r"\S+", m.group(0))]
        digits = [sum(char.isdigit() for char in text[start:end]) for start, end in chunks]
        in_other = [taken_chars.find(1, start, end) != -1 for start, end in chunks]
        short = [bool(_SHORT_GROUP.fullmatch(text, *chunk)) and not other for chunk, other in zip(chunks, in_other)]
        if _label_before(text, m.start()) == "reference":
            short[0] = False  # "order #48213 07700 900123": the order number ends where the phone starts
        first = 0
        while first < len(chunks):
            for last in range(min(len(chunks), first + _MAX_CHUNKS) - 1, first - 1, -1):
                if not 7 <= sum(digits[first : last + 1]) <= 17 or any(in_other[first : last + 1]):
                    continue
                if (first > 0 and short[first - 1] and short[first]) or (
                    last + 1 < len(chunks) and short[last + 1] and short[last]
                ):
                    continue  # a stretch of a longer number written in groups
                start, end = chunks[first][0], chunks[last][1]
                if _is_phone(text[start:end], _label_before(text, start)):
                    yield start, end
                    short[first : last + 1] = [False] * (last + 1 - first)
                    first = last
                    break
            first += 1


def _label_before(text: str, start: int) -> str | None:
    """``"phone"`` or ``"reference"`` for the label word just before a number, if there is one."""
    labels = list(_LABEL.finditer(text, max(0, start - _LABEL_REACH), start))
    if not labels or not _AFTER_LABEL.fullmatch(text, labels[-1].end(), start):
        return None
    return labels[-1].lastgroup


def _is_phone(token: str, label: str | None) -> bool:
    """Whether ``phonenumbers`` reads ``token`` as a number of a possible length, in the form it is written in.

    An international number must be complete; a local one may be a 7-digit US number without
    its area code ("555-0199"), which is how agents quote them.
    """
    if label == "reference" or _DATE.search(token):
        return False
    import phonenumbers  # heavy: loaded on the first phone-shaped number, so only the LLM path pays for it

    international = token.lstrip("(").startswith(("+", "00"))
    if international:
        regions: tuple[str | None, ...] = (None if token.lstrip("(").startswith("+") else "GB",)
    elif label == "phone":
        regions = PHONE_REGIONS
    elif token.lstrip("(").startswith("0"):
        regions = tuple(region for region in PHONE_REGIONS if region != "US")
    elif _US_GROUPING.fullmatch(token):
        regions = ("US",)
    else:
        return False
    possible = {phonenumbers.ValidationResult.IS_POSSIBLE}
    if not international:
        possible.add(phonenumbers.ValidationResult.IS_POSSIBLE_LOCAL_ONLY)
    for region in regions:
        try:
            number = phonenumbers.parse(token, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_possible_number_with_reason(number) in possible:
            return True
    return False
