"""The curriculum: every lesson file loads and is complete, quizzes test understanding, examples practise what
they preach, and every rule has its lesson."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.coach import analyze
from bot.coach.checks.model import DIMENSIONS
from bot.coach.checks.promises import OWN_COMMITMENTS, count_promises
from bot.coach.checks.rules import RULES
from bot.coach.lessons.curriculum import MAX_QUESTIONS, TRACKS, Curriculum, CurriculumError, Lesson
from bot.resources import prompts_dir

LESSON_FILES = sorted((prompts_dir() / "lessons").glob("*.toml"))
TOPICS = {
    "active-listening": ["attentive-listening", "reflect-and-validate", "paraphrasing", "summarize-the-resolution",
                         "open-questions", "not-waiting-to-speak", "vulnerable-customers", "language-and-culture"],
    "boundaries": ["saying-no-with-empathy", "empathy-is-not-agreeing", "policy-with-alternative",
                   "not-absorbing-emotions", "not-oversharing", "handling-abuse", "self-care-after-hard-calls",
                   "customer-in-crisis", "escalation", "saying-no-twice", "verification-and-privacy"],
    "empathy-basics": ["empathy-vs-sympathy", "canned-empathy", "personalize", "patience-and-calm",
                       "ownership-language", "next-steps-follow-up", "plain-words", "de-escalation",
                       "speed-and-empathy", "managing-expectations", "tone-per-channel", "owning-mistakes",
                       "size-of-the-moment"],
}
MAX_READING_WORDS = 220
"""About a minute at an ordinary reading pace, for everything above the quiz."""

MODELLED_BADLY = {"E401", "E402", "E405", "E102", "E406", "E103", "E105"}
"""Findings a "better" example must never get: blame, dismissal, condescension, stock or scripted phrases,
sympathy and apologising over and over are exactly what the lessons teach agents to drop."""
ALLOWED_PROMISES: dict[str, frozenset[str]] = {
    "apology-balance": frozenset({"reversal"}),  # the charge was for a ride the customer had cancelled
    "personalize": frozenset({"reversal"}),  # the monthly fee was taken after a switch to the yearly plan
    "summarize-the-resolution": frozenset({"reversal"}),  # a second, duplicate charge
}
"""Lesson id -> kinds of promise (see ``bot.coach.checks.promises``) its "better" example may make, because
the situation makes them legitimate (reversing a charge that was wrong). Keep this short: each entry is
a reply agents will copy. The agent's own follow-ups and calls (``OWN_COMMITMENTS``) are theirs to make."""
STOCK_FORMULA = re.compile(r"\bwould (?:\w+ ){0,2}anyone\b|\banyone would\b", re.IGNORECASE)
""""...would make anyone angry", "...would worry anyone": one stock phrase replacing another."""
HOUSE_FORMULA = re.compile(r"\bI can see why\b", re.IGNORECASE)
"""Fine once; in lesson after lesson it becomes the curriculum's own stock opener, the thing canned-empathy warns
against."""
MAX_HOUSE_FORMULA = 1
HOUSE_CLOSER = re.compile(r"\bwhere (?:things|it) stands?\b", re.IGNORECASE)
"""The update promised "with their answer, or where things stand": managing-expectations teaches the idea behind
it; copied into every other lesson's reply and right answer, it became the phrase that picks the answer."""
CLOSER_LESSON = "managing-expectations"
MAX_SHARE_BY_LENGTH = 0.4
"""Right answers may be the longest (or the shortest, or the second longest) option in at most this share of
questions, so that option length can't stand in for reading them."""
MAX_SHARE_BY_POSITION = 0.4


@pytest.fixture(scope="module")
def curriculum() -> Curriculum:
    return Curriculum.load()


def questions(curriculum: Curriculum) -> list:
    return [question for lesson in curriculum.lessons for question in lesson.quiz]


def test_there_are_at_least_34_lessons_with_unique_ids_in_every_track(curriculum: Curriculum) -> None:
    assert len(curriculum.lessons) == len(LESSON_FILES) >= 34
    assert len(set(curriculum.ids)) == len(curriculum.ids)
    assert {lesson.track for lesson in curriculum.lessons} == set(TRACKS)
    ordered = [TRACKS.index(lesson.track) for lesson in curriculum.lessons]
    assert ordered == sorted(ordered), "lessons come track by track"


@pytest.mark.parametrize("rule", sorted(RULES))
def test_every_rule_links_to_a_lesson_that_exists(curriculum: Curriculum, rule: str) -> None:
    assert curriculum.get(RULES[rule].lesson) is not None, f"{rule} points at missing lesson {RULES[rule].lesson}"
    assert RULES[rule].label, "the lesson choice needs a short name for every finding"


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
    assert 2 <= len(lesson.quiz) <= MAX_QUESTIONS
    assert len({q.id for q in lesson.quiz}) == len(lesson.quiz)
    for question in lesson.quiz:
        assert 3 <= len(question.options) <= 4
        assert sum(option.correct for option in question.options) == 1
        assert question.options[question.answer].correct
        assert question.option(question.answer_id) is question.options[question.answer]
        assert len({option.id for option in question.options}) == len(question.options)
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


@pytest.mark.parametrize("path", LESSON_FILES, ids=lambda path: path.stem)
def test_the_better_example_passes_the_coachs_own_checks(curriculum: Curriculum, path: Path) -> None:
    lesson = curriculum.get(path.stem)
    assert lesson is not None
    analysis = analyze(lesson.better_example, lesson.situation)
    modelled_badly = [(f.rule, lesson.better_example[f.start:f.end]) for f in analysis.findings
                      if f.rule in MODELLED_BADLY]
    assert not modelled_badly, f"{lesson.id}: the better example models what the coach flags: {modelled_badly}"


@pytest.mark.parametrize("path", LESSON_FILES, ids=lambda path: path.stem)
def test_the_better_example_promises_nothing_the_situation_does_not_justify(curriculum: Curriculum, path: Path) -> None:
    lesson = curriculum.get(path.stem)
    assert lesson is not None
    allowed = ALLOWED_PROMISES.get(lesson.id, frozenset())
    promised = {kind for kind, count in count_promises(lesson.better_example).items()
                if count and kind not in allowed and kind not in OWN_COMMITMENTS}
    assert not promised, (
        f"{lesson.id}: the better example promises {sorted(promised)}: make it an estimate or the agent's own next "
        "step, or add the kind to ALLOWED_PROMISES with the reason the situation makes it legitimate"
    )


def _teaching_text(lesson: Lesson) -> list[str]:
    """Everything a lesson offers as good wording or advice: not the bad example and not the wrong options."""
    texts = [lesson.title, lesson.idea, lesson.better_example, lesson.try_today]
    for question in lesson.quiz:
        texts += [question.prompt, question.options[question.answer].text]
        texts += [option.feedback for option in question.options]
    return texts


@pytest.mark.parametrize("path", LESSON_FILES, ids=lambda path: path.stem)
def test_no_lesson_teaches_a_stock_formula(curriculum: Curriculum, path: Path) -> None:
    lesson = curriculum.get(path.stem)
    assert lesson is not None
    found = [m.group(0) for text in _teaching_text(lesson) for m in STOCK_FORMULA.finditer(text)]
    assert not found, f"{lesson.id}: {found}"


def test_the_curriculum_does_not_make_one_acknowledgement_its_own_formula(curriculum: Curriculum) -> None:
    found = [lesson.id for lesson in curriculum.lessons for text in _teaching_text(lesson)
             if HOUSE_FORMULA.search(text)]
    assert len(found) <= MAX_HOUSE_FORMULA, f"'I can see why' is taught as good wording in {found}"


def test_only_the_lesson_on_promises_closes_with_where_things_stand(curriculum: Curriculum) -> None:
    found = {lesson.id for lesson in curriculum.lessons for text in _teaching_text(lesson)
             if HOUSE_CLOSER.search(text)}
    elsewhere = sorted(found - {CLOSER_LESSON})
    assert not elsewhere, f"write a closer for the case instead of 'where things stand' in {elsewhere}"


def _length_rank(question) -> int | str:
    """0 when the right answer is the longest option, 1 when second longest, and so on; "shortest" at the end."""
    lengths = sorted((len(option.text) for option in question.options), reverse=True)
    right = len(question.options[question.answer].text)
    return "shortest" if right == lengths[-1] else lengths.index(right)


def test_option_length_does_not_give_the_answer_away(curriculum: Curriculum) -> None:
    quiz = questions(curriculum)
    ranks = Counter(_length_rank(question) for question in quiz)
    too_often = {rank: count for rank, count in ranks.items() if count > MAX_SHARE_BY_LENGTH * len(quiz)}
    assert not too_often, f"length rank of the right answer -> questions, out of {len(quiz)}: {too_often}"


def test_the_right_answer_has_no_favourite_position_in_file_order(curriculum: Curriculum) -> None:
    by_size = Counter(len(question.options) for question in questions(curriculum))
    positions = Counter((len(question.options), question.answer) for question in questions(curriculum))
    for (size, position), count in positions.items():
        assert count <= MAX_SHARE_BY_POSITION * by_size[size], (
            f"in {by_size[size]} questions with {size} options, the right answer is option {position + 1} "
            f"{count} times"
        )


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
id = "a"
text = "A"
correct = true
feedback = "Because."
[[quiz.options]]
id = "b"
text = "B"
feedback = "Because not."
[[quiz.options]]
id = "c"
text = "C"
feedback = "Nor this."
'''


def test_a_valid_minimal_lesson_loads(tmp_path: Path) -> None:
    write(tmp_path, "minimal", GOOD)
    [lesson] = Curriculum.load(tmp_path).lessons
    question = lesson.quiz[0]
    assert (lesson.id, question.answer, question.answer_id, question.kind) == ("minimal", 0, "a", "choice")
    assert lesson.writer == "The customer", "the customer wrote the situation unless the lesson says who did"
    assert question.option("b") is question.options[1] and question.option("z") is None


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
        (lambda s: s.replace('bad = "Bad."', 'writer = " "\nbad = "Bad."'),
         r"minimal\.toml \[example\]: writer must be non-empty text"),
        (lambda s: s.replace('title = "A title"', 'title = "A title'), r"can't be read as TOML"),
        (lambda s: s.replace('prompt = "Which?"', 'prompt = "Which?"\nkind = "essay"'),
         r"question 1: kind 'essay' is not one of choice, better-reply"),
        (lambda s: s.split('[[quiz.options]]\nid = "c"')[0], r"question 1: needs 3 to 4 \[\[quiz\.options\]\]"),
        (lambda s: s.replace('id = "b"', 'id = "a"'), r"question 1: option id 'a' is used twice"),
        (lambda s: s.replace('id = "b"\n', ''), r"question 1 option 2: id must be non-empty"),
        (lambda s: s.replace('id = "b"', 'id = "Option B"'), r"option 2: id 'Option B' must be lower-case words"),
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
