from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "GD1-IF10199-2018-09", "fresh26", "IF10199", 28
LAYOUTS = ["interleaved", "md"]
PDF_OPTS = ["lig", "nbsp", "hyph"]
CHART = {"unit": "¥ trillions", "ymax": 6, "ticks": [0, 2, 4, 6],
         "series": ["Defense budget"],
         "bars": {"FY2014": (4.88,), "FY2015": (4.98,), "FY2016": (5.05,), "FY2017": (5.13,), "FY2018": (5.19,)}}

MD = """
U.S.-Japan Relations

Updated September 25, 2018

## Overview

Five days after winning a third term as head of the Liberal Democratic Party (LDP), Prime Minister Shinzo Abe is in New York for the opening of the U.N. General Assembly, where he expects to see President Donald J. Trump for the third time this year. Bound to the United States by a security treaty since 1951 (the current text was signed in 1960), Japan remains the anchor of the U.S. military presence in East Asia. Abe has worked harder than most allied leaders to cultivate Trump, as he did his predecessor; three years ago last spring he became the first Japanese prime minister to address a joint meeting of Congress, on April 29, 2015. The personal rapport has not spared Tokyo from the Administration's trade measures, however, and the White House's summit diplomacy with North Korea has unsettled Japanese officials, who fear that their concerns about short-range missiles and the abduction of at least 17 Japanese citizens will be set aside.

## Japan's Political Scene

In the September 20 party vote, Abe beat former defense minister Shigeru Ishiba by 553 votes to 254, putting him on course to become Japan's longest-serving postwar prime minister should he serve out the new three-year term, which ends in September 2021. His coalition, which pairs the LDP with the smaller Komeito, is secure in both chambers of the Diet. In the lower one, the House of Representatives, the October 22, 2017, snap election left the two parties with 313 of 465 seats, more than two-thirds of the total and enough to propose constitutional amendments. The House of Councillors, half of whose 242 members were chosen in July 2016, is controlled by the same partners, with slightly better than three-fifths of the seats.

No nationwide contest is scheduled until the summer of 2019, when the other half of the upper chamber faces voters. The lower chamber's members, for their part, need not stand again before October 2021, unless Abe dissolves it earlier. He has said he hopes to see a revision of Article 9 of the constitution, adding an explicit reference to the Self-Defense Forces, take effect in 2020.

Okinawa Prefecture votes for a governor on September 30. The election was called after Governor Takeshi Onaga, an outspoken foe of the plan to build a replacement Marine airfield at Henoko, died of cancer on August 8. Denny Tamaki, a former Diet member who vows to carry on Onaga's opposition, faces Atsushi Sakima, the former mayor of Ginowan, who has the backing of the LDP and Komeito.

## Alliance Basics

No other foreign country hosts as many U.S. military personnel. Counted together, the Army, Navy, Air Force, and Marine units that make up U.S. Forces Japan (USFJ) number in the neighborhood of 54,000, and the Navy's only forward-deployed aircraft carrier is homeported at Yokosuka. Much of the expense falls on Japan: under the current Special Measures Agreement (SMA), signed in January 2016 and in force through March 2021, Tokyo pays close to $2 billion annually toward base labor, utilities, and construction. Talks on the next SMA are expected to start next year, and President Trump has repeatedly said that allies should pay more.

Tokyo's own military budget has grown for six years in a row and reached a record ¥5.19 trillion in FY2018 (Figure 1). At well under 1% of GDP, the informal ceiling that cabinets have largely honored since 1976, the outlays remain modest by allied standards. An LDP panel proposed in May that the government use NATO's 2% benchmark as a reference, but no such target has been adopted. New National Defense Program Guidelines are due by December, and purchases of U.S. equipment such as two Aegis Ashore missile defense batteries, priced at roughly ¥234 billion, are expected to grow.

**Figure 1. Japan's Defense Budget, FY2014-FY2018**

Source: Japan Ministry of Defense. Initial budgets, excluding SACO and realignment costs.

## Okinawa

The southernmost prefecture, about 0.6% of the country's land area, carries a disproportionate share of the U.S. presence. Roughly one in four of the facilities used by U.S. forces in Japan lies on its islands, and more than half of USFJ personnel are stationed there. Under a plan agreed in 2006 and revised in 2012, about 9,000 Marines are to leave Okinawa. Of those, approximately 4,000 will go to Guam, with the first moves not expected before the early 2020s. On August 31, the prefectural government revoked the landfill permit for the Henoko site, halting construction for now; the national government is expected to challenge the revocation in court.

## Trade Relations

Only China, Canada, and Mexico exchanged more goods with the United States in 2017 than Japan did. The same three countries stood ahead of it both as markets for U.S. exports and as suppliers of U.S. imports.

Table 1. U.S. Goods Trade with Japan ($ billions)

| | 2016 | 2017 |
| --- | --- | --- |
| U.S. exports | 63.3 | 67.7 |
| U.S. imports | 132.2 | 136.5 |
| Balance | -68.9 | -68.8 |

Source: U.S. Census Bureau.

Motor vehicles and parts account for over a third of what the United States buys from Japan, which makes a pending Commerce Department investigation especially worrying for Tokyo. Opened in May under Section 232 of the Trade Expansion Act of 1962, it could lead to tariffs of as much as 25% on imported cars; the President has mentioned that rate several times. Japanese steel and aluminum have paid Section 232 duties of 25% and 10%, respectively, since March 23; unlike the European Union, South Korea, and several other partners, Japan was never granted even a temporary exemption. Trade ministers began a new "free, fair and reciprocal" dialogue in August, but Tokyo continues to resist U.S. calls for a bilateral free trade agreement and has urged Washington to rejoin the Trans-Pacific Partnership (TPP), which the remaining 11 members signed in March in revised form. Japan ratified that agreement in July, the same month it signed an economic partnership agreement with the European Union.

Investment flows run heavily in Japan's favor. Japanese firms' direct investment in the United States, valued at $469 billion at the end of 2017, was exceeded only by that of British firms. At the end of July, Japan's holdings of U.S. Treasury securities, at $1.03 trillion, trailed China's.

## The Economy

Real GDP rose 1.7% in 2017, after growth of 1.0% the year before. Output dipped in January-March 2018, ending the longest unbroken run of quarterly growth since the 1980s, and then rebounded at an annualized rate of 3.0% in April-June. The Diet had enacted on February 1 a ¥2.7 trillion supplementary budget for FY2017, worth about $25 billion, to pay for disaster relief and for support to farmers facing TPP competition. More spending is likely after the July floods in western Japan, which killed more than 200 people, and this month's earthquake in Hokkaido. A consumption tax increase from 8% to 10% is scheduled for October 2019. Under the Paris Agreement, Japan is committed to a 26% cut in greenhouse gas emissions from 2013 levels by 2030; the U.S. pledge under the agreement, which the Trump Administration has disavowed, was a 26%-28% reduction below 2005 levels by 2025.

**Emma Chanlett-Avery**, Coordinator, Specialist in Asian Affairs

**Mark E. Manyin**, Specialist in Asian Affairs

**Brock R. Williams**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Abe", "Shinzo", "Prime Minister Shinzo Abe", note="given name first"),
        "leaders.us_president": P("Trump", "Donald", "President Donald J. Trump"),
        "alliance.treaty_ally_since": F(1951, as_written="Bound to the United States by a security treaty since 1951 (the current text was signed in 1960)", note="fronted participial phrase; 1960 is the revised treaty (trap)"),
        "alliance.us_troops_in_japan": F(54000, "about", as_written="number in the neighborhood of 54,000", note="subject 'the Army, Navy, Air Force, and Marine units that make up U.S. Forces Japan (USFJ)'; 'in the neighborhood of' = about"),
        "alliance.host_nation_support_per_year": F(2000000000, "nearly", per="year", as_written="Tokyo pays close to $2 billion annually toward base labor, utilities, and construction", note="'close to' = nearly"),
        "alliance.host_nation_support_agreement": D("2016-01", as_written="the current Special Measures Agreement (SMA), signed in January 2016 and in force through March 2021", note="dated by its signing; March 2021 is its end"),
        "alliance.okinawa_share_of_usfj_facilities": F(25, "about", as_written="Roughly one in four of the facilities used by U.S. forces in Japan lies on its islands", note="all-facilities basis; 'one in four' = 25"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="and more than half of USFJ personnel are stationed there"),
        "alliance.okinawa_share_of_land_area": F(0.6, "about", as_written="The southernmost prefecture, about 0.6% of the country's land area"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="Of those, approximately 4,000 will go to Guam", note="'those' = the 9,000 Marines to leave Okinawa (trap)"),
        "defense.traditional_limit_pct_gdp": F(1, as_written="At well under 1% of GDP, the informal ceiling that cabinets have largely honored since 1976", note="the ceiling is 1% exact; 'well under' qualifies the budget's own share, which is not a catalogue fact. No spending goal: NATO's 2% only proposed 'as a reference' and 'no such target has been adopted'"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="His coalition, which pairs the LDP with the smaller Komeito"),
        "politics.lower_house_coalition_share": F(67, "over", as_written="left the two parties with 313 of 465 seats, more than two-thirds of the total", note="fraction rounded: two-thirds = 67 (313/465 = 67.3%)"),
        "politics.upper_house_coalition_share": F(60, "over", as_written="is controlled by the same partners, with slightly better than three-fifths of the seats", note="'slightly better than' = over; subject 'The House of Councillors' carried through a relative clause"),
        "politics.next_diet_election_due": F(2019, as_written="No nationwide contest is scheduled until the summer of 2019, when the other half of the upper chamber faces voters"),
        "politics.lower_house_election_due": D("2021-10", as_written="The lower chamber's members, for their part, need not stand again before October 2021", note="37 months away: deadline only, no lower_house_2021 election"),
        "trade.overall_partner_rank": F(4, period="2017", as_written="Only China, Canada, and Mexico exchanged more goods with the United States in 2017 than Japan did", note="three named ahead = fourth"),
        "trade.export_partner_rank": F(4, period="2017", as_written="The same three countries stood ahead of it both as markets for U.S. exports", note="subject carried from the sentence before"),
        "trade.import_partner_rank": F(4, period="2017", as_written="and as suppliers of U.S. imports"),
        "trade.us_exports_to_japan": F(67700000000, period="2017", as_written="U.S. exports | 63.3 | 67.7", note="only in Table 1 ($ billions), 2017 column; goods; the 2016 column is a trap"),
        "trade.us_imports_from_japan": F(136500000000, period="2017", as_written="U.S. imports | 132.2 | 136.5", note="only in Table 1 ($ billions), 2017 column; goods"),
        "trade.fdi_source_rank": F(2, period="2017", as_written="Japanese firms' direct investment in the United States, valued at $469 billion at the end of 2017, was exceeded only by that of British firms"),
        "trade.treasury_holder_rank": F(2, period="2018-07", as_written="At the end of July, Japan's holdings of U.S. Treasury securities, at $1.03 trillion, trailed China's", note="year from the cover date"),
        "economy.gdp_growth": GDP(y2017=1.7, y2016=1.0),
        "economy.supplementary_budget": F(25000000000, "about", period="2018-02", as_written="The Diet had enacted on February 1 a ¥2.7 trillion supplementary budget for FY2017, worth about $25 billion", note="dollar figure; year from the cover date"),
        "economy.emissions_cut_target": F(26, by="2030", baseline="2013", as_written="Japan is committed to a 26% cut in greenhouse gas emissions from 2013 levels by 2030"),
    },
    "elections": {
        "ldp_president_2018": E("LDP president", "2018-09-20", "held", result="Abe beat Shigeru Ishiba 553 votes to 254; third term ends September 2021", note="'Five days after winning a third term' and 'In the September 20 party vote' (year from the cover date)"),
        "lower_house_2017": E("Lower House", "2017-10-22", "held", result="LDP and Komeito 313 of 465 seats, more than two-thirds"),
        "upper_house_2016": E("Upper House", "2016-07", "held", note="'half of whose 242 members were chosen in July 2016'"),
        "upper_house_2019": E("Upper House", "2019", "upcoming", note="'the summer of 2019': year precision"),
        "okinawa_governor_2018": E("Okinawa governor", "2018-09-30", "upcoming", note="Denny Tamaki vs Atsushi Sakima (LDP- and Komeito-backed); called after Onaga's death"),
    },
    "events": {
        "abe_address_to_congress": EV("Abe addresses a joint meeting of Congress", "2015-04-29", "held"),
    },
    "notes": "Traps: 'Five days after winning a third term' (relative; the vote is dated by 'the September 20 party vote'); 'for the third time this year' (a count of meetings); 'the current text was signed in 1960' (revised treaty, not the alliance's start); 'three years ago last spring' (the address is dated by its day); 'the abduction of at least 17 Japanese citizens'; 'by 553 votes to 254' and 'former defense minister Shigeru Ishiba' (not a prime minister); 'the new three-year term, which ends in September 2021' (an LDP term end, not the Diet deadline, though the same year); 'the October 22, 2017, snap election left the two parties with 313 of 465 seats' (seat counts); 'half of whose 242 members were chosen in July 2016' (half is no share); 'when the other half of the upper chamber faces voters'; 'unless Abe dissolves it earlier' (speculation, not listed); 'take effect in 2020' (a constitutional goal); 'Governor Takeshi Onaga ... died of cancer on August 8' and 'Atsushi Sakima, the former mayor of Ginowan' (local office); 'No other foreign country hosts as many U.S. military personnel' (comparison, not a hedge); 'the Navy's only forward-deployed aircraft carrier'; 'in force through March 2021' (SMA end); 'Talks on the next SMA are expected to start next year'; 'reached a record ¥5.19 trillion in FY2018' and 'grown for six years in a row'; 'At well under 1% of GDP' (the budget's share; the ceiling is 1); 'since 1976'; 'use NATO's 2% benchmark as a reference, but no such target has been adopted' (no spending goal); 'two Aegis Ashore missile defense batteries, priced at roughly ¥234 billion' (not Tomahawk); Figure 1 (defense budget FY2014-FY2018, ¥ trillions, axis ticks 0-6, no value labels); 'a plan agreed in 2006 and revised in 2012'; 'about 9,000 Marines are to leave Okinawa' (the total leaving, not Guam's share); 'with the first moves not expected before the early 2020s' (no Marines in Guam); 'On August 31, the prefectural government revoked the landfill permit'; Table 1's 2016 column (63.3, 132.2) and 'Balance' row (-68.9, -68.8: a deficit, no IF10199 fact); 'over a third of what the United States buys from Japan'; 'Section 232 of the Trade Expansion Act of 1962'; 'tariffs of as much as 25% on imported cars' (threatened; no tariff on most imports is stated); 'Section 232 duties of 25% and 10%, respectively, since March 23' (steel and aluminum); 'the remaining 11 members signed in March' (TPP-11); 'a new \"free, fair and reciprocal\" dialogue in August' (not a negotiating round); 'valued at $469 billion at the end of 2017' (FDI stock: no IF10199 fact); 'at $1.03 trillion' (holdings, not a rank); 'at an annualized rate of 3.0% in April-June' (a quarter); 'the longest unbroken run of quarterly growth since the 1980s'; 'a ¥2.7 trillion supplementary budget for FY2017' (yen figure; the fact is the dollar one); 'which killed more than 200 people'; 'A consumption tax increase from 8% to 10% is scheduled for October 2019'; 'the U.S. pledge ... was a 26%-28% reduction below 2005 levels by 2025' (another country's target). Layouts: interleaved (PDF ligatures, NBSP, hyphenated line ends; Table 1 and Figure 1 in the columns) and md.",
}
