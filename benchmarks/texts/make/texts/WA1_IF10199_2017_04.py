from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "WA1-IF10199-2017-04", "fresh43", "IF10199", 14
LAYOUTS = ["md", "layout"]
PDF_OPTS = ["lig", "quotes"]
CHART = {"unit": "$ billions", "ymax": 160, "ticks": [0, 40, 80, 120, 160],
         "series": ["U.S. exports to Japan", "U.S. imports from Japan"],
         "bars": {"2012": (70.0, 146.4), "2013": (65.2, 138.5), "2014": (66.9, 134.0), "2015": (62.4, 131.4), "2016": (63.3, 132.2)}}

MD = """
U.S.-Japan Relations

Updated April 21, 2017

## Overview

Japan is the cornerstone of the U.S. security posture in East Asia and, by most measures, one of Washington's closest partners anywhere. The two countries have been treaty allies since 1952, when the security pact negotiated alongside the San Francisco peace settlement took effect; the alliance rests today on a revised treaty concluded in 1960. Their shared interests are broad: deterring North Korea, managing China's rise, and keeping the region's economy open.

Prime Minister Shinzo Abe, in office since December 2012 (he also led a government that lasted one year, in 2006-2007), has moved quickly to engage the new Administration. He was the first foreign leader to meet the President-elect, calling on him in New York eight days after the U.S. election. On February 10, 2017, he met President Donald Trump at the White House, and the two then spent a weekend at the President's Florida resort. Their joint statement affirmed that the U.S. commitment to defend Japan extends to the Senkaku Islands, which Japan administers and China claims. It also set up a new framework for economic talks (see "Trade and Economic Relations").

These steps continue a long effort by Abe to bind Tokyo more closely to Washington. In April 2015, he became the first Japanese prime minister to address a joint meeting of Congress. Thirteen months later, Barack Obama made the first visit to Hiroshima by a sitting U.S. president, and in December 2016 Abe paid his respects at Pearl Harbor.

Unease persists in Tokyo all the same. As a candidate, Trump asked whether the United States should keep defending allies that did not pay more for U.S. forces, and he suggested Japan might one day build its own nuclear weapons. On his third full day in office, he withdrew the United States from the Trans-Pacific Partnership (TPP), an agreement Abe had championed at considerable political cost.

## The Alliance

About 54,000 U.S. military personnel are based in Japan, at installations stretching from Misawa in the north to Okinawa in the south. They include the Navy's only aircraft carrier homeported abroad and the III Marine Expeditionary Force. (South Korea, by comparison, hosts roughly 28,500 U.S. troops.) Defense Secretary James Mattis made Seoul and Tokyo the stops on his first trip abroad in early February and called Japan's cost sharing a model for other allies to follow.

Japan pays close to $2 billion a year toward the cost of stationing these forces. Most of that contribution is fixed by a five-year Special Measures Agreement (SMA) that the two governments agreed on in December 2015. The SMA, in effect since April 2016, commits Tokyo to an average of ¥189.3 billion annually through FY2020 for base workers' wages, utilities, and construction. Japan separately funds much of the cost of realigning U.S. forces.

Under Abe, Japan has loosened several postwar restrictions on its military. Revised bilateral defense guidelines, released in April 2015, widened the missions that Japan's Self-Defense Forces (SDF) may carry out alongside U.S. forces, and security laws the Diet passed that September permit the SDF to exercise collective self-defense in limited circumstances. The FY2017 defense budget, ¥5.13 trillion, is the fifth consecutive increase under his government. Even so, Japan's defense outlays have long been held to roughly 1% of GDP, a ceiling first formalized by the cabinet in 1976; NATO, by comparison, asks each of its members to spend 2%.

## Okinawa

The concentration of U.S. forces on Okinawa remains the alliance's most persistent irritant. The prefecture covers just 0.6% of Japan's land area. Yet about a quarter of all the facilities used by U.S. forces in Japan are there, and it is home to more than half of the U.S. military personnel in the country.

Under a realignment plan first agreed in 2006 and revised in 2012, roughly 4,000 Marines are to move from Okinawa to Guam, part of a wider reduction of some 9,000 Marines on the island. The transfers to Guam are not expected to begin before the mid-2020s.

The plan's centerpiece, replacing Marine Corps Air Station Futenma in crowded Ginowan with a new airfield at Henoko, on Okinawa's less populated northeast coast, is still fiercely contested. Governor Takeshi Onaga, elected in November 2014 on a pledge to stop the project, revoked his predecessor's landfill permit. After Japan's Supreme Court ruled against him on December 20, 2016, the central government resumed work, and seawall construction is expected to begin within days. Onaga, whose term runs until December 2018, has vowed to keep up his challenge in the courts.

## Domestic Politics

Abe holds a commanding position at home. His Liberal Democratic Party (LDP) governs in coalition with the smaller Komeito, and together they hold more than two-thirds of the seats in the House of Representatives, the Diet's more powerful lower chamber, a margin they have kept since the December 2014 snap election. The July 2016 upper house election left the coalition with around 60% of the House of Councillors (Table 1). Counting smaller parties that favor constitutional revision, Abe's allies now command the two-thirds of both chambers needed to put an amendment to a national referendum, although he has not proposed a specific text.

Table 1. Japan's National Diet, April 2017

| Chamber | Seats | Coalition share | Last election | Next |
| --- | --- | --- | --- | --- |
| House of Representatives | 475 | over two-thirds | December 2014 | by December 2018 |
| House of Councillors | 242 | about 60% | July 2016 | July 2019 (half) |

No national election is required before December 2018, when the lower chamber's four-year term expires; the chamber is to shrink to 465 seats at that vote. In March 2017, the LDP lengthened its leader's limit from two consecutive three-year terms to three. Abe may therefore seek reelection as party president in September 2018, and a victory would let him serve until 2021, longer than any other postwar prime minister.

Questions about the discounted sale of state land to a school operator in Osaka have dented the cabinet's standing in recent weeks, but its approval ratings remain above 50% in most polls. The main opposition Democratic Party has struggled to gain traction, while Tokyo Governor Yuriko Koike's new regional party is contesting the capital's assembly election on July 2.

## Trade and Economic Relations

Japan is among the most important U.S. economic partners. In 2016, it ranked fourth among U.S. partners in goods trade. As a buyer of U.S. goods it trailed only Canada, Mexico, and China, and it was likewise the fourth-biggest supplier of U.S. imports. U.S. exports to Japan edged up to $63.3 billion, while imports from Japan came to $132.2 billion, leaving a deficit of $68.9 billion, second only to the one with China (Figure 1).

**Figure 1. U.S. Goods Trade with Japan, 2012-2016**

Source: CRS, with data from the U.S. Census Bureau.

Investment flows are also large. The stock of Japanese direct investment in the United States, $411 billion at the end of 2015, is second only to the United Kingdom's, and U.S. affiliates of Japanese firms employ some 850,000 Americans. Toyota announced in January that it would invest $10 billion in the United States over five years. Japan has also once more become the largest foreign holder of U.S. Treasury securities: its holdings, about $1.11 trillion in February, again exceed China's, which had topped the list since 2008.

Abe's government pushed TPP approval through the Diet in December 2016, weeks after the U.S. election. The Administration prefers bilateral deals, and some officials hope the Economic Dialogue agreed on at the February summit will lead to negotiations on a free trade agreement, which Tokyo has so far resisted. Vice President Mike Pence and Deputy Prime Minister Taro Aso held the dialogue's first meeting in Tokyo on April 18. Japan, meanwhile, is weighing whether to proceed with TPP among the 11 remaining signatories, whose officials are to meet in May.

Autos and agriculture are likely flashpoints. The United States levies a 2.5% tariff on passenger cars and 25% on light trucks, while Japan charges nothing on imported cars but maintains a 38.5% tariff on beef. Japanese exporters are also watching a border adjustment tax proposed by House Republicans, which some analysts equate to a 20% levy on imports.

## Japan's Economy

"Abenomics," Abe's mix of monetary easing, fiscal stimulus, and structural reform, has yet to end two decades of weak growth and low inflation. The Bank of Japan has kept a negative policy rate of -0.1% since February 2016 but remains far from its 2% inflation target. Real GDP grew 1.0% in 2016, following 1.2% growth in 2015, and the October-December quarter, at an annualized 1.2%, was the fourth straight quarter of expansion. To support the recovery, the Diet passed in October a second supplementary budget for FY2016 of ¥4.1 trillion (roughly $40 billion), funding part of a stimulus package valued on paper at ¥28.1 trillion. The government has twice postponed raising the consumption tax to 10% from 8%, most recently to October 2019.

Japan ratified the Paris Agreement in November 2016. Its pledge is to reduce greenhouse gas emissions 26% by FY2030 from FY2013 levels; a longer-range plan aims for an 80% cut by 2050.

## Regional Relations

North Korea's weapons programs are Tokyo's most immediate security concern. On March 6, Pyongyang fired four ballistic missiles, three of which fell inside Japan's 200-nautical-mile exclusive economic zone, and Japan is studying new missile defense systems. Chinese government vessels continue to enter the waters around the Senkakus.

Relations with South Korea, the other U.S. ally in Northeast Asia, have cooled again. A December 2015 agreement on the "comfort women" issue, under which Japan gave ¥1 billion to a Korean foundation, has come under strain since a new statue was placed near the Japanese consulate in Busan; Tokyo recalled its ambassador in January and sent him back only this month. South Koreans will choose a successor to the impeached Park Geun-hye on May 9, and several candidates have pledged to renegotiate the 2015 deal. Abe has also courted Russia: Vladimir Putin's December visit to Abe's home prefecture yielded plans for joint economic activity on disputed islands, but no breakthrough on a peace treaty.

## Issues for Congress

- whether the Economic Dialogue should lead to a bilateral trade agreement, and how such talks would treat autos and agriculture
- funding and timing for the Marine relocation to Guam, which Congress restricted for several years
- Japan's role in regional missile defense and its response to North Korea

**Emma Chanlett-Avery**, Specialist in Asian Affairs

**Ian E. Rinehart**, Analyst in Asian Affairs

**Brock R. Williams**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Abe", "Shinzo", "Prime Minister Shinzo Abe"),
        "leaders.us_president": P("Trump", "Donald", "President Donald Trump"),
        "alliance.treaty_ally_since": F(1952, as_written="The two countries have been treaty allies since 1952, when the security pact negotiated alongside the San Francisco peace settlement took effect",
                                        note="the pact's entry into force, as the record's 2018-2019 versions ('alliance formed in 1952'); 1960 is the revision"),
        "alliance.us_troops_in_japan": F(54000, "about", as_written="About 54,000 U.S. military personnel are based in Japan"),
        "alliance.host_nation_support_per_year": F(2000000000, "nearly", per="year", as_written="Japan pays close to $2 billion a year toward the cost of stationing these forces", note="'close to' is nearly"),
        "alliance.host_nation_support_agreement": D("2015-12", as_written="a five-year Special Measures Agreement (SMA) that the two governments agreed on in December 2015",
                                                    note="agreed (announced) December 2015; 'in effect since April 2016' is the entry into force, a trap"),
        "alliance.okinawa_share_of_usfj_facilities": F(25, "about", as_written="Yet about a quarter of all the facilities used by U.S. forces in Japan are there", note="fraction in words"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="it is home to more than half of the U.S. military personnel in the country", note="subject 'it' (the prefecture) carried"),
        "alliance.okinawa_share_of_land_area": F(0.6, as_written="The prefecture covers just 0.6% of Japan's land area", note="'just' is not a hedge"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="roughly 4,000 Marines are to move from Okinawa to Guam"),
        "defense.traditional_limit_pct_gdp": F(1, "about", as_written="Japan's defense outlays have long been held to roughly 1% of GDP, a ceiling first formalized by the cabinet in 1976"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="His Liberal Democratic Party (LDP) governs in coalition with the smaller Komeito"),
        "politics.lower_house_coalition_share": F(67, "over", as_written="together they hold more than two-thirds of the seats in the House of Representatives",
                                                  note="two-thirds rounded to 67; also Table 1 'over two-thirds'"),
        "politics.upper_house_coalition_share": F(60, "about", as_written="The July 2016 upper house election left the coalition with around 60% of the House of Councillors",
                                                  note="also Table 1 'about 60%'"),
        "politics.next_diet_election_due": F(2018, as_written="No national election is required before December 2018, when the lower chamber's four-year term expires",
                                             note="the earliest national election the text states; the Upper House's July 2019 vote (Table 1) comes later"),
        "politics.lower_house_election_due": D("2018-12", as_written="No national election is required before December 2018, when the lower chamber's four-year term expires",
                                               note="20 months away: only the deadline, no lower_house_2018 election (extract-dev's D1 rule); also Table 1 'by December 2018'"),
        "trade.overall_partner_rank": F(4, period="2016", as_written="In 2016, it ranked fourth among U.S. partners in goods trade"),
        "trade.export_partner_rank": F(4, period="2016", as_written="As a buyer of U.S. goods it trailed only Canada, Mexico, and China", note="rank by exclusion: three ahead, so fourth"),
        "trade.import_partner_rank": F(4, period="2016", as_written="it was likewise the fourth-biggest supplier of U.S. imports"),
        "trade.us_exports_to_japan": F(63300000000, period="2016", as_written="U.S. exports to Japan edged up to $63.3 billion", note="goods; year carried from 'In 2016'"),
        "trade.us_imports_from_japan": F(132200000000, period="2016", as_written="while imports from Japan came to $132.2 billion", note="goods"),
        "trade.fdi_source_rank": F(2, period="2015", as_written="The stock of Japanese direct investment in the United States, $411 billion at the end of 2015, is second only to the United Kingdom's"),
        "trade.treasury_holder_rank": F(1, as_written="Japan has also once more become the largest foreign holder of U.S. Treasury securities"),
        "economy.gdp_growth": dict(GDP(y2016=1.0, y2015=1.2), as_written="Real GDP grew 1.0% in 2016, following 1.2% growth in 2015"),
        "economy.supplementary_budget": F(40000000000, "about", period="2016-10", as_written="the Diet passed in October a second supplementary budget for FY2016 of ¥4.1 trillion (roughly $40 billion)",
                                          note="month from 'in October' (2016, the FY2016 budget passed before this April 2017 text)"),
        "economy.emissions_cut_target": F(26, by="2030", baseline="2013", as_written="Its pledge is to reduce greenhouse gas emissions 26% by FY2030 from FY2013 levels"),
    },
    "elections": {
        "okinawa_governor_2014": E("Okinawa governor", "2014-11", "held", result="Takeshi Onaga elected on a pledge to stop the Henoko project"),
        "lower_house_2014": E("Lower House", "2014-12", "held", result="coalition holds more than two-thirds of the seats"),
        "upper_house_2016": E("Upper House", "2016-07", "held", result="coalition left with around 60% of the seats"),
        "ldp_president_2018": E("LDP president", "2018-09", "upcoming", note="Abe may seek reelection after the March 2017 rule change"),
        "upper_house_2019": E("Upper House", "2019-07", "upcoming", note="Table 1 only: 'July 2019 (half)'"),
    },
    "events": {
        "abe_address_to_congress": EV("Abe addresses a joint meeting of Congress, the first Japanese prime minister to do so", "2015-04", "held"),
    },
    "notes": "Traps: 'a revised treaty concluded in 1960' (revision, not the treaty year); 'he also led a government that lasted one year, in 2006-2007' and 'in office since December 2012' (not facts); 'eight days after the U.S. election'; 'On February 10, 2017' (summit, not tracked); 'Thirteen months later, Barack Obama made the first visit to Hiroshima' (former president; untracked event); 'in December 2016 Abe paid his respects at Pearl Harbor'; 'On his third full day in office' (TPP withdrawal); 'South Korea, by comparison, hosts roughly 28,500 U.S. troops' (another country); 'The SMA, in effect since April 2016' (entry into force, not the agreement date) and 'an average of ¥189.3 billion annually through FY2020' (yen, the SMA part only; FY2020 is its end); 'Revised bilateral defense guidelines, released in April 2015' and 'security laws the Diet passed that September'; 'The FY2017 defense budget, ¥5.13 trillion, is the fifth consecutive increase'; 'a ceiling first formalized by the cabinet in 1976' (year) and 'NATO, by comparison, asks each of its members to spend 2%' (NATO's goal, not Japan's: no defense.spending_goal_pct_gdp); 'Under a realignment plan first agreed in 2006 and revised in 2012'; 'part of a wider reduction of some 9,000 Marines on the island' (the total leaving Okinawa, not the Guam move); 'not expected to begin before the mid-2020s'; 'elected in November 2014' (Okinawa governor, held, listed); 'ruled against him on December 20, 2016'; 'Onaga, whose term runs until December 2018' (a term end alone is not an election; same month as the Lower House deadline); 'since the December 2014 snap election' (held); 'the two-thirds of both chambers needed to put an amendment to a national referendum' (with other parties; not the coalition's Upper House share); Table 1 '475' and '242' (seat counts) and 'July 2019 (half)' (upcoming, listed; not the next Diet election, which is the earlier Lower House deadline); 'the chamber is to shrink to 465 seats at that vote'; 'In March 2017, the LDP lengthened its leader's limit from two consecutive three-year terms to three' and 'a victory would let him serve until 2021' (term end, not an election); 'its approval ratings remain above 50% in most polls'; 'the capital's assembly election on July 2' (local, not listed); 'leaving a deficit of $68.9 billion, second only to the one with China' (deficit and its rank, not catalogue facts for this brief); Figure 1 (goods trade 2012-2016: year labels, ticks 0-160, '$ billions', two-series legend, no values); '$411 billion at the end of 2015' (FDI stock); 'employ some 850,000 Americans'; 'Toyota announced in January that it would invest $10 billion in the United States over five years' (a company's plan, not trade.japan_investment_pledge); 'about $1.11 trillion in February' and 'China's, which had topped the list since 2008'; 'TPP approval through the Diet in December 2016'; 'on April 18' (Economic Dialogue); 'the 11 remaining signatories, whose officials are to meet in May'; 'a 2.5% tariff on passenger cars and 25% on light trucks' (product tariffs, not the tariff on most imports), 'a 38.5% tariff on beef' (Japan's); 'a border adjustment tax proposed by House Republicans, which some analysts equate to a 20% levy on imports' (a proposal, not in effect); 'a negative policy rate of -0.1% since February 2016' and 'its 2% inflation target'; 'the October-December quarter, at an annualized 1.2%' (a quarter; same figure as 2015's growth) and 'the fourth straight quarter'; 'a stimulus package valued on paper at ¥28.1 trillion' (package, not the budget); 'raising the consumption tax to 10% from 8%, most recently to October 2019'; 'ratified the Paris Agreement in November 2016' and 'an 80% cut by 2050' (long-range, not the 2030 target); 'On March 6, Pyongyang fired four ballistic missiles, three of which fell inside Japan's 200-nautical-mile exclusive economic zone'; 'A December 2015 agreement on the \"comfort women\" issue, under which Japan gave ¥1 billion' (not the SMA, though the same month); 'on May 9' (South Korean presidential election: foreign, not listed); 'Vladimir Putin's December visit'. Layout: pdftotext -layout of a two-column PDF with ligatures and curly quotes, Table 1 and Figure 1 among the columns.",
}
