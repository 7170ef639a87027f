from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "XB1-IF10199-2023-11", "fresh44", "IF10199", 34
LAYOUTS = ["pdf", "layout"]
PDF_OPTS = ["lig", "quotes"]
SIDEBAR = "Okinawa, Henoko, and Guam"
CHART = {"unit": "¥ per $", "ymax": 160, "ticks": [0, 40, 80, 120, 160],
         "series": ["Yen per U.S. dollar"],
         "bars": {"2019": (109.0,), "2020": (106.8,), "2021": (109.8,), "2022": (131.5,), "2023": (140.2,)}}

MD = """
U.S.-Japan Relations

Updated November 20, 2023

## Overview

Japan has been a treaty ally of the United States since 1951 and is, by most measures, Washington's most capable partner in the Indo-Pacific. The security treaty was revised in 1960, and the relationship has since broadened well beyond defense, to trade, technology, energy, and diplomacy in third regions. Prime Minister Kishida Fumio, in office since October 2021, has presided over the most significant change in Japan's security policy in decades and has sought closer ties with South Korea, Australia, the Philippines, and European partners. He and President Joe Biden met most recently on November 16, on the sidelines of the Asia-Pacific Economic Cooperation (APEC) leaders' meeting in San Francisco.

The two governments share concerns about China's military buildup and pressure on Taiwan, about North Korea's nuclear and missile programs (Pyongyang has launched more than 100 ballistic missiles since the start of 2022), and about Russia's invasion of Ukraine. Frictions are comparatively few. For Congress, Japan matters as a host of U.S. forces, a buyer of U.S. weapons systems, an investor in U.S. manufacturing, and a partner whose cooperation many U.S. policies assume.

## Japan's Domestic Politics

Kishida's Liberal Democratic Party (LDP) governs with its junior partner, Komeito, as it has for most of the period since 1999. The coalition took 293 of the 465 seats in the House of Representatives, Japan's more powerful Lower House, in the general election of October 31, 2021, giving it 63% of the chamber. It added to its position in the House of Councillors, or Upper House, in the July 10, 2022, election; the LDP and Komeito together now hold about 59% of that body's 248 seats. Half of the Upper House is elected every three years.

The 2022 vote came two days after former Prime Minister Abe Shinzo was shot and killed on July 8, 2022, while giving a campaign speech in the city of Nara. Abe, Japan's longest-serving prime minister, had been the architect of much of the current alliance agenda; in April 2015 he became the first Japanese leader to address a joint meeting of the U.S. Congress.

Kishida's own position is weaker than his majorities suggest. Several polls this month put his cabinet's approval rating in the 20% to 29% range, the lowest since he took office, as voters reacted coolly to a proposed one-time income tax cut of ¥40,000 per person. Talk in Tokyo of a snap Lower House election this autumn subsided after Kishida signaled on November 9 that he would put economic measures first. Barring a dissolution, no national election is required until 2025: the Upper House next votes in July 2025, and the Lower House's term expires in October 2025. Before then, Kishida will need to win a new term as party president in an LDP leadership election due in September 2024.

## The Alliance and U.S. Forces in Japan

Upwards of 50,000 U.S. military personnel are stationed in Japan, along with the U.S. Navy's only forward-deployed aircraft carrier, based at Yokosuka. Japan covers part of the cost of their presence, paying roughly $2 billion per year in what it calls host-nation support. The current cost-sharing arrangement, a Special Measures Agreement announced in December 2021, runs for the five fiscal years FY2022 through FY2026 and totals ¥1.05 trillion over that span. In January 2023, the allies' foreign and defense ministers agreed to convert the Marine regiment on Okinawa into the 12th Marine Littoral Regiment, a more mobile unit, by 2025.

## Okinawa, Henoko, and Guam

Okinawa prefecture is less than 1% of Japan's land area. It nonetheless hosts approximately one-quarter of the facilities used by U.S. forces in Japan and more than half of the U.S. military personnel in the country. The long-planned replacement of Marine Corps Air Station Futenma with a new runway at Henoko, agreed in 1996, remains opposed by Governor Tamaki Denny, who won reelection in September 2022. After the Supreme Court ruled against the prefecture in September 2023, the national government asked a high court to let it approve a design change for the landfill in the governor's place; a ruling is pending. Of the 9,000 or so Marines slated to leave Okinawa under a 2012 bilateral plan, some 4,000 are to move to Guam, where Marine Corps Base Camp Blaz was dedicated in January 2023; about 2,700 are to go to Hawaii. Transfers to Guam are scheduled to begin in late 2024.

## Japan's Defense Transformation

The three strategy documents that Kishida's cabinet adopted in December 2022 commit Japan to raise defense spending, together with related outlays such as coast guard and research budgets, to 2% of GDP by FY2027. That would double the level of around 1% of GDP that governments treated as an informal ceiling for decades, starting with a 1976 cabinet decision. The plan calls for ¥43 trillion in defense spending over FY2023-FY2027 and the acquisition of "counterstrike" capabilities able to hit targets in enemy territory. The Ministry of Defense has asked for a record ¥7.7 trillion for FY2024.

Tomahawk land-attack missiles are to provide an early part of that capability. On November 17, the State Department approved the possible sale to Japan of up to 400 of the missiles, 200 each of the Block IV and Block V versions, along with support equipment, at an estimated cost of $2.35 billion. Japan originally intended to deploy them starting in FY2026. Tokyo also plans to establish a permanent Joint Operations Command by the end of FY2024, which may require changes to U.S. command arrangements in Japan.

## Trilateral Cooperation with South Korea

Japan-South Korea relations have improved markedly since March 2023, when the government of President Yoon Suk Yeol announced a plan to compensate Korean victims of wartime forced labor through a domestic foundation rather than through Japanese firms. Kishida and Yoon have since met several times. At their August 18, 2023, summit at Camp David, the two leaders and Biden agreed to hold annual trilateral leaders' meetings, to begin real-time sharing of North Korean missile-warning data by the end of 2023, and to hold multiyear trilateral military exercises.

## Relations with China

Tokyo's ties with Beijing have been strained by Chinese military activity near the Senkaku Islands and Taiwan and by China's detention of a Japanese businessman in March 2023. After Japan began releasing treated water from the damaged Fukushima Daiichi nuclear plant on August 24, 2023, China banned all imports of Japanese seafood; China and Hong Kong had bought about $1.1 billion of it in 2022. Kishida and Chinese leader Xi Jinping met in San Francisco on November 16 and agreed to pursue a "mutually beneficial" relationship.

## Trade and Investment

Japan was the fourth-largest U.S. trading partner in 2022, counting goods and services. It was also the fourth-largest market for U.S. exports and the fifth-largest source of U.S. imports, after China, Mexico, Canada, and Germany.

Table 1. U.S. Trade with Japan, Goods and Services ($ billions)

| Flow | 2021 | 2022 |
| --- | --- | --- |
| U.S. exports to Japan | 112.2 | 120.1 |
| U.S. imports from Japan | 167.8 | 180.3 |
| U.S. balance | -55.6 | -60.2 |

Source: U.S. Bureau of Economic Analysis.

Investment ties are deeper still. For the fourth year in a row, Japan was the top source of foreign direct investment (FDI) in the United States at the end of 2022, with a position of $783 billion. Japanese investors also own more U.S. Treasury securities than investors from any other country, about $1.1 trillion as of September 2023; China, the next-largest holder, had roughly $780 billion.

The U.S.-Japan Trade Agreement and a digital trade agreement have been in effect since January 2020, and a critical minerals agreement signed in March 2023 lets Japanese-processed minerals count toward some U.S. electric vehicle tax credits. A 2022 arrangement replaced the 25% Section 232 tariff on most Japanese steel with a tariff-rate quota of 1.25 million metric tons a year.

## Japan's Economy

Japan's real GDP grew by 1.0% in 2022, following growth of 2.2% in 2021. Preliminary figures released November 15 show that output contracted at an annualized rate of 2.1% in the July-September quarter of 2023. Inflation has run above the Bank of Japan's 2% target for more than a year, but the central bank has kept its short-term policy rate at -0.1% and only loosened its control of long-term yields, capping them at a "reference" of 1%. The interest rate gap with the United States has pressured the yen (Figure 1), which fell past ¥151 per dollar on November 13, touching a 33-year low.

**Figure 1. Yen per U.S. Dollar, Annual Averages, 2019-2023**

Source: Bank of Japan. 2023 is the average through October.

The Diet is now considering a ¥13.1 trillion (roughly $87 billion) supplementary budget for FY2023, approved by the cabinet on November 10 to fund part of an economic package of more than ¥17 trillion. The most recent extra budget to be enacted, in December 2022, came to ¥28.9 trillion, or about $210 billion. On climate, Japan has pledged to cut greenhouse gas emissions 46% by 2030 from 2013 levels, while "striving" for 50%, and to reach net zero by 2050.

## Regional and Global Diplomacy

Japan is an active member of the Quad with Australia, India, and the United States. The group's leaders have met five times since March 2021, twice by video; their most recent summit was held in Hiroshima in May 2023, after a meeting planned for Sydney was called off, during the Group of Seven (G7) summit Japan hosted. India is slated to host the next. Japan was one of 14 founding partners of the Indo-Pacific Economic Framework for Prosperity (IPEF), launched in Tokyo in May 2022; IPEF ministers signed a supply chain agreement in San Francisco on November 14.

On Russia's war in Ukraine, Japan has aligned with the G7, imposing sanctions and admitting more than 2,000 Ukrainian evacuees. Tokyo has committed some $7.6 billion to Ukraine, including $5.5 billion in financial support and roughly $1.6 billion in humanitarian and recovery aid. Kishida visited Kyiv in March 2023.

## Issues for Congress

Issues that Members may consider include:

- how U.S. Forces, Japan, should be organized to work with Japan's planned Joint Operations Command;
- oversight of Foreign Military Sales to Japan, including the Tomahawk sale and co-development of a Glide Phase Interceptor agreed in August 2023;
- whether to expand cooperation with Japan under "Pillar II" of the AUKUS partnership;
- the effects of Japan's seafood dispute with China on regional economic coercion.

**Mark E. Manyin**, Coordinator, Specialist in Asian Affairs

**Caitlin Campbell**, Analyst in Asian Affairs

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Kishida", "Fumio", "Prime Minister Kishida Fumio", note="family name first"),
        "leaders.us_president": P("Biden", "Joe", "President Joe Biden"),
        "alliance.treaty_ally_since": F(1951, as_written="Japan has been a treaty ally of the United States since 1951"),
        "alliance.us_troops_in_japan": F(50000, "over", as_written="Upwards of 50,000 U.S. military personnel are stationed in Japan", note="'upwards of' is over"),
        "alliance.host_nation_support_per_year": F(2000000000, "about", per="year", as_written="paying roughly $2 billion per year in what it calls host-nation support"),
        "alliance.host_nation_support_agreement": D("2021-12", as_written="a Special Measures Agreement announced in December 2021", note="five fiscal years FY2022-FY2026"),
        "alliance.okinawa_share_of_land_area": F(1, "under", as_written="Okinawa prefecture is less than 1% of Japan's land area", note="sidebar section"),
        "alliance.okinawa_share_of_usfj_facilities": F(25, "about", as_written="It nonetheless hosts approximately one-quarter of the facilities used by U.S. forces in Japan", note="fraction in words = 25; subject carried from the sentence before"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="and more than half of the U.S. military personnel in the country"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="some 4,000 are to move to Guam", note="of the 9,000 leaving Okinawa"),
        "defense.spending_goal_pct_gdp": F(2, by="FY2027", as_written="to 2% of GDP by FY2027"),
        "defense.traditional_limit_pct_gdp": F(1, "about", as_written="the level of around 1% of GDP that governments treated as an informal ceiling for decades"),
        "defense.tomahawk_purchase": F(2350000000, "about", as_written="up to 400 of the missiles ... at an estimated cost of $2.35 billion", note="'estimated' is about; the State Department's approval of the possible sale"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="Kishida's Liberal Democratic Party (LDP) governs with its junior partner, Komeito"),
        "politics.lower_house_coalition_share": F(63, as_written="giving it 63% of the chamber", note="293 of 465 seats"),
        "politics.upper_house_coalition_share": F(59, "about", as_written="the LDP and Komeito together now hold about 59% of that body's 248 seats"),
        "politics.next_diet_election_due": F(2025, as_written="no national election is required until 2025: the Upper House next votes in July 2025"),
        "politics.lower_house_election_due": D("2025-10", as_written="the Lower House's term expires in October 2025", note="a deadline two years away: only this fact, no upcoming election"),
        "trade.overall_partner_rank": F(4, period="2022", as_written="Japan was the fourth-largest U.S. trading partner in 2022"),
        "trade.export_partner_rank": F(4, period="2022", as_written="It was also the fourth-largest market for U.S. exports", note="subject and year carried from the sentence before"),
        "trade.import_partner_rank": F(5, period="2022", as_written="and the fifth-largest source of U.S. imports, after China, Mexico, Canada, and Germany"),
        "trade.us_exports_to_japan": F(120100000000, period="2022", as_written="U.S. exports to Japan | 112.2 | 120.1", note="Table 1, 2022 column, $ billions; 2021 column is a past figure"),
        "trade.us_imports_from_japan": F(180300000000, period="2022", as_written="U.S. imports from Japan | 167.8 | 180.3", note="Table 1, 2022 column, $ billions"),
        "trade.fdi_source_rank": F(1, period="2022", as_written="Japan was the top source of foreign direct investment (FDI) in the United States at the end of 2022"),
        "trade.treasury_holder_rank": F(1, as_written="Japanese investors also own more U.S. Treasury securities than investors from any other country"),
        "economy.gdp_growth": GDP(y2022=1.0, y2021=2.2),
        "economy.yen": F("33-year low against the dollar", period="2023-11", as_written="which fell past ¥151 per dollar on November 13, touching a 33-year low"),
        "economy.supplementary_budget": F(210000000000, "about", period="2022-12", as_written="The most recent extra budget to be enacted, in December 2022, came to ¥28.9 trillion, or about $210 billion", note="the FY2023 ¥13.1 trillion budget is only before the Diet"),
        "economy.emissions_cut_target": F(46, by="2030", baseline="2013", as_written="Japan has pledged to cut greenhouse gas emissions 46% by 2030 from 2013 levels"),
        "diplomacy.quad_leader_meetings": F(5, as_written="The group's leaders have met five times since March 2021, twice by video"),
        "diplomacy.ipef_other_partners": F(13, period="2022-05", as_written="Japan was one of 14 founding partners of the Indo-Pacific Economic Framework for Prosperity (IPEF), launched in Tokyo in May 2022", note="judgement: one of 14 = 13 others beside Japan"),
        "diplomacy.ukraine_financial_support": F(5500000000, as_written="including $5.5 billion in financial support"),
        "diplomacy.ukraine_humanitarian_aid": F(1600000000, "about", as_written="and roughly $1.6 billion in humanitarian and recovery aid"),
    },
    "elections": {
        "lower_house_2021": E("Lower House", "2021-10-31", "held", result="coalition 293 of 465 seats, 63%"),
        "upper_house_2022": E("Upper House", "2022-07-10", "held", result="coalition added seats; about 59% of 248"),
        "okinawa_governor_2022": E("Okinawa governor", "2022-09", "held", result="Tamaki Denny reelected"),
        "upper_house_2025": E("Upper House", "2025-07", "upcoming"),
        "ldp_president_2024": E("LDP president", "2024-09", "upcoming", note="Kishida needs a new term as party president"),
    },
    "events": {
        "abe_assassination": EV("Former Prime Minister Abe Shinzo shot and killed while campaigning in Nara", "2022-07-08"),
        "abe_address_to_congress": EV("Abe addresses a joint meeting of Congress", "2015-04", "held"),
    },
    "notes": "Traps: 'The security treaty was revised in 1960' (not the alliance year); 'met most recently on November 16'; 'more than 100 ballistic missiles since the start of 2022'; 'as it has for most of the period since 1999'; '293 of the 465 seats' (seat counts beside the 63%); 'that body's 248 seats' and 'Half of the Upper House is elected every three years' (not a share of 50%); 'in the 20% to 29% range' (approval); 'a proposed one-time income tax cut of ¥40,000 per person'; 'Talk in Tokyo of a snap Lower House election this autumn' (speculation about a dissolution, no election); 'Upper House next votes in July 2025' vs 'the Lower House's term expires in October 2025' (deadline two years away, no lower_house_2025 election); 'runs for the five fiscal years FY2022 through FY2026 and totals ¥1.05 trillion'; 'the 12th Marine Littoral Regiment ... by 2025'; 'agreed in 1996'; 'Of the 9,000 or so Marines slated to leave Okinawa' (not the Guam number), 'under a 2012 bilateral plan', 'Camp Blaz was dedicated in January 2023', 'about 2,700 are to go to Hawaii', 'scheduled to begin in late 2024'; 'starting with a 1976 cabinet decision'; '¥43 trillion in defense spending over FY2023-FY2027'; 'a record ¥7.7 trillion for FY2024'; 'up to 400 of the missiles, 200 each of the Block IV and Block V versions' (counts, not money); 'deploy them starting in FY2026'; 'by the end of FY2024'; 'since March 2023'; 'August 18, 2023, summit at Camp David' and 'by the end of 2023'; 'on August 24, 2023' and 'about $1.1 billion of it in 2022' (seafood, China); Table 1's 2021 column ('112.2', '167.8') and balance row ('-55.6', '-60.2'); 'For the fourth year in a row' (not a rank) and 'a position of $783 billion'; 'about $1.1 trillion as of September 2023' and 'China, the next-largest holder, had roughly $780 billion'; 'in effect since January 2020', 'signed in March 2023'; 'the 25% Section 232 tariff on most Japanese steel' and '1.25 million metric tons' (steel only, replaced); 'contracted at an annualized rate of 2.1%' (a quarter); 'the Bank of Japan's 2% target', 'at -0.1%', 'a \"reference\" of 1%' (not the defense ceiling); '¥151 per dollar'; Figure 1 (yen per dollar, 2019-2023; axis ticks 0-160, no value labels); 'a ¥13.1 trillion (roughly $87 billion) supplementary budget for FY2023' (pending, not enacted) and 'more than ¥17 trillion'; 'while \"striving\" for 50%' and 'net zero by 2050'; 'since March 2021, twice by video', 'a meeting planned for Sydney', 'India is slated to host the next'; 'one of 14 founding partners' (14 includes Japan) and 'on November 14'; 'more than 2,000 Ukrainian evacuees'; 'some $7.6 billion to Ukraine' (total); 'co-development of a Glide Phase Interceptor agreed in August 2023'; sidebar section 'Okinawa, Henoko, and Guam'; PDF ligatures and curly quotes",
}
