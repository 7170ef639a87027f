from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "AQ2-IF11120-2025-12", "fresh18", "IF11120", 23
TITLE = "U.S.-Japan Trade Agreements and Tariff Negotiations"
LAYOUTS = ["layout", "html"]
PDF_OPTS = ["lig", "nbsp"]
SIDEBAR = "The $550 Billion Commitment"

MD = """
U.S.-Japan Trade Agreements and Tariff Negotiations

Updated December 16, 2025

## Overview

Eleven months into President Donald Trump's second term, a framework reached in July 2025 has replaced a patchwork of new tariffs with a single 15% rate on most Japanese goods, in exchange for Japan's commitment to finance $550 billion of investment in the United States. Prime Minister Takaichi Sanae, who took office on October 21, 2025, has pledged to carry out the deal her predecessor, Ishiba Shigeru, negotiated, and hosted the President in Tokyo in late October. Whether the main tariff survives depends in part on the Supreme Court, which heard argument on November 5, 2025, over the President's use of the International Emergency Economic Powers Act (IEEPA) and has yet to rule.

## Tariffs in Effect

Table 1 sets the rates Japanese goods pay this month beside those they paid at the end of July 2025, before the framework took effect.

Table 1. U.S. Tariffs on Goods from Japan

| Product (authority) | Dec. 2025 | July 2025 |
| --- | --- | --- |
| Most goods (IEEPA) | 15% | 10% + MFN |
| Autos, parts (Sec. 232) | 15% | 27.5% |
| Steel, aluminum (Sec. 232) | 50% | 50% |
| Civil aircraft (IEEPA) | MFN only | 10% + MFN |

Source: CRS, from executive orders and proclamations. MFN = most-favored-nation duty.

The main rate, levied under IEEPA, has applied since August 7, 2025. For most goods it is all-inclusive: a Japanese product pays 15% in total, or its MFN duty alone if that is higher. Customs at first stacked the 15% on top of MFN duties; an executive order of September 4 corrected that, back to August 7. The resulting rate is lower than the 24% the President announced for Japan in April, and well below the 25% he threatened in a July 7 letter to impose from August 1, but higher than the 10% baseline that applied in between.

Autos waited longer. Until September 16, 2025, Japanese cars and parts paid the 25% Section 232 tariff on top of the 2.5% MFN duty; from that date the combined rate fell to 15%, lower than what most other countries' cars still pay.

## How the Framework Came About

Talks followed an April 7, 2025, telephone call in which President Trump and then-Prime Minister Ishiba agreed to negotiate. The President had announced the 24% "reciprocal" rate for Japan on April 2; it was suspended within hours of taking effect on April 9. After more than half a dozen trips to Washington by Japan's negotiator, Akazawa Ryosei, the President announced the framework on July 22, 2025. Its terms were put on paper only later, in the September 4 executive order and a memorandum of understanding on investment signed the same day. During his Tokyo visit, the President and Takaichi signed a document on implementing the agreement and, on October 28, a separate framework on critical minerals and rare earths.

## The $550 Billion Commitment

**What did Japan commit?** $550 billion for U.S. projects, mostly in loans, guarantees, and equity from government-backed lenders.

**By when?** Before January 19, 2029, the day before the President's term ends.

**Who chooses the projects?** An investment committee chaired by the Secretary of Commerce recommends them, and the President selects. Japan may decline to fund one, at the risk of higher tariffs.

**Who keeps the returns?** Cash flows are split evenly until Japan recovers its outlay; after that, 90% go to the United States.

**How does it compare?** It is larger than South Korea's $350 billion and a little smaller than the $600 billion the European Union cited.

## Trade and Investment Flows

Japan's weight in U.S. commerce rests more on capital than on trade, as Table 2 shows.

Table 2. Japan in U.S. Trade and Investment, 2024 ($ billions)

| Measure | Value | Ranked above |
| --- | --- | --- |
| Two-way trade | 320.9 | 5 |
| U.S. exports to Japan | 129.1 | n.a. |
| Goods within exports | 79.7 | n.a. |
| Services within exports | 49.4 | n.a. |
| U.S. imports from Japan | 191.8 | n.a. |
| Goods within imports | 149.6 | n.a. |
| Services within imports | 42.2 | n.a. |
| Goods deficit (Census) | 68.5 | 6 |
| Japan's FDI in the U.S. | 792.6 | 0 |
| U.S. FDI in Japan | 136.0 | n.a. |

Source: CRS, from BEA and Census Bureau data. "Ranked above" counts the U.S. partners with a larger figure than Japan's, the European Union not counted as one partner. FDI is the year-end position on a historical-cost basis.

Goods made up the larger part of trade in both directions, though not equally: close to four-fifths of U.S. imports from Japan, against about three-fifths of U.S. exports to it. In services the balance ran the other way, by $7.2 billion. The goods deficit was smaller than 2023's $71.2 billion. Japanese firms' direct investment position in the United States is nearly six times the U.S. position in Japan. Japan's holdings of U.S. Treasury securities, $1.19 trillion in September 2025, exceeded by about $320 billion those of the United Kingdom, which has displaced China as the second-largest foreign holder.

## The 2019 Agreements

The new framework sits on top of, rather than replacing, the agreements of the first Trump Administration. Negotiations opened in April 2019 and were declared finished in New York on September 25, 2019. Signed on October 7, 2019, and in force since January 1, 2020, as is its companion, the U.S.-Japan Digital Trade Agreement, the U.S.-Japan Trade Agreement (USJTA) cut or removed Japanese tariffs on about $7 billion of U.S. farm goods. A Critical Minerals Agreement signed on March 28, 2023, under President Biden, remains in force; the October 28 framework does not replace it.

## Issues for Congress

- Whether the Supreme Court will void the IEEPA tariffs, and what the Administration might use instead: Section 122 allows up to 15% for 150 days, and Section 301 requires an investigation.
- Politics in Tokyo: Takaichi, chosen LDP president on October 4, 2025, after her party and Komeito lost their upper house majority in the July 20, 2025, election, now governs with the support of Nippon Ishin no Kai, Komeito having left the coalition.

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Kyla H. Kitamura**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Trump", "Donald", "President Donald Trump's second term"),
        "leaders.japan_prime_minister": P("Takaichi", "Sanae", "Prime Minister Takaichi Sanae, who took office on October 21, 2025"),
        "tariffs.us_tariff_most_imports": F(15, period="2025-08-07", as_written="a single 15% rate on most Japanese goods; The main rate, levied under IEEPA, has applied since August 7, 2025", note="inclusive of MFN duties; Table 1's Dec. 2025 column"),
        "tariffs.ieepa_rate": F(15, period="2025-08-07", as_written="The main rate, levied under IEEPA, has applied since August 7, 2025"),
        "tariffs.section232_autos": F(15, period="2025-09-16", as_written="from that date the combined rate fell to 15%", note="date carried from 'Until September 16, 2025'; Table 1's Dec. 2025 column"),
        "framework.announced": D("2025-07-22", as_written="the President announced the framework on July 22, 2025"),
        "framework.investment_pledge": F(550000000000, by="2029-01-19", as_written="$550 billion for U.S. projects ... Before January 19, 2029", note="sidebar Q&A; the deadline is the answer to 'By when?'"),
        "trade.overall_partner_rank": F(6, period="2024", as_written="Table 2: Two-way trade ... Ranked above 5", note="five partners with a larger figure: rank 6"),
        "trade.us_exports_to_japan": F(129100000000, period="2024", as_written="Table 2: U.S. exports to Japan 129.1"),
        "trade.us_goods_exports_to_japan": F(79700000000, period="2024", as_written="Table 2: Goods within exports 79.7"),
        "trade.us_services_exports_to_japan": F(49400000000, period="2024", as_written="Table 2: Services within exports 49.4"),
        "trade.us_imports_from_japan": F(191800000000, period="2024", as_written="Table 2: U.S. imports from Japan 191.8"),
        "trade.us_goods_imports_from_japan": F(149600000000, period="2024", as_written="Table 2: Goods within imports 149.6"),
        "trade.us_services_imports_from_japan": F(42200000000, period="2024", as_written="Table 2: Services within imports 42.2"),
        "trade.goods_deficit": F(68500000000, period="2024", as_written="Table 2: Goods deficit (Census) 68.5"),
        "trade.goods_deficit_rank": F(7, period="2024", as_written="Table 2: Goods deficit (Census) ... Ranked above 6", note="six partners with a larger deficit: rank 7"),
        "trade.fdi_source_rank": F(1, period="2024", as_written="Table 2: Japan's FDI in the U.S. ... Ranked above 0", note="no partner with a larger figure: rank 1"),
        "trade.japan_fdi_stock_in_us": F(792600000000, period="2024", as_written="Table 2: Japan's FDI in the U.S. 792.6"),
        "trade.us_fdi_stock_in_japan": F(136000000000, period="2024", as_written="Table 2: U.S. FDI in Japan 136.0"),
        "trade.treasury_holder_rank": F(1, period="2025-09", as_written="$1.19 trillion in September 2025, exceeded by about $320 billion those of the United Kingdom, which has displaced China as the second-largest foreign holder", note="rank by comparison with the second-largest holder"),
        "agreements.usjta_signed": D("2019-10-07", as_written="Signed on October 7, 2019"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="and in force since January 1, 2020"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="in force since January 1, 2020, as is its companion, the U.S.-Japan Digital Trade Agreement"),
        "agreements.critical_minerals_signed": D("2023-03-28", as_written="A Critical Minerals Agreement signed on March 28, 2023"),
    },
    "elections": {
        "upper_house_2025": E("Upper House", "2025-07-20", "held", result="LDP and Komeito lost their majority"),
        "ldp_president_2025": E("LDP president", "2025-10-04", "held", result="Takaichi Sanae chosen"),
    },
    "events": {
        "tariff_talks_announced": EV("Trump and Ishiba agree by telephone to negotiate on tariffs", "2025-04-07", "held"),
        "first_negotiating_round": EV("USJTA negotiations open", "2019-04", "held"),
        "stage_one_deal_finalized": EV("first-stage agreements declared finished in New York", "2019-09-25", "held"),
    },
    "notes": "Traps: 'in late October' and 'On October 28' (Tokyo visit; the critical minerals and rare earths framework, not the 2023 CMA); 'heard argument on November 5, 2025' and 'has yet to rule' (no IEEPA ruling); Table 1's 'July 2025' column ('10% + MFN', '27.5%'), the sectoral '50%' row and 'MFN only' (aircraft); 'at the end of July 2025'; 'Customs at first stacked the 15% on top of MFN duties' and 'an executive order of September 4' (not the framework's announcement); 'the 24% the President announced for Japan in April' (announced, then suspended), 'the 25% he threatened in a July 7 letter to impose from August 1' (threatened) and 'the 10% baseline that applied in between' (past); 'the 25% Section 232 tariff on top of the 2.5% MFN duty' (earlier auto rate); 'announced the 24% \"reciprocal\" rate for Japan on April 2' and 'taking effect on April 9'; 'After more than half a dozen trips to Washington'; 'a memorandum of understanding on investment signed the same day'; sidebar 'the day before the President's term ends', 'split evenly' and '90% go to the United States', 'South Korea's $350 billion' and 'the $600 billion the European Union cited' (other countries); Table 2's 'Two-way trade 320.9' (no catalogue amount) and 'n.a.' rank cells; '\"Ranked above\" counts the U.S. partners with a larger figure than Japan's' (ranks are one more than the count); 'close to four-fifths' and 'about three-fifths' (shares, no catalogue fact); 'by $7.2 billion' (services balance); '2023's $71.2 billion' (past deficit); 'nearly six times'; 'by about $320 billion' (a gap) and 'the second-largest foreign holder' (the United Kingdom's rank); 'about $7 billion of U.S. farm goods'; 'under President Biden' (former); Issues bullets: 'Section 122 allows up to 15% for 150 days' (an authority, no surcharge in effect), Section 301, 'now governs with the support of Nippon Ishin no Kai, Komeito having left the coalition' (no IF11120 fact); HTML sidebar 'The $550 Billion Commitment' (run-in bold questions); layout text with ligatures (NBSP removed by pdftotext)",
}
