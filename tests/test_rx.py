"""Compiled patterns kept between starts: read back, they are what ``re`` makes; a file that can't be trusted is not."""

from __future__ import annotations

import json
import marshal
import os
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.coach.rx import PatternCache

ROOT = Path(__file__).resolve().parents[1]

PATTERNS = (
    (r"\b(?:late|delayed) (?P<what>flight|train)\b", re.IGNORECASE),
    (r"^(?:hi|hello)\b", re.MULTILINE),
    (r"(?<!not )sorry(?= about| for)", 0),
    (r"[\w.+-]+@[\w-]+\.\w+", 0),
)


@pytest.fixture
def kept(tmp_path: Path) -> Path:
    """A file holding every pattern in ``PATTERNS``, as one start leaves it for the next."""
    path = tmp_path / "__pycache__" / "rx.test.patterns"
    cache = PatternCache(path)
    for pattern, flags in PATTERNS:
        cache.compile(pattern, flags)
    cache.save()
    assert path.exists()
    return path


def _doctor(path: Path, *, rename: tuple[str, str], made_by: object = None) -> None:
    """Give one stored program another pattern's name, and optionally another maker."""
    fmt, maker, programs = marshal.loads(path.read_bytes())
    old, new = rename
    programs = {(new if pattern == old else pattern, flags): program for (pattern, flags), program in programs.items()}
    path.write_bytes(marshal.dumps((fmt, maker if made_by is None else made_by, programs)))


def test_a_pattern_read_back_is_the_one_re_compiles(kept: Path) -> None:
    cache = PatternCache(kept)
    for pattern, flags in PATTERNS:
        read_back = cache.compile(pattern, flags)
        fresh = re.compile(pattern, flags)
        assert read_back == fresh  # re's own equality: same pattern, flags and compiled program
        assert read_back.groupindex == fresh.groupindex


@given(st.text(alphabet="adefghilnorstuwy HIL@.\n", max_size=60))
def test_a_pattern_read_back_finds_what_re_finds(tmp_path_factory: pytest.TempPathFactory, text: str) -> None:
    path = tmp_path_factory.mktemp("kept") / "rx.patterns"
    writer = PatternCache(path)
    for pattern, flags in PATTERNS:
        writer.compile(pattern, flags)
    writer.save()
    reader = PatternCache(path)
    for pattern, flags in PATTERNS:
        ours = [(m.span(), m.groupdict()) for m in reader.compile(pattern, flags).finditer(text)]
        assert ours == [(m.span(), m.groupdict()) for m in re.finditer(pattern, text, flags)]


def test_a_start_that_found_everything_writes_nothing(kept: Path) -> None:
    cache = PatternCache(kept)
    for pattern, flags in PATTERNS:
        cache.compile(pattern, flags)
    kept.unlink()
    cache.save()
    assert not kept.exists()


def test_a_start_that_compiled_something_new_keeps_only_what_it_used(kept: Path) -> None:
    cache = PatternCache(kept)
    cache.compile(*PATTERNS[0])
    cache.compile(r"\brefund(?:ed|s)?\b")
    cache.save()
    _, _, programs = marshal.loads(kept.read_bytes())
    assert set(programs) == {(PATTERNS[0][0], int(PATTERNS[0][1])), (r"\brefund(?:ed|s)?\b", 0)}


@pytest.mark.parametrize(("made_by", "finds"), [(None, "b"), (("another python",), "a")])
def test_a_file_from_another_python_is_not_trusted(kept: Path, made_by: object, finds: str) -> None:
    # The stored program for "b" is filed under "a". The file's own Python would use it as stored, which
    # shows the file is read at all; a file made by any other Python is compiled afresh.
    cache = PatternCache(kept)
    cache.compile("b")
    cache.save()
    _doctor(kept, rename=("b", "a"), made_by=made_by)
    assert PatternCache(kept).compile("a").search("a b").group() == finds


@pytest.mark.parametrize("damage", [b"", b"not a cache", marshal.dumps((1, 2)), marshal.dumps([1, 2, 3])])
def test_a_damaged_file_is_ignored_and_written_afresh(kept: Path, damage: bytes) -> None:
    kept.write_bytes(damage)
    cache = PatternCache(kept)
    for pattern, flags in PATTERNS:
        assert cache.compile(pattern, flags) == re.compile(pattern, flags)
    cache.save()
    reread = PatternCache(kept)
    for pattern, flags in PATTERNS:
        reread.compile(pattern, flags)
    kept.unlink()
    reread.save()
    assert not kept.exists()  # the rewritten file held everything


@pytest.mark.parametrize("spoil", [
    lambda program: (program[0], program[1][: len(program[1]) // 2], *program[2:]),  # half its code
    lambda program: 42,  # not a program at all
    lambda program: (program[0],),  # cut short
])
def test_a_program_the_regex_engine_refuses_is_compiled_afresh(kept: Path, spoil: Callable[[tuple], object]) -> None:
    fmt, maker, programs = marshal.loads(kept.read_bytes())
    key = (PATTERNS[0][0], int(PATTERNS[0][1]))
    programs[key] = spoil(programs[key])
    kept.write_bytes(marshal.dumps((fmt, maker, programs)))
    assert PatternCache(kept).compile(*PATTERNS[0]) == re.compile(*PATTERNS[0])


def test_a_cache_that_cannot_be_written_costs_nothing_but_time(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder would go")
    cache = PatternCache(blocker / "rx.patterns")
    assert cache.compile(*PATTERNS[1]).search("hi there")
    cache.save()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["not-a-folder"]


def test_the_second_start_reads_what_the_first_kept_and_checks_the_same(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPYCACHEPREFIX": str(tmp_path / "pycache"), "COACH_DB": str(tmp_path / "coach.db")}
    argv = [sys.executable, "-m", "bot", "check", "--json", "--no-save", "--customer",
            "My flight to Lisbon was cancelled and nobody told me!", "Flights get cancelled. Check the app."]

    def start() -> dict[str, object]:
        done = subprocess.run(argv, capture_output=True, text=True, env=env, cwd=ROOT, timeout=60, check=True)
        return json.loads(done.stdout)

    first = start()
    kept = list((tmp_path / "pycache").rglob("*.patterns"))
    assert len(kept) == 1
    written = kept[0].stat().st_mtime_ns
    assert start() == first
    assert kept[0].stat().st_mtime_ns == written  # everything was found in the file, so it wasn't written again
