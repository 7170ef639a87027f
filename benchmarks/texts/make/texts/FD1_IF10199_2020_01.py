from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "FD1-IF10199-2020-01", "fresh25", "IF10199", 12
LAYOUTS = ["interleaved", "md"]
PDF_OPTS = ["quotes", "nbsp", "hyph"]
CHART = {"unit": "$ billions", "ymax": 160, "ticks": [0, 40, 80, 120, 160],
         "series": ["U.S. goods exports to Japan", "U.S. goods imports from Japan"],
         "bars": {"2014": (66.9, 134.0), "2015": (62.5, 131.4), "2016": (63.3, 132.2), "2017": (67.6, 136.5), "2018": (75.0, 142.6)}}

MD = """
U.S.-Japan Relations

Updated January 23, 2020

## Overview

Japan, the most important U.S. ally in East Asia, faces several tests of the relationship in 2020. Talks on how much Tokyo should pay toward the upkeep of U.S. forces are due to open, and the Trump Administration is reported to want a steep increase. The first stage of a bilateral trade deal took effect on January 1, and Tokyo hosts the Summer Olympics from July 24.

Abe Shinzo, who has led the government since December 2012, became the longest-serving prime minister in Japan's constitutional history in November, surpassing a record of 2,886 days set more than a century ago. Few foreign leaders have invested more in a personal relationship with the American President, Donald Trump, whom he has met in person more than a dozen times, most recently during Trump's state visit last May. No Japanese prime minister had addressed a joint meeting of Congress before he did so on April 29, 2015.

## The Alliance

The alliance dates to a 1951 security pact, superseded in 1960 by the present Treaty of Mutual Cooperation and Security, whose sixtieth anniversary the two governments marked on January 19. From Misawa in the north to Okinawa in the south, U.S. Forces Japan (USFJ) stations 54,000 or so military personnel at some 85 facilities.

Signed in January 2016 and due to lapse at the end of March 2021, the current five-year Special Measures Agreement (SMA) commits Tokyo to an average of ¥189 billion annually for base workers' wages, utilities, and construction: a bit under $1.75 billion at current exchange rates. Japanese officials argue that the true burden is more than twice that once land rents and other costs are counted. According to press reports in November, U.S. officials sought as much as $8 billion a year, over four times the present level, in preliminary discussions; formal negotiations on a new SMA are expected to start in the spring.

Abe's governments have raised defense spending eight years in a row. The FY2020 budget adopted by the cabinet in December provides a record ¥5.31 trillion, roughly 0.9% of GDP. A 1976 cabinet decision capped defense at 1% of national output; though the cap was formally lifted in 1987, it has endured as an informal ceiling, and budgets have rarely crossed it. Japan has not adopted the 2% benchmark that NATO allies have pledged to move toward, nor any other numerical goal.

## Okinawa and Base Realignment

Okinawa Prefecture, an island chain making up less than one percent of Japan's land area, bears a disproportionate share of the U.S. presence. Measured by the acreage set aside for the sole use of U.S. forces, its share is around seventy percent, and it houses over half of USFJ's personnel, most of them Marines.

Under a 2012 revision of the realignment plan, about 9,000 Marines are to leave Okinawa. The largest contingents, approximately 4,000 and 2,700 Marines, are bound for Guam and Hawaii, respectively, with others rotating through Australia. The first moves are not expected until the mid-2020s.

The replacement for Marine Corps Air Station Futenma, a landfill runway at Henoko on the island's northeast coast, is opposed by Governor Tamaki Denny, who won the post in September 2018, and by seven of every ten voters in a nonbinding referendum last February. In December the Ministry of Defense said soft seabed would push completion into the 2030s and nearly triple the project's cost, to about ¥930 billion.

## Politics

The ruling coalition of Abe's Liberal Democratic Party (LDP) and its junior partner, the Komeito, has won six consecutive national elections under his leadership. In the House of Representatives, the more powerful lower chamber, the coalition has held a little over two-thirds of the 465 seats since the October 2017 general election.

Its position in the House of Councillors is weaker. After the July 21, 2019, election, in which half of that chamber's seats were contested, the coalition has 141 of 245 members (58%): enough to control the chamber, but, even with other parties open to constitutional revision, short of the two-thirds needed to initiate an amendment.

Abe won a third consecutive three-year term as LDP president in September 2018. Party rules do not allow a fourth, so his tenure as party leader, and with it his premiership, is expected to end in September 2021 unless the rules are changed again. His cabinet's approval ratings fell to roughly 40% in December polls amid criticism over the guest lists for a government-funded cherry blossom party.

Table 1 lists the milestones on the political calendar through 2022. Barring an early dissolution, which only the prime minister can call, the first national vote the law requires is the general election for the lower house.

Table 1. Political and Alliance Calendar, 2020-2022

| Date | Milestone |
| --- | --- |
| Spring 2020 | Xi Jinping state visit to Japan (planned) |
| July 24-Aug. 9, 2020 | Tokyo Summer Olympics |
| Mar. 31, 2021 | Current SMA expires |
| Sept. 2021 | Abe's term as LDP president ends |
| Oct. 2021 | Lower House term ends; general election required by this date |
| July 2022 | Half of Upper House seats up for election |

## Trade and Investment

Japan bought $75.0 billion of U.S. goods in 2018 and sold $142.6 billion to the United States; on both counts it ranked fourth among U.S. partners, as it also did in total goods trade. The resulting U.S. goods deficit of $67.6 billion was the fourth-largest with any country, while in services the United States ran a surplus of close to $10 billion.

**Figure 1. U.S. Goods Trade with Japan, 2014-2018**

Source: CRS, using U.S. Census Bureau data.

The talks that produced the first-stage package opened formally in Washington in mid-April 2019 and were declared complete by Trump and Abe in New York on September 25. Negotiators signed two agreements on October 7, and both entered into force at the start of this year: the U.S.-Japan Trade Agreement, under which Japan lowers or eliminates tariffs on roughly $7.2 billion of U.S. farm goods (its tariff on U.S. beef fell from 38.5% to 26.6% on January 1 and is to reach 9% by FY2033), and a Digital Trade Agreement.

Still unresolved is the threat of Section 232 tariffs on Japanese vehicles. A presidential proclamation in May 2019 declared that auto imports threaten U.S. national security and directed negotiations, but the tariff of up to 25% that the Commerce Department had recommended was never imposed. Abe has said that Trump assured him no such tariffs would be applied while the trade agreement is in effect.

Japanese firms' direct investment position in the United States was $484.4 billion at the end of 2018, more than that of any country other than the United Kingdom. Japan also once again tops the list of foreign holders of U.S. Treasury securities: having moved ahead of China last June, it held $1.16 trillion in November, against China's $1.09 trillion.

## Japan's Economy

Revised figures published in December put real GDP growth at 2.2% and 0.3% for 2017 and 2018, respectively. Growth picked up in mid-2019, to an annualized 1.8% in the July-September quarter, as consumers bought ahead of the October 1 increase in the consumption tax from 8% to 10%; most forecasters expect output to have contracted in the final quarter.

To cushion the slowdown, the cabinet in December adopted a ¥26 trillion economic package and a ¥4.5 trillion supplementary budget for FY2019, which the Diet, in session since January 20, is expected to pass within weeks. If enacted, it will be the first extra budget since February 2019, when lawmakers approved ¥3.05 trillion (some $28 billion) for disaster recovery and emergency infrastructure work.

Japan's Paris Agreement pledge, a 26% reduction in greenhouse gas emissions by FY2030 measured against FY2013, drew criticism at the COP25 climate talks in Madrid in December.

## Regional Relations

Relations with South Korea hit a low in 2019, when a dispute over compensation for wartime laborers spilled into export controls and nearly ended a military intelligence-sharing pact. Abe and President Moon Jae-in held their first formal talks in 15 months on December 24.

Tokyo has also sought steadier ties with Beijing: Xi Jinping is expected in Japan for a state visit in the spring, the first by a Chinese leader since 2008. With the United States, Australia, and India, Japan belongs to the Quadrilateral Security Dialogue, or "Quad"; the group's foreign ministers met together for the first time in September 2019, on the sidelines of the U.N. General Assembly.

**Emma Chanlett-Avery**, Coordinator, Specialist in Asian Affairs

**Mark E. Manyin**, Specialist in Asian Affairs

**Brock R. Williams**, Specialist in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Abe", "Shinzo", "Abe Shinzo, who has led the government since December 2012, became the longest-serving prime minister", note="family name first; the title only in the predicate"),
        "leaders.us_president": P("Trump", "Donald", "the American President, Donald Trump", note="appositive"),
        "alliance.treaty_ally_since": F(1951, as_written="The alliance dates to a 1951 security pact", note="1960 is the revised treaty"),
        "alliance.us_troops_in_japan": F(54000, "about", as_written="stations 54,000 or so military personnel", note="postposed hedge 'or so'; 'some 85 facilities' is a count of bases"),
        "alliance.host_nation_support_per_year": F(1750000000, "under", per="year", as_written="an average of ¥189 billion annually for base workers' wages, utilities, and construction: a bit under $1.75 billion at current exchange rates", note="the dollar figure; per year from 'annually'"),
        "alliance.host_nation_support_agreement": D("2016-01", as_written="Signed in January 2016 and due to lapse at the end of March 2021, the current five-year Special Measures Agreement (SMA)"),
        "alliance.okinawa_share_of_usfj_facilities": F(70, "about", as_written="Measured by the acreage set aside for the sole use of U.S. forces, its share is around seventy percent", note="exclusive-use basis; number in words"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="and it houses over half of USFJ's personnel", note="subject carried ('it' = Okinawa)"),
        "alliance.okinawa_share_of_land_area": F(1, "under", as_written="making up less than one percent of Japan's land area"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="The largest contingents, approximately 4,000 and 2,700 Marines, are bound for Guam and Hawaii, respectively", note="'respectively': 4,000 to Guam, 2,700 to Hawaii"),
        "defense.traditional_limit_pct_gdp": F(1, as_written="A 1976 cabinet decision capped defense at 1% of national output", note="exact; 'roughly 0.9% of GDP' is the FY2020 budget"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="The ruling coalition of Abe's Liberal Democratic Party (LDP) and its junior partner, the Komeito"),
        "politics.lower_house_coalition_share": F(67, "over", as_written="the coalition has held a little over two-thirds of the 465 seats", note="fraction in words: rounded whole percent"),
        "politics.upper_house_coalition_share": F(58, as_written="the coalition has 141 of 245 members (58%)", note="chamber carried by 'Its position in the House of Councillors'"),
        "politics.next_diet_election_due": F(2021, as_written="the first national vote the law requires is the general election for the lower house", note="its date in Table 1's 'Oct. 2021' row"),
        "politics.lower_house_election_due": D("2021-10", as_written="Oct. 2021 | Lower House term ends; general election required by this date", note="Table 1 row; 21 months away, so no upcoming lower_house_2021"),
        "trade.overall_partner_rank": F(4, period="2018", as_written="as it also did in total goods trade", note="'ranked fourth' carried"),
        "trade.export_partner_rank": F(4, period="2018", as_written="on both counts it ranked fourth among U.S. partners", note="the first count: 'Japan bought $75.0 billion of U.S. goods in 2018'"),
        "trade.us_exports_to_japan": F(75000000000, period="2018", as_written="Japan bought $75.0 billion of U.S. goods in 2018", note="goods; seen from Japan's side"),
        "trade.import_partner_rank": F(4, period="2018", as_written="sold $142.6 billion to the United States; on both counts it ranked fourth among U.S. partners", note="the second count"),
        "trade.us_imports_from_japan": F(142600000000, period="2018", as_written="and sold $142.6 billion to the United States", note="goods; year carried"),
        "trade.fdi_source_rank": F(2, period="2018", as_written="Japanese firms' direct investment position in the United States was $484.4 billion at the end of 2018, more than that of any country other than the United Kingdom"),
        "trade.treasury_holder_rank": F(1, period="2019-11", as_written="Japan also once again tops the list of foreign holders of U.S. Treasury securities: having moved ahead of China last June, it held $1.16 trillion in November"),
        "economy.gdp_growth": GDP(y2018=0.3, y2017=2.2),
        "economy.supplementary_budget": F(28000000000, "about", period="2019-02", as_written="the first extra budget since February 2019, when lawmakers approved ¥3.05 trillion (some $28 billion)", note="the latest enacted; the ¥4.5 trillion FY2019 budget is pending"),
        "economy.emissions_cut_target": F(26, by="FY2030", baseline="FY2013", as_written="a 26% reduction in greenhouse gas emissions by FY2030 measured against FY2013"),
    },
    "elections": {
        "lower_house_2017": E("Lower House", "2017-10", "held", result="coalition a little over two-thirds of 465 seats"),
        "upper_house_2019": E("Upper House", "2019-07-21", "held", result="coalition 141 of 245 (58%)"),
        "ldp_president_2018": E("LDP president", "2018-09", "held", result="Abe won a third consecutive term"),
        "okinawa_governor_2018": E("Okinawa governor", "2018-09", "held", result="Tamaki Denny"),
        "upper_house_2022": E("Upper House", "2022-07", "upcoming", note="Table 1: 'July 2022 | Half of Upper House seats up for election'"),
    },
    "events": {
        "abe_address_to_congress": EV("Abe addresses a joint meeting of Congress", "2015-04-29", "held"),
        "first_negotiating_round": EV("Formal U.S.-Japan trade talks open in Washington", "2019-04", "held"),
        "section232_autos_proclamation": EV("Section 232 proclamation on auto imports", "2019-05", "held"),
        "stage_one_deal_finalized": EV("Trump and Abe declare the first-stage talks complete in New York", "2019-09-25", "held"),
    },
    "notes": "Traps: 'Tokyo hosts the Summer Olympics from July 24'; 'since December 2012' and 'a record of 2,886 days set more than a century ago' (tenure, not a count fact); 'whom he has met in person more than a dozen times'; 'Trump's state visit last May' (not the Section 232 proclamation); 'superseded in 1960 by the present Treaty' and 'whose sixtieth anniversary ... on January 19' (not the alliance year); 'at some 85 facilities' (a count of bases beside the troops); 'an average of ¥189 billion annually' (yen, not the dollar fact); 'due to lapse at the end of March 2021' (expiry, not the agreement date); 'the true burden is more than twice that' (a broader claim); 'as much as $8 billion a year, over four times the present level' (a demand); 'formal negotiations on a new SMA are expected to start in the spring'; 'raised defense spending eight years in a row'; 'a record ¥5.31 trillion, roughly 0.9% of GDP' (the budget's share, not the limit); 'formally lifted in 1987'; 'the 2% benchmark that NATO allies have pledged' (no Japanese goal); 'about 9,000 Marines are to leave Okinawa' (total leaving) and '2,700 ... Hawaii, respectively' (not Guam); 'The first moves are not expected until the mid-2020s' (none in Guam); 'seven of every ten voters in a nonbinding referendum' (not an Okinawa share); 'nearly triple the project's cost, to about ¥930 billion'; 'has won six consecutive national elections'; 'half of that chamber's seats were contested' and 'short of the two-thirds needed to initiate an amendment' (thresholds); 'a third consecutive three-year term' and 'Party rules do not allow a fourth'; 'expected to end in September 2021' and Table 1's 'Sept. 2021 | Abe's term as LDP president ends' (a term end, not an election); 'approval ratings fell to roughly 40%'; Table 1's 'Mar. 31, 2021 | Current SMA expires', 'July 24-Aug. 9, 2020' and 'Spring 2020 | Xi Jinping state visit' (other dates); 'Barring an early dissolution' (speculation, not listed); 'The resulting U.S. goods deficit of $67.6 billion was the fourth-largest' (deficit rank, no IF10199 fact); 'a surplus of close to $10 billion' (services); Figure 1 (goods trade 2014-2018, $ billions, ticks 0-160, no values); 'Negotiators signed two agreements on October 7' (IF11120 facts, not catalogued here); '$7.2 billion of U.S. farm goods', 'from 38.5% to 26.6% on January 1 and is to reach 9% by FY2033'; 'the tariff of up to 25% ... was never imposed'; 'against China's $1.09 trillion'; 'an annualized 1.8% in the July-September quarter' and 'from 8% to 10%'; 'a ¥26 trillion economic package and a ¥4.5 trillion supplementary budget for FY2019, which the Diet ... is expected to pass' (pending, not the latest enacted); 'in session since January 20'; 'first formal talks in 15 months', 'President Moon Jae-in' (another country's leader); 'Xi Jinping ... the first by a Chinese leader since 2008'; 'the group's foreign ministers met together for the first time' (a ministerial meeting, no leader-level Quad count). PDF options: curly quotes, NBSP, hyphenated line ends (interleaved text only).",
}
