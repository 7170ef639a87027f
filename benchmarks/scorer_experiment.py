"""Would a learned scorer over candidate values beat the hand-set declared reader on text it was not trained on?

Issue #18 asks for the experiment. For every declared fact (a brief's meaning.toml) and every sentence of a
benchmark text, every value of the fact's kind (`values.FINDERS`) is a candidate; `scorer_features.py` gives
each the declared reader's own predicates and the words around it as features, and labels it right when it is
the truth's value (and hedge) in the sentence the truth quotes (`as_written`; any sentence when it quotes none).
This script measures:

1. The ceiling: of the declared facts a truth states that the hand reader (`extract_snapshot`) misses or reads
   wrong, how many have the truth's value among the candidates of some sentence, of a sentence naming the
   fact's subject, of one about it (naming it or carrying it from the sentence before, as the reader allows),
   or of one holding a `needs` word. `--by-fact` lists it per fact on fresh4 and tune3.
2. The scorer: a logistic regression (numpy, full-batch Adam, L2) over the candidates of sentences about the
   fact; per text and fact the best-scoring candidate is read when its score passes a threshold chosen for
   zero wrong readings on the training sets' out-of-fold scores (each training set scored by a model trained
   on the other training sets); one threshold for the scorer alone, one for where the hand reader reads nothing.
3. On each held-out set (leave one set out; fresh4 also by the sets written before it; tune3 by all the
   others, its first look), found/stated and wrong for (a) the hand reader, (b) the scorer alone, (c) the
   hand reader first and the scorer only where it reads nothing; and how many found values came from a
   sentence other than the one the truth quotes (for the hand reader these include tables and values read
   across two sentences; for the scorer, a right value read from the wrong sentence, right by chance).
   `--all-variants` repeats it with the predicates alone, with sentences holding a needs word, and l2 0.1, 10.

Only declared facts with one plain value in the truth are counted (each layout of a text apart); elections,
people, events and the facts only hand rules read are outside it. Note the hand reader was tuned on every
set but tune3, and the scorer's features are its predicates: only tune3 (and nearly fresh4) is unseen by both.

Run by hand from the repository root with the dev extras (numpy); about a minute per variant, the read
texts cached in --cache:

    python benchmarks/scorer_experiment.py [--sets tune holdout ...] [--cache /tmp/scorer.pickle] [-v]

At ab3be17 (tune3's first look) the scorer did not earn its place: (c) found +3 of 409 on tune3 and +3 of 407
on fresh4 over (a), and added 2 wrong values on tune2 (4 on fresh3 with l2 0.1); the scorer alone found
about half what the hand reader does. The figures are in the note on issue #18.
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
from collections import Counter
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from scorer_features import VARIANTS, Example, Reading, Text, Variant, agrees, read_text, states

from usjapan_facts.extract.pdf import looks_like_pdf, read_pdf

TEXTS = Path(__file__).resolve().parent / "texts"
SETS = ("tune", "holdout", "fresh", "fresh2", "tune2", "fresh3", "fresh4", "tune3")
SUFFIXES = (".md", ".txt", ".html", ".htm", ".pdf")


def load(names: list[str]) -> list[Text]:
    """Read every text of the named sets (never fresh5: sealed)."""
    texts = []
    for set_name in names:
        if set_name == "fresh5":
            raise SystemExit("fresh5 is sealed")
        for truth_path in sorted((TEXTS / set_name).glob("*.truth.json")):
            stem = truth_path.name.removesuffix(".truth.json")
            truth = json.loads(truth_path.read_text(encoding="utf-8"))
            for path in sorted((TEXTS / set_name).iterdir()):
                if path.name.startswith(stem + ".") and path.suffix in SUFFIXES:
                    text = read_pdf(str(path)) if looks_like_pdf(str(path)) else path.read_text(errors="replace")
                    texts.append(read_text(set_name, path.name, text, truth))
        print(f"read {set_name}", file=sys.stderr)
    return texts


class Model:
    """Logistic regression over binary features, L2-regularised, trained by full-batch Adam."""

    def __init__(self, texts: list[Text], variant: Variant, *, steps: int = 400) -> None:
        self.variant = variant
        rows = [variant.features(example) for text in texts for example in text.examples if variant.takes(example)]
        labels = [example.label for text in texts for example in text.examples if variant.takes(example)]
        names = sorted({name for features in rows for name in features})
        self.index = {name: i for i, name in enumerate(names)}
        cols = [np.array([self.index[name] for name in features], dtype=np.int64) for features in rows]
        row_of = np.repeat(np.arange(len(rows)), [len(c) for c in cols])
        col_of = np.concatenate(cols) if cols else np.zeros(0, dtype=np.int64)
        y = np.array(labels, dtype=float)
        w = np.zeros(len(names))
        first, second = np.zeros_like(w), np.zeros_like(w)
        for step in range(1, steps + 1):
            z = np.bincount(row_of, weights=w[col_of], minlength=len(rows))
            error = 1 / (1 + np.exp(-z)) - y
            grad = np.bincount(col_of, weights=error[row_of], minlength=len(names)) + variant.l2 * w
            first = 0.9 * first + 0.1 * grad
            second = 0.999 * second + 0.001 * grad**2
            w -= 0.1 * (first / (1 - 0.9**step)) / (np.sqrt(second / (1 - 0.999**step)) + 1e-8)
        self.weights = {name: float(w[i]) for name, i in self.index.items() if abs(w[i]) > 1e-6}

    def score(self, example: Example) -> float:
        return sum(self.weights.get(name, 0.0) for name in self.variant.features(example))


Decision = tuple[float, Reading, str]


def decide(model: Model, text: Text) -> dict[str, Decision]:
    """Per declared fact, the best-scoring candidate of the text and its score."""
    best: dict[str, Decision] = {}
    for example in text.examples:
        if model.variant.takes(example):
            score = model.score(example)
            if example.fact_id not in best or score > best[example.fact_id][0]:
                best[example.fact_id] = (score, example.reading, example.quote)
    return best


def right(text: Text, fact_id: str, reading: Reading) -> bool:
    want = text.truth.get(fact_id)
    return want is not None and agrees(reading, want)


def threshold(scored: list[tuple[Text, dict[str, Decision]]], *, only_unread: bool) -> float:
    """The lowest threshold at which no decision on these texts is wrong; none passes when there are no texts."""
    if not scored:
        return float(np.inf)
    worst = -np.inf
    for text, decisions in scored:
        for fact_id, (score, reading, _) in decisions.items():
            if fact_id in text.unscored or (only_unread and fact_id in text.hand):
                continue
            if not right(text, fact_id, reading):
                worst = max(worst, score)
    return float(worst)


def out_of_fold(train: list[Text], variant: Variant) -> list[tuple[Text, dict[str, Decision]]]:
    """Each training set's decisions by a model trained on the other training sets."""
    scored = []
    for held in sorted({text.set_name for text in train}):
        model = Model([text for text in train if text.set_name != held], variant)
        scored += [(text, decide(model, text)) for text in train if text.set_name == held]
    return scored


Chosen = dict[str, tuple[Reading, str]]
"""Fact id -> the reading and the sentence it was read from."""


def tally(texts: list[Text], chosen: dict[str, Chosen]) -> tuple[int, int, int, int]:
    """Found, stated, wrong, and how many found were read from a sentence other than the one the truth quotes."""
    found = stated = wrong = elsewhere = 0
    for text in texts:
        stated += len(text.truth)
        for fact_id, (reading, quote) in chosen[text.name].items():
            if fact_id in text.unscored:
                continue
            if right(text, fact_id, reading):
                found += 1
                elsewhere += not states(quote, text.quoted.get(fact_id))
            else:
                wrong += 1
    return found, stated, wrong, elsewhere


def compare(
    train: list[Text], test: list[Text], variant: Variant, *, verbose: bool = False
) -> dict[str, tuple[int, int, int, int]]:
    """The three readers on the test texts, the scorer trained (and its thresholds chosen) on the training texts."""
    folds = out_of_fold(train, variant)
    alone, filling = threshold(folds, only_unread=False), threshold(folds, only_unread=True)
    model = Model(train, variant)
    hand: dict[str, Chosen] = {}
    scorer: dict[str, Chosen] = {}
    both: dict[str, Chosen] = {}
    for text in test:
        decisions = decide(model, text)
        hand[text.name] = {f: (reading, text.hand_quotes.get(f, "")) for f, reading in text.hand.items()}
        scorer[text.name] = {f: (reading, quote) for f, (score, reading, quote) in decisions.items() if score > alone}
        extra = {
            f: (reading, quote)
            for f, (score, reading, quote) in decisions.items()
            if score > filling and f not in text.hand
        }
        both[text.name] = {**hand[text.name], **extra}
        for fact_id, (reading, quote) in extra.items() if verbose else ():
            mark = "right" if right(text, fact_id, reading) else f"WRONG (truth {text.truth.get(fact_id)})"
            mark += "" if states(quote, text.quoted.get(fact_id)) else ", not from the sentence the truth quotes"
            print(f"    + {text.name} {fact_id} = {reading}: {mark} <- {decisions[fact_id][2][:150]!r}")
    if verbose:
        print(f"    thresholds: alone {alone:.2f}, where the hand reads nothing {filling:.2f}")
    return {"hand": tally(test, hand), "scorer": tally(test, scorer), "hand+scorer": tally(test, both)}


def by_fact(texts: list[Text]) -> None:
    """Per fact: stated, missed (or wrong) by hand, and of those, with the truth's value in a sentence about it."""
    stated: Counter[str] = Counter()
    missed: Counter[str] = Counter()
    within: Counter[str] = Counter()
    for text in texts:
        for fact_id, want in text.truth.items():
            stated[fact_id] += 1
            if not (fact_id in text.hand and agrees(text.hand[fact_id], want)):
                missed[fact_id] += 1
                within[fact_id] += any(
                    e.fact_id == fact_id and e.about and agrees(e.reading, want) for e in text.examples
                )
    for fact_id, count in missed.most_common():
        counts = f"stated {stated[fact_id]:>3}, hand misses {count:>3}, in a sentence about it {within[fact_id]:>3}"
        print(f"  {fact_id:<48} {counts}")


def ceiling(texts: list[Text]) -> Counter[str]:
    """Of the stated facts the hand reader misses, where the truth's value stands among the candidates."""
    seen: Counter[str] = Counter()
    for text in texts:
        for fact_id, want in text.truth.items():
            seen["stated"] += 1
            if fact_id in text.hand and agrees(text.hand[fact_id], want):
                seen["hand found"] += 1
                continue
            seen["hand missed or wrong"] += 1
            seen["hand wrong"] += fact_id in text.hand
            matching = [e for e in text.examples if e.fact_id == fact_id and agrees(e.reading, want)]
            seen["candidate in some sentence"] += bool(matching)
            seen["candidate in a sentence naming the subject"] += any(e.subject_named for e in matching)
            seen["candidate in a sentence about it (named or carried)"] += any(e.about for e in matching)
            seen["candidate in a sentence about it or holding a needs word"] += any(
                e.about or e.needed for e in matching
            )
    return seen


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--sets", nargs="+", default=list(SETS))
    parser.add_argument("--verbose", "-v", action="store_true", help="List what the scorer adds, right or wrong.")
    parser.add_argument("--all-variants", action="store_true", help="Also the variants (features, pool, l2).")
    parser.add_argument("--by-fact", action="store_true", help="The ceiling per fact on fresh4 and tune3.")
    parser.add_argument("--cache", type=Path, help="Pickle of the read texts: read once, reused after.")
    args = parser.parse_args()
    if args.cache and args.cache.exists():
        cached = pickle.loads(args.cache.read_bytes())  # noqa: S301 - this script's own cache
        texts = [text for text in cached if text.set_name in args.sets]
    else:
        texts = load(args.sets)
        if args.cache:
            args.cache.write_bytes(pickle.dumps(texts))
    print(f"{len(texts)} texts; declared facts stated (one plain value): {sum(len(t.truth) for t in texts)}")
    print("\n== Ceiling (declared facts the hand reader misses or reads wrong)")
    for set_name in [*args.sets, "all"]:
        chosen = [t for t in texts if set_name in ("all", t.set_name)]
        print(f"{set_name:<8} " + "; ".join(f"{key}: {count}" for key, count in ceiling(chosen).items()))
    if args.by_fact:
        print("\n== By fact, on fresh4 and tune3 (texts counted per layout)")
        by_fact([t for t in texts if t.set_name in ("fresh4", "tune3")])
    plans = [(f"LOSO {name}", [n for n in args.sets if n != name], [name]) for name in args.sets]
    before = [n for n in args.sets if n not in ("fresh4", "tune3")]
    if "fresh4" in args.sets:
        plans.append(("fresh4 by sets before it", before, ["fresh4"]))
    for variant in VARIANTS if args.all_variants else VARIANTS[:1]:
        print(
            f"\n== Held out, scorer {variant.name}: found/stated (wrong, found from a sentence the truth doesn't quote)"
        )
        print(f"{'':<26} {'hand':>17} | {'scorer alone':>17} | {'hand, then scorer':>17}")
        for label, train_sets, test_sets in plans:
            if args.verbose:
                print(label)
            train = [t for t in texts if t.set_name in train_sets]
            test = [t for t in texts if t.set_name in test_sets]
            result = compare(train, test, variant, verbose=args.verbose)
            cells = [f"{f}/{s} ({w}, {e})" for f, s, w, e in result.values()]
            print(f"{label:<26} {cells[0]:>17} | {cells[1]:>17} | {cells[2]:>17}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
