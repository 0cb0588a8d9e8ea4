"""Checking a file of drafts: a CSV export or JSON Lines in, one JSON object per draft out.

A bad row becomes an ``error`` line with its index instead of stopping the run,
because one empty cell in an export of ten thousand replies shouldn't cost the
other 9,999 results.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, TextIO

from bot.coach import DraftError, check

Kind = Literal["csv", "jsonl"]
KINDS: dict[str, Kind] = {".csv": "csv", ".jsonl": "jsonl", ".ndjson": "jsonl"}


class BatchInputError(ValueError):
    """The input as a whole can't be used (wrong kind of file, a CSV header without the column); nothing was
    checked."""


@dataclass(frozen=True, slots=True)
class Row:
    draft: object = None
    customer: object = None
    problem: str | None = None
    """Why this row can't be checked at all, e.g. a line that isn't JSON."""


@dataclass(slots=True)
class Summary:
    """Running totals, so a run of any length keeps only these numbers."""

    rows: int = 0
    errors: int = 0
    first_error: str | None = None
    scored: int = 0
    score_total: int = 0
    rewrite_score_total: int = 0

    def line(self) -> str:
        if not self.scored:
            return f"{self.rows} rows, {self.errors} errors, nothing scored."
        return (
            f"{self.rows} rows, {self.errors} errors, mean score {self.score_total / self.scored:.1f}, "
            f"mean rewrite score {self.rewrite_score_total / self.scored:.1f}."
        )


def input_kind(name: str) -> Kind:
    if name == "-":
        return "jsonl"
    kind = KINDS.get(Path(name).suffix.lower())
    if kind is None:
        raise BatchInputError(
            f"Can't tell the format of {name}: name it .csv or .jsonl, or pass - to read JSON Lines from stdin."
        )
    return kind


def read_rows(
    source: TextIO, kind: Kind, name: str, text_column: str, context_column: str | None
) -> Iterator[Row]:
    """The rows of ``source``, read one at a time as they are checked, so memory stays flat however big the file.

    A CSV header without the named columns is reported before any output is written. Everything else that is
    wrong with one row (not UTF-8, not JSON, nested too deeply, a missing field) becomes that row's error,
    wherever the row is. ``source`` must be decoded with ``errors="surrogateescape"`` (``open_text``), so bytes
    that aren't UTF-8 reach the row they belong to rather than stopping the run.
    """
    wanted = [text_column] + ([context_column] if context_column else [])
    if kind == "csv":
        try:
            reader = csv.DictReader(source)
            _require(wanted, reader.fieldnames or [], name)
        except csv.Error as error:
            raise BatchInputError(f"{name} is not valid CSV: {error}.") from error
        return _csv_rows(reader, text_column, context_column)
    return _jsonl_rows(source, text_column, context_column)


def open_text(path: str) -> TextIO:
    """A CSV or JSON Lines file as text; a leading byte-order mark is skipped, and bytes that aren't UTF-8 are
    kept (as surrogates) for the row that holds them to report."""
    return open(path, encoding="utf-8-sig", errors="surrogateescape", newline="")


def _csv_rows(reader: csv.DictReader, text_column: str, context_column: str | None) -> Iterator[Row]:
    number = 1
    while True:
        number += 1
        try:
            record = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            yield Row(problem=f"row {number} is not valid CSV ({error})")
            continue
        row = Row(record[text_column], _context(record, context_column))
        yield row if _is_text(row) else Row(problem=f"row {number} {NOT_UTF8}")


def _jsonl_rows(source: TextIO, text_column: str, context_column: str | None) -> Iterator[Row]:
    for number, line in enumerate(source, start=1):
        if not line.strip():
            continue
        if not _is_text(line):
            yield Row(problem=f"line {number} {NOT_UTF8}")
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            yield Row(problem=f"line {number} is not valid JSON ({error.msg})")
            continue
        except RecursionError:
            yield Row(problem=f"line {number} is nested too deeply to read")
            continue
        if not isinstance(record, dict):
            yield Row(problem=f"line {number} is not a JSON object")
        elif text_column not in record:
            fields = ", ".join(repr(key) for key in list(record)[:10]) or "none"
            yield Row(problem=f"line {number} has no {text_column!r} field (its fields: {fields})")
        else:
            row = Row(record[text_column], _context(record, context_column))
            yield row if _is_text(row) else Row(problem=f"line {number} holds text that isn't valid Unicode")


NOT_UTF8 = "is not UTF-8 text; save or export the file as UTF-8"


def _is_text(value: object) -> bool:
    """False for text with bytes that weren't UTF-8 (kept as surrogates) or lone surrogates from a JSON escape."""
    if isinstance(value, Row):
        return _is_text(value.draft) and _is_text(value.customer)
    if not isinstance(value, str):
        return True
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _context(record: dict, column: str | None) -> object:
    return record.get(column) if column else None


def _require(columns: Iterable[str], available: Sequence[str], name: str) -> None:
    for column in columns:
        if column not in available:
            listed = ", ".join(repr(c) for c in available) or "none"
            raise BatchInputError(f"{name} has no column {column!r}. Available columns: {listed}.")


def run(rows: Iterable[Row], out: TextIO, on_row: Callable[[int], None] | None = None) -> Summary:
    """Check each row as it is read and write its line at once: nothing is held but the running totals."""
    summary = Summary()
    for index, row in enumerate(rows):
        record = _check_row(index, row)
        out.write(json.dumps(record) + "\n")
        summary.rows += 1
        if "error" in record:
            summary.errors += 1
            summary.first_error = summary.first_error or record["error"]
        elif record["score"] is not None:
            summary.scored += 1
            summary.score_total += record["score"]
            summary.rewrite_score_total += record["rewrite_score"]
        if on_row is not None:
            on_row(index + 1)
    return summary


def _check_row(index: int, row: Row) -> dict:
    if row.problem is not None:
        return {"index": index, "error": row.problem}
    for label, value in (("draft", row.draft), ("customer message", row.customer)):
        if value is not None and not isinstance(value, str):
            return {"index": index, "error": f"the {label} is {type(value).__name__}, not text"}
    try:
        result = check(row.draft, row.customer)  # type: ignore[arg-type]
    except DraftError as error:
        return {"index": index, "error": str(error)}
    return {"index": index, **result.to_dict()}
