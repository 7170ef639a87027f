"""The chambers' shares and deadline told in other shapes: a clause restating an earlier clause's share, a holder
pointed back to across two sentences, a share said as so many 'of every' hundred, a fraction 'of the seats' without
'of', a shortfall 'short of control', shares paired with chambers by 'respectively', how a share came about or when the
chamber was elected set aside; a deadline a clause of another vote bounds, and one pointing back to the date before it.

Every sentence is invented for the test (texts dated June 1, 2026).
"""

from __future__ import annotations

import pytest

from tests.extract.traps import facts_in

LOWER = "politics.lower_house_coalition_share"
UPPER = "politics.upper_house_coalition_share"
LOWER_DUE = "politics.lower_house_election_due"
GOVERN = "The LDP governs together with Komeito."


@pytest.mark.parametrize(
    ("body", "fact", "share"),
    [
        (f"{GOVERN} In the general election of October 27, 2024, the two partners took 300 of the 465 seats in the "
         "House of Representatives, the more powerful chamber: nearly two seats in every three.",
         LOWER, (67, "nearly")),
        (f"{GOVERN} They took 300 of the 465 seats in the snap election of October 27, 2024, more than the majority "
         "needed to pass budgets. Their hold on the House of Councillors is weaker, at roughly 55%.",
         UPPER, (55, "about")),
        (f"{GOVERN} In the lower chamber the partners hold 64 of every 100 seats.", LOWER, (64, "exact")),
        ("Having lost ground in the 2025 vote, the coalition now holds fewer than half the upper chamber's seats.",
         UPPER, (50, "under")),
        (f"{GOVERN} In the House of Councillors the bloc holds 123 of the 248 seats.", UPPER, (50, "about")),
        (f"{GOVERN} Their 120 seats in the upper chamber leave them five short of control.", UPPER, (50, "under")),
        ("The governing parties hold 68% and 45% of the seats in the House of Representatives and the House of "
         "Councillors, respectively.", LOWER, (68, "exact")),
        ("The governing parties hold 68% and 45% of the seats in the House of Representatives and the House of "
         "Councillors, respectively.", UPPER, (45, "exact")),
        (f"{GOVERN} In the House of Representatives, elected on October 27, 2024, the two partners hold 46% of the "
         "seats.", LOWER, (46, "exact")),
    ],
)  # fmt: skip
def test_a_share_told_in_another_shape_is_read(body: str, fact: str, share: tuple[float, str]) -> None:
    """Each share is read with its hedge, of the chamber its roles name."""
    assert facts_in(body)[fact] == share


@pytest.mark.parametrize(
    ("body", "fact"),
    [
        ("The opposition parties hold 63 of every 100 seats in the Lower House.", LOWER),
        ("The opposition holds 58% and 52% of the seats in the House of Representatives and the House of "
         "Councillors, respectively.", UPPER),
        (f"{GOVERN} The opposition won 200 of the 465 seats in 2024. Their hold on the House of Councillors is "
         "firmer, at about 52%.", UPPER),
    ],
)  # fmt: skip
def test_another_holders_share_in_those_shapes_is_no_coalition_share(body: str, fact: str) -> None:
    """The opposition's shares, told so or pointed back to, are not the coalition's."""
    assert fact not in facts_in(body)


@pytest.mark.parametrize(
    ("body", "due"),
    [
        ("No national vote is required before July 2028, when half of the upper chamber is renewed, and February 2030 "
         "is the deadline for the next Lower House election.", "2030-02"),
        ("February 2030  House of Representatives term ends; general election required by this date July 2028  Half "
         "of House of Councillors seats up for election", "2030-02"),
    ],
)  # fmt: skip
def test_a_deadline_is_the_lower_houses_own_not_another_votes(body: str, due: str) -> None:
    """The date a clause of the national or Upper House vote bounds is not the Lower House's deadline; 'by this
    date' points back to the date named before it, not the one after."""
    assert facts_in(body)[LOWER_DUE] == (due, "exact")


COALITION = "politics.ruling_coalition"


def test_a_rules_pairing_with_a_partner_the_text_says_left_gives_way() -> None:
    """'the LDP and its partner Komeito lost ...' told of a past vote, in a text saying Komeito walked out of the
    coalition and the LDP then governed with Ishin: the coalition is the LDP and Ishin."""
    body = (
        "Ishiba stepped down after the LDP and its partner Komeito lost their upper-house majority in July 2025. "
        "Komeito, allied with the LDP since 1999, walked out of the coalition that October; Takaichi then formed a "
        "government with the Japan Innovation Party (Ishin)."
    )
    assert facts_in(body)[COALITION] == (["LDP", "Ishin"], None)
