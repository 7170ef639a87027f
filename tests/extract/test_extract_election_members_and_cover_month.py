"""An election named by the chamber's members ('the councillors' next contest', never a city's councillors), beside
a vote only supposed ('unless ... a snap election'); and one dated to the cover's own month without its day, which is
upcoming unless its words say it happened."""

from __future__ import annotations

import pytest

from tests.extract.traps import elections_of


@pytest.mark.parametrize(
    ("body", "cover", "slug", "date", "status"),
    [
        (
            "Barring a snap election, the next nationwide vote is the councillors' regular contest in July 2031.",
            "March 3, 2031",
            "upper_house_2031",
            "2031-07",
            "upcoming",
        ),
        (
            "Half of the House of Councillors is renewed in July 2031; the deputies who were elected in February can "
            "stay until February 2035.",
            "March 3, 2031",
            "upper_house_2031",
            "2031-07",
            "upcoming",
        ),
        (
            "| When | What |\n| --- | --- |\n| Sept. 2031 | Okinawa governor race |\n",
            "September 9, 2031",
            "okinawa_governor_2031",
            "2031-09",
            "upcoming",
        ),
    ],
)
def test_an_election_of_members_or_of_the_cover_month_is_read(
    body: str, cover: str, slug: str, date: str, status: str
) -> None:
    """The councillors' contest is the Upper House's; the cover's month is upcoming unless said to be past."""
    assert elections_of(body, cover)[slug] == {"date": date, "status": status}


def test_a_city_councillors_election_is_no_upper_house_election() -> None:
    """Councillors of a city or a prefecture are no chamber of the Diet."""
    read = elections_of("Nago's city councillors' election in July 2031 drew notice.")
    assert not any(slug.startswith("upper_house") for slug in read)
