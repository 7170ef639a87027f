"""The cheap re-check of recorded content: every real snapshot passes; any value out of the model's bounds fails."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from usjapan_facts.recheck import within_bounds
from usjapan_facts.store import default_store_root

REAL = sorted([*default_store_root("IF10199").glob("*.json"), *default_store_root("IF11120").glob("*.json")])


@pytest.mark.parametrize("path", REAL, ids=[f"{path.parent.name}/{path.stem}" for path in REAL])
def test_every_real_snapshot_passes_the_recheck(path: Path) -> None:
    """The recorded store is read without the validator: none of its files falls back to full validation."""
    assert within_bounds(json.loads(path.read_text(encoding="utf-8")))


def _fact(kind: str, change: Callable[[dict[str, Any]], object]) -> Callable[[dict[str, Any]], object]:
    def edit(data: dict[str, Any]) -> object:
        fact = next(fact for fact in data["facts"].values() if fact["kind"] == kind)
        return change(fact)

    return edit


BAD: list[tuple[str, Callable[[dict[str, Any]], object]]] = [
    ("negative count", _fact("count", lambda fact: fact.update(value=-5))),
    ("count as a string", _fact("count", lambda fact: fact.update(value="5"))),
    ("count as a boolean", _fact("count", lambda fact: fact.update(value=True))),
    ("count over the bound", _fact("count", lambda fact: fact.update(value=10**10))),
    ("person as a string", _fact("person", lambda fact: fact.update(value="Nobody"))),
    ("person without a family name", _fact("person", lambda fact: fact.update(value={"given": "X"}))),
    ("person with another key", _fact("person", lambda fact: fact.update(value={"family": "X", "x": 1}))),
    ("unknown qualifier", _fact("count", lambda fact: fact.update(qualifier="roughly"))),
    ("unknown fact field", _fact("count", lambda fact: fact.update(evil=1))),
    ("quote as a number", _fact("count", lambda fact: fact.update(quote=7))),
    ("facts as a list", lambda data: data.update(facts=[])),
    ("unknown top-level key", lambda data: data.update(evil=True)),
    ("updated not a date", lambda data: data.update(updated="2026-02-30")),
    ("coverage unknown", lambda data: data.update(coverage="most")),
    ("election date not a date", lambda data: [item.update(date="2028-02-30") for item in data["elections"].values()]),
    ("an unknown kind", _fact("count", lambda fact: fact.update(kind="script"))),
]


@pytest.mark.parametrize("edit", [edit for _, edit in BAD], ids=[name for name, _ in BAD])
def test_a_value_out_of_bounds_fails_the_recheck(edit: Callable[[dict[str, Any]], object]) -> None:
    """Content the record names but the model would refuse is sent to full validation."""
    data = copy.deepcopy(json.loads((default_store_root() / "2026-10-01.json").read_text(encoding="utf-8")))
    edit(data)
    assert not within_bounds(data)


def test_the_recheck_knows_every_field_the_model_has() -> None:
    """Every field of the snapshot and fact models is one the recheck knows, so no valid content fails it."""
    from usjapan_facts import model
    from usjapan_facts.recheck import _EXTRA, _FACT_PLACE, _FACT_TEXT, _SNAPSHOT_KEYS

    assert set(model.Snapshot.model_fields) <= _SNAPSHOT_KEYS | {"report"}
    known = {
        "kind",
        "value",
        "qualifier",
        *_FACT_TEXT,
        *_FACT_PLACE,
        *(name for extra in _EXTRA.values() for name in extra),
    }
    kinds = (model.CountFact, model.MoneyFact, model.PercentFact, model.RankFact, model.YearFact, model.DateFact)
    for fact_model in (*kinds, model.PersonFact, model.TextFact, model.ListFact, model.YearlyPercentFact):
        assert set(fact_model.model_fields) <= known, fact_model.__name__
