"""Whether the configured model answers, exists, and writes a rewrite the guardrails let through.

The sample goes through the same ``LLMRewriter.improve`` an agent's check does:
the current prompt, the schema, the time budget and every guardrail. A model
that can't pass on this small, plain draft will rarely have its rewrites shown.
"""

from __future__ import annotations

import asyncio

import openai

from bot.coach import check
from bot.health import Outcome, Status, fail, note, ok
from bot.llm.client import make_client
from bot.llm.rewriter import FAULTS, Improvement, LLMRewriter
from bot.settings import LLMSettings

SAMPLE_CUSTOMER = "My parcel was due on Monday and it still hasn't come. This is the second time this month!"
SAMPLE_DRAFT = ("As I already said, deliveries can take longer. Tracking number TR-20417 shows it left the depot on "
                "12 May. Check the tracking page.")
SAMPLE_USER = "cli:doctor"
MODELS_SHOWN = 8
FAULT_FIXES = {
    "user_limit": "COACH_LLM_USER_LIMIT is 0, so nobody gets a model call: raise it (the default is 60)",
    "timeout": "raise COACH_LLM_TIMEOUT, or choose a faster model or provider",
    "rate_limited": "the provider is rate-limiting this key (HTTP 429): check its rate limits, quota and billing",
    "server_error": "the provider is failing (HTTP 5xx): try again later, or check its status page",
    "connection": "check OPENAI_BASE_URL (or AZURE_OPENAI_ENDPOINT), that the server runs, and the network",
    "auth": "the key was refused: check OPENAI_API_KEY (or AZURE_OPENAI_API_KEY)",
    "api_error": "the provider refused the request: check COACH_MODEL (on Azure, the deployment name) and "
                 "OPENAI_API_VERSION, and that the model supports JSON-schema structured output",
    "refusal": "the model refused a harmless draft: choose another model",
    "truncated": "the answer ran out of tokens: choose a model that answers with JSON only",
    "empty": "the model answered nothing: choose another model",
    "error": "an unexpected error; the server log has its type",
    "malformed_json": "the answer is not JSON: choose a model (or server) with structured output",
    "schema": "the answer's JSON doesn't fit the schema: choose a model (or server) with structured output",
}


async def llm_health(settings: LLMSettings) -> list[Outcome]:
    client = make_client(settings)
    try:
        outcomes = await _model(client, settings)
        if all(outcome.status is not Status.FAIL for outcome in outcomes):
            outcomes.append(await _sample(client, settings))
        return outcomes
    finally:
        await client.close()


async def _model(client: openai.AsyncOpenAI, settings: LLMSettings) -> list[Outcome]:
    """The server answers with this key and lists the model; Azure lists models, not deployments, so it is
    left to the sample."""
    if settings.azure:
        return [note("model", f"On Azure, COACH_MODEL={settings.model!r} is a deployment name, which only the sample "
                              "below can check.")]
    where = str(client.base_url)
    try:
        async with asyncio.timeout(settings.timeout_seconds):
            page = await client.models.list()
    except (TimeoutError, openai.APITimeoutError):
        return [fail("reachable", f"{where} didn't answer within COACH_LLM_TIMEOUT={settings.timeout_seconds:g} s: "
                                  "check OPENAI_BASE_URL and the network, or raise COACH_LLM_TIMEOUT.")]
    except openai.APIConnectionError as error:
        return [fail("reachable", f"Can't reach {where} ({error.__cause__ or error}): {FAULT_FIXES['connection']}.")]
    except (openai.AuthenticationError, openai.PermissionDeniedError) as error:
        return [fail("reachable", f"{where} refused the key (HTTP {error.status_code}): {FAULT_FIXES['auth']}.")]
    except openai.NotFoundError:
        return [ok("reachable", where),
                note("model", f"{where} has no model list, so COACH_MODEL={settings.model!r} is checked by the "
                              "sample only.")]
    except openai.APIStatusError as error:
        return [fail("reachable", f"{where} answered HTTP {error.status_code} to the model list: "
                                  f"{FAULT_FIXES['server_error' if error.status_code >= 500 else 'api_error']}.")]
    served = sorted(model.id for model in page.data)
    if settings.model not in served:
        shown = ", ".join(served[:MODELS_SHOWN]) + (", ..." if len(served) > MODELS_SHOWN else "")
        return [ok("reachable", where),
                fail("model", f"COACH_MODEL={settings.model!r} is not a model {where} serves; set it to one that is "
                              f"({shown or 'the server lists none'}).")]
    return [ok("reachable", where), ok("model", settings.model)]


async def _sample(client: openai.AsyncOpenAI, settings: LLMSettings) -> Outcome:
    rewriter = LLMRewriter(client, settings)
    offline = check(SAMPLE_DRAFT, SAMPLE_CUSTOMER)
    improvement = await rewriter.improve(offline, SAMPLE_USER)
    assert improvement is not None, "the sample draft must have something to fix, or the model is never asked"
    return sample_outcome(improvement)


def sample_outcome(improvement: Improvement) -> Outcome:
    cost = (f"prompt {improvement.prompt_version}, {improvement.seconds:.2f} s, "
            f"{improvement.prompt_tokens} + {improvement.completion_tokens} tokens")
    failure = improvement.failure
    if failure is None:
        return ok("sample draft", f"the model's rewrite passed every guardrail ({cost})")
    if failure in FAULTS:
        return fail("sample draft", f"no usable answer: {failure}, {improvement.detail} ({cost}); "
                                    f"{FAULT_FIXES.get(failure, 'see the server log')}.")
    return fail("sample draft", f"the model's rewrite was stopped by the {failure!r} guardrail: {improvement.detail} "
                                f"({cost}). Agents would see the offline rewrite instead; a stronger COACH_MODEL "
                                "usually passes.")
