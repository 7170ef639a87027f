"""The Upper House's regular contest in more of the words a brief names it by: the chamber turning over, going to
the polls, the seats one contest fills, the year alone where no month is written, and 'not until' a cycle year."""

from __future__ import annotations

import pytest

from tests.extract.traps import elections_of


@pytest.mark.parametrize(
    ("body", "date"),
    [
        ("Half of the House of Councillors turns over in July 2031.", "2031-07"),
        ("In the summer of 2031, half the upper chamber goes to the polls.", "2031"),
        ("Some 124 upper-house seats come up for election this July.", "2031-07"),
        ("Voters will fill 125 House of Councillors seats in mid-2031.", "2031"),
        ("The Upper House will not face voters again until 2031.", "2031"),
        ("The upper chamber need not go to the polls until July 2031.", "2031-07"),
        (
            "Hoshino need not face the voters before 2031. In July of that year 124 House of Councillors seats "
            "come up.",
            "2031-07",
        ),
        (
            "The next vote is not due until late 2031, when half of the upper chamber is chosen; the Lower House may "
            "sit until October 2033.",
            "2031",
        ),
    ],
)
def test_the_upper_houses_regular_contest_is_read_in_more_words(body: str, date: str) -> None:
    """Each wording names the Upper House's regular contest, dated as precisely as it is written."""
    assert elections_of(body)["upper_house_2031"] == {"date": date, "status": "upcoming"}


@pytest.mark.parametrize(
    "body",
    [
        "The Lower House need not face voters until 2031.",
        "Half of the upper chamber is next chosen in 2032.",
        "Half of the Upper House's members are women, a share that rose in July 2031.",
        "Neither the Upper House nor the Lower House has to face voters until 2031.",
    ],
    ids=["lower-house-deadline", "off-cycle-year", "no-election", "both-chambers"],
)
def test_a_deadline_an_off_cycle_year_or_no_contest_gives_no_upper_house_election(body: str) -> None:
    """The Lower House's deadline, a year off the three-year cycle, or a sentence naming no contest reads nothing."""
    assert not any(slug.startswith("upper_house") for slug in elections_of(body))
