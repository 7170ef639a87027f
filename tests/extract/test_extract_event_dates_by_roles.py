"""Tracked events and votes dated by their roles: the 2025 talks' opening told by the call they began after; a date
counted back from the cover in the event's own stretch past a semicolon ('since December 2012; his address ...,
delivered two years ago last month') or to a named month ('three years ago this April'); the Supreme Court's ruling
dated in its own noun phrase, in a text that names IEEPA; a Diet chamber named by its members in a table's label.

Every sentence is invented for the test.
"""

from __future__ import annotations

import pytest

from usjapan_facts.extract import extract_snapshot

HEADS = {
    "IF10199": "# U.S.-Japan Relations\n\nUpdated {cover}\n\n## Politics\n\n"
    "Japan has been a U.S. treaty ally since 1952. ",
    "IF11120": "# U.S.-Japan Trade Agreement Negotiations\n\nUpdated {cover}\n\n## Tariffs\n\n"
    "In 2024, U.S. goods imports from Japan were $148.2 billion. ",
}


def _read(brief: str, cover: str, body: str, slug: str) -> str | None:
    snapshot = extract_snapshot(HEADS[brief].format(cover=cover) + body + "\n", brief=brief).snapshot
    for table in (snapshot.elections, snapshot.events):
        if slug in table:
            return table[slug].date
    fact = snapshot.facts.get(slug)
    return None if fact is None else str(fact.value)


@pytest.mark.parametrize(
    ("brief", "cover", "body", "slug", "expected"),
    [
        (
            "IF11120",
            "September 10, 2025",
            "The negotiations had begun after President Trump spoke with Ishiba by telephone on April 7, 2025, days "
            "after the tariffs were announced; Akazawa later made seven trips to Washington.",
            "tariff_talks_announced",
            "2025-04-07",
        ),
        (
            "IF10199",
            "May 24, 2017",
            "Abe has led Japan since December 2012; his address to a joint meeting of Congress, delivered two years "
            "ago last month, was the first by any Japanese leader.",
            "abe_address_to_congress",
            "2015-04",
        ),
        (
            "IF10199",
            "June 10, 2018",
            "Abe's speech to a joint meeting of Congress, given three years ago this April, is still cited.",
            "abe_address_to_congress",
            "2015-04",
        ),
        (
            "IF11120",
            "April 1, 2026",
            "IEEPA duties had covered most goods. Refunds began after the Supreme Court's February 20, 2026, decision.",
            "tariffs.ieepa_ruling",
            "2026-02-20",
        ),
        (
            "IF10199",
            "April 1, 2031",
            "Table 1. Diet\n\n| Item | Value |\n| --- | --- |\n| Representatives last vote | February 9, 2031 |\n"
            "| Councillors last vote | July 21, 2030 |",
            "lower_house_2031",
            "2031-02-09",
        ),
        (
            "IF10199",
            "October 15, 2030",
            "Hoshino Aki leads the LDP. The party runoff, held on September 28, gave her 60% of the votes.",
            "ldp_president_2030",
            "2030-09-28",
        ),
    ],
)
def test_event_dated_by_its_roles(brief: str, cover: str, body: str, slug: str, expected: str) -> None:
    assert _read(brief, cover, body, slug) == expected


@pytest.mark.parametrize(
    ("brief", "cover", "body", "slug"),
    [
        # a ruling on another law, and one in a text that never names IEEPA
        (
            "IF11120",
            "April 1, 2026",
            "IEEPA duties had covered most goods. Steel duties rose after the Supreme Court's January 9, 2026, ruling "
            "on Section 232.",
            "tariffs.ieepa_ruling",
        ),
        (
            "IF11120",
            "April 1, 2026",
            "Importers sought refunds after the Supreme Court's February 20, 2026, ruling.",
            "tariffs.ieepa_ruling",
        ),
        # another country's representatives
        (
            "IF10199",
            "February 1, 2031",
            "Table 2. U.S. Congress\n\n| Item | Value |\n| --- | --- |\n"
            "| Representatives last vote | November 5, 2030 |",
            "lower_house_2030",
        ),
    ],
)
def test_no_event_without_its_roles(brief: str, cover: str, body: str, slug: str) -> None:
    assert _read(brief, cover, body, slug) is None
