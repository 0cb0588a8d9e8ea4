"""Block Kit for the team view: pure functions from a ``TeamReport`` to blocks, for ``/empathy team`` and the
App Home of a lead. Every figure comes from the team service's own sentences; names agents typed into their
profile are escaped like any other text a person wrote."""

from __future__ import annotations

from bot.services.team import (
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
from bot.slack.blocks import COMMAND, Block, context, divider, escape, plain, section

ASSIGN_WITH = f"`{COMMAND} team assign {{lesson}}` sends it to everyone as their next lesson"


def team_text(report: TeamReport) -> str:
    """The notification line, and what clients without blocks show."""
    return f"Team view: {headline(report)}"


def team_blocks(report: TeamReport) -> list[Block]:
    blocks: list[Block] = [{"type": "header", "text": plain("Your team", 150)}, section(escape(headline(report)))]
    if report.enough:
        blocks.append(section(_lines([week_line(week) for week in report.weeks])))
        if report.findings:
            blocks.append(section("*Most frequent findings*\n" + _lines(finding_line(f) for f in report.findings)))
        blocks.append(section(_lines([lessons_line(report), helpful_line(report)])))
        if report.practice:
            blocks.append(section("*Practice by scenario*\n" + _lines(practice_line(p) for p in report.practice)))
        focus = focus_line(report, ASSIGN_WITH)
        if focus:
            blocks.append(section(f":dart: {escape(focus)}"))
    if report.assignments:
        blocks.append(section("*Lessons assigned to the team*\n" + _lines(assignment_line(a)
                                                                          for a in report.assignments[:5])))
    if report.shared:
        blocks.append(divider())
        blocks.append(section("*Agents who chose to share their own figures*\n"
                              + _lines(shared_line(agent) for agent in report.shared)))
    blocks.append(context("Only leads see this. Team figures come from at least 5 agents; an agent appears by name "
                          "only if they chose to share. No draft is ever shown. `empathy-coach report --html` "
                          "draws the charts."))
    return blocks


def _lines(lines) -> str:
    return "\n".join(f"• {escape(line)}" for line in lines)
