from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "FA1-IF10199-2017-05", "fresh25", "IF10199", 14
LAYOUTS = ["pdf", "layout"]
PDF_OPTS = ["lig", "quotes", "hyph"]
CHART = {"unit": "% of GDP", "ymax": 1.2, "ticks": [0, 0.3, 0.6, 0.9, 1.2],
         "series": ["Defense budget, share of GDP"],
         "bars": {"FY2013": (0.96,), "FY2014": (0.95,), "FY2015": (0.94,), "FY2016": (0.93,), "FY2017": (0.92,)}}

MD = """
U.S.-Japan Relations

Updated May 24, 2017

## Overview

Prime Minister Abe Shinzo moved early to build ties with the new U.S. Administration. He was the first foreign leader to meet Donald Trump after the November 2016 election, calling on the President-elect in New York eight days after the vote, and in February he spent two days with President Trump in Washington and at Mar-a-Lago in Florida. Their February 10 joint statement affirmed that Article 5 of the security treaty covers the Senkaku Islands, which China also claims. The two leaders are expected to meet again at the Group of Seven (G-7) summit in Taormina, Italy, on May 26-27. Abe has led Japan since December 2012; his address to a joint meeting of Congress, delivered two years ago last month, was the first by any Japanese leader.

North Korea's weapons programs dominate the security agenda. On March 6, Pyongyang fired four ballistic missiles in a single salvo into the Sea of Japan and later described the launch as practice for striking U.S. bases in Japan. Tokyo is weighing new missile defenses, including the land-based Aegis Ashore system.

## The Alliance

The security relationship was formalized in a 1951 treaty, which the Treaty of Mutual Cooperation and Security replaced in 1960. The United States is obligated to help defend Japan, and Japan in turn hosts U.S. forces on its territory: a contingent put at about 54,000 uniformed personnel, accompanied by roughly 42,000 family members and 8,000 civilian employees of the Department of Defense. The Navy's Seventh Fleet is home-ported at Yokosuka.

Tokyo also pays a large part of the cost of keeping those forces in Japan. The current Special Measures Agreement (SMA), signed in January of last year, covers Japan's fiscal years 2016 through 2020 and provides ¥946.5 billion over that period. That is an average of ¥189 billion a year, somewhat under $1.7 billion at current exchange rates. As a candidate, Trump suggested that allies should bear the full cost of U.S. deployments; Secretary of Defense James Mattis, visiting Tokyo in February, instead called Japan's arrangement a model for others.

Japan's FY2017 defense budget of ¥5.13 trillion is the fifth consecutive increase under Abe, but it still fits under the customary ceiling, outlays of no more than 1% of gross domestic product, that cabinets have observed with few exceptions since 1976 (Figure 1). The NATO guideline of 2%, which the President has pressed European allies to meet, does not apply to Japan, and Tokyo has set no numerical target of its own.

**Figure 1. Japan's Defense Budget as a Share of GDP, FY2013-FY2017**

Source: Japan Ministry of Defense and Cabinet Office. Initial budgets.

## Okinawa

The prefecture of Okinawa makes up six-tenths of one percent of Japan's land, yet it hosts a little more than half of the U.S. military personnel in the country. Since much of the Northern Training Area was handed back last December, the largest such return since Okinawa reverted to Japan in 1972, the prefecture's portion of the acreage set aside for exclusive U.S. use has stood at a shade over 70%.

Under a realignment plan last revised in 2012, about 9,000 Marines are to move off the island. Guam's share of that number is approximately 4,000, and most of the rest are to go to Hawaii, with smaller units rotating through Australia. Because facilities on Guam are still being built, the first transfers are not expected until the early 2020s.

The realignment is tied to the long-delayed replacement of Marine Corps Air Station Futenma, in crowded Ginowan, with a new runway at Henoko, on the island's less populated northeast coast. Onaga Takeshi, whose November 2014 victory in the governor's race turned on his opposition to the project, lost a Supreme Court case over it in December, and seawall construction began on April 25. Onaga, whose term runs until December 2018, says he will use every means to stop the work.

## Domestic Politics

Abe's Liberal Democratic Party (LDP) governs in coalition with Komeito, a smaller party backed by the lay Buddhist group Soka Gakkai. The two parties hold 326 of the 475 seats in the House of Representatives, the Diet's lower chamber, a little under 69%, essentially the position they won in Abe's snap election of December 2014. In the House of Councillors, where half the seats were filled in July 2016, they control about three-fifths. With smaller parties that favor constitutional revision, they command the two-thirds of each chamber needed to put an amendment to a national referendum, and on May 3 Abe proposed that a revised Article 9 take effect in 2020.

The lower house's four-year term runs out in December 2018, although Abe may dissolve the chamber and call a vote sooner; the upper house next faces voters in July 2019, when its other half is contested. Within the LDP, a rule change adopted in March lifted the limit on a party president's consecutive terms from two to three, so Abe is eligible for a third term when party members vote in September of next year. A nearer test is the July 2 election for the Tokyo Metropolitan Assembly, where a regional party founded by Governor Koike Yuriko is challenging the LDP's 57 seats. Polls put the cabinet's approval rating in the mid-50s.

## Trade and Investment

Once the focus of bitter trade disputes, Japan remains a major U.S. economic partner. It was the number-four U.S. partner in goods trade in 2016 (Table 1). As a market for U.S. goods it trailed only Canada, Mexico, and China, and the $132.2 billion of goods it shipped to the United States was exceeded only by the shipments of China, Mexico, and Canada. Only the bilateral deficit with China was bigger than the one with Japan.

Table 1. U.S. Goods Trade with Japan ($ billions)

| Period | Exports | Imports | Balance |
| --- | --- | --- | --- |
| 2015 | 62.5 | 131.4 | -69.0 |
| 2016 | 63.2 | 132.2 | -69.0 |
| Jan.-Mar. 2017 | 16.4 | 34.9 | -18.5 |

Source: U.S. Census Bureau.

British and Japanese firms held the largest and second-largest foreign direct investment (FDI) positions in the United States at the end of 2015, respectively; Japan's stood at $411 billion, and U.S. affiliates of Japanese companies employed some 860,000 Americans. As of March, Japan's $1.11 trillion in U.S. Treasury securities was the most held by any foreign country, narrowly ahead of China's $1.09 trillion.

President Trump withdrew the United States from the Trans-Pacific Partnership (TPP) on January 23, weeks after Japan's Diet had approved the 12-country pact. Meeting in Hanoi on May 21, trade ministers of the 11 remaining signatories agreed to explore bringing it into force without the United States, an effort Tokyo is leading. The Administration prefers bilateral deals; Vice President Mike Pence and Deputy Prime Minister Aso Taro opened a U.S.-Japan Economic Dialogue in Tokyo on April 18, but Japanese officials have resisted talk of a bilateral free trade agreement.

## Japan's Economy

Last year's real GDP growth, 1.0%, trailed the 1.2% recorded in 2015. Preliminary data show output rising at an annualized 2.2% in January-March 2017, the fifth straight quarterly gain. Fiscal policy has been loosened as well: after a ¥4.1 trillion supplementary budget last October, the Diet on January 31 passed a third supplementary budget for FY2016, adding ¥1.7 trillion, close to $15 billion, mostly for public works. The Bank of Japan holds its short-term policy rate at minus 0.1%, and core consumer prices rose 0.2% in March from a year earlier, far below its 2% inflation goal. Under the Paris Agreement, Japan has pledged that its greenhouse gas emissions in FY2030 will be 26% lower than in FY2013; its long-term aim is an 80% cut by 2050.

## Issues for Congress

- Trade: whether to seek a bilateral agreement with Japan now that the United States has left TPP.
- Guam: the cost and pace of the Marine relocation, which Congress has funded in part.
- North Korea: coordination on missile defense and on sanctions.
- Burden sharing: the terms of the next SMA; the current one expires in March 2021.

**Emma Chanlett-Avery**, Coordinator, Specialist in Asian Affairs

**Mark E. Manyin**, Specialist in Asian Affairs

**Ian E. Rinehart**, Analyst in Asian Affairs

**Brock R. Williams**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Abe", "Shinzo", "Prime Minister Abe Shinzo", note="family name first"),
        "leaders.us_president": P("Trump", "Donald", "President Trump", note="also 'Donald Trump' and 'the President-elect' (before the inauguration)"),
        "alliance.treaty_ally_since": F(1951, as_written="The security relationship was formalized in a 1951 treaty, which the Treaty of Mutual Cooperation and Security replaced in 1960", note="1960 is the revision"),
        "alliance.us_troops_in_japan": F(54000, "about", as_written="Japan in turn hosts U.S. forces on its territory: a contingent put at about 54,000 uniformed personnel", note="'put at about' is about; 42,000 family members and 8,000 civilians are traps"),
        "alliance.host_nation_support_per_year": F(1700000000, "under", per="year", as_written="That is an average of ¥189 billion a year, somewhat under $1.7 billion at current exchange rates", note="'somewhat under' is under; the dollar figure, not the yen average or the ¥946.5 billion total"),
        "alliance.host_nation_support_agreement": D("2016-01", as_written="The current Special Measures Agreement (SMA), signed in January of last year", note="'January of last year' from the text's date (May 2017)"),
        "alliance.okinawa_share_of_usfj_facilities": F(70, "over", as_written="the prefecture's portion of the acreage set aside for exclusive U.S. use has stood at a shade over 70%", note="exclusive-use basis; 'a shade over' is over"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="yet it hosts a little more than half of the U.S. military personnel in the country"),
        "alliance.okinawa_share_of_land_area": F(0.6, as_written="The prefecture of Okinawa makes up six-tenths of one percent of Japan's land", note="number in words, exact"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="Guam's share of that number is approximately 4,000", note="'that number' = the 9,000 Marines leaving Okinawa (trap)"),
        "defense.traditional_limit_pct_gdp": F(1, as_written="the customary ceiling, outlays of no more than 1% of gross domestic product, that cabinets have observed with few exceptions since 1976", note="'no more than' defines the ceiling; it is no hedge on the value"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="Abe's Liberal Democratic Party (LDP) governs in coalition with Komeito"),
        "politics.lower_house_coalition_share": F(69, "under", as_written="The two parties hold 326 of the 475 seats in the House of Representatives, the Diet's lower chamber, a little under 69%"),
        "politics.upper_house_coalition_share": F(60, "about", as_written="In the House of Councillors, where half the seats were filled in July 2016, they control about three-fifths", note="fraction rounded to whole percent; 'half the seats' is no share"),
        "politics.next_diet_election_due": F(2018, as_written="The lower house's four-year term runs out in December 2018, although Abe may dissolve the chamber and call a vote sooner", note="earliest upcoming national election stated; the July 2019 upper house vote comes later"),
        "politics.lower_house_election_due": D("2018-12", as_written="The lower house's four-year term runs out in December 2018"),
        "trade.overall_partner_rank": F(4, period="2016", as_written="It was the number-four U.S. partner in goods trade in 2016", note="goods trade; subject carried from 'Japan' in the sentence before"),
        "trade.export_partner_rank": F(4, period="2016", as_written="As a market for U.S. goods it trailed only Canada, Mexico, and China", note="three named ahead = 4"),
        "trade.import_partner_rank": F(4, period="2016", as_written="the $132.2 billion of goods it shipped to the United States was exceeded only by the shipments of China, Mexico, and Canada", note="three named ahead = 4"),
        "trade.us_exports_to_japan": F(63200000000, period="2016", as_written="| 2016 | 63.2 | 132.2 | -69.0 |", note="Table 1 (U.S. Goods Trade with Japan, $ billions), row 2016, column Exports (U.S. exports); goods; only in the table"),
        "trade.us_imports_from_japan": F(132200000000, period="2016", as_written="the $132.2 billion of goods it shipped to the United States", note="goods; also Table 1, row 2016"),
        "trade.fdi_source_rank": F(2, period="2015", as_written="British and Japanese firms held the largest and second-largest foreign direct investment (FDI) positions in the United States at the end of 2015, respectively", note="rank through 'respectively'"),
        "trade.treasury_holder_rank": F(1, period="2017-03", as_written="As of March, Japan's $1.11 trillion in U.S. Treasury securities was the most held by any foreign country"),
        "economy.gdp_growth": GDP(y2016=1.0, y2015=1.2),
        "economy.supplementary_budget": F(15000000000, "nearly", period="2017-01", as_written="the Diet on January 31 passed a third supplementary budget for FY2016, adding ¥1.7 trillion, close to $15 billion", note="'close to' is nearly; the ¥4.1 trillion October budget is a trap"),
        "economy.emissions_cut_target": F(26, by="FY2030", baseline="FY2013", as_written="Japan has pledged that its greenhouse gas emissions in FY2030 will be 26% lower than in FY2013"),
    },
    "elections": {
        "lower_house_2014": E("Lower House", "2014-12", "held", result="LDP and Komeito 326 of 475 seats", note="'Abe's snap election of December 2014'"),
        "upper_house_2016": E("Upper House", "2016-07", "held", result="coalition controls about three-fifths", note="'where half the seats were filled in July 2016'"),
        "okinawa_governor_2014": E("Okinawa governor", "2014-11", "held", result="Onaga Takeshi elected", note="'whose November 2014 victory in the governor's race'"),
        "ldp_president_2018": E("LDP president", "2018-09", "upcoming", note="'Abe is eligible for a third term when party members vote in September of next year' (year from the text's date)"),
        "upper_house_2019": E("Upper House", "2019-07", "upcoming", note="'the upper house next faces voters in July 2019'"),
    },
    "events": {
        "abe_address_to_congress": EV("Abe addresses a joint meeting of Congress, the first Japanese leader to do so", "2015-04", "held"),
    },
    "notes": "Traps: 'after the November 2016 election' and 'eight days after the vote'; 'in February he spent two days with President Trump'; 'Their February 10 joint statement affirmed that Article 5'; 'at the Group of Seven (G-7) summit in Taormina, Italy, on May 26-27' (planned); 'Abe has led Japan since December 2012'; 'delivered two years ago last month' (the address: April 2015, month precision, from the text's date); 'On March 6, Pyongyang fired four ballistic missiles'; 'which the Treaty of Mutual Cooperation and Security replaced in 1960' (revision, not the treaty year); 'roughly 42,000 family members and 8,000 civilian employees' (not troops); 'covers Japan's fiscal years 2016 through 2020 and provides ¥946.5 billion over that period' (total, yen) and 'an average of ¥189 billion a year' (yen); 'allies should bear the full cost'; 'Japan's FY2017 defense budget of ¥5.13 trillion is the fifth consecutive increase'; 'since 1976'; 'The NATO guideline of 2%' and 'Tokyo has set no numerical target of its own' (no spending goal); Figure 1 (defense budget as a share of GDP, FY2013-FY2017; unit '% of GDP', ticks 0, 0.3, 0.6, 0.9, 1.2, no value labels: the ticks are no facts); 'the largest such return since Okinawa reverted to Japan in 1972'; 'about 9,000 Marines are to move off the island' (total leaving, not Guam); 'the first transfers are not expected until the early 2020s' (no Marines in Guam); 'lost a Supreme Court case over it in December, and seawall construction began on April 25'; 'Onaga, whose term runs until December 2018' (a term end, not an election); '326 of the 475 seats' (seat counts beside the share); 'where half the seats were filled' and 'when its other half is contested' (halves, no share); 'they command the two-thirds of each chamber needed to put an amendment to a national referendum' (threshold); 'on May 3 Abe proposed that a revised Article 9 take effect in 2020'; 'lifted the limit on a party president's consecutive terms from two to three' (counts); 'the July 2 election for the Tokyo Metropolitan Assembly' (local, not listed) and 'the LDP's 57 seats'; 'approval rating in the mid-50s'; 'Only the bilateral deficit with China was bigger than the one with Japan' (a deficit rank, no IF10199 fact); Table 1's 2015 row (62.5, 131.4: past year), 'Jan.-Mar. 2017' row (partial year) and Balance column (-69.0, -18.5); 'Japan's stood at $411 billion' (FDI stock, no IF10199 fact) and 'employed some 860,000 Americans'; 'narrowly ahead of China's $1.09 trillion'; 'on January 23, weeks after Japan's Diet had approved the 12-country pact'; 'Meeting in Hanoi on May 21, trade ministers of the 11 remaining signatories'; 'opened a U.S.-Japan Economic Dialogue in Tokyo on April 18'; 'output rising at an annualized 2.2% in January-March 2017, the fifth straight quarterly gain' (a quarter, not a year); 'a ¥4.1 trillion supplementary budget last October' (earlier budget); 'adding ¥1.7 trillion' (yen); 'minus 0.1%'; 'core consumer prices rose 0.2%' and 'its 2% inflation goal' (not a defense goal); 'an 80% cut by 2050' (long-term aim); bullet 'the current one expires in March 2021' (SMA end, not its date). PDF: ligatures, curly quotes and apostrophes, hyphenated line ends; layout text: pdftotext -layout runs the two columns side by side, Table 1, Figure 1 and the bullet list among them.",
}
