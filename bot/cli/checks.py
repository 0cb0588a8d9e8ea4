"""``check``, ``batch``, ``progress`` and ``stats``: checking replies in the terminal, and what the checks add up to.

The engine is imported only when a draft is checked, and the database layer only
once the result is already on screen.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, TextIO

from bot.cli.check_view import render_check, render_llm_stats, render_progress, render_undelivered
from bot.cli.command import PLATFORM, PROG, CommandError, cli_user, opened_services
from bot.cli.terminal import Progress, look

if TYPE_CHECKING:
    from bot.cli.batch import Row, Summary
    from bot.cli.command import Subcommands
    from bot.coach.checks.model import CheckResult
    from bot.llm.rewriter import Improvement
    from bot.settings import LLMSettings, Settings


def register(commands: Subcommands) -> None:
    check = commands.add_parser("check", help="check one draft reply")
    check.add_argument("text", nargs="?", metavar="TEXT", help="the draft; - or nothing reads it from stdin")
    check.add_argument("--customer", metavar="TEXT", help="the customer message the draft answers")
    check.add_argument("--json", action="store_true", help="print the result as one JSON object")
    check.add_argument(
        "--variant", type=_non_negative, default=0, metavar="N", help="another wording of the rewrite"
    )
    check.add_argument("--no-save", action="store_true", help="don't record this check in your progress")
    check.add_argument("--offline", action="store_true", help="don't ask the LLM, even when one is configured")
    check.set_defaults(command=_check)

    batch = commands.add_parser("batch", help="check every draft in a CSV or JSON Lines file")
    batch.add_argument("input", metavar="INPUT", help="a .csv or .jsonl file, or - for JSON Lines on stdin")
    batch.add_argument("--text-column", required=True, metavar="COL", help="the column holding the draft")
    batch.add_argument("--context-column", metavar="COL", help="the column holding the customer message")
    batch.add_argument("--out", metavar="OUT.jsonl", help="write results here instead of stdout")
    batch.add_argument("--quiet", action="store_true", help="don't report progress on stderr")
    batch.set_defaults(command=_batch)

    progress = commands.add_parser("progress", help="your scores over the last week")
    progress.add_argument("--json", action="store_true", help="print progress as one JSON object")
    progress.set_defaults(command=_progress)

    stats = commands.add_parser(
        "stats", help="LLM rewrites and practice customer lines: calls, tokens, and why some were not used"
    )
    stats.add_argument("--days", type=_non_negative, default=30, metavar="N", help="the last N days (0: all time)")
    stats.add_argument("--json", action="store_true", help="print the numbers as one JSON object")
    stats.set_defaults(command=_stats)


def _check(args: argparse.Namespace, settings: Settings) -> int:
    from bot.coach import DraftError, check

    draft = _read_draft(args.text)
    customer = None if args.customer is None else _unicode(args.customer, "The customer message")
    try:
        result = check(draft, customer, variant=args.variant)
    except DraftError as error:
        raise CommandError(str(error), 2) from error
    improvement = None
    if settings.llm is not None and not args.offline:
        improvement = _improve(settings.llm, result)
        result = improvement.result if improvement else result
    if args.json:
        print(json.dumps(result.to_dict()), flush=True)
    else:
        print(render_check(result, *look(sys.stdout)), flush=True)
    if not args.no_save:
        _save(settings, result, improvement)
    return 0


def _improve(settings: LLMSettings, result: CheckResult) -> Improvement | None:
    """The LLM's version of the rewrite; any provider fault comes back as the offline result naming it."""
    import asyncio

    from bot.llm import build_rewriter
    from bot.llm.prompt import PromptError

    async def ask() -> Improvement | None:
        rewriter = build_rewriter(settings)
        try:
            return await rewriter.improve(result, cli_user())
        finally:
            await rewriter.close()

    try:
        return asyncio.run(ask())
    except PromptError as error:
        raise CommandError(f"{error} Reinstall empathy-coach, or run with --offline.", 1) from error


def _read_draft(text: str | None) -> str:
    if text is not None and text != "-":
        return _unicode(text, "The draft")
    stdin = sys.stdin
    if stdin is None or (text is None and stdin.isatty()):
        raise CommandError(f'Give the draft to check: {PROG} check "your reply", or pipe it in.', 2)
    buffer = getattr(stdin, "buffer", None)
    if buffer is None:  # already text (a test's StringIO, an embedding program)
        return _unicode(stdin.read().rstrip("\r\n"), "The draft")
    data = buffer.read()
    try:
        # Read as UTF-8 whatever the locale says, so the same bytes give the same draft on every machine.
        return data.decode("utf-8-sig").rstrip("\r\n")
    except UnicodeDecodeError as error:
        raise CommandError(f"The draft on stdin is not UTF-8 text (byte {data[error.start]:#04x} at position "
                           f"{error.start}): save or convert it to UTF-8.", 2) from error


def _unicode(text: str, what: str) -> str:
    """Refuse text with bytes that weren't UTF-8 (Python keeps them from the command line as surrogates), which
    no model, database or terminal can take."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as error:
        raise CommandError(f"{what} is not UTF-8 text (at character {error.start + 1}): check the terminal's "
                           "encoding, or pipe the text in as UTF-8.", 2) from error
    return text


def _save(settings: Settings, result: CheckResult, improvement: Improvement | None = None) -> None:
    advice = "The result above was not saved: set COACH_DB to a writable file, or pass --no-save."
    with opened_services(settings, advice) as services:
        services.checks.record(cli_user(), PLATFORM, result, improvement)


def _batch(args: argparse.Namespace, settings: Settings) -> int:
    from bot.cli import batch

    name = "stdin" if args.input == "-" else args.input
    try:
        kind = batch.input_kind(args.input)
        with _batch_input(args.input) as source:
            rows = batch.read_rows(source, kind, name, args.text_column, args.context_column)
            progress = None if args.quiet else Progress(sys.stderr, _read_fraction(source))
            summary = _write_results(rows, args.out, progress)
    except batch.BatchInputError as error:
        raise CommandError(str(error), 2) from error
    except OSError as error:
        raise CommandError(f"Can't read {args.input}: {error.strerror or error}.", 2) from error
    print(summary.line(), file=sys.stderr)
    if summary.rows and summary.errors == summary.rows:
        raise CommandError(f"No row of {name} could be checked; the first: {summary.first_error}.", 2)
    return 0


def _write_results(rows: Iterable[Row], out: str | None, progress: Progress | None) -> Summary:
    """Check the rows into ``out`` (stdout when ``None``), reporting progress; a failed write ends the command."""
    from bot.cli import batch

    try:
        if out:
            with open(out, "w", encoding="utf-8") as results:
                return batch.run(rows, results, progress.update if progress else None)
        return batch.run(rows, sys.stdout, progress.update if progress else None)
    except OSError as error:
        raise CommandError(f"Can't write {out or 'the results'}: {error.strerror or error}.", 1) from error
    finally:
        if progress:
            progress.close()


@contextlib.contextmanager
def _batch_input(path: str) -> Iterator[TextIO]:
    """The input file, or standard input (``-``), as UTF-8 text whatever the locale; bytes that aren't UTF-8
    are kept for the row holding them to report."""
    from bot.cli import batch

    if path != "-":
        with batch.open_text(path) as source:
            yield source
        return
    buffer = getattr(sys.stdin, "buffer", None)
    if buffer is None:  # already text (a test's StringIO, an embedding program)
        yield sys.stdin
        return
    source = io.TextIOWrapper(buffer, encoding="utf-8-sig", errors="surrogateescape", newline="")
    try:
        yield source
    finally:
        source.detach()  # leave sys.stdin usable


def _read_fraction(source: TextIO) -> Callable[[], float | None]:
    """How much of an input file has been read, for the progress line; ``None`` for a pipe, whose size is unknown."""
    buffer = getattr(source, "buffer", None)
    try:
        size = os.fstat(source.fileno()).st_size if buffer is not None and buffer.seekable() else 0
    except (OSError, io.UnsupportedOperation):
        size = 0
    if not size:
        return lambda: None
    return lambda: buffer.tell() / size


def _progress(args: argparse.Namespace, settings: Settings) -> int:
    with opened_services(settings) as services:
        progress = services.checks.progress(cli_user())
    if args.json:
        print(json.dumps(progress.to_dict()))
    else:
        print(render_progress(progress, *look(sys.stdout)))
    return 0


def _stats(args: argparse.Namespace, settings: Settings) -> int:
    from datetime import UTC, date, datetime, timedelta

    since = datetime.now(UTC) - timedelta(days=args.days) if args.days else None
    with opened_services(settings) as services:
        stats = services.llm_stats(since)
        undelivered = services.undelivered_lessons(since.date() if since else date.min)
    if args.json:
        print(json.dumps({**stats.to_dict(), "undelivered_lessons": [
            {"user_id": user, "local_date": day.isoformat(), "error": error} for user, day, error in undelivered
        ]}))
    else:
        print(render_llm_stats(stats, args.days))
        if undelivered:
            print(render_undelivered(undelivered, args.days))
    return 0


def _non_negative(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = -1
    if number < 0:
        raise argparse.ArgumentTypeError(f"expected a whole number 0 or more, got {value!r}")
    return number
