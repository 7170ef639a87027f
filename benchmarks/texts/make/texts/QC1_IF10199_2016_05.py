from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "QC1-IF10199-2016-05", "fresh37", "IF10199", 12
LAYOUTS = ["html", "layout"]
PDF_OPTS = ["nbsp", "hyph"]
SIDEBAR = "Okinawa and the Marines"
CHART = {"unit": "¥ per $", "ymax": 140, "ticks": [0, 35, 70, 105, 140],
         "series": ["Yen per dollar, annual average"],
         "bars": {"2011": (79.8,), "2012": (79.8,), "2013": (97.6,), "2014": (105.9,), "2015": (121.0,)}}

MD = """
U.S.-Japan Relations

Updated May 24, 2016

## Overview

Later this week, President Barack Obama travels to Japan for the Group of Seven (G-7) summit at Ise-Shima, which Prime Minister Shinzo Abe is hosting on May 26-27. On Friday the President is to become the first sitting U.S. president to visit Hiroshima, 71 years after the atomic bombing of that city. The trip returns, in a sense, a gesture made in Washington a year ago: on April 29, 2015, Abe became the first Japanese head of government to address a joint meeting of Congress. Now in his fourth year back in office, Abe has steered the alliance toward a broader military partnership, while the two economies are to be bound more closely by the Trans-Pacific Partnership (TPP), which both governments have signed and neither legislature has approved.

## The Alliance

Japan and the United States became treaty allies in 1951, when the original security pact was concluded in San Francisco alongside the peace treaty; the present Treaty of Mutual Cooperation and Security dates from 1960. Under it, Japan is host to in the neighborhood of 50,000 U.S. military personnel, as well as the U.S. Navy's only forward-deployed aircraft carrier.

Tokyo defrays a sizable share of the cost. The five-year Special Measures Agreement (SMA) that the two governments signed this January, and which took effect on April 1, obliges Japan to provide ¥946.5 billion in all. That works out to an average of some ¥189 billion, or approximately $1.7 billion, per year, slightly more than under the accord it replaced.

## Okinawa and the Marines

Okinawa Prefecture accounts for less than one percent of Japan's land area. Nevertheless, nearly three-fourths of the acreage set aside for the exclusive use of U.S. forces in Japan lies there, and the island chain hosts well over half of the American personnel stationed in the country, most of them Marines.

A 2012 revision of the realignment plan calls for roughly 9,000 Marines to leave Okinawa. Guam is to receive some four thousand of them; the rest are to go to Hawaii, to Australia on rotation, and to the U.S. mainland. The first moves to Guam are not expected before the early 2020s.

The plan to replace Marine Corps Air Station Futenma with a new runway at Henoko remains stalled. Governor Takeshi Onaga, who won office in November 2014 by opposing the new base, revoked the landfill permit last October; in March the central government and the prefecture accepted a court-brokered settlement that halted construction while they talk. The arrest this month of an American civilian base employee in the death of a 20-year-old Okinawan woman has inflamed local opinion ahead of the prefectural assembly election on June 5.

## Defense Reforms

Security legislation enacted last September took effect on March 29. The laws allow the Self-Defense Forces (SDF) to exercise collective self-defense in limited circumstances, coming to the aid of the United States or another country under attack when Japan's own survival is threatened, and they widen the scope of logistical support for partner militaries. Revised bilateral defense guidelines, released in April 2015, describe how the two militaries are to work together under the new rules.

Spending has risen for four straight years under Abe, and the FY2016 budget, ¥5.05 trillion, is the first to top ¥5 trillion. Outlays nonetheless remain close to 1% of gross domestic product (GDP), the level that successive governments have treated as an informal upper limit since the 1970s. NATO, by comparison, asks its members to spend 2%.

**Figure 1. The Yen Against the Dollar, 2011-2015**

Source: CRS, with Federal Reserve data. Annual averages.

## Domestic Politics

Abe's Liberal Democratic Party (LDP) governs in coalition with the Komeito. Since the snap election of December 2014, the two parties have controlled more than two-thirds of the House of Representatives, the Diet's more powerful lower chamber, enough to override the upper house. In the 242-member House of Councillors, they hold 135 seats, about 56%. Abe was returned unopposed as LDP president last September, for a term running to September 2018.

Half of the upper chamber's seats will be contested on July 10, and for the first time 18- and 19-year-olds may vote. Some in the LDP hope that the coalition and like-minded parties can together reach two-thirds of that chamber, the threshold for initiating a constitutional amendment. Talk of Abe dissolving the lower chamber to hold elections for both houses on the same day has faded in recent weeks; its members need not face voters until December 2018. Abe is also weighing whether to postpone, for a second time, the increase in the consumption tax from 8% to 10% now scheduled for April 2017.

## Economic Relations

Japan ranked as the fourth-largest U.S. trading partner in 2015. U.S. goods exports to Japan slipped 6% that year, to $62.5 billion, while imports from Japan fell to $131.4 billion (Table 1); Japan was the fourth-largest market for the former and the fourth-largest supplier of the latter.

Table 1. U.S. Goods Trade with Japan ($ billions)

| Flow | 2014 | 2015 |
| --- | --- | --- |
| U.S. exports | 66.8 | 62.5 |
| U.S. imports | 134.0 | 131.4 |
| Balance | -67.2 | -68.9 |

Source: U.S. Census Bureau.

At the end of 2014, only British companies held a larger stock of direct investment in the United States than Japanese ones, whose holdings came to about $374 billion. Japan is likewise the second-largest foreign holder of U.S. Treasury securities: its roughly $1.1 trillion as of March trailed only China's.

The 12-nation TPP was signed in Auckland on February 4. Japan's Diet has put off a vote until an extraordinary session expected this autumn, and congressional leaders have signaled that a vote before the November election is unlikely. Under the pact, Japan's 38.5% tariff on beef would fall to 9% over 16 years, and the 2.5% U.S. duty on Japanese cars would be phased out over 25 years.

## Japan's Economy

Abenomics has yet to deliver durable growth. Real GDP rose 0.5% in 2015, after a slight contraction (-0.1%) in 2014. A preliminary estimate released last week put growth in the January-March quarter at an annualized 1.7%, after a contraction of the same size in the quarter before. The Bank of Japan adopted a negative rate of -0.1% on some bank reserves in January, yet the yen has strengthened: earlier this month it touched an 18-month high against the dollar, near ¥105, squeezing exporters' profits.

Rebuilding after the earthquakes that struck Kumamoto on April 14 and 16 will be paid for in part by a supplementary budget of ¥778 billion, roughly $7 billion, which the Diet enacted on May 17. It follows a ¥3.3 trillion package passed in January for the fiscal year that ended in March.

Japan signed the Paris climate agreement in New York on April 22. The contribution Tokyo submitted last July commits it to emissions 26% below their FY2013 level by FY2030.

## Regional Relations

Relations with South Korea have improved since a December 2015 agreement on the "comfort women" issue, under which Tokyo is to put ¥1 billion (about $9 million) into a foundation supporting surviving victims. North Korea's fourth nuclear test, on January 6, and its launch of a long-range rocket on February 7 have spurred closer cooperation among Washington, Tokyo, and Seoul, and President Park Geun-hye is expected to meet Abe again this year. Chinese coast guard vessels continue to enter the waters around the Senkaku Islands, which Japan administers and China claims.

**Emma Chanlett-Avery**, Coordinator, Specialist in Asian Affairs

**Mark E. Manyin**, Specialist in Asian Affairs

**Ian E. Rinehart**, Analyst in Asian Affairs

**Rebecca M. Nelson**, Specialist in International Trade and Finance

**Brock R. Williams**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Abe", "Shinzo", "Prime Minister Shinzo Abe", note="given name first"),
        "leaders.us_president": P("Obama", "Barack", "President Barack Obama"),
        "alliance.treaty_ally_since": F(1951, as_written="Japan and the United States became treaty allies in 1951"),
        "alliance.us_troops_in_japan": F(50000, "about", as_written="Japan is host to in the neighborhood of 50,000 U.S. military personnel"),
        "alliance.host_nation_support_per_year": F(1700000000, "about", per="year", as_written="an average of some ¥189 billion, or approximately $1.7 billion, per year", note="the dollar figure; the yen average and the five-year yen total are not"),
        "alliance.host_nation_support_agreement": D("2016-01", as_written="The five-year Special Measures Agreement (SMA) that the two governments signed this January", note="year from the cover; the April 1 entry into force is a trap"),
        "alliance.okinawa_share_of_usfj_facilities": F(75, "nearly", as_written="nearly three-fourths of the acreage set aside for the exclusive use of U.S. forces in Japan lies there", note="sidebar; exclusive-use basis; fraction rule"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="the island chain hosts well over half of the American personnel stationed in the country", note="sidebar"),
        "alliance.okinawa_share_of_land_area": F(1, "under", as_written="Okinawa Prefecture accounts for less than one percent of Japan's land area", note="sidebar"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="Guam is to receive some four thousand of them", note="sidebar; 'them' = the roughly 9,000 leaving Okinawa"),
        "defense.traditional_limit_pct_gdp": F(1, as_written="close to 1% of gross domestic product (GDP), the level that successive governments have treated as an informal upper limit since the 1970s", note="'close to' hedges the outlays, not the limit"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="Abe's Liberal Democratic Party (LDP) governs in coalition with the Komeito"),
        "politics.lower_house_coalition_share": F(67, "over", as_written="the two parties have controlled more than two-thirds of the House of Representatives", note="fraction rule"),
        "politics.upper_house_coalition_share": F(56, "about", as_written="In the 242-member House of Councillors, they hold 135 seats, about 56%"),
        "politics.next_diet_election_due": F(2016, as_written="Half of the upper chamber's seats will be contested on July 10", note="year from the cover"),
        "politics.lower_house_election_due": D("2018-12", as_written="its members need not face voters until December 2018"),
        "trade.overall_partner_rank": F(4, period="2015", as_written="Japan ranked as the fourth-largest U.S. trading partner in 2015"),
        "trade.export_partner_rank": F(4, period="2015", as_written="Japan was the fourth-largest market for the former", note="'the former' = U.S. goods exports to Japan"),
        "trade.import_partner_rank": F(4, period="2015", as_written="and the fourth-largest supplier of the latter", note="'the latter' = imports from Japan"),
        "trade.us_exports_to_japan": F(62500000000, period="2015", as_written="U.S. goods exports to Japan slipped 6% that year, to $62.5 billion", note="also Table 1's 2015 column"),
        "trade.us_imports_from_japan": F(131400000000, period="2015", as_written="while imports from Japan fell to $131.4 billion (Table 1)", note="also Table 1's 2015 column"),
        "trade.fdi_source_rank": F(2, period="2014", as_written="At the end of 2014, only British companies held a larger stock of direct investment in the United States than Japanese ones"),
        "trade.treasury_holder_rank": F(2, period="2016-03", as_written="Japan is likewise the second-largest foreign holder of U.S. Treasury securities: its roughly $1.1 trillion as of March trailed only China's"),
        "economy.gdp_growth": GDP(y2015=0.5, y2014=-0.1),
        "economy.supplementary_budget": F(7000000000, "about", period="2016-05-17", as_written="a supplementary budget of ¥778 billion, roughly $7 billion, which the Diet enacted on May 17"),
        "economy.yen": F("18-month high against the dollar", period="2016-05", as_written="earlier this month it touched an 18-month high against the dollar, near ¥105"),
        "economy.emissions_cut_target": F(26, by="FY2030", baseline="FY2013", as_written="commits it to emissions 26% below their FY2013 level by FY2030"),
    },
    "elections": {
        "lower_house_2014": E("Lower House", "2014-12", "held", result="coalition over two-thirds of the House of Representatives", note="'the snap election of December 2014'"),
        "okinawa_governor_2014": E("Okinawa governor", "2014-11", "held", result="Takeshi Onaga, opposing the new base"),
        "ldp_president_2015": E("LDP president", "2015-09", "held", result="Abe returned unopposed", note="'last September' from a May 2016 cover"),
        "upper_house_2016": E("Upper House", "2016-07-10", "upcoming", note="half the seats contested; year from the cover"),
    },
    "events": {
        "abe_address_to_congress": EV("Abe addresses a joint meeting of Congress, the first Japanese head of government to do so", "2015-04-29", "held"),
    },
    "notes": "Traps: 'the Group of Seven (G-7) summit at Ise-Shima, which Prime Minister Shinzo Abe is hosting on May 26-27'; 'On Friday the President is to become the first sitting U.S. president to visit Hiroshima, 71 years after' (a planned visit; the records' slug for it is not among the validator's tracked events, so not listed); 'Now in his fourth year back in office'; 'the present Treaty of Mutual Cooperation and Security dates from 1960' (not the treaty-ally year); 'the U.S. Navy's only forward-deployed aircraft carrier'; 'which took effect on April 1' (SMA entry into force, not its date); 'obliges Japan to provide ¥946.5 billion in all' (five-year total) and 'some ¥189 billion' (yen); 'slightly more than under the accord it replaced'; sidebar 'roughly 9,000 Marines to leave Okinawa' (total leaving, not Guam); 'not expected before the early 2020s'; 'revoked the landfill permit last October' and 'in March the central government and the prefecture accepted a court-brokered settlement'; 'a 20-year-old Okinawan woman' and 'the prefectural assembly election on June 5' (a local election, not listed); 'Security legislation enacted last September took effect on March 29'; 'Revised bilateral defense guidelines, released in April 2015'; 'Spending has risen for four straight years', 'the FY2016 budget, ¥5.05 trillion, is the first to top ¥5 trillion'; 'NATO, by comparison, asks its members to spend 2%' (another alliance's guideline: no spending goal); 'enough to override the upper house'; 'In the 242-member House of Councillors, they hold 135 seats' (counts beside the 56%); 'for a term running to September 2018' (a party term, no election); 'Half of the upper chamber's seats' and '18- and 19-year-olds'; 'reach two-thirds of that chamber, the threshold for initiating a constitutional amendment' (a goal, not the share); 'Talk of Abe dissolving the lower chamber to hold elections for both houses on the same day has faded' (no election); 'the consumption tax from 8% to 10% now scheduled for April 2017'; 'slipped 6% that year'; Table 1's 2014 column (66.8, 134.0) and Balance row; 'whose holdings came to about $374 billion' (FDI stock, not a catalogue fact); 'its roughly $1.1 trillion'; 'The 12-nation TPP was signed in Auckland on February 4' (a count of signatories, not IPEF); 'before the November election' (U.S. election); 'Japan's 38.5% tariff on beef would fall to 9% over 16 years, and the 2.5% U.S. duty on Japanese cars would be phased out over 25 years' (proposed tariff cuts, not a tariff on most imports); 'an annualized 1.7%, after a contraction of the same size in the quarter before' (quarters, not years); 'a negative rate of -0.1%'; 'near ¥105'; 'the earthquakes that struck Kumamoto on April 14 and 16'; '¥778 billion' (yen); 'It follows a ¥3.3 trillion package passed in January' (earlier budget); 'Japan signed the Paris climate agreement in New York on April 22' and 'submitted last July'; '¥1 billion (about $9 million) into a foundation'; 'North Korea's fourth nuclear test, on January 6', 'on February 7'; 'President Park Geun-hye' (another country's leader); Figure 1 (yen per dollar, annual averages 2011-2015; axis ticks 0-140, no value labels; in the html aside with the sidebar). Layout: pdftotext -layout runs the two columns side by side; NBSP before billion/trillion/percent words; hyphenated line ends.",
}
