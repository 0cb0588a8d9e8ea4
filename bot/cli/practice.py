"""``practice``: a role-play with a simulated customer in the terminal.

On a terminal it is a conversation: a picker, a prompt per reply, the customer
answering. With replies piped in (one per line) it plays them in order and
prints the transcript, which is how a team lead scripts a demo or a test.
With a model configured the customer's lines are worded by it, as in Slack and
Teams; without one (or with --offline) they are scripted and ``openai`` is
never imported. The practice engine and service are imported only when the
command runs, since every other command builds this one's parser too.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from typing import TYPE_CHECKING, TextIO

from bot.cli.command import PLATFORM, PROG, CommandError, cli_user, opened_services
from bot.cli.terminal import Style, look

if TYPE_CHECKING:
    from bot.cli.command import Subcommands
    from bot.coach.practice.scenarios import Scenario, Scenarios
    from bot.coach.practice.session import Session, Summary
    from bot.llm.customer import CustomerWriter
    from bot.services.practice import Practice, PracticeUpdate
    from bot.settings import Settings

DEFAULT_SCENARIO = "late-delivery"
"""What a piped run without --scenario plays: a common case of middling difficulty."""


def register(commands: Subcommands) -> None:
    practice = commands.add_parser("practice", help="role-play a conversation with a simulated upset customer")
    practice.add_argument("--scenario", metavar="ID", help="the scenario to play (see --list); asks when omitted")
    practice.add_argument("--list", action="store_true", help="print the scenario ids, one per line")
    practice.add_argument("--json", action="store_true", help="print the whole session as one JSON object")
    practice.add_argument("--offline", action="store_true",
                          help="scripted customer lines only, even when an LLM is configured")
    practice.set_defaults(command=_practice)


def _practice(args: argparse.Namespace, settings: Settings) -> int:
    import asyncio

    from bot.cli.practice_view import render_summary

    scenarios = _scenarios()
    if args.list:
        print("\n".join(scenarios.ids))
        return 0
    if args.scenario is not None and scenarios.get(args.scenario) is None:
        raise CommandError(
            f"There's no practice scenario {args.scenario!r}: run `{PROG} practice --list` to see them all.", 2
        )
    stdin = sys.stdin
    interactive = stdin is not None and stdin.isatty()
    # With --json, stdout carries only the JSON object; the conversation goes to stderr.
    out = sys.stderr if args.json else sys.stdout
    style, glyphs = look(out)
    customer = None if args.offline else _customer_writer(settings)
    with opened_services(settings, "Set COACH_DB to a writable file to practise.", customer=customer) as services:
        last, hints = asyncio.run(_play(services.practice, args.scenario, scenarios, interactive, out, style))
    summary = last.summary
    assert summary is not None, "a finished session always has a summary"
    if args.json:
        print(json.dumps(_as_json(last.scenario, last.session, summary, hints)))
    else:
        print("", file=out)
        print(render_summary(summary, style, glyphs, _lesson_title(summary.lesson)), file=out)
    return 0


async def _play(
    practice: Practice, wanted: str | None, scenarios: Scenarios, interactive: bool, out: TextIO, style: Style
) -> tuple[PracticeUpdate, list[str]]:
    """The whole session on one event loop, as the model's client needs; it is closed when the session ends."""
    try:
        user = cli_user()
        update = _open(practice, user, wanted, scenarios, interactive, out, style)
        return await _converse(practice, user, update, interactive, out, style)
    finally:
        if practice.customer is not None:
            await practice.customer.close()


def _customer_writer(settings: Settings) -> CustomerWriter | None:
    """The model that words the customer's lines, when one is configured."""
    if settings.llm is None:
        return None
    from bot.llm import build_customer_writer
    from bot.llm.prompt import PromptError

    try:
        return build_customer_writer(settings.llm)
    except PromptError as error:
        raise CommandError(f"{error} Reinstall empathy-coach, or run with --offline.", 1) from error


def _scenarios() -> Scenarios:
    from bot.coach.practice.scenarios import ScenarioError, Scenarios

    try:
        return Scenarios.load()
    except ScenarioError as error:
        raise CommandError(f"The practice scenarios have a problem: {error}", 1) from error


def _open(
    practice: Practice, user: str, wanted: str | None, scenarios: Scenarios, interactive: bool, out: TextIO,
    style: Style,
) -> PracticeUpdate:
    """Resume the unfinished session if the agent wants it; otherwise close it and start the chosen scenario."""
    from bot.cli.practice_view import render_agent, render_briefing, render_customer
    from bot.coach.practice.session import reply_count
    from bot.services.practice import AlreadyPracticing, NoPractice, Picker, PracticeExpired

    try:
        running = practice.resume(user)
    except PracticeExpired as error:
        print(f"{PROG}: {error}", file=sys.stderr)
        running = None
    except NoPractice:
        running = None
    if running is not None:
        fits = wanted is None or scenarios.get(wanted) == running.scenario
        replies = len(running.session.turns)
        if interactive and fits and _ask(f"Resume your unfinished practice on {running.scenario.id} "
                                         f"({reply_count(replies)} so far)? [Y/n] ", out, default=True):
            print(render_briefing(running.scenario, style), file=out)
            for turn in running.session.turns:
                print(render_agent(turn.agent, style), file=out)
                print(render_customer(running.scenario, turn.customer, style), file=out)
            print(render_customer(running.scenario, running.customer or "", style), file=out)
            return running
        practice.end(user)
        print(f"{PROG}: closed your unfinished practice on {running.scenario.id} to start a new one.", file=sys.stderr)
    scenario_id = wanted or (_choose(scenarios, out, style) if interactive else _default(scenarios))
    try:
        started = practice.start(user, PLATFORM, scenario_id)
    except AlreadyPracticing as error:
        raise CommandError(str(error), 1) from error
    assert not isinstance(started, Picker), "a scenario id was given"
    print(render_briefing(started.scenario, style), file=out)
    print("", file=out)
    print(render_customer(started.scenario, started.customer or "", style), file=out)
    return started


async def _converse(
    practice: Practice, user: str, update: PracticeUpdate, interactive: bool, out: TextIO, style: Style
) -> tuple[PracticeUpdate, list[str]]:
    """Play the agent's replies until the session finishes or they run out; returns the last update and the hints."""
    from bot.cli.practice_view import render_agent, render_customer, render_note, render_turn_note

    hints: list[str] = []
    scenario = update.scenario
    for text in _replies(interactive, out):
        if not interactive:
            print(render_agent(text, style), file=out)
        before = update.session
        update = await practice.handle(user, text)
        if update.session.hints > before.hints:
            hints.append(update.note or "")
            print(render_note("Hint", update.note or "", style), file=out)
        elif len(update.session.turns) > len(before.turns):
            print(render_turn_note(update.session.turns[-1], before.mood, style), file=out)
            print(render_customer(scenario, update.customer or "", style), file=out)
        else:  # an empty reply, or "end"
            print(render_note("Coach", update.note or "", style), file=out)
            if update.customer:
                print(render_customer(scenario, update.customer, style), file=out)
        if update.finished:
            break
    if not update.finished:
        update = practice.end(user)
        if update.customer:
            print(render_customer(scenario, update.customer, style), file=out)
    return update, hints


def _replies(interactive: bool, out: TextIO) -> Iterator[str]:
    """What the agent types: prompted lines on a terminal (Ctrl-D ends), otherwise one reply per non-blank line."""
    if interactive:
        while True:
            answer = _input("You: ", out)
            if answer is None:
                return
            yield answer
    for line in sys.stdin:
        if line.strip():
            yield line.rstrip("\r\n")


def _input(prompt: str, out: TextIO) -> str | None:
    """A line from the terminal, prompting on ``out`` so that with --json stdout holds only the JSON."""
    out.write(prompt)
    out.flush()
    try:
        return input()
    except EOFError:
        out.write("\n")
        return None


def _choose(scenarios: Scenarios, out: TextIO, style: Style) -> str:
    from bot.cli.practice_view import render_picker

    print(render_picker(scenarios.all, style), file=out)
    default = _default(scenarios)
    while True:
        answer = _input(f"Number or id [{default}]: ", out)
        if answer is None:
            raise CommandError("No scenario chosen.", 1)
        answer = answer.strip()
        if not answer:
            return default
        if answer.isdigit() and 1 <= int(answer) <= len(scenarios.all):
            return scenarios.all[int(answer) - 1].id
        if scenarios.get(answer) is not None:
            return answer
        print(f"Type a number from 1 to {len(scenarios.all)}, or a scenario id.", file=out)


def _default(scenarios: Scenarios) -> str:
    return (scenarios.get(DEFAULT_SCENARIO) or scenarios.all[0]).id


def _ask(question: str, out: TextIO, *, default: bool) -> bool:
    answer = _input(question, out)
    if answer is None or not answer.strip():
        return default
    return answer.strip().lower() in ("y", "yes")


def _as_json(scenario: Scenario, session: Session, summary: Summary, hints: list[str]) -> dict:
    return {
        "scenario": {"id": scenario.id, "title": scenario.title, "difficulty": scenario.difficulty, "mood": scenario.mood,
                     "customer": scenario.customer},
        "opening": scenario.opening,
        "turns": [
            {
                "agent": turn.agent,
                "customer": turn.customer,
                "score": turn.score,
                "note": turn.note,
                "reaction": turn.reaction,
                "mood": turn.mood,
                "dimensions": turn.dimensions,
                "rules": list(turn.rules),
            }
            for turn in session.turns
        ],
        "hints": hints,
        "outcome": session.status,
        "score": summary.score,
        "mood": {"start": session.start_mood, "end": session.mood},
        "summary": summary.to_dict(),
    }


def _lesson_title(lesson_id: str) -> str | None:
    """The lesson's title when the lessons load; the summary still names the id when they don't."""
    from bot.coach.lessons.curriculum import Curriculum, CurriculumError

    try:
        lesson = Curriculum.load().get(lesson_id)
    except CurriculumError:
        return None
    return lesson.title if lesson else None
