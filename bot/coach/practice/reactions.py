"""How the simulated customer takes an agent's reply, decided from the engine's analysis.

One reply gets one reaction, the strongest thing the customer would notice: an
insult outweighs a good next step in the same message, and blame outweighs a
kind word. Each reaction moves the customer's mood by a fixed amount, so the
same reply always has the same effect and an agent can learn what works.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.coach.checks.model import Analysis
from bot.coach.checks.rules import ALTERNATIVE, PATTERNS
from bot.coach.text import STOPWORDS, WORD, read

MOOD_CHANGE: dict[str, float] = {
    "reassured": -0.25,
    "boundary_held": -0.15,
    "promised": -0.1,
    "open_question": -0.12,
    "next_step": -0.12,
    "acknowledged": -0.08,
    "canned": 0.05,
    "vague": 0.08,
    "overwhelmed": 0.08,
    "repeated": 0.1,
    "confused": 0.1,
    "corrected": 0.12,
    "stonewalled": 0.15,
    "dismissed": 0.22,
    "blamed": 0.25,
    "insulted": 0.35,
}
"""Negative calms the customer down, positive winds them up; mood runs from 0 (calm) to 1 (furious).

``promised`` is an offer the scenario forbids: the customer takes the agent at their word, so it calms them a
little now, and the session makes them pay for it when the promise falls due (see ``session.LET_DOWN``)."""
CALMING = frozenset(r for r, change in MOOD_CHANGE.items() if change < 0)
GAVE_NEXT_STEP = frozenset({"reassured", "next_step", "boundary_held"})

STRONG = 0.5
"""A dimension at or above this counts as present in the reply."""
LONG_REPLY_CHARS = 1_200
"""Past this a chat reply reads as a wall of text, however kind."""

INSULT = re.compile(
    r"\b(?:idiot\w*|stupid|moron\w*|dumb(?:ass)?|imbecile|pathetic|loser|clown|cretin|halfwit|"
    r"shut up|get lost|screw you|piss off|who cares|f+u+c+k\w*|fck\w*|shit\w*|crap|bitch\w*|"
    r"bastard\w*|dickhead|asshole|arse|jerk|wtf|stfu|grow up|cry me a river)\b"
)
BEHAVIOUR_BOUNDARY = re.compile(
    r"\b(?:keep (?:this|things|it|our (?:chat|conversation)) (?:respectful|civil|polite|calm)|"
    r"(?:that|this|such|the) (?:language|tone|abuse|swearing)|"
    r"(?:not|won'?t|can'?t|cannot|unable to) (?:accept|tolerate|continue)|"
    r"(?:end|close|stop) (?:this|the|our) (?:chat|conversation|call)|"
    r"(?:continue|carry on) (?:this|the|our|with this) (?:chat|conversation)|"
    r"(?:treat|speak to|talk to) (?:me|each other|our (?:staff|team)) (?:with respect|respectfully))\b"
)
SAID_NO = re.compile(
    r"\b(?:(?:i|we)(?:'m| am|'re| are)? (?:can'?t|cannot|won'?t be able to|not able to|unable to|not allowed to) "
    r"(?:promise|guarantee|offer|give|refund|do|make|keep|extend|change|add)|(?:i|we) (?:don'?t|do not) have "
    r"(?:a|any) (?:way|option)|(?:isn'?t|not) something (?:i|we) can)\b"
)
"""A plain no, including the kind that declines a promise ("I can't promise a date")."""
CODE_LINE = re.compile(
    r"^\s*(?:def |class |import |from \S+ import|function\b|const |let |var |public |private |return\b|"
    r"#include|<\?php|<\w+[^>]*>|SELECT |INSERT |UPDATE \w+ SET|[{}\[\]();]+\s*$|\$ |>>> |at [\w.$]+\(|"
    r"Traceback \(|File \".*\", line \d+)|[;{]\s*$|^\s*[\w.\[\]]+\s*=\s*\S+;?\s*$",
    re.IGNORECASE,
)
FOREIGN_WORDS = frozenset(
    """el los las que y una por para con su usted está gracias lo siento hola también pero muy
    le les des et est je vous nous pas une avec merci désolé bonjour très sont votre
    der das und ist nicht ich wir eine mit für danke bitte sehr ihr ihre
    não você obrigado obrigada uma com muito seu sua
    il che non sono grazie della questo
    het een niet ik jij wij dank""".split()
)
MIN_WORDS_FOR_LANGUAGE = 4


@dataclass(frozen=True, slots=True)
class Reading:
    """A reaction and what triggered it, so the coaching note can say why the customer reacted so."""

    reaction: str
    trigger: str | None = None
    """For reactions the engine has no rule for (insults, code, another language, length), what we saw."""


def react(
    analysis: Analysis,
    previous_replies: tuple[str, ...] = (),
    *,
    crossed: bool = False,
    corrected: bool = False,
    offered: bool = False,
) -> Reading:
    """The customer's reaction to one reply, strongest first.

    ``crossed``: the reply makes an offer the scenario forbids; ``corrected``: it gets a fact wrong;
    ``offered``: it makes an offer the scenario allows, so a no in it comes with an alternative.
    """
    text = analysis.text
    draft = read(text)
    if _is_code(text, draft.view):
        return Reading("confused", "code")
    if not analysis.readable or _is_foreign(draft.lower):
        return Reading("confused", "language")
    if m := INSULT.search(draft.lower):
        return Reading("insulted", text[m.start() : m.end()])
    rules = set(analysis.rules)
    if "E401" in rules:
        return Reading("blamed")
    if rules & {"E402", "E405", "E404", "E501", "E502"}:
        return Reading("dismissed")  # a crisis or a hazard answered as routine is a brush-off too
    if corrected:
        return Reading("corrected")
    if crossed:
        return Reading("promised")
    if _normal(text) in {_normal(p) for p in previous_replies}:
        return Reading("repeated")
    if len(text) > LONG_REPLY_CHARS:
        return Reading("overwhelmed", "length")
    said_no = _said_no(draft.lower)
    if rules & {"E303", "E304"} and not offered:
        return Reading("stonewalled")
    dims = analysis.dimension_values()
    acknowledged = dims["acknowledge"] >= STRONG
    owned = dims["own"] >= STRONG
    kind_no = said_no and offered
    if (kind_no or _holds_boundary(draft.lower)) and (acknowledged or owned or kind_no) and dims["respect"] >= STRONG:
        return Reading("boundary_held")
    if acknowledged and owned:
        return Reading("reassured")
    if dims["explore"] >= STRONG and "E202" not in rules:
        return Reading("open_question")
    if owned:
        return Reading("next_step")
    if acknowledged and not rules & {"E102", "E103"}:
        return Reading("acknowledged")
    if rules & {"E102", "E103", "E406"}:
        return Reading("canned")
    return Reading("vague")


def _said_no(lower: str) -> bool:
    return bool(PATTERNS["E303"].search(lower) or PATTERNS["E304"].search(lower) or SAID_NO.search(lower))


def _holds_boundary(lower: str) -> bool:
    """A "no" that comes with what the agent *can* do, or a calm line about how the chat must go."""
    return (_said_no(lower) and bool(ALTERNATIVE.search(lower))) or bool(BEHAVIOUR_BOUNDARY.search(lower))


def _is_code(text: str, view: str) -> bool:
    """Code blocks, logs and stack traces: the customer would see gibberish."""
    visible = [c for c in text if not c.isspace()]
    masked = sum(1 for c, v in zip(text, view, strict=True) if not c.isspace() and v == "\x00")
    if visible and masked / len(visible) >= 0.5:
        return True
    lines = [line for line in text.splitlines() if line.strip()]
    return len(lines) >= 2 and sum(1 for line in lines if CODE_LINE.search(line)) * 2 >= len(lines)


def _is_foreign(lower: str) -> bool:
    """Written in another language: mostly non-Latin letters, or more foreign than English function words."""
    letters = [c for c in lower if c.isalpha()]
    if len(letters) >= 8 and sum(1 for c in letters if not ("a" <= c <= "z" or "à" <= c <= "ÿ")) * 2 > len(letters):
        return True
    words = WORD.findall(lower)
    return len(words) >= MIN_WORDS_FOR_LANGUAGE and more_foreign_than_english(words)


def more_foreign_than_english(words: list[str]) -> bool:
    """More function words of another European language than of English (at least two of them)."""
    foreign = sum(1 for w in words if w in FOREIGN_WORDS)
    english = sum(1 for w in words if w in STOPWORDS)
    return foreign >= 2 and foreign > english


def _normal(text: str) -> str:
    return " ".join(WORD.findall(text.lower()))
