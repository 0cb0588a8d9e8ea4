"""The team view for support leads, for every front end: how the team's empathy is trending, without surveillance.

Leads (``COACH_LEADS``) see their own workspace's or tenant's figures, week by week:
counts, medians and shares, each drawn only from five agents or more, so no figure
can be traced back to one person. An agent appears on their own only after choosing
to share their figures (``set_sharing``), and then only as numbers. No text an agent
or a customer wrote ever reaches this module: the store reads none for it.

A lead can send the lesson the report suggests (or any other) to the whole team as
everyone's next daily lesson; the lesson fan-out asks ``TeamStore.pending_assignment``
and the delivery log sends it once per agent.
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from bot.coach.checks.model import DIMENSIONS
from bot.coach.lessons.streaks import LessonDay, streak
from bot.coach.text import counted
from bot.services.lessons import Lessons
from bot.settings import Settings
from bot.store import Store
from bot.store.schema import TEAM_FLOOR
from bot.store.team import Assignment, FeedbackCount, SharedAgent, TeamFigures, TeamStore, WeekChecks, team_of

DEFAULT_WEEKS = 4
MAX_WEEKS = 52
TOP_FINDINGS = 5
NOT_ENOUGH = "Not enough agents yet to show this without identifying someone."
"""Shown in place of any figure drawn from fewer than ``TEAM_FLOOR`` agents."""



class NotALead(PermissionError):
    """Someone who isn't in ``COACH_LEADS`` asked for the team view; the message says so politely."""


class UnknownLesson(LookupError):
    """A lead tried to assign a lesson id the curriculum doesn't have; the message lists how to find one."""


# --- What a report holds ---------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class LessonWeek:
    sent: int
    opened: int
    quiz_accuracy: float | None


@dataclass(frozen=True, slots=True)
class Week:
    """One week's figures; every figure is ``None`` when fewer than ``TEAM_FLOOR`` agents are behind it."""

    start: date
    active_agents: int | None
    checks: int | None
    median_score: float | None
    dimensions: dict[str, float] | None
    practice_sessions: int | None
    lessons: LessonWeek | None
    findings: dict[str, int]
    """Checks each finding fired in, for findings seen across enough agents that week."""

    @property
    def shown(self) -> bool:
        return self.active_agents is not None


@dataclass(frozen=True, slots=True)
class Finding:
    rule: str
    label: str
    checks: int
    agents: int
    share: float
    """Of the team's checks in the period."""
    lesson_id: str
    lesson_title: str


@dataclass(frozen=True, slots=True)
class ScenarioResult:
    scenario_id: str
    sessions: int
    agents: int
    finished: int
    satisfied: int
    average_score: float | None


@dataclass(frozen=True, slots=True)
class Helpful:
    rated: int
    helpful: int

    @property
    def share(self) -> float:
        return self.helpful / self.rated


@dataclass(frozen=True, slots=True)
class Streaks:
    agents: int
    """Agents who were sent lessons in the period."""
    on_a_streak: int
    """Of them, those with at least one finished lesson day in a row now."""
    median: float


@dataclass(frozen=True, slots=True)
class Focus:
    """The one skill to work on next, and the lesson to assign for it."""

    skill: str
    reason: str
    lesson_id: str
    lesson_title: str


@dataclass(frozen=True, slots=True)
class AssignedLesson:
    lesson_id: str
    lesson_title: str
    assigned_at: datetime
    reached: int
    agents: int


@dataclass(frozen=True, slots=True)
class TeamReport:
    team: str | None
    """"slack:T1", "teams:<tenant>", or ``None`` for everyone in the database (the terminal's report)."""
    since: datetime
    until: datetime
    active_agents: int | None
    """``None`` when fewer than ``TEAM_FLOOR``: then no aggregate at all is shown."""
    weeks: tuple[Week, ...]
    findings: tuple[Finding, ...]
    practice: tuple[ScenarioResult, ...]
    helpful: Helpful | None
    streaks: Streaks | None
    focus: Focus | None
    shared: tuple[SharedAgent, ...]
    """Agents who chose to share their own figures with their leads; only they appear by name."""
    assignments: tuple[AssignedLesson, ...] = ()

    @property
    def enough(self) -> bool:
        return self.active_agents is not None

    @property
    def checks(self) -> int | None:
        return _total(week.checks for week in self.weeks)

    @property
    def practice_sessions(self) -> int | None:
        return _total(week.practice_sessions for week in self.weeks)

    def to_dict(self) -> dict:
        def rounded(value: float | None, digits: int = 3) -> float | None:
            return None if value is None else round(value, digits)

        return {
            "team": self.team,
            "since": self.since.isoformat(timespec="seconds"),
            "until": self.until.isoformat(timespec="seconds"),
            "minimum_agents": TEAM_FLOOR,
            "enough_agents": self.enough,
            "active_agents": self.active_agents,
            "checks": self.checks,
            "practice_sessions": self.practice_sessions,
            "weeks": [
                {
                    "week": week.start.isoformat(),
                    "active_agents": week.active_agents,
                    "checks": week.checks,
                    "median_score": rounded(week.median_score, 1),
                    "dimensions": None if week.dimensions is None
                    else {name: round(value, 3) for name, value in week.dimensions.items()},
                    "practice_sessions": week.practice_sessions,
                    "lessons": None if week.lessons is None else {
                        "sent": week.lessons.sent, "opened": week.lessons.opened,
                        "quiz_accuracy": rounded(week.lessons.quiz_accuracy),
                    },
                    "findings": week.findings,
                }
                for week in self.weeks
            ],
            "findings": [
                {"rule": f.rule, "label": f.label, "checks": f.checks, "agents": f.agents, "share": round(f.share, 3),
                 "lesson": f.lesson_id, "lesson_title": f.lesson_title}
                for f in self.findings
            ],
            "practice": [
                {"scenario": p.scenario_id, "sessions": p.sessions, "agents": p.agents, "finished": p.finished,
                 "satisfied": p.satisfied, "average_score": rounded(p.average_score, 1)}
                for p in self.practice
            ],
            "helpful": None if self.helpful is None else {
                "rated": self.helpful.rated, "helpful": self.helpful.helpful, "share": round(self.helpful.share, 3)},
            "streaks": None if self.streaks is None else {
                "agents": self.streaks.agents, "on_a_streak": self.streaks.on_a_streak,
                "median": self.streaks.median},
            "focus": None if self.focus is None else {
                "skill": self.focus.skill, "reason": self.focus.reason, "lesson": self.focus.lesson_id,
                "lesson_title": self.focus.lesson_title},
            "shared_agents": [
                {"user_id": a.user_id, "name": a.display_name, "checks": a.checks,
                 "average_score": rounded(a.average_score, 1),
                 "dimensions": {name: round(value, 3) for name, value in a.dimensions.items()},
                 "lessons_completed": a.lessons_completed, "quiz_answers": a.quiz_answers,
                 "quiz_accuracy": rounded(a.quiz_correct / a.quiz_answers) if a.quiz_answers else None,
                 "practice_sessions": a.practice_sessions}
                for a in self.shared
            ],
            "assignments": [
                {"lesson": a.lesson_id, "lesson_title": a.lesson_title,
                 "assigned_at": a.assigned_at.isoformat(timespec="seconds"), "reached": a.reached,
                 "agents": a.agents}
                for a in self.assignments
            ],
        }


# --- The service -----------------------------------------------------------------------------------------------


class Team:
    """What leads ask for (the report, assigning a lesson) and what agents choose (sharing their figures)."""

    def __init__(self, store: Store, settings: Settings, lessons: Lessons) -> None:
        self._store = store
        self._team = TeamStore(store)
        self.settings = settings
        self._lessons = lessons

    def is_lead(self, user_id: str, usergroups: Iterable[str] = ()) -> bool:
        """``usergroups``: the Slack user groups this person is in, of those ``COACH_LEADS`` names."""
        return self.settings.leads.include(user_id, frozenset(usergroups))

    def view(self, viewer: str, *, usergroups: Iterable[str] = (), weeks: int = DEFAULT_WEEKS,
             own_progress: str = "") -> TeamReport:
        """The report on the viewer's own workspace or tenant; raises ``NotALead`` for anyone else.

        ``own_progress`` names where the person sees their own figures on this platform, for the refusal.
        """
        self._require_lead(viewer, usergroups, own_progress)
        return self.report(team_of(viewer), weeks=weeks)

    def report(self, team: str | None, *, weeks: int = DEFAULT_WEEKS, now: datetime | None = None) -> TeamReport:
        """The figures of one team (everyone in the database for ``None``), over the last ``weeks`` weeks
        including this one, with no authorisation check: the terminal, whose user holds the database anyway."""
        until = now if now is not None else self._store.clock()
        weeks = max(1, min(weeks, MAX_WEEKS))
        since = _monday(until) - timedelta(weeks=weeks - 1)
        starts = tuple(since.date() + timedelta(weeks=n) for n in range(weeks))
        shared = tuple(self._team.shared_agents(team, since, until))
        assignments = self._assignments(team)
        figures = self._team.figures(team, since, until)
        if figures.active_agents < TEAM_FLOOR:
            return TeamReport(team, since, until, None, tuple(_withheld(start) for start in starts), (), (), None,
                              None, None, shared, assignments)
        findings = self._findings(figures)
        return TeamReport(
            team, since, until, figures.active_agents, _weeks(figures, starts), findings,
            tuple(ScenarioResult(p.scenario_id, p.sessions, p.agents, p.finished, p.satisfied, p.average_score)
                  for p in figures.scenarios if p.agents >= TEAM_FLOOR),
            _helpful(figures.feedback),
            _streaks(figures.lesson_days, until),
            self._focus(findings, list(figures.checks.values())),
            shared, assignments,
        )

    def assign(self, lead: str, lesson_id: str, *, usergroups: Iterable[str] = (), own_progress: str = "") -> str:
        """Make a lesson the next daily lesson of everyone in the lead's team, once each; returns what to tell them."""
        self._require_lead(lead, usergroups, own_progress)
        team = team_of(lead)
        if team is None:
            raise NotALead("Lessons are assigned to a Slack workspace or a Teams tenant, from Slack or Teams.")
        lesson = self._lessons.lesson(lesson_id.strip().lower())
        if lesson is None:
            raise UnknownLesson(f"There is no lesson “{lesson_id[:60]}”. The team view names the one to assign; "
                                "`empathy-coach lessons` lists them all.")
        assignment = self._team.assign(team, lesson.id, lead)
        return (f"“{lesson.title}” is now the next daily lesson for everyone in your team "
                f"({assignment.agents} agents), at their usual lesson time; each gets it once. "
                "Agents who paused or switched off lessons don't get it.")

    def sharing(self, user_id: str) -> bool:
        return self._team.sharing(user_id)

    def set_sharing(self, user_id: str, platform: str, share: bool) -> None:
        self._team.set_sharing(user_id, platform, share)

    def what_leads_see(self, user_id: str, change_in: str) -> str:
        """The sentence every progress view ends with, so each agent knows exactly what their leads can see."""
        if self.sharing(user_id):
            return ("Your leads can see your own figures, because you chose to share them: checks, average score "
                    "and dimensions, lessons done, quiz accuracy and practice sessions. Never your drafts. "
                    f"Stop sharing in {change_in}.")
        return (f"Your leads see only team totals drawn from at least {TEAM_FLOOR} agents, never your own figures "
                f"or your drafts. To share your own figures with them, turn it on in {change_in}.")

    def _require_lead(self, user_id: str, usergroups: Iterable[str], own_progress: str) -> None:
        if not self.is_lead(user_id, usergroups):
            where = f" Your own progress is in {own_progress}." if own_progress else ""
            raise NotALead("Sorry, the team view is only for support leads, so nobody's figures are shown to "
                           f"anyone else.{where} If you lead this team, ask whoever runs Empathy Coach to add you "
                           "to COACH_LEADS.")

    def _findings(self, figures: TeamFigures) -> tuple[Finding, ...]:
        from bot.coach.checks.rules import RULES  # the catalogue compiles its patterns; only a report needs them

        checks = sum(week.checks for week in figures.checks.values())
        found = []
        for count in figures.findings:
            rule = RULES.get(count.rule)
            if rule is None or count.agents < TEAM_FLOOR:
                continue
            found.append(Finding(rule.id, rule.label, count.checks, count.agents, count.checks / max(checks, 1),
                                 rule.lesson, self._lesson_title(rule.lesson)))
            if len(found) == TOP_FINDINGS:
                break
        return tuple(found)

    def _focus(self, findings: tuple[Finding, ...], weeks: list[WeekChecks]) -> Focus | None:
        from bot.coach.lessons.choice import DIMENSION_LABELS
        from bot.coach.practice.notes import DIMENSION_LESSONS  # what practice summaries point to, for the same skill

        if findings:
            top = findings[0]
            return Focus(top.label, f"“{top.label}” came up in {top.share:.0%} of the team's checks, across "
                                    f"{top.agents} agents.", top.lesson_id, top.lesson_title)
        counted = [week for week in weeks if week.agents >= TEAM_FLOOR]
        checks = sum(week.checks for week in counted)
        if not checks:
            return None
        averages = {name: sum(week.dimensions.get(name, 0.0) * week.checks for week in counted) / checks
                    for name in DIMENSIONS}
        weakest = min(averages, key=averages.__getitem__)
        lesson_id = DIMENSION_LESSONS[weakest]
        return Focus(DIMENSION_LABELS[weakest], f"{weakest.capitalize()} is the team's lowest dimension "
                                            f"({averages[weakest]:.2f}).", lesson_id, self._lesson_title(lesson_id))

    def _assignments(self, team: str | None) -> tuple[AssignedLesson, ...]:
        if team is None:
            return ()
        return tuple(_assigned(a, self._lesson_title(a.lesson_id)) for a in self._team.assignments(team))

    def _lesson_title(self, lesson_id: str) -> str:
        lesson = self._lessons.lesson(lesson_id)
        return lesson.title if lesson is not None else lesson_id


def _weeks(figures: TeamFigures, starts: tuple[date, ...]) -> tuple[Week, ...]:
    """Each week's figures, each withheld (``None``) when fewer than ``TEAM_FLOOR`` agents are behind it."""
    findings: dict[date, dict[str, int]] = {}
    for row in figures.week_findings:
        if row.agents >= TEAM_FLOOR:
            findings.setdefault(row.week, {})[row.rule] = row.checks
    weeks = []
    for start in starts:
        if figures.active.get(start, 0) < TEAM_FLOOR:
            weeks.append(_withheld(start))
            continue
        checks = figures.checks.get(start)
        enough_checks = checks is not None and checks.agents >= TEAM_FLOOR
        practice = figures.practice.get(start)
        lessons = figures.lessons.get(start)
        weeks.append(Week(
            start,
            figures.active[start],
            checks.checks if checks is not None and enough_checks else None,
            _median(checks.scores) if checks is not None and enough_checks else None,
            checks.dimensions if checks is not None and enough_checks else None,
            practice.sessions if practice is not None and practice.agents >= TEAM_FLOOR else None,
            LessonWeek(lessons.sent, lessons.opened,
                       lessons.correct / lessons.answers
                       if lessons.answers and lessons.answering_agents >= TEAM_FLOOR else None)
            if lessons is not None and lessons.agents >= TEAM_FLOOR else None,
            findings.get(start, {}),
        ))
    return tuple(weeks)


def _helpful(feedback: FeedbackCount) -> Helpful | None:
    if feedback.agents < TEAM_FLOOR or not feedback.rated:
        return None
    return Helpful(feedback.rated, feedback.helpful)


def _streaks(days: dict[str, list[LessonDay]], until: datetime) -> Streaks | None:
    if len(days) < TEAM_FLOOR:
        return None
    today = until.astimezone(UTC).date()
    lengths = [streak(agent_days, today).days for agent_days in days.values()]
    return Streaks(len(lengths), sum(1 for length in lengths if length), float(statistics.median(lengths)))


def _assigned(assignment: Assignment, title: str) -> AssignedLesson:
    return AssignedLesson(assignment.lesson_id, title, assignment.assigned_at, assignment.reached, assignment.agents)


def _withheld(start: date) -> Week:
    return Week(start, None, None, None, None, None, None, {})


def _monday(moment: datetime) -> datetime:
    day = moment.astimezone(UTC).date()
    return datetime.combine(day - timedelta(days=day.weekday()), time(), UTC)


def _median(histogram: tuple[tuple[int, int], ...]) -> float | None:
    """The median of scores given as (score, count) pairs, lowest first."""
    total = sum(count for _, count in histogram)
    if not total:
        return None
    middle = [(total - 1) // 2, total // 2]
    values = []
    seen = 0
    for score, count in histogram:
        while middle and middle[0] < seen + count:
            values.append(score)
            middle.pop(0)
        seen += count
    return sum(values) / len(values)


def _total(values: Iterable[int | None]) -> int | None:
    shown = [value for value in values if value is not None]
    return sum(shown) if shown else None


# --- Wording every front end shows -------------------------------------------------------------------------------


def period_phrase(report: TeamReport) -> str:
    weeks = len(report.weeks)
    return f"the {counted(weeks, 'week')} from {_day(report.since.date())} to {_day(report.until.date())}"


def headline(report: TeamReport) -> str:
    if not report.enough:
        return NOT_ENOUGH
    parts = [counted(report.active_agents or 0, "active agent")]
    if report.checks is not None:
        parts.append(counted(report.checks, "check"))
    if report.practice_sessions is not None:
        parts.append(counted(report.practice_sessions, "practice session"))
    return f"{', '.join(parts)} in {period_phrase(report)}."


def week_line(week: Week) -> str:
    """One week in a sentence: who was active, how many checks, the median score."""
    if not week.shown:
        return f"Week of {_day(week.start)}: {NOT_ENOUGH[0].lower()}{NOT_ENOUGH[1:]}"
    parts = [counted(week.active_agents or 0, "active agent")]
    if week.checks is not None:
        parts.append(counted(week.checks, "check"))
    if week.median_score is not None:
        parts.append(f"median score {week.median_score:.0f}")
    if week.practice_sessions is not None:
        parts.append(counted(week.practice_sessions, "practice session"))
    return f"Week of {_day(week.start)}: {', '.join(parts)}."


def finding_line(finding: Finding) -> str:
    return (f"“{finding.label}” ({finding.rule}): {finding.share:.0%} of checks, {finding.agents} agents. "
            f"Lesson: {finding.lesson_title} ({finding.lesson_id}).")


def lessons_line(report: TeamReport) -> str:
    weeks = [week.lessons for week in report.weeks if week.lessons is not None]
    parts = []
    if weeks:
        sent, opened = sum(w.sent for w in weeks), sum(w.opened for w in weeks)
        parts.append(f"{counted(sent, 'lesson')} sent, {opened} opened ({opened / sent:.0%})")
        accuracies = [w.quiz_accuracy for w in weeks if w.quiz_accuracy is not None]
        if accuracies:
            parts.append(f"quiz {sum(accuracies) / len(accuracies):.0%} right")
    if report.streaks is not None:
        parts.append(f"{report.streaks.on_a_streak} of {report.streaks.agents} agents on a streak "
                     f"(median {counted(round(report.streaks.median), 'lesson day')})")
    return "Lessons: " + ("; ".join(parts) if parts else NOT_ENOUGH[0].lower() + NOT_ENOUGH[1:])


def practice_line(result: ScenarioResult) -> str:
    score = f", average score {result.average_score:.0f}" if result.average_score is not None else ""
    return (f"{result.scenario_id}: {counted(result.sessions, 'session')} by {result.agents} agents, "
            f"{result.satisfied} ended with a satisfied customer{score}.")


def helpful_line(report: TeamReport) -> str:
    if report.helpful is None:
        return f"Rewrites found helpful: {NOT_ENOUGH[0].lower()}{NOT_ENOUGH[1:]}"
    return (f"Rewrites found helpful: {report.helpful.share:.0%} of the {counted(report.helpful.rated, 'check')} "
            "agents rated.")


def focus_line(report: TeamReport, assign_with: str) -> str | None:
    """The suggested focus; ``assign_with`` is how a lead sends the lesson on this platform, with ``{lesson}``."""
    focus = report.focus
    if focus is None:
        return None
    return (f"Suggested focus: {focus.skill}. {focus.reason} Lesson to assign: {focus.lesson_title} "
            f"({assign_with.format(lesson=focus.lesson_id)}).")


def shared_line(agent: SharedAgent) -> str:
    name = agent.display_name or agent.user_id.rsplit(":", 1)[-1]
    parts = [counted(agent.checks, "check")]
    if agent.average_score is not None:
        parts.append(f"average score {agent.average_score:.0f}")
    if agent.dimensions:
        parts.append(f"weakest: {min(agent.dimensions, key=agent.dimensions.__getitem__)}")
    parts.append(f"{counted(agent.lessons_completed, 'lesson')} done")
    if agent.quiz_answers:
        parts.append(f"quiz {agent.quiz_correct / agent.quiz_answers:.0%} right")
    parts.append(counted(agent.practice_sessions, "practice session"))
    return f"{name}: {', '.join(parts)}."


def assignment_line(assignment: AssignedLesson) -> str:
    return (f"{assignment.lesson_title} ({assignment.lesson_id}), assigned {_day(assignment.assigned_at.date())}: "
            f"sent to {assignment.reached} of {assignment.agents} agents so far.")


def _day(day: date) -> str:
    return f"{day.day} {day:%b %Y}"
