"""The facts in a reply: what a rewrite must carry over exactly as the agent wrote it.

A softer tone is worth nothing if the order number, the amount or the customer's
name comes out different, so the rewriter refuses any edit that touches a fact,
and both rewrite engines are checked against :func:`missing_facts` afterwards.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from bot.coach.jargon import ACRONYMS
from bot.coach.model import Span
from bot.coach.text import PROTECTED

_FACT = re.compile(
    r"[$€£¥₹]\s?\d[\d,.]*"  # amounts
    r"|\b\d[\d,.:/-]*(?:\s?(?:%|am|pm|a\.m\.|p\.m\.))?"  # numbers, times, dates
    r"|[#№]\s?\w+"  # ticket / order references
    r"|(?<![\w@])@\w+(?:[.-]\w+)*"  # handles
    r"|\^[A-Z]{1,3}\w*"  # signatures such as ^Tom or ^AB
    r"|\b(?=\w*\d)[A-Za-z][\w-]*"  # ids with digits: AB123, RMA-7731
    r"|\b[A-Z]{2,5}\b"  # codes and acronyms: JFK, PNR
)
_DATE_WORDS = re.compile(
    r"\b(?:today|tomorrow|tonight|yesterday"
    r"|this (?:morning|afternoon|evening|week|weekend)|next (?:week|month))\b",
    re.IGNORECASE,
)
_CAPITALISED = re.compile(r"\b[A-Z][a-z]+[A-Za-z]*(?:['’][a-z]+)?\b")
_SENTENCE_START = re.compile(r"(?:^|[.!?]\s+|\n\s*|[\"“(]\s*)$")
_GREETING = re.compile(r"\b(?:hi|hello|hey|dear|thanks|thank you)\s*,?\s*$", re.IGNORECASE)
_NOT_NAMES = frozenset({"I", "I'm", "I'll", "I've", "I'd", "OK", "Ok"})
_SHOUT_RUN = re.compile(r"\b[A-Z]{2,}(?:[\s,]+[A-Z]{2,}){2,}\b")


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
    for m in _DATE_WORDS.finditer(text):
        spans.append((m.start(), m.end()))
    for m in _CAPITALISED.finditer(text):
        if _is_name(text, m):
            spans.append((m.start(), m.end()))
    return tuple(Span(s, e, text[s:e]) for s, e in _merge(spans))


def missing_facts(draft: str, rewrite: str) -> list[str]:
    """Facts of the draft that the rewrite lost (counting repeats)."""
    wanted = Counter(span.text for span in find_facts(draft))
    return [
        fact
        for fact, count in wanted.items()
        if len(re.findall(rf"(?<!\w){re.escape(fact)}(?!\w)", rewrite)) < count
    ]


def overlaps_fact(facts: tuple[Span, ...], start: int, end: int) -> bool:
    return any(f.start < end and start < f.end for f in facts)


def _is_name(text: str, m: re.Match[str]) -> bool:
    word = m.group(0)
    if word in _NOT_NAMES:
        return False
    before = text[: m.start()]
    if not _SENTENCE_START.search(before):
        return True
    return bool(_GREETING.search(before))


def _inside(pos: int, ranges: list[tuple[int, int]]) -> bool:
    return any(s <= pos < e for s, e in ranges)


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged
