from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "H3-IF10199-2021-11", "holdout", "IF10199", 38
LAYOUTS = ["pdf", "layout", "interleaved"]
PDF_OPTS = ["lig", "quotes", "nbsp", "hyph"]
CHART = {"unit": "$ billions", "ymax": 200, "ticks": [0, 50, 100, 150, 200],
         "series": ["U.S. exports", "U.S. imports"],
         "bars": {"2016": (108.8, 168.4), "2017": (114.6, 171.5), "2018": (120.6, 178.5), "2019": (125.6, 178.2), "2020": (104.4, 150.6)}}

MD = """
U.S.-Japan Relations

Updated November 16, 2021

## Overview

Fumio Kishida became Japan's prime minister on October 4, 2021, after winning the Liberal Democratic Party (LDP) presidential election on September 29; his predecessor, Suga Yoshihide, served only about a year. Less than a month later, on October 31, Kishida led the LDP to a better-than-expected result in a Lower House election. Japan has been a U.S. ally for seven decades, since 1951, and approximately fifty-five thousand U.S. troops are stationed there. President Joe Biden and Kishida spoke by phone shortly after Kishida took office and met briefly at the Glasgow climate conference in November.

## Election Results and Politics

The LDP won 261 seats on its own, a majority of the 465-seat chamber, though it lost 15 seats. Together with its coalition partner Komeito, it holds about 63% of the Lower House. In the Upper House, the coalition's share is a little over 55 percent. Half of the Upper House will be up for election in July 2022, the next national test for Kishida. The next Lower House election is not due until October 2025. The opposition Constitutional Democratic Party lost ground, while the Japan Innovation Party nearly quadrupled its seats.

## Defense and the Alliance

Defense spending has long been held to roughly 1% of GDP. The LDP's campaign platform mentioned a goal of 2% of GDP or more, but the government has not formally adopted it. Japan contributes about $1.8 billion per year to the cost of U.S. forces. In February 2021, the two governments agreed to extend the existing Special Measures Agreement by one year, through March 2022; talks on a multiyear accord are under way.

Okinawa, below 1% of Japan's land area, hosts around 25% of USFJ facilities and above 50% of USFJ personnel. The 2012 plan to shift 4,000 Marines to Guam is proceeding slowly.

## Economy and Climate

Japan's economy shrank 4.5% in 2020, after contracting 0.2% in 2019 (**Figure 1** shows trade over the same years). The most recent supplementary budget, enacted in January 2021, was ¥19.2 trillion (roughly $185 billion). On November 19, the Cabinet is expected to approve a record stimulus package, with a supplementary budget of some ¥32 trillion to follow in December. In April 2021, Japan raised its 2030 target for cutting greenhouse gas emissions to 46% from 2013 levels, up from 26%, and it aims for carbon neutrality by 2050.

## Trade and Regional Diplomacy

In 2020, Japan was the fourth-largest U.S. trading partner, the fourth-largest destination for U.S. exports, and the fourth-largest source of imports. U.S. exports of goods and services to Japan were about $104 billion that year and imports roughly $151 billion.

**Figure 1. U.S. Goods and Services Trade with Japan, 2016-2020**

Source: Bureau of Economic Analysis, October 2021.

Japan is the largest source of foreign direct investment in the United States and the largest foreign holder of U.S. Treasury securities. Biden has hosted two leader-level meetings of the Quad, a virtual summit in March 2021 and an in-person summit in Washington in September.

**Emma Chanlett-Avery**, Specialist in Asian Affairs

**Mark E. Manyin**, Specialist in Asian Affairs

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Kishida", "Fumio", "Fumio Kishida became Japan's prime minister on October 4, 2021"),
        "leaders.us_president": P("Biden", "Joe", "President Joe Biden"),
        "alliance.treaty_ally_since": F(1951, as_written="a U.S. ally for seven decades, since 1951"),
        "alliance.us_troops_in_japan": F(55000, "about", as_written="approximately fifty-five thousand U.S. troops are stationed there"),
        "alliance.host_nation_support_per_year": F(1800000000, "about", per="year", as_written="about $1.8 billion per year"),
        "alliance.host_nation_support_agreement": D("2021-02", as_written="In February 2021, the two governments agreed to extend the existing Special Measures Agreement by one year", note="one-year extension, through March 2022"),
        "alliance.okinawa_share_of_usfj_facilities": F(25, "about", as_written="around 25% of USFJ facilities"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="above 50% of USFJ personnel"),
        "alliance.okinawa_share_of_land_area": F(1, "under", as_written="below 1% of Japan's land area"),
        "alliance.marines_relocating_to_guam": F(4000, as_written="The 2012 plan to shift 4,000 Marines to Guam"),
        "defense.traditional_limit_pct_gdp": F(1, "about", as_written="held to roughly 1% of GDP"),
        "politics.ruling_coalition": F(["LDP", "Komeito"]),
        "politics.lower_house_coalition_share": F(63, "about", as_written="Together with its coalition partner Komeito, it holds about 63% of the Lower House"),
        "politics.upper_house_coalition_share": F(55, "over", as_written="the coalition's share is a little over 55 percent"),
        "politics.next_diet_election_due": F(2022, note="Upper House election, July 2022"),
        "politics.lower_house_election_due": D("2025-10", as_written="The next Lower House election is not due until October 2025"),
        "trade.overall_partner_rank": F(4, period="2020"),
        "trade.export_partner_rank": F(4, period="2020", as_written="the fourth-largest destination for U.S. exports"),
        "trade.import_partner_rank": F(4, period="2020", as_written="the fourth-largest source of imports"),
        "trade.us_exports_to_japan": F(104000000000, "about", period="2020", as_written="about $104 billion that year"),
        "trade.us_imports_from_japan": F(151000000000, "about", period="2020", as_written="imports roughly $151 billion"),
        "trade.fdi_source_rank": F(1, as_written="the largest source of foreign direct investment in the United States"),
        "trade.treasury_holder_rank": F(1, as_written="the largest foreign holder of U.S. Treasury securities"),
        "economy.gdp_growth": GDP(y2020=-4.5, y2019=-0.2),
        "economy.supplementary_budget": F(185000000000, "about", period="2021-01", as_written="The most recent supplementary budget, enacted in January 2021, was ¥19.2 trillion (roughly $185 billion)"),
        "economy.emissions_cut_target": F(46, by="2030", baseline="2013"),
        "diplomacy.quad_leader_meetings": F(2, as_written="Biden has hosted two leader-level meetings of the Quad"),
    },
    "elections": {
        "ldp_president_2021": E("LDP president", "2021-09-29", "held", result="Kishida won"),
        "lower_house_2021": E("Lower House", "2021-10-31", "held", result="LDP won 261 of 465 seats alone; coalition about 63%"),
        "upper_house_2022": E("Upper House", "2022-07", "upcoming"),
    },
    "events": {},
    "notes": "Traps: 'his predecessor, Suga Yoshihide' (former prime minister); 'met briefly at the Glasgow climate conference in November'; 'The LDP won 261 seats on its own, a majority of the 465-seat chamber, though it lost 15 seats' (LDP alone, not the coalition share); 'Half of the Upper House will be up for election' (not a share); 'the Japan Innovation Party nearly quadrupled its seats'; 'The LDP's campaign platform mentioned a goal of 2% of GDP or more, but the government has not formally adopted it' (defense.spending_goal_pct_gdp not stated); 'through March 2022'; 'a record stimulus package, with a supplementary budget of some ¥32 trillion to follow in December' (planned, not enacted); '¥19.2 trillion' (yen beside dollars); 'up from 26%' (past emissions target); 'carbon neutrality by 2050'; 'a virtual summit in March 2021 and an in-person summit in Washington in September' (dates of Quad meetings, no event slug); PDF/layout/interleaved only: Figure 1 axis ticks (0-200), years 2016-2020 and legend; the PDF has ligature characters, curly quotes, non-breaking spaces and hyphenated line ends",
}
