"""Judging a draft: what the customer needs, what the reply does, the findings in between, one score.

The five dimensions say how much of each kind of empathy the reply *shows*,
with the words that earned it. The findings and the score say what a lead
would point at *for this customer*: praise needs no apology, a plain question
needs an answer rather than sympathy, an open problem needs a next step, and a
high-stakes moment needs care before process. Everything is deterministic and
offline, well under a millisecond a check, so every front end can re-score
rewrites, including the ones an LLM writes.
"""

from __future__ import annotations

import math
import re

from bot.coach import rx
from bot.coach.checks.cues import LEXICONS, RESPECT, compile_fast, compile_table, match_cues, saturate
from bot.coach.checks.customer import QUESTION, Customer, situation_of
from bot.coach.checks.jargon import jargon_in
from bot.coach.checks.layout import layout
from bot.coach.checks.model import DIMENSIONS, Analysis, DimensionScore, Finding, Span
from bot.coach.checks.reply import (
    ACTED,
    ANY_INCONVENIENCE,
    CONDITIONAL_APOLOGY,
    EMPATHY,
    FRIGHTENED,
    STAYING_WHY,
    THANKS_FOR_TELLING,
    VAGUE_SORRY,
    Reply,
    read_reply,
)
from bot.coach.checks.rules import (
    ALTERNATIVE,
    APOLOGY,
    CLOSED_QUESTION,
    FIRST_PERSON_ACTION,
    OPEN_QUESTION,
    PATTERNS,
    RULES,
    SUGGESTION_QUESTION,
)
from bot.coach.checks.score import score
from bot.coach.checks.stakes import hazard_of
from bot.coach.language import ENGLISH, language_name, language_of, reads_as_english
from bot.coach.text import Draft, keywords, read

INTERROGATIVE = QUESTION
SELF_DIRECTED = rx.compile(
    r"^\W*(?:\w+\W+){0,3}?(?:do|did|does|am|was|can|could|would|should|will|have|had|shall|can'?t|"
    r"couldn'?t|don'?t|didn'?t)\s+i\b"
)
"""A question the writer asks of themselves ("why did I...?"), which invites nobody to say more."""
STATEMENT_CHECK = rx.compile(
    r"\W*(?:(?:so|and|oh|ok|okay|well|but)\W+)*(?:you(?!'?d like)|your|it sounds|sounds like|it seems|that|this|"
    r"to confirm|just to confirm|i|we|it)\b"
)
"""A statement ending in "?" ("so you were charged twice?"): checking understanding, not inviting more."""
INVITATION_SHARE = 0.8
"""How much of the explore score depends on the share of the reply spent inviting the customer to talk."""
RESPECT_PENALTY = {"E401": 1.6, "E402": 1.6, "E405": 1.3, "E407": 1.3, "E408": 1.0, "E404": 0.9, "E406": 0.4, "E403": 0.3}
MAX_PER_RULE = 3
REQUEST_QUESTION = rx.compile(
    r"\W*(?:(?:so|and|also|ok|okay)\W+)*(?:could|would|can|will) you (?:please |kindly |just |quickly )?"
    r"(?:send|share|confirm|provide|check|try|dm|email|call|reply|give|attach|upload|forward|fill|"
    r"pop|drop|let me know|follow|reset|restart|update|add|include|resend|click|open|take)\b"
)
"""A polite request put as a question ("could you send me a photo?"): it asks for an action, not a yes or no."""
_BOILERPLATE = rx.compile(
    r"\b(?:thank you for (?:contacting|reaching out|getting in touch|writing|choosing|flying|shopping)|"
    r"valued customer|dear customer|dear sir|to whom it may concern|rest assured|do not hesitate|don'?t hesitate|"
    r"(?:feel free to|do) (?:contact|reach out)|let us know if|is there anything else|hope this helps|"
    r"look forward to|strive to|we regret|we take|we value|we appreciate|your (?:feedback|call|business|"
    r"satisfaction|concerns?|custom|opinion) (?:is|are)|(?:happy|glad|here) to (?:help|serve|assist)|"
    r"(?:has been|will be|is being) (?:escalated|forwarded|passed on|raised|logged))"
)
"""Stock phrases that are corporate boilerplate (E406) rather than stock empathy (E102)."""
FORM_LINE = rx.compile(
    r"\b(?:(?:please )?(?:refer to|see|check|consult|visit) (?:our|the|your) (?:[\w-]+ ){0,2}(?:website|"
    r"policy|policies|terms|faqs?|documents?|documentation|help (?:centre|center|pages?)|map|guide|page)\b|"
    r"subject to availability|(?:comments|feedback|concerns?) (?:have|has) been noted|(?:is|are) (?:currently )?"
    r"being (?:processed|reviewed|handled)|"
    r"(?:our|the) team is (?:always )?(?:happy|glad|here) to help|"
    r"^\W*dear (?:valued )?(?:customer|passenger|patient|guest|applicant|policyholder|member|supporter|client|"
    r"tenant|resident|sir(?: or madam|/madam)?)\b|thank you for (?:flying|choosing|banking|shopping|travell?ing) with|"
    r"thank you for your (?:patience|understanding)|(?:in|with) due course|we acknowledge receipt|"
    r"(?:all|our|this) decisions? (?:is|are) final)"
)
"""Form-letter lines: a pointer to the rules or a status with nothing of this customer's in it."""


def analyze(text: str, customer: str | None = None, *, situation: Customer | None = None) -> Analysis:
    """Score ``text`` as a reply to ``customer`` (the customer's message, if known).

    ``situation`` is what the customer needs, when it was already read (see ``situation_of``): a rewrite is
    judged against its draft's. A draft the offline engine can't read (not English) gets no findings and no
    score, only its language.
    """
    draft = read(text)
    if not reads_as_english(text):
        return Analysis(draft.original, None, {}, (), language_of(text))
    situation = situation or situation_of(text, customer)
    weights, evidence = _dimension_weights(draft, situation)
    reply = read_reply(draft, situation)
    findings = _findings(draft, situation, reply)
    dimensions = {
        name: DimensionScore(name, round(saturate(weights[name]), 3), tuple(evidence[name]))
        for name in DIMENSIONS
        if name != "respect"
    }
    dimensions["respect"] = _respect(draft, findings)
    return Analysis(draft.original, score(findings, situation, reply), dimensions, tuple(findings), ENGLISH)


def _dimension_weights(draft: Draft, customer: Customer) -> tuple[dict[str, float], dict[str, list[Span]]]:
    weights: dict[str, float] = {}
    evidence: dict[str, list[Span]] = {}
    for name, lexicon in LEXICONS.items():
        weights[name], evidence[name] = match_cues(lexicon, draft.lower, draft.original)
    cue_starts = [span.start for span in evidence["explore"]]
    inviting = 0
    for sentence in draft.sentences:
        lower = draft.lower[sentence.start : sentence.end]
        if sentence.is_question or INTERROGATIVE.match(lower):
            weights["explore"] += _question_weight(lower)
            evidence["explore"].append(_span(draft, sentence.start, sentence.end))
            inviting += sentence.end - sentence.start
        elif any(sentence.start <= start < sentence.end for start in cue_starts):
            inviting += sentence.end - sentence.start
    # An invitation buried in a long explanation invites less than a reply that mostly asks.
    share = min(1.0, inviting / max(1, len(draft.original.strip())))
    weights["explore"] *= 1 - INVITATION_SHARE + INVITATION_SHARE * share
    if customer.keywords:
        shared = keywords(draft.lower) & customer.keywords
        weights["reflect"] += min(0.12 * len(shared), 0.36)
    return weights, evidence


def _question_weight(question: str) -> float:
    if SELF_DIRECTED.search(question):
        return 0.15
    if STATEMENT_CHECK.match(question) and not OPEN_QUESTION.search(question):
        return 0.35
    if SUGGESTION_QUESTION.search(question):
        return 0.45
    if OPEN_QUESTION.search(question):
        return 1.1
    return 0.65


def _respect(draft: Draft, findings: list[Finding]) -> DimensionScore:
    """Politeness as a logistic score: courtesy raises it, blame and dismissal sink it."""
    total, spans = match_cues(RESPECT, draft.lower, draft.original)
    seen: set[str] = set()
    for finding in findings:
        if finding.rule in RESPECT_PENALTY and finding.rule not in seen:
            total -= RESPECT_PENALTY[finding.rule]
            seen.add(finding.rule)
    value = 1.0 / (1.0 + math.exp(-(0.6 + total)))
    positive = tuple(s for s in spans if not _overlaps_any(s, findings))
    return DimensionScore("respect", round(value, 3), positive)


_CONDOLENCE = compile_fast(r"\b(?:sorry (?:about|for|to hear about) (?:the (?:loss|death) of )?your (?:late )?\w+|"
                          r"sorry for your loss|condolences)\b")
_LATE = rx.compile(r"\b(?:my|our) late \w+")
_OWED_APOLOGY = rx.compile(r"\b(?:an|no|any|a proper|a full|the) $")
""""You should have had an apology": the word, not an apology made."""
_NO_NEED = rx.compile(r"\b(?:nothing to(?: be)?|no need to(?: be)?|don'?t be|needn'?t be) $", re.IGNORECASE)
""""There's nothing to be sorry for" answers their apology: it makes none."""
_HANDED_BACK = compile_fast(
    r"\b(?:please |you(?:'ll| will)? need to |you should |you can )(?:contact|call|speak to|ring|get in touch with|chase) "
    r"(?:your|the) (?:gp|doctor|surgery|bank|provider|insurer|landlord|airline|restaurant|retailer|seller|manufacturer|"
    r"council|local \w+|clinic|hospital|school|employer)|\bthe (?:account holder|policyholder|patient) (?:will )?(?:needs?|has) "
    r"to (?:contact|call)|\bto resolve this\b|\bplease (?:direct|send|address|take|raise) (?:your|any|this) (?:complaint|"
    r"claim|query|concerns?|issue) (?:to|with)\b"
)
"""A next step that is the customer's to take, with someone else: the problem handed back, not taken up."""
_THANKED_AND_PASSED_ON = rx.compile(
    r"\bthank(?:s| you)(?: so much| very much)? for (?:the |your |this )?(?:report|reporting|flagging|spotting|raising|"
    r"heads[- ]up|clip|screenshot|details)\b[^\n]{0,200}?\b(?:i|we)(?:'ve| have) (?:just |now |already )?(?:passed|"
    r"sent|forwarded|logged|reported|raised|escalated|flagged|shared)\b")
"""A calm bug report answered "Thanks for the report, I've passed this to the QA team": thanks and action are how a
lead acknowledges a report; "I'm sorry you can't damage it" in front of that reads as a form."""
_EASY = rx.compile(r"it'?s (?:really |quite |very )?(?:simple|easy|not (?:that )?(?:hard|difficult|complicated))")
_YES_BEFORE = rx.compile(r"\b(?:yes|yep|of course|sure|definitely|absolutely)\b[^.!?\n]*\Z")
""""It's easy" tells someone who struggled that they shouldn't have; said with the yes to someone asking whether there
is a way ("Yes, there's definitely a way, and it's easy"), it reassures. After steps they may not be able to follow
("Log in to the app… It's really easy!" to someone without a smartphone) it condescends."""
_FIXED_NOW = rx.compile(r"(?:^|[,—–-][ \t]*|[.!][ \t]+)(?:on it|on it now|done|sorted|fixed|got you|got it|"
                        r"leave it with me)(?:[.!,]|[ \t]+[—–-])|"
                        r"\b(?:which|and) (?:i|we)(?:'ve|"
                        r" have) (?:now |just )?(?:fixed|corrected|sorted|resolved|restored|reset|unlocked|reissued)\b|"
                        r"\b(?:i|we)(?:'ve| have) (?:now |just )?(?:approved|unblocked|unlocked|lifted the block|"
                        r"refunded|reversed|credited)\b",
                        re.MULTILINE)
"""A calm snag put right in the reply ("On it. The error was a date mismatch, which I've corrected.", "Sam here. Done –
it goes to no.14 tomorrow."): fixing it is the acknowledgement; "I'm sorry you still haven't got a boarding pass" in
front of "On it." only delays the fix."""
_WE_ACT = rx.compile(r"\bwe(?:'ve| have|'ll| will| are| can)? (?:just |now |already |today )?(?:set|put|arranged|booked|"
                     r"sent|raised|refunded|issued|cancelled|paused|frozen|froze|waived|added|called|asked|"
                     r"contacted|escalated|applied|spread|moved|reduced|stopped|held|placed|made|"
                     r"set up|going to)\b|\b(?:i'?m|i am|we'?re|we are) (?:now |just )?(?:asking|sending|arranging|booking|"
                     r"getting|calling|contacting|escalating|raising|passing|putting|setting|refunding|cancelling|"
                     r"waiving|holding|pausing|freezing)\b")
"""The agent or the team doing something itself ("we've put a hold on the account", "I'm asking our pharmacist")."""
_PRIORITISED = rx.compile(r"\b(?:marked|flagged|treated|treating|logged|raised|escalated|made) "
                          r"(?:this|it|your \w+|you) (?:as )?(?:a |an )?(?:top |high |urgent )?(?:priority|urgent|"
                          r"emergency)\b|\bpriority (?:services )?register\b")
"""Treating it as urgent ("I've marked this as a priority"): the care someone whose health hangs on the power needs."""
_SIGNED_WITH_APOLOGIES = rx.compile(r"(?:apologies|apology)[ \t]*,?[ \t]*$", re.MULTILINE)
"""An apology that ends its line ("With sincere apologies,") is the sign-off: how the letter ends, not one more
apology."""
_PENALTY = compile_fast(
    r"\b(?:late (?:payment )?(?:fee|charge)s?|(?:fee|charge|interest)s? (?:may|will|would) (?:apply|be (?:added|applied|charged))|"
    r"(?:may|will|would|could) (?:be )?(?:restrict|suspend|disconnect|cut|cancel|pass|refer|default)\w*|debt collect\w*|"
    r"(?:will|would) (?:still|also) be (?:charged|taken|billed|debited|collected)|"
    r"credit (?:file|rating|score)|legal action|(?:bill|payment|balance|amount|it) (?:is|are) (?:still )?due\b|"
    r"you can (?:still )?pay (?:it )?(?:in|via|through|online|by|at|using)|"
    r"(?:incurs?|attracts?) an? (?:\w+ )?(?:fee|charge|penalty)|"
    r"pay (?:the|your|this) (?:\w+ )?(?:fee|balance|charge|penalty))\b"
)
"""What happens if they don't pay, or when and how to: to someone who says they can't, a warning or a demand, not a
plan."""
_WAIVED = rx.compile(r"\b(?:no|not|nothing|without|won'?t|never|waiv\w*)\b[^.!?\n]{0,25}\Z")
"""What comes before a penalty that isn't one: "no suspension or late fee will apply", "we've waived the late fee"."""


def _warns_of_penalty(lower: str) -> bool:
    return any(not _WAIVED.search(lower, max(0, m.start() - 30), m.start()) for m in _PENALTY.finditer(lower))


def _findings(draft: Draft, customer: Customer, reply: Reply) -> list[Finding]:
    findings = _said(draft, customer, reply) + _left_out(draft, customer, reply)
    findings.sort(key=lambda f: (_SEVERITY_ORDER[f.severity], f.start))
    return findings


def _said(draft: Draft, customer: Customer, reply: Reply) -> list[Finding]:
    """Findings about words in the reply: blame, dismissal, lectures, stock phrases, shouting, refusals."""
    findings: list[Finding] = []
    text = draft.lower
    found: dict[str, int] = {}
    for index, m in _PHRASE_TABLE.matches(text):
        rule = PHRASE_RULES[index]
        if rule == "E405" and customer.asks and not customer.upset and _EASY.match(text, m.start()) \
                and _YES_BEFORE.search(text, max(0, m.start() - 60), m.start()):
            continue  # "Is there a way to renew without the internet?" "Yes, and it's easy.": reassurance
        if rule == "E103" and customer.joking and _BANTER.fullmatch(m.group(0)):
            continue  # "Asking for my sleep 😅" answered "Ha, poor you": laughing along, not pity
        found[rule] = found.get(rule, 0) + 1
        if found[rule] <= MAX_PER_RULE:
            findings.append(_finding(draft, rule, m.start(), m.end()))
    # "sorry you feel that way" is hollow rather than rude: leads read it as a stock line, not as disrespect
    for span in reply.non_apologies[:MAX_PER_RULE]:
        findings.append(_finding(draft, "E102", span.start, span.end, _NON_APOLOGY_WHY))
    for span in reply.brush_offs[:MAX_PER_RULE]:
        findings.append(_finding(draft, "E402", span.start, span.end))
    for span in reply.lectures[:MAX_PER_RULE]:
        findings.append(_finding(draft, "E407", span.start, span.end))
    for span in reply.thanks_for_sarcasm[:1]:
        findings.append(_finding(draft, "E405", span.start, span.end, _SARCASM_WHY))
    for span in reply.laughs_at_trouble[:1]:
        findings.append(_finding(draft, "E405", span.start, span.end, _LAUGHING_WHY))
    for span in reply.defensive[:1]:
        findings.append(_finding(draft, "E408", span.start, span.end))
    for span in reply.thanks_for_staying[:1]:
        findings.append(_finding(draft, "E406", span.start, span.end, STAYING_WHY))
    for span in reply.secrets[:1]:
        findings.append(_finding(draft, "E410", span.start, span.end))
    for span in reply.repeats[:1]:
        findings.append(_finding(draft, "E204", span.start, span.end))
    # a discount to someone who can't pay is help, not a sale
    if reply.upsell and (customer.problem or customer.praise) and "hardship" not in customer.stakes.kinds:
        findings.append(_finding(draft, "E111", reply.upsell[0].start, reply.upsell[0].end))
    for m in jargon_in(draft.view, customer.text)[:MAX_PER_RULE]:
        findings.append(_finding(draft, "E403", m.start(), m.end()))
    if not customer.praise:  # "That's AWESOME!!" to praise is delight, not shouting
        findings += _shouting(draft, customer.text)
    if reply.canned:
        for span in reply.stock[:MAX_PER_RULE]:
            rule = "E406" if _BOILERPLATE.search(span.text.lower()) else "E102"
            findings.append(_finding(draft, rule, span.start, span.end))
    else:
        # "for any inconvenience" apologises for nothing in particular, however specific the rest is
        for m in list(ANY_INCONVENIENCE.finditer(text))[:1] + list(CONDITIONAL_APOLOGY.finditer(text))[:1]:
            findings.append(_finding(draft, "E102", m.start(), m.end()))
    # "Please be advised that…" is office-speak whether or not a stock line sits beside it
    if (m := PATTERNS["E406"].search(text)) and not any(f.start <= m.start() < f.end for f in findings):
        findings.append(_finding(draft, "E406", m.start(), m.end()))
    if not reply.specific and not any(f.rule in ("E102", "E406") for f in findings) \
            and (m := FORM_LINE.search(text)):
        findings.append(_finding(draft, "E406", m.start(), m.end(), _FORM_WHY))
    apologies = [m for m in APOLOGY.finditer(text) if not _SIGNED_WITH_APOLOGIES.match(text, m.start())
                 and not _OWED_APOLOGY.search(text, 0, m.start()) and not _NO_NEED.search(text, 0, m.start())]
    if len(apologies) >= 3:
        findings.append(_finding(draft, "E105", apologies[2].start(), apologies[2].end()))
    if not FIRST_PERSON_ACTION.search(text) and (m := PATTERNS["E302"].search(text)):
        findings.append(_finding(draft, "E302", m.start(), m.end()))
    if not ALTERNATIVE.search(text):
        if m := PATTERNS["E303"].search(text):
            findings.append(_finding(draft, "E303", m.start(), m.end()))
        elif m := PATTERNS["E304"].search(text):
            findings.append(_finding(draft, "E304", m.start(), m.end()))
    return _without_repeats(findings)


def _old_loss(customer: Customer) -> bool:
    """Thanks that mention "my late mum" with no news of a death ("she gave to you for years and I've carried on in
    her name"): a thank-you to answer warmly, not a bereavement to condole."""
    said = customer.stakes.said("bereavement") or ""
    return customer.praise and bool(_LATE.match(said)) \
        and not _DEATH_NEWS.search(customer.text.lower())


_DEATH_NEWS = rx.compile(r"\b(?:died|dying|passed|funeral|put (?:him|her|them|\w+) to sleep|lost (?:my|our))\b")


def _left_out(draft: Draft, customer: Customer, reply: Reply) -> list[Finding]:
    """Findings about what this customer needed and the reply leaves out."""
    out: list[Finding] = []
    end = len(draft.original)
    stakes = customer.stakes
    # thanks for how a collapse on the train was handled is praise for the staff, not a crisis to hand over
    if stakes.crisis and not reply.handoff and not (customer.praise or customer.thanks_back):
        out.append(_finding(draft, "E502", 0, 0, _crisis_why(stakes.crisis)))
    if stakes.abuse == "threat" and not reply.ends_contact:
        out.append(_finding(draft, "E504", 0, 0))
    # no heating is a danger that grows slowly: a reply that has already acted on it ("I've added £30 of credit")
    # has done the safe thing, where a gas smell needs the safety words whatever else was done
    if "safety" in stakes.kinds and not reply.safety and not _warmed(customer, draft) \
            and not (customer.praise or customer.thanks_back):
        out.append(_finding(draft, "E501", 0, 0))
    # condolences beside thanks from someone bereaved ("thank you… about my late mum's account") are right
    mourning = ("bereavement" in stakes.kinds or bool(_LATE.search(customer.text.lower()))) \
        and bool(_CONDOLENCE.search(draft.lower))
    if customer.praise and ((reply.apologies and not mourning) or not reply.warm):
        sorry = APOLOGY.search(draft.lower)
        out.append(_finding(draft, "E108", sorry.start() if sorry else 0, sorry.end() if sorry else 0))
    # "No problem at all!" to someone moving a physio appointment is fine; to someone in trouble it isn't
    # "Good news first: your data is safe. I've just restored it." to someone panicking is the news they need
    delivered = stakes.grave in (None, "fraud", "hardship", "health") \
        and bool(ACTED.search(draft.lower) or _FOUND_IT.search(draft.lower) or _ALL_CLEAR.search(draft.lower))
    cheer = [span for span in reply.cheer if not (delivered and _NEWS_TO_CHEER.search(
        draft.lower, max(0, span.start - 20), span.end))]
    grieving = "bereavement" in stakes.kinds  # "a donation in memory of my wife": no problem, and no "Amazing!" either
    pressed = stakes.high or customer.in_a_hurry
    if (pressed and customer.problem or customer.upset or grieving) and cheer and not customer.praise:
        out.append(_finding(draft, "E107", cheer[0].start, cheer[0].end))
    routine = [kind for kind in stakes.kinds
               if kind != "safety" and not (kind == "bereavement" and _old_loss(customer))]
    lower = draft.lower
    cared = _cared_for(customer, reply, routine, lower)
    # "please ask the account holder to contact us" to someone whose husband held the account asks the dead to call
    deceased = reply.asks_the_dead if "bereavement" in routine else None
    addressed = reply.addressed_to_the_dead if "bereavement" in routine else None
    if addressed:
        out.append(_finding(draft, "E503", addressed.start, addressed.end,
                            f"The reply is addressed to {addressed.text}, who has died. Address it to the person who "
                            "wrote, and say you're sorry for their loss."))
    elif deceased:
        out.append(_finding(draft, "E503", deceased.start, deceased.end, _DECEASED_WHY))
    elif routine and customer.problem and not stakes.crisis and not cared:
        out.append(_finding(draft, "E503", 0, 0, _stakes_why(routine[0])))
    elif customer.needs_ack and not reply.acknowledges_them and not stakes.high \
            and not (not customer.upset and (_THANKED_AND_PASSED_ON.search(lower) or _FIXED_NOW.search(lower))) \
            and not _reassured_and_acted(customer, lower):
        if customer.upset:
            out.append(_finding(draft, "E104", 0, 0, _feeling_why(customer)))
        else:
            out.append(_finding(draft, "E101", 0, 0))
    if customer.needs_answer and not reply.answers:
        out.append(_finding(draft, "E201", 0, 0, _question_why(customer)))
    answered = customer.questions and reply.answers and not (stakes.high or customer.waiting or customer.stuck)
    if customer.needs_next_step and not reply.next_step and not stakes.crisis and not answered:
        out.append(_finding(draft, "E301", end, end))
    questions = [draft.lower[s.start : s.end] for s in draft.sentences if s.is_question]
    if questions and not any(OPEN_QUESTION.search(q) or REQUEST_QUESTION.match(q) for q in questions):
        if all(CLOSED_QUESTION.search(q) for q in questions) and customer.problem:
            first = next(s for s in draft.sentences if s.is_question)
            out.append(_finding(draft, "E202", first.start, first.end))
    if customer.language not in (ENGLISH, "und"):
        out.append(_finding(draft, "E409", 0, 0, f"The customer wrote in {language_name(customer.language)}: "
                                                 "answering in their language, or saying who can, shows you listened."))
    return out


def _cared_for(customer: Customer, reply: Reply, routine: list[str], lower: str) -> bool:
    """Whether the reply already takes care of a hard moment that is not a crisis, so no stakes finding is due."""
    # "Thanks for letting us know" honours a disclosure of money trouble; to a fall, an illness or a death it's not care
    thanked_only = bool(THANKS_FOR_TELLING.search(lower)) and not APOLOGY.search(lower) \
        and not EMPATHY.search(THANKS_FOR_TELLING.sub(" ", lower))
    hurt = bool(set(routine) & {"health", "medical", "bereavement"})
    # "I'm sorry to hear there was an issue with your order" to a parent whose child with a nut allergy ate peanuts
    # ...or "and apologise for any inconvenience" beside it
    rest = ANY_INCONVENIENCE.sub(" ", VAGUE_SORRY.sub(" ", lower)) if hurt else lower
    vague_only = rest != lower and not (EMPATHY.search(rest) or APOLOGY.search(rest))
    if reply.acknowledges_in_own_words and not vague_only \
            and not (hurt and thanked_only and not _PRIORITISED.search(lower)
                     and not ("vulnerable" in routine and _ACCOMMODATED.search(lower))):
        return True
    # "Good news first: your bag with the insulin in it has been loaded onto tonight's flight" is the care itself
    if "bereavement" not in routine and _reassured_and_acted(customer, lower):
        return True
    penalty = _warns_of_penalty(lower)
    if "hardship" in routine and reply.warm and reply.next_step and _EASED.search(lower) and not penalty:
        return True
    # a concrete next step is care for a calm "I can't pay this month"; someone who says they're terrified needs to
    # be heard too
    # ...but not when the reply's plan is what happens if they don't pay ("a late fee of £10 may apply"), or a cheaper
    # plan to someone who lost their job and asked to cancel
    # ...and not when the step hands the problem back: "please contact your GP to resolve this"
    # ...and not for someone whose mum's oxygen is running on a battery: "engineers are working on it" isn't heard
    return reply.next_step and reply.specific and not (_HANDED_BACK.search(lower) and not _WE_ACT.search(lower)) \
        and not vague_only and "bereavement" not in routine and not customer.seriously_ill \
        and customer.dependence is None \
        and (customer.feeling or "").lower() not in _AFRAID \
        and not ("hardship" in routine and (penalty or reply.upsell))


_ACCOMMODATED = rx.compile(r"\b(?:i|we)(?:'ve| have) (?:also )?(?:added|noted|arranged|booked|flagged|"
                           r"put)\b[^.!?\n]{0,60}?"
                           r"\b(?:assistance|support|needs?|dementia|wheelchair|access|adjustments?|register|carer)\b")
""""Thank you for letting us know. I've added wheelchair assistance and noted that he has dementia": the needs of
someone vulnerable, met in what was done, are the care; a sorry in front would only delay it."""


def _reassured_and_acted(customer: Customer, lower: str) -> bool:
    """"Good news, it was handed in", or "no money has left your account… I've cancelled the card", to someone
    frightened: the news and the action are the care, and "it makes sense that you're scared" in front only delays
    them."""
    if _GOOD_NEWS.search(lower) and _FOUND_IT.search(lower):
        return True
    afraid = (customer.feeling or "").lower() in _AFRAID | {"worried", "anxious", "panicked"}
    return afraid and bool(_SAFE_NOW.search(lower)) and bool(ACTED.search(lower))


_EASED = rx.compile(r"\b(?:(?:put|placed) a (?:[\w-]+ )?(?:hold|pause) on|paused (?:the|your|all)|(?:nobody|no one)"
                    r"(?:'s| is) (?:getting |going to be )?(?:cut off|disconnected)|you won'?t be (?:cut off|"
                    r"disconnected)|nothing will (?:be passed|go) to (?:enforcement agents|bailiffs|debt collectors)|"
                    r"(?:we )?won'?t (?:pass|send) (?:this|it|your account|anything) to (?:enforcement|bailiffs|debt))")
""""Nobody's getting cut off while we sort this. I've put a 30-day hold on your account": the pressure taken off,
which is the care someone who can't pay needs."""
_SAFE_NOW = rx.compile(r"\bno money has (?:left|gone|been taken)|\byour (?:money|account|card|details|savings) "
                       r"(?:is|are) (?:safe|secure|protected)|\byou(?:'re| are| won'?t be) (?:not )?(?:liable|"
                       r"out of pocket)|"
                       r"\b(?:exactly|absolutely) the right (?:thing|instinct|call)|\byou did (?:exactly )?the right "
                       r"thing")


def _warmed(customer: Customer, draft: Draft) -> bool:
    acted = ACTED.search(draft.lower) or _WARMING.search(draft.lower)
    return hazard_of(customer.text.lower()) == "cold" and bool(acted)


_WARMING = rx.compile(r"\b(?:treating (?:this|it) as (?:an? )?(?:emergency|urgent|priority|one)|(?:(?:oil|electric|fan|"
                      r"portable|temporary)[- ])?heaters? (?:dropped|brought|delivered|sent|round|over|to you)\b|"
                      r"heaters?\b[^.!?\n]{0,40}\b(?:leave|drop|bring|deliver)\w* (?:\w+ )?(?:with|to|round|off)\b|"
                      r"(?:can|will|'ll|have|'ve) (?:just )?(?:add|added|put|apply|applied|"
                      r"top(?:ped)? up) [^.!?\n]{0,40}?"
                      r"\bcredit\b[^.!?\n]{0,30}?\b(?:meter|account)\b[^.!?\n]{0,20}?\b(?:now|right now|today|tonight|"
                      r"straight away|immediately)\b)")
""""I'm treating this as an emergency… heaters dropped round within the hour", "I can add £30 of credit to your meter
right now": the cold is already being dealt with."""


_SEVERITY_ORDER = {"high": 0, "medium": 1, "low": 2}
PHRASE_RULES = ("E401", "E402", "E405", "E103")
"""Rules that fire on a phrase in the lower-cased draft, read together in one pass."""
_PHRASE_TABLE = compile_table(PATTERNS[rule].pattern for rule in PHRASE_RULES)
_BANTER = rx.compile(r"poor you|you poor")
_FORM_WHY = ("A pointer to the rules or a status line, with nothing of this customer's own in it, reads as a form "
             "letter: say what it means for them, in their words.")
_LAUGHING_WHY = ("A joke or a laugh at something that went wrong for them reads as laughing at them; humour can "
                 "come once the problem is sorted.")
_SARCASM_WHY = ("The customer's praise was sarcasm about what went wrong; thanking them for it reads as mocking "
                "them back.")
_NON_APOLOGY_WHY = ("Being sorry that someone *feels* upset, rather than for what happened, tells them the problem "
                    "is their reaction.")


_AFRAID = FRIGHTENED | {"panicking", "desperate"}


def _crisis_why(kind: str) -> str:
    said = {"self-harm": "they might hurt themselves", "abuse": "they are not safe at home",
            "medical": "there is a medical emergency"}[kind]
    return (f"The customer says {said}. That comes before anything else: say you're concerned, point them to "
            "emergency help, and hand over to your team's emergency route rather than improvising.")


_GOOD_NEWS = rx.compile(r"(?:good|great) news")
_NEWS_TO_CHEER = rx.compile(r"(?:(?:good|great) news|congratulations|congrats)!*$")
""""You haven't lost your place… you're in for Biology in September. Congratulations!": the news they were afraid
not to get, and cheering it is part of giving it."""
_FOUND_IT = rx.compile(r"\b(?:was|were|has been|have been|'s been) (?:found|handed in|located|traced|recovered|"
                       r"loaded on(?:to)?|put on(?:to)?)\b|\b(?:we(?:'ve| have)?|housekeeping|cleaners?|staff|"
                       r"security|(?:the|our) (?:\w+ )?team) (?:found|located|recovered|traced) "
                       r"(?:both|it|them|your|the)\b")
""""Good news, a blue rucksack was handed in at Piccadilly", "housekeeping found both": the news someone desperate for
it needs first."""
_ALL_CLEAR = rx.compile(r"\b(?:this|it|that)(?: is|'s| was)(?:n'?t| not) (?:fraud|a scam|a hack|someone else)\b|"
                        r"\b(?:your|the) (?:card |account |bank )?(?:details|money|account|card|data|savings) "
                        r"(?:is|are) (?:safe|secure|unaffected|not affected)\b|"
                        r"\bnothing (?:has been|was|'s been) (?:taken|stolen)\b|"
                        r"\byou (?:don'?t|won'?t|will not|do not) (?:need to (?:cancel|pay|reapply|start again)|lose "
                        r"(?:your|the))\b")
""""Good news, this isn't fraud… your card details are safe", "Good news: you don't need to cancel": the fear they
wrote with, lifted first."""
_DECEASED_WHY = ("Someone close to them has died, and this asks the account holder to act, who may be the person "
                 "who died. Say what the family or executor can do instead, and what you need from them.")


def _stakes_why(kind: str) -> str:
    what = {"bereavement": "someone close to them has died", "hardship": "they are in financial difficulty",
            "health": "their health is involved", "vulnerable": "they may need extra care and time",
            "fraud": "they fear fraud or that their account was taken over"}[kind]
    return (f"The customer's message says {what}; a reply that goes straight to process reads as if nobody "
            "noticed. Acknowledge it first, in plain words.")


def _feeling_why(customer: Customer) -> str:
    if customer.feeling:
        return (f'The customer says they are "{customer.feeling}" and the reply doesn\'t respond to it; '
                "when a feeling is ignored, people usually repeat it louder.")
    return RULES["E104"].why


def _question_why(customer: Customer) -> str:
    if not customer.asks:
        return ("Something is still wrong for the customer and the reply doesn't take it up; a reply that "
                "doesn't touch the problem is " + _UNANSWERED_PROBLEM)
    if not customer.questions:
        return "The customer asked for something and the reply doesn't take it up; " + _UNANSWERED
    question = customer.questions[0].strip()
    if len(question) > 90:
        question = question[:87].rstrip() + "…"
    return f'They asked "{question}" and the reply doesn\'t seem to answer it; {_UNANSWERED}'


_UNANSWERED = "an unanswered question is the most common reason a customer writes again."
_UNANSWERED_PROBLEM = "the most common reason a customer writes again."


def _without_repeats(findings: list[Finding]) -> list[Finding]:
    """One finding per rule and place: two patterns that found the same words say it once."""
    seen: set[tuple[str, int]] = set()
    out = []
    for finding in findings:
        key = (finding.rule, finding.start)
        if key not in seen:
            seen.add(key)
            out.append(finding)
    return out


def _shouting(draft: Draft, customer: str) -> list[Finding]:
    """Capitals and "!!!" in the body. An address in capitals under the sign-off ("Freepost SVR CUSTOMER RELATIONS") is
    how addresses are written, not shouting."""
    out = []
    for m in PATTERNS["E404"].finditer(draft.view, 0, layout(draft.original).body_end):
        if _looks_like_code(m.group(0)) or _WARM_EXCLAIM.search(draft.lower, max(0, m.start() - 60), m.end()) \
                or _acronyms_in_a_sentence(draft.view, m) or (m.group(0)[0].isalnum() and m.group(0) in customer):
            # "Happy 30th birthday, Catherine!!!" is delight, not shouting; "ZX DIGITAL LTD", as the customer
            # wrote it, is a name
            continue
        out.append(_finding(draft, "E404", m.start(), m.end()))
        if len(out) == MAX_PER_RULE:
            break
    return out


_WARM_EXCLAIM = rx.compile(r"\b(?:happy|congrat\w*|thank\w*|welcome|glad|love|yay|wow|nice|great|awesome|amazing|"
                           r"enjoy|birthday|brilliant|fantastic)\b[^.?\n]*!{2,}")


def _acronyms_in_a_sentence(text: str, m: re.Match[str]) -> bool:
    """"check your SAML ACS URL config": short capitals between lower-case words name things, they don't shout."""
    words = re.findall(r"[A-Z]+", m.group(0))
    return bool(words) and max(map(len, words)) <= 4 and bool(re.search(r"[a-z]\W*\Z", text[: m.start()])) \
        and bool(re.match(r"\W*[a-z]", text[m.end() :]))


def _looks_like_code(token: str) -> bool:
    """Airport codes ("JFK LAX") and booking references ("KXJTPL") are capitals without being shouting:
    short runs of letters, or a lone word no one could say aloud because it has no vowel."""
    if not token[0].isalpha():
        return False
    words = re.findall(r"[A-Z]+", token)
    return max(len(w) for w in words) < 4 or (len(words) == 1 and not re.search(r"[AEIOUY]", token))


def _finding(draft: Draft, rule_id: str, start: int, end: int, why: str | None = None) -> Finding:
    rule = RULES[rule_id]
    return Finding(rule.id, rule.severity, start, end, rule.message, why or rule.why, rule.lesson)


def _span(draft: Draft, start: int, end: int) -> Span:
    return Span(start, end, draft.original[start:end])


def _overlaps_any(span: Span, findings: list[Finding]) -> bool:
    return any(f.start < span.end and span.start < f.end for f in findings)

