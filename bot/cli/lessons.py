"""``lessons``, ``lesson`` and ``deliver-due``: reading the curriculum, and sending the lessons that are due (for cron).

Reading lessons needs neither the database nor the analyzer; ``deliver-due``
goes through the lesson service, with the senders the server builds.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING

from bot.cli.command import PROG, CommandError, opened_services
from bot.cli.terminal import look

if TYPE_CHECKING:
    from collections.abc import Awaitable, Mapping
    from datetime import datetime

    from bot.cli.command import Subcommands
    from bot.coach.lessons.curriculum import Curriculum
    from bot.services.lessons import DeliveryReport, Sender
    from bot.settings import Settings


def register(commands: Subcommands) -> None:
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


def _lessons(args: argparse.Namespace, settings: Settings) -> int:
    curriculum = _curriculum(settings)
    if args.json:
        print(json.dumps([lesson.to_dict() for lesson in curriculum.lessons]))
    else:
        from bot.cli.lesson_view import render_lesson_list

        print(render_lesson_list(curriculum, look(sys.stdout)[0]))
    return 0


def _lesson(args: argparse.Namespace, settings: Settings) -> int:
    lesson = _curriculum(settings).get(args.id)
    if lesson is None:
        raise CommandError(f"There's no lesson {args.id!r}: run `{PROG} lessons` to see every lesson id.", 2)
    import secrets

    from bot.cli.lesson_view import render_lesson

    print(render_lesson(lesson, look(sys.stdout)[0], secrets.randbits(63)))
    return 0


def _deliver_due(args: argparse.Namespace, settings: Settings) -> int:
    import asyncio
    from datetime import UTC, datetime

    now = args.now or datetime.now(UTC)
    senders = {} if args.dry_run else _senders(settings)
    _curriculum(settings)  # every problem in the lesson files is named before anyone is looked up
    if not settings.db_path.exists():
        print(f"No one is enrolled yet: {settings.db_path} doesn't exist.")
        return 0
    with opened_services(settings) as services:
        lessons = services.lessons
        if args.dry_run:
            from bot.cli.lesson_view import render_plan

            print(render_plan(lessons.plan(now), look(sys.stdout)[0]))
            return 0
        report = asyncio.run(_deliver_and_close(lessons.deliver_due(now, senders), senders))
    print(report.line())
    return 1 if report.failed else 0


def _senders(settings: Settings) -> dict[str, Sender]:
    """The platforms' lesson senders; a dry run needs none, so it never loads the server or a platform."""
    from bot.server import configured_senders

    senders = configured_senders(settings)
    if not senders:
        raise CommandError(
            "No chat platform is configured to send lessons, so nothing was sent: set SLACK_BOT_TOKEN for Slack "
            "or MicrosoftAppId for Teams. Run with --dry-run to see who is due and which lesson they'd get.", 2
        )
    return senders


async def _deliver_and_close(delivery: Awaitable[DeliveryReport], senders: Mapping[str, Sender]) -> DeliveryReport:
    from bot.server import close_senders

    try:
        return await delivery
    finally:
        await close_senders(senders)


def _curriculum(settings: Settings) -> Curriculum:
    """The lessons as agents read them, with the team's route card (``COACH_ROUTE_CARD``) filled in."""
    from bot.coach.lessons.curriculum import Curriculum, CurriculumError

    try:
        return Curriculum.load(routes=settings.route_card)
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
