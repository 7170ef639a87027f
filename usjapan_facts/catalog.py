"""The fact catalogue: the single place where a tracked fact is declared.

Ids are a public contract (users type them, CI rules name them): once released, an id never
changes meaning and is never reused. Adding a fact is one `FactSpec` here plus its extraction rule.
"""

from __future__ import annotations

import fnmatch
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from usjapan_facts.errors import UnknownFactError

Kind = Literal["count", "money", "percent", "rank", "year", "date", "person", "text", "list", "yearly_percent"]
MetaKind = Literal["authors"]

SECTION_TITLES: dict[str, str] = {
    "report": "Report",
    "leaders": "Leaders",
    "alliance": "Alliance",
    "defense": "Defense",
    "politics": "Politics",
    "trade": "Trade",
    "economy": "Economy",
    "diplomacy": "Diplomacy",
    "elections": "Elections",
    "events": "Events",
}
UNITS: dict[str, str] = {"money": "USD", "percent": "%", "yearly_percent": "%"}


@dataclass(frozen=True)
class FactSpec:
    """One tracked fact: its stable id, label, kind and, derived from the id, its section."""

    id: str
    label: str
    kind: Kind | MetaKind
    invariant: bool = False
    """A fact that should never change between versions; a change is reported as a correction."""
    family_first: bool = True
    """For a person: write the family name first, as the brief does for Japanese names."""

    @property
    def section(self) -> str:
        return SECTION_TITLES[self.id.split(".", 1)[0]]

    @property
    def unit(self) -> str:
        return UNITS.get(self.kind, "")

    @property
    def is_metadata(self) -> bool:
        """Report metadata lives in the snapshot's header fields, not in its `facts`."""
        return self.id.startswith("report.")


CATALOG: tuple[FactSpec, ...] = (
    FactSpec("report.id", "CRS product number", "text"),
    FactSpec("report.title", "Title", "text"),
    FactSpec("report.updated", "Date of this version", "date"),
    FactSpec("report.authors", "Authors", "authors"),
    FactSpec("leaders.japan_prime_minister", "Prime Minister of Japan", "person"),
    FactSpec("leaders.us_president", "President of the United States", "person", family_first=False),
    FactSpec("alliance.treaty_ally_since", "Treaty ally since", "year", invariant=True),
    FactSpec("alliance.us_troops_in_japan", "U.S. troops in Japan", "count"),
    FactSpec(
        "alliance.host_nation_support_per_year",
        "Japan's yearly payment toward the cost of U.S. forces",
        "money",
    ),
    FactSpec("alliance.host_nation_support_agreement", "Latest cost-sharing agreement announced", "date"),
    FactSpec("alliance.okinawa_share_of_usfj_facilities", "Share of USFJ facilities in Okinawa", "percent"),
    FactSpec("alliance.okinawa_share_of_usfj_personnel", "Share of USFJ personnel in Okinawa", "percent"),
    FactSpec("alliance.okinawa_share_of_land_area", "Okinawa's share of Japan's land area", "percent"),
    FactSpec("alliance.marines_relocating_to_guam", "U.S. Marines planned to move from Okinawa to Guam", "count"),
    FactSpec("defense.spending_goal_pct_gdp", "Defense spending goal, share of GDP", "percent"),
    FactSpec("defense.traditional_limit_pct_gdp", "Traditional defense spending limit, share of GDP", "percent"),
    FactSpec("defense.tomahawk_purchase", "Japan's Tomahawk purchase", "money"),
    FactSpec("politics.ruling_coalition", "Parties in the ruling coalition", "list"),
    FactSpec("politics.upper_house_coalition_share", "Ruling coalition's share of Upper House seats", "percent"),
    FactSpec("politics.lower_house_coalition_share", "Ruling coalition's share of Lower House seats", "percent"),
    FactSpec("politics.next_diet_election_due", "Next national Diet election due by", "year"),
    FactSpec(
        "politics.lower_house_election_due",
        "Latest date by which a Lower House election must be held",
        "date",
    ),
    FactSpec("trade.overall_partner_rank", "Japan's rank among U.S. trading partners, overall", "rank"),
    FactSpec("trade.export_partner_rank", "Japan's rank among U.S. export markets", "rank"),
    FactSpec("trade.us_exports_to_japan", "U.S. exports to Japan", "money"),
    FactSpec("trade.import_partner_rank", "Japan's rank among U.S. import sources", "rank"),
    FactSpec("trade.us_imports_from_japan", "U.S. imports from Japan", "money"),
    FactSpec("trade.fdi_source_rank", "Japan's rank as a source of FDI into the U.S.", "rank"),
    FactSpec("trade.treasury_holder_rank", "Japan's rank among foreign holders of U.S. Treasuries", "rank"),
    FactSpec("trade.us_tariff_on_most_imports_from_japan", "U.S. tariff on most imports from Japan", "percent"),
    FactSpec("trade.japan_investment_pledge", "Japan's pledge to invest in the U.S.", "money"),
    FactSpec("economy.gdp_growth", "Japan's real GDP growth", "yearly_percent"),
    FactSpec("economy.supplementary_budget", "Latest supplementary budget", "money"),
    FactSpec(
        "economy.emissions_cut_target",
        "Greenhouse gas cut pledged by 2030 from 2013 levels",
        "percent",
    ),
    FactSpec("economy.yen", "The yen against the dollar", "text"),
    FactSpec("diplomacy.quad_leader_meetings", "Leader-level Quad meetings convened", "count"),
    FactSpec("diplomacy.ipef_other_partners", "Other countries beside Japan at IPEF's launch", "count"),
    FactSpec(
        "diplomacy.ukraine_humanitarian_aid",
        "Japan's humanitarian and development aid pledged to Ukraine",
        "money",
    ),
    FactSpec("diplomacy.ukraine_financial_support", "Japan's financial support pledged to Ukraine", "money"),
)

BY_ID: dict[str, FactSpec] = {spec.id: spec for spec in CATALOG}
ORDER: dict[str, int] = {spec.id: index for index, spec in enumerate(CATALOG)}
FACT_SPECS: tuple[FactSpec, ...] = tuple(spec for spec in CATALOG if not spec.is_metadata)
COLLECTIONS: tuple[str, ...] = ("elections", "events")


def get(fact_id: str) -> FactSpec:
    """Return the catalogue entry for `fact_id`, or raise `UnknownFactError`."""
    try:
        return BY_ID[fact_id]
    except KeyError:
        raise UnknownFactError(fact_id) from None


def glob_can_match(pattern: str) -> bool:
    """Tell whether a fact-id glob can match a catalogue id, or any election or event."""
    if any(fnmatch.fnmatchcase(fact_id, pattern) for fact_id in BY_ID):
        return True
    head, dot, _ = pattern.partition(".")
    return bool(dot) and any(fnmatch.fnmatchcase(name, head) for name in COLLECTIONS)


def matches(fact_id: str, patterns: Iterable[str]) -> bool:
    """Tell whether `fact_id` matches any of the globs (`*` spans dots: `trade.*`, `*_rank`)."""
    return any(fnmatch.fnmatchcase(fact_id, pattern) for pattern in patterns)
