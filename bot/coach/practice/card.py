"""A scenario's card in a form the coach can check a reply against: what may and may not be offered, what isn't so.

The words shown to the agent stay in the scenario's ``may_offer`` and ``may_not_offer`` lists; the card says
the same thing as entries the engine can find in a reply, in any wording. An entry names a *kind* of offer,
optionally the words that must come near it (``about``) or that make it something else (``unless``), and an
example sentence that must match, so a scenario whose entry can't recognise its own example never loads.

A reply is read in two steps. ``frames.py`` finds where it offers or undertakes something at all ("I'll",
"how about I", "you won't have to pay", "the fee has been waived") and where it refuses, wishes, reports or
asks instead. Then each kind's sense (money back, a free new one, a time, a rule bent...) is looked for only
where the stance is an offer, and ``about`` and ``unless`` say which of the card's offers it is. So "I can't
promise it'll arrive by Saturday" holds the line, "I know you'd hoped for your money back" only names it, and
"how about I knock a few pounds off?" makes it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from bot.coach.checks.cues import compile_fast
from bot.coach.practice.frames import Role, Sentence, Stance, normal, read_frames

_AFTERNOON = (
    r"(?:1[0-2]|[1-6])(?::\d\d)?\s?(?:pm|p\.m\.)|(?:one|two|three|four|five|six|[1-6])(?: ?o'clock| in the afternoon)|noon|"
    r"midday|mid-?afternoon|late afternoon|(?:the|this) afternoon|1[2-8]:[0-5]\d|"
    r"(?:one|two|three|four|five|six)(?=\s*(?:[.,!?;)]|$|(?:today|this|then|and|so|if|for)\b))"
)
"""An afternoon hour, past any hotel's check-out: "a 3pm check-out", "the room until four"."""
TIME = (
    r"at (?:noon|midday|lunchtime)|(?:in|within) the next (?:hour|few hours|couple of hours|\d+ (?:minutes|hours))|"
    r"(?:by|before|on|until|till|for|this|next|first thing|later) (?:the )?(?:early |late )?(?:monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday|weekend|morning|afternoon|evening|tonight|tomorrow|today|end of (?:the )?(?:day|week)|noon|"
    r"midday|lunch\w*|close of business|\d{1,2}(?::\d\d|am|pm|st|nd|rd|th)?(?![\d,.:]\d))|"
    r"\b(?:today|tomorrow|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"right now|right away|instantly|immediately|straight away|same[- ]day|on the spot|this (?:morning|afternoon|evening)|"
    r"within (?:the (?:next )?)?(?:\d+|an?|one|two|the|a couple of|a few|few) (?:minutes?|hours?|days?|working days?)|"
    r"(?:in|within) \d+(?:\s?(?:to|-|\u2013)\s?\d+)? (?:working |business )?(?:days?|hours?|minutes?)|(?:early |later )?next week|"
    r"in (?:\d+|an?|one|two|a few|a couple of) (?:minutes?|hours?)|(?:in|within) (?:a few |a couple of )?minutes|"
    r"as of (?:now|today|right now|this (?:morning|afternoon|evening))|\d{1,2}(?::\d\d)?\s?(?:am|pm)|\d{1,2}:\d\d|"
    r"half (?:past )?(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)|"
    r"no later than|at the latest|in time(?: for)?|before (?:your|the|my|his|her) \w+|(?:by )?lunchtime|"
    r"by the time (?:we|you) \w+|before (?:we|you) (?:finish|hang up|end|log off|leave|go)|"
    r"while (?:you(?:'re| are)|we(?:'re| are)) (?:still )?(?:here|on the (?:line|phone|chat)|chatting|talking)|"
    r"the 1st|the \d+(?:st|nd|rd|th))"
)
"""A time something will happen by: the core of a date offered."""
OUTCOME = (
    r"(?:arriv(?:e|es|ed|ing)|deliver(?:s|ed|ing|y|ies)?(?! (?:fee|charge|cost|address|note|slot|option)s?\b)|"
    r"be (?:there|delivered|with you|at your door|fixed|"
    r"back(?! in touch| to you| with you)|"
    r"online|working|restored|done|sorted|resolved|changed|closed|processed|reversed|refunded|in your account|"
    r"on (?:the|your) (?:contract|account)|updated|complete|ready|up)|reach\w* (?:you|your)|get (?:it )?to you|turn\w* up|"
    r"land\w*|show\w* (?:up|on|in|as)|clear\w*|come back|work\w* again|up and running|taking (?:card )?(?:cards|payments|"
    r"bookings|orders)(?: again)?|"
    r"go\w* through|c[oa]m\w* through|hit\w* your account|disappear\w*|vanish\w*|drop\w* (?:it |them )?(?:off|in)|"
    r"have (?:it|them|(?:the|your) [\w£$€.,]+)|(?:have|get)\w* (?:you|it|them|(?:the|your) [\w£$€.,]+) (?:back|online|"
    r"working|fixed|sorted|done|up|there|with you|to you)|"
    r"get (?:it|them|(?:the|your) [\w£$€.,]+)|see (?:it|them|the|your)|fix\w*|changed|updated|sorted|done|"
    r"be (?:\w+ed|\w+en|on|in|at|up)\b|work(?:s|ing)?\b(?! on| with| through| out)|\w+ing (?:[\w£$€.,]+ ){0,3}?again\b|"
    r"(?:money|payments?|funds|refund|cash|amount|[£$€]\d[\d,.]*) back\b|as (?:the|your|a) (?:\w+ )?(?:time|date|deadline)\b)"
)
"""What will be so at that time: it arrives, it's fixed, it works, the money's back, you'll be taking payments again,
a time set as the fix time."""
_THEN = re.compile(r",? (?:and )?(?:then )?(?:it|they|you|that|everything|the \w+)(?:'ll| will| should)(?: be)? ")
"""A time given first and what comes about by then after it: "give it until 11:30, then it'll work"."""
CERTAIN = (
    r"\b(?:guarantee\w*|promis\w+|assur\w+|definitely|certainly|for (?:sure|certain)|without fail|(?:you have )?my word|"
    r"count on|(?:can )?rely on|hold me to (?:that|it)|sure thing|sure[- ]fire|(?:i'm|i am|we're|we are) (?:\w+ )?sure (?:of (?:it|that|this)|(?:that )?(?:it|they|"
    r"you|the \w+)(?:'ll| will))|(?<!on )(?<!in )(?<!at )(?<!for )(?<!with )certain(?:ty)?(?! (?:\w+s|kinds?|types?|amount)\b)|confident|no (?:question|doubt)|absolutely|trust me|i can confirm|make sure of (?:it|that)|"
    r"bet on|(?:that|this|it)(?:'s| is) (?:now )?(?:confirmed|definite|locked in|set in stone)|"
    r"(?<!to )(?<!and )confirm (?:your|the|that|it)(?! (?:date|address|details|email|number|name|booking|order|account)))\b|"
    r"\b100 ?%"
)
"""Saying something is certain: the core of a guarantee."""
_TENS = {"ten": 10, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
         "ninety": 90, "hundred": 100}
_UNITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
SPOKEN_SUM = (
    r"\b(?:\d[\d,]*|(?:a |one )?hundred|" + "|".join(t for t in _TENS if t != "hundred") + r")(?:[- ](?:"
    + "|".join(_UNITS) + r"))? (?:quid|pounds|bucks|dollars|euros)\b"
)
"""A sum said in words, as people say it in chat: "fifty quid", "forty-five pounds", "200 dollars"."""


def sum_of(text: str) -> float | None:
    """The value of a sum written "£50" or said "fifty quid"; ``None`` when ``text`` names none."""
    written = re.search(r"[£$€]\s?(\d[\d,]*(?:\.\d\d)?)|\b(\d[\d,]*) (?:quid|pounds|bucks|dollars|euros)\b", text)
    if written:
        return float((written.group(1) or written.group(2)).replace(",", ""))
    words = re.findall(r"[a-z]+", text)
    value = sum(_TENS.get(w, 0) + _UNITS.get(w, 0) for w in words if w != "one" or "hundred" not in words)
    return float(value) if value else None


GIVING = re.compile(
    r"\b(?:credit\w*|refund\w*|back|off|pa(?:y|id|yment)\w*|giv\w+|gave|add\w*|compensat\w+|goodwill|gesture|put\w*|"
    r"appl\w+|stretch\w*|doubl\w+|make (?:it |that )?up|top\w* up|round\w* (?:it |that |this )?up|increas\w+|rais\w+|bump\w*|"
    r"towards|get|gets|getting|"
    r"receiv\w+|sort\w* (?:you )?out)\b|"
    r"\b(?:(?:how|what) about|say|(?:make|call)\w* (?:it|that)|(?:would|could|will|does|might))(?: an?| another| an extra)?"
    r"(?: \w+)? (?:[£$€]\d|(?=" + SPOKEN_SUM + "))"
)
"""Words that make an amount something given, not a figure quoted: given, got, or put as the offer itself ("how
about £40?", "let me make it a round £75", "say £60", "would £70 seem fair?")."""

CHARGE = r"(?:bills?|fees?|charges?|invoices?|balance|debts?|estimates?|arrears|penalt(?:y|ies)|[£$€]\d[\d,.]*)"
"""What a customer is charged: the thing a waiver takes away."""
_BETWEEN = r"(?:(?!(?:you|me|us|him|her|them|in|on|up|about|to|for|with|through|into|from|at|by)\b)[\w£$€.,]+ )"
"""A word between a verb and its object, which is not a person or a preposition: "drop you an email about the bill"
drops no bill."""
REMOVED = (
    rf"\b(?:cancel|delet|void|eras|strik|drop|zero\w* (?:out )?(?=the|your|that|this|those|these))\w* (?:out |off )?"
    rf"{_BETWEEN}{{0,4}}?{CHARGE}|"
    rf"(?:(?:the|that|this|your|those|these) )?{CHARGE}(?: [\w£$€.,]+){{0,3}}? (?:(?:cancel{{1,2}}|delet|zero|void|eras|dropp|"
    r"stripp)ed|struck off|gone)\b|"
    r"(?:re-?issu|re-?send|resent|re-?do|redone|re-?calculat|re-?generat|re-?bill|amend|adjust)\w* "
    rf"{_BETWEEN}{{0,4}}?without (?:the|that|those|these|any|your)\b"
)
"""A charge taken away, in any of the verbs for it and either way round: "cancel those three months of bills", "zero
the balance", "get that charge dropped", "the charge is gone", "the bill reissued without the roaming"."""

KINDS: dict[str, str] = {
    "refund": (
        r"\b(?:refund\w*|reimburs\w*|repa(?:y|ys|id|ying|yment)\b|money back|"
        r"(?:pay|paid|paying|give|giving|gave|hand\w*) (?:you |it |that |this |them )?(?:[\w£$€.,]+ ){0,3}?back\b|"
        r"(?:get|getting|got|have|having) (?:your |the |all |every |it |them |that |this |those |these )?(?:\w+ )?"
        r"(?:[£$€][\d,.]+|money|penny|pound|payments?|amount|fees?|charges?|duplicate|funds|cash|it|them)(?: \w+)? back\b"
        r"(?! to (?:you|me)\b| in touch| with you)|"
        r"(?:put|putting|send|sending|sent|transfer\w*|return\w*|push\w*|pop\w*|move\w*)(?! you\b) (?:[\w£$€.,]+ ){0,6}?"
        r"back (?:on|to|into|onto|in) (?:your|the original|the same) \w+|return(?:ed|ing)? to you\b|"
        r"return\w* to your (?:original )?(?:payment method|card|account|bank)|credit\w* (?:\w+ ){0,2}?(?:back )?(?:to|onto) your (?:card|bank)|"
        r"(?:get|got|getting) (?:your |the )?(?:[\w-]+ ){0,3}?(?:fees?|money|payments?) back|credit\w* back (?:to|on|onto|into) (?:your|the)\b|"
        r"(?:money|payments?|amount|funds|refund|duplicate|(?<=[£$€])\d[\d,.]*)(?:'s|'ll| is| are| will| should)?(?: be)? "
        r"back (?:with you|in your|on your|into your)|"
        r"(?:money|payments?|amount|funds|refund|duplicate|(?<=[£$€])\d[\d,.]*|it|they)(?:'ll| will| should| is going to)? "
        r"(?:hit|land|show up|appear|arrive|reach|clear)\w* (?:in |on |into )?(?:your|the) (?:account|bank|card)|"
        r"(?:see|get|have) (?:the |your |all (?:the |your )?)?(?:money|funds|cash)\b(?! (?:you|we)\b)|"
        r"(?:go|goes|gone|going|went) back (?:on|to|into|onto|in) (?:your|the|the original|the same) (?:card|account|bank)|"
        r"revers\w* (?:the |your |that |this |all |those |both |each )?(?:\w+ ){0,2}?(?:charges?|payments?|renewal|"
        r"transactions?|fees?|it|them|debit)\b|"
        r"(?:money|payment|amount|(?<=[£$€])\d[\d,.]*)'?s? (?:is |are )?(?:on (?:its|their) way|coming|going) back|"
        r"(?:money|payment|amount|funds|cost|price)(?: of (?:the |your )?\w+)?(?:'ll| will| should)? be returned|returned in full|"
        r"(?:take|took|taking|taken|knock\w*) (?:the |this |that |your )?(?:[£$€]\d[\d,.]* )?(?:\w+ )?(?:fee|charge)s? off)"
    ),
    "replacement": (
        r"\b(?:replac\w+|swap\w*|exchang\w+|brand[- ]?new|(?:new|fresh|another|spare) (?:one|ones|pair|[a-z]+)|"
        r"free (?:one|ones|pair|unit|item|copy)|(?:correct|right|proper|new|other|different) (?:pair|size|one|unit|item)s?"
        r"(?: \w+){0,2}? for (?:nothing|free)|complimentary|"
        r"nothing to pay|(?:at )?no (?:extra )?cost|on (?:us|the house))\b"
    ),
    "guarantee": CERTAIN,
    "date": TIME,
    "waiver": (
        r"\b(?:waiv\w+|writ\w+ (?:\w+ ){0,3}?off|written (?:\w+ )?off|wip\w+ (?:\w+ ){0,3}?(?:off|clean|out)|wip(?:e|ed|ing)\b|"
        r"clear\w*|scrap\w*|ditch\w*|without (?:any |a )?(?:charg\w*|fee|cost|penalty)|"
        + REMOVED + r"|remov\w+|drop\w* (?:the|your|that|this|those)|(?:get|got|getting) rid of|"
        r"(?:take|took|taking|taken|knock\w*|leav\w*|left|keep\w*|kept|strip\w*) (?:[\w£$€.,]+ ){1,4}?off|free of charge|"
        r"let\w* (?:(?:it|this|that|these|those) |(?:the|your|that|this|these|those) (?:[\w£$€.,]+ ){1,3}?)(?:one )?"
        r"(?:go|slide|pass|drop)\b|(?:make|making|made) an exception|just this once|this once|one[- ]off|"
        r"sort\w* (?:it|that|this|(?:the|your|that|this) (?:[\w£$€.,]+ ){0,2}?(?:fee|charge|bill|balance|debt|arrears)s?) "
        r"out|mak\w* (?:(?:it|that|this|them) |(?:the|that|this|those) (?:[\w£$€.,]+ ){1,2}?)(?:disappear|go away|vanish)|"
        r"at no (?:cost|charge)|no (?:charge|cost)|won'?t be charged|nothing (?:more |else |extra |further )?to pay|"
        r"(?:pay|owe) nothing|(?:won'?t|don'?t|do not|will not|needn'?t)(?: \w+)?(?: (?:have|need) to)? (?:pay|owe|be charged"
        r"|be billed)|forget (?:about )?(?:the|that|it|this)|"
        # A charge paid and given back, taken off or cut is not paid either.
        r"refund\w*|revers\w*|credit\w* back|(?:give|giving|gave|hand\w*|pay|paid|paying) (?:you |it |that |this )?"
        r"(?:[\w£$€.,]+ ){0,3}?back\b|(?:taken|knocked|wiped|struck|come|comes|coming|came) off|(?:fee|penalty)[- ]free|"
        r"free of (?:any )?(?:fees?|charges?)|(?:reduc|cut|halv|lower)\w* (?:the |that |this |your |it )?(?:\w+ )?(?:charges?|"
        r"bill|fees?|balance)|(?:won'?t|will not) (?:stay|be|appear|show|sit|remain) on (?:your|the) (?:bill|statement|account|"
        r"invoice)|(?:don'?t|do not|never) worry about (?:the |that |this |your |any )?(?:\w+ )?(?:fee|charge|penalty)s?|"
        r"on (?:us|the house)|at our (?:own )?expense|cover (?:that |the |its |the full |all the )?cost|"
        r"reduc\w* to (?:zero|nothing|[£$€]0\b))\b"
    ),
    "discount": (
        r"\b(?:discount\w*|\d+ ?% off|\d+ ?percent|voucher\w*|coupon\w*|promo\w*|(?:[£$€]\d[\d.,]*|money|something|a bit|"
        r"a little|some\w*|a couple of (?:pounds|quid)|a few (?:pounds|quid)) off|half[- ]price|half off|(?:special|reduced|"
        r"discounted|preferential|exclusive|loyalty) (?:rate|price|pricing|deal|tariff)|(?:take|took|taking|knock\w*|shav\w+|cut\w*) "
        r"(?:[\w£$€.,%]+ ){1,4}?off|cheaper|reduc\w+(?! (?:the |your |our )?(?:wait|queue|delay|time|risk|noise|stress|number))|lower\w* (?:the |your )?(?:price|bill|rate|cost)|loyalty (?:price|rate|"
        r"deal|offer|reward)|free (?:month|service|upgrade)s?|(?:a )?(?:fiver|tenner) off|upgrad\w+ (?:[\w-]+ ){0,5}?(?:for free|free of charge|at no "
        r"(?:extra )?(?:cost|charge)|on us|on the house))\b|[£$€]\d[\d.,]* off\b"
    ),
    "compensation": (
        r"\b(?:compensat\w+|make (?:it |this |that )?up to you|make up (?:for )?(?:the |your |for your |what )?(?:\w+ ){0,2}?"
        r"(?:sales|takings|loss\w*|earnings|wages|pay|disruption|day|trade|business|income|work|missed)|"
        r"cover\w* (?:the |your |his |her |all |what )?(?:\w+ ){0,2}?(?:sales|takings|loss\w*|earnings|wages|pay|"
        r"trade|business|income|work|missed)|pa(?:y|id|ying) (?:you )?(?:back )?(?:for|towards) (?:the |your |all |what )?"
        r"(?:\w+ ){0,2}?(?:loss\w*|lost|missed|day|time|wages|earnings|sales|work|trouble|hassle|stress|disruption|business|"
        r"takings|customers?|clients?|bookings?)|reimburs\w+|goodwill payment|(?:payment|money|sum|something) (?:for|towards) "
        r"(?:the |your |all )?(?:\w+ ){0,2}?(?:stress|trouble|hassle|inconvenience|upset|distress)|(?:arrange|sort\w* out|get|put\w* through|organi[sz]e|send)\w* (?:you )?"
        r"(?:a |some )?(?:payment|money|cash|something(?= for))|payout|pay (?:that|it|this) to you)\b"
    ),
    "credit": (
        r"\b(?:credit(?:ed|s|ing)?\b(?! card| score| check| union| limit| rating)|goodwill|"
        r"(?:put|add|pop)\w* (?:something|some money|a little|a bit|[£$€]\d[\d,.]*)(?: \w+)? (?:back )?(?:on|to|into) "
        r"(?:your|the) (?:account|bill)|mov\w* (?:what'?s|what is) left (?:\w+ ){0,3}?(?:on|onto|to|into) (?:your|the) "
        r"(?:account|bill|balance))"
    ),
    "amount": r"[£$€]\s?\d[\d,]*(?:\.\d\d)?(?!\d|[,.]\d| in credit)|" + SPOKEN_SUM,
    "exception": (
        r"\b(?:exception|just this once|this once|one[- ]off|bend\w* (?:the |a |our |that )?(?:[\w:]+ )?rules?|skip\w*|bypass\w*|(?:get|getting|work|"
        r"working) (?:a)?round(?! the clock)|overrid\w+|without (?:\w+ ){0,6}?(?:the |a |any "
        r"|your |his |her )?(?:death |marriage )?(?:certificate|paperwork|proof|documents?|checks?|verification|process|fee|"
        r"charge|penalty)|no (?:death |marriage )?(?:certificate|paperwork|proof|documents?)(?: is| are)? (?:needed|required|"
        r"necessary)|(?:don'?t|do not|won'?t|no|needn'?t|not) (?:\w+ )?(?:need|have|bother|worry)(?: to| about| with| for)? "
        r"(?:\w+ ){0,3}?(?:certificate|paperwork|proof|documents?|anything(?: else| more)?|the rest|(?:the )?remaining)|"
        r"(?:don'?t|do not|won'?t|will not|needn'?t)(?: \w+)?(?: (?:have|need) to)? (?:pay|owe)|nothing (?:more |else )?to "
        r"pay|(?:pay|owe) nothing|no (?:exit |cancellation |early |termination )?fee|no (?:exit|cancellation|early|"
        r"termination) (?:charge|penalty)|"
        r"without (?:any )?(?:further |more |extra )?(?:paying|payment)|(?:fee|penalty)[- ]free|(?:written|wiped|waived) off|"
        r"(?:don'?t|do not) worry about (?:the |that |this |your )?(?:\w+ )?(?:fee|charge|penalty)|exempt\w*|"
        r"forget (?:about )?(?:the|that|it|this)|anyway|"
        r"regardless|(?:ahead of|jump\w*|front of) (?:the )?(?:queue|line|backlog)|fast[- ]?track\w*|without waiting|"
        r"(?:sort|send|get|do|bring|deal with|provide|drop|post)\w* (?:\w+ ){0,2}?(?:certificate|paperwork|proof|documents?)"
        r"(?: \w+){0,2}? (?:later|afterwards|whenever|another time|in your own time|when you can)"
        # ... unless what it unlocks waits for it: "send it whenever you're ready and I'll close the account then".
        r"(?![^.!?;]*\b(?:then|once (?:it|they|we|i)|as soon as (?:it|they|we|i))\b)|"
        r"(?:certificate|paperwork|proof|documents?) (?:can |will )?(?:come|follow|wait)\b|"
        r"(?:keep|leave|lock|hold|stay)\w*(?: in)? (?:you |your |it )?(?:on|at) (?:the |your )?(?:old|current|"
        r"previous|existing|same) (?:price|rate|plan)|(?:keep|leave|lock|hold|freez)\w*(?: in)? (?:your|the) (?:old |current "
        r"|previous |existing )?(?:price|rate)|(?:at|on) (?:the|your) (?:old|previous) (?:price|rate)|(?:keep|leave|hold|"
        r"lock)\w* you (?:at|on) [£$€]?\d[\d.,]*|stay\w* (?:at [£$€]\d[\d.,]*|on the (?:old|current|same)|the same)|"
        r"(?:mov|put|switch|tak)\w* (?:you |it )?back (?:to|on) (?:the |your )?(?:old|previous|original|[£$€]\d[\d.,]*)|"
        r"(?:revers|undo|undid|cancel|scrap|drop|remov|freez)\w* (?:the |that |this |your )?(?:price )?(?:rise|increase|hike)|"
        r"(?:another|other|different|partner|rival) (?:airline|carrier)s?|(?:transfer|move|put|"
        r"switch)\w* (?:the account|it|everything) (?:in|into|over to) your name|go(?:ing)? ahead (?:and|with)|releas\w+ "
        r"you|let you out|let\w* (?:you|him|her|them) off\b|let\w* (?:(?:it|this|that) |(?:the|your|that|this|these|those) "
        r"(?:[\w£$€.,]+ ){1,3}?)(?:one )?(?:go|slide|pass|drop)\b|end\w* (?:\w+ ){0,3}?early|"
        r"(?:cancel|terminat|end)\w* (?:[\w-]+ ){0,3}?(?:early|now|today|straight away|right away|"
        r"with immediate effect)|extend\w* (?:your |the |it |that |this )?(?:\w+[- ]?)?(?:check-?out|stay|deadline|due date|"
        r"grace period|time limit|window|cut-?off|return period|contract|booking)|late check-?outs?|"
        r"(?:stay\w*(?: on)?|(?:keep|hold)\w* (?:\w+ ){0,2}?on) (?:past|beyond|after) the|"
        r"(?:held|kept|hold\w*|keep\w*) (?:\w+ ){0,4}?(?:until|till|past|beyond) (?:\d{1,2}(?::\d\d)?\s?(?:am|pm)?|noon|midday)"
        r"(?![\d/:]|\.\d)|"
        # A limit lifted in other words: a later time named for it, no end to it, nothing owed, the customer's
        # word taken for the proof, a price that won't move, the team or queue gone round.
        r"(?:" + _AFTERNOON + r") check-?outs?|check(?:-| )?outs? (?:at|until|till|of|to|time of) (?:" + _AFTERNOON + r")|"
        r"(?:later|late) (?:check-?outs?|departures?)|check(?:-| )?out later|(?:until|till|up to) (?:about |around |roughly )?(?:"
        + _AFTERNOON + r")|(?:until|till) (?:about |around |roughly )?[1-6](?::[0-5]\d)?(?![\d:]|\s?(?:am|a\.m\.)|\s(?:days?|"
        r"weeks?|months?|years?|hours?|minutes?|nights?|times?|of|%))|yours (?:until|till)|"
        r"(?:until|till) (?:your|the) (?:taxi|cab|flight|train|car|transfer|lift|ride|pick-?up)s?\b|"
        r"(?:until|till) you (?:need to |have to )?(?:leave|go|head off)|"
        r"push\w* (?:[\w-]+ ){0,3}?back\b|(?:for )?as long as (?:you|he|she|they) (?:need|like|want|wish)|"
        r"all the time (?:you|he|she|they) (?:need|like|want)|"
        r"call it (?:even|quits|square)|no (?:exit |cancellation |early |termination )?(?:penalty|penalties)\b|"
        r"nothing (?:more |else |further |extra )?(?:owed|owing|due|outstanding)|(?:on|take|taking|took) your word|"
        r"(?:price|rate|bill|cost|subscription|fee)s? (?:won'?t|will not|isn'?t going to|is not going to|doesn'?t|does not|"
        r"needn'?t) (?:have to )?(?:go up|rise|increase|change)|(?:at|on|for) what you(?:'re| are)? (?:already )?pay(?:ing)?\b|"
        r"(?:on|at) (?:the )?(?:price|rate|amount) you(?:'ve| have)? (?:always |already )?(?:paid|pay|been paying)|"
        r"without (?:going through|waiting for|using|involving|bothering) (?:the |our |a |that )?(?:\w+ ){0,2}?"
        r"(?:team|queue|department|backlog|process|checks?|forms?|steps?|rules?)|"
        r"(?:leav|left)\w* (?:the |your |his |her |any )?(?:death |marriage )?(?:certificate|paperwork|proof|documents?) out|"
        r"(?:waiv|drop|skip|relax|lift|suspend|set\w* aside)\w* (?:the |that |this |our |any )?(?:\w+ )?(?:requirement|rule|"
        r"need|condition)s?\b|lock\w* (?:you )?in (?:the |your |that |at )?(?:old |current |previous |same |existing )?(?:price|rate|"
        r"[£$€]\d[\d.,]*)|(?:price )?(?:rise|increase|hike)s? (?:\w+ )?(?:cancel\w*|revers\w*|scrapped|dropped|removed|undone|waived|"
        r"lifted)|keep\w* paying (?:what|the same|the old|your old|as you)|honou?r\w* (?:the |your )?(?:old|previous|original|"
        r"current|existing|same) (?:price|rate|plan|deal|terms)|stay\w* (?:at|on) (?:the |your )?(?:old |current |same |previous "
        r")?[£$€]\d[\d.,]*|grandfather\w*|(?:at|on) (?:the )?(?:price|rate) you had (?:before|previously)|"
        r"(?:alternative|external|third[- ]party|outside) (?:airline|carrier)s?|no need (?:to (?:go through|wait for|send|"
        r"provide|use|do|fill in|complete)|for) (?:the |a |any |that )?(?:\w+ ){0,4}?(?:certificate|paperwork|proof|documents?|"
        r"correction|process|checks?|forms?|statement|recalculation)|check(?:-| )?out (?:whenever|when(?:ever)? you(?:'re| are) "
        r"ready|any ?time|in the afternoon)|(?:until|till) later(?: in the day| on| this afternoon)?|"
        r"(?:an|a couple of|a few|two|three|\d) extra hours?|(?:certificate|paperwork|proof|documents?) or not|"
        r"leav\w* out (?:the |your |any )?(?:death |marriage )?(?:certificate|paperwork|proof|documents?))\b"
    ),
    "escalation": (
        r"\b(?:escalat\w+|transfer\w*|(?:pass|get)\w*(?: (?:you|this|it|your case|everything|the case))? (?:(?:straight|"
        r"directly|right|immediately) )?(?:on |over |through |across )?to|introduc\w+ you|"
        r"bring\w* (?:\w+ ){0,3}?in(?:to)?\b|(?:speak|talk|chat)\w* (?:with|to) (?:our|one of our|the|someone (?:from|in|on))\b|"
        r"hand\w* (?:you |this |it |your case |everything )?(?:over|on|to)|(?:put|send|pass|get)\w* (?:you |this |it )?"
        r"through|connect\w*|"
        r"refer\w*|loop\w* in|involv\w+|"
        r"tak\w* (?:it |this |things |your case |the case )?over\b(?! (?:an?|\d|the next|half|several))|"
        r"get\w* (?:the |our |a |one of our )(?:\w+ ){0,2}?(?:team|specialists?|"
        r"colleagues?|manager|supervisor|experts?|people)(?: involved| on| to| in)|ask\w* (?:our|a|the) (?:\w+ ){0,2}?"
        r"(?:team|specialists?|colleagues?) to (?:pick up|join|take|call|contact)|manager|supervisor|team lead(?:er)?|"
        r"specialists?|colleagues?)\b"
    ),
    "action": "",
}
"""The core sense of each kind of offer, looked for only where the reply offers it; ``action`` is the offer's frame
itself, narrowed by the entry's ``about`` words."""
_TIME = re.compile(r"\b" + TIME)
_OUTCOME = re.compile(r"\b" + OUTCOME + r"\b")
_RETURN = re.compile(r"\bbe back\b")
"""Something (not someone) "will be back with you by tonight": the money, not the agent with an update."""
_THING_BACK = re.compile(
    r"\b(?!(?:i|we|you|they|he|she|someone|somebody|team|colleague|engineer|agent|manager|specialist)\b)\w+"
    r"(?:'s|'re| is| are|'ll be| will be| should be) back\b"
)
"""A thing named as back ("so the money is back with you by tonight") is an outcome, whoever brings it."""
_EXPECT_BACK = re.compile(r"\bexpect (?:your|the|it|them)(?: [\w-]+){0,2} back\b")
"""Told to expect a thing back ("expect your line back at 12:30"): it will be back by then."""
_ASSURED = re.compile(r"\b(?:guaranteed|promised|assured|confirmed)\b")
_ACT = re.compile(r"(?: (?:i|we))?(?: (?:just|then|also|now|personally|\w+ly))? (?:ma(?:ke|de|king) the )?([a-z]+)\b(?! you\b)")
"""The verb right after the agent's frame: what they say they'll do ("I'll change the name", "I'll make the change")."""
ACTS = (
    frozenset({"chang", "updat", "amend", "correct", "switch", "renam", "edit"}),
    frozenset({"fix", "repair", "restor", "reconnect", "mend"}),
)
"""Verbs that are themselves an outcome, by family: an entry whose own words have one ("an instant name change", "a
guaranteed fix time") takes an agent doing any of its family by a time as that time offered: "I'll update it to your
new name instantly" is the change done then, where "I'll email you by 5pm" is only when the agent acts, and "I'll
switch your alerts to text now" is no fix time."""
_HABIT = re.compile(r"(?:is|are|'s|'re)(?: being)? (?!now|already|guaranteed|promised|confirmed|assured)\w+(?:ed|en)\b")
"""A present passive says what is done as a rule ("the room is cleaned at 2pm", "it's scheduled for 4:40"),
not what the agent undertakes or what will come about; "is guaranteed" is the assurance itself, and "is changed as of
now" a change done."""
_AS_OF = re.compile(r" as of\b")
_FREE = re.compile(r"free of charge|at no (?:extra )?(?:cost|charge)|no (?:extra )?(?:charge|cost|fee)s?|without (?:any )?"
                   r"(?:charge|cost)|(?:fee|penalty|charge)[- ]free")
"""Free, on its own, doesn't say what is free: "move your due date, free of charge" waives no fee."""
_BOUGHT = re.compile(r"(?:\boff|\bbuy|\bpurchase|\bbuying|\bdiscount on|\breduction on)(?: (?:a|an|the|your|any))? $")
"""A new one the customer buys ("20% off a new pair") is not one given to them."""
_PAST = re.compile(r"\bbeen\b|^you(?:'ve| have)\b")
"""A frame that says what has happened: "you've been passed around today" names no time to come."""
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
    words: tuple[str, ...] = ()
    """The entry's own words (``about``, ``says``, ``example``) that no other entry of its card uses: what tells
    this offer from the others when its ``about`` words aren't there."""
    rivals: tuple[str, ...] = ()
    """The words that tell the card's other offers apart: an action is the one whose words are nearest its frame
    ("you can keep your luggage until 4pm" is luggage storage, not a late check-out), and one named by its own
    words must name more of them than of these."""

    twins: tuple[Offer, ...] = ()
    """The card's entries of other kinds that say the same thing ("removing the roaming charge" as a waiver, a refund
    and an action): wherever one of them is found, so is this one, in the words their kind knows."""

    @property
    def acts(self) -> frozenset[str]:
        """The verbs whose doing is this offer's outcome: the families of :data:`ACTS` its own words name."""
        return _acts(_own_words(self))

    def found_in(self, text: str) -> tuple[int, int] | None:
        """Where ``text`` makes this offer, or ``None``: the first of the kind's words that the reply offers."""
        return self._find(text, Stance.OFFER)

    def declined_in(self, text: str) -> bool:
        """Whether ``text`` says no to this offer ("I can't refund the full order", "I wish I could refund the
        full order"): a promise taken back."""
        return self._find(text, Stance.DECLINED) is not None

    def _find(self, text: str, wanted: Stance) -> tuple[int, int] | None:
        found = self._find_own(text, wanted)
        for twin in self.twins:
            if found is not None:
                break
            found = twin._find_own(text, wanted)
        return found

    def _find_own(self, text: str, wanted: Stance) -> tuple[int, int] | None:
        # A wish says no as plainly as a refusal: "I wish I could refund it".
        said = (Stance.DECLINED, Stance.UNREAL) if wanted is Stance.DECLINED else (wanted,)
        lower = normal(text)
        for sentence in read_frames(lower):
            for start, end in self._senses(sentence):
                stance = sentence.stance_at(start)
                if not (stance in said or (stance is None and wanted is Stance.OFFER and self.kind in PLAIN)):
                    continue
                if self._fits(sentence, start, end, said):
                    return sentence.start + start, sentence.start + end
        return None

    def _senses(self, sentence: Sentence) -> list[tuple[int, int]]:
        """Where the kind's sense is in ``sentence``: its words, or for ``action`` each frame that offers."""
        text = sentence.text
        if self.kind == "action":
            return [(t.start, t.end) for t in sentence.triggers
                    if t.role in (Role.AGENT, Role.OUTCOME) and not _HABIT.match(text, t.start, t.end)]
        spans = [(m.start(), m.end()) for m in _kind_pattern(self.kind).finditer(text)]
        if self.kind == "date":
            return [span for span in spans if _comes_about(sentence, *span, self.acts)]
        if self.kind == "replacement":
            return [span for span in spans if not _BOUGHT.search(text, max(0, span[0] - 16), span[0])]
        if self.kind == "amount":
            return [span for span in spans if GIVING.search(text, *sentence.clause_of(span[0]))]
        if self.kind == "compensation":
            return spans + [(m.start(), m.end()) for m in _PAYS.finditer(text) if _for_a_loss(sentence, m.start(), m.end())]
        if self.kind == "guarantee" and self.about:
            return spans + [(t.start, t.end) for t in sentence.triggers
                            if t.role is Role.OUTCOME and (settled := _SETTLED.match(text, t.start))
                            and not _SINCE.match(text, settled.end())]
        return spans

    def _fits(self, sentence: Sentence, start: int, end: int, said: tuple[Stance, ...]) -> bool:
        """The offer is about what is nearest it: an ``about`` word (or a word of the entry's own ``says`` and
        ``example``) nearer than any ``unless`` word.

        A guarantee with no such word near it still counts when what it makes certain is a date."""
        lo, hi = sentence.clause_of(start)
        about = None
        if self.about:
            about = _distance(sentence, lo, hi, start, end, _patterns(self.about), said)
            if about == 0 and _FREE.fullmatch(sentence.text, start, end):
                about = _distance(sentence, lo, hi, start, end, _patterns(self.about), said, outside=True)
            if about is None and self.kind == "action" and self._named(sentence, lo, hi, said):
                about = _distance(sentence, lo, hi, start, end, _patterns(self.words), said, outside=True)
            if about is None and self.kind != "action":
                about = _distance(sentence, *sentence.segment(start), start, end, _patterns(self.words), said,
                                  outside=True)
            if about is None and self.kind != "action" and _EVERYTHING.match(sentence.text, end):
                about = 0
            if about is None and not (self.kind == "guarantee" and _CERTAIN.match(sentence.text, start)
                                      and _dated(sentence, lo, hi, self.acts)):
                return False
        unless = _distance(sentence, lo, hi, start, end, _patterns(self.unless), None, asserted=True)
        if unless is not None and (about is None or unless < about):
            return False
        if self.kind == "action" and about is not None:
            rival = _distance(sentence, lo, hi, start, end, _patterns(self.rivals), said)
            if rival is not None and rival < about:
                return False
        if self.over is not None:
            return self._beyond(sentence, start, end)
        return True

    def _beyond(self, sentence: Sentence, start: int, end: int) -> bool:
        """Whether the amount at ``start`` goes beyond ``over``: more than it, or given on top of what is allowed
        ("another £20 on top of the £30"). "The £310 credit" names a sum the customer already has, not one given."""
        text = sentence.text
        if _KNOWN.search(text, max(0, start - 8), start):
            return False
        amount = sum_of(text[start:end])
        if amount is not None and amount > self.over:
            return True
        return bool(_MORE_BEFORE.search(text, max(0, start - 20), start) or _MORE_AFTER.match(text, end))

    def _named(self, sentence: Sentence, lo: int, hi: int, said: tuple[Stance, ...]) -> bool:
        """Whether the clause names this action by two of its own words, and by more of them than of the card's
        other offers: one word in common is a coincidence ("the charge" is in removing it and in splitting it)."""
        def count(words: tuple[str, ...]) -> int:
            found = {_stem(word) for word, pattern in zip(words, _patterns(words), strict=True)
                     if any(sentence.stance_at(m.start()) in (*said, None)
                            for m in pattern.finditer(sentence.text, lo, hi))}
            return len(found)
        own = count(self.words)
        return own >= 2 and own > count(self.rivals)


_EVERYTHING = re.compile(r" (?:everything|it all|all of (?:it|them|that)|the (?:whole )?lot)\b(?! (?:up|out|over)\b)")
"""Everything offered at once holds each offer of its kind, whatever the card's words for it: "I'll waive everything"."""
_SINCE = re.compile(r"(?: \w+){0,2}? (?:since|for the (?:last|past))\b")
"""A state that has lasted since a time ("the terminals have been affected since 08:50") is a report, not an outcome
settled for the customer."""
_CERTAIN = re.compile(CERTAIN)
_KNOWN = re.compile(r"\b(?:the|your|that|this) $")
_MORE_BEFORE = re.compile(r"\b(?:another|an extra|extra|additional|a further|further|on top of that,?|plus|top(?:ped)? up by)"
                          r" $")
_MORE_AFTER = re.compile(r"(?: \w+){0,2}? (?:on top|extra|more|as well)\b")
"""An amount given in addition: on top of the most allowed, it goes beyond it."""
_SETTLED = re.compile(
    r"you(?:'ll| will|'re going to| are going to)?(?: \w+)? (?:get|receive)\b|you(?:'ve| have) been\b|"
    r"you(?:'re| are) (?:getting|receiving|guaranteed|entitled)\b|"
    r"\s?(?:(?:has|have|'s|'ve)(?: already| now| just)? been|(?:will|'ll|shall|is going to|are going to)(?: \w+ly)? be) (?:\w+ )?"
    r"(?:\w+ed|\w+en|paid|sent|made|done|put|set|sorted)\b|(?:is|are|'s|'re) (?:now|already|all|just|fully) \w+"
)
"""An outcome stated as settled, for the customer or as done: "you'll get", "it's already approved", "will be paid
out". Said of what someone else decides, it is a guarantee; "it'll arrive" is left to ``date``, and a present
passive ("it's included", "the fix is estimated for 11:30") states a rule or a status, not an outcome."""
_PAYS = re.compile(
    r"\b(?:(?<!'s )(?<!lost )(?<!missed )pa(?:y|id|ying)(?: (?:you|it|that|them|this))?(?: back| out)?|refund\w*|"
    r"ma(?:de|ke|king) good|sort\w* you out|settle\w*|"
    r"reimburs\w*|credit\w* back|cover\w*|made up|make up|making up|claim|sen[dt]\w* (?:\w+ )?over)\b"
)
"""Paying, in any form, which pays for a loss when one is named beside it: "your lost wages paid back"."""
_LOSS = re.compile(
    r"\b(?:(?:lost|missed|losing|missing)(?: (?:a|the|your|his|her|a day's|the day's|day's))? (?:\w+ )?(?:pay|wages|"
    r"earnings|income|sales|takings|trade|business|work|day|days|hours|shifts?|money|bookings?)|earnings|wages|income|"
    r"(?:what(?:ever)?|how much) (?:\w+ ){0,2}?cost (?:you|him|her|them)|billable (?:time|hours)|"
    r"(?:time|hours|work|day) (?:you )?(?:miss|lose)|"
    r"takings|loss(?:es)?|out of pocket|(?:would|'d) have (?:made|earned|taken|spent)|earned|revenue|"
    r"(?:hours|time|days?) (?:you )?(?:can'?t|couldn'?t|didn'?t|won'?t) (?:bill|charge|invoice|work)|"
    r"(?:pay|wages|earnings|income|sales?|takings|trade|business|work|day|hours|time|money|revenue) (?:\w+ ){0,2}?(?:you|he|she|they)"
    r"(?:'ve| have| had)? (?:lost|missed))\b"
)
"""What a customer lost by the failure: what compensation pays for."""
LOSS_REACH = 50
"""How near the paying a loss must be named (in characters, in its clause) for it to be what is paid for."""


def _for_a_loss(sentence: Sentence, start: int, end: int) -> bool:
    """Whether paying at ``start`` is for a loss named beside it: "we'll pay you back for the hours you can't bill"."""
    lo, hi = sentence.clause_of(start)
    return any(m.end() >= start - LOSS_REACH and m.start() <= end + LOSS_REACH
               for m in _LOSS.finditer(sentence.text, lo, hi))


PLAIN = frozenset({"date", "guarantee"})
"""Kinds a plain statement makes with no frame at all: "it arrives on Saturday", "guaranteed"."""


def _comes_about(sentence: Sentence, start: int, end: int, acts: frozenset[str] = frozenset()) -> bool:
    """A time is a date offered when something comes about by then, not when the agent does something by then:
    "it'll be back by tonight" and "I'll have it changed today" are dates, "I'll email you by 5pm" is not. ``acts``
    are the stems of the verbs that are the entry's own outcome (:data:`ACTS`): the agent doing one by a time is a date."""
    trigger = sentence.trigger_at(start)
    if trigger is not None and (_PAST.search(sentence.text, trigger.start, trigger.end)
                                or (_HABIT.match(sentence.text, trigger.start, trigger.end)
                                    and not _AS_OF.match(sentence.text, trigger.end))):
        return False
    lo, _ = sentence.clause_of(start)
    if trigger is not None and trigger.role is Role.OUTCOME and _RETURN.search(sentence.text, trigger.start, start):
        return True
    if trigger is not None and trigger.role is Role.AGENT and (act := _ACT.match(sentence.text, trigger.end)) \
            and _stem(act.group(1)) in acts:
        return True
    since = lo if trigger is None else trigger.start if trigger.role is Role.OUTCOME else trigger.end
    if _THING_BACK.search(sentence.text, since, start) or _EXPECT_BACK.search(sentence.text, lo, start):
        return True
    # "delivery is guaranteed for tomorrow": what is assured is named before the assurance
    if trigger is not None and trigger.role is Role.OUTCOME and _ASSURED.search(sentence.text, trigger.start, trigger.end) \
            and _OUTCOME.search(sentence.text, lo, trigger.start):
        return True
    then = _THEN.match(sentence.text, end)
    return bool(_OUTCOME.search(sentence.text, since, start) or _OUTCOME.match(sentence.text, end + 1)
                or (then is not None and _OUTCOME.match(sentence.text, then.end())))


def _dated(sentence: Sentence, lo: int, hi: int, acts: frozenset[str]) -> bool:
    """Whether the clause offers a date: a time something comes about by, where the reply offers it."""
    for m in _TIME.finditer(sentence.text, lo, hi):
        if sentence.stance_at(m.start()) in (Stance.OFFER, None) and _comes_about(sentence, m.start(), m.end(), acts):
            return True
    return False


@dataclass(frozen=True, slots=True)
class Untrue:
    """A claim that contradicts the card (a status, a date), and what is true instead."""

    says: str
    truth: str
    """What the customer answers with: "Tracking still says in transit at the regional hub"."""
    match: tuple[str, ...]
    example: str

    def found_in(self, text: str) -> tuple[int, int] | None:
        """Where ``text`` makes the claim: a match the reply doesn't deny, hedge or put as a question."""
        for sentence in read_frames(normal(text)):
            for pattern in self.match:
                for m in re.finditer(pattern, sentence.text):
                    if sentence.stance_at(m.start()) in (Stance.OFFER, None):
                        return sentence.start + m.start(), sentence.start + m.end()
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
    offers = tuple(replace(o, words=_distinct(o, offers)) for o in offers)
    offers = tuple(replace(o, rivals=tuple(dict.fromkeys(w for r in offers if r.says != o.says for w in r.words)))
                   for o in offers)
    offers = tuple(replace(o, twins=_twins(o, offers)) for o in offers)
    untrue = tuple(_untrue(i, entry) for i, entry in enumerate(_entries(table, "untrue"), start=1))
    return Card(offers, untrue)


def _twins(offer: Offer, card: tuple[Offer, ...]) -> tuple[Offer, ...]:
    """The card's entries of other kinds that say the same thing on the same side of the line: one offer the card
    names in several kinds ("removing the roaming charge" as a waiver, a refund and an action) is made in any words
    one of them knows."""
    return tuple(t for t in card if t.says == offer.says and t.allowed == offer.allowed and t.kind != offer.kind)


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


def _distance(sentence: Sentence, lo: int, hi: int, start: int, end: int, patterns: tuple[re.Pattern[str], ...],
              said: tuple[Stance, ...] | None, *, outside: bool = False, asserted: bool = False) -> int | None:
    """How far the nearest match of ``patterns`` is from the offer, in its clause and within ``ABOUT_WINDOW``
    characters; 0 inside it. With ``said``, only words the reply says with one of those stances count, or as a condition
    on it or one it hangs on ("if it happens again, I'll refund that one too"): an ``about`` word in a refusal next
    door doesn't say what is offered. With ``outside``, words inside the offer's own words don't count: "refund"
    doesn't say which refund. With ``asserted``, words the reply negates don't count: "no claim needed" is no claim."""
    best = None
    for pattern in patterns:
        for m in pattern.finditer(sentence.text, lo, hi):
            if outside and m.start() < end and m.end() > start:
                continue
            if asserted and _NEGATED.search(sentence.text, max(lo, m.start() - 40), m.start()):
                continue
            gap = max(0, start - m.end(), m.start() - end)
            if gap > ABOUT_WINDOW or (best is not None and gap >= best):
                continue
            if said is not None and not start <= m.start() < end:
                stance = sentence.stance_at(m.start())
                if stance not in (*said, None) and not (Stance.OFFER in said and (
                        sentence.attached(m.start()) or sentence.fronts(m.start(), start))):
                    continue
            best = gap
    return best


_NEGATED = re.compile(r"(?:\bno|\bnot|\bwithout|n't)\b(?: [\w']+){0,3} $")
"""The words just before one the reply negates: "no claim needed", "rather not wait for a text"."""
_STOP = frozenset(
    "a an the of for to in on by with his her him your their its it or and any before after without over beyond into "
    "from them there this that these those as so if is be are was at i i'll i'm i've i'd we we'll you you'll you're "
    "until within about next case come happen add can't won't my our me us will can could would just also well too "
    "now today then here out up off all some more most very "
    "make made give giving send sending get getting put take let offer offering promise new free full same early "
    "instead yourself myself one ones once again back what which who whom how when where why not no only own".split()
)
_SUFFIX = r"(?:s|e|es|d|ed|ing|ings)?"
"""Inflections only: "reserve" finds "reserved", not "reservation"."""


def _stem(word: str) -> str:
    """The word without its inflection ("cancelling": "cancel"), so its other forms can be found."""
    for suffix in ("ings", "ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            word = word[: -len(suffix)]
            break
    if len(word) > 4 and word[-1] == word[-2] and word[-1] not in "aeiou":
        word = word[:-1]
    if len(word) > 4 and word.endswith("e"):
        word = word[:-1]
    return word


@lru_cache(maxsize=1024)
def _patterns(words: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    """Each word or phrase as a pattern that also finds its other forms ("cancel": "cancelled", "canceling";
    "check-out": "check out", "checkout"; "pay it off": "paying it off"), with a word between ("hold tickets":
    "hold two tickets"), and a pronoun standing for a few words ("take it off": "take that £240 off")."""
    return tuple(re.compile(r"(?<![\w£$€])" + _phrase(phrase.split()) + r"(?!\w)") for phrase in words)


def _phrase(words: list[str]) -> str:
    if len(words) == 1:
        return _word(words[0])
    return r"\s+(?:\S+\s+)?".join(_PRONOUN if word in ("it", "them") else _word(word) for word in words)


_PRONOUN = r"(?:\S+\s+){0,2}\S+"
"""A pronoun in a phrase stands for whatever it names: "take it off" finds "take that £240 off"."""


def _word(word: str) -> str:
    if word in ("£", "$", "€"):
        return re.escape(word) + r"\s?\d[\d,]*(?:\.\d\d)?"
    parts = []
    for part in word.split("-"):
        if re.fullmatch(r"[a-z]{3,}", part):
            stem = _stem(part)
            parts.append(re.escape(stem) + f"(?:{re.escape(stem[-1])})?" + _SUFFIX)
        else:
            parts.append(re.escape(part))
    return r"[\s-]?".join(parts)


@lru_cache(maxsize=512)
def _content(text: str) -> tuple[str, ...]:
    """The words of a card entry that say what it is about, without the words every offer shares."""
    words = re.findall(r"[£$€]?\d[\d.,:]*(?:am|pm)?|[a-z][a-z'-]*[a-z]", normal(text))
    return tuple(dict.fromkeys(w for w in words if w not in _STOP and len(w) > 2))


@lru_cache(maxsize=512)
def _acts(words: tuple[str, ...]) -> frozenset[str]:
    stems = {_stem(part) for phrase in words for part in phrase.split()}
    return frozenset().union(*(family for family in ACTS if family & stems))


def _own_words(offer: Offer) -> tuple[str, ...]:
    return tuple(dict.fromkeys((*offer.about, *_content(offer.says), *_content(offer.example))))


def _distinct(offer: Offer, card: tuple[Offer, ...]) -> tuple[str, ...]:
    """The words of the entry, and of the card's entries that name the same offer (a late check-out as an
    exception and as an action), that no other offer of the card has, compared by their stems."""
    others = {_stem(w) for o in card if o.says != offer.says for phrase in _own_words(o) for w in phrase.split()}
    words = dict.fromkeys(w for o in card if o.says == offer.says for w in _own_words(o) if w not in _STOP)
    return tuple(w for w in words if not {_stem(part) for part in w.split()} & others)
