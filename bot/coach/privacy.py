"""Personal details out before a draft leaves the process, back in when the answer returns.

Agents paste replies that quote the customer's email, phone, card or account
number and home address. A model needs none of them to improve the tone, so
each is swapped for a placeholder such as ``[EMAIL_1]`` that the model is told to
keep as it is; the answer gets the real values back, and the fact guard then
catches an answer that lost or mangled one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

KINDS = ("EMAIL", "CARD", "PHONE", "ACCOUNT", "ADDRESS")

PLACEHOLDER = re.compile(rf"\[(?:{'|'.join(KINDS)})_\d+\]")
LOOSE_PLACEHOLDER = re.compile(rf"\[\s*(?:{'|'.join(KINDS)})[\s_-]*\d*\s*\]", re.IGNORECASE)
"""Anything a model may have made of a placeholder; left in an answer, it means a detail was lost."""

_STREET_TYPES = (
    r"Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|Boulevard|Blvd|Way|Court|Ct|Place|Pl|Terrace|Close|"
    r"Crescent|Square|Sq|Highway|Hwy|Parkway|Pkwy|Row|Mews|Gardens|Grove|Hill"
)
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    # Possessive runs that start only where a run starts: a 10,000-character "a.a.a..." costs one pass, not n².
    ("EMAIL", re.compile(r"(?<![\w.+-])[\w.+-]++@[\w-]++(?:\.[\w-]++)+")),
    ("ACCOUNT", re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b")),  # IBAN
    (
        "ACCOUNT",
        re.compile(
            r"\b(?:account|acct|a/c)(?:\s+(?:number|no\.?|num))?\s*[:#]*\s*"
            r"(?P<value>(?=[A-Z-]*\d)[A-Z0-9][A-Z0-9-]{4,})\b",
            re.IGNORECASE,
        ),
    ),
    ("NUMBER", re.compile(r"(?<![\w$€£¥₹.,:/#-])(?:\+\s?|\(\d{1,4}\)\s?)?\d(?:[ .-]?\(?\d\)?){6,22}(?![\w-])")),
    (
        "ADDRESS",
        re.compile(
            rf"\b\d{{1,5}}[A-Za-z]?,?\s+(?:[A-Z][\w'’-]*\.?\s+){{1,4}}(?:{_STREET_TYPES})\b"
            r"(?:,?\s+(?:Apt|Apartment|Suite|Unit|Flat)\.?\s*#?\w+)?"
        ),
    ),
    ("ADDRESS", re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b")),  # UK postcode
)


@dataclass
class Redactor:
    """Swaps personal details for numbered placeholders; the same value always gets the same one.

    One redactor serves a whole request (draft, customer message, quoted words), so
    an email that appears in both is ``[EMAIL_1]`` in both and the model can tell.
    """

    originals: dict[str, str] = field(default_factory=dict)
    """Placeholder to the value it hides."""
    _placeholders: dict[str, str] = field(default_factory=dict)
    _counts: dict[str, int] = field(default_factory=dict)

    def redact(self, text: str) -> str:
        out, last = [], 0
        for start, end, kind in find_personal_details(text):
            out.append(text[last:start])
            out.append(self._placeholder(kind, text[start:end]))
            last = end
        out.append(text[last:])
        return "".join(out)

    def restore(self, text: str) -> str:
        """Put the real values back; a placeholder the redactor never issued stays, for the guard to catch."""
        return PLACEHOLDER.sub(lambda m: self.originals.get(m.group(0), m.group(0)), text)

    def _placeholder(self, kind: str, value: str) -> str:
        if value not in self._placeholders:
            self._counts[kind] = self._counts.get(kind, 0) + 1
            placeholder = f"[{kind}_{self._counts[kind]}]"
            self._placeholders[value] = placeholder
            self.originals[placeholder] = value
        return self._placeholders[value]


def find_personal_details(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, kind)`` of every personal detail, sorted, the earliest and longest winning overlaps."""
    found: list[tuple[int, int, str]] = []
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            start, end = m.span("value") if "value" in pattern.groupindex else m.span()
            found_kind = _number_kind(m.group(0)) if kind == "NUMBER" else kind
            if found_kind is not None:
                found.append((start, end, found_kind))
    kept: list[tuple[int, int, str]] = []
    for start, end, kind in sorted(found, key=lambda f: (f[0], -(f[1] - f[0]))):
        if kept and start < kept[-1][1]:
            continue
        kept.append((start, end, kind))
    return kept


def _number_kind(token: str) -> str | None:
    """A card passes the Luhn check; a phone has 7 to 15 digits with a + or separators; long runs are accounts.

    Shorter numbers (order numbers, amounts, dates) stay: they are facts the reply is about, not personal details.
    """
    digits = re.sub(r"\D", "", token)
    if 13 <= len(digits) <= 19 and _luhn(digits):
        return "CARD"
    grouped = bool(re.search(r"[ .()-]", token.strip()))
    if token.lstrip().startswith(("+", "(")) and 7 <= len(digits) <= 15:
        return "PHONE"
    if grouped and 9 <= len(digits) <= 13 and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", token):
        return "PHONE"
    if len(digits) >= 14 or (len(digits) >= 8 and not grouped):
        return "ACCOUNT"
    return None


def _luhn(digits: str) -> bool:
    total = 0
    for i, char in enumerate(reversed(digits)):
        n = int(char)
        if i % 2:
            n = n * 2 - 9 if n > 4 else n * 2
        total += n
    return total % 10 == 0
