"""The rule catalogue: every finding the coach can report, in words an agent can use.

Rule ids are stable: they are stored with each check, shown in Slack and Teams,
linked to lessons, and used by agents to dispute a finding. Add new ids; never
reuse or renumber old ones.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.coach import rx
from bot.coach.checks.cues import compile_fast
from bot.coach.checks.jargon import JARGON
from bot.coach.checks.model import Severity


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    severity: Severity
    message: str
    why: str
    lesson: str
    label: str
    """A few words for the finding, for one-line summaries: "You've had 3 'no next step' findings this week"."""


RULES: dict[str, Rule] = {
    rule.id: rule
    for rule in (
        Rule("E101", "medium", "The reply doesn't acknowledge how the customer feels or what they're going through.",
             "People calm down once they feel heard; an answer that skips the feeling reads as cold even when it is correct.",
             "acknowledge-feelings", "feelings not acknowledged"),
        Rule("E102", "medium", "This is a stock empathy phrase with nothing specific to this customer.",
             "Customers have heard \"I understand your frustration\" a thousand times; naming their actual situation is what shows you listened.",
             "canned-empathy", "stock empathy phrase"),
        Rule("E103", "medium", "This is sympathy (feeling sorry for them), not empathy (understanding them).",
             "Pity puts you above the customer; understanding puts you beside them.",
             "empathy-vs-sympathy", "sympathy instead of empathy"),
        Rule("E104", "high", "The customer said how they feel and the reply doesn't respond to it.",
             "When someone names an emotion and it is ignored, they usually repeat it louder.",
             "reflect-and-validate", "emotion left unanswered"),
        Rule("E105", "medium", "Too many apologies: one sincere apology is enough.",
             "Repeated apologies sound nervous or scripted and push the solution further down.",
             "apology-balance", "too many apologies"),
        Rule("E201", "medium", "The reply doesn't seem to answer what the customer asked or take up what they need.",
             "An unanswered question is the most common reason a customer writes again.",
             "answer-the-question", "question not answered"),
        Rule("E202", "low", "Only yes/no questions: an open question would let the customer tell you more.",
             "\"What happened when you tried…?\" gets you the detail you need in one reply instead of three.",
             "open-questions", "only yes/no questions"),
        Rule("E301", "medium", "There's no next step: the customer can't tell what happens now.",
             "Uncertainty is what keeps an upset customer upset; a clear next step ends the worry.",
             "next-steps-follow-up", "no next step"),
        Rule("E302", "medium", "No one owns this: passive or \"someone will\" instead of what *you* will do.",
             "\"It will be looked into\" sounds like nobody will; \"I'll check\" sounds like someone is on it.",
             "ownership-language", "no one owns it"),
        Rule("E303", "high", "Hiding behind policy without offering what you *can* do.",
             "Holding a policy is fine; leaving the customer at a dead end is what feels like a brush-off.",
             "policy-with-alternative", "hiding behind policy"),
        Rule("E304", "medium", "A \"no\" with no alternative.",
             "You can hold a boundary and still help: pair the no with the next best option.",
             "saying-no-with-empathy", "a no with no alternative"),
        Rule("E401", "high", "This blames the customer.",
             "Blame makes people defend themselves instead of working with you, even when they did make the mistake.",
             "no-blame", "blaming the customer"),
        Rule("E402", "high", "This phrase dismisses the customer.",
             "Phrases like \"calm down\" or \"as I already said\" reliably escalate a conversation.",
             "de-escalation", "dismissive phrase"),
        Rule("E403", "low", "Internal jargon or codes the customer may not know.",
             "Plain words save a follow-up question and make the customer feel included, not processed.",
             "plain-words", "jargon"),
        Rule("E404", "medium", "Capitals or repeated punctuation read as shouting.",
             "In writing, tone is all the customer has; caps and \"!!!\" sound angry even when you aren't.",
             "patience-and-calm", "reads as shouting"),
        Rule("E405", "high", "This sounds condescending or sarcastic.",
             "Talking down to someone, even lightly, costs more trust than any delay.",
             "respectful-tone", "condescending tone"),
        Rule("E406", "low", "This sounds like a script, not a person.",
             "Corporate boilerplate puts distance between you and the customer; plain, warm words close it.",
             "personalize", "sounds like a script"),
        Rule("E407", "high", "This lectures the customer on what they should have done.",
             "A lecture answers a question nobody asked and tells the customer they are the problem; help first.",
             "respectful-tone", "lecturing the customer"),
        Rule("E408", "medium", "This defends the company before hearing what went wrong for the customer.",
             "Explaining why the rules are right, before (or instead of) acknowledging what happened, reads as "
             "\"this is your problem, not ours\".",
             "de-escalation", "defending the company first"),
        Rule("E108", "medium", "The customer is thanking you, and the reply apologises or doesn't thank them.",
             "Praise is a gift: a warm thank-you that names what they liked is the whole reply; an apology or an "
             "auto-reply tells them nobody read it.",
             "size-of-the-moment", "praise left unthanked"),
        Rule("E111", "medium", "This sells to a customer who came with a problem or a thank-you.",
             "An offer in the middle of a complaint, or after praise, reads as if the customer is a sales lead.",
             "size-of-the-moment", "selling instead of helping"),
        Rule("E204", "medium", "This asks the customer to do again what they say they've already done.",
             "Being asked to repeat a step you've already taken is the surest sign nobody read your message.",
             "attentive-listening", "asking them to repeat a step"),
        Rule("E410", "high", "This asks for a password or security code.",
             "No genuine team asks for a full password or a one-time code; asking teaches customers to fall for "
             "scams and puts their account at risk.",
             "verification-and-privacy", "asking for a password"),
        Rule("E107", "high", "Cheerful words to someone who is upset, grieving, frightened or in danger.",
             "Good-news energy in a hard moment tells the customer nobody read their message.",
             "size-of-the-moment", "cheerful in a hard moment"),
        Rule("E409", "medium", "The customer wrote in another language and the reply is in English.",
             "Answering in the customer's language, or saying who can, is the first sign you are listening.",
             "language-and-culture", "replying in another language"),
        Rule("E501", "high", "The customer reports a safety hazard and the reply doesn't put their safety first.",
             "Before any appointment or process, someone facing a hazard needs to hear what keeps them safe now.",
             "customer-in-crisis", "safety not put first"),
        Rule("E502", "high", "The customer says something that sounds like a crisis, and the reply carries on as usual.",
             "A statement about self-harm, abuse or a medical emergency needs concern and your team's emergency "
             "route first, not a fix: hand it to people trained for it.",
             "customer-in-crisis", "a crisis treated as routine"),
        Rule("E504", "high", "The customer threatens your safety and the reply carries on as if it were a normal request.",
             "A threat is not an insult to absorb: end the contact, report it and log it, as your team's process "
             "says. Nobody has to keep serving someone who threatens them.",
             "handling-abuse", "a threat answered as routine"),
        Rule("E503", "high", "A high-stakes moment is handled as routine.",
             "Grief, hardship, illness, fear of fraud or a vulnerable customer need care first; a routine reply "
             "reads as if nobody noticed.",
             "vulnerable-customers", "a high-stakes moment treated as routine"),
        Rule("E601", "high", "This offers something this customer may not be offered.",
             "A yes you can't keep gets thanks today and a broken promise tomorrow. Say no kindly, say why in a "
             "sentence, and offer what you can.",
             "saying-no-with-empathy", "offering what isn't yours to give"),
        Rule("E602", "high", "This promises a time or an outcome nobody has confirmed.",
             "An estimate said as a guarantee becomes your broken promise when it slips: say what you know, what "
             "you'll do, and when you'll update them.",
             "managing-expectations", "promising what you don't control"),
        Rule("E603", "high", "Check your facts: this doesn't match the customer's details.",
             "A wrong order number, amount or status tells the customer nobody looked at their case, and sends "
             "them chasing the wrong thing.",
             "attentive-listening", "a fact that doesn't match"),
    )
}

_FLAGS = re.MULTILINE  # matched against the lower-cased view

DISMISSIVE_WHATEVER = r"\bwhatever(?=\s*(?:[.!?,;]|$)|\s+you\s+say\b)|\bor whatever\b(?=\s*(?:[.!?,;)]|$))"
""""Whatever." or "…the app or whatever." as a brush-off, not "pick whatever time works for you" or "or whatever
works better for you"."""
AT_THIS_TIME = r"\bat this (?:point in )?time\b(?! (?:tomorrow|tonight|today|yesterday|next|last|of|on|every|each)\b)"
""""At this time" as corporate for "now", not "at this time tomorrow"."""

_CHASING = r"(?:contacting|chasing|calling|ringing|phoning|emailing|messaging)"
CHASING_WONT_HELP = (r"\b" + _CHASING + r"(?:,? (?:or|and) " + _CHASING + r")? (?:us |this office |the team |"
                     r"(?:the|this|our) (?:surgery|clinic|practice|office|helpline|department|call cent(?:re|er)) |"
                     r"(?:the|your|this) (?:claim|case|complaint|application|order|request) |it |this )?"
                     r"(?:again |repeatedly |further |more )?(?:will not|won'?t|does not|doesn'?t|cannot|can'?t) "
                     r"(?:speed|hurry) (?:\w+ ){0,3}?up\b(?: (?:the|your|this) [\w-]+)?|"
                     r"\b(?:please )?(?:do not|don'?t) (?:send|make|submit) (?:any )?(?:further|more|"
                     r"repeated|additional) "
                     r"(?:emails?|calls?|messages?|chasers?|complaints?)\b[^.!?\n]{0,40}?\b(?:will not|won'?t|does "
                     r"not|doesn'?t) (?:speed|hurry) (?:\w+ ){0,3}?up\b(?: (?:the|your|this) [\w-]+)?")
""""Chasing us will not speed this up", "please do not send further emails as it will not speed up the process": to
someone left waiting past what they were promised, a door closed on them."""
WORKS_FOR_US = r"\b(?:it )?(?:works|working|seems fine|looks fine) (?:fine |ok |okay )?(?:for|to) us\b"
""""Works fine for us!" to someone whose service is down: their trouble denied, not checked."""
TRY_NEXT_TIME = (r"\b(?:maybe|perhaps|you (?:might|may) want to) (?:try|you could try) [^.!?\n]{0,40}\bnext time\b|"
                 r"\b(?:maybe|perhaps) next time,? (?:try|you could try|you might)\b[^.!?\n]*")
""""Maybe try being quicker next time": advice that says the customer was the problem."""
BLAMED_ON_GUESTS = (r"\b(?:often |usually |commonly |mostly )?(?:brought in|introduced|caused) by (?:the |our )?"
                    r"(?:guests?|customers?|passengers?|residents?|users?)(?:-(?:side|end) \w+)?(?: themselves)?"
                    r"(?: in (?:their|the) \w+)?\b(?!['’-])(?!\s+\w+ing\b)(?!\s+(?:error|mistake|fault)\b)")
""""Bed bugs are often brought in by guests themselves": the fault put on people like them, unchecked. Not when what
they do follows ("caused by users deleting content") or a fault of theirs does ("caused by user error"): cut out, it
would leave the sentence broken."""

NOT_GUIDANCE = (r"(?![^,.;!?\n]{0,100},\s*(?:you(?:'ll| will)? (?:need|have) to|you must|you can|you should now|"
                r"it'?s (?:best|worth)))"
                r"(?![^.;!?\n]{0,120}\b(?:(?:is|are|'s|'re|should be|will be) (?:\w+ ){0,2}?(?:fine|safe|protected|ok|"
                r"okay|untouched|"
                r"intact|where (?:it|they) (?:was|were))|not at risk|still there|won'?t be charged|not liable|"
                r"nothing to pay|(?:won'?t|will not) lose|(?:opening|raising|starting) (?:a |it as a )?(?:fraud |"
                r"disputed? )?(?:claim|dispute|transaction)|"
                r"(?:don'?t|do not) (?:need|have) to do anything|nothing (?:more |else )?(?:you )?(?:need|have) to do|"
                r"(?:get|have|see) (?:the|your|all the|all your) money back|be (?:refunded|reimbursed)|"
                r"(?:i|we)(?:'ve| have| can| will|'ll)? (?:already |now |just )?(?:reversed|reverse|refunded|refund|"
                r"restored|restore|cancelled|cancel|waived|waive|credited|credit|removed|remove|returned|return|"
                r"reduced|reduce|refunded|honou?red|honou?r|covered|cover|written off|write off)\b)\b)")
""""Because you didn't swap details, you need to report it to the police", "since you didn't enter any details
your account is very likely fine", "as you didn't click anything, you don't need to do anything else", "since you
hadn't equipped it, I've reversed the purchase", "as you didn't agree to the higher cost, we'll honour the quote": the
reason for a step they must take, or for good news, not blame."""

DEAL_WITH_IT = r"(?<!to )(?<!'ll )(?<!will )(?<!can )(?<!we )(?<!i )(?<!let's )(?<!let’s )(?<!let us )deal with it"
""""Deal with it." brushes the customer off; "we'll deal with it then and there" is a promise."""
OWED = (r"(?! (?:it|them|this|that|these|those|one|an?|the|yours|everything|all|(?:had|received|got|gotten) (?:it|them|"
        r"this|that|an?|the|your))\b)"
        r"(?! (?:had|received|got|gotten|been (?:sent|given|told|met|rung|put|seen|shown|heard|taken seriously|"
        r"spoken to|kept informed|able to|in (?:one|a|an|the|that)|asleep|sleeping|resting|in bed|(?:at )?home|"
        r"relaxing|enjoying|(?!(?:prepared|organi[sz]ed|logged|signed|registered|subscribed|enrolled|qualified|"
        r"dressed)\b)\w+ed)|"
        r"walked (?:in|into|"
        r"straight)|heard (?:from|back|something|anything)|found (?:your|a) room|"
        r"(?:heard|learned|learnt|found out|been told)(?: \w+){0,3}? (?:from|by) (?:us|me)|known (?:about )?(?:this|"
        r"that|it) sooner|(?:been )?(?:moved|switched|transferred) (?:on)?to)\b)"
        r"(?! been\s*[.;!,])"
        r"(?![^.;!?\n]{0,60}?\bautomatically\b)"
        r"(?![^.;!?\n]{0,40}?\b(?<!by )(?:now|shortly|soon|within (?:the (?:next )?)?(?:a |an |\d+ )?\w+|"
        r"in (?:the next |a few |a couple of |\d+ )(?:minutes?|mins?|hours?|days?)|today|tomorrow)\b)")
""""You should have had an apology", "you should have been in one (a sea-view room)", "you should have been asleep an
hour ago", "you should have been treated with care", "you should have walked into the
room you booked", "you should have heard this
from us before the board went up", "you should have moved to a SIM-only price automatically": what was owed to them,
not what they did wrong; "you should have it within a few
minutes" and "you should have full access now" say what they can expect."""

TOLD_ALL_WAS_WELL = (r"(?![^.!?\n]{0,30}? that (?:everything|it|all|the \w+) (?:was|were|is|would be) (?:fine|ok|okay|"
                     r"all right|alright|in order|good))")
""""When you were told at drop-off that everything was fine": what we told them and they relied on, not a rule they
missed."""

PATTERNS: dict[str, re.Pattern[str]] = {
    "E401": compile_fast(
        r"(?<!whether )(?<!wonder if )(?<!asking if )(?<!rate )(?<!price )(?<!discount )(?<!deal )(?<!refund )"
        r"(?<!service )(?<!treatment )(?<!support )(?<!level )(?<!than )(?<!what )"
        r"\byou (?:really |clearly |obviously )?(?:should(?:'ve| have)(?! to\b)" + OWED
        + r"|shouldn'?t have(?! (?:to|been|had to|needed to|paid|lost|received (?:a|any|the) (?:bill|charge|fee|"
        r"letter|fine))\b)|failed to|forgot to|"
        r"neglected to|didn'?t bother|were supposed to|were (?:already |clearly )?told(?= (?:to|not to|at|when|by|before|"
        r"several|multiple|twice|already|on|in))" + TOLD_ALL_WAS_WELL + r"|should know|ought to have|never "
        r"(?:read|checked|followed))\b|\b(?<!none of )(?<!not that )(?:it'?s|it is|this is|that'?s|that is|was) (?:entirely |"
        r"completely |totally |all )?(?:your (?:own )?(?:fault|responsibility|problem|mistake|error)|on you)\b|"
        r"\bas you (?:were|should have been) (?:told|informed|advised)\b|\bif you had (?:read|followed|"
        r"checked|listened|paid attention)\b|\bdue to your (?:own )?(?:error|mistake|failure|negligence)\b|"
        r"\buser error\b|\byou (?:caused|broke(?! (?:your|a) (?:arm|leg|wrist|ankle|hip|foot|hand|finger|toe|nose|rib|"
        r"collarbone|elbow|knee|shoulder|back|neck|tooth)\b)|messed up)\b|\byou must have (?:entered|typed|missed|forgotten|"
        r"deleted|clicked|selected|misread|ignored|not)\b|\byou (?:did not|didn'?t) (?:follow|read|check|enter|"
        r"select|click|update)\b" + NOT_GUIDANCE + r"|"
        r"\b(?:the|this) (?:error|mistake|problem) (?:was|is) (?:on your (?:side|end)|yours)\b|"
        r"\b(?:as|since|because) you (?:did not|didn'?t|failed to|were not|weren'?t|had not|hadn'?t|forgot)\b"
        + NOT_GUIDANCE + r"|"
        r"\bif you(?:'d| had) (?:chosen|picked|ordered|booked|read|checked|arrived|followed|listened|called|looked|"
        r"bothered)\b|"
        r"\b(?:missed|caused|broken|damaged) by (?:the|a) (?:customer|guest|passenger|resident|cardholder)\b|"
        + BLAMED_ON_GUESTS + r"|"
        r"\byou (?:must|may|might|probably) (?:have )?\w+(?: \w+){0,3}? (?:incorrectly|wrongly|by mistake|wrong)\b|"
        r"\b(?:maybe|perhaps) you (?:opened|read|entered|typed|used|picked|ordered|booked|clicked) the wrong\b|"
        r"\bif you want to leave,? you pay\b|\b(?:caused by|due to|down to) (?:your|(?:the )?(?:customers|users)['’]) own\b|"
        r"\bdid you (?:make sure|remember to|double[- ]check|bother to)\b|"
        r"\b(?:it may be|it might be|it could be|it'?s (?:possible|likely)|(?:perhaps|maybe|possibly)) (?:that )?your "
        r"(?:request|form|application|order|details|payment|claim|booking) (?:was|were)(?:n'?t| not) (?:submitted|"
        r"completed|filled (?:in|out)|entered|sent|made|done) (?:correctly|properly|in full)\b|"
        r"\bsomeone (?:on|in) your (?:team|side|end|household|family) (?:has |must have |probably )?(?:changed|deleted|"
        r"moved|broke|altered|turned off)\b",
        _FLAGS,
    ),
    "E402": compile_fast(
        r"\bcalm down\b|"
        r"\bi(?:'ve| have) (?:already )?told you (?:this |that )?(?:before|already|twice|several times)\b|"
        r"\b(?:as|like) i (?:already |previously |just |have |also )?(?:said|mentioned|stated|explained|"
        r"told you)(?: (?:yesterday|before|earlier|already|previously|last time|in my (?:last|previous|earlier) "
        r"(?:email|message|reply)))?\b|\bas (?:previously|already) (?:stated|mentioned|explained|said)\b|"
        r"\bas (?:was |you were )?(?:explained|told|shown|mentioned) (?:at|in|on|during|when|before|earlier)\b|"
        r"(?<!vat )(?<!duty )(?<!duties )(?<!tax )(?<!taxes )(?<!fees )(?<!charges )\b(?:is|are|was|"
        r"were) (?:the )?(?:sole )?responsibility of (?:the|your)\b|\b(?:that'?s|that is|"
        r"it'?s|it is|this is) not my (?:department|job|problem|responsibility|area|fault)\b|\bnot (?:our|my) "
        r"(?:problem|concern|issue)\b|\bthere(?:'?s| is) nothing (?:more |else )?(?:we|i) can do\b|"
        r"\bnothing (?:more|else) (?:we|i) can do\b|\bit is what it is\b|(?<!\bhow )\b(?:mistakes|these things|"
        r"things like this) (?:do |can |will )?happen\b(?!,? (?:and|but) (?:this|that|it) (?:one )?"
        r"(?:was|is) (?:ours|our fault|on us))(?! (?:due to|because|when|if)\b)|\b" + DEAL_WITH_IT + r"\b|\bi can'?t help "
        r"you\b|\bthat'?s just (?:how|the way) (?:it is|it works|things (?:are|work)|(?:\w+ ){1,2}works?)(?=\s*(?:[.!?;]|$))\b|\byou'?re overreacting\b|\bno need to (?:get|be) "
        r"(?:upset|angry|rude|worked up)\b|" + DISMISSIVE_WHATEVER + r"|" + CHASING_WONT_HELP + r"|\bnot a big deal\b|"
        r"\bi don'?t know what (?:else )?to tell you\b|\btake it or leave it\b|\bstop (?:complaining|shouting|yelling)\b|\bnot much "
        r"(?:we|i) can do\b|\b(?:works|working) (?:fine|for (?:me|us)|as expected) on our (?:end|side)\b|" + WORKS_FOR_US + r"|\bno (?:issues?|"
        r"problems?) on our (?:end|side)\b|\bwe can(?:'t|not) verify (?:your |any )?claims?\b|\bclosing this "
        r"(?:ticket|case|chat|conversation)\b",
        _FLAGS,
    ),
    "E405": compile_fast(
        r"\b(?:obviously|clearly),? you\b|\bas (?:anyone|everyone|any customer) (?:knows|can see)\b|"
        r"\bit'?s (?:really |quite |very )?(?:simple|easy|not (?:that )?(?:hard|difficult|complicated|rocket "
        r"science))\b(?! to (?:miss|overlook|forget|misread|mix up|confuse|get wrong))(?!,? and (?:i|we)(?:'ll| will))|(?<!\bor )\bsimply\b|\bi'?m sure (?:even )?you (?:can|understand|know|realise|realize)\b|\bwith all "
        r"due respect\b|\bgood luck with that\b|\bnice try\b|\bthanks for nothing\b|\bread the (?:manual|"
        r"instructions|faq|terms)\b|\bif you (?:had )?(?:bothered|cared) to\b|\b(?<!a )(?<!the )(?:sweetie|sweetheart|"
        r"honey|hun|darling)\b(?![-‐])|\blike i said\b|\bi(?:'ll| will) (?:say|explain) (?:it )?(?:again|slowly)\b|"
        r"\bshall we (?:throw in|give you|just)\b|" + TRY_NEXT_TIME + r"|"
        r"\b(?:did you|have you) (?:even|actually) (?:try|tried|read|look|looked|check|checked)\b|"
        r"\b(?:is|are) (?:designed|built|made) to be (?:very |really )?(?:simple|easy|intuitive|straightforward|"
        r"user-friendly)\b",
        _FLAGS,
    ),
    "E103": compile_fast(
        r"\bi (?:really |truly |so |just )?(?:feel|felt|am|'m) (?:so |really |very |truly )?(?:sorry|bad) for "
        r"you\b|\bi'?m (?:so |really )?sorry for you\b|\bpoor you\b|\bi pity\b|\bwhat a shame for "
        r"you\b|\byou poor\b",
        _FLAGS,
    ),
    "E406": compile_fast(
        r"\bplease be advised(?: that)?\b|\bkindly be (?:informed|advised)(?: that)?\b|\bwe regret to inform "
        r"you(?: that)?\b|\byour (?:call|business|custom|request|patience) is (?:very )?(?:important|valued)"
        r"(?: to us)?\b|\b(?:please )?(?:do not|don'?t) hesitate to\b(?! (?:call|ring|dial|phone|contact) (?:999|911|"
        r"112|111|nhs|an ambulance|the emergency|emergency))|\bwe value your feedback\b|"
        r"\bas per\b|\bhereby\b|\bthe aforementioned\b|\bpursuant to\b|" + AT_THIS_TIME + r"|"
        r"\bthank you for contacting (?:us|customer \w+)\b",
        _FLAGS,
    ),
    "E102": compile_fast(
        r"\b(?:i|we) (?:completely |totally |fully |can |do )*understand (?:your (?:frustration|concerns?|"
        r"disappointment|situation)|how you feel)\b|\bi know how you feel\b|\bi feel your pain\b|"
        r"\b(?:i|we) (?:sincerely |truly )?apologi[sz]e for (?:any|the) inconvenience(?: (?:this|that) "
        r"(?:may have|has|might have) caused)?(?: you)?\b|\bsorry for (?:any|the) inconvenience(?: caused)?\b|"
        r"\b(?:i'?m|we'?re|i am|we are) sorry to hear (?:that|this)\b|\bi hear you\b|\bwe appreciate your "
        r"(?:patience|understanding)\b|\bthank you for your (?:patience|understanding)\b",
        _FLAGS,
    ),
    "E302": compile_fast(
        r"\b(?:will|would|shall|should|is being|are being|has been passed|will have to) be (?:looked into|"
        r"processed|reviewed|escalated|investigated|handled|forwarded|passed on|checked|resolved|dealt with|"
        r"addressed|updated|sent|fixed|actioned|taken care of)\b|\b(?:is|are) being (?:looked into|"
        r"processed|reviewed|handled|investigated)\b|\bsomeone (?:will|should|from|may)\b|\b(?:the|a|our) "
        r"(?:relevant |appropriate |right )?(?:[a-z]+ )?(?:team|department|agent|colleague|specialist)s? "
        r"(?:will|should|may)\b",
        _FLAGS,
    ),
    "E303": compile_fast(
        # "the policy number" is the insurance policy itself, not a rule
        r"\b(?:company|our|the) polic(?:y|ies)\b(?! (?:number|holder|document|schedule|details|renewal|reference|"
        r"wording|excess|premium)s?\b)|\bper (?:our |the )?polic(?:y|ies)\b|\bpolicy (?:states|says|"
        r"is|does not|doesn'?t|won'?t)\b|\bterms and conditions\b|\bt&cs?\b|\bour rules\b|\bagainst (?:our |"
        r"the )?(?:rules|policy)\b|\b(?:terms|conditions) of (?:service|business|use|sale|carriage)\b|\b(?:as set out|as stated|as "
        r"outlined|as detailed|set out) in (?:the|our|your)\b|\b(?:in line with|in accordance with|under|as per) (?:our|the) "
        r"(?:terms|policy|policies|regulations|rules|handbook|conditions)\b|\bunder [a-z]+ regulations\b|"
        r"\b(?:student |staff |member )?handbook\b",
        _FLAGS,
    ),
    "E304": compile_fast(
        r"\b(?:we|i)(?: (?:really |simply |just )?(?:can'?t|cannot|can not|won'?t|will not|do not|don'?t)|"
        r"(?:'re| are|'m| am) (?:unable|not able) to|(?:'re| are|'m| am) not allowed to|won'?t be able to) "
        r"(?:\w+ ){0,2}?(?:offer|give|provide|refund|do|help|change|accept|allow|make|process|cancel|"
        r"issue|approve|extend|honou?r|replace|exchange|return|waive|reimburse|compensate|send|book)\b|"
        r"\b(?:that'?s|it'?s|that is|it is|this is) not (?:possible|allowed|permitted|something we do)\b|"
        r"\b(?:isn'?t|is not|aren'?t|are not) (?:possible|allowed|permitted|eligible)\b|\bnot eligible\b|"
        r"^\W*no,? (?:we|i|you|that)\b",
        _FLAGS,
    ),
    "E403": JARGON,
    "E404": rx.compile(
        r"\b[A-Z]{2,}(?:['’][A-Z]+)?(?:[\s,]+[A-Z]{2,}(?:['’][A-Z]+)?)+\b|\b[A-Z]{6,}\b|!{2,}|[!?]{3,}",
        re.MULTILINE,
    ),
}

ALTERNATIVE = compile_fast(
    r"\b(?:instead|alternative(?:ly)?|options?|what (?:i|we) can (?:do|offer)|here'?s what|i can (?:offer|help|"
    r"suggest|check|look|try|see|get|arrange|book|send|show|walk|set|put|move|add|ask|request|escalate|"
    r"raise|pass|do)|we can (?:offer|help|suggest|try|look|arrange|do|set|send|book|move)|(?:can|may|must) be "
    r"claimed|(?:compensation|a refund|a claim|a credit) (?:applies|is available|can be)|however,? (?:i|we|"
    r"you) can|but (?:i|we|you) (?:can|could|will|'ll|may)|another way|the good news|what i'?ll do|"
    r"let me (?:see|look|check|find|ask|set|arrange)|i(?:'ll| will) (?:look|see|check|find|ask|set|arrange)|"
    r"you (?:can|could|may) (?:still|also|instead|apply|request|ask|try|book|use|choose|claim|swap|"
    r"change|switch|upgrade|buy|purchase|get)|(?:is|are) (?:still )?available|what (?:i|we)(?:'ve| have) (?:done|"
    r"arranged|set up) is|(?:i|we)(?:'ve| have)(?:,? however,?)? (?:turned|set|arranged|booked|moved|added|switched|"
    r"put|stopped|cancel+ed|reserved|held)|a (?:faster|quicker|cheaper|"
    r"different) (?:route|option|way))\b"
)
OPEN_QUESTION = compile_fast(
    r"\b(?:what|how|why|when|where|which|who|whom|whose|tell me|describe|walk me)\b", re.MULTILINE
)
CLOSED_QUESTION = compile_fast(
    r"^\W*(?:\w+,\s*)?(?:is|are|do|does|did|have|has|had|can|could|would|will|was|were|should|shall|may|"
    r"any|anything|everything)\b",
    re.MULTILINE,
)
SUGGESTION_QUESTION = compile_fast(
    r"\b(?:have you (?:tried|considered|thought)|why don'?t you|did you try|could you try|would it help)\b",
    re.MULTILINE,
)
APOLOGY = rx.compile(r"\b(?:sorry|apologi[sz]e[sd]?|apology|apologies|apologising|apologizing|my bad)\b", re.IGNORECASE)
FIRST_PERSON_ACTION = compile_fast(
    r"\b(?:i'?ll|i will|i'?m going to|i am going to|let me|i(?:'ve| have) (?:just |now |already )?\w+ed|"
    r"i'?m (?:on it|looking|checking|working|handling|taking|following|keeping|staying)|leave it with me)\b",
    re.MULTILINE,
)
