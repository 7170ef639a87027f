"""Does a learned scorer over candidate values beat the hand rules on sets it was not trained on? (issue #18, round 15)

Run by hand, no network, no test depends on it. Two steps, from the repository root:

    # 1. Read every set (benchmarks/texts/*, extract-dev) with the product code on PYTHONPATH, which may be an older
    #    checkout ("the rules as they stood before a set was seen"): eval_sets' score of each text, and each declared
    #    fact's candidate values with their features (scorer_features.py). Several minutes per checkout.
    git worktree add /tmp/learn-fresh11 ad37a0c
    PROC_LOG_ON=0 PYTHONPATH=/tmp/learn-fresh11 python benchmarks/learn_scorer.py read --out /tmp/learn/ad37a0c.pickle
    PROC_LOG_ON=0 PYTHONPATH=$PWD python benchmarks/learn_scorer.py read --out /tmp/learn/today.pickle

    # 2. Train and score (numpy only), leaving out each held-out set in turn:
    python benchmarks/learn_scorer.py held --cache fresh11=/tmp/learn/ad37a0c.pickle ... [-v]
    python benchmarks/learn_scorer.py others --cache /tmp/learn/today.pickle --threshold P

Candidates, features and labels are those of `scorer_features.py` (a candidate is every value of a declared fact's
kind in a sentence about the fact; its label says it is the truth's value and hedge, read from the sentence the truth
quotes). The model is `scorer_experiment.Model` (logistic regression, L2, full-batch Adam). For each held-out set:

- (a) the rules alone: eval_sets' found and wrong, on the checkout read in step 1;
- (b) the scorer alone: per declared fact the best candidate when its probability passes the threshold;
- (c) the rules, then the scorer only for the facts the rules left unknown.

Found and wrong are counted as eval_sets counts them: a value the scorer reads for a fact the truth does not state,
or states as a table or hedge alone, is wrong. The scorer's features are computed with the same checkout's
declarations and predicates as the rules it is compared with. `others` scores (c) on every other set with today's
rules, each set left out of the training. The results of round 15 are in `learn_scorer.md`.
"""

from __future__ import annotations

import argparse
import json
import math
import pickle
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import eval_sets
from scorer_experiment import Model, decide, right
from scorer_features import VARIANTS, Text, read_text

from usjapan_facts.extract.pdf import looks_like_pdf, read_pdf

TEXTS = Path(__file__).resolve().parent / "texts"
DEV = Path("/work/shared/extract-dev")
HELD = ("fresh11", "fresh12", "fresh13", "fresh14")
PROBS = (0.5, 0.7, 0.8, 0.9, 0.95, 0.98, 0.99)


@dataclass
class Item:
    """One text (one layout): eval_sets' score of the rules, the facts they read, and the scorer's candidates."""

    set_name: str
    group: str
    found: int
    stated: int
    wrong: int
    read: set[str]
    text: Text
    missing: list[str] = field(default_factory=list)


def read_all(sets: list[str]) -> list[Item]:
    """Read each set's texts with the product on the path: the sets named, from `benchmarks/texts` (a sealed set lives
    outside the repository until its final measurement, so it is never among them) and extract-dev."""
    items = []
    folders = [(name, TEXTS / name) for name in sets if name != "extract-dev"]
    folders += [("extract-dev", DEV)] * ("extract-dev" in sets)
    for set_name, folder in folders:
        for truth_path in sorted(folder.glob("*.truth.json")):
            stem = truth_path.name.removesuffix(".truth.json")
            truth = json.loads(truth_path.read_text(encoding="utf-8"))
            for path in sorted(folder.iterdir()):
                if not (path.name.startswith(stem + ".") and path.suffix in eval_sets.TEXT_SUFFIXES):
                    continue
                if looks_like_pdf(str(path)):
                    body = read_pdf(str(path))
                else:
                    body = path.read_text(encoding="utf-8", errors="replace")
                score = eval_sets.score_text(path.name, body, truth)
                text = read_text(set_name, path.name, body, truth)
                read = set(text.hand) | {f for f in text.truth if f not in score.missing}
                item = Item(set_name, f"{set_name}/{stem}", score.found, score.stated, len(score.wrong), read, text)
                item.missing = score.missing
                items.append(item)
        print(f"read {set_name}: {sum(i.set_name == set_name for i in items)} texts", file=sys.stderr)
    return items


def all_sets() -> list[str]:
    """Every set under `benchmarks/texts` with a truth, and extract-dev: the sets of round fourteen's experiment were
    those up to fresh14 (fresh15 was sealed then); run it again and fresh15 is one more training set."""
    names = sorted(p.name for p in TEXTS.iterdir() if p.is_dir() and any(p.glob("*.truth.json")))
    return [*names, "extract-dev"]


def logit(p: float) -> float:
    return math.log(p / (1 - p))


Outcome = Counter[str]


def evaluate(model: Model, test: list[Item], probs: tuple[float, ...], log: list[str] | None = None) -> dict[Any, Any]:
    """(a), and (b) and (c) at each threshold, on the test items; per-fact gains and wrong values of (c)."""
    result: dict[Any, Any] = {
        "a": (sum(i.found for i in test), sum(i.stated for i in test), sum(i.wrong for i in test))
    }
    declared_stated = sum(len(i.text.truth) for i in test)
    for p in probs:
        cut = logit(p)
        b_found = b_wrong = c_found = c_wrong = 0
        gains: Outcome = Counter()
        losses: Outcome = Counter()
        for item in test:
            text = item.text
            for fact_id, (score, reading, quote) in decide(model, text).items():
                if score <= cut:
                    continue
                ok = right(text, fact_id, reading) and fact_id not in text.unscored
                b_found += ok
                b_wrong += not ok
                if fact_id in item.read:
                    continue
                c_found += ok
                c_wrong += not ok
                (gains if ok else losses)[fact_id] += 1
                if log is not None:
                    want = text.truth.get(fact_id, "not stated")
                    mark = "right" if ok else f"WRONG (truth {want})"
                    log.append(f"p>{p} {text.name} {fact_id} = {reading}: {mark} <- {quote[:140]!r}")
        result[p] = {
            "b": (b_found, declared_stated, b_wrong),
            "c": (result["a"][0] + c_found, result["a"][1], result["a"][2] + c_wrong),
            "gains": gains,
            "losses": losses,
        }
    return result


VARIANT = [VARIANTS[0]]
"""The scorer's features, pool and L2 (scorer_features.VARIANTS; `--variant` picks another)."""


def train(items: list[Item], leave: set[str]) -> Model:
    return Model([i.text for i in items if i.set_name not in leave], VARIANT[0])


def oof_threshold(items: list[Item], held: str) -> float:
    """The lowest probability at which (c) adds no wrong value on any training set scored out of fold."""
    worst = -math.inf
    for other in sorted({i.set_name for i in items} - {held}):
        model = train(items, {held, other})
        for item in (i for i in items if i.set_name == other):
            for fact_id, (score, reading, _) in decide(model, item.text).items():
                if fact_id not in item.read and not (
                    right(item.text, fact_id, reading) and fact_id not in item.text.unscored
                ):
                    worst = max(worst, score)
    return 1 / (1 + math.exp(-worst))


def fmt(cell: tuple[int, int, int]) -> str:
    found, stated, wrong = cell
    return f"{found}/{stated}, {wrong} wrong"


def held_out(caches: dict[str, Path], probs: tuple[float, ...], verbose: bool, oof: bool) -> None:
    for held, path in caches.items():
        items: list[Item] = pickle.loads(path.read_bytes())  # noqa: S301 - this script's own cache
        test = [i for i in items if i.set_name == held]
        model = train(items, {held})
        log: list[str] = []
        if oof:
            chosen = oof_threshold(items, held)
            print(f"{held}: out-of-fold zero-wrong threshold p > {chosen:.4f}")
        result = evaluate(model, test, (*probs, round(min(chosen, 0.999999), 6)) if oof else probs, log)
        trained = len(items) - len(test)
        print(f"\n### {held} (rules and features of {path.stem}; {len(test)} texts; trained on {trained})\n")
        print(f"(a) rules alone: {fmt(result['a'])}\n")
        print("| p > | (b) scorer alone (declared facts) | (c) rules, then scorer | (c) gains | (c) wrong values |")
        print("| --- | --- | --- | --- | --- |")
        for p in (p for p in result if p != "a"):
            row = result[p]
            gains = ", ".join(f"{f} +{n}" for f, n in sorted(row["gains"].items())) or "-"
            losses = ", ".join(f"{f} {n}" for f, n in sorted(row["losses"].items())) or "-"
            print(f"| {p} | {fmt(row['b'])} | {fmt(row['c'])} | {gains} | {losses} |")
        if verbose:
            print()
            print("\n".join(f"    {line}" for line in log))


def others(cache: Path, probs: tuple[float, ...], verbose: bool, oof: bool) -> None:
    items: list[Item] = pickle.loads(cache.read_bytes())  # noqa: S301 - this script's own cache
    if oof:
        print(f"zero-wrong threshold over every set, each scored out of fold: p > {oof_threshold(items, ''):.4f}\n")
    print("| set | (a) rules alone | " + " | ".join(f"(c) p > {p}" for p in probs) + " |")
    print("| --- | --- | " + " | ".join("---" for _ in probs) + " |")
    for set_name in sorted({i.set_name for i in items}):
        test = [i for i in items if i.set_name == set_name]
        log: list[str] = []
        result = evaluate(train(items, {set_name}), test, probs, log)
        print(f"| {set_name} | {fmt(result['a'])} | " + " | ".join(fmt(result[p]["c"]) for p in probs) + " |")
        for line in log if verbose else ():
            if "WRONG" in line:
                print(f"    {line}")


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    reading = sub.add_parser("read", help="Read every set with the product on PYTHONPATH into a cache.")
    reading.add_argument("--out", type=Path, required=True)
    reading.add_argument("--sets", nargs="+")
    held = sub.add_parser("held", help="(a)/(b)/(c) on each held-out set, the scorer trained on the others.")
    held.add_argument("--cache", nargs="+", required=True, metavar="SET=PICKLE")
    held.add_argument("--probs", nargs="+", type=float, default=list(PROBS))
    held.add_argument("--oof", action="store_true", help="Also the out-of-fold zero-wrong threshold.")
    held.add_argument("--verbose", "-v", action="store_true")
    other = sub.add_parser("others", help="(c) on every set with today's rules, each set left out of training.")
    other.add_argument("--cache", type=Path, required=True)
    other.add_argument("--probs", nargs="+", type=float, default=[0.9, 0.95, 0.98, 0.99])
    other.add_argument("--oof", action="store_true", help="First the zero-wrong threshold over every set.")
    other.add_argument("--verbose", "-v", action="store_true")
    for command in (held, other):
        command.add_argument("--variant", type=int, default=0, help="Index into scorer_features.VARIANTS.")
    args = parser.parse_args()
    if args.command != "read":
        VARIANT[0] = VARIANTS[args.variant]
        print(f"scorer: {VARIANT[0].name}")
    if args.command == "read":
        items = read_all(args.sets or all_sets())
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_bytes(pickle.dumps(items))
    elif args.command == "held":
        pairs = dict(spec.split("=", 1) for spec in args.cache)
        held_out({name: Path(path) for name, path in pairs.items()}, tuple(args.probs), args.verbose, args.oof)
    else:
        others(args.cache, tuple(args.probs), args.verbose, args.oof)
    return 0


if __name__ == "__main__":
    sys.exit(main())
