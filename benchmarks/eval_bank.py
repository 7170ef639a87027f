"""Score extraction on a wording bank: short passages, each with the truth of every catalogue fact it states.

Run by hand from the repository root:

    python benchmarks/eval_bank.py BANK.json [BANK.json ...] [--verbose]

A bank is `{"brief": ID, "passages": [{"id", "updated", "text", "facts", "elections", "events", "notes"}]}`:
each passage a few sentences in the brief's register, written by someone who had not read the rules, with the
facts it states in the record's shapes. Each passage is read as an excerpt of the brief (its title line put
before it) dated `updated`, and scored as `eval_sets.py` scores a text: "stated" counts each fact once and
each election or event twice; "wrong" is a wrong value or hedge on a stated fact; "extra" a fact read that
the passage's truth does not list (in a passage of two sentences, a fact read from nothing, or one the
writer did not list). `--verbose` prints each miss, wrong and extra reading with its passage.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from eval_sets import Score, score_text

from usjapan_facts import catalog

NOT_STATED = " not stated <- "


def score_passage(brief: str, passage: dict[str, Any]) -> Score:
    """Score one passage, read as an excerpt of `brief` dated the passage's `updated`."""
    version = {key: passage.get(key, {}) for key in ("facts", "elections", "events")}
    truth = {"report": {"id": brief}, "versions": [{"updated": passage["updated"], **version}]}
    title = catalog.load(brief).title
    return score_text(passage["id"], f"# {title}\n\n{passage['text']}\n", truth)


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("banks", type=Path, nargs="+")
    parser.add_argument("--verbose", "-v", action="store_true", help="List each miss, wrong and extra reading.")
    args = parser.parse_args()
    for path in args.banks:
        bank = json.loads(path.read_text(encoding="utf-8"))
        stated = found = wrong = extra = 0
        for passage in bank["passages"]:
            item = score_passage(bank["brief"], passage)
            wrongs = [line for line in item.wrong if NOT_STATED not in line]
            extras = [line for line in item.wrong if NOT_STATED in line]
            stated, found = stated + item.stated, found + item.found
            wrong, extra = wrong + len(wrongs), extra + len(extras)
            if args.verbose and (item.missing or item.wrong or item.error):
                print(f"-- {passage['id']} ({passage['updated']}): {passage['text']!r}")
                for line in [f"error: {item.error}"] if item.error else []:
                    print(f"    {line}")
                for fact_id in item.missing:
                    print(f"    missed {fact_id}")
                for line in wrongs:
                    print(f"    WRONG {line}")
                for line in extras:
                    print(f"    extra {line}")
        share = f" ({100 * found / stated:.0f}%)" if stated else ""
        count = len(bank["passages"])
        print(f"{path.name}: {count} passages, found {found}/{stated}{share}, wrong {wrong}, extra {extra}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
