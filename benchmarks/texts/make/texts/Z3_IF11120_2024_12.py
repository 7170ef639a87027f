from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "Z3-IF11120-2024-12", "fresh5", "IF11120", 20
TITLE = "U.S.-Japan Trade Agreements and Negotiations"
LAYOUTS = ["md", "pdf", "interleaved"]
PDF_OPTS = ["lig", "quotes", "nbsp", "hyph"]
CHART = {"unit": "$ billions", "ymax": 800, "ticks": [0, 200, 400, 600, 800],
         "series": ["Japanese FDI in the United States", "U.S. FDI in Japan"],
         "bars": {"2019": (619.3, 124.9), "2020": (648.0, 132.0), "2021": (721.0, 120.4), "2022": (775.0, 128.3), "2023": (783.3, 133.8)}}

MD = """
U.S.-Japan Trade Agreements and Negotiations

Updated December 17, 2024

## Overview

U.S.-Japan trade relations are in transition in both capitals. In Washington, President-elect Donald Trump will be sworn in on January 20, 2025, having campaigned on a universal tariff of 10% to 20% on all U.S. imports. In Tokyo, Prime Minister Ishiba Shigeru heads a minority government after the ruling coalition lost its Lower House majority in October. Japanese officials hope to head off new U.S. tariffs by stressing Japan's role as the leading foreign investor in the U.S. economy.

The outgoing Administration, meanwhile, faces a decision on Nippon Steel's proposed $14.9 billion acquisition of U.S. Steel. The Committee on Foreign Investment in the United States (CFIUS) has until December 23 to report to President Joe Biden, who has said the company should remain domestically owned.

## Tariff Threats

Japan has not been named in any of the President-elect's tariff announcements to date. On November 25, he said that on his first day in office he would impose a 25% tariff on all goods from Canada and Mexico and an additional 10% on goods from China. During his first term, the Commerce Department found that imports of autos and parts threatened U.S. national security, and a presidential proclamation dated May 17, 2019, ordered negotiations with Japan and the European Union; no tariffs followed, and Tokyo regards the 2019 agreements as having settled the matter.

Japanese steel and aluminum have paid Section 232 tariffs of 25% and 10% since 2018, though a tariff-rate quota has let a fixed volume of Japanese steel enter duty-free since April 1, 2022. Motor vehicles and parts, about a third of U.S. imports from Japan, would be the most exposed to any broad new tariff. Today the United States charges 2.5% on Japanese passenger cars.

## Agreements in Force

Three bilateral trade agreements, each concluded as an executive agreement without a vote in Congress, supplement World Trade Organization rules:

- U.S.-Japan Trade Agreement (USJTA). Signed October 7, 2019, and in force since January 1, 2020. Japan reduced or removed tariffs on about $7 billion of U.S. farm products; the United States cut tariffs on selected industrial goods, but not on autos.
- U.S.-Japan Digital Trade Agreement. Signed and entered into force on the same dates as the USJTA. Bars customs duties on electronic transmissions and most data localization requirements.
- U.S.-Japan Critical Minerals Agreement (CMA). Signed March 28, 2023. Commits both sides not to impose export duties on key battery minerals and lets minerals extracted or processed in Japan count toward the clean vehicle tax credit of the Inflation Reduction Act (P.L. 117-169).

Japan is also one of 13 partners in the Indo-Pacific Economic Framework for Prosperity (IPEF), and it has ratified IPEF's supply chain, clean economy, and fair economy agreements. The President-elect has said he would withdraw from IPEF.

## Politics in Japan

Ishiba won the Liberal Democratic Party (LDP) leadership contest on September 27, 2024, defeating Takaichi Sanae in a runoff, and the Diet elected him prime minister on October 1, in succession to Kishida Fumio. He dissolved the Lower House within days. In the October 27 election, the LDP and its partner Komeito together won 215 of 465 seats, short of the 233 needed for a majority and their poorest showing since 2009. The Diet returned Ishiba to office on November 11 in the first runoff vote for prime minister in three decades; to pass legislation, his government now needs support from opposition parties such as the Democratic Party for the People. Half of the Upper House is up for election in July 2025.

## Trade and Investment Ties

Japan stood sixth among U.S. trading partners in 2023 on a goods-and-services basis, having ranked fourth as recently as 2019. Table 1 gives bilateral trade in the two latest full years.

Table 1. U.S. Trade with Japan ($ billions)

| Flow | 2022 | 2023 |
| --- | --- | --- |
| U.S. exports to Japan | 120.1 | 121.3 |
| Goods exports | 80.2 | 76.9 |
| Services exports | 39.9 | 44.4 |
| U.S. imports from Japan | 180.3 | 184.3 |
| Goods imports | 148.1 | 148.0 |
| Services imports | 32.2 | 36.3 |

Source: CRS, from Bureau of Economic Analysis data.

Japan's surplus in goods trade with the United States, the mirror image of the U.S. goods deficit with Japan, was just over $71 billion in 2023, the fifth-biggest U.S. bilateral deficit. Census data for January through October 2024 show goods imports from Japan of $123.9 billion and a goods deficit of about $57 billion, slightly below the 2023 pace.

Japan remained the largest source of foreign direct investment (FDI) in the United States in 2023, a position it has held since 2019. Japanese firms' U.S. direct investment stock was $783.3 billion at year-end, against $133.8 billion of U.S. direct investment in Japan (Figure 1).

**Figure 1. Bilateral Direct Investment Positions, 2019-2023**

Source: CRS, with BEA data (historical-cost basis).

Japan's holdings of U.S. Treasury securities, some $1.1 trillion in October 2024, exceed those of every other foreign country; China, in second place, held about $760 billion.

## Issues for Congress

Members may weigh how new tariffs on Japan, or on Canada and Mexico, where many Japanese automakers build vehicles for the U.S. market, would affect Japanese investment and employment in their states; whether to seek a role in approving any new agreements with Japan, including any that trade tariff relief for investment or purchase commitments; and how the Nippon Steel decision may shape Japanese views of the U.S. investment climate.

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Kyla H. Kitamura**, Analyst in Asian Affairs
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Biden", "Joe", "President Joe Biden", note="'President-elect Donald Trump' takes office January 20, 2025: not yet president"),
        "leaders.japan_prime_minister": P("Ishiba", "Shigeru", "Prime Minister Ishiba Shigeru", note="family name first; Kishida Fumio is the predecessor"),
        "agreements.usjta_signed": D("2019-10-07", as_written="U.S.-Japan Trade Agreement (USJTA). Signed October 7, 2019"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="and in force since January 1, 2020"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="U.S.-Japan Digital Trade Agreement. Signed and entered into force on the same dates as the USJTA", note="date carried from the USJTA bullet before"),
        "agreements.critical_minerals_signed": D("2023-03-28", as_written="U.S.-Japan Critical Minerals Agreement (CMA). Signed March 28, 2023"),
        "trade.overall_partner_rank": F(6, period="2023", as_written="Japan stood sixth among U.S. trading partners in 2023 on a goods-and-services basis"),
        "trade.us_exports_to_japan": F(121300000000, period="2023", as_written="Table 1, 'U.S. exports to Japan' row, 2023 column: 121.3 ($ billions)"),
        "trade.us_goods_exports_to_japan": F(76900000000, period="2023", as_written="Table 1, 'Goods exports' row, 2023 column: 76.9"),
        "trade.us_services_exports_to_japan": F(44400000000, period="2023", as_written="Table 1, 'Services exports' row, 2023 column: 44.4"),
        "trade.us_imports_from_japan": F(184300000000, period="2023", as_written="Table 1, 'U.S. imports from Japan' row, 2023 column: 184.3"),
        "trade.us_goods_imports_from_japan": F(148000000000, period="2023", as_written="Table 1, 'Goods imports' row, 2023 column: 148.0"),
        "trade.us_services_imports_from_japan": F(36300000000, period="2023", as_written="Table 1, 'Services imports' row, 2023 column: 36.3"),
        "trade.goods_deficit": F(71000000000, "over", period="2023", as_written="Japan's surplus in goods trade with the United States, the mirror image of the U.S. goods deficit with Japan, was just over $71 billion in 2023"),
        "trade.goods_deficit_rank": F(5, period="2023", as_written="the fifth-biggest U.S. bilateral deficit"),
        "trade.fdi_source_rank": F(1, period="2023", as_written="Japan remained the largest source of foreign direct investment (FDI) in the United States in 2023", note="also 'Japan's role as the leading foreign investor in the U.S. economy'"),
        "trade.japan_fdi_stock_in_us": F(783300000000, period="2023", as_written="Japanese firms' U.S. direct investment stock was $783.3 billion at year-end", note="year carried from the sentence before"),
        "trade.us_fdi_stock_in_japan": F(133800000000, period="2023", as_written="against $133.8 billion of U.S. direct investment in Japan"),
        "trade.treasury_holder_rank": F(1, as_written="Japan's holdings of U.S. Treasury securities, some $1.1 trillion in October 2024, exceed those of every other foreign country"),
    },
    "elections": {
        "ldp_president_2024": E("LDP president", "2024-09-27", "held", result="Ishiba Shigeru defeated Takaichi Sanae in a runoff"),
        "lower_house_2024": E("Lower House", "2024-10-27", "held", result="LDP and Komeito 215 of 465 seats, short of a majority"),
        "upper_house_2025": E("Upper House", "2025-07", "upcoming"),
    },
    "events": {
        "section232_autos_proclamation": EV("Section 232 proclamation on autos and parts ordering negotiations with Japan and the EU", "2019-05-17", "held"),
    },
    "notes": "Traps: 'President-elect Donald Trump will be sworn in on January 20, 2025' (not yet president: the president is Biden); 'a universal tariff of 10% to 20% on all U.S. imports' (campaign proposal: no tariff on most imports stated); 'after the ruling coalition lost its Lower House majority in October'; 'Nippon Steel's proposed $14.9 billion acquisition of U.S. Steel' and 'until December 23' (CFIUS); 'a 25% tariff on all goods from Canada and Mexico and an additional 10% on goods from China' (other countries, threatened); 'no tariffs followed' (no Section 232 auto rate); 'Section 232 tariffs of 25% and 10% since 2018' (steel and aluminum) and 'since April 1, 2022' (steel TRQ); 'about a third of U.S. imports from Japan' (share); 'Today the United States charges 2.5% on Japanese passenger cars' (MFN rate, not a Section 232 rate and not the tariff on most imports); 'about $7 billion of U.S. farm products' (coverage); 'one of 13 partners in the Indo-Pacific Economic Framework' (IPEF); 'on September 27, 2024, defeating Takaichi Sanae in a runoff' (LDP vote, listed as `ldp_president_2024`); 'the Diet elected him prime minister on October 1, in succession to Kishida Fumio' (former prime minister); '215 of 465 seats, short of the 233 needed', 'poorest showing since 2009', 'on November 11 in the first runoff vote for prime minister in three decades'; 'Half of the Upper House is up for election in July 2025' (upcoming `upper_house_2025`); 'having ranked fourth as recently as 2019' (past rank); Table 1's 2022 column (120.1, 80.2, 39.9, 180.3, 148.1, 32.2: past year); 'Census data for January through October 2024 show goods imports from Japan of $123.9 billion and a goods deficit of about $57 billion' (partial year); 'a position it has held since 2019' (a year, not a rank); Figure 1 (PDF: year labels 2019-2023, ticks 0-800, two-series legend, no values); 'some $1.1 trillion in October 2024' (Treasury holdings); 'China, in second place, held about $760 billion' (China's rank and holdings). PDF: ligatures, curly quotes, NBSP, hyphenated line ends; interleaved: the two columns alternate line by line, Table 1 and the bullet list among them.",
}
