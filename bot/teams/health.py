"""Whether the Teams bot's credentials can get the token it needs to send a message.

The token request is the OAuth 2.0 client-credentials grant the SDK makes (through
MSAL) before its first reply: the app id and secret, for the Bot Framework's
scope, from the tenant the app type names. It is made here with aiohttp rather
than MSAL, because MSAL only speaks to HTTPS Microsoft hosts it has looked up
online first, so a check built on it could not run against a local stand-in.
"""

from __future__ import annotations

import uuid

import aiohttp

from bot.health import Outcome, Status, fail, note, ok
from bot.settings import TeamsSettings
from bot.teams.auth import PUBLIC_CLOUD, BotFrameworkCloud

TIMEOUT_SECONDS = 10
BOT_FRAMEWORK_TENANT = "botframework.com"
NEW_SECRET = "create a new client secret under the app registration's Certificates & secrets and put its Value " \
             "(not its Secret ID) in MicrosoftAppPassword"
AAD_FIXES = {
    "AADSTS7000215": f"MicrosoftAppPassword is not this app's client secret: {NEW_SECRET}",
    "AADSTS7000222": f"the client secret has expired: {NEW_SECRET}",
    "AADSTS700016": "Azure AD has no app with this MicrosoftAppId in that tenant: check the app id, and for an app "
                    "registered as single tenant set MicrosoftAppType=SingleTenant and MicrosoftAppTenantId",
    "AADSTS90002": "MicrosoftAppTenantId names no Azure tenant: copy the Directory (tenant) ID from the app "
                   "registration's Overview page",
    "AADSTS900023": "MicrosoftAppTenantId is not a tenant id: copy the Directory (tenant) ID from the app "
                    "registration's Overview page",
}


async def teams_health(settings: TeamsSettings, cloud: BotFrameworkCloud = PUBLIC_CLOUD) -> list[Outcome]:
    if settings.app_id is None:
        return [note("authentication", "COACH_TEAMS_EMULATOR is on with no MicrosoftAppId: the bot accepts requests "
                                       "without authentication. Use it with the Bot Framework Emulator only, never "
                                       "on a public address.")]
    app_id = _app_id(settings.app_id)
    if app_id.status is Status.FAIL:
        return [app_id]
    if settings.app_type == "UserAssignedMSI":
        return [app_id, note("token", "A UserAssignedMSI bot gets its token from its managed identity, which "
                                      "exists only inside Azure; it can't be checked from here.")]
    return [app_id, await _token(settings, cloud)]


def _app_id(app_id: str) -> Outcome:
    try:
        uuid.UUID(app_id)
    except ValueError:
        return fail("app id", f"MicrosoftAppId={app_id!r} is not a GUID (like 00000000-0000-0000-0000-000000000000): "
                              "copy the Application (client) ID from the app registration's Overview page.")
    return ok("app id", app_id)


def token_url(settings: TeamsSettings, cloud: BotFrameworkCloud) -> str:
    """A single-tenant app signs in to its own tenant; every other app to the Bot Framework's."""
    tenant = settings.tenant_id if settings.app_type == "SingleTenant" and settings.tenant_id else None
    authority = cloud.login_url.rstrip("/")
    if tenant is not None:
        authority = f"{authority.rsplit('/', 1)[0]}/{tenant}"
    return f"{authority}/oauth2/v2.0/token"


async def _token(settings: TeamsSettings, cloud: BotFrameworkCloud) -> Outcome:
    url = token_url(settings, cloud)
    form = {"grant_type": "client_credentials", "client_id": settings.app_id or "",
            "client_secret": settings.app_password or "", "scope": f"{cloud.oauth_scope.rstrip('/')}/.default"}
    try:
        async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=TIMEOUT_SECONDS)) as session:
            async with session.post(url, data=form) as response:
                body = await response.json(content_type=None)
    except (aiohttp.ClientError, TimeoutError, ValueError) as error:
        return fail("token", f"Can't get a token from {url} ({str(error) or type(error).__name__}): check the "
                             "network or proxy between this machine and Azure AD.")
    if isinstance(body, dict) and body.get("access_token"):
        return ok("token", f"the app's credentials get a Bot Framework token from {url.split('/oauth2/')[0]}")
    return fail("token", _refusal(body if isinstance(body, dict) else {}))


def _refusal(body: dict) -> str:
    description = str(body.get("error_description") or body.get("error") or "no reason given")
    code = description.split(":", 1)[0].strip()
    fix = AAD_FIXES.get(code, "check MicrosoftAppId, MicrosoftAppPassword, MicrosoftAppType and MicrosoftAppTenantId "
                              "against the app registration")
    return f"Azure AD refused the credentials ({description.splitlines()[0]}): {fix}."
