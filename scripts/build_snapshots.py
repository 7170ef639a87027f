"""Build snapshots/ from the gathered record of every version and the 2022-07-21 text.

Run by hand from the repository root when the record changes:

    python scripts/build_snapshots.py

The record (tests/fixtures/if10199_versions.json) holds values only; this script types them into
snapshots, and gives each fact of 2022-07-21 the sentence and section it stands in, found in the
full text by an anchor phrase. It refuses to write anything that does not validate.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path
from typing import Any

from usjapan_facts import catalog
from usjapan_facts.extract.text import Document, parse_markdown
from usjapan_facts.migrations import migrate
from usjapan_facts.model import Snapshot
from usjapan_facts.store import SnapshotStore

ROOT = Path(__file__).resolve().parent.parent
RECORD = ROOT / "tests" / "fixtures" / "if10199_versions.json"
BRIEF = ROOT / "tests" / "fixtures" / "IF10199-2022-07-21.md"
FULL_TEXT_VERSION = "2022-07-21"

# A phrase of the sentence that states each fact in the 2022-07-21 text.
ANCHORS: dict[str, str] = {
    "leaders.japan_prime_minister": "Japanese Prime Minister Kishida Fumio",
    "leaders.us_president": "President Biden has indicated",
    "alliance.treaty_ally_since": "treaty ally since 1951",
    "alliance.us_troops_in_japan": "around 54,000",
    "alliance.host_nation_support_per_year": "roughly $2 billion per year",
    "alliance.host_nation_support_agreement": "four-year deal in December 2021",
    "alliance.okinawa_share_of_usfj_facilities": "About 25% of facilities",
    "alliance.okinawa_share_of_usfj_personnel": "over half of USFJ personnel",
    "alliance.okinawa_share_of_land_area": "less than 1% of Japan's total land area",
    "defense.spending_goal_pct_gdp": "defense spending to 2% of its GDP",
    "defense.traditional_limit_pct_gdp": "limited defense spending to 1% of GDP",
    "politics.ruling_coalition": "the LDP and its coalition partner, Komeito",
    "politics.upper_house_coalition_share": "from 57% of the seats to 60%",
    "politics.lower_house_coalition_share": "over 60% of the Diet's Lower House",
    "politics.next_diet_election_due": "until 2025",
    "trade.overall_partner_rank": "Japan is the fourth-largest overall U.S. trading partner",
    "trade.export_partner_rank": "fifth-largest U.S. trading partner for exports",
    "trade.us_exports_to_japan": "exports ($112.2 billion)",
    "trade.import_partner_rank": "fifth-largest U.S. trading partner for exports",
    "trade.us_imports_from_japan": "imports ($167.8 billion)",
    "trade.fdi_source_rank": "largest source of foreign direct investment",
    "trade.treasury_holder_rank": "largest foreign holders of U.S. Treasury securities",
    "economy.gdp_growth": "GDP increased in 2021 by 2.2%",
    "economy.supplementary_budget": "$21 billion supplementary budget",
    "economy.emissions_cut_target": "46% reduction in greenhouse gas emissions",
    "economy.yen": "24-year low against the dollar",
    "diplomacy.quad_leader_meetings": "three leader-level Quad meetings",
    "diplomacy.ipef_other_partners": "joined 13 other countries",
    "diplomacy.ukraine_humanitarian_aid": "$300 million in humanitarian and development aid",
    "diplomacy.ukraine_financial_support": "$600 million in financial support",
    "elections.upper_house_2022": "elections two days later",
    "elections.okinawa_governor_2022": "September 2022 Okinawa gubernatorial election",
    "events.abe_assassination": "On July 8, 2022",
}


def _provenance(document: Document, key: str) -> dict[str, str]:
    anchor = ANCHORS[key]
    found = [sentence for sentence in document.sentences if anchor in sentence.text]
    if len(found) != 1:
        raise SystemExit(f"{key}: anchor {anchor!r} is in {len(found)} sentences of the text, not one")
    return {"quote": found[0].text, "section": found[0].section}


def snapshot_of(
    record: dict[str, Any], report: dict[str, str], document: Document | None, text_sha256: str | None
) -> Snapshot:
    """Type one record version (schema 0) into a `Snapshot` through every migration; quote `document` if given."""
    data, _ = migrate({**record, "report": report, "schema_version": 0})
    if document is not None:
        for fact_id, fact in data["facts"].items():
            fact.update(_provenance(document, fact_id))
        for name in catalog.COLLECTIONS:
            for slug, item in data[name].items():
                item.update(_provenance(document, f"{name}.{slug}"))
        data["text_sha256"] = text_sha256
    return Snapshot.model_validate(data)


def main() -> int:
    record = json.loads(RECORD.read_text(encoding="utf-8"))
    brief = BRIEF.read_bytes()
    document = parse_markdown(brief.decode("utf-8"))
    store = SnapshotStore(ROOT / "snapshots")
    for version in record["versions"]:
        full_text = version["updated"] == FULL_TEXT_VERSION
        snapshot = snapshot_of(
            version,
            record["report"],
            document if full_text else None,
            hashlib.sha256(brief).hexdigest() if full_text else None,
        )
        print(store.save(snapshot, overwrite=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
