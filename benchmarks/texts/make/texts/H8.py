from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "H8-IF11120-2026-05", "holdout", "IF11120", 28
LAYOUTS = ["html", "pdf", "interleaved"]
PDF_OPTS = ["quotes", "nbsp", "hyph", "lig"]
SIDEBAR = "Trade Data at a Glance"
CHART = {"unit": "percent", "ymax": 30, "ticks": [0, 5, 10, 15, 20, 25, 30],
         "series": ["Most goods", "Autos"],
         "bars": {"Apr. 2025": (10.0, 27.5), "Aug. 2025": (15.0, 27.5), "Oct. 2025": (15.0, 15.0), "Mar. 2026": (10.0, 15.0)}}

MD = """
U.S.-Japan Trade Agreements and Tariff Negotiations

Updated May 12, 2026

## Overview

The legal basis of U.S. tariffs on Japan changed on February 20, 2026, when the Supreme Court ruled that the International Emergency Economic Powers Act (IEEPA) does not authorize the President to impose tariffs. The 15% IEEPA tariff that had applied to most imports from Japan since August 2025, under the framework agreement the two governments reached in July 2025, was voided. Four days later, President Donald Trump proclaimed a 10% temporary import surcharge under Section 122 of the Trade Act of 1974. Since February 24, 2026, that 10% surcharge has been the tariff on most imports from Japan. Section 122 limits such surcharges to 15% and 150 days unless Congress extends them, so the surcharge is set to expire in July 2026. Importers have filed suits seeking refunds of IEEPA duties, which CBP estimates exceeded $130 billion across all trading partners.

## Tariffs Outside IEEPA

Japanese autos and auto parts face a 15% Section 232 tariff, inclusive of most-favored-nation duties, since September 16, 2025, down from 27.5%. This rate was unaffected by the ruling, as were the 50% Section 232 tariffs on steel and aluminum. USTR has also opened Section 301 investigations of several partners, including Japan, and has floated a rate of 12.5%.

## The Investment Pledge

Prime Minister Sanae Takaichi, whose LDP won a landslide in the February 2026 Lower House election, has said Japan will honor the framework's commitment to provide $550 billion for U.S. investment projects before January 19, 2029. The first three projects announced, worth about $36 billion, are in energy and critical minerals. These talks date back to April 2025, when the Administration opened negotiations with Japan on tariffs and other barriers.

## Trade Data at a Glance

Japan was the sixth-largest U.S. trade partner in 2025. The United States exported $131.6 billion in goods and services to Japan; goods were just under $80 billion, and services $52.1 billion. Imports from Japan were $189.3 billion, comprising $145.3 billion of goods and $44.0 billion of services. The goods deficit, $65.8 billion, ranked seventh. Japanese FDI in the United States stood at $819 billion at the end of 2024; U.S. FDI in Japan, $138 billion. Japan remains the top source of FDI and the largest foreign holder of Treasury securities.

**Figure 1. U.S. Tariff Rates on Imports from Japan, 2025-2026**

Source: CRS, based on proclamations and executive orders.

## Earlier Agreements

The 2020 U.S.-Japan Trade Agreement and the Digital Trade Agreement, both in force since 2020, remain in effect, as does the Critical Minerals Agreement signed in March 2023. Former Prime Minister Ishiba Shigeru negotiated the 2025 framework.

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Kyla H. Kitamura**, Analyst in Asian Affairs
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Trump", "Donald", "President Donald Trump"),
        "leaders.japan_prime_minister": P("Takaichi", "Sanae", "Prime Minister Sanae Takaichi"),
        "tariffs.us_tariff_most_imports": F(10, period="2026-02-24", as_written="Since February 24, 2026, that 10% surcharge has been the tariff on most imports from Japan"),
        "tariffs.ieepa_rate": F(15, period="2025-08", as_written="The 15% IEEPA tariff that had applied to most imports from Japan since August 2025", note="voided by the February 20, 2026, ruling"),
        "tariffs.section232_autos": F(15, as_written="Japanese autos and auto parts face a 15% Section 232 tariff ... since September 16, 2025", note="down from 27.5%"),
        "tariffs.section122_surcharge": F(10, note="proclaimed February 24, 2026; set to expire in July 2026"),
        "tariffs.ieepa_ruling": D("2026-02-20"),
        "framework.announced": D("2025-07", as_written="the framework agreement the two governments reached in July 2025"),
        "framework.investment_pledge": F(550000000000, by="2029-01-19"),
        "trade.overall_partner_rank": F(6, period="2025"),
        "trade.us_exports_to_japan": F(131600000000, period="2025"),
        "trade.us_goods_exports_to_japan": F(80000000000, "under", period="2025", as_written="goods were just under $80 billion"),
        "trade.us_services_exports_to_japan": F(52100000000, period="2025", as_written="and services $52.1 billion"),
        "trade.us_imports_from_japan": F(189300000000, period="2025"),
        "trade.us_goods_imports_from_japan": F(145300000000, period="2025"),
        "trade.us_services_imports_from_japan": F(44000000000, period="2025"),
        "trade.goods_deficit": F(65800000000, period="2025"),
        "trade.goods_deficit_rank": F(7, period="2025", as_written="The goods deficit, $65.8 billion, ranked seventh"),
        "trade.japan_fdi_stock_in_us": F(819000000000, period="2024"),
        "trade.us_fdi_stock_in_japan": F(138000000000, period="2024", as_written="U.S. FDI in Japan, $138 billion"),
        "trade.fdi_source_rank": F(1, as_written="Japan remains the top source of FDI"),
        "trade.treasury_holder_rank": F(1, as_written="and the largest foreign holder of Treasury securities"),
        "agreements.usjta_in_force": D("2020", as_written="both in force since 2020"),
        "agreements.digital_trade_in_force": D("2020", as_written="both in force since 2020"),
        "agreements.critical_minerals_signed": D("2023-03", as_written="the Critical Minerals Agreement signed in March 2023"),
    },
    "elections": {
        "lower_house_2026": E("Lower House", "2026-02", "held", result="landslide for the LDP"),
    },
    "events": {
        "tariff_talks_announced": EV("Administration opens negotiations with Japan on tariffs and other barriers", "2025-04", "held"),
        "section122_surcharge_expired": EV("The 10% Section 122 surcharge expires unless Congress extends it", "2026-07", "upcoming"),
    },
    "notes": "Traps: 'The 15% IEEPA tariff that had applied ... was voided' (past tariff on most imports; still the IEEPA rate, as in the record's 2026-09-22 version); 'Four days later'; 'Section 122 limits such surcharges to 15% and 150 days' (statutory ceiling); 'the Trade Act of 1974'; 'exceeded $130 billion across all trading partners' (refunds); 'down from 27.5%' (past auto rate); 'the 50% Section 232 tariffs on steel and aluminum'; 'has floated a rate of 12.5%' (Section 301: proposed, not in effect); 'The first three projects announced, worth about $36 billion'; 'The 2020 U.S.-Japan Trade Agreement' (its year as a label); 'Former Prime Minister Ishiba Shigeru'; HTML: the trade data sit in a sidebar box with Figure 1; PDF/interleaved only: Figure 1 bars by date (Apr. 2025 - Mar. 2026) with axis ticks 0-30 and legend 'Most goods', 'Autos', no values",
}
