"""How the bot proves who it is to the Bot Connector, and checks who is calling it.

The endpoints of the Microsoft public cloud are spelled out here rather than
left to the SDK's built-in defaults. Given any endpoint, the SDK switches to its
"parameterized" authentication, which reads every URL from configuration; using
that path always means production runs exactly the code the tests run, with only
the OpenID metadata URLs pointed at a local key server in tests.

A token is checked by the SDK, with its standard five minutes of clock skew
either way on ``exp`` and ``nbf``, and must carry an ``exp``: the SDK alone
would accept a token that never expires.
"""

from __future__ import annotations

from dataclasses import dataclass

from botbuilder.integration.aiohttp import (
    ConfigurationBotFrameworkAuthentication,
    ConfigurationServiceClientCredentialFactory,
)
from botbuilder.schema import Activity, CallerIdConstants
from botframework.connector.auth import (
    AuthenticateRequestResult,
    AuthenticationConstants,
    ClaimsIdentity,
    ConnectorFactory,
)

from bot.settings import TeamsSettings
from bot.teams.limits import BoundedConnectorFactory, BoundedCredentialsFactory, bound_key_fetches


@dataclass(frozen=True, slots=True)
class BotFrameworkCloud:
    channel_openid_metadata_url: str = AuthenticationConstants.TO_BOT_FROM_CHANNEL_OPENID_METADATA_URL
    """Where the signing keys of tokens sent by Teams (through the Bot Connector) are published."""
    emulator_openid_metadata_url: str = AuthenticationConstants.TO_BOT_FROM_EMULATOR_OPENID_METADATA_URL
    """The same for tokens minted by Azure AD for the Bot Framework Emulator."""
    channel_token_issuer: str = AuthenticationConstants.TO_BOT_FROM_CHANNEL_TOKEN_ISSUER
    login_url: str = AuthenticationConstants.TO_CHANNEL_FROM_BOT_LOGIN_URL
    oauth_scope: str = AuthenticationConstants.TO_CHANNEL_FROM_BOT_OAUTH_SCOPE
    oauth_url: str = AuthenticationConstants.OAUTH_URL
    caller_id: str = CallerIdConstants.public_azure_channel.value


PUBLIC_CLOUD = BotFrameworkCloud()


@dataclass(frozen=True, slots=True)
class _Configuration:
    """The attribute names ``ConfigurationBotFrameworkAuthentication`` reads."""

    APP_ID: str | None
    APP_PASSWORD: str | None
    APP_TYPE: str
    APP_TENANTID: str | None
    TO_BOT_FROM_CHANNEL_OPENID_METADATA_URL: str
    TO_BOT_FROM_EMULATOR_OPENID_METADATA_URL: str
    TO_BOT_FROM_CHANNEL_TOKEN_ISSUER: str
    TO_CHANNEL_FROM_BOT_LOGIN_URL: str
    TO_CHANNEL_FROM_BOT_OAUTH_SCOPE: str
    OAUTH_URL: str
    CALLER_ID: str
    VALIDATE_AUTHORITY: bool = True


class Authentication(ConfigurationBotFrameworkAuthentication):
    """The SDK's authentication, with ``exp`` required and a time limit on every connector call."""

    async def authenticate_request(self, activity: Activity, auth_header: str) -> AuthenticateRequestResult:
        result = await super().authenticate_request(activity, auth_header)
        identity = result.claims_identity
        if identity.authentication_type != AuthenticationConstants.ANONYMOUS_AUTH_TYPE and "exp" not in (
            identity.claims or {}
        ):
            raise PermissionError("The token has no expiry (exp claim).")
        result.connector_factory = BoundedConnectorFactory(result.connector_factory)
        return result

    def create_connector_factory(self, claims_identity: ClaimsIdentity) -> ConnectorFactory:
        return BoundedConnectorFactory(super().create_connector_factory(claims_identity))


def authentication(settings: TeamsSettings, cloud: BotFrameworkCloud = PUBLIC_CLOUD) -> Authentication:
    """Without an app id the SDK accepts requests with no token, which is what the Emulator sends."""
    bound_key_fetches(cloud.channel_openid_metadata_url, cloud.emulator_openid_metadata_url)
    configuration = _Configuration(
        APP_ID=settings.app_id,
        APP_PASSWORD=settings.app_password,
        APP_TYPE=settings.app_type,
        APP_TENANTID=settings.tenant_id,
        TO_BOT_FROM_CHANNEL_OPENID_METADATA_URL=cloud.channel_openid_metadata_url,
        TO_BOT_FROM_EMULATOR_OPENID_METADATA_URL=cloud.emulator_openid_metadata_url,
        TO_BOT_FROM_CHANNEL_TOKEN_ISSUER=cloud.channel_token_issuer,
        TO_CHANNEL_FROM_BOT_LOGIN_URL=cloud.login_url,
        TO_CHANNEL_FROM_BOT_OAUTH_SCOPE=cloud.oauth_scope,
        OAUTH_URL=cloud.oauth_url,
        CALLER_ID=cloud.caller_id,
    )
    credentials = BoundedCredentialsFactory(ConfigurationServiceClientCredentialFactory(configuration))
    return Authentication(configuration, credentials_factory=credentials)
