from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "AQ1-IF10199-2022-10", "fresh18", "IF10199", 41
LAYOUTS = ["html", "interleaved"]
PDF_OPTS = ["quotes", "hyph"]
SIDEBAR = "Okinawa: Small Place, Large Footprint"
CHART = {"unit": "$ billions", "ymax": 200, "ticks": [0, 50, 100, 150, 200],
         "series": ["U.S. exports to Japan", "U.S. imports from Japan"],
         "bars": {"2017": (113.5, 171.6), "2018": (121.2, 179.8), "2019": (124.3, 179.3), "2020": (104.4, 147.8), "2021": (112.2, 167.8)}}

MD = """
U.S.-Japan Relations

Updated October 26, 2022

## Overview

Few U.S. relationships in Asia are as close as the one with Japan, and few have absorbed as many shocks in a single year. Former Prime Minister Abe Shinzo, the architect of much of Japan's recent security policy, was shot dead while campaigning in Nara on July 8, 2022, two days before a national election. Prime Minister Kishida Fumio, who has led the government since October 2021, has watched his cabinet's approval ratings slide, partly over ruling-party ties to the Unification Church; on October 24 his economic revitalization minister resigned over such ties. Outside events have strengthened Kishida's hand on defense. North Korea's October 4 launch of a missile over northern Japan was the first such overflight in five years, and Russia's invasion of Ukraine has made voters more receptive to higher military spending. President Joe Biden, who visited Tokyo in May, has welcomed Japan's plans to do more.

## The Alliance

Of all U.S. allies, Japan hosts the largest U.S. military contingent: just above 54,000 personnel, nearly twice the roughly 28,500 stationed in South Korea. The alliance dates to 1951, when the two countries signed their first security treaty; the treaty now in force was revised in 1960.

Japan pays a large part of the bill. Under a five-year Special Measures Agreement (SMA) agreed in December 2021, which took effect in April 2022, Tokyo contributes an average of ¥211 billion a year toward the cost of U.S. forces. At October's exchange rate that sum comes to less than $1.5 billion, smaller in dollar terms than in any year of the previous agreement, because the yen has weakened so sharply.

## Okinawa: Small Place, Large Footprint

Okinawa is small: its islands make up 0.6% of Japan's land area. Its share of the U.S. presence is anything but. Roughly seven of every ten acres reserved for the exclusive use of U.S. forces in Japan lie in the prefecture, and more than half of all U.S. military personnel in Japan are based there.

Relief has been slow in coming. Under the realignment plan as revised in 2012, about 9,000 Marines are to leave Okinawa. Guam is to receive some 4,000 of them; Camp Blaz, activated there in 2020, has yet to welcome its first Marine unit. The replacement facility at Henoko remains years from completion, and on September 11, 2022, Okinawa's voters returned Governor Tamaki Denny, who opposes it, to office for a second term.

## Defense Policy

Since 1976, Japan has kept its defense budgets at or near an informal ceiling of about 1% of GDP. That ceiling appears likely to give way. The LDP's platform for the July election called for reaching NATO's benchmark of 2% of GDP within five years, and Kishida has promised a "substantial increase"; the cabinet has not adopted any numerical target and is expected to take up the question when it revises three strategy documents in December. The Ministry of Defense has requested ¥5.6 trillion for FY2023, more than the ¥5.4 trillion of FY2022, plus items whose cost it did not state. Press reports that Tokyo may buy U.S. Tomahawk cruise missiles for a counterstrike capability have not been confirmed.

## Domestic Politics

Japan is governed by a coalition of the Liberal Democratic Party (LDP) and the smaller Komeito. The July 10, 2022, House of Councillors election widened the coalition's margin in that chamber: it now holds 146 of the 248 seats, or 59%, two percentage points more than before the vote. Its hold on the more powerful House of Representatives is firmer still, at roughly 63% of the seats, the share it won in the general election of October 31, 2021.

Barring an early dissolution, voters will next be asked to choose Diet members in July 2025, when half of the upper chamber's seats are contested, three months before the lower chamber's four-year term expires in October 2025. Kishida's term as LDP president runs until September 2024.

## Trade and Investment

Japan's $280 billion in two-way trade in goods and services with the United States in 2021 placed it fourth among U.S. partners, after Canada, Mexico, and China; were the European Union treated as a single partner, Japan would drop a place. Of that total, U.S. exports to Japan accounted for $112.2 billion and imports from Japan for the remaining $167.8 billion. As a market for U.S. goods and services, Japan rounded out the top five; as a supplier, it did likewise. Since April 2022, a tariff-rate quota of 1.25 million metric tons a year has replaced the Section 232 duty on Japanese steel.

**Figure 1. U.S. Trade in Goods and Services with Japan, 2017-2021**

Source: U.S. Bureau of Economic Analysis.

Investment ties run deeper still. Japanese firms' direct investment position in the United States, some $721 billion at the end of 2021, has exceeded the United Kingdom's, and every other country's, since 2019. Japan's holdings of U.S. Treasury securities, about $1.2 trillion in August 2022, topped those of second-place China by more than $200 billion.

## Economy

Japan's real GDP grew 2.2% in 2021, recouping less than half of 2020's 4.5% contraction. Output rose at an annualized 3.5% in April-June 2022, while consumer prices excluding fresh food were 3.0% higher in September than a year earlier, the fastest rise in eight years. The yen has fallen further than most major currencies: on October 20 it passed ¥150 to the dollar, a level not seen in 32 years, despite the government's yen purchases of September 22, its first since 1998. A ¥2.7 trillion supplementary budget, a little over $20 billion, passed the Diet on May 31 to pay for fuel subsidies; Kishida has promised a far larger package before the month is out. Japan's climate pledge, to cut greenhouse gas emissions 46% below 2013 levels by 2030, is deeper than the 26% it offered in 2015.

## Regional and Global Diplomacy

In May 2022, Tokyo hosted the fourth meeting of Quad leaders, the second held in person. During the same visit, Biden and Kishida launched the Indo-Pacific Economic Framework (IPEF): the United States and twelve other economies joined Japan at the start, and Fiji became the fourteenth participant days later. Of the roughly $900 million that Tokyo has pledged to Ukraine, two-thirds, $600 million, is financial support, and the remainder, some $300 million, is humanitarian and development aid. Kishida met South Korean President Yoon Suk-yeol in New York on September 21.

**Mark E. Manyin**, Coordinator, Specialist in Asian Affairs

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Caitlin Campbell**, Analyst in Asian Affairs
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Kishida", "Fumio", "Prime Minister Kishida Fumio, who has led the government since October 2021"),
        "leaders.us_president": P("Biden", "Joe", "President Joe Biden, who visited Tokyo in May"),
        "alliance.treaty_ally_since": F(1951, as_written="The alliance dates to 1951, when the two countries signed their first security treaty", note="1960 is the revision"),
        "alliance.us_troops_in_japan": F(54000, "over", as_written="Japan hosts the largest U.S. military contingent: just above 54,000 personnel"),
        "alliance.host_nation_support_per_year": F(1500000000, "under", per="year", as_written="an average of ¥211 billion a year ... At October's exchange rate that sum comes to less than $1.5 billion", note="the dollar figure; the yen amount is not dollars"),
        "alliance.host_nation_support_agreement": D("2021-12", as_written="a five-year Special Measures Agreement (SMA) agreed in December 2021, which took effect in April 2022", note="dated by its agreement, not its entry into force"),
        "alliance.okinawa_share_of_land_area": F(0.6, as_written="its islands make up 0.6% of Japan's land area", note="sidebar"),
        "alliance.okinawa_share_of_usfj_facilities": F(70, "about", as_written="Roughly seven of every ten acres reserved for the exclusive use of U.S. forces in Japan lie in the prefecture", note="sidebar; exclusive-use basis; a fraction in words = 70"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="more than half of all U.S. military personnel in Japan are based there", note="sidebar"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="Guam is to receive some 4,000 of them", note="sidebar; of the 9,000 leaving Okinawa"),
        "defense.traditional_limit_pct_gdp": F(1, "about", as_written="an informal ceiling of about 1% of GDP"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="a coalition of the Liberal Democratic Party (LDP) and the smaller Komeito"),
        "politics.upper_house_coalition_share": F(59, previous=57, as_written="it now holds 146 of the 248 seats, or 59%, two percentage points more than before the vote", note="previous share by subtraction: 57"),
        "politics.lower_house_coalition_share": F(63, "about", as_written="Its hold on the more powerful House of Representatives is firmer still, at roughly 63% of the seats"),
        "politics.next_diet_election_due": F(2025, as_written="voters will next be asked to choose Diet members in July 2025"),
        "politics.lower_house_election_due": D("2025-10", as_written="the lower chamber's four-year term expires in October 2025"),
        "trade.overall_partner_rank": F(4, period="2021", as_written="placed it fourth among U.S. partners, after Canada, Mexico, and China", note="countries counted singly; the EU counterfactual (5) is a trap"),
        "trade.export_partner_rank": F(5, period="2021", as_written="As a market for U.S. goods and services, Japan rounded out the top five"),
        "trade.import_partner_rank": F(5, period="2021", as_written="as a supplier, it did likewise", note="rank carried from the export clause"),
        "trade.us_exports_to_japan": F(112200000000, period="2021", as_written="Of that total, U.S. exports to Japan accounted for $112.2 billion"),
        "trade.us_imports_from_japan": F(167800000000, period="2021", as_written="and imports from Japan for the remaining $167.8 billion"),
        "trade.fdi_source_rank": F(1, period="2021", as_written="has exceeded the United Kingdom's, and every other country's, since 2019"),
        "trade.treasury_holder_rank": F(1, period="2022-08", as_written="about $1.2 trillion in August 2022, topped those of second-place China by more than $200 billion", note="rank by comparison with the second-place holder"),
        "economy.gdp_growth": GDP(y2021=2.2, y2020=-4.5),
        "economy.supplementary_budget": F(20000000000, "over", period="2022-05", as_written="A ¥2.7 trillion supplementary budget, a little over $20 billion, passed the Diet on May 31"),
        "economy.yen": F("32-year low against the dollar", period="2022-10", as_written="on October 20 it passed ¥150 to the dollar, a level not seen in 32 years"),
        "economy.emissions_cut_target": F(46, by="2030", baseline="2013", as_written="to cut greenhouse gas emissions 46% below 2013 levels by 2030"),
        "diplomacy.quad_leader_meetings": F(4, as_written="Tokyo hosted the fourth meeting of Quad leaders, the second held in person", note="an ordinal: the latest of four"),
        "diplomacy.ipef_other_partners": F(13, period="2022-05", as_written="the United States and twelve other economies joined Japan at the start", note="the United States plus 12 others; Fiji's fourteenth place came later"),
        "diplomacy.ukraine_financial_support": F(600000000, as_written="two-thirds, $600 million, is financial support"),
        "diplomacy.ukraine_humanitarian_aid": F(300000000, "about", as_written="the remainder, some $300 million, is humanitarian and development aid"),
    },
    "elections": {
        "upper_house_2022": E("Upper House", "2022-07-10", "held", result="coalition 146 of 248 seats (59%), up two points"),
        "lower_house_2021": E("Lower House", "2021-10-31", "held", result="coalition roughly 63% of the seats"),
        "okinawa_governor_2022": E("Okinawa governor", "2022-09-11", "held", result="Tamaki Denny reelected"),
        "upper_house_2025": E("Upper House", "2025-07", "upcoming", note="half of the seats; the next national election"),
    },
    "events": {
        "abe_assassination": EV("Former Prime Minister Abe Shinzo shot dead while campaigning in Nara", "2022-07-08"),
    },
    "notes": "Traps: 'two days before a national election' (relative); 'who has led the government since October 2021' (no LDP election stated); 'on October 24 his economic revitalization minister resigned'; 'North Korea's October 4 launch' and 'the first such overflight in five years'; 'who visited Tokyo in May'; 'nearly twice the roughly 28,500 stationed in South Korea' (another country); 'the treaty now in force was revised in 1960'; 'a five-year Special Measures Agreement', 'which took effect in April 2022' (entry into force, not the agreement date) and 'an average of ¥211 billion a year' (yen, not dollars); 'smaller in dollar terms than in any year of the previous agreement'; 'Under the realignment plan as revised in 2012, about 9,000 Marines are to leave Okinawa' (total leaving, not Guam); 'Camp Blaz, activated there in 2020, has yet to welcome its first Marine unit' (no Marines in Guam value); 'on September 11, 2022' (governor race, not a Diet election); 'Since 1976'; 'reaching NATO's benchmark of 2% of GDP within five years' (a party platform; 'the cabinet has not adopted any numerical target': no spending goal); 'requested ¥5.6 trillion for FY2023, more than the ¥5.4 trillion of FY2022'; 'Tomahawk cruise missiles' (no amount); '146 of the 248 seats' and 'two percentage points more than before the vote' (previous 57, not a current share); 'Barring an early dissolution'; 'three months before'; 'Kishida's term as LDP president runs until September 2024' (a term end, not an election); 'Japan's $280 billion in two-way trade' (total); 'were the European Union treated as a single partner, Japan would drop a place' (counterfactual 5); 'a tariff-rate quota of 1.25 million metric tons'; Figure 1 (U.S. trade with Japan 2017-2021, $ billions; ticks 0-200, no value labels); 'some $721 billion at the end of 2021' (FDI amount, no IF10199 fact) and 'since 2019'; 'by more than $200 billion' (a gap) and 'second-place China'; 'Output rose at an annualized 3.5% in April-June 2022' (a quarter); '3.0% higher in September' (inflation) and 'the fastest rise in eight years'; '¥150 to the dollar'; 'yen purchases of September 22, its first since 1998'; '¥2.7 trillion' (yen) and 'a far larger package before the month is out' (planned); 'the 26% it offered in 2015' (an earlier target); 'the second held in person'; 'Fiji became the fourteenth participant' (later; not at launch); 'the roughly $900 million that Tokyo has pledged to Ukraine' (total) and 'two-thirds' (a share of the pledge, no percent fact); 'on September 21'; sidebar 'Okinawa: Small Place, Large Footprint' (html aside, with Figure 1 floated into it by the generator); interleaved PDF text with curly quotes and hyphenated line ends",
}
