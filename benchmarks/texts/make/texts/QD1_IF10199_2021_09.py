from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "QD1-IF10199-2021-09", "fresh37", "IF10199", 40
LAYOUTS = ["md", "interleaved"]
PDF_OPTS = ["quotes", "nbsp"]
SIDEBAR = "Okinawa at a Glance"
CHART = {"unit": "percent approving", "ymax": 80, "ticks": [0, 20, 40, 60, 80],
         "series": ["Cabinet approval"],
         "bars": {"Oct. 2020": (63,), "Dec. 2020": (42,), "Feb. 2021": (38,), "Apr. 2021": (44,),
                  "Jun. 2021": (37,), "Aug. 2021": (29,)}}

MD = """
U.S.-Japan Relations

Updated September 14, 2021

## Overview

Tokyo is in the middle of an unexpected change of leadership. On September 3, Prime Minister Suga Yoshihide told his party that he would not stand again for the presidency of the Liberal Democratic Party (LDP), a decision that in practice means his time in office will end within weeks. Suga had held both posts for less than a year, having been chosen in September 2020 to replace Abe Shinzo, who resigned citing ill health after nearly eight years as premier. His standing fell steadily through a fifth wave of COVID-19 infections and a summer Olympics and Paralympics staged in Tokyo without spectators (Figure 1).

The LDP will elect its next leader on September 29. Because the party and its coalition partner dominate the Diet, whoever wins is almost certain to be named prime minister. Three lawmakers have entered the race so far: Kishida Fumio, a former foreign minister; Kono Taro, the minister in charge of vaccinations; and Takaichi Sanae, who once led the internal affairs ministry.

Whoever takes over inherits a relationship with Washington that both governments describe as unusually close. In April, Suga was the first foreign leader to be received at the White House by President Joe Biden. Their joint statement pointed to the importance of peace and stability across the Taiwan Strait, a reference that had not appeared in a leaders' statement since 1969.

**Figure 1. Approval of the Suga Cabinet, October 2020-August 2021**

Source: Averages of major Japanese media polls, compiled by CRS. Values are approximate.

## Alliance Basics

The two countries have been bound by treaty since 1951; the version in force today was revised in 1960. Some fifty thousand U.S. service members are posted in Japan, along with a larger number of family members and civilian employees, and the country is home port to the Navy's only forward-deployed aircraft carrier.

Much of the cost of keeping them there falls on Japan. Tokyo's contributions under the cost-sharing pact known as the Special Measures Agreement (SMA) are worth close to $2 billion each year. The last multiyear SMA, which took effect in April 2016, was due to lapse this March. With talks unfinished when the new Administration arrived, the two governments agreed in February 2021 to carry its terms forward for one more year, and negotiations on a longer arrangement have since resumed. Under the previous President, U.S. officials had reportedly floated a figure as high as $8 billion a year, which Tokyo refused to consider.

## Defense Spending

Japanese cabinets have for decades kept defense outlays near 1% of gross domestic product. That ceiling, formally adopted in 1976 and dropped as an official rule in 1987, is still widely observed. Defense Minister Kishi Nobuo said in May that Tokyo would not regard it as binding, and the ministry's request for FY2022, filed in late August, seeks a record ¥5.48 trillion. Takaichi is campaigning on a pledge to move toward 2% of GDP, the guideline NATO asks of its members; neither the government nor the party has endorsed such a target.

## Okinawa at a Glance

The prefecture accounts for just 0.6% of Japan's land area. Roughly a fourth of the facilities used by U.S. forces in Japan lie within it, and upwards of half of the U.S. military personnel in the country are stationed there. Under a 2012 revision of the bilateral realignment plan, around 9,000 Marines are to leave the island; about 4,000 of them are destined for Guam, with transfers expected to start around the middle of the decade. Governor Tamaki Denny opposes the replacement airfield for Marine Corps Air Station Futenma under construction at Henoko, which the central government now estimates will cost ¥930 billion.

## Domestic Politics

The LDP governs together with Komeito. The two parties hold 305 of the 465 seats in the House of Representatives, a little under two-thirds of the lower chamber. In the House of Councillors, where they retained their majority in the July 2019 election, they control about 57% of the seats. Members of the lower chamber, last chosen in October 2017, serve four-year terms that expire on October 21, 2021, the date by which this year's general election is due. That contest is therefore the next national one; the upper chamber's next regular election comes in July 2022.

Suga's announcement followed a run of setbacks: in August, a candidate he had backed lost the Yokohama mayoral race, in the city that contains his own constituency, and his cabinet's approval had by then sunk below 30%.

## Economic Ties

Table 1. Japan in U.S. Trade, 2020 (goods and services)

| Measure | Value | Rank |
| --- | --- | --- |
| U.S. exports to Japan | $104.1 billion | 4th |
| U.S. imports from Japan | $148.3 billion | 4th |
| Two-way trade | $252.4 billion | 4th |

Pandemic disruptions cut two-way trade by about one-sixth from its 2019 level, but Japan kept its place as the fourth-largest overall U.S. trading partner in 2020, behind China, Canada, and Mexico. It was also the fourth-biggest buyer of U.S. goods and services (Table 1). U.S. tariffs of 25% on steel and 10% on aluminum, imposed in 2018, still apply to Japanese shipments.

Japanese companies became the leading source of foreign direct investment in the United States in 2019, moving ahead of those from the United Kingdom, and have held that position since. Japan is likewise the largest foreign owner of U.S. Treasury securities; its holdings, about $1.28 trillion in June, were some $220 billion more than China's.

The two limited trade agreements the previous Administration concluded, covering tariffs and digital trade, have been in force since January 2020. The Biden Administration has not said whether it will pursue the broader second stage those deals envisaged; Tokyo would prefer that the United States rejoin the trans-Pacific trade pact it left in 2017.

## The Japanese Economy

Japan's real GDP shrank 4.7% in 2020, the sharpest drop since 2009, after a gain of 0.3% in 2019. Output rose at an annualized rate of 1.9% in the April-June quarter of this year. To cushion the downturn, the Diet passed in January a third FY2020 supplementary budget of ¥19.2 trillion (approximately $185 billion), the core of a ¥73.6 trillion stimulus package announced the previous month.

At a virtual climate summit hosted by Biden in April, Suga raised Japan's goal for reducing greenhouse gas emissions: by FY2030 they are to fall 46% below their FY2013 level, up from the 26% pledged in 2015, with "strenuous efforts" toward 50%. Suga had earlier promised carbon neutrality by 2050.

## Regional Diplomacy

The Quad, which groups Australia, India, Japan, and the United States, held its first meeting at the level of leaders, by videoconference, on March 12. Its four heads of government are scheduled to meet face to face for the first time in Washington on September 24. Japan has donated roughly 30 million doses of COVID-19 vaccine to other Asian countries and Pacific islands, bilaterally and through the COVAX facility. Relations with South Korea under President Moon Jae-in remain strained over wartime history.

**Emma Chanlett-Avery**, Coordinator, Specialist in Asian Affairs

**Mark E. Manyin**, Specialist in Asian Affairs

**Brock R. Williams**, Specialist in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Suga", "Yoshihide", "Prime Minister Suga Yoshihide", note="stepping down as LDP leader; still in office"),
        "leaders.us_president": P("Biden", "Joe", "President Joe Biden"),
        "alliance.treaty_ally_since": F(1951, as_written="The two countries have been bound by treaty since 1951"),
        "alliance.us_troops_in_japan": F(50000, "about", as_written="Some fifty thousand U.S. service members are posted in Japan"),
        "alliance.host_nation_support_per_year": F(2000000000, "nearly", per="year", as_written="are worth close to $2 billion each year"),
        "alliance.host_nation_support_agreement": D("2021-02", as_written="the two governments agreed in February 2021 to carry its terms forward for one more year", note="one-year extension of the SMA"),
        "alliance.okinawa_share_of_land_area": F(0.6, as_written="The prefecture accounts for just 0.6% of Japan's land area", note="sidebar"),
        "alliance.okinawa_share_of_usfj_facilities": F(25, "about", as_written="Roughly a fourth of the facilities used by U.S. forces in Japan lie within it", note="sidebar; fraction rule"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="upwards of half of the U.S. military personnel in the country are stationed there", note="sidebar"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="about 4,000 of them are destined for Guam", note="sidebar"),
        "defense.traditional_limit_pct_gdp": F(1, "about", as_written="kept defense outlays near 1% of gross domestic product. That ceiling"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="The LDP governs together with Komeito"),
        "politics.lower_house_coalition_share": F(67, "under", as_written="305 of the 465 seats in the House of Representatives, a little under two-thirds of the lower chamber", note="fraction rule: two-thirds = 67"),
        "politics.upper_house_coalition_share": F(57, "about", as_written="they control about 57% of the seats"),
        "politics.lower_house_election_due": D("2021-10-21", as_written="four-year terms that expire on October 21, 2021, the date by which this year's general election is due"),
        "politics.next_diet_election_due": F(2021, as_written="That contest is therefore the next national one"),
        "trade.us_exports_to_japan": F(104100000000, period="2020", as_written="U.S. exports to Japan | $104.1 billion", note="Table 1"),
        "trade.us_imports_from_japan": F(148300000000, period="2020", as_written="U.S. imports from Japan | $148.3 billion", note="Table 1"),
        "trade.import_partner_rank": F(4, period="2020", as_written="U.S. imports from Japan | $148.3 billion | 4th", note="Table 1 only"),
        "trade.overall_partner_rank": F(4, period="2020", as_written="Japan kept its place as the fourth-largest overall U.S. trading partner in 2020"),
        "trade.export_partner_rank": F(4, period="2020", as_written="It was also the fourth-biggest buyer of U.S. goods and services", note="also Table 1"),
        "trade.fdi_source_rank": F(1, as_written="Japanese companies became the leading source of foreign direct investment in the United States in 2019 ... and have held that position since"),
        "trade.treasury_holder_rank": F(1, period="2021-06", as_written="Japan is likewise the largest foreign owner of U.S. Treasury securities; its holdings, about $1.28 trillion in June"),
        "economy.gdp_growth": GDP(y2020=-4.7, y2019=0.3),
        "economy.supplementary_budget": F(185000000000, "about", period="2021-01", as_written="a third FY2020 supplementary budget of ¥19.2 trillion (approximately $185 billion)"),
        "economy.emissions_cut_target": F(46, by="FY2030", baseline="FY2013", as_written="by FY2030 they are to fall 46% below their FY2013 level"),
        "diplomacy.quad_leader_meetings": F(1, as_written="held its first meeting at the level of leaders, by videoconference, on March 12"),
    },
    "elections": {
        "ldp_president_2020": E("LDP president", "2020-09", "held", result="Suga chosen to replace Abe"),
        "ldp_president_2021": E("LDP president", "2021-09-29", "upcoming", note="Suga not standing; Kishida, Kono, Takaichi declared"),
        "upper_house_2019": E("Upper House", "2019-07", "held", result="coalition retained its majority"),
        "lower_house_2017": E("Lower House", "2017-10", "held"),
        "lower_house_2021": E("Lower House", "2021-10-21", "upcoming", note="due by October 21, 2021, when terms expire"),
        "upper_house_2022": E("Upper House", "2022-07", "upcoming"),
    },
    "events": {},
    "notes": "Traps: 'On September 3' (Suga's announcement); 'having been chosen in September 2020 to replace Abe Shinzo, who resigned ... after nearly eight years' (former leader); 'Kishida Fumio, a former foreign minister; Kono Taro ...; and Takaichi Sanae' (candidates, not prime minister); 'since 1969' (Taiwan reference); 'the version in force today was revised in 1960'; 'a larger number of family members and civilian employees' (no count); 'The last multiyear SMA, which took effect in April 2016' (earlier agreement); 'a figure as high as $8 billion a year' (floated demand, not the payment); 'formally adopted in 1976 and dropped as an official rule in 1987'; 'a record ¥5.48 trillion' (budget request); 'a pledge to move toward 2% of GDP, the guideline NATO asks of its members; neither the government nor the party has endorsed such a target' (proposed, not a goal: no defense.spending_goal_pct_gdp); 'around 9,000 Marines are to leave the island' (total leaving, not Guam); 'will cost ¥930 billion'; 'in the July 2019 election' (the Upper House share is current); 'last chosen in October 2017'; 'the upper chamber's next regular election comes in July 2022' (not the next national election); 'lost the Yokohama mayoral race' (local race, not listed); 'approval had by then sunk below 30%' and Figure 1 (approval, Oct. 2020-Aug. 2021, ticks 0-80, no value labels); Table 1's 'Two-way trade | $252.4 billion | 4th' (total trade; its rank is the overall rank also stated in prose); 'cut two-way trade by about one-sixth from its 2019 level'; 'U.S. tariffs of 25% on steel and 10% on aluminum, imposed in 2018' (product tariffs: no tariff on most imports); 'became the leading source ... in 2019' (a year, not a period of the rank); 'some $220 billion more than China's'; 'in force since January 2020' (IF11120 facts, not IF10199's); 'the trans-Pacific trade pact it left in 2017'; 'the sharpest drop since 2009'; 'an annualized rate of 1.9% in the April-June quarter' (a quarter); 'a ¥73.6 trillion stimulus package announced the previous month'; 'up from the 26% pledged in 2015' and '\"strenuous efforts\" toward 50%' and 'carbon neutrality by 2050'; 'scheduled to meet face to face for the first time in Washington on September 24' (planned: the count stays 1); 'roughly 30 million doses'; 'President Moon Jae-in' (another country's leader); sidebar 'Okinawa at a Glance' (an ordinary section in the PDF-derived text); PDF curly quotes and NBSP; interleaved columns.",
}
