from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "N4-IF10199-2023-10", "fresh2", "IF10199", 43
LAYOUTS = ["pdf", "layout", "interleaved"]
PDF_OPTS = ["lig", "quotes", "nbsp", "hyph"]
CHART = {"unit": "¥ trillions", "ymax": 8, "ticks": [0, 2, 4, 6, 8],
         "series": ["Defense budget (initial)"],
         "bars": {"FY2019": (5.26,), "FY2020": (5.31,), "FY2021": (5.34,), "FY2022": (5.40,), "FY2023": (6.82,)}}

MD = """
U.S.-Japan Relations

Updated October 24, 2023

## Overview

Under Prime Minister Kishida Fumio, Japan has taken on a more active security role, and the alliance, which dates to 1951, has seldom been closer. President Joe Biden hosted Kishida and South Korean President Yoon Suk Yeol at Camp David on August 18, 2023, the first stand-alone summit of the three countries' leaders. The late former Prime Minister Abe Shinzo, whose ideas shaped much of Kishida's agenda, was shot and killed while campaigning in Nara on July 8, 2022. Kishida's cabinet approval ratings have sagged below 30% in recent polls, fueling talk of a snap election that he has not called.

## A Defense Buildup

In December 2022, Japan adopted three strategy documents that commit it to spend 2% of GDP on defense and related items by FY2027, abandoning the roughly 1% that had served as an informal ceiling since the 1970s. The government plans ¥43 trillion in defense outlays over five years (**Figure 1**). The FY2023 budget includes about $1.6 billion to purchase up to 400 Tomahawk cruise missiles; in October, Tokyo said it would begin acquiring some of them a year earlier than planned, in FY2025.

**Figure 1. Japan's Defense Budget, FY2019-FY2023**

Source: Japan Ministry of Defense. Initial budgets, excluding supplementary budgets.

## The Alliance

About fifty-four thousand U.S. troops are stationed in Japan. Tokyo pays about $2 billion a year toward their costs under a five-year cost-sharing agreement announced in December 2021 and signed the following month. Okinawa, less than one percent of Japan's land area, hosts the bulk of the Marine Corps presence. Governor Denny Tamaki, who opposes the planned Henoko runway, won reelection in September 2022; on September 4, 2023, the Supreme Court ruled against the prefecture in a lawsuit over the project.

## Politics

The ruling Liberal Democratic Party (LDP)-Komeito coalition won 293 of the Lower House's 465 seats in the October 31, 2021, general election, roughly 63% of the total. In the July 10, 2022, Upper House election, two days after Abe's death, it lifted its share of that chamber from 57% to some 60%. No national election is required until 2025, when half of the Upper House is to be chosen in July and the Lower House's term runs out in October.

## Trade and the Economy

Japan was the fourth-largest U.S. trading partner in 2022, the fourth-largest destination for U.S. exports and, narrowly ahead of Germany, the fourth-largest source of U.S. imports (Table 1). Japanese companies own more direct investment in the United States than those of any other country. Japan is also the largest foreign holder of U.S. Treasury securities; China's holdings are second.

Table 1. U.S. Trade with Japan in Goods and Services

| $ billions | 2021 | 2022 |
| --- | --- | --- |
| Exports to Japan | 112.2 | 120.1 |
| Imports from Japan | 167.8 | 180.3 |

Real GDP grew 1.0% in 2022, after 2.2% in 2021. The latest supplementary budget, ¥28.9 trillion (about $210 billion), was enacted in December 2022; Kishida has ordered a new economic package for November. The yen has slid back toward ¥150 per dollar, close to the 32-year low it touched in October 2022. Japan aims to reduce greenhouse gas emissions by 46% from 2013 levels by 2030.

## Regional Diplomacy

The Quad's leaders have now met five times, most recently in Hiroshima in May 2023, after a planned Sydney summit was called off. Along with the United States and 12 other Indo-Pacific economies, Japan joined the Indo-Pacific Economic Framework for Prosperity (IPEF) at its launch in Tokyo in May 2022. Tokyo has committed some $7.6 billion to Ukraine: $5.5 billion in financial support and about $1.1 billion in humanitarian aid, with the remainder in in-kind assistance.

**Mark E. Manyin**, Coordinator, Specialist in Asian Affairs

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Caitlin Campbell**, Analyst in Asian Affairs
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Kishida", "Fumio", "Prime Minister Kishida Fumio"),
        "leaders.us_president": P("Biden", "Joe", "President Joe Biden"),
        "alliance.treaty_ally_since": F(1951, as_written="the alliance, which dates to 1951"),
        "alliance.us_troops_in_japan": F(54000, "about", as_written="About fifty-four thousand U.S. troops are stationed in Japan"),
        "alliance.host_nation_support_per_year": F(2000000000, "about", per="year", as_written="Tokyo pays about $2 billion a year toward their costs"),
        "alliance.host_nation_support_agreement": D("2021-12", as_written="a five-year cost-sharing agreement announced in December 2021 and signed the following month"),
        "alliance.okinawa_share_of_land_area": F(1, "under", as_written="Okinawa, less than one percent of Japan's land area"),
        "defense.spending_goal_pct_gdp": F(2, by="FY2027", as_written="commit it to spend 2% of GDP on defense and related items by FY2027"),
        "defense.traditional_limit_pct_gdp": F(1, "about", as_written="the roughly 1% that had served as an informal ceiling since the 1970s"),
        "defense.tomahawk_purchase": F(1600000000, "about", as_written="The FY2023 budget includes about $1.6 billion to purchase up to 400 Tomahawk cruise missiles"),
        "politics.ruling_coalition": F(["LDP", "Komeito"]),
        "politics.lower_house_coalition_share": F(63, "about", as_written="293 of the Lower House's 465 seats ..., roughly 63% of the total"),
        "politics.upper_house_coalition_share": F(60, "about", previous=57, as_written="lifted its share of that chamber from 57% to some 60%"),
        "politics.next_diet_election_due": F(2025, note="Upper House July 2025; Lower House term ends October 2025"),
        "politics.lower_house_election_due": D("2025-10", as_written="the Lower House's term runs out in October"),
        "trade.overall_partner_rank": F(4, period="2022", as_written="Japan was the fourth-largest U.S. trading partner in 2022"),
        "trade.export_partner_rank": F(4, period="2022", as_written="the fourth-largest destination for U.S. exports"),
        "trade.import_partner_rank": F(4, period="2022", as_written="narrowly ahead of Germany, the fourth-largest source of U.S. imports"),
        "trade.us_exports_to_japan": F(120100000000, period="2022", note="Table 1, 2022 column"),
        "trade.us_imports_from_japan": F(180300000000, period="2022", note="Table 1, 2022 column"),
        "trade.fdi_source_rank": F(1, as_written="Japanese companies own more direct investment in the United States than those of any other country"),
        "trade.treasury_holder_rank": F(1, as_written="Japan is also the largest foreign holder of U.S. Treasury securities"),
        "economy.gdp_growth": GDP(y2022=1.0, y2021=2.2),
        "economy.supplementary_budget": F(210000000000, "about", period="2022-12", as_written="The latest supplementary budget, ¥28.9 trillion (about $210 billion), was enacted in December 2022"),
        "economy.yen": F("32-year low against the dollar", period="2022-10", as_written="close to the 32-year low it touched in October 2022"),
        "economy.emissions_cut_target": F(46, by="2030", baseline="2013"),
        "diplomacy.quad_leader_meetings": F(5, as_written="The Quad's leaders have now met five times"),
        "diplomacy.ipef_other_partners": F(13, period="2022-05", as_written="Along with the United States and 12 other Indo-Pacific economies, Japan joined ... (IPEF) at its launch", note="the United States plus 12 others"),
        "diplomacy.ukraine_financial_support": F(5500000000, as_written="$5.5 billion in financial support"),
        "diplomacy.ukraine_humanitarian_aid": F(1100000000, "about", as_written="about $1.1 billion in humanitarian aid"),
    },
    "elections": {
        "lower_house_2021": E("Lower House", "2021-10-31", "held", result="LDP-Komeito won 293 of 465 seats, roughly 63%"),
        "upper_house_2022": E("Upper House", "2022-07-10", "held", result="coalition share rose from 57% to some 60%"),
        "okinawa_governor_2022": E("Okinawa governor", "2022-09", "held", result="Denny Tamaki reelected"),
        "upper_house_2025": E("Upper House", "2025-07", "upcoming"),
    },
    "events": {
        "abe_assassination": EV("Former Prime Minister Abe Shinzo shot and killed while campaigning in Nara", "2022-07-08"),
    },
    "notes": "Traps: 'South Korean President Yoon Suk Yeol' (another country's leader) and 'at Camp David on August 18, 2023'; 'The late former Prime Minister Abe Shinzo' (former leader); 'approval ratings have sagged below 30%'; 'talk of a snap election that he has not called' (no election); 'In December 2022, Japan adopted three strategy documents'; 'since the 1970s'; 'The government plans ¥43 trillion in defense outlays over five years'; 'up to 400 Tomahawk cruise missiles' (a count, not money) and 'a year earlier than planned, in FY2025'; 'hosts the bulk of the Marine Corps presence' (Marines, not a share of USFJ personnel); 'signed the following month' (the agreement is dated by its announcement); 'on September 4, 2023, the Supreme Court ruled against the prefecture'; '293 of the Lower House's 465 seats' (counts); 'two days after Abe's death' (the assassination date is stated once, July 8, 2022); 'from 57% to some 60%' (57 is the previous share); 'narrowly ahead of Germany' (Germany fifth, not stated as Japan's rank); 'China's holdings are second'; Table 1 '2021' column (112.2, 167.8: past year); '¥28.9 trillion' (yen beside dollars) and 'Kishida has ordered a new economic package for November' (planned); 'toward ¥150 per dollar'; 'after a planned Sydney summit was called off' (not a meeting); 'Tokyo has committed some $7.6 billion to Ukraine' (total, not a catalogue fact) and 'the remainder in in-kind assistance'; Figure 1 title 'FY2019-FY2023' and its axis ticks 0-8 (¥ trillions), fiscal-year labels and legend, no values; interleaved: the two columns alternate line by line",
}
