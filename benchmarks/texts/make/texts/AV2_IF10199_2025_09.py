from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "AV2-IF10199-2025-09", "fresh19", "IF10199", 47
LAYOUTS = ["html", "pdf"]
PDF_OPTS = ["lig", "quotes"]
SIDEBAR = "Okinawa by the Numbers"
CHART = {"unit": "percent", "ymax": 30, "ticks": [0, 10, 20, 30],
         "series": ["Additional U.S. tariff on most Japanese goods"],
         "bars": {"Jan.": (0,), "Apr. 5": (10,), "Apr. 9": (24,), "Apr. 10": (10,), "Aug. 7": (15,), "Sept.": (15,)}}

MD = """
U.S.-Japan Relations

Updated September 24, 2025

## Overview

On September 7, Prime Minister Shigeru Ishiba announced that he would step down. He remains in office until the Liberal Democratic Party (LDP) picks a new president on October 4 and the Diet names a successor. His chief legacy, for Washington, is the trade and investment agreement he and President Donald Trump announced on July 22. Key points for Congress:

- Tariffs: a single 15% rate has applied to most Japanese goods since August 7, and the rate on cars and parts fell from 27.5% to 15% on September 16.
- Investment: Japan is to provide $550 billion for U.S. projects chosen by the President.
- Alliance: the current cost-sharing agreement expires in March 2027, and talks on the next one are expected to start in 2026.

## Tariffs and the July Agreement

Trump and Ishiba agreed in a telephone call on April 7 to open tariff negotiations, five days after the President announced a 24% "reciprocal" tariff on Japanese goods (Figure 1). It was suspended on April 9, and a 10% baseline was collected instead. In a July 7 letter Trump threatened 25% from August 1.

**Figure 1. Additional U.S. Tariff on Most Japanese Goods, 2025**

Source: CRS, from presidential proclamations and executive orders. Rates above MFN duties.

Table 1. U.S. Tariff Rates on Japanese Goods, 2025

| Measure | Rate | Status |
| --- | --- | --- |
| IEEPA baseline | 10% | Apr. 5-Aug. 6 |
| IEEPA "reciprocal" | 24% | suspended |
| July 7 letter | 25% | not applied |
| IEEPA, July 22 deal | 15% | since Aug. 7 |
| Autos (232 + MFN) | 27.5% | to Sept. 15 |
| Autos and parts | 15% | since Sept. 16 |
| Steel, aluminum (232) | 50% | since June 4 |

The 15% is all-inclusive: goods whose most-favored-nation (MFN) duty is 15% or higher owe no further tariff. An executive order signed September 4 put the deal into effect. A Supreme Court ruling against tariffs imposed under the International Emergency Economic Powers Act (IEEPA), argued November 5, could void the 15% rate.

Under a memorandum of understanding also signed on September 4, Japan's $550 billion is to be committed by January 19, 2029.

## Trade and Investment

Japan slotted in at sixth among U.S. trading partners in 2024, down from fourth as recently as 2019. Of all the countries buying U.S. goods and services that year, Japan bought the sixth-most; of all those selling to the United States, it sold the fifth-most.

Table 2. U.S. Trade with Japan, 2022-2024 ($ billions)

| Year | Exports | Imports | Balance |
| --- | --- | --- | --- |
| 2022 | 120.1 | 180.3 | -60.2 |
| 2023 | 121.1 | 183.8 | -62.7 |
| 2024 | 129.1 | 192.4 | -63.3 |

No other country's companies have as much invested in the United States: the stock of Japanese direct investment reached $754 billion at the end of 2024. Japan is likewise the U.S. Treasury's largest foreign creditor, with about $1.15 trillion in Treasury securities in July; the United Kingdom is second and China third.

## Politics in Flux

The LDP and its partner Komeito lost their lower-house majority in the snap election of October 27, 2024, and their upper-house majority on July 20, 2025. In the House of Representatives the two parties have been a minority since that October vote; in the House of Councillors, where they had held about 57% of the seats, they became one in July. Their 122 upper-house seats are three short of control.

Five candidates are running to succeed Ishiba: Shinjiro Koizumi, Sanae Takaichi, Yoshimasa Hayashi, Toshimitsu Motegi, and Takayuki Kobayashi. Absent a dissolution, which a new leader may be tempted to call, voters have three summers to wait: the next House of Councillors election falls in July 2028, and the House of Representatives' mandate lapses that October.

## Alliance and Defense

The alliance dates from 1952, when the security treaty signed at San Francisco the year before took effect. Japan hosts approximately 60,000 U.S. troops. Under the Special Measures Agreement that the governments struck in December 2021, Tokyo pays about ¥211 billion per year toward their cost, roughly $1.4 billion at current rates.

In December 2022 Japan set a goal of spending 2% of GDP on defense and related items by FY2027, twice the approximately 1% that long served as a de facto cap. U.S. officials have since urged Tokyo to aim for 3.5%, the core-defense figure NATO allies adopted in June alongside a 5% overall goal. Japan's purchase of up to 400 Tomahawk cruise missiles, an estimated $2.35 billion deal, is on track, with first deliveries this fiscal year.

## Okinawa by the Numbers

Okinawa's burden is out of all proportion to its size (Table 3).

Table 3. Okinawa and the Rest of Japan

| Measure | Okinawa | Rest of Japan |
| --- | --- | --- |
| Land area | 0.6% | 99.4% |
| Exclusive-use U.S. land | about 70% | about 30% |
| U.S. military personnel | about half | about half |

Of the roughly 9,000 Marines due to leave the island, about 4,000 are bound for Guam. The first contingent, roughly a hundred logistics specialists, has been on Guam since December 2024. Governor Denny Tamaki, whose second term ends in September 2026, opposes the Henoko runway.

## Economy

Japan's economy grew 0.1% in 2024, after 1.5% in 2023, and second-quarter 2025 output rose at an annualized 2.2%. The latest supplementary budget, ¥13.9 trillion (approximately $90 billion), passed the Diet in December 2024; Ishiba's successor is expected to propose another. In July 2024 the yen fell to about ¥161 to the dollar, its weakest in 38 years; it now trades near ¥148. Japan's climate pledge remains a 46% cut in greenhouse gas emissions from FY2013 levels by FY2030, and in February it added a 60% cut by FY2035.

## Regional Diplomacy

Six Quad leaders' summits have been held, most recently in Wilmington in September 2024; India's turn to host has not been scheduled. South Korean President Lee Jae-myung visited Tokyo on August 23.

**Mark E. Manyin**, Coordinator, Specialist in Asian Affairs

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Kyla H. Kitamura**, Analyst in International Trade and Finance

**Daniel J. Longo**, Analyst in Asian Affairs
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Ishiba", "Shigeru", "Prime Minister Shigeru Ishiba", note="has announced he will step down; remains in office"),
        "leaders.us_president": P("Trump", "Donald", "President Donald Trump"),
        "alliance.treaty_ally_since": F(1952, as_written="The alliance dates from 1952, when the security treaty signed at San Francisco the year before took effect"),
        "alliance.us_troops_in_japan": F(60000, "about", as_written="Japan hosts approximately 60,000 U.S. troops"),
        "alliance.host_nation_support_per_year": F(1400000000, "about", per="year", as_written="Tokyo pays about ¥211 billion per year toward their cost, roughly $1.4 billion at current rates"),
        "alliance.host_nation_support_agreement": D("2021-12", as_written="Under the Special Measures Agreement that the governments struck in December 2021"),
        "alliance.okinawa_share_of_usfj_facilities": F(70, "about", as_written="Exclusive-use U.S. land | about 70% | about 30%", note="Table 3 (HTML sidebar), exclusive-use basis; the Rest of Japan column a trap"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "about", as_written="U.S. military personnel | about half | about half", note="Table 3 (HTML sidebar)"),
        "alliance.okinawa_share_of_land_area": F(0.6, as_written="Land area | 0.6% | 99.4%", note="Table 3 (HTML sidebar)"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="Of the roughly 9,000 Marines due to leave the island, about 4,000 are bound for Guam", note="sidebar"),
        "alliance.marines_in_guam": F(100, "about", as_written="The first contingent, roughly a hundred logistics specialists, has been on Guam since December 2024", note="sidebar; number in words"),
        "defense.spending_goal_pct_gdp": F(2, by="FY2027", as_written="a goal of spending 2% of GDP on defense and related items by FY2027"),
        "defense.traditional_limit_pct_gdp": F(1, "about", as_written="twice the approximately 1% that long served as a de facto cap"),
        "defense.tomahawk_purchase": F(2350000000, "about", as_written="Japan's purchase of up to 400 Tomahawk cruise missiles, an estimated $2.35 billion deal"),
        "politics.ruling_coalition": F(["LDP", "Komeito"]),
        "politics.lower_house_coalition_share": F(50, "under", as_written="In the House of Representatives the two parties have been a minority since that October vote", note="'a minority' = under 50"),
        "politics.upper_house_coalition_share": F(50, "under", previous=57, as_written="in the House of Councillors, where they had held about 57% of the seats, they became one in July", note="'became one' carries 'a minority'; 57% is the previous share"),
        "politics.next_diet_election_due": F(2028, as_written="the next House of Councillors election falls in July 2028"),
        "politics.lower_house_election_due": D("2028-10", as_written="and the House of Representatives' mandate lapses that October", note="year carried; 37 months away, so no lower_house_2028 election"),
        "trade.overall_partner_rank": F(6, period="2024", as_written="Japan slotted in at sixth among U.S. trading partners in 2024"),
        "trade.export_partner_rank": F(6, period="2024", as_written="Of all the countries buying U.S. goods and services that year, Japan bought the sixth-most"),
        "trade.import_partner_rank": F(5, period="2024", as_written="of all those selling to the United States, it sold the fifth-most"),
        "trade.us_exports_to_japan": F(129100000000, period="2024", as_written="2024 | 129.1 | 192.4 | -63.3", note="Table 2, years as rows, $ billions"),
        "trade.us_imports_from_japan": F(192400000000, period="2024", as_written="2024 | 129.1 | 192.4 | -63.3", note="Table 2, years as rows, $ billions"),
        "trade.fdi_source_rank": F(1, period="2024", as_written="No other country's companies have as much invested in the United States: the stock of Japanese direct investment reached $754 billion at the end of 2024"),
        "trade.treasury_holder_rank": F(1, period="2025-07", as_written="Japan is likewise the U.S. Treasury's largest foreign creditor, with about $1.15 trillion in Treasury securities in July"),
        "trade.us_tariff_on_most_imports_from_japan": F(15, period="2025-08-07", as_written="a single 15% rate has applied to most Japanese goods since August 7"),
        "trade.japan_investment_pledge": F(550000000000, by="2029-01-19", as_written="Japan's $550 billion is to be committed by January 19, 2029"),
        "economy.gdp_growth": GDP(y2024=0.1, y2023=1.5),
        "economy.supplementary_budget": F(90000000000, "about", period="2024-12", as_written="The latest supplementary budget, ¥13.9 trillion (approximately $90 billion), passed the Diet in December 2024"),
        "economy.yen": F("38-year low against the dollar", period="2024-07", as_written="In July 2024 the yen fell to about ¥161 to the dollar, its weakest in 38 years"),
        "economy.emissions_cut_target": F(46, by="2030", baseline="2013", as_written="a 46% cut in greenhouse gas emissions from FY2013 levels by FY2030"),
        "diplomacy.quad_leader_meetings": F(6, as_written="Six Quad leaders' summits have been held, most recently in Wilmington in September 2024"),
    },
    "elections": {
        "lower_house_2024": E("Lower House", "2024-10-27", "held", result="coalition lost its majority"),
        "upper_house_2025": E("Upper House", "2025-07-20", "held", result="coalition won 47 of 125 seats at stake; 122 seats, a minority, down from about 57%"),
        "ldp_president_2025": E("LDP president", "2025-10-04", "upcoming", note="five candidates to succeed Ishiba"),
        "upper_house_2028": E("Upper House", "2028-07", "upcoming"),
    },
    "events": {
        "tariff_talks_announced": EV("Trump and Ishiba agree in an April 7 telephone call to open tariff negotiations", "2025-04-07", "held"),
    },
    "notes": "Traps: 'On September 7, Prime Minister Shigeru Ishiba announced that he would step down' (still PM); candidates 'Shinjiro Koizumi, Sanae Takaichi, Yoshimasa Hayashi, Toshimitsu Motegi, and Takayuki Kobayashi' (not PM); 'fell from 27.5% to 15% on September 16' (autos, not most goods); 'the current cost-sharing agreement expires in March 2027' and 'talks on the next one are expected to start in 2026' (not the agreement's date); 'a 24% \"reciprocal\" tariff' (announced, suspended), 'a 10% baseline was collected instead' (past), 'Trump threatened 25% from August 1' (threatened); Table 1 (rows 'IEEPA baseline | 10%', 'IEEPA \"reciprocal\" | 24%', 'July 7 letter | 25%', 'Autos (232 + MFN) | 27.5%', 'Autos and parts | 15%', 'Steel, aluminum (232) | 50%' are traps; only 'IEEPA, July 22 deal | 15% | since Aug. 7' is the rate on most imports); 'goods whose most-favored-nation (MFN) duty is 15% or higher'; 'could void the 15% rate' and 'argued November 5' (conditional; no ruling); 'down from fourth as recently as 2019' (past rank); Table 2 rows 2022 and 2023 (earlier years) and the Balance column; '$754 billion' (no fact); 'the United Kingdom is second and China third' (other countries' ranks); 'Their 122 upper-house seats are three short of control' (a count, not a share); 'where they had held about 57% of the seats' (previous share); 'Absent a dissolution, which a new leader may be tempted to call' (speculation) and 'voters have three summers to wait'; 'signed at San Francisco the year before' (1951 not written; 1952 is the year); 'about ¥211 billion per year' (yen; the payment is the dollar figure); 'urged Tokyo to aim for 3.5%' and 'a 5% overall goal' (NATO, not Japan's goal); 'up to 400 Tomahawk cruise missiles' (count); Table 3 'Rest of Japan' column (99.4%, about 30%, about half); 'roughly 9,000 Marines due to leave' (total leaving); 'whose second term ends in September 2026' (a governor's term end alone, not an election); 'an annualized 2.2%' (a quarter); '¥13.9 trillion' (yen) and 'Ishiba's successor is expected to propose another' (planned); '¥161' and 'near ¥148' (levels); 'a 60% cut by FY2035' (a later goal); 'India's turn to host has not been scheduled'; 'South Korean President Lee Jae-myung visited Tokyo on August 23' (another country's leader); 'An executive order signed September 4 put the deal into effect' and 'also signed on September 4' (not the framework's announcement); Figure 1 (tariff by date in percent, ticks 0-30, no values); HTML sidebar 'Okinawa by the Numbers' holding Table 3 and Figure 1 (the generator floats the figure into the sidebar); PDF ligatures and curly quotes",
}
