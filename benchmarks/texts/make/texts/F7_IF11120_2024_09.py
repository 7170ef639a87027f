from lib import F, D, P, GDP, E, EV

NAME = "F7-IF11120-2024-09"
SET = "fresh"
BRIEF = "IF11120"
VERSION = "14"
LAYOUTS = ("md", "interleaved")
PDF_OPTS = ("quotes", "nbsp", "hyph")

MD = """
U.S.-Japan Trade Agreements and Negotiations

Updated September 17, 2024

## Overview

U.S.-Japan economic relations are in a period of political transition on both sides of the Pacific. Prime Minister Fumio Kishida announced in August 2024 that he would not run again for the presidency of the Liberal Democratic Party (LDP); the party is to choose his successor, who will also become prime minister, on September 27, 2024. Nine candidates have entered the race, including former defense minister Ishiba Shigeru and economic security minister Takaichi Sanae. In the United States, President Biden is not seeking reelection, and both major-party candidates have questioned the proposed acquisition of U.S. Steel by Nippon Steel.

## Existing Agreements

Two limited agreements, the U.S.-Japan Trade Agreement (USJTA) and the U.S.-Japan Digital Trade Agreement, were signed in 2019 and took effect in 2020. They were followed, during the Biden Administration, by the U.S.-Japan Critical Minerals Agreement, signed on March 28, 2023, which allows minerals processed in Japan to count toward the clean-vehicle tax credit under the Inflation Reduction Act. Some Members have argued that the agreement should have been submitted to Congress. A 2022 arrangement also replaced Section 232 tariffs on some Japanese steel with a tariff-rate quota of 1.25 million metric tons a year.

Japan is also a partner in the Indo-Pacific Economic Framework for Prosperity (IPEF), whose supply chain agreement entered into force in February 2024, but the Administration has set aside the framework's trade pillar.

## Trade and Investment

Japan ranks sixth among U.S. trade partners, based on 2023 trade in goods and services. Table 1 shows the bilateral flows for the two latest years.

Table 1. U.S. Trade with Japan ($ billions)

| | 2022 | 2023 |
| --- | --- | --- |
| U.S. exports, goods | 80.2 | 76.9 |
| U.S. exports, services | 39.9 | 44.3 |
| U.S. exports, total | 120.1 | 121.2 |
| U.S. imports, goods | 148.1 | 148.0 |
| U.S. imports, services | 32.2 | 35.9 |
| U.S. imports, total | 180.3 | 183.9 |
| Goods trade balance | -67.9 | -71.1 |

Source: Bureau of Economic Analysis.

The goods deficit with Japan in 2023 was the fifth-largest U.S. bilateral goods deficit, after those with China, Mexico, Vietnam, and Germany.

More Japanese than any other country's capital is invested directly in the United States: Japan's FDI stock here stood at $783.3 billion at the end of 2023. U.S. direct investment in Japan came to some $134 billion. Japan also ranks first among foreign holders of U.S. Treasury securities, with roughly $1.1 trillion.

## Issues for Congress

Nippon Steel's proposed $14.9 billion purchase of U.S. Steel, announced in December 2023, is under review by the Committee on Foreign Investment in the United States (CFIUS). Some Members have urged the Administration to block the deal, while others warn that doing so could deter Japanese investment. Congress may also consider whether to press for a broader trade agreement with Japan, including market access for U.S. agriculture beyond the USJTA's coverage, or for U.S. accession to the CPTPP, which the United Kingdom joined in 2024 (it took effect for the UK in December).

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Kyla H. Kitamura**, Analyst in Asian Affairs
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Biden", "Joe", "President Biden", note="given name not written"),
        "leaders.japan_prime_minister": P("Kishida", "Fumio", "Prime Minister Fumio Kishida"),
        "trade.overall_partner_rank": F(6, period="2023", as_written="Japan ranks sixth among U.S. trade partners, based on 2023 trade in goods and services"),
        "trade.us_exports_to_japan": F(121200000000, period="2023", note="Table 1, 2023 column, 'U.S. exports, total' ($ billions)"),
        "trade.us_goods_exports_to_japan": F(76900000000, period="2023", note="Table 1"),
        "trade.us_services_exports_to_japan": F(44300000000, period="2023", note="Table 1"),
        "trade.us_imports_from_japan": F(183900000000, period="2023", note="Table 1"),
        "trade.us_goods_imports_from_japan": F(148000000000, period="2023", note="Table 1"),
        "trade.us_services_imports_from_japan": F(35900000000, period="2023", note="Table 1"),
        "trade.goods_deficit": F(71100000000, period="2023", note="Table 1, 'Goods trade balance' -71.1"),
        "trade.goods_deficit_rank": F(5, period="2023", as_written="the fifth-largest U.S. bilateral goods deficit, after those with China, Mexico, Vietnam, and Germany"),
        "trade.fdi_source_rank": F(1, as_written="More Japanese than any other country's capital is invested directly in the United States"),
        "trade.japan_fdi_stock_in_us": F(783300000000, period="2023"),
        "trade.us_fdi_stock_in_japan": F(134000000000, "about", period="2023", as_written="U.S. direct investment in Japan came to some $134 billion", note="year not stated for this figure; the previous sentence's 'end of 2023'"),
        "trade.treasury_holder_rank": F(1, as_written="Japan also ranks first among foreign holders of U.S. Treasury securities"),
        "agreements.usjta_signed": D("2019", as_written="were signed in 2019"),
        "agreements.usjta_in_force": D("2020", as_written="took effect in 2020"),
        "agreements.digital_trade_in_force": D("2020", as_written="took effect in 2020"),
        "agreements.critical_minerals_signed": D("2023-03-28"),
    },
    "elections": {
        "ldp_president_2024": E("LDP president", "2024-09-27", "upcoming", candidates="nine, including Ishiba Shigeru and Takaichi Sanae"),
    },
    "events": {},
    "notes": "Traps: 'announced in August 2024 that he would not run again'; 'former defense minister Ishiba Shigeru and economic security minister Takaichi Sanae' (candidates, not the PM); 'Nine candidates'; 'President Biden is not seeking reelection'; 'A 2022 arrangement also replaced Section 232 tariffs on some Japanese steel with a tariff-rate quota of 1.25 million metric tons' (steel, not autos); 'entered into force in February 2024' (IPEF supply chain agreement); Table 1's 2022 column (80.2, 39.9, 120.1, 148.1, 32.2, 180.3, -67.9); 'after those with China, Mexico, Vietnam, and Germany'; 'with roughly $1.1 trillion' (Treasury holdings); 'Nippon Steel's proposed $14.9 billion purchase of U.S. Steel, announced in December 2023'; 'which the United Kingdom joined in 2024' and 'took effect for the UK in December' (CPTPP)."
}
