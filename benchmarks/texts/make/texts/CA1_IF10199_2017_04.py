from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "CA1-IF10199-2017-04", "fresh22", "IF10199", 21
LAYOUTS = ["pdf", "interleaved"]
PDF_OPTS = ["quotes", "hyph"]
CHART = {"unit": "thousands", "ymax": 25, "ticks": [0, 5, 10, 15, 20, 25],
         "series": ["Active-duty personnel"],
         "bars": {"Army": (2.6,), "Navy": (20.1,), "Air Force": (12.4,), "Marines": (18.9,)}}

MD = """
U.S.-Japan Relations

Updated April 20, 2017

## Overview

Few allies drew as much early attention from the new Administration as Japan. Prime Minister Shinzo Abe was the first foreign leader to meet Donald Trump after the November 2016 election, calling on the President-elect in New York, and on February 10 he was received at the White House, followed by a weekend of golf at the President's Mar-a-Lago estate. Their joint statement said that Article 5 of the security treaty covers the Senkaku Islands, which China also claims. Abe is no stranger to Washington: in April 2015 he became the first Japanese leader to address a joint meeting of Congress.

On April 18, Vice President Mike Pence and Deputy Prime Minister Taro Aso opened in Tokyo a new Economic Dialogue that the two leaders had agreed to in February. North Korea remains the most pressing shared concern. Of the four ballistic missiles Pyongyang fired on March 6, three came down inside Japan's exclusive economic zone.

## The Alliance

Sixty-six years after the two countries became treaty allies in 1951, Japan hosts the largest contingent of U.S. forces stationed in any foreign country. In excess of 50,000 U.S. service members are based there (Figure 1); Germany, by comparison, hosts roughly 35,000 and South Korea some 28,500.

**Figure 1. U.S. Military Personnel in Japan, by Service**

Source: Defense Manpower Data Center, December 2016. Excludes civilians and dependents.

As a candidate, Trump suggested that allies should pay 100% of the cost of U.S. troops on their soil. Tokyo already shoulders a large share. The current Special Measures Agreement (SMA), signed in January 2016 and in force since that April, commits ¥946.5 billion over five years, or about ¥189 billion annually. Converted at recent exchange rates, Japan's host-nation support is in the neighborhood of $1.7 billion a year.

Japan's FY2017 defense budget of ¥5.13 trillion marks a fifth consecutive increase, yet the outlay equals just under 1% of GDP. One percent has served as an informal ceiling, honored by successive cabinets since 1976. Some LDP lawmakers have floated matching NATO's 2% guideline; the government has adopted no such target.

## Okinawa

Okinawa Prefecture, at just 0.6% of Japan's land area, is home to about one in four U.S. military facilities in the country and to a majority of the U.S. personnel stationed there. A plan revised in 2012 would move about 9,000 Marines off the island; Guam is to receive roughly 4,000 of them, though transfers are not expected before the mid-2020s. Governor Takeshi Onaga, who won office in November 2014 by opposing the relocation of Marine Corps Air Station Futenma to Henoko, lost a case in Japan's Supreme Court in December 2016, and landfill work has since resumed.

## Domestic Politics

Abe's Liberal Democratic Party (LDP) governs in coalition with Komeito. Since the December 2014 snap election, the two parties have held more than two-thirds of the 475 seats in the House of Representatives. In the House of Councillors, they gained ground in the July 2016 election and control just over three-fifths of the chamber. Counting smaller parties that favor constitutional revision, the two-thirds threshold needed to propose amendments has been crossed in both houses.

No national election is required before December 2018, when the lower chamber's term expires; the next regular Upper House election follows in the summer of 2019. In March, the LDP lengthened the limit on its president's tenure from two consecutive three-year terms to three, so Abe can seek another term in the party's leadership vote of September 2018. Questions over a heavily discounted sale of state land to an Osaka school operator have dented his cabinet's approval, which stood in the low 50s in several March polls.

## Trade and Investment

Since withdrawing from the Trans-Pacific Partnership (TPP) on January 23, the President has said he prefers bilateral deals, and his Administration has criticized Japan's surplus and its auto market. Tokyo has not ruled out talks but is weighing whether to proceed with the eleven other TPP signatories.

Table 1. Japan in U.S. Goods Trade, 2016

| Measure | $ billions | Rank |
| --- | --- | --- |
| Total trade | 195.4 | 4th |
| U.S. exports to Japan | 63.2 | 4th |
| U.S. imports from Japan | 132.2 | 4th |
| U.S. trade deficit | 69.0 | 2nd |

Japan is also a leading investor. Among sources of foreign direct investment in the United States, it is the runner-up to the United Kingdom, with a position of $411 billion at the end of 2015. Late last year, Japan displaced China atop the list of foreign holders of U.S. Treasury securities; its holdings stood at $1.09 trillion at the end of February.

## Economy

Growth remains modest. Real GDP rose 1.0% in 2016, a little below the 1.2% of the year before. To support demand, the Diet on January 31 passed a third supplementary budget for FY2016, of ¥1.7 trillion, equivalent to roughly $15 billion. A rise in the consumption tax to 10%, twice postponed, is now scheduled for October 2019. Under the Paris Agreement, which it ratified in November, Japan has pledged to reduce greenhouse gas emissions 26% by FY2030 from FY2013 levels.

**Emma Chanlett-Avery**, Specialist in Asian Affairs

**Brock R. Williams**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Abe", "Shinzo", "Prime Minister Shinzo Abe"),
        "leaders.us_president": P("Trump", "Donald", "to meet Donald Trump ... calling on the President-elect ... received at the White House"),
        "alliance.treaty_ally_since": F(1951, as_written="Sixty-six years after the two countries became treaty allies in 1951"),
        "alliance.us_troops_in_japan": F(50000, "over", as_written="In excess of 50,000 U.S. service members are based there"),
        "alliance.host_nation_support_per_year": F(1700000000, "about", per="year", as_written="Japan's host-nation support is in the neighborhood of $1.7 billion a year"),
        "alliance.host_nation_support_agreement": D("2016-01", as_written="The current Special Measures Agreement (SMA), signed in January 2016"),
        "alliance.okinawa_share_of_usfj_facilities": F(25, "about", as_written="is home to about one in four U.S. military facilities in the country"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="and to a majority of the U.S. personnel stationed there"),
        "alliance.okinawa_share_of_land_area": F(0.6, as_written="Okinawa Prefecture, at just 0.6% of Japan's land area"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="Guam is to receive roughly 4,000 of them"),
        "defense.traditional_limit_pct_gdp": F(1, as_written="One percent has served as an informal ceiling, honored by successive cabinets since 1976"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="Abe's Liberal Democratic Party (LDP) governs in coalition with Komeito"),
        "politics.lower_house_coalition_share": F(67, "over", as_written="the two parties have held more than two-thirds of the 475 seats in the House of Representatives"),
        "politics.upper_house_coalition_share": F(60, "over", as_written="control just over three-fifths of the chamber"),
        "politics.next_diet_election_due": F(2018, as_written="No national election is required before December 2018, when the lower chamber's term expires"),
        "politics.lower_house_election_due": D("2018-12", as_written="No national election is required before December 2018, when the lower chamber's term expires"),
        "trade.overall_partner_rank": F(4, period="2016", as_written="Table 1: Total trade | 195.4 | 4th"),
        "trade.export_partner_rank": F(4, period="2016", as_written="Table 1: U.S. exports to Japan | 63.2 | 4th"),
        "trade.import_partner_rank": F(4, period="2016", as_written="Table 1: U.S. imports from Japan | 132.2 | 4th"),
        "trade.us_exports_to_japan": F(63200000000, period="2016", as_written="Table 1: U.S. exports to Japan | 63.2 (column '$ billions')", note="goods only"),
        "trade.us_imports_from_japan": F(132200000000, period="2016", as_written="Table 1: U.S. imports from Japan | 132.2 (column '$ billions')", note="goods only"),
        "trade.fdi_source_rank": F(2, period="2015", as_written="Among sources of foreign direct investment in the United States, it is the runner-up to the United Kingdom"),
        "trade.treasury_holder_rank": F(1, as_written="Late last year, Japan displaced China atop the list of foreign holders of U.S. Treasury securities"),
        "economy.gdp_growth": GDP(y2016=1.0, y2015=1.2),
        "economy.supplementary_budget": F(15000000000, "about", period="2017-01", as_written="the Diet on January 31 passed a third supplementary budget for FY2016, of ¥1.7 trillion, equivalent to roughly $15 billion"),
        "economy.emissions_cut_target": F(26, by="2030", baseline="2013", as_written="reduce greenhouse gas emissions 26% by FY2030 from FY2013 levels"),
    },
    "elections": {
        "lower_house_2014": E("Lower House", "2014-12", "held", result="coalition holds more than two-thirds of 475 seats"),
        "upper_house_2016": E("Upper House", "2016-07", "held", result="coalition gained ground; just over three-fifths"),
        "upper_house_2019": E("Upper House", "2019", "upcoming", note="'in the summer of 2019' (year precision)"),
        "ldp_president_2018": E("LDP president", "2018-09", "upcoming", note="Abe can seek another term"),
        "okinawa_governor_2014": E("Okinawa governor", "2014-11", "held", result="Takeshi Onaga won"),
    },
    "events": {
        "abe_address_to_congress": EV("Abe addresses a joint meeting of Congress", "2015-04", "held"),
    },
    "notes": "Traps: 'after the November 2016 election' (U.S. election, not listed) and 'on February 10 he was received at the White House' (summit, no event); 'Article 5 of the security treaty'; 'On April 18' (Economic Dialogue); 'Of the four ballistic missiles ... three came down inside Japan's exclusive economic zone'; 'Sixty-six years after' (not a count fact); 'Japan hosts the largest contingent of U.S. forces stationed in any foreign country' (no rank fact); 'Germany, by comparison, hosts roughly 35,000 and South Korea some 28,500' (other countries); Figure 1 (personnel by service, thousands, ticks 0-25, categories Army/Navy/Air Force/Marines, no value labels); 'pay 100% of the cost' (campaign); 'commits ¥946.5 billion over five years, or about ¥189 billion annually' (yen, not the dollar amount) and 'in force since that April'; 'Japan's FY2017 defense budget of ¥5.13 trillion marks a fifth consecutive increase'; 'the outlay equals just under 1% of GDP' (the budget's share, not the limit: limit exact 1 from 'One percent has served as an informal ceiling'); 'since 1976'; 'matching NATO's 2% guideline; the government has adopted no such target' (no goal); 'A plan revised in 2012 would move about 9,000 Marines off the island' (total leaving, not Guam); 'not expected before the mid-2020s' (none moved: no marines_in_guam); 'lost a case in Japan's Supreme Court in December 2016'; 'the 475 seats'; 'the two-thirds threshold needed to propose amendments has been crossed in both houses' (with smaller parties: not the coalition's share); Lower House deadline December 2018 (20 months away: deadline and next Diet election only, no lower_house_2018); 'two consecutive three-year terms to three'; 'in the low 50s'; 'on January 23' (TPP withdrawal); 'the eleven other TPP signatories'; Table 1 'Total trade | 195.4' (no fact) and 'U.S. trade deficit | 69.0 | 2nd' (a deficit rank, no IF10199 fact); '$411 billion at the end of 2015' (no IF10199 fact); '$1.09 trillion at the end of February'; 'a third supplementary budget' (ordinal) and '¥1.7 trillion'; 'A rise in the consumption tax to 10%' and 'October 2019'; 'which it ratified in November'; PDF curly quotes and hyphenated line ends; interleaved columns",
}
