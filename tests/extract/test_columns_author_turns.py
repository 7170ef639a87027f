"""A last page copied line by line: an author's name and role take turns with the other column's prose."""

from __future__ import annotations

from usjapan_facts.extract import parse_text

_PAGE = """Updated May 1, 2031

U.S.-Japan Relations

Tokyo has asked for a new review of the alliance's roles. The review is to end in the spring.

The Region
Jane Q. Doe
Leaders of the four partners have met three times since 2029, twice in person and
Analyst in Asian Affairs
once by video. They plan a fourth meeting in the fall.
"""


def test_an_authors_lines_between_prose_lines_leave_the_sentence_whole_under_its_heading() -> None:
    """'Jane Q. Doe' / prose / 'Analyst in Asian Affairs': the author apart, the sentence whole, under its heading."""
    document = parse_text(_PAGE)
    leaders = next(sentence for sentence in document.sentences if sentence.text.startswith("Leaders"))
    assert leaders.text == (
        "Leaders of the four partners have met three times since 2029, twice in person and once by video."
    )
    assert leaders.section == "The Region"
    assert ("Jane Q. Doe", "Analyst in Asian Affairs") in document.authors
