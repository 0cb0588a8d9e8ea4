"""The words the offline rewriter adds: acknowledgements, alternatives, next steps.

Several wordings of each, so ten rewrites don't open with the same sentence; which
one a draft gets is a stable function of the draft, so the same draft always
gets the same rewrite (and "another version" asks for the next wording).

None of these sentences may promise money, goods or a deadline, and none may be
a stock phrase the analyzer would flag: tests hold every template to both.
"""

from __future__ import annotations

import zlib

from bot.coach.context import Context

_VERB = {
    "frustrating": "frustrate",
    "infuriating": "infuriate",
    "worrying": "worry",
    "disappointing": "disappoint",
    "confusing": "confuse",
}

_WITH_SITUATION = (
    "I'm sorry about {situation}; I know how {feeling} that is.",
    "{Situation} is {feeling}, and I'm sorry you're dealing with it.",
    "I can see how {feeling} {situation} has been.",
    "{Situation} would {verb} anyone, and I'm sorry it happened to you.",
)
_FEELING_ONLY = (
    "I'm sorry this has been so {feeling}.",
    "I can hear how {feeling} this has been, and I'm sorry.",
    "That sounds really {feeling}, and I'm sorry you're dealing with it.",
    "This would {verb} anyone, and I'm sorry it happened to you.",
)
ALTERNATIVES = (
    "I know that isn't the answer you hoped for, so let me see what I can do instead.",
    "I realise that's disappointing, so let me look at what other options you have.",
    "That's not what you wanted to hear, I know; let me check what I can do instead.",
)
NEXT_STEPS = (
    "I'll keep an eye on this and update you as soon as I know more.",
    "I'll stay on this and let you know as soon as there's news.",
    "I'm keeping this with me, and I'll follow up with you as soon as I hear back.",
)
SHORT_NEXT_STEPS = ("I'll follow up with you.", "I'll keep you posted.", "I'll update you here.")

_SITUATIONS = {
    "missing": "{topic} going missing",
    "delayed": "such a long wait for {topic}",
    "broken": "{topic} not working",
    "cancelled": "{topic} being cancelled",
    "charged": "an unexpected charge on {topic}",
}
_BARE_SITUATIONS = {
    "missing": "something going missing",
    "delayed": "such a long wait",
    "broken": "this not working",
    "cancelled": "this cancellation",
    "charged": "an unexpected charge",
}


def pick(options: tuple[str, ...], seed: str, variant: int) -> str:
    """A stable choice per draft, moved along by ``variant`` for "another version"."""
    return options[(zlib.crc32(seed.encode("utf-8", "replace")) + variant) % len(options)]


def acknowledgement(context: Context, seed: str, variant: int) -> str:
    """An acknowledgement as specific as the customer's message allows."""
    feeling = context.emotion or "frustrating"
    situation = _situation(context)
    if situation:
        template = pick(_WITH_SITUATION, seed, variant)
    else:
        template = pick(_FEELING_ONLY, seed, variant)
        situation = ""
    return template.format(
        situation=situation,
        Situation=situation[:1].upper() + situation[1:],
        feeling=feeling,
        verb=_VERB.get(feeling, "frustrate"),
    )


def _situation(context: Context) -> str | None:
    if context.topic and context.problem:
        return _SITUATIONS[context.problem].format(topic=context.topic)
    if context.topic:
        return f"all this trouble with {context.topic}"
    if context.problem:
        return _BARE_SITUATIONS[context.problem]
    return None


ALL_TEMPLATES = _WITH_SITUATION + _FEELING_ONLY + ALTERNATIVES + NEXT_STEPS + SHORT_NEXT_STEPS
