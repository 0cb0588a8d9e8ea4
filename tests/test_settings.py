"""Settings from the environment: defaults per OS, accepted spellings, every problem reported at once."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.settings import Settings, SettingsError, default_db_path


def test_defaults_put_the_database_in_the_users_data_folder(tmp_path: Path) -> None:
    settings = Settings.from_env({"HOME": str(tmp_path)})
    assert settings.db_path == tmp_path / ".local" / "share" / "empathy-coach" / "coach.db"
    assert settings.store_text is False


@pytest.mark.parametrize(
    ("platform", "environ", "expected"),
    [
        ("linux", {"HOME": "/home/a", "XDG_DATA_HOME": "/data"}, "/data/empathy-coach/coach.db"),
        ("linux", {"HOME": "/home/a", "XDG_DATA_HOME": "relative"}, "/home/a/.local/share/empathy-coach/coach.db"),
        ("darwin", {"HOME": "/Users/a"}, "/Users/a/Library/Application Support/empathy-coach/coach.db"),
        ("win32", {"APPDATA": "/appdata"}, "/appdata/empathy-coach/coach.db"),
    ],
)
def test_default_database_path_follows_each_os(platform: str, environ: dict, expected: str) -> None:
    assert default_db_path(environ, platform) == Path(expected)


def test_coach_db_overrides_the_default_and_expands_home(tmp_path: Path) -> None:
    settings = Settings.from_env({"HOME": str(tmp_path), "COACH_DB": "~/coach/test.db"})
    assert settings.db_path == Path("~/coach/test.db").expanduser()


@pytest.mark.parametrize(("value", "expected"), [("1", True), ("TRUE", True), (" yes ", True), ("on", True),
                                                  ("0", False), ("False", False), ("no", False), ("off", False),
                                                  ("", False)])
def test_store_text_accepts_the_usual_spellings(tmp_path: Path, value: str, expected: bool) -> None:
    settings = Settings.from_env({"HOME": str(tmp_path), "COACH_STORE_TEXT": value})
    assert settings.store_text is expected


def test_every_problem_is_reported_on_its_own_line_naming_the_variable(tmp_path: Path) -> None:
    with pytest.raises(SettingsError) as caught:
        Settings.from_env({"HOME": str(tmp_path), "COACH_DB": str(tmp_path), "COACH_STORE_TEXT": "maybe"})
    problems = caught.value.problems
    assert len(problems) == 2 and str(caught.value).splitlines() == list(problems)
    assert problems[0].startswith("COACH_DB=") and "folder" in problems[0]
    assert problems[1].startswith("COACH_STORE_TEXT='maybe'") and "1, true, yes, on" in problems[1]


def test_platforms_and_the_llm_are_off_until_configured(tmp_path: Path) -> None:
    settings = Settings.from_env({"HOME": str(tmp_path)})
    assert (settings.slack, settings.teams, settings.llm, settings.port) == (None, None, None, 3000)


def test_slack_socket_mode_needs_no_signing_secret(tmp_path: Path) -> None:
    settings = Settings.from_env({"HOME": str(tmp_path), "SLACK_BOT_TOKEN": "xoxb-1", "SLACK_APP_TOKEN": "xapp-1",
                                  "SLACK_API_URL": "http://127.0.0.1:9/api"})
    assert settings.slack is not None and settings.slack.socket_mode
    assert settings.slack.api_url == "http://127.0.0.1:9/api/"


def test_teams_runs_unauthenticated_only_when_asked(tmp_path: Path) -> None:
    settings = Settings.from_env({"HOME": str(tmp_path), "COACH_TEAMS_EMULATOR": "yes"})
    assert settings.teams is not None and not settings.teams.authenticated
    settings = Settings.from_env({"HOME": str(tmp_path), "MicrosoftAppId": "id", "MicrosoftAppPassword": "pw",
                                  "MicrosoftAppType": "multitenant"})
    assert settings.teams is not None and settings.teams.authenticated and settings.teams.app_type == "MultiTenant"


def test_azure_takes_its_own_key_and_endpoint(tmp_path: Path) -> None:
    settings = Settings.from_env({"HOME": str(tmp_path), "AZURE_OPENAI_ENDPOINT": "https://x.openai.azure.com",
                                  "AZURE_OPENAI_API_KEY": "k", "COACH_MODEL": "my-deployment"})
    assert settings.llm is not None and settings.llm.azure and settings.llm.model == "my-deployment"


@pytest.mark.parametrize(
    ("environ", "variable"),
    [
        ({"SLACK_BOT_TOKEN": "xoxp-1", "SLACK_SIGNING_SECRET": "s"}, "SLACK_BOT_TOKEN"),
        ({"SLACK_SIGNING_SECRET": "s"}, "SLACK_BOT_TOKEN"),
        ({"SLACK_BOT_TOKEN": "xoxb-1"}, "SLACK_SIGNING_SECRET"),
        ({"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_SIGNING_SECRET": "s", "SLACK_API_URL": "localhost"}, "SLACK_API_URL"),
        ({"PORT": "70000"}, "PORT"),
        ({"MicrosoftAppId": "id"}, "MicrosoftAppPassword"),
        ({"MicrosoftAppId": "id", "MicrosoftAppPassword": "p", "MicrosoftAppType": "SingleTenant"},
         "MicrosoftAppTenantId"),
        ({"MicrosoftAppType": "Personal"}, "MicrosoftAppType"),
        ({"OPENAI_API_KEY": "k", "COACH_LLM_TIMEOUT": "-1"}, "COACH_LLM_TIMEOUT"),
        ({"AZURE_OPENAI_ENDPOINT": "https://x.openai.azure.com"}, "AZURE_OPENAI_ENDPOINT"),
    ],
)
def test_a_bad_platform_setting_names_its_variable(tmp_path: Path, environ: dict, variable: str) -> None:
    with pytest.raises(SettingsError) as caught:
        Settings.from_env({"HOME": str(tmp_path), **environ})
    assert [problem.split("=")[0].split(" ")[0] for problem in caught.value.problems] == [variable]
