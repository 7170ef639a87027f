"""IF11120's rates as the subject of their undoing, the cars' MFN duty beside Section 232 for another product, a cut
told by what cars pay after it, and the autos proclamation's day in brackets.

'A 24% reciprocal rate for Japan, announced ..., was suspended' is no rate in force; 'The 2.5% U.S. tariff on cars is
unchanged, and ... Section 232 duties on steel' is the cars' MFN duty, no Section 232 rate; 'the Section 232 duty was
reduced so that, with the MFN duty, they pay 15% in all' gives the rate it came to, which outranks a rate proclaimed
earlier; 'That May, ... was issued (by proclamation on May 17)' dates the proclamation to its day.
"""

from __future__ import annotations

from typing import Any

import pytest

from usjapan_facts.extract import extract_snapshot

ANCHOR = "Japan is the largest foreign holder of U.S. Treasury securities. "


def _values(body: str, updated: str = "October 6, 2025") -> dict[str, Any]:
    cover = f"# U.S.-Japan Trade Agreements and Tariff Negotiations\n\nUpdated {updated}\n\n## Tariffs\n\n"
    facts = extract_snapshot(cover + ANCHOR + body + "\n", brief="IF11120").snapshot.facts
    return {fact_id: fact.model_dump(mode="json")["value"] for fact_id, fact in facts.items()}


@pytest.mark.parametrize(
    ("body", "rate"),
    [
        ("Japan's 26% reciprocal tariff, set on April 3, was paused on April 10 for 90 days.", None),
        ("The 26% IEEPA rate on Japanese goods, first unveiled in the spring, was later withdrawn.", None),
        ('A 26% "reciprocal" duty on Japan was postponed for three months.', None),
        ("The 26% IEEPA levy for Japan, announced in April with a chart, was quickly suspended.", None),
        # traps: the rate the sentence leaves in force, a rate not suspended, another country's
        ("A 26% reciprocal rate for Japan, set April 3, was suspended, and a 16% IEEPA rate took effect August 8.", 16),
        ("The 16% reciprocal rate for Japan, set under IEEPA on August 8, was not suspended.", 16),
        ("South Korea's 26% reciprocal rate, announced in April, was suspended a week later.", None),
    ],
)
def test_a_rate_told_as_the_subject_of_its_undoing_is_none_in_force(body: str, rate: int | None) -> None:
    assert _values(body).get("tariffs.ieepa_rate") == rate


@pytest.mark.parametrize(
    ("body", "rate"),
    [
        (
            "The 2.5% U.S. tariff on Japanese passenger cars stands, and Section 232 tariffs on steel (25%) and "
            "aluminum (10%) remain.",
            None,
        ),
        ("The U.S. tariff on cars from Japan remains 2.5%; Section 232 duties on Japanese steel continue.", None),
        ("Section 232 duties on Japanese steel remain at 25%, and the U.S. tariff on cars from Japan is 2.5%.", None),
        # traps: the cars' own Section 232 rate beside the steel's
        ("Cars from Japan face a 25% Section 232 tariff, while the Section 232 tariffs on steel stand at 50%.", 25),
        ("Japanese autos pay 15% under Section 232, while Japanese steel faces 50% Section 232 tariffs.", 15),
    ],
)
def test_the_cars_mfn_duty_beside_another_products_section_232_is_no_autos_rate(body: str, rate: int | None) -> None:
    updated = "June 3, 2020" if "2.5%" in body else "August 20, 2025"
    assert _values(body, updated).get("tariffs.section232_autos") == rate


PROCLAIMED = "On March 27, the President proclaimed a 25% Section 232 tariff on imported autos, effective April 4. "


@pytest.mark.parametrize(
    ("body", "rate"),
    [
        (PROCLAIMED + "The Section 232 tariff on Japanese cars was later cut so that they pay 15% in all.", 15),
        (PROCLAIMED + "The Section 232 duty on Japanese autos was reduced so that, MFN included, they pay 15%.", 15),
        # traps: a cut still to come, another country's cut, another product's
        (PROCLAIMED + "The Section 232 duty on Japanese autos is to be reduced so that they pay 15% in all.", 25),
        (PROCLAIMED + "The Section 232 duty on Korean autos was reduced so that they pay 15% in all.", 25),
    ],
)
def test_a_cut_told_by_what_the_cars_pay_after_it_is_the_rate_now(body: str, rate: int) -> None:
    assert _values(body).get("tariffs.section232_autos") == rate


def _proclamation(body: str) -> str | None:
    cover = "# U.S.-Japan Trade Agreements and Tariff Negotiations\n\nUpdated June 3, 2020\n\n## Trade\n\n"
    text = cover + "Japan was the fourth-largest U.S. trading partner in 2019. Talks opened in April 2019. " + body
    events = extract_snapshot(text + "\n", brief="IF11120").snapshot.events
    return events["section232_autos_proclamation"].date if "section232_autos_proclamation" in events else None


FINDING = "That May, the President's finding that imports of cars threatened U.S. national security was issued"


@pytest.mark.parametrize(
    ("body", "date"),
    [
        (FINDING + " (by proclamation on May 17), and tariffs of up to 25% were discussed.", "2019-05-17"),
        (FINDING + " (in a proclamation dated May 17).", "2019-05-17"),
        (FINDING + " by proclamation (on May 17).", "2019-05-17"),
        # traps: brackets of another deed, another month, another deed's day
        (FINDING + " by proclamation (talks resumed on May 10).", "2019-05"),
        (FINDING + " (by proclamation on June 3).", "2019-05"),
        (FINDING + " (by proclamation, a week after Commerce met on May 10).", "2019-05"),
    ],
)
def test_the_proclamations_day_in_brackets_makes_its_month_a_day(body: str, date: str) -> None:
    assert _proclamation(body) == date
