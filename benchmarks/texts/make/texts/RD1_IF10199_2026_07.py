from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "RD1-IF10199-2026-07", "fresh38", "IF10199", 48
LAYOUTS = ["interleaved", "md"]
PDF_OPTS = ["lig", "nbsp", "hyph"]
CHART = {"unit": "% of GDP", "ymax": 2.5, "ticks": [0, 0.5, 1.0, 1.5, 2.0, 2.5],
         "series": ["Defense and related spending"],
         "bars": {"FY2022": (1.1,), "FY2023": (1.3,), "FY2024": (1.6,), "FY2025": (2.0,)}}

MD = """
U.S.-Japan Relations

Updated July 28, 2026

## Overview

Eighteen months into the second term of President Donald J. Trump, ties with Japan run on two tracks that seldom move in step: a military alliance that both governments call stronger than at any point in its history, and a commercial relationship reshaped, repeatedly, by U.S. tariffs. Takaichi Sanae, chosen as leader of the Liberal Democratic Party (LDP) last October after Ishiba Shigeru stepped aside, has embraced both. The landslide her party won in the snap Lower House election of February 8 left her with more room to maneuver than any prime minister had enjoyed since Abe Shinzo, who was shot and killed in July 2022.

## Tariffs After the Court Ruling

The terms on which Japanese goods enter the U.S. market shifted once more this month. In February the Supreme Court held that the International Emergency Economic Powers Act (IEEPA) does not authorize tariffs; the Administration then put a temporary import surcharge of 10% on most countries' goods under Section 122 of the Trade Act of 1974. Limited by statute to 150 days, that surcharge expired on July 23. Most Japanese products now face a 12.5% duty instead, which the U.S. Trade Representative (USTR) imposed under Section 301 at the end of an investigation opened in March. The new charge is lower than the 15% collected from August 2025 under the framework the two governments struck in July of that year, and higher than the 10% baseline in force before the framework. Japanese negotiators had sought a rate no higher than 10%.

Tokyo has kept its side of that bargain. In May, officials reaffirmed Japan's promise to direct $550 billion into U.S. projects selected by Washington before January 19, 2029; the three projects named so far account for roughly $40 billion. Several other measures are unaffected by the ruling:

- Section 232 tariffs of 15% on Japanese autos and auto parts, cut from 27.5% last September;
- 50% duties on steel, aluminum, and copper;
- a 25% levy on semiconductors, announced in June but not yet in effect.

## The Alliance

The United States and Japan have been treaty allies since 1952, when the security pact signed in San Francisco a year earlier entered into force. Roughly 55,000 U.S. troops are on active duty in Japan, more than in any other foreign country. Their cost is shared. A Special Measures Agreement concluded in December 2021, which runs until March 2027, commits Tokyo to about $2 billion a year; talks on a successor began in April, and U.S. officials have said that they expect Japan to pay substantially more.

## Okinawa and Guam

Okinawa Prefecture accounts for less than 1% of Japan's land. It is nonetheless home to around 70% of the facilities and areas set aside for the exclusive use of U.S. forces, and to about half of the personnel. A 2012 realignment plan would move some 4,000 Marines from the prefecture to Guam. The first contingent, about 100, arrived in December 2024; as of March, the total there stood at 210. Okinawans vote for a governor in September. Tamaki Denny, the incumbent and an opponent of the Henoko replacement facility, has not said whether he will run again.

## Defense

The 2022 National Security Strategy set a target of 2% of gross domestic product (GDP) for defense and related outlays by FY2027, twice the 1% limit that cabinets had long treated as a ceiling (Figure 1). Takaichi moved faster: a supplementary budget enacted in December lifted FY2025 spending to 2%, two years ahead of schedule, and she has promised revised strategy documents by the end of this year. U.S. officials have urged allies to aim for 3.5% of GDP in core defense spending. Japan's purchase of up to 400 Tomahawk cruise missiles, a sale the State Department valued at an estimated $2.35 billion, began to arrive in March.

**Figure 1. Japan's Defense-Related Spending, FY2022-FY2025**

Source: Japan Ministry of Defense and Ministry of Finance. Initial budgets plus supplementary budgets; FY2025 includes the December supplementary.

## Politics

The LDP governs with the Japan Innovation Party (Ishin), which took the place of Komeito as the LDP's partner after Komeito walked out of the coalition in October 2025. Ishin holds no cabinet posts. In February, the LDP alone took 316 of the Lower House's 465 seats; counting Ishin's 38, the two parties control roughly three-quarters of the chamber. The upper chamber is another matter. There, the partners lost their majority in the July 2025 election and still occupy fewer than half of the seats, so bills need opposition votes to pass. The next nationwide contest is the July 2028 election for half of the House of Councillors; no Lower House election is required before February 2030.

## Economic Ties

Japan ranked as the sixth-largest U.S. trading partner in 2025. Its place was fifth among markets for U.S. exports and seventh among sources of U.S. imports (Table 1).

Table 1. U.S. Trade with Japan, Goods and Services ($ billions)

| | 2024 | 2025 |
| --- | --- | --- |
| U.S. exports | 129.1 | 127.6 |
| U.S. imports | 192.4 | 188.2 |
| Balance | -63.3 | -60.6 |

Source: Bureau of Economic Analysis, June 2026.

Every year since 2019, Japanese companies have held a larger stock of direct investment in the United States than those of any other country. Nippon Steel's $14.1 billion purchase of U.S. Steel, completed in June 2025, added to it. The largest foreign holder of U.S. Treasury securities is also Japan, whose holdings came to about $1.2 trillion in May; the United Kingdom is second.

## Economy

Real GDP grew by 1.1% in 2025, a recovery from 2024, when the economy barely expanded (0.1%). Consumer prices have risen faster than 2% for four years running, and the Bank of Japan has raised its policy rate to 1.0%. The December supplementary budget, at ¥18.3 trillion the largest since the pandemic, paid for Takaichi's package of energy subsidies and tax relief; a second, of nearly $20 billion, was passed in May to cushion exporters from U.S. tariffs. Under the Paris Agreement, Japan has pledged to cut greenhouse gas emissions 46% below FY2013 levels by FY2030, and 60% by FY2035.

## Regional Diplomacy

Leaders of the Quad (Australia, India, Japan, and the United States) have held six meetings, the most recent in Wilmington, Delaware, in September 2024; the summit that India was to host in 2025 has not been rescheduled. Relations with China have worsened since Takaichi told the Diet last November that an attack on Taiwan could threaten Japan's survival. Beijing responded by discouraging travel to Japan and halting imports of Japanese seafood.

**Mark E. Manyin**, Coordinator, Specialist in Asian Affairs

**Kyla H. Kitamura**, Analyst in Asian Affairs

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Trump", "Donald", "the second term of President Donald J. Trump"),
        "leaders.japan_prime_minister": P("Takaichi", "Sanae", "Takaichi Sanae, chosen as leader of the Liberal Democratic Party (LDP) last October", note="named prime minister by implication ('more room to maneuver than any prime minister had enjoyed since Abe Shinzo'); family name first"),
        "trade.us_tariff_on_most_imports_from_japan": F(12.5, period="2026-07", as_written="Most Japanese products now face a 12.5% duty instead, which the U.S. Trade Representative (USTR) imposed under Section 301", note="month from 'this month' on the cover"),
        "trade.japan_investment_pledge": F(550000000000, by="2029-01-19", as_written="Japan's promise to direct $550 billion into U.S. projects selected by Washington before January 19, 2029"),
        "alliance.treaty_ally_since": F(1952, as_written="The United States and Japan have been treaty allies since 1952", note="1951, the signing, is a trap"),
        "alliance.us_troops_in_japan": F(55000, "about", as_written="Roughly 55,000 U.S. troops are on active duty in Japan"),
        "alliance.host_nation_support_per_year": F(2000000000, "about", per="year", as_written="commits Tokyo to about $2 billion a year"),
        "alliance.host_nation_support_agreement": D("2021-12", as_written="A Special Measures Agreement concluded in December 2021, which runs until March 2027"),
        "alliance.okinawa_share_of_land_area": F(1, "under", as_written="Okinawa Prefecture accounts for less than 1% of Japan's land", note="sidebar section"),
        "alliance.okinawa_share_of_usfj_facilities": F(70, "about", as_written="It is nonetheless home to around 70% of the facilities and areas set aside for the exclusive use of U.S. forces", note="exclusive-use basis; subject carried by 'It'"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "about", as_written="and to about half of the personnel"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="A 2012 realignment plan would move some 4,000 Marines from the prefecture to Guam"),
        "alliance.marines_in_guam": F(210, period="2026-03", as_written="as of March, the total there stood at 210", note="'there' = Guam; the first contingent of about 100 is a trap"),
        "defense.spending_goal_pct_gdp": F(2, by="FY2027", as_written="set a target of 2% of gross domestic product (GDP) for defense and related outlays by FY2027", note="reached in FY2025 per the text; the goal as set is by FY2027"),
        "defense.traditional_limit_pct_gdp": F(1, as_written="twice the 1% limit that cabinets had long treated as a ceiling"),
        "defense.tomahawk_purchase": F(2350000000, "about", as_written="a sale the State Department valued at an estimated $2.35 billion"),
        "politics.ruling_coalition": F(["LDP", "Ishin"], as_written="The LDP governs with the Japan Innovation Party (Ishin)", note="Komeito is the former partner (trap)"),
        "politics.lower_house_coalition_share": F(75, "about", as_written="the two parties control roughly three-quarters of the chamber", note="fraction rule; 316 of 465 is the LDP alone"),
        "politics.upper_house_coalition_share": F(50, "under", as_written="still occupy fewer than half of the seats", note="subject 'the partners' and 'There' (the upper chamber) carried from the sentences before"),
        "politics.next_diet_election_due": F(2028, as_written="The next nationwide contest is the July 2028 election for half of the House of Councillors"),
        "politics.lower_house_election_due": D("2030-02", as_written="no Lower House election is required before February 2030"),
        "trade.overall_partner_rank": F(6, period="2025", as_written="Japan ranked as the sixth-largest U.S. trading partner in 2025"),
        "trade.export_partner_rank": F(5, period="2025", as_written="Its place was fifth among markets for U.S. exports"),
        "trade.import_partner_rank": F(7, period="2025", as_written="and seventh among sources of U.S. imports"),
        "trade.us_exports_to_japan": F(127600000000, period="2025", as_written="Table 1: 'U.S. exports' row, 2025 column, 127.6 ($ billions)"),
        "trade.us_imports_from_japan": F(188200000000, period="2025", as_written="Table 1: 'U.S. imports' row, 2025 column, 188.2 ($ billions)"),
        "trade.fdi_source_rank": F(1, as_written="Every year since 2019, Japanese companies have held a larger stock of direct investment in the United States than those of any other country"),
        "trade.treasury_holder_rank": F(1, period="2026-05", as_written="The largest foreign holder of U.S. Treasury securities is also Japan, whose holdings came to about $1.2 trillion in May"),
        "economy.gdp_growth": GDP(y2025=1.1, y2024=0.1),
        "economy.supplementary_budget": F(20000000000, "nearly", period="2026-05", as_written="a second, of nearly $20 billion, was passed in May to cushion exporters from U.S. tariffs", note="the latest supplementary budget; the December ¥18.3 trillion one is earlier"),
        "economy.emissions_cut_target": F(46, by="FY2030", baseline="FY2013", as_written="cut greenhouse gas emissions 46% below FY2013 levels by FY2030"),
        "diplomacy.quad_leader_meetings": F(6, as_written="Leaders of the Quad (Australia, India, Japan, and the United States) have held six meetings"),
    },
    "elections": {
        "ldp_president_2025": E("LDP president", "2025-10", "held", result="Takaichi Sanae chosen", note="'last October' on a July 2026 cover"),
        "lower_house_2026": E("Lower House", "2026-02-08", "held", result="LDP alone 316 of 465 seats; with Ishin roughly three-quarters"),
        "upper_house_2025": E("Upper House", "2025-07", "held", result="ruling partners lost their majority"),
        "okinawa_governor_2026": E("Okinawa governor", "2026-09", "upcoming", note="incumbent Tamaki Denny undeclared"),
        "upper_house_2028": E("Upper House", "2028-07", "upcoming"),
    },
    "events": {
        "abe_assassination": EV("Former Prime Minister Abe Shinzo shot and killed", "2022-07", "held"),
        "section122_surcharge_expired": EV("The 10% Section 122 surcharge expires after 150 days", "2026-07-23", "held"),
    },
    "notes": "Traps: 'Eighteen months into the second term'; 'after Ishiba Shigeru stepped aside' and 'since Abe Shinzo' (former prime ministers); 'a temporary import surcharge of 10% on most countries' goods under Section 122 of the Trade Act of 1974' (expired, and a law's year); 'Limited by statute to 150 days'; 'an investigation opened in March'; 'lower than the 15% collected from August 2025 under the framework' (past IEEPA rate) and 'the 10% baseline in force before the framework' (past); 'sought a rate no higher than 10%' (sought); 'In May, officials reaffirmed' (not the pledge's date); 'roughly $40 billion' (projects named, not the pledge); bullets 'Section 232 tariffs of 15% on Japanese autos', 'cut from 27.5% last September', '50% duties on steel, aluminum, and copper', 'a 25% levy on semiconductors, announced in June but not yet in effect' (product tariffs, announced); 'the security pact signed in San Francisco a year earlier' (1951); 'more than in any other foreign country' (not a rank fact); 'which runs until March 2027' and 'talks on a successor began in April'; 'A 2012 realignment plan'; 'The first contingent, about 100, arrived in December 2024' (not the current Guam total); 'Okinawans vote for a governor in September' (election, not a share); 'The 2022 National Security Strategy'; 'lifted FY2025 spending to 2%, two years ahead of schedule' (attainment, not the goal's date); 'aim for 3.5% of GDP' (U.S. request); 'up to 400 Tomahawk cruise missiles' (count) and 'began to arrive in March'; Figure 1 (defense spending, % of GDP, FY2022-FY2025; ticks 0-2.5, no value labels; interleaved only); 'Komeito walked out of the coalition in October 2025' (former partner); 'Ishin holds no cabinet posts'; 'the LDP alone took 316 of the Lower House's 465 seats' and 'counting Ishin's 38' (not the coalition share); 'lost their majority in the July 2025 election'; 'for half of the House of Councillors'; Table 1's 2024 column (129.1, 192.4) and Balance row (-63.3, -60.6; no deficit fact in IF10199); 'Source: Bureau of Economic Analysis, June 2026'; 'Every year since 2019' (a span, not a rank); 'Nippon Steel's $14.1 billion purchase of U.S. Steel, completed in June 2025'; 'about $1.2 trillion' (holdings) and 'the United Kingdom is second'; 'faster than 2% for four years running' (inflation); 'policy rate to 1.0%'; 'The December supplementary budget, at ¥18.3 trillion the largest since the pandemic' (earlier supplementary budget, in yen); 'and 60% by FY2035' (later target); 'the most recent in Wilmington, Delaware, in September 2024' and 'the summit that India was to host in 2025'; 'told the Diet last November'; interleaved: PDF ligatures, NBSP, hyphenated line ends, columns alternating line by line",
}
