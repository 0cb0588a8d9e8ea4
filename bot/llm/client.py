"""The openai SDK client for the configured provider: OpenAI, a compatible server, or Azure OpenAI."""

from __future__ import annotations

from openai import AsyncAzureOpenAI, AsyncOpenAI

from bot.settings import LLMSettings

MAX_RETRIES = 2
"""The SDK retries 408, 409, 429 and 5xx answers and dropped connections, honouring Retry-After."""


def make_client(settings: LLMSettings, *, max_retries: int = MAX_RETRIES) -> AsyncOpenAI:
    """One client per process: it keeps a connection pool, so it is built once and closed on shutdown.

    The per-request timeout is the whole check's budget; the rewriter also caps the
    retries together at that budget, so a slow provider never holds a check longer.
    """
    if settings.azure:
        assert settings.azure_endpoint is not None
        return AsyncAzureOpenAI(
            azure_endpoint=settings.azure_endpoint,
            api_key=settings.api_key,
            api_version=settings.azure_api_version,
            timeout=settings.timeout_seconds,
            max_retries=max_retries,
        )
    return AsyncOpenAI(
        api_key=settings.api_key,
        base_url=settings.base_url,
        timeout=settings.timeout_seconds,
        max_retries=max_retries,
    )
