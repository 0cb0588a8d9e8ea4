"""Street addresses and postcodes in the US, UK, German and French forms, in any case.

Street types that are everyday words too ("on the way", "a 3 hour drive") count only when
capitalised, and the words between a house number and a street type must read as a name, not
as a phrase ("5 minutes down the street"). A five-digit code is a postcode only where a postcode stands:
after a state ("IL 62704"), before a town (", 10115 Berlin"), after an address or a label
("zip 90210"); anywhere else it is an order number or an amount.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_STREET_TYPES = r"street|st|road|rd|avenue|ave|lane|ln|boulevard|blvd|parkway|pkwy|highway|hwy|terrace|crescent|mews"
_STREET_TYPES_CAPITALISED = r"Way|Place|Pl|Court|Ct|Drive|Dr|Close|Square|Sq|Row|Gardens|Grove|Hill"
_NOT_STREET_NAMES = (
    r"the|a|an|on|in|at|to|of|for|from|by|with|and|or|but|is|are|was|were|be|my|your|our|their|his|her|its|this|"
    r"that|it|we|you|they|i|me|us|them|down|up|over|into|off|out|per|more|than|days?|hours?|minutes?|weeks?|"
    r"months?|years?|times?|items?|miles?"
)
_NAME_WORD = rf"(?!(?:{_NOT_STREET_NAMES})\b)(?:[^\W\d_](?:[^\W\d_]|['’.-])*|\d{{1,3}}(?:st|nd|rd|th))\b"
"""A word of a street's name: "Baker", "O'Connell", "5th"; never a number, a date or a word of a sentence."""

_STREETS = (
    re.compile(  # US and UK: 221B Baker Street, 42 Elm Grove Road, Apt 4B
        rf"(?<![\w#$€£¥₹.,/-])\d{{1,5}}[A-Za-z]?(?:-\d{{1,5}})?,?\s+(?:{_NAME_WORD}\s+){{0,3}}{_NAME_WORD}\s+"
        rf"(?:(?:{_STREET_TYPES})|(?-i:{_STREET_TYPES_CAPITALISED}))\b\.?"
        r"(?:,?\s+(?:apt|apartment|suite|ste|unit|flat)\.?\s*#?\w+)?",
        re.IGNORECASE,
    ),
    re.compile(  # German: Hauptstraße 5, Berliner Str. 12a, Lindenweg 7
        r"(?:(?-i:[A-ZÄÖÜ][\wäöüß-]+)\s+(?:straße|strasse|str\.|weg|allee|platz|gasse)"
        r"|\b[^\W\d_][\wäöüß-]+(?:straße|strasse|str\.|weg|allee|platz|gasse|damm))"
        r"\s*\d{1,4}(?:\s?[a-z]\b)?",
        re.IGNORECASE,
    ),
    re.compile(  # French: 12 rue de la Paix, 5 bis avenue des Champs-Élysées
        r"\b\d{1,4}(?:\s?(?:bis|ter))?,?\s+(?:rue|avenue|av\.|boulevard|allée|allee|chemin|impasse|quai|cours"
        r"|(?-i:Place))\s+(?:(?:de|du|des|la|le|les)\s+|[ld][’'])*[^\W\d_][\w’'-]*"
        r"(?:\s+(?-i:[A-ZÀ-Þ][\w’'-]*))*",
        re.IGNORECASE,
    ),
    re.compile(r"\bP\.?\s?O\.?\s?Box\s+\d+", re.IGNORECASE),
)
_CODE_AFTER_STREET = re.compile(
    r"[ \t]*[,\n][ \t]*(?:[^\W\d][\w .'’-]{0,30}?,[ \t]*)?(?:[A-Za-z]{2}\.?[ \t]+)?"
    r"(?P<value>\d{5}(?:-\d{4})?)(?![\w-])"
)
"""A ZIP or postcode right after a street: ", Springfield, IL 62704", ", 10115 Berlin"."""

_UK_AREAS = (
    "AB|AL|B|BA|BB|BD|BH|BL|BN|BR|BS|BT|CA|CB|CF|CH|CM|CO|CR|CT|CV|CW|DA|DD|DE|DG|DH|DL|DN|DT|DY|E|EC|EH|EN|EX|FK|"
    "FY|G|GL|GU|GY|HA|HD|HG|HP|HR|HS|HU|HX|IG|IM|IP|IV|JE|KA|KT|KW|KY|L|LA|LD|LE|LL|LN|LS|LU|M|ME|MK|ML|N|NE|NG|NN|"
    "NP|NR|NW|OL|OX|PA|PE|PH|PL|PO|PR|RG|RH|RM|S|SA|SE|SG|SK|SL|SM|SN|SO|SP|SR|SS|ST|SW|SY|TA|TD|TF|TN|TQ|TR|TS|TW|"
    "UB|W|WA|WC|WD|WF|WN|WR|WS|WV|YO|ZE"
)
"""The UK's postcode areas: "BA 283" or "V2 3RD" is no postcode."""
_UK_POSTCODE = rf"(?:{_UK_AREAS})\d[A-Z\d]?\s?\d[ABD-HJLNP-UW-Z]{{2}}"
_US_STATES = (
    "AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|"
    "OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY"
)
_UK_POSTCODES = re.compile(rf"(?<![\w-]){_UK_POSTCODE}(?![\w-])", re.IGNORECASE)
_POSTCODES = (
    re.compile(  # after a state: "IL 62704", ", il 62704-1234"
        rf"(?:\b(?-i:{_US_STATES})|,\s*(?:{_US_STATES}))\.?\s+(?P<value>\d{{5}}(?:-\d{{4}})?)(?![\w-])",
        re.IGNORECASE,
    ),
    re.compile(  # before a town: ", 10115 Berlin", "D-10115 Berlin", "75002 Paris" opening a line
        r"(?:^|,|\b[DF]-)[ \t]*(?P<value>\d{5})[ \t]+(?=[A-ZÄÖÜÀ-Þ][a-zäöüßà-ÿ])"
        r"(?!(?:Euros?|Dollars?|Pounds?|Stück|Kunden|Customers?)\b)",
        re.MULTILINE,
    ),
    re.compile(
        rf"\b(?:zip(?:\s?code)?|post\s?code|postal\s?code|plz|code\s+postal)\s*[:#]?\s*"
        rf"(?P<value>\d{{5}}(?:-\d{{4}})?|{_UK_POSTCODE})(?![\w-])",
        re.IGNORECASE,
    ),
)


def addresses(text: str) -> Iterator[tuple[int, int]]:
    """Streets, the postcode right after each, and postcodes wherever a postcode stands."""
    for pattern in _STREETS:
        for m in pattern.finditer(text):
            yield m.span()
            code = _CODE_AFTER_STREET.match(text, m.end())
            if code:
                yield code.span("value")
    for m in _UK_POSTCODES.finditer(text):
        if " " in m.group(0) or m.group(0).isupper():  # "ab12cd" is more likely an id than a postcode
            yield m.span()
    for pattern in _POSTCODES:
        for m in pattern.finditer(text):
            yield m.span("value")
