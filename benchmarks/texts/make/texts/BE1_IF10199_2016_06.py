from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "BE1-IF10199-2016-06", "fresh21", "IF10199", 21
LAYOUTS = ["md", "layout"]
PDF_OPTS = ["nbsp", "hyph"]

MD = """
U.S.-Japan Relations

Updated June 21, 2016

## Overview

Japanese voters go to the polls on July 10, 2016, to fill half of the 242 seats in the House of Councillors, the upper chamber of the Diet. The contest is the first national test for Prime Minister Shinzo Abe since his coalition's landslide in the December 2014 Lower House election, and the first in which 18- and 19-year-olds may vote. Abe enters the campaign having put off, for a second time, the rise in the consumption tax from 8% to 10%; it is now planned for October 2019 rather than April 2017. Ties with Washington are close. Abe hosted President Barack Obama and the other Group of Seven leaders at Ise-Shima in late May, and in April of last year he became the first Japanese leader to speak to a joint meeting of Congress. On the U.S. campaign trail, however, the presumptive Republican nominee has said Japan should pay "100%" of the cost of the U.S. troops it hosts or else defend itself.

## Alliance Basics

The bargain at the alliance's core has not changed since the two countries signed their security treaty in 1951: the United States pledges to defend Japan, and Japan lets U.S. forces use bases on its soil. Stationed there under that bargain are about fifty-three thousand U.S. military personnel, more than in any other foreign country; Germany, the next-largest host, has some 35,000, and South Korea 28,500. New security laws that took effect in March allow Japan's forces to defend U.S. ships and aircraft in some circumstances.

Tokyo, for its part, covers a sizeable share of their cost. A Special Measures Agreement (SMA) signed this January commits it to ¥946.5 billion over the five fiscal years that began in April. That is an average of about ¥189 billion, or roughly $1.7 billion, per year; the pact it replaced, concluded in 2011, had set ¥188.1 billion.

Japan's FY2016 defense budget of ¥5.05 trillion is its largest ever in nominal terms, yet still equals only about 0.9% of GDP. Successive cabinets since 1976 have treated 1% of GDP as an informal limit on military outlays. NATO, by contrast, asks each of its members to spend 2%.

## Okinawa

Okinawa's share of the burden is out of all proportion to its size. The prefecture covers 0.6% of Japan's land area. On it sit about 70% of the facilities reserved for the exclusive use of U.S. forces, along with about half of the U.S. military personnel in Japan. Tensions rose again in May, when a civilian base worker, a former Marine, was arrested in the death of a 20-year-old Okinawan woman. In the June 5 prefectural assembly election, candidates opposed to building a replacement for Marine Corps Air Station Futenma at Henoko kept their majority. Governor Takeshi Onaga, elected in November 2014 on a pledge to stop the new base, is contesting it in court; the facility, once due in 2014, is not expected before 2025.

Under a 2012 revision of the realignment plan, some 9,000 Marines are to leave the island. Guam is slated to receive roughly 4,000 of them, beginning in the first half of the 2020s; the rest are to go to Hawaii, to the continental United States, and to rotations in Australia, where about 1,250 Marines are training near Darwin this year.

## Domestic Politics

The Liberal Democratic Party (LDP) governs in coalition with the Komeito. Their grip on the Lower House is firm: 326 of its 475 members, just over two-thirds, belong to one of the two parties, enough to override the upper chamber on most bills. In the House of Councillors the margin is thinner. There the coalition holds 134 of 242 seats, about 55%. Whether it and other parties open to revising the constitution can reach the two-thirds of that chamber needed to propose an amendment is the campaign's central question. With the Lower House's term running to December 2018, the July vote is the only national election on the calendar. Abe's term as LDP president expires in September 2018.

## Trade and Investment

Japan was the fourth-largest U.S. partner in goods trade in 2015 (Table 1). Neither as a buyer of U.S. goods nor as a seller of them did any country other than China, Canada, and Mexico outrank it. U.S. exports to Japan slipped to $62.5 billion, from $66.8 billion in 2014; imports from Japan, at $131.4 billion, were about 2% lower than a year before.

Table 1. U.S. Goods Trade with Its Four Largest Partners, 2015

| | China | Canada | Mexico | Japan |
| --- | --- | --- | --- | --- |
| Rank, two-way trade | 1 | 2 | 3 | 4 |
| U.S. exports ($ billions) | 116.1 | 280.6 | 236.4 | 62.5 |
| U.S. imports ($ billions) | 483.2 | 296.2 | 294.7 | 131.4 |
| U.S. balance ($ billions) | -367.1 | -15.6 | -58.3 | -68.9 |

Source: U.S. Census Bureau.

Japanese companies are also among the largest investors in the U.S. economy. By the end of 2015, only British firms had built up a larger direct-investment stock in the United States. Japan is, too, a major creditor: of the foreign holders of U.S. Treasury securities, it ranks behind China alone, with $1.13 trillion in April against China's $1.24 trillion.

Both governments signed the 12-nation Trans-Pacific Partnership (TPP) in February. Neither has ratified it; the Diet put off a vote until the autumn, and both presumptive U.S. presidential nominees oppose the agreement as signed.

## Economy

After shrinking by a tenth of a percent in 2014, Japan's real GDP grew by half a percent in 2015. Output rose at an annualized 1.9% in the first quarter of 2016, following a contraction at the end of 2015, and the Bank of Japan has applied a rate of -0.1% to some reserves since February. To pay for recovery from the April earthquakes in Kumamoto, the Diet passed a ¥778 billion supplementary budget, about $7 billion, in May; a larger package is expected in the autumn. Under the Paris Agreement, Japan has pledged to cut greenhouse gas emissions 26% below FY2013 levels by FY2030.

**Emma Chanlett-Avery**, Specialist in Asian Affairs

**Ian E. Rinehart**, Analyst in Asian Affairs
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Abe", "Shinzo", "Prime Minister Shinzo Abe"),
        "leaders.us_president": P("Obama", "Barack", "President Barack Obama"),
        "alliance.treaty_ally_since": F(1951, as_written="since the two countries signed their security treaty in 1951"),
        "alliance.us_troops_in_japan": F(53000, "about", as_written="Stationed there under that bargain are about fifty-three thousand U.S. military personnel"),
        "alliance.host_nation_support_per_year": F(1700000000, "about", per="year", as_written="an average of about ¥189 billion, or roughly $1.7 billion, per year", note="subject carried ('That is'); dollar figure"),
        "alliance.host_nation_support_agreement": D("2016-01", as_written="A Special Measures Agreement (SMA) signed this January", note="year from the text's date"),
        "alliance.okinawa_share_of_land_area": F(0.6, as_written="The prefecture covers 0.6% of Japan's land area"),
        "alliance.okinawa_share_of_usfj_facilities": F(70, "about", as_written="On it sit about 70% of the facilities reserved for the exclusive use of U.S. forces", note="exclusive-use basis"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "about", as_written="along with about half of the U.S. military personnel in Japan"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="Guam is slated to receive roughly 4,000 of them"),
        "defense.traditional_limit_pct_gdp": F(1, as_written="Successive cabinets since 1976 have treated 1% of GDP as an informal limit on military outlays"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="The Liberal Democratic Party (LDP) governs in coalition with the Komeito"),
        "politics.lower_house_coalition_share": F(67, "over", as_written="326 of its 475 members, just over two-thirds, belong to one of the two parties"),
        "politics.upper_house_coalition_share": F(55, "about", as_written="There the coalition holds 134 of 242 seats, about 55%"),
        "politics.next_diet_election_due": F(2016, as_written="the July vote is the only national election on the calendar"),
        "politics.lower_house_election_due": D("2018-12", as_written="With the Lower House's term running to December 2018"),
        "trade.overall_partner_rank": F(4, period="2015", as_written="Japan was the fourth-largest U.S. partner in goods trade in 2015", note="also Table 1 'Rank, two-way trade' 4"),
        "trade.export_partner_rank": F(4, period="2015", as_written="Neither as a buyer of U.S. goods nor as a seller of them did any country other than China, Canada, and Mexico outrank it"),
        "trade.import_partner_rank": F(4, period="2015", as_written="Neither as a buyer of U.S. goods nor as a seller of them did any country other than China, Canada, and Mexico outrank it"),
        "trade.us_exports_to_japan": F(62500000000, period="2015", as_written="U.S. exports to Japan slipped to $62.5 billion, from $66.8 billion in 2014", note="goods; also Table 1's Japan column"),
        "trade.us_imports_from_japan": F(131400000000, period="2015", as_written="imports from Japan, at $131.4 billion", note="goods; also Table 1's Japan column"),
        "trade.fdi_source_rank": F(2, period="2015", as_written="By the end of 2015, only British firms had built up a larger direct-investment stock in the United States"),
        "trade.treasury_holder_rank": F(2, period="2016-04", as_written="of the foreign holders of U.S. Treasury securities, it ranks behind China alone"),
        "economy.gdp_growth": GDP(y2015=0.5, y2014=-0.1),
        "economy.supplementary_budget": F(7000000000, "about", period="2016-05", as_written="the Diet passed a ¥778 billion supplementary budget, about $7 billion, in May"),
        "economy.emissions_cut_target": F(26, by="2030", baseline="2013", as_written="cut greenhouse gas emissions 26% below FY2013 levels by FY2030"),
    },
    "elections": {
        "upper_house_2016": E("Upper House", "2016-07-10", "upcoming", note="half of the 242 seats"),
        "lower_house_2014": E("Lower House", "2014-12", "held", result="coalition landslide; 326 of 475"),
        "okinawa_governor_2014": E("Okinawa governor", "2014-11", "held", result="Takeshi Onaga elected"),
    },
    "events": {
        "abe_address_to_congress": EV("Abe addresses a joint meeting of Congress", "2015-04", "held"),
    },
    "notes": "Traps: 'the rise in the consumption tax from 8% to 10%' and 'planned for October 2019 rather than April 2017'; 'in April of last year he became the first Japanese leader to speak to a joint meeting of Congress' (event, year from the text's date); 'pay \"100%\" of the cost' (a candidate's demand); 'Germany, the next-largest host, has some 35,000, and South Korea 28,500' (other countries); 'New security laws that took effect in March'; '¥946.5 billion over the five fiscal years' (total) and 'the pact it replaced, concluded in 2011, had set ¥188.1 billion' (past agreement); 'FY2016 defense budget of ¥5.05 trillion' and 'only about 0.9% of GDP' (a level, not the limit); 'since 1976'; 'NATO ... asks each of its members to spend 2%' (no Japanese goal); 'The June 5 prefectural assembly election' (local); 'once due in 2014, is not expected before 2025'; 'some 9,000 Marines are to leave the island' (total leaving) and 'about 1,250 Marines are training near Darwin' (Australia); 'the two-thirds of that chamber needed to propose an amendment' (threshold); 'Abe's term as LDP president expires in September 2018' (term end only, no election); Table 1 columns for China, Canada and Mexico (other countries' ranks 1-3 and amounts, balance rows); 'from $66.8 billion in 2014' (past year); 'about 2% lower'; '$1.13 trillion in April against China's $1.24 trillion'; 'the 12-nation Trans-Pacific Partnership'; 'annualized 1.9% in the first quarter of 2016'; 'a rate of -0.1% to some reserves' (not GDP); 'a larger package is expected in the autumn' (planned); PDF NBSP and hyphenated line ends (layout text).",
}
