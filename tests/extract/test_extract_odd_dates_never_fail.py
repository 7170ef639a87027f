"""Dates written oddly never fail an extraction: 'may' and 'march' as verbs beside an election, a month in lower case
or capitals, a term's end said only to the year, a day the calendar lacks ('September 31'), a year no brief dates
('April 0219'). And a reader that fails all the same (a bug) costs only its own reading: the rest of the text is
read, the failure is named in the warnings, and the command line shows no traceback.

The suite runs with `ReadingFailureWarning` as an error (pyproject.toml), so each reading below that fails on the
code before this change fails its test."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.conftest import Run
from usjapan_facts import ReadingFailureWarning
from usjapan_facts.extract import Extraction, extract_snapshot
from usjapan_facts.model import PersonName

RELATIONS = "U.S.-Japan Relations"
TRADE = "U.S.-Japan Trade Agreements and Tariff Negotiations"
ALLY = "Japan has been a U.S. treaty ally since 1952. "
COVER = dt.date(2025, 3, 3)
TARIFF = "A 15% tariff applies to most imports from Japan."


def _extracted(body: str, brief: str = "IF10199", cover: dt.date = COVER) -> Extraction:
    title = RELATIONS if brief == "IF10199" else TRADE
    text = f"# {title}\n\nUpdated {cover:%B} {cover.day}, {cover.year}\n\n## Overview\n\n{body}\n"
    return extract_snapshot(text, brief=brief, updated=cover)


@pytest.mark.parametrize(
    "sentence",
    [
        "Rank-and-file LDP members may vote in the leadership election.",
        "Members of the Lower House may vote on the bill in an election year.",
        "Party members may leadership vote in the LDP presidential election.",
    ],
)
def test_may_the_verb_is_no_month(sentence: str) -> None:
    """'members may vote in the leadership election': 'may' is no month, so no election is dated by it."""
    extraction = _extracted(ALLY + sentence)
    assert extraction.snapshot.facts["alliance.treaty_ally_since"].value == 1952
    assert not extraction.snapshot.elections
    assert not extraction.warnings


@pytest.mark.parametrize("month", ["july", "JULY"])
def test_a_month_in_lower_case_or_capitals_is_read_or_left(month: str) -> None:
    """'the july 10 election', 'the JULY 10 election': no reader fails on the month's case."""
    extraction = _extracted(ALLY + f"In the {month} 10 election, the ruling coalition won 76 seats in the Upper House.")
    assert extraction.snapshot.facts["alliance.treaty_ally_since"].value == 1952
    assert not extraction.warnings


def test_a_term_ending_in_a_year_dates_no_leadership_race() -> None:
    """'Ishiba's term as LDP president ends in 2027': a deadline said to the year, no race read, no failure."""
    extraction = _extracted(ALLY + "Ishiba's term as LDP president ends in 2027.")
    assert "ldp_president_2027" not in extraction.snapshot.elections
    assert not extraction.warnings


@pytest.mark.parametrize(
    "sentence",
    [
        "Kishida became LDP president on September 31, 2021.",
        "The four-year term of the Lower House ends on October 32, 2025.",
        "The Lower House must face the voters by June 31, 2025.",
    ],
)
def test_a_day_the_calendar_lacks_is_no_date(sentence: str) -> None:
    """A misprinted day ('September 31') dates nothing, and fails nothing."""
    extraction = _extracted(ALLY + sentence)
    facts = extraction.snapshot.facts
    assert facts["alliance.treaty_ally_since"].value == 1952
    assert (
        facts.get("politics.lower_house_election_due") is None
        or facts["politics.lower_house_election_due"].value is None
    )
    assert not extraction.snapshot.elections
    assert not extraction.warnings


@pytest.mark.parametrize(
    "sentence",
    [
        "Under the July 32, 2025, framework agreement, the two governments set out Japan's investment.",
        "The two governments announced the framework on September 31, 2025.",
        "The Supreme Court ruled on February 30, 2026, that the IEEPA tariffs were unlawful.",
    ],
)
def test_a_trade_brief_day_the_calendar_lacks_is_no_date(sentence: str) -> None:
    """The trade brief's dated readers (framework, ruling) take no misprinted day, and read the rest."""
    extraction = _extracted(f"{sentence} {TARIFF}", brief="IF11120", cover=dt.date(2026, 3, 3))
    facts = extraction.snapshot.facts
    assert facts["tariffs.us_tariff_most_imports"].value == 15
    for fact_id in ("framework.announced", "tariffs.ieepa_ruling"):
        assert facts.get(fact_id) is None or len(str(facts[fact_id].value)) < 10
    assert not extraction.warnings


@pytest.mark.parametrize(
    "sentence",
    [
        "The first negotiating round took place in Tokyo in April 0219, five months after the leaders agreed to talk.",
    ],
)
def test_a_year_no_brief_dates_is_no_date(sentence: str) -> None:
    """A misprinted year ('April 0219') and a date counted from it: no event is dated by them, and the rest is read."""
    extraction = _extracted(f"{sentence} {TARIFF}", brief="IF11120", cover=dt.date(2026, 3, 3))
    assert extraction.snapshot.facts["tariffs.us_tariff_most_imports"].value == 15
    assert all(str(event.date) >= "1900" for event in extraction.snapshot.events.values())
    assert not extraction.warnings


def _failing(*args: object, **kwargs: object) -> object:
    raise ValueError("a reader's bug")


def test_a_failing_reader_costs_only_its_own_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    """A bug in the elections' readers leaves the elections out; the facts are read and the failure is named."""
    monkeypatch.setattr("usjapan_facts.extract.reader.gathered_collections", _failing)
    body = (
        ALLY + "About 54,000 U.S. troops are stationed in Japan. The LDP won the July 10, 2022, Upper House election."
    )
    with pytest.warns(ReadingFailureWarning, match="elections: a reader failed"):
        extraction = _extracted(body)
    assert extraction.snapshot.facts["alliance.us_troops_in_japan"].value == 54000
    assert not extraction.snapshot.elections
    assert any("elections: a reader failed (ValueError" in warning for warning in extraction.warnings)


def test_a_failing_reader_shows_no_traceback_on_the_command_line(
    monkeypatch: pytest.MonkeyPatch, run: Run, tmp_path: Path
) -> None:
    """`extract` as typed: the snapshot is printed, the failure is one warning line on stderr, no traceback."""
    monkeypatch.setattr("usjapan_facts.extract.fact_readings.stood_for", _failing)
    brief = tmp_path / "brief.md"
    brief.write_text(
        f"# {RELATIONS}\n\nUpdated March 3, 2025\n\n## Overview\n\n{ALLY}About 54,000 U.S. troops are in Japan.\n",
        encoding="utf-8",
    )
    result = run(f"usjapan-facts extract {brief}")
    assert result.code == 0
    assert '"alliance.treaty_ally_since"' in result.stdout
    assert "warning: stand-ins: a reader failed (ValueError" in result.stderr
    assert "Traceback" not in result.stderr
    assert "ReadingFailureWarning" not in result.stderr


def test_a_leadership_vote_in_a_year_no_brief_dates_is_no_race() -> None:
    """'will choose its next president in September 0227': a misprinted year dates no LDP race, and fails nothing."""
    extraction = _extracted(ALLY + "The LDP will choose its next president in September 0227.")
    assert extraction.snapshot.facts["alliance.treaty_ally_since"].value == 1952
    assert not extraction.snapshot.elections
    assert not extraction.warnings


def test_an_election_left_out_for_disagreeing_sentences_stays_out_and_fails_nothing() -> None:
    """A text whose sentences give the 2016 upper house vote two statuses (won on a day of June, then 'the next test'
    in July): the election is left out with that warning, and the reader of each chamber's vote by its roles,
    reaching that left-out election, neither fails nor brings it back. (A vote only talked of, 'Talk of a same-day
    double election faded after Abe announced on June 1', is no held election to disagree with.)"""
    body = (
        "Security legislation that permits limited collective self-defense took effect on March 29, 2016.\n\n"
        "The coalition won the House of Councillors election on June 1. The coalition's next test is the House of "
        "Councillors election on July 10, 2016, when 121 of the chamber's 242 seats will be filled."
    )
    extraction = _extracted(body, cover=dt.date(2016, 6, 14))
    assert "upper_house_2016" not in extraction.snapshot.elections
    assert extraction.warnings == ("elections.upper_house_2016: sentences disagree on its status; left out",)


def test_a_president_met_on_a_day_zero_is_read_as_met_that_month() -> None:
    """'spoke with President Trump by telephone on April 0' (a misprinted day): the call is dated by its month alone,
    so the president is read, and no reader fails on a day no calendar has."""
    cover = dt.date(2025, 4, 23)
    sentence = "Prime Minister Ishiba Shigeru spoke with President Trump by telephone on April 0."
    extraction = _extracted(TARIFF + " " + sentence, brief="IF11120", cover=cover)
    assert extraction.snapshot.facts["leaders.us_president"].value == PersonName(family="Trump", given="Donald")
    assert not extraction.warnings
