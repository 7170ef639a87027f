from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "AV1-IF10199-2023-09", "fresh19", "IF10199", 33
LAYOUTS = ["layout", "interleaved"]
PDF_OPTS = ["quotes", "nbsp", "hyph"]
CHART = {"unit": "$ billions", "ymax": 200, "ticks": [0, 50, 100, 150, 200],
         "series": ["U.S. exports to Japan", "U.S. imports from Japan"],
         "bars": {"2018": (121.0, 179.6), "2019": (124.3, 180.9), "2020": (104.0, 148.9),
                  "2021": (112.2, 167.8), "2022": (120.1, 180.3)}}

MD = """
U.S.-Japan Relations

Updated September 6, 2023

## Overview

Few U.S. relationships have moved as far, or as fast, as the one with Japan under Prime Minister Kishida Fumio. On August 18, President Joe Biden welcomed Kishida and South Korean President Yoon Suk Yeol to Camp David for the first stand-alone meeting of the three countries' leaders; they pledged to meet every year and to consult one another promptly when a crisis threatens any of them. Washington has praised Tokyo's decision to build up its military and its sanctions on Russia. The frictions that remain are small by historical standards. Some Members have followed the release of treated water from the Fukushima Daiichi nuclear plant, which began on August 24 and led Beijing to halt all imports of Japanese seafood, and the slow pace of the Marine Corps' move off Okinawa.

## An Alliance in Its Eighth Decade

Bound to Washington by a treaty first signed in 1951 and rewritten in 1960, Japan hosts north of 50,000 U.S. military personnel, more than any other country and nearly twice the 28,500 stationed in South Korea. Tokyo pays a good part of the bill. Under the Special Measures Agreement (SMA) that the two governments announced in December 2021, Japan is to contribute ¥1.055 trillion over FY2022-FY2026. Spread evenly, that is about ¥211 billion a year, which at recent exchange rates comes to some one and a half billion dollars annually.

## Okinawa

Okinawa Prefecture covers less than 1% of Japan's land area. Its share of the facilities used by U.S. Forces Japan, about 25%, is therefore more than twenty-five times its share of the country's territory, and a majority of the U.S. military personnel in Japan are based there. Governor Tamaki Denny, who won reelection in September 2022, opposes the relocation of Marine Corps Air Station Futenma to Henoko. Under the 2012 revision of the realignment plan, roughly 9,000 Marines are to leave the island. About 4,000 of them are destined for Guam, where Marine Corps Base Camp Blaz was activated in January; the first transfers are not expected before late 2024.

## A Defense Buildup

In December 2022 the Kishida cabinet adopted three strategy documents that mark the sharpest turn in Japan's security policy since 1945. Their central numbers are below.

Table 1. Japan's Defense Buildup: Key Figures

| Item | Figure |
| --- | --- |
| Goal for defense and related spending, FY2027 | 2% of GDP |
| Long-standing informal ceiling | ~1% of GDP |
| Planned outlays, FY2023-FY2027 | ¥43 trillion |
| FY2023 budget line for Tomahawk missiles | ¥211.3 billion (~$1.5 billion) |
| FY2024 budget request | ¥7.7 trillion |

The most debated element is a "counterstrike" capability. Japan intends to acquire as many as 400 U.S.-made Tomahawk cruise missiles; by coincidence, the FY2023 appropriation for them almost exactly matches Japan's yearly host-nation payment in yen. Ministers have not yet settled how to pay for the later years of the plan.

## Politics

Kishida leads a coalition of his Liberal Democratic Party (LDP) and the smaller Komeito. In the House of Representatives, elected on October 31, 2021, the two parties hold 293 seats, or 63 of every 100. Their grip on the House of Councillors is looser, though not by much. The upper chamber last voted on July 10, 2022, under the shadow of former Prime Minister Abe Shinzo's assassination on July 8 at a campaign stop in Nara. Going into that election the coalition held 57% of the chamber; coming out of it, a hair under three-fifths.

Cabinet approval has hovered near 30% this summer, and commentators speculate that Kishida could dissolve the lower chamber as soon as this autumn. The calendar gives the coalition room. Its next mandatory test is the upper-chamber election of July 2025, three months before the lower chamber's term lapses in October of that year. Kishida's own term as LDP president runs to September 2024, when the party's lawmakers and rank-and-file members will decide whether to give him another three years.

## Trade, Investment, and the Economy

Counting goods and services together, only Canada, Mexico, and China traded more with the United States in 2022 than Japan did. U.S. exports to Japan that year rose to $120.1 billion, and imports from Japan to $180.3 billion, from $112.2 billion and $167.8 billion in 2021 (Figure 1). As a market for U.S. goods, Japan likewise stood fourth; as a source of them it slipped a notch, behind Germany, to fifth. The U.S. goods deficit with Japan, $67.9 billion, was the sixth-largest with any partner.

**Figure 1. U.S. Trade with Japan, 2018-2022**

Source: Bureau of Economic Analysis. Goods and services.

Japanese companies' direct investment in the United States, $775 billion at the end of 2022, is larger than that of any other country's firms. So it is, too, among foreign holders of U.S. Treasury securities: Japan's $1.1 trillion in June outstripped China's $835 billion.

Real GDP rose 1.0% in 2022, after 2.6% in 2021, and preliminary data put growth in the April-June quarter of 2023 at an annualized 6.0%, lifted by exports and returning tourists. In October 2022 the yen sank to ¥151.9 to the dollar, its weakest in 32 years; it has slid back this summer to near ¥147. The Diet enacted a ¥28.9 trillion supplementary budget, around $210 billion, in December 2022, and Kishida has ordered a fresh economic package for October. Japan's climate pledge is to cut greenhouse gas emissions 46% from FY2013 levels by FY2030.

## Regional Diplomacy

Tokyo has thrown itself into Indo-Pacific groupings. Quad leaders met for the fifth time, counting two virtual sessions, in Hiroshima on May 20, on the margins of the G-7 summit Kishida hosted; Australia had been due to host them before President Biden cut short his trip. IPEF, launched in May 2022 with Japan, the United States, and a dozen others as founding members, concluded a supply-chain agreement this May. Since Russia invaded Ukraine, Japan has pledged some $7.6 billion to Kyiv, including $5.5 billion of financial support and roughly $1.6 billion in humanitarian and emergency aid.

**Mark E. Manyin**, Coordinator, Specialist in Asian Affairs

**Caitlin Campbell**, Analyst in Asian Affairs

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Kishida", "Fumio", "Prime Minister Kishida Fumio"),
        "leaders.us_president": P("Biden", "Joe", "President Joe Biden"),
        "alliance.treaty_ally_since": F(1951, as_written="Bound to Washington by a treaty first signed in 1951 and rewritten in 1960", note="1960 revision a trap"),
        "alliance.us_troops_in_japan": F(50000, "over", as_written="Japan hosts north of 50,000 U.S. military personnel", note="'north of' = over"),
        "alliance.host_nation_support_per_year": F(1500000000, "about", per="year", as_written="which at recent exchange rates comes to some one and a half billion dollars annually", note="amount in words; yen totals are traps"),
        "alliance.host_nation_support_agreement": D("2021-12", as_written="the Special Measures Agreement (SMA) that the two governments announced in December 2021"),
        "alliance.okinawa_share_of_usfj_facilities": F(25, "about", as_written="Its share of the facilities used by U.S. Forces Japan, about 25%", note="all-facilities basis"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="a majority of the U.S. military personnel in Japan are based there", note="'a majority' = over 50"),
        "alliance.okinawa_share_of_land_area": F(1, "under", as_written="Okinawa Prefecture covers less than 1% of Japan's land area"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="About 4,000 of them are destined for Guam"),
        "defense.spending_goal_pct_gdp": F(2, by="FY2027", as_written="Goal for defense and related spending, FY2027 | 2% of GDP", note="Table 1 only"),
        "defense.traditional_limit_pct_gdp": F(1, "about", as_written="Long-standing informal ceiling | ~1% of GDP", note="'~' = about; Table 1 only"),
        "defense.tomahawk_purchase": F(1500000000, "about", as_written="FY2023 budget line for Tomahawk missiles | ¥211.3 billion (~$1.5 billion)", note="the FY2023 budget line, as T4/KK1; '~' = about"),
        "politics.ruling_coalition": F(["LDP", "Komeito"]),
        "politics.lower_house_coalition_share": F(63, as_written="the two parties hold 293 seats, or 63 of every 100", note="'63 of every 100' = 63%"),
        "politics.upper_house_coalition_share": F(60, "under", previous=57, as_written="Going into that election the coalition held 57% of the chamber; coming out of it, a hair under three-fifths", note="'a hair under' = under; three-fifths = 60"),
        "politics.next_diet_election_due": F(2025, as_written="Its next mandatory test is the upper-chamber election of July 2025"),
        "politics.lower_house_election_due": D("2025-10", as_written="three months before the lower chamber's term lapses in October of that year", note="year carried from 'July 2025'; 25 months away, so no lower_house_2025 election"),
        "trade.overall_partner_rank": F(4, period="2022", as_written="only Canada, Mexico, and China traded more with the United States in 2022 than Japan did"),
        "trade.export_partner_rank": F(4, period="2022", as_written="As a market for U.S. goods, Japan likewise stood fourth"),
        "trade.import_partner_rank": F(5, period="2022", as_written="as a source of them it slipped a notch, behind Germany, to fifth"),
        "trade.us_exports_to_japan": F(120100000000, period="2022", as_written="U.S. exports to Japan that year rose to $120.1 billion"),
        "trade.us_imports_from_japan": F(180300000000, period="2022", as_written="and imports from Japan to $180.3 billion"),
        "trade.fdi_source_rank": F(1, period="2022", as_written="Japanese companies' direct investment in the United States, $775 billion at the end of 2022, is larger than that of any other country's firms"),
        "trade.treasury_holder_rank": F(1, period="2023-06", as_written="So it is, too, among foreign holders of U.S. Treasury securities: Japan's $1.1 trillion in June outstripped China's $835 billion", note="subject and rank carried by 'So it is, too'"),
        "economy.gdp_growth": GDP(y2022=1.0, y2021=2.6),
        "economy.supplementary_budget": F(210000000000, "about", period="2022-12", as_written="The Diet enacted a ¥28.9 trillion supplementary budget, around $210 billion, in December 2022"),
        "economy.yen": F("32-year low against the dollar", period="2022-10", as_written="In October 2022 the yen sank to ¥151.9 to the dollar, its weakest in 32 years"),
        "economy.emissions_cut_target": F(46, by="2030", baseline="2013", as_written="cut greenhouse gas emissions 46% from FY2013 levels by FY2030"),
        "diplomacy.quad_leader_meetings": F(5, as_written="Quad leaders met for the fifth time, counting two virtual sessions, in Hiroshima on May 20"),
        "diplomacy.ipef_other_partners": F(13, period="2022-05", as_written="launched in May 2022 with Japan, the United States, and a dozen others as founding members", note="the United States plus a dozen"),
        "diplomacy.ukraine_financial_support": F(5500000000, as_written="including $5.5 billion of financial support"),
        "diplomacy.ukraine_humanitarian_aid": F(1600000000, "about", as_written="roughly $1.6 billion in humanitarian and emergency aid"),
    },
    "elections": {
        "lower_house_2021": E("Lower House", "2021-10-31", "held", result="coalition 293 seats, 63%"),
        "upper_house_2022": E("Upper House", "2022-07-10", "held", result="coalition share from 57% to a hair under three-fifths"),
        "okinawa_governor_2022": E("Okinawa governor", "2022-09", "held", result="Tamaki Denny reelected"),
        "ldp_president_2024": E("LDP president", "2024-09", "upcoming", note="term runs to September 2024, when members will decide on another three years"),
        "upper_house_2025": E("Upper House", "2025-07", "upcoming"),
    },
    "events": {
        "abe_assassination": EV("Former Prime Minister Abe Shinzo assassinated at a campaign stop in Nara", "2022-07-08"),
    },
    "notes": "Traps: 'President Yoon Suk Yeol' (another country's leader) and 'On August 18' (Camp David); 'which began on August 24' (Fukushima water release); 'rewritten in 1960' (treaty revision); 'nearly twice the 28,500 stationed in South Korea' (another country's troops); 'Japan is to contribute ¥1.055 trillion over FY2022-FY2026' and 'about ¥211 billion a year' (yen amounts; the payment is the dollar figure in words); 'more than twenty-five times its share of the country's territory' (a ratio, not a share); 'who won reelection in September 2022' (Okinawa governor, held); 'roughly 9,000 Marines are to leave the island' (total leaving, not Guam) and 'Camp Blaz was activated in January' and 'not expected before late 2024' (no Marines in Guam); 'since 1945'; Table 1 rows 'Planned outlays, FY2023-FY2027 | ¥43 trillion', 'FY2024 budget request | ¥7.7 trillion' and '¥211.3 billion' (yen); 'as many as 400 U.S.-made Tomahawk cruise missiles' (a count); 'almost exactly matches Japan's yearly host-nation payment in yen'; 'the two parties hold 293 seats'; 'Abe Shinzo's assassination on July 8' (former PM; event, year from the sentence before); 'Going into that election the coalition held 57%' (previous share); 'Cabinet approval has hovered near 30%'; 'could dissolve the lower chamber as soon as this autumn' (speculation, no election); 'three months before' (the deadline is October 2025); 'runs to September 2024' (LDP vote, not the Diet election); 'from $112.2 billion and $167.8 billion in 2021' (previous year); 'The U.S. goods deficit with Japan, $67.9 billion, was the sixth-largest' (deficit rank, no fact); '$775 billion' and '$1.1 trillion' and 'China's $835 billion' (amounts, no facts); 'an annualized 6.0%' (a quarter, not a year); '¥151.9' and 'near ¥147' (levels); 'Kishida has ordered a fresh economic package for October' (planned); 'Australia had been due to host them' (the cancelled Sydney summit); 'this May' (IPEF supply-chain agreement); 'some $7.6 billion to Kyiv' (Ukraine total); Figure 1 (U.S. trade with Japan 2018-2022, $ billions, ticks 0-200, no values); PDF curly quotes, NBSP, hyphenated line ends; layout and interleaved texts only",
}
