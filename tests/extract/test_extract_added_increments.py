"""A rate a past action added onto a duty is that duty's rate only as of the action, and the total it makes with
another duty is no duty's rate: 'added 25% to the duty ...; together with the 2.5% MFN rate, a car paid 27.5%' gives
way to the rate the deal set (fresh37 QC2, read as 27.5 before)."""

from __future__ import annotations

from usjapan_facts.extract import extract_snapshot

COVER = "# U.S.-Japan Trade Agreements and Tariff Negotiations\n\nUpdated November 18, 2025\n\n## Tariffs\n\n"
ANCHOR = "Japan is the largest foreign holder of U.S. Treasury securities. "


def _autos(paragraph: str) -> object:
    facts = extract_snapshot(COVER + ANCHOR + paragraph + "\n", brief="IF11120").snapshot.facts
    fact = facts.get("tariffs.section232_autos")
    return None if fact is None else fact.value


def test_a_past_increment_and_its_sum_give_way_to_the_rate_set_later() -> None:
    """The sum of a past increment and the MFN duty is never read; the increment gives way to the later rate."""
    paragraph = (
        "A Section 232 proclamation signed on March 26 added 25% to the duty on imported passenger vehicles from "
        "April 3; together with the 2.5% most-favored-nation (MFN) rate, a Japanese car paid 27.5%. Under the deal, "
        "Japanese cars and parts have faced a combined Section 232 and MFN rate of 15% since September 16."
    )
    assert _autos(paragraph) == 15


def test_the_total_a_past_increment_made_is_not_read_alone() -> None:
    """A trap: 'raised the duty ... by 25 points, bringing the total to 27.5%' tells a total, no duty's rate."""
    assert (
        _autos(
            "The Section 232 tariff raised the duty on Japanese autos by 25 percentage points in April 2025, "
            "bringing the total to 27.5%."
        )
        is None
    )
    paragraph = "Last spring's Section 232 action had raised the duty on Japanese cars by 25 points, to 27.5%."
    assert _autos(paragraph) is None


def test_a_rate_of_two_duties_joined_is_the_cars_rate() -> None:
    """'a single Section 232 and most-favored-nation rate of 15%' is the cars' rate under both, not their MFN rate."""
    paragraph = (
        "Since mid-September, Japanese vehicles have paid a single Section 232 and most-favored-nation rate of 15%."
    )
    assert _autos(paragraph) == 15


def test_an_increment_said_to_apply_now_is_still_the_rate() -> None:
    """The increment in force now stays the Section 232 rate; its sum with the MFN duty is not read."""
    assert _autos("Japanese cars currently pay 27.5%: a 25% Section 232 tariff on top of the 2.5% MFN duty.") == 25


def test_a_total_an_added_rate_raised_a_duty_to_is_not_read() -> None:
    """A trap: 'By imposing an additional 25% ..., the proclamation raised their total duty to 27.5%' (no MFN rate
    named): the total the increment made, no duty's rate."""
    paragraph = (
        "By imposing an additional 25% on Japanese vehicles in April, the Section 232 proclamation raised their total "
        "duty to 27.5%."
    )
    assert _autos(paragraph) is None


def test_an_mfn_average_is_not_the_section_232_rate() -> None:
    """'with MFN duties averaging 2.5%' is the parts' MFN duty; the 25% Section 232 tariff is theirs."""
    paragraph = (
        "Japanese auto parts faced a 25% Section 232 tariff from May 3, which, with MFN duties averaging 2.5%, raised "
        "their combined duty to 27.5%."
    )
    assert _autos(paragraph) == 25


def test_a_rate_supposed_against_the_facts_is_not_read() -> None:
    """A trap: 'Had the 25% Section 232 tariff been added to the 2.5% MFN rate, cars would have paid 27.5%'."""
    paragraph = "Had the 25% Section 232 tariff been added to the 2.5% MFN rate, Japanese cars would have paid 27.5%."
    assert _autos(paragraph) is None


def test_the_rate_that_replaced_an_added_one_is_the_rate_now() -> None:
    """'The 25% ... tariff, added in April on top of the MFN duty, was replaced ... by a 15% all-in rate': the rate
    that replaced it (the agent), not the one replaced (the subject)."""
    paragraph = (
        "The 25% Section 232 tariff on Japanese vehicles, added in April on top of the 2.5% MFN duty, was replaced on "
        "September 16 by a 15% all-in rate."
    )
    assert _autos(paragraph) == 15


def test_a_tariffs_own_rise_to_a_rate_is_its_rate() -> None:
    """Not a total: 'raised the Section 232 tariff on Japanese autos by 10 points, to 35%' gives that tariff's rate."""
    paragraph = "In October the President raised the Section 232 tariff on Japanese autos by 10 points, to 35%."
    assert _autos(paragraph) == 35
