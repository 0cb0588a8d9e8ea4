#!/usr/bin/env python3
"""What redaction costs per LLM call, and what it catches, beside the regex-only redactor it replaced.

Why this exists
---------------
Every draft, customer message and practice reply is redacted before it goes to a
model, so redaction sits on the path of every LLM call. It must stay cheap (target:
a few milliseconds for a 3,000-character draft, the longest a check sends), and it
must hide every personal detail without touching the facts the reply is about.

This script generates fresh drafts in every run (seeded at random unless ``--seed``
is given): about 3,000 characters of support prose with personal details planted
in the formats agents paste (cards in every grouping, phones from the US, UK,
Germany and France, IBANs, emails, addresses, postcodes) and look-alike facts
(order numbers, amounts, dates, times, flight, tracking and invoice numbers). It
then reports, for the current redactor and for the regex-only one it replaced
(read from git at ``BASELINE_COMMIT``, in the same process and on the same drafts):

1. time per draft, median and p95, and the ratio of the two;
2. planted details that leaked (not wholly inside a placeholder), by kind;
3. planted facts that were swallowed by a placeholder;
4. the one-off cost of the first redaction in a fresh process, which loads ``phonenumbers``;
5. when ``../shared/data`` is present, how many details each finds in the real airline
   replies and customer tweets there (which hold almost none: every one found is most
   likely a false positive). Only counts are printed, never the text.

How to run
----------
    python benchmarks/privacy.py               # 300 fresh drafts
    python benchmarks/privacy.py --drafts 50   # a quick run
    python benchmarks/privacy.py --strict      # exit 1 when a target is missed
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import re
import statistics
import string
import subprocess
import sys
import time
import types
from collections import Counter
from collections.abc import Callable
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))

from bot.coach.privacy import find_personal_details  # noqa: E402

BASELINE_COMMIT = "2420af4"
"""The last commit with the regex-only redactor (``bot/coach/privacy.py``)."""
DATA = REPO_ROOT.parent / "shared" / "data"
DRAFT_CHARS = 3000
TARGET_MEDIAN_MS = 3.0
TARGET_P95_MS = 5.0

Finder = Callable[[str], list[tuple[int, int, str]]]

PROSE = (
    "I'm really sorry about the trouble with your delivery, and I can see why you're frustrated.",
    "I've looked into this myself and I want to make sure it's sorted today.",
    "Our warehouse team confirmed the parcel left on time, but the courier missed the first attempt.",
    "I've asked them to try again and I'll keep an eye on it until it reaches you.",
    "If anything changes I'll message you straight away, so you don't have to chase us.",
    "Thanks for your patience while we worked through this; it shouldn't have taken so long.",
    "I've added a note to your file so whoever picks this up next knows the whole story.",
    "You don't need to do anything else for now.",
)


def filled(template: str, rng: random.Random) -> str:
    """``template`` with each ``{n}`` replaced by ``n`` random digits."""
    return re.sub(r"\{(\d+)\}", lambda m: "".join(rng.choice(string.digits) for _ in range(int(m[1]))), template)


def luhn_completed(prefix: str, length: int, rng: random.Random) -> str:
    body = prefix + filled(f"{{{length - len(prefix) - 1}}}", rng)
    for check in string.digits:
        digits = body + check
        total = sum(int(c) if i % 2 == 0 else (int(c) * 2 - 9 if int(c) > 4 else int(c) * 2)
                    for i, c in enumerate(reversed(digits)))
        if total % 10 == 0:
            return digits
    raise AssertionError("a Luhn check digit always exists")


def card(rng: random.Random) -> tuple[str, str]:
    if rng.random() < 0.2:
        digits = luhn_completed(rng.choice(("34", "37")), 15, rng)  # American Express, printed 4-6-5
        groups = [digits[:4], digits[4:10], digits[10:]]
    else:
        digits = luhn_completed(rng.choice(("4", "51", "55", "6011")), 16, rng)
        groups = [digits[i : i + 4] for i in range(0, 16, 4)]
    written = rng.choice((" ", "-", "/", ".", " - ", "")).join(groups)
    return rng.choice(("the card []", "card #[]", "card:[]", "paid with []")), written


def phone(rng: random.Random) -> tuple[str, str]:
    written = filled(rng.choice((
        "(415) 555-01{2}", "212-555-01{2}", "303.555.01{2}", "+1 646 555 01{2}", "555-01{2}",  # US, 555-01xx: fictional
        "07700 900{3}", "07700900{3}", "+44 20 7946 0{3}", "020 7946 0{3}", "+44 (0)161 496 0{3}",  # UK, Ofcom's drama
        "030 {8}", "+49 30 {8}", "0171 {7}", "030/{7}",  # Germany
        "01 {2} {2} {2} {2}", "+33 6 {2} {2} {2} {2}", "06.{2}.{2}.{2}.{2}",  # France
    )), rng)
    return rng.choice(("call me on []", "Phone:[]", "my mobile is []", "ring []", "[]")), written


IBAN_SHAPES = {"GB": "LLLL" + "9" * 14, "DE": "9" * 18, "FR": "9" * 23, "NL": "LLLL" + "9" * 10, "ES": "9" * 20}


def iban(rng: random.Random) -> tuple[str, str]:
    country = rng.choice(list(IBAN_SHAPES))
    bban = "".join(rng.choice(string.ascii_uppercase) if c == "L" else rng.choice(string.digits)
                   for c in IBAN_SHAPES[country])
    check = 98 - int("".join(str(int(c, 36)) for c in bban + country + "00")) % 97
    compact = f"{country}{check:02d}{bban}"
    written = rng.choice((compact, " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))))
    return rng.choice(("IBAN []", "pay into []")), written.lower() if rng.random() < 0.3 else written


def account(rng: random.Random) -> tuple[str, str]:
    return rng.choice(("account number []", "acct #[]", "sort code []")), filled("{2}-{2}-{2}", rng)


def email(rng: random.Random) -> tuple[str, str]:
    name = f"{rng.choice(('jo', 'sam', 'priya', 'lukas', 'amelie'))}.{rng.choice(('smith', 'shah', 'weber'))}"
    return rng.choice(("email []", "write to []")), f"{name}{rng.randint(1, 99)}@example.com"


def street(rng: random.Random) -> tuple[str, str]:
    written = filled(rng.choice((
        "2{2} Baker Street", "4{1} Elm Grove Road", "3{2} High Street, Apt 4B", "1{3} Main Avenue", "5{2} Oak Drive",
        "Hauptstraße {2}", "Lindenweg {1}", "Goethestr. {2}a", "1{1} rue de la Paix", "2{1} rue Victor Hugo",
    )), rng)
    return rng.choice(("deliver to []", "it went to []")), written.lower() if rng.random() < 0.3 else written


def postcode(rng: random.Random) -> tuple[str, str]:
    around, code = rng.choice((
        ("Springfield, IL []", "6{4}"), ("London []", "SW1A {1}AB"), ("London []", "NW1 {1}XE"),
        ("Hauptstraße 5, [] Berlin", "1{4}"), ("12 rue de la Paix, [] Paris", "75{3}"), ("zip code []", "9{4}"),
    ))
    return f"send it to {around}", filled(code, rng)


PLANTED: tuple[tuple[str, Callable[[random.Random], tuple[str, str]]], ...] = (
    ("CARD", card), ("PHONE", phone), ("ACCOUNT", iban), ("ACCOUNT", account), ("EMAIL", email),
    ("ADDRESS", street), ("ADDRESS", postcode),
)
"""Each kind of detail, and how to write one as agents do: the words around it (``[]`` for it) and the value."""
FACTS = (
    "order #{5}", "order 4{9}", "${1},{3}.{2}", "£{2}.00", "2025-03-1{1}", "1{1}/03/2025", "1{1}:3{1}", "9:45 pm",
    "2025-03-1{1}T1{1}:{2}:00Z", "BA {3}", "case #4{6}", "tracking 1Z{3}AA1{10}", "version 2.1{1}.{1}", "{2}%",
    "3-5 days", "invoice 1{12}", "ticket RMA-{4}", "gate {2}",
)
Draft = tuple[str, list[tuple[int, int, str]], list[tuple[int, int]]]


def draft(rng: random.Random, size: int = DRAFT_CHARS) -> Draft:
    """A draft of about ``size`` characters, with where each planted detail (and its kind) and fact stands."""
    text, details, facts = "", [], []
    while len(text) < size:
        choice = rng.random()
        if choice < 0.45:
            text += rng.choice(PROSE) + " "
        elif choice < 0.7:
            value = filled(rng.choice(FACTS), rng)
            facts.append((len(text) + len("It's "), len(text) + len("It's ") + len(value)))
            text += f"It's {value}. "
        else:
            kind, make = rng.choice(PLANTED)
            around, value = make(rng)
            start = len(text) + around.index("[]")
            details.append((start, start + len(value), kind))
            text += around.replace("[]", value) + ". "
    return text, details, facts


def load_baseline() -> Finder | None:
    """The replaced redactor's ``find_personal_details``, read from git; ``None`` outside a git checkout."""
    try:
        source = subprocess.run(["git", "show", f"{BASELINE_COMMIT}:bot/coach/privacy.py"], cwd=REPO_ROOT,
                                capture_output=True, text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return None
    module = types.ModuleType("baseline_privacy")
    sys.modules[module.__name__] = module  # dataclasses look their module up
    exec(compile(source, f"{BASELINE_COMMIT}:bot/coach/privacy.py", "exec"), module.__dict__)  # noqa: S102
    return module.find_personal_details


def covered(spans: list[tuple[int, int, str]], start: int, end: int) -> bool:
    return any(a <= start and end <= b for a, b, _ in spans)


def touched(spans: list[tuple[int, int, str]], start: int, end: int) -> bool:
    return any(a < end and start < b for a, b, _ in spans)


def redaction_ms(find: Finder, text: str) -> float:
    """The fastest of three runs, in milliseconds: the least disturbed by the rest of the machine."""
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        find(text)
        best = min(best, time.perf_counter() - started)
    return best * 1000


def first_call_ms() -> float:
    """The first redaction of a phone number in a fresh process, the engine already imported: what loading
    ``phonenumbers`` and its US metadata adds to the first LLM call."""
    probe = ("import time; from bot.coach.privacy import Redactor; t = time.perf_counter(); "
             "Redactor().redact('Call me on 555-0199.'); print((time.perf_counter() - t) * 1000)")
    done = subprocess.run([sys.executable, "-c", probe], cwd=REPO_ROOT, capture_output=True, text=True, check=True)
    return float(done.stdout)


def real_texts() -> list[str]:
    if not DATA.is_dir():
        return []
    texts = []
    with open(DATA / "airline_support_dev.csv", newline="", encoding="utf-8") as rows:
        for row in csv.DictReader(rows):
            texts += [row["customer_message"], row["agent_reply"]]
    with open(DATA / "rated_replies_dev.jsonl", encoding="utf-8") as rows:
        for line in rows:
            item = json.loads(line)
            texts += [item.get("customer") or "", item.get("reply") or ""]
    return [text for text in texts if text]


def measure(name: str, find: Finder, drafts: list[Draft], texts: list[str]) -> dict:
    times = [redaction_ms(find, text) for text, _, _ in drafts]
    leaked: Counter[str] = Counter()
    planted: Counter[str] = Counter()
    swallowed = facts = 0
    for text, details, planted_facts in drafts:
        spans = find(text)
        for start, end, kind in details:
            planted[kind] += 1
            leaked[kind] += not covered(spans, start, end)
        facts += len(planted_facts)
        swallowed += sum(touched(spans, start, end) for start, end in planted_facts)
    found_in_real = Counter(kind for text in texts for _, _, kind in find(text))
    return {
        "redactor": name,
        "median_ms": round(statistics.median(times), 3),
        "p95_ms": round(statistics.quantiles(times, n=20)[-1], 3),
        "details_planted": sum(planted.values()),
        "details_leaked": sum(leaked.values()),
        "leaked_by_kind": {kind: f"{leaked[kind]}/{planted[kind]}" for kind in sorted(planted)},
        "facts_planted": facts,
        "facts_swallowed": swallowed,
        "real_texts": len(texts),
        "found_in_real_texts": dict(sorted(found_in_real.items())),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--drafts", type=int, default=300, help="how many fresh drafts to generate (default 300)")
    parser.add_argument("--seed", type=int, help="repeat a run's drafts (default: fresh ones)")
    parser.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    parser.add_argument("--strict", action="store_true", help="exit 1 when a target is missed")
    args = parser.parse_args(argv)

    seed = args.seed if args.seed is not None else random.SystemRandom().randrange(2**32)
    rng = random.Random(seed)
    cold_ms = first_call_ms()
    drafts = [draft(rng) for _ in range(args.drafts)]
    texts = real_texts()
    baseline = load_baseline()
    results = [measure("current", find_personal_details, drafts, texts)]
    if baseline is not None:
        results.append(measure(f"regex-only ({BASELINE_COMMIT})", baseline, drafts, texts))
    current = results[0]
    figures = {
        "seed": seed,
        "drafts": len(drafts),
        "draft_chars": round(statistics.mean(len(text) for text, _, _ in drafts)),
        "first_call_ms": round(cold_ms, 1),
        "results": results,
        "time_ratio_to_baseline": round(current["median_ms"] / results[1]["median_ms"], 2) if baseline else None,
        "targets": {"median_ms": TARGET_MEDIAN_MS, "p95_ms": TARGET_P95_MS, "details_leaked": 0, "facts_swallowed": 0},
    }
    missed = (current["median_ms"] > TARGET_MEDIAN_MS or current["p95_ms"] > TARGET_P95_MS
              or current["details_leaked"] or current["facts_swallowed"])
    if args.json:
        print(json.dumps(figures))
    else:
        print(f"{len(drafts)} fresh drafts of about {figures['draft_chars']} characters (seed {seed})")
        for result in results:
            print(f"\n{result['redactor']}:")
            print(f"  time per draft      median {result['median_ms']:.3f} ms, p95 {result['p95_ms']:.3f} ms")
            print(f"  details leaked      {result['details_leaked']} of {result['details_planted']}  "
                  + ", ".join(f"{kind} {share}" for kind, share in result["leaked_by_kind"].items()))
            print(f"  facts swallowed     {result['facts_swallowed']} of {result['facts_planted']}")
            if texts:
                found = ", ".join(f"{kind} {n}" for kind, n in result["found_in_real_texts"].items()) or "none"
                print(f"  found in {len(texts)} real texts: {found}")
        if baseline is None:
            print(f"\n(no baseline: {BASELINE_COMMIT} can't be read from git here)")
        else:
            print(f"\nTime ratio, current to regex-only: {figures['time_ratio_to_baseline']}x")
        print(f"First redaction in a fresh process (loads phonenumbers): {figures['first_call_ms']} ms, once")
        if not texts:
            print(f"(real texts skipped: {DATA} is absent)")
        print(f"Targets: median <= {TARGET_MEDIAN_MS:g} ms, p95 <= {TARGET_P95_MS:g} ms, nothing leaked or swallowed: "
              + ("met." if not missed else "missed."))
    return 1 if args.strict and missed else 0


if __name__ == "__main__":
    sys.exit(main())
