"""Hypothesis strategies that build valid snapshots from the catalogue."""

from __future__ import annotations

import datetime as dt
from typing import Any

from hypothesis import strategies as st

from usjapan_facts import catalog
from usjapan_facts.model import Snapshot

QUALIFIERS = ("exact", "about", "over", "under", "nearly", "at_least")
words = st.text(alphabet="abcdefghijklmnopqrstuvwxyz ", min_size=1, max_size=12).map(str.strip).filter(bool)
names = st.sampled_from(["Kishida", "Suga", "Abe", "Ishiba", "Takaichi", "Biden", "Trump", "Obama"])
partial_dates = st.dates(dt.date(1990, 1, 1), dt.date(2035, 12, 31)).flatmap(
    lambda day: st.sampled_from([day.isoformat(), day.isoformat()[:7], day.isoformat()[:4]])
)
provenance = st.fixed_dictionaries({}, optional={"quote": words, "section": words})


def _value(kind: str) -> st.SearchStrategy[dict[str, Any]]:
    hedged = {"qualifier": st.sampled_from(QUALIFIERS)}
    by_kind: dict[str, st.SearchStrategy[dict[str, Any]]] = {
        "count": st.fixed_dictionaries({"value": st.integers(0, 10**6), **hedged}),
        "money": st.fixed_dictionaries({"value": st.integers(0, 10**12), **hedged}),
        "percent": st.fixed_dictionaries(
            {"value": st.integers(-50, 150) | st.floats(-50, 150, allow_nan=False).map(lambda x: round(x, 1)), **hedged}
        ),
        "rank": st.one_of(
            st.fixed_dictionaries({"value": st.integers(1, 20), **hedged}),
            st.just({"qualifier": "among_top"}),
        ),
        "year": st.fixed_dictionaries({"value": st.integers(1900, 2100), **hedged}),
        "date": st.fixed_dictionaries({"value": partial_dates, **hedged}),
        "person": st.fixed_dictionaries({"value": st.fixed_dictionaries({"family": names, "given": names})}),
        "text": st.fixed_dictionaries({"value": words}),
        "list": st.fixed_dictionaries({"value": st.lists(words, min_size=1, max_size=3, unique=True)}),
        "yearly_percent": st.fixed_dictionaries(
            {"value": st.dictionaries(st.integers(2000, 2030).map(str), st.integers(-10, 10), min_size=1, max_size=3)}
        ),
    }
    return by_kind[kind]


def facts(spec: catalog.FactSpec) -> st.SearchStrategy[dict[str, Any]]:
    return st.tuples(_value(spec.kind), provenance).map(lambda parts: {"kind": spec.kind, **parts[0], **parts[1]})


fact_maps = st.lists(st.sampled_from(catalog.load("IF10199").facts), unique=True, max_size=12).flatmap(
    lambda specs: st.fixed_dictionaries({spec.id: facts(spec) for spec in specs})
)
elections = st.fixed_dictionaries(
    {
        "body": st.sampled_from(["Upper House", "Lower House", "Okinawa governor"]),
        "date": partial_dates,
        "status": st.sampled_from(["upcoming", "held"]),
    },
    optional={"result": words},
)
slugs = st.sampled_from(["upper_house_2022", "lower_house_2021", "okinawa_governor_2022", "lower_house_2026"])


EVERYTHING_TRACKED = [spec.id for spec in catalog.load("IF10199").facts] + list(catalog.COLLECTIONS)
"""What a full text recorded by hand is checked for: every catalogue fact and both collections."""


@st.composite
def snapshots(draw: st.DrawFn, updated: dt.date | None = None) -> Snapshot:
    """Draw a valid snapshot: any catalogue facts, elections, coverage and metadata."""
    coverage = draw(st.sampled_from(["full", "excerpt", "summary", "none"]))
    return Snapshot.model_validate(
        {
            "updated": (updated or draw(st.dates(dt.date(2015, 1, 1), dt.date(2030, 12, 31)))).isoformat(),
            "crs_version": draw(st.none() | st.integers(1, 99)),
            "coverage": coverage,
            "tracked": EVERYTHING_TRACKED if coverage == "full" else [],
            "sources": draw(st.lists(words, max_size=2)),
            "facts": draw(fact_maps),
            "elections": draw(st.dictionaries(slugs, elections, max_size=2)),
        }
    )
