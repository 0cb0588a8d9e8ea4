#!/usr/bin/env python3
"""Benchmark the daily lesson fan-out: N agents due at once, every lesson sent exactly once.

Why this exists
---------------
``deliver_due`` claims a delivery row, sends, and marks it sent for every due
agent, after choosing each agent's lesson from their history. The issue's
target is 10,000 due agents in under 30 s with zero duplicates. This script
runs that fan-out against a file database and reports messages per second
beside a baseline measured in the same run on the same disk: the two bare
SQLite transactions per agent (claim, then mark sent) that any exactly-once
delivery log needs, with no lesson choice and no sending. The ratio shows what
the choice and the fan-out add on top of the unavoidable bookkeeping.

The sender here is an in-process function that only records the message, so
the figures are for the coach's own work; pass ``--latency MS`` to give each
send a simulated network round trip.

How to run
----------
    python benchmarks/lessons.py                    # 10,000 agents
    python benchmarks/lessons.py --users 2000 --latency 20 --strict

It reports; the exit code is 0 unless ``--strict`` is given and a target is
missed (then 1). A duplicate or missing lesson always exits 1.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import time
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.coach.lessons.curriculum import Curriculum  # noqa: E402
from bot.services.lessons import LessonMessage, deliver_due  # noqa: E402
from bot.store import Store, iso  # noqa: E402

TARGET_SECONDS = 30.0
NOW = datetime(2025, 3, 10, 9, 31, tzinfo=UTC)
ZONES = ("UTC", "Europe/Lisbon", "Africa/Abidjan")
"""All at UTC+0 on that Monday, so every agent's 09:30 lesson is due at ``NOW``."""


def enrol(store: Store, users: int) -> None:
    created = iso(NOW)
    store.db.execute("BEGIN IMMEDIATE")
    store.db.conn.executemany(
        "INSERT INTO users (id, platform, timezone, created_at, last_seen_at) VALUES (?, 'slack', ?, ?, ?)",
        [(f"slack:TBENCH:U{n:06d}", ZONES[n % len(ZONES)], created, created) for n in range(users)],
    )
    store.db.commit()


def baseline(folder: Path, users: int) -> float:
    """Two committed single-row transactions per agent, the floor for a claim-then-mark log."""
    with Store.open(folder / "baseline.db") as store:
        enrol(store, users)
        start = time.perf_counter()
        for n in range(users):
            user = f"slack:TBENCH:U{n:06d}"
            store.db.execute("BEGIN IMMEDIATE")
            store.db.execute(
                "INSERT INTO lesson_deliveries (user_id, local_date, lesson_id, kind, reason, late, status, "
                "attempts, scheduled_at, claimed_at) VALUES (?, '2025-03-10', 'x', 'next', 'x', 0, 'claimed', 1, ?, ?)",
                [user, iso(NOW), iso(NOW)],
            )
            store.db.commit()
            store.db.execute("BEGIN IMMEDIATE")
            store.db.execute("UPDATE lesson_deliveries SET status = 'sent' WHERE user_id = ?", [user])
            store.db.commit()
        return time.perf_counter() - start


def fan_out(folder: Path, users: int, latency: float) -> tuple[float, Counter[str]]:
    received: Counter[str] = Counter()

    async def sender(message: LessonMessage) -> None:
        if latency:
            await asyncio.sleep(latency)
        received[message.user_id] += 1

    curriculum = Curriculum.load()
    with Store.open(folder / "fanout.db") as store:
        enrol(store, users)
        start = time.perf_counter()
        asyncio.run(deliver_due(store, NOW, {"slack": sender}, curriculum=curriculum))
        elapsed = time.perf_counter() - start
        again = asyncio.run(deliver_due(store, NOW, {"slack": sender}, curriculum=curriculum))
        assert again.sent == 0
    return elapsed, received


def verdict(received: Counter[str], users: int, elapsed: float, strict: bool) -> int:
    """Print whether every agent got exactly one lesson; the exit code is 1 when one didn't, or when ``strict``
    and the time target was missed."""
    duplicates = sum(count - 1 for count in received.values() if count > 1)
    missing = users - len(received)
    print(f"duplicates: {duplicates}, missing: {missing}")
    if duplicates or missing:
        return 1
    return 1 if strict and elapsed >= TARGET_SECONDS else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=10_000)
    parser.add_argument("--latency", type=float, default=0.0, metavar="MS", help="simulated time per send")
    parser.add_argument("--strict", action="store_true", help="exit 1 when the time target is missed")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        floor = baseline(folder, args.users)
        elapsed, received = fan_out(folder, args.users, args.latency / 1000)
    rate = args.users / elapsed
    print(f"deliver-due, {args.users:,} agents due: {elapsed:.1f} s, {rate:,.0f} messages/s "
          f"(target: under {TARGET_SECONDS:.0f} s)")
    print(f"baseline (claim + mark only): {floor:.1f} s, {args.users / floor:,.0f} agents/s; "
          f"fan-out takes {elapsed / floor:.2f}x the baseline")
    return verdict(received, args.users, elapsed, args.strict)


if __name__ == "__main__":
    sys.exit(main())
