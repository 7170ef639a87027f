"""The coalition's share of each chamber in more forms: after its seat count ('130 of the 248 seats ..., or some
52%'), as a margin 'at' a share, 'there' after the chamber it names, restated by 'That amounts to', after an
apposition or a colon, with the share it 'had held' giving way. Every sentence is invented for the test."""

from __future__ import annotations

import pytest

from tests.extract.traps import facts_in

UPPER = "politics.upper_house_coalition_share"
LOWER = "politics.lower_house_coalition_share"


@pytest.mark.parametrize(
    ("text", "fact", "expected"),
    [
        (
            "The ruling bloc holds 300 of the 465 seats in the House of Representatives and 130 of the 248 seats in "
            "the House of Councillors, or some 52%.",
            UPPER,
            (52, "about"),
        ),
        (
            "The LDP and its partner control 64% of the Lower House. Their margin in the upper chamber is slimmer, "
            "at roughly 53%.",
            UPPER,
            (53, "about"),
        ),
        (
            "The coalition has dominated the Lower House since 2024; it holds about 62 percent of the seats there "
            "and some 51 percent of those in the Upper House.",
            LOWER,
            (62, "about"),
        ),
        (
            "In the Upper House, they hold 130 of 248 seats. That amounts to about 52% of the chamber.",
            UPPER,
            (52, "about"),
        ),
        (
            "The LDP won 200 seats on its own in the 465-seat chamber. Together with its partner, the Democratic "
            "Party for the People, which backs it from outside the cabinet, it holds 250, just over 53%.",
            LOWER,
            (53, "over"),
        ),
        (
            "The LDP and its partner control about 64% of the seats in the Lower House, a cushion few expect to last.",
            LOWER,
            (64, "about"),
        ),
        (
            "The July election lifted the coalition to about 55% of the upper chamber; it had held 51% before.",
            UPPER,
            (55, "about"),
        ),
        ("Their position in the House of Councillors is weaker: 130 of 248 seats, about 52%.", UPPER, (52, "about")),
        (
            "The LDP won 300 of the 465 seats, more than the two-thirds needed to override the upper chamber. "
            "Counting Ishin's 40, the ruling bloc holds more than three seats in four.",
            LOWER,
            (75, "over"),
        ),
        (
            "The LDP and Komeito together hold 150 of the 248 seats in the House of Councillors, a little better "
            "than three-fifths.",
            UPPER,
            (60, "over"),
        ),
        (
            "The coalition is strong.\n\nTable 1. The Diet\n\n| Chamber | Seats | Coalition | Share |\n"
            "|---|---|---|---|\n| Upper House | 245 | 138 | 56% |\n\nIn the upper chamber, where half the seats next "
            "come up in July 2022, the coalition's share has edged down from the 57% it held after the 2019 election.",
            UPPER,
            (56, "exact"),
        ),
    ],
)
def test_a_chamber_share_in_another_form_is_read(text: str, fact: str, expected: tuple[int, str]) -> None:
    """Each form gives the coalition's share of the chamber it names."""
    assert facts_in(text)[fact] == expected


def test_the_share_after_the_other_chambers_seat_count_is_not_this_chambers() -> None:
    """'300 of the 465 seats in the Lower House and 130 of the 248 in the Upper House, or some 52%': 52% is the
    Upper House's, never the Lower House's."""
    text = (
        "The ruling bloc holds 300 of the 465 seats in the House of Representatives and 130 of the 248 seats in "
        "the House of Councillors, or some 52%."
    )
    assert LOWER not in facts_in(text)


def test_a_restated_share_of_the_opposition_is_not_the_coalitions() -> None:
    """'That amounts to ...' after the opposition's seats restates the opposition's share."""
    text = "In the Upper House, the opposition parties hold 118 of 248 seats. That amounts to about 48% of the chamber."
    assert UPPER not in facts_in(text)


@pytest.mark.parametrize(
    "text",
    [
        "In the October 27, 2024, Lower House vote, the coalition of the LDP and Komeito lost its majority, falling "
        "to 215 of the chamber's 465 seats, or about 46%.",
        "In the October 2024 general election the LDP and Komeito lost their majority, winning 215 of the Lower "
        "House's 465 seats (about 46 percent).",
        "In October 2024 the LDP and Komeito lost their majority in the Lower House, falling to 215 of the chamber's "
        "465 seats, or about 46 per cent.",
    ],
)
def test_a_share_said_beside_a_majority_lost_says_more_than_the_bound(text: str) -> None:
    """'lost its majority' is a share under 50; the percent the same sentence gives lies within it and is the fact."""
    assert facts_in(text)[LOWER] == (46, "about")


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        (
            "In October 2024, the LDP and Komeito lost their majority, falling to 215 of the Lower House's 465 seats.",
            LOWER,
        ),
        ("In the Upper House the two parties hold 119 of 248 seats, six fewer than a majority.", UPPER),
        (
            "In the October 2024 Lower House vote, the coalition lost its majority, falling to 215 of the chamber's "
            "465 seats, as LDP support fell to about 27%.",
            LOWER,
        ),
    ],
)
def test_a_share_only_worked_out_from_seat_counts_leaves_the_bound_said_in_words(text: str, fact: str) -> None:
    """The text says the share only as under half: the seats' quotient, or a percent of something else, is not a share
    of seats it states."""
    assert facts_in(text)[fact] == (50, "under")
