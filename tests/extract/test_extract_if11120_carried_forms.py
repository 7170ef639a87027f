"""IF11120 facts said with their subject carried or set apart: a holding or a rate whose owner the sentence before
names ('Its holdings ...', '..., they pay 15%'), a stock under a heading that names its owner, a rank of 'that
imbalance', a split with an aside of examples, a deed's date beside another deed's, a table whose columns are flows.

Every sentence is invented for the test.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.traps import ANCHOR, TITLE, facts_in
from usjapan_facts.extract import extract_snapshot

BRIEF = "IF11120"
TREASURY = "trade.treasury_holder_rank"
AUTOS = "tariffs.section232_autos"


@pytest.mark.parametrize(
    ("body", "fact", "value"),
    [
        ("Japan holds U.S. Treasuries. Its holdings, about $1.2 trillion in May, are now the largest of any foreign "
         "country.", TREASURY, 1),
        ("Japan is the second-largest foreign lender to the U.S. government, after China.", TREASURY, 2),
        ("Japan's firms held a lot. Measured by value, that imbalance was fourth.", "trade.goods_deficit_rank", None),
        ("The U.S. goods deficit with Japan was $66 billion in 2030. By size, the shortfall stood fourth, behind "
         "China's, Mexico's, and Vietnam's.", "trade.goods_deficit_rank", 4),
        ("The U.S. goods deficit with Japan was $66 billion in 2030. Measured against other partners, that gap sat "
         "third, after China's and Mexico's.", "trade.goods_deficit_rank", 3),
        ("Under the deal, most imports from Japan face a single U.S. tariff of fifteen percent.",
         "tariffs.us_tariff_most_imports", 15),
        ("Most Japanese goods now bear a uniform U.S. duty of 15 percent.", "tariffs.us_tariff_most_imports", 15),
        ("Japanese cars got relief too. They now pay a 15% Section 232 tariff.", AUTOS, 15),
        ("Vehicles from Japan were covered as well. Since September 16, 2025, they have paid 15% under Section 232.",
         AUTOS, 15),
        ("President Donald J. Trump met Prime Minister Takaichi in Tokyo.", "leaders.us_president", "Trump"),
        ("Japanese firms controlled $790 billion in direct investment in the United States in 2030.",
         "trade.japan_fdi_stock_in_us", 790_000_000_000),
        ("Japanese firms' FDI stock in the United States was $780 billion in 2030, against a U.S. FDI position in "
         "Japan of roughly $130 billion.", "trade.us_fdi_stock_in_japan", 130_000_000_000),
        ("In 2030, U.S. imports from Japan reached $181 billion, of which merchandise, above all cars and machinery, "
         "made up $149 billion and services $32 billion.", "trade.us_goods_imports_from_japan", 149_000_000_000),
        ("The U.S.-Japan Critical Minerals Agreement was signed on March 28, 2023, and took effect the same day, "
         "before the credit ended on September 30, 2025.", "agreements.critical_minerals_signed", "2023-03-28"),
    ],
)  # fmt: skip
def test_a_subject_carried_or_set_apart_is_read(body: str, fact: str, value: object) -> None:
    """Each fact whose subject the sentence before, a fronted phrase or an aside keeps apart from its value."""
    read = facts_in(body, BRIEF).get(fact)
    got = None if read is None else read[0].family if fact == "leaders.us_president" else read[0]
    assert got == value


@pytest.mark.parametrize(
    ("body", "fact"),
    [
        ("Japan's FDI stock in the United States rose. Its holdings, about $700 billion, are the largest of any "
         "foreign country.", TREASURY),
        ("China is the biggest foreign creditor of the U.S. government; Japan is a major one.", TREASURY),
        ("Steel from Japan was not covered. They pay 50% under Section 232.", AUTOS),
        ("Cars and steel from Japan were discussed. They pay 50% under Section 232.", AUTOS),
        ("Cars from Japan were discussed. They may pay 25% under Section 232.", AUTOS),
        ("Japanese firms owned $90 billion of new direct investment flows in the United States in 2030.",
         "trade.japan_fdi_stock_in_us"),
    ],
)  # fmt: skip
def test_a_subject_carried_from_another_topic_is_not_read(body: str, fact: str) -> None:
    """'Its holdings' after a sentence on FDI are no Treasuries; 'They' after steel are no cars; a flow is no stock."""
    assert fact not in facts_in(body, BRIEF)


def _read(body: str) -> tuple[dict[str, object], dict[str, str]]:
    text = f"# {TITLE[BRIEF]}\n\nUpdated June 1, 2031\n\n{body}\n"
    snapshot = extract_snapshot(text, brief=BRIEF, updated=dt.date(2031, 6, 1)).snapshot
    facts = {fact_id: getattr(fact, "value", None) for fact_id, fact in snapshot.facts.items()}
    return facts, {slug: str(event.date) for slug, event in snapshot.events.items()}


def test_a_stock_under_a_heading_naming_its_owner_is_read() -> None:
    """'Direct investment in the United States: $X ...' under 'Japan as an Investor' is Japan's stock and rank."""
    body = (
        f"## Overview\n\n{ANCHOR[BRIEF]}\n\n## Japan as an Investor\n\n"
        "- Direct investment in the United States: $812.0 billion at the end of 2030, the second-largest stock of any "
        "country; only British firms held more.\n"
        "\n## Other Investors\n\n- Direct investment in the United States: $2.9 trillion at the end of 2030.\n"
    )
    facts, _ = _read(body)
    assert (facts["trade.japan_fdi_stock_in_us"], facts["trade.fdi_source_rank"]) == (812_000_000_000, 2)


@pytest.mark.parametrize(
    ("sentence", "slug", "date"),
    [
        ("On September 25, 2019, they met in New York and declared in a joint statement that the first stage of the "
         "negotiations had been concluded.", "stage_one_deal_finalized", "2019-09-25"),
        ("On September 25, 2019, Trump and Abe said that the initial phase of their negotiations was finished.",
         "stage_one_deal_finalized", "2019-09-25"),
        ("- May 17, 2019: President Trump proclaims that imports of autos and parts threaten U.S. national security.",
         "section232_autos_proclamation", "2019-05-17"),
        ("Talks followed a telephone call between the President and then-Prime Minister Ishiba on April 7, 2025, in "
         "which the two agreed to hold talks on tariffs.", "tariff_talks_announced", "2025-04-07"),
        ("In a phone call on April 7, 2025, Trump and Ishiba agreed to hold tariff talks.", "tariff_talks_announced",
         "2025-04-07"),
        # another deed the talks came days after lends them no date
        ("Washington began talks with Japan once the leaders spoke by phone on April 7, 2025, five days after the "
         "President announced tariffs on April 2.", "tariff_talks_announced", "2025-04-07"),
    ],
)  # fmt: skip
def test_a_step_of_the_talks_in_more_voices_is_dated(sentence: str, slug: str, date: str) -> None:
    """'declared that the first stage of the negotiations had been concluded', a timeline's 'proclaims', a call in
    which the leaders 'agreed to hold talks': each the event, on its day."""
    _, events = _read(f"## Overview\n\n{ANCHOR[BRIEF]} {sentence}\n")
    assert events.get(slug) == date


@pytest.mark.parametrize(
    "header",
    [
        "| | U.S. exports | U.S. imports | Balance |",
        "| | Exports | Imports |",
        "| Category | U.S. exports to Japan | U.S. imports from Japan | U.S. balance |",
    ],
)
def test_a_table_of_flows_by_kind_of_trade_gives_each_cell(header: str) -> None:
    """Columns of flows and rows of goods, services and total, of the year the title names: a fact per cell."""
    width = header.count("|") - 2
    rows = ["| Goods | 81.2 | 150.1 | -68.9 |", "| Services | 50.0 | 43.5 | 6.5 |", "| Total | 131.2 | 193.6 | -62.4 |"]
    cells = "\n".join("|".join(row.split("|")[: width + 2]) + "|" for row in rows)
    table = f"Table 2. U.S. Trade with Japan, 2030 ($ billions)\n\n{header}\n|{' --- |' * width}\n{cells}\n"
    facts, _ = _read(f"## Overview\n\n{ANCHOR[BRIEF]}\n\n## Trade\n\n{table}")
    assert (
        facts["trade.us_goods_exports_to_japan"],
        facts["trade.us_services_imports_from_japan"],
        facts["trade.us_imports_from_japan"],
    ) == (81_200_000_000, 43_500_000_000, 193_600_000_000)
