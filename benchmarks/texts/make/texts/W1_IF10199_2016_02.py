from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "W1-IF10199-2016-02", "tune3", "IF10199", 14
LAYOUTS = ["md", "pdf", "layout"]
PDF_OPTS = ["lig", "quotes"]
CHART = {"unit": "$ billions", "ymax": 160, "ticks": [0, 40, 80, 120, 160],
         "series": ["U.S. exports", "U.S. imports"],
         "bars": {"2011": (66.2, 128.9), "2012": (70.0, 146.4), "2013": (65.2, 138.5),
                  "2014": (66.9, 134.0), "2015": (62.4, 131.4)}}

MD = """
U.S.-Japan Relations

Updated February 23, 2016

## Overview

Japan is one of the closest U.S. partners in Asia. The two nations' alliance dates to 1952, when their security treaty entered into force at the end of the occupation; the treaty was revised in 1960 to its present form. Cooperation now reaches well beyond defense, into trade, energy, cyber, and disaster relief. Prime Minister Abe Shinzo, in office since December 2012, has made the relationship a centerpiece of his foreign policy, and his April 2015 address to a joint meeting of Congress, the first by a Japanese leader, was widely seen in Washington as a high point. President Barack Obama and Abe have also worked together on the Trans-Pacific Partnership (TPP), which the 12 negotiating countries signed in Auckland on February 4, 2016. Neither legislature has yet approved it.

## Abe's Political Position

Abe heads a coalition of his Liberal Democratic Party (LDP) and the smaller Komeito. After the snap election of December 2014, the two parties hold 326 of the 475 seats in the House of Representatives, the lower chamber, or roughly 69%. Their position in the House of Councillors is narrower: 135 of 242 seats, about 56%. Half of the upper chamber's seats are up for election in July 2016, and commentators have speculated that Abe may dissolve the lower chamber so that both votes fall on the same day. Absent a dissolution, the term of the House of Representatives runs until December 2018.

Abe's cabinet has enjoyed approval ratings near 50% in recent polls, recovering from the dip that followed the passage of security legislation in September 2015.

## Security Cooperation

The security laws enacted last September allow Japan's Self-Defense Forces, for the first time, to exercise collective self-defense in limited circumstances. U.S. forces in Japan number in the neighborhood of 50,000. On January 22, 2016, the two governments signed a new five-year Special Measures Agreement on host-nation support. It commits Japan to ¥946.5 billion for FY2016-FY2020, an average of nearly ¥190 billion, or about $1.65 billion, each year. Japan also pays for base rents, local compensation, and realignment projects outside that agreement.

Japanese defense budgets have long been held to an informal cap of 1% of GDP, set by cabinet decision in 1976. The FY2016 budget of ¥5.05 trillion is the first to exceed ¥5 trillion.

## The Okinawa Base Controversy

Okinawa Prefecture accounts for just 0.6% of Japan's land area, yet it hosts roughly a quarter of the facilities used by U.S. forces in Japan and upwards of half of the U.S. military personnel stationed in the country. Under a 2012 revision of the realignment plan, some 9,000 Marines are to leave Okinawa; of these, about 4,000 will go to Guam, with the rest going to Hawaii, Australia, and the continental United States. The plan to replace Marine Corps Air Station Futenma with a facility at Henoko remains stalled. Governor Onaga Takeshi, who won the prefecture's November 2014 gubernatorial election on a pledge to block the project, revoked the landfill permit last October, and the central government and the prefecture are suing each other.

## Economic and Trade Relations

In 2015, Japan was the fourth-largest trading partner of the United States, behind Canada, China, and Mexico. U.S. goods exports to Japan came to $62.4 billion that year, and Japan ranked fourth as a destination for U.S. goods. Imports from Japan were valued at $131.4 billion, placing Japan fourth among sources as well; the resulting deficit of $69.0 billion was the second largest the United States ran with any country (Figure 1).

**Figure 1. U.S. Goods Trade with Japan, 2011-2015**

Source: U.S. Census Bureau.

Capital flows are equally important. The stock of Japanese direct investment in the United States is the second largest of any country's, exceeded only by that of the United Kingdom. Japanese holdings of U.S. Treasury securities, at $1.12 trillion, likewise rank behind only China's.

Growth in Japan remains sluggish. According to the preliminary estimate released on February 15, real GDP expanded 0.4% in 2015 after a 0.1% contraction in 2014; in the October-December quarter, output fell at an annualized rate of 1.4%. The Diet enacted a ¥3.3 trillion (around $28 billion) supplementary budget for FY2015 in January. On January 29, the Bank of Japan surprised markets by introducing a negative interest rate of -0.1% on some bank reserves. Before the Paris climate conference, Japan pledged to cut greenhouse gas emissions 26% below FY2013 levels by FY2030.

## The TPP

For Japan, TPP would eliminate tariffs on most U.S. industrial exports and reduce, over periods of up to 16 years, its tariffs on beef, pork, and other farm products; the U.S. 2.5% tariff on Japanese passenger cars would be phased out over 25 years. Abe has pressed the Diet to approve the agreement in the current session, while in Congress the timing of a vote under Trade Promotion Authority is uncertain.

**Emma Chanlett-Avery**, Coordinator, Specialist in Asian Affairs

**Ian E. Rinehart**, Analyst in Asian Affairs

**Brock R. Williams**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Abe", "Shinzo", "Prime Minister Abe Shinzo"),
        "leaders.us_president": P("Obama", "Barack", "President Barack Obama"),
        "alliance.treaty_ally_since": F(1952, as_written="The two nations' alliance dates to 1952, when their security treaty entered into force"),
        "alliance.us_troops_in_japan": F(50000, "about", as_written="U.S. forces in Japan number in the neighborhood of 50,000"),
        "alliance.host_nation_support_per_year": F(1650000000, "about", per="year", as_written="an average of nearly ¥190 billion, or about $1.65 billion, each year", note="the dollar figure carries its own hedge (about); 'nearly' belongs to the yen amount"),
        "alliance.host_nation_support_agreement": D("2016-01-22", as_written="On January 22, 2016, the two governments signed a new five-year Special Measures Agreement"),
        "alliance.okinawa_share_of_usfj_facilities": F(25, "about", as_written="roughly a quarter of the facilities used by U.S. forces in Japan"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="upwards of half of the U.S. military personnel stationed in the country"),
        "alliance.okinawa_share_of_land_area": F(0.6, as_written="Okinawa Prefecture accounts for just 0.6% of Japan's land area"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="of these, about 4,000 will go to Guam"),
        "defense.traditional_limit_pct_gdp": F(1, as_written="Japanese defense budgets have long been held to an informal cap of 1% of GDP"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="a coalition of his Liberal Democratic Party (LDP) and the smaller Komeito"),
        "politics.lower_house_coalition_share": F(69, "about", as_written="326 of the 475 seats in the House of Representatives, the lower chamber, or roughly 69%"),
        "politics.upper_house_coalition_share": F(56, "about", as_written="135 of 242 seats, about 56%"),
        "politics.next_diet_election_due": F(2016, as_written="Half of the upper chamber's seats are up for election in July 2016"),
        "politics.lower_house_election_due": D("2018-12", as_written="the term of the House of Representatives runs until December 2018"),
        "trade.overall_partner_rank": F(4, period="2015", as_written="In 2015, Japan was the fourth-largest trading partner of the United States, behind Canada, China, and Mexico"),
        "trade.export_partner_rank": F(4, period="2015", as_written="Japan ranked fourth as a destination for U.S. goods"),
        "trade.us_exports_to_japan": F(62400000000, period="2015", as_written="U.S. goods exports to Japan came to $62.4 billion that year"),
        "trade.import_partner_rank": F(4, period="2015", as_written="placing Japan fourth among sources as well"),
        "trade.us_imports_from_japan": F(131400000000, period="2015", as_written="Imports from Japan were valued at $131.4 billion"),
        "trade.fdi_source_rank": F(2, as_written="the second largest of any country's, exceeded only by that of the United Kingdom"),
        "trade.treasury_holder_rank": F(2, as_written="Japanese holdings of U.S. Treasury securities, at $1.12 trillion, likewise rank behind only China's"),
        "economy.gdp_growth": GDP(y2015=0.4, y2014=-0.1),
        "economy.supplementary_budget": F(28000000000, "about", period="2016-01", as_written="The Diet enacted a ¥3.3 trillion (around $28 billion) supplementary budget for FY2015 in January"),
        "economy.emissions_cut_target": F(26, by="2030", baseline="2013", as_written="cut greenhouse gas emissions 26% below FY2013 levels by FY2030"),
    },
    "elections": {
        "lower_house_2014": E("Lower House", "2014-12", "held", result="coalition 326 of 475 seats, roughly 69%"),
        "okinawa_governor_2014": E("Okinawa governor", "2014-11", "held", result="Onaga Takeshi won on a pledge to block the Henoko project"),
        "upper_house_2016": E("Upper House", "2016-07", "upcoming", note="half of the seats up; a same-day Lower House vote is only speculation"),
    },
    "events": {
        "abe_address_to_congress": EV("Abe addresses a joint meeting of Congress", "2015-04", "held"),
    },
    "notes": "Traps: 'the treaty was revised in 1960'; 'in office since December 2012'; 'signed in Auckland on February 4, 2016' (TPP, 12 countries); 'Abe may dissolve the lower chamber so that both votes fall on the same day' (speculation, not the next election); 'approval ratings near 50%'; 'passage of security legislation in September 2015'; 'It commits Japan to ¥946.5 billion for FY2016-FY2020' (five-year total) and 'nearly ¥190 billion' (yen hedge, not the dollar's); 'set by cabinet decision in 1976' and 'The FY2016 budget of ¥5.05 trillion'; 'some 9,000 Marines are to leave Okinawa' (total leaving, not Guam); 'Under a 2012 revision'; 'revoked the landfill permit last October'; 'the resulting deficit of $69.0 billion was the second largest' (a deficit rank, not a trade rank); Figure 1 (goods trade 2011-2015, $ billions, axis ticks 0-160, no value labels); 'at $1.12 trillion' (amount, rank 2 from 'behind only China's'); 'released on February 15'; 'output fell at an annualized rate of 1.4%' (a quarter, not a year); 'a negative interest rate of -0.1%'; 'periods of up to 16 years', 'the U.S. 2.5% tariff on Japanese passenger cars would be phased out over 25 years' (TPP terms, not a tariff on most imports); PDF ligatures and curly quotes (pdf, layout)",
}
