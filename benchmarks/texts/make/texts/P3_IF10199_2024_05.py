from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "P3-IF10199-2024-05", "fresh3", "IF10199", 45
LAYOUTS = ["pdf", "layout", "interleaved"]
PDF_OPTS = ["lig", "quotes", "nbsp", "hyph"]
CHART = {"unit": "¥ trillions", "ymax": 8, "ticks": [0, 2, 4, 6, 8],
         "series": ["Defense budget (initial)"],
         "bars": {"FY2020": (5.3,), "FY2021": (5.3,), "FY2022": (5.4,), "FY2023": (6.8,), "FY2024": (7.9,)}}

MD = """
U.S.-Japan Relations

Updated May 21, 2024

## Overview

Prime Minister Kishida Fumio's April 2024 state visit to Washington, the first by a Japanese leader since 2015, produced the broadest upgrade of the alliance since it was formed in 1951. On April 11, Kishida addressed a joint meeting of Congress, nine years after Abe Shinzo, who was assassinated on July 8, 2022, became the first Japanese leader to do so in April 2015. He and President Joe Biden agreed to modernize their command structures, to co-produce missiles, and to include Japan in a new trilateral dialogue with the Philippines.

At home, Kishida's standing has been damaged by a political funding scandal in the Liberal Democratic Party (LDP). His cabinet's approval rating has fallen below 25%, and the party lost all three Lower House by-elections held on April 28. Kishida's term as LDP president ends in September 2024, and he must win the party's leadership vote that month to remain prime minister.

## Alliance and Defense

U.S. troop strength in Japan exceeds fifty thousand. Their presence is partly funded by Tokyo: under the five-year cost-sharing arrangement agreed on in December 2021, which covers FY2022-FY2026, Japan pays an average of ¥211 billion annually, a little under $1.4 billion at current exchange rates.

Under the strategy documents adopted in December 2022, Japan aims to raise spending on defense and related items to 2% of GDP in FY2027, double the 1% that long served as an informal ceiling, and to spend ¥43 trillion over five years (**Figure 1**). It is also buying up to 400 Tomahawk cruise missiles, a sale the State Department cleared in November 2023 with a price tag of roughly $2.35 billion.

**Figure 1. Japan's Defense Budget, FY2020-FY2024**

Source: Japan Ministry of Defense.

Okinawa Prefecture, less than one percent of Japan's land, hosts about seven in ten of the facilities set aside for U.S. forces alone and a majority of the U.S. personnel in Japan. The transfer of about 4,000 Marines from Okinawa to Guam is slated to start by the end of 2024. In November 2023, the Marine Corps converted its 12th Marine Regiment on Okinawa into the 12th Marine Littoral Regiment.

## Politics

The LDP and Komeito have governed together since 2012, and before that from 1999 to 2009. Their bloc, 293 seats strong since the October 31, 2021, general election, accounts for a little more than 63% of the Lower House. The chamber's term runs to October 2025. In the Upper House, the coalition holds roughly three-fifths of the seats after gains in the July 2022 election. Half of that chamber's seats are to be filled in July 2025, the next scheduled national vote.

## Economic and Trade Relations

Japan's economy, the world's fourth largest since Germany overtook it in 2023, grew 1.9% in 2023 after 1.0% in 2022, but output shrank at an annualized 2.0% in the first quarter of 2024. In November 2023 the Diet enacted a ¥13.1 trillion supplementary budget, about $88 billion, to fund part of a ¥17 trillion package of relief measures. The Bank of Japan ended eight years of negative interest rates in March, raising its policy rate from -0.1% to a range of 0 to 0.1%. The yen nonetheless slid to a 34-year low against the dollar in late April, passing ¥160.

Goods trade is summarized in Table 1.

Table 1. U.S. Goods Trade with Japan, 2023

| | $ billions | Japan's rank |
| --- | --- | --- |
| U.S. exports to Japan | 75.7 | 6th |
| U.S. imports from Japan | 147.7 | 5th |
| Total trade | 223.4 | 5th |
| U.S. balance | -72.0 | |

Japan remains the leading source of foreign direct investment in the United States: no other country's firms hold as large a stock, which reached $783 billion in 2023. Nippon Steel's proposed $14.9 billion purchase of U.S. Steel, announced in December 2023, faces opposition from President Biden and the United Steelworkers. Japan also ranks first among foreign holders of U.S. Treasury securities, at about $1.15 trillion; China's holdings, the second largest, have fallen below $800 billion.

Japan is committed to a 46% cut in greenhouse gas emissions from FY2013 levels by FY2030, and to "continuing strenuous efforts" toward 50%.

## Regional Diplomacy

Quad leaders have now gathered on five occasions, two of them virtually; India is due to host the next summit. Japan and 13 other countries, the United States among them, make up the Indo-Pacific Economic Framework for Prosperity (IPEF), launched in Tokyo in May 2022. In August 2023, Kishida, Biden, and South Korean President Yoon Suk Yeol held their first stand-alone trilateral summit at Camp David.

Since Russia's full-scale invasion of Ukraine in February 2022, Japan has pledged some $12 billion in assistance to Kyiv, including roughly $5.5 billion in financial support and about $1.2 billion in humanitarian aid.

**Mark E. Manyin**, Coordinator, Specialist in Asian Affairs

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Kyla H. Kitamura**, Analyst in Asian Affairs
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Kishida", "Fumio", "Prime Minister Kishida Fumio"),
        "leaders.us_president": P("Biden", "Joe", "President Joe Biden"),
        "alliance.treaty_ally_since": F(1951, as_written="the broadest upgrade of the alliance since it was formed in 1951"),
        "alliance.us_troops_in_japan": F(50000, "over", as_written="U.S. troop strength in Japan exceeds fifty thousand"),
        "alliance.host_nation_support_per_year": F(1400000000, "under", per="year", as_written="Japan pays an average of ¥211 billion annually, a little under $1.4 billion at current exchange rates"),
        "alliance.host_nation_support_agreement": D("2021-12", as_written="the five-year cost-sharing arrangement agreed on in December 2021, which covers FY2022-FY2026"),
        "alliance.okinawa_share_of_usfj_facilities": F(70, "about", as_written="hosts about seven in ten of the facilities set aside for U.S. forces alone", note="basis: exclusive-use facilities"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="and a majority of the U.S. personnel in Japan"),
        "alliance.okinawa_share_of_land_area": F(1, "under", as_written="Okinawa Prefecture, less than one percent of Japan's land"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="The transfer of about 4,000 Marines from Okinawa to Guam is slated to start by the end of 2024"),
        "defense.spending_goal_pct_gdp": F(2, by="FY2027", as_written="Japan aims to raise spending on defense and related items to 2% of GDP in FY2027"),
        "defense.traditional_limit_pct_gdp": F(1, as_written="double the 1% that long served as an informal ceiling"),
        "defense.tomahawk_purchase": F(2350000000, "about", as_written="a sale the State Department cleared in November 2023 with a price tag of roughly $2.35 billion"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="The LDP and Komeito have governed together since 2012"),
        "politics.lower_house_coalition_share": F(63, "over", as_written="Their bloc, 293 seats strong ..., accounts for a little more than 63% of the Lower House"),
        "politics.upper_house_coalition_share": F(60, "about", as_written="the coalition holds roughly three-fifths of the seats", note="a fraction: three-fifths = 60"),
        "politics.next_diet_election_due": F(2025, as_written="Half of that chamber's seats are to be filled in July 2025, the next scheduled national vote"),
        "politics.lower_house_election_due": D("2025-10", as_written="The chamber's term runs to October 2025"),
        "trade.overall_partner_rank": F(5, period="2023", note="Table 1, 'Total trade' row, rank column"),
        "trade.export_partner_rank": F(6, period="2023", note="Table 1, exports row, rank column"),
        "trade.us_exports_to_japan": F(75700000000, period="2023", note="Table 1, goods; $ billions"),
        "trade.import_partner_rank": F(5, period="2023", note="Table 1, imports row, rank column"),
        "trade.us_imports_from_japan": F(147700000000, period="2023", note="Table 1, goods; $ billions"),
        "trade.fdi_source_rank": F(1, period="2023", as_written="Japan remains the leading source of foreign direct investment in the United States: no other country's firms hold as large a stock"),
        "trade.treasury_holder_rank": F(1, as_written="Japan also ranks first among foreign holders of U.S. Treasury securities"),
        "economy.gdp_growth": GDP(y2023=1.9, y2022=1.0),
        "economy.supplementary_budget": F(88000000000, "about", period="2023-11", as_written="In November 2023 the Diet enacted a ¥13.1 trillion supplementary budget, about $88 billion"),
        "economy.emissions_cut_target": F(46, by="2030", baseline="2013", as_written="a 46% cut in greenhouse gas emissions from FY2013 levels by FY2030"),
        "economy.yen": F("34-year low against the dollar", period="2024-04", as_written="The yen nonetheless slid to a 34-year low against the dollar in late April, passing ¥160"),
        "diplomacy.quad_leader_meetings": F(5, as_written="Quad leaders have now gathered on five occasions, two of them virtually"),
        "diplomacy.ipef_other_partners": F(13, period="2022-05", as_written="Japan and 13 other countries, the United States among them, make up the Indo-Pacific Economic Framework for Prosperity (IPEF), launched in Tokyo in May 2022"),
        "diplomacy.ukraine_financial_support": F(5500000000, "about", as_written="roughly $5.5 billion in financial support"),
        "diplomacy.ukraine_humanitarian_aid": F(1200000000, "about", as_written="about $1.2 billion in humanitarian aid"),
    },
    "elections": {
        "ldp_president_2024": E("LDP president", "2024-09", "upcoming", note="Kishida's term as LDP president ends in September 2024"),
        "lower_house_2021": E("Lower House", "2021-10-31", "held", result="LDP-Komeito bloc of 293 seats, a little more than 63%"),
        "upper_house_2022": E("Upper House", "2022-07", "held", result="coalition gains; roughly three-fifths of the seats"),
        "upper_house_2025": E("Upper House", "2025-07", "upcoming"),
    },
    "events": {
        "abe_address_to_congress": EV("Abe becomes the first Japanese leader to address a joint meeting of Congress", "2015-04", "held"),
        "abe_assassination": EV("Former Prime Minister Abe Shinzo assassinated", "2022-07-08"),
    },
    "notes": "Traps: 'the first by a Japanese leader since 2015' (a state visit, not the address); 'On April 11, Kishida addressed a joint meeting of Congress' (Kishida's 2024 address, not Abe's) and 'nine years after'; 'to include Japan in a new trilateral dialogue with the Philippines'; 'His cabinet's approval rating has fallen below 25%' and 'all three Lower House by-elections held on April 28' (by-elections, not a national election); 'which covers FY2022-FY2026' and '¥211 billion' (yen beside dollars); 'adopted in December 2022' and '¥43 trillion over five years'; 'up to 400 Tomahawk cruise missiles' and 'cleared in November 2023'; Figure 1 title 'FY2020-FY2024' and (PDF/layout) its axis ticks 0-8, fiscal years and legend, no values; 'is slated to start by the end of 2024' (none moved yet); '12th Marine Regiment' / '12th Marine Littoral Regiment'; 'governed together since 2012, and before that from 1999 to 2009'; '293 seats strong' (count beside the share); 'the world's fourth largest since Germany overtook it in 2023' (an economy rank, not a trade rank); 'shrank at an annualized 2.0% in the first quarter of 2024' (a quarter, not a year); '¥13.1 trillion' (yen beside dollars) and 'a ¥17 trillion package of relief measures' (a package, not the budget); 'from -0.1% to a range of 0 to 0.1%' (policy rate); 'passing ¥160'; Table 1 'U.S. balance' row (-72.0: not a catalogue fact) and 'Total trade' amount (223.4; its rank is the overall rank); '$783 billion in 2023' (FDI stock, not a catalogue fact); 'Nippon Steel's proposed $14.9 billion purchase of U.S. Steel' (not a pledge); 'about $1.15 trillion' and 'China's holdings, the second largest' (another holder's rank); 'toward 50%' (aspiration, not the target); 'India is due to host the next summit' (planned, not held); 'Kishida, Biden, and South Korean President Yoon Suk Yeol' (another country's leader); 'Japan has pledged some $12 billion in assistance to Kyiv' (the total, not either category) and 'in February 2022'",
}
