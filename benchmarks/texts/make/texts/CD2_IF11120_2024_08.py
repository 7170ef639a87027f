from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "CD2-IF11120-2024-08", "fresh22", "IF11120", 19
TITLE = "U.S.-Japan Trade Agreements and Negotiations"
LAYOUTS = ["html", "layout"]
PDF_OPTS = ["lig", "hyph"]
SIDEBAR = "Investment Ties and the U.S. Steel Bid"

MD = """
U.S.-Japan Trade Agreements and Negotiations

Updated August 20, 2024

## Overview

Both governments are in transition. Japan's prime minister, Kishida Fumio, announced on August 14 that he will not stand in his Liberal Democratic Party's (LDP's) leadership election in September, so a new prime minister is likely to take office by early October. In Washington, President Joe Biden ended his reelection campaign in July; former President Donald Trump, the Republican nominee, has proposed a 10% tariff on all U.S. imports and 60% or more on goods from China. Japanese officials and firms are weighing what either outcome of the November 5 U.S. election would mean for the bilateral trade relationship, which has been governed since 2020 by two limited agreements and, since 2022, by the Indo-Pacific Economic Framework for Prosperity (IPEF), which is not a tariff agreement.

## Trade and Investment Ties

Sixth among U.S. trade partners in 2023, counting goods and services together, Japan accounted for $305 billion in two-way trade that year. The United States sold Japan $121.1 billion in goods and services and bought $183.9 billion from it; the composition of both flows is shown in Table 1.

Table 1. U.S. Trade with Japan, 2022-2023 ($ billions)

| Flow | 2022 | 2023 |
| --- | --- | --- |
| U.S. goods exports | 80.2 | 76.9 |
| U.S. services exports | 38.9 | 44.2 |
| U.S. goods imports | 148.1 | 148.0 |
| U.S. services imports | 33.4 | 35.9 |

Source: Bureau of Economic Analysis.

Its goods trade with the United States left a U.S. deficit of $71.1 billion in 2023, a figure exceeded by the deficits with just four other countries: China, Mexico, Vietnam, and Germany. Motor vehicles and parts made up roughly a third of U.S. goods imports from Japan.

Japan is the single largest foreign holder of U.S. Treasury securities, with about $1.12 trillion in June 2024, a position it regained from China in 2019.

## Investment Ties and the U.S. Steel Bid

At $783.3 billion at the end of 2023, the stock of Japanese direct investment in the United States was the largest of any country's, a distinction Japan has held since 2019. U.S. firms' investment position in Japan was far smaller, at roughly $130 billion. Nippon Steel's December 2023 offer to acquire U.S. Steel for $14.1 billion (about $14.9 billion including debt) is under review by the Committee on Foreign Investment in the United States (CFIUS). President Biden said in March that U.S. Steel should remain "domestically owned and operated," and Trump has said he would block the deal.

## The 2019 Agreements

Formal negotiations began in Washington in mid-April 2019, seven months after the two leaders announced their intention to negotiate. Weeks later, in a May 2019 proclamation, President Trump declared that imports of autos and parts threatened U.S. national security; tariffs of up to 25% were considered but never imposed. It was at a September 25, 2019, meeting in New York that Trump and then-Prime Minister Abe Shinzo declared the first stage of the talks concluded.

Japan and the United States signed the U.S.-Japan Trade Agreement (USJTA) at the White House on October 7, 2019. The USJTA and the separate U.S.-Japan Digital Trade Agreement (DTA) took effect together on New Year's Day 2020. Under the USJTA, Japan cut or eliminated tariffs on about $7 billion of U.S. agricultural exports, and its beef tariff is to fall from 38.5% to 9% by FY2033; the United States reduced tariffs on about $1.3 billion of Japanese industrial goods. The two sides said they would start consultations on a broader agreement within four months, but no second stage has begun.

## Recent Developments

The Critical Minerals Agreement (CMA) dates from March 28, 2023. Signed as an executive agreement, it allows electric vehicles using minerals processed in Japan to qualify for part of the clean vehicle tax credit under the Inflation Reduction Act, which some Members of Congress criticized as a trade agreement concluded without congressional approval. In April 2024, during Kishida's state visit, the leaders pledged closer cooperation on supply chains and semiconductors. Since April 2022, steel from Japan has entered duty-free up to a yearly quota of 1.25 million metric tons; shipments above it still pay the 25% Section 232 tariff.

## Issues for Congress

- Whether to press the next Administration to seek a comprehensive trade agreement with Japan, including services and autos.
- Whether to require congressional approval of future executive agreements such as the CMA.
- How CFIUS should weigh allied investment, as in the Nippon Steel case.
- What a universal tariff would mean for Japanese-owned plants in the United States, which employ nearly one million workers.

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Mark E. Manyin**, Specialist in Asian Affairs
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Kishida", "Fumio", "Japan's prime minister, Kishida Fumio"),
        "leaders.us_president": P("Biden", "Joe", "President Joe Biden"),
        "trade.overall_partner_rank": F(6, period="2023", as_written="Sixth among U.S. trade partners in 2023, counting goods and services together, Japan", note="goods and services"),
        "trade.us_exports_to_japan": F(121100000000, period="2023", as_written="The United States sold Japan $121.1 billion in goods and services"),
        "trade.us_imports_from_japan": F(183900000000, period="2023", as_written="and bought $183.9 billion from it"),
        "trade.us_goods_exports_to_japan": F(76900000000, period="2023", as_written="Table 1: U.S. goods exports | 80.2 | 76.9"),
        "trade.us_services_exports_to_japan": F(44200000000, period="2023", as_written="Table 1: U.S. services exports | 38.9 | 44.2"),
        "trade.us_goods_imports_from_japan": F(148000000000, period="2023", as_written="Table 1: U.S. goods imports | 148.1 | 148.0"),
        "trade.us_services_imports_from_japan": F(35900000000, period="2023", as_written="Table 1: U.S. services imports | 33.4 | 35.9"),
        "trade.goods_deficit": F(71100000000, period="2023", as_written="Its goods trade with the United States left a U.S. deficit of $71.1 billion in 2023"),
        "trade.goods_deficit_rank": F(5, period="2023", as_written="a figure exceeded by the deficits with just four other countries", note="four others larger: fifth"),
        "trade.treasury_holder_rank": F(1, period="2024-06", as_written="Japan is the single largest foreign holder of U.S. Treasury securities, with about $1.12 trillion in June 2024"),
        "trade.fdi_source_rank": F(1, period="2023", as_written="the stock of Japanese direct investment in the United States was the largest of any country's", note="sidebar"),
        "trade.japan_fdi_stock_in_us": F(783300000000, period="2023", as_written="At $783.3 billion at the end of 2023, the stock of Japanese direct investment in the United States", note="sidebar; value fronted"),
        "trade.us_fdi_stock_in_japan": F(130000000000, "about", period="2023", as_written="U.S. firms' investment position in Japan was far smaller, at roughly $130 billion", note="sidebar; year carried"),
        "agreements.usjta_signed": D("2019-10-07", as_written="signed the U.S.-Japan Trade Agreement (USJTA) at the White House on October 7, 2019"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="The USJTA and the separate U.S.-Japan Digital Trade Agreement (DTA) took effect together on New Year's Day 2020"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="The USJTA and the separate U.S.-Japan Digital Trade Agreement (DTA) took effect together on New Year's Day 2020"),
        "agreements.critical_minerals_signed": D("2023-03-28", as_written="The Critical Minerals Agreement (CMA) dates from March 28, 2023"),
    },
    "elections": {
        "ldp_president_2024": E("LDP president", "2024-09", "upcoming", note="Kishida will not stand"),
    },
    "events": {
        "first_negotiating_round": EV("Formal U.S.-Japan trade negotiations begin in Washington", "2019-04", "held"),
        "section232_autos_proclamation": EV("Section 232 proclamation on autos and parts; tariffs not imposed", "2019-05", "held"),
        "stage_one_deal_finalized": EV("Trump and Abe declare the first stage concluded in New York", "2019-09-25", "held"),
    },
    "notes": "Traps: 'announced on August 14'; 'a new prime minister is likely to take office by early October' (no successor named); 'President Joe Biden ended his reelection campaign in July'; 'former President Donald Trump, the Republican nominee, has proposed a 10% tariff on all U.S. imports and 60% or more on goods from China' (proposals, not a tariff in effect: no tariff fact); 'the November 5 U.S. election' (no tracked body); 'governed since 2020 by two limited agreements and, since 2022, by the Indo-Pacific Economic Framework' (IPEF, not an agreement date); 'Japan accounted for $305 billion in two-way trade' (total trade); Table 1's 2022 column ('80.2', '38.9', '148.1', '33.4'); 'just four other countries: China, Mexico, Vietnam, and Germany'; 'Motor vehicles and parts made up roughly a third'; 'about $1.12 trillion' (holdings) and 'a position it regained from China in 2019'; 'a distinction Japan has held since 2019' (not a year fact); 'Nippon Steel's December 2023 offer to acquire U.S. Steel for $14.1 billion (about $14.9 billion including debt)'; 'President Biden said in March'; 'seven months after the two leaders announced their intention to negotiate' (the September 2018 joint statement: not tariff_talks_announced); 'tariffs of up to 25% were considered but never imposed' (no autos rate); 'then-Prime Minister Abe Shinzo' (former leader); 'about $7 billion of U.S. agricultural exports', 'from 38.5% to 9% by FY2033', 'about $1.3 billion of Japanese industrial goods'; 'within four months, but no second stage has begun'; 'In April 2024, during Kishida's state visit'; 'Since April 2022, steel from Japan has entered duty-free up to a yearly quota of 1.25 million metric tons; shipments above it still pay the 25% Section 232 tariff' (steel, not autos or most imports); Issues bullet 'nearly one million workers'; sidebar 'Investment Ties and the U.S. Steel Bid' (html aside; an ordinary section in the layout text); PDF ligatures and hyphenation (layout text)",
}
