from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "ZD1-IF10199-2023-05", "fresh47", "IF10199", 25
LAYOUTS = ["layout", "interleaved"]
PDF_OPTS = ["quotes", "nbsp"]
SIDEBAR = "Okinawa, Futenma, and Guam"
CHART = {"unit": "$ trillions", "ymax": 1.5, "ticks": [0, 0.5, 1.0, 1.5],
         "series": ["Japan", "China"],
         "bars": {"2019": (1.15, 1.07), "2020": (1.26, 1.07), "2021": (1.30, 1.04), "2022": (1.08, 0.87), "Mar. 2023": (1.09, 0.85)}}

MD = """
U.S.-Japan Relations

Updated May 22, 2023

## Overview

Japan holds the rotating presidency of the Group of Seven (G7) this year, and from May 19 to 21 it hosted the group's leaders in Hiroshima, the home district of Prime Minister Kishida Fumio. President Joe Biden attended, as did Ukraine's President Volodymyr Zelensky, who flew in for the final day. Kishida used the venue to argue for nuclear disarmament and for keeping up pressure on Moscow. Since taking office in October 2021, he has overseen the most ambitious expansion of Japan's military in the postwar era, a rapprochement with South Korea, and Japan's adoption of curbs on chipmaking-equipment exports that parallel U.S. controls on China.

The United States and Japan have been treaty allies since 1951, and both governments call the alliance the "cornerstone" of peace and security in the Indo-Pacific. Issues of interest to Congress include the command relationship between U.S. and Japanese forces, the cost of keeping U.S. troops in Japan, the planned move of Marines off Okinawa, and Japan's place in a regional trade architecture that the United States left when it withdrew from the Trans-Pacific Partnership (TPP) in 2017.

## A Defense Buildup

Three strategy documents approved by Kishida's cabinet in December 2022 commit Japan to spending 2% of gross domestic product (GDP) on defense and related items by FY2027. For much of the postwar period, Japanese defense spending stayed under a self-imposed ceiling of 1% of GDP, first set by cabinet decision in 1976 and formally set aside a decade later. The new plan foresees ¥43 trillion (roughly $320 billion) in defense outlays over the five years beginning in FY2023, about 1.6 times the previous five-year plan. The Diet passed the FY2023 budget in March; it gives the Ministry of Defense ¥6.8 trillion, some 26% more than a year earlier.

The documents also endorse "counterstrike" capabilities able to reach missile launch sites on an adversary's territory. Tokyo intends to buy as many as 400 U.S.-made Tomahawk cruise missiles for the purpose, with deployment targeted for FY2026, while it develops longer-range versions of its own Type-12 missile. A permanent joint operations headquarters for the Self-Defense Forces is to be created within two years, which may lead the two militaries to revisit how U.S. Forces Japan is organized.

## The Alliance

Upwards of 50,000 U.S. military personnel are based in Japan, a larger presence than in any other foreign country; Germany, with about 35,000, ranks next. The Navy's only forward-deployed aircraft carrier is homeported at Yokosuka. Japan contributes roughly $2 billion a year toward the cost of hosting these forces. The current Special Measures Agreement (SMA), which the two governments announced in December 2021 and signed the following month, totals ¥1.055 trillion over FY2022-FY2026 and for the first time lets Japan's funds pay for joint training equipment.

At their January 2023 "2+2" meeting, the allies' foreign and defense ministers agreed that the Marine regiment on Okinawa would be reorganized into the 12th Marine Littoral Regiment by 2025, with anti-ship missiles and a smaller footprint. They also stated that Article 5 of the security treaty applies to attacks in, from, or within space.

## Okinawa, Futenma, and Guam

Okinawa Prefecture accounts for less than 1% of Japan's land, yet about one-quarter of the facilities used by U.S. forces in Japan are there, along with more than half of all U.S. military personnel in the country. The plan to replace Marine Corps Air Station Futenma with a new runway at Henoko, first agreed in 1996, continues over local opposition. Governor Tamaki Denny, who opposes the Henoko project, won a second term in the September 2022 gubernatorial election. Separately, about 4,000 of the approximately 9,000 Marines scheduled to leave Okinawa are to relocate to Guam. The Marine Corps activated Camp Blaz there in January 2023, and transfers are to start in 2024.

## Domestic Politics

Kishida's Liberal Democratic Party (LDP) governs with Komeito, a smaller party backed by a lay Buddhist group. The two parties won 293 of the 465 seats in the October 2021 Lower House election, or 63%. They also control the upper chamber. In the House of Councillors election of July 2022, held just after former Prime Minister Abe Shinzo was shot and killed while campaigning in Nara on July 8, the coalition raised its share of seats from 57% to just under 60%.

Kishida's cabinet approval fell below 30% in several polls late last year, amid reports of LDP lawmakers' links to the Unification Church. It has since recovered to around 45% after his March visit to Kyiv and the Hiroshima summit, and the LDP won four of five Diet by-elections on April 23. The rebound has prompted speculation that he could dissolve the Lower House and call a snap election as early as June.

No national election is required until 2025. The next regular Upper House election falls in July of that year, and the current Lower House's four-year term runs out in October 2025. Before then, Kishida faces a party vote: his three-year term as LDP president ends in September 2024, when the LDP is to hold its next leadership election.

## Japan and Its Neighbors

Ties with South Korea have improved markedly since President Yoon Suk-yeol's government announced in March a plan to compensate Korean victims of wartime forced labor through a domestic foundation. Yoon visited Tokyo on March 16-17, the first bilateral visit by a South Korean president in 12 years, and Kishida went to Seoul on May 7. Trilateral cooperation with the United States has deepened as well; North Korea launched more than 70 ballistic missiles in 2022, one of which flew over northern Japan in October.

Relations with China remain strained. During its August 2022 exercises around Taiwan, China fired five ballistic missiles into waters within Japan's exclusive economic zone. In March 2023, Japan announced export controls on 23 types of semiconductor manufacturing equipment, following the U.S. restrictions of October 2022.

## Regional Diplomacy and Ukraine

Leaders of the Quad (Australia, India, Japan, and the United States) held their fifth meeting on May 20 in Hiroshima, after the President's decision to shorten his Asia trip led Australia to cancel the summit it had planned to host in Sydney on May 24. Japan and 12 other countries, the United States among them, launched the Indo-Pacific Economic Framework for Prosperity (IPEF) in Tokyo in May 2022; Fiji joined shortly afterward.

Japan has joined G7 sanctions on Russia and has committed about $7.6 billion to Ukraine, including some $5.5 billion in financial support, most of it announced in February, and roughly $1.5 billion in humanitarian and recovery aid. In March, Kishida became the first postwar Japanese prime minister to visit a country at war when he traveled to Kyiv.

## Economic and Trade Ties

Japan was the fourth-largest U.S. trading partner in 2022. Only Canada, Mexico, and China bought more U.S. goods and services, while Japan ranked fifth as a source of U.S. imports, just behind Germany.

Table 1. U.S. Trade with Japan, Goods and Services ($ billions)

| | 2021 | 2022 |
| --- | --- | --- |
| U.S. exports to Japan | 112.2 | 118.3 |
| U.S. imports from Japan | 167.8 | 180.4 |
| U.S. balance | -55.6 | -62.1 |

Source: Bureau of Economic Analysis.

Since 2019, Japan has been the leading source of foreign direct investment (FDI) in the United States; its FDI stock reached about $720 billion at the end of 2021. Japan is also the largest foreign holder of U.S. Treasury securities, with close to $1.1 trillion in March 2023, ahead of China (Figure 1).

**Figure 1. Holdings of U.S. Treasury Securities, Japan and China, 2019-2023**

Source: U.S. Treasury, TIC data. End of year; 2023 as of March.

The U.S.-Japan Trade Agreement and the Digital Trade Agreement took effect in January 2020. A critical minerals agreement signed on March 28, 2023, allows minerals processed in Japan to count toward the clean-vehicle tax credit in the Inflation Reduction Act of 2022 (P.L. 117-169). In April 2022, a tariff-rate quota replaced the 25% Section 232 tariffs on most Japanese steel.

## Japan's Economy

Real GDP rose 1.0% in 2022, after 2.1% growth in 2021 and a contraction of 4.3% in 2020. Output grew at an annualized rate of 1.6% in the first quarter of 2023. In December 2022, the Diet enacted a second FY2022 supplementary budget of ¥28.9 trillion (around $210 billion) to fund an economic package meant to cushion households against energy costs. The yen fell to a 32-year low against the dollar in October 2022, briefly weaker than ¥150, which prompted the government's first yen-buying intervention since 1998; it has since firmed to about ¥137. Core consumer inflation reached 4.2% in January 2023, the highest in four decades. Ueda Kazuo succeeded Kuroda Haruhiko as Bank of Japan governor in April.

Japan has pledged to reduce greenhouse gas emissions by 46% from 2013 levels by 2030, while "continuing strenuous efforts" toward a 50% cut, and to reach net zero by 2050.

**Mark E. Manyin**, Coordinator, Specialist in Asian Affairs

**Caitlin Campbell**, Analyst in Asian Affairs

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Kishida", "Fumio", "Prime Minister Kishida Fumio", note="family name first"),
        "leaders.us_president": P("Biden", "Joe", "President Joe Biden"),
        "alliance.treaty_ally_since": F(1951, as_written="The United States and Japan have been treaty allies since 1951"),
        "alliance.us_troops_in_japan": F(50000, "over", as_written="Upwards of 50,000 U.S. military personnel are based in Japan", note="'upwards of' is over"),
        "alliance.host_nation_support_per_year": F(2000000000, "about", per="year", as_written="Japan contributes roughly $2 billion a year toward the cost of hosting these forces"),
        "alliance.host_nation_support_agreement": D("2021-12", as_written="The current Special Measures Agreement (SMA), which the two governments announced in December 2021 and signed the following month", note="announced December 2021; signed January 2022 (not written as a date)"),
        "alliance.okinawa_share_of_usfj_facilities": F(25, "about", as_written="about one-quarter of the facilities used by U.S. forces in Japan are there", note="sidebar section; 'one-quarter' is 25"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="along with more than half of all U.S. military personnel in the country", note="sidebar section"),
        "alliance.okinawa_share_of_land_area": F(1, "under", as_written="Okinawa Prefecture accounts for less than 1% of Japan's land", note="sidebar section"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="about 4,000 of the approximately 9,000 Marines scheduled to leave Okinawa are to relocate to Guam", note="sidebar section"),
        "defense.spending_goal_pct_gdp": F(2, by="FY2027", as_written="commit Japan to spending 2% of gross domestic product (GDP) on defense and related items by FY2027"),
        "defense.traditional_limit_pct_gdp": F(1, as_written="stayed under a self-imposed ceiling of 1% of GDP, first set by cabinet decision in 1976"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="Kishida's Liberal Democratic Party (LDP) governs with Komeito"),
        "politics.lower_house_coalition_share": F(63, as_written="The two parties won 293 of the 465 seats in the October 2021 Lower House election, or 63%"),
        "politics.upper_house_coalition_share": F(60, "under", previous=57, as_written="the coalition raised its share of seats from 57% to just under 60%", note="'They also control the upper chamber' (over half) is the same fact, stated more precisely here; 'just under' is under"),
        "politics.next_diet_election_due": F(2025, as_written="No national election is required until 2025. The next regular Upper House election falls in July of that year"),
        "politics.lower_house_election_due": D("2025-10", as_written="the current Lower House's four-year term runs out in October 2025", note="a deadline 29 months away: not an upcoming election"),
        "trade.overall_partner_rank": F(4, period="2022", as_written="Japan was the fourth-largest U.S. trading partner in 2022"),
        "trade.export_partner_rank": F(4, period="2022", as_written="Only Canada, Mexico, and China bought more U.S. goods and services", note="three countries ahead: rank 4; year carried from the sentence before"),
        "trade.import_partner_rank": F(5, period="2022", as_written="Japan ranked fifth as a source of U.S. imports, just behind Germany"),
        "trade.us_exports_to_japan": F(118300000000, period="2022", as_written="Table 1, row 'U.S. exports to Japan', column 2022: 118.3 ($ billions)", note="the 2021 column's 112.2 is a trap"),
        "trade.us_imports_from_japan": F(180400000000, period="2022", as_written="Table 1, row 'U.S. imports from Japan', column 2022: 180.4 ($ billions)", note="the 2021 column's 167.8 is a trap"),
        "trade.fdi_source_rank": F(1, as_written="Since 2019, Japan has been the leading source of foreign direct investment (FDI) in the United States"),
        "trade.treasury_holder_rank": F(1, as_written="Japan is also the largest foreign holder of U.S. Treasury securities"),
        "economy.gdp_growth": GDP(y2022=1.0, y2021=2.1, y2020=-4.3),
        "economy.supplementary_budget": F(210000000000, "about", period="2022-12", as_written="a second FY2022 supplementary budget of ¥28.9 trillion (around $210 billion)"),
        "economy.yen": F("32-year low against the dollar", period="2022-10", as_written="The yen fell to a 32-year low against the dollar in October 2022"),
        "economy.emissions_cut_target": F(46, by="2030", baseline="2013", as_written="reduce greenhouse gas emissions by 46% from 2013 levels by 2030"),
        "diplomacy.quad_leader_meetings": F(5, as_written="Leaders of the Quad (Australia, India, Japan, and the United States) held their fifth meeting on May 20 in Hiroshima"),
        "diplomacy.ipef_other_partners": F(12, period="2022-05", as_written="Japan and 12 other countries, the United States among them, launched the Indo-Pacific Economic Framework for Prosperity (IPEF) in Tokyo in May 2022", note="12 other countries beside Japan, the United States included (13 founding members in all); Fiji, joined later, not counted"),
        "diplomacy.ukraine_financial_support": F(5500000000, "about", as_written="including some $5.5 billion in financial support"),
        "diplomacy.ukraine_humanitarian_aid": F(1500000000, "about", as_written="roughly $1.5 billion in humanitarian and recovery aid"),
    },
    "elections": {
        "lower_house_2021": E("Lower House", "2021-10", "held", result="LDP and Komeito 293 of 465 seats (63%)"),
        "upper_house_2022": E("Upper House", "2022-07", "held", result="coalition share from 57% to just under 60%"),
        "okinawa_governor_2022": E("Okinawa governor", "2022-09", "held", result="Tamaki Denny, opponent of the Henoko project, won a second term"),
        "ldp_president_2024": E("LDP president", "2024-09", "upcoming", note="Kishida's term ends; the LDP is to hold its next leadership election"),
        "upper_house_2025": E("Upper House", "2025-07", "upcoming"),
    },
    "events": {
        "abe_assassination": EV("Former Prime Minister Abe Shinzo shot and killed while campaigning in Nara", "2022-07-08"),
    },
    "notes": "Traps: 'from May 19 to 21 it hosted the group's leaders in Hiroshima' (G7 dates); 'Since taking office in October 2021'; 'withdrew from the Trans-Pacific Partnership (TPP) in 2017' (year, not the treaty year); 'Three strategy documents approved by Kishida's cabinet in December 2022' (not the SMA's December 2021); 'first set by cabinet decision in 1976 and formally set aside a decade later' (years beside the 1% limit); '¥43 trillion (roughly $320 billion) in defense outlays over the five years' and 'about 1.6 times the previous five-year plan'; 'gives the Ministry of Defense ¥6.8 trillion, some 26% more than a year earlier'; 'as many as 400 U.S.-made Tomahawk cruise missiles' (a count; no Tomahawk amount stated) and 'with deployment targeted for FY2026'; 'created within two years'; 'Germany, with about 35,000, ranks next' (another country's troops); 'signed the following month, totals ¥1.055 trillion over FY2022-FY2026' (SMA total and span, not per year); 'At their January 2023 \"2+2\" meeting' and 'the 12th Marine Littoral Regiment by 2025'; 'Article 5 of the security treaty'; 'first agreed in 1996'; 'won a second term in the September 2022 gubernatorial election' (an election, not a fact); 'the approximately 9,000 Marines scheduled to leave Okinawa' (not the Guam figure); 'activated Camp Blaz there in January 2023, and transfers are to start in 2024'; 'won 293 of the 465 seats' (seat counts beside 63%); 'from 57% to just under 60%' (57% the previous share); 'fell below 30% in several polls' and 'recovered to around 45%' (approval ratings); 'the LDP won four of five Diet by-elections on April 23' (by-elections, not listed); 'speculation that he could dissolve the Lower House and call a snap election as early as June' (speculation: not an election and not the next election due); 'his three-year term as LDP president ends in September 2024' (a party vote, not the next Diet election); 'the first bilateral visit by a South Korean president in 12 years', 'Yoon visited Tokyo on March 16-17', 'Kishida went to Seoul on May 7'; 'more than 70 ballistic missiles in 2022'; 'China fired five ballistic missiles'; 'export controls on 23 types of semiconductor manufacturing equipment'; 'the summit it had planned to host in Sydney on May 24' (cancelled; not a Quad count); 'Fiji joined shortly afterward' (not a launch partner); 'committed about $7.6 billion to Ukraine' (the total, not either part) and 'most of it announced in February'; 'Only Canada, Mexico, and China bought more' (three countries: the rank is 4, not 3); 'just behind Germany'; Table 1's 2021 column (112.2, 167.8) and balance row (-55.6, -62.1), and its unit '$ billions'; 'Since 2019' (a year beside the FDI rank) and 'its FDI stock reached about $720 billion at the end of 2021' (not an IF10199 fact); 'with close to $1.1 trillion in March 2023, ahead of China' (Treasury holdings; China second); Figure 1 (Treasury holdings of Japan and China, 2019-Mar. 2023, '$ trillions', ticks 0-1.5, year labels and legend, no value labels); 'signed on March 28, 2023' (critical minerals, not an IF10199 fact); 'took effect in January 2020'; 'the Inflation Reduction Act of 2022 (P.L. 117-169)'; 'replaced the 25% Section 232 tariffs on most Japanese steel'; 'Output grew at an annualized rate of 1.6% in the first quarter of 2023' (a quarter, not a year); '¥28.9 trillion' (yen beside the dollar amount); 'briefly weaker than ¥150', 'first yen-buying intervention since 1998', 'firmed to about ¥137'; 'Core consumer inflation reached 4.2%'; 'toward a 50% cut' (aspiration, not the pledge) and 'net zero by 2050'. Sidebar 'Okinawa, Futenma, and Guam' is an ordinary section in these PDF-derived layouts. Layouts: pdftotext -layout (two columns side by side) and interleaved column lines; curly quotes and non-breaking spaces in the PDF text.",
}
