"""An acknowledgement in the customer's own terms, or none at all.

"I'm sorry your parcel still hasn't arrived" shows the agent read the message;
"I understand your frustration" shows they have a template. So the coach builds
an acknowledgement from what the customer actually wrote: it finds the clause
where they say what happened to them ("my parcel still hasn't arrived", "I've
been on hold for 55 minutes"), turns it to the second person, and frames it.
When no clause can be lifted cleanly it falls back to the customer's own word
for what went wrong ("I'm sorry about the delay" only when they said "delay"),
and otherwise adds nothing: a stock line would be worse than none. It never acknowledges praise: that needs a thank-you, which the agent
writes.
"""

from __future__ import annotations

import re

from bot.coach import rx
from bot.coach.checks.customer import (
    ANOTHER_SUM,
    ASKS_TO_STOP,
    FEELING,
    KEEPSAKE,
    NOT_HARMED,
    PROBLEM,
    TROUBLE,
    Customer,
)
from bot.coach.checks.phrasing import acknowledgement_frames, grave_acknowledgements, pick
from bot.coach.checks.stakes import RELATIVE, read_stakes
from bot.coach.text import read

MAX_WORDS = 14
"""A lifted clause longer than this reads as a quotation, not an acknowledgement."""
MIN_WORDS = 3

_NOISE = rx.compile(r"https?://\S+|www\.\S+|[.]?@\w+|#\w+|&amp;|\^\w+|[\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F\u200d]")
_FILLER = rx.compile(r"^(?:(?:hi|hello|hey|help|so|and|but|also|well|ok|okay|omg|ugh|yay|wow|great|lol|oh|now|just|yet|"
                     r"plus|then|honestly|"
                     r"seriously|basically|anyway|sadly|unfortunately|apparently)\b[,!.]?\s*)+", re.IGNORECASE)
_CLAUSE_BREAK = rx.compile(r"\s*(?:[;()\[\]\"“”]|(?<!\d):(?!\d)|,\s+(?:and|but|so|which|because|plus)\b|(?<!\d),|,(?!\d)|\s[-–—]\s|\.\.\.+|…"
                           r"|\s+(?:but|so|because|which|who|since(?!\s+(?:\d|(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|last|this|"
                           r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|"
                           r"the (?:\d|start|end|beginning|weekend)))|which means|please|and now|and then|and i|and we|"
                           r"and(?=\s+(?:my|our|your|her|his|their|broke|have heard|heard|nobody|no ?one|i['’]ve|"
                           r"i have|drove|went|left|took|"
                           r"threw|swore|ran|walked|hung|shouted|laughed|refused|told)\b)|and i'm|and i’m|and i am|and we're|and we’re|and we are|"
                           r"and still|and no|and nothing|and(?=\s+(?:it|they|the|this|that)\b)|"
                           r"and(?=\s+[a-z]+s (?:were|are)\b))\s+)\s*",
                           re.IGNORECASE)
_MINE = rx.compile(
    r"^(?:my|our)\s+(?:[^\s]+\s+){0,10}?(?:is|was|were|are|has|have|had|got|went|still|never|keeps?|kept|arrived|"
    r"died|passed|passed away|broke|stopped|failed|fell|has fallen|had a fall|slipped|tripped|"
    r"came|didn'?t|did not|hasn'?t|has not|haven'?t|have not|isn'?t|wasn'?t|won'?t|doesn'?t|can'?t)\b",
    re.IGNORECASE,
)
_I = rx.compile(
    r"^(?:i|we)(?:'ve|’ve| have| had|'d|'m|’m| am| was| were|'re|’re| are)?\s+(?:been\s+|just\s+|now\s+|still\s+|"
    r"already\s+|finally\s+|even\s+|recently\s+|accidentally\s+|also\s+|somehow\s+)*(?:hurt|injured|sprained|twisted|burnt|burned|fractured|found|left|forgot|dropped|waiting|waited|missed|lost|paid|spent|called|rang|tried|emailed|written|wrote|"
    r"having (?:problems|trouble|issues|difficulty)|not able to|unable to|locked out|"
    r"needed (?:\w+ )?(?:stitches|an ambulance|surgery|an x-ray|x-rays|a tetanus)|had to|been charged|charged|"
    r"been billed|billed|"
    r"been on hold|on hold|been cut off|cut off|been passed|passed|been told|"
    r"stayed in(?! (?:room|the (?:hotel|room|suite|apartment|cabin|villa))\b)|taken|took|booked|ordered|received|got|"
    r"gotten|sat|stood|been stuck|stuck|been stranded|stranded|"
    r"chased|been chasing|chasing|reported|complained|raised|asked|explained|sent|submitted|lost|missed|"
    r"had|have had|been without|without|run out|ran out|can'?t|cannot|couldn'?t|still haven'?t|haven'?t|"
    r"heard nothing|not heard|broke|signed off|made redundant|laid off|diagnosed|admitted|lagged out|disconnected|"
    r"kicked out|logged out|kicked off|in (?:the )?(?:hospital|a&e|a & e|intensive care|icu|emergency room|er) with)\b",
    re.IGNORECASE,
)
_THE = rx.compile(
    r"^(?:(?:one|two|three|four|some|all|both|half|most|several|\d+) of )?(?:the|their)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:is|was|were|are|has been|have been|got|still|never|keeps?|arrived|came|broke|stopped|failed|fell|"
    r"(?:has|have) (?:started|stopped|broken|failed|gone)|hasn'?t|didn'?t|isn'?t|wasn'?t|weren'?t|won'?t)\b",
    re.IGNORECASE,
)
_NOT_ABOUT_THEM = rx.compile(r"\b(?:you|your|you're|you've|u|ur|y'all|yall|they|them|he|she|his|her)\b|[?!]",
                             re.IGNORECASE)
"""A clause that blames the company ("you lost my bag") or is about someone else is not theirs to lift."""
_BROKEN = rx.compile(r"\b(?:have|has|had) (?!been\b)\w+ing\b|\b(?:i|we) (?:is|has)\b|\s(?:a|an|the|my|to|of|for|and|"
                     r"this|that)$|\b(?:if|whether|in case|might|could|would|will|going to|gonna)\b",
                     re.IGNORECASE)
"""Grammar that would read as a mistake when said back ("I have waiting two days"): don't lift it."""
_STILL_FINE = rx.compile(r"\b(?:still|now) (?:works|working|valid|active|fine|ok|okay)\b|\b(?:works|working) (?:fine|"
                         r"perfectly|ok|okay)\b", re.IGNORECASE)
""""The old one still works" is why they ask which card to use, not something to be sorry about."""
_RUDE = rx.compile(r"\b(?:fuck\w*|shit\w*|damn\w*|crap\w*|bloody|hell|wtf|ffs|stupid|idiot\w*|ass|arse|bs)\b",
                   re.IGNORECASE)
_SHOUTED = rx.compile(r"\b(?=[A-Z]*[AEIOU])[A-Z]{5,}\b|(?<!my )(?<!My )(?<!your )(?<!our )(?<!his )(?<!her )"
                      r"\b(?=(?:[B-DF-HJ-NP-TV-Z]*[AEIOU]){2})[A-Z]{4}\b|"
                      r"\b(?:DAYS?|WEEKS?|HOURS?|HRS|MINS?|MONTHS?|YEARS?|TIMES?|NOT|NO|NOW|ALL|AND|THE|FOR|ONE|TWO|SIX|"
                      r"TEN|GOT|HAS|HAD|WAS|YET|OUT|OFF|STILL)\b|\b(?:ON|IN|AT|TO|OF|IS|IT|SO|MY)\b(?= (?:DAYS?|WEEKS?|"
                      r"HOURS?|(?=[A-Z]*[AEIOU])[A-Z]{4,})\b)")
"""A shouted word ("THIRD", "STILL") in a lifted clause is said back calmly; short codes like "BA" or "JFK" stay, and
so does a name they own ("my UCAS statement")."""
_SHOUTED_PLACE = rx.compile(r"(?:\s+(?:in|at|from|near|to)\s+[a-z]+)+$")
_NO_SUBJECT = rx.compile(r"^(?:can'?t|cannot|couldn'?t|haven'?t|still haven'?t|been|spent|waited|waiting|missed|"
                         r"paid|stuck|stranded|broke|have heard nothing|heard nothing|lagged out|got kicked|got "
                         r"disconnected)\b", re.IGNORECASE)
"""Chat drops the "I": "Can't see my balance", "Been on hold for an hour"."""
_DONE_TO_THEM = rx.compile(
    r"^(?:you|u|you guys|y'?all|they)(?:['’]ve)?\s+(?:have\s+|'ve\s+|just\s+|already\s+|now\s+|also\s+)*"
    r"(?P<verb>lost|cancell?ed|delayed|charged|overcharged|double[- ]charged|damaged|broke|forgot|missed|ignored|"
    r"bumped|downgraded|stranded|misplaced|sent|left|rebooked|moved|overbooked|declined|blocked|froze|kicked|"
    r"taken|took)\s+"
    r"(?P<object>me|us|(?:my|our)\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+?(?:\s+to\s+(?-i:[A-Z])[\w'’-]+)?|"
    + ANOTHER_SUM + ")"
    r"(?=\s+(?:to|on|at|in|for|from|off|twice|again|"
    r"without|after|before|and|with|\d+)\b|\s*$)(?P<rest>.*?)(?:\s+without\b.*)?$",
    re.IGNORECASE,
)
""""You lost my bag" said back is "your bag was lost": their experience, without admitting what the facts may not bear."""
_PARTICIPLE = {"broke": "broken", "forgot": "forgotten", "froze": "frozen", "cancelled": "cancelled",
               "canceled": "cancelled", "double charged": "double-charged", "took": "taken"}
_THING_HAPPENED = rx.compile(
    r"^(?:(?:my|our|the)\s+)?(?!(?:put|got|took|left|hung|set|sent|made|gave|kept|threw|dropped)\b)"
    r"(?P<thing>(?:[\w'’-]+\s+){0,2}?(?P<noun>flight|flights|bag|bags|luggage|baggage|order|parcel|"
    r"package|delivery|train|booking|refund|appointment|connection|suitcase|item|card|account|payment|reservation|"
    r"seat|car|bus|engineer|technician|driver|internet|broadband|wifi|phone|app|bike|bicycle|wallet|purse|laptop|"
    r"keys)(?:\s+(?:to|from)\s+[A-Z][\w'’-]+)?)\s+(?P<verb>was\s+|is\s+|got\s+|"
    r"has been\s+|been\s+)?(?P<state>delayed|cancell?ed|lost|damaged|missing|late|stuck|diverted|overbooked|declined|stolen|"
    r"blocked|frozen|broken|down)\b(?!\s+(?:signal|connection|power|data|service|charge|reception|my|all|its|the)\b)"
    r"(?P<rest>.*)$",
    re.IGNORECASE,
)
"""Chat drops the verb: "flight delayed 3 hours" is "my flight was delayed 3 hours". "My phone lost signal" has its
verb already, and is not "my phone was lost"."""
_STATE_FIRST = rx.compile(
    r"^(?:my\s+|the\s+|a\s+|another\s+)?(?P<state>cancell?ed|delayed|lost|damaged|broken|missing|stolen|"
    r"diverted|overbooked)\s+(?:(?P<thing>flight|flights|bag|bags|luggage|baggage|order|parcel|package|delivery|train|"
    r"booking|appointment|connection|suitcase|item|card|payment|reservation|seat|car|bus)(?P<rest>(?:\s+(?:to|from|"
    r"on|at|in|out of)\s+[\w'’-]+)?)|(?P<number>\d{2,5})(?=\s*(?:$|[.,!?;:]|(?:to|from|at|on|today|tonight|this|"
    r"again|and|yesterday)\b)))",
    re.IGNORECASE,
)
""""cancelled flight to Denver" is "my flight to Denver was cancelled"; "cancelled 1008" is flight 1008, but "lost 14
ranked matches" is not."""
_PERSON = {
    "i": "you", "i'm": "you're", "i’m": "you’re", "i've": "you've", "i’ve": "you’ve", "i'd": "you'd",
    "i'll": "you'll", "me": "you", "my": "your", "mine": "yours", "myself": "yourself", "we": "you",
    "we're": "you're", "we've": "you've", "we'd": "you'd", "we'll": "you'll", "us": "you", "our": "your",
    "ours": "yours", "ourselves": "yourselves", "am": "are",
}
_PERSON_WORD = rx.compile(r"\b(?:" + "|".join(sorted(map(re.escape, _PERSON), key=len, reverse=True)) + r")\b",
                          re.IGNORECASE)
_WAS_AFTER_I = rx.compile(r"\b(you) was\b", re.IGNORECASE)


def acknowledgement(
    customer: Customer, seed: str, variant: int, *, apologise: bool, asked_again: bool = False
) -> str | None:
    """A sentence acknowledging what this customer went through, or ``None`` when nothing fits.

    In order: their own clause, turned to "you"; care first for a grave situation; their own word for
    what went wrong ("the delay").

    ``apologise=False`` for drafts that already say sorry enough: the frame then names the
    situation without another "sorry". ``asked_again``: the draft asks for something the customer says they already
    gave; what went wrong for them is having to repeat it, and saying their details back before asking for them
    again would show the agent read them.
    """
    if customer.praise or customer.thanks_back:
        return None
    # a calm question about a pregnancy or a budget is not grief: care first only when something is wrong
    grave = customer.stakes.grave if customer.problem or customer.upset else None
    if _owns_a_slip(customer.text) and not grave:
        return None  # "…my son had plugged the router into a timer switch. Sorry!": nothing of ours to be sorry for
    suffix = "" if apologise else "_no_apology"
    feeling = _feeling(customer)
    moment = (asked_again and repeated(customer.text)) or (their_moment(customer.text) if customer.text else None)
    if grave not in (None, "bereavement") and customer.seriously_ill:  # "my mother is dying… I can't afford this fare":
        # she comes first; a wife who died of cancer is a death, not an illness
        grave = "health"
    if grave == "health" and _only_mobility(customer.text.lower()):
        grave = None  # "my dad uses a wheelchair… he's nervous": patience and plain words, not "going through this"
    strong = customer.upset or bool(grave)
    if moment and grave in (None, "health") and _MISTREATED.search(customer.text) and not _MISTREATED.search(moment):
        moment = None  # "talked to me like I was an idiot… I was late because the bus broke down": how they were
        # treated is the complaint, not the bus they explain it with
    # money trouble said beside what went wrong ("charged twice and now I'm overdrawn") is what went wrong: a death,
    # an illness or a danger comes first whatever else they mention
    if feeling == "confused" and not grave and _FELT.search(customer.text):  # what confuses them, not the dent
        return _sentence(pick(acknowledgement_frames("their_feeling"), seed, variant).format(feeling=feeling))
    if grave == "safety":  # the safety line comes first; "sorry to hear the cable is lying across the path" after it
        return None          # says the danger back as if it were an inconvenience
    if grave == "health" and (who := relies_on(customer)):  # the tablets running out matter more than the wait
        return _sentence(pick(acknowledgement_frames("dependence"), seed, variant).format(who=who))
    if moment and not (grave and grave != "hardship" and grave not in read_stakes(moment.lower()).kinds
                       and not _names_stakes(moment, customer.stakes.said(grave))):
        frames = acknowledgement_frames("with_moment" + suffix, upset=strong)
        if " heard" in moment:  # "Sorry to hear you haven't heard anything" hears twice
            frames = [frame for frame in frames if "to hear" not in frame] or frames
        frame = pick(frames, seed, variant)
        return _sentence(frame.format(moment=moment, Moment=moment[:1].upper() + moment[1:], feeling=feeling))
    if grave in (None, "health") and _MISTREATED.search(customer.text):  # the receptionist's eye-roll, not the
        return _sentence(pick(acknowledgement_frames("mistreated"), seed, variant))  # prescription it was about
    if grave in ("bereavement", None) and (thing := keepsake(customer.text)):  # "my late dad's watch": not news
        return _sentence(pick(acknowledgement_frames("keepsake"), seed, variant).format(thing=thing))
    if grave == "health" and customer.feeling and customer.feeling.lower() in _FEELINGS \
            and _FELT.search(customer.text) and "hardship" not in customer.stakes.kinds:
        # "first flight since my stroke… I'm quite nervous": their nervousness, not sorrow for all they've been through;
        # but "signed off with depression… I can't pay… I'm terrified" is fear of what they're going through
        return _sentence(pick(acknowledgement_frames("their_feeling"), seed, variant).format(feeling=feeling))
    if grave == "hardship" and customer.asks_to_stop:
        return None  # "I'm a pensioner and can't afford it. Stop writing to me.": the reason to stop, not a confession
    if grave == "hardship" and (customer.upset or _DISPUTED.search(customer.text) or _OWED_LATE.search(customer.text)):
        grave = "hardship_dispute"  # "thank you for being open with me" thanks a complaint for confiding
    # their own clause is about something else (the hold music, not the death): the death comes first; but a calm
    # chase for test results is not someone "going through" something
    if grave == "fraud" and not customer.upset:
        return None  # "got a text saying my account is suspended. Is this you?" asks for an answer, not comfort
    calm = grave == "health" and not customer.upset and not customer.seriously_ill \
        and not _EMERGENCY.search(customer.text)
    if grave == "health" and _DIAGNOSED.search(customer.text):
        grave = "diagnosis"  # "I've been diagnosed with MS": the news they had, named, not "all this to deal with"
    if grave and not calm:
        return _sentence(pick(grave_acknowledgements(grave), seed, variant))
    if calm and _FELL_HURT.search(customer.text):
        return None  # "she fell against a seat and bruised her arm": never "sorry about the trouble with the seat"
    if letdown := _LET_DOWN.search(_NOISE.sub(" ", customer.text)):
        thing = re.sub(r"\s+", " ", letdown.group("thing")).strip()
        frame = pick(acknowledgement_frames("let_down" + suffix), seed, variant)
        return _sentence(frame.format(thing=f"the {thing}".replace("the the ", "the "), feeling=feeling))
    unquoted = _QUOTED.sub(" ", customer.text)  # 'delayed 5 mins' in quotes is the board's claim, not their wait
    if _CONFLICTING.search(unquoted):  # "app says delayed, board says cancelled": the mixed message is the trouble
        if not (ride := _RIDE.search(unquoted)):
            return None
        thing = f"the {ride.group(0).lower()}'s status"
        return _sentence(pick(acknowledgement_frames("confusion" + suffix), seed, variant).format(thing=thing))
    nouns = [_with_length(noun, unquoted) for noun, pattern in _NOUNS
             if (m := pattern.search(unquoted)) and not _said_as_if(unquoted, m.start())
             and (noun != "missed appointment" or _VISIT.search(unquoted) and not _NO_SHOW_FEE.search(unquoted))]
    if nouns:
        frame = pick(acknowledgement_frames("with_noun" + suffix, upset=strong), seed, variant)
        return _sentence(frame.format(noun=nouns[0], feeling=feeling))
    if (thing := troubled_thing(customer.text)) and (feeling == "confused" or not _HURT_PERSON.search(customer.text)):
        kind = "confusion" if feeling == "confused" else "with_thing"
        frame = pick(acknowledgement_frames(kind + suffix, upset=strong), seed, variant)
        return _sentence(frame.format(thing=thing, feeling=feeling))
    if customer.feeling and customer.feeling.lower() in _FEELINGS and _FELT.search(customer.text):
        return _sentence(pick(acknowledgement_frames("their_feeling"), seed, variant).format(feeling=feeling))
    if _DISPUTES_DECISION.search(customer.text):
        return _sentence(pick(acknowledgement_frames("disputed_decision"), seed, variant))
    return None  # nothing of theirs to name: a stock line would be worse than none, so the explanation asks instead


_DIAGNOSED = rx.compile(r"\b(?:i(?:'ve| have)?|i was|i'?m|i am) (?:just |recently |now )?(?:been )?diagnosed with\b",
                        re.IGNORECASE)


_DISPUTES_DECISION = rx.compile(r"\b(?:you(?:'ve| have)?|your (?:\w+ )?(?:team|department|insurer)) (?:have |has )?"
                                r"(?:rejected|refused|denied|declined|turned down) (?:my|our) (?:[\w'’-]+ ){0,2}?"
                                r"(?:claim|refund|application|appeal|complaint)\b|"
                                r"\byou(?:'ve| have)? (?:banned|suspended) (?:my|our|me|us)\b|"
                                r"\b(?:my|our) (?:\w+ )?account (?:was|has been|got|is) (?:permanently )?"
                                r"(?:banned|suspended)|"
                                r"\b(?:i|we)(?:'ve| have)? (?:been|got|was|were) (?:permanently )?banned|"
                                r"\bperma[- ]?bann?(?:ed)?\b", re.IGNORECASE)
""""You've rejected my claim for the burst pipe", "I got banned for cheating": a decision they dispute,
acknowledged as one, not as "trouble with your account"."""


_MOBILITY = rx.compile(r"\b(?:(?:an? |electric |his |her |my )?wheelchairs?|mobility (?:scooter|aid|issues|problems)|"
                       r"mobility|crutches|walking frame|(?:i(?:'m| am)|is|am) disabled|"
                       r"disabled (?:person|customer|son|"
                       r"daughter|child|people|access|badge)|disability|disabilities|hearing aid)\b")


def _only_mobility(lower: str) -> bool:
    """Whether a wheelchair or another aid is all that makes the message a health matter: a way of getting about,
    not an illness to be sorry for."""
    return bool(_MOBILITY.search(lower)) and "health" not in read_stakes(_MOBILITY.sub(" ", lower)).kinds


_THEIR_OWN_SLIP = rx.compile(r"(?:^|[.!?]\s+)sorry[.!]+(?:\s|$)|\bmy (?:own )?(?:fault|mistake|bad)\b|\bsilly me\b|"
                             r"\bidiot moment\b|\bi'?m (?:such )?an idiot\b|\buser error\b|\bfalse alarm\b|"
                             r"\b(?:my )?(?:thumb|finger|hand) slipped\b|\bfat[- ]finger\w*|"
                             r"\b(?:i|we) (?:clicked|pressed|tapped|hit|ticked) the wrong\b|"
                             r"\b(?:i|we) (?:booked|ordered|bought|entered|typed)\b[^.!?\n]{0,40}?"
                             r"\binstead of\b|\b(?:it was|it'?s) an? (?:genuine|honest) (?:mistake|error)\b|"
                             r"\bsorry for (?:the|any) (?:confusion|hassle|trouble|bother)\b|"
                             r"\b(?:i|we|(?:one of )?(?:our|my) (?:admins?|colleagues?|staff|team|assistant|"
                             r"manager|son|daughter|husband|wife|partner|kids?|children|child))\b[^.!?\n]{0,50}?"
                             r"\b(?:by (?:accident|mistake)|accidentally|mistakenly)\b", re.IGNORECASE)
""""Total idiot moment", "my fault entirely", "my thumb slipped", a bare "Sorry!", "one of our admins added 12 seats
by accident", "I booked June instead of July… it's a genuine mistake": they are owning a slip of their own, and a
sorry from us for it reads as if we hadn't read that far."""
_SAID_BY_OTHERS = rx.compile(r"\b(?:says?|saying|said|claim(?:s|ed|ing)?|insist\w*|accus\w*|blam\w*|thinks?)\b",
                             re.IGNORECASE)


def _owns_a_slip(message: str) -> bool:
    """Whether the customer owns a slip of their own, not one someone else pins on them ("the other driver is
    saying it was my fault")."""
    return any(not _SAID_BY_OTHERS.search(message, max(0, m.start() - 25), m.start())
               for m in _THEIR_OWN_SLIP.finditer(message))


_MISTREATED = rx.compile(r"\brolled (?:her|his|their) eyes\b|\b(?:was|were|being) (?:so |really |very |incredibly |"
                         r"extremely )?(?:rude|dismissive|condescending|patroni[sz]ing|sarcastic|abrupt|short) (?:to|"
                         r"towards|with) (?:me|us)\b|\b(?:spoke|talked) (?:to (?:me|us) like(?! an? (?:adult|human|"
                         r"person|friend|grown-up|equal))|down to (?:me|us))|"
                         r"\blaughed at (?:me|us)\b|\b(?:i|we) felt (?:so |really |completely )?(?:humiliated|"
                         r"belittled|patroni[sz]ed)\b|\bmade (?:me|us) feel (?:so |really )?(?:humiliated|belittled|"
                         r"stupid|small)\b|\b(?:swore|shouted|yelled|screamed) at (?:me|us)\b",
                         re.IGNORECASE)
""""She rolled her eyes and told me to read the sign… I felt humiliated", "your rider swore at me": how they were
treated is the trouble."""
_HURT_PERSON = rx.compile(r"\b(?:bull(?:y|ies|ied|ying)|pushed (?:him|her|them|me) around|being pushed around|picked on|"
                          r"(?:calling|called) (?:him|her|them|me) names|beaten up|assaulted|attacked|in tears|came home "
                          r"crying|refus(?:es|ing) to (?:go|come) (?:in|to school))\b", re.IGNORECASE)
""""His phone was smashed" in a letter about a bullied son: "sorry about the trouble with the phone" makes light of what
happened to the child, so no thing is named in its place."""
_OWED_LATE = rx.compile(r"\b(?:was|were|is|are) (?:meant|supposed|due) to (?:come|arrive|land|go in|be paid|be in)\b|"
                        r"\b(?:still )?(?:hasn'?t|has not|haven'?t|have not) (?:arrived|come through|come in|landed|"
                        r"been paid)\b", re.IGNORECASE)
""""My payment was meant to come on the 15th. I have £3.20 and two kids": money owed to them is late, and the
hardship is what the delay costs; thanking them for being open would treat the complaint as a confession."""
_DISPUTED = rx.compile(r"\b(?:can'?t|cannot) (?:pay|afford) (?:this|that|it)\b|\bdon'?t (?:even )?use\b|\bhow (?:can|is|has) "
                       r"(?:it|this|that)\b|\bhow (?:can|could) (?:i|we) (?:have )?(?:underpaid|owe|be in arrears)\b|"
                       r"\b(?:doubled|tripled|gone up|put up|increased|hiked)\b|\bwrong\b|can'?t be right|"
                       r"\bmistake\b|\bcharged (?:my card |me |us )?(?:twice|double|again)\b|\bdouble[- ]charged\b|"
                       r"\bduplicate\b|\bovercharged\b|"
                       r"\b(?:hasn'?t|has not|haven'?t|have not) (?:come|arrived|been paid)|"
                       r"\bnothing(?:'s| has) (?:come|gone) in\b|\b(?:was|were) (?:meant|supposed|due) to (?:be paid|"
                       r"arrive|come in)\b|\b(?:refund|waive|remove|reverse|cancel|take off) (?:the|these|those|my|"
                       r"that|this) (?:\w+ )?(?:fees?|charges?)\b|"
                       r"\b(?:wages|salary|pay|benefits?) (?:was|were|came in) late\b|"
                       r"\b(?:nobody|no one|no-one) (?:told|warned|contacted|emailed|called) (?:me|us)\b|"
                       r"\bwhy (?:wasn'?t|weren'?t) (?:i|we) (?:told|warned|contacted)\b", re.IGNORECASE)
""""I can't pay this. I don't even use much water!", "charged twice… now I'm overdrawn", "my wages were late… can
you refund the fees?", "nobody told me it was overdrawn": a bill they dispute, not
money trouble they are confiding; nor is "my Universal Credit was meant to be paid today and nothing's come in… I've
got £3", money owed to them that hasn't come."""


def keepsake(message: str) -> str | None:
    """The keepsake of someone who died long enough ago that the death is not the news ("I left my late
    grandmother's ring in the room"), said back as "your late grandmother's ring"; ``None`` when the message
    reports a death itself or names no keepsake, or asks about it ("Does my late husband's watch count as capital?"):
    a question about it is not trouble with it."""
    m = KEEPSAKE.search(message)
    if not m or "bereavement" in read_stakes(KEEPSAKE.sub(" ", message).lower()).kinds \
            or _ASKED_ABOUT.match(message, m.end()):
        return None
    return f"your late {m.group(1).lower()}'s {m.group(2).lower()}"


_ASKED_ABOUT = rx.compile(r"[^.!?\n]*\?")


def relies_on(customer: Customer) -> str | None:
    """Who relies on what, said back ("your mum relies on an oxygen concentrator", "you're about to run out of your
    epilepsy meds"), when the customer says someone depends on a machine or treatment that the trouble puts at risk;
    ``None`` otherwise."""
    dependence = customer.dependence
    if dependence is None:
        return None
    if dependence.running_out:
        return f"you're about to run out of your {dependence.thing}"
    who = _second_person(dependence.who)
    verb = "rely" if who.lower() == "you" else "relies"
    thing = re.sub(r"^(?:her|his|my|our) ", "", dependence.thing.lower())
    if _A_MACHINE.search(thing) and not re.match(r"an? ", thing):
        thing = ("an " if thing[0] in "aeiou" else "a ") + thing
    return f"{who} {verb} on {thing}"


_A_MACHINE = rx.compile(r"machine|concentrator|pump|ventilator|nebuli|lift|hoist|wheelchair")
"""Equipment, which takes "a" ("a nebuliser"), unlike a treatment ("dialysis", "oxygen")."""


_REPEATED = rx.compile(
    r"\b(?:i|we)(?:'ve|’ve| have| had)? (?:already |now |even )*(?P<done>sent|given|provided|explained|told|called|rung|"
    r"emailed|uploaded|submitted|reported|filled in|filled out)(?P<what>(?: [\w'’-]+){0,5}?)"
    r"(?P<times> (?:two|three|four|five|six|\d+|several|multiple|many) times|,? twice)\b",
    re.IGNORECASE,
)
_BASE = {"sent": "send", "given": "give", "provided": "provide", "explained": "explain", "told": "tell", "called": "call",
         "rung": "ring", "emailed": "email", "uploaded": "upload", "submitted": "submit", "reported": "report",
         "filled in": "fill in", "filled out": "fill out"}


def repeated(message: str) -> str | None:
    """What the customer has had to do more than once ("I've already sent you the invoice number three times"), said
    back as "you've had to send us the invoice number three times"; ``None`` when they don't say."""
    m = _REPEATED.search(message)
    if not m:
        return None
    theirs = _second_person(re.sub(r"\byou\b", "\0", m.group("what"), flags=re.IGNORECASE))  # their "you" is us
    return f"you've had to {_BASE[m.group('done').lower()]}{theirs.replace(chr(0), 'us')}{m.group('times').lstrip(',')}"


def _names_stakes(moment: str, word: str | None) -> bool:
    """Whether their own clause is the grave thing itself ("your dad fell on those stairs" for "my dad fell"), said
    back in the second person, so it names what matters rather than something beside it."""
    return word is not None and re.sub(r"^(?:my|our|i|we)\s+", "", word.lower()) in moment.lower()


def troubled_thing(message: str) -> str | None:
    """What the trouble is with, named as the customer named it ("your booking", "the app"), when a sentence of
    theirs puts that thing within a few words of a sign of trouble; ``None`` otherwise, rather than a guess."""
    # a 'premium' cleaner is no thing, and "(account BUS-30981)" is a reference, not what went down
    for sentence in read(_NOISE.sub(" ; ", _QUOTED.sub(" ; ", _REFERENCE_ASIDE.sub(" ", message)))).sentences:
        lower = _CLEAN_RECORD.sub(lambda m: " " * len(m.group(0)), sentence.text.lower())  # no claim is no trouble
        if _HYPOTHETICAL.search(lower):
            continue
        # what happened to the thing, not how they feel about it: "disappointed you're ending flights" is not
        # trouble with a flight
        troubles = [m.start() for m in PROBLEM.finditer(lower)  # not left behind, not "never once missed"
                    if not FEELING.fullmatch(m.group(0)) and not m.group(0).startswith("left ")
                    and not _NEGATED.search(lower, 0, m.start())]
        # "left sitting alone at the gate for over an hour": where it happened, not what went wrong
        near = [(min(_words_between(lower, m.start("thing"), t) for t in troubles), m) for m in _THING.finditer(lower)
                if troubles and not _AT_PLACE.search(lower, max(0, m.start("thing") - 12), m.start("thing"))]
        near = [(distance, m) for distance, m in near if distance <= _NEAR]
        if near:  # the thing nearest the trouble: "the flight got cancelled and the app…" is about the flight
            m = min(near, key=lambda pair: pair[0])[1]
            if m.group("thing") in _DECIDED_THINGS and _DECIDED.search(lower) or _DISPUTES_DECISION.search(lower):
                return None  # "you've rejected my claim": a decision they dispute, not "the trouble with your claim"
            if _asked_to_stop(message.lower(), m.group("thing")):
                return None  # "stop phoning me… it scares me when the phone rings late": not "problems with the phone"
            owner = "your" if m.group("mine") else "the"
            return f"{owner} {m.group('thing').replace('check in', 'check-in')}"  # typed as a verb, named as a noun
    return None


_NEAR = 2


def _asked_to_stop(lower: str, thing: str) -> bool:
    """Whether the thing is what they ask us to stop using on them ("stop phoning me"): the trouble is what we keep
    doing, not the thing."""
    stem = thing.split()[-1][:4]  # "phone" in "stop phoning me"
    return any(stem in lower[m.start() : m.end() + 40] for m in ASKS_TO_STOP.finditer(lower))

_REFERENCE_ASIDE = rx.compile(r"\((?:account|acct|ref|reference|order|booking|policy|claim|ticket|case|customer)\b"
                              r"[^()\n]{0,30}\)", re.IGNORECASE)
_AT_PLACE = rx.compile(r"\bat (?:the |my |our |your )?$")
_DECIDED = rx.compile(r"\b(?:rejected|refused|denied|declined|turned down|upheld)\b")
_DECIDED_THINGS = frozenset({"claim", "refund", "application", "appeal", "complaint"})
_NEGATED = rx.compile(r"\b(?:never|not|n't|no)(?: once| ever| even)?\s+\Z|n't\s+\Z")
_HYPOTHETICAL = rx.compile(r"^\W*either\b|\b(?:if|whether|in case|might|could|would|will|going to|gonna|"
                           r"does (?:that|this|it) mean|"
                           r"(?:is|are) (?:there|something|anything)|something(?:'s| is)|(?:concerned|worried|afraid|"
                           r"scared|nervous) (?:about|that|we|i))\b")


def _words_between(text: str, a: int, b: int) -> int:
    return len(text[min(a, b) : max(a, b)].split())


VERDICT = (r"(?:unfair|unjust|wrong|unreasonable|excessive|too (?:high|much|expensive|steep|strict|harsh)|harsh|steep|"
           r"not (?:fair|right|reasonable|acceptable)|incorrect|unacceptable|ridiculous|outrageous|pathetic|useless|"
           r"illegal|greedy|shambolic)")
"""What a customer may think of a charge or a rule, said as a quality: theirs to hold, ours to understand."""
_VERDICT = rx.compile(
    r"\b(?:is|are|was|were|'s|'re)(?: just| such| so)? (?:a |an |total |complete |absolute )?(?:rip[- ]?off|scam|joke|"
    r"disgrace|(?:daylight )?robbery|con|theft|a shambles|a mistake|" + VERDICT + r")\b",
    re.IGNORECASE,
)
"""A clause that judges the company rather than saying what happened to the customer."""


_IRONY = rx.compile(r"\biron(?:y|ic)\b|\bnot lost on\b|\b(?:can'?t|cannot|couldn'?t|won'?t) exactly\b", re.IGNORECASE)
"""A wry remark ("the irony is not lost on me", "I can't exactly go to the shops") said back with "sorry" reads as
mockery."""
_CUT_SHORT = rx.compile(r"\b(?:showing|shows|saying|says|reads|reading|displaying|displays|called|named|been|being|be|is|was|"
                        r"are|were|it'?s|it’s|that|to|of|at|than|the|a|an|my|your|our|with|for|either|still)$",
                        re.IGNORECASE)
""""My dashboard keeps showing", "two emails saying it's been": the quoted words are never lifted, so the clause stops
short, as "keeps failing at" does once a figure goes, and "is still" once "'being traced'" does. "…haven't got it
either" leans on something said before it."""
_DATE_NOW = rx.compile(r"\b(?:is|are|'s) now (?:the )?(?:\d|monday|tuesday|wednesday|thursday|friday|saturday|sunday)",
                       re.IGNORECASE)
""""It's now the 16th" says how long they've waited, not what went wrong: "sorry your refund is now the 16th"."""
_DENIED = rx.compile(r"\W*(?:i|we)(?:'ve| have)? (?:haven'?t|have not|didn'?t|did not|never|not) (?:even |once |ever )?"
                     r"(?:been (?:abroad|away|there|using)|changed|used|done|touched|made|ordered|travel+ed|gone|"
                     r"called|requested|clicked|authori[sz]ed|opened|signed up|downloaded|installed)\b", re.IGNORECASE)
""""I haven't been abroad, I haven't changed anything": what they say they didn't do, to show the fault isn't theirs;
"sorry you haven't been abroad" is nonsense."""
_PLAN = rx.compile(r"\b(?:was|were) (?:meant|supposed|due|scheduled) to\b", re.IGNORECASE)
"""What was promised ("my prescription was supposed to be ready Tuesday"), unless it can be said back as what didn't
happen: "sorry to hear it was supposed to be ready" is sorry for the plan."""
_PLANNED = rx.compile(r"\b(?:was|were|is|are) (?:meant|supposed) (?:to be )?for\b", re.IGNORECASE)
"""What was planned ("the set was meant to be for his birthday") is why it matters, not what went wrong: "sorry to
hear the set was meant to be for his birthday" reads as sorry about the birthday."""
_SCHEDULED = rx.compile(r"\W*(?:my|our|your) (?:[\w'’-]+ ){0,2}?(?:appointment|interview|exam|hearing|surgery|"
                        r"operation|flight|wedding|deadline|start date|court date) is (?:on|at|this|next|"
                        r"tomorrow|today|"
                        r"in \d)\b|\W*(?:the|my|our|your) (?:[\w'’-]+ ){0,2}?(?:deadline|time ?limit|target|timescale|"
                        r"timeframe) (?:is|was|are)\b", re.IGNORECASE)
""""My visa appointment is on 19 August and without the letter I can't submit", "the statutory deadline is 8 weeks":
when something is due is why the wait matters; "sorry your visa appointment is on 19 August" is sorry for the
appointment, and "sorry the deadline is 8 weeks" for the rule."""
_CAME_TO_LOOK = rx.compile(r"\b(?:came|come|visited|called) (?:out |round |over )?to (?:look at|inspect|assess|check|"
                           r"see|survey|measure|quote for)\b", re.IGNORECASE)
""""It's been six weeks since the surveyor came to look at our broken window": the visit is where the wait began;
"sorry the surveyor came to look at your window" is sorry for the visit."""
_WORDS_FAIL = rx.compile(r"\b(?:can'?t|cannot|couldn'?t) (?:begin to )?(?:explain|describe|tell you|express|put into "
                         r"words|say) (?:how|what)\b", re.IGNORECASE)
""""I can't explain how much that hurt": how strongly they feel, not something they can't do."""
_ABILITY = rx.compile(r"\b(?:can'?t|cannot|can not|unable to) (?:read|see|hear|walk|speak|talk|type|write|drive|stand|"
                      r"remember|(?:just )?do (?:anything|a thing|nothing))\b|"
                      r"\b(?:is|are|was|were)(?:n'?t| not) (?:here|around|available|about) to help\b|"
                      r"\b(?:hearing|eyesight|sight|memory|mobility|balance|legs|eyes|ears) (?:is|are|isn'?t|aren'?t|"
                      r"has|have)(?: not| never been)? (?:not |very |so |too )?(?:good|great|poor|bad|weak|failing|"
                      r"going|what (?:it|they) used to be)\b", re.IGNORECASE)
"""What a customer can't do because of who they are ("cards I can't read", "my hearing is not good"), or who isn't
there to help them ("my granddaughter is not here to help"): never a thing to be sorry to hear. Nor is "can't do
anything", which names nothing."""
_LEFT_OVER = rx.compile(r"\b(?:only )?(?:\d+|one|two|three|four|a few|a couple of) (?:days?|tablets|pills|doses|weeks?|pens)(?:['’])?"
                        r"(?: worth)?(?: of (?:my |your |her |his )?[\w-]+(?: [\w-]+)?)? left\b", re.IGNORECASE)
""""I've got 2 days of my epilepsy meds left": why it is urgent, not a thing to be sorry to hear."""
_OWN_LAPSE = rx.compile(r"^(?:i|we)(?:'ve|’ve| have| had| just)* (?:missed|forgot|forgotten) (?:to pay )?"
                        r"(?:(?:my|our|a|the|this|last|two|three|four|several|a few|some|\d+) |\w+['’]s )"
                        r"(?:[\w'’]+ ){0,2}?"
                        r"(?:payment|bill|instalment|installment|deadline|appointment|repayment)", re.IGNORECASE)
""""I missed my credit card payment": their own lapse, which the hardship beside it explains; sorry to hear it
reads as sorry for what they did."""
_MISSPELT = frozenset("""agian againe recieved recieve colected collcted definately untill becuase beacuse seperate wierd
occured tommorow tomorow peices dissapointed dissappointed accomodation adress wich thier alot happend arived
arrrived cancelation cancled delievered deliverd paied refuned responce wating waitting experiance payed acount
accout literaly definatly becasue freind goverment tommorrow begining beleive adresss problm recived""".split())
"""Slips a phone makes that, said back, would read as the agent's mistake."""


def _unclosed_quote(clause: str) -> bool:
    opened = list(re.finditer(r"(?:^|\s)['‘](?=\w)", clause))
    return bool(opened) and not re.search(r"\w['’](?!\w)", clause[opened[-1].end() :])


_REPORTED = rx.compile(
    r"\W*(?:i|we)(?:'ve| have)? (?:already |first |now |also |just |even )?(?:reported|called|rang|phoned|emailed|"
    r"e-mailed|wrote|written|messaged|contacted|asked|told|complained|raised|logged|chased|ordered|bought|booked|"
    r"purchased|paid|sent|submitted|applied|posted|renewed|signed up|tried (?:\w+ times |twice )?to|took (?:a )?"
    r"(?:photos?|pictures?|screenshots?|videos?)|kept (?:the|my) (?:receipt|ticket))\b",
    re.IGNORECASE,
)


def their_moment(message: str) -> str | None:
    """The clause where the customer says what happened to them, turned to "you"; ``None`` when none lifts cleanly.
    Words in quotes are someone else's (a letter, a fee's name): never the customer's own clause."""
    text = _NOISE.sub(" ; ", _QUOTED.sub(" ; ", message))
    text = _HAS_BEEN.sub(r"\1 has been", re.sub(r"[ \t]+", " ", text))  # "internet's been down since 6am"
    best: tuple[int, str] | None = None
    mine: re.Match[str] | None = None
    no_show = bool(_NO_SHOW.search(message))
    quoted = {word for quote in _QUOTED.findall(message) for word in _WORDS.findall(quote.lower())}
    for sentence in read(text).sentences:
        if quoted and set(_WORDS.findall(sentence.text.lower())) <= quoted:
            continue  # 'Your message says "some items may be missing". Missing items??' throws their words back
        for clause in _CLAUSE_BREAK.split(_it_named(_it_from_before(sentence.text, mine))):
            candidate = _tidy(_not_kept(clause) if no_show else clause)
            candidate = candidate and _MONEY_TAIL.sub("", candidate)  # "…cut at work and after rent I have £30 left"
            candidate = candidate and _TRIED_TIMES.sub(r"\1 had to try ", candidate)  # "I've tried to cancel 3 times"
            candidate = candidate and _NO_ARTICLE.sub(r"\1 the \2", candidate)  # "stuck on train"
            candidate = candidate and _NO_FROM.sub(r"\1 from \2", candidate)  # "my flight Manchester to Rome"
            # "the fee is a rip off" is their view of us ("I'm sorry the fee is a rip off" concedes it); "I reported
            # it in May" is what they did about it ("sorry to hear you reported it" thanks them for nothing)
            if not candidate or _VERDICT.search(candidate) or _MONEY_LEFT.search(candidate) \
                    or _EVIDENCE.search(candidate) or _PLANNED_EVENT.match(candidate) or _REPORTED.match(candidate) \
                    or _ABILITY.search(candidate) or _WORDS_FAIL.search(candidate) \
                    or _SCREEN_SAYS.search(candidate) \
                    or _KEPT_UP.search(candidate) or _GOOD_NEWS.search(candidate) or _HAD_DONE.search(candidate) \
                    or _OWN_LAPSE.match(candidate) or _LEFT_OVER.search(candidate) \
                    or _IRONY.search(candidate) or _DATE_NOW.search(candidate) or _CUT_SHORT.search(candidate) \
                    or _PLANNED.search(candidate) or _PLAN.search(candidate) or _DENIED.match(candidate) \
                    or _SCHEDULED.match(candidate) or _CAME_TO_LOOK.search(candidate) \
                    or _BARE_COUNT.search(candidate) or _BARE_SUBJECT.search(candidate) or _HEARSAY.match(candidate) \
                    or _HERE.search(candidate) or _HEDGED.search(clause) or _STEP_DONE.match(candidate) \
                    or _LEANS_BACK.match(candidate) or _WITH_THEM.match(candidate) \
                    or _PROMISED_NOW.search(candidate) or _BANNED_FOR.search(candidate) or _AT_STAKE.search(candidate) \
                    or _LOST_TO.search(candidate) or _LOYAL.search(candidate) or _OWN_MOMENT.match(candidate) \
                    or _CLEAN_RECORD.search(candidate) or _LIFE_ON_HOLD.search(candidate) \
                    or NOT_HARMED.search(candidate.lower()) or _OWN_CHOICE.match(candidate) \
                    or _GRANTED.search(candidate) \
                    or _SPEECH_TAIL.search(candidate) \
                    or _unclosed_quote(candidate):  # "keeps saying 'it's on the list" lost its closing quote
                continue
            strength = _strength(candidate)
            if strength and (best is None or strength > best[0]):
                best = (strength, candidate)
        thing = _THING.search(sentence.text.lower())
        mine = thing if thing and thing.group("mine") else mine
    return _second_person(_without_why(best[1])) if best else None


_TRIED_TIMES = rx.compile(r"^(\W*(?:i|we)(?:'ve| have)) tried (?=(?:\w+ times|twice) to\b|to\b.*\b(?:twice|times)\b)",
                          re.IGNORECASE)
""""I've tried to cancel three times": said back as what they've had to do, not as something to be sorry for."""
_AT_STAKE = rx.compile(r"\b(?:can'?t|cannot|can not) (?:afford to )?(?:lose|miss)\b", re.IGNORECASE)
""""I can't lose the flights": what is at stake, not what went wrong; "sorry to hear you can't lose…" is nonsense."""
_BANNED_FOR = rx.compile(r"\b(?:banned|suspended|blocked|closed) for (?!\d|a |an |the |one |two |three )\w",
                         re.IGNORECASE)
""""Banned for cheating" said back ("sorry you got banned for cheating") repeats the charge they dispute; the
reason in quotes ('cheating') is already left out."""
_MONEY_LEFT = rx.compile(r"[£$€]\d[\d,.]* (?:left|until|till|to last|in (?:my|your|the) (?:account|bank))\b",
                         re.IGNORECASE)
""""I've got £40 until payday": what they have left is theirs to say; said back, it reads like a statement."""
_SCREEN_SAYS = rx.compile(r"\b(?:it|my \w+|your \w+|the (?:app|screen|site|website|page|machine|system|reader|"
                          r"terminal)) (?:keeps?|kept) (?:saying|showing)\b", re.IGNORECASE)
""""It keeps saying link expired": the words on their screen, which said back without quotes read as garbled ("the
pharmacy keeps saying my patches are out of stock" is a whole clause, and stays)."""
_EVIDENCE = rx.compile(r"\b(?:haven'?t|have not|hadn'?t|had not|never) (?:been|gone|travell?ed) (?:to|near|abroad)\b|"
                       r"\b(?:i'?ve|i have|we'?ve|we have) (?:got|kept|still got) (?:the|a|my|our) (?:\w+ )?"
                       r"(?:receipts?|proof|photos?|screenshots?|confirmation|video|"
                       r"(?:letter|note|report|certificate)s? from)\b|"
                       r"\b(?:still )?(?:got|have|has) (?:my|the|our|her|his) (?:\w+ )?card (?:with|on|in)\b|"
                       r"\bcard (?:is|was) (?:still )?(?:in|on|with) (?:my|me)\b|"
                       r"\bneighbou?rs? (?:haven'?t|hasn'?t|have not|has not|didn'?t|did not|don'?t) (?:got|have|seen|"
                       r"taken|had)\b|"
                       r"\b(?:was|were) (?:submitted|sent|made|lodged|filed|posted|placed|raised|logged|returned|"
                       r"booked|ordered|handed in|dropped off) (?:in |on )?(?:over |about |almost |nearly |more than )?"
                       r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|a couple of) "
                       r"(?:days?|weeks?|months?|years?) ago\b|"
                       r"\b(?:i'?ve|i have)(?: still)? got (?:the|a|my) (?:[\w'’-]+ ){0,3}(?:letter|note|receipt|"
                       r"certificate|photos?|proof|screenshots?|confirmation|email)\b"
                       r"(?!\s+(?:saying|telling|that|demanding|from|about|asking))",
                       re.IGNORECASE)
""""I haven't been to Manchester in years" beside a payment they didn't make, "I've got the fracture clinic letter",
"the neighbours haven't got it", "my claim was sent 6 weeks ago": their evidence, not their trouble."""
_PLANNED_EVENT = rx.compile(r"\W*(?:i|we) had (?:a|an|my|our) (?:job )?(?:interview|exam|meeting|presentation|wedding|"
                            r"early flight|big day)\b", re.IGNORECASE)
""""I had a job interview on the 11th and barely slept": what the lost sleep cost them, not what went wrong."""
_MONEY_TAIL = rx.compile(r"\s+(?:and|but|so)\s+[^,;]*?[£$€]\d[\d,.]* (?:left|until|till|to last)\b.*$",
                         re.IGNORECASE)
_BARE_COUNT = rx.compile(r"(?:(?<=ed )\d+|(?<=[a-z] )(?:one|two|three|four|five|six|seven|eight|nine|ten|a few|several|"
                         r"both))\W*$",
                         re.IGNORECASE)
""""I've missed two": the number stands for a noun in the sentence before, so said back alone it means nothing."""
_BARE_SUBJECT = rx.compile(r"(?<=\s)(?:someone|somebody|nobody|no one|everyone|he|she|they|we|i|who)\W*$",
                           re.IGNORECASE)
""""…and each time someone 'resets the line'": with the quote gone, the clause stops at its subject."""
_LEANS_BACK = rx.compile(r"^\W*(?:and |but |then )?(?:the (?:next|last|other|first|second|later|earlier) one|"
                          r"(?:this|that) one|the next)\b", re.IGNORECASE)
""""…my 07:42 was cancelled and the next one was 47 minutes late": "the next one" needs the clause before it, so said
back alone ("sorry to hear the next one was late") it names nothing."""
_GOT_CHILDREN = (r"(?:(?:'ve| have)? got| had) (?:an? |(?:two |three |four )?(?:little |young |small )?|"
                 r"a (?:little|young|new) )?(?:toddler|baby|newborn|kids|children|child|twins)s?(?: with (?:us|me))?\b")
"""Who is at home or along with them ("we've got a toddler", "we had two young children with us"): why it matters,
never a thing to be sorry for."""
_AND_WHO_WE_HAVE = rx.compile(r"\s+and (?:i|we)" + _GOT_CHILDREN + r".*$", re.IGNORECASE)
""""…the floor is still up and we've got a toddler": the trouble is the floor."""
_WHO_WE_HAVE_FIRST = rx.compile(r"^\W*(i|we)" + _GOT_CHILDREN + r" and (?:i |we )?", re.IGNORECASE)
""""I've got a baby and can't even make up a bottle": what they can't do is the trouble."""
_HOLD_FIRST = rx.compile(r"^\W*(?:@\w+\s+)?(\d+ (?:hours?|hrs?|mins?|minutes?)(?:,? (?:and )?\d+ (?:mins?|minutes?))?) "
                         r"on hold\b(?:\s+to \w+\b.*$)?", re.IGNORECASE)
""""2 hours 14 mins on hold to report a missed bin": chat shorthand for how long they were kept waiting."""
_WITHOUT_IT = rx.compile(r"\s+without (?:it|them|this|that|one)\W*$", re.IGNORECASE)
_TRYING_TO = rx.compile(r",?\s+(?:while |when )?trying to \w+(?: \w+){0,4}\W*$", re.IGNORECASE)
""""Card declined in Tokyo trying to pay hotel": the errand they were on, in their shorthand; the snag is the
decline."""
_NAMED_RELATIVE = rx.compile(r"\b((?i:my|our) " + RELATIVE + r"),? [A-Z][a-z]+ [A-Z][a-z'-]+,?(?= [a-z])")
""""My father Derek Alton died three weeks ago": the full name is for the records, and said back it reads like a form;
"your son Noah" keeps the name they use."""
_SINCE_STOPPED = rx.compile(r"\b(has|have) stopped working(?= since\b)", re.IGNORECASE)
""""The internet has stopped working since Tuesday": said back as "hasn't worked since Tuesday"."""
_WITH_THEM = rx.compile(r"^\W*(?:i|we)(?:'ve| have)? got (?:[\w-]+ ){0,2}?(?:kids|children|baby|babies|toddlers?|"
                        r"dogs?|family|grandchildren|son|daughter|mum|dad|wife|husband|partner)\b[^,;]*?"
                        r"\bwith (?:me|us)\b", re.IGNORECASE)
""""I've got two kids with me and we've been waiting an hour": who is with them is why it matters, never a thing to be
sorry they have."""
_HEDGED = rx.compile(r"\b(?:fairly|pretty|quite|almost|not) (?:sure|certain|positive|convinced)\b|"
                     r"\bi (?:think|believe|reckon) (?:i|we)(?:'ve| have)? "
                     r"(?:got |was |were |been )?(?:charged|billed|overcharged|double[- ]charged)\b", re.IGNORECASE)
""""…found what I'm fairly sure were bedbugs": their hedge, said back, reads as doubting them; "I think I got charged
twice" said back as "you got charged twice" states as our mistake what they only suspect."""
_NO_ARTICLE = rx.compile(r"\b(on|in|at|off|missed) (train|bus|plane|tube|platform|motorway|ferry|coach|tram|flight|"
                         r"station|hotel|restaurant|airport|supermarket|shop|till|connection)\b(?! [A-Z]*\d)",
                         re.IGNORECASE)
""""stuck on train", "declined at hotel": a text message drops its articles, and said back it gets them back ("on
platform 7" is whole)."""
_NO_FROM = rx.compile(r"\b((?i:flight|train|coach|bus|ferry|sailing)) ([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)? (?i:to) [A-Z])")
""""my flight Manchester to Rome": shorthand for a route, said back with its "from"."""
_FELL_HURT = rx.compile(r"\b(?:fell|fallen|bruised|sprained|(?:hurt|injured|cut|broke|burn(?:ed|t)) "
                        r"(?:her|his|my|their))\b", re.IGNORECASE)
"""Someone hurt, told calmly: the things around the fall (the seat, the step) are not what went wrong."""
_HERE = rx.compile(r"\bhere\b", re.IGNORECASE)
""""Stuck here": where they are, not where we are."""
_HEARSAY = rx.compile(r"\W*(?:the |a |an |my |your |our )?\w+(?: \w+)? (?:says|said|told me|tells me|claims|claimed)\b",
                      re.IGNORECASE)
""""The driver says it is not working": what someone else said; sorry to hear it reads as doubting them both."""
_CLOCK_TAIL = rx.compile(r",?\s+(?:at|around|about|approximately|approx\.?|just (?:after|before))\s+"
                         r"\d{1,2}(?:[.:]\d{2})?(?!\s*%)"
                         r"(?:\s?(?:am|pm|a\.m\.|p\.m\.))?\W*$", re.IGNORECASE)
""""You left your laptop bag on the 73 bus this morning around 8.20": the minute is for the lost property office, and
said back it reads like a form being filled in."""


_HAS_BEEN = rx.compile(r"(\w)['’]s been\b")
_PROMISED_NOW = rx.compile(r"\b(?:is|are|'s|'re) (?:meant|supposed) to be\b", re.IGNORECASE)
""""My broadband is meant to be 150Mb": what they pay for, not what went wrong ("sorry your broadband is meant to
be…")."""
_NO_REASON = rx.compile(r",?\s+for no (?:good |apparent )?reason(?: at all| whatsoever)?\b", re.IGNORECASE)
""""Banned for no reason" is their verdict on us: said back, the reason is left out, neither conceded nor denied."""


_WHY_TAIL = rx.compile(r"\s+(?:after|because|as|since|due to|following|when)\s+\S.*$", re.IGNORECASE)
MAX_SAID_BACK = 8
"""Words of their clause said back before the reason it gives is left to them: "your dog Biscuit was put to sleep
yesterday", not "…after the cancer treatment stopped working"."""


def _without_why(clause: str) -> str:
    """Only where what comes first is grave enough alone (a death, an illness): "stranded in MIA after my flight was
    canceled" needs its reason, which is what went wrong."""
    if len(clause.split()) <= MAX_SAID_BACK:
        return clause
    short = _TRAILING_JOINT.sub("", _WHY_TAIL.sub("", clause))
    return short if len(short.split()) >= MIN_WORDS and read_stakes(short.lower()).kinds else clause


_DUE = rx.compile(r"^\W*(?P<thing>(?:[\w'’-]+ ){0,3}?[\w'’-]+) (?:was|were) (?:meant|supposed|due|scheduled|booked) to "
                  r"(?P<verb>arrive|come|be delivered|turn up|show up|be fitted|be installed|be collected|be here|"
                  r"be ready|be fixed|be repaired|be back)\b"
                  r"(?P<when>.*)$", re.IGNORECASE)
_NO_SHOW = rx.compile(r"\b(?:nothing\.|no[- ]show|(?:nobody|no one|no-one) (?:came|turned up|showed)|never (?:came|arrived|"
                      r"turned up|showed)|didn'?t (?:come|arrive|turn up|show)|hasn'?t (?:come|arrived|turned up|shown up)|"
                      r"still (?:not here|waiting|nothing))", re.IGNORECASE)
_DAY = rx.compile(r"\b(?:today|yesterday|this (?:morning|afternoon|evening)|on (?:monday|tuesday|wednesday|thursday|"
                  r"friday|saturday|sunday))\b", re.IGNORECASE)
_NOT_KEPT = {"be delivered": "wasn't delivered", "be fitted": "wasn't fitted", "be installed": "wasn't installed",
             "be collected": "wasn't collected", "turn up": "didn't turn up", "show up": "didn't turn up",
             "be ready": "wasn't ready", "be fixed": "wasn't fixed", "be repaired": "wasn't repaired",
             "be back": "wasn't back"}


def _not_kept(clause: str) -> str:
    """"The sofa was meant to arrive between 7 and 7 today" from someone who then says nothing came is "my sofa didn't
    come today": what went wrong, not what was planned. The day stays; the promised window was ours."""
    due = _DUE.match(clause)
    if not due:
        return clause
    thing = re.sub(r"^your\b", "the", due.group("thing"), flags=re.IGNORECASE)  # "your plumber": the one you sent
    if not re.match(r"(?:my|our|the|his|her|their)\b", thing, re.IGNORECASE):
        thing = f"my {thing[:1].lower() + thing[1:]}"
    day = _DAY.search(due.group("when"))
    missed = _NOT_KEPT.get(due.group("verb").lower(), "didn't come")
    return f"{thing} {missed} {day.group(0)}" if day else f"{thing} {missed}"


_KEPT_UP = rx.compile(r"\b(?:haven'?t|have not|hasn'?t|has not|never|not|without) (?:yet |once |ever )?(?:missed|"
                      r"been late|fallen behind|defaulted)\b|\b(?:i|we) (?:haven'?t|have not|never|didn'?t|did not) "
                      r"(?:crashed|moved|claimed|made a claim|had an? (?:accident|claim|crash)|changed (?:anything|a "
                      r"thing))\b", re.IGNORECASE)
""""I haven't missed one yet" is what they've kept up, and "I haven't crashed, I haven't moved" the case they make:
sorry to hear it would be sorry for the good news."""
_GOOD_NEWS = rx.compile(r"\b(?:still|is|are|was|were) (?:completely |perfectly )?(?:driveable|drivable|working|usable|"
                        r"fine|ok|okay|safe|intact|in one piece|alright|all right|unharmed|unhurt)\b|\b(?:nobody|no one|"
                        r"no-one|everyone) (?:is |was |got )?(?:badly |seriously )?(?:hurt|injured|fine|ok|okay|safe)\b",
                        re.IGNORECASE)
""""The car is still driveable", "nobody is hurt": the part of their news that went right."""
_STEP_DONE = rx.compile(r"^\W*(?:the|my|our|your) (?:[\w'’-]+ ){0,2}(?:was|were|has been|had been) (?:done|completed|"
                        r"carried out|submitted|signed|approved|paid)\b(?! (?:badly|wrong|incorrectly|poorly|twice|"
                        r"without))", re.IGNORECASE)
""""The valuation was done 3 weeks ago", "my form was submitted on 2 May": a step of the process that went as it
should, which they give as the timeline; "sorry to hear the valuation was done" is sorry for nothing."""
_HAD_DONE = rx.compile(r"\b(?:'ve|’ve|have|has|had) (?:now |just |already |since )?had (?!(?:a|an|the|my|our|to|no|"
                       r"some|enough|it|them|this|that|\d+)\b)\w+(?:ed|en)\b|"
                       r"^\W*(?:i|we)(?:'ve| have)? had (?:[\w'’-]+ ){1,4}done\b|"
                       r"^\W*(?:i|we)(?:'ve| have)? had (?:(?:a|an|my|our|some) )?(?:[\w'’-]+ )?(?:biopsy|biopsies|"
                       r"scans?|operation|surgery|x-?rays?|mri|procedure|tests?|bloods|smear|check-?up)\b",
                       re.IGNORECASE)
""""…which I've now had identified as a bed bug": what they had done to something the clause no longer names; "I had
blood tests done 10 days ago" is what they did, not what went wrong."""
_WORDS = rx.compile(r"[a-z][a-z'’]+")
_QUOTED = rx.compile(r"[\"“][^\"“”\n]{1,80}[\"”]|(?<!\w)'[^'\n]{1,60}'(?!\w)")


def _it_named(sentence: str) -> str:
    """"My parcel was due Monday and it still hasn't come" → "...; my parcel still hasn't come", so the
    clause that says what went wrong names what it happened to."""
    thing = _THING.search(sentence.lower())
    if not thing or not thing.group("mine"):
        return sentence
    it = _AND_IT.search(sentence, thing.end())
    if not it or _TIME_PASSED.match(sentence, sentence.rindex("it", it.start(), it.end())):
        return sentence  # "…my train on 4 April and it's been 5 weeks": time passing, not the train
    return f"{sentence[: it.start()]}; {thing.group('mine').strip()} {thing.group('thing')} {sentence[it.end() :]}"


_TIME_PASSED = rx.compile(r"it(?:'s|’s| has) been (?:over |almost |nearly |about )?(?:\d+|a|an|one|two|three|four|five|"
                          r"six|several)\b|it(?:'s|’s| is) (?:\w+ )?(?:day|night|week|weekend|time|o'?clock)\b",
                          re.IGNORECASE)
_AND_IT = rx.compile(r"\s+and it\s+(?!(?:looks|seems|appears|sounds|says|said|turns out)\b)", re.IGNORECASE)
""""…my card and it still hasn't worked" is the card; "…my card and it looks like I was charged twice" is no one's."""
_IT_FIRST = rx.compile(r"^it(?=(?:'s|’s| is| was| has| hasn'?t| still| never| keeps| won'?t| isn'?t| didn'?t)\b)",
                       re.IGNORECASE)


def _it_from_before(sentence: str, mine: re.Match[str] | None) -> str:
    """"Where is my parcel? It is 4 days late!" → "my parcel is 4 days late": the "it" that opens a sentence is the
    thing of theirs the sentence before named. "It's been 5 days" is time passing, and "it's rubbish day tomorrow" the
    day, not the thing."""
    if mine is None or not _IT_FIRST.match(sentence) or _TIME_PASSED.match(sentence):
        return sentence
    if _PAPERWORK.fullmatch(mine.group("thing").lower()) and _HANDLED_ROUGHLY.match(sentence):
        return sentence  # "My bike claim was rejected… It was stolen from my shed": the bike was, never the claim
    rest = re.sub(r"^['’]s been\b", " has been", sentence[2:])
    rest = re.sub(r"^['’]s\b", " is", rest)
    return f"{mine.group('mine').strip()} {mine.group('thing')}{rest}"


_PAPERWORK = rx.compile(r"(?:claim|policy|account|booking|reservation|refund|subscription|plan|contract|payment|bill|"
                        r"invoice|charge|statement|status|appointment|loan|mortgage|premium|tariff|fare|transfer|"
                        r"upgrade|points|miles|voucher|coupon)s?")
_HANDLED_ROUGHLY = rx.compile(r"it(?:'s|’s| is| was| has been| got)\s+(?:\w+\s+)?(?:stolen|nicked|smashed|cracked|"
                              r"shattered|dented|scratched|broken into|chewed|soaked|burnt|burned)\b", re.IGNORECASE)
""""It was stolen" happens to a thing you can carry, never to the claim or the policy the sentence before named."""


_DANGLING = rx.compile(r"(?<=\w)(?<!paid)(?<!asked)(?<!waited)(?<!looking)(?<!looked)(?<!\d)"
                       r"(?:\s+(?:by|for|with|from|via))+\s*$", re.IGNORECASE)
""""cancelled by @airline for": a handle taken out leaves its preposition behind, and the clause ends before it. After
a sum it belongs there: "a villa we paid £900 for"."""
_GUESS = rx.compile(r"^(?:i|we) (?:think|believe|guess|reckon)(?: that)?\s+(?=(?:i|we|my|our)\b)", re.IGNORECASE)
_ASIDE = rx.compile(r"^((?:i|we)(?:'ve|’ve| have| had)?) (?:just|recently|also|somehow) (?=\w)", re.IGNORECASE)
""""I just lost my AirPod" is said back as "you lost your AirPod": "sorry to hear you just lost" sounds like news."""


_ASIDE_ADVERB = rx.compile(r"\b(?:honestly|literally|seriously|genuinely|actually|basically|frankly|totally) ",
                           re.IGNORECASE)


_MARKUP = rx.compile(r"(?<![\w*_~])[*_~]([^*_~\n]+?)[*_~](?![\w*_~])")
_EMERGENCY = rx.compile(r"\b(?:a ?& ?e|ambulance|epi-?pens?|anaphyla\w*|intensive care|icu|could have "
                        r"(?:died|killed (?:him|her|them|me))|nearly died)\b", re.IGNORECASE)
""""I had to use my EpiPen and go to A&E": however calmly told, never a calm question about health."""
_GRANTED = rx.compile(r"\b(?:was|were|has been|have been|got|been) (?:approved|accepted|granted|upheld)\b",
                      re.IGNORECASE)
""""…saying my claim for my stolen bike was approved but they're only paying £350": the approval is not the trouble."""
_OWN_CHOICE = rx.compile(r"\W*(?:i|we) (?:just )?(?:dropped|cancell?ed|withdrew|quit|pulled out of|unsubscribed|"
                         r"closed)\b", re.IGNORECASE)
""""I dropped the Spanish course in week 2, was told I'd get a refund": what they chose to do; the refund that never
came is the trouble."""
_CLEAN_RECORD = rx.compile(r"\b(?:haven'?t|have not|hadn'?t|never|didn'?t|did not) (?:made|make|had|have|got|get|"
                           r"claimed) (?:a |any |one )?(?:single )?(?:claims?|points|accidents?|penalt(?:y|ies)|"
                           r"convictions?|fines?|speeding tickets?)\b", re.IGNORECASE)
""""I haven't made a claim, I haven't had any points": their clean record, the reason a price rise stings, never the
trouble to be sorry for."""
_LIFE_ON_HOLD = rx.compile(r"\b(?:get|getting|move|moving|carry|carrying) on with (?:my|our) li(?:fe|ves)\b|"
                           r"\b(?:my|our) li(?:fe|ves) (?:is|are) on hold\b", re.IGNORECASE)
""""Can't book my test, can't get on with my life": how much it matters, in their words; said back it mocks."""
_OWN_MOMENT = rx.compile(r"(?:i|we) took (?:\d+|a few|a couple of|two|three|a) (?:seconds?|minutes?|mins?)\b",
                         re.IGNORECASE)
""""…swore at me because I took 2 minutes to get downstairs": the minute they took is the pretext, never the trouble."""
_LOYAL = rx.compile(r"\b(?:had|used|been with|been (?:a|an) (?:customer|member|subscriber|user|player))\b"
                    r"[^.!?\n]{0,30}?\b(?:since (?:19|20)\d\d|"
                    r"for (?:over |nearly |almost )?(?:\d+|many|several) years)\b", re.IGNORECASE)
""""I've had this account since 2019", "been with you for 12 years": what they have put in, the reason it stings,
never the thing to be sorry for."""
_LOST_TO = rx.compile(r"\blost (?:the |my |our )?[\w'’-]+(?: [\w'’-]+)? to (?:my|our|the|his|her) (?:dogs?|cats?|puppy|"
                      r"kitten|kids?|children|son|daughter|husband|wife|partner|flatmate|roommate|brother|sister)\b",
                      re.IGNORECASE)
""""I've lost the sofa to my dog": the dog has taken it over, a joke about home life, not a loss to be sorry for."""
_AND_RECORDED = rx.compile(r"\s+and (?:photographed|filmed|recorded|screenshotted|took (?:a )?(?:photos?|pictures?|"
                           r"videos?|screenshots?) of) (?:it|them|this|that)\W*$", re.IGNORECASE)
""""I found a small bug in the seam of the mattress and photographed it": what they found is what happened; the photo
is their evidence, and said back it reads as thanks for taking it."""
_DOING_NOW = rx.compile(r"(?<!\bam)(?<!\bis)(?<!\bare)\s+(?:checking (?:out|in)|boarding|leaving|departing|"
                        r"landing)\s+(?:right\s+)?now\W*$", re.IGNORECASE)
""""…at the hotel in Lisbon checking out NOW": what they are doing as they write, said back it reads as a slip."""
_ASKED_AFTER = rx.compile(r"\s+(?:what|how|why|where|who|when)\s+(?:do|does|did|should|can|could|will|would|is|are|am)"
                          r"\b.*$|\s+(?:is|are|can|could|should|will|do|does)\s+(?:it|this|that|i|we|you|they)\b\W*$|"
                          r"\s+(?:is|are|can|could|should|will|do|does)\s+(?:it|this|that|i|we|you|they)\s+\w+\W*$",
                          re.IGNORECASE)
""""…ate a lily leaf what do I do is it dangerous": a question run on without a question mark."""
_ON_YOUR_PREMISES = rx.compile(r"(?:\s+(?:or|and)(?:\s+even)?\s+heard|(?<!heard)(?<!heard back)(?<!anything))"
                               r"\s+(?:on|at|in|with|from|by|through|via)\s+(?:one of\s+|some of\s+)?(?:your|you)\b.*$",
                               re.IGNORECASE)
""""I hurt my back on one of your treadmills": what happened to them, not where; "…my deposit back or even heard from
you" loses the hearing with the "you" it needs."""


_ONLY_IT = rx.compile(r"^(?:(?:now|and|so|then)\s+)?(?:i|we)(?:'ve|’ve| have| had)?\s+(?:(?:\w+\s+)?(?:it|them|that|this)|"
                      r"(?:now\s+|just\s+|completely\s+)?(?:run|ran) out)$", re.IGNORECASE)
""""Now I've lost it", "I've now run out": said back alone, they name nothing."""
_TIMES_COUNTED = rx.compile(r",?\s+(?:for the )?(?:\d+(?:st|nd|rd|th)|second|third|fourth|fifth) time (?:this|in a|in) \w+$",
                            re.IGNORECASE)
_REFERENCE = rx.compile(r"(?:\s+(?i:against|for|on|about|regarding|under) (?:(?i:the|my|our) )?[A-Z]{2,5}(?=\s+[A-Z]{0,6}"
                        r"-?\d))?\s*\(?(?i:\b(?:ref(?:erence)?|no\.?|number)\s*)?#?\b[A-Z]{1,6}-?\d[\w-]{2,}\b\)?")
""""My appeal against PCN WK40219876": the code goes, and the label it hung on ("against PCN") with it."""
_ON_DOCUMENT_CODE = rx.compile(r"\s+(?i:on|under|for|with|in) (?i:the |my |our )?(?i:invoice|order|booking|account|"
                               r"ticket|policy|claim|case|ref(?:erence)?)s?\s+#?[A-Z]{0,6}-?\d[\w-]{2,}"
                               r"(?:\s+(?:and|&)\s+#?[A-Z]{0,6}-?\d[\w-]{2,})?\b")
""""Charged twice for April on invoice INV-2041 and INV-2042": the invoice goes with its numbers, or the clause ends
"…on invoice"."""
_ON_FLIGHT_CODE = rx.compile(r"\s+(?:on|by|via|aboard) (?:(?:the |my |our )?(?:flight|train|bus|"
                             r"service)\s+)?#?[A-Z]{1,3}\s?\d{1,5}\b")
_FOR_FLIGHT_CODE = rx.compile(r"\b(for|to catch|to board) (flight|train) #?[A-Z]{1,3}\s?\d{1,5}\b")
_RECOVERS = rx.compile(r"\s+(?:and|but) (?:then )?(?:comes?|came|is|was|gets?|got|goes|went) back(?: on| up)?\b.*$",
                       re.IGNORECASE)
_INSIDE = rx.compile(r" inside (?=(?:is|was|are|were|has|have|got)\b)", re.IGNORECASE)
_ROUGHLY = rx.compile(r"\blike (?=\d)", re.IGNORECASE)
_TRAILING_JOINT = rx.compile(r"\s+(?:and|but|so|or|then|because|as|plus|since)$", re.IGNORECASE)
_ON_IT = rx.compile(r"\b(?:on|in|of|off|from|with) it\b", re.IGNORECASE)
_CODE_LEFT = rx.compile(r"\s+(?:with |showing |giving )?(?:an? |the )?(?:error )?code\W*$", re.IGNORECASE)
_APPARENTLY = rx.compile(r",?\s+apparently\W*$", re.IGNORECASE)
_SPEECH_TAIL = rx.compile(r"\b(?:told|say|says|said|saying)\W*$", re.IGNORECASE)
""""Every time I ring I get told 'engineers are aware'": the words in quotes are taken out, and what is left ends on
"told", pointing at nothing."""
_TOLD = rx.compile(r"(?:was|were|been|got) told\b", re.IGNORECASE)
_NO_APOSTROPHE = rx.compile(r"\b(ca|do|does|did|is|was|were|are|has|have|had|could|would|should|wo)nt\b|\b(i)(m|ve)\b|"
                            r"\b(it)(s)(?= (?:been|not|still|gone|now|just|taken|never|always|a |the |so |too |only))",
                            re.IGNORECASE)
""""cant", "didnt", "im", "its been": said back as typed, a phone's shortcut reads as a mistake of the agent's."""


def _apostrophes(clause: str) -> str:
    def fixed(m: re.Match[str]) -> str:
        if m.group(1):
            return f"{m.group(1)}n't"
        if m.group(4):
            return f"{m.group(4)}'{m.group(5)}"
        return f"{m.group(2)}'{m.group(3)}"
    return _NO_APOSTROPHE.sub(fixed, clause)


_AND_SO_I_NEED = rx.compile(r"\s+(?:and|so) (?:i |we )?(?:(?:need|want|have|would like|wish|'d like)(?: to)?|(?:\w+ )?"
                            r"(?:can'?t|cannot|can’t) afford)\b.*$", re.IGNORECASE)
"""What they need to do, or can't afford, after what happened ("made redundant and need to cancel my box"): the
errand and the confession are theirs to say; what happened is what to acknowledge."""
_WAITING_PLACE = rx.compile(r"waiting (?:room|list|area|hall|time)s?\b", re.IGNORECASE)
_MISSED_ME = rx.compile(r"(?:missed|hit|narrowly missed|just missed) (?:me|my \w+|us)\b", re.IGNORECASE)
_ASKED = rx.compile(r"(?:is|are|was|were|do|does|did|can|could|will|would|has|have|should|why|what|when|where|how|who)"
                    r" (?:the|my|your|our|it|there|this|that|you|anyone|anybody|someone|we|i|he|she|"
                    r"they)\b", re.IGNORECASE)
_BARE_QUEUE = rx.compile(r"\b(in|at|on) (?!(?:the|a|an|my|your|our|their|his|her|this|that)\b)((?:[\w-]+ )?(?:queue|"
                         r"line))\b",
                         re.IGNORECASE)


def _tidy(clause: str) -> str | None:
    clause = _NO_REASON.sub("", _CLOCK_TAIL.sub("", clause))  # "around 8.20", "for no reason": not theirs to hear back
    clause = _MARKUP.sub(r"\1", clause)  # "our *Zapier integration*": their emphasis, not ours to echo
    clause = _apostrophes(_FILLER.sub("", clause.strip(" .,!?'\"-–—")))
    # "didn't arrive at Dublin on flight SL217 yesterday": "on flight" goes with its code
    clause = _ON_FLIGHT_CODE.sub("", clause)
    clause = _FOR_FLIGHT_CODE.sub(r"\1 my \2", clause)  # "boarding pass for flight SK418 to Oslo": "for my flight…"
    clause = _ON_DOCUMENT_CODE.sub("", clause)
    clause = _REFERENCE.sub("", clause)  # "your claim CL-99201 has been rejected": the reply names the reference itself
    clause = _CODE_LEFT.sub("", clause)  # "rejected with error code E204": the words for the code go with it
    clause = _APPARENTLY.sub("", clause)  # "estimated for 8 months apparently": their hedge, not ours to repeat
    clause = _RECOVERS.sub("", clause)  # "keeps dropping around 8 and comes back at 11": what goes wrong, not its end
    clause = _TRAILING_JOINT.sub("", clause)  # "my hours got cut at work and" (…after rent I have £40 left)
    clause = _AND_SO_I_NEED.sub("", clause)  # "made redundant and need to cancel my box": what happened, not the errand
    clause = _ROUGHLY.sub("", clause)  # "at like 11" is their way of saying it, not the agent's
    clause = _INSIDE.sub(" ", clause)  # "my grandmother's vase inside is smashed": "inside" pointed at the box
    clause = _TIMES_COUNTED.sub("", clause)  # "down again 3rd time this week": the count is theirs to say
    clause = _ASKED_AFTER.sub("", clause)  # "my cat just ate a lily leaf what do I do": the question is theirs
    clause = _DOING_NOW.sub("", clause)  # "declined at hotel in Lisbon checking out NOW": the hurry is theirs to say
    clause = _AND_RECORDED.sub("", clause)  # "…in the mattress seam and photographed it": the proof is theirs
    clause = _AND_WHO_WE_HAVE.sub("", clause)  # "the floor is still up and we've got a toddler": why it matters
    clause = _WHO_WE_HAVE_FIRST.sub(r"\1 ", clause)  # "I've got a baby and can't even make up a bottle"
    clause = _TRYING_TO.sub("", clause)  # "declined in Tokyo trying to pay hotel": what they were doing, not the snag
    clause = _WITHOUT_IT.sub("", clause)  # "can't start my new job without it": the "it" was named a sentence before
    clause = _HOLD_FIRST.sub(r"I've been on hold for \1", clause)  # "2 hours 14 mins on hold to report…"
    clause = _SINCE_STOPPED.sub(r"\1n't worked", clause)  # "has stopped working since Tuesday"
    clause = _NAMED_RELATIVE.sub(r"\1", clause)  # "my father Derek Alton died": "your father died" says it gently
    if _TOLD.match(clause) or _ASKED.match(clause):  # "was told flight was delayed…": no one to say it of; "Is the
        return None                                    # internet down in CV3" asks, it doesn't tell
    if _ONLY_IT.search(clause) or _ON_IT.search(clause):  # "now I've lost it", "I've had £0 on it": "it" names nothing
        return None
    clause = _GUESS.sub("", clause)  # "I think I left my ring in the room" is "I left my ring in the room"
    clause = re.sub(r"\b((?:ca|could|do|does|did|wo|is|are|was|were)n['’]?t) even\b", r"\1", clause, flags=re.IGNORECASE)
    if sum(c.isupper() for c in clause) > sum(c.islower() for c in clause):  # "MY SON GOT ON THE WRONG BUS"
        # shouted, a place's capital is lost with the rest: "…declined in a restaurant", not "…in rome"
        clause = _SHOUTED_PLACE.sub("", re.sub(r"\bi\b", "I", clause.lower()))
    clause = _SHOUTED.sub(lambda m: m.group(0).lower(), clause)
    clause = _ASIDE_ADVERB.sub("", clause)  # "I honestly can't afford it" said back is "you can't afford it"
    clause = _ON_YOUR_PREMISES.sub("", clause)  # "I hurt my back on one of your treadmills": what happened to them
    theirs = _as_theirs(clause)
    lifted, clause = theirs != clause, theirs
    if _NO_SUBJECT.match(clause):
        first = clause.split()[0].lower()
        if _MISSED_ME.match(clause) or _WAITING_PLACE.match(clause):  # "missed my foot by inches": the weight missed,
            return None                                                  # not them; "waiting room" is a place
        subject = {"been": "I've ", "waiting": "I've been ", "stuck": "I've been ", "stranded": "I've been ",
                   "spent": "I've ", "waited": "I've ", "missed": "I've ", "paid": "I've ", "lost": "I've ",
                   "heard": "I've "}.get(first, "I ")
        clause = subject + clause[:1].lower() + clause[1:]  # "Can't see my balance" is "I can't see my balance"
        clause = re.sub(r"^I have (?=heard)", "I've ", clause)
        clause = _BARE_QUEUE.sub(r"\1 the \2", clause)  # "Stuck in security queue" is shorthand for "in the … queue"
    # "can't log in since 9:15" is said back as it goes on: "haven't been able to log in since 9:15"
    clause = _CANT_SINCE.sub(_not_able_since, clause)
    # "I've heard nothing", said back after "sorry to hear", hears twice: "you haven't heard anything" says it plainly
    clause = re.sub(r"^(I|we)(?:'ve|’ve| have) (still )?heard nothing\b", r"\1 \2haven't heard anything", clause,
                    flags=re.IGNORECASE)
    clause = _ASIDE.sub(r"\1 ", _DANGLING.sub("", clause))
    words = clause.split()
    if not (MIN_WORDS <= len(words) <= MAX_WORDS):
        return None
    if not (lifted or _MINE.match(clause) or _I.match(clause) or _THE.match(clause)):
        return None
    if _NOT_ABOUT_THEM.search(clause) or _RUDE.search(clause) or _BROKEN.search(clause) or _STILL_FINE.search(clause) \
            or clause.isupper() \
            or re.search(r"[a-z]/[a-z]", clause, re.IGNORECASE) or _typo_in(words):
        return None
    return clause


_CANT_SINCE = rx.compile(r"\b((?:i|we|you|they)|(?:my|our|your|the) (?:[\w-]+ ){0,2}?[\w-]+)(?: still)? (?:can'?t|"
                         r"cannot|can not) (\w+(?: in| on| out| through)?) since\b", re.IGNORECASE)


def _not_able_since(m: re.Match[str]) -> str:
    who = m.group(1)
    plural = who.lower() in ("i", "we", "you", "they") or who.endswith("s") and not who.endswith("ss")
    return f"{who} {'haven' if plural else 'hasn'}'t been able to {m.group(2)} since"


_SHORT_WORDS = frozenset("a i am an as at be by do go he if in is it me my no of oh ok on or so to up us we ye "
                         "tv pc uk us eu pm mr ms dr st id".split())
"""The one- and two-letter words of English: another short word ("lost ly headphone") is a slip, and said
back it reads as mockery."""


def _typo_in(words: list[str]) -> bool:
    return any(len(w) <= 2 and w.isalpha() and w.lower() not in _SHORT_WORDS or w.lower().strip(".,!?") in _MISSPELT
               for w in words)


def _as_theirs(clause: str) -> str:
    """Turn "you lost my bag" and "flight delayed 3 hours" into what happened to the customer."""
    if done := _DONE_TO_THEM.match(clause):
        verb = done.group("verb").lower()
        participle = _PARTICIPLE.get(verb, verb)
        thing = done.group("object")
        if thing.lower() in ("me", "us"):
            return f"I was {participle}{done.group('rest')}"
        head = re.split(r"\s+to\s+", thing.lower())[0]  # "our flight to Athens" is one flight
        plural = head.endswith("s") and not head.endswith(("ss", "us"))
        return f"{thing} {'were' if plural else 'was'} {participle}{done.group('rest')}"
    if before := _STATE_FIRST.match(clause):
        thing = before.group("thing")
        number = before.group("number")
        state = _PARTICIPLE.get(before.group("state").lower(), before.group("state").lower())
        if number:
            return f"flight {number} was {state}"
        plural = thing.lower().endswith("s") and not thing.lower().endswith(("ss", "us"))
        return f"my {thing} {'were' if plural else 'was'} {state}{before.group('rest')}"
    if sign := _NO_SIGN.match(clause):  # "still no sign of my suitcase" is "there's still no sign of my suitcase"
        return f"there's {sign.group(1) or ''}no {sign.group(2)}"
    if bare := _BARE_PLURAL.match(clause):  # "Payouts haven't landed for 4 days" is "my payouts haven't landed"
        return f"my {bare.group(1).lower()}{clause[bare.end(1) :]}"
    if happened := _THING_HAPPENED.match(clause):
        thing = happened.group("thing")
        if thing[:1].isupper() and not thing.split()[0].isupper():  # "Phone was stolen": a sentence's capital
            thing = thing[:1].lower() + thing[1:]
        if not re.search(r"\b(?:my|our)\b", thing, re.IGNORECASE):  # "Half my order is missing" already says whose
            whose = clause.split()[0] if re.match(r"(?:my|our)\b", clause, re.IGNORECASE) else \
                "the" if clause.lower().startswith("the ") else "my"
            thing = f"{whose} {thing}"
        state = _PARTICIPLE.get(happened.group("state").lower(), happened.group("state").lower())
        noun = happened.group("noun").lower()
        plural = noun.endswith("s") and not noun.endswith(("ss", "us"))
        said = (happened.group("verb") or "").lower()
        if "been" in said:  # "has been down for 4 days now" is still going on
            verb = "have been" if plural else "has been"
        elif (said.strip() == "is" or not said) and state in _ONGOING and _NOW.search(happened.group("rest")):
            verb = "are" if plural else "is"  # "internet down again" is down now, not "was down again"
        else:
            verb = "were" if plural else "was"
        return f"{thing} {verb} {state}{happened.group('rest')}"
    return clause


_NO_SIGN = rx.compile(r"^(?:and )?(still )?no ((?:sign|word|news|trace|update)s? (?:of|from|on|about) (?:my|our) .+)$",
                      re.IGNORECASE)
_BARE_PLURAL = rx.compile(r"^([A-Za-z]+s) (?=(?:still )?(?:haven'?t|have not|aren'?t|weren'?t|won'?t|keep|never)\b)")
_ONGOING = frozenset({"down", "missing", "stuck", "broken", "frozen", "blocked", "late"})
_NOW = rx.compile(r"\b(?:again|still|now|today|right now)\b", re.IGNORECASE)


def _strength(clause: str) -> int:
    """How much a clause says about what went wrong: clauses with problem words win, specific ones first. Money
    trouble ("my hours have been cut") is something that went wrong even without them, though what went wrong with
    us comes first; a state such as being on oxygen is why it matters, not what to be sorry for, and what they can't
    afford is theirs to say, not ours to repeat."""
    lower = clause.lower()
    hardship = "hardship" in read_stakes(lower).kinds  # "my hours got cut" is what happened; the missed payment follows
    hurt = bool(_HURT.search(lower))  # "I needed three stitches" comes before "I haven't heard anything since"
    problems = 2 * len(PROBLEM.findall(lower)) + len(TROUBLE.findall(lower)) + 3 * (hardship + hurt)
    if _CANT_AFFORD.search(lower):
        return 0  # "you can't afford £30 a week" said back parrots a confession: what happened, or care, instead
    return 0 if not problems else problems * 10 + min(len(clause.split()), 10)


_HURT = rx.compile(r"\b(?:stitches|injur\w*|bleeding|broke (?:my|his|her|their) \w+|fractur\w*|"
                   r"(?:hit|struck) (?:me|him|her|them) (?:in|on) the|burn(?:ed|t) (?:my|his|her|their))\b")
"""An injury in their own words: what happened to them, said back before the silence that followed it."""
_CANT_AFFORD = rx.compile(r"\b(?:(?:can'?t|cannot|couldn'?t|can’t) (?:afford|give|donate|spare|pay|make "
                          r"(?:the |my |this month'?s )?(?:full )?"
                          r"(?:\w+ )?(?:re)?payment|make [£$€]\d+)|(?:unable|not able) to pay)\b")


CALENDAR = rx.compile(r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|april|"
                      r"june|july|august|september|october|november|december|tues|weds|thurs|jan|feb|apr|jun|jul|aug|"
                      r"sept?|oct|nov|dec)\b")
"""Days and months that are never anything else, for writing them with a capital ("may" and "march" can be, and
so can "sat" and "sun"); "lost my job in feb" is said back with "Feb"."""


_MONTH_AFTER = rx.compile(r"\b(?:for|in|on|since|until|till|of|last|next|this|early|mid|late) (?:may|march)\b")


def _second_person(clause: str) -> str:
    def flip(m: re.Match[str]) -> str:
        word = m.group(0)
        return _PERSON[word.lower()]

    turned = _PERSON_WORD.sub(flip, clause)
    turned = _WAS_AFTER_I.sub(r"\1 were", turned)
    turned = CALENDAR.sub(lambda m: m.group(0).capitalize(), turned)  # typed "until friday", written "Friday"
    turned = _MONTH_AFTER.sub(lambda m: m.group(0)[:-len(m.group(0).split()[-1])] + m.group(0).split()[-1].capitalize(),
                              turned)  # "for May", but "you may"
    if turned.lower().startswith("you "):  # "I ... and wasn't delayed" → "you ... and weren't delayed"
        turned = re.sub(r"\b(and|but|or) (was|wasn'?t)\b",
                        lambda m: f"{m.group(1)} {'were' if m.group(2) == 'was' else 'weren' + chr(39) + 't'}", turned)
    return turned[:1].lower() + turned[1:] if not turned.startswith("I ") else turned


def _feeling(customer: Customer) -> str:
    """Their own feeling word when they gave one ("Alfie has been upset… I'm worried" is worried); otherwise the mildest
    true one."""
    own = _FELT.search(customer.text)
    word = own.group(0).lower().split()[-1].replace("let", "let down") if own else None
    if word in _FEELINGS and not _WONDERING_WHY.search(customer.text):
        return word
    if customer.feeling and customer.feeling.lower() in _FEELINGS and not _WONDERING_WHY.search(customer.text):
        return customer.feeling.lower()
    return "worried" if customer.stakes.kinds else "frustrated"


_WONDERING_WHY = rx.compile(r"\bconfused (?:as to )?(?:why|how come)\b", re.IGNORECASE)
""""Still confused why you always use old planes": a complaint put as a question, not confusion to be sorry for."""


_FELT = rx.compile(r"\b(?:i'?m|i am|i feel|i felt|i was|we'?re|we are|we were|i'?ve been|feeling|made me|makes me|"
                   r"left me)\s+(?:\w+\s+){0,2}?(?:" + "|".join(
    "furious angry livid fuming frustrated annoyed upset disappointed let gutted devastated heartbroken sad hurt "
    "worried anxious nervous scared afraid terrified frightened stressed confused exhausted desperate shaken unhappy "
    "bummed".split()) + r")\b",
                   re.IGNORECASE)
"""The feeling is theirs ("I'm so annoyed"), not a comment on something ("it's sad that...")."""
_FEELINGS = frozenset(
    "furious angry livid fuming frustrated annoyed upset disappointed let down gutted devastated heartbroken "
    "sad hurt worried anxious nervous scared afraid terrified frightened stressed confused exhausted desperate shaken "
    "unhappy bummed".split()
)
_OUR_SLIP = rx.compile(
    r"\b(?<!\bI )(?<!\bwe )(?<!\bI've )(?<!\bI have )(?<!accidentally )mix(?:ed)?[- ]?up\b|"
    r"\b(?<!\bI )(?<!\bwe )(?<!\bI've )(?<!\bI have )(?<!accidentally )(?<!mistakenly )(?:sent|send|delivered|left|"
    r"dropped|handed|gave|given|brought|shipped|dispatched|packed|served|fitted|installed|charged|billed|"
    r"debited|booked) (?:me |us |him |her |them |my \w+ |our \w+ )?(?:the |a |an )?wrong\b|"
    r"\b(?:got|received|arrived with|came with|turned up with) (?:the |a |an )?wrong\b|"
    r"\b(?:your|the) (?:\w+ )?mistake\b|\byour (?:\w+ )?error\b|"
    r"\bthe (?:billing|pricing|booking|admin|clerical|administrative|data entry) error\b|"
    r"\byou(?:'ve| have)? (?:made|got) (?:a |an )?(?:mistake|error|"
    r"it wrong)\b|\bincorrectly (?:charged|billed|sent|applied|cancel+ed|closed|blocked)\b",
    re.IGNORECASE,
)
"""Something the company got wrong ("you sent the wrong size", "a mix-up with my booking", "your error"; not "the
error log" or "I get the error 503"). Not "what's wrong with
my account?" (a question), not "I put the wrong address" (their own slip), not "something went wrong" (too vague to
name as a mix-up)."""


_NOUNS = (
    ("lost bag", rx.compile(r"\b(?:lost|missing|misplaced|mislaid) (?:my |our |the )?(?:bag|bags|luggage|baggage|suitcase)\b|"
                            r"\b(?:bag|bags|luggage|baggage|suitcase) (?:is |are |was |were |has been |got )?(?:lost|missing)\b",
                            re.IGNORECASE)),
    ("missed connection", rx.compile(r"\bmiss(?:ed|ing)? (?:my |our |the )?connect", re.IGNORECASE)),
    ("double charge", rx.compile(r"\b(?:charged (?:me )?twice|double[- ]charged|charged double|two charges)\b",
                                 re.IGNORECASE)),
    ("long wait on hold", rx.compile(r"\b(?:been|was|were|kept|still|sat|stuck) on hold\b|\bon hold (?:for|over|since)\b",
                                     re.IGNORECASE)),
    ("wait on the tarmac", rx.compile(r"\btarmac\b", re.IGNORECASE)),
    ("wait on the runway", rx.compile(r"\b(?:still|stuck|sat|sitting|waiting|held|parked) on (?:the )?runway\b",
                                      re.IGNORECASE)),
    ("gate change", rx.compile(r"\bgate changes?\b", re.IGNORECASE)),
    ("accident", rx.compile(r"\b(?:car|road|traffic|motorway|minor|small) (?:accident|crash|collision)\b|"
                            r"\bcrashed into\b|\brear-ended\b", re.IGNORECASE)),
    ("delay", rx.compile(r"\bdelay(?:s|ed)?\b", re.IGNORECASE)),
    ("cancellation", rx.compile(r"\b(?:flight|booking|order|appointment|train|trip|reservation|service)s? "
                                r"(?:was|were|got|has been|have been|is|are|being) cancel+ed\b|\b(?:flight|train) "
                                r"(?:[\w-]+ ){0,4}?(?:just |now )?cancel+ed\b|\b(?:shows?|showed|showing|"
                                r"says|said|listed as|flashed up) (?:as )?cancel+ed\b|"
                                r"\b(?:saying|said|to say) (?:it'?s|it is|it was|it has been|it'?s been) (?:been )?"
                                r"cancel+ed\b", re.IGNORECASE)),
    ("assistance that never came", rx.compile(r"\bassistance\b[^\n]{0,80}?\b(?:nobody|no one|no-one) (?:came|turned "
                                              r"up|showed)|\bassistance (?:never|didn'?t) (?:came|come|turn(?:ed)? up|"
                                              r"show(?:ed)? up)", re.IGNORECASE)),
    ("wait", rx.compile(r"\b(?:(?:been|still|keep|kept|sat|stood) waiting|waited (?:for|over|almost|nearly|\d+)|"
                        r"(?:been|still) (?:pending|processing|in progress|under review))\b",
                        re.IGNORECASE)),
    ("mix-up", _OUR_SLIP),
    ("missed appointment", rx.compile(r"\b(?:no[- ]show|nobody (?:came|turned up|showed)(?! back| to (?:meet|help|"
                                      r"collect|pick|assist)))\b", re.IGNORECASE)),
)
"""A situation named by the customer's own word, for when no whole clause can be lifted."""
_ELSEWHERE_APPOINTMENT = ("hospital", "doctor's", "doctors", "gp", "dentist", "dental", "medical", "clinic")
""""I have a hospital appointment tomorrow so can't wait in again": their own appointment elsewhere, not our visit."""
_VISIT = rx.compile(r"\b(?:engineer|technician|" + "".join(f"(?<!{where} )" for where in _ELSEWHERE_APPOINTMENT)
                    + r"appointment|installer|plumber|electrician|fitter|visit|repair ?man|"
                    r"surveyor|assessor|inspector)s?\b", re.IGNORECASE)
_NO_SHOW_FEE = rx.compile(r"\bno[- ]show (?:fee|charge)", re.IGNORECASE)
""""Nobody came" is a missed appointment only when someone was booked to come; a "no-show fee" is theirs."""


_LET_DOWN = rx.compile(
    r"\b(?:horrible|terrible|awful|appalling|shocking|poor|bad|rude|hopeless|embarrassing|atrocious|disgraceful|"
    r"dreadful|useless|unhelpful|worst|pathetic|disappointing|lousy|abysmal)\s+(?P<thing>(?:customer\s+)?(?:service|"
    r"experience|flight|staff|crew|agents?|food|lounge|treatment|communication|support|care)(?:\s+(?:from|on|at|in)"
    r"\s+[\w'’-]+(?:\s+(?:to|-)\s+[\w'’-]+)?)?)(?!\s+(?:as a (?:kid|child|teenager)|when i was|years ago|in the past|"
    r"before|once|elsewhere|somewhere else))",
    re.IGNORECASE,
)
"""A verdict on the service ("terrible customer service at ORD"): answered with "I'm sorry the ... let you down"; not a
bad experience long ago or elsewhere ("a really bad experience as a kid"), which is why they are nervous now."""
_THING = rx.compile(
    r"\b(?P<mine>my |our )?(?:\w+ )??(?<![/_.-])(?P<thing>boarding pass|(?:bus|travel|season|rail|gym|"
    r"parking) pass|check[- ]in|"
    r"wifi|wi-fi|app|website|site|booking|reservation|"
    r"flight|seat|upgrade|account|(?<!\bno )card|payment|refund|miles|points|(?<!out of )order|parcel|package|"
    r"delivery|bill|"
    r"invoice|charge|"
    r"subscription|plan|phone|broadband|internet|router|appointment|prescription|claim|policy|ticket(?!\s*[#;])|"
    r"(?<!waiting )(?<!changing )room|car|train|"
    r"bus|lounge|meal|stroller|pushchair|luggage|bag|suitcase|voucher|login|password|statement|meter|boiler|"
    r"heating|oven|fridge|washing machine|laptop|tv|parcel|collection|bin|repair|installation|engineer|technician|"
    r"baggage|equipment|fare|connection|gate|plane|food|entertainment|(?<!error )(?<!loading )screen|charger|outlet|"
    r"coupon|status|"
    r"prescription|medication|transfer|loan|mortgage|premium|policy renewal|contract|tariff|signal|"
    r"(?<!in )(?<!in the )(?<!in a )line)s?\b(?! (?:money|budget|allowance|shopping|bill|costs?|pass|stop|station|"
    r"shelter|driver|kit)\b)(?![-/]?\d)"
)
"""Things support customers have trouble with, as they'd name them; the trouble must be in the same sentence. Not a
part of a path ("your /v2/orders endpoint" is no order)."""


_STATUS = r"\b(?:says?|said|shows?|showing|showed)\s+(?:it'?s\s+|as\s+)?(?:delayed|cancel+ed|on time|boarding)\b"
_CONFLICTING = rx.compile(_STATUS + r".{0,80}?" + _STATUS, re.IGNORECASE | re.DOTALL)
_RIDE = rx.compile(r"\b(?:train|flight|bus|ferry|coach|tram)\b", re.IGNORECASE)
""""App says delayed, board says cancelled": two screens disagree, so neither is the trouble to be sorry for."""


def _said_as_if(message: str, at: int) -> bool:
    """Whether a word sits in a "what if" ("if our flights are cancelled") or a suspicion ("I think I may have been
    charged twice"): nothing to be sorry about yet, and said back as fact it would own a mistake nobody has found."""
    sentence_start = max(message.rfind(mark, 0, at) for mark in ".!?\n") + 1
    before = message[sentence_start:at].lower()
    return bool(_HYPOTHETICAL.search(before) or _SUSPECTED.search(before))


_SUSPECTED = rx.compile(r"\b(?:may (?:have|well)|i (?:think|believe|reckon|suspect)(?: that)? (?:i|we|my|our|it)|"
                        r"not sure (?:if|whether)|(?:it )?(?:looks|seems) (?:like|as if) (?:i|we))\b")
"""A suspicion about what happened to them; not "looks like my response is delayed, just like my flight", which is
sure of it, or "you may want to…"."""


_LENGTH = rx.compile(
    r"\b(?P<n>\d{1,2}(?:\.5)?|one|two|three|four|five|six|seven|eight|nine|ten|twelve)[\s+-]*(?:plus\s+)?"
    r"(?P<unit>hours?|hrs?|minutes?|mins?|days?|weeks?)\b",
    re.IGNORECASE,
)
_NEAR_WAIT = rx.compile(r"(?:\S+\s+){0,1}\b(?:delay\w*|late|wait\w*|on hold|tarmac|runway|pending|processing|"
                        r"in progress|under review)\b(?:\s+\S+){0,3}", re.IGNORECASE)
"""Where the customer says how long, if anywhere: next to the word for the wait."""
_MORE_LENGTH = rx.compile(r",?\s*(?:and\s+)?(?:a half|\d+\s*(?:minutes?|mins?|hours?|hrs?)\b)", re.IGNORECASE)
_UNITS = {"hour": "hour", "hours": "hour", "hr": "hour", "hrs": "hour", "minute": "minute", "minutes": "minute",
          "min": "minute", "mins": "minute", "day": "day", "days": "day", "week": "week",
          "weeks": "week"}


def _with_length(noun: str, message: str) -> str:
    """"delay" becomes "3-hour delay" when the customer said how long: their detail, not a stock line."""
    if noun not in ("delay", "wait", "wait on the tarmac", "wait on the runway", "long wait on hold"):
        return noun
    near = _NEAR_WAIT.search(message)
    m = _LENGTH.search(near.group(0)) if near else None
    if not m or _MORE_LENGTH.match(message, near.start() + m.end()):  # "1 hour 50 minutes" is not a "1-hour delay"
        return noun
    length = f"{m.group('n').lower()}-{_UNITS[m.group('unit').lower()]}"
    return {"long wait on hold": f"{length} wait on hold"}.get(noun, f"{length} {noun}")


def _sentence(text: str) -> str:
    text = text.strip()
    text = text[:1].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else text + "."
