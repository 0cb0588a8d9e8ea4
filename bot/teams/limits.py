"""Time limits on every call the bot makes to Microsoft, which the SDK leaves unbounded.

Left to its defaults, a Bot Connector call waits 100 s for an answer and is
retried three times, so one ``serviceUrl`` that never answers held a turn open
for over 200 s; and the signing keys that tokens are checked against are
fetched with no time limit at all. Here each connector call waits at most
``CONNECTOR_TIMEOUT_SECONDS`` and is retried once, and a key fetch waits at
most ``KEYS_TIMEOUT_SECONDS``.
"""

from __future__ import annotations

from datetime import datetime

import requests
from botframework.connector.aio import ConnectorClient
from botframework.connector.auth import ConnectorFactory
from botframework.connector.auth.jwt_token_extractor import JwtTokenExtractor, _OpenIdMetadata

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
