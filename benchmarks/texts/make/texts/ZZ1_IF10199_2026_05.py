from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "ZZ1-IF10199-2026-05", "fresh14", "IF10199", 48
LAYOUTS = ["html", "layout"]
PDF_OPTS = ["lig", "nbsp", "hyph"]
SIDEBAR = "The Alliance by the Numbers"

MD = """
U.S.-Japan Relations

Updated May 7, 2026

## Overview

Two upheavals have reshaped the relationship since the start of the year. On February 20, the Supreme Court struck down the tariffs President Donald J. Trump had imposed under the International Emergency Economic Powers Act (IEEPA), including the rate at the heart of the U.S.-Japan trade framework of 2025. Less than two weeks earlier, Prime Minister Takaichi Sanae had led the Liberal Democratic Party (LDP) to a landslide lower-house victory. She has pledged to honor her predecessor's investment promises and has sped up the defense buildup Tokyo began in 2022. Congress may weigh:

- whether to extend or replace the temporary tariff surcharge now applied to most Japanese goods;
- how the $550 billion Japanese investment commitment is being allocated;
- a new host-nation cost-sharing deal, since the current one runs out in March 2027.

## What Tariffs Apply to Japanese Goods Now?

Four days after the ruling, the President used Section 122 of the Trade Act of 1974 to impose a worldwide surcharge. Since February 24, most Japanese goods have paid 10% on top of their ordinary most-favored-nation (MFN) duties. Section 122 caps such a surcharge at 15% and 150 days, so this one expires on July 23 unless Congress extends it. Before the ruling, a single 15% rate, inclusive of MFN duties, had applied since August 2025; it had replaced the 24% "reciprocal" rate announced in April 2025 and the 25% the President threatened that July. Section 232 tariffs, untouched by the ruling, now weigh more heavily. USTR opened a Section 301 investigation of Japanese practices in March but has not proposed a rate.

Table 1. U.S. Tariffs on Goods from Japan

| Goods | Now | Before ruling |
| --- | --- | --- |
| Most goods | 10% + MFN | 15% |
| Autos and parts | 15% | 15% |
| Steel, aluminum | 50% | 50% |

## Where Does the 2025 Framework Stand?

The framework grew out of negotiations that Trump and then-Prime Minister Ishiba Shigeru agreed to open in an April 7, 2025, telephone call. It was announced on July 22, 2025, and set down in a memorandum that September. Japan committed to direct $550 billion into U.S. projects chosen by an investment committee chaired by the Commerce Secretary, with the funds to be provided before January 19, 2029. Through April, Commerce had named projects worth some $45 billion. Tokyo says the commitment stands, although the tariff rate it was meant to secure has been voided.

## How Large Are the Economic Ties?

Counting goods and services together, Japan was the sixth-largest U.S. trading partner in 2025; as recently as 2019 it had placed fourth. As a market for U.S. exports and as a source of U.S. imports, it ranked sixth and fifth, respectively. U.S. exports to Japan edged up to $130.2 billion from $129.1 billion in 2024, while imports from Japan fell to $182.0 billion from $191.8 billion.

Japan leads all countries as a source of foreign direct investment (FDI) in the United States, with a position of $754 billion at the end of 2024. On Treasury securities, the United Kingdom has narrowed the gap, but Japan, at about $1.2 trillion in February, still holds the most of any foreign country.

## Who Governs in Tokyo?

Takaichi won the LDP presidency on October 4, 2025, and on October 21 became Japan's first woman prime minister. Her predecessor, Ishiba, had resigned after the LDP and its partner of 26 years, Komeito, lost their upper-house majority in July 2025. Komeito then quit the government, and the LDP struck a governing accord with Nippon Ishin no Kai (Japan Innovation Party), which supports the cabinet without holding posts in it. Takaichi dissolved the House of Representatives in January. On February 8, 2026, the LDP alone won 316 of its 465 seats, more than two-thirds; before the vote the two partners had been a few seats short of a majority.

Table 2. Seats Held by the LDP and Ishin

| Chamber | Seats held | Share |
| --- | --- | --- |
| House of Representatives | 352 of 465 | 75.7% |
| House of Councillors | 120 of 248 | 48.4% |

No national election is due before July 2028, when half of the upper chamber is next chosen. The lower chamber's term runs until February 2030. Takaichi's own term as party president lasts until September 2027.

## What Is Changing in the Alliance?

Japan, a U.S. treaty ally since 1952, hosts more U.S. forces than any other foreign country. Under the Special Measures Agreement (SMA) the two governments reached in December 2021, Japan pays an average of ¥211 billion a year through March 2027, a bit below $1.4 billion at current exchange rates. Negotiations on a successor began in February.

For decades, cabinets kept defense budgets under a ceiling of 1% of GDP. The 2022 strategy documents set a goal of 2% of GDP, counting related spending, by FY2027; in October 2025 Takaichi moved that deadline to FY2025, and a supplementary budget carried spending past the mark before the fiscal year ended. Her government is rewriting the strategy documents this year, while Pentagon officials have urged allies to spend 3.5% on core defense. Japan is buying up to 400 Tomahawk cruise missiles, a purchase valued at about $2.35 billion.

## The Alliance by the Numbers

Table 3. U.S. Forces in Japan: Key Figures

| Measure | Figure |
| --- | --- |
| U.S. personnel in Japan | ~55,000 |
| Okinawa: land area | <1% |
| Okinawa: U.S.-only bases | ~70% |
| Okinawa: U.S. personnel | >50% |
| Marines bound for Guam | ~4,000 |
| Marines now on Guam | 200+ |

Note: Okinawa rows give the prefecture's share of the national total; "U.S.-only bases" is land reserved for the exclusive use of U.S. forces.

Okinawans choose a governor in September; Governor Denny Tamaki, an opponent of the Henoko base, is finishing his second term.

## How Is Japan's Economy Faring?

Real GDP grew 1.1% in 2025, after 0.1% in 2024, but output shrank at an annualized 0.6% in the October-December quarter. In December 2025 the Diet enacted an ¥18.3 trillion supplementary budget, equal to some $117 billion. The Bank of Japan raised its policy rate that month to the highest level in three decades. Japan's emissions pledge remains a 46% cut from FY2013 levels by FY2030, with a 60% cut targeted for FY2035.

## Regional Diplomacy

Relations with China have chilled since Takaichi told the Diet in November 2025 that a Taiwan contingency could threaten Japan's survival; Beijing answered with travel warnings and a halt to Japanese seafood imports. The leaders of the Quad have met six times, most recently in September 2024, and India has yet to schedule the summit it was to host in 2025.

**Mark E. Manyin**, Specialist in Asian Affairs

**Kyla H. Kitamura**, Analyst in International Trade and Finance

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Takaichi", "Sanae", "Prime Minister Takaichi Sanae"),
        "leaders.us_president": P("Trump", "Donald", "President Donald J. Trump"),
        "alliance.treaty_ally_since": F(1952, as_written="Japan, a U.S. treaty ally since 1952"),
        "alliance.us_troops_in_japan": F(55000, "about", as_written="U.S. personnel in Japan | ~55,000", note="Table 3 (HTML sidebar); '~' is the hedge"),
        "alliance.host_nation_support_per_year": F(1400000000, "under", per="year", as_written="Japan pays an average of ¥211 billion a year through March 2027, a bit below $1.4 billion at current exchange rates"),
        "alliance.host_nation_support_agreement": D("2021-12", as_written="the Special Measures Agreement (SMA) the two governments reached in December 2021"),
        "alliance.okinawa_share_of_land_area": F(1, "under", as_written="Okinawa: land area | <1%", note="Table 3; the note says Okinawa rows are shares of the national total"),
        "alliance.okinawa_share_of_usfj_facilities": F(70, "about", as_written="Okinawa: U.S.-only bases | ~70%", note="Table 3; exclusive-use basis (the table's note)"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="Okinawa: U.S. personnel | >50%", note="Table 3"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="Marines bound for Guam | ~4,000", note="Table 3"),
        "alliance.marines_in_guam": F(200, "over", as_written="Marines now on Guam | 200+", note="Table 3; '200+' is more than 200"),
        "defense.spending_goal_pct_gdp": F(2, by="FY2025", as_written="a goal of 2% of GDP ... by FY2027; in October 2025 Takaichi moved that deadline to FY2025"),
        "defense.traditional_limit_pct_gdp": F(1, as_written="cabinets kept defense budgets under a ceiling of 1% of GDP", note="'under' describes the budgets; the ceiling is 1%"),
        "defense.tomahawk_purchase": F(2350000000, "about", as_written="a purchase valued at about $2.35 billion"),
        "politics.ruling_coalition": F(["LDP", "Ishin"], as_written="the LDP struck a governing accord with Nippon Ishin no Kai (Japan Innovation Party), which supports the cabinet without holding posts in it", note="Table 2 'Seats Held by the LDP and Ishin'; Komeito quit"),
        "politics.lower_house_coalition_share": F(75.7, as_written="House of Representatives | 352 of 465 | 75.7%", note="Table 2"),
        "politics.upper_house_coalition_share": F(48.4, as_written="House of Councillors | 120 of 248 | 48.4%", note="Table 2"),
        "politics.next_diet_election_due": F(2028, as_written="No national election is due before July 2028, when half of the upper chamber is next chosen"),
        "politics.lower_house_election_due": D("2030-02", as_written="The lower chamber's term runs until February 2030"),
        "trade.overall_partner_rank": F(6, period="2025", as_written="Japan was the sixth-largest U.S. trading partner in 2025"),
        "trade.export_partner_rank": F(6, period="2025", as_written="As a market for U.S. exports and as a source of U.S. imports, it ranked sixth and fifth, respectively"),
        "trade.import_partner_rank": F(5, period="2025", as_written="As a market for U.S. exports and as a source of U.S. imports, it ranked sixth and fifth, respectively"),
        "trade.us_exports_to_japan": F(130200000000, period="2025", as_written="U.S. exports to Japan edged up to $130.2 billion from $129.1 billion in 2024"),
        "trade.us_imports_from_japan": F(182000000000, period="2025", as_written="imports from Japan fell to $182.0 billion from $191.8 billion"),
        "trade.fdi_source_rank": F(1, period="2024", as_written="Japan leads all countries as a source of foreign direct investment (FDI) in the United States, with a position of $754 billion at the end of 2024"),
        "trade.treasury_holder_rank": F(1, period="2026-02", as_written="Japan, at about $1.2 trillion in February, still holds the most of any foreign country"),
        "trade.us_tariff_on_most_imports_from_japan": F(10, period="2026-02-24", as_written="Since February 24, most Japanese goods have paid 10% on top of their ordinary most-favored-nation (MFN) duties", note="Section 122 surcharge; Table 1 '10% + MFN'"),
        "trade.japan_investment_pledge": F(550000000000, by="2029-01-19", as_written="Japan committed to direct $550 billion into U.S. projects ... before January 19, 2029"),
        "economy.gdp_growth": GDP(y2025=1.1, y2024=0.1),
        "economy.supplementary_budget": F(117000000000, "about", period="2025-12", as_written="In December 2025 the Diet enacted an ¥18.3 trillion supplementary budget, equal to some $117 billion"),
        "economy.emissions_cut_target": F(46, by="2030", baseline="2013", as_written="a 46% cut from FY2013 levels by FY2030"),
        "diplomacy.quad_leader_meetings": F(6, as_written="The leaders of the Quad have met six times, most recently in September 2024"),
    },
    "elections": {
        "upper_house_2025": E("Upper House", "2025-07", "held", result="LDP and Komeito lost their upper-house majority"),
        "ldp_president_2025": E("LDP president", "2025-10-04", "held", result="Takaichi won"),
        "lower_house_2026": E("Lower House", "2026-02-08", "held", result="LDP alone 316 of 465 seats; LDP and Ishin 352 (75.7%)"),
        "okinawa_governor_2026": E("Okinawa governor", "2026-09", "upcoming", note="'Okinawans choose a governor in September' (year from the text's date)"),
        "upper_house_2028": E("Upper House", "2028-07", "upcoming", note="the next national election"),
    },
    "events": {
        "tariff_talks_announced": EV("Trump and Ishiba agree in a telephone call to open tariff negotiations", "2025-04-07", "held"),
        "section122_surcharge_expired": EV("Section 122 surcharge expires unless Congress extends it", "2026-07-23", "upcoming"),
    },
    "notes": "Traps: 'On February 20, the Supreme Court struck down the tariffs' (the ruling; no IF10199 fact); 'a landslide lower-house victory' (no number); 'the defense buildup Tokyo began in 2022'; 'the $550 billion Japanese investment commitment' in the Overview bullets states no deadline (the deadline is in the framework section); 'since the current one runs out in March 2027' (SMA expiry, not its date); 'Four days after the ruling'; 'Section 122 caps such a surcharge at 15% and 150 days' (a cap, not the rate); 'a single 15% rate, inclusive of MFN duties, had applied since August 2025' (voided IEEPA rate, past) and Table 1's 'Before ruling' column (15%); 'the 24% \"reciprocal\" rate announced in April 2025' and 'the 25% the President threatened that July'; Table 1 rows 'Autos and parts | 15%' and 'Steel, aluminum | 50%' (sectoral, not most imports); 'USTR opened a Section 301 investigation ... in March but has not proposed a rate'; 'then-Prime Minister Ishiba Shigeru' and 'Her predecessor, Ishiba' (former PM); 'announced on July 22, 2025, and set down in a memorandum that September' (no IF10199 fact); 'Through April, Commerce had named projects worth some $45 billion' (not the pledge); 'as recently as 2019 it had placed fourth' (past rank); 'from $129.1 billion in 2024' and 'from $191.8 billion' (2024 amounts); 'a position of $754 billion' (FDI amount, no IF10199 fact); 'the United Kingdom has narrowed the gap' and 'about $1.2 trillion'; 'its partner of 26 years, Komeito' (left the coalition); 'the LDP alone won 316 of its 465 seats, more than two-thirds' (one party, not the coalition's share) and 'before the vote the two partners had been a few seats short of a majority' (previous, no number); Table 2 seat counts '352 of 465' and '120 of 248' (the share is the Share column); 'Takaichi's own term as party president lasts until September 2027' (a term end, not an election); 'hosts more U.S. forces than any other foreign country' (no count); 'an average of ¥211 billion a year' (yen); 'Negotiations on a successor began in February'; 'by FY2027' (the 2022 deadline, since moved); 'Pentagon officials have urged allies to spend 3.5% on core defense'; 'up to 400 Tomahawk cruise missiles' (a count); 'is finishing his second term' (Tamaki); 'output shrank at an annualized 0.6% in the October-December quarter' (a quarter); '¥18.3 trillion' (yen); 'The Bank of Japan raised its policy rate that month to the highest level in three decades' (an interest rate, not the yen); 'a 60% cut targeted for FY2035' (later target); 'Takaichi told the Diet in November 2025'; 'India has yet to schedule the summit it was to host in 2025'; sidebar 'The Alliance by the Numbers' (HTML aside holding Table 3; ordinary section in the layout text); question headings; PDF ligatures, NBSP and hyphenated line ends in the layout text",
}
