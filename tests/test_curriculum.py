"""The curriculum: every lesson file loads and is complete, quizzes are answerable, every rule has its lesson."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.coach import analyze
from bot.coach.checks.model import DIMENSIONS
from bot.coach.checks.rules import RULES
from bot.coach.lessons.choice import RULE_LABELS
from bot.coach.lessons.curriculum import MAX_QUESTIONS, TRACKS, Curriculum, CurriculumError
from bot.resources import prompts_dir

LESSON_FILES = sorted((prompts_dir() / "lessons").glob("*.toml"))
TOPICS = {
    "active-listening": ["attentive-listening", "reflect-and-validate", "paraphrasing", "summarize-the-resolution",
                         "open-questions", "not-waiting-to-speak"],
    "boundaries": ["saying-no-with-empathy", "empathy-is-not-agreeing", "policy-with-alternative",
                   "not-absorbing-emotions", "not-oversharing", "handling-abuse", "self-care-after-hard-calls"],
    "empathy-basics": ["empathy-vs-sympathy", "canned-empathy", "personalize", "patience-and-calm",
                       "ownership-language", "next-steps-follow-up", "plain-words", "de-escalation",
                       "speed-and-empathy"],
}
MAX_READING_WORDS = 220
"""About a minute at an ordinary reading pace, for everything above the quiz."""


@pytest.fixture(scope="module")
def curriculum() -> Curriculum:
    return Curriculum.load()


def test_there_are_at_least_24_lessons_with_unique_ids_in_every_track(curriculum: Curriculum) -> None:
    assert len(curriculum.lessons) == len(LESSON_FILES) >= 24
    assert len(set(curriculum.ids)) == len(curriculum.ids)
    assert {lesson.track for lesson in curriculum.lessons} == set(TRACKS)
    ordered = [TRACKS.index(lesson.track) for lesson in curriculum.lessons]
    assert ordered == sorted(ordered), "lessons come track by track"


@pytest.mark.parametrize("rule", sorted(RULES))
def test_every_rule_links_to_a_lesson_that_exists(curriculum: Curriculum, rule: str) -> None:
    assert curriculum.get(RULES[rule].lesson) is not None, f"{rule} points at missing lesson {RULES[rule].lesson}"
    assert RULE_LABELS[rule], "the lesson choice needs a short name for every finding"


@pytest.mark.parametrize("track", sorted(TOPICS))
def test_every_topic_of_each_track_has_its_lesson(curriculum: Curriculum, track: str) -> None:
    for lesson_id in TOPICS[track]:
        lesson = curriculum.get(lesson_id)
        assert lesson is not None and lesson.track == track, lesson_id


@pytest.mark.parametrize("path", LESSON_FILES, ids=lambda path: path.stem)
def test_each_lesson_is_complete_short_and_its_quiz_answerable(curriculum: Curriculum, path: Path) -> None:
    lesson = curriculum.get(path.stem)
    assert lesson is not None
    for text in (lesson.title, lesson.idea, lesson.situation, lesson.bad_example, lesson.better_example,
                 lesson.try_today):
        assert text.strip()
    body = " ".join([lesson.idea, lesson.situation, lesson.bad_example, lesson.better_example, lesson.try_today])
    assert len(body.split()) <= MAX_READING_WORDS
    assert set(lesson.dimensions) <= set(DIMENSIONS)
    assert 1 <= len(lesson.quiz) <= MAX_QUESTIONS
    assert len({q.id for q in lesson.quiz}) == len(lesson.quiz)
    for question in lesson.quiz:
        assert sum(option.correct for option in question.options) == 1
        assert question.options[question.answer].correct
        for option in question.options:
            assert option.feedback.strip()
            # The platforms print the verdict themselves; feedback that repeats it reads "Right. Right: ...".
            assert not re.match(r"(right|wrong|yes|no|correct|incorrect)\b", option.feedback, re.IGNORECASE)


@pytest.mark.parametrize("path", LESSON_FILES, ids=lambda path: path.stem)
def test_the_coach_itself_scores_the_better_example_above_the_bad_one(curriculum: Curriculum, path: Path) -> None:
    lesson = curriculum.get(path.stem)
    assert lesson is not None
    bad = analyze(lesson.bad_example, lesson.situation)
    better = analyze(lesson.better_example, lesson.situation)
    assert better.score > bad.score


def test_wrapped_lines_in_a_file_become_one_paragraph(curriculum: Curriculum) -> None:
    lesson = curriculum.get("next-steps-follow-up")
    assert lesson is not None
    assert "\n" not in lesson.idea and "  " not in lesson.idea


def write(folder: Path, name: str, text: str) -> None:
    (folder / f"{name}.toml").write_text(text, encoding="utf-8")


GOOD = '''
title = "A title"
track = "boundaries"
position = 1
idea = "An idea."
try_today = "Something."
[example]
situation = "A customer."
bad = "Bad."
better = "Better."
[[quiz]]
id = "q"
prompt = "Which?"
[[quiz.options]]
text = "A"
correct = true
feedback = "Because."
[[quiz.options]]
text = "B"
feedback = "Because not."
'''


def test_a_valid_minimal_lesson_loads(tmp_path: Path) -> None:
    write(tmp_path, "minimal", GOOD)
    [lesson] = Curriculum.load(tmp_path).lessons
    assert (lesson.id, lesson.quiz[0].answer, lesson.quiz[0].kind) == ("minimal", 0, "choice")


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda s: s.replace('track = "boundaries"', 'track = "kindness"'), r"minimal\.toml: track 'kindness'"),
        (lambda s: s.replace('text = "B"\nfeedback', 'text = "B"\ncorrect = true\nfeedback'),
         r"minimal\.toml question 1: exactly one option must have correct = true \(found 2\)"),
        (lambda s: s.replace('correct = true\n', ''), r"exactly one option .* \(found 0\)"),
        (lambda s: s.replace('feedback = "Because not."', ''), r"option 2: feedback must be non-empty"),
        (lambda s: s.replace('title = "A title"', ''), r"minimal\.toml: title must be non-empty"),
        (lambda s: s.replace('position = 1', 'position = "first"'), r"position must be a whole number"),
        (lambda s: s.split("[[quiz]]")[0], r"needs 1 to 3 \[\[quiz\]\] questions"),
        (lambda s: 'dimensions = ["kindness"]\n' + s, r"dimension 'kindness' is not one of"),
        (lambda s: s.replace("[example]", "[examples]"), r"needs an \[example\] table"),
        (lambda s: s.replace('title = "A title"', 'title = "A title'), r"can't be read as TOML"),
        (lambda s: s.replace('prompt = "Which?"', 'prompt = "Which?"\nkind = "essay"'),
         r"question 1: kind 'essay' is not one of choice, better-reply"),
        (lambda s: s.split('[[quiz.options]]\ntext = "B"')[0], r"question 1: needs 2 to 4 \[\[quiz\.options\]\]"),
        (lambda s: s.replace('text = "B"', 'text = "A"'), r"question 1: two options have the same text"),
        (lambda s: s.replace("correct = true", 'correct = "yes"'), r"option 1: correct must be true or false"),
        (lambda s: s + s[s.index("[[quiz]]"):], r"minimal\.toml: question id 'q' is used twice"),
    ],
)
def test_a_broken_lesson_file_is_refused_with_the_file_and_the_fix(tmp_path: Path, change, message: str) -> None:
    write(tmp_path, "minimal", change(GOOD))
    with pytest.raises(CurriculumError, match=message):
        Curriculum.load(tmp_path)


def test_every_problem_is_reported_at_once_including_clashing_positions(tmp_path: Path) -> None:
    write(tmp_path, "first", GOOD)
    write(tmp_path, "second", GOOD)
    write(tmp_path, "Bad_Name", GOOD.replace("position = 1", "position = 2"))
    with pytest.raises(CurriculumError) as raised:
        Curriculum.load(tmp_path)
    problems = raised.value.problems
    assert any("position 1 in boundaries is also used by first.toml" in p for p in problems)
    assert any(p.startswith("Bad_Name.toml: the file name is the lesson id") for p in problems)


def test_an_empty_lessons_folder_is_an_error_not_an_empty_curriculum(tmp_path: Path) -> None:
    with pytest.raises(CurriculumError, match="no .toml files"):
        Curriculum.load(tmp_path)


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=300))
def test_any_file_content_loads_or_fails_with_a_curriculum_error(tmp_path_factory, content: str) -> None:
    folder = tmp_path_factory.mktemp("lessons")
    (folder / "fuzz.toml").write_text(content, encoding="utf-8", errors="replace")
    try:
        Curriculum.load(folder)
    except CurriculumError as error:
        assert all(problem.startswith("fuzz.toml") for problem in error.problems)
