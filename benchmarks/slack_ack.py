#!/usr/bin/env python3
"""How fast the Slack app acknowledges ``/empathy``, beside a bare Bolt app that only acks.

Why this exists
---------------
Slack gives an app three seconds to acknowledge a slash command before it tells
the user the command failed. The coach acks first and checks afterwards, so its
ack should cost about what Bolt's own ack costs. This script measures exactly
that, on loopback, in one run:

1. starts the tests' stand-in for Slack's Web API and response URLs (``tests/fake_slack.py``);
2. starts ``empathy-coach serve`` (the real server, real store, real checks
   posted to the response URL after the ack) and a bare Bolt ``AsyncApp`` whose
   only listener is ``await ack()``, each in its own process;
3. sends both the same really signed ``/empathy <draft>`` requests, alternating
   between the two servers so both see the same machine load, and times each
   HTTP response (the ack);
4. reports p50 and p99 for both, the ratio of the p99s, and the coach server's
   peak resident memory (``VmHWM``; Linux only).

Targets: the coach's p99 at most 1.5x the bare app's, and under 50 ms. The exit
code is 0 even when a target is missed, unless ``--strict`` is given.

How to run
----------
    python benchmarks/slack_ack.py                 # 1,000 requests to each server
    python benchmarks/slack_ack.py --requests 200  # a quick run
    python benchmarks/slack_ack.py --strict        # exit 1 when a target is missed
"""

from __future__ import annotations

import argparse
import http.client
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))

from aiohttp import web  # noqa: E402

from tests.fake_slack import SECRET, TEAM, fake_slack, signed_headers  # noqa: E402

TOKEN = "xoxb-benchmark"
TARGET_RATIO = 1.5
TARGET_P99_MS = 50.0
DRAFTS = (
    "As I already said, you should have checked the tracking page. Someone will look into it.",
    "I'm sorry your parcel is late. I've asked the courier for an update and I'll message you by 5pm today.",
    "Per our policy refunds take 5-7 business days. Please be patient.",
    "Thanks for waiting! Your order #4411 ships tomorrow; I'll send the tracking link as soon as it's out.",
    "Calm down. It is what it is, nothing can be done about the delay.",
)


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


# --- Measuring ------------------------------------------------------------------------------------------------------


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


def command_body(number: int, response_url: str) -> str:
    return urllib.parse.urlencode({
        "team_id": TEAM, "channel_id": "C0BENCH", "user_id": f"U{number % 20}", "command": "/empathy",
        "text": DRAFTS[number % len(DRAFTS)], "response_url": response_url, "trigger_id": f"trig-{number}",
        "api_app_id": "A0BENCH",
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
    parser.add_argument("--requests", type=int, default=1000, help="signed requests sent to each server")
    parser.add_argument("--warmup", type=int, default=30, help="requests to each server before measuring")
    parser.add_argument("--strict", action="store_true", help="exit 1 when a target is missed")
    parser.add_argument("--bare", nargs=2, metavar=("PORT", "API_URL"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.bare:
        run_bare_app(int(args.bare[0]), args.bare[1])
        return 0

    with fake_slack() as slack, tempfile.TemporaryDirectory() as folder:
        coach_port, bare_port = free_port(), free_port()
        environ = {**os.environ, "PORT": str(coach_port), "COACH_DB": str(Path(folder) / "coach.db"),
                   "SLACK_BOT_TOKEN": TOKEN, "SLACK_SIGNING_SECRET": SECRET, "SLACK_API_URL": f"{slack.url}/api/",
                   "PYTHONPATH": str(REPO_ROOT)}
        for name in ("SLACK_APP_TOKEN", "OPENAI_API_KEY", "AZURE_OPENAI_ENDPOINT", "MicrosoftAppId"):
            environ.pop(name, None)
        quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.PIPE, "text": True}
        coach = subprocess.Popen([sys.executable, "-m", "bot", "serve", "--host", "127.0.0.1"], env=environ, **quiet)
        bare_environ = {name: value for name, value in environ.items() if not name.startswith("SLACK_")}
        bare = subprocess.Popen([sys.executable, __file__, "--bare", str(bare_port), f"{slack.url}/api/"],
                                env=bare_environ, **quiet)
        try:
            wait_until_up(coach_port, coach)
            wait_until_up(bare_port, bare)
            servers = {"coach": http.client.HTTPConnection("127.0.0.1", coach_port, timeout=10),
                       "bare Bolt": http.client.HTTPConnection("127.0.0.1", bare_port, timeout=10)}
            timings: dict[str, list[float]] = {name: [] for name in servers}
            response_url = slack.response_url("bench")
            for number in range(args.warmup + args.requests):
                for name, connection in servers.items():
                    seconds = ack_seconds(connection, command_body(number, response_url))
                    if number >= args.warmup:
                        timings[name].append(seconds)
            memory = peak_memory_mib(coach.pid)
        finally:
            for process in (coach, bare):
                process.terminate()
                process.wait(15)

    return report(timings, memory, args.strict)


def report(timings: dict[str, list[float]], memory: float | None, strict: bool) -> int:
    print(f"Ack latency of /empathy over loopback, {len(timings['coach'])} signed requests each (ms):")
    print(f"  {'server':<10} {'p50':>8} {'p99':>8} {'mean':>8}")
    for name, values in timings.items():
        ms = [value * 1000 for value in values]
        print(f"  {name:<10} {percentile(ms, 0.5):8.2f} {percentile(ms, 0.99):8.2f} {statistics.fmean(ms):8.2f}")
    coach_p99 = percentile(timings["coach"], 0.99) * 1000
    bare_p99 = percentile(timings["bare Bolt"], 0.99) * 1000
    ratio = coach_p99 / bare_p99 if bare_p99 else float("inf")
    ratio_ok, absolute_ok = ratio <= TARGET_RATIO, coach_p99 < TARGET_P99_MS
    print(f"p99 ratio coach / bare: {ratio:.2f} (target <= {TARGET_RATIO}) {'ok' if ratio_ok else 'MISSED'}")
    print(f"coach p99: {coach_p99:.2f} ms (target < {TARGET_P99_MS:.0f} ms) {'ok' if absolute_ok else 'MISSED'}")
    print(f"coach server peak memory: {f'{memory:.1f} MiB' if memory is not None else 'unavailable (needs /proc)'}")
    return 1 if strict and not (ratio_ok and absolute_ok) else 0


if __name__ == "__main__":
    sys.exit(main())
