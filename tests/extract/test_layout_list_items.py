"""A list's item with no stop, copied from a two-column PDF, ends where its last line falls short."""

from __future__ import annotations

import textwrap

import pytest

from usjapan_facts.extract import parse_text

_LEFT = [
    *textwrap.wrap(
        "The two economies trade a great deal with each other, and the figures for the last full year show how "
        "much of it flows each way across the Pacific.",
        50,
    ),
    "Trade in the last year:",
    "• Direct investment of $783 billion held by firms from",
    "Japan, more than those of any other country",
    "• U.S. purchases from Japan of $150.2 billion,",
    "making Japan the sixth supplier",
    "Investment Ties",
    *textwrap.wrap(
        "Japanese companies were again the largest foreign investors in the United States, with a stock that "
        "keeps growing each year.",
        50,
    ),
]
_RIGHT = textwrap.wrap(
    "Tokyo and Washington have met often over the last year to talk about chips, critical minerals, and the "
    "supply chains both rely upon, and they agreed to meet again in the spring to take stock of the work done so "
    "far. The talks on energy went on as well, with both sides keen to trade more gas in the years ahead. Both "
    "governments also said they would keep working on rules for trade in digital services.",
    50,
)


def _layout() -> str:
    rows = zip(_LEFT + [""] * len(_RIGHT), _RIGHT + [""] * len(_LEFT), strict=True)
    return "\n".join(f"{left:<62}{right}".rstrip() for left, right in rows if left or right) + "\n"


def _interleaved() -> str:
    rows = zip(_LEFT + [""] * len(_RIGHT), _RIGHT + [""] * len(_LEFT), strict=True)
    return "\n".join(line for row in rows for line in row if line) + "\n"


@pytest.mark.parametrize("text", [_layout(), _interleaved()], ids=["layout", "interleaved"])
def test_an_item_without_a_stop_ends_at_its_short_line_and_a_full_one_goes_on(text: str) -> None:
    """'making Japan the sixth supplier' ends its item, a heading may follow; 'held by firms from' / 'Japan' goes on."""
    sentences = [sentence.text for sentence in parse_text(text).sentences]
    assert "U.S. purchases from Japan of $150.2 billion, making Japan the sixth supplier" in sentences
    assert "Direct investment of $783 billion held by firms from Japan, more than those of any other country" in (
        sentences
    )
    investors = next(one for one in parse_text(text).sentences if "largest foreign investors" in one.text)
    assert investors.text.startswith("Japanese companies were again")
    assert investors.section == "Investment Ties"
