"""What each empathy dimension sounds like, as weighted language patterns.

The patterns come from what the dimensions mean (see docs/analysis.md), not from
any data set: naming a feeling, restating what happened, asking an open
question, saying what *I* will do next, and the politeness strategies that keep
a request respectful. Each dimension's patterns are compiled into one regular
expression with a named group per cue, so a draft is read once per dimension.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from bot.coach import rx
from bot.coach.checks.model import Span

FEELINGS = (
    r"frustrat\w*|upset|angry|annoyed|worried|stressed|disappointed|anxious|scared|hurt|"
    r"overwhelmed|exhausted|tired|confused|sad|lonely|afraid|nervous|furious|fed up|let down|"
    r"concerned|down|depressed|helpless|hopeless|lost|alone|unheard|ignored|stuck|panicked|"
    r"heartbroken|embarrassed|ashamed|uneasy|distressed|mad|betrayed|devastated|terrified|"
    r"uncomfortable|insecure|jealous|guilty|isolated|rejected|unappreciated|unloved|unwanted|trapped|"
    r"drained|burn(?:ed|t) out|desperate|shocked|grieving|miserable|unhappy|worthless|broken|"
    r"disrespected|humiliated|bitter|resentful|irritated|impatient|discouraged|defeated|powerless|"
    r"misunderstood|neglected|overlooked|blindsided|shaken|rattled|on edge|worn out|at a loss|"
    r"in a tough spot|in a difficult position|out of options|intimidated|left out|excluded|low|struggling|"
    r"happy|excited|proud|relieved|hopeful|"
    r"grateful|torn|conflicted|pressured|under pressure|frightened|startled|unsure|"
    r"uncertain|troubled|disheartened|crushed|gutted|livid|outraged|exasperated|inconvenienced"
)
HARD = (
    r"hard|tough|awful|terrible|horrible|difficult|frustrating|stressful|painful|scary|upsetting|"
    r"rough|exhausting|heartbreaking|devastating|overwhelming|annoying|infuriating|disappointing|"
    r"unacceptable|sad|lonely|worrying|confusing|maddening|draining|unfair|hurtful|a lot|not okay|"
    r"not ok|inconvenient|a pain|a nightmare|a hassle|no fun|not fun|nerve-?wracking|"
    r"disheartening|discouraging|isolating|unsettling|alarming|distressing|tiring|"
    r"a big deal|a real blow|a setback|an ordeal|so much|too much|not fair|intimidating|heavy|a (?:major |big |real )?"
    r"(?:stressor|strain|burden)|a lot to (?:deal with|handle|take in)"
)
INTENSIFIER = (r"(?:so |really |very |truly |incredibly |super |pretty |absolutely |deeply |extremely |such |quite |"
               r"a bit |a little |kind of |rather |somewhat |emotionally |understandably |feeling )*")
ACTION_VERBS = (
    r"check|look|make sure|send|follow|update|call|email|arrange|fix|process|escalate|contact|"
    r"reach|get|take|investigate|book|rebook|reissue|file|confirm|keep|see|find|help|sort|set|"
    r"add|pass|share|connect|ask|chase|track|review|handle|resolve|be|stay|do|put|open|raise|flag|"
    r"note|submit|walk|guide|explain|start|try|request|cancel|change|transfer|monitor|work|ensure|"
    r"organi[sz]e|speak|talk|dig|go|personally|own|refund|replace|correct|push|message|text|write"
)
DONE_VERBS = (
    r"checked|gone ahead|sent|updated|processed|escalated|refunded|arranged|added|booked|rebooked|"
    r"fixed|looked|confirmed|reached|contacted|passed|forwarded|flagged|raised|filed|submitted|"
    r"noted|requested|asked|opened|reset|issued|applied|changed|cancelled|canceled|made|put|set|"
    r"spoken|talked|found|located|tracked|reviewed|corrected|credited|replaced|shared|attached"
)

CUES: dict[str, tuple[tuple[str, float], ...]] = {
    "acknowledge": (
        (r"\b(?:i'?m|i am|we'?re|we are) " + INTENSIFIER + r"sorry\b", 0.8),
        (r"\bsorry (?:to hear|to see|about|for|that|you|this)\b", 0.7),
        (r"\b(?:that|this|it|which)(?:'?s| (?:sounds|seems|must (?:be|have been|feel)|is|was|has been)) "
         + INTENSIFIER + "(?:" + HARD + r")\b", 1.0),
        (r"\bhow (?:" + HARD + r")\b", 0.9),
        (r"\byou(?:'re| are|'ve been| have been| must be| must have been| might be| may be| feel| felt|"
         r"'d be| would be| seem| sound| were| got)(?: \w+)? " + INTENSIFIER + r"(?:feeling )?(?:"
         + FEELINGS + r")\b", 1.0),
        (r"\b(?:feel|feeling|felt) (?:" + FEELINGS + r")\b", 0.6),
        (r"\byour (?:frustration|disappointment|concerns?|worry|worries|anger|stress|feelings?|pain|"
         r"loss|situation|experience)\b|\byou(?:'d| would) (?:worry|be worried|be upset|be annoyed|be frustrated)\b",
         0.5),
        (r"\bi (?:can |completely |totally |fully |really |absolutely )*(?:understand|imagine|see|"
         r"appreciate|get|feel|sense|tell) (?:how|why|what|that|you(?:'re| are)|being|feeling)\b", 0.7),
        (r"\b(?:i'?d|i would|anyone would|i'?d have|i would have|i'?d probably) (?:be|feel|been|felt) " + INTENSIFIER
         + "(?:" + FEELINGS + r")\b|\b(?:hate|sad|sorry|awful|heartbreaking|horrible) to hear\b", 0.8),
        (r"\b(?:completely|totally|perfectly|so|very) (?:understandable|valid|normal|natural|"
         r"reasonable|fair)\b", 0.8),
        (r"\b(?:it'?s|that'?s|is|are) (?:understandable|valid|normal|natural|okay|ok|fair|human)"
         r"(?: to| that| you| for)\b", 0.8),
        (r"\banyone would\b|\byou have every right\b|\byou(?:'re| are) right to\b|"
         r"\b(?:you(?:'re| are|r)? |you )?(?:not|aren'?t|never) alone\b|\bin (?:this|it) together\b", 0.8),
        (r"\bmakes (?:total |complete |perfect )?sense\b", 0.5),
        (r"\bi hear you\b|\bi feel (?:you|for you|your)\b|\bi'?m here (?:for|with) you\b", 0.8),
        (r"\b(?:hugs?|sending (?:love|hugs|strength|you)|big hug|virtual hug)\b|<3|❤|♥|💙|🤗|🫂|💕", 0.9),
        (r"\b(?:i |we )?(?:hope|hoping) (?:you|things|it|everything|that)\b", 0.5),
        (r"\b(?:i'?m|we'?re|i am|we are|so) " + INTENSIFIER + r"(?:glad|happy|thrilled|delighted|proud|"
         r"excited|relieved|pleased)\b", 0.7),
        (r"\bcongrat\w*|\bwell done\b|\bgood for you\b", 0.8),
        (r"\b(?:that'?s|this is|how|so|what a) " + INTENSIFIER + r"(?:great|wonderful|amazing|awesome|"
         r"fantastic|lovely|brilliant|exciting)\b", 0.5),
        (r"\b(?:thank you|thanks) (?:so much |very much )?for (?:sharing|telling|letting|bearing|sticking|"
         r"being|flagging|your patience|raising|explaining|your honesty|trusting|opening up)\b", 0.4),
        (r"\b(?:unfortunate(?:ly)?|frustrating|annoying|stressful|disappointing|inconvenien\w+|"
         r"upsetting|worrying|awful|terrible|horrible|heartbreaking|devastating|sucks|unfair|scary|"
         r"painful)\b", 0.35),
        (r"\bapologi[sz]e\b|\bapologies\b|\bsorry\b", 0.45),
        (r"\b(?:stay strong|take care|be kind to yourself|you(?:'ve| have) got this|rooting for you|"
         r"thinking of you|proud of you|you deserve|you matter|you(?:'re| are) (?:strong|brave|worth))\b",
         0.7),
        (r"\b(?:that|it) sucks\b|\bugh\b|\boh no\b|\bwhat a (?:pain|nightmare|hassle|shame|mess)\b|"
         r"\b(?:my|our) (?:condolences|sympathies|heart goes out)\b", 0.9),
        # Naming the other person's feeling outright, the core of reflecting feelings.
        (r"\b(?:sounds|seems|looks) like [^.!?\n]{0,60}?\b(?:" + FEELINGS + "|" + HARD + r"|(?:getting|weighing|"
         r"wearing|eating|bothering|preying) (?:on |at )?you|on your mind|taking (?:a|its) toll)\b", 0.6),
        (r"\byou(?:'re| are)? (?:\w+ )?(?:feel|feeling|felt)\b|\byou (?:seem|sound|look)(?: to be)? "
         r"(?:\w+ )?(?:" + FEELINGS + r")\b", 0.6),
        (r"\b(?:having|had|going through|been through|dealing with) (?:such )?(?:an? )?" + INTENSIFIER
         + r"(?:hard|rough|tough|difficult|bad|awful|terrible|horrible|stressful|painful) (?:time|day|week|"
         r"year|few|stretch|experience)\b", 0.9),
        (r"\b(?:that|this|it|which|things|life) (?:can|could|would|will|may|might) (?:be|feel|get) "
         + INTENSIFIER + "(?:" + HARD + r")\b", 0.8),
        (r"\b(?:makes?|made|making) (?:it|things|life|everything|this|that) (?:so |really |even |much )*"
         r"(?:harder|hard|difficult|tough|worse|stressful|frustrating)\b", 0.6),
        (r"\b(?:that|it|this)(?:'s| is) (?:completely |totally |perfectly |so |very )?(?:understandable|"
         r"valid|normal|natural|fair enough)\b", 0.7),
        (r"\bi (?:feel|felt) (?:so |really |very )?(?:bad|terrible|awful|sad|horrible|for you|your pain)\b",
         0.8),
        (r"\bi know (?:how|what) (?:you(?:'re| are)? ?)(?:feel|felt|feeling|going through|mean)\b|"
         r"\bi know (?:you(?:'re| are)?|it) (?:hurt|hurts|scared|tired|struggling|hard)\b", 0.8),
        # Warmth and concern: being there, wishing well, reassurance, encouragement, affirmation.
        (r"\bi(?:'m| am) (?:always |still )?here\b|\b(?:happy|willing|glad|here) to (?:listen|talk|chat)\b|"
         r"\bif you (?:ever )?(?:want|need|would like|feel like) (?:to talk|to chat|to vent|someone|a friend|"
         r"an ear)\b|\b(?:my )?(?:inbox|dms?|pms?) (?:is|are) (?:always )?open\b|"
         r"\b(?:you can|feel free to) (?:always )?(?:talk to|message|pm|dm|reach out|chat with)\b", 0.45),
        (r"\b(?:i )?wish(?:ing)? you (?:the |all the )?(?:best|luck|well)\b|\bgood luck\b|\bbest of luck\b|"
         r"\ball the best\b|\bbest wishes\b|\bstay safe\b|\bhang in there\b|\bhold on\b|"
         r"\bkeep (?:going|fighting|your head up|it up|pushing)\b|\bhopefully\b", 0.45),
        (r"\b(?:it|things|everything|you)(?:'ll| will) (?:get better|be (?:ok|okay|fine|alright|all right)|"
         r"improve|get through|make it|work out|pass)\b|\bit gets better\b|\b(?:don'?t|never) give up\b|"
         r"\byou can do (?:this|it)\b|\bone (?:step|day) at a time\b", 0.45),
        (r"\byou(?:'re| are) not (?:useless|worthless|a burden|broken|weak|crazy|a failure|stupid|"
         r"overreacting|being unreasonable|to blame)\b|\byou(?:'re| are) (?:so |very |really )?(?:strong|"
         r"brave|worthy|important|loved|valued|enough|capable|resilient|doing (?:great|well|your best))\b|"
         r"\byou matter\b", 0.6),
        (r"\bi (?:really |truly )?(?:care|would care|'d care|do care)\b|\bpeople (?:care|love you)\b|"
         r"\b(?:please )?don'?t (?:do it|hurt yourself|give up on yourself)\b", 0.6),
        # Solidarity: knowing the feeling from the inside, said as a reaction rather than a story.
        (r"\b(?:i )?know (?:the|that|this) feeling\b|\bi (?:can |totally |really |definitely |completely )*"
         r"relate\b|\bfeel (?:ya|u)\b|\bme too\b|\bsame here\b", 0.6),
        # Offering an ear, and telling someone they are cared about or matter.
        (r"\b(?:want|wanna|need|like) to (?:talk|vent|chat)\b|\bhere for (?:you|ya|u)\b|"
         r"\b(?:people|we|others|someone|they|i) (?:who )?(?:care|cares|love|loves) (?:about )?you\b|"
         r"\b(?:your life|you) (?:really |still )?matters?\b", 0.6),
        # Affirming and reassuring: pride, not deserving the hurt, no cause for shame or worry.
        (r"\bproud of (?:yourself|you)\b|\byou (?:don'?t|do not|didn'?t|did not) deserve (?:that|this|to|it|"
         r"any|what)\b|\b(?:nothing|no reason|no need) to (?:be |feel )?(?:ashamed|embarrassed|guilty|sorry)\b|"
         r"\b(?:shouldn'?t|don'?t (?:need|have) to) (?:be|feel) (?:ashamed|embarrassed|guilty|bad)\b|"
         r"\bdon'?t worry\b|\b(?:stronger|braver|better) than you (?:think|know|realize|give yourself)\b|"
         r"\bhope (?:for )?the best\b", 0.5),
        (r"\b(?:that|it|this)(?:'s| is| was| sounds| looks) " + INTENSIFIER + r"(?:cool|nice|great|good|"
         r"fun|lovely|awesome|wonderful|amazing|exciting|fantastic)\b|\bglad to hear\b", 0.4),
    ),
    "reflect": (
        (r"\b(?:it |that |this )?(?:sounds|seems|looks|feels) (?:like|as if|as though|that) "
         r"(?:you|your|this|that|it|things|there|the|a|maybe)\b", 1.0),
        (r"\bif i (?:understand|read|hear|heard|got) (?:you|this|that|correctly|right|it)\b|"
         r"\bwhat i(?:'m| am) hearing\b|\bto make sure i understand\b|\bjust to confirm\b", 1.0),
        (r"\bso (?:you(?:'re| are|'ve| have| were| had| want| need| can'?t| couldn'?t| didn'?t)|your)\b",
         0.6),
        (r"\byou(?:'re| are) (?:saying|telling me|feeling|going through|dealing with|worried|"
         r"trying)\b|\byou (?:mentioned|said|wrote|told (?:me|us)|described|explained)\b", 0.9),
        (r"\bi (?:can |completely |totally |really |fully |definitely |absolutely )*"
         r"(?:understand|get|know|see|imagine|relate)\b", 0.55),
        (r"\bi (?:know|understand|remember) (?:how|what|exactly|that feeling|the feeling|too well)\b",
         0.8),
        (r"\bi(?:'ve| have)? (?:been|gone|went|was|were) (?:there|through (?:this|that|the same|"
         r"something|similar|it|a lot)|in (?:a |the |your )?(?:similar|same|your))\b", 1.0),
        (r"\b(?:same|similar) (?:thing|here|situation|boat|experience|feeling|problem|issue|way)\b|"
         r"\bme too\b|\bhappened to me\b|\bi can relate\b|\bi relate\b", 0.9),
        (r"\bi (?:had|have had|experienced|felt|struggled|struggle|dealt|suffer\w*|used to|"
         r"went|lost|was diagnosed|grew up)\b|\bwhen i was\b|\bmy (?:own )?(?:experience|story)\b", 0.5),
        (r"\b(?:that|this|it) (?:must|would|could|can) (?:be|have been|make|feel|leave)\b|"
         r"\byou must (?:be|have|feel)\b|\bi (?:imagine|bet|guess) (?:that|it|this|you)\b", 0.7),
        (r"\b(?:it'?s|that'?s) (?:normal|common|natural|understandable) (?:to|that|for)\b|"
         r"\byou(?:'re| are) not (?:alone|the only)\b|\b(?:a lot of|many|most|plenty of) "
         r"(?:people|of us|others)\b", 0.6),
        (r"\b(?:you(?:'ve| have) been|you(?:'re| are) still|you were|you(?:'ve| have) had to) "
         r"(?:waiting|trying|dealing|stuck|without|charged|passed|left|kept|going|chasing|calling)\b",
         0.9),
        (r"\bafter (?:waiting|all (?:this|that)|everything|trying|being)\b|\bespecially (?:when|since|"
         r"with|after|if)\b|\bon top of (?:that|everything|all)\b", 0.5),
        (r"\bthe (?:fact|part) that\b|\bwhich means\b|\bin other words\b|\bbasically\b", 0.3),
        # Relating an experience of one's own: understanding from the inside. Actions the writer
        # took or will take ("I've checked", "let me look") are ownership, not this.
        (r"\b(?:me|myself)\b(?! (?:know|a moment|a minute|a second|check|look|see|find|help|get|take|have|"
         r"make|ask|pass|escalate|send|do|explain))|\bmy (?:own |whole )?(?:life|experience|story|family|mom|"
         r"dad|mother|father|wife|husband|partner|friends?|kids?|son|daughter|brother|sister|parents|"
         r"depression|anxiety|therapist|doctor|head|heart|mind|feelings?|past|childhood|twenties|thirties|ex)\b|"
         r"\bi(?:'ve| have) (?!(?:just |now |already |personally )?(?:" + DONE_VERBS + r")\b)|"
         r"\bi (?:was|had|used to|felt|went|got|ended up|still|also|too|struggled?|remember|tried|lost|spent|"
         r"did|didn'?t|don'?t|couldn'?t|wish|suffer\w*|grew up|deal|dealt)\b|"
         r"\bi'?m (?:still|also|in the same|going through|dealing|struggling|not)\b|^same\b|\bsame here\b",
         0.35),
    ),
    "explore": (
        (r"\b(?:tell|show|walk) me (?:more|about|what|how|through|a bit|a little)\b|"
         r"\bsay more\b|\belaborate\b", 1.0),
        (r"\b(?:can|could|would) you (?:please )?(?:tell|share|describe|explain|say|walk|help me "
         r"understand|let me know (?:more|what|how|when|which))\b", 0.9),
        (r"\b(?:would|do) you (?:like|want|mind|feel like|care) (?:to )?(?:talk|share|tell|sharing|"
         r"talking|telling|explain|vent)\b", 0.9),
        (r"\bi'?d (?:love|like) to (?:hear|know|understand|learn)\b|\b(?:help me|i want to|i'?d like "
         r"to) understand\b|\bi'?m (?:curious|wondering)\b|\bwondering (?:if|whether|what|how)\b", 0.8),
        (r"\b(?:feel free to|happy to hear|let me know) (?:more|what|how|when|which|if|whether)\b", 0.3),
        (r"\b(?:feel free to|you can|please) (?:share|vent|talk|tell me|explain|open up)\b|\bshare (?:your|what|more|"
         r"how|with me|it|that|anything)\b|\bi'?m (?:all ears|listening)\b", 0.6),
    ),
    "own": (
        (r"\b(?:i'?ll|i will|i'?m going to|i am going to|let me)\s+(?:\w+ly\s+)?"
         r"(?!(?:know|not|never|be (?:honest|frank|clear))\b)[a-z]\w*|"
         r"\b(?:i can|i'?d be happy to|i'?m happy to|i'?d like to|i want to|allow me to)\s+(?:\w+ly\s+)?"
         r"(?:" + ACTION_VERBS + r")\b", 1.0),
        (r"\bi(?:'ve| have) (?:just |now |already |personally )?(?:" + DONE_VERBS + r")\b", 1.0),
        (r"\bi'?m (?:on it|looking into|checking|working on|handling|taking care|following|"
         r"chasing|keeping|staying|personally)\b|\bleave it with me\b|\bi(?:'ve| have) got (?:this|it|"
         r"you)\b", 1.0),
        (r"(?<!nothing )(?<!not what )\bwe(?:'ll| will|'re going to| are going to|'re happy to|'d be happy to| can)\s+(?:\w+ly\s+)?"
         r"(?:" + ACTION_VERBS + r")\b|\bwe(?:'ve| have) (?:just |now |already )?(?:" + DONE_VERBS
         + r")\b|\bwe(?:'re| are) (?:looking into|working on|checking|on it)\b", 0.6),
        (r"\b(?:follow(?:ing)? up|get back to you|keep you (?:posted|updated|informed|in the loop)|"
         r"update you|check (?:back )?in (?:with you|on)|circle back|let you know|you(?:'ll| will) "
         r"(?:hear|receive|get|see))\b", 0.9),
        (r"\b(?:by|before|within|in the next) (?:the )?(?:end of|tomorrow|today|tonight|monday|tuesday|"
         r"wednesday|thursday|friday|saturday|sunday|\d+|an? |one|two|three|24|48)", 0.6),
        (r"\b(?:next step|here'?s what (?:happens|i'?ll|we'?ll|to|you can)|the next thing|from here|"
         r"going forward|in the meantime|meanwhile|as soon as)\b", 0.6),
        (r"(?:^|[.!?]\s+|\bplease )(?:dm|message|send|reply|click|visit|call|email|contact|follow|"
         r"go to|head to|fill|submit|share|provide|confirm|upload|attach|restart|reset|update|use)\b",
         0.35),
        (r"\b(?:you can|you could|feel free to|you(?:'re| are) welcome to)\s+(?:\w+\s+)?(?:dm|message|"
         r"send|reply|click|visit|call|email|contact|reach|find|check|track|use|go|see)\b", 0.35),
    ),
}
RESPECT_CUES: tuple[tuple[str, float], ...] = (
    (r"\b(?:thanks?|thank you|thx|appreciated?|grateful|cheers)\b", 0.9),
    (r"^\W*(?:hi|hello|hey|dear|good (?:morning|afternoon|evening)|greetings)\b", 0.6),
    (r"\b(?:sorry|apologi[sz]e|apologies|excuse me|forgive me|pardon|oops|woops)\b", 0.6),
    (r"(?:^|[.!?]\s+)(?:great|good|nice|interesting|cool|excellent|awesome|wonderful|fantastic)\b|"
     r"\bgood (?:question|point|idea|catch|call)\b", 0.6),
    (r"\b(?:i think|i believe|i guess|i suppose|perhaps|maybe|possibly|might|probably|somewhat|"
     r"a bit|a little|i wonder|i was hoping|i'?m hoping|if possible|if you can|if you could|"
     r"when you (?:can|get a chance|have a moment))\b", 0.35),
    (r"\b(?:could|would) you\b|\bwould it be\b|\bwould you mind\b|\bdo you mind\b", 0.7),
    (r"\b(?:can|will) you\b", 0.2),
    (r"\bplease\b", 0.4),
    (r"\b(?:by the way|btw|incidentally)\b", 0.3),
    (r"\b(?:we|us|our|let'?s)\b", 0.15),
    (r"\b(?:glad|happy|welcome|wonderful|lovely|kind|kindly|helpful|pleasure|enjoy|love|nice|great|"
     r"excellent|perfect|awesome|appreciate)\b", 0.25),
    (r"(?:^|[.!?]\s+)(?:why|what|who|how|where|when)\b(?![^.!?]*\b(?:could|would|might)\b)", -0.55),
    (r"(?:^|[.!?]\s+)(?:so|then|and|but|or|well|also|now)\b", -0.35),
    (r"(?:^|[.!?]\s+)(?:you|your|u)\b", -0.45),
    (r"\b(?:in fact|actually|the fact|the point|the reality|the truth|obviously|clearly|of course|"
     r"seriously|honestly|really\?)\b", -0.5),
    (r"\b(?:wrong|stupid|idiot\w*|ridiculous|nonsense|useless|pointless|lazy|incompetent|dumb|silly|"
     r"absurd|pathetic|moron\w*|garbage|rubbish|lame|crazy|insane|ignorant|vandal\w*|spam\w*|"
     r"troll\w*|bias\w*|sigh)\b", -0.8),
    (r"\b(?:fuck\w*|shit\w*|crap\w*|damn\w*|hell|wtf|bullshit|piss\w*|ass|bloody|screw)\b", -1.4),
    (r"\?\s*\?|\?!|!\?", -0.5),
    # Commands; "do you…?" and its kin are questions, not orders.
    (r"(?:^|[.!?]\s+)(?:read|stop|look|do(?! (?:you|we|i|they|he|she|it|these|those|the|any|anyone|anybody)\b)|"
     r"don'?t|go|see|fix|use|try|check|just|quit|learn|get|make)\b", -0.3),
)


SENTENCE_OPENING = r"(?:^|[.!?]\s+)"
"""The start of a text, line or sentence, as cues that only count there spell it."""


@dataclass(frozen=True, slots=True)
class Lexicon:
    pattern: re.Pattern[str]
    cue_of: dict[str, int]
    weights: tuple[float, ...]

    def matches(self, lower: str) -> Iterator[tuple[int, re.Match[str]]]:
        """Each match with the index of the cue behind it, in text order."""
        cue_of = self.cue_of
        for m in self.pattern.finditer(lower):
            yield cue_of[m.lastgroup or ""], m

    def found(self, lower: str) -> Iterator[int]:
        """The index of the cue behind each match, in text order."""
        return (index for index, _ in self.matches(lower))


def compile_table(patterns: Iterable[str]) -> Lexicon:
    """One fast regex for a table of patterns whose matches are told apart by their index in the table."""
    return _compile(tuple((pattern, 1.0) for pattern in patterns))


def _compile(cues: tuple[tuple[str, float], ...]) -> Lexicon:
    """One regex per lexicon, shaped so the regex engine can skip ahead cheaply.

    Branches that start at a word boundary share a single leading ``\\b`` and
    each ends in an empty named group naming its cue; this lets the engine fail
    fast inside words and on a branch's first letter, which makes a check
    several times faster than one named group around each whole cue. Branches
    that must open a sentence share one ``SENTENCE_OPENING`` likewise. Matching
    runs on the lower-cased view, so no IGNORECASE either.
    """
    bounded, opening, free, cue_of = [], [], [], {}
    for index, (pattern, _) in enumerate(cues):
        for number, branch in enumerate(_top_level_branches(pattern)):
            name = f"c{index}_{number}"
            cue_of[name] = index
            if branch.startswith(r"\b"):
                bounded.append(f"{branch[2:]}(?P<{name}>)")
            elif branch.startswith(SENTENCE_OPENING):
                opening.append(f"{branch[len(SENTENCE_OPENING):]}(?P<{name}>)")
            else:
                free.append(f"{branch}(?P<{name}>)")
    alternatives = [r"\b(?:" + "|".join(bounded) + ")"] if bounded else []
    if opening:
        alternatives.append(SENTENCE_OPENING + "(?:" + "|".join(opening) + ")")
    alternatives += free
    weights = tuple(weight for _, weight in cues)
    return Lexicon(rx.compile("|".join(alternatives), re.MULTILINE), cue_of, weights)


def compile_fast(pattern: str, flags: int = re.MULTILINE) -> re.Pattern[str]:
    """Compile ``pattern`` with its word-boundary branches folded under one ``\\b``.

    Same matches, far fewer steps: see :func:`_compile` for why.
    """
    branches = _top_level_branches(pattern)
    bounded = [b[2:] for b in branches if b.startswith(r"\b")]
    free = [b for b in branches if not b.startswith(r"\b")]
    head = [r"\b(?:" + "|".join(bounded) + ")"] if bounded else []
    return rx.compile("|".join(head + free), flags)


def _top_level_branches(pattern: str) -> list[str]:
    """Split a pattern on the ``|`` that are not inside a group or a character class."""
    branches, depth, start = [], 0, 0
    for token in _STRUCTURE.finditer(pattern):
        char = token.group()
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            branches.append(pattern[start : token.start()])
            start = token.end()
    branches.append(pattern[start:])
    return branches


_STRUCTURE = re.compile(r"\\.|\[(?:\\.|[^\]\\])*\]?|[()|]", re.DOTALL)
"""What can nest or split a pattern, with escapes and character classes taken whole so their brackets don't count."""


LEXICONS: dict[str, Lexicon] = {name: _compile(cues) for name, cues in CUES.items()}
RESPECT = _compile(RESPECT_CUES)


def match_cues(lexicon: Lexicon, lower: str, original: str) -> tuple[float, list[Span]]:
    """Sum the weights of every cue found, with the spans that carried them.

    A cue that repeats counts with diminishing weight: "sorry, so sorry" is not
    twice the acknowledgement of "sorry".
    """
    total = 0.0
    seen: dict[int, int] = {}
    spans = []
    for cue, m in lexicon.matches(lower):
        count = seen.get(cue, 0)
        seen[cue] = count + 1
        total += lexicon.weights[cue] / (1 + count)
        spans.append(Span(m.start(), m.end(), original[m.start() : m.end()]))
    return total, spans


def saturate(weight: float, rate: float = 1.2) -> float:
    """Map a summed weight to 0..1: the first strong cue matters most, later ones less."""
    return 1.0 - math.exp(-rate * weight) if weight > 0 else 0.0
