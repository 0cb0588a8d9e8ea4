"""Time limits on every call the bot makes to Microsoft, which the SDK leaves unbounded.

Left to its defaults, a Bot Connector call waits 100 s for an answer and is
retried three times, so one ``serviceUrl`` that never answers held a turn open
for over 200 s; and the signing keys that tokens are checked against, and the
bot's own access token, are fetched with no time limit at all. Here each
connector call waits at most ``CONNECTOR_TIMEOUT_SECONDS`` and is retried
once, and a key or token fetch waits at most ``KEYS_TIMEOUT_SECONDS`` per
request.
"""

from __future__ import annotations

from datetime import datetime

import requests
from botframework.connector.aio import ConnectorClient
from botframework.connector.auth import ConnectorFactory, MicrosoftAppCredentials, ServiceClientCredentialsFactory
from botframework.connector.auth.jwt_token_extractor import JwtTokenExtractor, _OpenIdMetadata
from msal import ConfidentialClientApplication
from msrest.authentication import Authentication

CONNECTOR_TIMEOUT_SECONDS = 5.0
"""Per attempt: Teams gives a turn 15 s, and the connector answers in well under a second when it is well."""
CONNECTOR_RETRIES = 1
"""One more attempt after a dropped connection or a timeout, so a turn ends within about 11 s either way."""
KEYS_TIMEOUT_SECONDS = 5.0


class BoundedConnectorFactory(ConnectorFactory):
    """Wraps the SDK's factory so every connector client it makes has the limits above."""

    def __init__(self, inner: ConnectorFactory) -> None:
        self._inner = inner

    async def create(self, service_url: str, audience: str | None = None) -> ConnectorClient:
        client = await self._inner.create(service_url, audience)
        client.config.connection.timeout = CONNECTOR_TIMEOUT_SECONDS
        client.config.retry_policy.retries = CONNECTOR_RETRIES
        return client


class BoundedCredentialsFactory(ServiceClientCredentialsFactory):
    """Wraps the SDK's credentials so the bot's access token is fetched from Azure AD with a time limit: the SDK
    builds the same MSAL client on first use, only without one."""

    def __init__(self, inner: ServiceClientCredentialsFactory) -> None:
        self._inner = inner

    async def is_valid_app_id(self, app_id: str) -> bool:
        return await self._inner.is_valid_app_id(app_id)

    async def is_authentication_disabled(self) -> bool:
        return await self._inner.is_authentication_disabled()

    async def create_credentials(
        self, app_id: str, oauth_scope: str, login_endpoint: str, validate_authority: bool
    ) -> Authentication:
        credentials = await self._inner.create_credentials(app_id, oauth_scope, login_endpoint, validate_authority)
        if isinstance(credentials, MicrosoftAppCredentials) and credentials.microsoft_app_id and credentials.app is None:
            credentials.app = _BoundedTokenClient(credentials)
        return credentials


class _BoundedTokenClient:
    """Stands in for the MSAL client ``MicrosoftAppCredentials`` builds on its first token request (it calls only
    these two methods), and builds the same one then, with a time limit: building it already asks Azure AD."""

    def __init__(self, credentials: MicrosoftAppCredentials) -> None:
        self._credentials = credentials
        self._client: ConfidentialClientApplication | None = None

    def acquire_token_silent(self, scopes: list[str], account: object = None) -> dict | None:
        return self._built().acquire_token_silent(scopes, account=account)

    def acquire_token_for_client(self, scopes: list[str]) -> dict:
        return self._built().acquire_token_for_client(scopes=scopes)

    def _built(self) -> ConfidentialClientApplication:
        if self._client is None:
            credentials = self._credentials
            self._client = ConfidentialClientApplication(
                client_id=credentials.microsoft_app_id, client_credential=credentials.microsoft_app_password,
                authority=credentials.oauth_endpoint, timeout=KEYS_TIMEOUT_SECONDS,
            )
        return self._client


class _BoundedOpenIdMetadata(_OpenIdMetadata):
    """The SDK's key cache (refreshed daily, or hourly for an unknown key id), fetched with a time limit."""

    async def _refresh(self) -> None:
        response = requests.get(self.url, timeout=KEYS_TIMEOUT_SECONDS)
        response.raise_for_status()
        keys = requests.get(response.json()["jwks_uri"], timeout=KEYS_TIMEOUT_SECONDS)
        keys.raise_for_status()
        self.last_updated = datetime.now()
        self.keys = keys.json()["keys"]


def bound_key_fetches(*metadata_urls: str) -> None:
    """Make the SDK's shared key cache fetch these OpenID metadata documents with a time limit (it keeps one
    entry per URL for the life of the process, so this is done once per URL)."""
    for url in metadata_urls:
        if not isinstance(JwtTokenExtractor.metadataCache.get(url), _BoundedOpenIdMetadata):
            JwtTokenExtractor.metadataCache[url] = _BoundedOpenIdMetadata(url)
