"""Tariff rates, the IEEPA ruling and the 2019 agreements read by their roles: a calendar of events keeps every row
though one event names a figure; a trade agreement named beside the digital one is the USJTA; the law a ruling is on,
told in what the Court held; the "reciprocal" tariff in quotes; a rate pointed back to, the one the sentence before
told as current; goods carried as 'they' from the sentence before. What is announced, another's or an object only
still gives none."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.traps import value_read

MOST, IEEPA, RULING = "tariffs.us_tariff_most_imports", "tariffs.ieepa_rate", "tariffs.ieepa_ruling"
MOST_10199 = "trade.us_tariff_on_most_imports_from_japan"
SIGNED, IN_FORCE = "agreements.usjta_signed", "agreements.usjta_in_force"
DIGITAL, MINERALS = "agreements.digital_trade_in_force", "agreements.critical_minerals_signed"
COVER = dt.date(2031, 6, 12)
CALENDAR = (
    "\n\nTable 4. Dates in U.S.-Japan Trade Relations\n\n| Date | Milestone |\n| --- | --- |\n"
    "| October 7, 2019 | Trade agreement and digital trade agreement signed |\n"
    "| January 1, 2020 | The two agreements take effect |\n"
    "| March 28, 2023 | Critical Minerals Agreement signed |\n"
    "| March 12, 2031 | 50% Section 232 tariff on Japanese steel takes effect |\n"
)


def _value(brief: str, fact_id: str, body: str, cover: dt.date = COVER) -> object:
    return value_read(brief, fact_id, body, cover)


@pytest.mark.parametrize(
    ("fact_id", "date"),
    [(SIGNED, "2019-10-07"), (IN_FORCE, "2020-01-01"), (DIGITAL, "2020-01-01"), (MINERALS, "2023-03-28")],
)
def test_a_calendar_of_events_keeps_its_rows_though_one_names_a_figure(fact_id: str, date: str) -> None:
    """One event of four names a rate: the table is a calendar, not one figure's steps, and each row is read."""
    assert _value("IF11120", fact_id, CALENDAR) == date


@pytest.mark.parametrize(
    ("brief", "fact_id", "body", "value"),
    [
        (
            "IF11120",
            RULING,
            "A surcharge under Section 122 replaced the tariffs the Supreme Court struck down on May "
            "2, 2031, when it held that the International Emergency Economic Powers Act (IEEPA) allows no tariffs.",
            "2031-05-02",
        ),
        (
            "IF11120",
            RULING,
            "The surcharge took the place of duties the Supreme Court struck down on May 2, 2031, "
            "holding that IEEPA does not reach tariffs.",
            "2031-05-02",
        ),
        (
            "IF11120",
            IEEPA,
            'The deal, made public by the President on July 22, 2030, set a single 17% "reciprocal" '
            "tariff on most Japanese goods under IEEPA.",
            17,
        ),
        (
            "IF10199",
            MOST_10199,
            "After he announced a 26% rate on Japanese goods in April and threatened 30% in a "
            "June letter, the two sides settled on 17%. That rate has applied to most imports from Japan since May 4.",
            17,
        ),
        (
            "IF11120",
            MOST,
            "Most goods from Japan now enter the United States under a stopgap. Since May 6, they have "
            "paid a temporary import surcharge of 11%, levied under Section 122 of the Trade Act of 1974.",
            11,
        ),
        ("IF11120", RULING, "The Supreme Court struck down the IEEPA tariffs on May 2, 2031.", "2031-05-02"),
        # traps: a ruling that may come (the modal, not the month); a holding on another law; a rate only
        # threatened; two rates before, either one pointed back to; goods named only as an object; another's goods
        ("IF11120", RULING, "The Supreme Court may strike down the IEEPA tariffs on June 2, 2031.", None),
        (
            "IF11120",
            RULING,
            "A surcharge replaced the duties the Supreme Court struck down on May 2, 2031, when it held "
            "that Section 232 allows no tariffs on services.",
            None,
        ),
        ("IF11120", IEEPA, 'The President threatened a 30% "reciprocal" tariff on most Japanese goods.', None),
        (
            "IF10199",
            MOST_10199,
            "Japanese cars pay 25% and Japanese steel 50%. That rate has applied to most imports "
            "from Japan since May 4.",
            None,
        ),
        (
            "IF11120",
            MOST,
            "The Court voided the tariff on most goods from Japan. Since May 6, they have paid a "
            "temporary import surcharge of 11%.",
            None,
        ),
        (
            "IF11120",
            MOST,
            "Most goods from South Korea, unlike Japan's, enter under a stopgap. Since May 6, they have "
            "paid a temporary import surcharge of 11%.",
            None,
        ),
    ],
)
def test_rates_and_rulings_by_their_roles(brief: str, fact_id: str, body: str, value: object) -> None:
    assert _value(brief, fact_id, body) == value


def test_a_trade_agreement_beside_the_digital_one_is_the_usjta_but_not_another_countrys() -> None:
    """The pair signed together is the two 2019 agreements; the same words of another country's pair are not."""
    said = "On October 7, 2019, Japan and the United States signed a trade agreement and a digital trade agreement."
    assert _value("IF11120", SIGNED, said) == "2019-10-07"
    korea = "On October 7, 2019, South Korea signed a trade agreement and a digital trade agreement with Singapore."
    assert _value("IF11120", SIGNED, korea) is None


def test_a_critical_minerals_agreement_with_another_party_is_not_japans() -> None:
    """The deal's other party named after it, though no list of countries knows it: not the U.S.-Japan agreement."""
    ours = "The United States signed a critical minerals agreement with Japan on March 28, 2023."
    assert _value("IF11120", MINERALS, ours, dt.date(2024, 6, 1)) == "2023-03-28"
    theirs = "The United States signed a critical minerals agreement with Ukraine on April 30, 2023."
    assert _value("IF11120", MINERALS, theirs, dt.date(2024, 6, 1)) is None


@pytest.mark.parametrize(
    "body",
    [
        'April 2: a 26% "reciprocal" tariff was announced for Japan (it was never collected);',
        "Talks opened in April, five days after the President had assigned Japan a 26% reciprocal rate.",
    ],
)
def test_an_ieepa_rate_its_own_clause_tells_announced_or_past_perfect_is_none(body: str) -> None:
    assert _value("IF11120", IEEPA, body) is None


def test_a_timeline_of_one_rate_still_gives_only_its_latest_step() -> None:
    """Cells that are figures make the table one rate's steps: its latest row, never an earlier one's rate."""
    steps = (
        "\n\nTable 1. U.S. Tariff on Most Goods from Japan\n\n| Date | Rate |\n| --- | --- |\n"
        "| April 5, 2030 | 10% |\n| August 7, 2030 | 17% |\n"
    )
    assert _value("IF10199", MOST_10199, steps) == 17
    assert _value("IF10199", MOST_10199, steps + "| February 20, 2031 | none (struck down) |\n") is None
