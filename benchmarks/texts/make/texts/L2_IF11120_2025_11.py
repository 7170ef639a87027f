from lib import F, D, P, E, EV

NAME, SET, BRIEF, VERSION = "L2-IF11120-2025-11", "fresh7", "IF11120", 22
TITLE = "U.S.-Japan Trade Agreements and Tariff Negotiations"
LAYOUTS = ["md", "pdf"]
PDF_OPTS = ["lig", "nbsp"]
CHART = {"unit": "$ billions", "ymax": 60, "ticks": [0, 15, 30, 45, 60],
         "series": ["U.S. imports of Japanese motor vehicles and parts"],
         "bars": {"2020": (40.9,), "2021": (43.8,), "2022": (48.6,), "2023": (55.9,), "2024": (55.2,)}}

MD = """
U.S.-Japan Trade Agreements and Tariff Negotiations

Updated November 21, 2025

## Overview

The United States and Japan are implementing a framework on trade and investment that President Donald J. Trump announced in July 2025, after three months of tariff negotiations. Under it, most imports from Japan face a single U.S. tariff of fifteen percent, and Japan has undertaken to finance $550 billion of investment in the United States. Japan's new Prime Minister, Takaichi Sanae, in office since October 21, 2025, has said she will honor the commitments made by her predecessor, Ishiba Shigeru. The framework's central tariff rests on the International Emergency Economic Powers Act (IEEPA), whose use for tariffs is now before the Supreme Court. Section 232 tariffs, which the litigation does not touch, cover a growing share of Japanese goods.

Japan is a major U.S. trading partner and the largest foreign investor in the United States. Members of Congress have followed the negotiations closely, with attention to market access for U.S. agriculture, the effects of tariffs on U.S. automakers and their suppliers, and the scope of presidential tariff authority.

## From Tariff Threats to Talks

Japan was among the first U.S. allies hit by the Administration's 2025 tariffs. A 25% Section 232 tariff on imported automobiles took effect on April 3, and on many auto parts on May 3; added to the 2.5% most-favored-nation (MFN) duty, the total on Japanese passenger cars reached 27.5%. On April 2, the President announced "reciprocal" tariffs under IEEPA, assigning Japan a country rate of 24%. A 10% baseline tariff on nearly all partners applied from April 5. The higher country rates took effect on April 9 and were suspended for 90 days later that day.

Negotiations followed a telephone call between the President and then-Prime Minister Ishiba on April 7, 2025, in which the two agreed to hold talks. Japan's chief negotiator, Akazawa Ryosei, made repeated trips to Washington. On July 7, with no deal in hand, the President wrote to Ishiba that Japanese goods would face a 25% tariff from August 1.

## The July 2025 Framework

The President disclosed the deal on July 22, 2025, after meeting Akazawa at the White House. The two governments did not sign a single text; they issued separate and partly differing descriptions, and implementation awaited U.S. executive action. A July 31 executive order set Japan's IEEPA rate at 15% from August 7 but applied it on top of existing MFN duties, contrary to Tokyo's understanding. A second executive order, signed on September 4, brought U.S. practice in line with the framework and made the change retroactive to August 7; the same day, the two governments signed a memorandum of understanding (MOU) on investment. As implemented, the framework provides as follows:

- Most Japanese goods pay 15% in all. The MFN duty is counted inside that figure, and goods whose MFN rate is already 15% or more pay no IEEPA duty.
- Cars and auto parts from Japan were brought under the same ceiling. Entered on or after September 16, 2025, they pay 15% under Section 232, MFN duty included.
- Japan is to fund $550 billion in U.S. projects, chosen by the President on the advice of an investment committee chaired by the Secretary of Commerce, before January 19, 2029. Cash flow is split evenly until Japan recovers its outlay; after that, 90% goes to the United States.
- Japan is to buy $8 billion a year of U.S. farm products and 100 Boeing aircraft and to raise its purchases of U.S. rice by 75% within its existing minimum-access quota.
- Any future Section 232 tariffs on Japanese pharmaceuticals or semiconductors are to be no higher than those applied to any other partner.

Other partners struck similar bargains. The European Union's framework, announced on July 27, also sets a 15% ceiling and records $600 billion in intended corporate investment. South Korea, whose arrangement was completed on October 29 during the APEC meetings in Gyeongju, pledged $350 billion, $200 billion of it in cash installments capped at $20 billion a year. British goods face a 10% rate.

During a visit to Tokyo on October 28, Trump and Takaichi signed a framework on securing supplies of critical minerals and rare earths, and the Department of Commerce published a list of Japanese companies interested in financing projects under the MOU, in sectors such as power generation, nuclear energy, and artificial intelligence infrastructure.

Table 1. U.S. Tariffs on Goods from Japan, November 2025

| Product | Basis | Rate | From |
| --- | --- | --- | --- |
| Most goods | IEEPA | 15%† | Aug. 2025 |
| Cars, auto parts | Sec. 232 | 15%† | Sep. 2025 |
| Steel, aluminum | Sec. 232 | 50% | Jun. 2025 |
| Copper products | Sec. 232 | 50% | Aug. 2025 |
| Heavy trucks | Sec. 232 | 25% | Nov. 2025 |

Source: CRS, from executive orders and presidential proclamations. † Includes the MFN duty.

## Section 232 Actions

Outside the carve-outs the framework specifies, Section 232 duties apply to Japan as to other partners. Steel, aluminum, and many of their derivatives have paid 50% since June 4, 2025, double the rate set in March; semi-finished copper products have paid 50% since August 1. Softwood lumber and timber (10%) and upholstered furniture and kitchen cabinets (25%) became dutiable on October 14, with the combined rate on Japanese furniture and cabinets limited to 15%. Medium- and heavy-duty trucks followed at 25%, and buses at 10%, on November 1. Commerce investigations of semiconductors, pharmaceuticals, critical minerals, robotics, and other products remain open.

## IEEPA Litigation

Importers and 12 states have challenged the IEEPA tariffs. The U.S. Court of International Trade held on May 28, 2025, that the statute does not authorize them, and the U.S. Court of Appeals for the Federal Circuit, sitting en banc, largely affirmed on August 29, by a vote of 7-4. Both courts left the tariffs in place pending appeal. The Supreme Court agreed to hear the consolidated cases on an expedited basis and heard argument on November 5; several justices questioned the government's reading of the statute. No decision has been issued. A ruling against the tariffs would remove the legal basis for the 15% rate on most Japanese goods, and raise the question of refunds, but would leave Section 232 tariffs, including those on autos, in force. The Administration has said it could reimpose tariffs under other statutes. On November 14, the President exempted a range of agricultural products, among them coffee, tea, and some fruits, from the IEEPA tariffs.

## Politics in Tokyo

Ishiba announced his resignation on September 7, after the ruling parties lost their majority in the Upper House election of July 20, 2025, following a similar loss in the Lower House in October 2024. Takaichi won the LDP presidential election on October 4, 2025, defeating Koizumi Shinjiro in a runoff, and became Japan's first female prime minister. Her government lacks a majority in either chamber. Komeito, the LDP's partner since 1999, left the coalition on October 10; the LDP then reached a policy accord with the Japan Innovation Party (Ishin), which backs the government without holding cabinet posts. Akazawa now heads the Ministry of Economy, Trade and Industry, which has a role in the investment program.

## Trade and Investment Ties

Japan came in sixth among U.S. trading partners in 2024 (goods and services combined). The United States sold Japan $129.1 billion of goods and services that year and bought $192.4 billion from it; Table 2 shows the components. Vehicles and parts, the product group most exposed to the tariffs, accounted for about $55 billion of U.S. goods imports from Japan (Figure 1).

Table 2. U.S. Trade with Japan, 2024 ($ billions)

| | U.S. exports | U.S. imports | Balance |
| --- | --- | --- | --- |
| Goods | 79.7 | 149.6 | -69.9 |
| Services | 49.4 | 42.8 | 6.6 |
| Total | 129.1 | 192.4 | -63.3 |

Source: BEA, international transactions data.

**Figure 1. U.S. Imports of Japanese Motor Vehicles and Parts, 2020-2024**

Source: CRS, with U.S. Census Bureau data.

In goods alone, the United States ran a $69.9 billion deficit with Japan in 2024, the seventh-largest of its bilateral goods deficits; China, Mexico, Vietnam, Ireland, Germany, and Taiwan each accounted for more. Monthly Census data, delayed by the federal government shutdown of October and November, suggest the deficit narrowed in the first half of 2025 as Japanese automakers held down shipments.

Japanese companies owned $792.6 billion of direct investment in the United States at the end of 2024, more than companies from any other country, a lead Japan has held since 2019. U.S. firms' direct investment in Japan, some one hundred thirty-eight billion dollars, was about a sixth as large. Japan also remains the biggest foreign creditor of the U.S. government. Its holdings of Treasury securities, about $1.19 trillion in September 2025, exceeded those of the United Kingdom (about $865 billion) and China (about $700 billion).

## Earlier Agreements

The framework builds on three narrower agreements. The U.S.-Japan Trade Agreement (USJTA) and the companion U.S.-Japan Digital Trade Agreement were signed in October 2019 and entered into force together on January 1, 2020. The USJTA cut Japanese tariffs on about $7 billion of U.S. farm goods; talks on a second stage never began. The third, the U.S.-Japan Critical Minerals Agreement, was signed on March 28, 2023, and allows minerals extracted or processed in Japan to count toward the sourcing rules of the clean-vehicle tax credit, a credit that ended for vehicles acquired after September 30, 2025.

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Kyla H. Kitamura**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Trump", "Donald", "President Donald J. Trump"),
        "leaders.japan_prime_minister": P("Takaichi", "Sanae", "Japan's new Prime Minister, Takaichi Sanae, in office since October 21, 2025", note="family name first"),
        "tariffs.us_tariff_most_imports": F(15, period="2025-08-07", as_written="most imports from Japan face a single U.S. tariff of fifteen percent", note="number in words; also bullet 'Most Japanese goods pay 15% in all' and Table 1's 'Most goods' row"),
        "tariffs.ieepa_rate": F(15, period="2025-08-07", as_written="A July 31 executive order set Japan's IEEPA rate at 15% from August 7", note="stacked on MFN duties until the September 4 order made it MFN-inclusive retroactively; Table 1 'Most goods | IEEPA | 15%† | Aug. 2025' († Includes the MFN duty)"),
        "tariffs.section232_autos": F(15, as_written="Cars and auto parts from Japan were brought under the same ceiling. Entered on or after September 16, 2025, they pay 15% under Section 232, MFN duty included", note="subject 'they' carried from the sentence before; Table 1's autos row"),
        "framework.announced": D("2025-07-22", as_written="The President disclosed the deal on July 22, 2025, after meeting Akazawa at the White House", note="also 'a framework ... that President Donald J. Trump announced in July 2025' (month) in the overview"),
        "framework.investment_pledge": F(550000000000, by="2029-01-19", as_written="Japan is to fund $550 billion in U.S. projects, chosen by the President ..., before January 19, 2029", note="also 'Japan has undertaken to finance $550 billion of investment in the United States' in the overview"),
        "trade.overall_partner_rank": F(6, period="2024", as_written="Japan came in sixth among U.S. trading partners in 2024 (goods and services combined)"),
        "trade.us_exports_to_japan": F(129100000000, period="2024", as_written="The United States sold Japan $129.1 billion of goods and services that year", note="year carried; also Table 2 Total row"),
        "trade.us_goods_exports_to_japan": F(79700000000, period="2024", as_written="Table 2, Goods row, U.S. exports: 79.7 ($ billions)", note="only in Table 2"),
        "trade.us_services_exports_to_japan": F(49400000000, period="2024", as_written="Table 2, Services row, U.S. exports: 49.4 ($ billions)", note="only in Table 2"),
        "trade.us_imports_from_japan": F(192400000000, period="2024", as_written="and bought $192.4 billion from it", note="also Table 2 Total row"),
        "trade.us_goods_imports_from_japan": F(149600000000, period="2024", as_written="Table 2, Goods row, U.S. imports: 149.6 ($ billions)", note="only in Table 2"),
        "trade.us_services_imports_from_japan": F(42800000000, period="2024", as_written="Table 2, Services row, U.S. imports: 42.8 ($ billions)", note="only in Table 2"),
        "trade.goods_deficit": F(69900000000, period="2024", as_written="In goods alone, the United States ran a $69.9 billion deficit with Japan in 2024", note="Table 2's goods balance -69.9 agrees"),
        "trade.goods_deficit_rank": F(7, period="2024", as_written="the seventh-largest of its bilateral goods deficits; China, Mexico, Vietnam, Ireland, Germany, and Taiwan each accounted for more"),
        "trade.fdi_source_rank": F(1, as_written="Japanese companies owned $792.6 billion of direct investment in the United States at the end of 2024, more than companies from any other country"),
        "trade.japan_fdi_stock_in_us": F(792600000000, period="2024", as_written="Japanese companies owned $792.6 billion of direct investment in the United States at the end of 2024"),
        "trade.us_fdi_stock_in_japan": F(138000000000, "about", period="2024", as_written="U.S. firms' direct investment in Japan, some one hundred thirty-eight billion dollars, was about a sixth as large", note="number in words; year carried from the sentence before"),
        "trade.treasury_holder_rank": F(1, as_written="Japan also remains the biggest foreign creditor of the U.S. government. Its holdings of Treasury securities ... exceeded those of the United Kingdom ... and China", note="the creditor sentence names no Treasuries; the next sentence, subject 'Its' carried, does"),
        "agreements.usjta_signed": D("2019-10", as_written="The U.S.-Japan Trade Agreement (USJTA) and the companion U.S.-Japan Digital Trade Agreement were signed in October 2019"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="and entered into force together on January 1, 2020"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="and entered into force together on January 1, 2020"),
        "agreements.critical_minerals_signed": D("2023-03-28", as_written="The third, the U.S.-Japan Critical Minerals Agreement, was signed on March 28, 2023"),
    },
    "elections": {
        "lower_house_2024": E("Lower House", "2024-10", "held", result="ruling parties lost their majority", note="'following a similar loss in the Lower House in October 2024'"),
        "upper_house_2025": E("Upper House", "2025-07-20", "held", result="ruling parties lost their majority"),
        "ldp_president_2025": E("LDP president", "2025-10-04", "held", result="Takaichi Sanae defeated Koizumi Shinjiro in a runoff"),
    },
    "events": {
        "tariff_talks_announced": EV("Trump and Ishiba agree by telephone to hold tariff talks", "2025-04-07", "held"),
    },
    "notes": "Traps: 'in office since October 21, 2025' (the PM's start date) and 'her predecessor, Ishiba Shigeru', 'then-Prime Minister Ishiba', 'Ishiba announced his resignation on September 7' (former PM); 'A 25% Section 232 tariff on imported automobiles took effect on April 3, and on many auto parts on May 3' and 'the total on Japanese passenger cars reached 27.5%' (past auto rates); 'the 2.5% most-favored-nation (MFN) duty'; 'assigning Japan a country rate of 24%' (announced, suspended); 'A 10% baseline tariff on nearly all partners applied from April 5' (past rate); 'suspended for 90 days'; 'would face a 25% tariff from August 1' (threatened); 'A July 31 executive order' and 'A second executive order, signed on September 4' and 'signed a memorandum of understanding (MOU) on investment' (implementation, not the announcement); bullet 'goods whose MFN rate is already 15% or more'; bullet 'after that, 90% goes to the United States' (profit split); bullet '$8 billion a year of U.S. farm products and 100 Boeing aircraft' and 'by 75%' (purchases); 'The European Union's framework, announced on July 27, also sets a 15% ceiling and records $600 billion in intended corporate investment' (another partner); 'South Korea ... pledged $350 billion, $200 billion of it in cash installments capped at $20 billion a year' (another partner); 'British goods face a 10% rate'; 'During a visit to Tokyo on October 28, Trump and Takaichi signed a framework on securing supplies of critical minerals and rare earths' (not the 2023 Critical Minerals Agreement; not the framework announcement); Table 1's steel/aluminum 50%, copper 50%, heavy trucks 25% rows (not autos); 'double the rate set in March'; 'Softwood lumber and timber (10%) and upholstered furniture and kitchen cabinets (25%)' and 'limited to 15%' (other Section 232 products); 'trucks followed at 25%, and buses at 10%, on November 1'; 'Importers and 12 states'; 'The U.S. Court of International Trade held on May 28, 2025' and 'largely affirmed on August 29, by a vote of 7-4' (lower courts, not the Supreme Court ruling); 'heard argument on November 5' and 'No decision has been issued' (no ruling date); 'On November 14, the President exempted a range of agricultural products'; 'defeating Koizumi Shinjiro in a runoff'; 'Komeito, the LDP's partner since 1999, left the coalition on October 10'; 'about $55 billion of U.S. goods imports from Japan' (vehicles and parts, a subset); Table 2's Services balance 6.6 and Total balance -63.3 (not the goods deficit); Figure 1 (PDF: years 2020-2024, ticks 0-60, one-series legend, no values); 'the federal government shutdown of October and November' and 'the deficit narrowed in the first half of 2025' (no amount); 'a lead Japan has held since 2019' (a year, not a rank); 'about a sixth as large' (ratio); 'about $1.19 trillion in September 2025', 'the United Kingdom (about $865 billion) and China (about $700 billion)' (holdings, other countries'); 'about $7 billion of U.S. farm goods' (USJTA coverage); 'a credit that ended for vehicles acquired after September 30, 2025'. PDF: ligature characters (fi/fl) and non-breaking spaces before billion/percent.",
}
