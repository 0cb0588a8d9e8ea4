"""What support leads said, against what the coach says: the rated replies and the rewrite corpus.

``evaluate.py`` runs this beside its older sections. Two questions:

1. Does the score order replies the way three independent reviewers did (Spearman against the
   median rating, beside VADER's compound score on the same rows), and does each family of
   findings fire on the replies the reviewers labelled with that problem (precision, recall)?
   Are replies the reviewers would approve (4-5) left alone?
2. Over the airline replies, is the rewrite an honest edit: no sentence added to a large share of
   rewrites, no added commitment or time, greetings, sign-offs, thread markers, handles and emoji
   kept? On the rated set, is an apology ever added where no acknowledgement is needed?

Every check here is written independently of the engine, so a rewrite cannot pass by agreeing
with the analyzer that produced it. Only figures leave this module, never data text, except the
optional results file for blind review (``--pairs-out``), which stays outside the repository.
"""

from __future__ import annotations

import difflib
import json
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

SPEARMAN_TARGET = 0.6
PRECISION_TARGET = 0.8
RECALL_TARGET = 0.6
LEFT_ALONE_TARGET = 0.9
ADDED_SENTENCE_SHARE_MAX = 0.02


@dataclass(frozen=True)
class Family:
    """A group of findings and the reviewers' labels that say the reply has that problem."""

    name: str
    rules: frozenset[str]
    has_problem: Callable[[dict[str, Any]], bool]


FAMILIES: tuple[Family, ...] = (
    Family("acknowledge", frozenset({"E101", "E104"}),
           lambda item: bool(item["needs_ack"]) and not item["acknowledges"]),
    Family("next step", frozenset({"E301"}),
           lambda item: bool(item["needs_next_step"]) and not item["next_step"]),
    Family("respect", frozenset({"E401", "E402", "E405", "E407"}),
           lambda item: item["respectful"] is False),
    Family("canned", frozenset({"E102", "E406"}), lambda item: bool(item["canned"])),
    Family("unanswered question", frozenset({"E201"}), lambda item: item["answers"] is False),
)


# ------------------------------------------------------------------ statistics


def _ranks(values: Sequence[float]) -> list[float]:
    """Average ranks, ties sharing the mean of the places they take."""
    order = sorted(range(len(values)), key=values.__getitem__)
    ranks = [0.0] * len(values)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and values[order[j + 1]] == values[order[i]]:
            j += 1
        for k in range(i, j + 1):
            ranks[order[k]] = (i + j) / 2 + 1
        i = j + 1
    return ranks


def spearman(xs: Sequence[float], ys: Sequence[float]) -> float | None:
    """Spearman's rho as the Pearson correlation of average ranks; None when either side is constant."""
    if len(xs) < 3:
        return None
    rx, ry = _ranks(xs), _ranks(ys)
    mx, my = sum(rx) / len(rx), sum(ry) / len(ry)
    cov = sum((a - mx) * (b - my) for a, b in zip(rx, ry))
    vx = sum((a - mx) ** 2 for a in rx)
    vy = sum((b - my) ** 2 for b in ry)
    return cov / (vx * vy) ** 0.5 if vx and vy else None


def precision_recall(fired: Sequence[bool], truth: Sequence[bool]) -> dict[str, Any]:
    tp = sum(f and t for f, t in zip(fired, truth))
    fp = sum(f and not t for f, t in zip(fired, truth))
    fn = sum(t and not f for f, t in zip(fired, truth))
    return {
        "positives": tp + fn,
        "fired": tp + fp,
        "precision": tp / (tp + fp) if tp + fp else None,
        "recall": tp / (tp + fn) if tp + fn else None,
    }


# ------------------------------------------------------------------ the rated replies


def load_rated(path: Path) -> list[dict[str, Any]] | None:
    if not path.is_file():
        return None
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def trivially_changed(draft: str, rewrite: str) -> bool:
    """Unchanged, or an edit a lead would wave through: no new sentence and nine words in ten kept."""
    if rewrite.strip() == draft.strip():
        return True
    if added_sentences(draft, rewrite):
        return False
    before, after = draft.split(), rewrite.split()
    return difflib.SequenceMatcher(a=before, b=after, autojunk=False).ratio() >= 0.9


def evaluate_rated(items: list[dict[str, Any]], check: Callable[..., Any], vader: Any) -> dict[str, Any]:
    """Score, findings and rewrite of every rated reply, against the reviewers' median rating and labels."""
    scored: list[tuple[float, float, float]] = []  # (coach score, VADER compound, median rating)
    fired: dict[str, list[bool]] = {f.name: [] for f in FAMILIES}
    truth: dict[str, list[bool]] = {f.name: [] for f in FAMILIES}
    good = good_alone = changed = not_english = 0
    apology_added = no_ack_needed = 0
    results: list[dict[str, Any]] = []
    for item in items:
        result = check(item["reply"], customer=item.get("customer") or None)
        analysis = result.analysis
        rules = {f.rule for f in analysis.findings}
        if analysis.score is None:
            not_english += 1
        else:
            compound = vader.polarity_scores(item["reply"])["compound"]
            scored.append((float(analysis.score), compound, float(item["rating"])))
            for family in FAMILIES:
                fired[family.name].append(bool(rules & family.rules))
                truth[family.name].append(family.has_problem(item))
        rewrite = str(result.rewrite)
        changed += rewrite.strip() != item["reply"].strip()
        if item["rating"] >= 4:
            good += 1
            good_alone += trivially_changed(item["reply"], rewrite)
        if not item["needs_ack"]:
            no_ack_needed += 1
            apology_added += _apologies(rewrite) > _apologies(item["reply"])
        results.append({"id": item["id"], "customer": item.get("customer") or "", "draft": item["reply"],
                        "rewrite": rewrite})
    coach = [s for s, _, _ in scored]
    baseline = [v for _, v, _ in scored]
    ratings = [r for _, _, r in scored]
    families = {
        f.name: precision_recall(fired[f.name], truth[f.name]) | {"rules": sorted(f.rules)} for f in FAMILIES
    }
    return {
        "items": len(items),
        "scored": len(scored),
        "not_english": not_english,
        "spearman": spearman(coach, ratings),
        "spearman_vader": spearman(baseline, ratings),
        "families": families,
        "good_drafts": good,
        "good_left_alone": good_alone / good if good else None,
        "changed": changed,
        "no_ack_needed": no_ack_needed,
        "apology_added_where_no_ack_needed": apology_added,
        "results": results,
    }


def write_results(rated: dict[str, Any], path: Path) -> None:
    """The input ``pairs.py make`` expects: id, customer, draft, rewrite, one object per line."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as fh:
        for row in rated["results"]:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


def _mark(value: float | None, target: float, higher_is_better: bool = True) -> str:
    if value is None:
        return "n/a"
    return "PASS" if (value >= target if higher_is_better else value <= target) else "MISS"


def _f(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.2f}"


def print_rated(r: dict[str, Any] | None) -> None:
    print("5. Rated customer-service replies (three reviewers each; median rating, majority labels)")
    if r is None:
        print("   rated_replies_dev.jsonl absent, skipped")
        print()
        return
    print(f"   {r['items']} replies, {r['scored']} scored ({r['not_english']} not in English: notice, no score)")
    print(f"   Spearman(score, rating): coach {_f(r['spearman'])}   VADER {_f(r['spearman_vader'])}"
          f"   target >={SPEARMAN_TARGET}  {_mark(r['spearman'], SPEARMAN_TARGET)}")
    print(f"   {'family':<20} {'rules':<24} {'labelled':>8} {'fired':>5} {'precision':>9} {'recall':>6}  result")
    for name, fam in r["families"].items():
        ok = _mark(fam["precision"], PRECISION_TARGET) == "PASS" and _mark(fam["recall"], RECALL_TARGET) == "PASS"
        print(f"   {name:<20} {','.join(fam['rules']):<24} {fam['positives']:>8} {fam['fired']:>5}"
              f" {_f(fam['precision']):>9} {_f(fam['recall']):>6}  {'PASS' if ok else 'MISS'}"
              f" (targets P>={PRECISION_TARGET}, R>={RECALL_TARGET})")
    print(f"   drafts rated 4-5 left alone or trivially edited: {_f(r['good_left_alone'])} of {r['good_drafts']}"
          f"   target >={LEFT_ALONE_TARGET}  {_mark(r['good_left_alone'], LEFT_ALONE_TARGET)}")
    print(f"   rewrites that change the draft: {r['changed']} of {r['items']}")
    print(f"   apology added where no acknowledgement is needed: {r['apology_added_where_no_ack_needed']}"
          f" of {r['no_ack_needed']}  {'PASS' if r['apology_added_where_no_ack_needed'] == 0 else 'MISS'}")
    print()


def rated_misses(r: dict[str, Any] | None) -> list[str]:
    if r is None:
        return []
    missed = []
    if _mark(r["spearman"], SPEARMAN_TARGET) == "MISS":
        missed.append(f"rated Spearman {_f(r['spearman'])}")
    for name, fam in r["families"].items():
        if _mark(fam["precision"], PRECISION_TARGET) == "MISS" or _mark(fam["recall"], RECALL_TARGET) == "MISS":
            missed.append(f"{name} P{_f(fam['precision'])}/R{_f(fam['recall'])}")
    if _mark(r["good_left_alone"], LEFT_ALONE_TARGET) == "MISS":
        missed.append(f"good drafts left alone {_f(r['good_left_alone'])}")
    if r["apology_added_where_no_ack_needed"]:
        missed.append("apology added where none is needed")
    return missed


# ------------------------------------------------------------------ the rewrite corpus

_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+|$)")
_APOLOGY = re.compile(r"\b(?:sorry|apologi[sz]e\w*|apologies)\b", re.IGNORECASE)
COMMITMENTS: dict[str, re.Pattern[str]] = {
    name: re.compile(pattern, re.IGNORECASE)
    for name, pattern in {
        "update you": r"\b(?:update you|keep you (?:posted|updated|informed|in the loop)|let you know)\b",
        "get back to you": r"\b(?:get back to you|come back to you|be in touch|reach out to you)\b",
        "follow up": r"\bfollow(?:ing)?[- ]up\b",
        "as soon as": r"\bas soon as (?:i|we|there)\b",
        "call you": r"\b(?:call|ring|phone) you\b",
        "stay on it": r"\b(?:stay on (?:this|it)|keep an eye on|keeping this with me)\b",
        "a time": r"\b(?:within|in the next|by)\s+(?:\d+|an?|one|two|few)\s+(?:minutes?|hours?|days?|weeks?)\b"
                  r"|\bby (?:tomorrow|tonight|today|end of (?:the )?(?:day|week)|monday|tuesday|wednesday|"
                  r"thursday|friday|saturday|sunday)\b",
    }.items()
}
_GREETING = re.compile(r"^\s*(?:hi|hello|hey|dear|good (?:morning|afternoon|evening)|hiya)\b[^\n.!?,]*[,!]?",
                       re.IGNORECASE)
_SIGN_OFF = re.compile(r"(?:\^\w+|[-–—~]\s?[A-Z][\w.]*|\*\w+)\s*$|(?:thanks|regards|best|cheers),?\s*\n.+$",
                       re.IGNORECASE)
_THREAD = re.compile(r"\b\d/\d\b|\(\d/\d\)")
_HANDLE = re.compile(r"(?<![\w@])@\w+")
_EMOJI = re.compile(r"[\U0001F300-\U0001FAFF\u2600-\u27BF]")


def _sentences(text: str) -> list[str]:
    return [" ".join(s.split()).lower() for s in _SENTENCE.findall(text) if any(c.isalpha() for c in s)]


def added_sentences(draft: str, rewrite: str) -> list[str]:
    """Sentences of the rewrite that are nowhere in the draft, even edited (most words new)."""
    before = _sentences(draft)
    added = []
    for sentence in _sentences(rewrite):
        if sentence in before:
            continue
        words = set(re.findall(r"\w+", sentence))
        if not any(len(words & set(re.findall(r"\w+", b))) >= len(words) / 2 for b in before):
            added.append(sentence)
    return added


def _apologies(text: str) -> int:
    return len(_APOLOGY.findall(text))


def added_commitments(draft: str, rewrite: str) -> list[str]:
    return [name for name, pattern in COMMITMENTS.items()
            if len(pattern.findall(rewrite)) > len(pattern.findall(draft))]


def _kept(pattern: re.Pattern[str], draft: str, rewrite: str, where: str) -> bool | None:
    """None when the draft has no such part; otherwise whether the rewrite keeps it in the same place."""
    found = pattern.search(draft)
    if not found:
        return None
    part = found.group(0).strip()
    if where == "start":
        return rewrite.lstrip().startswith(part)
    if where == "end":
        return rewrite.rstrip().endswith(part)
    return Counter(pattern.findall(rewrite)) >= Counter(pattern.findall(draft))


STRUCTURE: dict[str, tuple[re.Pattern[str], str]] = {
    "greeting": (_GREETING, "start"),
    "sign-off": (_SIGN_OFF, "end"),
    "thread marker": (_THREAD, "all"),
    "@handle": (_HANDLE, "all"),
    "emoji": (_EMOJI, "all"),
}


def evaluate_corpus(pairs: Iterable[tuple[str, str | None]], check: Callable[..., Any]) -> dict[str, Any]:
    """The honesty figures of the offline rewrite over a corpus of real replies."""
    rewrites = changed = 0
    added: Counter[str] = Counter()
    commitments: Counter[str] = Counter()
    committing = 0
    structure = {name: [0, 0] for name in STRUCTURE}  # name -> [drafts with it, rewrites keeping it]
    for draft, customer in pairs:
        rewrite = str(check(draft, customer=customer).rewrite)
        rewrites += 1
        if rewrite.strip() == draft.strip():
            continue
        changed += 1
        added.update(set(added_sentences(draft, rewrite)))
        new = added_commitments(draft, rewrite)
        committing += bool(new)
        commitments.update(new)
        for name, (pattern, where) in STRUCTURE.items():
            kept = _kept(pattern, draft, rewrite, where)
            if kept is not None:
                structure[name][0] += 1
                structure[name][1] += kept
    top = added.most_common(1)
    return {
        "rewrites": rewrites,
        "changed": changed,
        "distinct_added_sentences": len(added),
        "top_added_share": top[0][1] / rewrites if top and rewrites else 0.0,
        "rewrites_adding_commitments": committing,
        "commitments": dict(commitments),
        "structure": {name: {"drafts": n, "kept": k} for name, (n, k) in structure.items()},
    }


def print_corpus(c: dict[str, Any] | None) -> None:
    print("6. Rewrite corpus (airline replies): is the rewrite an honest edit?")
    if c is None:
        print("   airline_support_dev.csv absent, skipped")
        print()
        return
    share = c["top_added_share"]
    print(f"   {c['changed']} of {c['rewrites']} drafts changed; {c['distinct_added_sentences']} distinct added sentences")
    print(f"   largest share of rewrites sharing one added sentence: {100 * share:.2f}%"
          f"   target <={100 * ADDED_SENTENCE_SHARE_MAX:.0f}%  {_mark(share, ADDED_SENTENCE_SHARE_MAX, False)}")
    print(f"   rewrites adding a commitment or time: {c['rewrites_adding_commitments']}"
          f" {c['commitments'] or ''}  {'PASS' if not c['rewrites_adding_commitments'] else 'MISS'}")
    for name, s in c["structure"].items():
        kept = f"{s['kept']} of {s['drafts']}" if s["drafts"] else "none in changed drafts"
        print(f"   {name + ' kept':<20} {kept}")
    print()


def corpus_misses(c: dict[str, Any] | None) -> list[str]:
    if c is None:
        return []
    missed = []
    if c["top_added_share"] > ADDED_SENTENCE_SHARE_MAX:
        missed.append(f"one added sentence in {100 * c['top_added_share']:.1f}% of rewrites")
    if c["rewrites_adding_commitments"]:
        missed.append(f"{c['rewrites_adding_commitments']} rewrites add a commitment")
    missed += [f"{name} dropped in {s['drafts'] - s['kept']} rewrites"
               for name, s in c["structure"].items() if s["kept"] < s["drafts"]]
    return missed
