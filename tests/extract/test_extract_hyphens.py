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
    ],
)
def test_a_word_broken_at_a_lines_end_is_joined_as_the_text_writes_it(lines: str, expected: str) -> None:
    """'inves-' / 'ted' loses its hyphen; 'long-' / 'range' and 'U.S.-' / 'Japan' keep theirs."""
    document = parse_text(f"# U.S.-Japan Relations\n\n{lines}\n")
    assert expected in document.sentences[0].text
