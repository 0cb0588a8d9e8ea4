#!/usr/bin/env python3
"""Benchmark ``empathy-coach deliver-due`` sending lessons to Slack: N agents due at once, over real HTTP.

Why this exists
---------------
The issue's target is 10,000 due agents in under 30 s with zero duplicates.
``benchmarks/lessons.py`` measures the fan-out with an in-process sender; this
one runs the real command against a stand-in for Slack's Web API on loopback
(no rate limit), so every lesson costs what it costs in production: the
claim and the mark in SQLite, ``conversations.open``, and ``chat.postMessage``
with the lesson's blocks, through the same slack_sdk client and concurrency.

Beside it, measured in the same run against the same stand-in: the same number
of bare ``chat.postMessage`` calls (a short text, no lesson, no database, no
DM to open) with the same client and concurrency. The ratio is what the lesson
delivery adds on top of the cheapest possible Slack message.

On an agent's first lesson day the DM is opened (``conversations.open``) and
remembered; every later day posts straight to it, which is what a team pays
every day after. Each later day (``--days``, 3 by default) is measured right
after its own baselines, bare posts and posts of the lesson's size with no
database, so a shared machine's load moves them together; the figure to
compare is the median ratio. Target: at most 3x the bare posts.

How to run
----------
    python benchmarks/lessons_slack.py                # 10,000 agents
    python benchmarks/lessons_slack.py --users 1000   # a quick run
    python benchmarks/lessons_slack.py --strict       # exit 1 when the time target is missed

A duplicate or missing lesson always exits 1.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO_ROOT))

import aiohttp  # noqa: E402
from slack_sdk.web.async_client import AsyncWebClient  # noqa: E402

from benchmarks.lessons import NOW, TARGET_SECONDS, enrol, verdict  # noqa: E402
from bot.coach.lessons.curriculum import Curriculum  # noqa: E402
from bot.services.lessons import DEFAULT_CONCURRENCY, LessonMessage  # noqa: E402
from bot.slack.lesson_blocks import lesson_blocks, lesson_text  # noqa: E402
from bot.slack.lessons import LESSON_EVENT  # noqa: E402
from bot.store import Store  # noqa: E402
from tests.fake_slack import FakeSlack, fake_slack  # noqa: E402

TOKEN = "xoxb-benchmark"
CURRICULUM = Curriculum.load()


def baseline(fake: FakeSlack, messages: int, lesson_sized: bool = False) -> float:
    """Bare ``chat.postMessage`` calls, ``DEFAULT_CONCURRENCY`` at a time over one connection pool, as the
    fan-out sends. ``lesson_sized`` posts a lesson's blocks, built beforehand, instead of "Hello": what the
    payload alone costs, with no database and no lesson chosen."""
    payloads = [_lesson_payload(n) for n in range(messages)] if lesson_sized else None

    async def run() -> float:
        async with aiohttp.ClientSession() as session:
            client = AsyncWebClient(token=TOKEN, base_url=f"{fake.url}/api/", session=session)
            slots = asyncio.Semaphore(DEFAULT_CONCURRENCY)

            async def post(n: int) -> None:
                async with slots:
                    if payloads is None:
                        await client.chat_postMessage(channel=f"CBASE{n:06d}", text="Hello")
                    else:
                        await client.chat_postMessage(channel=f"CBASE{n:06d}", **payloads[n])

            start = time.perf_counter()
            await asyncio.gather(*(post(n) for n in range(messages)))
            return time.perf_counter() - start

    return asyncio.run(run())


def _lesson_payload(n: int) -> dict:
    lesson = CURRICULUM.lessons[n % len(CURRICULUM.lessons)]
    message = LessonMessage(n + 1, f"slack:TBENCH:U{n:06d}", lesson, "The next lesson in your track.", NOW.date(),
                            late=False)
    return {"text": lesson_text(message), "blocks": lesson_blocks(message),
            "metadata": {"event_type": LESSON_EVENT, "event_payload": {"delivery_id": message.delivery_id}}}


RATIO_TARGET = 3.0


def deliver_due(fake: FakeSlack, db: Path, now: datetime = NOW) -> tuple[float, str]:
    """The real command in its own process, as cron runs it."""
    environ = {**os.environ, "COACH_DB": str(db), "SLACK_BOT_TOKEN": TOKEN, "SLACK_SIGNING_SECRET": "unused",
               "SLACK_API_URL": f"{fake.url}/api/", "PYTHONPATH": str(REPO_ROOT)}
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "bot", "deliver-due", "--now", now.isoformat()], env=environ,
                          capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"deliver-due failed ({done.returncode}):\n{done.stderr}")
    return elapsed, done.stdout.strip()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=10_000)
    parser.add_argument("--days", type=int, default=3, help="later lesson days to measure, each beside its baselines")
    parser.add_argument("--strict", action="store_true", help="exit 1 when the time or ratio target is missed")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp, fake_slack() as fake:
        db = Path(tmp) / "coach.db"
        with Store.open(db) as store:
            enrol(store, args.users)
        floor = baseline(fake, args.users)
        fake.calls.clear()
        elapsed, line = deliver_due(fake, db)
        posted = Counter(call.params.get("channel") for call in fake.calls_to("chat.postMessage"))
        opened = len(fake.calls_to("conversations.open"))
        again, second_line = deliver_due(fake, db)
        later_days = []
        for day in range(1, args.days + 1):
            fake.calls.clear()
            floor_n = baseline(fake, args.users)
            sized = baseline(fake, args.users, lesson_sized=True)
            fake.calls.clear()
            seconds, said = deliver_due(fake, db, NOW + timedelta(days=day))
            posted_n = Counter(call.params.get("channel") for call in fake.calls_to("chat.postMessage"))
            later_days.append((floor_n, sized, seconds, said, posted_n, len(fake.calls_to("conversations.open"))))
    print(f"deliver-due to Slack, {args.users:,} agents due, first lesson day: {elapsed:.1f} s, "
          f"{len(posted) / elapsed:,.0f} messages/s, {opened:,} DMs opened "
          f"(target: under {TARGET_SECONDS:.0f} s; process start-up included)")
    print(f"  it said: {line}")
    print(f"  baseline (bare chat.postMessage, same client and concurrency): {floor:.1f} s, "
          f"{args.users / floor:,.0f} messages/s; deliver-due takes {elapsed / floor:.2f}x the baseline")
    print(f"  a second run a moment later: {again:.1f} s; it said: {second_line}")
    for day, (floor_n, sized, seconds, said, posted_n, opened_n) in enumerate(later_days, start=2):
        print(f"lesson day {day}, DMs known: {seconds:.1f} s, {opened_n:,} DMs opened, {seconds / floor_n:.2f}x the bare "
              f"posts ({floor_n:.1f} s); posts of the lesson's size with no database: {sized:.1f} s "
              f"({sized / floor_n:.2f}x the bare posts; deliver-due takes {seconds / sized:.2f}x these); it said: {said}")
    ratio = statistics.median(seconds / floor_n for floor_n, _, seconds, *_ in later_days)
    print(f"every later lesson day, median: {ratio:.2f}x the bare posts (target: at most {RATIO_TARGET:g}x) "
          f"{'ok' if ratio <= RATIO_TARGET else 'MISSED'}")
    worst = max(verdict(counted, args.users, seconds, args.strict)
                for counted, seconds in [(posted, elapsed), *((day[4], day[2]) for day in later_days)])
    return 1 if args.strict and ratio > RATIO_TARGET else worst

if __name__ == "__main__":
    sys.exit(main())
