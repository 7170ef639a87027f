"""The dated records (agreements' dates, events, elections) read by the roles their sentences fill, each class apart.

A date fronted in a coordinated clause is the next deed's; a subject of names each with its own relative aside; the
object inside the deed's words ('made it public') and a deed with an object of its own; talks said to come; a chamber
pointed back to; a clause negating only itself; a term's end with its holder as subject; a leadership race whose
party the sentence before names; an event's deed in the relative clause that ends its sentence.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.if11120_events import events_of
from usjapan_facts.extract import extract_snapshot

TRADE = "# U.S.-Japan Trade Agreements and Tariff Negotiations\n\nUpdated {updated}\n\n## {heading}\n\n"
RELATIONS = (
    "# U.S.-Japan Relations\n\nUpdated {updated}\n\n## Politics\n\nJapan has been a U.S. treaty ally since 1952. "
)


def _trade_facts(paragraph: str, updated: str, heading: str = "Agreements") -> dict[str, Any]:
    text = TRADE.format(updated=updated, heading=heading) + "Japan is a top U.S. trading partner. " + paragraph + "\n"
    facts = extract_snapshot(text, brief="IF11120").snapshot.facts
    return {fact_id: fact.model_dump(mode="json")["value"] for fact_id, fact in facts.items()}


def _elections(paragraph: str, updated: str) -> dict[str, tuple[str, str | None]]:
    snapshot = extract_snapshot(RELATIONS.format(updated=updated) + paragraph + "\n", brief="IF10199").snapshot
    return {slug: (election.date, election.status) for slug, election in snapshot.elections.items()}


@pytest.mark.parametrize(
    "paragraph",
    [
        # a date fronted in the clause after ', and': the signing's, not the announcement's
        "The two leaders declared on September 25, 2019, that their negotiators had completed the first stage, and "
        "on October 7, 2019, envoys of both governments signed the U.S.-Japan Trade Agreement and the U.S.-Japan "
        "Digital Trade Agreement.",
        # the subject is both names, each with its own relative clause; the day counted back from the cover
        "The U.S.-Japan Trade Agreement, which lowers duties on farm goods, and the U.S.-Japan Digital Trade "
        "Agreement, which covers data flows, were signed in Washington last October 7.",
        # the signing said as putting names to the texts
        "Ambassador Sugiyama and USTR Lighthizer put their names to the USJTA and the digital agreement on October 7, "
        "2019.",
    ],
    ids=["fronted-in-coordinated-clause", "subject-past-asides", "names-put-to"],
)
def test_the_signing_by_the_role_of_its_date_and_subject(paragraph: str) -> None:
    assert _trade_facts(paragraph, "June 3, 2020")["agreements.usjta_signed"] == "2019-10-07"


def test_the_framework_announced_by_the_object_in_its_deed_and_not_by_tariffs_announced() -> None:
    """'made it public' after a colon points back to 'a deal'; 'announced "reciprocal" tariffs' has an object of its
    own, no agreement."""
    facts = _trade_facts(
        'Tokyo sought talks after President Trump announced "reciprocal" tariffs on April 2, 2025. Instead, a deal was '
        "struck with Japan: the President made it public on July 22, 2025.",
        "August 20, 2026",
        heading="The 2025 Framework",
    )
    assert facts["framework.announced"] == "2025-07-22"


def test_talks_said_to_come_are_the_tariff_talks_announced_only_in_their_year() -> None:
    """'said talks with Tokyo would begin' after a tariff: the announcement; a day without its year is never one of a
    later year than the talks'."""
    said = "On April 7, after a 24% tariff on Japanese goods, the White House said that talks with Tokyo would begin."
    context = "Japan's turn came early in 2025. "
    assert events_of(context + said, "March 24, 2026")["tariff_talks_announced"] == "2025-04-07"
    assert "tariff_talks_announced" not in events_of(said, "August 20, 2026")


def test_a_surcharge_whose_relative_clause_tells_its_end() -> None:
    """'..., which lapsed on July 23' said of the surcharge the main clause names: July 23 of the cover's year."""
    events = events_of(
        "A Section 301 duty now replaces a temporary surcharge of 10% under Section 122, which lapsed on July 23.",
        "August 20, 2026",
    )
    assert events["section122_surcharge_expired"] == "2026-07-23"


@pytest.mark.parametrize(
    ("paragraph", "updated", "slug", "expected"),
    [
        (
            "The coalition is short of a majority in the House of Councillors. Half of its members face the voters "
            "again in July 2028; no national election is scheduled before then.",
            "March 24, 2026",
            "upper_house_2028",
            ("2028-07", "upcoming"),
        ),
        (
            "Okinawa's governor, a critic of the Henoko plan, finishes his term in September, when the prefecture will "
            "elect a governor.",
            "March 24, 2026",
            "okinawa_governor_2026",
            ("2026-09", "upcoming"),
        ),
        (
            "The LDP picks a new president on October 4. One contender, Takaichi Sanae, finished second to Ishiba in "
            "the September 2024 leadership race.",
            "September 10, 2025",
            "ldp_president_2024",
            ("2024-09", "held"),
        ),
    ],
    ids=["chamber-pointed-back", "term-end-by-holder", "leadership-race-carried"],
)
def test_elections_by_their_roles(paragraph: str, updated: str, slug: str, expected: tuple[str, str]) -> None:
    assert _elections(paragraph, updated)[slug] == expected


def test_another_countrys_leadership_race_is_not_the_ldps() -> None:
    """A leadership race after a sentence on the LDP, in a sentence naming another country: not the LDP's."""
    elections = _elections(
        "The LDP picks a new president on October 4. Britain's Conservatives held a leadership race in July 2024.",
        "September 10, 2025",
    )
    assert "ldp_president_2024" not in elections
