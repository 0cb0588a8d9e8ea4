"""``check``, ``batch``, ``progress`` and ``stats``: checking replies in the terminal, and what the checks add up to.

The engine is imported only when a draft is checked, and the database layer only
once the result is already on screen.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING

from bot.cli.check_view import render_check, render_llm_stats, render_progress, render_undelivered
from bot.cli.command import PLATFORM, PROG, CommandError, cli_user, opened_services
from bot.cli.terminal import ProgressBar, look

if TYPE_CHECKING:
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
    try:
        result = check(draft, args.customer, variant=args.variant)
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
        return text
    stdin = sys.stdin
    if stdin is None or (text is None and stdin.isatty()):
        raise CommandError(f'Give the draft to check: {PROG} check "your reply", or pipe it in.', 2)
    return stdin.read().rstrip("\r\n")


def _save(settings: Settings, result: CheckResult, improvement: Improvement | None = None) -> None:
    advice = "The result above was not saved: set COACH_DB to a writable file, or pass --no-save."
    with opened_services(settings, advice) as services:
        services.checks.record(cli_user(), PLATFORM, result, improvement)


def _batch(args: argparse.Namespace, settings: Settings) -> int:
    from bot.cli import batch

    try:
        kind = batch.input_kind(args.input)
        if args.input == "-":
            rows = batch.read_rows(sys.stdin, kind, "stdin", args.text_column, args.context_column)
        else:
            with open(args.input, encoding="utf-8-sig", newline="") as source:
                rows = batch.read_rows(source, kind, args.input, args.text_column, args.context_column)
    except batch.BatchInputError as error:
        raise CommandError(str(error), 2) from error
    except OSError as error:
        raise CommandError(f"Can't read {args.input}: {error.strerror or error}.", 2) from error

    bar = ProgressBar(sys.stderr, len(rows)) if sys.stderr.isatty() else None
    try:
        if args.out:
            with open(args.out, "w", encoding="utf-8") as out:
                summary = batch.run(rows, out, bar.update if bar else None)
        else:
            summary = batch.run(rows, sys.stdout, bar.update if bar else None)
    except OSError as error:
        raise CommandError(f"Can't write {args.out or 'the results'}: {error}", 1) from error
    finally:
        if bar:
            bar.close()
    print(summary.line(), file=sys.stderr)
    return 0


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
