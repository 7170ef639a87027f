"""Quad leaders' meetings counted by the ordinal of the latest one, by 'once' or 'twice', or with the group's
members named beside the count; a meeting of past years, a planned or in-person one gives no count. Every sentence
is invented for the test (the text around it is dated June 2026)."""

from __future__ import annotations

import pytest

from tests.extract.traps import facts_in

QUAD = "diplomacy.quad_leader_meetings"


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("Quad leaders most recently met in Manila in 2025, their seventh summit.", 7),
        ("The Quad's leaders last gathered in March, their eighth meeting; no date is set for another.", 8),
        ("The seventh and most recent Quad leaders' summit took place in Canberra.", 7),
        ("The Quad has not convened a leaders' meeting since its fifth, held in 2024.", 5),
        ("Leaders of the Quad have so far met twice, both times by video.", 2),
        ("In April, the Quad's leaders met for the first time, by video link.", 1),
        ("In February 2026, the Indian prime minister hosted the third leader-level meeting of the Quad.", 3),
        ("The May 3 summit in Delhi was the Quad leaders' seventh meeting and their fifth in person.", 7),
        ("The Delhi summit on May 3, hosted by India, was the seventh meeting of Quad leaders.", 7),
        ("The heads of government of the Quad (India, Japan, Australia, and the United States) have met twice.", 2),
    ],
)
def test_quad_meetings_said_as_an_ordinal_or_in_words_are_counted(sentence: str, count: int) -> None:
    """'last met ..., their seventh summit', 'since its fifth', 'met twice', a first meeting of the cover's year."""
    assert facts_in(sentence)[QUAD] == (count, "exact")


def test_quad_count_beside_its_members_named_in_parentheses_is_read() -> None:
    """The members' names in parentheses split no clause, and are not another country's claim on the count."""
    sentence = "Leaders of the Quad (India, Japan, Australia, and the United States) have met nine times."
    assert facts_in(sentence)[QUAD] == (9, "exact")


@pytest.mark.parametrize(
    "sentence",
    [
        "In 2023, Japan hosted the fourth leader-level meeting of the Quad.",
        "Quad leaders are to meet in person for the first time in the autumn.",
        "The leaders last met in person in 2024, their second in-person summit.",
        "Quad foreign ministers last met in May, their ninth meeting.",
        "The Quad's leaders will have met twice by the end of the year.",
    ],
)
def test_a_past_planned_in_person_or_ministerial_meeting_is_no_count(sentence: str) -> None:
    """The ordinal of a meeting of an earlier year, a planned first meeting, an in-person or a ministers' one."""
    assert QUAD not in facts_in(sentence)


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("Quad leaders have so far met twice, by video in February and in person in Sydney that autumn.", 2),
        (
            "On March 3, the premier joined his Indian and Australian peers for the sixth leader-level Quad summit.",
            6,
        ),
        ("The premier attended the fifth leaders' summit of the Quad in May.", 5),
    ],
)
def test_quad_meetings_of_both_kinds_or_joined_as_an_ordinal_are_counted(sentence: str, count: int) -> None:
    """A count listing its virtual and in-person meetings counts all; joining 'the sixth summit' this year is six."""
    assert facts_in(sentence)[QUAD] == (count, "exact")


@pytest.mark.parametrize(
    "sentence",
    [
        "Quad leaders have met twice in person.",
        "In 2019, the prime minister joined the other Quad leaders for the second leader-level meeting.",
    ],
)
def test_quad_meetings_in_person_or_joined_in_a_past_year_give_no_count(sentence: str) -> None:
    """Only in-person meetings, or one joined in an earlier year, are no count of all the leaders' meetings."""
    assert QUAD not in facts_in(sentence)
