from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "AN1-IF10199-2025-07", "fresh17", "IF10199", 44
LAYOUTS = ["md", "html"]
PDF_OPTS = []
SIDEBAR = "A Tariff Year in Brief"

MD = """
U.S.-Japan Relations

Updated July 29, 2025

## Overview

Tariffs now set the tone of U.S.-Japan relations. On July 22, President Donald Trump announced a framework agreement with Japan: a 15% tariff on most Japanese goods, rather than the 25% he had threatened in a July 7 letter to Prime Minister Ishiba Shigeru, and $550 billion in Japanese investment directed toward U.S. projects. The framework has not been put in writing, and no date has been set for the new rate. For now, the duty most Japanese goods pay on top of ordinary most-favored-nation (MFN) rates is still the 10% that has applied since April 5.

Two days before the announcement, Ishiba's coalition lost its majority in the House of Councillors. Issues for Congress include the framework's terms, the cost of U.S. forces in Japan, and whether a weakened government in Tokyo can deliver.

## Tariffs and the July 22 Framework

Three layers of U.S. duties apply to Japanese goods. MFN tariffs, which for passenger cars are 2.5%, form the base. On top of them sits the 10% levied under the International Emergency Economic Powers Act (IEEPA). Section 232 of the Trade Expansion Act of 1962 adds sector tariffs: 25% on autos and many auto parts, or 27.5% in all for a car once the MFN duty is counted, and 50% on steel and aluminum since June 4.

Under the framework, the IEEPA rate for Japan would become 15% inclusive of MFN duties, and the Section 232 auto tariff would fall to the same 15%. Steel and aluminum would stay at 50%. Japan agreed to buy more U.S. rice, $8 billion a year of other farm goods, and 100 Boeing aircraft. The White House says the United States would keep 90% of the profits from the investment; Japanese officials describe it chiefly as loans and loan guarantees, with equity of perhaps 1%-2%.

## A Tariff Year in Brief

**March 26.** The President proclaims a 25% tariff on imported autos, effective April 3.

**April 2.** Japan is assigned a 24% "reciprocal" rate, to take effect April 9.

**April 7.** In a telephone call, Trump and Ishiba agree to open tariff negotiations.

**April 9.** The 24% rate is suspended for 90 days. The 10% baseline, collected since April 5, continues.

**June 4.** Tariffs on steel and aluminum double to 50%.

**July 7.** A letter from the President warns of 25% from August 1.

**July 22.** The framework is announced, at 15%.

## Japan's Economic Weight

Japan has slipped among U.S. trading partners, but it remains the leading foreign investor in the United States. The U.S. goods deficit with Japan, $68.5 billion in 2024, was the seventh-largest. Nippon Steel completed its $14.1 billion purchase of U.S. Steel on June 18.

Table 1. Japan Among U.S. Economic Partners, Latest Year and 2019

| Measure | Latest value | Latest rank | Rank, 2019 |
| --- | --- | --- | --- |
| Two-way trade, goods and services | $320.9 billion | 6th | 4th |
| U.S. exports to Japan | $129.1 billion | 6th | 5th |
| U.S. imports from Japan | $191.8 billion | 5th | 4th |
| Direct investment position in the U.S. | $754 billion | 1st | 1st |
| Holdings of U.S. Treasury securities | $1,135 billion | 1st | 1st |

Source: BEA, U.S. Treasury. Trade and investment data are for 2024; Treasury holdings as of May 2025. Countries are ranked individually.

## Politics: A Government Without Majorities

Ishiba Shigeru became prime minister on October 1, 2024, succeeding Kishida Fumio, after defeating Takaichi Sanae in a runoff for the Liberal Democratic Party (LDP) presidency on September 27. In the snap election he called for October 27, the LDP and its coalition partner, Komeito, fell to 215 of 465 seats, roughly 46%, and have since relied on opposition votes to pass legislation.

The July 20 House of Councillors election, in which half of the chamber's 248 seats were contested, deepened the losses. The coalition won 47 seats. At 49%, its share of the upper chamber is now below a majority, down from 57% before the vote. The populist Sanseito party grew from one seat in the chamber to fifteen.

Ishiba, in office for less than ten months, says he will stay on to implement the tariff deal. Several LDP lawmakers have called on him to resign. Were he to go, the LDP would choose a new leader, the fourth prime minister since 2020, who would need opposition votes to win the Diet's nomination.

Nothing on the calendar forces an early reckoning. Half of the upper chamber is next up in July 2028; the lower chamber's four-year mandate lapses in October 2028, unless the prime minister dissolves it first. Okinawa's governor, Tamaki Denny, an opponent of the Henoko runway project, faces voters in September 2026.

## Alliance and Defense

The security treaty that has bound the two countries since 1952 was revised in 1960. About 55,000 U.S. service members are based in Japan, the largest such presence in any country. Under a Special Measures Agreement reached in December 2021 and running through March 2027, Japan pays about ¥211 billion a year toward the cost of hosting them, roughly $1.4 billion at current exchange rates.

Japan plans to raise spending on defense and related items to 2% of GDP by FY2027, twice the roughly 1% that long served as a ceiling. Pentagon officials have urged Tokyo to go to 3.5%, the core-defense level NATO allies adopted in June. Japan is buying up to 400 Tomahawk cruise missiles in a $2.35 billion purchase.

## Okinawa and Guam

- 0.6%: Okinawa's share of Japan's land area
- about 70%: its share of the land reserved for U.S. forces' exclusive use
- more than 50%: its share of U.S. military personnel in Japan

About 100 Marines, a logistics unit, moved from Okinawa to Guam in December 2024, the first of some 4,000 who are to relocate there; roughly 9,000 in all are to leave the prefecture.

## Economy

Japan's real GDP grew 0.1% in 2024, after 1.5% in 2023, and fell at an annualized 0.2% in the first quarter of 2025. Autos account for about a third of Japan's exports to the United States. A ¥13.9 trillion supplementary budget, about $90 billion, was enacted in December 2024. The yen, which fell to a 38-year low against the dollar in July 2024, has since recovered to near ¥147. Japan's climate pledge is a 46% cut in greenhouse gas emissions by FY2030 from FY2013 levels, extended in February to 60% by FY2035.

## Regional Diplomacy

Quad leaders have met six times, most recently in Wilmington, Delaware, in September 2024; India is to host the next summit, which has not been scheduled. South Korea's new president, Lee Jae-myung, elected on June 3, has signaled he will keep up the thaw with Tokyo.

**Mark E. Manyin**, Coordinator, Specialist in Asian Affairs

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Kyla H. Kitamura**, Analyst in Asian Affairs
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Ishiba", "Shigeru", "Prime Minister Ishiba Shigeru"),
        "leaders.us_president": P("Trump", "Donald", "President Donald Trump"),
        "trade.us_tariff_on_most_imports_from_japan": F(10, period="2025-04-05", as_written="For now, the duty most Japanese goods pay on top of ordinary most-favored-nation (MFN) rates is still the 10% that has applied since April 5", note="IEEPA baseline; the framework's 15% is agreed but not yet in effect"),
        "trade.japan_investment_pledge": F(550000000000, as_written="$550 billion in Japanese investment directed toward U.S. projects", note="no deadline written"),
        "trade.overall_partner_rank": F(6, period="2024", as_written="Table 1: Two-way trade, goods and services | $320.9 billion | 6th"),
        "trade.export_partner_rank": F(6, period="2024", as_written="Table 1: U.S. exports to Japan | $129.1 billion | 6th"),
        "trade.us_exports_to_japan": F(129100000000, period="2024", as_written="Table 1: U.S. exports to Japan | $129.1 billion"),
        "trade.import_partner_rank": F(5, period="2024", as_written="Table 1: U.S. imports from Japan | $191.8 billion | 5th"),
        "trade.us_imports_from_japan": F(191800000000, period="2024", as_written="Table 1: U.S. imports from Japan | $191.8 billion"),
        "trade.fdi_source_rank": F(1, period="2024", as_written="Table 1: Direct investment position in the U.S. | $754 billion | 1st; 'it remains the leading foreign investor in the United States'"),
        "trade.treasury_holder_rank": F(1, period="2025-05", as_written="Table 1: Holdings of U.S. Treasury securities | $1,135 billion | 1st (as of May 2025)"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="the LDP and its coalition partner, Komeito"),
        "politics.lower_house_coalition_share": F(46, "about", as_written="fell to 215 of 465 seats, roughly 46%"),
        "politics.upper_house_coalition_share": F(49, previous=57, as_written="At 49%, its share of the upper chamber is now below a majority, down from 57% before the vote"),
        "politics.next_diet_election_due": F(2028, as_written="Half of the upper chamber is next up in July 2028"),
        "politics.lower_house_election_due": D("2028-10", as_written="the lower chamber's four-year mandate lapses in October 2028"),
        "alliance.treaty_ally_since": F(1952, as_written="The security treaty that has bound the two countries since 1952"),
        "alliance.us_troops_in_japan": F(55000, "about", as_written="About 55,000 U.S. service members are based in Japan"),
        "alliance.host_nation_support_per_year": F(1400000000, "about", per="year", as_written="about ¥211 billion a year ..., roughly $1.4 billion at current exchange rates"),
        "alliance.host_nation_support_agreement": D("2021-12", as_written="Under a Special Measures Agreement reached in December 2021"),
        "defense.spending_goal_pct_gdp": F(2, by="FY2027", as_written="raise spending on defense and related items to 2% of GDP by FY2027"),
        "defense.traditional_limit_pct_gdp": F(1, "about", as_written="twice the roughly 1% that long served as a ceiling"),
        "defense.tomahawk_purchase": F(2350000000, as_written="up to 400 Tomahawk cruise missiles in a $2.35 billion purchase"),
        "alliance.okinawa_share_of_land_area": F(0.6, as_written="0.6%: Okinawa's share of Japan's land area"),
        "alliance.okinawa_share_of_usfj_facilities": F(70, "about", as_written="about 70%: its share of the land reserved for U.S. forces' exclusive use", note="exclusive-use basis"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="more than 50%: its share of U.S. military personnel in Japan"),
        "alliance.marines_in_guam": F(100, "about", period="2024-12", as_written="About 100 Marines, a logistics unit, moved from Okinawa to Guam in December 2024"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="the first of some 4,000 who are to relocate there"),
        "economy.gdp_growth": GDP(y2024=0.1, y2023=1.5),
        "economy.supplementary_budget": F(90000000000, "about", period="2024-12", as_written="A ¥13.9 trillion supplementary budget, about $90 billion, was enacted in December 2024"),
        "economy.yen": F("38-year low against the dollar", period="2024-07", as_written="The yen, which fell to a 38-year low against the dollar in July 2024"),
        "economy.emissions_cut_target": F(46, by="2030", baseline="2013", as_written="a 46% cut in greenhouse gas emissions by FY2030 from FY2013 levels"),
        "diplomacy.quad_leader_meetings": F(6, as_written="Quad leaders have met six times"),
    },
    "elections": {
        "ldp_president_2024": E("LDP president", "2024-09-27", "held", result="Ishiba defeated Takaichi Sanae in a runoff"),
        "lower_house_2024": E("Lower House", "2024-10-27", "held", result="coalition 215 of 465, roughly 46%"),
        "upper_house_2025": E("Upper House", "2025-07-20", "held", result="coalition won 47 seats; 49% of the chamber, down from 57%"),
        "upper_house_2028": E("Upper House", "2028-07", "upcoming"),
        "okinawa_governor_2026": E("Okinawa governor", "2026-09", "upcoming"),
    },
    "events": {
        "tariff_talks_announced": EV("Trump and Ishiba agree by telephone to open tariff negotiations", "2025-04-07", "held"),
    },
    "notes": "Traps: 'a 15% tariff on most Japanese goods' (agreed in the framework, not in effect: 'no date has been set for the new rate'); 'the 25% he had threatened in a July 7 letter' and 'warns of 25% from August 1' (threatened); 'a 24% \"reciprocal\" rate' and 'The 24% rate is suspended' (announced, suspended); 'which for passenger cars are 2.5%' (MFN); '25% on autos and many auto parts, or 27.5% in all' and 'a 25% tariff on imported autos, effective April 3' (Section 232 autos); '50% on steel and aluminum since June 4' and 'Tariffs on steel and aluminum double to 50%'; 'the IEEPA rate for Japan would become 15%' and 'would fall to the same 15%' (planned); '$8 billion a year of other farm goods', '100 Boeing aircraft', '90% of the profits', 'equity of perhaps 1%-2%'; sidebar 'A Tariff Year in Brief' (html aside; bold-date paragraphs; 'The 10% baseline, collected since April 5' restates the current rate; 'The framework is announced, at 15%'); 'The U.S. goods deficit with Japan, $68.5 billion in 2024, was the seventh-largest' (no IF10199 rank); 'Nippon Steel completed its $14.1 billion purchase ... on June 18'; Table 1 'Rank, 2019' column ('4th', '5th', '4th', '1st', '1st': past ranks), '$320.9 billion' (two-way total), '$754 billion' and '$1,135 billion' (no catalogue amount); 'became prime minister on October 1, 2024, succeeding Kishida Fumio' (former PM) and 'defeating Takaichi Sanae'; 'half of the chamber's 248 seats were contested' and 'The coalition won 47 seats' (seats won, not the share); 'grew from one seat in the chamber to fifteen' (Sanseito); 'in office for less than ten months'; 'Were he to go, the LDP would choose a new leader, the fourth prime minister since 2020' (speculation: no LDP election listed); 'the snap election he called for October 27' (year carried from the sentence before); 'unless the prime minister dissolves it first'; 'was revised in 1960'; 'running through March 2027' and 'about ¥211 billion a year' (yen; the agreement's end); 'Pentagon officials have urged Tokyo to go to 3.5%' (a U.S. ask, NATO's level); 'up to 400 Tomahawk' (a count); 'roughly 9,000 in all are to leave the prefecture' (total leaving, not Guam); 'fell at an annualized 0.2% in the first quarter of 2025' (a quarter); 'about a third of Japan's exports' (a fraction that is no catalogue fact); '¥13.9 trillion'; 'near ¥147'; '60% by FY2035' (a later target); 'India is to host the next summit' (planned); 'elected on June 3' (South Korea's president, another country's election); HTML layout: sidebar as a floated aside; md: an ordinary section",
}
