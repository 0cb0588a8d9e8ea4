"""The team report as one self-contained HTML file: inline CSS and SVG charts, no script, nothing fetched.

A lead opens it offline, mails it, or prints it; every chart is drawn with axes,
labelled in words as well as colour (each line also has its own dash pattern),
so it still reads in black and white on paper.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from bot.coach.checks.model import DIMENSIONS
from bot.services.team import (
    NOT_ENOUGH,
    TeamReport,
    assignment_line,
    finding_line,
    focus_line,
    headline,
    helpful_line,
    lessons_line,
    practice_line,
    shared_line,
    week_line,
)

WIDTH, HEIGHT = 680, 260
LEFT, RIGHT, TOP, BOTTOM = 48, 200, 16, 40
COLOURS = ("#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e")
DASHES = ("", "6 3", "2 3", "8 3 2 3", "1 2")
ASSIGN_WITH = "in Slack: /empathy team assign {lesson}; in Teams: team assign {lesson}"

Series = tuple[str, Sequence[float | None]]

STYLE = """
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1a1a1a; margin: 2rem auto;
       max-width: 52rem; padding: 0 1rem; line-height: 1.45; }
h1 { font-size: 1.6rem; margin-bottom: .2rem; } h2 { font-size: 1.15rem; margin-top: 2rem; }
.lead { color: #444; } .note { color: #555; font-size: .9rem; }
figure { margin: 1rem 0; break-inside: avoid; page-break-inside: avoid; }
figcaption { font-weight: 600; margin-bottom: .3rem; }
svg { width: 100%; height: auto; max-width: 680px; }
svg text { font-size: 11px; fill: #1a1a1a; }
.axis { stroke: #333; stroke-width: 1.5; } .grid { stroke: #ddd; stroke-width: 1; }
.focus { border-left: 4px solid #1f77b4; padding: .4rem .8rem; background: #f3f7fb; }
table { border-collapse: collapse; } td, th { padding: .2rem .6rem; border-bottom: 1px solid #ddd; text-align: left; }
@media print { body { margin: 0; max-width: none; } h2 { break-after: avoid; page-break-after: avoid; }
               .focus { background: none; } }
"""


def report_html(report: TeamReport) -> str:
    who = escape(report.team or "everyone in the database")
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>Empathy Coach team report: {who}</title>",
        f"<style>{STYLE}</style></head><body>",
        f"<h1>Team report: {who}</h1>",
        f'<p class="lead">{escape(headline(report))}</p>',
    ]
    if report.enough:
        parts += _charts(report)
        parts += _section("Week by week", [week_line(week) for week in report.weeks])
        parts += _section("Most frequent findings", [finding_line(f) for f in report.findings])
        parts += _section("Lessons and feedback", [lessons_line(report), helpful_line(report)])
        parts += _section("Practice by scenario", [practice_line(p) for p in report.practice]
                          or [f"Practice: {NOT_ENOUGH}"])
        focus = focus_line(report, ASSIGN_WITH)
        if focus:
            parts.append(f'<p class="focus">{escape(focus)}</p>')
    if report.assignments:
        parts += _section("Lessons assigned to the team", [assignment_line(a) for a in report.assignments])
    if report.shared:
        parts += _section("Agents who chose to share their own figures", [shared_line(a) for a in report.shared])
    parts.append('<p class="note">No draft text is ever shown in this report. A figure drawn from fewer than five '
                 "agents is left out; agents appear by name only if they chose to share their figures.</p>")
    parts.append("</body></html>")
    return "\n".join(parts)


def _section(title: str, lines: list[str]) -> list[str]:
    if not lines:
        return []
    items = "".join(f"<li>{escape(line)}</li>" for line in lines)
    return [f"<h2>{escape(title)}</h2>", f"<ul>{items}</ul>"]


def _charts(report: TeamReport) -> list[str]:
    labels = [f"{week.start:%d %b}" for week in report.weeks]
    dimensions: list[Series] = [
        (name, [week.dimensions.get(name) if week.dimensions else None for week in report.weeks])
        for name in DIMENSIONS
    ]
    rules = [finding.rule for finding in report.findings]
    findings: list[Series] = [
        (f"{rule} {finding.label}", [float(week.findings[rule]) if rule in week.findings else
                                     (0.0 if week.checks is not None else None) for week in report.weeks])
        for rule, finding in zip(rules, report.findings)
    ]
    reach: list[Series] = [
        ("sent", [float(week.lessons.sent) if week.lessons else None for week in report.weeks]),
        ("opened", [float(week.lessons.opened) if week.lessons else None for week in report.weeks]),
    ]
    charts = [_figure("Score trend per dimension (0 to 1)", line_chart(labels, dimensions, 1.0))]
    if findings:
        charts.append(_figure("Findings by week (checks)", bar_chart(labels, findings)))
    if any(value is not None for _, values in reach for value in values):
        charts.append(_figure("Lesson reach (lessons)", bar_chart(labels, reach)))
    return charts


def _figure(caption: str, svg: str) -> str:
    return f"<figure><figcaption>{escape(caption)}</figcaption>{svg}</figure>"


def line_chart(labels: Sequence[str], series: Sequence[Series], y_max: float) -> str:
    """One line per series over the weeks; a withheld week (``None``) leaves a gap rather than a guess."""
    x, y = _scales(len(labels), y_max)
    body = []
    for index, (name, values) in enumerate(series):
        colour, dash = COLOURS[index % len(COLOURS)], DASHES[index % len(DASHES)]
        for run in _runs(values):
            points = " ".join(f"{x(i):.1f},{y(value):.1f}" for i, value in run)
            body.append(f'<polyline points="{points}" fill="none" stroke="{colour}" stroke-width="2.5" '
                        f'stroke-dasharray="{dash}"/>')
            body += [f'<circle cx="{x(i):.1f}" cy="{y(value):.1f}" r="3" fill="{colour}"/>' for i, value in run]
    return _svg(labels, series, y_max, body, lambda value: f"{value:.2f}")


def bar_chart(labels: Sequence[str], series: Sequence[Series]) -> str:
    """Grouped bars per week, one colour per series; a withheld week draws nothing."""
    y_max = max((value for _, values in series for value in values if value is not None), default=0.0) or 1.0
    x, y = _scales(len(labels), y_max)
    slot = (WIDTH - LEFT - RIGHT) / max(len(labels), 1)
    width = slot * 0.8 / max(len(series), 1)
    body = []
    for index, (_, values) in enumerate(series):
        colour = COLOURS[index % len(COLOURS)]
        for i, value in enumerate(values):
            if value is None:
                continue
            left = x(i) - slot * 0.4 + index * width
            body.append(f'<rect x="{left:.1f}" y="{y(value):.1f}" width="{width:.1f}" '
                        f'height="{HEIGHT - BOTTOM - y(value):.1f}" fill="{colour}"/>')
    return _svg(labels, series, y_max, body, lambda value: f"{value:.0f}", swatch=True)


def _scales(count: int, y_max: float):
    slot = (WIDTH - LEFT - RIGHT) / max(count, 1)

    def x(index: int) -> float:
        return LEFT + slot * (index + 0.5)

    def y(value: float) -> float:
        return HEIGHT - BOTTOM - (value / y_max) * (HEIGHT - TOP - BOTTOM)

    return x, y


def _svg(labels: Sequence[str], series: Sequence[Series], y_max: float, body: list[str], tick, *,
         swatch: bool = False) -> str:
    x, y = _scales(len(labels), y_max)
    bottom, right = HEIGHT - BOTTOM, WIDTH - RIGHT
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" role="img">']
    for step in range(5):
        value = y_max * step / 4
        parts.append(f'<line class="grid" x1="{LEFT}" x2="{right}" y1="{y(value):.1f}" y2="{y(value):.1f}"/>')
        parts.append(f'<text x="{LEFT - 6}" y="{y(value) + 4:.1f}" text-anchor="end">{tick(value)}</text>')
    parts += body
    parts.append(f'<line class="axis" x1="{LEFT}" x2="{LEFT}" y1="{TOP}" y2="{bottom}"/>')
    parts.append(f'<line class="axis" x1="{LEFT}" x2="{right}" y1="{bottom}" y2="{bottom}"/>')
    for i, label in enumerate(labels):
        parts.append(f'<text x="{x(i):.1f}" y="{bottom + 16}" text-anchor="middle">{escape(label)}</text>')
    for index, (name, _) in enumerate(series):
        colour, top = COLOURS[index % len(COLOURS)], TOP + 8 + index * 18
        if swatch:
            parts.append(f'<rect x="{right + 12}" y="{top - 8}" width="14" height="10" fill="{colour}"/>')
        else:
            parts.append(f'<line x1="{right + 10}" x2="{right + 30}" y1="{top - 3}" y2="{top - 3}" stroke="{colour}" '
                         f'stroke-width="2.5" stroke-dasharray="{DASHES[index % len(DASHES)]}"/>')
        parts.append(f'<text x="{right + 34}" y="{top}">{escape(name[:28])}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _runs(values: Sequence[float | None]) -> list[list[tuple[int, float]]]:
    """Stretches of weeks that have a value, each drawn as its own line."""
    runs: list[list[tuple[int, float]]] = [[]]
    for index, value in enumerate(values):
        if value is None:
            if runs[-1]:
                runs.append([])
        else:
            runs[-1].append((index, value))
    return [run for run in runs if run]
