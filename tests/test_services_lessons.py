"""The lesson fan-out and quiz callbacks against a real store, with a fixed clock and fake senders."""

from __future__ import annotations

import asyncio
import sqlite3
from collections import Counter
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.coach.lessons.curriculum import Curriculum
from bot.services.lessons import (
    CLAIM_LEASE,
    MAX_ATTEMPTS,
    LessonMessage,
    RateLimited,
    RecipientGone,
    Sent,
    answer_quiz,
    complete_lesson,
    deliver_due,
    lesson_progress,
    lesson_schedule,
    plan_due,
)
from bot.store import Store, UserSettings


@pytest.fixture(scope="module")
def curriculum() -> Curriculum:
    return Curriculum.load()


class Outbox:
    """A sender that keeps every message, with the fan-out time it was sent at."""

    def __init__(self) -> None:
        self.sent: list[tuple[datetime, LessonMessage]] = []
        self.now = datetime.min.replace(tzinfo=UTC)

    async def __call__(self, message: LessonMessage) -> None:
        self.sent.append((self.now, message))

    def users(self) -> Counter[str]:
        return Counter(message.user_id for _, message in self.sent)


def enrol(store: Store, user_id: str, timezone: str | None, lesson_time: str = "09:30", *,
          weekdays_only: bool = True, paused: bool = False) -> None:
    store.ensure_user(user_id, user_id.split(":", 1)[0], timezone=timezone)
    store.save_user_settings(UserSettings(user_id, timezone, lesson_time, weekdays_only, paused))


def run(store: Store, now: datetime, senders: dict, curriculum: Curriculum, **options):
    for sender in senders.values():
        if isinstance(sender, Outbox):
            sender.now = now
    return asyncio.run(deliver_due(store, now, senders, curriculum=curriculum, **options))


def utc(iso: str) -> datetime:
    return datetime.fromisoformat(iso).replace(tzinfo=UTC)


def test_every_agent_gets_exactly_one_lesson_a_day_at_their_local_time_across_dst(
    memory_store: Store, coach_clock, curriculum: Curriculum
) -> None:
    # London changes clocks on Sunday 30 March 2025, New York on Sunday 9 March; Kolkata never does.
    enrol(memory_store, "slack:T1:london", "Europe/London")
    enrol(memory_store, "slack:T1:newyork", "America/New_York", "08:15", weekdays_only=False)
    enrol(memory_store, "teams:kolkata", "Asia/Kolkata", "17:00")
    outbox = Outbox()
    senders = {"slack": outbox, "teams": outbox}
    start = utc("2025-03-06T06:00:00")  # before everyone's lesson time on their 6 March
    ticks = [start + timedelta(minutes=10 * i) for i in range(6 * 24 * 26)]  # every 10 minutes for 26 days
    for now in ticks:
        coach_clock.now = now
        run(memory_store, now, senders, curriculum)

    received: dict[str, list[datetime]] = {}
    for sent_at, message in outbox.sent:
        received.setdefault(message.user_id, []).append(sent_at)
        assert not message.late
    expectations = {
        "slack:T1:london": ("Europe/London", time(9, 30), True),
        "slack:T1:newyork": ("America/New_York", time(8, 15), False),
        "teams:kolkata": ("Asia/Kolkata", time(17, 0), True),
    }
    for user, (zone, local_time, weekdays_only) in expectations.items():
        wanted = [
            day for offset in range(28)
            if (day := date(2025, 3, 6) + timedelta(days=offset)).weekday() < 5 or not weekdays_only
            if start <= datetime.combine(day, local_time, ZoneInfo(zone)) <= ticks[-1]
        ]
        local = [moment.astimezone(ZoneInfo(zone)) for moment in received[user]]
        assert [moment.date() for moment in local] == wanted, f"{user}: one lesson per lesson day, none twice"
        for moment in local:
            due = moment.replace(hour=local_time.hour, minute=local_time.minute)
            assert timedelta(0) <= moment - due < timedelta(minutes=10), f"{user} got a lesson at {moment}"
    london = [moment for moment in received["slack:T1:london"]]
    assert utc("2025-03-28T09:30:00") in london and utc("2025-03-31T08:30:00") in london
    newyork = received["slack:T1:newyork"]
    assert utc("2025-03-08T13:20:00") in newyork and utc("2025-03-09T12:20:00") in newyork


def test_a_lesson_missed_earlier_today_is_sent_late_and_older_ones_are_skipped(
    memory_store: Store, curriculum: Curriculum
) -> None:
    enrol(memory_store, "slack:T1:U1", "Europe/Paris")
    outbox = Outbox()
    # Down all of Monday; back on Tuesday at 15:00 Paris time.
    report = run(memory_store, utc("2025-03-11T14:00:00"), {"slack": outbox}, curriculum)
    [(_, message)] = outbox.sent
    assert message.late and message.local_date == date(2025, 3, 11)
    assert (report.sent, report.late) == (1, 1)
    assert run(memory_store, utc("2025-03-11T18:00:00"), {"slack": outbox}, curriculum).sent == 0


def test_a_fan_out_killed_half_way_and_restarted_sends_the_rest_exactly_once(
    tmp_path: Path, coach_clock, curriculum: Curriculum
) -> None:
    path = tmp_path / "coach.db"
    now = coach_clock.now = utc("2025-03-10T09:30:00")
    with Store.open(path, clock=coach_clock) as store:
        for number in range(10):
            enrol(store, f"slack:T1:U{number}", "UTC")

    delivered: list[str] = []
    stuck = asyncio.Event()

    async def dies_on_the_fifth(message: LessonMessage) -> None:
        if len(delivered) == 4:
            stuck.set()
            await asyncio.Event().wait()  # the process is killed while this send is in flight
        delivered.append(message.user_id)

    async def killed_run() -> None:
        with Store.open(path, clock=coach_clock) as store:
            task = asyncio.create_task(
                deliver_due(store, now, {"slack": dies_on_the_fifth}, curriculum=curriculum, concurrency=1)
            )
            await stuck.wait()
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task

    asyncio.run(killed_run())
    assert len(delivered) == 4

    async def healthy(message: LessonMessage) -> None:
        delivered.append(message.user_id)

    coach_clock.advance(minutes=1)
    with Store.open(path, clock=coach_clock) as store:  # a new process, straight after the crash
        report = asyncio.run(deliver_due(store, coach_clock.now, {"slack": healthy}, curriculum=curriculum))
    assert (report.sent, report.taken) == (5, 1), "the in-flight claim is left alone until its lease runs out"
    coach_clock.advance(seconds=CLAIM_LEASE.total_seconds())
    with Store.open(path, clock=coach_clock) as store:
        report = asyncio.run(deliver_due(store, coach_clock.now, {"slack": healthy}, curriculum=curriculum))
        assert report.sent == 1
        statuses = Counter(row[0] for row in store.db.execute("SELECT status FROM lesson_deliveries"))
    assert Counter(delivered) == Counter({f"slack:T1:U{number}": 1 for number in range(10)})
    assert statuses == Counter({"sent": 10})


def test_a_rate_limit_is_waited_out_as_told_and_nothing_is_dropped(
    memory_store: Store, curriculum: Curriculum
) -> None:
    for number in range(5):
        enrol(memory_store, f"slack:T1:U{number}", "UTC")
    waits: list[float] = []
    calls: list[str] = []

    async def fake_sleep(seconds: float) -> None:
        waits.append(seconds)

    async def limited_once(message: LessonMessage) -> None:
        calls.append(message.user_id)
        if len(calls) == 2:
            raise RateLimited(7)

    report = asyncio.run(deliver_due(memory_store, utc("2025-03-10T10:00:00"), {"slack": limited_once},
                                     curriculum=curriculum, sleep=fake_sleep, concurrency=3))
    assert waits == [7.0]
    assert (report.sent, report.rate_limited, report.waited_seconds) == (5, 1, 7.0)
    assert Counter(calls) == Counter({**{f"slack:T1:U{n}": 1 for n in range(5)}, calls[1]: 2})


def test_a_failed_send_is_retried_by_the_next_run_with_the_same_lesson(
    memory_store: Store, curriculum: Curriculum
) -> None:
    enrol(memory_store, "slack:T1:U1", "UTC")
    attempts: list[LessonMessage] = []

    async def flaky(message: LessonMessage) -> None:
        attempts.append(message)
        if len(attempts) == 1:
            raise ConnectionError("connection reset")

    first = run(memory_store, utc("2025-03-10T09:31:00"), {"slack": flaky}, curriculum)
    second = run(memory_store, utc("2025-03-10T09:32:00"), {"slack": flaky}, curriculum)
    third = run(memory_store, utc("2025-03-10T09:33:00"), {"slack": flaky}, curriculum)
    assert (first.failed, second.sent, third.sent) == (1, 1, 0)
    assert attempts[0].lesson == attempts[1].lesson and attempts[0].delivery_id == attempts[1].delivery_id


def test_an_agent_the_platform_cannot_reach_gets_nothing_more_until_they_come_back(
    memory_store: Store, curriculum: Curriculum
) -> None:
    enrol(memory_store, "slack:T1:gone", "UTC")

    async def deleted_user(message: LessonMessage) -> None:
        raise RecipientGone("user_not_found")

    assert run(memory_store, utc("2025-03-10T09:31:00"), {"slack": deleted_user}, curriculum).gone == 1
    outbox = Outbox()
    assert run(memory_store, utc("2025-03-11T09:31:00"), {"slack": outbox}, curriculum).sent == 0
    memory_store.ensure_user("slack:T1:gone", "slack")  # they used the coach again
    assert run(memory_store, utc("2025-03-12T09:31:00"), {"slack": outbox}, curriculum).sent == 1


def test_no_lesson_for_the_paused_the_opted_out_the_uninstalled_or_a_platform_without_a_sender(
    memory_store: Store, curriculum: Curriculum
) -> None:
    enrol(memory_store, "slack:T1:paused", "UTC", paused=True)
    enrol(memory_store, "slack:T1:optedout", "UTC")
    memory_store.set_lessons_opted_out("slack:T1:optedout", True)
    enrol(memory_store, "slack:T2:U1", "UTC")
    enrol(memory_store, "slack:T2:U2", "UTC")
    assert memory_store.mark_uninstalled("slack:T2") == 2
    enrol(memory_store, "slack:T22:U1", "UTC")  # a workspace whose id merely starts the same
    enrol(memory_store, "teams:someone", "UTC")
    memory_store.ensure_user("cli:alice", "cli")  # checks drafts in the terminal, which has no inbox
    outbox = Outbox()
    report = run(memory_store, utc("2025-03-10T09:31:00"), {"slack": outbox}, curriculum)
    assert outbox.users() == Counter({"slack:T22:U1": 1})
    assert report.no_sender == Counter({"teams": 1})
    assert report.unschedulable == ()
    # The Teams lesson was never claimed, so it goes out as soon as Teams can send.
    assert run(memory_store, utc("2025-03-10T09:40:00"), {"teams": outbox}, curriculum).sent == 1


def test_a_broken_stored_schedule_is_reported_not_fatal(memory_store: Store, curriculum: Curriculum) -> None:
    enrol(memory_store, "slack:T1:good", "UTC")
    enrol(memory_store, "slack:T1:bad", "Not/AZone")
    plan = plan_due(memory_store, curriculum, utc("2025-03-10T09:31:00"))
    assert [due.recipient.user_id for due in plan.due] == ["slack:T1:good"]
    assert "Not/AZone" in plan.unschedulable[0].reason


def test_an_agent_with_no_time_zone_gets_lessons_at_their_time_in_utc(
    memory_store: Store, curriculum: Curriculum
) -> None:
    enrol(memory_store, "teams:T1:newcomer", None, "08:15")
    outbox = Outbox()
    assert run(memory_store, utc("2025-03-10T08:14:00"), {"teams": outbox}, curriculum).sent == 0
    assert run(memory_store, utc("2025-03-10T08:16:00"), {"teams": outbox}, curriculum).sent == 1
    [(_, message)] = outbox.sent
    assert message.local_date == date(2025, 3, 10)
    schedule = lesson_schedule(memory_store.user_settings("teams:T1:newcomer"), "`settings`")
    assert "08:15" in schedule and "UTC" in schedule, "what the agent is told is what the fan-out does"


@pytest.mark.parametrize(
    ("chosen", "said"),
    [
        (UserSettings("u", "Asia/Tokyo", "07:05", False), "Lessons arrive at 07:05 every day, Asia/Tokyo time."),
        (UserSettings("u", "Europe/Paris", "09:30", True), "Lessons arrive at 09:30 on weekdays, Europe/Paris time."),
        (UserSettings("u", None, "09:30", True),
         "Lessons arrive at 09:30 on weekdays, UTC time until you set your time zone in `settings`."),
        (UserSettings("u", "Asia/Tokyo", lessons_paused=True),
         "Lessons are paused until you turn them back on in `settings`."),
        (UserSettings("u", "Asia/Tokyo", lessons_opted_out=True, lessons_paused=True),
         "You won't get daily lessons; switch them back on in `settings` whenever you like."),
    ],
)
def test_the_lesson_schedule_is_said_the_way_it_is_kept(chosen: UserSettings, said: str) -> None:
    assert lesson_schedule(chosen, "`settings`") == said


def deliver_one(store: Store, curriculum: Curriculum, user: str, now: datetime) -> LessonMessage:
    outbox = Outbox()
    run(store, now, {user.split(":")[0]: outbox}, curriculum)
    [(_, message)] = [(at, m) for at, m in outbox.sent if m.user_id == user]
    return message


def test_quiz_answers_are_recorded_once_and_a_miss_comes_back_for_review(
    memory_store: Store, coach_clock, curriculum: Curriculum
) -> None:
    user = "slack:T1:U1"
    enrol(memory_store, user, "Europe/London")
    coach_clock.now = utc("2025-03-10T09:31:00")
    message = deliver_one(memory_store, curriculum, user, coach_clock.now)
    lesson = message.lesson
    missed, *others = lesson.quiz
    wrong = next(option for option in missed.options if not option.correct)

    reply = answer_quiz(memory_store, curriculum, user, message.delivery_id, missed.id, wrong.id)
    assert (reply.status, reply.correct) == ("recorded", False)
    assert reply.feedback == wrong.feedback and reply.message.startswith("Not quite.")
    again = answer_quiz(memory_store, curriculum, user, message.delivery_id, missed.id, missed.answer_id)
    assert again.status == "already-answered" and again.correct is True
    assert "first answer is the one kept" in again.message
    rows = list(memory_store.db.query("SELECT option_id, correct FROM quiz_answers"))
    assert rows == [{"option_id": wrong.id, "correct": 0}], "the answer is known by the option's id"
    assert memory_store.quiz_answers(message.delivery_id) == {missed.id: wrong.id}
    [review] = memory_store.db.query("SELECT * FROM reviews")
    assert (review["question_id"], review["due_on"]) == (missed.id, "2025-03-11")

    for question in others:
        reply = answer_quiz(memory_store, curriculum, user, message.delivery_id, question.id, question.answer_id)
    assert reply.lesson_completed and reply.streak == 1 and "1 lesson day in a row" in reply.message
    assert complete_lesson(memory_store, user, message.delivery_id).newly_completed is False

    coach_clock.now = utc("2025-03-11T09:31:00")
    tomorrow = deliver_one(memory_store, curriculum, user, coach_clock.now)
    assert (tomorrow.lesson, tomorrow.review_question) == (lesson, missed.id)
    assert "missed a question" in tomorrow.reason
    reply = answer_quiz(memory_store, curriculum, user, tomorrow.delivery_id, missed.id, missed.answer_id)
    assert reply.status == "recorded"
    [review] = memory_store.db.query("SELECT * FROM reviews")
    assert (review["repetitions"], review["due_on"]) == (1, "2025-03-17")
    progress = lesson_progress(memory_store, user)
    assert progress.to_dict()["quiz_accuracy"] == round(
        (len(others) + 1) / (len(others) + 2), 3
    )


def test_a_quiz_button_from_someone_else_a_changed_lesson_or_after_forget_me_changes_nothing(
    memory_store: Store, coach_clock, curriculum: Curriculum
) -> None:
    user = "slack:T1:U1"
    enrol(memory_store, user, "UTC")
    message = deliver_one(memory_store, curriculum, user, utc("2025-03-10T09:31:00"))
    question = message.lesson.quiz[0]
    assert answer_quiz(memory_store, curriculum, "slack:T1:other", message.delivery_id, question.id, 0).status == "unknown"
    assert answer_quiz(memory_store, curriculum, user, message.delivery_id, "no-such-question", 0).status == "unknown"
    assert answer_quiz(memory_store, curriculum, user, message.delivery_id, question.id, 9).status == "unknown"
    assert answer_quiz(memory_store, curriculum, user, message.delivery_id, question.id, "no-such-option").status \
        == "unknown"
    assert answer_quiz(memory_store, curriculum, user, 987654, question.id, 0).status == "unknown"
    memory_store.forget_user(user)
    reply = answer_quiz(memory_store, curriculum, user, message.delivery_id, question.id, 0)
    assert reply.status == "unknown" and "forget-me" in reply.message
    assert complete_lesson(memory_store, user, message.delivery_id).newly_completed is False
    for table in ("quiz_answers", "lesson_deliveries", "reviews", "lesson_completions"):
        assert memory_store.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0


def test_the_lesson_follows_the_agents_weak_spot_and_says_why(
    memory_store: Store, coach_clock, curriculum: Curriculum, make_result
) -> None:
    user = "slack:T1:U1"
    enrol(memory_store, user, "UTC")
    coach_clock.now = utc("2025-03-10T08:00:00")
    for rules in (("E301", "E404"), ("E301",), ("E301", "E404"), ("E102",)):
        memory_store.record_check(user, make_result(rules=rules), "slack")
    message = deliver_one(memory_store, curriculum, user, utc("2025-03-10T09:31:00"))
    assert message.lesson.id == "next-steps-follow-up"
    assert message.reason == "You've had 3 'no next step' findings in your checks this week."
    tomorrow = deliver_one(memory_store, curriculum, user, utc("2025-03-11T09:31:00"))
    assert tomorrow.lesson.id == "patience-and-calm", "the next most frequent finding, not the same lesson again"


def test_a_lesson_completed_by_its_done_button_builds_the_streak(
    memory_store: Store, coach_clock, curriculum: Curriculum
) -> None:
    user = "slack:T1:U1"
    enrol(memory_store, user, "UTC")
    for day in (10, 11, 12):
        coach_clock.now = utc(f"2025-03-{day}T09:31:00")
        message = deliver_one(memory_store, curriculum, user, coach_clock.now)
        done = complete_lesson(memory_store, user, message.delivery_id)
    assert done.newly_completed and done.streak == 3
    stats = lesson_progress(memory_store, user).to_dict()
    assert (stats["streak"], stats["lessons_completed"], stats["quiz_accuracy"]) == (3, 3, None)


def test_the_in_process_scheduler_delivers_each_minute_and_survives_a_bad_round(
    memory_store: Store, coach_clock, curriculum: Curriculum, monkeypatch
) -> None:
    from bot.services import lessons
    from bot.store import StoreError

    enrol(memory_store, "slack:T1:U1", "UTC")
    enrol(memory_store, "slack:T1:U2", "UTC", "09:32")
    coach_clock.now = utc("2025-03-10T09:29:00")
    outbox = Outbox()
    rounds: list[datetime] = []
    real_deliver_due = lessons.deliver_due

    async def flaky_first_round(store, now, senders, **options):
        rounds.append(now)
        if len(rounds) == 1:
            raise StoreError("database is locked")
        return await real_deliver_due(store, now, senders, **options)

    async def one_minute(seconds: float) -> None:
        assert seconds == 60
        coach_clock.advance(minutes=1)
        if len(rounds) == 6:
            raise asyncio.CancelledError

    monkeypatch.setattr(lessons, "deliver_due", flaky_first_round)
    with pytest.raises(asyncio.CancelledError):
        asyncio.run(lessons.deliver_every(memory_store, {"slack": outbox}, clock=coach_clock, sleep=one_minute,
                                          curriculum=curriculum))
    assert rounds == [utc("2025-03-10T09:29:00") + timedelta(minutes=m) for m in range(6)]
    assert outbox.users() == Counter({"slack:T1:U1": 1, "slack:T1:U2": 1})


@settings(max_examples=40, deadline=None)
@given(presses=st.lists(st.tuples(st.text(max_size=20) | st.sampled_from(["q0", "q1"]), st.integers(-3, 6)),
                        max_size=8))
def test_any_sequence_of_button_presses_keeps_at_most_one_answer_per_question(curriculum: Curriculum, presses) -> None:
    with Store.memory(clock=lambda: utc("2025-03-10T09:31:00")) as store:
        enrol(store, "slack:T1:U1", "UTC")
        message = deliver_one(store, curriculum, "slack:T1:U1", utc("2025-03-10T09:31:00"))
        ids = [question.id for question in message.lesson.quiz]
        for question_id, option in presses:
            question_id = {"q0": ids[0], "q1": ids[-1]}.get(question_id, question_id)
            reply = answer_quiz(store, curriculum, "slack:T1:U1", message.delivery_id, question_id, option)
            assert reply.message
        rows = list(store.db.query("SELECT question_id FROM quiz_answers"))
    assert len(rows) == len({row["question_id"] for row in rows}) <= len(ids)
    assert {row["question_id"] for row in rows} <= set(ids)


def test_a_lesson_that_keeps_failing_stops_after_its_attempts(memory_store: Store, curriculum: Curriculum) -> None:
    enrol(memory_store, "slack:T1:U1", "UTC")
    attempts: list[str] = []

    async def broken(message: LessonMessage) -> None:
        attempts.append(message.user_id)
        raise ConnectionError("no route to host")

    for minute in range(31, 33 + MAX_ATTEMPTS):
        run(memory_store, utc(f"2025-03-10T09:{minute}:00"), {"slack": broken}, curriculum)
    assert len(attempts) == MAX_ATTEMPTS
    assert plan_due(memory_store, curriculum, utc("2025-03-10T09:50:00")).due == ()
    [row] = memory_store.db.query("SELECT status, attempts, error FROM lesson_deliveries")
    assert row == {"status": "undelivered", "attempts": MAX_ATTEMPTS, "error": "ConnectionError: no route to host"}


def test_a_run_older_than_the_lease_keeps_its_claims_and_an_overlapping_run_sends_nothing(
    memory_store: Store, coach_clock, curriculum: Curriculum
) -> None:
    """The first run planned its round long ago and its platform is slow; the second starts more than a
    lease after the first began. Each agent still gets one lesson."""
    for number in range(4):
        enrol(memory_store, f"slack:T1:U{number}", "UTC")
    started = utc("2025-03-10T09:31:00")
    coach_clock.now = started + CLAIM_LEASE + timedelta(minutes=1)  # the first run reaches its claims this late
    sent: list[str] = []
    release = asyncio.Event()
    claimed = asyncio.Event()

    async def slow(message: LessonMessage) -> None:
        claimed.set()
        await release.wait()
        sent.append(message.user_id)

    async def prompt(message: LessonMessage) -> None:
        sent.append(message.user_id)

    async def overlap() -> tuple:
        first = asyncio.create_task(deliver_due(memory_store, started, {"slack": slow}, curriculum=curriculum,
                                                renew_every=0.01))
        await claimed.wait()
        coach_clock.advance(seconds=CLAIM_LEASE.total_seconds() + 60)  # still sending, a lease later again
        await asyncio.sleep(0.05)  # the first run is alive, so it renews its claims
        second = await deliver_due(memory_store, coach_clock.now, {"slack": prompt}, curriculum=curriculum)
        release.set()
        return await first, second

    first, second = asyncio.run(overlap())
    assert (first.sent, second.sent, second.taken) == (4, 0, 4)
    assert Counter(sent) == Counter({f"slack:T1:U{number}": 1 for number in range(4)})


def test_a_claim_nobody_renews_is_taken_over_after_the_lease_and_an_accepted_send_is_not_repeated(
    memory_store: Store, coach_clock, curriculum: Curriculum
) -> None:
    for number in range(2):
        enrol(memory_store, f"slack:T1:U{number}", "UTC")
    coach_clock.now = utc("2025-03-10T09:31:00")
    platform: dict[int, str] = {}  # delivery id -> where the platform put it

    posts: list[str] = []

    class Platform:
        """Accepts every lesson; the run that ``dies`` is killed right after the platform accepted U0's."""

        def __init__(self, *, dies: bool = False) -> None:
            self.dies = dies

        async def __call__(self, message: LessonMessage) -> Sent:
            posts.append(message.user_id)
            platform.setdefault(message.delivery_id, f"D/{len(platform)}")
            if self.dies and message.user_id == "slack:T1:U0":
                await asyncio.Event().wait()  # the process is killed here, before the store hears of it
            return Sent(platform[message.delivery_id])

        async def already_sent(self, message: LessonMessage) -> Sent | None:
            return Sent(platform[message.delivery_id]) if message.delivery_id in platform else None

    async def killed() -> None:
        task = asyncio.create_task(deliver_due(memory_store, coach_clock.now, {"slack": Platform(dies=True)},
                                               curriculum=curriculum, concurrency=1))
        while not platform:
            await asyncio.sleep(0)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task

    asyncio.run(killed())
    coach_clock.advance(seconds=CLAIM_LEASE.total_seconds() + 1)
    report = run(memory_store, coach_clock.now, {"slack": Platform()}, curriculum)
    assert (report.recovered, report.sent) == (1, 1)
    assert posts == ["slack:T1:U0", "slack:T1:U1"], "U0's lesson was found on the platform, not sent again"
    assert "1 found already delivered by an interrupted attempt (not sent again)" in report.line()
    refs = dict(memory_store.db.execute("SELECT user_id, message_ref FROM lesson_deliveries WHERE status = 'sent'"))
    assert refs == {"slack:T1:U0": "D/0", "slack:T1:U1": "D/1"}


def test_a_send_that_failed_after_the_platform_took_it_is_recorded_not_resent(
    memory_store: Store, curriculum: Curriculum
) -> None:
    enrol(memory_store, "slack:T1:U1", "UTC")
    posted: list[int] = []

    class TimesOut:
        async def __call__(self, message: LessonMessage) -> None:
            posted.append(message.delivery_id)
            raise TimeoutError("no answer from the platform")  # it got the message all the same

        async def already_sent(self, message: LessonMessage) -> Sent | None:
            return Sent("D/1") if message.delivery_id in posted else None

    first = run(memory_store, utc("2025-03-10T09:31:00"), {"slack": TimesOut()}, curriculum)
    second = run(memory_store, utc("2025-03-10T09:32:00"), {"slack": TimesOut()}, curriculum)
    assert (first.failed, second.recovered, second.failed, len(posted)) == (1, 1, 0, 1)


def test_agents_still_unreached_after_every_attempt_are_named_in_the_report(
    memory_store: Store, curriculum: Curriculum
) -> None:
    for number in range(12):
        enrol(memory_store, f"slack:T1:U{number:02d}", "UTC")

    async def down(message: LessonMessage) -> None:
        raise ConnectionError("no route to host")

    reports = [run(memory_store, utc(f"2025-03-10T09:3{minute}:00"), {"slack": down}, curriculum)
               for minute in range(1, MAX_ATTEMPTS + 2)]
    assert [len(report.undelivered) for report in reports] == [0] * (MAX_ATTEMPTS - 1) + [12, 0]
    line = reports[MAX_ATTEMPTS - 1].line()
    assert f"12 undelivered after {MAX_ATTEMPTS} attempts" in line and "slack:T1:U00" in line and "2 more" in line
    assert "failed (retried" not in line, "nothing is left for a later run"
    undelivered = memory_store.undelivered_lessons(date(2025, 3, 10))
    assert [user for user, _, _ in undelivered] == [f"slack:T1:U{number:02d}" for number in range(12)]
    assert {error for _, _, error in undelivered} == {"ConnectionError: no route to host"}


def test_rate_limits_hit_together_are_one_wait_in_the_report(memory_store: Store, curriculum: Curriculum) -> None:
    for number in range(6):
        enrol(memory_store, f"slack:T1:U{number}", "UTC")
    waits: list[float] = []
    in_flight: list[str] = []
    together = asyncio.Event()

    async def fake_sleep(seconds: float) -> None:
        waits.append(seconds)
        for _ in range(10):
            await asyncio.sleep(0)  # long enough for every other send to hit the same limit

    async def limited_together(message: LessonMessage) -> None:
        in_flight.append(message.user_id)
        if len(in_flight) <= 3:
            if len(in_flight) == 3:
                together.set()
            await together.wait()
            raise RateLimited(7)

    report = asyncio.run(deliver_due(memory_store, utc("2025-03-10T10:00:00"), {"slack": limited_together},
                                     curriculum=curriculum, sleep=fake_sleep, concurrency=3))
    assert (report.sent, report.rate_limited) == (6, 3)
    assert waits == [7.0] and report.waited_seconds == 7.0, "three 429s during one pause are one wait"
    assert "waited 7.0 s" in report.line()


def test_a_database_locked_by_another_process_defers_lessons_and_never_sends_one_twice(
    tmp_path: Path, coach_clock, curriculum: Curriculum
) -> None:
    path = tmp_path / "coach.db"
    coach_clock.now = utc("2025-03-10T09:31:00")
    other = sqlite3.connect(path, isolation_level=None)  # another process's connection: cron, a CLI check
    with Store.open(path, clock=coach_clock) as store:
        store.db.execute("PRAGMA busy_timeout = 50")  # the default waits 5 s before giving up
        enrol(store, "slack:T1:U1", "UTC")
        enrol(store, "slack:T1:U2", "UTC")
        posted: dict[int, str] = {}

        class Platform:
            async def __call__(self, message: LessonMessage) -> Sent:
                posted[message.delivery_id] = message.user_id
                if message.user_id == "slack:T1:U2":
                    other.execute("BEGIN IMMEDIATE")  # the lock is taken while the lesson is on its way
                return Sent(f"D/{message.delivery_id}")

            async def already_sent(self, message: LessonMessage) -> Sent | None:
                return Sent(f"D/{message.delivery_id}") if message.delivery_id in posted else None

        report = asyncio.run(deliver_due(store, coach_clock.now, {"slack": Platform()}, curriculum=curriculum,
                                         concurrency=1))
        assert (report.sent, report.deferred) == (1, 1), "U2's lesson went out but couldn't be recorded"
        assert "1 left for a later run (database busy)" in report.line()
        locked = asyncio.run(deliver_due(store, coach_clock.now, {"slack": Platform()}, curriculum=curriculum))
        assert (locked.sent, locked.deferred) == (0, 1), "a claim it can't write is left for later, not sent"
        other.execute("COMMIT")

        coach_clock.advance(seconds=CLAIM_LEASE.total_seconds() + 60)
        settled = asyncio.run(deliver_due(store, coach_clock.now, {"slack": Platform()}, curriculum=curriculum))
        assert (settled.sent, settled.recovered) == (0, 1)
        assert sorted(posted.values()) == ["slack:T1:U1", "slack:T1:U2"]
        statuses = dict(store.db.execute("SELECT user_id, status FROM lesson_deliveries").fetchall())
    other.close()
    assert statuses == {"slack:T1:U1": "sent", "slack:T1:U2": "sent"}
