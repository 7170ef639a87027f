from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "AX2-IF11120-2021-06", "fresh20", "IF11120", 15
TITLE = "U.S.-Japan Trade Agreement Negotiations"
LAYOUTS = ["pdf", "md"]
PDF_OPTS = ["nbsp", "quotes", "hyph"]
CHART = {"unit": "$ billions", "ymax": 50, "ticks": [0, 10, 20, 30, 40, 50],
         "series": ["U.S. services exports", "U.S. services imports"],
         "bars": {"2016": (44.9, 31.6), "2017": (46.0, 33.4), "2018": (46.2, 35.8), "2019": (48.6, 35.3), "2020": (40.3, 28.1)}}

MD = """
U.S.-Japan Trade Agreement Negotiations

Updated June 3, 2021

## Overview

When Prime Minister Suga Yoshihide called on President Joe Biden at the White House on April 16, 2021, the two launched a Competitiveness and Resilience (CoRe) Partnership on digital technology, supply chains, and climate. Neither side proposed reopening tariff talks. U.S.-Japan trade thus still rests on two limited "stage one" agreements concluded in 2019 by the Trump Administration and the government of Suga's predecessor, Abe Shinzo: the U.S.-Japan Trade Agreement (USJTA), which cut or removed tariffs on selected goods, and the U.S.-Japan Digital Trade Agreement (DTA). Congress voted on neither. The Administration relied on delegated tariff authority for the first and treated the second as an executive agreement.

## How Did Stage One Come About?

After the United States left the Trans-Pacific Partnership (TPP) in January 2017, Tokyo first resisted bilateral talks, then agreed to them in September 2018 under the threat of U.S. auto tariffs. The first formal round took place in Washington over the 15th and 16th of April 2019, between U.S. Trade Representative Robert Lighthizer and Japan's economy minister, Motegi Toshimitsu. Pressure came from a proclamation the President signed on May 17 of that year under Section 232 of the Trade Expansion Act of 1962, which found that imports of autos and parts threatened national security and directed talks with Japan and the European Union. Tariffs of up to 25%, discussed for months, were never imposed.

Trump and Abe announced an agreement in principle at the G-7 summit in Biarritz on August 25. Finalization came on September 25, 2019, when the two leaders met in New York. Signatures followed at the White House on the seventh of October 2019. Japan's Diet approved the USJTA on December 4, and implementation of both agreements began on January 1, 2020.

## What Did Stage One Cover?

Japan agreed to cut or eliminate tariffs on about $7.2 billion of U.S. farm exports, bringing many U.S. products to the rates Japan gives its partners in the Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP). The United States reduced or removed tariffs on 241 lines, mostly industrial goods, but left its duties on Japanese cars and light trucks in place. In March 2021 a safeguard on U.S. beef raised Japan's tariff back to 38.5% for thirty days. The DTA bars customs duties on electronic transmissions and covers an estimated $40 billion in digital trade.

Table 1. Selected Tariff Commitments Under the USJTA

| Product (tariff) | Before | FY2021 | Final | By |
| --- | --- | --- | --- | --- |
| Beef (Japan) | 38.5% | 25.8% | 9% | FY2033 |
| Pork cuts (Japan) | 4.3% | 2.2% | 0% | FY2027 |
| Wine (Japan) | 15% | 8.6% | 0% | FY2025 |
| Cars (U.S.) | 2.5% | 2.5% | 2.5% | n.a. |

## Trade and Investment Ties

Japan remained number four among U.S. trading partners in 2020, though two-way trade in goods and services fell by about a sixth, to $252.0 billion. Goods were a little over three-fifths of the $104.4 billion in U.S. exports to Japan, at $64.1 billion, and services the remaining $40.3 billion. U.S. imports from Japan, $147.6 billion, leaned harder on goods, which took the lion's share ($119.5 billion); services made up the rest, $28.1 billion. Services trade fell most steeply, as travel collapsed (Figure 1).

**Figure 1. U.S. Services Trade with Japan, 2016-2020**

Source: Bureau of Economic Analysis (BEA). Billions of current U.S. dollars.

By Census Bureau count, U.S. goods trade with Japan ran $55.4 billion in the red in 2020, down from $69.9 billion a year before. The gap was the fifth widest the United States ran with any country, after those with China, Mexico, Vietnam, and Germany.

Japan led all countries in 2019 as a source of foreign direct investment (FDI) in the United States, its position of $619.3 billion having edged past the United Kingdom's. The flow in the other direction is far smaller: U.S. firms' direct investment position in Japan stood at $121.8 billion at the same year-end. March 2021 Treasury data show Japan's holdings of U.S. Treasury securities, $1.24 trillion, ahead of every other country's; China's, at $1.10 trillion, come next.

## Issues for Congress

- Trade promotion authority (TPA), under which Congress considers trade agreements on an expedited basis, expires on July 1, 2021. A broader deal with Japan would likely require its renewal.
- Section 232 tariffs of 25% on steel and 10% on aluminum still apply to imports from Japan; Tokyo seeks relief like that the EU is negotiating.
- On June 2, CPTPP members agreed to open accession talks with the United Kingdom. The Biden Administration has not said whether the United States might seek to rejoin the pact it left.
- Tokyo's calendar may narrow the window for new initiatives. Suga, who won the Liberal Democratic Party (LDP) presidency last September, faces two tests: in September the LDP is to choose its leader, and no later than October the electorate a new House of Representatives. The Olympics, postponed from 2020, open on July 23.

**Brock R. Williams**, Specialist in International Trade and Finance

**Cathleen D. Cimino-Isaacs**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Suga", "Yoshihide", "Prime Minister Suga Yoshihide"),
        "leaders.us_president": P("Biden", "Joe", "President Joe Biden"),
        "trade.overall_partner_rank": F(4, period="2020", as_written="Japan remained number four among U.S. trading partners in 2020"),
        "trade.us_exports_to_japan": F(104400000000, period="2020", as_written="the $104.4 billion in U.S. exports to Japan"),
        "trade.us_goods_exports_to_japan": F(64100000000, period="2020", as_written="Goods were a little over three-fifths of the $104.4 billion in U.S. exports to Japan, at $64.1 billion", note="'a little over three-fifths' is a share of the total, not the amount's hedge"),
        "trade.us_services_exports_to_japan": F(40300000000, period="2020", as_written="and services the remaining $40.3 billion"),
        "trade.us_imports_from_japan": F(147600000000, period="2020", as_written="U.S. imports from Japan, $147.6 billion"),
        "trade.us_goods_imports_from_japan": F(119500000000, period="2020", as_written="which took the lion's share ($119.5 billion)"),
        "trade.us_services_imports_from_japan": F(28100000000, period="2020", as_written="services made up the rest, $28.1 billion"),
        "trade.goods_deficit": F(55400000000, period="2020", as_written="U.S. goods trade with Japan ran $55.4 billion in the red in 2020"),
        "trade.goods_deficit_rank": F(5, period="2020", as_written="The gap was the fifth widest the United States ran with any country"),
        "trade.fdi_source_rank": F(1, period="2019", as_written="Japan led all countries in 2019 as a source of foreign direct investment (FDI) in the United States"),
        "trade.japan_fdi_stock_in_us": F(619300000000, period="2019", as_written="its position of $619.3 billion having edged past the United Kingdom's"),
        "trade.us_fdi_stock_in_japan": F(121800000000, period="2019", as_written="U.S. firms' direct investment position in Japan stood at $121.8 billion at the same year-end"),
        "trade.treasury_holder_rank": F(1, period="2021-03", as_written="March 2021 Treasury data show Japan's holdings of U.S. Treasury securities, $1.24 trillion, ahead of every other country's"),
        "agreements.usjta_signed": D("2019-10-07", as_written="Signatures followed at the White House on the seventh of October 2019"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="implementation of both agreements began on January 1, 2020"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="implementation of both agreements began on January 1, 2020"),
    },
    "elections": {
        "ldp_president_2020": E("LDP president", "2020-09", "held", note="'won the ... presidency last September' (year from the text's date)"),
        "ldp_president_2021": E("LDP president", "2021-09", "upcoming", note="'in September the LDP is to choose its leader'"),
        "lower_house_2021": E("Lower House", "2021-10", "upcoming", note="'no later than October the electorate a new House of Representatives' (gapped verb; year from the text's date)"),
    },
    "events": {
        "first_negotiating_round": EV("first formal round in Washington, April 15-16, 2019", "2019-04", "held"),
        "section232_autos_proclamation": EV("Section 232 autos proclamation", "2019-05-17", "held"),
        "stage_one_deal_finalized": EV("stage one finalized in New York", "2019-09-25", "held"),
    },
    "notes": "Traps: 'called on President Joe Biden at the White House on April 16, 2021' (a summit date); 'concluded in 2019 by the Trump Administration and ... Suga's predecessor, Abe Shinzo' (former leaders); 'left the Trans-Pacific Partnership (TPP) in January 2017'; 'agreed to them in September 2018' (the joint statement: not tariff_talks_announced); 'over the 15th and 16th of April 2019' (a span of days: month); 'on May 17 of that year' (year carried) and 'Tariffs of up to 25%, discussed for months, were never imposed' (no autos rate); 'Trade Expansion Act of 1962'; 'an agreement in principle at the G-7 summit in Biarritz on August 25'; 'Japan's Diet approved the USJTA on December 4'; 'about $7.2 billion of U.S. farm exports', '241 lines', 'an estimated $40 billion in digital trade'; 'In March 2021 ... raised Japan's tariff back to 38.5% for thirty days' (Japan's rate); Table 1 rates (Japan's beef/pork/wine rates and the U.S. 2.5% car duty: no U.S. tariff on most imports); 'fell by about a sixth, to $252.0 billion' (two-way total; a fraction); 'a little over three-fifths' (a share of exports, not a fact); Figure 1 (services exports and imports 2016-2020, $ billions, no value labels) and 'Services trade fell most steeply'; 'down from $69.9 billion a year before' (2019 deficit); 'after those with China, Mexico, Vietnam, and Germany'; 'having edged past the United Kingdom's'; '$1.24 trillion' and 'China's, at $1.10 trillion, come next'; 'expires on July 1, 2021' (TPA); 'Section 232 tariffs of 25% on steel and 10% on aluminum' (sectoral); 'On June 2, CPTPP members agreed to open accession talks'; 'The Olympics, postponed from 2020, open on July 23'; PDF NBSP, curly quotes and hyphenated line ends",
}
