#!/usr/bin/env python3
"""Soak: lessons exactly once while everything happens at once, and slash commands still answered.

Why this exists
---------------
Lesson delivery promises each agent one lesson a day, whoever sends it and
whatever fails. This script puts that promise under the conditions that broke
it before, all at the same time, on loopback:

- ``empathy-coach serve`` with its lesson scheduler on (its first round starts
  at once), against the tests' stand-in for Slack (``tests/fake_slack.py``)
  answering a share of Web API calls (``--faults``, 10% by default) with a 500,
  half of the failed ``chat.postMessage`` calls after posting the message;
- two ``empathy-coach deliver-due`` processes started together, as two
  overlapping cron runs;
- another process holding the database's write lock for 10 seconds;
- 1,000 signed ``/empathy`` slash commands to the server, 8 at a time.

Then it settles what is left the way production would: a run a lease later
(in process, with the store's clock moved on) for any claim a busy database
kept from being recorded, then further runs until the retry budget is spent.

It prints, from what the stand-in for Slack holds: agents who got the lesson
twice (duplicates, must be 0), agents whose lesson failed every attempt
(permanently undelivered: reported by ``deliver-due`` and ``stats``, not
silent), and for the slash commands the ack p50/p99 (target p99 < 1 s) and
how many were answered with a 5xx (must be 0). The exit code is 1 when there
is a duplicate or a 5xx, and with ``--strict`` also when the p99 target is missed.

How to run
----------
    python benchmarks/lessons_soak.py                           # 1,000 agents, 1,000 commands
    python benchmarks/lessons_soak.py --agents 300 --commands 200   # a quick run
"""

from __future__ import annotations

import argparse
import asyncio
import http.client
import logging
import os
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))

from benchmarks.slack_ack import DRAFTS, free_port, percentile, wait_until_up  # noqa: E402
from bot.server import close_senders, configured_senders  # noqa: E402
from bot.services.lessons import CLAIM_LEASE, MAX_ATTEMPTS, deliver_due  # noqa: E402
from bot.settings import Settings  # noqa: E402
from bot.slack.lessons import LESSON_EVENT  # noqa: E402
from bot.store import Store, iso  # noqa: E402
from tests.fake_slack import SECRET, TEAM, FakeSlack, fake_slack, signed_headers  # noqa: E402

TOKEN = "xoxb-soak"
LOCK_SECONDS = 10.0
ACK_TARGET_SECONDS = 1.0
CLIENTS = 8
HOLD_THE_LOCK = """
import sqlite3, sys, time
connection = sqlite3.connect(sys.argv[1], isolation_level=None, timeout=30)
connection.execute("BEGIN IMMEDIATE")
print("locked", flush=True)
time.sleep(float(sys.argv[2]))
connection.execute("COMMIT")
"""


def enrol(db: Path, agents: int, now: datetime) -> list[str]:
    """Agents whose lesson time is a minute ago, every day, in UTC: all due now and for the rest of the day."""
    lesson_time = f"{max(now - timedelta(minutes=1), now.replace(hour=0, minute=0)):%H:%M}"
    users = [f"slack:{TEAM}:USOAK{n:05d}" for n in range(agents)]
    with Store.open(db) as store:
        store.db.execute("BEGIN IMMEDIATE")
        store.db.conn.executemany(
            "INSERT INTO users (id, platform, timezone, created_at, last_seen_at, lesson_time, weekdays_only) "
            "VALUES (?, 'slack', 'UTC', ?, ?, ?, 0)",
            [(user, iso(now), iso(now), lesson_time) for user in users],
        )
        store.db.commit()
    return users


def slash_commands(port: int, count: int, response_url: str) -> tuple[list[float], Counter[int]]:
    """``count`` signed ``/empathy`` commands, ``CLIENTS`` at a time; the time to each ack, and the statuses."""
    timings: list[float] = []
    statuses: Counter[int] = Counter()
    numbers = iter(range(count))
    lock = threading.Lock()

    def client() -> None:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        while True:
            with lock:
                number = next(numbers, None)
            if number is None:
                return
            body = urllib.parse.urlencode({
                "team_id": TEAM, "channel_id": "C0SOAK", "user_id": f"UCMD{number % 50:02d}",
                "command": "/empathy", "text": f"{DRAFTS[number % len(DRAFTS)]} (ticket {number})",
                "response_url": response_url, "trigger_id": f"trig-{number}", "api_app_id": "A0SOAK",
            })
            headers = {**signed_headers(body), "Content-Type": "application/x-www-form-urlencoded"}
            started = time.perf_counter()
            try:
                connection.request("POST", "/slack/events", body.encode(), headers)
                response = connection.getresponse()
                response.read()
                status = response.status
            except OSError:
                status = 599  # no answer at all counts as a server failure
                connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            with lock:
                timings.append(time.perf_counter() - started)
                statuses[status] += 1

    threads = [threading.Thread(target=client) for _ in range(CLIENTS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return timings, statuses


def settle(db: Path, fake: FakeSlack, now: datetime) -> list[str]:
    """What production does next: a run once the leases of unrecorded claims are over, then runs until every
    failed lesson has used its attempts. Returns each run's summary."""
    settings = Settings.from_env({"HOME": "/nonexistent", "SLACK_BOT_TOKEN": TOKEN, "SLACK_SIGNING_SECRET": SECRET,
                                  "SLACK_API_URL": f"{fake.url}/api/"})
    later = datetime.now(UTC) + CLAIM_LEASE + timedelta(minutes=1)
    logging.disable(logging.WARNING)  # each failure is in the summaries; one log line each would bury them
    lines = []
    for run in range(MAX_ATTEMPTS):
        with Store.open(db, clock=lambda moment=later + timedelta(minutes=run): moment) as store:

            async def once(store: Store = store) -> str:
                senders = configured_senders(settings)
                try:
                    return (await deliver_due(store, now, senders)).line()
                finally:
                    await close_senders(senders)

            lines.append(asyncio.run(once()))
    return lines


def outcome(db: Path, fake: FakeSlack, users: list[str]) -> tuple[int, list[str], Counter[str]]:
    """Duplicates (lessons beyond the first in any DM), agents left undelivered, and the log's statuses."""
    lessons = Counter(channel for channel, messages in fake.history.items() for message in messages
                      if (message.get("metadata") or {}).get("event_type") == LESSON_EVENT)
    duplicates = sum(count - 1 for count in lessons.values())
    with Store.open(db) as store:
        statuses = Counter(dict(store.db.execute(
            "SELECT status, count(*) FROM lesson_deliveries WHERE user_id LIKE ? GROUP BY status",
            [f"slack:{TEAM}:USOAK%"]).fetchall()))
        sent = {row[0] for row in store.db.execute("SELECT user_id FROM lesson_deliveries WHERE status = 'sent'")}
    return duplicates, [user for user in users if user not in sent], statuses


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--agents", type=int, default=1000, help="agents due a lesson now")
    parser.add_argument("--commands", type=int, default=1000, help="signed /empathy commands sent meanwhile")
    parser.add_argument("--faults", type=float, default=0.10, help="share of Slack Web API calls that fail")
    parser.add_argument("--strict", action="store_true", help="exit 1 also when the ack p99 target is missed")
    args = parser.parse_args(argv)
    now = datetime.now(UTC)

    with fake_slack() as fake, tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "coach.db"
        users = enrol(db, args.agents, now)
        fake.fault_rate = args.faults
        port = free_port()
        environ = {**os.environ, "PORT": str(port), "COACH_DB": str(db), "SLACK_BOT_TOKEN": TOKEN,
                   "SLACK_SIGNING_SECRET": SECRET, "SLACK_API_URL": f"{fake.url}/api/", "COACH_SCHEDULER": "on",
                   "PYTHONPATH": str(REPO_ROOT)}
        for name in ("SLACK_APP_TOKEN", "OPENAI_API_KEY", "AZURE_OPENAI_ENDPOINT", "MicrosoftAppId"):
            environ.pop(name, None)
        piped = {"stdout": subprocess.PIPE, "stderr": subprocess.PIPE, "text": True}
        started = time.perf_counter()
        writer = subprocess.Popen([sys.executable, "-c", HOLD_THE_LOCK, str(db), str(LOCK_SECONDS)], **piped)
        assert writer.stdout is not None and writer.stdout.readline().strip() == "locked"
        server = subprocess.Popen([sys.executable, "-m", "bot", "serve", "--host", "127.0.0.1"], env=environ,
                                  stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        crons = [subprocess.Popen([sys.executable, "-m", "bot", "deliver-due"], env=environ, **piped)
                 for _ in range(2)]
        try:
            wait_until_up(port, server)
            timings, statuses = slash_commands(port, args.commands, fake.response_url("soak"))
            cron_results = [(cron.wait(600), cron.communicate()) for cron in crons]
            writer.wait(60)
        finally:
            server.terminate()
            server.wait(60)
        busy = time.perf_counter() - started
        settled = settle(db, fake, now)
        duplicates, undelivered, log_statuses = outcome(db, fake, users)

    server_errors = sum(count for status, count in statuses.items() if status >= 500)
    p50, p99 = percentile(timings, 0.5), percentile(timings, 0.99)
    print(f"Soak: {args.agents:,} agents due, the server's scheduler and two deliver-due runs at once, the database "
          f"locked for {LOCK_SECONDS:g} s, {args.faults:.0%} of Slack calls failing, {args.commands:,} slash "
          f"commands ({busy:.0f} s)")
    for number, (code, (out, _)) in enumerate(cron_results, start=1):
        print(f"  deliver-due #{number} exited {code}: {out.strip()}")
    for number, line in enumerate(settled, start=1):
        print(f"  settling run #{number}, a lease later: {line}")
    print(f"  delivery log: {dict(sorted(log_statuses.items()))}")
    print(f"duplicates: {duplicates} (must be 0)")
    print(f"permanently undelivered: {len(undelivered)} of {args.agents:,} agents "
          f"({', '.join(undelivered[:5])}{' ...' if len(undelivered) > 5 else ''})" if undelivered
          else f"permanently undelivered: 0 of {args.agents:,} agents")
    print(f"slash command acks: p50 {p50 * 1000:.0f} ms, p99 {p99 * 1000:.0f} ms "
          f"(target < {ACK_TARGET_SECONDS * 1000:.0f} ms) {'ok' if p99 < ACK_TARGET_SECONDS else 'MISSED'}")
    print(f"5xx answers: {server_errors} (must be 0); statuses: {dict(sorted(statuses.items()))}")
    failed = duplicates or server_errors or (args.strict and p99 >= ACK_TARGET_SECONDS)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
