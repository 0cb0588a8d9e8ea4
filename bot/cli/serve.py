"""``serve``: run the Slack and Teams apps on one web server, after checking every shipped data file."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from bot.cli.command import PROG, CommandError, complain

if TYPE_CHECKING:
    from bot.cli.command import Subcommands
    from bot.settings import Settings


def register(commands: Subcommands) -> None:
    serve = commands.add_parser("serve", help="run the Slack and Teams apps (one web server on PORT)")
    serve.add_argument("--host", default="0.0.0.0", help="the address to listen on (default: every interface)")
    serve.set_defaults(command=_serve)


def _serve(args: argparse.Namespace, settings: Settings) -> int:
    import logging

    from bot.content import content_problems
    from bot.server import run
    from bot.services import StoreError

    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    if settings.slack is None and settings.teams is None:
        complain("no chat platform is configured: set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET (or SLACK_APP_TOKEN) "
                 "for Slack, or MicrosoftAppId and MicrosoftAppPassword for Teams. Serving /healthz only.")
    problems = content_problems(llm=settings.llm is not None)
    for problem in problems:
        complain(problem)
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
