from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "AU1-IF10199-2021-03", "fresh19", "IF10199", 38
LAYOUTS = ["pdf", "md"]
PDF_OPTS = ["quotes", "hyph"]
CHART = {"unit": "¥ trillions", "ymax": 40, "ticks": [0, 10, 20, 30, 40],
         "series": ["General-account spending added"],
         "bars": {"April 2020": (25.7,), "June 2020": (31.9,), "Jan. 2021": (19.2,)}}

MD = """
U.S.-Japan Relations

Updated March 30, 2021

## Overview

Tokyo has been an early stop for the Biden Administration's Asia policy. Secretary of State Antony Blinken and Secretary of Defense Lloyd Austin made Japan the first destination of their first trip abroad, holding a "2+2" meeting with their Japanese counterparts on March 16. Prime Minister Suga Yoshihide is to follow with a visit to Washington on April 9, when he is expected to become the first foreign leader to meet President Joe Biden in person. Biden knows the alliance from an earlier vantage point: as Vice President, he sat behind Abe Shinzo when Abe addressed a joint meeting of Congress on April 29, 2015, the first Japanese leader to do so.

The summit agenda is crowded: China's assertiveness, North Korea's March 25 missile launches, semiconductor supply chains, climate change, and the pandemic, which has pushed the Tokyo Olympics back to July 23.

## The Alliance

The two countries signed their security treaty in 1951, and the alliance marks its seventieth year in 2021. Roughly 55 thousand U.S. military personnel are stationed in Japan today, a larger contingent than in Germany (about 35,000) or South Korea (about 28,500).

Japan's contribution to the cost of hosting them has been set by multiyear Special Measures Agreements (SMAs). The latest, in force since April 2016, expires on March 31. The Trump Administration reportedly sought as much as $8 billion a year in a successor deal. In February 2021, the Biden Administration and Tokyo settled instead on a one-year extension. It provides ¥201.7 billion for FY2021, a hair under $1.9 billion, up slightly from the expiring agreement's average of about ¥189 billion a year. Talks on a new multiyear SMA are to resume later in 2021.

Japan has, by custom rather than by law, held defense spending at about one percent of GDP since the mid-1970s. The FY2021 budget, a record ¥5.34 trillion, is the ninth straight annual increase but leaves that ratio intact.

## Okinawa

Few places bear more of the alliance's weight relative to their size than Okinawa, a prefecture occupying 0.6% of Japan's land area. The share of the land reserved for U.S. forces' exclusive use that lies in Okinawa, approximately 70%, has barely moved since the islands reverted to Japan in 1972. More than one in every two U.S. service members in Japan is stationed there as well.

Governor Tamaki Denny, elected in September 2018 on a pledge to stop construction of a replacement for Marine Corps Air Station Futenma at Henoko, continues to fight the project in court. A separate plan would shrink the Marine presence: some 9,000 Marines are to leave Okinawa, and Guam is to absorb roughly 4,000 of them, fewer than half, with the first moves expected around 2024.

## Politics

Suga, chief cabinet secretary throughout Abe's nearly eight years in office, won the Liberal Democratic Party (LDP) presidency on September 14, 2020, after Abe resigned for health reasons, and became prime minister two days later. He is serving out the remainder of Abe's term as party leader, which ends in September 2021, when the LDP must hold another leadership election. His cabinet's approval rating, above 60% at the outset, has since fallen below 40% in several polls.

The LDP governs in coalition with Komeito. In the House of Representatives, the more powerful lower chamber, the two parties have held, in round numbers, two-thirds of the 465 seats since the October 2017 general election. Their hold on the House of Councillors is thinner: just under three-fifths of the seats, after the July 2019 election. The councillors face voters next in July 2022.

The lower chamber's members will do so first. Their four-year terms expire on October 21, 2021, so a general election is due by that date, and it will be the next nationwide vote.

## Trade and Investment

The pandemic cut bilateral trade in 2020. U.S. exports of goods and services to Japan fell to $104.4 billion, from about $126 billion in 2019; imports from Japan dropped to $147.6 billion, from roughly $180 billion. Japan's position among U.S. trading partners did not change, though: it stayed at number four (Table 1).

Table 1. Japan's Place in U.S. Trade and Investment

| Measure | $ billions | Place |
| --- | --- | --- |
| Two-way trade, 2020 | 252.0 | #4 |
| U.S. exports, 2020 | 104.4 | #5 |
| U.S. imports, 2020 | 147.6 | #5 |
| FDI position, 2019 | 619.3 | #1 |
| Treasuries, Jan. 2021 | 1,276.5 | #1 |

Source: CRS, from BEA and Treasury data. "Place" is Japan's position among U.S. trade partners, sources of foreign direct investment (FDI), or foreign holders of Treasuries.

China held the top spot among foreign holders of U.S. Treasury securities until June 2019; Japan has led since. Section 232 tariffs of 25% on steel and 10% on aluminum, imposed in March 2018, still apply to Japanese products, and Tokyo wants them lifted.

## Economy

Japan's real GDP shrank 4.8% in 2020, following growth of just 0.3% in 2019. A strong October-December quarter, when output grew at an annualized 11.7%, did not make up for the collapse in the spring. The Diet has passed three supplementary budgets for FY2020 (Figure 1). The first two, enacted in April and June 2020, together exceeded ¥57 trillion. The third, enacted on January 28, 2021, is worth ¥19.2 trillion, topping $180 billion at current rates.

**Figure 1. Japan's FY2020 Supplementary Budgets**

Source: Japan Ministry of Finance. Month of enactment; ¥ trillions.

The yen weakened past ¥110 per dollar in late March, its weakest point in twelve months. Suga pledged in October 2020 that Japan would reach net-zero emissions by 2050. The country's formal goal for 2030, however, remains a 26% cut from FY2013 levels, though a higher one is expected before Biden's April 22-23 climate summit.

## Regional Diplomacy

Biden convened the Quad's inaugural leaders' summit, a videoconference of the Australian, Indian, Japanese, and U.S. leaders, on March 12. The four, whose foreign ministers have met three times since 2019, pledged to hold an in-person summit by the end of the year and to deliver up to one billion COVID-19 vaccine doses to the region by the end of 2022.

Ties between Tokyo and Seoul remain strained over wartime history; the Administration hopes to revive trilateral coordination, starting with a meeting of the three national security advisers in early April.

**Emma Chanlett-Avery**, Coordinator, Specialist in Asian Affairs

**Mark E. Manyin**, Specialist in Asian Affairs

**Cathleen D. Cimino-Isaacs**, Analyst in International Trade and Finance

**Caitlin Campbell**, Analyst in Asian Affairs
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Suga", "Yoshihide", "Prime Minister Suga Yoshihide"),
        "leaders.us_president": P("Biden", "Joe", "President Joe Biden"),
        "alliance.treaty_ally_since": F(1951, as_written="The two countries signed their security treaty in 1951, and the alliance marks its seventieth year in 2021"),
        "alliance.us_troops_in_japan": F(55000, "about", as_written="Roughly 55 thousand U.S. military personnel are stationed in Japan today"),
        "alliance.host_nation_support_per_year": F(1900000000, "under", per="year", period="FY2021", as_written="It provides ¥201.7 billion for FY2021, a hair under $1.9 billion", note="the dollar figure with its own hedge; subject 'It' = the one-year extension"),
        "alliance.host_nation_support_agreement": D("2021-02", as_written="In February 2021, the Biden Administration and Tokyo settled instead on a one-year extension"),
        "alliance.okinawa_share_of_land_area": F(0.6, as_written="a prefecture occupying 0.6% of Japan's land area"),
        "alliance.okinawa_share_of_usfj_facilities": F(70, "about", as_written="The share of the land reserved for U.S. forces' exclusive use that lies in Okinawa, approximately 70%", note="exclusive-use basis"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="More than one in every two U.S. service members in Japan is stationed there as well"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="Guam is to absorb roughly 4,000 of them, fewer than half"),
        "defense.traditional_limit_pct_gdp": F(1, "about", as_written="held defense spending at about one percent of GDP since the mid-1970s"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="The LDP governs in coalition with Komeito"),
        "politics.lower_house_coalition_share": F(67, "about", as_written="the two parties have held, in round numbers, two-thirds of the 465 seats"),
        "politics.upper_house_coalition_share": F(60, "under", as_written="Their hold on the House of Councillors is thinner: just under three-fifths of the seats"),
        "politics.next_diet_election_due": F(2021, as_written="a general election is due by that date, and it will be the next nationwide vote"),
        "politics.lower_house_election_due": D("2021-10-21", as_written="Their four-year terms expire on October 21, 2021, so a general election is due by that date"),
        "trade.overall_partner_rank": F(4, period="2020", as_written="Japan's position among U.S. trading partners did not change, though: it stayed at number four (Table 1)"),
        "trade.export_partner_rank": F(5, period="2020", as_written="Table 1: U.S. exports, 2020 | 104.4 | #5"),
        "trade.import_partner_rank": F(5, period="2020", as_written="Table 1: U.S. imports, 2020 | 147.6 | #5"),
        "trade.us_exports_to_japan": F(104400000000, period="2020", as_written="U.S. exports of goods and services to Japan fell to $104.4 billion"),
        "trade.us_imports_from_japan": F(147600000000, period="2020", as_written="imports from Japan dropped to $147.6 billion"),
        "trade.fdi_source_rank": F(1, period="2019", as_written="Table 1: FDI position, 2019 | 619.3 | #1"),
        "trade.treasury_holder_rank": F(1, period="2021-01", as_written="Table 1: Treasuries, Jan. 2021 | 1,276.5 | #1; Japan has led since"),
        "economy.gdp_growth": GDP(y2020=-4.8, y2019=0.3),
        "economy.supplementary_budget": F(180000000000, "over", period="2021-01", as_written="The third, enacted on January 28, 2021, is worth ¥19.2 trillion, topping $180 billion at current rates"),
        "economy.yen": F("12-month low against the dollar", period="2021-03", as_written="the yen weakened past ¥110 per dollar in late March, its weakest point in twelve months"),
        "economy.emissions_cut_target": F(26, by="2030", baseline="2013", as_written="remains a 26% cut from FY2013 levels"),
        "diplomacy.quad_leader_meetings": F(1, as_written="Biden convened the Quad's inaugural leaders' summit ... on March 12", note="the first and only leaders' meeting so far"),
    },
    "elections": {
        "lower_house_2021": E("Lower House", "2021-10-21", "upcoming", note="terms expire October 21, 2021; election due by that date; the next nationwide vote"),
        "ldp_president_2020": E("LDP president", "2020-09-14", "held", result="Suga won"),
        "ldp_president_2021": E("LDP president", "2021-09", "upcoming", note="the term ends in September 2021, when the LDP must hold another leadership election"),
        "lower_house_2017": E("Lower House", "2017-10", "held", result="LDP and Komeito about two-thirds of the seats"),
        "upper_house_2019": E("Upper House", "2019-07", "held", result="coalition just under three-fifths"),
        "upper_house_2022": E("Upper House", "2022-07", "upcoming"),
        "okinawa_governor_2018": E("Okinawa governor", "2018-09", "held", result="Tamaki Denny elected"),
    },
    "events": {
        "abe_address_to_congress": EV("Abe Shinzo addressed a joint meeting of Congress", "2015-04-29", "held"),
    },
    "notes": "Traps: 'Blinken and ... Austin ... on March 16' (2+2); 'a visit to Washington on April 9' (planned); 'as Vice President, he sat behind Abe Shinzo' (Biden's former office; Abe a former PM); 'North Korea's March 25 missile launches'; 'pushed the Tokyo Olympics back to July 23'; 'marks its seventieth year in 2021' (not the treaty year); 'Germany (about 35,000) or South Korea (about 28,500)' (other countries); 'The latest, in force since April 2016, expires on March 31' (the old SMA, not the latest agreement); 'as much as $8 billion a year' (a demand); '¥201.7 billion' and 'average of about ¥189 billion a year' (yen; the old deal); 'Talks on a new multiyear SMA are to resume later in 2021'; 'since the mid-1970s'; 'a record ¥5.34 trillion, is the ninth straight annual increase'; 'has barely moved since ... 1972'; 'elected in September 2018' (governor, held); 'some 9,000 Marines are to leave Okinawa' (total leaving) and 'fewer than half' (a share of the Marines leaving, not of personnel in Okinawa); 'first moves expected around 2024' (none moved); 'two days later'; 'above 60% at the outset, has since fallen below 40%' (approval ratings beside seat shares); 'of the 465 seats' (seat count); 'The councillors face voters next in July 2022' (later than the Lower House vote); 'The lower chamber's members will do so first' (subject carried); 'from about $126 billion in 2019' and 'from roughly $180 billion' (2019 values); Table 1 'Two-way trade, 2020 | 252.0' (no fact), '619.3' (FDI stock, no IF10199 fact), '1,276.5' (holdings); 'China held the top spot ... until June 2019'; 'Section 232 tariffs of 25% on steel and 10% on aluminum' (sectoral; no tariff on most imports); 'an annualized 11.7%' (a quarter); 'The first two, enacted in April and June 2020, together exceeded ¥57 trillion' and Figure 1 (¥ trillions, bars April 2020 / June 2020 / Jan. 2021, ticks 0-40, no value labels); '¥110 per dollar'; 'net-zero emissions by 2050'; 'a higher one is expected before Biden's April 22-23 climate summit'; 'foreign ministers have met three times since 2019'; 'an in-person summit by the end of the year' (planned); 'up to one billion COVID-19 vaccine doses'; 'a meeting of the three national security advisers in early April'; PDF curly quotes and hyphenated line ends",
}
