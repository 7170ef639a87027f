from lib import F, D, P, GDP, E, EV

NAME = "F3-IF10199-2022-11"
SET = "fresh"
BRIEF = "IF10199"
VERSION = "44"
LAYOUTS = ("md", "pdf", "interleaved")
PDF_OPTS = ("lig", "quotes", "nbsp", "hyph")
CHART = {"unit": "Yen per dollar", "ymax": 160, "ticks": [0, 40, 80, 120, 160],
         "bars": {"2019": [109], "2020": [107], "2021": [110], "2022": [131]},
         "series": ["Annual average exchange rate"]}

MD = """
U.S.-Japan Relations

Updated November 15, 2022

## Overview

Four months after the killing of former Prime Minister Abe Shinzo, the alliance he did much to reshape is being carried forward by his former foreign minister. Prime Minister Kishida Fumio has aligned Japan closely with the Biden Administration on Russia's war in Ukraine and on China, and President Joe Biden has called the relationship "ironclad." With no national election required until 2025, Kishida has, in principle, room to pursue an ambitious agenda, though his cabinet's approval ratings have fallen below 35% amid controversy over the ruling party's ties to the Unification Church.

## Abe's Assassination and Its Aftermath

Abe was shot and killed on July 8, 2022, while delivering a campaign speech in the city of Nara. Two days later the Liberal Democratic Party (LDP) and its partner, Komeito, won the Upper House election of July 10; the coalition now controls some 60% of the chamber, up from 57% before the vote. A state funeral for Abe, held on September 27, 2022, was opposed by a majority of respondents in several polls.

In the Lower House, the ruling bloc commands 293 of 465 seats, or 63%, a position it secured in the October 2021 general election. The chamber's term runs until October 2025, and the next Upper House contest is due in July 2025.

## The Military Alliance

Japan has been a U.S. treaty ally since 1951. Approximately 55,000 U.S. military personnel are stationed in the country, the largest such presence anywhere overseas. Under a five-year cost-sharing arrangement announced in December 2021 and formally signed the following month, Tokyo contributes about $1.9 billion a year toward their upkeep.

Postwar governments generally kept defense spending to roughly 1% of GDP. Kishida has endorsed lifting it to 2% of GDP, the NATO benchmark, within five years, and revised versions of Japan's three core strategy documents are expected by the end of 2022. Japanese officials have also told U.S. counterparts that Tokyo may seek to purchase up to 500 Tomahawk cruise missiles.

Roughly 25% of USFJ facilities are in Okinawa, as are more than half of USFJ personnel, though the prefecture makes up just 0.6% of Japan's land mass. Incumbent Governor Denny Tamaki, an opponent of the planned Henoko runway, was reelected in September 2022, defeating the LDP-backed Atsushi Sakima.

## Regional Diplomacy

Biden and Kishida have now taken part together in four leader-level meetings of the Quadrilateral Security Dialogue ("the Quad") with Australia and India, two of them virtual; Tokyo hosted the most recent, in May 2022. That same month, Japan was one of fourteen countries that launched the Indo-Pacific Economic Framework for Prosperity (IPEF) in Tokyo.

Following Russia's February 2022 invasion, Japan imposed sanctions on Russian banks and individuals and broke with past practice by supplying bulletproof vests and helmets to Ukraine's forces. Tokyo has committed $600 million in financial support to Kyiv, as well as some $430 million in humanitarian and development aid. In 2014, by contrast, Japan's response to Russia's annexation of Crimea was limited to largely symbolic measures.

## Economic Issues

The United States and Japan are the world's largest and third-largest economies. Japan ranks fourth among U.S. trading partners overall. In 2021, U.S. exports of goods and services to Japan came to just over $112 billion, and imports from Japan to nearly $168 billion; in each direction, Japan was the fifth-largest partner of the United States. Japan is the single largest source of foreign direct investment in the United States. It also tops the list of foreign holders of U.S. Treasury securities, ahead of China.

Japan's real GDP grew 2.1% in 2021 after contracting 4.3% in 2020, but preliminary data show an annualized decline of 1.2% in the third quarter of 2022. A supplementary budget of ¥29.1 trillion (roughly $196 billion), approved by the cabinet in October, awaits Diet passage; the most recent one to be enacted, in May 2022, was worth about $21 billion.

**Figure 1. The Yen Against the Dollar, 2019-2022**

Source: CRS, using Federal Reserve data; 2022 through October.

The Bank of Japan has kept interest rates near zero while other central banks have raised them. As a result, the yen fell to a 32-year low against the dollar in October 2022, prompting Japan's Ministry of Finance to intervene in currency markets for the first time since 1998. Japan has pledged a 46% cut in greenhouse gas emissions by 2030, measured against 2013 levels.

**Emma Chanlett-Avery**, Coordinator, Specialist in Asian Affairs

**Mark E. Manyin**, Specialist in Asian Affairs

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Caitlin Campbell**, Analyst in Asian Affairs
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Kishida", "Fumio", "Prime Minister Kishida Fumio"),
        "leaders.us_president": P("Biden", "Joe", "President Joe Biden"),
        "alliance.treaty_ally_since": F(1951),
        "alliance.us_troops_in_japan": F(55000, "about", as_written="Approximately 55,000 U.S. military personnel are stationed in the country"),
        "alliance.host_nation_support_per_year": F(1900000000, "about", per="year", as_written="Tokyo contributes about $1.9 billion a year toward their upkeep"),
        "alliance.host_nation_support_agreement": D("2021-12", as_written="a five-year cost-sharing arrangement announced in December 2021 and formally signed the following month", note="announced December 2021; signed January 2022 (the catalogue tracks the announcement)"),
        "alliance.okinawa_share_of_usfj_facilities": F(25, "about", as_written="Roughly 25% of USFJ facilities are in Okinawa"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="as are more than half of USFJ personnel"),
        "alliance.okinawa_share_of_land_area": F(0.6, as_written="the prefecture makes up just 0.6% of Japan's land mass", note="'just' is not a hedge"),
        "defense.spending_goal_pct_gdp": F(2, by="within five years", as_written="Kishida has endorsed lifting it to 2% of GDP, the NATO benchmark, within five years"),
        "defense.traditional_limit_pct_gdp": F(1, "about", as_written="Postwar governments generally kept defense spending to roughly 1% of GDP"),
        "politics.ruling_coalition": F(["LDP", "Komeito"]),
        "politics.upper_house_coalition_share": F(60, "about", previous=57, as_written="the coalition now controls some 60% of the chamber, up from 57% before the vote"),
        "politics.lower_house_coalition_share": F(63, as_written="the ruling bloc commands 293 of 465 seats, or 63%"),
        "politics.next_diet_election_due": F(2025, as_written="With no national election required until 2025"),
        "politics.lower_house_election_due": D("2025-10", as_written="The chamber's term runs until October 2025"),
        "trade.overall_partner_rank": F(4, as_written="Japan ranks fourth among U.S. trading partners overall"),
        "trade.export_partner_rank": F(5, period="2021", as_written="in each direction, Japan was the fifth-largest partner of the United States"),
        "trade.us_exports_to_japan": F(112000000000, "over", period="2021", note="goods and services", as_written="just over $112 billion"),
        "trade.import_partner_rank": F(5, period="2021", as_written="in each direction, Japan was the fifth-largest partner of the United States"),
        "trade.us_imports_from_japan": F(168000000000, "nearly", period="2021", note="goods and services", as_written="nearly $168 billion"),
        "trade.fdi_source_rank": F(1, as_written="the single largest source of foreign direct investment in the United States"),
        "trade.treasury_holder_rank": F(1, as_written="It also tops the list of foreign holders of U.S. Treasury securities", note="subject ('Japan') in the previous sentence"),
        "economy.gdp_growth": GDP(y2021=2.1, y2020=-4.3),
        "economy.supplementary_budget": F(21000000000, "about", period="2022-05", as_written="the most recent one to be enacted, in May 2022, was worth about $21 billion"),
        "economy.emissions_cut_target": F(46, by="2030", baseline="2013"),
        "economy.yen": F("32-year low against the dollar", period="2022-10"),
        "diplomacy.quad_leader_meetings": F(4, as_written="four leader-level meetings of the Quadrilateral Security Dialogue"),
        "diplomacy.ipef_other_partners": F(13, period="2022-05", as_written="Japan was one of fourteen countries that launched the Indo-Pacific Economic Framework", note="fourteen including Japan: 13 beside Japan"),
        "diplomacy.ukraine_financial_support": F(600000000, as_written="$600 million in financial support to Kyiv"),
        "diplomacy.ukraine_humanitarian_aid": F(430000000, "about", as_written="some $430 million in humanitarian and development aid"),
    },
    "elections": {
        "upper_house_2022": E("Upper House", "2022-07-10", "held", result="coalition's share raised from 57% to some 60%"),
        "okinawa_governor_2022": E("Okinawa governor", "2022-09", "held", result="incumbent Denny Tamaki reelected, defeating Atsushi Sakima"),
        "upper_house_2025": E("Upper House", "2025-07", "upcoming"),
        "lower_house_2021": E("Lower House", "2021-10", "held", result="ruling bloc secured 293 of 465 seats"),
    },
    "events": {
        "abe_assassination": EV("Former Prime Minister Abe Shinzo shot and killed in Nara", "2022-07-08"),
    },
    "notes": "Traps: 'former Prime Minister Abe Shinzo'; 'his former foreign minister'; 'approval ratings have fallen below 35%'; 'A state funeral for Abe, held on September 27, 2022'; 'the largest such presence anywhere overseas' (troops, not a rank); 'formally signed the following month' (January 2022, not the announcement); 'the NATO benchmark'; 'up to 500 Tomahawk cruise missiles' (no dollar amount: defense.tomahawk_purchase not stated); 'two of them virtual'; 'in May 2022' (Quad summit in Tokyo); 'In 2014, by contrast' (Crimea); 'the world's largest and third-largest economies' (not a trade rank); 'ahead of China'; 'an annualized decline of 1.2% in the third quarter of 2022' (quarterly); 'A supplementary budget of ¥29.1 trillion (roughly $196 billion), approved by the cabinet in October, awaits Diet passage' (not enacted); 'for the first time since 1998'; the yen chart (annual averages, no value labels)."
}
