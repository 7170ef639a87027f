from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "BE2-IF11120-2020-10", "fresh21", "IF11120", 9
TITLE = "U.S.-Japan Trade Agreement Negotiations"
LAYOUTS = ["pdf", "html"]
PDF_OPTS = ["lig", "quotes"]
SIDEBAR = "Tokyo's New Government"
CHART = {"unit": "$ billions", "ymax": 400, "ticks": [0, 100, 200, 300, 400],
         "series": ["U.S. goods trade deficit"],
         "bars": {"China": (345.6,), "EU": (177.9,), "Mexico": (101.8,), "Japan": (68.9,), "Germany": (67.2,)}}

MD = """
U.S.-Japan Trade Agreement Negotiations

Updated October 20, 2020

## Overview

Nine months after their "stage one" agreements took effect, the United States and Japan have yet to open the broader negotiations both governments said would follow. The first of the two agreements, the U.S.-Japan Trade Agreement (USJTA), cuts or removes Japanese tariffs on some $7.2 billion of U.S. farm exports and U.S. tariffs on a shorter list of Japanese industrial goods. The second, the U.S.-Japan Digital Trade Agreement (DTA), sets rules for data flows and digital products. Both have been in effect since January 1, 2020. The pair of leaders who concluded them is no longer in place: Abe Shinzo announced his resignation for health reasons in August, and Suga Yoshihide, his chief cabinet secretary, succeeded him as prime minister on September 16. President Donald Trump faces reelection on November 3. Congress did not vote on either agreement; the Administration used delegated tariff authority for the USJTA and treated the DTA as an executive agreement.

## How Stage One Came About

Talks were slow to start. The Administration withdrew from the Trans-Pacific Partnership (TPP) in January 2017, and Japan went on to conclude the 11-country Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP) without the United States. Formal negotiations did not open until April 15-16, 2019, when the two sides met in Washington. The following month, on May 17, the President proclaimed under Section 232 that imports of autos and parts threatened U.S. national security, and he told U.S. negotiators to seek an agreement with Japan; duties of as much as 25% were discussed, but none was imposed. It took until September 25, 2019, for the two leaders, meeting in New York, to confirm the final terms; they had agreed in principle at the G-7 summit in Biarritz on August 25. Signature followed on October 7, 2019. The Diet approved the USJTA on December 4, and an exchange of notes brought both texts into force with the new year.

Other partners moved in the meantime. The U.S.-Mexico-Canada Agreement took effect on July 1, 2020, and China's Phase One deal with the United States, signed on January 15, has been in force since February 14. Japan concluded its own post-Brexit agreement with the United Kingdom in principle on September 11; the two governments plan to sign it on October 23.

## What Stage One Covers

- Japan: lower tariffs on beef (38.5% before the agreement, 26.6% in its first year, 9% by FY2033), pork, wheat, cheese, and wine, on terms close to those it gave CPTPP members.
- United States: cuts on 241 tariff lines of industrial goods such as machine tools and bicycles, and on some $40 million of Japanese farm goods. U.S. tariffs on Japanese passenger cars (2.5%) and light trucks (25%) were left as they were.
- Digital trade: no customs duties on electronically transmitted products, and no forced disclosure of source code or algorithms.

## Trade and Investment Flows

Counting goods and services together, Japan was the fourth-largest U.S. trading partner in 2019, with two-way trade of about $304 billion. The components appear in Table 1. On goods alone, the U.S. deficit with Japan reached $68.9 billion; only three partners, counting the European Union as one, had bigger goods surpluses with the United States (Figure 1). Partial data for 2020 show the pandemic's toll: U.S. goods exports to Japan in January-August, at $41.4 billion, were 14% below the same months of 2019.

Table 1. U.S.-Japan Trade by Type, 2019 ($ billions)

| Flow | Goods | Services | Total |
| --- | --- | --- | --- |
| U.S. exports to Japan | 74.7 | 49.1 | 123.8 |
| U.S. imports from Japan | 143.6 | 36.4 | 180.0 |
| U.S. balance | -68.9 | 12.7 | -56.2 |

Source: Bureau of Economic Analysis; goods on a balance-of-payments basis.

**Figure 1. U.S. Goods Trade Deficits, Top Partners, 2019**

Source: U.S. Census Bureau. The European Union is shown as one partner.

Investment runs heavily the other way. Japanese firms held $619.3 billion in direct investment in the United States at the end of 2019, more than the firms of any other country; a year earlier the United Kingdom had led. The U.S. stake in Japan was far smaller, $131.6 billion. Japan is, as well, the largest foreign holder of U.S. Treasury securities: $1.29 trillion in August 2020, against China's $1.07 trillion.

## Tokyo's New Government

Suga won the Liberal Democratic Party's leadership vote on September 14, 2020, with 377 of 534 ballots, and has promised to continue Abe's economic policies. He must call a general election by October 2021, when the Lower House's term ends. Suga has named Motegi Toshimitsu, who negotiated stage one as economy minister, to stay on as foreign minister.

## Issues for Congress

The agreements committed the two sides to consult, within four months of entry into force, on a second stage covering services, investment, and other issues; that date passed in May without talks. Some Members have urged a comprehensive agreement, while others question whether the DTA should have been submitted to Congress. The 2019 proclamation still leaves room for a Section 232 auto tariff, although Japan says it was assured in September 2019 that none would be imposed while the agreements are carried out. Whoever takes office in January 2021 will also decide whether to seek to rejoin the CPTPP.

**Brock R. Williams**, Specialist in International Trade and Finance

**Cathleen D. Cimino-Isaacs**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Trump", "Donald", "President Donald Trump faces reelection on November 3"),
        "leaders.japan_prime_minister": P("Suga", "Yoshihide", "Suga Yoshihide, his chief cabinet secretary, succeeded him as prime minister on September 16"),
        "agreements.usjta_signed": D("2019-10-07", as_written="Signature followed on October 7, 2019"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="Both have been in effect since January 1, 2020"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="Both have been in effect since January 1, 2020"),
        "trade.overall_partner_rank": F(4, period="2019", as_written="Japan was the fourth-largest U.S. trading partner in 2019"),
        "trade.us_exports_to_japan": F(123800000000, period="2019", as_written="Table 1: U.S. exports to Japan, Total 123.8"),
        "trade.us_goods_exports_to_japan": F(74700000000, period="2019", as_written="Table 1: U.S. exports to Japan, Goods 74.7"),
        "trade.us_services_exports_to_japan": F(49100000000, period="2019", as_written="Table 1: U.S. exports to Japan, Services 49.1"),
        "trade.us_imports_from_japan": F(180000000000, period="2019", as_written="Table 1: U.S. imports from Japan, Total 180.0"),
        "trade.us_goods_imports_from_japan": F(143600000000, period="2019", as_written="Table 1: U.S. imports from Japan, Goods 143.6"),
        "trade.us_services_imports_from_japan": F(36400000000, period="2019", as_written="Table 1: U.S. imports from Japan, Services 36.4"),
        "trade.goods_deficit": F(68900000000, period="2019", as_written="On goods alone, the U.S. deficit with Japan reached $68.9 billion", note="also Table 1 goods balance -68.9"),
        "trade.goods_deficit_rank": F(4, period="2019", as_written="only three partners, counting the European Union as one, had bigger goods surpluses with the United States"),
        "trade.japan_fdi_stock_in_us": F(619300000000, period="2019", as_written="Japanese firms held $619.3 billion in direct investment in the United States at the end of 2019"),
        "trade.us_fdi_stock_in_japan": F(131600000000, period="2019", as_written="The U.S. stake in Japan was far smaller, $131.6 billion"),
        "trade.fdi_source_rank": F(1, period="2019", as_written="more than the firms of any other country"),
        "trade.treasury_holder_rank": F(1, period="2020-08", as_written="Japan is, as well, the largest foreign holder of U.S. Treasury securities"),
    },
    "elections": {
        "ldp_president_2020": E("LDP president", "2020-09-14", "held", result="Suga won 377 of 534 ballots"),
        "lower_house_2021": E("Lower House", "2021-10", "upcoming", note="deadline: 'He must call a general election by October 2021' (12 months away)"),
    },
    "events": {
        "first_negotiating_round": EV("First formal round of U.S.-Japan trade negotiations", "2019-04", "held"),
        "section232_autos_proclamation": EV("Section 232 proclamation on autos and parts", "2019-05-17", "held"),
        "stage_one_deal_finalized": EV("Leaders confirm the final terms of the stage one deal in New York", "2019-09-25", "held"),
    },
    "notes": "Traps: 'Nine months after' (no date); 'some $7.2 billion of U.S. farm exports'; 'Abe Shinzo announced his resignation ... in August' (former PM); 'faces reelection on November 3' (U.S. election, not listed); 'withdrew from the Trans-Pacific Partnership (TPP) in January 2017' and 'the 11-country ... (CPTPP)'; 'April 15-16, 2019' (a span: dated by its month); 'The following month, on May 17' (day; month and year carried from the sentence before); 'duties of as much as 25% were discussed, but none was imposed' (no Section 232 rate); 'agreed in principle ... in Biarritz on August 25'; 'The Diet approved the USJTA on December 4'; 'an exchange of notes brought both texts into force with the new year' (restates the in-force date); 'The U.S.-Mexico-Canada Agreement took effect on July 1, 2020' and 'China's Phase One deal ... signed on January 15, ... in force since February 14' (other partners' agreements); 'in principle on September 11' and 'plan to sign it on October 23' (Japan-UK, planned); bullet list rates '38.5% ... 26.6% ... 9% by FY2033', '241 tariff lines', '$40 million', 'passenger cars (2.5%) and light trucks (25%)' (MFN rates, no tariff fact); 'two-way trade of about $304 billion' (total); 'January-August, at $41.4 billion, were 14% below' (partial 2020); Table 1 cross-tab (Goods / Services / Total columns; services balance 12.7 and total balance -56.2); Figure 1 (deficits with China, EU, Mexico, Japan, Germany; $ billions; no value labels); 'a year earlier the United Kingdom had led' (past rank); 'China's $1.07 trillion'; sidebar 'Tokyo's New Government' (html aside): '377 of 534 ballots', 'must call a general election by October 2021' (an upcoming Lower House election, months away); 'within four months of entry into force' and 'that date passed in May' (planned second stage); 'assured in September 2019'; 'Whoever takes office in January 2021'; PDF ligatures and curly quotes.",
}
