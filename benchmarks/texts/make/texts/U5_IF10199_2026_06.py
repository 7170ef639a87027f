from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "U5-IF10199-2026-06", "tune2", "IF10199", 51
LAYOUTS = ["html", "pdf", "md"]
PDF_OPTS = ["lig", "nbsp", "hyph"]
SIDEBAR = "Tariffs After the Court Ruling"
CHART = {"unit": "$ billions", "ymax": 200, "ticks": [0, 50, 100, 150, 200],
         "series": ["Exports to Japan", "Imports from Japan"],
         "bars": {"2022": (120, 180), "2023": (129, 197), "2024": (129, 192), "2025": (127, 184)}}

MD = """
U.S.-Japan Relations

Updated June 23, 2026

## Overview

Four months after leading her party to a landslide, Prime Minister Takaichi Sanae governs from a position of strength unmatched since Abe Shinzo's time. Her relationship with President Trump, who hosted her at the White House in March, has been warm, though U.S. trade policy remains unsettled after the Supreme Court struck down the tariffs imposed under the International Emergency Economic Powers Act (IEEPA) on February 20, 2026. Relations with China, strained since Takaichi's November 2025 remarks on Taiwan, have not recovered; Chinese President Xi Jinping has declined to meet her.

## Politics

Takaichi dissolved the Lower House in January and won the February 8, 2026, election decisively. The LDP and its partner, the Japan Innovation Party (Ishin), together now control more than three-quarters of the chamber's seats; the LDP alone won about two-thirds. In the upper chamber, by contrast, the two parties are still short of a majority. The next scheduled national election is the Upper House contest of July 2028, and the new Lower House may sit until February 2030.

## Tariffs After the Court Ruling

Since the ruling, a 10% surcharge under Section 122 of the Trade Act of 1974 has applied to most imports from Japan. It replaced the 15% rate set by the July 2025 framework, which the Court voided. By law the surcharge can last no more than 150 days; it is due to expire in July 2026. The Administration has proposed Section 301 tariffs of up to 20% to follow it. Japan's pledge to invest $550 billion in U.S. projects before January 19, 2029, still stands.

## The Alliance

The alliance rests on the treaty of 1951. Japan hosts approximately 55,000 U.S. military personnel. Tokyo covers about $1.4 billion a year of their costs under a five-year agreement reached in December 2021, which expires in March 2027; negotiations on a successor opened in May.

Okinawa accounts for just 0.6% of Japan's land but holds around 70% of the land set aside for exclusive U.S. use, along with over half of the U.S. personnel in Japan. About 4,000 Marines are to be transferred from Okinawa to Guam; just over 200 have gone so far.

Japan says it reached its 2% of GDP defense-spending goal in FY2025, ahead of the FY2027 deadline. A higher target, reportedly 3.5%, is under discussion as the government rewrites its security strategy this year. For most of the postwar era, spending was held to roughly 1% of GDP. Japan has received the first of its Tomahawk missiles, purchased for an estimated $2.35 billion.

## Economic Relations

In 2025, Japan was again the sixth-largest U.S. trading partner. It ranked seventh as a buyer of U.S. exports, which totaled $127.4 billion, and fifth as a source of U.S. imports, valued at $184.2 billion (Figure 1). The year before, exports had been $129.4 billion and imports $192.1 billion.

**Figure 1. U.S. Trade with Japan, 2022-2025**

Source: Bureau of Economic Analysis. Goods and services.

Japanese firms remain the top source of foreign direct investment in the United States. Japan also remains the largest foreign holder of Treasury securities, while the United Kingdom has overtaken China for second place.

Japan's economy expanded 1.2% in 2025, after 0.1% in 2024. The most recent supplementary budget, ¥18.3 trillion (about $117 billion), cleared the Diet in December 2025. Japan's 2030 target is a 46% emissions cut from 2013 levels; its newer FY2035 target is 60%.

## Regional Diplomacy

The Quad has convened at the leaders' level six times; a summit in India, postponed from 2025, has not been rescheduled. Japan, South Korea, and the United States have held regular trilateral meetings; South Korean President Lee Jae-myung visited Tokyo in January.

**Mark E. Manyin**, Coordinator, Specialist in Asian Affairs

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Kyla H. Kitamura**, Analyst in Foreign Affairs
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Takaichi", "Sanae", "Prime Minister Takaichi Sanae"),
        "leaders.us_president": P("Trump", "Donald", "President Trump", note="given name not written; the sitting President Donald Trump"),
        "alliance.treaty_ally_since": F(1951, as_written="The alliance rests on the treaty of 1951"),
        "alliance.us_troops_in_japan": F(55000, "about", as_written="Japan hosts approximately 55,000 U.S. military personnel"),
        "alliance.host_nation_support_per_year": F(1400000000, "about", per="year", as_written="Tokyo covers about $1.4 billion a year of their costs"),
        "alliance.host_nation_support_agreement": D("2021-12", as_written="a five-year agreement reached in December 2021, which expires in March 2027"),
        "alliance.okinawa_share_of_usfj_facilities": F(70, "about", as_written="holds around 70% of the land set aside for exclusive U.S. use"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="along with over half of the U.S. personnel in Japan"),
        "alliance.okinawa_share_of_land_area": F(0.6, as_written="Okinawa accounts for just 0.6% of Japan's land"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="About 4,000 Marines are to be transferred from Okinawa to Guam"),
        "defense.spending_goal_pct_gdp": F(2, by="FY2027", as_written="it reached its 2% of GDP defense-spending goal in FY2025, ahead of the FY2027 deadline"),
        "defense.traditional_limit_pct_gdp": F(1, "about", as_written="spending was held to roughly 1% of GDP"),
        "defense.tomahawk_purchase": F(2350000000, "about", as_written="purchased for an estimated $2.35 billion"),
        "politics.ruling_coalition": F(["LDP", "Ishin"], as_written="The LDP and its partner, the Japan Innovation Party (Ishin)"),
        "politics.lower_house_coalition_share": F(75, "over", as_written="together now control more than three-quarters of the chamber's seats"),
        "politics.upper_house_coalition_share": F(50, "under", as_written="In the upper chamber, by contrast, the two parties are still short of a majority"),
        "politics.next_diet_election_due": F(2028, as_written="The next scheduled national election is the Upper House contest of July 2028"),
        "politics.lower_house_election_due": D("2030-02", as_written="the new Lower House may sit until February 2030"),
        "trade.us_tariff_on_most_imports_from_japan": F(10, as_written="a 10% surcharge under Section 122 of the Trade Act of 1974 has applied to most imports from Japan", note="sidebar"),
        "trade.japan_investment_pledge": F(550000000000, by="2029-01-19", as_written="Japan's pledge to invest $550 billion in U.S. projects before January 19, 2029", note="sidebar"),
        "trade.overall_partner_rank": F(6, period="2025", as_written="In 2025, Japan was again the sixth-largest U.S. trading partner"),
        "trade.export_partner_rank": F(7, period="2025", as_written="It ranked seventh as a buyer of U.S. exports"),
        "trade.import_partner_rank": F(5, period="2025", as_written="and fifth as a source of U.S. imports"),
        "trade.us_exports_to_japan": F(127400000000, period="2025", as_written="U.S. exports, which totaled $127.4 billion"),
        "trade.us_imports_from_japan": F(184200000000, period="2025", as_written="U.S. imports, valued at $184.2 billion"),
        "trade.fdi_source_rank": F(1, as_written="Japanese firms remain the top source of foreign direct investment in the United States"),
        "trade.treasury_holder_rank": F(1, as_written="Japan also remains the largest foreign holder of Treasury securities"),
        "economy.gdp_growth": GDP(y2025=1.2, y2024=0.1),
        "economy.supplementary_budget": F(117000000000, "about", period="2025-12", as_written="The most recent supplementary budget, ¥18.3 trillion (about $117 billion), cleared the Diet in December 2025"),
        "economy.emissions_cut_target": F(46, by="2030", baseline="2013"),
        "diplomacy.quad_leader_meetings": F(6, as_written="The Quad has convened at the leaders' level six times"),
    },
    "elections": {
        "lower_house_2026": E("Lower House", "2026-02-08", "held", result="LDP-Ishin more than three-quarters of seats; LDP alone about two-thirds"),
        "upper_house_2028": E("Upper House", "2028-07", "upcoming"),
    },
    "events": {
        "section122_surcharge_expired": EV("The 10% Section 122 surcharge lapses after 150 days", "2026-07", "upcoming"),
    },
    "notes": "Traps: 'since Abe Shinzo's time' (former leader); 'who hosted her at the White House in March'; 'on February 20, 2026' (the ruling, no slug); 'Takaichi's November 2025 remarks'; 'Chinese President Xi Jinping' (another country's leader); 'Takaichi dissolved the Lower House in January' (not the election date); 'the LDP alone won about two-thirds' (one party's share, not the coalition's) next to 'more than three-quarters'; 'In the upper chamber, by contrast' (the Upper House share is under 50, not the Lower House's); 'It replaced the 15% rate set by the July 2025 framework, which the Court voided' (past rate); 'can last no more than 150 days'; 'proposed Section 301 tariffs of up to 20%' (proposed); 'which expires in March 2027; negotiations on a successor opened in May'; 'just over 200 have gone so far' (moved, not the plan); 'ahead of the FY2027 deadline' (the goal keeps by FY2027, met in FY2025, as fresh2's N6); 'A higher target, reportedly 3.5%, is under discussion' (not adopted); 'The year before, exports had been $129.4 billion and imports $192.1 billion' (2024, past year); Figure 1 (2022-2024 bars and axis ticks 0-200, no value labels); 'the United Kingdom has overtaken China for second place' (their ranks); 'after 0.1% in 2024' is in the GDP table; 'its newer FY2035 target is 60%' (later target); 'a summit in India, postponed from 2025, has not been rescheduled'; 'South Korean President Lee Jae-myung visited Tokyo in January' (another leader); the tariff and pledge are only in the sidebar 'Tariffs After the Court Ruling' (html aside); PDF ligatures, NBSP, hyphenation (straight quotes)",
}
