"""Alliance and defense readings carried from the sentence before, narrowed to their own: the count 'there' is the
Marines' on Guam only when it is theirs, now and real, and Guam the place named last; 'Its value' is a Tomahawk sale's
only after a sentence telling the sale and no other arms, and 'up to' is a ceiling; the cost of the forces is
host-nation support only when Japan pays it toward U.S. forces; 'must reach' is the goal only as a leader's
instruction; spending held near a level is the old limit only by custom.

The sentences are the reviewer's of the alliance39 merge (round twenty-eight of issue #18).
"""

from __future__ import annotations

import pytest

from tests.extract.traps import facts_in

ON_GUAM = "alliance.marines_in_guam"
TOMAHAWK = "defense.tomahawk_purchase"
SUPPORT = "alliance.host_nation_support_per_year"
GOAL = "defense.spending_goal_pct_gdp"
LIMIT = "defense.traditional_limit_pct_gdp"
TO_GUAM = "Some 4,000 Marines are to relocate from Okinawa to Guam."


@pytest.mark.parametrize(
    "sentence",
    [
        "The U.S. military presence there numbers about 3,000 sailors and airmen.",
        "The Navy garrison there numbers about 2,500.",
        "The Air Force headcount there stood at 3,000 in March.",
        "The number there of construction workers has grown to 2,000.",
        "The tally there of Japanese tourists reached 1,200 a day in 2025.",
        "The total there topped 3,500 when dependents and civilian staff are counted.",
        "The contingent there should have reached 1,000 by now, but construction delays intervened.",
        "Officials said the total there might have reached 300 had the barracks been finished.",
        "Before the move began, the Marine presence there numbered about 50.",
    ],
)
def test_a_count_there_of_others_unreal_or_before_the_move_is_not_the_marines_on_guam(sentence: str) -> None:
    """Another service's or other people's count there, one unreal, or one from before the move: no Marines on Guam."""
    assert ON_GUAM not in facts_in(f"{TO_GUAM} {sentence}")


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("About 100 Marines moved to Guam in late 2024. The number on the island has not yet grown to 200.", 200),
        (
            "About 100 Marines moved to Guam in December 2024. The number on the island had grown to about 300 by "
            "March 2025, but most rotated out again, and about 120 are there now.",
            300,
        ),
        (
            "About 100 Marines moved to Guam in December 2024. In mid-2025 the number on the island had grown to "
            "about 150; it has since fallen back to about 100 after a rotation ended.",
            150,
        ),
    ],
)
def test_a_count_not_reached_or_since_fallen_is_not_the_count_on_guam(text: str, wrong: int) -> None:
    """A count not yet reached, or one the sentence then tells fell back, is not how many are on Guam now."""
    assert facts_in(text).get(ON_GUAM, (None, None))[0] != wrong


def test_there_after_a_sentence_naming_hawaii_last_is_not_guam() -> None:
    """'The contingent there' after '... and the rest to Hawaii': Hawaii's, not Guam's."""
    text = (
        "Some 9,000 Marines are to leave Okinawa; 4,000 will go to Guam and the rest to Hawaii. The contingent there "
        "numbers about 2,700 today."
    )
    assert ON_GUAM not in facts_in(text)


@pytest.mark.parametrize(
    "text",
    [
        "Japan will buy 400 Tomahawk missiles from the United States. Its estimated cost per missile is about "
        "$2 million.",
        "Japan will buy 400 Tomahawk missiles from the United States. Their price, at roughly $2.5 million, is below "
        "that of Japan's own missiles.",
        "Japan is buying 400 Tomahawk missiles from the United States. Its cost overrun so far is $300 million.",
        "The destroyer Chokai was the first Japanese warship refitted to carry Tomahawk missiles. Its estimated cost "
        "was $300 million.",
        "Japan is buying Tomahawk missiles as a stopgap until its upgraded Type 12 missiles are ready. Its estimated "
        "cost is $3.5 billion.",
        "Japan's counterstrike program includes Tomahawk missiles and hypersonic glide weapons. Its total cost is $30 "
        "billion over five years.",
        "Japan will buy 400 Tomahawk missiles and the Mk 41 launchers to fire them. Their price is $1.2 billion for "
        "the launchers alone.",
        "The destroyer Chokai was the first Japanese warship refitted to carry Tomahawk missiles. Its estimated value "
        "is $300 million.",
    ],
)
def test_its_cost_or_price_after_a_tomahawk_sentence_is_not_the_purchase(text: str) -> None:
    """A unit price, an overrun, a refit's or a program's cost pointed back to is not the Tomahawk purchase."""
    assert TOMAHAWK not in facts_in(text)


def test_an_estimated_value_up_to_is_no_exact_purchase() -> None:
    """'Its estimated value is up to $2.35 billion': a ceiling, not an exact value."""
    text = (
        "On November 17, the State Department notified Congress of a sale to Japan of up to 400 Tomahawk cruise "
        "missiles. Its estimated value is up to $2.35 billion."
    )
    assert facts_in(text).get(TOMAHAWK, (None, None))[1] != "exact"


@pytest.mark.parametrize(
    "text",
    [
        "Some 35,000 U.S. troops are based in Germany. Toward the cost of that presence, Berlin contributes about $1 "
        "billion a year.",
        "To meet the cost of these forces, Congress appropriates about $5.5 billion a year.",
        "Some 54,000 U.S. troops are based in Japan. Toward the cost of that presence, American taxpayers contribute "
        "about $5 billion a year.",
        "About $4 billion a year goes toward the cost of personnel in Japan's Self-Defense Forces.",
        "The Ground Self-Defense Force budget sets aside about $3 billion a year for the upkeep of its bases.",
        "Japan contributes about $600 million a year toward the cost of the bases on Guam.",
    ],
)
def test_a_cost_another_pays_or_of_other_forces_is_not_host_nation_support(text: str) -> None:
    """Another payer's sum, or one toward Japan's own forces or bases on Guam, is not Japan's host-nation support."""
    assert SUPPORT not in facts_in(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "Some LDP hawks say defense spending must total 3% of GDP.",
        "Under the 1976 cabinet decision, defense spending must not total more than 1% of GDP.",
        "The opposition CDP says defense spending must reach no more than 1.5% of GDP.",
        "Under the 2010 guidelines, defense spending must reach 1% of GDP.",
    ],
)
def test_must_reach_said_by_a_faction_as_a_ceiling_or_under_a_former_plan_is_no_goal(sentence: str) -> None:
    """A level a faction says spending must total, a ceiling, or a former plan's: no goal."""
    assert GOAL not in facts_in(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Tokyo has held its spending near 0.3% of GDP on development aid.",
        "In FY2023, the Finance Ministry capped outlays at 1.3% of GDP.",
    ],
)
def test_aid_held_near_a_level_or_one_years_cap_is_not_the_old_limit(sentence: str) -> None:
    """Aid held near a level, or one year's cap, is not the long-standing limit on defense spending."""
    text = f"Spending on defense is to reach 2% of GDP in FY2027. {sentence}"
    assert LIMIT not in facts_in(text)
