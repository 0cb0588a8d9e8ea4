"""Everything the coach remembers, in one SQLite file; the only module that talks to SQLite.

Each write is a single ``BEGIN IMMEDIATE`` transaction: the Slack app, the Teams
app and the CLI may share one file, and taking the write lock up front means a
busy database makes a writer wait (up to the busy timeout) rather than fail
half-way through.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import sqlite_utils

from bot.coach.model import DIMENSIONS, CheckResult

BUSY_TIMEOUT_SECONDS = 5.0
DEFAULT_LESSON_TIME = "09:30"
TOP_RULES = 5

Clock = Callable[[], datetime]
Migration = Callable[[sqlite_utils.Database], None]


class StoreError(RuntimeError):
    """The database can't be opened or written; the message names the file and the operation."""


def utc_now() -> datetime:
    return datetime.now(UTC)


def iso(moment: datetime) -> str:
    """Fixed-width UTC text, so comparing timestamps as strings in SQL is comparing times."""
    if moment.tzinfo is None:
        raise ValueError(f"{moment!r} has no time zone; the store only accepts aware datetimes.")
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def create_core_tables(db: sqlite_utils.Database) -> None:
    """Users, their checks and their feedback on checks."""
    db.table("users").create(
        {
            "id": str,  # "<platform>:<workspace>:<user>", e.g. "slack:T123:U456" or "cli:alice"
            "platform": str,
            "display_name": str,
            "timezone": str,
            "created_at": str,
            "last_seen_at": str,
        },
        pk="id",
        not_null=["platform", "created_at", "last_seen_at"],
    )
    db.table("checks").create(
        {
            "id": int,
            "user_id": str,
            "created_at": str,
            "platform": str,
            "score": int,
            "rewrite_score": int,
            "acknowledge": float,
            "reflect": float,
            "explore": float,
            "own": float,
            "respect": float,
            "rules": str,  # JSON list of rule ids, in the order they were found
            "engine": str,
            "text": str,  # only with COACH_STORE_TEXT
            "customer_text": str,  # only with COACH_STORE_TEXT
        },
        pk="id",
        foreign_keys=[("user_id", "users", "id")],
        not_null=["user_id", "created_at", "platform", "score", "rewrite_score", "rules", "engine"],
    )
    db.table("checks").create_index(["user_id", "created_at"])
    db.table("feedback").create(
        {
            "id": int,
            "check_id": int,
            "user_id": str,
            "helpful": bool,
            "reason": str,
            "created_at": str,
        },
        pk="id",
        foreign_keys=[("check_id", "checks", "id"), ("user_id", "users", "id")],
        not_null=["check_id", "user_id", "helpful", "created_at"],
    )
    db.table("feedback").create_index(["check_id"])
    db.table("feedback").create_index(["user_id"])


def add_lesson_settings(db: sqlite_utils.Database) -> None:
    """Each agent's lesson schedule: local time, weekdays only, paused."""
    users = db.table("users")
    users.add_column("lesson_time", str, not_null_default=DEFAULT_LESSON_TIME)
    users.add_column("weekdays_only", int, not_null_default=1)
    users.add_column("lessons_paused", int, not_null_default=0)


MIGRATIONS: tuple[Migration, ...] = (create_core_tables, add_lesson_settings)
"""The schema's history, oldest first. Append a function to change the schema; never edit or reorder one
that has shipped, because its position is the version number recorded in every existing database."""


@dataclass(frozen=True, slots=True)
class UserSettings:
    """What an agent chose for their lessons; the timezone is ``None`` until a platform tells us."""

    user_id: str
    timezone: str | None
    lesson_time: str = DEFAULT_LESSON_TIME
    """Local wall-clock time as ``HH:MM``."""
    weekdays_only: bool = True
    lessons_paused: bool = False


@dataclass(frozen=True, slots=True)
class Progress:
    """How an agent's replies have gone over the last ``days`` days, against the ``days`` before."""

    user_id: str
    since: datetime
    until: datetime
    checks: int
    average_score: float | None
    previous_average_score: float | None
    dimensions: dict[str, float]
    strongest: str | None
    weakest: str | None
    top_rules: tuple[tuple[str, int], ...]
    """Rule ids with the number of checks they fired in, most frequent first."""

    @property
    def days(self) -> int:
        return (self.until - self.since).days

    @property
    def trend(self) -> float | None:
        if self.average_score is None or self.previous_average_score is None:
            return None
        return self.average_score - self.previous_average_score

    def to_dict(self) -> dict:
        def rounded(value: float | None, digits: int = 1) -> float | None:
            return None if value is None else round(value, digits)

        return {
            "user_id": self.user_id,
            "since": iso(self.since),
            "until": iso(self.until),
            "days": self.days,
            "checks": self.checks,
            "average_score": rounded(self.average_score),
            "previous_average_score": rounded(self.previous_average_score),
            "trend": rounded(self.trend),
            "dimensions": {name: round(value, 3) for name, value in self.dimensions.items()},
            "strongest": self.strongest,
            "weakest": self.weakest,
            "top_rules": [{"rule": rule, "checks": count} for rule, count in self.top_rules],
        }


class Store:
    """One open database. Build it with ``open()`` or ``memory()``, which migrate first, so no caller
    ever sees an old schema."""

    def __init__(self, db: sqlite_utils.Database, location: str, clock: Clock) -> None:
        self.db = db
        self.location = location
        self.clock = clock

    @classmethod
    def open(
        cls, path: Path | str, *, migrations: Sequence[Migration] = MIGRATIONS, clock: Clock = utc_now
    ) -> Store:
        path = Path(path)
        blocker = next((p for p in path.parents if p.exists() and not p.is_dir()), None)
        if blocker is not None:
            raise StoreError(f"Can't create the coach database {path}: {blocker} is a file, not a folder.")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_SECONDS)
        except (OSError, sqlite3.Error) as error:
            raise StoreError(f"Can't open the coach database {path}: {_reason(error)}.") from error
        store = cls(sqlite_utils.Database(conn, execute_plugins=False), str(path), clock)
        try:
            store._prepare(migrations, wal=True)
        except BaseException:
            store.close()
            raise
        return store

    @classmethod
    def memory(cls, *, migrations: Sequence[Migration] = MIGRATIONS, clock: Clock = utc_now) -> Store:
        store = cls(sqlite_utils.Database(memory=True, execute_plugins=False), ":memory:", clock)
        store._prepare(migrations, wal=False)
        return store

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        self.db.close()

    @property
    def version(self) -> int:
        """The number of migrations applied to this database."""
        row = self.db.execute("SELECT coalesce(max(version), 0) FROM migrations").fetchone()
        return int(row[0])

    def ensure_user(
        self, user_id: str, platform: str, display_name: str | None = None, timezone: str | None = None
    ) -> None:
        """Create the user, or refresh when we last saw them; a ``None`` keeps what we already know."""
        with self._writing(f"save user {user_id}"):
            self._upsert_user(user_id, platform, display_name, timezone)

    def user_settings(self, user_id: str) -> UserSettings | None:
        """``None`` for someone we have never seen, so callers can't mistake a stranger for a default user."""
        with self._guard(f"read the settings of {user_id}"):
            row = self.db.execute(
                "SELECT timezone, lesson_time, weekdays_only, lessons_paused FROM users WHERE id = ?", [user_id]
            ).fetchone()
        if row is None:
            return None
        return UserSettings(user_id, row[0], row[1], bool(row[2]), bool(row[3]))

    def save_user_settings(self, settings: UserSettings) -> None:
        """Validation of the time and timezone belongs to the caller, which knows how to explain a bad one."""
        with self._writing(f"save the settings of {settings.user_id}"):
            updated = self.db.execute(
                "UPDATE users SET timezone = ?, lesson_time = ?, weekdays_only = ?, lessons_paused = ? WHERE id = ?",
                [settings.timezone, settings.lesson_time, int(settings.weekdays_only),
                 int(settings.lessons_paused), settings.user_id],
            ).rowcount
            if updated == 0:
                raise StoreError(f"There is no user {settings.user_id} in {self.location} to save settings for.")

    def record_check(
        self, user_id: str, result: CheckResult, platform: str, store_text: bool = False
    ) -> int:
        """Save one check and return its id; the user is created on their first check."""
        dimensions = result.analysis.dimension_values()
        row = {
            "user_id": user_id,
            "created_at": iso(self.clock()),
            "platform": platform,
            "score": result.score,
            "rewrite_score": result.rewrite_score,
            **{name: dimensions.get(name) for name in DIMENSIONS},
            "rules": json.dumps(list(result.analysis.rules)),
            "engine": result.engine,
            "text": result.draft if store_text else None,
            "customer_text": result.customer if store_text else None,
        }
        with self._writing(f"save a check for {user_id}"):
            self._upsert_user(user_id, platform)
            return self._insert("checks", row)

    def record_feedback(
        self, check_id: int, user_id: str, helpful: bool, reason: str | None = None
    ) -> int:
        with self._writing(f"save feedback on check {check_id}"):
            known = self.db.execute("SELECT 1 FROM checks WHERE id = ?", [check_id]).fetchone()
            if known is None:
                raise StoreError(f"There is no check {check_id} in {self.location} to give feedback on.")
            self._upsert_user(user_id, _platform_of(user_id))
            row = {
                "check_id": check_id,
                "user_id": user_id,
                "helpful": helpful,
                "reason": reason,
                "created_at": iso(self.clock()),
            }
            return self._insert("feedback", row)

    def forget_user(self, user_id: str) -> int:
        """Delete the user and everything tied to them, including others' feedback on their checks.

        Returns the number of checks deleted.
        """
        with self._writing(f"delete the data of {user_id}"):
            self.db.execute(
                "DELETE FROM feedback WHERE user_id = ? "
                "OR check_id IN (SELECT id FROM checks WHERE user_id = ?)",
                [user_id, user_id],
            )
            deleted = self.db.execute("DELETE FROM checks WHERE user_id = ?", [user_id]).rowcount
            self.db.execute("DELETE FROM users WHERE id = ?", [user_id])
        return deleted

    def count_checks(self, user_id: str) -> int:
        with self._guard(f"count the checks of {user_id}"):
            row = self.db.execute("SELECT count(*) FROM checks WHERE user_id = ?", [user_id]).fetchone()
        return int(row[0])

    def progress(self, user_id: str, now: datetime | None = None, days: int = 7) -> Progress:
        until = now if now is not None else self.clock()
        period = timedelta(days=days)
        since = until - period
        with self._guard(f"read the progress of {user_id}"):
            current = self._averages(user_id, since, until)
            previous = self._averages(user_id, since - period, since)
            top_rules = self._top_rules(user_id, since, until)
        dimensions = {name: current[name] for name in DIMENSIONS if current[name] is not None}
        return Progress(
            user_id=user_id,
            since=since,
            until=until,
            checks=current["checks"],
            average_score=current["score"],
            previous_average_score=previous["score"],
            dimensions=dimensions,
            strongest=max(dimensions, key=dimensions.__getitem__) if dimensions else None,
            weakest=min(dimensions, key=dimensions.__getitem__) if dimensions else None,
            top_rules=top_rules,
        )

    def _averages(self, user_id: str, since: datetime, until: datetime) -> dict:
        columns = ", ".join(f"avg({name}) AS {name}" for name in DIMENSIONS)
        sql = (
            f"SELECT count(*) AS checks, avg(score) AS score, {columns} FROM checks "
            "WHERE user_id = ? AND created_at > ? AND created_at <= ?"
        )
        return next(self.db.query(sql, [user_id, iso(since), iso(until)]))

    def _top_rules(self, user_id: str, since: datetime, until: datetime) -> tuple[tuple[str, int], ...]:
        sql = (
            "SELECT rule.value AS rule, count(DISTINCT checks.id) AS checks "
            "FROM checks, json_each(checks.rules) AS rule "
            "WHERE user_id = ? AND created_at > ? AND created_at <= ? "
            "GROUP BY rule.value ORDER BY checks DESC, rule.value LIMIT ?"
        )
        rows = self.db.query(sql, [user_id, iso(since), iso(until), TOP_RULES])
        return tuple((row["rule"], row["checks"]) for row in rows)

    def _insert(self, table: str, row: dict) -> int:
        rowid = self.db.table(table).insert(row).last_rowid
        assert rowid is not None, "sqlite-utils sets last_rowid after every single-row insert"
        return rowid

    def _upsert_user(
        self, user_id: str, platform: str, display_name: str | None = None, timezone: str | None = None
    ) -> None:
        now = iso(self.clock())
        self.db.execute(
            "INSERT INTO users (id, platform, display_name, timezone, created_at, last_seen_at) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
            "last_seen_at = excluded.last_seen_at, "
            "display_name = coalesce(excluded.display_name, display_name), "
            "timezone = coalesce(excluded.timezone, timezone)",
            [user_id, platform, display_name, timezone, now, now],
        )

    def _prepare(self, migrations: Sequence[Migration], *, wal: bool) -> None:
        with self._guard("prepare the database"):
            self.db.execute("PRAGMA foreign_keys = ON")
            self.db.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_SECONDS * 1000)}")
            if wal:
                self.db.enable_wal()
            self.db.table("migrations").create(
                {"version": int, "name": str, "applied_at": str},
                pk="version",
                not_null=["name", "applied_at"],
                if_not_exists=True,
            )
            current = self.version
        if current > len(migrations):
            raise StoreError(
                f"{self.location} was written by a newer empathy-coach (schema version {current}; "
                f"this one knows {len(migrations)}). Upgrade empathy-coach, or point COACH_DB at another file."
            )
        for version, migration in enumerate(migrations, start=1):
            if version <= current:
                continue
            with self._writing(f"upgrade the schema to version {version} ({migration.__name__})"):
                # Another process may have migrated while we waited for the write lock.
                if version <= self.version:
                    continue
                migration(self.db)
                self.db.table("migrations").insert(
                    {"version": version, "name": migration.__name__, "applied_at": iso(self.clock())}
                )

    @contextmanager
    def _guard(self, action: str) -> Iterator[None]:
        """Turn SQLite's errors into one line that names the file and what we were doing."""
        try:
            yield
        except sqlite3.Error as error:
            raise StoreError(f"Can't {action} in {self.location}: {_reason(error)}.") from error

    @contextmanager
    def _writing(self, action: str) -> Iterator[None]:
        with self._guard(action):
            self.db.execute("BEGIN IMMEDIATE")
            try:
                yield
                self.db.commit()
            except BaseException:
                self.db.rollback()
                raise


def _platform_of(user_id: str) -> str:
    """User ids start with their platform ("slack:T1:U2"), so feedback needs no separate platform argument."""
    return user_id.split(":", 1)[0]


def _reason(error: BaseException) -> str:
    if isinstance(error, OSError) and error.strerror:
        return f"{error.strerror} ({error.filename})" if error.filename else error.strerror
    return str(error).rstrip(".") or type(error).__name__
