#!/usr/bin/env python3
"""What the LLM path costs per check: prompt tokens sent, and the time the guardrails add.

Why this exists
---------------
Every LLM rewrite is paid per token and waited for by an agent, so two numbers
decide whether the path is worth having:

1. prompt tokens per check for a 1,000-character draft (target <= 1,200),
   measured on exactly what ``bot.llm.rewriter`` sends: the system and user
   messages built from the shipped prompt file, plus the JSON schema that goes
   along as ``response_format`` (providers bill it as prompt tokens too);
2. the latency the guardrails add to a check (target < 5 ms): redacting the
   draft, restoring the answer and running ``bot.coach.checks.guardrails.review``,
   beside the offline ``check()`` of the same draft measured in the same run;
3. whether the guardrails use good answers (target >= 90%) and stop each flawed
   one with the check aimed at its flaw, replaying the written answers in
   ``llm_answers/`` through the real client and rewriter (see ``llm_answers.py``).

No tokenizer can be downloaded here, so tokens are estimated, conservatively:
the larger of (characters / 3) and (words + punctuation marks), plus 4 tokens
of framing per message and 3 to prime the reply, the overheads OpenAI
documents for chat models. English prose runs about 4 characters per token in
the GPT-4o tokenizer, so the estimate overstates the real count by roughly a
quarter; a figure under target here is under target for real.

The texts are written for this benchmark (a long, dismissive reply about a
late order) and contain no evaluation data.

    python benchmarks/llm.py            # prints a table
    python benchmarks/llm.py --json     # figures as one JSON object
    python benchmarks/llm.py --strict   # exit 1 when a target is missed
"""

from __future__ import annotations

import argparse
import json
import math
import re
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.coach import check  # noqa: E402
from bot.coach.checks.guardrails import review  # noqa: E402
from bot.coach.privacy import Redactor  # noqa: E402
from bot.llm.answer import RESPONSE_FORMAT  # noqa: E402
from bot.llm.prompt import load_prompt  # noqa: E402
from bot.llm.rewriter import request_messages  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
import llm_answers  # noqa: E402  (the benchmark folder is not a package)

TOKEN_TARGET = 1200
LATENCY_TARGET_MS = 5.0
DRAFT_CHARS = 1000
MESSAGE_OVERHEAD = 4
REPLY_PRIMING = 3

CUSTOMER = (
    "I ordered a standing desk (order #58210) three weeks ago and it still hasn't arrived. Your tracking page has "
    "said 'in transit' for 12 days. I've emailed twice and called once and nobody gets back to me. I'm really "
    "frustrated. Where is it?"
)
SENTENCES = (
    "Calm down, as I already said in my last email, order #58210 left our warehouse on 14 May.",
    "You should have checked the tracking page before contacting us again.",
    "Deliveries over 30 kg go with a freight partner and they are slower, that's just how it works.",
    "It is not our policy to chase the carrier before 21 days have passed.",
    "Per our terms, the delivery window is an estimate and not a guarantee.",
    "The desk cost $649.00 and shipping was $39.00, which you agreed to at checkout.",
    "If you want, you can call the freight partner yourself on their line, it is on the FAQ page.",
    "We have a lot of tickets right now so replies take time.",
    "Please do not email us multiple times about the same issue as it slows everything down.",
    "Someone will look into it when the 21 days are up.",
    "Regards, Support Team.",
)


def long_draft(size: int = DRAFT_CHARS) -> str:
    """A dismissive reply of exactly ``size`` characters, the kind the coach exists for."""
    text = " ".join(SENTENCES)
    while len(text) < size:
        text += " " + " ".join(SENTENCES)
    return text[:size].rsplit(" ", 1)[0].rstrip(",") + "."


def estimate_tokens(text: str) -> int:
    pieces = len(re.findall(r"\w+|[^\w\s]", text))
    return max(math.ceil(len(text) / 3), pieces)


def prompt_tokens(draft: str, customer: str | None) -> dict[str, int]:
    offline = check(draft, customer)
    messages = request_messages(load_prompt(), offline, Redactor())
    parts = {
        "system": estimate_tokens(messages[0]["content"]) + MESSAGE_OVERHEAD,
        "user": estimate_tokens(messages[1]["content"]) + MESSAGE_OVERHEAD,
        "schema": estimate_tokens(json.dumps(RESPONSE_FORMAT)),
    }
    parts["total"] = sum(parts.values()) + REPLY_PRIMING
    return parts


def llm_like_answer(draft: str) -> str:
    """A plausible model answer: the draft's facts in a warmer wording, about as long as the draft."""
    offline = check(draft, CUSTOMER)
    return (
        "I'm really sorry order #58210 still hasn't arrived after three weeks, and that your emails and call went "
        "unanswered; I can see why you're frustrated. " + offline.rewrite
    )


def per_call_ms(fn: Callable[[], object], seconds: float = 1.0) -> float:
    """Median of several timed batches, in milliseconds per call, after one warm-up."""
    fn()
    batches = []
    deadline = time.perf_counter() + seconds
    while time.perf_counter() < deadline or len(batches) < 5:
        start = time.perf_counter()
        for _ in range(10):
            fn()
        batches.append((time.perf_counter() - start) / 10 * 1000)
    return statistics.median(batches)


def guardrail_latency(draft: str) -> dict[str, float]:
    answer = llm_like_answer(draft)
    offline = check(draft, CUSTOMER)
    prompt = load_prompt()  # once per process, as the rewriter does

    def guarded() -> None:
        redactor = Redactor()
        request_messages(prompt, offline, redactor)
        review(offline, redactor.restore(answer))

    baseline = per_call_ms(lambda: check(draft, CUSTOMER))
    added = per_call_ms(guarded)
    return {"offline_check_ms": round(baseline, 3), "guardrails_ms": round(added, 3),
            "ratio_to_offline_check": round(added / baseline, 2)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    parser.add_argument("--strict", action="store_true", help="exit 1 when a target is missed")
    args = parser.parse_args(argv)

    draft = long_draft()
    figures = {
        "draft_chars": len(draft),
        "prompt_tokens_with_customer": prompt_tokens(draft, CUSTOMER),
        "prompt_tokens_draft_only": prompt_tokens(draft, None),
        "latency": guardrail_latency(draft),
        "targets": {"prompt_tokens": TOKEN_TARGET, "guardrails_ms": LATENCY_TARGET_MS,
                    "good_answers_used": llm_answers.ACCEPTANCE_TARGET},
        "answers": llm_answers.replay_answers(),
    }
    worst_tokens = figures["prompt_tokens_with_customer"]["total"]
    missed = (worst_tokens > TOKEN_TARGET or figures["latency"]["guardrails_ms"] >= LATENCY_TARGET_MS
              or llm_answers.missed(figures["answers"]))
    if args.json:
        print(json.dumps(figures))
    else:
        with_customer, alone, latency = (figures["prompt_tokens_with_customer"], figures["prompt_tokens_draft_only"],
                                         figures["latency"])
        print(f"Prompt tokens for a {len(draft)}-character draft (estimated high; target <= {TOKEN_TARGET}):")
        for label, parts in (("with the customer's message", with_customer), ("draft only", alone)):
            print(f"  {label:<28} {parts['total']:>5}  (system {parts['system']}, user {parts['user']}, "
                  f"schema {parts['schema']})")
        print(f"Guardrail latency per check (target < {LATENCY_TARGET_MS:g} ms):")
        print(f"  offline check() baseline     {latency['offline_check_ms']:>7.3f} ms")
        print(f"  redact + restore + review    {latency['guardrails_ms']:>7.3f} ms  "
              f"({latency['ratio_to_offline_check']}x the offline check)")
        llm_answers.print_answers(figures["answers"])
        print("All targets met." if not missed else "A target was missed.")
    return 1 if args.strict and missed else 0


if __name__ == "__main__":
    sys.exit(main())
