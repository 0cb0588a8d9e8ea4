"""The customer's message, read the way a lead reads it before looking at the reply.

What a good reply needs depends on what the customer wrote. Praise calls for a
warm thank-you, not an apology. A neutral question calls for an answer, not
sympathy. Something that went wrong calls for an acknowledgement, and, while it
is still open, a next step. Grief, danger and fear of fraud call for care before
anything else. This module reads those needs; the analyzer then judges the reply
against them, and the rewriter adds only what they call for.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from bot.coach import rx
from bot.coach.checks.cues import compile_fast
from bot.coach.checks.rules import APOLOGY
from bot.coach.checks.stakes import RELATIVE, Stakes, read_stakes
from bot.coach.language import language_of
from bot.coach.text import Draft, keywords, lower_same_length, read

PRAISE = compile_fast(
    r"\b(?<!not )(?<!not very )(?<!not so )(?<!not that )(?<!n't )(?<!n’t )(?<!never )(?:(?<!no )thanks?|cheers for|thank you|thx|thnx|thanx|tks|ty|appreciate[ds]?(?<!would be appreciated)(?<!will be appreciated)|grateful|kudos|shout ?outs?|props|bravo|hats off|(?:can'?t|cannot) tell you (?:how much |what )(?:that|it|this) "
    r"meant|meant (?:so much|the world|a lot) to (?:me|us)|(?:absolute )?legends?(?= ?\W*$)|"
    r"fair play|credit where it'?s due|best \w+ (?:of my life|ever)|(?:easiest|quickest|fastest|smoothest|best|"
    r"kindest) \w+ (?:i'?ve|i have|we'?ve|we have) ever had|(?:be |am |'m )?recommending you to (?:everyone|all|"
    r"friends|anyone)|(?:was|were) (?:so |really |absolutely |just |"
    r"dead |super |very )?"
    r"(?:incredible|amazing|fantastic|brilliant|wonderful|lovely|sweet|kind|helpful|excellent|superb|outstanding|"
    r"friendly|patient|polite)|"
    r"well done|good job|great job|nice job|(?:great|excellent|amazing|awesome|fantastic|wonderful|superb|"
    r"outstanding|brilliant|lovely|friendly|helpful|smooth|best|good) (?:service|crew|staff|team|job|work|"
    r"flight|experience|trip|support|help|people|airline|company|care|food|product|team)|"
    r"(?:love|loved|loving|adore) (?:you|it|this|the|your|flying|how)|you (?:guys |all )?rock|"
    r"impressed|delighted|thrilled|touched|pleasure|made (?:my|his|her|their|our|the) (?:whole |entire )?(?:day|week|"
    r"morning|trip|stay|holiday|weekend|evening|night)|pass (?:it|this) on to (?:him|her|them)|above and beyond|"
    r"keep (?:it up|up the good)|star|superstar|top (?:bloke|man|lad|guy|lady|woman|girl|chap|fella|marks)|"
    r"saints?|legends?|hero(?:es)?|angels?|(?<![\d,] )gems?(?! (?:on|in|for|to|and|but|i|we|have|were|are)\b)|lifesavers?|(?<!\ba )(?<!the )rock(?:s|ed|star)?|5 stars|five stars|"
    r"10/10|nailed it|more of this,? please|"
    r"applause|praise|nice (?:gesture|touch|one)|(?:nice|lovely|heart-?warming|moving) to (?:see|hear|know|read)|"
    r"favou?rite (?:day|part|bit|moment|person)|"
    r"turned (?:what could have been|it|things|a \w+ \w+) (?:\w+ ){0,4}?into|(?:get|give) (?:that|this|the|her|him|them) (?:\w+ )?a (?:raise|pay rise|medal|bonus|promotion)|worship|"
    r"(?:honest|good|decent|kind) (?:\w+s|people|folk) (?:do |still )exist|(?:restored|restores) my faith|"
    r"faith in (?:humanity|people) (?:is )?restored|"
    r"best ?in ?class|went out of (?:his|her|their|the|your) way|(?:please )?(?:thank|pass (?:on )?my thanks to) "
    r"(?:him|her|them)|(?<!been )(?:helped|helping|assisted|assisting|got|rebooked|sorted|hooked) (?:me|us)|"
    r"great(?! deal| many| big)|awesome|amazing|excellent|fantastic|wonderful|brilliant|perfect|superb|outstanding|happy(?! to (?:pay|wait|send|provide|cover|"
    r"collect|come|call|drive|travel|give|do|send|post|sign|upload|share)\b))\b"
    r"|[❤💙💕😍🥰🙌👏🙏💯😊🥳🎉]"
)
"""Thanks, compliments and delight."""

_STOP_DOING = (r"stop (?:sending|calling|emailing|texting|charging|billing|taking|ringing|phoning|messaging|spamming|"
               r"contacting|chasing|writing|posting|receiving|getting|with)\b")
"""Asking a company to stop doing something ("please stop sending me offers", "can you stop with the ads?"): a
complaint, however politely put."""

ASKS_TO_STOP = compile_fast(r"\b" + _STOP_DOING)
_HAS_LEFT = compile_fast(r"\b(?:(?:i|we) (?:asked|told) (?:you )?to (?:stop|cancel|close|end)|(?:(?:i|we) (?:need|want|"
                         r"have)|(?:i|we)(?:'d| would) like) to (?:stop|cancel|close|end)|(?:please|can you|could you) "
                         r"(?:stop|cancel|close|end)|(?:i|we)(?:'ve| have)? "
                         r"(?:cancel+ed|closed|ended|stopped|left)) (?:my|our|the) (?:\w+ )?(?:membership|subscription|"
                         r"donations?|gifts?|direct debit|account|plan|contract|policy|standing order)\b")

_KEEPSAKE_THING = (r"(?:ring|watch|necklace|bracelet|locket|brooch|earrings?|jewellery|jewelry|photos?|letters?|ashes|"
                   r"urn|wallet|medals?|painting|bible|book|coat|scarf|teddy|keepsake|cufflinks)")
KEEPSAKE = rx.compile(r"\b(?:my|our) late ([\w'’-]+)['’]s ((?:[\w-]+ ){0,2}?" + _KEEPSAKE_THING + r")\b",
                      re.IGNORECASE)
""""My late dad's watch": a thing that matters for who it was from, so mentioning it is trouble to take care over."""

ANOTHER_SUM = r"(?:another|a further|an extra) [£$€]\d+(?:[.,]\d+)?"
""""You've taken another £10.99": money taken again after they thought it had stopped."""

PROBLEM = compile_fast(
    r"\b(?:" + _STOP_DOING + r"|(?:laughed|sniggered|smirked) at (?:me|us)|rolled (?:her|his|their) eyes|"
    r"struggl(?:e|ing) to (?:pay|afford|keep up|make ends meet)|"
    r"serious (?:car |road )?(?:accident|crash)|critically (?:ill|injured)|price (?:rise|hike|increase|jump)s?|"
    r"(?:price|premium|bill|tariff|subscription|fee|rent|renewal)s? (?:has |have |just )?(?:gone up|went up|shot up|"
    r"jumped|increased)|(?:day|week|night) \d+ (?:of|with|without) "
    r"(?:no )?(?:broadband|internet|wi-?fi|power|electricity|heating|hot water|signal|phone line)|(?:spent|ended up|landed) (?:the night |"
    r"the day |all night |hours )?(?:in|at) (?:a&e|a & e|(?:the )?hospital|casualty|the er|urgent care)|had to (?:use|"
    r"give (?:him|her|them)) (?:my|his|her|their|an) epi-?pen|(?:severe |bad |serious )?(?:allergic reaction|"
    r"anaphyla\w*)|(?:don'?t|do not) know (?:if|whether) "
    r"(?:he|she|they)(?:'ll| will) (?:make it|pull through|survive)|"
    r"delay(?:s|ed|ing)?|(?<!my )(?<!our )(?<!his )(?<!her )(?<!their )"
    r"late(?! (?:night|evening|afternoon|morning|check))|later than|"
    r"late [\w'’-]+['’]s (?:[\w-]+ ){0,2}?" + _KEEPSAKE_THING + r"|"
    r"cancel+(?:ed|ation|ations)|"
    r"lost(?! (?:\d+|a|an|two|three|four|five|some|half a) ?(?:stone|kg|kilos?|lbs?|pounds|weight))|missing|misplaced|"
    r"(?:never|hasn'?t|has not|haven'?t|have not|didn'?t|did not|still (?:not|hasn'?t|haven'?t)|not yet) "
    r"(?:arrived|come|came|shown up|showed up|turned up|received|got|gotten|been(?! (?:dispatched|sent|shipped|posted) "
    r"yet\b)(?! (?:so |this |any )?(?:better|faster|happier|quicker|easier|smoother|cleaner|warmer|more|so|this|"
    r"as good)\b)|heard|had)|no[- ]show|heard nothing|"
    r"broken|broke|damaged|faulty|defective|leak\w*|cracked|smashed|torn|declined|crashe[sd]|froze|keeps? freezing|"
    r"fell (?:down|over|on|off|in|from)|(?:had|has had) a fall|slipped (?:on|over)|tripped (?:on|over)|injured|bruised|sprain\w*|fractur\w*|bed ?bugs?|cockroach\w*|infest\w*|mou?ld(?:y)?|"
    r"keeps? (?:crash|freez|fail|drop|los|clos|disconnect|restart|reboot|cutt)\w*|still no \w+|can'?t seem to|"
    r"(?:it'?s |has )?been (?:an|a|one) (?:hour|day|week|month)|waiting to(?! (?:board|fly|take off|depart|leave|go|get on|"
    r"check in|see|meet|hear back))|sitting on (?:the )?(?:tarmac|runway)|"
    r"(?:asking|charging|charged) (?:me )?(?:for )?another|(?:taken|took) " + ANOTHER_SUM + "|" + ANOTHER_SUM
    + r" (?:was|has been) taken|(?<!can't be )(?<!can’t be )(?<!cannot be )(?<!afford to be )"
    r"without (?:broadband|internet|power|heating|hot water|"
    r"water|signal|wi-?fi|service|a (?:phone|car|bed|room))|stone cold|didn'?t (?:even )?apologi[sz]e|"
    r"(?:i'?m|we'?re|i am|we are) not paying|dangerous|swore at|nearly (?:hit|ran|knocked)|hard to swallow|"
    r"barely slept|(?:couldn'?t|could not|can'?t) sleep|kept (?:us|me) awake|(?:zero|no|barely any|hardly any) sleep|"
    r"got (?:a )?shrugs?|(?:bill|price|premium|payment|charge|rent|tariff|renewal)s? (?:has |have |just )?(?:jumped|"
    r"shot up|rocketed|skyrocketed|doubled|tripled)|(?:present|parcel|package|order|money|delivery|"
    r"gift)s? (?:is |has |'s )?(?:gone|vanished)\b|"
    r"not (?:my|our) (?:door|house|address|flat|building|porch)|(?:can'?t|cannot|couldn'?t) "
    r"(?:get into|get in|log ?in|sign in|access)|"
    r"(?:not|isn'?t|doesn'?t|won'?t|wasn'?t|aren'?t|don'?t|didn'?t|stopped) (?:working|work|load|open|connect|"
    r"print|start|charge(?! (?:me|us|him|her|them|for|a)\b)|turn on|respond)|(?:roaming|signal|phone|line|internet|broadband|wi-?fi|router|screen|data|"
    r"connection)(?: is| has| went| has gone| gone)? dead\b|outage|down again|charged (?:twice|again|double|me)|"
    r"billed (?:twice|double)|"
    r"double[- ]charged|(?:got|been|was|were|is|am) (?:permanently )?(?:banned|suspended)|perma[- ]?bann?(?:ed)?|"
    r"(?:banned|suspended) (?:me|my|us|our)\b|"
    r"overcharged|overcharge|refund\w*|money back|compensat\w*|"
    r"stuck(?! (?:at work|in (?:my|your|his|her|our) head|in (?:a |another )?meeting|"
    r"at the office|in traffic|late at work))|stranded|(?:still|been|keep|kept) "
    r"waiting|waiting (?:for(?! (?:us|me|him|her|them)\b)|on|since)|"
    r"waited (?:for(?! (?:us|me)\b)|\d+|over|almost|nearly|all)|"
    r"no (?:one|updates?|response|reply|answer|communication|info\w*|help|news)|nobody|zero (?:updates?|"
    r"communication|help|info\w*)|ignored|ignoring|rude(?:r|st)?|unhelpful|useless|terrible|awful|horrible|worst|"
    r"ridiculous|unacceptable|disgusting|disgraceful|appalling|shocking|pathetic|joke|shambles|nightmare|"
    r"fiasco|garbage|rubbish|complain\w*|errors?|(?:want|need) (?:this|it|that|the (?:charge|fee|fine)) (?:reversed|"
    r"refunded|removed|waived|cancelled|canceled)|wrongly (?:charged|billed|fined)|hacked|scam(?:med)?|stolen|unauthori[sz]ed|misled|lied|denied|"
    r"refused|rejected|overbooked|bumped|downgraded|hung up|disappoint\w*|frustrat\w*|angry|upset|furious|"
    r"annoyed|fed up|sick of|worried|anxious|scared|third time|on hold|#fail|smh|ugh+|grr+|fml|f me|"
    r"(?:won'?t|wouldn'?t|doesn'?t|didn'?t) let (?:me|us)|"
    r"sucks?|not (?:happy|good|cool|ok|okay|acceptable|fair|(?:very |that |so )?impressed)|dirty|filthy|stained|smelly|noisy|hair in (?:the|my)|lukewarm|tepid|brown (?:bath)?water|discolou?red|#?nothappy|never again|regret|missed|skipped|"
    r"melted|burnt|overheat\w*|unnecessary|unfair|rip-?off|rip off|greedy|overpriced|outrageous|absurd|nonsense|"
    r"(?:it'?s been|been|for|over|almost|nearly) (?:\d+|two|three|four|five|six|several) (?:days|weeks|months|hours)"
    r"(?! (?:pregnant|old|gestation|along|in (?:january|february|march|april|may|june|july|august|september|october|"
    r"november|december|the summer|the spring|the autumn|the winter)|from|starting|next))|"
    r"(?:for|over|nearly|almost) (?:an|a|one) (?:hour|day|week|month)|get (?:your|their|it) (?:act|shit) together|"
    r"(?:a|such a|what a|cluster|hot|total|complete|big) mess|getting (?:silly|ridiculous|old|worse)|silly|"
    r"#?neveragain|bump(?:s|ed|ing)?|"
    r"(?:times?|days?|weeks?|months?|nights?|years?|twice|occasions?|second|third|fourth|fifth|\d(?:st|nd|rd|th)) "
    r"in a row|(?:month|week|time|year) running|(?:bag|box|parcel|package|order|envelope) (?:was|is|came|arrived) "
    r"(?:completely |totally |literally )?empty|(?:raised|put up|increased|hiked|doubled) (?:my|our|the) (?:\w+ )?"
    r"(?:fee|fees|price|prices|bill|premium|rent|subscription|tariff)|packed (?:up|in)|"
    r"(?:is|was|has been|have been|gone|went) dead"
    r"(?! (?:friendly|easy|nice|good|helpful|quick|simple|polite|lovely|kind|chuffed|pleased|happy))|"
    r"(?:wasn'?t|weren'?t|was not|were not) seen (?:until|till|for)|(?:charged|billed)\b[^.!?\n]{0,40}?\bagain\b|overflowing|(?:made|making) (?:me|us|him|her|them) (?:ill|sick)|been sick|(?:was|been|got|feel|feeling) "
    r"ill|hurt (?:my|his|her)|injur\w*|(?:i|he|she) fell|slipped|rash|swollen|bleeding|in pain|(?:stone )?cold food|"
    r"(?:app|site|website|servers?|portal|system|internet|wi-?fi|broadband|network|online banking) (?:down|offline)\b|"
    r"(?<!balance )(?<!balance only )(?<!price )(?<!prices )(?<!bill )(?<!rate )(?<!weight )(?<!debt )(?:is|'s|has been|"
    r"have been|been|was|went|goes|keeps going) down\b(?! (?:by|to|from) [£$€\d])|(?:have|'ve|has|had|just|now) (?:now |just )?(?:run|ran) out\b|(?:allergic |bad )?reaction|reacted|(?:gave|given|sent|delivered|dispensed) (?:me |us |him |her )?"
    r"(?:the |a )?wrong|wrong (?:medication|medicine|tablets|pills|dose|prescription|item|order|size|parcel|amount)|no (?:sign|trace) of|dodgy|(?:was|were|wasn'?t|weren'?t) (?:never |not )?"
    r"mentioned|(?:car |road |traffic )?accident|collision|(?:went|drove|crashed) into (?:the back of )?(?:me|my|us|our)|"
    r"rear-ended|(?:hasn'?t|has not|haven'?t|have not|wasn'?t|weren'?t) been (?:sent|received|processed|paid|refunded|fixed|done|"
    r"dispatched|issued|approved|returned|credited)(?! yet\b)|(?:\d+|one|two|three|a few) (?:tablets|pills|doses|days' "
    r"supply) left|"
    r"running (?:out|low) (?:of|on) (?:my |her |his )?(?:medication|medicine|tablets|pills|insulin|inhaler)|"
    r"(?:wasn'?t|weren'?t|was not|were not|never) (?:delivered|fitted|installed|collected)|(?<!n't )(?<!not )(?<!n’t )"
    r"(?:been |got |was |is )?(?:banned|suspended|blocked|locked out|frozen)|didn'?t (?:arrive|turn up|show up)|"
    r"(?:arrived|was|were) (?:stone )?cold|drowning|can'?t afford|cannot afford|made redundant|lost my job|laid off|"
    r"(?:can'?t|cannot|unable to) pay (?:my|the|this|our|it)|lost (?:my |some |most of my |all my )?shifts|no signal|no power|power (?:cut|out)|"
    r"mess(?:ed|ing)? (?:up|it up)|ruin(?:s|ed|ing)?|lie|lied|lying|poor (?:service|customer "
    r"service|communication|experience|job|show|handling)|never (?:ever )?(?:again|will i|(?:going to )?fly(?:ing)? "
    r"(?:with )?(?:you|again))|lost (?:a|my|our) (?:customer|business)|switch(?:ing)? (?:airlines|carriers|to)|"
    r"supposed to|meant to (?:be|have|come|arrive|go)|(?<!out for delivery )(?<!on its way )since (?:monday|tuesday|"
    r"wednesday|"
    r"thursday|friday|saturday|sunday|yesterday|last \w+|(?!(?:19|20)\d\d\b)\d+\w*))\b|[😡😤🙄😢😭😞😔😩😫🤬👎😒]"
)
"""Something went wrong, is late, broken, missing or still open, or the customer says how it feels about it. "Since
Monday" is a wait; "on the founder price since 2019" is loyalty."""
TROUBLE = compile_fast(
    r"\b(?:still|again|wrong|incorrect|error\w*|glitch\w*|bug\w*|fail\w*|crash\w*|problem\w*|issues?|"
    r"(?:can'?t|cannot)(?! wait)|unable to|keeps?|dropped|left my (?:wallet|bag|phone|laptop|keys|purse|coat)|"
    r"mess(?:ed)?(?: up)?|confus\w*|trouble|help|(?<!in )(?<!within )"
    r"(?:\d+|two|three|"
    r"four|five|six|several|many) (?:hours?|hrs?|mins?|minutes|days?|weeks?|months?|calls|emails|times))\b(?![- ]old\b)"
    r"(?<!with \d months)(?<!with \d\d months)"
)
"""Words that mean trouble only beside another sign of it: "still" and "again" also appear in praise and
plain questions ("are meals still free?"), "help" in every request. "I left my wallet on the bus, has it been handed
in?" asks lost property a question; with "I'm panicking" beside it, it is trouble."""
SARCASM = compile_fast(
    r"\b(?:thanks? for nothing|thanks a (?:lot|bunch|million) for|(?:great|nice|good|fantastic|brilliant) "
    r"(?:job|work|one|way|going)|well done|way to go|kudos (?:for|on)|bravo|love (?:how|that|it when)|"
    r"(?<!thanks )(?<!thank you )(?<!thx )(?<!love you )so much for|"
    r"really helpful|very helpful|so helpful)\b[^.!?\n]{0,60}?(?:\b(?:lost|losing|lose|ruin\w*|cancel\w*|"
    r"delay\w*|broke\w*|breaking|late|wait\w*|evil|worst|#fail|stranded|stuck|charging|overcharg\w*|"
    r"ignor\w*|leav(?:e|es|ing) (?:my|our|me|us)|forg[eo]t\w*|misplac\w*|(?:goes|going|went|gone|is|being) down|outages?|"
    r"crash\w*|not working|no (?:signal|internet|broadband|wifi|power|heating|hot water))\b|🙄|😒|🙃|/s\b)|\bthanks?\s+(?:\w+\s+)?for\s+(?:nothing|ruining|wasting|losing|leaving (?:me|us)|"
    r"making (?:me|us) (?:wait|miss)|ignoring|cancel+ing|delaying|not (?:putting|loading|sending|telling|letting|"
    r"answering|replying|responding|helping|informing|updating|calling|notifying|bothering))\b|"
    r"\b(?:great|perfect|fantastic|wonderful) start to\b(?![^.!?\n]*[🚗⚡😀😃😄😁🥳🎉☀🌞😎🙌👏❤💙])|"
    r"\b(?:truly|really|such|what) a bold (?:strategy|move|choice|decision)\b|"
    r"\b(?:top[- ]tier|top[- ]notch|stellar|flawless|world[- ]class|five[- ]star) \w+(?: \w+)? as (?:always|ever|usual)\b|"
    r"\b10/10,? would (?:starve|cry|die|wait|suffer|sob|scream|weep)\w* again\b|"
    r"\b(?:thanks?|thank you|cheers)(?: (?:so|very) much| a lot| a bunch| again)?\W{0,3}(?:🙄|😒|🙃)|"
    r"\bnothing like (?:sitting|waiting|being|spending)\b|\breally (?:helping|looking after|caring for|supporting) "
    r"(?:[\w']+ ){0,3}?there\b|\bgood thing (?:your|you)\b|^\W*(?:yay|great|wonderful|fantastic|perfect|brilliant)"
    r"\W+(?:my|our|the|another|now)\b[^.!?\n]{0,60}?\b(?:cancel\w*|delay\w*|lost|late|broke\w*|stuck)\b|"
    r"\b(?:should|shall) (?:i|we) (?:just )?be (?:grateful|thankful)\b|\b(?:am i|are we) (?:meant|supposed) to be "
    r"(?:grateful|thankful|impressed)\b"
)
"""Praise words that mean the opposite: "Thanks for nothing", "Great job losing my bag", "Thanks so much 🙄"; and the
question that gives praise away as sarcasm ("Great immersive strobe experience… or should I just be grateful?")."""

FEELING = compile_fast(
    r"\b(?:furious|angry|livid|fuming|outraged|(?<!gone )(?<!going )(?<!go )(?<!went )mad|pissed|frustrat\w*|fed up|sick of|annoyed|irritated|"
    r"upset|disappointed|let down|gutted|devastated|heartbroken|sad|hurt|humiliated|mortified|belittled|"
    r"patroni[sz]ed|disrespected|embarrassed|"
    # "I don't understand these things, I'm afraid." is politeness, not fear
    r"worried|anxious|nervous|scared|afraid(?! (?:i|we|that|it|so|not|you|there|"
    r"this)\b)(?!(?<=i'm afraid)\s*(?:[.,;!]|$))|"
    r"terrified|panick\w*|stress\w*|confused|helpless|bummed|(?<=i'm )shaking|(?<=i am )shaking|"
    r"exhausted|desperate|distraught|shaken|unhappy|miserable|disgusted|insulted|offended|"
    r"(?:(?<=feel )|(?<=felt )|(?<=feeling )|(?<=been )|(?<=being )|(?<=was )|(?<=were )|(?<=completely )|"
    r"(?<=totally ))ignored|unheard|fed-up|in tears|crying(?<!toes are crying)(?<!feet are crying)(?<!knees are crying)"
    r"(?<!wallet is crying)(?<!bank is crying)|sobbing|terrifying|frightening|(?:going to|gonna|about to) "
    r"(?:be sick|cry)|at (?:the )?end of (?:my|our) (?:rope|tether)|at (?:my|our) wits['’]? end|at breaking point)\b"
)
INTENSE = rx.compile(
    r"\b[A-Z]{3,}(?:\s+[A-Z]{2,}){2,}\b|\?!|!\?|[😡😤🤬😭]"
    r"|(?i:\b(?:fuck\w*|shit\w*|damn\w*|bloody|wtf|ffs|hell|crap\w*|bs)\b)"
    r"|(?i:\b(?:furious|livid|fuming|outraged|disgusted|unacceptable|disgraceful|appalling|worst|ridiculous|"
    r"never again|third time|fourth time|fifth time|shambles|shambolic|absolute joke|disgrace|#?neveragain|#\w+fail|"
    r"(?<!have i )(?<!did i )(?<!i've )(?<!i have )(?<!i )ruined|ruining)\b)"
)
"""Signs of strong feeling: shouting, "!!", swearing, the strongest words. Not a worry about their own slip ("have I
ruined it by trying them on?")."""

QUESTION = rx.compile(
    r"\W*(?:(?:hi|hello|hey|well|so|and|but|ok|okay|oh|um|please|also|just|thanks|thank you)\W+)*"
    r"(?:(?:what|how|why|where|which|who|when)\W+(?:do|does|did|is|are|was|were|can|could|would|will|"
    r"should|have|has|had|may|might|about|else|kind|sort|much|many|long|often|happened|made|makes|"
    r"brings|exactly|come|'s|s)\b|what'?s\b|whats\b|how'?s\b|"
    r"(?:is|are|do|does|did|have|has|can|could|would|will|was|were|should)\s+(?:you|u|ya|it|he|she|they|we|"
    r"there|the|your|my|that|this|i|anyone|anything|someone|everything|all)\b|any idea\b|any (?:update|news|word)\b|"
    r"i (?:have|had|'ve got) a (?:quick )?question\b)"
)
"""A sentence that asks, whether or not it ends with "?", as chat messages often don't."""
REQUEST = compile_fast(
    r"\b(?:(?:can|could|would|will) (?:you|u|someone|somebody|anyone)|"
    r"(?<!more of this )(?<!more of this, )please\b(?! (?:and|thank|pass)\b)(?= " + _STOP_DOING + r"|(?! stop\b))|"
    r"i (?:need|want|would like|'d like|expect|demand|require)(?! to (?:thank|say|share|compliment|praise|give|"
    r"send|express|let you know))|i'?m (?:asking|requesting|trying to)|"
    r"(?:let me know|tell me|advise|explain|dm me|call me|email me|contact me|get back to me|sort (?:it|this) out|"
    r"fix (?:it|this)|help (?:me|us|!)|any (?:update|news|idea|word|chance)|wondering|wonder if|is it possible|"
    r"(?<!say )(?<!tell you )(?<!know )(?<!show you )how (?:do|can|long|much|come)|where (?:is|are)|"
    r"when (?:will|can|do|is|are)))\b"
)
"""Asking for something to be done or told, in any form: "please sort it out", "I need my bag today". "I just
wanted to say how much…" tells, and asks nothing."""
OPEN = compile_fast(
    r"\b(?:still|can'?t|cannot|unable to|won'?t|isn'?t|aren'?t|doesn'?t|not working|waiting|stuck|stranded|"
    r"missing|lost|haven'?t (?:received|heard|had|got)|hasn'?t (?:arrived|come|been)|no (?:reply|response|"
    r"news|update|word|call)|where is|when will|need|want|refund|money back|charged|overcharged|help|fix|sort "
    r"(?:it|this)|supposed to|meant to|was due|were due|should have (?:been|arrived|come)|(?:nobody|no one) "
    r"(?:came|showed|turned up|replied|called|answered)|never (?:arrived|came|showed|turned up|got)|"
    r"didn'?t (?:turn up|show up|arrive|come)|missed|no[- ]show|"
    r"get (?:it|them|my) back|right now|smashed|damaged|cracked|faulty|defective|(?:is|are|now|been) delayed|delayed (?:until|till|to)|broken|declined|crash\w*|keeps? \w+ing|(?:down|late|broken|failing) again|"
    r"outage|no (?:signal|power|service|internet)|(?:a |the |my |this )?(?:bill|invoice|fee)\b)\b"
)
"""Signs a problem is still open and needs someone to act, rather than a complaint about what's over."""
WAITING = compile_fast(
    r"\b(?:where(?:'s| is| are) (?:my|our)|(?:order|claim|refund|results?|application|case|ticket|repair|delivery|"
    r"parcel|payment) (?:status|update)|status\?|\b(?:back|here|through|sorted|fixed|done|ready) yet|when (?:will|can|"
    r"do|does|is|are) (?:my|our|it|they|the)|any (?:update|news|word)|still waiting|how (?:much )?longer|power out|"
    r"(?:out|down) again)\b"
)
"""Waiting on something of theirs, or on a service to come back."""
STUCK = compile_fast(
    r"\bwhat (?:do|should|can|shall) (?:i|we) do\b|\bwhat (?:now|happens (?:now|next|then))\b|\bwhat happens\?|"
    r"\bwhat are (?:my|our) options\b|\b(?:can|could) (?:anything|something) be done\b|\bis there (?:any ?way|anything "
    r"(?:at all|you can|that can)|any chance)\b|\bany chance (?:of|you|at all)\b|\b(?:can|could) (?:it|this|that) be "
    r"(?:expedited|sped up|fast[- ]tracked|hurried)\b|\b(?:speed|hurry) (?:it|this|things) up\b"
)
"""They ask what to do or whether anything can be done ("What happens?", "Can it be expedited?"): whatever the
trouble is, the answer has to be a way forward."""
_NEGATED = rx.compile(r"(?:\b(?:not|never|no longer|less)|n't)\s+(?:so\s+|as\s+|too\s+|at all\s+|even\s+)?\Z")
""""They make flying not miserable" is praise: a feeling word after a "not" is not what they feel."""
_NO_RUSH = rx.compile(r"\b(?:no rush|no hurry|not urgent|not in a (?:rush|hurry)|no (?:real )?urgency)\b")
""""I haven't heard anything. No rush really, just want to know it's in the system": a calm check on a wait."""
_WOULD_FEEL = rx.compile(r"(?:\bwould|'d)\s+(?:be|feel)\s+(?:so\s+|really\s+|very\s+|absolutely\s+)?\Z")
""""Would be gutted to lose it": a feeling they'd have if it went wrong, not one they have."""
NOT_HARMED = rx.compile(r"\b(?:is|was|are|were)(?:n'?t|n’t| not) (?:at all |even )?(?:damaged|broken|cracked|"
                        r"scratched|faulty|expired|stolen)\b")
""""My old passport isn't damaged and I look the same": what is fine, said to show a rule doesn't apply."""
_SOMEONE_FELT = rx.compile(r"\b(?:she|he|they|(?:the )?(?:kids|children|boys|girls)|(?:my|our|the) (?:son|daughter|mum|"
                           r"mom|dad|mother|father|husband|wife|partner|kids|children|boy|girl|baby|nan|gran|grandad|"
                           r"grandma|grandpa))(?:'s|’s| has| was| were| is| are| had| got)?(?: been| felt| became)?"
                           r"(?: so| really| very| quite| absolutely)? \Z")
_CHEERS = rx.compile(r"\W*cheers(?: guys| all| lads| team| folks| everyone| mate)?\W*", re.IGNORECASE)
""""cheers guys" closing a story that ends well: thanks, where after a story that hasn't it may be a sting."""
_LAUGHED_OFF = rx.compile(r"[^\w\n]{0,4}[😂🤣😅😆]")
_ASKED_TO_FEEL = rx.compile(r"\b(?:should (?:i|we) be|do (?:i|we) need to be|am i|are we) \Z")
""""Should I be worried 😂": the feeling asked about with a laugh is the joke."""
_GAME_FALL = rx.compile(r"\bmy (?:guy|character|char|knight|mage|toon|avatar|hero|sim|dude|warrior|archer|paladin|rogue|"
                        r"wizard) (?:just |has |keeps |then )?(?:fell|fallen|falling|fall)\b[^.!?\n]*")
"""A game character who fell through the floor: a bug, not a fall to be sorry for."""
_WORRY_ABOUT_A_CHOICE = rx.compile(r"\s+of (?:upsetting|getting (?:it|this|the \w+) wrong|messing (?:it|this) up|"
                                   r"choosing|picking|buying|ordering) (?:the wrong|her|his|its|their|it|the)\b")
""""I'm scared of upsetting her tummy" asks which food to pick: a question to answer well, not fear to comfort."""
_SO_ARE_WE = rx.compile(r"\W*(?:and )?(?:so (?:am i|are we)|as (?:am i|are we)|(?:me|us) too)\b")
""""He's very upset and so are we": theirs as well as his."""
_SIMILE = rx.compile(r"\blike (?:an?|some) (?:very |really )?\Z")
""""A noise like an annoyed duck": the duck's feeling, in a picture of a sound, not theirs."""
_SHOUTED_HURRY = rx.compile(r"\b(?:NOW|URGENT(?:LY)?|IMMEDIATELY)\b")
""""Need to call a taxi NOW": one shouted word of hurry."""
_AT_THEM = rx.compile(r"\s+(?:by|with|at) (?:me|us)\b")
""""Is the RNG personally offended by me?", "the printer is mad at me": a feeling they give something else, about
them, is a joke or someone else's, not what they feel."""
ONGOING = compile_fast(r"\b(?:(?:is|are) now|now (?:on|in|at|stuck|sitting|waiting|heading|going)|still(?! (?:there|"
                       r"here|intact|in (?:it|there|one piece)|inside|fine|ok|okay|working|good)\b)|yet again|"
                       r"once again|(?<=, )again)\b")
"""Trouble still going on ("the bag is now on its way to New York"): a "Thanks" after it is a courtesy."""
SETTLED = compile_fast(
    r"(?<!n't )(?<!not )(?<!never )(?<!yet to )\b(?:received|arrived|came through|turned up|showed up|sorted|"
    r"resolved|fixed|refunded|reimbursed|paid out|back up and running|working again|came (?:out|round|over) "
    r"(?:with)?in(?: under)?|charged (?:me|us) less|had (?:someone|somebody|a \w+) (?:to|with|out to) (?:us|me) (?:in|within)|"
    r"(?:money|refund|payment|compensation) (?:was|came|landed|arrived) (?:in|into|back in) (?:my|our) (?:account|"
    r"bank))\b(?! (?:\w+ )?(?:cracked|"
    r"broken|damaged|late|wrong|missing|faulty|smashed|torn|open|without|empty|incomplete|short)\b)"
)
"""What they say has been put right: with thanks and nothing asked, the trouble is the story, not an open problem."""
ARRIVED = compile_fast(
    r"\bfinally (?:made it|making it|got (?:here|home|there|in)|(?:here|home|landed|arrived|boarded|on (?:board|the "
    r"(?:plane|train|bus)|(?:our|my) way)))\b|\b(?:made|got) it home\b|\bhome at last\b"
)
"""They say the journey is over ("Finally made it to Denver after a missed connection"): the trouble in the same
sentence is the story of how they got there, not something still open. A later "but now my bag is missing" is."""
_MOCK_COMPLAINT = (r"\bmy (?:legs|arms|knees|thighs|glutes|calves|abs|muscles|body|feet|eyes|eyeballs|retinas|ears|"
                   r"brain|back|wallet|liver|stomach|taste ?buds) (?:have|has|are|is|will be) "
                   r"(?:filed|filing|lodged|lodging|submitted|making|made|writing|written) "
                   r"(?:an? )?(?:formal |official )?complaint\b")
""""My legs have filed a formal complaint" after a hard spin class: praise for the class, dressed as a complaint;
"my retinas have filed a formal complaint" about a missing dark mode: a request, made light of."""
_JOKE = rx.compile(r"\b(?:i live here now|send (?:snacks|help|biscuits)|lol|lmao|haha\w*|asking for a friend|"
                  r"(?:we|i)(?:'ve| have)? (?:named|christened|nicknamed) (?:it|him|her|the \w+)|"
                  r"rip me|pray for me|(?:is|are|was) (?:a |an |just a )?(?:myth|urban legend)|"
                  r"or (?:has it|have i|am i|did it|have we|has she|has he) (?:just |finally |somehow )?(?:got|become|"
                  r"developed|decided|achieved|gained|started|turned|gone|learned|learnt) \w+|either (?:it'?s|its|"
                  r"it is|the \w+ is) (?:broken|faulty|a bug|dead|haunted) or|or do (?:i|we) (?:need to |have to )?"
                  r"(?:negotiate|fight|bribe|pray|move in|adopt|call an exorcist)|(?:is he|is she) ok\W+(?:should "
                  r"i|do i|does he|does she)|just vibing|is (?:this|it|that) a "
                  r"feature|like an? (?:angry|annoyed|sad|dying|confused|possessed|haunted|grumpy|startled|"
                  r"disgruntled) (?:goose|duck|cat|whale|seagull|walrus|cow|sheep|dinosaur|ghost|robot|dragon|pigeon|"
                  r"donkey|swan|owl|badger))\b|[😂🤣😅🙃🐌💀👀👻]|"
                  + _MOCK_COMPLAINT, re.IGNORECASE)
"""How a customer makes light of their own snag ("starting to think the tote bag is a myth 👀", "is that bad or has it
just got opinions")."""
_MOCKED = rx.compile(_MOCK_COMPLAINT + r"[^\w\n]*")  # with the "😩" after it
_MOCK_MOURNING = rx.compile(_JOKE.pattern + r"|\brip\b|😭", re.IGNORECASE)
_BEING = rx.compile(r"\b(?:" + RELATIVE + r"|someone|somebody|person|"
                    r"holder|owner|tenant|patient|customer|client|member|colleague|neighbou?r|boss|cousin|nephew|niece|"
                    r"grand(?:son|daughter|child)|step\w+|sibling|relative|loved one|spouse|dog|cat|pet|puppy|kitten|"
                    r"horse|rabbit|hamster|budgie|parrot|bird|tortoise|guinea pig)s?\b")
_SOMEONE = rx.compile(r"\b(?:he|she|him|her|his|hers)\b")
"""Someone spoken of without a name: a person beside tears ("he passed last night 😭"), but beside a laugh ("my
paladin walked into the lava and died lol, has he given up on life?") more likely a game character."""


def _without_mock_grief(stakes: Stakes, lower: str) -> Stakes:
    """"My win streak died tonight 😂", "condolences to my K/D ratio 💀": a death said of a thing, with a laugh, is a
    joke about a loss, not a bereavement; "I'm so sorry for your loss" to it mocks them. Anyone who names a person or
    a pet who died is mourning, laughing or not, and so is a "he" or "she" beside tears."""
    if "bereavement" not in stakes.kinds or _BEING.search(lower) or not _MOCK_MOURNING.search(lower):
        return stakes
    if _SOMEONE.search(lower) and not _JOKE.search(lower):  # "he passed last night 😭"
        return stakes
    return stakes.without("bereavement")


_SCRATCHED = rx.compile(r"\b(?:i'?m|i am|i was|i've been|i have been|left me) (?:\w+ )?(?:bleeding|scratched|bitten)\b")
_REALLY_HURT = rx.compile(r"\b(?:hospital|a&e|ambulance|stitches|broke|broken|fractur\w*|fell|fall|sprain\w*|"
                          r"infect\w*|swollen|doctor|gp)\b")


def _felt_by_them(lower: str, m: re.Match[str]) -> bool:
    """Whether a feeling word is the customer's own, felt now: not negated ("not worried"), not one they would have
    ("would be gutted"), not a thing's ("the printer is mad at me", "a noise like an annoyed duck"), not someone
    else's ("the kids were scared", unless "and so are we"), not a worry about a choice ("scared of upsetting her
    tummy") and not one asked about with a laugh ("should I be worried 😂")."""
    start, end = m.start(), m.end()
    return not (_NEGATED.search(lower, 0, start) or _WOULD_FEEL.search(lower, 0, start) or _AT_THEM.match(lower, end)
                or _SIMILE.search(lower, 0, start)
                or _SOMEONE_FELT.search(lower, max(0, start - 30), start) and not _SO_ARE_WE.match(lower, end)
                or _WORRY_ABOUT_A_CHOICE.match(lower, end)
                or _LAUGHED_OFF.match(lower, end) and _ASKED_TO_FEEL.search(lower, 0, start))


def _without_game_falls(stakes: Stakes, lower: str) -> Stakes:
    """"My guy fell through the floor and is just vibing in the void": a game character's fall is a bug, not a fall to
    be sorry for, unless something else in the message really hurt someone."""
    if "health" not in stakes.kinds or not _GAME_FALL.search(lower) or _REALLY_HURT.search(_GAME_FALL.sub(" ", lower)):
        return stakes
    return stakes.without("health")


def _without_laughed_off_scratches(stakes: Stakes, lower: str) -> Stakes:
    """"Biscuit thinks the carrier is a portal to hell and I'm bleeding from 3 places 😂": a cat's scratches told as a
    joke are not an injury to be sorry for. A fall, a break or a trip to A&E is, whoever laughs."""
    if "health" not in stakes.kinds or not _JOKE.search(lower) or not _SCRATCHED.search(lower) \
            or _REALLY_HURT.search(lower):
        return stakes
    return stakes.without("health")


GREETING_ONLY = compile_fast(r"\A\W*(?:hi|hello|hey|good (?:morning|afternoon|evening))\W*\Z")
"""A message that is only a greeting ("Hi!"): nothing to answer yet. The whole message, not its first line: an
email that opens with "Hi," on a line of its own is a message."""


_RELIES = rx.compile(
    r"\b(?P<who>(?:my|our) (?:[\w'’-]+ ){0,2}?(?:mum|mom|mother|dad|father|husband|wife|partner|son|daughter|child|baby|"
    r"brother|sister|gran|grandma|grandmother|grandpa|grandfather|nan|aunt|uncle)|i|we)(?:'m|’m| am| is| are|'s|’s)? "
    r"(?:(?:on|uses?|needs?|rel(?:y|ies) on|depends? on|dependent on|using) )(?P<thing>(?:an? |her |his |my |our |a home )?"
    r"(?:oxygen(?: concentrator| machine| supply)?|dialysis(?: machine)?|ventilator|nebuli[sz]er|"
    r"(?:stair ?lift|hoist|electric wheelchair|feeding pump|insulin pump|cpap(?: machine)?|home dialysis)))\b",
    re.IGNORECASE,
)


_RUN_OUT = rx.compile(r"\b(?:i|we)(?:'ll| will|'m| am|'re| are)? (?:going to |about to )?(?:run|"
                      r"running) out\b", re.IGNORECASE)
_MEDICINE = rx.compile(r"\b(?:my|our) ((?:[\w-]+ ){0,2}?(?:meds|medication|medicines?|tablets|pills|insulin|"
                       r"inhalers?))\b",
                       re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Dependence:
    """Someone whose health hangs on a machine or a treatment the trouble puts at risk: "my mum is on an oxygen
    concentrator", or "I'm about to run out of my epilepsy meds" (``running_out``)."""

    who: str
    thing: str
    running_out: bool = False


def _dependence(message: str) -> Dependence | None:
    if m := _RELIES.search(message):
        return Dependence(m.group("who"), m.group("thing"))
    medicine = _MEDICINE.search(message)
    return Dependence("I", medicine.group(1), running_out=True) if medicine and _RUN_OUT.search(message) else None


@dataclass(frozen=True, slots=True)
class Customer:
    """What the customer's message calls for. ``given`` is False when no message came with the draft."""

    given: bool
    praise: bool
    """Thanks or a compliment, with nothing wrong: a warm thank-you is the whole right answer."""
    thanks: bool
    """Real thanks somewhere in the message, even beside a story of something that went wrong ("Thanks to Mary for
    sorting out my delayed flight"): unless they're upset, that calls for thanks back, not an apology."""
    problem: bool
    """Something went wrong, is missing, late or still open."""
    open: bool
    """The problem is still open, or they ask for something to be done: someone has to act."""
    upset: bool
    """They say or show how they feel about it."""
    intense: bool
    """Strong feeling: shouting, swearing, "never again"."""
    asks: bool
    """A question, or a request for something to be done."""
    waiting: bool
    """They're waiting on something of theirs ("where's my order??", "results back yet?"): someone has to say what
    happens next, even when nothing has gone wrong yet."""
    questions: tuple[str, ...]
    feeling: str | None
    """The feeling word they used ("frustrated"), for an acknowledgement in their own terms."""
    stakes: Stakes
    language: str
    keywords: frozenset[str]
    question_keywords: frozenset[str]
    """Content words of what they asked or asked for: a reply that shares none of them may not have answered."""
    text: str = ""
    sarcastic: bool = False
    """Praise that means the opposite ("Great job losing my bag", a closing "Well done." after a complaint)."""
    asks_about_trouble: bool = False
    """A calm question about something gone wrong ("how can a claim take two months?"): no comfort needed, but
    an answer and what happens next are."""
    stuck: bool = False
    """They ask what to do now or whether anything can be done: a way forward is the answer."""

    @property
    def needs_ack(self) -> bool:
        """Whether a lead expects the reply to acknowledge how they feel or what they're going through.

        Abuse with nothing wrong behind it ("you can all burn in hell") needs a calm boundary, not sympathy.
        """
        if self.praise or self.thanks_back or (self.stakes.abuse and not self.problem):
            return False
        return self.upset or self.problem

    @property
    def thanks_back(self) -> bool:
        """Thanks for help with something that is over: thank them back, don't apologise for the story."""
        return self.thanks and not (self.upset or self.open or self.stakes.high)

    @property
    def needs_next_step(self) -> bool:
        """Whether something is left open that the reply must say who will do what about."""
        troubled = self.problem or self.asks_about_trouble
        return not self.praise and (troubled and (self.open or self.stakes.high) or self.waiting or self.stuck)

    @property
    def needs_answer(self) -> bool:
        """Whether the reply must take something up: a question or request, or a problem they report, even one
        that is over ("the lounge was full"): a reply that is only a stock apology takes up nothing.

        Without their message, only the reply is there to go on, and it can't show what it left out.
        """
        complained = self.problem and not (self.praise or self.thanks_back)
        return self.asks or (self.given and (self.needs_next_step or complained))

    @property
    def seriously_ill(self) -> bool:
        """News of a serious illness ("diagnosed with cancer"): never routine, however calmly given."""
        return "health" in self.stakes.kinds and bool(_SERIOUS_ILLNESS.search(self.text.lower()))

    @property
    def joking(self) -> bool:
        """They make light of the snag themselves ("stuck in the wall for 20 mins. I live here now. Send snacks.",
        a "😂"): laughing along with them is fine, a form-letter apology in front of the joke is not. Never for
        anyone upset or in a hard moment."""
        return not (self.upset or self.stakes.high) and self.makes_light

    @property
    def only_confused(self) -> bool:
        """Confusion is the only feeling they name, with no sarcasm or shouting: a clear answer is what helps."""
        return not (self.sarcastic or self.intense) and _only_confused(self.text.lower())

    @property
    def makes_light(self) -> bool:
        """A laugh or a joke about their own snag ("😂", "I live here now"), whatever else they feel."""
        return bool(_JOKE.search(self.text))

    @property
    def in_a_hurry(self) -> bool:
        """They shout that it can't wait ("need to call a taxi NOW"): no time for "I hope you're having a wonderful
        day!", though one shouted word is not yet anger to answer with comfort."""
        return bool(_SHOUTED_HURRY.search(self.text))

    @property
    def doubts_themselves(self) -> bool:
        """"Sorry if I've missed something obvious", "might be a silly question": they fear they're the problem."""
        return bool(_SELF_DOUBT.search(self.text))

    @property
    def dependence(self) -> Dependence | None:
        """Who depends on what the trouble puts at risk: urgency comes before the wait they mention."""
        return _dependence(self.text)

    @property
    def has_left(self) -> bool:
        """"I asked to stop the monthly donation", "I cancelled my membership in May": they've ended it, so thanks
        for their continued support says nobody read the message."""
        return bool(_HAS_LEFT.search(self.text.lower()))

    @property
    def asks_to_stop(self) -> bool:
        """"Stop writing to me", "please stop sending me catalogues": what they want is for it to stop."""
        return bool(ASKS_TO_STOP.search(self.text.lower()))

    @property
    def neutral_question(self) -> bool:
        """A plain question with nothing wrong: it needs an answer, not sympathy."""
        return self.asks and not (self.problem or self.upset or self.praise or self.stakes.high)


NO_CUSTOMER = Customer(
    given=False, praise=False, thanks=False, problem=False, waiting=False, open=False, upset=False, intense=False, asks=False, questions=(), feeling=None,
    stakes=read_stakes(""), language="und", keywords=frozenset(), question_keywords=frozenset(),
)


PROBLEM_GUESS = replace(NO_CUSTOMER, problem=True, open=True)
"""No message came with the draft, but the draft apologises or talks about something gone wrong: it answers a
problem, so it needs what any answer to a problem needs."""


def guess_from_reply(lower: str) -> Customer:
    """What a reply with no customer message beside it must be answering, as far as the reply shows."""
    return PROBLEM_GUESS if PROBLEM.search(lower) or APOLOGY.search(lower) else NO_CUSTOMER


def situation_of(draft: str, customer: str | None) -> Customer:
    """What the customer needs: read from their message, or guessed from the draft when there is none.

    A rewrite is judged against the draft's situation, not one guessed afresh from the rewrite: an
    apology the rewrite adds doesn't turn a reply to a question into a reply to a complaint.
    """
    return read_customer(customer) if customer else guess_from_reply(lower_same_length(draft))


@lru_cache(maxsize=2048)
def read_customer(message: str | None) -> Customer:
    """What ``message`` calls for; ``NO_CUSTOMER`` when there is none."""
    if not message or not message.strip() or GREETING_ONLY.match(message.lower()):
        return NO_CUSTOMER
    if "😭" in message and (not _troubled(message.lower().replace("😭", " ")) or _JOYFUL_TEARS.search(message)):
        # "asking for my knees 😭" with nothing wrong: tears of laughter, read (and kept in ``text``) as "😅"
        message = message.replace("😭", "😅")
    draft = read(message)
    lower = draft.lower
    feeling = next((m for m in FEELING.finditer(lower) if _felt_by_them(lower, m)), None)
    praise_sentences = _sentences_with(draft, PRAISE) - _turns_to_complaint(draft)
    if len(draft.sentences) > 1 and _CHEERS.fullmatch(draft.sentences[-1].text) and SETTLED.search(lower):
        praise_sentences.add(len(draft.sentences) - 1)  # "…had someone to us in 35 minutes. cheers guys"
    stung = _closing_sarcasm(draft)
    sarcastic = stung or bool(SARCASM.search(lower)) or _mock_praise(draft)
    if sarcastic and not stung and _OPENS_WITH_THANKS.match(lower) and SETTLED.search(lower):
        sarcastic = False  # "Just wanted to say well done: …my delay… the money was in my account by Tuesday"
    if stung:
        praise_sentences.discard(len(draft.sentences) - 1)
    intense = bool(_sentences_with(draft, INTENSE, draft.view) - praise_sentences)  # "#BEST!!!" is delight
    planned = _AWAY_FOR.sub(lambda m: " " * len(m.group(0)), lower)  # "on holiday… for two weeks" waited for nothing
    planned = _MOCKED.sub(lambda m: " " * len(m.group(0)), planned)  # "my legs have filed a complaint": nothing wrong
    planned = _PAUSE_FOR.sub(lambda m: " " * len(m.group(0)), planned)  # "just skip two weeks": a break they want
    planned = NOT_HARMED.sub(lambda m: " " * len(m.group(0)), planned)  # "my old passport isn't damaged": all well
    problem_sentences = _sentences_with(draft, PROBLEM, planned) - praise_sentences
    trouble_sentences = _sentences_with(draft, TROUBLE, planned) - praise_sentences
    if feeling and not (problem_sentences or intense or sarcastic) and _only_confused(lower):
        feeling = None  # "I'm confused about the excess. How much will you pay?": a clear answer is what helps
    if intense or feeling:
        problem_sentences |= trouble_sentences
    problem = sarcastic or bool(problem_sentences) or len(trouble_sentences) >= 2
    requested = bool(REQUEST.search(lower))
    question_indexes = {n for n, s in enumerate(draft.sentences)
                        if s.is_question and not _exclaims(draft.lower[s.start : s.end]) and not _UNSURE_ASIDE.search(s.text)
                        or QUESTION.match(draft.lower[s.start : s.end])}
    after_trouble = {n for n in praise_sentences if n > max(problem_sentences, default=-1)}
    passing_on = {n for n, s in enumerate(draft.sentences) if _PASS_ON_THANKS.search(draft.lower, s.start, s.end)}
    asks_more = bool(question_indexes - passing_on) or any(
        REQUEST.search(draft.lower, s.start, s.end) for n, s in enumerate(draft.sentences) if n not in passing_on)
    told_for_thanks = not (sarcastic or asks_more or ONGOING.search(lower))
    # "…my dad got upset mid-flight and the purser calmed him down. Please pass on our thanks", "Could you pass on
    # a thanks to my rider? He carried my shopping up 5 floors": whose feeling it was, and whether the thanks come
    # before the story or after it, doesn't matter once they ask us to pass thanks on
    just_telling = bool(praise_sentences) and bool(_JUST_TELLING.search(lower))  # "Top bloke. Just wanted you to know."
    if problem and told_for_thanks and (passing_on or just_telling
                                        or not feeling and _thanks_at_the_end(draft, after_trouble)
                                        or _OPENS_WITH_THANKS.match(lower)):
        # "The boiler broke, the engineer came in 3 hours. Thank you!", "Just want to say thank you to the crew…
        # my daughter was terrified and…": the trouble, and how it felt, is the story of what they're thanking
        problem = False
        if feeling and _FELT_THEN.search(lower, max(0, feeling.start() - 25), feeling.start()):
            feeling = None  # "After my knee surgery I was scared to lift anything… Please tell her.": then, not now
    # put right after the trouble, not "received the spiritual essence of large fries. Bag was empty."
    settled = bool(praise_sentences) and max(_sentences_with(draft, SETTLED), default=-1) >= max(
        problem_sentences, default=-1) and not (sarcastic or feeling or question_indexes or requested)
    if settled:
        problem = False  # "Thanks! Received the claim money today for when our bags were lost": that's the story
    if _CALLED_OFF.search(lower) and not (question_indexes or requested or sarcastic):
        # "…getting furious, turns out the cleaner unplugged the router. All working. Ignore my last three messages!!":
        # the trouble is over and the fury was then
        problem, feeling, intense = False, None, False
    if (question_indexes or requested) and all(_words(draft, n) <= 2 for n in praise_sentences):
        praise_sentences = set()  # "Can you cancel my plan please? Thanks": a courtesy, not praise to answer
    last = len(draft.sentences) - 1
    if last > 0 and _SIGNED_THANKS.match(draft.sentences[last].text):
        praise_sentences.discard(last)  # "…Any help would be appreciated. Thank you, Gareth Lewis": a sign-off
    praise = bool(praise_sentences) and not sarcastic and not problem
    questions = tuple(draft.sentences[n].text for n in sorted(question_indexes))
    stakes = _without_laughed_off_scratches(_without_mock_grief(read_stakes(lower), lower), lower)
    stakes = _without_game_falls(stakes, lower)
    upset = bool(feeling) or sarcastic or intense
    # A calm question about something gone wrong ("why is my flight delayed?") asks for an answer, not comfort.
    # "Can you stop with the ads?" asks for nothing to be explained: it's a complaint in a question's clothes
    calm_question = not upset and bool(problem_sentences) and (problem_sentences <= question_indexes
                                                               or bool(_NO_RUSH.search(lower))) \
        and not ASKS_TO_STOP.search(lower)
    return Customer(
        given=True,
        praise=praise,
        thanks=not sarcastic and any(_words(draft, n) >= 2 for n in praise_sentences),
        # "we're on Universal Credit, where do I apply for free school meals?" asks for an answer; a calm question
        # after a stay in hospital is still a hard moment
        problem=(problem and not calm_question) or _grave(
            stakes, (problem and not (calm_question and stakes.kinds == ("hardship",))) or upset, lower),
        asks_about_trouble=problem and calm_question,
        stuck=bool(STUCK.search(lower)),
        open=bool(question_indexes) or requested or (bool(_sentences_with(draft, OPEN) - _arrived(draft)) and not settled),
        upset=upset,
        intense=intense,
        asks=bool(questions) or requested,
        waiting=bool(WAITING.search(lower)),
        questions=questions,
        feeling=feeling.group(0) if feeling else None,
        stakes=stakes,
        language=language_of(message),
        keywords=keywords(lower),
        question_keywords=keywords(" ".join(_asked(draft, question_indexes)).lower()),
        text=message,
        sarcastic=sarcastic,
    )


_AWAY_FOR = rx.compile(r"\b(?:holiday|vacation|trip|away|abroad|visiting|staying|off to|go(?:ing)? (?:on|to|away))\b"
                      r"[^.!?\n]{0,40}?\b(?:for|over) (?:\d+|two|three|four|five|six|several|a|an|one) "
                      r"(?:days?|weeks?|months?)\b")
""""I go on holiday to Portugal on the 3rd for two weeks": a stay they have planned, not a wait they have endured."""


_PAUSE_FOR = rx.compile(r"\b(?:skip|pause|freeze|suspend)(?:ping|ing|ed|d)? (?:(?:my|the|our|a) \w+ )?(?:for )?"
                        r"(?:\d+|two|three|four|five|six|several|a|an|one|a couple of) (?:days?|weeks?|months?)\b")
""""Just skip two weeks", "pause my membership for a month": a break they ask for, not a wait they've endured."""


_CALLED_OFF = rx.compile(r"\b(?:all (?:working|sorted|good|fine)(?: now)?|(?:it'?s|it is|everything'?s|everything is) "
                         r"(?:working|fine|sorted) now|ignore my (?:last|previous|earlier)(?: \w+)? (?:messages?|"
                         r"emails?|texts?|chats?)|panic over|never ?mind,? (?:it'?s|all) (?:working|sorted|fine))\b")
"""They call the trouble off themselves ("All working. Ignore my last three messages!!")."""
_CLOSING_PRAISE = compile_fast(r"^\W*(?:well done|great job|good job|nice one|nice work|bravo|way to go|thanks a lot|"
                               r"cheers for that|great stuff|brilliant|fantastic|impressive|stellar service|"
                               r"(?:just )?love it|loving it|lovely|classy|top service|(?:10|five|5)(?:/10| stars?)"
                               r"(?: service)?)\W*$")


_JOYFUL_TEARS = rx.compile(r"😭\s*[💪🥹🎉🙌👏🥳❤💜💙💚💛🧡🏆🎓]|[💪🥹🎉🙌👏🥳🏆🎓]\s*😭")
""""made the whole class clap 😭💪": tears beside a flexed arm or a party popper are joy, whatever the story before."""


def _troubled(lower: str) -> bool:
    """Whether anything in the message is trouble or a hard moment: without it, a "😭" is tears of laughter."""
    return bool(PROBLEM.search(lower)) or bool(read_stakes(lower).kinds)


def _only_confused(lower: str) -> bool:
    """Whether the only feeling they name is confusion: a question in a feeling's words, not distress."""
    feelings = {m.group(0) for m in FEELING.finditer(lower) if not _NEGATED.search(lower, 0, m.start())}
    return feelings <= {"confused"}


def _closing_sarcasm(draft: Draft) -> bool:
    """A short "Well done." closing a message about something gone wrong: the praise is the complaint's sting."""
    if len(draft.sentences) < 2:
        return False
    last = draft.sentences[-1]
    before = draft.lower[: last.start]
    if _OPENS_WITH_THANKS.match(draft.lower):  # "just want to say your team is amazing… got it back in a day. 10/10"
        return False
    return bool(_CLOSING_PRAISE.match(draft.lower[last.start : last.end])) and bool(
        PROBLEM.search(before) or TROUBLE.search(before) and not PRAISE.search(before) or _SCARE_QUOTED.search(before))


def _mock_praise(draft: Draft) -> bool:
    """Praise for what went wrong: "Brilliant to get a parking ticket outside my own house… wrong registration",
    "Thanks for the 'unlimited' data that slows to a crawl", "Love starting a holiday like this"."""
    lower = draft.lower
    if any(_PRAISED_ACT.match(lower, s.start, s.end) for s in draft.sentences) and (
            PROBLEM.search(lower) or TROUBLE.search(lower)):
        return True
    # "Massive thanks for stopping that scam payment… nearly lost £3k to a 'HMRC' call": the quotes are the scammer's
    return bool(_SCARE_QUOTED.search(lower)) and bool(PRAISE.search(lower)) and not _OPENS_WITH_THANKS.match(lower)


_DELIGHT = r"(?:fantastic|great|brilliant|wonderful|perfect|lovely|marvellous|terrific|super|awesome)"
_PRAISED_ACT = compile_fast(
    r"^\W*(?:really |just |so )?(?:brilliant|great|lovely|wonderful|fantastic|fab|nice|love|loving|amazing) (?:to|when) "
    r"(?:get|eat|find|see|wake|come home|spend|pay|receive|be (?:told|charged|left|kept|stuck)|sit|wait|have to)\b|"
    r"^\W*(?:really |just |so |truly |absolutely )?(?:lov(?:e|ing)|enjoying) (?:paying|starting|waiting|spending|being|"
    r"getting|sitting|having|finding|coming home|guessing|wondering|refreshing|chasing|explaining|repeating)\b|"
    r"^\W*(?:(?:oh|well|wow),? " + _DELIGHT + r"[,.!]+ |" + _DELIGHT
    + r"[,.!]+ (?:another|the|my|our|a|third|second|fourth|fifth|yet)\b)"
)


_UNSURE_ASIDE = rx.compile(r"\([^()]{1,30}\?\)\W*$")
""""the lady at your desk (Fiona?)": unsure of a name, not asking anything."""
_SCARE_QUOTED = rx.compile(r"\b(?:my|the|your|our|this|that|a|an) ['‘\"“][a-z][\w -]{0,18}['’\"”] "
                           r"(?!(?:and|but|or|so|which|that|because|when)\b)[a-z]")
""""my 'hot' curry", "the 'unlimited' data": their word in quotes, because it wasn't so. A quoted name for
something ("a 'grinding noise' and…") goes on to say what happened, not which thing it mocks."""


def _grave(stakes: Stakes, troubled: bool, lower: str) -> bool:
    """A crisis, a death or a hazard is never routine; illness, hardship or fraud fear are when asked about calmly
    ("can I fly at 22 weeks pregnant?")."""
    grave = bool(stakes.crisis) or bool({"bereavement", "safety"} & set(stakes.kinds)) \
        or "health" in stakes.kinds and bool(_SERIOUS_ILLNESS.search(lower))
    return grave or (bool(stakes.kinds) and troubled)


_SERIOUS_ILLNESS = rx.compile(r"\b(?:diagnosed with|cancer|chemo\w*|radiotherapy|terminal\w*|a stroke|heart attack|"
                              r"(?:is|are|'s) dying|not expected to (?:live|survive|make it)|"
                              r"dementia|motor neurone|palliative|hospice)\b")
"""The words of a serious illness (see ``Customer.seriously_ill``)."""


_THANKS_GREETING = r"^\W*(?:@\w+\W*)*(?:(?:hi|hello|hey|dear)\b[^\n.!?,]{0,30}[,!\n]\W*|(?:hi|hello|hey)(?: there| all| team)?\b\W*)?"
"""The greeting a thank-you may open with: "Dear Wellpoint team,", "Hi all!", "Hello,", after any @handles."""
_OPENS_WITH_THANKS = compile_fast(
    _THANKS_GREETING + r"(?:i |we )?just want(?:ed)? to (?:drop|send|leave) (?:you )?a (?:quick |short )?(?:note|line|"
    r"message) (?:about|to say)\b|" +
    _THANKS_GREETING + r"(?:i |we )?just want(?:ed)? to say (?:the|your|a|how|what|that|well done|good job|great job|"
    r"bravo|kudos)\b|" +
    _THANKS_GREETING + r"(?:i |we )?(?:just )?(?:(?:want(?:ed)?|would like|'d like) to (?:say )?(?:a (?:big |"
    r"huge |massive )?)?(?:thank|thanks|say thanks)|(?:a )?(?:huge|big|massive|special) (?:thanks?|thank you) (?:to|for))\b|" +
    _THANKS_GREETING + r"(?:just )?a (?:quick |big |huge |massive |special )?(?:thank you|thanks|note of thanks) "
    r"(?:to|for)\b|" +
    _THANKS_GREETING + r"(?:just )?a (?:quick |short )?(?:note|message|line) to say (?:a (?:big |huge )?)?(?:thanks|"
    r"thank you)\b|" + _THANKS_GREETING + r"(?:a )?(?:huge |big |massive )?(?:shout ?-?outs?|kudos|fair play|"
    r"hats off|props) (?:to|for)\b|" + _THANKS_GREETING + r"(?:i'?m|i am|we'?re|we are) writing (?:just )?to (?:say )?"
    r"(?:a (?:big |huge )?)?(?:thank|thanks|say thank you)\b"
)
"""A message written to thank someone: what went wrong in it is the story of the help."""
_TURN = rx.compile(r"\b(?:but|however|sadly|unfortunately|except|though)\b")


def _turns_to_complaint(draft: Draft) -> set[int]:
    """Sentences that open with praise and turn to a complaint ("Lovely staff, but we barely slept"): what
    comes after the turn is what they need answered."""
    turned = set()
    for n, sentence in enumerate(draft.sentences):
        text = draft.lower[sentence.start : sentence.end]
        turn = _TURN.search(text)
        if turn and PROBLEM.search(text, turn.end()):
            turned.add(n)
    return turned


_SELF_DOUBT = rx.compile(
    r"\b(?:sorry if i'?(?:ve| have)? (?:missed|got|misread|misunderstood)|(?:might|may) be a (?:silly|stupid|dumb) "
    r"question|(?:i'?m|i am) (?:probably )?(?:being )?(?:an idiot|silly|stupid|dense|thick)|probably (?:just )?me|"
    r"sorry (?:for|about) the (?:silly|stupid|dumb) question)", re.IGNORECASE)
_JUST_TELLING = rx.compile(r"\b(?:just )?want(?:ed)? (?:you|to let you) (?:to )?know\b|\bthought you(?:'d| would| "
                           r"should) (?:like to )?know\b")
"""Praise sent only so that we know: the trouble in it is the story of the kindness."""
_FELT_THEN = rx.compile(r"\b(?:i|we) (?:was|were|felt|had been)(?: (?:so|really|very|quite|a bit|a little|"
                        r"terribly|absolutely))? $")
""""I was scared", "we were so nervous": a feeling in the story they are telling, over by the time they write."""
_PASS_ON_THANKS = rx.compile(r"\b(?:pass|send|give|forward|relay) (?:on )?(?:our|my|these|the|this|"
                             r"an?) (?:\w+ )?(?:thanks|"
                             r"gratitude|compliments|appreciation|thank you)|\b(?:pass|send) (?:it|this|that) on\b|"
                             r"\b(?:tell|say to|let) (?:him|her|them|the \w+)(?: know)? (?:a big )?(?:thanks|"
                             r"thank you)\b|\bsay (?:thanks|thank you) to\b|\bplease (?:find (?:out|him|her|them)[^.!?\n]{0,30}? "
                             r"and )?(?:tell|thank) (?:him|her|them)\b|"
                             r"\bplease let (?:him|her|them|the team) know\b")
""""Could you pass on our thanks?", or "Please let her know." after praise for her, asks for nothing but that the
thanks reach the driver: the story before it is what they are thanking for, not a wait to be sorry about."""


def _thanks_at_the_end(draft: Draft, praise_sentences: set[int]) -> bool:
    """Whether the message closes on real thanks or praise: the point of telling the story.

    Not "thanks in advance", not a bare "Thanks." after a complaint, which is sarcasm, and not praise given in
    passing ("Bag was empty. Driver was lovely tho."), which concedes a point rather than makes one.
    """
    last = len(draft.sentences) - 1
    ending = {n for n in praise_sentences if n >= last - 1}
    if not ending:
        return False
    closing = draft.lower[draft.sentences[max(ending)].start : draft.sentences[max(ending)].end]
    return "in advance" not in closing and (len(re.findall(r"[^\W\d_]+", closing)) >= 3 or _HERO.match(closing)) \
        and not _IN_PASSING.search(closing)


_HERO = rx.compile(r"\W*(?:(?:an? |what an? |absolute |total |true |proper )?(?:legends?|heroe?s?|superstars?|"
                   r"life ?savers?|gems?)|you (?:guys )?rock|(?:genuinely |really |very |so |seriously )?impressed)\b")
""""Legend 🙌" closing the story of a driver who waited past 11pm: one word, and the whole thanks; a bare "brilliant"
after a lost parcel is the sting of a complaint."""


_IN_PASSING = rx.compile(r"\b(?:tho|though|at least)\W*$")


_SIGNED_THANKS = rx.compile(
    r"\W*(?i:(?:many |kind )?thanks?(?: you)?(?: (?:so|very) much)?(?: in advance)?)[,.!]*[ \t]+"
    r"[A-Z][a-z'-]+(?:[ \t]+[A-Z][a-z'-]+)?"
    r"(?:,?[ \t]*\([^()\n]{1,40}\)|,?[ \t]+(?i:account|acct|ref|id|member|student|order|booking)\w*"
    r"[ \t.:#]*[\w-]+)?\W*$"
)
"""A thanks that signs the message off with their name: "Thank you, Margaret Ellis" closes a letter, and praise is
what comes before it."""


def _words(draft: Draft, index: int) -> int:
    sentence = draft.sentences[index]
    return len(re.findall(r"[^\W\d_]+", draft.lower[sentence.start : sentence.end]))


def _asked(draft: Draft, question_indexes: set[int]) -> list[str]:
    """The sentences that ask something or ask for something."""
    return [s.text for n, s in enumerate(draft.sentences)
            if n in question_indexes or REQUEST.search(draft.lower[s.start : s.end])]


def _exclaims(sentence: str) -> bool:
    """"IS THIS HOW THE RICH LIVE?!" and "how great is that?" exclaim; they don't ask."""
    return "?!" in sentence or "!?" in sentence or bool(PRAISE.search(sentence)) and not QUESTION.match(sentence)


def _arrived(draft: Draft) -> set[int]:
    """The sentences that say they have finally got where they were going, up to any "but" that follows."""
    return {n for n, s in enumerate(draft.sentences)
            if (m := ARRIVED.search(draft.lower, s.start, s.end)) and not _STILL_WRONG.search(draft.lower, m.end(), s.end)}


_STILL_WRONG = rx.compile(r"\b(?:but|now|still|yet|except|without|minus)\b")


def _sentences_with(draft: Draft, pattern: re.Pattern[str], text: str | None = None) -> set[int]:
    """Which sentences (by index) the pattern finds something in (in the lower-cased message by default)."""
    found = set()
    index = 0
    sentences = draft.sentences
    for m in pattern.finditer(draft.lower if text is None else text):
        while index < len(sentences) and sentences[index].end <= m.start():
            index += 1
        if index < len(sentences):
            found.add(index)
    return found
