"""A state of affairs the sentence says is earlier, or of something else, is not the current fact: an Administration
that 'had' pressed Tokyo, a coalition that lost its majority before a leader resigned, an approval rating beside a
chamber. And the hedge or count a sentence gives is the one read: 'in excess of 50,000', 'with Japan and eleven
other partners', a chamber's own clause in a sentence naming both.

Every sentence is invented for the test.
"""

from __future__ import annotations

from tests.extract.traps import IPEF, UPPER, facts_in

PRESIDENT = "leaders.us_president"
TROOPS = "alliance.us_troops_in_japan"
LOWER = "politics.lower_house_coalition_share"


def test_an_administration_that_had_acted_gives_way_to_the_inaugurated_president() -> None:
    """'President X was inaugurated' is how the sitting president starts; 'The Y Administration had ...' is earlier."""
    body = (
        "President Donald Trump was sworn in on January 20, 2025. "
        "The Biden Administration had reportedly asked Tokyo to raise its host-nation payments."
    )
    assert facts_in(body)[PRESIDENT][0].family == "Trump"


def test_in_excess_of_is_over() -> None:
    """'In excess of 50,000' is a figure hedged as over."""
    assert facts_in("In excess of 50,000 U.S. military personnel are stationed in Japan.")[TROOPS] == (50000, "over")


def test_partners_launched_with_japan_count_the_launcher_too() -> None:
    """'which the United States launched with Japan and eleven other partners' is twelve beside Japan."""
    body = "The IPEF, which the United States launched in May 2022 with Japan and eleven other partners, met in Tokyo."
    assert facts_in(body)[IPEF][0] == 12


def test_a_majority_lost_before_a_resignation_is_not_the_coalitions_share() -> None:
    """'X resigned after his coalition lost its majority in the upper house' is an earlier coalition's loss."""
    body = "She succeeded Kono Taro, who resigned after his coalition lost its majority in the upper house."
    assert UPPER not in facts_in(body)


def test_the_new_partners_share_of_a_chamber_is_read() -> None:
    """'the new partners hold about 47% of the seats' in the House of Councillors is the coalition's share."""
    body = "In the House of Councillors, after the July 2025 election, the new partners hold about 47% of the seats."
    assert facts_in(body)[UPPER] == (47, "about")


def test_an_approval_rating_beside_a_chamber_is_no_share_of_it() -> None:
    """'With approval ratings above 60%, the LDP may dissolve the lower house' states no share of its seats."""
    assert LOWER not in facts_in("With cabinet approval ratings above 60%, the LDP may dissolve the lower house early.")


def test_a_sentence_naming_both_chambers_gives_each_its_own_clause() -> None:
    """'They hold 45% of the Lower House, and they are far short of a majority in the Upper House': each its own."""
    body = (
        "The ruling parties hold 45% of the Lower House's 465 seats, and they are far short of a majority in the "
        "Upper House."
    )
    facts = facts_in(body)
    assert facts[UPPER] == (50, "under")
    assert facts[LOWER] == (45, "exact")


def test_the_oppositions_majority_in_the_other_chamber_is_not_the_coalitions() -> None:
    """'The coalition holds 55% of the Lower House, and the opposition holds a majority in the Upper House'."""
    body = "The coalition holds 55% of the Lower House, and the opposition holds a majority in the Upper House."
    assert UPPER not in facts_in(body)
