"""Readings the tariffs39 forms took too broadly, each read as none: a calendar's row naming a rate, though a later
row ends it; a rate pointed back to that is Japan's own tariff or a tax; 'they' standing for another clause's goods,
a place's or a maker; a ruling on another law, another country's or only wished for, whatever the holding names; a
"reciprocal" rate since replaced; another country's pair of trade agreements or minerals deal, in a row or a
sentence. What the forms read right stays read."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.traps import value_read

MOST, IEEPA, RULING = "tariffs.us_tariff_most_imports", "tariffs.ieepa_rate", "tariffs.ieepa_ruling"
MOST_10199 = "trade.us_tariff_on_most_imports_from_japan"
SIGNED, IN_FORCE = "agreements.usjta_signed", "agreements.usjta_in_force"
MINERALS = "agreements.critical_minerals_signed"
COVER = dt.date(2031, 6, 12)
HEAD = "\n\nTable 4. Dates in U.S.-Japan {}Relations\n\n| Date | Milestone |\n| --- | --- |\n"
PAIR = "| October 7, 2019 | Trade agreement and digital trade agreement signed |\n"
BASELINE = "| April 5, 2025 | 10% baseline tariff on most Japanese goods takes effect |\n"
STRUCK = "| February 20, 2026 | Supreme Court strikes down the IEEPA tariffs |\n"
ANOTHERS = (
    HEAD.format("Trade ")
    + "| October 7, 2019 | Korea-Japan trade agreement and digital trade agreement signed |\n"
    + "| March 28, 2023 | Critical Minerals Agreement with Chile signed |\n"
    + "| March 12, 2031 | 50% Section 232 tariff on steel takes effect |\n"
)


def _value(brief: str, fact_id: str, body: str) -> object:
    return value_read(brief, fact_id, body, COVER)


@pytest.mark.parametrize(
    ("brief", "fact_id", "body"),
    [
        # a calendar of events: a row's rate is no current one, a later row may end it
        (
            "IF11120",
            MOST,
            HEAD.format("Trade ")
            + PAIR
            + BASELINE
            + "| August 7, 2025 | Framework deal lowers the tariff on Japanese cars to 15% |\n"
            + STRUCK,
        ),
        (
            "IF11120",
            MOST,
            HEAD.format("Trade ")
            + PAIR
            + BASELINE
            + "| August 7, 2025 | 15% framework rate on most goods takes effect |\n"
            "" + STRUCK,
        ),
        (
            "IF10199",
            MOST_10199,
            HEAD.format("")
            + "| April 5, 2025 | 10% baseline tariff on most Japanese goods |\n"
            + "| August 7, 2025 | 15% rate on most goods from Japan takes effect |\n"
            + "| February 20, 2026 | Supreme Court strikes down IEEPA tariffs |\n"
            + "| February 24, 2026 | 10% Section 122 surcharge begins |\n",
        ),
        # a rate pointed back to that is Japan's own tariff, or a tax
        (
            "IF10199",
            MOST_10199,
            "Japan now charges 7.7% on most U.S. farm goods. That rate has applied to most imports from the United "
            "States since April 1.",
        ),
        (
            "IF10199",
            MOST_10199,
            "Japan's consumption tax is 10%. It has applied to most imports at the border since October 1, 2019.",
        ),
        (
            "IF11120",
            MOST,
            "Japan's consumption tax is 10%. It has applied to most imports at the border since October 1, 2019.",
        ),
        # 'they' for another clause's goods, under a place's phrase, a tax, or makers
        (
            "IF11120",
            MOST,
            "Most goods from Japan enter under the stopgap, while the United States sells rice and beef there. In "
            "Japan, they face tariffs of 38.5%.",
        ),
        (
            "IF11120",
            MOST,
            "Most goods from Japan enter the United States duty-free under the USJTA, but machine tools and bearings "
            "do not. Since May 6, they have paid a surcharge of 11%.",
        ),
        *[
            (
                "IF11120",
                fact,
                "Most goods from Japan now enter the United States under a stopgap surcharge. Once sold in Japan, they "
                "bear a 10% consumption tax.",
            )
            for fact in (MOST, "tariffs.section122_surcharge")
        ],
        (
            "IF11120",
            "tariffs.section232_autos",
            "Most Japanese automakers now assemble cars in the United States. Since May 6, they have paid a 25% tariff "
            "on imported parts.",
        ),
        # a ruling on another law, another country's, or only wished for, whatever the holding names
        *[
            (
                "IF11120",
                RULING,
                f"The Supreme Court struck down a Section 232 duty on {month} 2, 2031, when it held that IEEPA "
                "precedents did not apply.",
            )
            for month in ("May", "March")
        ],
        (
            "IF11120",
            RULING,
            "The Supreme Court struck down Canada's appeal on May 2, 2031, holding that IEEPA tariffs on Canadian "
            "goods stand.",
        ),
        (
            "IF11120",
            RULING,
            "The Supreme Court of Brazil struck down a levy on May 2, 2031, holding that its IEEPA-like emergency law "
            "gives no tariff power.",
        ),
        (
            "IF11120",
            RULING,
            "Critics argue the Supreme Court should have struck down the duties on May 2, 2031, holding that IEEPA "
            "does not reach tariffs.",
        ),
        ("IF11120", RULING, "Critics argue the Supreme Court should have struck down the IEEPA duties on May 2, 2031."),
        ("IF11120", RULING, "The Supreme Court of Brazil struck down IEEPA-style levies on May 2, 2031."),
        # a "reciprocal" rate since replaced
        (
            "IF11120",
            IEEPA,
            'Japan\'s "reciprocal" tariff of 24%, first set in April, gave way to 15% under the July framework.',
        ),
        ("IF11120", IEEPA, 'Japan faced a "reciprocal" tariff of 24% under the April 2 order before the July deal.'),
        # another country's pair of agreements, or minerals deal
        (
            "IF11120",
            SIGNED,
            "On January 31, 2031, Japan signed a trade agreement and a digital trade agreement with Chile.",
        ),
        ("IF11120", SIGNED, "Japan signed a digital trade agreement and a trade agreement with Peru on May 2, 2030."),
        (
            "IF11120",
            IN_FORCE,
            "The Japan-Mongolia trade agreement and digital trade agreement took effect on June 7, 2016.",
        ),
        ("IF11120", MINERALS, ANOTHERS),
        ("IF11120", SIGNED, ANOTHERS),
    ],
)
def test_a_reading_broader_than_its_form_gives_none(brief: str, fact_id: str, body: str) -> None:
    assert _value(brief, fact_id, body) is None


@pytest.mark.parametrize(
    ("brief", "fact_id", "body", "value"),
    [
        (
            "IF10199",
            MOST_10199,
            "Japanese goods have paid 15% under the framework. That rate has applied to most imports from Japan since "
            "August 7.",
            15,
        ),
        (
            "IF10199",
            MOST_10199,
            "The framework's 15% rate applies to Japanese goods, down from the 25% threatened in July. It has applied "
            "to most imports since August 7.",
            15,
        ),
        (
            "IF11120",
            IEEPA,
            'The deal set a single 15% "reciprocal" tariff on most Japanese goods, down from the 25% "reciprocal" rate '
            "threatened in July.",
            15,
        ),
        (
            "IF11120",
            MOST,
            "Most goods from Japan now enter the United States under a stopgap. Since May 6, they have paid a "
            "temporary import surcharge of 11%.",
            11,
        ),
        (
            "IF11120",
            MOST,
            "With the tariffs of the spring struck down, which the President had imposed under emergency powers, most "
            "goods from Japan now enter under a stopgap. Since May 6, they have paid a temporary surcharge of 11%.",
            11,
        ),
        (
            "IF11120",
            RULING,
            "The surcharge took the place of duties the Supreme Court struck down on May 2, 2031, holding that IEEPA "
            "does not reach tariffs.",
            "2031-05-02",
        ),
        ("IF11120", SIGNED, HEAD.format("Trade ") + PAIR + STRUCK, "2019-10-07"),
    ],
)
def test_what_the_forms_read_right_stays_read(brief: str, fact_id: str, body: str, value: object) -> None:
    assert _value(brief, fact_id, body) == value
