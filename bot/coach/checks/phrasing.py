"""The words the offline rewriter may add, read from ``prompts/phrasing.toml``.

Wording is product copy: a support lead can edit or translate it without
touching code. Several wordings of each frame exist so ten rewrites don't open
with the same sentence; which one a draft gets is a stable function of the
draft, so the same draft always gets the same rewrite and "another version"
asks for the next wording.
"""

from __future__ import annotations

import tomllib
import zlib
from functools import cache

from bot.resources import prompts_dir


@cache
def wording() -> dict:
    return tomllib.loads((prompts_dir() / "phrasing.toml").read_text("utf-8"))


def pick(options: list[str] | tuple[str, ...], seed: str, variant: int) -> str:
    """A stable choice per draft, moved along by ``variant`` for "another version"."""
    return options[(zlib.crc32(seed.encode("utf-8", "replace")) + variant) % len(options)]


def safety_line(hazard: str) -> str:
    lines = wording()["safety"]
    return lines.get(hazard, lines["general"])


def crisis_line() -> str:
    return wording()["crisis"]["concern"]


def acknowledgement_frames(kind: str, *, upset: bool = False) -> list[str]:
    """``kind`` is one of the ``[acknowledgement]`` lists: with_moment, with_noun, and their ``_no_apology``.

    ``upset`` picks the stronger wording where the list has one (``with_moment_upset``): "I'm so sorry" belongs to
    an upset customer or a grave situation, not to a small snag.
    """
    frames = wording()["acknowledgement"]
    return frames.get(f"{kind}_upset", frames[kind]) if upset else frames[kind]


def grave_acknowledgements(kind: str) -> list[str]:
    """Care first for a death, money trouble, illness or fraud fear, by ``Stakes`` kind."""
    return wording()["grave"][kind]


def all_additions() -> list[str]:
    """Every sentence or slot the rewriter can add, placeholders unfilled: what the wording tests read."""
    frames = [*wording()["acknowledgement"].values(), *wording()["grave"].values()]
    return [line for lines in frames for line in lines] + [*wording()["safety"].values(), crisis_line()]
