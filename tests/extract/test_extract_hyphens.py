"""A word broken at a line's end is made whole, unless its halves are words of the text and the whole is not."""

from __future__ import annotations

import pytest

from usjapan_facts.extract import parse_text


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        ("Japanese firms have inves-\nted more here than firms from any other country.", "have invested more"),
        ("Tokyo is buying long-\nrange missiles; a long war at close range is what it fears.", "buying long-range"),
        ("The U.S.-\nJapan alliance dates from 1952.", "The U.S.-Japan alliance"),
        # The same half broken at two line ends is no word of the text for that ("direct-" / "ion").
        (
            "Trade grew in each direct-\nion, and direct investment grew; the annexat-\nion of Crimea drew sanctions.",
            "in each direction, and",
        ),
        # A suspended hyphen waits for its word, at a line's end or inside one.
        ("Tokyo will field short-\nand medium-range missiles by 2031.", "field short- and medium-range"),
        ("Trucks, light- and heavy-duty alike, pay 25% from 2031.", "Trucks, light- and heavy-duty"),
    ],
)
def test_a_word_broken_at_a_lines_end_is_joined_as_the_text_writes_it(lines: str, expected: str) -> None:
    """'inves-' / 'ted' loses its hyphen; 'long-' / 'range', 'U.S.-' / 'Japan' and 'short-' / 'and medium-range' keep
    theirs."""
    document = parse_text(f"# U.S.-Japan Relations\n\n{lines}\n")
    assert expected in document.sentences[0].text


def test_a_half_broken_at_two_line_ends_is_joined_in_layout_text_too() -> None:
    """A two-column `pdftotext -layout` page: 'posit-' / 'ion' and 'direct-' / 'ion' lose their hyphens."""
    left = ["Japanese firms hold the largest posit-", "ion of any foreign investor, direct", "investment, $780 bn."]
    right = ["Japan ranked fifth in each direct-", "ion of the trade, exports and imports", "alike, last year."]
    text = "\n".join(f"{one:<62}{two}" for one, two in zip(left, right, strict=True)) + "\n"
    read = " ".join(sentence.text for sentence in parse_text(text).sentences)
    assert "the largest position of any" in read
    assert "in each direction of the trade" in read
