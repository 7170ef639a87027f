from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "LD1-IF10199-2026-09", "fresh31", "IF10199", 48
LAYOUTS = ["interleaved", "md"]
PDF_OPTS = ["lig", "hyph"]
CHART = {"unit": "$ billions", "ymax": 800, "ticks": [0, 200, 400, 600, 800],
         "series": ["Japanese direct investment position in the United States"],
         "bars": {"2021": (692,), "2022": (712,), "2023": (755,), "2024": (793,), "2025": (776,)}}

MD = """
U.S.-Japan Relations

Updated September 14, 2026

## Overview

Japan's prime minister since last October, Takaichi Sanae, is the first woman to hold the office and, after a snap election in February, the leader of the strongest Lower House majority in a generation. Even so, her dealings with Washington have been shaped less by security than by tariffs. Japan became a treaty ally of the United States in 1952, when the peace and security treaties signed at San Francisco in 1951 took effect; it hosts more U.S. troops than any other country and is the largest foreign investor in the U.S. economy. Since January 2025 the Trump Administration has pressed Tokyo on trade, on investment, and on the cost of the alliance all at once. Takaichi, a protégé of Abe Shinzo, who was shot and killed while campaigning on July 8, 2022, has generally chosen accommodation; her predecessor, Ishiba Shigeru, quit after the ruling bloc lost its Upper House majority in July 2025.

## Tariffs and the Investment Pledge

U.S. tariff policy toward Japan has changed course three times in fourteen months (Table 1). Most Japanese goods entering the United States now carry a 12.5% duty. It rests on Section 301 of the Trade Act of 1974: the U.S. Trade Representative (USTR) imposed it on July 24, after a 10% surcharge under Section 122 of the same law, having run the 150 days the statute allows, expired on July 23. That surcharge had itself replaced the 15% rate set under the International Emergency Economic Powers Act (IEEPA) by the framework the two governments reached in July 2025, which the Supreme Court's February 20 ruling against IEEPA tariffs voided. The framework rate was lower than either the 24% "reciprocal" rate announced for Japan in April 2025 or the 25% President Trump threatened that July.

Table 1. U.S. Tariffs on Most Goods from Japan, 2025-2026

| In effect | Authority | Rate |
| --- | --- | --- |
| Apr. 5-Aug. 6, 2025 | IEEPA (baseline) | 10% |
| Aug. 7, 2025-Feb. 20, 2026 | IEEPA (framework) | 15% |
| Feb. 24-July 23, 2026 | Section 122 | 10% |
| From July 24, 2026 | Section 301 | 12.5% |

Source: CRS, from proclamations, executive orders, and USTR notices. Autos, under Section 232, are charged separately at 15%.

What survived every change is Japan's side of the bargain. Tokyo undertook to finance $550 billion of investment in U.S. industries chosen by the Administration, with commitments to be made by January 19, 2029; officials in Tokyo have repeatedly said the ruling did not alter that undertaking. South Korea, with a $350 billion pledge of its own, made a similar promise. Projects announced so far, chiefly in energy and shipbuilding, account for a small part of the total, and some Members of Congress have asked how returns are to be divided.

## The Alliance

Roughly fifty-five thousand U.S. service members on active duty are stationed in Japan, along with tens of thousands of dependents and civilian employees. Tokyo meets part of the cost. Its current Special Measures Agreement (SMA), announced in December 2021 and covering Japanese fiscal years 2022 through 2026, commits ¥1.055 trillion over the five years, an average of about ¥211 billion annually; at this year's exchange rates, that is approximately $1.4 billion a year. The agreement runs out in March 2027, and talks on a successor opened this spring, with Administration officials seeking a substantially larger contribution.

## Okinawa

The prefecture's islands make up less than 1% of Japan's land area. Yet roughly seven-tenths of the land reserved for the exclusive use of U.S. forces in Japan lies there, and about half of the U.S. personnel in the country serve there. Efforts to lighten that load include:

- replacing Marine Corps Air Station Futenma with a facility at Henoko, now not expected to be completed before the mid-2030s;
- moving about 4,000 Marines to Guam, part of some 9,000 slated to leave the prefecture; an advance group of about 100 arrived in December 2024, and by this past March the number on Guam had grown to some 210;
- returning land south of Kadena Air Base in phases.

Okinawans will choose a governor later this month. Governor Tamaki Denny has opposed the Henoko project throughout his tenure.

## Defense Buildup

Takaichi has quickened a buildup that began under Kishida Fumio. His December 2022 strategy documents called for outlays on defense and related items to reach 2% of GDP by FY2027, about double the 1% limit that had guided budgets since the 1970s. Her government moved that deadline up to FY2025 and met it with a supplementary appropriation. U.S. officials have since urged Tokyo to aim for 3.5%, the core level NATO allies adopted in 2025; a revision of the three strategy documents is expected by year's end. The first of 400 Tomahawk cruise missiles that Japan agreed to buy, for an estimated $2.35 billion, reached Japan early this year.

## Politics

Takaichi won the Liberal Democratic Party (LDP) presidency on October 4, 2025. Komeito, the LDP's partner since 1999, then left the coalition, and she took office on October 21 with the support of the Japan Innovation Party (Ishin), with which the LDP now governs in coalition. She dissolved the Lower House in January; in the election held on February 8, the LDP by itself won 316 seats. With Ishin's seats added, the governing bloc controls about three-quarters of the 465-member chamber, more than the two-thirds needed to override the upper chamber. In the upper chamber, however, the two parties still lack a majority. Barring another dissolution, the Lower House's term does not expire until February 2030, so the next nationwide vote will be the Upper House election of July 2028.

## Economic Ties

Measured by trade in goods and services, Japan was the sixth-largest U.S. trading partner in 2025, down from fourth a decade earlier. It ranked sixth as a market for U.S. exports, which came to $126.4 billion, and seventh as a supplier of U.S. imports; those fell about 4% under the new tariffs, to $185.2 billion. Japanese companies have invested more in the United States than companies from any other country in every year since 2019 (Figure 1). Japan is also the foremost foreign holder of U.S. Treasury securities: its roughly $1.2 trillion in June put it ahead of the United Kingdom and China, second and third, respectively.

**Figure 1. Japanese Direct Investment Position in the United States, 2021-2025**

Source: U.S. Bureau of Economic Analysis, historical-cost basis.

## Economy

Real GDP rose 1.1% in 2025, after growth of just 0.1% in 2024. Output then shrank at an annualized 1.8% rate in the April-June quarter of this year, as shipments of cars to the United States slumped. A ¥3 trillion supplementary budget, worth nearly $20 billion, cleared the Diet in May to help exporters; it followed a far larger ¥18.3 trillion budget enacted last December. In July the yen slid past ¥162 to the dollar, a 40-year low against the dollar. The country's emissions pledge, kept after the U.S. withdrawal from the Paris Agreement, is a 46% cut in greenhouse gases from fiscal 2013 levels by fiscal 2030, deepening to 60% by fiscal 2035.

## Regional Diplomacy

The Quad (Australia, India, Japan, and the United States) has convened six leaders' meetings, the most recent in September 2024; the summit India was to host in 2025 has yet to take place. Relations with Beijing soured after Takaichi told the Diet in November 2025 that a Taiwan contingency could threaten Japan's survival; China responded by warning its citizens against travel to Japan and halting imports of Japanese seafood.

**Mark E. Manyin**, Coordinator, Specialist in Asian Affairs

**Kyla H. Kitamura**, Analyst in Asian Affairs

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Daniel J. Longo**, Analyst in Asian Affairs
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Takaichi", "Sanae", "Japan's prime minister since last October, Takaichi Sanae", note="appositive after the office; family name first"),
        "leaders.us_president": P("Trump", "Donald", "the 25% President Trump threatened that July", note="given name not written; also 'the Trump Administration'"),
        "alliance.treaty_ally_since": F(1952, as_written="Japan became a treaty ally of the United States in 1952, when the peace and security treaties signed at San Francisco in 1951 took effect", note="1951 (signing) is a trap"),
        "alliance.us_troops_in_japan": F(55000, "about", as_written="Roughly fifty-five thousand U.S. service members on active duty are stationed in Japan"),
        "alliance.host_nation_support_per_year": F(1400000000, "about", per="year", as_written="at this year's exchange rates, that is approximately $1.4 billion a year", note="subject 'that' carries the yen annual average; ¥1.055 trillion (five-year total) and ¥211 billion are the yen figures"),
        "alliance.host_nation_support_agreement": D("2021-12", as_written="Its current Special Measures Agreement (SMA), announced in December 2021 and covering Japanese fiscal years 2022 through 2026"),
        "alliance.okinawa_share_of_usfj_facilities": F(70, "about", as_written="roughly seven-tenths of the land reserved for the exclusive use of U.S. forces in Japan lies there", note="exclusive-use basis; fraction in words"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "about", as_written="and about half of the U.S. personnel in the country serve there"),
        "alliance.okinawa_share_of_land_area": F(1, "under", as_written="The prefecture's islands make up less than 1% of Japan's land area"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="moving about 4,000 Marines to Guam, part of some 9,000 slated to leave the prefecture", note="bullet"),
        "alliance.marines_in_guam": F(210, "about", period="2026-03", as_written="by this past March the number on Guam had grown to some 210", note="bullet; the advance group of about 100 is a trap"),
        "defense.spending_goal_pct_gdp": F(2, by="FY2025", as_written="called for outlays on defense and related items to reach 2% of GDP by FY2027 ... Her government moved that deadline up to FY2025", note="deadline brought forward from FY2027 (the original) to FY2025; 3.5% urged by U.S. officials is a trap"),
        "defense.traditional_limit_pct_gdp": F(1, as_written="about double the 1% limit that had guided budgets since the 1970s", note="'about' hedges 'double', not the limit"),
        "defense.tomahawk_purchase": F(2350000000, "about", as_written="The first of 400 Tomahawk cruise missiles that Japan agreed to buy, for an estimated $2.35 billion"),
        "politics.ruling_coalition": F(["LDP", "Ishin"], as_written="the Japan Innovation Party (Ishin), with which the LDP now governs in coalition", note="Komeito left the coalition (trap)"),
        "politics.lower_house_coalition_share": F(75, "about", as_written="the governing bloc controls about three-quarters of the 465-member chamber", note="fraction in words; 316 seats are the LDP's alone; two-thirds is the override threshold"),
        "politics.upper_house_coalition_share": F(50, "under", as_written="In the upper chamber, however, the two parties still lack a majority", note="minority, as the record's 2026-10-01 version"),
        "politics.next_diet_election_due": F(2028, as_written="the next nationwide vote will be the Upper House election of July 2028"),
        "politics.lower_house_election_due": D("2030-02", as_written="the Lower House's term does not expire until February 2030"),
        "trade.overall_partner_rank": F(6, period="2025", as_written="Japan was the sixth-largest U.S. trading partner in 2025, down from fourth a decade earlier"),
        "trade.export_partner_rank": F(6, period="2025", as_written="It ranked sixth as a market for U.S. exports"),
        "trade.us_exports_to_japan": F(126400000000, period="2025", as_written="U.S. exports, which came to $126.4 billion", note="goods and services; year carried"),
        "trade.import_partner_rank": F(7, period="2025", as_written="and seventh as a supplier of U.S. imports"),
        "trade.us_imports_from_japan": F(185200000000, period="2025", as_written="those fell about 4% under the new tariffs, to $185.2 billion", note="'those' carries 'U.S. imports'; the 4% is a change, not the value"),
        "trade.fdi_source_rank": F(1, as_written="Japanese companies have invested more in the United States than companies from any other country in every year since 2019"),
        "trade.treasury_holder_rank": F(1, period="2026-06", as_written="Japan is also the foremost foreign holder of U.S. Treasury securities: its roughly $1.2 trillion in June"),
        "trade.us_tariff_on_most_imports_from_japan": F(12.5, period="2026-07-24", as_written="Most Japanese goods entering the United States now carry a 12.5% duty. It rests on Section 301", note="also Table 1's last row"),
        "trade.japan_investment_pledge": F(550000000000, by="2029-01-19", as_written="Tokyo undertook to finance $550 billion of investment in U.S. industries chosen by the Administration, with commitments to be made by January 19, 2029"),
        "economy.gdp_growth": GDP(y2025=1.1, y2024=0.1),
        "economy.supplementary_budget": F(20000000000, "nearly", period="2026-05", as_written="A ¥3 trillion supplementary budget, worth nearly $20 billion, cleared the Diet in May"),
        "economy.yen": F("40-year low against the dollar", period="2026-07", as_written="In July the yen slid past ¥162 to the dollar, a 40-year low against the dollar"),
        "economy.emissions_cut_target": F(46, by="FY2030", baseline="FY2013", as_written="a 46% cut in greenhouse gases from fiscal 2013 levels by fiscal 2030", note="60% by fiscal 2035 is a trap"),
        "diplomacy.quad_leader_meetings": F(6, as_written="The Quad (Australia, India, Japan, and the United States) has convened six leaders' meetings"),
    },
    "elections": {
        "upper_house_2025": E("Upper House", "2025-07", "held", result="ruling bloc lost its Upper House majority"),
        "ldp_president_2025": E("LDP president", "2025-10-04", "held", result="Takaichi Sanae won"),
        "lower_house_2026": E("Lower House", "2026-02-08", "held", result="LDP alone 316 seats; LDP-Ishin bloc about three-quarters of 465"),
        "okinawa_governor_2026": E("Okinawa governor", "2026-09", "upcoming", note="'Okinawans will choose a governor later this month'"),
        "upper_house_2028": E("Upper House", "2028-07", "upcoming"),
    },
    "events": {
        "abe_assassination": EV("Former Prime Minister Abe Shinzo shot and killed while campaigning", "2022-07-08", "held"),
        "section122_surcharge_expired": EV("The 10% Section 122 surcharge expired after 150 days", "2026-07-23", "held"),
    },
    "notes": "Traps: 'after a snap election in February' (an election, not a share); 'signed at San Francisco in 1951' (signing year, the ally year is 1952); 'Since January 2025' (start of the Administration); 'Abe Shinzo, who was shot and killed while campaigning on July 8, 2022' and 'her predecessor, Ishiba Shigeru' (former prime ministers); 'changed course three times in fourteen months'; 'a 10% surcharge under Section 122 of the same law, having run the 150 days the statute allows, expired on July 23' (lapsed surcharge, not the current tariff); 'Section 301 of the Trade Act of 1974' (a law's year); 'the 15% rate set under the International Emergency Economic Powers Act (IEEPA) by the framework' (voided rate); 'the Supreme Court's February 20 ruling'; 'the 24% \"reciprocal\" rate announced for Japan in April 2025 or the 25% President Trump threatened that July' (announced and threatened rates); Table 1's earlier rows (10%, 15%, 10%: past rates) and its source line 'Autos, under Section 232, are charged separately at 15%'; 'South Korea, with a $350 billion pledge of its own' (another country); 'along with tens of thousands of dependents'; 'commits ¥1.055 trillion over the five years, an average of about ¥211 billion annually' (yen totals beside the dollar figure); 'The agreement runs out in March 2027, and talks on a successor opened this spring' (not the agreement's date); bullet 'part of some 9,000 slated to leave the prefecture' and 'an advance group of about 100 arrived in December 2024' (not the relocation total or the current count on Guam); 'now not expected to be completed before the mid-2030s'; 'His December 2022 strategy documents' and 'by FY2027' (the original deadline, moved up to FY2025); 'U.S. officials have since urged Tokyo to aim for 3.5%, the core level NATO allies adopted in 2025' (urged, not Japan's goal); '400 Tomahawk cruise missiles' (a count); 'Komeito, the LDP's partner since 1999, then left the coalition' (former partner); 'She dissolved the Lower House in January'; 'the LDP by itself won 316 seats' (the LDP's seats, not the bloc's share) and 'more than the two-thirds needed to override the upper chamber' (a threshold); 'down from fourth a decade earlier' (past rank); 'those fell about 4% under the new tariffs' (a change); 'in every year since 2019' (a span beside the FDI rank); 'its roughly $1.2 trillion in June put it ahead of the United Kingdom and China, second and third, respectively' (other countries' ranks); Figure 1 (Japanese FDI position 2021-2025, $ billions: axis ticks 0-800 and year labels, no value labels; not a catalogue fact); 'Output then shrank at an annualized 1.8% rate in the April-June quarter' (a quarter, not a year); 'a far larger ¥18.3 trillion budget enacted last December' (the earlier budget); '¥162 to the dollar'; 'deepening to 60% by fiscal 2035' (a later target); 'the summit India was to host in 2025' (planned, not held); 'in November 2025 that a Taiwan contingency'. Interleaved layout: the two PDF columns alternate line by line; ligatures and hyphenated line ends.",
}
