"""Which lesson comes next: a safety lesson that is owed, else a due review, else the agent's weak spot, else the
next unseen lesson."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.coach.lessons.choice import REPEAT_AFTER, SAFETY_FIRST, LearnerHistory, Pick, choose_lesson
from bot.coach.lessons.curriculum import TRACKS, Curriculum
from bot.coach.lessons.review import Review

TODAY = date(2025, 3, 12)
SAFETY_WITHIN = 10
"""Lesson days by which every agent has had the abuse, crisis and self-care lessons."""


@pytest.fixture(scope="module")
def curriculum() -> Curriculum:
    return Curriculum.load()


def review(lesson: str, question: str, due: date, missed: date) -> Review:
    return Review(lesson, question, 0, 1, 2.5, due, missed)


def test_a_new_agent_starts_at_the_first_lesson_of_the_first_track(curriculum: Curriculum) -> None:
    pick = choose_lesson(curriculum, LearnerHistory(), TODAY)
    assert pick.lesson == curriculum.track(TRACKS[0])[0]
    assert pick.kind == "next" and "first lesson" in pick.reason


def test_a_due_review_comes_first_and_says_when_the_question_was_missed(curriculum: Curriculum) -> None:
    history = LearnerHistory(
        delivered=(("open-questions", date(2025, 3, 10)),),
        due_reviews=(review("open-questions", "open-or-closed", TODAY, date(2025, 3, 10)),),
        checks=10,
        top_rules=(("E301", 6),),
    )
    pick = choose_lesson(curriculum, history, TODAY)
    assert (pick.kind, pick.lesson.id, pick.question_id) == ("review", "open-questions", "open-or-closed")
    assert "Monday 10 March" in pick.reason


def test_the_oldest_due_review_wins_and_one_for_a_removed_question_is_passed_over(curriculum: Curriculum) -> None:
    history = LearnerHistory(due_reviews=(
        review("open-questions", "no-such-question", TODAY - timedelta(days=5), TODAY - timedelta(days=6)),
        review("plain-words", "why-plain", TODAY, TODAY - timedelta(days=1)),
        review("de-escalation", "first-move", TODAY - timedelta(days=2), TODAY - timedelta(days=3)),
    ))
    pick = choose_lesson(curriculum, history, TODAY)
    assert (pick.lesson.id, pick.question_id) == ("de-escalation", "first-move")


def test_the_most_frequent_finding_picks_its_lesson_and_the_reason_counts_it(curriculum: Curriculum) -> None:
    history = LearnerHistory(delivered=(("empathy-vs-sympathy", TODAY - timedelta(days=1)),), checks=8,
                             top_rules=(("E301", 3), ("E402", 2)))
    pick = choose_lesson(curriculum, history, TODAY)
    assert (pick.kind, pick.lesson.id) == ("weak-spot", "next-steps-follow-up")
    assert pick.reason == "You've had 3 'no next step' findings in your checks this week."


def test_a_finding_seen_once_is_noise_and_a_recent_lesson_is_not_repeated(curriculum: Curriculum) -> None:
    once = LearnerHistory(checks=8, top_rules=(("E301", 1),))
    assert choose_lesson(curriculum, once, TODAY).kind == "next"
    recent = LearnerHistory(delivered=(("next-steps-follow-up", TODAY - timedelta(days=3)),), checks=8,
                            top_rules=(("E301", 5), ("E402", 2)))
    assert choose_lesson(curriculum, recent, TODAY).lesson.id == "de-escalation"
    long_ago = LearnerHistory(delivered=(("next-steps-follow-up", TODAY - REPEAT_AFTER),), checks=8,
                              top_rules=(("E301", 5),))
    assert choose_lesson(curriculum, long_ago, TODAY).lesson.id == "next-steps-follow-up"


def test_the_weakest_dimension_picks_an_unseen_lesson_for_it(curriculum: Curriculum) -> None:
    dimensions = {"acknowledge": 0.8, "reflect": 0.7, "explore": 0.1, "own": 0.6, "respect": 0.9}
    history = LearnerHistory(checks=5, dimensions=dimensions)
    pick = choose_lesson(curriculum, history, TODAY)
    assert pick.kind == "weak-spot" and "explore" in pick.lesson.dimensions
    assert "lowest on explore" in pick.reason and "5 checks" in pick.reason
    seen = LearnerHistory(delivered=((pick.lesson.id, TODAY - timedelta(days=1)),), checks=5, dimensions=dimensions)
    again = choose_lesson(curriculum, seen, TODAY)
    assert again.lesson != pick.lesson and "explore" in again.lesson.dimensions


def test_too_few_checks_or_no_weak_dimension_falls_back_to_the_track(curriculum: Curriculum) -> None:
    weak = {"explore": 0.1}
    assert choose_lesson(curriculum, LearnerHistory(checks=2, dimensions=weak), TODAY).kind == "next"
    strong = {name: 0.8 for name in ("acknowledge", "reflect", "explore", "own", "respect")}
    assert choose_lesson(curriculum, LearnerHistory(checks=9, dimensions=strong), TODAY).kind == "next"


def test_the_next_unseen_lesson_continues_the_current_track_then_moves_on(curriculum: Curriculum) -> None:
    listening = curriculum.track("active-listening")
    history = LearnerHistory(delivered=((listening[0].id, TODAY - timedelta(days=1)),))
    pick = choose_lesson(curriculum, history, TODAY)
    assert pick.lesson == listening[1] and pick.reason == f"Next in Active listening, lesson 2 of {len(listening)}."
    safety_then_listening = (*SAFETY_FIRST, *(lesson.id for lesson in listening))
    all_listening = LearnerHistory(delivered=tuple((lesson_id, TODAY - timedelta(days=1))
                                                   for lesson_id in safety_then_listening))
    first_unseen = next(lesson for lesson in curriculum.track("boundaries") if lesson.id not in SAFETY_FIRST)
    assert choose_lesson(curriculum, all_listening, TODAY).lesson == first_unseen


Delivered = tuple[tuple[str, date], ...]


def plan(curriculum: Curriculum, days: int, history: Callable[[date, Delivered], LearnerHistory] | None = None,
         delivered: Delivered = ()) -> list[Pick]:
    """The picks of ``days`` lesson days in a row, each day seeing everything delivered before it."""
    picks = []
    for day in range(days):
        today = TODAY + timedelta(days=day)
        seen = history(today, delivered) if history else LearnerHistory(delivered=delivered)
        pick = choose_lesson(curriculum, seen, today)
        picks.append(pick)
        delivered += ((pick.lesson.id, today),)
    return picks


def test_the_safety_lessons_exist_in_the_curriculum(curriculum: Curriculum) -> None:
    assert all(curriculum.get(lesson_id) is not None for lesson_id in SAFETY_FIRST)
    assert {"handling-abuse", "customer-in-crisis", "self-care-after-hard-calls"} <= set(SAFETY_FIRST)


def test_a_new_agent_meets_every_safety_lesson_within_ten_lesson_days_and_the_tracks_otherwise(
    curriculum: Curriculum,
) -> None:
    picks = plan(curriculum, SAFETY_WITHIN)
    assert {pick.lesson.id for pick in picks} >= set(SAFETY_FIRST)
    assert picks[0].lesson == curriculum.track(TRACKS[0])[0], "the first day is still the first lesson"
    safety = [pick for pick in picks if pick.kind == "safety"]
    assert [pick.lesson.id for pick in safety] == list(SAFETY_FIRST)
    assert all("every agent gets early on" in pick.reason for pick in safety)
    basics = [pick.lesson for pick in picks if pick.kind == "next"]
    assert basics == list(curriculum.track(TRACKS[0])[: len(basics)]), "safety lessons don't move agents off track"


@settings(max_examples=60, deadline=None)
@given(noise=st.lists(st.sampled_from(["review", "weak-rule", "weak-dimension", "none"]), min_size=SAFETY_WITHIN,
                      max_size=SAFETY_WITHIN))
def test_reviews_and_weak_spots_never_push_a_safety_lesson_past_the_tenth_lesson_day(
    curriculum: Curriculum, noise: list[str]
) -> None:
    def history(today: date, delivered: Delivered) -> LearnerHistory:
        kind = noise[len(delivered)]
        if kind == "review":
            due = (review("open-questions", "open-or-closed", today, today - timedelta(days=1)),)
            return LearnerHistory(delivered=delivered, due_reviews=due)
        if kind == "weak-rule":
            return LearnerHistory(delivered=delivered, checks=9, top_rules=(("E402", 5), ("E301", 4), ("E405", 3)))
        if kind == "weak-dimension":
            return LearnerHistory(delivered=delivered, checks=9, dimensions={"explore": 0.1, "own": 0.9})
        return LearnerHistory(delivered=delivered)

    picks = plan(curriculum, SAFETY_WITHIN, history)
    assert {pick.lesson.id for pick in picks} >= set(SAFETY_FIRST)


def test_a_safety_lesson_already_seen_counts_and_an_agent_who_started_long_ago_catches_up(
    curriculum: Curriculum,
) -> None:
    early = ((SAFETY_FIRST[0], TODAY - timedelta(days=2)), ("empathy-vs-sympathy", TODAY - timedelta(days=1)))
    third_day = choose_lesson(curriculum, LearnerHistory(delivered=early), TODAY)
    assert third_day.kind != "safety", "one safety lesson is owed by day 3, and it has been seen"
    before_safety_lessons = [lesson.id for lesson in curriculum.lessons if lesson.id not in SAFETY_FIRST][:20]
    veteran = tuple((lesson_id, TODAY - timedelta(days=30 - n)) for n, lesson_id in enumerate(before_safety_lessons))
    picks = plan(curriculum, len(SAFETY_FIRST), delivered=veteran)
    assert [pick.lesson.id for pick in picks] == list(SAFETY_FIRST)


def test_after_every_lesson_the_one_seen_longest_ago_comes_back_as_a_refresher(curriculum: Curriculum) -> None:
    start = TODAY - timedelta(days=len(curriculum.lessons) + 30)
    order = list(curriculum.lessons)
    order.append(order.pop(0))  # the first lesson was seen most recently; the second longest ago
    history = LearnerHistory(delivered=tuple((lesson.id, start + timedelta(days=i)) for i, lesson in enumerate(order)))
    pick = choose_lesson(curriculum, history, TODAY)
    assert (pick.kind, pick.lesson) == ("refresher", order[0])
    assert "refresher" in pick.reason
    assert pick.reason.endswith(f"(last seen {start:%A} {start.day} {start:%B} {start.year}).")


def test_the_lesson_logic_imports_no_database_or_platform_code() -> None:
    import subprocess
    import sys

    code = (
        "import sys\n"
        "import bot.coach.lessons.curriculum, bot.coach.lessons.choice, bot.coach.lessons.schedule, bot.coach.lessons.review, "
        "bot.coach.lessons.streaks\n"
        "print(sorted({m.split('.')[0] for m in sys.modules}))\n"
    )
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    for module in ("sqlite3", "sqlite_utils", "slack_bolt", "slack_sdk", "botbuilder", "openai", "aiohttp"):
        assert f"'{module}'" not in loaded
