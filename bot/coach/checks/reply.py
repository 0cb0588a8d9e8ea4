"""What a reply does for the customer, read the way a lead reads it.

Does it acknowledge them, in words that fit, or with a stock line? Does it
answer what they asked? Does it say who does what next? Does it lean on
phrases every customer has read a hundred times? The analyzer compares these
with what the customer's message calls for (``customer.py``) to decide which
findings apply and how the reply scores.
"""

from __future__ import annotations

import re
from functools import cached_property

from bot.coach import rx
from bot.coach.checks.cues import compile_fast
from bot.coach.checks.customer import Customer
from bot.coach.checks.layout import layout
from bot.coach.checks.model import Span
from bot.coach.checks.rules import APOLOGY
from bot.coach.text import WORD, Draft, keywords

_THANKS_FOR_TELLING = (r"thank(?:s| you)(?: so much| very much)? for (?:taking the time to )?"
                       r"(?:telling|letting|tell|let) (?:me|us)")
THANKS_FOR_TELLING = compile_fast(r"\b" + _THANKS_FOR_TELLING + r"\b")
"""Thanks for being told: honours a disclosure, and counts as acknowledging one."""
VAGUE_SORRY = compile_fast(
    r"\b(?:i'?m|we'?re|i am|we are) (?:so |very |really )?sorry (?:to hear )?(?:that |about |for )?"
    r"(?:there (?:was|has been|were) )?(?:an? |the |this |that |any |these )?(?:issues?|problems?|experience)"
    r"(?: with (?:your|the) (?:order|delivery|booking|food|meal|visit|stay))?\b|"
    r"\b(?:i'?m|we'?re|i am|we are) (?:so |very |really )?sorry (?:to hear )?(?:that )?(?:your|the) (?:order|delivery|"
    r"food|meal|visit|stay|experience) (?:(?:didn'?t|did not) meet (?:your |our )?(?:expectations|standards)|"
    r"(?:wasn'?t|was not) (?:as expected|what you expected|up to (?:standard|scratch)))\b"
)
""""Sorry to hear there was an issue with your order", "…your order didn't meet expectations": to someone hurt or ill,
a sorry that names nothing."""
FRIGHTENED = frozenset({"terrified", "scared", "frightened", "afraid", "petrified"})
"""Feelings a thank-you for telling doesn't meet."""
_SILLY = r"weird|silly|stupid|daft|dumb|strange|odd"
"""What someone fears their question is ("sorry if that's a silly question"), which "not silly at all" answers."""
EMPATHY = compile_fast(
    r"\b(?:(?:that|this|it|which)(?:'s| is| was| has been| must (?:be|have been)| sounds| seems| looks) "
    r"(?:so |really |very |truly |incredibly |such |quite |a bit |deeply |pretty |absolutely |understandably )*"
    r"(?:hard|tough|awful|terrible|horrible|difficult|frustrating|stressful|painful|scary|upsetting|rough|"
    r"exhausting|heartbreaking|devastating|worrying|worrisome|confusing|annoying|maddening|unfair|not okay|"
    r"(?:an? )?(?:miserable|grim|rotten|awful|horrible|rough|tough|long|stressful) (?:week|day|night|morning|evening|"
    r"weekend|few days|time|wait|start)|"
    r"not ok|not good enough|not right|unacceptable|disappointing|infuriating|a lot|a nightmare|a pain|"
    r"a hassle|no fun|not fun|alarming|unsettling|distressing|concerning|a worry|a shock|not what you "
    r"(?:expected|deserve|needed|wanted))|how (?:frustrating|stressful|worrying|upsetting|awful|annoying|"
    r"disappointing|hard|difficult|scary)|what a (?:pain|nightmare|hassle|shame|mess|worry|relief)|"
    r"i (?:can |completely |totally |fully |really |absolutely )*(?:understand|imagine|see|appreciate|get|hear|know) "
    r"(?:how|why|what|that|the|you(?:'re| are| were| must| feel| might)|this|it|your (?:frustration|disappointment|"
    r"concern|upset|anger) (?:at|about|with|over) (?:having|being|losing|not|the|your))|you(?:'re| are|'ve been| have "
    r"been| must be| must have been| were| feel| felt)(?: \w+)? (?:so |really |very |understandably )*"
    r"(?:frustrated|upset|angry|annoyed|worried|stressed|disappointed|anxious|scared|let down|fed up|"
    r"concerned|confused|shaken|devastated|heartbroken|exhausted)|(?:completely|totally|perfectly|very) "
    r"(?:understandable|fair|reasonable|valid)|understandably|(?:it'?s|it is|that'?s|that is) "
    r"(?:completely |perfectly |totally |so |very |really |quite )?(?:normal|natural|understandable|okay|ok) to "
    r"(?:feel|be) (?:a (?:bit|little) |so |very |really )?(?:nervous|worried|anxious|scared|afraid|frightened|"
    r"apprehensive|overwhelmed|unsure|upset|frustrated|angry|stressed|emotional|wary|that way|like that|this way)|"
    r"you(?:'re| are| were|'ve been| have been) (?:absolutely |quite |completely |totally |so )?right (?:to|that)|"
    r"i (?:completely |totally |fully |really )?understand\s*[—–-]|"
    r"(?:the )?waiting is the (?:hardest|worst) (?:part|bit)|"
    r"(?:it'?s|that'?s|it is|that is) (?:a |such a )?(?:big|large|huge|significant) (?:amount|sum|bill|cost|expense)|"
    r"(?:it'?s|that'?s|it is|that is) a lot (?:of money|to (?:find|pay|cover))\b|"
    r"(?:shouldn'?t|should not) have (?:happened|had to)|not (?:the experience|what) we want|"
    r"(?:must|would|will|only) (?:make|have made) (?:it|that|this|things|all this) (?:so much |even |all the )?worse|"
    r"condolences|sorry for your loss|heart goes out|thinking of you|my sympathies|our sympathies|oh no|"
    r"not (?:obvious|" + _SILLY + r"|a (?:" + _SILLY + r") question) at all|not a (?:" + _SILLY + r") question|"
    r"(?:i'?m|we'?re|i am|we are) (?:really |so )?glad you (?:told|let) (?:me|us)|not making a fuss|"
    r"(?:i (?:completely |totally |fully |really )?|(?:completely|totally|fully|really) )understand (?:wanting|needing) "
    r"to\b|"
    r"i (?:do |really |truly )?hope (?:she|he|they|you|your \w+)(?:'s|'re| is| are)? (?:not in (?:too much |any )?pain|"
    r"feeling better|on the mend|recovering|comfortable|(?:doing )?(?:ok|okay|alright|all right))|"
    r"i'?d (?:be|have been|feel) (?:\w+ )?(?:furious|frustrated|upset|angry|annoyed|worried|livid|fuming|fed up|gutted|"
    r"disappointed) (?:too|as well)|"
    r"(?:please )?(?:don'?t|do not|try not to) worry\b(?! about (?:it|that|this)\b)|"
    r"(?:don'?t worry,? )?(?:this|it) happens (?:more (?:often )?than you'?d think|to (?:lots of|a lot of|many) "
    r"(?:people|customers)|all the time)|"
    r"(?:please )?(?:don'?t|do not|no need to|there'?s no need to) (?:feel |be )(?:at all )?(?:embarrassed|ashamed|"
    r"silly|guilty|stupid|bad about)|(?:please )?(?:don'?t|do not|no need to) feel bad\b|"
    r"(?:that'?s|that is|it'?s|it is) (?:completely|perfectly|totally|entirely) (?:natural|understandable)\b|"
    r"(?:lots of|a lot of|many|plenty of) (?:other )?(?:people|patients|customers|parents|students|members) "
    r"(?:[\w'’]+ ){0,4}?(?:for the same reason|feel the same|feel that way|in the same (?:boat|position))|"
    r"(?:please )?(?:don'?t|do not|try not to) be (?:too |so )?hard on yourself|"
    r"(?:that|it|this) (?:takes|took) (?:real |a lot of |some )?courage|"
    r"(?:there'?s )?no such thing as a (?:silly|stupid|daft|dumb) question|"
    r"let'?s get (?:you|this|it) (?:there|sorted|fixed|moving|home|back on track)\b|"
    r"(?:(?:that|this)(?: one)?(?:'s| is| was)|it'?s|it was)(?: definitely| clearly)? (?:on (?:us|our (?:side|end))|"
    r"our (?:fault|"
    r"mistake|error|bug)|an? (?:bug|regression|mistake|error|fault) on our (?:side|end))|"
    r"(?:we'?re|i'?m|we are|i am) (?:just as |really |so )?(?:gutted|devastated|disappointed|heartbroken|sad|upset) "
    r"(?:too|as well)|"
    r"(?:is|are|was|were|that'?s|it'?s) (?:far |way |just )?too (?:many|much|long)|(?:that'?s|that is|it'?s|it is) "
    r"(?:not on|not right|not fair|unfair|a lot to deal with)|"
    r"(?:sounds|seems|looks) like (?:a |such a )?(?:right |real |total |proper |massive )?(?:hassle|pain|nightmare|"
    r"mess|worry|ordeal|headache|rough|tough|long day|stressful)|"
    r"thank(?:s| you)(?: so much| very much)? for (?:(?:bearing with|sticking with|your patience with) (?:us|me|this)|"
    r"chasing(?: (?:us|me|this|it|that|up))?)|"
    r"you should (?:already |really )?have (?:been (?:told|called|contacted|updated|kept informed)|heard (?:back|from us))\b|"
    r"(?:concerned|sad|sorry|disappointed|unhappy|upset|saddened) to (?:hear|see|read|learn)|not what (?:we|i) "
    r"(?:like|want|wanted|hoped|expect) to (?:hear|see|read)|(?:we|i) (?:don'?t|do not|never) like (?:to hear|"
    r"hearing|to see|seeing|that)|not the (?:record|standard|experience|service|impression|journey) (?:we|i) "
    r"(?:aim|want|expect|strive|hope)|(?:we|i) (?:know|get|see) (?:how|that|why) (?:\w+ ){0,4}(?:important|frustrating|stressful|annoying|"
    r"hard|worrying|disappointing|upsetting|inconvenient)|" + _THANKS_FOR_TELLING
    + r"|(?:this|that|it) (?:really )?matters|no(?: ?one|body) should (?:have to )?\w+|"
    r"you(?: did|'re doing| are doing|'ve done| have done) (?:exactly )?"
    r"the right thing|(?:isn'?t|is not) something (?:we|i)(?:'re| are|'m| am) going to let|(?:would|could) "
    r"(?:wear|get|grind) anyone down|would (?:frustrate|upset|worry|annoy) anyone|i (?:really |do )?want to "
    r"(?:help|get (?:this|it|your \w+) (?:sorted|fixed|back))|not (?:good enough|okay|ok|right|fair)|"
    r"let (?:you|your \w+) down|(?:we|i) (?:got|get) (?:it|this|that) wrong|(?:our|my) (?:mistake|fault|"
    r"error)|(?<!believe )(?<!think )(?:payment|charge|fee|debit|amount|transaction)s? (?:was|were) (?:taken|charged|"
    r"debited|billed|applied|made) in error|"
    r"(?:glad|relieved|thankful|thank goodness|thank god)(?: to hear)?(?: that)? (?:no ?one|nobody|every(?:one|body)|"
    r"you(?:'re| are)(?: all| both)?|you and (?:\w+ ){1,2}are)(?:'s| is| are| was| were| got)? (?:(?:all |both )?(?:ok|okay|"
    r"safe|unhurt|alright|all right)|(?:not |un)?(?:hurt|injured|harmed)))\b"
)
"""An acknowledgement of something hard: naming how hard it is, saying you see why they feel so."""
WARMTH = compile_fast(
    r"\b(?:what a (?:great|lovely|wonderful)|(?:i|we) (?:just )?(?:want(?:ed)?|would like|'d like) to reassure you|"
    r"(?:so )?(?:glad|happy|delighted|thrilled|pleased) (?:to hear|you|"
    r"that|it|we|to see)|love (?:to hear|hearing|that|this|getting|being|seeing|having)|made our day|"
    r"means a lot|(?:great|lovely|wonderful|fantastic|amazing|awesome) to (?:hear|see|have)|congrat\w*|enjoy|"
    r"welcome (?:aboard|back|home)|you(?:'re| are) (?:very |so |most )?welcome|safe travels|happy birthday|"
    r"have (?:a|an) (?:great|lovely|wonderful|fantastic|amazing|safe|good|fun) (?:day|trip|flight|time|"
    r"weekend|holiday|birthday|one|journey|stay)|thank(?:s| you)(?: so much| very much| a lot)?(?: for| to)|"
    r"(?:we|i) appreciate (?:you|the|your|it)|(?:pass|passed|share|shared|forward) (?:this|it|that|your "
    r"(?:kind|lovely|praise|compliment|words|note|message|feedback)) (?:on|along|with)|"
    r"(?:that'?s|how|so) (?:great|wonderful|lovely|fantastic|awesome|amazing|exciting|cool)|"
    r"look forward to (?:seeing|welcoming|having)|see you (?:soon|again|next|on board|tomorrow))\b|[❤💙💕😊🥰🙌👏🙏🎉🥳😀😃😄😁✈]|!"
)
"""A warm answer to praise or good news: glad with them, thanking them, passing it on."""

NON_APOLOGY = compile_fast(
    r"\b(?:sorry|apologi[sz]e)(?: that| if)? you (?:feel|felt|think|thought|see it)(?: that way| this way| like that|"
    r"(?: so| very| really)? (?:unhappy|upset|disappointed|dissatisfied|let down|frustrated|annoyed)(?: (?:with|about|"
    r"by|over))?)?|"
    r"\b(?:sorry|apologi[sz]e)(?: that| if)? you(?:'re| are| were)? (?:unhappy|dissatisfied|displeased|not happy|not "
    r"satisfied) with"
)
"""An apology for the customer's feelings rather than for what happened: it reads as "the problem is you"."""
_CONDITIONAL = (r"(?:sorry|apologi[sz]e|apologies)(?: to you)? if (?:we|you|i|this|that|it|there|our|your|the|any|"
                r"anyone|anything)\b")
CONDITIONAL_APOLOGY = compile_fast(r"\b" + _CONDITIONAL)
"""Being sorry *if* ("sorry if you felt...", "apologies if there was any confusion") owns nothing."""
HOLLOW_APOLOGY = compile_fast(
    r"\b(?:" + _CONDITIONAL + r"|"
    r"(?:sorry|apologi[sz]e|apologies) for (?:the |our |my )?(?:delay(?:ed)? (?:in )?(?:response|responding|"
    r"reply|replying|getting back)|late (?:reply|response)|slow (?:reply|response)|delayed (?:response|reply)))"
)
"""An apology that doesn't own what happened ("sorry if you were made to feel...") or is about something
else (our slow reply): it doesn't acknowledge what the customer went through."""
ANY_INCONVENIENCE = compile_fast(
    r"\b(?:(?:we|i|and) (?:sincerely |truly |do )*apologi[sz]e|(?:so |very )?sorry|apologies) for (?:any|all the) "
    r"(?:inconvenience|trouble|frustration|disruption)[^.!?\n]{0,40}"
)
"""The archetypal apology for nothing in particular: it acknowledges nothing the customer said."""
DEFENSIVE = compile_fast(
    r"\b(?:(?:the )?(?:vast )?majority of (?:our|the)|most of our (?:fleet|flights|aircraft|customers|stores)|"
    r"our (?:team|staff|people|agents|crew)(?: is| are|'s|'re) the best|our (?:team|staff|crew) (?:does|do) (?:their|its) best|"
    r"we (?:always )?(?:do|try|did) (?:all|everything|our (?:very )?best)(?: (?:possible|we can))?(?: to avoid)?|"
    r"this (?:allows|helps|ensures|is (?:to (?:ensure|protect|make sure)|necessary|required|standard|our "
    r"standard))|(?:it|this) is (?:standard|normal|common) (?:practice|procedure)|sometimes (?:this|it|that) "
    r"is (?:necessary|unavoidable|required|the case)|we want (?:to make sure|you to know|all (?:our|of our) "
    r"customers|our customers)|(?:everyone|all (?:passengers|customers|guests)|customers|passengers) "
    r"(?:needs?|must|are required|has|have) to|we recommend (?:arriving|a full|at least|allowing)|"
    r"(?:is|are|was|were) (?:outside|beyond|out of) (?:of )?our control|(?:have|has) control over|"
    r"(?:is|was) an? \w+ (?:issue|matter|problem),? not (?:ours|us|our)|we (?:are|were) not "
    r"(?:responsible|at fault|to blame|liable)|one of the biggest parts? of (?:the|our) job|"
    r"we (?:offer|have) a (?:variety|range|number) of|we work with (?:the )?(?:local )?(?:airports|partners|"
    r"suppliers|carriers)|(?:that'?s|this is|it'?s) (?:a )?(?:very )?(?:unusual|rare|uncommon)|"
    r"our (?:goal|aim|priority|mission) is|(?:we have|we've) had no (?:other )?(?:reports|complaints)|(?:no one|nobody) "
    r"else has (?:reported|complained)|all (?:of )?our \w+ (?:are|is) (?:inspected|checked|cleaned|tested|treated)|"
    r"(?:does|do) not (?:shatter|break|fail|leak) (?:spontaneously|on (?:its|their) own)|"
    r"(?:are|is|were|was) (?:often |sometimes |usually )?under (?:a lot of )?"
    r"pressure|can (?:come across|be taken|sound) (?:differently|wrong)|(?:wasn'?t|was not|weren'?t|were not) "
    r"(?:meant|intended)|(?:is|are) provided by [^.!?\n]{1,40}?,? (?:and )?not (?:by )?(?:us|\w+)|not by us|"
    r"rather than (?:by )?us|(?:is|are) (?:self-employed|contractors|third[- ]party)|"
    r"(?:can ?not|can'?t) be guaranteed|(?:is|are|am) (?:not|n't) (?:liable|responsible) for|"
    r"(?:are|is) estimates? only|"
    r"(?:are|is) subject to change|(?:can|may|do) (?:happen|occur) for (?:a (?:variety|number|range) of|many|various) "
    r"reasons|at the discretion of|(?:processed|handled|dealt with) in the order (?:they(?:'re| are| were) )?received|"
    r"(?:we are|we're) (?:currently )?experiencing (?:a )?(?:high|higher than (?:usual|normal)|unusually high) "
    r"(?:call |contact )?volumes?)\b"
)
"""Defending the company ("the vast majority of our flights...", "this allows our customers...") before,
or instead of, hearing what went wrong for this customer."""

STOCK = compile_fast(
    r"\b(?:(?:we|i|and) (?:sincerely |truly |deeply |do |greatly |really )*apologi[sz]e for (?:any|all|the) "
    r"(?:inconvenience|trouble|frustration|confusion|disruption|issues?)(?: (?:this|that|it) (?:may|might|could)? ?"
    r"(?:have )?(?:caused|causes))?(?: you)?|(?:sorry|apologies) for (?:any|the) (?:inconvenience|trouble|"
    r"disruption)(?: (?:this|that) (?:may have |has )?caused)?(?: you)?|(?:we(?:'re| are)|i(?:'m| am)) "
    r"(?:very |so |truly )?sorry (?:to hear|for|about) (?:that|this|about this|(?:about )?your (?:recent )?experience|the "
    r"inconvenience)(?! (?!(?:and|but|so|as|if|when|too|again|though)\b)[a-z])|"
    r"(?:we(?:'re| are)|i(?:'m| am)) (?:very |so |truly )?sorry (?:that )?(?:your|the) (?:order|meal|delivery|"
    r"purchase) (?:didn'?t|did not) (?:meet|live up to) (?:your |our )?(?:expectations|standards)|"
    r"(?:we|i) (?:completely |totally |fully |do |can )*understand (?:your (?:frustration|"
    r"concerns?|disappointment|situation|feelings)(?! (?:at|about|with|over) (?:having|being|losing|not|the|your)\b)|how (?:you feel|frustrating|upsetting|disappointing|"
    r"difficult|stressful) (?:this|that|it|(?:[\w-]+ ){1,2}?(?=can be|is|must be)) ?(?:is|must be|can be|may be|"
    r"has been)(?! (?:with|when|given|because|as|since|after|before|right now|for you)\b))|"
    r"i know how you feel|(?:(?:we(?:'re| are)|i(?:'m| am)) (?:so |very |really )?)?sorry to (?:see|"
    r"hear) (?:that )?you(?:'re| are)? "
    r"(?:want(?:ing)? to |wish(?:ing)? to |would like to |(?:have )?decided to )?(?:leave|leaving|go|going)(?: us)?|"
    r"i feel your pain|we hear (?:you|your (?:concerns?|frustration|feedback))|(?:thank you|thanks) for "
    r"your (?:patience|understanding|continued (?:patience|support|loyalty)|loyalty|business|cooperation|"
    r"co-operation|enquiry|inquiry|query|email|message|feedback|comments|input|time)(?: and (?:understanding|"
    r"patience|cooperation))?|(?:we|i) (?:value|appreciate) (?:your|all) (?:feedback|business|loyalty|"
    r"patience|understanding|custom|comments|input|concerns?|support)|your (?:feedback|call|business|"
    r"satisfaction|concerns?|custom|opinion) (?:is|are) (?:very |extremely )?(?:important|valuable|valued)"
    r"(?: to us)?|(?:thank you|thanks) for (?:contacting|reaching out|getting in touch|writing|your (?:email|message|"
    r"enquiry|inquiry|query|correspondence|request|report))(?: (?:to|with) [\w ]{1,30}?(?=[.!,\n]|$))?|"
    r"thank you for (?:contacting|reaching out to|getting in touch with|writing to) (?:us|"
    r"customer \w+|the \w+ team)|(?:thank you|thanks)(?: so much| very much)? for (?:choosing|flying with|shopping with|"
    r"being a valued)|we(?:'re| are) here to serve|"
    r"(?:we(?:'re| are)|i(?:'m| am)) (?:always )?(?:here|happy|glad) to (?:help|serve|assist)(?:!|\.| you)|"
    r"(?:please )?(?:do not|don'?t) hesitate to (?:contact|reach|get in touch|call(?! (?:999|911|112|111|nhs)\b)|ask)|"
    r"(?:please )?(?:feel free to|do) (?:contact|reach out to) us (?:if|should)|(?:please )?let us know if (?:there is|"
    r"there'?s|we can|you (?:need|have|require))(?: anything| any)?|is there anything else (?:i|we) can "
    r"(?:help|do|assist)|(?:we|i) hope (?:this|that) (?:helps|clarifies|answers)|we look forward to "
    r"(?:serving|welcoming|seeing|having) you|(?:we|i) (?:always )?strive to|(?:this|that) is not the "
    r"(?:level of )?(?:experience|service|standard) we (?:want|expect|aim|strive)|we take (?:this|these|"
    r"your (?:feedback|concerns?|complaint)|such matters|all complaints) (?:very |extremely )?seriously|"
    r"rest assured|valued customer|dear customer|dear sir(?: or madam|/madam)?|to whom it may concern|"
    r"we regret (?:to inform you|any(?: inconvenience| disruption| distress| upset)?(?: (?:this|that|it) (?:may |might )?"
    r"(?:have )?caused)?)|we hope (?:you'?ll|you will|to) (?:give us another chance|fly with "
    r"us again|see you again|consider us)|we appreciate you (?:flying|choosing|being|reaching)|"
    r"(?:we|i) apologi[sz]e for the delay(?:ed)? (?:in|of)? ?(?:our )?(?:response|reply|getting back)|"
    r"(?:your|the|this) (?:matter|case|request|issue|concern|complaint) (?:has been|will be|is being) "
    r"(?:escalated|forwarded|passed on|raised|logged) (?:to|with) the (?:relevant|appropriate|responsible|"
    r"right) (?:team|department|party)|we(?:'re| are) here (?:for you|to help)|happy to help!|"
    # the company talking about itself: what it always wants, never means, or would love another chance at
    r"(?:we|i) (?:always|never) (?:want|wish|strive|aim|try|expect|like|mean)\b|(?:we(?:'re| are) )?(?:always )?striving to|"
    r"(?:our|my) (?:sincere |sincerest |deepest )?apologies for (?:the|your|any)(?: \w+)? (?:delays?|wait|inconvenience|"
    r"impression|set ?backs?|trouble|experience)|(?:we|i) apologi[sz]e for (?:the|any) (?:mishandling|set ?backs?)|"
    r"(?:sorry|apologies) (?:for|about) your disappointment|sorry (?:that )?you(?:'re| are| were) (?:so )?disappointed|"
    r"(?:this|that) is (?:very )?concerning to hear|(?:we|i) must do better|we(?:'re| are) doing (?:our|everything|all) "
    r"(?:best|we can)|thank(?:s| you)(?: so much| very much)? for (?:sharing your (?:thoughts|feedback|comments|views)|"
    r"making your voice heard|your concern)|(?:we|i) appreciate your cooperation|we (?:do|try) our (?:very )?best "
    r"to (?:always |make|ensure|provide|give|keep|get)|(?:we'?d|we would) (?:love|welcome|appreciate) (?:another|the|"
    r"a) (?:chance|opportunity)\b|(?:is|was)(?:n'?t| not) the (?:impression|experience) we(?:'d| would)? (?:like|want|"
    r"hope)|(?:delays|cancellations|disruptions) are never (?:intentional|ideal|fun)|(?:is|are) in our (?:blood|dna)\b|"
    r"(?:sorry|apologi[sz]e|we regret) (?:to hear )?(?:of |for |about )?any (?:confusion|disappointment|frustration)|"
    r"please accept (?:our|my) (?:sincere(?:st)? |deepest )?apolog(?:y|ies)|your (?:input|comments|feedback) "
    r"(?:is|are) (?:always )?(?:appreciated|welcome)|(?:thanks|thank you) for taking the time to (?:send|share|"
    r"give|leave|let us know|reach out|write)|"
    # offers of help that offer nothing in particular
    r"(?:is there|if there(?:'s| is)) anything (?:else )?(?:that )?(?:i|we) can (?:help|do|assist)(?: you)?(?: with)?|"
    r"if you need (?:any )?(?:further |more )?(?:help|assistance|anything)(?: (?:else|further))?|how can (?:we|i) "
    r"help(?: you)?(?: today)?|let (?:us|me) know if (?:we|i) can (?:help|assist|do anything)(?: (?:in|with) "
    r"(?:any|some) (?:way|thing))?|"
    # loyalty and value, said to everyone
    r"(?:we|i) (?:truly |really |definitely |greatly |sincerely |do )*(?:value|appreciate) (?:you(?! \w+ing)|your "
    r"(?:loyalty|business|custom|support|patience|understanding|flexibility|feedback|comments))(?: and (?:your )?"
    r"(?:\w+))?|your (?:loyalty|business|custom|patience)(?: to \w+)? is (?:greatly |truly |very much |much )?"
    r"(?:appreciated|valued)|(?:thank you|thanks) for (?:the|your) (?:feedback|comments|input|patience|"
    r"understanding|loyalty|flexibility)|(?:thank you|thanks) for (?:flying|travel+ing|shopping|banking|staying) "
    r"with us|(?:it'?s|it is) (?:always )?a pleasure to (?:have|serve|welcome) you|"
    r"(?:we|i) (?:can'?t wait|look forward) to (?:impress|welcom|serv|see)\w*(?: you)?(?: again| on your next \w+)?|"
    r"(?:give us )?another (?:chance|opportunity) to (?:impress|serve|make (?:it|things) right)(?: you)?|"
    # apologies and promises of effort in general terms
    r"(?:my|our) (?:sincere|sincerest|deepest|heartfelt) apolog(?:y|ies)|(?:sorry|apologies) for any "
    r"(?:disappointment|frustration|confusion|rudeness|upset|distress)|"
    r"(?:your |customer |guest )?(?:safety|satisfaction|experience|comfort|wellbeing) is (?:always )?our (?:top |"
    r"number one |highest |first |main )?priority|(?:we|i) (?:always )?"
    r"(?:do|try) (?:what|everything|all) (?:we|i) can|(?:we|i) (?:will|'ll) (?:work|try) (?:even )?harder|"
    r"we expect (?:all )?our (?:crews?|teams?|staff|agents|employees|people|drivers|engineers) to be|"
    r"(?:pass|passed|share|shared) (?:along |on )?your (?:feedback|comments|concerns)(?: (?:along|on))?(?: to|"
    r" with)?(?: the| our)?(?: \w+)? team|taken (?:it|this|your \w+) to heart|(?:we|i) (?:always )?strive (?:to|for)|"
    r"(?:we|i) (?:truly |really )?(?:value|appreciate) (?:and (?:value|appreciate) )?you\b(?! (?:for|taking|letting|"
    r"telling|sharing|giving|being|bringing|raising|flagging))|anything else (?:that )?(?:i|we) can (?:help|assist|do)"
    r"(?: you)?(?: with)?|(?:we|i) can'?t wait to (?:impress|see|welcome|serve) you|sorry (?:that )?this (?:is|was|"
    r"has been) your experience)"
)
"""Stock phrases: what a customer reads from every company, and so doesn't read as meant for them."""

LECTURE = compile_fast(
    r"\bcheck your (?:bag|order|account|parcel) (?:carefully )?before (?:reporting|contacting|complaining)|"
    r"\b(?:please )?(?:read|check|consult|refer to|review) (?:our |the |your )?(?:faqs?|terms|t&cs?|manual|"
    r"instructions|guidelines|help (?:centre|center|pages?)|website|policy|documentation|docs|knowledge base)"
    r"[^.!?\n]{0,40}?"
    r"(?:before (?:contacting|writing|calling|reaching|getting in touch|emailing|messaging|opening|reporting|raising|"
    r"submitting)|first\b|in (?:the )?future|next time|as (?:most|all|this|these|it)|where (?:it|this) is)|"
    r"\bbefore (?:contacting|writing to|calling|emailing|messaging) (?:us|support|customer (?:service|care)|"
    r"the (?:office|team|school|surgery|clinic|helpline|practice))|"
    r"\b(?:we|i) (?:would |kindly |must )*(?:ask|remind|urge|encourage) (?:all )?(?:parents|customers|patients|members|"
    r"passengers|guests|tenants|residents|players|users|you) to (?:read|check|review) (?:\w+ ){0,3}?(?:carefully|"
    r"thoroughly|properly|fully)\b|"
    r"\b(?:we|i) (?:would |must |also |kindly |'d )*(?:like to )?remind (?:all )?(?:parents|customers|patients|members|"
    r"passengers|guests|tenants|residents|players|users|you) that\b[^.!?\n]*|"
    r"\b(?:please )?(?:do not|don'?t|avoid) (?:open|create|submit|send|raise|log)(?:ing)? (?:duplicate|"
    r"multiple|more than one|several|another|new)|\b(?:as (?:is )?(?:clearly )?(?:stated|written|listed|"
    r"explained|mentioned|outlined) (?:in|on) (?:our|the|that|this|my))|\bas per (?:the|our|your) (?:terms|t&cs?|"
    r"contract|agreement|policy)[^,.!?\n]{0,25}? (?:(?:that|which) )?you (?:agreed to|accepted|signed)|"
    r"\b(?:it is|it'?s|this is|which is|is) clearly "
    r"(?:stated|written|listed|explained|displayed|shown|marked)|\b(?:is|are) (?:stated|written|listed|displayed|shown|"
    r"marked) (?:very |really )?clearly\b|\bfor (?:future reference|your information)(?![,:]?\s+(?:we|our|i)\b)|"
    r"\byou (?:need|have|ought) to (?:read|check|understand|follow|make sure (?:that )?(?:you|to)\b)|"
    r"\bmake sure (?:you|to) (?:read|"
    r"check) (?:the|our)|\bin (?:the )?future,? (?:please )?(?:make sure|ensure|remember|read|check)|"
    r"(?:\b(?:please|you (?:should|must|need to|will need to)) |(?:^|(?<=[.!?] )))(?:double-check|check(?! back)|read|"
    r"make sure|ensure|take care)\b[^.!?\n]{0,60}? (?:in (?:the )?future|"
    r"next time)(?=[.!]|$)|"
    r"\b(?:you (?:may|might) (?:wish|want) to|we(?:'d| would) (?:recommend|suggest|advise)|please) (?:consider|"
    r"look into|take out|review|reviewing|check(?! back)|checking)\b[^.!?\n]{0,60}? (?:in (?:the )?future|for the "
    r"future)\b|"
    r"\b(?:medication|medicines?|valuables|essential items|essentials|(?:important|travel) documents|electronics)\b"
    r"[^.!?\n]{0,20}? (?:should|must) (?:always )?be (?:carried|packed|kept|taken) in (?:your )?(?:hand|carry-on|"
    r"cabin) (?:luggage|baggage|bags?)[^.!?\n]*|"
    r"\bto avoid (?:[\w-]+ ){0,4}?(?:in (?:the )?future|next time),? (?:we(?:'d| would)? (?:recommend|suggest|advise)|"
    r"please|you (?:should|may wish to|might want to|will need to))\b[^.!?\n]*|"
    r"\bit is (?:your|the customer'?s) responsibility|\bwe'?d (?:recommend|suggest|advise) (?:checking|reading|"
    r"reviewing|inspecting) (?:your|the) [\w ]{1,30}? before your next|"
    r"\b(?:please )?(?:do not|don'?t|avoid|refrain from) (?:contact|chas|call|email|writ|messag|phon|ring)(?:e|"
    r"ing)? (?:us|(?:this|the) (?:team|office|department|clinic|surgery|practice|school|helpline)|again)(?: again|"
    r" repeatedly)?(?: (?:until|before|unless)\b[^.!?\n]{0,60})?|"
    r"\b(?:(?:we(?:'d| would) ask|we ask|may we ask) (?:that )?you|please|kindly) (?:don'?t|do not|refrain from|avoid|stop) "
    r"(?:use |using |type in |typing in |write in |writing in )?(?:all |block )?(?:capital letters|capitals|caps)\b|"
    r"\b(?:refrain from|avoid|stop) (?:using |typing in |writing in )?(?:all |block )?(?:capital letters|capitals|"
    r"caps)\b|"
    r"(?:^|(?<=[.!?] ))(?:it|this|that|capitals|caps) (?:comes? across|reads?|can come across|(?:is|are) seen|(?:is|are) "
    r"considered|feels?) (?:as )?(?:shouting|aggressive|rude|intimidating|hostile|abusive)\b|"
    r"\b(?:happy|able|glad|here) to help (?:you )?(?:when|once|if|as long as) (?:you|customers|callers|members) "
    r"(?:communicate|speak|write|talk|remain|stay|are|can be|calm down)(?: (?:respectfully|politely|calmly|civil|polite|"
    r"calm|courteous))?\b|"
    r"\b(?:any )?(?:further|more|future) (?:appeals|emails|correspondence|messages|complaints|enquiries|tickets|"
    r"requests)\b[^.!?\n]{0,40}\bwill (?:not be (?:responded to|answered|acknowledged|replied to|considered)|be "
    r"(?:closed|ignored))[^.!?\n]*|"
    r"\bwe (?:will|shall|won'?t|cannot|can'?t) (?:not )?(?:be )?enter(?:ing)? into (?:any )?(?:further|more) "
    r"(?:correspondence|discussion|communication)\b[^.!?\n]*|\bno (?:further|more) correspondence (?:will|can) be "
    r"entered into\b[^.!?\n]*"
)
"""A lecture: telling the customer how they should have behaved, instead of helping. Telling an angry customer how to
write ("please don't use capitals") is one too."""

_ABUSED_BY_STAFF = rx.compile(r"\b(?:swore|shouted|yelled|screamed) at (?:me|us|my|our)\b|"
                              r"\b(?:was|were) (?:rude|abusive|"
                              r"aggressive|threatening) (?:to|towards) (?:me|us)\b", re.IGNORECASE)
"""Someone your staff swore or shouted at: a line that abuse is not tolerated takes their side, not a warning."""
_ASKS_TO_REDO = rx.compile(r"\b(?:do|should|must|shall) (?:i|we) (?:need to |have to )?(?:do it|apply|submit|"
                           r"send (?:it|them)|fill (?:it|the form) (?:in|out))(?: it)? again\b|"
                           r"\bshould (?:i|we) re-?(?:apply|submit)\b",
                           re.IGNORECASE)
"""Asking whether to do it again ("or do I need to do it again?"): "please don't submit duplicates" is the answer."""

BUSY_TIMES = compile_fast(
    r"\b(?:calling|phoning|ringing|calls made|contacting us|chatting) (?:during|at|in) (?:the )?(?:peak|busy|busier|"
    r"popular|our busiest) (?:hours|times|periods)\b[^.!?\n]{0,40}?\b(?:longer|long|wait)\w*"
)
""""Calling during peak hours will always mean longer waits": to someone who waited, it says the wait was their doing.
To a plain "when's a good time to call?" it is the answer."""

TONE_WARNING = compile_fast(
    r"\b(?:please (?:note|be aware|remember)(?: that)? )?(?:we|our (?:staff|team|agents?)) (?:do not|don'?t|will not|won'?t|"
    r"cannot|can'?t) (?:tolerate|accept) (?:any )?(?:abusive|abuse|rude|rudeness|offensive|aggressive|aggression|threatening|"
    r"foul|bad)\b[^.!?\n]*|\b(?:please (?:note|be aware|remember)(?: that)? )?(?:any )?(?:(?:abusive|abuse|rude|rudeness|"
    r"offensive|aggressive|aggression|threatening|foul|bad) (?:language|behaviou?r|comments?|messages?|remarks)|abuse|"
    r"aggression|rudeness|threats)(?: "
    r"(?:towards?|to|at|aimed at) (?:our |the |any )?(?:staff|team|agents?|colleagues|employees|members of staff))? "
    r"(?:will|is|are|shall) not be (?:tolerated|accepted)\b|"
    r"\b(?:please )?(?:keep (?:it|this|things) (?:civil|polite|respectful)|mind your (?:language|"
    r"tone)|watch your (?:language|tone)|there'?s no need (?:to be (?:rude|abusive)|for (?:rudeness|that tone|that language)))"
    r"\b|\b(?:threatening|abusive|rude|aggressive|offensive) (?:language|messages|comments|behaviou?r) (?:will not|"
    r"won'?t|does not|doesn'?t) (?:speed|hurry|help)\b[^.!?\n]*|"
    r"\b(?:we|i) (?:would )?(?:expect|ask) (?:that )?(?:all )?(?:of )?(?:our |you |\w+s )?(?:to )?(?:treat|speak to) "
    r"(?:our |the |all )?(?:staff|team|agents?|colleagues|employees|members of staff|drivers?|receptionists?|crew) "
    r"with (?:respect|courtesy|kindness)\b[^.!?\n]*|\bplease (?:treat|speak to) (?:our |the )?(?:staff|team|agents?|"
    r"colleagues|drivers?|receptionists?|crew) with (?:respect|courtesy|kindness)\b[^.!?\n]*|"
    r"\b(?:we (?:have|operate)|there is) a zero[- ]tolerance (?:policy|approach)\b[^.!?\n]*"
)
"""A warning about abuse: the right boundary for an abusive message, an accusation to anyone else."""
_PERSON = (r"(?:customer|booker|member|passenger|guest|player|cardholder|account holder|policyholder|recipient|patient|"
           r"buyer|user|traveller|traveler|renter|hirer|tenant|driver|student|pupil|parent|subscriber|client)")
"""Who the house rules are about, as the rules name them ("the account holder", "members")."""
HOUSE_RULES = compile_fast(
    r"\bit(?:'s| is) (?:the |each |every )?(?:" + _PERSON + r"'?s|your) (?:own |sole )?responsibility\b|"
    r"\b" + _PERSON + r"s are (?:solely |fully )?responsible for\b|"
    r"\b(?:is|are) (?:considered|deemed|treated as) (?:to be )?(?:the )?" + _PERSON + r"'?s (?:own )?responsibility\b|"
    r"\b" + _PERSON + r"s (?:must|should|need to|are (?:advised|expected|required|reminded) to) (?:always )?(?:ensure|"
    r"make sure|check|inspect|verify|allow|take care|read|keep|manage|be aware|inform|notify|tell|review|plan|"
    r"budget)\b|"
    r"\bit is not appropriate (?:for you |for patients |for customers )?to (?:chase|contact|email|call|ring|message)\b|"
    r"\byou should (?:always|really) (?:make sure|ensure|check|read|keep|manage)\b|"
    r"\byou should (?:always )?(?:order|request|book|plan|allow|apply)\b[^.!?\n]{0,40}?\b(?:in good time|in advance|earlier|"
    r"ahead)\b|"
    r"\bit(?:'?s| is) (?:very |really )?important (?:to|that (?:you|(?:all |our )?" + _PERSON + r"s)) (?:read|check|"
    r"remember|"
                                                                                                r"manage|keep|"
    r"review|make sure|plan|contact us|get in "
    r"touch|let us know|call us|tell us)\b|"
    r"\b(?:which|that) you agreed to\b|\byou agreed to (?:the|our|these|those|its) (?:\w+ )?(?:terms|conditions)\b|"
    r"\bwe (?:recommend|advise) (?:(?:reviewing|reading|managing) your|checking your (?:\w+ )?(?:statements?|account|"
    r"emails?|inbox|spam|junk|post|letters?|paperwork|details|booking|contract|terms|policy|documents?|settings|balance|"
    r"transactions))\b|"
    r"\bit (?:might|may|would|could) help (?:to|if you) (?:make sure|check|ensure)\b|"
    r"\b(?:we|i)(?:'d| would)? (?:always )?(?:recommend|suggest|advise) [^.!?\n]{0,60}?(?:to (?:prevent|avoid) (?:this|that|"
    r"loss|it|problems|issues|unauthori[sz]ed|future)|in (?:the )?future)\b|"
    r"\bplease (?:ensure|make sure) [^.!?\n]{0,60}?\bin (?:the )?future\b|"
    r"\b(?:we|i)(?:'d| would)? (?:like to |just |kindly |gently )*remind (?:you|all " + _PERSON + r"s)\b|"
    r"\bwe (?:would )?(?:kindly )?(?:ask|encourage|urge|expect) (?:all |our )?(?:" + _PERSON
    + r"s|you) to be (?:more )?"
    r"(?:patient|understanding|resilient|tolerant|thick-skinned)\b|"
    # "Import VAT and duty are the responsibility of the recipient" says who pays a tax, not how they should behave
    r"(?<!vat )(?<!duty )(?<!duties )(?<!tax )(?<!taxes )(?<!fees )(?<!charges )\b(?:is|"
    r"are) (?:the )?(?:sole |full )?responsibility of (?:the )?" + _PERSON + r"s?\b"
)
"""The house rules recited to someone something went wrong for: a lecture on how they should have behaved. "We
recommend checking your statements" is one; "we recommend checking your supply pipe" is how to find the leak."""
_INSURANCE_ADVICE = compile_fast(
    r"\b(?:(?:pet|travel|home|contents|gadget|phone) )?insurance is (?:strongly |always |highly )?"
    r"(?:recommended|advised)[^.!?\n]*|\bwe (?:would )?(?:strongly |always )?(?:recommend|advise|suggest) "
    r"(?:taking out |having |getting )?(?:(?:pet|travel|home|contents|gadget|phone) )?insurance\b[^.!?\n]*"
)
"""Advice to have been insured, given to someone facing a bill now."""
_REMINDER = compile_fast(
    r"\b(?:it'?s|it is) (?:important|worth|useful|good) (?:to )?(?:remember|remembering|bear(?:ing)? in mind|"
    r"keep(?:ing)? in mind|understand|note|noting) that\b"
)
""""It's important to remember that energy usage increases in winter" to someone whose readings were ignored: a
lesson in what they should already know, when they came with a problem."""
_THINK_FIRST = compile_fast(
    r"\b(?:(?:think|consider)(?: [^.!?\n]{1,40}?)?|(?:recommend|suggest|advise) (?:reading|checking|reviewing)"
    r"(?: \w+){0,4}?) (?:very )?(?:carefully|thoroughly) (?:about [^.!?\n]{0,40}?)?before (?:committing|"
    r"signing|taking out|entering|joining|subscribing|enrolling|booking|buying|purchasing|ordering|confirming)\b"
    r"[^.!?\n]*"
)
"""To have thought, or read the terms, before signing up or booking: hindsight for anyone already in, unless they ask
what to weigh up first."""
_WEIGHING_UP = rx.compile(r"\b(?:thinking (?:of|about)|planning to|considering|should i|before i|about to)\b",
                          re.IGNORECASE)
_HOLDER = r"(?:account ?holder|policy ?holder|bill ?payer|named (?:customer|person|member)|member|subscriber|customer)"
_NAMED_HOLDER = r"the (?:account ?holder|policy ?holder|bill ?payer)"
_ASKS_THE_DECEASED = compile_fast(
    r"\b(?:ask|have|get) the " + _HOLDER + r" (?:to )?(?:contact|call|ring|phone|email|log ?in|sign in|get in touch|"
    r"confirm|request|write)|"
    r"\b(?:only (?:speak to|deal with|discuss \w+ with)|speaking to|anyone other than|requested by|made by|must come "
    r"from|only) " + _NAMED_HOLDER + r"\b|"
    r"\b" + _NAMED_HOLDER + r" (?:will )?(?:needs?|has|have|must|should) (?:to )?(?:log ?in|contact|call|ring|cancel|"
    r"confirm|sign|request|get in touch)"
)
"""Asking the person who died to act: to someone bereaved, the account holder is usually who they lost."""
_THE_DEAD = rx.compile(
    r"\b(?i:my|our) (?:late |dear )?(?:husband|wife|partner|father|mother|dad|mum|mom|son|daughter|brother|sister|"
    r"grandmother|grandfather|gran|nan|grandad|grandpa|grandma|uncle|aunt|friend),? (?:(?:Mr|Mrs|Ms|Miss|Dr)\.? )?"
    r"(?!(?:Mr|Mrs|Ms|Miss|Dr)\b)([A-Z][a-z]+)|"
    r"(?<!\w )\b(?!(?:Mr|Mrs|Ms|Miss|Dr)\b)([A-Z][a-z]+)(?: [A-Z][a-z]+)?,? "
    r"(?:passed away|died|has died|was put to sleep)"
)
"""Who died, by the first name the customer gives: "my husband Frank died", "Frank passed away", "My mother,
Patricia Lowe, passed away"; never a title, nor the surname the family shares ("Dear Ms Lawson" is often the child)."""
PRESUMED_UNDERSTANDING = compile_fast(
    r"\b(?:thanks?|thank you|(?:we|i) (?:do |really )?appreciate)(?: so much| very much)? (?:for )?(?:your|the) "
    r"(?:understanding|cooperation|co-operation)\b(?:,? and (?:for )?(?:your )?(?:continued |ongoing )?(?:support|loyalty|"
    r"custom|business|patience)\b)?"
)
"""Thanking a complaining customer for understanding they haven't shown: it closes the matter on their behalf. "…and
your continued support" goes with it, or the cut leaves "And your continued support." behind."""
TO_BE_EXPECTED = rx.compile(r"\b(?:some (?:level of |degree of |amount of )?)?(?:noise|disruption|disturbance|"
                            r"delays?) (?:is|are|should be|must be|can be) (?:to be )?expected\b")
""""Some noise is to be expected": telling someone kept awake until 3am to put up with it."""
NOT_MINIMISING = (r"(?!(?:estimate|guide|guess|approximation|indication|forecast|rough|average|example|recommendation|"
                  r"suggestion|advisory|precaution|formality|courtesy|reminder|pre-?authori[sz]ation|temporary|"
                  r"holding)\b)")
""""It's just a recommendation, you don't have to do it", "it's only an estimate": reassurance, not minimising."""
ASKED_TOO = (r"(?! (?:who(?:'s| has| have)?|to(?: have)?|that(?:'s| has)?) (?:\w+ )?(?:ask|asks|asked|wonder|"
              r"wondered|miss|missed|struggle|struggled)\b)")
""""You're not the only one who's asked": their question is a common one, which reassures; to a complaint, "you're
not the only one" lumps them in with everyone else."""
DISMISSIVE_EXTRA = compile_fast(
    r"\b(?<!if )(?:it'?s|it is|that'?s|that is) (?:just|only) (?:a|an|one) " + NOT_MINIMISING
    + r"\w+|\bwill (?:only|just) (?:tell|say|give) you "
    r"the same\b|\b(?:in|into) the same (?:position|boat|"
    r"situation) as (?:everyone|everybody|all)|(?<!exactly )(?<!treated )(?<!just )\blike (?:everyone|everybody|all "
    r"(?:the )?other (?:customers|passengers|people)) else\b|\byou(?:'re| are) not the only (?:one|customer|"
    r"person|passenger)" + ASKED_TOO + r"|\b(?:has|have) the final say|\b(?:our|the|this) decision is final|\bno further "
    r"(?:correspondence|discussion|action(?! (?:is |was )?(?:needed|required|necessary)|,| will| (?:can|against|on) "
    r"(?:be taken|you|your)))|\bwe (?:will|can) not (?:be )?(?:comment|discuss|respond)\w* "
    r"(?:further|any further)|\bthis (?:matter|case|conversation) is (?:now )?closed|\bthere is nothing "
    r"(?:further|else) to (?:discuss|add)|\bwe cannot control the weather\b|" + TO_BE_EXPECTED.pattern
)
"""Brush-offs: minimising ("it's just a parcel"), lumping them in ("like everyone else"), closing the door."""

LAUGHING = rx.compile(r"[😂🤣😆😹]|\b(?:haha+|hehe+|lol|lmao)\b", re.IGNORECASE)
TAKES_THE_PRAISE = rx.compile(
    r"\W*(?:thanks|thank you|cheers)(?: so much| very much)?\W*(?:we (?:thought so too|think so too|try|do our best|"
    r"aim to please)|glad you (?:noticed|think so|agree)|(?:we(?:'re| are)|i(?:'m| am)) (?:glad|happy) you (?:noticed|"
    r"think so|agree))?\W*$|\W*(?:(?:so |really )?glad|(?:we(?:'re| are)|i(?:'m| am)) (?:so |really )?(?:glad|happy|delighted)) "
    r"you (?:enjoyed|liked|loved|had fun with)\b"
)
"""A sentence that only accepts the compliment."""

NEXT_STEP = compile_fast(
    r"\b(?:(?:i|we)(?:'ll| will|'m going to|'re going to| am going to| are going to| shall) (?!(?:never|not|"
    r"always|hope|try to remember)\b)\w+|let me \w+|(?:i|we)(?:'ve| have) (?:just |now |already |personally |"
    r"also )?(?!(?:been|had|got|seen|heard|noticed|received|always|never)\b)\w+ed\b|(?:i|we)(?:'ve| have) "
    r"(?:sent|made|put|set|found|spoken|taken|given|written|rung|got in touch|told)|(?:i'?m|we'?re|i am|we are) "
    r"(?:now |currently |already )?(?:on it|looking into|checking|working (?:on|to|hard)|handling|taking care|"
    r"following up|chasing|escalating|passing|sending|booking|arranging|raising|putting|investigating|"
    r"organi[sz]ing|getting)|leave (?:it|this) with me|(?:you(?:'ll| will)|you should) (?:\w+ly )?"
    r"(?:receive|get|hear|see|be)|you(?:'ll|'d| will| would)? (?:need|want|have) to \w+|"
    r"(?:please|kindly) (?!(?:accept|be advised|be assured|note|don'?t hesitate|do not hesitate|let us "
    r"know if|feel free|bear with|check|see|visit|refer|read|log|try|go|use|allow|wait)\b)\w+|(?:dm|message|email|call|contact|text|tweet|ring|tell) us|send us "
    r"(?:a|your|the)|you (?:can|could|may|might want to) (?!(?:imagine|understand)\b)\w+|"
    r"(?:team|department|agent|colleague|specialist|engineer|technician|driver|courier|manager|supervisor|"
    r"officer|nurse|doctor|advisor|adviser|staff|crew|airport|desk|office|agents|relations|someone|"
    r"pharmacist|branch|store|they)s? (?:will|'ll|can|is going to|are going to|should be able to|would be able to|"
    r"are (?:working|looking|checking))|next step|here'?s what|in the meantime|as soon as|"
    r"(?:i|we) can (?:check|look|help|sort|arrange|send|book|change|rebook|fix|find|refund|reissue|update|cancel|"
    r"move|transfer|add|raise|set|reset|replace|resend|order|issue|waive|extend|get)\b|"
    r"(?:please )?(?:see|visit|speak (?:to|with)|talk to|ask|check with) (?:an?|the|one of (?:our|the)|our) (?:[\w-]+ ){0,3}"
    r"(?:agents?|desk|office|counter|crew|crew ?members?|staff|team members?|representatives?|colleagues?|gate|team)\b|"
    r"allow me (?:a (?:moment|minute|second) )?to \w+|(?:i|we)(?:'d| would) be (?:happy|glad) to (?:check|look|help|sort|"
    r"arrange|book|change|rebook|find)\b|(?:i|we)(?:'d| would) recommend (?:speaking|talking|contacting|calling|"
    r"visiting|reaching)\b|"
    r"(?:by|before|within|on|at) (?:the )?(?:end of (?:the )?day|tomorrow|today|tonight|monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday|\d))"
)
"""Who does what next: the agent's own action, a step the customer can take, or a named team's action."""

VAGUE = compile_fast(
    r"\b(?:in due course|at some point|(?:as soon as|as quickly as) (?:possible|we can|practicable|they can|"
    r"it'?s ready)|asap|working (?:hard|diligently|tirelessly|to (?:resolve|fix|restore|get)|on (?:a fix|it|"
    r"this))|someone (?:will|should|may)|(?:has|have) been (?:passed|forwarded|escalated|logged|shared|"
    r"noted|reported|raised)|(?:will|may) be (?:passed|forwarded|escalated|logged|shared|reviewed|looked "
    r"(?:at|into)|investigated)|relevant (?:team|department|party)|look(?:ing)? into (?:it|this|the matter)|"
    r"(?:get|have) you (?:on your way|there|home|wheels ?up)|be in touch|for (?:review|consideration)|"
    r"(?:contact|speak (?:to|with)|reach out to|check with) (?:the|your) (?:airport|airline|manufacturer|"
    r"bank|travel agent|carrier|retailer|council|provider|landlord|courier|operator|venue)\w*(?: directly)?|"
    r"(?:check|see|visit|refer to|consult) (?:our|the) (?:website|app|faq|help (?:centre|center|pages?)|"
    r"terms|live (?:times|updates))|let us know if|if (?:you need|there'?s) anything|anything else|"
    r"(?:allow|wait) (?:another|a further|up to) \d|for (?:any|all) (?:further |other |more )?(?:assistance|queries|"
    r"enquiries|questions|help)|for (?:the latest |further |more )?(?:updates|information))\b"
)
"""Next steps that name nobody and no time: "someone will be in touch in due course", "please contact reception
for any further assistance"."""
UPSELL = compile_fast(
    r"\b(?:did you know|upgrade to|(?:use|with) (?:the )?code|(?<!\bat )\d+% off|discount code|new range|"
    r"treat yourself|"
    r"why not (?:try(?! (?:our|the) (?:app|website|phone line|live chat|chat)\b)|take a look|check out|join|sign up)|"
    r"have you tried our|(?:is|are) proving (?:really |very )?popular|plans start from|don'?t miss|"
    r"limited[- ]time (?:offer|only|deal|discount)|"
    r"take a look at our|you could be earning|earn up to)\b"
)
"""Selling: an offer, a code, a product pitch. A replacement "at 30% off" is what the agent can do instead of a
refund, not a pitch."""
THANKS_FOR_STAYING = compile_fast(r"\b(?:thank you|thanks|we appreciate|we value)(?: so much| very much)?(?: for)? "
                                  r"your (?:continued|ongoing|loyal|kind) (?:support|custom|loyalty|business|"
                                  r"membership|generosity|donations?)\b|"
                                  r"\bevery (?:donation|gift|penny|pound|contribution)\b[^.!?\n]{0,25}? makes? (?:a )?"
                                  r"(?:real |huge |big |genuine )?difference\b[^.!?\n]*|"
                                  r"(?:\b[\w-]+ing (?:\w+ )?|\b(?:regular )?(?:exercise|activity|fitness|yoga) )?\b"
                                  r"(?:is|are|keeps? you) (?:so |really )?(?:great|good) for (?:your )?(?:mental )?"
                                  r"(?:health|wellbeing)\b[^.!?\n]*")
STAYING_WHY = ("They've asked to stop, so thanks for their continued support, or why it's worth carrying on, says "
               "nobody read their message. "
               "Confirm what you've stopped, or say plainly why it went on.")
SECRET = compile_fast(
    r"\b(?:send|share|reply with|give|provide|tell|confirm|type|enter|let me have|dm|message) (?:me |us |it )?(?:with )?"
    r"(?:your |the )?(?:full |complete |online |banking |account |card )*(?:password|passcode|pin|pin number|security "
    r"(?:code|number)|cvv|cvc|one[- ]time (?:code|passcode|password)|otp|verification code|login details|"
    r"(?:6|six|4|four)[- ]digit (?:code|passcode|pin))\b"
)
"""Asking for a password or a security code: the one thing no genuine team asks for."""
ENDS_CONTACT = compile_fast(
    r"\b(?:(?:i'?m|i am|i'?ll|i will|we'?re|we are|we'?ll|we will) (?:now )?(?:end|ending|close|closing|stop|stopping|"
    r"leave|leaving) (?:this|the|our) (?:chat|call|conversation|contact)|(?:reported|report|logged|passed) (?:it|this|"
    r"that|the threat|your message|what you said) (?:to|with)|security team|(?:can'?t|cannot|won'?t|will not) "
    r"(?:continue|carry on|keep (?:going|talking))|the police)\b"
)
"""What a threat to the agent's safety calls for: ending the contact, reporting it, logging it."""
POINTER = compile_fast(
    r"(?:https?://|www\.|\b[\w-]+\.(?:com|co\.uk|gov\.uk|org|net|io|example)\b|\bcan be found (?:here|at|on|in)|\b(?:visit|see|"
    r"check|read|refer to|consult) (?:our|the|your) (?:website|site|help (?:centre|center|pages?)|faqs?|page|policy|"
    r"documents?|docs|documentation|terms|guide|setup guide|manual|outage map|portal|app|account|statement)|"
    r"\bon our website|\b(?:is|are) (?:explained|covered|listed|described) in)"
)
"""Pointing elsewhere for the answer: a link or "can be found on our website"."""
ALREADY_DONE = compile_fast(
    r"\b(?:i|we)(?:'ve| have| had)? (?:already |also |even )?(?P<done>filed|submitted|completed|sent|tried|restarted|"
    r"reset|called|reported|uploaded|emailed|provided|given|filled (?:in|out)|rebooted|reinstalled|checked)\b"
)
"""What the customer says they have already done."""
ASK_AGAIN = {
    "filed": r"file|submit|complete", "submitted": r"submit|complete|send|file", "completed": r"complete|fill|submit",
    "sent": r"send|submit|provide", "tried": r"try",
    "restarted": r"restart|reboot|power[- ]?cycl\w*|switch(?:ing)? (?:it |(?:your|the) \w+ )?off|turn(?:ing)?",
    "reset": r"reset", "called": r"call|ring|phone", "reported": r"report", "uploaded": r"upload|attach",
    "emailed": r"email", "provided": r"provide|send", "given": r"provide|give|send", "filled in": r"fill|complete",
    "filled out": r"fill|complete", "rebooted": r"reboot|restart|power[- ]?cycl\w*", "reinstalled": r"reinstall",
    "checked": r"check",
}
"""For each thing they've done, the words of a request to do it again."""
ANSWER_FORM = compile_fast(
    r"(?:^|[.!?:]\s+)\W*(?:(?:hi|hello|hey|dear)\b[^,.!?\n]{0,40},\s*)?(?:yes|yep|yeah|no|nope|sure|absolutely|"
    r"definitely|of course|unfortunately|correct|right|"
    r"good question|it'?s|it is|they'?re|they are|there'?s|there is|you can|you can'?t|you'?ll|you will|"
    r"we do|we don'?t|we can|we can'?t|we won'?t|it will|it won'?t|this is|that'?s|that is)\b|"
    r"\b(?:because|due to|caused by|the reason|that'?s why|this is why|which means|so that|in order to)\b|"
    r"\b(?:i|we) (?:don'?t|do not) (?:know|have (?:a date|dates|details|that information))|"
    r"\b(?:we|they) (?:haven'?t|have not) (?:yet )?(?:released|announced|confirmed|decided|set)|"
    r"\bnot (?:yet )?(?:been )?(?:announced|released|confirmed|decided)\b"
)
"""How an answer tends to open or explain: a yes or no, "it's...", "because...", or an honest "we don't know
yet" (which answers the question as far as anyone can)."""

FALSE_COMFORT = (r"\bno news is (?:\w+ )?good news\b|\b(?:there'?s |there is )?(?:nothing|no need) to worry"
                 r"(?: about)?\b|\bi'?m sure (?:it'?s|it is|everything'?s|everything is|you'?ll be) (?:nothing|fine|ok|"
                 r"okay|all right)\b")
"""Comfort the agent can't know to be true: to someone frightened about their health, it brushes the fear aside."""
COMFORT = rx.compile(FALSE_COMFORT)
_ROUTINE_CHECK = compile_fast(r"\b(?:a |the )?routine (?:follow[- ]?up|text|check|check-?up|review|letter|"
                              r"appointment|request|recall|reminder)\b")
""""It's a routine follow-up": what a clinic sent and why, which it can know, unlike how a test will come out."""
_KNOWABLE_WORRIES = (None, "hardship")
"""Where the agent can know a worry is unfounded (a fine, a tax bill), unlike a fear for their health, safety or
money taken by a stranger."""
_WORRIED = rx.compile(r"worr(?:ied|ying|y)|anxious|nervous|concerned|panick(?:ed|ing|y)")
_REASON = rx.compile(r"\b(?:won'?t|will not|isn'?t|is not|aren'?t|are not|doesn'?t|does not|"
                     r"(?:don'?t|do not) (?:need|have) to|free|covered|enough)\b")


def _with_its_reason(draft: Draft, span: Span) -> bool:
    """Whether a "no need to worry" has its reason in its sentence or the next."""
    if "worry" not in span.text.lower():
        return False
    sentences = draft.sentences
    n = next((i for i, sentence in enumerate(sentences) if sentence.start <= span.start < sentence.end), None)
    if n is None:
        return False
    stop = sentences[min(n + 1, len(sentences) - 1)].end
    return bool(_REASON.search(draft.lower, sentences[n].start, stop))
BOOK_EARLY = (r"book(?:ing)? (?:early|ahead|in advance) (?:usually |often |always |is the best way to )?(?:secures?|"
              r"gets?|guarantees?|gives you|means|to (?:get|secure|grab))")
"""'Booking early usually secures the lowest prices': a sales tip, and to someone who must travel tomorrow for a
funeral, a reminder they couldn't have."""
ADD_ON_PLUG = r"don'?t forget (?:you can|to) (?:add|upgrade|treat|book|grab|download|sign up|join|check out)"
""""Don't forget you can add extra legroom at checkout": an add-on pitch."""
REVIEW_ASK = (r"(?:leave|write|post|give) us an? (?:quick |short |honest )?(?:\w+[- ]star )?(?:review|rating)|"
              r"(?:leave|write) a (?:quick )?review|review us on|rate (?:us|your (?:experience|visit|stay))")
""""While you're here, we'd love a review on Google": a favour asked of someone who is upset or grieving."""
CHEER = compile_fast(
    r"\b(?:great news|good news|great question|exciting|yay|woo+hoo|woo+t|awesome|amazing|fantastic|brilliant|"
    r"(?:happy|glad|delighted|thrilled) to (?:help|assist|hear)|no worries|no problem|lucky|"
    r"hav(?:e|ing) a (?:great|lovely|wonderful|fantastic|awesome|good) "
    r"(?:day|one|weekend|game|match|time|evening|week)|"
    r"did you know|upgrade to|"
    r"hope you (?:still |really )?enjoy (?:the rest of )?your (?:day|weekend|flight|trip|stay|holiday|visit|meal|evening)|"
    r"(?:hope|trust) (?:you|your \w+) (?:still |really )?enjoyed (?:the rest of )?(?:your|his|her|their) \w+|"
    r"look forward to (?:welcoming|seeing|serving) you|"
    r"why not (?:try(?! (?:our|the) (?:app|website|phone line|live chat|chat)\b)|treat)|treat yourself|don'?t miss|"
    + ADD_ON_PLUG + r"|" + REVIEW_ASK + r"|"
    r"limited[- ]time (?:offer|only|deal|discount)|" + BOOK_EARLY + r")\b|"
    r"[😊😀😃😄😁🎉🥳🙌👍😎✨🤩]|!\s*(?:[😊🎉]|$)|"
    + FALSE_COMFORT
)
"""Cheerfulness and sales talk: lovely for good news, jarring to someone who is grieving or in danger."""

SAFETY = compile_fast(
    r"\b(?:leave (?:the|your) (?:property|house|home|building|flat|room|area)|get (?:everyone )?out|"
    r"(?:open|opening) (?:the |all |your )?(?:windows|doors)|(?:do not|don'?t) (?:use|touch|turn on|switch|"
    r"light|operate|strike|plug (?:it|them) (?:back )?in)|stop using|(?:call|ring|contact|phone|dial) (?:the )?"
    r"(?:\d{3}|emergency|gas emergency|"
    r"national gas|fire (?:service|brigade|department)|ambulance|police|your local emergency)|emergency "
    r"(?:services|line|number)|turn (?:off|the) (?:the )?(?:gas|electricity|power|supply|mains|water)|"
    r"(?:gas|water) (?:off|at the meter)|evacuate|are you (?:safe|okay|ok|hurt|all right)|is (?:anyone|everyone|"
    r"he|she) (?:hurt|safe|okay|ok|injured)|your safety|(?:keep|stay) (?:well )?(?:safe|away|clear)|"
    r"keep (?:everyone|everybody|the kids|the children|yourself|people) "
    r"(?:out|away|clear)|(?:keep|stay) out of (?:that|the|this|your) (?:room|area|kitchen|bathroom|bedroom|hallway|"
    r"garage|loft)|(?:switch|turn) (?:off )?(?:the |that |your )?(?:\w+ )?(?:lights?|power|electrics?|circuit)"
    r"(?: off)? at the (?:fuse ?box|consumer unit|mains)|turn (?:off|the) (?:the )?electrics|"
    r"(?:bring|bringing|send|sending|drop|dropping|deliver|delivering|lend|lending|give|giving|provide|providing) "
    r"(?:off |round |over )?(?:you |round |over )?"
    r"(?:[\w-]+ ){0,3}?heaters?|"
    r"(?:do not|don'?t) try to (?:move|touch|lift|fix)|safe place|first aid|"
    r"(?:see|contact|call) (?:a|your) (?:doctor|gp)|seek medical|do not go back in|don'?t go back in|"
    r"(?:switched|turned|shut) (?:it |them )?off (?:at the (?:wall|mains|socket|plug|fuse box)|(?:the )?(?:power|"
    r"electricity|"
    r"gas|supply|water))|unplugged (?:it|them)|(?:closed|cordoned|fenced|taped) off|out[- ]of[- ](?:order|use) "
    r"(?:barrier|sign|tape)|"
    r"isolated (?:the )?(?:power|supply|area|circuit)|behind the (?:crash )?barrier|away from (?:the )?traffic)\b"
)
"""Safety first: what someone facing a hazard must hear before any appointment."""

HANDOFF = compile_fast(
    r"\b(?:are you safe|your safety|you(?:'re| are) not alone|(?:emergency|crisis) (?:services|line|team|"
    r"number)|(?:call|ring|dial|contact) (?:999|911|112|988|111|116 ?123|the police|an ambulance|"
    r"emergency)|samaritans|crisis (?:line|text|team)|helpline|hotline|lifeline|refuge|domestic (?:abuse|"
    r"violence) (?:line|helpline|service)|(?:talk|speak) to (?:someone|a doctor|your gp|a professional|a "
    r"friend|someone you trust)|(?:i'?m|i am) (?:really |very )?(?:worried|concerned) (?:about|for) you|"
    r"(?:is there|do you have) (?:someone|anyone) (?:with you|you can|nearby)|support (?:line|services?)|"
    r"immediate (?:help|danger)|(?:get|find) (?:help|support) (?:right away|now|today)|please reach out|"
    r"emergency (?:medical|assistance) (?:case|team|line)|24-hour (?:assistance|emergency|medical) (?:line|number|team)|"
    r"our (?:medical|assistance) team)\b"
)
"""What a crisis needs first: concern for the person, and the route to real help."""

GENERIC_WORDS = frozenset(
    """fligh flyin airli plane trip trave servi custo exper today help thank sorry hear thing peopl days
    week hour hours team compa order issue probl pleas sure good great happy glad work every anyth somet
    thank thanks feedb""".split()
)
"""Content words so common in support talk that sharing one with the customer shows no listening."""


CURT_WORDS = 40


MOSTLY_STOCK = 0.6
"""A reply whose words are mostly stock phrases reads as a template, whatever else it says."""


class Reply:
    """What the reply does, with the words that show each; every reading is made the first time it's asked for.

    A check asks only what its customer's situation makes relevant (safety words only when there's a
    hazard, say), so most readings never run.
    """

    def __init__(self, draft: Draft, customer: Customer) -> None:
        self.draft = draft
        self.customer = customer
        self.lower = draft.lower

    @cached_property
    def stock(self) -> tuple[Span, ...]:
        """Stock phrases: what a customer reads from every company."""
        return _spans(self.draft, STOCK)

    @cached_property
    def stock_share(self) -> float:
        """How much of the reply's words are stock phrases."""
        return _share(self.stock, self.draft)

    @cached_property
    def canned(self) -> bool:
        """Leaning on stock phrases instead of speaking to this person.

        One stock line in a reply that otherwise picks up the customer's own details is a habit worth
        mentioning at most; stock lines with nothing of theirs around them are the template customers
        tune out. A warm reply to praise gets more slack: a stock "thanks for your kind words" next to
        real warmth is still a warm reply.
        """
        if not self.stock:
            return False
        customer = self.customer
        if not customer.given:  # nothing of theirs to pick up, so only a reply made of stock is clearly a template
            return self.stock_share >= MOSTLY_STOCK
        if not customer.problem:
            if customer.praise and self.warm:  # "Cheers, Jeff! Thanks for flying with us!" is the right size
                return False
            # a remark or a complaint, not a question: stock lines with nothing of theirs is a template reply
            template = self.stock_share >= MOSTLY_STOCK or (not customer.asks and len(self.stock) >= 2)
            return template and not self.specific
        return self.stock_share >= MOSTLY_STOCK or not self.specific

    @property
    def acknowledges_them(self) -> bool:
        """It acknowledges this customer, not with stock words in a reply that reads as a template, and not only with
        a stock apology ("sorry for the inconvenience"), which leads don't count as hearing anyone."""
        return self.acknowledges and not self.canned and self.acknowledges_in_own_words

    @property
    def acknowledges_in_own_words(self) -> bool:
        """An acknowledgement outside its stock lines: nothing more needs adding, whatever else is stock. To someone
        frightened, "thank you for letting us know" thanks them for telling and leaves the fear unmet."""
        own = self.own
        if (self.customer.feeling or "").lower() in FRIGHTENED:
            own = THANKS_FOR_TELLING.sub(lambda m: " " * len(m.group(0)), own)
        return bool(EMPATHY.search(own) or APOLOGY.search(own) or self._worry_answered)

    @cached_property
    def non_apologies(self) -> tuple[Span, ...]:
        return _spans(self.draft, NON_APOLOGY)

    @cached_property
    def own(self) -> str:
        """The reply in its own words: stock phrases and hollow apologies blanked out, offsets kept."""
        return _outside(self.lower, self.stock + self._hollow)

    @cached_property
    def _hollow(self) -> tuple[Span, ...]:
        return self.non_apologies + _spans(self.draft, HOLLOW_APOLOGY)

    @cached_property
    def _first_acknowledgement(self) -> int:
        heard = _outside(self.lower, self._hollow + _spans(self.draft, ANY_INCONVENIENCE))
        found = [m.start() for pattern in ((WARMTH, EMPATHY) if self.customer.praise else (EMPATHY,))
                 for m in [pattern.search(heard)] if m]
        found += [m.start() for m in [APOLOGY.search(heard)] if m]
        found += [span.start for span in self._worry_answered]
        return min(found, default=len(self.lower))

    @cached_property
    def reasoned_comfort(self) -> tuple[Span, ...]:
        """"No need to worry. Changing the address is free, and you won't be fined": comfort with its reason beside it,
        about something the agent can settle, answers the worry; "This is most likely nothing to worry about." alone,
        or any comfort about health, safety or fraud, brushes it aside, except a clinic's own "it's a routine
        follow-up, there's no need to worry", which says what it asked for and why."""
        grave = self.customer.stakes.grave
        comfort = _spans(self.draft, COMFORT)
        # "it's a routine follow-up, there's no need to worry": the clinic knows what it asked for
        routine = tuple(span for span in comfort if _ROUTINE_CHECK.search(self._sentence_of(span)))
        if grave not in _KNOWABLE_WORRIES:
            return routine if grave == "health" else ()
        return tuple(span for span in comfort if span in routine or _with_its_reason(self.draft, span))

    @property
    def _worry_answered(self) -> tuple[Span, ...]:
        """"I'm worried I'll get fined" answered with comfort and its reason: the acknowledgement a lead looks for."""
        return self.reasoned_comfort if _WORRIED.fullmatch((self.customer.feeling or "").lower()) else ()

    @property
    def acknowledges(self) -> bool:
        """It apologises for what happened or shows it understands; stock apologies count, hollow ones don't."""
        return self._first_acknowledgement < len(self.lower)

    @cached_property
    def apologies(self) -> int:
        return len(APOLOGY.findall(self.lower))

    @cached_property
    def details(self) -> int:
        """How many of the customer's own words and details it picks up (their name doesn't count): not in a lecture,
        where "members are responsible for monitoring their accounts" turns their words against them."""
        lectured = self._sentences_holding(self.lectures)
        return len(keywords(_outside(self.lower, lectured)) & self.customer.keywords - GENERIC_WORDS)

    @property
    def specific(self) -> bool:
        """It picks up at least two of the customer's own details: written for them, not for anyone."""
        return self.details >= 2

    @cached_property
    def named(self) -> bool:
        """It greets or addresses the customer by name."""
        return bool(_NAMED.search(self.draft.original))

    @cached_property
    def answers(self) -> bool:
        return _answers(self.draft, self.customer, self.own, _content_words(self.own))

    @cached_property
    def next_step(self) -> bool:
        # "you could also consider that exercise is great for mental health" to someone cancelling is no step forward
        return _next_step(self.draft, _outside(self.own, self._sentences_holding(self.thanks_for_staying)))

    @cached_property
    def cheer(self) -> tuple[Span, ...]:
        settled = self.reasoned_comfort
        return tuple(span for span in _spans(self.draft, CHEER)
                     if not any(c.start < span.end and span.start < c.end for c in settled))

    @cached_property
    def safety(self) -> bool:
        return bool(SAFETY.search(self.lower))

    @cached_property
    def handoff(self) -> bool:
        return bool(HANDOFF.search(self.lower))

    @cached_property
    def lectures(self) -> tuple[Span, ...]:
        # "customers are responsible for leaks on the supply pipe" answers "is there any allowance for leaks?": blunt,
        # but the answer, not a lecture; "cardholders are responsible for monitoring their account" answers "has my
        # account been hacked?" with blame
        asked = _topics(self.customer.question_keywords - GENERIC_WORDS) \
            if "fraud" not in self.customer.stakes.kinds else set()
        rules = tuple(span for span in _spans(self.draft, HOUSE_RULES)
                      if not _topics(keywords(self._sentence_of(span))) & asked) if self.customer.problem else ()
        # "we do not tolerate abusive language" to someone who used none accuses them of it
        # ...but to someone a driver swore at, "we do not tolerate abusive behaviour" is on their side
        warned = _spans(self.draft, TONE_WARNING) \
            if not (self.customer.stakes.abuse or _ABUSED_BY_STAFF.search(self.customer.text)) else ()
        busy = _spans(self.draft, BUSY_TIMES) if self.customer.problem else ()
        # "do not submit duplicate applications" answers "do I need to apply again?"
        again = bool(_ASKS_TO_REDO.search(self.customer.text))
        lectures = tuple(span for span in _spans(self.draft, LECTURE)
                         if not (again and "duplicate" in span.text.lower()))
        # "pet insurance is strongly recommended" answers "should I get insurance?"; to a bill they can't pay, it's
        # hindsight
        facing_a_bill = self.customer.problem or "hardship" in self.customer.stakes.kinds
        insured = _spans(self.draft, _INSURANCE_ADVICE) if facing_a_bill else ()
        # "students should consider their availability carefully before enrolling" to someone who had to drop out
        weighing_up = self.customer.given and bool(_WEIGHING_UP.search(self.customer.text))
        first = _spans(self.draft, _THINK_FIRST) if self.customer.given and not weighing_up else ()
        reminded = _spans(self.draft, _REMINDER) if self.customer.problem else ()
        return tuple(sorted(lectures + rules + warned + busy + insured + first + reminded, key=lambda span: span.start))

    def _sentences_holding(self, spans: tuple[Span, ...]) -> tuple[Span, ...]:
        """The whole sentences the spans fall in, for blanking out what they say."""
        return tuple(Span(s.start, s.end, s.text) for s in self.draft.sentences
                     if any(s.start <= span.start < s.end for span in spans))

    def _sentence_of(self, span: Span) -> str:
        return next((self.lower[s.start : s.end] for s in self.draft.sentences if s.start <= span.start < s.end), "")

    @cached_property
    def asks_the_dead(self) -> Span | None:
        """"Please ask the account holder to contact us", or "ask Peter to log in" when Peter has died, to someone
        bereaved: the account holder is usually who they lost."""
        if "bereavement" not in self.customer.stakes.kinds:
            return None
        spans = _spans(self.draft, _ASKS_THE_DECEASED)
        for name in {name for m in _THE_DEAD.finditer(self.customer.text) for name in m.groups() if name}:
            # "please ask Peter to log in", when Peter is the husband who died
            asks = rf"\b(?:ask|have|get) {name} to\b|\b{name} (?:will )?(?:needs?|must|should|has to) (?:to )?" \
                   r"(?:log ?in|contact|call|sign|confirm)"
            spans += _spans(self.draft, re.compile(asks, re.IGNORECASE))
        return min(spans, key=lambda span: span.start) if spans else None

    @cached_property
    def addressed_to_the_dead(self) -> Span | None:
        """The name in the greeting, when it is the name of the person who died ("Dear Frank," to Frank's widow)."""
        names = {name for m in _THE_DEAD.finditer(self.customer.text) for name in m.groups() if name}
        if not names:
            return None
        head = self.draft.original[: layout(self.draft.original).body_start]
        return next((Span(m.start(), m.end(), m.group(0)) for m in re.finditer(r"\b[A-Z][a-z]+\b", head)
                     if m.group(0) in names), None)

    @cached_property
    def _complained(self) -> bool:
        customer = self.customer
        return customer.given and not (customer.praise or customer.thanks_back or customer.neutral_question)

    @cached_property
    def brush_offs(self) -> tuple[Span, ...]:
        customer = self.customer
        presumed = _spans(self.draft, PRESUMED_UNDERSTANDING) if self._complained else ()
        # "you're not the only one who asked" reassures someone who doubts themselves, is only confused ("which one do
        # I pay?") or jokes about their own lapse ("still haven't been to the gym 😅"); to a complaint it lumps them in
        puzzled = customer.only_confused and "confus" in customer.text.lower()  # "2 missed deliveries" names nothing
        reassures = customer.doubts_themselves or customer.joking or puzzled
        return tuple(span for span in _spans(self.draft, DISMISSIVE_EXTRA)
                     if not (reassures and "only" in span.text.lower())) + presumed + self.told_to_wait

    @cached_property
    def told_to_wait(self) -> tuple[Span, ...]:
        """"Please be patient" to someone eleven weeks into waiting for a refund: it tells them to wait more."""
        waited = self._complained and _LONG_WAIT.search(self.customer.text.lower())
        return _spans(self.draft, _WAIT_MORE) if waited else ()

    @cached_property
    def defensive(self) -> tuple[Span, ...]:
        """Defences of the company that come before any acknowledgement of what went wrong."""
        if not self.customer.problem:
            return ()
        return tuple(s for s in _spans(self.draft, DEFENSIVE) if s.start < self._first_acknowledgement)

    @cached_property
    def thanks_for_sarcasm(self) -> tuple[Span, ...]:
        """Thanks taken at face value for praise that was sarcasm ("Well done." → "Thanks, we thought so too")."""
        if not self.customer.sarcastic:
            return ()
        return tuple(Span(s.start, s.end, s.text) for s in self.draft.sentences
                     if TAKES_THE_PRAISE.match(self.lower[s.start : s.end]))

    @cached_property
    def laughs_at_trouble(self) -> tuple[Span, ...]:
        """Sentences that laugh ("😂", "haha") at someone something went wrong for: a joke at their expense."""
        customer = self.customer
        laughed_first = customer.makes_light and not (customer.feeling or customer.sarcastic or customer.stakes.high)
        if not customer.problem or customer.praise or customer.joking or laughed_first:
            return ()  # laughing along with a customer who laughs first is not laughing at them
        sentences = self.draft.sentences
        laughing = {n for n, s in enumerate(sentences) if LAUGHING.search(self.draft.original, s.start, s.end)}
        # "…a *tooth*-ally bad day! 😂": the emoji after the joke is the joke's
        laughing |= {n - 1 for n in laughing if n and not re.search(r"[A-Za-z]", sentences[n].text)}
        return tuple(Span(sentences[n].start, sentences[n].end, sentences[n].text) for n in sorted(laughing))

    @cached_property
    def upsell(self) -> tuple[Span, ...]:
        return _spans(self.draft, UPSELL)

    @cached_property
    def thanks_for_staying(self) -> tuple[Span, ...]:
        """"Thank you for your continued support" to someone who has asked to stop."""
        return _spans(self.draft, THANKS_FOR_STAYING) if self.customer.has_left else ()

    @cached_property
    def secrets(self) -> tuple[Span, ...]:
        """Requests for a password or a security code."""
        return _spans(self.draft, SECRET)

    @cached_property
    def repeats(self) -> tuple[Span, ...]:
        """Requests to do again what the customer says they've already done."""
        return _asked_again(self.draft, self.customer)

    @cached_property
    def warm(self) -> bool:
        """It thanks, or is glad with, the customer in its own words (not a stock "thanks for contacting us")."""
        return bool(WARMTH.search(self.own))

    @cached_property
    def curt(self) -> bool:
        """Short, with no thanks, gladness or kind word of its own (a lone "sorry" doesn't warm it): perhaps
        correct, but cold."""
        words = len(WORD.findall(self.lower))
        return words < CURT_WORDS and not self.warm and not (self.acknowledges and self.specific and words >= 20)

    @cached_property
    def ends_contact(self) -> bool:
        """It ends the contact and reports it: the answer to a threat."""
        return bool(ENDS_CONTACT.search(self.lower))


_LONG_WAIT = rx.compile(r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many) "
                        r"(?:weeks|months)\b|\b(?:a|one) (?:whole |full )?(?:week|month)\b")
"""A wait of weeks or months, in their words."""
_WAIT_MORE = compile_fast(
    r"\bplease be patient\b|"
    r"\bplease (?:allow|wait) (?:some |a little |a bit )?(?:additional|more|further|extra) time\b|"
    r"\bplease (?:continue|keep) (?:to )?(?:check|wait|monitor)(?:ing)?\b"
)
"""Telling someone who has waited weeks to keep waiting or keep checking."""


def read_reply(draft: Draft, customer: Customer) -> Reply:
    return Reply(draft, customer)


def _answers(draft: Draft, customer: Customer, own: str, content: int) -> bool:
    """Whether the reply takes up what was asked, as far as words can show it.

    A reply that says nothing in its own words (only stock lines) answers nothing. Otherwise it
    answers when it speaks to the question's own words, opens or explains the way an answer does,
    or tells the customer what to do or what will happen.
    """
    if not customer.needs_answer:
        return True
    if _takes_it_up(draft, own):
        return True
    if content < 3:
        return False
    if _only_points_elsewhere(draft, own):
        return False
    asked = _topics((customer.question_keywords or customer.keywords) - GENERIC_WORDS)
    if not asked:
        return True
    said = _without_evasions(draft, own)
    if _topics(keywords(said)) & asked or ANSWER_FORM.search(said) or re.search(r"\d", said):
        return True
    # a next step answers a request ("please help", "can I nominate her?"), not a question of fact
    # ("are flights being held?")
    facts_asked = [q for q in map(str.lower, customer.questions)
                   if _ASKS_FOR_FACTS.match(q) and not _NOT_FOR_FACTS.search(q)]
    return not facts_asked and _next_step(draft, own)


def _takes_it_up(draft: Draft, own: str) -> bool:
    """A reply that asks for what the agent needs to look into it ("what's your flight number?") or offers to
    check takes the question up, though it can't answer it yet."""
    for sentence in draft.sentences:
        text = own[sentence.start : sentence.end]
        if sentence.is_question and ASKS_FOR_DETAILS.search(text) or OFFER_TO_CHECK.search(text):
            return True
    return False


OFFER_TO_CHECK = compile_fast(
    r"\b(?:(?:i|we)(?:'d| would) be (?:happy|glad) to|let me|(?:i|we)(?:'ll| will)) (?:check|look into|look at|"
    r"find out|grab you an update|get you an update)\b"
)
_NOT_FOR_FACTS = rx.compile(
    r"\bwhat (?:are|will|can|do|is) (?:you|your \w+|someone)(?: \w+)? (?:going to )?do(?:ing)?\b|\bare you (?:\w+ ){0,3}"
    r"(?:useless|serious|kidding|joking|for real|incompetent|idiots|clowns)\b"
)
""""What are you going to do about it?" asks for action; "are you completely useless?" asks nothing."""
_ASKS_FOR_FACTS = rx.compile(
    r"\W*(?:[\w'@#-]+\W+){0,4}?(?:what|why|where|when|which|who|how|is|are|was|were|do|does|did|will|has|have|"
    r"(?:can|could|would) you (?:please )?(?:tell|let) me|do you know|i(?:'d| would) like to know|i want to know)\b"
)


EVASION = compile_fast(
    r"\b(?:subject to (?:availability|change|approval|eligibility)|(?:varies|vary|differs?|depends?) (?:depending )?"
    r"(?:on|by)|depending on (?:your|the)|(?:is|are) (?:currently |still )?being (?:processed|reviewed|looked (?:at|into)|"
    r"handled|assessed)|(?:someone|a member of (?:our|the) team|the (?:relevant|appropriate) team) will be in touch|"
    r"(?:we|i)(?:'re| are|'m| am) (?:unable|not able) to (?:provide|give|comment|discuss|share|advise)|(?:we|i) "
    r"(?:can'?t|cannot) (?:verify|comment|discuss|say|confirm)|contact (?:the \w+|them|your \w+) directly|can be "
    r"(?:submitted|done|made|requested|managed|changed) (?:through|via|on|in|online|by))"
)
"""Sentences that sound like an answer and say nothing this customer can use: "early check-in is subject to
availability", "your claim is being processed", "rate limits vary depending on your plan"."""


def _without_evasions(draft: Draft, own: str) -> str:
    """The reply's own words without the sentences that only evade, send the customer elsewhere or sell: what's
    left has to do the answering."""
    kept = list(own)
    for sentence in draft.sentences:
        # "rates can be found on our website"; "20% off garden furniture this week" to "do you deliver to Skye?"
        if SENDS_ELSEWHERE.search(own, sentence.start, sentence.end) or UPSELL.search(own, sentence.start, sentence.end):
            kept[sentence.start : sentence.end] = " " * (sentence.end - sentence.start)
        elif m := EVASION.search(own, sentence.start, sentence.end):
            turn = _BUT.search(own, m.end(), sentence.end)  # "..., but your room is ready at 10" answers
            end = turn.start() if turn else sentence.end
            kept[sentence.start : end] = " " * (end - sentence.start)
    return "".join(kept)


SENDS_ELSEWHERE = compile_fast(
    r"\b(?:can be (?:found|viewed|checked|seen)|(?:is|are) (?:available|listed|shown|published)) (?:on|at|in|via) "
    r"(?:our|the) (?:website|site|app|help (?:centre|center|pages?)|faqs?|portal)\b|"
    r"\b(?:please )?(?:visit|see|check|refer to|consult|go to|head to) (?:our|the) (?:website|site|help (?:centre|center)|"
    r"faqs?)(?! (?:page|section) (?:on|for|called|headed|under)\b)(?: (?:for|where) (?:more|full|further|all)\b[^.!?\n]*)?[.!]?$"
)
"""A sentence that sends the customer to look it up themselves: sharing the question's words, it still answers
nothing ("current rates can be found on our website")."""
_BUT = rx.compile(r"[,;:]?\s+(?:but|however|although|though|and|so)\b|[;:]")


def _only_points_elsewhere(draft: Draft, own: str) -> bool:
    """Whether every sentence with something to say only sends the customer to a link or a web page."""
    saying = [own[s.start : s.end] for s in draft.sentences if _content_words(own[s.start : s.end]) >= 2]
    return bool(saying) and all(POINTER.search(text) for text in saying)


def _asked_again(draft: Draft, customer: Customer) -> tuple[Span, ...]:
    """The reply's requests to repeat a step the customer says they took ("I've restarted it" / "please restart")."""
    done = {m.group("done") for m in ALREADY_DONE.finditer(customer.text.lower())}
    if not done:
        return ()
    again = "|".join(ASK_AGAIN[d] for d in done)
    pattern = re.compile(rf"\b(?:please|kindly|could you|can you|you can|you(?:'ll| will)? need to|try|have you (?:tried|thought "
                         rf"about)|did you try|why not)\s+(?:\w+\s+)?(?:{again})\w*")
    return _spans(draft, pattern)


def _topics(words: frozenset[str]) -> frozenset[str]:
    """Word stems with the few synonyms support talk swaps all the time folded together."""
    return frozenset(_SAME_TOPIC.get(word, word) for word in words)


_SAME_TOPIC = {
    stem: group
    for group, stems in {
        "delay": "delay late later wait waiti waite delaye",
        "refund": "refun money reimb credi compe",
        "bag": "bag bags lugga bagga suitc case",
        "cost": "fee fees charg cost costs price pay paid fare fares payme amoun",
        "fix": "fix fixed repai resol sort solve",
        "book": "book booki reser ticke",
        "arrive": "arriv deliv turn come came",
        "cancel": "cance",
        "account": "accou login passw",
        "change": "chang swap switc moved",
        "seat": "seat seats upgra",
    }.items()
    for stem in stems.split()
}


def _next_step(draft: Draft, own: str) -> bool:
    """Whether some sentence says who does what next, concretely: a vague "someone will be in touch
    in due course" doesn't count, and neither does a sentence that only points the customer elsewhere,
    unless it names a time or says what was already done. A question that asks the customer for what
    the agent needs to act moves things on too."""
    for sentence in draft.sentences:
        text = own[sentence.start : sentence.end]
        if ELSEWHERE_PARTY.search(text) or LECTURE.search(text) or HOUSE_RULES.search(text) or UPSELL.search(text):
            continue  # "you'll need to work with the other airline directly", "please read the FAQ first": not ours
        if _IN_CASE.match(text) and not _WE_STEP.search(text):
            continue  # "If you have concerns, please call the practice": what they could do one day, not what's next
        concrete = not VAGUE.search(text) or CONCRETE.search(text) or SEND_DETAILS.search(text)
        if concrete and (sentence.is_question and ASKS_FOR_DETAILS.search(text) or NEXT_STEP.search(text)):
            return True
    return False


_IN_CASE = rx.compile(r"\W*(?:if|should (?:you|the|this|it|that|there|she|he|they)|in case)\b")
"""A step held back for a case that may never come ("If the issue continues, you may need a new SIM"); "Should I book
you on the 6pm?" is an offer, not a case."""
_WE_STEP = rx.compile(r"\b(?:(?:i|we)(?:'ll| will|'d| would| can| could)|let me)\b")
"""The agent's own part in a conditional ("if you'd like, I can rebook you"): that one is an offer, and counts."""


ELSEWHERE_PARTY = compile_fast(
    r"\b(?:you(?:'ll| will)? (?:need to|have to|must) (?:work|deal|speak|take (?:it|this) up|raise (?:it|this)) (?:directly )?"
    r"with|please (?:check|speak|take (?:it|this) up) with (?:them|the \w+)|(?:contact|claim (?:through|from)|speak to) "
    r"(?:the|your) (?:original retailer|restaurant|manufacturer|other airline|operating carrier|retailer|seller|"
    r"third[- ]party|bank|card issuer|insurer)|(?:has|have) the final say)\b"
)
"""A step that belongs to someone else: the customer sent to another company, or to the people who decide."""


DETAILS = (r"(?:number|reference|ref|booking|confirmation|order|account|details|name|email|address|code|flight|"
           r"postcode|zip|photo|screenshot|receipt)s?")
"""What a customer can send so the agent can act: a booking reference, a photo, a receipt."""
SEND_DETAILS = compile_fast(
    r"\b(?:dm|message|email|send|text) (?:us|me) (?:\w+ ){0,4}?(?:your|the) (?:\w+ ){0,2}?" + DETAILS + r"\b"
)
"""The customer's own part, made concrete: "DM us your confirmation code so we can look into it" moves things on,
however vague what follows sounds."""
ASKS_FOR_DETAILS = compile_fast(
    r"\b(?:what|which|when|where|how)\b|\b(?:your|the) (?:\w+ )?" + DETAILS + r"\b|\b(?:dm|"
    r"direct message|private message|follow us)\b"
)
"""A question that gathers what the agent needs to act moves things on; "do you still need help?" doesn't."""


ACTED = compile_fast(r"\b(?:i|we)(?:'ve| have) (?:just |now |already |also )?(?!(?:been|had|noted|received|seen|"
                     r"heard|noticed|passed|forwarded|logged|shared|reported)\b)\w+ed\b")
"""Something the agent has already done about it ("I've added £30 of credit"), not only noted or passed on."""

CONCRETE = compile_fast(
    r"\b(?:(?:i|we)(?:'ve| have) (?:just |now |already )?\w+ed|today|tonight|tomorrow|this (?:morning|afternoon|"
    r"evening|week)|by (?:the end of|\d)|within \d|(?:on|by|before) (?:monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday)|\d{1,2}(?::\d\d)? ?(?:am|pm)|\d+ (?:minutes?|hours?|days?))\b"
)
"""What makes a next step real: something already done, or a time."""


def _content_words(text: str) -> int:
    return len(keywords(text) - GENERIC_WORDS)


def _spans(draft: Draft, pattern: re.Pattern[str]) -> tuple[Span, ...]:
    return tuple(Span(m.start(), m.end(), draft.original[m.start() : m.end()]) for m in pattern.finditer(draft.lower))


def _outside(lower: str, spans: tuple[Span, ...]) -> str:
    """The text with ``spans`` blanked out, offsets kept."""
    if not spans:
        return lower
    chars = list(lower)
    for span in spans:
        chars[span.start : span.end] = " " * (span.end - span.start)
    return "".join(chars)


def _share(spans: tuple[Span, ...], draft: Draft) -> float:
    words = len(WORD.findall(draft.lower))
    return min(1.0, sum(len(WORD.findall(s.text)) for s in spans) / words) if words else 0.0


_NAMED = rx.compile(
    r"^\W*(?i:hi|hello|hey|dear|good (?:morning|afternoon|evening)|thanks|thank you)[ ,]+"
    r"(?:(?i:mr|mrs|ms|miss|dr)\.? )?[A-Z][a-z]+|,\s*[A-Z][a-z]+[.!]"
)
