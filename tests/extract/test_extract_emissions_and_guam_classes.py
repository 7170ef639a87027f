"""The 2030 emissions pledge said by its baseline ('below their 2013 level'), and the Marines on Guam said in words,
as what a camp there hosts, or in a row dated 'as of'. Every sentence is invented for the test."""

from __future__ import annotations

import pytest

from tests.extract.traps import facts_in

EMISSIONS = "economy.emissions_cut_target"


@pytest.mark.parametrize(
    "sentence",
    [
        "A 46% reduction in greenhouse gases below 2013 levels is what Japan has pledged for 2030.",
        "Having promised a 46% cut from 2013 levels by 2030, in 2025 Tokyo set a further goal of 60% for 2035.",
    ],
)
def test_the_pledge_is_read_by_its_2013_baseline(sentence: str) -> None:
    """A cut below or from the 2013 level by 2030 is the pledge, 'emissions' said or not."""
    assert facts_in(sentence)[EMISSIONS] == (46, "exact")


def test_a_cut_of_something_else_is_no_pledge() -> None:
    """Output of steel 20% below 2013 levels is no emissions cut."""
    assert EMISSIONS not in facts_in("By 2030 Japan is to cut output of steel 20% below 2013 levels.")


IN_GUAM = "alliance.marines_in_guam"
MOVING = "alliance.marines_relocating_to_guam"


@pytest.mark.parametrize(
    ("body", "value"),
    [
        ("Two hundred or so Marines are now on Guam, the first of the move.", (200, "about")),
        ("Camp Blaz on Guam now hosts more than 200 Marines transferred from Okinawa.", (200, "over")),
        ("\n\n| Marines moved from Okinawa to Guam, as of May 2026 | 210 |\n| --- | --- |", (210, "exact")),
    ],
)
def test_marines_guam_holds_now(body: str, value: tuple[int, str]) -> None:
    """A count in words, what a camp on Guam hosts now, or a row dated 'as of': the Marines there, not a plan."""
    facts = facts_in(body)
    assert facts[IN_GUAM] == value
    assert MOVING not in facts


def test_a_camp_to_host_marines_is_the_plan() -> None:
    """'is to host 4,000 Marines' is the relocation to come, not the Marines there now."""
    facts = facts_in("Camp Blaz on Guam is to host 4,000 Marines from Okinawa.")
    assert facts[MOVING] == (4000, "exact")
    assert IN_GUAM not in facts
