"""What every ``empathy-coach`` command shares: how it fails, who is running it, the services it opens.

The services (and with them the database layer) are imported only by the
commands that use them, and only when they run.
"""

from __future__ import annotations

import getpass
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, TypeAlias

if TYPE_CHECKING:
    import argparse

    from bot.services import Services
    from bot.settings import Settings

PROG = "empathy-coach"
PLATFORM = "cli"

Subcommands: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"
"""What ``build_parser`` hands each command module, for it to add its subcommands to."""


class CommandError(Exception):
    """A failure to report as one line on stderr, with the exit code it deserves."""

    def __init__(self, message: str, code: int) -> None:
        super().__init__(message)
        self.code = code


def cli_user() -> str:
    """Progress on the command line belongs to the OS account; there is no sign-in to ask about."""
    try:
        return f"{PLATFORM}:{getpass.getuser()}"
    except (KeyError, OSError) as error:
        raise CommandError("Can't tell who you are: set the USER (or USERNAME) environment variable.", 2) from error


@contextmanager
def opened_services(settings: Settings, advice: str = "", **options: Any) -> Iterator[Services]:
    """The services over the database, for one command; any store failure ends the command with exit code 1
    and one line: what went wrong, then ``advice``."""
    from bot.services import Services, StoreError

    try:
        with Services.open(settings, **options) as services:
            yield services
    except StoreError as error:
        raise CommandError(f"{error} {advice}".rstrip(), 1) from error


def installed_version() -> str | None:
    """The version in the package metadata; ``None`` when running from a checkout that isn't installed."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(PROG)
    except PackageNotFoundError:
        return None


def complain(message: str) -> None:
    print(f"{PROG}: {message}", file=sys.stderr)
