"""``empathy-coach doctor``: every configured part of the setup checked at once, for whoever installs the coach.

Each probe lives with the code it checks and never raises; this module only
decides which parts are configured, runs the probes side by side, and
turns a probe's own crash into a failure of that part rather than of the report.
A part's SDK is imported only when that part is configured. The route card, read
and checked with the settings, needs no probe: its report here says what agents
will see.
"""

from __future__ import annotations

import asyncio
import zoneinfo
from collections.abc import Awaitable, Callable, Sequence
from typing import TYPE_CHECKING

from bot.health import Outcome, PartReport, Status, fail, note, off, ok
from bot.settings import ROUTE_CARD_EXAMPLE, Settings

if TYPE_CHECKING:
    from bot.teams.auth import BotFrameworkCloud

SAMPLE_ZONES = ("America/New_York", "Europe/London", "Asia/Kolkata", "Australia/Sydney")
"""Zones every lesson schedule may need; one that fails to load means the data is missing or broken."""


def examine(settings: Settings, *, teams_cloud: BotFrameworkCloud | None = None) -> list[PartReport]:
    """The database, Slack, Teams, the LLM, time zones and the route card, in that order; ``teams_cloud`` points Teams' token
    request somewhere other than Microsoft's public cloud."""
    return asyncio.run(_examine(settings, teams_cloud))


def healthy(reports: Sequence[PartReport]) -> bool:
    """True when nothing configured fails; notes and parts that are off don't count against it."""
    return all(report.status is not Status.FAIL for report in reports)


async def _examine(settings: Settings, teams_cloud: BotFrameworkCloud | None) -> list[PartReport]:
    return list(await asyncio.gather(
        _guarded("database", lambda: _database(settings)),
        _guarded("Slack", lambda: _slack(settings)),
        _guarded("Teams", lambda: _teams(settings, teams_cloud)),
        _guarded("LLM", lambda: _llm(settings)),
        _guarded("time zones", _time_zones),
        _guarded("route card", lambda: _route_card(settings)),
    ))


async def _guarded(part: str, probe: Callable[[], Awaitable[PartReport]]) -> PartReport:
    try:
        return await probe()
    except Exception as error:  # noqa: BLE001 - one broken probe must not hide what the others found
        return PartReport(part, (fail("checked", f"The check itself failed ({type(error).__name__}: {error}); "
                                                 "please report this with the line above."),))


async def _database(settings: Settings) -> PartReport:
    from bot.store.health import database_health

    return PartReport("database", tuple(await asyncio.to_thread(database_health, settings.db_path)))


async def _slack(settings: Settings) -> PartReport:
    if settings.slack is None:
        return off("Slack", "Set SLACK_BOT_TOKEN, and SLACK_SIGNING_SECRET or SLACK_APP_TOKEN, to turn Slack on.")
    from bot.slack.health import slack_health

    return PartReport("Slack", tuple(await slack_health(settings.slack)))


async def _teams(settings: Settings, cloud: BotFrameworkCloud | None) -> PartReport:
    if settings.teams is None:
        return off("Teams", "Set MicrosoftAppId and MicrosoftAppPassword to turn Teams on.")
    from bot.teams.auth import PUBLIC_CLOUD
    from bot.teams.health import teams_health

    return PartReport("Teams", tuple(await teams_health(settings.teams, cloud or PUBLIC_CLOUD)))


async def _llm(settings: Settings) -> PartReport:
    if settings.llm is None:
        return off("LLM", "Set OPENAI_API_KEY (or AZURE_OPENAI_ENDPOINT and AZURE_OPENAI_API_KEY) for LLM rewrites; "
                          "until then every check is offline.")
    from bot.llm.health import llm_health

    return PartReport("LLM", tuple(await llm_health(settings.llm)))


async def _time_zones() -> PartReport:
    return PartReport("time zones", (time_zone_data(),))


async def _route_card(settings: Settings) -> PartReport:
    return PartReport("route card", tuple(route_card_outcomes(settings)))


def route_card_outcomes(settings: Settings) -> list[Outcome]:
    """Which entries the team filled in, and for each one missing, the lessons that show its bracket instead.

    A missing entry is a note, not a failure: the lesson still reads, with a gap an agent can see and ask about.
    """
    from bot.coach.lessons.curriculum import Curriculum, CurriculumError
    from bot.coach.lessons.routes import ROUTES

    card = settings.route_card
    try:
        curriculum = Curriculum.load(routes=card)
    except CurriculumError as error:
        return [fail("lessons", f"The lesson files can't be read, so nothing can show the route card: {error}")]
    filled = len(card.entries)
    if card.source is None:
        outcomes = [note("card", f"COACH_ROUTE_CARD is not set, so safety lessons show a bracket where your team's "
                                 f"numbers and contacts belong. Copy {ROUTE_CARD_EXAMPLE}, fill it in and set "
                                 "COACH_ROUTE_CARD to its path.")]
    else:
        outcomes = [ok("card", f"{card.source}: {filled} of {len(ROUTES)} entries filled in")]
    for route in ROUTES:
        value = card.value(route.key)
        if value is not None:
            outcomes.append(ok(route.key, value))
            continue
        showing = [lesson.id for lesson in curriculum.lessons if route.key in lesson.routes]
        shown = f": {route.blank} shows instead in {', '.join(showing)}" if showing else ""
        outcomes.append(note(route.key, f"not set{shown}. Add {route.what} to the card."))
    return outcomes


def time_zone_data() -> Outcome:
    """Lessons arrive at each agent's local time, which takes the IANA database: the OS's, or the tzdata package."""
    try:
        for name in SAMPLE_ZONES:
            zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError, OSError) as error:
        return fail("zone data", f"Python can't load the time zone {name} ({error}), so lessons can't be scheduled "
                                 "at agents' local times: run `pip install tzdata` in the coach's environment (Windows "
                                 "and slim containers have no zone data of their own).")
    return ok("zone data", f"{len(zoneinfo.available_timezones())} zones")
