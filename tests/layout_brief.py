"""An invented brief of IF11120 as blocks, and the layouts a reader hands over made from them.

The text copied from a two-column PDF has the columns' lines taking turns (the left column's line, then the
right one's, until the shorter column ends), as a copy from the PDF gives them; `side_by_side` sets the two
columns out as `pdftotext -layout` prints them. Every sentence is invented.
"""

from __future__ import annotations

import textwrap
from typing import Any

from usjapan_facts.extract import extract_snapshot

TITLE = "U.S.-Japan Trade Agreements and Tariff Negotiations"


COVER = "Updated March 3, 2031"


FOOTER = "IF11120 \u00b7 VERSION 40    https://crsreports.congress.gov"


Block = tuple[str, str]  # ("heading" | "paragraph" | "lines", text); "lines" are set one a line, as they stand


BLOCKS: list[Block] = [
    ("heading", "Overview"),
    (
        "paragraph",
        "In January 2031, the two governments opened talks on a second-stage deal covering services, "
        "investment, and autos. The two limited agreements of 2019, which took effect without a vote in "
        "Congress, remain in force, and neither side has proposed to end them.",
    ),
    (
        "paragraph",
        "President Dana Whitfield and Prime Minister Hoshino Aki welcomed the talks at a summit in Osaka. "
        "Officials from both governments said a text could be ready within the year, though autos remain "
        "the hardest question.",
    ),
    (
        "paragraph",
        "Farm groups in both countries have pressed for quicker cuts. Beef and pork producers say the earlier "
        "deal left them behind rivals from Australia and Canada, and rice growers in Japan have asked their "
        "government to keep its own market closed. Negotiators have not said which side will move first.",
    ),
    ("heading", "Digital Trade and Supply Chains"),
    (
        "paragraph",
        "Officials have also discussed rules for data flows, semiconductors, and critical minerals. Several "
        "Members of Congress have asked to be consulted before any text is signed, since the earlier deals "
        "took effect by proclamation and executive agreement rather than by a vote in either chamber.",
    ),
    ("heading", "Tariffs"),
    (
        "paragraph",
        "In December 2030, USTR imposed a 12.5% tariff on most imports from Japan under Section 301, "
        "replacing the 15% tariff that had applied since July 2025 under IEEPA.",
    ),
    ("heading", "Trade and Investment"),
    (
        "paragraph",
        "As the sixth-largest U.S. trade partner in 2030, Japan remains a priority for U.S. trade policy. "
        "In 2030, U.S. exports to Japan totaled $131 billion ($82 billion in goods, $49 billion in services), "
        "and U.S. imports from Japan were $188 billion. Japan is the largest holder of U.S. Treasury "
        "securities, and its firms have kept adding to their plants in the United States.",
    ),
]


FIGURE = [
    "Figure 1. U.S. Trade with Japan, 2026-2030",
    "$ billions",
    "200",
    "150",
    "100",
    "50",
    "0",
    "2026   2027   2028   2029   2030",
    "Exports   Imports",
    "Source: CRS with data from the Bureau of Economic Analysis.",
]


TABLE_LINES = [
    "Table 1. U.S. Trade with Japan, Goods and Services ($",
    "billions)",
    "2029  2030",
    "U.S. exports, goods and services  127.0  131.0",
    "of which goods  80.0  82.0",
    "of which services  47.0  49.0",
    "U.S. imports, goods and services  181.0  188.0",
]


TABLE_MARKDOWN = """Table 1. U.S. Trade with Japan, Goods and Services ($ billions)

| | 2029 | 2030 |
| --- | ---: | ---: |
| U.S. exports, goods and services | 127.0 | 131.0 |
| of which goods | 80.0 | 82.0 |
| of which services | 47.0 | 49.0 |
| U.S. imports, goods and services | 181.0 | 188.0 |
"""


TABLE_TEXT: list[Block] = [
    ("heading", "Overview"),
    (
        "paragraph",
        "President Dana Whitfield and Prime Minister Hoshino Aki met in Osaka in January 2031 and agreed "
        "to open talks on services and autos. The two limited agreements of 2019 remain in force, and "
        "trade between the two countries grew again last year.",
    ),
    ("heading", "Trade and Investment"),
    (
        "paragraph",
        "Japan was the sixth-largest U.S. trade partner in 2030, and the largest holder of U.S. Treasury "
        "securities. Its firms have kept adding to their plants in the United States, while U.S. firms "
        "have expanded their services business in Japan.",
    ),
]


GLANCE = [
    "U.S. exports to Japan: $131 billion ($82 billion in goods and $49 billion in services).",
    "U.S. imports from Japan: $188 billion, of which goods were $146 billion.",
    "Japan ranked sixth among U.S. trade partners.",
]


def lines_of(blocks: list[Block], width: int = 56) -> list[str]:
    """The blocks as a column's lines: a heading on its own line, a paragraph wrapped at `width`."""
    out: list[str] = []
    for kind, text in blocks:
        out += textwrap.wrap(text, width) if kind == "paragraph" else text.split("\n")
    return out


def taking_turns(left: list[str], right: list[str]) -> list[str]:
    """Two columns' lines as a copy from the PDF gives them: the left one's line, then the right one's."""
    out: list[str] = []
    for index in range(max(len(left), len(right))):
        out += left[index : index + 1] + right[index : index + 1]
    return out


def copied_page(blocks: list[Block], split: int, *, right_extra: list[str] | None = None) -> str:
    """One page copied from the PDF: the cover, the brief's lines flowed down the left column, then the right."""
    lines = lines_of(blocks)
    left, right = lines[:split], lines[split:]
    if right_extra:
        right = right_extra + right
    return "\n".join([f"CRS In Focus{' ' * 40}{COVER}", TITLE, *taking_turns(left, right), FOOTER]) + "\n"


def markdown(blocks: list[Block]) -> str:
    """The same brief as Markdown."""
    parts = [f"# {TITLE}", COVER]
    for kind, text in blocks:
        parts.append(f"## {text}" if kind == "heading" else text)
    return "\n\n".join(parts) + "\n"


def facts(text: str) -> dict[str, Any]:
    """Each fact's value, hedge and period as extracted from the text."""
    snapshot = extract_snapshot(text, brief="IF11120").snapshot
    return {
        fact_id: fact.model_dump(mode="json", include={"value", "qualifier", "period"})
        for fact_id, fact in snapshot.facts.items()
    }


def side_by_side(left: list[str], right: list[str], *, at: int = 64) -> str:
    """Two columns' lines as `pdftotext -layout` prints them: the right column's line beside the left's."""
    rows = max(len(left), len(right))
    left, right = left + [""] * (rows - len(left)), right + [""] * (rows - len(right))
    return "\n".join(f"{one:<{at}}{two}".rstrip() for one, two in zip(left, right, strict=True)) + "\n"
