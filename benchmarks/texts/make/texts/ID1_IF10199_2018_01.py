from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "ID1-IF10199-2018-01", "fresh28", "IF10199", 31
LAYOUTS = ["html", "layout"]
PDF_OPTS = ["lig", "quotes", "hyph"]
SIDEBAR = "Okinawa Basing Issues"
CHART = {"unit": "¥ trillions", "ymax": 6, "ticks": [0, 1, 2, 3, 4, 5, 6],
         "series": ["Initial defense budget"],
         "bars": {"FY2014": (4.88,), "FY2015": (4.98,), "FY2016": (5.05,), "FY2017": (5.13,), "FY2018": (5.19,)}}

MD = """
U.S.-Japan Relations

Updated January 24, 2018

## Overview

Japan, an ally of the United States by treaty since 1951 and the world's third-largest economy, anchors the U.S. military presence in East Asia. Relations at the top have been unusually warm. Prime Minister Shinzo Abe, who in April 2015 became the first Japanese leader ever invited to speak to a joint meeting of Congress, was also the first foreign head of government to call on Donald Trump after the 2016 election, and the two men have since met or talked by phone more than 20 times. President Trump spent three days in Tokyo last November, the opening stop of a 12-day Asian tour.

North Korea dominates the agenda. Pyongyang conducted its sixth nuclear test in September 2017 and launched roughly 16 missiles during the year (two of them over the northern island of Hokkaido), and Tokyo has backed Washington's "maximum pressure" campaign. Trade is the sorer point: the Administration took the United States out of the Trans-Pacific Partnership (TPP) in its first week in office, and Japan has since led the eleven remaining countries to a smaller pact, while resisting U.S. calls for a bilateral trade deal.

## Japan's Domestic Politics

Abe's decision to dissolve the House of Representatives (the Lower House) more than a year early paid off. In the October 22, 2017, election his Liberal Democratic Party (LDP) and its junior partner, the Komeito, kept 313 of the chamber's 465 seats, a total that works out to just over two-thirds and preserves the supermajority needed to initiate constitutional revision. The largest opposition party had split apart weeks before the vote. In the House of Councillors (the Upper House), where the coalition gained ground in the July 2016 election, the two parties control somewhat more than three-fifths of the 242 seats.

No nationwide ballot is due until July of next year, when half of the Upper House's members will be elected. Lower House members chosen last fall serve until October 2021 unless the chamber is dissolved sooner. Abe, who returned to the premiership in December 2012, faces a nearer test inside his own party: the LDP will pick its president in September 2018, and a win would give him a third three-year term and a chance to become Japan's longest-serving postwar leader.

## The Alliance

The U.S. military presence in Japan, which numbers approximately 54,000 personnel, is the largest the United States keeps in any foreign country; Germany hosts some 35,000 U.S. troops and South Korea about 28,500. The 7th Fleet, including the only U.S. aircraft carrier homeported abroad, is based at Yokosuka.

Tokyo bears a large share of the cost. Under the five-year cost-sharing accord that the two governments signed in January 2016, which runs through March 2021, Japan pays about ¥189 billion (roughly $1.7 billion) a year toward the upkeep of U.S. bases. As a candidate, Trump had suggested that Japan should pay 100% of those costs; as President he has not repeated that demand.

Japan's own defense budget has grown for six straight years, to a record ¥5.19 trillion in the FY2018 request that the cabinet approved in December (Figure 1). Spending nonetheless remains under the informal limit of 1% of gross domestic product (GDP) that successive governments have observed since 1976. NATO members, by contrast, are committed to move toward 2% of GDP; Tokyo has adopted no comparable target. In December the cabinet also approved the purchase of two Aegis Ashore missile-defense batteries, at an expected cost of some $2 billion.

**Figure 1. Japan's Defense Budget, FY2014-FY2018**

Source: Japan Ministry of Defense. Initial budgets; FY2018 as requested.

## Okinawa Basing Issues

Okinawa, whose islands make up less than 1% of Japan's land area, holds roughly one in four of all the facilities used by U.S. forces in Japan. More than half of the U.S. military personnel in the country are stationed on it, most of them Marines. Under a 2012 realignment plan, about 9,000 Marines are to be moved off the island, of whom some 4,000 are headed to Guam, starting in the mid-2020s.

The plan's centerpiece, a runway at Henoko to replace Marine Corps Air Station Futenma, is opposed by Governor Takeshi Onaga, who won office in November 2014 on that issue; seawall construction nonetheless began in April 2017. Residents of Nago, the city where the Henoko site lies, elect a mayor on February 4.

## Economic and Trade Relations

In 2016 the United States traded more goods with only three countries (China, Canada, and Mexico) than with Japan, which also stood fourth both as a buyer of U.S. goods and as a supplier of U.S. imports. U.S. goods exports to Japan, $63.3 billion that year, came to less than half the $132.2 billion in goods the United States bought from Japan (Table 1).

Table 1. U.S. Goods Trade with Japan ($ billions)

| Year | U.S. exports | U.S. imports | Balance |
| --- | --- | --- | --- |
| 2014 | 66.8 | 134.0 | -67.2 |
| 2015 | 62.4 | 131.4 | -69.0 |
| 2016 | 63.3 | 132.2 | -68.9 |

Source: U.S. Census Bureau. Data for full-year 2017 are due in February.

President Trump has singled out the bilateral goods deficit, the second-largest after the one with China in 2016, and the market for automobiles, in which U.S. brands account for well under 1% of new-car sales in Japan. An economic dialogue launched in April 2017 by Vice President Mike Pence and Deputy Prime Minister Taro Aso has met twice without settling either issue.

Investment flows run the other way. Japanese companies, whose direct investment in the United States stood at $421 billion at the end of 2016, were the second-largest foreign direct investors in the country that year, after firms from the United Kingdom. Japan's holdings of U.S. Treasury securities ($1.08 trillion in November 2017) were second only to China's ($1.18 trillion).

## Japan's Economy

Abe's program of monetary easing, fiscal stimulus, and structural reform, known as "Abenomics," has coincided with a modest recovery. Real GDP grew 1.0% in 2016, down from 1.4% the year before; the July-September 2017 quarter, in which output rose at an annualized 2.5%, was the seventh consecutive quarter of growth. Inflation remains well short of the Bank of Japan's 2% target. On December 22 the cabinet adopted a supplementary budget of ¥2.9 trillion (about $26 billion) for the current fiscal year, alongside a ¥97.7 trillion budget for FY2018; both go to the Diet this week.

Japan remains in the 2015 climate accord, from which President Trump announced in June 2017 that the United States would withdraw. Its pledge under that accord is to reduce greenhouse gas emissions 26% below FY2013 levels by FY2030.

## Regional Relations

Japan's ties with South Korea have been strained since President Moon Jae-in's government concluded, in late December, that the two countries' December 2015 deal on the "comfort women" issue had failed to meet victims' needs. Abe and Chinese President Xi Jinping, meeting in Da Nang in November, agreed to work toward a three-way summit with South Korea. In Manila the same month, officials from Japan, the United States, Australia, and India met in a four-way format for the first time in a decade, reviving what is sometimes called the "Quad."

## Issues for Congress

- oversight of U.S. and Japanese missile-defense cooperation against North Korea;
- whether to seek a bilateral free trade agreement or rejoin a regional pact;
- the pace and cost of the Marine realignment to Guam.

**Emma Chanlett-Avery**, Coordinator, Specialist in Asian Affairs

**Mark E. Manyin**, Specialist in Asian Affairs

**Brock R. Williams**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Abe", "Shinzo", "Prime Minister Shinzo Abe", note="given name first"),
        "leaders.us_president": P("Trump", "Donald", "President Trump", note="given name from 'to call on Donald Trump after the 2016 election'"),
        "alliance.treaty_ally_since": F(1951, as_written="Japan, an ally of the United States by treaty since 1951"),
        "alliance.us_troops_in_japan": F(54000, "about", as_written="The U.S. military presence in Japan, which numbers approximately 54,000 personnel"),
        "alliance.host_nation_support_per_year": F(1700000000, "about", per="year", as_written="Japan pays about ¥189 billion (roughly $1.7 billion) a year toward the upkeep of U.S. bases", note="the dollar figure in parentheses"),
        "alliance.host_nation_support_agreement": D("2016-01", as_written="Under the five-year cost-sharing accord that the two governments signed in January 2016, which runs through March 2021", note="accord named by topic (the Special Measures Agreement); dated by its signing, not its end"),
        "alliance.okinawa_share_of_usfj_facilities": F(25, "about", as_written="holds roughly one in four of all the facilities used by U.S. forces in Japan", note="sidebar; all-facilities basis"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="More than half of the U.S. military personnel in the country are stationed on it", note="sidebar; 'it' = Okinawa"),
        "alliance.okinawa_share_of_land_area": F(1, "under", as_written="Okinawa, whose islands make up less than 1% of Japan's land area", note="sidebar"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="about 9,000 Marines are to be moved off the island, of whom some 4,000 are headed to Guam", note="sidebar"),
        "defense.traditional_limit_pct_gdp": F(1, as_written="Spending nonetheless remains under the informal limit of 1% of gross domestic product (GDP) that successive governments have observed since 1976"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="his Liberal Democratic Party (LDP) and its junior partner, the Komeito"),
        "politics.lower_house_coalition_share": F(67, "over", as_written="kept 313 of the chamber's 465 seats, a total that works out to just over two-thirds", note="fraction rounded; 313/465 = 67.3% not written"),
        "politics.upper_house_coalition_share": F(60, "over", as_written="the two parties control somewhat more than three-fifths of the 242 seats"),
        "politics.next_diet_election_due": F(2019, as_written="No nationwide ballot is due until July of next year, when half of the Upper House's members will be elected"),
        "politics.lower_house_election_due": D("2021-10", as_written="Lower House members chosen last fall serve until October 2021 unless the chamber is dissolved sooner"),
        "trade.overall_partner_rank": F(4, period="2016", as_written="In 2016 the United States traded more goods with only three countries (China, Canada, and Mexico) than with Japan", note="goods; rank by exclusion"),
        "trade.export_partner_rank": F(4, period="2016", as_written="which also stood fourth both as a buyer of U.S. goods"),
        "trade.import_partner_rank": F(4, period="2016", as_written="and as a supplier of U.S. imports"),
        "trade.us_exports_to_japan": F(63300000000, period="2016", as_written="U.S. goods exports to Japan, $63.3 billion that year", note="also Table 1's 2016 row"),
        "trade.us_imports_from_japan": F(132200000000, period="2016", as_written="the $132.2 billion in goods the United States bought from Japan", note="also Table 1's 2016 row"),
        "trade.fdi_source_rank": F(2, period="2016", as_written="were the second-largest foreign direct investors in the country that year, after firms from the United Kingdom"),
        "trade.treasury_holder_rank": F(2, period="2017-11", as_written="Japan's holdings of U.S. Treasury securities ($1.08 trillion in November 2017) were second only to China's ($1.18 trillion)"),
        "economy.gdp_growth": GDP(y2016=1.0, y2015=1.4),
        "economy.supplementary_budget": F(26000000000, "about", period="2017-12", as_written="On December 22 the cabinet adopted a supplementary budget of ¥2.9 trillion (about $26 billion) for the current fiscal year", note="cabinet-adopted, before Diet passage; month and year from the cover (last December)"),
        "economy.emissions_cut_target": F(26, by="FY2030", baseline="FY2013", as_written="Its pledge under that accord is to reduce greenhouse gas emissions 26% below FY2013 levels by FY2030", note="'that accord' = the 2015 climate accord (Paris Agreement), named by topic"),
    },
    "elections": {
        "lower_house_2017": E("Lower House", "2017-10-22", "held", result="LDP-Komeito kept 313 of 465 seats, just over two-thirds"),
        "upper_house_2016": E("Upper House", "2016-07", "held", result="coalition gained ground"),
        "upper_house_2019": E("Upper House", "2019-07", "upcoming", note="'July of next year', half the members"),
        "ldp_president_2018": E("LDP president", "2018-09", "upcoming"),
        "okinawa_governor_2014": E("Okinawa governor", "2014-11", "held", result="Takeshi Onaga won on opposition to the Henoko relocation"),
    },
    "events": {
        "abe_address_to_congress": EV("Abe addresses a joint meeting of Congress", "2015-04", "held"),
    },
    "notes": "Traps: 'the world's third-largest economy' (not a trade rank); 'met or talked by phone more than 20 times'; 'three days in Tokyo last November, the opening stop of a 12-day Asian tour'; 'its sixth nuclear test in September 2017 and launched roughly 16 missiles during the year (two of them over ...)'; 'the eleven remaining countries' (TPP, not IPEF); 'more than a year early'; '313 of the chamber's 465 seats' (seat counts; the share is 'just over two-thirds'); 'the 242 seats'; 'half of the Upper House's members' (not a coalition share); 'who returned to the premiership in December 2012'; 'a third three-year term'; 'Germany hosts some 35,000 U.S. troops and South Korea about 28,500' (other countries); 'The 7th Fleet'; 'which runs through March 2021' (the accord's end, not its date); '¥189 billion' (yen, the dollar figure is the fact); 'Trump had suggested that Japan should pay 100% of those costs' (a campaign remark); 'grown for six straight years, to a record ¥5.19 trillion in the FY2018 request that the cabinet approved in December'; 'since 1976' (year of the limit, not the treaty); 'NATO members, by contrast, are committed to move toward 2% of GDP; Tokyo has adopted no comparable target' (no spending goal); 'two Aegis Ashore missile-defense batteries, at an expected cost of some $2 billion' (not host-nation support); Figure 1 (defense budget FY2014-FY2018, ¥ trillions, ticks 0-6, no value labels; in the html page it floats into the sidebar); 'about 9,000 Marines are to be moved off the island' (total leaving, not Guam); 'Under a 2012 realignment plan'; 'starting in the mid-2020s'; 'seawall construction nonetheless began in April 2017'; 'Residents of Nago ... elect a mayor on February 4' (a city election, no slug); 'only three countries (China, Canada, and Mexico)' (the count three is not the rank); 'less than half' (a ratio, not a share fact); Table 1's 2014 and 2015 rows and Balance column; 'Data for full-year 2017 are due in February'; 'the second-largest after the one with China in 2016' (deficit rank, not a trade or FDI rank); 'U.S. brands account for well under 1% of new-car sales in Japan' (not Okinawa's land share); 'launched in April 2017 ... has met twice'; 'stood at $421 billion at the end of 2016' (FDI stock, not catalogued for IF10199); 'China's ($1.18 trillion)'; 'output rose at an annualized 2.5%' (a quarter); 'the seventh consecutive quarter'; 'the Bank of Japan's 2% target' (not defense); '¥2.9 trillion' (yen) and 'a ¥97.7 trillion budget for FY2018' (the regular budget); 'announced in June 2017 that the United States would withdraw' (climate accord); 'President Moon Jae-in' (South Korean leader) and 'December 2015 deal on the \"comfort women\" issue'; 'Chinese President Xi Jinping'; 'officials from Japan, the United States, Australia, and India met in a four-way format for the first time in a decade' (officials, no Quad leader count); Issues bullets. Sidebar 'Okinawa Basing Issues' (html aside). PDF/layout: ligatures, curly quotes, hyphenated line ends; pdftotext -layout runs two columns side by side.",
}
