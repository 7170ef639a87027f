"""Japan's aid to Ukraine parted by a fraction of the total before ('About four-fifths of that, $6.1 billion, is
financial support'), its rest told as the balance, and the Quad leaders' meetings counted whole with a part of them
told after the count ('five occasions, twice virtually'), never a count of the virtual ones alone; and the ruling
parties after a list item's label 'Coalition:'.

Every sentence is invented for the test.
"""

from __future__ import annotations

from tests.extract.traps import facts_in

FINANCIAL = "diplomacy.ukraine_financial_support"
HUMANITARIAN = "diplomacy.ukraine_humanitarian_aid"
QUAD = "diplomacy.quad_leader_meetings"


def test_a_fraction_of_the_total_before_parts_it() -> None:
    """'About four-fifths of that, $6.1 billion, is financial support' after Japan's total to Ukraine."""
    facts = facts_in(
        "Japan's pledges to Ukraine come to roughly $7.6 billion. About four-fifths of that, $6.1 billion, is "
        "financial support; humanitarian and recovery aid makes up the balance, approximately $1.5 billion."
    )
    assert facts[FINANCIAL] == (6_100_000_000, "exact")
    assert facts[HUMANITARIAN] == (1_500_000_000, "about")


def test_a_fraction_of_another_donors_total_is_not_japans() -> None:
    """The total the sentence before gives is Germany's: its part is no aid of Japan's."""
    facts = facts_in(
        "Germany's pledges to Ukraine come to roughly $30 billion. Half of that, $15 billion, is financial support."
    )
    assert FINANCIAL not in facts


def test_a_part_told_after_the_count_leaves_the_whole() -> None:
    """'have met on five occasions since March 2021, twice virtually': five meetings in all."""
    facts = facts_in("The Quad's leaders have met on five occasions since March 2021, twice virtually.")
    assert facts[QUAD] == (5, "exact")


def test_meetings_in_person_or_virtually_are_all_counted() -> None:
    """'met in person or virtually seven times': seven meetings."""
    assert facts_in("Leaders of the Quad countries have met in person or virtually seven times.")[QUAD] == (7, "exact")


def test_a_count_of_the_virtual_meetings_alone_is_a_part() -> None:
    """'have met virtually twice', 'held two virtual leaders' summits': a part of the meetings, no count of all."""
    assert QUAD not in facts_in("Quad leaders have met virtually twice since 2021.")
    assert QUAD not in facts_in("The Quad has held two virtual leaders' summits.")


def test_a_list_items_coalition_label_names_the_ruling_parties() -> None:
    """'Coalition: Liberal Democratic Party (LDP) and Komeito.': the label says what the parties after it are."""
    facts = facts_in("Coalition: Liberal Democratic Party (LDP) and Komeito.")
    assert facts["politics.ruling_coalition"][0] == ["LDP", "Komeito"]


def test_a_short_aside_in_a_tables_label_speaks_for_its_value() -> None:
    """'Next election (by) Lower House: October 2028' (a table's row and column): the date the chamber's vote is due."""
    facts = facts_in("Next election (by) Lower House: October 2028.")
    assert facts["politics.lower_house_election_due"] == ("2028-10", "exact")


def test_a_count_of_the_in_person_meetings_alone_is_a_part() -> None:
    """'have met four times in person': a part of the meetings; 'then in person at the White House' is not a count."""
    assert QUAD not in facts_in("Quad leaders have met four times in person since 2021.")
