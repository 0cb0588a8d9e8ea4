#!/usr/bin/env python3
"""Peak memory of ``empathy-coach batch`` on a big export, beside the same command on a small one.

Why this exists
---------------
QA teams score whole exports of past replies. ``batch`` reads, checks and
writes one row at a time, so its memory should not grow with the file: a
200,000-row export should peak where a 2,000-row one does. This script
measures exactly that, in one run:

1. writes two JSON Lines files of fresh drafts (made up here from a few dozen
   reply fragments with random numbers, so no two rows are the same): a small
   one (``--small``, 2,000 rows) and a big one (``--rows``, 200,000 rows);
2. runs ``python -m bot batch FILE --text-column text --out /dev/null`` on each,
   in its own process, and reads that process's peak resident memory from the
   operating system (``ru_maxrss``; Linux and macOS);
3. measures the engine on its own the same way (a process that checks each
   fragment once), since the engine's models (the language identifier's above
   all) are loaded whatever the file's size;
4. reports the peaks, what batch adds to the engine, the ratio of the big file's
   peak to the small one's, the rows per second, and whether progress lines
   reached stderr (it is not a terminal here).

Targets: batch adds at most 40 MiB to the engine's own peak at 200,000 rows, and
the big file peaks at most 1.2x the small one. The exit code is 0 even when a
target is missed, unless ``--strict`` is given.

How to run
----------
    python benchmarks/batch_memory.py                 # 200,000 rows (a few minutes)
    python benchmarks/batch_memory.py --rows 50000    # a quicker run
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
TARGET_MIB = 40.0
TARGET_RATIO = 1.2

FRAGMENTS = (
    "I'm sorry your order #{n} is late.", "As I already said, check the tracking page.",
    "Refunds take {d} business days.", "I'll message you by {d}pm today with an update.",
    "Calm down, it is what it is.", "Could you tell me more about what happened?",
    "Your ticket {n} was escalated.", "Nothing can be done about the delay.",
    "I can see you were charged twice for ${d}.99 and I'll reverse the duplicate.",
    "Thanks for your patience while I checked account {n}.",
)


def write_rows(path: Path, rows: int, rng: random.Random) -> None:
    with path.open("w", encoding="utf-8") as out:
        for _ in range(rows):
            text = " ".join(rng.choice(FRAGMENTS).format(n=rng.randrange(10_000, 99_999), d=rng.randrange(2, 12))
                            for _ in range(rng.randrange(1, 4)))
            out.write(json.dumps({"text": text}) + "\n")


def measure(path: Path) -> tuple[float, float, int]:
    """Peak MiB, seconds, and the number of progress lines ``batch`` wrote to stderr."""
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT), "COACH_DB": str(path.with_suffix(".db"))}
    started = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-m", "bot", "batch", str(path), "--text-column", "text",
                                "--out", os.devnull], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    assert process.stderr is not None
    err = process.stderr.read().decode()
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    seconds = time.perf_counter() - started
    if process.returncode != 0:
        raise SystemExit(f"batch failed on {path.name}:\n{err}")
    divisor = 1024 * 1024 if sys.platform == "darwin" else 1024  # bytes on macOS, KiB on Linux
    return usage.ru_maxrss / divisor, seconds, sum("rows checked" in line for line in err.splitlines())


def engine_only() -> float:
    """Peak MiB of a process that checks every fragment once: the engine's own footprint."""
    code = ("import sys; sys.path.insert(0, sys.argv[1]); from benchmarks.batch_memory import FRAGMENTS; "
            "from bot.coach import check; [check(f.format(n=12345, d=5)) for f in FRAGMENTS]")
    process = subprocess.Popen([sys.executable, "-c", code, str(REPO_ROOT)])
    _, status, usage = os.wait4(process.pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit("The engine failed on its own.")
    return usage.ru_maxrss / (1024 * 1024 if sys.platform == "darwin" else 1024)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=200_000, help="rows in the big file")
    parser.add_argument("--small", type=int, default=2_000, help="rows in the small file")
    parser.add_argument("--strict", action="store_true", help="exit 1 when a target is missed")
    args = parser.parse_args(argv)
    rng = random.Random(time.time_ns())
    with tempfile.TemporaryDirectory() as folder:
        small, big = Path(folder) / "small.jsonl", Path(folder) / "big.jsonl"
        write_rows(small, args.small, rng)
        write_rows(big, args.rows, rng)
        small_mib, small_seconds, _ = measure(small)
        big_mib, big_seconds, progress_lines = measure(big)
    engine_mib = engine_only()
    ratio, added = big_mib / small_mib, big_mib - engine_mib
    print(f"peak memory: the engine alone {engine_mib:.1f} MiB; batch of {args.small:,} rows {small_mib:.1f} MiB, "
          f"of {args.rows:,} rows {big_mib:.1f} MiB")
    print(f"batch adds {added:.1f} MiB to the engine (target <= {TARGET_MIB:.0f}); big / small {ratio:.2f} "
          f"(target <= {TARGET_RATIO})")
    print(f"rows per second: {args.small / small_seconds:,.0f} and {args.rows / big_seconds:,.0f}; "
          f"progress lines on stderr (not a terminal): {progress_lines}")
    ok = added <= TARGET_MIB and ratio <= TARGET_RATIO
    print("ok" if ok else "MISSED")
    return 1 if args.strict and not ok else 0


if __name__ == "__main__":
    sys.exit(main())
