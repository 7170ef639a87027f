"""Hypothesis strategies that build valid snapshots from the catalogue."""

from __future__ import annotations

import datetime as dt
import functools
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


_hedged = {"qualifier": st.sampled_from(QUALIFIERS)}
_VALUES: dict[str, st.SearchStrategy[dict[str, Any]]] = {
    "count": st.fixed_dictionaries({"value": st.integers(0, 10**6), **_hedged}),
    "money": st.fixed_dictionaries({"value": st.integers(0, 10**12), **_hedged}),
    "percent": st.fixed_dictionaries(
        {"value": st.integers(-50, 150) | st.floats(-50, 150, allow_nan=False).map(lambda x: round(x, 1)), **_hedged}
    ),
    "rank": st.one_of(
        st.fixed_dictionaries({"value": st.integers(1, 20), **_hedged}),
        st.just({"qualifier": "among_top"}),
    ),
    "year": st.fixed_dictionaries({"value": st.integers(1900, 2100), **_hedged}),
    "date": st.fixed_dictionaries({"value": partial_dates, **_hedged}),
    "person": st.fixed_dictionaries({"value": st.fixed_dictionaries({"family": names, "given": names})}),
    "text": st.fixed_dictionaries({"value": words}),
    "list": st.fixed_dictionaries({"value": st.lists(words, min_size=1, max_size=3, unique=True)}),
    "yearly_percent": st.fixed_dictionaries(
        {"value": st.dictionaries(st.integers(2000, 2030).map(str), st.integers(-10, 10), min_size=1, max_size=3)}
    ),
}
"""A value of each kind. Strategies here are built once and drawn from many times: Hypothesis validates each
new strategy object, and building them afresh inside every draw was half of what the property tests cost."""


@functools.cache
def _facts_of_kind(kind: str) -> st.SearchStrategy[dict[str, Any]]:
    return st.tuples(_VALUES[kind], provenance).map(lambda parts: {"kind": kind, **parts[0], **parts[1]})


def facts(spec: catalog.FactSpec) -> st.SearchStrategy[dict[str, Any]]:
    return _facts_of_kind(spec.kind)


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


_coverages = st.sampled_from(["full", "excerpt", "summary", "none"])
_updated = st.dates(dt.date(2015, 1, 1), dt.date(2030, 12, 31))
_crs_versions = st.none() | st.integers(1, 99)
_sources = st.lists(words, max_size=2)
_elections = st.dictionaries(slugs, elections, max_size=2)


@st.composite
def snapshots(draw: st.DrawFn, updated: dt.date | None = None) -> Snapshot:
    """Draw a valid snapshot: any catalogue facts, elections, coverage and metadata."""
    coverage = draw(_coverages)
    return Snapshot.model_validate(
        {
            "updated": (updated or draw(_updated)).isoformat(),
            "crs_version": draw(_crs_versions),
            "coverage": coverage,
            "tracked": EVERYTHING_TRACKED if coverage == "full" else [],
            "sources": draw(_sources),
            "facts": draw(fact_maps),
            "elections": draw(_elections),
        }
    )
