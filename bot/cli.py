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
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, TextIO

from bot.render import render_check, render_llm_stats, render_progress
from bot.settings import Settings, SettingsError
from bot.terminal import ProgressBar, Style, block_glyphs, wants_colour

if TYPE_CHECKING:
    from collections.abc import Awaitable, Mapping
    from datetime import datetime

    from bot.coach.checks.model import CheckResult
    from bot.coach.lessons.curriculum import Curriculum
    from bot.llm.rewriter import Improvement
    from bot.services import Services
    from bot.services.lessons import DeliveryReport, Sender
    from bot.settings import LLMSettings

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

    practice = commands.add_parser("practice", help="role-play a conversation with a simulated upset customer")
    practice.add_argument("--scenario", metavar="ID", help="the scenario to play (see --list); asks when omitted")
    practice.add_argument("--list", action="store_true", help="print the scenario ids, one per line")
    practice.add_argument("--json", action="store_true", help="print the whole session as one JSON object")
    practice.add_argument("--offline", action="store_true",
                          help="scripted customer lines only, even when an LLM is configured")
    practice.set_defaults(command=_practice)

    forget = commands.add_parser("forget-me", help="delete everything stored about you")
    forget.add_argument("--yes", action="store_true", help="don't ask for confirmation")
    forget.set_defaults(command=_forget)

    serve = commands.add_parser("serve", help="run the Slack and Teams apps (one web server on PORT)")
    serve.add_argument("--host", default="0.0.0.0", help="the address to listen on (default: every interface)")
    serve.set_defaults(command=_serve)

    lessons = commands.add_parser("lessons", help="list the daily micro-lessons")
    lessons.add_argument("--json", action="store_true", help="print the curriculum as a JSON list")
    lessons.set_defaults(command=_lessons)

    lesson = commands.add_parser("lesson", help="read one lesson, with its quiz and answers")
    lesson.add_argument("id", metavar="ID", help="a lesson id, as `lessons` lists them")
    lesson.set_defaults(command=_lesson)

    deliver = commands.add_parser("deliver-due", help="send every lesson that is due now (for cron)")
    deliver.add_argument("--now", type=_moment, metavar="ISO8601",
                         help="act as if it were this time, e.g. 2025-03-10T09:30:00+01:00")
    deliver.add_argument("--dry-run", action="store_true", help="show who would get which lesson and why; send nothing")
    deliver.set_defaults(command=_deliver_due)

    package = commands.add_parser("teams-package", help="build the Teams app package (a zip to upload)")
    package.add_argument("--app-id", required=True, metavar="GUID", help="the bot's Microsoft App ID")
    package.add_argument("--out", default="empathy-coach-teams.zip", metavar="ZIP", help="where to write it")
    package.add_argument("--developer", default="Empathy Coach", metavar="NAME", help="shown as the publisher")
    package.add_argument("--website", metavar="URL", help="your https:// page about the coach")
    package.add_argument("--privacy-url", metavar="URL", help="default: the website + /privacy")
    package.add_argument("--terms-url", metavar="URL", help="default: the website + /terms")
    package.add_argument("--version", dest="app_version", metavar="X.Y.Z",
                         help="the app's version; raise it for each upload (default: this coach's version)")
    package.set_defaults(command=_teams_package)
    return parser


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


def look(stream: TextIO) -> tuple[Style, tuple[str, str]]:
    """The style and bar glyphs ``stream`` can show; every command that prints a view asks this."""
    return Style(wants_colour(stream, os.environ)), block_glyphs(stream)


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


@contextmanager
def opened_services(settings: Settings, advice: str = "", **options: Any) -> Iterator[Services]:
    """The services over the database, for one command and imported only now; any store failure ends the
    command with exit code 1 and one line: what went wrong, then ``advice``."""
    from bot.services import Services, StoreError

    try:
        with Services.open(settings, **options) as services:
            yield services
    except StoreError as error:
        raise CommandError(f"{error} {advice}".rstrip(), 1) from error


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
    with opened_services(settings) as services:
        progress = services.checks.progress(cli_user())
    if args.json:
        print(json.dumps(progress.to_dict()))
    else:
        print(render_progress(progress, *look(sys.stdout)))
    return 0


def _stats(args: argparse.Namespace, settings: Settings) -> int:
    from datetime import UTC, datetime, timedelta

    since = datetime.now(UTC) - timedelta(days=args.days) if args.days else None
    with opened_services(settings) as services:
        stats = services.llm_stats(since)
    if args.json:
        print(json.dumps(stats.to_dict()))
    else:
        print(render_llm_stats(stats, args.days))
    return 0


def _practice(args: argparse.Namespace, settings: Settings) -> int:
    from bot.practice_cli import run

    return run(args, settings)


def _forget(args: argparse.Namespace, settings: Settings) -> int:
    from bot.coach.text import counted

    user = cli_user()
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

    with opened_services(settings) as services:
        count = services.checks.count(user)
        if not args.yes:
            question = f"Delete {user} and their {counted(count, 'check')} from {settings.db_path}? This can't be undone. [y/N] "
            if input(question).strip().lower() not in ("y", "yes"):
                print("Nothing deleted.")
                return 1
        deleted = services.forget(user)
    print(f"Deleted {user} and their {counted(deleted, 'check')} from {settings.db_path}.")
    return 0


def _lessons(args: argparse.Namespace, settings: Settings) -> int:
    curriculum = _curriculum()
    if args.json:
        print(json.dumps([lesson.to_dict() for lesson in curriculum.lessons]))
    else:
        from bot.lesson_view import render_lesson_list

        print(render_lesson_list(curriculum, look(sys.stdout)[0]))
    return 0


def _lesson(args: argparse.Namespace, settings: Settings) -> int:
    lesson = _curriculum().get(args.id)
    if lesson is None:
        raise CommandError(f"There's no lesson {args.id!r}: run `{PROG} lessons` to see every lesson id.", 2)
    from bot.lesson_view import render_lesson

    print(render_lesson(lesson, look(sys.stdout)[0]))
    return 0


def _deliver_due(args: argparse.Namespace, settings: Settings) -> int:
    import asyncio
    from datetime import UTC, datetime

    from bot.server import configured_senders

    now = args.now or datetime.now(UTC)
    senders = configured_senders(settings)
    if not args.dry_run and not senders:
        raise CommandError(
            "No chat platform is configured to send lessons, so nothing was sent: set SLACK_BOT_TOKEN for Slack "
            "or MicrosoftAppId for Teams. Run with --dry-run to see who is due and which lesson they'd get.", 2
        )
    _curriculum()  # every problem in the lesson files is named before anyone is looked up
    if not settings.db_path.exists():
        print(f"No one is enrolled yet: {settings.db_path} doesn't exist.")
        return 0
    with opened_services(settings) as services:
        lessons = services.lessons
        if args.dry_run:
            from bot.lesson_view import render_plan

            print(render_plan(lessons.plan(now), look(sys.stdout)[0]))
            return 0
        report = asyncio.run(_deliver_and_close(lessons.deliver_due(now, senders), senders))
    print(report.line())
    return 1 if report.failed else 0


async def _deliver_and_close(delivery: Awaitable[DeliveryReport], senders: Mapping[str, Sender]) -> DeliveryReport:
    from bot.server import close_senders

    try:
        return await delivery
    finally:
        await close_senders(senders)


def _curriculum() -> Curriculum:
    from bot.coach.lessons.curriculum import Curriculum, CurriculumError

    try:
        return Curriculum.load()
    except CurriculumError as error:
        raise CommandError(f"The lesson files have problems:\n{error}", 1) from error


def _moment(text: str) -> datetime:
    from datetime import datetime

    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        moment = None
    if moment is None or moment.tzinfo is None:
        raise argparse.ArgumentTypeError(
            f"expected a date and time with its UTC offset, e.g. 2025-03-10T09:30:00Z, got {text!r}"
        )
    return moment


def _serve(args: argparse.Namespace, settings: Settings) -> int:
    import logging

    from bot.content import content_problems
    from bot.server import run
    from bot.services import StoreError

    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    if settings.slack is None and settings.teams is None:
        _complain("no chat platform is configured: set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET (or SLACK_APP_TOKEN) "
                  "for Slack, or MicrosoftAppId and MicrosoftAppPassword for Teams. Serving /healthz only.")
    problems = content_problems(llm=settings.llm is not None)
    for problem in problems:
        _complain(problem)
    if problems:
        raise CommandError("Not serving until the files above are fixed; reinstall empathy-coach if you didn't "
                           "edit them.", 2)
    try:
        run(settings, host=args.host,
            announce=lambda _: print(f"{PROG}: serving on http://{args.host}:{settings.port}", flush=True))
    except StoreError as error:
        raise CommandError(str(error), 1) from error
    except OSError as error:
        raise CommandError(
            f"Can't listen on {args.host}:{settings.port}: {error.strerror or error}. "
            "Set PORT to a free port, or stop whatever is using this one.", 1
        ) from error
    return 0


def _teams_package(args: argparse.Namespace, settings: Settings) -> int:
    from pathlib import Path

    from bot.resources import manifest_dir
    from bot.teams_package import Details, PackageError, build

    website = (args.website or PLACEHOLDER_WEBSITE).rstrip("/")
    if args.website is None:
        _complain(f"no --website given, so the package links to {PLACEHOLDER_WEBSITE}: fine for sideloading, "
                  "but pass --website (and --privacy-url, --terms-url) before publishing to your organisation.")
    details = Details(
        app_id=args.app_id.strip(),
        version=args.app_version or _package_version(),
        developer=args.developer,
        website=website,
        privacy_url=args.privacy_url or f"{website}/privacy",
        terms_url=args.terms_url or f"{website}/terms",
    )
    out = Path(args.out)
    try:
        build(manifest_dir() / "teams", details, out)
    except PackageError as error:
        out.unlink(missing_ok=True)
        raise CommandError(str(error), 2) from error
    except OSError as error:
        raise CommandError(f"Can't write {out}: {error.strerror or error}.", 1) from error
    print(f"Wrote {out}: upload it in Teams under Apps > Manage your apps > Upload an app.")
    return 0


PLACEHOLDER_WEBSITE = "https://example.com/empathy-coach"


def _package_version() -> str:
    """The installed coach's version, as Teams wants it (three numbers)."""
    installed = _installed_version()
    if installed is None:
        return "1.0.0"
    return ".".join((installed.split("+")[0].split(".") + ["0", "0"])[:3])


def _installed_version() -> str | None:
    """The version in the package metadata; ``None`` when running from a checkout that isn't installed."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(PROG)
    except PackageNotFoundError:
        return None


def cli_user() -> str:
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
        print(f"{PROG} {_installed_version() or 'unknown (not installed; run pip install -e .)'}")
        parser.exit()
