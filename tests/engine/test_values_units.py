"""`values`: how a fact's value reads for people, for tables and for charts."""

from __future__ import annotations

import pytest

from usjapan_facts.model import (
    CountFact,
    DateFact,
    ListFact,
    MoneyFact,
    PercentFact,
    PersonFact,
    PersonName,
    RankFact,
    TextFact,
    YearFact,
    YearlyPercentFact,
)
from usjapan_facts.values import (
    canonical,
    display,
    display_value,
    format_date,
    format_money,
    format_number,
    format_period,
    number,
    ordinal,
)


@pytest.mark.parametrize(
    ("value", "written"),
    [(54000, "54,000"), (12.5, "12.5"), (-4.5, "-4.5"), (0.12345, "0.123"), (2.0, "2"), (0, "0")],
)
def test_numbers_get_thousands_separators_and_no_needless_decimals(value: float, written: str) -> None:
    """Whole numbers lose their '.0'; fractions keep at most three decimals, trailing zeros dropped."""
    assert format_number(value) == written


@pytest.mark.parametrize(
    ("dollars", "written"),
    [
        (112.2e9, "$112.2 billion"),
        (300e6, "$300 million"),
        (1.5e12, "$1.5 trillion"),
        (4500, "$4,500"),
        (999_999, "$999,999"),
    ],
)
def test_money_reads_in_the_largest_scale_it_reaches(dollars: float, written: str) -> None:
    """Millions, billions and trillions are words, as the brief writes them; smaller sums are plain dollars."""
    assert format_money(dollars) == written


def test_ordinals_take_th_from_11_to_13_in_every_hundred() -> None:
    """1st, 2nd, 3rd, but 11th, 12th, 13th, and again 111th; 21st and 101st take their last digit's suffix."""
    positions = (1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111, 112, 113)
    assert [ordinal(p) for p in positions] == [
        *("1st", "2nd", "3rd", "4th", "11th", "12th", "13th"),
        *("21st", "22nd", "23rd", "101st", "111th", "112th", "113th"),
    ]


def test_dates_read_at_their_own_precision() -> None:
    """A day, a month and a year each read as precisely as they were stated, no more."""
    assert [format_date(d) for d in ("2022-07-08", "2022-09", "2025")] == ["July 8, 2022", "September 2022", "2025"]


def test_periods_that_are_dates_read_as_dates_and_others_as_given() -> None:
    """'2022-07' reads as a month; a fiscal year, and a date-shaped period that is no date, stay as written."""
    assert [format_period(p) for p in ("2022-07", "2020", "FY2023", "2022-13")] == [
        "July 2022",
        "2020",
        "FY2023",
        "2022-13",
    ]


def test_a_hedged_count_reads_with_its_hedge_and_tabulates_plain() -> None:
    """'around 54,000' for people, '54000' for tables, 54000.0 for charts."""
    troops = CountFact(value=54000, qualifier="about")
    assert (display_value(troops), display(troops), canonical(troops), number(troops)) == (
        "around 54,000",
        "around 54,000",
        "54000",
        54000.0,
    )


def test_display_adds_the_rate_deadline_period_and_earlier_figure() -> None:
    """What the brief says beside a value (per year, by when, over which period, from what) is part of how it reads."""
    support = MoneyFact(value=2_000_000_000, per="year", by="2027", period="2022")
    assert display(support) == "$2 billion per year by 2027 (2022)"
    assert display_value(support) == "$2 billion"
    assert display(PercentFact(value=60, previous=57)) == "60% (from 57%)"


def test_a_rank_among_the_top_has_words_but_no_position() -> None:
    """'among the top' reads as such, tabulates empty and charts nothing; a position is an ordinal and a number."""
    among = RankFact(qualifier="among_top")
    assert (display_value(among), canonical(among), number(among)) == ("among the top", "", None)
    fourth = RankFact(value=4)
    assert (display(fourth), number(fourth)) == ("4th", 4.0)


def test_a_person_reads_in_the_catalogues_order_and_tabulates_family_first() -> None:
    """Kishida Fumio family first, Fumio Kishida given first; the table always says 'Family Given'."""
    leader = PersonFact(value=PersonName(family="Kishida", given="Fumio"))
    assert display(leader) == "Kishida Fumio"
    assert display(leader, family_first=False) == "Fumio Kishida"
    assert (canonical(leader), number(leader)) == ("Kishida Fumio", None)


def test_lists_and_yearly_figures_read_and_tabulate_item_by_item() -> None:
    """A list joins with commas for people and semicolons for tables; yearly figures name each year."""
    coalition = ListFact(value=["LDP", "Komeito"])
    assert (display(coalition), canonical(coalition)) == ("LDP, Komeito", "LDP; Komeito")
    growth = YearlyPercentFact(value={"2021": 1.7, "2022": 1.0})
    assert (display(growth), canonical(growth), number(growth)) == ("2021: 1.7%; 2022: 1%", "2021=1.7; 2022=1", None)


def test_only_quantities_and_positions_are_numbers() -> None:
    """Years chart as numbers; dates and free text never do."""
    assert number(YearFact(value=1951)) == 1951.0
    assert number(DateFact(value="2022-07")) is None
    assert number(TextFact(value="weak")) is None
    assert display(DateFact(value="2022-07")) == "July 2022"
