from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "HD2-IF11120-2026-03", "fresh27", "IF11120", 25
TITLE = "U.S.-Japan Trade Agreements and Tariff Negotiations"
LAYOUTS = ["pdf", "interleaved"]
PDF_OPTS = ["lig", "quotes", "nbsp"]
CHART = {"unit": "$ billions", "ymax": 160, "ticks": [0, 40, 80, 120, 160],
         "series": ["Exports to Japan", "Imports from Japan"],
         "bars": {"2021": (74.6, 135.1), "2022": (80.2, 148.1), "2023": (76.9, 148.0), "2024": (79.7, 149.6), "2025": (76.4, 144.7)}}

MD = """
U.S.-Japan Trade Agreements and Tariff Negotiations

Updated March 10, 2026

## Overview

Within a single week last month, the legal footing of U.S. tariffs on Japanese goods shifted twice. First, on February 20, 2026, the Supreme Court held that the International Emergency Economic Powers Act (IEEPA) gives the President no authority to impose tariffs. Four days later, a proclamation under Section 122 of the Trade Act of 1974 put a temporary surcharge of ten percent on most imports, those from Japan among them. The 15% rate that President Trump and Tokyo had settled on last summer can no longer be collected under IEEPA, and importers are suing for refunds of the duties already paid.

## How the 2025 Framework Came About

Japan was among the first partners the Administration approached. On April 2, 2025, the President announced a 24% "reciprocal" tariff on Japan; it was paused within a week for 90 days, so a 10% baseline applied from April 5. On April 7, 2025, he and then-Prime Minister Ishiba Shigeru agreed by telephone to open negotiations, and Japan was named a priority partner. A letter in July warned of 25% from August 1. Tokyo's chief negotiator, Akazawa Ryosei, made eight trips to Washington before the sides settled, and the deal was made public on July 22, 2025, in a post by the President.

Its main terms were:

- a single IEEPA rate of 15% on most Japanese goods, inclusive of most-favored-nation (MFN) duties, effective August 7, 2025 (goods with an MFN rate already at or above that level owed no IEEPA duty);
- an all-in Section 232 rate of 15% on cars and auto parts, which took effect September 16 in place of 27.5%, the 25% Section 232 duty plus the 2.5% MFN rate;
- Japanese investment of $550 billion in U.S. projects chosen by the Administration, to be made by January 19, 2029;
- Japanese purchases of 100 Boeing aircraft and $8 billion a year of U.S. farm products.

A memorandum of understanding on the investment and an implementing executive order followed on September 4.

## The Ruling and the Section 122 Surcharge

Table 1. Tariff on Most Goods from Japan, 2025-2026

| Period | Authority | Rate |
| --- | --- | --- |
| Apr. 5-Aug. 6, 2025 | IEEPA (baseline) | 10% |
| Aug. 7, 2025-Feb. 23, 2026 | IEEPA (framework) | 15% |
| Since Feb. 24, 2026 | Section 122 | 10% |

Source: CRS, from executive orders and proclamations.

Section 122 lets a President charge up to 15% for no more than 150 days to deal with balance-of-payments problems; a longer surcharge needs an act of Congress. Unless extended, the current one lapses on July 23. The President said on February 21 that he meant to raise it to the statutory maximum, but no order to that effect had been signed as of this writing. The Office of the U.S. Trade Representative (USTR) has begun Section 301 investigations that could yield longer-lasting duties; press reports have floated a rate of 12.5% for Japan.

The ruling left Section 232 duties alone. Japanese cars and parts still pay 15% under that authority, while steel, aluminum, and copper face 50%. Tokyo says it will carry out the framework, investment included, for as long as Washington keeps its side; the first projects, announced in February, total about $36 billion.

## Politics in Japan

Takaichi Sanae, the first woman to serve as Prime Minister, succeeded Ishiba in October after the ruling bloc lost its upper house majority in the July 2025 election. She then called a snap election; on February 8, 2026, her Liberal Democratic Party won more than two-thirds of the lower house on its own.

## Trade and Investment

In 2025, goods and services traded between the two countries came to about $318 billion, placing Japan sixth among U.S. trading partners. U.S. exports to Japan totaled $127.8 billion, of which goods accounted for $76.4 billion and services for the remaining $51.4 billion. Imports from Japan slipped to $190.2 billion from $192.4 billion a year earlier; goods and services made up $144.7 billion and $45.5 billion of it, respectively.

**Figure 1. U.S. Goods Trade with Japan, 2021-2025**

Source: CRS, with U.S. Census Bureau data.

The bilateral goods deficit narrowed to $68.3 billion, as Japanese automakers shipped fewer vehicles. That put Japan eighth among U.S. goods deficit partners, down from seventh in 2024.

Every year since 2019, Japan has been the largest source of foreign direct investment (FDI) in the United States. Japanese firms' U.S. holdings were valued at $819.1 billion at the end of 2024, while the U.S. direct investment position in Japan, roughly a tenth that size, was $78.3 billion. Japan's holdings of U.S. Treasury securities, $1.20 trillion in December 2025, exceed those of any other foreign country, the United Kingdom and China included.

## Earlier Agreements

The 2019 agreements remain in force. Negotiations opened in April 2019, and the two leaders announced a "stage one" deal on September 25 of that year. The U.S.-Japan Trade Agreement (USJTA), signed on October 7, 2019, cut or eliminated Japanese tariffs on about $7.2 billion of U.S. farm exports; it took effect on January 1, 2020, the same day as the companion Digital Trade Agreement. A Critical Minerals Agreement, signed in March 2023, lets minerals processed in Japan count toward U.S. electric-vehicle tax credits. In October 2025, President Trump and Takaichi signed a separate framework on rare earths.

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Kyla H. Kitamura**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Trump", "Donald", "President Trump", note="given name not written"),
        "leaders.japan_prime_minister": P("Takaichi", "Sanae", "Takaichi Sanae, the first woman to serve as Prime Minister", note="family name first; title in apposition"),
        "tariffs.us_tariff_most_imports": F(10, period="2026-02-24", as_written="Four days later, a proclamation under Section 122 of the Trade Act of 1974 put a temporary surcharge of ten percent on most imports, those from Japan among them", note="number in words; date from 'Four days later' after February 20; also Table 1's 'Since Feb. 24, 2026' row"),
        "tariffs.section122_surcharge": F(10, as_written="put a temporary surcharge of ten percent on most imports", note="also Table 1's Section 122 row"),
        "tariffs.ieepa_rate": F(15, period="2025-08-07", as_written="a single IEEPA rate of 15% on most Japanese goods, inclusive of most-favored-nation (MFN) duties, effective August 7, 2025", note="the framework rate, voided by the ruling (as extract-dev D6); also 'The 15% rate ... can no longer be collected under IEEPA' and Table 1's framework row"),
        "tariffs.section232_autos": F(15, period="2025-09-16", as_written="an all-in Section 232 rate of 15% on cars and auto parts, which took effect September 16", note="also 'Japanese cars and parts still pay 15% under that authority'"),
        "tariffs.ieepa_ruling": D("2026-02-20", as_written="on February 20, 2026, the Supreme Court held that the International Emergency Economic Powers Act (IEEPA) gives the President no authority to impose tariffs"),
        "framework.announced": D("2025-07-22", as_written="the deal was made public on July 22, 2025, in a post by the President"),
        "framework.investment_pledge": F(550000000000, by="2029-01-19", as_written="Japanese investment of $550 billion in U.S. projects chosen by the Administration, to be made by January 19, 2029"),
        "trade.overall_partner_rank": F(6, period="2025", as_written="placing Japan sixth among U.S. trading partners"),
        "trade.us_exports_to_japan": F(127800000000, period="2025", as_written="U.S. exports to Japan totaled $127.8 billion", note="year carried from the sentence before"),
        "trade.us_goods_exports_to_japan": F(76400000000, period="2025", as_written="of which goods accounted for $76.4 billion"),
        "trade.us_services_exports_to_japan": F(51400000000, period="2025", as_written="and services for the remaining $51.4 billion"),
        "trade.us_imports_from_japan": F(190200000000, period="2025", as_written="Imports from Japan slipped to $190.2 billion"),
        "trade.us_goods_imports_from_japan": F(144700000000, period="2025", as_written="goods and services made up $144.7 billion and $45.5 billion of it, respectively"),
        "trade.us_services_imports_from_japan": F(45500000000, period="2025", as_written="goods and services made up $144.7 billion and $45.5 billion of it, respectively"),
        "trade.goods_deficit": F(68300000000, period="2025", as_written="The bilateral goods deficit narrowed to $68.3 billion"),
        "trade.goods_deficit_rank": F(8, period="2025", as_written="That put Japan eighth among U.S. goods deficit partners"),
        "trade.fdi_source_rank": F(1, as_written="Every year since 2019, Japan has been the largest source of foreign direct investment (FDI) in the United States"),
        "trade.japan_fdi_stock_in_us": F(819100000000, period="2024", as_written="Japanese firms' U.S. holdings were valued at $819.1 billion at the end of 2024"),
        "trade.us_fdi_stock_in_japan": F(78300000000, period="2024", as_written="the U.S. direct investment position in Japan, roughly a tenth that size, was $78.3 billion", note="'roughly' hedges the ratio, not the amount; year from the same sentence"),
        "trade.treasury_holder_rank": F(1, period="2025-12", as_written="Japan's holdings of U.S. Treasury securities, $1.20 trillion in December 2025, exceed those of any other foreign country"),
        "agreements.usjta_signed": D("2019-10-07", as_written="The U.S.-Japan Trade Agreement (USJTA), signed on October 7, 2019"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="it took effect on January 1, 2020"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="the same day as the companion Digital Trade Agreement"),
        "agreements.critical_minerals_signed": D("2023-03", as_written="A Critical Minerals Agreement, signed in March 2023"),
    },
    "elections": {
        "upper_house_2025": E("Upper House", "2025-07", "held", result="ruling bloc lost its majority"),
        "lower_house_2026": E("Lower House", "2026-02-08", "held", result="LDP alone more than two-thirds"),
    },
    "events": {
        "tariff_talks_announced": EV("Trump and Ishiba agree by telephone to open negotiations; Japan named a priority partner", "2025-04-07", "held"),
        "section122_surcharge_expired": EV("The Section 122 surcharge lapses after 150 days unless extended", "2026-07-23", "upcoming"),
        "first_negotiating_round": EV("Negotiations opened", "2019-04", "held"),
        "stage_one_deal_finalized": EV("Leaders announce a stage one deal", "2019-09-25", "held"),
    },
    "notes": "Traps: 'Within a single week last month, ... shifted twice'; 'Section 122 of the Trade Act of 1974' (year of a law); 'The 15% rate that President Trump and Tokyo had settled on last summer can no longer be collected' (the IEEPA rate, no longer the tariff on most imports); 'On April 2, 2025, the President announced a 24% \"reciprocal\" tariff on Japan' (announced, paused) and 'paused within a week for 90 days, so a 10% baseline applied from April 5' (past IEEPA rate); 'then-Prime Minister Ishiba Shigeru' and 'succeeded Ishiba in October' (former prime minister); 'A letter in July warned of 25% from August 1' (threatened); 'made eight trips to Washington'; bullet '(goods with an MFN rate already at or above that level owed no IEEPA duty)'; bullet 'in place of 27.5%, the 25% Section 232 duty plus the 2.5% MFN rate' (past auto rate and its parts); bullet '100 Boeing aircraft and $8 billion a year of U.S. farm products' (purchases, not the pledge); 'followed on September 4' (the MOU and EO, not the announcement); Table 1's 'Apr. 5-Aug. 6, 2025' row (10% baseline, past) and 'Aug. 7, 2025-Feb. 23, 2026' row (15%, the IEEPA rate, past as the tariff on most imports); 'Section 122 lets a President charge up to 15% for no more than 150 days' (statutory cap); 'he meant to raise it to the statutory maximum, but no order to that effect had been signed' (announced, not applied); 'press reports have floated a rate of 12.5% for Japan' (floated Section 301 rate); 'steel, aluminum, and copper face 50%' (not autos); 'the first projects, announced in February, total about $36 billion'; 'on February 8, 2026, her Liberal Democratic Party won more than two-thirds of the lower house' (seat share, no IF11120 fact); 'came to about $318 billion' (total trade); 'from $192.4 billion a year earlier' (2024 imports); Figure 1 (years 2021-2025, ticks 0-160, two-series legend, no values); 'as Japanese automakers shipped fewer vehicles'; 'down from seventh in 2024' (past deficit rank); 'Every year since 2019' (a span beside rank 1); 'roughly a tenth that size' (a ratio); '$1.20 trillion' and 'the United Kingdom and China included'; 'about $7.2 billion of U.S. farm exports'; 'In October 2025, President Trump and Takaichi signed a separate framework on rare earths' (not the Critical Minerals Agreement). PDF: ligatures, curly quotes, NBSP; interleaved: the two columns' lines alternate, the table and bullet list among them.",
}
