"""What a terminal can show: colour, block characters, a progress bar that redraws in place.

Output that goes to a file or another program stays plain, so it can be
grepped, diffed and pasted into a ticket without escape codes.
"""

from __future__ import annotations

import os
import time
from collections.abc import Mapping
from typing import TextIO

from bot.coach.text import bar

CODES = {"bold": "1", "dim": "2", "red": "31", "green": "32", "yellow": "33", "cyan": "36"}


def wants_colour(stream: TextIO, environ: Mapping[str, str]) -> bool:
    """FORCE_COLOR beats NO_COLOR beats the TTY check (see no-color.org and force-color.org)."""
    if environ.get("FORCE_COLOR"):
        return True
    if environ.get("NO_COLOR") or environ.get("TERM") == "dumb":
        return False
    return stream.isatty()


class Style:
    def __init__(self, colour: bool) -> None:
        self.colour = colour

    def __call__(self, text: str, *names: str) -> str:
        if not self.colour or not names:
            return text
        codes = ";".join(CODES[name] for name in names)
        return f"\x1b[{codes}m{text}\x1b[0m"


def block_glyphs(stream: TextIO) -> tuple[str, str]:
    """Full and empty cells for bars; ASCII when the stream's encoding can't carry blocks (Windows pipes)."""
    try:
        "█░".encode(stream.encoding or "ascii")
    except (UnicodeEncodeError, LookupError):
        return "#", "-"
    return "█", "░"


def look(stream: TextIO) -> tuple[Style, tuple[str, str]]:
    """The style and bar glyphs ``stream`` can show; every command that prints a view asks this."""
    return Style(wants_colour(stream, os.environ)), block_glyphs(stream)


class ProgressBar:
    """A one-line counter on a terminal, redrawn at most ten times a second to keep big batches fast."""

    WIDTH = 30
    INTERVAL_SECONDS = 0.1

    def __init__(self, stream: TextIO, total: int) -> None:
        self.stream = stream
        self.total = total
        self.glyphs = block_glyphs(stream)
        self.drawn_at = float("-inf")

    def update(self, done: int) -> None:
        now = time.monotonic()
        if done < self.total and now - self.drawn_at < self.INTERVAL_SECONDS:
            return
        self.drawn_at = now
        fraction = done / self.total if self.total else 1.0
        line = f"{bar(fraction, self.WIDTH, self.glyphs)} {done}/{self.total} {fraction:4.0%}"
        self.stream.write(f"\r{line}")
        self.stream.flush()

    def close(self) -> None:
        """Erase the bar so the summary line that follows starts on a clean line."""
        self.stream.write("\r\x1b[K")
        self.stream.flush()
