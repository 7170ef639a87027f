from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "DA2-IF11120-2020-06", "fresh23", "IF11120", 9
TITLE = "U.S.-Japan Trade Agreement Negotiations"
LAYOUTS = ["html", "interleaved"]
PDF_OPTS = ["lig", "quotes"]
SIDEBAR = "How the Talks Unfolded"
CHART = {"unit": "$ billions", "ymax": 80, "ticks": [0, 20, 40, 60, 80],
         "series": ["U.S. goods trade deficit with Japan"],
         "bars": {"2015": (68.9,), "2016": (68.8,), "2017": (68.8,), "2018": (67.6,), "2019": (69.2,)}}

MD = """
U.S.-Japan Trade Agreement Negotiations

Updated June 23, 2020

## Overview

Japan, the world's third-largest economy, is a leading U.S. partner in trade and investment. After withdrawing the United States from the Trans-Pacific Partnership (TPP) in January 2017, the Trump Administration sought a bilateral deal with Tokyo instead. The result so far is two limited agreements: the U.S.-Japan Trade Agreement (USJTA), which cuts tariffs on selected goods, and the U.S.-Japan Digital Trade Agreement (DTA). President Donald J. Trump and Prime Minister Abe Shinzo presented them as a "first stage." Both have been in force since the first of January this year.

Whether a broader second stage follows is unclear. The USJTA called for the parties to start consultations within four months of its entry into force, or roughly by the end of April, on the subjects of further talks. The COVID-19 pandemic, which led Japan to postpone the Tokyo Olympics by a year, has put those plans on hold, and neither side has named a date.

## How the Talks Unfolded

The two leaders agreed in a September 26, 2018, joint statement to negotiate. Formal talks between U.S. Trade Representative Robert Lighthizer and Japan's economy minister, Motegi Toshimitsu, opened in Washington on April 15-16, 2019. A month later, on May 17, the President proclaimed that imports of autos and parts threatened to impair U.S. national security and instructed USTR to seek agreements with Japan and the European Union; the tariffs of up to 25% that the Commerce Department had weighed were not imposed. A meeting of the leaders at Biarritz on August 25 produced an agreement in principle, and on September 25, in New York, they declared the first stage concluded.

**Figure 1. U.S. Goods Trade Deficit with Japan, 2015-2019**

Source: U.S. Census Bureau.

## The Agreements

Negotiators signed both texts in Washington on October 7, 2019. Japan's Diet approved them on December 4. The USJTA entered into force on January 1, 2020, without a vote in Congress: the Administration used tariff-proclaiming authority delegated in the Bipartisan Congressional Trade Priorities and Accountability Act of 2015. The DTA, an executive agreement, took effect the same day.

Under the USJTA, Japan is to eliminate or reduce tariffs on about $7.2 billion of U.S. food and agricultural exports. Its 38.5% tariff on U.S. beef fell to 26.6% this year and is to reach 9% by FY2033, the schedule Japan gives TPP members. The United States is to cut tariffs on 241 lines of industrial goods, covering some $40 billion in imports, but not its 2.5% tariff on passenger cars or its 25% tariff on light trucks. The DTA bars customs duties on electronically transmitted products and protects cross-border data flows.

## Trade and Investment Ties

Counting goods and services together, Japan was the fourth-largest U.S. trading partner in 2019 among individual countries. U.S. exports to Japan totaled $124.0 billion that year; imports from Japan, $179.4 billion. Table 1 breaks both down.

Table 1. U.S. Trade with Japan, by Type (billions of dollars)

| 2019 | Goods | Services |
| --- | --- | --- |
| U.S. exports to Japan | 74.7 | 49.3 |
| U.S. imports from Japan | 143.9 | 35.5 |
| U.S. balance | -69.2 | +13.8 |

The deficit in goods, $69.2 billion, was a little larger than the $67.6 billion of 2018. It ranked fourth, behind the U.S. goods deficits with China, with the 27-member European Union counted as a whole, and with Mexico.

Japan displaced the United Kingdom in 2019 as the leading source of foreign direct investment (FDI) in the United States, with a stock of $619.3 billion at year's end. The U.S. stake in Japan was about a fifth as large, at $121.4 billion. Japanese investors also held $1.27 trillion in U.S. Treasury securities in April 2020, more than those of any other country; China's holdings, the second largest, came to $1.07 trillion.

## Issues for Congress

- **Scope of a second stage.** U.S. negotiators have sought coverage of services, investment, and rules; Japan has emphasized U.S. auto tariffs.
- **Section 232.** Japan says the leaders' September 2019 joint statement shields it from auto tariffs; the Administration has not ruled them out.
- **Congress's role.** Some Members have questioned implementing the USJTA without legislation. Trade promotion authority expires on July 1, 2021.
- **Japan's other deals.** The CPTPP, in force for Japan since December 30, 2018, and the Japan-EU Economic Partnership Agreement give competitors better access in some sectors. Japan and the United Kingdom opened talks on a bilateral agreement on June 9.
- **Politics.** Abe's term as LDP president ends in September 2021, and Japan must hold a general election by October 2021. His coalition kept its upper house majority in the July 2019 election.

**Brock R. Williams**, Analyst in International Trade and Finance

**Cathleen D. Cimino-Isaacs**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Trump", "Donald", "President Donald J. Trump"),
        "leaders.japan_prime_minister": P("Abe", "Shinzo", "Prime Minister Abe Shinzo"),
        "agreements.usjta_signed": D("2019-10-07", as_written="Negotiators signed both texts in Washington on October 7, 2019"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="The USJTA entered into force on January 1, 2020", note="also 'Both have been in force since the first of January this year'"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="The DTA, an executive agreement, took effect the same day", note="'the same day' = January 1, 2020, from the sentence before"),
        "trade.overall_partner_rank": F(4, period="2019", as_written="Counting goods and services together, Japan was the fourth-largest U.S. trading partner in 2019 among individual countries"),
        "trade.us_exports_to_japan": F(124000000000, period="2019", as_written="U.S. exports to Japan totaled $124.0 billion that year"),
        "trade.us_imports_from_japan": F(179400000000, period="2019", as_written="imports from Japan, $179.4 billion", note="gapped verb: 'totaled' and 'that year' carried"),
        "trade.us_goods_exports_to_japan": F(74700000000, period="2019", as_written="Table 1: U.S. exports to Japan | 74.7 | 49.3"),
        "trade.us_services_exports_to_japan": F(49300000000, period="2019", as_written="Table 1: U.S. exports to Japan | 74.7 | 49.3"),
        "trade.us_goods_imports_from_japan": F(143900000000, period="2019", as_written="Table 1: U.S. imports from Japan | 143.9 | 35.5"),
        "trade.us_services_imports_from_japan": F(35500000000, period="2019", as_written="Table 1: U.S. imports from Japan | 143.9 | 35.5"),
        "trade.goods_deficit": F(69200000000, period="2019", as_written="The deficit in goods, $69.2 billion"),
        "trade.goods_deficit_rank": F(4, period="2019", as_written="It ranked fourth, behind the U.S. goods deficits with China, with the 27-member European Union counted as a whole, and with Mexico"),
        "trade.fdi_source_rank": F(1, period="2019", as_written="Japan displaced the United Kingdom in 2019 as the leading source of foreign direct investment (FDI) in the United States"),
        "trade.japan_fdi_stock_in_us": F(619300000000, period="2019", as_written="with a stock of $619.3 billion at year's end"),
        "trade.us_fdi_stock_in_japan": F(121400000000, period="2019", as_written="The U.S. stake in Japan was about a fifth as large, at $121.4 billion", note="'about' hedges the ratio, not the amount"),
        "trade.treasury_holder_rank": F(1, period="2020-04", as_written="Japanese investors also held $1.27 trillion in U.S. Treasury securities in April 2020, more than those of any other country"),
    },
    "elections": {
        "upper_house_2019": E("Upper House", "2019-07", "held", result="coalition kept its majority"),
        "lower_house_2021": E("Lower House", "2021-10", "upcoming", note="deadline 'must hold a general election by October 2021', 16 months away"),
    },
    "events": {
        "first_negotiating_round": EV("First formal U.S.-Japan negotiating round", "2019-04", "held"),
        "section232_autos_proclamation": EV("Section 232 proclamation on autos and parts", "2019-05-17", "held"),
        "stage_one_deal_finalized": EV("Leaders declare the first stage concluded", "2019-09-25", "held"),
    },
    "notes": "Traps: 'the world's third-largest economy' (not a trade rank); 'withdrawing the United States from the Trans-Pacific Partnership (TPP) in January 2017'; 'within four months of its entry into force, or roughly by the end of April' (planned consultations); 'postpone the Tokyo Olympics by a year'; 'a September 26, 2018, joint statement to negotiate' (not tariff_talks_announced, not the first round); 'opened in Washington on April 15-16, 2019' (a span of days: dated by its month); 'A month later, on May 17' (year carried from the sentence before); 'the tariffs of up to 25% that the Commerce Department had weighed were not imposed' (no Section 232 auto rate); 'A meeting of the leaders at Biarritz on August 25 produced an agreement in principle' (not the finalization); 'Japan's Diet approved them on December 4'; 'Trade Priorities and Accountability Act of 2015'; 'about $7.2 billion of U.S. food and agricultural exports', 'Its 38.5% tariff on U.S. beef fell to 26.6% this year and is to reach 9% by FY2033', '241 lines of industrial goods, covering some $40 billion in imports', 'its 2.5% tariff on passenger cars or its 25% tariff on light trucks' (no tariff facts); Table 1's header cell '2019' carries the year; 'U.S. balance | -69.2 | +13.8' (services surplus a trap; -69.2 agrees with the goods deficit); 'the $67.6 billion of 2018' (previous year); 'the 27-member European Union' (a count, not a rank); 'The U.S. stake in Japan was about a fifth as large' (a ratio, not a hedge on $121.4 billion); '$1.27 trillion' (holdings, no fact) and 'China's holdings, the second largest, came to $1.07 trillion'; Figure 1 (goods deficit 2015-2019, $ billions, ticks 0-80, no value labels; in the HTML sidebar); 'the leaders' September 2019 joint statement shields it from auto tariffs'; 'Trade promotion authority expires on July 1, 2021'; 'The CPTPP, in force for Japan since December 30, 2018' and 'the Japan-EU Economic Partnership Agreement'; 'Japan and the United Kingdom opened talks on a bilateral agreement on June 9' (not first_negotiating_round); 'Abe's term as LDP president ends in September 2021' (a term end, not an election); HTML sidebar 'How the Talks Unfolded' (an ordinary section in the interleaved text); PDF ligatures and curly quotes",
}
