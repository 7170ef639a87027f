from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "LB2-IF11120-2022-09", "fresh31", "IF11120", 14
TITLE = "U.S.-Japan Trade Agreement Negotiations"
LAYOUTS = ["pdf", "html"]
PDF_OPTS = ["quotes"]
SIDEBAR = "What the 2019 Agreements Do"
CHART = {"unit": "$ billions", "ymax": 800, "ticks": [0, 200, 400, 600, 800],
         "series": ["Japanese FDI position in the United States"],
         "bars": {"2016": (421,), "2017": (469,), "2018": (484,), "2019": (619,), "2020": (648,)}}

MD = """
U.S.-Japan Trade Agreement Negotiations

Updated September 20, 2022

## Overview

Two limited trade agreements with Japan, negotiated under the Trump Administration, have now been in effect for more than two and a half years. The U.S.-Japan Trade Agreement (USJTA), which cut tariffs on a set of agricultural and industrial goods, and the U.S.-Japan Digital Trade Agreement (DTA) were signed in New York on October 7, 2019, and both entered into force on the first day of the following year.

The two deals were billed as a first stage. The parties said they would consult on further negotiations within four months of entry into force, yet a comprehensive second-stage agreement was never taken up, and the Administration of President Joe Biden has not proposed one. Instead, Washington and Tokyo have channeled economic cooperation into new forums. Kishida Fumio, Japan's prime minister since October 2021, has pressed the United States to return to the regional trade pact it left in 2017, an idea the Administration has set aside.

Japanese politics were shaken this summer when former Prime Minister Abe Shinzo, who concluded the 2019 agreements with President Trump, was shot and killed on July 8 while campaigning for the upper house election held two days later. The ruling coalition gained seats in that vote, leaving Kishida without a national election to face until 2025.

## How the Agreements Came About

Talks were launched at a September 2018 meeting between President Trump and Abe. Formal negotiations began with a first round in Washington in mid-April 2019. A month later, on May 17, 2019, the President proclaimed that imports of autos and parts threatened to impair U.S. national security under Section 232 and directed USTR to seek agreements with Japan and the European Union; he deferred any tariff for 180 days. A deal was finalized on September 25, 2019, when the two leaders met on the sidelines of the U.N. General Assembly. Japan's autos were never subjected to Section 232 duties, though a 25% tariff had been discussed. Japanese passenger cars still pay the U.S. most-favored-nation (MFN) rate of 2.5%, and light trucks 25%.

Because the USJTA cut U.S. tariffs on only a limited set of goods, the Trump Administration implemented it by proclamation under delegated tariff authority, without a vote in Congress; the DTA was concluded as an executive agreement. Trade promotion authority (TPA), under which a comprehensive agreement would be considered, expired on July 1, 2021.

## What the 2019 Agreements Do

- Japan eliminated or reduced tariffs on about $7.2 billion of U.S. food and farm products, giving them the treatment that CPTPP suppliers receive. Its tariff on beef, 38.5% before the deal, falls to 9% by FY2033.
- The United States cut or removed tariffs on about $1.3 billion of Japanese goods, mostly industrial items such as machine tools and bicycle parts, and on some farm products.
- The DTA bars customs duties on electronic transmissions, protects cross-border data flows, and limits requirements to hand over source code or algorithms.
- In March 2022, the two sides agreed to revise how Japan's safeguard tariff on U.S. beef is triggered.

## Trade and Investment Ties

Four countries traded more with the United States in 2021; Japan came next. U.S. exports to and imports from Japan that year were $112.2 billion and $167.8 billion, respectively. Roughly two-thirds of the export figure, $75.0 billion, consisted of goods, with services accounting for the remaining $37.2 billion. Goods made up a larger share of imports (Table 1).

Table 1. U.S. Trade with Japan, 2019-2021 ($ billions)

| Category | 2019 | 2020 | 2021 |
| --- | --- | --- | --- |
| Goods exports | 74.4 | 64.1 | 75.0 |
| Services exports | 50.1 | 34.0 | 37.2 |
| Goods imports | 143.6 | 119.5 | 131.0 |
| Services imports | 36.0 | 29.9 | 36.8 |
| Goods balance | -69.2 | -55.4 | -56.0 |

Source: Bureau of Economic Analysis (BEA), balance of payments basis.

At $56.0 billion in 2021, the U.S. goods deficit with Japan was well below its 2019 level, but it remained the fourth largest with any country, behind those with China, Mexico, and Vietnam. The yen's slide this month to a 24-year low against the dollar, which makes Japanese goods cheaper in U.S. markets, could widen it again.

Japanese firms own more U.S. business assets through direct investment than firms from any other country, a position Japan took from the United Kingdom in 2019. Their investment position reached $648 billion at the end of 2020 (Figure 1). U.S. companies' direct investment in Japan, $132 billion that year, was about one-fifth as large. Japan is also the top foreign holder of U.S. Treasury securities: $1.23 trillion in July, against China's $970 billion.

**Figure 1. Japanese Direct Investment Position in the United States, 2016-2020**

Source: BEA, historical-cost basis.

## Current Engagement

In place of a second-stage negotiation, USTR and Japan launched the U.S.-Japan Partnership on Trade in November 2021, a forum for coordinating on third-country issues, labor, and the environment. A ministerial "Economic 2+2" dialogue held its first meeting on July 29. In February, the two governments agreed to replace the Section 232 steel tariff on Japanese products with a tariff-rate quota: since April 1, up to 1.25 million metric tons a year may enter duty free, with 25% charged above that amount. Japanese aluminum still pays 10%.

Japan and 12 other countries joined the United States in launching the Indo-Pacific Economic Framework for Prosperity (IPEF) in Tokyo on May 23; Fiji joined days later. Negotiators held their first in-person ministerial meeting in Los Angeles earlier this month and agreed to pursue four pillars. IPEF is not expected to cut tariffs. Japan chaired the CPTPP's commission last year, when the United Kingdom, China, and Taiwan applied to join; it will host the Group of Seven next year.

## Issues for Congress

- Whether the Administration should seek a comprehensive agreement with Japan, and whether to renew TPA for that purpose.
- How IPEF outcomes, which may not require congressional approval, would be implemented.
- Whether the steel quota and the lingering Section 232 auto finding leave room for new tariff threats.

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Brock R. Williams**, Specialist in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Biden", "Joe", "the Administration of President Joe Biden"),
        "leaders.japan_prime_minister": P("Kishida", "Fumio", "Kishida Fumio, Japan's prime minister since October 2021", note="family name first; appositive after the name"),
        "agreements.usjta_signed": D("2019-10-07", as_written="The U.S.-Japan Trade Agreement (USJTA) ... and the U.S.-Japan Digital Trade Agreement (DTA) were signed in New York on October 7, 2019"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="and both entered into force on the first day of the following year", note="relative to the signing year 2019; in force at the cover"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="and both entered into force on the first day of the following year", note="'both' = USJTA and DTA"),
        "trade.overall_partner_rank": F(5, period="2021", as_written="Four countries traded more with the United States in 2021; Japan came next"),
        "trade.us_exports_to_japan": F(112200000000, period="2021", as_written="U.S. exports to and imports from Japan that year were $112.2 billion and $167.8 billion, respectively"),
        "trade.us_imports_from_japan": F(167800000000, period="2021", as_written="U.S. exports to and imports from Japan that year were $112.2 billion and $167.8 billion, respectively"),
        "trade.us_goods_exports_to_japan": F(75000000000, period="2021", as_written="Roughly two-thirds of the export figure, $75.0 billion, consisted of goods", note="'Roughly' hedges the fraction; also Table 1, 2021 column"),
        "trade.us_services_exports_to_japan": F(37200000000, period="2021", as_written="with services accounting for the remaining $37.2 billion", note="also Table 1, 2021 column"),
        "trade.us_goods_imports_from_japan": F(131000000000, period="2021", as_written="Table 1: Goods imports | 131.0 (2021 column, $ billions)", note="only in the table"),
        "trade.us_services_imports_from_japan": F(36800000000, period="2021", as_written="Table 1: Services imports | 36.8 (2021 column, $ billions)", note="only in the table"),
        "trade.goods_deficit": F(56000000000, period="2021", as_written="At $56.0 billion in 2021, the U.S. goods deficit with Japan was well below its 2019 level", note="also Table 1 'Goods balance' -56.0 (2021)"),
        "trade.goods_deficit_rank": F(4, period="2021", as_written="but it remained the fourth largest with any country, behind those with China, Mexico, and Vietnam"),
        "trade.fdi_source_rank": F(1, as_written="Japanese firms own more U.S. business assets through direct investment than firms from any other country"),
        "trade.japan_fdi_stock_in_us": F(648000000000, period="2020", as_written="Their investment position reached $648 billion at the end of 2020", note="'Their' = Japanese firms, from the sentence before"),
        "trade.us_fdi_stock_in_japan": F(132000000000, period="2020", as_written="U.S. companies' direct investment in Japan, $132 billion that year", note="'that year' = 2020, carried"),
        "trade.treasury_holder_rank": F(1, period="2022-07", as_written="Japan is also the top foreign holder of U.S. Treasury securities: $1.23 trillion in July", note="year from the cover"),
    },
    "elections": {
        "upper_house_2022": E("Upper House", "2022-07-10", "held", result="the ruling coalition gained seats", note="'the upper house election held two days later' (after July 8; year from the cover)"),
    },
    "events": {
        "abe_assassination": EV("Former Prime Minister Abe Shinzo shot and killed while campaigning", "2022-07-08", "held"),
        "first_negotiating_round": EV("First formal round of U.S.-Japan trade negotiations, Washington", "2019-04", "held"),
        "section232_autos_proclamation": EV("Section 232 proclamation on autos and parts", "2019-05-17", "held"),
        "stage_one_deal_finalized": EV("Trump and Abe finalize the limited agreements in New York", "2019-09-25", "held"),
    },
    "notes": "Traps: 'for more than two and a half years'; 'negotiated under the Trump Administration' and 'with President Trump' (former president); 'within four months of entry into force' (a planned consultation); 'the regional trade pact it left in 2017'; 'former Prime Minister Abe Shinzo, who concluded the 2019 agreements' (former prime minister); 'leaving Kishida without a national election to face until 2025' (not an IF11120 fact; no 2025 election listed); 'Talks were launched at a September 2018 meeting' (no tracked event); 'A month later' (relative to mid-April); 'he deferred any tariff for 180 days'; 'though a 25% tariff had been discussed' (never imposed: no Section 232 auto rate); 'the U.S. most-favored-nation (MFN) rate of 2.5%, and light trucks 25%' (MFN rates, not most imports or Section 232); 'expired on July 1, 2021' (TPA); sidebar bullets 'about $7.2 billion of U.S. food and farm products', '38.5% before the deal, falls to 9% by FY2033' (Japan's beef tariff), 'about $1.3 billion of Japanese goods', 'In March 2022, the two sides agreed to revise how Japan's safeguard tariff on U.S. beef is triggered' (not a signing of the USJTA); 'Four countries' (the count ahead, not the rank); 'Roughly two-thirds of the export figure' (a share); 'Goods made up a larger share of imports'; Table 1's 2019 and 2020 columns (past flows and balances); 'well below its 2019 level'; 'behind those with China, Mexico, and Vietnam' (three countries ahead); 'The yen's slide this month to a 24-year low'; 'a position Japan took from the United Kingdom in 2019' (year of the change, not the period of the rank); 'was about one-fifth as large' (a ratio); 'against China's $970 billion' (China's holdings); Figure 1 (Japanese FDI position 2016-2020, $ billions; html image alt text only; PDF ticks 0-800, years and legend, no values); 'the U.S.-Japan Partnership on Trade in November 2021'; 'held its first meeting on July 29'; 'In February ... since April 1, up to 1.25 million metric tons a year may enter duty free, with 25% charged above that amount' and 'Japanese aluminum still pays 10%' (product tariffs); 'Japan and 12 other countries joined the United States in launching the Indo-Pacific Economic Framework for Prosperity (IPEF) in Tokyo on May 23; Fiji joined days later' (not an IF11120 fact); 'agreed to pursue four pillars'; 'Japan chaired the CPTPP's commission last year, when the United Kingdom, China, and Taiwan applied to join', 'it will host the Group of Seven next year'; Issues bullets. HTML: sidebar 'What the 2019 Agreements Do' floated as an aside; PDF: curly quotes.",
}
