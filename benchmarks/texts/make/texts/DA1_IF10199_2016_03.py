from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "DA1-IF10199-2016-03", "fresh23", "IF10199", 11
LAYOUTS = ["md", "layout"]
PDF_OPTS = ["lig", "nbsp", "hyph"]

MD = """
U.S.-Japan Relations

Updated March 30, 2016

## Overview

Japan is among the closest U.S. allies and, measured by trade and investment, one of its most important economic partners. Prime Minister Shinzo Abe, who returned to office in December 2012, has pushed for a larger Japanese security role and for a revived economy, and his government has generally welcomed the Obama Administration's "rebalance" to Asia. Abe and President Barack Obama are due to meet again this week, when Washington hosts the Nuclear Security Summit on March 31-April 1, and Obama is expected in Japan in late May for the Group of Seven (G-7) summit at Ise-Shima. It was almost a year ago, in April 2015, that Abe became the first Japanese leader to speak before a joint meeting of Congress.

## The Alliance

A security treaty first signed in 1951, and revised in 1960, binds the two countries: the United States pledges to defend Japan, and Japan grants U.S. forces the use of bases on its soil. Japan hosts the largest forward presence of U.S. forces in Asia. They exceed 50,000 military personnel, and some 40,000 family members accompany them. Security legislation that the Diet passed in September 2015, which took effect on March 29, lets Japan's Self-Defense Forces come to the aid of an ally under attack in limited circumstances.

On January 22, the two governments signed a new Special Measures Agreement (SMA) on host-nation support, replacing the one concluded in 2011. The SMA covers the five fiscal years starting in April 2016, for which Japan is to provide ¥946.5 billion in all. Averaged across those years, the payments come to ¥189 billion, close to $1.7 billion, annually.

The FY2016 budget, enacted by the Diet on March 29, provides ¥5.05 trillion for defense, the fourth consecutive increase. A self-imposed cap of 1% of GDP, first adopted by the cabinet in 1976, nonetheless continues to hold. Tokyo has set no numerical spending goal of its own, in contrast to the 2% of GDP that NATO asks its members to reach.

## Okinawa

Just 0.6% of Japan's land area lies in Okinawa Prefecture. Yet of the land set aside for the exclusive use of U.S. forces in Japan, Okinawa hosts some 74%, and upwards of half of the U.S. military personnel in the country are stationed there. Under a 2012 revision of the realignment road map, roughly 9,000 Marines are to leave the island. The Guam contingent (approximately 4,000 Marines, accompanied by some 1,300 dependents) is not expected to begin moving before the early 2020s; about 2,700 are slated for Hawaii, and others are to rotate through Australia.

Governor Takeshi Onaga, who won the prefecture's November 2014 gubernatorial election on a pledge to block construction of a replacement for Marine Corps Air Station Futenma at Henoko, has fought the project in court. Under a settlement brokered by a high court on March 4, the central government has halted landfill work while the two sides resume talks.

## Politics

Abe's Liberal Democratic Party (LDP) governs in coalition with Komeito. Their hold on the House of Representatives is commanding: the December 2014 snap election left them with 326 of its 475 seats, or 68.6%, more than the two-thirds needed to override the upper chamber. The House of Councillors is another matter; there the coalition holds 135 of the 242 seats, about 56%.

Half of the upper chamber's seats will be contested in July. That vote, the next national election, will decide whether Abe's allies can assemble two-thirds of that chamber as well, the threshold for proposing constitutional amendments. Some in the LDP have urged Abe to dissolve the lower chamber and hold both elections on the same day, although no general election is required until December 2018. The party returned Abe as its president without a contest in September 2015; under party rules he may serve until September 2018. Cabinet approval ratings stand in the mid-40s.

## Trade and Investment

Of all U.S. trading partners in 2015, only China, Canada, and Mexico outranked Japan in goods trade. Japan kept the same place as a market for U.S. goods and as a supplier of U.S. imports (Table 1).

Table 1. U.S. Goods Trade with Japan (billions of dollars)

| Flow | 2014 | 2015 | Place |
| --- | --- | --- | --- |
| U.S. exports to Japan | 66.9 | 62.5 | 4th |
| U.S. imports from Japan | 134.0 | 131.4 | 4th |
| U.S. balance | -67.1 | -68.9 | |

Source: U.S. Census Bureau. Place is Japan's 2015 rank among U.S. export markets and import sources.

Japanese firms' stock of direct investment in the United States stood at $373.8 billion at the end of 2014; among source countries, the United Kingdom alone had a larger one. In January 2016, Japan's holdings of U.S. Treasury securities, $1.12 trillion, put it a close second to China ($1.25 trillion).

The 12 parties to the Trans-Pacific Partnership (TPP) signed the agreement in Auckland on February 4; neither Congress nor the Diet has approved it. Japan would cut its 38.5% tariff on beef to 9% over 16 years, and the United States would phase out its 2.5% duty on Japanese passenger cars over 25 years.

## Economy

Abenomics has yet to produce steady growth. Revised figures released on March 8 show real GDP rising 0.5% in 2015 after a 0.1% contraction in 2014; in the October-December quarter, output fell at an annualized rate of 1.1%. On January 20 the Diet passed a ¥3.3 trillion supplementary budget for FY2015, worth roughly $28 billion. The Bank of Japan adopted a negative interest rate of -0.1% on January 29, but the yen rose rather than fell, reaching ¥111 per dollar on February 11, a 15-month high. The consumption tax is scheduled to go from 8% to 10% in April 2017. In the Paris climate talks, Japan pledged to cut greenhouse gas emissions 26% below FY2013 levels by FY2030.

## Regional Relations

Ties with South Korea improved after a December 28, 2015, agreement on the "comfort women" issue. North Korea's fourth nuclear test, on January 6, and its February 7 long-range rocket launch have drawn Tokyo, Seoul, and Washington into closer trilateral consultation. Chinese government vessels continue to enter the waters around the Senkaku Islands.

**Emma Chanlett-Avery**, Coordinator, Specialist in Asian Affairs

**Ian E. Rinehart**, Analyst in Asian Affairs

**Brock R. Williams**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Abe", "Shinzo", "Prime Minister Shinzo Abe"),
        "leaders.us_president": P("Obama", "Barack", "President Barack Obama"),
        "alliance.treaty_ally_since": F(1951, as_written="A security treaty first signed in 1951, and revised in 1960, binds the two countries"),
        "alliance.us_troops_in_japan": F(50000, "over", as_written="They exceed 50,000 military personnel", note="subject carried from 'U.S. forces' in the sentence before"),
        "alliance.host_nation_support_per_year": F(1700000000, "nearly", per="year", as_written="the payments come to ¥189 billion, close to $1.7 billion, annually"),
        "alliance.host_nation_support_agreement": D("2016-01-22", as_written="On January 22, the two governments signed a new Special Measures Agreement (SMA)", note="year from the text's date"),
        "alliance.okinawa_share_of_land_area": F(0.6, as_written="Just 0.6% of Japan's land area lies in Okinawa Prefecture"),
        "alliance.okinawa_share_of_usfj_facilities": F(74, "about", as_written="of the land set aside for the exclusive use of U.S. forces in Japan, Okinawa hosts some 74%", note="exclusive-use basis"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="upwards of half of the U.S. military personnel in the country are stationed there"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="The Guam contingent (approximately 4,000 Marines, accompanied by some 1,300 dependents)"),
        "defense.traditional_limit_pct_gdp": F(1, as_written="A self-imposed cap of 1% of GDP, first adopted by the cabinet in 1976"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="Abe's Liberal Democratic Party (LDP) governs in coalition with Komeito"),
        "politics.lower_house_coalition_share": F(68.6, as_written="326 of its 475 seats, or 68.6%"),
        "politics.upper_house_coalition_share": F(56, "about", as_written="there the coalition holds 135 of the 242 seats, about 56%"),
        "politics.next_diet_election_due": F(2016, as_written="Half of the upper chamber's seats will be contested in July. That vote, the next national election"),
        "politics.lower_house_election_due": D("2018-12", as_written="no general election is required until December 2018"),
        "trade.overall_partner_rank": F(4, period="2015", as_written="Of all U.S. trading partners in 2015, only China, Canada, and Mexico outranked Japan in goods trade"),
        "trade.export_partner_rank": F(4, period="2015", as_written="Table 1: U.S. exports to Japan | ... | 4th"),
        "trade.import_partner_rank": F(4, period="2015", as_written="Table 1: U.S. imports from Japan | ... | 4th"),
        "trade.us_exports_to_japan": F(62500000000, period="2015", as_written="Table 1: U.S. exports to Japan | 66.9 | 62.5", note="goods; billions of dollars"),
        "trade.us_imports_from_japan": F(131400000000, period="2015", as_written="Table 1: U.S. imports from Japan | 134.0 | 131.4", note="goods; billions of dollars"),
        "trade.fdi_source_rank": F(2, period="2014", as_written="among source countries, the United Kingdom alone had a larger one"),
        "trade.treasury_holder_rank": F(2, period="2016-01", as_written="In January 2016, Japan's holdings of U.S. Treasury securities, $1.12 trillion, put it a close second to China"),
        "economy.gdp_growth": GDP(y2015=0.5, y2014=-0.1),
        "economy.supplementary_budget": F(28000000000, "about", period="2016-01", as_written="On January 20 the Diet passed a ¥3.3 trillion supplementary budget for FY2015, worth roughly $28 billion"),
        "economy.yen": F("15-month high against the dollar", period="2016-02", as_written="reaching ¥111 per dollar on February 11, a 15-month high"),
        "economy.emissions_cut_target": F(26, by="FY2030", baseline="FY2013", as_written="Japan pledged to cut greenhouse gas emissions 26% below FY2013 levels by FY2030"),
    },
    "elections": {
        "lower_house_2014": E("Lower House", "2014-12", "held", result="coalition 326 of 475 seats"),
        "upper_house_2016": E("Upper House", "2016-07", "upcoming", note="half of the seats contested; the next national election"),
        "ldp_president_2015": E("LDP president", "2015-09", "held", result="Abe returned without a contest"),
        "okinawa_governor_2014": E("Okinawa governor", "2014-11", "held", result="Takeshi Onaga"),
    },
    "events": {
        "abe_address_to_congress": EV("Abe addresses a joint meeting of Congress", "2015-04", "held"),
    },
    "notes": "Traps: 'the Nuclear Security Summit on March 31-April 1' and 'in late May for the Group of Seven (G-7) summit' (planned meetings); 'and revised in 1960' (not the treaty year); 'some 40,000 family members accompany them' (not troops); 'Security legislation that the Diet passed in September 2015, which took effect on March 29'; 'replacing the one concluded in 2011' (previous SMA); 'Japan is to provide ¥946.5 billion in all' (five-year total) and '¥189 billion' (yen average; the dollar figure 'close to $1.7 billion' is the fact); 'provides ¥5.05 trillion for defense, the fourth consecutive increase'; 'first adopted by the cabinet in 1976'; 'in contrast to the 2% of GDP that NATO asks its members to reach' (no Japanese goal); 'roughly 9,000 Marines are to leave the island' (total leaving, not Guam), 'some 1,300 dependents', 'about 2,700 are slated for Hawaii', 'not expected to begin moving before the early 2020s' (no Marines in Guam); 'a settlement brokered by a high court on March 4'; 'more than the two-thirds needed to override the upper chamber' (a threshold beside the exact 68.6% share); '135 of the 242 seats' and '326 of its 475 seats' (seat counts); 'Half of the upper chamber's seats will be contested in July' (not a share); 'whether Abe's allies can assemble two-thirds of that chamber as well'; 'dissolve the lower chamber and hold both elections on the same day' (speculation, no election listed); 'no general election is required until December 2018' (deadline 33 months away: only politics.lower_house_election_due); 'he may serve until September 2018' (a term end, not an election); 'approval ratings stand in the mid-40s'; Table 1's 2014 column (66.9, 134.0) and 'U.S. balance' row (-67.1, -68.9); Table 1's 'Place' column (bare '4th'; its year only in the source note 'Japan's 2015 rank'); 'Japan kept the same place as a market ... and as a supplier' (ranks given in the table); '$373.8 billion' (FDI stock, no IF10199 fact); 'China ($1.25 trillion)'; 'The 12 parties to the Trans-Pacific Partnership (TPP) signed the agreement in Auckland on February 4'; 'its 38.5% tariff on beef to 9% over 16 years' and 'its 2.5% duty on Japanese passenger cars over 25 years' (no tariff on most imports); 'Revised figures released on March 8'; 'output fell at an annualized rate of 1.1%' (a quarter); 'a negative interest rate of -0.1% on January 29'; '¥111 per dollar'; 'from 8% to 10% in April 2017'; 'a December 28, 2015, agreement on the \"comfort women\" issue'; 'North Korea's fourth nuclear test, on January 6, and its February 7 long-range rocket launch' (not a Quad count); PDF ligatures, NBSP and hyphenated line ends (layout text)",
}
