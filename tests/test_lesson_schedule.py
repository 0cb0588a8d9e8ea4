"""Lesson timing, spaced repetition and streaks: pure functions of dates, tested with fixed instants."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.coach.lessons.review import GRADUATE_AFTER, MIN_EASE, Review, after_answer
from bot.coach.lessons.schedule import ScheduleError, due_slot, local_today, parse_lesson_time, parse_timezone
from bot.coach.lessons.streaks import LessonDay, streak


@pytest.mark.parametrize(
    ("text", "expected"),
    [("09:30", time(9, 30)), ("9:30", time(9, 30)), (" 14:05 ", time(14, 5)), ("9.30", time(9, 30)),
     ("9h30", time(9, 30)), ("00:00", time(0, 0)), ("23:59", time(23, 59))],
)
def test_times_are_read_the_ways_people_type_them(text: str, expected: time) -> None:
    assert parse_lesson_time(text) == expected


@pytest.mark.parametrize("text", ["24:00", "9:60", "930", "9:3", "nine thirty", "", "-1:30", "9:30pm"])
def test_an_impossible_time_is_refused_with_an_example_of_a_good_one(text: str) -> None:
    with pytest.raises(ScheduleError, match=r"HH:MM, for example 09:30"):
        parse_lesson_time(text)


@pytest.mark.parametrize("name", ["CET+1", "Mars/Olympus", "", "../etc/passwd", "/etc/localtime", "America"])
def test_an_unknown_time_zone_is_refused_with_examples(name: str) -> None:
    with pytest.raises(ScheduleError, match="Europe/Paris"):
        parse_timezone(name)


@given(st.text(max_size=40))
def test_any_typed_zone_or_time_is_accepted_or_refused_with_a_schedule_error(text: str) -> None:
    for parse in (parse_timezone, parse_lesson_time):
        try:
            parse(text)
        except ScheduleError:
            pass


def at(iso: str) -> datetime:
    return datetime.fromisoformat(iso)


@pytest.mark.parametrize(
    ("now", "zone", "expected_local_date", "late"),
    [
        ("2025-03-10T09:30:00+00:00", "Europe/London", "2025-03-10", False),
        ("2025-03-10T09:45:00+00:00", "Europe/London", "2025-03-10", False),  # within the grace period
        ("2025-03-10T12:00:00+00:00", "Europe/London", "2025-03-10", True),  # missed earlier today: late
        ("2025-03-10T13:30:00+00:00", "America/New_York", "2025-03-10", False),  # 09:30 EDT, the day after DST
        ("2025-03-07T14:30:00+00:00", "America/New_York", "2025-03-07", False),  # 09:30 EST, before DST
        ("2025-03-10T04:00:00+00:00", "Asia/Kolkata", "2025-03-10", False),  # 09:30 IST
        ("2025-03-09T23:00:00+00:00", "Pacific/Auckland", "2025-03-10", True),  # already the 10th, 12:00 there
    ],
)
def test_the_slot_is_the_local_day_at_the_local_time(now: str, zone: str, expected_local_date: str, late: bool) -> None:
    slot = due_slot(at(now), zone, "09:30", weekdays_only=True)
    assert slot is not None
    assert slot.local_date == date.fromisoformat(expected_local_date)
    assert slot.scheduled_at.astimezone(parse_timezone(zone)).time() == time(9, 30)
    assert slot.late is late


def test_nothing_is_due_before_the_time_or_at_the_weekend_unless_asked() -> None:
    saturday = at("2025-03-08T12:00:00+00:00")
    assert due_slot(at("2025-03-10T09:29:59+00:00"), "Europe/London", "09:30", True) is None
    assert due_slot(saturday, "Europe/London", "09:30", weekdays_only=True) is None
    assert due_slot(saturday, "Europe/London", "09:30", weekdays_only=False) is not None


def test_a_lesson_time_that_does_not_exist_on_the_dst_day_still_comes_once_that_day() -> None:
    # 2025-03-09: New York clocks jump from 02:00 to 03:00, so 02:30 never happens.
    slots = {
        slot.scheduled_at
        for minute in range(0, 24 * 60, 5)
        if (slot := due_slot(at("2025-03-09T05:00:00+00:00") + timedelta(minutes=minute), "America/New_York",
                              "02:30", weekdays_only=False))
        and slot.local_date == date(2025, 3, 9)
    }
    assert slots == {at("2025-03-09T07:30:00+00:00")}  # 03:30 EDT, just after the jump


def test_a_lesson_time_that_happens_twice_when_clocks_go_back_means_the_first() -> None:
    slot = due_slot(at("2025-11-02T06:00:00+00:00"), "America/New_York", "01:30", weekdays_only=False)
    assert slot is not None and slot.scheduled_at == at("2025-11-02T05:30:00+00:00")  # 01:30 EDT


def test_a_naive_now_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="aware"):
        due_slot(datetime(2025, 3, 10, 9, 30), "Europe/London", "09:30", True)


def test_local_today_falls_back_to_utc_for_an_unknown_or_broken_zone() -> None:
    now = at("2025-03-09T23:30:00+00:00")
    assert local_today(now, "Asia/Tokyo") == date(2025, 3, 10)
    assert local_today(now, None) == local_today(now, "Not/AZone") == date(2025, 3, 9)


MONDAY = date(2025, 3, 10)


def test_a_missed_question_comes_back_tomorrow_and_then_further_out_until_it_graduates() -> None:
    assert after_answer(None, "l", "q", correct=True, today=MONDAY) is None
    review = after_answer(None, "l", "q", correct=False, today=MONDAY)
    assert review == Review("l", "q", 0, 1, 2.5, MONDAY + timedelta(days=1), MONDAY)
    intervals = []
    day = review.due_on
    while review is not None:
        intervals.append(review.interval_days)
        review = after_answer(review, "l", "q", correct=True, today=day)
        if review is not None:
            day = review.due_on
    assert intervals == [1, 6, 15][:GRADUATE_AFTER]
    assert intervals == sorted(intervals)


def test_missing_it_again_resets_the_interval_and_lowers_the_ease_to_a_floor() -> None:
    review = after_answer(None, "l", "q", correct=False, today=MONDAY)
    review = after_answer(review, "l", "q", correct=True, today=MONDAY + timedelta(days=1))
    assert review is not None and review.interval_days == 6
    later = MONDAY + timedelta(days=7)
    for _ in range(20):
        review = after_answer(review, "l", "q", correct=False, today=later)
    assert review is not None
    assert (review.repetitions, review.interval_days, review.due_on, review.missed_on) == (
        0, 1, later + timedelta(days=1), later
    )
    assert review.ease == MIN_EASE


def days(*spec: tuple[str, bool]) -> list[LessonDay]:
    return [LessonDay(date.fromisoformat(day), done) for day, done in spec]


def test_a_streak_counts_finished_lesson_days_and_today_stays_open() -> None:
    history = days(("2025-03-05", True), ("2025-03-06", True), ("2025-03-07", True), ("2025-03-10", False))
    assert streak(history, MONDAY).days == 3  # Monday's lesson isn't done yet, and the weekend had none
    assert streak(history, MONDAY + timedelta(days=1)).days == 3  # Monday undone: this week's freeze covers it
    assert streak(history, MONDAY + timedelta(days=1)).frozen == (MONDAY,)


def test_one_undone_day_a_week_is_forgiven_and_a_second_ends_the_streak() -> None:
    week = days(("2025-03-10", True), ("2025-03-11", False), ("2025-03-12", True), ("2025-03-13", False),
                ("2025-03-14", True))
    assert streak(week, date(2025, 3, 14)).days == 2  # Friday, Wednesday; Thursday frozen; Tuesday ends it
    two_weeks = days(("2025-03-06", True), ("2025-03-07", False), ("2025-03-10", False), ("2025-03-11", True))
    result = streak(two_weeks, date(2025, 3, 11))
    assert result.days == 2 and result.frozen == (date(2025, 3, 10), date(2025, 3, 7))


def test_no_finished_days_is_no_streak_and_freezes_alone_count_nothing() -> None:
    assert streak([], MONDAY).days == 0
    result = streak(days(("2025-03-07", False)), MONDAY)
    assert (result.days, result.frozen) == (0, ())
