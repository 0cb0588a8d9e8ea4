"""Card numbers, IBANs and account numbers: each told from an invoice or order number by a check, not by looks.

A card passes the Luhn check, starts as payment cards do and is printed as cards are; an
IBAN has its country's length and a valid mod-97 checksum; a bare account number needs
the word "account" (or "acct", "a/c", "sort code", "routing") in front of it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_CARD = re.compile(r"(?<![\w.,/-])\d{3,19}+(?:(?: ?[-/.] ?| )\d{3,6}+)*+")
"""A card number, or digit groups that may hold one; which groups are the card is decided by Luhn."""
_CARD_SEPARATOR = re.compile(r" ?[-/.] ?| ")
_GLUED = re.compile(r"\w|[-/.]\d")
"""What continues a token past a group: "2025" in "2025-03-10" or "1111" in "1111x" is no card's group."""
_MAX_CARD_GROUPS = 5
"""4111 1111 1111 1111 999: the most groups a card is printed in."""
_CARD_MAJOR_INDUSTRIES = "23456"
"""ISO/IEC 7812's first digit for banking and payment cards; 1, 7, 8 and 9 are airline, fuel, health, national."""

_IBAN = re.compile(r"(?<![\w-])[A-Za-z]{2}\d{2}(?:[ -]?[A-Za-z0-9]){11,32}")
_IBAN_LENGTHS = {
    "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22, "BH": 22, "BI": 27, "BR": 29,
    "BY": 28, "CH": 21, "CR": 22, "CY": 28, "CZ": 24, "DE": 22, "DJ": 27, "DK": 18, "DO": 28, "EE": 20, "EG": 29,
    "ES": 24, "FI": 18, "FK": 18, "FO": 18, "FR": 27, "GB": 22, "GE": 22, "GI": 23, "GL": 18, "GR": 27, "GT": 28,
    "HN": 28, "HR": 21, "HU": 28, "IE": 22, "IL": 23, "IQ": 23, "IS": 26, "IT": 27, "JO": 30, "KW": 30, "KZ": 20,
    "LB": 28, "LC": 32, "LI": 21, "LT": 20, "LU": 20, "LV": 21, "LY": 25, "MC": 27, "MD": 24, "ME": 22, "MK": 19,
    "MN": 20, "MR": 27, "MT": 31, "MU": 30, "NI": 28, "NL": 18, "NO": 15, "OM": 23, "PK": 24, "PL": 28, "PS": 29,
    "PT": 25, "QA": 29, "RO": 24, "RS": 22, "RU": 33, "SA": 24, "SC": 31, "SD": 18, "SE": 24, "SI": 19, "SK": 24,
    "SM": 27, "SO": 23, "ST": 25, "SV": 28, "TL": 23, "TN": 24, "TR": 26, "UA": 29, "VA": 22, "VG": 24, "XK": 20,
    "YE": 30,
}
"""IBAN length by country, from the SWIFT IBAN registry: a wrong length is no IBAN, whatever its checksum."""

_ACCOUNT = re.compile(
    r"\b(?:account|acct|a/c|sort\s+code|routing)(?:\s+(?:number|no\.?|num|nr))?(?:\s+is)?\s*[:#]*\s*"
    r"(?P<value>(?=[A-Z-]*\d)[A-Z0-9][A-Z0-9-]{4,})\b",
    re.IGNORECASE,
)
_FULL_DATE = re.compile(r"\d{4}([./-])\d{1,2}\1\d{1,2}|\d{1,2}([./-])\d{1,2}\2\d{4}")
"""A date with its year in full: never an account number, where "12-34-56" may be a sort code."""


def find_cards(text: str) -> Iterator[tuple[int, int]]:
    """Cards among runs of digit groups, leftmost and longest first: a card beside a year or a phone is found too."""
    for m in _CARD.finditer(text):
        token = m.group(0)
        if len(token) < 13:
            continue  # most runs are prices, years and order numbers, far too short for a card
        cuts = [0, *(i for sep in _CARD_SEPARATOR.finditer(token) for i in sep.span()), len(token)]
        groups = [(cuts[i], cuts[i + 1]) for i in range(0, len(cuts), 2)]
        if _GLUED.match(text, m.end()):
            groups.pop()
        first = 0
        while first < len(groups):
            for last in range(min(len(groups), first + _MAX_CARD_GROUPS) - 1, first - 1, -1):
                start, end = groups[first][0], groups[last][1]
                if _is_card(token[start:end], [b - a for a, b in groups[first : last + 1]]):
                    yield m.start() + start, m.start() + end
                    first = last
                    break
            first += 1


def _is_card(written: str, sizes: list[int]) -> bool:
    digits = re.sub(r"\D", "", written)
    return _printed_like_a_card(sizes) and digits[0] in _CARD_MAJOR_INDUSTRIES and _luhn(digits)


def _printed_like_a_card(sizes: list[int]) -> bool:
    """13 to 19 digits in one run, in fours (the last group may be shorter), or as Amex and Diners print them."""
    if len(sizes) == 1:
        return 13 <= sizes[0] <= 19
    return 13 <= sum(sizes) <= 19 and (all(size == 4 for size in sizes[:-1]) or sizes in ([4, 6, 5], [4, 6, 4]))


def _luhn(digits: str) -> bool:
    total = 0
    for i, char in enumerate(reversed(digits)):
        n = int(char)
        if i % 2:
            n = n * 2 - 9 if n > 4 else n * 2
        total += n
    return total % 10 == 0


def find_ibans(text: str) -> Iterator[tuple[int, int]]:
    """IBANs in any case; one ends where its country's length says, whatever follows it."""
    m = _IBAN.search(text)
    while m:
        token, after = m.group(0), m.start() + 1
        length = _IBAN_LENGTHS.get(token[:2].upper())
        compact = re.sub(r"[ -]", "", token)
        if length is not None and len(compact) >= length:
            end = _end_of_nth_alnum(token, length)
            if (end == len(token) or token[end] in " -") and _iban_checksum_holds(compact[:length]):
                yield m.start(), m.start() + end
                after = m.start() + end
        m = _IBAN.search(text, after)


def _end_of_nth_alnum(token: str, n: int) -> int:
    """Where the ``n``-th letter or digit of ``token`` ends: an IBAN's length counts no separators."""
    seen = 0
    for i, char in enumerate(token):
        if char.isalnum():
            seen += 1
            if seen == n:
                return i + 1
    return len(token)


def _iban_checksum_holds(iban: str) -> bool:
    """ISO 13616: country and check digits moved to the end, letters read as 10 to 35, the number mod 97 is 1."""
    moved = iban[4:] + iban[:4]
    return int("".join(str(int(char, 36)) for char in moved)) % 97 == 1


def find_accounts(text: str) -> Iterator[tuple[int, int]]:
    """The value after an account label; a date there ("account 2025-03-10") is not one."""
    for m in _ACCOUNT.finditer(text):
        if not _FULL_DATE.match(m.group("value")):
            yield m.span("value")
