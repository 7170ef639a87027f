from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "J2-IF10199-2026-03", "fresh7", "IF10199", 48
LAYOUTS = ["md", "html", "interleaved"]
SIDEBAR = "Okinawa and the Guam Relocation"
CHART = {"unit": "% of GDP", "ymax": 2.5, "ticks": [0, 0.5, 1, 1.5, 2, 2.5],
         "series": ["Defense and related spending"],
         "bars": {"FY2022": (1.1,), "FY2023": (1.3,), "FY2024": (1.6,), "FY2025": (2.0,)}}

MD = """
U.S.-Japan Relations

Updated March 27, 2026

## Overview

Japan, a U.S. treaty ally since 1952, hosts more U.S. forces than any other country and is one of its most important economic partners. Prime Minister Sanae Takaichi, who won the presidency of the Liberal Democratic Party (LDP) in October 2025, has staked much on her relationship with President Donald J. Trump, who visited Tokyo a week after she took office. She is expected in Washington this spring. Her February landslide has given her a commanding position in the Diet's lower chamber, and she enters that visit stronger at home than any Japanese leader since her mentor, the late Abe Shinzo, who was shot dead while campaigning in July 2022.

Two questions hang over the relationship. The first is what remains of the trade and investment framework the two governments struck in July 2025, now that the Supreme Court has struck down the tariffs at its core. The second is China: Beijing has applied economic and diplomatic pressure on Tokyo since Takaichi told the Diet in November that a Chinese attack on Taiwan could amount to a "survival-threatening situation" in which Japan might exercise collective self-defense.

## Key Developments Since October 2025

- October 4, 2025: Takaichi wins the LDP leadership race; six days later, Komeito quits its 26-year coalition with the LDP.
- October 20: The LDP signs a policy accord with the Japan Innovation Party (Ishin), whose votes make Takaichi prime minister the next day.
- October 28: In Tokyo, Trump and Takaichi sign documents on implementing the trade framework and on critical minerals.
- January 23, 2026: Takaichi dissolves the Lower House.
- February 8: The LDP and Ishin win 352 of 465 Lower House seats.
- February 20: The Supreme Court holds that the International Emergency Economic Powers Act (IEEPA) does not authorize tariffs.
- February 24: A 10% surcharge on most imports, including those from Japan, takes effect under Section 122 of the Trade Act of 1974.

## Tariffs and the Investment Pledge

Under the framework announced on July 22, 2025, and set out in a September 4 memorandum of understanding, the United States applied a 15% tariff to most Japanese goods, sparing Japan the 24% "reciprocal" rate announced in April 2025 and the 25% rate Trump threatened that July. Tariffs on Japanese cars and parts were lowered to 15% from 27.5%. In return, Japan agreed to invest $550 billion in U.S. projects selected by the U.S. government before January 19, 2029, with profits split evenly until Japan recovers its outlays and 90% going to the United States thereafter. South Korea made a similar pledge of $350 billion. Japan also promised to buy more U.S. rice, within its existing minimum-access quota, as well as aircraft and defense equipment.

Because the 15% rate rested on IEEPA, the February 20 ruling voided it. Four days later, the Administration imposed a 10% surcharge on most imports from nearly every country under Section 122, which limits such a surcharge to 15% and 150 days unless Congress extends it; absent congressional action, it will end in late July 2026. The auto tariffs, imposed under Section 232 of the Trade Expansion Act of 1962, were unaffected, as were the 50% tariffs on steel and aluminum (Table 1). Tokyo says it will honor the investment commitment while it seeks clarity on refunds of IEEPA duties paid by Japanese firms. The Office of the U.S. Trade Representative has opened Section 301 investigations that could lead to new country-specific tariffs.

Table 1. U.S. Tariffs on Goods from Japan, March 2026

| Goods | Authority | Rate |
| --- | --- | --- |
| Most goods | Sec. 122 | 10% |
| Autos and parts | Sec. 232 | 15% |
| Steel, aluminum | Sec. 232 | 50% |
| Most goods, before Feb. 20 | IEEPA | 15% |

Source: CRS, from presidential proclamations and executive orders.

## Defense and the Alliance

Approximately fifty-five thousand active-duty U.S. military personnel are stationed in Japan. Japan's share of the cost of keeping them there is governed by a Special Measures Agreement reached in December 2021 and running through March 2027. It provides for ¥1.05 trillion over five years, or about ¥211 billion a year, roughly $1.4 billion. The two governments are expected to open talks on a successor this year, and Trump has said Japan should pay more.

Takaichi has accelerated the buildup set out in Kishida Fumio's December 2022 strategy documents, which called for spending on defense and related items to reach 2% of GDP by FY2027. In her first policy speech, in October, she pulled that deadline forward by two years, to FY2025, the fiscal year that ends this month. The December supplementary budget added about ¥1.1 trillion in defense-related outlays to reach it (Figure 1). For most of the postwar era, Japan had kept defense spending within 1% of GDP, a ceiling first set by a 1976 cabinet decision. The Pentagon now urges Asian allies to aim for 3.5% of GDP, the core-defense level NATO members adopted in June 2025 as part of a 5% goal. Tokyo has committed to no new figure, but plans to revise the three strategy documents by the end of 2026. Japan is buying up to 400 Tomahawk cruise missiles from the United States, a purchase estimated at $2.35 billion.

**Figure 1. Japan's Spending on Defense and Related Items, FY2022-FY2025**

Source: Japan Ministry of Defense and Ministry of Finance. FY2025 includes the December 2025 supplementary budget.

## Okinawa and the Guam Relocation

Okinawa accounts for less than 1% of Japan's land but about 70% of the facilities and areas set aside for the exclusive use of U.S. forces, and about half of the U.S. military personnel in Japan. Under the realignment plan agreed in 2012, roughly four thousand Marines are to move from Okinawa to Guam. The first group, some 100 logistics specialists, arrived in December 2024; around 200 are there now. Governor Tamaki Denny, an opponent of the replacement airfield being built at Henoko, is expected to seek a third term in the September 2026 gubernatorial election.

## Politics in Tokyo

Takaichi governs with the support of Ishin, which holds no cabinet posts, after Komeito ended its partnership with the LDP over the LDP's handling of political-funding scandals. The arrangement was initially fragile, since the two parties lacked a Lower House majority. Her gamble on a snap election removed that problem: the LDP alone took 316 seats, the most any single party has won in the postwar period, and together the governing partners now control 352 seats in the 465-member chamber, better than three in four. The result reversed two setbacks: the October 2024 general election, in which the LDP and Komeito lost their Lower House majority, and the July 2025 Upper House election, after which Ishiba Shigeru announced his resignation.

The upper chamber remains a constraint. In the House of Councillors, the LDP and Ishin together are six seats short of a majority, so the government still needs opposition votes there, though a two-thirds Lower House vote can override it on most bills. No nationwide vote is due until July 2028, when half of the upper chamber is up for election. The members elected in February may serve until February 2030. Takaichi's cabinet approval rating, above 70% in its first weeks, remained near 65% in March polls.

## Economic Ties

Japan was the sixth-largest U.S. trading partner in 2025. U.S. exports to it rose to $131.4 billion, which made Japan the sixth-largest market for U.S. goods and services. U.S. imports from Japan fell to $183.0 billion, from $192.4 billion in 2024, and Japan slipped from fifth to seventh among sources of U.S. imports as purchases from Taiwan and Vietnam surged. Japan is the biggest source of foreign direct investment in the United States, with a stock of some $783 billion at the end of 2024. The same holds for U.S. Treasury securities: Japanese investors own about $1.2 trillion, more than investors in the United Kingdom, now in second place, or in China, now third.

Japan's real GDP grew 1.1% in 2025, after expanding only 0.1% in 2024. After contracting at an annualized 2.3% in July-September, output rose at an annualized 0.2% in the final quarter. Inflation has exceeded the Bank of Japan's 2% target for nearly four years, and the bank raised its policy rate to 0.75% in December. To ease the cost of living, the Diet passed a supplementary budget of ¥18.3 trillion, some $117 billion, in mid-December 2025, financing most of a ¥21.3 trillion economic package. A record ¥122.3 trillion FY2026 budget cleared the Lower House this month. Japan's Paris Agreement pledge remains a 46% cut in greenhouse gas emissions by FY2030 compared with FY2013; targets adopted in February 2025 add cuts of 60% by FY2035 and 73% by FY2040.

## Regional Issues

China responded to Takaichi's remarks on Taiwan by urging its citizens not to travel to Japan, suspending imports of Japanese seafood again, and, in January, banning exports of dual-use items to Japanese military end users. Trump, who is planning a visit to Beijing in April, has urged both sides to lower tensions. Relations with South Korea have warmed: President Lee Jae-myung visited Takaichi in her home prefecture of Nara in January. The Quad's leaders have convened six times, most recently in Wilmington, Delaware, in September 2024; the summit India was to host in 2025 has not taken place.

**Mark E. Manyin**, Coordinator, Specialist in Asian Affairs

**Kyla H. Kitamura**, Analyst in International Trade and Finance

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Daniel J. Longo**, Analyst in Asian Affairs
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Takaichi", "Sanae", "Prime Minister Sanae Takaichi"),
        "leaders.us_president": P("Trump", "Donald", "President Donald J. Trump"),
        "alliance.treaty_ally_since": F(1952, as_written="Japan, a U.S. treaty ally since 1952"),
        "alliance.us_troops_in_japan": F(55000, "about", as_written="Approximately fifty-five thousand active-duty U.S. military personnel are stationed in Japan", note="active duty"),
        "alliance.host_nation_support_per_year": F(1400000000, "about", per="year", as_written="It provides for ¥1.05 trillion over five years, or about ¥211 billion a year, roughly $1.4 billion",
                                                   note="subject 'It' carried from the agreement in the sentence before"),
        "alliance.host_nation_support_agreement": D("2021-12", as_written="a Special Measures Agreement reached in December 2021 and running through March 2027"),
        "alliance.okinawa_share_of_usfj_facilities": F(70, "about", as_written="about 70% of the facilities and areas set aside for the exclusive use of U.S. forces", note="exclusive-use basis; sidebar"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "about", as_written="and about half of the U.S. military personnel in Japan", note="sidebar"),
        "alliance.okinawa_share_of_land_area": F(1, "under", as_written="Okinawa accounts for less than 1% of Japan's land", note="sidebar"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="roughly four thousand Marines are to move from Okinawa to Guam", note="sidebar"),
        "alliance.marines_in_guam": F(200, "about", as_written="The first group, some 100 logistics specialists, arrived in December 2024; around 200 are there now", note="sidebar; 100 is the first group (trap)"),
        "defense.spending_goal_pct_gdp": F(2, by="FY2025", as_written="which called for spending on defense and related items to reach 2% of GDP by FY2027. In her first policy speech, in October, she pulled that deadline forward by two years, to FY2025",
                                           note="originally by FY2027"),
        "defense.traditional_limit_pct_gdp": F(1, as_written="Japan had kept defense spending within 1% of GDP, a ceiling first set by a 1976 cabinet decision"),
        "defense.tomahawk_purchase": F(2350000000, "about", as_written="up to 400 Tomahawk cruise missiles from the United States, a purchase estimated at $2.35 billion"),
        "politics.ruling_coalition": F(["LDP", "Ishin"], as_written="Takaichi governs with the support of Ishin, which holds no cabinet posts", note="Japan Innovation Party (Ishin) outside the cabinet; Komeito left in October 2025"),
        "politics.lower_house_coalition_share": F(75, "over", as_written="together the governing partners now control 352 seats in the 465-member chamber, better than three in four"),
        "politics.upper_house_coalition_share": F(50, "under", as_written="In the House of Councillors, the LDP and Ishin together are six seats short of a majority"),
        "politics.next_diet_election_due": F(2028, as_written="No nationwide vote is due until July 2028, when half of the upper chamber is up for election"),
        "politics.lower_house_election_due": D("2030-02", as_written="The members elected in February may serve until February 2030"),
        "trade.overall_partner_rank": F(6, period="2025", as_written="Japan was the sixth-largest U.S. trading partner in 2025"),
        "trade.export_partner_rank": F(6, period="2025", as_written="which made Japan the sixth-largest market for U.S. goods and services"),
        "trade.import_partner_rank": F(7, period="2025", as_written="Japan slipped from fifth to seventh among sources of U.S. imports"),
        "trade.us_exports_to_japan": F(131400000000, period="2025", as_written="U.S. exports to it rose to $131.4 billion", note="'it' is Japan, carried from the sentence before; year carried"),
        "trade.us_imports_from_japan": F(183000000000, period="2025", as_written="U.S. imports from Japan fell to $183.0 billion, from $192.4 billion in 2024"),
        "trade.fdi_source_rank": F(1, as_written="Japan is the biggest source of foreign direct investment in the United States, with a stock of some $783 billion at the end of 2024"),
        "trade.treasury_holder_rank": F(1, as_written="The same holds for U.S. Treasury securities: Japanese investors own about $1.2 trillion, more than investors in the United Kingdom, now in second place, or in China, now third"),
        "trade.us_tariff_on_most_imports_from_japan": F(10, period="2026-02-24", as_written="February 24: A 10% surcharge on most imports, including those from Japan, takes effect under Section 122 of the Trade Act of 1974",
                                                        note="also Table 1 'Most goods | Sec. 122 | 10%'; the 15% IEEPA rate was voided on February 20"),
        "trade.japan_investment_pledge": F(550000000000, by="2029-01-19", as_written="Japan agreed to invest $550 billion in U.S. projects selected by the U.S. government before January 19, 2029"),
        "economy.gdp_growth": GDP(y2025=1.1, y2024=0.1),
        "economy.supplementary_budget": F(117000000000, "about", period="2025-12", as_written="the Diet passed a supplementary budget of ¥18.3 trillion, some $117 billion, in mid-December 2025"),
        "economy.emissions_cut_target": F(46, by="FY2030", baseline="FY2013", as_written="a 46% cut in greenhouse gas emissions by FY2030 compared with FY2013"),
        "diplomacy.quad_leader_meetings": F(6, as_written="The Quad's leaders have convened six times, most recently in Wilmington, Delaware, in September 2024"),
    },
    "elections": {
        "lower_house_2024": E("Lower House", "2024-10", "held", result="LDP and Komeito lost their Lower House majority"),
        "upper_house_2025": E("Upper House", "2025-07", "held", result="coalition lost its Upper House majority; Ishiba announced his resignation"),
        "ldp_president_2025": E("LDP president", "2025-10-04", "held", result="Takaichi wins"),
        "lower_house_2026": E("Lower House", "2026-02-08", "held", result="LDP and Ishin win 352 of 465 seats; LDP alone 316"),
        "okinawa_governor_2026": E("Okinawa governor", "2026-09", "upcoming", note="Tamaki expected to seek a third term"),
        "upper_house_2028": E("Upper House", "2028-07", "upcoming", note="next nationwide vote"),
    },
    "events": {
        "abe_assassination": EV("former Prime Minister Abe Shinzo shot dead while campaigning", "2022-07"),
        "section122_surcharge_expired": EV("the 10% Section 122 surcharge ends (150-day limit) absent congressional action", "2026-07", "upcoming"),
    },
    "notes": "Traps: 'hosts more U.S. forces than any other country' (not a rank); 'who visited Tokyo a week after she took office' and 'She is expected in Washington this spring'; 'six days later, Komeito quits its 26-year coalition with the LDP'; 'October 20: The LDP signs a policy accord'; 'January 23, 2026: Takaichi dissolves the Lower House'; '352 of 465 Lower House seats' (counts; the share is 'better than three in four'); 'the LDP alone took 316 seats' (one party, not the coalition); 'February 20: The Supreme Court holds ...'; 'the United States applied a 15% tariff to most Japanese goods' and Table 1 row 'Most goods, before Feb. 20 | IEEPA | 15%' (voided, not the current tariff); 'the 24% \"reciprocal\" rate announced in April 2025 and the 25% rate Trump threatened that July'; 'lowered to 15% from 27.5%' and Table 1 'Autos and parts | Sec. 232 | 15%' (autos); 'the 50% tariffs on steel and aluminum' and Table 1 steel row; 'limits such a surcharge to 15% and 150 days' (statutory cap, not a rate applied); 'Section 301 investigations that could lead to new country-specific tariffs' (no rate); 'a September 4 memorandum of understanding'; 'profits split evenly until Japan recovers its outlays and 90% going to the United States thereafter'; 'South Korea made a similar pledge of $350 billion' (another country); 'It provides for ¥1.05 trillion over five years' (five-year total) and 'running through March 2027' (expiry); 'Trump has said Japan should pay more'; 'to reach 2% of GDP by FY2027' (original deadline; the goal is by FY2025); 'added about ¥1.1 trillion in defense-related outlays'; 'The Pentagon now urges Asian allies to aim for 3.5% of GDP, the core-defense level NATO members adopted in June 2025 as part of a 5% goal' (other targets); 'Tokyo has committed to no new figure'; 'up to 400 Tomahawk cruise missiles' (a count); Figure 1 (defense and related spending, FY2022-FY2025, % of GDP; axis ticks 0-2.5, no value labels); 'The first group, some 100 logistics specialists, arrived in December 2024' (earlier Guam count); 'the realignment plan agreed in 2012'; 'the September 2026 gubernatorial election' (listed as okinawa_governor_2026 upcoming, not a Diet election); 'the two parties lacked a Lower House majority' (before February); 'a two-thirds Lower House vote can override it'; 'The members elected in February may serve until February 2030' (deadline only, not the next election); 'above 70% in its first weeks, remained near 65% in March polls' (approval); 'from $192.4 billion in 2024' (2024 imports) and 'slipped from fifth' (2024 import rank); 'a stock of some $783 billion at the end of 2024'; 'about $1.2 trillion', 'the United Kingdom, now in second place, or in China, now third'; 'contracting at an annualized 2.3% in July-September' and 'rose at an annualized 0.2% in the final quarter' (quarters); 'the Bank of Japan's 2% target' (inflation, not defense) and 'raised its policy rate to 0.75% in December'; 'a ¥21.3 trillion economic package'; 'A record ¥122.3 trillion FY2026 budget cleared the Lower House this month' (initial budget, not supplementary); 'cuts of 60% by FY2035 and 73% by FY2040' (later targets); 'the summit India was to host in 2025 has not taken place' (not a meeting); 'planning a visit to Beijing in April' (planned); HTML sidebar 'Okinawa and the Guam Relocation' (with Figure 1 floated into it); interleaved columns",
}
