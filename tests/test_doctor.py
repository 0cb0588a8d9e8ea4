"""``empathy-coach doctor`` against the fakes over real HTTP: each part OK, or what to fix, and the exit code."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from fake_bot_framework import FakeLogin
from fake_openai import FakeOpenAI, answer, status
from fake_slack import MANIFEST_SCOPES, SECRET, FakeSlack, fake_slack
from loopback import free_port, serve

from bot.cli import main
from bot.cli.doctor_view import render_doctor
from bot.cli.terminal import Style
from bot.doctor import examine, healthy
from bot.health import PartReport, Status, fail
from bot.llm.health import SAMPLE_CUSTOMER, SAMPLE_DRAFT
from bot.llm.prompt import load_prompt
from bot.settings import Settings, TeamsSettings
from bot.store import MIGRATIONS, Store
from bot.teams.auth import BotFrameworkCloud

ROOT = Path(__file__).resolve().parents[1]
PLATFORM_VARIABLES = ("SLACK_BOT_TOKEN", "SLACK_SIGNING_SECRET", "SLACK_APP_TOKEN", "SLACK_API_URL", "MicrosoftAppId",
                      "MicrosoftAppPassword", "MicrosoftAppType", "MicrosoftAppTenantId", "COACH_TEAMS_EMULATOR")
APP_ID = "6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f"
APP_SECRET = "client-secret-value"
TENANT_ID = "9a8b7c6d-0000-4000-8000-123456789abc"
GOOD_SAMPLE = ("I'm sorry your parcel still hasn't arrived, especially when this is the second time this month. "
               "Tracking number TR-20417 shows it left the depot on 12 May. Could you tell me what the tracking page "
               "shows now, so I can see where it has got to?")


@pytest.fixture
def doctor_env(cli_env: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """``cli_env`` with no chat platform configured either, so each test turns on only the part it checks."""
    for name in PLATFORM_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    return cli_env


@pytest.fixture
def slack(doctor_env: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeSlack]:
    with fake_slack() as fake:
        monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxb-test-token")
        monkeypatch.setenv("SLACK_SIGNING_SECRET", SECRET)
        monkeypatch.setenv("SLACK_API_URL", f"{fake.url}/api/")
        yield fake


def doctor(capsys: pytest.CaptureFixture[str]) -> tuple[int, dict[str, dict[str, dict[str, str]]]]:
    """The exit code, and per part each outcome by what was checked, from ``doctor --json``."""
    code = main(["doctor", "--json"])
    report = json.loads(capsys.readouterr().out)
    assert report["ok"] is (code == 0)
    return code, {part["part"]: {o["what"]: o for o in part["outcomes"]} for part in report["parts"]}


# Nothing configured, and the database ----------------------------------------------------------------------


def test_a_fresh_install_with_nothing_configured_passes_and_says_how_to_turn_each_platform_on(doctor_env, capsys):
    code, parts = doctor(capsys)
    assert code == 0
    assert list(parts) == ["database", "Slack", "Teams", "LLM", "time zones", "route card"]
    assert parts["database"]["writable"]["status"] == "ok" and "created" in parts["database"]["writable"]["detail"]
    assert not doctor_env.exists(), "doctor only looks: it creates no database"
    assert "SLACK_BOT_TOKEN" in parts["Slack"]["not configured"]["detail"]
    assert "MicrosoftAppId" in parts["Teams"]["not configured"]["detail"]
    assert "OPENAI_API_KEY" in parts["LLM"]["not configured"]["detail"]
    assert parts["time zones"]["zone data"]["status"] == "ok"
    assert parts["route card"]["card"]["status"] == "note" and "COACH_ROUTE_CARD" in parts["route card"]["card"]["detail"]


def test_the_terminal_report_marks_each_line_and_ends_with_the_verdict(doctor_env, capsys) -> None:
    assert main(["doctor"]) == 0
    out = capsys.readouterr().out
    assert "OK    writable:" in out and "OFF   not configured:" in out
    assert out.rstrip().endswith("Everything configured works.")
    assert "\x1b[" not in out


def test_on_a_terminal_each_outcome_wraps_under_its_text_without_splitting_a_path() -> None:
    path = "/srv/coach/" + "very-long-folder-name/" * 4 + "coach.db"
    report = PartReport("database", (fail("writable", f"Can't write to {path}: give this account write access to "
                                                      "the file and its folder, or set COACH_DB elsewhere."),))
    lines = render_doctor([report], Style(False), width=60).splitlines()
    outcome = lines[1:lines.index("")]
    assert len(outcome) > 1 and outcome[0].startswith("  FAIL  writable: Can't write to")
    assert all(line.startswith(" " * 8) and not line[8].isspace() for line in outcome[1:])
    assert all(len(line) <= 60 for line in outcome if path not in line) and any(path in line for line in outcome)
    assert len(render_doctor([report], Style(False)).splitlines()) == 4, "piped, one line per outcome"


def test_a_current_database_is_writable_and_current(doctor_env, capsys) -> None:
    Store.open(doctor_env).close()
    code, parts = doctor(capsys)
    assert code == 0
    assert parts["database"]["writable"]["status"] == "ok"
    assert parts["database"]["schema"] == {"what": "schema", "status": "ok",
                                           "detail": f"version {len(MIGRATIONS)}, current"}
    assert _tables(doctor_env) == _tables_after_open(doctor_env.parent / "reference.db"), "the write was rolled back"


def test_pending_migrations_are_a_note_naming_them_and_are_not_applied(doctor_env, capsys) -> None:
    Store.open(doctor_env, migrations=MIGRATIONS[:-2]).close()
    code, parts = doctor(capsys)
    assert code == 0
    schema = parts["database"]["schema"]
    assert schema["status"] == "note"
    assert MIGRATIONS[-1].__name__ in schema["detail"] and MIGRATIONS[-2].__name__ in schema["detail"]
    assert _version(doctor_env) == len(MIGRATIONS) - 2


def test_a_database_from_a_newer_release_fails_with_the_upgrade_to_make(doctor_env, capsys) -> None:
    def from_the_future(db) -> None:
        db.table("future").create({"id": int}, pk="id")

    Store.open(doctor_env, migrations=(*MIGRATIONS, from_the_future)).close()
    code, parts = doctor(capsys)
    assert code == 1
    assert parts["database"]["schema"]["status"] == "fail"
    assert "upgrade empathy-coach" in parts["database"]["schema"]["detail"]


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (lambda path: path.write_text("these are not the rows you are looking for"), "not a coach database"),
        (lambda path: sqlite3.connect(path).execute("CREATE TABLE orders (id)").connection.commit(), "not a coach"),
        (lambda path: path.parent.joinpath("blocker").write_text("x"), "is a file, not a folder"),
    ],
    ids=["not SQLite", "another app's database", "a file where a folder should be"],
)
def test_a_database_the_coach_cant_use_fails_with_what_to_do(doctor_env, monkeypatch, capsys, make, words) -> None:
    make(doctor_env)
    if words == "is a file, not a folder":
        monkeypatch.setenv("COACH_DB", str(doctor_env.parent / "blocker" / "coach.db"))
    code, parts = doctor(capsys)
    assert code == 1
    [outcome] = parts["database"].values()
    assert outcome["status"] == "fail" and words in outcome["detail"] and "COACH_DB" in outcome["detail"]


def _version(path: Path) -> int:
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT max(version) FROM migrations").fetchone()[0]


def _tables(path: Path) -> list[str]:
    with sqlite3.connect(path) as conn:
        return sorted(row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'"))


def _tables_after_open(path: Path) -> list[str]:
    Store.open(path).close()
    return _tables(path)


# Slack ---------------------------------------------------------------------------------------------------------


def test_slack_with_a_good_token_and_every_manifest_scope_passes(slack: FakeSlack, capsys) -> None:
    code, parts = doctor(capsys)
    assert code == 0
    assert parts["Slack"]["auth.test"] == {"what": "auth.test", "status": "ok",
                                           "detail": "the bot empathy_coach in workspace Test (T0TEAM)"}
    assert parts["Slack"]["scopes"]["status"] == "ok"
    assert parts["Slack"]["signing secret"]["status"] == "ok"
    [call] = slack.calls_to("auth.test")
    assert call.authorization == "Bearer xoxb-test-token"


def test_a_missing_scope_fails_naming_it_and_the_reinstall(slack: FakeSlack, capsys) -> None:
    slack.scopes = tuple(scope for scope in MANIFEST_SCOPES if scope not in ("im:history", "users:read"))
    code, parts = doctor(capsys)
    assert code == 1
    detail = parts["Slack"]["scopes"]["detail"]
    assert "im:history, users:read" in detail and "reinstall" in detail


def test_scopes_beyond_the_manifest_are_a_note(slack: FakeSlack, capsys) -> None:
    slack.scopes = (*MANIFEST_SCOPES, "channels:history")
    code, parts = doctor(capsys)
    assert code == 0
    assert parts["Slack"]["scopes"]["status"] == "note" and "channels:history" in parts["Slack"]["scopes"]["detail"]


def test_scopes_slack_doesnt_report_are_a_note_not_a_failure(slack: FakeSlack, capsys) -> None:
    slack.scopes = None
    code, parts = doctor(capsys)
    assert code == 0 and parts["Slack"]["scopes"]["status"] == "note"


@pytest.mark.parametrize(("error", "fix"), [("invalid_auth", "copy the Bot User OAuth Token"),
                                            ("token_revoked", "reinstall the app")])
def test_a_token_slack_refuses_fails_with_slacks_error_and_the_fix(slack: FakeSlack, capsys, error, fix) -> None:
    slack.refused_tokens["xoxb-test-token"] = error
    code, parts = doctor(capsys)
    assert code == 1
    assert list(parts["Slack"]) == ["auth.test", "signing secret"]
    detail = parts["Slack"]["auth.test"]["detail"]
    assert error in detail and fix in detail


def test_slack_out_of_reach_fails_naming_the_address(doctor_env, monkeypatch, capsys) -> None:
    monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxb-test-token")
    monkeypatch.setenv("SLACK_SIGNING_SECRET", SECRET)
    monkeypatch.setenv("SLACK_API_URL", f"http://127.0.0.1:{free_port()}/api/")
    code, parts = doctor(capsys)
    assert code == 1 and "Can't reach Slack at http://127.0.0.1:" in parts["Slack"]["auth.test"]["detail"]


def test_a_signing_secret_of_the_wrong_shape_fails(slack: FakeSlack, monkeypatch, capsys) -> None:
    monkeypatch.setenv("SLACK_SIGNING_SECRET", "verificationtoken24chars")
    code, parts = doctor(capsys)
    assert code == 1
    assert "Verification Token" in parts["Slack"]["signing secret"]["detail"]


def test_socket_mode_asks_slack_for_a_connection_with_the_app_token(slack: FakeSlack, monkeypatch, capsys) -> None:
    monkeypatch.setenv("SLACK_APP_TOKEN", "xapp-1-test")
    code, parts = doctor(capsys)
    assert code == 0
    assert parts["Slack"]["Socket Mode"]["status"] == "ok" and "signing secret" not in parts["Slack"]
    [call] = slack.calls_to("apps.connections.open")
    assert call.authorization == "Bearer xapp-1-test"
    assert slack.calls_to("socket:connect") == [], "doctor never opens the socket itself"


def test_an_app_token_without_connections_write_fails_with_the_scope_to_add(slack, monkeypatch, capsys) -> None:
    monkeypatch.setenv("SLACK_APP_TOKEN", "xapp-1-test")
    slack.refused_tokens["xapp-1-test"] = "missing_scope"
    code, parts = doctor(capsys)
    assert code == 1 and "connections:write" in parts["Slack"]["Socket Mode"]["detail"]


# The LLM ---------------------------------------------------------------------------------------------------------


def test_a_working_model_passes_with_the_current_prompt_latency_and_tokens(llm_env, fake_llm: FakeOpenAI,
                                                                           doctor_env, capsys) -> None:
    fake_llm.queue(answer(GOOD_SAMPLE, [{"rule": "E402", "change": "Dropped \"As I already said\""}]))
    code, parts = doctor(capsys)
    assert code == 0
    llm = parts["LLM"]
    assert (llm["reachable"]["status"], llm["model"]["status"], llm["sample draft"]["status"]) == ("ok",) * 3
    assert f"prompt {load_prompt().version}," in llm["sample draft"]["detail"]
    assert " s, 321 + 123 tokens" in llm["sample draft"]["detail"]
    [request] = fake_llm.requests
    assert request["model"] == "gpt-4o-mini"
    assert SAMPLE_DRAFT.split(".")[1].strip() in fake_llm.user_messages[0]
    assert SAMPLE_CUSTOMER.split("!")[0] in fake_llm.user_messages[0]


@pytest.mark.parametrize(
    ("reply", "check"),
    [
        (answer(GOOD_SAMPLE + " We'll refund your delivery fee."), "promises"),
        (answer(GOOD_SAMPLE.replace("TR-20417", "TR-20471")), "facts"),
    ],
)
def test_a_sample_the_guardrails_stop_fails_naming_the_check(llm_env, fake_llm, doctor_env, capsys, reply, check):
    fake_llm.queue(reply)
    code, parts = doctor(capsys)
    assert code == 1
    sample = parts["LLM"]["sample draft"]
    assert sample["status"] == "fail" and f"stopped by the {check!r} guardrail" in sample["detail"]
    assert f"prompt {load_prompt().version}," in sample["detail"]


@pytest.mark.parametrize(
    ("reply", "fault", "fix"),
    [
        (status(500, **{"x-should-retry": "false"}), "server_error", "try again later"),
        (status(400), "api_error", "structured output"),
    ],
)
def test_a_sample_without_a_usable_answer_fails_naming_the_fault(llm_env, fake_llm, doctor_env, capsys, reply,
                                                                 fault, fix) -> None:
    fake_llm.queue(reply)
    code, parts = doctor(capsys)
    assert code == 1
    detail = parts["LLM"]["sample draft"]["detail"]
    assert f"no usable answer: {fault}" in detail and fix in detail


def test_a_model_the_server_doesnt_serve_fails_listing_what_it_does(llm_env, fake_llm, doctor_env, monkeypatch,
                                                                    capsys) -> None:
    monkeypatch.setenv("COACH_MODEL", "gpt-4o-mnii")
    code, parts = doctor(capsys)
    assert code == 1
    assert parts["LLM"]["reachable"]["status"] == "ok"
    detail = parts["LLM"]["model"]["detail"]
    assert "'gpt-4o-mnii'" in detail and "gpt-4o-mini, test-model" in detail
    assert "sample draft" not in parts["LLM"] and fake_llm.requests == []


def test_a_refused_key_fails_before_any_draft_is_sent(llm_env, fake_llm, doctor_env, capsys) -> None:
    fake_llm.models_status = 401
    code, parts = doctor(capsys)
    assert code == 1
    assert "HTTP 401" in parts["LLM"]["reachable"]["detail"] and "OPENAI_API_KEY" in parts["LLM"]["reachable"]["detail"]
    assert fake_llm.requests == []


def test_a_server_without_a_model_list_is_checked_by_the_sample_alone(llm_env, fake_llm, doctor_env, capsys) -> None:
    fake_llm.models_status = 404
    fake_llm.queue(answer(GOOD_SAMPLE))
    code, parts = doctor(capsys)
    assert code == 0
    assert parts["LLM"]["model"]["status"] == "note" and parts["LLM"]["sample draft"]["status"] == "ok"


def test_on_azure_the_deployment_is_checked_by_the_sample(doctor_env, fake_llm, monkeypatch, capsys) -> None:
    monkeypatch.setenv("AZURE_OPENAI_ENDPOINT", fake_llm.url)
    monkeypatch.setenv("AZURE_OPENAI_API_KEY", "azure-key")
    monkeypatch.setenv("COACH_MODEL", "coach-deployment")
    fake_llm.queue(answer(GOOD_SAMPLE))
    code, parts = doctor(capsys)
    assert code == 0
    assert parts["LLM"]["model"]["status"] == "note" and parts["LLM"]["sample draft"]["status"] == "ok"
    assert [path.split("?")[0] for path in fake_llm.paths] == ["/openai/deployments/coach-deployment/chat/completions"]


def test_a_user_limit_of_zero_fails_the_sample_with_the_setting_to_raise(llm_env, fake_llm, doctor_env, monkeypatch,
                                                                         capsys) -> None:
    monkeypatch.setenv("COACH_LLM_USER_LIMIT", "0")
    code, parts = doctor(capsys)
    assert code == 1
    assert "COACH_LLM_USER_LIMIT" in parts["LLM"]["sample draft"]["detail"] and fake_llm.requests == []


def test_a_server_out_of_reach_fails_naming_the_address(doctor_env, monkeypatch, capsys) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "test-key")
    monkeypatch.setenv("OPENAI_BASE_URL", f"http://127.0.0.1:{free_port()}/v1")
    monkeypatch.setenv("COACH_LLM_TIMEOUT", "3")
    code, parts = doctor(capsys)
    assert code == 1
    assert list(parts["LLM"]) == ["reachable"]
    assert "Can't reach http://127.0.0.1:" in parts["LLM"]["reachable"]["detail"]


# Teams -----------------------------------------------------------------------------------------------------------


@pytest.fixture
def login() -> Iterator[tuple[FakeLogin, BotFrameworkCloud]]:
    """Azure AD's token endpoint on loopback, and a cloud whose login URL points at it."""
    fake = FakeLogin(apps={APP_ID: APP_SECRET})
    with serve(fake.app()) as server:
        yield fake, BotFrameworkCloud(login_url=f"{server.url}/botframework.com")


def teams_report(tmp_path: Path, teams: TeamsSettings, cloud: BotFrameworkCloud) -> dict[str, dict]:
    [report] = [r for r in examine(Settings(tmp_path / "coach.db", False, teams=teams), teams_cloud=cloud)
                if r.part == "Teams"]
    return {outcome.what: outcome for outcome in report.outcomes}


def test_teams_credentials_that_get_a_token_pass(tmp_path, login) -> None:
    fake, cloud = login
    teams = TeamsSettings(APP_ID, APP_SECRET, "MultiTenant", None)
    outcomes = teams_report(tmp_path, teams, cloud)
    assert [(o.what, o.status) for o in outcomes.values()] == [("app id", Status.OK), ("token", Status.OK)]
    [request] = fake.requests
    assert request == {"tenant": "botframework.com", "grant_type": "client_credentials", "client_id": APP_ID,
                       "client_secret": APP_SECRET, "scope": "https://api.botframework.com/.default"}


@pytest.mark.parametrize(
    ("teams", "fix"),
    [
        (TeamsSettings(APP_ID, "the-secret-id-not-its-value", "MultiTenant", None), "its Value (not its Secret ID)"),
        (TeamsSettings("0f0f0f0f-1111-4222-8333-444455556666", APP_SECRET, "MultiTenant", None),
         "check the app id"),
        (TeamsSettings(APP_ID, APP_SECRET, "SingleTenant", "no-such-tenant"), "Directory (tenant) ID"),
    ],
    ids=["wrong secret", "unknown app", "unknown tenant"],
)
def test_teams_credentials_azure_refuses_fail_with_the_fix(tmp_path, login, teams, fix) -> None:
    fake, cloud = login
    token = teams_report(tmp_path, teams, cloud)["token"]
    assert token.status is Status.FAIL and fix in token.detail and "Azure AD refused" in token.detail


def test_an_expired_secret_says_to_create_a_new_one(tmp_path, login) -> None:
    fake, cloud = login
    fake.expired.add(APP_ID)
    token = teams_report(tmp_path, TeamsSettings(APP_ID, APP_SECRET, "MultiTenant", None), cloud)["token"]
    assert token.status is Status.FAIL and "expired" in token.detail and "new client secret" in token.detail


def test_a_single_tenant_bot_signs_in_to_its_own_tenant(tmp_path, login) -> None:
    fake, cloud = login
    fake.tenants[TENANT_ID] = {APP_ID}
    teams = TeamsSettings(APP_ID, APP_SECRET, "SingleTenant", TENANT_ID)
    assert teams_report(tmp_path, teams, cloud)["token"].status is Status.OK
    assert [request["tenant"] for request in fake.requests] == [TENANT_ID]
    multi = teams_report(tmp_path, TeamsSettings(APP_ID, APP_SECRET, "MultiTenant", None), cloud)["token"]
    assert multi.status is Status.FAIL and "SingleTenant" in multi.detail


def test_an_app_id_that_is_not_a_guid_fails_before_asking_azure(tmp_path, login) -> None:
    fake, cloud = login
    outcomes = teams_report(tmp_path, TeamsSettings("my-bot", APP_SECRET, "MultiTenant", None), cloud)
    assert list(outcomes) == ["app id"]
    assert outcomes["app id"].status is Status.FAIL and "Application (client) ID" in outcomes["app id"].detail
    assert fake.requests == []


@pytest.mark.parametrize(
    ("teams", "words"),
    [(TeamsSettings(None, None, "MultiTenant", None), "without authentication"),
     (TeamsSettings(APP_ID, None, "UserAssignedMSI", TENANT_ID), "managed identity")],
    ids=["emulator", "managed identity"],
)
def test_teams_setups_without_a_secret_to_try_are_notes(tmp_path, login, teams, words) -> None:
    fake, cloud = login
    reports = examine(Settings(tmp_path / "coach.db", False, teams=teams), teams_cloud=cloud)
    [teams_part] = [report for report in reports if report.part == "Teams"]
    assert teams_part.status is Status.NOTE and words in teams_part.outcomes[-1].detail
    assert healthy(reports) and fake.requests == []


# Settings and time zones -------------------------------------------------------------------------------------------


def test_a_bad_setting_stops_doctor_with_one_line_and_exit_code_2(doctor_env, monkeypatch, capsys) -> None:
    monkeypatch.setenv("COACH_LLM_TIMEOUT", "soon")
    assert main(["doctor"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.splitlines() == ["empathy-coach: COACH_LLM_TIMEOUT='soon' is not a positive number of "
                                         "seconds, e.g. 10 or 2.5."]


def test_doctor_loads_no_platform_or_model_sdk_that_is_not_configured(doctor_env: Path) -> None:
    script = ("import sys\nfrom bot.cli import main\nmain(['doctor'])\n"
              "print(sorted({m.split('.')[0] for m in sys.modules} & {'openai', 'botbuilder', 'slack_sdk', 'slack_bolt'}))")
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines()[-1] == "[]"


def test_missing_time_zone_data_fails_with_the_package_to_install(tmp_path: Path, doctor_env: Path) -> None:
    """No system zone data (an empty TZPATH) and no tzdata package, as on Windows or in a slim container."""
    empty = tmp_path / "no-zones"
    empty.mkdir()
    environ = {key: value for key, value in os.environ.items() if not key.startswith(("OPENAI", "AZURE", "SLACK"))}
    environ.update(PYTHONTZPATH=str(empty), COACH_DB=str(doctor_env))
    script = "import sys; sys.modules['tzdata'] = None\nfrom bot.cli import main\nsys.exit(main(['doctor', '--json']))"
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=environ, cwd=ROOT,
                         timeout=60)
    assert run.returncode == 1, run.stderr
    [zones] = [part for part in json.loads(run.stdout)["parts"] if part["part"] == "time zones"]
    assert zones["status"] == "fail" and "pip install tzdata" in zones["outcomes"][0]["detail"]


# The route card ----------------------------------------------------------------------------------------------


def test_the_route_card_lists_each_entry_set_and_the_lessons_that_show_a_bracket_for_each_missing_one(
    doctor_env: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    card = tmp_path / "routes.toml"
    card.write_text('crisis_line = "116 123 (Samaritans, day or night)"\nlead = "Priya, ext. 2041"\n', "utf-8")
    monkeypatch.setenv("COACH_ROUTE_CARD", str(card))
    code, parts = doctor(capsys)
    assert code == 0, "a missing entry is a note: the lessons still read, with a gap agents can see"
    routes = parts["route card"]
    assert routes["card"] == {"what": "card", "status": "ok", "detail": f"{card}: 2 of 8 entries filled in"}
    assert (routes["crisis_line"]["status"], routes["crisis_line"]["detail"]) == ("ok", "116 123 (Samaritans, day "
                                                                                    "or night)")
    assert routes["lead"]["status"] == "ok"
    missing = {what: outcome["detail"] for what, outcome in routes.items() if outcome["status"] == "note"}
    assert sorted(missing) == sorted(["emergency_number", "gas_emergency_line", "security", "incident_log",
                                      "hardship_team", "wellbeing_support"])
    assert missing["security"].startswith("not set: [your team's security contact] shows instead in ")
    assert "handling-abuse" in missing["security"] and "escalation" in missing["security"]
    assert "customer-in-crisis" in missing["gas_emergency_line"] and "self-care" not in missing["gas_emergency_line"]

    assert main(["doctor"]) == 0
    out = capsys.readouterr().out
    assert "NOTE  wellbeing_support: not set: [your employee assistance programme] shows instead in " \
           "self-care-after-hard-calls." in out
    assert out.rstrip().endswith("Everything configured works.")
