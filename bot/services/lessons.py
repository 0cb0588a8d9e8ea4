"""Daily lessons for every front end: the schedule, the fan-out, quiz answers, streaks, each agent's settings.

The delivery log in the store is the source of truth: every lesson is claimed
(one row per agent and local day, unique) before it is sent and marked sent
after. That makes a fan-out safe to restart or to run from cron beside the
in-process scheduler: a second run finds the row and moves on.

Overlap and crashes. A claim's lease runs from the moment of the claim, on
the store's clock, and the run renews its claims while it is alive, so a slow
run keeps what it claimed however long it takes. A claim that stops being
renewed means its process died; after ``CLAIM_LEASE`` the next run takes the
row over. Before it sends anything, it asks the platform whether the earlier
attempt got through (``Sender.already_sent``), so a lesson the platform accepted
just before the crash is recorded, not sent again.

Each chat platform provides a ``Sender``: the fan-out owns scheduling, retries
and bookkeeping, so a platform only turns a ``LessonMessage`` into a DM and
reports what its API answered (``RateLimited``, ``RecipientGone``).
"""

from __future__ import annotations

import asyncio
import logging
import uuid
from collections import Counter
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from threading import Lock
from typing import Literal

from bot.coach.lessons.choice import Pick, choose_lesson
from bot.coach.lessons.curriculum import Curriculum, CurriculumError, Lesson, Option, Question, shuffled_options
from bot.coach.lessons.routes import NO_CARD, RouteCard
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
    """One lesson for one agent. Quiz buttons carry ``delivery_id``, the question id and the option id,
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
    conversation: str | None = None
    """Where the platform last reached this agent (Slack: the DM channel), so the sender needn't look it up."""

    @property
    def questions(self) -> list[Question]:
        """The quiz in the order every platform shows it: a review leads with the question missed last time."""
        return sorted(self.lesson.quiz, key=lambda question: question.id != self.review_question)

    def options(self, question: Question) -> tuple[Option, ...]:
        """The question's options in this delivery's own order, the same every time the lesson is drawn."""
        return shuffled_options(question, self.delivery_id)


@dataclass(frozen=True, slots=True)
class Sent:
    """What the platform said when it accepted a lesson."""

    message_ref: str | None = None
    """Where the lesson is (Slack: "channel/ts"; Teams: the activity id), kept in the delivery log."""
    conversation: str | None = None
    """The conversation it went to, remembered so the next lesson goes straight there."""


Sender = Callable[[LessonMessage], Awaitable[Sent | None]]
"""Sends one lesson and returns what the platform said (``None`` is fine when it said nothing worth keeping).

A sender that can look back at what it sent also has ``async already_sent(message) -> Sent | None``. The
fan-out calls it before any second attempt at a delivery (a run that died mid-send, a send that failed
after the platform may have accepted it), and records instead of resending what it finds.
"""


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

    def __init__(self, store: Store, curriculum: Curriculum | None = None, *, routes: RouteCard = NO_CARD) -> None:
        self._store = store
        self._curriculum = curriculum
        self._routes = routes
        self._lock = Lock()

    def curriculum(self) -> Curriculum:
        """Every lesson, read from the files once, on first use, with the team's route card filled in; raises
        ``CurriculumError`` when they are broken."""
        with self._lock:
            if self._curriculum is None:
                self._curriculum = Curriculum.load(routes=self._routes)
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

    def answer_quiz(self, user_id: str, delivery_id: int, question_id: str, option_id: str | int) -> QuizReply:
        return answer_quiz(self._store, self.curriculum(), user_id, delivery_id, question_id, option_id)

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
"""How long a claim holds without renewal: far longer than the gap between renewals, shorter than a day."""
RENEW_EVERY_SECONDS = CLAIM_LEASE.total_seconds() / 5
"""A live run renews its claims this often, so even a slow database or a paused event loop can't let one lapse."""
MAX_ATTEMPTS = 5
"""Sends that fail with an error (not a rate limit) are retried by later runs the same day, this many in all.
Overlapping runs retry within seconds of each other, so the budget has to outlast a burst of platform errors."""
DEFAULT_CONCURRENCY = 8
SCHEDULER_INTERVAL = timedelta(minutes=1)
"""Lessons go out within a minute of their time, well inside the 15 minutes after which they count as late."""
UNDELIVERED_NAMED = 10
"""How many undelivered agents the summary names; ``empathy-coach stats`` lists them all."""
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
    deferred: int = 0
    """Lessons the database was too busy to claim or to record; a later run settles them."""
    recovered: int = 0
    """Lessons an interrupted attempt had delivered after all: found on the platform and recorded, not resent."""
    undelivered: list[str] = field(default_factory=list)
    """Agents whose lesson failed its last allowed attempt in this run: they won't get it today."""
    rate_limited: int = 0
    waited_seconds: float = 0.0
    """Time the platforms were actually paused for a rate limit (overlapping 429s count once)."""
    no_sender: Counter[str] = field(default_factory=Counter)
    """Due lessons per platform that has no sender configured."""
    unschedulable: tuple[Unschedulable, ...] = ()

    def line(self) -> str:
        parts = [f"{self.sent} lessons sent ({self.late} late)"]
        if self.deferred:
            parts.append(f"{self.deferred} left for a later run (database busy)")
        if self.recovered:
            parts.append(f"{self.recovered} found already delivered by an interrupted attempt (not sent again)")
        retried = self.failed - len(self.undelivered)
        if retried:
            parts.append(f"{retried} failed (retried by the next run)")
        if self.undelivered:
            shown = ", ".join(self.undelivered[:UNDELIVERED_NAMED])
            more = f" and {len(self.undelivered) - UNDELIVERED_NAMED} more" if len(self.undelivered) > UNDELIVERED_NAMED else ""
            parts.append(f"{len(self.undelivered)} undelivered after {MAX_ATTEMPTS} attempts, no more tries today "
                         f"({shown}{more})")
        if self.gone:
            parts.append(f"{self.gone} recipients gone")
        if self.taken:
            parts.append(f"{self.taken} already handled by another run")
        if self.rate_limited:
            parts.append(f"rate-limited {self.rate_limited} times, waited {self.waited_seconds:.1f} s")
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


Checkpoint = Callable[[str, LessonMessage], None]
"""Called at each step of one delivery: "claimed" (before the send) and "sent" (accepted by the platform, not yet
recorded). It exists so tests can kill the process at exactly those moments."""


async def deliver_due(
    store: Store,
    now: datetime,
    senders: Mapping[str, Sender],
    *,
    curriculum: Curriculum | None = None,
    concurrency: int = DEFAULT_CONCURRENCY,
    sleep: Sleep = asyncio.sleep,
    renew_every: float = RENEW_EVERY_SECONDS,
    checkpoint: Checkpoint | None = None,
) -> DeliveryReport:
    """Send every lesson due at ``now`` through the sender of each agent's platform.

    A rate limit pauses that platform for as long as it asks and the send is
    retried, never dropped; an agent the platform can't reach is marked so and
    gets no more lessons until they next use the coach; any other failure is
    logged and left for the next run, up to ``MAX_ATTEMPTS``. While the run is
    alive it renews its claims every ``renew_every`` seconds.
    """
    curriculum = curriculum if curriculum is not None else Curriculum.load()
    plan = plan_due(store, curriculum, now)
    report = DeliveryReport(unschedulable=plan.unschedulable)
    pauses = {platform: _Pause(sleep, report) for platform in senders}
    slots = asyncio.Semaphore(max(1, concurrency))
    run = uuid.uuid4().hex

    async def deliver(due: Due) -> None:
        platform = due.recipient.platform
        sender = senders.get(platform)
        if sender is None:
            report.no_sender[platform] += 1
            return
        async with slots:
            await pauses[platform].passed()
            try:
                delivery = store.claim_delivery(
                    due.recipient.user_id, due.slot, due.pick, run=run, lease=CLAIM_LEASE, max_attempts=MAX_ATTEMPTS
                )
            except StoreError as error:  # nothing claimed, nothing sent: the next run starts it afresh
                log.warning("Lesson for %s left for the next run: %s", due.recipient.user_id, error)
                report.deferred += 1
                return
            if delivery is None:
                report.taken += 1
                return
            message = _message(delivery, curriculum.get(delivery.lesson_id) or due.pick.lesson,
                               due.recipient.conversation)
            if checkpoint is not None:
                checkpoint("claimed", message)
            try:
                await attempt(delivery, message, sender, pauses[platform])
            except StoreError as error:  # the claim stands; once its lease ends a run looks on the platform first
                log.warning("Lesson for %s not recorded (%s); a run after this claim's lease settles it, looking "
                            "for it on the platform before sending anything.", delivery.user_id, error)
                report.deferred += 1

    async def attempt(delivery: Delivery, message: LessonMessage, sender: Sender, pause: _Pause) -> None:
        try:
            look = getattr(sender, "already_sent", None) if delivery.attempts > 1 else None
            found = await _paced(look, message, pause, report) if look is not None else None
            sent = found or await _paced(sender, message, pause, report) or Sent()
            if checkpoint is not None and found is None:
                checkpoint("sent", message)
        except RecipientGone:
            store.mark_delivery_gone(delivery.id, now)
            report.gone += 1
            return
        except Exception as error:  # one agent's failure must not stop everyone else's lesson
            last = delivery.attempts >= MAX_ATTEMPTS
            log.warning("Lesson for %s not sent (attempt %d of %d%s): %s", delivery.user_id, delivery.attempts,
                        MAX_ATTEMPTS, ", the last today" if last else "", error)
            store.mark_delivery_failed(delivery.id, f"{type(error).__name__}: {error}", last=last)
            report.failed += 1
            if last:
                report.undelivered.append(delivery.user_id)
            return
        learned = sent.conversation if sent.conversation != message.conversation else None
        store.mark_delivery_sent(delivery.id, now, sent.message_ref, learned)
        if found is not None:
            report.recovered += 1
        else:
            report.sent += 1
            report.late += delivery.late

    renewal = asyncio.create_task(_renew(store, run, renew_every), name="lesson-claim-renewal")
    try:
        await asyncio.gather(*(deliver(due) for due in plan.due))
    finally:
        renewal.cancel()
    return report


async def _renew(store: Store, run: str, every: float) -> None:
    """Keep this run's claims fresh while it is alive: a slow run is never mistaken for a dead one."""
    while True:
        await asyncio.sleep(every)
        try:
            store.renew_claims(run)
        except StoreError as error:  # the next renewal tries again, well inside the lease
            log.warning("Couldn't renew this run's lesson claims: %s", error)


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
            if report.undelivered:  # someone won't get today's lesson: worth a look by whoever runs the coach
                log.warning("Lessons: %s", report.line())
            elif report.sent or report.failed or report.gone or report.recovered or report.deferred:
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


async def _paced(
    call: Callable[[LessonMessage], Awaitable[Sent | None]], message: LessonMessage, pause: _Pause,
    report: DeliveryReport,
) -> Sent | None:
    """One call to the platform (a send, or a look for an earlier one), waiting out its rate limit as told."""
    while True:
        await pause.passed()
        try:
            return await call(message)
        except RateLimited as limit:
            report.rate_limited += 1
            await pause.hold(max(MIN_RETRY_SECONDS, limit.retry_after))


class _Pause:
    """One per platform: its rate limit is shared by every send, so one 429 holds them all.

    Only the send that closes the pause adds its time to the report: others that hit the limit meanwhile
    wait on the same pause, and counting them too would report many times the real wait.
    """

    def __init__(self, sleep: Sleep, report: DeliveryReport) -> None:
        self._sleep = sleep
        self._report = report
        self._open = asyncio.Event()
        self._open.set()

    async def passed(self) -> None:
        await self._open.wait()

    async def hold(self, seconds: float) -> None:
        if not self._open.is_set():  # another send already got the 429 and is waiting it out
            await self._open.wait()
            return
        self._open.clear()
        self._report.waited_seconds += seconds
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
    option_id: str | int,
    now: datetime | None = None,
) -> QuizReply:
    """Record a quiz button press from any platform; the first answer to a question is the one that counts.

    The press names the option by its id, so where the option was shown (options are shuffled per delivery)
    plays no part. A number is the option's place in the lesson file: what buttons on lessons sent before
    answers were kept by id carry.

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
    pressed = _pressed(question, option_id) if question is not None else None
    if lesson is None or question is None or pressed is None:
        return QuizReply("unknown", "This question has changed since the lesson was sent, so the answer "
                                    "wasn't saved. Your next lesson has a fresh quiz.")
    today = _local_today(store, user_id, now)
    outcome = store.record_quiz_answer(
        delivery, question.id, pressed.id, question.options.index(pressed), pressed.correct,
        [q.id for q in lesson.quiz], today,
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
    answers: dict[str, str]
    """The id of the option that counts for each answered question."""
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


def _pressed(question: Question, option: str | int) -> Option | None:
    if isinstance(option, int):
        return question.options[option] if 0 <= option < len(question.options) else None
    return question.option(option)


def _own_delivery(store: Store, user_id: str, delivery_id: int) -> Delivery | None:
    """The delivery behind a button press, or ``None`` when it is gone (forget-me) or someone else's."""
    delivery = store.delivery(delivery_id)
    return delivery if delivery is not None and delivery.user_id == user_id else None


def _message(delivery: Delivery, lesson: Lesson, conversation: str | None = None) -> LessonMessage:
    return LessonMessage(delivery.id, delivery.user_id, lesson, delivery.reason, delivery.local_date,
                         delivery.late, delivery.question_id, conversation)


def _local_today(store: Store, user_id: str, now: datetime) -> date:
    settings = store.user_settings(user_id)
    return local_today(now, settings.timezone if settings is not None else None)


def _days_in_a_row(days: int) -> str:
    return f"Streak: {in_a_row(days)}."
