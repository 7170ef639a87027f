from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "OA1-IF10199-2015-09", "fresh34", "IF10199", 6
LAYOUTS = ["md", "pdf"]
PDF_OPTS = ["lig", "hyph"]
CHART = {"unit": "¥ trillions", "ymax": 6, "ticks": [0, 1, 2, 3, 4, 5, 6],
         "series": ["Initial defense budget"],
         "bars": {"FY2011": (4.65,), "FY2012": (4.71,), "FY2013": (4.68,), "FY2014": (4.78,), "FY2015": (4.98,)}}

MD = """
U.S.-Japan Relations

Updated September 24, 2015

## At a Glance

- Alliance: treaty-bound since 1951; pact revised in 1960.
- Leaders: Prime Minister Abe Shinzo; President Barack Obama.
- This month: security bills enacted; Abe keeps his party post; TPP ministers to reconvene.

## Overview

Ties at a high point. Abe, back in office since December 2012 after a one-year first term in 2006-2007, has made the alliance the centerpiece of his foreign policy. His address to a joint meeting of Congress on April 29, a first for a Japanese leader, capped a week-long spring visit that included a state dinner. Two items now dominate the bilateral agenda: Japan's new security laws and the Trans-Pacific Partnership (TPP). A third, the long-stalled Marine air station relocation on Okinawa, is again in dispute.

## Security Legislation

- Enacted: September 19, after an all-night session of the upper chamber.
- Effect: permits "collective self-defense" in limited cases, e.g., defending U.S. ships under attack when Japan's survival is judged at stake.
- Fit: implements the bilateral Defense Guidelines revised on April 27.
- Opposition: large street protests; most polls showed majorities against.
- U.S. view: welcomed by the Obama Administration.

## Alliance Basics

- Forces: upward of fifty thousand U.S. military personnel are stationed in Japan, plus dependents and civilian employees.
- Navy: Yokosuka is home to the Seventh Fleet. The carrier Ronald Reagan is due there this fall, relieving the George Washington.
- Costs: Tokyo pays close to $2 billion annually toward the upkeep of U.S. bases.
- Cost-sharing pact: the current Special Measures Agreement (SMA), signed in January 2011, lapses in March 2016. Talks on a successor opened this summer.

## Defense Budget

Outlays still hover just below 1% of GDP, the informal ceiling Tokyo has observed since a 1976 cabinet decision. The FY2015 initial budget, ¥4.98 trillion, marked a third straight annual rise (Figure 1). August's FY2016 request, ¥5.09 trillion, would be a record.

**Figure 1. Japan's Defense Budget, FY2011-FY2015**

Source: Japan Ministry of Defense. Initial budgets, ¥ trillions.

## Okinawa

- Size: under one percent of the nation's land area.
- Bases: nearly three-fourths of the acreage set aside for the exclusive use of U.S. forces.
- People: more than half of all U.S. personnel in Japan.

Henoko. A 2006 plan moves Marine Corps Air Station Futenma to a landfill off Camp Schwab, in Henoko. Then-governor Nakaima Hirokazu approved the landfill in December 2013. His successor, Onaga Takeshi, won last November on a pledge to stop it. Work was suspended from August 10 to September 9 for a month of talks with Tokyo; they produced nothing. On September 14, Onaga said he would revoke the approval. Tokyo vows to press on.

Guam. The 2006 plan would have sent 8,000 Marines to Guam. Its 2012 revision moves about 9,000 off Okinawa in all; of those, some 4,000 are bound for Guam, the rest for Hawaii, Australia, and the U.S. mainland. Construction funding is before Congress.

## Politics

- Coalition: Liberal Democratic Party (LDP) and Komeito.
- Lower House: 326 of 475 seats since the snap election of December 14, 2014, i.e., better than two-thirds.
- Upper House: roughly 56% of seats, a majority regained in July 2013.
- Party: Abe kept the LDP presidency, unopposed, on September 8. His new term ends in September 2018.
- Next national vote: July 2016, when half of the House of Councillors' 242 seats are up.
- Lower House term: no election required before December 2018.
- Cabinet approval: down to about 40% in some polls during the security debate.

## Trade

Japan placed fourth in 2014 in total U.S. trade, and fourth as well both as a buyer of U.S. exports and as a supplier of U.S. imports. Goods figures for that year:

- U.S. exports to Japan: $67.0 billion, up from $65.2 billion in 2013.
- U.S. imports from Japan: $134.0 billion (2013: $138.6 billion).
- Goods deficit: $67.0 billion, behind only those with China and Germany.
- Motor vehicles and parts: roughly one-third of imports.

## Investment and Finance

- Japanese direct investment in the United States: $373.8 billion at the end of 2014. Only British investors held more.
- Treasury securities: $1.20 trillion in July, second among foreign holders after China ($1.24 trillion). Japan briefly led in February.

## Economy

- Real GDP: down 0.1% in 2014; up 1.6% in 2013.
- Latest quarter: April-June 2015 contracted at a 1.2% annualized rate.
- Tax: consumption tax raised from 5% to 8% in April 2014; the step to 10% is postponed to April 2017.
- Stimulus: a FY2014 supplementary budget of ¥3.1 trillion (some $26 billion) passed in February. Another package is under discussion.
- Yen: a 13-year low against the dollar in June, past ¥125. The Bank of Japan's 2% inflation target remains out of reach.
- Climate: Japan's July 17 pledge is a 26% cut in greenhouse gases by FY2030 from the FY2013 level. It replaces the 25% cut from 1990 levels by 2020 set in 2009 by then-Prime Minister Hatoyama Yukio.

## TPP

- Members: 12 Pacific Rim countries, about 40% of world GDP.
- Japan: joined the talks in July 2013.
- Status: a Maui ministerial ended July 31 without a deal; ministers meet again in Atlanta on September 30.
- Sticking points: dairy, rice, auto rules of origin, biologics. Japan's beef tariff is 38.5%.
- U.S. law: Trade Promotion Authority, enacted June 29 (P.L. 114-26), gives any final deal an up-or-down vote.

## Region

- China: Abe met President Xi Jinping in Jakarta in April. Xi is in Washington this week on a state visit.
- South Korea: no summit yet with President Park Geun-hye.
- History: Abe's August 14 statement marked 70 years since the war's end.

## Issues for Congress

- Oversight of Japan's new roles under the guidelines.
- A vote on the TPP, if concluded.
- Funding for the Guam relocation.

**Emma Chanlett-Avery**, Specialist in Asian Affairs

**Ian E. Rinehart**, Analyst in Asian Affairs
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Abe", "Shinzo", "Prime Minister Abe Shinzo", note="family name first, in the At a Glance list"),
        "leaders.us_president": P("Obama", "Barack", "President Barack Obama"),
        "alliance.treaty_ally_since": F(1951, as_written="Alliance: treaty-bound since 1951; pact revised in 1960"),
        "alliance.us_troops_in_japan": F(50000, "over", as_written="upward of fifty thousand U.S. military personnel are stationed in Japan", note="number in words; 'upward of' is over"),
        "alliance.host_nation_support_per_year": F(2000000000, "nearly", per="year", as_written="Tokyo pays close to $2 billion annually toward the upkeep of U.S. bases", note="'close to' is nearly"),
        "alliance.host_nation_support_agreement": D("2011-01", as_written="the current Special Measures Agreement (SMA), signed in January 2011, lapses in March 2016", note="the agreement in force; a successor is being negotiated"),
        "alliance.okinawa_share_of_usfj_facilities": F(75, "nearly", as_written="nearly three-fourths of the acreage set aside for the exclusive use of U.S. forces", note="exclusive-use basis, fraction rule; subject 'Okinawa' from the heading"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="more than half of all U.S. personnel in Japan"),
        "alliance.okinawa_share_of_land_area": F(1, "under", as_written="under one percent of the nation's land area"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="of those, some 4,000 are bound for Guam", note="'those' = the about 9,000 leaving Okinawa"),
        "defense.traditional_limit_pct_gdp": F(1, as_written="Outlays still hover just below 1% of GDP, the informal ceiling Tokyo has observed", note="'just below' describes spending; the ceiling is 1% exact"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="Coalition: Liberal Democratic Party (LDP) and Komeito"),
        "politics.lower_house_coalition_share": F(67, "over", as_written="326 of 475 seats since the snap election of December 14, 2014, i.e., better than two-thirds", note="fraction rule; 'better than' is over"),
        "politics.upper_house_coalition_share": F(56, "about", as_written="Upper House: roughly 56% of seats"),
        "politics.next_diet_election_due": F(2016, as_written="Next national vote: July 2016, when half of the House of Councillors' 242 seats are up"),
        "politics.lower_house_election_due": D("2018-12", as_written="Lower House term: no election required before December 2018"),
        "trade.overall_partner_rank": F(4, period="2014", as_written="Japan placed fourth in 2014 in total U.S. trade"),
        "trade.export_partner_rank": F(4, period="2014", as_written="and fourth as well both as a buyer of U.S. exports"),
        "trade.import_partner_rank": F(4, period="2014", as_written="and as a supplier of U.S. imports"),
        "trade.us_exports_to_japan": F(67000000000, period="2014", as_written="U.S. exports to Japan: $67.0 billion, up from $65.2 billion in 2013", note="goods; year from the lead-in 'Goods figures for that year'"),
        "trade.us_imports_from_japan": F(134000000000, period="2014", as_written="U.S. imports from Japan: $134.0 billion (2013: $138.6 billion)"),
        "trade.fdi_source_rank": F(2, period="2014", as_written="$373.8 billion at the end of 2014. Only British investors held more", note="second, by exclusion"),
        "trade.treasury_holder_rank": F(2, period="2015-07", as_written="Treasury securities: $1.20 trillion in July, second among foreign holders after China", note="year from the cover"),
        "economy.gdp_growth": GDP(y2014=-0.1, y2013=1.6),
        "economy.supplementary_budget": F(26000000000, "about", period="2015-02", as_written="a FY2014 supplementary budget of ¥3.1 trillion (some $26 billion) passed in February", note="enacted February 2015 (year from the cover)"),
        "economy.yen": F("13-year low against the dollar", period="2015-06", as_written="Yen: a 13-year low against the dollar in June, past ¥125"),
        "economy.emissions_cut_target": F(26, by="FY2030", baseline="FY2013", as_written="Japan's July 17 pledge is a 26% cut in greenhouse gases by FY2030 from the FY2013 level"),
    },
    "elections": {
        "lower_house_2014": E("Lower House", "2014-12-14", "held", result="coalition 326 of 475 seats, better than two-thirds"),
        "upper_house_2013": E("Upper House", "2013-07", "held", result="coalition regained a majority, roughly 56% of seats"),
        "okinawa_governor_2014": E("Okinawa governor", "2014-11", "held", result="Onaga Takeshi won on a pledge to stop the Henoko landfill", note="'last November' from the cover"),
        "ldp_president_2015": E("LDP president", "2015-09-08", "held", result="Abe kept the presidency unopposed"),
        "upper_house_2016": E("Upper House", "2016-07", "upcoming", note="half of 242 seats"),
    },
    "events": {
        "abe_address_to_congress": EV("Abe addresses a joint meeting of Congress, a first for a Japanese leader", "2015-04-29", "held"),
    },
    "notes": "Traps: 'pact revised in 1960' (not the treaty year); 'back in office since December 2012 after a one-year first term in 2006-2007'; 'a week-long spring visit'; 'Enacted: September 19' and 'the bilateral Defense Guidelines revised on April 27'; 'The carrier Ronald Reagan is due there this fall'; 'lapses in March 2016' and 'Talks on a successor opened this summer' (not the agreement date); 'since a 1976 cabinet decision' (year of the ceiling, not a share); 'The FY2015 initial budget, ¥4.98 trillion, marked a third straight annual rise' and 'August's FY2016 request, ¥5.09 trillion'; Figure 1 (defense budget FY2011-FY2015, ¥ trillions; PDF ticks 0-6, no value labels); 'A 2006 plan moves Marine Corps Air Station Futenma'; 'Then-governor Nakaima Hirokazu approved the landfill in December 2013' (former governor); 'Work was suspended from August 10 to September 9' and 'On September 14, Onaga said he would revoke the approval'; 'The 2006 plan would have sent 8,000 Marines to Guam' (superseded plan) and 'Its 2012 revision moves about 9,000 off Okinawa in all' (total leaving, not Guam); '326 of 475 seats' (counts); 'His new term ends in September 2018' (LDP term, not the Lower House deadline of December 2018); 'half of the House of Councillors' 242 seats'; 'Cabinet approval: down to about 40%'; 'up from $65.2 billion in 2013' and '(2013: $138.6 billion)' (prior year); 'Goods deficit: $67.0 billion, behind only those with China and Germany' (deficit and its rank: no IF10199 fact; the same figure as exports); 'roughly one-third of imports'; '$373.8 billion' (FDI stock, no IF10199 fact); '$1.20 trillion' and 'China ($1.24 trillion)'; 'Japan briefly led in February' (past rank 1); 'April-June 2015 contracted at a 1.2% annualized rate' (a quarter); 'consumption tax raised from 5% to 8%' and 'the step to 10% is postponed to April 2017'; 'Another package is under discussion'; 'past ¥125' and 'The Bank of Japan's 2% inflation target'; 'the 25% cut from 1990 levels by 2020 set in 2009 by then-Prime Minister Hatoyama Yukio' (former goal, former leader); 'Members: 12 Pacific Rim countries, about 40% of world GDP'; 'joined the talks in July 2013'; 'a Maui ministerial ended July 31' and 'in Atlanta on September 30' (planned); 'Japan's beef tariff is 38.5%'; 'enacted June 29 (P.L. 114-26)'; 'President Xi Jinping' and 'President Park Geun-hye' (other countries' leaders); 'Abe's August 14 statement marked 70 years'. PDF: ligatures, hyphenated line ends, two columns; Figure 1 a one-series bar chart.",
}
