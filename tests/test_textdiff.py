"""Properties of the word-level text diff: each side is rebuilt exactly from what it shares and what it alone has."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from usjapan_facts.textdiff import lines_of, text_diff, word_diff

WORDS = st.sampled_from(["Japan", "troops", "54,000", "over", "the", "alliance", "2%", "Tokyo", ",", "."])
SENTENCE = st.lists(WORDS, min_size=1, max_size=12).map(" ".join)
TEXT = st.lists(SENTENCE, max_size=12).map("\n".join)


@given(SENTENCE, SENTENCE)
def test_word_diff_rebuilds_both_sentences(old: str, new: str) -> None:
    """Shared and deleted pieces give the old sentence; shared and inserted ones give the new."""
    pieces = word_diff(old, new)
    assert "".join(p.text for p in pieces if p.op != "insert") == old
    assert "".join(p.text for p in pieces if p.op != "delete") == new


@given(TEXT, TEXT)
def test_text_diff_rows_cover_every_line_once_in_order(old: str, new: str) -> None:
    """The rows name each old and each new line once, in order, and a shared row's text is that line."""
    rows = text_diff(old, new)
    assert [line for row in rows for line in row.old_lines] == list(range(len(lines_of(old))))
    assert [line for row in rows for line in row.new_lines] == list(range(len(lines_of(new))))
    for row in rows:
        if row.same:
            assert row.text == lines_of(new)[row.new_lines[0]]


@given(TEXT)
def test_a_text_against_itself_has_no_change(text: str) -> None:
    """Comparing a text with itself marks nothing."""
    assert all(row.same for row in text_diff(text, text))
