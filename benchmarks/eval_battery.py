"""Score extraction on a trap battery: short passages, each naming the facts it states and the facts it only tempts.

Run by hand from the repository root:

    python benchmarks/eval_battery.py BATTERY.json [BATTERY.json ...] [--half tune|holdout] [--verbose]

A battery is a list of items `{"id", "brief", "updated", "text", "expect", "elections"}`, written by someone who had
not read the rules (see `battery/README.md`). `expect` maps a fact id to the value the passage states as current at
`updated`, or to null where the passage tempts the fact (a past figure, another country's, a planned or threatened
rate, a cap) but states no current value; `elections` maps an election's slug to its date and status, or to null.
Values: a number (count, money in dollars, percent, rank, year), a date as written ("2025-07"), a person's family name.
Each passage is read as an excerpt of its brief dated `updated`; a passage from which nothing is read ("no fact of
the catalogue was found") reads no value. A positive is right, wrong or missed; a trap is wrong when any value is read.
Hedges are not scored. The halves: an item whose id ends in an even number is in the tune half, an odd one holdout.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from usjapan_facts.errors import FactsError
from usjapan_facts.extract import extract_snapshot


@dataclass
class Tally:
    """One battery's counts, and the lines `--verbose` prints."""

    positives: int = 0
    right: int = 0
    wrong: int = 0
    traps: int = 0
    sprung: int = 0
    lines: list[str] = field(default_factory=list)


def _plain(value: Any) -> Any:
    """A read or expected value in one comparable form: a person by family name, numbers as numbers, text folded."""
    if isinstance(value, dict) and "family" in value:
        return str(value["family"]).lower()
    if isinstance(value, str):
        return value.strip().lower()
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def half(item_id: str) -> str:
    """'tune' for an id ending in an even number, 'holdout' for an odd one."""
    return "tune" if int(re.findall(r"\d+", item_id)[-1]) % 2 == 0 else "holdout"


def _read(item: dict[str, Any]) -> tuple[dict[str, Any], dict[str, tuple[str, str]]]:
    """The facts' values and the elections' (date, status) that extraction reads from an item's passage."""
    try:
        extraction = extract_snapshot(item["text"], brief=item["brief"], updated=dt.date.fromisoformat(item["updated"]))
    except FactsError:
        return {}, {}
    data = extraction.snapshot.model_dump(mode="json")
    facts = {fact_id: fact["value"] for fact_id, fact in data["facts"].items()}
    elections = {slug: (vote["date"], vote["status"]) for slug, vote in data["elections"].items()}
    return facts, elections


def _judge(tally: Tally, where: str, got: Any, want: Any, text: str) -> None:
    if want is None:
        tally.traps += 1
        if got is not None:
            tally.sprung += 1
            tally.lines.append(f"TRAP  {where}: read {_plain(got)!r} <- {text[:240]!r}")
        return
    tally.positives += 1
    if got is None:
        tally.lines.append(f"MISS  {where}: want {_plain(want)!r}")
    elif _plain(got) == _plain(want):
        tally.right += 1
    else:
        tally.wrong += 1
        tally.lines.append(f"WRONG {where}: read {_plain(got)!r}, want {_plain(want)!r} <- {text[:240]!r}")


def score(items: list[dict[str, Any]], which: str | None) -> Tally:
    """Score the items of one battery (of one half when `which` names it)."""
    tally = Tally()
    for item in items:
        if which is not None and half(item["id"]) != which:
            continue
        facts, elections = _read(item)
        for fact_id, want in item.get("expect", {}).items():
            _judge(tally, f"{item['id']} {fact_id}", facts.get(fact_id), want, item["text"])
        for slug, vote in item.get("elections", {}).items():
            want = None if vote is None else (vote["date"], vote["status"])
            got = elections.get(slug)
            _judge(
                tally,
                f"{item['id']} elections.{slug}",
                None if got is None else list(got),
                want and list(want),
                item["text"],
            )
    return tally


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("batteries", nargs="+", type=Path)
    parser.add_argument("--half", choices=("tune", "holdout"))
    parser.add_argument("--verbose", action="store_true", help="Print each missed, wrong and sprung reading.")
    args = parser.parse_args()
    warnings.simplefilter("ignore")  # partial-excerpt notices: every passage is an excerpt
    for path in args.batteries:
        tally = score(json.loads(path.read_text(encoding="utf-8")), args.half)
        if args.verbose:
            print("\n".join(tally.lines))
        print(
            f"{path.name} {args.half or 'both halves'}: positives {tally.right}/{tally.positives} right, "
            f"{tally.wrong} wrong; traps {tally.sprung} wrong of {tally.traps}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
