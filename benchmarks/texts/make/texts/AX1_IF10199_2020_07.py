from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "AX1-IF10199-2020-07", "fresh20", "IF10199", 38
LAYOUTS = ["html", "layout"]
PDF_OPTS = ["lig", "quotes", "hyph"]
SIDEBAR = "Cost-Sharing Agreements at a Glance"

MD = """
U.S.-Japan Relations

Updated July 28, 2020

## Overview

Abe Shinzo, prime minister since December 2012, is steering Japan through a pandemic, a recession, and an ally in Washington that wants Tokyo to pay more for the U.S. military presence. He and President Donald Trump have not met in person since the September 2019 session of the U.N. General Assembly, where they declared the first stage of a bilateral trade deal complete. The Tokyo Olympics, postponed in March, are now to open on July 23, 2021. Abe, who in the spring of 2015 became the first Japanese leader to address a joint meeting of Congress, has made the alliance the center of his foreign policy; the questions for Congress are how far that continues under his successor and how the two governments settle their cost-sharing dispute.

## The Alliance

Allies for close to seven decades, the two countries signed their first security treaty in 1951 and revised it in 1960. U.S. forces in Japan number somewhere above 50,000, the largest contingent the U.S. military keeps in any foreign country. Tokyo also covers part of the cost of keeping them there. Under the Special Measures Agreement (SMA) now in force, Japan pays an average of ¥189.3 billion a year, fractionally under $1.8 billion at current rates, toward base workers' wages, utilities, and the relocation of training. That agreement lapses on March 31, 2021. Talks on a successor have not formally begun, and former National Security Advisor John Bolton has written that the President sought $8 billion a year, roughly four times the current level.

## Cost-Sharing Agreements at a Glance

Since 1987 Japan has funded a share of U.S. basing costs through successive SMAs, each approved by the Diet.

Table 1. Special Measures Agreements, FY2008-FY2020

| Fiscal years | Signed | ¥ bn/yr | Status |
| --- | --- | --- | --- |
| FY2008-FY2010 | Jan. 2008 | 140.2 | expired |
| FY2011-FY2015 | Jan. 2011 | 188.1 | expired |
| FY2016-FY2020 | Jan. 2016 | 189.3 | current |

## Okinawa

Smaller than 1% of Japan's land area, Okinawa Prefecture nonetheless holds seven-tenths of the land reserved for the exclusive use of U.S. forces, and most of the U.S. military personnel in Japan are based there. Local opposition centers on the plan to replace Marine Corps Air Station Futenma with a new runway at Henoko. Governor Tamaki Denny, elected in September 2018 on a pledge to stop the project, has fought it in court; in a February 2019 referendum, 72% of voters opposed the landfill. A 2012 bilateral plan calls for about 9,000 Marines to leave the island. Guam is to receive roughly 4,000 of them, though not before the mid-2020s.

## Defense Policy

Defense spending has seldom crossed the 1%-of-GDP line that the cabinet of Miki Takeo drew in 1976, and the FY2020 budget, a record ¥5.31 trillion, stays beneath it. Tokyo has adopted no higher target, despite U.S. calls on allies to spend 2%. On June 15, Defense Minister Kono Taro halted the planned deployment of two Aegis Ashore missile-defense batteries, citing the risk that booster stages could fall on homes; the National Security Council dropped the plan on June 24 after some ¥180 billion had been committed. LDP lawmakers are now debating whether Japan should acquire the ability to strike missile bases abroad.

## Domestic Politics

The Liberal Democratic Party (LDP) governs in coalition with its junior partner, Komeito. In the House of Representatives, elected in October 2017, the two parties hold roughly two seats in three. Their House of Councillors position is thinner: 141 of 245 seats, or 57.6%, three points lower than before the July 2019 election.

The lower chamber's four-year term runs out in October 2021, so a general election must come by then, sooner if Abe dissolves the chamber, as some in the LDP have urged. The next House of Councillors election is not due until the summer of 2022. Abe cannot seek a fourth term as LDP president; when his third ends in September 2021, party lawmakers and members will vote on a successor. Cabinet approval has sagged below 40% in several polls, amid criticism of the pandemic response and the June 18 arrest of former Justice Minister Kawai Katsuyuki and his wife on vote-buying charges. On July 5, Tokyo voters gave Governor Koike Yuriko a second term.

## Trade and Investment

Japan's place among U.S. trading partners in 2019 was the same as in 2018: fourth. Its standing differed by direction of trade: as a customer for U.S. goods and services, fifth (U.S. exports to Japan: $124.3 billion); as a supplier, fourth (U.S. imports from Japan: $179.3 billion).

Figures the Commerce Department released on July 23 put Japanese companies' direct investment position in the United States at $619.3 billion at the end of 2019, enough to displace the United Kingdom as the top source of foreign direct investment. Japan also heads the list of foreign holders of U.S. Treasury securities, with $1.26 trillion in May, a spot it took back from China in mid-2019.

The U.S.-Japan Trade Agreement, in force since January 1, 2020, cut Japanese tariffs on about $7.2 billion of U.S. farm exports. A second stage of talks, meant to begin within four months of that date, has not started. Section 232 tariffs on Japanese autos, threatened in 2019, have not been imposed.

## Economy

After growth of 0.3% in 2018, real GDP rose 0.7% in 2019. Output then contracted at an annualized 2.2% in the first quarter of 2020, and private forecasters expect a drop of more than 20% in the second. Supplementary budgets of ¥25.7 trillion and ¥31.9 trillion (about $240 billion and $297 billion) were enacted on April 30 and June 12, respectively; with earlier measures, they underpin a package the government values at more than ¥230 trillion. In March, Japan resubmitted its Paris Agreement pledge unchanged: a 26% cut in greenhouse gas emissions by FY2030 from FY2013 levels.

## Regional Relations

Ties with China, which had warmed before Xi Jinping's planned spring state visit was put off in March, have cooled. Beijing's national security law for Hong Kong, imposed on June 30, drew a G-7 statement of concern that Japan helped draft, and Chinese government ships have been seen near the Senkaku Islands every day since mid-April. Relations with South Korea remain strained over wartime labor rulings and Japan's 2019 export controls. Tokyo hopes to host the foreign ministers of the Quad (Australia, India, Japan, and the United States) this fall.

**Emma Chanlett-Avery**, Coordinator, Specialist in Asian Affairs

**Mark E. Manyin**, Specialist in Asian Affairs

**Brock R. Williams**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Abe", "Shinzo", "Abe Shinzo, prime minister since December 2012"),
        "leaders.us_president": P("Trump", "Donald", "President Donald Trump"),
        "alliance.treaty_ally_since": F(1951, as_written="Allies for close to seven decades, the two countries signed their first security treaty in 1951 and revised it in 1960"),
        "alliance.us_troops_in_japan": F(50000, "over", as_written="U.S. forces in Japan number somewhere above 50,000"),
        "alliance.host_nation_support_per_year": F(1800000000, "under", per="year", as_written="Japan pays an average of ¥189.3 billion a year, fractionally under $1.8 billion at current rates"),
        "alliance.host_nation_support_agreement": D("2016-01", as_written="Table 1 row 'FY2016-FY2020 | Jan. 2016 | 189.3 | current'", note="only in the sidebar table (html aside; PDF an ordinary section)"),
        "alliance.okinawa_share_of_land_area": F(1, "under", as_written="Smaller than 1% of Japan's land area, Okinawa Prefecture"),
        "alliance.okinawa_share_of_usfj_facilities": F(70, as_written="holds seven-tenths of the land reserved for the exclusive use of U.S. forces", note="exclusive-use basis; fraction in words = rounded whole percent, no hedge"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="and most of the U.S. military personnel in Japan are based there", note="'most' = a majority, over 50"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="Guam is to receive roughly 4,000 of them", note="'them' = the 9,000 Marines of the sentence before"),
        "defense.traditional_limit_pct_gdp": F(1, as_written="the 1%-of-GDP line that the cabinet of Miki Takeo drew in 1976"),
        "politics.ruling_coalition": F(["LDP", "Komeito"]),
        "politics.lower_house_coalition_share": F(67, "about", as_written="the two parties hold roughly two seats in three", note="fraction in words = rounded whole percent"),
        "politics.upper_house_coalition_share": F(57.6, as_written="141 of 245 seats, or 57.6%", note="'three points lower than before the July 2019 election' gives no earlier share as a number: no previous"),
        "politics.next_diet_election_due": F(2021, as_written="The lower chamber's four-year term runs out in October 2021, so a general election must come by then"),
        "politics.lower_house_election_due": D("2021-10", as_written="The lower chamber's four-year term runs out in October 2021, so a general election must come by then"),
        "trade.overall_partner_rank": F(4, period="2019", as_written="Japan's place among U.S. trading partners in 2019 was the same as in 2018: fourth"),
        "trade.export_partner_rank": F(5, period="2019", as_written="as a customer for U.S. goods and services, fifth"),
        "trade.import_partner_rank": F(4, period="2019", as_written="as a supplier, fourth"),
        "trade.us_exports_to_japan": F(124300000000, period="2019", as_written="(U.S. exports to Japan: $124.3 billion)"),
        "trade.us_imports_from_japan": F(179300000000, period="2019", as_written="(U.S. imports from Japan: $179.3 billion)"),
        "trade.fdi_source_rank": F(1, period="2019", as_written="enough to displace the United Kingdom as the top source of foreign direct investment"),
        "trade.treasury_holder_rank": F(1, period="2020-05", as_written="Japan also heads the list of foreign holders of U.S. Treasury securities, with $1.26 trillion in May"),
        "economy.gdp_growth": GDP(y2019=0.7, y2018=0.3),
        "economy.supplementary_budget": F(297000000000, "about", period="2020-06", as_written="Supplementary budgets of ¥25.7 trillion and ¥31.9 trillion (about $240 billion and $297 billion) were enacted on April 30 and June 12, respectively", note="the later of the pair, matched by 'respectively'"),
        "economy.emissions_cut_target": F(26, by="2030", baseline="2013", as_written="a 26% cut in greenhouse gas emissions by FY2030 from FY2013 levels"),
    },
    "elections": {
        "okinawa_governor_2018": E("Okinawa governor", "2018-09", "held", note="Governor Tamaki Denny, elected in September 2018"),
        "lower_house_2017": E("Lower House", "2017-10", "held", result="coalition holds roughly two seats in three"),
        "upper_house_2019": E("Upper House", "2019-07", "held", result="coalition 141 of 245 seats, 57.6%"),
        "lower_house_2021": E("Lower House", "2021-10", "upcoming", note="term runs out in October 2021; election must come by then (15 months away)"),
        "upper_house_2022": E("Upper House", "2022", "upcoming", note="'not due until the summer of 2022' (year precision)"),
        "ldp_president_2021": E("LDP president", "2021-09", "upcoming", note="Abe's third term ends; lawmakers and members will vote on a successor"),
    },
    "events": {
        "stage_one_deal_finalized": EV("Trump and Abe declared the first stage of a bilateral trade deal complete at the U.N. General Assembly", "2019-09", "held"),
        "abe_address_to_congress": EV("Abe addressed a joint meeting of Congress", "2015", "held"),
    },
    "notes": "Traps: 'prime minister since December 2012' (a start date); 'have not met in person since the September 2019 session' (the event's month, not a meeting fact); 'are now to open on July 23, 2021' (Olympics); 'in the spring of 2015' (event at year precision); 'Allies for close to seven decades' (a duration) and 'revised it in 1960'; 'the largest contingent the U.S. military keeps in any foreign country' (no rank fact); 'an average of ¥189.3 billion a year' (yen); 'lapses on March 31, 2021' (expiry, not the agreement date); 'the President sought $8 billion a year, roughly four times the current level' (a demand; a ratio); sidebar 'Since 1987' and Table 1's expired rows 'Jan. 2008' / 'Jan. 2011' and yen column '140.2' / '188.1' / '189.3'; 'in a February 2019 referendum, 72% of voters opposed'; 'about 9,000 Marines to leave the island' (total leaving, not Guam) and 'not before the mid-2020s' (none moved); 'A 2012 bilateral plan'; 'drew in 1976'; 'the FY2020 budget, a record ¥5.31 trillion'; 'despite U.S. calls on allies to spend 2%' (no Japanese goal); 'On June 15' / 'on June 24' / 'some ¥180 billion' (Aegis Ashore); 'three points lower than before the July 2019 election' (a difference, not a share); 'sooner if Abe dissolves the chamber' (speculation, not listed); 'Abe cannot seek a fourth term'; 'Cabinet approval has sagged below 40%'; 'the June 18 arrest'; 'On July 5, Tokyo voters gave Governor Koike Yuriko a second term' (local, not listed); 'was the same as in 2018' (past rank); 'released on July 23' and '$619.3 billion' (an IF11120 amount, no IF10199 fact); '$1.26 trillion'; 'a spot it took back from China in mid-2019'; 'in force since January 1, 2020' and 'about $7.2 billion' (IF11120 facts) and 'within four months'; 'Section 232 tariffs on Japanese autos, threatened in 2019, have not been imposed' (no tariff); 'contracted at an annualized 2.2% in the first quarter of 2020' and 'a drop of more than 20% in the second' (quarters, forecast); '¥25.7 trillion' / 'about $240 billion' / 'April 30' (the earlier budget) and 'more than ¥230 trillion' (package); 'In March, Japan resubmitted' (not a new target); 'put off in March', 'imposed on June 30', 'every day since mid-April' (China); the Quad foreign ministers' meeting hoped for 'this fall' (no leaders' count); html sidebar 'Cost-Sharing Agreements at a Glance' (Table 1); layout text with PDF ligatures, curly quotes and hyphenated line ends",
}
