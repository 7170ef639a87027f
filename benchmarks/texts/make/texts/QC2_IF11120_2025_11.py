from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "QC2-IF11120-2025-11", "fresh37", "IF11120", 22
TITLE = "U.S.-Japan Trade Agreements and Tariff Negotiations"
LAYOUTS = ["md", "pdf"]
PDF_OPTS = ["lig", "quotes", "nbsp"]
CHART = {"unit": "$ billions", "ymax": 60, "ticks": [0, 15, 30, 45, 60],
         "series": ["Motor vehicles and parts"],
         "bars": {"2020": (44.1,), "2021": (46.0,), "2022": (49.3,), "2023": (55.2,), "2024": (55.9,)}}

MD = """
U.S.-Japan Trade Agreements and Tariff Negotiations

Updated November 18, 2025

## Overview

Few U.S. partners felt the Trump Administration's 2025 tariffs as quickly as Japan, whose automakers are among the largest suppliers of cars to the U.S. market. After months of negotiation, President Donald J. Trump announced on July 22 that the two governments had reached an agreement; an executive order and a memorandum of understanding (MOU) on investment, both dated September 4, put its main terms into effect. Prime Minister Takaichi Sanae, who succeeded Ishiba Shigeru on October 21, hosted the President in Tokyo one week after taking office, and the two leaders pledged to carry the deal out. Congress may examine its terms, its legal basis, which the Supreme Court is now weighing, and its effects on U.S. producers and workers.

## From Threats to a Deal

The heaviest early blow fell on autos. A proclamation the President signed on March 26 under Section 232 of the Trade Expansion Act of 1962 added 25% to the duty on imported passenger vehicles and light trucks from April 3, with parts following on May 3; together with the 2.5% most-favored-nation (MFN) rate, a Japanese car paid 27.5%. The "reciprocal" tariff order of April 2 then assigned Japan 24%, though only a 10% baseline was collected once the higher country rates were paused a week later.

Talks began quickly. On April 7, following a telephone call from Prime Minister Ishiba, the White House said that Japan would be among the first countries it would negotiate with. Tokyo's chief negotiator, Akazawa Ryosei, made eight trips to Washington before a deal was reached. In a July 7 letter, the President warned that the rate on Japanese goods would rise to 25% on August 1.

## What the Deal Provides

As implemented, the agreement has four main elements:

- A single tariff. Since August 7, Japanese goods have paid one rate under the International Emergency Economic Powers Act (IEEPA), 15%, inclusive of the MFN duty; goods whose MFN rate is 15% or higher pay no IEEPA tariff at all. For about a month the rate was added on top of MFN duties; the September order corrected this and provides for refunds.
- Autos. Japanese cars and parts have faced a combined Section 232 and MFN rate of 15% since September 16.
- Investment. Japan is to supply $550 billion for U.S. projects that the President selects, before January 19, 2029. Cash flows are to be split evenly until Japan recovers its outlay; after that, 90% goes to the United States.
- Purchases. Japan is to buy 100 Boeing aircraft, increase its purchases of U.S. rice by 75%, and buy $8 billion a year of U.S. farm goods.

Table 1. U.S. Tariffs on Japanese Goods

| Product | Authority | Mid-2025 | Now |
| --- | --- | --- | --- |
| Most goods | IEEPA | 10% | 15% |
| Cars and parts | Sec. 232 | 27.5% | 15% |
| Steel, aluminum | Sec. 232 | 50% | 50% |
| Copper | Sec. 232 | 50% | 50% |

Source: CRS, from proclamations and executive orders. Rates for most goods and autos include MFN duties.

Other partners struck similar bargains. South Korea's deal included a $350 billion investment pledge, and the European Union's a reference to $600 billion of investment by European firms.

## The Court Case

Whether the President may impose tariffs under IEEPA is now before the Supreme Court, which heard oral argument on November 5. The Court of International Trade had ruled against the tariffs in May, and the Federal Circuit agreed on August 29; the duties remain in place pending a decision. Should they fall, the Administration has said it could turn to other authorities, among them Section 122 of the Trade Act of 1974, under which a surcharge of up to 15% may last 150 days, and Section 301. The Section 232 duties on Japanese autos would be unaffected.

## Politics in Tokyo

Japan's political map has been redrawn since the deal. The Liberal Democratic Party (LDP) and Komeito, which had lost their majority in the lower house in the October 2024 general election, lost control of the House of Councillors as well on July 20. Ishiba said in September that he would step down, and Takaichi won the LDP leadership race on October 4. Komeito then left the coalition after 26 years; the LDP's new partner, the Japan Innovation Party (Ishin), backs Takaichi without taking cabinet posts. Her government lacks a majority in either chamber. During the President's October 28 visit, the two leaders signed a framework on critical minerals and rare earths, and the Commerce Department listed Japanese companies' interest in projects worth up to $400 billion.

## Trade and Investment Ties

Japan ranked sixth among U.S. trading partners in 2024. U.S. exports of goods and services to Japan that year came to about $129 billion, of which goods made up $79.7 billion; services accounted for the remaining $49.4 billion. Imports from Japan were larger, at $192.4 billion. Goods supplied $149.6 billion of that total and services the rest, $42.8 billion.

**Figure 1. U.S. Imports of Motor Vehicles and Parts from Japan, 2020-2024**

Source: CRS, with U.S. Census Bureau data.

The $69.9 billion gap in goods trade was the seventh-largest U.S. bilateral goods deficit in 2024, behind those with China, Mexico, Vietnam, Ireland, Germany, and Taiwan. In the first half of 2025 it narrowed to roughly $36 billion, as Japanese shipments of cars declined.

Every year since 2019, Japan has been the leading source of foreign direct investment (FDI) in the United States. Its FDI stock stood at roughly $780 billion at the end of 2024, about ten times the U.S. stock in Japan, some $74 billion. Japanese holdings of U.S. Treasury securities, about $1.2 trillion in September, exceed those of any other foreign country, the United Kingdom and China included.

## Earlier Agreements

The first-term negotiations, which opened in April 2019, produced two "stage one" accords, both signed on October 7, 2019: the U.S.-Japan Trade Agreement (USJTA), which cut or removed tariffs on some agricultural and industrial goods, and the U.S.-Japan Digital Trade Agreement. Each entered into force on January 1, 2020. A Critical Minerals Agreement, signed on March 28, 2023, lets minerals processed in Japan count toward U.S. clean vehicle tax credits. The talks on a broader second stage never began.

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Kyla H. Kitamura**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Trump", "Donald", "President Donald J. Trump"),
        "leaders.japan_prime_minister": P("Takaichi", "Sanae", "Prime Minister Takaichi Sanae", note="family name first; Ishiba Shigeru is her predecessor"),
        "tariffs.us_tariff_most_imports": F(15, period="2025-08-07", as_written="Since August 7, Japanese goods have paid one rate under the International Emergency Economic Powers Act (IEEPA), 15%, inclusive of the MFN duty", note="bullet; year from the cover; also Table 1's 'Most goods' row, 'Now' column"),
        "tariffs.ieepa_rate": F(15, period="2025-08-07", as_written="Since August 7, Japanese goods have paid one rate under the International Emergency Economic Powers Act (IEEPA), 15%", note="bullet; the same rate"),
        "tariffs.section232_autos": F(15, as_written="Japanese cars and parts have faced a combined Section 232 and MFN rate of 15% since September 16", note="bullet; also Table 1's 'Cars and parts' row, 'Now' column"),
        "framework.announced": D("2025-07-22", as_written="President Donald J. Trump announced on July 22 that the two governments had reached an agreement", note="year from the cover; the September 4 order and MOU are not the announcement"),
        "framework.investment_pledge": F(550000000000, by="2029-01-19", as_written="Japan is to supply $550 billion for U.S. projects that the President selects, before January 19, 2029"),
        "trade.overall_partner_rank": F(6, period="2024", as_written="Japan ranked sixth among U.S. trading partners in 2024"),
        "trade.us_exports_to_japan": F(129000000000, "about", period="2024", as_written="U.S. exports of goods and services to Japan that year came to about $129 billion"),
        "trade.us_goods_exports_to_japan": F(79700000000, period="2024", as_written="of which goods made up $79.7 billion"),
        "trade.us_services_exports_to_japan": F(49400000000, period="2024", as_written="services accounted for the remaining $49.4 billion"),
        "trade.us_imports_from_japan": F(192400000000, period="2024", as_written="Imports from Japan were larger, at $192.4 billion", note="year carried"),
        "trade.us_goods_imports_from_japan": F(149600000000, period="2024", as_written="Goods supplied $149.6 billion of that total"),
        "trade.us_services_imports_from_japan": F(42800000000, period="2024", as_written="and services the rest, $42.8 billion"),
        "trade.goods_deficit": F(69900000000, period="2024", as_written="The $69.9 billion gap in goods trade was the seventh-largest U.S. bilateral goods deficit in 2024"),
        "trade.goods_deficit_rank": F(7, period="2024", as_written="the seventh-largest U.S. bilateral goods deficit in 2024"),
        "trade.fdi_source_rank": F(1, as_written="Every year since 2019, Japan has been the leading source of foreign direct investment (FDI) in the United States", note="no period: a span of years"),
        "trade.japan_fdi_stock_in_us": F(780000000000, "about", period="2024", as_written="Its FDI stock stood at roughly $780 billion at the end of 2024"),
        "trade.us_fdi_stock_in_japan": F(74000000000, "about", period="2024", as_written="the U.S. stock in Japan, some $74 billion", note="year carried from the same sentence"),
        "trade.treasury_holder_rank": F(1, period="2025-09", as_written="Japanese holdings of U.S. Treasury securities, about $1.2 trillion in September, exceed those of any other foreign country"),
        "agreements.usjta_signed": D("2019-10-07", as_written="produced two \"stage one\" accords, both signed on October 7, 2019: the U.S.-Japan Trade Agreement (USJTA)"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="Each entered into force on January 1, 2020"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="Each entered into force on January 1, 2020"),
        "agreements.critical_minerals_signed": D("2023-03-28", as_written="A Critical Minerals Agreement, signed on March 28, 2023"),
    },
    "elections": {
        "lower_house_2024": E("Lower House", "2024-10", "held", result="LDP and Komeito lost their majority"),
        "upper_house_2025": E("Upper House", "2025-07-20", "held", result="ruling parties lost control", note="year from the cover"),
        "ldp_president_2025": E("LDP president", "2025-10-04", "held", result="Takaichi won", note="year from the cover"),
    },
    "events": {
        "section232_autos_proclamation": EV("Section 232 proclamation on autos and parts", "2025-03-26", "held"),
        "tariff_talks_announced": EV("White House says Japan will be among the first countries to negotiate", "2025-04-07", "held"),
        "first_negotiating_round": EV("First-term U.S.-Japan trade negotiations open", "2019-04", "held"),
    },
    "notes": "Traps: 'whose automakers are among the largest suppliers of cars to the U.S. market'; 'an executive order and a memorandum of understanding (MOU) on investment, both dated September 4' (not the announcement); 'who succeeded Ishiba Shigeru on October 21' (former prime minister) and 'one week after taking office'; 'which the Supreme Court is now weighing' (no ruling); 'Section 232 of the Trade Expansion Act of 1962' (a law's year); 'added 25% to the duty on imported passenger vehicles and light trucks from April 3, with parts following on May 3' and 'together with the 2.5% most-favored-nation (MFN) rate, a Japanese car paid 27.5%' (past auto rates); 'The \"reciprocal\" tariff order of April 2 then assigned Japan 24%' (announced, never collected), 'though only a 10% baseline was collected once the higher country rates were paused a week later' (past rate on most goods); 'made eight trips to Washington'; 'In a July 7 letter, the President warned that the rate on Japanese goods would rise to 25% on August 1' (threatened); bullet 'goods whose MFN rate is 15% or higher pay no IEEPA tariff at all'; bullet 'For about a month the rate was added on top of MFN duties; the September order corrected this'; bullet 'Cash flows are to be split evenly until Japan recovers its outlay; after that, 90% goes to the United States'; bullet '100 Boeing aircraft, increase its purchases of U.S. rice by 75%, and buy $8 billion a year of U.S. farm goods' (purchases, not the pledge); Table 1's 'Mid-2025' column (10% most goods and 27.5% autos: past rates), its steel/aluminum and copper rows (50%: product tariffs); 'South Korea's deal included a $350 billion investment pledge, and the European Union's a reference to $600 billion' (other partners); 'heard oral argument on November 5' (argument, not the ruling: no tariffs.ieepa_ruling), 'The Court of International Trade had ruled against the tariffs in May, and the Federal Circuit agreed on August 29' (lower courts); 'Section 122 of the Trade Act of 1974, under which a surcharge of up to 15% may last 150 days' (a possible authority, never applied: no Section 122 fact); 'Komeito then left the coalition after 26 years'; 'the Japan Innovation Party (Ishin)'; 'Ishiba said in September that he would step down'; 'During the President's October 28 visit, the two leaders signed a framework on critical minerals and rare earths' (not the 2023 agreement) and 'projects worth up to $400 billion' (not the pledge); Figure 1 (motor vehicle imports 2020-2024, $ billions, ticks 0-60, no value labels); 'In the first half of 2025 it narrowed to roughly $36 billion' (partial year); 'Every year since 2019' (a span, not a rank); 'about ten times the U.S. stock in Japan' (a ratio); 'about $1.2 trillion in September' (holdings, not FDI); 'the United Kingdom and China included'; 'The talks on a broader second stage never began'. PDF: ligature characters, curly quotes, NBSP between a number and billion.",
}
