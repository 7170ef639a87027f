"""Tariff rates the roles reader must not misread: a rate given before of another country's goods, or told before of
Japan's goods in the past or as a threat, is no rate taken as given ('The 25% charged on most goods ...'); a rate after
a past verb and a participle ('Japan saw 24% levied ...') is no rate now; a table row whose status tells how its rate
became current ('raised August 7', 'cut under the framework') keeps its rate; and a sentence set before a day still
ahead of the cover tells the rate now."""

from __future__ import annotations

import datetime as dt

import pytest

from usjapan_facts.extract import extract_snapshot
from usjapan_facts.extract.flattened import cut_by_another_column

IEEPA, AUTOS = "tariffs.ieepa_rate", "tariffs.section232_autos"
TITLE = "U.S.-Japan Trade Agreements and Tariff Negotiations"
COVER = dt.date(2031, 11, 20)
TABLE = "\n\nTable 1. U.S. Tariffs on Goods from Japan\n\n| Tariff | Rate | Status |\n| --- | --- | --- |\n"


def _facts(body: str) -> dict[str, object]:
    text = (
        f"# {TITLE}\n\nUpdated November 20, 2031\n\n## Overview\n\n"
        f"Japan was the sixth-largest U.S. trading partner in 2030. {body}\n"
    )
    facts = extract_snapshot(text, brief="IF11120", updated=COVER).snapshot.facts
    return {fact_id: fact.model_dump(mode="json")["value"] for fact_id, fact in facts.items()}


@pytest.mark.parametrize(
    ("fact_id", "body", "value"),
    [
        (  # 1a: a past rate of Japan's, then another country's section
            IEEPA,
            "Japanese passenger cars paid 25% under Section 232 until September.\n\n## South Korea\n\n"
            "The 25% charged on most goods is imposed under IEEPA.",
            None,
        ),
        (  # 1b: a threat to Japan, then another country's rate
            IEEPA,
            "In July, the President threatened Japan with 25%. Seoul later accepted a 25% rate on most Korean goods."
            "\n\n## Legal Basis\n\nThe 25% charged on most goods is imposed under IEEPA.",
            None,
        ),
        # 2: a participle after a past verb
        (IEEPA, "Japan saw 24% levied on most of its goods under IEEPA in the first weeks.", None),
        # 3: a status telling how the rate became current
        (IEEPA, f"{TABLE}| Framework rate under IEEPA | 17% | raised August 7 |\n", 17),
        (AUTOS, f"{TABLE}| Section 232 autos | 17% | cut under the framework |\n", 17),
        (IEEPA, f"{TABLE}| Reciprocal (IEEPA), increased under the framework | 17% | August 7 |\n", 17),
        (IEEPA, f"{TABLE}| Reciprocal (IEEPA) | 17% | modified by framework, in effect |\n", 17),
        # 4: a day still ahead of the cover
        (
            AUTOS,
            "Before March 1, Japanese passenger cars pay 17% under Section 232, and a lower rate applies after that.",
            17,
        ),
    ],
)
def test_rates_not_misread(fact_id: str, body: str, value: float | None) -> None:
    assert _facts(body).get(fact_id) == value


@pytest.mark.parametrize(
    ("sentence", "cut"),
    [("2031: that is the year the rate rose.", True), ("17%: that is the duty now levied.", False)],
)
def test_a_fronted_figure_has_its_unit(sentence: str, cut: bool) -> None:
    assert cut_by_another_column(sentence) is cut
