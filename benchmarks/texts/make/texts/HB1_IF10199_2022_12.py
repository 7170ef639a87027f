from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "HB1-IF10199-2022-12", "fresh27", "IF10199", 43
LAYOUTS = ["html", "pdf"]
PDF_OPTS = ["quotes", "hyph"]
SIDEBAR = "Okinawa: Bases and Politics"
CHART = {"unit": "yen per U.S. dollar", "ymax": 160, "ticks": [0, 40, 80, 120, 160],
         "series": ["Annual average"],
         "bars": {"2018": (110.4,), "2019": (109.0,), "2020": (106.8,), "2021": (109.8,), "2022*": (131.5,)}}

MD = """
U.S.-Japan Relations

Updated December 21, 2022

## Overview

Japan's government approved, on December 16, a set of three strategic documents that, if carried out, would make the country one of the world's largest defense spenders and give its forces the ability to strike targets inside an adversary's territory. The Biden Administration welcomed the move. For Prime Minister Kishida Fumio, the decision caps a year of upheaval. Two days before the July upper house vote, former Prime Minister Abe Shinzo was shot dead while giving a stump speech in the city of Nara on July 8. Revelations since then about ties between LDP lawmakers and the Unification Church, along with the resignation of four cabinet ministers in two months, have pushed Kishida's approval ratings into the 30s. Congressional interest centers on the alliance's new roles, on Japan's economic security cooperation with the United States, and on Tokyo's response to Russia's invasion of Ukraine.

## Defense Buildup

Outlays on defense, together with related spending on coast guard, research, and infrastructure, are to rise until they equal 2% of gross domestic product (GDP) in FY2027, under the new National Security Strategy. A five-year buildup plan sets aside ¥43 trillion (roughly $315 billion) for FY2023-FY2027, about 1.6 times the level of the preceding plan. For nearly five decades, governments kept the main defense budget at or near 1% of GDP, a ceiling first set by the cabinet of Miki Takeo in 1976. Among the first purchases Tokyo is considering are U.S.-made Tomahawk cruise missiles; press accounts say it may seek as many as 500. How the buildup will be financed is unsettled: the LDP is divided over a plan to raise about ¥1 trillion a year in new taxes.

## The Alliance

Japan and the United States have been allies by treaty since 1951, and the current treaty dates from 1960. Roughly fifty-four thousand U.S. troops are stationed across the archipelago, the largest U.S. force deployed in any foreign country. Under a Special Measures Agreement concluded in December 2021, covering Japan's fiscal years 2022 through 2026, Tokyo pledged ¥1.05 trillion toward the costs of hosting them; that works out to an average of ¥211 billion, close to $1.9 billion, each year. President Biden and Kishida met in Phnom Penh in November and are expected to hold a summit in Washington early next year.

## Okinawa: Bases and Politics

The southern prefecture of Okinawa makes up just 0.6% of Japan's land area. Around 70% of the land used exclusively by U.S. forces lies there, and it is home to more than half of the U.S. military personnel in Japan. Under a 2012 agreement, some 9,000 Marines are to move out of Okinawa; about 4,000 of them are slated for Guam, where Camp Blaz opened in October 2020, with transfers set to start in 2024. In September, Okinawa's voters gave Governor Tamaki Denny, an opponent of the planned Futenma replacement facility at Henoko, a second four-year term.

## Domestic Politics

The governing coalition pairs the Liberal Democratic Party (LDP) with its junior partner, Komeito. It won 293 of the 465 seats in the House of Representatives in October 2021, or 63%. In the House of Councillors election on July 10, the coalition lifted its share of that chamber to approximately 59%; it held 57% going into the vote. Kishida's term as LDP president runs until September 2024. Barring a snap dissolution, no nationwide election is required before summer 2025, when half of the House of Councillors faces voters; the term of the lower chamber, for its part, ends in October 2025.

## Trade and Investment

Counting goods and services in both directions, Japan was the fourth-largest U.S. trading partner in 2021. As a market for U.S. exports it trailed only Canada, Mexico, China, and the United Kingdom; as a supplier of U.S. imports, it ranked behind China, Mexico, Canada, and Germany. Table 1 lists the flows.

Table 1. U.S. Trade with Japan (goods and services, $ billions)

| | 2020 | 2021 |
| --- | --- | --- |
| U.S. exports to Japan | 104.0 | 112.2 |
| U.S. imports from Japan | 147.2 | 167.8 |
| U.S. balance | -43.2 | -55.6 |

Source: Bureau of Economic Analysis.

No other country has a larger stock of direct investment in the United States than Japan, whose firms held about $720 billion in U.S. assets at the end of 2021. The Japanese government is also the top foreign holder of U.S. Treasury securities, with approximately $1.1 trillion in October, ahead of China's $0.9 trillion. Both governments have made the security of semiconductor and battery supply chains a priority, and a bilateral Economic "2+2" dialogue met for the first time in July.

## The Economy and the Yen

After contracting by 4.3% in 2020, Japan's economy grew 2.1% in 2021. Growth this year has been uneven; real GDP fell at an annualized 0.8% pace in the July-September quarter. The yen has been the year's main economic story. In October, as the Bank of Japan held its policy rate below zero while U.S. rates rose, the currency weakened past ¥150 per dollar, its weakest in 32 years, prompting the Ministry of Finance to intervene in currency markets for the first time since 1998 (see Figure 1).

**Figure 1. Yen-Dollar Exchange Rate, 2018-2022**

Source: Federal Reserve. *2022 average is for January-November.

To cushion rising prices, the Diet enacted a second supplementary budget for FY2022 on December 2. It provides ¥28.9 trillion, or roughly $210 billion at current exchange rates, for a ¥39 trillion relief package; a first supplementary of ¥2.7 trillion passed in May. On climate, Japan's commitment is to reduce greenhouse gas emissions 46% below their 2013 level by 2030, with an aspiration of 50%, and to reach net zero by 2050.

## Regional and Global Diplomacy

Tokyo hosted the Quad's fourth leaders' meeting, the second held in person, in May 2022. During the same visit, President Biden launched the Indo-Pacific Economic Framework (IPEF), which Fiji has since joined; the framework now groups Japan with the United States and twelve other economies. Kishida has aligned Japan closely with the G-7 on sanctions against Russia, and Japan is to chair the G-7 in 2023, with a summit in Hiroshima in May. Of the roughly $900 million Tokyo had committed to Ukraine by late November, $600 million is financial support and about $300 million is humanitarian aid. South Korean President Yoon Suk Yeol has sought to improve ties with Tokyo, though disputes over wartime labor remain.

**Mark E. Manyin**, Coordinator, Specialist in Asian Affairs

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Caitlin Campbell**, Analyst in Asian Affairs
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Kishida", "Fumio", "For Prime Minister Kishida Fumio"),
        "leaders.us_president": P("Biden", "Joe", "The Biden Administration", note="family name only ('President Biden'); given name never written"),
        "alliance.treaty_ally_since": F(1951, as_written="Japan and the United States have been allies by treaty since 1951"),
        "alliance.us_troops_in_japan": F(54000, "about", as_written="Roughly fifty-four thousand U.S. troops are stationed across the archipelago"),
        "alliance.host_nation_support_per_year": F(1900000000, "nearly", per="year", as_written="that works out to an average of ¥211 billion, close to $1.9 billion, each year", note="dollar figure; ¥1.05 trillion is the five-year total"),
        "alliance.host_nation_support_agreement": D("2021-12", as_written="Under a Special Measures Agreement concluded in December 2021"),
        "alliance.okinawa_share_of_usfj_facilities": F(70, "about", as_written="Around 70% of the land used exclusively by U.S. forces lies there", note="exclusive-use basis; sidebar"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="it is home to more than half of the U.S. military personnel in Japan", note="sidebar; subject carried by 'it'"),
        "alliance.okinawa_share_of_land_area": F(0.6, as_written="makes up just 0.6% of Japan's land area", note="sidebar"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="about 4,000 of them are slated for Guam", note="sidebar"),
        "defense.spending_goal_pct_gdp": F(2, by="FY2027", as_written="are to rise until they equal 2% of gross domestic product (GDP) in FY2027"),
        "defense.traditional_limit_pct_gdp": F(1, as_written="kept the main defense budget at or near 1% of GDP, a ceiling first set by the cabinet of Miki Takeo in 1976", note="'at or near' describes the budget, not the ceiling: exact"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="The governing coalition pairs the Liberal Democratic Party (LDP) with its junior partner, Komeito"),
        "politics.lower_house_coalition_share": F(63, as_written="It won 293 of the 465 seats in the House of Representatives in October 2021, or 63%"),
        "politics.upper_house_coalition_share": F(59, "about", previous=57, as_written="the coalition lifted its share of that chamber to approximately 59%; it held 57% going into the vote"),
        "politics.next_diet_election_due": F(2025, as_written="no nationwide election is required before summer 2025, when half of the House of Councillors faces voters"),
        "politics.lower_house_election_due": D("2025-10", as_written="the term of the lower chamber, for its part, ends in October 2025"),
        "trade.overall_partner_rank": F(4, period="2021", as_written="Japan was the fourth-largest U.S. trading partner in 2021"),
        "trade.export_partner_rank": F(5, period="2021", as_written="As a market for U.S. exports it trailed only Canada, Mexico, China, and the United Kingdom", note="four named ahead: rank 5"),
        "trade.import_partner_rank": F(5, period="2021", as_written="as a supplier of U.S. imports, it ranked behind China, Mexico, Canada, and Germany", note="four named ahead: rank 5"),
        "trade.us_exports_to_japan": F(112200000000, period="2021", as_written="Table 1: U.S. exports to Japan | 104.0 | 112.2", note="only in Table 1 (2021 column, $ billions)"),
        "trade.us_imports_from_japan": F(167800000000, period="2021", as_written="Table 1: U.S. imports from Japan | 147.2 | 167.8", note="only in Table 1 (2021 column, $ billions)"),
        "trade.fdi_source_rank": F(1, period="2021", as_written="No other country has a larger stock of direct investment in the United States than Japan"),
        "trade.treasury_holder_rank": F(1, period="2022-10", as_written="The Japanese government is also the top foreign holder of U.S. Treasury securities, with approximately $1.1 trillion in October"),
        "economy.gdp_growth": GDP(y2021=2.1, y2020=-4.3),
        "economy.supplementary_budget": F(210000000000, "about", period="2022-12", as_written="It provides ¥28.9 trillion, or roughly $210 billion at current exchange rates", note="subject 'It' carried from the second supplementary budget enacted December 2"),
        "economy.yen": F("32-year low against the dollar", period="2022-10", as_written="the currency weakened past ¥150 per dollar, its weakest in 32 years"),
        "economy.emissions_cut_target": F(46, by="2030", baseline="2013", as_written="reduce greenhouse gas emissions 46% below their 2013 level by 2030"),
        "diplomacy.quad_leader_meetings": F(4, as_written="Tokyo hosted the Quad's fourth leaders' meeting, the second held in person, in May 2022"),
        "diplomacy.ipef_other_partners": F(13, as_written="the framework now groups Japan with the United States and twelve other economies", note="the United States plus 12 others"),
        "diplomacy.ukraine_financial_support": F(600000000, as_written="$600 million is financial support"),
        "diplomacy.ukraine_humanitarian_aid": F(300000000, "about", as_written="about $300 million is humanitarian aid"),
    },
    "elections": {
        "upper_house_2022": E("Upper House", "2022-07-10", "held", result="coalition share rose from 57% to approximately 59%"),
        "okinawa_governor_2022": E("Okinawa governor", "2022-09", "held", result="Governor Tamaki Denny re-elected to a second term"),
        "lower_house_2021": E("Lower House", "2021-10", "held", result="coalition won 293 of 465 seats (63%)"),
        "upper_house_2025": E("Upper House", "2025", "upcoming", note="'summer 2025' (season: year precision)"),
    },
    "events": {
        "abe_assassination": EV("Former Prime Minister Abe Shinzo shot dead while campaigning in Nara", "2022-07-08", "held"),
    },
    "notes": "Traps: 'approved, on December 16, a set of three strategic documents' (date of the documents); 'Two days before the July upper house vote' (relative date; the assassination is dated 'on July 8') and 'former Prime Minister Abe Shinzo' (former leader); 'the resignation of four cabinet ministers in two months' and 'approval ratings into the 30s'; 'sets aside ¥43 trillion (roughly $315 billion) for FY2023-FY2027, about 1.6 times the level' (buildup total, not the goal or a Tomahawk cost); 'For nearly five decades' and 'a ceiling first set by the cabinet of Miki Takeo in 1976' (former PM; year of the ceiling); 'it may seek as many as 500' (Tomahawk count, no money: no Tomahawk fact); 'raise about ¥1 trillion a year in new taxes'; 'the current treaty dates from 1960' (not the ally year); 'the largest U.S. force deployed in any foreign country' (comparison); 'Tokyo pledged ¥1.05 trillion' (five-year total) and 'an average of ¥211 billion' (yen; the dollar figure is the fact); 'covering Japan's fiscal years 2022 through 2026'; 'met in Phnom Penh in November and are expected to hold a summit in Washington early next year' (planned); sidebar 'Under a 2012 agreement, some 9,000 Marines are to move out of Okinawa' (total, not Guam), 'Camp Blaz opened in October 2020' (no Marines in Guam), 'transfers set to start in 2024'; 'a second four-year term'; '293 of the 465 seats' (seat counts beside 63%); 'it held 57% going into the vote' (previous share); 'Kishida's term as LDP president runs until September 2024' (term end, not an election); 'half of the House of Councillors' (no share); Table 1's 2020 column (104.0, 147.2) and balance row (-43.2, -55.6); 'about $720 billion in U.S. assets' (FDI stock, not an IF10199 fact); 'ahead of China's $0.9 trillion' (China second); 'met for the first time in July' (Economic 2+2); 'fell at an annualized 0.8% pace in the July-September quarter' (a quarter, not a year); 'past ¥150 per dollar' and 'for the first time since 1998'; Figure 1 (annual averages 2018-2022, ticks 0-160, a starred partial year; labels not facts); 'a ¥39 trillion relief package' and 'a first supplementary of ¥2.7 trillion passed in May' (earlier budget); 'with an aspiration of 50%' and 'net zero by 2050'; 'Fiji has since joined' (no count); 'Japan is to chair the G-7 in 2023, with a summit in Hiroshima in May' (planned); 'the roughly $900 million Tokyo had committed to Ukraine' (total); 'South Korean President Yoon Suk Yeol' (another country's leader). HTML: sidebar box with the Okinawa section and the figure; PDF: curly quotes, hyphenated line ends.",
}
