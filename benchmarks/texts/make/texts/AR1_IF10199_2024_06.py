from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "AR1-IF10199-2024-06", "fresh18", "IF10199", 38
LAYOUTS = ["md", "pdf"]
PDF_OPTS = ["lig", "hyph"]
CHART = {"unit": "$ billions", "ymax": 200, "ticks": [0, 50, 100, 150, 200],
         "series": ["U.S. exports to Japan", "U.S. imports from Japan"],
         "bars": {"2019": (124.0, 181.0), "2020": (104.0, 148.0), "2021": (112.2, 167.8), "2022": (120.1, 180.3), "2023": (121.4, 184.0)}}

MD = """
U.S.-Japan Relations

Updated June 18, 2024

## Overview

Two months after Prime Minister Kishida Fumio's state visit to Washington, ties between Japan and the United States are, by most accounts, as close as they have been in decades. President Joe Biden welcomed Kishida to the White House on April 10. The following morning Kishida spoke to a joint meeting of Congress, the first Japanese leader to do so since Abe Shinzo stood at the same rostrum in April 2015. The two leaders agreed to upgrade the command arrangements of U.S. forces in Japan and to co-produce missiles.

At home, Kishida's position is shakier. His Liberal Democratic Party (LDP) lost all three of the Lower House by-elections held on April 28, and his three-year term as party president runs out this September, when LDP lawmakers and members will choose a leader. Whoever leads the party after that vote must take it into a general election by October of next year at the latest, when the lower chamber's four-year term lapses.

## Alliance Basics

Japan and the United States have been allies by treaty since 1951. In excess of fifty thousand U.S. military personnel are stationed in the archipelago, more than in any other foreign country; about 28,500 serve in South Korea. Tokyo defrays part of their cost. A Special Measures Agreement (SMA) announced in December 2021 commits Japan to ¥1.055 trillion over the five fiscal years through FY2026, around ¥211 billion annually. At recent exchange rates that works out to something like $1.4 billion a year, a fraction of the $8 billion figure that then-President Donald Trump once floated.

The alliance also anchors Washington's regional groupings. The leaders of Australia, India, Japan, and the United States, known as the Quad, have sat down together on five occasions, most recently in Hiroshima in May 2023. India is to host the next gathering.

## Defense Buildup

Two percent of GDP by FY2027: that is the defense spending goal the Kishida Cabinet set in December 2022, double the approximately 1% of GDP that Japanese governments long observed as a ceiling. To get there, Tokyo plans to spend ¥43 trillion over five years. Among its purchases are up to 400 Tomahawk cruise missiles. The contract for them was signed in January; the sale, notified to Congress in November 2023, is valued at $2.35 billion.

The currency is eroding that budget's buying power. On April 29 the yen fell past ¥160 to the dollar, its weakest point since 1990, a 34-year low, before the Ministry of Finance intervened.

## Okinawa

A sliver of the country, 0.6 percent of its land, Okinawa nonetheless contains approximately one in four of the facilities used by U.S. Forces Japan and just over half of the U.S. military personnel stationed in Japan. The 2012 realignment plan would move about 9,000 Marines off the island. Guam is to receive some 4,000 of them, with the first movements slated to begin in December. Governor Tamaki Denny, reelected in September 2022 on a platform of opposing the runway under construction at Henoko, suffered a setback on June 16, when candidates opposed to him won a majority in the prefectural assembly.

## Politics

Since the general election of 31 October 2021, the LDP and its junior partner, Komeito, have held two hundred ninety-three of the Lower House's 465 seats, or roughly sixty-three percent. The House of Councillors vote on the tenth of July, 2022, came two days after former Prime Minister Abe was shot dead while campaigning in Nara; it lifted the coalition from 57% of the upper chamber's seats to almost three seats in every five. The next regularly scheduled nationwide contest is the upper-house election of July 2025, unless the lower house is dissolved first.

A scandal over unreported political funds in several LDP factions has pushed Kishida's cabinet approval ratings into the low 20s. Nor does the economy offer much help. Real GDP grew 1.9% in 2023, following 1.0% growth in 2022, but it shrank at an annualized 2.0% in the first quarter of 2024. Tokyo's governor is to be chosen on July 7.

## Trade and Investment

Japan was the sixth-largest U.S. trading partner in 2023; in 2019 it had been fourth. U.S. sales of goods and services to Japan came to just over $121 billion that year, while purchases from Japan, some $184 billion, were half again as large. As a market and as a supplier alike, Japan ranked fifth (Figure 1).

**Figure 1. U.S. Trade in Goods and Services with Japan, 2019-2023**

Source: Bureau of Economic Analysis.

Japanese firms' direct investment in the United States, valued at $775 billion at the end of 2022, outranks every other country's. Nippon Steel's proposed $14.9 billion purchase of U.S. Steel, announced in December 2023, would add to that stock but faces opposition from President Biden. Japanese investors, with some $1.13 trillion in April, remained the biggest foreign holders of U.S. Treasury securities; China's holdings came to roughly $770 billion.

## Economy and Diplomacy

To cushion households against rising prices, the Diet passed a ¥13.1 trillion supplementary budget, about $88 billion, in late November 2023. Japan's climate pledge, reaffirmed at the April summit, is to cut greenhouse gas emissions 46% by FY2030 from FY2013 levels.

Japan is one of fourteen participants in the Indo-Pacific Economic Framework (IPEF), launched in Tokyo in May 2022; its supply-chain agreement entered into force in February 2024. Since February 2022 Tokyo has committed more than $12 billion to Ukraine, including an estimated $5.5 billion in financial support and roughly $1.2 billion in humanitarian aid.

**Mark E. Manyin**, Coordinator, Specialist in Asian Affairs

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Caitlin Campbell**, Analyst in Asian Affairs
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Kishida", "Fumio", "Prime Minister Kishida Fumio"),
        "leaders.us_president": P("Biden", "Joe", "President Joe Biden"),
        "alliance.treaty_ally_since": F(1951, as_written="Japan and the United States have been allies by treaty since 1951"),
        "alliance.us_troops_in_japan": F(50000, "over", as_written="In excess of fifty thousand U.S. military personnel are stationed in the archipelago"),
        "alliance.host_nation_support_per_year": F(1400000000, "about", per="year", as_written="At recent exchange rates that works out to something like $1.4 billion a year", note="'something like' read as about; the yen amounts are traps"),
        "alliance.host_nation_support_agreement": D("2021-12", as_written="A Special Measures Agreement (SMA) announced in December 2021"),
        "alliance.okinawa_share_of_usfj_facilities": F(25, "about", as_written="approximately one in four of the facilities used by U.S. Forces Japan"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="just over half of the U.S. military personnel stationed in Japan"),
        "alliance.okinawa_share_of_land_area": F(0.6, as_written="A sliver of the country, 0.6 percent of its land"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="Guam is to receive some 4,000 of them"),
        "defense.spending_goal_pct_gdp": F(2, by="FY2027", as_written="Two percent of GDP by FY2027: that is the defense spending goal"),
        "defense.traditional_limit_pct_gdp": F(1, "about", as_written="the approximately 1% of GDP that Japanese governments long observed as a ceiling"),
        "defense.tomahawk_purchase": F(2350000000, as_written="the sale, notified to Congress in November 2023, is valued at $2.35 billion"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="the LDP and its junior partner, Komeito"),
        "politics.lower_house_coalition_share": F(63, "about", as_written="two hundred ninety-three of the Lower House's 465 seats, or roughly sixty-three percent"),
        "politics.upper_house_coalition_share": F(60, "nearly", previous=57, as_written="it lifted the coalition from 57% of the upper chamber's seats to almost three seats in every five", note="three in five = 60; subject 'it' is the July 2022 vote"),
        "politics.next_diet_election_due": F(2025, as_written="The next regularly scheduled nationwide contest is the upper-house election of July 2025"),
        "politics.lower_house_election_due": D("2025-10", as_written="must take it into a general election by October of next year at the latest, when the lower chamber's four-year term lapses", note="'next year' = 2025 from the text's date"),
        "trade.overall_partner_rank": F(6, period="2023", as_written="Japan was the sixth-largest U.S. trading partner in 2023"),
        "trade.export_partner_rank": F(5, period="2023", as_written="As a market and as a supplier alike, Japan ranked fifth"),
        "trade.import_partner_rank": F(5, period="2023", as_written="As a market and as a supplier alike, Japan ranked fifth"),
        "trade.us_exports_to_japan": F(121000000000, "over", period="2023", as_written="U.S. sales of goods and services to Japan came to just over $121 billion that year"),
        "trade.us_imports_from_japan": F(184000000000, "about", period="2023", as_written="purchases from Japan, some $184 billion, were half again as large"),
        "trade.fdi_source_rank": F(1, period="2022", as_written="Japanese firms' direct investment in the United States, valued at $775 billion at the end of 2022, outranks every other country's"),
        "trade.treasury_holder_rank": F(1, period="2024-04", as_written="Japanese investors, with some $1.13 trillion in April, remained the biggest foreign holders of U.S. Treasury securities"),
        "economy.gdp_growth": GDP(y2023=1.9, y2022=1.0),
        "economy.supplementary_budget": F(88000000000, "about", period="2023-11", as_written="the Diet passed a ¥13.1 trillion supplementary budget, about $88 billion, in late November 2023"),
        "economy.yen": F("34-year low against the dollar", period="2024-04", as_written="On April 29 the yen fell past ¥160 to the dollar, its weakest point since 1990, a 34-year low"),
        "economy.emissions_cut_target": F(46, by="2030", baseline="2013", as_written="to cut greenhouse gas emissions 46% by FY2030 from FY2013 levels"),
        "diplomacy.quad_leader_meetings": F(5, as_written="have sat down together on five occasions"),
        "diplomacy.ipef_other_partners": F(13, period="2022-05", as_written="Japan is one of fourteen participants in the Indo-Pacific Economic Framework (IPEF), launched in Tokyo in May 2022", note="fourteen including Japan"),
        "diplomacy.ukraine_financial_support": F(5500000000, "about", as_written="an estimated $5.5 billion in financial support"),
        "diplomacy.ukraine_humanitarian_aid": F(1200000000, "about", as_written="roughly $1.2 billion in humanitarian aid"),
    },
    "elections": {
        "lower_house_2021": E("Lower House", "2021-10-31", "held", result="LDP and Komeito 293 of 465 seats, roughly 63%", note="'the general election of 31 October 2021' (day before month)"),
        "upper_house_2022": E("Upper House", "2022-07-10", "held", result="coalition from 57% to almost three seats in five", note="'on the tenth of July, 2022'"),
        "ldp_president_2024": E("LDP president", "2024-09", "upcoming", note="'his three-year term as party president runs out this September, when LDP lawmakers and members will choose a leader'"),
        "upper_house_2025": E("Upper House", "2025-07", "upcoming", note="the next nationwide contest"),
        "lower_house_2025": E("Lower House", "2025-10", "upcoming", note="deadline 16 months away: 'by October of next year at the latest'"),
        "okinawa_governor_2022": E("Okinawa governor", "2022-09", "held", result="Tamaki Denny reelected"),
    },
    "events": {
        "abe_address_to_congress": EV("Abe addresses a joint meeting of Congress", "2015-04", "held"),
        "abe_assassination": EV("Abe shot dead while campaigning in Nara", "2022-07"),
    },
    "notes": "Traps: 'welcomed Kishida to the White House on April 10' and 'The following morning Kishida spoke to a joint meeting of Congress' (Kishida's address, not Abe's; not a tracked event); 'lost all three of the Lower House by-elections held on April 28' (by-elections, not a Lower House general election); 'about 28,500 serve in South Korea' (another country); '¥1.055 trillion over the five fiscal years through FY2026, around ¥211 billion annually' (yen amounts; the payment is the dollar figure); 'the $8 billion figure that then-President Donald Trump once floated' (a former president's demand, not the president); 'most recently in Hiroshima in May 2023' and 'India is to host the next gathering' (planned); 'the Kishida Cabinet set in December 2022'; 'plans to spend ¥43 trillion over five years'; 'up to 400 Tomahawk cruise missiles' (a count) and 'The contract for them was signed in January'; '¥160 to the dollar' and 'its weakest point since 1990' (the same low restated); 'The 2012 realignment plan would move about 9,000 Marines off the island' (total leaving, not Guam); 'with the first movements slated to begin in December' (planned: no Marines in Guam); 'won a majority in the prefectural assembly' on 'June 16' (local election, not listed); 'came two days after former Prime Minister Abe was shot dead' (the assassination, listed as the event at month precision: its day is only implied by 'two days after' the July 10 vote); 'from 57% of the upper chamber's seats' (previous share); 'unless the lower house is dissolved first'; 'cabinet approval ratings into the low 20s'; 'shrank at an annualized 2.0% in the first quarter of 2024' (a quarter, not a year); 'Tokyo's governor is to be chosen on July 7' (local, not listed); 'in 2019 it had been fourth' (past rank); 'were half again as large'; '$775 billion' (FDI stock: no IF10199 fact); 'Nippon Steel's proposed $14.9 billion purchase of U.S. Steel'; 'China's holdings came to roughly $770 billion' (another country); '¥13.1 trillion' (yen amount); 'its supply-chain agreement entered into force in February 2024'; 'committed more than $12 billion to Ukraine' (total, not a part); Figure 1 (U.S. trade with Japan 2019-2023, $ billions, two series, axis ticks only, no value labels); PDF ligatures and hyphenated line ends",
}
