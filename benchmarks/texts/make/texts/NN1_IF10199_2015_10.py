from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "NN1-IF10199-2015-10", "fresh11", "IF10199", 7
LAYOUTS = ["pdf", "md"]
PDF_OPTS = ["quotes", "hyph"]
CHART = {"unit": "$ billions", "ymax": 160, "ticks": [0, 40, 80, 120, 160],
         "series": ["U.S. goods exports to Japan", "U.S. goods imports from Japan"],
         "bars": {"2010": (60.5, 120.5), "2011": (66.2, 128.9), "2012": (70.0, 146.4), "2013": (65.2, 138.5), "2014": (66.8, 134.0)}}

MD = """
U.S.-Japan Relations

Updated October 27, 2015

## Overview

Security cooperation between Washington and Tokyo has been deepened under Shinzo Abe, Japan's prime minister since December 2012, and was showcased when Abe was received by a joint meeting of Congress on April 29, 2015, an honor not previously extended to a Japanese leader. New bilateral defense guidelines were released the same week. President Barack Obama's Administration has welcomed the security bills that were pushed through the Diet in September over sizeable street protests. The conclusion of the Trans-Pacific Partnership (TPP) talks in Atlanta on October 5, among 12 countries, is regarded by both governments as a strategic as well as a commercial achievement; the agreement must still be approved by Congress and by the Diet.

## The Alliance

Japan has been bound to the United States by a security treaty since 1951; the pact was revised in 1960. Upwards of fifty thousand U.S. military personnel are stationed in the archipelago, a larger contingent than is deployed to any other foreign country (some 28,500 are based in South Korea). The bulk of the cost of hosting them is borne by Japan: under the Special Measures Agreement (SMA), concluded in January 2011 and covering five years, ¥188.9 billion is provided annually (roughly $1.6 billion at recent exchange rates). A successor accord is being negotiated and is expected to be settled before the current one lapses at the end of March 2016.

## Okinawa

Okinawa, a chain of islands that makes up a sliver of the nation's territory (roughly 0.6%), is host to about 25% of all U.S. facilities in Japan and to more than half of the U.S. personnel. Under a 2012 revision of the realignment road map, 9,000 Marines are to be moved off the island, of whom approximately 4,000 are to be transferred to Guam; construction there has not yet begun. Plans for the Futenma Marine air station, first agreed upon in 1996, call for it to be replaced by a facility at Henoko. That landfill permit was revoked on October 13 by Okinawa's governor, Takeshi Onaga, who was elected in November 2014 on a pledge to block the project; the central government has moved to have the revocation overturned.

## Security Legislation and Defense Spending

Under the new laws, which take effect in 2016, Japan's forces may be used to defend an ally under attack in narrowly defined circumstances. Defense outlays have been kept near the informal ceiling of 1% of GDP that was adopted in 1976. A budget of ¥4.98 trillion was appropriated for FY2015, and ¥5.09 trillion has been requested for FY2016; no percentage target has been set by the government.

## Economic and Trade Ties

Japan is the fourth-largest market for U.S. exports and the fourth-largest supplier of U.S. imports. U.S. goods exports to Japan were valued at $66.8 billion in 2014 (against $65.2 billion a year before), while $134.0 billion in goods was imported from Japan. Japan is also the second-largest source of foreign direct investment in the United States, trailing only the United Kingdom. Of the foreign holders of U.S. Treasury securities, it is outranked only by China (about $1.27 trillion against Japan's $1.20 trillion in August).

**Figure 1. U.S. Goods Trade with Japan, 2010-2014. By total goods trade, Japan was the fourth-largest U.S. partner in 2014, behind Canada, China, and Mexico.**

Source: U.S. Census Bureau; goods only.

## Abenomics

Growth has been uneven. A 0.1% contraction in real GDP was recorded for 2014, the year a consumption tax increase was imposed, after an expansion of 1.6% in 2013; output in the April-June quarter of 2015 fell at an annualized rate of 1.2%. A supplementary budget of ¥3.1 trillion (roughly $26 billion) was passed in February 2015, and a further package of a similar size is being prepared for the winter. The yen was driven to ¥125.9 per dollar in June, its weakest level in 13 years. Ahead of the Paris climate conference, Japan has committed to a 26% cut in greenhouse gas emissions by 2030 from 2013 levels; the U.S. pledge, by contrast, is a cut of 26%-28% by 2025 from 2005 levels.

## Japanese Politics

Abe's position is regarded as secure. In September 2015 he was re-elected, unopposed, as president of the Liberal Democratic Party (LDP) for a three-year term. The LDP and its junior partner, Komeito, hold 326 of the 475 seats in the House of Representatives (68.6%), a supermajority won in the December 2014 snap election. Their 135 seats in the 242-member House of Councillors amount to about 56% of that chamber. Half of those seats will be contested in the summer of 2016, the next national election; a Lower House election is not required until December 2018. Cabinet approval ratings fell below 40% during the summer debate over the security bills.

**Emma Chanlett-Avery**, Coordinator, Specialist in Asian Affairs

**Ian E. Rinehart**, Analyst in Asian Affairs

**William H. Cooper**, Specialist in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Abe", "Shinzo", "Shinzo Abe, Japan's prime minister since December 2012"),
        "leaders.us_president": P("Obama", "Barack", "President Barack Obama's Administration"),
        "alliance.treaty_ally_since": F(1951, as_written="Japan has been bound to the United States by a security treaty since 1951"),
        "alliance.us_troops_in_japan": F(50000, "over", as_written="Upwards of fifty thousand U.S. military personnel are stationed in the archipelago"),
        "alliance.host_nation_support_per_year": F(1600000000, "about", per="year", as_written="¥188.9 billion is provided annually (roughly $1.6 billion at recent exchange rates)"),
        "alliance.host_nation_support_agreement": D("2011-01", as_written="the Special Measures Agreement (SMA), concluded in January 2011 and covering five years", note="a successor is still being negotiated"),
        "alliance.okinawa_share_of_usfj_facilities": F(25, "about", as_written="is host to about 25% of all U.S. facilities in Japan"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="and to more than half of the U.S. personnel"),
        "alliance.okinawa_share_of_land_area": F(0.6, "about", as_written="makes up a sliver of the nation's territory (roughly 0.6%)"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="of whom approximately 4,000 are to be transferred to Guam"),
        "defense.traditional_limit_pct_gdp": F(1, as_written="the informal ceiling of 1% of GDP that was adopted in 1976"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="The LDP and its junior partner, Komeito"),
        "politics.lower_house_coalition_share": F(68.6, as_written="hold 326 of the 475 seats in the House of Representatives (68.6%)"),
        "politics.upper_house_coalition_share": F(56, "about", as_written="Their 135 seats in the 242-member House of Councillors amount to about 56% of that chamber"),
        "politics.next_diet_election_due": F(2016, as_written="Half of those seats will be contested in the summer of 2016, the next national election"),
        "politics.lower_house_election_due": D("2018-12", as_written="a Lower House election is not required until December 2018"),
        "trade.overall_partner_rank": F(4, period="2014", as_written="By total goods trade, Japan was the fourth-largest U.S. partner in 2014", note="Figure 1's caption only"),
        "trade.export_partner_rank": F(4, as_written="Japan is the fourth-largest market for U.S. exports"),
        "trade.import_partner_rank": F(4, as_written="and the fourth-largest supplier of U.S. imports"),
        "trade.us_exports_to_japan": F(66800000000, period="2014", as_written="U.S. goods exports to Japan were valued at $66.8 billion in 2014"),
        "trade.us_imports_from_japan": F(134000000000, period="2014", as_written="while $134.0 billion in goods was imported from Japan"),
        "trade.fdi_source_rank": F(2, as_written="Japan is also the second-largest source of foreign direct investment in the United States, trailing only the United Kingdom"),
        "trade.treasury_holder_rank": F(2, as_written="Of the foreign holders of U.S. Treasury securities, it is outranked only by China"),
        "economy.gdp_growth": GDP(y2014=-0.1, y2013=1.6),
        "economy.supplementary_budget": F(26000000000, "about", period="2015-02", as_written="A supplementary budget of ¥3.1 trillion (roughly $26 billion) was passed in February 2015"),
        "economy.yen": F("13-year low against the dollar", period="2015-06", as_written="The yen was driven to ¥125.9 per dollar in June, its weakest level in 13 years"),
        "economy.emissions_cut_target": F(26, by="2030", baseline="2013", as_written="Japan has committed to a 26% cut in greenhouse gas emissions by 2030 from 2013 levels"),
    },
    "elections": {
        "lower_house_2014": E("Lower House", "2014-12", "held", result="LDP-Komeito 326 of 475 seats (68.6%)"),
        "upper_house_2016": E("Upper House", "2016", "upcoming", note="'in the summer of 2016' (year precision)"),
        "ldp_president_2015": E("LDP president", "2015-09", "held", result="Abe re-elected unopposed"),
        "okinawa_governor_2014": E("Okinawa governor", "2014-11", "held", result="Takeshi Onaga elected"),
    },
    "events": {
        "abe_address_to_congress": EV("Abe addresses a joint meeting of Congress, the first Japanese leader to do so", "2015-04-29", "held"),
    },
    "notes": "Traps: 'since December 2012' (Abe's start, apposition); 'The conclusion of the Trans-Pacific Partnership (TPP) talks in Atlanta on October 5, among 12 countries' (no catalogue fact); 'the pact was revised in 1960'; 'some 28,500 are based in South Korea' (another country, in parentheses); '¥188.9 billion is provided annually' (yen beside the dollar figure); 'covering five years' and 'A successor accord is being negotiated and is expected to be settled before the current one lapses at the end of March 2016' (planned, not the latest agreement); '9,000 Marines are to be moved off the island' (total leaving Okinawa, not Guam) and 'construction there has not yet begun' (no Marines in Guam stated); 'first agreed upon in 1996'; 'revoked on October 13' and 'elected in November 2014' (the governor race, an election); 'take effect in 2016'; 'adopted in 1976'; 'A budget of ¥4.98 trillion was appropriated for FY2015, and ¥5.09 trillion has been requested for FY2016' and 'no percentage target has been set' (no spending goal); 'against $65.2 billion a year before' (2013 exports); 'about $1.27 trillion against Japan's $1.20 trillion in August' (holdings, not ranks); overall rank only in Figure 1's caption, 'behind Canada, China, and Mexico'; Figure 1 (goods trade 2010-2014, $ billions, no value labels); 'output in the April-June quarter of 2015 fell at an annualized rate of 1.2%' (a quarter); 'a further package of a similar size is being prepared for the winter' (planned budget); '¥125.9 per dollar'; 'the U.S. pledge, by contrast, is a cut of 26%-28% by 2025 from 2005 levels' (another country); 'for a three-year term'; 'a supermajority'; 'Half of those seats' (not a share); 'Cabinet approval ratings fell below 40%'; passive voice throughout; PDF curly quotes and hyphenation",
}
