from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "YA1-IF10199-2016-06", "fresh45", "IF10199", 7
LAYOUTS = ["html", "layout"]
PDF_OPTS = ["lig", "nbsp"]
SIDEBAR = "Okinawa Base Issues"
CHART = {"unit": "$ billions", "ymax": 160, "ticks": [0, 40, 80, 120, 160],
         "series": ["U.S. exports to Japan", "U.S. imports from Japan"],
         "bars": {"2011": (66.2, 128.9), "2012": (70.0, 146.4), "2013": (65.2, 138.5), "2014": (66.9, 134.0),
                  "2015": (62.4, 131.4)}}

MD = """
U.S.-Japan Relations

Updated June 20, 2016

## Overview

Japan, the world's third-largest economy and a treaty ally of the United States since 1951, is the anchor of the U.S. military presence in East Asia. Prime Minister Shinzo Abe, who returned to power in December 2012 after a troubled first stint in 2006-2007, has made a closer alliance with Washington the centerpiece of his foreign policy. Relations between his government and the Obama Administration are widely described in both capitals as the best in decades.

Two visits have given that assessment symbolic weight. On April 29, 2015, Abe became the first Japanese leader to address a joint meeting of Congress. This May, President Barack Obama traveled to Hiroshima after the Group of Seven (G-7) summit at Ise-Shima, the first sitting U.S. president to visit the city, 71 years after it was destroyed by an atomic bomb. Abe is reported to be weighing a reciprocal visit to Pearl Harbor.

Frictions remain. The arrest in May of a civilian worker at Kadena Air Base in the killing of a 20-year-old Okinawan woman revived anger at the U.S. presence on the island. The Trans-Pacific Partnership (TPP), which both governments signed in February, has an uncertain future in Congress, and the presumptive Republican presidential nominee, Donald Trump, has suggested that Japan should pay the full cost of U.S. forces stationed there or defend itself.

## The Alliance

Under the security treaty, revised in 1960, the United States is obligated to defend Japan, and Japan grants U.S. forces the use of bases on its territory. Approximately 54,000 U.S. military personnel are stationed in Japan, accompanied by some 45,000 dependents, at 85 facilities. The Navy's only forward-deployed aircraft carrier is home-ported at Yokosuka. South Korea, by comparison, hosts about 28,500 U.S. troops.

Tokyo pays a large share of the cost of hosting these forces. A new five-year Special Measures Agreement (SMA) was signed in January 2016. It commits Japan to ¥946.5 billion over FY2016-FY2020, an average of about ¥189 billion, or close to $1.7 billion, a year; under the agreement it replaced, concluded in 2011, the annual figure was slightly lower, near ¥188 billion. Japan also pays for base-related public works and for much of the cost of realigning U.S. forces.

Abe has sought to loosen the constraints on Japan's military. In September 2015, over large street protests, the Diet passed a package of laws permitting the Self-Defense Forces (SDF) to exercise collective self-defense in limited circumstances, such as defending a U.S. ship under attack; the laws took effect on March 29, 2016. The bilateral Defense Guidelines, revised in April 2015 for the first time since 1997, set out how the two militaries are to cooperate under the new authority. Defense budgets have risen for four straight years, and the FY2016 budget is the first to top ¥5 trillion (about $45 billion). Even so, Japan's military spending stays close to the informal cap of 1% of GDP that a 1976 cabinet decision introduced and that later governments, which dropped the formal ceiling in 1987, have largely kept to.

## Okinawa Base Issues

Okinawa Prefecture covers less than 1% of Japan's land area, yet about 25% of all facilities used by U.S. forces in Japan are on its islands, and they host over half of the U.S. military personnel in the country. Under a 2012 revision of the bilateral realignment road map, roughly 9,000 Marines are to be moved off Okinawa. Some 4,000 of them are slated to relocate to Guam; the rest are to go to Hawaii, to the U.S. mainland, or on rotation to Australia. Construction on Guam is behind schedule, and the first transfers are not expected before the early 2020s.

The plan to replace Marine Corps Air Station Futenma with a new airstrip at Henoko, in the less populated north, dates from a 1996 bilateral agreement and has yet to advance beyond preliminary landfill work. Governor Takeshi Onaga, who won the prefecture's governorship in November 2014 on a pledge to stop the project, revoked the landfill permit in October 2015. The central government sued; in a March 2016 settlement brokered by a high court, it suspended construction while the two sides resume talks. The May killing has hardened opposition, and some 65,000 people attended a protest rally in Naha on June 19.

**Figure 1. U.S. Goods Trade with Japan, 2011-2015**

Source: U.S. Census Bureau, goods on a Census basis.

## Domestic Politics

Abe's Liberal Democratic Party (LDP) rules in coalition with the Komeito, a smaller party backed by a lay Buddhist group. In the December 2014 snap election the two parties won 326 of the 475 seats in the House of Representatives, the lower chamber, giving them more than two-thirds of it. No further Lower House election need be held until December 2018, when the members' four-year terms end, although the prime minister may dissolve the chamber earlier. Abe's term as LDP president runs to September 2018.

The next national vote is for the House of Councillors. On July 10, half of the upper chamber's 242 seats will be contested. The coalition now holds 135 seats there, roughly 56%. Abe has set the modest goal of winning 61 of the 121 seats up for election, a majority of those contested. Some in the LDP hope that the coalition and smaller parties that favor constitutional revision will gain the two-thirds of the chamber needed to propose amendments, which require a referendum. It will be the first national election in which 18- and 19-year-olds may vote; a 2015 law lowered the voting age from 20.

On June 1, Abe put off for a second time an increase in the consumption tax from 8% to 10%, now scheduled for October 2019, citing risks to the world economy. The main opposition Democratic Party, formed in March through a merger, has cooperated with three smaller parties to field single candidates in the 32 single-seat districts.

## Trade and Economic Relations

Japan was the fourth-largest U.S. trading partner in 2015. It was also the fourth-biggest market for U.S. goods, which it bought to the tune of $62.4 billion, and the fourth-biggest supplier of U.S. imports, with $131.4 billion (Figure 1). The resulting goods deficit of $69 billion ranked third, after those with China and Germany.

The two economies are tied by investment as much as trade. At the end of 2015, Japanese firms' direct investment position in the United States was about $411 billion, second only to the United Kingdom's, and Japanese-owned affiliates employed some 840,000 U.S. workers. Japan is the second-largest foreign holder of U.S. Treasury securities, with about $1.1 trillion in April 2016, behind China.

Japan and the United States are the largest of the 12 TPP economies, which together produce about 40% of world output. The agreement, signed in Auckland on February 4, would eliminate the U.S. 2.5% tariff on Japanese passenger cars over 25 years and the 25% tariff on light trucks over 30 years. Japan would reduce its 38.5% tariff on beef to 9% over 16 years and open a duty-free quota for U.S. rice. Neither country has ratified it. Abe's cabinet sent the pact to the Diet in March, but deliberations were put off to an extraordinary session expected in the fall. The Obama Administration has said it hopes Congress will take up implementing legislation this year under Trade Promotion Authority, renewed in June 2015.

## Japan's Economy

"Abenomics," Abe's mix of monetary easing, fiscal stimulus, and structural reform, has yet to produce sustained growth. Real GDP grew 0.5% in 2015 after contracting 0.1% in 2014, when an April rise in the consumption tax from 5% to 8% depressed spending. Output expanded at an annualized rate of 1.7% in January-March 2016. The Bank of Japan, which since 2013 has bought government bonds at a pace of some ¥80 trillion a year, introduced a negative rate of minus 0.1% on part of banks' reserves in January.

Kumamoto Prefecture, on the southern island of Kyushu, was struck by a series of earthquakes in April that killed dozens of people; U.S. Marine Ospreys helped deliver relief supplies. The Diet in May enacted a ¥778 billion (about $7 billion) supplementary budget for recovery, following a ¥3.3 trillion FY2015 supplementary budget passed in January. Abe has signaled that a larger stimulus package will follow after the election.

Japan's climate pledge under the December 2015 Paris Agreement is to cut greenhouse gas emissions by 26% by FY2030 from FY2013 levels, which Tokyo says is equivalent to about 25% below 2005 levels. Meeting it depends partly on restarting nuclear reactors idled after the March 2011 Fukushima disaster; only two of the more than 40 operable units were running in June.

## Regional Relations

Chinese government vessels regularly enter the territorial waters around the Japanese-administered Senkaku Islands, which China also claims. Obama confirmed in 2014 that Article 5 of the treaty applies to the islands. Relations with South Korea have improved since a December 28, 2015, agreement on the "comfort women" issue, under which Japan is to contribute ¥1 billion (about $9 million) to a foundation for the surviving women; South Korean President Park Geun-hye's government has faced domestic criticism of the deal. North Korea's fourth nuclear test, in January, and its subsequent missile launches have spurred trilateral cooperation among Washington, Tokyo, and Seoul.

**Emma Chanlett-Avery**, Coordinator, Specialist in Asian Affairs

**Ian E. Rinehart**, Analyst in Asian Affairs

**Brock R. Williams**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Abe", "Shinzo", "Prime Minister Shinzo Abe"),
        "leaders.us_president": P("Obama", "Barack", "President Barack Obama", note="candidate Donald Trump is not the president"),
        "alliance.treaty_ally_since": F(1951, as_written="a treaty ally of the United States since 1951", note="'revised in 1960' is a trap"),
        "alliance.us_troops_in_japan": F(54000, "about", as_written="Approximately 54,000 U.S. military personnel are stationed in Japan"),
        "alliance.host_nation_support_per_year": F(1700000000, "nearly", per="year", as_written="an average of about ¥189 billion, or close to $1.7 billion, a year", note="'close to' is nearly; the yen figure is about"),
        "alliance.host_nation_support_agreement": D("2016-01", as_written="A new five-year Special Measures Agreement (SMA) was signed in January 2016"),
        "alliance.okinawa_share_of_usfj_facilities": F(25, "about", as_written="about 25% of all facilities used by U.S. forces in Japan are on its islands", note="sidebar in HTML"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="and they host over half of the U.S. military personnel in the country", note="'they' carried from the islands; a fraction in words"),
        "alliance.okinawa_share_of_land_area": F(1, "under", as_written="Okinawa Prefecture covers less than 1% of Japan's land area"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="Some 4,000 of them are slated to relocate to Guam", note="of the roughly 9,000 to leave Okinawa"),
        "defense.traditional_limit_pct_gdp": F(1, as_written="the informal cap of 1% of GDP that a 1976 cabinet decision introduced", note="'stays close to' hedges current spending, not the cap, which is stated exactly"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="Abe's Liberal Democratic Party (LDP) rules in coalition with the Komeito"),
        "politics.lower_house_coalition_share": F(67, "over", as_written="giving them more than two-thirds of it", note="a fraction in words: two-thirds = 67; 326 of 475 seats (68.6%) is not written as a percent"),
        "politics.upper_house_coalition_share": F(56, "about", as_written="The coalition now holds 135 seats there, roughly 56%"),
        "politics.next_diet_election_due": F(2016, as_written="The next national vote is for the House of Councillors. On July 10, half of the upper chamber's 242 seats will be contested"),
        "politics.lower_house_election_due": D("2018-12", as_written="No further Lower House election need be held until December 2018", note="deadline years away: the fact only, no upcoming election"),
        "trade.overall_partner_rank": F(4, period="2015", as_written="Japan was the fourth-largest U.S. trading partner in 2015"),
        "trade.export_partner_rank": F(4, period="2015", as_written="It was also the fourth-biggest market for U.S. goods", note="subject and year carried from the sentence before"),
        "trade.us_exports_to_japan": F(62400000000, period="2015", as_written="which it bought to the tune of $62.4 billion"),
        "trade.import_partner_rank": F(4, period="2015", as_written="and the fourth-biggest supplier of U.S. imports"),
        "trade.us_imports_from_japan": F(131400000000, period="2015", as_written="with $131.4 billion (Figure 1)"),
        "trade.fdi_source_rank": F(2, period="2015", as_written="Japanese firms' direct investment position in the United States was about $411 billion, second only to the United Kingdom's"),
        "trade.treasury_holder_rank": F(2, period="2016-04", as_written="Japan is the second-largest foreign holder of U.S. Treasury securities, with about $1.1 trillion in April 2016, behind China"),
        "economy.gdp_growth": GDP(y2015=0.5, y2014=-0.1),
        "economy.supplementary_budget": F(7000000000, "about", period="2016-05", as_written="The Diet in May enacted a ¥778 billion (about $7 billion) supplementary budget for recovery"),
        "economy.emissions_cut_target": F(26, by="2030", baseline="2013", as_written="to cut greenhouse gas emissions by 26% by FY2030 from FY2013 levels"),
    },
    "elections": {
        "upper_house_2016": E("Upper House", "2016-07-10", "upcoming", note="'On July 10, half of the upper chamber's 242 seats will be contested'"),
        "lower_house_2014": E("Lower House", "2014-12", "held", result="LDP and Komeito won 326 of 475 seats, more than two-thirds"),
        "okinawa_governor_2014": E("Okinawa governor", "2014-11", "held", result="Takeshi Onaga won on a pledge to stop the Henoko project"),
    },
    "events": {
        "abe_address_to_congress": EV("Abe addresses a joint meeting of Congress, the first Japanese leader to do so", "2015-04-29", "held"),
    },
    "notes": "Traps: 'the world's third-largest economy' (a rank, not a trade rank); 'returned to power in December 2012 after a troubled first stint in 2006-2007'; 'the first sitting U.S. president to visit the city, 71 years after'; 'the killing of a 20-year-old Okinawan woman'; 'the presumptive Republican presidential nominee, Donald Trump' (not the president); 'revised in 1960' (not the treaty year); 'some 45,000 dependents, at 85 facilities'; 'South Korea, by comparison, hosts about 28,500 U.S. troops' (another country); 'It commits Japan to ¥946.5 billion over FY2016-FY2020' (five-year total in yen); 'under the agreement it replaced, concluded in 2011, the annual figure was slightly lower, near ¥188 billion' (previous agreement); 'the laws took effect on March 29, 2016'; 'revised in April 2015 for the first time since 1997'; 'Defense budgets have risen for four straight years, and the FY2016 budget is the first to top ¥5 trillion (about $45 billion)' (a budget, not host-nation support or a supplementary budget); 'a 1976 cabinet decision' and 'dropped the formal ceiling in 1987' (years beside the 1% cap); 'roughly 9,000 Marines are to be moved off Okinawa' (the total leaving, not those going to Guam); 'the first transfers are not expected before the early 2020s'; 'dates from a 1996 bilateral agreement'; 'revoked the landfill permit in October 2015'; 'some 65,000 people attended a protest rally in Naha on June 19'; '326 of the 475 seats' (seat counts; the share is written as 'more than two-thirds'); 'Abe's term as LDP president runs to September 2018' (a term end, not an election); 'half of the upper chamber's 242 seats' (half the seats contested, not a share held); 'winning 61 of the 121 seats up for election, a majority of those contested' (a goal); 'gain the two-thirds of the chamber needed to propose amendments' (a hoped-for threshold, not the Upper House share); 'a 2015 law lowered the voting age from 20'; 'an increase in the consumption tax from 8% to 10%, now scheduled for October 2019'; 'the 32 single-seat districts'; 'The resulting goods deficit of $69 billion ranked third, after those with China and Germany' (a deficit rank, not a trade rank); 'about $411 billion' (FDI position, not trade); 'some 840,000 U.S. workers'; 'about $1.1 trillion in April 2016' (Treasury holdings); 'the 12 TPP economies, which together produce about 40% of world output'; 'the U.S. 2.5% tariff on Japanese passenger cars over 25 years and the 25% tariff on light trucks over 30 years' (TPP phase-outs, not the tariff on most imports); 'its 38.5% tariff on beef to 9% over 16 years'; 'renewed in June 2015'; 'an April rise in the consumption tax from 5% to 8%'; 'an annualized rate of 1.7% in January-March 2016' (quarterly); 'some ¥80 trillion a year' and 'a negative rate of minus 0.1%' (monetary policy, not growth); 'a ¥3.3 trillion FY2015 supplementary budget passed in January' (earlier budget, no dollar figure) and 'a larger stimulus package will follow' (planned); 'about 25% below 2005 levels' (another baseline for the same pledge); 'the March 2011 Fukushima disaster'; 'only two of the more than 40 operable units'; 'Article 5 of the treaty' and 'confirmed in 2014'; 'a December 28, 2015, agreement' and '¥1 billion (about $9 million)'; 'South Korean President Park Geun-hye' (another country's president); 'North Korea's fourth nuclear test'. Figure 1 (HTML: an image with caption; layout text: ticks 0-160, year labels 2011-2015, two-series legend, no values). PDF options: ligatures, NBSP before billion/percent and in 'U.S. Forces'; layout: pdftotext -layout runs the two columns side by side.",
}
