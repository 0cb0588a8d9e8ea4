"""Configuration from the environment, checked once at start-up.

Every problem is collected before raising, so whoever deploys the coach fixes
all of them in one go instead of restarting once per typo.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from bot.coach.lessons.routes import NO_CARD, RouteCard, RouteCardError, route_card

TRUE_WORDS = ("1", "true", "yes", "on")
FALSE_WORDS = ("0", "false", "no", "off")

T = TypeVar("T")


class SettingsError(ValueError):
    """One or more environment variables are wrong; each line names one and says how to fix it."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = tuple(problems)
        super().__init__("\n".join(self.problems))


DEFAULT_PORT = 3000
DEFAULT_SLACK_API_URL = "https://slack.com/api/"
DEFAULT_MODEL = "gpt-4o-mini"
DEFAULT_LLM_TIMEOUT_SECONDS = 10.0
DEFAULT_AZURE_API_VERSION = "2024-10-21"
DEFAULT_LLM_USER_LIMIT = 60
TEAMS_APP_TYPES = ("MultiTenant", "SingleTenant", "UserAssignedMSI")


@dataclass(frozen=True, slots=True)
class SlackSettings:
    """Present only when the bot token and signing secret are both set; otherwise Slack is off."""

    bot_token: str
    signing_secret: str
    app_token: str | None
    """With an app-level token (``xapp-``) Slack runs in Socket Mode and needs no public URL."""
    api_url: str
    """Base URL of the Slack Web API; tests point it at a local fake."""

    @property
    def socket_mode(self) -> bool:
        return self.app_token is not None


@dataclass(frozen=True, slots=True)
class TeamsSettings:
    """Present when ``MicrosoftAppId`` is set, or with no app id when ``COACH_TEAMS_EMULATOR`` is on.

    Without an app id the bot accepts unauthenticated requests, which is what the Bot Framework
    Emulator sends; that is why it takes an explicit switch rather than being the default.
    """

    app_id: str | None
    app_password: str | None
    app_type: str
    tenant_id: str | None

    @property
    def authenticated(self) -> bool:
        return self.app_id is not None


@dataclass(frozen=True, slots=True)
class LLMSettings:
    """Present only when a key (OpenAI, a compatible server, or Azure) is configured."""

    api_key: str
    base_url: str | None
    """``OPENAI_BASE_URL``: an OpenAI-compatible server instead of OpenAI's own."""
    model: str
    timeout_seconds: float
    azure_endpoint: str | None
    azure_api_version: str
    user_limit: int = DEFAULT_LLM_USER_LIMIT
    """LLM rewrites one user may ask for per hour (``COACH_LLM_USER_LIMIT``), so nobody can run up the bill."""
    disabled_workspaces: frozenset[str] = frozenset()
    """Slack workspace or Teams tenant ids whose checks never go to the model (``COACH_LLM_DISABLED_WORKSPACES``)."""

    @property
    def azure(self) -> bool:
        return self.azure_endpoint is not None

    def serves(self, user_id: str) -> bool:
        """False for users of a workspace or tenant listed in ``COACH_LLM_DISABLED_WORKSPACES``."""
        return workspace_of(user_id) not in self.disabled_workspaces


@dataclass(frozen=True, slots=True)
class Leads:
    """Support leads, who see their own workspace's or tenant's team figures; everyone else sees only their own.

    Slack user ids and Teams Azure AD object ids name one person wherever they use the coach; a Slack user
    group (``slack:usergroup:S0123``) names everyone in it, which only Slack can say, so the Slack front end
    asks it and passes the groups the person is in.
    """

    people: frozenset[str] = frozenset()
    """Slack user ids as written (U0123), Teams object ids in lower case."""
    slack_usergroups: frozenset[str] = frozenset()

    def __bool__(self) -> bool:
        return bool(self.people or self.slack_usergroups)

    def include(self, user_id: str, usergroups: frozenset[str] = frozenset()) -> bool:
        """Whether the person behind a "<platform>:<workspace>:<user>" id is a lead; the CLI's "cli:alice" never is."""
        parts = user_id.split(":")
        if len(parts) < 3 or parts[0] not in ("slack", "teams"):
            return False
        person = parts[-1].lower() if parts[0] == "teams" else parts[-1]
        return person in self.people or (parts[0] == "slack" and bool(usergroups & self.slack_usergroups))


SLACK_USERGROUP_PREFIX = "slack:usergroup:"


def workspace_of(user_id: str) -> str | None:
    """The Slack workspace or Teams tenant in a "<platform>:<workspace>:<user>" id; ``None`` for "cli:alice"."""
    parts = user_id.split(":")
    return parts[1] if len(parts) >= 3 else None


@dataclass(frozen=True, slots=True)
class Settings:
    db_path: Path
    """The SQLite file that holds checks, feedback and progress (``COACH_DB``)."""
    store_text: bool
    """Whether draft and customer text are kept with each check (``COACH_STORE_TEXT``).

    Off by default: scores and rule ids are enough for progress, and agents'
    drafts often quote customers' personal details.
    """
    port: int = DEFAULT_PORT
    scheduler: bool = True
    """Whether ``serve`` sends due lessons itself (``COACH_SCHEDULER``); off for deployments that run
    ``deliver-due`` from cron instead. Either way the delivery log keeps every lesson to one send."""
    slack: SlackSettings | None = None
    teams: TeamsSettings | None = None
    llm: LLMSettings | None = None
    leads: Leads = Leads()
    """Who may see the team view (``COACH_LEADS``)."""
    route_card: RouteCard = NO_CARD
    """The team's emergency numbers and contacts that safety lessons show (``COACH_ROUTE_CARD``)."""

    @classmethod
    def from_env(cls, environ: Mapping[str, str] = os.environ) -> Settings:
        env = _Reader(environ)
        settings = cls(
            db_path=env.file_path("COACH_DB", default_db_path(environ)),
            store_text=env.flag("COACH_STORE_TEXT", default=False),
            port=env.port("PORT", DEFAULT_PORT),
            scheduler=env.flag("COACH_SCHEDULER", default=True),
            slack=_slack(env),
            teams=_teams(env),
            llm=_llm(env),
            leads=_leads(env),
            route_card=_route_card(env),
        )
        if env.problems:
            raise SettingsError(env.problems)
        return settings


def _slack(env: _Reader) -> SlackSettings | None:
    bot_token = env.token("SLACK_BOT_TOKEN", "xoxb-")
    signing_secret = env.text("SLACK_SIGNING_SECRET")
    app_token = env.token("SLACK_APP_TOKEN", "xapp-")
    api_url = env.url("SLACK_API_URL", DEFAULT_SLACK_API_URL)
    if bot_token is None and signing_secret is None and app_token is None:
        return None
    if bot_token is None:
        env.problems.append("SLACK_BOT_TOKEN is not set: copy the Bot User OAuth Token (xoxb-...) "
                            "from your Slack app's OAuth & Permissions page.")
    if signing_secret is None and app_token is None:
        env.problems.append("SLACK_SIGNING_SECRET is not set: copy it from your Slack app's Basic Information "
                            "page, or set SLACK_APP_TOKEN to use Socket Mode instead.")
    if bot_token is None:
        return None
    return SlackSettings(bot_token, signing_secret or "", app_token, api_url.rstrip("/") + "/")


def _teams(env: _Reader) -> TeamsSettings | None:
    app_id = env.text("MicrosoftAppId")
    emulator = env.flag("COACH_TEAMS_EMULATOR", default=False)
    password = env.text("MicrosoftAppPassword")
    app_type = env.choice("MicrosoftAppType", TEAMS_APP_TYPES, default="MultiTenant")
    tenant = env.text("MicrosoftAppTenantId")
    if app_id is not None and password is None and app_type != "UserAssignedMSI":
        env.problems.append("MicrosoftAppPassword is not set: create a client secret for the bot's app "
                            "registration in Azure and put its value here.")
    if app_type in ("SingleTenant", "UserAssignedMSI") and tenant is None:
        env.problems.append(f"MicrosoftAppTenantId is not set: a {app_type} bot needs its Azure tenant id.")
    if app_type == "UserAssignedMSI" and app_id is None:
        env.problems.append("MicrosoftAppId is not set: a UserAssignedMSI bot needs the managed identity's "
                            "client id.")
    if app_id is None and not emulator:
        return None
    return TeamsSettings(app_id, password, app_type, tenant)


def _llm(env: _Reader) -> LLMSettings | None:
    openai_key = env.text("OPENAI_API_KEY")
    azure_key = env.text("AZURE_OPENAI_API_KEY")
    azure_endpoint = env.url("AZURE_OPENAI_ENDPOINT", None)
    base_url = env.url("OPENAI_BASE_URL", None)
    model = env.text("COACH_MODEL") or DEFAULT_MODEL
    timeout = env.positive_number("COACH_LLM_TIMEOUT", DEFAULT_LLM_TIMEOUT_SECONDS)
    api_version = env.text("OPENAI_API_VERSION") or DEFAULT_AZURE_API_VERSION
    user_limit = env.whole_number("COACH_LLM_USER_LIMIT", DEFAULT_LLM_USER_LIMIT)
    disabled = frozenset(env.words("COACH_LLM_DISABLED_WORKSPACES"))
    if azure_endpoint is not None:
        key = azure_key or openai_key
        if key is None:
            env.problems.append("AZURE_OPENAI_ENDPOINT is set but AZURE_OPENAI_API_KEY is not: copy a key from "
                                "the Azure OpenAI resource's Keys and Endpoint page.")
            return None
        return LLMSettings(key, None, model, timeout, azure_endpoint, api_version, user_limit, disabled)
    if openai_key is None:
        return None
    return LLMSettings(openai_key, base_url, model, timeout, None, api_version, user_limit, disabled)


def _leads(env: _Reader) -> Leads:
    people: set[str] = set()
    groups: set[str] = set()
    for word in env.words("COACH_LEADS"):
        if word.startswith(SLACK_USERGROUP_PREFIX) and _SLACK_GROUP.fullmatch(word[len(SLACK_USERGROUP_PREFIX):]):
            groups.add(word[len(SLACK_USERGROUP_PREFIX):])
        elif _SLACK_USER.fullmatch(word):
            people.add(word)
        elif _AAD_OBJECT.fullmatch(word):
            people.add(word.lower())
        else:
            env.problems.append(
                f"COACH_LEADS has {word!r}, which is not a Slack user id (U0123ABCD), a Teams Azure AD object id "
                "(a GUID such as 8f2c...-...) or a Slack user group (slack:usergroup:S0123ABCD): copy the id from "
                "the person's Slack profile (⋯ > Copy member ID) or from Azure AD (Users > Object ID)."
            )
    return Leads(frozenset(people), frozenset(groups))


ROUTE_CARD_EXAMPLE = "docs/route-card.example.toml"


def _route_card(env: _Reader) -> RouteCard:
    """The team's route card, read and checked here once, so a mistake in it stops start-up, not a lesson."""
    raw = env.text("COACH_ROUTE_CARD")
    if raw is None:
        return NO_CARD
    import tomllib

    path = Path(raw).expanduser()
    where = f"COACH_ROUTE_CARD={raw!r}"
    try:
        table = tomllib.loads(path.read_text("utf-8"))
    except FileNotFoundError:
        env.problems.append(f"{where} doesn't exist: give the path of your team's route card ({ROUTE_CARD_EXAMPLE} "
                            "shows one), or leave COACH_ROUTE_CARD unset.")
        return NO_CARD
    except (OSError, UnicodeDecodeError) as error:
        env.problems.append(f"{where} can't be read ({error}): it must be a UTF-8 text file the coach can open.")
        return NO_CARD
    except tomllib.TOMLDecodeError as error:
        env.problems.append(f"{where} isn't valid TOML ({error}): each line is name = \"value\", as in "
                            f"{ROUTE_CARD_EXAMPLE}.")
        return NO_CARD
    try:
        return route_card(table, str(path))
    except RouteCardError as error:
        env.problems += [f"{where}: {problem}" for problem in error.problems]
        return NO_CARD


_SLACK_USER = re.compile(r"[UW][A-Z0-9]{2,}")
_SLACK_GROUP = re.compile(r"S[A-Z0-9]{2,}")
_AAD_OBJECT = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")


def default_db_path(environ: Mapping[str, str], platform: str = sys.platform) -> Path:
    return user_data_dir(environ, platform) / "empathy-coach" / "coach.db"


def user_data_dir(environ: Mapping[str, str], platform: str = sys.platform) -> Path:
    """The per-user data folder each OS expects, so the database survives upgrades and isn't in the repo."""
    if platform == "win32":
        appdata = environ.get("APPDATA")
        return Path(appdata) if appdata else Path.home() / "AppData" / "Roaming"
    home = Path(environ["HOME"]) if environ.get("HOME") else Path.home()
    if platform == "darwin":
        return home / "Library" / "Application Support"
    xdg = environ.get("XDG_DATA_HOME", "")
    # The XDG spec says a relative value is invalid and must be ignored.
    return Path(xdg) if os.path.isabs(xdg) else home / ".local" / "share"


class _Reader:
    """Reads typed values and records what is wrong instead of stopping at the first problem.

    An empty variable counts as unset, because that is what ``VAR=`` in a
    shell or an env file almost always means.
    """

    def __init__(self, environ: Mapping[str, str]) -> None:
        self.environ = environ
        self.problems: list[str] = []

    def text(self, name: str) -> str | None:
        value = self.environ.get(name, "").strip()
        return value or None

    def flag(self, name: str, *, default: bool) -> bool:
        return self._read(name, default, _yes_no,
                          f"is not a yes/no value: use one of {', '.join(TRUE_WORDS)} or {', '.join(FALSE_WORDS)}.")

    def token(self, name: str, prefix: str) -> str | None:
        raw = self.text(name)
        if raw is not None and not raw.startswith(prefix):
            self.problems.append(f"{name} should start with {prefix!r}; check you copied the right token.")
        return raw

    def choice(self, name: str, choices: tuple[str, ...], *, default: str) -> str:
        def spelled(raw: str) -> str | None:
            return next((choice for choice in choices if raw.lower() == choice.lower()), None)

        return self._read(name, default, spelled, f"is not one of {', '.join(choices)}.")

    def port(self, name: str, default: int) -> int:
        return self._read(name, default, lambda raw: int(raw) if raw.isdigit() and 0 < int(raw) < 65536 else None,
                          "is not a port number: use a whole number from 1 to 65535.")

    def whole_number(self, name: str, default: int) -> int:
        return self._read(name, default, lambda raw: int(raw) if raw.isdigit() else None,
                          f"is not a whole number: use 0 or more, e.g. {default}.")

    def words(self, name: str) -> list[str]:
        """A comma- or space-separated list, as people write one in an env file."""
        return [word for word in (self.text(name) or "").replace(",", " ").split() if word]

    def positive_number(self, name: str, default: float) -> float:
        return self._read(name, default, _positive, "is not a positive number of seconds, e.g. 10 or 2.5.")

    def url(self, name: str, default: str | None) -> str | None:
        return self._read(name, default, _web_address,
                          "is not a URL: it should start with https:// (or http:// for a local server).")

    def file_path(self, name: str, default: Path) -> Path:
        raw = self.text(name)
        path = Path(raw).expanduser() if raw is not None else default
        if path.is_dir():
            self.problems.append(
                f"{name}={str(path)!r} is a folder: give the path of a file inside it, "
                f"e.g. {str(path / default.name)!r}."
            )
        return path

    def _read(self, name: str, default: T, parse: Callable[[str], T | None], expected: str) -> T:
        """``parse`` of the variable's value, or ``default`` when it is unset or ``parse`` refuses it (``None``);
        a refusal is recorded as ``NAME='value'`` followed by ``expected``."""
        raw = self.text(name)
        if raw is None:
            return default
        value = parse(raw)
        if value is None:
            self.problems.append(f"{name}={raw!r} {expected}")
            return default
        return value


def _yes_no(raw: str) -> bool | None:
    word = raw.lower()
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    return None


def _positive(raw: str) -> float | None:
    """A finite number above zero; NaN and infinity are refused like any other non-number."""
    try:
        value = float(raw)
    except ValueError:
        return None
    return value if 0 < value < float("inf") else None


def _web_address(raw: str) -> str | None:
    scheme, _, rest = raw.partition("://")
    return raw if scheme in ("http", "https") and rest else None
