from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "GB1-IF10199-2021-11", "fresh26", "IF10199", 37
LAYOUTS = ["pdf", "interleaved"]
PDF_OPTS = ["quotes", "nbsp", "hyph"]
CHART = {"unit": "¥ trillions", "ymax": 6, "ticks": [0, 1, 2, 3, 4, 5, 6],
         "series": ["Initial defense budget"],
         "bars": {"FY2017": (5.13,), "FY2018": (5.19,), "FY2019": (5.26,), "FY2020": (5.31,), "FY2021": (5.34,)}}

MD = """
U.S.-Japan Relations

Updated November 22, 2021

## A New Government in Tokyo

Japan has changed leaders for the second time in fourteen months. Kishida Fumio, a soft-spoken former foreign minister, won the Liberal Democratic Party's (LDP's) leadership vote on September 29 in a runoff and was chosen Prime Minister by the Diet on October 4. He replaced Suga Yoshihide, whose approval ratings had sunk during a summer surge of COVID-19 cases and who chose not to run. Kishida then gambled on an early general election, held on October 31, and came through it with his party's majority intact. He spoke with President Biden by telephone the day after taking office, and the two men met briefly at the Glasgow climate conference on November 2. A visit to Washington has been discussed for early next year but not scheduled.

Kishida's foreign policy résumé is long. As foreign minister from 2012 to 2017 he stood beside Abe Shinzo in April 2015, when Abe became the first Japanese prime minister to speak to a joint meeting of Congress, and he negotiated the 2015 "comfort women" accord with South Korea that Seoul later set aside. He has pledged continuity in Japan's approach to China and to the alliance, while promising a "new capitalism" that spreads income more widely at home.

## The Alliance

Allied by treaty since 1951 (the current Treaty of Mutual Cooperation and Security dates from 1960), the two countries have built their security relationship around U.S. bases in Japan. Well over 50,000 U.S. military personnel are stationed there, along with the Navy's only forward-deployed aircraft carrier strike group. Japan contributes close to $2 billion a year toward the cost of hosting them. The five-year Special Measures Agreement (SMA) that governs those payments was due to lapse in March 2021; rather than conclude a new deal with an outgoing U.S. Administration, the two governments agreed in February 2021 to extend it for one year, to March 2022. Talks on a successor, which Tokyo hopes will again span five years, resumed this fall.

## Okinawa

The prefecture, a chain of islands that makes up 0.6% of Japan's land area, carries a weight out of proportion to its size. About 70% of the land reserved exclusively for U.S. forces in Japan is there, and so are more than half of the U.S. military personnel. Under a 2012 bilateral plan, some 9,000 Marines are to leave Okinawa. Guam is to take approximately 4,000 of them, at a new base, Camp Blaz, activated in October 2020; the first transfers are not expected until the mid-2020s.

Construction of a replacement airfield at Henoko, in northern Okinawa, continues despite opposition from Governor Tamaki Denny. His term ends next September, when Okinawans will again elect a governor, and the base is expected to dominate that race.

## Defense Spending

For decades Japan has kept its defense budget at or near 1% of GDP, a ceiling first set by the cabinet in 1976. Formally dropped in 1987, it has rarely been exceeded since. The FY2021 initial budget of ¥5.34 trillion was a record in yen terms (Figure 1), and the cabinet intends to add ¥770 billion for defense in the extra budget it is preparing. In its campaign platform, the LDP said it would aim for spending of 2% of GDP or more, the NATO benchmark; that idea has not been adopted by the government. Kishida has instead ordered a rewrite of the National Security Strategy, first issued in 2013, to be finished by the end of 2022.

**Figure 1. Japan's Initial Defense Budgets, FY2017-FY2021**

Source: Japan Ministry of Defense. Excludes supplementary budgets and costs of U.S. force realignment.

## Politics

The LDP won 261 seats in the 465-member House of Representatives, 15 fewer than before, but comfortably above the 233 needed for a majority. Together with its longtime coalition partner, Komeito, which took 32, it holds 293 seats, or 63% of the chamber. The opposition Constitutional Democratic Party lost ground, while the Osaka-based Japan Innovation Party (Ishin) nearly quadrupled its seats, to 41. Barring a dissolution, the newly elected members may serve until October 2025, when their four-year terms expire.

Attention now turns to next July's House of Councillors election, in which half of the chamber's seats will be filled. The coalition goes into that vote holding a little under three-fifths of the upper house.

## Trade and Investment

Japan was the fourth-largest U.S. partner in goods trade in 2020, trailing only Mexico, China, and Canada. It held the same position both as a market for U.S. goods and as a source of imports. The pandemic depressed flows in both directions (Table 1). Shipments from Japan, led by cars and machinery, fell by about one-sixth, to $119.5 billion.

Table 1. U.S. Goods Trade with Japan ($ billions)

| Flow | 2019 | 2020 |
| --- | --- | --- |
| U.S. exports to Japan | 74.4 | 64.1 |
| U.S. imports from Japan | 143.6 | 119.5 |
| U.S. balance | -69.2 | -55.4 |

Source: U.S. Census Bureau.

Japanese companies have been the largest foreign direct investors in the United States since 2019, when they passed their British counterparts. Japan also owns more U.S. Treasury securities than any other foreign country: about $1.3 trillion in September, against China's $1.05 trillion.

The U.S.-Japan Trade Agreement, in force since January 2020, lowered Japanese tariffs on roughly $7 billion of U.S. farm goods. Section 232 tariffs of 25% on steel and 10% on aluminum still apply to Japanese shipments; on November 12, the two sides agreed to begin talks on the issue.

## The Economy

Japan's economy shrank 4.5% in 2020, after growth of 0.3% the year before. The recovery this year has faltered: real output fell at an annualized rate of 3.0% in the third quarter, when a wave of Delta-variant infections kept shoppers at home. The most recent supplementary budget, the third for FY2020, was enacted in January 2021 at ¥19.2 trillion (roughly $185 billion). On November 19, the Kishida cabinet approved a ¥55.7 trillion stimulus package, the largest ever, to be funded partly by a further extra budget of more than ¥30 trillion that it will send to the Diet next month.

The yen has slipped to about ¥115 per dollar this month, a four-year low, as the Bank of Japan keeps rates near zero while the Federal Reserve begins to taper its bond purchases. In April, then-Prime Minister Suga set a new climate goal, which Kishida repeated in Glasgow: cutting greenhouse gas emissions 46% from 2013 levels by 2030, up from the 26% promised earlier, on the way to net zero by 2050.

## Regional Diplomacy

Japan, Australia, India, and the United States make up the Quadrilateral Security Dialogue (Quad). Its leaders first met by video in March 2021, then in person at the White House on September 24, the second such summit. They have promised to deliver 1 billion COVID-19 vaccine doses to the region by the end of 2022. Tokyo's ties with Seoul remain strained over wartime history; South Korea will choose a successor to President Moon Jae-in in March.

**Emma Chanlett-Avery**, Coordinator, Specialist in Asian Affairs

**Mark E. Manyin**, Specialist in Asian Affairs

**Cathleen D. Cimino-Isaacs**, Analyst in International Trade and Finance

**Caitlin Campbell**, Analyst in Asian Affairs
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Kishida", "Fumio", "Kishida Fumio, a soft-spoken former foreign minister, won the Liberal Democratic Party's (LDP's) leadership vote on September 29 in a runoff and was chosen Prime Minister by the Diet on October 4", note="family name first; 'Prime Minister' follows the name"),
        "leaders.us_president": P("Biden", "Joe", "He spoke with President Biden by telephone", note="given name not written"),
        "alliance.treaty_ally_since": F(1951, as_written="Allied by treaty since 1951 (the current Treaty of Mutual Cooperation and Security dates from 1960)"),
        "alliance.us_troops_in_japan": F(50000, "over", as_written="Well over 50,000 U.S. military personnel are stationed there"),
        "alliance.host_nation_support_per_year": F(2000000000, "nearly", per="year", as_written="Japan contributes close to $2 billion a year toward the cost of hosting them"),
        "alliance.host_nation_support_agreement": D("2021-02", as_written="the two governments agreed in February 2021 to extend it for one year, to March 2022", note="one-year extension of the SMA; the successor is still under negotiation"),
        "alliance.okinawa_share_of_usfj_facilities": F(70, "about", as_written="About 70% of the land reserved exclusively for U.S. forces in Japan is there", note="exclusive-use basis; location carried from the sentence before"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="and so are more than half of the U.S. military personnel"),
        "alliance.okinawa_share_of_land_area": F(0.6, as_written="a chain of islands that makes up 0.6% of Japan's land area"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="Guam is to take approximately 4,000 of them"),
        "defense.traditional_limit_pct_gdp": F(1, as_written="For decades Japan has kept its defense budget at or near 1% of GDP, a ceiling first set by the cabinet in 1976", note="'at or near' describes the budget, not the ceiling: the limit is exact 1"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="Together with its longtime coalition partner, Komeito"),
        "politics.lower_house_coalition_share": F(63, as_written="it holds 293 seats, or 63% of the chamber"),
        "politics.upper_house_coalition_share": F(60, "under", as_written="The coalition goes into that vote holding a little under three-fifths of the upper house", note="three-fifths = 60%"),
        "politics.next_diet_election_due": F(2022, as_written="next July's House of Councillors election", note="cover November 2021: July 2022"),
        "politics.lower_house_election_due": D("2025-10", as_written="Barring a dissolution, the newly elected members may serve until October 2025, when their four-year terms expire"),
        "trade.overall_partner_rank": F(4, period="2020", as_written="Japan was the fourth-largest U.S. partner in goods trade in 2020"),
        "trade.export_partner_rank": F(4, period="2020", as_written="It held the same position both as a market for U.S. goods", note="'the same position' = fourth"),
        "trade.import_partner_rank": F(4, period="2020", as_written="and as a source of imports"),
        "trade.us_exports_to_japan": F(64100000000, period="2020", as_written="Table 1: U.S. exports to Japan, 2020 column, 64.1 ($ billions)", note="only in the table"),
        "trade.us_imports_from_japan": F(119500000000, period="2020", as_written="Shipments from Japan, led by cars and machinery, fell by about one-sixth, to $119.5 billion", note="year carried; also Table 1's 2020 column"),
        "trade.fdi_source_rank": F(1, as_written="Japanese companies have been the largest foreign direct investors in the United States since 2019"),
        "trade.treasury_holder_rank": F(1, period="2021-09", as_written="Japan also owns more U.S. Treasury securities than any other foreign country: about $1.3 trillion in September"),
        "economy.gdp_growth": GDP(y2020=-4.5, y2019=0.3),
        "economy.supplementary_budget": F(185000000000, "about", period="2021-01", as_written="The most recent supplementary budget, the third for FY2020, was enacted in January 2021 at ¥19.2 trillion (roughly $185 billion)"),
        "economy.yen": F("four-year low against the dollar", period="2021-11", as_written="The yen has slipped to about ¥115 per dollar this month, a four-year low"),
        "economy.emissions_cut_target": F(46, by="2030", baseline="2013", as_written="cutting greenhouse gas emissions 46% from 2013 levels by 2030"),
        "diplomacy.quad_leader_meetings": F(2, as_written="Its leaders first met by video in March 2021, then in person at the White House on September 24, the second such summit"),
    },
    "elections": {
        "ldp_president_2021": E("LDP president", "2021-09-29", "held", result="Kishida Fumio won in a runoff"),
        "lower_house_2021": E("Lower House", "2021-10-31", "held", result="LDP 261 of 465 seats; with Komeito's 32, 293 seats (63%)"),
        "upper_house_2022": E("Upper House", "2022-07", "upcoming", note="'next July's House of Councillors election' (year from the cover)"),
        "okinawa_governor_2022": E("Okinawa governor", "2022-09", "upcoming", note="'His term ends next September, when Okinawans will again elect a governor'"),
    },
    "events": {
        "abe_address_to_congress": EV("Abe addresses a joint meeting of Congress", "2015-04", "held"),
    },
    "notes": "Traps: 'for the second time in fourteen months'; 'He replaced Suga Yoshihide' and 'then-Prime Minister Suga' (former prime minister); 'chosen Prime Minister by the Diet on October 4' (not an election); 'the two men met briefly at the Glasgow climate conference on November 2' and 'A visit to Washington has been discussed for early next year'; 'As foreign minister from 2012 to 2017'; 'he stood beside Abe Shinzo in April 2015' (former prime minister; the event, not a leader); 'the 2015 \"comfort women\" accord'; 'the current Treaty of Mutual Cooperation and Security dates from 1960' (not the ally-since year); 'the Navy's only forward-deployed aircraft carrier strike group'; 'The five-year Special Measures Agreement (SMA) that governs those payments was due to lapse in March 2021' and 'to March 2022' (expiry dates, not the agreement); 'Talks on a successor, which Tokyo hopes will again span five years'; 'Under a 2012 bilateral plan, some 9,000 Marines are to leave Okinawa' (total leaving, not Guam); 'Camp Blaz, activated in October 2020' and 'the first transfers are not expected until the mid-2020s' (no Marines in Guam yet); 'a ceiling first set by the cabinet in 1976. Formally dropped in 1987'; 'The FY2021 initial budget of ¥5.34 trillion' and 'add ¥770 billion for defense in the extra budget it is preparing'; 'the LDP said it would aim for spending of 2% of GDP or more, the NATO benchmark; that idea has not been adopted' (a party pledge, not the spending goal); 'the National Security Strategy, first issued in 2013' and 'by the end of 2022'; Figure 1 (¥ trillions, FY2017-FY2021, axis ticks 0-6 incl. 1, no value labels); 'The LDP won 261 seats in the 465-member House of Representatives, 15 fewer than before' (party alone, not coalition), 'the 233 needed for a majority', 'which took 32', 'nearly quadrupled its seats, to 41'; 'half of the chamber's seats will be filled' (not a share); 'trailing only Mexico, China, and Canada'; 'fell by about one-sixth'; Table 1's 2019 column (74.4, 143.6) and balance row (-69.2, -55.4); 'since 2019, when they passed their British counterparts'; 'against China's $1.05 trillion'; 'lowered Japanese tariffs on roughly $7 billion of U.S. farm goods' and 'in force since January 2020'; 'Section 232 tariffs of 25% on steel and 10% on aluminum' (sectoral, not the tariff on most imports) and 'on November 12'; 'real output fell at an annualized rate of 3.0% in the third quarter' (a quarter); 'a ¥55.7 trillion stimulus package' and 'a further extra budget of more than ¥30 trillion that it will send to the Diet next month' (planned, not enacted); 'about ¥115 per dollar'; 'up from the 26% promised earlier' (previous target) and 'net zero by 2050'; 'Its leaders first met by video in March 2021' (the first of two); '1 billion COVID-19 vaccine doses'; 'South Korea will choose a successor to President Moon Jae-in in March' (another country's election and leader). PDF: curly quotes, NBSP, hyphenated line ends; interleaved columns.",
}
