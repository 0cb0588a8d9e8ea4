"""A scenario's card in a form the coach can check a reply against: what may and may not be offered, what isn't so.

The words shown to the agent stay in the scenario's ``may_offer`` and ``may_not_offer`` lists; the card says
the same thing as entries the engine can find in a reply, in any wording. An entry names a *kind* of offer
(each kind is a lexicon of the ways agents say it), optionally the words that must come near it (``about``)
or that make it something else (``unless``), and an example sentence that must match, so a scenario whose
entry can't recognise its own example never loads.

A refusal is not an offer: "I can't promise it'll arrive by Saturday" holds the line, so an offer that a
negation governs in its own clause doesn't count.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.coach.checks.cues import compile_fast

_TIME = (
    r"(?:by|before|on|until|for|this|next|first thing) (?:the )?(?:monday|tuesday|wednesday|thursday|friday|saturday|"
    r"sunday|weekend|morning|afternoon|evening|tonight|tomorrow|end of (?:the )?(?:day|week)|noon|midday|lunch|\d)|"
    r"\b(?:today|tomorrow|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"right now|right away|instantly|immediately|straight away|same[- ]day|this (?:morning|afternoon|evening)|"
    r"within (?:the (?:next )?)?(?:\d+|an?|one|two|the) (?:minutes?|hours?|hour|days?|working days?)|within the hour|"
    r"in (?:\d+|an?|one|two|a few|a couple of) (?:minutes?|hours?)|\d{1,2}(?::\d\d)?\s?(?:am|pm)|\d{1,2}:\d\d|"
    r"no later than|at the latest|in time(?: for)?|before (?:your|the|my|his|her) \w+|(?:by )?lunchtime|by the time we "
    r"finish|within (?:a couple of|a few) (?:hours|minutes))"
)
_OUTCOME = (
    r"(?:arrive|arrives|be (?:there|delivered|with you|at your door|fixed|back(?! in touch| to you| with you)|"
    r"online|working|restored|done|sorted|resolved|changed|closed|processed|reversed|refunded|in your account|"
    r"on (?:the|your) contract|updated|complete|ready)|reach you|get to you|turn up|show up|land|show (?:up )?in your|clear|"
    r"come back|work again|be up and running|go through|hit your account|be on (?:the|your) account|disappear|"
    r"lands? (?:back )?(?:with you|in your account)|show as)"
)

KINDS: dict[str, str] = {
    "refund": (
        r"\b(?:refund\w*|money back|reimburs\w*|pay (?:you )?(?:it )?back|give (?:you )?(?:the|your) money back|"
        r"(?:put|push|send|pay|transfer|return)\w* (?:the |your |it |that |this )?(?:[£$€]?\d[\d.,]* |money |amount |"
        r"payment |charge )?back (?:to|on|into|onto) your (?:card|account|bank)|revers\w+ (?:the|your|that|this) (?:\w+ )?"
        r"(?:charge|payment|renewal|transaction|fee)|money'?s? (?:is )?on its way back)\b"
    ),
    "replacement": (
        r"\b(?:replac\w+|(?:send|ship|post|get|arrang)\w* (?:you )?(?:a |another |the )?(?:new|brand[- ]new|fresh|second|"
        r"another|spare)\b|swap (?:it|that|this|them) for (?:a )?new|(?:a |another )?(?:new|brand[- ]new) \w+ (?:is )?"
        r"on (?:its|the) way|(?:new|replacement) (?:\w+ )?(?:has been|is being|will be) (?:ordered|sent|set aside|dispatched|"
        r"posted)|(?:exchange|swap) (?:it|them|the \w+|the whole thing) (?:for|with) (?:a |another |a different )|"
        r"pick up a new|nothing to pay|(?:at )?no extra cost|on us)"
    ),
    "guarantee": (
        r"\b(?:guarantee\w*|i promise|we promise|promise (?:you|that)|you have my word|i assure you|"
        r"definitely|for sure|without fail|i guarantee|certainly will|will certainly|absolutely will|i can confirm it will|"
        r"assure you|rest assured|you can count on|it'?s a certainty|no question about it|i'?m certain|"
        r"(?:i'?ll |i will )?(?:personally )?make sure of (?:that|it))\b|\b100 ?%"
    ),
    "date": rf"\b(?:will|'ll|is going to|are going to|'s going to|'re going to|should|shall) (?:\w+ ){{0,3}}?{_OUTCOME}\b[^.!?\n]*?\b(?:{_TIME})",
    "waiver": (
        r"\b(?:waiv\w+|write (?:it |that |the \w+ )?off|written off|(?:cancel|scrap|drop|remove) (?:the|your|that) "
        r"(?:final )?(?:bill|fee|charge|invoice)|won'?t (?:have to |need to )?pay|no (?:need|charge) to pay|"
        r"free of charge|at no (?:cost|charge)|wipe (?:that|the|it|this)|take (?:that|the|it|this) (?:\w+ )?(?:charge|fee) "
        r"off|(?:fee|charge)(?:'s| has been| is| was) (?:been )?(?:cancel+ed|removed|cleared|wiped|dropped|written off)|"
        r"let (?:this|it|that) (?:one )?go|(?:cleared|removed) (?:it|that|the \w+) from your (?:bill|account)|"
        r"won'?t be charged|(?:don'?t|won'?t) owe)\b"
    ),
    "discount": (
        r"\b(?:discount\w*|\d+ ?% off|voucher\w*|coupon\w*|promo(?:tion(?:al)?)? code|(?:money|£\d+|\$\d+|€\d+) off|"
        r"(?:take|knock) (?:something|a bit|some(?:thing)?|money) off|"
        r"cheaper rate|loyalty (?:price|rate|deal|offer|reward)|reduced (?:price|rate)|reduc\w+ (?:your |the )?(?:final )?"
        r"(?:bill|price|rate|stay|fee)|reduction|discounted by|knock (?:a couple of |a few )?(?:pounds|dollars|euros|quid|"
        r"[£$€]\d+) off)\b"
    ),
    "compensation": (
        r"\b(?:compensat\w+|make (?:it |that )?up to you|make up (?:the|for the|your|for your) (?:sales|takings|loss|losses|"
        r"earnings|disruption|day)|cover the takings|pay (?:that|it) to you|(?:arrange|sort out) (?:a |some )?(?:payment|"
        r"money)|goodwill payment|cover (?:your|the|his|her) (?:lost|loss|missed|wages|"
        r"earnings|sales|pay|day)|pay (?:you )?for (?:your|the) (?:lost|missed|day|time|wages|earnings|sales)|"
        r"(?:reimburse|refund|repay) (?:you )?(?:for )?(?:your|the) (?:lost|missed) \w+)\b"
    ),
    "credit": r"\b(?:credit(?:ed|s)?|goodwill (?:gesture|payment))\b(?! card| score| check)",
    "amount": (
        r"(?:[£$€]\s?\d[\d,]*(?:\.\d\d)?)(?!\d|[,.]\d| in credit)(?=[^.!?\n]{0,60}\b(?:credit|refund|back|compensat\w*|off|account|"
        r"gesture|goodwill|payment|pay)\b)|\b(?:credit|refund|give|pay|add|compensat\w+|knock)\w* (?:you |of "
        r"|off )?(?:an? (?:extra )?|the )?[£$€]\s?\d[\d,]*(?:\.\d\d)?"
    ),
    "exception": (
        r"\b(?:(?:make|made|making) an exception|as an exception|one[- ]off exception|just this once|bend the rules|"
        r"skip (?:the|that|this|any)|without (?:needing |sending |providing |waiting for |asking for )?(?:the|a|any|your|"
        r"his|her)? ?(?:death )?(?:certificate|paperwork|proof|document\w*|check\w*|verification|process)|"
        r"no (?:death )?(?:certificate|paperwork|proof|documents?)(?: is)? (?:needed|required|necessary)|"
        r"(?:don'?t|do not|no need to) (?:worry about|bother with|send|provide|get) (?:the|a|any|us the) ?(?:death )?"
        r"(?:certificate|paperwork|proof|documents?)|(?:keep|leave) you on (?:the|your) old (?:price|rate|plan)|"
        r"(?:keep|freeze|lock)(?: in)? (?:your|the) (?:old |current |previous )?(?:price|rate)|(?:at|on) (?:the|your) "
        r"(?:old|previous) (?:price|rate)|(?:keep|leave) you (?:at|on) [£$€]?\d[\d.,]*|"
        r"don'?t need (?:the|a|to send) (?:certificate|proof|paperwork)|(?:transfer|move|put) (?:the account|it) "
        r"(?:in|into) your name|go ahead and (?:close|change)|"
        r"(?:book|put|get) you on (?:a|an|another) (?:\w+ )?(?:airline|carrier)'?s?|(?:another|other) (?:airline|carrier))\b"
    ),
    "escalation": (
        r"\b(?:escalat\w+|(?:my |a |the )?(?:manager|supervisor|team lead(?:er)?|senior (?:colleague|adviser|"
        r"advisor|agent))|complaints team|specialist team|(?:transfer|put|pass)\w* (?:you|this|it) (?:through|over|on|to)|"
        r"hand\w* (?:this|it|you) (?:over|on) to|bring in (?:a |our |my )?(?:\w+ )?(?:specialist|colleague|expert|team)|"
        r"connect you (?:with|to)|pass\w* (?:you|this|it|your case) (?:on )?to|put you through to|(?:\w+ )?specialist|"
        r"ask\w* (?:our|a|the) (?:\w+ )?(?:\w+ )?team to (?:pick up|join|take))\b"
    ),
    "action": (
        r"\b(?:i'?ll|i will|i can(?!'?t|not| not)|let me|i'?m going to|i'?m (?:now |also )?\w+ing|i(?:'ve| have) "
        r"(?:just |now |already )?\w+ed|we'?ll|we will|we can(?!'?t|not| not))\b"
    ),
}
"""One lexicon per kind of offer; an entry narrows a kind to its scenario with ``about`` and ``unless``."""

_FRAME = re.compile(
    r"\b(?:i'?ll|i will(?! not)|i can(?!'?t|not| not)|i could(?!n)|we'?ll|we will(?! not)|we can(?!'?t|not| not)|"
    r"we could(?!n)|let me|let'?s|i'?m (?:going|happy|able|glad)|"
    r"i'?d (?:like|be happy)|you(?:'ll|'d| will| would) (?:also )?(?:get|receive|have|be)|you can have|(?:will|'ll) be|there'?s|there is|"
    r"i'?m \w+ing|we'?re \w+ing|would it help if i|what if i|i(?:'ve| have) (?:just |now |already )?\w+ed|i(?:'ve| have) gone ahead|here'?s|how about|would you like|"
    r"(?:i|we) (?:promise|guarantee)|(?:is|are|has been|have been) (?:approved|on (?:its|their) way|issued|"
    r"arranged|booked|processed|done|applied|added)|as a (?:one-off|gesture|thank)|on us|just this once)\b"
)
"""What makes a mention an offer: the agent saying they will, can, or have; "your refund was used" is not one."""
FRAMED = frozenset({"refund", "replacement", "waiver", "discount", "compensation", "credit", "exception", "escalation",
                    "amount"})
"""Kinds whose words also name things in passing, so they count only inside an offer's frame."""
FRAME_REACH = 60
FRAME_AFTER = 30
"""A passive offer puts its verb after the thing: "the credit is applied automatically"."""
_NEGATION = re.compile(
    r"\b(?:can'?t|cannot|can not|won'?t|unable|not able|not allowed|isn'?t|is not|aren'?t|are not|don'?t|do not|"
    r"not|never|no longer|wish i could|rather than|instead of|without promising|nor|no way)\b|\bno\b(?! (?:charge|cost))"
)
_REFUSED = re.compile(
    r"[^,]*?\b(?:isn'?t|is not|aren'?t|are not|wasn'?t) (?:something|possible|available|an option|allowed|on offer)|"
    r"[^,]*?\b(?:isn'?t|is not|aren'?t|are not|can'?t be|cannot be|won'?t be) (?:\w+ )?(?:waived|refunded|given|"
    r"offered|removed|kept|done|guaranteed|promised)"
)
"""A refusal that follows the thing refused: "waiving it isn't something I can do", "the fee can't be waived"."""
_CLAUSE = re.compile(r"[.!?;\n]+|,\s*(?=but\b|and\b|so\b|though\b|however\b|instead\b)|\s(?=but\b|however\b|though\b)")
NEGATION_REACH = 45
"""How far before an offer a negation still governs it, within the clause and after its last comma."""
ABOUT_WINDOW = 60
"""How close (in characters, either side of the offer) an ``about`` word must be: the same clause, roughly."""


class CardError(ValueError):
    """A card entry that can't be used; the message says which and why."""


@dataclass(frozen=True, slots=True)
class Offer:
    """Something the agent may, or may not, offer, in a form a reply can be matched against."""

    kind: str
    allowed: bool
    says: str
    """How the coach names it in a finding or summary: "a full refund of the item"."""
    example: str
    because: str = ""
    """Why it may not be offered ("the courier hasn't given one"); empty for an allowed offer."""
    about: tuple[str, ...] = ()
    unless: tuple[str, ...] = ()
    over: float | None = None
    """For ``amount``: only amounts above this count (a credit beyond the £30 allowed)."""

    def found_in(self, text: str) -> tuple[int, int] | None:
        """Where ``text`` makes this offer, or ``None``: the first match no negation in its clause governs."""
        return self._find(text, declined=False)

    def declined_in(self, text: str) -> bool:
        """Whether ``text`` says no to this offer ("I can't refund the full order"): a promise taken back."""
        return self._find(text, declined=True) is not None

    def _find(self, text: str, *, declined: bool) -> tuple[int, int] | None:
        lower = text.lower()
        for clause_start, clause in _clauses(lower):
            for match in _kind_pattern(self.kind).finditer(clause):
                if _negated(clause, match.start(), match.end()) != declined or not self._fits(clause, match):
                    continue
                if not declined and not self._framed(clause, match):
                    continue
                return clause_start + match.start(), clause_start + match.end()
        return None

    def _framed(self, clause: str, match: re.Match[str]) -> bool:
        if self.kind not in FRAMED:
            return True
        return bool(_FRAME.search(clause[max(0, match.start() - FRAME_REACH) : match.end() + FRAME_AFTER]))

    def _fits(self, clause: str, match: re.Match[str]) -> bool:
        """The offer is about what is nearest it: an ``about`` word nearer than any ``unless`` word."""
        about = _distance(clause, match, self.about)
        if self.about and about is None:
            return False
        unless = _distance(clause, match, self.unless)
        if unless is not None and (about is None or unless < about):
            return False
        if self.over is not None:
            amounts = [float(a.replace(",", "")) for a in re.findall(r"[£$€]\s?(\d[\d,]*(?:\.\d\d)?)", match.group(0))]
            return any(amount > self.over for amount in amounts)
        return True


@dataclass(frozen=True, slots=True)
class Untrue:
    """A claim that contradicts the card (a status, a date), and what is true instead."""

    says: str
    truth: str
    """What the customer answers with: "Tracking still says in transit at the regional hub"."""
    match: tuple[str, ...]
    example: str

    def found_in(self, text: str) -> tuple[int, int] | None:
        lower = text.lower()
        for clause_start, clause in _clauses(lower):
            for pattern in self.match:
                if (m := re.search(pattern, clause)) and not _negated(clause, m.start()):
                    return clause_start + m.start(), clause_start + m.end()
        return None


@dataclass(frozen=True, slots=True)
class Card:
    offers: tuple[Offer, ...] = ()
    untrue: tuple[Untrue, ...] = ()

    @property
    def forbidden(self) -> tuple[Offer, ...]:
        return tuple(o for o in self.offers if not o.allowed)

    @property
    def allowed(self) -> tuple[Offer, ...]:
        return tuple(o for o in self.offers if o.allowed)


def read_card(table: object) -> Card:
    """The ``[card]`` table of a scenario file; raises ``CardError`` naming the entry that can't be used."""
    if table is None:
        return Card()
    if not isinstance(table, dict) or set(table) - {"offer", "untrue"}:
        raise CardError("[card] may hold only [[card.offer]] and [[card.untrue]] entries.")
    offers = tuple(_offer(i, entry) for i, entry in enumerate(_entries(table, "offer"), start=1))
    untrue = tuple(_untrue(i, entry) for i, entry in enumerate(_entries(table, "untrue"), start=1))
    return Card(offers, untrue)


def _entries(table: dict, key: str) -> list[dict]:
    entries = table.get(key, [])
    if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
        raise CardError(f"card.{key} must be a list of tables ([[card.{key}]]).")
    return entries


def _offer(number: int, entry: dict) -> Offer:
    where = f"card.offer #{number}"
    kind = entry.get("kind")
    if kind not in KINDS:
        raise CardError(f"{where}: kind must be one of {', '.join(KINDS)}, not {kind!r}.")
    allowed = entry.get("allowed")
    if not isinstance(allowed, bool):
        raise CardError(f"{where}: allowed must be true or false.")
    over = entry.get("over")
    if over is not None and (kind != "amount" or not isinstance(over, int | float) or isinstance(over, bool)):
        raise CardError(f"{where}: over is a number, and only for kind = \"amount\".")
    offer = Offer(
        kind=kind,
        allowed=allowed,
        says=_text(entry, "says", where),
        example=_text(entry, "example", where),
        because="" if allowed else _text(entry, "because", where),
        about=_words(entry, "about", where),
        unless=_words(entry, "unless", where),
        over=None if over is None else float(over),
    )
    if offer.found_in(offer.example) is None:
        raise CardError(
            f"{where} ({offer.says!r}) doesn't match its own example {offer.example!r}: check the kind, and that one "
            "of the about words is in the example and none of the unless words."
        )
    return offer


def _untrue(number: int, entry: dict) -> Untrue:
    where = f"card.untrue #{number}"
    patterns = _words(entry, "match", where)
    if not patterns:
        raise CardError(f"{where}: match needs at least one phrase.")
    for pattern in patterns:
        try:
            re.compile(pattern)
        except re.error as error:
            raise CardError(f"{where}: {pattern!r} is not a valid pattern ({error}).") from error
    claim = Untrue(_text(entry, "says", where), _text(entry, "truth", where), patterns, _text(entry, "example", where))
    if claim.found_in(claim.example) is None:
        raise CardError(f"{where} ({claim.says!r}) doesn't match its own example {claim.example!r}.")
    return claim


def _text(entry: dict, key: str, where: str) -> str:
    value = entry.get(key)
    if not isinstance(value, str) or not value.strip():
        raise CardError(f"{where}: {key} must be a non-empty string.")
    return value.strip()


def _words(entry: dict, key: str, where: str) -> tuple[str, ...]:
    value = entry.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise CardError(f"{where}: {key} must be a list of words or phrases.")
    return tuple(v.strip().lower() for v in value)


_PATTERNS: dict[str, re.Pattern[str]] = {}


def _kind_pattern(kind: str) -> re.Pattern[str]:
    if kind not in _PATTERNS:
        _PATTERNS[kind] = compile_fast(KINDS[kind])
    return _PATTERNS[kind]


def _clauses(lower: str) -> list[tuple[int, str]]:
    out, start = [], 0
    for m in _CLAUSE.finditer(lower):
        if m.start() > start:
            out.append((start, lower[start : m.start()]))
        start = m.end()
    if start < len(lower):
        out.append((start, lower[start:]))
    return out


def _negated(clause: str, at: int, end: int | None = None) -> bool:
    """A negation governs the offer in its own clause: before it ("I can't refund it", "rather than a full
    refund") or right after it, as a refusal ("a full refund isn't something I can do")."""
    before = clause[:at].rsplit(",", 1)[-1][-NEGATION_REACH:]
    after = clause[end:][:NEGATION_REACH] if end is not None else ""
    return bool(_NEGATION.search(before) or _REFUSED.match(after))


def _distance(clause: str, match: re.Match[str], words: tuple[str, ...]) -> int | None:
    """How far the nearest of ``words`` is from the offer, within ``ABOUT_WINDOW`` characters; 0 inside it."""
    best = None
    for word in words:
        for m in re.finditer(r"(?<!\w)" + re.escape(word) + r"(?!\w)", clause):
            gap = max(0, match.start() - m.end(), m.start() - match.end())
            if gap <= ABOUT_WINDOW and (best is None or gap < best):
                best = gap
    return best
