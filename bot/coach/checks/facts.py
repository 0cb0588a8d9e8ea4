"""The facts in a reply: what a rewrite must carry over exactly as the agent wrote it.

A softer tone is worth nothing if the order number, the amount or the customer's
name comes out different, so the rewriter refuses any edit that touches a fact,
and both rewrite engines are checked against :func:`missing_facts` afterwards.
"""

from __future__ import annotations

import math
import re
import unicodedata
from bisect import bisect_right
from collections import Counter
from functools import lru_cache

from bot.coach import rx
from bot.coach.checks.jargon import ACRONYMS
from bot.coach.checks.model import Span
from bot.coach.language import language_of
from bot.coach.text import OPENING, PROTECTED

_FACT = rx.compile(
    r"[$€£¥₹]\s?\d(?:[\d,.]*\d)?"  # amounts
    r"|\b\d(?:[\w,.:/-]*\w)?(?:\s?(?:%|(?:am|pm)\b|a\.m\.|p\.m\.))?"  # numbers, times, dates, 23C, 5G, 1Z99…
    r"|[#№]\s?\w(?:[\w-]*\w)?"  # ticket / order references
    r"|(?<![\w@])@\w+(?:[.-]\w+)*"  # handles
    r"|\^[A-Z]{1,3}\w*"  # signatures such as ^Tom or ^AB
    r"|\b(?=[\w-]{0,40}?\d)[A-Za-z](?:[\w-]*\w)?"  # ids with digits: AB123, RMA-7731, A-1234
    r"|\b[A-Z]{5,}\b"  # booking references and other codes: KXJTPL (short acronyms like ETA or FAQ are terms)
)
RELATIVE_DAY = rx.compile(
    r"\b(?:today|tomorrow|tonight|yesterday"
    r"|this (?:morning|afternoon|evening|week|weekend)|next (?:week|month))\b",
    re.IGNORECASE,
)
"""Days said relative to now: a fact to keep, but a model saying one back ("not possible tonight") invents nothing."""
_CAPITALISED = rx.compile(r"\b[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+[A-Za-zÀ-ÖØ-öø-ÿ]*(?:['’][a-z]+)?\b")
_CAPITALISED_NOUNS = rx.compile(r"\b(?:Sie|Ihr\w*|Ihnen)\b|[äöüß]")
"""A cheap sign a text may be German, before asking the language identifier."""
_SALUTATION = rx.compile(r"\b(?:hi|hello|hey|dear|thanks|thank you|hallo|herr|frau|hola|bonjour)[ \t]*,?\s*\Z",
                         re.IGNORECASE)
_GREETING = rx.compile(r"hi|hello|hey|dear|hallo|hola|bonjour", re.IGNORECASE)
_NOT_NAMES = frozenset({"I", "I'm", "I'll", "I've", "I'd", "OK", "Ok"})
_SLACK_LINK = rx.compile(r"<(?P<url>(?:https?|mailto):[^<>|\s]*)(?:\|[^<>\n]*)?>")
_JOINER = rx.compile(r"(?<=\w)[-‐‑–](?=\w)")
_SHOUT_RUN = rx.compile(r"\b[A-Z]{2,}(?:[\s,]+[A-Z]{2,}){2,}\b")
_LOOKBACK = 24
"""How far back a word's salutation can be ("Thank you,\\n\\nTom"): a bounded window keeps the scan linear."""


@lru_cache(maxsize=4096)
def find_facts(text: str) -> tuple[Span, ...]:
    """Every fact in ``text`` with its position, sorted, overlaps merged."""
    spans = [(m.start(), m.end()) for m in PROTECTED.finditer(text)]
    shouted = [(m.start(), m.end()) for m in _SHOUT_RUN.finditer(text)]
    for m in _FACT.finditer(text):
        token = m.group(0)
        if token in ACRONYMS or (token.isupper() and token.isalpha() and _inside(m.start(), shouted)):
            continue  # jargon and shouting are tone, not codes the customer needs
        spans.append((m.start(), m.end()))
    for m in RELATIVE_DAY.finditer(text):
        spans.append((m.start(), m.end()))
    opening = OPENING.match(text)
    opening_end = opening.end() if opening else -1
    nouns_capitalised = _CAPITALISED_NOUNS.search(text) and language_of(text) == "de"
    for m in _CAPITALISED.finditer(text):
        if nouns_capitalised and not _SALUTATION.search(text, max(0, m.start() - _LOOKBACK), m.start()):
            continue  # German capitalises every noun and the formal "Sie": only a greeted name is a name
        if _is_name(text, m, opening_end):
            spans.append((m.start(), m.end()))
    return tuple(Span(s, e, text[s:e]) for s, e in _merge(spans))


def missing_facts(draft: str, rewrite: str) -> list[str]:
    """Facts of the draft that the rewrite lost (counting repeats).

    A fact must stand as a whole word in the rewrite, but only at an edge that is a
    word character: "<@U123>you" still holds the mention "<@U123>". Formatting is not
    a fact: "14-hour" is "14 hour", a link is the same link with or without backticks
    or Slack's <link|label> around it, and "Workaround" is "workaround".
    """
    wanted = Counter(span.text for span in find_facts(draft) if normal(span.text).strip())
    written = normal(rewrite)
    return [fact for fact, count in wanted.items() if _count_whole(normal(fact), written) < count]


def mentions(text: str, fact: str) -> bool:
    """Whether ``text`` says ``fact``, however it is formatted or hyphenated ("Wi-Fi", "wifi", "WiFi").

    A number or an id must stand whole ("5" is not in "$45.00"); a word may be run together.
    """
    if amount := _MEASURE.fullmatch(normal(fact)):  # "50-minute" is the customer's "50 minutes"
        return _count_whole(amount.group(1), normal(text)) > 0
    if any(char.isdigit() for char in fact):
        return _count_whole(normal(fact), normal(text)) > 0
    return _compact(fact) in _compact(text)


_MEASURE = rx.compile(r"(\d+(?:[.,]\d+)?) ?(?:minute|min|hour|hr|day|week|month|year|mile|km|kg)s?")


def normal(text: str) -> str:
    """``text`` with formatting that carries no fact taken out, for comparing facts."""
    text = _SLACK_LINK.sub(lambda m: m.group("url"), text)
    text = text.replace("`", "")
    text = _JOINER.sub(" ", text)
    return re.sub(r"\s+", " ", text).casefold()


def _compact(text: str) -> str:
    return re.sub(r"[\W_]+", "", normal(text))


def overlaps_fact(facts: tuple[Span, ...], start: int, end: int) -> bool:
    return any(f.start < end and start < f.end for f in facts)


def _count_whole(fact: str, text: str) -> int:
    """Non-overlapping occurrences of ``fact`` not glued to a word character on a word-character edge.

    Plain string search: facts are mostly unique numbers and ids, so a compiled
    pattern per fact would cost more than the whole check.
    """
    head, tail = _is_word(fact[0]), _is_word(fact[-1])
    count, at, size = 0, text.find(fact), len(fact)
    while at != -1:
        end = at + size
        if not (head and at > 0 and _is_word(text[at - 1])) and not (
            tail and end < len(text) and _is_word(text[end])
        ):
            count += 1
            at = text.find(fact, end)
        else:
            at = text.find(fact, at + 1)
    return count


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_"


def _is_name(text: str, m: re.Match[str], opening_end: int) -> bool:
    """A capitalised word is a name unless it merely starts a sentence.

    The words right after an opening ("Hi Maria, You should…", "<@U123> Calm…")
    start a sentence too. Only the characters just before the word are read.
    """
    if m.group(0) in _NOT_NAMES:
        return False
    start = m.start()
    if not _starts_sentence(text, start, opening_end):
        return True
    salutation = _SALUTATION.search(text, max(0, start - _LOOKBACK), start)
    # "Thank you,\n\nTom" signs off with a name; "Hi,\n\nAs per…" greets no one and starts the body
    return bool(salutation) and not (_GREETING.match(salutation.group(0)) and "\n" in salutation.group(0))


def _starts_sentence(text: str, start: int, opening_end: int) -> bool:
    if start == opening_end:
        return True
    i = start
    while i > 0 and (text[i - 1].isspace() or _is_emoji(text[i - 1])):  # "Thanks! 😊 No…" starts one
        i -= 1
    if i == 0 or "\n" in text[i:start] or any(_is_emoji(char) for char in text[i:start]):
        return True  # "…at skyvale.com/disruption 😊 Have a lovely day": the emoji was the full stop
    before = text[i - 1]
    if before in "•·*-–—>" and (i < 2 or text[i - 2] in "\n\t "):
        return True  # a bullet or quote opens a line: "• Workaround" starts one
    return before in "\"“(" or (before in ".!?" and i < start)


def _is_emoji(char: str) -> bool:
    return char == "\ufe0f" or unicodedata.category(char) == "So"


def _inside(pos: int, ranges: list[tuple[int, int]]) -> bool:
    """Whether ``pos`` falls in one of ``ranges`` (sorted, disjoint)."""
    i = bisect_right(ranges, (pos, math.inf)) - 1
    return i >= 0 and ranges[i][0] <= pos < ranges[i][1]


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged
