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


def test_a_rate_paid_now_is_no_sum_of_an_increment() -> None:
    """Traps (review, finding 1): a rate the sentence tells as paid now is never dropped as the sum of an increment
    and the MFN duty (the deal's 15% is 12.5% on top of 2.5%), so the increment is never read in its place."""
    for paragraph in (
        "Since September 16, Japanese cars have paid a 15% Section 232 rate, which adds 12.5% to the 2.5% MFN duty.",
        "Japanese cars now pay a 15% Section 232 rate, after an April proclamation added 12.5% to the 2.5% MFN duty.",
        "An extra 12.5% Section 232 tariff on Japanese cars took effect September 16; with the 2.5% MFN duty, they "
        "now pay 15%.",
        "Japanese cars pay a 15 percent Section 232 rate, after an April proclamation added 12.5 percent to the 2.5 "
        "percent MFN duty.",
    ):
        assert _autos(paragraph) == 15, paragraph
    assert _autos("Japanese cars now pay 15%, an extra 12.5% on top of the 2.5% MFN duty, under Section 232.") != 12.5


def test_a_sum_needs_the_mfn_duty_not_any_figure() -> None:
    """A trap (review, finding 2): an unrelated 5% before and a 10% added to another good's duty make no sum of 15."""
    paragraph = (
        "Japanese vehicle exports to the United States fell 5% in the first half. Japanese cars now pay a 15% Section "
        "232 rate, after an April proclamation added 10% to the duty on light trucks."
    )
    assert _autos(paragraph) == 15


def test_a_replacing_only_wished_for_leaves_the_rate_in_place() -> None:
    """Traps (review, finding 3): a replacing wanted, urged, asked for, failed or under way is not the rate now."""
    for paragraph in (
        "Tokyo wants the 25% Section 232 tariff on Japanese cars replaced by a 15% rate.",
        "Japanese automakers urged that the 25% Section 232 tariff on their cars be replaced with a 10% rate, but the "
        "administration declined.",
        "Japan's bid to see the 25% Section 232 tariff on its cars replaced with a 15% rate has so far failed.",
        "Japan asked that the 25% Section 232 tariff on its cars be replaced by a 15% rate, and negotiations continue.",
        "The 25% Section 232 tariff on Japanese cars is being replaced by a 15% all-in rate.",
    ):
        assert _autos(paragraph) == 25, paragraph
    assert _autos("Some in Congress want the 15% Section 232 rate on Japanese cars replaced by a 25% rate.") != 25
    paragraph = "Japanese automakers lobbied to have the 27.5% Section 232 charge on their cars replaced by a 10% rate."
    assert _autos(paragraph) != 10


def test_a_past_replacing_gives_way_to_the_later_rate() -> None:
    """A trap (review, finding 4): 'In April, the MFN duty ... was replaced by a 27.5% ... rate' is a rate that was."""
    for later in ("they have paid 15%.", "Japanese cars have faced a 15% rate."):
        replaced = "In April, the MFN duty on Japanese cars was replaced by a 27.5% Section 232 rate."
        paragraph = f"{replaced} Since September 16, {later}"
        assert _autos(paragraph) == 15, paragraph


def test_a_replacing_kept_to_parts_is_not_the_cars_rate() -> None:
    """A trap (review, finding 5): 'replaced ... by a 15% rate for parts only; cars still pay 25%'."""
    paragraph = (
        "The 25% Section 232 tariff on Japanese cars was replaced on September 16 by a 15% rate for parts only; cars "
        "still pay 25%."
    )
    assert _autos(paragraph) == 25


def test_a_rate_that_has_been_faced_gives_way_to_the_later_one() -> None:
    """A trap (review, finding 6): 'have faced a 25% ... since April 3 and, since September 16, a 15% ... rate'."""
    paragraph = (
        "Japanese cars have faced a 25% Section 232 tariff since April 3 and, since September 16, a 15% all-in rate."
    )
    assert _autos(paragraph) == 15


def test_an_mfn_average_after_and_or_plus_is_not_the_rate() -> None:
    """Traps (review, finding 7): 'a Section 232 tariff plus MFN duties averaging 2.5%' names no Section 232 rate."""
    assert _autos("Japanese auto parts pay a Section 232 tariff plus MFN duties averaging 2.5%.") is None
    assert _autos("Japanese cars pay the Section 232 tariff and MFN rates averaging 2.5%.") is None
