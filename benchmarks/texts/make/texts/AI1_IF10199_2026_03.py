from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "AI1-IF10199-2026-03", "fresh16", "IF10199", 48
LAYOUTS = ["html", "layout"]
PDF_OPTS = ["lig", "hyph"]
SIDEBAR = "Okinawa and Guam"
CHART = {"unit": "$ billions", "ymax": 200, "ticks": [0, 50, 100, 150, 200],
         "series": ["U.S. exports to Japan", "U.S. imports from Japan"],
         "bars": {"2021": (112.2, 167.8), "2022": (120.1, 180.3), "2023": (121.1, 183.8),
                  "2024": (129.1, 192.4), "2025": (126.9, 188.5)}}

MD = """
U.S.-Japan Relations

Updated March 12, 2026

## Overview

The 15% rate agreed in the July 2025 U.S.-Japan framework, collected under the International Emergency Economic Powers Act (IEEPA), fell with the Supreme Court's February 20 decision that IEEPA does not authorize tariffs. Since February 24, most imports from Japan have instead paid a surcharge of ten percent, on top of ordinary most-favored-nation (MFN) duties, under Section 122 of the Trade Act of 1974 (Table 1). Japan's side of the framework, a pledge to invest $550 billion in the United States, has not been withdrawn.

The ruling came twelve days after Prime Minister Takaichi Sanae led the Liberal Democratic Party (LDP) to a landslide in a snap lower-house election.

## Tariffs After the Court's Decision

Table 1. U.S. Tariffs on Goods from Japan, Before and After the Ruling

| Goods | To Feb. 20 | Since Feb. 24 |
| --- | --- | --- |
| Most goods | 15% all-in | 10% + MFN |
| Autos and auto parts | 15% | 15% |
| Steel, aluminum | 50% | 50% |

Section 232 tariffs, resting on a separate statute, were untouched: Japanese autos and parts still pay 15%, the rate that replaced 27.5% (a 25% Section 232 duty plus the 2.5% MFN rate) on September 16, 2025. The Section 122 surcharge is capped by law at 15% and may last no more than 150 days unless Congress extends it, which would end it in late July.

Negotiations began after an April 7, 2025, telephone call between President Donald Trump and then-Prime Minister Ishiba Shigeru, days after Japan had been assigned a "reciprocal" rate of 24%; in July the President threatened 25%. Under a memorandum of understanding signed on September 4, 2025, Japan is to fund $550 billion in U.S. projects selected by the President before January 19, 2029, with 90% of profits going to the United States once the outlay is recouped. South Korea pledged $350 billion.

## Politics

Takaichi, chosen as LDP president on October 4, 2025, became Japan's first woman prime minister seventeen days later. Ishiba had stepped down after the LDP and Komeito lost their upper-house majority in the July 20, 2025, election; Komeito, allied with the LDP since 1999, then left the government. The LDP now governs with the Japan Innovation Party (Ishin), which backs it from outside the cabinet.

With cabinet approval above 70%, Takaichi dissolved the lower chamber in January. On February 8 the LDP took 316 of its 465 seats, up from 196 (Table 2): on its own, more than the two-thirds needed to override the upper chamber's rejection of a bill. Counting Ishin's 36, the governing bloc holds more than three seats in four.

Table 2. Seats in the House of Representatives

| Party | Before Feb. 8 | After Feb. 8 |
| --- | --- | --- |
| LDP | 196 | 316 |
| Ishin | 34 | 36 |
| All others | 235 | 113 |
| Total | 465 | 465 |

The House of Councillors is another matter. There the two parties hold 119 of 248 seats, six fewer than a majority. No national election is required until July 2028, when half of the upper chamber's seats are next contested; the members chosen in February may serve until February 2030.

## The Alliance

Bound since 1952 by a security treaty that was revised in 1960, the two countries maintain the largest forward U.S. military presence anywhere. Those forces number some fifty-five thousand personnel; South Korea, by comparison, hosts about 28,500.

Under a five-year Special Measures Agreement (SMA) announced in December 2021, Japan contributes ¥1.05 trillion from FY2022 through FY2026. That is about ¥211 billion a year, which at the current rate of roughly ¥155 per dollar comes to a little under $1.4 billion. The SMA expires in March 2027; talks on a successor are due this spring.

Takaichi moved up by two years, to FY2025, the date for raising spending on defense and related items to 2% of GDP, which the December 2022 strategy documents had set for FY2027. For decades, defense budgets had been held to about 1% of GDP. U.S. officials have pressed Japan toward 3.5%, the core-defense level NATO members adopted in June 2025. Japan's purchase of up to 400 Tomahawk cruise missiles was approved by the State Department at an estimated $2.35 billion.

## Okinawa and Guam

Small as it is, 0.6% of Japan's land area, Okinawa Prefecture contains about 70% of the land set aside for the exclusive use of U.S. forces, and slightly more than half of the U.S. military personnel in Japan are based there. Governor Tamaki Denny opposes the Futenma replacement facility at Henoko; the governorship is next contested in September 2026.

Under the 2012 realignment plan about 9,000 Marines are to leave Okinawa, some 4,000 of them for Guam. The first, roughly 100 logistics troops, reached Camp Blaz in December 2024; about 210 were on Guam by early this month.

## Trade and Investment

Trade shrank slightly in 2025, the first year of the new tariffs (Table 3, Figure 1). Sixth overall and sixth as a market for U.S. exports, Japan slipped two places as a source of U.S. imports, to seventh, as purchases from Taiwan and Vietnam surged.

Table 3. U.S. Trade with Japan, Goods and Services ($ billions)

| Flow | 2024 | 2025 |
| --- | --- | --- |
| U.S. exports to Japan | 129.1 | 126.9 |
| U.S. imports from Japan | 192.4 | 188.5 |
| U.S. balance | -63.3 | -61.6 |

**Figure 1. U.S. Trade with Japan, 2021-2025**

Source: Bureau of Economic Analysis.

Measured by direct-investment position, Japan has been the leading foreign investor in the United States since 2019; its firms held $754 billion at the end of 2024. Of the roughly $9 trillion in Treasury securities held abroad at the end of 2025, the largest portion, about $1.2 trillion, was Japan's, with the United Kingdom's second and China's third.

## Economy

Real GDP grew 1.1% in 2025, after a tenth of a percent in 2024, though output shrank at an annualized 2.3% in the July-September quarter. For her first economic package, the Diet in December enacted a ¥18.3 trillion supplementary budget, some $117 billion; a ¥122.3 trillion FY2026 budget is pending. Takaichi's fiscal expansion has weighed on the yen, which traded near ¥157 per dollar in January, not far from the 38-year low of about ¥162 it reached in July 2024. Japan's climate pledge calls for cutting greenhouse gas emissions 46% from FY2013 levels by FY2030, and 60% by FY2035.

## Regional Diplomacy

Quad leaders have met six times, most recently in September 2024; the summit India was to host in 2025 has not taken place. Relations with China soured after Takaichi's November 7, 2025, remarks to the Diet on Taiwan.

**Mark E. Manyin**, Coordinator, Specialist in Asian Affairs

**Kyla H. Kitamura**, Analyst in Asian Affairs

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Takaichi", "Sanae", "Prime Minister Takaichi Sanae"),
        "leaders.us_president": P("Trump", "Donald", "telephone call between President Donald Trump and then-Prime Minister Ishiba Shigeru", note="named only in the sentence on the April 2025 call, beside the former prime minister"),
        "trade.us_tariff_on_most_imports_from_japan": F(10, period="2026-02-24", as_written="Since February 24, most imports from Japan have instead paid a surcharge of ten percent, on top of ordinary most-favored-nation (MFN) duties", note="Section 122 surcharge; Table 1 'Most goods | 15% all-in | 10% + MFN'; the framework's 15% fell with the ruling"),
        "trade.japan_investment_pledge": F(550000000000, by="2029-01-19", as_written="Japan is to fund $550 billion in U.S. projects selected by the President before January 19, 2029"),
        "politics.ruling_coalition": F(["LDP", "Ishin"], as_written="The LDP now governs with the Japan Innovation Party (Ishin), which backs it from outside the cabinet", note="Ishin outside the cabinet; Komeito left"),
        "politics.lower_house_coalition_share": F(75, "over", as_written="Counting Ishin's 36, the governing bloc holds more than three seats in four", note="352 of 465 = 75.7%"),
        "politics.upper_house_coalition_share": F(50, "under", as_written="There the two parties hold 119 of 248 seats, six fewer than a majority"),
        "politics.next_diet_election_due": F(2028, as_written="No national election is required until July 2028, when half of the upper chamber's seats are next contested"),
        "politics.lower_house_election_due": D("2030-02", as_written="the members chosen in February may serve until February 2030"),
        "alliance.treaty_ally_since": F(1952, as_written="Bound since 1952 by a security treaty that was revised in 1960"),
        "alliance.us_troops_in_japan": F(55000, "about", as_written="Those forces number some fifty-five thousand personnel", note="subject carried from the sentence before"),
        "alliance.host_nation_support_per_year": F(1400000000, "under", per="year", as_written="That is about ¥211 billion a year, which at the current rate of roughly ¥155 per dollar comes to a little under $1.4 billion"),
        "alliance.host_nation_support_agreement": D("2021-12", as_written="Under a five-year Special Measures Agreement (SMA) announced in December 2021"),
        "defense.spending_goal_pct_gdp": F(2, by="FY2025", as_written="Takaichi moved up by two years, to FY2025, the date for raising spending on defense and related items to 2% of GDP, which the December 2022 strategy documents had set for FY2027"),
        "defense.traditional_limit_pct_gdp": F(1, "about", as_written="For decades, defense budgets had been held to about 1% of GDP"),
        "defense.tomahawk_purchase": F(2350000000, "about", as_written="up to 400 Tomahawk cruise missiles was approved by the State Department at an estimated $2.35 billion"),
        "alliance.okinawa_share_of_land_area": F(0.6, as_written="Small as it is, 0.6% of Japan's land area, Okinawa Prefecture", note="sidebar (html)"),
        "alliance.okinawa_share_of_usfj_facilities": F(70, "about", as_written="contains about 70% of the land set aside for the exclusive use of U.S. forces", note="exclusive-use basis; sidebar (html)"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="slightly more than half of the U.S. military personnel in Japan are based there", note="sidebar (html)"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="about 9,000 Marines are to leave Okinawa, some 4,000 of them for Guam", note="sidebar (html)"),
        "alliance.marines_in_guam": F(210, "about", period="2026-03", as_written="about 210 were on Guam by early this month", note="'this month' = March 2026 from the text's date; sidebar (html)"),
        "trade.overall_partner_rank": F(6, period="2025", as_written="Sixth overall and sixth as a market for U.S. exports, Japan"),
        "trade.export_partner_rank": F(6, period="2025", as_written="and sixth as a market for U.S. exports"),
        "trade.import_partner_rank": F(7, period="2025", as_written="Japan slipped two places as a source of U.S. imports, to seventh"),
        "trade.us_exports_to_japan": F(126900000000, period="2025", as_written="Table 3: U.S. exports to Japan | 129.1 | 126.9", note="only in Table 3 ($ billions in the caption), 2025 column"),
        "trade.us_imports_from_japan": F(188500000000, period="2025", as_written="Table 3: U.S. imports from Japan | 192.4 | 188.5", note="only in Table 3, 2025 column"),
        "trade.fdi_source_rank": F(1, period="2024", as_written="Measured by direct-investment position, Japan has been the leading foreign investor in the United States since 2019; its firms held $754 billion at the end of 2024"),
        "trade.treasury_holder_rank": F(1, period="2025-12", as_written="Of the roughly $9 trillion in Treasury securities held abroad at the end of 2025, the largest portion, about $1.2 trillion, was Japan's"),
        "economy.gdp_growth": GDP(y2025=1.1, y2024=0.1),
        "economy.supplementary_budget": F(117000000000, "about", period="2025-12", as_written="the Diet in December enacted a ¥18.3 trillion supplementary budget, some $117 billion"),
        "economy.yen": F("38-year low against the dollar", period="2024-07", as_written="not far from the 38-year low of about ¥162 it reached in July 2024"),
        "economy.emissions_cut_target": F(46, by="2030", baseline="2013", as_written="cutting greenhouse gas emissions 46% from FY2013 levels by FY2030"),
        "diplomacy.quad_leader_meetings": F(6, as_written="Quad leaders have met six times"),
    },
    "elections": {
        "upper_house_2025": E("Upper House", "2025-07-20", "held", result="LDP and Komeito lost their majority"),
        "ldp_president_2025": E("LDP president", "2025-10-04", "held", result="Takaichi chosen"),
        "lower_house_2026": E("Lower House", "2026-02-08", "held", result="LDP 316 of 465; with Ishin's 36, more than three seats in four"),
        "upper_house_2028": E("Upper House", "2028-07", "upcoming"),
        "okinawa_governor_2026": E("Okinawa governor", "2026-09", "upcoming"),
    },
    "events": {
        "tariff_talks_announced": EV("April 7, 2025 call between Trump and Ishiba that began the tariff negotiations", "2025-04-07", "held"),
        "section122_surcharge_expired": EV("Section 122 surcharge's 150-day limit ends in late July", "2026-07", "upcoming"),
    },
    "notes": "Traps: 'The 15% rate agreed in the July 2025 U.S.-Japan framework, collected under the International Emergency Economic Powers Act (IEEPA), fell' (past rate on most imports) and Table 1's 'To Feb. 20' column ('15% all-in'); Table 1 rows 'Autos and auto parts | 15% | 15%' and 'Steel, aluminum | 50% | 50%' (sectoral); 'the rate that replaced 27.5% (a 25% Section 232 duty plus the 2.5% MFN rate) on September 16, 2025'; 'capped by law at 15% and may last no more than 150 days'; 'assigned a \"reciprocal\" rate of 24%' and 'in July the President threatened 25%'; 'memorandum of understanding signed on September 4, 2025' (no tracked slug); '90% of profits going to the United States once the outlay is recouped'; 'South Korea pledged $350 billion' (another country); 'then-Prime Minister Ishiba Shigeru' and 'Ishiba had stepped down' (former PM); 'Komeito, allied with the LDP since 1999, then left the government' (not in the coalition); 'With cabinet approval above 70%'; 'the LDP took 316 of its 465 seats, up from 196' and 'on its own, more than the two-thirds needed to override the upper chamber' (one party's seats; a threshold, not the coalition share); Table 2's seat counts (before/after, no shares; 'Before Feb. 8' is no previous share); 'Takaichi dissolved the lower chamber in January' (no election date); 'revised in 1960'; 'South Korea, by comparison, hosts about 28,500'; '¥1.05 trillion from FY2022 through FY2026', 'about ¥211 billion a year', 'roughly ¥155 per dollar'; 'The SMA expires in March 2027; talks on a successor are due this spring'; 'which the December 2022 strategy documents had set for FY2027' (superseded date); 'pressed Japan toward 3.5%, the core-defense level NATO members adopted'; 'up to 400 Tomahawk cruise missiles' (a count); 'about 9,000 Marines are to leave Okinawa' (total leaving, not Guam); 'The first, roughly 100 logistics troops, reached Camp Blaz in December 2024' (past count; the current one is 'about 210 ... by early this month'); 'Governor Tamaki Denny' (no election result); Table 3's 2024 column and 'U.S. balance' row; 'slipped two places' (past import rank 5 implied); '$754 billion at the end of 2024' (no IF10199 amount fact) and 'since 2019'; 'Of the roughly $9 trillion', 'the United Kingdom's second and China's ... third'; 'output shrank at an annualized 2.3% in the July-September quarter' (a quarter); '¥18.3 trillion' and 'a ¥122.3 trillion FY2026 budget is pending'; 'near ¥157 per dollar in January'; '60% by FY2035'; 'most recently in September 2024; the summit India was to host in 2025 has not taken place'; 'November 7, 2025, remarks' (no slug); Figure 1 (trade 2021-2025, $ billions, two series, ticks 0-200, no values; in the html floated into the sidebar); html sidebar 'Okinawa and Guam' (in the layout text an ordinary section); PDF ligatures and hyphenated line ends in the layout text",
}
