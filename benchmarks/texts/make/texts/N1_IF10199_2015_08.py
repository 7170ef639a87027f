from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "N1-IF10199-2015-08", "fresh2", "IF10199", 12
LAYOUTS = ["md", "pdf", "interleaved"]
PDF_OPTS = ["lig", "quotes", "nbsp", "hyph"]
CHART = {"unit": "$ billions", "ymax": 200, "ticks": [0, 50, 100, 150, 200],
         "series": ["U.S. exports to Japan", "U.S. imports from Japan"],
         "bars": {"2011": (104.0, 158.5), "2012": (111.7, 172.4), "2013": (107.0, 165.2), "2014": (114.0, 165.8)}}

MD = """
U.S.-Japan Relations

Updated August 25, 2015

## Overview

Seventy years after the end of the Pacific War, Washington and Tokyo describe their partnership as stronger than at any time since the alliance came into force in 1952. Prime Minister Shinzo Abe, who returned to power in December 2012, has made closer defense cooperation with the United States the core of his foreign policy. President Barack Obama welcomed him to the White House on April 28, 2015, and on the following day, April 29, Abe became the first Japanese leader ever to address a joint meeting of Congress. His August 14 statement marking the war's anniversary expressed "profound grief" but offered no new apology, and it drew criticism in Beijing and Seoul.

## The Security Alliance

Some fifty thousand U.S. service members are stationed in Japan under the 1960 Treaty of Mutual Cooperation and Security. The bilateral defense guidelines, revised on April 27, 2015, for the first time since 1997, give Japan's Self-Defense Forces a wider role. Security bills that would permit a limited form of collective self-defense cleared the Lower House on July 16 and are now before the Upper House, where debate is expected to run into September.

Tokyo contributes close to $2 billion annually toward the cost of stationing American forces. That support is set by a Special Measures Agreement signed in January 2011, which expires at the end of March 2016; negotiations on its successor are under way. For decades, defense spending has been held to about 1% of GDP, a guideline first adopted by the cabinet in 1976; the FY2015 defense budget, at ¥4.98 trillion, is the third consecutive increase.

## Okinawa

The southern prefecture accounts for less than 1% of Japan's land area, yet it hosts roughly a quarter of all facilities used by U.S. forces in the country and more than half of their personnel. A 2012 agreement calls for about 9,000 Marines to leave Okinawa; of those, approximately 4,000 are to relocate to Guam. Governor Takeshi Onaga, who defeated the incumbent in the November 2014 gubernatorial election on a pledge to block a new runway at Henoko, agreed with Tokyo on a month-long suspension of construction from August 10 to September 9.

## Domestic Politics

Abe's Liberal Democratic Party (LDP) and its coalition partner Komeito won 326 of the 475 seats in the snap Lower House election of December 14, 2014, giving the coalition 68.6% of the chamber. The coalition's position in the Upper House is weaker but still secure: it holds 135 of 242 seats, or some 56%. Half of the upper chamber's seats will be contested in July 2016, the next scheduled national vote, while the Lower House need not face voters again until December 2018. Abe is widely expected to be reelected unopposed as LDP president when his term expires next month.

## Economy and Trade

Growth under "Abenomics" has been uneven. Real GDP rose 1.6% in 2013 but slipped 0.1% in 2014, when the consumption tax was raised from 5% to 8% in April; output fell again at an annualized rate of 1.6% in the April-June quarter of 2015. A ¥3.1 trillion supplementary budget, equivalent to about $26 billion, was enacted in February 2015. The yen, at around ¥125 to the dollar in June, touched its weakest level in 13 years. Ahead of the Paris climate conference, Japan pledged in July to cut greenhouse gas emissions 26% from 2013 levels by 2030.

Japan is the fourth-largest trading partner of the United States (**Figure 1**). U.S. sales of goods and services to Japan came to roughly $114 billion in 2014, and purchases from Japan to roughly $166 billion. Only Canada, Mexico, and China buy more U.S. exports, and as a supplier of U.S. imports Japan trails China, Canada, and Mexico. Direct investment in the United States by Japanese firms is exceeded only by that of British firms, and Japan's holdings of U.S. Treasury securities, about $1.2 trillion, are second only to China's.

**Figure 1. U.S. Trade in Goods and Services with Japan, 2011-2014**

Source: Bureau of Economic Analysis; CRS.

Negotiators from the 12 Trans-Pacific Partnership (TPP) countries failed to close the deal at a ministerial meeting in Maui at the end of July, with dairy, autos, and drug patents among the sticking points. Japan will host the G-7 summit at Ise-Shima in May 2016.

**Emma Chanlett-Avery**, Coordinator, Specialist in Asian Affairs

**Ian E. Rinehart**, Analyst in Asian Affairs

**William H. Cooper**, Specialist in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Abe", "Shinzo", "Prime Minister Shinzo Abe"),
        "leaders.us_president": P("Obama", "Barack", "President Barack Obama"),
        "alliance.treaty_ally_since": F(1952, as_written="since the alliance came into force in 1952"),
        "alliance.us_troops_in_japan": F(50000, "about", as_written="Some fifty thousand U.S. service members are stationed in Japan"),
        "alliance.host_nation_support_per_year": F(2000000000, "nearly", per="year", as_written="Tokyo contributes close to $2 billion annually"),
        "alliance.host_nation_support_agreement": D("2011-01", as_written="a Special Measures Agreement signed in January 2011", note="successor under negotiation"),
        "alliance.okinawa_share_of_usfj_facilities": F(25, "about", as_written="roughly a quarter of all facilities used by U.S. forces in the country"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="more than half of their personnel"),
        "alliance.okinawa_share_of_land_area": F(1, "under", as_written="less than 1% of Japan's land area"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="of those, approximately 4,000 are to relocate to Guam"),
        "defense.traditional_limit_pct_gdp": F(1, "about", as_written="defense spending has been held to about 1% of GDP, a guideline first adopted by the cabinet in 1976"),
        "politics.ruling_coalition": F(["LDP", "Komeito"]),
        "politics.lower_house_coalition_share": F(68.6, as_written="giving the coalition 68.6% of the chamber"),
        "politics.upper_house_coalition_share": F(56, "about", as_written="it holds 135 of 242 seats, or some 56%"),
        "politics.next_diet_election_due": F(2016, note="Upper House, July 2016"),
        "politics.lower_house_election_due": D("2018-12", as_written="the Lower House need not face voters again until December 2018"),
        "trade.overall_partner_rank": F(4, as_written="the fourth-largest trading partner of the United States"),
        "trade.export_partner_rank": F(4, period="2014", as_written="Only Canada, Mexico, and China buy more U.S. exports"),
        "trade.us_exports_to_japan": F(114000000000, "about", period="2014", as_written="U.S. sales of goods and services to Japan came to roughly $114 billion in 2014"),
        "trade.import_partner_rank": F(4, period="2014", as_written="as a supplier of U.S. imports Japan trails China, Canada, and Mexico"),
        "trade.us_imports_from_japan": F(166000000000, "about", period="2014", as_written="and purchases from Japan to roughly $166 billion"),
        "trade.fdi_source_rank": F(2, as_written="Direct investment in the United States by Japanese firms is exceeded only by that of British firms"),
        "trade.treasury_holder_rank": F(2, as_written="Japan's holdings of U.S. Treasury securities, about $1.2 trillion, are second only to China's"),
        "economy.gdp_growth": GDP(y2014=-0.1, y2013=1.6),
        "economy.supplementary_budget": F(26000000000, "about", period="2015-02", as_written="A ¥3.1 trillion supplementary budget, equivalent to about $26 billion, was enacted in February 2015"),
        "economy.yen": F("13-year low against the dollar", period="2015-06", as_written="The yen, at around ¥125 to the dollar in June, touched its weakest level in 13 years"),
        "economy.emissions_cut_target": F(26, by="2030", baseline="2013", as_written="cut greenhouse gas emissions 26% from 2013 levels by 2030"),
    },
    "elections": {
        "lower_house_2014": E("Lower House", "2014-12-14", "held", result="LDP and Komeito won 326 of 475 seats (68.6%)"),
        "okinawa_governor_2014": E("Okinawa governor", "2014-11", "held", result="Takeshi Onaga defeated the incumbent"),
        "upper_house_2016": E("Upper House", "2016-07", "upcoming"),
        "ldp_president_2015": E("LDP president", "2015-09", "upcoming", note="Abe 'is widely expected to be reelected unopposed as LDP president when his term expires next month'"),
    },
    "events": {
        "abe_address_to_congress": EV("Abe addresses a joint meeting of Congress, the first Japanese leader to do so", "2015-04-29", "held"),
    },
    "notes": "Traps: 'Seventy years after the end of the Pacific War'; 'returned to power in December 2012'; 'welcomed him to the White House on April 28, 2015' (the day before the address; the address date is 'the following day, April 29'); 'August 14 statement'; 'the 1960 Treaty of Mutual Cooperation and Security' (not the alliance year); 'revised on April 27, 2015, for the first time since 1997'; 'cleared the Lower House on July 16' (security bills, not an election); 'expires at the end of March 2016' (SMA expiry, not the agreement date); 'first adopted by the cabinet in 1976'; 'the FY2015 defense budget, at ¥4.98 trillion'; 'A 2012 agreement calls for about 9,000 Marines to leave Okinawa' (total leaving, not the Guam figure); 'from August 10 to September 9' (construction pause); '326 of the 475 seats' (seat counts beside the share); '135 of 242 seats'; 'Abe is widely expected to be reelected unopposed as LDP president when his term expires next month' (LDP vote, listed as ldp_president_2015; not a Diet election); 'raised from 5% to 8% in April' (tax rates); 'fell again at an annualized rate of 1.6% in the April-June quarter of 2015' (quarterly, not annual growth); '¥3.1 trillion' and '¥125 to the dollar' (yen amounts); 'about $1.2 trillion' (Treasury holdings, not trade); 'the 12 Trans-Pacific Partnership (TPP) countries'; 'G-7 summit at Ise-Shima in May 2016' (not an election); PDF/interleaved only: Figure 1 axis ticks 0-200, years 2011-2014 and legend, no values",
}
