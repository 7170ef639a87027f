from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "CB1-IF10199-2019-07", "fresh22", "IF10199", 41
LAYOUTS = ["html", "md"]
PDF_OPTS = ["quotes"]
SIDEBAR = "The July 21 Vote in Brief"

MD = """
U.S.-Japan Relations

Updated July 30, 2019

## Overview

Nine days after an upper-house election that left his governing coalition in command of both chambers of the Diet, Prime Minister Shinzo Abe is on course to become, in November, the longest-serving head of government in Japan's modern history. Ties with the Trump Administration remain warm at the top: President Donald Trump paid a state visit to Tokyo in late May, the first by a foreign leader since the new Emperor's accession, and came back a month later for the G-20 summit in Osaka. Beneath the rapport lie unsettled disputes over trade and over how much Japan should pay to host U.S. forces. Abe, who in 2015 became the first Japanese premier to speak before both houses of Congress sitting together, has worked to keep those quarrels from unsettling a partnership that Tokyo regards as indispensable.

## The Alliance

Formalized by treaty in 1951, the alliance grants the United States the use of bases in Japan in exchange for a U.S. pledge to defend Japanese territory. U.S. service members stationed in Japan number in excess of 50,000, and some 40,000 of their family members live there as well. Tokyo bears part of the cost of keeping them. Under a five-year Special Measures Agreement concluded in January 2016, that part averages some ¥189 billion a year, on the order of $1.7 billion. The agreement lapses in March 2021; talks on its successor are expected to open next year, and press accounts this month said that White House officials had floated a much larger contribution.

Japan's FY2019 defense budget, ¥5.26 trillion, is the largest in its history. Even so, it stays beneath the 1%-of-GDP benchmark that successive cabinets have treated as a ceiling since 1976. The President has pressed allies to devote 2% of GDP to defense; Japan has adopted no such goal. Tokyo is also buying two Aegis Ashore missile-defense batteries, whose estimated cost has climbed above ¥240 billion.

## Okinawa

Okinawa, at six-tenths of one percent of Japan's land area, hosts some seven-tenths of the acreage reserved for the exclusive use of U.S. forces, and a majority of the U.S. personnel in Japan are based there. Denny Tamaki won the prefecture's governorship in September 2018 by promising to halt the move of Marine Corps Air Station Futenma to Henoko; in a February referendum, 72% of those who voted opposed the landfill there. Under the 2012 revision of the realignment road map, about 9,000 Marines are to leave the island. Guam is to take some 4,000 of them, though no unit is scheduled to move before the mid-2020s.

## Domestic Politics

The July 21 election for half of the House of Councillors largely went the government's way. The Liberal Democratic Party (LDP) and its junior partner, Komeito, won 71 of the 124 seats at stake; counting members not up this year, the ruling bloc holds 141 of the chamber's 245 seats, a bit under three-fifths. Parties open to constitutional revision, however, fell short of the 164 seats, two-thirds of the chamber, needed to send an amendment to a national referendum. In the House of Representatives, whose members last faced voters in a snap election in the autumn of 2017, the coalition controls better than two-thirds of the seats.

No further national vote is scheduled before October 2021, when the lower chamber's four-year term expires, though Abe may dissolve it sooner; the other half of the upper chamber comes up for election in the summer of 2022. Abe's third and, under party rules, final term as LDP president, which he won in a September 2018 party vote against former defense minister Shigeru Ishiba, likewise ends in September 2021.

## The July 21 Vote in Brief

- Seats contested: 124 (the chamber grew by three seats, to 245)
- Won by the LDP and Komeito: 71
- Held by the coalition after the vote: 141
- Turnout: 48.8%, the second-lowest on record for a national election

## Trade and Investment

U.S. goods exports to and imports from Japan came to $75.2 billion and $142.6 billion, respectively, in 2018, leaving a U.S. goods deficit of $67.4 billion. On each side of that ledger Japan placed fourth among U.S. partners, as it did in total goods trade.

The two governments opened negotiations on a bilateral agreement in April 2019, aiming first at tariffs on farm and industrial goods. Japanese officials have said that any deal will offer no more market access than Japan promised under the Trans-Pacific Partnership (TPP), from which the United States withdrew in January 2017. In a proclamation issued in mid-May, President Trump found that imports of autos and parts threaten to impair U.S. national security but put off a decision on tariffs of up to 25% for as long as 180 days while talks continue. Japanese steel and aluminum have paid Section 232 tariffs of 25% and 10% since March 2018.

Japanese companies' direct investment position in the United States, $484.4 billion at the end of 2018, is topped by the United Kingdom's alone. Japan's holdings of U.S. Treasury securities, $1.10 trillion in May, were a hair below China's.

## Economy

Real GDP expanded 0.8% in 2018, slower than the 1.9% recorded in 2017; in the first quarter of this year output rose at an annualized 2.2%. To cushion the economy before the consumption tax rises from 8% to 10% on October 1, the Diet enacted in February a ¥3.05 trillion second supplementary budget for FY2018, worth a little more than $27 billion, and in March a record ¥101.5 trillion budget for FY2019. Under the Paris Agreement, Japan has pledged to cut greenhouse gas emissions 26% by FY2030 from FY2013 levels.

## Regional Relations

Relations between Tokyo and Seoul have soured. Early this month Japan tightened its screening of exports to South Korea of three chemicals used in making semiconductors and displays, citing security concerns; Seoul calls the step retaliation for South Korean court rulings on wartime labor. North Korea resumed short-range missile launches in May, and Abe has said he is prepared to meet Kim Jong-un without preconditions. Japan and China, whose leaders met in Osaka in June, are preparing for a state visit by Xi Jinping next spring.

**Emma Chanlett-Avery**, Coordinator, Specialist in Asian Affairs

**Mark E. Manyin**, Specialist in Asian Affairs

**Brock R. Williams**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Abe", "Shinzo", "Prime Minister Shinzo Abe"),
        "leaders.us_president": P("Trump", "Donald", "President Donald Trump"),
        "alliance.treaty_ally_since": F(1951, as_written="Formalized by treaty in 1951, the alliance"),
        "alliance.us_troops_in_japan": F(50000, "over", as_written="U.S. service members stationed in Japan number in excess of 50,000"),
        "alliance.host_nation_support_per_year": F(1700000000, "about", per="year", as_written="that part averages some ¥189 billion a year, on the order of $1.7 billion", note="'on the order of' read as about; the yen amount's 'some' agrees"),
        "alliance.host_nation_support_agreement": D("2016-01", as_written="Under a five-year Special Measures Agreement concluded in January 2016"),
        "alliance.okinawa_share_of_usfj_facilities": F(70, "about", as_written="hosts some seven-tenths of the acreage reserved for the exclusive use of U.S. forces", note="exclusive-use basis; a fraction in words is its rounded whole percent"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="a majority of the U.S. personnel in Japan are based there", note="'a majority' read as over half"),
        "alliance.okinawa_share_of_land_area": F(0.6, as_written="Okinawa, at six-tenths of one percent of Japan's land area", note="a decimal fraction of one percent, i.e. 0.6%, not a fraction of the whole"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="Guam is to take some 4,000 of them"),
        "defense.traditional_limit_pct_gdp": F(1, as_written="the 1%-of-GDP benchmark that successive cabinets have treated as a ceiling since 1976"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="The Liberal Democratic Party (LDP) and its junior partner, Komeito"),
        "politics.upper_house_coalition_share": F(60, "under", as_written="the ruling bloc holds 141 of the chamber's 245 seats, a bit under three-fifths"),
        "politics.lower_house_coalition_share": F(67, "over", as_written="the coalition controls better than two-thirds of the seats", note="'better than' read as over"),
        "politics.next_diet_election_due": F(2021, as_written="No further national vote is scheduled before October 2021, when the lower chamber's four-year term expires"),
        "politics.lower_house_election_due": D("2021-10", as_written="before October 2021, when the lower chamber's four-year term expires"),
        "trade.overall_partner_rank": F(4, period="2018", as_written="as it did in total goods trade"),
        "trade.export_partner_rank": F(4, period="2018", as_written="On each side of that ledger Japan placed fourth among U.S. partners"),
        "trade.import_partner_rank": F(4, period="2018", as_written="On each side of that ledger Japan placed fourth among U.S. partners"),
        "trade.us_exports_to_japan": F(75200000000, period="2018", as_written="U.S. goods exports to and imports from Japan came to $75.2 billion and $142.6 billion, respectively, in 2018", note="goods only"),
        "trade.us_imports_from_japan": F(142600000000, period="2018", as_written="U.S. goods exports to and imports from Japan came to $75.2 billion and $142.6 billion, respectively, in 2018", note="goods only"),
        "trade.fdi_source_rank": F(2, period="2018", as_written="$484.4 billion at the end of 2018, is topped by the United Kingdom's alone"),
        "trade.treasury_holder_rank": F(2, period="2019-05", as_written="Japan's holdings of U.S. Treasury securities, $1.10 trillion in May, were a hair below China's"),
        "economy.gdp_growth": GDP(y2018=0.8, y2017=1.9),
        "economy.supplementary_budget": F(27000000000, "over", period="2019-02", as_written="the Diet enacted in February a ¥3.05 trillion second supplementary budget for FY2018, worth a little more than $27 billion"),
        "economy.emissions_cut_target": F(26, by="2030", baseline="2013", as_written="cut greenhouse gas emissions 26% by FY2030 from FY2013 levels"),
    },
    "elections": {
        "upper_house_2019": E("Upper House", "2019-07-21", "held", result="LDP and Komeito won 71 of 124 seats; coalition holds 141 of 245, a bit under three-fifths"),
        "lower_house_2017": E("Lower House", "2017", "held", note="'a snap election in the autumn of 2017' (season: year precision)"),
        "upper_house_2022": E("Upper House", "2022", "upcoming", note="'comes up for election in the summer of 2022' (season: year precision)"),
        "ldp_president_2018": E("LDP president", "2018-09", "held", result="Abe re-elected for a third term over Shigeru Ishiba"),
        "okinawa_governor_2018": E("Okinawa governor", "2018-09", "held", result="Denny Tamaki won"),
    },
    "events": {
        "abe_address_to_congress": EV("Abe addresses a joint meeting of Congress", "2015", "held"),
        "first_negotiating_round": EV("U.S.-Japan trade negotiations opened", "2019-04", "held"),
        "section232_autos_proclamation": EV("Section 232 autos proclamation", "2019-05", "held"),
    },
    "notes": "Traps: 'Nine days after an upper-house election' and 'in November, the longest-serving head of government' (not an election); 'a state visit to Tokyo in late May' and 'the G-20 summit in Osaka'; 'some 40,000 of their family members' (dependents, not troops); 'some ¥189 billion a year' (yen amount beside the dollar payment); 'The agreement lapses in March 2021' and 'talks on its successor are expected to open next year' (not the latest agreement); 'a much larger contribution' (no figure); 'Japan's FY2019 defense budget, ¥5.26 trillion'; 'The President has pressed allies to devote 2% of GDP to defense; Japan has adopted no such goal' (no spending goal); 'above ¥240 billion' (Aegis Ashore); 'in a February referendum, 72% of those who voted opposed' (not an Okinawa share); 'about 9,000 Marines are to leave the island' (total leaving, not Guam); 'no unit is scheduled to move before the mid-2020s' (no Marines in Guam); 'won 71 of the 124 seats at stake' (seats won, not the share); 'fell short of the 164 seats, two-thirds of the chamber' (amendment threshold, not a share); 'the chamber grew by three seats, to 245' and 'Turnout: 48.8%' (sidebar list, html aside); 'though Abe may dissolve it sooner' (speculation, no election); 'final term as LDP president ... likewise ends in September 2021' (term end, not an election); 'leaving a U.S. goods deficit of $67.4 billion' (no IF10199 fact); 'withdrew in January 2017' (TPP); 'tariffs of up to 25% for as long as 180 days' (threatened, no tariff on most imports); 'Section 232 tariffs of 25% and 10% since March 2018' (steel and aluminum only); '$484.4 billion' (FDI stock, no IF10199 fact); '$1.10 trillion in May'; 'output rose at an annualized 2.2%' (a quarter, not a year); 'the consumption tax rises from 8% to 10%'; 'a record ¥101.5 trillion budget for FY2019' (main budget, not supplementary); 'three chemicals' and 'Early this month' (export controls); 'next spring' (Xi visit, planned)",
}
