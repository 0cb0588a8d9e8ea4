"""Which lesson comes next: a due review, else the agent's weak spot, else the next unseen lesson."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from bot.coach.lessons.choice import REPEAT_AFTER, LearnerHistory, choose_lesson
from bot.coach.lessons.curriculum import TRACKS, Curriculum
from bot.coach.lessons.review import Review

TODAY = date(2025, 3, 12)


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
        due_reviews=(review("open-questions", "which-open", TODAY, date(2025, 3, 10)),),
        checks=10,
        top_rules=(("E301", 6),),
    )
    pick = choose_lesson(curriculum, history, TODAY)
    assert (pick.kind, pick.lesson.id, pick.question_id) == ("review", "open-questions", "which-open")
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
    all_listening = LearnerHistory(delivered=tuple((lesson.id, TODAY - timedelta(days=1)) for lesson in listening))
    assert choose_lesson(curriculum, all_listening, TODAY).lesson == curriculum.track("boundaries")[0]


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
