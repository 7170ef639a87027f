from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "OC1-IF10199-2021-02", "fresh34", "IF10199", 39
LAYOUTS = ["layout", "pdf"]
PDF_OPTS = ["lig", "quotes", "hyph"]
CHART = {"unit": "% approving", "ymax": 80, "ticks": [0, 20, 40, 60, 80],
         "series": ["Cabinet approval"],
         "bars": {"Oct. 2020": (62,), "Nov. 2020": (57,), "Dec. 2020": (42,), "Jan. 2021": (35,), "Feb. 2021": (38,)}}

MD = """
U.S.-Japan Relations

Updated February 23, 2021

## Overview

Japan enters the Biden era under a prime minister who has held the post for barely five months. Suga Yoshihide, who spent nearly eight years as chief cabinet secretary to his predecessor, was chosen to lead the Liberal Democratic Party (LDP) on September 14, 2020; the Diet confirmed him as premier two days later. That predecessor, Abe Shinzo, whose address to a joint meeting of Congress in April 2015 was the first ever given by a Japanese head of government, stepped down last August, citing ill health.

In their first telephone conversation, on January 28, the premier and the new President, Joe Biden, agreed that Article 5 of the 1960 security treaty applies to the Senkaku Islands, which China also claims. Tokyo said afterward that the two had promised to meet in person "at an early date," and Japanese officials have told reporters that they hope the premier will be the first foreign leader whom Biden receives at the White House.

At home, Suga's standing has slipped. Cabinet approval, which stood above 60% in several polls when he took office, fell below 40% in January (Figure 1), after a third wave of COVID-19 infections led the government to declare a state of emergency in Tokyo and ten other prefectures. The Tokyo Olympics, which organizers postponed by a year last March, are now to open on July 23; the organizing committee said this month that spectators from abroad might be barred.

**Figure 1. Suga Cabinet Approval, October 2020-February 2021**

Source: CRS, from averages of published media polls. February 2021 partial.

## The Alliance

It was in 1951 that the two countries became allies by treaty, six years after the Pacific War ended; the text now in force, signed in 1960, commits Washington to defend territory under Japan's administration. Japan hosts the largest forward-deployed U.S. force in the world, which the Pentagon says numbers some 55,000 personnel, as well as the only U.S. aircraft carrier homeported abroad. South Korea, by comparison, hosts about 28,500.

Under a cost-sharing accord known as the Special Measures Agreement (SMA), Tokyo pays close to $2 billion a year toward the expense of keeping those forces in Japan. The current SMA, which the two governments signed in January 2016, had been due to lapse at the end of March. Rather than conclude a new multiyear pact during a U.S. presidential transition, they agreed on February 17 to extend its terms for one year, a step the Diet must still approve. The previous Administration had reportedly asked Japan to pay as much as $8 billion annually.

## Okinawa

The prefecture that bears the heaviest share of the U.S. presence is Okinawa. Although it makes up less than 1% of the nation's land, it hosts roughly one-quarter of all facilities used by U.S. forces in Japan, and more than half of the U.S. military personnel in the country are stationed there. Governor Tamaki Denny, who won office in September 2018 on a promise to stop the construction of a replacement Marine air station at Henoko, says the project ignores local opinion; the defense ministry, which now estimates its cost at ¥930 billion, expects the new runway to be usable in the mid-2030s.

Under a 2012 bilateral plan, about 9,000 Marines are to leave the island. Of those, approximately 4,000 will move to Guam, where the transfer is scheduled to begin in 2024.

## Defense

The FY2021 defense budget, which the cabinet approved in December, comes to a record ¥5.34 trillion (about $51 billion), the ninth increase in a row. Spending nonetheless remains close to 1% of gross domestic product (GDP), the level successive governments have observed since the 1970s as an informal ceiling. Some LDP lawmakers have urged the government to work toward 2%, the benchmark NATO sets for its members, but the cabinet has adopted no such goal. Last June the then-defense minister, Kono Taro, halted plans to deploy two Aegis Ashore missile-defense batteries; in December the cabinet decided to build two Aegis-equipped destroyers instead, and it put off a decision on whether Japan should acquire the ability to strike missile bases on enemy territory.

## Politics

The LDP governs in coalition with Komeito, a smaller party backed by a lay Buddhist organization. The two parties, which have controlled roughly two-thirds of the seats in the lower chamber since the October 2017 election, also hold nearly three-fifths of the House of Councillors; the upper chamber's most recent half-term election, in July 2019, cost them a handful of seats.

Two contests loom. Suga's term as party president, which he inherited from Abe, expires at the end of September, so an LDP leadership election is due that month. The lower chamber's four-year term runs out in October; a general election must therefore be held no later than that month. Several senior party figures have said the premier would be wise to call it after the Olympics rather than before.

## Trade and Investment

Measured by goods trade, Japan ranked fourth among U.S. partners in 2020, a year in which the pandemic shrank commerce in both directions. It also came fourth on both of the other lists, as a market for U.S. goods and as a supplier of them. U.S. exports to Japan and imports from it came to $64.1 billion and $119.5 billion, respectively, each well below the 2019 level (Table 1).

Table 1. U.S. Goods Trade with Japan, 2018-2020 ($ billions)

| | 2018 | 2019 | 2020 |
| --- | --- | --- | --- |
| U.S. exports | 75.0 | 74.7 | 64.1 |
| U.S. imports | 142.6 | 143.6 | 119.5 |
| Balance | -67.6 | -68.9 | -55.4 |

Source: U.S. Census Bureau.

Japanese companies, whose U.S. direct investment position reached $619 billion at the end of 2019, have overtaken their British counterparts to become the largest foreign investors in the United States. Japan is likewise the biggest foreign holder of U.S. Treasury securities: the Treasury Department reports that it held $1.26 trillion in December, against China's $1.06 trillion. The limited trade agreement and the digital trade agreement that took effect at the start of 2020 lowered Japanese tariffs on some U.S. farm goods; talks on a broader deal have not resumed, and the new Administration has said it is reviewing its trade policy.

## Economy

Japan's economy contracted by 4.8% in 2020, its first annual decline since 2009, according to preliminary figures the Cabinet Office released last week. Growth in 2019 had been a slim 0.3%. The final quarter of 2020 brought a partial rebound, at an annualized rate of 12.7%.

To pay for the pandemic response, the Diet on January 28 enacted the fiscal year's third supplementary budget, of ¥21.8 trillion (roughly $208 billion). The two earlier ones, passed last April and June, had together added some ¥57.6 trillion.

In October, the premier told the Diet that Japan would aim to reach net-zero greenhouse gas emissions by 2050. The pledge that Tokyo has registered under the Paris Agreement, which it reaffirmed last March, is a 26% reduction by FY2030 from FY2013 levels; officials have said it will be raised before November's climate conference in Glasgow.

## Regional Diplomacy

The premier chose Vietnam and Indonesia for his first trip abroad, in October. That same month Tokyo hosted the foreign ministers of Australia, India, and the United States for the second ministerial meeting of the Quad, a grouping that Biden's national security adviser has called a foundation for U.S. policy in the region; a first meeting of the four leaders is under discussion. Ties with South Korea remain strained: a Seoul court in January ordered Japan to pay 100 million won to each of twelve women who were forced into wartime sexual servitude, a ruling Tokyo rejects. China's coast guard, which a law in effect since February 1 authorizes to use weapons against foreign vessels, continues to patrol near the Senkakus.

**Emma Chanlett-Avery**, Coordinator, Specialist in Asian Affairs

**Mark E. Manyin**, Specialist in Asian Affairs

**Brock R. Williams**, Specialist in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Suga", "Yoshihide", "Suga Yoshihide", note="family name first; chosen LDP leader September 14, 2020, confirmed premier two days later"),
        "leaders.us_president": P("Biden", "Joe", "the new President, Joe Biden", note="name in an appositive after a role noun"),
        "alliance.treaty_ally_since": F(1951, as_written="It was in 1951 that the two countries became allies by treaty", note="cleft sentence; 1960 (the present text) is a trap"),
        "alliance.us_troops_in_japan": F(55000, "about", as_written="the largest forward-deployed U.S. force in the world, which the Pentagon says numbers some 55,000 personnel"),
        "alliance.host_nation_support_per_year": F(2000000000, "nearly", per="year", as_written="Tokyo pays close to $2 billion a year toward the expense of keeping those forces in Japan"),
        "alliance.host_nation_support_agreement": D("2021-02-17", as_written="they agreed on February 17 to extend its terms for one year", note="the one-year extension of the 2016 SMA (year from the cover); January 2016 is the signing of the SMA being extended"),
        "alliance.okinawa_share_of_usfj_facilities": F(25, "about", as_written="it hosts roughly one-quarter of all facilities used by U.S. forces in Japan", note="fraction in words; all-facilities basis"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="more than half of the U.S. military personnel in the country are stationed there"),
        "alliance.okinawa_share_of_land_area": F(1, "under", as_written="Although it makes up less than 1% of the nation's land"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="Of those, approximately 4,000 will move to Guam", note="'those' = the 9,000 leaving Okinawa"),
        "defense.traditional_limit_pct_gdp": F(1, as_written="close to 1% of gross domestic product (GDP), the level successive governments have observed since the 1970s as an informal ceiling", note="'close to' hedges current spending, not the ceiling"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="The LDP governs in coalition with Komeito"),
        "politics.lower_house_coalition_share": F(67, "about", as_written="which have controlled roughly two-thirds of the seats in the lower chamber", note="fraction in words, rounded whole percent"),
        "politics.upper_house_coalition_share": F(60, "nearly", as_written="also hold nearly three-fifths of the House of Councillors", note="fraction in words"),
        "politics.next_diet_election_due": F(2021, as_written="a general election must therefore be held no later than that month", note="the Lower House election due by October 2021 is the earliest national election stated"),
        "politics.lower_house_election_due": D("2021-10", as_written="The lower chamber's four-year term runs out in October; a general election must therefore be held no later than that month", note="month carried into the second clause; year from the cover"),
        "trade.overall_partner_rank": F(4, period="2020", as_written="Measured by goods trade, Japan ranked fourth among U.S. partners in 2020"),
        "trade.export_partner_rank": F(4, period="2020", as_written="It also came fourth on both of the other lists, as a market for U.S. goods", note="subject and year carried from the sentence before"),
        "trade.import_partner_rank": F(4, period="2020", as_written="and as a supplier of them"),
        "trade.us_exports_to_japan": F(64100000000, period="2020", as_written="U.S. exports to Japan and imports from it came to $64.1 billion and $119.5 billion, respectively", note="goods; also Table 1's 2020 column"),
        "trade.us_imports_from_japan": F(119500000000, period="2020", as_written="U.S. exports to Japan and imports from it came to $64.1 billion and $119.5 billion, respectively", note="goods; also Table 1's 2020 column"),
        "trade.fdi_source_rank": F(1, as_written="have overtaken their British counterparts to become the largest foreign investors in the United States", note="the $619 billion end-2019 position is no IF10199 fact"),
        "trade.treasury_holder_rank": F(1, period="2020-12", as_written="Japan is likewise the biggest foreign holder of U.S. Treasury securities", note="'in December' from a February 2021 cover is December 2020"),
        "economy.gdp_growth": GDP(y2020=-4.8, y2019=0.3),
        "economy.supplementary_budget": F(208000000000, "about", period="2021-01-28", as_written="the Diet on January 28 enacted the fiscal year's third supplementary budget, of ¥21.8 trillion (roughly $208 billion)"),
        "economy.emissions_cut_target": F(26, by="FY2030", baseline="FY2013", as_written="is a 26% reduction by FY2030 from FY2013 levels", note="the 2050 net-zero aim and the promised raise are traps"),
    },
    "elections": {
        "ldp_president_2020": E("LDP president", "2020-09-14", "held", result="Suga Yoshihide chosen"),
        "ldp_president_2021": E("LDP president", "2021-09", "upcoming", note="Suga's term expires at the end of September"),
        "lower_house_2017": E("Lower House", "2017-10", "held", result="coalition roughly two-thirds of seats"),
        "lower_house_2021": E("Lower House", "2021-10", "upcoming", note="must be held no later than October 2021"),
        "upper_house_2019": E("Upper House", "2019-07", "held", result="coalition lost a handful of seats; holds nearly three-fifths"),
        "okinawa_governor_2018": E("Okinawa governor", "2018-09", "held", result="Tamaki Denny won"),
    },
    "events": {
        "abe_address_to_congress": EV("Abe addresses a joint meeting of Congress", "2015-04", "held"),
    },
    "notes": "Traps: 'was chosen to lead the Liberal Democratic Party (LDP) on September 14, 2020; the Diet confirmed him as premier two days later'; 'That predecessor, Abe Shinzo' (former PM) and 'stepped down last August'; 'on January 28' (phone call); 'Article 5 of the 1960 security treaty' and 'the text now in force, signed in 1960' (not the treaty-ally year); 'six years after the Pacific War ended'; 'the first foreign leader whom Biden receives' (planned); 'stood above 60% in several polls' and 'fell below 40% in January' (approval, not seat shares); 'Tokyo and ten other prefectures'; 'are now to open on July 23' (Olympics); Figure 1 (approval %, ticks 0-80, month labels, no values; PDF/layout only); 'South Korea, by comparison, hosts about 28,500' (another country); 'which the two governments signed in January 2016' and 'due to lapse at the end of March' (the SMA being extended, not the latest agreement); 'as much as $8 billion annually' (a past U.S. demand); 'who won office in September 2018'; 'estimates its cost at ¥930 billion' and 'usable in the mid-2030s'; 'about 9,000 Marines are to leave the island' (total leaving, not Guam) and 'Under a 2012 bilateral plan'; 'scheduled to begin in 2024'; '¥5.34 trillion (about $51 billion), the ninth increase in a row' (budget); 'since the 1970s'; 'urged the government to work toward 2%, the benchmark NATO sets' (proposed; no spending goal adopted, so defense.spending_goal_pct_gdp not stated); 'two Aegis Ashore missile-defense batteries', 'two Aegis-equipped destroyers'; 'expires at the end of September, so an LDP leadership election is due that month' (a party vote, not the Diet deadline); 'in July 2019, cost them a handful of seats'; 'each well below the 2019 level' and Table 1's 2018 and 2019 columns and balance row (past years; the deficit is no IF10199 fact); 'reached $619 billion at the end of 2019' (FDI stock, no IF10199 fact); 'against China's $1.06 trillion' (another holder) and '$1.26 trillion in December'; 'took effect at the start of 2020' (agreements, no IF10199 fact); 'its first annual decline since 2009'; 'at an annualized rate of 12.7%' (a quarter); 'The two earlier ones, passed last April and June, had together added some ¥57.6 trillion' (earlier supplementary budgets); 'net-zero greenhouse gas emissions by 2050' and 'will be raised before November's climate conference' (future target); 'the second ministerial meeting of the Quad' (ministers, not leaders; no leader meeting held, so diplomacy.quad_leader_meetings not stated) and 'a first meeting of the four leaders is under discussion' (planned); '100 million won to each of twelve women'; 'a law in effect since February 1'. PDF: ligatures, curly quotes, hyphenated line ends; layout: pdftotext -layout runs the two columns side by side, Table 1 and the boxed Figure 1 among them.",
}
