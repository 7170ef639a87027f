"""Alliance facts whose subject the sentence before names: 'The current agreement, reached in December 2021, ...' and
'That works out to ... annually, just over $1.5 billion' after a sentence on the Special Measures Agreement; 'around
200 are there now' after a sentence on the Marines moving from Okinawa to Guam. Another country's agreement, a count
larger than the move itself, and 'there' that may be Okinawa are not read.

Every sentence is invented for the test (texts dated June 1, 2026).
"""

from __future__ import annotations

import pytest

from tests.extract.traps import facts_in

AGREEMENT = "alliance.host_nation_support_agreement"
PER_YEAR = "alliance.host_nation_support_per_year"
IN_GUAM = "alliance.marines_in_guam"
RELOCATING = "alliance.marines_relocating_to_guam"
TROOPS = "alliance.us_troops_in_japan"
SMA = "Japan pays part of the cost of hosting U.S. troops under a Special Measures Agreement."
MOVE = "About 4,000 Marines are slated to relocate from Okinawa to Guam."


@pytest.mark.parametrize(
    ("body", "fact", "value"),
    [
        (
            f"{SMA} The current accord, concluded in December 2021, runs through FY2026.",
            AGREEMENT,
            ("2021-12", "exact"),
        ),
        (f"{SMA} The latest deal was signed in January 2022.", AGREEMENT, ("2022-01", "exact")),
        (f"{SMA} That works out to ¥211 billion annually, just over $1.5 billion.", PER_YEAR, (1500000000, "over")),
        (f"{SMA} That comes to roughly $1.7 billion a year.", PER_YEAR, (1700000000, "about")),
        (f"{MOVE} The first 100 arrived in December 2024; around 200 are there now.", IN_GUAM, (200, "about")),
        (f"{MOVE} So far, about 200 have arrived there.", IN_GUAM, (200, "about")),
        (f"{MOVE} The first 100 moved in late 2024, and some 200 now serve on the island.", IN_GUAM, (200, "about")),
        (f"{MOVE} The first, roughly 100 logistics troops, reached Camp Blaz in December 2024; about 210 were on Guam "
         "by early this month.", IN_GUAM, (210, "about")),
        ("About 100 Marines, a logistics unit, moved from Okinawa to Guam in December 2024.", IN_GUAM, (100, "about")),
        ("About 9,000 Marines are to leave Okinawa. Guam's share of them, about 4,000, will be housed at Camp Blaz.",
         RELOCATING, (4000, "about")),
        ("Alliance costs.\n\nTable 2. Alliance Figures\n\n| Item | Now | Past |\n|---|---|---|\n"
         "| Host-nation support, $ bn/yr | 1.4 | 1.7 (2016-21) |\n", PER_YEAR, (1400000000, "exact")),
    ],
)  # fmt: skip
def test_a_thing_named_the_sentence_before_carries_its_subject(body: str, fact: str, value: tuple[object, str]) -> None:
    """The agreement, the yearly payment and the Marines on Guam are read from the sentence after the one naming it."""
    assert facts_in(body)[fact] == value


@pytest.mark.parametrize(
    ("body", "fact"),
    [
        ("South Korea has a cost-sharing agreement with the United States. The current one was reached in March 2021.",
         AGREEMENT),
        ("South Korea has a cost-sharing agreement with the United States. The current agreement was reached in 2021.",
         AGREEMENT),
        ("South Korea has a cost-sharing agreement with the United States. That comes to $1 billion a year.", PER_YEAR),
        (f"{MOVE} Roughly 18,000 Marines are there now.", IN_GUAM),
        ("About 4,000 Marines are to move to Guam from Okinawa. Around 200 are there now.", IN_GUAM),
        ("About 19,000 Marines are stationed in Okinawa, and a few dozen are on Guam for exercises.", IN_GUAM),
        ("About 100 Marines were on Guam for an exercise in 2019.", IN_GUAM),
        (f"{SMA} Host-nation support will rise to about $2.1 billion a year from FY2027.", PER_YEAR),
        ("Japan hosts U.S. forces.\n\nTable 4. U.S. Forces Abroad\n\n| | Germany | South Korea |\n|---|---|---|\n"
         "| U.S. troops | ~35,000 | ~28,500 |\n", TROOPS),
    ],
)  # fmt: skip
def test_another_countrys_agreement_or_a_place_unsure_is_not_read(body: str, fact: str) -> None:
    """South Korea's agreement and payment are not Japan's; more Marines than move, or 'there' after Okinawa, unread."""
    assert fact not in facts_in(body)
