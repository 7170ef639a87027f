from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "AA2-IF10199-2023-05", "fresh8", "IF10199", 27
LAYOUTS = ["layout", "interleaved"]
PDF_OPTS = ["lig", "nbsp"]
CHART = {"unit": "Yen per dollar", "ymax": 160, "ticks": [0, 40, 80, 120, 160],
         "series": ["Annual average"],
         "bars": {"2019": (109.0,), "2020": (106.8,), "2021": (109.8,), "2022": (131.5,), "2023*": (134.6,)}}

MD = """
U.S.-Japan Relations

Updated May 30, 2023

## Overview

As host of the Group of Seven (G7) summit in Hiroshima on May 19-21, 2023, Prime Minister Kishida Fumio showcased Japan's emergence as one of the most active U.S. partners in confronting Russia's war in Ukraine, managing China's rise, and protecting supply chains. President Joe Biden attended but cut short a planned Indo-Pacific trip to return to Washington for debt-limit negotiations. As a result, the Quad summit that Australia was to host in Sydney on May 24 was called off, and the leaders of the United States, Japan, Australia, and India met in Hiroshima on May 20 instead: the fifth time the Quad's leaders have convened since March 2021, and the third time in person. Ukrainian President Volodymyr Zelensky joined the G7 leaders on the summit's final day.

Japan and the United States have been treaty allies since 1951, and the alliance has rarely been closer. Tokyo's decision to double its defense effort, its rapprochement with South Korea, and its alignment with U.S. export controls on advanced semiconductors have all been welcomed in Washington. Principal developments this year:

- January 11: the two countries' foreign and defense ministers (the "2+2") agreed to convert a Marine regiment on Okinawa into a Marine Littoral Regiment by 2025.
- January 13: Kishida met Biden at the White House; their joint statement endorsed Japan's new strategy documents.
- March 16-17: South Korean President Yoon Suk Yeol visited Tokyo, the first stand-alone visit by a South Korean president in twelve years.
- May 7-8: Kishida traveled to Seoul, reviving regular "shuttle diplomacy."
- May 21: on the G7 sidelines, Biden, Kishida, and Yoon met and agreed to pursue further trilateral cooperation.

## A Security Overhaul

In December 2022, Kishida's cabinet approved a new National Security Strategy, National Defense Strategy, and Defense Buildup Program. The documents commit Japan to raise spending on defense and related items to 2% of GDP by FY2027. That is roughly twice the share, about 1% of GDP, that Japanese governments long treated as an unofficial limit. The plan envisages ¥43 trillion (about $310 billion) in defense outlays over FY2023-FY2027, and the FY2023 defense budget, ¥6.8 trillion, is 26% larger than the year before.

The documents also endorse acquiring "counterstrike" capabilities, the ability to hit missile bases and other targets on an adversary's territory, a step long regarded as incompatible with Japan's exclusively defensive posture. Until domestically developed long-range missiles are ready, Japan intends to buy up to 400 U.S.-made Tomahawk cruise missiles. The FY2023 budget sets aside ¥211.3 billion, roughly $1.6 billion, for the Tomahawk acquisition. U.S. officials have said counterstrike will require much closer operational coordination, including on targeting, than the alliance has practiced to date.

## The Alliance

More than fifty-four thousand U.S. military personnel are based in Japan. Japan offsets part of the cost. Under a five-year cost-sharing accord that the two governments unveiled in December 2021 and formally signed in January 2022, Tokyo is to provide ¥1.055 trillion over FY2022-FY2026, close to $2 billion a year, with a larger share than before going to joint training and equipment. Japan also funds base construction, rent, and payments to communities that host U.S. Forces Japan (USFJ) installations.

The island prefecture of Okinawa accounts for about 0.6% of Japan's land area, yet some seven-tenths of the land set aside for the exclusive use of U.S. forces lies there, along with upwards of half of all USFJ personnel. Governor Tamaki Denny, who opposes building a replacement for Marine Corps Air Station Futenma at Henoko, won a second four-year term in September 2022. About four thousand Marines are to relocate from Okinawa to Guam beginning in 2024, part of a plan to move roughly 9,000 off the island. The Marine Littoral Regiment agreed in January, about 2,000 strong, is to be based on Okinawa.

## Japan and South Korea

Relations between Tokyo and Seoul, long strained by disputes rooted in Japan's 1910-1945 colonial rule of Korea, have improved markedly under Yoon. On March 6, his government announced that a state-backed foundation would compensate Koreans forced to work for Japanese companies during World War II, in place of the Japanese firms that South Korea's Supreme Court ordered to pay in 2018. Yoon's visit to Tokyo followed ten days later. The two governments have since restored their General Security of Military Information Agreement (GSOMIA) to full operation and begun lifting the export restrictions each imposed on the other in 2019. The Biden Administration, which had pressed both allies to reconcile, has praised Yoon and Kishida and aims to institutionalize trilateral cooperation, including the real-time sharing of missile warning data.

## Domestic Politics

Kishida won the Liberal Democratic Party (LDP) presidency on September 29, 2021, succeeding Suga Yoshihide, and weeks later led the LDP and its coalition partner, Komeito, to a comfortable win in the October 31, 2021, Lower House election. The coalition enlarged its majority in the Upper House election of July 10, 2022. That vote took place two days after former Prime Minister Abe Shinzo was shot and killed while campaigning in the city of Nara on July 8, 2022.

Table 1. The Ruling Coalition in the Diet

| Chamber | Coalition seats | Share | Last election |
| --- | --- | --- | --- |
| Lower House | 293 of 465 | 63% | Oct. 2021 |
| Upper House | 146 of 248 | 59% | July 2022 |

Before the 2022 vote, the coalition held about 57% of the upper chamber. Absent an early dissolution, Japanese voters will not go to the polls nationally until July 2025, when half of the House of Councillors is up for election. The lower chamber's four-year term ends three months after that, in October 2025. Kishida's approval ratings, which sank below 30% in late 2022 amid revelations of ties between LDP lawmakers and the Unification Church, climbed back above 45% after the Hiroshima summit, and speculation is growing that he could dissolve the Lower House for a snap election this summer. His term as LDP president runs to September 2024. In by-elections on April 23, the LDP won four of the five Diet seats at stake.

## Economic and Trade Ties

The United States and Japan, the world's largest and third-largest economies, are closely intertwined. In 2022, Japan was the fourth-largest U.S. trading partner when goods and services are combined. Four countries bought more U.S. goods and services than Japan did, and the same number sold more to the United States. U.S. sales to Japan came to about one hundred twenty billion dollars, while U.S. purchases from Japan reached $180.3 billion. The U.S. goods deficit with Japan, $67.9 billion, was the sixth-largest with any country.

Japan has been the No. 1 source of foreign direct investment in the United States since 2019; the stock of Japanese FDI here reached $721 billion at the end of 2021. Japan also outranks every other foreign holder of U.S. Treasury securities, with about $1.1 trillion in March 2023; China, with some $870 billion, is second.

On March 28, 2023, the two governments signed a Critical Minerals Agreement intended to let minerals processed in Japan count toward U.S. electric vehicle tax credits under the Inflation Reduction Act. In March, Japan also announced controls on exports of 23 types of semiconductor manufacturing equipment, a move widely seen as complementing U.S. restrictions on China.

Japan's real GDP grew 1.0% in 2022, down from 2.2% in 2021. After a weak second half of 2022, output expanded at an annualized rate of 1.6% in the first quarter of 2023. In December 2022, the Diet enacted a second FY2022 supplementary budget of ¥28.9 trillion, about $210 billion, mostly to fund a ¥39 trillion package of energy subsidies and other relief; a record ¥114.4 trillion budget for FY2023 followed in March. Wide interest-rate differentials pushed the yen to nearly ¥152 per dollar in October 2022, a 32-year low, before it recovered to around ¥140 (Figure 1). Bank of Japan Governor Ueda Kazuo, who took office in April, has left the bank's ultra-loose monetary policy in place.

**Figure 1. The Yen Against the Dollar, 2019-2023**

Source: Bank of Japan. *2023 is January-May.

Kishida has kept the goal, set by his predecessor, of cutting Japan's greenhouse gas emissions 46% by 2030 compared with 2013, with net-zero emissions by 2050. The Hiroshima communiqué noted the scientific case for a 60% cut in global emissions by 2035 from 2019 levels.

## Ukraine and the Indo-Pacific

Japan broke with its past caution toward Moscow after Russia invaded Ukraine, joining G7 sanctions and expelling Russian diplomats. Tokyo has committed some $7.6 billion to Ukraine, including $5.5 billion in financial support and roughly $1.5 billion in humanitarian and recovery aid, and at Hiroshima Kishida promised about 100 Self-Defense Force vehicles. Kishida visited Kyiv on March 21, the first wartime visit to a conflict zone by a postwar Japanese prime minister.

Japan and thirteen other countries, the United States among them, make up the founding membership of the Indo-Pacific Economic Framework for Prosperity (IPEF), launched in Tokyo in May 2022. IPEF ministers meeting in Detroit on May 27 announced that they had substantially concluded a supply chain agreement, the framework's first. Meanwhile, China's military exercises around Taiwan in April and the detention of a Japanese pharmaceutical executive in Beijing in March have sharpened Japanese concerns about Xi Jinping's China.

**Mark E. Manyin**, Coordinator, Specialist in Asian Affairs

**Caitlin Campbell**, Analyst in Asian Affairs

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Kishida", "Fumio", "Prime Minister Kishida Fumio"),
        "leaders.us_president": P("Biden", "Joe", "President Joe Biden"),
        "alliance.treaty_ally_since": F(1951, as_written="Japan and the United States have been treaty allies since 1951"),
        "alliance.us_troops_in_japan": F(54000, "over", as_written="More than fifty-four thousand U.S. military personnel are based in Japan"),
        "alliance.host_nation_support_per_year": F(2000000000, "nearly", per="year", as_written="Tokyo is to provide ¥1.055 trillion over FY2022-FY2026, close to $2 billion a year"),
        "alliance.host_nation_support_agreement": D("2021-12", as_written="a five-year cost-sharing accord that the two governments unveiled in December 2021 and formally signed in January 2022"),
        "alliance.okinawa_share_of_usfj_facilities": F(70, "about", as_written="some seven-tenths of the land set aside for the exclusive use of U.S. forces lies there", note="exclusive-use basis"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="along with upwards of half of all USFJ personnel"),
        "alliance.okinawa_share_of_land_area": F(0.6, "about", as_written="The island prefecture of Okinawa accounts for about 0.6% of Japan's land area"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="About four thousand Marines are to relocate from Okinawa to Guam beginning in 2024"),
        "defense.spending_goal_pct_gdp": F(2, by="FY2027", as_written="commit Japan to raise spending on defense and related items to 2% of GDP by FY2027"),
        "defense.traditional_limit_pct_gdp": F(1, "about", as_written="That is roughly twice the share, about 1% of GDP, that Japanese governments long treated as an unofficial limit"),
        "defense.tomahawk_purchase": F(1600000000, "about", as_written="The FY2023 budget sets aside ¥211.3 billion, roughly $1.6 billion, for the Tomahawk acquisition", note="FY2023 budget line"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="the LDP and its coalition partner, Komeito"),
        "politics.lower_house_coalition_share": F(63, as_written="Table 1: Lower House | 293 of 465 | 63% | Oct. 2021", note="table's Share column"),
        "politics.upper_house_coalition_share": F(59, previous=57, as_written="Table 1: Upper House | 146 of 248 | 59% | July 2022", note="table's Share column; 'about 57%' before the 2022 vote"),
        "politics.next_diet_election_due": F(2025, as_written="Japanese voters will not go to the polls nationally until July 2025"),
        "politics.lower_house_election_due": D("2025-10", as_written="The lower chamber's four-year term ends three months after that, in October 2025"),
        "trade.overall_partner_rank": F(4, period="2022", as_written="In 2022, Japan was the fourth-largest U.S. trading partner when goods and services are combined"),
        "trade.export_partner_rank": F(5, period="2022", as_written="Four countries bought more U.S. goods and services than Japan did"),
        "trade.import_partner_rank": F(5, period="2022", as_written="and the same number sold more to the United States"),
        "trade.us_exports_to_japan": F(120000000000, "about", period="2022", as_written="U.S. sales to Japan came to about one hundred twenty billion dollars"),
        "trade.us_imports_from_japan": F(180300000000, period="2022", as_written="while U.S. purchases from Japan reached $180.3 billion"),
        "trade.fdi_source_rank": F(1, as_written="Japan has been the No. 1 source of foreign direct investment in the United States since 2019"),
        "trade.treasury_holder_rank": F(1, as_written="Japan also outranks every other foreign holder of U.S. Treasury securities"),
        "economy.gdp_growth": GDP(y2022=1.0, y2021=2.2),
        "economy.supplementary_budget": F(210000000000, "about", period="2022-12", as_written="In December 2022, the Diet enacted a second FY2022 supplementary budget of ¥28.9 trillion, about $210 billion"),
        "economy.yen": F("32-year low against the dollar", period="2022-10", as_written="pushed the yen to nearly ¥152 per dollar in October 2022, a 32-year low"),
        "economy.emissions_cut_target": F(46, by="2030", baseline="2013", as_written="cutting Japan's greenhouse gas emissions 46% by 2030 compared with 2013"),
        "diplomacy.quad_leader_meetings": F(5, as_written="the fifth time the Quad's leaders have convened since March 2021, and the third time in person"),
        "diplomacy.ipef_other_partners": F(13, period="2022-05", as_written="Japan and thirteen other countries, the United States among them, make up the founding membership of ... (IPEF), launched in Tokyo in May 2022"),
        "diplomacy.ukraine_financial_support": F(5500000000, as_written="including $5.5 billion in financial support"),
        "diplomacy.ukraine_humanitarian_aid": F(1500000000, "about", as_written="and roughly $1.5 billion in humanitarian and recovery aid"),
    },
    "elections": {
        "ldp_president_2021": E("LDP president", "2021-09-29", "held", result="Kishida won, succeeding Suga"),
        "lower_house_2021": E("Lower House", "2021-10-31", "held", result="coalition 293 of 465 seats, 63%"),
        "upper_house_2022": E("Upper House", "2022-07-10", "held", result="coalition enlarged its majority: about 57% before, 59% after"),
        "okinawa_governor_2022": E("Okinawa governor", "2022-09", "held", result="Tamaki Denny won a second term"),
        "upper_house_2025": E("Upper House", "2025-07", "upcoming", note="half of the House of Councillors up for election"),
    },
    "events": {
        "abe_assassination": EV("former Prime Minister Abe Shinzo shot and killed while campaigning in Nara", "2022-07-08"),
    },
    "notes": "Traps: 'May 19-21, 2023' (G7); 'the Quad summit that Australia was to host in Sydney on May 24 was called off' and 'and the third time in person' (count is 5); 'Ukrainian President Volodymyr Zelensky'; dated bullet list: 'January 11 ... Marine Littoral Regiment by 2025', 'January 13: Kishida met Biden at the White House', 'March 16-17 ... in twelve years', 'May 7-8', 'May 21'; 'approved ... in December 2022' (strategy documents); 'That is roughly twice the share' (hedge on 'twice'; the limit is 'about 1%'); '¥43 trillion (about $310 billion)', 'the FY2023 defense budget, ¥6.8 trillion, is 26% larger'; 'up to 400 U.S.-made Tomahawk cruise missiles' (a count) and '¥211.3 billion' (yen); 'Tokyo is to provide ¥1.055 trillion over FY2022-FY2026' (five-year yen total) and 'formally signed in January 2022' (agreement dated by December 2021); 'won a second four-year term in September 2022' (Okinawa governor, held); 'part of a plan to move roughly 9,000 off the island' (total leaving, not Guam); 'about 2,000 strong' (regiment); Korea section: 'Japan's 1910-1945 colonial rule', 'On March 6', 'ordered to pay in 2018', 'ten days later', 'export restrictions each imposed on the other in 2019'; 'succeeding Suga Yoshihide' (former PM); 'former Prime Minister Abe Shinzo was shot and killed' (the event, no PM); Table 1 seat counts '293 of 465', '146 of 248' (shares are 63 and 59) and its 'Last election' column; 'Before the 2022 vote, the coalition held about 57%' (previous share); 'His term as LDP president runs to September 2024' (a term end, not an election); 'speculation is growing that he could dissolve the Lower House for a snap election this summer' (speculation: not listed); 'sank below 30% ... climbed back above 45%' (approval, not seat shares); 'In by-elections on April 23, the LDP won four of the five Diet seats' (by-elections: not listed); 'the world's largest and third-largest economies' (not a trade rank); 'The U.S. goods deficit with Japan, $67.9 billion, was the sixth-largest' (not a trade rank); '$721 billion at the end of 2021' and 'since 2019'; 'about $1.1 trillion in March 2023' and 'China, with some $870 billion, is second'; 'On March 28, 2023, the two governments signed a Critical Minerals Agreement' (IF11120 fact); '23 types of semiconductor manufacturing equipment'; 'an annualized rate of 1.6% in the first quarter of 2023' (a quarter); 'a ¥39 trillion package' and 'a record ¥114.4 trillion budget for FY2023' (main budget); 'nearly ¥152 per dollar' and 'around ¥140'; Figure 1 (yen per dollar, 2019-2023, axis ticks 0-160, no value labels); 'net-zero emissions by 2050' and 'a 60% cut in global emissions by 2035 from 2019 levels' (G7 communique, global); 'some $7.6 billion to Ukraine' (total) and 'about 100 Self-Defense Force vehicles'; 'Kishida visited Kyiv on March 21'; 'IPEF ministers meeting in Detroit on May 27'; 'China's military exercises around Taiwan in April'; PDF ligatures and NBSP (layout text turns NBSPs into spaces); two-column layout and interleaved columns",
}
