"""When an agent's lesson is due: their local time of day, their time zone, their working days.

Everything is computed from an aware "now" and the agent's IANA zone with
``zoneinfo``, never from the server's clock or a fixed UTC offset, so a lesson
set for 09:30 arrives at 09:30 on both sides of a daylight-saving change.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

LATE_AFTER = timedelta(minutes=15)
"""A lesson sent this long after its time is marked late; a scheduler that wakes every minute never is."""

_TIME = re.compile(r"^\s*(\d{1,2})[:.h](\d{2})\s*$")


class ScheduleError(ValueError):
    """A time or time zone an agent typed that we can't use; the message says what we expected."""


def parse_lesson_time(text: str) -> time:
    """Accept "9:30", "09:30", "9.30" and "9h30": the ways people write a time of day in a settings box."""
    match = _TIME.match(text or "")
    if match:
        hour, minute = int(match[1]), int(match[2])
        if hour < 24 and minute < 60:
            return time(hour, minute)
    raise ScheduleError(f"{text!r} isn't a time of day: use 24-hour HH:MM, for example 09:30 or 14:00.")


def format_lesson_time(moment: time) -> str:
    return moment.strftime("%H:%M")


def parse_timezone(name: str) -> ZoneInfo:
    """An IANA zone such as Europe/Paris; abbreviations like "CET" or offsets like "+02:00" are refused
    because they don't follow daylight saving."""
    cleaned = (name or "").strip()
    try:
        if not cleaned or cleaned.startswith(("/", ".")) or ".." in cleaned:
            raise ValueError(cleaned)
        return ZoneInfo(cleaned)
    except (ZoneInfoNotFoundError, ValueError, OSError) as error:  # OSError: a folder such as "America"
        raise ScheduleError(
            f"{name!r} isn't a time zone we know: use a region name such as Europe/Paris, America/New_York "
            "or Asia/Kolkata."
        ) from error


@dataclass(frozen=True, slots=True)
class Slot:
    """Today's lesson for one agent: the local day it belongs to and when it was meant to arrive."""

    local_date: date
    scheduled_at: datetime
    """In UTC."""
    late: bool


def is_lesson_day(day: date, weekdays_only: bool) -> bool:
    return not weekdays_only or day.weekday() < 5


def scheduled_at(day: date, at: time, zone: ZoneInfo) -> datetime:
    """The UTC instant of ``at`` on ``day`` in ``zone``.

    A wall time that doesn't exist that day (02:30 when clocks jump from 02:00
    to 03:00) is read with the offset from before the jump, so it lands as far
    after the jump as it was meant to be after 02:00 (03:30); a time that
    happens twice (clocks go back) means the first one. Either way every day
    has exactly one instant.
    """
    return datetime.combine(day, at, tzinfo=zone).astimezone(UTC)


def due_slot(now: datetime, timezone: str, lesson_time: str, weekdays_only: bool) -> Slot | None:
    """Today's slot if its time has come, else ``None``.

    Only the agent's current local day counts: a lesson missed while the
    service was down is sent late the same day, and one from an earlier day is
    gone, because a stale lesson arriving at night helps nobody.
    Raises ``ScheduleError`` for a stored time or zone that is no longer valid.
    """
    if now.tzinfo is None:
        raise ValueError("due_slot needs an aware datetime")
    zone = parse_timezone(timezone)
    at = parse_lesson_time(lesson_time)
    today = now.astimezone(zone).date()
    if not is_lesson_day(today, weekdays_only):
        return None
    moment = scheduled_at(today, at, zone)
    if now < moment:
        return None
    return Slot(today, moment, late=now - moment > LATE_AFTER)


def local_today(now: datetime, timezone: str | None) -> date:
    """The agent's calendar day; UTC stands in when their zone is unknown or no longer valid."""
    if timezone:
        try:
            return now.astimezone(parse_timezone(timezone)).date()
        except ScheduleError:
            pass
    return now.astimezone(UTC).date()
