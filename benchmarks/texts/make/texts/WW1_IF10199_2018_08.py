from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "WW1-IF10199-2018-08", "fresh13", "IF10199", 26
LAYOUTS = ["html", "pdf"]
PDF_OPTS = ["nbsp", "hyph"]
SIDEBAR = "Okinawa: A Governorship Suddenly Open"
CHART = {"unit": "¥ trillions", "ymax": 6, "ticks": [0, 2, 4, 6],
         "series": ["Initial defense budget"],
         "bars": {"FY2014": (4.88,), "FY2015": (4.98,), "FY2016": (5.05,), "FY2017": (5.13,), "FY2018": (5.19,),
                  "FY2019": (5.30,)}}

MD = """
U.S.-Japan Relations

Updated August 14, 2018

## Overview

Although the alliance with Japan remains the cornerstone of the U.S. presence in East Asia, relations have grown more complicated since President Donald Trump, who withdrew the United States from the Trans-Pacific Partnership (TPP) in his first week in office, made the trade deficit a recurring theme of his meetings with Prime Minister Shinzo Abe. Abe, whose April 2015 speech before a joint meeting of Congress was the first by a Japanese prime minister, has cultivated a close rapport with the President, hosting him in Tokyo last November, yet he could not obtain an exemption from the steel and aluminum tariffs that took effect in March.

## The Alliance

Bound to the United States by a security treaty signed in 1951 and revised in 1960, Japan grants the U.S. military the use of bases on its territory in return for a U.S. commitment to come to its defense. Japan hosts, at approximately 54,000, more U.S. military personnel than any other foreign country; Germany, with some 35,000, comes next.

Some $1.7 billion a year is what Japan pays, on average, toward the cost of stationing those forces under the five-year Special Measures Agreement (SMA) that the two governments signed in January 2016, a contribution that, at about ¥189 billion annually, is slightly larger than under the previous agreement, which dated from 2011. Because the SMA expires in March 2021, talks on its successor are expected to start next year.

## Defense Spending

Although the cap of 1% of gross domestic product (GDP) that the cabinet adopted in 1976 was formally dropped in 1987, Japan's defense budget has seldom exceeded it since, and the ¥5.19 trillion enacted for FY2018 comes to roughly 0.9% of GDP (Figure 1). When the Ministry of Defense submits its FY2019 request at the end of this month, it is expected to seek some ¥5.3 trillion. An LDP panel proposed in May that NATO's 2% benchmark serve as a reference point, but the government has adopted no numerical target.

**Figure 1. Japan's Defense Budget, FY2014-FY2019**

Source: Japan Ministry of Defense. FY2019: expected request.

## Okinawa: A Governorship Suddenly Open

Less than 1% of Japan's land area, but roughly 70% of the acreage reserved for the exclusive use of U.S. forces, lies in Okinawa Prefecture, where more than half of the U.S. military personnel in Japan are based. Governor Takeshi Onaga, an opponent of the Henoko base project, died on August 8; the election to choose his successor, which would otherwise have been held by December, has been moved up to September 30. In February, a candidate backed by the ruling coalition unseated Nago's anti-base mayor.

Under a 2012 revision of the 2006 roadmap, which had envisioned moving 8,000 Marines to Guam by 2014, about 9,000 Marines are to leave Okinawa, roughly 4,000 of them for Guam, in a transfer not expected to begin until the first half of the 2020s.

## Politics

Just over two-thirds of the 465 seats in the House of Representatives, the lower chamber, and about three-fifths of the 242 seats in the House of Councillors belong to the coalition of Abe's Liberal Democratic Party (LDP) and its junior partner, Komeito, whose lower-chamber margin dates from the snap election that Abe called for October 2017. LDP lawmakers and members will choose the party's president on September 20; if Abe, who is expected to announce his candidacy later this month, defeats former Defense Minister Shigeru Ishiba, who declared on August 10, a third three-year term would put him on course to become, in November 2019, Japan's longest-serving prime minister.

Because a constitutional amendment needs two-thirds of each chamber before it can go to a referendum, Abe, who wants Article 9 to mention the Self-Defense Forces, must hold that line in July 2019, when half of the upper chamber will be elected in what is to be the next national election; under a law enacted in July, the chamber will grow to 245 seats after that vote and to 248 three years later. The lower chamber's four-year term runs until October 2021.

## Trade and Investment

Behind only China, Canada, and Mexico among U.S. partners in two-way goods trade in 2017 stood Japan. Fourth, too, was its position both as a market, taking $67.7 billion in U.S. goods (up from $63.2 billion in 2016), and as a supplier, shipping $136.5 billion in goods to the United States, so that the bilateral goods deficit, $68.8 billion, was the third-largest the United States ran with any country.

Since March 23, Japanese steel and aluminum have faced the 25% and 10% tariffs that the President imposed under Section 232 of the Trade Expansion Act of 1962. A second Section 232 investigation, into motor vehicles and parts, which account for roughly two-fifths of U.S. imports from Japan, could lead to tariffs of as much as 25%, ten times the 2.5% duty now levied on cars. Tokyo, hoping to avert them, has agreed to a ministerial dialogue on "free, fair, and reciprocal" trade, whose first round took place in Washington on August 9-10; a second is planned for September.

With a direct investment position in the United States of $469 billion at the end of 2017, Japanese firms were outpaced only by British ones, and, China aside, no country holds more U.S. Treasury securities than Japan, whose holdings came to roughly $1.03 trillion in June.

## Economy

Growing at an annualized rate of 1.9% in the April-June quarter, the economy rebounded from a first-quarter contraction; for 2017 as a whole, real GDP rose 1.7%, up from 1.0% in 2016. Approved by the Diet on February 1, the FY2017 supplementary budget of ¥2.7 trillion, a little under $25 billion, predates the July floods in western Japan, for which another is expected this autumn. The consumption tax is to rise from 8% to 10% in October 2019. Under the Paris Agreement, Japan has pledged to cut greenhouse gas emissions 26% from FY2013 levels by FY2030, a goal that replaced the 25% cut from 1990 levels it had promised in 2009.

## Regional Relations

Abe is expected to visit Beijing in October, the first official visit to China by a Japanese prime minister since 2011. Senior officials from Japan, the United States, Australia, and India, who revived their four-way "Quad" consultations in Manila in November 2017, met for the second time in Singapore in June.

**Emma Chanlett-Avery**, Coordinator, Specialist in Asian Affairs

**Mark E. Manyin**, Specialist in Asian Affairs

**Brock R. Williams**, Specialist in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Abe", "Shinzo", "Prime Minister Shinzo Abe"),
        "leaders.us_president": P("Trump", "Donald", "President Donald Trump"),
        "alliance.treaty_ally_since": F(1951, as_written="Bound to the United States by a security treaty signed in 1951 and revised in 1960", note="participial clause before its subject (Japan); 1960 is the revision"),
        "alliance.us_troops_in_japan": F(54000, "about", as_written="Japan hosts, at approximately 54,000, more U.S. military personnel than any other foreign country", note="the value stands before the noun it counts"),
        "alliance.host_nation_support_per_year": F(1700000000, "about", per="year", as_written="Some $1.7 billion a year is what Japan pays, on average, toward the cost of stationing those forces", note="dollar figure, value before its subject; the yen amount ('about ¥189 billion annually') is not dollars"),
        "alliance.host_nation_support_agreement": D("2016-01", as_written="the five-year Special Measures Agreement (SMA) that the two governments signed in January 2016"),
        "alliance.okinawa_share_of_land_area": F(1, "under", as_written="Less than 1% of Japan's land area ... lies in Okinawa Prefecture", note="sidebar (HTML aside); value before its subject"),
        "alliance.okinawa_share_of_usfj_facilities": F(70, "about", as_written="roughly 70% of the acreage reserved for the exclusive use of U.S. forces, lies in Okinawa Prefecture", note="sidebar; exclusive-use basis"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="where more than half of the U.S. military personnel in Japan are based", note="sidebar"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="about 9,000 Marines are to leave Okinawa, roughly 4,000 of them for Guam", note="sidebar; 9,000 is the total leaving, 8,000 the 2006 roadmap's plan"),
        "defense.traditional_limit_pct_gdp": F(1, as_written="the cap of 1% of gross domestic product (GDP) that the cabinet adopted in 1976", note="the limit itself; 0.9% is the current budget's share"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="the coalition of Abe's Liberal Democratic Party (LDP) and its junior partner, Komeito"),
        "politics.lower_house_coalition_share": F(67, "over", as_written="Just over two-thirds of the 465 seats in the House of Representatives ... belong to the coalition", note="fraction in words, rounded whole percent; value before its subject"),
        "politics.upper_house_coalition_share": F(60, "about", as_written="and about three-fifths of the 242 seats in the House of Councillors belong to the coalition", note="fraction in words; subject after the value"),
        "politics.next_diet_election_due": F(2019, as_written="in July 2019, when half of the upper chamber will be elected in what is to be the next national election"),
        "politics.lower_house_election_due": D("2021-10", as_written="The lower chamber's four-year term runs until October 2021"),
        "trade.overall_partner_rank": F(4, period="2017", as_written="Behind only China, Canada, and Mexico among U.S. partners in two-way goods trade in 2017 stood Japan", note="inverted sentence: the subject comes last; goods trade"),
        "trade.export_partner_rank": F(4, period="2017", as_written="Fourth, too, was its position both as a market, taking $67.7 billion in U.S. goods", note="fronted ordinal, subject 'its' carried from the sentence before"),
        "trade.import_partner_rank": F(4, period="2017", as_written="and as a supplier, shipping $136.5 billion in goods to the United States", note="same fronted 'Fourth, too'"),
        "trade.us_exports_to_japan": F(67700000000, period="2017", as_written="taking $67.7 billion in U.S. goods (up from $63.2 billion in 2016)", note="goods only"),
        "trade.us_imports_from_japan": F(136500000000, period="2017", as_written="shipping $136.5 billion in goods to the United States", note="goods only"),
        "trade.fdi_source_rank": F(2, period="2017", as_written="With a direct investment position in the United States of $469 billion at the end of 2017, Japanese firms were outpaced only by British ones"),
        "trade.treasury_holder_rank": F(2, period="2018-06", as_written="China aside, no country holds more U.S. Treasury securities than Japan, whose holdings came to roughly $1.03 trillion in June"),
        "economy.gdp_growth": GDP(y2017=1.7, y2016=1.0),
        "economy.supplementary_budget": F(25000000000, "under", period="2018-02", as_written="Approved by the Diet on February 1, the FY2017 supplementary budget of ¥2.7 trillion, a little under $25 billion", note="participial clause with the date before its subject; the planned autumn budget is a trap"),
        "economy.emissions_cut_target": F(26, by="2030", baseline="2013", as_written="cut greenhouse gas emissions 26% from FY2013 levels by FY2030"),
    },
    "elections": {
        "lower_house_2017": E("Lower House", "2017-10", "held", note="'the snap election that Abe called for October 2017'"),
        "ldp_president_2018": E("LDP president", "2018-09-20", "upcoming", note="'will choose the party's president on September 20' (year from the text's date); Abe vs Ishiba"),
        "okinawa_governor_2018": E("Okinawa governor", "2018-09-30", "upcoming", note="sidebar: 'has been moved up to September 30' (year from the text's date); 'would otherwise have been held by December' is a trap"),
        "upper_house_2019": E("Upper House", "2019-07", "upcoming", note="'in July 2019, when half of the upper chamber will be elected'"),
    },
    "events": {
        "abe_address_to_congress": EV("Abe addresses a joint meeting of Congress", "2015-04", "held"),
    },
    "notes": "Traps: 'withdrew the United States from the Trans-Pacific Partnership (TPP) in his first week in office'; 'hosting him in Tokyo last November' (a visit, no event); 'the steel and aluminum tariffs that took effect in March'; 'revised in 1960' (not the treaty year); 'Germany, with some 35,000, comes next' (another country's troops); 'at about ¥189 billion annually' (yen, not the dollar figure) and 'the previous agreement, which dated from 2011' (past agreement); 'the SMA expires in March 2021' and 'talks on its successor are expected to start next year' (planned); 'was formally dropped in 1987'; 'the ¥5.19 trillion enacted for FY2018 comes to roughly 0.9% of GDP' (the budget's current share, not the limit); 'it is expected to seek some ¥5.3 trillion' (planned FY2019 request); 'NATO's 2% benchmark serve as a reference point' and 'has adopted no numerical target' (no spending goal); Figure 1 (defense budget FY2014-FY2019, ¥ trillions, FY2019 the expected request; ticks 0-6, no value labels; in the HTML floated into the sidebar); sidebar 'Okinawa: A Governorship Suddenly Open' (HTML aside; PDF ordinary section): 'died on August 8', 'which would otherwise have been held by December' (not the election date), 'In February, a candidate backed by the ruling coalition unseated Nago's anti-base mayor' (local race, not listed), 'which had envisioned moving 8,000 Marines to Guam by 2014' (past plan), 'about 9,000 Marines are to leave Okinawa' (total leaving) and 'not expected to begin until the first half of the 2020s' (none moved: no Marines in Guam); 'of the 465 seats' and 'of the 242 seats' (seat totals); 'a third three-year term' and 'in November 2019, Japan's longest-serving prime minister'; 'who declared on August 10'; 'needs two-thirds of each chamber' (a threshold, not a share); 'the chamber will grow to 245 seats after that vote and to 248 three years later' (no 2022 election stated); 'up from $63.2 billion in 2016' (past exports); 'the bilateral goods deficit, $68.8 billion, was the third-largest' (a deficit rank, no IF10199 fact); 'the 25% and 10% tariffs that the President imposed under Section 232' (steel and aluminum, not most imports); 'roughly two-fifths of U.S. imports from Japan' (a fraction that is no catalogue fact); 'tariffs of as much as 25%, ten times the 2.5% duty now levied on cars' (threatened; MFN); 'whose first round took place in Washington on August 9-10' (the 2018 ministerial dialogue, not the 2019 `first_negotiating_round`) and 'a second is planned for September'; '$469 billion' (stock, no fact) and 'roughly $1.03 trillion in June' (holdings, no fact); 'at an annualized rate of 1.9% in the April-June quarter' (a quarter, not a year); 'for which another is expected this autumn' (planned); 'from 8% to 10% in October 2019'; 'the 25% cut from 1990 levels it had promised in 2009' (past target); 'to visit Beijing in October' and 'since 2011'; 'revived their four-way \"Quad\" consultations in Manila in November 2017, met for the second time in Singapore in June' (officials, not leaders: no Quad leader count); PDF NBSP and hyphenated line ends",
}
