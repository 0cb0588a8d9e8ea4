"""``forget-me``: delete everything stored about the person at the terminal, after asking."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from bot.cli.command import PROG, CommandError, cli_user, opened_services

if TYPE_CHECKING:
    from bot.cli.command import Subcommands
    from bot.settings import Settings


def register(commands: Subcommands) -> None:
    forget = commands.add_parser("forget-me", help="delete everything stored about you")
    forget.add_argument("--yes", action="store_true", help="don't ask for confirmation")
    forget.set_defaults(command=_forget)


def _forget(args: argparse.Namespace, settings: Settings) -> int:
    from bot.coach.text import counted
    from bot.services import NOTHING_DELETED

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
                print(NOTHING_DELETED)
                return 1
        deleted = services.forget(user)
    print(f"Deleted {user} and their {counted(deleted, 'check')} from {settings.db_path}.")
    return 0
