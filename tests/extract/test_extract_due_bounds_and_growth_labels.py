"""The next Diet election no later than the Lower House's deadline, due dates said by 'next year', by a table row under
a column 'Next' or by the chamber 'elected again', and a year's growth in apposition to 'Growth' or in a row label.
Every sentence is invented."""

from __future__ import annotations

import datetime as dt

from tests.extract.traps import values_on

NEXT, DUE, GROWTH = "politics.next_diet_election_due", "politics.lower_house_election_due", "economy.gdp_growth"


def test_the_next_vote_is_no_later_than_the_lower_house_deadline() -> None:
    body = (
        "Not later than October 2030, lawmakers in the lower chamber have to face the electorate, and talk of a snap "
        "dissolution persists. No upper-house contest is due until July 2031."
    )
    read = values_on(body, dt.date(2029, 6, 1))
    assert read[DUE] == "2030-10"
    assert read[NEXT] == 2030  # never the upper house's 2031: the lower chamber must be chosen first
    later = values_on(
        "The lower chamber must be chosen again by October 2032. No upper-house contest is due until July 2031.",
        dt.date(2029, 6, 1),
    )
    assert later[NEXT] == 2031  # the deadline bounds the next vote; an earlier one stands


def test_a_national_vote_bounded_by_a_contest_next_year() -> None:
    body = "No nationwide ballot is required ahead of the House of Councillors race next year."
    assert values_on(body, dt.date(2030, 2, 1))[NEXT] == 2031


def test_a_table_row_of_the_lower_house_under_next_gives_its_deadline() -> None:
    body = (
        "Table 1 sets out the calendar.\n\n| Chamber | Last vote | Next |\n| --- | --- | --- |\n"
        "| House of Representatives (465 seats) | Feb. 2026 | by Feb. 2030 |\n"
    )
    assert values_on(body, dt.date(2027, 6, 1))[DUE] == "2030-02"


def test_a_chamber_not_to_be_elected_again_until_a_date() -> None:
    body = (
        "The governing parties hold 300 seats in the House of Representatives. The chamber, where they thus command "
        "a majority, need not be chosen again until February 2030."
    )
    assert values_on(body, dt.date(2027, 6, 1))[DUE] == "2030-02"


def test_growth_in_apposition_and_a_row_label_year() -> None:
    told = "Real growth, 0.4% in 2027, improved to 1.3% last year."
    assert values_on(told, dt.date(2029, 3, 1))[GROWTH] == {"2027": 0.4, "2028": 1.3}
    rows = "Real GDP growth, 2028: 1.3%. Real GDP growth, 2027: 0.4%."
    assert values_on(rows, dt.date(2029, 3, 1))[GROWTH] == {"2027": 0.4, "2028": 1.3}


def test_a_leader_voted_prime_minister_after_an_aside() -> None:
    body = (
        "Shigeru Ishiba, a defense minister in the cabinet of Aso Taro, was voted prime minister by the Diet on "
        "October 1."
    )
    read = values_on(body, dt.date(2024, 10, 20))
    assert read["leaders.japan_prime_minister"] == {"family": "Ishiba", "given": "Shigeru"}
