"""The fast form of a pattern table finds exactly what the plain pattern finds."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.coach.checks.cues import compile_fast, compile_table
from bot.coach.checks.customer import PROBLEM
from bot.coach.checks.reply import STOCK

PATTERNS = [
    r"\bsorry\b|\bapologi[sz]e\b|(?i:\bdear customer\b)",
    r"(?:^|[.!?]\s+)(?:why|how)\b|\?!",
    r"(?<!not )\bhappy to help\b|[😂🤣]|\d+ (?:days?|hours?)",
    r"\b[A-Z]{3,}(?:\s+[A-Z]{2,}){2,}\b|(?i:\bwtf\b)",
    r"\b(?:x?y)?z\b|q",  # a branch whose first part may be missing starts with what follows it
    r"[^a-z]oops|\bfine\b",  # a negated class can start anywhere: no lookahead, same matches
]
WORDS = ["sorry", "Sorry", "SORRY", "apologise", "dear customer", "Dear Customer", "why", "How", "happy to help",
         "not happy to help", "3 days", "12 hours", "THIS IS NOT OK", "wtf", "WTF", "yz", "xyz", "z", "q", "oops",
         "fine", "😂", "🤣", "?!", ". ", "! ", "\n", " ", ",", "É", "ok"]


@pytest.mark.parametrize("pattern", PATTERNS)
@given(st.lists(st.sampled_from(WORDS), max_size=20).map("".join))
def test_a_fast_pattern_matches_what_the_plain_one_does(pattern: str, text: str) -> None:
    plain = re.compile(pattern, re.MULTILINE)
    fast = compile_fast(pattern)
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]


@given(st.text(alphabet=st.sampled_from(list("abcdefghilnorstuwy .,!?'\n-0123😂🙄É")), max_size=80))
def test_the_real_tables_match_the_same_with_and_without_the_lookahead(text: str) -> None:
    for table in (PROBLEM, STOCK):
        assert table.pattern.startswith("(?=")
        plain = re.compile(table.pattern[table.pattern.index("]))(?:") + len("]))(?:") : -1], table.flags)
        assert [m.span() for m in table.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_a_lexicon_still_names_the_cue_behind_each_match() -> None:
    lexicon = compile_table([r"\bsorry\b", r"\bthanks?\b|\bcheers\b"])
    assert [index for index, _ in lexicon.matches("so sorry, and thanks. cheers")] == [0, 1, 1]
