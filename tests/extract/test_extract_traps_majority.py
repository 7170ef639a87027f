"""Traps of majority wordings: a chamber's share read from 'lost its majority', 'in the minority', 'holds a majority'
only when it is the ruling coalition's now, never a past leader's loss, a span long past, the opposition's
majority or a percentage of opinion.

Every sentence is invented for the test; a true statement beside each trap is still read.
"""

from __future__ import annotations

import pytest

from tests.extract.traps import UPPER, facts_in

LOWER = "politics.lower_house_coalition_share"


@pytest.mark.parametrize(
    "sentence",
    [
        "She succeeded Ishiba Shigeru, who resigned after his coalition lost its majority in the upper house.",
        "Ishiba resigned in September, two months after his coalition lost its Upper House majority.",
        "Kishida's coalition had lost its majority in the upper house before he stepped down.",
        "The coalition, which lost its Upper House majority in 2019, won it back in 2022.",
        "The ruling coalition lost its Upper House majority in 2024 but regained it in 2026.",
        "The coalition was in the minority in the Upper House from 2007 to 2012.",
        "Until the 2022 vote, the ruling coalition was in the minority in the House of Councillors.",
        "If the coalition loses its Upper House majority in July, the prime minister may resign.",
        "The coalition could lose its majority in the upper house in the July election.",
        "The coalition controls the Lower House, but the opposition holds a majority in the Upper House.",
        "The LDP-led coalition's approval rating among Upper House candidates' supporters was 45%.",
    ],
)
def test_a_majority_lost_in_the_past_or_held_by_others_gives_no_upper_house_share(sentence: str) -> None:
    """A loss told as the background of a resignation, later undone, long past, hypothetical or another bloc's."""
    assert UPPER not in facts_in(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "With cabinet approval ratings above 65%, some in the LDP favor an early dissolution of the lower house.",
        "The LDP and Komeito hold a majority in the House of Representatives, where 70% of voters backed them.",
        "Support for the cabinet stands at 40%, and the coalition holds a majority in the Lower House.",
        "Polls show 55% of respondents want the ruling coalition to dissolve the Lower House.",
    ],
)
def test_a_percentage_of_opinion_is_no_share_of_lower_house_seats(sentence: str) -> None:
    """Approval, support and polls are percentages of people, never of the chamber's seats."""
    assert facts_in(sentence).get(LOWER, (50, None))[0] == 50


@pytest.mark.parametrize(
    ("sentence", "upper", "lower"),
    [
        (
            "The LDP and Komeito hold just under half of the Lower House's 465 seats, and they are well short of a "
            "majority in the Upper House.",
            (50, "under"),
            (50, "under"),
        ),
        ("The coalition holds 63% of the Lower House and 57% of the Upper House.", (57, "exact"), (63, "exact")),
        (
            "In the Upper House the coalition holds 55% of the seats, while in the Lower House it is in the minority.",
            (55, "exact"),
            (50, "under"),
        ),
    ],
)
def test_a_sentence_on_both_chambers_gives_each_its_own_clause(
    sentence: str, upper: tuple[int, str], lower: tuple[int, str]
) -> None:
    """Each chamber's share comes from the clause that names it alone, the ruling parties named once for both."""
    facts = facts_in(sentence)
    assert (facts[UPPER], facts[LOWER]) == (upper, lower)


def test_a_lost_majority_gives_way_to_the_share_stated_now() -> None:
    """'lost its majority in July' is a past deed: the share the coalition holds now is read over it."""
    facts = facts_in(
        "The LDP-Komeito coalition lost its majority in the Upper House in July 2025. "
        "After a new partner joined, the ruling coalition holds about 48% of the Upper House seats."
    )
    assert facts[UPPER] == (48, "about")


def test_a_minority_stated_now_is_read() -> None:
    """'remain in the minority' states the share now: under half."""
    assert facts_in("In the Upper House, the ruling parties remain in the minority.")[UPPER] == (50, "under")


def test_a_share_stated_beside_a_minority_of_another_time_is_read() -> None:
    """'where the two parties fell into the minority in July, the partners hold roughly 47 percent': the share said."""
    facts = facts_in(
        "In the Upper House, where the LDP and Komeito fell into the minority in July 2025, "
        "the governing partners hold roughly 47 percent of the seats."
    )
    assert facts[UPPER] == (47, "about")
