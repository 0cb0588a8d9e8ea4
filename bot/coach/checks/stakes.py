"""High-stakes moments in a customer's message: where a routine reply does real harm.

A lead reads these first. Someone whose partner has died, who can't afford the
bill, who is ill or whose home smells of gas needs care, honesty and the right
order of things before any process; someone who says they might hurt themselves,
or that they are not safe at home, needs a human handoff to the team's emergency
route, not a fix. The cues are written from what these situations sound like in
support queues; each names its kind so a finding can say what it noticed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from bot.coach import rx
from bot.coach.checks.cues import compile_table

RELATIVE = (
    r"(?:mum|mom|mother|dad|father|husband|wife|partner|son|daughter|child|baby|brother|sister|grandma|grandmother|"
    r"grandpa|grandfather|nan|gran|aunt|uncle|friend|fianc[eé]e?|boyfriend|girlfriend|parents?|family member)"
)

def _unless_after(word: str, before: tuple[str, ...], between: tuple[str, ...] = ("",)) -> str:
    """``word``, unless one of ``before`` (and one of ``between``) comes right before it. The word comes first and
    the look back after it, so the look back runs only where the word was found."""
    return word + "".join(f"(?<!\\b{thing}{gap} {word})" for thing in before for gap in between)


_DIED = _unless_after("died", ("phone", "battery", "laptop", "car", "engine", "tablet", "ipad", "iphone", "it",
                               "router", "boiler", "screen", "charger", "tv", "printer", "kindle", "watch",
                               "headphones", "card", "van", "bike", "scooter", "fridge", "freezer", "mower",
                               "console", "controller", "speaker", "modem", "line", "signal", "torch"),
                      ("", " just", " has", " had", " has just", " had just", "'s", "'s just", " completely",
                       "'s completely", " has completely", " had completely")) + "".join(
    f"(?<!{near} died)" for near in ("could have", "could've", "might have", "might've", "would have", "would've",
                                     "nearly", "almost")) + (
    r"(?! on (?:the )?(?:motorway|m\d+|a\d+\b|hard shoulder|dual carriageway|ring road|bypass|m\d+ \w+bound))")
""""My phone died" is a flat battery, not a death; "my son could have died" is a near miss, and he is alive."""
_COLLAPSED = _unless_after("collapsed", ("it", "which", "that", "ceiling", "roof", "wall", "cake", "tent", "shelf",
                                         "shelves", "bed", "chair", "table", "floor", "stage", "pallet", "pallets",
                                         "box", "boxes", "crate", "crates", "stack", "fence", "sofa", "wardrobe",
                                         "bookcase", "scaffolding", "business", "company", "firm", "deal", "sale",
                                         "market", "bridge", "building", "house", "a member",
                                         "another member", "a customer", "a passenger", "a man", "a woman", "someone",
                                         "somebody", "a guest", "a player", "a runner", "a shopper"),
                           ("", " had", " has", " just", " partly", " has partly", " had partly", " completely",
                            " has completely", " had completely", " now", " has now")) + (
    r"(?! under (?:me|him|her|us|them)\b)"
    r"(?! (?:on|onto|into|in) (?:a |the |her |his |my )?(?:chair|sofa|seat|bench|bed)\b)")
""""Half of it had collapsed" is a cake, "the ceiling has partly collapsed" a ceiling, a stool that "collapsed under
me" a stool, and "collapsed on a chair in tears" someone worn out: only someone collapsing is an emergency."""
_USED_TO = r"(?! (?:always|used to|would always|had always|dealt with|handled|looked after|took care of)\b)"
""""My late husband always dealt with the bills": how things used to be done, not news of a death."""
_DYING = r"(?:is|was|are|were|'s) dying" + "".join(
    [f"(?<!\\b{part} are dying)" for part in ("eyes", "ears", "feet", "legs", "brain cells")]
    + [f"(?<!\\b{thing}{verb} dying)" for thing in ("phone", "battery", "laptop", "brain") for verb in (" is", "'s")])
""""My eyes are dying at 2am deploys lol", "my phone's dying": a tired body or a flat battery, not someone's life."""
_FIGURATIVE_HEART_ATTACK = ("nearly had a", "almost had a", "gave me a", "give me a")
_HEART_ATTACK = _unless_after("heart attack", _FIGURATIVE_HEART_ATTACK)
""""The bill nearly gave me a heart attack" is a figure of speech, not an illness."""
_HEART_ATTACK_NOW = _unless_after("heart attack", ("died of a", "died from a", "died after a")
                                  + _FIGURATIVE_HEART_ATTACK) + (
    r"(?! (?:last|in (?:19|20|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|(?:a few|two|three|four|five|six|"
    r"several|\d+) (?:days|weeks|months|years) ago|back in|earlier this))")
"""A heart attack happening now; one "last week" or "in March" is a hard moment, not an emergency."""
_HOSPITAL = _unless_after("hospital", ("shifts at the", "work at the", "work at a", "nurse at the", "shift at the",
                                       "work in a", "work in the")) + r"(?! (?:stop|bus stop|road|street|lane|car park|parking))"
"""Working at a hospital, or getting off the bus at its stop, is not a health crisis."""

_POWER_LINE = (r"(?:power|electric(?:ity|al)?|overhead) (?:cable|line|wire)s?\b[^.!?\n]{0,40}?\b(?:down|lying|hanging|across|"
               r"on the (?:ground|road|path|pavement))|(?:cable|wire)s? (?:is |are )?(?:lying|hanging) (?:across|on|over|down)")
"""A power cable down outside: a hazard with its own safety line (treat it as live), not the fuse box's."""
_ROADSIDE = (r"on the hard shoulder|(?:broken down|broke down|died|conked out) on (?:the )?(?:motorway|m\d+|a\d+|"
             r"hard shoulder|dual carriageway)")
"""A car broken down on the motorway: a place of danger whatever went wrong with the car. Stuck in traffic on the A34
is only late."""
_NOT_A_TEST = (r"(?! (?:her|his|their|my|the|an?|both|all) (?:\w+ ){0,2}?(?:test|tests|exam|exams|driving|theory|course|"
               r"interview|degree|assessment|medical|mot|inspection|probation|grades?)|(?: \w+)? with)")
""""My daughter passed her test last week" is good news, not a death."""

STAKES: dict[str, str] = {
    "bereavement": (
        rf"\b(?:(?:passed away|{_DIED}|death of|(?:his|her|their|our) death|a death in the family|funeral|bereave\w*|"
        rf"widow\w*|deceased|probate|condolences|(?:was|were|had to be|been) put to sleep|(?:had|have) (?:him|her|them|"
        rf"(?:(?:our|my|the) )?(?:[\w'’-]+ ){{0,2}}?[\w'’-]+) put to sleep|"
        rf"put (?:our|my|him|her|them) (?:[\w'’]+ ){{0,2}}?to sleep)\b|"
        rf"(?:my|our|his|her) late {RELATIVE}\b(?!['’]s){_USED_TO}|lost (?:my|our|the) {RELATIVE}\b|miscarr\w*|"
        rf"still ?b(?:irth|"
        rf"orn)|pregnancy loss|"
        rf"(?:my|our) {RELATIVE}(?:'s)? (?:passed{_NOT_A_TEST}|died|death|funeral|grave|headstone|memorial|ashes))"
    ),
    "hardship": (
        r"\b(?:can'?t afford|cannot afford|couldn'?t afford|lost my job|made redundant|redundancy|unemployed|"
        r"laid off|universal credit|on benefits|food ?bank(?! (?:shift|rota|volunteer|collection|drive|donation))|"
        r"hardship|struggling (?:to pay|financially|with money|"
        r"with bills)|struggle to (?:pay|afford|keep up with|meet|make)|"
        r"(?:can'?t|cannot) pay (?:the|our|my) (?:[\w-]+ ){0,3}(?:fees|rent|mortgage)\b"
        r"(?! (?:online|by card|through|with|in the app|via))|"
        r"(?:now )?on (?:one|a single) (?:income|wage|salary)|"
        r"(?:can'?t|cannot|won'?t be able to) (?:make|meet|manage) (?:the |my |this month'?s )?(?:full )?"
        r"(?:(?:loan|card|mortgage|rent|car) )?(?:re)?payments?|(?:can'?t|cannot) (?:make|pay) [£$€]\d+|"
        r"between jobs|(?:statutory )?sick pay|money(?:'s| is) (?:really |very |so )?tight|"
        r"behind (?:on|with) (?:my |the |our )?(?:(?:loan|car|card|credit card|council tax|energy|gas|water|"
        r"phone) )?(?:rent|bills|payments|repayments|mortgage|loan)|"
        r"(?:i'?m|i am|we'?re|we are|been|getting|got|fallen|fell) (?:\w+ )?in debt|bankrupt\w*|"
        r"evict\w*|no money (?:left|for)|skint|overdrawn|bailiffs?|debt collectors?|repossess\w*|foreclos\w*|"
        r"miss(?:ed|ing)? (?:my|our|the|a|this month's) (?:mortgage|rent) (?:payment|repayment)s?|"
        r"lost (?:my |some |a few |all my |most of my )?(?:shifts|hours|overtime)|"
        r"(?:my |our )?(?:hours|pay|wages|salary|income)(?: at (?:work|the \w+))? (?:have |has |had |were |was |got |'ve )?(?:been )?(?:cut|slashed|"
        r"reduced|stopped)|lose (?:the|our|my) (?:house|home|flat)|(?:until|till|before) payday|[£$€]\d+ (?:left )?"
        r"(?:in my (?:account|bank)|to (?:last|my name))|can'?t (?:afford to )?pay (?:it|this|that|the bill|my bill|rent)\b"
        r"(?! (?:online|by card|through|with|in the app|on (?:the|your)|via)))\b"
    ),
    "health": (
        r"\b(?:terminal(?:ly)? ill\w*|terminal (?:illness|cancer|diagnosis)|end of life|" + _DYING + r"(?! (?:of "
        r"laughter|laughing|to|for|(?:over )?(?:here|there)\b))|"
        + _HOSPITAL + r"(?! (?:shifts?|job|work))|hospitali[sz]ed|a&e|chemo\w*|cancer|"
        r"(?:a |in a )?serious (?:car |road )?(?:accident|crash)|critically (?:ill|injured)|"
        r"(?:don'?t|do not) know (?:if|whether) (?:he|she|they)(?:'ll| will) (?:make it|survive|pull through)|"
        r"biops(?:y|ies)|tumou?rs?|(?:scan|test|blood) results|surgery|(?:my|an|the|his|her) operation|disability|"
        r"disabilities|(?:i(?:'m| am)|is|am) disabled|disabled (?:person|customer|son|daughter|child|people|access|"
        r"badge)|wheelchair|oxygen|dialysis|insulin|diabet\w*|medication|prescription|medical (?:equipment|device|"
        r"condition|supplies)|pregnan\w*|heart condition|stroke|seizure|epilep\w*|crutches|mobility|carer|"
        r"caregiver|ventilator|nebuli[sz]er|pacemaker|blood test|diagnos(?:ed|is)|mental health|depression|"
        + _HEART_ATTACK + r"|"
        r"depressed|panic attacks?|(?:very|really|seriously) (?:ill|sick)|immunocompromised|stoma|"
        r"in (?:constant |a lot of |so much |severe |chronic |real )?pain|in agony|"
        r"hearing aid|health hazard|asthma|(?:nut|peanut|gluten|dairy|sesame|shellfish|egg|milk) allergy|"
        r"anaphyla\w*|epi-?pens?|antihistamines?|(?:a |bad |nasty )?cough(?:ing)?|chest infection|the gp|my gp|"
        r"(?:raw )?sewage|(?:i|you|he|she|they|(?:my|your) (?!(?:thumb|finger|hand|mouse|cursor)s?\b)\w+) (?:fell|"
        r"has fallen|have fallen|slipped|"
        r"tripped)|injur\w*|bleeding|(?:needed|had|got|needing|have) (?:\w+ )?stitches|"
        r"fractur\w*|broke (?:my|your|his|her) (?:arm|leg|wrist|ankle|hip))\b"
    ),
    "safety": (
        r"\b(?:smell(?:s|ing)? (?:of )?gas|gas (?:smell|leak)|leaking gas|carbon monoxide|co alarm|"
        r"smoke alarm|sparks? (?:coming|from|flying)|sparking|(?:exposed|bare|live|loose) (?:wires?|wiring|cables?|"
        r"copper)|wires? (?:sticking|hanging|poking) out|wires? (?:showing|exposed|visible)|electric shock|"
        r"electrocut\w*|"
        r"ceiling(?: in (?:the|my|our|her|his|their) [^.!?\n]{0,50}?)? (?:is |has |had )?(?:still |now )?"
        r"(?:partly |partially |completely )?"
        r"(?:hanging|coming|falling|collaps\w*|come down|fallen in|bulging|sagging|bowing)|"
        r"ceiling[^.!?\n]{0,40}?\b(?:has|with) (?:a |an )?(?:big |huge |large )?(?:\w+ )?(?:bulge|sag)\b|"
        r"collapsed? ceiling|"
        r"burning smell|smell of burning|(?:house|home|kitchen|flat|car|building|room|oven|hob|cooker|boiler|"
        r"heater|charger|socket|plug|battery|van|garage) (?:is |was |'s |went |has )?(?:on fire|caught fire)|caught fire|smok(?:e|ing) (?:coming|from)|"
        r"(?:water|flood\w*) (?:near|into|in) (?:the )?(?:socket|fuse|electric\w*|wiring)|"
        r"scald\w*|(?<!end up with )(?<!be left with )(?<!be without )(?<!'ll have )(?<!will have )(?<!we'd have )"
        r"no (?:hot water (?:or|and|&) )?heating|"
        r"(?:started|was|is|began|been) smoking|melted (?:the |a )?(?:plug|socket|cable|wire|lead)|"
        r"(?:plug|socket|cable|charger|battery|lead|adapter|wire)s? (?:has |have |had )?(?:melted|overheated|exploded|"
        r"swelled|swollen|sparked)|"
        r"batter(?:y|ies) (?:in|of) (?:my|our|the|his|her) [\w-]+(?: [\w-]+)? (?:has |have |is |are )?(?:swollen|"
        r"swelled|swelling|bulging|puffed up)|" + _POWER_LINE + r"|live wires?|" + _ROADSIDE + r")\b"
    ),
    "vulnerable": (
        r"\b(?:i(?:'m| am) (?:8\d|9\d|7[5-9])|aged? (?:8\d|9\d)|elderly|pensioner|dementia|alzheimer\w*|"
        r"blind|partially sighted|my eyes are(?:n'?t| not)|deaf|hard of hearing|can'?t read|learning "
        r"disabilit\w*|autis\w*|live on my own|live alone|housebound|vulnerable|care home|my carer|"
        r"english is not my first language|don'?t (?:understand|know how to use) (?:computers|the internet|"
        r"the app|online))\b"
    ),
    "fraud": (
        r"\b(?:(?:i|we)(?:'ve| have)? been (?:scammed|hacked|defrauded|phished)|(?:my|our|his|her) (?:\w+ )?"
        r"(?:account|card|email|phone|details|identity|password)s? (?:was|were|has been|have been|got|is|are) "
        r"(?:hacked|stolen|compromised|cloned|used|accessed)|hacked|fraudulent|unauthori[sz]ed (?:\w+ )?"
        r"(?:transactions?|charges?|payments?|purchases?|access|logins?|withdrawals?)|scam (?:calls?|texts?|emails?|"
        r"messages?)|phishing|identity theft|stolen (?:card|identity|details|money|funds|phone)|"
        r"(?:entered|typed|put in|gave|given) (?:in )?(?:my|our) (?:card|bank|account) (?:details|number)[^.!?\n]{0,60}"
        r"\b(?:scam|fake|not (?:real|genuine))|"
        r"(?:didn'?t|did not|never) (?:make|authori[sz]e|buy|order|recogni[sz]e) (?:this|these|that|those|any)\b|"
        r"(?:payments?|charges?|transactions?|purchases?|withdrawals?)\b(?:[^.!?\n]|\.(?=\d)){0,80}\b(?:i|we) "
        r"(?:definitely |"
        r"certainly |really )?(?:didn'?t|did not|never) (?:make|authori[sz]e|buy|order|spend)|"
        r"(?:someone|somebody) (?:has|has got|got) (?:my|our) "
        r"(?:card |bank |account )?details|"
        r"(?:someone|somebody) (?:has )?(?:used|accessed|logged into|got into|stole|changed) my|"
        r"(?:is |has )?(?:someone|somebody) (?:been )?using my|"
        r"(?:someone|somebody) (?:has |have )?(?:just )?(?:taken|took|withdrawn|spent|moved|transferred) [^.!?\n]{0,30}"
        r"(?:out of|from) (?:my|our) (?:\w+ )?(?:account|card|bank|savings)|"
        r"ask(?:ed|ing|s)? (?:me )?for my (?:card|bank|account|security) (?:number|details|pin|code|password)|"
        r"suspicious (?:transaction|payment|charge|login|activity|email|call|text)|don'?t recogni[sz]e|"
        r"sim[- ]swap (?:fraud|scam|attack)|sim (?:was |is |has been |being )?(?:moved|swapped|transferred|ported)|"
        r"(?:it )?wasn'?t me\b|"
        r"(?:moved|ported|transferred|swapped) (?:my|our) (?:phone )?number to (?:a |another )?(?:new )?sim|"
        r"(?:my|our) (?:phone )?number (?:has |had |have )?(?:been |was )?(?:moved|ported|transferred|swapped) to "
        r"(?:a |another )?(?:new |different )?sim|"
        r"(?:i|we) (?:did not|didn'?t|never) (?:request|ask for) (?:this|that|it|a new sim|a sim swap|a password reset)|"
        r"(?:bank |account )?passwords? (?:have|has|had) been reset|"
        r"(?:text|email|e-mail|message|call)s? (?:saying|claiming|telling me|asking)\b[^.!?\n]{0,80}\b(?:click|link|verify|"
        r"suspended|locked|confirm your|security)|"
        r"(?:is|was) (?:this|that|it) (?:really )?(?:you|from you|genuine|legit|real|a scam)\b|"
        r"(?:paid|entered|typed|gave)\b[^.!?\n]{0,40}\bbefore (?:i|we) (?:realised|realized|noticed)|"
        r"looks? (?:dodgy|suspicious|fake|like a scam))\b"
    ),
}
"""Situations where a routine reply does harm, each a pattern over the lower-cased message."""

CRISIS: dict[str, str] = {
    "self-harm": (
        r"\b(?:kill(?:ing)? myself|end(?:ing)? (?:it all|my life|things)|suicid\w*|take my (?:own )?life|"
        r"don'?t want to (?:live|be here|be alive|wake up)|(?:hurt|harm)(?:ing)? myself|self[- ]harm\w*|"
        r"no (?:reason|point) (?:to|in) (?:live|living|going on)|better off (?:dead|without me)|"
        r"can'?t (?:go on(?=\s*(?:$|[.,!?;]|like this|any ?more|living))|do this anymore|take it anymore)|"
        r"want to die)\b"
    ),
    "abuse": (
        r"\b(?:(?:he|she|my (?:partner|husband|wife|boyfriend|girlfriend|ex|dad|father|stepdad|son))"
        r" (?:hits|hit|beats|beat|hurts|hurt|threatens|threatened|chokes|choked|controls) me|(?:he|she|my "
        r"(?:partner|husband|wife|boyfriend|girlfriend|ex))(?:'s| has| is)? (?:been )?(?:violent|abusive)|domestic "
        r"(?:abuse|violence)|(?:not|don'?t feel) safe at home|afraid (?:of (?:him|her|my partner)|to go home)|"
        r"(?:abusive|violent) (?:partner|husband|wife|relationship|ex)|coercive control|refuge)\b"
    ),
    "medical": (
        r"\b(?:can'?t breathe|cannot breathe|struggling to breathe|chest pains?|having a (?:stroke|heart attack|"
        r"seizure|fit)|" + _HEART_ATTACK_NOW + r"|"
        r"(?<!died of an )(?<!died from an )"
        r"overdos\w*(?! (?:her|him|them|it|my (?:dog|cat|pet|puppy|kitten))\b)|unconscious|" + _COLLAPSED + r"|not breathing|"
        r"bleeding (?:heavily|badly|a lot)|"
        r"call(?:ed)? (?:an )?ambulance|need an ambulance|(?<!can't )(?<!can’t )(?<!cannot )(?<!even )(?<!couldn't )"
        r"call(?:ed|ing)? (?:911|999|112))\b"
    ),
}
"""Statements that need an immediate human handoff to the team's emergency route, not a fix."""

ABUSE_AT_AGENT: dict[str, str] = {
    "threat": (
        r"\b(?:i(?:'ll| will| am going to|'m going to|'m gonna| know) (?:find|come|hunt|track) (?:out )?"
        r"(?:where you live|you|for you|down)|i know where you (?:live|work)|watch your back|you(?:'ll| will) "
        r"(?:regret|pay for) (?:this|it)|(?:kill|hurt|beat|smash|punch|stab|shoot) you|i'?ll be waiting|"
        r"(?:come|coming) down there|find (?:whoever|out who) (?:is|you are)|smash (?:your|their|his|her) face)\b"
    ),
    "insult": (
        r"\b(?:idiot\w*|stupid|moron\w*|incompetent|useless (?:idiot|person|people|bunch|lot)|you people|"
        r"clowns?|morons|imbecile|pathetic|shut up|f(?:u|\*)ck (?:you|off)|screw you|go to hell|"
        r"piece of (?:shit|crap)|bitch|bastard|dickhead|arsehole|asshole|scum|(?:burn|rot) in hell|drop dead)\b"
    ),
}
"""Abuse aimed at the agent: insults, and threats to their safety, which are handled differently."""

_STAKES = compile_table(STAKES.values())
_CRISIS = compile_table(CRISIS.values())
_ABUSE = compile_table(ABUSE_AT_AGENT.values())


@dataclass(frozen=True, slots=True)
class Stakes:
    """The high-stakes kinds found in a message, in the order of the tables above, and the words that showed them."""

    kinds: tuple[str, ...] = ()
    crisis: str | None = None
    abuse: str | None = None
    """"threat" or "insult" when the customer aims abuse at the agent."""
    words: tuple[str, ...] = ()
    """The words that showed each kind, in the order of ``kinds``."""

    def said(self, kind: str) -> str | None:
        """The customer's words that showed ``kind``."""
        return self.words[self.kinds.index(kind)] if kind in self.kinds else None

    @property
    def high(self) -> bool:
        return bool(self.kinds or self.crisis)

    def without(self, kind: str) -> Stakes:
        """The same stakes, with ``kind`` read out of them."""
        kept = [(k, w) for k, w in zip(self.kinds, self.words, strict=True) if k != kind]
        return replace(self, kinds=tuple(k for k, _ in kept), words=tuple(w for _, w in kept))

    def first(self) -> str | None:
        return self.crisis or (self.kinds[0] if self.kinds else None)

    @property
    def grave(self) -> str | None:
        """The first kind that makes this a hard moment. A vulnerable customer ("I'm 82", "I live alone") needs
        patience and plain words, but their age is not the trouble."""
        return next((kind for kind in (self.crisis, *self.kinds) if kind and kind != "vulnerable"), None)


@lru_cache(maxsize=2048)
def read_stakes(lower: str) -> Stakes:
    """The stakes in a lower-cased message."""
    if not lower:
        return Stakes()
    found: dict[str, str] = {}
    names = tuple(STAKES)
    for index, m in _STAKES.matches(lower):
        if names[index] not in found and not _ruled_out(names[index], lower, m):
            found[names[index]] = m.group(0)
    crisis = next((tuple(CRISIS)[index] for index, _ in _CRISIS.matches(lower)
                   if not (tuple(CRISIS)[index] == "medical" and _IN_CARE.search(lower))), None)
    abuse_found = {tuple(ABUSE_AT_AGENT)[index] for index, _ in _ABUSE.matches(lower)}
    abuse = "threat" if "threat" in abuse_found else "insult" if abuse_found else None
    kinds = tuple(name for name in STAKES if name in found)  # in order of gravity, each with the words that showed it
    return Stakes(kinds, crisis, abuse, tuple(found[name] for name in kinds))


_BATTERY_CHIRP = rx.compile(r"\b(?:smoke|co|fire) alarm\b.{0,60}?\b(?:beep|chirp)\w*\b.{0,100}?\bbatter(?:y|ies)\b",
                            re.DOTALL)
""""He noticed my smoke alarm beeping and changed the battery", "the smoke alarm has started doing that chirp thing…
I'd change the battery myself but it's 3m up": a low battery, not smoke."""
_ALARM_FAULT = rx.compile(r"\bsmoke alarm\b.{0,80}?\b(?:beep\w*|chirp\w*|not working|(?:doesn'?t|does not|won'?t) "
                          r"work|does nothing|stopped working|(?:is )?dead|faulty|broken)\b", re.DOTALL)
_SIGNS_OF_FIRE = rx.compile(r"\b(?:smoke|smoking|fire|flames?|burn\w*|smell\w*|sparks?|sparking)\b")
""""The smoke alarm keeps chirping and now the test button does nothing": an alarm to replace soon, not a fire to get
out of; with smoke or a burning smell, it is."""
_STILL_ALIVE = rx.compile(r"\b(?:is|are|'s) dying\b|\bnot expected to (?:live|survive|make it)|\b(?:hasn'?t|has not) got long\b|"
                          r"\bend of (?:her|his|their) life\b|\blast (?:few )?days\b|"
                          r"\b(?:don'?t|do not|doesn'?t|does not) know (?:if|whether) (?:he|she|they)(?:'ll| will) "
                          r"(?:make it|survive|pull through|live)\b|"
                          r"\b(?:might|may) not (?:make it|survive|pull through)\b|"
                          r"\b(?:in|into) intensive care\b|\bcritically (?:ill|injured)\b")
""""My grandmother is dying… do you have bereavement fares?", "they don't know if he'll make it": the fare's name is
not a death; they are still alive."""
_SAFE_NOW = rx.compile(r"\b(?:i'?m|i am|we'?re|we are|everyone'?s|everyone is|we'?re all|we are all) (?:now |"
                       r"all )?(?:safe|"
                       r"out of (?:the )?(?:house|car|building|flat|home))\b|\bsafe(?:ly)? behind the barrier\b|"
                       r"\b(?:i'?ve|i have|we'?ve|we have|i|we) (?:already |now |just )?unplugged\b|"
                       r"\b(?:i'?ve|i have|we'?ve|we have|i|we) (?:already |now |just )?(?:turned|switched) "
                       r"(?:it |that circuit |the circuit |the power |the electrics? )?off at the (?:fuse ?box|"
                       r"consumer unit|mains)\b")
""""I'm safe behind the barrier, the AA are on the way", "it sparked, I've unplugged it": a danger they have already got
clear of needs no safety line."""
_STOPPED_USING = rx.compile(r"\b(?:i'?ve|i have|we'?ve|we have|i|we) (?:already |now |just )?stopped using (?:it|them|"
                            r"the machine)\b")
_STILL_LIVE = rx.compile(r"\b(?:spark\w*|water|drip\w*|leak\w*|flood\w*|gas|smoke|smoking|flames?|fire)\b")
""""The treadmill… burning smell… I stopped using it": a machine they've left alone is no danger now; sparks, water
or smoke still are, used or not."""
_COLD_RISK = rx.compile(r"\b(?:cold|freezing|frozen|degrees|minus|below zero|snow\w*|ice|icy|frost\w*|baby|newborn|"
                        r"toddler|\d+[- ]?(?:day|week|month)s?[- ]old|pregnant|elderly|pensioner|unwell|ill|"
                        r"asthma\w*|poorly|disabled|disability|(?:i'?m|i am|is|aged?) [6-9]\d|[6-9]\d (?:years?|and)|"
                        r"(?:\d+|several|three|four|five|six|seven) days|a week|weeks)\b|-\d")
""""No heating since last night, pressure is at zero" is a repair to book; with a newborn, someone in their 80s, or
-2 outside, the cold itself is the danger."""


_WIDOWED = rx.compile(r"\b(?:i'?m|i am)(?: \d+(?: years old)?,?(?: and)?)? an? (?:elderly |older |disabled )?"
                      r"widow(?:er)?\b")
""""I am a widow", "I'm 88 and a widow", "I'm 79, a widower": who they are; "I was widowed last month" is news."""


def _ruled_out(kind: str, lower: str, m: re.Match[str]) -> bool:
    """Whether the rest of the message shows the words that matched ``kind`` are not that hard moment."""
    if kind == "health":
        return _fell_unhurt(lower) or (bool(_GAME.search(lower)) and bool(_FALL.match(m.group(0))))
    if kind == "safety":
        unheated = "heating" in m.group(0) and not _COLD_RISK.search(lower)
        faulty_alarm = bool(_ALARM_FAULT.search(lower)) and not _SIGNS_OF_FIRE.search(lower.replace("smoke alarm", ""))
        left_alone = bool(_STOPPED_USING.search(lower)) and not _STILL_LIVE.search(lower)
        return bool(_SAFE_NOW.search(lower) or _BATTERY_CHIRP.search(lower)) or unheated or faulty_alarm or left_alone
    if kind == "bereavement":  # "do you have bereavement fares?" for someone still alive
        # "I am a widow on a pension" says who they are, not news of a death
        widowed = m.group(0).startswith("widow") and bool(_WIDOWED.search(lower, max(0, m.start() - 40), m.end()))
        # "since my late wife passed in 2011": a loss they live with, told to explain a request, not news of a death
        long_past = bool(_LONG_PAST.search(lower, m.start(), m.end() + 40))
        return "bereave" in m.group(0) and bool(_STILL_ALIVE.search(lower)) or widowed or long_past
    if kind == "hardship":
        before = lower[_sentence_start(lower, m.start()) : m.start()]
        # "charged me £25 for going £3 overdrawn": a fee they dispute, not money trouble they confide
        # "I went 37p overdrawn for one day and you've charged me a £25 fee": the fee is the complaint
        slipped = bool(_WENT_OVER.search(lower, max(0, m.start() - 20), m.start())) \
            and bool(_FEE_WORD.search(before) or _FEE_WORD.search(lower, m.end(), m.end() + 80))
        disputed = "overdrawn" in m.group(0) and (bool(_FEE_FOR.search(before)) or slipped)
        # "app has been down all morning, can't pay my rent": the way to pay is broken, not the money short
        blocked = "pay" in m.group(0) and "afford" not in m.group(0) and bool(_WAY_TO_PAY_DOWN.search(lower))
        return bool(_FEARED.search(before)) or disputed or blocked
    return False


_WAY_TO_PAY_DOWN = rx.compile(r"\b(?:app|website|site|online banking|card|payment page|portal|system)(?:'s| is| has "
                              r"been| was| keeps)? (?:\w+ )?(?:down|not working|crashing|crashed|declined|broken|"
                              r"offline)\b")


_FEARED = rx.compile(r"\b(?:if|could|might|would|may|will|worried|afraid|scared)\b")
_FEE = r"\b(?:charged|charging|fined|fee|charge|penalty)\b"
_FEE_FOR = rx.compile(_FEE + r"[^.!?\n]{0,40}\bfor (?:going|being)\b")
"""A loss they fear from our delay ("if this falls through we lose the house") is not money trouble they disclose."""
_WENT_OVER = rx.compile(r"\b(?:went|gone|going|go) (?:\d+p|a (?:few|couple of) (?:pence|p)) $")
"""Pence over ("went 37p overdrawn"): a slip the fee punishes; "gone £300 overdrawn because my wages were late" may be
money trouble."""
_FEE_WORD = rx.compile(_FEE)

_MONTH = r"(?:january|february|march|april|may|june|july|august|september|october|november|december) "
_LONG_PAST = rx.compile(r"\b(?:died|passed(?: away| on)?|lost (?:him|her|them))(?: back)? (?:in (?:" + _MONTH
                        + r")?(?:19\d\d|20[01]\d)|(?:over |more than |nearly |almost |about |some )?(?:[5-9]|[1-9]\d|"
                        r"five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|many|several) "
                        r"years ago)\b")
""""Passed in 2011", "died twelve years ago": a death long enough ago that condolences would read as a form letter's.
A year before 2020 is long past whenever this runs; a later one may still be recent, so it counts as news."""


def _sentence_start(lower: str, position: int) -> int:
    """Where the sentence holding ``position`` starts: after a full stop and a space, never inside "£3.12"."""
    ends = (lower.rfind(mark, 0, position) + len(mark) for mark in (". ", "! ", "? ", "\n"))
    return max((end for end in ends if end > 1), default=0)


_IN_CARE = rx.compile(r"\b(?:admitted|taken) (?:to|into) (?:the )?(?:hospital|a&e|intensive care|icu)|\bin (?:the )?"
                      r"(?:hospital|a&e|intensive care|icu)\b|\bparamedics (?:came|arrived|are (?:here|with))|\bbeing "
                      r"(?:treated|looked after|seen)\b")
"""Someone already in hospital or with paramedics has the emergency route; the customer needs care, not 999."""
_FALL = rx.compile(r"\b(?:i|he|she|they|my (?!(?:thumb|finger|hand|mouse|cursor)s?\b)\w+) (?:fell|has fallen|"
                   r"have fallen|slipped|tripped)\b")
_UNHURT = rx.compile(r"\b(?:i'?m|i am|we'?re|we are|everyone'?s|everyone is|he'?s|she'?s|they'?re) (?:fine|ok|okay|alright|"
                     r"all right|unhurt|not hurt)\b|\bno(?: ?one|body) (?:was |got |is |'s )?hurt\b|\bwasn'?t hurt\b")


_GAME = rx.compile(r"\b(?:banned for|ranked|respawn\w*|lobby|server|username|my (?:character|char|avatar|player)|"
                   r"hole in the (?:map|wall)|fell (?:through|out of) the (?:map|world)|gg)\b")
""""Banned for 'exploiting' because your map has a hole in the wall I fell into": a fall in a game, not an injury."""


def _fell_unhurt(lower: str) -> bool:
    """A fall the customer says they walked away from ("I tripped on it, I'm fine") is a report, not their health."""
    if not (_FALL.search(lower) and _UNHURT.search(lower)):
        return False
    health = tuple(STAKES).index("health")
    return not any(index == health for index, _ in _STAKES.matches(_FALL.sub(" ", lower)))


_HAZARDS = (
    ("carbon_monoxide", rx.compile(r"\bcarbon monoxide|\bco alarm")),
    # a kettle that smelled of burning and trips the electrics: unplug it, no need to get out of the house
    ("appliance", rx.compile(r"^(?![\s\S]*\b(?:smoke|smoking|flames?|fire|on fire|gas)\b)"
                             r"(?=[\s\S]*\b(?:burning smell|smell of burning|smel(?:ls?|t|led) (?:like |of )?burning|"
                             r"trips? (?:the|our|my) (?:electrics|fuse|power|switch))\b)"
                             r"(?=[\s\S]*\b(?:kettle|toaster|charger|heater|hair ?dryer|microwave|oven|fridge|freezer|"
                             r"washing machine|tumble dryer|dryer|dishwasher|iron|laptop|air fryer|appliance)s?\b)")),
    ("gas", rx.compile(r"\bgas\b")),
    # a smoke alarm hanging off the ceiling or a blocked fire exit is a danger, but not a fire to get out of now
    ("fire", rx.compile(r"\b(?:fire(?! (?:exits?|doors?|alarms?|escapes?|extinguishers?|safety|blankets?)\b)|"
                        r"smoke(?! (?:alarms?|detectors?)\b)|smoking|burning)\b")),
    # a swollen laptop battery is a fire waiting to happen, not yet one to get out of the house for
    ("battery", rx.compile(r"\bbatter(?:y|ies)\b[^.!?\n]{0,40}?\b(?:swollen|swell\w*|bulg\w*|puff\w*|overheat\w*)|"
                           r"\b(?:swollen|bulging|puffed[- ]up) batter(?:y|ies)\b")),
    ("power_line", rx.compile(r"\b(?:" + _POWER_LINE + ")")),
    # the fraying cable of a gym machine is steel, not electric: the danger is using it
    ("equipment", rx.compile(r"^(?![\s\S]*\b(?:electric\w*|sparks?|sparking|sockets?|plugs?|shock)\b)"
                             r"(?=[\s\S]*\bfray\w*)(?=[\s\S]*\b(?:machine|pulldown|pulley|equipment|weights?)\b)")),
    # wires hanging out of a junction box on the street: there's no fuse box of theirs to switch off
    ("street_electrical", rx.compile(r"^(?=[\s\S]*\b(?:wires?|wiring|cables?|sparks?|sparking|electric\w*)\b)"
                                     r"(?=[\s\S]*\b(?:junction box|(?:street|roadside|telecoms?|green|phone) "
                                     r"(?:box|cabinet)|street ?(?:light|lamp)|lamp ?post|pavement|corner of)\b)")),
    ("electrical", rx.compile(r"\b(?:wires?|wiring|cables?|copper|sparks?|sparking|electric\w*|sockets?|fuse)\b")),
    ("structure", rx.compile(r"\b(?:ceiling|collaps\w*|roof)\b")),
    ("cold", rx.compile(r"\bno (?:hot water (?:or|and|&) )?(?:heating|heat)\b")),
    ("roadside", rx.compile(r"\b(?:hard shoulder|motorway|m\d+|a\d+|dual carriageway)\b")),
)


_HEATER = rx.compile(r"\b(?:electric|gas|coal|log|wood|open|plug-in) (?:fires?|heaters?|blankets?)\b")
""""I have an electric fire but it is expensive to run": how they keep warm, not a fire or an electrical fault."""


def hazard_of(lower: str) -> str:
    """The kind of safety hazard a lower-cased message reports, for the safety line that answers it."""
    lower = _HEATER.sub(" ", lower)
    return next((name for name, pattern in _HAZARDS if pattern.search(lower)), "general")
