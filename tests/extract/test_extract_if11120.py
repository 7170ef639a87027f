"""Extraction of the second brief, IF11120: its titles, a two-column PDF copy, and its tariff rates by date."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from usjapan_facts.extract import ExtractError, extract_snapshot
from usjapan_facts.extract.brief_rules import rules_for

FIXTURE = Path(__file__).parents[1] / "fixtures" / "IF11120-2027-05-03-columns.txt"
TITLES = (
    "U.S.-Japan Trade Agreement Negotiations",
    "U.S.-Japan Trade Agreements and Negotiations",
    "U.S.-Japan Trade Agreements and Tariff Negotiations",
    "U.S.\u2013Japan Trade Agreements and Tariff Negotiations",
    "U.S. - Japan Trade Agreements and Negotiations",
    "US-Japan trade agreements and tariff negotiations",
)


def _facts(text: str, **options: Any) -> dict[str, dict[str, Any]]:
    snapshot = extract_snapshot(text, brief="IF11120", **options).snapshot
    return {
        fact_id: fact.model_dump(mode="json", exclude={"quote", "section", "kind"}, exclude_none=True)
        for fact_id, fact in snapshot.facts.items()
    }


@pytest.mark.parametrize("title", TITLES)
def test_each_title_of_the_brief_is_recognised(title: str) -> None:
    """The brief's three titles, with any dash or spacing between U.S. and Japan, all name IF11120."""
    assert rules_for("IF11120").title.search(title)


def test_another_briefs_title_is_refused() -> None:
    """A text titled as IF10199 is not taken for IF11120, and says which brief it is not."""
    text = "# U.S.-Japan Relations\n\nUpdated May 3, 2027\n\nJapan is the largest holder of U.S. Treasury securities.\n"
    with pytest.raises(ExtractError, match="IF11120"):
        extract_snapshot(text, brief="IF11120")


def test_interleaved_two_column_copy_gives_each_value() -> None:
    """A PDF copy whose lines alternate between two columns gives every fact its sentences state, and no other."""
    facts = _facts(FIXTURE.read_text(encoding="utf-8"))
    assert facts == {
        "leaders.us_president": {"value": {"family": "Trump", "given": "Donald"}, "as_written": "Trump"},
        "leaders.japan_prime_minister": {"value": {"family": "Takaichi", "given": "Sanae"}, "as_written": "Takaichi"},
        "tariffs.us_tariff_most_imports": {
            "value": 12.5,
            "qualifier": "exact",
            "period": "2027-04",
            "note": "preferred over 15 (dated 2025-07)",
        },
        "tariffs.ieepa_rate": {"value": 15, "qualifier": "exact", "period": "2025-07"},
        "trade.overall_partner_rank": {"value": 6, "qualifier": "exact", "period": "2026"},
        "trade.treasury_holder_rank": {"value": 1, "qualifier": "exact"},
        "trade.us_exports_to_japan": {"value": 131_000_000_000, "qualifier": "exact", "period": "2026"},
        "trade.us_goods_exports_to_japan": {"value": 82_000_000_000, "qualifier": "exact", "period": "2026"},
        "trade.us_services_exports_to_japan": {"value": 49_000_000_000, "qualifier": "exact", "period": "2026"},
        "trade.us_imports_from_japan": {"value": 188_000_000_000, "qualifier": "exact", "period": "2026"},
        "trade.us_goods_imports_from_japan": {"value": 146_000_000_000, "qualifier": "exact", "period": "2026"},
        "trade.us_services_imports_from_japan": {"value": 42_000_000_000, "qualifier": "exact", "period": "2026"},
        "trade.goods_deficit": {"value": 64_000_000_000, "qualifier": "exact", "period": "2026"},
        "trade.goods_deficit_rank": {"value": 7, "qualifier": "exact", "period": "2026"},
        "agreements.usjta_in_force": {"value": "2020-01-01", "qualifier": "exact"},
        "agreements.digital_trade_in_force": {"value": "2020-01-01", "qualifier": "exact"},
    }


def test_extraction_names_the_brief_and_reads_no_elections_or_events() -> None:
    """The snapshot is IF11120's, dated by its cover, with no elections, and no event, since the copy dates none."""
    snapshot = extract_snapshot(FIXTURE.read_text(encoding="utf-8"), brief="IF11120").snapshot
    assert (snapshot.report_id, snapshot.updated) == ("IF11120", dt.date(2027, 5, 3))
    assert snapshot.elections == {}
    assert snapshot.events == {}


COVER = "# U.S.-Japan Trade Agreements and Tariff Negotiations\n\nUpdated October 1, 2026\n\n## Tariffs\n\n"
TARIFF_PARAGRAPH = (
    "In 2025, the President imposed tariffs on Japan under the International Emergency Economic Powers Act "
    "(IEEPA). In July 2025, the two countries announced a framework agreement, under which the United States "
    "imposed a 15% tariff on most imports from Japan, down from a 25% tariff on Japan initially proposed. A "
    "February 2026 Supreme Court decision held that IEEPA gives no authority to impose tariffs. Japan then came "
    "under a Section 301 investigation; since July, USTR has applied a 12.5% tariff on Japan under that "
    "authority. Section 232 tariffs on Japanese autos are capped at 15% under the framework agreement."
)


def test_the_current_tariff_wins_over_earlier_and_proposed_rates() -> None:
    """Of a proposed 25%, the July 2025 15% and the 12.5% applied 'since July', the latest one is the rate now."""
    facts = _facts(COVER + TARIFF_PARAGRAPH)
    assert facts["tariffs.us_tariff_most_imports"] == {
        "value": 12.5,
        "qualifier": "exact",
        "period": "2026-07",
        "note": "preferred over 15 (a headline rate)",
    }
    assert facts["tariffs.ieepa_rate"] == {"value": 15, "qualifier": "exact", "period": "2025-07"}
    assert facts["tariffs.section232_autos"] == {"value": 15, "qualifier": "exact"}
    assert facts["tariffs.ieepa_ruling"] == {"value": "2026-02", "qualifier": "exact"}
    assert facts["framework.announced"] == {"value": "2025-07", "qualifier": "exact"}


def test_a_rate_under_an_unread_authority_does_not_take_the_previous_sentences() -> None:
    """A rate whose sentence says 'under' something unread is not credited to the authority named before it."""
    text = COVER + (
        "In 2025, Japan faced tariffs under IEEPA. In April 2027, USTR imposed a 12.5% tariff on Japan under "
        "a new statute."
    )
    facts = _facts(text, updated=dt.date(2027, 5, 1))
    assert facts["tariffs.us_tariff_most_imports"]["value"] == 12.5
    assert "tariffs.ieepa_rate" not in facts


@pytest.mark.parametrize(
    ("sentence", "updated", "expected"),
    [
        ("Talks slowed after the Upper House election held on July 9, 2028.", dt.date(2028, 9, 1),
         {"date": "2028-07-09", "status": "held"}),
        ("The ruling coalition lost ground in the July 2028 Upper House election.", dt.date(2028, 9, 1),
         {"date": "2028-07", "status": "held"}),
        ("Half of the Upper House will be elected in July 2028.", dt.date(2028, 5, 3),
         {"date": "2028-07", "status": "upcoming"}),
    ],
)  # fmt: skip
def test_an_election_the_trade_brief_states_is_read(sentence: str, updated: dt.date, expected: dict[str, str]) -> None:
    """IF11120 reads Japan's elections with the shared reader: held or upcoming by the cover date."""
    text = COVER + "Japan is the largest holder of U.S. Treasuries. "
    snapshot = extract_snapshot(text + sentence + "\n", brief="IF11120", updated=updated).snapshot
    found = {slug: e.model_dump(mode="json", include={"date", "status"}) for slug, e in snapshot.elections.items()}
    assert found == {"upper_house_2028": expected}


def test_the_trade_brief_records_abes_assassination_where_it_states_it() -> None:
    """The trade brief's versions of 2022-2023 tell the assassination beside the election it overshadowed: read."""
    text = COVER + "Japan is the largest holder of U.S. Treasuries. Former Prime Minister Abe Shinzo was shot and "
    snapshot = extract_snapshot(text + "killed on July 8, 2022, in Nara.\n", brief="IF11120").snapshot
    assert {slug: event.date for slug, event in snapshot.events.items()} == {"abe_assassination": "2022-07-08"}


def test_another_persons_killing_is_no_event_of_the_trade_brief() -> None:
    """A killing of someone the record does not track gives no event."""
    text = COVER + "Japan is the largest holder of U.S. Treasuries. A trade official was shot and "
    snapshot = extract_snapshot(text + "killed on July 8, 2022, in Nara.\n", brief="IF11120").snapshot
    assert snapshot.events == {}


@pytest.mark.parametrize(
    "sentence",
    [
        "In early May, President Kamal Ortiz's Administration opened talks with Japan on tariffs.",
        "Japan has faced new tariffs since President Kamal Ortiz took office in January 2029; former President Lena "
        "Hart had kept the earlier rates.",
        "President Lena Hart blocked the merger in January 2029. Tariffs rose after President Kamal Ortiz was "
        "inaugurated in January 2029.",
    ],
)
def test_the_sitting_president_is_told_from_the_one_before(sentence: str) -> None:
    """A month before the title is no country; 'took office' names the sitting president over a past one's deed."""
    text = COVER.replace("October 1, 2026", "June 1, 2029") + "Japan is the largest holder of U.S. Treasuries. "
    snapshot = extract_snapshot(text + sentence + "\n", brief="IF11120").snapshot
    assert snapshot.facts["leaders.us_president"].model_dump(mode="json")["value"] == {
        "family": "Ortiz",
        "given": "Kamal",
    }


@pytest.mark.parametrize(
    "paragraph",
    [
        "Prime Minister Arata Kenji resigned in May 2029. The LDP then chose Mori Haruka, who became prime minister "
        "on June 2, 2029. Mori backs the framework.",
        "Prime Minister Arata Kenji stepped down in May 2029; Mori Haruka, who was elected prime minister by the Diet "
        "in June 2029, has kept the talks going. Mori supports the framework.",
        "Prime Minister Arata Kenji announced his resignation in May 2029. Mori Haruka, who took office as prime "
        "minister in June 2029, met the President. Mori has said little.",
    ],
)
def test_a_prime_minister_who_left_office_gives_way_to_the_one_who_came_in(paragraph: str) -> None:
    """'resigned', 'stepped down', 'announced his resignation' name no sitting leader; 'X, who became' does."""
    text = COVER.replace("October 1, 2026", "July 1, 2029") + "Japan is the largest holder of U.S. Treasuries. "
    snapshot = extract_snapshot(text + paragraph + "\n", brief="IF11120").snapshot
    assert snapshot.facts["leaders.japan_prime_minister"].model_dump(mode="json")["value"] == {
        "family": "Mori",
        "given": "Haruka",
    }
