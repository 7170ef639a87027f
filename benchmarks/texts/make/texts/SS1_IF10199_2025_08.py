from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "SS1-IF10199-2025-08", "fresh12", "IF10199", 47
LAYOUTS = ["md", "layout"]
PDF_OPTS = ["lig", "nbsp"]
CHART = {"unit": "$ billions", "ymax": 200, "ticks": [0, 50, 100, 150, 200],
         "series": ["U.S. exports to Japan", "U.S. imports from Japan"],
         "bars": {"2020": (104.4, 147.6), "2021": (112.2, 167.8), "2022": (120.1, 180.3), "2023": (121.1, 183.8), "2024": (129.1, 192.4)}}

MD = """
U.S.-Japan Relations

Updated August 20, 2025

## Overview

Tariffs, not security, now set the tone of the relationship. After four months of negotiation, President Donald Trump announced on July 22, 2025, what he called a "massive deal" with Japan, and since August 7 most Japanese goods entering the United States have paid a 15% duty. That rate is below the 25% the President had threatened in a July 7 letter, but several times last year's average. Politically weakened at home, Prime Minister Ishiba Shigeru must now sell the bargain to a Diet in which his coalition controls neither chamber. The two governments have yet to set out the deal's terms in a single signed text.

Key points for Congress:

- A 15% tariff now applies to most U.S. imports from Japan.
- Japan has committed to $550 billion in investment in the United States.
- The ruling coalition lost its upper-house majority on July 20.

## The Tariff Framework

Negotiations were launched in an April 7 telephone call between Ishiba and Trump. Five days before that call, the President had announced a 24% "reciprocal" tariff on Japanese goods; it was suspended within a week, and a 10% baseline rate applied in its place from April 5.

Table 1. U.S. Tariffs on Japanese Goods, 2025

| Measure | Rate | Status |
| --- | --- | --- |
| Announced (Apr. 2) | 24% | Suspended |
| Baseline | 10% | Apr. 5-Aug. 6 |
| Threatened (July 7) | 25% | Not applied |
| Framework | 15% | Since Aug. 7 |
| Autos (Sec. 232) | 27.5% | 15% pending |
| Steel, aluminum | 50% | Since June 4 |

Still pending is the promised cut in the Section 232 tariff on Japanese cars and parts, now 27.5% counting the prior 2.5% duty; the framework lowers it to 15%, but no proclamation has been issued.

In return, Japan committed $550 billion to investment in U.S. industries chosen by the United States, with the White House claiming that 90% of the profits would stay in America. Japanese officials describe the sum as mostly loans and loan guarantees from government-backed lenders, with perhaps 1% to 2% in equity. South Korea reached a similar arrangement on July 30, pledging $350 billion.

## Trade and Investment

Sixth place among U.S. trading partners in 2024 went to Japan, a slide from fourth as recently as 2019. U.S. exporters shipped more to five other markets than to Japan. On the import side, only Mexico, China, Canada, and Germany supplied more than Japan did.

Table 2. U.S. Trade with Japan, Goods and Services ($ billions)

| Flow | 2023 | 2024 |
| --- | --- | --- |
| U.S. exports to Japan | 121.1 | 129.1 |
| U.S. imports from Japan | 183.8 | 192.4 |
| Balance | -62.7 | -63.3 |

**Figure 1. U.S. Trade with Japan, 2020-2024**

Source: Bureau of Economic Analysis. Goods and services.

Investment runs deeper still. Valued at $754 billion at the end of 2024, Japan's stock of direct investment in the United States outstrips that of any other country, a position it has held since 2019. Nippon Steel completed its $14.9 billion purchase of U.S. Steel on June 18. Japanese investors also hold more U.S. Treasury securities than those of any other nation, about $1.15 trillion in June; the United Kingdom, which overtook China this spring, now ranks second.

## Domestic Politics

Ishiba Shigeru took office in October 2024, having won the Liberal Democratic Party (LDP) leadership in a runoff on September 27, 2024. The snap election of October 27, 2024, cost the LDP and its partner, Komeito, their majority in the House of Representatives: the two parties hold 215 of its 465 seats, roughly 46%.

The July 20 House of Councillors election deepened the setback. Going into it, the coalition held about 57% of the upper chamber; it came out with 122 of the 248 seats, three short of the 125 needed to control the chamber. Some LDP lawmakers are pressing for an early leadership contest; Ishiba has said he will stay on to implement the tariff deal. His term as party president would otherwise run to September 2027.

Barring a dissolution, voters will not return to the polls nationally until July 2028, when half the upper chamber is next chosen. The House of Representatives must face voters no later than October 2028.

## Alliance and Forces

The alliance rests on a security treaty that took effect in 1952 and was revised in 1960. In excess of 50,000 U.S. military personnel are stationed in Japan, nearly twice the 28,500 based in South Korea. Under a five-year Special Measures Agreement concluded in December 2021, Japan provides on the order of ¥211 billion a year toward their upkeep, around $1.4 billion at current exchange rates; that agreement lapses in March 2027.

Okinawa remains the center of gravity. The prefecture covers well under 1% of Japan's land, yet roughly seven-tenths of the facilities reserved for U.S. forces' exclusive use sit there, along with more than half of the U.S. personnel in Japan. About 4,000 of the roughly 9,000 Marines due to leave the prefecture are to move to Guam; an advance group of about one hundred logistics Marines relocated there in December 2024.

## Defense

For decades, Japanese governments held defense outlays to roughly 1% of GDP. Under the strategy documents of December 2022, spending on defense and related items is to reach 2% of GDP by FY2027. U.S. officials have urged 3.5%, the core-defense level NATO allies adopted in June. Japan began taking delivery in March 2025 of Tomahawk cruise missiles, bought in a sale of up to 400 missiles priced at roughly $2.35 billion.

## Economy

Real GDP grew by 0.1% in 2024, after 1.5% in 2023. Preliminary data released August 15 put growth in the April-June quarter at an annualized 1.0%. In December 2024 the Diet enacted a supplementary budget of ¥13.9 trillion, approximately $91 billion. Japan's climate pledge calls for cutting greenhouse gas emissions 46% by 2030 from 2013 levels, with a further goal, adopted in February 2025, of 60% by 2035.

## Regional Relations

Quad leaders have met six times, most recently in Wilmington, Delaware, in September 2024; no date has been set for the next summit, which India is to host, though the four foreign ministers met in Washington on July 1. Ishiba is expected to receive South Korea's new president, Lee Jae-myung, in Tokyo later this month.

**Mark E. Manyin**, Coordinator, Specialist in Asian Affairs

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Kyla H. Kitamura**, Analyst in Asian Affairs
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Ishiba", "Shigeru", "Prime Minister Ishiba Shigeru"),
        "leaders.us_president": P("Trump", "Donald", "President Donald Trump"),
        "alliance.treaty_ally_since": F(1952, as_written="The alliance rests on a security treaty that took effect in 1952 and was revised in 1960"),
        "alliance.us_troops_in_japan": F(50000, "over", as_written="In excess of 50,000 U.S. military personnel are stationed in Japan"),
        "alliance.host_nation_support_per_year": F(1400000000, "about", per="year", as_written="on the order of ¥211 billion a year toward their upkeep, around $1.4 billion at current exchange rates"),
        "alliance.host_nation_support_agreement": D("2021-12", as_written="Under a five-year Special Measures Agreement concluded in December 2021"),
        "alliance.okinawa_share_of_land_area": F(1, "under", as_written="The prefecture covers well under 1% of Japan's land"),
        "alliance.okinawa_share_of_usfj_facilities": F(70, "about", as_written="roughly seven-tenths of the facilities reserved for U.S. forces' exclusive use sit there", note="exclusive-use basis; fraction in words = 70"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="along with more than half of the U.S. personnel in Japan"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="About 4,000 of the roughly 9,000 Marines due to leave the prefecture are to move to Guam"),
        "alliance.marines_in_guam": F(100, "about", period="2024-12", as_written="an advance group of about one hundred logistics Marines relocated there in December 2024"),
        "defense.traditional_limit_pct_gdp": F(1, "about", as_written="For decades, Japanese governments held defense outlays to roughly 1% of GDP"),
        "defense.spending_goal_pct_gdp": F(2, by="FY2027", as_written="spending on defense and related items is to reach 2% of GDP by FY2027"),
        "defense.tomahawk_purchase": F(2350000000, "about", as_written="bought in a sale of up to 400 missiles priced at roughly $2.35 billion"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="the LDP and its partner, Komeito"),
        "politics.lower_house_coalition_share": F(46, "about", as_written="the two parties hold 215 of its 465 seats, roughly 46%"),
        "politics.upper_house_coalition_share": F(50, "under", previous=57, as_written="Going into it, the coalition held about 57% of the upper chamber; it came out with 122 of the 248 seats, three short of the 125 needed to control the chamber", note="no percent written after the election: short of a majority"),
        "politics.next_diet_election_due": F(2028, as_written="voters will not return to the polls nationally until July 2028, when half the upper chamber is next chosen"),
        "politics.lower_house_election_due": D("2028-10", as_written="The House of Representatives must face voters no later than October 2028"),
        "trade.overall_partner_rank": F(6, period="2024", as_written="Sixth place among U.S. trading partners in 2024 went to Japan"),
        "trade.export_partner_rank": F(6, period="2024", as_written="U.S. exporters shipped more to five other markets than to Japan"),
        "trade.import_partner_rank": F(5, period="2024", as_written="On the import side, only Mexico, China, Canada, and Germany supplied more than Japan did"),
        "trade.us_exports_to_japan": F(129100000000, period="2024", as_written="Table 2: U.S. exports to Japan | 121.1 | 129.1 ($ billions)"),
        "trade.us_imports_from_japan": F(192400000000, period="2024", as_written="Table 2: U.S. imports from Japan | 183.8 | 192.4 ($ billions)"),
        "trade.fdi_source_rank": F(1, period="2024", as_written="Valued at $754 billion at the end of 2024, Japan's stock of direct investment in the United States outstrips that of any other country"),
        "trade.treasury_holder_rank": F(1, period="2025-06", as_written="Japanese investors also hold more U.S. Treasury securities than those of any other nation, about $1.15 trillion in June"),
        "trade.us_tariff_on_most_imports_from_japan": F(15, period="2025-08-07", as_written="since August 7 most Japanese goods entering the United States have paid a 15% duty"),
        "trade.japan_investment_pledge": F(550000000000, as_written="Japan committed $550 billion to investment in U.S. industries chosen by the United States", note="no deadline stated"),
        "economy.gdp_growth": GDP(y2024=0.1, y2023=1.5),
        "economy.supplementary_budget": F(91000000000, "about", period="2024-12", as_written="In December 2024 the Diet enacted a supplementary budget of ¥13.9 trillion, approximately $91 billion"),
        "economy.emissions_cut_target": F(46, by="2030", baseline="2013", as_written="cutting greenhouse gas emissions 46% by 2030 from 2013 levels"),
        "diplomacy.quad_leader_meetings": F(6, as_written="Quad leaders have met six times"),
    },
    "elections": {
        "ldp_president_2024": E("LDP president", "2024-09-27", "held", result="Ishiba won the runoff"),
        "lower_house_2024": E("Lower House", "2024-10-27", "held", result="LDP and Komeito 215 of 465 seats, roughly 46%"),
        "upper_house_2025": E("Upper House", "2025-07-20", "held", result="coalition 122 of 248 seats, short of a majority (about 57% before)"),
        "upper_house_2028": E("Upper House", "2028-07", "upcoming", note="next national election"),
    },
    "events": {
        "tariff_talks_announced": EV("Ishiba and Trump launch tariff negotiations in a telephone call", "2025-04-07", "held"),
    },
    "notes": "Traps: 'the 25% the President had threatened in a July 7 letter' and Table 1's 'Threatened (July 7) | 25%'; 'announced on July 22, 2025' (framework announcement, no catalogue event); 'a 24% \"reciprocal\" tariff' (announced, suspended) and 'a 10% baseline rate applied in its place from April 5' / 'Baseline | 10% | Apr. 5-Aug. 6' (past rate on most imports); 'Five days before that call' (April 2, not the talks' launch); 'Autos (Sec. 232) | 27.5% | 15% pending' and 'now 27.5% counting the prior 2.5% duty' (auto tariff, not most imports; 15% not in effect); 'Steel, aluminum | 50%'; 'the White House claiming that 90% of the profits' and 'perhaps 1% to 2% in equity' (not shares of anything in the catalogue); 'South Korea reached a similar arrangement on July 30, pledging $350 billion' (another country's pledge); 'a slide from fourth as recently as 2019' (past overall rank); 'shipped more to five other markets than to Japan' is export rank 6, 'only Mexico, China, Canada, and Germany supplied more' is import rank 5; Table 2's 2023 column (121.1, 183.8) and 'Balance | -62.7 | -63.3'; Figure 1 (2020-2024 bars, ticks 0-200, no value labels); 'Valued at $754 billion' (FDI stock, no IF10199 fact) and 'a position it has held since 2019' (not a rank); 'Nippon Steel completed its $14.9 billion purchase'; 'about $1.15 trillion in June' (holdings) and 'the United Kingdom, which overtook China this spring, now ranks second' (another country's rank); 'took office in October 2024'; 'three short of the 125 needed' (seat counts; the share is under 50); 'some are pressing for an early leadership contest' (speculation, no vote scheduled: not an election) and 'His term as party president would otherwise run to September 2027' (a term end alone); 'Barring a dissolution'; 'revised in 1960'; 'nearly twice the 28,500 based in South Korea' (another country); '¥211 billion a year' (yen; the fact is the dollar figure) and 'that agreement lapses in March 2027'; 'the roughly 9,000 Marines due to leave the prefecture' (total leaving, not Guam); 'U.S. officials have urged 3.5%, the core-defense level NATO allies adopted in June' (U.S. ask, not Japan's goal); 'up to 400 missiles' (a count) and 'began taking delivery in March 2025'; 'an annualized 1.0%' (a quarter); 'a further goal, adopted in February 2025, of 60% by 2035' (the 2030 target is the catalogue's); 'India is to host' (planned) and 'the four foreign ministers met in Washington on July 1' (not a leader meeting); 'Lee Jae-myung, in Tokyo later this month' (planned). PDF ligatures and NBSP (layout text only).",
}
