"""Daily lessons for every front end: the schedule, the fan-out, quiz answers, streaks, each agent's settings.

The delivery log in the store is the source of truth: every lesson is claimed
(one row per agent and local day, unique) before it is sent and marked sent
after. That makes a fan-out safe to restart or to run from cron beside the
in-process scheduler: a second run finds the row and moves on.

Crash between claim and send. A claim that is never marked sent or failed
means its process died mid-send. After ``CLAIM_LEASE`` the next run takes the
row over and sends the same lesson. We chose this over never retrying because
a lost lesson is silent and breaks a streak through no fault of the agent,
while the only duplicate it can cause needs a crash inside the moment between
the platform accepting the message and the next SQLite commit.

Each chat platform provides a ``Sender``: the fan-out owns scheduling, retries
and bookkeeping, so a platform only turns a ``LessonMessage`` into a DM and
reports what its API answered (``RateLimited``, ``RecipientGone``).
"""

from __future__ import annotations

import asyncio
import logging
from collections import Counter
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from threading import Lock
from typing import Literal

from bot.coach.lessons.choice import Pick, choose_lesson
from bot.coach.lessons.curriculum import Curriculum, CurriculumError, Lesson, Question
from bot.coach.lessons.schedule import (
    ScheduleError,
    Slot,
    due_slot,
    format_lesson_time,
    local_today,
    parse_lesson_time,
    parse_timezone,
)
from bot.coach.lessons.streaks import Streak, in_a_row, streak
from bot.store import Clock, Delivery, LessonRecipient, LessonStats, Store, StoreError, UserSettings, utc_now

log = logging.getLogger(__name__)

LESSON_PLATFORMS = frozenset({"slack", "teams"})
"""Where lessons are sent; the terminal has no inbox, so its users read lessons with ``empathy-coach lesson``."""
LESSON_GONE = "This lesson is no longer on record (it may have been deleted with forget-me)."
NO_TIMEZONE = "UTC"
"""The zone of an agent who hasn't set one (Slack didn't say, Teams hasn't reported it): they get lessons at their
chosen time in UTC, and every front end says so (``lesson_schedule``)."""


# --- What a platform provides to send lessons ----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class LessonMessage:
    """One lesson for one agent. Quiz buttons carry ``delivery_id``, the question id and the option index,
    which is all ``Lessons.answer_quiz`` needs to record the answer."""

    delivery_id: int
    user_id: str
    lesson: Lesson
    reason: str
    """Why this lesson today, in one sentence for the agent."""
    local_date: date
    late: bool
    """Sent after its time because the service was down; the message should say so."""
    review_question: str | None = None
    """For a review, the id of the question they missed, to show first."""

    @property
    def questions(self) -> list[Question]:
        """The quiz in the order every platform shows it: a review leads with the question missed last time."""
        return sorted(self.lesson.quiz, key=lambda question: question.id != self.review_question)


Sender = Callable[[LessonMessage], Awaitable[None]]


class RateLimited(Exception):
    """The platform asked us to slow down (HTTP 429); the fan-out waits ``retry_after`` seconds and retries."""

    def __init__(self, retry_after: float, message: str = "") -> None:
        super().__init__(message or f"rate limited; retry after {retry_after:g} s")
        self.retry_after = max(0.0, float(retry_after))


class RecipientGone(Exception):
    """The agent can no longer be reached (deleted from the workspace, app removed); stop sending to them."""


# --- The service -----------------------------------------------------------------------------------------------


class Lessons:
    """Everything about daily lessons a front end asks for, one call per action, each with one user id."""

    def __init__(self, store: Store, curriculum: Curriculum | None = None) -> None:
        self._store = store
        self._curriculum = curriculum
        self._lock = Lock()

    def curriculum(self) -> Curriculum:
        """Every lesson, read from the files once, on first use; raises ``CurriculumError`` when they are broken."""
        with self._lock:
            if self._curriculum is None:
                self._curriculum = Curriculum.load()
            return self._curriculum

    def lesson(self, lesson_id: str) -> Lesson | None:
        """The lesson a finding or a practice summary points to.

        ``None`` also when the lesson files are broken (logged): "Why?" then falls back to the finding's own
        explanation and a summary to the lesson's id, rather than showing nothing.
        """
        try:
            return self.curriculum().get(lesson_id)
        except CurriculumError as error:
            log.error("The lesson files can't be read, so lesson %s is shown without them:\n%s", lesson_id, error)
            return None

    def settings(self, user_id: str) -> UserSettings:
        return self._store.user_settings(user_id) or UserSettings(user_id, None)

    def change_settings(
        self, user_id: str, platform: str, *, timezone: str | None, lesson_time: str, weekdays_only: bool,
        paused: bool, opted_out: bool | None = None,
    ) -> UserSettings:
        """Validate what the agent typed, then save it; raises ``SettingsInputError`` naming the bad value.

        ``opted_out=None`` keeps the agent's current choice, for a form that doesn't offer it.
        """
        if opted_out is None:
            opted_out = self.settings(user_id).lessons_opted_out
        settings = UserSettings(user_id, _valid_timezone(timezone), _valid_time(lesson_time), weekdays_only, paused,
                                opted_out)
        self._store.ensure_user(user_id, platform)
        self._store.save_user_settings(settings)
        return settings

    def progress(self, user_id: str) -> LessonProgress:
        return lesson_progress(self._store, user_id)

    def answer_quiz(self, user_id: str, delivery_id: int, question_id: str, option: int) -> QuizReply:
        return answer_quiz(self._store, self.curriculum(), user_id, delivery_id, question_id, option)

    def complete(self, user_id: str, delivery_id: int) -> LessonDone:
        return complete_lesson(self._store, user_id, delivery_id)

    def state(self, user_id: str, delivery_id: int) -> LessonState | None:
        return lesson_state(self._store, self.curriculum(), user_id, delivery_id)

    def plan(self, now: datetime) -> Plan:
        return plan_due(self._store, self.curriculum(), now)

    async def deliver_due(self, now: datetime, senders: Mapping[str, Sender]) -> DeliveryReport:
        return await deliver_due(self._store, now, senders, curriculum=self.curriculum())

    async def deliver_every(self, senders: Mapping[str, Sender], *, stop: asyncio.Event | None = None) -> None:
        await deliver_every(self._store, senders, clock=self._store.clock, curriculum=self.curriculum(), stop=stop)

    def app_removed(self, user_or_workspace: str) -> int:
        """Stop lessons for one agent ("teams:T1:U2") or a whole workspace ("slack:T1") that removed the app;
        anyone who uses it again afterwards is back. Returns how many agents were stopped."""
        return self._store.mark_uninstalled(user_or_workspace)

    def save_conversation(self, user_id: str, platform: str, reference: str) -> bool:
        """Keep the latest way to message this agent unprompted; True only the first time."""
        return self._store.save_conversation(user_id, platform, reference)

    def conversation(self, user_id: str) -> str | None:
        """``None`` once the agent has removed the app (or never installed it): nothing may be sent then."""
        return self._store.conversation(user_id)

    def drop_conversation(self, user_id: str) -> bool:
        return self._store.drop_conversation(user_id)


class SettingsInputError(ValueError):
    """A lesson setting the agent typed can't be used; the message says what to type instead.

    ``field`` ("timezone" or "lesson_time") lets a form show the message beside the right input.
    """

    def __init__(self, message: str, field: str) -> None:
        super().__init__(message)
        self.field = field


def lesson_schedule(settings: UserSettings, change_in: str) -> str:
    """When this agent's lessons arrive, in the one sentence every front end shows; ``change_in`` names where the
    agent changes it on that platform, e.g. "`settings`" in Teams."""
    if settings.lessons_opted_out:
        return f"You won't get daily lessons; switch them back on in {change_in} whenever you like."
    if settings.lessons_paused:
        return f"Lessons are paused until you turn them back on in {change_in}."
    days = "on weekdays" if settings.weekdays_only else "every day"
    if settings.timezone is None:
        return (f"Lessons arrive at {settings.lesson_time} {days}, {NO_TIMEZONE} time until you set your time zone "
                f"in {change_in}.")
    return f"Lessons arrive at {settings.lesson_time} {days}, {settings.timezone} time."


def _valid_time(text: str) -> str:
    """The same reading of a time as the scheduler's, so a saved time is one it can use."""
    try:
        return format_lesson_time(parse_lesson_time(text))
    except ScheduleError as error:
        raise SettingsInputError(str(error), "lesson_time") from None


def _valid_timezone(name: str | None) -> str | None:
    """An IANA name such as Europe/Paris, the form Teams and Slack report; blank means "not set"."""
    name = (name or "").strip()
    if not name:
        return None
    try:
        return parse_timezone(name).key
    except ScheduleError as error:
        raise SettingsInputError(str(error), "timezone") from None


# --- The fan-out -------------------------------------------------------------------------------------------------

CLAIM_LEASE = timedelta(minutes=10)
"""Far longer than any send, including a platform's retry-after; shorter than the gap to the next day."""
MAX_ATTEMPTS = 3
"""Sends that fail with an error (not a rate limit) are retried by later runs the same day, this many in all."""
DEFAULT_CONCURRENCY = 8
SCHEDULER_INTERVAL = timedelta(minutes=1)
"""Lessons go out within a minute of their time, well inside the 15 minutes after which they count as late."""
MIN_RETRY_SECONDS = 1.0
"""A platform that says "retry after 0 s" still gets a pause, so a misbehaving API can't spin us."""

Sleep = Callable[[float], Awaitable[None]]


@dataclass(frozen=True, slots=True)
class Due:
    recipient: LessonRecipient
    slot: Slot
    pick: Pick

    @property
    def timezone(self) -> str:
        """The zone the lesson was scheduled in: the agent's, or UTC while they have none."""
        return self.recipient.timezone or NO_TIMEZONE


@dataclass(frozen=True, slots=True)
class Unschedulable:
    """An agent who should get lessons but whose stored schedule can't be used; shown by ``--dry-run``."""

    user_id: str
    reason: str


@dataclass(frozen=True, slots=True)
class Plan:
    due: tuple[Due, ...]
    unschedulable: tuple[Unschedulable, ...]


@dataclass(slots=True)
class DeliveryReport:
    sent: int = 0
    late: int = 0
    failed: int = 0
    gone: int = 0
    taken: int = 0
    """Due lessons another run had already claimed (or finished): not ours to send."""
    rate_limited: int = 0
    waited_seconds: float = 0.0
    no_sender: Counter[str] = field(default_factory=Counter)
    """Due lessons per platform that has no sender configured."""
    unschedulable: tuple[Unschedulable, ...] = ()

    def line(self) -> str:
        parts = [f"{self.sent} lessons sent ({self.late} late)"]
        if self.failed:
            parts.append(f"{self.failed} failed (retried by the next run)")
        if self.gone:
            parts.append(f"{self.gone} recipients gone")
        if self.taken:
            parts.append(f"{self.taken} already handled by another run")
        if self.rate_limited:
            parts.append(f"rate-limited {self.rate_limited} times, waited {self.waited_seconds:g} s")
        for platform, count in sorted(self.no_sender.items()):
            parts.append(f"{count} skipped: no {platform} sender")
        if self.unschedulable:
            parts.append(f"{len(self.unschedulable)} with a schedule we can't use")
        return ", ".join(parts) + "."


def plan_due(store: Store, curriculum: Curriculum, now: datetime) -> Plan:
    """Who is due a lesson at ``now``, which one and why; reads the store and writes nothing."""
    slots: list[tuple[LessonRecipient, Slot]] = []
    unschedulable: list[Unschedulable] = []
    for recipient in store.lesson_recipients():
        if recipient.platform not in LESSON_PLATFORMS:
            continue
        try:
            slot = due_slot(now, recipient.timezone or NO_TIMEZONE, recipient.lesson_time, recipient.weekdays_only)
        except ScheduleError as error:
            unschedulable.append(Unschedulable(recipient.user_id, str(error)))
            continue
        if slot is not None:
            slots.append((recipient, slot))
    settled = store.settled_deliveries((slot.local_date for _, slot in slots), MAX_ATTEMPTS)
    due = []
    for recipient, slot in slots:
        if (recipient.user_id, slot.local_date) in settled:
            continue
        pick = _assigned(store, curriculum, recipient.user_id)
        if pick is None:
            history = store.lesson_history(recipient.user_id, slot.local_date, now)
            pick = choose_lesson(curriculum, history, slot.local_date)
        due.append(Due(recipient, slot, pick))
    return Plan(tuple(due), tuple(unschedulable))


def _assigned(store: Store, curriculum: Curriculum, user_id: str) -> Pick | None:
    """The lesson a lead assigned to this agent's team, while it is owed to them: it comes before any other."""
    from bot.store.team import TeamStore, team_of

    team = team_of(user_id)
    lesson_id = TeamStore(store).pending_assignment(user_id, team) if team is not None else None
    lesson = curriculum.get(lesson_id) if lesson_id is not None else None
    if lesson is None:
        return None
    return Pick(lesson, "Your lead chose this lesson for the whole team.", "assigned")


async def deliver_due(
    store: Store,
    now: datetime,
    senders: Mapping[str, Sender],
    *,
    curriculum: Curriculum | None = None,
    concurrency: int = DEFAULT_CONCURRENCY,
    sleep: Sleep = asyncio.sleep,
) -> DeliveryReport:
    """Send every lesson due at ``now`` through the sender of each agent's platform.

    A rate limit pauses that platform for as long as it asks and the send is
    retried, never dropped; an agent the platform can't reach is marked so and
    gets no more lessons until they next use the coach; any other failure is
    logged and left for the next run.
    """
    curriculum = curriculum if curriculum is not None else Curriculum.load()
    plan = plan_due(store, curriculum, now)
    report = DeliveryReport(unschedulable=plan.unschedulable)
    pauses = {platform: _Pause(sleep) for platform in senders}
    slots = asyncio.Semaphore(max(1, concurrency))

    async def deliver(due: Due) -> None:
        platform = due.recipient.platform
        sender = senders.get(platform)
        if sender is None:
            report.no_sender[platform] += 1
            return
        async with slots:
            await pauses[platform].passed()
            delivery = store.claim_delivery(
                due.recipient.user_id, due.slot, due.pick, now, lease=CLAIM_LEASE, max_attempts=MAX_ATTEMPTS
            )
            if delivery is None:
                report.taken += 1
                return
            message = _message(delivery, curriculum.get(delivery.lesson_id) or due.pick.lesson)
            try:
                await _send(sender, message, pauses[platform], report)
            except RecipientGone:
                store.mark_delivery_gone(delivery.id, now)
                report.gone += 1
                return
            except Exception as error:  # one agent's failure must not stop everyone else's lesson
                log.warning("Lesson for %s not sent (attempt %d): %s", delivery.user_id, delivery.attempts, error)
                store.mark_delivery_failed(delivery.id, f"{type(error).__name__}: {error}")
                report.failed += 1
                return
            store.mark_delivery_sent(delivery.id, now)
            report.sent += 1
            report.late += delivery.late

    await asyncio.gather(*(deliver(due) for due in plan.due))
    return report


async def deliver_every(
    store: Store,
    senders: Mapping[str, Sender],
    *,
    clock: Clock = utc_now,
    sleep: Sleep = asyncio.sleep,
    curriculum: Curriculum | None = None,
    stop: asyncio.Event | None = None,
) -> None:
    """The in-process scheduler ``serve`` runs: one fan-out per interval until cancelled or ``stop`` is set.

    A run that fails as a whole (the database locked beyond its timeout, say) is
    logged and the next one tries again; the delivery log makes that safe.
    Setting ``stop`` ends the loop once the round in progress is done, so a server
    shutting down doesn't cut a send off between the platform accepting it and the
    log recording it (which would send it again after ``CLAIM_LEASE``).
    """
    curriculum = curriculum if curriculum is not None else Curriculum.load()
    while stop is None or not stop.is_set():
        try:
            report = await deliver_due(store, clock(), senders, curriculum=curriculum, sleep=sleep)
        except StoreError as error:
            log.error("Lesson delivery skipped this round: %s", error)
        except Exception:  # an unforeseen fault in one round must not end every later day's lessons
            log.exception("Lesson delivery failed this round; the next round tries again.")
        else:
            if report.sent or report.failed or report.gone:
                log.info("Lessons: %s", report.line())
        await _wait(sleep(SCHEDULER_INTERVAL.total_seconds()), stop)


async def _wait(pause: Awaitable[None], stop: asyncio.Event | None) -> None:
    """The pause between rounds, cut short by ``stop``."""
    if stop is None:
        await pause
        return
    waits = {asyncio.ensure_future(pause), asyncio.ensure_future(stop.wait())}
    try:
        await asyncio.wait(waits, return_when=asyncio.FIRST_COMPLETED)
    finally:
        for wait in waits:
            wait.cancel()


async def _send(sender: Sender, message: LessonMessage, pause: _Pause, report: DeliveryReport) -> None:
    while True:
        await pause.passed()
        try:
            await sender(message)
            return
        except RateLimited as limit:
            wait = max(MIN_RETRY_SECONDS, limit.retry_after)
            report.rate_limited += 1
            report.waited_seconds += wait
            await pause.hold(wait)


class _Pause:
    """One per platform: its rate limit is shared by every send, so one 429 holds them all."""

    def __init__(self, sleep: Sleep) -> None:
        self._sleep = sleep
        self._open = asyncio.Event()
        self._open.set()

    async def passed(self) -> None:
        await self._open.wait()

    async def hold(self, seconds: float) -> None:
        if not self._open.is_set():  # another send already got the 429 and is waiting it out
            await self._open.wait()
            return
        self._open.clear()
        try:
            await self._sleep(seconds)
        finally:
            self._open.set()


# --- Quiz answers, "Done", progress ------------------------------------------------------------------------------

AnswerStatus = Literal["recorded", "already-answered", "unknown"]


@dataclass(frozen=True, slots=True)
class QuizReply:
    """What to show an agent after they press a quiz button."""

    status: AnswerStatus
    message: str
    """One or two sentences, ready to show as is."""
    correct: bool | None = None
    """Whether the option pressed is the right one (``None`` when the press couldn't be matched)."""
    feedback: str | None = None
    """Why the option pressed is right or wrong."""
    lesson_completed: bool = False
    streak: int | None = None
    """Set when this answer completed the lesson, for "that's 4 days in a row"."""

    @property
    def note(self) -> str | None:
        """What a platform adds under the lesson it redraws after the press; the option's feedback is already
        drawn under its question there, so only a repeat press or a finished lesson needs saying."""
        if self.status == "already-answered":
            return "You'd already answered that question: your first answer is the one that counts."
        if self.streak is not None:
            return f"Lesson done: that's {in_a_row(self.streak)}."
        return None


def answer_quiz(
    store: Store,
    curriculum: Curriculum,
    user_id: str,
    delivery_id: int,
    question_id: str,
    option: int,
    now: datetime | None = None,
) -> QuizReply:
    """Record a quiz button press from any platform; the first answer to a question is the one that counts.

    A press on a lesson that was deleted (forget-me), belongs to someone else, or
    whose question was edited since it was sent is answered with a message and
    changes nothing.
    """
    now = now if now is not None else store.clock()
    delivery = _own_delivery(store, user_id, delivery_id)
    if delivery is None:
        return QuizReply("unknown", "This lesson is no longer on record (it may have been deleted with "
                                    "forget-me), so the answer wasn't saved.")
    lesson = curriculum.get(delivery.lesson_id)
    question = lesson.question(question_id) if lesson is not None else None
    if lesson is None or question is None or not 0 <= option < len(question.options):
        return QuizReply("unknown", "This question has changed since the lesson was sent, so the answer "
                                    "wasn't saved. Your next lesson has a fresh quiz.")
    today = _local_today(store, user_id, now)
    pressed = question.options[option]
    outcome = store.record_quiz_answer(
        delivery, question.id, option, pressed.correct, [q.id for q in lesson.quiz], today
    )
    if outcome is None:
        return QuizReply("unknown", "This lesson is no longer on record, so the answer wasn't saved.")
    verdict = "Right." if pressed.correct else "Not quite."
    if outcome.recorded:
        message = f"{verdict} {pressed.feedback}"
    else:
        message = f"{verdict} {pressed.feedback} (You'd already answered this one; your first answer is the one kept.)"
    done = outcome.recorded and outcome.completed
    days = streak(store.lesson_days(user_id), today).days if done else None
    if days is not None:
        message += f" Lesson done. {_days_in_a_row(days)}"
    return QuizReply(
        "recorded" if outcome.recorded else "already-answered",
        message,
        pressed.correct,
        pressed.feedback,
        lesson_completed=outcome.completed,
        streak=days,
    )


@dataclass(frozen=True, slots=True)
class LessonDone:
    newly_completed: bool
    message: str
    streak: int | None = None


def complete_lesson(store: Store, user_id: str, delivery_id: int, now: datetime | None = None) -> LessonDone:
    """Mark a lesson done from a platform's "Done" button; pressing it again is a no-op with a message."""
    now = now if now is not None else store.clock()
    delivery = _own_delivery(store, user_id, delivery_id)
    if delivery is None:
        return LessonDone(False, LESSON_GONE)
    if not store.complete_lesson(delivery):
        return LessonDone(False, "This lesson is already marked done.")
    days = streak(store.lesson_days(user_id), _local_today(store, user_id, now)).days
    return LessonDone(True, f"Lesson done. {_days_in_a_row(days)}", days)


@dataclass(frozen=True, slots=True)
class LessonState:
    """A delivered lesson as it stands now, for a platform redrawing it after a quiz or "Done" press."""

    message: LessonMessage
    answers: dict[str, int]
    """The option that counts for each answered question."""
    completed: bool


def lesson_state(store: Store, curriculum: Curriculum, user_id: str, delivery_id: int) -> LessonState | None:
    """``None`` when the lesson is gone (forget-me), isn't this agent's, or was removed from the curriculum."""
    delivery = _own_delivery(store, user_id, delivery_id)
    lesson = curriculum.get(delivery.lesson_id) if delivery is not None else None
    if delivery is None or lesson is None:
        return None
    answers = store.quiz_answers(delivery_id)
    return LessonState(_message(delivery, lesson), answers, store.lesson_completed(delivery_id))


@dataclass(frozen=True, slots=True)
class LessonProgress:
    streak: Streak
    stats: LessonStats

    def to_dict(self) -> dict:
        accuracy = self.stats.accuracy
        return {
            "streak": self.streak.days,
            "frozen": [day.isoformat() for day in self.streak.frozen],
            "lessons_completed": self.stats.lessons_completed,
            "quiz_answers": self.stats.quiz_answers,
            "quiz_accuracy": None if accuracy is None else round(accuracy, 3),
        }


def lesson_progress(store: Store, user_id: str, now: datetime | None = None) -> LessonProgress:
    """The streak, lessons done and quiz accuracy that progress views show beside the check scores."""
    now = now if now is not None else store.clock()
    today = _local_today(store, user_id, now)
    return LessonProgress(streak(store.lesson_days(user_id), today), store.lesson_stats(user_id))


def _own_delivery(store: Store, user_id: str, delivery_id: int) -> Delivery | None:
    """The delivery behind a button press, or ``None`` when it is gone (forget-me) or someone else's."""
    delivery = store.delivery(delivery_id)
    return delivery if delivery is not None and delivery.user_id == user_id else None


def _message(delivery: Delivery, lesson: Lesson) -> LessonMessage:
    return LessonMessage(delivery.id, delivery.user_id, lesson, delivery.reason, delivery.local_date,
                         delivery.late, delivery.question_id)


def _local_today(store: Store, user_id: str, now: datetime) -> date:
    settings = store.user_settings(user_id)
    return local_today(now, settings.timezone if settings is not None else None)


def _days_in_a_row(days: int) -> str:
    return f"Streak: {in_a_row(days)}."
