from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "BD1-IF10199-2026-05", "fresh21", "IF10199", 48
LAYOUTS = ["html", "layout"]
PDF_OPTS = ["lig", "nbsp"]
SIDEBAR = "The February Vote by the Numbers"

MD = """
U.S.-Japan Relations

Updated May 19, 2026

## Overview

Three months after her Liberal Democratic Party (LDP) swept a snap election for the Lower House, Prime Minister Takaichi Sanae heads the most secure Japanese government in over a decade. President Donald J. Trump, whose Administration has twice rebuilt the legal basis of its tariffs on Japan in the past year, calls her a "great ally"; the two last met in Tokyo in October 2025, a week after she succeeded Ishiba Shigeru. Three questions dominate the bilateral agenda before Congress: what will replace the temporary surcharge now levied on most Japanese goods once it lapses; how Japan's investment commitment is being carried out; and how fast Japan's military buildup can proceed.

## Tariffs After the Court's Ruling

The negotiations that reshaped the trade relationship opened with an April 7, 2025, telephone call between Trump and Ishiba. They produced a framework, announced on July 22, under which a single 15% rate applied to most Japanese goods from August 7. That rate rested on the International Emergency Economic Powers Act (IEEPA). On February 20, 2026, the Supreme Court held that IEEPA does not authorize tariffs, and four days later the President imposed a surcharge under Section 122 of the Trade Act of 1974 in its place.

Ten percent, on top of ordinary most-favored-nation (MFN) duties: that is what most goods from Japan pay today. Because Section 122 limits such a surcharge to 15% and to 150 days unless Congress extends it, this one lapses on July 24. The U.S. Trade Representative has proposed a 12.5% tariff under Section 301 to follow it, and the President has warned that the rate could rise to 25% if Japan's promised investments lag. South Korea and the European Union pay the same 10% surcharge.

Table 1. U.S. Tariffs on Japanese Goods, May 2026

| Goods | In force | Before | Floated |
| --- | --- | --- | --- |
| Most goods | 10% | 15% | 12.5% |
| Autos and parts | 15% | 27.5% | none |
| Steel, aluminum | 50% | 25% | none |

Notes: "Before" is the IEEPA rate (August 7, 2025, to February 20, 2026) for most goods, the Section 232 rate until September 16, 2025, for autos, and the rate until June 2025 for metals. "Floated" is USTR's Section 301 proposal.

Under the framework and a September 2025 memorandum, Japan is to provide $550 billion for U.S. investments chosen by the President, before January 19, 2029. Projects worth a combined $36 billion were named in March. Seoul's comparable pledge is $350 billion.

## Politics

Takaichi won the LDP leadership vote on October 4, 2025, and became prime minister once the Japan Innovation Party (Ishin) agreed to back her government from outside the cabinet; Komeito, the LDP's partner since 1999, had quit the coalition. She dissolved the Lower House in January. On February 8, the LDP alone took 316 of its 465 seats, more than two-thirds; counting Ishin, the governing bloc holds just over three-quarters of the chamber. It is in the House of Councillors that the bloc stays weak. Having lost its majority there in the July 2025 election, it holds fewer than half the upper chamber's seats. The next national vote is not due until the summer of 2028, when half of that chamber is chosen; the new Lower House may sit until February 2030.

## The February Vote by the Numbers

Table 2. Lower House Seats, Dissolution and February 8

| Party | Before | After | Change |
| --- | --- | --- | --- |
| LDP | 196 | 316 | +120 |
| Ishin | 35 | 36 | +1 |
| All others | 234 | 113 | -121 |

Turnout rose to about 58%, from 54% in 2024.

## The Alliance

In force since 1952, the security treaty makes Japan one of the oldest U.S. allies in Asia. Roughly fifty-five thousand U.S. military personnel are based there, about twice the number in South Korea (Table 3). Under a cost-sharing accord reached in December 2021, Japan pays about ¥211 billion a year through March 2027; talks on its successor are to begin this summer.

Table 3. U.S. Forces and Host Support, Three Allies

| Measure | S. Korea | Japan | Germany |
| --- | --- | --- | --- |
| U.S. personnel (approx.) | 28,500 | 55,000 | 35,000 |
| Host support ($bn/yr, approx.) | 1.1 | 1.4 | n/a |

Okinawa, just 0.6% of Japan's land area, hosts about 70% of the facilities set aside for U.S. forces' exclusive use and roughly half of the U.S. personnel. Some 9,000 Marines are to leave the prefecture; approximately 4,000 of them are slated for Guam, where a little more than 200 had arrived by March.

Defense and related spending reached 2% of GDP in FY2025, the target year having been moved up from the FY2027 date that the December 2022 strategy documents set. For decades, budgets had been kept beneath an informal ceiling of 1% of GDP. U.S. officials now urge 3.5%, the core level NATO members adopted in 2025. Deliveries of the Tomahawk cruise missiles Japan bought for just under $2.4 billion began in FY2025.

## Trade and Investment

Japan ranked sixth among U.S. trading partners in 2025. It was also the sixth-largest market for U.S. exports, which came to $127.9 billion, compared with $124.9 billion a year before. As a supplier it placed higher: only four countries sold more to the United States than Japan, whose shipments were valued at $187.4 billion. No country's firms hold a larger stock of direct investment in the United States than Japan's, and Japan is likewise the largest foreign holder of U.S. Treasury securities, with the United Kingdom second.

## Economy

Real GDP grew 1.1% in 2025, following growth of only 0.1% in 2024. Private forecasters expect about 0.7% in 2026. An ¥18.3 trillion supplementary budget, about $117 billion, passed the Diet in December 2025; a second package of roughly ¥3 trillion is under discussion. Japan's Paris pledge remains a 46% cut in greenhouse gas emissions from 2013 levels by 2030, and 60% by FY2035.

## Regional Diplomacy

Six meetings of Quad leaders have been held, the last in September 2024; the summit India was to host in 2025 has not been rescheduled. Takaichi's November remarks on Taiwan drew Chinese economic retaliation, including curbs on travel to Japan and a halt to seafood imports.

**Mark E. Manyin**, Coordinator, Specialist in Asian Affairs

**Kyla H. Kitamura**, Analyst in Asian Affairs

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Takaichi", "Sanae", "Prime Minister Takaichi Sanae"),
        "leaders.us_president": P("Trump", "Donald", "President Donald J. Trump"),
        "trade.us_tariff_on_most_imports_from_japan": F(10, period="2026-02-24", as_written="Ten percent, on top of ordinary most-favored-nation (MFN) duties: that is what most goods from Japan pay today", note="Section 122 surcharge; also Table 1's 'In force' column"),
        "trade.japan_investment_pledge": F(550000000000, by="2029-01-19", as_written="Japan is to provide $550 billion for U.S. investments chosen by the President, before January 19, 2029"),
        "politics.ruling_coalition": F(["LDP", "Ishin"], note="Ishin backs the government from outside the cabinet; Komeito quit the coalition"),
        "politics.lower_house_coalition_share": F(75, "over", as_written="counting Ishin, the governing bloc holds just over three-quarters of the chamber", note="352 of 465 (Table 2); 'more than two-thirds' is the LDP alone"),
        "politics.upper_house_coalition_share": F(50, "under", as_written="it holds fewer than half the upper chamber's seats"),
        "politics.next_diet_election_due": F(2028, as_written="The next national vote is not due until the summer of 2028, when half of that chamber is chosen"),
        "politics.lower_house_election_due": D("2030-02", as_written="the new Lower House may sit until February 2030"),
        "alliance.treaty_ally_since": F(1952, as_written="In force since 1952, the security treaty makes Japan one of the oldest U.S. allies in Asia"),
        "alliance.us_troops_in_japan": F(55000, "about", as_written="Roughly fifty-five thousand U.S. military personnel are based there", note="also Table 3, 'U.S. personnel (approx.)'"),
        "alliance.host_nation_support_per_year": F(1400000000, "about", per="year", as_written="Table 3: 'Host support ($bn/yr, approx.)' Japan 1.4", note="the prose gives only the yen amount, about ¥211 billion a year"),
        "alliance.host_nation_support_agreement": D("2021-12", as_written="Under a cost-sharing accord reached in December 2021"),
        "alliance.okinawa_share_of_land_area": F(0.6, as_written="Okinawa, just 0.6% of Japan's land area"),
        "alliance.okinawa_share_of_usfj_facilities": F(70, "about", as_written="hosts about 70% of the facilities set aside for U.S. forces' exclusive use", note="exclusive-use basis"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "about", as_written="and roughly half of the U.S. personnel"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="approximately 4,000 of them are slated for Guam"),
        "alliance.marines_in_guam": F(200, "over", period="2026-03", as_written="where a little more than 200 had arrived by March"),
        "defense.spending_goal_pct_gdp": F(2, by="FY2025", as_written="Defense and related spending reached 2% of GDP in FY2025, the target year having been moved up from the FY2027 date", note="originally FY2027"),
        "defense.traditional_limit_pct_gdp": F(1, as_written="budgets had been kept beneath an informal ceiling of 1% of GDP"),
        "defense.tomahawk_purchase": F(2400000000, "under", as_written="the Tomahawk cruise missiles Japan bought for just under $2.4 billion"),
        "trade.overall_partner_rank": F(6, period="2025", as_written="Japan ranked sixth among U.S. trading partners in 2025"),
        "trade.export_partner_rank": F(6, period="2025", as_written="It was also the sixth-largest market for U.S. exports"),
        "trade.us_exports_to_japan": F(127900000000, period="2025", as_written="which came to $127.9 billion, compared with $124.9 billion a year before"),
        "trade.import_partner_rank": F(5, period="2025", as_written="only four countries sold more to the United States than Japan"),
        "trade.us_imports_from_japan": F(187400000000, period="2025", as_written="whose shipments were valued at $187.4 billion"),
        "trade.fdi_source_rank": F(1, as_written="No country's firms hold a larger stock of direct investment in the United States than Japan's"),
        "trade.treasury_holder_rank": F(1, as_written="Japan is likewise the largest foreign holder of U.S. Treasury securities"),
        "economy.gdp_growth": GDP(y2025=1.1, y2024=0.1),
        "economy.supplementary_budget": F(117000000000, "about", period="2025-12", as_written="An ¥18.3 trillion supplementary budget, about $117 billion, passed the Diet in December 2025"),
        "economy.emissions_cut_target": F(46, by="2030", baseline="2013", as_written="a 46% cut in greenhouse gas emissions from 2013 levels by 2030"),
        "diplomacy.quad_leader_meetings": F(6, as_written="Six meetings of Quad leaders have been held, the last in September 2024"),
    },
    "elections": {
        "ldp_president_2025": E("LDP president", "2025-10-04", "held", result="Takaichi won"),
        "lower_house_2026": E("Lower House", "2026-02-08", "held", result="LDP 316 of 465 seats; LDP and Ishin just over three-quarters"),
        "upper_house_2025": E("Upper House", "2025-07", "held", result="coalition lost its majority"),
        "upper_house_2028": E("Upper House", "2028", "upcoming", note="'the summer of 2028' (year precision)"),
    },
    "events": {
        "tariff_talks_announced": EV("April 7, 2025, telephone call between Trump and Ishiba opened the negotiations", "2025-04-07", "held"),
        "section122_surcharge_expired": EV("the Section 122 surcharge lapses on July 24 (year from the text's date)", "2026-07-24", "upcoming"),
    },
    "notes": "Traps: 'the two last met in Tokyo in October 2025, a week after she succeeded Ishiba Shigeru' (former PM); 'announced on July 22' (framework; no IF10199 fact) and 'a single 15% rate applied to most Japanese goods from August 7' (past, voided IEEPA rate); 'On February 20, 2026, the Supreme Court held' and 'four days later'; 'limits such a surcharge to 15% and to 150 days' (a cap, not a rate); 'proposed a 12.5% tariff under Section 301 to follow it' (proposed) and 'the rate could rise to 25%' (threatened); 'South Korea and the European Union pay the same 10% surcharge' (other countries, same value); Table 1 (three columns of rates: 'In force' 10%, 15%, 50%; 'Before' 15%, 27.5%, 25%; 'Floated' 12.5%) with its notes' dates; 'Projects worth a combined $36 billion were named in March' and 'Seoul's comparable pledge is $350 billion' (other country); 'a September 2025 memorandum'; 'the LDP's partner since 1999'; 'the LDP alone took 316 of its 465 seats, more than two-thirds' (one party, not the coalition share); 'Having lost its majority there in the July 2025 election' (subject, the bloc, carried from 'It is in the House of Councillors that the bloc stays weak'); 'the new Lower House may sit until February 2030' (deadline only, 45 months away: no upcoming lower_house election); Table 2 (seat counts before/after with signed changes, no shares) in the HTML sidebar and 'Turnout rose to about 58%, from 54% in 2024'; 'about twice the number in South Korea'; 'about ¥211 billion a year through March 2027' (yen; the dollar figure is only Table 3's) and 'talks on its successor are to begin this summer' (planned); Table 3 transposed with Japan in the middle column beside South Korea's 28,500 / 1.1 and Germany's 35,000; 'Some 9,000 Marines are to leave the prefecture' (total leaving, not Guam); 'moved up from the FY2027 date that the December 2022 strategy documents set' (earlier target year); 'U.S. officials now urge 3.5%, the core level NATO members adopted in 2025' (another party's figure); 'Deliveries ... began in FY2025'; 'compared with $124.9 billion a year before' (2024 exports); 'only four countries sold more' (import rank 5) and 'As a supplier it placed higher'; 'with the United Kingdom second'; 'Private forecasters expect about 0.7% in 2026' (projection); 'a second package of roughly ¥3 trillion is under discussion' (planned); 'and 60% by FY2035' (later target); 'the summit India was to host in 2025 has not been rescheduled'; 'Takaichi's November remarks on Taiwan'; values before subjects ('Ten percent, on top of ...: that is what most goods from Japan pay today', 'In force since 1952, the security treaty ...'); number in words ('fifty-five thousand', 'Six meetings'); PDF ligatures and NBSP (layout text)",
}
