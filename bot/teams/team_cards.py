"""The Adaptive Card of the team view, for leads: pure function from a ``TeamReport`` to a card, in the team
service's own sentences. Names agents gave their Teams profile go in ``TextRun`` inlines, shown as written."""

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
from bot.teams.cards import card, heading, text, verbatim

ASSIGN_WITH = "type `team assign {lesson}` to send it to everyone as their next lesson"


def team_card(report: TeamReport) -> dict:
    body = [text("Your team", size="Large", weight="Bolder"), text(headline(report))]
    if report.enough:
        body += [heading("Week by week"), *(text(week_line(week), spacing="None") for week in report.weeks)]
        if report.findings:
            body += [heading("Most frequent findings"), *(text(finding_line(f)) for f in report.findings)]
        body += [heading("Lessons and feedback"), text(lessons_line(report)), text(helpful_line(report))]
        if report.practice:
            body += [heading("Practice by scenario"), *(text(practice_line(p)) for p in report.practice)]
        focus = focus_line(report, ASSIGN_WITH)
        if focus:
            body.append(text(focus, weight="Bolder", separator=True))
    if report.assignments:
        body += [heading("Lessons assigned to the team"), *(text(assignment_line(a)) for a in report.assignments[:5])]
    if report.shared:
        body += [heading("Agents who chose to share their own figures"),
                 *(verbatim(shared_line(agent)) for agent in report.shared)]
    body.append(text("Only leads see this. Team figures come from at least 5 agents; an agent appears by name only if "
                     "they chose to share. No draft is ever shown.", isSubtle=True, separator=True))
    return card(body)
