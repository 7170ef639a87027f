from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "T5-IF10199-2025-11", "tune", "IF10199", 48
LAYOUTS = ["html", "pdf", "layout"]
PDF_OPTS = ["quotes", "nbsp", "hyph"]
SIDEBAR = "Okinawa at a Glance"
CHART = {"unit": "percent of GDP", "ymax": 2.5, "ticks": [0, 0.5, 1.0, 1.5, 2.0, 2.5],
         "series": ["Defense and related spending"],
         "bars": {"FY2021": (1.1,), "FY2022": (1.2,), "FY2023": (1.4,), "FY2024": (1.6,), "FY2025": (1.9,)}}

MD = """
U.S.-Japan Relations

Updated November 14, 2025

## Key Points

- Takaichi Sanae became prime minister on October 21, 2025, the first woman to hold the post.
- The United States and Japan have been allies since 1952; the current security treaty dates from 1960.
- Japan remains the largest holder of U.S. Treasury securities among foreign countries.

## A New Government in Tokyo

Takaichi, a protégé of the late Abe Shinzo, succeeded Ishiba Shigeru, who resigned after the ruling bloc lost its Upper House majority in the July 20, 2025, election. Komeito, the LDP's partner since 1999, then left the coalition. The LDP now governs in coalition with the Japan Innovation Party (Ishin), which holds no cabinet posts. The two parties hold just under half of the Lower House's 465 seats, a legacy of the LDP's losses in the October 27, 2024, election, and they are well short of a majority in the Upper House. The next regular national election is the Upper House election in July 2028; the Lower House's term runs until October 2028, although Takaichi could dissolve it earlier.

President Donald Trump visited Tokyo on October 27-28, 2025, and the two leaders signed documents on critical minerals and shipbuilding. Takaichi told Trump that Japan would reach its goal of spending 2% of GDP on defense and related items in FY2025, two years ahead of the FY2027 date set in 2022 (**Figure 1**). For decades Japan had observed an informal ceiling of 1% of GDP. Some U.S. officials have urged Japan to spend as much as 3.5%.

**Figure 1. Japan's Defense and Related Spending, FY2021-FY2025**

Source: Japan Ministry of Defense; CRS calculations.

## The Alliance

About 55,000 U.S. military personnel are on active duty in Japan, accompanied by tens of thousands of family members and civilian employees. Under the cost-sharing agreement concluded in December 2021, Japan pays about ¥211 billion (roughly $1.4 billion) a year; the agreement runs through March 2027, and talks on its successor are expected in 2026. Japan is buying up to 400 Tomahawk cruise missiles for an estimated $2.35 billion, and deliveries began in early 2025.

## Okinawa at a Glance

Okinawa accounts for 0.6% of Japan's land area. It hosts about 70% of the facilities and areas reserved for the exclusive use of U.S. forces, and roughly half of U.S. military personnel in Japan. About 4,000 Marines are to relocate to Guam; an advance group of some 100 logistics Marines moved there in December 2024.

## Trade and Investment

Japan is the sixth-largest U.S. trading partner and the top source of foreign direct investment in the United States. Under a framework announced on July 22, 2025, most imports from Japan face a 15% U.S. tariff, inclusive of most-favored-nation duties; the rate had been set at 24% in April and threatened at 25% in July. The same framework commits Japan to provide $550 billion for investments in the United States before January 19, 2029. Autos, which had faced 27.5%, are also now tariffed at 15%.

Table 1. U.S. Goods and Services Trade with Japan ($ billions)

| | 2023 | 2024 |
| --- | --- | --- |
| U.S. exports to Japan | 121.0 | 129.0 |
| U.S. imports from Japan | 184.0 | 192.0 |
| Balance | -63.0 | -63.0 |

## Economy

Japan's economy barely grew in 2024, expanding 0.1%, after 1.5% growth in 2023. The yen has weakened past ¥150 to the dollar again, not far from the 38-year low it hit in July 2024. The last supplementary budget, ¥13.9 trillion (about $89 billion), was enacted in December 2024; Takaichi plans a larger one for this fiscal year. Japan's climate pledge calls for a 46% cut in emissions from 2013 levels by 2030 and 60% by FY2035.

**Mark E. Manyin**, Specialist in Asian Affairs

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Kyla H. Kitamura**, Analyst in Asian Affairs
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Takaichi", "Sanae", "Takaichi Sanae became prime minister on October 21, 2025"),
        "leaders.us_president": P("Trump", "Donald", "President Donald Trump"),
        "alliance.treaty_ally_since": F(1952, as_written="have been allies since 1952"),
        "alliance.us_troops_in_japan": F(55000, "about", as_written="About 55,000 U.S. military personnel are on active duty in Japan"),
        "alliance.host_nation_support_per_year": F(1400000000, "about", per="year", as_written="about ¥211 billion (roughly $1.4 billion) a year"),
        "alliance.host_nation_support_agreement": D("2021-12", as_written="the cost-sharing agreement concluded in December 2021"),
        "alliance.okinawa_share_of_usfj_facilities": F(70, "about", as_written="about 70% of the facilities and areas reserved for the exclusive use of U.S. forces", note="basis: exclusive-use facilities and areas"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "about", as_written="roughly half of U.S. military personnel in Japan"),
        "alliance.okinawa_share_of_land_area": F(0.6, as_written="Okinawa accounts for 0.6% of Japan's land area"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="About 4,000 Marines are to relocate to Guam"),
        "alliance.marines_in_guam": F(100, "about", as_written="an advance group of some 100 logistics Marines moved there in December 2024"),
        "defense.spending_goal_pct_gdp": F(2, by="FY2025", as_written="reach its goal of spending 2% of GDP on defense and related items in FY2025, two years ahead of the FY2027 date", note="accelerated from FY2027"),
        "defense.traditional_limit_pct_gdp": F(1, as_written="an informal ceiling of 1% of GDP"),
        "defense.tomahawk_purchase": F(2350000000, "about", as_written="up to 400 Tomahawk cruise missiles for an estimated $2.35 billion"),
        "politics.ruling_coalition": F(["LDP", "Ishin"], note="LDP with the Japan Innovation Party (Ishin); Komeito left"),
        "politics.lower_house_coalition_share": F(50, "under", as_written="The two parties hold just under half of the Lower House's 465 seats"),
        "politics.upper_house_coalition_share": F(50, "under", as_written="well short of a majority in the Upper House"),
        "politics.next_diet_election_due": F(2028, note="Upper House election, July 2028"),
        "politics.lower_house_election_due": D("2028-10", as_written="the Lower House's term runs until October 2028"),
        "trade.overall_partner_rank": F(6, as_written="the sixth-largest U.S. trading partner"),
        "trade.fdi_source_rank": F(1, as_written="the top source of foreign direct investment in the United States"),
        "trade.treasury_holder_rank": F(1, as_written="the largest holder of U.S. Treasury securities among foreign countries"),
        "trade.us_exports_to_japan": F(129000000000, period="2024", note="Table 1, $ billions; goods and services"),
        "trade.us_imports_from_japan": F(192000000000, period="2024", note="Table 1, $ billions; goods and services"),
        "trade.us_tariff_on_most_imports_from_japan": F(15, as_written="most imports from Japan face a 15% U.S. tariff, inclusive of most-favored-nation duties"),
        "trade.japan_investment_pledge": F(550000000000, by="2029-01-19", as_written="$550 billion for investments in the United States before January 19, 2029"),
        "economy.gdp_growth": GDP(y2024=0.1, y2023=1.5),
        "economy.supplementary_budget": F(89000000000, "about", period="2024-12", as_written="The last supplementary budget, ¥13.9 trillion (about $89 billion), was enacted in December 2024"),
        "economy.emissions_cut_target": F(46, by="2030", baseline="2013"),
        "economy.yen": F("38-year low against the dollar", period="2024-07", as_written="not far from the 38-year low it hit in July 2024"),
    },
    "elections": {
        "upper_house_2025": E("Upper House", "2025-07-20", "held", result="the ruling bloc lost its Upper House majority"),
        "lower_house_2024": E("Lower House", "2024-10-27", "held", result="LDP losses; LDP and Ishin now hold just under half of 465 seats"),
        "upper_house_2028": E("Upper House", "2028-07", "upcoming"),
    },
    "events": {},
    "notes": "Traps: 'the current security treaty dates from 1960' (not the alliance year); 'the late Abe Shinzo' and 'succeeded Ishiba Shigeru' (former prime ministers); 'Komeito, the LDP's partner since 1999, then left the coalition' (not in the coalition); 'the Lower House's 465 seats'; 'October 27-28, 2025' (Trump visit); 'documents on critical minerals and shipbuilding'; 'the FY2027 date set in 2022' (original deadline); 'as much as 3.5%' (U.S. urging, not Japan's goal); 'tens of thousands of family members and civilian employees'; '¥211 billion' (yen beside dollars); 'runs through March 2027' and 'talks on its successor are expected in 2026'; 'up to 400 Tomahawk cruise missiles' and 'deliveries began in early 2025'; 'announced on July 22, 2025' (framework: no IF10199 fact); 'the rate had been set at 24% in April and threatened at 25% in July' (past and threatened rates); 'Autos, which had faced 27.5%, are also now tariffed at 15%' (one product); Table 1 '2023' column (121.0, 184.0: past year) and 'Balance' row; 'past ¥150 to the dollar'; '¥13.9 trillion' (yen beside dollars); 'Takaichi plans a larger one' (planned budget); '60% by FY2035' (not the 2030 target); Figure 1 title 'FY2021-FY2025'; HTML: the Okinawa section sits in a sidebar box, key points as a bulleted list, table of contents repeats headings; PDF/layout only: Figure 1 axis ticks (0-2.5) and fiscal years, legend 'Defense and related spending'",
}
