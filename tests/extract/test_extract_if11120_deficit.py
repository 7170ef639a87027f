"""IF11120's goods deficit with Japan and its rank: read in any wording and any rank form, or not at all."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from usjapan_facts.extract import extract_snapshot

COVER = "# U.S.-Japan Trade Agreements and Tariff Negotiations\n\nUpdated May 4, 2032\n\n## Trade\n\n"
ANCHOR = "Japan is the largest foreign holder of U.S. Treasury securities. "
DEFICIT, RANK = "trade.goods_deficit", "trade.goods_deficit_rank"


def _read(paragraph: str) -> dict[str, tuple[Any, ...]]:
    text = COVER + ANCHOR + paragraph + "\n"
    facts = extract_snapshot(text, brief="IF11120", updated=dt.date(2032, 5, 4)).snapshot.facts
    return {fact_id: (fact.value, fact.period) for fact_id, fact in facts.items() if fact_id in (DEFICIT, RANK)}


@pytest.mark.parametrize(
    ("paragraph", "rank"),
    [
        ("In 2031, the goods deficit, $71.3 billion, ranked ninth.", 9),
        ("A goods deficit of $71.3 billion was recorded with Japan in 2031, the ninth-largest of any U.S. partner.", 9),
        ("In 2031 the U.S. goods deficit with Japan came to $71.3 billion, making it the third-largest, behind "
         "China and Mexico.", 3),
        ("The bilateral goods deficit with Japan, $71.3 billion in 2031, trailed only those with China, Mexico, "
         "Vietnam, and Germany.", 5),
        ("In 2031, the goods trade deficit with Japan ($71.3 billion) was second only to the deficit with China.", 2),
        ("Last year's goods deficit with Japan stood at $71.3 billion, the ninth-largest U.S. bilateral goods "
         "deficit.", 9),
    ],
)  # fmt: skip
def test_the_deficit_and_its_rank_in_any_wording(paragraph: str, rank: int) -> None:
    """The amount tied to 'goods deficit', and its rank however written, dated by the clause or 'last year'."""
    assert _read(paragraph) == {DEFICIT: (71_300_000_000, "2031"), RANK: (rank, "2031")}


def test_the_year_of_the_paragraph_dates_a_deficit_that_names_none() -> None:
    """'The resulting goods deficit ...' after a sentence dated 2031 is the 2031 deficit; so is a list's item under a
    lead-in naming 2031 when no item between names another year (a bracketed prior year's figure names none)."""
    read = _read("Trade flows in 2031 were steady. The resulting goods deficit of $71.3 billion ranked ninth.")
    assert read == {DEFICIT: (71_300_000_000, "2031"), RANK: (9, "2031")}
    items = "- Exports were $80 billion.\n- Of that, $50 billion was goods.\n"
    items += "- Imports were $150 billion (2030: $148 billion).\n"
    read = _read(f"For 2031, the BEA reports:\n\n{items}- The goods deficit came to $71.3 billion. It ranked ninth.")
    assert read == {DEFICIT: (71_300_000_000, "2031"), RANK: (9, "2031")}
    assert _read(f"Trade changed little:\n\n{items}- The goods deficit came to $71.3 billion. It ranked ninth.") == {}


@pytest.mark.parametrize(
    "paragraph",
    [
        # another country's deficit, or Japan's own
        "In 2031, the U.S. goods deficit with China was $271.3 billion, the largest of any country.",
        "In 2031, Japan's goods trade deficit with the world was $71.3 billion.",
        # the overall deficit, a services figure, a surplus, a projection
        "In 2031, the overall U.S. goods deficit reached $1,171.3 billion.",
        "In 2031, Japan ran a goods surplus with the United States of $71.3 billion, the ninth-largest.",
        "Analysts expected the goods deficit with Japan to reach $71.3 billion in 2033.",
        # an ordinal and the countries named ahead of it disagree
        "In 2031, the goods deficit with Japan was the fifth-largest, behind China and Mexico.",
        # undated: it would read as a changed period
        "The goods deficit with Japan, $71.3 billion, ranked ninth.",
    ],
)
def test_what_is_not_japans_deficit_or_is_unsure_is_not_read(paragraph: str) -> None:
    """Another country's deficit, the overall one, a surplus, a projection, a rank in doubt, an undated one."""
    assert _read(paragraph) == {}


def test_a_rank_the_deficit_had_or_a_rank_of_japan_itself_is_not_the_deficits() -> None:
    """'down from fourth', '; in 2030 it had ranked fourth' and 'the fourth-largest trading partner' give way."""
    read = _read("In 2031, the goods deficit was $71.3 billion, the ninth-largest, down from fourth-largest in 2030.")
    assert read == {DEFICIT: (71_300_000_000, "2031"), RANK: (9, "2031")}
    read = _read("A goods deficit of $71.3 billion was recorded in 2031; in 2030 it had ranked fourth, at $80.1B.")
    assert read == {DEFICIT: (71_300_000_000, "2031")}
    read = _read("In 2031, the goods deficit with Japan, the fourth-largest U.S. trading partner, was $71.3 billion.")
    assert read == {DEFICIT: (71_300_000_000, "2031")}


def test_an_ordinal_that_ranks_nothing_is_no_rank() -> None:
    """'was first recorded' is no rank of the deficit; 'ranked ninth.' is."""
    read = _read(
        "A goods deficit with Japan was first recorded in 1965. In 2031 the goods deficit, $71.3 billion, ranked ninth."
    )
    assert read == {DEFICIT: (71_300_000_000, "2031"), RANK: (9, "2031")}


@pytest.mark.parametrize(
    "paragraph",
    [
        "In 2031, the goods deficit with Japan and the services surplus were $71.3 billion and $20.1 billion, "
        "respectively.",
    ],
)
def test_an_amount_not_tied_to_the_deficit_is_not_read(paragraph: str) -> None:
    """Only an amount the deficit's own words tie to it ('was', 'of', ', $X,') is its value."""
    assert DEFICIT not in _read(paragraph)


def test_the_level_a_change_leads_to_is_the_deficit_and_the_change_is_not() -> None:
    """'narrowed by $8.1 billion to $71.3 billion': the deficit is the level it narrowed to, of the change's year (an
    outsider's truth read 'widened by about $7 billion in 2022, to $67.9 billion' so); the change's size never."""
    assert _read("In 2031, the goods deficit with Japan narrowed by $8.1 billion to $71.3 billion.") == {
        DEFICIT: (71_300_000_000, "2031")
    }


def test_a_deficit_compared_with_another_years_keeps_its_own_year() -> None:
    """'which was $71.3 billion in 2031, was smaller than the $80.1 billion of 2030': 2031's deficit."""
    read = _read("The goods deficit, which was $71.3 billion in 2031, was smaller than the $80.1 billion of 2030.")
    assert read[DEFICIT] == (71_300_000_000, "2031")


def test_a_deficit_with_an_adverb_before_its_verb() -> None:
    """'The goods deficit thus stood at $X, ninth-largest of any partner.'"""
    read = _read(
        "In 2031, goods trade was uneven. The goods deficit thus stood at $71.3 billion, ninth-largest of any partner."
    )
    assert read == {DEFICIT: (71_300_000_000, "2031"), RANK: (9, "2031")}


def test_a_deficit_in_goods_trade() -> None:
    """'the U.S. deficit in goods trade with Japan reached $X, ninth-largest among U.S. partners'."""
    read = _read(
        "In 2031, the U.S. deficit in goods trade with Japan reached $71.3 billion, ninth-largest among U.S. partners."
    )
    assert read == {DEFICIT: (71_300_000_000, "2031"), RANK: (9, "2031")}


@pytest.mark.parametrize(
    ("paragraph", "rank"),
    [
        ("In 2031, the goods deficit was $71.3 billion. Only China, Mexico, and Germany accounted for a bigger U.S. "
         "goods deficit than Japan did.", 4),
        ("In 2031 the goods deficit with Japan was $71.3 billion. Four countries, China, Mexico, Vietnam, and "
         "Germany, recorded larger surpluses in goods trade with the United States, so the deficit with Japan "
         "ranked fifth; it had ranked fourth a year earlier.", 5),
        ("In 2031, the goods deficit with Japan narrowed to $71.3 billion, and seven countries, led by China, "
         "Mexico, and Vietnam, had larger ones, so Japan's came eighth.", 8),
    ],
)  # fmt: skip
def test_a_rank_told_by_the_countries_ahead(paragraph: str, rank: int) -> None:
    """'Only A, B, and C accounted for a bigger ...' (4), 'Four countries ... recorded larger surpluses' (5)."""
    assert _read(paragraph) == {DEFICIT: (71_300_000_000, "2031"), RANK: (rank, "2031")}


def test_japans_own_surplus_is_not_the_deficit() -> None:
    """'Japan ran a goods surplus with the United States of $X, the ninth-largest' is not read as the deficit."""
    assert _read("In 2031, Japan ran a goods surplus of $71.3 billion with the United States, the ninth-largest.") == {}


def test_a_rank_told_by_larger_surpluses_than_japans() -> None:
    """'Five countries ran larger goods surpluses with the United States than Japan did in 2031' is sixth."""
    read = _read("Five countries ran larger goods surpluses with the United States than Japan did in 2031.")
    assert read == {RANK: (6, "2031")}


def test_items_run_into_one_sentence_are_each_their_own() -> None:
    """'... services, $43.3 billion. • Goods deficit: $71.3 billion': the services item rules nothing out."""
    read = _read(
        "In 2031: • U.S. imports from Japan: $201.7 billion; goods, $158.4 billion; services, $43.3 billion. • Goods "
        "deficit: $71.3 billion, up from $80.1 billion in 2030."
    )
    assert read[DEFICIT] == (71_300_000_000, "2031")


@pytest.mark.parametrize(
    ("paragraph", "rank"),
    [
        ("In 2031 the goods deficit with Japan came to $71.3 billion. Six countries, namely China, Mexico, Vietnam, "
         "Ireland, Germany, and Taiwan, accounted for larger ones.", 7),
        ("In 2031 the goods deficit with Japan came to $71.3 billion. Only China, Mexico and Vietnam ran larger "
         "ones.", 4),
        ("The goods deficit with Japan was $71.3 billion in 2031. Eight partners posted bigger deficits.", 9),
    ],
)  # fmt: skip
def test_a_rank_by_the_larger_ones_in_the_sentence_after(paragraph: str, rank: int) -> None:
    """'Six countries ... accounted for larger ones' after the deficit's sentence: its rank, dated by it."""
    assert _read(paragraph) == {DEFICIT: (71_300_000_000, "2031"), RANK: (rank, "2031")}


@pytest.mark.parametrize(
    "paragraph",
    [
        "In 2031 the goods deficit with China came to $271.3 billion. Six countries had larger ones.",
        "In 2031 the goods deficit with Japan came to $71.3 billion. Five partners had larger ones in 2029.",
        "In 2031 the goods deficit with Japan, the ninth-largest, came to $71.3 billion. Six had larger ones.",
    ],
)
def test_larger_ones_after_another_deficit_another_year_or_a_rank_given_are_not_read(paragraph: str) -> None:
    """China's deficit, a ranking of another year, or a rank the sentence before already gives: no rank read."""
    assert _read(paragraph).get(RANK, (9, "2031")) == (9, "2031")
