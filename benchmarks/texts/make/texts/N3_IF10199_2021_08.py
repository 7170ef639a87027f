from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "N3-IF10199-2021-08", "fresh2", "IF10199", 38
LAYOUTS = ["md", "html"]
SIDEBAR = "Okinawa in Brief"

MD = """
U.S.-Japan Relations

Updated August 17, 2021

## Overview

Japan has been a treaty ally of the United States since 1951, and the Biden Administration has placed it at the center of its Indo-Pacific strategy. Prime Minister Suga Yoshihide, who succeeded Abe Shinzo in September 2020, was the first foreign leader to meet President Joe Biden at the White House, on April 16, 2021. Their joint statement referred to "peace and stability across the Taiwan Strait," the first such mention by the two leaders since 1969. Suga's domestic standing has suffered since then: his cabinet's approval rating fell below 30% this month as COVID-19 cases surged during the Tokyo Olympics, held from July 23 to August 8 without spectators.

## Alliance and Defense

More than fifty thousand U.S. service members are based in Japan. In February 2021, the two governments agreed to extend the existing host-nation support arrangement by one year, through March 2022, with Japan continuing to pay about $2 billion per year; negotiations on a multiyear successor are to begin this fall. Japan's defense spending has long stayed within an informal cap of 1% of GDP. Some in the LDP have floated a goal of 2%, the NATO benchmark, but the government has set no such target.

Biden convened the first leader-level meeting of the Quad, which brings together Australia, India, Japan, and the United States, in a virtual format in March 2021. An in-person summit in Washington is planned for the fall.

## Okinawa in Brief

Okinawa covers 0.6 percent of Japan's land. The prefecture hosts roughly 70 percent of the facilities reserved exclusively for U.S. forces, and more than half of all U.S. military personnel in Japan serve there.

## Domestic Politics

The ruling coalition of the Liberal Democratic Party (LDP) and Komeito controls about 65 percent of the Lower House and roughly 57 percent of the upper chamber. Voters must elect a new Lower House no later than October 2021, when the chamber's four-year term ends. Before then, Suga's term as LDP president expires, and a party leadership vote is expected in September 2021.

## Economy

The pandemic drove Japan's economy into its first contraction since 2009: real GDP shrank 4.7% in 2020, following growth of 0.3% in 2019. GDP rose at an annualized 1.3% in the April-June quarter. The Diet enacted a third supplementary budget for FY2020, ¥19.2 trillion (roughly $185 billion), in January 2021, part of a ¥73.6 trillion package announced in December. In April 2021 Suga raised Japan's 2030 emissions target to a 46% cut from 2013 levels, up from 26%, and said Japan would strive for 50%.

## Trade and Investment

Japan ranked fourth among U.S. trading partners in 2020. Only Canada, Mexico, and China bought more U.S. exports that year. The United States sold about $100 billion in goods and services to Japan in 2020 and bought close to $150 billion from it, both well below 2019 levels. No country has a larger stock of direct investment in the United States than Japan. It has also overtaken China as the largest foreign holder of U.S. Treasury securities.

**Emma Chanlett-Avery**, Coordinator, Specialist in Asian Affairs

**Mark E. Manyin**, Specialist in Asian Affairs

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Suga", "Yoshihide", "Prime Minister Suga Yoshihide"),
        "leaders.us_president": P("Biden", "Joe", "President Joe Biden"),
        "alliance.treaty_ally_since": F(1951, as_written="Japan has been a treaty ally of the United States since 1951"),
        "alliance.us_troops_in_japan": F(50000, "over", as_written="More than fifty thousand U.S. service members are based in Japan"),
        "alliance.host_nation_support_per_year": F(2000000000, "about", per="year", as_written="Japan continuing to pay about $2 billion per year"),
        "alliance.host_nation_support_agreement": D("2021-02", as_written="In February 2021, the two governments agreed to extend the existing host-nation support arrangement by one year", note="one-year extension"),
        "alliance.okinawa_share_of_usfj_facilities": F(70, "about", as_written="roughly 70 percent of the facilities reserved exclusively for U.S. forces", note="basis: exclusive-use facilities"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="more than half of all U.S. military personnel in Japan serve there"),
        "alliance.okinawa_share_of_land_area": F(0.6, as_written="Okinawa covers 0.6 percent of Japan's land"),
        "defense.traditional_limit_pct_gdp": F(1, as_written="an informal cap of 1% of GDP"),
        "politics.ruling_coalition": F(["LDP", "Komeito"]),
        "politics.lower_house_coalition_share": F(65, "about", as_written="controls about 65 percent of the Lower House"),
        "politics.upper_house_coalition_share": F(57, "about", as_written="and roughly 57 percent of the upper chamber"),
        "politics.next_diet_election_due": F(2021, note="Lower House election by October 2021"),
        "politics.lower_house_election_due": D("2021-10", as_written="Voters must elect a new Lower House no later than October 2021"),
        "trade.overall_partner_rank": F(4, period="2020", as_written="Japan ranked fourth among U.S. trading partners in 2020"),
        "trade.export_partner_rank": F(4, period="2020", as_written="Only Canada, Mexico, and China bought more U.S. exports that year"),
        "trade.us_exports_to_japan": F(100000000000, "about", period="2020", as_written="The United States sold about $100 billion in goods and services to Japan in 2020"),
        "trade.us_imports_from_japan": F(150000000000, "nearly", period="2020", as_written="bought close to $150 billion from it"),
        "trade.fdi_source_rank": F(1, as_written="No country has a larger stock of direct investment in the United States than Japan"),
        "trade.treasury_holder_rank": F(1, as_written="It has also overtaken China as the largest foreign holder of U.S. Treasury securities"),
        "economy.gdp_growth": GDP(y2020=-4.7, y2019=0.3),
        "economy.supplementary_budget": F(185000000000, "about", period="2021-01", as_written="a third supplementary budget for FY2020, ¥19.2 trillion (roughly $185 billion), in January 2021"),
        "economy.emissions_cut_target": F(46, by="2030", baseline="2013", as_written="raised Japan's 2030 emissions target to a 46% cut from 2013 levels, up from 26%"),
        "diplomacy.quad_leader_meetings": F(1, as_written="Biden convened the first leader-level meeting of the Quad ... in March 2021"),
    },
    "elections": {
        "lower_house_2021": E("Lower House", "2021-10", "upcoming", note="must be held no later than October 2021"),
        "ldp_president_2021": E("LDP president", "2021-09", "upcoming"),
    },
    "events": {},
    "notes": "Traps: 'who succeeded Abe Shinzo in September 2020' (former prime minister); 'at the White House, on April 16, 2021' (summit date); 'the first such mention by the two leaders since 1969'; 'approval rating fell below 30% this month'; 'the Tokyo Olympics, held from July 23 to August 8'; 'through March 2022' (extension end) and 'negotiations on a multiyear successor are to begin this fall'; 'Some in the LDP have floated a goal of 2%, the NATO benchmark, but the government has set no such target' (no goal stated); 'An in-person summit in Washington is planned for the fall' (planned Quad meeting, not counted); 'its first contraction since 2009'; 'GDP rose at an annualized 1.3% in the April-June quarter' (quarterly); '¥19.2 trillion' (yen beside dollars) and 'part of a ¥73.6 trillion package announced in December' (package, not the budget); 'up from 26%' (old target) and 'would strive for 50%' (aspiration); 'both well below 2019 levels'; 'It has also overtaken China' (subject carried over; China not first); HTML: the Okinawa section sits in a sidebar box and the table of contents repeats the headings",
}
