"""``doctor``: a first-run check of the database, Slack, Teams, the LLM, time zones and the route card, for whoever
installs the coach.

Exit code 0 when everything configured works, 1 when anything fails (what to fix
is on its line); bad environment settings stop it before it starts, like every
command, with exit code 2.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from typing import TYPE_CHECKING

from bot.cli.terminal import look

if TYPE_CHECKING:
    from bot.cli.command import Subcommands
    from bot.settings import Settings


def register(commands: Subcommands) -> None:
    doctor = commands.add_parser("doctor", help="check the setup: database, Slack, Teams, the LLM, time zones, route card")
    doctor.add_argument("--json", action="store_true", help="print every part's outcome as one JSON object")
    doctor.set_defaults(command=_doctor)


def _doctor(args: argparse.Namespace, settings: Settings) -> int:
    from bot.doctor import examine, healthy

    reports = examine(settings)
    if args.json:
        print(json.dumps({"ok": healthy(reports), "parts": [report.to_dict() for report in reports]}))
    else:
        from bot.cli.doctor_view import render_doctor

        width = shutil.get_terminal_size().columns if sys.stdout.isatty() else None
        print(render_doctor(reports, look(sys.stdout)[0], width))
    return 0 if healthy(reports) else 1
