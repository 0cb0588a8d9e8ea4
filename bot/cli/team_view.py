"""The team report for a terminal: the same sentences Slack and Teams show, and a row per week."""

from __future__ import annotations

from bot.cli.terminal import Style
from bot.coach.text import bar
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
)

BAR_CELLS = 10
ASSIGN_WITH = "assign it in Slack with /empathy team assign {lesson}, or with `team assign {lesson}` in Teams"


def render_report(report: TeamReport, style: Style, glyphs: tuple[str, str]) -> str:
    who = report.team or "everyone in the database"
    lines = [style(f"Team report: {who}", "bold"), headline(report)]
    if report.enough:
        lines += ["", style("Week by week", "bold")]
        lines += [_week_row(week, glyphs) for week in report.weeks]
        if report.findings:
            lines += ["", style("Most frequent findings", "bold")] + [f"  {finding_line(f)}" for f in report.findings]
        lines += ["", lessons_line(report), helpful_line(report)]
        if report.practice:
            lines += ["", style("Practice by scenario", "bold")] + [f"  {practice_line(p)}" for p in report.practice]
        focus = focus_line(report, ASSIGN_WITH)
        if focus:
            lines += ["", style(focus, "bold")]
    if report.assignments:
        lines += ["", style("Lessons assigned to the team", "bold")]
        lines += [f"  {assignment_line(a)}" for a in report.assignments]
    if report.shared:
        lines += ["", style("Agents who chose to share their own figures", "bold")]
        lines += [f"  {shared_line(agent)}" for agent in report.shared]
    lines += ["", style("No draft text is ever shown here. Agents appear by name only if they chose to share.",
                        "dim")]
    return "\n".join(lines)


def _week_row(week, glyphs: tuple[str, str]) -> str:
    start = week.start.isoformat()
    if not week.shown:
        return f"  {start}  {NOT_ENOUGH}"
    median = f"{week.median_score:5.0f}" if week.median_score is not None else "    -"
    checks = f"{week.checks:6d}" if week.checks is not None else "     -"
    drawn = bar((week.median_score or 0) / 100, BAR_CELLS, glyphs) if week.median_score is not None else ""
    return f"  {start}  {week.active_agents:4d} agents  {checks} checks  median {median} {drawn}"
