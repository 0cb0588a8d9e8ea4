"""Whether Slack accepts the configured tokens, and the bot token carries every scope the manifest asks for.

Only the Web API client is loaded, not Bolt: ``auth.test`` answers for the bot
token (with its scopes in the ``x-oauth-scopes`` header) and
``apps.connections.open`` for the app-level token, which is what Socket Mode
calls first when the server starts.
"""

from __future__ import annotations

import json
from pathlib import Path

import aiohttp
from slack_sdk.errors import SlackApiError, SlackClientError
from slack_sdk.web.async_client import AsyncWebClient

from bot.health import Outcome, fail, note, ok
from bot.resources import manifest_dir
from bot.settings import SlackSettings

TIMEOUT_SECONDS = 10
SIGNING_SECRET_LENGTH = 32
REINSTALL = ("add {them} under OAuth & Permissions > Scopes (or paste manifest/slack/manifest.json again), then "
             "reinstall the app to the workspace and copy the new Bot User OAuth Token into SLACK_BOT_TOKEN")
RATE_LIMITED = "Slack is rate-limiting this app; wait a minute and run doctor again"
TOKEN_FIXES = {
    "ratelimited": RATE_LIMITED,
    "invalid_auth": "Slack doesn't know this token: copy the Bot User OAuth Token (xoxb-...) again from the app's "
                    "OAuth & Permissions page",
    "not_authed": "no token reached Slack: set SLACK_BOT_TOKEN",
    "account_inactive": "the app was uninstalled or its workspace deleted: install it again (Install App) and "
                        "copy the new Bot User OAuth Token",
    "token_revoked": "the token was revoked: reinstall the app (Install App) and copy the new Bot User OAuth Token",
    "token_expired": "the token expired (token rotation is on): turn token rotation off for the app, or reinstall "
                     "and copy the new token",
}
APP_TOKEN_FIXES = {
    "ratelimited": RATE_LIMITED,
    "invalid_auth": "Slack doesn't know this token: generate an app-level token under Basic Information > "
                    "App-Level Tokens and copy it into SLACK_APP_TOKEN",
    "missing_scope": "the app-level token lacks the connections:write scope: generate one with that scope under "
                     "Basic Information > App-Level Tokens",
    "not_allowed_token_type": "SLACK_APP_TOKEN is not an app-level token: use the xapp-... token from Basic "
                              "Information > App-Level Tokens",
}


def manifest_scopes(path: Path | None = None) -> frozenset[str]:
    """The bot scopes ``manifest/slack/manifest.json`` declares: exactly what the app's features need."""
    manifest = json.loads((path or manifest_dir() / "slack" / "manifest.json").read_text("utf-8"))
    return frozenset(manifest["oauth_config"]["scopes"]["bot"])


async def slack_health(settings: SlackSettings) -> list[Outcome]:
    bot = AsyncWebClient(token=settings.bot_token, base_url=settings.api_url, timeout=TIMEOUT_SECONDS)
    outcomes = await _bot_token(bot)
    if settings.socket_mode:
        assert settings.app_token is not None
        app = AsyncWebClient(token=settings.app_token, base_url=settings.api_url, timeout=TIMEOUT_SECONDS)
        outcomes.append(await _socket_mode(app))
    else:
        outcomes.append(_signing_secret(settings.signing_secret))
    return outcomes


async def _bot_token(client: AsyncWebClient) -> list[Outcome]:
    try:
        response = await client.auth_test()
    except SlackApiError as error:
        code = str(error.response.get("error", "unknown_error"))
        return [fail("auth.test", f"Slack answered {code} for SLACK_BOT_TOKEN: "
                                  f"{TOKEN_FIXES.get(code, 'copy the Bot User OAuth Token again')}.")]
    except (SlackClientError, aiohttp.ClientError, OSError, TimeoutError) as error:
        return [fail("auth.test", f"Can't reach Slack at {client.base_url} ({_reason(error)}): check the network, "
                                  "a proxy, or SLACK_API_URL.")]
    who = (f"the bot {response.get('user') or response.get('user_id')} in workspace "
           f"{response.get('team') or '(unnamed)'} ({response.get('team_id')})")
    if not response.get("bot_id"):
        return [fail("auth.test", f"SLACK_BOT_TOKEN belongs to {who} but is not a bot token: use the Bot User "
                                  "OAuth Token (xoxb-...).")]
    return [ok("auth.test", who), _scopes(_header(response.headers, "x-oauth-scopes"))]


def _scopes(header: str | None) -> Outcome:
    if header is None:
        return note("scopes", "Slack didn't say which scopes the token has, so they can't be checked here.")
    granted = {scope.strip() for scope in header.split(",") if scope.strip()}
    needed = manifest_scopes()
    missing = sorted(needed - granted)
    if missing:
        them = "it" if len(missing) == 1 else "them"
        return fail("scopes", f"The bot token lacks {', '.join(missing)}: {REINSTALL.format(them=them)}.")
    extra = sorted(granted - needed)
    if extra:
        return note("scopes", f"All the manifest's scopes, plus {', '.join(extra)}, which the coach doesn't use; "
                              "remove them to grant only what it needs.")
    return ok("scopes", ", ".join(sorted(granted)))


async def _socket_mode(client: AsyncWebClient) -> Outcome:
    """Asks Slack for a Socket Mode URL with the app-level token, without connecting to it."""
    try:
        await client.apps_connections_open(app_token=client.token or "")
    except SlackApiError as error:
        code = str(error.response.get("error", "unknown_error"))
        return fail("Socket Mode", f"Slack answered {code} for SLACK_APP_TOKEN: "
                                   f"{APP_TOKEN_FIXES.get(code, 'generate a new app-level token')}.")
    except (SlackClientError, aiohttp.ClientError, OSError, TimeoutError) as error:
        return fail("Socket Mode", f"Can't reach Slack at {client.base_url} ({_reason(error)}).")
    return ok("Socket Mode", "SLACK_APP_TOKEN opens a connection; make sure Socket Mode is on in the app's "
                             "settings (\"socket_mode_enabled\": true in the manifest).")


def _signing_secret(secret: str) -> Outcome:
    """Slack can't be asked about a signing secret; its shape catches the usual mix-up with the Verification Token."""
    if len(secret) != SIGNING_SECRET_LENGTH or not secret.isalnum():
        return fail("signing secret", f"SLACK_SIGNING_SECRET is {len(secret)} characters long; a signing secret is "
                                      f"{SIGNING_SECRET_LENGTH} letters and digits. Copy the Signing Secret (not the "
                                      "Verification Token or Client Secret) from Basic Information > App Credentials.")
    return ok("signing secret", "HTTP mode: SLACK_SIGNING_SECRET looks right; every Request URL in the app's "
                                "settings must be https://<your host>/slack/events.")


def _header(headers: dict, name: str) -> str | None:
    return next((value for key, value in headers.items() if key.lower() == name), None)


def _reason(error: BaseException) -> str:
    return str(error) or type(error).__name__
