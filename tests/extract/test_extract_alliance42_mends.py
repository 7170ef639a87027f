"""The review of alliance42's mends: no Marines on Guam from another place's or the plan's 'current count', from
'there' after a place the reader does not know, from a total a parenthesis says includes them, from a claim, from an
arrival since changed, or from 'them' of two groups; no traditional limit from another outlay, a part of defense
spending, a proposal or a projection; no cost-sharing month from the start of the period it covers or its entry into
effect; the limit named after agrees with the older rule's reading."""

from __future__ import annotations

import datetime

import pytest

from usjapan_facts.extract import extract_snapshot

P = "About 4,000 Marines are to move from Okinawa to Guam. "
A = "About 100 Marines arrived on Guam in December 2024"


def value_of(body: str, key: str, cover: datetime.date, section: str = "Alliance") -> object:
    """Extract a short brief and return the fact's value as a string, if read."""
    text = (
        f"# U.S.-Japan Relations\n\nUpdated {cover:%B} {cover.day}, {cover.year}\n\n## {section}\n\n"
        f"Japan has been a U.S. treaty ally since 1952.\n\n{body}\n"
    )
    found = extract_snapshot(text, brief="IF10199", updated=cover).snapshot.facts.get(key)
    return None if found is None else str(found.value)


def guam(body: str) -> object:
    return value_of(body, "alliance.marines_in_guam", datetime.date(2026, 3, 3))


@pytest.mark.parametrize(
    ("body", "wrong"),
    [
        (A + " from Okinawa, where the current garrison numbers about 18,000.", "18000"),
        (A + "; on Okinawa, the current count is about 18,000.", "18000"),
        (A + "; in Hawaii the current number is about 2,700.", "2700"),
        (
            A + ", the first of a planned move; its current total is about 4,000, down from 8,000 under the 2006 "
            "roadmap.",
            "4000",
        ),
        (A + "; the current total is about 4,000 short of the goal.", "4000"),
        (
            A
            + ", the first of some 4,000 to be moved there; the current number is about 4,000 fewer than the 2006 plan "
            "envisaged.",
            "4000",
        ),
        (A + ", the first of some 4,000 to be moved there from Okinawa; the current count is about 210.", "210"),
    ],
)
def test_no_current_count_read_after_an_arrival(body: str, wrong: str) -> None:
    """'the current count is N' after an arrival: taken out (its place and what it counts are unsure)."""
    assert guam(body) != wrong


@pytest.mark.parametrize(
    "body",
    [
        P + "A separate unit of about 2,000 Marines trains each year at Camp Fuji. At present about 2,000 are there.",
        P + "About 1,000 Marines were deployed to Iwakuni in 2024. So far about 1,000 are there.",
        P + "About 2,000 Marines were sent to the Middle East in 2024. So far about 2,000 are there.",
        P + "Some 2,000 Marines took part in exercises with the Philippine military last year. At present about 2,000 "
        "are there.",
        "About 4,000 Marines are to move from Okinawa to Guam, and the remaining Marines are to move to Henoko. At "
        "present about 1,200 are there.",
        P + "At present about 1,300 (including about 100 Marines) are there.",
        P + "So far only about 4,000 (the number the 2012 plan set, not those who have moved) are there.",
        P + "Now that the plan has slipped, critics say only about 50 are there.",
        A + "; more have followed since, including a 30-member engineering team.",
        A + ", and the contingent has since grown by about 50.",
        "About 4,000 Marines and 5,000 dependents are to move from Okinawa to Guam. The island now hosts about 300 of "
        "them.",
    ],
)
def test_no_marines_on_guam_from_another_place_a_total_a_claim_or_a_changed_count(body: str) -> None:
    assert guam(body) is None


@pytest.mark.parametrize(
    "body",
    [
        "Social security spending rose to 1.2% of GDP in the first year. That level was set as a ceiling.",
        "Economic security spending has stayed below 0.1% of GDP. That level was set as an informal cap.",
        "Military pension outlays stood near 0.2% of GDP. That level was set as a formal ceiling.",
        "Host-nation support for U.S. military outlays is about 0.04% of GDP. That level was treated as an informal "
        "cap.",
        "Defense procurement spending stayed below 0.5% of GDP. That level was set as an informal cap.",
        "Defense research spending is about 0.03% of GDP. That level has long been treated as an informal cap.",
        "The Democratic Party of Japan proposed limiting defense spending to 1.2% of GDP. That level was set as a "
        "ceiling in its 2009 manifesto.",
        "If defense spending fell to 0.8% of GDP, Washington would object. That level was set as a ceiling by critics.",
        "Defense spending may fall to 0.8% of GDP. That level was set as an informal cap.",
    ],
)
def test_no_limit_from_another_outlay_a_part_a_proposal_or_a_projection(body: str) -> None:
    assert value_of(body, "defense.traditional_limit_pct_gdp", datetime.date(2017, 3, 3), "Defense") is None


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Defense spending has been capped at 0.9% of GDP. That level was set as a formal ceiling by the Miki "
            "cabinet in 1976.",
            "0.9",
        ),
        (
            "Japan has long kept defense spending below 1.1% of GDP, a traditional limit. That level was set as a "
            "formal ceiling in 1976.",
            "1.1",
        ),
    ],
)
def test_the_limit_named_after_agrees_with_the_older_reading(body: str, expected: str) -> None:
    """The same level, as the same number type and hedge: no 'sentences disagree' that drops it."""
    assert value_of(body, "defense.traditional_limit_pct_gdp", datetime.date(2017, 3, 3), "Defense") == expected


@pytest.mark.parametrize(
    "body",
    [
        "Japan renewed the SMA, most recently for the period from April 2022.",
        "Under the current SMA, which covers the period from April 2022, Japan pays about $1.9 billion a year.",
        "The SMA was last renewed with effect from April 2022.",
        "The current SMA went into effect in April 2022.",
        "The current SMA applies from April 2022.",
        "Japan's share under the SMA rose in April 2022, when the new agreement took effect.",
        "Japan renewed the SMA for the period commencing in April 2022.",
    ],
)
def test_no_agreement_month_from_its_period_or_entry_into_effect(body: str) -> None:
    assert value_of(body, "alliance.host_nation_support_agreement", datetime.date(2025, 3, 3)) is None
