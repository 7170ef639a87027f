"""A table whose rows stand under rows naming them ('Goods', then 'U.S. exports  80.2'), a table's rows carried onto
the next page beside the authors' lines, and a page's columns running to its foot: read alike in every layout.

Each test builds one invented page as the PDF's copy gives it (the columns' lines taking turns) or as `pdftotext
-layout` sets it out, and checks that it gives what the same brief in Markdown gives.
"""

from __future__ import annotations

from tests.layout_brief import BLOCKS, COVER, FOOTER, TITLE, facts, lines_of, markdown, side_by_side, taking_turns

GROUPED_MARKDOWN = """Table 1. U.S. Trade with Japan, 2029 and 2030 ($ billions)

| Flow | 2029 | 2030 |
| --- | --- | --- |
| Goods | | |
| U.S. exports | 80.0 | 82.0 |
| U.S. imports | 140.0 | 146.0 |
| Services | | |
| U.S. exports | 47.0 | 49.0 |
| U.S. imports | 40.0 | 42.0 |

Source: Bureau of Economic Analysis (BEA), international transactions accounts.
"""

GROUPED_LINES = [
    "Table 1. U.S. Trade with Japan, 2029 and 2030 ($",
    "billions)",
    "Flow  2029  2030",
    "Goods",
    "U.S. exports  80.0  82.0",
    "U.S. imports  140.0  146.0",
    "Services",
    "U.S. exports  47.0  49.0",
    "U.S. imports  40.0  42.0",
    "Source: Bureau of Economic Analysis (BEA), international",
    "transactions accounts.",
]

PROSE = BLOCKS[:-2]  # the brief's blocks but its trade figures, stated here in the table alone

PARTS = (
    "trade.us_goods_exports_to_japan",
    "trade.us_goods_imports_from_japan",
    "trade.us_services_exports_to_japan",
    "trade.us_services_imports_from_japan",
)


def _from_markdown() -> dict[str, object]:
    found = facts(markdown(PROSE) + "\n" + GROUPED_MARKDOWN)
    assert {fact_id: found[fact_id]["value"] for fact_id in PARTS} == dict(
        zip(PARTS, (82_000_000_000, 146_000_000_000, 49_000_000_000, 42_000_000_000), strict=True)
    )
    return found


def test_a_table_with_rows_naming_the_rows_under_them_reads_alike_in_copied_columns() -> None:
    """'Goods' and 'Services' have no cells: they are rows of the table, not headings, and the source line wrapped
    under the rows ('... international' / 'transactions accounts.') stays the table's."""
    left = lines_of(PROSE[:4]) + GROUPED_LINES
    page = "\n".join([COVER, TITLE, *taking_turns(left, lines_of(PROSE[4:])), FOOTER]) + "\n"
    found, expected = facts(page), _from_markdown()
    assert {fact_id: found.get(fact_id) for fact_id in PARTS} == {fact_id: expected[fact_id] for fact_id in PARTS}


def test_a_table_with_rows_naming_the_rows_under_them_reads_alike_in_layout_text() -> None:
    """`pdftotext -layout` sets the same table in the left column beside the right column's prose."""
    left = lines_of(PROSE[:4]) + GROUPED_LINES
    page = "\n".join([f"CRS In Focus{' ' * 40}{COVER}", TITLE, side_by_side(left, lines_of(PROSE[4:])), FOOTER])
    found, expected = facts(page + "\n"), _from_markdown()
    assert {fact_id: found.get(fact_id) for fact_id in PARTS} == {fact_id: expected[fact_id] for fact_id in PARTS}


def test_a_tables_rows_carried_onto_the_next_page_beside_the_authors_lines_stay_the_tables() -> None:
    """The caption and header end one page; the rows open the next, taking turns with the authors' lines."""
    rows = ["U.S. exports to Japan ($ billions)  127.0  131.0", "U.S. imports from Japan ($ billions)  181.0  188.0"]
    authors = ["Jane Q. Doe", "Specialist in International Trade and Finance"]
    table = ["Table 1. U.S. Trade in Goods and Services with Japan", "Item  2029  2030"]
    left = lines_of(PROSE[:4])
    right = lines_of(PROSE[4:]) + table
    first = "\n".join([COVER, TITLE, *taking_turns(left, right[: len(left)] + right[len(left) :]), FOOTER])
    after = "Japan's firms have kept adding to their plants in the United States, officials say."
    second = "\n".join([*taking_turns(rows, authors), after, FOOTER])
    found = facts(first + "\n" + second + "\n")
    assert found["trade.us_exports_to_japan"]["value"] == 131_000_000_000
    assert found["trade.us_imports_from_japan"]["value"] == 188_000_000_000
