"""Train the learned scorer the product ships (usjapan_facts/extract/learned_weights.json) and choose its threshold.

Run by hand from the repository root, after `learn_scorer.py read` has cached every set read by today's code:

    PROC_LOG_ON=0 PYTHONPATH=$PWD python benchmarks/learn_scorer.py read --out /tmp/learn/today.pickle
    python benchmarks/ship_scorer.py --cache /tmp/learn/today.pickle --leave fresh20 fresh22 \
        --out usjapan_facts/extract/learned_weights.json

The sets named by --leave are neither trained on nor used for the threshold: they stay held out, to measure the
shipped scorer on (`eval_sets.py`). The threshold is chosen out of fold: the training sets are split into five
groups of whole sets; each group is scored by a model trained on the other four, only on the facts the rules left
unread (where the product consults the scorer); the threshold is the lowest probability at which none of those
readings is wrong, plus a margin (--margin, in log-odds), since it is set by the single highest-scoring wrong reading.
Then one model is trained on every training set and written, its weights rounded and the smallest dropped.
"""

from __future__ import annotations

import argparse
import json
import math
import pickle
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import learn_scorer
from scorer_experiment import Model, decide, right

import __main__

FOLDS = 5


def _unread_decisions(model: Model, items: list[learn_scorer.Item]) -> list[tuple[float, bool, str]]:
    """Each fact the rules left unread: the model's best score for it, whether its reading is right, and where."""
    out = []
    for item in items:
        for fact_id, (score, reading, _) in decide(model, item.text).items():
            if fact_id not in item.read:
                ok = right(item.text, fact_id, reading) and fact_id not in item.text.unscored
                out.append((score, ok, f"{item.text.name} {fact_id}"))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--cache", type=Path, required=True)
    parser.add_argument("--leave", nargs="*", default=[], help="Sets held out of training and threshold.")
    parser.add_argument("--margin", type=float, default=1.2, help="Log-odds added to the zero-wrong threshold.")
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    __main__.Item = learn_scorer.Item  # the cache pickles read's Item as __main__'s
    items: list[learn_scorer.Item] = pickle.loads(args.cache.read_bytes())  # noqa: S301 - our own cache
    training = [item for item in items if item.set_name not in args.leave]
    names = sorted({item.set_name for item in training})
    scored = []
    for fold in (names[k::FOLDS] for k in range(FOLDS)):
        model = Model([i.text for i in training if i.set_name not in fold], learn_scorer.VARIANT[0])
        scored += _unread_decisions(model, [i for i in training if i.set_name in fold])
    worst = max((score for score, ok, _ in scored if not ok), default=-math.inf)
    cut = worst + args.margin
    gained = sum(ok for score, ok, _ in scored if score > cut)
    highest = 1 / (1 + math.exp(-worst))
    print(f"out of fold ({len(names)} sets in {FOLDS} groups): highest wrong reading p = {highest:.4f}")
    print(f"threshold p > {1 / (1 + math.exp(-cut)):.4f}: {gained} facts the rules left unread read right out of fold")
    for score, ok, where in sorted(scored, reverse=True)[:12]:
        print(f"    p = {1 / (1 + math.exp(-score)):.4f} {'right' if ok else 'WRONG'} {where}")
    model = Model([i.text for i in training], learn_scorer.VARIANT[0])
    weights = {name: round(weight, 3) for name, weight in sorted(model.weights.items()) if abs(weight) >= 0.005}
    shipped = {
        "threshold": round(1 / (1 + math.exp(-cut)), 6),
        "trained_on": names,
        "held_out": sorted(args.leave),
        "weights": weights,
    }
    args.out.write_text(json.dumps(shipped, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {args.out}: {len(weights)} weights (of {len(model.weights)}), threshold {shipped['threshold']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
