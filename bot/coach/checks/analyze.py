"""Scoring a draft: five dimensions with their evidence, findings, one overall score.

Everything here is deterministic and offline; a check costs well under a
millisecond, so every front end can afford to re-score rewrites, including the
ones an LLM writes.
"""

from __future__ import annotations

import math
import re

from bot.coach.checks.context import NO_CONTEXT, Context, keywords, read_customer
from bot.coach.checks.cues import LEXICONS, RESPECT, compile_table, match_cues, saturate
from bot.coach.checks.model import DIMENSIONS, Analysis, DimensionScore, Finding, Span
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
from bot.coach.text import Draft, read

INTERROGATIVE = re.compile(
    r"\W*(?:(?:hi|hello|hey|well|so|and|but|ok|okay|oh|um|please|also)\W+)*"
    r"(?:(?:what|how|why|where|which|who|when)\W+(?:do|does|did|is|are|was|were|can|could|would|will|"
    r"should|have|has|had|may|might|about|else|kind|sort|much|many|long|often|happened|made|makes|"
    r"brings|exactly|'s|s)\b|what'?s\b|whats\b|how'?s\b|"
    r"(?:is|are|do|does|did|have|has|can|could|would|will|was|were|should)\s+(?:you|it|he|she|they|we|"
    r"there|the|your|that|this|i|anyone|anything)\b|any idea\b|let me ask\b|may i ask\b|"
    r"question for you\b)"
)
"""A question the writer forgot to end with "?", as chat messages often are. A sentence that only
starts with a question word ("When I called, ...") is not one, so the word must lead into a question."""
SELF_DIRECTED = re.compile(
    r"^\W*(?:\w+\W+){0,3}?(?:do|did|does|am|was|can|could|would|should|will|have|had|shall|can'?t|"
    r"couldn'?t|don'?t|didn'?t)\s+i\b"
)
"""A question the writer asks of themselves ("why did I...?"), which invites nobody to say more."""
STATEMENT_CHECK = re.compile(
    r"\W*(?:(?:so|and|oh|ok|okay|well|but)\W+)*(?:you(?!'?d like)|your|it sounds|sounds like|it seems|that|this|"
    r"to confirm|just to confirm|i|we|it)\b"
)
"""A statement ending in "?" ("so you were charged twice?"): checking understanding, not inviting more."""
INVITATION_SHARE = 0.8
"""How much of the explore score depends on the share of the reply spent inviting the customer to talk."""
WEIGHTS = {"acknowledge": 0.28, "reflect": 0.14, "explore": 0.12, "own": 0.24, "respect": 0.22}
PENALTY = {"high": 9, "medium": 5, "low": 2}
RESPECT_PENALTY = {"E401": 1.6, "E402": 1.6, "E405": 1.3, "E404": 0.9, "E406": 0.4, "E403": 0.3}
MAX_PER_RULE = 3
_POSITIVE_DRAFT = re.compile(
    r"\b(?:(?:thanks?|thank you) (?:so much |very much |a lot )?for (?:the |your )?(?:kind|lovely|nice|great|"
    r"shout|feedback|love|support|praise|compliment)|glad|great to|happy to hear|awesome|congrat\w*|"
    r"welcome aboard|enjoy|you(?:'re| are) (?:very |most )?welcome)\b"
)
"""Good news or thanks for praise, where there is no feeling to acknowledge; a "Thanks," sign-off is not."""
REQUEST_QUESTION = re.compile(
    r"\W*(?:(?:so|and|also|ok|okay)\W+)*(?:could|would|can|will) you (?:please |kindly |just |quickly )?"
    r"(?:send|share|confirm|provide|check|try|dm|email|call|reply|give|attach|upload|forward|fill|"
    r"pop|drop|let me know|follow|reset|restart|update|add|include|resend|click|open|take)\b"
)
"""A polite request put as a question ("could you send me a photo?"): it asks for an action, not a yes or no."""


def analyze(text: str, customer: str | None = None) -> Analysis:
    """Score ``text`` as a reply to ``customer`` (the customer's message, if known)."""
    draft = read(text)
    context = read_customer(customer)
    weights, evidence = _dimension_weights(draft, context)
    findings = _findings(draft, context, weights)
    respect = _respect(draft, findings)
    dimensions = {
        name: DimensionScore(name, round(saturate(weights[name]), 3), tuple(evidence[name]))
        for name in DIMENSIONS
        if name != "respect"
    }
    dimensions["respect"] = respect
    return Analysis(draft.original, _overall(dimensions, findings), dimensions, tuple(findings))


def _dimension_weights(draft: Draft, context: Context) -> tuple[dict[str, float], dict[str, list[Span]]]:
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
    if context.keywords:
        shared = keywords(draft.lower) & context.keywords
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
    score = 1.0 / (1.0 + math.exp(-(0.6 + total)))
    positive = tuple(s for s in spans if not _overlaps_any(s, findings))
    return DimensionScore("respect", round(score, 3), positive)


def _findings(draft: Draft, context: Context, weights: dict[str, float]) -> list[Finding]:
    findings: list[Finding] = []
    text = draft.lower
    found: dict[str, int] = {}
    for index, m in _PHRASE_TABLE.matches(text):
        rule = PHRASE_RULES[index]
        found[rule] = found.get(rule, 0) + 1
        if found[rule] <= MAX_PER_RULE:
            findings.append(_finding(draft, rule, m.start(), m.end()))
    for m in list(PATTERNS["E403"].finditer(draft.view))[:MAX_PER_RULE]:
        findings.append(_finding(draft, "E403", m.start(), m.end()))
    findings += _shouting(draft)
    findings += _canned(draft)
    apologies = list(APOLOGY.finditer(text))
    if len(apologies) >= 3:
        findings.append(_finding(draft, "E105", apologies[2].start(), apologies[2].end()))
    has_alternative = bool(ALTERNATIVE.search(text))
    if not FIRST_PERSON_ACTION.search(text):
        if m := PATTERNS["E302"].search(text):
            findings.append(_finding(draft, "E302", m.start(), m.end()))
    if not has_alternative:
        if m := PATTERNS["E303"].search(text):
            findings.append(_finding(draft, "E303", m.start(), m.end()))
        elif m := PATTERNS["E304"].search(text):
            findings.append(_finding(draft, "E304", m.start(), m.end()))
    findings += _missing(draft, context, weights)
    findings.sort(key=lambda f: (_SEVERITY_ORDER[f.severity], f.start))
    return findings


_SEVERITY_ORDER = {"high": 0, "medium": 1, "low": 2}
PHRASE_RULES = ("E401", "E402", "E405", "E103", "E406")
"""Rules that fire on a phrase in the lower-cased draft, read together in one pass."""
_PHRASE_TABLE = compile_table(PATTERNS[rule].pattern for rule in PHRASE_RULES)


def _missing(draft: Draft, context: Context, weights: dict[str, float]) -> list[Finding]:
    """Findings about what the reply leaves out rather than what it says."""
    out = []
    end = len(draft.original)
    positive = context.positive or (not context.complaint and bool(_POSITIVE_DRAFT.search(draft.lower)))
    if saturate(weights["acknowledge"]) < 0.3 and not positive:
        if context.emotion or context.shouting:
            out.append(_finding(draft, "E104", 0, 0))
        elif context.complaint or context is NO_CONTEXT:
            out.append(_finding(draft, "E101", 0, 0))
    questions = [draft.lower[s.start : s.end] for s in draft.sentences if s.is_question]
    if saturate(weights["own"]) < 0.25 and not positive and not questions:
        out.append(_finding(draft, "E301", end, end))
    if questions and not any(OPEN_QUESTION.search(q) or REQUEST_QUESTION.match(q) for q in questions):
        if all(CLOSED_QUESTION.search(q) for q in questions):
            first = next(s for s in draft.sentences if s.is_question)
            out.append(_finding(draft, "E202", first.start, first.end))
    if context.question_keywords and not (keywords(draft.lower) & context.question_keywords):
        out.append(_finding(draft, "E201", 0, 0))
    return out


def _shouting(draft: Draft) -> list[Finding]:
    out = []
    for m in PATTERNS["E404"].finditer(draft.view):
        if _looks_like_code(m.group(0)):
            continue
        out.append(_finding(draft, "E404", m.start(), m.end()))
        if len(out) == MAX_PER_RULE:
            break
    return out


def _looks_like_code(token: str) -> bool:
    """Airport codes ("JFK LAX") and booking references ("KXJTPL") are capitals without being shouting:
    short runs of letters, or a lone word no one could say aloud because it has no vowel."""
    if not token[0].isalpha():
        return False
    words = re.findall(r"[A-Z]+", token)
    return max(len(w) for w in words) < 4 or (len(words) == 1 and not re.search(r"[AEIOUY]", token))


def _canned(draft: Draft) -> list[Finding]:
    """Stock empathy phrases, unless the same sentence makes them specific."""
    out = []
    for m in PATTERNS["E102"].finditer(draft.lower):
        sentence = next(s for s in draft.sentences if s.start <= m.start() < s.end)
        rest = draft.lower[sentence.start : m.start()] + " " + draft.lower[m.end() : sentence.end]
        if len(keywords(rest)) < 3:
            out.append(_finding(draft, "E102", m.start(), m.end()))
    return out[:MAX_PER_RULE]


def _overall(dimensions: dict[str, DimensionScore], findings: list[Finding]) -> int:
    base = sum(WEIGHTS[name] * d.score for name, d in dimensions.items()) / 0.8
    penalty = sum(PENALTY[f.severity] for f in findings)
    return max(0, min(100, round(100 * base - penalty)))


def _finding(draft: Draft, rule_id: str, start: int, end: int) -> Finding:
    rule = RULES[rule_id]
    return Finding(rule.id, rule.severity, start, end, rule.message, rule.why, rule.lesson)


def _span(draft: Draft, start: int, end: int) -> Span:
    return Span(start, end, draft.original[start:end])


def _overlaps_any(span: Span, findings: list[Finding]) -> bool:
    return any(f.start < span.end and span.start < f.end for f in findings)
