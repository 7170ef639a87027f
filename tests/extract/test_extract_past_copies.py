"""Features of stored copies of past versions: a rank's word cut at a line's end (a caption between its halves),
a 'top partner' that states no place, a figure's caption interleaved where one column runs on alone."""

from __future__ import annotations

from typing import Any

import pytest

from usjapan_facts.extract import extract_snapshot
from usjapan_facts.extract.brief_text import normalised_text

TITLE = "U.S.-Japan Trade Agreements and Tariff Negotiations"
RANK, IN_FORCE = "trade.overall_partner_rank", "agreements.usjta_in_force"


def _lines(lines: list[str], updated: str = "June 3, 2019") -> dict[str, Any]:
    """The facts read from a copy whose lines are the page's lines, under its dateline and title."""
    anchor = "The two countries signed the U.S.-Japan Trade Agreement in October 2019."
    text = "\n".join([f"Updated {updated}", TITLE, "Overview", anchor, "", *lines]) + "\n"
    facts = extract_snapshot(text, brief="IF11120").snapshot.facts
    return {fact_id: fact.model_dump(mode="json").get("value") for fact_id, fact in facts.items()}


@pytest.mark.parametrize(
    ("lines", "rank"),
    [
        (
            [
                "Tokyo and Washington opened formal talks on goods in April 2019, and",
                "the negotiators met again in May. As the U.S. partner ranked",
                "fourth-",
                "Figure 1. Leading U.S. Trading Partners, 2018",
                "largest in 2018 by total trade, Japan draws close attention from",
                "lawmakers who follow the talks and the tariffs closely each year.",
            ],
            4,
        ),
        (
            [
                "Japan, the third-",
                "largest trading partner of the United States in 2018, has long been",
                "a priority for negotiators in both parties who write trade law.",
            ],
            3,
        ),
        (
            [
                "Japan was the fifth-",
                "ranked U.S. trading partner in 2018 by the sum of its goods and",
                "services trade with the United States, the Commerce Department says.",
            ],
            5,
        ),
    ],
)
def test_a_rank_word_cut_at_a_hyphen_keeps_its_hyphen(lines: list[str], rank: int) -> None:
    """'fourth-' / 'largest' (a caption between), 'third-' / 'largest', 'fifth-' / 'ranked': one compound, read
    as the rank it names, where the halves are too rare in a short copy to show they are words."""
    assert _lines(lines).get(RANK) == rank


def test_a_word_cut_at_a_hyphen_after_a_number_word_is_joined_unless_it_is_a_compound() -> None:
    """'second-' / 'ary' and 'ten-' / 'sion' are words broken at the line's end: the hyphen goes; 'two-' / 'thirds'
    and 'twenty-' / 'five' are compounds: it stays."""
    lines = [
        "Tariff cuts on farm goods are the second-",
        "ary aim of the talks, after autos, and the ten-",
        "sion over them eased once both sides met. About two-",
        "thirds of the lines, some twenty-",
        "five in all, were settled in Washington that spring.",
    ]
    text = "\n".join(["Updated June 3, 2019", TITLE, "Overview", *lines]) + "\n"
    read = normalised_text(text)
    assert "secondary aim" in read
    assert "tension over" in read
    assert "About two-thirds of the lines, some twenty-five in all" in read


@pytest.mark.parametrize(
    "sentence",
    [
        "As a top U.S. trade partner, Japan is central to U.S. trade policy in Asia.",
        "Japan is a leading U.S. trading partner and a close ally.",
    ],
)
def test_a_top_partner_states_no_place(sentence: str) -> None:
    """'A top U.S. trade partner' says Japan is prominent, not where it ranks: no rank, as 'one of the top'."""
    assert RANK not in _lines([sentence], "April 3, 2024")


def test_a_top_partner_beside_a_place_keeps_the_place() -> None:
    """The place stated beside 'a top partner' is read: 'As a top U.S. trade partner, Japan ranked sixth'."""
    read = _lines(["As a top U.S. trade partner, Japan ranked sixth in 2023 by total trade."], "April 3, 2024")
    assert read.get(RANK) == 6
