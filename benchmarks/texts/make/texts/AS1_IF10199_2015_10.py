from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "AS1-IF10199-2015-10", "fresh19", "IF10199", 4
LAYOUTS = ["md", "layout"]
PDF_OPTS = ["lig", "quotes", "hyph"]
CHART = {"unit": "yen per dollar", "ymax": 140, "ticks": [0, 35, 70, 105, 140],
         "series": ["Annual average"],
         "bars": {"2011": (79.8,), "2012": (79.8,), "2013": (97.6,), "2014": (105.9,), "2015": (121.6,)}}

MD = """
U.S.-Japan Relations

Updated October 20, 2015

## Overview

Two long-sought goals were reached within weeks of each other this autumn, and both bear the stamp of Prime Minister Shinzo Abe. On September 19, the Diet enacted security legislation that allows Japan's Self-Defense Forces to exercise collective self-defense in limited circumstances. On October 5, trade ministers from twelve Pacific Rim countries, the United States and Japan among them, announced in Atlanta that negotiations on the Trans-Pacific Partnership (TPP) had concluded. Abe used his April 29 speech before a joint meeting of Congress, something no Japanese prime minister had done before, to promise that the security bills would pass "by this coming summer." President Obama, who hosted Abe for a state visit the day before, is expected to see him again at the Asia-Pacific Economic Cooperation (APEC) meeting in Manila in November.

## The Alliance

The security treaty at the heart of the alliance dates to 1951; it was revised in 1960. In the neighborhood of 52,000 U.S. military personnel are stationed in Japan, accompanied by some 42,000 family members. The bilateral Defense Guidelines, revised on April 27 for the first time since 1997, widen the range of missions the two militaries may carry out together.

The Japanese government defrays part of the cost of these forces: approximately $1.6 billion per annum (¥188.9 billion in FY2015), under a Special Measures Agreement (SMA) that the two governments concluded in January 2011. That agreement runs out in March 2016, and negotiators opened talks on a successor this summer. Japan's own defense budget has risen for three straight years, to ¥4.98 trillion in FY2015, but it remains within the de facto cap of 1% of GDP that a 1976 cabinet decision first made policy; the Ministry of Defense has asked for ¥5.09 trillion for FY2016.

## Okinawa

Okinawa makes up six-tenths of one percent of Japan's land area, yet almost three-fourths of the land reserved for the exclusive use of U.S. forces lies within the prefecture, and a majority of the U.S. military personnel in Japan are based there. Under the 2012 revision of the realignment plan, roughly 9,000 Marines are to leave Okinawa; approximately 4,000 of them are ticketed for Guam, in moves not expected to start before the 2020s. The plan to replace Marine Corps Air Station Futenma with a new runway at Henoko remains stalled. Governor Takeshi Onaga, who unseated the incumbent in November 2014 on a pledge to block the project, revoked the prefecture's landfill permit on October 13; Tokyo says it will seek to have the revocation overturned.

## Politics

Abe's hold on power looks secure. On September 8, the Liberal Democratic Party (LDP) gave him a second three-year term as its president without a ballot, because no rival could gather the 20 lawmakers' endorsements a candidacy requires. Together with its partner Komeito, the LDP controls more than two-thirds of the House of Representatives, 326 of its 475 seats since the December 2014 snap election, enough to pass bills over the upper chamber's objections. In the 242-seat House of Councillors the coalition's cushion is thinner: 135 seats, a bit under 56%. Abe reshuffled his cabinet on October 7, keeping most senior ministers in place, after approval ratings dipped below 40% in some polls during the debate over the security bills.

## Trade and Investment

Bilateral goods trade shrank slightly in 2014 (Table 1) as a weaker yen lowered the dollar value of Japanese shipments. Through August 2015, the U.S. goods deficit with Japan stood at $45.5 billion.

Table 1. U.S. Goods Trade with Japan (billions of dollars)

| Flow | 2013 | 2014 | Rank |
| --- | --- | --- | --- |
| Exports to Japan | 65.2 | 66.9 | 4 |
| Imports from Japan | 138.5 | 134.0 | 4 |
| Total trade | 203.7 | 200.9 | 4 |

Source: U.S. Census Bureau. Ranks are for 2014, among all U.S. partners, counting the countries of the European Union individually.

In foreign direct investment in the United States, Japan places second, behind the United Kingdom; Japanese firms' investment position reached $373.8 billion at the end of 2014. Japan held $1.20 trillion of U.S. Treasury securities as of August 2015, second to China, which it had briefly overtaken in February.

Under the TPP, Japan would cut its 38.5% tariff on beef to 9% over sixteen years, while the United States would phase out its 2.5% tariff on Japanese passenger cars over 25 years. Under the Trade Promotion Authority enacted in June, Congress could not vote on the agreement until early 2016 at the soonest.

## Japan's Economy

After expanding 1.6% in 2013, Japan's real GDP edged down in 2014, shrinking 0.1% after an April increase in the consumption tax, from 5% to 8%, choked off household spending. Output fell again in the April-June quarter of 2015, at an annualized 1.2%. The most recent extra budget, ¥3.1 trillion (around $26 billion), cleared the Diet in February; another is under discussion for the winter. As the Bank of Japan pressed on with monetary easing, the yen sank in June to ¥125.86 per dollar, its lowest in thirteen years (Figure 1). Ahead of the December climate conference in Paris, Japan pledged in July to cut greenhouse gas emissions 26% from FY2013 levels by FY2030; the U.S. pledge is 26%-28% below 2005 levels by 2025.

**Figure 1. Yen per U.S. Dollar, 2011-2015**

Source: Federal Reserve. Annual averages; the 2015 average covers January-September.

## Regional Relations

Relations with China and South Korea, strained over history and territory, show tentative signs of repair. Abe met Chinese President Xi Jinping in Jakarta in April, and the leaders of Japan, China, and South Korea plan to meet in Seoul on November 1, their first trilateral summit since 2012. Abe's August 14 statement on the 70th anniversary of the war's end expressed "profound grief" without offering a fresh apology.

## Looking Ahead

- Nov. 2015: Obama and Abe expected at APEC in Manila and the East Asia Summit in Kuala Lumpur.
- Mar. 2016: the current host-nation support SMA expires.
- May 2016: Japan hosts the G-7 summit at Ise-Shima.
- July 2016: half of the House of Councillors is up for election, the next nationwide vote.
- Dec. 2018: the latest date for a House of Representatives election, when members' four-year terms run out.

**Emma Chanlett-Avery**, Coordinator, Specialist in Asian Affairs

**Ian E. Rinehart**, Analyst in Asian Affairs

**Brock R. Williams**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Abe", "Shinzo", "Prime Minister Shinzo Abe"),
        "leaders.us_president": P("Obama", "Barack", "President Obama", note="given name not written"),
        "alliance.treaty_ally_since": F(1951, as_written="The security treaty at the heart of the alliance dates to 1951; it was revised in 1960"),
        "alliance.us_troops_in_japan": F(52000, "about", as_written="In the neighborhood of 52,000 U.S. military personnel are stationed in Japan", note="'in the neighborhood of' is about"),
        "alliance.host_nation_support_per_year": F(1600000000, "about", per="year", as_written="approximately $1.6 billion per annum (¥188.9 billion in FY2015)", note="the dollar figure, not the yen"),
        "alliance.host_nation_support_agreement": D("2011-01", as_written="a Special Measures Agreement (SMA) that the two governments concluded in January 2011", note="expires March 2016; successor only under negotiation"),
        "alliance.okinawa_share_of_usfj_facilities": F(75, "nearly", as_written="almost three-fourths of the land reserved for the exclusive use of U.S. forces lies within the prefecture", note="exclusive-use basis; fraction in words = rounded whole percent"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="a majority of the U.S. military personnel in Japan are based there"),
        "alliance.okinawa_share_of_land_area": F(0.6, as_written="Okinawa makes up six-tenths of one percent of Japan's land area"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="approximately 4,000 of them are ticketed for Guam"),
        "defense.traditional_limit_pct_gdp": F(1, as_written="the de facto cap of 1% of GDP that a 1976 cabinet decision first made policy"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="Together with its partner Komeito, the LDP controls"),
        "politics.lower_house_coalition_share": F(67, "over", as_written="the LDP controls more than two-thirds of the House of Representatives", note="two-thirds = 67; the seat count 326 of 475 is not written as a share"),
        "politics.upper_house_coalition_share": F(56, "under", as_written="the coalition's cushion is thinner: 135 seats, a bit under 56%"),
        "politics.next_diet_election_due": F(2016, as_written="July 2016: half of the House of Councillors is up for election, the next nationwide vote"),
        "politics.lower_house_election_due": D("2018-12", as_written="Dec. 2018: the latest date for a House of Representatives election, when members' four-year terms run out"),
        "trade.overall_partner_rank": F(4, period="2014", as_written="Table 1: Total trade | 203.7 | 200.9 | 4 (source note: 'Ranks are for 2014')"),
        "trade.export_partner_rank": F(4, period="2014", as_written="Table 1: Exports to Japan | 65.2 | 66.9 | 4"),
        "trade.import_partner_rank": F(4, period="2014", as_written="Table 1: Imports from Japan | 138.5 | 134.0 | 4"),
        "trade.us_exports_to_japan": F(66900000000, period="2014", as_written="Table 1 (billions of dollars): Exports to Japan, 2014 column, 66.9", note="goods"),
        "trade.us_imports_from_japan": F(134000000000, period="2014", as_written="Table 1 (billions of dollars): Imports from Japan, 2014 column, 134.0", note="goods"),
        "trade.fdi_source_rank": F(2, period="2014", as_written="In foreign direct investment in the United States, Japan places second, behind the United Kingdom"),
        "trade.treasury_holder_rank": F(2, period="2015-08", as_written="Japan held $1.20 trillion of U.S. Treasury securities as of August 2015, second to China"),
        "economy.gdp_growth": GDP(y2014=-0.1, y2013=1.6),
        "economy.supplementary_budget": F(26000000000, "about", period="2015-02", as_written="The most recent extra budget, ¥3.1 trillion (around $26 billion), cleared the Diet in February"),
        "economy.yen": F("13-year low against the dollar", period="2015-06", as_written="the yen sank in June to ¥125.86 per dollar, its lowest in thirteen years"),
        "economy.emissions_cut_target": F(26, by="FY2030", baseline="FY2013", as_written="Japan pledged in July to cut greenhouse gas emissions 26% from FY2013 levels by FY2030"),
    },
    "elections": {
        "ldp_president_2015": E("LDP president", "2015-09-08", "held", result="Abe given a second three-year term without a ballot (no rival gathered 20 endorsements)"),
        "lower_house_2014": E("Lower House", "2014-12", "held", result="coalition 326 of 475 seats"),
        "okinawa_governor_2014": E("Okinawa governor", "2014-11", "held", result="Takeshi Onaga unseated the incumbent"),
        "upper_house_2016": E("Upper House", "2016-07", "upcoming", note="half of the House of Councillors; the next nationwide vote"),
    },
    "events": {
        "abe_address_to_congress": EV("Abe addresses a joint meeting of Congress, the first Japanese prime minister to do so", "2015-04-29", "held"),
    },
    "notes": "Traps: 'On September 19, the Diet enacted security legislation'; 'trade ministers from twelve Pacific Rim countries' and 'On October 5' (TPP concluded); 'by this coming summer'; 'who hosted Abe for a state visit the day before' (the address is April 29, year from the text's date); 'is expected to see him again at the ... (APEC) meeting in Manila in November' (planned); 'it was revised in 1960' (treaty ally since 1951); 'some 42,000 family members'; 'revised on April 27 for the first time since 1997'; '(¥188.9 billion in FY2015)' (the yen figure; the dollar figure is the fact); 'That agreement runs out in March 2016' and 'negotiators opened talks on a successor this summer' (successor not yet agreed); 'to ¥4.98 trillion in FY2015', 'a 1976 cabinet decision' and 'asked for ¥5.09 trillion for FY2016'; no defense spending goal is stated; 'almost three-fourths' is nearly 75 on the exclusive-use basis; 'roughly 9,000 Marines are to leave Okinawa' (total leaving, not Guam) and 'the 2012 revision'; 'not expected to start before the 2020s' (no Marines in Guam); 'revoked the prefecture's landfill permit on October 13'; 'On September 8 ... a second three-year term' and 'the 20 lawmakers' endorsements' (LDP vote held, day); '326 of its 475 seats since the December 2014 snap election' (seat counts; the share is 'more than two-thirds'); 'In the 242-seat House of Councillors' and '135 seats'; 'Abe reshuffled his cabinet on October 7' and 'dipped below 40%'; 'Through August 2015, the U.S. goods deficit with Japan stood at $45.5 billion' (partial year; no IF10199 fact); Table 1's 2013 column (65.2, 138.5, 203.7) and the Total trade amount 200.9; 'counting the countries of the European Union individually'; '$373.8 billion at the end of 2014' (FDI amount, no IF10199 fact); '$1.20 trillion' and 'which it had briefly overtaken in February' (rank 1 was February's, now 2); TPP 'its 38.5% tariff on beef to 9% over sixteen years', 'its 2.5% tariff on Japanese passenger cars over 25 years' (no tariff on most imports); 'the Trade Promotion Authority enacted in June' and 'until early 2016'; 'from 5% to 8%' (consumption tax); 'Output fell again in the April-June quarter of 2015, at an annualized 1.2%' (a quarter, not a year); 'another is under discussion for the winter' (planned budget); '¥125.86 per dollar' (a level); 'the U.S. pledge is 26%-28% below 2005 levels by 2025' (another country's target) and 'pledged in July' / 'the December climate conference'; Figure 1 (yen per dollar 2011-2015, annual averages, axis ticks 0-140, no value labels; 'the 2015 average covers January-September'); 'Abe met Chinese President Xi Jinping in Jakarta in April'; 'plan to meet in Seoul on November 1, their first trilateral summit since 2012'; 'Abe's August 14 statement on the 70th anniversary'; Looking Ahead list: 'Nov. 2015', 'Mar. 2016: the current host-nation support SMA expires', 'May 2016: Japan hosts the G-7 summit', 'four-year terms' (December 2018 deadline 38 months away: only politics.lower_house_election_due); PDF ligatures, curly quotes and hyphenated line ends (layout text)",
}
