"""``empathy-coach serve``: one process serving /healthz and the configured platforms on PORT."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.fake_slack import SECRET, SlackClient, fake_slack
from tests.loopback import free_port

ROOT = Path(__file__).resolve().parent.parent


def serve_environment(tmp_path: Path, **extra: str) -> dict[str, str]:
    keep = {name: os.environ[name] for name in ("PATH", "SYSTEMROOT") if name in os.environ}
    return {**keep, "HOME": str(tmp_path), "COACH_DB": str(tmp_path / "coach.db"), "PYTHONPATH": str(ROOT), **extra}


@contextmanager
def serving(environ: dict[str, str]) -> Iterator[tuple[str, subprocess.Popen]]:
    process = subprocess.Popen([sys.executable, "-m", "bot", "serve", "--host", "127.0.0.1"], env=environ,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    url = f"http://127.0.0.1:{environ['PORT']}"
    try:
        deadline = time.monotonic() + 30
        while True:  # wait for the server to listen; this is start-up, not a speed assertion
            try:
                with urllib.request.urlopen(f"{url}/healthz", timeout=2) as response:
                    assert response.status == 200
                    break
            except (urllib.error.URLError, ConnectionError):
                if process.poll() is not None or time.monotonic() > deadline:
                    raise AssertionError(f"serve did not start: {process.communicate()}") from None
                time.sleep(0.05)
        yield url, process
    finally:
        if process.poll() is None:
            process.send_signal(signal.SIGINT)
            process.wait(15)


def test_with_no_platform_it_says_so_and_still_serves_health(tmp_path: Path) -> None:
    with serving(serve_environment(tmp_path, PORT=str(free_port()))) as (url, process):
        with urllib.request.urlopen(f"{url}/healthz", timeout=5) as response:
            assert response.read() == b'{"ok": true}'
        with pytest.raises(urllib.error.HTTPError) as missing:
            urllib.request.urlopen(urllib.request.Request(f"{url}/slack/events", b"", method="POST"), timeout=5)
        assert missing.value.code == 404
    out, err = process.communicate()
    assert process.returncode == 0
    assert "no chat platform is configured" in err and "Traceback" not in err
    assert "serving on http://127.0.0.1:" in out


def test_serve_answers_a_signed_slash_command(tmp_path: Path) -> None:
    with fake_slack() as fake:
        environ = serve_environment(tmp_path, PORT=str(free_port()), SLACK_BOT_TOKEN="xoxb-serve",
                                    SLACK_SIGNING_SECRET=SECRET, SLACK_API_URL=f"{fake.url}/api/")
        with serving(environ) as (url, _):
            slack = SlackClient(f"{url}/slack/events")
            assert slack.command("Sorry, I'll refund you today.", fake.response_url("serve")).status == 200
            assert "Empathy score" in fake.wait_for("response:serve")[0].params["text"]


@pytest.mark.parametrize(
    ("extra", "expected"),
    [
        ({"PORT": "99999"}, ["PORT='99999' is not a port number"]),
        ({"SLACK_BOT_TOKEN": "xoxp-user"}, ["SLACK_BOT_TOKEN should start with 'xoxb-'",
                                           "SLACK_SIGNING_SECRET is not set"]),
    ],
)
def test_bad_settings_stop_it_with_one_line_each(tmp_path: Path, extra: dict[str, str], expected: list[str]) -> None:
    done = subprocess.run([sys.executable, "-m", "bot", "serve"], env=serve_environment(tmp_path, **extra),
                          capture_output=True, text=True, timeout=60)
    lines = done.stderr.splitlines()
    assert done.returncode == 2 and len(lines) == len(expected)
    for line, words in zip(lines, expected):
        assert line.startswith("empathy-coach: ") and words in line


def test_a_busy_port_is_one_clear_line(tmp_path: Path) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        done = subprocess.run([sys.executable, "-m", "bot", "serve", "--host", "127.0.0.1"],
                              env=serve_environment(tmp_path, PORT=str(port)), capture_output=True, text=True,
                              timeout=60)
    assert done.returncode == 1
    assert f"Can't listen on 127.0.0.1:{port}" in done.stderr and "Traceback" not in done.stderr
