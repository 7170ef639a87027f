from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "OD1-IF10199-2025-10", "fresh34", "IF10199", 47
LAYOUTS = ["pdf", "html"]
PDF_OPTS = ["quotes", "hyph"]
SIDEBAR = "Okinawa and Guam"
CHART = {"unit": "$ billions", "ymax": 60, "ticks": [0, 15, 30, 45, 60],
         "series": ["U.S. imports of Japanese motor vehicles and parts"],
         "bars": {"2020": (44.1,), "2021": (47.8,), "2022": (50.9,), "2023": (55.7,), "2024": (55.4,)}}

MD = """
U.S.-Japan Relations

Updated October 29, 2025

## Overview

Japan has a new leader and a new governing arrangement. Takaichi Sanae, chosen as president of the Liberal Democratic Party (LDP) on October 4, became prime minister on October 21, the first woman to hold the post. She succeeds Ishiba Shigeru, who said in September that he would step down after his party's losses in two national elections. Within a week of taking office, Takaichi welcomed President Donald Trump to Tokyo; at their meeting yesterday the two leaders signed documents on critical minerals and on carrying out the trade deal that Ishiba's government struck in July. A protégé of the late former Prime Minister Abe Shinzo, who was shot dead while campaigning in July 2022, Takaichi has promised continuity in the alliance and a faster military buildup.

## Tariffs and the Investment Pledge

Trade friction dominated bilateral relations for most of 2025. In April, the Administration named Japan as one of the first partners with which it would negotiate over "reciprocal" tariffs. The framework that resulted, announced in July and put into effect by a September 4 executive order, left the rates shown in Table 1.

Table 1. U.S. Tariffs on Japanese Goods in 2025

| Goods and authority | Rate | Status |
| --- | --- | --- |
| Most goods, "reciprocal" | 24% | suspended |
| Most goods, baseline | 10% | Apr. 5-Aug. 6 |
| Most goods, framework | 15% | since Aug. 7 |
| Most goods, July 7 letter | 25% | threatened |
| Autos, parts (Sec. 232) | 15% | since Sept. 16 |
| Steel, aluminum (Sec. 232) | 50% | since June 4 |

Source: CRS, from executive orders and proclamations. The framework rate includes MFN duties; autos paid 27.5% from April 3 to September 15.

Japan's commitments, as set out in a memorandum of understanding signed the same day as the order, include:

- $550 billion to be invested in U.S. projects the President selects, with the funds committed before January 19, 2029;
- a split of project profits 50-50 until Japan recoups its outlay, and 90% to the United States after that;
- the purchase of 100 Boeing aircraft and a 75% increase in U.S. rice bought within Japan's existing quota.

The Supreme Court is scheduled to hear arguments on November 5 in challenges to the President's use of the International Emergency Economic Powers Act (IEEPA) to levy tariffs. A ruling against the Administration would void the framework rate but not the Section 232 duties.

## Alliance Basics

Japan and the United States have been allies by treaty since 1952, when the security pact signed a year earlier took effect; a revised treaty replaced it in 1960. Table 2 sums up the U.S. presence. The current cost-sharing arrangement, known as the Special Measures Agreement and announced in December 2021, runs through March 2027.

Table 2. The U.S. Military Presence in Japan

| Item | Figure |
| --- | --- |
| Active-duty U.S. personnel in Japan | approximately 55,000 |
| U.S. personnel in South Korea | about 28,500 |
| Host-nation support, FY2022-FY2026 | ¥1.055 trillion |
| The same, per year in dollars | roughly $1.9 billion |
| Japan's FY2025 defense budget | ¥8.7 trillion |

Source: U.S. Forces Japan; Japan Ministry of Defense. Dollar figure at 2025 exchange rates.

## Okinawa and Guam

Though it covers a mere 0.6% of Japan's land, Okinawa Prefecture is home to some seven-tenths of the facilities reserved for exclusive U.S. use. The prefecture also hosts more than half of the U.S. personnel in Japan. Governor Tamaki Denny, reelected in September 2022, opposes moving Marine Corps Air Station Futenma to Henoko, where landfill work continues; his term ends next September. Under the realignment plan, about 9,000 Marines are to leave Okinawa, and some 4,000 of them are bound for Guam. Roughly 100 have been there since December 2024, when an advance logistics unit arrived.

## Defense

Strategy documents adopted in December 2022 set a goal of spending 2% of GDP on defense and related items by FY2027, about twice the 1% of GDP that served as an informal ceiling for decades. In her first policy speech on October 24, Takaichi moved the deadline up: Japan is to hit 2% of GDP in FY2025, the current fiscal year. Tokyo is also buying up to 400 Tomahawk cruise missiles, a purchase valued at an estimated $2.35 billion, with deliveries due to begin by March 2026.

## Politics

Takaichi leads a narrower government than any LDP prime minister in decades. Komeito, the LDP's coalition partner since 1999, walked out on October 10 over the LDP's handling of a political funding scandal. The LDP then concluded a policy accord with Nippon Ishin no Kai (the Japan Innovation Party, or Ishin), which supports the government in the Diet but holds no cabinet posts. The LDP and Komeito had already lost their Lower House majority in the October 2024 election, and their Upper House majority in the election held on July 20, 2025. The LDP and Ishin are still short of a majority in both chambers (Table 3), so passing a budget will require votes from other parties. Some commentators expect Takaichi to dissolve the Lower House early to take advantage of her high approval ratings.

Table 3. Diet Seats Held by the LDP and Ishin, October 2025

| | Lower House | Upper House |
| --- | --- | --- |
| Total seats | 465 | 248 |
| Majority | 233 | 125 |
| LDP | 196 | 100 |
| Ishin | 35 | 19 |
| Share held by the two parties | 49.7% | 48.0% |
| Last election | Oct. 2024 | July 2025 |
| Next election (by) | Oct. 2028 | July 2028 |

Source: CRS, from the House of Representatives and House of Councillors; seats as of October 21, 2025. Half of the Upper House seats are contested at each election.

## Trade and Investment

Counting goods and services, Japan was the sixth-largest trading partner of the United States in 2024, having ranked fourth as recently as 2022. Five countries bought more from the United States that year; only four sold more to it. Table 4 gives the flows.

Table 4. U.S. Trade in Goods and Services with Japan ($ billions)

| | 2022 | 2023 | 2024 |
| --- | --- | --- | --- |
| U.S. exports to Japan | 120.1 | 126.4 | 129.1 |
| U.S. imports from Japan | 180.3 | 187.9 | 192.4 |
| U.S. balance | -60.2 | -61.5 | -63.3 |

Source: Bureau of Economic Analysis.

Cars are the largest single item (Figure 1). Every year since 2019, Japanese firms have held more direct investment in the United States than those of any other country; at close to $800 billion, their holdings are about ten times the U.S. stake in Japan. Japan also owns more U.S. Treasury securities than any other foreign country: $1.18 trillion as of August. The United Kingdom, not China, is now second.

**Figure 1. U.S. Imports of Japanese Motor Vehicles and Parts, 2020-2024**

Source: CRS, with U.S. Census Bureau data.

## Economy

Table 5. Japan's Economy, 2023-2024

| Indicator | 2023 | 2024 |
| --- | --- | --- |
| Real GDP growth | 1.5% | 0.1% |
| Consumer price inflation | 3.2% | 2.7% |
| Unemployment rate | 2.6% | 2.5% |
| Yen per dollar, average | 140.5 | 151.5 |

Source: Cabinet Office; Bank of Japan.

Output grew at an annualized 2.2% in the April-June quarter of 2025. Markets reacted to Takaichi's rise by selling the yen, which touched an eight-month low against the dollar in mid-October on expectations of looser fiscal policy. The most recent supplementary budget, ¥13.9 trillion (around $92 billion), was enacted in December 2024; Takaichi has ordered a new stimulus package, expected to be larger, by late November. Under the Paris Agreement, Japan has pledged to cut greenhouse gas emissions 46% below FY2013 levels by FY2030, and 60% by FY2035.

## Regional Diplomacy

The Quad's leaders have met six times, most recently in Wilmington, Delaware, in September 2024; India's turn to host has yet to be scheduled. President Trump travels today to South Korea, where he is to meet China's Xi Jinping tomorrow on the sidelines of the APEC summit.

**Mark E. Manyin**, Coordinator, Specialist in Asian Affairs

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Kyla H. Kitamura**, Analyst in Asian Affairs
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Takaichi", "Sanae", "Takaichi Sanae, chosen as president of the Liberal Democratic Party (LDP) on October 4, became prime minister on October 21", note="family name first"),
        "leaders.us_president": P("Trump", "Donald", "Takaichi welcomed President Donald Trump to Tokyo"),
        "alliance.treaty_ally_since": F(1952, as_written="Japan and the United States have been allies by treaty since 1952", note="entry into force; the signing 'a year earlier' and 1960 are traps"),
        "alliance.us_troops_in_japan": F(55000, "about", as_written="Active-duty U.S. personnel in Japan | approximately 55,000", note="Table 2 only"),
        "alliance.host_nation_support_per_year": F(1900000000, "about", per="year", as_written="The same, per year in dollars | roughly $1.9 billion", note="Table 2 only; subject carried from the row above; the ¥1.055 trillion five-year total is a trap"),
        "alliance.host_nation_support_agreement": D("2021-12", as_written="The current cost-sharing arrangement, known as the Special Measures Agreement and announced in December 2021"),
        "alliance.okinawa_share_of_usfj_facilities": F(70, "about", as_written="Okinawa Prefecture is home to some seven-tenths of the facilities reserved for exclusive U.S. use", note="sidebar; exclusive-use basis; fraction"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="The prefecture also hosts more than half of the U.S. personnel in Japan", note="sidebar; subject carried"),
        "alliance.okinawa_share_of_land_area": F(0.6, as_written="Though it covers a mere 0.6% of Japan's land", note="sidebar; 'a mere' is no hedge"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="some 4,000 of them are bound for Guam", note="sidebar"),
        "alliance.marines_in_guam": F(100, "about", period="2024-12", as_written="Roughly 100 have been there since December 2024", note="sidebar; subject and place carried"),
        "defense.spending_goal_pct_gdp": F(2, by="FY2025", as_written="Japan is to hit 2% of GDP in FY2025, the current fiscal year", note="the current deadline, moved up from FY2027 (the strategy documents' original date)"),
        "defense.traditional_limit_pct_gdp": F(1, as_written="the 1% of GDP that served as an informal ceiling for decades", note="'about twice' hedges the ratio, not the ceiling"),
        "defense.tomahawk_purchase": F(2350000000, "about", as_written="a purchase valued at an estimated $2.35 billion"),
        "politics.ruling_coalition": F(["LDP", "Ishin"], as_written="The LDP then concluded a policy accord with Nippon Ishin no Kai (the Japan Innovation Party, or Ishin), which supports the government in the Diet but holds no cabinet posts", note="Komeito is the former partner"),
        "politics.lower_house_coalition_share": F(49.7, as_written="Share held by the two parties | 49.7%", note="Table 3 only"),
        "politics.upper_house_coalition_share": F(48.0, as_written="Share held by the two parties | ... | 48.0%", note="Table 3 only"),
        "politics.next_diet_election_due": F(2028, as_written="Next election (by) | Oct. 2028 | July 2028", note="Table 3; snap-election speculation is a trap"),
        "politics.lower_house_election_due": D("2028-10", as_written="Next election (by) | Oct. 2028", note="Table 3 only"),
        "trade.overall_partner_rank": F(6, period="2024", as_written="Counting goods and services, Japan was the sixth-largest trading partner of the United States in 2024"),
        "trade.export_partner_rank": F(6, period="2024", as_written="Five countries bought more from the United States that year", note="by exclusion"),
        "trade.import_partner_rank": F(5, period="2024", as_written="only four sold more to it", note="by exclusion"),
        "trade.us_exports_to_japan": F(129100000000, period="2024", as_written="U.S. exports to Japan | 120.1 | 126.4 | 129.1", note="Table 4 only, 2024 column, $ billions in the caption"),
        "trade.us_imports_from_japan": F(192400000000, period="2024", as_written="U.S. imports from Japan | 180.3 | 187.9 | 192.4", note="Table 4 only, 2024 column"),
        "trade.fdi_source_rank": F(1, as_written="Every year since 2019, Japanese firms have held more direct investment in the United States than those of any other country"),
        "trade.treasury_holder_rank": F(1, period="2025-08", as_written="Japan also owns more U.S. Treasury securities than any other foreign country: $1.18 trillion as of August"),
        "trade.us_tariff_on_most_imports_from_japan": F(15, period="2025-08-07", as_written="Most goods, framework | 15% | since Aug. 7", note="Table 1 only (the framework is IEEPA-based per the prose); the source line adds that it includes MFN duties"),
        "trade.japan_investment_pledge": F(550000000000, by="2029-01-19", as_written="$550 billion to be invested in U.S. projects the President selects, with the funds committed before January 19, 2029", note="bullet; subject Japan from the lead-in"),
        "economy.gdp_growth": GDP(y2024=0.1, y2023=1.5),
        "economy.supplementary_budget": F(92000000000, "about", period="2024-12", as_written="The most recent supplementary budget, ¥13.9 trillion (around $92 billion), was enacted in December 2024"),
        "economy.yen": F("eight-month low against the dollar", period="2025-10", as_written="the yen, which touched an eight-month low against the dollar in mid-October"),
        "economy.emissions_cut_target": F(46, by="FY2030", baseline="FY2013", as_written="cut greenhouse gas emissions 46% below FY2013 levels by FY2030"),
        "diplomacy.quad_leader_meetings": F(6, as_written="The Quad's leaders have met six times"),
    },
    "elections": {
        "ldp_president_2025": E("LDP president", "2025-10-04", "held", result="Takaichi Sanae chosen"),
        "lower_house_2024": E("Lower House", "2024-10", "held", result="LDP and Komeito lost their majority"),
        "upper_house_2025": E("Upper House", "2025-07-20", "held", result="LDP and Komeito lost their majority"),
        "upper_house_2028": E("Upper House", "2028-07", "upcoming", note="Table 3; its source line: half the seats contested"),
        "okinawa_governor_2022": E("Okinawa governor", "2022-09", "held", result="Tamaki Denny reelected"),
        "okinawa_governor_2026": E("Okinawa governor", "2026-09", "upcoming", note="'his term ends next September'"),
    },
    "events": {
        "abe_assassination": EV("Former Prime Minister Abe Shinzo shot dead while campaigning", "2022-07", "held"),
        "tariff_talks_announced": EV("Administration names Japan among the first partners for reciprocal-tariff negotiations", "2025-04", "held"),
    },
    "notes": "Traps: 'chosen as president of the Liberal Democratic Party (LDP) on October 4' and 'became prime minister on October 21' (dates, not facts); 'She succeeds Ishiba Shigeru' (former prime minister) and 'the late former Prime Minister Abe Shinzo'; 'at their meeting yesterday the two leaders signed documents on critical minerals'; 'the trade deal that Ishiba's government struck in July'; 'put into effect by a September 4 executive order'; Table 1's other rows: '24%' (announced, suspended), '10%' (past baseline), '25%' (threatened only), autos '15%' (Section 232, not most goods) and the source line's 'autos paid 27.5% from April 3 to September 15', steel and aluminum '50%'; bullets 'a split of project profits 50-50 ... and 90% to the United States after that' and '100 Boeing aircraft and a 75% increase in U.S. rice'; 'scheduled to hear arguments on November 5' (pending case; no ruling); 'the security pact signed a year earlier' (1951) and 'a revised treaty replaced it in 1960'; 'runs through March 2027' (the SMA's end, not its date); Table 2's 'about 28,500' (South Korea), '¥1.055 trillion' (five-year total) and '¥8.7 trillion' (budget); sidebar 'reelected in September 2022', 'his term ends next September', 'about 9,000 Marines are to leave Okinawa' (total leaving, not Guam); 'Strategy documents adopted in December 2022' and 'by FY2027' (the original deadline); 'about twice'; 'In her first policy speech on October 24'; 'up to 400 Tomahawk cruise missiles' (count) and 'deliveries due to begin by March 2026'; 'Komeito, the LDP's coalition partner since 1999, walked out on October 10' (former partner); Table 3's seat counts, 'Majority | 233 | 125', and 'seats as of October 21, 2025'; 'Some commentators expect Takaichi to dissolve the Lower House early' (speculation); 'having ranked fourth as recently as 2022'; Table 4's 2022 and 2023 columns and balance row; 'Every year since 2019' (a span, not a rank); 'at close to $800 billion, their holdings are about ten times the U.S. stake in Japan' (FDI stock, not an IF10199 fact); 'The United Kingdom, not China, is now second'; Figure 1 (motor vehicle imports 2020-2024, $ billions; axis ticks 0-60, year labels, legend; no values); Table 5's inflation, unemployment and 'Yen per dollar, average' rows; 'Output grew at an annualized 2.2% in the April-June quarter of 2025' (a quarter); 'Takaichi has ordered a new stimulus package, expected to be larger' (planned); 'and 60% by FY2035' (later target); 'most recently in Wilmington, Delaware, in September 2024' and 'India's turn to host'; 'he is to meet China's Xi Jinping tomorrow' (another country's leader); html sidebar 'Okinawa and Guam' (aside); PDF curly quotes and hyphenated line ends.",
}
