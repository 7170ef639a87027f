from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "EA2-IF11120-2022-04", "fresh24", "IF11120", 17
TITLE = "U.S.-Japan Trade Agreement Negotiations"
LAYOUTS = ["md", "pdf"]
PDF_OPTS = ["quotes", "hyph"]
CHART = {"unit": "$ billions", "ymax": 16, "ticks": [0, 4, 8, 12, 16],
         "series": ["U.S. agricultural exports to Japan"],
         "bars": {"2017": (11.9,), "2018": (12.9,), "2019": (12.2,), "2020": (12.0,), "2021": (14.1,)}}

MD = """
U.S.-Japan Trade Agreement Negotiations

Updated April 26, 2022

## Overview

Two limited trade agreements with Japan, negotiated under the Trump Administration, have now been in effect for more than two years. The Biden Administration has not sought to build on them with further market-access talks. It has instead folded trade into broader economic dialogues with Tokyo and is preparing a regional initiative, the Indo-Pacific Economic Framework (IPEF), which President Joe Biden is expected to launch during a visit to Tokyo in late May. At a virtual summit on January 21, Biden and Prime Minister Kishida Fumio agreed to create an Economic "2+2" that will bring together both countries' foreign and commerce ministers; it has not yet met. Kishida, who took office last October, faces an upper house election due in July, and his government has shown little appetite for new agricultural concessions before then.

## The 2019 Agreements

Formal negotiations ran from mid-April to late September 2019, when President Donald Trump and then-Prime Minister Abe Shinzo declared the first stage complete on the sidelines of the U.N. General Assembly. Japan had agreed to talk in 2018 partly to head off U.S. tariffs on its automobiles. The President's proclamation of May 17, 2019, found that auto imports threatened to impair U.S. national security, but deferred any action; tariffs of up to 25% on Japanese cars, against the 2.5% duty applied today, were never imposed.

The stage-one outcome consists of two texts:

- The U.S.-Japan Trade Agreement (USJTA) reduces or eliminates Japanese tariffs on roughly $7.2 billion of U.S. farm exports. Japan's beef tariff, 38.5% before the agreement, fell to 24.1% on April 1 and is to reach 9% in FY2033. The United States cut tariffs on about $40 million of Japanese farm goods and on some industrial items.
- The U.S.-Japan Digital Trade Agreement (DTA) bars customs duties on electronic transmissions and restricts data-localization requirements, covering some $40 billion in annual digital trade.

January 1, 2020, marked the entry into force of both the USJTA and the DTA, which had been signed less than three months before, on October 7, 2019. Japan's Diet approved them in early December of that year. The USJTA committed the two sides to consult, within four months, on a second stage covering services, investment, and other issues; no such talks have taken place.

## Steel and Aluminum

Under an arrangement announced on February 7, 2022, the United States replaced its Section 232 tariff on Japanese steel with a tariff-rate quota (TRQ) from April 1. Up to 1.25 million metric tons of Japanese steel a year may now enter free of the 25% duty; shipments above the quota still pay it. The 10% Section 232 tariff on aluminum from Japan remains in place. Japan agreed to work with the United States on excess steel capacity, a reference chiefly to China.

## Trade and Investment Ties

Counting the European Union as a single partner, Japan was the fifth-largest U.S. trading partner in 2021, a notch below its place a year earlier. U.S. exports to Japan rebounded to $112.2 billion in 2021 from $104.4 billion in 2020, and imports from Japan rose to $167.8 billion from $147.6 billion; Table 1 splits both flows between goods and services. The goods gap in the table ranked fourth in size among U.S. bilateral goods deficits that year.

Table 1. U.S. Trade with Japan, 2021 ($ billions)

| Flow | Goods | Services | Total |
| --- | --- | --- | --- |
| U.S. exports | 76.7 | 35.5 | 112.2 |
| U.S. imports | 132.6 | 35.2 | 167.8 |
| Balance | -55.9 | 0.3 | -55.6 |

Source: Bureau of Economic Analysis (BEA).

Investment ties are deeper still. Japanese firms' direct investment position in the United States, $648 billion at the end of 2020, topped that of British firms, the next-largest investors. U.S. direct investment in Japan came to $132 billion that year, about a fifth as much. With $1.23 trillion in U.S. Treasury securities in February, Japan held some $180 billion more than China, the second-largest foreign holder. Tokyo's agricultural purchases have grown as well (Figure 1).

**Figure 1. U.S. Agricultural Exports to Japan, 2017-2021**

Source: U.S. Department of Agriculture, Global Agricultural Trade System.

## Issues for Congress

- Will IPEF include market access? The Administration has said it will not offer tariff cuts, and some Members argue that an agreement without them will not be binding on partners.
- Should the United States seek to rejoin the Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP)? Its 11 members include Japan; China and Taiwan applied to join in September 2021, and the United Kingdom is negotiating its accession.
- How should Congress treat agreements concluded without trade promotion authority, which expired on July 1, 2021? The USJTA was implemented under delegated tariff-proclamation authority and was not submitted for a vote.
- Does the yen's slide, past ¥128 per dollar this month and its weakest since 2002, threaten the competitiveness of U.S. exporters?

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Biden", "Joe", "President Joe Biden"),
        "leaders.japan_prime_minister": P("Kishida", "Fumio", "Prime Minister Kishida Fumio"),
        "trade.overall_partner_rank": F(5, period="2021", as_written="Counting the European Union as a single partner, Japan was the fifth-largest U.S. trading partner in 2021"),
        "trade.us_exports_to_japan": F(112200000000, period="2021", as_written="U.S. exports to Japan rebounded to $112.2 billion in 2021"),
        "trade.us_goods_exports_to_japan": F(76700000000, period="2021", as_written="Table 1: U.S. exports | 76.7 (Goods)"),
        "trade.us_services_exports_to_japan": F(35500000000, period="2021", as_written="Table 1: U.S. exports | 35.5 (Services)"),
        "trade.us_imports_from_japan": F(167800000000, period="2021", as_written="imports from Japan rose to $167.8 billion"),
        "trade.us_goods_imports_from_japan": F(132600000000, period="2021", as_written="Table 1: U.S. imports | 132.6 (Goods)"),
        "trade.us_services_imports_from_japan": F(35200000000, period="2021", as_written="Table 1: U.S. imports | 35.2 (Services)"),
        "trade.goods_deficit": F(55900000000, period="2021", as_written="Table 1: Balance | -55.9 (Goods)"),
        "trade.goods_deficit_rank": F(4, period="2021", as_written="The goods gap in the table ranked fourth in size among U.S. bilateral goods deficits that year"),
        "trade.japan_fdi_stock_in_us": F(648000000000, period="2020", as_written="Japanese firms' direct investment position in the United States, $648 billion at the end of 2020"),
        "trade.fdi_source_rank": F(1, period="2020", as_written="topped that of British firms, the next-largest investors"),
        "trade.us_fdi_stock_in_japan": F(132000000000, period="2020", as_written="U.S. direct investment in Japan came to $132 billion that year"),
        "trade.treasury_holder_rank": F(1, period="2022-02", as_written="With $1.23 trillion in U.S. Treasury securities in February, Japan held some $180 billion more than China, the second-largest foreign holder"),
        "agreements.usjta_signed": D("2019-10-07", as_written="which had been signed less than three months before, on October 7, 2019"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="January 1, 2020, marked the entry into force of both the USJTA and the DTA"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="January 1, 2020, marked the entry into force of both the USJTA and the DTA"),
    },
    "elections": {
        "upper_house_2022": E("Upper House", "2022-07", "upcoming", note="'faces an upper house election due in July' (year from the text's date)"),
    },
    "events": {
        "first_negotiating_round": EV("formal U.S.-Japan trade negotiations open", "2019-04", "held"),
        "section232_autos_proclamation": EV("Section 232 autos proclamation", "2019-05-17", "held"),
        "stage_one_deal_finalized": EV("stage one declared complete (New York)", "2019-09", "held"),
    },
    "notes": "Traps: 'have now been in effect for more than two years'; 'The Biden Administration' (the president is named in full as 'President Joe Biden'); 'in late May' (a planned visit and IPEF launch); 'At a virtual summit on January 21' and the Economic '2+2' that 'has not yet met'; 'Kishida, who took office last October' (no election stated); 'President Donald Trump and then-Prime Minister Abe Shinzo' (former leaders); 'Japan had agreed to talk in 2018' (not tariff_talks_announced); 'Formal negotiations ran from mid-April to late September 2019' (first_negotiating_round 2019-04 and stage_one_deal_finalized 2019-09, month precision, from one span sentence); 'tariffs of up to 25% on Japanese cars, against the 2.5% duty applied today, were never imposed' (no Section 232 autos rate, no tariff on most imports); 'roughly $7.2 billion of U.S. farm exports', '38.5% before the agreement, fell to 24.1% on April 1 and is to reach 9% in FY2033', 'about $40 million', 'some $40 billion in annual digital trade'; 'Japan's Diet approved them in early December of that year'; 'within four months, on a second stage' (never held); 'announced on February 7, 2022', 'from April 1', 'Up to 1.25 million metric tons', 'the 25% duty', 'The 10% Section 232 tariff on aluminum' (no tariff fact); 'a notch below its place a year earlier' (past rank 4); 'from $104.4 billion in 2020' and 'from $147.6 billion' (2020 flows); Table 1 'Balance' row: services '0.3' and total '-55.6' (the goods deficit is the goods column's -55.9); 'about a fifth as much' (a fraction, no fact); '$1.23 trillion' and 'some $180 billion more than China' (amounts, not the rank); Figure 1 (U.S. agricultural exports to Japan 2017-2021, $ billions, ticks 0-16, no value labels); 'Its 11 members include Japan', 'applied to join in September 2021'; 'which expired on July 1, 2021'; 'past ¥128 per dollar this month and its weakest since 2002' (no IF11120 fact); Issues for Congress as a bullet list of questions; PDF curly quotes and hyphenated line ends",
}
