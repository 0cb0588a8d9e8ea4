"""The curriculum: one-minute lessons read from ``prompts/lessons/*.toml``, checked as they load.

Lessons are product copy that support leads will edit without touching code, so
a mistake in a file (a quiz with two right answers, a typo in a track) has to
fail loudly at load time with the file named, not show up as a broken button
in someone's morning DM.
"""

from __future__ import annotations

import hashlib
import re
import tomllib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Literal

from bot.coach.checks.model import DIMENSIONS
from bot.coach.lessons.routes import KEYS, NO_CARD, RouteCard, fill, routes_named, unknown_placeholders
from bot.resources import prompts_dir

TRACKS: tuple[str, ...] = ("empathy-basics", "active-listening", "boundaries")
"""In the order a new agent meets them."""

TRACK_TITLES = {
    "empathy-basics": "Empathy basics",
    "active-listening": "Active listening",
    "boundaries": "Boundaries",
}

QuestionKind = Literal["choice", "better-reply"]
QUESTION_KINDS: tuple[str, ...] = ("choice", "better-reply")
MAX_QUESTIONS = 3
MIN_OPTIONS, MAX_OPTIONS = 3, 4
"""With two options half the agents pass by guessing; four is the most a chat message shows as buttons
without wrapping into a wall."""
CUSTOMER = "The customer"
"""Who wrote an example's situation, unless the lesson names someone else (``writer``)."""
OPTION_LETTERS = "ABCD"
"""How every platform names a question's options, one letter each up to ``MAX_OPTIONS``."""

_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


class CurriculumError(ValueError):
    """One or more lesson files are wrong; each line names the file and what to fix."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = tuple(problems)
        super().__init__("\n".join(self.problems))


@dataclass(frozen=True, slots=True)
class Option:
    id: str
    """Stable within its question: an answer is the option's id, wherever the option was shown."""
    text: str
    correct: bool
    feedback: str
    """Shown after the agent picks this option: why it is right or wrong, not just which."""


@dataclass(frozen=True, slots=True)
class Question:
    id: str
    prompt: str
    options: tuple[Option, ...]
    kind: QuestionKind = "choice"

    @property
    def answer(self) -> int:
        """Index of the correct option in file order; validation guarantees there is exactly one."""
        return next(index for index, option in enumerate(self.options) if option.correct)

    @property
    def answer_id(self) -> str:
        """Id of the correct option, which holds however the options were shuffled."""
        return self.options[self.answer].id

    def option(self, option_id: str) -> Option | None:
        return next((option for option in self.options if option.id == option_id), None)


@dataclass(frozen=True, slots=True)
class Lesson:
    id: str
    title: str
    track: str
    idea: str
    bad_example: str
    better_example: str
    try_today: str
    quiz: tuple[Question, ...]
    situation: str = ""
    """What the customer wrote, so both example replies have something to answer."""
    writer: str = CUSTOMER
    """Who wrote the situation: the customer, except in a lesson about the agent's own side of the work (their
    lead asking how they are after a hard call)."""
    dimensions: tuple[str, ...] = ()
    """The check dimensions this lesson strengthens; used to pick it for an agent weak in one."""
    position: int = 0
    """Place in its track; lessons are met in this order when nothing more urgent comes first."""
    routes: tuple[str, ...] = ()
    """The route card entries its text names (``{route.crisis_line}``), filled in or not: what the doctor lists
    for a team whose card lacks one."""

    def question(self, question_id: str) -> Question | None:
        return next((q for q in self.quiz if q.id == question_id), None)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "track": self.track,
            "dimensions": list(self.dimensions),
            "idea": self.idea,
            "situation": self.situation,
            "writer": self.writer,
            "bad_example": self.bad_example,
            "better_example": self.better_example,
            "try_today": self.try_today,
            "quiz": [
                {
                    "id": q.id,
                    "kind": q.kind,
                    "prompt": q.prompt,
                    "options": [
                        {"id": o.id, "text": o.text, "correct": o.correct, "feedback": o.feedback}
                        for o in q.options
                    ],
                }
                for q in self.quiz
            ],
        }


@dataclass(frozen=True, slots=True)
class Curriculum:
    lessons: tuple[Lesson, ...]
    """Every lesson, track by track in ``TRACKS`` order, then by position."""

    @classmethod
    def load(cls, folder: Path | None = None, routes: RouteCard = NO_CARD) -> Curriculum:
        """Read and validate every lesson file; raises ``CurriculumError`` naming each bad file.

        Each lesson comes with the team's ``routes`` filled in (or the bracket for an entry the team hasn't
        filled), so whatever shows a lesson, on any platform, shows the same words.
        """
        folder = folder if folder is not None else prompts_dir() / "lessons"
        files = sorted(folder.glob("*.toml"))
        if not files:
            raise CurriculumError([f"No lessons found: {folder} has no .toml files."])
        problems: list[str] = []
        lessons = [lesson for path in files if (lesson := _read(path, problems)) is not None]
        problems += _clashes(lessons)
        problems += [problem for lesson in lessons for problem in _placeholder_problems(lesson)]
        if problems:
            raise CurriculumError(problems)
        lessons = [with_routes(lesson, routes) for lesson in lessons]
        return cls(tuple(sorted(lessons, key=lambda lesson: (TRACKS.index(lesson.track), lesson.position))))

    def get(self, lesson_id: str) -> Lesson | None:
        return next((lesson for lesson in self.lessons if lesson.id == lesson_id), None)

    def track(self, track: str) -> tuple[Lesson, ...]:
        return tuple(lesson for lesson in self.lessons if lesson.track == track)

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(lesson.id for lesson in self.lessons)


def _read(path: Path, problems: list[str]) -> Lesson | None:
    name = path.name
    try:
        data = tomllib.loads(path.read_text("utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        problems.append(f"{name}: can't be read as TOML ({error}).")
        return None
    found: list[str] = []
    fields = _Fields(data, name, found)
    lesson_id = path.stem
    if not _ID.match(lesson_id):
        found.append(f"{name}: the file name is the lesson id; use lower-case words joined by hyphens.")
    track = fields.text("track")
    if track and track not in TRACKS:
        found.append(f"{name}: track {track!r} is not one of {', '.join(TRACKS)}.")
    dimensions = fields.strings("dimensions")
    for dimension in dimensions:
        if dimension not in DIMENSIONS:
            found.append(f"{name}: dimension {dimension!r} is not one of {', '.join(DIMENSIONS)}.")
    example = fields.table("example")
    example_fields = _Fields(example, f"{name} [example]", found)
    lesson = Lesson(
        id=lesson_id,
        title=fields.text("title"),
        track=track,
        idea=fields.text("idea"),
        situation=example_fields.text("situation"),
        writer=example_fields.optional_text("writer", CUSTOMER),
        bad_example=example_fields.text("bad"),
        better_example=example_fields.text("better"),
        try_today=fields.text("try_today"),
        quiz=_quiz(data.get("quiz"), name, found),
        dimensions=tuple(dimensions),
        position=fields.integer("position"),
    )
    problems += found
    return None if found else lesson


def _quiz(raw: object, name: str, problems: list[str]) -> tuple[Question, ...]:
    if not isinstance(raw, list) or not 1 <= len(raw) <= MAX_QUESTIONS:
        problems.append(f"{name}: needs 1 to {MAX_QUESTIONS} [[quiz]] questions.")
        return ()
    questions = []
    for number, entry in enumerate(raw, start=1):
        where = f"{name} question {number}"
        if not isinstance(entry, dict):
            problems.append(f"{where}: must be a [[quiz]] table.")
            continue
        fields = _Fields(entry, where, problems)
        question_id, prompt, kind = fields.text("id"), fields.text("prompt"), entry.get("kind", "choice")
        if kind not in QUESTION_KINDS:
            problems.append(f"{where}: kind {kind!r} is not one of {', '.join(QUESTION_KINDS)}.")
        options = _options(entry.get("options"), where, problems)
        questions.append(Question(question_id, prompt, options, kind))
    ids = [q.id for q in questions]
    for question_id in sorted({i for i in ids if ids.count(i) > 1}):
        problems.append(f"{name}: question id {question_id!r} is used twice; answers are stored by it.")
    return tuple(questions)


def _options(raw: object, where: str, problems: list[str]) -> tuple[Option, ...]:
    if not isinstance(raw, list) or not MIN_OPTIONS <= len(raw) <= MAX_OPTIONS:
        problems.append(f"{where}: needs {MIN_OPTIONS} to {MAX_OPTIONS} [[quiz.options]].")
        return ()
    options = []
    for number, entry in enumerate(raw, start=1):
        if not isinstance(entry, dict):
            problems.append(f"{where} option {number}: must be a [[quiz.options]] table.")
            continue
        fields = _Fields(entry, f"{where} option {number}", problems)
        option_id = fields.text("id")
        if option_id and (not _ID.match(option_id) or option_id.replace("-", "").isdigit()):
            # Not a number: buttons on lessons sent before answers were kept by id carry the option's position.
            problems.append(f"{where} option {number}: id {option_id!r} must be lower-case words joined by hyphens.")
        correct = entry.get("correct", False)
        if not isinstance(correct, bool):
            problems.append(f"{where} option {number}: correct must be true or false.")
        options.append(Option(option_id, fields.text("text"), correct is True, fields.text("feedback")))
    right = sum(option.correct for option in options)
    if right != 1:
        problems.append(f"{where}: exactly one option must have correct = true (found {right}).")
    texts = [option.text for option in options]
    if len(set(texts)) != len(texts):
        problems.append(f"{where}: two options have the same text.")
    ids = [option.id for option in options]
    for option_id in sorted({i for i in ids if i and ids.count(i) > 1}):
        problems.append(f"{where}: option id {option_id!r} is used twice; answers are recorded by it.")
    return tuple(options)


def shuffled_options(question: Question, delivery_id: int) -> tuple[Option, ...]:
    """The question's options in the order one delivered lesson shows them.

    File order is where authors tend to put the right answer (first, or in the
    middle), so every delivery gets its own order: each option is ranked by a
    hash of the delivery, the question and the option id. The same delivery
    always gets the same order (a redrawn message doesn't move its buttons),
    Python's per-process string hashing plays no part, and adding an option
    later leaves the others in the same relative order.
    """

    def rank(option: Option) -> bytes:
        return hashlib.sha256(f"{delivery_id}:{question.id}:{option.id}".encode()).digest()

    return tuple(sorted(question.options, key=rank))


def with_routes(lesson: Lesson, card: RouteCard) -> Lesson:
    """The lesson as agents read it: every ``{route.NAME}`` in its text replaced with the team's value or its
    bracket (``bot.coach.lessons.routes.fill``), and ``routes`` listing the entries it names."""
    return _mapped(replace(lesson, routes=tuple(dict.fromkeys(
        key for text in _texts(lesson) for key in routes_named(text)))), lambda text: fill(text, card))


def _mapped(lesson: Lesson, change: Callable[[str], str]) -> Lesson:
    quiz = tuple(
        replace(question, prompt=change(question.prompt), options=tuple(
            replace(option, text=change(option.text), feedback=change(option.feedback)) for option in question.options
        ))
        for question in lesson.quiz
    )
    return replace(lesson, title=change(lesson.title), idea=change(lesson.idea), situation=change(lesson.situation),
                   writer=change(lesson.writer), bad_example=change(lesson.bad_example),
                   better_example=change(lesson.better_example), try_today=change(lesson.try_today), quiz=quiz)


def _texts(lesson: Lesson) -> Iterator[str]:
    """Every piece of text in the lesson: each one ``_mapped`` changes."""
    yield from (lesson.title, lesson.idea, lesson.situation, lesson.writer, lesson.bad_example, lesson.better_example,
                lesson.try_today)
    for question in lesson.quiz:
        yield question.prompt
        for option in question.options:
            yield from (option.text, option.feedback)


def _placeholder_problems(lesson: Lesson) -> list[str]:
    return [f"{lesson.id}.toml: {written} is not a route card entry: write {{route.NAME}} with NAME one of "
            f"{', '.join(KEYS)}." for text in _texts(lesson) for written in unknown_placeholders(text)]


def _clashes(lessons: Iterable[Lesson]) -> list[str]:
    seen: dict[tuple[str, int], str] = {}
    problems = []
    for lesson in lessons:
        key = (lesson.track, lesson.position)
        if key in seen:
            problems.append(
                f"{lesson.id}.toml: position {lesson.position} in {lesson.track} is also used by {seen[key]}.toml."
            )
        seen[key] = lesson.id
    return problems


def _reflow(text: str) -> str:
    """Lesson files wrap long lines for review diffs; a chat message should wrap only between paragraphs."""
    paragraphs = re.split(r"\n\s*\n", text.strip())
    return "\n\n".join(" ".join(paragraph.split()) for paragraph in paragraphs)


class _Fields:
    """Typed access to one TOML table that records, rather than raises, every missing or mistyped field."""

    def __init__(self, data: dict[str, Any], where: str, problems: list[str]) -> None:
        self.data, self.where, self.problems = data, where, problems

    def text(self, key: str) -> str:
        value = self.data.get(key)
        if not isinstance(value, str) or not value.strip():
            self.problems.append(f"{self.where}: {key} must be non-empty text.")
            return ""
        return _reflow(value)

    def optional_text(self, key: str, default: str) -> str:
        if key not in self.data:
            return default
        return self.text(key)

    def strings(self, key: str) -> list[str]:
        value = self.data.get(key, [])
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            self.problems.append(f"{self.where}: {key} must be a list of text.")
            return []
        return value

    def integer(self, key: str) -> int:
        value = self.data.get(key)
        if not isinstance(value, int) or isinstance(value, bool) or value < 1:
            self.problems.append(f"{self.where}: {key} must be a whole number from 1.")
            return 0
        return value

    def table(self, key: str) -> dict[str, Any]:
        value = self.data.get(key)
        if not isinstance(value, dict):
            self.problems.append(f"{self.where}: needs an [{key}] table.")
            return {}
        return value
