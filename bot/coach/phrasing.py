"""The words the offline rewriter adds: acknowledgements, alternatives, next steps.

The wordings live in ``prompts/phrasing.toml`` so they can be edited (or
translated) without touching code. Several wordings of each exist so ten rewrites
don't open with the same sentence; which one a draft gets is a stable function of
the draft, so the same draft always gets the same rewrite and "another version"
asks for the next wording.
"""

from __future__ import annotations

import tomllib
import zlib
from functools import cache

from bot.coach.context import Context
from bot.resources import prompts_dir

_VERB = {
    "frustrating": "frustrate",
    "infuriating": "infuriate",
    "worrying": "worry",
    "disappointing": "disappoint",
    "confusing": "confuse",
}


@cache
def phrasing() -> dict:
    return tomllib.loads((prompts_dir() / "phrasing.toml").read_text("utf-8"))


def alternatives() -> tuple[str, ...]:
    return tuple(phrasing()["boundaries"]["alternatives"])


def next_steps(short: bool = False) -> tuple[str, ...]:
    return tuple(phrasing()["next_steps"]["short" if short else "long"])


def all_templates() -> tuple[str, ...]:
    ack = phrasing()["acknowledgement"]
    return (
        tuple(ack["with_situation"] + ack["feeling_only"])
        + alternatives()
        + next_steps()
        + next_steps(short=True)
    )


def pick(options: tuple[str, ...], seed: str, variant: int) -> str:
    """A stable choice per draft, moved along by ``variant`` for "another version"."""
    return options[(zlib.crc32(seed.encode("utf-8", "replace")) + variant) % len(options)]


def acknowledgement(context: Context, seed: str, variant: int) -> str:
    """An acknowledgement as specific as the customer's message allows."""
    ack = phrasing()["acknowledgement"]
    feeling = context.emotion or "frustrating"
    situation = _situation(context, ack)
    key = "with_situation" if situation else "feeling_only"
    template = pick(tuple(ack[key]), seed, variant)
    situation = situation or ""
    return template.format(
        situation=situation,
        Situation=situation[:1].upper() + situation[1:],
        feeling=feeling,
        verb=_VERB.get(feeling, "frustrate"),
    )


def _situation(context: Context, ack: dict) -> str | None:
    if context.topic and context.problem:
        return ack["situations"][context.problem].format(topic=context.topic)
    if context.topic:
        return ack["situations"]["topic_only"].format(topic=context.topic)
    if context.problem:
        return ack["bare_situations"][context.problem]
    return None
