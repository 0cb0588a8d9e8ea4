"""The engine's regular expressions, compiled once per Python and kept beside its bytecode.

The engine holds several hundred patterns, a few of them tables of thousands of
phrases, and Python's ``re`` parses and compiles every pattern in pure Python: a
quarter of a second at each start, most of one ``check`` in the terminal. What the
compiler makes of a pattern depends only on the pattern, its flags and the Python
that compiled it, so :func:`compile` keeps the compiled programs in one file in
``__pycache__``, beside the bytecode, and a later process hands them straight to the
regex engine, which checks a program before it accepts one. The file is written even
where Python is told to write no bytecode (containers often are): it is one file per
Python version, replaced whole, and the engine imports in a third of the time with it.

A program is stored only after it compared equal to what ``re.compile`` made of the
same pattern, and a file from another Python, or one that can't be read, is ignored
and written afresh: at worst a start is as slow as it was without the file.
"""

from __future__ import annotations

import _sre
import contextlib
import marshal
import os
import re
import sys
from array import array
from importlib.util import cache_from_source
from pathlib import Path
from re import _compiler, _parser  # type: ignore[attr-defined]
from typing import Any

__all__ = ["PatternCache", "compile", "save"]

FORMAT = 1
"""Bumped whenever what a file holds changes shape."""

_CODE = "I"
"""The array type of one code word: ``_sre.CODESIZE`` is 4 bytes on CPython; were it not, no program read back
would compare equal to ``re``'s own, and none would be stored."""

Program = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]
"""What ``_sre.compile`` needs beside the pattern: flags, code, group count, and the group names both ways."""


class PatternCache:
    """Compiled programs by pattern and flags, read from ``path`` on first use and written back by :meth:`save`."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self._stored: dict[tuple[str, int], Program] | None = None
        self._used: dict[tuple[str, int], Program] = {}
        self._missed = False

    def compile(self, pattern: str, flags: int = 0) -> re.Pattern[str]:
        """``re.compile(pattern, flags)``, from the stored program when there is one."""
        key = (pattern, int(flags))
        program = self._read().get(key)
        if program is not None and (compiled := _rebuilt(pattern, program)) is not None:
            self._used[key] = program
            return compiled
        compiled = re.compile(pattern, flags)
        built = _program(pattern, key[1])
        if built is not None and _rebuilt(pattern, built) == compiled:
            self._used[key] = built
            self._missed = True
        return compiled

    def save(self) -> None:
        """Write the programs this process used, if any had to be compiled afresh."""
        if not self._missed or self.path is None:
            return
        data = marshal.dumps((FORMAT, _this_python(), self._used))
        temporary = self.path.with_name(f"{self.path.name}.{os.getpid()}.tmp")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            temporary.write_bytes(data)
            os.replace(temporary, self.path)  # readers see the old file or the new one, never half of one
        except OSError:  # a read-only install: every start compiles, as it would without the file
            with contextlib.suppress(OSError):
                temporary.unlink()
            return
        self._missed = False

    def _read(self) -> dict[tuple[str, int], Program]:
        if self._stored is None:
            self._stored = _load(self.path)
        return self._stored


def _load(path: Path | None) -> dict[tuple[str, int], Program]:
    if path is None:
        return {}
    try:
        fmt, made_by, programs = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    return programs if fmt == FORMAT and made_by == _this_python() and isinstance(programs, dict) else {}


def _program(pattern: str, flags: int) -> Program | None:
    """What ``re``'s compiler hands the regex engine for ``pattern``, or None where this Python's compiler differs."""
    try:
        parsed = _parser.parse(pattern, flags)
        code = _compiler._code(parsed, flags)
        names = dict(parsed.state.groupdict)
        index_names: list[str | None] = [None] * parsed.state.groups
        for name, index in names.items():
            index_names[index] = name
        return (int(flags | parsed.state.flags), array(_CODE, code).tobytes(), parsed.state.groups - 1,
                names, tuple(index_names))
    except (AttributeError, TypeError, ValueError, OverflowError):
        return None


def _rebuilt(pattern: str, program: Program) -> re.Pattern[str] | None:
    """The pattern made from a stored program; None for one the regex engine refuses, or that isn't one at all."""
    try:
        return _sre.compile(pattern, program[0], _code(program[1]), *program[2:])
    except (RuntimeError, TypeError, ValueError, IndexError, OverflowError):
        return None


def _code(stored: bytes) -> list[int]:
    code = array(_CODE)
    code.frombytes(stored)
    return code.tolist()


def _this_python() -> tuple[Any, ...]:
    return (sys.version, sys.implementation.cache_tag, _sre.MAGIC, _sre.CODESIZE)


def _default_path() -> Path | None:
    try:
        return Path(cache_from_source(__file__)).with_suffix(".patterns")
    except NotImplementedError:  # no cache tag: this Python keeps no bytecode either
        return None


_cache = PatternCache(_default_path())
compile = _cache.compile
save = _cache.save
