from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "I2-IF10199-2024-08", "fresh7", "IF10199", 40
LAYOUTS = ["html", "pdf", "interleaved"]
PDF_OPTS = ["lig", "quotes"]
SIDEBAR = "Bases on Okinawa"
CHART = {"unit": "Yen per dollar", "ymax": 160, "ticks": [0, 40, 80, 120, 160],
         "series": ["Annual average"],
         "bars": {"2019": (109.0,), "2020": (106.8,), "2021": (109.8,), "2022": (131.5,),
                  "2023": (140.5,), "2024": (152.5,)}}

MD = """
U.S.-Japan Relations

Updated August 27, 2024

## Overview

Japan, bound to the United States by a security treaty in force since 1952, is among the most important U.S. partners in the Indo-Pacific. The two governments share concerns about China's military buildup and coercive behavior, North Korea's nuclear and missile programs, and Russia's war against Ukraine. More than fifty thousand U.S. military personnel are stationed in Japan, and the allies are in the midst of the most ambitious overhaul of their defense cooperation in decades. Economic ties are deep: Japanese firms are the largest foreign investors in the United States.

The alliance now faces leadership changes in both capitals. Prime Minister Kishida Fumio, who made strengthening the alliance a hallmark of his tenure, will leave office this fall. President Joe Biden withdrew from the presidential race on July 21; Vice President Kamala Harris accepted the Democratic nomination on August 22 and faces former President Donald Trump in November. Officials in both countries have sought to lock in alliance initiatives before the transitions.

## Kishida to Step Down

On August 14, Kishida announced that he would not run in the Liberal Democratic Party's (LDP's) upcoming leadership election, effectively ending a premiership that began in October 2021. He cited the need to restore public trust after a scandal over unreported political funds in several LDP factions. His cabinet's approval ratings had languished at or below 25% for most of the year.

Kishida, who won the party presidency in September 2021, will remain prime minister until the LDP picks a successor on September 27, 2024, and the Diet confirms the choice. By August 26, three lawmakers had declared their candidacies: Kobayashi Takayuki, former Defense Minister Ishiba Shigeru, and Digital Minister Kono Taro. Several others, including Koizumi Shinjiro and Economic Security Minister Takaichi Sanae, are expected to join what could be the most crowded race in the party's history. Because the LDP leads the ruling coalition, its new president will almost certainly become prime minister.

## The April 2024 State Visit

Kishida's April 2024 state visit to Washington, the first by a Japanese prime minister in nine years, was a high point of his time in office. On April 11 he addressed a joint meeting of Congress, something no Japanese leader had done since Abe Shinzo in April 2015. Among the roughly 70 initiatives the two leaders announced on April 10 were the following:

- a plan to upgrade both militaries' command-and-control frameworks, under which U.S. Forces Japan (USFJ) is to take on operational responsibilities as a joint force headquarters while Japan stands up a permanent Joint Operations Command by March 2025;
- a Forum on Defense Industrial Cooperation, Acquisition and Sustainment to explore co-producing missiles and repairing U.S. Navy ships in Japanese shipyards;
- an arrangement for a Japanese astronaut to join a future U.S. lunar landing, the first non-American to do so; and
- a U.S.-Japan-Philippines leaders' summit, held the next day with President Ferdinand Marcos Jr.

At a "two-plus-two" meeting in Tokyo on July 28, the allies' foreign and defense ministers agreed to upgrade USFJ in phases and held their first ministerial discussion devoted to extended deterrence.

## Japan's Defense Build-Up

Japan is in the second year of a five-year plan to transform its defense posture. Strategy documents released in December 2022 commit the government to raise spending on defense and related items to 2% of GDP by FY2027. That target breaks with the practice, dating from a 1976 cabinet decision, of holding defense outlays to 1% of GDP. The plan envisions ¥43 trillion (about $300 billion) in spending over FY2023-FY2027. Japan's FY2024 defense budget of ¥7.95 trillion is a record, and defense-related spending is estimated at about 1.6% of GDP this fiscal year.

The build-up includes "counterstrike" weapons able to hit targets in enemy territory. In January 2024, Tokyo signed a contract to buy up to 400 Tomahawk cruise missiles. The State Department had approved the sale, valued at $2.35 billion, two months earlier; Japan's FY2023 budget set aside ¥211.3 billion for the missiles. Deliveries are to begin in FY2025, a year sooner than once planned. U.S. officials welcome the build-up, but its funding, including planned tax increases, remains partly undecided, and the weak yen erodes what the budget can buy from U.S. suppliers.

## Alliance Costs

Japan pays part of the cost of stationing U.S. forces. Under a Special Measures Agreement concluded in December 2021 and signed the following month, Japan is to contribute ¥1.055 trillion over FY2022-FY2026. That works out to an average of ¥211 billion annually, roughly $1.4 billion at current exchange rates. The sum excludes base rents, compensation to host communities, and the costs of realigning U.S. forces. The agreement expires in March 2027.

## Bases on Okinawa

Okinawa Prefecture covers under one percent of Japan's land area but hosts about 70% of the acreage set aside for the exclusive use of U.S. forces, as well as more than half of the U.S. personnel stationed in Japan. Governor Tamaki Denny, who won a second term in September 2022, opposes building a replacement for Marine Corps Air Station Futenma at Henoko; after the Supreme Court ruled against the prefecture, the central government approved a design change on its behalf in December 2023. Under a 2012 plan, about four thousand Marines are to move from Okinawa to Guam, and the first group is expected to begin relocating by the end of 2024. The 12th Marine Regiment on Okinawa was redesignated the 12th Marine Littoral Regiment in November 2023; it has some 2,000 personnel.

## Domestic Politics

The LDP governs in coalition with Komeito. The coalition won 293 of the Lower House's 465 seats in the October 2021 general election and, after by-election losses in April 2024, now controls about 62% of the chamber. Its position in the upper chamber is only slightly weaker. Since the July 2022 election, it has held just shy of three-fifths of the seats there. The coalition's next nationwide test is the July 2025 Upper House election, in which half of that chamber's seats are to be filled; the Lower House's term expires in October 2025. Many observers expect Kishida's successor to dissolve the Lower House and call a snap election soon after taking office.

## Economic and Trade Issues

Table 1. U.S. Trade with Japan, Goods and Services ($ billions)

| Flow | 2022 | 2023 |
| --- | --- | --- |
| U.S. exports to Japan | 120.1 | 125.8 |
| U.S. imports from Japan | 180.3 | 186.4 |
| U.S. balance | -60.2 | -60.6 |

The United States and Japan are the world's largest and fourth-largest economies; Japan slipped to fourth, behind Germany, in 2023. Japan was sixth among U.S. trading partners that year. Five other countries likewise bought more U.S. goods and services than Japan did. As a source of U.S. imports, it came fifth.

Japanese companies are the leading foreign direct investors in the United States, with an investment stock of about $783 billion at the end of 2023. A pending deal shows the frictions investment can bring: Nippon Steel's $14.9 billion offer for U.S. Steel, announced in December 2023, is under review by the Committee on Foreign Investment in the United States and has drawn opposition from President Biden, Vice President Harris, and former President Trump. Japan is also the biggest foreign holder of U.S. Treasury securities, with about $1.1 trillion in June, ahead of China.

Real GDP rose 1.9% in 2023, after growing 1.0% in 2022. Output rebounded at an annualized 3.1% in April-June 2024 following a first-quarter contraction. To cushion households from rising prices, the Diet enacted a supplementary budget of ¥13.1 trillion, close to $90 billion, in November 2023. The yen's slide, driven by the gap between Japanese and U.S. interest rates, took it past ¥161 per dollar in early July, a 38-year low (Figure 1). The Bank of Japan, which ended negative interest rates in March, raised its policy rate to 0.25% on July 31; the yen then rallied, and on August 5 the Nikkei 225 stock index fell 12.4%, its steepest one-day drop since 1987. Japan's climate pledge is to cut greenhouse gas emissions 46% by FY2030 from FY2013 levels, while striving for 50%.

**Figure 1. Yen per U.S. Dollar, 2019-2024**

Source: Federal Reserve Board. Annual averages; 2024 is January-July.

## Regional Relations

Relations between Japan and South Korea have improved since President Yoon Suk Yeol's March 2023 plan to compensate Korean wartime laborers, and the August 2023 Camp David summit committed the two countries and the United States to annual trilateral leaders' meetings. Ties with China remain tense; Beijing has barred Japanese seafood since Tokyo began releasing treated water from the Fukushima Daiichi nuclear plant in August 2023.

Japan remains a strong backer of the Quad with Australia, India, and the United States. The four countries' leaders have met five times since March 2021, and a sixth meeting is expected in the United States this fall. When the Indo-Pacific Economic Framework for Prosperity (IPEF) was launched in May 2022, thirteen countries other than Japan signed on as founding partners.

Since Russia's full-scale invasion in February 2022, Japan has pledged over $12 billion to Ukraine, including approximately $5.5 billion in financial support and roughly $1.2 billion in humanitarian aid. In June 2024, the two countries signed a 10-year security accord under which Japan promised $4.5 billion in support this year. Japan's most senior political figures continue to draw on the legacy of former Prime Minister Abe Shinzo, who was assassinated in July 2022 while campaigning.

**Mark E. Manyin**, Coordinator, Specialist in Asian Affairs

**Caitlin Campbell**, Analyst in Asian Affairs

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Kishida", "Fumio", "Prime Minister Kishida Fumio", note="not running in the LDP vote; remains prime minister until a successor is chosen"),
        "leaders.us_president": P("Biden", "Joe", "President Joe Biden", note="withdrew from the race; still President"),
        "alliance.treaty_ally_since": F(1952, as_written="bound to the United States by a security treaty in force since 1952"),
        "alliance.us_troops_in_japan": F(50000, "over", as_written="More than fifty thousand U.S. military personnel are stationed in Japan"),
        "alliance.host_nation_support_per_year": F(1400000000, "about", per="year", as_written="an average of ¥211 billion annually, roughly $1.4 billion at current exchange rates"),
        "alliance.host_nation_support_agreement": D("2021-12", as_written="Under a Special Measures Agreement concluded in December 2021 and signed the following month"),
        "alliance.okinawa_share_of_usfj_facilities": F(70, "about", as_written="hosts about 70% of the acreage set aside for the exclusive use of U.S. forces", note="sidebar; exclusive-use basis"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="as well as more than half of the U.S. personnel stationed in Japan", note="sidebar"),
        "alliance.okinawa_share_of_land_area": F(1, "under", as_written="Okinawa Prefecture covers under one percent of Japan's land area", note="sidebar"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="about four thousand Marines are to move from Okinawa to Guam", note="sidebar"),
        "defense.spending_goal_pct_gdp": F(2, by="FY2027", as_written="raise spending on defense and related items to 2% of GDP by FY2027"),
        "defense.traditional_limit_pct_gdp": F(1, as_written="the practice, dating from a 1976 cabinet decision, of holding defense outlays to 1% of GDP"),
        "defense.tomahawk_purchase": F(2350000000, as_written="The State Department had approved the sale, valued at $2.35 billion, two months earlier"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="The LDP governs in coalition with Komeito"),
        "politics.lower_house_coalition_share": F(62, "about", as_written="now controls about 62% of the chamber"),
        "politics.upper_house_coalition_share": F(60, "nearly", as_written="Since the July 2022 election, it has held just shy of three-fifths of the seats there", note="subject carried from 'Its position in the upper chamber'"),
        "politics.next_diet_election_due": F(2025, as_written="The coalition's next nationwide test is the July 2025 Upper House election"),
        "politics.lower_house_election_due": D("2025-10", as_written="the Lower House's term expires in October 2025"),
        "trade.overall_partner_rank": F(6, period="2023", as_written="Japan was sixth among U.S. trading partners that year"),
        "trade.export_partner_rank": F(6, period="2023", as_written="Five other countries likewise bought more U.S. goods and services than Japan did"),
        "trade.import_partner_rank": F(5, period="2023", as_written="As a source of U.S. imports, it came fifth"),
        "trade.us_exports_to_japan": F(125800000000, period="2023", as_written="Table 1: U.S. exports to Japan | 120.1 | 125.8 ($ billions; 2023 column)"),
        "trade.us_imports_from_japan": F(186400000000, period="2023", as_written="Table 1: U.S. imports from Japan | 180.3 | 186.4 ($ billions; 2023 column)"),
        "trade.fdi_source_rank": F(1, period="2023", as_written="Japanese companies are the leading foreign direct investors in the United States"),
        "trade.treasury_holder_rank": F(1, period="2024-06", as_written="Japan is also the biggest foreign holder of U.S. Treasury securities, with about $1.1 trillion in June, ahead of China"),
        "economy.gdp_growth": GDP(y2023=1.9, y2022=1.0),
        "economy.supplementary_budget": F(90000000000, "nearly", period="2023-11", as_written="the Diet enacted a supplementary budget of ¥13.1 trillion, close to $90 billion, in November 2023"),
        "economy.yen": F("38-year low against the dollar", period="2024-07", as_written="took it past ¥161 per dollar in early July, a 38-year low"),
        "economy.emissions_cut_target": F(46, by="2030", baseline="2013", as_written="cut greenhouse gas emissions 46% by FY2030 from FY2013 levels"),
        "diplomacy.quad_leader_meetings": F(5, as_written="The four countries' leaders have met five times since March 2021"),
        "diplomacy.ipef_other_partners": F(13, period="2022-05", as_written="thirteen countries other than Japan signed on as founding partners"),
        "diplomacy.ukraine_financial_support": F(5500000000, "about", as_written="approximately $5.5 billion in financial support"),
        "diplomacy.ukraine_humanitarian_aid": F(1200000000, "about", as_written="roughly $1.2 billion in humanitarian aid"),
    },
    "elections": {
        "ldp_president_2024": E("LDP president", "2024-09-27", "upcoming", note="Kishida not running; candidates Kobayashi, Ishiba, Kono declared"),
        "ldp_president_2021": E("LDP president", "2021-09", "held", result="Kishida won"),
        "lower_house_2021": E("Lower House", "2021-10", "held", result="coalition won 293 of 465 seats"),
        "upper_house_2022": E("Upper House", "2022-07", "held", result="coalition just shy of three-fifths"),
        "upper_house_2025": E("Upper House", "2025-07", "upcoming"),
        "okinawa_governor_2022": E("Okinawa governor", "2022-09", "held", result="Tamaki Denny won a second term", note="sidebar"),
    },
    "events": {
        "abe_address_to_congress": EV("Abe addresses a joint meeting of Congress", "2015-04", "held"),
        "abe_assassination": EV("Former Prime Minister Abe Shinzo assassinated", "2022-07"),
    },
    "notes": "Traps: 'Vice President Kamala Harris accepted the Democratic nomination on August 22' and 'faces former President Donald Trump in November' (not the President); 'President Joe Biden withdrew from the presidential race on July 21' (still President); 'On August 14, Kishida announced that he would not run' (still PM); 'a premiership that began in October 2021'; 'at or below 25%' (approval); 'Kobayashi Takayuki, former Defense Minister Ishiba Shigeru, and Digital Minister Kono Taro' and 'Koizumi Shinjiro and Economic Security Minister Takaichi Sanae' (candidates, not the PM); 'the first by a Japanese prime minister in nine years'; 'On April 11 he addressed a joint meeting of Congress' (Kishida's address, not the Abe event); 'the roughly 70 initiatives the two leaders announced on April 10'; bullet list ('a permanent Joint Operations Command by March 2025', 'held the next day with President Ferdinand Marcos Jr.'); 'two-plus-two ... on July 28'; 'Strategy documents released in December 2022'; '¥43 trillion (about $300 billion)'; 'FY2024 defense budget of ¥7.95 trillion' and 'estimated at about 1.6% of GDP this fiscal year' (actual spending, not the goal or the limit); 'up to 400 Tomahawk cruise missiles', 'In January 2024', 'Japan's FY2023 budget set aside ¥211.3 billion for the missiles' (budget line, not the sale value; close to the host-nation yen figure), 'Deliveries are to begin in FY2025'; 'signed the following month' (January 2022, not the agreement's date), 'contribute ¥1.055 trillion over FY2022-FY2026' (five-year total), 'an average of ¥211 billion' (yen), 'expires in March 2027'; sidebar 'Bases on Okinawa' (html aside): 'the Supreme Court ruled ... the central government approved a design change on its behalf in December 2023', 'the first group is expected to begin relocating by the end of 2024' (no Marines in Guam yet), '12th Marine Littoral Regiment in November 2023; it has some 2,000 personnel'; 'The coalition won 293 of the Lower House's 465 seats' (counts at the 2021 election, not the current share), 'by-election losses in April 2024' (not listed); 'Many observers expect Kishida's successor to dissolve the Lower House and call a snap election' (speculation: no election listed); 'the Lower House's term expires in October 2025' (deadline only, fourteen months away: no lower_house_2025 listed); 'the world's largest and fourth-largest economies; Japan slipped to fourth, behind Germany' (economy size, not a trade rank); Table 1 2022 column ('120.1', '180.3') and balance row ('-60.2', '-60.6'); 'about $783 billion at the end of 2023' (FDI stock, not a pledge); 'Nippon Steel's $14.9 billion offer for U.S. Steel, announced in December 2023'; 'about $1.1 trillion in June'; 'an annualized 3.1% in April-June 2024' (a quarter, not a year); '¥161 per dollar'; 'raised its policy rate to 0.25% on July 31', 'the Nikkei 225 stock index fell 12.4%', 'since 1987'; 'while striving for 50%'; Figure 1 (yen per dollar, annual averages 2019-2024; axis ticks 0-160, no value labels; floated into the html sidebar); 'President Yoon Suk Yeol's March 2023 plan', 'the August 2023 Camp David summit'; 'a sixth meeting is expected in the United States this fall' (planned); 'pledged over $12 billion to Ukraine' (total) and 'Japan promised $4.5 billion in support this year' (not split into financial or humanitarian); PDF ligatures and curly quotes; interleaved columns",
}
