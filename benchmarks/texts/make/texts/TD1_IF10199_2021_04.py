from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "TD1-IF10199-2021-04", "fresh40", "IF10199", 39
LAYOUTS = ["interleaved", "html"]
PDF_OPTS = ["nbsp", "hyph"]
SIDEBAR = "Okinawa's Share of the Burden"
CHART = {"unit": "¥ trillions", "ymax": 6, "ticks": [0, 2, 4, 6],
         "series": ["Initial defense budget"],
         "bars": {"FY2017": (5.13,), "FY2018": (5.19,), "FY2019": (5.26,), "FY2020": (5.31,), "FY2021": (5.34,)}}

MD = """
U.S.-Japan Relations

Updated April 27, 2021

## Overview

Prime Minister Suga Yoshihide, who turned 72 in December, was on April 16 the first foreign leader whom President Joe Biden received at the White House. Their joint statement, which for the first time since 1969 named the Taiwan Strait, described an alliance that both governments treat as the foundation of their policies in the Indo-Pacific. Suga took office last September, when his predecessor, Abe Shinzo, stepped down for health reasons after nearly eight years, and he has largely kept Abe's foreign policy in place.

At home, the agenda is crowded. The Tokyo Olympics, put off for a year by the COVID-19 pandemic, are set to open on July 23, although by late April only about 1% of the public had received a first vaccine dose. Three by-elections held on April 25, all lost by LDP-backed candidates, were read as a warning for the government ahead of a general election that must come within six months.

## The Alliance

The two countries, which signed their security treaty in 1951 and revised it in 1960, have been allies for seven decades. Japan, whose Self-Defense Forces number about 247,000, hosts roughly 55,000 U.S. military personnel, the largest such presence in any country; the Seventh Fleet alone, based at Yokosuka, operates 50 to 70 ships and submarines at any one time.

Tokyo pays part of the cost of keeping those forces in Japan, about $2 billion a year, most of which covers the salaries of Japanese base workers and utilities. The five-year Special Measures Agreement that governed these payments, concluded in 2015, was due to lapse at the end of March. Rather than open multiyear talks during a change of U.S. administrations, the two governments in February agreed to extend it for one year, at roughly the same level (¥201.7 billion for FY2021). The previous Administration had reportedly sought as much as $8 billion a year, some four times the current sum.

Japan's defense budget, which has risen for nine straight years, reached a record ¥5.34 trillion in FY2021 (Figure 1). Outlays still run between 0.9% and 1% of gross domestic product (GDP), in keeping with a convention, dating from 1976, that they stay at about 1%. Some LDP lawmakers favor a 2% target, the level NATO asks of its members, but the government has not adopted one.

**Figure 1. Japan's Initial Defense Budgets, FY2017-FY2021**

Source: Japan Ministry of Defense. Excludes costs of U.S. force realignment.

## Okinawa's Share of the Burden

Okinawa, which makes up less than 1% of Japan's land area, is home to roughly seven-tenths of the acreage reserved for the exclusive use of U.S. forces in Japan, and to more than half of the U.S. military personnel stationed in the country. Many of the prefecture's 1.46 million residents object to the noise, accidents, and crimes associated with the bases. Under a 2012 plan, some 9,000 Marines are to leave Okinawa; about 4,000 of them are to move to Guam, in stages expected to begin in the mid-2020s. Governor Tamaki Denny, who was elected in September 2018 with 55% of the vote, opposes the Futenma replacement facility that is under construction at Henoko, which the Defense Ministry says will take at least 12 more years to finish.

## Domestic Politics

Suga won the presidency of the Liberal Democratic Party (LDP) last September, in a vote that gave him the 20 months remaining in Abe's term; he will have to run again in a party election due in September. The LDP governs with Komeito, a smaller party with which it has been allied for most of the past two decades. The two parties hold nearly two-thirds of the 465 seats in the House of Representatives (the Lower House), which they have controlled since the October 2017 election. In the 245-member House of Councillors (the Upper House), the coalition holds 141 seats, close to 58%.

The Lower House's four-year term runs out in October, and an election must be held by then unless Suga dissolves the chamber sooner; the next Upper House election is due in July 2022. His cabinet's approval rating, which stood above 60% when he took office, has ranged between 35% and 45% in recent polls.

## Economic Relations

Japan was the fourth-largest U.S. trading partner in 2020, a year in which the pandemic cut two-way trade by about 15%. It placed fourth both as a market for U.S. goods and services, which Japanese buyers purchased to the tune of $104.7 billion, and as a supplier of them, selling $149.7 billion to the United States. The goods deficit that the United States ran with Japan, $55.4 billion, was also its fourth-largest with any partner.

Japanese companies, which employ nearly 1 million Americans, held $644.7 billion of direct investment in the United States at the end of 2019, more than firms from any other country. Japan is also the largest foreign holder of U.S. Treasury securities, with about $1.24 trillion as of February; China, which held $1.10 trillion, ranks second.

The U.S.-Japan Trade Agreement, which took effect in January 2020, cut Japanese tariffs on some U.S. farm goods. Japan is one of 11 members of the Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP), which the United States has not joined.

## Japan's Economy

Real GDP contracted 4.8% in 2020, the steepest drop since 2009, after growth of just 0.3% in 2019. The October-December quarter brought a rebound, at an annualized 11.7%. To finance a third round of pandemic relief, the Diet on January 28 passed a supplementary budget of ¥19.2 trillion (about $184 billion), which raised the total of FY2020's three extra budgets to some ¥73 trillion. The yen, which had traded near ¥103 per dollar in January, slid past ¥110 in late March, a one-year low against the dollar.

On April 22, at the climate summit that Biden convened, Suga raised the country's 2030 target: Japan will cut greenhouse gas emissions 46% below FY2013 levels by FY2030 and will strive for 50%. The goal it replaced, set in 2015, was a 26% cut. Suga had already pledged last October that Japan would be carbon-neutral by 2050.

## Regional Relations

The leaders of the Quad, a grouping of four democracies (Australia, India, Japan, and the United States), met for the first time on March 12, by video, and agreed to provide up to 1 billion vaccine doses to the region by the end of 2022. Four days later, the U.S. Secretaries of State and Defense met their Japanese counterparts in Tokyo, where the four criticized China's conduct in the East and South China Seas. Relations with South Korea, whose president Moon Jae-in leaves office next year, remain strained by a January court ruling that ordered Japan to compensate 12 women forced to work in wartime brothels.

**Emma Chanlett-Avery**, Coordinator, Specialist in Asian Affairs

**Mark E. Manyin**, Specialist in Asian Affairs

**Brock R. Williams**, Specialist in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Suga", "Yoshihide", "Prime Minister Suga Yoshihide, who turned 72 in December", note="family name first; 72 is his age"),
        "leaders.us_president": P("Biden", "Joe", "President Joe Biden"),
        "alliance.treaty_ally_since": F(1951, as_written="The two countries, which signed their security treaty in 1951 and revised it in 1960, have been allies for seven decades", note="1960 the revision, a trap"),
        "alliance.us_troops_in_japan": F(55000, "about", as_written="hosts roughly 55,000 U.S. military personnel", note="after 'whose Self-Defense Forces number about 247,000'"),
        "alliance.host_nation_support_per_year": F(2000000000, "about", per="year", as_written="Tokyo pays part of the cost of keeping those forces in Japan, about $2 billion a year"),
        "alliance.host_nation_support_agreement": D("2021-02", as_written="the two governments in February agreed to extend it for one year", note="the one-year extension, the latest arrangement; month from the cover year; the 2015 SMA and its March lapse are traps"),
        "alliance.okinawa_share_of_usfj_facilities": F(70, "about", as_written="is home to roughly seven-tenths of the acreage reserved for the exclusive use of U.S. forces in Japan", note="sidebar; fraction rule, exclusive-use basis"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="and to more than half of the U.S. military personnel stationed in the country", note="sidebar"),
        "alliance.okinawa_share_of_land_area": F(1, "under", as_written="Okinawa, which makes up less than 1% of Japan's land area", note="sidebar"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="about 4,000 of them are to move to Guam", note="sidebar; 'them' = the 9,000 leaving Okinawa"),
        "defense.traditional_limit_pct_gdp": F(1, "about", as_written="in keeping with a convention, dating from 1976, that they stay at about 1%", note="the 0.9%-1% range is the outlays, a trap"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="The LDP governs with Komeito"),
        "politics.lower_house_coalition_share": F(67, "nearly", as_written="The two parties hold nearly two-thirds of the 465 seats in the House of Representatives (the Lower House)", note="fraction rule"),
        "politics.upper_house_coalition_share": F(58, "nearly", as_written="the coalition holds 141 seats, close to 58%"),
        "politics.next_diet_election_due": F(2021, as_written="The Lower House's four-year term runs out in October, and an election must be held by then", note="year from the cover"),
        "politics.lower_house_election_due": D("2021-10", as_written="The Lower House's four-year term runs out in October, and an election must be held by then unless Suga dissolves the chamber sooner", note="also 'a general election that must come within six months'"),
        "trade.overall_partner_rank": F(4, period="2020", as_written="Japan was the fourth-largest U.S. trading partner in 2020"),
        "trade.export_partner_rank": F(4, period="2020", as_written="It placed fourth both as a market for U.S. goods and services", note="subject and year carried"),
        "trade.import_partner_rank": F(4, period="2020", as_written="and as a supplier of them", note="shares 'placed fourth' with the export rank"),
        "trade.us_exports_to_japan": F(104700000000, period="2020", as_written="a market for U.S. goods and services, which Japanese buyers purchased to the tune of $104.7 billion"),
        "trade.us_imports_from_japan": F(149700000000, period="2020", as_written="and as a supplier of them, selling $149.7 billion to the United States"),
        "trade.fdi_source_rank": F(1, period="2019", as_written="held $644.7 billion of direct investment in the United States at the end of 2019, more than firms from any other country"),
        "trade.treasury_holder_rank": F(1, period="2021-02", as_written="Japan is also the largest foreign holder of U.S. Treasury securities, with about $1.24 trillion as of February"),
        "economy.gdp_growth": GDP(y2020=-4.8, y2019=0.3),
        "economy.supplementary_budget": F(184000000000, "about", period="2021-01-28", as_written="the Diet on January 28 passed a supplementary budget of ¥19.2 trillion (about $184 billion)", note="dollar figure; year from the cover"),
        "economy.yen": F("one-year low against the dollar", period="2021-03", as_written="slid past ¥110 in late March, a one-year low against the dollar"),
        "economy.emissions_cut_target": F(46, by="FY2030", baseline="FY2013", as_written="Japan will cut greenhouse gas emissions 46% below FY2013 levels by FY2030 and will strive for 50%"),
        "diplomacy.quad_leader_meetings": F(1, as_written="met for the first time on March 12, by video", note="one leader-level meeting so far"),
    },
    "elections": {
        "okinawa_governor_2018": E("Okinawa governor", "2018-09", "held", result="Tamaki Denny elected with 55% of the vote"),
        "ldp_president_2020": E("LDP president", "2020-09", "held", result="Suga won ('last September')"),
        "ldp_president_2021": E("LDP president", "2021-09", "upcoming", note="'a party election due in September'"),
        "lower_house_2017": E("Lower House", "2017-10", "held", note="'since the October 2017 election'"),
        "lower_house_2021": E("Lower House", "2021-10", "upcoming", note="must be held by October, when the term runs out"),
        "upper_house_2022": E("Upper House", "2022-07", "upcoming", note="'the next Upper House election is due in July 2022'"),
    },
    "notes": "Traps: 'who turned 72 in December' (age beside the prime minister); 'for the first time since 1969 named the Taiwan Strait'; 'his predecessor, Abe Shinzo, stepped down' (former leader) and 'after nearly eight years'; 'only about 1% of the public had received a first vaccine dose' (not the defense limit or land share); 'Three by-elections held on April 25' (not national elections); 'revised it in 1960' (not the treaty year); 'have been allies for seven decades'; 'whose Self-Defense Forces number about 247,000' (Japan's own forces, beside the troop count); 'operates 50 to 70 ships and submarines'; 'The five-year Special Measures Agreement ... concluded in 2015, was due to lapse at the end of March' (earlier agreement); '(¥201.7 billion for FY2021)' (yen); 'The previous Administration had reportedly sought as much as $8 billion a year, some four times the current sum' (a demand, not the payment); 'risen for nine straight years', 'a record ¥5.34 trillion in FY2021'; 'Outlays still run between 0.9% and 1% of gross domestic product' (actual outlays, a range, not the limit); 'dating from 1976'; 'Some LDP lawmakers favor a 2% target, the level NATO asks of its members, but the government has not adopted one' (no spending goal); Figure 1 (defense budgets FY2017-FY2021, ticks 0-6, no values); sidebar: 'the prefecture's 1.46 million residents', 'Under a 2012 plan, some 9,000 Marines are to leave Okinawa' (total leaving, not Guam), 'in stages expected to begin in the mid-2020s', 'with 55% of the vote' (governor's vote share), 'at least 12 more years to finish'; 'a vote that gave him the 20 months remaining in Abe's term'; 'allied for most of the past two decades'; 'the 465 seats' and 'the 245-member House of Councillors' (chamber sizes); '141 seats' (a count, the share is 'close to 58%'); 'stood above 60% when he took office, has ranged between 35% and 45%' (approval ratings, not seat shares); 'cut two-way trade by about 15%'; 'The goods deficit ... $55.4 billion, was also its fourth-largest' (not a flow or an IF10199 fact); 'employ nearly 1 million Americans'; '$644.7 billion of direct investment' (a stock, not a rank); 'China, which held $1.10 trillion, ranks second' (another country's rank); 'The U.S.-Japan Trade Agreement, which took effect in January 2020'; 'one of 11 members of the ... CPTPP'; 'the steepest drop since 2009'; 'an annualized 11.7%' (a quarter, not a year); 'which raised the total of FY2020's three extra budgets to some ¥73 trillion' (cumulative); '¥103 per dollar in January', '¥110'; 'will strive for 50%' (aspiration), 'The goal it replaced, set in 2015, was a 26% cut' (previous target), 'carbon-neutral by 2050'; 'a grouping of four democracies', 'up to 1 billion vaccine doses', 'Four days later, the U.S. Secretaries of State and Defense met' (a 2+2, not a leaders' meeting); 'South Korea, whose president Moon Jae-in leaves office next year' (another country's leader); 'ordered Japan to compensate 12 women'. Sidebar 'Okinawa's Share of the Burden' floated into the html aside with Figure 1; interleaved text alternates the PDF's column lines (NBSP, hyphenated line ends).",
}
