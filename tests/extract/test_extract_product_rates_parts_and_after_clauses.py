"""Three wrong readings mended as classes: a rate tied by 'on' to one named product is never the rate on most imports
from Japan ('a 3% duty on ceramic tiles'); a rate in the relative clause that tells what a replaced rate was made of
('replaced the 30% paid since May, which combined a 27.5% duty with the 2.5% MFN rate') is no current auto rate; and
the date of an 'after X did Y on D' clause is that other deed's, never the talks' own ('sought negotiations after the
President unveiled tariffs on May 3').

Every sentence is invented for the test.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.traps import ANCHOR, TITLE, facts_in
from usjapan_facts.extract import extract_snapshot

MOST = "trade.us_tariff_on_most_imports_from_japan"
AUTOS = "tariffs.section232_autos"
TALKS = "tariff_talks_announced"


@pytest.mark.parametrize(
    "sentence",
    [
        "Optical goods are a tenth of imports from Japan; the United States levies a 4% tariff on camera lenses.",
        "Among goods from Japan, pickups stand out: they bear a 25% tariff on light trucks, cars only 2.5%.",
        "Japanese goods reach U.S. ports in volume, and a 3.7% tariff on ceramic tiles applies to them.",
    ],
)
def test_a_rate_on_one_named_product_is_not_the_rate_on_most_imports(sentence: str) -> None:
    """'a 4% tariff on camera lenses' is that product's rate, whatever the sentence says of imports from Japan."""
    assert MOST not in facts_in(sentence)


@pytest.mark.parametrize(
    ("sentence", "rate"),
    [
        ("Imports from Japan now face a 15% tariff on most goods.", 15),
        ("A 10% tariff on imports from Japan now applies.", 10),
        ("A 12% tariff on Japanese goods is now in force, on most imports from Japan.", 12),
    ],
)
def test_a_rate_on_most_goods_is_still_read(sentence: str, rate: int) -> None:
    """Trap: 'on most goods', 'on imports from Japan', 'on Japanese goods' name no single product."""
    assert facts_in(sentence)[MOST] == (rate, "exact")


@pytest.mark.parametrize(
    "sentence",
    [
        "That charge also covered Japanese autos: for cars cleared from October 2, it replaced the 30% paid since "
        "May 1 (June 1 for parts), which combined a 27.5% Section 232 duty with the 2.5% MFN rate.",
        "For Japan's vehicles cleared after October 2, it replaced the 30% paid since May 1, which was made up of a "
        "27.5% Section 232 duty and the 2.5% MFN rate.",
    ],
)
def test_a_part_of_a_replaced_auto_rate_is_not_read(sentence: str) -> None:
    """The 27.5% tells what the replaced 30% was made of: no more current than the 30%, so no auto rate is read."""
    assert AUTOS not in facts_in(sentence, "IF11120")


def test_a_current_auto_rate_beside_its_parts_is_still_read() -> None:
    """Trap: where the rate now charged is given, the parts of the replaced rate leave it read."""
    sentence = (
        "For Japanese vehicles cleared since October 2, the 15% Section 232 rate replaced the 30% paid since May 1, "
        "which was made up of a 27.5% Section 232 duty and the 2.5% MFN rate."
    )
    assert facts_in(sentence, "IF11120")[AUTOS] == (15, "exact")


def _talks(body: str) -> str | None:
    text = f"# {TITLE['IF11120']}\n\nUpdated June 1, 2026\n\n## Overview\n\n{ANCHOR['IF11120']} {body}\n"
    events = extract_snapshot(text, brief="IF11120", updated=dt.date(2026, 6, 1)).snapshot.events
    return events[TALKS].date if TALKS in events else None


@pytest.mark.parametrize(
    "sentence",
    [
        "Japan was one of the first partners to ask for talks after President Trump unveiled reciprocal tariffs on "
        "April 2, 2025.",
        "Tokyo agreed to negotiate after the President announced reciprocal tariffs on April 2, 2025.",
    ],
)
def test_the_date_of_an_after_clause_is_not_the_talks(sentence: str) -> None:
    """'after the President announced tariffs on April 2': April 2 is the announcement's, not the talks'."""
    assert _talks(sentence) is None


def test_the_talks_own_date_is_still_read() -> None:
    """Trap: a date the talks' own clause gives stays theirs."""
    assert _talks("Japan sought talks on tariffs, which Washington announced on April 7, 2025.") == "2025-04-07"


def test_talks_said_as_the_front_of_the_queue_keep_their_own_date() -> None:
    """Japan put 'at the head of the line for tariff talks' on a day: that deed's date, not the after-clause's."""
    sentence = (
        "On April 9, 2025, the Administration moved Japan to the head of the line for tariff talks, days after the "
        "President had announced a 24% reciprocal tariff on Japanese goods."
    )
    assert _talks(sentence) == "2025-04-09"
