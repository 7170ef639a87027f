from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "AR2-IF10199-2026-02", "fresh18", "IF10199", 47
LAYOUTS = ["layout", "interleaved"]
PDF_OPTS = ["quotes", "nbsp"]
CHART = {"unit": "Seats", "ymax": 400, "ticks": [0, 100, 200, 300, 400],
         "series": ["Governing parties' seats"],
         "bars": {"2017": (313,), "2021": (293,), "2024": (215,), "2026": (352,)}}

MD = """
U.S.-Japan Relations

Updated February 12, 2026

## Overview

Four days ago Japanese voters gave Prime Minister Takaichi Sanae's Liberal Democratic Party (LDP) its biggest victory in a generation. She had dissolved the House of Representatives in January, barely three months after LDP members chose her as party president on October 4, 2025, and the Diet then made her Japan's first woman prime minister. The result strengthens her hand with President Donald Trump, whose tariffs dominate the bilateral agenda. Whether those tariffs survive is before the Supreme Court, which heard argument on November 5 over the President's use of the International Emergency Economic Powers Act (IEEPA) and has yet to rule.

## Tariffs and the July 2025 Framework

The talks that produced today's rates began after Trump and then-Prime Minister Ishiba Shigeru agreed by telephone, on the seventh of April 2025, to negotiate. Five days earlier Trump had announced a 24% "reciprocal" tariff on Japanese goods; in July he threatened 25%. Since August 7, 2025, most goods the United States buys from Japan have instead paid a single 15% rate, inclusive of most-favored-nation (MFN) duties.

Table 1. U.S. Tariffs on Japanese Goods

| Goods | April 2025 | Now |
| --- | --- | --- |
| Most goods (IEEPA) | 10% | 15% |
| Autos, parts (Sec. 232) | 27.5% | 15% |
| Steel, aluminum (Sec. 232) | 25% | 50% |

Source: CRS, from presidential proclamations and executive orders.

Were the Court to void the IEEPA tariffs, the 15% rate on most Japanese goods would lapse; the Section 232 rate on autos would not. In return for the lower rates, Japan committed $550 billion for U.S. investments selected by the Administration, to be made before January 19, 2029, with 90% of the profits to go to the United States once Japan recovers its outlay. Tokyo also promised to buy $8 billion a year of U.S. farm goods and 100 Boeing aircraft, and to consider a stake in an Alaska liquefied natural gas project. The last sits awkwardly beside Japan's climate pledge: a 46% cut in greenhouse gas emissions from FY2013 levels by FY2030, deepened last year to 60% by FY2035.

The tariffs bite at a weak moment. Real GDP grew just 0.1% in 2024, after 1.5% in 2023, and contracted at an annualized 2.3% in July-September 2025.

## Trade and Investment

Table 2. U.S.-Japan Trade in Goods and Services, 2024

| Flow | $ billions | Rank |
| --- | --- | --- |
| U.S. exports to Japan | 129.1 | 6th |
| U.S. imports from Japan | 191.8 | 5th |
| Two-way trade | 320.9 | 6th |

Source: Bureau of Economic Analysis. Rank: Japan's place among U.S. partners.

Partial data suggest U.S. goods imports from Japan fell by some 4% in the first eleven months of 2025. Capital flows are larger and steadier. Worth $754 billion at the end of 2024, the direct investment of Japanese firms in the United States exceeds that of firms from any other country. These ties rest on a security treaty that has made the two countries allies since 1952.

## Politics: A New Majority

Table 3. Seats Held by the Governing Parties

| Chamber | Seats | Last vote |
| --- | --- | --- |
| Representatives | 352 of 465 | Feb. 8, 2026 |
| Councillors | 119 of 248 | July 20, 2025 |

On its own, the LDP took 316 seats, more than two-thirds. Together with the Japan Innovation Party (Ishin), which backs the government from outside the cabinet, it now controls roughly three-quarters of the lower chamber. Komeito, the LDP's partner for a quarter century, quit the coalition in October 2025, a year after the October 2024 general election had cost the two parties their majority. The upper chamber is another matter: there the partners' 119 seats leave them six short of control, a legacy of the July 2025 defeat that led Ishiba to resign. Nobody elected on February 8 need face the voters again before February 2030. Unless Takaichi dissolves the chamber early, the next national contest is the House of Councillors election of July 2028.

Closer at hand, Okinawa elects a governor in September. Takaichi also hopes to revive the Quad, whose leaders have met six times, most recently in Wilmington, Delaware, in September 2024; the summit India was to host in 2025 did not take place.

## The Alliance

Fifty-five thousand or so U.S. military personnel are stationed in Japan. Their cost is shared under a Special Measures Agreement reached in December 2021 that expires in March 2027; talks on a successor are expected this year. Japan pays about ¥211 billion a year under it, just over $1.3 billion at ¥155 to the dollar.

Table 4. Defense Spending, Share of GDP

| Benchmark | Share |
| --- | --- |
| Long-time cap | 1% |
| Goal, now for FY2025 | 2% |
| U.S. request | 3.5% |

In her first policy speech Takaichi said the 2% goal, originally set for FY2027, would be met in FY2025, two years early. An estimated $2.35 billion deal for up to 400 Tomahawk cruise missiles is to give the Self-Defense Forces a counterstrike capability.

Less than a hundredth of Japan's territory lies in Okinawa Prefecture, yet about seven-tenths of the land set aside for the exclusive use of U.S. forces is there, as are better than half of the U.S. military personnel in Japan. Of the roughly 9,000 Marines to leave the island, Guam's share is about 4,000; the first contingent, some two hundred, has already arrived at Camp Blaz.

**Figure 1. Governing Parties' Seats in the House of Representatives After Each Election, 2017-2026**

Source: Japan Ministry of Internal Affairs and Communications.

## Economy

On December 16, 2025, the Diet enacted a ¥18.3 trillion supplementary budget (roughly $117 billion), Takaichi's first, with subsidies for electricity and gas bills. The yen, which sank to a 38-year low against the dollar in July 2024, has weakened again since she took office and trades near ¥155. Japanese investors, with about $1.2 trillion in November 2025, still hold more U.S. Treasury securities than those of any other country; the United Kingdom ranks second.

**Mark E. Manyin**, Coordinator, Specialist in Asian Affairs

**Kyla H. Kitamura**, Analyst in International Trade and Finance

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Daniel J. Longo**, Analyst in Asian Affairs
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Takaichi", "Sanae", "Prime Minister Takaichi Sanae"),
        "leaders.us_president": P("Trump", "Donald", "President Donald Trump"),
        "alliance.treaty_ally_since": F(1952, as_written="a security treaty that has made the two countries allies since 1952"),
        "alliance.us_troops_in_japan": F(55000, "about", as_written="Fifty-five thousand or so U.S. military personnel are stationed in Japan"),
        "alliance.host_nation_support_per_year": F(1300000000, "over", per="year", as_written="Japan pays about ¥211 billion a year under it, just over $1.3 billion at ¥155 to the dollar", note="the dollar figure with its own hedge; the yen amount is a trap"),
        "alliance.host_nation_support_agreement": D("2021-12", as_written="a Special Measures Agreement reached in December 2021 that expires in March 2027"),
        "alliance.okinawa_share_of_usfj_facilities": F(70, "about", as_written="about seven-tenths of the land set aside for the exclusive use of U.S. forces is there", note="exclusive-use land basis"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="as are better than half of the U.S. military personnel in Japan"),
        "alliance.okinawa_share_of_land_area": F(1, "under", as_written="Less than a hundredth of Japan's territory lies in Okinawa Prefecture", note="a hundredth = 1%"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="Guam's share is about 4,000"),
        "alliance.marines_in_guam": F(200, "about", as_written="the first contingent, some two hundred, has already arrived at Camp Blaz"),
        "defense.spending_goal_pct_gdp": F(2, by="FY2025", as_written="the 2% goal, originally set for FY2027, would be met in FY2025, two years early; Table 4 'Goal, now for FY2025 | 2%'"),
        "defense.traditional_limit_pct_gdp": F(1, as_written="Table 4: 'Long-time cap | 1%'"),
        "defense.tomahawk_purchase": F(2350000000, "about", as_written="An estimated $2.35 billion deal for up to 400 Tomahawk cruise missiles"),
        "politics.ruling_coalition": F(["LDP", "Ishin"], as_written="the LDP ... Together with the Japan Innovation Party (Ishin), which backs the government from outside the cabinet", note="Komeito quit in October 2025"),
        "politics.lower_house_coalition_share": F(75, "about", as_written="it now controls roughly three-quarters of the lower chamber", note="352 of 465 in Table 3"),
        "politics.upper_house_coalition_share": F(50, "under", as_written="there the partners' 119 seats leave them six short of control", note="119 of 248; no percent written"),
        "politics.next_diet_election_due": F(2028, as_written="the next national contest is the House of Councillors election of July 2028"),
        "politics.lower_house_election_due": D("2030-02", as_written="Nobody elected on February 8 need face the voters again before February 2030"),
        "trade.overall_partner_rank": F(6, period="2024", as_written="Table 2: 'Two-way trade | 320.9 | 6th'"),
        "trade.export_partner_rank": F(6, period="2024", as_written="Table 2: 'U.S. exports to Japan | 129.1 | 6th'"),
        "trade.import_partner_rank": F(5, period="2024", as_written="Table 2: 'U.S. imports from Japan | 191.8 | 5th'"),
        "trade.us_exports_to_japan": F(129100000000, period="2024", as_written="Table 2: 'U.S. exports to Japan | 129.1' ($ billions)"),
        "trade.us_imports_from_japan": F(191800000000, period="2024", as_written="Table 2: 'U.S. imports from Japan | 191.8' ($ billions)"),
        "trade.fdi_source_rank": F(1, period="2024", as_written="Worth $754 billion at the end of 2024, the direct investment of Japanese firms in the United States exceeds that of firms from any other country"),
        "trade.treasury_holder_rank": F(1, period="2025-11", as_written="Japanese investors, with about $1.2 trillion in November 2025, still hold more U.S. Treasury securities than those of any other country"),
        "trade.us_tariff_on_most_imports_from_japan": F(15, period="2025-08-07", as_written="Since August 7, 2025, most goods the United States buys from Japan have instead paid a single 15% rate, inclusive of most-favored-nation (MFN) duties; Table 1 'Most goods (IEEPA) | 10% | 15%' (Now column)"),
        "trade.japan_investment_pledge": F(550000000000, by="2029-01-19", as_written="Japan committed $550 billion for U.S. investments selected by the Administration, to be made before January 19, 2029"),
        "economy.gdp_growth": GDP(y2024=0.1, y2023=1.5),
        "economy.supplementary_budget": F(117000000000, "about", period="2025-12", as_written="On December 16, 2025, the Diet enacted a ¥18.3 trillion supplementary budget (roughly $117 billion)"),
        "economy.yen": F("38-year low against the dollar", period="2024-07", as_written="The yen, which sank to a 38-year low against the dollar in July 2024"),
        "economy.emissions_cut_target": F(46, by="2030", baseline="2013", as_written="a 46% cut in greenhouse gas emissions from FY2013 levels by FY2030"),
        "diplomacy.quad_leader_meetings": F(6, as_written="the Quad, whose leaders have met six times"),
    },
    "elections": {
        "ldp_president_2025": E("LDP president", "2025-10-04", "held", result="Takaichi Sanae chosen"),
        "lower_house_2026": E("Lower House", "2026-02-08", "held", result="LDP 316 seats alone; with Ishin 352 of 465, roughly three-quarters", note="'Four days ago' in the overview; Table 3 'Feb. 8, 2026'"),
        "upper_house_2025": E("Upper House", "2025-07-20", "held", result="defeat; the partners hold 119 of 248", note="Table 3 'July 20, 2025'; prose 'the July 2025 defeat'"),
        "lower_house_2024": E("Lower House", "2024-10", "held", result="LDP and Komeito lost their majority"),
        "upper_house_2028": E("Upper House", "2028-07", "upcoming", note="the next national contest"),
        "okinawa_governor_2026": E("Okinawa governor", "2026-09", "upcoming", note="'Okinawa elects a governor in September' (year from the text's date)"),
    },
    "events": {
        "tariff_talks_announced": EV("Trump and Ishiba agree by telephone to negotiate on tariffs", "2025-04-07", "held"),
    },
    "notes": "Traps: 'Four days ago' (the February 8 election, dated by Table 3); 'dissolved the House of Representatives in January'; 'heard argument on November 5' and 'has yet to rule' (no ruling); 'then-Prime Minister Ishiba Shigeru' (former PM); 'Five days earlier Trump had announced a 24% \"reciprocal\" tariff' (announced, superseded) and 'in July he threatened 25%' (threatened); Table 1's 'April 2025' column ('10%', '27.5%', '25%': past rates) and its other rows ('Autos, parts (Sec. 232) ... 15%', 'Steel, aluminum (Sec. 232) ... 50%': sectoral rates); 'Were the Court to void the IEEPA tariffs, the 15% rate on most Japanese goods would lapse' (conditional); 'with 90% of the profits'; '$8 billion a year of U.S. farm goods and 100 Boeing aircraft'; 'deepened last year to 60% by FY2035' (a later target); 'contracted at an annualized 2.3% in July-September 2025' (a quarter); 'Two-way trade | 320.9' (no amount fact); 'fell by some 4% in the first eleven months of 2025' (partial year); 'Worth $754 billion' (FDI stock: no IF10199 fact); 'On its own, the LDP took 316 seats, more than two-thirds' (one party, not the coalition's share); Table 3 seat counts ('352 of 465', '119 of 248'); 'Komeito ... quit the coalition in October 2025' (former partner); 'six short of control' (no percent); 'Unless Takaichi dissolves the chamber early'; 'most recently in Wilmington, Delaware, in September 2024' and 'the summit India was to host in 2025 did not take place'; 'expires in March 2027; talks on a successor are expected this year' (the agreement is dated by December 2021); 'about ¥211 billion a year' and '¥155 to the dollar' (yen amounts); Table 4 'U.S. request | 3.5%' (another party's ask) and 'originally set for FY2027' (superseded date); 'up to 400 Tomahawk cruise missiles' (a count); 'Of the roughly 9,000 Marines to leave the island' (total leaving); Figure 1 (governing parties' Lower House seats 2017-2026, axis ticks 0-400, no value labels); '¥18.3 trillion' (yen amount); 'trades near ¥155' (a level, not a record); 'with about $1.2 trillion' (holdings amount) and 'the United Kingdom ranks second' (another country); PDF curly quotes and NBSP (interleaved keeps NBSP; pdftotext makes them spaces)",
}
