"""Tariff rates read by their roles once the words that only seem to date or past them are read for what they are: a
participle naming which rate ('the tariff paid on most imports'), a present perfect ('Japan has actually paid'), a
current rate's start with its own clause ('since February 24, 2026, when ...'), a law's year ('the Trade Act of 1974'),
a rate it is compared with (', far below the 24% first announced'), a sum with the MFN duty ('the MFN rate plus 10
percentage points'), a month it is in effect as of (a table's 'In effect, Nov. 2025'), and a sentence pointing back to
the rate before ('It is also the only IEEPA rate Japan has actually paid'). What is past, threatened or another's
still gives none."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.traps import value_read

MOST, IEEPA, AUTOS = "tariffs.us_tariff_most_imports", "tariffs.ieepa_rate", "tariffs.section232_autos"
MOST_10199 = "trade.us_tariff_on_most_imports_from_japan"
TABLE = (
    "\n\nTable 1. U.S. Tariffs on Goods from Japan\n\n| Tariff | Announced April 2031 | In effect, Nov. 2031 |\n"
    "| --- | --- | --- |\n| IEEPA rate on most goods | 24% | 17% |\n| Section 232, passenger vehicles | 25% | 17% |\n"
)


def _rate(brief: str, fact_id: str, body: str, cover: dt.date) -> float | None:
    rate: float | None = value_read(brief, fact_id, body, cover)
    return rate


@pytest.mark.parametrize(
    ("brief", "fact_id", "body", "rate"),
    [
        ("IF11120", MOST, "Since May 4, that surcharge, eleven percent, has been the tariff paid on most imports from "
         "Japan, on top of ordinary MFN duties.", 11),
        ("IF11120", MOST, "A temporary import surcharge of 11%, imposed under Section 122 of the Trade Act of 1974, "
         "now applies to most imports from Japan.", 11),
        ("IF10199", MOST_10199, "Eleven percent: that is the surcharge most goods from Japan have borne since May 4, "
         "2031, when a temporary Section 122 tariff replaced the voided IEEPA duties.", 11),
        ("IF10199", MOST_10199, "For most goods Japan ships to the United States, the duty owed today is the ordinary "
         "most-favored-nation (MFN) rate plus 11 percentage points.", 11),
        ("IF11120", IEEPA, "The IEEPA tariff Japan pays stands at 17%, far below the 24% first announced in "
         "April.", 17),
        ("IF11120", IEEPA, "Most goods from Japan still enter at eleven percent, the baseline tariff imposed on nearly "
         "every partner under IEEPA. It is also the only IEEPA rate Japan has actually paid.", 11),
        ("IF11120", IEEPA, TABLE, 17),
        ("IF11120", AUTOS, TABLE, 17),
        ("IF11120", AUTOS, "Since September 16, the Section 232 tariff on passenger vehicles from Japan has been set "
         "so that, with the MFN duty, they pay 17%, not the 27.5% charged since April.", 17),
        ("IF11120", AUTOS, "Japanese passenger cars now enter at a combined 17% under Section 232, down from 27.5% "
         "before September 16, 2031.", 17),
        # traps: a rate threatened, a past perfect, another country's, a sum's addend of another product
        ("IF11120", MOST, "The Administration had threatened a 25% tariff on Japanese goods from August 1.", None),
        ("IF11120", IEEPA, "The IEEPA tariff on Chinese goods stands at 30%, far below the 145% of April.", None),
        ("IF10199", MOST_10199, "Japanese steel pays the ordinary MFN rate plus 50 percentage points.", None),
    ],
)  # fmt: skip
def test_a_rate_read_by_its_roles(brief: str, fact_id: str, body: str, rate: float | None) -> None:
    """The rate said now, its seeming dates and past verbs read for what they are."""
    assert _rate(brief, fact_id, body, dt.date(2031, 11, 20)) == rate
