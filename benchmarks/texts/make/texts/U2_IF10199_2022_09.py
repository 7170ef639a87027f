from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "U2-IF10199-2022-09", "tune2", "IF10199", 40
LAYOUTS = ["html", "interleaved"]
PDF_OPTS = ["quotes", "nbsp"]
SIDEBAR = "Okinawa at a Glance"

MD = """
U.S.-Japan Relations

Updated September 27, 2022

## Overview

Japan held a state funeral today for former Prime Minister Shinzo Abe, the country's longest-serving leader, who was shot and killed on July 8, 2022, while giving a campaign speech in Nara. His death came two days before an Upper House election that strengthened the hand of his successor-but-one, Prime Minister Fumio Kishida. Vice President Kamala Harris led the U.S. delegation to the funeral. Kishida and President Joe Biden, who visited Tokyo in May 2022, have described the alliance as stronger than at any time since the security treaty was signed in 1951. China's firing of five ballistic missiles into waters claimed by Japan as its exclusive economic zone in August 2022 has hardened Japanese views of the region.

## Okinawa at a Glance

Okinawa, just 0.6 percent of Japan's land area, is home to around 70% of the facilities reserved for the exclusive use of U.S. forces. Roughly half of U.S. military personnel in Japan are stationed on the island. On September 11, 2022, Governor Denny Tamaki, an opponent of the Henoko runway, won a second term, defeating the LDP-backed Atsushi Sakima.

## The Alliance

Approximately 55,000 U.S. troops are stationed in Japan, more than in any other country. The cost of hosting them is shared: Tokyo pays about $1.7 billion a year under a five-year accord signed in January 2022, which replaced a one-year stopgap. That accord totals ¥1.05 trillion over its term.

Japan's defense budget has long hovered around 1% of GDP. The LDP wants that raised to 2% within five years, matching NATO's benchmark; the government is to decide on an amount and timetable when it revises its national security strategy in December. The Ministry of Defense's FY2023 request, submitted in August, seeks a record ¥5.6 trillion.

## Politics

With Komeito, its longtime partner, the Liberal Democratic Party holds 293 of the 465 Lower House seats, a little over 63%, a majority it renewed in the October 31, 2021, general election. The July 10 Upper House election lifted the coalition to about 60% of that chamber; it had held 57% before. Barring a snap election, no national vote is due until 2025: half of the Upper House faces election in July of that year, and the Lower House's four-year term ends in October. Kishida's approval rating has fallen below 30% in some polls since the funeral was announced.

## Trade and Investment

In both directions, Japan was the fifth-largest U.S. partner in 2021: fifth as a market for U.S. exports and fifth as a supplier of U.S. imports. Counting exports and imports together, it ranked fourth.

Table 1. U.S. Trade in Goods and Services with Japan, $ billions

| | 2020 | 2021 |
| --- | --- | --- |
| U.S. exports | 103.9 | 112.2 |
| U.S. imports | 147.6 | 167.8 |
| Balance | -43.7 | -55.6 |

No country owns a larger stock of direct investment in the United States. Japan is likewise the top foreign holder of U.S. Treasury securities, with some $1.2 trillion; China, with about $970 billion, is second.

## Economy

After shrinking 4.5% in 2020, the economy grew 2.2% in 2021; the IMF expects 1.7% for 2022. A supplementary budget of ¥2.7 trillion, about $21 billion, was enacted in May 2022, and Kishida has promised another package in October. The yen sank to a 24-year low against the dollar this month, prompting Tokyo on September 22 to buy yen for the first time since 1998. Japan's goal is a 46% cut in greenhouse gas emissions from 2013 levels by 2030, and it will strive for 50%.

## Indo-Pacific and Europe

Leaders of the Quad (the United States, Japan, Australia, and India) have met four times, most recently in Tokyo in May 2022. At that visit Biden launched the Indo-Pacific Economic Framework for Prosperity (IPEF); the United States and twelve other countries joined Japan at the launch. Japan has pledged $600 million in financial support to Ukraine and $300 million in humanitarian aid; U.S. security assistance to Kyiv exceeds $15 billion.

**Emma Chanlett-Avery**, Coordinator, Specialist in Asian Affairs

**Mark E. Manyin**, Specialist in Asian Affairs

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Caitlin Campbell**, Analyst in Asian Affairs
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Kishida", "Fumio", "Prime Minister Fumio Kishida"),
        "leaders.us_president": P("Biden", "Joe", "President Joe Biden"),
        "alliance.treaty_ally_since": F(1951, as_written="since the security treaty was signed in 1951"),
        "alliance.us_troops_in_japan": F(55000, "about", as_written="Approximately 55,000 U.S. troops are stationed in Japan"),
        "alliance.host_nation_support_per_year": F(1700000000, "about", per="year", as_written="Tokyo pays about $1.7 billion a year"),
        "alliance.host_nation_support_agreement": D("2022-01", as_written="a five-year accord signed in January 2022"),
        "alliance.okinawa_share_of_usfj_facilities": F(70, "about", as_written="around 70% of the facilities reserved for the exclusive use of U.S. forces", note="sidebar"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "about", as_written="Roughly half of U.S. military personnel in Japan are stationed on the island", note="sidebar"),
        "alliance.okinawa_share_of_land_area": F(0.6, as_written="just 0.6 percent of Japan's land area", note="sidebar"),
        "defense.traditional_limit_pct_gdp": F(1, "about", as_written="Japan's defense budget has long hovered around 1% of GDP"),
        "politics.ruling_coalition": F(["LDP", "Komeito"]),
        "politics.lower_house_coalition_share": F(63, "over", as_written="293 of the 465 Lower House seats, a little over 63%"),
        "politics.upper_house_coalition_share": F(60, "about", previous=57, as_written="lifted the coalition to about 60% of that chamber; it had held 57% before"),
        "politics.next_diet_election_due": F(2025, as_written="no national vote is due until 2025"),
        "politics.lower_house_election_due": D("2025-10", as_written="the Lower House's four-year term ends in October", note="year from 'in July of that year' (2025)"),
        "trade.overall_partner_rank": F(4, period="2021", as_written="Counting exports and imports together, it ranked fourth"),
        "trade.export_partner_rank": F(5, period="2021", as_written="fifth as a market for U.S. exports"),
        "trade.import_partner_rank": F(5, period="2021", as_written="fifth as a supplier of U.S. imports"),
        "trade.us_exports_to_japan": F(112200000000, period="2021", note="Table 1, 2021 column"),
        "trade.us_imports_from_japan": F(167800000000, period="2021", note="Table 1, 2021 column"),
        "trade.fdi_source_rank": F(1, as_written="No country owns a larger stock of direct investment in the United States"),
        "trade.treasury_holder_rank": F(1, as_written="Japan is likewise the top foreign holder of U.S. Treasury securities"),
        "economy.gdp_growth": GDP(y2021=2.2, y2020=-4.5),
        "economy.supplementary_budget": F(21000000000, "about", period="2022-05", as_written="A supplementary budget of ¥2.7 trillion, about $21 billion, was enacted in May 2022"),
        "economy.yen": F("24-year low against the dollar", period="2022-09", as_written="The yen sank to a 24-year low against the dollar this month"),
        "economy.emissions_cut_target": F(46, by="2030", baseline="2013"),
        "diplomacy.quad_leader_meetings": F(4, as_written="Leaders of the Quad ... have met four times"),
        "diplomacy.ipef_other_partners": F(13, period="2022-05", as_written="the United States and twelve other countries joined Japan at the launch"),
        "diplomacy.ukraine_financial_support": F(600000000, as_written="$600 million in financial support to Ukraine"),
        "diplomacy.ukraine_humanitarian_aid": F(300000000, as_written="$300 million in humanitarian aid"),
    },
    "elections": {
        "lower_house_2021": E("Lower House", "2021-10-31", "held", result="LDP-Komeito 293 of 465 seats, a little over 63%"),
        "upper_house_2022": E("Upper House", "2022-07-10", "held", result="coalition share rose from 57% to about 60%"),
        "okinawa_governor_2022": E("Okinawa governor", "2022-09-11", "held", result="Denny Tamaki reelected over Atsushi Sakima"),
        "upper_house_2025": E("Upper House", "2025-07", "upcoming"),
    },
    "events": {
        "abe_assassination": EV("Former Prime Minister Shinzo Abe shot and killed while campaigning in Nara", "2022-07-08"),
    },
    "notes": "Traps: 'a state funeral today for former Prime Minister Shinzo Abe' (former leader; funeral date is not the assassination); 'two days before an Upper House election'; 'Vice President Kamala Harris'; 'who visited Tokyo in May 2022'; 'five ballistic missiles' (China, August 2022); 'more than in any other country' (not a rank); 'which replaced a one-year stopgap' and 'totals ¥1.05 trillion over its term' (not per year); 'The LDP wants that raised to 2% within five years, matching NATO's benchmark' (a party proposal, no government goal stated) and 'when it revises its national security strategy in December'; 'a record ¥5.6 trillion' (a budget request); '293 of the 465 Lower House seats' (counts); 'it had held 57% before' (previous Upper House share); 'Barring a snap election'; 'approval rating has fallen below 30%'; 'In both directions, Japan was the fifth-largest U.S. partner' vs 'Counting exports and imports together, it ranked fourth' (overall is 4; 5 is exports and imports); Table 1 2020 column (103.9, 147.6) and Balance row; 'with some $1.2 trillion; China, with about $970 billion, is second' (China's rank); 'After shrinking 4.5% in 2020' is in the GDP table, but 'the IMF expects 1.7% for 2022' is a forecast; 'Kishida has promised another package in October' (planned); 'for the first time since 1998'; 'it will strive for 50%' (aspiration, not the target); 'U.S. security assistance to Kyiv exceeds $15 billion' (U.S. figure); sidebar 'Okinawa at a Glance' holds the Okinawa facts (html aside); interleaved: columns alternate line by line; PDF options curly quotes and NBSP",
}
