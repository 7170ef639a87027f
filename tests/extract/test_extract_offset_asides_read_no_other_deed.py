"""Review of the elections-by-roles branch (issue #18, round thirty): a deed dated from another (', two years after
overtaking China,', ', a year after it held 64% of the Lower House') starts no clause, so a subject keeps its
predicate and a past share is not the chamber's now; a yearless day whose only year sits in a deed years apart
(', three years after winning in 2022') takes no year, never the cover's.

Every sentence is invented for the test (the review's own).
"""

from __future__ import annotations

import datetime as dt

import pytest

from usjapan_facts.extract import extract_snapshot
from usjapan_facts.model import Snapshot

_TRADE = "# U.S.-Japan Trade Agreements and Tariff Negotiations\n\nUpdated {cover}\n\n## Trade\n\n" + (
    "The two countries signed the U.S.-Japan Trade Agreement in October 2019. {body}\n"
)
_POLITICS = (
    "# U.S.-Japan Relations\n\nUpdated {cover}\n\n## Politics\n\nJapan has been a U.S. treaty ally since 1952. {body}\n"
)


def _snapshot(brief: str, body: str, cover: dt.date) -> Snapshot:
    template = _TRADE if brief == "IF11120" else _POLITICS
    text = template.format(cover=f"{cover:%B} {cover.day}, {cover.year}", body=body)
    return extract_snapshot(text, brief=brief, updated=cover).snapshot


@pytest.mark.parametrize(
    "body",
    [
        "Mexico, two years after overtaking China, is the top U.S. trading partner; Japan ranks fifth.",
        "Mexico, a year after overtaking Canada, is the top U.S. trading partner; Japan is fifth.",
        "Canada, two years after losing the lead, is the second-largest U.S. trading partner; Japan ranks fifth.",
        "Mexico, two years after overtaking China, ranks first among U.S. trading partners; Japan ranks fifth.",
    ],
)
def test_an_offset_aside_leaves_another_countrys_rank_with_its_subject(body: str) -> None:
    """'Mexico, two years after overtaking China, is the top U.S. trading partner': Mexico's place, not Japan's."""
    facts = _snapshot("IF11120", body, dt.date(2026, 3, 1)).facts
    assert facts["trade.overall_partner_rank"].value == 5


@pytest.mark.parametrize(
    "body",
    [
        "The coalition lost its majority in the Upper House, a year after it held 64% of the Lower House.",
        "The LDP and Komeito hold 47% of the Upper House, a year after they held 64% of the Lower House.",
        "The LDP-led coalition controls 48% of the upper chamber, two years after it controlled 58% of the lower "
        "chamber.",
        "The ruling coalition held 64% of Lower House seats, two years before it lost its majority in the upper house.",
    ],
)
def test_a_past_share_in_an_offset_phrase_is_no_share_now(body: str) -> None:
    """', a year after it held 64% of the Lower House': a share the coalition held, not its share now."""
    facts = _snapshot("IF10199", body, dt.date(2026, 3, 1)).facts
    assert "politics.lower_house_coalition_share" not in facts


@pytest.mark.parametrize(
    ("body", "cover", "wrong"),
    [
        (
            "The LDP lost its Upper House majority on July 20, its first such loss since 2007, three years after "
            "winning in 2022.",
            dt.date(2026, 11, 15),
            {"upper_house_2026", "upper_house_2022", "upper_house_2007"},
        ),
        (
            "The Upper House election was held on July 10, two days after Abe was shot on July 8, 2022.",
            dt.date(2026, 3, 1),
            {"upper_house_2025", "upper_house_2026"},
        ),
        (
            "The coalition lost its Lower House majority on October 27, three weeks after Ishiba took office in "
            "October 2024.",
            dt.date(2026, 3, 1),
            {"lower_house_2025", "lower_house_2026"},
        ),
        (
            "The LDP chose Takaichi as president in October 2025, two weeks after Ishiba quit and eleven weeks after "
            "the July 20 Upper House election.",
            dt.date(2027, 3, 1),
            {"upper_house_2026", "upper_house_2027"},
        ),
    ],
)
def test_a_yearless_day_beside_an_offset_deed_takes_not_the_covers_year(
    body: str, cover: dt.date, wrong: set[str]
) -> None:
    """'on July 20, ..., three years after winning in 2022': no day of 2022, nor of the cover's year."""
    assert not wrong & set(_snapshot("IF10199", body, cover).elections)


def test_a_fronted_month_stays_the_votes_beside_an_offset_aside() -> None:
    """'In February 2026, four months after taking office, ... the February 8 general election': 2026, not 2027."""
    body = (
        "In February 2026, four months after taking office, Takaichi won a landslide in the February 8 general "
        "election."
    )
    elections = _snapshot("IF10199", body, dt.date(2027, 3, 1)).elections
    assert {slug: one.date for slug, one in elections.items()} == {"lower_house_2026": "2026-02"}
