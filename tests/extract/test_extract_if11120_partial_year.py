"""A trade figure for part of a year ('January and February 2031', 'March-May 2031', 'first-quarter', 'a month') is
never the year's flow or deficit, however the months are joined; a whole year's figure beside no months is read.

Every sentence is invented for the test.
"""

from __future__ import annotations

import pytest

from tests.extract.traps import facts_in


@pytest.mark.parametrize(
    ("sentence", "fact"),
    [
        ("Monthly figures for January and February 2031 put U.S. goods exports to Japan at $13.4 billion.",
         "trade.us_goods_exports_to_japan"),
        ("In March-May 2031, U.S. exports to Japan came to $31.9 billion.", "trade.us_exports_to_japan"),
        ("First-quarter 2031 data show U.S. imports from Japan of $46.2 billion.", "trade.us_imports_from_japan"),
        ("U.S. imports from Japan ran at about $16 billion a month in 2031.", "trade.us_imports_from_japan"),
        ("In the Jan.\u2013Apr. 2031 period, the goods deficit with Japan was $23.5 billion.", "trade.goods_deficit"),
    ],
)  # fmt: skip
def test_a_part_of_a_year_is_not_the_years_figure(sentence: str, fact: str) -> None:
    """Months joined by 'and', a dash or 'through', a quarter, or a monthly rate date a partial figure: not read."""
    assert fact not in facts_in(sentence, "IF11120")


def test_a_whole_years_figure_is_still_read() -> None:
    """'January through December' is the whole year, so its figure is the year's."""
    sentence = "From January through December 2030, U.S. exports to Japan came to $131.0 billion."
    assert facts_in(sentence, "IF11120")["trade.us_exports_to_japan"][0] == 131.0e9
