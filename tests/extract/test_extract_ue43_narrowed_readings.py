"""Readings the unsealed-texts mend taught, narrowed to their own construction (review of unseal-elections-tariffs).

A cut 'so that' something 'is N%' gives the autos rate only where the cars pay it ('so that they pay 15%'), never a
margin, a price gap or a share; a rate the cars' own clause tells as changed or paid now ('was lowered to 15% on
September 16', 'now pay 15%') is not dropped because the sentence names Section 232 for steel; a bracketed day dates
the proclamation only in brackets of the proclamation's own words; a rate 'postponed to August 7' is not undone; and
a year left once another body's year is set aside is not the term's.
"""

from __future__ import annotations

from typing import Any

import pytest

from usjapan_facts.extract import extract_snapshot

TRADE = "# U.S.-Japan Trade Agreements and Tariff Negotiations"
ANCHOR = "The two countries signed the U.S.-Japan Trade Agreement in October 2019. "
PROCLAIMED = "On March 27, the President proclaimed a 25% Section 232 tariff on imported autos, effective April 4. "
CUT = PROCLAIMED + "The Section 232 duty on Japanese autos was "


def _facts(body: str, updated: str = "October 6, 2025", title: str = TRADE, brief: str = "IF11120") -> dict[str, Any]:
    text = f"{title}\n\nUpdated {updated}\n\n## Heading\n\n{body}\n"
    facts = extract_snapshot(text, brief=brief).snapshot.facts
    return {fact_id: fact.model_dump(mode="json")["value"] for fact_id, fact in facts.items()}


@pytest.mark.parametrize(
    ("body", "rate"),
    [
        (CUT + "reduced so that Toyota's U.S. margin is 8% again.", 25),
        (CUT + "cut so that the price gap with U.S.-built cars is 10%.", 25),
        (CUT + "lowered so that their share of U.S. sales is 30% or more.", 25),
        (CUT + "reduced so that the U.S. share of profits is 90% and cars pay 15%.", 25),
        # the cars' own rate after the cut
        (CUT + "reduced so that, MFN included, they pay 15%.", 15),
        (CUT + "lowered so that Japanese cars now pay 15% in all.", 15),
    ],
)
def test_a_cut_so_that_another_subject_is_a_rate_gives_no_autos_rate(body: str, rate: int) -> None:
    assert _facts(ANCHOR + body).get("tariffs.section232_autos") == rate


@pytest.mark.parametrize(
    "body",
    [
        "The tariff on Japanese autos was lowered to 15% on September 16; the Section 232 duties on steel and "
        "aluminum remain.",
        "Since September 16, Japanese cars pay 15%, and the Section 232 duties on steel remain at 50%.",
        "Japanese cars now pay 15% in all, while Section 232 tariffs on Japanese steel stay at 50%.",
    ],
)
def test_the_cars_rate_now_beside_steels_section_232_outranks_the_proclaimed_rate(body: str) -> None:
    assert _facts(ANCHOR + PROCLAIMED + body).get("tariffs.section232_autos") == 15


FINDING = "That May, the President's finding that imports of cars threatened U.S. national security was issued"


@pytest.mark.parametrize(
    ("body", "date"),
    [
        (FINDING + " (by proclamation; Japan protested on May 20).", "2019-05"),
        (FINDING + " (by proclamation; Commerce had reported on May 17).", "2019-05"),
        (FINDING + " (by proclamation, which Japan opposed on May 20).", "2019-05"),
        (FINDING + " (by proclamation, published in the Federal Register on May 21).", "2019-05"),
        (FINDING + " (by proclamation on May 17).", "2019-05-17"),
    ],
)
def test_another_deeds_day_in_the_proclamations_brackets_dates_it_not(body: str, date: str) -> None:
    text = f"{TRADE}\n\nUpdated June 3, 2020\n\n## Heading\n\n{ANCHOR}{body}\n"
    events = extract_snapshot(text, brief="IF11120").snapshot.events
    assert events["section232_autos_proclamation"].date == date


RATE_SET = "The 15% IEEPA rate for Japan, set by the July 22 deal, was "


@pytest.mark.parametrize(
    ("body", "rate"),
    [
        (RATE_SET + "postponed to August 7; until then Japan paid a 10% IEEPA rate.", None),
        (RATE_SET + "postponed to August 7. Until then Japan paid a 10% IEEPA rate.", None),
        (RATE_SET + "delayed by a week and took effect August 7.", 15),
        # a rate postponed and nothing more is still none in force
        ('A 26% "reciprocal" duty on Japan was postponed for three months.', None),
    ],
)
def test_a_rate_postponed_to_a_day_is_not_undone(body: str, rate: int | None) -> None:
    assert _facts(ANCHOR + body).get("tariffs.ieepa_rate") == rate


POLITICS = "# U.S.-Japan Relations"
ALLY = "Japan has been a U.S. treaty ally since 1952. "


@pytest.mark.parametrize(
    "body",
    [
        "Since 2026, the Lower House's term runs out in October; the next Upper House election is due in July 2031.",
        "The Lower House's term runs out in October; the LDP won in 2026, and the next Upper House election is due in "
        "July 2031.",
        "After 2028, the Lower House's term runs out in October; the Upper House election is due in July 2031.",
    ],
)
def test_a_year_left_once_another_bodys_is_set_aside_is_not_the_terms(body: str) -> None:
    facts = _facts(ALLY + body, "April 12, 2029", POLITICS, "IF10199")
    assert "politics.lower_house_election_due" not in facts
    assert facts.get("politics.next_diet_election_due") == 2031


@pytest.mark.parametrize(
    "body",
    [
        "Until the Upper House vote of July 2031, the Lower House's term runs out in October.",
        "The Lower House's term runs out in October, months after the Upper House vote of July 2028.",
    ],
)
def test_another_bodys_dated_vote_before_or_beside_the_term_dates_it_not(body: str) -> None:
    due = _facts(ALLY + body, "April 12, 2029", POLITICS, "IF10199").get("politics.lower_house_election_due")
    assert due not in ("2031-10", "2028-10")


@pytest.mark.parametrize(
    ("body", "rate"),
    [
        (
            "Section 232 tariffs on Japanese steel are 50%; cars from Japan pay a 25% tariff on top of the 2.5% "
            "MFN duty.",
            None,
        ),
        ("Under Section 232, tariffs on steel are 50%; Japanese cars face a 25% duty.", 25),
        # the cars' own Section 232 rate beside the steel's
        ("Cars from Japan face a 25% Section 232 tariff, while the Section 232 tariffs on steel stand at 50%.", 25),
    ],
)
def test_steels_section_232_rate_is_no_autos_rate_beside_a_car_word(body: str, rate: int | None) -> None:
    assert _facts(ANCHOR + body, "August 20, 2025").get("tariffs.section232_autos") == rate
