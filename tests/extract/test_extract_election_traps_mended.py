"""The elections39 review's traps, mended as classes: a deadline negated 'until' stays none whatever else ', but ...'
sets (only the vote itself set all the same counts); a governor titled by another place or a central bank, or named
after a passage naming another governed place, is not Okinawa's; a chamber's seats 'elected last July' date no
governor the sentence names; one of two dates offered ('in October or November') is not the date; a mayoral race's
day is no chamber's."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.traps import elections_of
from usjapan_facts.extract import extract_snapshot

FORCES = "U.S. Forces in Japan"


def _read(body: str, cover: dt.date = dt.date(2031, 3, 3), heading: str = "Overview") -> dict[str, tuple[str, str]]:
    text = (
        f"# U.S.-Japan Relations\n\nUpdated {cover:%B} {cover.day}, {cover.year}\n\n## {heading}\n\n"
        f"Japan has been a U.S. treaty ally since 1952. {body}\n"
    )
    elections = extract_snapshot(text, brief="IF10199", updated=cover).snapshot.elections
    return {slug: (one.date, one.status) for slug, one in elections.items()}


@pytest.mark.parametrize(
    "body",
    [
        "A Lower House election is not required until October 2031, but the budget is scheduled for passage in March.",
        "A Lower House election is not due until October 2031, but a dissolution is planned for the spring.",
        "No Lower House election is required until October 2031, but Takaichi has been called on to hold one sooner.",
        "A Lower House election is not required until October 2031, but no date has been set for an early one.",
        "No Upper House election is due before July 2031, but a summit with President Lee is set for May.",
        "A Lower House election need not be held until October 2031, but a referendum on revision is planned for the "
        "spring.",
        "A Lower House election is not legally required until October 2031, but no date has been set for an early one.",
        "A Lower House election is not technically due until October 2031, but Takaichi has been called on to hold one "
        "sooner.",
        "A Lower House election is not required until October 2031, but one is scheduled for May.",
    ],
)
def test_a_deadline_stays_none_beside_another_thing_set(body: str) -> None:
    assert _read(body) == {}


@pytest.mark.parametrize(
    ("body", "cover"),
    [
        (
            "The Futenma replacement remains contested. Saga Governor Kishimoto Shuhei was reelected last December "
            "after agreeing to host Ospreys.",
            dt.date(2031, 3, 3),
        ),
        (
            "Ospreys from Futenma are to train at Saga Airport. Governor Kishimoto, who backed the deployment, was "
            "reelected last December.",
            dt.date(2031, 3, 3),
        ),
        ("Marines on Okinawa train with Ospreys. Guam Governor Lou Leon Guerrero was reelected last November.", None),
        ("Some Marines will leave Okinawa for Hawaii. Hawaii Governor Josh Green was reelected last November.", None),
        ("Futenma's Ospreys rotate through Kyushu. Kumamoto Governor Kimura Takashi was reelected last March.", None),
        (
            "The Henoko landfill continues. BOJ Governor Ueda Kazuo warned before the February 2026 election that the "
            "yen would weaken.",
            dt.date(2026, 3, 3),
        ),
        (
            "The Henoko landfill continues. Japan's central bank governor spoke out before the February 2031 election.",
            None,
        ),
        (
            "The Henoko landfill continues. The central bank governor warned before last month's election that rates "
            "would rise.",
            None,
        ),
    ],
)
def test_another_governor_is_not_okinawas(body: str, cover: dt.date | None) -> None:
    assert not any(slug.startswith("okinawa_governor") for slug in _read(body, cover or dt.date(2031, 3, 3), FORCES))


def test_a_central_bank_governor_under_a_heading_on_okinawa() -> None:
    body = "BOJ Governor Ueda Kazuo warned before the February 2026 election that the yen would weaken."
    assert not any(slug.startswith("okinawa_governor") for slug in _read(body, dt.date(2026, 3, 3), "Okinawa"))


@pytest.mark.parametrize(
    "body",
    [
        "The coalition lost its grip on the Upper House. Half of its seats were elected last July, in a vote the "
        "Okinawa governor cast as a referendum on Henoko.",
        "Half of the seats were elected last July, when the Okinawa governor campaigned against the LDP.",
    ],
)
def test_seats_elected_date_no_governor(body: str) -> None:
    assert not any(slug.startswith("okinawa_governor") for slug in _read(body))


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("The Lower House election is expected this fall, in October or November.", {"lower_house_2031": "2031"}),
        ("The LDP leadership race is due this fall, in September or October.", {"ldp_president_2031": "2031"}),
        ("The Lower House election is expected in October or November.", {}),
        ("The LDP leadership race is set for September 20 or 27.", {}),
        ("The Okinawa gubernatorial election is expected in September, or possibly October.", {}),
    ],
)
def test_one_of_two_dates_is_not_the_date(body: str, expected: dict[str, str]) -> None:
    assert {slug: date for slug, (date, _) in _read(body).items()} == expected


def test_next_spring_in_one_of_two_months_keeps_no_month() -> None:
    read = _read("The Lower House election is expected next spring, in March or April.")
    assert all(len(date) == 4 for date, _ in read.values())


@pytest.mark.parametrize(
    ("body", "slug", "date", "status"),
    [
        (
            "An Upper House election is not strictly required before July 2031, but one is scheduled for that month.",
            "upper_house_2031",
            "2031-07",
            "upcoming",
        ),
        ("Half of the Upper House was elected last July.", "upper_house_2030", "2030-07", "held"),
        ("Half of the Upper House was elected last month, on February 21.", "upper_house_2031", "2031-02-21", "held"),
        ("The Lower House election is expected this fall, in October.", "lower_house_2031", "2031-10", "upcoming"),
        (
            "Half of the Upper House was elected last July, and 40 seats went to the LDP.",
            "upper_house_2030",
            "2030-07",
            "held",
        ),
        (
            "Okinawa hosts most U.S. bases. Of the Marines leaving it, 4,000 are bound for Guam. The Futenma "
            "replacement at Henoko remains contested. Governor Tamaki, reelected in September 2030, opposes it.",
            "okinawa_governor_2030",
            "2030-09",
            "held",
        ),
    ],
)
def test_right_readings_kept(body: str, slug: str, date: str, status: str) -> None:
    assert elections_of(body) == {slug: {"date": date, "status": status}}


def test_a_mayoral_race_dates_no_chamber() -> None:
    body = (
        "In the Nago mayoral race on January 23, the incumbent won; two days later, the Upper House election campaign "
        "opened."
    )
    assert not any(slug.startswith("upper_house") for slug in _read(body, dt.date(2022, 3, 3)))
