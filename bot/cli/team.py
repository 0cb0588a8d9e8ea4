"""``report``: the team report for leads in the terminal, as text, JSON, or one self-contained HTML file.

Whoever runs the terminal holds the database, so the report covers everyone in
it (``--team`` narrows it to one Slack workspace or Teams tenant); it shows the
same figures as Slack and Teams, under the same five-agent floor.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING

from bot.cli.command import CommandError, opened_services
from bot.cli.terminal import look

if TYPE_CHECKING:
    from bot.cli.command import Subcommands
    from bot.settings import Settings


def register(commands: Subcommands) -> None:
    report = commands.add_parser("report", help="the team report for leads: trends, findings, lessons, practice")
    report.add_argument("--weeks", type=_weeks, default=4, metavar="N", help="the last N weeks, this one included "
                        "(default 4)")
    report.add_argument("--team", metavar="TEAM", help="one Slack workspace (slack:T0123) or Teams tenant "
                        "(teams:<tenant id>); default: everyone in the database")
    report.add_argument("--html", metavar="FILE", help="also write the report as one HTML file with charts")
    report.add_argument("--json", action="store_true", help="print the report as one JSON object")
    report.set_defaults(command=_report)


def _report(args: argparse.Namespace, settings: Settings) -> int:
    from bot.cli.team_view import render_report

    with opened_services(settings) as services:
        report = services.team.report(args.team, weeks=args.weeks)
    if args.html:
        from bot.cli.team_html import report_html

        try:
            with open(args.html, "w", encoding="utf-8") as out:
                out.write(report_html(report))
        except OSError as error:
            raise CommandError(f"Can't write {args.html}: {error.strerror or error}.", 1) from error
    if args.json:
        print(json.dumps(report.to_dict()))
    else:
        print(render_report(report, *look(sys.stdout)))
        if args.html:
            print(f"\nWrote {args.html}: open it in a browser, or print it.")
    return 0


def _weeks(value: str) -> int:
    from bot.services.team import MAX_WEEKS

    if not value.isascii() or not value.isdigit() or not 1 <= int(value) <= MAX_WEEKS:
        raise argparse.ArgumentTypeError(f"expected a number of weeks from 1 to {MAX_WEEKS}, got {value!r}")
    return int(value)
