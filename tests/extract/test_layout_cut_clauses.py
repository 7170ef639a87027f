"""Interleaved pages whose only seams are clauses cut where their object or figure was to come.

A copied page's lines take turns between its two columns. Where a clause is cut on a word that needs what follows
('has been the', 'amounted to about'), and the next line opens a list's item or an author's name, the lines cannot
be one sentence: the run is read as its two columns. A figure's line goes on from the verb that states it
('holds' / '61% of the seats'). Every sentence is invented.
"""

from __future__ import annotations

from typing import Any

from usjapan_facts.extract import extract_snapshot

COVER = ["Updated March 3, 2031", "U.S.-Japan Trade Agreements and Tariff Negotiations"]
FOOTER = "IF11120 \u00b7 VERSION 40    https://crsreports.congress.gov"


def _interleaved(left: list[str], right: list[str]) -> list[str]:
    """The two columns' lines taking turns, the left one's first, until the shorter column ends."""
    lines: list[str] = []
    for index in range(max(len(left), len(right))):
        lines += [column[index] for column in (left, right) if index < len(column)]
    return lines


def _values(lines: list[str], brief: str) -> dict[str, Any]:
    facts = extract_snapshot("\n".join(lines), brief=brief).snapshot.facts
    return {fact_id: fact.model_dump(mode="json")["value"] for fact_id, fact in facts.items()}


def test_a_box_of_items_beside_the_other_column_s_last_item_and_authors_is_read_as_columns() -> None:
    """The page opens on a box's heading in the left column; the right column ends its list and names its authors.
    'has been the' then '• how ...', and 'amounted to about' then an author's name, show the columns' seam."""
    left = [
        "Investment at a Glance",
        "\u2022 Foreign direct investment (FDI): Japan has been the",
        "largest source of FDI in the United States since 2027,",
        "ahead of Canada and Germany. Its stock reached",
        "$801.5 billion at the end of 2030, up from about",
        "$760 billion a year earlier.",
        "\u2022 U.S. firms' direct investment in Japan amounted to about",
        "$141 billion in 2030, down from $150 billion in 2029 and",
        "less than a fifth of the Japanese figure.",
        "\u2022 Japan is the foremost foreign holder of U.S. Treasury",
        "securities, with about $1.1 trillion in June.",
    ]
    right = [
        "and whether they should be submitted to Congress;",
        "\u2022 how agreements such as the USJTA, concluded without",
        "congressional approval, fit Congress's constitutional",
        "authority over trade.",
        "Dana R. Whitlock",
        "Specialist in International Trade and Finance",
        "Morgan T. Reyes",
        "Specialist in International Trade and Finance",
    ]
    before = [
        *COVER,
        "Issues for Congress",
        "Members may consider whether to press for a second-stage deal, how the earlier agreements were reached,",
        FOOTER,
    ]
    after = ["Politics in Tokyo", "Prime Minister Hoshino Aki has led the Liberal Democratic Party since 2029."]
    found = _values([*before, *_interleaved(left, right), *after], "IF11120")
    assert found["trade.fdi_source_rank"] == 1
    assert found["trade.japan_fdi_stock_in_us"] == 801_500_000_000
    assert found["trade.us_fdi_stock_in_japan"] == 141_000_000_000


def test_a_figure_goes_on_from_the_verb_that_states_it_where_one_column_runs_on_alone() -> None:
    """At the page's foot the left column runs on alone: 'The coalition holds' goes on with its own column's
    '139 of that chamber's seats', not with the right column's cut 'Under the', whose rest opens the next page."""
    left = [
        "Both allies are changing hands at the top. In September",
        "2030, Hoshino Aki took over Japan's government from a",
        "predecessor who had led it for five years, and who had",
        "served as its foreign minister before that. The next Lower",
        "House election is due by October 2033, though talk of an",
        "early dissolution has faded as infections have risen. Half of",
        "the House of Councillors was last filled in July 2028, and",
        "the smaller chamber has 248 seats. The coalition holds",
        "139 of that chamber's 248 seats, or 56%. The other half",
        "of its seats come up for renewal in July 2031.",
    ]
    right = [
        "Bound to the United States by a security treaty since 1951,",
        "Japan hosts the largest U.S. military presence in Asia.",
        "Okinawa",
        "Okinawa makes up 0.6% of Japan's land area. About 70%",
        "of the land set aside for the exclusive use of U.S. forces is",
        "there, and more than half of U.S. military personnel in",
        "Japan are stationed on its islands. Under the",
    ]
    rest = [
        "IF10199 \u00b7 VERSION 41    https://crsreports.congress.gov",
        "bilateral realignment plan as revised in 2012, some 9,000",
        "Marines are to be moved out of the prefecture; roughly",
        "4,000 of them are earmarked for Guam, with transfers",
        "expected to begin in the 2030s.",
    ]
    cover = ["Updated March 3, 2031", "U.S.-Japan Relations", "Overview"]
    found = _values([*cover, *_interleaved(left, right), *rest], "IF10199")
    assert found["politics.upper_house_coalition_share"] == 56
    assert found["alliance.marines_relocating_to_guam"] == 4000
    assert found["politics.next_diet_election_due"] == 2031
