"""Okinawa's governor race in more of the words a brief names it by: the prefecture choosing a governor, a governor
who won office, the governorship of Okinawa, and a governor's race under a heading on Okinawa; another place's
governor or a local office is none."""

from __future__ import annotations

import pytest

from tests.extract.traps import elections_of


@pytest.mark.parametrize(
    ("body", "slug", "date", "status"),
    [
        (
            "Okinawa will also choose a governor in September; incumbent Aiko Nakama, an opponent of the Henoko "
            "runway, is expected to run again.",
            "okinawa_governor_2031",
            "2031-09",
            "upcoming",
        ),
        (
            "Governor Aiko Nakama, who won office in November 2030 promising to stop the Henoko landfill, remains at "
            "odds with Tokyo.",
            "okinawa_governor_2030",
            "2030-11",
            "held",
        ),
        ("Nakama won the governorship of Okinawa in November 2030.", "okinawa_governor_2030", "2030-11", "held"),
        (
            "Okinawa's next gubernatorial election is due in September 2031.",
            "okinawa_governor_2031",
            "2031-09",
            "upcoming",
        ),
        ("Okinawans elected Aiko Nakama governor in November 2030.", "okinawa_governor_2030", "2030-11", "held"),
        ("Nakama was reelected governor of Okinawa in November 2030.", "okinawa_governor_2030", "2030-11", "held"),
        (
            "In Okinawa, Governor Nakama Aiko, who opposes the planned relocation of Marine Corps Air Station Futenma, "
            "faces voters in September 2031.",
            "okinawa_governor_2031",
            "2031-09",
            "upcoming",
        ),
        (
            "## Okinawa and the Bases\n\nThe prefecture's governor faces reelection in late 2031.",
            "okinawa_governor_2031",
            "2031",
            "upcoming",
        ),
        (
            "## The Okinawa Question\n\nGovernor Aiko Nakama, who won the prefecture's November 2030 gubernatorial "
            "election on a pledge to block the project, revoked the permit last October.",
            "okinawa_governor_2030",
            "2030-11",
            "held",
        ),
        (
            "Okinawa's governor is Aiko Nakama. Its voters will choose a governor again in September 2031.",
            "okinawa_governor_2031",
            "2031-09",
            "upcoming",
        ),
        (
            "Governor Nakama died on January 8, 2031. A vote to choose her successor has been set for March 29.",
            "okinawa_governor_2031",
            "2031-03-29",
            "upcoming",
        ),
        (
            "Okinawa's governor opposes the runway. Her term ends in December 2031; the election for her post is "
            "expected in November.",
            "okinawa_governor_2031",
            "2031-11",
            "upcoming",
        ),
        (
            "Okinawa Governor Aiko Nakama opposes the runway. The gubernatorial contest expected late this year "
            "will test support for it.",
            "okinawa_governor_2031",
            "2031",
            "upcoming",
        ),
        (
            "Nakama won the February 11 Okinawa governor's election by a wide margin.",
            "okinawa_governor_2031",
            "2031-02-11",
            "held",
        ),
        (
            "Okinawa hosts most U.S. bases in Japan. The prefecture's gubernatorial vote will take place on May 10.",
            "okinawa_governor_2031",
            "2031-05-10",
            "upcoming",
        ),
    ],
)
def test_okinawas_governor_race_is_read_in_more_words(body: str, slug: str, date: str, status: str) -> None:
    """Each wording names Okinawa's governor race, dated by its own words."""
    assert elections_of(body)[slug] == {"date": date, "status": status}


@pytest.mark.parametrize(
    "body",
    [
        "Osaka will choose a governor in April 2031, and Okinawa's assembly will vote on the Henoko runway.",
        "Governor Aiko Nakama, who once won office promising to stop Henoko, met the President in January 2031.",
        "## Okinawa and the Bases\n\nIn the February 2031 mayoral race in Nago, a candidate backed by the LDP won.",
        "## Okinawa and the Bases\n\nTokyo's governor faces reelection in July 2031.",
        "Okinawa Governor Aiko Nakama met the governor of Hokkaido, who won a gubernatorial election in April 2031.",
    ],
    ids=["another-prefecture", "undated-win", "mayoral", "tokyo-under-okinawa-heading", "another-governor-who-won"],
)
def test_another_places_race_or_an_undated_win_is_no_okinawa_election(body: str) -> None:
    """Another prefecture's governor, a city's mayor, or a win with no date of its own is no Okinawa race."""
    assert not any(slug.startswith("okinawa_governor") for slug in elections_of(body))
