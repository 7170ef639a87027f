"""Values borrowed from a neighbouring subject: an election dated by a leader's taking office, a former president
named as the author of a past act, and a troop count taken from the family members beside it.

Every sentence is invented for the test; a true statement beside each trap is still read.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.traps import elections_in, facts_in
from usjapan_facts.extract import extract_snapshot

TROOPS = "alliance.us_troops_in_japan"


@pytest.mark.parametrize(
    "sentence",
    [
        "Prime Minister Sato Yuki, who took office on March 3, 2026, after her predecessor resigned, called a snap "
        "election and won a Lower House majority.",
        "Sato, who became prime minister in March 2026, has led the LDP to two Upper House election victories.",
        "After Kato resigned on March 1, 2026, Sato called a snap Lower House election, which the LDP won.",
        "Sato Yuki, who assumed office in March 2026, won the Lower House election she called.",
    ],
)
def test_a_date_of_taking_or_leaving_office_is_not_the_elections(sentence: str) -> None:
    """The date of a leader's taking office or a predecessor's resigning dates no election."""
    assert elections_in(sentence) == {}


@pytest.mark.parametrize(
    ("sentence", "election"),
    [
        (
            "Sato, who took office on March 3, 2026, called a Lower House election for April 26, 2026, and won it.",
            {"lower_house_2026": ("2026-04-26", "held")},
        ),
        (
            "Kato announced his resignation in May, weeks after the LDP lost its Upper House majority in the "
            "election of April 19, 2026.",
            {"upper_house_2026": ("2026-04-19", "held")},
        ),
    ],
)
def test_an_election_dated_by_its_own_words_beside_taking_office_is_read(
    sentence: str, election: dict[str, tuple[str, str]]
) -> None:
    assert elections_in(sentence) == election


def _president_in_2023(body: str) -> object:
    """The U.S. president read from `body` in a trade brief's text dated June 2023."""
    text = (
        "# U.S.-Japan Trade Agreements and Tariff Negotiations\n\nUpdated June 1, 2023\n\n## Overview\n\n"
        f"The two countries signed the U.S.-Japan Trade Agreement in October 2019. {body}\n"
    )
    facts = extract_snapshot(text, brief="IF11120", updated=dt.date(2023, 6, 1)).snapshot.facts
    fact = facts.get("leaders.us_president")
    return None if fact is None else getattr(fact.value, "family", None)


@pytest.mark.parametrize(
    "sentence",
    [
        "Japanese aluminum still faces the 10% Section 232 duty imposed by President Trump.",
        "The duties ordered by President Trump remain on Japanese steel above the quota.",
        "Japan still protests the steel tariff levied by President Trump on security grounds.",
        "President Trump in 2018 imposed a 25% tariff on steel imports, which Japan protested.",
    ],
)
def test_a_president_named_as_the_author_of_a_past_act_is_not_the_sitting_one(sentence: str) -> None:
    assert _president_in_2023(sentence) is None


def test_a_sitting_president_is_still_read() -> None:
    assert _president_in_2023("President Biden met Prime Minister Kishida in Washington in January.") == "Biden"


@pytest.mark.parametrize(
    ("sentence", "troops"),
    [
        (
            "Some sixty thousand U.S. troops are based in Japan, alongside about 45,000 family members and civilian "
            "workers.",
            60000,
        ),
        ("About fifty thousand U.S. military personnel serve in Japan, with nearly 40,000 dependents nearby.", 50000),
        (
            "Roughly fifty-five thousand U.S. service members are posted in Japan, plus 25,000 civilian employees.",
            55000,
        ),
        ("Approximately 55,000 U.S. troops are stationed in Japan, with roughly 42,000 family members.", 55000),
    ],
)
def test_a_figure_counting_family_members_or_civilians_is_not_the_troops(sentence: str, troops: int | None) -> None:
    """The troop count is the figure whose unit is the troops; if that one is not read, none is."""
    assert facts_in(sentence).get(TROOPS, (None,))[0] == troops


def test_a_troop_count_alone_is_still_read() -> None:
    assert facts_in("About 55,000 U.S. troops are stationed in Japan.")[TROOPS] == (55000, "about")
