"""The schema's history, one function per version: what each table holds and why.

Append a function to change the schema; never edit or reorder one that has
shipped, because its position is the version number in every existing database.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlite_utils

DEFAULT_LESSON_TIME = "09:30"

Migration = Callable[[sqlite_utils.Database], None]


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


def add_conversations(db: sqlite_utils.Database) -> None:
    """Where to reach each agent unprompted: a chat platform's serialized conversation reference (Teams)."""
    db.table("conversations").create(
        {"user_id": str, "reference": str, "saved_at": str},
        pk="user_id",
        foreign_keys=[("user_id", "users", "id")],
        not_null=["reference", "saved_at"],
    )


def add_handled_events(db: sqlite_utils.Database) -> None:
    """Ids of platform events already acted on, so a redelivered event (Slack retries any event it
    thinks was not acknowledged) never posts or records twice, even across a restart."""
    db.table("handled_events").create({"id": str, "handled_at": str}, pk="id", not_null=["handled_at"])
    db.table("handled_events").create_index(["handled_at"])


def add_lesson_delivery(db: sqlite_utils.Database) -> None:
    """The daily lesson's delivery log, quiz answers, missed questions up for review, and opt-outs.

    A delivery row is unique per (user, local date): the fan-out claims it before sending, so two
    runs (a restart, cron overlapping the in-process scheduler) can never both send the same day's lesson.
    """
    db.table("lesson_deliveries").create(
        {
            "id": int,
            "user_id": str,
            "local_date": str,  # the agent's calendar day, YYYY-MM-DD
            "lesson_id": str,
            "kind": str,  # safety, review, weak-spot, next, refresher or assigned
            "reason": str,
            "question_id": str,  # the missed question, for a review
            "late": int,
            "status": str,  # claimed, sent, failed or gone (and undelivered since lessons_exactly_once)
            "attempts": int,
            "scheduled_at": str,
            "claimed_at": str,
            "sent_at": str,
            "error": str,
        },
        pk="id",
        foreign_keys=[("user_id", "users", "id")],
        not_null=["user_id", "local_date", "lesson_id", "kind", "reason", "late", "status", "attempts",
                  "scheduled_at", "claimed_at"],
    )
    db.table("lesson_deliveries").create_index(["user_id", "local_date"], unique=True)
    db.table("lesson_deliveries").create_index(["local_date", "status"])
    db.table("quiz_answers").create(
        {
            "id": int,
            "delivery_id": int,
            "user_id": str,
            "lesson_id": str,
            "question_id": str,
            "option": int,
            "correct": int,
            "answered_at": str,
        },
        pk="id",
        foreign_keys=[("delivery_id", "lesson_deliveries", "id"), ("user_id", "users", "id")],
        not_null=["delivery_id", "user_id", "lesson_id", "question_id", "option", "correct", "answered_at"],
    )
    db.table("quiz_answers").create_index(["delivery_id", "question_id"], unique=True)
    db.table("quiz_answers").create_index(["user_id"])
    db.table("reviews").create(
        {
            "user_id": str,
            "lesson_id": str,
            "question_id": str,
            "repetitions": int,
            "interval_days": int,
            "ease": float,
            "due_on": str,
            "missed_on": str,
        },
        pk=("user_id", "lesson_id", "question_id"),
        foreign_keys=[("user_id", "users", "id")],
        not_null=["repetitions", "interval_days", "ease", "due_on", "missed_on"],
    )
    db.table("reviews").create_index(["user_id", "due_on"])
    db.table("lesson_completions").create(
        {"delivery_id": int, "user_id": str, "lesson_id": str, "completed_at": str},
        pk="delivery_id",
        foreign_keys=[("delivery_id", "lesson_deliveries", "id"), ("user_id", "users", "id")],
        not_null=["user_id", "lesson_id", "completed_at"],
    )
    db.table("lesson_completions").create_index(["user_id"])
    users = db.table("users")
    users.add_column("lessons_opted_out", int, not_null_default=0)
    users.add_column("uninstalled_at", str)


def add_llm_calls(db: sqlite_utils.Database) -> None:
    """One row per LLM rewrite attempt: which prompt and model, whether it was used or why not, what it cost."""
    db.table("llm_calls").create(
        {
            "id": int,
            "check_id": int,
            "user_id": str,
            "created_at": str,
            "model": str,
            "prompt_version": str,
            "engine": str,  # "llm" when the LLM rewrite was shown, "offline" when it was not
            "failure": str,  # the guardrail or fault that stopped it
            "prompt_tokens": int,
            "completion_tokens": int,
            "cached": int,
            "latency_ms": int,
        },
        pk="id",
        foreign_keys=[("check_id", "checks", "id"), ("user_id", "users", "id")],
        not_null=["check_id", "user_id", "created_at", "model", "prompt_version", "engine", "prompt_tokens",
                  "completion_tokens", "cached", "latency_ms"],
    )
    db.table("llm_calls").create_index(["created_at"])
    db.table("llm_calls").create_index(["check_id"])


def add_practice_sessions(db: sqlite_utils.Database) -> None:
    """Practice conversations with a simulated customer. The partial unique index is what keeps each agent to
    one active session, even when two messages race."""
    db.table("practice_sessions").create(
        {
            "id": int,
            "user_id": str,
            "platform": str,
            "scenario_id": str,
            "state": str,  # the session as JSON (bot.coach.practice.session.Session)
            "summary": str,  # JSON, once finished
            "status": str,  # "active", or how it finished
            "started_at": str,
            "updated_at": str,
            "finished_at": str,
        },
        pk="id",
        foreign_keys=[("user_id", "users", "id")],
        not_null=["user_id", "platform", "scenario_id", "state", "status", "started_at", "updated_at"],
    )
    db.execute(
        "CREATE UNIQUE INDEX practice_sessions_one_active ON practice_sessions (user_id) WHERE status = 'active'"
    )
    db.table("practice_sessions").create_index(["user_id", "started_at"])


def add_practice_llm_calls(db: sqlite_utils.Database) -> None:
    """LLM calls that word a practice customer's line belong to a session, not a check: ``check_id`` may be
    empty and ``practice_id`` names the session, so ``stats`` sums both kinds from one table."""
    db.table("llm_calls").transform(not_null={"check_id": False})
    db.table("llm_calls").add_column("practice_id", int, fk="practice_sessions", fk_col="id")
    db.table("llm_calls").create_index(["practice_id"])


def one_feedback_per_check_and_user(db: sqlite_utils.Database) -> None:
    """An agent's answer on a check is one row, the latest: pressing *Helpful* twice, or changing their mind,
    must not count twice. Rows saved before this keep only each agent's newest answer."""
    db.execute("DELETE FROM feedback WHERE id NOT IN (SELECT max(id) FROM feedback GROUP BY check_id, user_id)")
    db.table("feedback").create_index(["check_id", "user_id"], unique=True)


def checks_in_other_languages(db: sqlite_utils.Database) -> None:
    """A draft the offline engine can't read (not English) gets no score rather than a misleading one: its
    scores may be empty, and ``language`` says which language it was (ISO 639-1; "en" for every older row)."""
    db.table("checks").transform(not_null={"score": False, "rewrite_score": False})
    db.table("checks").add_column("language", str, not_null_default="en")


def lessons_exactly_once(db: sqlite_utils.Database) -> None:
    """What delivering a lesson exactly once needs, and answers known by option id.

    ``claimed_by`` names the run holding a claim, so that run alone renews its lease while it is alive;
    ``message_ref`` is where the platform put the lesson (Slack's channel and ``ts``, Teams' activity id).
    Quiz answers record the option's id, which holds however the options were shuffled; older rows get it
    from the option's place in the lesson files they were answered against.
    """
    deliveries = db.table("lesson_deliveries")
    deliveries.add_column("claimed_by", str)
    deliveries.add_column("message_ref", str)
    # A lesson that failed its last attempt is closed as "undelivered", so reports can count it.
    db.execute("UPDATE lesson_deliveries SET status = 'undelivered' WHERE status = 'failed' AND attempts >= 3")
    db.table("quiz_answers").add_column("option_id", str)
    from bot.coach.lessons.curriculum import Curriculum, CurriculumError

    try:
        curriculum = Curriculum.load()
    except CurriculumError:  # the answers keep their index; the option id is filled in as they are read
        return
    rows = db.execute("SELECT id, lesson_id, question_id, option FROM quiz_answers").fetchall()
    for answer_id, lesson_id, question_id, option in rows:
        lesson = curriculum.get(lesson_id)
        question = lesson.question(question_id) if lesson is not None else None
        if question is not None and 0 <= option < len(question.options):
            db.execute("UPDATE quiz_answers SET option_id = ? WHERE id = ?", [question.options[option].id, answer_id])


def index_llm_calls_by_user(db: sqlite_utils.Database) -> None:
    """forget-me deletes a user's LLM calls by ``user_id``: without an index that read the whole table."""
    db.table("llm_calls").create_index(["user_id"])


TEAM_OF = ("substr(user_id, 1, instr(user_id, ':') + instr(substr(user_id, instr(user_id, ':') + 1), ':') - 1)")
"""SQL for the team a user id belongs to: "slack:T1" for "slack:T1:U2", "teams:<tenant>" for a Teams id, and
"cli" for every terminal user."""
WEEK_OF = "date({}, '-6 days', 'weekday 1')"
"""SQL for the Monday (UTC) that starts the week of a stored timestamp."""
TEAM_FLOOR = 5
"""No team figure is drawn from fewer agents than this, so none can be traced back to one person."""


def add_team_view(db: sqlite_utils.Database) -> None:
    """What leads see: an agent's choice to share their own figures with them, the lessons leads assign to their
    team, indexes that read a period of checks, quiz answers and lessons without scanning the rest, and the
    weekly team figures as views (``team_weekly``, ``findings_weekly``) for sqlite-utils and Datasette. The
    views keep only weeks and findings seen across at least five agents, like every team view the coach
    shows, and hold no text."""
    db.table("users").add_column("share_with_leads", int, not_null_default=0)
    db.table("team_assignments").create(
        {
            "id": int,
            "team": str,  # "slack:T123" or "teams:<tenant>"
            "lesson_id": str,
            "assigned_by": str,  # the lead's user id; emptied if they ask to be forgotten
            "assigned_at": str,
        },
        pk="id",
        not_null=["team", "lesson_id", "assigned_at"],
    )
    db.table("team_assignments").create_index(["team", "assigned_at"])
    db.table("checks").create_index(["created_at", "user_id"])
    db.table("quiz_answers").create_index(["answered_at", "user_id"])
    db.table("lesson_deliveries").create_index(["sent_at", "user_id"])
    db.table("lesson_deliveries").create_index(["lesson_id", "kind", "user_id"])
    columns = ", ".join(f"round(avg({name}), 3) AS {name}" for name in ("acknowledge", "reflect", "explore", "own",
                                                                       "respect"))
    db.execute(
        f"CREATE VIEW team_weekly AS SELECT {TEAM_OF} AS team, {WEEK_OF.format('created_at')} AS week, "
        "count(DISTINCT user_id) AS agents, count(*) AS checks, round(avg(score), 1) AS average_score, "
        f"{columns} FROM checks GROUP BY team, week HAVING count(DISTINCT user_id) >= {TEAM_FLOOR}"
    )
    db.execute(
        f"CREATE VIEW findings_weekly AS SELECT {TEAM_OF} AS team, {WEEK_OF.format('created_at')} AS week, "
        "rule.value AS rule, count(DISTINCT checks.id) AS checks, count(DISTINCT user_id) AS agents "
        "FROM checks, json_each(checks.rules) AS rule GROUP BY team, week, rule.value "
        f"HAVING count(DISTINCT user_id) >= {TEAM_FLOOR}"
    )


MIGRATIONS: tuple[Migration, ...] = (
    create_core_tables, add_lesson_settings, add_conversations, add_handled_events, add_lesson_delivery, add_llm_calls,
    add_practice_sessions, add_practice_llm_calls, one_feedback_per_check_and_user, checks_in_other_languages,
    lessons_exactly_once,
    index_llm_calls_by_user,
    add_team_view,
)
"""The schema's history, oldest first. Append a function to change the schema; never edit or reorder one
that has shipped, because its position is the version number recorded in every existing database."""
