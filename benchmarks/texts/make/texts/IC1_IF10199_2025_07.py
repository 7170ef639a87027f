from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "IC1-IF10199-2025-07", "fresh28", "IF10199", 47
LAYOUTS = ["layout", "md"]
PDF_OPTS = ["hyph", "nbsp", "quotes"]
SIDEBAR = "Sidebar: Okinawa and the Marine Realignment"

MD = """
U.S.-Japan Relations

Updated July 14, 2025

## Overview

Japan, allied with the United States by treaty since 1952, finds itself bargaining with its protector over tariffs. Prime Minister Ishiba Shigeru has sent his chief trade negotiator to Washington seven times since April, so far without a deal. In a letter dated July 7, President Donald Trump told Ishiba that Japanese goods would face a 25% duty from August 1 absent an agreement. Tokyo also faces a political test at home: voters choose half of the upper chamber of the Diet on July 20, and Ishiba's coalition, already short of a majority in the lower chamber, could lose its hold on both.

## Tariffs and the Trade Talks

The two leaders agreed by telephone on April 7 to open tariff negotiations, making Japan one of the first partners to do so. Japanese officials argue that the largest foreign investor in the U.S. economy should not be charged the same rates as countries that run up deficits through subsidized exports. As of this writing, the following U.S. duties apply to Japanese goods:

- an across-the-board 10% "baseline" tariff on most goods, in force since April 5, in place of the 24% "reciprocal" rate announced on April 2 and suspended a week later;
- 25% under Section 232 on passenger vehicles and light trucks since April 3, and on many auto parts since May 3 (27.5% on cars once the 2.5% most-favored-nation duty is added);
- 50% on steel and aluminum, up from 25% since June 4.

Table 2 sets the rates in force beside those that have been threatened. If the July 7 letter is carried out, most Japanese goods would pay 25%, a point above the April figure, though sectoral duties would not be stacked on top. Tokyo's main goal is relief on autos, which make up roughly a third of its exports to the United States. Japan has reportedly offered cooperation in shipbuilding, more purchases of U.S. farm goods, and possible support for a liquefied natural gas project in Alaska. Some analysts estimate that a 25% rate on all goods could shave as much as 0.8% off Japan's GDP.

Table 2. U.S. Tariffs on Japanese Goods (as of July 14)

| Goods | In force | Announced or threatened |
| --- | --- | --- |
| Most goods | 10% | 24% (April 2); 25% (from Aug. 1) |
| Cars, light trucks | 25% | - |
| Steel, aluminum | 50% | - |

Source: CRS, from executive orders, proclamations, and the President's July 7 letter.

Nippon Steel completed its purchase of U.S. Steel on June 18, after the Administration took a "golden share" giving it a say over certain decisions, ending a dispute that had strained relations since the previous Administration blocked the deal last January.

## Economic Ties

Japan is the largest source of foreign direct investment (FDI) in the United States, with a stock of about $783 billion at the end of 2023, and has been since 2019. Its holdings of U.S. Treasury securities, some $1.13 trillion in April, are likewise unmatched; the United Kingdom recently overtook China for second place. By total trade in goods and services, Japan was the sixth-largest U.S. partner in 2024. Counting goods alone, it was the fifth-largest source of U.S. imports that year, behind Mexico, China, Canada, and Germany. Flows in both directions are shown in Table 1.

Table 1. U.S. Trade in Goods and Services with Japan ($ billions)

| | 2023 | 2024 |
| --- | --- | --- |
| U.S. exports to Japan | 126.3 | 129.1 |
| U.S. imports from Japan | 190.7 | 192.4 |
| U.S. balance | -64.4 | -63.3 |

Source: Bureau of Economic Analysis.

## Alliance and Defense

In the vicinity of 55,000 U.S. military personnel are stationed in Japan, more than in any other foreign country. Under a special measures agreement (SMA) concluded in December 2021 and running through March 2027, Japan's contribution to their upkeep averages ¥211 billion a year, or just shy of $1.5 billion annually at current exchange rates. Talks on a successor are expected next year, and Administration officials have said Japan should pay more.

Under its December 2022 strategy documents, Japan plans to bring defense and related spending to 2% of GDP by FY2027, roughly double the approximately 1% level that served as a ceiling for decades. Pentagon officials have urged Tokyo to aim for 3.5%, the core figure in the 5% target NATO members adopted last month; Ishiba has said Japan will decide its own budget. Deliveries have begun under Japan's purchase of up to 400 Tomahawk cruise missiles, a sale the State Department approved at an estimated $2.35 billion.

## Sidebar: Okinawa and the Marine Realignment

- Okinawa Prefecture makes up just 0.6% of Japan's land area.
- It holds about 70% of the facilities reserved for the exclusive use of U.S. forces.
- Upward of half of all U.S. military personnel in Japan are based there.

A 2012 agreement calls for 9,000 Marines to leave Okinawa; of them, approximately 4,000 are to move to Guam, with the rest going to Hawaii and elsewhere. The first contingent, about 100 Marines, mostly logistics personnel, arrived in Guam last December. Governor Tamaki Denny, who opposes the replacement air station being built at Henoko, faces reelection next year.

## Politics

Ishiba won the Liberal Democratic Party (LDP) presidency last September, on his fifth attempt, and called a snap election for last October. It went badly. The LDP and its junior partner, Komeito, lost the majority they had held since 2012 and now control 215 of the House of Representatives' 465 seats (46%). The government has since passed its budgets with votes from opposition parties such as the Democratic Party for the People, which nearly quadrupled its seat total to 28. No Lower House election is required until October 2028, when members' terms expire.

The coalition fares better in the House of Councillors, where it holds 141 of 248 seats, or 57%. Councillors serve six-year terms, and half the chamber is renewed every three years; this month 125 seats, one of them a vacancy, are being contested. To keep its majority the coalition needs to win 50, a target that polls suggest it may miss. Cabinet approval ratings have hovered in the low 30s.

## Economy

Growth has been weak. Real GDP rose an estimated 0.1% in 2024, after 1.5% in 2023, and shrank at an annualized rate of 0.2% in January-March of this year. A ¥13.9 trillion supplementary budget, worth roughly $90 billion, passed the Diet last December to fund an economic package that includes energy subsidies. The yen fell to a 38-year low against the dollar last July, near ¥162, before recovering to about ¥145; the Bank of Japan raised its policy rate to 0.5% in January. Under the Paris Agreement, Japan has pledged to cut greenhouse gas emissions 46% by 2030 from 2013 levels, and the plan it submitted in February adds targets of 60% by 2035 and 73% by 2040.

## Regional Diplomacy

Quad leaders (of Australia, India, Japan, and the United States) have met six times, most recently in Wilmington, DE, last September; India is expected to host the next summit, possibly later this year. Ishiba met South Korea's new president, Lee Jae-myung, at the G7 summit in Canada last month. China's coast guard continues to patrol near the Senkaku Islands, which Japan administers.

**Mark E. Manyin**, Coordinator, Specialist in Asian Affairs

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Kyla H. Kitamura**, Analyst in Asian Affairs
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Ishiba", "Shigeru", "Prime Minister Ishiba Shigeru", note="family name first"),
        "leaders.us_president": P("Trump", "Donald", "President Donald Trump"),
        "alliance.treaty_ally_since": F(1952, as_written="Japan, allied with the United States by treaty since 1952"),
        "alliance.us_troops_in_japan": F(55000, "about", as_written="In the vicinity of 55,000 U.S. military personnel are stationed in Japan"),
        "alliance.host_nation_support_per_year": F(1500000000, "nearly", per="year", as_written="or just shy of $1.5 billion annually at current exchange rates", note="dollar figure; the ¥211 billion is the yen average"),
        "alliance.host_nation_support_agreement": D("2021-12", as_written="Under a special measures agreement (SMA) concluded in December 2021 and running through March 2027"),
        "alliance.okinawa_share_of_land_area": F(0.6, as_written="Okinawa Prefecture makes up just 0.6% of Japan's land area", note="sidebar bullet"),
        "alliance.okinawa_share_of_usfj_facilities": F(70, "about", as_written="It holds about 70% of the facilities reserved for the exclusive use of U.S. forces", note="sidebar bullet; exclusive-use basis; subject carried"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="Upward of half of all U.S. military personnel in Japan are based there", note="sidebar bullet; location carried by 'there'"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="of them, approximately 4,000 are to move to Guam", note="sidebar"),
        "alliance.marines_in_guam": F(100, "about", period="2024-12", as_written="The first contingent, about 100 Marines, mostly logistics personnel, arrived in Guam last December", note="sidebar; 'last December' from the July 2025 cover"),
        "defense.spending_goal_pct_gdp": F(2, by="FY2027", as_written="Japan plans to bring defense and related spending to 2% of GDP by FY2027"),
        "defense.traditional_limit_pct_gdp": F(1, "about", as_written="the approximately 1% level that served as a ceiling for decades"),
        "defense.tomahawk_purchase": F(2350000000, "about", as_written="a sale the State Department approved at an estimated $2.35 billion"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="The LDP and its junior partner, Komeito"),
        "politics.lower_house_coalition_share": F(46, as_written="now control 215 of the House of Representatives' 465 seats (46%)"),
        "politics.upper_house_coalition_share": F(57, as_written="where it holds 141 of 248 seats, or 57%"),
        "politics.next_diet_election_due": F(2025, as_written="this month 125 seats, one of them a vacancy, are being contested", note="also 'voters choose half of the upper chamber of the Diet on July 20'"),
        "politics.lower_house_election_due": D("2028-10", as_written="No Lower House election is required until October 2028"),
        "trade.us_tariff_on_most_imports_from_japan": F(10, period="2025-04-05", as_written="an across-the-board 10% \"baseline\" tariff on most goods, in force since April 5", note="also Table 2's 'In force' column; the 24% and 25% are announced/threatened"),
        "trade.overall_partner_rank": F(6, period="2024", as_written="By total trade in goods and services, Japan was the sixth-largest U.S. partner in 2024"),
        "trade.import_partner_rank": F(5, period="2024", as_written="Counting goods alone, it was the fifth-largest source of U.S. imports that year"),
        "trade.us_exports_to_japan": F(129100000000, period="2024", as_written="Table 1: U.S. exports to Japan | 126.3 | 129.1", note="only in Table 1, 2024 column ($ billions)"),
        "trade.us_imports_from_japan": F(192400000000, period="2024", as_written="Table 1: U.S. imports from Japan | 190.7 | 192.4", note="only in Table 1, 2024 column ($ billions)"),
        "trade.fdi_source_rank": F(1, period="2023", as_written="Japan is the largest source of foreign direct investment (FDI) in the United States, with a stock of about $783 billion at the end of 2023", note="also 'the largest foreign investor in the U.S. economy'"),
        "trade.treasury_holder_rank": F(1, period="2025-04", as_written="Its holdings of U.S. Treasury securities, some $1.13 trillion in April, are likewise unmatched"),
        "economy.gdp_growth": GDP(y2024=0.1, y2023=1.5),
        "economy.supplementary_budget": F(90000000000, "about", period="2024-12", as_written="A ¥13.9 trillion supplementary budget, worth roughly $90 billion, passed the Diet last December"),
        "economy.yen": F("38-year low against the dollar", period="2024-07", as_written="The yen fell to a 38-year low against the dollar last July"),
        "economy.emissions_cut_target": F(46, by="2030", baseline="2013", as_written="Japan has pledged to cut greenhouse gas emissions 46% by 2030 from 2013 levels"),
        "diplomacy.quad_leader_meetings": F(6, as_written="Quad leaders (of Australia, India, Japan, and the United States) have met six times"),
    },
    "elections": {
        "ldp_president_2024": E("LDP president", "2024-09", "held", result="Ishiba won", note="'last September'"),
        "lower_house_2024": E("Lower House", "2024-10", "held", result="LDP and Komeito lost their majority; 215 of 465 seats (46%)", note="'last October'"),
        "upper_house_2025": E("Upper House", "2025-07-20", "upcoming", note="125 seats contested; coalition needs 50 to keep its majority"),
        "okinawa_governor_2026": E("Okinawa governor", "2026", "upcoming", note="'faces reelection next year'; Tamaki Denny, incumbent"),
    },
    "events": {
        "tariff_talks_announced": EV("Trump and Ishiba agree by telephone to open tariff negotiations", "2025-04-07", "held"),
    },
    "notes": "Traps: 'seven times since April'; 'In a letter dated July 7 ... a 25% duty from August 1' (threatened, not in force); 'voters choose half of the upper chamber' (half, not a coalition share); 'in place of the 24% \"reciprocal\" rate announced on April 2 and suspended a week later' (announced); bullet '25% under Section 232 on passenger vehicles ... since April 3 ... since May 3 (27.5% on cars once the 2.5% most-favored-nation duty is added)' (sectoral, not most goods); bullet '50% on steel and aluminum, up from 25% since June 4'; 'most Japanese goods would pay 25%, a point above the April figure' (threatened); 'roughly a third of its exports'; 'could shave as much as 0.8% off Japan's GDP' (an estimate, not GDP growth); Table 2's 'Announced or threatened' column (24%, 25%) and its 25%/50% sector rows; 'completed its purchase of U.S. Steel on June 18' and 'blocked the deal last January'; 'a stock of about $783 billion at the end of 2023, and has been since 2019' (a stock and a year, not a rank); 'some $1.13 trillion in April' and 'the United Kingdom recently overtook China for second place' (other countries' ranks); 'behind Mexico, China, Canada, and Germany' (four named ahead: import rank 5); Table 1's 2023 column (126.3, 190.7) and balance row (-64.4, -63.3); 'more than in any other foreign country' (not a count); '¥211 billion a year' (yen) and 'running through March 2027' (expiry, not the agreement date); 'Talks on a successor are expected next year'; 'Under its December 2022 strategy documents'; 'Pentagon officials have urged Tokyo to aim for 3.5%, the core figure in the 5% target NATO members adopted last month' (proposed, other alliances); 'up to 400 Tomahawk cruise missiles' (a count); 'A 2012 agreement calls for 9,000 Marines to leave Okinawa' (total leaving, not Guam); 'the rest going to Hawaii'; 'on his fifth attempt'; 'lost the majority they had held since 2012'; 'nearly quadrupled its seat total to 28' (an opposition party); 'Councillors serve six-year terms'; 'this month 125 seats, one of them a vacancy' and 'the coalition needs to win 50' (seats, not shares); 'approval ratings have hovered in the low 30s'; 'shrank at an annualized rate of 0.2% in January-March' (a quarter); 'A ¥13.9 trillion supplementary budget' (yen; the dollar figure is the fact); 'near ¥162, before recovering to about ¥145'; 'raised its policy rate to 0.5% in January'; 'targets of 60% by 2035 and 73% by 2040' (later targets, not the 2030 pledge); 'India is expected to host the next summit' (planned); 'Lee Jae-myung' (South Korea's president); 'the G7 summit in Canada last month'. Sidebar 'Okinawa and the Marine Realignment' is an ordinary section in the PDF (html not built); layout: pdftotext -layout runs the two columns side by side, with both tables and both bullet lists among them; PDF curly quotes, NBSP, hyphenated line ends.",
}
