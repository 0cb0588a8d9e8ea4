#!/usr/bin/env python3
"""Benchmark what each ``empathy-coach`` command pays for imports before it does its work.

Why this exists
---------------
``check`` runs between two customer messages, and ``--version``, ``lessons`` or
``progress`` should feel instant. Each command imports only what it uses: the
analyzer (about 70 ms, with its compiled patterns read from ``__pycache__``) only
when a draft is checked, the database layer only when something is read or saved, the chat
platforms only for ``serve``. This script runs every command under
``python -X importtime`` and adds up the cumulative time of the imports at the
top of the tree, beside a baseline measured in the same run: the interpreter
starting with ``python -X importtime -c pass``. It also says whether the command
loaded the analyzer (``bot.coach.checks`` beyond its plain data types).

How to run
----------
    python benchmarks/startup.py               # every command, median of 7 runs
    python benchmarks/startup.py --runs 15 --markdown

It only reports; the exit code is 0. Each command runs against a database in a
temporary folder that holds one check, with no platform or model configured.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DRAFT = "Calm down. As I already said, refunds take 10 days. Read the FAQ."
COMMANDS: tuple[tuple[str, ...], ...] = (
    ("--version",),
    ("serve", "--help"),
    ("teams-package", "--help"),
    ("lessons",),
    ("lesson", "open-questions"),
    ("progress",),
    ("stats",),
    ("forget-me", "--yes"),
    ("practice", "--list"),
    ("deliver-due", "--dry-run"),
    ("check", "--offline", DRAFT),
)
PROBE = (
    "import sys, runpy\n"
    "sys.argv = ['empathy-coach', *sys.argv[1:]]\n"
    "try:\n"
    "    runpy.run_module('bot', run_name='__main__')\n"
    "except SystemExit:\n"
    "    pass\n"
    "analyzer = [m for m in sys.modules if m.startswith('bot.coach.checks.') and m != 'bot.coach.checks.model']\n"
    "print('ANALYZER' if analyzer else 'LIGHT', file=sys.stderr)\n"
)


def import_ms(argv: list[str], environ: dict[str, str], cwd: Path) -> tuple[float, bool]:
    """Milliseconds of imports (the sum of the top-level cumulative times) and whether the analyzer loaded."""
    done = subprocess.run([sys.executable, "-X", "importtime", *argv], capture_output=True, text=True, env=environ,
                          cwd=cwd, timeout=120)
    total = 0
    for line in done.stderr.splitlines():
        if not line.startswith("import time:") or "cumulative" in line:
            continue
        _, cumulative, name = line[len("import time:"):].split("|")
        if not name.startswith("  "):  # a top-level import: its cumulative time covers everything under it
            total += int(cumulative)
    return total / 1000, "ANALYZER" in done.stderr.splitlines()[-1:]


def measure(runs: int) -> tuple[float, list[tuple[str, float, bool]]]:
    with tempfile.TemporaryDirectory() as folder:
        cwd = Path(folder)
        environ = {name: value for name, value in os.environ.items()
                   if not name.startswith(("SLACK_", "OPENAI_", "AZURE_OPENAI_", "Microsoft", "COACH_"))}
        environ.update(HOME=folder, COACH_DB=str(cwd / "coach.db"), PYTHONPATH=str(ROOT))
        import_ms(["-c", PROBE, "check", DRAFT], environ, cwd)  # a database with one check, for progress and forget-me
        baseline = statistics.median(import_ms(["-c", "pass"], environ, cwd)[0] for _ in range(runs))
        rows = []
        for command in COMMANDS:
            samples = [import_ms(["-c", PROBE, *command], environ, cwd) for _ in range(runs)]
            rows.append((" ".join(command).replace(DRAFT, "TEXT"), statistics.median(ms for ms, _ in samples),
                         samples[-1][1]))
    return baseline, rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=7, help="runs per command; the median is reported")
    parser.add_argument("--markdown", action="store_true", help="print a Markdown table")
    args = parser.parse_args()
    baseline, rows = measure(max(1, args.runs))
    if args.markdown:
        print("| command | imports (ms) | × bare interpreter | loads the analyzer |")
        print("|---|---:|---:|---|")
        for command, ms, analyzer in rows:
            print(f"| `{command}` | {ms:.0f} | {ms / baseline:.1f} | {'yes' if analyzer else 'no'} |")
        print(f"\nBare interpreter (`python -X importtime -c pass`): {baseline:.1f} ms.")
        return 0
    print(f"baseline: the bare interpreter imports for {baseline:.1f} ms")
    width = max(len(command) for command, _, _ in rows)
    for command, ms, analyzer in rows:
        print(f"{command:<{width}}  {ms:7.1f} ms  {ms / baseline:5.1f}x  {'analyzer' if analyzer else ''}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
