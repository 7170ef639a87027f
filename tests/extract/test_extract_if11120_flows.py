"""IF11120's trade flows: a total and its goods/services split in any wording, read only when the parts add up."""

from __future__ import annotations

from typing import Any

import pytest

from usjapan_facts.extract import extract_snapshot

COVER = "# U.S.-Japan Trade Agreements and Tariff Negotiations\n\nUpdated May 4, 2032\n\n## {heading}\n\n"
ANCHOR = "Japan is the largest foreign holder of U.S. Treasury securities. "
"""A sentence with a fact, so that the text yields a snapshot at all."""
FLOWS = {
    "exports": (
        "trade.us_exports_to_japan",
        "trade.us_goods_exports_to_japan",
        "trade.us_services_exports_to_japan",
    ),
    "imports": (
        "trade.us_imports_from_japan",
        "trade.us_goods_imports_from_japan",
        "trade.us_services_imports_from_japan",
    ),
}


def _read(paragraph: str, heading: str = "Trade") -> dict[str, tuple[Any, ...]]:
    text = COVER.format(heading=heading) + ANCHOR + paragraph + "\n"
    facts = extract_snapshot(text, brief="IF11120").snapshot.facts
    return {
        fact_id: (fact.value, fact.qualifier, fact.period)  # type: ignore[union-attr]
        for fact_id, fact in facts.items()
        if fact_id.startswith("trade.us_")
    }


def _split(flow: str, total: float, goods: float, services: float, year: str) -> dict[str, tuple[Any, ...]]:
    values = (total, goods, services)
    return {fact_id: (int(value * 10**9), "exact", year) for fact_id, value in zip(FLOWS[flow], values, strict=True)}


@pytest.mark.parametrize(
    "paragraph",
    [
        "In 2031, U.S. exports to Japan came to $140.5 billion, with goods making up $90.2 billion and services "
        "the remaining $50.3 billion.",
        "The United States exported $140.5 billion in goods and services to Japan in 2031: goods accounted for "
        "$90.2 billion of it, services for $50.3 billion.",
        "In 2031, U.S. exports of goods and services to Japan were valued at $140.5 billion ($90.2 billion of "
        "goods, $50.3 billion of services).",
        "U.S. exports to Japan in 2031 consisted of $90.2 billion in goods and $50.3 billion in services, or "
        "$140.5 billion in total.",
        "Data for 2031 are now final. U.S. exports to Japan, up 3% from 2030, totaled $140.5 billion: $90.2 "
        "billion in goods and $50.3 billion in services.",
    ],
)
def test_an_export_total_and_its_split_in_any_wording(paragraph: str) -> None:
    """The total, goods and services are read whatever verb ties them and whichever comes first."""
    assert _read(paragraph) == _split("exports", 140.5, 90.2, 50.3, "2031")


@pytest.mark.parametrize(
    "paragraph",
    [
        "U.S. imports from Japan reached $201.7 billion in 2031, of which goods were $158.4 billion and services "
        "$43.3 billion.",
        "In 2031 the United States imported $201.7 billion worth of goods and services from Japan; $158.4 billion "
        "were goods and $43.3 billion were services.",
        "Trade grew again in 2031. Imports from Japan were $201.7 billion. Of that total, goods accounted for "
        "$158.4 billion and services for the other $43.3 billion.",
        "In 2031, U.S. exports to Japan were $140.5 billion, and imports were $201.7 billion, including $158.4 "
        "billion of goods and $43.3 billion of services.",
    ],
)
def test_an_import_total_and_its_split_in_any_wording(paragraph: str) -> None:
    """Imports read alike, their split given in the same sentence, after 'of which', or in the next sentence."""
    read = _read(paragraph)
    assert {key: read[key] for key in FLOWS["imports"]} == _split("imports", 201.7, 158.4, 43.3, "2031")


@pytest.mark.parametrize(
    ("paragraph", "heading"),
    [
        ("U.S. exports to Japan: $140.5 billion ($90.2 billion in goods, $50.3 in services).", "Trade in 2031"),
        ("The figures below are for 2031. U.S. exports to Japan that year totaled $140.5 billion, comprising $90.2 "
         "billion in goods and $50.3 billion in services.", "Trade"),
    ],
)  # fmt: skip
def test_the_year_comes_from_the_sentences_before_or_the_heading(paragraph: str, heading: str) -> None:
    """A flow whose sentence names no year is dated by the paragraph's year, else by its section heading."""
    assert _read(paragraph, heading) == _split("exports", 140.5, 90.2, 50.3, "2031")


def test_a_flow_named_in_the_sentence_before_carries_to_an_opening_they() -> None:
    """'Imports from Japan grew. They reached $X: ...' reads the imports, and 'U.S. imports totaled' after exports."""
    read = _read("In 2031, imports from Japan grew faster than exports. They reached $201.7 billion: $158.4 billion "
                 "in goods and $43.3 billion in services.")  # fmt: skip
    assert read == _split("imports", 201.7, 158.4, 43.3, "2031")
    read = _read("In 2031, U.S. exports to Japan totaled $140.5 billion. U.S. imports totaled $201.7 billion.")
    assert read["trade.us_imports_from_japan"] == (201_700_000_000, "exact", "2031")


@pytest.mark.parametrize(
    "paragraph",
    [
        # the parts do not add up to the total: another figure, not the split
        "In 2031, U.S. exports to Japan totaled $140.5 billion, with goods at $60.2 billion and services at $50.3 "
        "billion.",
        # one product's trade, or a part of the flow, is not the flow
        "In 2031, U.S. beef exports to Japan totaled $40.5 billion.",
        "In 2031, vehicles made up the largest category of U.S. imports from Japan, at $60.1 billion.",
        "In 2031, autos and parts accounted for about $60.1 billion of U.S. imports from Japan.",
        # another partner's flows
        "In 2031, U.S. exports to Mexico were $340.5 billion.",
        # undated: it would read as a changed period
        "U.S. exports to Japan totaled $140.5 billion.",
        # the year the flows grew from: that year's figure, not the current one
        "Flows in both directions grew from 2030, when U.S. exports to Japan were $130.5 billion.",
    ],
)
def test_what_is_not_the_flow_is_not_read(paragraph: str) -> None:
    """A split that does not add up, a product's trade, a share, another country, an undated flow: nothing."""
    read = _read(paragraph)
    assert "trade.us_goods_exports_to_japan" not in read
    assert "trade.us_services_exports_to_japan" not in read
    assert "trade.us_imports_from_japan" not in read
    if "Mexico" in paragraph or "beef" in paragraph or "2031" not in paragraph:
        assert "trade.us_exports_to_japan" not in read


@pytest.mark.parametrize(
    ("paragraph", "heading", "period"),
    [
        ("Overall, Japan ranked fifth among U.S. trading partners.", "Trade at a Glance, 2031", "2031"),
        ("Japan ranks fifth among U.S. trade partners, based on 2031 trade in goods and services.", "Trade", "2031"),
        ("Japan now stands fifth among all U.S. trading partners.", "Trade in 2031", "2031"),
    ],
)
def test_the_partner_rank_in_any_form_dated_by_its_basis_or_heading(paragraph: str, heading: str, period: str) -> None:
    """'ranked fifth among U.S. trading partners', dated 'based on 2031 trade' or by a heading ending in its year."""
    text = COVER.format(heading=heading) + ANCHOR + paragraph + "\n"
    fact = extract_snapshot(text, brief="IF11120").snapshot.facts["trade.overall_partner_rank"]
    assert fact.model_dump(mode="json", include={"value", "period"}) == {"value": 5, "period": period}


def test_a_partner_rank_for_exports_alone_is_not_read_and_one_no_year_dates_is_read_undated() -> None:
    """'among U.S. trading partners for exports' is another ranking; a heading naming a year not at its end dates
    nothing, so a rank no chart title or heading dates is read with no period (the record keeps such ranks so)."""
    exports = "Japan ranked fifth among U.S. trading partners for exports in 2031."
    facts = extract_snapshot(COVER.format(heading="Trade") + ANCHOR + exports + "\n", brief="IF11120")
    assert "trade.overall_partner_rank" not in facts.snapshot.facts
    undated = "Overall, Japan ranked fifth among U.S. trading partners."
    text = COVER.format(heading="The 2031 Agreements and Beyond") + ANCHOR + undated + "\n"
    fact = extract_snapshot(text, brief="IF11120").snapshot.facts["trade.overall_partner_rank"]
    assert fact.model_dump(mode="json", include={"value", "qualifier", "period"}) == {
        "value": 5,
        "qualifier": "exact",
        "period": None,
    }


def test_a_flow_and_the_figure_it_is_compared_with() -> None:
    """'fell 5% to $X' is the flow; ', down from $Y in 2030' is neither its value nor its year."""
    read = _read("In 2031, U.S. exports to Japan fell 5% to $140.5 billion.")
    assert read["trade.us_exports_to_japan"] == (140_500_000_000, "exact", "2031")
    read = _read("In 2031, U.S. exports to Japan were $140.5 billion, down from $147.9 billion in 2030.")
    assert read["trade.us_exports_to_japan"] == (140_500_000_000, "exact", "2031")
    # A figure for two years in one clause: the later year's is the flow, whichever comes first.
    read = _read("U.S. exports to Japan totaled $140.5 billion in 2031 and $147.9 billion in 2030.")
    assert read["trade.us_exports_to_japan"] == (140_500_000_000, "exact", "2031")
    # A year after the cover's (2032) is a projection, never the current flow.
    read = _read("U.S. exports to Japan totaled $140.5 billion in 2031 and $150.0 billion in 2033.")
    assert read.get("trade.us_exports_to_japan") != (150_000_000_000, "exact", "2033")


@pytest.mark.parametrize(
    "paragraph",
    [
        "In 2031, U.S. goods exports to Japan and imports from Japan were $90.2 billion and $158.4 billion, "
        "respectively.",
    ],
)
def test_pairs_and_figures_of_two_years_are_not_read(paragraph: str) -> None:
    """Figures paired by 'respectively' are unsure: nothing read."""
    read = _read(paragraph)
    assert "trade.us_imports_from_japan" not in read
    assert "trade.us_exports_to_japan" not in read


def test_a_second_flow_with_its_verb_left_out() -> None:
    """'exports ... came to $X, and imports from Japan to $Y': the second flow shares the first one's verb."""
    read = _read("In 2031, U.S. exports to Japan came to $140.5 billion, and imports from Japan to $201.7 billion.")
    assert read["trade.us_imports_from_japan"] == (201_700_000_000, "exact", "2031")


def test_a_part_named_after_the_flow() -> None:
    """'U.S. exports of services to Japan totaled $X' is the services part."""
    read = _read("U.S. exports of services to Japan totaled $50.3 billion in 2031.")
    assert read == {"trade.us_services_exports_to_japan": (50_300_000_000, "exact", "2031")}


def test_japans_exports_are_us_imports_never_us_exports() -> None:
    """'Japan's exports to the United States ..., of which $X were goods' is the U.S. imports' split, not exports'."""
    read = _read(
        "In 2031, Japan's exports to the United States totaled $201.7 billion, of which $158.4 billion were goods "
        "and $43.3 billion services."
    )
    assert read == _split("imports", 201.7, 158.4, 43.3, "2031")


@pytest.mark.parametrize(
    ("paragraph", "flow"),
    [
        ("In 2031, Americans sold $140.5 billion of goods and services to Japan. Of this, $90.2 billion was goods, "
         "with services making up the other $50.3 billion.", "exports"),
        ("In 2031, $201.7 billion of Japanese goods and services were bought by U.S. residents; goods came to $158.4 "
         "billion and services to $43.3 billion.", "imports"),
        ("Japan was, in 2031, a top partner. The United States shipped $140.5 billion worth of goods and services to "
         "Japan. Trade was brisk. In the other direction, imports reached $201.7 billion, $158.4 billion of it in "
         "goods and $43.3 billion in services.", "imports"),
    ],
)  # fmt: skip
def test_flows_told_by_who_sold_and_who_bought(paragraph: str, flow: str) -> None:
    """'Americans sold ... to Japan', '... of Japanese goods and services were bought by U.S. residents'."""
    values = {"exports": (140.5, 90.2, 50.3), "imports": (201.7, 158.4, 43.3)}[flow]
    read = _read(paragraph)
    assert {key: read[key] for key in FLOWS[flow]} == _split(flow, *values, "2031")


def test_a_split_over_two_sentences_and_a_list_of_parts() -> None:
    """'Goods were $X of that figure. Services: $Y.' and 'imports from Japan: $T; goods, $X; services, $Y'."""
    read = _read(
        "In 2031, the United States exported $140.5 billion worth of goods and services to Japan. Goods were "
        "$90.2 billion of that figure. Services: $50.3 billion."
    )
    assert {key: read[key] for key in FLOWS["exports"]} == _split("exports", 140.5, 90.2, 50.3, "2031")
    read = _read(
        "U.S. imports from Japan in 2031: $201.7 billion; goods, $158.4 billion; services, $43.3 billion. Goods "
        "deficit: $71.3 billion, up from $80.1 billion in 2030."
    )
    assert {key: read[key] for key in FLOWS["imports"]} == _split("imports", 201.7, 158.4, 43.3, "2031")


def test_a_total_with_the_world_is_not_japans() -> None:
    """'Overall, U.S. imports reached $3.4 trillion' a sentence after Japan's exports is all partners' total."""
    read = _read("In 2031, U.S. exports to Japan totaled $140.5 billion. Overall, U.S. imports reached $3.4 trillion.")
    assert "trade.us_imports_from_japan" not in read
