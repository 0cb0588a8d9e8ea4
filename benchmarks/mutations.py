"""Would the tests notice? One-line bugs planted in the code that matters most, one at a time.

Each mutation below is the kind of slip a real change makes: a flipped comparison,
a dropped clause, an off-by-one, a removed call. For each, a copy of the checkout
gets that one line changed and only the test files named for it run (``pytest -x
-q``, ``CI=true``). A failing run means the tests caught the bug ("killed"); a
passing one means they didn't ("survived"). The table and the kill rate are
printed; the script always exits 0 when it could run every mutation, because it
reports rather than gates.

    .venv/bin/python benchmarks/mutations.py            # all of them, a few minutes
    .venv/bin/python benchmarks/mutations.py -k forget  # those whose name contains "forget"

The working tree is never changed: everything happens in a temporary copy.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TIMEOUT_SECONDS = 60
"""A mutation that makes a test hang is caught too: the run is stopped and counted as killed."""


@dataclass(frozen=True, slots=True)
class Mutation:
    name: str
    file: str
    original: str
    """Exactly as it stands in ``file``, once."""
    replacement: str
    tests: tuple[str, ...]
    """The test files that should catch it; only these run."""
    why: str
    """What would go wrong for users if this shipped."""

    @property
    def area(self) -> str:
        return self.name.split(":", 1)[0]


MUTATIONS: tuple[Mutation, ...] = (
    # --- the engine -----------------------------------------------------------------------------------------------
    Mutation(
        "engine: no fact/promise safety net", "bot/coach/checks/engine.py",
        "if missing_facts(analysis.text, text) or added_promises(analysis.text, text) or _worse(improved, analysis):",
        "if _worse(improved, analysis):",
        ("tests/test_rewrite.py",),
        "a rewriter slip that drops an order number or adds a refund would reach the agent",
    ),
    Mutation(
        "engine: new findings accepted", "bot/coach/checks/engine.py",
        "return improved.score < analysis.score or any(rule not in before for rule in improved.rules)",
        "return improved.score < analysis.score",
        ("tests/test_rewrite.py",),
        "a rewrite that brings in a new problem would be shown as an improvement",
    ),
    Mutation(
        "engine: draft length off by one", "bot/coach/checks/engine.py",
        "if len(draft) > MAX_DRAFT_CHARS:",
        "if len(draft) >= MAX_DRAFT_CHARS:",
        ("tests/test_bad_input.py",),
        "a draft of exactly the documented maximum would be refused",
    ),
    Mutation(
        "engine: rewriter edits a fact", "bot/coach/checks/rewrite.py",
        "if edit and not overlaps_fact(facts, edit.start, edit.end):",
        "if edit:",
        ("tests/test_rewrite.py",),
        "a phrase edit could cut through an amount or a name; the rewriter itself must refuse it",
    ),
    Mutation(
        "engine: a crisis handed on still flagged", "bot/coach/checks/analyze.py",
        "if stakes.crisis and not reply.handoff:",
        "if stakes.crisis:",
        ("tests/test_rules.py",),
        "an agent who did the right thing for a customer in crisis would be told they hadn't",
    ),
    Mutation(
        "engine: repeated facts not counted", "bot/coach/checks/facts.py",
        "return [fact for fact, count in wanted.items() if _count_whole(normal(fact), written) < count]",
        "return [fact for fact, count in wanted.items() if _count_whole(normal(fact), written) < 1]",
        ("tests/test_rewrite.py",),
        "a rewrite that keeps one of two amounts ('$20 now and $20 later') would pass as faithful",
    ),
    Mutation(
        "engine: plural vouchers not a promise", "bot/coach/checks/promises.py",
        '"voucher": r"\\bvouchers?\\b",',
        '"voucher": r"\\bvoucher\\b",',
        ("tests/test_rewrite.py", "tests/test_guardrails.py"),
        "'we'll send you two vouchers' added by a rewrite would go unnoticed",
    ),
    Mutation(
        "engine: harm no heavier than a habit", "bot/coach/checks/score.py",
        "weight += HARM_WEIGHT if finding.rule in HARM else WEIGHT[finding.severity]",
        "weight += WEIGHT[finding.severity]",
        ("tests/test_dimensions.py", "tests/test_rules.py"),
        "blaming the customer would cost no more than any other high finding",
    ),
    # --- the LLM guardrails ---------------------------------------------------------------------------------------
    Mutation(
        "guardrails: length floor halved", "bot/coach/checks/guardrails.py",
        "MIN_LENGTH_RATIO = 0.4",
        "MIN_LENGTH_RATIO = 0.2",
        ("tests/test_guardrails.py",),
        "a model answer that cuts two thirds of what the agent had to say would be shown",
    ),
    Mutation(
        "guardrails: promise check dropped", "bot/coach/checks/guardrails.py",
        "or _promises(draft, rewrite)",
        "",
        ("tests/test_guardrails.py",),
        "a model offering a refund nobody approved would be shown to the agent",
    ),
    Mutation(
        "guardrails: new policy claims allowed", "bot/coach/checks/guardrails.py",
        "if len(_POLICY.findall(rewrite)) > len(_POLICY.findall(draft)):",
        "if len(_POLICY.findall(rewrite)) > len(_POLICY.findall(draft)) + 1:",
        ("tests/test_guardrails.py",),
        "a model could quote a policy that doesn't exist",
    ),
    Mutation(
        "guardrails: English threshold", "bot/coach/language.py",
        "ENGLISH_SHARE = 0.2",
        "ENGLISH_SHARE = 0.01",
        ("tests/test_guardrails.py", "tests/test_rewrite.py", "tests/test_rules.py"),
        "a reply in another language with one English-looking word would be judged by English rules",
    ),
    # --- privacy --------------------------------------------------------------------------------------------------
    Mutation(
        "privacy: Luhn doubling off by one", "bot/coach/privacy/payments.py",
        "n = n * 2 - 9 if n > 4 else n * 2",
        "n = n * 2 - 9 if n > 5 else n * 2",
        ("tests/test_privacy.py",),
        "real card numbers with a 5 in a doubled place would be sent to the model",
    ),
    Mutation(
        "privacy: lost placeholder vanishes", "bot/coach/privacy/__init__.py",
        "return PLACEHOLDER.sub(lambda m: self.originals.get(m.group(0), m.group(0)), text)",
        'return PLACEHOLDER.sub(lambda m: self.originals.get(m.group(0), ""), text)',
        ("tests/test_privacy.py", "tests/test_llm.py"),
        "a detail the model mangled would silently disappear instead of being caught by the guard",
    ),
    Mutation(
        "privacy: feedback reasons kept without consent", "bot/services/checks.py",
        "kept = reason if self.settings.store_text else None",
        "kept = reason",
        ("tests/test_slack_interactions.py",),
        "an agent's own words would be stored although COACH_STORE_TEXT is off",
    ),
    # --- the store ------------------------------------------------------------------------------------------------
    Mutation(
        "store: forget keeps practice sessions", "bot/store/database.py",
        '"practice_sessions"):',
        "):",
        ("tests/test_store.py", "tests/test_services_practice.py"),
        "forget-me would leave the agent's practice replies on disk",
    ),
    Mutation(
        "store: forget keeps drafts in memory", "bot/services/__init__.py",
        "self.checks.forget_recent(user_id)",
        "pass",
        ("tests/test_store.py", "tests/test_llm.py"),
        "after forget-me, 'Another version' would still show the agent's draft",
    ),
    Mutation(
        "store: drafts kept without consent", "bot/store/database.py",
        '"text": result.draft if store_text else None,',
        '"text": result.draft,',
        ("tests/test_store.py",),
        "every draft would be written to disk although COACH_STORE_TEXT is off",
    ),
    Mutation(
        "store: newer schema opened", "bot/store/database.py",
        "if current > len(migrations):",
        "if current > len(migrations) + 1:",
        ("tests/test_store.py",),
        "an older coach would write to a database a newer one had changed under it",
    ),
    Mutation(
        "store: redelivered events handled again", "bot/store/database.py",
        "return inserted == 1",
        "return inserted >= 0",
        ("tests/test_slack_events.py",),
        "Slack's retry of an event would run the check a second time and answer twice",
    ),
    Mutation(
        "store: lease ignored", "bot/store/database.py",
        "int(slot.late), iso(slot.scheduled_at), iso(now), run, user_id, iso(now - lease), max_attempts],",
        "int(slot.late), iso(slot.scheduled_at), iso(now), run, user_id, iso(now + lease), max_attempts],",
        ("tests/test_services_lessons.py",),
        "two overlapping runs would both claim and send the same lesson",
    ),
    # --- Slack signing and replays --------------------------------------------------------------------------------
    Mutation(
        "signing: future timestamps accepted", "bot/slack/signed.py",
        "if abs(self.clock() - int(timestamp)) > MAX_AGE_SECONDS:",
        "if self.clock() - int(timestamp) > MAX_AGE_SECONDS:",
        ("tests/test_slack_requests.py",),
        "a request signed with a timestamp far ahead could be replayed for as long as the attacker likes",
    ),
    Mutation(
        "signing: replays forgotten too soon", "bot/slack/signed.py",
        "heapq.heappush(self._expiry, (timestamp + MAX_AGE_SECONDS + 1, signed))",
        "heapq.heappush(self._expiry, (timestamp + 1, signed))",
        ("tests/test_slack_requests.py",),
        "a captured request sent again a few seconds later would be acted on twice",
    ),
    Mutation(
        "signing: replays not refused", "bot/slack/signed.py",
        "if signed in self._seen:\n            return False",
        "if signed in self._seen:\n            return True",
        ("tests/test_slack_requests.py",),
        "the same signed request sent twice would run twice (two checks, two lesson answers)",
    ),
    # --- Teams authentication -------------------------------------------------------------------------------------
    Mutation(
        "teams: tokens without exp accepted", "bot/teams/auth.py",
        'raise PermissionError("The token has no expiry (exp claim).")',
        "pass",
        ("tests/test_teams_http.py",),
        "a token that never expires would be accepted forever",
    ),
    Mutation(
        "teams: connector calls without a time limit", "bot/teams/auth.py",
        "result.connector_factory = BoundedConnectorFactory(result.connector_factory)",
        "pass",
        ("tests/test_teams_http.py",),
        "a Teams service URL that never answers would hold the request open for minutes",
    ),
    Mutation(
        "teams: signing keys fetched without a time limit", "bot/teams/auth.py",
        "bound_key_fetches(cloud.channel_openid_metadata_url, cloud.emulator_openid_metadata_url)",
        "pass",
        ("tests/test_teams_http.py",),
        "a key server that never answers would hang every Teams request instead of a 503",
    ),
    # --- scheduling -----------------------------------------------------------------------------------------------
    Mutation(
        "scheduling: no look before a retry", "bot/services/lessons.py",
        'look = getattr(sender, "already_sent", None) if delivery.attempts > 1 else None',
        'look = getattr(sender, "already_sent", None) if delivery.attempts > 2 else None',
        ("tests/test_services_lessons.py",),
        "after a crash mid-send, the lesson the platform had accepted would be sent again",
    ),
    Mutation(
        "scheduling: last attempt off by one", "bot/services/lessons.py",
        "last = delivery.attempts >= MAX_ATTEMPTS",
        "last = delivery.attempts > MAX_ATTEMPTS",
        ("tests/test_services_lessons.py",),
        "an agent whose lesson failed every attempt would never be reported as undelivered",
    ),
    Mutation(
        "scheduling: claims not renewed", "bot/services/lessons.py",
        "            store.renew_claims(run)",
        "            pass",
        ("tests/test_services_lessons.py",),
        "a slow run would lose its claims and another run would send the same lessons again",
    ),
    Mutation(
        "scheduling: rate limit shortened", "bot/services/lessons.py",
        "await pause.hold(max(MIN_RETRY_SECONDS, limit.retry_after))",
        "await pause.hold(min(MIN_RETRY_SECONDS, limit.retry_after))",
        ("tests/test_services_lessons.py",),
        "a platform asking us to wait 30 s would be hit again after one",
    ),
    Mutation(
        "scheduling: late from the first minute", "bot/coach/lessons/schedule.py",
        "return Slot(today, moment, late=now - moment > LATE_AFTER)",
        "return Slot(today, moment, late=now > moment)",
        ("tests/test_lesson_schedule.py", "tests/test_services_lessons.py"),
        "every lesson would say it arrived late",
    ),
    # --- practice -------------------------------------------------------------------------------------------------
    Mutation(
        "practice: mood below calm", "bot/coach/practice/session.py",
        "return round(min(FURIOUS, max(0.0, mood)), 3)",
        "return round(min(FURIOUS, mood), 3)",
        ("tests/test_practice.py",),
        "a customer could become calmer than calm, and the mood curve would dip below zero",
    ),
    Mutation(
        "practice: canned reply calms", "bot/coach/practice/reactions.py",
        '"canned": 0.05,',
        '"canned": -0.05,',
        ("tests/test_practice.py",),
        "stock phrases would calm the simulated customer, teaching the opposite of the lesson",
    ),
    Mutation(
        "practice: settled after one reply", "bot/coach/practice/session.py",
        "if reaction in CALMING and mood <= SATISFIED_AT and settled and number >= MIN_TURNS_TO_SETTLE:",
        "if reaction in CALMING and mood <= SATISFIED_AT and settled:",
        ("tests/test_practice.py",),
        "a session could end satisfied on the first reply, before the agent had a conversation",
    ),
    Mutation(
        "practice: promises fall due every turn", "bot/coach/practice/session.py",
        "if outcome and session.outstanding:",
        "if session.outstanding:",
        ("tests/test_practice_boundaries.py",),
        "a forbidden offer would wind the customer up on every turn instead of once, when it falls due",
    ),
    Mutation(
        "practice: crossing a line not capped", "bot/coach/practice/boundaries.py",
        "score = min(score, CROSSED_CAP)",
        "score = max(score, CROSSED_CAP)",
        ("tests/test_practice_boundaries.py",),
        "promising what the scenario forbids could still score as a good reply",
    ),
)


EQUIVALENT: tuple[tuple[Mutation, str], ...] = (
    (
        Mutation("engine: rewriting what it can't read", "bot/coach/checks/rewrite.py",
                 "if not analysis.readable or not analysis.findings:", "if not analysis.findings:", (), ""),
        "analyze() gives a text it can't read no findings, so the second test already returns it unchanged",
    ),
    (
        Mutation("store: migrations rerun the last", "bot/store/database.py",
                 "            if version <= current:\n                continue",
                 "            if version < current:\n                continue", (), ""),
        "each migration checks the version again under the write lock (for another process migrating first), "
        "which skips the rerun",
    ),
    (
        Mutation("store: one attempt too many", "bot/store/database.py", "OR (status = 'failed' AND attempts < ?)",
                 "OR (status = 'failed' AND attempts <= ?)", (), ""),
        "the failure that uses the last attempt marks the lesson 'undelivered', so no 'failed' row ever holds "
        "MAX_ATTEMPTS attempts for the comparison to see",
    ),
    (
        Mutation("teams: missing token let through", "bot/teams/endpoint.py", "if require_token and header is None:",
                 "if require_token and header == '':", (), ""),
        "the SDK refuses a request without a token with the same 401 a moment later; only the wording differs",
    ),
)
"""Mutations tried and taken out of the table: no behaviour can tell them from the code, for the reason given."""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-k", dest="only", help="run only mutations whose name contains this")
    args = parser.parse_args()
    chosen = [m for m in MUTATIONS if not args.only or args.only.lower() in m.name.lower()]
    stale = [m for m in chosen if (ROOT / m.file).read_text(encoding="utf-8").count(m.original) != 1]
    if stale:
        for m in stale:
            print(f"{m.name}: the original line is not in {m.file} exactly once; update the table.", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="mutations-") as tmp:
        copy = Path(tmp) / "checkout"
        _copy_checkout(copy)
        _check_imports_from(copy)
        tests = sorted({t for m in chosen for t in m.tests})
        print(f"Baseline: {len(tests)} test files, unmutated ...", flush=True)
        outcome, seconds, _ = _run_tests(copy, tests)
        if outcome != "survived":
            print(f"The tests fail without any mutation ({outcome}); fix them first.", file=sys.stderr)
            return 2
        print(f"Baseline passed in {seconds:.0f} s.\n", flush=True)
        rows = [_try(copy, m) for m in chosen]
    _report(rows)
    return 0


def _copy_checkout(to: Path) -> None:
    """The files git would see (tracked or not ignored), so caches and the virtual environment stay behind."""
    listed = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard", "-z"], cwd=ROOT, check=True,
        capture_output=True,
    ).stdout.decode().split("\0")
    for name in filter(None, listed):
        source = ROOT / name
        if source.is_file():
            (to / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, to / name)


def _check_imports_from(copy: Path) -> None:
    """The tests must import the copy's ``bot``, not the checkout's (an editable install points there)."""
    found = subprocess.run([sys.executable, "-c", "import bot; print(bot.__file__)"], cwd=copy, check=True,
                           capture_output=True, text=True).stdout.strip()
    if not Path(found).resolve().is_relative_to(copy.resolve()):
        raise SystemExit(f"The copy imports bot from {found}, not from itself; mutations would not be tested.")


def _try(copy: Path, m: Mutation) -> tuple[Mutation, str, float, str]:
    path = copy / m.file
    original = path.read_text(encoding="utf-8")
    path.write_text(original.replace(m.original, m.replacement, 1), encoding="utf-8")
    try:
        outcome, seconds, caught_by = _run_tests(copy, list(m.tests))
    finally:
        path.write_text(original, encoding="utf-8")
        for cached in path.parent.glob(f"__pycache__/{path.stem}.*.pyc"):
            cached.unlink()  # the mutant's bytecode may share the original's size and second
    print(f"{outcome:>8}  {seconds:5.1f} s  {m.name}", flush=True)
    return m, outcome, seconds, caught_by


def _run_tests(copy: Path, tests: list[str]) -> tuple[str, float, str]:
    """("killed", "survived" or "timeout", seconds, the first failing test)."""
    env = {**os.environ, "CI": "true"}
    started = time.perf_counter()
    try:
        run = subprocess.run(
            [sys.executable, "-m", "pytest", "-x", "-q", "-p", "no:cacheprovider", *tests], cwd=copy, env=env,
            capture_output=True, text=True, timeout=TIMEOUT_SECONDS,
        )
    except subprocess.TimeoutExpired:
        return "timeout", time.perf_counter() - started, f"no result in {TIMEOUT_SECONDS} s"
    seconds = time.perf_counter() - started
    if run.returncode == 0:
        return "survived", seconds, ""
    if run.returncode not in (1, 2):  # 3 internal error, 4 usage, 5 nothing collected: the table is wrong
        raise SystemExit(f"pytest could not run {tests} (exit {run.returncode}):\n{run.stdout[-2000:]}")
    failed = re.search(r"^(?:FAILED|ERROR) (\S+)", run.stdout, re.MULTILINE)
    return "killed", seconds, failed.group(1) if failed else "collection error"


def _report(rows: list[tuple[Mutation, str, float, str]]) -> None:
    print()
    print(f"{'mutation':<46} {'result':<9} {'s':>5}  caught by / why it matters")
    for m, outcome, seconds, caught_by in rows:
        print(f"{m.name:<46} {outcome:<9} {seconds:5.1f}  {caught_by or m.why}")
    killed = sum(outcome != "survived" for _, outcome, _, _ in rows)
    total_seconds = sum(seconds for _, _, seconds, _ in rows)
    print(f"\nKilled {killed} of {len(rows)} mutations: {killed / len(rows):.0%} "
          f"({total_seconds:.0f} s of tests).")
    survivors = [(m, outcome) for m, outcome, _, _ in rows if outcome == "survived"]
    for m, _ in survivors:
        print(f"  survived: {m.name} ({m.file}): {m.why}")
    print("\nLeft out as equivalent (no test could tell them from the code):")
    for m, reason in EQUIVALENT:
        print(f"  {m.name} ({m.file}): {reason}")


if __name__ == "__main__":
    sys.exit(main())
