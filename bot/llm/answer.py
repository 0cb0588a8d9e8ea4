"""The structured answer asked of the model, and reading it back without trusting it.

The JSON schema goes to the model as ``response_format``; servers that honour it
return valid JSON, and those that don't (or a model that ignores it) are caught
here and named, so the agent gets the offline rewrite instead of a crash.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from bot.coach.checks.model import Change
from bot.coach.checks.rules import RULES

MAX_CHANGES = 12
MAX_CHANGE_CHARS = 300

SCHEMA: dict = {
    "type": "object",
    "properties": {
        "rewrite": {"type": "string"},
        "explanation": {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {"rule": {"type": "string"}, "change": {"type": "string"}},
                "required": ["rule", "change"],
                "additionalProperties": False,
            },
        },
    },
    "required": ["rewrite", "explanation"],
    "additionalProperties": False,
}
RESPONSE_FORMAT = {"type": "json_schema", "json_schema": {"name": "empathy_rewrite", "strict": True, "schema": SCHEMA}}

_FENCE = re.compile(r"\A\s*```(?:json)?\s*\n(?P<body>.*)\n\s*```\s*\Z", re.DOTALL)
"""Self-hosted models without structured output often wrap their JSON in a code fence."""


class AnswerError(ValueError):
    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(detail)
        self.reason = reason
        """``malformed_json`` or ``schema``: counted and shown as the reason the LLM rewrite was not used."""


@dataclass(frozen=True, slots=True)
class Answer:
    rewrite: str
    changes: tuple[Change, ...]


def parse_answer(content: str) -> Answer:
    """The model's reply as an ``Answer``; raises ``AnswerError`` for anything that doesn't fit ``SCHEMA``.

    Each change's "why" comes from the rule catalogue rather than the model, so
    the reason an agent reads for a change is always the coach's own. An entry citing
    no rule of the catalogue is left out: a good rewrite isn't thrown away for a mislabelled note.
    """
    data = read_json_object(content)
    rewrite, explanation = data.get("rewrite"), data.get("explanation")
    if not isinstance(rewrite, str):
        raise AnswerError("schema", "the answer has no \"rewrite\" string")
    if not isinstance(explanation, list):
        raise AnswerError("schema", "the answer has no \"explanation\" list")
    changes = []
    for entry in explanation[:MAX_CHANGES]:
        if not isinstance(entry, dict) or not isinstance(entry.get("change"), str):
            raise AnswerError("schema", "an explanation entry has no \"change\" string")
        rule = entry.get("rule")
        if not isinstance(rule, str) or rule not in RULES:
            continue
        changes.append(Change(rule, entry["change"].strip()[:MAX_CHANGE_CHARS], RULES[rule].why))
    return Answer(rewrite.strip(), tuple(changes))


def read_json_object(content: str) -> dict:
    """The JSON object in an answer, fenced or not; ``AnswerError`` when there is none."""
    fenced = _FENCE.match(content)
    try:
        data = json.loads(fenced.group("body") if fenced else content)
    except ValueError as error:
        raise AnswerError("malformed_json", f"the answer is not JSON ({error})") from None
    if not isinstance(data, dict):
        raise AnswerError("schema", f"the answer is a JSON {type(data).__name__}, not an object")
    return data
