"""The ruling coalition's share of a chamber whose holder the sentence leaves to a pronoun ('It won', 'their majority')
or to the sentences before, or whose other chamber stands in a relative clause on the subject ('The LDP and Komeito,
which have controlled two-thirds of the lower chamber, also hold three-fifths of the House of Councillors').

Every sentence is invented for the test.
"""

from __future__ import annotations

from tests.extract.traps import UPPER, facts_in

LOWER = "politics.lower_house_coalition_share"


def test_the_other_chamber_in_a_relative_clause_on_the_subject_is_set_aside() -> None:
    """The main clause's chamber is the one the share is of; the relative clause's has its own."""
    facts = facts_in(
        "The LDP and Komeito, which have controlled roughly two-thirds of the seats in the lower chamber since the "
        "October 2024 election, also hold nearly three-fifths of the House of Councillors."
    )
    assert facts[UPPER] == (60, "nearly")


def test_one_partys_share_stays_apart_once_the_relative_clause_is_set_aside() -> None:
    """'The LDP, which ..., holds 40% of the House of Councillors' is one party's share, not the coalition's."""
    facts = facts_in("The LDP, which won 45% of the lower house seats in 2024, holds 40% of the House of Councillors.")
    assert UPPER not in facts


def test_a_part_of_the_chamber_in_a_relative_clause_is_no_share() -> None:
    """'half of which was elected in July 2025' is the seats a vote filled; the share is the clause after it."""
    facts = facts_in(
        "The coalition pairs the LDP with Komeito. In the House of Councillors, half of which was elected in July "
        "2025, the two parties hold some 60 percent of the seats."
    )
    assert facts[UPPER] == (60, "about")


def test_it_opening_the_sentence_is_the_coalition_named_before() -> None:
    """'It won 293 of the 465 seats ..., or 63%' after a sentence naming the coalition: the coalition's share."""
    facts = facts_in(
        "The governing coalition pairs the Liberal Democratic Party (LDP) with Komeito. It won 293 of the 465 seats "
        "in the House of Representatives in October 2024, or 63%."
    )
    assert facts[LOWER] == (63, "exact")


def test_their_majority_takes_its_holder_from_two_sentences_back() -> None:
    """'their majority' after 'Together they hold ...' after a sentence naming the LDP and Komeito."""
    facts = facts_in(
        "The LDP governs with Komeito. Together they hold 63% of the seats in the House of Representatives. "
        "In the upper chamber, the July 2025 election widened their majority from 55% to nearly 59%."
    )
    assert facts[UPPER] == (59, "nearly")


def test_a_chambers_list_item_counts_the_seats_of_the_lists_coalition() -> None:
    """'Upper House: roughly 56% of seats' in a list whose item 'Coalition: ...' names whose seats they are."""
    facts = facts_in(
        "\n\n- Coalition: Liberal Democratic Party (LDP) and Komeito.\n- Prime Minister: Takaichi Sanae.\n"
        "- Upper House: roughly 56% of seats.\n"
    )
    assert facts[UPPER] == (56, "about")


def test_a_chambers_list_item_with_no_holder_named_is_no_share() -> None:
    """'Upper House: 40% of seats' in a list naming no coalition: whose seats is not said."""
    facts = facts_in("\n\n- Opposition: the CDP and others.\n- Upper House: 40% of seats.\n")
    assert UPPER not in facts
