from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "R5-IF10199-2026-02", "fresh4", "IF10199", 47
LAYOUTS = ["html", "pdf", "interleaved"]
PDF_OPTS = ["lig", "quotes", "nbsp"]
SIDEBAR = "Okinawa and the Guam Move"
CHART = {"unit": "percent", "ymax": 20, "ticks": [0, 5, 10, 15, 20],
         "series": ["Tariff on most imports from Japan"],
         "bars": {"Jan 2025": (1.5,), "Apr 2025": (10,), "Aug 2025": (15,), "Feb 2026": (10,)}}

MD = """
U.S.-Japan Relations

Updated February 26, 2026

## Overview

February brought three developments that reshape the U.S.-Japan agenda:

- February 8: Prime Minister Takaichi Sanae's Liberal Democratic Party (LDP) won a landslide in the snap Lower House election she had called in January.
- February 20: the U.S. Supreme Court held that the International Emergency Economic Powers Act (IEEPA) does not authorize tariffs, voiding the 15% rate that had applied to most Japanese goods since August 2025.
- February 24: President Donald Trump imposed a temporary surcharge under Section 122 of the Trade Act of 1974 in its place.

Takaichi, Japan's first woman prime minister, took office in October 2025 after Ishiba Shigeru resigned in the wake of the coalition's July 2025 upper-house defeat. She and Trump met in Tokyo that month and pledged a "golden age" for an alliance that has been in force since 1952.

## Politics

The LDP won 316 seats on its own, more than two-thirds of the 465-seat chamber. Together with its coalition partner, the Japan Innovation Party (Ishin), which supports the government from outside the cabinet, it holds 352, just under 76%. Komeito, the LDP's partner from 1999 until October 2025, now sits in opposition. The landslide does not extend to the House of Councillors, where the LDP-Ishin coalition still lacks a majority.

No national election is required until July 2028, when half of the upper chamber is next chosen. The new Lower House may sit until February 2030.

## Tariffs and Investment

The surcharge now in force sets a 10% tariff on most imports from Japan. By law it cannot exceed 15% or last longer than 150 days without congressional approval, so it is due to lapse in late July 2026. Autos from Japan remain subject to a 15% rate under Section 232, down from 27.5% before the September 2025 implementing order, and steel and aluminum to 50%. The Administration has said it may seek duties under Section 301 to replace the surcharge (Figure 1).

**Figure 1. U.S. Tariff on Most Imports from Japan, 2025-2026**

Source: CRS, from presidential proclamations and executive orders.

The July 2025 framework agreement also committed Japan to $550 billion in U.S. investment by January 19, 2029. Japanese officials say the ruling does not change that commitment, which Tokyo regards as part of a package that also lowered the auto tariff.

## Alliance and Defense

The United States keeps about 55,000 troops in Japan. Japan pays toward their cost under a five-year agreement announced in December 2021, which provides about ¥211 billion a year (some $1.4 billion) and expires in March 2027; talks on its successor opened in January.

The goal of spending 2% of GDP on defense, originally set for FY2027, was brought forward to FY2025 by Takaichi, and the government says it has been met. The 1% guideline that capped spending for most of the postwar era is history. U.S. officials have urged a further increase to 3.5%. Japan took delivery of its first Tomahawk cruise missiles in 2025 under a $2.35 billion deal.

## Okinawa and the Guam Move

Okinawa accounts for 0.6 percent of Japan's land area, yet it hosts 70 percent of the facilities reserved for exclusive U.S. use and about half of all U.S. military personnel in Japan. Of the approximately 4,000 Marines to be moved to Guam, about 200 had arrived there by January.

## Economic Ties

Japan was the sixth-largest U.S. trading partner in 2024. It bought $129.4 billion of U.S. goods and services, the sixth-largest total of any export market, and it sold $191.6 billion, which put it fifth among suppliers. Full-year 2025 figures are due in March. Japan's direct investment stock in the United States, $783 billion, is the largest of any country. Investors in Japan own more U.S. Treasury debt than those in any other country; the United Kingdom is second and China third.

Japan's real GDP grew 1.1% in 2025, following 0.1% in 2024, according to preliminary figures released this month; in the fourth quarter the economy expanded at an annualized 0.2%. A supplementary budget of ¥18.3 trillion, about $117 billion, was enacted in December 2025.

Japan's 2030 climate target, a 46% cut from FY2013 emissions, stands; its newer pledge is a 60% cut by FY2035.

## Diplomacy

The Quad's leaders last met in September 2024, their sixth meeting; a summit India was to host in 2025 did not take place. Relations with China have soured since November, when Takaichi suggested in the Diet that a Taiwan contingency could threaten Japan's survival.

**Mark E. Manyin**, Coordinator, Specialist in Asian Affairs

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Kyla H. Kitamura**, Analyst in Asian Affairs
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Takaichi", "Sanae", "Prime Minister Takaichi Sanae"),
        "leaders.us_president": P("Trump", "Donald", "President Donald Trump"),
        "alliance.treaty_ally_since": F(1952, as_written="an alliance that has been in force since 1952"),
        "alliance.us_troops_in_japan": F(55000, "about", as_written="The United States keeps about 55,000 troops in Japan"),
        "alliance.host_nation_support_per_year": F(1400000000, "about", per="year", as_written="about ¥211 billion a year (some $1.4 billion)"),
        "alliance.host_nation_support_agreement": D("2021-12", as_written="a five-year agreement announced in December 2021"),
        "alliance.okinawa_share_of_land_area": F(0.6, as_written="Okinawa accounts for 0.6 percent of Japan's land area"),
        "alliance.okinawa_share_of_usfj_facilities": F(70, as_written="it hosts 70 percent of the facilities reserved for exclusive U.S. use", note="basis: exclusive-use facilities; exact (no hedge)"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "about", as_written="about half of all U.S. military personnel in Japan"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="Of the approximately 4,000 Marines to be moved to Guam"),
        "alliance.marines_in_guam": F(200, "about", as_written="about 200 had arrived there by January"),
        "defense.spending_goal_pct_gdp": F(2, by="FY2025", as_written="The goal of spending 2% of GDP on defense, originally set for FY2027, was brought forward to FY2025"),
        "defense.traditional_limit_pct_gdp": F(1, as_written="The 1% guideline that capped spending for most of the postwar era is history"),
        "defense.tomahawk_purchase": F(2350000000, as_written="under a $2.35 billion deal"),
        "politics.ruling_coalition": F(["LDP", "Ishin"], as_written="Together with its coalition partner, the Japan Innovation Party (Ishin), which supports the government from outside the cabinet"),
        "politics.lower_house_coalition_share": F(76, "under", as_written="it holds 352, just under 76%"),
        "politics.upper_house_coalition_share": F(50, "under", as_written="the LDP-Ishin coalition still lacks a majority"),
        "politics.next_diet_election_due": F(2028, as_written="No national election is required until July 2028"),
        "politics.lower_house_election_due": D("2030-02", as_written="The new Lower House may sit until February 2030"),
        "trade.us_tariff_on_most_imports_from_japan": F(10, as_written="The surcharge now in force sets a 10% tariff on most imports from Japan", note="Section 122 surcharge since February 24, 2026"),
        "trade.japan_investment_pledge": F(550000000000, by="2029-01-19", as_written="committed Japan to $550 billion in U.S. investment by January 19, 2029"),
        "trade.overall_partner_rank": F(6, period="2024", as_written="Japan was the sixth-largest U.S. trading partner in 2024"),
        "trade.export_partner_rank": F(6, period="2024", as_written="the sixth-largest total of any export market"),
        "trade.us_exports_to_japan": F(129400000000, period="2024", as_written="It bought $129.4 billion of U.S. goods and services"),
        "trade.import_partner_rank": F(5, period="2024", as_written="which put it fifth among suppliers"),
        "trade.us_imports_from_japan": F(191600000000, period="2024", as_written="it sold $191.6 billion"),
        "trade.fdi_source_rank": F(1, as_written="Japan's direct investment stock in the United States, $783 billion, is the largest of any country"),
        "trade.treasury_holder_rank": F(1, as_written="Investors in Japan own more U.S. Treasury debt than those in any other country"),
        "economy.gdp_growth": GDP(y2025=1.1, y2024=0.1),
        "economy.supplementary_budget": F(117000000000, "about", period="2025-12", as_written="A supplementary budget of ¥18.3 trillion, about $117 billion, was enacted in December 2025"),
        "economy.emissions_cut_target": F(46, by="2030", baseline="2013", as_written="Japan's 2030 climate target, a 46% cut from FY2013 emissions, stands"),
        "diplomacy.quad_leader_meetings": F(6, as_written="The Quad's leaders last met in September 2024, their sixth meeting"),
    },
    "elections": {
        "lower_house_2026": E("Lower House", "2026-02-08", "held", result="LDP landslide; LDP-Ishin coalition holds 352 of 465 seats, just under 76%"),
        "upper_house_2025": E("Upper House", "2025-07", "held", result="coalition defeat; Ishiba later resigned"),
        "upper_house_2028": E("Upper House", "2028-07", "upcoming", note="half of the upper chamber next chosen"),
    },
    "events": {
        "section122_surcharge_expired": EV("Section 122 surcharge due to lapse after 150 days", "2026-07", "upcoming"),
    },
    "notes": "Traps: 'the snap Lower House election she had called in January' (dissolution month, not the election); 'voiding the 15% rate that had applied to most Japanese goods since August 2025' (past tariff); 'Section 122 of the Trade Act of 1974'; 'after Ishiba Shigeru resigned' (former prime minister); 'met in Tokyo that month'; 'The LDP won 316 seats on its own, more than two-thirds' (one party's share, not the coalition's); 'it holds 352' and 'the 465-seat chamber' (counts); 'Komeito, the LDP's partner from 1999 until October 2025, now sits in opposition' (not in the coalition); 'By law it cannot exceed 15% or last longer than 150 days' (limits, not the rate); 'Autos from Japan remain subject to a 15% rate under Section 232, down from 27.5%' and 'steel and aluminum to 50%' (product tariffs); 'may seek duties under Section 301' (no rate); Figure 1 (PDF/interleaved) ticks 0-20 and dates without values; 'which Tokyo regards as part of a package'; 'expires in March 2027' and 'talks on its successor opened in January'; 'originally set for FY2027' (the goal is now by FY2025); 'U.S. officials have urged a further increase to 3.5%' (not Japan's goal); 'first Tomahawk cruise missiles in 2025'; 'Full-year 2025 figures are due in March'; '$783 billion' (FDI stock, not a catalogue fact); 'the United Kingdom is second and China third' (other holders); 'in the fourth quarter the economy expanded at an annualized 0.2%' (a quarter); '¥18.3 trillion' (yen beside dollars); 'its newer pledge is a 60% cut by FY2035' (later target); 'a summit India was to host in 2025 did not take place' (not a meeting); 'since November, when Takaichi suggested in the Diet'",
}
