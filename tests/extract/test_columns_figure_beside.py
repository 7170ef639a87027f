"""A two-column copy whose figure sits in the right column: its caption takes the right column's place in its row, and
the left column runs on alone beside the image, down to the figure's source line (or the copy's end).

The fixture `IF11120-2027-05-03-columns.txt` has the other case, a caption in the left column's place after a full
row, under which the columns go on taking turns; its test (`test_extract_if11120.py`) guards that reading.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from usjapan_facts.extract import extract_snapshot

FIXTURES = Path(__file__).parents[1] / "fixtures"
PAGE = FIXTURES / "IF11120-2028-02-14-figure-right.txt"
CUT = FIXTURES / "IF11120-2027-03-02-figure-right-cut.txt"


def _facts(text: str) -> dict[str, dict[str, Any]]:
    snapshot = extract_snapshot(text, brief="IF11120").snapshot
    return {
        fact_id: fact.model_dump(mode="json", exclude={"quote", "section", "kind"}, exclude_none=True)
        for fact_id, fact in snapshot.facts.items()
    }


EXCERPT = {
    "agreements.digital_trade_in_force": {"qualifier": "exact", "value": "2020-01-01"},
    "agreements.usjta_in_force": {"qualifier": "exact", "value": "2020-01-01"},
    "agreements.usjta_signed": {"qualifier": "exact", "value": "2019-10"},
    "tariffs.ieepa_rate": {"period": "2025-07", "qualifier": "exact", "value": 15},
    "tariffs.us_tariff_most_imports": {"period": "2025-07", "qualifier": "exact", "value": 15},
    "trade.goods_deficit": {"period": "2027", "qualifier": "exact", "value": 71_000_000_000},
    "trade.goods_deficit_rank": {"period": "2027", "qualifier": "exact", "value": 7},
    "trade.overall_partner_rank": {"period": "2027", "qualifier": "exact", "value": 5},
    "trade.treasury_holder_rank": {"qualifier": "exact", "value": 1},
    "trade.us_exports_to_japan": {"period": "2027", "qualifier": "exact", "value": 128_000_000_000},
    "trade.us_imports_from_japan": {"period": "2027", "qualifier": "exact", "value": 191_000_000_000},
}


def test_left_column_runs_on_alone_beside_a_figure_in_the_right_column() -> None:
    """The right column ends its paragraph, a row later its figure's caption follows a line of the left column, and
    the copy ends with the left column alone under it: the left column's sentences read whole across the caption,
    the right column's deficit sentence is not cut by them, and every value is the one stated."""
    text = PAGE.read_text(encoding="utf-8")
    assert _facts(text[: text.index("Source:")]) == EXCERPT


def test_columns_take_turns_again_under_the_figures_source_line() -> None:
    """The whole page: under the figure's source line (in the right column's place, as its caption is) both columns
    go on, the left one's line first in each row."""
    assert _facts(PAGE.read_text(encoding="utf-8")) == {
        **EXCERPT,
        "leaders.japan_prime_minister": {
            "as_written": "Sanae Takaichi",
            "value": {"family": "Takaichi", "given": "Sanae"},
        },
        "leaders.us_president": {"as_written": "Trump", "value": {"family": "Trump", "given": "Donald"}},
        "trade.fdi_source_rank": {"qualifier": "exact", "value": 1},
    }


def test_copy_cut_mid_word_beside_a_figure_keeps_the_columns_in_step() -> None:
    """A copy of a page's opening that ends on a word cut short ('Tok'), the left column alone beside a figure in the
    right one: the cut word is no heading that would break the left column, so the turns above the figure stay in
    step and the right column's FDI sentence is read whole."""
    assert _facts(CUT.read_text(encoding="utf-8")) == {
        "agreements.digital_trade_in_force": {"qualifier": "exact", "value": "2020-01"},
        "agreements.usjta_in_force": {"qualifier": "exact", "value": "2020-01"},
        "leaders.us_president": {"as_written": "Trump", "value": {"family": "Trump", "given": "Donald"}},
        "trade.goods_deficit_rank": {"period": "2025", "qualifier": "exact", "value": 6},
        "trade.japan_fdi_stock_in_us": {"period": "2025", "qualifier": "exact", "value": 790_000_000_000},
        "trade.overall_partner_rank": {"period": "2025", "qualifier": "exact", "value": 6},
    }


def test_first_paragraph_under_the_dateline_is_not_glued_to_it() -> None:
    """Read left column first, a copy's first paragraph stands right under the cover's date line, which ends no
    sentence: the two stay apart, so the date line dates the copy and the paragraph's signing date is read."""
    text = (
        "U.S.-Japan Trade Agreements and Negotiations\n\nUpdated December 18, 2020\n\n"
        "On October 7, 2019, after half a year of talks, Washington and Tokyo signed two trade agreements. "
        "Both took effect on January 1, 2020, with no vote in Congress.\n"
    )
    snapshot = extract_snapshot(text, brief="IF11120").snapshot
    assert str(snapshot.updated) == "2020-12-18"
    assert {fact_id: fact.value for fact_id, fact in snapshot.facts.items()} == {
        "agreements.usjta_signed": "2019-10-07",
        "agreements.usjta_in_force": "2020-01-01",
        "agreements.digital_trade_in_force": "2020-01-01",
    }
