"""The offline rewrite: fix what the findings point at, keep everything else the agent wrote.

The rewriter works by small, explainable edits on the original text rather than
by generating a new reply: swap a blaming phrase, drop a dismissive one, add an
acknowledgement where there was none, add a next step. An edit that would touch
a fact (a number, id, name, link) is never made, and nothing it adds can promise
money, goods or a deadline, so the result is always safe to send as a draft.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import islice

from bot.coach.checks.context import STOPWORDS, Context, keywords, read_customer
from bot.coach.checks.facts import find_facts, overlaps_fact
from bot.coach.checks.jargon import JARGON, plain
from bot.coach.checks.model import Analysis, Change, Span
from bot.coach.checks.phrasing import acknowledgement, alternatives, coach_sentences, next_steps, pick_fitting
from bot.coach.checks.rules import APOLOGY, AT_THIS_TIME, DISMISSIVE_WHATEVER, PATTERNS, RULES
from bot.coach.text import OPENING, WORD, Draft, Sentence, read

DROP = "\x00drop"
"""Replacement marker: remove the whole sentence when nothing else in it matters."""

_PAST_MENTION = (
    r"(?: (?:in|on|during) (?:my|our|the) (?:last|previous|earlier|first|other) (?:email|e-mail|message|reply|"
    r"note|call|chat|response)| (?:before|earlier|previously|yesterday|already)| to you)?"
)
# (rule, phrase, replacement): the first matching phrase wins. An empty
# replacement removes the phrase; DROP removes its sentence when that sentence
# says nothing else (otherwise just the phrase); \1 repeats the phrase's first group.
_PHRASES: tuple[tuple[str, str, str], ...] = (
    ("E402", r"\b(?:please,? )?calm down\b", DROP),
    ("E402", r"\b(?:as i (?:already |previously |just |have )?(?:said|mentioned|stated|explained|told you)|"
             r"as (?:previously|already) (?:stated|mentioned|explained|said))" + _PAST_MENTION + r"\b", "to recap"),
    ("E402", r"\b(?:that'?s|that is|it'?s|it is|this is) not my (?:department|job|area|responsibility)\b",
     "another team handles this, and I'll connect you with them"),
    ("E402", r"\b(?:that'?s|that is|it'?s|it is|this is) not my (?:problem|fault)\b|\bnot (?:our|my) "
             r"(?:problem|concern|issue)\b", DROP),
    ("E402", r"\bthere(?:'?s| is) nothing (?:more |else )?(?:we|i) can do\b|\bnothing (?:more|else) (?:we|i) "
             r"can do\b|\bnot much (?:we|i) can do\b",
     "I can't change this part myself, but let me see what else I can do"),
    ("E402", r"\bi can'?t help you( with (?:that|this|it|(?:your|the|this|that) \w+(?: \w+)?))?(?=,? but\b)",
     r"I'm not the right person to help you\1"),
    ("E402", r"\bi can'?t help you( with (?:that|this|it|(?:your|the|this|that) \w+(?: \w+)?))?\b",
     r"I'm not the right person to help you\1, but I'll find out who is"),
    ("E402", r"\bi don'?t know what (?:else )?to tell you\b", "let me look into this further"),
    ("E402", r"\b(?:it is what it is|deal with it|that'?s just (?:how|the way) it is|take it or "
             r"leave it|not a big deal|you'?re overreacting|no need to (?:get|be) (?:upset|angry|rude|worked "
             r"up)|stop (?:complaining|shouting|yelling))\b|" + DISMISSIVE_WHATEVER, DROP),
    ("E401", r"\byou should(?:'ve| have)\b", "it would have helped to have"),
    ("E401", r"\byou shouldn'?t have\b", "it would have been better not to have"),
    ("E401", r"\byou (?:failed|forgot|neglected|didn'?t bother) to\b", "it looks like you weren't able to"),
    ("E401", r"\byou were supposed to\b", "the next step was to"),
    ("E401", r"\bas you (?:were|should have been) (?:told|informed|advised)\b", "to recap"),
    ("E401", r"\byou were told\b", "we explained"),
    ("E401", r"\byou should know\b", "it's worth knowing"),
    ("E401", r"\bdue to your (?:own )?(?:error|mistake|failure|negligence)\b|\buser error\b", "a mix-up"),
    ("E401", r"\b(?:it'?s|it is|this is|that'?s|that is|was) (?:entirely |completely |totally |all )?"
             r"(?:your (?:own )?(?:fault|responsibility|problem|mistake|error)|on you)\b", DROP),
    ("E405", r"\b(?:obviously|clearly),? (?=you\b)", ""),
    ("E405", r"\bas (?:anyone|everyone|any customer) (?:knows|can see),?\s*", ""),
    ("E405", r"\bit'?s (?:really |quite |very )?(?:simple|easy|not (?:that )?(?:hard|difficult|complicated|"
             r"rocket science))\b", "here's how"),
    ("E405", r"\bsimply\s+", ""),
    ("E405", r"\bi'?m sure (?:even )?you (?:understand|know|realise|realize)\b", "as you may know"),
    ("E405", r"\bi'?m sure (?:even )?you can\b", "you can"),
    ("E405", r"\bwith all due respect,?\s*", ""),
    ("E405", r"\b(?:good luck with that|nice try|thanks for nothing)\b", DROP),
    ("E405", r"\bread the (?=manual|instructions|faq|terms)", "take a look at the "),
    ("E405", r"\bif you (?:had )?(?:bothered|cared) to\b", "if you"),
    ("E405", r",?\s*\b(?:sweetie|sweetheart|honey|hun|darling)\b", ""),
    ("E405", r"\blike i said\b" + _PAST_MENTION, "to recap"),
    ("E405", r"\bi(?:'ll| will) (?:say|explain) (?:it )?(?:again|slowly)\b", DROP),
    ("E103", r"\bi (?:really |truly |so |just )?(?:feel|felt|am|'m) (?:so |really |very |truly )?(?:sorry|bad) "
             r"for you\b|\bi'?m (?:so |really )?sorry for you\b", "I'm sorry you're dealing with this"),
    ("E103", r"\b(?:poor (?:you|thing)|i pity you|what a shame for you)\b", DROP),
    ("E406", r"\b(?:please be advised|kindly be (?:informed|advised))(?: that)?,?\s*",
     "I wanted to let you know that "),
    ("E406", r"\bwe regret to inform you\b", "I'm sorry to say"),
    ("E406", r"\byour (?:call|business|custom|request|patience) is (?:very )?(?:important|valued)(?: to us)?\b",
     DROP),
    ("E406", r"\b(?:please )?do not hesitate to\b|\b(?:please )?don'?t hesitate to\b", "you're welcome to"),
    ("E406", r"\bwe value your feedback\b", "thank you for telling us"),
    ("E406", r"\bas per\b", "following"),
    ("E406", r"\bhereby\s+", ""),
    ("E406", r"\bthe aforementioned\b", "that"),
    ("E406", r"\bpursuant to\b", "under"),
    ("E406", AT_THIS_TIME, "right now"),
    ("E406", r"\bthank you for contacting (?:us|customer \w+)\b", "thanks for getting in touch"),
    ("E202", r"^\W*is there anything else (?:i|we) can (?:help you with|help with|do for you)\s*\?",
     "What else can I help you with?"),
    ("E202", r"^\W*do you have any (?:other |more |further )?questions\s*\?", "What questions do you still have?"),
)
_COMPILED = tuple((rule, re.compile(p, re.IGNORECASE | re.MULTILINE), r) for rule, p, r in _PHRASES)

# Who will act, said in the first person: "Your refund will be processed" becomes
# "I'll make sure your refund is processed"; "Someone will call you" becomes
# "I'll ask someone to call you".
_PASSIVE = re.compile(
    r"(?P<subject>(?:your|the|this|that|these|those|our|my|its) [^\W\d][\w'-]*(?: [^\W\d][\w'-]*){0,3}"
    r"|it|this|that) will be (?=(?:looked into|processed|reviewed|escalated|investigated|handled|forwarded|"
    r"passed on|checked|resolved|dealt with|addressed|updated|sent|fixed|actioned|taken care of)\b)",
    re.IGNORECASE,
)
_DELEGATED = re.compile(
    r"\b(?P<who>someone(?: from (?:the |our )?[^\W\d]+(?: team)?)?|(?:the|our|a) (?:relevant |appropriate |right )?"
    r"(?:[^\W\d]+ )?(?:team|department|agent|colleague|specialist)s?) will (?!not\b|never\b|be\b|have\b)(?=\w)",
    re.IGNORECASE,
)
_SIGN_OFF = re.compile(
    r"(?:[ \t]+\^\w+|\s*\n[ \t]*[-–—~]?[ \t]*[A-Z]\w*(?: [A-Z]\w*)?|[ \t]+[-–—~][ \t]*[A-Z]\w*(?: [A-Z]\w*)?"
    r"|\s*\n[ \t]*(?:thanks|thank you|cheers|best|regards|kind regards|best regards|warmly|all the best)"
    r"[^\n]{0,30}(?:\n[^\n]{1,30})?)\s*$",
    re.IGNORECASE,
)
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|your|our|this|that)\s+\Z", re.IGNORECASE)
_SAMPLE_WORDS = 80
"""Enough words to tell the language of a reply without reading all of a long one."""
_ENGLISH = frozenset(
    "i i'm i'll i've you your we our it is are was the a an and to of for in on at this that will be have "
    "can not with my me please thanks thank sorry hi hello there here".split()
)


@dataclass(frozen=True, slots=True)
class _Edit:
    start: int
    end: int
    text: str
    change: Change | None
    """None for a cut that another change explains (a stock phrase replaced by an acknowledgement)."""


def rewrite(analysis: Analysis, customer: str | None = None, variant: int = 0) -> tuple[str, tuple[Change, ...]]:
    """The draft with its findings fixed where that is safe, and one explanation per change."""
    draft = read(analysis.text)
    context = read_customer(customer)
    facts = find_facts(draft.original)
    rules = set(analysis.rules)
    # an English sentence pasted into a reply in another language helps no one
    english = bool(rules & (_ADDING | {"E102"})) and _reads_as_english(draft)
    edits = _phrase_edits(draft, rules, facts, context, replace_canned=english)
    edits += _ownership_edits(draft, rules, facts)
    edits += _shouting_edits(draft, rules, facts)
    edits += _apology_edits(draft, analysis, facts)
    edits = _without_overlaps(edits)
    text, changes = _apply(draft.original, edits)
    replaced = [draft.original[e.start : e.end].strip() for e in edits if e.change is None]
    if not english or not (rules & _ADDING or replaced):
        return text, tuple(changes)
    budget = _budget(text)
    seed = draft.original
    if rules & {"E101", "E104"} or replaced:
        # Two apologies are already plenty; a third would be over-apologising (E105).
        ack = acknowledgement(context, seed, variant, apologise=len(APOLOGY.findall(text)) < 2)
        text = _insert_opening(text, ack)
        budget += len(ack) + 1
        rule = "E104" if "E104" in rules else "E101" if "E101" in rules else "E102"
        action = f'Replaced "{" ".join(replaced)}" with' if replaced else "Added"
        changes.append(Change(rule, f'{action} "{ack}"', _ACK_WHY[rule]))
    if rules & {"E303", "E304"}:
        rule = "E303" if "E303" in rules else "E304"
        if addition := pick_fitting(alternatives(), seed, variant, budget - len(text) - 1):
            text = _insert_after_no(text, addition)
            changes.append(Change(rule, f'Added "{addition}"', RULES[rule].why))
    owned = any(e.change and e.change.rule == "E302" for e in edits)
    if rules & {"E301", "E302"} and not owned:
        rule = "E301" if "E301" in rules else "E302"
        room = budget - len(text) - 1
        if addition := pick_fitting(next_steps(), seed, variant, room) or pick_fitting(
            next_steps(short=True), seed, variant, room
        ):
            text = _append_before_sign_off(text, addition)
            changes.append(Change(rule, f'Added "{addition}"', RULES[rule].why))
    return text, tuple(changes)


_ADDING = frozenset({"E101", "E104", "E301", "E302", "E303", "E304"})
"""Findings the rewriter answers by adding a sentence of its own."""
_ACK_WHY = {
    "E101": "Naming what the customer is going through first shows you heard them before you solve anything.",
    "E104": "The customer told you how they feel; saying it back is what lets them stop repeating it.",
    "E102": "A specific acknowledgement of their situation replaces the stock phrase customers tune out.",
}


def _budget(text: str) -> int:
    """About twice the agent's own words, plus the acknowledgement the coach wrote.

    Sentences the coach added on an earlier pass don't count as the agent's, so a
    rewrite of a rewrite gets the same budget and makes no addition the first pass left out.
    """
    own, acknowledgements = len(text), 0
    for kind, span in coach_sentences(text):
        own -= len(span) + 1
        if kind == "acknowledgement":
            acknowledgements += len(span) + 1
    return 2 * max(own, 0) + acknowledgements


def _reads_as_english(draft: Draft) -> bool:
    """Mostly Latin letters and enough everyday English words that an English sentence added to it fits."""
    sample = islice((m.group(0) for m in WORD.finditer(draft.lower)), _SAMPLE_WORDS)
    words = [w.replace("’", "'") for w in sample if len(w) > 1]
    letters = sum(len(w) for w in words)
    if not words or sum(len(w) for w in words if w.isascii()) < 0.6 * letters:
        return False
    common = sum(w in _ENGLISH or w in STOPWORDS for w in words)
    return len(words) < 4 or common >= 0.15 * len(words)


def _replace_canned(context: Context) -> bool:
    """Only swap a stock phrase when the customer's message gives us something specific to say."""
    return bool(context.topic or context.problem)


def _phrase_edits(
    draft: Draft, rules: set[str], facts: tuple[Span, ...], context: Context, replace_canned: bool
) -> list[_Edit]:
    edits = []
    for rule, pattern, replacement in _COMPILED:
        if rule not in rules:
            continue
        for m in pattern.finditer(draft.view):
            sentence = _sentence_at(draft, m.start())
            if replacement == DROP:
                edit = _drop(draft, sentence, m, facts, rule)
            else:
                edit = _replace(draft, sentence, m, _expand(draft, m, replacement), rule)
            if edit and not overlaps_fact(facts, edit.start, edit.end):
                edits.append(edit)
    if "E102" in rules and replace_canned and _replace_canned(context):
        edits += _canned_edits(draft, facts)
    for m in JARGON.finditer(draft.view) if "E403" in rules else ():
        edits.append(_edit(draft, m.start(), m.end(), _plain_here(draft, m), "E403"))
    return edits


def _expand(draft: Draft, m: re.Match[str], replacement: str) -> str:
    if "\\1" not in replacement:
        return replacement
    group = draft.original[m.start(1) : m.end(1)] if m.group(1) else ""
    return replacement.replace("\\1", group)


def _plain_here(draft: Draft, m: re.Match[str]) -> str:
    """The plain words for a term, fitted to the words before it: "the L2 queue" → "the specialist team queue"."""
    words = plain(m.group(0))
    after_determiner = _DETERMINER_BEFORE.search(draft.view, max(0, m.start() - 8), m.start())
    return words[len("our ") :] if after_determiner and words.lower().startswith("our ") else words


def _canned_edits(draft: Draft, facts: tuple[Span, ...]) -> list[_Edit]:
    """Cut stock phrases that stand alone; the specific acknowledgement replaces them."""
    edits = []
    for m in PATTERNS["E102"].finditer(draft.lower):
        sentence = _sentence_at(draft, m.start())
        tail = draft.lower[m.end() : sentence.end]
        if keywords(tail) or overlaps_fact(facts, m.start(), sentence.end):
            continue
        lead = draft.original[sentence.start : m.start()]
        if keywords(lead.lower()) and not OPENING.fullmatch(lead):
            continue
        end = _swallow_space(draft.original, sentence.end)
        edits.append(_Edit(m.start(), end, "", None))
    return edits


def _drop(draft: Draft, sentence: Sentence, m: re.Match[str], facts: tuple[Span, ...], rule: str) -> _Edit:
    """Remove the sentence when the phrase is all it says; a greeting that opens it stays."""
    start = _after_opening(draft, sentence, m.start())
    rest = draft.lower[start : m.start()] + " " + draft.lower[m.end() : sentence.end]
    if len(keywords(rest)) < 2 and not overlaps_fact(facts, start, sentence.end):
        end = _swallow_space(draft.original, sentence.end)
        removed = draft.original[start : sentence.end].strip()
        change = Change(rule, f'Removed "{removed}"', RULES[rule].why)
        return _Edit(start, end, "", change)
    return _replace(draft, sentence, m, "", rule)


def _after_opening(draft: Draft, sentence: Sentence, limit: int) -> int:
    opening = OPENING.match(draft.original)
    if opening and sentence.start < opening.end() <= limit:
        return opening.end()
    return sentence.start


def _replace(draft: Draft, sentence: Sentence, m: re.Match[str], replacement: str, rule: str) -> _Edit:
    start, end = m.start(), m.end()
    original = draft.original[start:end]
    if not replacement:
        end = _swallow_punctuation(draft.original, end)
    elif original[:1].isupper() or start == _after_opening(draft, sentence, start):
        replacement = replacement[:1].upper() + replacement[1:]
    return _edit(draft, start, end, replacement, rule)


def _edit(draft: Draft, start: int, end: int, replacement: str, rule: str) -> _Edit:
    original = draft.original[start:end].strip()
    if replacement:
        description = f'"{original}" → "{replacement.strip()}"'
    else:
        description = f'Removed "{original.strip(" ,")}"'
    return _Edit(start, end, replacement, Change(rule, description, RULES[rule].why))


def _ownership_edits(draft: Draft, rules: set[str], facts: tuple[Span, ...]) -> list[_Edit]:
    """Say who acts: "X will be looked into" → "I'll make sure X is looked into"."""
    if "E302" not in rules:
        return []
    edits = []
    for sentence in draft.sentences:
        passive = _PASSIVE.match(draft.view, _after_opening(draft, sentence, sentence.end), sentence.end)
        if passive and not overlaps_fact(facts, passive.start(), passive.end()):
            subject = draft.original[passive.start("subject") : passive.end("subject")]
            verb = "are" if _plural(subject) else "is"
            active = f"I'll make sure {subject[:1].lower()}{subject[1:]} {verb} "
            edits.append(_edit(draft, passive.start(), passive.end(), active, "E302"))
            continue
        for m in _DELEGATED.finditer(draft.view, sentence.start, sentence.end):
            if overlaps_fact(facts, m.start(), m.end()):
                continue
            who = draft.original[m.start("who") : m.end("who")]
            asked = f"I'll ask {who[:1].lower()}{who[1:]} to "
            edits.append(_edit(draft, m.start(), m.end(), asked, "E302"))
            break
    return edits


def _plural(subject: str) -> bool:
    last = subject.split()[-1].lower()
    return subject.lower() in {"these", "those"} or (last.endswith("s") and not last.endswith(("ss", "us", "is")))


def _shouting_edits(draft: Draft, rules: set[str], facts: tuple[Span, ...]) -> list[_Edit]:
    if "E404" not in rules:
        return []
    edits = []
    for m in PATTERNS["E404"].finditer(draft.view):
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


def _apology_edits(draft: Draft, analysis: Analysis, facts: tuple[Span, ...]) -> list[_Edit]:
    """Keep the first apology; drop later sentences that only apologise again."""
    if "E105" not in analysis.rules:
        return []
    edits = []
    for m in list(APOLOGY.finditer(draft.view))[1:]:
        sentence = _sentence_at(draft, m.start())
        rest = draft.lower[sentence.start : m.start()] + " " + draft.lower[m.end() : sentence.end]
        if len(keywords(rest)) < 3 and not overlaps_fact(facts, sentence.start, sentence.end):
            end = _swallow_space(draft.original, sentence.end)
            change = Change("E105", f'Removed "{sentence.text}"', RULES["E105"].why)
            edits.append(_Edit(sentence.start, end, "", change))
    return edits


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
        text, lift = _add(text, original[cut : edit.start], lift)
        lift = lift or (not edit.text and _at_sentence_start(text))
        text, lift = _add(text, edit.text, lift)
        cut = edit.end
    text, _ = _add(text, original[cut:], lift)
    changes = []
    for edit in edits:
        if edit.change and edit.change not in changes:
            changes.append(edit.change)
    return text.strip(), changes


def _add(text: str, piece: str, lift: bool) -> tuple[str, bool]:
    """Append a piece, capitalising it if a removal left it starting a sentence."""
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
    if left[-1] in " \t" and right[0] in ",.!?;:":
        left = left.rstrip(" \t")
    if left[-1:] == "," and right[0] in ".!?":
        left = left[:-1]
    if left[-1:].isalnum() and right[0].isalnum():
        left += " "
    return left + right


def _insert_opening(text: str, sentence: str) -> str:
    """Put the acknowledgement first, after any greeting, keeping the greeting's line break."""
    greeting = OPENING.match(text)
    cut = greeting.end() if greeting else 0
    head, rest = text[:cut], text[cut:]
    tail = rest.lstrip()
    gap = rest[: len(rest) - len(tail)]
    if head.rstrip().endswith(",") and not sentence.startswith("I") and "\n" not in gap:
        sentence = sentence[:1].lower() + sentence[1:]  # "Hi there, that sounds…"
    if head and "\n" in gap:
        head += gap
    elif head and not head.endswith((" ", "\n")):
        head += " "
    return f"{head}{sentence} {_capitalise(tail)}".rstrip()


def _insert_after_no(text: str, sentence: str) -> str:
    """Put the alternative right after the sentence that said no, where the customer needs it."""
    view = read(text)
    for rule in ("E303", "E304"):
        m = PATTERNS[rule].search(view.lower)
        if m:
            host = _sentence_at(view, m.start())
            return f"{text[: host.end]} {sentence}{text[host.end :]}"
    return _append_before_sign_off(text, sentence)


def _append_before_sign_off(text: str, sentence: str) -> str:
    sign_off = _SIGN_OFF.search(text)
    cut = sign_off.start() if sign_off and sign_off.start() > 0 else len(text)
    body, tail = text[:cut].rstrip(), text[cut:]
    if body and body[-1] not in ".!?":
        body += "."
    return f"{body} {sentence}{tail}" if body else sentence + tail


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


def _at_sentence_start(before: str) -> bool:
    return before.endswith("\n") or _last_mark(before, len(before)) in ("", ".", "!", "?", "\n")


def _last_mark(text: str, end: int) -> str:
    """The last character before ``end`` that isn't a space or tab ("" at the start)."""
    while end > 0 and text[end - 1] in " \t":
        end -= 1
    return text[end - 1] if end else ""


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:] if text[:1].islower() else text
