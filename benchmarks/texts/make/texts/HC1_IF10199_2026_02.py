from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "HC1-IF10199-2026-02", "fresh27", "IF10199", 48
LAYOUTS = ["interleaved", "pdf"]
PDF_OPTS = ["lig", "nbsp", "hyph"]
CHART = {"unit": "% of GDP", "ymax": 2.5, "ticks": [0, 0.5, 1.0, 1.5, 2.0, 2.5],
         "series": ["Defense and related spending"],
         "bars": {"FY2021": (1.1,), "FY2022": (1.2,), "FY2023": (1.3,), "FY2024": (1.6,), "FY2025": (2.0,)}}

MD = """
U.S.-Japan Relations

Updated February 3, 2026

## Overview

Voters in Japan go to the polls on February 8, 2026, barely three and a half months after Takaichi Sanae took office as the country's first woman prime minister. Chosen as Liberal Democratic Party (LDP) president on October 4, 2025, and elected premier by the Diet on October 21, she dissolved the House of Representatives in January, hoping that cabinet approval ratings above 60% in most surveys would let her win back the majority that her predecessor, Ishiba Shigeru, had lost. Three issues dominate her dealings with Washington: carrying out the tariff and investment bargain struck with the Trump Administration last July, a faster defense buildup, and a sharp deterioration in relations with China since November, when remarks she made in the Diet about a Taiwan contingency drew economic retaliation from Beijing. President Donald Trump visited Tokyo in late October, when the two leaders signed a framework on critical minerals and rare earths.

## Tariffs and the $550 Billion Deal

Trade now takes up more of the relationship than at any time since the 1990s. In April 2025, the Administration announced a "reciprocal" tariff of 24% on Japanese goods; suspended within a week, it gave way to a 10% baseline, and in July a letter to Ishiba threatened 25%. The President then announced a deal on July 22. Since August 7, 2025, most goods from Japan have faced one combined U.S. duty of 15%, a rate that absorbs the most-favored-nation (MFN) tariff instead of being stacked on top of it. Cars and auto parts, charged 27.5% under Section 232 from the spring, were brought down to that same rate in mid-September.

In exchange, Tokyo is to finance U.S. projects worth $550 billion, chosen by the President, through January 19, 2029. A memorandum of understanding signed September 4 sets out how:

- an investment committee chaired by the Commerce Secretary is to recommend projects;
- cash flows are to be split equally until Japan recovers its outlay, after which nine-tenths go to the United States;
- financing is to come mostly from government-backed lenders and insurers, not from Japan's budget;
- should Japan decline to fund a selected project, the President may raise tariffs on its goods.

The duties rest on the International Emergency Economic Powers Act (IEEPA), whose use for tariffs the Supreme Court heard argued on November 5. Should the Court strike them down, the Administration says it would turn to other statutes; one, Section 122 of the Trade Act of 1974, allows a surcharge of up to 15% for 150 days.

## Economic Ties

Measured by goods trade, Japan was the fifth-largest U.S. trading partner in 2024 (Table 1). It bought $79.7 billion of U.S. goods, which made it the sixth-largest export market, and sold $148.2 billion, placing fifth among sources of U.S. imports. Japanese firms have been the biggest foreign direct investors in the United States every year since 2019; Nippon Steel's $14.9 billion purchase of U.S. Steel, completed in June 2025 after the government obtained a "golden share," added to their stake. Japan also remains the leading foreign holder of U.S. Treasury securities, ahead of the United Kingdom, which moved past China into second place in 2025.

Table 1. U.S. Goods Trade with Japan ($ billions)

| Flow | 2023 | 2024 | Jan.-Nov. 2025 |
| --- | --- | --- | --- |
| U.S. exports | 76.2 | 79.7 | 72.4 |
| U.S. imports | 147.2 | 148.2 | 130.1 |
| Balance | -71.0 | -68.5 | -57.7 |

Source: U.S. Census Bureau.

## Economy

Growth has been weak: real GDP rose a bare 0.1% in 2024, after 1.5% the year before, and shrank at an annualized 2.3% in July-September 2025. With inflation above the Bank of Japan's 2% target for nearly four years, the central bank raised its policy rate to 0.75% in December. That month the Diet also passed an ¥18.3 trillion supplementary budget (roughly $117 billion), the largest since the pandemic, to pay for most of a ¥21.3 trillion relief package. Concern over fiscal expansion has weighed on the currency; in January the yen slipped to nearly ¥159 per dollar, its lowest against the dollar in 18 months. On climate, the target under the Paris Agreement is still a 46% cut in greenhouse gas emissions from 2013 levels by 2030, with deeper reductions of 60% and 73% set for 2035 and 2040.

## The Alliance

The United States and Japan have been treaty allies since 1952, when the security pact signed in San Francisco the previous September took effect. Roughly 55,000 U.S. military personnel are based in Japan, more than in any other foreign country; Germany, the next, hosts about 35,000. Tokyo contributes about $2 billion annually toward their costs under a cost-sharing accord announced in December 2021 that runs through March 2027. Talks on its successor are expected this year, and President Trump has said that Japan should pay far more.

In strategy documents adopted in 2022, the government set a goal of spending 2% of GDP on defense and related items by FY2027, twice the approximately 1% that served for decades as an informal cap. Takaichi moved that target year up to FY2025, and with a defense-heavy extra budget the government says the level was reached this fiscal year (Figure 1). The Administration wants allies to go much further; NATO members have pledged 3.5% of GDP for core defense by 2035. Japan's purchase of up to 400 Tomahawk cruise missiles, which the State Department approved at an estimated $2.35 billion, is going ahead.

**Figure 1. Japan's Defense-Related Spending, FY2021-FY2025**

Source: Japan Ministry of Defense and Cabinet Office; CRS estimates.

Okinawa, which covers 0.6% of Japan's land, hosts about 70% of the facilities reserved for the exclusive use of U.S. forces and more than half of the U.S. personnel. Under a 2012 agreement, around 9,000 Marines are to leave the island, roughly 4,000 of them for Guam. The first of these, some 100 logistics personnel, made the move in December 2024. The Henoko replacement airfield is not expected to be finished before the mid-2030s.

## Politics

Komeito, the LDP's partner for 26 years, quit the coalition in October 2025, objecting to the LDP's handling of a funding scandal. Takaichi instead concluded a policy accord with the Japan Innovation Party (Ishin), which supports her government but holds no cabinet posts. The two parties entered the campaign controlling just under half of the 465 seats in the Lower House, whose previous election, in October 2024, left the LDP and Komeito with 215. In the Upper House, where the LDP-Komeito bloc lost its majority in the election of July 20, 2025, the new partners likewise hold a little under half of the 248 seats. Whatever the result on February 8, the next regular Upper House contest is not until summer 2028.

## Regional Diplomacy

Beijing responded to Takaichi's remarks on Taiwan by urging Chinese citizens to avoid travel to Japan and halting imports of Japanese seafood. The Quad's leaders have met six times, most recently in Wilmington, Delaware, in September 2024; India's turn to host, planned for 2025, has yet to come.

**Mark E. Manyin**, Coordinator, Specialist in Asian Affairs

**Kyla H. Kitamura**, Analyst in Asian Affairs

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Takaichi", "Sanae", "Takaichi Sanae took office as the country's first woman prime minister", note="family name first"),
        "leaders.us_president": P("Trump", "Donald", "President Donald Trump visited Tokyo in late October"),
        "alliance.treaty_ally_since": F(1952, as_written="The United States and Japan have been treaty allies since 1952, when the security pact signed in San Francisco the previous September took effect"),
        "alliance.us_troops_in_japan": F(55000, "about", as_written="Roughly 55,000 U.S. military personnel are based in Japan"),
        "alliance.host_nation_support_per_year": F(2000000000, "about", per="year", as_written="Tokyo contributes about $2 billion annually toward their costs"),
        "alliance.host_nation_support_agreement": D("2021-12", as_written="under a cost-sharing accord announced in December 2021 that runs through March 2027"),
        "alliance.okinawa_share_of_usfj_facilities": F(70, "about", as_written="hosts about 70% of the facilities reserved for the exclusive use of U.S. forces", note="exclusive-use basis"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="and more than half of the U.S. personnel"),
        "alliance.okinawa_share_of_land_area": F(0.6, as_written="Okinawa, which covers 0.6% of Japan's land"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="around 9,000 Marines are to leave the island, roughly 4,000 of them for Guam"),
        "alliance.marines_in_guam": F(100, "about", period="2024-12", as_written="The first of these, some 100 logistics personnel, made the move in December 2024", note="subject carried from the sentence before"),
        "defense.spending_goal_pct_gdp": F(2, by="FY2025", as_written="Takaichi moved that target year up to FY2025", note="the 2% goal stated in the sentence before; FY2027 is the original deadline"),
        "defense.traditional_limit_pct_gdp": F(1, "about", as_written="twice the approximately 1% that served for decades as an informal cap"),
        "defense.tomahawk_purchase": F(2350000000, "about", as_written="which the State Department approved at an estimated $2.35 billion"),
        "politics.ruling_coalition": F(["LDP", "Ishin"], as_written="Takaichi instead concluded a policy accord with the Japan Innovation Party (Ishin), which supports her government but holds no cabinet posts", note="Komeito left in October 2025; Ishin outside the cabinet"),
        "politics.lower_house_coalition_share": F(50, "under", as_written="The two parties entered the campaign controlling just under half of the 465 seats in the Lower House"),
        "politics.upper_house_coalition_share": F(50, "under", as_written="the new partners likewise hold a little under half of the 248 seats"),
        "politics.next_diet_election_due": F(2026, as_written="Voters in Japan go to the polls on February 8, 2026"),
        "trade.overall_partner_rank": F(5, period="2024", as_written="Measured by goods trade, Japan was the fifth-largest U.S. trading partner in 2024"),
        "trade.us_exports_to_japan": F(79700000000, period="2024", as_written="It bought $79.7 billion of U.S. goods", note="also Table 1, 2024 column"),
        "trade.export_partner_rank": F(6, period="2024", as_written="which made it the sixth-largest export market"),
        "trade.us_imports_from_japan": F(148200000000, period="2024", as_written="and sold $148.2 billion", note="also Table 1, 2024 column"),
        "trade.import_partner_rank": F(5, period="2024", as_written="placing fifth among sources of U.S. imports"),
        "trade.fdi_source_rank": F(1, as_written="Japanese firms have been the biggest foreign direct investors in the United States every year since 2019"),
        "trade.treasury_holder_rank": F(1, as_written="Japan also remains the leading foreign holder of U.S. Treasury securities"),
        "trade.us_tariff_on_most_imports_from_japan": F(15, as_written="Since August 7, 2025, most goods from Japan have faced one combined U.S. duty of 15%"),
        "trade.japan_investment_pledge": F(550000000000, by="2029-01-19", as_written="Tokyo is to finance U.S. projects worth $550 billion, chosen by the President, through January 19, 2029"),
        "economy.gdp_growth": GDP(y2024=0.1, y2023=1.5),
        "economy.supplementary_budget": F(117000000000, "about", period="2025-12", as_written="That month the Diet also passed an ¥18.3 trillion supplementary budget (roughly $117 billion)", note="month carried from 'in December' in the sentence before"),
        "economy.yen": F("18-month low against the dollar", period="2026-01", as_written="in January the yen slipped to nearly ¥159 per dollar, its lowest against the dollar in 18 months"),
        "economy.emissions_cut_target": F(46, by="2030", baseline="2013", as_written="a 46% cut in greenhouse gas emissions from 2013 levels by 2030"),
        "diplomacy.quad_leader_meetings": F(6, as_written="The Quad's leaders have met six times"),
    },
    "elections": {
        "lower_house_2026": E("Lower House", "2026-02-08", "upcoming"),
        "ldp_president_2025": E("LDP president", "2025-10-04", "held", result="Takaichi Sanae chosen"),
        "upper_house_2025": E("Upper House", "2025-07-20", "held", result="LDP-Komeito bloc lost its majority"),
        "lower_house_2024": E("Lower House", "2024-10", "held", result="LDP and Komeito left with 215 of 465 seats"),
        "upper_house_2028": E("Upper House", "2028", "upcoming", note="'summer 2028': a season, year precision"),
    },
    "notes": "Traps: 'barely three and a half months after'; 'elected premier by the Diet on October 21' (not an election); 'cabinet approval ratings above 60%'; 'her predecessor, Ishiba Shigeru' (former prime minister); 'since November, when remarks she made in the Diet about a Taiwan contingency'; 'In April 2025, the Administration announced a \"reciprocal\" tariff of 24%' (announced, suspended), 'it gave way to a 10% baseline' (past), 'a letter to Ishiba threatened 25%' (threatened); 'announced a deal on July 22'; 'Cars and auto parts, charged 27.5% under Section 232 from the spring' (past auto rate; autos 'brought down to that same rate'); 'A memorandum of understanding signed September 4'; bullets 'after which nine-tenths go to the United States' and 'the President may raise tariffs'; 'the Supreme Court heard argued on November 5' (pending case); 'Section 122 of the Trade Act of 1974, allows a surcharge of up to 15% for 150 days' (hypothetical future authority, not in effect); 'every year since 2019' (not a rank); 'Nippon Steel's $14.9 billion purchase of U.S. Steel, completed in June 2025'; 'the United Kingdom, which moved past China into second place in 2025'; Table 1's 2023 and Jan.-Nov. 2025 columns and its Balance row; 'shrank at an annualized 2.3% in July-September 2025' (a quarter); 'above the Bank of Japan's 2% target for nearly four years'; 'raised its policy rate to 0.75% in December'; 'a ¥21.3 trillion relief package'; 'nearly ¥159 per dollar'; 'deeper reductions of 60% and 73% set for 2035 and 2040'; 'the security pact signed in San Francisco the previous September' (1951); 'Germany, the next, hosts about 35,000' (another country); 'runs through March 2027' (end, not announcement); 'Talks on its successor are expected this year'; 'by FY2027' (original deadline, moved up); 'NATO members have pledged 3.5% of GDP for core defense by 2035'; 'up to 400 Tomahawk cruise missiles' (a count); Figure 1 (defense-related spending, % of GDP, FY2021-FY2025; ticks 0-2.5, no value labels); 'around 9,000 Marines are to leave the island' (total, not Guam); 'Under a 2012 agreement'; 'not expected to be finished before the mid-2030s'; 'Komeito, the LDP's partner for 26 years, quit the coalition in October 2025' (former partner); 'left the LDP and Komeito with 215' (past seats); '465 seats' and '248 seats' (chamber sizes); 'summer 2028' (a later Upper House election, not the next one due); 'most recently in Wilmington, Delaware, in September 2024' and 'India's turn to host, planned for 2025' (planned). PDF: ligatures, NBSP, hyphenated line ends; interleaved: left/right column lines alternate.",
}
