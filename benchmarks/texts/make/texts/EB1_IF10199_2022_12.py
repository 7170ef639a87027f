from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "EB1-IF10199-2022-12", "fresh24", "IF10199", 22
LAYOUTS = ["md", "interleaved"]
PDF_OPTS = ["nbsp", "hyph"]
CHART = {"unit": "yen per dollar", "ymax": 150, "ticks": [0, 50, 100, 150],
         "series": ["Annual average"],
         "bars": {"2018": (110.4,), "2019": (109.0,), "2020": (106.8,), "2021": (109.8,), "2022*": (131.0,)}}

MD = """
U.S.-Japan Relations

Updated December 19, 2022

## Overview

Japan is ending 2022 by rewriting its security policy. On December 16, the cabinet of Prime Minister Kishida Fumio approved a new National Security Strategy and two companion documents that commit Tokyo to acquiring "counterstrike" capabilities and to a sustained rise in military spending. The Biden Administration welcomed the plans, and Kishida is expected to discuss them with President Joe Biden in Washington in January. The two leaders last met on November 13, in Phnom Penh, where they condemned North Korea's record pace of missile tests, among them an October 4 launch that overflew Japan for the first time in five years.

At home, Kishida ends the year weaker than he began it. Support for his cabinet, above 50% in July, has sunk into the 30s in most polls, dragged down by revelations about ties between LDP lawmakers and the Unification Church and by the resignation of three ministers since October.

## Alliance Basics

Japan has been a U.S. treaty ally for more than seven decades: the first security pact between them was signed in San Francisco in 1951, on the same day as the peace treaty, and was replaced by the current treaty in 1960. Some 54 thousand U.S. military personnel are stationed in Japan, the largest such contingent in any foreign country.

Tokyo covers a large share of the cost of hosting them. A special measures agreement (SMA) reached in December 2021 and signed the following month sets Japan's contribution at ¥1.05 trillion over FY2022-FY2026. At current exchange rates, that comes to roughly one and a half billion dollars a year.

## A Defense Buildup

The new strategy documents call for defense and related spending to reach 2% of GDP in FY2027, with some ¥43 trillion budgeted for the five years beginning in FY2023. Since 1976, governments had rarely breached a self-imposed limit of 1% of GDP on the defense budget, which stood at ¥5.4 trillion in FY2022. Japanese officials have said they may buy as many as 500 U.S.-made Tomahawk cruise missiles as a stopgap until Japanese long-range missiles are ready.

## Okinawa

Okinawa Prefecture makes up less than 1% of Japan's land area. Of the facilities that U.S. forces use in Japan, about one-quarter are there, as are more than half of the U.S. military personnel in the country. Voters returned Governor Tamaki Denny, an opponent of the planned Futenma replacement facility at Henoko, to office on September 11, over a candidate backed by the LDP.

Under realignment plans revised in 2012, about 9,000 Marines are to leave Okinawa; of those, approximately 4,000 are to move to Guam, where Camp Blaz was activated in 2020. Relocations are not expected to begin before 2024.

## Politics

Kishida's Liberal Democratic Party (LDP) governs together with Komeito. In the October 31, 2021, general election, the coalition kept control of the House of Representatives, where it holds comfortably over three-fifths of the 465 seats.

Former Prime Minister Abe Shinzo was shot and killed on July 8 while campaigning in Nara. In the House of Councillors vote held on July 10, the coalition enlarged its majority: it now occupies 146 of the chamber's 248 seats, close to 59%, compared with 57% before the election.

No national election is scheduled until July 2025, when half of the upper chamber's seats are next contested. The lower chamber's term runs to October 2025, though a prime minister may dissolve it sooner. Kishida's own term as LDP president lasts until September 2024.

## Trade and Investment

In 2021, Japan was the fourth-largest U.S. trading partner, and it placed fifth in each direction, both as a buyer of U.S. exports and as a supplier of U.S. imports (Table 1). Figures for 2022 show higher prices but lower volumes.

Table 1. U.S. Trade with Japan, 2021 and January-October 2022 (goods and services, $ billions)

| Flow | 2021 | Jan.-Oct. 2022 |
| --- | --- | --- |
| U.S. exports to Japan | 112.2 | 99.6 |
| U.S. imports from Japan | 167.8 | 148.4 |
| U.S. balance | -55.6 | -48.8 |

Japanese firms' direct investment in the United States, about $720 billion at the end of 2021, was larger than any other country's. Japan also held roughly $1.08 trillion in U.S. Treasury securities at the end of October 2022, which put it first among foreign holders; China was second. The United States remains outside the 11-member Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP), which Japan helped conclude after the U.S. withdrawal from the TPP in 2017.

## Japan's Economy

After shrinking 4.3% in 2020, Japan's real GDP grew 2.1% in 2021. Output then fell at an annualized rate of 0.8% in the July-September quarter of 2022.

The yen has weakened more than any other major currency this year (Figure 1). On October 21, it touched ¥151.9 to the dollar, a 32-year low, after the Ministry of Finance had intervened in currency markets in September for the first time since 1998.

**Figure 1. Yen per Dollar, 2018-2022**

Source: Bank of Japan. Annual averages; *2022 through November.

To cushion households from higher energy and food prices, the Diet on December 2 passed a ¥28.9 trillion second supplementary budget for FY2022, equivalent to about $210 billion, on top of a ¥2.7 trillion extra budget enacted in May. Under the Paris Agreement, Japan has pledged to cut greenhouse gas emissions 46% from 2013 levels by 2030 and to reach net zero by 2050.

## Regional and Global Diplomacy

Kishida and Biden have joined their Australian and Indian counterparts at four Quad leaders' meetings, two of them virtual, the latest in Tokyo in May; Australia is to host the next. Japan is also a founding member of the Indo-Pacific Economic Framework for Prosperity (IPEF), launched in Tokyo that month, whose thirteen other members include the United States.

Japan has joined G7 sanctions on Russia, and it has pledged $600 million in financial support for Ukraine's government and upwards of $300 million in humanitarian assistance. Relations with South Korea, strained since 2018 by court rulings on wartime labor, have thawed somewhat under President Yoon Suk Yeol, who met Kishida in Phnom Penh.

**Mark E. Manyin**, Coordinator, Specialist in Asian Affairs

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Caitlin Campbell**, Analyst in Asian Affairs
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Kishida", "Fumio", "Prime Minister Kishida Fumio"),
        "leaders.us_president": P("Biden", "Joe", "President Joe Biden"),
        "alliance.treaty_ally_since": F(1951, as_written="the first security pact between them was signed in San Francisco in 1951"),
        "alliance.us_troops_in_japan": F(54000, "about", as_written="Some 54 thousand U.S. military personnel are stationed in Japan"),
        "alliance.host_nation_support_per_year": F(1500000000, "about", per="year", as_written="that comes to roughly one and a half billion dollars a year"),
        "alliance.host_nation_support_agreement": D("2021-12", as_written="A special measures agreement (SMA) reached in December 2021 and signed the following month"),
        "alliance.okinawa_share_of_usfj_facilities": F(25, "about", as_written="Of the facilities that U.S. forces use in Japan, about one-quarter are there"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="as are more than half of the U.S. military personnel in the country"),
        "alliance.okinawa_share_of_land_area": F(1, "under", as_written="Okinawa Prefecture makes up less than 1% of Japan's land area"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="of those, approximately 4,000 are to move to Guam"),
        "defense.spending_goal_pct_gdp": F(2, by="FY2027", as_written="call for defense and related spending to reach 2% of GDP in FY2027"),
        "defense.traditional_limit_pct_gdp": F(1, as_written="governments had rarely breached a self-imposed limit of 1% of GDP on the defense budget"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="Kishida's Liberal Democratic Party (LDP) governs together with Komeito"),
        "politics.lower_house_coalition_share": F(60, "over", as_written="where it holds comfortably over three-fifths of the 465 seats", note="three-fifths = 60 (the set's fraction rule); 'comfortably over' = over"),
        "politics.upper_house_coalition_share": F(59, "nearly", previous=57, as_written="it now occupies 146 of the chamber's 248 seats, close to 59%, compared with 57% before the election"),
        "politics.next_diet_election_due": F(2025, as_written="No national election is scheduled until July 2025"),
        "politics.lower_house_election_due": D("2025-10", as_written="The lower chamber's term runs to October 2025"),
        "trade.overall_partner_rank": F(4, period="2021", as_written="In 2021, Japan was the fourth-largest U.S. trading partner"),
        "trade.export_partner_rank": F(5, period="2021", as_written="it placed fifth in each direction, both as a buyer of U.S. exports"),
        "trade.import_partner_rank": F(5, period="2021", as_written="and as a supplier of U.S. imports"),
        "trade.us_exports_to_japan": F(112200000000, period="2021", as_written="Table 1: U.S. exports to Japan | 112.2 (2021 column, $ billions)"),
        "trade.us_imports_from_japan": F(167800000000, period="2021", as_written="Table 1: U.S. imports from Japan | 167.8 (2021 column, $ billions)"),
        "trade.fdi_source_rank": F(1, period="2021", as_written="Japanese firms' direct investment in the United States, about $720 billion at the end of 2021, was larger than any other country's"),
        "trade.treasury_holder_rank": F(1, period="2022-10", as_written="which put it first among foreign holders; China was second"),
        "economy.gdp_growth": GDP(y2021=2.1, y2020=-4.3),
        "economy.supplementary_budget": F(210000000000, "about", period="2022-12", as_written="the Diet on December 2 passed a ¥28.9 trillion second supplementary budget for FY2022, equivalent to about $210 billion"),
        "economy.yen": F("32-year low against the dollar", period="2022-10", as_written="On October 21, it touched ¥151.9 to the dollar, a 32-year low"),
        "economy.emissions_cut_target": F(46, by="2030", baseline="2013", as_written="pledged to cut greenhouse gas emissions 46% from 2013 levels by 2030"),
        "diplomacy.quad_leader_meetings": F(4, as_written="four Quad leaders' meetings, two of them virtual"),
        "diplomacy.ipef_other_partners": F(13, period="2022-05", as_written="IPEF, launched in Tokyo that month, whose thirteen other members include the United States"),
        "diplomacy.ukraine_financial_support": F(600000000, as_written="$600 million in financial support for Ukraine's government"),
        "diplomacy.ukraine_humanitarian_aid": F(300000000, "over", as_written="upwards of $300 million in humanitarian assistance"),
    },
    "elections": {
        "lower_house_2021": E("Lower House", "2021-10-31", "held", result="coalition kept control; holds over three-fifths of 465 seats"),
        "upper_house_2022": E("Upper House", "2022-07-10", "held", result="coalition share rose from 57% to close to 59% (146 of 248)"),
        "okinawa_governor_2022": E("Okinawa governor", "2022-09-11", "held", result="Tamaki Denny reelected over an LDP-backed candidate"),
        "upper_house_2025": E("Upper House", "2025-07", "upcoming", note="half of the chamber's seats next contested; the next national election"),
    },
    "events": {
        "abe_assassination": EV("Former Prime Minister Abe Shinzo shot and killed while campaigning in Nara", "2022-07-08"),
    },
    "notes": "Traps: 'On December 16, the cabinet ... approved a new National Security Strategy' (not an SMA or election date); 'in Washington in January' (planned visit); 'On November 13, in Phnom Penh'; 'an October 4 launch that overflew Japan for the first time in five years'; 'above 50% in July, has sunk into the 30s' (approval, no fact); 'the resignation of three ministers since October'; 'more than seven decades' and 'replaced by the current treaty in 1960' (treaty year is 1951); 'the largest such contingent in any foreign country' (no rank fact); 'signed the following month' (SMA dated by its December 2021 agreement); '¥1.05 trillion over FY2022-FY2026' (yen five-year total, not the dollar per-year figure); 'some ¥43 trillion budgeted for the five years beginning in FY2023'; 'Since 1976' and 'stood at ¥5.4 trillion in FY2022'; 'as many as 500 U.S.-made Tomahawk cruise missiles' (a count of a possible purchase, no Tomahawk money); 'on September 11' (governor race, not a Diet election); 'about 9,000 Marines are to leave Okinawa' (total leaving, not Guam), 'revised in 2012', 'Camp Blaz was activated in 2020' and 'not expected to begin before 2024' (no Marines in Guam); 'the 465 seats' and '146 of the chamber's 248 seats' (seat counts); 'compared with 57% before the election' (previous Upper House share); 'when half of the upper chamber's seats are next contested' (not a share); 'though a prime minister may dissolve it sooner'; 'Kishida's own term as LDP president lasts until September 2024' (term end only, no election); 'Jan.-Oct. 2022' column (99.6, 148.4, -48.8: partial year) and 'U.S. balance | -55.6'; 'about $720 billion at the end of 2021' (FDI stock: no IF10199 fact); 'roughly $1.08 trillion' (holdings amount); 'China was second'; 'the 11-member ... CPTPP' and 'withdrawal from the TPP in 2017'; 'fell at an annualized rate of 0.8% in the July-September quarter' (quarter, not a year); '¥151.9 to the dollar' and 'for the first time since 1998'; Figure 1 (yen per dollar 2018-2022, annual averages, ticks 0-150, no values); '¥28.9 trillion' (yen) and 'a ¥2.7 trillion extra budget enacted in May' (earlier budget); 'net zero by 2050'; 'two of them virtual' and 'Australia is to host the next'; 'launched in Tokyo that month' (IPEF dated May 2022 by the Quad sentence); 'President Yoon Suk Yeol' (another country's president); interleaved columns with NBSP and hyphenated line ends",
}
