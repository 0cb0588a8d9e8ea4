"""``doctor``'s report for a terminal: one line per thing checked, failures in red with what to fix."""

from __future__ import annotations

from collections.abc import Sequence

from bot.cli.terminal import Style
from bot.health import PartReport, Status

MARKS = {Status.OK: ("OK", "green"), Status.NOTE: ("NOTE", "yellow"), Status.FAIL: ("FAIL", "red"),
         Status.OFF: ("OFF", "dim")}
MARK_WIDTH = max(len(mark) for mark, _ in MARKS.values())


def render_doctor(reports: Sequence[PartReport], style: Style) -> str:
    lines: list[str] = []
    for report in reports:
        lines.append(style(report.part, "bold"))
        for outcome in report.outcomes:
            mark, colour = MARKS[outcome.status]
            lines.append(f"  {style(mark.ljust(MARK_WIDTH), colour)}  {outcome.what}: {outcome.detail}")
    failed = [report.part for report in reports if report.status is Status.FAIL]
    lines.append("")
    if failed:
        lines.append(style(f"Fix {', '.join(failed)} (the FAIL lines say how), then run doctor again.", "red"))
    else:
        lines.append(style("Everything configured works.", "green"))
    return "\n".join(lines)
