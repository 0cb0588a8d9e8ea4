"""Reading a draft safely: markup, code and links are masked, offsets never move.

Every rule works on a *masked view* of the draft that has exactly the same length
as the draft, so a match at ``[start, end)`` in the view points at the same
characters in what the agent typed. Masking keeps URLs, code blocks and Slack
markup from looking like words ("calm down" inside a code sample is not advice).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from bot.coach import rx

MAX_DRAFT_CHARS = 10_000
"""A reply longer than this is a document, not a chat message; we say so instead of guessing."""

ZERO_WIDTH = rx.compile("[\u200b\u200c\u200d\u2060\ufeff]")
PROTECTED = rx.compile(
    r"```.*?(?:```|\Z)"  # fenced code
    r"|`[^`\n]+`"  # inline code
    r"|<[@#!][^<>\s]*>"  # Slack mentions, channels, special mentions
    r"|<(?:https?|mailto):[^<>|\s]*(?:\|[^<>\n]*)?>"  # Slack links, with or without a label
    r"|\bhttps?://[^\s<>]+[^\s<>.,;:!?)\]'\"]"  # bare URLs
    r"|\bwww\.[^\s<>]+[^\s<>.,;:!?)\]'\"]"
    r"|\b[\w.+-]{1,64}+@[\w-]++(?:\.[\w-]++)+",  # emails
    re.DOTALL,
)
"""Spans a rewrite must leave exactly as typed.

Every branch reads a bounded stretch from each place it can start, or stops at the
next ``<``, so a long run of text without spaces costs linear time, not quadratic:
an email's local part is at most 64 characters (RFC 5321), and no Slack token
contains ``<``.
"""
OPENING = rx.compile(
    r"[ \t]*(?:(?i:hi|hello|hey|dear|good (?:morning|afternoon|evening))"
    r"(?:[ \t]+(?:(?i:there|all|team|folks|everyone)\b|(?!(?:You|Your|I|We|Our|The|This|That|It|Thanks|Thank|"
    r"Please|Sorry)\b)[A-Z][\w'’-]*))*+[,.!:]?+|<@\w+>|@\w+)(?=\s|$)[ \t]*"
)
"""A salutation or mention that opens a reply ("Hi Maria,", "<@U123>"): what follows starts a sentence."""
SLACK_LINK_LABEL = rx.compile(r"<(?:https?|mailto):[^>|\s]*\|([^>]*)>")
SENTENCE_END = rx.compile(r"[.!?]+[\"')\]]*(?=\s|$)|\n")
WORD = rx.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*", re.UNICODE)


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    text: str

    @property
    def is_question(self) -> bool:
        return self.text.rstrip().rstrip("\"')]").endswith("?")


@dataclass(frozen=True, slots=True)
class Draft:
    """A draft as the rules see it: the original, its masked view, its sentences."""

    original: str
    view: str
    lower: str
    sentences: tuple[Sentence, ...]

    @property
    def words(self) -> list[str]:
        return WORD.findall(self.lower)


def mask(text: str) -> str:
    """Blank out protected regions (keeping their length) and zero-width characters.

    Slack links keep their label visible, since the label is prose the customer reads.
    """

    def blank(match: re.Match[str]) -> str:
        token = match.group(0)
        label = SLACK_LINK_LABEL.fullmatch(token)
        if label:
            inner = label.group(1)
            pad = len(token) - len(inner)
            return "\x00" * (pad - 1) + inner + "\x00"
        return "\x00" * len(token)

    view = PROTECTED.sub(blank, text)
    return ZERO_WIDTH.sub(" ", view)


def split_sentences(view: str) -> tuple[Sentence, ...]:
    """Split on terminal punctuation followed by space, so "$10.50" and "v2.1" stay whole."""
    out = []
    cut = 0
    for m in SENTENCE_END.finditer(view):
        _append(out, view, cut, m.end())
        cut = m.end()
    _append(out, view, cut, len(view))
    return tuple(out)


def _append(out: list[Sentence], view: str, start: int, end: int) -> None:
    raw = view[start:end]
    body = raw.strip()
    if body:
        first = start + len(raw) - len(raw.lstrip())
        out.append(Sentence(first, first + len(body), body))


@lru_cache(maxsize=4096)
def read(text: str) -> Draft:
    """Prepare a draft for the rules; cached because a check reads the draft and its rewrite.

    The text is not normalised (NFC and friends change its length), so every offset
    points at what the agent typed.
    """
    view = mask(text)
    return Draft(text, view, lower_same_length(view), split_sentences(view))


_STRAIGHT_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201b": "'", "\u201c": '"', "\u201d": '"'})
"""Phones type "doesn\u2019t"; the rules read "doesn't". One character for one, so offsets hold."""


def lower_same_length(text: str) -> str:
    """Lower-case with straight quotes, offsets kept (a few characters, like "İ", grow when lowered)."""
    lower = text.lower()
    if len(lower) != len(text):
        lower = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    return lower.translate(_STRAIGHT_QUOTES)


def is_blank(text: str | None) -> bool:
    return text is None or not ZERO_WIDTH.sub("", text).strip()


def as_sentence(text: str) -> str:
    """``text`` with a full stop unless it already ends like a sentence, so short items read as prose."""
    return text if text.endswith((".", "!", "?")) else text + "."


def in_one_sentence(items: tuple[str, ...]) -> str:
    """Short items joined with semicolons into one sentence, as a briefing lists what may be offered."""
    return "; ".join(item.rstrip(".") for item in items) + "."


def counted(count: int, noun: str, plural: str | None = None) -> str:
    """"1 check", "3 checks": every count the coach shows an agent agrees with its number."""
    return f"{count} {noun if count == 1 else plural or noun + 's'}"


def bar(fraction: float, width: int, glyphs: tuple[str, str]) -> str:
    """``fraction`` (clamped to 0..1) as ``width`` cells, full then empty: the dimension bars the terminal and
    Slack draw, each with the glyphs it can show."""
    filled = round(max(0.0, min(1.0, fraction)) * width)
    return glyphs[0] * filled + glyphs[1] * (width - filled)


STOPWORDS = frozenset(
    """a about above after again against all am an and any are as at be because been before being
    below between both but by can could did do does doing down during each few for from further had
    has have having he her here hers herself him himself his how i if in into is it its itself just
    me more most my myself no nor not now of off on once only or other our ours ourselves out over
    own same she should so some such than that the their theirs them themselves then there these
    they this those through to too under until up very was we were what when where which while who
    whom why will with would you your yours yourself yourselves get got im ive dont cant wont
    still please thanks thank hi hello hey one also really even much many like know want need
    going""".split()
)


_WORD_BASE = rx.compile(r"(?<![\w'’])[^\W\d_]+")
"""A word up to any apostrophe: "what's" is "what", and the "s" after it is no word of its own."""


@lru_cache(maxsize=4096)
def keywords(lower: str) -> frozenset[str]:
    """Content words, cut to a 5-letter stem so "delayed" meets "delay".

    Cached because a check asks for the same draft's words several times (scoring, findings, rewrite).
    """
    return frozenset(w[:5] for w in _WORD_BASE.findall(lower) if len(w) > 2 and w not in STOPWORDS)
