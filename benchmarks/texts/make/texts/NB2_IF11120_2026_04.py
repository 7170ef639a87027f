from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "NB2-IF11120-2026-04", "fresh33", "IF11120", 25
TITLE = "U.S.-Japan Trade Agreements and Tariff Negotiations"
LAYOUTS = ["layout", "html"]
PDF_OPTS = ["nbsp", "hyph"]
SIDEBAR = "Key Dates"
CHART = {"unit": "$ billions", "ymax": 160, "ticks": [0, 40, 80, 120, 160],
         "series": ["U.S. goods exports to Japan", "U.S. goods imports from Japan"],
         "bars": {"2021": (74.6, 135.1), "2022": (80.2, 148.1), "2023": (76.9, 148.0), "2024": (79.7, 149.6), "2025": (78.9, 142.1)}}

MD = """
U.S.-Japan Trade Agreements and Tariff Negotiations

Updated April 15, 2026

## Overview

Since late February, most goods from Japan have entered the United States under a temporary import surcharge of 10%. That duty, imposed under Section 122 of the Trade Act of 1974, replaced the "reciprocal" tariffs the Supreme Court struck down on February 20, 2026, when it held that the International Emergency Economic Powers Act (IEEPA) gives the President no power to levy tariffs. It lapses in late July unless Congress votes to extend it. Japan's government, led since last October by Prime Minister Takaichi Sanae, has said it will keep to the framework agreement it reached with President Donald Trump last year, including its pledge to invest in the United States, while it seeks clarity about what will follow the surcharge. Congress may weigh whether to extend the surcharge, whether to write the framework's terms into law, and how tariff refunds should be handled.

## How the Current Rates Came About

Japan was among the first countries the Administration approached once it announced global tariffs. On April 7, 2025, the White House named Japan as a priority partner for talks. Five days earlier, a 24% rate had been announced for Japanese goods; it was paused within a week, leaving a 10% baseline, and a letter sent to Tokyo in July threatened 25% from August 1. Negotiators instead reached a framework agreement, which President Trump announced on July 22, 2025. Its main terms, carried out through a September 4 executive order and an accompanying memorandum of understanding, are these:

- For most Japanese goods, a single IEEPA tariff of 15%, which absorbed the normal most-favored-nation (MFN) duty, applied from August 7, 2025.
- Section 232 duties on Japanese passenger vehicles and parts fell from 27.5% to 15% on September 16, 2025.
- Japan is to finance $550 billion of U.S. projects chosen by the U.S. government before January 19, 2029. Until the funds are recouped, the two sides split the cash flow equally; after that, the United States receives 90%.
- Tokyo agreed to purchase 100 Boeing aircraft, to raise imports of U.S. rice by 75% within its existing quota, and to buy $8 billion a year of U.S. agricultural goods.

The court's ruling voided the first of those terms, though not the others. The 15% IEEPA rate is no longer collected. The automobile rate, which rests on a different statute, is unchanged.

Table 1. Tariffs on Imports from Japan, Before and After February 20, 2026

| Goods | Legal basis | Before the ruling | As of April 15 |
| --- | --- | --- | --- |
| Most goods | IEEPA (framework rate) | 15% | voided |
| Most goods | Section 122 surcharge | none | 10% |
| Autos and parts | Section 232 | 15% | 15% |
| Steel, aluminum, copper | Section 232 | 50% | 50% |

Source: CRS, based on presidential proclamations and executive orders.

The President has said he may raise the surcharge to 15%, the most Section 122 allows, though no order to that effect had been signed by mid-April. The statute also limits such a surcharge to 150 days. USTR opened Section 301 investigations of several trading partners, Japan among them, in March; these could yield tariffs that outlast the surcharge, though no rate has been proposed. Importers, meanwhile, are pursuing refunds of IEEPA duties, which on Japanese goods could top $20 billion.

## Politics in Tokyo

Takaichi, the first woman to lead Japan, became prime minister on October 21, 2025. She had won the Liberal Democratic Party (LDP) presidency on October 4, succeeding Ishiba Shigeru, who stepped down after the ruling bloc lost its Upper House majority in the July 20 election. She then dissolved the Lower House in January. Voters returned the LDP with a commanding majority on February 8, 2026, giving it more than two-thirds of the chamber's 465 seats on its own. The party governs with the Japan Innovation Party (Ishin), which holds no cabinet posts.

## Trade and Investment

Japan was the sixth-largest trading partner of the United States in 2025. U.S. exports to it came to $130.7 billion, while U.S. imports from it totaled $187.6 billion. Goods made up $78.9 billion of the exports and services $51.8 billion. The import side is broken down in Table 2.

Table 2. U.S. Trade with Japan, 2024-2025 ($ billions)

| | 2024 | 2025 |
| --- | --- | --- |
| Goods exports | 79.7 | 78.9 |
| Services exports | 49.4 | 51.8 |
| Goods imports | 149.6 | 142.1 |
| Services imports | 42.8 | 45.5 |

Source: U.S. Bureau of Economic Analysis, March 2026.

Japanese vehicle shipments fell after the tariffs rose, so the goods gap narrowed. It came to $63.2 billion in 2025, down from $69.9 billion the year before. That figure was the eighth-largest U.S. bilateral goods deficit, compared with seventh in 2024.

**Figure 1. U.S. Goods Trade with Japan, 2021-2025**

Source: CRS, using U.S. Census Bureau data.

Investment ties run deeper than trade. Japan has been the largest source of foreign direct investment (FDI) in the United States each year since 2019. Japanese firms' holdings there stood at some $790 billion at the end of 2024, the latest year for which BEA has published data. U.S. companies' stake in Japan was much smaller, roughly $75 billion that year. Japan also holds more U.S. Treasury securities than any other foreign country: about $1.2 trillion in January, ahead of the United Kingdom and China.

## Key Dates

Table 3. Milestones in U.S.-Japan Trade Talks

| Date | Milestone |
| --- | --- |
| April 2019 | First formal negotiating round, in Washington |
| May 17, 2019 | President proclaims that auto imports threaten national security |
| September 25, 2019 | Leaders' joint statement finalizes "stage one" deals |
| October 7, 2019 | Trade agreement and digital trade agreement signed |
| January 1, 2020 | Both agreements enter into force |
| March 28, 2023 | Critical Minerals Agreement signed |
| April 3, 2025 | 25% Section 232 tariff on imported autos takes effect |

## Earlier Agreements

Both 2019 agreements remain in force. The U.S.-Japan Trade Agreement (USJTA) cut or removed tariffs on about $7 billion of U.S. farm exports and on some Japanese industrial goods. Its companion, the U.S.-Japan Digital Trade Agreement, bars customs duties on digital products. Neither required a vote in Congress. The Critical Minerals Agreement lets Japanese-processed minerals count toward some U.S. electric vehicle tax credits; in October 2025, the two governments added a framework on rare earth supply.

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Kyla H. Kitamura**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Trump", "Donald", "President Donald Trump"),
        "leaders.japan_prime_minister": P("Takaichi", "Sanae", "Prime Minister Takaichi Sanae", note="family name first"),
        "tariffs.us_tariff_most_imports": F(10, period="2026-02", as_written="Since late February, most goods from Japan have entered the United States under a temporary import surcharge of 10%", note="also Table 1's Section 122 row, 'As of April 15' column"),
        "tariffs.section122_surcharge": F(10, as_written="a temporary import surcharge of 10%. That duty, imposed under Section 122 of the Trade Act of 1974", note="split over two sentences; also Table 1"),
        "tariffs.ieepa_rate": F(15, period="2025-08-07", as_written="For most Japanese goods, a single IEEPA tariff of 15%, which absorbed the normal most-favored-nation (MFN) duty, applied from August 7, 2025", note="the framework rate, voided by the ruling (as extract-dev D6); also 'The 15% IEEPA rate is no longer collected' and Table 1"),
        "tariffs.section232_autos": F(15, period="2025-09-16", as_written="Section 232 duties on Japanese passenger vehicles and parts fell from 27.5% to 15% on September 16, 2025", note="also Table 1's autos row"),
        "tariffs.ieepa_ruling": D("2026-02-20", as_written="the \"reciprocal\" tariffs the Supreme Court struck down on February 20, 2026"),
        "framework.announced": D("2025-07-22", as_written="a framework agreement, which President Trump announced on July 22, 2025"),
        "framework.investment_pledge": F(550000000000, by="2029-01-19", as_written="Japan is to finance $550 billion of U.S. projects chosen by the U.S. government before January 19, 2029"),
        "trade.overall_partner_rank": F(6, period="2025", as_written="Japan was the sixth-largest trading partner of the United States in 2025"),
        "trade.us_exports_to_japan": F(130700000000, period="2025", as_written="U.S. exports to it came to $130.7 billion", note="'it' = Japan, year carried"),
        "trade.us_imports_from_japan": F(187600000000, period="2025", as_written="while U.S. imports from it totaled $187.6 billion"),
        "trade.us_goods_exports_to_japan": F(78900000000, period="2025", as_written="Goods made up $78.9 billion of the exports", note="also Table 2"),
        "trade.us_services_exports_to_japan": F(51800000000, period="2025", as_written="and services $51.8 billion", note="verb elided; also Table 2"),
        "trade.us_goods_imports_from_japan": F(142100000000, period="2025", as_written="Goods imports | 149.6 | 142.1", note="Table 2's 2025 column only"),
        "trade.us_services_imports_from_japan": F(45500000000, period="2025", as_written="Services imports | 42.8 | 45.5", note="Table 2's 2025 column only"),
        "trade.goods_deficit": F(63200000000, period="2025", as_written="It came to $63.2 billion in 2025", note="'It' = the goods gap, carried"),
        "trade.goods_deficit_rank": F(8, period="2025", as_written="That figure was the eighth-largest U.S. bilateral goods deficit"),
        "trade.fdi_source_rank": F(1, as_written="Japan has been the largest source of foreign direct investment (FDI) in the United States each year since 2019"),
        "trade.japan_fdi_stock_in_us": F(790000000000, "about", period="2024", as_written="Japanese firms' holdings there stood at some $790 billion at the end of 2024"),
        "trade.us_fdi_stock_in_japan": F(75000000000, "about", period="2024", as_written="U.S. companies' stake in Japan was much smaller, roughly $75 billion that year"),
        "trade.treasury_holder_rank": F(1, period="2026-01", as_written="Japan also holds more U.S. Treasury securities than any other foreign country: about $1.2 trillion in January", note="year from the cover"),
        "agreements.usjta_signed": D("2019-10-07", as_written="October 7, 2019 | Trade agreement and digital trade agreement signed", note="Table 3 (sidebar)"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="January 1, 2020 | Both agreements enter into force", note="Table 3; 'Both' = the two agreements of the row before"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="January 1, 2020 | Both agreements enter into force", note="Table 3"),
        "agreements.critical_minerals_signed": D("2023-03-28", as_written="March 28, 2023 | Critical Minerals Agreement signed", note="Table 3"),
    },
    "elections": {
        "upper_house_2025": E("Upper House", "2025-07-20", "held", result="ruling bloc lost its majority", note="'the July 20 election'; year from the surrounding 2025 dates"),
        "ldp_president_2025": E("LDP president", "2025-10-04", "held", result="Takaichi Sanae won"),
        "lower_house_2026": E("Lower House", "2026-02-08", "held", result="LDP alone more than two-thirds of 465 seats"),
    },
    "events": {
        "tariff_talks_announced": EV("White House names Japan a priority partner for tariff talks", "2025-04-07", "held"),
        "section122_surcharge_expired": EV("The 10% Section 122 surcharge lapses unless Congress extends it", "2026-07", "upcoming"),
        "first_negotiating_round": EV("First formal negotiating round, in Washington", "2019-04", "held"),
        "section232_autos_proclamation": EV("President proclaims that auto imports threaten national security", "2019-05-17", "held"),
        "stage_one_deal_finalized": EV("Leaders' joint statement finalizes stage one deals", "2019-09-25", "held"),
    },
    "notes": "Traps: 'Section 122 of the Trade Act of 1974' (year of a law); 'led since last October' (date of office); 'Five days earlier, a 24% rate had been announced for Japanese goods' (announced, paused), 'leaving a 10% baseline' (past rate, not the current surcharge), 'a letter sent to Tokyo in July threatened 25% from August 1' (threatened); 'a September 4 executive order and an accompanying memorandum of understanding' (not the announcement); bullet 'fell from 27.5%' (past auto rate); bullet 'the United States receives 90%' (profit split); bullet '100 Boeing aircraft', 'rice by 75%', '$8 billion a year of U.S. agricultural goods' (purchases); 'The 15% IEEPA rate is no longer collected' (the IEEPA rate, not the tariff now on most imports); Table 1's 'Before the ruling' column (IEEPA 15%: the IEEPA rate, past as the tariff on most imports; Section 122 'none'), the steel/aluminum/copper row's 50% (not autos), 'As of April 15'; 'raise the surcharge to 15%, the most Section 122 allows, though no order ... had been signed' (proposed, cap); 'limits such a surcharge to 150 days'; 'USTR opened Section 301 investigations ... in March' (no rate); 'could top $20 billion' (refunds); 'the first woman to lead Japan, became prime minister on October 21, 2025'; 'succeeding Ishiba Shigeru' (former prime minister); 'dissolved the Lower House in January' (not the election); 'more than two-thirds of the chamber's 465 seats'; 'the Japan Innovation Party (Ishin)'; Table 2's 2024 column (79.7, 49.4, 149.6, 42.8); 'down from $69.9 billion the year before' (2024 deficit) and 'compared with seventh in 2024' (2024 rank); Figure 1 (html aside / layout columns: goods exports and imports 2021-2025, ticks 0-160, two-series legend, no values); 'each year since 2019' (a span, not a period); 'the latest year for which BEA has published data'; 'about $1.2 trillion' and 'ahead of the United Kingdom and China'; Table 3 'April 3, 2025 | 25% Section 232 tariff on imported autos takes effect' (past auto rate, not the 2019 proclamation); 'about $7 billion of U.S. farm exports'; 'Neither required a vote in Congress'; 'in October 2025, the two governments added a framework on rare earth supply' (not the 2023 agreement). Sidebar 'Key Dates' (html aside with Figure 1; in the layout text an ordinary section with Table 3). Layout: pdftotext -layout, two columns side by side, NBSP between numbers and billion/trillion, hyphenated line ends.",
}
