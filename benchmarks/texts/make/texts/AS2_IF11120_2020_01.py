from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "AS2-IF11120-2020-01", "fresh19", "IF11120", 9
TITLE = "U.S.-Japan Trade Agreement Negotiations"
LAYOUTS = ["html", "pdf"]
PDF_OPTS = ["quotes", "nbsp"]
SIDEBAR = "Stage One Timeline"
CHART = {"unit": "$ trillions", "ymax": 1.5, "ticks": [0, 0.5, 1.0, 1.5],
         "series": ["Japan", "China"],
         "bars": {"2015": (1.12, 1.25), "2016": (1.09, 1.06), "2017": (1.06, 1.18), "2018": (1.04, 1.12), "2019": (1.16, 1.09)}}

MD = """
U.S.-Japan Trade Agreement Negotiations

Updated January 28, 2020

## Overview

Negotiated in under six months, the U.S.-Japan Trade Agreement (USJTA) came into effect on the first day of 2020; so did its companion, the U.S.-Japan Digital Trade Agreement (DTA). U.S. Trade Representative Robert Lighthizer and Japan's ambassador, Sugiyama Shinsuke, inked both texts in Washington the month after the leaders declared the deal done. President Trump has called the outcome a victory for U.S. farmers and ranchers, who had lost ground in Japan's market after his Administration withdrew from the Trans-Pacific Partnership (TPP) in January 2017. For Prime Minister Abe Shinzo, who in November became the longest-serving head of government in Japan's history, the deals bought a reprieve from threatened U.S. tariffs on Japanese cars. The two governments describe the agreements as a "first stage" and say they will consult on what a second stage should cover. Congress was not asked to approve either agreement.

## Stage One Timeline

| Step | Date |
| --- | --- |
| Leaders agree to negotiate | Sept. 26, 2018 |
| First formal round | Apr. 2019 |
| Sec. 232 auto proclamation | May 17, 2019 |
| Stage one declared final | Sept. 25, 2019 |
| USJTA and DTA signed | Oct. 7, 2019 |
| Both agreements in force | Jan. 1, 2020 |

## How the Talks Unfolded

Formal talks got under way with two days of meetings in Washington in mid-April 2019, the first negotiating round. On Friday, May 17, 2019, President Trump proclaimed that imports of autos and auto parts threaten to impair U.S. national security and directed USTR to seek agreements with Japan and the European Union to address them; no tariffs were imposed, and the 180-day window for those negotiations closed in November without further action. An agreement in principle, announced at the G-7 summit in Biarritz, France, on August 25, 2019, was followed by a joint statement in New York in which the leaders pronounced the first stage complete on September 25, 2019.

Ratification was never in doubt in Tokyo. Abe's Liberal Democratic Party and its partner Komeito had held on to their majority in the House of Councillors in the election of July 21, 2019, and the Diet approved the USJTA on December 4. In the United States, the Administration put the tariff cuts into effect by proclamation on December 26, relying on authority delegated by Congress in the 2015 Trade Promotion Authority statute.

## What Stage One Does

Japan is to eliminate or reduce tariffs on roughly $7.2 billion of U.S. agricultural exports, matching in most cases what CPTPP members receive. Its tariff on U.S. beef fell from 38.5% to 26.6% on January 1 and is to reach 9% in FY2033; tariffs on U.S. wine are to be phased out over seven years. The United States is cutting or removing tariffs on 241 tariff lines, mostly industrial goods such as machine tools and bicycles, but it kept its 2.5% tariff on Japanese passenger cars and its 25% tariff on light trucks. The DTA bars customs duties on electronically transmitted products, such as e-books and software, and protects cross-border data flows.

## Trade and Investment Ties

Japan was the 4th-largest U.S. trading partner in 2018, when two-way trade in goods and services came to $299.2 billion (Table 1). Only with China, Mexico, and Germany did the United States run a larger goods deficit that year than with Japan; at $67.6 billion, it was a little below 2017's $68.8 billion. Preliminary data put the goods deficit for January-November 2019 at $63.2 billion.

Table 1. U.S. Exports to and Imports from Japan, 2018 (billions of dollars)

| Category | Exports | Imports | Balance |
| --- | --- | --- | --- |
| Goods | 75.0 | 142.6 | -67.6 |
| Services | 46.2 | 35.4 | 10.8 |
| Total | 121.2 | 178.0 | -56.8 |

Source: Bureau of Economic Analysis; Census Bureau. Full-year 2019 figures are due in February.

Investment runs deep in both directions, though not evenly. Japan's $484.4 billion direct investment position in the United States at the end of 2018 was runner-up to the United Kingdom's, and Japanese-owned affiliates employ roughly 860,000 U.S. workers. U.S. multinationals' stake in Japan, by comparison, came to $124.9 billion. Japan is also the U.S. government's biggest foreign creditor: Treasury data for November 2019 put its holdings of U.S. Treasury securities at $1.16 trillion, ahead of China's $1.09 trillion (Figure 1).

**Figure 1. Holdings of U.S. Treasury Securities, Japan and China, 2015-2019**

Source: U.S. Treasury (TIC). End of year; 2019 as of November.

## Issues for Congress

- **Stage two.** The September 2019 joint statement calls for consultations within four months of entry into force, that is, by early May 2020, on the scope of further talks; the Administration seeks a comprehensive deal covering services, investment, and remaining tariffs.
- **Autos.** Japan reads the joint statement as a pledge that no Section 232 auto tariffs will be imposed on it; U.S. officials have not said so publicly.
- **Congress's role.** Some Members question whether an agreement this limited should be concluded without a vote, and whether later stages would be submitted under TPA, which expires July 1, 2021.
- **Competitors.** CPTPP, in force for Japan since December 30, 2018, and the Japan-EU Economic Partnership Agreement, in force since February 1, 2019, still give other exporters better access in some sectors, while the U.S.-China "Phase One" agreement, signed on January 15, 2020, commits China to buy more U.S. farm goods, some of which compete with sales to Japan.

**Brock R. Williams**, Specialist in International Trade and Finance

**Cathleen D. Cimino-Isaacs**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Trump", "Donald", "President Trump", note="given name not written"),
        "leaders.japan_prime_minister": P("Abe", "Shinzo", "Prime Minister Abe Shinzo"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="the U.S.-Japan Trade Agreement (USJTA) came into effect on the first day of 2020", note="also the sidebar table's 'Both agreements in force | Jan. 1, 2020'"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="so did its companion, the U.S.-Japan Digital Trade Agreement (DTA)", note="date carried from the USJTA clause; also the sidebar table"),
        "agreements.usjta_signed": D("2019-10-07", as_written="Stage One Timeline table: 'USJTA and DTA signed | Oct. 7, 2019'", note="the prose says only 'the month after the leaders declared the deal done'"),
        "trade.overall_partner_rank": F(4, period="2018", as_written="Japan was the 4th-largest U.S. trading partner in 2018"),
        "trade.goods_deficit_rank": F(4, period="2018", as_written="Only with China, Mexico, and Germany did the United States run a larger goods deficit that year than with Japan", note="three larger deficits named = rank 4"),
        "trade.goods_deficit": F(67600000000, period="2018", as_written="at $67.6 billion, it was a little below 2017's $68.8 billion", note="also Table 1's goods balance -67.6"),
        "trade.us_exports_to_japan": F(121200000000, period="2018", as_written="Table 1 (U.S. Exports to and Imports from Japan, 2018): Total | 121.2 (Exports)"),
        "trade.us_goods_exports_to_japan": F(75000000000, period="2018", as_written="Table 1: Goods | 75.0"),
        "trade.us_services_exports_to_japan": F(46200000000, period="2018", as_written="Table 1: Services | 46.2"),
        "trade.us_imports_from_japan": F(178000000000, period="2018", as_written="Table 1: Total | ... | 178.0 (Imports)"),
        "trade.us_goods_imports_from_japan": F(142600000000, period="2018", as_written="Table 1: Goods | ... | 142.6"),
        "trade.us_services_imports_from_japan": F(35400000000, period="2018", as_written="Table 1: Services | ... | 35.4"),
        "trade.fdi_source_rank": F(2, period="2018", as_written="Japan's $484.4 billion direct investment position in the United States at the end of 2018 was runner-up to the United Kingdom's"),
        "trade.japan_fdi_stock_in_us": F(484400000000, period="2018", as_written="Japan's $484.4 billion direct investment position in the United States at the end of 2018"),
        "trade.us_fdi_stock_in_japan": F(124900000000, period="2018", as_written="U.S. multinationals' stake in Japan, by comparison, came to $124.9 billion", note="year carried from the sentence before"),
        "trade.treasury_holder_rank": F(1, period="2019-11", as_written="Japan is also the U.S. government's biggest foreign creditor: Treasury data for November 2019 put its holdings of U.S. Treasury securities at $1.16 trillion, ahead of China's $1.09 trillion"),
    },
    "elections": {
        "upper_house_2019": E("Upper House", "2019-07-21", "held", result="LDP-Komeito kept their majority"),
    },
    "events": {
        "first_negotiating_round": EV("First formal round of U.S.-Japan trade negotiations, Washington", "2019-04", "held"),
        "section232_autos_proclamation": EV("President proclaims auto and parts imports a threat to U.S. national security; no tariffs imposed", "2019-05-17", "held"),
        "stage_one_deal_finalized": EV("Leaders pronounce the first stage complete in a joint statement in New York", "2019-09-25", "held"),
    },
    "notes": "Traps: title 'U.S.-Japan Trade Agreement Negotiations' (the era's title); 'Negotiated in under six months'; 'inked both texts in Washington the month after the leaders declared the deal done' (signing month only relative; the day is the sidebar table's); 'withdrew from the Trans-Pacific Partnership (TPP) in January 2017'; 'who in November became the longest-serving head of government'; 'Congress was not asked to approve'; sidebar table 'Leaders agree to negotiate | Sept. 26, 2018' (no tracked event; not tariff_talks_announced); 'two days of meetings in Washington in mid-April 2019' (month precision); 'On Friday, May 17, 2019' (proclamation: 'no tariffs were imposed'; no autos tariff rate); 'the 180-day window ... closed in November'; 'An agreement in principle, announced at the G-7 summit in Biarritz, France, on August 25, 2019' (not the finalization); 'the Diet approved the USJTA on December 4'; 'put the tariff cuts into effect by proclamation on December 26' (not the in-force date); 'the 2015 Trade Promotion Authority statute'; '$7.2 billion of U.S. agricultural exports'; 'from 38.5% to 26.6% on January 1' and '9% in FY2033' (Japan's beef tariffs); 'over seven years'; '241 tariff lines'; 'its 2.5% tariff on Japanese passenger cars and its 25% tariff on light trucks' (MFN, no tariff fact); 'two-way trade in goods and services came to $299.2 billion' (no fact); '2017's $68.8 billion' (past deficit); 'January-November 2019 at $63.2 billion' (partial year); Table 1's services balance 10.8 and total balance -56.8; 'Full-year 2019 figures are due in February'; 'roughly 860,000 U.S. workers'; 'China's $1.09 trillion'; Figure 1 (Treasury holdings of Japan and China, 2015-2019, $ trillions, ticks 0-1.5, no value labels; HTML: floated into the sidebar); 'by early May 2020' (planned consultations); 'which expires July 1, 2021' (TPA); 'CPTPP, in force for Japan since December 30, 2018' and 'in force since February 1, 2019' (other agreements' in-force dates); 'the U.S.-China \"Phase One\" agreement, signed on January 15, 2020' (another country's signing); HTML sidebar 'Stage One Timeline' with abbreviated months ('Sept.', 'Apr.', 'Oct.', 'Jan.'); PDF curly quotes and NBSP",
}
