"""The ``empathy-coach`` command: check a reply, check a file of replies, see progress, forget me.

``check`` is something agents run between two customer messages, so start-up
time matters: the coach is imported only by the commands that use it, and the
database layer only once the result is already on screen.
"""

from __future__ import annotations

import argparse
import getpass
import io
import json
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, TextIO

from bot.render import render_check, render_progress
from bot.settings import Settings, SettingsError
from bot.terminal import ProgressBar, Style, block_glyphs, wants_colour

if TYPE_CHECKING:
    from bot.coach.model import CheckResult

PROG = "empathy-coach"
PLATFORM = "cli"


class CommandError(Exception):
    """A failure to report as one line on stderr, with the exit code it deserves."""

    def __init__(self, message: str, code: int) -> None:
        super().__init__(message)
        self.code = code


def main(argv: Sequence[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):
        # A reply can hold any character; a console that can't show one should get "?" rather than a crash.
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(errors="replace")
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as stop:  # --help, --version and usage errors
        return stop.code if isinstance(stop.code, int) else 2
    try:
        settings = Settings.from_env()
        return args.command(args, settings)
    except SettingsError as error:
        for problem in error.problems:
            _complain(problem)
        return 2
    except CommandError as error:
        _complain(str(error))
        return error.code
    except KeyboardInterrupt:  # Ctrl-C in the middle of a batch: stop quietly, with the shell's code for it
        return 130


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG, description="Feedback on the empathy of a customer-service reply, and a better version."
    )
    parser.add_argument("--version", action=_VersionAction)
    commands = parser.add_subparsers(metavar="COMMAND", required=True)

    check = commands.add_parser("check", help="check one draft reply")
    check.add_argument("text", nargs="?", metavar="TEXT", help="the draft; - or nothing reads it from stdin")
    check.add_argument("--customer", metavar="TEXT", help="the customer message the draft answers")
    check.add_argument("--json", action="store_true", help="print the result as one JSON object")
    check.add_argument(
        "--variant", type=_non_negative, default=0, metavar="N", help="another wording of the rewrite"
    )
    check.add_argument("--no-save", action="store_true", help="don't record this check in your progress")
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

    forget = commands.add_parser("forget-me", help="delete everything stored about you")
    forget.add_argument("--yes", action="store_true", help="don't ask for confirmation")
    forget.set_defaults(command=_forget)
    return parser


def _check(args: argparse.Namespace, settings: Settings) -> int:
    from bot.coach import DraftError, check

    draft = _read_draft(args.text)
    try:
        result = check(draft, args.customer, variant=args.variant)
    except DraftError as error:
        raise CommandError(str(error), 2) from error
    if args.json:
        print(json.dumps(result.to_dict()), flush=True)
    else:
        print(render_check(result, *_look(sys.stdout)), flush=True)
    if not args.no_save:
        _save(settings, result)
    return 0


def _look(stream: TextIO) -> tuple[Style, tuple[str, str]]:
    return Style(wants_colour(stream, os.environ)), block_glyphs(stream)


def _read_draft(text: str | None) -> str:
    if text is not None and text != "-":
        return text
    stdin = sys.stdin
    if stdin is None or (text is None and stdin.isatty()):
        raise CommandError(f'Give the draft to check: {PROG} check "your reply", or pipe it in.', 2)
    return stdin.read().rstrip("\r\n")


def _save(settings: Settings, result: CheckResult) -> None:
    from bot.store import Store, StoreError

    try:
        with Store.open(settings.db_path) as store:
            store.record_check(_cli_user(), result, PLATFORM, store_text=settings.store_text)
    except StoreError as error:
        raise CommandError(
            f"{error} The result above was not saved: set COACH_DB to a writable file, or pass --no-save.", 1
        ) from error


def _batch(args: argparse.Namespace, settings: Settings) -> int:
    from bot import batch

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
    from bot.store import Store, StoreError

    try:
        with Store.open(settings.db_path) as store:
            progress = store.progress(_cli_user())
    except StoreError as error:
        raise CommandError(str(error), 1) from error
    if args.json:
        print(json.dumps(progress.to_dict()))
    else:
        print(render_progress(progress, *_look(sys.stdout)))
    return 0


def _forget(args: argparse.Namespace, settings: Settings) -> int:
    user = _cli_user()
    stdin = sys.stdin
    if not args.yes and (stdin is None or not stdin.isatty()):
        raise CommandError(
            f"Not deleting anything without confirmation, and there's no terminal to ask on. "
            f"Run `{PROG} forget-me --yes` to delete everything stored for {user}.",
            2,
        )
    if not settings.db_path.exists():
        print(f"Nothing is stored for {user} in {settings.db_path}.")
        return 0

    from bot.store import Store, StoreError

    try:
        with Store.open(settings.db_path) as store:
            count = store.count_checks(user)
            if not args.yes:
                question = (
                    f"Delete {user} and their {count} checks from {settings.db_path}? "
                    "This can't be undone. [y/N] "
                )
                if input(question).strip().lower() not in ("y", "yes"):
                    print("Nothing deleted.")
                    return 1
            deleted = store.forget_user(user)
    except StoreError as error:
        raise CommandError(str(error), 1) from error
    print(f"Deleted {user} and their {deleted} checks from {settings.db_path}.")
    return 0


def _cli_user() -> str:
    """Progress on the command line belongs to the OS account; there is no sign-in to ask about."""
    try:
        return f"{PLATFORM}:{getpass.getuser()}"
    except (KeyError, OSError) as error:
        raise CommandError("Can't tell who you are: set the USER (or USERNAME) environment variable.", 2) from error


def _non_negative(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = -1
    if number < 0:
        raise argparse.ArgumentTypeError(f"expected a whole number 0 or more, got {value!r}")
    return number


def _complain(message: str) -> None:
    print(f"{PROG}: {message}", file=sys.stderr)


class _VersionAction(argparse.Action):
    """Looks the version up only when asked, since reading package metadata slows every start-up."""

    def __init__(self, option_strings: list[str], dest: str, **kwargs: object) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, help="show the version and exit")

    def __call__(self, parser: argparse.ArgumentParser, *args: object) -> None:
        from importlib.metadata import PackageNotFoundError, version

        try:
            text = version(PROG)
        except PackageNotFoundError:
            text = "unknown (not installed; run pip install -e .)"
        print(f"{PROG} {text}")
        parser.exit()
