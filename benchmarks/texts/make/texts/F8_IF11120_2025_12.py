from lib import F, D, P, GDP, E, EV

NAME = "F8-IF11120-2025-12"
SET = "fresh"
BRIEF = "IF11120"
VERSION = "21"
LAYOUTS = ("html", "pdf", "interleaved")
PDF_OPTS = ("lig", "quotes", "nbsp", "hyph")
SIDEBAR = "Trade and Investment at a Glance"
CHART = {"unit": "Tariff rate (%)", "ymax": 30, "ticks": [0, 10, 20, 30],
         "bars": {"Jan 2025": [0, 2.5], "Apr 2025": [10, 27.5], "Aug 2025": [15, 27.5], "Dec 2025": [15, 15]},
         "series": ["Most goods", "Autos and parts"]}

MD = """
U.S.-Japan Trade Agreements and Negotiations

Updated December 9, 2025

## Overview

Tariffs, rather than trade liberalization, have dominated U.S.-Japan economic relations in 2025. In early April, President Donald Trump's Administration announced that it would open negotiations with Japan on tariffs, non-tariff barriers, and currency, days after unveiling a 24% "reciprocal" tariff on Japanese goods. Eight rounds of talks later, the two governments announced a framework agreement on July 22, 2025. Prime Minister Takaichi Sanae, who took office on October 21 after former Prime Minister Ishiba Shigeru resigned, has said her government will honor the framework's terms.

## Tariffs Now in Effect

Since August 7, 2025, most imports from Japan have been subject to a 15% tariff imposed under the International Emergency Economic Powers Act (IEEPA), a rate that is inclusive of most-favored-nation (MFN) duties. Goods whose MFN rate is already 15% or higher face no additional IEEPA duty. That 15% rate replaced the 10% baseline IEEPA tariff in place since April 5; in a July letter, the President had threatened to raise the rate to 25% if no deal was reached.

Autos and auto parts from Japan, which faced a combined 27.5% duty from April, have been subject to a 15% Section 232 tariff, MFN included, since September 16, 2025. Japanese steel and aluminum remain subject to the 50% Section 232 tariffs applied to most countries.

The legality of the IEEPA tariffs is before the Supreme Court, which heard arguments on November 5, 2025. A decision against the Administration could void the 15% rate, although officials have said other authorities, such as Section 122 of the Trade Act of 1974, which permits surcharges of up to 15% for 150 days, could be used instead.

**Figure 1. U.S. Tariffs on Imports from Japan, January-December 2025**

Source: CRS, based on presidential proclamations and executive orders.

## The July 2025 Framework

Under the framework, Japan is to provide $550 billion in financing for investments in the United States, selected by the U.S. government, before January 19, 2029. Profits are to be split evenly until the financing is repaid and 90% to the United States thereafter. Japan also agreed to increase purchases of U.S. rice by 75% within its existing minimum-access quota and to buy 100 Boeing aircraft. South Korea, which concluded a similar deal, pledged $350 billion.

## Trade and Investment at a Glance

Japan is the sixth-largest U.S. trade partner, ranked by 2024 goods and services trade. U.S. exports of goods and services to Japan reached $129.1 billion in 2024 ($79.7 billion of goods and $49.4 billion of services); imports from Japan were $191.8 billion, of which $148.2 billion were goods and $43.6 billion services. The U.S. goods deficit with Japan, $68.5 billion in 2024, ranked seventh among U.S. bilateral goods deficits.

Japan is the single largest source of FDI in the United States, with a stock of upwards of $800 billion in 2024; U.S. FDI in Japan that year was $136.2 billion. It also ranks first among foreign holders of U.S. Treasury securities.

## Earlier Agreements

The U.S.-Japan Trade Agreement and the U.S.-Japan Digital Trade Agreement, both signed in October 2019, took effect on January 1, 2020. A Critical Minerals Agreement followed on March 28, 2023. During Trump's October 2025 visit to Tokyo, he and Takaichi signed a separate framework on critical minerals and rare earths supply, which does not amend the 2023 agreement.

## Politics in Japan

The ruling coalition lost its Upper House majority in the July 2025 election, contributing to Ishiba's resignation. Takaichi's LDP now governs with the Japan Innovation Party (Ishin), which supports her cabinet from outside without holding ministerial posts, after Komeito ended its 26-year partnership with the LDP in October.

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Liana Wong**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Trump", "Donald", "President Donald Trump"),
        "leaders.japan_prime_minister": P("Takaichi", "Sanae", "Prime Minister Takaichi Sanae"),
        "tariffs.us_tariff_most_imports": F(15, period="2025-08-07", as_written="Since August 7, 2025, most imports from Japan have been subject to a 15% tariff imposed under the International Emergency Economic Powers Act (IEEPA)"),
        "tariffs.ieepa_rate": F(15, period="2025-08-07", note="inclusive of MFN duties; under the July 2025 framework; Supreme Court case pending"),
        "tariffs.section232_autos": F(15, as_written="have been subject to a 15% Section 232 tariff, MFN included, since September 16, 2025", note="down from a combined 27.5%"),
        "framework.announced": D("2025-07-22"),
        "framework.investment_pledge": F(550000000000, by="2029-01-19", as_written="Japan is to provide $550 billion in financing for investments in the United States ... before January 19, 2029"),
        "trade.overall_partner_rank": F(6, period="2024", as_written="Japan is the sixth-largest U.S. trade partner, ranked by 2024 goods and services trade"),
        "trade.us_exports_to_japan": F(129100000000, period="2024"),
        "trade.us_goods_exports_to_japan": F(79700000000, period="2024"),
        "trade.us_services_exports_to_japan": F(49400000000, period="2024"),
        "trade.us_imports_from_japan": F(191800000000, period="2024"),
        "trade.us_goods_imports_from_japan": F(148200000000, period="2024"),
        "trade.us_services_imports_from_japan": F(43600000000, period="2024", as_written="and $43.6 billion services"),
        "trade.goods_deficit": F(68500000000, period="2024"),
        "trade.goods_deficit_rank": F(7, period="2024", as_written="ranked seventh among U.S. bilateral goods deficits"),
        "trade.fdi_source_rank": F(1, as_written="Japan is the single largest source of FDI in the United States"),
        "trade.japan_fdi_stock_in_us": F(800000000000, "over", period="2024", as_written="with a stock of upwards of $800 billion in 2024"),
        "trade.us_fdi_stock_in_japan": F(136200000000, period="2024", as_written="U.S. FDI in Japan that year was $136.2 billion"),
        "trade.treasury_holder_rank": F(1, as_written="It also ranks first among foreign holders of U.S. Treasury securities", note="subject ('Japan') in the previous sentence"),
        "agreements.usjta_signed": D("2019-10", as_written="both signed in October 2019"),
        "agreements.usjta_in_force": D("2020-01-01"),
        "agreements.digital_trade_in_force": D("2020-01-01"),
        "agreements.critical_minerals_signed": D("2023-03-28", as_written="A Critical Minerals Agreement followed on March 28, 2023"),
    },
    "elections": {
        "upper_house_2025": E("Upper House", "2025-07", "held", result="ruling coalition lost its Upper House majority"),
    },
    "events": {
        "tariff_talks_announced": EV("Trump Administration announces negotiations with Japan on tariffs, non-tariff barriers, and currency", "2025-04", "held"),
    },
    "notes": "Traps: 'a 24% \"reciprocal\" tariff on Japanese goods' (announced April 2025); 'Eight rounds of talks'; 'after former Prime Minister Ishiba Shigeru resigned' and 'Ishiba's resignation'; 'who took office on October 21'; 'Goods whose MFN rate is already 15% or higher'; 'the 10% baseline IEEPA tariff in place since April 5' (past rate); 'threatened to raise the rate to 25%'; 'a combined 27.5% duty from April' (past auto rate); 'the 50% Section 232 tariffs' (steel and aluminum); 'heard arguments on November 5, 2025' (no ruling yet: tariffs.ieepa_ruling not stated); 'A decision against the Administration could void the 15% rate'; 'Section 122 of the Trade Act of 1974, which permits surcharges of up to 15% for 150 days' (no surcharge applied: tariffs.section122_surcharge not stated); the tariff chart (Jan-Dec 2025, no value labels); 'Profits are to be split evenly ... and 90% to the United States thereafter'; 'U.S. rice by 75%'; '100 Boeing aircraft'; 'South Korea ... pledged $350 billion'; 'During Trump's October 2025 visit to Tokyo, he and Takaichi signed a separate framework on critical minerals and rare earths supply' (not the 2023 agreement's date); 'after Komeito ended its 26-year partnership with the LDP in October'."
}
