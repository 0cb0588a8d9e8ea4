"""An LLM-worded customer line in practice: what it answers, and what it must pass before an agent reads it.

The offline engine decides how the customer reacts and how their mood moves;
a model only puts that into words. Words can still go wrong: a customer who
suddenly says they are an AI, quotes a refund amount nobody mentioned, thanks
an agent who just blamed them, or writes three paragraphs in French. Each of
those would teach the agent the wrong thing, so every line is checked here, in
code, and the first check it fails is named; the scripted line is used instead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.coach.checks.guardrails import Rejection
from bot.coach.practice.reactions import MOOD_CHANGE, more_foreign_than_english
from bot.coach.practice.scenarios import Scenario
from bot.coach.practice.session import Session, Turn, band
from bot.coach.privacy import LOOSE_PLACEHOLDER
from bot.coach.text import WORD

LINE_CHECKS = ("empty", "length", "form", "placeholders", "language", "character", "facts", "mood")
"""Every check, in the order they run; a rejection names the first one that failed."""

MAX_LINE_CHARS = 320
"""The longest scripted line is under 120 characters; a chat message past this reads as a speech."""
MAX_SENTENCES = 5
ENDING_OUTCOMES = ("satisfied", "walked_away", "turn_limit")

_LABEL = r"(?:customer|agent|support|you|me|assistant|user)"
_QUOTES = "\"'“”‘’«»"
_SENTENCE_END = re.compile(r"[.!?]+(?=\s|$)")
_SPEAKER = re.compile(rf"^\s*{_LABEL}\s*:", re.IGNORECASE | re.MULTILINE)
_MARKUP = re.compile(r"```|^\s*(?:#{1,6}\s|[-*]\s|\d+\.\s)|\*\*", re.MULTILINE)
_OUT_OF_CHARACTER = re.compile(
    r"\b(?:as an ai|an ai(?: language)? model|a (?:large )?language model|i(?:'m| am) (?:an? )?(?:ai|bot|chatbot|"
    r"virtual assistant|assistant|language model|simulat\w*|fictional)\b|(?:openai|chatgpt|gpt-?\d\w*)\b|"
    r"simulat(?:ed|ion)\b|role[- ]?play\w*|in character\b|this (?:scenario|exercise|practice|training|simulation)|"
    r"practi[cs]e session|not a real (?:customer|person)|(?:my|the) (?:instructions|prompt|system prompt)\b|"
    r"(?:customer|agent)'s line)",
    re.IGNORECASE,
)
"""A customer who says what they are, or talks about the exercise, breaks the role-play."""
_GRATITUDE = re.compile(
    r"\b(?:thank(?:s| you)(?!\s+(?:a lot|for nothing|for that\b|for wasting|but\b)|,\s*but\b)|appreciate|grateful|"
    r"that(?:'s| is) (?:so |really |very )?(?:helpful|great|perfect|brilliant|wonderful|lovely|reassuring)|"
    r"(?:that|this) helps|i feel (?:much |a lot )?better|relieved|you(?:'ve| have) been (?:so |very |really )?"
    r"(?:kind|helpful|great|lovely|wonderful))\b",
    re.IGNORECASE,
)
"""Thanks and relief; sarcasm ("thanks a lot") and a concession ("thanks, but") are not gratitude."""
_HOSTILITY = re.compile(
    r"\b(?:ridiculous|outrageous|disgrace\w*|pathetic|incompetent|how dare you|shut up|"
    r"(?:speak|talk) to (?:your|a) (?:manager|supervisor)|(?:make|file|lodge) a (?:formal )?complaint|"
    r"i(?:'m| am) (?:done with (?:you|this)|leaving|switching))\b",
    re.IGNORECASE,
)
"""Escalation that a reply which calmed the customer down would not earn (a rude customer's usual words are
not enough: the abusive customer grumbles even while calming down)."""
_SHOUTING = re.compile(r"\b[A-Z]{2,}(?:\W+[A-Z]{2,}){2,}\b|!{2,}")
"""Three capitalised words in a row, or "!!": shouting."""
_NUMBER = re.compile(r"(?P<currency>[$€£¥₹]\s?)?(?P<number>\d+(?:[.,:]\d+)*)")
_CALENDAR = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|june|july|"
    r"august|september|october|november|december)\b",
    re.IGNORECASE,
)
"""Weekdays and months ("May" is left out: it is far more often a verb)."""


@dataclass(frozen=True, slots=True)
class LineRequest:
    """Everything a customer line answers: the scenario, the chat so far, and what the engine decided."""

    scenario: Scenario
    before: Session
    """The session as it stood when the agent replied."""
    turn: Turn
    """The agent's reply as the engine scored it, with the scripted customer line."""
    outcome: str | None
    """How the session ends with this turn (``satisfied``, ``walked_away``, ``turn_limit``), or ``None``."""

    @property
    def calming(self) -> bool:
        """The direction the customer's mood takes: the line must not contradict it."""
        if self.outcome == "satisfied":
            return True
        if self.outcome == "walked_away":
            return False
        return MOOD_CHANGE[self.turn.reaction] < 0

    @property
    def mood_band(self) -> str:
        return band(self.turn.mood)

    def known_text(self) -> str:
        """Everything the customer may quote: the scenario card, the chat so far, this reply, the scripted line."""
        card = self.scenario
        parts = [card.title, card.persona, *card.facts, card.needs, *card.may_offer, *card.may_not_offer,
                 card.opening, self.turn.agent, self.turn.customer]
        for turn in self.before.turns:
            parts += [turn.agent, turn.customer]
        return "\n".join(parts)


def tidy_line(line: str, customer: str) -> str:
    """The line without what models wrap it in: surrounding quotes and a "Priya:" label."""
    text = line.strip()
    text = re.sub(rf"^(?:{re.escape(customer)}|customer)\s*:\s*", "", text, flags=re.IGNORECASE).strip()
    if len(text) >= 2 and text[0] in _QUOTES and text[-1] in _QUOTES:
        text = text[1:-1].strip()
    return text


def review_line(line: str, request: LineRequest) -> Rejection | None:
    """Run every check on a tidied ``line``; ``None`` when the customer may say it."""
    known = request.known_text()
    return (
        _empty(line)
        or _length(line)
        or _form(line, request.scenario.customer)
        or _placeholders(line, known)
        or _language(line, request.scenario.opening)
        or _character(line)
        or _facts(line, known)
        or _mood(line, request)
    )


def _empty(line: str) -> Rejection | None:
    return None if WORD.search(line) else Rejection("empty", "the line has no words in it")


def _length(line: str) -> Rejection | None:
    if len(line) > MAX_LINE_CHARS:
        return Rejection("length", f"{len(line)} characters, more than {MAX_LINE_CHARS} for one chat message")
    sentences = len(_SENTENCE_END.findall(line.rstrip(".!? ") + "."))
    if sentences > MAX_SENTENCES:
        return Rejection("length", f"{sentences} sentences, more than {MAX_SENTENCES} for one chat message")
    return None


def _form(line: str, customer: str) -> Rejection | None:
    """One plain message from the customer, not a script of several turns or a formatted document."""
    if _SPEAKER.search(line) or re.search(rf"^\s*{re.escape(customer)}\s*:", line, re.MULTILINE):
        return Rejection("form", "the line has speaker labels, as if it were several messages")
    if line.count("\n\n") or line.count("\n") > 1:
        return Rejection("form", "the line runs over several paragraphs")
    if _MARKUP.search(line):
        return Rejection("form", "the line has formatting a customer wouldn't type")
    return None


def _placeholders(line: str, known: str) -> Rejection | None:
    left = [token for token in LOOSE_PLACEHOLDER.findall(line) if token not in known]
    return Rejection("placeholders", f"unknown placeholders: {', '.join(left)}") if left else None


def _language(line: str, reference: str) -> Rejection | None:
    """The scenario's language is its opening line's: a Latin-script, English opening wants an English line."""
    if _latin_share(reference) >= 0.9 and _latin_share(line) < 0.7:
        return Rejection("language", "the line is not in the scenario's script")
    if _looks_foreign(line) and not _looks_foreign(reference):
        return Rejection("language", "the line is not in the scenario's language")
    return None


def _character(line: str) -> Rejection | None:
    found = _OUT_OF_CHARACTER.search(line)
    return Rejection("character", f"steps out of the role: {found.group(0)!r}") if found else None


def _facts(line: str, known: str) -> Rejection | None:
    """No amount, number, time, weekday or month that neither the scenario nor the chat has mentioned."""
    known_amounts, known_numbers = _numbers(known)
    line_amounts, line_numbers = _numbers(line)
    invented = sorted(f"{symbol}{number}" for symbol, number in line_amounts - known_amounts)
    invented += sorted(line_numbers - known_numbers - {number for _, number in line_amounts})
    known_days = {m.group(0).lower() for m in _CALENDAR.finditer(known)}
    invented += [m.group(0) for m in _CALENDAR.finditer(line) if m.group(0).lower() not in known_days]
    return Rejection("facts", f"details the scenario doesn't have: {', '.join(invented)}") if invented else None


def _mood(line: str, request: LineRequest) -> Rejection | None:
    """Gratitude when the reply wound the customer up, or anger when it calmed them down, contradicts the engine."""
    if not request.calming:
        found = _GRATITUDE.search(line)
        if found:
            return Rejection("mood", f"sounds grateful ({found.group(0)!r}) after a {request.turn.reaction} reply")
        return None
    found = _HOSTILITY.search(line) or _SHOUTING.search(line)
    if found:
        return Rejection("mood", f"sounds angry ({found.group(0)!r}) after a {request.turn.reaction} reply")
    return None


def _numbers(text: str) -> tuple[set[tuple[str, str]], set[str]]:
    """Amounts (currency, number) and every number, written alike: "5:00" is "5", "1,200" is "1200"."""
    amounts, numbers = set(), set()
    for m in _NUMBER.finditer(text):
        number = re.sub(r"[.:]00$", "", m.group("number").replace(",", ""))
        numbers.add(number)
        if m.group("currency"):
            amounts.add((m.group("currency").strip(), number))
    return amounts, numbers


def _latin_share(text: str) -> float:
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return 1.0
    return sum(1 for c in letters if c.isascii() or "\u00c0" <= c <= "\u024f") / len(letters)


def _looks_foreign(text: str) -> bool:
    return more_foreign_than_english(WORD.findall(text.lower()))
