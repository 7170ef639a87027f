"""The word-level text diff (each side rebuilt from what it shares and what it alone has) and the kept texts."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from usjapan_facts.errors import StoreError
from usjapan_facts.textdiff import lines_of, text_diff, word_diff
from usjapan_facts.texts import BriefText, load_text, save_text

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


def test_a_kept_text_without_its_record_is_an_error(tmp_path: Path) -> None:
    """texts/DATE.txt whose DATE.json is gone is refused with a message naming the missing file."""
    save_text(tmp_path, dt.date(2024, 5, 1), "One sentence.\n", "https://example.org/brief.pdf")
    assert load_text(tmp_path, "2024-05-01") == BriefText(
        "2024-05-01", "One sentence.\n", "https://example.org/brief.pdf", hashlib.sha256(b"One sentence.\n").hexdigest()
    )
    (tmp_path / "texts" / "2024-05-01.json").unlink()
    with pytest.raises(StoreError, match=r"texts/2024-05-01\.json: missing; extract --save the version again"):
        load_text(tmp_path, "2024-05-01")
    assert load_text(tmp_path, "2023-01-01") is None
