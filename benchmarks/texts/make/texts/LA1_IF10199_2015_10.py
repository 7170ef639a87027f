from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "LA1-IF10199-2015-10", "fresh31", "IF10199", 4
LAYOUTS = ["md", "pdf"]
PDF_OPTS = ["lig", "quotes", "hyph"]
CHART = {"unit": "yen per dollar", "ymax": 140, "ticks": [0, 35, 70, 105, 140],
         "series": ["Annual average exchange rate"],
         "bars": {"2011": (79.8,), "2012": (79.8,), "2013": (97.6,), "2014": (105.9,), "2015": (121.0,)}}

MD = """
U.S.-Japan Relations

Updated October 14, 2015

## Overview

Seventy years after the end of the Pacific War, relations between Washington and Tokyo are, by most measures, as close as they have been in a generation. Prime Minister Shinzo Abe, who returned the Liberal Democratic Party (LDP) to power in December 2012, has put the alliance at the center of his agenda, and President Barack Obama's Administration has welcomed most of what he has done. The spring brought a run of firsts. At the White House on April 28, the two leaders endorsed revised Guidelines for U.S.-Japan Defense Cooperation, the first rewrite since 1997; a day later, Abe became the first Japanese prime minister ever to address a joint meeting of Congress. On October 5, trade ministers of twelve Pacific nations meeting in Atlanta announced that they had concluded talks on the Trans-Pacific Partnership (TPP), an agreement the two countries had pushed forward together.

Frictions remain. The plan to relocate a Marine Corps air station on Okinawa is stalled, Abe's statements on Japan's wartime history are watched closely in Seoul and Beijing, and the TPP must still win approval in both capitals.

## The Alliance

Treaty allies since 1951, when a security pact was signed alongside the San Francisco Peace Treaty, the two countries revised that pact in 1960 into the form that governs the alliance today. Under it, Japan grants the U.S. military the use of bases in return for a U.S. commitment to defend Japan. Roughly fifty thousand American service members are stationed there, accompanied by some 40,000 dependents; no other country outside the United States hosts as many. The Seventh Fleet is home-ported at Yokosuka.

Japan offsets part of the expense. The current Special Measures Agreement (SMA) on cost sharing, signed in January 2011, expires next March; negotiators have been meeting since the summer on a successor. Counting outlays beyond the SMA, Tokyo's host-nation support comes to a little under $2 billion annually.

## Defense Reforms

This year's legislative centerpiece was a package of eleven security bills, enacted by the upper chamber on September 19 after a debate that drew large street protests. Among other things, the laws:

- allow the Self-Defense Forces (SDF) to use force to defend a country with close ties to Japan when Japan's own survival is threatened ("collective self-defense");
- widen the logistical support the SDF may give other militaries, including outside East Asia;
- loosen restrictions on the use of weapons by SDF personnel in peacekeeping operations.

Budgets have risen more modestly. Military spending has grown three years in a row but, at under 1% of gross domestic product (GDP), still respects the informal ceiling of 1% that most postwar cabinets have observed. The Ministry of Defense has asked for ¥5.09 trillion for FY2016, which would be a record.

## Okinawa

Though its land makes up less than one percent of Japan's total area, the prefecture hosts about one-quarter of all the facilities used by U.S. Forces Japan. It is also where more than half of the U.S. military personnel in Japan are based, most of them Marines.

A 2006 realignment plan would have sent 8,000 Marines to Guam. Under the revision of 2012, about 9,000 Marines are to leave Okinawa; of those, approximately four thousand are to relocate to Guam, with the rest divided among Hawaii, Australia, and the continental United States. The moves are tied only loosely to the replacement of Marine Corps Air Station Futenma by a new runway at Henoko, in northern Okinawa. Governor Takeshi Onaga, who won office last November on a promise to stop the Henoko project, yesterday revoked the landfill permit approved by his predecessor in December 2013; Tokyo has said it will contest the revocation.

## Politics

With his hold on the LDP secure, Abe was reappointed party president without a contest last month. The LDP governs in coalition with Komeito, a smaller party backed by a lay Buddhist organization. The snap election of last December left the two parties with 326 of the 475 seats in the House of Representatives, a share just over two-thirds. Fifty-six percent or so of the seats in the House of Councillors, the upper chamber, are theirs as well, a majority the coalition won in July 2013.

Half of the upper chamber's 242 seats will be contested next July, the next national election on the calendar. No Lower House election is required before December 2018, when its members' four-year term ends. Cabinet approval ratings, which slipped into the high 30s during the summer debate over the security bills, have since partly recovered.

## Trade and Investment

Japan ranked fourth among U.S. trading partners in 2014, and it held the same place whether measured as a market for U.S. goods or as a source of them. Table 1 gives the totals.

Table 1. U.S. Goods Trade with Japan ($ billions)

| Flow | 2013 | 2014 |
| --- | --- | --- |
| U.S. exports to Japan | 65.2 | 67.0 |
| U.S. imports from Japan | 138.6 | 134.0 |
| U.S. balance | -73.4 | -67.0 |

Source: U.S. Census Bureau.

The bilateral gap in goods was the third-widest for the United States last year, after those with China and Germany. Japanese companies own $373.8 billion in direct investment in the United States, a stock exceeded only by that of British firms. As for U.S. government debt, Japan holds $1.20 trillion of Treasury securities, second to China among foreign holders as of August.

Under the TPP, Japan would cut its 38.5% tariff on beef to 9% over sixteen years, and the United States would phase out its 2.5% tariff on Japanese passenger cars over twenty-five years. The agreement is to be signed early next year.

## Economy

"Abenomics" has yet to deliver steady growth. Real GDP fell 0.1% in 2014, when an increase in the consumption tax from 5% to 8% in April depressed spending, after a gain of 1.6% the year before. It shrank again in the April-June quarter of this year, by 1.2% at an annualized rate. In February the Diet enacted a FY2014 supplementary budget of ¥3.1 trillion (roughly $26 billion); a second package for the current fiscal year is under discussion.

Monetary easing has weakened the currency. The yen sank to a 13-year low against the dollar in June, near ¥126, before settling around ¥120 (Figure 1).

**Figure 1. Yen per Dollar, 2011-2015**

Source: Federal Reserve Board. The 2015 bar averages January through September.

In July, Tokyo announced a goal of cutting greenhouse gas emissions 26% below FY2013 levels by FY2030, its contribution to the climate conference to be held in Paris in December. The 25% reduction from 1990 levels promised in 2009 was dropped in 2013.

## Issues for Congress

- Whether to approve the TPP, and how Japan's market access commitments compare with those of the other ten partners.
- How the new security laws will change what the SDF can do alongside U.S. forces.
- Whether the Henoko dispute will further delay the Marines' transfer, now projected for the first half of the 2020s.

**Emma Chanlett-Avery**, Coordinator, Specialist in Asian Affairs

**Mark E. Manyin**, Specialist in Asian Affairs

**Ian E. Rinehart**, Analyst in Asian Affairs

**Rebecca M. Nelson**, Specialist in International Trade and Finance

**Brock R. Williams**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Abe", "Shinzo", "Prime Minister Shinzo Abe", note="given name first"),
        "leaders.us_president": P("Obama", "Barack", "President Barack Obama's Administration", note="possessive"),
        "alliance.treaty_ally_since": F(1951, as_written="Treaty allies since 1951, when a security pact was signed alongside the San Francisco Peace Treaty", note="fronted phrase; 1960 (the revision) is a trap"),
        "alliance.us_troops_in_japan": F(50000, "about", as_written="Roughly fifty thousand American service members are stationed there", note="number in words; 'there' = Japan, from the sentence before"),
        "alliance.host_nation_support_per_year": F(2000000000, "under", per="year", as_written="Tokyo's host-nation support comes to a little under $2 billion annually"),
        "alliance.host_nation_support_agreement": D("2011-01", as_written="The current Special Measures Agreement (SMA) on cost sharing, signed in January 2011, expires next March", note="the agreement in force; its successor is under negotiation"),
        "alliance.okinawa_share_of_usfj_facilities": F(25, "about", as_written="the prefecture hosts about one-quarter of all the facilities used by U.S. Forces Japan", note="fraction in words, all-facilities basis"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="It is also where more than half of the U.S. military personnel in Japan are based", note="subject carried: 'It' = the prefecture"),
        "alliance.okinawa_share_of_land_area": F(1, "under", as_written="Though its land makes up less than one percent of Japan's total area"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="of those, approximately four thousand are to relocate to Guam", note="number in words; 9,000 (total leaving) and 8,000 (2006 plan) are traps"),
        "defense.traditional_limit_pct_gdp": F(1, as_written="still respects the informal ceiling of 1% that most postwar cabinets have observed", note="'under 1%' hedges spending, not the ceiling"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="The LDP governs in coalition with Komeito"),
        "politics.lower_house_coalition_share": F(67, "over", as_written="326 of the 475 seats in the House of Representatives, a share just over two-thirds", note="fraction rule: two-thirds rounded to 67"),
        "politics.upper_house_coalition_share": F(56, "about", as_written="Fifty-six percent or so of the seats in the House of Councillors, the upper chamber, are theirs as well", note="number in words with a postposed hedge"),
        "politics.next_diet_election_due": F(2016, as_written="Half of the upper chamber's 242 seats will be contested next July, the next national election on the calendar", note="'next July' from an October 2015 cover"),
        "politics.lower_house_election_due": D("2018-12", as_written="No Lower House election is required before December 2018, when its members' four-year term ends"),
        "trade.overall_partner_rank": F(4, period="2014", as_written="Japan ranked fourth among U.S. trading partners in 2014"),
        "trade.export_partner_rank": F(4, period="2014", as_written="it held the same place whether measured as a market for U.S. goods", note="'the same place' = fourth"),
        "trade.import_partner_rank": F(4, period="2014", as_written="or as a source of them"),
        "trade.us_exports_to_japan": F(67000000000, period="2014", as_written="U.S. exports to Japan | 65.2 | 67.0", note="Table 1, 2014 column, $ billions; 2013 column is a trap"),
        "trade.us_imports_from_japan": F(134000000000, period="2014", as_written="U.S. imports from Japan | 138.6 | 134.0", note="Table 1, 2014 column, $ billions"),
        "trade.fdi_source_rank": F(2, as_written="Japanese companies own $373.8 billion in direct investment in the United States, a stock exceeded only by that of British firms"),
        "trade.treasury_holder_rank": F(2, period="2015-08", as_written="Japan holds $1.20 trillion of Treasury securities, second to China among foreign holders as of August"),
        "economy.gdp_growth": dict(GDP(y2014=-0.1, y2013=1.6), as_written="Real GDP fell 0.1% in 2014, when an increase in the consumption tax from 5% to 8% in April depressed spending, after a gain of 1.6% the year before", note="2013 from 'the year before'"),
        "economy.supplementary_budget": F(26000000000, "about", period="2015-02", as_written="In February the Diet enacted a FY2014 supplementary budget of ¥3.1 trillion (roughly $26 billion)"),
        "economy.yen": F("13-year low against the dollar", period="2015-06", as_written="The yen sank to a 13-year low against the dollar in June"),
        "economy.emissions_cut_target": F(26, by="FY2030", baseline="FY2013", as_written="a goal of cutting greenhouse gas emissions 26% below FY2013 levels by FY2030"),
    },
    "elections": {
        "lower_house_2014": E("Lower House", "2014-12", "held", result="LDP and Komeito 326 of 475 seats", note="'The snap election of last December'"),
        "upper_house_2013": E("Upper House", "2013-07", "held", result="coalition won a majority", note="'a majority the coalition won in July 2013'"),
        "upper_house_2016": E("Upper House", "2016-07", "upcoming", note="'Half of the upper chamber's 242 seats will be contested next July'"),
        "okinawa_governor_2014": E("Okinawa governor", "2014-11", "held", result="Takeshi Onaga, opposed to the Henoko project", note="'who won office last November'"),
        "ldp_president_2015": E("LDP president", "2015-09", "held", result="Abe reappointed without a contest", note="'reappointed party president without a contest last month'"),
    },
    "events": {
        "abe_address_to_congress": EV("Abe addresses a joint meeting of Congress, the first Japanese prime minister to do so", "2015-04-29", "held"),
    },
    "notes": "Traps: 'Seventy years after the end of the Pacific War'; 'who returned the Liberal Democratic Party (LDP) to power in December 2012'; 'At the White House on April 28' and 'the first rewrite since 1997' (the guidelines; the address is 'a day later'); 'trade ministers of twelve Pacific nations'; 'the two countries revised that pact in 1960' (not the treaty-ally year); 'accompanied by some 40,000 dependents' and 'no other country outside the United States hosts as many' (not a rank fact); 'expires next March' (SMA end, not its date); 'negotiators have been meeting since the summer on a successor' (no new agreement yet); 'a package of eleven security bills, enacted by the upper chamber on September 19'; 'at under 1% of gross domestic product (GDP)' (spending, not the ceiling); 'asked for ¥5.09 trillion for FY2016'; 'A 2006 realignment plan would have sent 8,000 Marines to Guam' (past plan); 'about 9,000 Marines are to leave Okinawa' (total leaving); 'yesterday revoked the landfill permit approved by his predecessor in December 2013'; 'the high 30s' (approval ratings); 'Half of the upper chamber's 242 seats' (seat count, not a share); Table 1's 2013 column and balance row; 'The bilateral gap in goods was the third-widest for the United States last year, after those with China and Germany' (a deficit rank: no IF10199 fact); '$373.8 billion' (FDI stock, not an IF10199 fact); '38.5% tariff on beef to 9% over sixteen years' and '2.5% tariff on Japanese passenger cars over twenty-five years' (TPP product tariffs); 'The agreement is to be signed early next year'; 'from 5% to 8% in April' (consumption tax); 'by 1.2% at an annualized rate' (a quarter, not a year); 'a second package for the current fiscal year is under discussion' (planned budget); 'near ¥126' and 'around ¥120'; Figure 1 (yen per dollar, 2011-2015, ticks 0-140, no value labels: PDF only); 'the climate conference to be held in Paris in December'; 'The 25% reduction from 1990 levels promised in 2009 was dropped in 2013' (former target); Issues bullet 'the other ten partners' and 'the first half of the 2020s'. PDF: ligatures, curly quotes, hyphenated line ends.",
}
