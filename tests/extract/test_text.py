"""Reading the brief's converted text into sections of whole sentences."""

from __future__ import annotations

import datetime as dt

from tests.conftest import BRIEF_2022
from usjapan_facts.extract.sentences import split_sentences
from usjapan_facts.extract.text import parse_markdown


def test_sentence_split_across_a_page_break_is_joined() -> None:
    """A paragraph cut mid-sentence by a page break reads as one sentence."""
    document = parse_markdown(BRIEF_2022.read_text(encoding="utf-8"))
    texts = [sentence.text for sentence in document.sentences]
    assert any(text.startswith("In the vote, the LDP and its coalition partner, Komeito, increased") for text in texts)
    assert any("despite Japanese political and legal constraints." in text for text in texts)


def test_dollar_escapes_are_removed() -> None:
    """'\\$300 million' reads as '$300 million'."""
    document = parse_markdown("## T\n\n### S\n\nJapan pledged \\$300 million.\n")
    assert document.sentences[0].text == "Japan pledged $300 million."


def test_cover_date_title_and_authors_are_read() -> None:
    """The cover date, title and author block are metadata, not sentences."""
    document = parse_markdown(BRIEF_2022.read_text(encoding="utf-8"))
    assert document.updated == dt.date(2022, 7, 21)
    assert document.title == "U.S.-Japan Relations"
    assert document.authors[0] == ("Emma Chanlett-Avery", "Coordinator, Specialist in Asian Affairs")
    assert len(document.authors) == 5


def test_disclaimer_and_headings_are_not_sentences() -> None:
    """Nothing of the disclaimer, nor a heading, becomes a sentence."""
    document = parse_markdown(BRIEF_2022.read_text(encoding="utf-8"))
    assert not any("Congressional Research Service" in sentence.text for sentence in document.sentences)
    assert {sentence.section for sentence in document.sentences} >= {"Overview", "Regional Relations"}


def test_abbreviations_and_initials_do_not_end_a_sentence() -> None:
    """'U.S. Treasury', 'e.g.' and 'Mark E. Manyin' stay inside their sentences."""
    text = "Its investors hold U.S. Treasury bills. Some issues (e.g. Taiwan) matter. Mark E. Manyin wrote it."
    assert split_sentences(text) == [
        "Its investors hold U.S. Treasury bills.",
        "Some issues (e.g. Taiwan) matter.",
        "Mark E. Manyin wrote it.",
    ]
