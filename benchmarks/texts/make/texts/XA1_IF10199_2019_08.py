from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "XA1-IF10199-2019-08", "fresh44", "IF10199", 41
LAYOUTS = ["html", "interleaved"]
PDF_OPTS = ["lig", "nbsp"]
SIDEBAR = "Okinawa Basing Issues"
CHART = {"unit": "$ billions", "ymax": 160, "ticks": [0, 40, 80, 120, 160],
         "series": ["U.S. exports to Japan", "U.S. imports from Japan"],
         "bars": {"2014": (66.8, 134.0), "2015": (62.4, 131.4), "2016": (63.2, 132.2), "2017": (67.6, 136.5), "2018": (75.0, 142.6)}}

MD = """
U.S.-Japan Relations

Updated August 28, 2019

## Overview

Washington and Tokyo have been treaty allies since 1952, and the partnership remains the anchor of the U.S. military presence in East Asia. Prime Minister Shinzo Abe has made close ties with President Donald Trump a priority of his second tenure, which began in December 2012; the two leaders have held more than 40 meetings and telephone calls, and in May 2019 Trump became the first foreign head of state to be received by Emperor Naruhito. Abe, who in April 2015 became the first Japanese leader to speak to a joint meeting of Congress, is set to pass Katsura Taro as the country's longest-serving prime minister in November.

Frictions have grown alongside the personal rapport. Trump has questioned the value of the alliance and pressed Tokyo to buy more U.S. goods, and Japan is bracing for talks on what it pays to station U.S. forces. A bilateral trade deal, announced in outline at the G7 summit in Biarritz on August 25, has eased some of the pressure on Japanese automakers but has not been signed. A widening quarrel between Japan and South Korea, the other U.S. treaty ally in Northeast Asia, is a growing worry for U.S. officials.

## The Alliance

The security treaty, revised in 1960, obliges the United States to defend Japan and grants U.S. forces the use of bases there in return. Some 54,000 U.S. military personnel are stationed in Japan, more than in any other foreign country (South Korea hosts roughly 28,500); their families and civilian employees add tens of thousands more. The Seventh Fleet's home port is Yokosuka, and the Marine Corps' III Marine Expeditionary Force is based largely on Okinawa.

Tokyo pays close to $2 billion each year toward the cost of hosting U.S. forces, most of it for base workers' salaries, utilities, and facilities. The current five-year Special Measures Agreement (SMA), agreed in December 2015, covers Japanese fiscal years 2016 through 2020 and runs out in March 2021. Negotiations on a successor are expected to begin next year. In July, press reports said that U.S. officials had floated a figure of $8 billion a year, about four times the present level; neither government has confirmed the request.

Japan's defense spending, which has long hovered around 1% of gross domestic product (GDP), has risen for seven straight years, to ¥5.26 trillion in FY2019. The December 2018 National Defense Program Guidelines call for converting the *Izumo*-class helicopter carriers to operate F-35B fighters and for buying 105 more F-35s. President Trump has urged allies to spend at least 2% of GDP on defense, the benchmark NATO members adopted; Japan has not set such a target.

## Okinawa Basing Issues

Okinawa Prefecture accounts for just 0.6% of Japan's land area, yet it hosts roughly one-quarter of all facilities used by U.S. forces in Japan and upwards of half of the U.S. military personnel in the country. Under a 2012 realignment plan, about 4,000 of the roughly 9,000 Marines to be moved off the island are to go to Guam, starting in the first half of the 2020s.

The plan to replace Marine Corps Air Station Futenma with a new runway at Henoko, on the island's less crowded northern coast, is opposed by Governor Denny Tamaki, who won the prefectural election in September 2018 on a pledge to halt it. In a February 2019 prefectural referendum, about 72% of those who voted opposed the landfill at Henoko. The central government has continued the work, which it now says will take until the 2030s.

## Japanese Politics

Abe leads a coalition of his Liberal Democratic Party (LDP) and the smaller Komeito. After winning a third term as LDP president in September 2018, he is eligible to lead the party until September 2021, when his term runs out; party rules bar a fourth.

In the lower chamber, the House of Representatives, the coalition has held 313 of the 465 seats, about two-thirds, since the October 2017 election. The July 21, 2019 House of Councillors election, in which 124 seats were contested, left the coalition with 141 of the upper chamber's 245 seats, or some 58%. It kept its majority, but the parties that favor revising the constitution fell short of the 164 seats, two-thirds of the chamber, needed to initiate an amendment. No national election is required until October 2021, when the lower house's four-year term expires. Abe has said he would like a revised constitution to take effect in 2020.

## Trade and Economic Ties

Japan is one of the largest U.S. economic partners. Only China, Mexico, and Canada traded more goods with the United States in 2018. Japan ranked fourth both as a market for U.S. exports and as a supplier of U.S. imports (Table 1), and the U.S. goods deficit with Japan, $67.6 billion, was the fourth-largest with any country.

Table 1. U.S. Goods Trade with Japan ($ billions)

| | 2017 | 2018 |
| --- | --- | --- |
| U.S. exports to Japan | 67.6 | 75.0 |
| U.S. imports from Japan | 136.5 | 142.6 |
| Balance | -68.8 | -67.6 |

Japanese firms are the second-largest source of foreign direct investment (FDI) in the United States, behind those of the United Kingdom; their holdings were valued at about $484 billion at the end of 2018. In June 2019, Japan overtook China to become the largest foreign holder of U.S. Treasury securities, with about $1.12 trillion.

**Figure 1. U.S. Goods Trade with Japan, 2014-2018**

Source: U.S. Census Bureau. Not seasonally adjusted.

## Trade Negotiations

After President Trump withdrew the United States from the Trans-Pacific Partnership (TPP) in January 2017, Japan led the remaining 11 members in concluding the Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP), in force since December 30, 2018; its economic partnership agreement with the European Union followed on February 1, 2019. Under CPTPP, Japan's tariff on beef from member countries fell to 26.6% and is scheduled to reach 9% by 2033, while U.S. beef still pays 38.5%.

At a September 2018 meeting in New York, the two leaders agreed to launch talks, and formal negotiations began in Washington in mid-April 2019. On August 25, Trump and Abe announced that they had agreed "in principle" on a first-stage deal covering agricultural and industrial tariffs and digital trade; officials say a text may be ready for signing in the coming weeks, and the Administration has said it would not need congressional approval.

Autos remain the most sensitive issue. Since March 2018, Japanese steel and aluminum have faced U.S. tariffs of 25% and 10%, respectively. In a proclamation of May 17, 2019, President Trump declared that imports of autos and parts threaten to impair U.S. national security and directed the U.S. Trade Representative to negotiate with Japan and the EU. Tariffs of up to 25%, which the Commerce Department had reportedly recommended, could follow if no agreement is reached within 180 days, or by mid-November. Tokyo says Trump has assured Abe that no such tariffs will be imposed while the deal is in effect.

## Japan's Economy

Real GDP expanded by 0.8% in 2018, after growth of 1.9% in 2017. Output rose at an annualized 1.8% in the April-June quarter of 2019, supported by household spending ahead of the increase in the consumption tax from 8% to 10% scheduled for October 1. The Bank of Japan has kept its short-term policy rate at -0.1% since 2016.

A supplementary budget for FY2018 of ¥3 trillion (about $27 billion), enacted in February 2019, paid for disaster recovery and for strengthening infrastructure after floods and earthquakes in 2018. The FY2019 initial budget, at ¥101.5 trillion, was the first to exceed ¥100 trillion. Under the Paris Agreement, Japan has pledged to cut its greenhouse gas emissions 26% by 2030 from 2013 levels; a June 2019 strategy aims for an 80% cut by 2050.

## Regional Relations

- **South Korea.** Relations have reached their lowest point in decades. After Korean court rulings in late 2018 ordered Japanese firms to compensate wartime laborers, Japan tightened export controls on three chemicals in July and, on August 2, dropped South Korea from its list of trusted trade partners. On August 22, President Moon Jae-in's government said it would end the 2016 General Security of Military Information Agreement when it lapses in November.
- **China.** Abe and President Xi Jinping met in Osaka in June, and Xi is expected to make a state visit to Japan in spring 2020. Chinese government vessels continue to enter waters near the Senkaku Islands.
- **North Korea.** Pyongyang has tested short-range missiles at least seven times since early May. Abe has offered to meet Kim Jong-un without preconditions.
- **The Quad.** Officials from the United States, Japan, Australia, and India have met five times at the working level since November 2017; a first meeting of the four foreign ministers is planned for September.

**Emma Chanlett-Avery**, Coordinator, Specialist in Asian Affairs

**Mark E. Manyin**, Specialist in Asian Affairs

**Brock R. Williams**, Specialist in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Abe", "Shinzo", "Prime Minister Shinzo Abe"),
        "leaders.us_president": P("Trump", "Donald", "President Donald Trump"),
        "alliance.treaty_ally_since": F(1952, as_written="Washington and Tokyo have been treaty allies since 1952", note="the record's 2019 versions give 1952; 'revised in 1960' is a trap"),
        "alliance.us_troops_in_japan": F(54000, "about", as_written="Some 54,000 U.S. military personnel are stationed in Japan"),
        "alliance.host_nation_support_per_year": F(2000000000, "nearly", per="year", as_written="Tokyo pays close to $2 billion each year toward the cost of hosting U.S. forces"),
        "alliance.host_nation_support_agreement": D("2015-12", as_written="The current five-year Special Measures Agreement (SMA), agreed in December 2015"),
        "alliance.okinawa_share_of_land_area": F(0.6, as_written="Okinawa Prefecture accounts for just 0.6% of Japan's land area", note="'just' is not a hedge; sidebar"),
        "alliance.okinawa_share_of_usfj_facilities": F(25, "about", as_written="it hosts roughly one-quarter of all facilities used by U.S. forces in Japan", note="fraction in words; sidebar"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="and upwards of half of the U.S. military personnel in the country", note="'upwards of' is over; sidebar"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="about 4,000 of the roughly 9,000 Marines to be moved off the island are to go to Guam", note="sidebar"),
        "defense.traditional_limit_pct_gdp": F(1, "about", as_written="Japan's defense spending, which has long hovered around 1% of gross domestic product (GDP)"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="a coalition of his Liberal Democratic Party (LDP) and the smaller Komeito"),
        "politics.lower_house_coalition_share": F(67, "about", as_written="the coalition has held 313 of the 465 seats, about two-thirds", note="fraction in words, rounded"),
        "politics.upper_house_coalition_share": F(58, "about", as_written="left the coalition with 141 of the upper chamber's 245 seats, or some 58%"),
        "politics.next_diet_election_due": F(2021, as_written="No national election is required until October 2021"),
        "politics.lower_house_election_due": D("2021-10", as_written="until October 2021, when the lower house's four-year term expires", note="two years away: deadline only, not an upcoming election"),
        "trade.overall_partner_rank": F(4, period="2018", as_written="Only China, Mexico, and Canada traded more goods with the United States in 2018", note="rank by exclusion"),
        "trade.export_partner_rank": F(4, period="2018", as_written="Japan ranked fourth both as a market for U.S. exports"),
        "trade.import_partner_rank": F(4, period="2018", as_written="and as a supplier of U.S. imports"),
        "trade.us_exports_to_japan": F(75000000000, period="2018", as_written="Table 1: U.S. exports to Japan | 67.6 | 75.0 ($ billions)", note="goods; only in the table, 2018 column"),
        "trade.us_imports_from_japan": F(142600000000, period="2018", as_written="Table 1: U.S. imports from Japan | 136.5 | 142.6 ($ billions)", note="goods; only in the table, 2018 column"),
        "trade.fdi_source_rank": F(2, as_written="Japanese firms are the second-largest source of foreign direct investment (FDI) in the United States, behind those of the United Kingdom"),
        "trade.treasury_holder_rank": F(1, as_written="In June 2019, Japan overtook China to become the largest foreign holder of U.S. Treasury securities"),
        "economy.gdp_growth": GDP(y2018=0.8, y2017=1.9),
        "economy.supplementary_budget": F(27000000000, "about", period="2019-02", as_written="A supplementary budget for FY2018 of ¥3 trillion (about $27 billion), enacted in February 2019"),
        "economy.emissions_cut_target": F(26, by="2030", baseline="2013", as_written="pledged to cut its greenhouse gas emissions 26% by 2030 from 2013 levels"),
    },
    "elections": {
        "okinawa_governor_2018": E("Okinawa governor", "2018-09", "held", result="Denny Tamaki won on a pledge to halt the Henoko project"),
        "ldp_president_2018": E("LDP president", "2018-09", "held", result="Abe won a third term"),
        "lower_house_2017": E("Lower House", "2017-10", "held", result="coalition 313 of 465 seats"),
        "upper_house_2019": E("Upper House", "2019-07-21", "held", result="coalition 141 of 245 seats, some 58%"),
    },
    "events": {
        "abe_address_to_congress": EV("Abe addresses a joint meeting of Congress", "2015-04", "held"),
        "first_negotiating_round": EV("Formal U.S.-Japan trade negotiations begin in Washington", "2019-04", "held"),
        "section232_autos_proclamation": EV("Section 232 proclamation on autos and parts", "2019-05-17", "held"),
    },
    "notes": "Traps: 'which began in December 2012' (start of Abe's term); 'more than 40 meetings and telephone calls'; 'in May 2019 Trump became the first foreign head of state to be received by Emperor Naruhito' (a visit, not a summit fact); 'to pass Katsura Taro as the country's longest-serving prime minister in November' (a future milestone); 'announced in outline at the G7 summit in Biarritz on August 25' and 'agreed \"in principle\" on a first-stage deal' with 'a text may be ready for signing in the coming weeks' (not the finalized stage-one deal, no date); 'The security treaty, revised in 1960' (not the alliance year); 'more than in any other foreign country' (not a rank) and 'South Korea hosts roughly 28,500' (another country); 'their families and civilian employees add tens of thousands more'; 'covers Japanese fiscal years 2016 through 2020 and runs out in March 2021' (expiry, not the agreement date) and 'Negotiations on a successor are expected to begin next year'; 'had floated a figure of $8 billion a year, about four times the present level' (a reported demand, not the payment); 'has risen for seven straight years, to ¥5.26 trillion in FY2019'; 'The December 2018 National Defense Program Guidelines' and 'buying 105 more F-35s'; 'urged allies to spend at least 2% of GDP on defense, the benchmark NATO members adopted; Japan has not set such a target' (not Japan's goal); 'Under a 2012 realignment plan' and 'the roughly 9,000 Marines to be moved off the island' (the total leaving Okinawa, not those to Guam) and 'starting in the first half of the 2020s'; 'about 72% of those who voted opposed the landfill' (a referendum share); 'will take until the 2030s'; 'until September 2021, when his term runs out; party rules bar a fourth' (term end, not an election); 'in which 124 seats were contested' and 'fell short of the 164 seats, two-thirds of the chamber' (a supermajority threshold, not the coalition's share); 'Abe has said he would like a revised constitution to take effect in 2020' (not an election); 'the U.S. goods deficit with Japan, $67.6 billion, was the fourth-largest' (a deficit and its rank, not exports); Table 1's 2017 column (67.6 exports, 136.5 imports) and balance row (-68.8, -67.6); 'their holdings were valued at about $484 billion at the end of 2018' (FDI stock); 'overtook China' and 'with about $1.12 trillion'; Figure 1 (U.S. goods trade 2014-2018, $ billions; axis ticks 0-160, year labels, legend, no values; in the html aside with the Okinawa sidebar); 'in January 2017' (TPP withdrawal), 'in force since December 30, 2018', 'on February 1, 2019' (other agreements); 'fell to 26.6% and is scheduled to reach 9% by 2033, while U.S. beef still pays 38.5%' (beef tariffs); 'At a September 2018 meeting in New York' (the joint statement, no tracked event); 'U.S. tariffs of 25% and 10%, respectively' (steel and aluminum); 'Tariffs of up to 25%, which the Commerce Department had reportedly recommended' (threatened) and 'within 180 days, or by mid-November'; 'Output rose at an annualized 1.8% in the April-June quarter of 2019' (a quarter, not a year); 'from 8% to 10% scheduled for October 1' (tax rates); 'at -0.1% since 2016'; 'The FY2019 initial budget, at ¥101.5 trillion' and 'the first to exceed ¥100 trillion' (not the supplementary budget); 'a June 2019 strategy aims for an 80% cut by 2050' (long-term goal); bullets 'on August 2', 'On August 22', 'the 2016 General Security of Military Information Agreement' and 'when it lapses in November'; 'state visit to Japan in spring 2020'; 'at least seven times since early May'; 'have met five times at the working level since November 2017' (officials, not Quad leaders: no leader-meeting count stated) and 'a first meeting of the four foreign ministers is planned for September'. Sidebar 'Okinawa Basing Issues' (html aside). Interleaved text: ligature characters and non-breaking spaces before billion/percent, columns alternating line by line, the table and Figure 1's ticks among them.",
}
