"""Facts a table of words states ('Measure | Value', 'Chamber | Seats | Share | Last election'), read alike from
Markdown, HTML and `pdftotext -layout` text; a table of another country's figures or of a past year's gives none."""

from __future__ import annotations

import textwrap
from typing import Any

import pytest

from tests.layout_brief import side_by_side
from usjapan_facts.extract import extract_snapshot

Rows = list[tuple[str, ...]]
COVER = "Updated March 3, 2031"
PROSE = (
    "Prime Minister Hoshino Aki met President Dana Whitfield in Osaka in February, and the two leaders pledged "
    "to deepen cooperation on supply chains, space, and defense industry. Officials said a new plan for the "
    "bases on the island would be ready within the year, though local leaders remain opposed to any new runway."
)
GLANCE: Rows = [
    ("Measure", "Value"),
    ("Okinawa's share of Japan's land area", "about 0.7%"),
    ("Share of land used exclusively by U.S. forces", "roughly 69%"),
    ("Marines to move from Okinawa to Guam", "some 4,100"),
]
SEATS: Rows = [
    ("Chamber", "Coalition seats", "Share", "Last election"),
    ("House of Representatives", "301 of 465", "65%", "Nov. 2030"),
    ("House of Councillors", "139 of 248", "56%", "July 2028"),
]


def as_markdown(title: str, rows: Rows) -> str:
    """The brief with the table as Markdown pipes under its title line."""
    table = [f"| {' | '.join(rows[0])} |", "| " + " | ".join("---" for _ in rows[0]) + " |"]
    table += [f"| {' | '.join(row)} |" for row in rows[1:]]
    return "\n\n".join(["# U.S.-Japan Relations", COVER, "## Overview", PROSE, title, "\n".join(table)]) + "\n"


def as_html(title: str, rows: Rows) -> str:
    """The brief as a web page, the table's title its caption, each row's label a header cell."""
    head = "".join(f"<th>{cell}</th>" for cell in rows[0])
    body = "".join(
        f"<tr><th>{row[0]}</th>" + "".join(f"<td>{cell}</td>" for cell in row[1:]) + "</tr>" for row in rows[1:]
    )
    return (
        f"<html><body><h1>U.S.-Japan Relations</h1><p>{COVER}</p><h2>Overview</h2><p>{PROSE}</p><table>"
        f"<caption>{title}</caption><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></body></html>"
    )


def as_layout(title: str, rows: Rows) -> str:
    """The brief as `pdftotext -layout` prints a two-column page: the table in the right column, cells apart."""
    widths = [max(len(row[index]) for row in rows) for index in range(len(rows[0]))]
    table = ["   ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip() for row in rows]
    left = textwrap.wrap(f"{PROSE} {PROSE}", 56)
    right = [
        "Overview",
        *textwrap.wrap(PROSE, 50),
        "",
        title,
        *table,
        "",
        "Source: Invented.",
        *textwrap.wrap(PROSE, 50),
    ]
    top = "\n".join([f"CRS In Focus{' ' * 40}{COVER}", "", "U.S.-Japan Relations", ""])
    return f"{top}\n{side_by_side(left, right)}IF10199 \u00b7 VERSION 9    https://crsreports.congress.gov\n"


LAYOUTS = [as_markdown, as_html, as_layout]


def read(text: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """The facts (value, hedge) and elections (date, status) extracted from the text."""
    snapshot = extract_snapshot(text).snapshot
    facts = {
        key: (dumped["value"], dumped.get("qualifier"))
        for key, fact in snapshot.facts.items()
        if (dumped := fact.model_dump(mode="json"))
    }
    return facts, {key: (election.date, election.status) for key, election in snapshot.elections.items()}


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_two_column_table_states_each_rows_fact(layout: Any) -> None:
    """'Measure | Value' rows read as labelled items under the table's title, which names their subject."""
    facts, _ = read(layout("Table 1. Okinawa in the Alliance", GLANCE))
    assert facts["alliance.okinawa_share_of_land_area"] == (0.7, "about")
    assert facts["alliance.okinawa_share_of_usfj_facilities"] == (69, "about")
    assert facts["alliance.marines_relocating_to_guam"] == (4100, "about")


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_share_column_is_the_rows_chambers_and_its_date_column_dates_the_election(layout: Any) -> None:
    """'Share' beside a chamber's seats is that chamber's share; 'Last election' ('Nov. 2030') dates its election."""
    facts, elections = read(layout("Table 1. Ruling Coalition Seats in the Diet", SEATS))
    assert facts["politics.lower_house_coalition_share"] == (65, "exact")
    assert facts["politics.upper_house_coalition_share"] == (56, "exact")
    assert elections["lower_house_2030"] == ("2030-11", "held")
    assert elections["upper_house_2028"] == ("2028-07", "held")


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_table_of_another_countrys_figures_states_no_fact_of_japans(layout: Any) -> None:
    """A table titled for South Korea, its rows worded as Okinawa's would be, gives none of Japan's facts."""
    korea: Rows = [
        ("Measure", "Value"),
        ("U.S. troops stationed", "about 28,500"),
        ("Share of land used exclusively by U.S. forces", "about 20%"),
    ]
    facts, _ = read(layout("Table 2. South Korea at a Glance", korea))
    assert not {"alliance.us_troops_in_japan", "alliance.okinawa_share_of_usfj_facilities"} & set(facts)


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_past_years_column_gives_way_to_the_current_one_and_alone_states_nothing(layout: Any) -> None:
    """'Share, 2009' beside 'Share': the current column's value; a table of 2009's shares alone: no current share."""
    title = "Table 1. Ruling Coalition Seats in the Diet"
    both: Rows = [("Chamber", "Share, 2009", "Share"), ("House of Representatives", "64%", "61%")]
    facts, _ = read(layout(title, both))
    assert facts["politics.lower_house_coalition_share"] == (61, "exact")
    facts, _ = read(layout(title, [("Chamber", "Share, 2009"), ("House of Representatives", "64%")]))
    assert "politics.lower_house_coalition_share" not in facts


def test_a_timeline_of_one_rate_states_its_latest_step_and_none_when_a_layout_broke_that_row() -> None:
    """'April 5, 2031 | 10%' above 'August 7, 2031 | 15%': only the latest step is current; a PDF row whose cells
    wrapped out of line ends the table with its label alone, so the earlier step is not taken for the current one."""
    from usjapan_facts.extract.word_tables import WordTable, layout_rows, pipe_row, sentences

    rows = (("Before April 5, 2031", "2.5%"), ("April 5, 2031", "10%"), ("August 7, 2031", "15%"))
    assert sentences(WordTable(("Effective", "Rate"), rows)) == [["August 7, 2031 rate: 15%"]]
    lines = ["Effective           Rate     Authority", "April 5, 2031        10%     IEEPA", "August 7, 2031    IEEPA"]
    cut = [pipe_row(line) for line in layout_rows([*lines, "                   15% (framework rate)"])[0]]
    assert sentences(WordTable(cut[0], tuple(row for row in cut[2:] if row))) == []


def test_a_rows_cells_wrapped_onto_the_next_line_alone_stay_in_its_row() -> None:
    """A label as wide as its column with its value on the line below ('about 70%'), as `pdftotext -layout` sets
    it, is one row; a label above a source line keeps no cell of it."""
    from usjapan_facts.extract.word_tables import layout_rows

    lines = ["Measure          Value", "Land area share     under 1%", "Share of the land held for U.S. forces alone"]
    rows, taken = layout_rows([*lines, "roughly 70%", "Troops on the island     about 30,000", "Source: MOD."])
    assert (rows[3:], taken) == (["| Share of the land held for U.S. forces alone | roughly 70% |", rows[4]], 5)
    assert rows[4] == "| Troops on the island | about 30,000 |"
    assert layout_rows([*lines, "Source: Japan Ministry of Defense."]) == (rows[:3], 2)
    after = ["Politics at Home", "Hoshino won the party's presidency in a runoff on September"]
    assert layout_rows([*lines[:2], *after]) == (rows[:3], 2)  # a heading, then its paragraph, after the table


def test_a_header_set_at_two_heights_is_one_header_row() -> None:
    """'Item  Sales to Japan' over 'Purchases from Japan  Net', as `pdftotext -layout` prints headers set a little
    apart in height, heads the four cells of each row under it; a row of words under a header stays a row."""
    from usjapan_facts.extract.word_tables import layout_rows

    lines = ["Item      Sales to Japan", "Purchases from Japan    Net", "Goods     70.1   140.2   -70.1"]
    rows = layout_rows(lines)[0]
    assert rows[::2] == ["| Item | Sales to Japan | Purchases from Japan | Net |", "| Goods | 70.1 | 140.2 | -70.1 |"]
    rows, taken = layout_rows(["Measure    Value", "Ruling bloc   LDP-Komeito", "Seat share   65%"])
    assert (rows[2], taken) == ("| Ruling bloc | LDP-Komeito |", 3)


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_rank_column_is_the_rank_of_the_country_the_title_names(layout: Any) -> None:
    """'Japan's Standing Among U.S. Partners': each row's rank is Japan's, as a market or by its measure; the same
    rows under 'South Korea's Standing Among U.S. Partners', or in a column of a rank among Asian partners, give none
    of Japan's."""
    rows: Rows = [("Measure", "Rank"), ("Total trade", "5"), ("Source of FDI in the U.S.", "1st")]
    facts, _ = read(layout("Table 1. Japan's Standing Among U.S. Partners, 2030", rows))
    assert (facts["trade.overall_partner_rank"], facts["trade.fdi_source_rank"]) == ((5, "exact"), (1, "exact"))
    korea: Rows = [("Measure", "Rank"), ("Market for U.S. exports", "7")]
    facts, _ = read(layout("Table 1. South Korea's Standing Among U.S. Partners, 2030", korea))
    assert "trade.export_partner_rank" not in facts
    asian: Rows = [("Measure", "Rank among Asian partners"), ("Market for U.S. exports", "2")]
    facts, _ = read(layout("Table 1. Japan's Standing Among U.S. Partners, 2030", asian))
    assert "trade.export_partner_rank" not in facts  # a place among some partners, not among all
    # A rank column beside years' under a title whose 'Goods' is no possessive; a rank among some partners is none.
    flows: Rows = [("Flow", "2029", "2030", "Rank"), ("U.S. exports to Japan", "71.2", "78.4", "4")]
    flows += [("U.S. imports from Japan", "140.1", "148.9", "5 (among Asian partners)")]
    facts, _ = read(layout("Table 2. U.S. Goods Trade with Japan ($ billions), with Japan's Rank in 2030", flows))
    assert facts["trade.export_partner_rank"] == (4, "exact")
    assert facts["trade.us_exports_to_japan"] == (78400000000, "exact")  # '($ billions),': the unit goes on
    assert "trade.import_partner_rank" not in facts
    korea = [("Flow", "2029", "2030", "Rank"), ("U.S. exports", "60.2", "65.8", "7")]
    facts, _ = read(layout("Table 2. U.S. Goods Trade with South Korea ($ billions), with South Korea's Rank", korea))
    assert "trade.export_partner_rank" not in facts


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_unit_column_holds_the_titles_years_figures_and_a_header_names_whose_rank_it_is(layout: Any) -> None:
    """'$ billions' heads the figures of the one year the title names and 'Japan's rank' says whose rank the column
    beside them is; a header naming South Korea's rank, or a partner's row in a table of partners, gives none."""
    rows: Rows = [("", "$ billions", "Japan's rank"), ("U.S. exports to Japan", "71.2", "4")]
    rows += [("U.S. imports from Japan", "140.1", "5")]
    facts, _ = read(layout("Table 1. U.S. Goods Trade with Japan, 2030", rows))
    assert facts["trade.us_exports_to_japan"] == (71200000000, "exact")
    assert (facts["trade.export_partner_rank"], facts["trade.import_partner_rank"]) == ((4, "exact"), (5, "exact"))
    korea: Rows = [("", "$ billions", "Korea's rank"), ("U.S. exports", "65.8", "7"), ("U.S. imports", "94.9", "7")]
    facts, _ = read(layout("Table 2. U.S. Goods Trade with South Korea, 2030", korea))
    assert not {"trade.export_partner_rank", "trade.us_exports_to_japan"} & set(facts)
    # Ranks as ordinals under a bare 'Rank', in a table of U.S. trade with Japan alone: Japan's ranks, by each flow.
    pair: Rows = [("Flow", "$ billions", "Rank"), ("U.S. sales to Japan", "71.2", "4th"), ("Total trade", "211", "3rd")]
    facts, _ = read(layout("Table 1. U.S.-Japan Goods Trade, 2030", pair))
    assert facts["trade.us_exports_to_japan"] == (71200000000, "exact")
    assert facts["trade.overall_partner_rank"] == (3, "exact")


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_cell_is_read_by_the_roles_of_its_row_and_its_column(layout: Any) -> None:
    """Japan's row among other markets, in the latest year's column, its hedge mark kept ('~80'); Japan's row among
    other holders, under a rank's header; the same table of projections gives nothing."""
    markets: Rows = [("Market", "2029", "2030"), ("Canada", "350.2", "352.0"), ("Japan", "78.1", "~80")]
    facts, _ = read(layout("Table 1. U.S. Goods Exports by Market ($ billions)", markets))
    assert facts["trade.us_exports_to_japan"] == (80_000_000_000, "about")
    ranks: Rows = [("Holder", "Rank", "$ billions"), ("Japan", "1", "1,130"), ("China", "2", "760")]
    facts, _ = read(layout("Table 2. Largest Foreign Holders of U.S. Treasury Securities, 2030", ranks))
    assert facts["trade.treasury_holder_rank"] == (1, "exact")
    facts, _ = read(layout("Table 1. U.S. Goods Exports by Market, Projected ($ billions)", markets))
    assert "trade.us_exports_to_japan" not in facts
