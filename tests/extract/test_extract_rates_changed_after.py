"""A rate the text goes on to say was changed is no rate now (`extract.changed_after`).

A rate told as set, stacked or in force ('Japanese autos are subject to a 25% Section 232 tariff') gives way where the
rest of its sentence or one of the next two sentences tells, as done, that the rate was lowered, suspended, paused,
superseded or replaced, without a figure the readers take: the fact is then left unread, never read as the old rate.
A change only planned or not yet made, a change of another rate ('down from 27.5%' after a rate of 15%) or of another
subject, and a rate the change names as its outcome leave the reading standing.
"""

from __future__ import annotations

from typing import Any

import pytest

from usjapan_facts.extract import extract_snapshot

TRADE = "# U.S.-Japan Trade Agreements and Tariff Negotiations"
ANCHOR = "The two countries signed the U.S.-Japan Trade Agreement in October 2019. "
AUTOS = "tariffs.section232_autos"
IEEPA = "tariffs.ieepa_rate"


def _facts(body: str, updated: str = "November 18, 2025") -> dict[str, Any]:
    text = f"{TRADE}\n\nUpdated {updated}\n\n## Tariffs\n\n{ANCHOR}{body}\n"
    facts = extract_snapshot(text, brief="IF11120").snapshot.facts
    return {fact_id: fact.model_dump(mode="json")["value"] for fact_id, fact in facts.items()}


@pytest.mark.parametrize(
    "body",
    [
        "Japanese autos are subject to a 25% Section 232 tariff, in addition to the 2.5% MFN duty. The U.S.-Japan deal "
        "lowered that tariff, effective September 16, to the rate that applies to most other Japanese goods.",
        "President Trump proclaimed a 25% Section 232 tariff on imported automobiles, including those from Japan. "
        "Under the July agreement, however, Japanese cars now pay a lower, all-inclusive rate.",
        "Section 232 tariffs of 25% apply to autos and auto parts from Japan. A September executive order implemented "
        "the deal's lower rate for them.",
        "Japanese cars face a Section 232 tariff of 25%, which the President proclaimed in March 2025. In September, "
        "the deal's terms took effect and the rate fell.",
        "Japanese cars are charged 27.5% under Section 232 and the MFN schedule combined. The framework lowered the "
        "charge in September.",
        "For Japanese automobiles, the Section 232 rate is 25%, stacked on the MFN duty. Those terms were superseded "
        "by the deal in September.",
    ],
)
def test_an_autos_rate_the_text_says_was_then_changed_is_not_read(body: str) -> None:
    assert _facts(body).get(AUTOS) is None


@pytest.mark.parametrize(
    "body",
    [
        "Most Japanese goods face a 24% reciprocal tariff under IEEPA. Its collection was paused on April 9, leaving "
        "a 10% rate in place.",
        "The reciprocal tariff on Japan is 24%. The President suspended it for 90 days on April 9.",
        "Japan's reciprocal tariff rate is 24%, although the higher rate has been paused; goods pay the baseline "
        "instead.",
    ],
)
def test_a_suspended_reciprocal_rate_is_not_read_as_in_force(body: str) -> None:
    assert _facts(body, updated="June 15, 2025").get(IEEPA) != 24


def test_a_rate_replaced_by_one_the_next_sentence_names_gives_that_one() -> None:
    body = (
        "Japan's automakers pay a 25% Section 232 tariff on cars shipped to the United States. The tariff was "
        "suspended for Japan in September, when the framework's 15% rate took its place."
    )
    assert _facts(body).get(AUTOS) == 15


@pytest.mark.parametrize(
    ("body", "rate"),
    [
        # a change not yet made
        (
            "Japanese autos face a 25% Section 232 tariff. The framework provides for a 15% all-in rate, but the "
            "United States has not yet implemented it.",
            25,
        ),
        # the change's outcome is the rate read
        (
            "For Japanese cars and parts, which also pay the 2.5% MFN duty, the combined Section 232 charge stood at "
            "27.5% until September 16, when the framework's rate of 15%, MFN included, took its place.",
            15,
        ),
        # a rate told now, with the change it came from after it
        ("Japanese autos now pay 15% under Section 232. The rate was lowered from 27.5% on September 16.", 15),
        # another subject's change
        (
            "Japanese autos pay a 25% Section 232 tariff. The tariff on most other Japanese goods was lowered in "
            "August.",
            25,
        ),
        # the cars' sales fell, not their rate
        ("Japanese autos pay a 25% Section 232 tariff. Japanese car sales in the United States fell in May.", 25),
    ],
)
def test_a_change_not_made_or_not_of_the_rate_leaves_it(body: str, rate: int) -> None:
    assert _facts(body, updated="May 20, 2025" if rate == 25 else "November 18, 2025").get(AUTOS) == rate


def test_a_stacked_autos_rate_whose_stacking_ended_is_not_read() -> None:
    body = (
        "Japanese cars paid a 25% Section 232 tariff on top of the 2.5% MFN rate starting in April. This stacking "
        "ended on September 16, when the deal took effect."
    )
    assert _facts(body).get(AUTOS) is None


@pytest.mark.parametrize(
    "body",
    [
        # a rate's end by a ruling is the voided readers' to weigh
        "Most Japanese goods paid a 15% IEEPA tariff under the framework. On February 20, 2026, the Supreme Court "
        "ruled that IEEPA does not authorize tariffs, and the 15% rate ended.",
        # an authority's own rate stays what it was when another one replaced it
        "Most Japanese goods pay a 15% tariff under IEEPA. Collection under IEEPA stopped in May, and a Section 122 "
        "surcharge took its place.",
    ],
)
def test_an_ieepa_rate_that_ended_stays_the_ieepa_rate(body: str) -> None:
    assert _facts(body, updated="June 10, 2026").get(IEEPA) == 15


def test_a_change_of_another_rate_named_as_its_subject_leaves_the_rate_read() -> None:
    body = (
        "Most goods from Japan still enter the United States at ten percent, the baseline tariff imposed under IEEPA "
        "from April 5. A 24% reciprocal rate, announced for Japan on April 2, took effect on April 9 and was "
        "suspended hours later."
    )
    assert _facts(body, updated="June 15, 2025").get("tariffs.us_tariff_most_imports") == 10


@pytest.mark.parametrize(
    ("body", "updated"),
    [
        (
            "Japan was assigned a reciprocal tariff of twenty-four percent; that rate has been suspended, and a ten "
            "percent rate applies to most Japanese goods in the meantime.",
            "June 20, 2025",
        ),
        (
            "Japanese cars and light trucks pay a 25% Section 232 tariff on top of their 2.5% MFN duty. The deal has "
            "since superseded that arrangement for Japan.",
            "November 18, 2025",
        ),
    ],
)
def test_a_rate_told_in_a_later_clause_is_not_the_one_changed(body: str, updated: str) -> None:
    facts = _facts(body, updated=updated)
    assert facts.get(IEEPA) != 24
    assert facts.get(AUTOS) != 25
