"""Personal details out before a draft leaves the process, back in when the answer returns.

Agents paste replies that quote the customer's email, phone, card or account
number and home address. A model needs none of them to improve the tone, so
each is swapped for a placeholder such as ``[EMAIL_1]`` that the model is told to
keep as it is; the answer gets the real values back, and the fact guard then
catches an answer that lost or mangled one.

What counts as a personal detail:

- emails;
- card numbers that pass the Luhn check and start as payment cards do (2 to 6), in one run or
  in groups split by spaces, dashes, slashes, dots or " - ", also right after "#" or ":"
  (:mod:`.payments`);
- IBANs in any case and grouping, of their country's length and with a valid checksum, and
  account numbers or sort codes after "account", "acct", "a/c", "sort code" or "routing";
- phone numbers, read by ``phonenumbers``: international ones, and local ones of
  :data:`PHONE_REGIONS` (:mod:`.phones`);
- street addresses in the US, UK, German and French forms, PO boxes, and postcodes: UK ones, US
  ZIP codes after a state, German and French ones before a town (:mod:`.addresses`).

Order numbers, amounts, dates, times, flight numbers and ticket or tracking ids stay: they
are the facts the reply is about, and the model must see them to keep them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bot.coach.privacy.addresses import find_addresses
from bot.coach.privacy.payments import find_accounts, find_cards, find_ibans
from bot.coach.privacy.phones import PHONE_REGIONS, find_phones

__all__ = ["KINDS", "LOOSE_PLACEHOLDER", "PHONE_REGIONS", "PLACEHOLDER", "Redactor", "find_personal_details"]

KINDS = ("EMAIL", "CARD", "PHONE", "ACCOUNT", "ADDRESS")

PLACEHOLDER = re.compile(rf"\[(?:{'|'.join(KINDS)})_\d+\]")
LOOSE_PLACEHOLDER = re.compile(rf"\[\s*(?:{'|'.join(KINDS)})[\s_-]*\d*\s*\]", re.IGNORECASE)
"""Anything a model may have made of a placeholder; left in an answer, it means a detail was lost."""

# Possessive runs that start only where a run starts: a 10,000-character "a.a.a..." costs one pass, not n².
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]++@[\w-]++(?:\.[\w-]++)+")


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
    """``(start, end, kind)`` of every personal detail, sorted, the earliest and longest winning overlaps.

    Phones are read last, around everything else found: a run of digits may hold a card or a
    house number beside a phone, and each must come out whole.
    """
    found = [
        *((start, end, "EMAIL") for start, end in (m.span() for m in _EMAIL.finditer(text))),
        *((start, end, "ACCOUNT") for start, end in (*find_ibans(text), *find_accounts(text))),
        *((start, end, "CARD") for start, end in find_cards(text)),
        *((start, end, "ADDRESS") for start, end in find_addresses(text)),
    ]
    taken = [(start, end) for start, end, _ in found]
    found += ((start, end, "PHONE") for start, end in find_phones(text, taken))
    kept: list[tuple[int, int, str]] = []
    for start, end, kind in sorted(found, key=lambda f: (f[0], -(f[1] - f[0]))):
        if kept and start < kept[-1][1]:
            continue
        kept.append((start, end, kind))
    return kept
