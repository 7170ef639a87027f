from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "RB2-IF11120-2026-10", "fresh37", "IF11120", 27
TITLE = "U.S.-Japan Trade Agreements and Tariff Negotiations"
LAYOUTS = ["pdf", "interleaved"]
PDF_OPTS = ["quotes", "nbsp", "hyph"]
CHART = {"unit": "$ billions", "ymax": 160, "ticks": [0, 40, 80, 120, 160],
         "series": ["Goods exports to Japan", "Goods imports from Japan"],
         "bars": {"2021": (74.6, 135.1), "2022": (80.2, 148.1), "2023": (76.9, 148.0), "2024": (79.7, 149.6), "2025": (77.6, 144.2)}}

MD = """
U.S.-Japan Trade Agreements and Tariff Negotiations

Updated October 14, 2026

## Overview

For the third time in less than a year, the legal footing of the main U.S. duty on Japanese goods has shifted. Since July, most imports from Japan have been charged a 12.5% tariff that the U.S. Trade Representative (USTR) imposed under Section 301 of the Trade Act of 1974, at the close of an investigation into Japanese trade practices. That duty replaced a temporary surcharge levied under Section 122 of the same statute. The surcharge, 10% on goods from Japan and nearly all other partners, had in turn been put in place after the Supreme Court held, on February 20, 2026, that the International Emergency Economic Powers Act (IEEPA) does not let the President impose tariffs. The ruling wiped out the 15% IEEPA rate at the center of the 2025 bilateral framework.

Tokyo has called the Section 301 action inconsistent with that framework but has not walked away from it. Its largest element, a Japanese commitment to finance $550 billion of investment in the United States, remains in force on paper, and Japan continues to fund projects under it. Some Members of Congress have asked whether the Administration can hold Japan to the framework's terms while no longer applying the tariff rate on which they were built.

## How the Framework Came About

Japan was an early target of the Administration's 2025 tariff program. On April 2, 2025, the President announced "reciprocal" tariffs under IEEPA, with a 24% rate set for Japan; a week later, he suspended all rates above a 10% baseline for 90 days. Before the pause, on April 7, the White House had said that Japan would be among the first countries with which it would negotiate. Japan's chief negotiator, Akazawa Ryosei, held his opening session with U.S. officials in Washington ten days later and would make seven more trips over the following three months. In a July 7 letter to then-Prime Minister Ishiba Shigeru, the President warned that a 25% rate would apply from August 1 absent a deal.

An agreement was announced by President Donald J. Trump on July 22, 2025. An executive order on September 4 implemented it, and the two governments signed a memorandum of understanding (MOU) on investment the same day. Its main terms were these:

- Most Japanese goods would pay a single IEEPA tariff of 15%, inclusive of most-favored-nation (MFN) duties, effective August 7, 2025; goods whose MFN rate already exceeded 15% would pay no more than that rate.
- The Section 232 duty on Japanese passenger vehicles and auto parts would drop to 15%, which happened on September 16, 2025, from the 27.5% charged since April 3 of that year.
- Japan would make $550 billion available for investment in U.S. projects selected by the U.S. government, before January 19, 2029. Cash flow from each project is split evenly until Japan recovers its outlay; after that, nine-tenths goes to the United States.
- Japan would buy 100 Boeing aircraft, expand purchases of U.S. rice by three-quarters, and import $8 billion a year of other U.S. farm goods.

## After the Court's Decision

The Court's 6-3 decision left tariffs under Section 232 untouched. Japanese cars and parts therefore still enter at the framework's 15%. Steel, aluminum, and copper from Japan pay 50%, and medium and heavy trucks have paid 25% since November 2025.

Within days of the ruling, the President invoked Section 122, which allows a surcharge of up to 15% for no more than 150 days to address balance-of-payments problems. The surcharge was set at 10% and took effect on February 24. The President said he would raise it to the 15% ceiling, but did not. Because Congress did not extend it, the surcharge ran out on July 23.

USTR had opened Section 301 investigations of several trading partners in March. In Japan's case, it proposed in May a tariff of 15%, matching the voided IEEPA rate, before settling on the lower 12.5%, effective July 24. Its findings cite Japanese practices that it deems unreasonable and burdensome to U.S. commerce. Japan has asked for consultations and reserved its rights at the World Trade Organization.

Table 1. U.S. Tariffs on Most Goods from Japan

| In effect | Authority | Rate |
| --- | --- | --- |
| Apr. 5-Aug. 6, 2025 | IEEPA (baseline) | 10% |
| Aug. 7, 2025-Feb. 23, 2026 | IEEPA (framework) | 15% |
| Feb. 24-July 23, 2026 | Section 122 | 10% |
| From July 24, 2026 | Section 301 | 12.5% |

Source: CRS, from presidential proclamations, executive orders, and USTR notices.

Importers have filed claims at the U.S. Court of International Trade for refunds of IEEPA duties; on Japanese goods alone, those payments are estimated at close to $30 billion. Meanwhile, the two governments' investment committee has approved a first set of three energy and manufacturing projects, valued together at about $36 billion.

## Politics in Tokyo

Prime Minister Takaichi Sanae won the Liberal Democratic Party (LDP) presidency on October 4, 2025, and became prime minister later that month, succeeding Ishiba, under whose leadership the ruling parties had lost their Upper House majority that July. She dissolved the Lower House in January, and in the election held February 8 of this year, the LDP won a large majority. It now governs with the Japan Innovation Party (Ishin). The next regular national vote is the Upper House election due in July 2028; Takaichi's term as party president runs until September 2027.

## Trade and Investment Ties

Counting goods and services together, Japan was the sixth-largest U.S. trading partner last year. U.S. exports to Japan came to $131.4 billion, of which services made up $53.8 billion and goods the remaining $77.6 billion. Imports from Japan were larger: $189.9 billion, with goods and services at $144.2 billion and $45.7 billion, respectively.

**Figure 1. U.S. Goods Trade with Japan, 2021-2025**

Source: CRS, with U.S. Census Bureau data.

At $66.6 billion in 2025, down from $69.9 billion a year earlier, the U.S. goods deficit with Japan was the ninth-largest with any country. Census data for the first eight months of 2026 show goods imports from Japan roughly 9% lower than in the same months of 2025, led by a drop in vehicle shipments.

Japan remains the largest foreign direct investor in the United States, a position it has held since 2019. Its FDI stock reached $776 billion at the end of 2025, and U.S. direct investment in Japan, about $74 billion, stood at under a tenth of that. Nippon Steel's $14.9 billion acquisition of U.S. Steel, completed in June 2025, is the largest recent Japanese deal. Japan is also first among foreign holders of U.S. Treasury securities, with about $1.2 trillion as of July 2026; the United Kingdom is second.

## Earlier Agreements

The first Trump Administration's negotiations with Japan, which opened in April 2019, produced two agreements: the U.S.-Japan Trade Agreement (USJTA), which cut tariffs on selected farm and industrial goods, and the U.S.-Japan Digital Trade Agreement. Both were signed on October 7, 2019, and both took effect on January 1, 2020. A U.S.-Japan Critical Minerals Agreement followed on March 28, 2023, allowing certain minerals processed in Japan to count toward U.S. electric-vehicle tax credits. In October 2025, the two leaders added a separate framework for securing supplies of rare earths and other critical minerals.

## Issues for Congress

- Whether Section 301, which targets unfair practices, is a suitable vehicle for reviving a negotiated tariff level.
- How the $550 billion in investment is selected and overseen, and whether the returns split with Japan are reported to Congress.
- Whether to extend or revise the Section 122 authority, which Congress has never lengthened.

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Kyla H. Kitamura**, Analyst in Asian Affairs
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Trump", "Donald", "President Donald J. Trump"),
        "leaders.japan_prime_minister": P("Takaichi", "Sanae", "Prime Minister Takaichi Sanae", note="family name first; Ishiba the former prime minister"),
        "tariffs.us_tariff_most_imports": F(12.5, period="2026-07", as_written="Since July, most imports from Japan have been charged a 12.5% tariff that the U.S. Trade Representative (USTR) imposed under Section 301 of the Trade Act of 1974", note="also Table 1's last row, 'From July 24, 2026'"),
        "tariffs.ieepa_rate": F(15, period="2025-08-07", as_written="The ruling wiped out the 15% IEEPA rate at the center of the 2025 bilateral framework", note="the framework rate though voided (extract-dev D6); also bullet 'a single IEEPA tariff of 15% ... effective August 7, 2025' and Table 1's framework row"),
        "tariffs.section232_autos": F(15, as_written="The Section 232 duty on Japanese passenger vehicles and auto parts would drop to 15%, which happened on September 16, 2025", note="also 'Japanese cars and parts therefore still enter at the framework's 15%'"),
        "tariffs.section122_surcharge": F(10, as_written="The surcharge, 10% on goods from Japan and nearly all other partners", note="also 'The surcharge was set at 10% and took effect on February 24'; expired July 23"),
        "tariffs.ieepa_ruling": D("2026-02-20", as_written="after the Supreme Court held, on February 20, 2026, that the International Emergency Economic Powers Act (IEEPA) does not let the President impose tariffs"),
        "framework.announced": D("2025-07-22", as_written="An agreement was announced by President Donald J. Trump on July 22, 2025"),
        "framework.investment_pledge": F(550000000000, by="2029-01-19", as_written="Japan would make $550 billion available for investment in U.S. projects selected by the U.S. government, before January 19, 2029"),
        "trade.overall_partner_rank": F(6, period="2025", as_written="Counting goods and services together, Japan was the sixth-largest U.S. trading partner last year", note="'last year' on a 2026 cover"),
        "trade.us_exports_to_japan": F(131400000000, period="2025", as_written="U.S. exports to Japan came to $131.4 billion", note="year carried from 'last year'"),
        "trade.us_services_exports_to_japan": F(53800000000, period="2025", as_written="of which services made up $53.8 billion"),
        "trade.us_goods_exports_to_japan": F(77600000000, period="2025", as_written="and goods the remaining $77.6 billion"),
        "trade.us_imports_from_japan": F(189900000000, period="2025", as_written="Imports from Japan were larger: $189.9 billion"),
        "trade.us_goods_imports_from_japan": F(144200000000, period="2025", as_written="with goods and services at $144.2 billion and $45.7 billion, respectively"),
        "trade.us_services_imports_from_japan": F(45700000000, period="2025", as_written="with goods and services at $144.2 billion and $45.7 billion, respectively"),
        "trade.goods_deficit": F(66600000000, period="2025", as_written="At $66.6 billion in 2025, down from $69.9 billion a year earlier, the U.S. goods deficit with Japan"),
        "trade.goods_deficit_rank": F(9, period="2025", as_written="the U.S. goods deficit with Japan was the ninth-largest with any country"),
        "trade.fdi_source_rank": F(1, as_written="Japan remains the largest foreign direct investor in the United States, a position it has held since 2019"),
        "trade.japan_fdi_stock_in_us": F(776000000000, period="2025", as_written="Its FDI stock reached $776 billion at the end of 2025"),
        "trade.us_fdi_stock_in_japan": F(74000000000, "about", period="2025", as_written="U.S. direct investment in Japan, about $74 billion, stood at under a tenth of that", note="year carried from the clause before; 'under a tenth' a ratio"),
        "trade.treasury_holder_rank": F(1, period="2026-07", as_written="Japan is also first among foreign holders of U.S. Treasury securities, with about $1.2 trillion as of July 2026"),
        "agreements.usjta_signed": D("2019-10-07", as_written="Both were signed on October 7, 2019"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="both took effect on January 1, 2020"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="both took effect on January 1, 2020", note="'both' = the USJTA and the Digital Trade Agreement"),
        "agreements.critical_minerals_signed": D("2023-03-28", as_written="A U.S.-Japan Critical Minerals Agreement followed on March 28, 2023"),
    },
    "elections": {
        "upper_house_2025": E("Upper House", "2025-07", "held", result="ruling parties lost their majority", note="'that July' after October 2025"),
        "ldp_president_2025": E("LDP president", "2025-10-04", "held", result="Takaichi Sanae won"),
        "lower_house_2026": E("Lower House", "2026-02-08", "held", result="LDP won a large majority", note="'February 8 of this year'"),
        "upper_house_2028": E("Upper House", "2028-07", "upcoming"),
    },
    "events": {
        "tariff_talks_announced": EV("White House says Japan will be among the first countries it negotiates with on tariffs", "2025-04-07", "held"),
        "section122_surcharge_expired": EV("The 10% Section 122 surcharge runs out after 150 days, not extended by Congress", "2026-07-23", "held"),
        "first_negotiating_round": EV("The first Trump Administration's trade negotiations with Japan open", "2019-04", "held"),
    },
    "notes": "Traps: 'For the third time in less than a year'; 'Section 301 of the Trade Act of 1974' and 'Section 122 of the same statute' (law year); 'The surcharge, 10% ...' (the Section 122 fact, no longer the tariff on most imports); 'The ruling wiped out the 15% IEEPA rate' (IEEPA rate, past); 'On April 2, 2025, ... with a 24% rate set for Japan' (announced, suspended) and 'suspended all rates above a 10% baseline for 90 days' (past baseline); 'Akazawa Ryosei, held his opening session with U.S. officials in Washington ten days later' (the 2025 talks' first session, not the tracked 2019 first round) and 'seven more trips over the following three months'; 'In a July 7 letter to then-Prime Minister Ishiba Shigeru, the President warned that a 25% rate would apply from August 1' (threatened; former prime minister); 'An executive order on September 4 ... memorandum of understanding (MOU) on investment the same day' (not the announcement); bullet 'goods whose MFN rate already exceeded 15%'; bullet 'from the 27.5% charged since April 3 of that year' (past auto rate); bullet 'Cash flow from each project is split evenly ... nine-tenths goes to the United States'; bullet '100 Boeing aircraft, ... rice by three-quarters, and ... $8 billion a year' (purchases); 'The Court's 6-3 decision'; 'Steel, aluminum, and copper from Japan pay 50%, and medium and heavy trucks have paid 25% since November 2025' (other Section 232 products); 'a surcharge of up to 15% for no more than 150 days' (statutory cap); 'The President said he would raise it to the 15% ceiling, but did not'; 'it proposed in May a tariff of 15%, matching the voided IEEPA rate, before settling on the lower 12.5%, effective July 24' (proposed rate); Table 1's earlier rows (10% baseline, 15% IEEPA framework, 10% Section 122: past rates; the last row 12.5% is the current tariff); 'estimated at close to $30 billion' (refunds); 'three energy and manufacturing projects, valued together at about $36 billion' (not the pledge); 'became prime minister later that month, succeeding Ishiba' (former prime minister); 'She dissolved the Lower House in January'; 'the Japan Innovation Party (Ishin)'; 'Takaichi's term as party president runs until September 2027' (term end alone, no election); Figure 1 (goods exports and imports 2021-2025, two series, ticks 0-160, year labels, no values); 'down from $69.9 billion a year earlier' (2024 deficit); 'the first eight months of 2026 ... roughly 9% lower' (partial year); 'a position it has held since 2019' (a span, not a rank); 'stood at under a tenth of that' (ratio); 'Nippon Steel's $14.9 billion acquisition of U.S. Steel, completed in June 2025'; 'about $1.2 trillion' (Treasury holdings) and 'the United Kingdom is second'; 'which opened in April 2019' (the tracked first round, month precision); 'In October 2025, the two leaders added a separate framework for securing supplies of rare earths' (not the 2023 agreement); Issues bullets ('$550 billion' repeated; Section 122 authority). PDF: curly quotes, NBSP, hyphenated line ends; interleaved: the two columns' lines alternate, Table 1, Figure 1 and the bullet lists among them.",
}
