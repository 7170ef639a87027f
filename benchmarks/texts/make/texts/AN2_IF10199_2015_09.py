from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "AN2-IF10199-2015-09", "fresh17", "IF10199", 3
LAYOUTS = ["layout", "pdf"]
PDF_OPTS = ["lig", "nbsp", "hyph"]
CHART = {"unit": "Thousands", "ymax": 25, "ticks": [0, 5, 10, 15, 20, 25],
         "series": ["Personnel"],
         "bars": {"Army": (2.6,), "Navy": (19.6,), "Marines": (18.0,), "Air Force": (12.4,)}}

MD = """
U.S.-Japan Relations

Updated September 24, 2015

## Overview

Japan's Diet enacted a package of security bills on September 19 that will allow the Self-Defense Forces, for the first time since they were created in 1954, to use force to defend the United States or another country closely tied to Japan when Japan's own survival is threatened. Prime Minister Shinzo Abe pressed the legislation through the House of Councillors over protests outside the Diet and the opposition's attempts at delay. The Obama Administration welcomed its passage.

The new laws carry out the U.S.-Japan Defense Guidelines that the two governments released on April 27, during Abe's visit to Washington. April 29, 2015, was the day Abe became the first Japanese prime minister to address a joint meeting of Congress, where he spoke of "deep repentance" for the war and urged completion of the Trans-Pacific Partnership (TPP). President Barack Obama hosted him at the White House the day before.

## The Security Legislation

The package consists of one new law, permitting logistical support to foreign militaries in international conflicts, and one bill amending ten existing laws. It rests on a July 2014 cabinet decision that reinterpreted Article 9 of the constitution, and it sets three conditions for using force. The House of Representatives passed the bills on July 16; the upper chamber gave its approval shortly after 2 a.m. on September 19. Most polls found a majority of the public opposed, and the cabinet's approval rating fell below 40% in some surveys over the summer. Supporters in Washington expect the changes to allow closer cooperation in missile defense, minesweeping, and logistics; critics in Japan say they stretch the constitution beyond its text.

## The Alliance and U.S. Forces

For sixty-four years, since the 1951 signing of their security treaty, the two countries have been allies; the treaty was revised in 1960. U.S. forces in Japan, upwards of 50,000 personnel, include the Navy's Seventh Fleet and the III Marine Expeditionary Force (Figure 1).

**Figure 1. U.S. Military Personnel in Japan, by Service**

Source: Defense Manpower Data Center, June 2015.

Shy of $1.6 billion a year, or about ¥189 billion, is what Japan contributes toward the cost of stationing U.S. forces under a Special Measures Agreement signed in January 2011. That agreement expires in March 2016; negotiations on a successor began this summer. At ¥4.98 trillion, Japan's FY2015 defense budget is the third straight increase, and the Ministry of Defense has asked for ¥5.09 trillion in FY2016. Both figures stay within a line Japanese cabinets have observed since 1976, defense outlays of roughly 1% of GDP.

## Okinawa

Seventy-four percent of the land reserved for the exclusive use of U.S. forces in Japan lies in Okinawa, a prefecture that makes up less than 1% of the country's area. More than half of the U.S. military personnel in Japan are based there as well. Under the realignment plan as revised in 2012, 9,000 Marines are to leave the island; some 4,000 of them are bound for Guam, in moves not expected to begin until the early 2020s.

Governor Takeshi Onaga, elected in November 2014 on a pledge to stop the Futenma air station's relocation to Henoko, announced on September 14 that he would revoke his predecessor's approval of the landfill there. A month of talks with the central government, during which construction was suspended, ended on September 7 without agreement. On September 21 Onaga took the case to the UN Human Rights Council in Geneva.

## Politics

Commanding 326 of the 475 seats in the House of Representatives, shy of 69%, the Liberal Democratic Party (LDP) and its coalition partner, Komeito, have held a supermajority there since the December 14, 2014 snap election. Roughly fifty-six percent of the House of Councillors belongs to the coalition as well, the result of the July 2013 election. Half of the upper chamber is up for election in July 2016; that contest will be the next nationwide vote. The lower chamber's term runs until December 2018.

Unopposed, Abe was reelected LDP president on September 8 for a three-year term that ends in September 2018. His August 14 statement on the 70th anniversary of the war's end drew restrained responses from Beijing and Seoul.

## Trade and the TPP

After Canada, China, and Mexico came Japan, the fourth-largest U.S. trading partner in 2014. Upwards of $66 billion in U.S. goods went to Japan that year, making it the fourth-largest U.S. export market. Larger still were imports from Japan: $134.0 billion, a total exceeded only by imports from China, Canada, and Mexico. The resulting goods deficit, $67.1 billion, was the second-largest the United States ran with any country.

Larger than Japan's direct investment position in the United States, $373.0 billion at the end of 2014, was only that of the United Kingdom. Second only to China's are Japan's holdings of U.S. Treasury securities, which stood at $1.20 trillion in July.

Japan and the United States are two of the twelve TPP negotiating countries. Ministers meeting in Maui ended talks on July 31 without a deal, divided over dairy, autos, and patent protection for biologic drugs; they are to try again in Atlanta from September 30. Japan's 38.5% tariff on beef and the U.S. 2.5% tariff on passenger cars are among the bilateral issues. Congress passed Trade Promotion Authority in June, and the President signed it on June 29.

## Abenomics

Minus 0.1%: that was Japan's real growth in 2014, the year the consumption tax rose from 5% to 8%; in 2013 growth had been 1.6%. Output shrank again in the April-June quarter of 2015, at an annualized 1.2%. About $26 billion (¥3.1 trillion) was the size of the FY2014 supplementary budget the Diet passed in February. The Bank of Japan continues to buy assets at an annual pace of ¥80 trillion. In early June the yen slid to about ¥125.9 per dollar, its lowest in 13 years. Twenty-six percent below FY2013 levels by FY2030: that is the greenhouse gas target Japan submitted to the United Nations on July 17.

**Emma Chanlett-Avery**, Coordinator, Specialist in Asian Affairs

**Ian E. Rinehart**, Analyst in Asian Affairs

**Brock R. Williams**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Abe", "Shinzo", "Prime Minister Shinzo Abe"),
        "leaders.us_president": P("Obama", "Barack", "President Barack Obama"),
        "alliance.treaty_ally_since": F(1951, as_written="For sixty-four years, since the 1951 signing of their security treaty, the two countries have been allies"),
        "alliance.us_troops_in_japan": F(50000, "over", as_written="U.S. forces in Japan, upwards of 50,000 personnel"),
        "alliance.host_nation_support_per_year": F(1600000000, "nearly", per="year", as_written="Shy of $1.6 billion a year, or about ¥189 billion, is what Japan contributes"),
        "alliance.host_nation_support_agreement": D("2011-01", as_written="under a Special Measures Agreement signed in January 2011"),
        "defense.traditional_limit_pct_gdp": F(1, "about", as_written="a line Japanese cabinets have observed since 1976, defense outlays of roughly 1% of GDP"),
        "alliance.okinawa_share_of_usfj_facilities": F(74, as_written="Seventy-four percent of the land reserved for the exclusive use of U.S. forces in Japan lies in Okinawa", note="exclusive-use basis"),
        "alliance.okinawa_share_of_land_area": F(1, "under", as_written="a prefecture that makes up less than 1% of the country's area"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="More than half of the U.S. military personnel in Japan are based there as well"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="some 4,000 of them are bound for Guam"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="the Liberal Democratic Party (LDP) and its coalition partner, Komeito"),
        "politics.lower_house_coalition_share": F(69, "nearly", as_written="Commanding 326 of the 475 seats in the House of Representatives, shy of 69%"),
        "politics.upper_house_coalition_share": F(56, "about", as_written="Roughly fifty-six percent of the House of Councillors belongs to the coalition as well"),
        "politics.next_diet_election_due": F(2016, as_written="Half of the upper chamber is up for election in July 2016; that contest will be the next nationwide vote"),
        "politics.lower_house_election_due": D("2018-12", as_written="The lower chamber's term runs until December 2018"),
        "trade.overall_partner_rank": F(4, period="2014", as_written="After Canada, China, and Mexico came Japan, the fourth-largest U.S. trading partner in 2014"),
        "trade.export_partner_rank": F(4, period="2014", as_written="making it the fourth-largest U.S. export market"),
        "trade.us_exports_to_japan": F(66000000000, "over", period="2014", as_written="Upwards of $66 billion in U.S. goods went to Japan that year"),
        "trade.import_partner_rank": F(4, period="2014", as_written="$134.0 billion, a total exceeded only by imports from China, Canada, and Mexico"),
        "trade.us_imports_from_japan": F(134000000000, period="2014", as_written="Larger still were imports from Japan: $134.0 billion"),
        "trade.fdi_source_rank": F(2, period="2014", as_written="Larger than Japan's direct investment position in the United States, $373.0 billion at the end of 2014, was only that of the United Kingdom"),
        "trade.treasury_holder_rank": F(2, period="2015-07", as_written="Second only to China's are Japan's holdings of U.S. Treasury securities, which stood at $1.20 trillion in July"),
        "economy.gdp_growth": GDP(y2014=-0.1, y2013=1.6),
        "economy.supplementary_budget": F(26000000000, "about", period="2015-02", as_written="About $26 billion (¥3.1 trillion) was the size of the FY2014 supplementary budget the Diet passed in February"),
        "economy.yen": F("13-year low against the dollar", period="2015-06", as_written="In early June the yen slid to about ¥125.9 per dollar, its lowest in 13 years"),
        "economy.emissions_cut_target": F(26, by="2030", baseline="2013", as_written="Twenty-six percent below FY2013 levels by FY2030: that is the greenhouse gas target"),
    },
    "elections": {
        "lower_house_2014": E("Lower House", "2014-12-14", "held", result="coalition 326 of 475 seats"),
        "upper_house_2013": E("Upper House", "2013-07", "held", result="coalition roughly 56% of the chamber"),
        "upper_house_2016": E("Upper House", "2016-07", "upcoming"),
        "ldp_president_2015": E("LDP president", "2015-09-08", "held", result="Abe reelected unopposed"),
        "okinawa_governor_2014": E("Okinawa governor", "2014-11", "held", result="Takeshi Onaga elected"),
    },
    "events": {
        "abe_address_to_congress": EV("Abe addresses a joint meeting of Congress, the first Japanese prime minister to do so", "2015-04-29", "held"),
    },
    "notes": "Traps: 'since they were created in 1954'; 'released on April 27' (the Defense Guidelines, not the address) and 'hosted him at the White House the day before'; 'one bill amending ten existing laws', 'a July 2014 cabinet decision', 'three conditions', 'passed the bills on July 16', 'shortly after 2 a.m. on September 19' (no catalogue fact); 'approval rating fell below 40%'; 'the treaty was revised in 1960' and 'For sixty-four years' (a duration, not a year); Figure 1 (U.S. personnel by service, in thousands: axis ticks 0-25 and the category labels Army, Navy, Marines, Air Force; no value labels); 'Source: Defense Manpower Data Center, June 2015'; 'or about ¥189 billion' (yen; the payment is the dollar figure); 'That agreement expires in March 2016' and 'negotiations on a successor began this summer'; 'At ¥4.98 trillion ... the third straight increase' and '¥5.09 trillion in FY2016'; 'since 1976'; 'as revised in 2012, 9,000 Marines are to leave the island' (total leaving, not Guam) and 'not expected to begin until the early 2020s' (no Marines in Guam); 'announced on September 14', 'ended on September 7', 'On September 21' (Onaga's actions, no catalogue fact); '326 of the 475 seats' (seat counts; the share is 'shy of 69%') and 'a supermajority'; 'a three-year term that ends in September 2018' (a term end, not an election); 'His August 14 statement on the 70th anniversary'; 'The resulting goods deficit, $67.1 billion, was the second-largest' (no IF10199 rank); '$373.0 billion at the end of 2014' and '$1.20 trillion' (no catalogue amount); 'the twelve TPP negotiating countries', 'ended talks on July 31', 'in Atlanta from September 30'; 'Japan's 38.5% tariff on beef' and 'the U.S. 2.5% tariff on passenger cars' (no tariff on most imports); 'Trade Promotion Authority in June ... signed it on June 29'; 'the consumption tax rose from 5% to 8%'; 'at an annualized 1.2%' (a quarter); '¥3.1 trillion'; '¥80 trillion'; '¥125.9 per dollar'; 'submitted to the United Nations on July 17'; PDF ligatures, NBSP and hyphenated line ends (layout text: ligatures kept, NBSP as spaces)",
}
