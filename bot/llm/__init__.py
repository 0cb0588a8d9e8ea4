"""LLM rewrites and practice customer lines: the only package that talks to a model, and the only one that
imports ``openai``.

Nothing here is imported unless a key is configured, so the offline coach starts
as fast without it as it always did.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.llm.customer import CustomerWriter
    from bot.llm.rewriter import LLMRewriter
    from bot.settings import LLMSettings


def build_rewriter(settings: LLMSettings) -> LLMRewriter:
    """The rewriter for the configured provider; fails at start-up (``PromptError``) if the prompt file is broken."""
    from bot.llm.client import make_client
    from bot.llm.rewriter import LLMRewriter

    return LLMRewriter(make_client(settings), settings)


def build_customer_writer(settings: LLMSettings, rewriter: LLMRewriter | None = None) -> CustomerWriter:
    """The practice customer's writer; with a ``rewriter`` it shares its connection pool and its per-user quota
    (and the rewriter's owner closes the client), otherwise it has its own client for the caller to close."""
    from bot.llm.client import make_client
    from bot.llm.customer import CustomerWriter

    if rewriter is not None:
        return CustomerWriter(rewriter.client, settings, limit=rewriter.limit)
    return CustomerWriter(make_client(settings), settings)
