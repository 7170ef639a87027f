"""Tables of IF10199 read from `pdftotext -layout` text as from the Markdown: a caption whose date runs onto a
second line ('..., October' / '2026'), a header set over the figures only and wrapped under itself ('House of' /
'Representatives'), a year's title touching the next one ('2030Change from 2029'), and the sentences set right
above a table read before its rows, as on the page. Every sentence is invented."""

from __future__ import annotations

from typing import Any

import pytest

from usjapan_facts.extract import extract_snapshot

TITLE = "U.S.-Japan Relations"
COVER = "Updated March 3, 2031"
FOOTER = "IF10199 \u00b7 VERSION 60    https://crsreports.congress.gov"
PROSE = [
    "Japan and the United States have been treaty allies",
    "since 1952. The alliance is the core of U.S. policy in",
    "East Asia, and both governments describe it as strong.",
]
RIGHT = [
    "Regional Diplomacy",
    "The Quad's foreign ministers met in Tokyo in the",
    "spring, and officials said the group would meet again",
    "at the leaders' level later in the year. China's",
    "ships continue to patrol near the Senkaku Islands,",
    "which Japan administers and China claims as its own.",
    "Officials in Tokyo describe the pressure as growing.",
    "South Korea and Japan have resumed shuttle visits by",
    "their leaders, and trilateral exercises with the",
    "United States now take place several times a year.",
]


def _page(left: list[str]) -> str:
    """One `pdftotext -layout` page: `left` in the left column, the diplomacy section beside it."""
    rows = max(len(left), len(RIGHT))
    left, right = left + [""] * (rows - len(left)), RIGHT + [""] * (rows - len(RIGHT))
    body = "\n".join(f"{one:<64}{two}".rstrip() for one, two in zip(left, right, strict=True))
    return f"CRS In Focus{' ' * 40}{COVER}\n{TITLE}\n{body}\n{FOOTER}\n"


def _markdown(blocks: list[str]) -> str:
    return "\n\n".join([f"# {TITLE}", COVER, *blocks, "## Regional Diplomacy", " ".join(RIGHT[1:])]) + "\n"


def _read(text: str) -> dict[str, Any]:
    extraction = extract_snapshot(text, brief="IF10199").snapshot
    found: dict[str, Any] = {fact_id: fact.value for fact_id, fact in extraction.facts.items()}
    found |= {f"elections.{slug}": election.date for slug, election in (extraction.elections or {}).items()}
    return found


SHARES = {"politics.lower_house_coalition_share": 51.6, "politics.upper_house_coalition_share": 52.4}


@pytest.mark.parametrize(
    ("caption", "header"),
    [
        # The caption's date cut after its month, the header over the figures only.
        (
            ["Table 1. Seats Held by the Governing Parties, January", "2031"],
            ["                         Lower House     Upper House"],
        ),
        (
            ["Table 1. Seats Held by the Governing Parties, March", "1, 2031"],
            ["                         Lower House     Upper House"],
        ),
        (
            ["Table 1. Seats Held by the Governing Parties, Jan.", "2031"],
            ["                         Lower House     Upper House"],
        ),
        # Each title wrapped under itself ('House of' / 'Representatives'), over the figures only.
        (
            ["Table 1. Seats Held by the Governing Parties"],
            [
                "                          House of         House of",
                "                    Representatives      Councillors",
            ],
        ),
    ],
)
def test_a_seat_table_reads_its_shares_as_the_markdowns(caption: list[str], header: list[str]) -> None:
    rows = ["Total seats                      465             248", "Share held by the two      51.6%           52.4%"]
    page = _page(["Politics", *PROSE, *caption, *header, *rows, "Source: CRS."])
    found = _read(page)
    houses = ["House of Representatives", "House of Councillors"]
    titles = houses if len(header) == 2 else ["Lower House", "Upper House"]
    table = [f"|  | {' | '.join(titles)} |", "| --- | --- | --- |"]
    table += ["| Total seats | 465 | 248 |", "| Share held by the two | 51.6% | 52.4% |"]
    markdown = _read(_markdown(["## Politics", " ".join(PROSE), " ".join(caption), "\n".join(table)]))
    assert {key: found.get(key) for key in SHARES} == SHARES
    assert {key: markdown.get(key) for key in SHARES} == SHARES


def test_a_year_title_touching_the_next_title_is_two_titles() -> None:
    """A PDF's header set so tight that a year's title touches the next one ('2030Change from 2029') reads as the
    Markdown's two titles: the year's column is the flows of that year."""
    table = [
        "Table 1. U.S.-Japan Trade in Goods and Services, 2030",
        "Flow                                2030Change from 2029",
        "U.S. exports to Japan        $130.4 billion        +1.3%",
        "U.S. imports from Japan      $185.2 billion        -3.3%",
        "Source: U.S. Bureau of Economic Analysis.",
    ]
    found = _read(_page(["Trade", *PROSE, *table]))
    assert found.get("trade.us_exports_to_japan") == 130_400_000_000
    assert found.get("trade.us_imports_from_japan") == 185_200_000_000


def test_the_sentences_right_above_a_table_are_read_before_its_rows() -> None:
    """A row that says 'The same, per year' goes on from the sentence naming the cost-sharing accord: read before
    the table, as the page sets it, the row is the accord's yearly sum (the paragraph's last line, as long as the
    column's, leaves it open above the table)."""
    left = [
        "Alliance",
        "Japan's contribution to the costs of U.S. forces is set",
        "by the Special Measures Agreement, which was signed in",
        "January 2027 and stays in force through March 2032.",
        "Table 1. The U.S. Military Presence in Japan",
        "Item                                               Figure",
        "Active-duty U.S. personnel in Japan   approximately 55,000",
        "Host-nation support, FY2027-FY2031           \u00a51.055 trillion",
        "The same, per year in dollars           roughly $1.9 billion",
        "Source: Ministry of Defense.",
        "The agreement also covers training relocation.",
    ]
    assert _read(_page(left)).get("alliance.host_nation_support_per_year") == 1_900_000_000
