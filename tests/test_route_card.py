"""The team's route card: safety lessons show the team's own numbers and contacts in Slack, Teams and the terminal,
a marked bracket where the team has none, and a card with a mistake stops start-up with the line to fix."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from aiohttp import web

from bot.cli import main
from bot.coach.lessons.curriculum import Curriculum, CurriculumError
from bot.coach.lessons.routes import KEYS, NO_CARD, PLACEHOLDER, ROUTE_BY_KEY, ROUTES, RouteCard, fill, route_card
from bot.resources import prompts_dir
from bot.server import configured_senders, create_app
from bot.services import Services
from bot.settings import Settings, SettingsError
from bot.slack.lesson_blocks import QUIZ_ANSWER
from bot.store import Store
from bot.store.team import TeamStore, team_of
from tests.conftest import FakeClock
from tests.fake_bot_framework import EMULATOR, activity, card_text, post, submits
from tests.fake_slack import SECRET, TEAM, SlackBot, blocks_of, blocks_text, dm_action, running_bot
from tests.loopback import LoopbackServer, serve

ROOT = Path(__file__).resolve().parent.parent
LESSON = "customer-in-crisis"
"""A safety lesson that names the crisis line in its better example and in what to confirm on day one."""
CRISIS_LINE = "0800 555 0100 (Lifeline, day or night)"
CARD = f'''
emergency_number = "112"
crisis_line = "{CRISIS_LINE}"
lead = "Priya Shah, team lead: Slack @priya or ext. 2041"
'''
BRACKET = ROUTE_BY_KEY["crisis_line"].blank
SLACK_DUE = "2025-03-10T09:31:00Z"
"""Ana's 09:30 lesson in Lisbon (UTC+0 that day), a minute after it is due."""
TEAMS_DUE = datetime(2025, 3, 10, 8, 31, tzinfo=UTC)
"""09:31 in Paris, the time zone the fake Teams client reports."""
WITH_AND_WITHOUT = pytest.mark.parametrize(("card", "shown", "hidden"), [
    (CARD, CRISIS_LINE, BRACKET),
    (None, BRACKET, CRISIS_LINE),
], ids=["team-card", "no-card"])


def card_file(folder: Path, text: str = CARD) -> Path:
    path = folder / "routes.toml"
    path.write_text(text, encoding="utf-8")
    return path


def card_environ(folder: Path, card: str | None) -> dict[str, str]:
    return {"COACH_ROUTE_CARD": str(card_file(folder, card))} if card is not None else {}


def texts(value: object) -> list[str]:
    """Every string in a lesson's ``to_dict``, however deep."""
    if isinstance(value, str):
        return [value]
    items = value.values() if isinstance(value, dict) else value if isinstance(value, list) else []
    return [text for item in items for text in texts(item)]


# Filling a lesson in ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "entries", "expected"), [
    ("Crisis line: {route.crisis_line}.", {"crisis_line": "116 123"}, "Crisis line: 116 123."),
    ("Crisis line: {route.crisis_line}.", {}, "Crisis line: [your team's crisis line]."),
    ("Who you tell: {route.lead}. Log it in: {route.incident_log}.", {"lead": "Priya"},
     "Who you tell: Priya. Log it in: [your team's incident log]."),
    ("{route.security}, or {route.security}", {"security": "ext. 5000"}, "ext. 5000, or ext. 5000"),
    ("No routes here.", {"lead": "Priya"}, "No routes here."),
    ("{route.nonsense} stays as written", {}, "{route.nonsense} stays as written"),
])
def test_a_placeholder_shows_the_teams_value_or_the_bracket_that_marks_the_gap(text, entries, expected) -> None:
    assert fill(text, route_card(entries)) == expected


def test_a_values_own_braces_are_shown_as_written_not_read_as_placeholders() -> None:
    card = route_card({"lead": "{route.security}"})
    assert fill("Tell {route.lead}.", card) == "Tell {route.security}."


def test_every_placeholder_in_every_lesson_file_names_a_card_entry() -> None:
    for path in sorted((prompts_dir() / "lessons").glob("*.toml")):
        for inner in PLACEHOLDER.findall(path.read_text("utf-8")):
            assert inner.startswith("route.") and inner.removeprefix("route.") in KEYS, f"{path.name}: {{{inner}}}"


def test_every_card_entry_is_shown_by_some_lesson() -> None:
    used = {key for lesson in Curriculum.load().lessons for key in lesson.routes}
    assert used == set(KEYS), f"entries no lesson shows: {sorted(set(KEYS) - used)}"


def test_the_safety_lessons_say_what_to_confirm_with_your_lead_on_day_one() -> None:
    curriculum = Curriculum.load()
    for lesson in curriculum.lessons:
        if lesson.routes:
            assert lesson.try_today.startswith("Confirm these with your lead on day one"), lesson.id


def test_every_bracket_a_lesson_shows_comes_from_the_card() -> None:
    """A hand-written "[crisis line from your team's guide]" would stay a gap whatever the team fills in."""
    blanks = {route.blank for route in ROUTES}
    for lesson in Curriculum.load().lessons:
        found = {bracket for text in texts(lesson.to_dict()) for bracket in re.findall(r"\[[^\]]*\]", text)}
        assert found <= blanks, f"{lesson.id}: {sorted(found - blanks)}"


def test_with_every_entry_filled_no_lesson_shows_a_gap_or_a_placeholder() -> None:
    card = route_card({route.key: f"value of {route.key}" for route in ROUTES})
    for lesson in Curriculum.load(routes=card).lessons:
        shown = json.dumps(lesson.to_dict())
        assert "{route." not in shown, lesson.id
        assert not any(route.blank in shown for route in ROUTES), lesson.id
        assert all(f"value of {key}" in shown for key in lesson.routes), lesson.id


def test_a_lesson_file_naming_no_card_entry_is_refused_with_the_entries_to_choose_from(tmp_path: Path) -> None:
    source = (prompts_dir() / "lessons" / f"{LESSON}.toml").read_text("utf-8")
    (tmp_path / f"{LESSON}.toml").write_text(source.replace("{route.crisis_line}", "{route.crisis_lines}"), "utf-8")
    with pytest.raises(CurriculumError, match=r"customer-in-crisis\.toml: \{route\.crisis_lines\} is not a route card "
                                              r"entry: write \{route\.NAME\} with NAME one of emergency_number, "):
        Curriculum.load(tmp_path)


# Reading the team's file, once, at start-up ----------------------------------------------------------------------


def test_a_card_with_some_entries_reads_them_in_card_order_and_names_its_file(tmp_path: Path) -> None:
    path = card_file(tmp_path, 'lead = "  Priya  "\nemergency_number = "112"\n')
    card = Settings.from_env({"HOME": str(tmp_path), "COACH_ROUTE_CARD": str(path)}).route_card
    assert card.entries == (("emergency_number", "112"), ("lead", "Priya"))
    assert card.source == str(path) and card.missing == tuple(key for key in KEYS if key not in ("emergency_number",
                                                                                                  "lead"))


def test_without_a_card_every_entry_is_missing(tmp_path: Path) -> None:
    card = Settings.from_env({"HOME": str(tmp_path)}).route_card
    assert card == NO_CARD and card.missing == KEYS and card.source is None


@pytest.mark.parametrize(("text", "problem"), [
    ('crisis_lines = "116 123"', r"crisis_lines is not a route card entry: did you mean crisis_line\? the entries are "
                                 r"emergency_number, crisis_line, "),
    ('phone = "116 123"', r"phone is not a route card entry: the entries are emergency_number, "),
    ('crisis_line = ""', r"crisis_line is empty: write a line a customer in crisis can call now, with its hours, or "
                         r"delete the line so lessons show \[your team's crisis line\] instead\."),
    ('crisis_line = "   "', r"crisis_line is empty"),
    ("emergency_number = 999", r"emergency_number must be text in quotes, e\.g\. emergency_number = \"999\"\."),
    ("[lead]\nname = \"Priya\"", r"lead must be text in quotes, e\.g\. lead = "),
    ('lead = """Priya\nShah"""', r"lead must fit on one line"),
    (f'lead = "{"x" * 121}"', r"lead is 121 characters: keep it under 120"),
    ('crisis_line = "116 123', r"isn't valid TOML \(.*\): each line is name = \"value\", as in "
                              r"docs/route-card\.example\.toml\."),
])
def test_a_mistake_in_the_card_stops_start_up_naming_the_file_the_entry_and_the_fix(tmp_path: Path, text: str,
                                                                                   problem: str) -> None:
    path = card_file(tmp_path, text)
    with pytest.raises(SettingsError) as raised:
        Settings.from_env({"HOME": str(tmp_path), "COACH_ROUTE_CARD": str(path)})
    [line] = raised.value.problems
    assert line.startswith(f"COACH_ROUTE_CARD={str(path)!r}") and re.search(problem, line), line


def test_every_mistake_in_the_card_is_named_at_once(tmp_path: Path) -> None:
    path = card_file(tmp_path, 'crisis_line = ""\nemergency_number = 999\nlead = "Priya"\nsecurty = "ext. 5"\n')
    with pytest.raises(SettingsError) as raised:
        Settings.from_env({"HOME": str(tmp_path), "COACH_ROUTE_CARD": str(path)})
    prefix = f"COACH_ROUTE_CARD={str(path)!r}: "
    assert [line.removeprefix(prefix).split()[0] for line in raised.value.problems] == [
        "crisis_line", "emergency_number", "securty"]


@pytest.mark.parametrize(("make", "problem"), [
    (lambda folder: folder / "missing.toml", r"doesn't exist: give the path of your team's route card "
                                             r"\(docs/route-card\.example\.toml shows one\), or leave COACH_ROUTE_CARD "
                                             r"unset\."),
    (lambda folder: folder, r"can't be read \(.*\): it must be a UTF-8 text file the coach can open\."),
    (lambda folder: (folder / "latin1.toml", (folder / "latin1.toml").write_bytes(b'lead = "Zo\xe9"'))[0],
     r"can't be read \(.*\): it must be a UTF-8 text file"),
])
def test_a_card_file_that_cant_be_read_stops_start_up_with_what_to_do(tmp_path: Path, make, problem: str) -> None:
    with pytest.raises(SettingsError, match=problem):
        Settings.from_env({"HOME": str(tmp_path), "COACH_ROUTE_CARD": str(make(tmp_path))})


def test_a_bad_card_stops_a_command_before_it_shows_anything(cli_env: Path, tmp_path: Path, monkeypatch, capsys):
    monkeypatch.setenv("COACH_ROUTE_CARD", str(card_file(tmp_path, 'crisis_lines = "116 123"')))
    assert main(["lesson", LESSON]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert "COACH_ROUTE_CARD=" in err and "crisis_lines is not a route card entry: did you mean crisis_line?" in err


def test_the_example_card_fills_in_every_entry_once_its_lines_are_uncommented() -> None:
    example = (ROOT / "docs" / "route-card.example.toml").read_text("utf-8")
    uncommented = "\n".join(line.removeprefix("# ") for line in example.splitlines() if re.match(r"# \w+ = ", line))
    import tomllib

    card = route_card(tomllib.loads(uncommented))
    assert card.missing == () and card.entries == tuple((key, ROUTE_BY_KEY[key].example) for key in KEYS)
    assert route_card(tomllib.loads(example)) == RouteCard(), "as shipped, every entry is commented out"


# What agents see: the terminal, Slack and Teams ------------------------------------------------------------------


@WITH_AND_WITHOUT
def test_the_terminal_shows_the_teams_value_or_the_bracket(cli_env: Path, tmp_path: Path, monkeypatch, capsys,
                                                           card: str | None, shown: str, hidden: str) -> None:
    for name, value in card_environ(tmp_path, card).items():
        monkeypatch.setenv(name, value)
    assert main(["lesson", LESSON]) == 0
    out = " ".join(capsys.readouterr().out.split())  # the terminal wraps lines wherever the width says
    assert out.count(shown) == 2, "in the better example and in what to confirm on day one"
    assert hidden not in out and "{route." not in out

    assert main(["lessons", "--json"]) == 0
    [lesson] = [lesson for lesson in json.loads(capsys.readouterr().out) if lesson["id"] == LESSON]
    assert shown in lesson["better_example"] and shown in lesson["try_today"]


@pytest.fixture
def slack_bot_with(tmp_path: Path, coach_clock: FakeClock, request: pytest.FixtureRequest
                   ) -> Iterator[tuple[SlackBot, dict[str, str]]]:
    """The server with Slack on, reading the route card the test names (``None``: no card), and the variable that
    names the card to every other command."""
    environ = card_environ(tmp_path, request.param)
    with running_bot(tmp_path / "coach.db", coach_clock, **environ) as bot:
        yield bot, environ


def assign_lesson(store: Store, user_id: str) -> None:
    """A lead sends the crisis lesson to the whole team: it is everyone's next lesson."""
    team = team_of(user_id)
    assert team is not None
    TeamStore(store).assign(team, LESSON, "a lead")


@pytest.mark.parametrize(("slack_bot_with", "shown", "hidden"), [
    (CARD, CRISIS_LINE, BRACKET),
    (None, BRACKET, CRISIS_LINE),
], ids=["team-card", "no-card"], indirect=["slack_bot_with"])
def test_slack_shows_the_teams_value_or_the_bracket_when_sent_and_when_redrawn(
    slack_bot_with: tuple[SlackBot, dict[str, str]], cli_env: Path, monkeypatch: pytest.MonkeyPatch, shown: str,
    hidden: str,
) -> None:
    bot, card_variable = slack_bot_with
    bot.slack.command("help", bot.fake.response_url("help"), user="U1ANA")  # Ana uses the app: she is enrolled
    bot.fake.wait_for("response:help")
    assign_lesson(bot.store, f"slack:{TEAM}:U1ANA")
    for name, value in {"SLACK_BOT_TOKEN": "xoxb-test-token", "SLACK_SIGNING_SECRET": SECRET,
                        "SLACK_API_URL": f"{bot.fake.url}/api/", **card_variable}.items():
        monkeypatch.setenv(name, value)

    assert main(["deliver-due", "--now", SLACK_DUE]) == 0  # cron's path: the card comes from the environment
    sent = blocks_of(bot.fake.wait_for("chat.postMessage")[0].params)
    text = blocks_text(sent)
    assert "When a customer may be in danger" in text
    assert shown in text and hidden not in text and "{route." not in text

    button = next(block["accessory"] for block in sent if block.get("accessory", {}).get("action_id") == QUIZ_ANSWER)
    bot.slack.send(dm_action(QUIZ_ANSWER, button["value"], bot.fake.response_url("quiz")))
    redrawn = blocks_text(blocks_of(bot.fake.wait_for("chat.update")[0].params))  # the server's own card
    assert shown in redrawn and hidden not in redrawn


@pytest.fixture
def teams_with(tmp_path: Path, server_store: Store, request: pytest.FixtureRequest
               ) -> Iterator[tuple[LoopbackServer, web.Application, Settings]]:
    """The server with Teams on (Emulator mode) and the route card the test names (``None``: no card)."""
    settings = Settings.from_env({"HOME": str(tmp_path), "COACH_DB": str(tmp_path / "server.db"),
                                  "COACH_TEAMS_EMULATOR": "1", **card_environ(tmp_path, request.param)})
    assert settings.teams == EMULATOR
    app = create_app(settings, store=server_store)
    with serve(app) as server:
        yield server, app, settings


@pytest.mark.parametrize(("teams_with", "shown", "hidden"), [
    (CARD, CRISIS_LINE, BRACKET),
    (None, BRACKET, CRISIS_LINE),
], ids=["team-card", "no-card"], indirect=["teams_with"])
def test_teams_shows_the_teams_value_or_the_bracket_when_sent_and_when_redrawn(
    teams_with, connector, server_store: Store, shown: str, hidden: str,
) -> None:
    server, app, settings = teams_with
    fake, service_url = connector
    assert post(server.url, activity("installationUpdate", service_url, action="add")).status_code in (200, 201)
    [(user_id,)] = server_store.db.execute("SELECT id FROM users").fetchall()
    assign_lesson(server_store, user_id)

    services = Services(server_store, settings)
    report = server.call(lambda: services.lessons.deliver_due(TEAMS_DUE, configured_senders(settings, app)))
    assert report.sent == 1
    [sent] = [sent for sent in fake.sent if sent.cards and "one-minute lesson" in card_text(sent.cards[0])]
    text = card_text(sent.cards[0])
    assert "When a customer may be in danger" in text
    assert shown in text and hidden not in text and "{route." not in text

    data = next(data for data in submits(sent.cards[0]) if data["action"] == "quiz")
    press = activity("message", service_url, value=data, replyToId=sent.activity_id)
    press.pop("localTimezone")
    assert post(server.url, press).status_code in (200, 201)
    redrawn = card_text(fake.updated[-1].cards[0])  # the server's own card
    assert shown in redrawn and hidden not in redrawn
