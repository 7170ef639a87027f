from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "JC2-IF11120-2024-01", "fresh29", "IF11120", 17
TITLE = "U.S.-Japan Trade Agreements and Negotiations"
LAYOUTS = ["layout", "html"]
PDF_OPTS = ["lig", "hyph"]
SIDEBAR = "How the 2019 Deal Came Together"
CHART = {"unit": "Percent", "ymax": 20, "ticks": [0, 5, 10, 15, 20],
         "series": ["Japan's share of U.S. goods imports"],
         "bars": {"1990": (18.1,), "2000": (12.0,), "2010": (6.3,), "2020": (4.8,), "2022": (4.5,)}}

MD = """
U.S.-Japan Trade Agreements and Negotiations

Updated January 23, 2024

## Overview

Japan, the world's third-largest economy, is among the most important U.S. economic partners, and the two governments work closely on trade rules, export controls, and supply chains. Their most recent trade deals date from the Trump Administration, which, having withdrawn from the Trans-Pacific Partnership (TPP) in January 2017, sought a bilateral agreement in stages. Two "stage one" agreements, one covering tariffs on goods and the other digital trade, have been in effect since New Year's Day 2020. The Biden Administration has not pursued a comprehensive free trade agreement (FTA), favoring narrower sectoral deals and the regional Indo-Pacific Economic Framework for Prosperity (IPEF). The government of Prime Minister Kishida Fumio has welcomed that focus, while urging the United States to rejoin the TPP's successor, the Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP).

Issues that may come before the 118th Congress include:

- oversight of the 2019 agreements, which were not submitted for congressional approval, and of the broader "stage two" talks the two sides envisioned, which never began;
- Nippon Steel's proposed acquisition of U.S. Steel, announced last month, which is expected to be reviewed by the Committee on Foreign Investment in the United States (CFIUS);
- the critical minerals agreement and its role in determining eligibility for electric vehicle tax credits under the Inflation Reduction Act (IRA; P.L. 117-169).

## Economic Ties

Complete figures for 2023 are not due until next month. In the year before last, counting both goods and services, Japan was the fifth-largest U.S. trading partner; Canada, Mexico, China, and the United Kingdom ranked ahead of it. U.S. sales to Japan that year came to $120.1 billion. Of that sum, goods made up $80.2 billion and services the rest, $39.9 billion. Purchases from Japan were half again as large, at $180.3 billion (Table 1).

Table 1. U.S. Trade with Japan, 2021 and 2022 (billions of dollars)

| | 2021 | 2022 |
| --- | --- | --- |
| Exports to Japan: goods | 74.6 | 80.2 |
| Exports to Japan: services | 37.6 | 39.9 |
| Imports from Japan: goods | 135.1 | 148.1 |
| Imports from Japan: services | 32.7 | 32.2 |

Source: Bureau of Economic Analysis (BEA); U.S. Census Bureau.

Counting goods alone, U.S. imports from Japan exceeded exports by just under $68 billion in 2022. Five other trading partners, led by China, accounted for larger U.S. goods deficits, leaving Japan in sixth place; in the late 1980s, the deficit with Japan had been the largest of all. Partial data for 2023 suggest a slightly smaller gap: from January through November, the goods deficit came to about $65 billion. Over three decades, Japan's weight in U.S. imports has fallen steadily (Figure 1).

**Figure 1. Japan's Share of U.S. Goods Imports, Selected Years**

Source: CRS calculations from U.S. Census Bureau data.

Investment ties run deeper. By the end of 2022, the direct investment position of Japanese companies in the United States had passed $700 billion. No other country's was as large. Investment in the other direction, by U.S. firms in Japan, was about $128 billion that year. Japan is also the largest foreign holder of U.S. government debt: its Treasury securities, worth about $1.1 trillion in November 2023, outweighed China's by well over $300 billion. Chinese holdings have fallen for most of the past decade.

## The 2019 Agreements

Negotiations grew out of a September 2018 meeting at which President Donald Trump and then-Prime Minister Abe Shinzo agreed to seek a limited deal, and the Trump Administration notified Congress of its intent under trade promotion authority (TPA). Formal talks opened in April 2019 (see box). Five months later the two leaders announced that the first stage was complete, and U.S. Trade Representative Robert Lighthizer and Japan's ambassador, Sugiyama Shinsuke, put their names to the two texts, the U.S.-Japan Trade Agreement (USJTA) and the U.S.-Japan Digital Trade Agreement (DTA), on October 7, 2019. Because the USJTA's tariff cuts fell within the President's proclamation authority, it was implemented without a vote in Congress. Under the USJTA:

- Japan eliminated or reduced tariffs on about $7.2 billion of U.S. farm products; its beef tariff is falling in stages from 38.5% to 9% by FY2033.
- The United States cut tariffs on a smaller set of Japanese goods, mostly industrial items such as machine tools.
- Autos were left out: the 2.5% U.S. tariff on Japanese cars and the 25% tariff on light trucks still apply.

The DTA bars customs duties on electronic transmissions and commits both sides to nondiscriminatory treatment of digital products and to the free flow of data across borders.

Neither agreement resolved the threat of tariffs under Section 232 of the Trade Expansion Act of 1962. After the Commerce Department found in February 2019 that auto imports threatened to impair national security, the President concurred on May 17 of that year but deferred any action while talks went on. Duties of as much as 25% had been discussed; none were imposed. Japanese officials cite a joint statement in which the United States said it would not take measures against the spirit of the agreements while they were being implemented. Section 232 tariffs of 25% on steel and 10% on aluminum have applied to Japan since 2018; since April 2022, a tariff-rate quota has let 1.25 million metric tons of Japanese steel a year enter without the duty.

## How the 2019 Deal Came Together

- September 26, 2018: In New York, President Trump and Prime Minister Abe agree to open talks.
- April 2019: USTR Lighthizer and Japan's economy minister, Motegi Toshimitsu, hold the first negotiating round in Washington.
- September 25, 2019: The two leaders announce in New York that the first-stage talks have been finalized.
- January 1, 2020: Both agreements enter into force.

## Critical Minerals and Other Talks

The Biden Administration's chief trade accord with Japan is the critical minerals agreement (CMA) the two governments signed on March 28 of last year. It commits both sides not to impose export duties on minerals used in electric vehicle batteries, such as cobalt, graphite, lithium, manganese, and nickel, and to consult on labor and environmental standards. The Treasury Department treats the CMA as an FTA for the purposes of the IRA, so vehicles with batteries containing minerals processed in Japan may qualify for the clean vehicle credit of up to $7,500. Some Members argued that an agreement with that effect required congressional approval.

Japan is among the 13 countries that have joined the United States in IPEF, which was launched in May 2022. Members signed a supply chain agreement in San Francisco last November and concluded talks on the framework's clean economy and fair economy pillars; negotiations on its trade pillar, which the Administration has said will not include tariff cuts, remain unfinished.

On December 18, Nippon Steel agreed to buy U.S. Steel for $14.1 billion in cash, or about $14.9 billion including debt. The United Steelworkers and several Members of Congress oppose the deal; the White House has said it deserves serious scrutiny.

Politics in both countries may shape the agenda. Kishida's term as LDP president ends in September, when the party will choose its leader; a fundraising scandal has pushed his cabinet's approval rating below 25%. In the United States, former President Trump, who won last week's Iowa caucuses, has proposed a 10% tariff on all U.S. imports.

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Biden", "Joe", "The Biden Administration", note="named only through 'The Biden Administration'; 'former President Trump' is a trap"),
        "leaders.japan_prime_minister": P("Kishida", "Fumio", "Prime Minister Kishida Fumio", note="family name first"),
        "trade.overall_partner_rank": F(5, period="2022", as_written="In the year before last, counting both goods and services, Japan was the fifth-largest U.S. trading partner; Canada, Mexico, China, and the United Kingdom ranked ahead of it", note="'the year before last' = 2022 from the January 2024 cover"),
        "trade.us_exports_to_japan": F(120100000000, period="2022", as_written="U.S. sales to Japan that year came to $120.1 billion"),
        "trade.us_goods_exports_to_japan": F(80200000000, period="2022", as_written="Of that sum, goods made up $80.2 billion", note="also Table 1's 2022 column"),
        "trade.us_services_exports_to_japan": F(39900000000, period="2022", as_written="and services the rest, $39.9 billion", note="also Table 1's 2022 column"),
        "trade.us_imports_from_japan": F(180300000000, period="2022", as_written="Purchases from Japan were half again as large, at $180.3 billion"),
        "trade.us_goods_imports_from_japan": F(148100000000, period="2022", as_written="Table 1: Imports from Japan: goods | 135.1 | 148.1 (2022 column, billions of dollars)", note="only in Table 1"),
        "trade.us_services_imports_from_japan": F(32200000000, period="2022", as_written="Table 1: Imports from Japan: services | 32.7 | 32.2 (2022 column, billions of dollars)", note="only in Table 1"),
        "trade.goods_deficit": F(68000000000, "under", period="2022", as_written="Counting goods alone, U.S. imports from Japan exceeded exports by just under $68 billion in 2022"),
        "trade.goods_deficit_rank": F(6, period="2022", as_written="Five other trading partners, led by China, accounted for larger U.S. goods deficits, leaving Japan in sixth place", note="'in the late 1980s, the deficit with Japan had been the largest of all' is a past rank"),
        "trade.japan_fdi_stock_in_us": F(700000000000, "over", period="2022", as_written="By the end of 2022, the direct investment position of Japanese companies in the United States had passed $700 billion"),
        "trade.fdi_source_rank": F(1, period="2022", as_written="No other country's was as large", note="subject carried from the sentence before (the end-2022 position)"),
        "trade.us_fdi_stock_in_japan": F(128000000000, "about", period="2022", as_written="Investment in the other direction, by U.S. firms in Japan, was about $128 billion that year"),
        "trade.treasury_holder_rank": F(1, period="2023-11", as_written="Japan is also the largest foreign holder of U.S. government debt: its Treasury securities, worth about $1.1 trillion in November 2023"),
        "agreements.usjta_signed": D("2019-10-07", as_written="put their names to the two texts, the U.S.-Japan Trade Agreement (USJTA) and the U.S.-Japan Digital Trade Agreement (DTA), on October 7, 2019"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="Two \"stage one\" agreements, one covering tariffs on goods and the other digital trade, have been in effect since New Year's Day 2020", note="agreements named by topic; also sidebar 'January 1, 2020: Both agreements enter into force'"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="Two \"stage one\" agreements, one covering tariffs on goods and the other digital trade, have been in effect since New Year's Day 2020", note="also sidebar 'January 1, 2020: Both agreements enter into force'"),
        "agreements.critical_minerals_signed": D("2023-03-28", as_written="the critical minerals agreement (CMA) the two governments signed on March 28 of last year", note="year from the cover"),
    },
    "elections": {
        "ldp_president_2024": E("LDP president", "2024-09", "upcoming", note="'Kishida's term as LDP president ends in September, when the party will choose its leader'"),
    },
    "events": {
        "first_negotiating_round": EV("First USJTA negotiating round, Washington", "2019-04", "held"),
        "section232_autos_proclamation": EV("President concurs with Section 232 auto finding, defers action", "2019-05-17", "held"),
        "stage_one_deal_finalized": EV("Leaders announce the first-stage talks finalized", "2019-09-25", "held"),
    },
    "notes": "Traps: 'Japan, the world's third-largest economy' (not a trade rank); 'having withdrawn from the Trans-Pacific Partnership (TPP) in January 2017'; 'Nippon Steel's proposed acquisition of U.S. Steel, announced last month'; 'P.L. 117-169'; 'Complete figures for 2023 are not due until next month'; 'Canada, Mexico, China, and the United Kingdom ranked ahead of it' (four partners ahead: rank 5); 'Purchases from Japan were half again as large' (a ratio); Table 1's 2021 column (74.6, 37.6, 135.1, 32.7); 'Five other trading partners, led by China' (the count of partners ahead, rank 6) and 'in the late 1980s, the deficit with Japan had been the largest of all' (past rank); 'from January through November, the goods deficit came to about $65 billion' (partial year); 'Over three decades'; Figure 1 (Japan's share of U.S. goods imports, 1990-2022, percent; axis ticks 0-20, year labels and legend only, no value labels); 'outweighed China's by well over $300 billion' (a difference, not holdings); 'a September 2018 meeting at which President Donald Trump and then-Prime Minister Abe Shinzo agreed to seek a limited deal' (former leaders; not a tracked event); 'Five months later the two leaders announced that the first stage was complete' (relative, month of the finalization without a day: the event's date is the sidebar's); bullets 'about $7.2 billion of U.S. farm products', 'from 38.5% to 9% by FY2033', 'the 2.5% U.S. tariff on Japanese cars and the 25% tariff on light trucks still apply' (MFN rates, not Section 232 tariffs); 'Section 232 of the Trade Expansion Act of 1962' (year of a law); 'the Commerce Department found in February 2019'; 'Duties of as much as 25% had been discussed; none were imposed' (no auto tariff); 'Section 232 tariffs of 25% on steel and 10% on aluminum have applied to Japan since 2018' (steel, not autos or most imports); 'since April 2022, a tariff-rate quota has let 1.25 million metric tons'; sidebar 'September 26, 2018: In New York, President Trump and Prime Minister Abe agree to open talks' (not tracked); 'minerals used in electric vehicle batteries' and 'the clean vehicle credit of up to $7,500'; 'Japan is among the 13 countries that have joined the United States in IPEF, which was launched in May 2022' and 'a supply chain agreement in San Francisco last November' (not the CMA); 'On December 18, Nippon Steel agreed to buy U.S. Steel for $14.1 billion in cash, or about $14.9 billion including debt' (not FDI stock); 'his cabinet's approval rating below 25%'; 'former President Trump, who won last week's Iowa caucuses, has proposed a 10% tariff on all U.S. imports' (a proposal by a former president, no tariff in force). HTML: sidebar 'How the 2019 Deal Came Together' (aside, with Figure 1 floated into it); layout: pdftotext -layout of the two-column PDF (ligatures, hyphenated line ends), the sidebar an ordinary section with bullets.",
}
