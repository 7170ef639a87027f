"""Traps of tenure: a leader named as former, gone, succeeded or only for a deed of years ago is not the sitting one,
and the sitting one's taking office, though dated in the past, is read over an Administration the text looks back on.

Every sentence is invented for the test; a true statement beside each trap is still read.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from usjapan_facts.extract import extract_snapshot

PM = "leaders.japan_prime_minister"
PRESIDENT = "leaders.us_president"


BRIEFS = pytest.mark.parametrize("brief", ["IF10199", "IF11120"])
_OPENING = {
    "IF10199": ("U.S.-Japan Relations", "Japan has been a U.S. treaty ally since 1952."),
    "IF11120": (
        "U.S.-Japan Trade Agreements and Tariff Negotiations",
        "The two countries signed the U.S.-Japan Trade Agreement in October 2019.",
    ),
}


def leaders_in(body: str, cover: dt.date = dt.date(2026, 6, 1), brief: str = "IF10199") -> dict[str, Any]:
    """The leaders read from `body` in a text of `brief` dated `cover`, as family names."""
    title, anchor = _OPENING[brief]
    text = f"# {title}\n\nUpdated {cover:%B} {cover.day}, {cover.year}\n\n## Overview\n\n{anchor} {body}\n"
    snapshot = extract_snapshot(text, brief=brief, updated=cover).snapshot
    return {
        fact_id: getattr(fact.value, "family", None)
        for fact_id, fact in snapshot.facts.items()
        if fact_id.startswith("leaders.")
    }


@pytest.mark.parametrize(
    "past",
    [
        "The Trump Administration had pressed Tokyo to pay more for the bases.",
        "The Trump Administration had reportedly sought a fourfold rise in Japan's payments.",
        "During the Trump Administration, tariffs on Japanese steel rose.",
        "Under the Trump Administration, Washington withdrew from the TPP.",
        "The Trump Administration, which left office in January, sought a larger payment.",
        "The previous Trump Administration sought a larger payment.",
        "The first Trump Administration imposed the steel tariffs.",
        "Former President Trump had asked for $8 billion a year.",
    ],
)
@BRIEFS
def test_the_sitting_president_inaugurated_in_the_past_wins_over_a_past_administration(past: str, brief: str) -> None:
    """'was inaugurated on January 20, 2021' dates the sitting president; an Administration looked back on gives way."""
    sitting = "President Joe Biden was inaugurated on January 20, 2021."
    assert leaders_in(f"{sitting} {past}", dt.date(2021, 3, 1), brief) == {PRESIDENT: "Biden"}
    assert leaders_in(f"{past} {sitting}", dt.date(2021, 3, 1), brief) == {PRESIDENT: "Biden"}


@pytest.mark.parametrize(
    "sentence",
    [
        "President Obama visited Hiroshima in May 2016, the first sitting U.S. president to do so.",
        "The Biden Administration launched the framework in Tokyo in May 2022.",
        "Prime Minister Kato Akira visited Washington in April 2019. Kato is 70.",
        "Prime Minister Abe Shinzo's 2015 security laws remain in force.",
        "Talks the Trump Administration began in 2019 ended with a limited deal.",
        "Prime Minister Ishiba Shigeru announced his resignation in September 2025.",
    ],
)
@BRIEFS
def test_a_leader_named_only_for_a_deed_of_years_ago_is_not_read(sentence: str, brief: str) -> None:
    """A deed dated two or more years before the cover (or a resignation announced last year) names no sitting one."""
    assert leaders_in(sentence, brief=brief) == {}


@pytest.mark.parametrize(
    "sentence",
    [
        "Former Prime Minister Kato Akira met the President in Tokyo. Kato is 70.",
        "Ex-Prime Minister Kato Akira criticized the plan. Kato is 70.",
        "Then-Prime Minister Kato Akira signed the agreement. Kato is 70.",
        "The late Prime Minister Kato Akira championed the alliance. Kato is 70.",
        "Prime Minister Kato Akira, whose term ended in 2024, backed the plan. Kato is 70.",
        "Prime Minister Kato Akira was replaced by his party's secretary-general. Kato is 70.",
        "Kato Akira became prime minister in October 2025 and resigned in May 2026. Kato is 70.",
        "She succeeded Prime Minister Ishiba Shigeru, who resigned after the election.",
        "Prime Minister Ishiba Shigeru's successor has not yet been chosen.",
        "Under Prime Minister Kato Akira, Japan signed the pact in 2019. Kato is 70.",
    ],
)
@BRIEFS
def test_a_former_succeeded_or_departed_prime_minister_is_not_read(sentence: str, brief: str) -> None:
    """'former', 'then-', 'the late', a term that ended, a resignation or a successor: not the sitting one."""
    assert PM not in leaders_in(sentence, brief=brief)


@pytest.mark.parametrize(
    "sentence",
    [
        "Takaichi Sanae became prime minister on October 21, 2025, succeeding Ishiba Shigeru, who resigned.",
        "Prime Minister Takaichi Sanae succeeded Prime Minister Ishiba Shigeru in October 2025.",
        "Prime Minister Takaichi Sanae replaced Ishiba Shigeru in October 2025.",
        "Prime Minister Takaichi Sanae, who took office in October 2025, met the President.",
    ],
)
@BRIEFS
def test_a_prime_minister_who_took_office_from_a_departed_one_is_read(sentence: str, brief: str) -> None:
    """Taking office dated in an earlier year, and the predecessor's leaving, still name the sitting one."""
    assert leaders_in(sentence, brief=brief)[PM] == "Takaichi"
