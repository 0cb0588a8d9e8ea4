"""The team figures leads see, read straight from the stored numbers: never a draft, a customer message, a
practice reply or a feedback reason, whatever ``COACH_STORE_TEXT`` says.

Every read takes a team ("slack:T1", "teams:<tenant>", or ``None`` for everyone in the
database, which only the terminal asks for) and a period, and hands back counts per week;
deciding what is too few agents to show is the team service's job. A team is read as a
range of user ids ("slack:T1:" up to "slack:T1;"), so the indexes on ``user_id`` and
``created_at`` serve it; docs/team.md shows the query plans.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime

from bot.coach.checks.model import DIMENSIONS
from bot.coach.lessons.streaks import LessonDay
from bot.store.database import Store
from bot.store.records import iso
from bot.store.schema import WEEK_OF


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

    def checks_by_week(self, team: str | None, since: datetime, until: datetime) -> list[WeekChecks]:
        where, params = _period("created_at", team, since, until)
        week = WEEK_OF.format("created_at")
        averages = ", ".join(f"avg({name})" for name in DIMENSIONS)
        with self._store._guard("read the team's checks"):
            rows = self._db.execute(
                f"SELECT {week} AS week, count(DISTINCT user_id), count(*), {averages} FROM checks "
                f"WHERE {where} GROUP BY week ORDER BY week",
                params,
            ).fetchall()
            histogram = self._db.execute(
                f"SELECT {week} AS week, score, count(*) FROM checks WHERE {where} AND score IS NOT NULL "
                "GROUP BY week, score ORDER BY week, score",
                params,
            ).fetchall()
        scores: dict[str, list[tuple[int, int]]] = defaultdict(list)
        for day, score, count in histogram:
            scores[day].append((int(score), int(count)))
        return [
            WeekChecks(date.fromisoformat(row[0]), int(row[1]), int(row[2]),
                       {name: float(value) for name, value in zip(DIMENSIONS, row[3:]) if value is not None},
                       tuple(scores[row[0]]))
            for row in rows
        ]

    def active_by_week(self, team: str | None, since: datetime, until: datetime) -> dict[date, int]:
        """Agents who checked a draft, practised or answered a lesson's quiz, per week."""
        with self._store._guard("read the team's active agents"):
            rows = self._db.execute(
                f"SELECT {WEEK_OF.format('at')} AS week, count(DISTINCT user_id) FROM ({_activity(team)}) "
                "GROUP BY week",
                _activity_params(team, since, until),
            ).fetchall()
        return {date.fromisoformat(row[0]): int(row[1]) for row in rows}

    def active_agents(self, team: str | None, since: datetime, until: datetime) -> int:
        with self._store._guard("count the team's active agents"):
            row = self._db.execute(
                f"SELECT count(DISTINCT user_id) FROM ({_activity(team)})", _activity_params(team, since, until)
            ).fetchone()
        return int(row[0])

    def findings(self, team: str | None, since: datetime, until: datetime) -> list[FindingCount]:
        where, params = _period("created_at", team, since, until)
        with self._store._guard("read the team's findings"):
            rows = self._db.execute(
                "SELECT rule.value AS rule, count(DISTINCT checks.id) AS n, count(DISTINCT user_id) "
                f"FROM checks, json_each(checks.rules) AS rule WHERE {where} "
                "GROUP BY rule.value ORDER BY n DESC, rule.value",
                params,
            ).fetchall()
        return [FindingCount(row[0], int(row[1]), int(row[2])) for row in rows]

    def findings_by_week(self, team: str | None, since: datetime, until: datetime) -> list[WeekFinding]:
        where, params = _period("created_at", team, since, until)
        with self._store._guard("read the team's findings by week"):
            rows = self._db.execute(
                f"SELECT {WEEK_OF.format('created_at')} AS week, rule.value AS rule, count(DISTINCT checks.id), "
                f"count(DISTINCT user_id) FROM checks, json_each(checks.rules) AS rule WHERE {where} "
                "GROUP BY week, rule.value ORDER BY week, rule.value",
                params,
            ).fetchall()
        return [WeekFinding(date.fromisoformat(row[0]), row[1], int(row[2]), int(row[3])) for row in rows]

    def lessons_by_week(self, team: str | None, since: datetime, until: datetime) -> list[WeekLessons]:
        where, params = _period("d.sent_at", team, since, until, column="d.user_id")
        with self._store._guard("read the team's lessons"):
            rows = self._db.execute(
                f"SELECT {WEEK_OF.format('d.sent_at')} AS week, count(*), count(DISTINCT d.user_id), "
                "sum(c.delivery_id IS NOT NULL OR EXISTS (SELECT 1 FROM quiz_answers AS q WHERE q.delivery_id = d.id)), "
                "coalesce(sum((SELECT count(*) FROM quiz_answers AS q WHERE q.delivery_id = d.id)), 0), "
                "coalesce(sum((SELECT sum(correct) FROM quiz_answers AS q WHERE q.delivery_id = d.id)), 0), "
                "count(DISTINCT CASE WHEN EXISTS (SELECT 1 FROM quiz_answers AS q WHERE q.delivery_id = d.id) "
                "THEN d.user_id END) "
                "FROM lesson_deliveries AS d LEFT JOIN lesson_completions AS c ON c.delivery_id = d.id "
                f"WHERE d.status = 'sent' AND {where} GROUP BY week ORDER BY week",
                params,
            ).fetchall()
        return [WeekLessons(date.fromisoformat(row[0]), *(int(value) for value in row[1:])) for row in rows]

    def lesson_days(self, team: str | None, since: datetime, until: datetime) -> dict[str, list[LessonDay]]:
        """Each agent's lesson days in the period and whether they finished them: what their streak counts."""
        where, params = _period("d.sent_at", team, since, until, column="d.user_id")
        with self._store._guard("read the team's lesson streaks"):
            rows = self._db.execute(
                "SELECT d.user_id, d.local_date, c.delivery_id IS NOT NULL FROM lesson_deliveries AS d "
                "LEFT JOIN lesson_completions AS c ON c.delivery_id = d.id "
                f"WHERE d.status = 'sent' AND {where} ORDER BY d.user_id, d.local_date",
                params,
            ).fetchall()
        days: dict[str, list[LessonDay]] = defaultdict(list)
        for user_id, local_date, done in rows:
            days[user_id].append(LessonDay(date.fromisoformat(local_date), bool(done)))
        return dict(days)

    def practice_by_week(self, team: str | None, since: datetime, until: datetime) -> list[WeekPractice]:
        where, params = _period("started_at", team, since, until)
        with self._store._guard("read the team's practice sessions"):
            rows = self._db.execute(
                f"SELECT {WEEK_OF.format('started_at')} AS week, count(*), count(DISTINCT user_id) "
                f"FROM practice_sessions WHERE {where} GROUP BY week ORDER BY week",
                params,
            ).fetchall()
        return [WeekPractice(date.fromisoformat(row[0]), int(row[1]), int(row[2])) for row in rows]

    def practice_by_scenario(self, team: str | None, since: datetime, until: datetime) -> list[ScenarioPractice]:
        """Only the summary's score is read: the summary also quotes the agent's replies, which leads never see."""
        where, params = _period("started_at", team, since, until)
        with self._store._guard("read the team's practice results"):
            rows = self._db.execute(
                "SELECT scenario_id, count(*), count(DISTINCT user_id), "
                "sum(status NOT IN ('active', 'expired')), sum(status = 'satisfied'), "
                "avg(CASE WHEN status NOT IN ('active', 'expired') THEN json_extract(summary, '$.score') END) "
                f"FROM practice_sessions WHERE {where} GROUP BY scenario_id ORDER BY scenario_id",
                params,
            ).fetchall()
        return [ScenarioPractice(row[0], int(row[1]), int(row[2]), int(row[3]), int(row[4]),
                                 None if row[5] is None else float(row[5])) for row in rows]

    def feedback(self, team: str | None, since: datetime, until: datetime) -> FeedbackCount:
        """Agents' own answers on their own checks: whether the rewrite helped (the reason is never read)."""
        where, params = _period("c.created_at", team, since, until, column="c.user_id")
        with self._store._guard("read the team's feedback"):
            row = self._db.execute(
                "SELECT count(*), coalesce(sum(f.helpful), 0), count(DISTINCT c.user_id) FROM feedback AS f "
                f"JOIN checks AS c ON c.id = f.check_id AND c.user_id = f.user_id WHERE {where}",
                params,
            ).fetchone()
        return FeedbackCount(int(row[0]), int(row[1]), int(row[2]))

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


def _activity(team: str | None) -> str:
    """Every dated thing an agent did: a check, a practice session, a quiz answer."""
    team_where, _ = _team("user_id", team)
    return " UNION ALL ".join(
        f"SELECT user_id, {at} AS at FROM {table} WHERE {at} >= ? AND {at} <= ? AND {team_where}"
        for table, at in (("checks", "created_at"), ("practice_sessions", "started_at"),
                          ("quiz_answers", "answered_at"))
    )


def _activity_params(team: str | None, since: datetime, until: datetime) -> list[str]:
    _, team_params = _team("user_id", team)
    return [iso(since), iso(until), *team_params] * 3



def team_of(user_id: str) -> str | None:
    """"slack:T1:U2" → "slack:T1", as ``TEAM_OF`` reads it in SQL; ``None`` for a terminal user ("cli:alice"),
    who belongs to no team."""
    parts = user_id.split(":")
    return ":".join(parts[:2]) if len(parts) >= 3 else None
