from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "T8-IF11120-2025-08", "tune", "IF11120", 21
LAYOUTS = ["md", "pdf", "interleaved"]
PDF_OPTS = ["quotes", "nbsp", "hyph", "lig"]
CHART = {"unit": "tariff rate, percent", "ymax": 30, "ticks": [0, 10, 20, 30],
         "series": ["Most goods", "Passenger vehicles"],
         "bars": {"Jan. 2025": (0.0, 2.5), "Apr. 2025": (10.0, 27.5), "Aug. 2025": (15.0, 27.5)}}

MD = """
U.S.-Japan Trade Agreements and Negotiations

Updated August 21, 2025

## Overview

Tariffs have returned to the center of U.S.-Japan economic relations. In April 2025, the Trump Administration announced negotiations with Japan on tariffs, non-tariff barriers, currency, and subsidies, days after it had proposed a 24% "reciprocal" tariff on Japanese goods. On July 22, 2025, President Donald Trump announced a framework agreement with Japan. Since August 7, most imports from Japan have faced a 15% tariff under the International Emergency Economic Powers Act (IEEPA), the rate set by the framework, rather than the 25% Trump had threatened in a July 7 letter to Prime Minister Ishiba Shigeru. A 10% baseline tariff under IEEPA had applied from April 5 until then. Japanese officials say the 15% should be inclusive of existing most-favored-nation (MFN) duties; the Administration has said it will correct an executive order that stacked the new rate on top of them.

## The Framework

Under the framework, Japan is to provide $550 billion in financing for investments in the United States by January 19, 2029, in sectors the U.S. government selects, with the United States to receive 90% of the profits once investors are repaid. Japan is also to buy $8 billion of U.S. agricultural products a year and 100 Boeing aircraft, and to increase U.S. rice purchases by 75% within its existing quota. The framework has not been written down as a legal text.

## Autos

For now, Japanese autos and auto parts remain subject to the 25% Section 232 tariff imposed in April and May 2025, in addition to the 2.5% MFN rate, for a combined 27.5% (**Figure 1**). The framework calls for a 15% rate inclusive of MFN duties, but the Administration has not said when it will take effect. Autos and parts accounted for about $55 billion of U.S. imports from Japan in 2024. Steel and aluminum from Japan face 50% Section 232 tariffs since June 4.

**Figure 1. U.S. Tariffs on Imports from Japan, 2025**

Source: CRS, based on presidential proclamations and executive orders.

## Trade and Investment Data

Japan was the sixth-largest U.S. trade partner in 2024. U.S. exports to Japan that year comprised $79.7 billion in goods and $49.3 billion in services, $129.0 billion in total. Imports from Japan were nearly $192 billion, including $148.2 billion of goods and $43.6 billion of services. The goods trade deficit with Japan, $68.5 billion, was the seventh-largest U.S. bilateral goods deficit. The stock of Japanese FDI in the United States rose to $819 billion in 2024, the most of any country, while the stock of U.S. FDI in Japan was $138 billion. Japan is the largest foreign holder of U.S. Treasury securities.

## Earlier Agreements

The two limited agreements signed in 2019, the U.S.-Japan Trade Agreement and a digital trade agreement, both took effect in 2020. A Critical Minerals Agreement was signed in March 2023 so that Japanese minerals could count toward the clean vehicle tax credit.

## Japanese Politics

Ishiba's coalition lost its Upper House majority in the July 20, 2025, election, and pressure on him to resign has grown. South Korea reached its own framework with the United States on July 30, pledging $350 billion in investment.

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Kyla H. Kitamura**, Analyst in Asian Affairs
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Trump", "Donald", "President Donald Trump"),
        "leaders.japan_prime_minister": P("Ishiba", "Shigeru", "Prime Minister Ishiba Shigeru"),
        "tariffs.us_tariff_most_imports": F(15, period="2025-08-07", as_written="Since August 7, most imports from Japan have faced a 15% tariff under ... (IEEPA)"),
        "tariffs.ieepa_rate": F(15, period="2025-08-07", note="the framework rate; a 10% baseline applied from April 5"),
        "tariffs.section232_autos": F(25, as_written="remain subject to the 25% Section 232 tariff imposed in April and May 2025, in addition to the 2.5% MFN rate, for a combined 27.5%", note="framework's 15% not yet in effect"),
        "framework.announced": D("2025-07-22"),
        "framework.investment_pledge": F(550000000000, by="2029-01-19", as_written="$550 billion in financing for investments in the United States by January 19, 2029"),
        "trade.overall_partner_rank": F(6, period="2024", as_written="Japan was the sixth-largest U.S. trade partner in 2024"),
        "trade.us_exports_to_japan": F(129000000000, period="2024", as_written="$129.0 billion in total"),
        "trade.us_goods_exports_to_japan": F(79700000000, period="2024"),
        "trade.us_services_exports_to_japan": F(49300000000, period="2024"),
        "trade.us_imports_from_japan": F(192000000000, "nearly", period="2024", as_written="Imports from Japan were nearly $192 billion"),
        "trade.us_goods_imports_from_japan": F(148200000000, period="2024"),
        "trade.us_services_imports_from_japan": F(43600000000, period="2024"),
        "trade.goods_deficit": F(68500000000, period="2024"),
        "trade.goods_deficit_rank": F(7, period="2024", as_written="the seventh-largest U.S. bilateral goods deficit"),
        "trade.japan_fdi_stock_in_us": F(819000000000, period="2024"),
        "trade.us_fdi_stock_in_japan": F(138000000000, period="2024"),
        "trade.fdi_source_rank": F(1, as_written="The stock of Japanese FDI in the United States rose to $819 billion in 2024, the most of any country"),
        "trade.treasury_holder_rank": F(1, as_written="Japan is the largest foreign holder of U.S. Treasury securities"),
        "agreements.usjta_signed": D("2019", as_written="The two limited agreements signed in 2019"),
        "agreements.usjta_in_force": D("2020", as_written="both took effect in 2020"),
        "agreements.digital_trade_in_force": D("2020", as_written="both took effect in 2020"),
        "agreements.critical_minerals_signed": D("2023-03", as_written="A Critical Minerals Agreement was signed in March 2023"),
    },
    "elections": {
        "upper_house_2025": E("Upper House", "2025-07-20", "held", result="Ishiba's coalition lost its Upper House majority"),
    },
    "events": {
        "tariff_talks_announced": EV("Trump Administration announces negotiations with Japan on tariffs, non-tariff barriers, currency, and subsidies", "2025-04", "held"),
    },
    "notes": "Traps: 'proposed a 24% \"reciprocal\" tariff on Japanese goods' (April 2025, not applied); 'the 25% Trump had threatened in a July 7 letter' (threatened rate); 'A 10% baseline tariff under IEEPA had applied from April 5 until then' (past IEEPA rate); 'an executive order that stacked the new rate'; '90% of the profits'; '$8 billion of U.S. agricultural products a year', '100 Boeing aircraft', 'rice purchases by 75%'; 'the 2.5% MFN rate, for a combined 27.5%' (the Section 232 rate itself is 25%); 'The framework calls for a 15% rate inclusive of MFN duties' for autos (planned, not in effect); 'about $55 billion of U.S. imports from Japan in 2024' (autos and parts); '50% Section 232 tariffs since June 4' (steel and aluminum); 'South Korea ... July 30, pledging $350 billion' (another country); 'Ishiba's coalition lost its Upper House majority' (result, no seat share in IF11120); PDF/interleaved only: Figure 1 bars by date (Jan., Apr., Aug. 2025) with axis ticks 0-30 and legend 'Most goods', 'Passenger vehicles', no values",
}
