from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "N2-IF10199-2018-02", "fresh2", "IF10199", 27
LAYOUTS = ["html", "layout"]
PDF_OPTS = ["quotes", "nbsp"]
SIDEBAR = "Okinawa: Bases and Burdens"

MD = """
U.S.-Japan Relations

Updated February 27, 2018

## Key Points

- The alliance rests on a security treaty first signed in 1951 and revised in 1960.
- Abe Shinzo's coalition renewed its supermajority in the October 22, 2017, Lower House election.
- Trade imbalances have moved to the top of the bilateral agenda under President Donald Trump.

## Overview

Since the inauguration of President Donald Trump in January 2017, Prime Minister Abe Shinzo has worked to keep the relationship on an even keel, meeting or telephoning the President more than any other world leader. The two governments have coordinated closely on North Korea, which tested an intercontinental ballistic missile over Japan-adjacent waters in November 2017. Tokyo was uneasy when South Korean President Moon Jae-in used the February 2018 Pyeongchang Olympics to reopen talks with Pyongyang.

## The Alliance

The roughly 54,000 U.S. troops in Japan, more than in any other country abroad, are concentrated in Okinawa and around Tokyo. Japan's share of their costs, just under $2 billion a year, is fixed by a five-year Special Measures Agreement that was signed in January 2016 and took effect that April. The FY2018 defense budget of ¥5.19 trillion is another record, but spending has not broken through the customary cap of 1% of GDP; some LDP lawmakers propose aiming for 2%, NATO's benchmark, though the government has not adopted that target. Tokyo is buying two Aegis Ashore missile defense batteries.

## Okinawa: Bases and Burdens

Okinawa makes up 0.6% of Japan's territory. It is home to roughly 70 percent of the land reserved for the exclusive use of U.S. forces. Under the 2012 realignment plan, around 9,000 Marines are to leave the island; about 4,000 of them are slated for Guam. In the February 4, 2018, Nago mayoral race, a candidate backed by the LDP unseated the incumbent, an opponent of the Henoko runway.

## Politics

The LDP and Komeito took 313 of the 465 seats in last October's snap election, some 67% of the chamber. The coalition likewise holds around 60% of the Upper House. The next nationwide vote is the Upper House election in summer 2019; the Lower House must next face voters by October 2021. Abe hopes to win a third three-year term as LDP president in September 2018.

## Economy and Trade

Japan's economy grew an estimated 1.7% in 2017, up from 0.9% in 2016, and has now expanded for eight consecutive quarters. The Diet passed a ¥2.7 trillion (about $25 billion) supplementary budget in February 2018. Tokyo's climate pledge remains a 26% reduction in emissions by 2030 compared with 2013.

Japan is the fourth-largest U.S. trading partner overall. In 2017 it ranked fourth both as a market for U.S. exports and as a supplier of U.S. imports (Table 1). Among foreign direct investors in the United States, only the United Kingdom outranks Japan. Japan held $1.06 trillion of Treasury securities at the end of 2017; China held more.

Table 1. U.S. Trade with Japan, Goods and Services ($ billions)

| | 2016 | 2017 |
| --- | --- | --- |
| U.S. exports to Japan | 108.8 | 114.6 |
| U.S. imports from Japan | 168.4 | 171.5 |
| Goods balance | -68.9 | -68.8 |

The Administration has pressed for a bilateral free trade agreement, which Tokyo resists; Japan's priority is the 11-country successor to the Trans-Pacific Partnership, due to be signed in Santiago on March 8, 2018. In February the Commerce Department recommended Section 232 tariffs of at least 24% on steel imports from all countries.

**Emma Chanlett-Avery**, Coordinator, Specialist in Asian Affairs

**Mark E. Manyin**, Specialist in Asian Affairs

**Brock R. Williams**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Abe", "Shinzo", "Prime Minister Abe Shinzo"),
        "leaders.us_president": P("Trump", "Donald", "President Donald Trump"),
        "alliance.treaty_ally_since": F(1951, as_written="a security treaty first signed in 1951 and revised in 1960"),
        "alliance.us_troops_in_japan": F(54000, "about", as_written="The roughly 54,000 U.S. troops in Japan"),
        "alliance.host_nation_support_per_year": F(2000000000, "under", per="year", as_written="Japan's share of their costs, just under $2 billion a year"),
        "alliance.host_nation_support_agreement": D("2016-01", as_written="a five-year Special Measures Agreement that was signed in January 2016 and took effect that April"),
        "alliance.okinawa_share_of_usfj_facilities": F(70, "about", as_written="roughly 70 percent of the land reserved for the exclusive use of U.S. forces", note="basis: exclusive-use land"),
        "alliance.okinawa_share_of_land_area": F(0.6, as_written="Okinawa makes up 0.6% of Japan's territory"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="about 4,000 of them are slated for Guam"),
        "defense.traditional_limit_pct_gdp": F(1, as_written="the customary cap of 1% of GDP"),
        "politics.ruling_coalition": F(["LDP", "Komeito"]),
        "politics.lower_house_coalition_share": F(67, "about", as_written="313 of the 465 seats in last October's snap election, some 67% of the chamber"),
        "politics.upper_house_coalition_share": F(60, "about", as_written="The coalition likewise holds around 60% of the Upper House"),
        "politics.next_diet_election_due": F(2019, note="Upper House election, summer 2019"),
        "politics.lower_house_election_due": D("2021-10", as_written="the Lower House must next face voters by October 2021"),
        "trade.overall_partner_rank": F(4, as_written="Japan is the fourth-largest U.S. trading partner overall"),
        "trade.export_partner_rank": F(4, period="2017", as_written="In 2017 it ranked fourth both as a market for U.S. exports and as a supplier of U.S. imports"),
        "trade.import_partner_rank": F(4, period="2017", as_written="In 2017 it ranked fourth both as a market for U.S. exports and as a supplier of U.S. imports"),
        "trade.us_exports_to_japan": F(114600000000, period="2017", note="Table 1, $ billions, 2017 column"),
        "trade.us_imports_from_japan": F(171500000000, period="2017", note="Table 1, $ billions, 2017 column"),
        "trade.fdi_source_rank": F(2, as_written="Among foreign direct investors in the United States, only the United Kingdom outranks Japan"),
        "trade.treasury_holder_rank": F(2, as_written="Japan held $1.06 trillion of Treasury securities at the end of 2017; China held more"),
        "economy.gdp_growth": GDP(y2017=1.7, y2016=0.9),
        "economy.supplementary_budget": F(25000000000, "about", period="2018-02", as_written="The Diet passed a ¥2.7 trillion (about $25 billion) supplementary budget in February 2018"),
        "economy.emissions_cut_target": F(26, by="2030", baseline="2013", as_written="a 26% reduction in emissions by 2030 compared with 2013"),
    },
    "elections": {
        "lower_house_2017": E("Lower House", "2017-10-22", "held", result="LDP and Komeito took 313 of 465 seats, some 67%"),
        "upper_house_2019": E("Upper House", "2019", "upcoming", note="'the Upper House election in summer 2019' (year precision: no month written)"),
        "ldp_president_2018": E("LDP president", "2018-09", "upcoming", note="Abe 'hopes to win a third three-year term as LDP president in September 2018'"),
    },
    "events": {},
    "notes": "Traps: 'revised in 1960' (not the alliance year); 'Since the inauguration of President Donald Trump in January 2017'; 'more than any other world leader' (meetings, not a rank); 'tested an intercontinental ballistic missile ... in November 2017'; 'South Korean President Moon Jae-in' (another country's leader); 'February 2018 Pyeongchang Olympics'; 'more than in any other country abroad' (troops, not a rank); 'took effect that April' (SMA effective date, not its signing); 'The FY2018 defense budget of ¥5.19 trillion'; 'some LDP lawmakers propose aiming for 2%, NATO's benchmark, though the government has not adopted that target' (proposal, no goal stated); 'two Aegis Ashore missile defense batteries'; 'Under the 2012 realignment plan, around 9,000 Marines are to leave the island' (total leaving, not Guam); 'the February 4, 2018, Nago mayoral race' (local election, no slug); '313 of the 465 seats' (counts beside the share); 'the Upper House election in summer 2019' (listed as upper_house_2019 at year precision: 'summer' names no month); 'a third three-year term as LDP president in September 2018' (LDP vote, listed as ldp_president_2018; not a Diet election); 'eight consecutive quarters'; '¥2.7 trillion' (yen beside dollars); 'Japan held $1.06 trillion of Treasury securities' (holdings, not trade); Table 1 '2016' column (108.8, 168.4: past year) and 'Goods balance' row (-68.9, -68.8); 'the 11-country successor ... due to be signed in Santiago on March 8, 2018'; 'Section 232 tariffs of at least 24% on steel imports from all countries' (recommended, not a tariff on most imports from Japan); HTML: key points as a bulleted list, the Okinawa section in a sidebar box, a table of contents repeating the headings",
}
