"""Dated events and elections told by their roles across two sentences or in a timeline's present: a vote's day
counted from a deed's day the sentence after names ('the July 2031 election. Three days before that vote, on July 9,
...'), never from a vote to come that the words point to instead; a day without its year that 'the same day' points
back to, in the year of its context; a person's pronoun opening a sentence carrying the person the sentence before
names ('Abe ... His address to a joint meeting of Congress'); a timeline's entries in the present ('April 2019:
formal negotiations open'); a deal's terms said to be final and a limited deal named by its kind."""

from __future__ import annotations

import datetime as dt

import pytest

from usjapan_facts.extract import extract_snapshot

TITLE = {"IF10199": "U.S.-Japan Relations", "IF11120": "U.S.-Japan Trade Agreements and Tariff Negotiations"}
ANCHOR = {
    "IF10199": "Japan has been a U.S. treaty ally since 1952.",
    "IF11120": "The two countries signed the U.S.-Japan Trade Agreement in October 2019.",
}


def occasions(body: str, cover: dt.date, brief: str = "IF10199") -> dict[str, tuple[str, str | None]]:
    """The elections and events read from `body` in a brief's text dated `cover`: each slug's date and status."""
    text = (
        f"# {TITLE[brief]}\n\nUpdated {cover:%B} {cover.day}, {cover.year}\n\n## Overview\n\n{ANCHOR[brief]} {body}\n"
    )
    snapshot = extract_snapshot(text, brief=brief, updated=cover).snapshot
    read = {slug: (election.date, election.status) for slug, election in snapshot.elections.items()}
    return read | {slug: (event.date, event.status) for slug, event in snapshot.events.items()}


def test_a_vote_takes_the_day_counted_from_a_deed_the_next_sentence_dates() -> None:
    """'Three days before that vote, on July 9': the vote the sentence before put in July 2031 fell on July 12."""
    read = occasions(
        "In the House of Councillors, the ruling parties added seats in the July 2031 election. Three days before "
        "that vote, on July 9, a storm flooded much of Kyushu.",
        dt.date(2032, 2, 1),
    )
    assert read["upper_house_2031"] == ("2031-07-12", "held")


def test_a_count_to_the_vote_to_come_leaves_an_earlier_vote_as_it_was() -> None:
    """'since October 2027, ... They expire on October 21, ten days before the vote': the count runs to the vote to
    come in the cover's year, never to 2027's."""
    read = occasions(
        "The coming election will be the first for the lower chamber since October 2027, when the coalition took "
        "313 of the 465 seats. Members' terms expire on October 21, ten days before the vote.",
        dt.date(2031, 10, 5),
    )
    assert read["lower_house_2027"] == ("2027-10", "held")


@pytest.mark.parametrize(
    ("body", "cover", "brief", "slug", "want"),
    [
        (
            "\n\n## The Talks\n\nPrime Minister Ishiba Shigeru spoke with President Trump by telephone on April 7. "
            "The same day, the Administration announced that Japan would be among the first countries with which "
            "it would negotiate.",
            dt.date(2025, 4, 23),
            "IF11120",
            "tariff_talks_announced",
            ("2025-04-07", "held"),
        ),
        (
            "Abe has made the alliance the centerpiece of his policy. His address to a joint meeting of Congress on "
            "April 29, a first for a Japanese leader, capped a week-long visit.",
            dt.date(2015, 9, 24),
            "IF10199",
            "abe_address_to_congress",
            ("2015-04-29", "held"),
        ),
        (
            "Key dates follow. April 2019: formal negotiations open in Washington.",
            dt.date(2022, 3, 15),
            "IF11120",
            "first_negotiating_round",
            ("2019-04", "held"),
        ),
        (
            "Key dates follow. September 25, 2019: the two leaders confirm in New York that terms are final.",
            dt.date(2022, 3, 15),
            "IF11120",
            "stage_one_deal_finalized",
            ("2019-09-25", "held"),
        ),
        (
            "The USJTA is a limited tariff deal that the two leaders finalized on September 25, 2019.",
            dt.date(2026, 9, 9),
            "IF11120",
            "stage_one_deal_finalized",
            ("2019-09-25", "held"),
        ),
    ],
)
def test_an_event_is_read_by_its_roles_across_sentences_and_tenses(
    body: str, cover: dt.date, brief: str, slug: str, want: tuple[str, str]
) -> None:
    """The event's date from the day 'the same day' points back to, its subject from the pronoun's person, its deed
    in a timeline's present, its deal by its kind."""
    assert occasions(body, cover, brief)[slug] == want


@pytest.mark.parametrize(
    "body",
    [
        "Moon Jae-in has made the alliance his focus. His address to a joint meeting of Congress on April 29 drew "
        "praise.",
        "President Park, received warmly by Abe, spoke in Tokyo. Her address to a joint meeting of Congress on "
        "April 29 drew praise.",
    ],
)
def test_another_persons_speech_is_no_abe_address(body: str) -> None:
    """A pronoun carries the person the sentence before opens on: never Abe where it names another."""
    assert "abe_address_to_congress" not in occasions(body, dt.date(2015, 9, 24))


@pytest.mark.parametrize(
    "body",
    [
        "The U.S. Trade Representative notified Congress on October 16 of the intent to negotiate, which means formal "
        "talks cannot begin before January 2019.",
        "Press reports last November said the Administration had sought more; formal talks on a successor have yet "
        "to open.",
    ],
)
def test_a_bare_verb_after_a_modal_or_to_is_no_opening(body: str) -> None:
    """A timeline's present reads a deed done, never the verb's bare form after 'cannot' or 'yet to'."""
    assert "first_negotiating_round" not in occasions(body, dt.date(2020, 6, 1), "IF11120")


@pytest.mark.parametrize(
    ("body", "slug", "want"),
    [
        ("- Party: Abe kept the LDP presidency, unopposed, on September 8.", "ldp_president_2015", "2015-09-08"),
        ("- Upper House: roughly 56% of seats, a majority regained in July 2013.", "upper_house_2013", "2013-07"),
    ],
)
def test_a_contest_kept_or_a_majority_regained_dates_its_vote(body: str, slug: str, want: str) -> None:
    """A leadership kept past an aside on how ('unopposed'), a chamber's majority regained told by its participle."""
    assert occasions(body, dt.date(2015, 9, 24))[slug] == (want, "held")


def test_a_vote_told_by_its_result_takes_the_day_counted_from_the_next_sentence() -> None:
    """'expanded its majority in July 2031. Two days before the election, on July 8, ...': July 10, 2031."""
    read = occasions(
        "Upper House: the coalition expanded its majority in July 2031. Two days before the election, on July 8, a "
        "typhoon closed polling stations in Okinawa.",
        dt.date(2032, 2, 1),
    )
    assert read["upper_house_2031"] == ("2031-07-10", "held")


def test_the_office_chosen_is_the_one_nearest_the_choice() -> None:
    """'who spent years as chief cabinet secretary ..., was chosen to lead the LDP on ...': the party's leader chosen,
    never a 'chief' in a relative clause before."""
    read = occasions(
        "Suga Yoshihide, who spent nearly eight years as chief cabinet secretary to his predecessor, was chosen to "
        "lead the Liberal Democratic Party (LDP) on September 14, 2020; the Diet confirmed him two days later.",
        dt.date(2021, 2, 23),
    )
    assert read["ldp_president_2020"] == ("2020-09-14", "held")


@pytest.mark.parametrize(
    ("body", "read"),
    [
        (
            "Governor Tamaki Denny, reelected in September 2030, opposes the Henoko landfill; his term ends next "
            "September.",
            True,
        ),
        ("Governor Koike of Tokyo was reelected in July 2030; her term ends in July 2034.", False),
    ],
)
def test_a_governors_term_end_calls_the_vote_for_the_post(body: str, read: bool) -> None:
    """'his term ends next September' beside his reelection: Okinawa's next vote, never another prefecture's."""
    assert (occasions(body, dt.date(2033, 10, 29)).get("okinawa_governor_2034") == ("2034-09", "upcoming")) is read
