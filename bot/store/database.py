"""The open database: every read and write the coach makes, each a method named for what it means.

Each write is a single ``BEGIN IMMEDIATE`` transaction: the Slack app, the Teams
app and the CLI may share one file, and taking the write lock up front means a
busy database makes a writer wait (up to the busy timeout) rather than fail
half-way through. When the wait runs out, ``StoreBusy`` says so, so a caller can
retry later instead of losing what it meant to save.

A ``Store`` may be used from several threads (the server keeps SQLite off its
event loop by calling it from worker threads): one lock makes each read or
write whole, so two threads never interleave inside a transaction.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import threading
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

import sqlite_utils

from bot.coach.checks.model import DIMENSIONS, CheckResult
from bot.coach.lessons.review import Review, after_answer
from bot.coach.lessons.schedule import Slot
from bot.coach.lessons.streaks import LessonDay
from bot.store.records import (
    AnswerOutcome,
    Clock,
    Delivery,
    LessonRecipient,
    LessonStats,
    LLMCall,
    LLMStats,
    PracticeRecord,
    Progress,
    UserSettings,
    iso,
    utc_now,
)
from bot.store.schema import MIGRATIONS, Migration

if TYPE_CHECKING:
    from bot.coach.lessons.choice import LearnerHistory, Pick

log = logging.getLogger(__name__)

BUSY_TIMEOUT_SECONDS = 5.0
TOP_RULES = 5
HANDLED_EVENTS_KEPT = timedelta(days=1)


class StoreError(RuntimeError):
    """The database can't be opened or written; the message names the file and the operation."""


class StoreBusy(StoreError):
    """Another process held the database's write lock for longer than the busy timeout; nothing was written."""


class PracticeBusy(StoreError):
    """The user already has an active practice session; one at a time."""


class Store:
    """One open database. Build it with ``open()`` or ``memory()``, which migrate first, so no caller
    ever sees an old schema."""

    def __init__(self, db: sqlite_utils.Database, location: str, clock: Clock) -> None:
        self.db = db
        self.location = location
        self.clock = clock
        self._lock = threading.RLock()

    @classmethod
    def open(
        cls, path: Path | str, *, migrations: Sequence[Migration] = MIGRATIONS, clock: Clock = utc_now,
        busy_timeout: float = BUSY_TIMEOUT_SECONDS,
    ) -> Store:
        """``busy_timeout``: how long a write waits for another process's write lock before ``StoreBusy``."""
        path = Path(path)
        blocker = next((p for p in path.parents if p.exists() and not p.is_dir()), None)
        if blocker is not None:
            raise StoreError(f"Can't create the coach database {path}: {blocker} is a file, not a folder.")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(path, timeout=busy_timeout, check_same_thread=False)
        except (OSError, sqlite3.Error) as error:
            raise StoreError(f"Can't open the coach database {path}: {_reason(error)}.") from error
        store = cls(sqlite_utils.Database(conn, execute_plugins=False), str(path), clock)
        try:
            store._prepare(migrations, wal=True, busy_timeout=busy_timeout)
        except BaseException:
            store.close()
            raise
        return store

    @classmethod
    def memory(cls, *, migrations: Sequence[Migration] = MIGRATIONS, clock: Clock = utc_now) -> Store:
        conn = sqlite3.connect(":memory:", check_same_thread=False)
        store = cls(sqlite_utils.Database(conn, execute_plugins=False), ":memory:", clock)
        store._prepare(migrations, wal=False, busy_timeout=BUSY_TIMEOUT_SECONDS)
        return store

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        with self._lock:
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

    def touch_user(self, user_id: str) -> bool:
        """Note that a known user is back (last seen now, no longer uninstalled); False for someone never seen."""
        with self._writing(f"save user {user_id}"):
            return self.db.execute(
                "UPDATE users SET last_seen_at = ?, uninstalled_at = NULL WHERE id = ?", [iso(self.clock()), user_id]
            ).rowcount == 1

    def user_settings(self, user_id: str) -> UserSettings | None:
        """``None`` for someone we have never seen, so callers can't mistake a stranger for a default user."""
        with self._guard(f"read the settings of {user_id}"):
            row = self.db.execute(
                "SELECT timezone, lesson_time, weekdays_only, lessons_paused, lessons_opted_out FROM users "
                "WHERE id = ?",
                [user_id],
            ).fetchone()
        if row is None:
            return None
        return UserSettings(user_id, row[0], row[1], bool(row[2]), bool(row[3]), bool(row[4]))

    def save_user_settings(self, settings: UserSettings) -> None:
        """Validation of the time and timezone belongs to the caller, which knows how to explain a bad one."""
        with self._writing(f"save the settings of {settings.user_id}"):
            updated = self.db.execute(
                "UPDATE users SET timezone = ?, lesson_time = ?, weekdays_only = ?, lessons_paused = ?, "
                "lessons_opted_out = ? WHERE id = ?",
                [settings.timezone, settings.lesson_time, int(settings.weekdays_only),
                 int(settings.lessons_paused), int(settings.lessons_opted_out), settings.user_id],
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
            "language": result.analysis.language,
            "text": result.draft if store_text else None,
            "customer_text": result.customer if store_text else None,
        }
        with self._writing(f"save a check for {user_id}"):
            self._upsert_user(user_id, platform)
            return self._insert("checks", row)

    def check_owner(self, check_id: int) -> str | None:
        with self._guard(f"read check {check_id}"):
            row = self.db.execute("SELECT user_id FROM checks WHERE id = ?", [check_id]).fetchone()
        return None if row is None else row[0]

    def record_feedback(
        self, check_id: int, user_id: str, helpful: bool, reason: str | None = None
    ) -> int:
        """Save this user's answer on a check, replacing any earlier one (the latest answer is what they think)."""
        with self._writing(f"save feedback on check {check_id}"):
            known = self.db.execute("SELECT 1 FROM checks WHERE id = ?", [check_id]).fetchone()
            if known is None:
                raise StoreError(f"There is no check {check_id} in {self.location} to give feedback on.")
            self._upsert_user(user_id, _platform_of(user_id))
            [(feedback_id,)] = self.db.execute(
                "INSERT INTO feedback (check_id, user_id, helpful, reason, created_at) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT (check_id, user_id) DO UPDATE SET helpful = excluded.helpful, "
                "reason = excluded.reason, created_at = excluded.created_at RETURNING id",
                [check_id, user_id, int(helpful), reason, iso(self.clock())],
            ).fetchall()  # read to the end, so the statement is finished before the commit
            return int(feedback_id)

    def record_llm_call(self, check_id: int, user_id: str, call: LLMCall) -> int:
        """Save an LLM attempt on a recorded check; a used LLM rewrite also becomes the check's engine and score."""
        row = {"check_id": check_id, **self._llm_call_row(user_id, call)}
        with self._writing(f"save an LLM call on check {check_id}"):
            if call.engine == "llm":
                self.db.execute("UPDATE checks SET engine = ?, rewrite_score = ? WHERE id = ?",
                                [call.engine, call.rewrite_score, check_id])
            return self._insert("llm_calls", row)

    def record_practice_llm_call(self, practice_id: int, user_id: str, call: LLMCall) -> int:
        """Save an LLM attempt at a practice customer's line; ``engine`` is "llm" when its line was shown."""
        row = {"practice_id": practice_id, **self._llm_call_row(user_id, call)}
        with self._writing(f"save an LLM call on practice session {practice_id}"):
            return self._insert("llm_calls", row)

    def _llm_call_row(self, user_id: str, call: LLMCall) -> dict:
        """The columns every LLM attempt fills, whether it was for a check or a practice line."""
        return {
            "user_id": user_id,
            "created_at": iso(self.clock()),
            "model": call.model,
            "prompt_version": call.prompt_version,
            "engine": call.engine,
            "failure": call.failure,
            "prompt_tokens": call.prompt_tokens,
            "completion_tokens": call.completion_tokens,
            "cached": int(call.cached),
            "latency_ms": call.latency_ms,
        }

    def llm_stats(self, since: datetime | None = None) -> LLMStats:
        until = self.clock()
        start = iso(since) if since else ""
        with self._guard("read LLM usage"):
            totals = self.db.execute(
                "SELECT count(*), coalesce(sum(engine = 'llm'), 0), coalesce(sum(cached), 0), "
                "coalesce(sum(prompt_tokens), 0), coalesce(sum(completion_tokens), 0) "
                "FROM llm_calls WHERE created_at >= ?",
                [start],
            ).fetchone()
            failures = self.db.execute(
                "SELECT failure, count(*) AS n FROM llm_calls WHERE created_at >= ? AND failure IS NOT NULL "
                "GROUP BY failure ORDER BY n DESC, failure",
                [start],
            ).fetchall()
            prompts = self.db.execute(
                "SELECT prompt_version, count(*), coalesce(sum(engine = 'llm'), 0) FROM llm_calls "
                "WHERE created_at >= ? GROUP BY prompt_version ORDER BY prompt_version",
                [start],
            ).fetchall()
        return LLMStats(
            since, until, *(int(value) for value in totals),
            failures=tuple((reason, int(count)) for reason, count in failures),
            prompts=tuple((version, int(calls), int(used)) for version, calls, used in prompts),
        )

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
            self.db.execute(
                "DELETE FROM llm_calls WHERE user_id = ? OR check_id IN (SELECT id FROM checks WHERE user_id = ?)",
                [user_id, user_id],
            )
            deleted = self.db.execute("DELETE FROM checks WHERE user_id = ?", [user_id]).rowcount
            for table in ("quiz_answers", "lesson_completions", "reviews", "lesson_deliveries", "conversations",
                          "practice_sessions"):
                self.db.execute(f"DELETE FROM {table} WHERE user_id = ?", [user_id])
            self.db.execute("DELETE FROM users WHERE id = ?", [user_id])
        self._checkpoint()
        return deleted

    def _checkpoint(self) -> None:
        """Copy the write-ahead log into the database file and empty it, so deleted rows don't linger in the
        ``-wal`` file. A reader in another process can keep part of the log in use; the next forget-me (or
        SQLite's own automatic checkpoint) then finishes the job, so this never fails the deletion."""
        if self.location == ":memory:":
            return
        with self._lock:
            try:
                self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
            except sqlite3.Error as error:
                log.warning("Couldn't empty the write-ahead log of %s after a deletion (%s); SQLite's next "
                            "checkpoint will.", self.location, _reason(error))

    def start_practice(self, user_id: str, platform: str, scenario_id: str, state: str) -> PracticeRecord:
        """Save a new active session; raises ``PracticeBusy`` if the user already has one."""
        now = iso(self.clock())
        row = {
            "user_id": user_id,
            "platform": platform,
            "scenario_id": scenario_id,
            "state": state,
            "status": "active",
            "started_at": now,
            "updated_at": now,
        }
        with self._writing(f"start a practice session for {user_id}"):
            self._upsert_user(user_id, platform)
            try:
                practice_id = self._insert("practice_sessions", row)
            except sqlite3.IntegrityError as error:
                raise PracticeBusy(f"{user_id} already has a practice session running.") from error
        started = datetime.fromisoformat(now)
        return PracticeRecord(practice_id, user_id, platform, scenario_id, state, "active", started, started)

    def active_practice(self, user_id: str) -> PracticeRecord | None:
        with self._guard(f"read the practice session of {user_id}"):
            row = self.db.execute(
                f"SELECT {_PRACTICE_COLUMNS} FROM practice_sessions WHERE user_id = ? AND status = 'active'",
                [user_id],
            ).fetchone()
        return None if row is None else _practice_record(row)

    def save_practice(self, practice_id: int, state: str, status: str, summary: str | None = None) -> None:
        """Save a session after a turn; any status but "active" finishes it and frees the user to start another."""
        now = iso(self.clock())
        with self._writing(f"save practice session {practice_id}"):
            updated = self.db.execute(
                "UPDATE practice_sessions SET state = ?, status = ?, summary = coalesce(?, summary), "
                "updated_at = ?, finished_at = CASE WHEN ? = 'active' THEN NULL ELSE ? END "
                "WHERE id = ? AND status = 'active'",
                [state, status, summary, now, status, now, practice_id],
            ).rowcount
            if updated == 0:
                raise StoreError(f"Practice session {practice_id} in {self.location} is not running any more.")
        if status != "active":
            self._checkpoint()  # the replies a finished session no longer keeps leave the write-ahead log too

    def save_conversation(self, user_id: str, platform: str, reference: str) -> bool:
        """Keep the latest way to reach this user; True only the first time, so a welcome is sent once
        even when the platform announces one install twice."""
        with self._writing(f"save the conversation of {user_id}"):
            self._upsert_user(user_id, platform)
            known = self.db.execute("SELECT 1 FROM conversations WHERE user_id = ?", [user_id]).fetchone()
            self.db.execute(
                "INSERT INTO conversations (user_id, reference, saved_at) VALUES (?, ?, ?) "
                "ON CONFLICT (user_id) DO UPDATE SET reference = excluded.reference, saved_at = excluded.saved_at",
                [user_id, reference, iso(self.clock())],
            )
        return known is None

    def conversation(self, user_id: str) -> str | None:
        """``None`` once the user has removed the app (or never installed it): nothing may be sent then."""
        with self._guard(f"read the conversation of {user_id}"):
            row = self.db.execute("SELECT reference FROM conversations WHERE user_id = ?", [user_id]).fetchone()
        return None if row is None else row[0]

    def drop_conversation(self, user_id: str) -> bool:
        with self._writing(f"drop the conversation of {user_id}"):
            return self.db.execute("DELETE FROM conversations WHERE user_id = ?", [user_id]).rowcount > 0

    def claim_event(self, event_id: str) -> bool:
        """True the first time an event id is seen; False for a redelivery, which must then be ignored.

        Ids older than ``HANDLED_EVENTS_KEPT`` are dropped: platforms stop retrying long before that.
        """
        now = self.clock()
        with self._writing(f"record the event {event_id}"):
            self.db.execute("DELETE FROM handled_events WHERE handled_at < ?", [iso(now - HANDLED_EVENTS_KEPT)])
            inserted = self.db.execute(
                "INSERT INTO handled_events (id, handled_at) VALUES (?, ?) ON CONFLICT (id) DO NOTHING",
                [event_id, iso(now)],
            ).rowcount
        return inserted == 1

    def lesson_recipients(self) -> list[LessonRecipient]:
        with self._guard("list who gets lessons"):
            rows = self.db.execute(
                "SELECT u.id, u.platform, u.timezone, u.lesson_time, u.weekdays_only, c.reference FROM users AS u "
                "LEFT JOIN conversations AS c ON c.user_id = u.id "
                "WHERE u.lessons_paused = 0 AND u.lessons_opted_out = 0 AND u.uninstalled_at IS NULL ORDER BY u.id"
            ).fetchall()
        return [LessonRecipient(row[0], row[1], row[2], row[3], bool(row[4]), row[5]) for row in rows]

    def settled_deliveries(self, local_dates: Iterable[date], max_attempts: int) -> set[tuple[str, date]]:
        """(user, day) pairs whose lesson was sent or won't be, so the fan-out passes them by without a write."""
        days = sorted({day.isoformat() for day in local_dates})
        if not days:
            return set()
        marks = ", ".join("?" for _ in days)
        with self._guard("read today's lesson deliveries"):
            rows = self.db.execute(
                f"SELECT user_id, local_date FROM lesson_deliveries WHERE local_date IN ({marks}) "
                "AND (status IN ('sent', 'gone', 'undelivered') OR (status = 'failed' AND attempts >= ?))",
                [*days, max_attempts],
            ).fetchall()
        return {(row[0], date.fromisoformat(row[1])) for row in rows}

    def lesson_history(self, user_id: str, today: date, now: datetime | None = None, days: int = 7) -> LearnerHistory:
        """Everything the lesson choice weighs for one agent: lessons sent, reviews due, recent checks."""
        # The lesson choice carries the rule catalogue and its patterns; only lesson delivery needs them, so
        # reading progress or forgetting someone never loads them.
        from bot.coach.lessons.choice import LearnerHistory

        until = now if now is not None else self.clock()
        since = until - timedelta(days=days)
        with self._guard(f"read the lesson history of {user_id}"):
            delivered = self.db.execute(
                "SELECT lesson_id, local_date FROM lesson_deliveries WHERE user_id = ? AND status = 'sent' "
                "ORDER BY local_date",
                [user_id],
            ).fetchall()
            reviews = self.db.execute(
                "SELECT lesson_id, question_id, repetitions, interval_days, ease, due_on, missed_on FROM reviews "
                "WHERE user_id = ? AND due_on <= ? ORDER BY due_on",
                [user_id, today.isoformat()],
            ).fetchall()
            current = self._averages(user_id, since, until)
            top_rules = self._top_rules(user_id, since, until) if current["checks"] else ()
        return LearnerHistory(
            delivered=tuple((row[0], date.fromisoformat(row[1])) for row in delivered),
            due_reviews=tuple(_review(row) for row in reviews),
            checks=current["checks"],
            dimensions=_dimensions(current),
            top_rules=top_rules,
        )

    def claim_delivery(
        self, user_id: str, slot: Slot, pick: Pick, *, run: str, lease: timedelta, max_attempts: int
    ) -> Delivery | None:
        """Take today's lesson for this agent before sending it; ``None`` means someone else has it, or it's done.

        A new row is claimed at once. An existing one is claimed again only if the run holding it stopped
        renewing it (its claim is older than ``lease``, measured on this store's clock from the moment of the
        claim or its last renewal) or it failed fewer than ``max_attempts`` times, and then it keeps the lesson
        first chosen, so a retry sends the same lesson the first attempt meant to. ``run`` names the claimant,
        so ``renew_claims`` extends only its own claims.
        """
        now = self.clock()
        with self._writing(f"claim today's lesson for {user_id}"):
            # One statement: only an agent still due lessons gets a row, and RETURNING hands back the row only
            # when this call inserted or took it over.
            rows = self.db.execute(
                "INSERT INTO lesson_deliveries (user_id, local_date, lesson_id, kind, reason, question_id, late, "
                "status, attempts, scheduled_at, claimed_at, claimed_by) "
                "SELECT id, ?, ?, ?, ?, ?, ?, 'claimed', 1, ?, ?, ? FROM users WHERE id = ? AND lessons_paused = 0 "
                "AND lessons_opted_out = 0 AND uninstalled_at IS NULL "
                "ON CONFLICT (user_id, local_date) DO UPDATE SET status = 'claimed', attempts = attempts + 1, "
                "claimed_at = excluded.claimed_at, claimed_by = excluded.claimed_by, late = excluded.late, error = NULL "
                "WHERE (status = 'claimed' AND claimed_at <= ?) OR (status = 'failed' AND attempts < ?) "
                f"RETURNING {_DELIVERY_COLUMNS}",
                [slot.local_date.isoformat(), pick.lesson.id, pick.kind, pick.reason, pick.question_id,
                 int(slot.late), iso(slot.scheduled_at), iso(now), run, user_id, iso(now - lease), max_attempts],
            ).fetchall()  # read to the end, so the statement is finished before the commit
        return _delivery(rows[0]) if rows else None

    def renew_claims(self, run: str) -> int:
        """Restart the lease of every claim ``run`` still holds: it is alive, so nobody may take them over."""
        with self._writing("renew the claims of a lesson run"):
            return self.db.execute(
                "UPDATE lesson_deliveries SET claimed_at = ? WHERE claimed_by = ? AND status = 'claimed'",
                [iso(self.clock()), run],
            ).rowcount

    def undelivered_lessons(self, since: date) -> list[tuple[str, date, str]]:
        """``(user, local date, last error)`` for every lesson since ``since`` that failed its last attempt."""
        with self._guard("read the lessons that could not be delivered"):
            rows = self.db.execute(
                "SELECT user_id, local_date, coalesce(error, '') FROM lesson_deliveries "
                "WHERE local_date >= ? AND status = 'undelivered' ORDER BY local_date, user_id",
                [since.isoformat()],
            ).fetchall()
        return [(row[0], date.fromisoformat(row[1]), row[2]) for row in rows]

    def delivery(self, delivery_id: int) -> Delivery | None:
        with self._guard(f"read lesson delivery {delivery_id}"):
            row = self.db.execute(
                f"SELECT {_DELIVERY_COLUMNS} FROM lesson_deliveries WHERE id = ?", [delivery_id]
            ).fetchone()
        return None if row is None else _delivery(row)

    def mark_delivery_sent(
        self, delivery_id: int, now: datetime, message_ref: str | None = None, conversation: str | None = None
    ) -> None:
        """``message_ref`` is where the platform put the lesson, kept to find it again. ``conversation``, when
        given, is kept as where the agent is reached (Slack: their DM channel), so the next lesson goes straight
        there; unlike ``save_conversation`` it doesn't count as the agent using the app."""
        with self._writing(f"mark lesson delivery {delivery_id} sent"):
            self.db.execute(
                "UPDATE lesson_deliveries SET status = 'sent', sent_at = ?, error = NULL, "
                "message_ref = coalesce(?, message_ref) WHERE id = ?",
                [iso(now), message_ref, delivery_id],
            )
            if conversation is not None:
                self.db.execute(
                    "INSERT INTO conversations (user_id, reference, saved_at) "
                    "SELECT user_id, ?, ? FROM lesson_deliveries WHERE id = ? "
                    "ON CONFLICT (user_id) DO UPDATE SET reference = excluded.reference, saved_at = excluded.saved_at",
                    [conversation, iso(self.clock()), delivery_id],
                )

    def mark_delivery_failed(self, delivery_id: int, error: str, *, last: bool = False) -> None:
        """``last``: no attempt is left today, so the delivery is closed as ``undelivered``."""
        with self._writing(f"mark lesson delivery {delivery_id} failed"):
            self.db.execute(
                "UPDATE lesson_deliveries SET status = ?, error = ? WHERE id = ? AND status = 'claimed'",
                ["undelivered" if last else "failed", error[:500], delivery_id],
            )

    def mark_delivery_gone(self, delivery_id: int, now: datetime) -> None:
        """The platform says the agent can't be reached: close the delivery and stop planning lessons for them."""
        with self._writing(f"mark lesson delivery {delivery_id} undeliverable"):
            self.db.execute("UPDATE lesson_deliveries SET status = 'gone' WHERE id = ?", [delivery_id])
            self.db.execute(
                "UPDATE users SET uninstalled_at = ? WHERE id = (SELECT user_id FROM lesson_deliveries WHERE id = ?)",
                [iso(now), delivery_id],
            )

    def mark_uninstalled(self, user_or_workspace: str) -> int:
        """Stop lessons for one user ("slack:T1:U2") or everyone in a workspace ("slack:T1") who removed the app.

        Any later interaction (``ensure_user``, a check) brings them back. Returns the number of users marked.
        """
        with self._writing(f"mark {user_or_workspace} uninstalled"):
            return self.db.execute(
                "UPDATE users SET uninstalled_at = ? WHERE id = ? OR substr(id, 1, length(?) + 1) = ? || ':'",
                [iso(self.clock()), user_or_workspace, user_or_workspace, user_or_workspace],
            ).rowcount

    def set_lessons_opted_out(self, user_id: str, opted_out: bool) -> None:
        with self._writing(f"save the lesson opt-out of {user_id}"):
            updated = self.db.execute(
                "UPDATE users SET lessons_opted_out = ? WHERE id = ?", [int(opted_out), user_id]
            ).rowcount
            if updated == 0:
                raise StoreError(f"There is no user {user_id} in {self.location} to opt out of lessons.")

    def record_quiz_answer(
        self, delivery: Delivery, question_id: str, option_id: str, option: int, correct: bool,
        question_ids: Sequence[str], today: date,
    ) -> AnswerOutcome | None:
        """Record the first answer to a question of one delivered lesson and reschedule its review.

        The answer is the option's id; ``option`` is its place in the lesson file, kept beside it.
        A second press (the same button twice, another option, a replayed request) changes nothing and
        reports the first answer. ``question_ids`` are the lesson's questions: once all are answered the
        lesson is complete. ``None`` when the delivery no longer exists (deleted by forget-me).
        """
        now = iso(self.clock())
        with self._writing(f"save a quiz answer for {delivery.user_id}"):
            if self.db.execute("SELECT 1 FROM lesson_deliveries WHERE id = ?", [delivery.id]).fetchone() is None:
                return None
            recorded = self.db.execute(
                "INSERT INTO quiz_answers (delivery_id, user_id, lesson_id, question_id, option_id, option, correct, "
                "answered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (delivery_id, question_id) DO NOTHING",
                [delivery.id, delivery.user_id, delivery.lesson_id, question_id, option_id, option, int(correct), now],
            ).rowcount == 1
            if recorded:
                self._reschedule_review(delivery.user_id, delivery.lesson_id, question_id, correct, today)
            first = self.db.execute(
                "SELECT option_id, correct FROM quiz_answers WHERE delivery_id = ? AND question_id = ?",
                [delivery.id, question_id],
            ).fetchone()
            marks = ", ".join("?" for _ in question_ids)
            answered = self.db.execute(
                f"SELECT count(*) FROM quiz_answers WHERE delivery_id = ? AND question_id IN ({marks})",
                [delivery.id, *question_ids],
            ).fetchone()[0]
            if answered >= len(question_ids):
                self._complete(delivery, now)
            completed = self.db.execute(
                "SELECT 1 FROM lesson_completions WHERE delivery_id = ?", [delivery.id]
            ).fetchone() is not None
        return AnswerOutcome(recorded, first[0], bool(first[1]), completed)

    def complete_lesson(self, delivery: Delivery) -> bool:
        """Mark a delivered lesson done; False when it already was (or was deleted by forget-me)."""
        with self._writing(f"complete a lesson for {delivery.user_id}"):
            if self.db.execute("SELECT 1 FROM lesson_deliveries WHERE id = ?", [delivery.id]).fetchone() is None:
                return False
            return self._complete(delivery, iso(self.clock()))

    def quiz_answers(self, delivery_id: int) -> dict[str, str]:
        """The id of the option that counts (the first one pressed) for each answered question of one lesson."""
        with self._guard(f"read the quiz answers of lesson delivery {delivery_id}"):
            rows = self.db.execute(
                "SELECT question_id, option_id FROM quiz_answers WHERE delivery_id = ? AND option_id IS NOT NULL",
                [delivery_id],
            ).fetchall()
        return {row[0]: row[1] for row in rows}

    def lesson_completed(self, delivery_id: int) -> bool:
        with self._guard(f"read whether lesson delivery {delivery_id} is done"):
            row = self.db.execute("SELECT 1 FROM lesson_completions WHERE delivery_id = ?", [delivery_id]).fetchone()
        return row is not None

    def lesson_days(self, user_id: str) -> list[LessonDay]:
        """Every day a lesson reached this agent, and whether they finished it: what a streak counts."""
        with self._guard(f"read the lesson days of {user_id}"):
            rows = self.db.execute(
                "SELECT d.local_date, c.delivery_id IS NOT NULL FROM lesson_deliveries AS d "
                "LEFT JOIN lesson_completions AS c ON c.delivery_id = d.id "
                "WHERE d.user_id = ? AND d.status = 'sent' ORDER BY d.local_date",
                [user_id],
            ).fetchall()
        return [LessonDay(date.fromisoformat(row[0]), bool(row[1])) for row in rows]

    def lesson_stats(self, user_id: str) -> LessonStats:
        with self._guard(f"read the lesson progress of {user_id}"):
            completed = self.db.execute(
                "SELECT count(*) FROM lesson_completions WHERE user_id = ?", [user_id]
            ).fetchone()[0]
            answers, right = self.db.execute(
                "SELECT count(*), coalesce(sum(correct), 0) FROM quiz_answers WHERE user_id = ?", [user_id]
            ).fetchone()
        return LessonStats(int(completed), int(answers), int(right))

    def _complete(self, delivery: Delivery, now: str) -> bool:
        return self.db.execute(
            "INSERT INTO lesson_completions (delivery_id, user_id, lesson_id, completed_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (delivery_id) DO NOTHING",
            [delivery.id, delivery.user_id, delivery.lesson_id, now],
        ).rowcount == 1

    def _reschedule_review(self, user_id: str, lesson_id: str, question_id: str, correct: bool, today: date) -> None:
        key = [user_id, lesson_id, question_id]
        row = self.db.execute(
            "SELECT lesson_id, question_id, repetitions, interval_days, ease, due_on, missed_on FROM reviews "
            "WHERE user_id = ? AND lesson_id = ? AND question_id = ?",
            key,
        ).fetchone()
        review = after_answer(None if row is None else _review(row), lesson_id, question_id, correct, today)
        if review is None:
            self.db.execute("DELETE FROM reviews WHERE user_id = ? AND lesson_id = ? AND question_id = ?", key)
            return
        self.db.execute(
            "INSERT INTO reviews (user_id, lesson_id, question_id, repetitions, interval_days, ease, due_on, "
            "missed_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (user_id, lesson_id, question_id) DO UPDATE SET "
            "repetitions = excluded.repetitions, interval_days = excluded.interval_days, ease = excluded.ease, "
            "due_on = excluded.due_on, missed_on = excluded.missed_on",
            [*key, review.repetitions, review.interval_days, review.ease, review.due_on.isoformat(),
             review.missed_on.isoformat()],
        )

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
        dimensions = _dimensions(current)
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
            "last_seen_at = excluded.last_seen_at, uninstalled_at = NULL, "
            "display_name = coalesce(excluded.display_name, display_name), "
            "timezone = coalesce(excluded.timezone, timezone)",
            [user_id, platform, display_name, timezone, now, now],
        )

    def _prepare(self, migrations: Sequence[Migration], *, wal: bool, busy_timeout: float) -> None:
        with self._guard("prepare the database"):
            self.db.execute("PRAGMA foreign_keys = ON")
            self.db.execute(f"PRAGMA busy_timeout = {int(busy_timeout * 1000)}")
            self.db.execute("PRAGMA secure_delete = ON")  # deleted rows are overwritten, not left in free pages
            if wal:
                self.db.enable_wal()
                # In WAL mode this keeps every commit through a crash of the process (kill -9 included) and
                # drops only the fsync per commit, which costs more than the rest of a lesson's delivery.
                self.db.execute("PRAGMA synchronous = NORMAL")
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
        """Hold the connection for one whole read or write, and turn SQLite's errors into one line that names
        the file and what we were doing."""
        with self._lock:
            try:
                yield
            except sqlite3.Error as error:
                kind = StoreBusy if _busy(error) else StoreError
                raise kind(f"Can't {action} in {self.location}: {_reason(error)}.") from error

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


_DELIVERY_COLUMNS = "id, user_id, local_date, lesson_id, kind, reason, question_id, late, status, attempts"


def _delivery(row: Sequence) -> Delivery:
    return Delivery(int(row[0]), row[1], date.fromisoformat(row[2]), row[3], row[4], row[5], row[6],
                    bool(row[7]), row[8], int(row[9]))


def _review(row: Sequence) -> Review:
    return Review(row[0], row[1], int(row[2]), int(row[3]), float(row[4]), date.fromisoformat(row[5]),
                  date.fromisoformat(row[6]))


_PRACTICE_COLUMNS = "id, user_id, platform, scenario_id, state, status, started_at, updated_at, summary"


def _practice_record(row: tuple) -> PracticeRecord:
    return PracticeRecord(int(row[0]), row[1], row[2], row[3], row[4], row[5], datetime.fromisoformat(row[6]),
                          datetime.fromisoformat(row[7]), row[8])


def _dimensions(averages: dict) -> dict[str, float]:
    """The dimension averages of ``_averages``, without those no check in the period had."""
    return {name: averages[name] for name in DIMENSIONS if averages[name] is not None}


def _platform_of(user_id: str) -> str:
    """User ids start with their platform ("slack:T1:U2"), so feedback needs no separate platform argument."""
    return user_id.split(":", 1)[0]


def _busy(error: sqlite3.Error) -> bool:
    """The write lock was held by someone else for the whole busy timeout."""
    return getattr(error, "sqlite_errorcode", None) in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)


def _reason(error: BaseException) -> str:
    if isinstance(error, OSError) and error.strerror:
        return f"{error.strerror} ({error.filename})" if error.filename else error.strerror
    return str(error).rstrip(".") or type(error).__name__
