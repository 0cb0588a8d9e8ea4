"""``doctor``'s report for a terminal: one line per thing checked, failures in red with what to fix."""

from __future__ import annotations

import textwrap
from collections.abc import Sequence

from bot.cli.terminal import Style
from bot.health import Outcome, PartReport, Status

MARKS = {Status.OK: ("OK", "green"), Status.NOTE: ("NOTE", "yellow"), Status.FAIL: ("FAIL", "red"),
         Status.OFF: ("OFF", "dim")}
MARK_WIDTH = max(len(mark) for mark, _ in MARKS.values())
INDENT = "  "


def render_doctor(reports: Sequence[PartReport], style: Style, width: int | None = None) -> str:
    """``width`` wraps each outcome under its text, for a terminal; without it each stays on one line for grep."""
    lines: list[str] = []
    for report in reports:
        lines.append(style(report.part, "bold"))
        for outcome in report.outcomes:
            lines.extend(_outcome_lines(outcome, style, width))
    failed = [report.part for report in reports if report.status is Status.FAIL]
    lines.append("")
    if failed:
        lines.append(style(f"Fix {', '.join(failed)} (the FAIL lines say how), then run doctor again.", "red"))
    else:
        lines.append(style("Everything configured works.", "green"))
    return "\n".join(lines)


def _outcome_lines(outcome: Outcome, style: Style, width: int | None) -> list[str]:
    mark, colour = MARKS[outcome.status]
    lead = f"{INDENT}{mark.ljust(MARK_WIDTH)}  "
    text = f"{outcome.what}: {outcome.detail}"
    # Paths, URLs and variable names are never split, so they can still be copied whole.
    wrapped = (textwrap.wrap(lead + text, width, subsequent_indent=" " * len(lead), break_long_words=False,
                             break_on_hyphens=False) if width else [lead + text])
    # The mark is coloured after wrapping, so escape codes never count towards the width.
    wrapped[0] = f"{INDENT}{style(mark.ljust(MARK_WIDTH), colour)}{wrapped[0][len(INDENT) + MARK_WIDTH:]}"
    return wrapped
