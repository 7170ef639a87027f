"""Dated events, agreements and elections told in wordings the readers had not met: the roles of the sentence still
give each its date.

Each class has its own test: an agreement's signing told by a participle opening the sentence, its subject the main
clause's; an agreement named by its deal noun and a topic set off by a comma; a chamber's seats up or at stake in a
month counted from the cover; an election's day straight after 'held'; a day counted back from the cover ('last April
29') in the clause before the event's 'when' clause; the event's noun as the subject of an aside that opens with
'before'; the noun past a long aside set off by commas; the talks announced by a 'statement'; the deal of the sentence
before, its terms pointed back to. And the traps: another deed's count, a speech that echoes the address.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.if11120_events import events_of
from tests.extract.traps import elections_of
from usjapan_facts.extract import extract_snapshot

TRADE = "# U.S.-Japan Trade Agreements and Tariff Negotiations\n\nUpdated {updated}\n\n## Background\n\n"
ANCHOR = "Japan was the fifth-largest U.S. trading partner in 2022.\n\n"
CMA = "agreements.critical_minerals_signed"
RELATIONS = "Updated {updated}\n\n## U.S.-Japan Relations\n\nJapan has been a U.S. treaty ally since 1952.\n\n"


def _trade(body: str, updated: str) -> dict[str, Any]:
    text = TRADE.format(updated=updated) + ANCHOR + body + "\n"
    facts = extract_snapshot(text, brief="IF11120").snapshot.facts
    return {fact_id: fact.model_dump(mode="json")["value"] for fact_id, fact in facts.items()}


def _relations_events(body: str, updated: str) -> dict[str, str]:
    snapshot = extract_snapshot(RELATIONS.format(updated=updated) + body + "\n").snapshot
    return {slug: event.date for slug, event in snapshot.events.items()}


@pytest.mark.parametrize(
    "body",
    [
        # a day without its year, the sentence before naming none: the cover's
        "The talks have moved from tariffs to supply chains. Signed in Washington on March 28 by Trade "
        "Representative Tai and Ambassador Tomita, a U.S.-Japan Critical Minerals Agreement commits both sides to keep "
        "export duties off lithium.",
        "A third pact, on critical minerals used in electric-vehicle batteries, was signed with Japan on March 28, "
        "2023.",
    ],
)
def test_a_signing_told_by_a_fronted_participle_or_a_pact_on_a_topic(body: str) -> None:
    """The participle's agreement is the main clause's subject; 'a pact, on critical minerals' names the agreement."""
    assert _trade(body, "April 18, 2023")[CMA] == "2023-03-28"


@pytest.mark.parametrize(
    ("body", "cover", "expected"),
    [
        (
            "Half of the upper chamber's 242 seats are up this July, in the first national vote open to 18-year-olds.",
            "February 1, 2016",
            {"upper_house_2016": "2016-07"},
        ),
        (
            "In the House of Councillors, the coalition commands about 57% of the seats, but half of them are at "
            "stake this July.",
            "April 20, 2025",
            {"upper_house_2025": "2025-07"},
        ),
        (
            "Ishiba then called a snap election. In that contest, held October 27, the LDP and Komeito lost their "
            "majority in the House of Representatives.",
            "April 20, 2025",
            {"lower_house_2024": "2024-10-27"},
        ),
    ],
)
def test_a_chambers_seats_up_or_at_stake_and_a_day_straight_after_held(
    body: str, cover: str, expected: dict[str, str]
) -> None:
    """Seats up or at stake 'this July' are the chamber's coming election; 'held October 27' the contest's day."""
    assert {slug: value["date"] for slug, value in elections_of(body, cover).items()} == expected


def test_a_day_counted_back_from_the_cover_before_the_events_when_clause() -> None:
    """'last April 29, when Abe became the first Japanese leader to address a joint meeting of Congress': 2015."""
    body = (
        "The allies marked the relationship's maturity last April 29, when Abe became the first Japanese leader to "
        "address a joint meeting of Congress."
    )
    assert _relations_events(body, "February 1, 2016")["abe_address_to_congress"] == "2015-04-29"


def test_a_speech_echoing_the_address_gives_none() -> None:
    """A statement that echoes the speech to Congress is not the address."""
    body = "In a statement last August 14, Abe echoed his speech to Congress."
    assert "abe_address_to_congress" not in _relations_events(body, "February 1, 2016")


@pytest.mark.parametrize(
    ("paragraph", "cover", "slug", "date"),
    [
        (
            "Formal talks opened in April 2019, a month before a presidential proclamation of May 17, 2019, declared "
            "imports of autos and parts a threat to U.S. national security.",
            "May 1, 2024",
            "section232_autos_proclamation",
            "2019-05-17",
        ),
        (
            "A temporary import surcharge of 10%, proclaimed under Section 122 of the Trade Act of 1974 after the "
            "Supreme Court invalidated tariffs imposed under the International Emergency Economic Powers Act (IEEPA), "
            "lapsed on July 23, 2026, once the 150 days the statute permits had run out.",
            "September 1, 2026",
            "section122_surcharge_expired",
            "2026-07-23",
        ),
        (
            "The Administration's April 7, 2025, statement that Japan would be among the first partners it would "
            'negotiate with came five days after a 24% "reciprocal" rate had been announced for Japan.',
            "September 1, 2026",
            "tariff_talks_announced",
            "2025-04-07",
        ),
        (
            "A first, limited trade deal between the United States and Japan awaits only Japan's ratification. Its "
            "terms were settled at a meeting between President Trump and Prime Minister Abe on September 25 in New "
            "York.",
            "November 1, 2019",
            "stage_one_deal_finalized",
            "2019-09-25",
        ),
    ],
)
def test_an_events_noun_as_a_subject_past_an_aside_or_pointed_back_to(
    paragraph: str, cover: str, slug: str, date: str
) -> None:
    """The proclamation that is the subject of an aside opening with 'before', the surcharge past a long aside, the
    talks announced by a statement, the deal of the sentence before whose terms were settled: each its own date."""
    assert events_of(paragraph, cover)[slug] == date
