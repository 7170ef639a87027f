from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "ED2-IF11120-2024-11", "fresh24", "IF11120", 27
TITLE = "U.S.-Japan Trade Agreements and Negotiations"
LAYOUTS = ["interleaved", "pdf"]
PDF_OPTS = ["lig", "quotes"]

MD = """
U.S.-Japan Trade Agreements and Negotiations

Updated November 8, 2024

## Overview

Japan is among the largest U.S. economic partners as well as a treaty ally, and trade friction between the two has been muted since they concluded two limited agreements in 2019. The outcome of the November 5 U.S. election could change that. As a candidate, Donald Trump proposed a tariff of 10% to 20% on all U.S. imports and of 60% or more on imports from China; Japanese officials have begun to gauge the exposure of automakers, whose U.S. shipments now face a most-favored-nation duty of 2.5% on cars and 25% on light trucks. Until January 20, 2025, trade policy remains in the hands of President Joe Biden's Administration, which has pursued cooperation with Japan on supply chains and clean energy rather than new market-access talks.

## Political Context in Tokyo

Prime Minister Ishiba Shigeru took office on October 1, four days after winning the Liberal Democratic Party (LDP) leadership race on September 27, and called a snap election at once. In the October 27 vote for the House of Representatives, the LDP and its coalition partner Komeito fell to 215 of the 465 seats, short of a majority for the first time since 2009. Ishiba is expected to keep his post when a special Diet session opens on November 11, but will depend on opposition votes to pass budgets and legislation, which may narrow his room to offer trade concessions.

## Trade and Investment Ties

Table 1. Largest U.S. Trade Partners, 2023 (goods and services, $ billions)

| Rank | Partner | Trade |
| --- | --- | --- |
| 1 | European Union | 1,343 |
| 2 | Canada | 909 |
| 3 | Mexico | 888 |
| 4 | China | 641 |
| 5 | United Kingdom | 320 |
| 6 | Japan | 305 |
| 7 | South Korea | 216 |

Source: CRS, from Bureau of Economic Analysis (BEA) data. The EU is counted as a single partner.

U.S. exports to Japan totaled $121.1 billion in 2023. The goods component, $76.9 billion, was little changed from 2022; the services component, $44.2 billion, led by travel, intellectual property charges, and financial services, was a record. Imports from Japan came to $183.9 billion, mostly goods ($148.0 billion), with services contributing $35.9 billion. Motor vehicles and parts are the largest single category of U.S. goods imports from Japan, though the share of Japanese-brand cars sold in the United States that are also built there has risen above 70%.

On the goods side alone, the United States ran a $71.1 billion deficit with Japan in 2023, about $3 billion more than a year earlier. Ordered by size, the largest U.S. bilateral goods deficits that year were with China, Mexico, Vietnam, Germany, and Japan.

Investment flows run mostly one way. Japanese companies held $783.3 billion in direct investment in the United States at the end of 2023, the most of any investor country. The U.S. direct investment position in Japan was a comparatively modest $133.4 billion. Nippon Steel's proposed $14.9 billion purchase of U.S. Steel, which Biden and Trump have each said they oppose, remains under review by the Committee on Foreign Investment in the United States (CFIUS). Of the roughly $8.5 trillion in U.S. Treasury securities held abroad in August 2024, Japan's portion, about $1.1 trillion, was the biggest; China's was next, at some $775 billion.

## Agreements in Force

The U.S.-Japan Trade Agreement (USJTA) cut or removed Japanese tariffs on about $7 billion of U.S. agricultural exports, including beef, pork, and wheat, while the United States reduced tariffs on some $40 million of Japanese industrial and farm goods. The U.S.-Japan Digital Trade Agreement (DTA) bars customs duties on electronic transmissions and limits data-localization requirements. Neither text was put to a vote in Congress: the first relied on delegated tariff-proclamation authority, the second was concluded as an executive agreement.

Table 2. U.S.-Japan Trade Arrangements Since 2019

| Arrangement | Signed | In effect |
| --- | --- | --- |
| USJTA | 10/7/2019 | 1/1/2020 |
| DTA | 10/7/2019 | 1/1/2020 |
| Steel/aluminum TRQ | — | 4/1/2022 |
| Critical minerals (CMA) | 3/28/2023 | 3/28/2023 |

Source: Office of the U.S. Trade Representative.

The later arrangements are narrower. Under a tariff-rate quota (TRQ), up to 1.25 million metric tons of Japanese steel a year enter free of the 25% duty imposed in 2018 under Section 232 of the Trade Expansion Act of 1962. The CMA, which took effect when it was signed, lets critical minerals extracted or processed in Japan count toward the Inflation Reduction Act's clean vehicle tax credit.

## Background: The 2019 Negotiations

Trump and then-Prime Minister Abe Shinzo agreed in a joint statement of September 26, 2018, to open talks on goods and services. April 2019 brought the first formal negotiating round, in Washington. Within a month came a Section 232 proclamation (May 17, 2019) that declared imports of autos and parts a threat to national security but deferred any tariff while talks continued; the tariffs of up to 25% under consideration were never imposed. The leaders' joint statement of September 25, 2019, issued in New York, announced the conclusion of "stage one" and promised consultations on a broader agreement within four months. That second stage never began.

## Issues for Congress

- Whether a universal tariff, if imposed, would apply to Japan, and whether Japan would retaliate or seek an exemption.
- Whether to seek a comprehensive agreement, possibly including autos and services, or to rejoin the Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP), in force for Japan since December 30, 2018.
- How CFIUS and the next Administration will handle the Nippon Steel bid, and its effect on Japanese investment.
- The future of the Indo-Pacific Economic Framework (IPEF), whose supply chain agreement entered into force on February 24, 2024.

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Kyla H. Kitamura**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Biden", "Joe", "President Joe Biden's Administration", note="Trump won the November 5 election but takes office January 20, 2025"),
        "leaders.japan_prime_minister": P("Ishiba", "Shigeru", "Prime Minister Ishiba Shigeru took office on October 1"),
        "trade.overall_partner_rank": F(6, period="2023", as_written="Table 1 (Largest U.S. Trade Partners, 2023, goods and services): 6 | Japan | 305", note="EU counted as one partner"),
        "trade.us_exports_to_japan": F(121100000000, period="2023", as_written="U.S. exports to Japan totaled $121.1 billion in 2023"),
        "trade.us_goods_exports_to_japan": F(76900000000, period="2023", as_written="The goods component, $76.9 billion, was little changed from 2022"),
        "trade.us_services_exports_to_japan": F(44200000000, period="2023", as_written="the services component, $44.2 billion, led by travel, intellectual property charges, and financial services, was a record"),
        "trade.us_imports_from_japan": F(183900000000, period="2023", as_written="Imports from Japan came to $183.9 billion"),
        "trade.us_goods_imports_from_japan": F(148000000000, period="2023", as_written="mostly goods ($148.0 billion)"),
        "trade.us_services_imports_from_japan": F(35900000000, period="2023", as_written="with services contributing $35.9 billion"),
        "trade.goods_deficit": F(71100000000, period="2023", as_written="the United States ran a $71.1 billion deficit with Japan in 2023"),
        "trade.goods_deficit_rank": F(5, period="2023", as_written="Ordered by size, the largest U.S. bilateral goods deficits that year were with China, Mexico, Vietnam, Germany, and Japan"),
        "trade.japan_fdi_stock_in_us": F(783300000000, period="2023", as_written="Japanese companies held $783.3 billion in direct investment in the United States at the end of 2023"),
        "trade.fdi_source_rank": F(1, period="2023", as_written="at the end of 2023, the most of any investor country"),
        "trade.us_fdi_stock_in_japan": F(133400000000, period="2023", as_written="The U.S. direct investment position in Japan was a comparatively modest $133.4 billion", note="year carried from the sentence before"),
        "trade.treasury_holder_rank": F(1, period="2024-08", as_written="Of the roughly $8.5 trillion in U.S. Treasury securities held abroad in August 2024, Japan's portion, about $1.1 trillion, was the biggest"),
        "agreements.usjta_signed": D("2019-10-07", as_written="Table 2: USJTA | 10/7/2019 | 1/1/2020"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="Table 2: USJTA | 10/7/2019 | 1/1/2020"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="Table 2: DTA | 10/7/2019 | 1/1/2020"),
        "agreements.critical_minerals_signed": D("2023-03-28", as_written="Table 2: Critical minerals (CMA) | 3/28/2023 | 3/28/2023"),
    },
    "elections": {
        "ldp_president_2024": E("LDP president", "2024-09-27", "held", result="Ishiba Shigeru", note="year from the text's date"),
        "lower_house_2024": E("Lower House", "2024-10-27", "held", result="LDP-Komeito 215 of 465, short of a majority", note="year from the text's date"),
    },
    "events": {
        "first_negotiating_round": EV("First formal round of U.S.-Japan trade negotiations, Washington", "2019-04", "held"),
        "section232_autos_proclamation": EV("Section 232 proclamation on autos and parts; tariffs deferred, never imposed", "2019-05-17", "held"),
        "stage_one_deal_finalized": EV("Leaders' joint statement in New York announces conclusion of stage one", "2019-09-25", "held"),
    },
    "notes": "Traps: 'a tariff of 10% to 20% on all U.S. imports and of 60% or more on imports from China' (campaign proposals: no tariff fact); 'a most-favored-nation duty of 2.5% on cars and 25% on light trucks' (MFN rates, not Section 232 or a tariff on most imports); 'Until January 20, 2025' (inauguration of the president-elect; Biden still President); 'took office on October 1, four days after'; 'short of a majority for the first time since 2009'; 'when a special Diet session opens on November 11' (no election slug); Table 1 ranks of other partners ('1 | European Union | 1,343' ... '7 | South Korea | 216') and Japan's '305' (two-way total, no fact); 'was little changed from 2022'; 'has risen above 70%' (share of cars built in the U.S.); 'about $3 billion more than a year earlier'; 'Nippon Steel's proposed $14.9 billion purchase'; 'the roughly $8.5 trillion in U.S. Treasury securities held abroad' (a total) and 'China's was next, at some $775 billion'; 'about $7 billion of U.S. agricultural exports' and 'some $40 million'; Table 2 'Steel/aluminum TRQ | — | 4/1/2022' (no catalogue fact) and the DTA's 'Signed 10/7/2019' (no catalogue fact) and the CMA's 'In effect 3/28/2023'; 'up to 1.25 million metric tons' and 'the 25% duty imposed in 2018 under Section 232' (steel, not a tariff on most imports or on autos); 'a joint statement of September 26, 2018, to open talks' (not tariff_talks_announced, which is the April 2025 announcement); 'Within a month'; 'the tariffs of up to 25% under consideration were never imposed' (no Section 232 auto rate); 'within four months' (never began); 'in force for Japan since December 30, 2018' (CPTPP); 'entered into force on February 24, 2024' (IPEF); the November 5 U.S. election (no tracked body); PDF ligatures and curly quotes; interleaved columns",
}
