from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "II2-IF10199-2025-11", "fresh10", "IF10199", 48
LAYOUTS = ["pdf", "interleaved", "md"]
PDF_OPTS = ["lig", "hyph"]
CHART = {"unit": "$ trillions", "ymax": 1.4, "ticks": [0, 0.4, 0.8, 1.2],
         "series": ["Japan", "United Kingdom", "China"],
         "bars": {"2021": (1.30, 0.64, 1.04), "2022": (1.08, 0.65, 0.87), "2023": (1.14, 0.75, 0.82),
                  "2024": (1.06, 0.77, 0.76), "2025": (1.19, 0.86, 0.70)}}

MD = """
U.S.-Japan Relations

Updated November 25, 2025

Japan, a U.S. ally since the bilateral security treaty took effect in 1952, has a new leader and a new governing partnership. Takaichi Sanae became prime minister on October 21, 2025, the first woman to hold the office, and hosted President Donald Trump in Tokyo a week later. Her predecessor, Ishiba Shigeru, announced in September that he would resign after the Liberal Democratic Party (LDP) lost ground in two national elections in less than a year. Trade and tariffs, which dominated the relationship for most of 2025, are taken up first below.

## Tariffs and the July 2025 Agreement

Most imports from Japan are now subject to a U.S. tariff of 15%, a rate that includes the most-favored-nation (MFN) duty and has been collected since August 7, 2025. It replaced a 10% "baseline" charge levied from April 5; a 24% "reciprocal" rate announced for Japan on April 2 was suspended before it could take effect and then dropped under the agreement the two governments reached in July. Negotiations had been opened after a telephone call between Ishiba and Trump on April 7, 2025. Cars and auto parts, which had faced 27.5% under Section 232 since April, have been charged 15% since September 16.

In exchange, Japan pledged that $550 billion would be invested in U.S. projects chosen by the U.S. government before January 19, 2029, with profits shared equally until the funds are recovered and 90% going to the United States thereafter. The legality of the tariffs collected under the International Emergency Economic Powers Act (IEEPA) was argued before the Supreme Court on November 5; a ruling is pending.

## Trade and Investment Ties

In 2024 Japan was the sixth-largest U.S. trading partner (Table 1). It was also the No. 6 destination for U.S. exports. As a supplier it stood one rung higher, fifth, ahead of every other Asian economy except China. As recently as 2021, Japan had ranked fourth overall.

Table 1. Japan in U.S. Trade, 2024 and 2021 ($ billions; ranks among all U.S. partners)

| Measure | 2024 | 2021 |
| --- | --- | --- |
| U.S. exports to Japan | 129.1 | 112.2 |
| U.S. imports from Japan | 192.4 | 167.8 |
| Overall partner rank | 6th | 4th |
| Export market rank | 6th | 5th |
| Import source rank | 5th | 5th |

The U.S. goods deficit with Japan, about $69 billion in 2024, was the seventh-largest with any country. Investment is where the ties run deepest. Japan sits at the head of the list of foreign direct investors in the United States, with a stock of some $783 billion at the end of 2024, a position it took from the United Kingdom in 2019. It is also the biggest foreign owner of U.S. Treasury securities (Figure 1); the United Kingdom is now second and China, which held the top spot until 2019, is third.

**Figure 1. Largest Foreign Holders of U.S. Treasury Securities, 2021-2025**

Source: U.S. Department of the Treasury, Treasury International Capital data. End of year; 2025 as of September.

## Politics: A Minority Government

Takaichi won the LDP presidency in a runoff on October 4, 2025. Six days later, Komeito, the LDP's partner since 1999, left the coalition. The LDP then reached a governing agreement on October 20 with the Japan Innovation Party (Ishin), which supports the government in the Diet but holds no cabinet posts. The LDP and Ishin together hold fewer than half of the 465 seats in the House of Representatives, where the LDP and Komeito had commanded about 60% before the October 2024 general election. The House of Councillors offers no relief. The chamber gives the two partners roughly 120 of its 248 seats, short of a majority, after the July 20, 2025, election cost the previous coalition its majority there.

Takaichi's cabinet has drawn approval ratings above 65% in most polls, and some in the LDP have urged an early dissolution. No national election is required before 2028: half of the upper chamber is next elected in July 2028, and the Lower House's term runs to October 2028.

## Defense Spending

Tokyo's defense buildup has been accelerated. In her first policy speech, Takaichi said Japan would reach defense and related spending of 2% of GDP in FY2025, two years ahead of the FY2027 deadline set in the December 2022 strategy documents. Until 2022, outlays had been held to about 1% of GDP. The Trump Administration has pressed for more: NATO allies agreed in June to a target of 5% by 2035, of which 3.5% is to be core defense spending, and U.S. officials have suggested Japan adopt 3.5%. Japan is buying up to 400 Tomahawk cruise missiles in a sale valued at roughly $2.35 billion.

## U.S. Forces, Cost-Sharing, and Okinawa

U.S. forces in Japan are the largest U.S. military contingent stationed in any foreign country. They number about 55,000 on active duty, compared with some 28,500 in South Korea. Japan's payments toward their upkeep are governed by an agreement reached in December 2021 that runs through March 2027. It provides about ¥211 billion a year, roughly $1.4 billion, up from about ¥189 billion a year under the previous five-year accord.

Okinawa covers 0.6% of Japan's land area. The prefecture nonetheless hosts about 70% of the facilities and areas reserved for the exclusive use of U.S. forces and about half of all U.S. military personnel in Japan. Of the roughly 9,000 Marines to be moved off the island, about 4,000 are to be relocated to Guam; an advance group of about 100 has been on Guam since December 2024.

## The Economy

Japan's real GDP grew 0.1% in 2024, after 1.5% in 2023, and shrank at an annualized rate of 1.8% in the July-September quarter of 2025. The latest supplementary budget to clear the Diet, ¥13.9 trillion (roughly $91 billion), was enacted in December 2024; on November 21, the cabinet approved a ¥21.3 trillion stimulus package, to be financed in part by a supplementary budget of ¥17.7 trillion that has yet to be submitted. The yen weakened past ¥157 per dollar in mid-November, a ten-month low against the dollar, though still short of the 38-year low it reached in July 2024. Japan's emissions pledge remains a 46% cut from 2013 levels by 2030; a further goal of 60% by FY2035 was adopted in February 2025.

## China, the Quad, and the Region

Remarks by Takaichi to the Diet on November 7, suggesting that a Chinese attack on Taiwan could constitute a threat to Japan's survival, set off a dispute with Beijing, which has urged its citizens to avoid travel to Japan and suspended imports of Japanese seafood. The leaders of the Quad have met six times, most recently in Wilmington, Delaware, in September 2024; the summit India was to host in 2025 has not taken place. Takaichi met South Korean President Lee Jae-myung on October 30 and Chinese leader Xi Jinping the next day.

**Mark E. Manyin**, Specialist in Asian Affairs

**Kyla H. Kitamura**, Analyst in Asian Affairs

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Takaichi", "Sanae", "Takaichi Sanae became prime minister on October 21, 2025"),
        "leaders.us_president": P("Trump", "Donald", "President Donald Trump"),
        "alliance.treaty_ally_since": F(1952, as_written="a U.S. ally since the bilateral security treaty took effect in 1952"),
        "alliance.us_troops_in_japan": F(55000, "about", as_written="They number about 55,000 on active duty",
                                         note="subject 'They' carried from 'U.S. forces in Japan' in the sentence before"),
        "alliance.host_nation_support_per_year": F(1400000000, "about", per="year",
                                                   as_written="It provides about ¥211 billion a year, roughly $1.4 billion",
                                                   note="subject 'It' is the December 2021 agreement"),
        "alliance.host_nation_support_agreement": D("2021-12", as_written="an agreement reached in December 2021 that runs through March 2027"),
        "alliance.okinawa_share_of_usfj_facilities": F(70, "about", as_written="The prefecture nonetheless hosts about 70% of the facilities and areas reserved for the exclusive use of U.S. forces",
                                                       note="exclusive-use basis"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "about", as_written="and about half of all U.S. military personnel in Japan"),
        "alliance.okinawa_share_of_land_area": F(0.6, as_written="Okinawa covers 0.6% of Japan's land area"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="about 4,000 are to be relocated to Guam"),
        "alliance.marines_in_guam": F(100, "about", period="2024-12", as_written="an advance group of about 100 has been on Guam since December 2024"),
        "defense.spending_goal_pct_gdp": F(2, by="FY2025", as_written="Japan would reach defense and related spending of 2% of GDP in FY2025, two years ahead of the FY2027 deadline",
                                           note="deadline moved forward from FY2027"),
        "defense.traditional_limit_pct_gdp": F(1, "about", as_written="Until 2022, outlays had been held to about 1% of GDP"),
        "defense.tomahawk_purchase": F(2350000000, "about", as_written="a sale valued at roughly $2.35 billion"),
        "politics.ruling_coalition": F(["LDP", "Ishin"], as_written="The LDP then reached a governing agreement on October 20 with the Japan Innovation Party (Ishin)",
                                       note="Ishin supports the government but holds no cabinet posts; Komeito left"),
        "politics.lower_house_coalition_share": F(50, "under", previous=60,
                                                  as_written="The LDP and Ishin together hold fewer than half of the 465 seats in the House of Representatives",
                                                  note="'about 60%' was the LDP-Komeito share before October 2024"),
        "politics.upper_house_coalition_share": F(50, "under", as_written="The chamber gives the two partners roughly 120 of its 248 seats, short of a majority",
                                                  note="subject 'The chamber' carried from 'The House of Councillors' in the sentence before; no percent written"),
        "politics.next_diet_election_due": F(2028, as_written="No national election is required before 2028: half of the upper chamber is next elected in July 2028"),
        "politics.lower_house_election_due": D("2028-10", as_written="the Lower House's term runs to October 2028"),
        "trade.overall_partner_rank": F(6, period="2024", as_written="In 2024 Japan was the sixth-largest U.S. trading partner"),
        "trade.export_partner_rank": F(6, period="2024", as_written="It was also the No. 6 destination for U.S. exports", note="subject carried"),
        "trade.import_partner_rank": F(5, period="2024", as_written="As a supplier it stood one rung higher, fifth"),
        "trade.us_exports_to_japan": F(129100000000, period="2024", as_written="Table 1: U.S. exports to Japan | 129.1 (2024 column, $ billions)"),
        "trade.us_imports_from_japan": F(192400000000, period="2024", as_written="Table 1: U.S. imports from Japan | 192.4 (2024 column, $ billions)"),
        "trade.fdi_source_rank": F(1, as_written="Japan sits at the head of the list of foreign direct investors in the United States"),
        "trade.treasury_holder_rank": F(1, as_written="It is also the biggest foreign owner of U.S. Treasury securities", note="subject carried"),
        "trade.us_tariff_on_most_imports_from_japan": F(15, period="2025-08-07",
                                                        as_written="Most imports from Japan are now subject to a U.S. tariff of 15% ... collected since August 7, 2025"),
        "trade.japan_investment_pledge": F(550000000000, by="2029-01-19",
                                           as_written="Japan pledged that $550 billion would be invested in U.S. projects chosen by the U.S. government before January 19, 2029"),
        "economy.gdp_growth": GDP(y2024=0.1, y2023=1.5),
        "economy.supplementary_budget": F(91000000000, "about", period="2024-12",
                                          as_written="The latest supplementary budget to clear the Diet, ¥13.9 trillion (roughly $91 billion), was enacted in December 2024"),
        "economy.yen": F("ten-month low against the dollar", period="2025-11",
                         as_written="The yen weakened past ¥157 per dollar in mid-November, a ten-month low against the dollar"),
        "economy.emissions_cut_target": F(46, by="2030", baseline="2013", as_written="Japan's emissions pledge remains a 46% cut from 2013 levels by 2030"),
        "diplomacy.quad_leader_meetings": F(6, as_written="The leaders of the Quad have met six times"),
    },
    "elections": {
        "ldp_president_2025": E("LDP president", "2025-10-04", "held", result="Takaichi won in a runoff"),
        "lower_house_2024": E("Lower House", "2024-10", "held"),
        "upper_house_2025": E("Upper House", "2025-07-20", "held", result="LDP-Komeito coalition lost its majority"),
        "upper_house_2028": E("Upper House", "2028-07", "upcoming", note="half of the upper chamber is next elected in July 2028"),
    },
    "events": {
        "tariff_talks_announced": EV("Negotiations opened after an Ishiba-Trump telephone call", "2025-04-07", "held"),
    },
    "notes": "Traps: 'on October 21, 2025' and 'a week later' (dates, no slug); 'Her predecessor, Ishiba Shigeru' (former prime minister); "
             "'lost ground in two national elections in less than a year' (undated); "
             "'It replaced a 10% \"baseline\" charge levied from April 5' and 'a 24% \"reciprocal\" rate announced for Japan on April 2 was suspended' (superseded rates beside the current 15%); "
             "'which had faced 27.5% under Section 232 since April, have been charged 15% since September 16' (autos, not most imports); "
             "'90% going to the United States thereafter' (profit split, not a tariff); "
             "'argued before the Supreme Court on November 5; a ruling is pending' (no ruling); "
             "'As recently as 2021, Japan had ranked fourth overall' and Table 1's 2021 column ('112.2', '167.8', '4th', '5th', '5th') (dated values beside the 2024 ones); "
             "'ahead of every other Asian economy except China' (not a rank); "
             "'about $69 billion in 2024, was the seventh-largest' (goods deficit, not a trade rank); "
             "'a stock of some $783 billion' and 'a position it took from the United Kingdom in 2019'; "
             "'the United Kingdom is now second and China, which held the top spot until 2019, is third' (other countries' ranks); "
             "Figure 1 (Treasury holdings of Japan, the UK and China, 2021-2025, $ trillions; ticks 0-1.2, no value labels); "
             "'Komeito, the LDP's partner since 1999, left the coalition' (former partner); "
             "'where the LDP and Komeito had commanded about 60% before the October 2024 general election' (previous Lower House share); "
             "'roughly 120 of its 248 seats' (a count, no percent); "
             "'approval ratings above 65%' and 'some in the LDP have urged an early dissolution' (speculation, no election listed); "
             "'the Lower House's term runs to October 2028' (deadline three years away: not an upcoming election); "
             "'two years ahead of the FY2027 deadline set in the December 2022 strategy documents' (superseded deadline); "
             "'NATO allies agreed in June to a target of 5% by 2035, of which 3.5%' and 'suggested Japan adopt 3.5%' (other targets); "
             "'up to 400 Tomahawk cruise missiles' (a count); "
             "'the largest U.S. military contingent stationed in any foreign country' (not a rank fact) and 'some 28,500 in South Korea' (another country); "
             "'runs through March 2027'; 'about ¥211 billion a year' (yen beside the dollar figure) and 'up from about ¥189 billion a year under the previous five-year accord' (dated value); "
             "'Of the roughly 9,000 Marines to be moved off the island' (total leaving, not Guam); "
             "'shrank at an annualized rate of 1.8% in the July-September quarter of 2025' (a quarter, not a year); "
             "'a ¥21.3 trillion stimulus package' and 'a supplementary budget of ¥17.7 trillion that has yet to be submitted' (planned, not the latest enacted); "
             "'¥157 per dollar' and 'still short of the 38-year low it reached in July 2024' (dated yen low beside the current one); "
             "'a further goal of 60% by FY2035' (later target); "
             "'the summit India was to host in 2025 has not taken place' (planned); 'November 7', 'October 30', 'the next day' (no slugs); "
             "sections reordered (tariffs and trade first, politics in the middle, region last; no Overview heading); PDF ligatures and hyphenated line ends (interleaved shows both)",
}
