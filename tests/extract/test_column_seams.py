"""Interleaved column text whose columns meet at awkward places: the right column opening mid-sentence under the
left column's first heading, two tables set side by side, a caption's bracket closing on its next line, a date
going on from a column that runs on alone. Each page is copied the way a PDF gives it: the two columns' lines
taking turns, the left column's line first where two stand level.
"""

from __future__ import annotations

import itertools
import textwrap
from typing import Any

from usjapan_facts.extract import ExtractError, extract_snapshot

COVER = ["Updated March 3, 2031", "U.S.-Japan Trade Agreements and Negotiations"]
WIDTH = 56


def wrapped(*paragraphs: str) -> list[str]:
    """A column's lines: each paragraph wrapped to the column's width, a heading (no stop) left as it is."""
    return [line for text in paragraphs for line in (textwrap.wrap(text, WIDTH) if text.endswith(".") else [text])]


def page(left: list[str], right: list[str]) -> str:
    """The page's text: the cover, then the columns' lines taking turns, the left column's first."""
    turns = itertools.zip_longest(left, right, fillvalue="")
    return "\n".join([*COVER, *(line for pair in turns for line in pair if line)])


def values(text: str) -> dict[str, Any]:
    try:
        facts = extract_snapshot(text, brief="IF11120").snapshot.facts
    except ExtractError:
        return {}
    return {fact_id: fact.model_dump(mode="json")["value"] for fact_id, fact in facts.items()}


OPENING = (
    "Japan remained the fourth-largest U.S. trading partner in 2030, as it had been a year earlier. U.S. imports "
    "from Japan reached $171.5 billion that year, of which goods made up $139.2 billion and services $32.3 billion."
)


def set_at_heights(blocks: list[str]) -> list[tuple[float, str]]:
    """A column's lines at their heights: a line each, half a line's space above a heading (not the first)."""
    placed: list[tuple[float, str]] = []
    height = 0.0
    for line in blocks:
        if not line.endswith(".") and not line[:1].islower() and placed and len(line) < WIDTH // 2:
            height += 0.5  # a heading
        placed.append((height, line))
        height += 1.0
    return placed


def test_a_run_opening_in_lower_case_under_the_first_heading_is_the_right_columns_top() -> None:
    """The left column's last sentence runs on at the top of the right column, level with the left one's heading:
    the run opens in lower case, so it is read as the right column's, after the whole left column."""
    lines = wrapped(OPENING)
    left = (
        wrapped(
            "Overview",
            "Japan and the United States, treaty allies since 1951, cooperate closely on security; about 54,000 U.S. "
            "troops are stationed in Japan under the treaty, far more than the 28,000 in South Korea.",
            "Trade friction has eased since the two governments concluded two limited agreements in 2019, and "
            "officials on both sides describe the relationship as stable, though autos and agriculture remain "
            "sensitive for many Members of Congress.",
            "Japanese officials have begun to assess the exposure of their automakers to new U.S. tariffs, and several "
            "firms have said they will shift more production to plants in the United States over the next few years.",
        )
        + lines[:2]
    )
    right = lines[2:] + wrapped(
        "Investment",
        "Japanese firms held $688 billion of direct investment in the United States at the end of 2029, more than "
        "investors from any other country.",
        "Much of that investment is in manufacturing, above all in autos and parts, and Japanese-owned firms "
        "employ close to a million workers in the United States, according to the Commerce Department.",
        "Outlook",
        "Some Members have urged the Administration to seek broader market access for U.S. farm goods, while "
        "others favor a return to the Comprehensive and Progressive Agreement for Trans-Pacific Partnership.",
    )
    assert right[0][:1].islower()
    lines_by_height = sorted(
        [(height, 0, line) for height, line in set_at_heights(left)]
        + [(height, 1, line) for height, line in set_at_heights(right)]
    )
    found = values("\n".join([*COVER, *(line for _, _, line in lines_by_height)]))
    assert found["trade.us_imports_from_japan"] == 171_500_000_000
    assert found["trade.us_goods_imports_from_japan"] == 139_200_000_000
    assert found["trade.us_services_imports_from_japan"] == 32_300_000_000
    assert found["trade.overall_partner_rank"] == 4


def test_two_tables_side_by_side_keep_their_own_rows() -> None:
    """A table of ranks beside a table of dates: their rows take turns, each row going on from its own table's
    (as many cells, each of its column's kind), and a caption's bracket closes on the caption's next line."""
    left = [
        "Trade Ties",
        *wrapped("Bilateral trade grew again last year, led by services, though the goods balance barely moved."),
        "Table 1. Largest U.S. Trade Partners, 2030 (goods and",
        "services, $ billions)",
        "Rank  Partner  Trade",
        "1  Mexico  912",
        "2  Canada  880",
        "3  China  640",
        "4  Japan  301",
        "5  Germany  270",
        "Source: CRS, from Commerce Department data.",
        *wrapped("The U.S. goods deficit with Japan was $66.4 billion in 2030, down from $68.9 billion in 2029."),
    ]
    right = [
        "Agreements",
        *wrapped("Two limited agreements took effect at the start of 2020, and a narrow third followed."),
        "Table 2. U.S.-Japan Agreements",
        "Agreement  Signed  In force",
        "USJTA  10/7/2019  1/1/2020",
        "Digital trade  10/7/2019  1/1/2020",
        "Critical minerals  3/28/2023  3/28/2023",
        "Source: USTR.",
        *wrapped("None of the three required a vote in Congress, and none of them covers autos or auto parts."),
    ]
    found = values(page(left, right))
    assert found["agreements.usjta_signed"] == "2019-10-07"
    assert found["agreements.usjta_in_force"] == "2020-01-01"
    assert found["trade.overall_partner_rank"] == 4


def test_a_date_goes_on_from_the_word_that_takes_it_where_one_column_ends() -> None:
    """The left column ends a line or two before the right one, which runs on alone: 'signed both texts in Washington
    on' goes on with the date it takes ('October 7, 2019'), not the other column's last line ('$1.08 trillion.')."""
    left_head = wrapped(
        "Investment",
        "Japanese companies' direct investment position in the United States totaled $619.3 billion at the end of "
        "2019, the largest of any country's, having overtaken the United Kingdom's.",
        "The investment relationship may matter even more than trade to both economies.",
    )
    left = [
        *left_head,
        "American firms held $131.6 billion of direct",
        "investment in Japan that year. Japan also outranks all",
        "other foreign holders of U.S. Treasury securities, with",
        "about $1.27 trillion as of May, compared with China's",
        "$1.08 trillion.",
    ]
    right_head = wrapped(
        "Background",
        "Pressure on Japan came from the possibility of new U.S. tariffs on autos. A Commerce Department "
        "investigation found that imports of cars and parts threatened U.S. national security.",
        "The current U.S. tariff on passenger cars remains 2.5%, and 25% on light trucks.",
    )
    right = [
        *right_head,
        "The two leaders announced on",
        "September 25, 2019, on the sidelines of the U.N. General",
        "Assembly, that they had finalized the agreements, and",
        "their envoys signed both texts in Washington on",
        "October 7, 2019. Because the USJTA was concluded",
        "under delegated tariff authority, it was not submitted to",
        "Congress for a vote; Japan's Diet approved it in",
        "December.",
    ]
    assert right.index("their envoys signed both texts in Washington on") == len(left) - 2
    found = values(page(left, right))
    assert found["agreements.usjta_signed"] == "2019-10-07"
