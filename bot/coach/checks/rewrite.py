"""The offline rewrite: the smallest honest edit a lead would make to the draft.

It takes out what hurts (blame, dismissal, lectures, stock lines, shouting),
adds an acknowledgement only where the customer's message calls for one and in
their own terms, puts safety first when they report a hazard, and marks at most
one slot where the agent must say something only they know: what they'll do
next, or what they can offer instead of a no. It never adds a promise, a
follow-up or a time, never apologises to someone who is praising, and never
touches the draft's greeting, sign-off, facts or formatting. A draft with
nothing to fix comes back as it was.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from bot.coach import rx
from bot.coach.checks.acknowledge import CALENDAR, VERDICT, acknowledgement, relies_on, their_moment
from bot.coach.checks.customer import Customer, situation_of
from bot.coach.checks.facts import find_facts, overlaps_fact
from bot.coach.checks.jargon import jargon_in, plain
from bot.coach.checks.layout import EMOJI_CHAR, HANDLES_ONLY, TRAILER, layout
from bot.coach.checks.model import Analysis, Change, Span
from bot.coach.checks.phrasing import crisis_line, safety_line
from bot.coach.checks.promises import PROMISES
from bot.coach.checks.reply import (
    ACTED,
    ADD_ON_PLUG,
    ASKED_TOO,
    BOOK_EARLY,
    COMFORT,
    NON_APOLOGY,
    NOT_MINIMISING,
    PRESUMED_UNDERSTANDING,
    REVIEW_ASK,
    STAYING_WHY,
    STOCK,
    TO_BE_EXPECTED,
    VAGUE_SORRY,
    Reply,
    read_reply,
)
from bot.coach.checks.rules import (
    APOLOGY,
    AT_THIS_TIME,
    BLAMED_ON_GUESTS,
    CHASING_WONT_HELP,
    DEAL_WITH_IT,
    DISMISSIVE_WHATEVER,
    NOT_GUIDANCE,
    OWED,
    PATTERNS,
    RULES,
    TRY_NEXT_TIME,
    WORKS_FOR_US,
)
from bot.coach.checks.stakes import hazard_of
from bot.coach.text import Draft, Sentence, keywords, read

DROP = "\x00drop"
"""Replacement marker: remove the whole sentence when it says nothing else; otherwise just the phrase."""

# "As I said in February," isn't cut at all: the month is a fact to keep, and "In February, the leak…" is garbled
_PAST_MENTION = (
    r"(?: (?:in|on|during) (?:my|our|the) (?:last|previous|earlier|first|other) (?:email|e-mail|message|reply|"
    r"note|call|chat|response)| (?:in|by|over|on) (?:a |the |my |our )?(?:dms?|direct messages?|chat|email|phone|"
    r"release notes|changelog|newsletter|announcement|update)|"
    r" (?:before|earlier|previously|yesterday|already|last time|the last time|last (?:week|month))"
    r"(?: (?:in|on) (?:this|the|our) (?:chat|conversation|thread|call))?| to you){0,2}"
    r"(?! (?:back )?(?:in|on) (?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december|\d))"
)
# (rule, phrase, replacement): the first matching phrase wins. An empty replacement removes the phrase;
# DROP removes its sentence when that sentence says nothing else; \1 repeats the phrase's first group.
_DONT_HESITATE = (r"\b(?:please )?(?:do not|don'?t) hesitate to\b(?! (?:call|ring|dial|phone|contact) (?:999|911|112|"
                  r"111|nhs|an ambulance|the emergency|emergency))")
""""Please don't hesitate to contact us" is stock; "please don't hesitate to call 999" is the urgency it should have."""
_PHRASES: tuple[tuple[str, str, str], ...] = (
    ("E402", r"\b(?:please,? )?calm down\b(?: and\b)?", DROP),
    ("E402", r"\bi(?:'ve| have) (?:already )?told you (?:this |that )?(?:before|already|twice|several times)\b"
             r",?\s*|\bi(?:'ve| have) already told you (?:that )?(?=(?:the|your|our|we|it|this|there) )", ""),
    ("E402", r"\b(?:(?:as|like) i (?:already |previously |just |have |also )?(?:said|mentioned|stated|"
             r"explained|told you|"
             r"advised)|"
             r"as (?:previously|already) (?:stated|mentioned|explained|said|advised|informed))" + _PAST_MENTION
     + r",?\s*", ""),
    ("E402", r"\b(?:that'?s|that is|it'?s|it is|this is) not my (?:department|job|area|responsibility)\b",
     "another team handles this"),
    ("E402", r"\b(?:that'?s|that is|it'?s|it is|this is) not my (?:problem|fault)\b|\bnot (?:our|my) "
             r"(?:problem|concern|issue)\b", DROP),
    ("E402", r"(?:,?\s*(?:and|so|but)\s+)?(?:(?:unfortunately|sadly|i'?m afraid),?\s+)?\bthere(?:'?s| is) nothing "
             r"(?:more |else )?(?:we|i) can do"
             r"(?: (?:until|till|before)\b[^.!?\n;,]*)?(?=\s*(?:[.!?;\n]|$))|"
             r"\bthere(?:'?s| is) nothing (?:more |else )?(?:we|i) can do\b|\bnothing (?:more|else) (?:we|i) can do\b|"
             r"\bnot much (?:we|i) can do\b", DROP),
    ("E402", r"\bi can'?t help you( with (?:that|this|it|(?:your|the|this|that) \w+(?: \w+)?))?\b",
     r"I'm not the right person to help with this"),
    ("E402", r"\bi don'?t know what (?:else )?to tell you\b", DROP),
    ("E402", r"(?:^|(?<=\n)|(?<=[.!?] ))(?:it'?s|it is|that'?s|that is) (?:just|only) (?:a|an|one) " + NOT_MINIMISING
     + r"\w+(?=,)", DROP),
    ("E402", r"(?:,? ?(?:but |and |so |as |because )?"
             r"(?:at the end of the day,? )?(?:it'?s|it is|that'?s|that is) (?:just|only) "
             r"(?:a|an|one) " + NOT_MINIMISING + r"\w+(?: and)?)(?=\s*(?:[.!?;]|$))", DROP),
    ("E402", r"(?:,? ?(?:but |and |so |as |because )?"
             r"(?:it'?s|it is|that'?s|that is|it was) (?:just|only) (?:a (?:few|couple of) "
             r"(?:days|hours|minutes|weeks|pounds|dollars|euros)|(?:a|one) (?:small|minor|short|little|tiny) (?:delay|"
             r"wait|issue|problem|fee|charge|mistake|glitch)))(?=\s*(?:[.!?;]|$))", DROP),
    ("E402", r"\b((?:it'?s|it is|that'?s|that is) )(?:just|only) (?=(?:a|an|one) \w+ \w)", r"\1"),
    ("E402", r",?\s*(?:so |and )?(?:you(?:'re| are) in the same (?:position|boat) as|(?<!exactly )(?<!treated )"
             r"(?:just like|like)) "
             r"(?:everyone|everybody|all (?:the )?other (?:customers|passengers|people|residents)) else(?:['’]s)?\b",
     ""),
    ("E402", r",?\s*(?:and )?you(?:'re| are) not the only (?:one|customer|person|passenger)\b(?=\s*(?:[,.!?;]|$))",
     DROP),
    ("E402", r"\byou(?:'re| are) not the only (?:one|customer|person|passenger)" + ASKED_TOO
             + r" (?:to|who|that)\b[^.!?\n]*", DROP),
    ("E402", r",?\s*as (?:was |you were )?(?:explained|told|shown|mentioned) "
             r"(?:at (?:the (?:time|point) of (?:your |the |our )?[\w-]+|the [\w-]+|[\w-]+)|during [\w-]+|before|"
             r"earlier|previously)\b", ""),
    # "Sorry about that, mistakes happen!" to someone whose dinner never came: the sorry stays, the shrug goes
    ("E402", r",\s*(?:but |and )?(?:mistakes|these things|things like this) (?:do |can |will )?happen\b"
             r"(?=\s*(?:[.!?;]|$))", ""),
    ("E402", r"(?:^|(?<=[.!?]\s))(?:mistakes|these things|things like this) (?:do |can |will )?happen\b"
             r"(?=\s*(?:[.!?;]|$))", DROP),
    ("E402", PRESUMED_UNDERSTANDING.pattern, DROP),
    ("E402", WORKS_FOR_US, DROP),
    # "Please be patient, and note that repeatedly chasing does not speed up the process": the note goes with it
    ("E402", r"(?:,?\s*(?:and|but)\s+(?:please )?note that |\b(?:please )?note that )?(?:repeatedly |constantly |"
             r"continually )?" + CHASING_WONT_HELP, DROP),
    ("E402", r"\b(?:it is what it is|" + DEAL_WITH_IT + r"|that'?s just (?:how|the way) (?:it is|it works|things (?:are|work)|(?:\w+ ){1,2}works?)(?=\s*(?:[.!?;]|$))|take it or "
             r"leave it|not a big deal|you'?re overreacting|(?:there'?s |there is )?no need to (?:get|be) (?:upset|"
             r"angry|rude|worked up)|stop (?:complaining|shouting|yelling))\b|" + DISMISSIVE_WHATEVER, DROP),
    # "As you did not raise this with reception, we were not given the opportunity to move you.": what is left
    # only says why it's their fault, so the sentence goes
    ("E401", r"\b(?:as|since|because) you (?:did not|didn'?t|failed to|were not|weren'?t|had not|hadn'?t|forgot)"
             + NOT_GUIDANCE + r"[^,.;!?\n]{0,120},\s*(?:we|i) (?:were|was) (?:not|never) (?:given|offered) "
             r"(?:the|an|any) (?:opportunity|chance)\b[^.!?\n]*", DROP),
    ("E401", r"\b(?:as|since|because) you (?:did not|didn'?t|failed to|were not|weren'?t|had not|hadn'?t|forgot)"
             + NOT_GUIDANCE + r"[^,.;!?\n]{0,120},\s*", ""),
    ("E401", r"\byou must have (miss|overlook)ed\b", "it's easy to \\1"),
    ("E401", r"\byou must have misread\b", "it's easy to misread"),
    ("E401", r"\byou must have forgotten\b", "it's easy to forget"),
    ("E401", r"\byou must have (?:entered|typed|deleted|clicked|selected|ignored|not)\b", DROP),
    ("E401", r"(?:\bif you (?:have not|haven'?t) heard (?:back|anything)[^.!?\n]{0,30}?,?\s*)?\b(?:it may be|"
             r"it might be|"
             r"it could be|it'?s (?:possible|likely)|(?:perhaps|maybe|possibly)) (?:that )?your (?:request|form|"
             r"application|"
             r"order|details|payment|claim|booking) (?:was|were)(?:n'?t| not) (?:submitted|completed|filled (?:in|out)|"
             r"entered|sent|made|done) (?:correctly|properly|in full)\b", DROP),
    # "It's a one-off as it was your mistake, but…": the reason goes with its "as", the comma before "but" stays
    ("E401", r"[ \t]+(?:as|because|since) (?:it|this|that) (?:was|is|'s) (?:entirely |completely |totally |all )?"
             r"your (?:own )?(?:fault|mistake|error)\b(?=,)", DROP),
    ("E401", r"\b(?:it'?s|it is|this is|that'?s|that is|was) (?:entirely |completely |totally |all )?"
             r"(?:your (?:own )?(?:fault|responsibility|problem|mistake|error)|on you)\b", DROP),
    ("E401", r"\bdue to your (?:own )?(?:error|mistake|failure|negligence)\b|\buser error\b", "a mix-up"),
    ("E401", r"\byou were supposed to\b", "the next step was to"),
    # "Lag is usually caused by your own connection": the tip stays, the finger-pointing goes
    ("E401", r"\b(?:is|are) (?:usually |often |most likely |probably |likely |normally |generally )?caused by (?:your|"
             r"(?:the )?(?:customers|users)['’]|(?:the )?(?:customer|user)(?= (?:equipment|devices?|routers?|hardware|"
             r"settings|wi-?fi|wiring|connections?)\b)) (?:own )?", "can be caused by the "),
    ("E401", r"\bas you (?:were|should have been) (?:told|informed|advised)\b,?\s*", ""),
    ("E401", r",?\s*(?:which|as) you (?:would|could|might)(?:'ve| have) (?:seen|known|noticed|found)[^.!?\n]*?\bif "
             r"you(?:'d| had) \w+[^.!?\n]*", ""),
    ("E401", BLAMED_ON_GUESTS, DROP),
    ("E401", r"(?<!than )(?<!what )\byou were told\b", "we explained"),
    ("E401", r"\byou (?:really )?should(?:'ve| have)? (?:know|known) better\b[^.!?\n]*", DROP),
    ("E401", r"\byou should know\b", "it's worth knowing"),
    ("E405", r"\b(?:obviously|clearly),? (?=you\b)", ""),
    ("E405", r"\bas (?:anyone|everyone|any customer) (?:knows|can see),?\s*", ""),
    # "It's easy:" talks down; "so it's easy to back off" explains, and "here's how" there would break it. "It's
    # really easy!" on its own says only that they should have managed: it goes
    ("E405", r"\bit'?s (?:really |quite |very |so )?(?:simple|easy|not (?:that )?(?:hard|difficult|"
             r"complicated|rocket science))[.!]+", DROP),
    ("E405", r"\bit'?s (?:really |quite |very )?(?:simple|easy|not (?:that )?(?:hard|difficult|complicated|"
             r"rocket science))\b(?=\s*(?:[:—–]|-\s|,\s*just\b))", "here's how"),
    ("E405", r"\bi'?m sure (?:even )?you (?:understand|know|realise|realize)\b", "as you may know"),
    # "Our app is designed to be simple and intuitive." to someone who can't find their balance: then it's them
    ("E405", r"\b(?:is|are) (?:designed|built|made) to be (?:very |really )?(?:simple|easy|intuitive|straightforward|"
             r"user-friendly)\b[^.!?\n]*", DROP),
    ("E405", r"\bi'?m sure (?:even )?you can\b", "you can"),
    ("E405", r"\bwith all due respect,?\s*", ""),
    ("E405", r"\b(?:good luck with that|nice try|thanks for nothing)\b", DROP),
    # "Have you read the instructions?" asks only whether they're to blame: it goes whole
    ("E405", r"\b(?:have|did) you (?:even |actually )?read the (?:manual|instructions|faq|terms)\b[^.!?\n]*\?", DROP),
    ("E405", r"(?<!have )(?<!'ve )(?<!to )(?<!you )\bread the (?=manual|instructions|faq|terms)",
     "take a look at the "),
    ("E405", r"\bif you (?:had )?(?:bothered|cared) to\b", "if you"),
    ("E405", r",?\s*\b(?<!a )(?<!the )(?:sweetie|sweetheart|honey|hun|darling)\b(?![-‐])", ""),
    ("E405", r"\blike i said\b" + _PAST_MENTION + r",?\s*", ""),
    ("E405", r"\bi(?:'ll| will) (?:say|explain) (?:it )?(?:again|slowly)\b", DROP),
    ("E405", TRY_NEXT_TIME, DROP),
    ("E103", r"\bi (?:really |truly |so |just )?(?:feel|felt|am|'m) (?:so |really |very |truly )?(?:sorry|bad) "
             r"for you\b|\bi'?m (?:so |really )?sorry for you\b", "I'm sorry you're dealing with this"),
    ("E103", r"\b(?:poor you|i pity you|what a shame for you)\b", DROP),
    ("E406", r"\bwe regret to inform you(?: that)?\b,?\s*", "I'm sorry to say "),
    # "Your call is important to us and a member of our team will…" keeps its news without the "and"
    ("E406", r"\byour (?:call|business|custom|request|patience) is (?:very )?(?:important|valued)(?: to us)?\b"
             r"(?:,?\s+and\b)?", DROP),
    # "We acknowledge receipt of your complaint." is a form letter's thank-you; "thank you for your email" would be
    # as stock, so only the complaint has a plain version
    ("E406", r"\b(?:we|i) (?:hereby )?acknowledge (?:the )?receipt of your (?:recent |formal )?complaint\b(?=\s*[.!])",
     "thank you for raising this with us"),
    ("E202", r"^[^\w\n]*is there anything else (?:i|we) can (?:help you with|help with|do for you)\s*\?",
     "What else can I help you with?"),
    ("E202", r"^[^\w\n]*do you have any (?:other |more |further )?questions\s*\?", "What questions do you still have?"),
)
_POLISH_PHRASES: tuple[tuple[str, str, str], ...] = (
    ("E405", r"(?<!\bas )(?<!\bor )\bsimply\s+(?!as\b)", ""),
    ("E406", r"\b(?:please be advised|kindly be (?:informed|advised))(?: that)?,?\s*", ""),
    ("E406", _DONT_HESITATE, "you're welcome to"),
    ("E406", r"\bas per\b(?![^.!?\n]*\bin line with\b)", "in line with"),
    ("E406", r"\bas per\b(?=[^.!?\n]*\bin line with\b)", "under"),  # "in line with… in line with" says it twice
    ("E406", r"\bhereby\s+", ""),
    ("E406", r"\bthe aforementioned\b", "that"),
    ("E406", r"\bpursuant to\b", "under"),
    ("E406", AT_THIS_TIME, "right now"),
)
"""Swaps leads call no change at all when nothing else changes: the finding names the word, the draft stays."""
_COMPILED = tuple((rule, rx.compile(p, re.IGNORECASE | re.MULTILINE), r, polish)
                  for phrases, polish in ((_PHRASES, False), (_POLISH_PHRASES, True)) for rule, p, r in phrases)
_SHOULD_HAVE = rx.compile(
    r"\byou (?:really |clearly |obviously )?should(?:'ve| have)" + OWED + r" (?!to\b)(?P<verb>\w+)(?P<rest>[^.!?\n]*)",
    re.IGNORECASE,
)
_READ_THE_RULES = rx.compile(r"(?:read|checked|reviewed|looked at|consulted)\s+(?:\w+\s+){0,2}?(?:policy|terms|t&cs?|"
                             r"documents?|documentation|faqs?|small print|website|instructions|manual|guide|conditions)",
                             re.IGNORECASE)
_FILLER = rx.compile(
    r"(?:(?:so|and|but|also|unfortunately|sadly|honestly|as (?:i|we) (?:already |previously |just )?(?:said|"
    r"mentioned|explained|told you|advised)|as (?:previously|already) (?:stated|mentioned|explained|said|advised)|"
    r"like i said)\W+)*"
)
_IRREGULAR = {
    "been": "being", "done": "doing", "made": "making", "taken": "taking", "given": "giving", "written": "writing",
    "sent": "sending", "paid": "paying", "bought": "buying", "read": "reading", "told": "telling", "put": "putting",
    "got": "getting", "gotten": "getting", "left": "leaving", "kept": "keeping", "brought": "bringing",
    "found": "finding", "chosen": "choosing", "seen": "seeing", "had": "having", "let": "letting",
    "set": "setting", "come": "coming", "came": "coming", "gone": "going", "went": "going", "flew": "flying", "run": "running", "rung": "ringing", "spoken": "speaking",
}
_STOCK_EMPATHY = rx.compile(r"\b(?:understand|hear|feel your|know how you feel|regret any)")
"""Stock lines that still acknowledge something: they go only when a specific acknowledgement replaces them."""
_UPSELL = rx.compile(r"\b(?:did you know|why not (?!try (?:our|the) (?:app|website|phone line|chat|live chat)\b)|"
                     r"upgrade to|treat yourself|limited[- ]time (?:offer|only|deal|discount)|don'?t miss|earning \d|"
                     + ADD_ON_PLUG + "|" + REVIEW_ASK + "|" + BOOK_EARLY + ")",
                     re.IGNORECASE)
"""A pitch. "Why not try our app?" to someone the website fails is a way round, not a sale."""
_CHEERY_OPENER = rx.compile(r"\b(?:wow,?\s+)?(?:the )?(?:great|good|amazing|fantastic|brilliant|"
                            r"wonderful) news(?: first| too| though| also)?(?: is)?(?: that)?"
                            r"(?:[,!.:]|\s*[-–—])?\s*|\bgreat question[!.]?\s*|\b(?:yay|woo+hoo)[,!.]?\s*|"
                            r"(?<![a-z] )(?<![a-z])no (?:worries|problem)[,!.]\s*(?!and\b)|"
                            r"\b(?:amazing|awesome|brilliant|fantastic|wonderful|perfect)[,!]+\s*(?=thanks?\b|thank "
                            r"you\b)", re.IGNORECASE)
_NO_PROBLEM = rx.compile(r"no (?:worries|problem)", re.IGNORECASE)
_REAL_NEWS = rx.compile(r"\b(?:found|located|traced|tracked down|handed in|recovered|covered|refunded|approved|waived|"
                        r"booked on(?:to)?|"
                        r"on (?:its|the) way|restored|"
                        r"fixed|reversed|cancelled|credited|back in|back on|moved|rebooked|changed|swapped|"
                        r"extended|upgraded|sorted|(?:loaded|put) on(?:to)?|able to (?:move|change|swap|refund|rebook|"
                        r"waive|cancel|extend|upgrade))\b")
_OPENS_HERE = rx.compile(r"(?:\A|[.!?,:;\n–—-]|\b(?:but|and|so)|" + EMOJI_CHAR + r")\s*\Z", re.IGNORECASE)
"""What may come before a cheery opener that can go: the start of the body or of a sentence, a comma, "but"."""
_SEE_YOU_AGAIN = (r"(?:(?:we |i )?(?:hope|trust) (?:you|your \w+) (?:still |really )?enjoyed (?:the rest of )?(?:your|his|"
                  r"her|their) (?:trip|stay|flight|holiday|meal|visit|day)(?: and)? )?(?:we |i )?look forward to "
                  r"(?:welcoming|seeing|serving) you(?: on board| again| back)*(?: soon)?|(?:we |"
                  r"i )?hope to (?:welcome|"
                  r"see|serve) you(?: on board| again| back)*(?: soon)?|(?:we |i )?(?:hope|trust) (?:you|"
                  r"your \w+) (?:still |really )?enjoyed (?:the rest of )?(?:your|his|her|their) (?:trip|stay|flight|"
                  r"holiday|meal|visit|day)")
"""Looking forward to their next booking, or hoping they enjoyed the trip that went wrong: to someone upset about it,
a form letter's goodbye."""
_CHEERY_CLOSER = rx.compile(r"(?:(?:(?:i |we )?hope (?:this|that) helps,? (?:and )?|(?:i |we )?hope you(?:'re| are) )?"
                            r"hav(?:e|ing) an? (?:[\w-]+ )?(?:day|weekend|"
                            r"one|evening|flight|trip|stay|holiday|journey|game|match|time|night|week)|(?:(?:we |i )?"
                            r"hope you (?:still |really )?)?enjoy(?: the rest of)? your (?:day|weekend|flight|trip|stay|"
                            r"holiday|visit|meal|evening)(?: with us)?|(?:we )?hope to see you (?:again )?soon|(?:we |i )?"
                            r"hope (?:this|that) (?:helps|clears (?:things|it|that) up)|" + _SEE_YOU_AGAIN + ")",
                            re.IGNORECASE)
_CLOSER_AFTER_EMOJI = rx.compile(r"\s*(?:" + EMOJI_CHAR + r"\s*)+(" + _CHEERY_CLOSER.pattern
                                 + r")[.!]*$", re.IGNORECASE)
_CONGRATULATIONS = rx.compile(r"congrat\w*\b", re.IGNORECASE)
_EMOJI = rx.compile(r"\s?" + EMOJI_CHAR + r"(?:[ \t]*" + EMOJI_CHAR + ")*")
"""A run of emoji with the space before it: "again? 📱✨ ^Kai" loses " 📱✨" and keeps the space before "^Kai"."""
_JUST_KIDDING = rx.compile(r"[ \t]*(?:jk|j/k|just kidding|kidding)\b[,!.]?[ \t]*", re.IGNORECASE)
_EMOJI_RUN = rx.compile(r"[ \t]*(?:" + EMOJI_CHAR + r"[ \t]*)+")
_EMOJI_TAIL = rx.compile(_EMOJI_RUN.pattern + r"(?=\n|$|(?<=\s)[A-Z]|" + TRAILER.pattern + ")")
"""The emoji after a sentence, standing for the end of its line or for the space before the next sentence (or the
initials or thread marker that end the message): the sentence's, and they go with it."""


@dataclass(frozen=True, slots=True)
class _Edit:
    start: int
    end: int
    text: str
    change: Change | None
    """None for a cut that another change explains (a stock apology replaced by an acknowledgement)."""
    polish: bool = False
    """A stiff word or a piece of jargon swapped for plain words ("as per" → "in line with", "SLA" spelled out), or an
    emoji or "!" taken out for someone grieving: worth doing beside a real fix, not a rewrite on its own."""


def rewrite(analysis: Analysis, customer: str | None = None, variant: int = 0) -> tuple[str, tuple[Change, ...]]:
    """The draft with its findings fixed where that is safe, and one explanation per change."""
    if not analysis.readable or not analysis.findings:
        return analysis.text, ()
    frame = layout(analysis.text)
    body = (frame.body_start, frame.body_end)
    draft = _body_sentences(read(analysis.text), *body)
    situation = situation_of(analysis.text, customer)
    facts = find_facts(draft.original)
    rules = set(analysis.rules)
    edits = _phrase_edits(draft, rules, facts, body, customer)
    edits += _should_have_edits(draft, rules, facts, body, grave=situation.stakes.grave is not None)
    edits += _shouting_edits(draft, rules, facts, body)
    edits += _apology_edits(draft, rules, facts)
    reply = read_reply(draft, situation)  # what the draft does, read once for the cuts that depend on the customer
    # a vulnerable customer's age is not a hard moment: "No problem" still reassures them
    edits += _cheer_edits(draft, rules, facts, body, grave=situation.stakes.grave, settled=reply.reasoned_comfort)
    edits += _lecture_edits(draft, reply, rules, facts, body)
    edits += _sentence_drops(draft, [(s.start, s.end) for s in reply.thanks_for_staying], facts, body, "E406",
                             STAYING_WHY)
    if "E111" in rules and situation.stakes.grave in ("bereavement", "health", "safety"):
        # "Why not sign up for our newsletter?" to someone whose father died yesterday
        edits += _pitch_drops(draft, reply, facts, body)
    edits += _restart_again_edits(draft, reply, facts, body)
    edits += _sentence_drops(draft, [m.span() for m in TO_BE_EXPECTED.finditer(draft.lower)], facts, body, "E402",
                             force=True)
    # "Please be patient and keep checking the tracking link." to someone two weeks into waiting goes whole
    edits += _sentence_drops(draft, [(s.start, s.end) for s in reply.told_to_wait], facts, body, "E402", force=True)
    if "E501" in rules:  # "Probably just the drains" after "if you can smell gas, get everyone out now" unsays it
        edits += _sentence_drops(draft, [m.span() for m in _DOWNPLAYED.finditer(draft.lower)], facts, body, "E501",
                                 _DOWNPLAYED_WHY, force=True)
    mockery = _mockery_edits(draft, reply, rules, facts, body)
    edits += mockery
    # "We appreciate your feedback" may be the only thanks a reply to praise has; praise beside a question ("Great
    # strobe experience. Any chance of a refund?") may be sarcasm read straight
    unthanked = (situation.praise or situation.thanks_back) and not situation.asks and not reply.warm
    canned = _second_apologies_go(draft, rules, edits, _canned_edits(draft, rules, facts, body, keep_thanks=unthanked))
    cuts_apology = any(e.change is None for e in canned) or any(_drops_hedged_apology(e) for e in edits)
    if cuts_apology and not acknowledgement(situation, analysis.text, variant, apologise=True):
        # an apology, even a stock or hedged one, stays unless something better replaces it
        canned = [e for e in canned if e.change is not None]
        edits = [e for e in edits if not _drops_hedged_apology(e)]
    edits = _without_overlaps(edits + canned)
    edits = [e for e in edits if not _orphans_a_reference(draft, e, edits)]
    edits = _without_overlaps(edits + _mends_after_cuts(draft, edits))
    text, changes = _apply(draft.original, edits)
    if not _has_body(text):  # "@tom Hi Tom, ^SC", "Hi, sorry to hear this.": a reply cut to its frame or a stock
        return analysis.text, ()  # line says nothing; the findings say why
    cut_apology = any(e.change is None and e in canned for e in edits)  # not an emoji or "!" that went quietly
    # "Haha, sounds like a rough morning!" was the only nod to their trouble: something plain takes its place
    mocked = any(e in mockery for e in edits)
    # "…urgent care if you are concerned." was the only nod to how they felt: the lecture went, so something plain
    # takes its place
    lost_ack = situation.needs_ack and reply.acknowledges_them \
        and not _still_acknowledges(read_reply(read(text), situation))
    added, added_changes = _add(text, analysis, situation, rules, variant, changes, cut_apology or mocked or lost_ack)
    cut = [draft.original[e.start : e.end] for e in edits if e.change is None and e in canned]
    if cut_apology and (not _acknowledged(added_changes) or _says_no_more(added_changes, cut)):
        # the apology went and nothing, or nothing more specific ("My apologies for the delay" for "Sorry about the
        # delay"), took its place: keep it
        edits = [e for e in edits if not (e.change is None and e in canned)]
        text, changes = _apply(draft.original, edits)
        added, added_changes = _add(text, analysis, situation, rules, variant, changes, mocked or lost_ack)
    if added == text and all(e.polish for e in edits):  # only "as per" → "in line with": the draft as it was
        return analysis.text, ()
    return added, tuple(added_changes)


def _says_no_more(changes: list[Change], cut: list[str]) -> bool:
    """Whether the acknowledgement added names nothing the cut apology didn't: swapping one for the other is churn."""
    added = _added_acknowledgement(changes)
    said = set(re.findall(r"[a-z]+", " ".join(cut).lower()))
    return added is not None and set(re.findall(r"[a-z]+", added.lower())) - said <= _ACK_WORDS


_ACK_WORDS = frozenset("i m sorry so really very about the to hear for that this your you".split())


def _acknowledged(changes: list[Change]) -> bool:
    return _added_acknowledgement(changes) is not None


def _added_acknowledgement(changes: list[Change]) -> str | None:
    """The acknowledgement the rewrite added, from the change that explains it."""
    return next((c.change.removeprefix('Added "').removesuffix('"') for c in changes
                 if c.kind != "to_add" and c.rule in _ACK_RULES and c.change.startswith('Added "')), None)


_ACK_RULES = ("E503", "E104", "E101", "E102", "E406")
"""The findings an added acknowledgement answers, the one it is filed under first."""


def _has_body(text: str) -> bool:
    """Whether anything is left between the greeting and the sign-off besides handles, initials, thread marks, stock
    lines and a bare "Sorry to hear about your injury." (a reply cut down to that answers nothing)."""
    frame = layout(text)
    body = HANDLES_ONLY.sub(" ", TRAILER.sub("", text[frame.body_start : frame.body_end]))
    return bool(re.search(r"\w", _LONE_SORRY.sub(" ", STOCK.sub(" ", body.lower()))))


_LONE_SORRY = rx.compile(r"\b(?:(?:i'?m|we'?re|i am|we are) )?(?:so |very |really )?sorry (?:to hear )?(?:about|for) "
                         r"(?:your|the|this|that) \w+[.!]*")


def _drops_hedged_apology(edit: _Edit) -> bool:
    return edit.text == "" and edit.change is not None and edit.change.why == _NON_APOLOGY_WHY


def _body_sentences(draft: Draft, start: int, end: int) -> Draft:
    """The draft with its sentences cut to the body, so no edit can reach into the greeting or the sign-off."""
    clipped = []
    for sentence in draft.sentences:
        s, e = max(sentence.start, start), min(sentence.end, end)
        if s < e:
            text = draft.original[s:e]
            lead = len(text) - len(text.lstrip())
            clipped.append(Sentence(s + lead, e, text.strip()))
    return replace(draft, sentences=tuple(clipped))


def _add(
    text: str, analysis: Analysis, customer: Customer, rules: set[str], variant: int, changes: list[Change],
    cut_apology: bool,
) -> tuple[str, list[Change]]:
    """The sentences the coach adds: crisis concern or safety first, then an acknowledgement, then one slot."""
    seed = analysis.text
    opening: list[tuple[str, Change]] = []
    if "E502" in rules:
        opening.append((crisis_line(), Change("E502", f'Added "{crisis_line()}" first', _crisis_why(customer))))
    elif "E501" in rules:
        line = safety_line(hazard_of(customer.text.lower()))
        opening.append((line, Change("E501", f'Added "{line}" first', _safety_why(customer))))
    current = read_reply(read(text), customer)  # the draft as edited so far, read once for the checks below
    if (rules & {"E101", "E104", "E503"} or cut_apology) and "E502" not in rules and not _continues(analysis.text) \
            and ("E503" in rules or not _still_acknowledges(current)) and not APOLOGY.search(text) \
            and not _REGRET.search(text) and not _PRAISE_REPLY.search(text) \
            and not _answered_calmly(text, current) and not _already_handling(current) \
            and not _light_hearted(text, customer) and not _opens_with_safety(current.draft) \
            and not _speaks_to_the_dead(current) and not _straight_yes_first(text, current):
        apologise = len(APOLOGY.findall(text)) < 2
        ack = _acknowledgement_unlike_opening(current.draft, customer, seed, variant, apologise, "E204" in rules)
        if ack:
            rule = next((r for r in _ACK_RULES if r in rules), "E101")  # a cut joke was the only acknowledgement
            opening.append((ack, Change(rule, f'Added "{ack}"', _ack_why(customer, rule))))
            text, pleasantry = _without_pleasantry(text)
            if pleasantry:
                changes = [*changes, Change("E107", f'Removed "{pleasantry}"', RULES["E107"].why)]
    if opening:
        added = " ".join(sentence for sentence, _ in opening)
        if rules & {"E501", "E502"}:  # "Get out now and call the emergency line. Thanks for getting in touch." jars
            text = _without_thanks_opener(text)
            text, sorry = _without_bare_sorry(text)  # "…call the emergency services. I'm sorry to hear that." points
            added = f"{sorry} {added}" if sorry else added  # at nothing: it goes first, where "that" is their message
        text = _tidy_blank_lines(_insert_opening(text, added, after_thanks=not rules & {"E501", "E502"},
                                                 signed=_signed_name(customer.text)))
        changes = [change for _, change in opening] + changes
    if "E502" in rules:
        changes.append(Change("E502", "Who on your team's emergency route you're passing this to, now",
                              "Hand this to people trained for it, and tell the customer you're doing it. "
                              "Don't improvise advice.", "to_add"))
    elif rules & {"E303", "E304"}:
        rule = "E303" if "E303" in rules else "E304"
        changes.append(Change(rule, "Right after the no: what you can offer instead",
                              RULES[rule].why + " Offer only what you really can.", "to_add"))
    elif "E301" in rules:
        changes.append(Change("E301", "What you'll do next, and by when", _next_step_why(customer), "to_add"))
    return text, changes


def _opens_with_safety(draft: Draft) -> bool:
    """"If your partner has any swelling, please call 999 now": a draft that opens with what keeps them safe keeps it
    first, and an acknowledgement in front would only delay it."""
    body_start = layout(draft.original).body_start
    first = next((s for s in draft.sentences if s.end > body_start), None)
    return first is not None and bool(_URGENT_STEP.search(draft.original, max(first.start, body_start), first.end))


_URGENT_STEP = rx.compile(r"\b(?:call|ring|dial|phone) (?:999|911|112|000|an ambulance|the emergency|emergency)|"
                          r"\bget (?:everyone )?out\b|\bleave the (?:property|house|home|building|flat)\b",
                          re.IGNORECASE)
"""An instruction that can't wait: call the emergency services, get out."""


def _speaks_to_the_dead(reply: Reply) -> bool:
    """"Dear Frank, I'm so sorry for your loss" to Frank's widow, or condolences before "please ask the account holder
    to call": sorrow added there makes the mistake starker. The finding says what to change."""
    return bool(reply.addressed_to_the_dead or reply.asks_the_dead)


def _light_hearted(text: str, customer: Customer) -> bool:
    """A snag the customer makes light of ("stuck in the wall for 20 mins. I live here now. Send snacks."), or a reply
    that opens laughing along with them ("Ha, unless you're mining bitcoin…"): "I'm sorry you've been stuck in the
    wall…" in front of it answers a joke with a form letter. Not for anyone upset or in a hard moment."""
    if customer.stakes.high:
        return False
    start = layout(text).body_start
    laughing = bool(_LAUGHS_FIRST.match(text, start) or _JOKES_ALONG.match(text, start)
                    or _BACK_TO_SERIOUS.search(text, start, start + 200))
    if customer.intense and not (laughing and customer.makes_light):  # "Asking for a friend. I'm furious. 😤" with
        return False                                                   # "Ha! A betrayal as old as streaming"
    # "I'm worried you've forgotten about me 😂" answered with "Ha – we'd never forget you": their worry is the joke
    return customer.joking or laughing and (not customer.upset or customer.makes_light)


_JOKES_ALONG = rx.compile(r"[^.!?\n]{0,120}[.!?]*[ \t]*[😄😂🤣😆😅😁😜😉]")
""""Don't sell up and buy the farm just yet! 😄": a first sentence that laughs with them."""
_BACK_TO_SERIOUS = rx.compile(r"\b(?:seriously though|(?:all )?jokes? aside|joking aside|in all seriousness|on a "
                              r"serious note)\b", re.IGNORECASE)
""""He's just gone to find himself 🫡 Seriously though, …": what came before it was a joke shared with them."""
_LAUGHS_FIRST = rx.compile(r"\W*(?:ha(?:ha)*|lol|hehe|😂|🤣|😅|😄|😆)(?:\W|$)", re.IGNORECASE)
_PRAISE_REPLY = rx.compile(
    r"\bthank(?:s| you)(?: so much| very much)? for (?:your |the |such )?(?:kind|lovely|wonderful|great|positive|glowing) "
    r"(?:words|feedback|comments?|message|review|note)|\b(?:delighted|glad|happy|thrilled|pleased|love) (?:to hear )?"
    r"(?:that )?you (?:had|enjoyed|loved|liked|love|like|enjoy)\b", re.IGNORECASE)
"""A reply written as if the customer praised us: "sorry you waited" in front of it contradicts it, so nothing is
added; the findings say it misread the message."""
_REGRET = rx.compile(r"\b(?:i|we)(?:'m| am| are|'re)? (?:deeply |sincerely |truly |really )?regret\b|\bregret to hear\b",
                     re.IGNORECASE)
""""We regret the frustration we've caused" already apologises: "I'm sorry about the delay." before it repeats it."""


_POINTS_BACK = rx.compile(r"\s*(?:it|this|that|which|doing so)\b", re.IGNORECASE)
""""…before the payment date. It really does help": the next sentence is still about the thanks."""
_FOR_THE_REPORT = r"letting (?:us|me) know|telling (?:us|me)|reporting|flagging|raising"
"""What a thank-you can be for that hears what they reported, not only that they wrote."""
_THANKS_OPENER = rx.compile(r"(?:and )?(?:thanks|thank you)(?: so much| very much)? for (?:getting in touch|"
                            r"contacting\b|reaching out|" + _FOR_THE_REPORT + r"|"
                            r"your (?:message|email|enquiry|inquiry|correspondence|letter))"
                            r"[^.!?\n]{0,40}[.!]+[ \t]*(?:(?:" + EMOJI_CHAR + r")+[ \t]*)?",
                            re.IGNORECASE)


_BARE_SORRY = rx.compile(r"(?:(?:i'?m|we'?re|i am|we are) )?(?:so |very |really |truly )?sorry (?:to hear )?"
                         r"(?:that|this|about (?:that|this))[.!]+[ \t]*", re.IGNORECASE)


def _without_bare_sorry(text: str) -> tuple[str, str | None]:
    """The body without an opening "I'm sorry to hear that.", and that sentence, capitalised, to go before the
    safety line."""
    frame = layout(text)
    sorry = _BARE_SORRY.match(text, frame.body_start)
    if not sorry or not text[sorry.end() : frame.body_end].strip():
        return text, None
    return text[: frame.body_start] + _capitalise(text[sorry.end() :]), _capitalise(sorry.group(0).strip())


def _without_pleasantry(text: str) -> tuple[str, str | None]:
    """The body without "I hope you're having a wonderful day!" where it opens (after any thank-you), and that
    sentence: beside "sorry to hear you were charged twice" it reads as if nobody had read their message."""
    frame = layout(text)
    opener = _THANKS_OPENER.match(text, frame.body_start)
    start = opener.end() if opener else frame.body_start
    pleasantry = _PLEASANTRY.match(text, start)
    if not pleasantry or not text[pleasantry.end() : frame.body_end].strip():
        return text, None
    return text[:start] + _capitalise(text[pleasantry.end() :]), pleasantry.group(0).strip()


_PLEASANTRY = rx.compile(r"(?:i |we )?hope (?:you(?:'re| are) (?:having an? (?:wonderful|great|lovely|fantastic|good|"
                         r"brilliant|amazing) (?:day|week|weekend|morning|afternoon|evening)|(?:keeping |doing )?well)|"
                         r"this (?:email|message) finds you well)[.!]*[ \t]*(?:(?:" + EMOJI_CHAR + r")+[ \t]*)?",
                         re.IGNORECASE)


def _without_thanks_opener(text: str) -> str:
    """The body without a stock thank-you at its start, which can't follow an emergency instruction. One that
    names the company ("Thanks for contacting Brightwell Energy.") stays: the name is the draft's to keep."""
    frame = layout(text)
    opener = _THANKS_OPENER.match(text, frame.body_start)
    if not opener or not text[opener.end() : frame.body_end].strip() or not opener.group(0)[1:].islower():
        return text
    return text[: frame.body_start] + _capitalise(text[opener.end() :])


def _acknowledgement_unlike_opening(
    draft: Draft, customer: Customer, seed: str, variant: int, apologise: bool, asked_again: bool = False
) -> str | None:
    """An acknowledgement that doesn't open the way the body already does: "Thank you for telling me about this."
    before "Thank you for contacting us." reads as a stutter. ``None`` when every wording would, or when it names
    money the customer is owed, which is the draft's to promise or not."""
    text = draft.original
    body_start = layout(text).body_start
    opening = _opening_words(text[body_start:])
    # "Hi, it's Tomasz from Northfield Energy. Thanks for texting us.": a thank-you just after the introduction
    body = [sentence for sentence in draft.sentences if sentence.start >= body_start]
    thanked = any(_opening_words(sentence.text) == _THANK_YOU for sentence in body[:2])
    for attempt in range(variant, variant + 3):
        ack = acknowledgement(customer, seed, attempt, apologise=apologise, asked_again=asked_again)
        if ack and (who := relies_on(customer)) and who in ack and _named(customer.dependence.thing, text):
            return None  # "Because your mum relies on oxygen, I'll send…": the draft already puts it first
        if ack and (feeling := (customer.feeling or "").lower()) and feeling in ack.lower() \
                and re.search(rf"\b{re.escape(feeling)}\b", text, re.IGNORECASE):
            return None  # "Lots of our members started out nervous": the draft already names how they feel
        if ack is not None and _MONEY_WORD.search(ack):
            return None  # "sorry about the trouble with your refund" can read as the refund being on its way
        if ack is not None and _NOT_ARRIVED.search(ack) and _SAYS_DELIVERED.search(text):
            return None  # "sorry your order never came" over "the rider confirmed it was delivered" argues with itself
        if ack is not None and _CHARGED_TWICE.search(ack) and _ONLY_A_HOLD.search(text):
            return None  # "sorry about the double charge" over "the second £312 is the deposit hold" argues too
        if ack is None or _opening_words(ack) != opening and not (thanked and _opening_words(ack) == _THANK_YOU):
            return ack
    return None


_THANK_YOU = ["thank", "you"]


def _named(thing: str, text: str) -> bool:
    """Whether the draft names the machine or treatment ("oxygen" of "an oxygen concentrator")."""
    word = re.sub(r"^(?:an?|her|his|my|our|a home) ", "", thing.lower()).split()[0]
    return bool(re.search(rf"\b{re.escape(word)}\b", text, re.IGNORECASE))


_NOT_ARRIVED = rx.compile(r"\b(?:not|never|n't) (?:been )?(?:delivered|arrived|came|come|turned up|received)\b|"
                          r"\bmissing\b", re.IGNORECASE)
_SAYS_DELIVERED = rx.compile(r"\b(?:shows?|showing|marked|confirm\w*|records?)\b[^.!?\n]{0,40}\bdelivered\b",
                             re.IGNORECASE)


def _opening_words(text: str) -> list[str]:
    """The first two words, with "Thanks" read as "Thank you": "Thank you for telling me. Thanks for your
    feedback." stutters just as much as two "Thank you"s."""
    words = [w.lower() for w in re.findall(r"[\w']+", text)[:2]]
    return ["thank", "you"] if words[:1] == ["thanks"] else words


_CHARGED_TWICE = rx.compile(r"\b(?:double|duplicate)(?:[- ]charge[ds]?| payments?)\b|\bcharged (?:you )?twice\b",
                            re.IGNORECASE)
_ONLY_A_HOLD = rx.compile(r"\b(?:(?<!on )hold(?! off)|pre-?authori[sz]ation|(?:security )?deposit)\b[^\n]{0,120}?"
                          r"\b(?:released|drop off|"
                          r"disappear|fall off|clear)|\b(?:isn'?t|is not|wasn'?t|was not|not) (?:a |an )?(?:double|"
                          r"duplicate|second) (?:charge|payment)|\bonly (?:been )?charged once\b", re.IGNORECASE)
""""The second £312 is the deposit hold… released automatically", "you've only been charged once": the draft says
there is no double charge, so a sorry for one argues with it."""
_MONEY_WORD = rx.compile("|".join(PROMISES[kind] for kind in (
    "refund", "credit", "discount", "voucher", "compensation", "guarantee", "waiver", "free")), re.IGNORECASE)


def _continues(draft: str) -> bool:
    """A message that picks up from an earlier one ("...and telephone number. 2/2"): nothing goes before it."""
    start = draft.lstrip()
    return bool(start[:1].islower() or re.search(r"\b[2-9]/\d\b|\(\d/\d\)|^\.\.\.|^…", start)
                or re.match(r"(?:which|and|but|or|because|so that)\b", start, re.IGNORECASE))


def _answered_calmly(text: str, reply: Reply) -> bool:
    """A calm question ("it's Friday and I haven't heard: does that mean they're fine?") answered with their own
    details and what happens next: the answer is the acknowledgement, and "sorry you haven't heard" before it
    only adds worry. The finding still asks the agent to consider it."""
    customer = reply.customer
    # "I'm confused… we've been charged again. What's going on?": being puzzled is met by the answer itself
    if customer.upset and not customer.only_confused or customer.stakes.high:
        return False
    body_start = layout(text).body_start
    if _REASSURED.match(text, body_start):  # "No problem Tom, we've let Dr Shah know…"
        return True
    if not customer.asks:
        # "SSO stopped working 20 min ago" – "Thanks for flagging. *SAML response invalid* usually means…": a calm
        # report met with thanks and the fix to try has been heard
        return bool(_THANKS_FOR_FLAGGING.match(text, body_start)) and bool(_CHECK_THIS.search(reply.lower))
    return reply.answers and (reply.specific and (reply.next_step or bool(_TRY_THIS.search(reply.lower)))
                              or bool(_WHEN.search(reply.lower)))


def _straight_yes_first(text: str, reply: Reply) -> bool:
    """A calm question answered "Yes, …" before anything else, where their message has no moment of their own to say
    back: "sorry about the trouble with the card" in front of "Yes, our fraud system paused it" only stands between
    someone at a hotel desk and the answer. "Sorry to hear you've been stuck on the M6" still fits in front."""
    customer = reply.customer
    if customer.upset or customer.stakes.high or not customer.asks:
        return False
    answered_yes = bool(_STRAIGHT_YES.match(text, layout(text).body_start)) and reply.answers
    return answered_yes and not their_moment(customer.text)


def _already_handling(reply: Reply) -> bool:
    """A warm reply that has already acted and says what happens next ("I've enabled email login until 17:00 so
    your team can get in; I'll stay on this thread"), to someone not upset or in a hard moment: the action is the
    acknowledgement, and a "sorry to hear…" echoing their message only slows it down."""
    if reply.customer.upset or reply.customer.stakes.high:
        return False
    if _GOT_YOU.search(reply.lower) and _REBOOKED.search(reply.lower):
        return True  # "I've got you, Karin. You're now confirmed on the 16:40…": reassured, and already rebooked
    if (reply.customer.in_a_hurry or _ON_THE_SPOT.search(reply.customer.text.lower())) and ACTED.search(reply.lower):
        return True  # "card declined, I'm stood at the till" – "I've removed the block now": the fix is the answer
    return reply.warm and reply.next_step and bool(ACTED.search(reply.lower))


_ON_THE_SPOT = rx.compile(r"\b(?:i'?m|i am|we'?re|we are) (?:stood|standing|stuck|sat|sitting|waiting) at "
                          r"(?:the )?(?:till|checkout|counter|pump|barrier|gate|reception|front desk|register)\b")
"""They are at the till or the gate as they write: every word before the fix keeps them standing there."""
_GOT_YOU = rx.compile(r"\b(?:i'?ve got you|i'?ve got this|leave it with me|i'?m on it|you'?re in safe hands)\b")
_REBOOKED = rx.compile(r"\byou(?:'re| are) (?:now )?(?:confirmed|booked|rebooked|re-booked) (?:on|onto|into|for)\b")
_REASSURED = rx.compile(r"\W*(?:no problem|no worries|not at all|of course|not to worry|don'?t worry)\b", re.IGNORECASE)
"""A calm question answered first of all with reassurance ("Running late, will I lose my slot?" – "No problem,
…")."""
_STRAIGHT_YES = rx.compile(r"\W*yes\b[,.!]", re.IGNORECASE)
"""A question answered with "Yes," before anything else: someone at a hotel desk asking whether their card is blocked
needs that first, and a "sorry about the trouble" in front only stands between them and it."""
_THANKS_FOR_FLAGGING = rx.compile(r"[^.!?\n]{0,30}?\b(?:thanks|thank you) for (?:" + _FOR_THE_REPORT
                                  + r"|spotting|the heads[- ]up)\b", re.IGNORECASE)
_CHECK_THIS = rx.compile(r"\bplease (?:check|confirm|try|restart|reset|clear|update|re-?upload|re-?enter)\b")
"""A step for them to take now ("Please check your identity provider settings"): with thanks for the report, the
reply has heard them."""
_TRY_THIS = rx.compile(r"\bplease (?:try (?!again)\w+ing|reset|restart|unplug|switch (?:it|the \w+) off)\b")
"""Something for them to do now ("please try resetting the display"): with the answer, the next step is theirs."""
_WHEN = rx.compile(r"\b\d{1,2}[:.]\d{2}\b|\b\d+ (?:mins?|minutes|hours?|days?)\b|\b(?:is|by|before|until) (?:\w+day )?"
                   r"\d{1,2}(?:st|nd|rd|th)? (?:january|february|march|april|may|june|july|august|september|october|"
                   r"november|december)\b")
"""A time, a duration or a date to meet in the answer ("now expected at 07:58", "about 15 mins late", "the deadline is
Friday 17th November"): a status question answered. "Inspected on 4 July" is history, not an answer."""


def _still_acknowledges(reply: Reply) -> bool:
    return reply.acknowledges_them or reply.acknowledges_in_own_words


def _phrase_edits(
    draft: Draft, rules: set[str], facts: tuple[Span, ...], body: tuple[int, int], customer: str | None
) -> list[_Edit]:
    edits = []
    view = draft.view
    if 0 < body[0] and view[body[0] - 1] in " \t":  # "@kim It's just one class, …": the body starts a line, as a
        view = f"{view[: body[0] - 1]}\n{view[body[0] :]}"  # phrase that must open one looks for
    for rule, pattern, replacement, polish in _COMPILED:
        if rule not in rules:
            continue
        for m in pattern.finditer(view, *body):
            # a match may start on the space before its sentence (", it's just a parcel"): look it up by its words
            words_start = m.start() + len(m.group(0)) - len(m.group(0).lstrip())
            sentence = _sentence_at(draft, words_start)
            if replacement == DROP:  # "it's your responsibility to manage…" can't lose its head and keep its "to…"
                # the space before a sentence's first word belongs to the sentence before it ("…this. You're not…")
                start = words_start if words_start == sentence.start else m.start()
                edit = _drop(draft, sentence, start, m.end(), facts, rule,
                             force=bool(_COMPLEMENT.match(draft.original, m.end())))
            else:
                edit = _replace(draft, sentence, m, _expand(draft, m, replacement), rule)
            if edit and not overlaps_fact(facts, edit.start, edit.end):
                edits.append(replace(edit, polish=polish))
    if "E102" in rules:
        for m in NON_APOLOGY.finditer(draft.lower, *body):
            edits.append(_non_apology(draft, m, facts))
    if "E403" in rules:
        for m in jargon_in(draft.view, customer):
            if body[0] <= m.start() < body[1] and (edit := _jargon_edit(draft, m)):
                edits.append(replace(edit, polish=True))  # "SLA" spelled out is polish, like "as per"
    return [e for e in edits if e is not None]


_MENU_STEP = rx.compile(r"\s*[>›]\s*")


def _jargon_edit(draft: Draft, m: re.Match[str]) -> _Edit | None:
    """The plain words in place of the term, fitted to the words before it: "escalated to the L2 team"… becomes
    "escalated to our specialist team", not "the our…", and "the nightly ERP sync" loses the "our". ``None`` when
    the plain words would echo the words right after them ("our records show no record") or just before them ("the
    in-home display (IHD)"), or the term is a label in a menu path ("Smart Meters > IHD > Guide")."""
    start, words = m.start(), plain(m.group(0))
    near = draft.lower[max(0, start - 40) : start] + " " + draft.lower[m.end() : m.end() + 40]
    if any(word[:5] in near for word in re.findall(r"[a-z]{5,}", words.lower())):
        return None
    if _MENU_STEP.search(draft.original, max(0, start - 3), start) or _MENU_STEP.match(draft.original, m.end()):
        return None
    if words.startswith("our "):
        before = draft.original[:start]
        if determiner := _DETERMINER.search(before):
            start = determiner.start()
            if determiner.group(0)[:1].isupper():
                words = words[:1].upper() + words[1:]
        elif re.search(r"(?:\b(?:the|an?|our|your)\s+[\w-]+|\S*\d\S*)\s+$", before, re.IGNORECASE):
            words = words[len("our "):]  # "the nightly ERP", "the 24h SLA": a word between keeps the determiner
    elif article := _ARTICLE.search(draft.original, 0, start):  # "an SLA" is "a service-level agreement"
        fitted = "an" if words[:1].lower() in "aeiou" else "a"
        if article.group(1).lower() != fitted:
            start, words = article.start(1), f"{fitted} {words}" if article.group(1).islower() else f"{fitted.title()} {words}"
    if _at_sentence_start(draft.original[:start].rstrip(" \t")):
        words = words[:1].upper() + words[1:]
    return _edit(draft, start, m.end(), words, "E403")


_DETERMINER = rx.compile(r"\b(?:the|our|your|an?)\s+$", re.IGNORECASE)
_ARTICLE = rx.compile(r"\b(an?)\s+$", re.IGNORECASE)


def _non_apology(draft: Draft, m: re.Match[str], facts: tuple[Span, ...]) -> _Edit | None:
    """"Sorry you felt upset by the interaction with your rider" → "I'm sorry about the interaction with your rider";
    with nothing after it, the sentence goes (the acknowledgement that replaces it names what happened)."""
    sentence = _sentence_at(draft, m.start())
    tail = draft.original[m.end() : sentence.end]
    joined = re.search(r"\b(?:by|with|about|over|at)\Z", draft.lower[m.start() : m.end()])
    after = re.match(r"\s*" + ("" if joined else r"(?:by|with|about|over|at)\s+") + r"(?P<what>[^.!?\n]{3,80})", tail)
    lead = re.search(r"(?:\b(?:i'?m|we'?re|i am|we are|we|i)\s+)?(?:(?:so|very|really|truly|do|sincerely)\s+)?\Z",
                     draft.lower[sentence.start : m.start()])
    start = sentence.start + lead.start() if lead and lead.group(0) else m.start()
    clause = re.match(r"\s*(?:that\s+)?(?P<what>(?:your|the|our|his|her|their|this|it|you)\b[^.!?\n]{3,120})", tail)
    if clause and not joined and re.search(r"\b(?:feel|felt|think|thought)\Z", draft.lower[m.start() : m.end()]):
        what = clause.group("what")
        if judged := _JUDGEMENT.fullmatch(what):  # "the charge is unfair" is their view: understand it, don't concede
            verb = "feel" if judged.group("verb") in ("are", "were") else "feels"
            understood = f"I can see why {judged.group('thing')} {verb} {judged.group('verdict')}"
            return _Edit(start, m.end() + clause.end(), understood,
                         Change("E102", f'"{draft.original[start : m.end() + clause.end()].strip()}" → '
                                        f'"{understood}"', _NON_APOLOGY_WHY))
        return _Edit(start, m.end() + clause.end(), f"I'm sorry {what}",
                     Change("E102", f'"{draft.original[start : m.end() + clause.end()].strip()}" → "I\'m sorry {what}"',
                            _NON_APOLOGY_WHY))
    if after and (_ABOUT_US.match(after.group("what")) or _NAME_ONLY.fullmatch(after.group("what"))):
        return _drop(draft, sentence, start, m.end() + after.end(), facts, "E102", _NON_APOLOGY_WHY)
    if after:
        what = after.group("what")
        return _Edit(start, m.end() + after.end(), f"I'm sorry about {what}",
                     Change("E102", f'"{draft.original[start : m.end() + after.end()].strip()}" → '
                                    f'"I\'m sorry about {what}"', _NON_APOLOGY_WHY))
    # "…and we're sorry if you felt uncomfortable.": the feeling goes with the sorry, never left behind alone
    feeling = re.match(r"[ \t]*(?:[\w'’-]+[ \t]*){1,3}(?=[.!?;]|\Z)", tail)
    return _drop(draft, sentence, start, m.end() + (feeling.end() if feeling else 0), facts, "E102", _NON_APOLOGY_WHY)


_JUDGEMENT = rx.compile(
    r"(?P<thing>.+?) (?P<verb>is|was|are|were|seems) (?P<verdict>(?:a bit |very |so |really )?" + VERDICT + ")",
    re.IGNORECASE,
)
"""What the customer thinks of something: a view to understand, not a fact to be sorry for."""
_ABOUT_US = rx.compile(r"(?:the )?(?:this|that|it|you)\b|.*\b(?:us|our|we|we'?ve|we have)\b", re.IGNORECASE)
""""Sorry you're unhappy with our policy" has nothing of theirs to be sorry about: the sentence goes instead."""
_NAME_ONLY = rx.compile(r"[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*)*\s*")
""""Sorry you're not happy with StreamBox": being sorry about the service by name is no better than about "our
service"."""
_NON_APOLOGY_WHY = ("Being sorry that someone *feels* upset, rather than for what happened, tells them the problem "
                    "is their reaction.")


def _should_have_edits(
    draft: Draft, rules: set[str], facts: tuple[Span, ...], body: tuple[int, int], *, grave: bool
) -> list[_Edit]:
    """"You should have checked the rates" → "Next time, it's worth checking the rates": the tip without the blame.

    Not for someone in a hard moment ("I run out of my epilepsy meds on Friday"): a tip for next time is still a lecture
    to them, so it goes."""
    if "E401" not in rules:
        return []
    edits = []
    for m in _SHOULD_HAVE.finditer(draft.original, *body):
        sentence = _sentence_at(draft, m.start())
        gerund = _gerund(m.group("verb"))
        rest = re.sub(r"\b(and|or) (\w+ed)\b", lambda g: f"{g.group(1)} {_gerund(g.group(2)) or g.group(2)}",
                      m.group("rest"))
        # "before you travelled" belongs to the past the tip leaves behind: "before travelling"
        rest = re.sub(r"\b(before|after|when|while) you (\w+)\b",
                      lambda g: f"{g.group(1)} {_gerund(g.group(2))}" if _gerund(g.group(2)) else g.group(0), rest)
        rest = re.sub(r",?\s+(?:by now|already)\b", "", rest)  # "…the tracking page by now" is blame for the past
        clause_start = re.search(r"[;:]\s*\Z", draft.original[sentence.start : m.start()])
        # "you should have read your policy documents" has no tip in it, only a lecture: it goes; so does one that
        # stays in the past ("inspected it before the driver left"), which no "next time" can carry
        if gerund and not grave and not _READ_THE_RULES.match(f"{m.group('verb')}{rest}") and not _PAST.search(rest) \
                and (m.start() == _start_after_filler(draft, sentence) or clause_start):
            tip = f"{'next' if clause_start else 'Next'} time, it's worth {gerund}{rest}"
            edits.append(_Edit(m.start(), m.end(), tip,
                               Change("E401", f'"{m.group(0).strip()}" → "{tip.strip()}"', RULES["E401"].why)))
        else:
            # "If you didn't want it left outside, you should have updated the app": the "if" half can't stand alone
            conditional = re.match(r"\W*if\b", draft.lower[sentence.start : m.start()])
            edits.append(_drop(draft, sentence, m.start(), m.end(), facts, "E401", force=bool(conditional)))
    return [e for e in edits if e and not overlaps_fact(facts, e.start, min(e.end, e.start + 1))]


def _mockery_edits(
    draft: Draft, reply: Reply, rules: set[str], facts: tuple[Span, ...], body: tuple[int, int]
) -> list[_Edit]:
    """"Thanks, we thought so too" to a sarcastic "Well done." goes: there is nothing to thank them for. So does a
    joke at the expense of someone something went wrong for ("a *tooth*-ally bad day! 😂")."""
    if "E405" not in rules:
        return []
    edits = []
    for span in reply.thanks_for_sarcasm + reply.laughs_at_trouble:
        laugh = _EMOJI_RUN.match(span.text)
        if body[0] <= span.start < body[1] and laugh and APOLOGY.search(span.text, laugh.end()):
            # "😂 So sorry your fries went AWOL!": the laugh goes, the apology it opened stays
            edits.append(_Edit(span.start, _swallow_space(draft.original, span.start + laugh.end()), "", None))
        elif body[0] <= span.start < body[1]:
            dropped = _drop(draft, _sentence_at(draft, span.start), span.start, span.end, facts, "E405",
                            RULES["E405"].why, force=True)
            edits.append(dropped)
            if dropped:  # the laugh's emoji and its "jk" go with it: "…walls? 😜 jk, type /unstuck"
                laugh = _EMOJI_RUN.match(draft.original, dropped.end)
                after = laugh.end() if laugh else dropped.end
                kidding = _JUST_KIDDING.match(draft.original, after)
                if (end := kidding.end() if kidding else after) > dropped.end:
                    edits.append(_Edit(dropped.end, end, "", None))
    return [e for e in edits if e is not None]


_PAST = rx.compile(r"\b(?:left|went|came|drove|took|gave|brought|rang|ran|was|were|had|did|got|\w{3,}ed)\b",
                   re.IGNORECASE)


def _gerund(participle: str) -> str | None:
    word = participle.lower()
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if word.endswith("ied"):
        return word[:-3] + "ying"
    if word.endswith("eed"):
        return word[:-1] + "ing"
    if word.endswith("ed") and len(word) > 4:
        return word[:-2] + "ing"
    return None


def _start_after_filler(draft: Draft, sentence: Sentence) -> int:
    """Where the sentence's own words start, after openers that add nothing or that another edit removes."""
    lead = _FILLER.match(draft.lower[sentence.start : sentence.end])
    return sentence.start + (lead.end() if lead else 0)


def _lecture_edits(
    draft: Draft, reply: Reply, rules: set[str], facts: tuple[Span, ...], body: tuple[int, int]
) -> list[_Edit]:
    """A lecture goes: its closing clause ("...before contacting us") when the rest of the sentence helps, else all."""
    if "E407" not in rules:
        return []
    edits = []
    # "Before contacting us, customers are expected to review their budget.": a sentence that lectures twice is all
    # lecture, and goes whole unless a fact in it must stay
    starts, last_end = [], -1
    for span in reply.lectures:  # in order; two patterns finding the same words count once
        if body[0] <= span.start < body[1] and span.start >= last_end:
            start = _sentence_at(draft, span.start).start
            lead = _LECTURE_LEAD.match(draft.lower, start)
            # "As outlined in the terms you agreed to at sign-up, relocation will need…": one lead, however many
            # lecture words are in it, and what follows it is what they need to know
            last_end = max(span.end, lead.end()) if lead and span.start < lead.end() else span.end
            starts.append(start)
    twice = {start for start in starts if starts.count(start) > 1}
    gone: set[int] = set()
    for span in reply.lectures:
        start, end = span.start, span.end
        if not body[0] <= start < body[1] or _SECTION_NEXT.match(draft.original, end):
            continue
        sentence = _sentence_at(draft, start)
        if start == sentence.start and not reply.customer.stakes.grave \
                and (tip := _TOOL_TIP.fullmatch(draft.lower, start, end)):
            # "To avoid fees in future, we recommend setting up balance alerts": the alerts help, the hindsight doesn't
            worded = f"It's worth {draft.original[tip.start('tool') : end]}"
            edits.append(_Edit(start, end, worded, Change(
                "E407", f'"{draft.original[start:end]}" → "{worded}"', RULES["E407"].why)))
            continue
        if sentence.start in twice and (whole := _drop(draft, sentence, start, end, facts, "E407", force=True)):
            if sentence.start not in gone:
                edits.append(whole)
                gone.add(sentence.start)
            continue
        if _IN_FUTURE_LEAD.fullmatch(draft.lower, sentence.start, start):  # "To avoid this in future, clients should…"
            edits.append(_drop(draft, sentence, start, end, facts, "E407", force=True))
            continue
        if lead := _LECTURE_LEAD.match(draft.lower, start):  # "Before contacting us, please check…"
            if start == sentence.start:
                # "As stated in our terms, which are signed at booking, small nicks…": the aside goes with its lead
                lead_end = aside.end() if (aside := _LEAD_ASIDE.match(draft.lower, lead.end())) else lead.end()
                if aside and overlaps_fact(facts, aside.start(), aside.end()):
                    continue  # "…which are also in the What's New panel,": where to look stays, and so does the lead
                edits.append(_Edit(lead.start(), lead_end, "", Change(
                    "E407", f'Removed "{draft.original[lead.start() : lead_end].strip(" ,")}"', RULES["E407"].why)))
                continue
        comma = draft.original.rfind(",", sentence.start, start)
        aside = comma >= 0 and not draft.original[comma + 1 : start].strip()
        pointer = _AS_STATED.match(draft.lower, start)
        if (pointer or _AGREED.match(draft.lower, start)) and start > sentence.start \
                and not aside and "," not in draft.original[start : sentence.end] \
                and not overlaps_fact(facts, start, sentence.end) \
                and not (pointer and _WHERE_TO_LOOK.match(draft.lower, pointer.end())):
            # "All bans are final as stated in the EULA you agreed to.", "…set out in our Tariff of Charges which you
            # agreed to when opening your account.": the sentence ends where the pointer began
            cut = start
            while cut > sentence.start and draft.original[cut - 1] in " \t":
                cut -= 1
            edits.append(_aside_cut(draft, sentence, cut, start))
            continue
        if aside and _AGREED.match(draft.lower, start):
            # "…set out in our tariff, which you agreed to when opening the account.": the clause goes, the full
            # stop stays
            edits.append(_aside_cut(draft, sentence, comma, start))
            continue
        if edit := _lecture_after_turn(draft, sentence, start, facts) or _lecture_before_and(draft, sentence, start, end,
                                                                                              facts):
            edits.append(edit)
            continue
        if "clearly" in draft.lower[start:end] and not lead:
            if aside:  # "All returns need proof of purchase, as clearly stated on our website.": the aside goes
                edits.append(_aside_cut(draft, sentence, comma, start))
                continue
            if len(keywords(draft.lower[sentence.start : start])) <= 3:
                # "The size is shown clearly at checkout, so…": the sentence exists to say they should have looked
                edits.append(_drop(draft, sentence, start, end, facts, "E407", force=True))
                continue
        clause = re.search(r",?\s*(?:before (?:contacting|writing|calling|reaching|getting in touch|emailing|"
                           r"messaging|opening)[^,.!?\n]*|first\b|in (?:the )?future\b|next time\b)",
                           draft.lower[start : max(end, sentence.end)])
        # a lecture that opens its sentence ("Please make sure you read the terms next time…") goes whole, unless a
        # fact in it must stay: then only its sting goes
        opens = _OPENS_WITH_PLEASE.fullmatch(draft.lower, sentence.start, start) is not None \
            and not overlaps_fact(facts, sentence.start, sentence.end) and not _WEB_ADDRESS.search(sentence.text)
        # "…we'd recommend checking your bag at the door in future": without "in future" the advice is a reproach
        advice_ahead = clause is not None and _ADVISED.search(draft.lower, start, start + clause.start()) is not None \
            and _AHEAD.fullmatch(clause.group(0)) is not None
        if clause and not opens and not advice_ahead \
                and len(keywords(draft.lower[sentence.start : start + clause.start()])) >= 3:
            cut_start, cut_end = start + clause.start(), start + clause.end()
            edits.append(_Edit(cut_start, cut_end, "", Change(
                "E407", f'Removed "{draft.original[cut_start:cut_end].strip(" ,")}"', RULES["E407"].why)))
        elif _whole_or_clause(draft, sentence, start, end):
            edits.append(_drop(draft, sentence, start, end, facts, "E407", force=True))
    return [_with_agreed_aside(draft, e) for e in edits if e is not None]


_ADVISED = rx.compile(r"\b(?:recommend|suggest|advise|encourage|worth)\b")
_AHEAD = rx.compile(r",?\s*(?:in (?:the )?future|next time)")
_OPENS_WITH_PLEASE = rx.compile(r"(?:(?:please|kindly),?\s+|(?:we|i)(?:'d| would)?\s+)?")
"""What may come before a lecture that still opens its sentence ("We'd recommend reading the terms carefully…")."""
_WEB_ADDRESS = rx.compile(r"https?://|\bwww\.|\b[\w-]+(?:\.[\w-]+)+/")
""""…our security guidance at northbridge.co.uk/security": where to look stays, even when the lecture around it goes."""


def _aside_cut(draft: Draft, sentence: Sentence, comma: int, start: int) -> _Edit:
    """The lecture from the comma before it to the end of its sentence, the full stop staying; or, when it is an aside
    that another comma closes ("…rate, which is clearly displayed at booking, we can't change it."), to that comma."""
    stop = sentence.end - 1 if draft.original[sentence.end - 1] in ".!?" else sentence.end
    closing = draft.original.find(",", start, stop)
    if closing >= 0 and _VERB_AFTER_ASIDE.match(draft.original, closing + 1):
        # "Our policy, which you agreed to when registering, states…": subject and verb join up again
        return _Edit(comma, closing + 1, "", Change(
            "E407", f'Removed "{draft.original[start:closing].strip()}"', RULES["E407"].why))
    stop = closing if closing >= 0 else stop
    return _Edit(comma, stop, "", Change("E407", f'Removed "{draft.original[start:stop].strip()}"', RULES["E407"].why))


_VERB_AFTER_ASIDE = rx.compile(r"\s*(?:states?|says?|is|are|was|were|means?|requires?|applies|apply|sets? out|"
                               r"explains?|confirms?|allows?|covers?|includes?|does|do|has|have|will|can|cannot|"
                               r"can't|must|may|clearly)\b")
"""The verb that an aside between subject and verb was holding apart from its subject."""


_AS_STATED_IN = r"as (?:is )?(?:clearly )?(?:stated|written|listed|explained|mentioned|outlined|set out) (?:in|on) "
"""A pointer to where the rules were written ("as stated in our terms"), as a lecture opens or closes with it."""
_AS_STATED = rx.compile(_AS_STATED_IN + r"|as per (?:the|our|your) ")
""""…as stated in our terms", "…as per the terms you agreed to on sign-up": a pointer that can end its sentence."""
_WHERE_TO_LOOK = rx.compile(r"(?:our|the) (?:[\w-]+ )?(?:website|app|leaflet|help (?:centre|center|pages?)|"
                            r"bin collection page|guide)\b")
""""…contain only accepted materials as stated on our website": where to look it up, which they can use."""
_AGREED_ASIDE = rx.compile(r"[ \t]*(?:which|that) you agreed to\b[^,.!?\n]*,[ \t]*", re.IGNORECASE)


def _with_agreed_aside(draft: Draft, edit: _Edit) -> _Edit:
    """"As stated in our terms, which you agreed to when joining, cancellations…": the aside hangs on the lecture,
    so it goes with it rather than opening the sentence."""
    aside = _AGREED_ASIDE.match(draft.original, edit.end)
    return replace(edit, end=aside.end()) if aside and not edit.text else edit


def _lecture_after_turn(draft: Draft, sentence: Sentence, start: int, facts: tuple[Span, ...]) -> _Edit | None:
    """"We understand you're frustrated, but we'd ask that you don't use capitals…": the turn and all after it go,
    and what stood before it ends the sentence."""
    turn = _TURN_BEFORE.search(draft.lower, sentence.start, start)
    stop = sentence.end - 1 if draft.original[sentence.end - 1] in ".!?" else sentence.end
    if not turn or len(keywords(draft.lower[sentence.start : turn.start()])) < 2 \
            or overlaps_fact(facts, turn.start(), stop):
        return None
    return _Edit(turn.start(), stop, "", Change(
        "E407", f'Removed "{draft.original[turn.end() : stop].strip()}"', RULES["E407"].why))


def _lecture_before_and(
    draft: Draft, sentence: Sentence, start: int, end: int, facts: tuple[Span, ...]
) -> _Edit | None:
    """"Please note it is your responsibility to call after ten days, and our lines are open 2 to 4pm.": the lecture
    goes and the sentence starts at what it was joined to."""
    if not _NOTE_LEAD.fullmatch(draft.lower, sentence.start, start):
        return None
    joint = _AND_THEN.search(draft.original, end, sentence.end)
    if not joint or overlaps_fact(facts, sentence.start, joint.start()):
        return None
    return _Edit(sentence.start, joint.end(), "", Change(
        "E407", f'Removed "{draft.original[sentence.start : joint.start()].strip()}"', RULES["E407"].why))


_SUBJECTLESS_TAIL = rx.compile(r",?\s*(?:and|but|or|so)\s+(?!(?:i|we|you|it|they|he|she|there|this|that|these|those|"
                               r"our|your|the|a|an|my|their|his|her|will|would|can|could|shall|should|may|might|must|"
                               r"have|has|had|are|is|do|did)\b)\w|,?\s*(?:until|unless|till|once)\b")
"""What follows a cut phrase when it has lost its subject ("…and puts pressure on our team", "…until the part
arrives"); "…and will refund you" takes the draft's own "we" back (see the thanks-for-understanding cut)."""
_COMPLEMENT = rx.compile(r"\s+to\s+\w")
_TURN_BEFORE = rx.compile(r",?\s+(?:but|however|and)\s+$")
_NOTE_LEAD = rx.compile(r"(?:please (?:note|be aware|remember)(?: that)?,?\s+)?")
_AND_THEN = rx.compile(r",\s+(?:and|but)\s+(?=(?:our|the|we|you|your|this|there)\b)|;\s+(?=\w)", re.IGNORECASE)
""""…, and our lines are open 2 to 4pm" starts a clause of its own; "your credit file and your ability to borrow" is
one list, and cut at its "and" leaves half of it behind."""
_AGREED = rx.compile(r"(?:which|that) you agreed to\b")
_TOOL_TIP = rx.compile(r"(?:so as |in order )?to (?:avoid|prevent) [\w' ]{1,30}? in (?:the )?future,?\s*(?:we|i) "
                       r"(?:would |'d )?(?:strongly )?(?:recommend|suggest)\s+(?P<tool>(?:setting up|turning on|"
                       r"switching on|enabling|downloading|using|activating|adding|signing up for)\b"
                       r"(?:(?!\b(?:keeping|ensuring|making sure|checking|maintaining)\b).)*)")
"""Hindsight wrapped round a tool worth having ("…we recommend setting up balance alerts in the app"); "keeping your
account in credit" is no tool, only the lecture."""
_IN_FUTURE_LEAD = rx.compile(r"(?:so as |in order )?to (?:avoid|prevent) this(?: happening)?(?: again)?(?: in (?:the )?"
                             r"future)?,?\s*")
_LECTURE_LEAD = rx.compile(r"(?:before (?:contacting|writing to|calling|emailing|messaging) (?:us|support|customer \w+)"
                           r"(?: again)?|" + _AS_STATED_IN + r"(?:our|the|your|that|this|my) [^,.!?\n]{1,60}|as per "
                           r"(?:the|our|your) "
                           r"(?:terms|t&cs?|contract|agreement|policy)[^,.!?\n]{0,25}? (?:(?:that|which) )?you "
                           r"(?:agreed to|accepted|signed)[^,.!?\n]{0,40}),\s*")
_LEAD_ASIDE = rx.compile(r"(?:which|that|who)\b[^,.!?\n]{1,100},\s*")
_SECTION_NEXT = rx.compile(r"[^,.!?\n]{0,60},\s*(?:sections?|clauses?|paragraphs?|parts?|articles?|conditions?|terms?) "
                           r"\d", re.IGNORECASE)
""""As stated in our terms, section 9.2, the renter…": the pointer stays, or the section number is left hanging."""


def _whole_or_clause(draft: Draft, sentence: Sentence, start: int, end: int) -> bool:
    """Whether cutting the lecture leaves a sentence: it is the whole sentence (perhaps after a pointer to the rules,
    "As set out in our terms, members are responsible for…"), or ends where a clause does."""
    after = draft.original[end : sentence.end].lstrip(" \t")
    return not after or after[0] in ",.;!?" or len(keywords(draft.lower[sentence.start : start])) < 2 \
        or bool(_LECTURE_LEAD.fullmatch(draft.lower, sentence.start, start))


def _canned_edits(
    draft: Draft, rules: set[str], facts: tuple[Span, ...], body: tuple[int, int], *, keep_thanks: bool
) -> list[_Edit]:
    """Stock lines go when they stand alone; a specific acknowledgement takes the place of a stock apology, and care
    takes the place of one that misses a hard moment ("sorry to hear you want to leave us" to someone who lost their
    job)."""
    canned = bool(rules & {"E102", "E406"})
    if not canned and "E503" not in rules:
        return []
    edits = []
    sentences = [s for s in draft.sentences if body[0] <= s.start < body[1]]
    # "I'm sorry to hear there was an issue with your order" misses a hard moment as a stock line does
    vague = VAGUE_SORRY.finditer(draft.lower, *body) if "E503" in rules else ()
    for m in [*STOCK.finditer(draft.lower, *body), *vague]:
        if _KEEP.match(m.group(0)):
            continue
        sentence = _sentence_at(draft, m.start())
        # "We understand your frustration and apologise for any inconvenience caused." is stock from end to end
        rest = _stock_rest(draft, sentence, m)
        if len(keywords(rest)) >= 3 or overlaps_fact(facts, sentence.start, sentence.end) or len(sentences) < 2 \
                or _UNFINISHED.search(sentence.text):
            continue
        end = _swallow_space(draft.original, sentence.end)
        stock = draft.lower[m.start() : m.end()]
        if keep_thanks and _APPRECIATES.search(stock):
            continue  # the only thanks a reply to praise has: the finding asks for more, not for none
        if canned and _HOLLOW_BOILERPLATE.search(stock) and not keywords(rest):  # "Your feedback is important to us."
            removed = draft.original[sentence.start : sentence.end].strip()
            rule = "E406" if "E406" in rules else "E102"
            edits.append(_Edit(sentence.start, end, "", Change(rule, f'Removed "{removed}"', RULES[rule].why)))
            continue
        if not (APOLOGY.search(stock) or _STOCK_EMPATHY.search(stock)):
            continue  # "Thanks for reaching out", "let us know if we can help": flagged, but cutting them reads colder
        if _VOCATIVE.match(draft.original, sentence.start):
            continue  # "Erin, I am sorry for your disappointment.": cutting it would take the name they're addressed by
        edits.append(_Edit(sentence.start, end, "", None))
    return edits


def _stock_rest(draft: Draft, sentence: Sentence, stock: re.Match[str]) -> str:
    """What a sentence says besides ``stock`` and any other stock apology or sympathy in it ("We understand your
    frustration and apologise for any inconvenience caused." says nothing else; "Thank you for getting in touch
    and…" does)."""
    lower = draft.lower
    return STOCK.sub(_blank_sorry, lower[sentence.start : stock.start()] + " " * len(stock.group(0))
                     + lower[stock.end() : sentence.end])


def _blank_sorry(m: re.Match[str]) -> str:
    stock = m.group(0)
    return " " if APOLOGY.search(stock) or _STOCK_EMPATHY.search(stock) else stock


def _second_apologies_go(draft: Draft, rules: set[str], edits: list[_Edit], canned: list[_Edit]) -> list[_Edit]:
    """A stock apology beside another apology that stays ("Sorry, the sauna is out of order… Sorry for any
    inconvenience!") goes with nothing in its place: the reply has said sorry once already. Only a sentence that is
    stock from end to end: "We understand your frustration and will feed this back" still says what they'll do."""
    # "We understand how frustrating this can be" is their feeling heard, not a second sorry: it stays
    cuts = [e for e in canned if e.change is None and _all_stock(draft, e)
            and not _HEARD.search(draft.lower, e.start, e.end)]
    gone = [*cuts, *(e for e in edits if not e.text)]
    if not cuts or not any(not any(e.start <= m.start() < e.end for e in gone) for m in APOLOGY.finditer(draft.lower)):
        return canned
    rule = "E102" if "E102" in rules else "E406"
    return [replace(e, change=Change(rule, f'Removed "{draft.original[e.start : e.end].strip()}"', _SAID_SORRY_WHY))
            if e in cuts else e for e in canned]


def _all_stock(draft: Draft, edit: _Edit) -> bool:
    return not keywords(STOCK.sub(" ", draft.lower[edit.start : edit.end])) - _STOCK_TAIL


_STOCK_TAIL = keywords("caused")
_HEARD = rx.compile(r"\bunderstand (?:how|your|that|why)\b")


_SAID_SORRY_WHY = "The reply already says sorry; a second, stock apology only makes it sound scripted."


_VOCATIVE = rx.compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+)?,\s+(?=[A-Za-z])")
_UNFINISHED = rx.compile(r"\b(?:the|a|an|for|to|of|and|or|our|your|any|this|with|in|on)\s*\Z", re.IGNORECASE)
""""Please accept our apologies for the 1/2" runs on into the next message: cutting it would cut what follows."""


_HOLLOW_BOILERPLATE = rx.compile(
    r"\byour (?:feedback|call|business|custom|satisfaction|opinion|comments) (?:is|are) (?:very |extremely )?"
    r"(?:important|valuable|valued)|\bwe (?:truly |really )?(?:value|appreciate) your (?:feedback|business|loyalty|"
    r"custom|comments|input)\b"
)
"""Stock lines that thank or reassure nobody in particular: a lead cuts them, where "thanks for reaching out" may stay."""


_APPRECIATES = rx.compile(r"\b(?:appreciate|value|thank)")


_KEEP = rx.compile(r"(?:we(?:'re| are)|i(?:'m| am)) (?:very |so |truly )?sorry (?:to hear|for|about) (?:that|this)\b"
                   r"(?! (?:your|you|the|our|there|it|we|a|an|his|her|their)\b)")
""""Sorry about that" points back at what they said: flagged as stock, but a lead would leave it. In "sorry to hear
that your order did not meet your expectations" the "that" points at nothing."""


def _cheer_edits(
    draft: Draft, rules: set[str], facts: tuple[Span, ...], body: tuple[int, int], *, grave: str | None,
    settled: tuple[Span, ...],
) -> list[_Edit]:
    """To someone upset: no "Great news!", no "Have a great day!", no sales pitch. To someone grieving or in danger,
    no emoji and no exclamation marks either; to someone angry about a parcel they are the agent's voice.

    ``grave`` names the grave situation, if any ("bereavement", "health"…); ``settled`` is the comfort that comes with
    its reason (``Reply.reasoned_comfort``), which stays."""
    if "E107" not in rules:
        return []
    edits = []
    for m in _CHEERY_OPENER.finditer(draft.original, *body):
        if not _OPENS_HERE.search(draft.original[body[0] : m.start()]):
            continue  # "…still pending, which is good news.": cutting it out of its sentence breaks the sentence
        if grave != "bereavement" and "news" in m.group(0).lower() \
                and _REAL_NEWS.search(draft.lower, m.end(), _sentence_at(draft, m.end()).end):
            continue  # "Good news first: your bag was found…" to someone worried: the news is the care
        if grave or not _NO_PROBLEM.search(m.group(0)):  # "No problem" reassures someone who is only upset
            edits.append(_Edit(m.start(), m.end(), "", Change("E107", f'Removed "{m.group(0).strip()}"', RULES["E107"].why)))
    for m in COMFORT.finditer(draft.lower, *body):  # "No news is usually good news!" to someone frightened
        if any(span.start == m.start() for span in settled):
            continue  # "…you've paid enough tax and there's nothing to worry about": the reason is the comfort
        edits.append(_drop(draft, _sentence_at(draft, m.start()), m.start(), m.end(), facts, "E107"))
    for sentence in draft.sentences:
        # "Have a great day!", and "Congratulations on your pregnancy!" to someone who has lost the baby
        if body[0] <= sentence.start < body[1] and (_CHEERY_CLOSER.fullmatch(sentence.text.strip(" .!"))
                                                   or _CONGRATULATIONS.match(sentence.text)):
            dropped = _drop(draft, sentence, sentence.start, sentence.end, facts, "E107", force=True)
            edits.append(dropped)
            after = max(sentence.end, dropped.end) if dropped else sentence.end
            if dropped and not grave and (tail := _EMOJI_TAIL.match(draft.original, after)):  # "Have a great day! 😊"
                edits.append(_Edit(after, tail.end(), "", None))
        elif body[0] <= sentence.start < body[1] and (closer := _CLOSER_AFTER_EMOJI.search(sentence.text)):
            # "…at skyvale.com/disruption 😊 Have a lovely day!": the emoji stood for a full stop, so the closer
            # shares the link's sentence; it goes from the emoji on, with any emoji that ends the line
            start, end = sentence.start + closer.start(), sentence.end
            if tail := _EMOJI_TAIL.match(draft.original, end):
                end = tail.end()
            stop = "." if draft.original[start - 1 : start].isalnum() else ""
            edits.append(_Edit(start, end, stop, Change("E107", f'Removed "{closer.group(1).strip()}"', RULES["E107"].why)))
    # to someone angry an emoji is the agent's voice, but a party popper still celebrates their trouble
    for m in (_EMOJI if grave else _CELEBRATION).finditer(draft.original, *body):
        if any(e is not None and e.start <= m.start() and m.end() <= e.end for e in edits):
            continue  # it goes with the closer it ended
        # "Thanks for getting in touch 😊 I can log it": the emoji was the full stop
        ends_sentence = re.match(r"\s+[A-Z]", draft.original[m.end() :]) and draft.original[: m.start()][-1:].isalnum()
        # "Great news! 🎉": the cut before it took the space before the emoji, so the emoji takes the one after it
        cuts = [e.end for e in edits if e is not None and e.start <= m.start() <= e.end]
        end = _swallow_space(draft.original, m.end()) if cuts else m.end()
        # a party popper celebrating someone's trouble is a fix in itself; any emoji to someone grieving is polish
        party = None if grave else Change("E107", f'Removed "{m.group(0).strip()}"', RULES["E107"].why)
        start = max([m.start(), *cuts])
        if start == m.start() and not draft.original[m.end() : m.end() + 1].isspace() and m.end() < len(draft.original):
            # "day!! 🎉🎓": the space stays before the 🎓
            start += len(m.group(0)) - len(m.group(0).lstrip(" \t"))
        if party and start == body[0]:  # "Hey Mark! 🎉 Sounds like…": the space after it goes with it
            end = _swallow_space(draft.original, end)
        edits.append(_Edit(start, end, "." if ends_sentence else "", party, polish=bool(grave)))
    edits += _pitch_edits(draft, facts, body)
    for m in re.finditer(r"!", draft.original[body[0] : body[1]]) if grave else ():  # alone, leads call it no change
        edits.append(_Edit(body[0] + m.start(), body[0] + m.end(), ".", None, polish=True))
    return [e for e in edits if e is not None]


_CELEBRATION = rx.compile(r"[ \t]*[🎉🥳🎊🍾]+")


def _sentence_drops(
    draft: Draft, spans: list[tuple[int, int]], facts: tuple[Span, ...], body: tuple[int, int], rule: str,
    why: str | None = None, *, force: bool = False,
) -> list[_Edit]:
    """Each phrase in the body goes with the sentence it makes up (see ``_drop``): "Thank you for your continued
    support." to someone who asked to stop; with ``force``, the whole sentence whatever else it says ("We are a city
    centre hotel and some noise is to be expected": what is left only builds up to telling them to put up with it)."""
    edits = (_drop(draft, _sentence_at(draft, start), start, end, facts, rule, why, force=force)
             for start, end in spans if body[0] <= start < body[1])
    return [e for e in edits if e is not None]


def _pitch_drops(draft: Draft, reply: Reply, facts: tuple[Span, ...], body: tuple[int, int]) -> list[_Edit]:
    """A sales pitch goes with the rest of its paragraph ("Did you know our physio classes help recovery? Book 6
    classes for the price of 5!"), or, where a sentence of it holds a fact, stays whole: half a pitch reads worse."""
    edits: dict[int, _Edit] = {}
    for span in reply.upsell:
        if not body[0] <= span.start < body[1]:
            continue
        first = _sentence_at(draft, span.start)
        paragraph_end = draft.original.find("\n\n", span.start)
        end = body[1] if paragraph_end < 0 else min(paragraph_end, body[1])
        pitch = [s for s in draft.sentences if first.start <= s.start and s.end <= end]
        drops = [_drop(draft, s, s.start, s.end, facts, "E111", force=True) for s in pitch]
        if all(drops):
            edits.update({s.start: drop for s, drop in zip(pitch, drops) if drop})
    return list(edits.values())


def _restart_again_edits(draft: Draft, reply: Reply, facts: tuple[Span, ...], body: tuple[int, int]) -> list[_Edit]:
    """"Have you tried restarting your router?" to someone who says they've restarted it goes, with the steps for
    doing it that follow; "If that doesn't work, " before the next request goes too, since "that" has gone."""
    edits: list[_Edit] = []
    sentences = [s for s in draft.sentences if body[0] <= s.start < body[1]]
    for span in reply.repeats:
        n = next((i for i, s in enumerate(sentences) if s.start == span.start), None)
        if n is None or not _RESTART_ASK.fullmatch(sentences[n].text) or any(e.start <= span.start < e.end
                                                                              for e in edits):
            continue
        gone = [sentences[n]]
        for following in sentences[n + 1 :]:
            if "\n" in draft.original[gone[-1].end : following.start] or not _RESTART_STEP.match(following.text):
                break
            gone.append(following)
        if any(overlaps_fact(facts, s.start, s.end) for s in gone):
            continue
        removed = " ".join(s.text for s in gone)
        edits.append(_Edit(gone[0].start, _swallow_space(draft.original, gone[-1].end), "",
                           Change("E204", f'Removed "{removed}"', RULES["E204"].why)))
        after = sentences[n + len(gone)] if n + len(gone) < len(sentences) else None
        if after and (lead := _IF_THAT_FAILS.match(after.text)):
            edits.append(_Edit(after.start, after.start + lead.end(), "", None))
    return edits


_RESTART_ASK = rx.compile(r"(?i)(?:have you tried|did you try|could you try|can you try|please(?: try)?)\s+"
                          r"(?:restarting|rebooting|power[- ]?cycling|turning|switching|restart|reboot|power[- ]?cycle|"
                          r"turn|switch)\b"
                          r"[^.!?\n]*[.?!]?(?:\s*\W{1,3})?")
"""A sentence that is only the request to restart it again."""
_RESTART_STEP = rx.compile(r"(?i)(?:please )?(?:also )?(?:switch|turn|wait|unplug|power|leave|hold)\b[^.!?\n]*\b(?:off|"
                           r"back on|on again|back up|at the wall|seconds)\b")
"""How to do the restart they've already done ("Please switch it off at the wall for 30 seconds…")."""
_IF_THAT_FAILS = rx.compile(r"(?i)(?:[^\w\s]{1,3}\s*)?if (?:that|this|it) (?:doesn'?t|does not|didn'?t|won'?t) "
                            r"(?:work|help|fix it|solve it|sort it)\b,?\s*")


def _pitch_edits(draft: Draft, facts: tuple[Span, ...], body: tuple[int, int]) -> list[_Edit]:
    """A sales pitch goes whole: the sentence that opens it and the rest of its paragraph. If any of it holds a
    fact that must stay, none of it goes, rather than leave "Book 5 sessions for the price of 4." on its own."""
    sentences = [s for s in draft.sentences if body[0] <= s.start < body[1]]
    edits: list[_Edit] = []
    for n, sentence in enumerate(sentences):
        if not (plug := _UPSELL.search(sentence.text)) or any(e.start <= sentence.start < e.end for e in edits):
            continue
        pitch = [sentence]
        for following in sentences[n + 1 :]:
            if "\n" in draft.original[pitch[-1].end : following.start]:
                break
            pitch.append(following)
        # "Book at northway.com and don't forget to add a bag!": where to book stays, the plug after "and" goes
        joint = _PLUG_JOINT.search(sentence.text, 0, plug.start())
        start = sentence.start + joint.start() if joint and len(sentence.text[: joint.start()].split()) >= 2 \
            else pitch[0].start
        if overlaps_fact(facts, start, pitch[-1].end):
            continue
        end = pitch[-1].end if start > sentence.start else _swallow_space(draft.original, pitch[-1].end)
        removed = draft.original[start : pitch[-1].end].strip(" ,")
        edits.append(_Edit(start, end, "." if start > sentence.start else "",
                           Change("E107", f'Removed "{removed}"', RULES["E107"].why)))
    return edits


_PLUG_JOINT = rx.compile(r",? and (?=[^,;]*$)", re.IGNORECASE)
"""The "and" that joins a plug to the end of a sentence that does something else."""


def _expand(draft: Draft, m: re.Match[str], replacement: str) -> str:
    if "\\1" not in replacement:
        return replacement
    group = draft.original[m.start(1) : m.end(1)] if m.group(1) else ""
    return replacement.replace("\\1", group)


def _drop(
    draft: Draft, sentence: Sentence, start: int, end: int, facts: tuple[Span, ...], rule: str,
    why: str | None = None, *, force: bool = False,
) -> _Edit | None:
    """Remove the sentence when the phrase is all it says (or ``force``); otherwise remove just the phrase."""
    rest = draft.lower[sentence.start : start] + " " + draft.lower[end : sentence.end]
    # "Calling repeatedly does not speed up the process and puts pressure on our team": what follows has no subject
    # once the phrase goes, and says more of the same
    says_nothing_else = force or len(keywords(rest)) < 2 or (
        start == sentence.start and bool(_SUBJECTLESS_TAIL.match(draft.lower, end)))
    if says_nothing_else and not overlaps_fact(facts, sentence.start, sentence.end):
        cut_end = _swallow_space(draft.original, sentence.end)
        removed = draft.original[sentence.start : sentence.end].strip()
        return _Edit(sentence.start, cut_end, "", Change(rule, f'Removed "{removed}"', why or RULES[rule].why))
    if says_nothing_else or overlaps_fact(facts, start, end):
        return None  # "I'm sorry you feel that way, Jesse." can't lose its phrase and leave "Jesse." behind
    removed = draft.original[start:end].strip(" ,")
    if not draft.original[end : sentence.end].strip(" \t.!?;"):  # the phrase ended the sentence
        before = draft.original[sentence.start : start]
        if _SUBORDINATE_OPENING.match(before) and before.count(",") <= 1:
            # "As no damage was recorded on your report, [you should have raised this]": only the "as" clause is left
            return _drop(draft, sentence, start, end, facts, rule, why, force=True)
        if joint := _DANGLING_JOINT.search(before):  # "…from your phone, so [you should have hung up]."
            start = sentence.start + joint.start()
        elif _DANGLING_WORD.search(before):  # "…but it's worth remembering that [it's just a game]."; "…and bed
            # bugs are [often brought in by guests]."
            clause = list(_CLAUSE_JOINT.finditer(before))
            if not clause:
                return _drop(draft, sentence, start, end, facts, rule, why, force=True)
            start = sentence.start + clause[-1].start()
    elif _DANGLING_WORD.search(draft.original, sentence.start, start):
        return None  # "Most drops are [caused by customer-side kit], so reboot…" can't lose its middle
    elif start == sentence.start and _CLAUSE_LEFT.match(draft.original, end):
        return None  # "[We appreciate your understanding] while we work to resolve this." leaves no sentence
    elif joint := _AND_NEXT.match(draft.original, end):
        # the phrase was the first half of "… and …": the cut takes the "and", and the half left keeps a subject.
        # "We [thank you for your understanding and] hope…", "[Thank you for your understanding and] we will ship it",
        # "[We appreciate your understanding, and] will ship it" keeps its "We"
        opens = not draft.original[sentence.start : start].strip()
        verb = _VERB_NEXT.match(draft.original, joint.end())
        if opens and verb:
            subject = _SUBJECT.match(draft.original, start)
            if not subject:
                return None
            return _Edit(start, joint.end(), subject.group(0), Change(rule, f'Removed "{removed}"', why or RULES[rule].why))
        if opens or verb:
            return _Edit(start, joint.end(), "", Change(rule, f'Removed "{removed}"', why or RULES[rule].why))
    return _Edit(start, _swallow_punctuation(draft.original, end), "",
                 Change(rule, f'Removed "{removed}"', why or RULES[rule].why))


_AND_NEXT = rx.compile(r",?\s+and\s+(?=(?:we|i|our|the|this|it|your|you|will|would|can|hope|look|are|am|have|do)\b)",
                       re.IGNORECASE)
_VERB_NEXT = rx.compile(r"(?:will|would|can|hope|look|are|am|have|do)\b", re.IGNORECASE)
_SUBJECT = rx.compile(r"(?:we|i) ", re.IGNORECASE)


_CLAUSE_LEFT = rx.compile(r"\s*(?:while|whilst|until|till|as|once|when|whenever)\b", re.IGNORECASE)
_SUBORDINATE_OPENING = rx.compile(r"\s*(?:as|because|since|although|though|whereas|given that|unless)\b", re.IGNORECASE)
_DANGLING_JOINT = rx.compile(r"(?:,\s*|\s+)(?:so|and|but|because|as|since|then|which)\s*\Z", re.IGNORECASE)
_DANGLING_WORD = rx.compile(r"\b(?:that|are|is|was|were|be|been|get|gets|got)\s*\Z", re.IGNORECASE)
_CLAUSE_JOINT = rx.compile(r",\s*|\s+(?:but|and|so)\s+", re.IGNORECASE)
"""What a cut at the end of a sentence must take with it, so the sentence doesn't end on "so" or "that"."""


def _replace(draft: Draft, sentence: Sentence, m: re.Match[str], replacement: str, rule: str) -> _Edit:
    start, end = m.start(), m.end()
    original = draft.original[start:end]
    if not replacement:
        end = _swallow_punctuation(draft.original, end)
        words = start + len(original) - len(original.lstrip())
        if words == sentence.start:  # "…windows. As mentioned at check-in, tenants…": the space between sentences stays
            start = words
    elif start == sentence.start and not draft.original[:start].rstrip(" \t").endswith(",") \
            or original[:1].isupper() and not re.match(r"I\b", original):  # "…caused, I'm sure you can" → "you can"
        replacement = replacement[:1].upper() + replacement[1:]  # not after "Hi Hannah,"
    return _edit(draft, start, end, replacement, rule)


def _edit(draft: Draft, start: int, end: int, replacement: str, rule: str) -> _Edit:
    original = draft.original[start:end].strip()
    if replacement:
        description = f'"{original}" → "{replacement.strip()}"'
    else:
        description = f'Removed "{original.strip(" ,")}"'
    return _Edit(start, end, replacement, Change(rule, description, RULES[rule].why))


def _shouting_edits(draft: Draft, rules: set[str], facts: tuple[Span, ...], body: tuple[int, int]) -> list[_Edit]:
    """Capitals and "!!!" calmed in the body; an address in capitals in the sign-off ("Freepost SVR CUSTOMER RELATIONS")
    is how addresses are written."""
    if "E404" not in rules:
        return []
    edits = []
    for m in PATTERNS["E404"].finditer(draft.view, *body):
        token = m.group(0)
        if token[0] in "!?":
            edits.append(_calm_punctuation(draft, m))
        elif len(token.split()) >= 3:
            lowered = token.lower()
            if _sentence_at(draft, m.start()).start == m.start():
                lowered = lowered[:1].upper() + lowered[1:]
            if not overlaps_fact(facts, m.start(), m.end()):
                edits.append(_edit(draft, m.start(), m.end(), lowered, "E404"))
    return edits


def _calm_punctuation(draft: Draft, m: re.Match[str]) -> _Edit:
    """"!!!" ends a sentence with a full stop ("?" if it asked); with no sentence before it, it just goes."""
    before = _last_mark(draft.view, m.start())
    if before and before not in ".!?\n":
        return _edit(draft, m.start(), m.end(), "?" if "?" in m.group(0) else ".", "E404")
    return _edit(draft, m.start(), _swallow_space(draft.original, m.end()), "", "E404")


def _apology_edits(draft: Draft, rules: set[str], facts: tuple[Span, ...]) -> list[_Edit]:
    """Keep the apology that names the most of what happened; drop the sentences that only apologise again.

    "I'm so sorry. … We apologise for any inconvenience. I'm sorry again that you were unable to travel." keeps
    the last, without its "again", since the ones before it are gone.
    """
    if "E105" not in rules:
        return []
    sentences: list[Sentence] = []
    for m in APOLOGY.finditer(draft.view):
        sentence = _sentence_at(draft, m.start())
        if sentence.text and sentence not in sentences:
            sentences.append(sentence)
    if len(sentences) < 2:
        return []
    kept = max(sentences, key=lambda sentence: _says_besides_sorry(draft, sentence))  # the first of equals
    edits = []
    for sentence in sentences:
        if sentence is kept or _says_besides_sorry(draft, sentence) >= 2 \
                or overlaps_fact(facts, sentence.start, sentence.end):
            continue
        end = _swallow_space(draft.original, sentence.end)
        edits.append(_Edit(sentence.start, end, "", Change("E105", f'Removed "{sentence.text}"', RULES["E105"].why)))
    again = _SORRY_AGAIN.search(draft.lower, kept.start, kept.end)
    if again and any(e.start < kept.start for e in edits):
        edits.append(_Edit(again.start(1), again.end(1), "", None))
    return edits


def _says_besides_sorry(draft: Draft, sentence: Sentence) -> int:
    """How many of the sentence's content words are about something other than being sorry."""
    rest = APOLOGY.sub(" ", draft.lower[sentence.start : sentence.end])
    return len(keywords(rest) - _SORRY_WORDS)


_SORRY_WORDS = keywords("sorry apology apologies apologise apologize sincere sincerely really truly deeply accept "
                        "please inconvenience disappointment happened caused again regret frustration trouble")
_SORRY_AGAIN = rx.compile(r"\bsorry( again)\b")


def _orphans_a_reference(draft: Draft, edit: _Edit, edits: list[_Edit]) -> bool:
    """A cut that takes away what a later sentence points back to ("…it is clearly stated on the consent form…" before
    "You signed this form."): the cut would leave "this form" pointing at nothing, so it is not made. A pointer that
    another cut takes away too ("As stated in that letter,") leaves nothing behind."""
    if edit.text or edit.change is None:
        return False
    nouns = set(re.findall(r"[a-z]{4,}", draft.lower[edit.start : edit.end])) - _NOT_POINTED_AT
    cuts = [(e.start, e.end) for e in edits if not e.text]
    following = _sentence_at(draft, _swallow_space(draft.original, edit.end))
    if following.start >= edit.end and (_BARE_REFERENCE.search(draft.lower, following.start, following.end)
                                        or _THIS_OPENS.match(draft.lower, following.start)) \
            and not any(start <= following.start < end for start, end in cuts):
        return True  # "…set up parental controls." before "Guides for doing this are online.": "this" is the cut
    if any(pointer.group(1) in nouns or pointer.group(1).removesuffix("s") in nouns
           for pointer in _POINTER.finditer(draft.lower, edit.end)
           if not any(start <= pointer.start() < end for start, end in cuts)):
        return True
    # "…report any damage on the checkout form." before "As no damage was noted on the form, …": "the form" is the
    # one the cut named, when nothing before it did
    before = draft.lower[: edit.start]
    return any(the.group(1) in nouns and not re.search(rf"\b{the.group(1)}", before)
               for the in _THE_PAPER.finditer(draft.lower, edit.end, following.end)
               if not any(start <= the.start() < end for start, end in cuts))


_POINTER = rx.compile(r"\b(?:this|that|these|those|the same) ([a-z]{4,})\b")
"""Words that point back to something said before: "this form", "that letter"."""
_THE_PAPER = rx.compile(r"\bthe (form|report|document|sheet|checklist|leaflet|notice|guide|booklet|card)\b"
                        r"(?! (?:you|we|i|that|which)\b)")
"""Papers a cut lecture may have named ("report it on the checkout form"), that a later bare "the form" then points
to; "the report you signed" says which one itself."""
_BARE_REFERENCE = rx.compile(r"\b(?:doing|do|done|does|did|setting up|set up|switching on|switch on|turning on|"
                             r"turn on|enabling|enable)\s+(?:this|that)\b(?!\s+[a-z]{4,})|"
                             r"\bsuch (?:items|things|goods|belongings)\b")
"""A bare "this" standing for the whole of what was said before ("Guides for doing this are on our website"), or
"such items" for the things a cut sentence listed."""
_THIS_OPENS = rx.compile(r"(?:(?:as|since|because|and|but|so),? )?(?:this|that) (?:was|wasn'?t|is|isn'?t|has|hasn'?t|"
                         r"had|did|didn'?t|means|meant|will|would|can|could)\b|(?:failure|failing) to do so\b|"
                         r"not doing so\b")
""""As this was not done, the charge stands", "Failure to do so may affect your claim": a sentence that opens on a
bare "this" or "do so" leans on the one before it."""
_NOT_POINTED_AT = frozenset("this that these those with from your have will been they them their what when which".split())


def _mends_after_cuts(draft: Draft, edits: list[_Edit]) -> list[_Edit]:
    """"We also recommend…", "Please also check…" or "…a confirmation screen for this reason." right after a
    sentence that was cut has nothing to point back to: the word goes quietly, as does a "therefore" whose reason
    went. "Please make sure it is not near a microwave" after a cut "Have you tried restarting the router?" names
    the router instead."""
    out = []
    for edit in edits:
        if edit.text or not any(s.start == edit.start for s in draft.sentences):
            continue
        if m := _ALSO_NEXT.match(draft.original, edit.end):
            out.append(_Edit(m.start(1), m.end(), "", None))
        nxt = _sentence_at(draft, _swallow_space(draft.original, edit.end))
        if m := _FOR_THIS_REASON.search(draft.original, nxt.start, nxt.end):  # "…confirmation screen for this reason."
            out.append(_Edit(m.start(), m.end(), "", None))
        if m := _THEREFORE.search(draft.original, nxt.start, nxt.end):  # "The charge therefore stands."
            out.append(_Edit(m.start(), m.end(), "", None))
        things = _YOUR_THING.findall(draft.lower, edit.start, edit.end)
        if things and (it := _IT_NEXT.match(draft.lower, nxt.start)):
            out.append(_Edit(it.start(1), it.end(1), f"your {things[-1]}", None))
    return out


_ALSO_NEXT = rx.compile(r"[ \t]*(?:(?:we|i|you)(?:'d| would| can| could| will| may)?|please)( also) ", re.IGNORECASE)
_YOUR_THING = rx.compile(r"\b(?:your|the) ([a-z]{3,})\b(?! (?:of|for|to|with|in|on)\b)")
_IT_NEXT = rx.compile(r"(?:please )?(?:also )?(?:make sure|check(?: that)?|ensure|keep|move|place|put|plug|leave) "
                      r"(it)\b(?!'s)")
""""Please make sure it is not placed near a microwave": "it" is the thing the sentence before named."""
_FOR_THIS_REASON = rx.compile(r",? (?:for (?:this|that) reason|because of this)(?=[.!?])", re.IGNORECASE)
_THEREFORE = rx.compile(r",? (?:therefore|thus|hence|consequently|as a result)\b,?(?= )", re.IGNORECASE)
""""The charge therefore stands." after the reason was cut as blame: there is nothing left for it to follow from."""


def _without_overlaps(edits: list[_Edit]) -> list[_Edit]:
    """Keep the earliest, widest edit where two would touch the same characters."""
    kept: list[_Edit] = []
    for edit in sorted(edits, key=lambda e: (e.start, -(e.end - e.start))):
        if kept and edit.start < kept[-1].end:
            continue
        kept.append(edit)
    return kept


def _apply(original: str, edits: list[_Edit]) -> tuple[str, list[Change]]:
    """Make the edits, mending only the seams they leave; text no edit touched stays as typed."""
    if not edits:
        return original, []
    text, cut, lift = original[: edits[0].start], edits[0].start, False
    for edit in edits:
        text, lift = _glue(text, original[cut : edit.start], lift, original)
        lift = lift or (not edit.text and _at_sentence_start(text))
        text, lift = _glue(text, edit.text, lift, original)
        cut = edit.end
    text, _ = _glue(text, original[cut:], lift, original)
    changes = []
    for edit in edits:
        if edit.change and edit.change not in changes:
            changes.append(edit.change)
    return _tidy_blank_lines(text.strip()), changes


def _tidy_blank_lines(text: str) -> str:
    """A paragraph the edits emptied leaves no gap of three blank lines behind, and a cut at a line's end no
    trailing space."""
    return re.sub(r"\n[ \t]*\n(?:[ \t]*\n)+", "\n\n", re.sub(r"[ \t]+\n", "\n", text))


def _glue(text: str, piece: str, lift: bool, original: str) -> tuple[str, bool]:
    """Append a piece, capitalising it if a removal left it starting a sentence, and lowering "Your" that a removal
    left straight after "Hello, " (or any word that isn't a name: "Hi, penalty fares…")."""
    if _AFTER_GREETING.search(text) and (common := _common_word(piece, original)):
        piece = piece[: common.start(1)] + common.group(1).lower() + piece[common.end(1) :]
        lift = False
    if lift and piece.strip():
        start = len(piece) - len(piece.lstrip())
        piece = piece[:start] + _capitalise(piece[start:])
        lift = False
    return _join(text, piece), lift


def _join(left: str, right: str) -> str:
    """Glue two pieces of a rewrite without a seam: no double space, " ,", ",.", or "SureI'll"."""
    if not right:
        return left
    if not left or left.isspace():
        return left + right.lstrip(" \t,;")
    if left[-1] in " \t" and right[0] in " \t":
        right = right.lstrip(" \t")
        if not right:
            return left
    if left[-1] in " \t" and right[0] in ",.!?;:":
        left = left.rstrip(" \t")
    if left[-1:] == "," and right[0] in ".!?":
        left = left[:-1]
    if left[-1:] in ".!?" and right[:1] in ".!?":
        right = right[1:]
    if left[-1:].isalnum() and right[0].isalnum():
        left += " "
    return left + right


_GREETING_EMOJI = rx.compile(r"[\U0001F44B\U0001F60A\U0001F642\U0001F600\U0001F603\u263A]\uFE0F?\s*")
_INTERJECTION = rx.compile(r"(?:ok(?:ay)?|sure|right|noted|understood|yes|no problem|of course)[.!]\s*", re.IGNORECASE)
"""A word that answers them on its own ("Ok. Please note…"); "Yes, we do servicing" is one sentence."""
_HEADING = rx.compile(r"[ \t]*(?:re|subject|ref(?:erence)?)[ \t]*:[^\n]*\n+|"
                      r"(?-i:(?!(?:Note|Update|Important|Reminder|Good|Great|Tip|Please|Answer|Reason|Why|Step|"
                      r"Status|Result|Outcome|Summary|Fix|Issue|Problem|Edit|PS)\b)"
                      r"[A-Z][\w'’&-]*(?: [A-Z][\w'’&-]*){0,4}):[ \t]+(?-i:(?=[A-Z]))", re.IGNORECASE)
"""A line that heads the letter ("RE: DECEASED CUSTOMER…"), or the sender a text message opens with ("Greenfield
Medical Centre: We are unable…"): an acknowledgement goes after it. "Tracking SP902214: delivery attempted" runs on
in lower case, so it is one sentence, and nothing goes inside it."""
_INTRODUCTION = rx.compile(r"(?:[Tt]his is|[Ii]t'?s|[Mm]y name is|I'?m) [A-Z][\w'’-]*(?: (?:from |at |with |of |"
                           r"on )?(?:the )?[A-Z][\w'’&-]*){0,4}(?: (?:here|team))?[.!]\s*|[A-Z][a-z]+ (?:from|"
                           r"at) [^.!?\n]{1,40} here[.!]\s*")
"""The agent saying who they are ("this is Player Support.", "it's Dana from Billing."), which belongs with the
greeting: an acknowledgement goes after it."""


def _insert_opening(text: str, sentence: str, after_thanks: bool = True, signed: str | None = None) -> str:
    """Put the sentence first in the body: after the greeting (on its own line or inline), before the rest, and
    after an opening thank-you unless it is an emergency instruction, which comes before anything else. ``signed``
    is the name the customer signed with: a body that opens on it ("Amira, I'm away…") is greeting them."""
    frame = layout(text)
    head, rest = text[: frame.body_start], text[frame.body_start :]
    if signed and not head.strip() and (vocative := _SIGNED_VOCATIVE.match(rest)) and vocative.group(1) == signed:
        head, rest = head + vocative.group(0), rest[vocative.end() :]
    if interjection := _INTERJECTION.match(rest):  # "Ok. Please note…": the "Ok." answers them, so it stays first
        head, rest = head + interjection.group(0), rest[interjection.end() :]
    if wave := _GREETING_EMOJI.match(rest):  # "Hi there! 👋 Thanks…": the wave belongs to the greeting
        head, rest = head + wave.group(0), rest[wave.end() :]
    if intro := _INTRODUCTION.match(rest):  # "Hi Sam, this is Player Support.": who is writing goes with the greeting
        head, rest = head + intro.group(0), rest[intro.end() :]
    if heading := _HEADING.match(rest):  # "RE: DECEASED CUSTOMER – PETER KELLAWAY" heads the letter's body
        head, rest = head + heading.group(0), rest[heading.end() :]
    if after_thanks and (thanks := _THANKS_OPENER.match(rest)) and rest[thanks.end() :].strip() \
            and not _POINTS_BACK.match(rest, thanks.end()):
        # "Thanks for your email. I'm sorry…", not "I'm sorry… Thanks for your email."
        head, rest = head + thanks.group(0), rest[thanks.end() :]
    if head and not head.endswith((" ", "\n")):
        head += " "
    if head.rstrip(" ").endswith(",") and "\n" not in head[-3:] and not re.match(r"I\b", sentence):
        sentence = sentence[:1].lower() + sentence[1:]  # "Hi Tony, sorry about the delay."
    if not rest.strip():
        return f"{head}{sentence}"
    return f"{head}{sentence} {_capitalise(rest)}"


_SIGNED_VOCATIVE = rx.compile(r"([A-Z][a-z]+),[ \t]+(?=[A-Z])")
""""Amira, I'm away until next week": their name, then the body."""


def _signed_name(message: str) -> str | None:
    """The first name a customer signed their message with ("…Thanks, Amira"), if the message ends with one."""
    m = _SIGNED.search(message)
    return m.group(1) if m else None


_SIGNED = rx.compile(r"(?:\n|(?i:thanks|thank you|many thanks|cheers|regards|best wishes|best)[,.!]?[ \t]+)"
                     r"([A-Z][a-z]+)(?:[ \t]+[A-Z][a-z'-]+)?\W*$")


def _sentence_at(draft: Draft, pos: int) -> Sentence:
    for sentence in draft.sentences:
        if sentence.start <= pos < sentence.end:
            return sentence
    return Sentence(pos, pos, "")


def _swallow_space(text: str, end: int) -> int:
    while end < len(text) and text[end] in " \t":
        end += 1
    return end


def _swallow_punctuation(text: str, end: int) -> int:
    """After a removed phrase, take a trailing comma and space with it."""
    if end < len(text) and text[end] == ",":
        end += 1
    return _swallow_space(text, end)


_AFTER_GREETING = rx.compile(r"(?:^|\n)[ \t]*(?:hi|hello|hey|dear|good (?:morning|afternoon|evening))\b[^.!?\n]{0,30},[ \t]*$",
                             re.IGNORECASE)


def _common_word(piece: str, original: str) -> re.Match[str] | None:
    """The capitalised word opening ``piece``, unless it is a name ("Hi, penalty fares…", but "Hi, Sam will call" when
    Sam signs the reply, and "Hi, Monday works"): only a sentence start capitalises a common word."""
    word = _CAPITAL_WORD.match(piece)
    if not word or word.group(1) in _ALWAYS_CAPITAL or CALENDAR.fullmatch(word.group(1).lower()):
        return None
    return word if word.group(1) not in {fact.text for fact in find_facts(original)} else None


_CAPITAL_WORD = rx.compile(r"[ \t]*([A-Z][a-z]*)\b")
_ALWAYS_CAPITAL = frozenset("I May March Christmas Easter".split())
"""Capitalised words that are names besides the calendar's (``acknowledge.CALENDAR`` leaves out "may" and "march")."""


def _at_sentence_start(before: str) -> bool:
    """After a full stop, a line break, an emoji that ended the sentence before ("…firstborn! 😄 Dark mode…") or the
    handles a reply opens with ("@kim There are…")."""
    return before.endswith("\n") or _last_mark(before, len(before)) in ("", ".", "!", "?", "\n") \
        or bool(_ENDS_WITH_EMOJI.search(before)) or bool(HANDLES_ONLY.fullmatch(before))


_ENDS_WITH_EMOJI = rx.compile(r"[.!?]?[ \t]*" + EMOJI_CHAR + r"[ \t]*\Z")


def _last_mark(text: str, end: int) -> str:
    """The last character before ``end`` that isn't a space or tab ("" at the start)."""
    while end > 0 and text[end - 1] in " \t":
        end -= 1
    return text[end - 1] if end else ""


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:] if text[:1].islower() else text


def _ack_why(customer: Customer, rule: str) -> str:
    moment = their_moment(customer.text) if customer.text else None
    if moment:
        return (f"Their message says {moment}; saying that back first shows you read it before you solve "
                "anything, in their terms rather than a stock phrase.")
    if rule == "E503":
        return RULES["E503"].why
    return "Naming what happened before the answer shows you heard them; it's kept short and plain on purpose."


def _crisis_why(customer: Customer) -> str:
    return ("The customer's message sounds like a crisis. Concern for them comes first, then the handoff to your "
            "team's emergency route; everything else can wait.")


_DOWNPLAYED = rx.compile(r"\b(?:(?:probably|most likely|almost certainly) (?:just|only|nothing)|nothing to worry "
                         r"about|i'?m sure it'?s (?:fine|nothing))\b")
"""A guess that the hazard is nothing ("Probably just the drains"): beside the safety line it says to ignore it."""
_DOWNPLAYED_WHY = ("A guess that it's nothing tells them to ignore the safety steps. Until someone qualified has "
                   "checked, treat it as real.")


def _safety_why(customer: Customer) -> str:
    return ("They report a safety hazard. What keeps them safe right now comes before any appointment or process, "
            "even if they've already done it.")


def _next_step_why(customer: Customer) -> str:
    return ("The customer can't tell what happens now. Fill in what you will do next and when they'll hear, and "
            "promise only what you control.")
