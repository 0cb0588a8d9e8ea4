"""Replay written model answers through the real LLM path: are good answers used, and is each flaw caught?

The answers in ``llm_answers/`` were written by reviewers under the real prompt (the messages the coach
sends for each case), without reading the guardrail code: ``good.jsonl`` holds answers a lead would
approve, ``flawed.jsonl`` copies of them with one deliberate flaw each, named in ``flaw``. Each answer
is served by a loopback OpenAI-compatible server to the real ``openai`` client and ``LLMRewriter``, so
parsing, redaction, restoring and the guardrails are exactly what a check runs.

A flaw is *caught for its reason* when the guardrail that stops it is the one written for that flaw
(``AIMED_AT``); stopped by another check, it was caught by luck.
"""

from __future__ import annotations

import asyncio
import json
from collections import Counter
from pathlib import Path
from typing import Any

from aiohttp import web

from bot.coach import check
from bot.coach.checks.guardrails import review
from bot.coach.privacy import Redactor
from bot.llm.client import make_client
from bot.llm.prompt import load_prompt
from bot.llm.rewriter import LLMRewriter, request_messages
from bot.settings import LLMSettings

ANSWERS = Path(__file__).resolve().parent / "llm_answers"
ACCEPTANCE_TARGET = 0.9
AIMED_AT: dict[str, set[str]] = {
    "refund": {"promises"},
    "commitment": {"promises"},
    "invented": {"unwarranted", "placeholders", "promises"},  # a made-up waiver is a promise too
    "fact": {"facts"},
    "language": {"language"},
    "meta": {"meta"},
    "praise-apology": {"praise"},
}
"""The guardrail(s) written for each kind of flaw (``bot.coach.checks.guardrails.CHECKS``)."""


def _load(name: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in (ANSWERS / name).read_text(encoding="utf-8").splitlines() if line.strip()]


class _Model:
    """A loopback chat-completions endpoint that answers with whatever it was last given."""

    def __init__(self) -> None:
        self.answer: dict[str, Any] = {}

    async def completions(self, request: web.Request) -> web.Response:
        await request.json()
        return web.json_response({
            "id": "replay", "object": "chat.completion", "created": 0, "model": "replay",
            "choices": [{"index": 0, "finish_reason": "stop",
                         "message": {"role": "assistant", "content": json.dumps(self.answer)}}],
            "usage": {"prompt_tokens": 0, "completion_tokens": 0, "total_tokens": 0},
        })


async def _replay(answers: list[dict[str, Any]], cases: dict[str, dict[str, str]]) -> list[dict[str, Any]]:
    model = _Model()
    app = web.Application()
    app.router.add_post("/v1/chat/completions", model.completions)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    settings = LLMSettings(api_key="replay", base_url=f"http://127.0.0.1:{port}/v1", model="replay",
                           timeout_seconds=10.0, azure_endpoint=None, azure_api_version="", user_limit=10_000)
    client = make_client(settings, max_retries=0)
    outcomes = []
    prompt = load_prompt()
    try:
        for row in answers:
            case = cases[row["id"]]
            model.answer = row["answer"]
            offline = check(case["draft"], case.get("customer") or None)
            rewriter = LLMRewriter(client, settings)  # a fresh answer cache for every answer
            improvement = await rewriter.improve(offline, "bench:replay")
            if improvement is None:  # nothing to fix, so no model is asked: judge the answer as if one were
                redactor = Redactor()
                request_messages(prompt, offline, redactor)  # the placeholders the answer's writer saw
                rejection = review(offline, redactor.restore(row["answer"]["rewrite"])).rejection
                failure = rejection.check if rejection else None
            else:
                failure = improvement.failure
            outcomes.append({"id": row["id"], "flaw": row.get("flaw"), "asked": improvement is not None,
                             "failure": failure})
    finally:
        await client.close()
        await runner.cleanup()
    return outcomes


def replay_answers() -> dict[str, Any] | None:
    """Acceptance of the good answers and, for each flawed one, the check that stopped it."""
    if not ANSWERS.is_dir():
        return None
    cases = {c["id"]: c for c in _load("cases.jsonl")}
    good = asyncio.run(_replay(_load("good.jsonl"), cases))
    flawed = asyncio.run(_replay(_load("flawed.jsonl"), cases))
    asked = [g for g in good if g["asked"]]
    used = [g for g in good if g["failure"] is None]
    by_flaw: dict[str, Counter[str]] = {}
    for f in flawed:
        by_flaw.setdefault(f["flaw"], Counter())[f["failure"] or "USED"] += 1
    aimed = sum(1 for f in flawed if f["failure"] in AIMED_AT.get(f["flaw"], set()))
    return {
        "good": len(good),
        "good_asked": len(asked),
        "good_used": len(used),
        "acceptance": len(used) / len(good) if good else None,
        "good_rejections": dict(Counter(g["failure"] for g in good if g["failure"])),
        "rejected_good_ids": [g["id"] for g in good if g["failure"]],
        "flawed": len(flawed),
        "flawed_caught_for_their_reason": aimed,
        "flawed_used": [f"{f['id']} ({f['flaw']})" for f in flawed if f["failure"] is None],
        "flawed_not_asked": sum(not f["asked"] for f in flawed),
        "by_flaw": {flaw: dict(counts) for flaw, counts in sorted(by_flaw.items())},
    }


def print_answers(r: dict[str, Any] | None) -> None:
    if r is None:
        print("Answer set absent: skipped.")
        return
    acceptance = r["acceptance"]
    shown = "n/a" if acceptance is None else f"{100 * acceptance:.0f}%"
    print(f"Good answers used: {r['good_used']} of {r['good']} ({shown}; target >= {100 * ACCEPTANCE_TARGET:.0f}%); "
          f"{r['good'] - r['good_asked']} on drafts with nothing to fix, judged directly by the guardrails")
    if r["good_rejections"]:
        print(f"  rejected by: {r['good_rejections']}  ({', '.join(r['rejected_good_ids'])})")
    print(f"Flawed answers stopped by the check aimed at their flaw: {r['flawed_caught_for_their_reason']} of "
          f"{r['flawed']} ({r['flawed_not_asked']} on drafts with nothing to fix, judged directly by the guardrails)")
    for flaw, counts in r["by_flaw"].items():
        print(f"  {flaw:<15} " + ", ".join(f"{check} {n}" for check, n in sorted(counts.items())))
    if r["flawed_used"]:
        print(f"  USED despite the flaw: {', '.join(r['flawed_used'])}")


def missed(r: dict[str, Any] | None) -> bool:
    if r is None:
        return False
    return (r["acceptance"] is not None and r["acceptance"] < ACCEPTANCE_TARGET) or \
        r["flawed_caught_for_their_reason"] < r["flawed"]
