"""Tariff rates and agreement dates read by their roles where the words only seem to say otherwise: a table row whose
status cell says its rate was changed since ('lowered'), a rate the sentence takes as given ('The 15% charged on most
goods ...', after a rate told of Japan's goods), a law's gloss and year ('a 1977 statute that lets the President ...'),
a figure fronted as the topic ('17%: that is ...'), a participle after an adverb or a present passive ('the duty now
levied', 'the 15% levied on', 'is imposed under'), a sentence set before a day ('Before September 16, cars paid
...'), a year's first day counted from the cover ('the first day of last year') and a companion agreement in force on
'those same dates' as the one before."""

from __future__ import annotations

import datetime as dt

import pytest

from usjapan_facts.extract import extract_snapshot

MOST, IEEPA, AUTOS = "tariffs.us_tariff_most_imports", "tariffs.ieepa_rate", "tariffs.section232_autos"
USJTA, DTA = "agreements.usjta_in_force", "agreements.digital_trade_in_force"
TITLE = "U.S.-Japan Trade Agreements and Tariff Negotiations"
COVER = dt.date(2031, 11, 20)
TABLE = (
    "\n\nTable 1. Tariff Rates Applied to Japanese Goods, 2031\n\n| Action | Date | Rate | Status |\n"
    "| --- | --- | --- | --- |\n| Reciprocal rate under IEEPA | April 2 | 24% | reduced |\n"
    "| Framework rate under IEEPA | August 7 | 17% | in effect |\n"
    "| Section 232 autos, plus MFN | April 3 | 27.5% | lowered |\n"
)


def _facts(body: str, cover: dt.date = COVER) -> dict[str, object]:
    text = (
        f"# {TITLE}\n\nUpdated {cover:%B} {cover.day}, {cover.year}\n\n## Overview\n\n"
        f"Japan was the sixth-largest U.S. trading partner in {cover.year - 1}. {body}\n"
    )
    facts = extract_snapshot(text, brief="IF11120", updated=cover).snapshot.facts
    return {fact_id: fact.model_dump(mode="json")["value"] for fact_id, fact in facts.items()}


@pytest.mark.parametrize(
    ("fact_id", "body", "value"),
    [
        (IEEPA, TABLE, 17),  # the row reduced since gives way to the row in effect
        (AUTOS, TABLE, None),  # a row lowered since, alone, is no rate now
        (
            IEEPA,
            f"{TABLE}\nThe 17% charged on most goods is imposed under the International Emergency Economic "
            "Powers Act (IEEPA), a 1977 statute that lets the President regulate transactions during a declared "
            "national emergency.",
            17,
        ),
        (
            MOST,
            "\n\n17%: that is the duty now levied on most goods entering the United States from Japan, a rate that "
            "includes the MFN tariff, and that has been collected since August 7, 2031.",
            17,
        ),
        (
            AUTOS,
            "Autos are handled separately, under Section 232. For Japanese cars, which also pay the 2.5% MFN duty, "
            "the combined charge stood at 27.5% until "
            "September 16, when the framework's rate of 17%, MFN included, took its place.",
            17,
        ),
        (
            IEEPA,
            "Tokyo's exporters now pay 17% on most shipments.\n\n## Legal Basis\n\nThe 17% levied on most goods "
            "rests on IEEPA, a law that lets the President act in a declared emergency.",
            17,
        ),
        # traps: a rate given before of another country's goods, a sentence set before a day
        (
            IEEPA,
            "Korean goods pay 19% under the deal Seoul struck. The 19% charged on most goods is imposed under IEEPA.",
            None,
        ),
        (AUTOS, "Before September 16, Japanese passenger cars paid a combined 27.5% under Section 232.", None),
    ],
)
def test_rates_read_by_their_roles(fact_id: str, body: str, value: float | None) -> None:
    assert _facts(body).get(fact_id) == value


@pytest.mark.parametrize("fact_id", [USJTA, DTA])
def test_a_first_day_counted_from_the_cover(fact_id: str) -> None:
    body = (
        "Two agreements were signed in October 2029: the U.S.-Japan Trade Agreement (USJTA) and the U.S.-Japan "
        "Digital Trade Agreement (DTA). Each entered into force on the first day of last year, without a vote in "
        "Congress."
    )
    assert _facts(body, dt.date(2031, 1, 14)).get(fact_id) == "2030-01-01"


@pytest.mark.parametrize(
    ("item", "value"),
    [
        ("the U.S.-Japan Digital Trade Agreement, signed and brought into force on those same dates;", "2030-01-01"),
        ("the U.S.-Japan Digital Trade Agreement, signed on that same date;", None),  # signed: no date in force
    ],
)
def test_a_companion_in_force_on_the_same_dates(item: str, value: str | None) -> None:
    body = (
        "Two earlier agreements remain in effect:\n\n- the U.S.-Japan Trade Agreement (USJTA), signed on October 7, "
        f"2029, and in force since January 1, 2030;\n- {item}\n"
    )
    assert _facts(body, dt.date(2031, 9, 1)).get(DTA) == value
