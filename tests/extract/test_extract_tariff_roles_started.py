"""Rates and deeds read by their roles where the sentence also dates them (`extract.tariff_roles`, `extract.
voided_rates`, the ruling's and the agreements' readers): a rate's start told beside the rate said now, a ruling's day
in a participle after its noun, an agreement named by its topic after its other party, a pledge told as what is to
be done, a rate on Japan's goods as a whole after a ruling, a list item under a lead-in that names no subject.

Every sentence is invented for the test.
"""

from __future__ import annotations

import pytest

from tests.extract.traps import facts_in
from usjapan_facts.extract import extract_snapshot

RULED = "The Supreme Court ruled against the IEEPA tariffs."


@pytest.mark.parametrize(
    ("fact_id", "body", "value"),
    [
        (
            "tariffs.section122_surcharge",
            "Japanese goods now enter under a temporary surcharge, authorized by Section 122 of the Trade Act of 1974, "
            "which is set at 10% and took effect on February 24.",
            10,
        ),
        (
            "tariffs.ieepa_ruling",
            f"{RULED} The Court's opinion, issued on February 20, 2026, voided the IEEPA duty of 15% that "
            "Japanese goods had paid since August 7, 2025.",
            "2026-02-20",
        ),
        (
            "agreements.critical_minerals_signed",
            "In March 2023, Washington signed an accord with Tokyo on critical minerals for electric-car batteries.",
            "2023-03",
        ),
        (
            "framework.investment_pledge",
            "Japan's terms under the framework:\n\n- investment: $550 billion, to be channeled into U.S. industries "
            "the Administration selects.",
            550_000_000_000,
        ),
        (
            "tariffs.us_tariff_most_imports",
            f"{RULED} The Court voided the 15% IEEPA rate on most Japanese goods on February 20, 2026. "
            "Goods from Japan now come in under a temporary Section 122 surcharge, which stands at 10%.",
            10,
        ),
    ],
)
def test_a_dated_or_listed_fact_is_read_by_its_roles(fact_id: str, body: str, value: object) -> None:
    """The value whose roles make it the fact's is read though the sentence dates it or names its subject elsewhere."""
    assert facts_in(body, "IF11120").get(fact_id, (None,))[0] == value


def test_a_list_item_takes_japan_from_its_section() -> None:
    """An item under a lead-in naming no subject is Japan's where its section names Japan alone before it."""
    body = (
        "\n\n## The 2025 Framework\n\nThe Administration had announced a 24% tariff for Japan on April 2, 2025. A "
        "memorandum signed on September 4 set out the terms.\n\nIts main elements:\n\n"
        "- most goods: a single IEEPA rate of 15%, from August 7, 2025;\n"
        "- cars and auto parts: a Section 232 rate of 15%, in effect since September 16, 2025, replacing the 27.5% "
        "charged from April 3;\n- purchases: 100 Boeing aircraft."
    )
    assert facts_in(body, "IF11120").get("tariffs.section232_autos", (None,))[0] == 15
    for other in ("for Korea", "for all partners"):  # a section on no country, or on another: none
        assert facts_in(body.replace("for Japan", other), "IF11120").get("tariffs.section232_autos") is None


def test_a_scheduled_end_in_the_present_is_upcoming() -> None:
    """'the 10% charge lapses on July 23' (no year, after the cover): the surcharge's end to come, dated in the
    cover's year; the charge named by its rate after a colon is the surcharge its sentence names."""
    text = (
        "# U.S.-Japan Trade Agreements and Tariff Negotiations\n\nUpdated May 19, 2026\n\n## Overview\n\n"
        "The two countries signed the U.S.-Japan Trade Agreement in October 2019. Section 122, which allows a "
        "surcharge of up to 15% for no more than 150 days, sets the clock: the 10% charge lapses on July 23.\n"
    )
    events = extract_snapshot(text, brief="IF11120").snapshot.events
    assert (str(events["section122_surcharge_expired"].date), events["section122_surcharge_expired"].status) == (
        "2026-07-23",
        "upcoming",
    )


def test_a_table_cell_in_force_is_read_beside_a_threatened_one() -> None:
    """A table's cell in its 'In force' column is read though the row's next cell gives a threatened rate."""
    text = (
        "# U.S.-Japan Relations\n\nUpdated July 15, 2025\n\n## Trade\n\nJapan has been a U.S. treaty ally since "
        "1952. Japan and the United States opened tariff talks in April.\n\n"
        "Table 2. U.S. Tariffs on Japanese Goods\n\n"
        "| Goods | In force | Announced or threatened |\n| --- | --- | --- |\n"
        "| Most goods | 10% | 25% (from Aug. 1) |\n"
        "| Steel | 50% | - |\n"
    )
    facts = extract_snapshot(text).snapshot.facts
    assert facts["trade.us_tariff_on_most_imports_from_japan"].value == 10


@pytest.mark.parametrize(
    ("fact_id", "body"),
    [
        (
            "tariffs.us_tariff_most_imports",
            f"{RULED} The Court voided the 15% IEEPA rate on most Japanese goods on February 20, 2026. "
            "Steel from Japan now comes in under a temporary Section 122 surcharge, which stands at 10%.",
        ),
        (
            "agreements.critical_minerals_signed",
            "In October 2025, the leaders signed a framework with Japan on critical minerals and rare earths.",
        ),
    ],
)
def test_a_product_or_another_instrument_gives_none(fact_id: str, body: str) -> None:
    """A product's rate after a ruling, another instrument: none is read."""
    assert facts_in(body, "IF11120").get(fact_id) is None
