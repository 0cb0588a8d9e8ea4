"""Checking a file of drafts: a CSV export or JSON Lines in, one JSON object per draft out.

A bad row becomes an ``error`` line with its index instead of stopping the run,
because one empty cell in an export of ten thousand replies shouldn't cost the
other 9,999 results.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from statistics import fmean
from typing import Literal, TextIO

from bot.coach import DraftError, check

Kind = Literal["csv", "jsonl"]
KINDS: dict[str, Kind] = {".csv": "csv", ".jsonl": "jsonl", ".ndjson": "jsonl"}


class BatchInputError(ValueError):
    """The input as a whole can't be used (wrong kind of file, missing column); nothing was checked."""


@dataclass(frozen=True, slots=True)
class Row:
    draft: object = None
    customer: object = None
    problem: str | None = None
    """Why this row can't be checked at all, e.g. a line that isn't JSON."""


@dataclass(slots=True)
class Summary:
    rows: int = 0
    errors: int = 0
    scores: list[int] = field(default_factory=list)
    rewrite_scores: list[int] = field(default_factory=list)

    def line(self) -> str:
        if not self.scores:
            return f"{self.rows} rows, {self.errors} errors, nothing scored."
        return (
            f"{self.rows} rows, {self.errors} errors, mean score {fmean(self.scores):.1f}, "
            f"mean rewrite score {fmean(self.rewrite_scores):.1f}."
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
) -> list[Row]:
    """Read every row up front, so a missing column is reported before any output is written."""
    try:
        return _read(source, kind, name, text_column, context_column)
    except UnicodeDecodeError as error:
        raise BatchInputError(f"{name} is not UTF-8 text ({error.reason}); save or export it as UTF-8.") from error
    except csv.Error as error:
        raise BatchInputError(f"{name} is not valid CSV: {error}.") from error


def _read(source: TextIO, kind: Kind, name: str, text_column: str, context_column: str | None) -> list[Row]:
    wanted = [text_column] + ([context_column] if context_column else [])
    if kind == "csv":
        reader = csv.DictReader(source)
        _require(wanted, reader.fieldnames or [], name)
        return [Row(record[text_column], _context(record, context_column)) for record in reader]
    rows = []
    checked_columns = False
    for number, line in enumerate(source, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            rows.append(Row(problem=f"line {number} is not valid JSON ({error.msg})"))
            continue
        if not isinstance(record, dict):
            rows.append(Row(problem=f"line {number} is not a JSON object"))
            continue
        if not checked_columns:
            _require(wanted, list(record), name)
            checked_columns = True
        if text_column not in record:
            rows.append(Row(problem=f"line {number} has no {text_column!r} field"))
            continue
        rows.append(Row(record[text_column], _context(record, context_column)))
    return rows


def _context(record: dict, column: str | None) -> object:
    return record.get(column) if column else None


def _require(columns: Iterable[str], available: Sequence[str], name: str) -> None:
    for column in columns:
        if column not in available:
            listed = ", ".join(repr(c) for c in available) or "none"
            raise BatchInputError(f"{name} has no column {column!r}. Available columns: {listed}.")


def run(rows: Iterable[Row], out: TextIO, on_row: Callable[[int], None] | None = None) -> Summary:
    summary = Summary()
    for index, row in enumerate(rows):
        record = _check_row(index, row)
        out.write(json.dumps(record) + "\n")
        summary.rows += 1
        if "error" in record:
            summary.errors += 1
        else:
            summary.scores.append(record["score"])
            summary.rewrite_scores.append(record["rewrite_score"])
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
