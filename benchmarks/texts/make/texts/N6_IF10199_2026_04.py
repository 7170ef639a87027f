from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "N6-IF10199-2026-04", "fresh2", "IF10199", 50
LAYOUTS = ["pdf", "layout", "md"]
PDF_OPTS = ["quotes", "nbsp", "hyph"]
CHART = {"unit": "percent", "ymax": 3, "ticks": [0, 1, 2, 3],
         "series": ["Real GDP growth"],
         "bars": {"2021": (2.2,), "2022": (1.0,), "2023": (1.5,), "2024": (0.1,), "2025": (1.1,)}}

MD = """
U.S.-Japan Relations

Updated April 14, 2026

## Overview

Japan's first female prime minister now leads one of the strongest governments Tokyo has seen in two decades. Takaichi Sanae, who succeeded Ishiba Shigeru in October 2025, dissolved the Lower House on January 23, 2026, and led the Liberal Democratic Party (LDP) and its partner, the Japan Innovation Party (Ishin), to a landslide on February 8. President Donald Trump, who visited Tokyo in October 2025, has praised her as a reliable partner. Relations with Beijing, by contrast, have been strained since Takaichi's November 2025 remarks on a possible Taiwan contingency, which drew sharp protests from Chinese President Xi Jinping's government.

## The Election and After

Together, the LDP and Ishin won 352 seats, about 76% of the 465-member chamber; Komeito, the LDP's coalition partner from 1999 until October 2025, now sits in opposition. The two parties remain in the minority in the Upper House, whose next election is scheduled for July 2028, the next national vote. Members of the new Lower House serve until February 2030 unless the chamber is dissolved sooner.

## Alliance and Defense

Roughly 55,000 U.S. troops are on active duty in Japan, an alliance that has been in force since 1952. Host-nation support, roughly $1.4 billion a year under the five-year accord reached in December 2021, expires in March 2027, and negotiations on a successor began in February. Takaichi's government says the goal of spending 2% of GDP on defense and related items, originally set for FY2027, was met in FY2025, and it is revising the three security strategies to set a higher target by year's end. Japan's purchase of Tomahawk missiles, at an estimated $2.35 billion, is under way; the first were delivered in 2025.

Okinawa, at about 0.6% of Japan's area, hosts roughly 70% of the facilities used exclusively by U.S. forces. The relocation of about 4,000 Marines from Okinawa to Guam continues: just over 200 had moved by March 2026, after an initial group of 100 in late 2024.

## Tariffs and Investment

Japan's tariff situation changed abruptly on February 20, 2026, when the Supreme Court held that the International Emergency Economic Powers Act does not authorize tariffs. The 15% rate that most Japanese goods had faced since August 2025 lapsed, and a 10% surcharge under Section 122 of the Trade Act of 1974 now applies to most imports from Japan; it can last no more than 150 days unless Congress extends it. The Administration has opened Section 301 investigations that could lead to new country-specific tariffs. Tokyo has said it will honor its commitment to provide $550 billion for U.S. investments before January 19, 2029.

## Trade and the Economy

Japan was the sixth-largest U.S. trading partner in 2025. It is the top source of foreign direct investment in the United States and the largest foreign holder of Treasury securities, ahead of the United Kingdom and China.

Table 1. U.S. Trade with Japan, Goods and Services ($ billions)

| | 2024 | 2025 |
| --- | --- | --- |
| Exports | 129.0 | 131.4 |
| Imports | 192.0 | 183.0 |

The economy grew 1.1% in 2025, after a meager 0.1% in 2024 (**Figure 1**). In December 2025, the Diet enacted an ¥18.3 trillion supplementary budget, about $117 billion, Takaichi's first. Japan's 2030 climate goal is a 46% emissions cut from 2013 levels; its FY2035 goal is 60%.

**Figure 1. Japan's Real GDP Growth, 2021-2025**

Source: Cabinet Office of Japan.

## Diplomacy

The Quad's leaders have met six times, most recently in 2024; a summit India was to host in 2025 has not taken place.

**Mark E. Manyin**, Coordinator, Specialist in Asian Affairs

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Kyla H. Kitamura**, Analyst in Asian Affairs
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Takaichi", "Sanae", "Takaichi Sanae, who succeeded Ishiba Shigeru in October 2025"),
        "leaders.us_president": P("Trump", "Donald", "President Donald Trump"),
        "alliance.treaty_ally_since": F(1952, as_written="an alliance that has been in force since 1952"),
        "alliance.us_troops_in_japan": F(55000, "about", as_written="Roughly 55,000 U.S. troops are on active duty in Japan"),
        "alliance.host_nation_support_per_year": F(1400000000, "about", per="year", as_written="Host-nation support, roughly $1.4 billion a year"),
        "alliance.host_nation_support_agreement": D("2021-12", as_written="the five-year accord reached in December 2021"),
        "alliance.okinawa_share_of_usfj_facilities": F(70, "about", as_written="roughly 70% of the facilities used exclusively by U.S. forces", note="basis: exclusive-use facilities"),
        "alliance.okinawa_share_of_land_area": F(0.6, "about", as_written="Okinawa, at about 0.6% of Japan's area"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="The relocation of about 4,000 Marines from Okinawa to Guam continues"),
        "alliance.marines_in_guam": F(200, "over", as_written="just over 200 had moved by March 2026"),
        "defense.spending_goal_pct_gdp": F(2, by="FY2027", as_written="the goal of spending 2% of GDP on defense and related items, originally set for FY2027, was met in FY2025", note="reported met in FY2025; a higher target is being prepared"),
        "defense.tomahawk_purchase": F(2350000000, "about", as_written="Japan's purchase of Tomahawk missiles, at an estimated $2.35 billion"),
        "politics.ruling_coalition": F(["LDP", "Ishin"], note="LDP and the Japan Innovation Party (Ishin); Komeito in opposition"),
        "politics.lower_house_coalition_share": F(76, "about", as_written="the LDP and Ishin won 352 seats, about 76% of the 465-member chamber"),
        "politics.upper_house_coalition_share": F(50, "under", as_written="The two parties remain in the minority in the Upper House"),
        "politics.next_diet_election_due": F(2028, note="Upper House election, July 2028"),
        "politics.lower_house_election_due": D("2030-02", as_written="Members of the new Lower House serve until February 2030 unless the chamber is dissolved sooner"),
        "trade.overall_partner_rank": F(6, period="2025", as_written="Japan was the sixth-largest U.S. trading partner in 2025"),
        "trade.fdi_source_rank": F(1, as_written="It is the top source of foreign direct investment in the United States"),
        "trade.treasury_holder_rank": F(1, as_written="the largest foreign holder of Treasury securities, ahead of the United Kingdom and China"),
        "trade.us_exports_to_japan": F(131400000000, period="2025", note="Table 1, 2025 column"),
        "trade.us_imports_from_japan": F(183000000000, period="2025", note="Table 1, 2025 column"),
        "trade.us_tariff_on_most_imports_from_japan": F(10, as_written="a 10% surcharge under Section 122 of the Trade Act of 1974 now applies to most imports from Japan"),
        "trade.japan_investment_pledge": F(550000000000, by="2029-01-19", as_written="$550 billion for U.S. investments before January 19, 2029"),
        "economy.gdp_growth": GDP(y2025=1.1, y2024=0.1),
        "economy.supplementary_budget": F(117000000000, "about", period="2025-12", as_written="In December 2025, the Diet enacted an ¥18.3 trillion supplementary budget, about $117 billion"),
        "economy.emissions_cut_target": F(46, by="2030", baseline="2013", as_written="Japan's 2030 climate goal is a 46% emissions cut from 2013 levels"),
        "diplomacy.quad_leader_meetings": F(6, as_written="The Quad's leaders have met six times"),
    },
    "elections": {
        "lower_house_2026": E("Lower House", "2026-02-08", "held", result="landslide: LDP and Ishin won 352 of 465 seats, about 76%"),
        "upper_house_2028": E("Upper House", "2028-07", "upcoming"),
    },
    "events": {},
    "notes": "Traps: 'Japan's first female prime minister' and 'in two decades'; 'who succeeded Ishiba Shigeru in October 2025' (former prime minister); 'dissolved the Lower House on January 23, 2026' (dissolution, not the election date); 'who visited Tokyo in October 2025'; 'Chinese President Xi Jinping' (another country's leader) and 'Takaichi's November 2025 remarks'; '352 seats' and 'the 465-member chamber' (counts beside the share); 'Komeito, the LDP's coalition partner from 1999 until October 2025, now sits in opposition' (not in the coalition); 'expires in March 2027' and 'negotiations on a successor began in February' (not the agreement date); 'was met in FY2025' and 'to set a higher target by year's end' (no new goal stated); 'the first were delivered in 2025'; 'after an initial group of 100 in late 2024' (past figure, not the current number in Guam); 'The 15% rate that most Japanese goods had faced since August 2025 lapsed' (past tariff); 'no more than 150 days' and 'Trade Act of 1974'; 'Section 301 investigations that could lead to new country-specific tariffs' (possible, not applied); 'ahead of the United Kingdom and China' (other holders); Table 1 '2024' column (129.0, 192.0: past year); '¥18.3 trillion' (yen beside dollars); 'its FY2035 goal is 60%' (not the 2030 target); 'a summit India was to host in 2025 has not taken place' (not a meeting); Figure 1 title '2021-2025' and (PDF/layout) its axis ticks 0-3, years and legend, no values",
}
