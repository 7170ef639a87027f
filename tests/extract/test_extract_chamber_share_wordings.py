"""The coalition's share of each chamber in more wordings: a seat count restated as a share after a colon, 'or' or
'that is'; a share followed by 'and short of' or 'comfortably above' the seats another count needs; 'shy of a
majority'; a majority with nothing after it; 'them' for the ruling parties named the sentence before; a fraction
standing as the value ('is roughly three-fifths'); and both chambers at once ('lack a majority in either house'). A
majority said in words gives way to a figure within it, never to one outside it nor to one a past vote won.

Every sentence is invented for the test (texts dated June 1, 2026).
"""

from __future__ import annotations

import pytest

from tests.extract.traps import UPPER, facts_in

LOWER = "politics.lower_house_coalition_share"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The ruling parties hold 310 of the 465 seats in the House of Representatives: sixty-seven percent.",
            {LOWER: (67, "exact")},
        ),
        ("The coalition holds 310 House of Representatives seats, or 67% of the total.", {LOWER: (67, "exact")}),
        ("The coalition controls 310 of 465 seats in the lower chamber, that is, 67 percent.", {LOWER: (67, "exact")}),
        (
            "The vote left the LDP and Komeito with 220 seats, 47% of the House of Representatives and "
            "short of the 233 needed for control.",
            {LOWER: (47, "exact")},
        ),
        (
            "The LDP and Komeito have held some seventy percent of the seats in the House of Representatives, "
            "comfortably above the two-thirds needed to override the upper chamber.",
            {LOWER: (70, "about")},
        ),
        (
            "The LDP and Komeito held 230 of the Lower House's 465 seats, three shy of a majority.",
            {LOWER: (50, "under")},
        ),
        ("In the House of Councillors, the coalition keeps a slim majority.", {UPPER: (50, "over")}),
        (
            "The LDP and Komeito lost ground in July. That left them with 120 of the chamber's 248 in the Upper "
            "House, four short of a majority.",
            {UPPER: (50, "under")},
        ),
        (
            "The LDP and Komeito lack a majority in either house of the Diet.",
            {LOWER: (50, "under"), UPPER: (50, "under")},
        ),
        (
            "The coalition holds a majority in the Lower House. In the 2021 election, it won 63% of the Lower House "
            "seats.",
            {LOWER: (50, "over")},
        ),
        (
            "The LDP and Komeito command majorities in both chambers. They hold 300 of the 465 Lower House seats, "
            "about 65%. The coalition's share of the House of Councillors is roughly three-fifths, up from 55%.",
            {LOWER: (65, "about"), UPPER: (60, "about")},
        ),
    ],
)
def test_the_coalitions_share_is_read_in_more_wordings(body: str, expected: dict[str, tuple[float, str]]) -> None:
    """Each chamber's share is read with its hedge, a figure winning over a majority said in words."""
    facts = facts_in(body)
    assert {key: facts[key] for key in (LOWER, UPPER) if key in facts} == expected


@pytest.mark.parametrize(
    ("body", "fact"),
    [
        ("Opposition parties won big in July. In the Upper House they now control a majority.", UPPER),
        (
            "The LDP and Komeito lost ground. The opposition parties now hold a majority in the Upper House, and they "
            "control 52% of it.",
            UPPER,
        ),
        (
            "The LDP won 191 seats. Voters punished them for the scandal, leaving the opposition with 46% of the "
            "Lower House.",
            LOWER,
        ),
        ("The coalition needs a majority in both houses to pass the budget.", UPPER),
        ("The coalition holds majorities in both chambers. It holds 48% of the Upper House's seats.", UPPER),
    ],
)
def test_no_share_is_read_of_another_bloc_a_need_or_a_contradiction(body: str, fact: str) -> None:
    """'they' or 'them' beside the opposition is not the coalition, a majority needed is none held, and a majority in
    words beside a figure below half leaves the share unread."""
    assert fact not in facts_in(body)
