"""Dated records told by a role the readers had missed: a chamber's majority, or the chamber itself, the object of a
relative clause that dates its winning or losing; a departure's verb in the main clause with the result in the 'after'
clause (the result is the cause, not the departure's sequel); the 2019 deal named bare as the subject of its
completion, or its completion reported by a dated announcement; a signing in another clause of the sentence.
"""

from __future__ import annotations

import pytest

from tests.extract.if11120_events import events_of
from tests.extract.traps import elections_of

STAGE = "stage_one_deal_finalized"


@pytest.mark.parametrize(
    ("body", "cover", "slug", "date"),
    [
        (
            "The ruling bloc also controls the House of Councillors, a majority that Abe's parties won in July 2013.",
            "March 1, 2015",
            "upper_house_2013",
            "2013-07",
        ),
        (
            "Ishiba's cabinet governs without the Upper House, which the LDP and Komeito lost in July 2025.",
            "December 1, 2025",
            "upper_house_2025",
            "2025-07",
        ),
        (
            "Ishiba Shigeru quit as prime minister after the coalition lost its Upper House majority in July 2025.",
            "December 1, 2025",
            "upper_house_2025",
            "2025-07",
        ),
    ],
)
def test_a_majority_won_or_lost_as_the_object_of_its_clause(body: str, cover: str, slug: str, date: str) -> None:
    """The majority (or the chamber) a relative clause's verb wins or loses dates the chamber's election."""
    assert elections_of(body, cover)[slug] == {"date": date, "status": "held"}


def test_a_partner_that_left_is_still_no_election() -> None:
    """A majority lost when a partner quit stays unread: the departure is the loss's cause, not its sequel."""
    body = "The LDP lost its Lower House majority in October 2025 when Komeito quit the coalition."
    assert "lower_house_2025" not in elections_of(body, "December 1, 2025")


@pytest.mark.parametrize(
    "body",
    [
        "Negotiators kept at it through the summer. An agreement was concluded on September 25, 2019, in New York.",
        "The pact was sealed on September 25, 2019, as the two leaders met at the United Nations.",
        "Trump and Abe said on September 25 that the two agreements had been finalized; they were signed in "
        "Washington on October 7, 2019.",
        "Final terms of the first stage were confirmed by the leaders on September 25, 2019, and the two texts were "
        "signed two weeks later.",
    ],
)
def test_the_deal_named_bare_reported_or_beside_its_signing(body: str) -> None:
    """A bare 'agreement' completed in the talks' year, a completion reported on a day, a signing in its own clause."""
    assert events_of(body, "November 20, 2019")[STAGE] == "2019-09-25"


def test_a_deal_in_principle_reported_is_not_the_finalized_deal() -> None:
    """The report of an agreement in principle is not the deal finalized."""
    body = "The leaders said on August 25, 2019, that a deal had been reached in principle."
    assert events_of(body, "November 20, 2019").get(STAGE) != "2019-08-25"


TALKS = "tariff_talks_announced"


@pytest.mark.parametrize(
    "body",
    [
        "On April 7, the Administration stated that Japan would be one of the first countries to negotiate.",
        "Tokyo asked for relief from the new duties. President Trump said on April 7 that Japan would send its "
        "economy minister to Washington to negotiate.",
    ],
)
def test_the_talks_announced_in_the_us_sides_reported_speech(body: str) -> None:
    """A U.S. report whose clause makes Japan the one to negotiate is the talks' announcement, on the report's day."""
    assert events_of(body, "June 20, 2025")[TALKS] == "2025-04-07"


def test_tokyos_own_word_on_negotiating_is_no_announcement() -> None:
    """Japan's leader saying how Japan would negotiate announces no talks."""
    body = "Ishiba said on May 12 that Japan would negotiate patiently and would not rush."
    assert TALKS not in events_of(body, "June 20, 2025")


@pytest.mark.parametrize(
    ("body", "cover", "slug", "date"),
    [
        (
            "The general election of last December returned the coalition with 326 seats in the Lower House.",
            "June 1, 2015",
            "lower_house_2014",
            "2014-12",
        ),
        (
            "Japan's next nationwide contest is the Upper House election of summer 2028.",
            "March 1, 2026",
            "upper_house_2028",
            "2028",
        ),
    ],
)
def test_an_elections_date_told_by_of(body: str, cover: str, slug: str, date: str) -> None:
    """'the election of last December', 'the election of summer 2028': the date the noun's 'of' gives, loose."""
    assert elections_of(body, cover)[slug]["date"] == date
