"""The words the offline rewriter adds: acknowledgements, alternatives, next steps.

The wordings live in ``prompts/phrasing.toml`` so they can be edited (or
translated) without touching code. Several wordings of each exist so ten rewrites
don't open with the same sentence; which one a draft gets is a stable function of
the draft, so the same draft always gets the same rewrite and "another version"
asks for the next wording.
"""

from __future__ import annotations

import dataclasses
import re
import tomllib
import zlib
from collections.abc import Iterator
from functools import cache

from bot.coach.checks.context import Context
from bot.coach.checks.promises import count_promises
from bot.coach.text import OPENING
from bot.resources import prompts_dir

_VERB = {
    "frustrating": "frustrate",
    "infuriating": "infuriate",
    "worrying": "worry",
    "disappointing": "disappoint",
    "confusing": "confuse",
}


@cache
def _phrasing() -> dict:
    return tomllib.loads((prompts_dir() / "phrasing.toml").read_text("utf-8"))


def alternatives() -> tuple[str, ...]:
    return tuple(_phrasing()["boundaries"]["alternatives"])


def next_steps(short: bool = False) -> tuple[str, ...]:
    return tuple(_phrasing()["next_steps"]["short" if short else "long"])


def all_templates() -> tuple[str, ...]:
    """Every sentence the rewriter can add, placeholders unfilled."""
    return _acknowledgements() + _additions()


def _acknowledgements() -> tuple[str, ...]:
    ack = _phrasing()["acknowledgement"]
    return tuple(
        ack["with_situation"] + ack["feeling_only"] + ack["with_situation_no_apology"] + ack["feeling_only_no_apology"]
    )


def _additions() -> tuple[str, ...]:
    return alternatives() + next_steps() + next_steps(short=True)


def pick(options: tuple[str, ...], seed: str, variant: int) -> str:
    """A stable choice per draft, moved along by ``variant`` for "another version"."""
    return options[_start(options, seed, variant)]


def pick_fitting(options: tuple[str, ...], seed: str, variant: int, room: int) -> str | None:
    """The first option, from ``pick``'s choice on, no longer than ``room`` characters.

    Trying every option (not only the picked one) is what keeps a rewrite of a rewrite
    unchanged: whether anything fits then depends on the room, not on the seed, and
    the seed differs between the two passes.
    """
    start = _start(options, seed, variant)
    return next((o for o in options[start:] + options[:start] if len(o) <= room), None)


def _start(options: tuple[str, ...], seed: str, variant: int) -> int:
    return (zlib.crc32(seed.encode("utf-8", "replace")) + variant) % len(options)


def acknowledgement(context: Context, seed: str, variant: int, *, apologise: bool = True) -> str:
    """An acknowledgement as specific as the customer's message allows, and never a promise.

    A customer chasing "my refund" gets their situation named without the word: an
    added "refund" reads as an offer, and the rewrite must not offer anything.
    ``apologise=False`` picks a wording without "sorry", for drafts that already say it enough.
    """
    sentence = _acknowledgement(context, seed, variant, apologise)
    if context.topic and any(count_promises(sentence).values()):
        sentence = _acknowledgement(dataclasses.replace(context, topic=None), seed, variant, apologise)
    return sentence


def coach_sentences(text: str) -> Iterator[tuple[str, str]]:
    """The sentences in ``text`` that the rewriter writes, as (kind, sentence).

    Lets a second pass tell the agent's own words from what an earlier pass added.
    Each sentence is matched whole (after any greeting that opens it), which keeps
    this cheap enough to run on every rewrite.
    """
    pattern = _coach_pattern()
    for m in _SENTENCE.finditer(text):
        sentence = m.group(0).strip()
        if len(sentence) > _LONGEST or not sentence.endswith((".", "!", "?")):
            continue
        opening = OPENING.match(sentence)
        found = pattern.fullmatch(sentence, opening.end() if opening else 0)
        if found:
            yield ("acknowledgement" if found.lastgroup == "acknowledgement" else "addition"), found.group(0)


_SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")
_LONGEST = 300
"""No sentence the coach writes is longer, even after a greeting and with a long situation."""


@cache
def _coach_pattern() -> re.Pattern[str]:
    acknowledgements = "|".join(_as_pattern(t) for t in _acknowledgements())
    additions = "|".join(re.escape(t) for t in _additions())
    return re.compile(rf"(?P<acknowledgement>{acknowledgements})|(?P<addition>{additions})", re.IGNORECASE)


def _as_pattern(template: str) -> str:
    pattern = re.escape(template)
    for name, fill in (("situation", r"[^.!?;\n]{1,80}?"), ("Situation", r"[^.!?;\n]{1,80}?"),
                       ("feeling", r"\w+"), ("verb", r"\w+")):
        pattern = pattern.replace(re.escape("{" + name + "}"), fill)
    return pattern


def _acknowledgement(context: Context, seed: str, variant: int, apologise: bool) -> str:
    ack = _phrasing()["acknowledgement"]
    feeling = context.emotion or "frustrating"
    situation = _situation(context, ack)
    key = ("with_situation" if situation else "feeling_only") + ("" if apologise else "_no_apology")
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
