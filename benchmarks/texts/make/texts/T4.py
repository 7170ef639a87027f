from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "T4-IF10199-2023-03", "tune", "IF10199", 41
LAYOUTS = ["pdf", "layout", "interleaved"]
PDF_OPTS = ["lig", "quotes", "nbsp", "hyph"]
CHART = {"unit": "$ billions", "ymax": 200, "ticks": [0, 40, 80, 120, 160, 200],
         "series": ["U.S. exports", "U.S. imports"],
         "bars": {"2018": (120.6, 178.5), "2019": (125.6, 178.2), "2020": (104.4, 150.6), "2021": (112.2, 167.8), "2022": (119.8, 180.6)}}

MD = """
U.S.-Japan Relations

Updated March 24, 2023

## Overview

The U.S.-Japan alliance was established in 1951, and it is now viewed in both capitals as the linchpin of U.S. strategy in the Indo-Pacific. Approximately 54,000 U.S. troops are stationed in Japan. Prime Minister Kishida Fumio and President Joe Biden have used a series of meetings, most recently at the White House in January 2023, to deepen defense cooperation in response to China's military buildup and North Korea's record pace of missile launches. Japan is the fourth-largest U.S. trading partner. It is also the single largest source of foreign direct investment (FDI) in the United States and the largest foreign holder of U.S. Treasury securities, ahead of China.

## A Turning Point in Defense Policy

In December 2022, the Kishida government released three strategy documents that commit Japan to spending 2% of GDP on defense and related items by FY2027. Since 1976, successive governments had treated a cap of around 1% of GDP as a benchmark. The plan envisions ¥43 trillion (roughly $320 billion) in defense spending over five years and the acquisition of "counterstrike" capabilities. As a first step, Japan has budgeted ¥211.3 billion (approximately $1.6 billion) in FY2023 to buy up to 400 U.S.-made Tomahawk cruise missiles.

## Bases, Okinawa, and Cost-Sharing

Japan pays roughly $2 billion annually toward the cost of stationing U.S. forces. The current Special Measures Agreement was agreed in December 2021 and covers five years. Okinawa Prefecture, 0.6% of Japan's land area, hosts approximately 25% of the facilities used by U.S. Forces Japan (USFJ) and more than 50% of USFJ personnel. Some 4,000 Marines are slated to relocate from Okinawa to Guam, where the new Marine Corps base, Camp Blaz, was activated in January 2023. The 12th Marine Regiment on Okinawa is to be reorganized into a Marine Littoral Regiment by 2025.

## Japanese Domestic Politics

Former Prime Minister Abe Shinzo was shot and killed on July 8, 2022, while campaigning in Nara, two days before the Upper House election. In that election, on July 10, the ruling coalition of the Liberal Democratic Party (LDP) and Komeito expanded its majority and now holds nearly 60% of the chamber's seats. The coalition controls over 60% of the Lower House. Revelations about ties between LDP lawmakers and the Unification Church have since pushed Kishida's approval rating to around 30%. The next national election is the Upper House contest due in July 2025, and a Lower House election is not required until October 2025. Kishida's term as LDP president ends in September 2024.

## Economic Issues

Japan's real GDP expanded 1.0% in 2022, down from 2.2% in 2021. The yen fell to a 32-year low against the dollar in October 2022, prompting Japan's first intervention to support its currency since 1998. A supplementary budget of ¥28.9 trillion (approximately $210 billion) was enacted in December 2022. Japan has committed to a 46% cut in greenhouse gas emissions by 2030 from 2013 levels, up from a previous target of 26%.

Japan ranked fifth among U.S. export markets in 2022, and fifth among sources of U.S. imports. That year, the United States exported nearly $120 billion in goods and services to Japan and imported just over $180 billion (**Figure 1**).

**Figure 1. U.S. Goods and Services Trade with Japan, 2018-2022**

Source: CRS, using Bureau of Economic Analysis data (March 2023).

## Regional and Global Diplomacy

Biden has convened four leader-level meetings of the Quad (the United States, Japan, Australia, and India); a fifth is planned for Sydney in May 2023. When the Indo-Pacific Economic Framework for Prosperity (IPEF) was launched in Tokyo in May 2022, Japan and the United States were joined by 12 other countries; Fiji joined shortly afterward, bringing the total to 14. Japan holds the G-7 presidency in 2023 and will host the leaders' summit in Hiroshima in May.

Since Russia's February 2022 invasion, Japan has pledged roughly $7.1 billion to Ukraine, including $6.0 billion in financial support and about $1.1 billion in humanitarian and development aid.

**Emma Chanlett-Avery**, Specialist in Asian Affairs

**Mark E. Manyin**, Specialist in Asian Affairs

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Kishida", "Fumio", "Prime Minister Kishida Fumio"),
        "leaders.us_president": P("Biden", "Joe", "President Joe Biden"),
        "alliance.treaty_ally_since": F(1951, as_written="The U.S.-Japan alliance was established in 1951"),
        "alliance.us_troops_in_japan": F(54000, "about", as_written="Approximately 54,000 U.S. troops are stationed in Japan"),
        "alliance.host_nation_support_per_year": F(2000000000, "about", per="year", as_written="roughly $2 billion annually"),
        "alliance.host_nation_support_agreement": D("2021-12", as_written="The current Special Measures Agreement was agreed in December 2021 and covers five years"),
        "alliance.okinawa_share_of_usfj_facilities": F(25, "about", as_written="approximately 25% of the facilities used by U.S. Forces Japan (USFJ)"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="more than 50% of USFJ personnel"),
        "alliance.okinawa_share_of_land_area": F(0.6, as_written="Okinawa Prefecture, 0.6% of Japan's land area"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="Some 4,000 Marines are slated to relocate from Okinawa to Guam"),
        "defense.spending_goal_pct_gdp": F(2, by="FY2027", as_written="spending 2% of GDP on defense and related items by FY2027"),
        "defense.traditional_limit_pct_gdp": F(1, "about", as_written="a cap of around 1% of GDP"),
        "defense.tomahawk_purchase": F(1600000000, "about", as_written="¥211.3 billion (approximately $1.6 billion) in FY2023 to buy up to 400 U.S.-made Tomahawk cruise missiles", note="FY2023 budget amount"),
        "politics.ruling_coalition": F(["LDP", "Komeito"]),
        "politics.upper_house_coalition_share": F(60, "nearly", as_written="now holds nearly 60% of the chamber's seats"),
        "politics.lower_house_coalition_share": F(60, "over", as_written="The coalition controls over 60% of the Lower House"),
        "politics.next_diet_election_due": F(2025, note="Upper House contest due in July 2025"),
        "politics.lower_house_election_due": D("2025-10", as_written="a Lower House election is not required until October 2025"),
        "trade.overall_partner_rank": F(4, as_written="Japan is the fourth-largest U.S. trading partner"),
        "trade.export_partner_rank": F(5, period="2022", as_written="Japan ranked fifth among U.S. export markets in 2022"),
        "trade.import_partner_rank": F(5, period="2022", as_written="and fifth among sources of U.S. imports"),
        "trade.us_exports_to_japan": F(120000000000, "nearly", period="2022", as_written="nearly $120 billion in goods and services"),
        "trade.us_imports_from_japan": F(180000000000, "over", period="2022", as_written="imported just over $180 billion"),
        "trade.fdi_source_rank": F(1, as_written="It is also the single largest source of foreign direct investment (FDI)", note="subject in the previous sentence"),
        "trade.treasury_holder_rank": F(1, as_written="the largest foreign holder of U.S. Treasury securities, ahead of China"),
        "economy.gdp_growth": GDP(y2022=1.0, y2021=2.2),
        "economy.supplementary_budget": F(210000000000, "about", period="2022-12", as_written="A supplementary budget of ¥28.9 trillion (approximately $210 billion) was enacted in December 2022"),
        "economy.emissions_cut_target": F(46, by="2030", baseline="2013"),
        "economy.yen": F("32-year low against the dollar", period="2022-10"),
        "diplomacy.quad_leader_meetings": F(4, as_written="Biden has convened four leader-level meetings of the Quad"),
        "diplomacy.ipef_other_partners": F(13, period="2022-05", as_written="Japan and the United States were joined by 12 other countries", note="countries beside Japan: the United States and 12 others"),
        "diplomacy.ukraine_financial_support": F(6000000000, as_written="$6.0 billion in financial support"),
        "diplomacy.ukraine_humanitarian_aid": F(1100000000, "about", as_written="about $1.1 billion in humanitarian and development aid"),
    },
    "elections": {
        "upper_house_2022": E("Upper House", "2022-07-10", "held", result="coalition expanded its majority; nearly 60% of seats"),
        "upper_house_2025": E("Upper House", "2025-07", "upcoming"),
    },
    "events": {
        "abe_assassination": EV("Former Prime Minister Abe Shinzo shot and killed while campaigning in Nara", "2022-07-08"),
    },
    "notes": "Traps: 'most recently at the White House in January 2023'; 'ahead of China' (second holder); 'Since 1976' (not the treaty year); '¥43 trillion (roughly $320 billion) in defense spending over five years' (not the goal); '¥211.3 billion' (yen beside dollars; the Tomahawk amount, not host-nation support); 'up to 400 U.S.-made Tomahawk cruise missiles' (a count of missiles); 'covers five years'; 'Camp Blaz, was activated in January 2023' (no Marines moved stated: alliance.marines_in_guam not stated); 'by 2025' (12th Marine Regiment); 'Former Prime Minister Abe Shinzo'; 'two days before the Upper House election' ; 'Kishida's approval rating to around 30%' (not a seat share); 'Kishida's term as LDP president ends in September 2024' (a term end alone, not an election, as extract-dev's D1; nor a Diet election); 'first intervention ... since 1998'; '¥28.9 trillion' (yen beside dollars); 'up from a previous target of 26%' (past emissions target); 'a fifth is planned for Sydney in May 2023' (planned Quad meeting, not convened); 'joined by 12 other countries' (12 besides Japan and the United States: the catalogue's count of countries beside Japan is 13); 'Fiji joined shortly afterward, bringing the total to 14' (later membership); 'G-7 presidency in 2023' and 'Hiroshima in May'; 'roughly $7.1 billion to Ukraine' (total, neither category); PDF/layout/interleaved only: Figure 1 axis ticks (0-200 by 40), years 2018-2022 and legend; the PDF has ligature characters, curly quotes, non-breaking spaces before 'billion'/'percent' and hyphenated line ends",
}
