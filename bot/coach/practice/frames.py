"""Where a reply offers or undertakes something, read from the shape of its sentences, not from its topic.

An offer has a frame: the agent undertaking something ("I'll", "I can", "let me", "I've gone ahead and"), a
question that offers ("how about I", "would it help if I", "shall I", "would you like"), the customer being
given something ("you'll get", "you won't have to pay"), a thing done or on its way ("the fee has been waived",
"a new one is on its way"), an outcome stated as fact ("it'll be back by tonight"), or asking the customer to hand
something over ("send me the code"), which is taking it. The same words with a
different frame are something else: a refusal ("I can't", "there's no", "isn't something I can do"), a wish or
a might-have-been ("I wish I could", "I could've", "we'd have"), a rule stated in general ("refunds are given
within 14 days"), what the customer asked for ("I know you'd hoped for"), a question back to them.

:func:`read_frames` reads a reply once into sentences of *triggers*, each with the stance it gives the words it
governs: the words after it up to the next trigger, within its clause. A thing named before any trigger (a
passive, a refusal after the thing: "a full refund isn't possible") takes the stance of the trigger that
follows it. A trigger right after a refusal or a wish, with nothing between them but words, is inside it:
"I can't promise it'll arrive" refuses the arrival, and "I don't think I can" is no offer.

What is offered is the card's business (``card.py``): a kind's words, read only where the stance is an offer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache


class Stance(Enum):
    OFFER = "offer"
    DECLINED = "declined"
    """A refusal: "I can't", "there's no", "isn't possible", "instead of"."""
    UNREAL = "unreal"
    """A wish, a might-have-been or a rule in general: "I wish I could", "we'd have", "refunds are only"."""
    MENTION = "mention"
    """Words that report rather than offer: what the customer asked for, a condition, a question to them."""


class Role(Enum):
    AGENT = "agent"
    """The agent undertakes it: "I'll", "I can", "let me", "I'm putting", "I've gone ahead and"."""
    OUTCOME = "outcome"
    """Something will be so, whoever does it: "it'll arrive", "you'll get", "the fee has been waived"."""
    CONDITION = "condition"
    """An if, once, in case: the words after it are a condition, not the offer, though they may belong to one."""
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class Trigger:
    start: int
    end: int
    stance: Stance
    role: Role
    conditional: bool = False
    """A condition, or a frame inside one: its stance ends at the comma that closes the condition."""


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of the lower-cased reply, with its triggers and where its clauses break."""

    start: int
    text: str
    triggers: tuple[Trigger, ...]
    breaks: tuple[int, ...]
    """Offsets (in ``text``) where a contrast starts a new clause: "but", "however", ";"."""

    def clause_of(self, at: int) -> tuple[int, int]:
        """The clause around offset ``at``: between the contrast breaks either side of it."""
        lo = max((b for b in self.breaks if b <= at), default=0)
        hi = min((b for b in self.breaks if b > at), default=len(self.text))
        return lo, hi

    def stance_at(self, at: int) -> Stance | None:
        """The stance of the words at ``at``: the trigger that governs them, or ``None`` when none does."""
        governing = self.trigger_at(at)
        if governing is not None:
            return governing.stance
        lo, hi = self.clause_of(at)
        after = next((t for t in self.triggers if at < t.start < hi), None)
        if after is None:
            return self._tagged(lo, hi)
        between = self.text[at : after.start]
        if len(between) > AFTER_REACH or (after.role is Role.AGENT and not _fronted(between)):
            return None
        return after.stance

    def _tagged(self, lo: int, hi: int) -> Stance | None:
        """The stance of a short tag after a dash with no frame of its own, which says more of what came before it:
        "I'll add a bigger credit - say £60" offers the £60."""
        if lo == 0 or not _DASH.match(self.text, lo) or len(self.text[lo:hi].split()) > TAG_WORDS + 1:
            return None
        if any(lo <= t.start < hi for t in self.triggers):
            return None
        return self.stance_at(lo - 1)

    def segment(self, at: int) -> tuple[int, int]:
        """The words one frame governs around ``at``: from that frame (or the clause's start) to the next."""
        lo, hi = self.clause_of(at)
        start = max((t.start for t in self.triggers if lo <= t.start <= at), default=lo)
        after = [t for t in self.triggers if at < t.start < hi]
        if start == lo and after:
            return lo, after[0].end
        return start, after[0].start if after else hi

    def attached(self, at: int) -> bool:
        """Whether the words at ``at`` are a condition on an offer made just before: "I'll add you to a list in
        case any come up"."""
        lo, _ = self.clause_of(at)
        before = [t for t in self.triggers if lo <= t.start <= at]
        return len(before) > 1 and before[-1].role is Role.CONDITION and before[-2].stance is Stance.OFFER

    def fronts(self, at: int, offer: int) -> bool:
        """Whether the words at ``at`` are a condition that the offer at ``offer`` hangs on, put first: "if it
        happens again next month, I'll refund that one too" says which refund."""
        lo, hi = self.clause_of(at)
        before = [t for t in self.triggers if lo <= t.start <= at]
        after = [t for t in self.triggers if at < t.start <= offer < hi]
        main = next((t for t in after if not t.conditional), None)
        if not before or not before[-1].conditional or main is None or after[-1].conditional:
            return False
        closed = self.text.rfind(",", at, main.start + 1)
        return (closed >= 0 and not _JOINED.search(self.text, closed, main.start)
                and all(t.conditional or t.stance is Stance.OFFER for t in after))

    def trigger_at(self, at: int) -> Trigger | None:
        """The trigger that governs the words at ``at``: the last one before them in their clause, unless it is
        a condition that a comma has closed ("as soon as it's uploaded, the change goes through")."""
        lo, _ = self.clause_of(at)
        before = [t for t in self.triggers if lo <= t.start <= at]
        if before and before[-1].conditional and "," in self.text[before[-1].end : at]:
            return None
        return before[-1] if before else None


TAG_WORDS = 4
"""How many words a tag after a dash may have and still only say more of what came before it: "- say £60"."""
_DASH = re.compile(r"\s[-\u2013\u2014]\s")
AFTER_REACH = 60
"""How far a thing named first may be from the frame after it that says what becomes of it: "a full refund
isn't something I can do", "the roaming charges have been waived", "just this once, I'll close it"."""
_SUBJECT = r"(?:i|we)"
_VERB_AFTER_CAN = r"(?!see|understand|imagine|hear|tell|appreciate|only|just imagine|totally|completely|honestly say)"
_PARTICIPLE = (
    r"(?:\w+ed|(?!even|often|open|been|seven|eleven|garden|kitchen|children|women|men)\w+en|set|put|sent|paid|held|done|"
    r"made|cut|kept|reset|sorted|split|spread|got|gotten|dealt with|taken care of)"
)
_HEDGE = r"(?: probably| most likely| likely| possibly| maybe| perhaps| hopefully)?"
"""A hedge on the agent's own undertaking is still an undertaking: the customer hears "I can probably get you
£50" as £50 offered, where "it'll probably arrive on Saturday" only guesses."""
_HEDGES = r"usually|normally|typically|generally|hopefully|probably|ordinarily"
"""Words that make a statement a guess or a rule in general, unless the agent stakes their word on it."""
_DETERMINED = re.compile(
    r"\b(?:the|your|this|that|these|those|a|an|my|our|his|her|their|it|they|both|all|each|every|one|two|three|four|"
    r"five|six|\d+)\b|[£$€]\d"
)

# Order matters where two start at the same place: the first listed wins.
_TRIGGERS: tuple[tuple[str, Stance, Role], ...] = (
    # Relief: a negative that gives something ("you won't pay", "no need to send it") is an offer.
    (r"\b(?:won'?t|will not|'ll not|don'?t|do not|doesn'?t|does not|needn'?t|shouldn'?t|wouldn'?t)(?: even| ever| actually)?"
     r"(?: (?:have|need) to)? (?:pay|owe|be charged|be billed|charge you|cost you|need (?:the|a|any|to)|send|provide|"
     r"bother|worry about|have to (?:pay|send))\b|\bnot (?:to )?worry about\b|\bno need (?:to|for)\b|"
     r"\bno (?:\w+ )?(?:fee|charge|cost|penalty|certificate|paperwork|proof|documents?|interest)s?\b|"
     r"\b(?:won'?t|will not|shouldn'?t) be (?:a |any )?(?:\w+ )?(?:charge|fee|cost|penalty)s?\b|"
     r"\bnothing (?:more |else |extra |further )?to pay\b|\b(?:pay|owe|cost you) nothing\b|"
     r"\bforget (?:about )?(?:the|that|it|this)\b|\bconsider (?:it|that|this|them|the|your)\b|"
     r"\bexpect (?:the|your|it|to|a)\b|"
     r"\b(?:won'?t|will not|shouldn'?t|needn'?t) (?:stay|be|appear|show|sit|remain) on (?:your|the) (?:bill|statement|"
     r"account|invoice)\b|\b(?:price|rate|bill|cost|subscription|fee|payment)s? (?:won'?t|will not|isn'?t going to|"
     r"is not going to) (?:go up|rise|increase)\b",
     Stance.OFFER, Role.OUTCOME),
    # Offers put as questions.
    (r"\b(?:how|what) about\b|\bwhat if (?:i|we)\b|\bwould it (?:help|be|work|suit|make|put|ease|reassure|give|set|"
     r"settle)(?: [\w']+){0,5}? (?:if (?:i|we)|to (?:know|hear|have|get|see))\b|"
     r"\b(?:would|could|will|does|might)(?= (?:(?:an?|some)\b|[£$€]\d|\d+ ?%)[^.!?]{0,70}?\b(?:help|work|suit|do|"
     r"settle|sort|make up|go (?:some|a long) way|ease|soften|be (?:ok|okay|enough|acceptable|alright|all right|any "
     r"(?:good|use))|(?:feel|seem|sound|be)s? (?:\w+ )?(?:fair\w*|better|right|reasonable))\b[^.!?]*\?)|"
     r"\b(?:shall|should|can|could|may) (?:i|we)\b|\b(?:do you want|would you like|"
     r"would you prefer|want|would you rather) (?:me|us) to\b|\bwould you like\b|"
     r"\b(?:would|are|is|will) (?:you|it|that) (?:be )?(?:ok|okay|alright|all right|happy|fine) (?:with|for|if) "
     r"(?:me|us|i|we)\b",
     Stance.OFFER, Role.AGENT),
    # Asking the customer to hand something over is the agent taking it: "send me the code", "could you type it here".
    (r"\b(?:(?:can|could|would|will) you|(?:would it (?:help|be easier|be (?:ok|okay))|what|how about) if you|"
     r"if you|how about you|why don'?t you|you can just|feel free to)(?: please| just)? (?:send|type|pop|read|tell|give|"
     r"share|enter|paste|drop|message|copy|write)\w*(?= (?:me|us|it|that|the|your|in|here|over|out|down|across)\b)|"
     r"(?:^\s*|[,;:] |\band )(?:please |just |so )?(?:send|type|pop|read|tell|give|share|enter|paste|drop|message|copy|"
     r"write)(?: out| over| across| down| in)? (?:me|us|it|that|the|your)\b",
     Stance.OFFER, Role.AGENT),
    # Trying: "I'll see if we can reopen it" raises the same hope as offering it.
    (r"\b(?:see|check|find out|ask|look into)(?: if| whether) (?:i|we)(?: can| could| might| may)(?: be able to)?\b|"
     r"\b(?:try|trying|do (?:my|our) best|do what (?:i|we) can) to\b",
     Stance.OFFER, Role.AGENT),
    # Might-have-beens, wishes, hedges and rules in general.
    (r"\b(?:could|would|should|might|must)(?:'?ve| have)\b|\b(?:i|we|you|it|they|that)'d have(?= (?:been|had|got|gotten|done|made|\w+ed|\w+en)\b)|"
     r"\bhad (?:it|they|you|we|i|this|that|there) been\b|\bwish (?:i|we|you) could\b|\bif (?:i|we) could\b|\bif only\b|"
     r"\b(?:i|we)(?:'d| would) (?:love|like) to\b(?=[^.!?]*\bbut\b)|"
     r"\b(?:i|we)(?:'d| would) (?!(?:really |truly )?(?:like|love)\b|be (?:happy|glad|pleased|delighted|more than)\b)(?:\w+ly )?\w+|"
     r"\b(?:would|might|may)\b|\b(?:can|will|is|are|'s|'re|would) only\b|\bonly (?:if|when|once|within|for|after|ever)\b|"
     rf"\b(?:{_HEDGES})\b",
     Stance.UNREAL, Role.OTHER),
    # Refusals.
    # "the months you won't use" is what the customer won't do, not the agent refusing.
    (r"\b(?:can'?t|cannot|can not|won'?t(?! (?:use|need)\b)|will not|couldn'?t|could not|isn'?t|is not|aren'?t|are not|"
     r"wasn'?t|weren'?t|doesn'?t|don'?t(?! worry\b| (?:use|need)\b)|do not|didn'?t|wouldn'?t|would not|hasn'?t|haven'?t|shan'?t|unable|never|nothing (?:i|we) can|"
     r"instead of|rather than|without promising|no longer|not(?! a problem| at all| only)|"
     r"no(?! problem| worries| question| doubt| charge| cost| fee| need| extra| additional| later| matter| one else|"
     r" rush| hurry))\b",
     Stance.DECLINED, Role.OTHER),
    # Conditions: "if", "in case", "once you've".
    (r"\b(?:if|unless|whether|in case|as soon as|whenever)\b|"
     r"\b(?:once|when|the (?:moment|minute|second|instant))(?= (?:i|we|you|it|the|your|they|that|this|there|any|some|"
     r"all|every|each|a|an|our|my)\b)",
     Stance.MENTION, Role.CONDITION),
    # Reports: what the customer asked for, what the agent sees or checks, a question to them.
    (r"\bsorry(?= (?:that|you|about|for|to|it|we|the|your|this)\b)|\bthanks? (?:you )?for\b|"
     r"\b(?:i|we) (?:can |completely |totally |really |fully )?(?:see|understand|know|realise|realize|appreciate|hear|"
     r"get why|get that(?= (?:you|it|this|that|the|your|we|i|they|he|she)\b)|imagine|gather)\b|\b(?<!time )(?<!long as )you(?:'ve| have)? (?:asked|wanted|mentioned|said|hoped|requested|"
     r"were hoping|were told|'d hoped|'d like|would like|want|need)\b|"
     r"\b(?:can|could|would|will|do|did|have|are|were|is) you\b|"
     r"\b(?:check|see|(?<!can )confirm|find out)(?= (?:that|if|whether)\b| (?:it|they|that)(?:'s|'ll| is| has| will)\b|"
     r" (?:the|your) \w+(?: \w+)? (?:is|are|has|have|will)\b)",
     Stance.MENTION, Role.OTHER),
    # The agent undertaking.
    (r"\blet(?: me|'s| us)\b|\ballow me to\b|\bfor (?:me|us) to\b|"
     rf"\b{_SUBJECT}(?:'ll| will| shall)(?: also| then| now| just| personally| gladly| happily| still)?\b|"
     rf"\b{_SUBJECT}(?:'d| would) (?:like|love|be (?:happy|glad|pleased|delighted|more than happy)) to\b|"
     rf"\b{_SUBJECT}(?:'d| would)(?: really)? (?:like|love) (?:you|for you) to\b|"
     rf"\b{_SUBJECT} (?:can|could(?!'?ve| have))(?!'?t| not|not)\b{_HEDGE}(?= {_VERB_AFTER_CAN})|"
     rf"\b{_SUBJECT}(?:'ll| will){_HEDGE} be able to\b|\b{_SUBJECT} (?:may|might)(?: well)?{_HEDGE} be able to\b|"
     rf"\b{_SUBJECT}(?:'m| am|'re| are) (?:now |also |just |really |more than |very )?(?:going to|gonna|about to|"
     r"happy to|glad to|able to|willing to|pleased to|allowed to|authori[sz]ed to|in a position to|delighted to)\b|"
     rf"\b{_SUBJECT}(?:'m| am|'re| are) (?:now |also |just |currently |personally )?(?!sorry|afraid|hoping|thinking|"
     r"wondering|trying|asking|checking whether)\w+ing\b|"
     rf"\b{_SUBJECT}(?:'ve| have)(?: just| now| already| also| personally)?(?: (?:gone|went) ahead and)? "
     rf"{_PARTICIPLE}\b|\b{_SUBJECT} (?:just|already|personally) \w+ed\b|"
     rf"\b{_SUBJECT} (?:promise|guarantee|assure|swear|offer)\b|"
     r"(?:^\s*|[,:] )(?:(?:ok|okay|sure|yes|fine|right|of course|no problem)[,!]? )?(?:more than |really |very |only too )?"
     r"(?:happy|glad|pleased|delighted) to\b|"
     r"(?:^\s*|[,:] )(?:ok|okay|sure|yes|fine|of course|no problem|absolutely|certainly)[,!]? (?:please |just |do )?"
     r"(?:stay|keep|take|have|hang on to|use)\b|\bfeel free to\b|\b(?:please|do) accept\b|"
     r"(?:^\s*|[,;:] )(?:please |just |do )?(?:stay|hang on to|hold on to|take (?:all|as long|your time)|check(?:-| )?out "
     r"(?:whenever|when(?:ever)? you|any ?time|later))\b|\byou(?:'re| are) (?:more than |very |most )?welcome to\b",
     Stance.OFFER, Role.AGENT),
    # The customer given something, a thing done, an outcome stated as fact.
    (r"\byou(?:'ll| will|'d| would|'re going to| are going to| can| could)(?: also| still| then| now| just| definitely|"
     r" certainly| soon)? (?:get|receive|have|be|see|keep|stay|find|expect|hear)\b|\byou(?:'ve| have) (?:been|got)\b|"
     r"\byou(?:'re| are) free to\b|(?:^\s*|[,;:] |\band )(?:please |just |do )?(?:pick|choose|grab|collect|help yourself "
     r"to)(?: out| up)? (?:a|an|any|another|whichever|one)\b|"
     r"\byou can (?:now |just |still )?(?:leave|walk away|go ahead|cancel|end|stop|skip|hang on|hold on to|use|"
     r"check(?:-| )?out)\b|"
     r"\byou(?:'re| are)(?: definitely| certainly| absolutely| still| also)? (?:getting|receiving|guaranteed|entitled)\b|"
     r"\byou(?:'re| are)? (?:eligible|qualify|qualified) for\b|\bwould you be interested in\b|"
     r"\byou get\b|"
     rf"\b(?:(?:has|have|'s|'ve)(?: already| now| just)? been|(?:is|are|'s|'re)(?: now| being| all| already| automatically)?|"
     rf"(?:will|'ll|shall|should|can) be|gets?|got)(?: (?:now|just|already|also|all|automatically|fully))? {_PARTICIPLE}\b|"
     r"\b(?:is|are|'s|'re) (?:now |already )?(?:on (?:its|their|the) way|(?:going|coming|heading) back|yours|on us|"
     r"on the house|covered|sorted|"
     r"taken care of|approved|free|(?:on|in) your (?:account|bill|card))\b|"
     r"\b(?:has|'s) (?:just |now |already )?(?:gone|come)\b|\b(?:is|are|'re|have|'ve) (?:just |now |already |all )?gone\b|"
     r"\b(?:here'?s|here is|here are|there'?s|there is|there'll be|there will be)\b|"
     r"(?<=\w)(?:'ll| will| shall| is going to| are going to|'s going to|'re going to| should)\b",
     Stance.OFFER, Role.OUTCOME),
)
_TRIGGER = re.compile("|".join(f"(?P<t{i}>{pattern})" for i, (pattern, _, _) in enumerate(_TRIGGERS)))
_BREAK = re.compile(r";|\s[-\u2013\u2014]\s|,?\s(?=(?:but|however|though|although|whereas|except that)\b)")
_SOFT = re.compile(r"[,:(]|\b(?:and|so|because|since|as|which|who|while|then|though|plus)\b")
_ASKED = re.compile(r"\s?will (?:it|they|you|he|she|we|i|the|your|that|this|there|my|our)\b")
"""A "will" that asks ("...and will they refund it?") rather than says what will be ("the line will be fixed")."""
_POLICY = re.compile(r"\b(?:every|each|per|once a|twice a) (?:\d+ |two |three |six |twelve )?(?:years?|months?|"
                     r"calendar years?|quarters?)\b|\b(?:one|two|a single)(?: [\w-]+){1,3}? a (?:year|month)\b")
"""What "we" do once every so often is the rule, not this customer's offer: "we can refund one late fee every 12 months"."""
_JOINED = re.compile(r"\b(?:and|but|or|while)\b")
"""A condition closed by a comma and joined to what follows is not the main clause's: "once you've clicked the link
you'll choose a password, and nobody will know it"."""


def _fronted(between: str) -> bool:
    """Whether the words before an agent's frame are put in front of it ("just this once, I'll close it"), not a
    clause of their own joined to it ("the fraud team decides the refund, and I'll stay with you")."""
    comma = between.rfind(",")
    return comma >= 0 and not _JOINED.match(between[comma + 1 :].lstrip())


_SENTENCE = re.compile(r"[.!?]+[\"')\]]*(?=\s|$)|\n+")
_GENERIC_SUBJECT = re.compile(r"(?:^|[,;:]\s*|\b(?:and|but|so)\s)(?:\w+\s){0,2}?\w+s\s*$")
"""A bare plural before "are"/"will": "refunds are given", "duplicates will reverse": a rule, not an offer."""


def normal(text: str) -> str:
    """Lower case with straight apostrophes, the same length as ``text`` so offsets carry over."""
    return text.lower().replace("\u2019", "'").replace("\u2018", "'")


@lru_cache(maxsize=2048)
def read_frames(text: str) -> tuple[Sentence, ...]:
    """The sentences of ``text`` (lower-cased and normalised by :func:`normal`) with their triggers."""
    out, start = [], 0
    for m in _SENTENCE.finditer(text):
        if m.end() > start:
            out.append(_sentence(text, start, m.end()))
        start = m.end()
    if start < len(text):
        out.append(_sentence(text, start, len(text)))
    return tuple(s for s in out if s.text.strip())


def _sentence(text: str, start: int, end: int) -> Sentence:
    body = text[start:end]
    question = body.rstrip().endswith("?")
    breaks = tuple(m.start() for m in _BREAK.finditer(body))
    triggers: list[Trigger] = []
    committed = bool(_COMMITTED.search(body))
    for m in _TRIGGER.finditer(body):
        index = int(m.lastgroup[1:])
        _, stance, role = _TRIGGERS[index]
        if committed and stance is Stance.UNREAL and _HEDGE_WORD.fullmatch(m.group(0)):
            stance, role = Stance.OFFER, Role.OUTCOME  # "probably by 11:45, you can hold me to that" is a promise
        if stance is Stance.OFFER and role is Role.OUTCOME and _generic(body, m):
            stance = Stance.UNREAL
        if question and stance is Stance.OFFER and role is Role.OUTCOME and _ASKED.match(body, m.start()):
            stance = Stance.MENTION
        if stance is Stance.OFFER and role is Role.AGENT and m.group(0).startswith("we") and _POLICY.search(
                body, m.end(), min((b for b in breaks if b > m.start()), default=len(body))):
            stance = Stance.UNREAL
        conditional = role is Role.CONDITION
        if triggers and stance is Stance.OFFER and triggers[-1].stance is not Stance.OFFER:
            between = body[triggers[-1].end : m.start()]
            if (not _SOFT.search(between) and not _SOFT.match(m.group(0))
                    and not any(triggers[-1].start < b <= m.start() for b in breaks)):
                stance, conditional = triggers[-1].stance, triggers[-1].conditional
        triggers.append(Trigger(m.start(), m.end(), stance, role, conditional))
    return Sentence(start, body, tuple(triggers), breaks)


_COMMITTED = re.compile(r"\b(?:(?:you can )?hold me to (?:that|it)|you have my word|i promise|(?:i|we) guarantee)\b")
_HEDGE_WORD = re.compile(_HEDGES + r"|(?:i|we)(?:'d| would) (?:say|expect|guess|think|imagine)")


def _generic(body: str, m: re.Match[str]) -> bool:
    """A present or future passive whose subject is a bare plural states a rule: "refunds are given within 14 days"."""
    said = m.group(0)
    if not said.startswith((" will", "are", "'re", " are")) and not re.match(r"(?:are|will)\b", said.strip()):
        return False
    before = body[: m.start()]
    clause = re.split(r"[,;:]|\b(?:and|but|so|because)\b", before)[-1]
    return bool(clause.strip()) and not _DETERMINED.search(clause) and bool(_GENERIC_SUBJECT.search(before))
