"""A small OpenAI-compatible server for tests: ``POST /v1/chat/completions``, scripted answers, every request kept.

The real ``openai`` client talks to it over HTTP on loopback, so retries,
timeouts, headers and response parsing are the SDK's own, not a mock's.
"""

from __future__ import annotations

import asyncio
import json
from collections import deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

from aiohttp import web

Reply = Callable[[dict], Awaitable[web.StreamResponse]]


@dataclass
class FakeOpenAI:
    requests: list[dict] = field(default_factory=list)
    """Every request body received, parsed, in order: what left the coach's process."""
    headers: list[dict[str, str]] = field(default_factory=list)
    paths: list[str] = field(default_factory=list)
    replies: deque[Reply] = field(default_factory=deque)
    default: Reply | None = None
    """Served once the queue is empty; without it an unscripted request gets a 500 with x-should-retry: false."""
    url: str = ""
    """Set once the server is listening, e.g. ``http://127.0.0.1:54321``."""
    models: list[str] = field(default_factory=lambda: ["gpt-4o-mini", "test-model"])
    """What ``GET /v1/models`` lists."""
    models_status: int | None = None
    """Answer ``GET /v1/models`` with this error status instead (401 for a refused key, 404 for a server without it)."""

    def app(self) -> web.Application:
        app = web.Application()
        app.router.add_post("/v1/chat/completions", self._completions)
        app.router.add_get("/v1/models", self._models)
        app.router.add_post("/openai/deployments/{deployment}/chat/completions", self._completions)  # Azure
        return app

    def queue(self, *replies: Reply) -> None:
        self.replies.extend(replies)

    @property
    def user_messages(self) -> list[str]:
        return [m["content"] for r in self.requests for m in r["messages"] if m["role"] == "user"]

    @property
    def everything_sent(self) -> str:
        return "\n".join(json.dumps(r) for r in self.requests)

    async def _models(self, request: web.Request) -> web.Response:
        self.paths.append(request.path_qs)
        self.headers.append(dict(request.headers))
        if self.models_status is not None:
            return web.json_response({"error": {"message": f"status {self.models_status}", "type": "test"}},
                                     status=self.models_status, headers={"x-should-retry": "false"})
        return web.json_response({"object": "list", "data": [
            {"id": model, "object": "model", "created": 1_700_000_000, "owned_by": "test"} for model in self.models]})

    async def _completions(self, request: web.Request) -> web.StreamResponse:
        body = await request.json()
        self.requests.append(body)
        self.headers.append(dict(request.headers))
        self.paths.append(request.path_qs)
        reply = self.replies.popleft() if self.replies else self.default
        if reply is None:
            return web.json_response({"error": {"message": "no scripted reply"}}, status=500,
                                     headers={"x-should-retry": "false"})
        return await reply(body)


def completion(body: dict, message: dict, finish_reason: str = "stop", usage: dict | None = None) -> dict:
    return {
        "id": "chatcmpl-test",
        "object": "chat.completion",
        "created": 1_700_000_000,
        "model": body.get("model", "test-model"),
        "choices": [{"index": 0, "message": {"role": "assistant", **message}, "finish_reason": finish_reason,
                     "logprobs": None}],
        "usage": usage if usage is not None else {"prompt_tokens": 321, "completion_tokens": 123,
                                                  "total_tokens": 444},
    }


def content(text: str | None, *, finish_reason: str = "stop") -> Reply:
    """Answer with this message content, whatever it is."""

    async def reply(body: dict) -> web.Response:
        return web.json_response(completion(body, {"content": text, "refusal": None}, finish_reason))

    return reply


def answer(rewrite: str, explanation: list[dict] | None = None) -> Reply:
    """A well-formed structured answer."""
    return content(json.dumps({"rewrite": rewrite, "explanation": explanation or []}))


def refusal(text: str = "I'm sorry, I can't help with that.") -> Reply:
    async def reply(body: dict) -> web.Response:
        return web.json_response(completion(body, {"content": None, "refusal": text}))

    return reply


def status(code: int, **headers: str) -> Reply:
    """An error status; ``retry-after-ms`` keeps the SDK's retries quick."""

    async def reply(body: dict) -> web.Response:
        return web.json_response({"error": {"message": f"status {code}", "type": "test"}}, status=code,
                                 headers={"retry-after-ms": "10", **headers})

    return reply


def no_choices() -> Reply:
    async def reply(body: dict) -> web.Response:
        return web.json_response({**completion(body, {"content": ""}), "choices": []})

    return reply


def hang(seconds: float) -> Reply:
    """Answer only after ``seconds``, longer than the test's budget."""

    async def reply(body: dict) -> web.Response:
        await asyncio.sleep(seconds)
        return web.json_response(completion(body, {"content": "{}"}))

    return reply
