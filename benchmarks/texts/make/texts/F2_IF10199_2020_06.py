from lib import F, D, P, GDP, E, EV

NAME = "F2-IF10199-2020-06"
SET = "fresh"
BRIEF = "IF10199"
VERSION = "38"
LAYOUTS = ("html", "interleaved")
PDF_OPTS = ("quotes", "nbsp")
SIDEBAR = "Okinawa and the Basing Question"
CHART = {"unit": "% change", "ymax": 2, "ticks": [0, 1, 2],
         "bars": {"2016": [0.8], "2017": [1.7], "2018": [0.3], "2019": [0.7]},
         "series": ["Real GDP growth"]}

MD = """
U.S.-Japan Relations

Updated June 16, 2020

## Overview

Under Prime Minister Abe Shinzo, now the longest continuously serving premier in Japan's history, Tokyo has sought to keep its alliance with Washington on an even keel through a period of unusual strain. President Donald J. Trump has questioned the value of U.S. alliances and has pressed Japan both to buy more American goods and to pay more for the U.S. military presence. The coronavirus pandemic has added new uncertainty: the Tokyo Olympic Games, scheduled for the summer of 2020, were postponed to July 2021, and Japan's economy has entered recession.

## The Alliance

The two countries have been treaty allies since 1951. Japan hosts upwards of 50,000 U.S. troops, along with the U.S. Navy's only forward-deployed aircraft carrier. Tokyo contributes in the neighborhood of $2 billion annually toward the cost of stationing these forces. The current cost-sharing agreement, concluded in January 2016, expires in March 2021, and talks on its successor are expected to begin later this year. Press reports in 2019 suggested that Administration officials had floated a fourfold increase, a figure Japanese officials have not publicly discussed.

Japan's defense budget, which has increased modestly for eight consecutive years, still amounts to approximately 1% of GDP, a level that successive governments have treated as an informal ceiling. In June 2020, Defense Minister Kono Taro suspended the planned deployment of two Aegis Ashore missile-defense batteries, citing technical problems and a cost that had grown to about ¥450 billion.

## Okinawa and the Basing Question

Roughly 70% of the land reserved for the exclusive use of U.S. forces in Japan, and about half of all USFJ personnel, are in Okinawa. The prefecture makes up 0.6% of Japan's land area. In a February 2019 referendum, 72% of Okinawan voters opposed the construction of a replacement air facility at Henoko.

The two governments still plan to shift roughly 4,000 Marines from Okinawa to Guam, beginning in the mid-2020s.

## Domestic Politics

Abe's Liberal Democratic Party (LDP) governs together with Komeito, a party backed by a Buddhist lay organization. The two parties hold nearly 68% of Lower House seats. In the Upper House, their share is around 57% following the July 2019 election, short of the two-thirds needed to initiate a constitutional amendment.

Abe faces two deadlines. His term as LDP president runs out in September 2021, when the party will choose a leader; Abe has said he does not intend to seek a fourth term. The next Lower House election, meanwhile, must be held by October 2021, and some analysts expect him to dissolve the chamber before then. Support for the cabinet slipped below 40% in May 2020, the lowest level in two years.

## Economic Relations

Japan is the fourth-largest U.S. trading partner. In 2019 it was the fourth-largest market for U.S. exports and, likewise, the fourth-largest supplier of U.S. imports, trailing China, Mexico, and Canada on both counts.

Table 1. U.S. Trade with Japan, Goods and Services ($ billions)

| | 2018 | 2019 |
| --- | --- | --- |
| U.S. exports to Japan | 121.6 | 124.7 |
| U.S. imports from Japan | 179.3 | 178.9 |
| Balance | -57.7 | -54.2 |

Japan is also the top source of foreign direct investment in the United States, having overtaken the United Kingdom. Japanese investors, who passed China's in mid-2019, hold more U.S. Treasury securities than those of any other country.

Real GDP expanded 0.7% in 2019, following 0.3% growth in 2018. Output then fell at an annualized rate of 2.2% in the first quarter of 2020, the second straight quarterly decline. To cushion the pandemic's effect, the Diet enacted two supplementary budgets in quick succession: the first, in April 2020, worth about $240 billion, and a second, of about $296 billion, passed on June 12, 2020. The government describes its total economic package as worth some $2.2 trillion, much of it loans and guarantees.

**Figure 1. Japan's Real GDP Growth, 2016-2019**

Source: Cabinet Office of Japan.

Japan's climate pledge, a 26% cut in greenhouse gas emissions from 2013 levels by 2030, was resubmitted unchanged to the United Nations in March 2020, drawing criticism from environmental groups.

**Emma Chanlett-Avery**, Coordinator, Specialist in Asian Affairs

**Mark E. Manyin**, Specialist in Asian Affairs

**Brock R. Williams**, Specialist in International Trade and Finance

**Cathleen D. Cimino-Isaacs**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Abe", "Shinzo", "Prime Minister Abe Shinzo"),
        "leaders.us_president": P("Trump", "Donald", "President Donald J. Trump"),
        "alliance.treaty_ally_since": F(1951, as_written="The two countries have been treaty allies since 1951"),
        "alliance.us_troops_in_japan": F(50000, "over", as_written="Japan hosts upwards of 50,000 U.S. troops"),
        "alliance.host_nation_support_per_year": F(2000000000, "about", per="year", as_written="in the neighborhood of $2 billion annually"),
        "alliance.host_nation_support_agreement": D("2016-01", as_written="The current cost-sharing agreement, concluded in January 2016, expires in March 2021"),
        "alliance.okinawa_share_of_usfj_facilities": F(70, "about", as_written="Roughly 70% of the land reserved for the exclusive use of U.S. forces in Japan", note="exclusive-use basis, as the record's 2026-10-01 version"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "about", as_written="and about half of all USFJ personnel, are in Okinawa"),
        "alliance.okinawa_share_of_land_area": F(0.6, as_written="The prefecture makes up 0.6% of Japan's land area"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="shift roughly 4,000 Marines from Okinawa to Guam"),
        "defense.traditional_limit_pct_gdp": F(1, "about", as_written="still amounts to approximately 1% of GDP, a level that successive governments have treated as an informal ceiling"),
        "politics.ruling_coalition": F(["LDP", "Komeito"]),
        "politics.lower_house_coalition_share": F(68, "nearly", as_written="The two parties hold nearly 68% of Lower House seats"),
        "politics.upper_house_coalition_share": F(57, "about", as_written="their share is around 57% following the July 2019 election"),
        "politics.next_diet_election_due": F(2021, note="the Lower House election due by October 2021"),
        "politics.lower_house_election_due": D("2021-10", as_written="The next Lower House election, meanwhile, must be held by October 2021"),
        "trade.overall_partner_rank": F(4, as_written="Japan is the fourth-largest U.S. trading partner"),
        "trade.export_partner_rank": F(4, period="2019", as_written="the fourth-largest market for U.S. exports"),
        "trade.us_exports_to_japan": F(124700000000, period="2019", note="goods and services; only in Table 1 ($ billions), 2019 column"),
        "trade.import_partner_rank": F(4, period="2019", as_written="likewise, the fourth-largest supplier of U.S. imports"),
        "trade.us_imports_from_japan": F(178900000000, period="2019", note="goods and services; only in Table 1 ($ billions), 2019 column"),
        "trade.fdi_source_rank": F(1, as_written="Japan is also the top source of foreign direct investment in the United States"),
        "trade.treasury_holder_rank": F(1, as_written="hold more U.S. Treasury securities than those of any other country"),
        "economy.gdp_growth": GDP(y2019=0.7, y2018=0.3),
        "economy.supplementary_budget": F(296000000000, "about", period="2020-06", as_written="a second, of about $296 billion, passed on June 12, 2020"),
        "economy.emissions_cut_target": F(26, by="2030", baseline="2013"),
    },
    "elections": {
        "lower_house_2021": E("Lower House", "2021-10", "upcoming", note="must be held by October 2021 ('The next Lower House election')"),
        "ldp_president_2021": E("LDP president", "2021-09", "upcoming", note="Abe's term as LDP president runs out in September 2021, when the party will choose a leader"),
        "upper_house_2019": E("Upper House", "2019-07", "held", result="coalition share around 57% afterwards"),
    },
    "events": {},
    "notes": "Traps: 'postponed to July 2021' (Olympics, not an election); 'floated a fourfold increase'; 'expires in March 2021' (not the agreement's date); 'increased modestly for eight consecutive years'; 'a cost that had grown to about ¥450 billion' (Aegis Ashore); 'In a February 2019 referendum, 72% of Okinawan voters'; 'following the July 2019 election' (listed as held upper_house_2019); 'short of the two-thirds needed'; 'does not intend to seek a fourth term'; 'Support for the cabinet slipped below 40%'; 'trailing China, Mexico, and Canada on both counts'; Table 1's 2018 column (121.6, 179.3) and 'Balance' row; 'having overtaken the United Kingdom'; 'who passed China's in mid-2019'; 'fell at an annualized rate of 2.2% in the first quarter of 2020' (quarterly, not yearly growth); 'the first, in April 2020, worth about $240 billion' (earlier supplementary budget); 'some $2.2 trillion' (total package); 'resubmitted unchanged to the United Nations in March 2020'; 'Defense Minister Kono Taro'; the GDP chart (2016-2019) has no value labels"
}
