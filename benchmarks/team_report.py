#!/usr/bin/env python3
"""Benchmark the leads' team report on a large database: 5,000 agents, 1,000,000 checks.

Why this exists
---------------
A lead opens ``/empathy team`` or the App Home and waits for the report; the
target is under 2 s for 5,000 agents and 1,000,000 checks. This script fills a
file database with half a year of that team's history (checks spread evenly
over 26 weeks, so a 4-week report reads about 155,000 of them, plus lessons,
quiz answers, practice sessions and feedback), then times ``Team.report``.

Beside it, measured in the same run on the same file, a baseline: one bare
``count``/``avg`` over the same period's checks through the same index, the
least any report must do. The ratio shows what the report's week-by-week
figures, findings, lessons and practice add to merely touching the rows. The
worst case, a report over all 26 weeks (every check), is timed too.

``--plans`` prints ``EXPLAIN QUERY PLAN`` of every query the report runs, as
docs/team.md shows them.

How to run
----------
    python benchmarks/team_report.py                     # 5,000 agents, 1,000,000 checks
    python benchmarks/team_report.py --agents 500 --checks 100000 --plans

It reports; the exit code is 0 unless ``--strict`` is given and the target is missed (then 1).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.coach.checks.model import DIMENSIONS  # noqa: E402
from bot.coach.checks.rules import RULES  # noqa: E402
from bot.coach.lessons.curriculum import Curriculum  # noqa: E402
from bot.services.lessons import Lessons  # noqa: E402
from bot.services.team import Team  # noqa: E402
from bot.settings import Settings  # noqa: E402
from bot.store import Store, iso  # noqa: E402

TARGET_SECONDS = 2.0
NOW = datetime(2025, 9, 3, 15, 0, tzinfo=UTC)
HISTORY = timedelta(weeks=26)
TEAM = "slack:TBENCH"
SCENARIOS = ("late-delivery", "double-charge", "cancelled-flight", "abusive-customer")


def fill(store: Store, agents: int, checks: int, seed: int) -> None:
    """Rows straight into the tables, as the coach writes them, far faster than one check at a time."""
    rnd = random.Random(seed)
    rules = sorted(RULES)
    lessons = Curriculum.load().ids
    users = [f"{TEAM}:U{n:06d}" for n in range(agents)]
    start = NOW - HISTORY
    conn = store.db.conn
    created = iso(start - timedelta(days=1))
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO users (id, platform, display_name, created_at, last_seen_at, share_with_leads) "
        "VALUES (?, 'slack', ?, ?, ?, ?)",
        [(user, f"Agent {n}", created, created, int(n % 20 == 0)) for n, user in enumerate(users)],
    )
    span = HISTORY.total_seconds()

    def check_rows():
        for n in range(checks):
            at = start + timedelta(seconds=span * n / checks)
            score = max(0, min(100, int(rnd.gauss(62, 15))))
            found = rnd.sample(rules, rnd.choice((0, 1, 1, 2, 3)))
            yield (users[rnd.randrange(agents)], iso(at), "slack", score, min(100, score + 15),
                   *(round(rnd.random(), 3) for _ in DIMENSIONS), json.dumps(found), "offline", "en")

    columns = ", ".join(DIMENSIONS)
    conn.executemany(
        f"INSERT INTO checks (user_id, created_at, platform, score, rewrite_score, {columns}, rules, engine, "
        f"language) VALUES (?, ?, ?, ?, ?, {', '.join('?' for _ in DIMENSIONS)}, ?, ?, ?)",
        check_rows(),
    )
    feedback = rnd.sample(range(1, checks + 1), checks // 10)
    conn.executemany(
        "INSERT INTO feedback (check_id, user_id, helpful, created_at) "
        "SELECT id, user_id, ?, created_at FROM checks WHERE id = ?",
        [(int(rnd.random() < 0.7), check_id) for check_id in feedback],
    )
    delivery = 0
    for day in range(28):  # the last four weeks of lessons
        local = (NOW - timedelta(days=day)).date()
        if local.weekday() >= 5:
            continue
        sent = iso(datetime.combine(local, datetime.min.time(), UTC) + timedelta(hours=9, minutes=30))
        rows, answers, done = [], [], []
        for user in users:
            delivery += 1
            lesson = lessons[rnd.randrange(len(lessons))]
            rows.append((delivery, user, local.isoformat(), lesson, sent, sent, sent))
            if rnd.random() < 0.7:
                answers.append((delivery, user, lesson, "q1", rnd.randrange(3), int(rnd.random() < 0.75), sent))
                done.append((delivery, user, lesson, sent))
        conn.executemany(
            "INSERT INTO lesson_deliveries (id, user_id, local_date, lesson_id, kind, reason, late, status, attempts, "
            "scheduled_at, claimed_at, sent_at) VALUES (?, ?, ?, ?, 'next', 'bench', 0, 'sent', 1, ?, ?, ?)", rows)
        conn.executemany(
            "INSERT INTO quiz_answers (delivery_id, user_id, lesson_id, question_id, option, correct, answered_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)", answers)
        conn.executemany(
            "INSERT INTO lesson_completions (delivery_id, user_id, lesson_id, completed_at) VALUES (?, ?, ?, ?)", done)
    practice = []
    for n in range(agents):
        at = iso(NOW - timedelta(hours=rnd.randrange(24 * 28)))
        status = rnd.choice(("satisfied", "walked_away", "ended", "expired"))
        practice.append((users[n], "slack", SCENARIOS[n % len(SCENARIOS)], "{}", status, at, at, at,
                         json.dumps({"score": rnd.randrange(30, 95)})))
    conn.executemany(
        "INSERT INTO practice_sessions (user_id, platform, scenario_id, state, status, started_at, updated_at, "
        "finished_at, summary) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", practice)
    conn.commit()
    conn.execute("ANALYZE")


def timed(run, repeats: int) -> tuple[float, float, object]:
    """Median wall-clock and CPU seconds; on a shared machine the CPU time shows what other load added."""
    times, cpu, result = [], [], None
    for _ in range(repeats):
        began, began_cpu = time.perf_counter(), time.process_time()
        result = run()
        times.append(time.perf_counter() - began)
        cpu.append(time.process_time() - began_cpu)
    return statistics.median(times), statistics.median(cpu), result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--agents", type=int, default=5000)
    parser.add_argument("--checks", type=int, default=1_000_000)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--seed", type=int, default=None, help="fresh inputs each run unless given")
    parser.add_argument("--plans", action="store_true", help="print EXPLAIN QUERY PLAN of every query")
    parser.add_argument("--strict", action="store_true", help="exit 1 when the target is missed")
    args = parser.parse_args(argv)
    seed = args.seed if args.seed is not None else random.randrange(1 << 30)

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "coach.db"
        began = time.perf_counter()
        with Store.open(path, clock=lambda: NOW) as store:
            fill(store, args.agents, args.checks, seed)
        print(f"Filled {args.agents:,} agents and {args.checks:,} checks over 26 weeks in "
              f"{time.perf_counter() - began:.1f} s (seed {seed}).")
        with Store.open(path, clock=lambda: NOW) as store:
            curriculum = Curriculum.load()
            team = Team(store, Settings(db_path=path, store_text=False), Lessons(store, curriculum))
            since = NOW - timedelta(weeks=4)
            team.report(TEAM)  # warm the page cache, as a running server's would be
            baseline, baseline_cpu, _ = timed(lambda: store.db.execute(
                "SELECT count(*), avg(score) FROM checks WHERE created_at >= ? AND created_at <= ? "
                "AND user_id > ? AND user_id < ?", [iso(since), iso(NOW), f"{TEAM}:", f"{TEAM};"]).fetchone(),
                args.repeats)
            seconds, cpu, report = timed(lambda: team.report(TEAM), args.repeats)
            worst, worst_cpu, _ = timed(lambda: team.report(TEAM, weeks=26), 1)
            plans = []
            if args.plans:
                statements: list[str] = []
                store.db.conn.set_trace_callback(statements.append)
                team.report(TEAM)
                store.db.conn.set_trace_callback(None)
                for sql in statements:
                    plan = store.db.execute(f"EXPLAIN QUERY PLAN {sql}").fetchall()
                    plans.append((sql, [row[3] for row in plan]))

    print(f"Team report, 4 weeks ({report.checks:,} checks, {report.active_agents:,} active agents): "
          f"{seconds:.3f} s, {cpu:.3f} s of CPU (median of {args.repeats}); target under {TARGET_SECONDS:g} s.")
    print(f"Baseline, one count/avg over the same checks: {baseline:.3f} s, {baseline_cpu:.3f} s of CPU; the report "
          f"takes {cpu / baseline_cpu:.1f}x the baseline's CPU time.")
    print(f"Worst case, all 26 weeks ({args.checks:,} checks): {worst:.3f} s, {worst_cpu:.3f} s of CPU.")
    print(f"Load average while measuring: {', '.join(f'{load:.1f}' for load in os.getloadavg())} "
          f"on {os.cpu_count()} cores.")
    for sql, plan in plans:
        print(f"\n{sql}")
        for step in plan:
            print(f"  {step}")
    if args.strict and seconds >= TARGET_SECONDS:
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
