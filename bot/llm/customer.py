"""The simulated customer's line in practice, worded by an LLM; the scripted line whenever that goes wrong.

The offline engine has already scored the agent's reply, picked the customer's
reaction, moved their mood and chosen a scripted line. The model is given the
scenario card and those decisions and asked only for the words, so sessions
stay scored the same way with or without a model. Whatever goes wrong (a slow
or failing provider, an answer that isn't the JSON asked for, a refusal, or a
line that fails a check in ``bot.coach.practice.customer_line``) leaves the scripted
line in place and names why, never an exception.
"""

from __future__ import annotations

import logging
import time
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path

import openai

from bot.coach.practice.customer_line import ENDING_OUTCOMES, LineRequest, review_line, tidy_line
from bot.coach.practice.reactions import MOOD_CHANGE
from bot.coach.practice.scenarios import Scenario
from bot.coach.privacy import Redactor
from bot.llm.answer import AnswerError, read_json_object
from bot.llm.completion import Completion, complete
from bot.llm.limits import Clock, RateLimit
from bot.llm.prompt import Prompt, PromptError, data_quoter, prompt_from, read_prompt_file
from bot.settings import LLMSettings

log = logging.getLogger(__name__)

CUSTOMER_PROMPT = "customer-v2"
CUSTOMER_VARIABLES = frozenset({
    "customer", "persona", "facts", "needs", "may_offer", "may_not_offer", "conduct", "reaction", "mood", "direction",
    "moment", "scripted", "conversation", "agent_reply",
})
CONTINUING = "continue"
"""The ``[moments]`` entry for a turn after which the conversation goes on."""
MAX_HISTORY_TURNS = 6
"""Earlier replies are left out: the model needs the thread of the conversation, not every word, and each
turn re-sends the history."""
MAX_QUOTED_CHARS = 1_500
MAX_LINE_TOKENS = 200
"""A short chat message and its JSON wrapper fit easily; a runaway answer is cut off and counted."""
LINE_SCHEMA: dict = {
    "type": "object",
    "properties": {"line": {"type": "string"}},
    "required": ["line"],
    "additionalProperties": False,
}
LINE_RESPONSE_FORMAT = {"type": "json_schema", "json_schema": {"name": "customer_line", "strict": True,
                                                               "schema": LINE_SCHEMA}}
_as_data = data_quoter("conversation", "agent_reply")


@dataclass(frozen=True, slots=True)
class CustomerPrompt:
    """The prompt templates, and the wording for each reaction and each way a turn can end."""

    prompt: Prompt
    reactions: Mapping[str, str]
    moments: Mapping[str, str]

    @property
    def version(self) -> str:
        return self.prompt.version


@dataclass(frozen=True, slots=True)
class Wording:
    """One attempt at an LLM customer line: what to say, and what it cost."""

    line: str | None
    """The checked line; ``None`` when the scripted line stands, and ``failure`` says why."""
    failure: str | None
    prompt_version: str
    model: str
    prompt_tokens: int = 0
    completion_tokens: int = 0
    seconds: float = 0.0


def load_customer_prompt(version: str = CUSTOMER_PROMPT, *, folder: Path | None = None) -> CustomerPrompt:
    """Fails loudly (``PromptError``) on a missing variable, reaction or moment, so it fails at start-up."""
    path, data = read_prompt_file(version, folder)
    prompt = prompt_from(path, data, CUSTOMER_VARIABLES)
    reactions = _table(data, "reactions", tuple(MOOD_CHANGE), path)
    moments = _table(data, "moments", (CONTINUING, *ENDING_OUTCOMES), path)
    return CustomerPrompt(prompt, reactions, moments)


class CustomerWriter:
    """Words customer lines with one configured model, within the per-turn time budget and each user's quota."""

    def __init__(
        self,
        client: openai.AsyncOpenAI,
        settings: LLMSettings,
        *,
        limit: RateLimit | None = None,
        prompt: CustomerPrompt | None = None,
        clock: Clock = time.monotonic,
    ) -> None:
        """Pass the rewriter's ``limit`` so rewrites and customer lines share one hourly quota per user."""
        self.client = client
        self.model = settings.model
        self.budget = settings.timeout_seconds
        self.prompt = prompt or load_customer_prompt()
        self.limit = limit or RateLimit(settings.user_limit, clock=clock)
        self.failures: Counter[str] = Counter()
        """Failures since start-up by reason; the store keeps the lasting count."""

    async def write(self, request: LineRequest, user_id: str) -> Wording:
        started = time.perf_counter()
        if not self.limit.allow(user_id):
            wording = self._fail("user_limit", self.limit.refusal(user_id))
        else:
            wording = await self._ask(request)
        return replace(wording, seconds=time.perf_counter() - started)

    async def close(self) -> None:
        await self.client.close()

    async def _ask(self, request: LineRequest) -> Wording:
        redactor = Redactor()
        completion = await complete(
            self.client,
            model=self.model,
            messages=request_messages(self.prompt, request, redactor),
            response_format=LINE_RESPONSE_FORMAT,
            max_tokens=MAX_LINE_TOKENS,
            budget=self.budget,
            label=f"customer line, prompt {self.prompt.version}",
        )
        if completion.content is None:
            assert completion.failure is not None
            return self._fail(completion.failure, completion.detail, completion)
        try:
            line = _parse_line(completion.content)
        except AnswerError as error:
            return self._fail(error.reason, str(error), completion)
        line = tidy_line(redactor.restore(line), request.scenario.customer)
        rejection = review_line(line, request)
        if rejection is not None:
            return self._fail(rejection.check, rejection.detail, completion)
        return Wording(line, None, self.prompt.version, self.model, completion.prompt_tokens,
                       completion.completion_tokens)

    def _fail(self, failure: str, detail: str, completion: Completion | None = None) -> Wording:
        self.failures[failure] += 1
        log.log(logging.INFO if failure == "user_limit" else logging.WARNING,
                "LLM customer line not used (%s): %s", failure, detail)
        tokens = (completion.prompt_tokens, completion.completion_tokens) if completion else (0, 0)
        return Wording(None, failure, self.prompt.version, self.model, *tokens)


def request_messages(prompt: CustomerPrompt, request: LineRequest, redactor: Redactor) -> list[dict[str, str]]:
    """Everything that leaves the process for one line: the agent's words with personal details replaced."""
    scenario, turn = request.scenario, request.turn
    return prompt.prompt.messages(
        customer=scenario.customer,
        persona=scenario.persona,
        facts=_bullets(scenario.facts),
        needs=scenario.needs,
        may_offer=_bullets(scenario.may_offer),
        may_not_offer=_bullets(scenario.may_not_offer) or "(nothing listed)",
        conduct=_bullets(scenario.conduct) or "(nothing listed)",
        reaction=prompt.reactions[turn.reaction],
        mood=f"{request.mood_band} ({turn.mood:.2f} on a scale from 0 calm to 1 furious)",
        direction="calmer" if request.calming else "more upset",
        moment=prompt.moments[request.outcome or CONTINUING],
        scripted=f'"{turn.customer}"',
        conversation=_conversation(request, redactor),
        agent_reply=_as_data(redactor.redact(_clip(turn.agent))),
    )


def _conversation(request: LineRequest, redactor: Redactor) -> str:
    """The chat before this reply, newest last; the customer's own lines are redacted too, since an earlier
    line may have quoted a detail back."""
    scenario, turns = request.scenario, request.before.turns
    shown = turns[-MAX_HISTORY_TURNS:]
    lines = [f"({len(turns) - len(shown)} earlier replies left out)"] if len(shown) < len(turns) else []
    said = [scenario.opening, *(t.customer for t in turns)]
    start = len(turns) - len(shown)
    lines.append(_said(scenario, said[start], redactor))
    for turn, answer in zip(shown, said[start + 1 :], strict=True):
        lines.append(f"Agent: {_as_data(redactor.redact(_clip(turn.agent)))}")
        lines.append(_said(scenario, answer, redactor))
    return "\n".join(lines)


def _said(scenario: Scenario, line: str, redactor: Redactor) -> str:
    return f"{scenario.customer}: {_as_data(redactor.redact(line))}"


def _parse_line(content: str) -> str:
    data = read_json_object(content)
    line = data.get("line")
    if not isinstance(line, str):
        raise AnswerError("schema", 'the answer has no "line" string')
    return line


def _table(data: dict, name: str, keys: tuple[str, ...], path: Path) -> dict[str, str]:
    table = data.get(name)
    if not isinstance(table, dict):
        raise PromptError(f"The prompt file {path} has no [{name}] table; it needs {', '.join(keys)}.")
    missing = [key for key in keys if not isinstance(table.get(key), str) or not table[key].strip()]
    if missing:
        raise PromptError(f"The [{name}] table in {path} has no text for {', '.join(missing)}.")
    return {key: table[key].strip() for key in keys}


def _bullets(items: tuple[str, ...]) -> str:
    return "\n".join(f"- {item}" for item in items)


def _clip(text: str) -> str:
    return text if len(text) <= MAX_QUOTED_CHARS else text[:MAX_QUOTED_CHARS].rstrip() + " …"
