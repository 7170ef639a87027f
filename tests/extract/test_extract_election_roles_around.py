"""Elections read by their roles around the words that name them: a chamber's vote only negated until its deadline
('No Lower House election is legally required until ...') is none; a day without its year takes no year from a person's
aside; a governor of no place named in a passage on Okinawa is Okinawa's, and a titled governor 'was elected' on a loose
date; a chamber's half 'was elected last month, on July 21'; a race's date given in a relative clause; 'There,'
pointing back to the chamber the sentence before names."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.traps import elections_of
from usjapan_facts.extract import extract_snapshot

OKINAWA = "Okinawa hosts most U.S. Marines in Japan. The Futenma replacement remains contested. "


@pytest.mark.parametrize(
    "body",
    [
        "No Lower House election is legally required until October 2031.",
        "A Lower House election is not constitutionally required until October 2031.",
        f"{OKINAWA}Governor Koike of Tokyo was reelected in July 2030.",
        f"{OKINAWA}Hokkaido hosts training ranges. Governor Suzuki was reelected in April 2030.",
        "South Korea's National Assembly is another matter. There, the ruling party lost its majority in April 2030.",
    ],
)
def test_no_election_is_read(body: str) -> None:
    assert elections_of(body) == {}


@pytest.mark.parametrize(
    ("body", "slug", "date", "status"),
    [
        (
            "The landslide her party won in the snap Lower House election of February 8 left her stronger than any "
            "leader since Abe Shinzo, who was shot and killed in July 2022.",
            "lower_house_2031",
            "2031-02-08",
            "held",
        ),
        (
            f"{OKINAWA}Governor Nakama Jiro, reelected in September 2030, refuses to approve a design change; the "
            "Fukuoka High Court will rule soon.",
            "okinawa_governor_2030",
            "2030-09",
            "held",
        ),
        ("Half of the Upper House was elected last month, on February 21.", "upper_house_2031", "2031-02-21", "held"),
        ("Half of the Upper House was elected last July.", "upper_house_2030", "2030-07", "held"),
        (
            "An Upper House election is not strictly required before July 2031, but one is scheduled for that month.",
            "upper_house_2031",
            "2031-07",
            "upcoming",
        ),
        (
            "The upper chamber is another matter. There, the partners lost their majority in the July 2030 election.",
            "upper_house_2030",
            "2030-07",
            "held",
        ),
        (
            "Kato will not run in the LDP's leadership race, which the party has set for September 27.",
            "ldp_president_2031",
            "2031-09-27",
            "upcoming",
        ),
    ],
)
def test_election_is_read(body: str, slug: str, date: str, status: str) -> None:
    assert elections_of(body) == {slug: {"date": date, "status": status}}


def test_titled_governor_elected_on_a_loose_date() -> None:
    """'Governor Nakama, who opposes the runway, was elected last September' under a heading on Okinawa."""
    cover = dt.date(2031, 3, 3)
    text = (
        "# U.S.-Japan Relations\n\nUpdated March 3, 2031\n\n## Overview\n\nJapan has been a U.S. treaty ally since "
        "1952.\n\n## Okinawa\n\nGovernor Nakama Jiro, who opposes the runway, was elected last September.\n"
    )
    elections = extract_snapshot(text, updated=cover).snapshot.elections
    assert {slug: (one.date, one.status) for slug, one in elections.items()} == {
        "okinawa_governor_2030": ("2030-09", "held")
    }
