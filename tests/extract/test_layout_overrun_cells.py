"""A PDF page whose lines run out of their column across the gutter keeps each line in its own column.

The class: a right column's table whose cells are set flush right, the long ones running out leftwards over the
gutter (its rows must keep their cells in order: date, event, status), beside a left column's figure whose source
line runs out rightwards, level with the table's rows (it wraps in its own column and goes on as one source line,
wherever it is cut). A title set across both columns from the left margin, with nothing level with it, stays whole.
Every sentence is invented.
"""

from __future__ import annotations

from typing import Any

import pytest

from usjapan_facts.extract import extract_snapshot
from usjapan_facts.extract.brief_text import normalised_text
from usjapan_facts.extract.pdf import pdf_text

LEFT, RIGHT, WIDTH, LINE = 18.0, 112.0, 86.0, 4.3
LEFT_PROSE = [
    "The central bank kept its policy rate unchanged in April,",
    "citing weak household spending and a softer yen. Its",
    "governor said wages must rise faster before rates move",
    "again, and markets expect no change before the autumn.",
    "Exporters have gained from the cheaper currency, while",
    "importers of food and fuel have raised their prices.",
    "Consumer prices rose faster than wages for most of the year,",
    "and the government paid subsidies on electricity and gas",
    "through the winter to ease the burden on households. The",
    "subsidies are to end in the spring, when officials expect",
    "prices to rise more slowly than they did a year earlier.",
    "Growth picked up in the second half as exports to Asia",
    "recovered, though business investment stayed flat and",
    "housing starts fell for a third year in a row. Forecasters",
    "see growth slowing again next year as the subsidies end.",
]
RIGHT_PROSE = [
    "Prime Minister Ueda Rin took office in November 2032 after",
    "winning a leadership race. Her government has promised",
    "to raise wages and to keep spending on defense steady.",
    "The ruling coalition holds a majority in both chambers,",
    "though its margin in the upper chamber is thin.",
    "Turnout in recent national votes has stayed low, and the",
    "share of voters backing no party has grown. Several new",
    "parties won seats for the first time in the last contest,",
    "and the main opposition party changed its leader twice.",
    "Local elections in the spring are to test the new cabinet.",
    "Support for the cabinet fell after a funding scandal in",
    "the party, and two ministers resigned in the winter. The",
    "prime minister has said she will not call an early vote,",
    "though some in her party have urged her to do so soon.",
]
LEFT_AFTER = [
    "The finance ministry has warned that it may act again if",
    "the currency falls sharply, as it did in two earlier years.",
    "Its reserves remain among the largest in the world, and",
    "officials say they can draw on them for some time. Some",
    "economists doubt that buying yen does more than slow a",
    "fall that rates at home and abroad set in motion. The",
    "bank has said it watches the currency but sets rates for",
    "prices and wages at home, not for the yen's value.",
    "Tourism has set records, with visitors from across Asia",
    "filling hotels in the largest cities and in the",
    "countryside. The government aims to spread them more",
    "widely and has raised the tax charged on departures.",
]
RIGHT_AFTER = [
    "Opposition parties have asked for an early vote on the",
    "budget, which the government has refused so far.",
    "The upper chamber has blocked two of the cabinet's bills",
    "this year, and party leaders have met to find a way to",
    "pass them before the session ends in June. A third bill,",
    "on pensions, has been put off until the autumn session.",
    "Polls show most voters expect the coalition to hold on",
    "to power, though by a smaller margin than before.",
    "The cabinet has also named a panel to study how the",
    "lower chamber's districts should be redrawn after the",
    "census, a step the courts have urged for years. Its",
    "report is due before the end of the year.",
]
ROWS = [
    ("Date", "Event", "Status"),
    ("July 11, 2032", "House of Councillors election; the governing coalition keeps its majority", "Held"),
    ("October 30, 2032", "LDP presidential election; Ueda wins in a runoff against two rivals", "Held"),
    ("July 2035", "House of Councillors election", "Scheduled"),
]
SOURCE = (
    "Source: CRS, from data of the central bank and the finance ministry; averages of business days only, to April."
)
LONG_TITLE = "U.S.-Japan Relations: Politics, the Economy, and the Election Calendar"


def _page(title: str, after: int) -> bytes:
    """The page: a title, two columns of prose, then a figure (left) beside a table (right), then `after` lines of
    prose in each column."""
    fpdf = pytest.importorskip("fpdf")
    pdf = fpdf.FPDF(unit="mm", format="Letter")
    pdf.set_auto_page_break(False)
    pdf.add_page()

    def put(x: float, y: float, text: str, size: float, *, width: float = WIDTH, align: str = "L") -> None:
        pdf.set_font("Helvetica", "", size)
        pdf.set_xy(x, y)
        pdf.cell(width, 3.5, text, align=align)

    put(LEFT, 12, "Updated June 2, 2033", 9)
    put(LEFT, 20, title, 20, width=180)
    for column, x in ((LEFT_PROSE, LEFT), (RIGHT_PROSE, RIGHT)):
        for number, line in enumerate(column):
            put(x, 40 + LINE * number, line, 9.5)
    put(LEFT + 2, 110, "Figure 1. Yen per Dollar, 2032-2033", 9)
    put(RIGHT, 110, "Table 1. Japan's Election Calendar", 9)
    for number, tick in enumerate(("150", "100", "50", "0")):
        put(LEFT + 4, 116 + 6 * number, tick, 7, width=6, align="R")
    for number, month in enumerate(("Jan. 2032", "Jul. 2032", "Jan. 2033", "Apr. 2033")):
        put(LEFT + 14 + 17 * number, 140, month, 7, width=14)
    put(LEFT + 14, 144, "Monthly average", 7)
    put(LEFT + 2, 150, SOURCE, 7, width=150)
    for number, (date, event, status) in enumerate(ROWS):
        y = 141 + 4.2 * number
        put(RIGHT, y, date, 8, width=30)
        put(RIGHT + 25, y, event, 8, width=30, align="R")  # flush right: a long event runs out leftwards
        put(RIGHT + 56, y, status, 8, width=WIDTH - 56, align="R")
    for column, x in ((LEFT_AFTER, LEFT), (RIGHT_AFTER, RIGHT)):
        for number, line in enumerate(column[:after]):
            put(x, 160 + LINE * number, line, 9.5)
    return bytes(pdf.output())


def _elections(text: str) -> dict[str, Any]:
    snapshot = extract_snapshot(text, brief="IF10199").snapshot
    return {key: (election.date, election.status) for key, election in snapshot.elections.items()}


@pytest.mark.parametrize(
    ("title", "after"),
    [("U.S.-Japan Relations", len(LEFT_AFTER)), (LONG_TITLE, len(LEFT_AFTER)), (LONG_TITLE, 2)],
    ids=["page", "title-across", "short-page"],
)
def test_cells_and_source_lines_running_over_the_gutter_stay_in_their_columns(title: str, after: int) -> None:
    """A short page has few lines to outnumber those across its gutter: its flush-right cells are not counted."""
    text = pdf_text(_page(title, after))
    assert _elections(text) == {
        "upper_house_2032": ("2032-07-11", "held"),
        "ldp_president_2032": ("2032-10-30", "held"),
        "upper_house_2035": ("2035-07", "upcoming"),
    }
    lines = [line.strip() for line in text.splitlines()]
    assert title in lines  # across both columns, with nothing level with it: whole
    assert any("July 11, 2032  House of Councillors election; the governing" in line for line in lines)
    assert not any("Monthly average" in line and "2032" in line.split("Monthly")[0] for line in lines)
    # The source line, wrapped in its column mid-phrase, goes on as one: no sentence of the brief.
    assert not any("business days" in sentence for sentence in normalised_text(text).splitlines())
