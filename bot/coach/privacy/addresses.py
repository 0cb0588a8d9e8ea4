"""Street addresses and postcodes in the US, UK, German and French forms, in any case.

Street types that are everyday words too ("on the way", "a 5 star place") count only when
capitalised, and the words between a house number and a street type must read as a name, not as
a phrase ("5 minutes down the street"). A five-digit number is a postcode only where a postcode
stands: after a state ("IL 62704"), before a town (", 10115 Berlin"), after an address or a
label ("zip 90210"); anywhere else it is an order number or an amount.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_STREET_TYPES = (
    r"street|st|road|rd|avenue|ave|lane|ln|drive|boulevard|blvd|parkway|pkwy|highway|hwy|terrace|crescent|mews"
)
_STREET_TYPES_CAPITALISED = r"Way|Place|Pl|Court|Ct|Dr|Close|Square|Sq|Row|Gardens|Grove|Hill"
_NOT_STREET_NAMES = (
    r"the|a|an|on|in|at|to|of|for|from|by|with|and|or|but|is|are|was|were|be|my|your|our|their|his|her|its|this|"
    r"that|it|we|you|they|i|me|us|them|down|up|over|into|off|out|per|more|than|days?|hours?|minutes?|weeks?|"
    r"months?|years?|times?|items?|miles?|today|tonight|tomorrow|yesterday|et|à|au|aux|en|est|hier|demain|pour|"
    r"avec|und|ist|heute|morgen"
)
_NAME_WORD = rf"(?!(?:{_NOT_STREET_NAMES})\b)(?:[^\W\d_](?:[^\W\d_]|['’.-]){{0,40}}|\d{{1,3}}(?:st|nd|rd|th))\b"
"""A word of a street's name: "Baker", "O'Connell", "5th"; never a number, a date or a word of a sentence.
Its runs are bounded (no street has a 40-letter word): a long run without spaces costs linear time, not quadratic."""

_STREETS = (
    re.compile(  # US and UK: 221B Baker Street, 42 Elm Grove Road, Apt 4B
        rf"(?<![\w#$€£¥₹.,/-])\d{{1,5}}[A-Za-z]?(?:-\d{{1,5}})?,?\s+(?:{_NAME_WORD}\s+){{0,3}}{_NAME_WORD}\s+"
        rf"(?:(?:{_STREET_TYPES})|(?-i:{_STREET_TYPES_CAPITALISED}))\b\.?"
        r"(?:,?\s+(?:apt|apartment|suite|ste|unit|flat)\.?\s*#?\w+)?",
        re.IGNORECASE,
    ),
    re.compile(  # German: Hauptstraße 5, Berliner Str. 12a, Lindenweg 7
        r"\b(?:(?-i:[A-ZÄÖÜ][\w-]{1,40})\s+(?:straße|strasse|str\.|weg|allee|platz|gasse)"
        r"|(?=[\w.-]{3,40}\s*\d)[^\W\d_][\w-]{1,40}(?:straße|strasse|str\.|weg|allee|platz|gasse|damm))"
        r"\s*\d{1,4}(?:\s?[a-z]\b)?",
        re.IGNORECASE,
    ),
    re.compile(  # French: 12 rue de la Paix, 5 bis avenue des Champs-Élysées
        r"\b\d{1,4}(?:\s?(?:bis|ter))?,?\s+(?:rue|avenue|av\.|boulevard|allée|allee|chemin|impasse|quai|cours"
        rf"|(?-i:Place))\s+(?:(?:de|du|des|la|le|les)\s+|[ld][’'])*[^\W\d_][\w’'-]*(?:[ \t]+{_NAME_WORD}){{0,2}}",
        re.IGNORECASE,
    ),
    re.compile(r"\bP\.?\s?O\.?\s?Box\s+\d+", re.IGNORECASE),
)
_CODE_AFTER_STREET = re.compile(
    r"[ \t]*[,\n][ \t]*(?:[^\W\d][\w .'’-]{0,30}?,[ \t]*)?(?:[A-Za-z]{2}\.?[ \t]+)?"
    r"(?P<value>\d{5}(?:-\d{4})?)(?![\w-])"
)
"""A ZIP or postcode right after a street: ", Springfield, IL 62704", ", 10115 Berlin"."""

_UK_AREAS = frozenset(
    "AB AL B BA BB BD BH BL BN BR BS BT CA CB CF CH CM CO CR CT CV CW DA DD DE DG DH DL DN DT DY E EC EH EN EX FK FY "
    "G GL GU GY HA HD HG HP HR HS HU HX IG IM IP IV JE KA KT KW KY L LA LD LE LL LN LS LU M ME MK ML N NE NG NN NP NR "
    "NW OL OX PA PE PH PL PO PR RG RH RM S SA SE SG SK SL SM SN SO SP SR SS ST SW SY TA TD TF TN TQ TR TS TW UB W WA "
    "WC WD WF WN WR WS WV YO ZE".split()
)
"""The UK's postcode areas: "BA 283" or "V2 3RD" is no postcode."""
_UK_POSTCODE = r"(?P<area>[A-Z]{1,2})\d[A-Z\d]?\s?\d[ABD-HJLNP-UW-Z]{2}"
_US_STATES = (
    "AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|"
    "OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY"
)
"""Every state but Idaho, whose "ID" before a number is nearly always an id; "Boise, ID 83702" still counts."""
_UK_POSTCODES = re.compile(rf"(?<![\w-]){_UK_POSTCODE}(?![\w-])", re.IGNORECASE)
_FIVE_DIGITS = re.compile(r"\d(?<!\w\d)\d{4}(?:-\d{4})?(?![\w-])")
"""A US ZIP (or ZIP+4), German or French postcode, or any other five-digit number: what stands around it decides."""
_POSTCODE_BEFORE = re.compile(
    rf"(?:\b(?-i:{_US_STATES})\.?\s+|,\s*(?:{_US_STATES}|ID)\.?\s+"  # "IL 62704", ", il 62704-1234"
    r"|\b(?:zip(?:\s?code)?|post\s?code|postal\s?code|plz|code\s+postal)\s*[:#]?\s*"  # "zip 90210"
    r"|\b[DF]-)\Z",  # "D-10115"
    re.IGNORECASE,
)
_TOWN_BEFORE = re.compile(r"(?:^|,)[ \t]*\Z", re.MULTILINE)
_TOWN_AFTER = re.compile(r"[ \t]+[A-ZÄÖÜÀ-Þ][a-zäöüßà-ÿ]+\b(?<!Euro)(?<!Euros)(?<!Dollars)(?<!Pounds)(?<!Kunden)")
"""A town after a German or French postcode (", 10115 Berlin", "75002 Paris" opening a line), not a currency."""
_CONTEXT_REACH = 24
"""How far before a five-digit number its state or label may stand: a bounded look keeps the scan linear."""


def find_addresses(text: str) -> Iterator[tuple[int, int]]:
    """Streets, the postcode right after each, and postcodes wherever a postcode stands."""
    for pattern in _STREETS:
        for m in pattern.finditer(text):
            yield m.span()
            code = _CODE_AFTER_STREET.match(text, m.end())
            if code:
                yield code.span("value")
    for m in _UK_POSTCODES.finditer(text):
        written = m.group(0)
        if m.group("area").upper() in _UK_AREAS and (" " in written or written.isupper()):
            yield m.span()  # typed without its space and in lower case, "ab12cd" is more likely an id
    for m in _FIVE_DIGITS.finditer(text):
        start, end = m.span()
        reach = max(0, start - _CONTEXT_REACH)
        if _POSTCODE_BEFORE.search(text, reach, start) or (
            end - start == 5 and _TOWN_BEFORE.search(text, reach, start) and _TOWN_AFTER.match(text, end)
        ):
            yield start, end
