"""The team figures leads see, read straight from the stored numbers: never a draft, a customer message, a
practice reply or a feedback reason, whatever ``COACH_STORE_TEXT`` says.

Every read takes a team ("slack:T1", "teams:<tenant>", or ``None`` for everyone in the
database, which only the terminal asks for) and a period, and hands back counts per week;
deciding what is too few agents to show is the team service's job. A team is read as a
range of user ids ("slack:T1:" up to "slack:T1;"), so the indexes on ``user_id`` and
``created_at`` serve it; docs/team.md shows the query plans.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from bot.coach.checks.model import DIMENSIONS
from bot.coach.lessons.streaks import LessonDay
from bot.store.database import Store
from bot.store.records import iso


@dataclass(frozen=True, slots=True)
class WeekChecks:
    week: date
    agents: int
    checks: int
    dimensions: dict[str, float]
    scores: tuple[tuple[int, int], ...]
    """(score, how many checks had it), lowest first: enough for a median without reading every check."""


@dataclass(frozen=True, slots=True)
class FindingCount:
    rule: str
    checks: int
    agents: int


@dataclass(frozen=True, slots=True)
class WeekFinding:
    week: date
    rule: str
    checks: int
    agents: int


@dataclass(frozen=True, slots=True)
class WeekLessons:
    week: date
    sent: int
    agents: int
    """Agents who were sent at least one lesson that week."""
    opened: int
    """Lessons sent that week that the agent answered a quiz question of, or marked done."""
    answers: int
    """Quiz answers given that week (to any lesson), of which ``correct`` were right."""
    correct: int
    answering_agents: int


@dataclass(frozen=True, slots=True)
class WeekPractice:
    week: date
    sessions: int
    agents: int


@dataclass(frozen=True, slots=True)
class ScenarioPractice:
    scenario_id: str
    sessions: int
    agents: int
    finished: int
    """Sessions that reached an outcome (any but still running or expired)."""
    satisfied: int
    average_score: float | None


@dataclass(frozen=True, slots=True)
class FeedbackCount:
    rated: int
    helpful: int
    agents: int


@dataclass(frozen=True, slots=True)
class TeamFigures:
    """A period's counts, week by week, before the team service withholds what too few agents are behind."""

    checks: dict[date, WeekChecks]
    findings: tuple[FindingCount, ...]
    """Over the whole period, most frequent first."""
    week_findings: tuple[WeekFinding, ...]
    active: dict[date, int]
    """Agents who checked a draft, practised or answered a quiz, per week."""
    active_agents: int
    """The same over the whole period."""
    lessons: dict[date, WeekLessons]
    lesson_days: dict[str, list[LessonDay]]
    """Each agent's lesson days in the period and whether they finished them: what their streak counts."""
    practice: dict[date, WeekPractice]
    scenarios: tuple[ScenarioPractice, ...]
    feedback: FeedbackCount
    """Agents' own answers on their own checks (whether the rewrite helped); the reason is never read."""


@dataclass(frozen=True, slots=True)
class SharedAgent:
    """One agent who chose to share their own figures with their leads; numbers only."""

    user_id: str
    display_name: str | None
    checks: int
    average_score: float | None
    dimensions: dict[str, float]
    lessons_completed: int
    quiz_answers: int
    quiz_correct: int
    practice_sessions: int


@dataclass(frozen=True, slots=True)
class Assignment:
    id: int
    team: str
    lesson_id: str
    assigned_at: datetime
    reached: int
    """Agents the lesson has been sent to since it was assigned."""
    agents: int
    """Agents of the team when it was assigned, who are the ones it goes to."""


class TeamStore:
    """The team figures and lesson assignments of one open ``Store``."""

    def __init__(self, store: Store) -> None:
        self._store = store
        self._db = store.db

    # --- Figures ---------------------------------------------------------------------------------------------

    def figures(self, team: str | None, since: datetime, until: datetime) -> TeamFigures:
        """Everything the report counts over a period, in one pass over each table.

        The period's checks are read twice through the index on ``created_at``: SQLite sums the scores
        and dimensions per day and score (a few hundred rows), and one pass here counts the distinct
        agents, the findings per week and per period, and the feedback, where SQL would scan and sort
        again for each distinct count.
        """
        figures = _Tally()
        where, params = _period("c.created_at", team, since, until, column="c.user_id")
        sums = ", ".join(f"sum({name}), count({name})" for name in DIMENSIONS)
        with self._store._guard("read the team's figures"):
            for row in self._db.execute(
                f"SELECT substr(created_at, 1, 10) AS day, score, count(*), {sums} FROM checks AS c "
                f"WHERE {where} GROUP BY day, score",
                params,
            ):
                figures.scores(row)
            for row in self._db.execute(
                "SELECT c.created_at, c.user_id, c.rules, f.helpful FROM checks AS c "
                f"LEFT JOIN feedback AS f ON f.check_id = c.id AND f.user_id = c.user_id WHERE {where}",
                params,
            ):
                figures.check(row)
            where, params = _period("answered_at", team, since, until)
            for row in self._db.execute(
                f"SELECT user_id, answered_at, delivery_id, correct FROM quiz_answers WHERE {where}", params
            ):
                figures.answer(row)
            where, params = _period("started_at", team, since, until)
            for row in self._db.execute(
                "SELECT user_id, started_at, scenario_id, status, json_extract(summary, '$.score') "
                f"FROM practice_sessions WHERE {where}",
                params,
            ):
                figures.practice(row)
            where, params = _period("d.sent_at", team, since, until, column="d.user_id")
            for row in self._db.execute(
                "SELECT d.id, d.user_id, d.local_date, d.sent_at, c.delivery_id IS NOT NULL "
                "FROM lesson_deliveries AS d LEFT JOIN lesson_completions AS c ON c.delivery_id = d.id "
                f"WHERE d.status = 'sent' AND {where}",
                params,
            ):
                figures.lesson(row)
        return figures.result()

    def shared_agents(self, team: str | None, since: datetime, until: datetime) -> list[SharedAgent]:
        """The agents of the team who chose to share their figures with their leads, with those figures."""
        team_where, team_params = _team("id", team)
        averages = ", ".join(f"(SELECT avg({name}) FROM checks WHERE user_id = u.id AND created_at >= ? "
                             "AND created_at <= ?)" for name in DIMENSIONS)
        start, end = iso(since), iso(until)
        with self._store._guard("read the figures agents share with their leads"):
            rows = self._db.execute(
                "SELECT u.id, u.display_name, "
                "(SELECT count(*) FROM checks WHERE user_id = u.id AND created_at >= ? AND created_at <= ?), "
                "(SELECT avg(score) FROM checks WHERE user_id = u.id AND created_at >= ? AND created_at <= ?), "
                f"{averages}, "
                "(SELECT count(*) FROM lesson_completions WHERE user_id = u.id AND completed_at >= ? "
                "AND completed_at <= ?), "
                "(SELECT count(*) FROM quiz_answers WHERE user_id = u.id AND answered_at >= ? AND answered_at <= ?), "
                "(SELECT coalesce(sum(correct), 0) FROM quiz_answers WHERE user_id = u.id AND answered_at >= ? "
                "AND answered_at <= ?), "
                "(SELECT count(*) FROM practice_sessions WHERE user_id = u.id AND started_at >= ? "
                "AND started_at <= ?) "
                f"FROM users AS u WHERE u.share_with_leads = 1 AND {team_where} ORDER BY coalesce(u.display_name, u.id)",
                [start, end] * (2 + len(DIMENSIONS) + 4) + team_params,
            ).fetchall()
        agents = []
        for row in rows:
            dims = {name: float(value) for name, value in zip(DIMENSIONS, row[4:4 + len(DIMENSIONS)])
                    if value is not None}
            lessons, answers, correct, practice = (int(value) for value in row[4 + len(DIMENSIONS):])
            agents.append(SharedAgent(row[0], row[1], int(row[2]), None if row[3] is None else float(row[3]), dims,
                                      lessons, answers, correct, practice))
        return agents

    # --- Sharing -------------------------------------------------------------------------------------------------

    def sharing(self, user_id: str) -> bool:
        with self._store._guard(f"read whether {user_id} shares their figures"):
            row = self._db.execute("SELECT share_with_leads FROM users WHERE id = ?", [user_id]).fetchone()
        return row is not None and bool(row[0])

    def set_sharing(self, user_id: str, platform: str, share: bool) -> None:
        with self._store._writing(f"save whether {user_id} shares their figures"):
            self._store._upsert_user(user_id, platform)
            self._db.execute("UPDATE users SET share_with_leads = ? WHERE id = ?", [int(share), user_id])

    # --- Assignments ---------------------------------------------------------------------------------------------

    def assign(self, team: str, lesson_id: str, lead: str) -> Assignment:
        now = iso(self._store.clock())
        with self._store._writing(f"assign lesson {lesson_id} to {team}"):
            assignment_id = self._store._insert(
                "team_assignments", {"team": team, "lesson_id": lesson_id, "assigned_by": lead, "assigned_at": now}
            )
        return next(a for a in self.assignments(team) if a.id == assignment_id)

    def assignments(self, team: str) -> list[Assignment]:
        """Every lesson assigned to this team, newest first, with how many of its agents it has reached."""
        with self._store._guard(f"read the lessons assigned to {team}"):
            rows = self._db.execute(
                "SELECT a.id, a.team, a.lesson_id, a.assigned_at, "
                "(SELECT count(DISTINCT d.user_id) FROM lesson_deliveries AS d WHERE d.user_id > a.team || ':' "
                "AND d.user_id < a.team || ';' AND d.lesson_id = a.lesson_id AND d.kind = 'assigned' "
                "AND d.status = 'sent' AND d.claimed_at >= a.assigned_at), "
                "(SELECT count(*) FROM users AS u WHERE u.id > a.team || ':' AND u.id < a.team || ';' "
                "AND u.created_at <= a.assigned_at) "
                "FROM team_assignments AS a WHERE a.team = ? ORDER BY a.assigned_at DESC, a.id DESC",
                [team],
            ).fetchall()
        return [Assignment(int(row[0]), row[1], row[2], datetime.fromisoformat(row[3]), int(row[4]), int(row[5]))
                for row in rows]

    def pending_assignment(self, user_id: str, team: str) -> str | None:
        """The oldest lesson assigned to this agent's team that hasn't been sent to them since: their next lesson.

        An agent who joined after the assignment isn't owed it. A delivery of it that was claimed but not yet
        sent stays owed: the delivery log retries that same row, so it still goes out once.
        """
        with self._store._guard(f"read the lessons assigned to {user_id}"):
            row = self._db.execute(
                "SELECT a.lesson_id FROM team_assignments AS a JOIN users AS u ON u.id = ? "
                "WHERE a.team = ? AND u.created_at <= a.assigned_at AND NOT EXISTS ("
                "SELECT 1 FROM lesson_deliveries AS d WHERE d.user_id = u.id AND d.lesson_id = a.lesson_id "
                "AND d.kind = 'assigned' AND d.status = 'sent' AND d.claimed_at >= a.assigned_at) "
                "ORDER BY a.assigned_at, a.id LIMIT 1",
                [user_id, team],
            ).fetchone()
        return None if row is None else row[0]

    def forget_lead(self, user_id: str) -> None:
        """A lead who asks to be forgotten leaves their assignments behind without their name."""
        with self._store._writing(f"remove {user_id} from the lessons they assigned"):
            self._db.execute("UPDATE team_assignments SET assigned_by = NULL WHERE assigned_by = ?", [user_id])


def _team(column: str, team: str | None) -> tuple[str, list[str]]:
    """A team as a range of user ids, which an index on the column can seek; ``None`` is everyone."""
    if team is None:
        return "1", []
    return f"{column} > ? AND {column} < ?", [f"{team}:", f"{team};"]


def _period(
    at: str, team: str | None, since: datetime, until: datetime, *, column: str = "user_id"
) -> tuple[str, list[str]]:
    team_where, team_params = _team(column, team)
    return f"{at} >= ? AND {at} <= ? AND {team_where}", [iso(since), iso(until), *team_params]


def team_of(user_id: str) -> str | None:
    """"slack:T1:U2" → "slack:T1", as ``TEAM_OF`` reads it in SQL; ``None`` for a terminal user ("cli:alice"),
    who belongs to no team."""
    parts = user_id.split(":")
    return ":".join(parts[:2]) if len(parts) >= 3 else None


class _Tally:
    """Counts rows as ``TeamStore.figures`` reads them; nothing but ids, times and numbers goes in."""

    def __init__(self) -> None:
        self._weeks: dict[str, date] = {}
        self._checks: dict[date, list] = defaultdict(lambda: [None, 0, [0.0] * len(DIMENSIONS),
                                                               [0] * len(DIMENSIONS), Counter()])
        self._checkers: dict[date, set[str]] = defaultdict(set)
        self._rules: dict[str, tuple[str, ...]] = {}
        self._week_rules: dict[tuple[date, str], list] = defaultdict(lambda: [0, set()])
        self._active: dict[date, set[str]] = defaultdict(set)
        self._rated = self._helpful = 0
        self._raters: set[str] = set()
        self._practice: dict[date, list] = defaultdict(lambda: [0, set()])
        self._scenarios: dict[str, list] = defaultdict(lambda: [0, set(), 0, 0, 0.0, 0])
        self._deliveries: list[tuple[int, str, str, date, int]] = []
        self._answered: set[int] = set()
        self._answers: dict[date, list] = defaultdict(lambda: [0, 0, set()])

    def week(self, moment: str) -> date:
        """The Monday of a stored timestamp's week, as ``WEEK_OF`` reads it in SQL (cached per day)."""
        day = moment[:10]
        week = self._weeks.get(day)
        if week is None:
            parsed = date.fromisoformat(day)
            week = self._weeks[day] = parsed - timedelta(days=parsed.weekday())
        return week

    def scores(self, row: Sequence) -> None:
        """One (day, score) group of checks: how many, and each dimension's sum and count."""
        tally = self._checks[self.week(row[0])]
        tally[1] += row[2]
        for index in range(len(DIMENSIONS)):
            tally[2][index] += row[3 + 2 * index] or 0.0
            tally[3][index] += row[4 + 2 * index]
        if row[1] is not None:
            tally[4][row[1]] += row[2]

    def check(self, row: Sequence) -> None:
        """One check: its agent, its findings, the agent's answer on it. Called for every check of the period,
        so it does as little as it can: "[]" (no findings) is the commonest list, and each list is parsed once."""
        created_at, user_id, found, helpful = row
        week = self._weeks.get(created_at[:10]) or self.week(created_at)
        self._checkers[week].add(user_id)
        if found != "[]":
            rules = self._rules.get(found)
            if rules is None:
                rules = self._rules[found] = tuple(dict.fromkeys(json.loads(found)))
            week_rules = self._week_rules
            for rule in rules:
                weekly = week_rules[week, rule]
                weekly[0] += 1
                weekly[1].add(user_id)
        if helpful is not None:
            self._rated += 1
            self._helpful += bool(helpful)
            self._raters.add(user_id)

    def answer(self, row: Sequence) -> None:
        """A quiz answer given in the period: the agent was active, the lesson was opened, right or not."""
        user_id, answered_at, delivery_id, correct = row
        week = self._weeks.get(answered_at[:10]) or self.week(answered_at)
        self._active[week].add(user_id)
        self._answered.add(delivery_id)
        tally = self._answers[week]
        tally[0] += 1
        tally[1] += correct
        tally[2].add(user_id)

    def practice(self, row: Sequence) -> None:
        user_id, started_at, scenario_id, status, score = row
        week = self.week(started_at)
        self._practice[week][0] += 1
        self._practice[week][1].add(user_id)
        self._active[week].add(user_id)
        tally = self._scenarios[scenario_id]
        tally[0] += 1
        tally[1].add(user_id)
        if status not in ("active", "expired"):
            tally[2] += 1
            if score is not None:
                tally[4] += float(score)
                tally[5] += 1
        tally[3] += status == "satisfied"

    def lesson(self, row: Sequence) -> None:
        delivery_id, user_id, local_date, sent_at, completed = row
        week = self._weeks.get(sent_at[:10]) or self.week(sent_at)
        self._deliveries.append((delivery_id, user_id, local_date, week, completed))

    def result(self) -> TeamFigures:
        checks = {
            week: WeekChecks(week, len(self._checkers[week]), t[1],
                             {name: t[2][i] / t[3][i] for i, name in enumerate(DIMENSIONS) if t[3][i]},
                             tuple(sorted(t[4].items())))
            for week, t in sorted(self._checks.items())
        }
        period: dict[str, list] = defaultdict(lambda: [0, set()])
        for (_, rule), (n, users) in self._week_rules.items():
            period[rule][0] += n
            period[rule][1] |= users
        findings = sorted((FindingCount(rule, n, len(users)) for rule, (n, users) in period.items()),
                          key=lambda f: (-f.checks, f.rule))
        week_findings = [WeekFinding(week, rule, n, len(users))
                         for (week, rule), (n, users) in sorted(self._week_rules.items())]
        lessons: dict[date, list] = defaultdict(lambda: [0, set(), 0])
        days: dict[str, list[LessonDay]] = defaultdict(list)
        dates: dict[str, date] = {}
        for delivery_id, user_id, local_date, week, completed in self._deliveries:
            tally = lessons[week]
            tally[0] += 1
            tally[1].add(user_id)
            tally[2] += bool(completed) or delivery_id in self._answered
            day = dates.get(local_date) or dates.setdefault(local_date, date.fromisoformat(local_date))
            days[user_id].append(LessonDay(day, bool(completed)))
        weeks = {*lessons, *self._answers}
        no_answers = (0, 0, set())
        return TeamFigures(
            checks,
            tuple(findings),
            tuple(week_findings),
            {week: len(self._active[week] | self._checkers[week]) for week in {*self._active, *self._checkers}},
            len(set().union(*self._active.values(), *self._checkers.values())),
            {week: WeekLessons(week, lessons[week][0], len(lessons[week][1]), lessons[week][2],
                               *self._answers.get(week, no_answers)[:2], len(self._answers.get(week, no_answers)[2]))
             for week in weeks},
            {user: sorted(user_days, key=lambda day: day.local_date) for user, user_days in days.items()},
            {week: WeekPractice(week, n, len(users)) for week, (n, users) in self._practice.items()},
            tuple(ScenarioPractice(scenario, t[0], len(t[1]), t[2], t[3], t[4] / t[5] if t[5] else None)
                  for scenario, t in sorted(self._scenarios.items())),
            FeedbackCount(self._rated, self._helpful, len(self._raters)),
        )
