from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "W5-IF10199-2025-12", "tune3", "IF10199", 45
LAYOUTS = ["html", "pdf", "interleaved"]
PDF_OPTS = ["lig", "quotes", "nbsp", "hyph"]
SIDEBAR = "Okinawa and the Move to Guam"
CHART = {"unit": "$ billions", "ymax": 200, "ticks": [0, 50, 100, 150, 200],
         "series": ["Exports to Japan", "Imports from Japan"],
         "bars": {"2020": (104.3, 150.6), "2021": (112.2, 167.8), "2022": (120.8, 180.3),
                  "2023": (121.0, 184.1), "2024": (129.1, 192.0)}}

MD = """
U.S.-Japan Relations

Updated December 10, 2025

## Overview

Japan has a new prime minister and a new governing arrangement. Takaichi Sanae, elected president of the Liberal Democratic Party (LDP) on October 4, became prime minister on October 21, 2025, the first woman to hold the office. She succeeded Ishiba Shigeru, who resigned after his coalition lost its majority in the upper house. A week into her tenure, Takaichi received President Donald J. Trump in Tokyo, where the two leaders signed documents on critical minerals and on carrying out the trade and investment deal Ishiba's government reached with Washington in July. Beijing has reacted sharply to Takaichi's November 7 remark in the Diet that a Chinese attack on Taiwan could threaten Japan's survival, advising Chinese citizens against travel to Japan and again halting imports of Japanese seafood.

## Tariffs and Investment

Under the July 22 framework, as implemented by a September executive order, most imports from Japan have faced a 15% U.S. tariff since August 7. That rate replaced the 24% "reciprocal" tariff announced in April, which had been suspended in favor of a 10% baseline, and averted a 25% rate Trump had threatened in July. Japanese autos and auto parts have paid 15% since September 16, down from 27.5%. The Supreme Court heard arguments on November 5 on whether the International Emergency Economic Powers Act (IEEPA) authorizes such tariffs; a ruling against the Administration could void the 15% rate. In return, Japan committed to $550 billion in investment in the United States, in projects selected by the U.S. government, to be made before January 19, 2029.

## Trade and Finance

Five countries traded more with the United States than Japan did in 2024. As a market for U.S. exports Japan came in sixth; as a source of U.S. imports, one place higher. The amounts are in Table 1.

Table 1. U.S. Trade in Goods and Services with Japan ($ billions)

| | 2023 | 2024 |
| --- | --- | --- |
| U.S. exports to Japan | 121.0 | 129.1 |
| U.S. imports from Japan | 184.1 | 192.0 |
| U.S. trade balance | -63.1 | -62.9 |

**Figure 1. U.S. Trade with Japan, 2020-2024**

Source: Bureau of Economic Analysis.

Japanese companies held $755 billion of direct investment in the United States at the end of 2024, more than investors from any other country. Japan also remains the largest foreign holder of U.S. Treasury securities, at about $1.2 trillion; the United Kingdom has moved past China into second place.

## Politics

When the Komeito party ended its 26-year partnership with the LDP in October, Takaichi formed a coalition with Nippon Ishin no Kai (the Japan Innovation Party), which supports the government in the Diet without taking cabinet posts. The LDP and Ishin remain a handful of seats short of a majority in the House of Representatives, where the LDP and Komeito had lost their own majority in the October 2024 general election. In the House of Councillors, after the July 20, 2025, election, the new partners hold about 48% of the seats. The next regularly scheduled national election is the House of Councillors vote in July 2028, and the lower chamber's term runs until October 2028. With cabinet approval ratings above 65%, some in the LDP favor an early dissolution of the lower house.

## Security

About 55,000 active-duty U.S. service members are stationed in Japan, a U.S. treaty ally since 1952. Takaichi has moved the deadline for Japan's goal of spending 2% of GDP on defense and related items up to FY2025, from FY2027, and a supplementary budget now before the Diet would close the gap. For decades defense spending stayed at roughly 1% of GDP. U.S. officials have urged Tokyo to go further, to 3.5%. Japan began taking delivery in March 2025 of the Tomahawk cruise missiles it is buying from the United States in a roughly $2.35 billion purchase.

Under the Special Measures Agreement concluded in December 2021, which expires in March 2027, Japan's host-nation support averages about ¥211 billion, around $1.36 billion, a year. Talks on a successor agreement are expected to start in 2026.

## Okinawa and the Move to Guam

Okinawa makes up 0.6% of Japan's territory but hosts approximately 70% of the land used exclusively by U.S. forces and about half of U.S. personnel in Japan. Of the roughly 4,000 Marines slated to move from Okinawa to Guam, about 100 arrived in December 2024; the bulk of the move is not expected before 2028.

## Economy

Real GDP grew 0.1% in 2024 and 1.2% in 2023. Output shrank at an annualized 2.3% in the July-September quarter, in part because of U.S. tariffs. The Takaichi cabinet's ¥18.3 trillion (about $117 billion) supplementary budget for FY2025, the largest since the pandemic, is expected to pass before the Diet session ends on December 17; the most recent supplementary budget enacted, for FY2024, was ¥13.9 trillion (roughly $90 billion), passed in December 2024. Japan's target under the Paris Agreement is a 46% cut in greenhouse gas emissions by 2030 from 2013 levels, followed by cuts of 60% by FY2035 and 73% by FY2040.

## Diplomacy

The Quad's leaders last met in September 2024 in Wilmington, Delaware, their sixth meeting; the summit India was to host in 2025 has not been scheduled. Quad foreign ministers did meet in Washington in July 2025.

**Mark E. Manyin**, Coordinator, Specialist in Asian Affairs

**Kyla H. Kitamura**, Analyst in International Trade and Finance

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Daniel J. Longo**, Analyst in Asian Affairs
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Takaichi", "Sanae", "Takaichi Sanae ... became prime minister on October 21, 2025"),
        "leaders.us_president": P("Trump", "Donald", "President Donald J. Trump"),
        "alliance.treaty_ally_since": F(1952, as_written="Japan, a U.S. treaty ally since 1952"),
        "alliance.us_troops_in_japan": F(55000, "about", as_written="About 55,000 active-duty U.S. service members are stationed in Japan"),
        "alliance.host_nation_support_per_year": F(1360000000, "about", per="year", as_written="Japan's host-nation support averages about ¥211 billion, around $1.36 billion, a year"),
        "alliance.host_nation_support_agreement": D("2021-12", as_written="Under the Special Measures Agreement concluded in December 2021"),
        "alliance.okinawa_share_of_usfj_facilities": F(70, "about", as_written="hosts approximately 70% of the land used exclusively by U.S. forces", note="exclusive-use basis; HTML sidebar"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "about", as_written="and about half of U.S. personnel in Japan", note="HTML sidebar"),
        "alliance.okinawa_share_of_land_area": F(0.6, as_written="Okinawa makes up 0.6% of Japan's territory", note="HTML sidebar"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="Of the roughly 4,000 Marines slated to move from Okinawa to Guam", note="HTML sidebar"),
        "alliance.marines_in_guam": F(100, "about", as_written="about 100 arrived in December 2024", note="HTML sidebar"),
        "defense.spending_goal_pct_gdp": F(2, by="FY2025", as_written="Takaichi has moved the deadline for Japan's goal of spending 2% of GDP on defense and related items up to FY2025, from FY2027", note="originally FY2027"),
        "defense.traditional_limit_pct_gdp": F(1, "about", as_written="For decades defense spending stayed at roughly 1% of GDP"),
        "defense.tomahawk_purchase": F(2350000000, "about", as_written="in a roughly $2.35 billion purchase"),
        "politics.ruling_coalition": F(["LDP", "Ishin"], as_written="Takaichi formed a coalition with Nippon Ishin no Kai (the Japan Innovation Party), which supports the government in the Diet without taking cabinet posts", note="Komeito left in October 2025"),
        "politics.lower_house_coalition_share": F(50, "under", as_written="The LDP and Ishin remain a handful of seats short of a majority in the House of Representatives"),
        "politics.upper_house_coalition_share": F(48, "about", as_written="the new partners hold about 48% of the seats"),
        "politics.next_diet_election_due": F(2028, as_written="The next regularly scheduled national election is the House of Councillors vote in July 2028"),
        "politics.lower_house_election_due": D("2028-10", as_written="the lower chamber's term runs until October 2028"),
        "trade.overall_partner_rank": F(6, period="2024", as_written="Five countries traded more with the United States than Japan did in 2024"),
        "trade.export_partner_rank": F(6, period="2024", as_written="As a market for U.S. exports Japan came in sixth"),
        "trade.import_partner_rank": F(5, period="2024", as_written="as a source of U.S. imports, one place higher"),
        "trade.us_exports_to_japan": F(129100000000, period="2024", as_written="Table 1: U.S. exports to Japan | 121.0 | 129.1 ($ billions)"),
        "trade.us_imports_from_japan": F(192000000000, period="2024", as_written="Table 1: U.S. imports from Japan | 184.1 | 192.0 ($ billions)"),
        "trade.fdi_source_rank": F(1, period="2024", as_written="Japanese companies held $755 billion of direct investment in the United States at the end of 2024, more than investors from any other country"),
        "trade.treasury_holder_rank": F(1, as_written="Japan also remains the largest foreign holder of U.S. Treasury securities"),
        "trade.us_tariff_on_most_imports_from_japan": F(15, as_written="most imports from Japan have faced a 15% U.S. tariff since August 7"),
        "trade.japan_investment_pledge": F(550000000000, by="2029-01-19", as_written="Japan committed to $550 billion in investment in the United States ... to be made before January 19, 2029"),
        "economy.gdp_growth": GDP(y2024=0.1, y2023=1.2),
        "economy.supplementary_budget": F(90000000000, "about", period="2024-12", as_written="the most recent supplementary budget enacted, for FY2024, was ¥13.9 trillion (roughly $90 billion), passed in December 2024", note="the FY2025 ¥18.3 trillion budget is pending"),
        "economy.emissions_cut_target": F(46, by="2030", baseline="2013", as_written="a 46% cut in greenhouse gas emissions by 2030 from 2013 levels"),
        "diplomacy.quad_leader_meetings": F(6, as_written="The Quad's leaders last met in September 2024 in Wilmington, Delaware, their sixth meeting"),
    },
    "elections": {
        "lower_house_2024": E("Lower House", "2024-10", "held", result="LDP and Komeito lost their majority"),
        "upper_house_2025": E("Upper House", "2025-07-20", "held", result="LDP-Ishin partners hold about 48% afterwards"),
        "upper_house_2028": E("Upper House", "2028-07", "upcoming"),
        "ldp_president_2025": E("LDP president", "2025-10-04", "held", result="Takaichi elected LDP president"),
    },
    "notes": "Traps: 'elected president of the Liberal Democratic Party (LDP) on October 4' (listed as held ldp_president_2025; not the day she became prime minister); 'She succeeded Ishiba Shigeru' (former PM); 'A week into her tenure ... in Tokyo' and 'the trade and investment deal ... in July'; 'November 7 remark'; 'as implemented by a September executive order'; 'the 24% \"reciprocal\" tariff announced in April', 'a 10% baseline', 'a 25% rate Trump had threatened in July' (superseded or threatened rates); 'Japanese autos and auto parts have paid 15% since September 16, down from 27.5%' (sector tariff); 'The Supreme Court heard arguments on November 5', 'could void the 15% rate' (pending); Table 1's 2023 column (121.0, 184.1) and balance row (-63.1, -62.9); Figure 1 (exports/imports 2020-2024, $ billions, ticks 0-200, no value labels); 'as a source of U.S. imports, one place higher' (fifth, one place above sixth); '$755 billion'; 'at about $1.2 trillion', 'the United Kingdom has moved past China into second place'; 'ended its 26-year partnership' (Komeito left); 'where the LDP and Komeito had lost their own majority in the October 2024 general election' (past coalition); 'the lower chamber's term runs until October 2028' (deadline; the July 2028 Upper House vote is the next election); 'cabinet approval ratings above 65%', 'some in the LDP favor an early dissolution' (speculation); 'up to FY2025, from FY2027' (old deadline); 'to go further, to 3.5%'; 'began taking delivery in March 2025'; 'which expires in March 2027', 'about ¥211 billion' (yen), 'Talks on a successor agreement are expected to start in 2026'; 'the bulk of the move is not expected before 2028'; 'Output shrank at an annualized 2.3%' (a quarter); 'The Takaichi cabinet's ¥18.3 trillion (about $117 billion) supplementary budget for FY2025 ... is expected to pass' (pending, not enacted: the latest supplementary budget is FY2024's); 'the Diet session ends on December 17'; '60% by FY2035 and 73% by FY2040' (later targets); 'the summit India was to host in 2025 has not been scheduled' (not held); 'Quad foreign ministers did meet in Washington in July 2025' (not leaders); sidebar 'Okinawa and the Move to Guam' (html aside); PDF ligatures, curly quotes, NBSP, hyphenated line ends",
}
