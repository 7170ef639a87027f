from lib import F, D, P, GDP, E, EV

NAME = "F4-IF10199-2025-06"
SET = "fresh"
BRIEF = "IF10199"
VERSION = "52"
LAYOUTS = ("html", "pdf", "layout")
PDF_OPTS = ("lig", "quotes", "nbsp", "hyph")
SIDEBAR = "U.S. Forces in Okinawa"
CHART = {"unit": "Percent of GDP", "ymax": 2.0, "ticks": [0, 0.5, 1.0, 1.5, 2.0],
         "bars": {"FY2022": [1.1], "FY2023": [1.3], "FY2024": [1.6], "FY2025": [1.8]},
         "series": ["Defense-related spending"]}

MD = """
U.S.-Japan Relations

Updated June 10, 2025

## Overview

Japan's government enters the summer of 2025 weakened at home and under pressure from Washington. Prime Minister Ishiba Shigeru, who succeeded Kishida Fumio in October 2024, leads a minority government that must negotiate with opposition parties to pass legislation. President Donald J. Trump, in his second term, has imposed new tariffs on Japanese goods while praising Ishiba personally after their February 2025 meeting at the White House. The alliance itself, which dates to 1951, remains broadly popular in both countries.

## Alliance and Defense

More than 53,000 U.S. service members are stationed in Japan. Japan contributes about ¥211 billion (roughly $1.45 billion) a year toward their costs under a five-year agreement reached in December 2021, and Trump has said the amount should be higher. The two governments agreed in 2024 to upgrade U.S. Forces Japan (USFJ) into a joint force headquarters.

Japan's defense policy has changed more in the past three years than in the previous three decades. Under strategy documents issued in December 2022, spending on defense and related items is to reach 2% of GDP by FY2027, up from the roughly 1% that was long treated as a ceiling. Tokyo signed a contract in January 2024 to buy 400 Tomahawk cruise missiles for an estimated $2.35 billion. Some in the Administration have argued for a 3.5% target, but no such figure has been adopted in Tokyo.

**Figure 1. Japan's Defense-Related Spending, FY2022-FY2025**

Source: Japan Ministry of Defense; FY2025 as budgeted.

## U.S. Forces in Okinawa

About 70% of the facilities and areas used exclusively by USFJ are located in Okinawa, and more than half of USFJ personnel serve there, although the prefecture covers less than 1% of Japan's territory.

Approximately 4,000 Marines are to move from Okinawa to Guam under a 2012 agreement. The first contingent, about 100 Marines, arrived in Guam in December 2024.

## Politics

Ishiba won the Liberal Democratic Party (LDP) presidency in September 2024 and called a snap election soon after taking office. In the October 27, 2024, Lower House election, the LDP and its coalition partner, Komeito, lost the majority they had held since 2012; the two now hold fewer than half of the chamber's 465 seats. They fare better in the Upper House, where they hold about 57% of the seats. Half of the upper chamber's members will be elected on July 20, 2025, and a loss of the coalition's majority there could threaten Ishiba's leadership. No Lower House election is required until October 2028.

## Trade and Tariffs

Japan was the sixth-largest U.S. trading partner in 2024. It ranked fifth among markets for U.S. exports, which totaled $129.1 billion in goods and services, and sixth among sources of U.S. imports, which came to $191.8 billion. Japan is the largest source of foreign direct investment in the United States; its investors also own more U.S. Treasury securities than those of any other country.

Most imports from Japan now face a 10% tariff under the International Emergency Economic Powers Act (IEEPA). A 24% "reciprocal" rate announced on April 2, 2025, has been suspended until July 9. Separate Section 232 tariffs of 25% apply to autos and auto parts, and the tariff on steel and aluminum was raised to 50% on June 4. Japan's chief negotiator, Akazawa Ryosei, has visited Washington five times since April.

## Economy

Real GDP grew 0.1% in 2024, after 1.5% in 2023, and contracted at an annualized 0.7% pace in the first quarter of 2025. In December 2024 the Diet enacted a ¥13.9 trillion supplementary budget, about $89 billion, to offset rising prices. The yen, which fell to a 38-year low against the dollar in July 2024, has since partially recovered. Japan's 2030 commitment, a 46% cut in greenhouse gas emissions from 2013 levels, was supplemented in February 2025 by targets of 60% by 2035 and 73% by 2040.

## Regional Diplomacy

Six leader-level Quad summits have been held since 2021; India is to host the next. Japan has joined the United States in a trilateral framework with the Philippines and has continued to improve relations with South Korea under President Lee Jae-myung, who took office on June 4.

**Mark E. Manyin**, Coordinator, Specialist in Asian Affairs

**Caitlin Campbell**, Specialist in Asian Affairs

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Ishiba", "Shigeru", "Prime Minister Ishiba Shigeru"),
        "leaders.us_president": P("Trump", "Donald", "President Donald J. Trump"),
        "alliance.treaty_ally_since": F(1951, as_written="The alliance itself, which dates to 1951"),
        "alliance.us_troops_in_japan": F(53000, "over", as_written="More than 53,000 U.S. service members are stationed in Japan"),
        "alliance.host_nation_support_per_year": F(1450000000, "about", per="year", as_written="about ¥211 billion (roughly $1.45 billion) a year"),
        "alliance.host_nation_support_agreement": D("2021-12", as_written="a five-year agreement reached in December 2021"),
        "alliance.okinawa_share_of_usfj_facilities": F(70, "about", as_written="About 70% of the facilities and areas used exclusively by USFJ are located in Okinawa", note="exclusive-use basis"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="more than half of USFJ personnel serve there"),
        "alliance.okinawa_share_of_land_area": F(1, "under", as_written="the prefecture covers less than 1% of Japan's territory"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="Approximately 4,000 Marines are to move from Okinawa to Guam"),
        "alliance.marines_in_guam": F(100, "about", as_written="The first contingent, about 100 Marines, arrived in Guam in December 2024"),
        "defense.spending_goal_pct_gdp": F(2, by="FY2027", as_written="is to reach 2% of GDP by FY2027"),
        "defense.traditional_limit_pct_gdp": F(1, "about", as_written="up from the roughly 1% that was long treated as a ceiling"),
        "defense.tomahawk_purchase": F(2350000000, "about", as_written="400 Tomahawk cruise missiles for an estimated $2.35 billion"),
        "politics.ruling_coalition": F(["LDP", "Komeito"]),
        "politics.lower_house_coalition_share": F(50, "under", as_written="the two now hold fewer than half of the chamber's 465 seats"),
        "politics.upper_house_coalition_share": F(57, "about", as_written="They fare better in the Upper House, where they hold about 57% of the seats"),
        "politics.next_diet_election_due": F(2025, note="Upper House election on July 20, 2025"),
        "politics.lower_house_election_due": D("2028-10", as_written="No Lower House election is required until October 2028"),
        "trade.overall_partner_rank": F(6, period="2024", as_written="Japan was the sixth-largest U.S. trading partner in 2024"),
        "trade.export_partner_rank": F(5, period="2024", as_written="It ranked fifth among markets for U.S. exports"),
        "trade.us_exports_to_japan": F(129100000000, period="2024", note="goods and services"),
        "trade.import_partner_rank": F(6, period="2024", as_written="and sixth among sources of U.S. imports"),
        "trade.us_imports_from_japan": F(191800000000, period="2024", note="goods and services"),
        "trade.fdi_source_rank": F(1, as_written="Japan is the largest source of foreign direct investment in the United States"),
        "trade.treasury_holder_rank": F(1, as_written="its investors also own more U.S. Treasury securities than those of any other country"),
        "trade.us_tariff_on_most_imports_from_japan": F(10, as_written="Most imports from Japan now face a 10% tariff under the International Emergency Economic Powers Act (IEEPA)"),
        "economy.gdp_growth": GDP(y2024=0.1, y2023=1.5),
        "economy.supplementary_budget": F(89000000000, "about", period="2024-12", as_written="a ¥13.9 trillion supplementary budget, about $89 billion"),
        "economy.emissions_cut_target": F(46, by="2030", baseline="2013"),
        "economy.yen": F("38-year low against the dollar", period="2024-07", note="'has since partially recovered': the latest low the text states"),
        "diplomacy.quad_leader_meetings": F(6, as_written="Six leader-level Quad summits have been held since 2021"),
    },
    "elections": {
        "ldp_president_2024": E("LDP president", "2024-09", "held", result="Ishiba won"),
        "lower_house_2024": E("Lower House", "2024-10-27", "held", result="LDP-Komeito lost their majority"),
        "upper_house_2025": E("Upper House", "2025-07-20", "upcoming"),
    },
    "events": {},
    "notes": "Traps: 'who succeeded Kishida Fumio in October 2024' (former PM); 'their February 2025 meeting'; 'the majority they had held since 2012'; 'Half of the upper chamber's members will be elected' (not a share); 'Trump has said the amount should be higher'; 'strategy documents issued in December 2022'; 'Some in the Administration have argued for a 3.5% target, but no such figure has been adopted'; 'under a 2012 agreement'; 'arrived in Guam in December 2024' (date, not a count); the defense chart (percent of GDP by FY, no value labels); 'A 24% \"reciprocal\" rate announced on April 2, 2025, has been suspended until July 9' (not in effect); 'Separate Section 232 tariffs of 25% apply to autos and auto parts'; 'raised to 50% on June 4'; 'Akazawa Ryosei, has visited Washington five times'; 'contracted at an annualized 0.7% pace in the first quarter of 2025' (quarterly); 'targets of 60% by 2035 and 73% by 2040' (not the 2030 target); 'President Lee Jae-myung, who took office on June 4'; 'India is to host the next'. trade.japan_investment_pledge is not stated (no pledge before the July 2025 framework)."
}
