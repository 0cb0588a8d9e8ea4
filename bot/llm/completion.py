"""One chat completion within a time budget, with every way it can fail named instead of raised.

Rewrites and practice customer lines both ask the model for a small JSON answer
and both must carry on without it; this is the part they share, so a provider
fault reads the same in the logs and in ``empathy-coach stats`` whichever asked.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass

import openai

log = logging.getLogger(__name__)

COMPLETION_FAULTS = (
    "timeout", "rate_limited", "server_error", "connection", "auth", "api_error", "refusal", "truncated", "empty",
    "error",
)
"""Reasons a request produced no usable text, before anything reads the text itself."""


@dataclass(frozen=True, slots=True)
class Completion:
    content: str | None
    """The answer's text; ``None`` when ``failure`` says why there is none."""
    failure: str | None = None
    detail: str = ""
    """What exactly went wrong, for the log."""
    prompt_tokens: int = 0
    completion_tokens: int = 0


async def complete(
    client: openai.AsyncOpenAI,
    *,
    model: str,
    messages: list[dict[str, str]],
    response_format: dict,
    max_tokens: int,
    budget: float,
    label: str,
) -> Completion:
    """Ask once (the SDK retries 429 and 5xx inside ``budget``); ``label`` names the request in the log,
    e.g. "rewrite, prompt rewrite-v1", so token counts can be told apart without logging any text."""
    try:
        async with asyncio.timeout(budget):
            response = await client.chat.completions.create(
                model=model,
                messages=messages,  # type: ignore[arg-type]
                response_format=response_format,  # type: ignore[arg-type]
                max_completion_tokens=max_tokens,
            )
    except (TimeoutError, openai.APITimeoutError):
        return Completion(None, "timeout", f"no answer within {budget:g} s")
    except openai.APIStatusError as error:
        return Completion(None, _status_reason(error.status_code), f"HTTP {error.status_code} from the provider")
    except openai.APIConnectionError as error:
        return Completion(None, "connection", f"can't reach the provider ({error})")
    except Exception as error:  # any other fault still leaves the caller with its offline answer
        log.warning("LLM request failed unexpectedly: %s: %s", type(error).__name__, error)
        return Completion(None, "error", type(error).__name__)
    usage = response.usage
    tokens = (usage.prompt_tokens, usage.completion_tokens) if usage else (0, 0)
    log.info("LLM %s with %s: %d prompt + %d completion tokens", label, model, *tokens)
    if not response.choices:
        return Completion(None, "empty", "the answer has no choices", *tokens)
    choice = response.choices[0]
    if choice.message.refusal or choice.finish_reason == "content_filter":
        return Completion(None, "refusal", choice.message.refusal or "content filter", *tokens)
    if choice.finish_reason == "length":
        return Completion(None, "truncated", "the answer ran out of tokens", *tokens)
    content = choice.message.content
    if not content or not content.strip():
        return Completion(None, "empty", "the answer is empty", *tokens)
    return Completion(content, None, "", *tokens)


def _status_reason(status: int) -> str:
    if status == 429:
        return "rate_limited"
    if status >= 500:
        return "server_error"
    if status in (401, 403):
        return "auth"
    return "api_error"
