from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "CD1-IF10199-2025-06", "fresh22", "IF10199", 46
LAYOUTS = ["pdf", "md"]
PDF_OPTS = ["quotes", "nbsp"]
CHART = {"unit": "$ billions", "ymax": 60, "ticks": [0, 15, 30, 45, 60],
         "series": ["2023", "2024"],
         "bars": {"Vehicles": (51.8, 55.6), "Machinery": (33.9, 34.7), "Electrical": (17.2, 17.9), "Optical/medical": (9.6, 10.1)}}

MD = """
U.S.-Japan Relations

Updated June 23, 2025

## Overview

Five months into President Donald J. Trump's second term, the relationship with Japan is being defined less by security cooperation than by tariffs. Prime Minister Shigeru Ishiba, whose Liberal Democratic Party (LDP) governs in coalition with Komeito, has sought an exemption from the new U.S. duties without conceding on agriculture before a July election. The two leaders met on the sidelines of the Group of Seven summit in Kananaskis, Canada, on June 16 but announced no deal. Congress has an interest in the outcome because Japan is both a treaty ally and one of the largest foreign investors in the U.S. economy.

## Tariffs and the Negotiations

In a telephone call on April 7, 2025, Trump and Ishiba agreed to open talks on tariffs, and Ishiba named Economic Revitalization Minister Akazawa Ryosei as his negotiator. Akazawa has since traveled to Washington six times. What Japan faces, measure by measure, is set out in Table 1. Most goods from Japan, those outside the sectoral actions, now pay a 10% surcharge on top of ordinary duties.

Table 1. U.S. Tariff Actions Affecting Japan, as of June 2025

| Measure | Rate | Status |
| --- | --- | --- |
| Baseline reciprocal tariff (IEEPA) | 10% | Collected since April 5 |
| Japan-specific reciprocal rate | 24% | Announced April 2; suspended until July 9 |
| Section 232: passenger vehicles and light trucks | 25% | Collected since April 3 (27.5% with the MFN duty) |
| Section 232: steel and aluminum | 50% | Raised from 25% on June 4 |

Japanese officials argue that Japan, as the largest source of U.S. inward investment, should be treated differently from countries that run surpluses without investing. In February, Ishiba told Trump that Japan's investment in the United States could be lifted to $1 trillion; no new pledge has been tabled in the talks. If the pause on the 24% rate lapses without an agreement, that rate is scheduled to apply from July 9.

## Economic Ties

**Figure 1. U.S. Imports from Japan, Leading Categories, 2023-2024**

Source: U.S. Census Bureau. Goods only.

Table 2. U.S. Trade with Japan (goods and services)

| | 2023 | 2024 |
| --- | --- | --- |
| U.S. exports to Japan ($ billions) | 121.1 | 128.7 |
| U.S. imports from Japan ($ billions) | 183.9 | 191.6 |
| Japan's rank among U.S. trade partners | 6 | 6 |

Measured by goods alone, Japan was the fifth-biggest supplier of U.S. imports in 2024, with automobiles making up about a third of the total. As an investor, it has outranked every other country in the stock of direct investment in the United States since 2019. Japanese holdings of U.S. Treasury securities, at about $1.1 trillion, also exceed those of any other foreign holder, China included.

## The Alliance

Since the security treaty entered into force in 1952, U.S. forces have been stationed in Japan. They now number on the order of 55,000, the largest U.S. military presence in any foreign country. Japan's share of their costs is set by a Special Measures Agreement (SMA) concluded in December 2021: ¥1.055 trillion spread over five fiscal years, or an average in the region of $1.4 billion per year. Talks on a successor, due to take effect in April 2027, have not yet begun, and Trump has said Japan should pay more.

Okinawa, in numbers:

- Share of Japan's land area: 0.6%
- Share of the land used exclusively by U.S. forces: roughly seven-tenths
- Share of U.S. military personnel in Japan: about half
- Marines to move to Guam: some 4,000, of a planned 9,000 leaving the island
- Marines already in Guam: close to 100, who arrived in December 2024

## Defense

Japan's National Security Strategy of December 2022 set the country on course to spend 2% of GDP on defense and related items by FY2027. For most of the postwar era, spending was held near 1% of GDP. Senior Pentagon officials have since pressed Tokyo to go to 3.5%, and NATO allies are weighing 5%; Japan has declined to commit to either. Japan agreed in January 2024 to buy 400 Tomahawk cruise missiles, a purchase that the State Department put at $2.35 billion.

## Domestic Politics

Ishiba became LDP president in September 2024 and called a snap election soon after. In the October 27, 2024, Lower House vote, the coalition's seats fell to 215 of 465, just over 46%, down from about 62% before the dissolution. It governs as a minority there, relying on opposition parties to pass budgets. In the House of Councillors the coalition's position is firmer: it holds some 57% of seats, but half of the chamber is up for election on July 20, the next nationwide vote. No Lower House election is required until October 2028.

## Economy

Growth was a modest 0.1% in 2024, after 1.5% in 2023, and real GDP shrank at an annualized 0.2% in the first quarter of 2025. A ¥13.9 trillion supplementary budget, about $90 billion, was passed in December 2024 to pay for energy subsidies and cash handouts. The Bank of Japan raised its policy rate to 0.5% in January. Japan's climate pledge calls for a 46% cut in greenhouse gas emissions from the FY2013 level by FY2030; a February 2025 plan extends it to 60% by FY2035.

## Regional Diplomacy

Quad leaders have gathered six times since 2021; India is to host the next summit. Japan and the Philippines put a reciprocal access agreement into force in 2025, and Tokyo is expanding security assistance to Southeast Asian partners. Relations with China remain strained by Chinese coast guard activity near the Senkaku Islands.

**Mark E. Manyin**, Coordinator, Specialist in Asian Affairs

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Kyla H. Kitamura**, Analyst in Foreign Affairs
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Ishiba", "Shigeru", "Prime Minister Shigeru Ishiba"),
        "leaders.us_president": P("Trump", "Donald", "President Donald J. Trump's second term"),
        "alliance.treaty_ally_since": F(1952, as_written="Since the security treaty entered into force in 1952"),
        "alliance.us_troops_in_japan": F(55000, "about", as_written="They now number on the order of 55,000", note="subject carried from the previous sentence"),
        "alliance.host_nation_support_per_year": F(1400000000, "about", per="year", as_written="an average in the region of $1.4 billion per year"),
        "alliance.host_nation_support_agreement": D("2021-12", as_written="a Special Measures Agreement (SMA) concluded in December 2021"),
        "alliance.okinawa_share_of_land_area": F(0.6, as_written="Share of Japan's land area: 0.6%", note="bullet list"),
        "alliance.okinawa_share_of_usfj_facilities": F(70, "about", as_written="Share of the land used exclusively by U.S. forces: roughly seven-tenths", note="exclusive-use basis; fraction in words"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "about", as_written="Share of U.S. military personnel in Japan: about half"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="Marines to move to Guam: some 4,000, of a planned 9,000 leaving the island"),
        "alliance.marines_in_guam": F(100, "nearly", as_written="Marines already in Guam: close to 100, who arrived in December 2024"),
        "defense.spending_goal_pct_gdp": F(2, by="FY2027", as_written="to spend 2% of GDP on defense and related items by FY2027"),
        "defense.traditional_limit_pct_gdp": F(1, "about", as_written="spending was held near 1% of GDP"),
        "defense.tomahawk_purchase": F(2350000000, as_written="a purchase that the State Department put at $2.35 billion"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="whose Liberal Democratic Party (LDP) governs in coalition with Komeito"),
        "politics.lower_house_coalition_share": F(46, "over", previous=62, as_written="the coalition's seats fell to 215 of 465, just over 46%, down from about 62% before the dissolution"),
        "politics.upper_house_coalition_share": F(57, "about", as_written="it holds some 57% of seats"),
        "politics.next_diet_election_due": F(2025, as_written="half of the chamber is up for election on July 20, the next nationwide vote"),
        "politics.lower_house_election_due": D("2028-10", as_written="No Lower House election is required until October 2028"),
        "trade.overall_partner_rank": F(6, period="2024", as_written="Table 2: Japan's rank among U.S. trade partners | 6 | 6", note="goods and services; 2024 column"),
        "trade.us_exports_to_japan": F(128700000000, period="2024", as_written="Table 2: U.S. exports to Japan ($ billions) | 121.1 | 128.7", note="goods and services"),
        "trade.us_imports_from_japan": F(191600000000, period="2024", as_written="Table 2: U.S. imports from Japan ($ billions) | 183.9 | 191.6", note="goods and services"),
        "trade.import_partner_rank": F(5, period="2024", as_written="Japan was the fifth-biggest supplier of U.S. imports in 2024", note="goods only"),
        "trade.fdi_source_rank": F(1, as_written="it has outranked every other country in the stock of direct investment in the United States since 2019"),
        "trade.treasury_holder_rank": F(1, as_written="Japanese holdings of U.S. Treasury securities ... also exceed those of any other foreign holder, China included"),
        "trade.us_tariff_on_most_imports_from_japan": F(10, as_written="Most goods from Japan, those outside the sectoral actions, now pay a 10% surcharge on top of ordinary duties", note="IEEPA baseline, since 2025-04-05; Table 1"),
        "economy.gdp_growth": GDP(y2024=0.1, y2023=1.5),
        "economy.supplementary_budget": F(90000000000, "about", period="2024-12", as_written="A ¥13.9 trillion supplementary budget, about $90 billion, was passed in December 2024"),
        "economy.emissions_cut_target": F(46, by="FY2030", baseline="FY2013", as_written="a 46% cut in greenhouse gas emissions from the FY2013 level by FY2030"),
        "diplomacy.quad_leader_meetings": F(6, as_written="Quad leaders have gathered six times since 2021"),
    },
    "elections": {
        "ldp_president_2024": E("LDP president", "2024-09", "held", result="Ishiba elected"),
        "lower_house_2024": E("Lower House", "2024-10-27", "held", result="coalition fell to 215 of 465 seats, just over 46%"),
        "upper_house_2025": E("Upper House", "2025-07-20", "upcoming", note="half of the chamber up for election; the next nationwide vote"),
    },
    "events": {
        "tariff_talks_announced": EV("Trump and Ishiba agree by telephone to open tariff talks; Akazawa named negotiator", "2025-04-07", "held"),
    },
    "notes": "Traps: 'on June 16 but announced no deal' (G7 meeting); 'Akazawa has since traveled to Washington six times' (a count of trips, not Quad meetings); Table 1 'Japan-specific reciprocal rate | 24% | Announced April 2; suspended until July 9' (announced, not in effect), 'Section 232: passenger vehicles and light trucks | 25% | ... (27.5% with the MFN duty)' and 'Section 232: steel and aluminum | 50% | Raised from 25% on June 4' (sectoral rates, not the rate on most imports); 'Collected since April 5'; 'Japan's investment in the United States could be lifted to $1 trillion; no new pledge has been tabled' (a projection of the stock, not a pledge: no investment pledge stated); 'that rate is scheduled to apply from July 9' (threatened 24%); Figure 1 (imports by category, $ billions, 2023 and 2024 series, axis ticks 0-60, no value labels); Table 2's 2023 column ('121.1', '183.9', rank '6'); 'with automobiles making up about a third of the total' (33, a share of imports, not an Okinawa or coalition share); 'since 2019' (a year, not a rank); 'at about $1.1 trillion' (holdings); 'the largest U.S. military presence in any foreign country' (not a rank fact); '¥1.055 trillion spread over five fiscal years' (five-year yen total); 'a successor, due to take effect in April 2027' (planned SMA); 'of a planned 9,000 leaving the island' (total leaving Okinawa, not Guam); 'who arrived in December 2024'; 'Japan's National Security Strategy of December 2022'; 'pressed Tokyo to go to 3.5%, and NATO allies are weighing 5%' (rival spending figures); 'Japan agreed in January 2024 to buy 400 Tomahawk cruise missiles' (a count); 'Ishiba became LDP president in September 2024'; 'down from about 62% before the dissolution' (previous Lower House share); 'relying on opposition parties'; 'but half of the chamber is up for election' (not a share); 'real GDP shrank at an annualized 0.2% in the first quarter of 2025' (a quarter); 'raised its policy rate to 0.5% in January'; 'a February 2025 plan extends it to 60% by FY2035' (a later target); 'India is to host the next summit' (planned); 'a reciprocal access agreement into force in 2025'; PDF curly quotes and NBSP",
}
