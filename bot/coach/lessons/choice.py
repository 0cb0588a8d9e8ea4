"""Which lesson an agent gets today, and the sentence that tells them why.

In order: a safety lesson, if the agent is behind on them (abuse, a customer in
crisis and self-care can't wait five weeks for their turn in the tracks); else
a quiz question they missed that is due again (so what didn't stick gets a
second look); else the lesson for what their own reply checks keep flagging;
else the next lesson they haven't seen. The reason is shown with the lesson,
because "you've had 3 'no next step' findings this week" makes a lesson feel
like coaching instead of a newsletter.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Literal

from bot.coach.checks.rules import RULES
from bot.coach.lessons.curriculum import TRACK_TITLES, TRACKS, Curriculum, Lesson
from bot.coach.lessons.review import Review

PickKind = Literal["safety", "review", "weak-spot", "next", "refresher", "assigned"]
"""``assigned``: a lead sent this lesson to their whole team (``bot.services.team``)."""

SAFETY_FIRST: tuple[str, ...] = ("handling-abuse", "customer-in-crisis", "self-care-after-hard-calls")
"""Lessons every agent needs before the moment comes, in the order they arrive."""
SAFETY_EVERY = 3
"""One safety lesson is owed per this many lesson days (days 3, 6 and 9), so all of them land in the
first ten lesson days whatever reviews and weak spots ask for, and the tracks still get most days."""

MIN_FINDINGS = 2
"""A rule must have fired in this many checks in the window before it decides the lesson; once is noise."""
MIN_CHECKS_FOR_DIMENSION = 3
WEAK_DIMENSION = 0.5
REPEAT_AFTER = timedelta(days=14)
"""A weak-spot lesson isn't sent again within this time, even if the finding keeps coming back."""

DIMENSION_LABELS: dict[str, str] = {
    "acknowledge": "acknowledging how the customer feels",
    "reflect": "showing you understood what happened",
    "explore": "inviting the customer to say more",
    "own": "owning the next step",
    "respect": "respectful, plain wording",
}


@dataclass(frozen=True, slots=True)
class LearnerHistory:
    """What the choice needs to know about one agent, gathered by the caller."""

    delivered: tuple[tuple[str, date], ...] = ()
    """(lesson id, local date) of every lesson sent to them, oldest first."""
    due_reviews: tuple[Review, ...] = ()
    """Missed questions due on or before today."""
    checks: int = 0
    """Reply checks in the recent window."""
    dimensions: Mapping[str, float] = field(default_factory=dict)
    """Average of each dimension over those checks."""
    top_rules: tuple[tuple[str, int], ...] = ()
    """Rule ids with the number of recent checks they fired in, most frequent first."""


@dataclass(frozen=True, slots=True)
class Pick:
    lesson: Lesson
    reason: str
    kind: PickKind
    question_id: str | None = None
    """For a review, the missed question to bring back."""


def choose_lesson(curriculum: Curriculum, history: LearnerHistory, today: date) -> Pick:
    return (
        _safety(curriculum, history)
        or _review(curriculum, history)
        or _weak_rule(curriculum, history, today)
        or _weak_dimension(curriculum, history, today)
        or _next_unseen(curriculum, history)
        or _refresher(curriculum, history)
    )


def _safety(curriculum: Curriculum, history: LearnerHistory) -> Pick | None:
    """The next safety lesson, when fewer have been seen than are owed by today's lesson day.

    Counting what is owed, rather than fixing the days, lets a safety lesson
    that came early (as a weak spot) count, and brings an agent who started
    before these lessons existed up to date within a few days.
    """
    lessons = [lesson for lesson_id in SAFETY_FIRST if (lesson := curriculum.get(lesson_id))]
    seen = {lesson_id for lesson_id, _ in history.delivered}
    lesson_day = len(history.delivered) + 1
    owed = min(lesson_day // SAFETY_EVERY, len(lessons))
    unseen = [lesson for lesson in lessons if lesson.id not in seen]
    if len(lessons) - len(unseen) >= owed:
        return None
    reason = (
        f"One of the {len(lessons)} lessons every agent gets early on, so you know what to do "
        "before the moment comes."
    )
    return Pick(unseen[0], reason, "safety")


def _review(curriculum: Curriculum, history: LearnerHistory) -> Pick | None:
    for review in sorted(history.due_reviews, key=lambda r: (r.due_on, r.missed_on, r.lesson_id, r.question_id)):
        lesson = curriculum.get(review.lesson_id)
        if lesson is None or lesson.question(review.question_id) is None:
            continue  # the lesson was edited since; nothing left to review
        missed = review.missed_on
        reason = (
            f"A second look: you missed a question in this lesson on {missed:%A} {missed.day} {missed:%B}, "
            "and coming back to it a little later is what makes it stick."
        )
        return Pick(lesson, reason, "review", review.question_id)
    return None


def _weak_rule(curriculum: Curriculum, history: LearnerHistory, today: date) -> Pick | None:
    recent = _recently_delivered(history, today)
    for rule_id, count in history.top_rules:
        rule = RULES.get(rule_id)
        if count < MIN_FINDINGS or rule is None:
            continue
        lesson = curriculum.get(rule.lesson)
        if lesson is None or lesson.id in recent:
            continue
        label = RULES[rule_id].label if rule_id in RULES else rule_id
        return Pick(lesson, f"You've had {count} '{label}' findings in your checks this week.", "weak-spot")
    return None


def _weak_dimension(curriculum: Curriculum, history: LearnerHistory, today: date) -> Pick | None:
    if history.checks < MIN_CHECKS_FOR_DIMENSION or not history.dimensions:
        return None
    weakest = min(history.dimensions, key=lambda name: (history.dimensions[name], name))
    value = history.dimensions[weakest]
    if value >= WEAK_DIMENSION:
        return None
    recent = _recently_delivered(history, today)
    last_seen = _last_seen(history)
    candidates = [
        lesson for lesson in curriculum.lessons if weakest in lesson.dimensions and lesson.id not in recent
    ]
    if not candidates:
        return None
    # Unseen lessons first, then the one seen longest ago; curriculum order breaks ties.
    lesson = min(candidates, key=lambda lesson: last_seen.get(lesson.id, date.min))
    reason = (
        f"Your checks this week scored lowest on {weakest} ({DIMENSION_LABELS.get(weakest, weakest)}): "
        f"{value:.2f} on average over {history.checks} checks."
    )
    return Pick(lesson, reason, "weak-spot")


def _next_unseen(curriculum: Curriculum, history: LearnerHistory) -> Pick | None:
    seen = {lesson_id for lesson_id, _ in history.delivered}
    # A safety lesson comes out of turn, so it doesn't move the agent to its track.
    current = next(
        (
            lesson.track
            for lesson_id, _ in reversed(history.delivered)
            if lesson_id not in SAFETY_FIRST and (lesson := curriculum.get(lesson_id))
        ),
        TRACKS[0],
    )
    start = TRACKS.index(current)
    for track in TRACKS[start:] + TRACKS[:start]:
        lessons = curriculum.track(track)
        for number, lesson in enumerate(lessons, start=1):
            if lesson.id not in seen:
                where = f"{TRACK_TITLES[track]}, lesson {number} of {len(lessons)}"
                if not seen:
                    return Pick(lesson, f"Your first lesson: {where}. One a day, about a minute each.", "next")
                return Pick(lesson, f"Next in {where}.", "next")
    return None


def _refresher(curriculum: Curriculum, history: LearnerHistory) -> Pick:
    last_seen = _last_seen(history)
    lesson = min(curriculum.lessons, key=lambda lesson: last_seen.get(lesson.id, date.min))
    when = last_seen.get(lesson.id)
    since = f" (last seen {when:%A} {when.day} {when:%B} {when.year})" if when else ""
    return Pick(lesson, f"You've done every lesson, so here's a refresher{since}.", "refresher")


def _last_seen(history: LearnerHistory) -> dict[str, date]:
    return {lesson_id: day for lesson_id, day in history.delivered}


def _recently_delivered(history: LearnerHistory, today: date) -> set[str]:
    return {lesson_id for lesson_id, day in history.delivered if today - day < REPEAT_AFTER}
