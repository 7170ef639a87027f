from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "BD2-IF11120-2023-05", "fresh21", "IF11120", 16
TITLE = "U.S.-Japan Trade Agreements and Negotiations"
LAYOUTS = ["md", "interleaved"]
PDF_OPTS = ["quotes", "hyph"]

MD = """
U.S.-Japan Trade Agreements and Negotiations

Updated May 16, 2023

## Overview

This week Japan hosts the Group of Seven (G7) summit in Hiroshima, where Prime Minister Kishida Fumio, whose Liberal Democratic Party gained ground in the July 2022 upper house election, will welcome President Joe Biden. Trade frictions that marked the Trump Administration's push for a bilateral deal have receded. Rather than seeking new tariff cuts, the Biden Administration has pursued narrower arrangements with Japan: a critical minerals agreement signed in March, and the Indo-Pacific Economic Framework (IPEF), under negotiation with Japan and twelve other partners. Some Members of Congress question whether such agreements, concluded without congressional approval, should count as trade agreements at all.

## The 2019 Agreements

Talks on what became the "stage one" agreements opened formally in Washington in mid-April 2019, seven months after President Donald Trump and then-Prime Minister Abe Shinzo agreed in New York to negotiate. They moved quickly under pressure. Less than a month after the first round, on May 17, 2019, President Trump proclaimed that imports of autos and parts threatened U.S. national security under Section 232 of the Trade Expansion Act of 1962; instead of imposing the tariff of up to 25% that had been discussed, he directed negotiations with Japan and the European Union. No Section 232 duty on Japanese autos was ever applied.

The two leaders declared the deal done on September 25, 2019, in New York, and their trade officials signed it in Washington on October 7. Two texts resulted. The U.S.-Japan Trade Agreement (USJTA) cut or removed Japanese tariffs on about $7.2 billion of U.S. agricultural products, Japan's 38.5% beef tariff among them, which is to fall to 9% by 2033; in return the United States trimmed tariffs on some $40 million of Japanese industrial goods and farm products. The U.S.-Japan Digital Trade Agreement set rules on data flows and bars customs duties on electronic transmissions. Both took effect on January 1, 2020, under the President's delegated tariff authority. Consultations on a broader second stage, to begin within four months of that date, have yet to produce talks.

## The Critical Minerals Agreement

Signed on March 28, 2023, by U.S. Trade Representative Katherine Tai and Ambassador Tomita Koji, the Critical Minerals Agreement (CMA) commits both sides to keep export duties off lithium, cobalt, nickel, graphite, and manganese and to share information on labor and environmental standards. Its purpose is largely domestic. Under the Inflation Reduction Act (P.L. 117-169), half of the $7,500 clean vehicle tax credit requires battery minerals from the United States or a free trade agreement partner; Treasury guidance of March 31 treats Japan, by virtue of the CMA, as such a partner. Similar talks with the EU began in March, and the United Kingdom has asked for its own.

## Trade and Investment Flows

Table 1. U.S. Trade with Japan, 2020-2022 (goods and services, $ billions)

| Year | Exports | Imports | Balance |
| --- | --- | --- | --- |
| 2020 | 104.3 | 148.5 | -44.2 |
| 2021 | 112.2 | 167.8 | -55.6 |
| 2022 | 120.1 | 180.3 | -60.2 |

Source: Bureau of Economic Analysis (BEA).

In 2022, only Canada, Mexico, and China outranked Japan in two-way trade with the United States. Goods accounted for about two-thirds of U.S. exports to Japan that year, $80.2 billion, and services for the remaining $39.9 billion. Of U.S. imports, a larger portion was merchandise: $148.1 billion, against $32.2 billion of services.

Counting goods alone, the U.S. deficit with Japan was $67.9 billion, wider than the overall gap because the United States earns a surplus on services. Five countries, China, Mexico, Vietnam, Canada, and Germany, had larger goods surpluses with the United States. A year earlier, only three had.

Japan has been the largest source of foreign direct investment (FDI) in the United States in every year since 2019. Its FDI stock reached $721.2 billion at the end of 2022, well ahead of Canada's, at some $590 billion. U.S. firms' holdings in Japan, at roughly $126 billion, are less than a fifth as large. It is also the biggest foreign holder of U.S. Treasury securities, with about $1.1 trillion in March 2023; China, with some $870 billion, is second.

## Issues for Congress

- Whether to press for a second-stage agreement covering services, investment, and nontariff barriers, as the 2019 joint statement envisioned.
- Oversight of the CMA's use to qualify Japanese battery materials for the clean vehicle credit, and whether it needed approval by Congress.
- The Section 232 steel tariff-rate quota, in effect since April 1, 2022, under which about 1.25 million metric tons of Japanese steel a year enter free of the 25% duty.
- IPEF, whose partners held a negotiating round in Singapore last week and whose ministers are to meet in Detroit on May 27.

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Mark E. Manyin**, Specialist in Asian Affairs
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Kishida", "Fumio", "Prime Minister Kishida Fumio"),
        "leaders.us_president": P("Biden", "Joe", "President Joe Biden"),
        "agreements.usjta_signed": D("2019-10-07", as_written="their trade officials signed it in Washington on October 7", note="year carried from 'September 25, 2019' in the same sentence"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="Both took effect on January 1, 2020"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="Both took effect on January 1, 2020", note="'Both' carries the USJTA and the Digital Trade Agreement from the sentences before"),
        "agreements.critical_minerals_signed": D("2023-03-28", as_written="Signed on March 28, 2023, by U.S. Trade Representative Katherine Tai and Ambassador Tomita Koji, the Critical Minerals Agreement (CMA)"),
        "trade.us_exports_to_japan": F(120100000000, period="2022", as_written="Table 1, 2022 row: Exports 120.1 ($ billions)"),
        "trade.us_imports_from_japan": F(180300000000, period="2022", as_written="Table 1, 2022 row: Imports 180.3 ($ billions)"),
        "trade.us_goods_exports_to_japan": F(80200000000, period="2022", as_written="Goods accounted for about two-thirds of U.S. exports to Japan that year, $80.2 billion"),
        "trade.us_services_exports_to_japan": F(39900000000, period="2022", as_written="and services for the remaining $39.9 billion"),
        "trade.us_goods_imports_from_japan": F(148100000000, period="2022", as_written="Of U.S. imports, a larger portion was merchandise: $148.1 billion"),
        "trade.us_services_imports_from_japan": F(32200000000, period="2022", as_written="against $32.2 billion of services"),
        "trade.overall_partner_rank": F(4, period="2022", as_written="In 2022, only Canada, Mexico, and China outranked Japan in two-way trade with the United States"),
        "trade.goods_deficit": F(67900000000, period="2022", as_written="Counting goods alone, the U.S. deficit with Japan was $67.9 billion"),
        "trade.goods_deficit_rank": F(6, period="2022", as_written="Five countries, China, Mexico, Vietnam, Canada, and Germany, had larger goods surpluses with the United States"),
        "trade.fdi_source_rank": F(1, as_written="Japan has been the largest source of foreign direct investment (FDI) in the United States in every year since 2019"),
        "trade.japan_fdi_stock_in_us": F(721200000000, period="2022", as_written="Its FDI stock reached $721.2 billion at the end of 2022"),
        "trade.us_fdi_stock_in_japan": F(126000000000, "about", period="2022", as_written="U.S. firms' holdings in Japan, at roughly $126 billion", note="year carried from the sentence before"),
        "trade.treasury_holder_rank": F(1, period="2023-03", as_written="It is also the biggest foreign holder of U.S. Treasury securities, with about $1.1 trillion in March 2023", note="subject 'It' carried from the FDI sentences (Japan)"),
    },
    "elections": {
        "upper_house_2022": E("Upper House", "2022-07", "held", result="LDP gained ground"),
    },
    "events": {
        "first_negotiating_round": EV("talks opened formally in Washington in mid-April 2019", "2019-04", "held"),
        "section232_autos_proclamation": EV("May 17, 2019, Section 232 proclamation on autos and parts", "2019-05-17", "held"),
        "stage_one_deal_finalized": EV("leaders declared the deal done on September 25, 2019, in New York", "2019-09-25", "held"),
    },
    "notes": "Traps: 'This week Japan hosts the Group of Seven (G7) summit in Hiroshima' (planned meeting); 'twelve other partners' (IPEF; no IF11120 fact); 'seven months after President Donald Trump and then-Prime Minister Abe Shinzo agreed in New York to negotiate' (former leaders; the September 2018 statement is no tracked event); 'Less than a month after the first round, on May 17, 2019' (relative phrase beside the day date); 'instead of imposing the tariff of up to 25% that had been discussed' and 'No Section 232 duty on Japanese autos was ever applied' (no Section 232 auto rate is stated); 'signed it in Washington on October 7' (year carried from the clause before); 'about $7.2 billion of U.S. agricultural products', 'Japan's 38.5% beef tariff ... to fall to 9% by 2033' and 'some $40 million of Japanese industrial goods' (tariff-line figures, not trade flows); 'Consultations on a broader second stage, to begin within four months of that date' (planned); 'half of the $7,500 clean vehicle tax credit' and 'Treasury guidance of March 31'; 'Similar talks with the EU began in March, and the United Kingdom has asked for its own' (other countries' minerals talks); Table 1 with years as rows (2020 and 2021 rows are past values: 104.3/148.5, 112.2/167.8; a 'Balance' column of -44.2/-55.6/-60.2 that is the goods-and-services balance, not the goods deficit); 'about two-thirds of U.S. exports' (a share, no fact); 'wider than the overall gap'; 'Five countries, China, Mexico, Vietnam, Canada, and Germany, had larger goods surpluses' (rank 6 as N+1, stated from the other countries' side) and 'A year earlier, only three had' (past rank 4); 'well ahead of Canada's, at some $590 billion' (another country's FDI stock); 'are less than a fifth as large' (a ratio); 'with about $1.1 trillion in March 2023; China, with some $870 billion, is second' (amounts and another country's rank); 'The Section 232 steel tariff-rate quota, in effect since April 1, 2022, ... free of the 25% duty' (steel, not autos, and not most imports); 'held a negotiating round in Singapore last week' (IPEF's round, not the USJTA's first round) and 'to meet in Detroit on May 27' (planned); title 'U.S.-Japan Trade Agreements and Negotiations' (plural title, after the March 2023 CMA: the record has the singular in 2022-11 and the plural in 2024-04); PDF curly quotes and hyphenation (interleaved text)",
}
