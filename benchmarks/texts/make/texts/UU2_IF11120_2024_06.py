from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "UU2-IF11120-2024-06", "fresh13", "IF11120", 17
TITLE = "U.S.-Japan Trade Agreements and Negotiations"
LAYOUTS = ["pdf", "interleaved"]
PDF_OPTS = ["lig", "nbsp", "hyph"]
CHART = {"unit": "$ billions", "ymax": 60, "ticks": [0, 15, 30, 45, 60],
         "series": ["HS 87", "HS 84-85", "All other HS"],
         "bars": {"2019": (55.2, 44.6, 43.7), "2020": (44.1, 38.9, 36.5), "2021": (49.8, 43.5, 41.8), "2022": (53.9, 45.8, 48.4), "2023": (57.6, 44.1, 46.3)}}

MD = """
U.S.-Japan Trade Agreements and Negotiations

Updated June 20, 2024

## Overview

When President Joe Biden welcomed Prime Minister Kishida Fumio for a state visit on April 10, 2024, the leaders issued some 70 announcements, most of them on defense, space, and technology; none launched new trade negotiations. U.S.-Japan trade relations instead rest on limited "stage one" agreements concluded in 2019, during the Trump Administration, and on sectoral arrangements added since, none of which Congress was asked to approve. Members have shown interest in several pending matters: a Japanese steelmaker's bid for U.S. Steel, the treatment of Japanese goods in U.S. industrial policy, and the Indo-Pacific Economic Framework (IPEF).

## Trade and Investment Ties

Two-way trade in goods and services with Japan came to about $305 billion in 2023. On that measure, and counting the European Union (EU) as one partner, Japan's total trailed those of five partners: the EU, Canada, Mexico, China, and the United Kingdom. As recently as 2019, only three had been larger.

U.S. exporters earned $121.1 billion in Japan in 2023. Services accounted for a little over a third of it ($44.2 billion), goods for the rest ($76.9 billion). Purchases from Japan were larger, at $183.8 billion, of which $148.0 billion was goods and $35.8 billion services. Both flows were up from 2022, when they stood at $120.1 billion and $180.3 billion.

The U.S. deficit in goods trade with Japan, $71.1 billion in 2023, was exceeded only by those with China, Mexico, Vietnam, and Germany. Ireland and Canada followed close behind, each at roughly $65 billion. Motor vehicles and parts (HS chapter 87) make up the largest share of U.S. imports from Japan (Figure 1).

**Figure 1. U.S. Goods Imports from Japan by HS Chapter, 2019-2023**

Source: U.S. Census Bureau. Chapters 84-85: machinery.

Japanese companies held some $775 billion in direct investment in the United States at the end of 2022, the latest year with data, a larger stock than that of any other country; the United Kingdom's, next in size, was about $100 billion smaller. U.S. firms' stake in Japan, $128.3 billion that year, was roughly one-sixth as large. Nippon Steel's $14.1 billion offer for U.S. Steel, announced in December 2023, would add to the Japanese total, but President Biden has said U.S. Steel should remain American-owned, and the deal awaits review by the Committee on Foreign Investment in the United States (CFIUS). Japan's holdings of U.S. Treasury securities, about $1.15 trillion in April 2024, surpass those of every other foreign country, China's included (about $770 billion).

## Agreements in Force

The United States and Japan have no comprehensive free trade agreement. The arrangements now in effect are these:

- U.S.-Japan Trade Agreement (USJTA): signed October 7, 2019; in force January 1, 2020.
- U.S.-Japan Digital Trade Agreement: signed the same day; in force January 1, 2020.
- Steel and aluminum tariff-rate quota (TRQ): announced February 7, 2022; effective April 1, 2022.
- Critical Minerals Agreement (CMA): signed March 28, 2023, and effective on signature.
- IPEF Supply Chain Agreement (14 parties): signed November 14, 2023; in force February 24, 2024.

Under the USJTA, Japan cut or removed tariffs on about $7.2 billion of U.S. farm exports, while the United States lowered duties on some $40 million of Japanese farm products and on certain industrial goods. Autos, the largest Japanese export, were left out. The TRQ lets 1.25 million metric tons of Japanese steel a year enter free of the 25% Section 232 duty; the 10% duty on Japanese aluminum remains. The CMA allows minerals processed in Japan to count toward the Inflation Reduction Act's clean-vehicle tax credit of up to $7,500.

## How Stage One Was Reached

President Donald Trump and then-Prime Minister Abe Shinzo agreed on September 26, 2018, meeting in New York, to open negotiations. Negotiators held their first formal round in April 2019. On May 17, 2019, a presidential proclamation under Section 232 found that imports of autos and parts threatened U.S. national security and directed talks with Japan and the EU; the tariffs of up to 25% that had been discussed were never imposed. At a meeting on the margins of the U.N. General Assembly on September 25, 2019, the two leaders declared the first stage of talks complete. A second stage, meant to begin within four months of entry into force, never did.

## Current Issues

The Biden Administration has not sought a broader bilateral deal. It has worked with Japan through IPEF, whose members signed clean economy and fair economy agreements on June 6, 2024, in Singapore; talks on IPEF's trade pillar remain unfinished. Meanwhile, on May 14, 2024, the Administration raised Section 301 tariffs on certain Chinese goods, including a 100% rate on electric vehicles, steps Tokyo has watched for spillover into Japanese supply chains. Former President Donald Trump, the presumptive Republican nominee, has floated a 10% tariff on all U.S. imports, which would reach Japanese goods.

Japan's own trade agenda centers on the 11-member Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP), which the United Kingdom signed on to in July 2023. In Tokyo, Kishida's term as LDP president expires in September 2024, when the party is to hold a leadership election; the yen, meanwhile, fell past ¥160 to the dollar in late April, its weakest level in 34 years.

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Kyla H. Kitamura**, Analyst in Asian Affairs
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Biden", "Joe", "President Joe Biden"),
        "leaders.japan_prime_minister": P("Kishida", "Fumio", "Prime Minister Kishida Fumio"),
        "trade.overall_partner_rank": F(6, period="2023", as_written="counting the European Union (EU) as one partner, Japan's total trailed those of five partners: the EU, Canada, Mexico, China, and the United Kingdom", note="five partners larger = 6"),
        "trade.us_exports_to_japan": F(121100000000, period="2023", as_written="U.S. exporters earned $121.1 billion in Japan in 2023"),
        "trade.us_services_exports_to_japan": F(44200000000, period="2023", as_written="Services accounted for a little over a third of it ($44.2 billion)"),
        "trade.us_goods_exports_to_japan": F(76900000000, period="2023", as_written="goods for the rest ($76.9 billion)"),
        "trade.us_imports_from_japan": F(183800000000, period="2023", as_written="Purchases from Japan were larger, at $183.8 billion"),
        "trade.us_goods_imports_from_japan": F(148000000000, period="2023", as_written="of which $148.0 billion was goods"),
        "trade.us_services_imports_from_japan": F(35800000000, period="2023", as_written="and $35.8 billion services"),
        "trade.goods_deficit": F(71100000000, period="2023", as_written="The U.S. deficit in goods trade with Japan, $71.1 billion in 2023"),
        "trade.goods_deficit_rank": F(5, period="2023", as_written="was exceeded only by those with China, Mexico, Vietnam, and Germany", note="four larger = 5"),
        "trade.japan_fdi_stock_in_us": F(775000000000, "about", period="2022", as_written="Japanese companies held some $775 billion in direct investment in the United States at the end of 2022"),
        "trade.fdi_source_rank": F(1, period="2022", as_written="a larger stock than that of any other country; the United Kingdom's, next in size, was about $100 billion smaller"),
        "trade.us_fdi_stock_in_japan": F(128300000000, period="2022", as_written="U.S. firms' stake in Japan, $128.3 billion that year"),
        "trade.treasury_holder_rank": F(1, period="2024-04", as_written="Japan's holdings of U.S. Treasury securities, about $1.15 trillion in April 2024, surpass those of every other foreign country"),
        "agreements.usjta_signed": D("2019-10-07", as_written="U.S.-Japan Trade Agreement (USJTA): signed October 7, 2019"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="in force January 1, 2020"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="U.S.-Japan Digital Trade Agreement: signed the same day; in force January 1, 2020"),
        "agreements.critical_minerals_signed": D("2023-03-28", as_written="Critical Minerals Agreement (CMA): signed March 28, 2023"),
    },
    "elections": {
        "ldp_president_2024": E("LDP president", "2024-09", "upcoming", note="term expires, and a leadership election is to be held"),
    },
    "events": {
        "first_negotiating_round": EV("first formal round of negotiations", "2019-04", "held"),
        "section232_autos_proclamation": EV("Section 232 proclamation on autos and parts; tariffs not imposed", "2019-05-17", "held"),
        "stage_one_deal_finalized": EV("leaders declare the first stage complete at the U.N. General Assembly", "2019-09-25", "held"),
    },
    "notes": "Traps: 'on April 10, 2024' (state visit) and 'some 70 announcements'; 'concluded in 2019, during the Trump Administration'; 'came to about $305 billion in 2023' (two-way total, no fact); 'As recently as 2019, only three had been larger' (past rank 4); 'a little over a third' (a fraction, not a fact); 'when they stood at $120.1 billion and $180.3 billion' (2022 flows); 'Ireland and Canada followed close behind, each at roughly $65 billion' (other countries' deficits); 'Motor vehicles and parts (HS chapter 87)'; Figure 1 (imports by HS chapter, $ billions; legend labels 'HS 87', 'HS 84-85', 'All other HS', ticks 0-60, years 2019-2023, no value labels) and its source note 'Chapters 84-85: machinery'; 'the latest year with data'; 'the United Kingdom's, next in size, was about $100 billion smaller' (another country; its FDI rank is not Japan's); 'roughly one-sixth as large'; 'Nippon Steel's $14.1 billion offer for U.S. Steel, announced in December 2023' (not FDI stock); 'China's included (about $770 billion)' (another holder); bullet list: 'Steel and aluminum tariff-rate quota (TRQ): announced February 7, 2022; effective April 1, 2022', 'effective on signature' (CMA in force, no fact), 'IPEF Supply Chain Agreement (14 parties): signed November 14, 2023; in force February 24, 2024' (not USJTA/CMA dates); 'signed the same day' (no digital-signing fact); 'about $7.2 billion of U.S. farm exports' and 'some $40 million of Japanese farm products'; '1.25 million metric tons' and 'free of the 25% Section 232 duty' (steel, not autos) and 'the 10% duty on Japanese aluminum remains' (no tariff on most imports); 'clean-vehicle tax credit of up to $7,500'; 'the tariffs of up to 25% that had been discussed were never imposed' (no Section 232 auto rate); 'meant to begin within four months of entry into force'; 'signed clean economy and fair economy agreements on June 6, 2024, in Singapore' (not a CMA/USJTA date) ; 'on May 14, 2024 ... a 100% rate on electric vehicles' (China tariffs); 'Former President Donald Trump ... has floated a 10% tariff on all U.S. imports' (a proposal, not the tariff on most imports; not the president) and 'President Donald Trump and then-Prime Minister Abe Shinzo' (past leaders); 'the 11-member ... (CPTPP), which the United Kingdom signed on to in July 2023'; 'fell past ¥160 to the dollar in late April, its weakest level in 34 years' (no IF11120 fact); PDF ligatures, NBSP and hyphenated line ends; interleaved columns",
}
