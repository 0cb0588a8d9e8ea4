#!/usr/bin/env python3
"""How fast the Slack app acknowledges ``/empathy`` under load, beside a bare Bolt app that only acks.

Why this exists
---------------
Slack gives an app three seconds to acknowledge a slash command before it tells
the user the command failed, and every request shares one event loop. The
coach acks first and checks (and saves) afterwards, off the loop, so its ack
should cost about what Bolt's own ack costs even while other people's long
drafts are being checked, and even while another process holds the database's
write lock. This script measures exactly that, on loopback, in one run:

1. starts the tests' stand-in for Slack's Web API and response URLs (``tests/fake_slack.py``);
2. starts ``empathy-coach serve`` (the real server, real store, real checks
   posted to the response URL after the ack) and a bare Bolt ``AsyncApp`` whose
   only listener is ``await ack()``, each in its own process;
3. sends both really signed ``/empathy <draft>`` requests from 1 and then 8
   concurrent clients, each draft new (never seen before, so nothing is
   cached) and between 40 and 3,000 characters long; the two servers take
   turns, round by round, and the coach's checks are left to finish before the
   bare app's turn, so each is timed on an otherwise idle machine;
4. repeats the 8-client load while another process holds the coach
   database's write lock for 10 seconds (``--lock-seconds``), and then counts
   the checks shown and saved: none may be lost;
5. reports ack p50 and p99 for both, the ratio of the p99s, acks per second,
   and the coach server's peak resident memory (``VmHWM``; Linux only).

Targets: the coach's p99 at most 1.5x the bare app's in every scenario, every
check shown and saved. The exit code is 0 even when a target is missed, unless
``--strict`` is given.

How to run
----------
    python benchmarks/slack_ack.py                  # 400 requests per scenario to each server
    python benchmarks/slack_ack.py --requests 120   # a quick run
    python benchmarks/slack_ack.py --strict         # exit 1 when a target is missed
"""

from __future__ import annotations

import argparse
import http.client
import math
import os
import random
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from dataclasses import dataclass
from itertools import count
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))

from aiohttp import web  # noqa: E402

from tests.fake_slack import SECRET, TEAM, FakeSlack, fake_slack, signed_headers  # noqa: E402

TOKEN = "xoxb-benchmark"
TARGET_RATIO = 1.5
MAX_DRAFT_CHARS = 3000

# Pieces an agent's reply is made of; drafts are drawn from them at random, with fresh numbers, so each is new.
OPENINGS = ("Hi {name},", "Hello {name}.", "Thanks for getting in touch, {name}.", "{name},", "Dear {name},")
SENTENCES = (
    "I'm sorry your order #{n} is late; I can see how frustrating that is.",
    "As I already said, you should have checked the tracking page.",
    "Per our policy, refunds take {d} business days.",
    "I've asked the courier for an update and I'll message you by {h}pm today.",
    "Calm down, it is what it is.",
    "Could you tell me a bit more about what happened when you tried to log in?",
    "Your ticket {n} has been escalated to our billing team.",
    "Unfortunately there is nothing we can do about the delay.",
    "I understand you were charged twice for ${d}.{n2}, and I'll make sure the duplicate is reversed.",
    "Please be patient while we look into it.",
    "I've reset your password; try it now and let me know if it works.",
    "That is not our fault, the carrier lost the parcel.",
    "Thanks for your patience while I checked your account {n}.",
    "Someone will look into it eventually.",
    "I'll call you back tomorrow at {h}:30 with what I've found.",
    "You will need to read the FAQ before contacting us again.",
)
NAMES = ("Sam", "Priya", "Jordan", "Mei", "Carlos", "Aisha", "Tom", "Olga")


def fresh_draft(rng: random.Random) -> str:
    """A reply never sent before, 40 to 3,000 characters long (log-uniform, so short and long both appear)."""
    target = int(math.exp(rng.uniform(math.log(40), math.log(MAX_DRAFT_CHARS))))
    parts = [rng.choice(OPENINGS).format(name=rng.choice(NAMES))]
    while sum(len(part) + 1 for part in parts) < target:
        parts.append(rng.choice(SENTENCES).format(n=rng.randrange(10_000, 99_999), d=rng.randrange(2, 30),
                                                  h=rng.randrange(1, 6), n2=rng.randrange(10, 99)))
    return " ".join(parts)[:MAX_DRAFT_CHARS]


# --- The bare app: Bolt with one listener that only acks ----------------------------------------------------------


def run_bare_app(port: int, api_url: str) -> None:
    from slack_bolt.adapter.aiohttp import to_aiohttp_response, to_bolt_request
    from slack_bolt.async_app import AsyncApp
    from slack_sdk.web.async_client import AsyncWebClient

    bolt = AsyncApp(client=AsyncWebClient(token=TOKEN, base_url=api_url), signing_secret=SECRET)

    @bolt.command("/empathy")
    async def only_ack(ack) -> None:  # Bolt passes arguments by name
        await ack()

    async def events(request: web.Request) -> web.Response:
        return await to_aiohttp_response(await bolt.async_dispatch(await to_bolt_request(request)))

    app = web.Application()
    app.router.add_post("/slack/events", events)
    app.router.add_get("/healthz", lambda request: web.json_response({"ok": True}))
    web.run_app(app, host="127.0.0.1", port=port, print=None, access_log=None)


def hold_write_lock(path: str, seconds: float) -> None:
    """Another process (cron's deliver-due, a terminal check) holding the write lock."""
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("BEGIN IMMEDIATE")
    print("locked", flush=True)
    time.sleep(seconds)
    connection.execute("ROLLBACK")


# --- Measuring ------------------------------------------------------------------------------------------------------


@dataclass
class Load:
    """One server's share of a scenario: the ack times and how long the whole batch took."""

    acks: list[float]
    seconds: float

    @property
    def per_second(self) -> float:
        return len(self.acks) / self.seconds if self.seconds else 0.0


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_until_up(port: int, process: subprocess.Popen) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"A server exited during start-up:\n{process.communicate()[1]}")
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            connection.request("GET", "/healthz")
            if connection.getresponse().status == 200:
                return
        except OSError:
            time.sleep(0.05)
    raise SystemExit(f"No server answered on port {port} within 30 seconds.")


def command_body(number: int, draft: str, response_url: str) -> str:
    return urllib.parse.urlencode({
        "team_id": TEAM, "channel_id": "C0BENCH", "user_id": f"U{number % 40}", "command": "/empathy",
        "text": draft, "response_url": response_url, "trigger_id": f"trig-{number}", "api_app_id": "A0BENCH",
    })


def ack_seconds(connection: http.client.HTTPConnection, body: str) -> float:
    # Signing is the client's work, not the server's: done before the clock starts.
    headers = {**signed_headers(body), "Content-Type": "application/x-www-form-urlencoded"}
    started = time.perf_counter()
    connection.request("POST", "/slack/events", body.encode(), headers)
    response = connection.getresponse()
    response.read()
    elapsed = time.perf_counter() - started
    if response.status != 200:
        raise SystemExit(f"The server answered HTTP {response.status}; is the signing secret the same?")
    return elapsed


class Sender:
    """Sends numbered requests with fresh drafts; every coach request's result goes to its own response URL."""

    def __init__(self, slack: FakeSlack, seed: int) -> None:
        self.slack = slack
        self.rng = random.Random(seed)
        self.numbers = count()
        self.lock = threading.Lock()
        self.lengths: list[int] = []

    def body(self) -> str:
        with self.lock:
            number = next(self.numbers)
            draft = fresh_draft(self.rng)
            self.lengths.append(len(draft))
        return command_body(number, draft, self.slack.response_url(f"r{number}"))

    def load(self, port: int, clients: int, total: int | None, *, until: float | None = None) -> Load:
        """``clients`` threads, each with its own connection, sending one request after another: ``total`` in
        all, or as many as fit before ``until`` (a ``time.monotonic`` deadline)."""
        acks: list[float] = []
        left = [total]

        def client() -> None:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            try:
                while True:
                    with self.lock:
                        if until is not None and time.monotonic() >= until:
                            return
                        if left[0] is not None:
                            if left[0] <= 0:
                                return
                            left[0] -= 1
                    seconds = ack_seconds(connection, self.body())
                    with self.lock:
                        acks.append(seconds)
            finally:
                connection.close()

        started = time.perf_counter()
        threads = [threading.Thread(target=client) for _ in range(clients)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        return Load(acks, time.perf_counter() - started)


def shown(slack: FakeSlack) -> int:
    return sum(call.method.startswith("response:") for call in list(slack.calls))


def wait_for_results(slack: FakeSlack, expected: int, timeout: float = 300.0) -> bool:
    """Let the coach finish the checks it acked, so the next turn starts on an idle machine."""
    deadline = time.monotonic() + timeout
    while shown(slack) < expected:
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


def saved_checks(db: Path) -> int:
    with sqlite3.connect(db) as reader:
        return reader.execute("SELECT count(*) FROM checks").fetchone()[0]


def peak_memory_mib(pid: int) -> float | None:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return None
    for line in status.splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return None


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=400, help="requests per scenario to each server")
    parser.add_argument("--rounds", type=int, default=4, help="turns each server takes per scenario")
    parser.add_argument("--lock-seconds", type=float, default=10.0, help="how long another process holds the lock")
    parser.add_argument("--warmup", type=int, default=30, help="requests to each server before measuring")
    parser.add_argument("--strict", action="store_true", help="exit 1 when a target is missed")
    parser.add_argument("--bare", nargs=2, metavar=("PORT", "API_URL"), help=argparse.SUPPRESS)
    parser.add_argument("--hold", nargs=2, metavar=("DB", "SECONDS"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.bare:
        run_bare_app(int(args.bare[0]), args.bare[1])
        return 0
    if args.hold:
        hold_write_lock(args.hold[0], float(args.hold[1]))
        return 0

    with fake_slack() as slack, tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "coach.db"
        coach_port, bare_port = free_port(), free_port()
        environ = {**os.environ, "PORT": str(coach_port), "COACH_DB": str(db), "COACH_SCHEDULER": "off",
                   "SLACK_BOT_TOKEN": TOKEN, "SLACK_SIGNING_SECRET": SECRET, "SLACK_API_URL": f"{slack.url}/api/",
                   "PYTHONPATH": str(REPO_ROOT)}
        for name in ("SLACK_APP_TOKEN", "OPENAI_API_KEY", "AZURE_OPENAI_ENDPOINT", "MicrosoftAppId",
                     "COACH_TEAMS_EMULATOR", "COACH_STORE_TEXT"):
            environ.pop(name, None)
        quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}
        coach = subprocess.Popen([sys.executable, "-m", "bot", "serve", "--host", "127.0.0.1"], env=environ, **quiet)
        bare_environ = {name: value for name, value in environ.items() if not name.startswith("SLACK_")}
        bare = subprocess.Popen([sys.executable, __file__, "--bare", str(bare_port), f"{slack.url}/api/"],
                                env=bare_environ, **quiet)
        sender = Sender(slack, seed=time.time_ns())
        ports = {"coach": coach_port, "bare Bolt": bare_port}
        results: dict[str, dict[str, Load]] = {}
        try:
            wait_until_up(coach_port, coach)
            wait_until_up(bare_port, bare)
            for port in ports.values():
                sender.load(port, 1, args.warmup)
            sent = args.warmup
            for clients in (1, 8):
                scenario = results.setdefault(f"{clients} client{'s' * (clients > 1)}", {})
                for _ in range(args.rounds):
                    for name, port in ports.items():
                        load = sender.load(port, clients, args.requests // args.rounds)
                        merged = scenario.setdefault(name, Load([], 0.0))
                        merged.acks += load.acks
                        merged.seconds += load.seconds
                        if name == "coach":
                            sent += len(load.acks)
                            wait_for_results(slack, sent)
            locked = results.setdefault(f"8 clients, lock held {args.lock_seconds:g} s", {})
            holder = subprocess.Popen([sys.executable, __file__, "--hold", str(db), str(args.lock_seconds)],
                                      stdout=subprocess.PIPE, text=True)
            assert holder.stdout is not None
            holder.stdout.readline()  # "locked"
            locked["coach"] = sender.load(coach_port, 8, None, until=time.monotonic() + args.lock_seconds)
            holder.wait(60)
            sent += len(locked["coach"].acks)
            all_shown = wait_for_results(slack, sent)
            locked["bare Bolt"] = sender.load(bare_port, 8, len(locked["coach"].acks))
            saved_deadline = time.monotonic() + 60
            while saved_checks(db) < sent and time.monotonic() < saved_deadline:
                time.sleep(0.2)
            counts = (sent, shown(slack), saved_checks(db), all_shown)
            memory = peak_memory_mib(coach.pid)
        finally:
            for process in (coach, bare):
                process.terminate()
                process.wait(15)

    return report(results, sender.lengths, counts, memory, args.strict)


def report(
    results: dict[str, dict[str, Load]], lengths: list[int], counts: tuple[int, int, int, bool],
    memory: float | None, strict: bool,
) -> int:
    print(f"Ack latency of /empathy over loopback: fresh drafts of {min(lengths)} to {max(lengths)} characters "
          f"(mean {statistics.fmean(lengths):.0f}).")
    print(f"  {'scenario':<26} {'server':<10} {'acks':>6} {'p50 ms':>8} {'p99 ms':>8} {'acks/s':>8}")
    ok = True
    for scenario, loads in results.items():
        for name, load in loads.items():
            ms = [value * 1000 for value in load.acks]
            print(f"  {scenario:<26} {name:<10} {len(ms):>6} {percentile(ms, 0.5):8.2f} {percentile(ms, 0.99):8.2f} "
                  f"{load.per_second:8.0f}")
        ratio = percentile(loads["coach"].acks, 0.99) / percentile(loads["bare Bolt"].acks, 0.99)
        ok &= ratio <= TARGET_RATIO
        print(f"  {'':<26} p99 ratio coach / bare: {ratio:.2f} (target <= {TARGET_RATIO}) "
              f"{'ok' if ratio <= TARGET_RATIO else 'MISSED'}")
    sent, shown_count, saved, all_shown = counts
    kept = all_shown and shown_count >= sent and saved >= sent
    ok &= kept
    print(f"checks acked {sent}, shown {shown_count}, saved {saved}: {'none lost' if kept else 'SOME LOST'}")
    print(f"coach server peak memory: {f'{memory:.1f} MiB' if memory is not None else 'unavailable (needs /proc)'}")
    return 1 if strict and not ok else 0


if __name__ == "__main__":
    sys.exit(main())
