from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "RA2-IF11120-2022-06", "fresh37", "IF11120", 14
TITLE = "U.S.-Japan Trade Agreement Negotiations"
LAYOUTS = ["interleaved", "md"]
PDF_OPTS = ["lig", "hyph"]
CHART = {"unit": "$ billions", "ymax": 150, "ticks": [0, 50, 100, 150],
         "series": ["U.S. goods exports to Japan", "U.S. goods imports from Japan"],
         "bars": {"2017": (68.3, 136.9), "2018": (75.2, 142.4), "2019": (74.7, 143.6), "2020": (64.1, 119.5), "2021": (77.1, 133.1)}}

MD = """
U.S.-Japan Trade Agreement Negotiations

Updated June 9, 2022

## Overview

More than two years after the first U.S.-Japan trade agreements of the Trump era took effect, the Biden Administration has shown no interest in returning to the negotiating table for a broader deal. It has chosen instead to work with Japan through new dialogues and a regional initiative, the Indo-Pacific Economic Framework (IPEF), that President Biden launched in Tokyo on May 23 with Prime Minister Fumio Kishida at his side. IPEF, whose thirteen founding members include Japan, will not lower tariffs, and some Members of Congress have questioned whether it can deliver the market access that a trade agreement would. Whether, and how, to build on the "stage one" deals is one of the questions Congress may weigh.

## The Stage One Agreements

Talks began after President Trump and Prime Minister Abe Shinzo agreed in September 2018 to negotiate, and the first formal round was held in Washington in April 2019. The following month, on May 17, the President proclaimed that imports of autos and parts threatened U.S. national security under Section 232, but he deferred action while talks went on. A limited package was finalized when the two leaders met in New York on September 25, 2019. Both the U.S.-Japan Trade Agreement (USJTA), covering tariffs on some goods, and the U.S.-Japan Digital Trade Agreement were signed on October 7 of that year. They entered into force together on January 1, 2020. The Administration concluded them as executive agreements, so neither went to Congress for a vote.

Under the USJTA, Japan cut or eliminated tariffs on about $7.2 billion of U.S. farm exports, mostly to the levels it had granted the other members of the Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP). The United States, in turn, lowered duties on roughly $40 billion of Japanese industrial goods and some agricultural products. Autos, Japan's largest export, were left out; the 2.5% U.S. tariff on passenger cars remains.

Key provisions include:

- beef tariffs falling in stages to 9% by FY2033, subject to a safeguard;
- no customs duties on electronic transmissions, under the digital agreement;
- a commitment, in the 2019 joint statement, to avoid actions against the spirit of the deal, which Japan read as protection from Section 232 auto tariffs.

## Developments in 2022

The two sides have mostly tidied up unfinished business. In March 2021, U.S. beef shipments passed the USJTA's safeguard trigger and Japan raised its tariff to 38.5% for 30 days; an amended safeguard with a higher trigger, negotiated in response, took effect on June 1. On February 7, the Administration announced it would replace the Section 232 tariff of 25% on Japanese steel, in place since 2018, with a tariff-rate quota: 1.25 million metric tons a year may enter duty free from April 1. Aluminum still pays 10%. A new "economic 2+2" of foreign and commerce ministers, agreed in January, is expected to meet for the first time in July.

## Trade and Investment

Japan was the fifth-largest trading partner of the United States in 2021, behind Canada, Mexico, China, and Germany. Two-way trade in goods and services rebounded from the pandemic year to some $280 billion. The United States sold Japan $112.2 billion worth of goods and services, and bought $167.8 billion from it (see Table 1).

Table 1. U.S. Trade with Japan ($ billions)

| Flow | 2020 | 2021 |
| --- | --- | --- |
| Goods exports | 64.1 | 77.1 |
| Services exports | 35.8 | 35.1 |
| Goods imports | 119.5 | 133.1 |
| Services imports | 31.2 | 34.7 |

Source: U.S. Bureau of Economic Analysis, balance-of-payments basis.

On goods alone, the gap was $56.0 billion in 2021. Only the deficits with China, Mexico, and Vietnam were larger. That figure was a little wider than in 2020, and far below the $82 billion peak of 2006.

**Figure 1. U.S. Goods Trade with Japan, 2017-2021**

Source: CRS, using U.S. Bureau of Economic Analysis data.

Investment runs heavily in one direction. Japanese firms' direct investment position in the United States reached almost $650 billion at the end of 2020, the largest of any country, as it has been each year since 2019. The U.S. position in Japan, about $132 billion that year, is roughly a fifth as large. Japanese-owned affiliates employed close to one million U.S. workers. Japan is also the biggest foreign holder of U.S. Treasury securities, with about $1.22 trillion as of March, ahead of China's $1.05 trillion.

## Politics in Tokyo

Kishida, who took the LDP leadership on September 29, 2021, led his party to a comfortable win in last October's Lower House election. His approval ratings have stayed above 50%. An Upper House election expected on July 10 is the next test; about half of that chamber's 248 seats will be filled. A strong result would give Kishida up to three years without a scheduled national election. Japan remains committed to the CPTPP, which the United States left in January 2017, and joined the Regional Comprehensive Economic Partnership, in force for it since January 1 of this year.

## Issues for Congress

- Whether to press the Administration for a comprehensive agreement with Japan, or for a return to the CPTPP.
- Whether the stage one deals, reached without a congressional vote, should have been submitted under trade promotion authority, which expired in July 2021.
- How IPEF's commitments, which the Administration does not plan to submit to Congress, will be enforced.

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Brock R. Williams**, Specialist in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Biden", "Joe", "President Biden", note="given name not written"),
        "leaders.japan_prime_minister": P("Kishida", "Fumio", "Prime Minister Fumio Kishida", note="given name first"),
        "agreements.usjta_signed": D("2019-10-07", as_written="Both the U.S.-Japan Trade Agreement (USJTA), covering tariffs on some goods, and the U.S.-Japan Digital Trade Agreement were signed on October 7 of that year", note="year carried from the sentence before"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="They entered into force together on January 1, 2020", note="'They' = both agreements"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="They entered into force together on January 1, 2020"),
        "trade.overall_partner_rank": F(5, period="2021", as_written="Japan was the fifth-largest trading partner of the United States in 2021"),
        "trade.us_exports_to_japan": F(112200000000, period="2021", as_written="The United States sold Japan $112.2 billion worth of goods and services", note="year carried"),
        "trade.us_imports_from_japan": F(167800000000, period="2021", as_written="and bought $167.8 billion from it"),
        "trade.us_goods_exports_to_japan": F(77100000000, period="2021", as_written="Goods exports | 64.1 | 77.1", note="Table 1's 2021 column only ($ billions in the caption)"),
        "trade.us_services_exports_to_japan": F(35100000000, period="2021", as_written="Services exports | 35.8 | 35.1", note="Table 1's 2021 column only"),
        "trade.us_goods_imports_from_japan": F(133100000000, period="2021", as_written="Goods imports | 119.5 | 133.1", note="Table 1's 2021 column only"),
        "trade.us_services_imports_from_japan": F(34700000000, period="2021", as_written="Services imports | 31.2 | 34.7", note="Table 1's 2021 column only"),
        "trade.goods_deficit": F(56000000000, period="2021", as_written="On goods alone, the gap was $56.0 billion in 2021"),
        "trade.goods_deficit_rank": F(4, period="2021", as_written="Only the deficits with China, Mexico, and Vietnam were larger", note="rank by exclusion of three; year carried"),
        "trade.japan_fdi_stock_in_us": F(650000000000, "nearly", period="2020", as_written="Japanese firms' direct investment position in the United States reached almost $650 billion at the end of 2020"),
        "trade.fdi_source_rank": F(1, as_written="the largest of any country, as it has been each year since 2019", note="no period: 'each year since 2019' is a span"),
        "trade.us_fdi_stock_in_japan": F(132000000000, "about", period="2020", as_written="The U.S. position in Japan, about $132 billion that year"),
        "trade.treasury_holder_rank": F(1, period="2022-03", as_written="Japan is also the biggest foreign holder of U.S. Treasury securities, with about $1.22 trillion as of March", note="year from the cover"),
    },
    "elections": {
        "ldp_president_2021": E("LDP president", "2021-09-29", "held", result="Kishida took the leadership"),
        "lower_house_2021": E("Lower House", "2021-10", "held", result="a comfortable LDP win", note="'last October' from a June 2022 cover"),
        "upper_house_2022": E("Upper House", "2022-07-10", "upcoming", note="'expected on July 10', year from the cover"),
    },
    "events": {
        "first_negotiating_round": EV("First formal round of U.S.-Japan trade talks, in Washington", "2019-04", "held"),
        "section232_autos_proclamation": EV("Section 232 proclamation on autos and parts, action deferred", "2019-05-17", "held"),
        "stage_one_deal_finalized": EV("Stage one package finalized by the two leaders in New York", "2019-09-25", "held"),
    },
    "notes": "Traps: 'More than two years after the first U.S.-Japan trade agreements'; 'that President Biden launched in Tokyo on May 23' (IPEF launch, not an agreement) and 'whose thirteen founding members include Japan' (no IF11120 fact); 'Prime Minister Abe Shinzo agreed in September 2018 to negotiate' (former prime minister; the 2018 joint statement is no tracked event) and 'President Trump' (former president); 'imports of autos and parts threatened U.S. national security under Section 232, but he deferred action' (no tariff imposed: no tariffs.section232_autos); 'about $7.2 billion of U.S. farm exports' and 'roughly $40 billion of Japanese industrial goods' (coverage, not flows); 'the 2.5% U.S. tariff on passenger cars remains' (MFN rate, no catalogue fact); bullets 'beef tariffs falling in stages to 9% by FY2033' and 'a commitment, in the 2019 joint statement'; 'In March 2021, U.S. beef shipments passed the USJTA's safeguard trigger and Japan raised its tariff to 38.5% for 30 days' and 'took effect on June 1' (a safeguard amendment, not an agreement's entry into force); 'the Section 232 tariff of 25% on Japanese steel, in place since 2018' and '1.25 million metric tons a year may enter duty free from April 1' and 'Aluminum still pays 10%' (product tariffs); 'expected to meet for the first time in July' (planned); 'behind Canada, Mexico, China, and Germany' (the rank is stated as fifth); 'rebounded from the pandemic year to some $280 billion' (total trade, no fact); Table 1's 2020 column (past year); 'That figure was a little wider than in 2020, and far below the $82 billion peak of 2006'; Figure 1 (goods trade 2017-2021, $ billions; ticks 0-150, two-series legend, no values; interleaved only); 'each year since 2019' (a span beside the FDI rank); 'is roughly a fifth as large' (a ratio); 'close to one million U.S. workers'; 'about $1.22 trillion' and 'ahead of China's $1.05 trillion' (holdings; another country); 'His approval ratings have stayed above 50%'; 'about half of that chamber's 248 seats will be filled' (no coalition share is an IF11120 fact); 'up to three years without a scheduled national election'; 'which the United States left in January 2017' and 'in force for it since January 1 of this year' (RCEP, not the USJTA); Issues bullet 'trade promotion authority, which expired in July 2021'. Interleaved: the PDF's column lines alternating, ligatures and hyphenated line ends.",
}
