from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "AF1-IF10199-2025-08", "fresh15", "IF10199", 52
LAYOUTS = ["pdf", "html"]
PDF_OPTS = ["lig", "nbsp"]
SIDEBAR = "Rates on Japanese Goods, Step by Step"
CHART = {"unit": "% of GDP", "ymax": 3, "ticks": [0, 1, 2, 3],
         "series": ["Defense and related spending"],
         "bars": {"FY2021": (1.1,), "FY2022": (1.2,), "FY2023": (1.3,), "FY2024": (1.6,), "FY2025": (1.8,)}}

MD = """
U.S.-Japan Relations

Updated August 27, 2025

## Overview

Fifteen percent is the tariff that President Donald Trump and Prime Minister Ishiba Shigeru settled on in July for most Japanese goods, and it is what U.S. Customs and Border Protection has collected on them since August 7. The same deal commits Japan to steer $550 billion into U.S. investments. Ishiba, whose coalition lost control of the upper chamber in July, says he will stay on to see the agreement carried out; many in his Liberal Democratic Party (LDP) want him gone.

## Tariffs: From Threat to Framework

Formal talks began after an April 7 telephone call in which the two leaders agreed to negotiate, five days after the President had announced a 24% "reciprocal" tariff on Japan. That rate was suspended on April 9, and a 10% baseline tariff was charged in its place. In a July 7 letter addressed to Ishiba, Trump warned that Japanese goods would pay 25% from August 1. Instead, on July 22, the two governments announced a framework under which:

- most Japanese goods pay one 15% rate, which Tokyo says includes the normal most-favored-nation (MFN) duty;
- the Section 232 tariff on Japanese cars and parts is to be cut from 27.5% to 15%, on a date not yet set;
- Japan is promised treatment no worse than any other country's if tariffs are placed on semiconductors or pharmaceuticals;
- Japan is to finance U.S. projects chosen by Washington, with 90% of the profits going to the United States, the White House says.

Carrying out the deal has been uneven. The executive order that took effect August 7 added the 15% on top of MFN duties for many products, contrary to Japan's reading of the terms; U.S. officials told Japan's negotiator, Akazawa Ryosei, that the order would be amended and the excess refunded. Automobiles still pay 27.5%, and steel and aluminum remain under the 50% Section 232 tariff applied to every country since June 4.

## Rates on Japanese Goods, Step by Step

Table 1. U.S. Tariffs on Japanese Goods

| Goods | Now | Framework |
| --- | --- | --- |
| Most goods | 15% | 15% |
| Cars and parts | 27.5% | 15% |
| Steel and aluminum | 50% | 50% |

How the general rate moved this year:

- 24%: announced for Japan on April 2, suspended a week later
- 10%: the baseline collected from April 5 through August 6
- 25%: threatened in the President's July 7 letter
- 15%: agreed on July 22, charged since August 7

## Trade and Investment

Japan was the sixth-largest U.S. trading partner in 2024, counting goods and services; as recently as 2019 it had ranked fourth. Sixth, too, among U.S. export markets, Japan bought just over $129 billion of U.S. goods and services that year. Imports from Japan came to nearly $192 billion, the fifth-largest total from any country.

Japanese firms' direct investment in the United States, upwards of $750 billion, exceeds that of any other country's firms. Of the foreign holders of U.S. Treasury securities, Japan remains the largest, with about $1.15 trillion in June; the United Kingdom, which passed China in March, is second.

At $550 billion, Japan's investment commitment dwarfs the $350 billion that South Korea promised in its own July 30 deal. How it will work is unsettled. Japanese officials describe it mainly as loans and guarantees from state-backed lenders, with perhaps 1% to 2% as equity, and no written text had been released as of this writing.

## Politics

Ishiba's LDP and its partner, Komeito, have governed without a majority in the House of Representatives since the October 27, 2024, election, which left them 215 of its 465 seats (46.2%). The House of Councillors election of July 20, 2025, cost the pair control of that chamber too: their share fell from roughly 57% before the vote to 49.2% after it, three seats short of a majority.

Ishiba, who won the party presidency in a September 2024 runoff, could face an early leadership contest; the LDP is to decide in early September whether to hold one. Barring a snap dissolution, no national vote is due until the summer of 2028, when half the House of Councillors is next elected; the House of Representatives' four-year term expires that October.

## The Alliance and Defense

Japan has been a U.S. treaty ally since 1952, when the security treaty signed the previous year took effect. Roughly sixty thousand U.S. military personnel are based in the country. Japan pays about ¥211 billion a year toward their upkeep under a cost-sharing agreement concluded in December 2021, which expires in March 2027; talks on a successor have not begun.

In December 2022, Tokyo committed to raise defense and related spending to 2% of GDP by FY2027, abandoning the 1% guideline that had capped outlays for decades (Figure 1). U.S. defense officials have since urged Japan to spend 3.5%, the core figure NATO allies adopted in June. Deliveries have begun under Japan's roughly $2.35 billion purchase of up to 400 Tomahawk cruise missiles, signed in January 2024.

**Figure 1. Japan's Defense Spending, FY2021-FY2025**

Source: Japan Ministry of Defense; includes related items counted toward the 2% goal.

Table 2. Alliance Figures

| Item | Now | Past/planned |
| --- | --- | --- |
| Host-nation support, $ bn/yr | 1.4 | 1.7 (2016-21) |
| Marines leaving Okinawa | — | 9,000 |
| Marines moving to Guam | about 100 | 4,000 |

Okinawa, 0.6% of Japan's land area, hosts roughly seven in ten of the facilities set aside for exclusive U.S. use and better than half of the U.S. personnel in Japan. The advance party on Guam, counted in Table 2, arrived in December 2024.

## Economy

Real GDP rose 0.1% in 2024, after 1.5% in 2023; in April-June 2025 it expanded at an annualized 1.0%. A ¥13.9 trillion supplementary budget, close to $90 billion, was enacted in December 2024. The yen, which slid to a 38-year low against the dollar in July 2024, has traded near ¥147 this summer. Japan's pledge is to cut greenhouse gas emissions 46% from FY2013 levels by FY2030; in February it added a goal of 60% by FY2035.

## The Region

Quad leaders have met six times, twice by video and four times in person, but the summit India was to host this year has not been scheduled. South Korean President Lee Jae-myung met Ishiba in Tokyo on August 23, two days before his White House visit.

**Mark E. Manyin**, Coordinator, Specialist in Asian Affairs

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Caitlin Campbell**, Analyst in Asian Affairs
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Ishiba", "Shigeru", "President Donald Trump and Prime Minister Ishiba Shigeru settled on in July"),
        "leaders.us_president": P("Trump", "Donald", "President Donald Trump"),
        "trade.us_tariff_on_most_imports_from_japan": F(15, period="2025-08-07", as_written="Fifteen percent is the tariff that ... settled on in July for most Japanese goods, and it is what U.S. Customs and Border Protection has collected on them since August 7", note="number in words before its subject; restated in Table 1 ('Most goods | 15%') and the sidebar list ('15%: agreed on July 22, charged since August 7')"),
        "trade.japan_investment_pledge": F(550000000000, as_written="The same deal commits Japan to steer $550 billion into U.S. investments", note="no deadline written; restated value-first 'At $550 billion, Japan's investment commitment dwarfs ...'"),
        "trade.overall_partner_rank": F(6, period="2024", as_written="Japan was the sixth-largest U.S. trading partner in 2024"),
        "trade.export_partner_rank": F(6, period="2024", as_written="Sixth, too, among U.S. export markets, Japan bought ...", note="rank fronted before its subject"),
        "trade.us_exports_to_japan": F(129000000000, "over", period="2024", as_written="Japan bought just over $129 billion of U.S. goods and services that year"),
        "trade.us_imports_from_japan": F(192000000000, "nearly", period="2024", as_written="Imports from Japan came to nearly $192 billion"),
        "trade.import_partner_rank": F(5, period="2024", as_written="nearly $192 billion, the fifth-largest total from any country"),
        "trade.fdi_source_rank": F(1, as_written="Japanese firms' direct investment in the United States, upwards of $750 billion, exceeds that of any other country's firms"),
        "trade.treasury_holder_rank": F(1, period="2025-06", as_written="Of the foreign holders of U.S. Treasury securities, Japan remains the largest, with about $1.15 trillion in June"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="Ishiba's LDP and its partner, Komeito"),
        "politics.lower_house_coalition_share": F(46.2, as_written="which left them 215 of its 465 seats (46.2%)"),
        "politics.upper_house_coalition_share": F(49.2, previous=57, as_written="their share fell from roughly 57% before the vote to 49.2% after it, three seats short of a majority"),
        "politics.next_diet_election_due": F(2028, as_written="no national vote is due until the summer of 2028, when half the House of Councillors is next elected"),
        "politics.lower_house_election_due": D("2028-10", as_written="the House of Representatives' four-year term expires that October", note="year carried from 'the summer of 2028'"),
        "alliance.treaty_ally_since": F(1952, as_written="Japan has been a U.S. treaty ally since 1952, when the security treaty signed the previous year took effect"),
        "alliance.us_troops_in_japan": F(60000, "about", as_written="Roughly sixty thousand U.S. military personnel are based in the country"),
        "alliance.host_nation_support_per_year": F(1400000000, per="year", as_written="Table 2: 'Host-nation support, $ bn/yr | 1.4 | 1.7 (2016-21)'", note="dollar figure only in Table 2 (unit in the row label); the prose gives the yen figure 'about ¥211 billion a year'; 1.7 is the past agreement's"),
        "alliance.host_nation_support_agreement": D("2021-12", as_written="under a cost-sharing agreement concluded in December 2021, which expires in March 2027"),
        "alliance.okinawa_share_of_land_area": F(0.6, as_written="Okinawa, 0.6% of Japan's land area"),
        "alliance.okinawa_share_of_usfj_facilities": F(70, "about", as_written="hosts roughly seven in ten of the facilities set aside for exclusive U.S. use", note="exclusive-use basis; 'seven in ten' = 70"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="and better than half of the U.S. personnel in Japan"),
        "alliance.marines_relocating_to_guam": F(4000, as_written="Table 2: 'Marines moving to Guam | about 100 | 4,000'", note="the 'Past/planned' column; exact"),
        "alliance.marines_in_guam": F(100, "about", period="2024-12", as_written="Table 2: 'Marines moving to Guam | about 100' ('Now' column); 'The advance party on Guam, counted in Table 2, arrived in December 2024'"),
        "defense.spending_goal_pct_gdp": F(2, by="FY2027", as_written="Tokyo committed to raise defense and related spending to 2% of GDP by FY2027"),
        "defense.traditional_limit_pct_gdp": F(1, as_written="abandoning the 1% guideline that had capped outlays for decades"),
        "defense.tomahawk_purchase": F(2350000000, "about", as_written="Japan's roughly $2.35 billion purchase of up to 400 Tomahawk cruise missiles, signed in January 2024"),
        "economy.gdp_growth": GDP(y2024=0.1, y2023=1.5),
        "economy.supplementary_budget": F(90000000000, "nearly", period="2024-12", as_written="A ¥13.9 trillion supplementary budget, close to $90 billion, was enacted in December 2024", note="'close to' = nearly"),
        "economy.yen": F("38-year low against the dollar", period="2024-07", as_written="The yen, which slid to a 38-year low against the dollar in July 2024"),
        "economy.emissions_cut_target": F(46, by="2030", baseline="2013", as_written="cut greenhouse gas emissions 46% from FY2013 levels by FY2030"),
        "diplomacy.quad_leader_meetings": F(6, as_written="Quad leaders have met six times, twice by video and four times in person"),
    },
    "elections": {
        "lower_house_2024": E("Lower House", "2024-10-27", "held", result="LDP-Komeito 215 of 465 seats (46.2%)"),
        "upper_house_2025": E("Upper House", "2025-07-20", "held", result="coalition share from roughly 57% to 49.2%"),
        "ldp_president_2024": E("LDP president", "2024-09", "held", note="'won the party presidency in a September 2024 runoff'"),
        "upper_house_2028": E("Upper House", "2028", "upcoming", note="'the summer of 2028, when half the House of Councillors is next elected' (year precision)"),
    },
    "events": {
        "tariff_talks_announced": EV("Trump and Ishiba agree by telephone to negotiate on tariffs", "2025-04-07", "held"),
    },
    "notes": "Traps: 'a 24% \"reciprocal\" tariff' (announced April 2, suspended April 9), 'a 10% baseline tariff was charged in its place', 'Trump warned that Japanese goods would pay 25% from August 1' (threatened), and the sidebar list '24%: announced ...', '10%: the baseline ...', '25%: threatened ...' (values before their subjects; only '15%: ... charged since August 7' is the current rate); 'the Section 232 tariff on Japanese cars and parts is to be cut from 27.5% to 15%' and 'Automobiles still pay 27.5%' and Table 1 'Cars and parts | 27.5% | 15%' (Now | Framework) (sectoral, not most imports); 'the 50% Section 232 tariff applied to every country since June 4'; 'with 90% of the profits going to the United States' (not a tariff); 'added the 15% on top of MFN duties' (implementation, same rate); 'the $350 billion that South Korea promised in its own July 30 deal' (another country's pledge) and 'perhaps 1% to 2% as equity'; 'as recently as 2019 it had ranked fourth' (past rank); 'upwards of $750 billion' (FDI stock, no fact); 'about $1.15 trillion in June' and 'the United Kingdom, which passed China in March, is second' (other countries' ranks); '215 of its 465 seats' (seat counts) and 'roughly 57% before the vote' (previous Upper House share), 'three seats short of a majority'; 'could face an early leadership contest; the LDP is to decide in early September whether to hold one' (speculation, no election listed); 'the security treaty signed the previous year' (1951 implied; the stated ally year is 1952); 'about ¥211 billion a year' (yen; the dollar figure is Table 2's 1.4) and Table 2's '1.7 (2016-21)' (past agreement); 'expires in March 2027'; 'In December 2022, Tokyo committed' (date of the decision, not a deadline); 'urged Japan to spend 3.5%, the core figure NATO allies adopted in June'; 'up to 400 Tomahawk cruise missiles' (a count) and 'signed in January 2024'; Table 2 'Marines leaving Okinawa | — | 9,000' (total leaving, not Guam); Figure 1 (defense spending in % of GDP, FY2021-FY2025, ticks 0-3, no value labels) and its source note 'counted toward the 2% goal'; 'in April-June 2025 it expanded at an annualized 1.0%' (a quarter); '¥13.9 trillion' (yen); 'has traded near ¥147 this summer'; 'a goal of 60% by FY2035' (later target); 'twice by video and four times in person' (parts of the six); 'the summit India was to host this year' (not held); 'met Ishiba in Tokyo on August 23' (another country's president). HTML sidebar 'Rates on Japanese Goods, Step by Step' holds Table 1 and the rate list; PDF ligatures and NBSP.",
}
