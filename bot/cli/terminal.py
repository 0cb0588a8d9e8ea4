"""What a terminal can show: colour, block characters, progress that redraws in place (or prints lines elsewhere).

Output that goes to a file or another program stays plain, so it can be
grepped, diffed and pasted into a ticket without escape codes.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Mapping
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


class Progress:
    """How far a long run has got, on stderr, so it never looks stuck.

    On a terminal, a bar redrawn in place at most ten times a second; anywhere else (a log, CI, a pipe) one
    plain line every ``LINE_SECONDS``. ``fraction`` says how much of the input has been read, when that is
    known (a file, not a pipe).
    """

    REDRAW_SECONDS = 0.1
    LINE_SECONDS = 5.0
    WIDTH = 30

    def __init__(
        self, stream: TextIO, fraction: Callable[[], float | None], *, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.stream = stream
        self.fraction = fraction
        self.terminal = stream.isatty()
        self.every = self.REDRAW_SECONDS if self.terminal else self.LINE_SECONDS
        self.glyphs = block_glyphs(stream)
        self.clock = clock
        self.started = clock()
        self.shown_at = float("-inf") if self.terminal else self.started

    def update(self, done: int) -> None:
        now = self.clock()
        if now - self.shown_at < self.every:
            return
        self.shown_at = now
        fraction = self.fraction()
        read = "" if fraction is None else f" {min(fraction, 1.0):4.0%}"
        if self.terminal:
            shown = bar(fraction, self.WIDTH, self.glyphs) + " " if fraction is not None else ""
            self.stream.write(f"\r{shown}{done:,} rows{read}")
        else:
            rate = done / (now - self.started) if now > self.started else 0.0
            self.stream.write(f"{done:,} rows checked{read and f', {read.strip()} of the input read'}, "
                              f"{rate:,.0f} a second\n")
        self.stream.flush()

    def close(self) -> None:
        """Erase the bar so the summary line that follows starts on a clean line."""
        if self.terminal:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
