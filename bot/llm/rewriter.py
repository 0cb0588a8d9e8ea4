"""An LLM version of a check's rewrite, or the offline one with the reason the LLM's wasn't used.

The offline result always exists first; this only ever offers something better
on top of it. Whatever goes wrong (a slow or failing provider, an answer that
isn't the JSON asked for, a refusal, or an answer that fails a guardrail) ends
in the offline result naming what happened, never in an exception.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, replace

import openai

from bot.coach.checks.guardrails import review
from bot.coach.checks.model import Analysis, CheckResult
from bot.coach.checks.rules import RULES
from bot.coach.privacy import Redactor, find_personal_details
from bot.llm.answer import RESPONSE_FORMAT, Answer, AnswerError, parse_answer
from bot.llm.completion import COMPLETION_FAULTS, complete
from bot.llm.limits import AnswerCache, Clock, RateLimit
from bot.llm.prompt import Prompt, data_quoter, load_prompt
from bot.settings import LLMSettings

log = logging.getLogger(__name__)

MAX_QUOTE_CHARS = 80
NOT_GIVEN = "(not given)"
UNREAD = "(none: the checker reads English only; judge the draft yourself, in its own language)"
_as_data = data_quoter("draft", "customer_message", "findings")

FAULTS = ("user_limit", *COMPLETION_FAULTS, "malformed_json", "schema")
"""Reasons an answer never reached the guardrails; with ``guardrails.CHECKS`` these are every ``llm_failure``."""


@dataclass(frozen=True, slots=True)
class Improvement:
    """One attempt at an LLM rewrite: what to show, and what it cost."""

    result: CheckResult
    """``engine="llm"`` when the answer passed every guardrail; otherwise the offline result with ``llm_failure``."""
    prompt_version: str
    model: str
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cached: bool = False
    seconds: float = 0.0
    detail: str = ""
    """Why the answer was not used (the fault, or what the guardrail saw); may quote the draft, so never stored."""

    @property
    def failure(self) -> str | None:
        return self.result.llm_failure


@dataclass(frozen=True, slots=True)
class _Call:
    answer: Answer | None
    failure: str | None
    detail: str
    prompt_tokens: int = 0
    completion_tokens: int = 0


class LLMRewriter:
    """Turns offline results into LLM ones for one configured model, within a time budget and a per-user quota."""

    def __init__(
        self,
        client: openai.AsyncOpenAI,
        settings: LLMSettings,
        *,
        prompt: Prompt | None = None,
        cache_size: int = 256,
        clock: Clock = time.monotonic,
    ) -> None:
        self.client = client
        self.model = settings.model
        self.budget = settings.timeout_seconds
        self.prompt = prompt or load_prompt()
        self._cache: AnswerCache[Answer] = AnswerCache(cache_size)
        self.limit = RateLimit(settings.user_limit, clock=clock)
        """Each user's hourly quota of model calls; practice customer lines draw on the same one."""

    async def improve(self, offline: CheckResult, user_id: str) -> Improvement | None:
        """``None`` when the draft has nothing to fix: the model is not asked to polish a good reply.

        A draft in another language has no offline findings because the offline engine reads English
        only; the model is asked anyway, under the same guardrails, so it can coach in that language.
        """
        if offline.analysis.readable and not offline.findings:
            return None
        started = time.perf_counter()
        key = (offline.draft, offline.customer, self.prompt.version, self.model)
        cached = self._cache.get(key, user_id)
        if cached is not None:
            improvement = self._judge(offline, _Call(cached, None, ""), cached=True)
        elif not self.limit.allow(user_id):
            improvement = self._judge(offline, _Call(None, "user_limit", self.limit.refusal(user_id)))
        else:
            call = await self._ask(offline)
            improvement = self._judge(offline, call)
            if improvement.failure is None and call.answer is not None:
                self._cache.put(key, call.answer, user_id)
        return replace(improvement, seconds=time.perf_counter() - started)

    def forget(self, user_id: str) -> None:
        """Drop the cached answers this user asked for: their keys hold the user's drafts."""
        self._cache.forget(user_id)

    async def close(self) -> None:
        await self.client.close()

    def _judge(self, offline: CheckResult, call: _Call, *, cached: bool = False) -> Improvement:
        failure, detail, result = call.failure, call.detail, offline
        if call.answer is not None:
            verdict = review(offline, call.answer.rewrite)
            if verdict.rejection is None:
                assert verdict.analysis is not None
                result = _llm_result(offline, call.answer, verdict.analysis)
            else:
                failure, detail = verdict.rejection.check, verdict.rejection.detail
        if failure is not None:
            result = replace(offline, llm_failure=failure)
            # A rejected answer is the guardrails doing their job; a fault is the provider failing us.
            level = logging.WARNING if failure in FAULTS and failure != "user_limit" else logging.INFO
            log.log(level, "LLM rewrite not used (%s): %s", failure, detail)
        return Improvement(result, self.prompt.version, self.model, call.prompt_tokens, call.completion_tokens, cached,
                           detail=detail if failure is not None else "")

    async def _ask(self, offline: CheckResult) -> _Call:
        redactor = Redactor()
        completion = await complete(
            self.client,
            model=self.model,
            messages=request_messages(self.prompt, offline, redactor),
            response_format=RESPONSE_FORMAT,
            max_tokens=_max_tokens(offline.draft),
            budget=self.budget,
            label=f"rewrite, prompt {self.prompt.version}",
        )
        tokens = (completion.prompt_tokens, completion.completion_tokens)
        if completion.content is None:
            return _Call(None, completion.failure, completion.detail, *tokens)
        try:
            answer = parse_answer(completion.content)
        except AnswerError as error:
            return _Call(None, error.reason, str(error), *tokens)
        restored = Answer(
            redactor.restore(answer.rewrite),
            tuple(replace(change, change=redactor.restore(change.change)) for change in answer.changes),
        )
        return _Call(restored, None, "", *tokens)


def request_messages(prompt: Prompt, offline: CheckResult, redactor: Redactor) -> list[dict[str, str]]:
    """Everything that leaves the process for one check: personal details already replaced by ``redactor``."""
    return prompt.messages(
        draft=_as_data(redactor.redact(offline.draft)),
        customer=_as_data(redactor.redact(offline.customer)) if offline.customer else NOT_GIVEN,
        findings=_findings(offline.analysis),
    )


def _llm_result(offline: CheckResult, answer: Answer, analysis: Analysis) -> CheckResult:
    return replace(offline, rewrite=answer.rewrite, rewrite_analysis=analysis, explanation=answer.changes, engine="llm")


def _findings(analysis: Analysis) -> str:
    """One line per finding; the quoted words are left out where they touch a personal detail."""
    if not analysis.readable:
        return UNREAD
    personal = find_personal_details(analysis.text)
    lines: list[str] = []
    for finding in analysis.findings:
        quote = analysis.text[finding.start : finding.end].strip()
        touches = any(start < finding.end and finding.start < end for start, end, _ in personal)
        quoted = f' "{_as_data(quote[:MAX_QUOTE_CHARS])}"' if quote and not touches else ""
        line = f"- {finding.rule}{quoted}: {RULES[finding.rule].label}"
        if line not in lines:
            lines.append(line)
    return "\n".join(lines) or "(none)"


def _max_tokens(draft: str) -> int:
    """Room for a reply twice the draft's length plus the explanation, and no more: a runaway answer costs."""
    return 400 + len(draft) // 2

