"""The ``empathy-coach`` command: the terminal front end, beside Slack and Teams.

Each module adds its own subcommands: ``checks`` (check, batch, progress, stats),
``lessons`` (lessons, lesson, deliver-due), ``practice``, ``forget`` (forget-me),
``serve``, ``teams_package``, ``doctor`` and ``team`` (report). ``check`` is something agents run between two
customer messages, so start-up time matters: a module imports the engine, the
services and the platforms only inside the command that uses them.
"""

from __future__ import annotations

import argparse
import errno
import io
import os
import sys
from collections.abc import Sequence

from bot.cli import checks, doctor, forget, lessons, practice, serve, team, teams_package
from bot.cli.command import PROG, CommandError, complain, installed_version
from bot.settings import Settings, SettingsError


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
            complain(problem)
        return 2
    except CommandError as error:
        complain(str(error))
        return error.code
    except KeyboardInterrupt:  # Ctrl-C in the middle of a batch: stop quietly, with the shell's code for it
        return 130
    except OSError as error:
        if error.errno not in OUTPUT_ERRORS:
            raise
        _silence_stdout()
        complain(f"Can't write the output: {error.strerror or error}.")  # a full disk, a closed pipe
        return 1


OUTPUT_ERRORS = frozenset({errno.ENOSPC, errno.EPIPE, errno.EIO, errno.EFBIG, errno.EDQUOT})
"""Errors writing a command's output; the database and ``--out`` files report their own."""


def _silence_stdout() -> None:
    """Point standard output at the null device, so Python's own flush on the way out doesn't fail again with
    a traceback after the one-line error."""
    try:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass  # no real file behind stdout: nothing will be flushed to it either


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG, description="Feedback on the empathy of a customer-service reply, and a better version."
    )
    parser.add_argument("--version", action=_VersionAction)
    commands = parser.add_subparsers(metavar="COMMAND", required=True)
    checks.register(commands)
    practice.register(commands)
    forget.register(commands)
    serve.register(commands)
    lessons.register(commands)
    teams_package.register(commands)
    doctor.register(commands)
    team.register(commands)
    return parser


class _VersionAction(argparse.Action):
    """Looks the version up only when asked, since reading package metadata slows every start-up."""

    def __init__(self, option_strings: list[str], dest: str, **kwargs: object) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, help="show the version and exit")

    def __call__(self, parser: argparse.ArgumentParser, *args: object) -> None:
        print(f"{PROG} {installed_version() or 'unknown (not installed; run pip install -e .)'}")
        parser.exit()
