from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "WD1-IF10199-2026-10", "fresh43", "IF10199", 50
LAYOUTS = ["md", "interleaved"]
PDF_OPTS = ["lig", "quotes", "nbsp"]
SIDEBAR = "Okinawa and the Marines"
CHART = {"unit": "percent", "ymax": 3, "ticks": [0, 1, 2, 3],
         "series": ["Real GDP growth"],
         "bars": {"2021": (2.7,), "2022": (0.9,), "2023": (1.5,), "2024": (0.1,), "2025": (1.1,)}}

MD = """
U.S.-Japan Relations

Updated October 27, 2026

## Overview

One year after Sanae Takaichi became prime minister, trade rather than security sets the tone of U.S.-Japan relations. Since July 2026 most goods that Japan ships to the United States have been charged a 12.5% tariff under Section 301 of the Trade Act of 1974, the third legal footing for such duties in little more than a year. Tokyo says it is still carrying out the investment commitment it made in the framework agreement it reached with the Trump Administration in July 2025, although officials in both capitals have debated how much of that bargain outlived the Supreme Court's February 2026 ruling on emergency tariffs. Defense ties have kept deepening. Japan reports that it met its goal of spending 2% of GDP on defense two years early, and the allies are turning U.S. Forces Japan (USFJ) into a joint force headquarters. Issues before Congress include the tariff regime, oversight of how the investment money is chosen and spent, a host-nation cost-sharing agreement that expires next spring, and the regional fallout of Tokyo's quarrel with Beijing.

- Tariff on most imports from Japan: 12.5% (Section 301), in place since July 2026
- Japan's investment commitment: $550 billion, to be committed before January 19, 2029
- U.S. military personnel in Japan: roughly 55,000
- Next national vote in Japan: House of Councillors, July 2028

## Tariffs and the 2025 Framework

On April 2, 2025, President Donald Trump announced a "reciprocal" tariff of 24% on Japanese goods; it was suspended a week later, leaving a 10% baseline. That month the Administration said Japan would be among the first partners it would negotiate with. After seven rounds led on Japan's side by Akazawa Ryosei, the two governments announced a framework on July 22, 2025. It capped the IEEPA tariff on most Japanese goods at 15%, inclusive of normal duties, and cut the Section 232 tariff on cars and parts from 27.5% to 15%. In return, Japan's government-backed lenders, the Japan Bank for International Cooperation (JBIC) and Nippon Export and Investment Insurance (NEXI), are to provide $550 billion in equity, loans, and guarantees for U.S. projects chosen by the U.S. government before January 19, 2029. Profits are to be split evenly until Japan recoups its outlay and 90% to the United States thereafter. Japan also agreed to buy 100 Boeing aircraft and to raise its purchases of U.S. rice by 75% within its existing quota.

On February 20, 2026, the Supreme Court held that the International Emergency Economic Powers Act (IEEPA) does not authorize tariffs. Four days later the Administration replaced the voided duties with a 10% surcharge under Section 122 of the Trade Act of 1974, a provision that caps any such surcharge at 15% and limits it to 150 days unless Congress extends it. Congress did not, and the surcharge expired in late July 2026. By then the Office of the U.S. Trade Representative (USTR) had completed a Section 301 investigation of Japanese trade practices, and the President imposed the present rate. Talks on the rate for semiconductors and pharmaceuticals, which the framework promised would be no higher than any other country's, continue.

Table 1. U.S. Tariffs on Goods from Japan, 2025-2026

| Measure | Rate | Status |
| --- | --- | --- |
| IEEPA (framework) | 15% | voided |
| Sec. 122 surcharge | 10% | expired |
| Sec. 301 | 12.5% | in effect |
| Sec. 232 autos, parts | 15% | in effect |
| Sec. 232 steel, aluminum | 50% | in effect |

A memorandum of understanding signed on September 4, 2025, gives an investment committee chaired by the Secretary of Commerce the job of proposing projects. The Administration has so far announced projects worth some $36 billion, most of them in power generation and energy. Japanese officials say the arrangement rests on mutual benefit and that their institutions' financing is not a grant.

## Trade and Investment

Japan was the sixth-largest U.S. trading partner in 2025, its fifth-largest export market, and its sixth-largest source of imports. Two-way flows of goods and services slipped slightly from 2024, and the U.S. deficit narrowed.

Table 2. U.S. Trade with Japan, Goods and Services ($ billions)

| | 2024 | 2025 |
| --- | --- | --- |
| U.S. exports to Japan | 129.1 | 127.4 |
| U.S. imports from Japan | 192.4 | 188.9 |
| Balance | -63.3 | -61.5 |

Nippon Steel's $14.1 billion purchase of U.S. Steel, completed in June 2025 under a national security agreement that gives the U.S. government a "golden share," is the best known recent Japanese acquisition. Japan has ranked first among sources of foreign direct investment (FDI) in the United States in every year since 2019. It is also the largest foreign holder of U.S. Treasury securities, at about $1.2 trillion; the United Kingdom has moved ahead of China into second place.

## Japan's Domestic Politics

Takaichi won the Liberal Democratic Party (LDP) presidential election on October 4, 2025, and took office as Japan's first female prime minister on October 21. Days earlier Komeito, the LDP's partner for 26 years, had left the coalition, and she now governs with the Japan Innovation Party (Ishin) as her partner. Her predecessor, Ishiba Shigeru, resigned after the coalition lost its House of Councillors (Upper House) majority in the July 2025 election, having already lost control of the lower chamber in October 2024.

Riding approval ratings that topped 70% early in her tenure, Takaichi dissolved the House of Representatives (Lower House) in January. The LDP won 309 seats on its own in the February 8, 2026, election; with Ishin, the coalition holds 341 of the chamber's 465 seats, or about 73%. It still lacks a majority in the upper chamber, where its members fill fewer than half of the 248 seats, so it must court opposition parties to pass bills there. The next national election is the July 2028 Upper House contest, in which 124 seats will be at stake. The Lower House elected in February serves a term that runs to February 2030. Takaichi's term as LDP president ends in September 2027.

## The Alliance

The United States and Japan have been treaty allies since 1952; the current Treaty of Mutual Cooperation and Security was signed in 1960. About 55,000 U.S. military personnel are stationed in Japan, more than in any other country (South Korea hosts roughly 28,500). Japan stood up a Joint Operations Command in March 2025, and the two governments agreed that USFJ would gain operational responsibilities in step with it.

Under a five-year Special Measures Agreement (SMA) announced in December 2021, Japan pays about ¥211 billion a year, roughly $1.4 billion at current rates, toward the cost of basing U.S. forces. The SMA lapses at the end of March 2027. Negotiations on its successor began in the summer, and Administration officials have said they expect Japan to pay considerably more.

## Okinawa and the Marines

Okinawa makes up 0.6% of Japan's land area but is home to about 70% of the facilities reserved for U.S. forces' exclusive use and roughly half of all U.S. personnel in Japan. Under a 2012 agreement, about 9,000 Marines are to move off the island, some 4,000 of them to Guam. The first contingent of about 100 arrived there in December 2024; as of March 2026, 210 Marines had relocated. Work on the Futenma replacement facility at Henoko continues over the prefecture's objections, and the facility is not expected to be usable before the mid-2030s.

## Japan's Defense Buildup

Japan's December 2022 strategy documents set a goal of spending 2% of GDP on defense and related items by FY2027, double the roughly 1% that had long served as an informal ceiling. Takaichi moved that deadline forward to FY2025, and her government says the fiscal year's supplementary budget brought outlays to the target. Administration officials have urged Tokyo to go to 3.5% of GDP, the core defense level NATO allies endorsed in June 2025; Japan is revising its strategy documents and has not adopted a new figure. Japan is buying 400 Tomahawk cruise missiles at an estimated $2.35 billion, and deliveries began in FY2025.

## Economy

**Figure 1. Japan's Real GDP Growth, 2021-2025**

Source: Cabinet Office of Japan. Calendar years; 2025 preliminary.

Japan's real GDP grew 1.1% in 2025, after expanding just 0.1% in 2024 (Figure 1). Output shrank at an annualized 1.8% in the April-June quarter of 2026, as exports to the United States fell. The Bank of Japan has raised its policy rate to 1.0%, and consumer inflation has run above its 2% target for more than four years. In December 2025 the Diet passed an ¥18.3 trillion supplementary budget to fund the government's economic package; a second one, enacted in May 2026 and aimed at energy and price relief, was close to $20 billion. Japan pledges to cut greenhouse gas emissions by 46% from FY2013 levels by FY2030; a target it submitted in February 2025 extends the cut to 60% by FY2035.

## Regional Relations

Relations with China have been strained since November 2025, when Takaichi told the Diet that a Chinese attack on Taiwan could amount to a "survival-threatening situation" for Japan. Beijing discouraged travel to Japan and again halted imports of Japanese seafood. Ties with South Korea under President Lee Jae-myung have held steady, with regular visits between leaders. The Quad's leaders (Australia, India, Japan, and the United States) have met six times, most recently in Wilmington, Delaware, in September 2024; India has yet to set a date for the next summit. Japan has pledged more than $12 billion to Ukraine since 2022, including around $9 billion in financial support and about $1.3 billion in humanitarian aid.

**Mark E. Manyin**, Specialist in Asian Affairs

**Kyla H. Kitamura**, Analyst in U.S. Defense Policy

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Daniel J. Longo**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Takaichi", "Sanae", "Sanae Takaichi became prime minister"),
        "leaders.us_president": P("Trump", "Donald", "President Donald Trump announced"),
        "alliance.treaty_ally_since": F(1952, as_written="The United States and Japan have been treaty allies since 1952"),
        "alliance.us_troops_in_japan": F(55000, "about", as_written="About 55,000 U.S. military personnel are stationed in Japan", note="also the key-points bullet 'roughly 55,000'"),
        "alliance.host_nation_support_per_year": F(1400000000, "about", per="year", as_written="Japan pays about ¥211 billion a year, roughly $1.4 billion at current rates", note="dollar equivalent of the yen figure"),
        "alliance.host_nation_support_agreement": D("2021-12", as_written="Under a five-year Special Measures Agreement (SMA) announced in December 2021"),
        "alliance.okinawa_share_of_usfj_facilities": F(70, "about", as_written="about 70% of the facilities reserved for U.S. forces' exclusive use", note="exclusive-use basis; html sidebar"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "about", as_written="roughly half of all U.S. personnel in Japan", note="a fraction in words"),
        "alliance.okinawa_share_of_land_area": F(0.6, as_written="Okinawa makes up 0.6% of Japan's land area"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="some 4,000 of them to Guam"),
        "alliance.marines_in_guam": F(210, period="2026-03", as_written="as of March 2026, 210 Marines had relocated"),
        "defense.spending_goal_pct_gdp": F(2, by="FY2025", as_written="a goal of spending 2% of GDP on defense and related items by FY2027 ... Takaichi moved that deadline forward to FY2025", note="the goal's deadline moved from FY2027 to FY2025; also the overview's 'its goal of spending 2% of GDP on defense'"),
        "defense.traditional_limit_pct_gdp": F(1, "about", as_written="the roughly 1% that had long served as an informal ceiling"),
        "defense.tomahawk_purchase": F(2350000000, "about", as_written="400 Tomahawk cruise missiles at an estimated $2.35 billion"),
        "politics.ruling_coalition": F(["LDP", "Ishin"], as_written="she now governs with the Japan Innovation Party (Ishin) as her partner", note="LDP plus Ishin; Komeito left the coalition"),
        "politics.lower_house_coalition_share": F(73, "about", as_written="the coalition holds 341 of the chamber's 465 seats, or about 73%"),
        "politics.upper_house_coalition_share": F(50, "under", as_written="its members fill fewer than half of the 248 seats"),
        "politics.next_diet_election_due": F(2028, as_written="The next national election is the July 2028 Upper House contest"),
        "politics.lower_house_election_due": D("2030-02", as_written="The Lower House elected in February serves a term that runs to February 2030"),
        "trade.overall_partner_rank": F(6, period="2025", as_written="Japan was the sixth-largest U.S. trading partner in 2025"),
        "trade.export_partner_rank": F(5, period="2025", as_written="its fifth-largest export market"),
        "trade.import_partner_rank": F(6, period="2025", as_written="and its sixth-largest source of imports"),
        "trade.us_exports_to_japan": F(127400000000, period="2025", as_written="Table 2: U.S. exports to Japan | 129.1 | 127.4 ($ billions)", note="table only, 2025 column"),
        "trade.us_imports_from_japan": F(188900000000, period="2025", as_written="Table 2: U.S. imports from Japan | 192.4 | 188.9 ($ billions)", note="table only, 2025 column"),
        "trade.fdi_source_rank": F(1, as_written="Japan has ranked first among sources of foreign direct investment (FDI) in the United States in every year since 2019"),
        "trade.treasury_holder_rank": F(1, as_written="It is also the largest foreign holder of U.S. Treasury securities", note="subject 'It' carried from the FDI sentences (Japan)"),
        "trade.us_tariff_on_most_imports_from_japan": F(12.5, period="2026-07", as_written="Since July 2026 most goods that Japan ships to the United States have been charged a 12.5% tariff under Section 301", note="also the key-points bullet and Table 1's Sec. 301 row"),
        "trade.japan_investment_pledge": F(550000000000, by="2029-01-19", as_written="are to provide $550 billion in equity, loans, and guarantees for U.S. projects chosen by the U.S. government before January 19, 2029", note="also the key-points bullet"),
        "economy.gdp_growth": GDP(y2025=1.1, y2024=0.1),
        "economy.supplementary_budget": F(20000000000, "nearly", period="2026-05", as_written="a second one, enacted in May 2026 and aimed at energy and price relief, was close to $20 billion"),
        "economy.emissions_cut_target": F(46, by="FY2030", baseline="FY2013", as_written="Japan pledges to cut greenhouse gas emissions by 46% from FY2013 levels by FY2030"),
        "diplomacy.quad_leader_meetings": F(6, as_written="The Quad's leaders (Australia, India, Japan, and the United States) have met six times"),
        "diplomacy.ukraine_financial_support": F(9000000000, "about", as_written="including around $9 billion in financial support"),
        "diplomacy.ukraine_humanitarian_aid": F(1300000000, "about", as_written="about $1.3 billion in humanitarian aid"),
    },
    "elections": {
        "ldp_president_2025": E("LDP president", "2025-10-04", "held", result="Takaichi won"),
        "upper_house_2025": E("Upper House", "2025-07", "held", result="coalition lost its majority"),
        "lower_house_2024": E("Lower House", "2024-10", "held", result="coalition lost control of the chamber", note="'having already lost control of the lower chamber in October 2024'"),
        "lower_house_2026": E("Lower House", "2026-02-08", "held", result="LDP 309 seats; coalition 341 of 465"),
        "upper_house_2028": E("Upper House", "2028-07", "upcoming"),
    },
    "events": {
        "tariff_talks_announced": EV("Administration says Japan will be among the first partners for tariff negotiations", "2025-04", "held"),
        "section122_surcharge_expired": EV("The 10% Section 122 surcharge expires", "2026-07", "held"),
    },
    "notes": "Traps: 'the third legal footing for such duties in little more than a year'; 'the framework agreement it reached with the Trump Administration in July 2025' and 'announced a framework on July 22, 2025' (no IF10199 fact); 'the Supreme Court's February 2026 ruling' and 'On February 20, 2026'; 'a host-nation cost-sharing agreement that expires next spring'; 'On April 2, 2025, President Donald Trump announced a \"reciprocal\" tariff of 24%' (announced, suspended) and 'leaving a 10% baseline' (past); 'After seven rounds'; 'It capped the IEEPA tariff on most Japanese goods at 15%' (the rate before the ruling, not the current tariff on most imports) and 'cut the Section 232 tariff on cars and parts from 27.5% to 15%' (autos); 'Profits are to be split evenly ... and 90% to the United States thereafter'; '100 Boeing aircraft' and 'rice by 75%'; 'a 10% surcharge under Section 122 of the Trade Act of 1974' (expired; year of a law), 'caps any such surcharge at 15% and limits it to 150 days' (statutory cap); 'Section 301 of the Trade Act of 1974'; Table 1 rows 'IEEPA (framework) | 15% | voided', 'Sec. 122 surcharge | 10% | expired', 'Sec. 232 autos, parts | 15%' and 'Sec. 232 steel, aluminum | 50%' (only the Sec. 301 row's 12.5% is the fact); 'signed on September 4, 2025' (MOU); 'projects worth some $36 billion' (announced so far, not the pledge); Table 2's 2024 column (129.1, 192.4) and 'Balance' row (-63.3, -61.5); 'in every year since 2019' (a year beside the FDI rank); 'Nippon Steel's $14.1 billion purchase of U.S. Steel, completed in June 2025'; 'at about $1.2 trillion' (Treasury holdings) and 'the United Kingdom has moved ahead of China into second place' (other countries' ranks); 'took office as Japan's first female prime minister on October 21' ('first' is not a rank); 'Komeito, the LDP's partner for 26 years' (former partner, left); 'Her predecessor, Ishiba Shigeru' (former prime minister); 'approval ratings that topped 70%'; 'The LDP won 309 seats on its own' (LDP alone, not the coalition share); 'in which 124 seats will be at stake'; 'Takaichi's term as LDP president ends in September 2027' (a term end, not an election or the Diet deadline); 'the current Treaty of Mutual Cooperation and Security was signed in 1960' (not the ally year); 'more than in any other country' (not a rank) and 'South Korea hosts roughly 28,500' (another country); 'Joint Operations Command in March 2025'; 'about ¥211 billion a year' (yen, the dollar figure is the fact); 'The SMA lapses at the end of March 2027' (expiry, not the agreement date); 'about 9,000 Marines are to move off the island' (total leaving Okinawa, not Guam); 'Under a 2012 agreement'; 'The first contingent of about 100 arrived there in December 2024' (earlier count, not the March 2026 figure); 'not expected to be usable before the mid-2030s'; 'by FY2027' (the goal's original deadline); 'Administration officials have urged Tokyo to go to 3.5% of GDP' (a demand, not Japan's goal) and 'NATO allies endorsed in June 2025'; '400 Tomahawk cruise missiles' (a count); Figure 1 (interleaved: unit 'percent', ticks 0-3, year labels 2021-2025, no values); 'Output shrank at an annualized 1.8% in the April-June quarter of 2026' (a quarter, not a year); 'policy rate to 1.0%' and 'above its 2% target for more than four years'; 'an ¥18.3 trillion supplementary budget' (December 2025, earlier; yen); '60% by FY2035' (a later target, not the 2030 pledge) and 'submitted in February 2025'; 'since November 2025'; 'President Lee Jae-myung' (South Korea); 'most recently in Wilmington, Delaware, in September 2024'; 'more than $12 billion to Ukraine since 2022' (the total, not either part); key-points bullet 'House of Councillors, July 2028' (same as the fact). PDF (interleaved): ligatures, curly quotes, NBSP; two columns' lines alternate.",
}
