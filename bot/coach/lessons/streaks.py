"""Streaks: how many lesson days in a row an agent has finished their lesson.

A "lesson day" is a day a lesson actually reached the agent, so weekends,
holidays on pause and our own downtime never break a streak; only a lesson
left undone does. One undone day per calendar week is forgiven automatically
(a freeze), because one busy shift shouldn't wipe out a month of habit.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from bot.coach.text import counted


@dataclass(frozen=True, slots=True)
class LessonDay:
    local_date: date
    completed: bool


@dataclass(frozen=True, slots=True)
class Streak:
    days: int
    """Lesson days finished in a row, counting back from the most recent."""
    frozen: tuple[date, ...] = ()
    """Undone lesson days inside the streak that a weekly freeze covered."""


def streak(lesson_days: Iterable[LessonDay], today: date) -> Streak:
    """Count back from the newest lesson day; today's lesson still counts as open until the day is over."""
    days = sorted(lesson_days, key=lambda day: day.local_date, reverse=True)
    count = 0
    frozen: list[date] = []
    weeks_frozen: set[tuple[int, int]] = set()
    oldest_done: date | None = None
    for day in days:
        if day.local_date > today or (day.local_date == today and not day.completed):
            continue
        if day.completed:
            count += 1
            oldest_done = day.local_date
            continue
        week = day.local_date.isocalendar()[:2]
        if week in weeks_frozen:
            break
        weeks_frozen.add(week)
        frozen.append(day.local_date)
    # A freeze only bridges a gap between finished days; one older than the run's first day bridges nothing.
    return Streak(count, tuple(day for day in frozen if oldest_done is not None and day > oldest_done))


def in_a_row(days: int) -> str:
    """The words every message about a streak uses, such as "3 lesson days in a row"."""
    return f"{counted(days, 'lesson day')} in a row"
