"""What the customer's own message tells us: how they feel, what about, what they asked.

The analyzer uses it to notice a reply that talks past the customer; the
rewriter uses it to make an acknowledgement specific ("your bag", "frustrating")
instead of a stock phrase.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from bot.coach.checks.cues import Lexicon, compile_fast, compile_table
from bot.coach.text import WORD, read

_EMOTIONS: tuple[tuple[str, str], ...] = (
    (r"\bfurious|\bangry|\bmad\b|\boutrag\w*|\blivid|\bfuming|\bpissed", "infuriating"),
    (r"\bfrustrat\w*|\bfed up|\bsick of|\bridiculous|\bunacceptable|\bjoke\b|\bworst\b|\bawful|"
     r"\bterrible|\bhorrible|\bannoy\w*|\bugh+\b|\bwtf\b|🤦|😤|😡|🙄", "frustrating"),
    (r"\bworried|\bworry\w*|\banxious|\bnervous|\bscared|\bafraid|\bpanic\w*|\bstress\w*|\bconcern\w*",
     "worrying"),
    (r"\bdisappoint\w*|\blet down|\bsad\b|\bupset|\bhurt\b|😢|😭|😞|😔|😪", "disappointing"),
    (r"\bconfus\w*|\bdon'?t understand|\bno idea|\bmakes no sense", "confusing"),
    (r"\bpassed (?:around|between)|\bno one|\bnobody|\bignor\w*|\bagain and again|\bstill\b|"
     r"\bfor (?:days|weeks|hours|months)|\bwaiting|\bwaited", "frustrating"),
)
_EMOTION_TABLE = compile_table(pattern for pattern, _ in _EMOTIONS)

_TOPICS: tuple[tuple[str, str], ...] = (
    (r"\b(?:bag|bags|baggage|luggage|suitcase)\b", "your bag"),
    (r"\b(?:flight|flights|plane|boarding|layover|connection)\b", "your flight"),
    (r"\b(?:refund|refunds|money back)\b", "your refund"),
    (r"\b(?:order|package|parcel|delivery|shipment|item)\b", "your order"),
    (r"\b(?:bill|billing|invoice|charge|charged|overcharged|payment)\b", "your bill"),
    (r"\b(?:internet|wifi|wi-fi|broadband|connection|router|signal)\b", "your connection"),
    (r"\b(?:account|login|log in|password|sign in)\b", "your account"),
    (r"\b(?:app|website|site|portal)\b", "the app"),
    (r"\b(?:booking|reservation|ticket|seat)\b", "your booking"),
    (r"\b(?:subscription|plan|contract|membership)\b", "your plan"),
)
_TOPIC_TABLE = compile_table(pattern for pattern, _ in _TOPICS)

_PROBLEMS: tuple[tuple[str, str], ...] = (
    (r"\b(?:lost|missing|can'?t find|never (?:arrived|came|got))\b", "missing"),
    (r"\b(?:cancel+ed|cancel+ation)\b", "cancelled"),
    (r"\b(?:delay\w*|late|still (?:waiting|not|no)|waiting|hasn'?t (?:arrived|come)|days?|weeks?)\b",
     "delayed"),
    (r"\b(?:broken|not working|doesn'?t work|won'?t work|down|crash\w*|error|fail\w*|stopped working)\b",
     "broken"),
    (r"\b(?:charged twice|double charged|overcharged|wrong amount|extra charge)\b", "charged"),
)
_PROBLEM_TABLE = compile_table(pattern for pattern, _ in _PROBLEMS)

_POSITIVE = compile_fast(
    r"\b(?:thanks?|thank you|great|awesome|love|amazing|excellent|best|appreciate|kudos|shout ?out|"
    r"happy|glad|wonderful|fantastic|good service)\b|❤|😍|🙏|👏"
)
_COMPLAINT = compile_fast(
    r"\b(?:not|no|never|can'?t|won'?t|didn'?t|doesn'?t|isn'?t|still|again|wrong|problem|issue|"
    r"help|why|lost|missing|delay\w*|cancel\w*|broken|refund|charged|waiting|worst|terrible|"
    r"awful|ridiculous|unacceptable)\b|!{2,}|\?{2,}"
)
_SHOUTING = re.compile(r"\b[A-Z]{3,}(?:\s+[A-Z]{2,})+\b|!{2,}")

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


@dataclass(frozen=True, slots=True)
class Context:
    """The customer's message, reduced to what a reply should respond to."""

    emotion: str | None
    topic: str | None
    problem: str | None
    positive: bool
    complaint: bool
    shouting: bool
    keywords: frozenset[str]
    question_keywords: frozenset[str]
    """Content words of the customer's questions: a reply that shares none has not answered them."""


NO_CONTEXT = Context(None, None, None, False, False, False, frozenset(), frozenset())


@lru_cache(maxsize=2048)
def read_customer(message: str | None) -> Context:
    if not message or not message.strip():
        return NO_CONTEXT
    draft = read(message)
    text = draft.view
    emotion = _first(_EMOTION_TABLE, _EMOTIONS, draft.lower)
    complaint = emotion is not None or bool(_COMPLAINT.search(draft.lower))
    positive = not complaint and bool(_POSITIVE.search(draft.lower))
    questions = " ".join(s.text for s in draft.sentences if s.is_question)
    return Context(
        emotion=emotion,
        topic=_first(_TOPIC_TABLE, _TOPICS, draft.lower),
        problem=_first(_PROBLEM_TABLE, _PROBLEMS, draft.lower),
        positive=positive,
        complaint=complaint,
        shouting=bool(_SHOUTING.search(text)),
        keywords=keywords(draft.lower),
        question_keywords=keywords(questions.lower()),
    )


@lru_cache(maxsize=4096)
def keywords(lower: str) -> frozenset[str]:
    """Content words, cut to a 5-letter stem so "delayed" meets "delay".

    Cached because a check asks for the same draft's words several times (scoring, findings, rewrite).
    """
    return frozenset(w[:5] for w in WORD.findall(lower) if len(w) > 2 and w not in STOPWORDS)


def _first(table: Lexicon, entries: tuple[tuple[str, str], ...], lower: str) -> str | None:
    """The value of the earliest entry in the table that matches anywhere: entries are in priority order."""
    best = min(table.found(lower), default=None)
    return None if best is None else entries[best][1]
