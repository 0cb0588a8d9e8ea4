"""The coach's voice during practice: one line after each reply, and hints that point without writing.

A note is either the reply's most serious problem or a specific piece of praise
that quotes the agent's own words, because "good job" teaches nothing and a
list of five findings in the middle of a conversation is too much to take in.
A hint says what the next reply needs and what this customer needs, but never
hands over a reply to copy: practice is for building the habit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.coach.checks.model import Analysis, Finding
from bot.coach.practice.model import Turn
from bot.coach.practice.reactions import Reading
from bot.coach.text import as_sentence, read

if TYPE_CHECKING:
    from bot.coach.practice.scenarios import Scenario

PRAISE_FROM = 60
"""A reply scoring this or more, with no serious problem, earns praise rather than a correction."""
QUOTE_CHARS = 70
DIMENSION_LESSONS = {
    "acknowledge": "acknowledge-feelings",
    "reflect": "reflect-and-validate",
    "explore": "open-questions",
    "own": "next-steps-follow-up",
    "respect": "respectful-tone",
}
PRAISE = {
    "acknowledge": "names what they're going through",
    "reflect": "shows you understood what happened to them",
    "explore": "invites them to tell you more",
    "own": "tells them what you'll do next",
    "respect": "keeps the tone warm and level",
}
TIPS = {
    "acknowledge": "Open by naming what {name} is going through, in your own words rather than a stock phrase.",
    "reflect": "Say back the specifics of what happened to {name}, so they know you read their message.",
    "explore": "Ask one open question (what or how) to find out what matters most to {name}.",
    "own": "Say what you will do next and when {name} will hear from you.",
    "respect": "Take out anything that sounds like blame or a lecture, and keep the tone level.",
}
SPECIAL: dict[str, tuple[str, str]] = {
    "code": ("That looks like code or a log: {name} sees gibberish. Say what it means in plain words.",
             "plain-words"),
    "language": ("{name} writes in English: reply in English so they can follow you.", "plain-words"),
    "length": ("That's {length:,} characters: in a chat, {name} will skim it. Keep to a few sentences: "
               "the feeling, the fix, the next step.", "plain-words"),
}


def note_for(analysis: Analysis, reading: Reading, scenario: Scenario) -> tuple[str, str | None]:
    """The one-line note for a reply, and the lesson behind it when it is a correction."""
    name = scenario.customer
    if reading.reaction == "insulted":
        return (
            f'Never insult a customer, whatever they say: "{_quote(reading.trigger or "")}" ends their trust. '
            "If they're abusive, set a calm boundary instead.",
            "respectful-tone",
        )
    if reading.trigger in SPECIAL:
        text, lesson = SPECIAL[reading.trigger]
        return text.format(name=name, length=len(analysis.text)), lesson
    if reading.reaction == "repeated":
        return f"You sent that reply already, and {name} noticed. Answer what they just said.", "personalize"
    findings = analysis.findings
    serious = next((f for f in findings if f.severity == "high"), None)
    if serious is None and analysis.score >= PRAISE_FROM:
        return _praise(analysis, reading), None
    top = serious or (findings[0] if findings else None)
    if top is None:
        weakest = min(analysis.dimension_values().items(), key=lambda item: item[1])[0]
        return TIPS[weakest].format(name=name), DIMENSION_LESSONS[weakest]
    return _correction(analysis, top), top.lesson


def hint_for(scenario: Scenario, last: Turn | None, given: int) -> str:
    """What to work on next, then what this customer needs, then one thing the agent may offer."""
    name = scenario.customer
    if last is None:
        focus = f"Start by naming what {name} is going through, then say what you'll do next and when."
    else:
        weakest = min(last.dimensions.items(), key=lambda item: item[1])[0]
        focus = TIPS[weakest].format(name=name)
    offer = scenario.may_offer[given % len(scenario.may_offer)]
    line = f"{focus} What {name} really needs: {as_sentence(scenario.needs)} You may offer: {as_sentence(offer)}"
    if scenario.may_not_offer:
        line += f" Don't offer: {as_sentence(scenario.may_not_offer[given % len(scenario.may_not_offer)])}"
    return line


def _praise(analysis: Analysis, reading: Reading) -> str:
    """Quote the sentences that did the work, so the agent knows exactly what to do again."""
    if reading.reaction == "boundary_held":
        return "Good: you held the line kindly and said what you can do instead."
    ranked = sorted(
        (d for d in analysis.dimensions.values() if d.evidence and d.name != "respect"), key=lambda d: -d.score
    )[:2]
    if not ranked:
        return "Good: clear and courteous. Next time, say their situation back to them."
    by_sentence: dict[str, list[str]] = {}
    for dimension in ranked:
        by_sentence.setdefault(_sentence_at(analysis.text, dimension.evidence[0].start), []).append(
            PRAISE[dimension.name]
        )
    parts = [f'"{_quote(sentence)}" {" and ".join(praise)}' for sentence, praise in by_sentence.items()]
    return "Good: " + "; ".join(parts) + "."


def _sentence_at(text: str, offset: int) -> str:
    for sentence in read(text).sentences:
        if sentence.start <= offset < sentence.end:
            return text[sentence.start : sentence.end]
    return text


def _correction(analysis: Analysis, finding: Finding) -> str:
    quoted = analysis.text[finding.start : finding.end]
    if quoted.strip():
        return f'{finding.message.rstrip(".")}: "{_quote(quoted)}".'
    return finding.message


def _quote(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= QUOTE_CHARS else text[: QUOTE_CHARS - 1].rstrip() + "…"
