from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "T7-IF11120-2022-07", "tune", "IF11120", 12
LAYOUTS = ["html", "interleaved"]
SIDEBAR = "Investment Ties"
CHART = {"unit": "$ billions", "ymax": 200, "ticks": [0, 50, 100, 150, 200],
         "series": ["U.S. exports to Japan", "U.S. imports from Japan"],
         "bars": {"2017": (114.6, 171.5), "2018": (120.6, 178.5), "2019": (125.6, 178.2), "2020": (104.4, 150.6), "2021": (112.2, 167.8)}}

MD = """
U.S.-Japan Trade Agreement Negotiations

Updated July 19, 2022

## Overview

The Biden Administration has not sought to expand the two limited trade agreements that the Trump Administration concluded with Japan. Instead, President Joe Biden and Prime Minister Kishida Fumio have focused on supply chain resilience, export controls, and the new Indo-Pacific Economic Framework for Prosperity (IPEF), which Biden launched in Tokyo on May 23, 2022, with Japan and 11 other partners. IPEF does not include tariff commitments, and it will not be submitted to Congress for approval.

## The 2019 Agreements

The U.S.-Japan Trade Agreement (USJTA) and the U.S.-Japan Digital Trade Agreement were both signed on October 7, 2019. The process had begun with a first negotiating round in April 2019, and in September 2019 Trump and the late former Prime Minister Abe Shinzo announced that they had finalized a "stage one" deal. Both agreements entered into force on January 1, 2020. Under the USJTA, Japan reduced or eliminated tariffs on roughly $7 billion of U.S. food and agricultural products, and the United States cut tariffs on about $40 million of Japanese imports. The agreement covered only about 5% of U.S. imports from Japan, and autos were excluded. A trade agreement of this scope has been implemented without a vote in Congress under delegated tariff authority.

## Trade Flows

In 2021, Japan was the fifth-largest U.S. trade partner. The United States exported $112.2 billion in goods and services to Japan: $74.6 billion in goods and $37.6 billion in services. U.S. imports from Japan came to $167.8 billion, of which $135.0 billion were goods; services accounted for the remaining $32.8 billion. The goods deficit, $60.4 billion, was the fourth-largest with any country.

**Figure 1. U.S. Trade with Japan, 2017-2021**

Source: Bureau of Economic Analysis, July 2022.

## Investment Ties

Japan is the top source of foreign direct investment (FDI) in the United States; the stock of Japanese FDI reached $721.0 billion in 2021. U.S. FDI in Japan was far smaller, at $119 billion. Japan is also the largest foreign holder of U.S. Treasury securities.

## Steel and Aluminum

In February 2022, the two governments agreed to replace the 25% Section 232 tariff on Japanese steel with a tariff-rate quota, effective April 1, allowing up to 1.25 million metric tons a year to enter duty-free. The 10% aluminum tariff remains. Japan had sought this treatment after the United States reached a similar arrangement with the European Union in October 2021.

**Brock R. Williams**, Analyst in International Trade and Finance

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Biden", "Joe", "President Joe Biden"),
        "leaders.japan_prime_minister": P("Kishida", "Fumio", "Prime Minister Kishida Fumio"),
        "trade.overall_partner_rank": F(5, period="2021", as_written="In 2021, Japan was the fifth-largest U.S. trade partner"),
        "trade.us_exports_to_japan": F(112200000000, period="2021"),
        "trade.us_goods_exports_to_japan": F(74600000000, period="2021"),
        "trade.us_services_exports_to_japan": F(37600000000, period="2021"),
        "trade.us_imports_from_japan": F(167800000000, period="2021"),
        "trade.us_goods_imports_from_japan": F(135000000000, period="2021", as_written="of which $135.0 billion were goods"),
        "trade.us_services_imports_from_japan": F(32800000000, period="2021", as_written="services accounted for the remaining $32.8 billion"),
        "trade.goods_deficit": F(60400000000, period="2021", as_written="The goods deficit, $60.4 billion"),
        "trade.goods_deficit_rank": F(4, period="2021", as_written="was the fourth-largest with any country"),
        "trade.japan_fdi_stock_in_us": F(721000000000, period="2021"),
        "trade.us_fdi_stock_in_japan": F(119000000000, period="2021", as_written="U.S. FDI in Japan was far smaller, at $119 billion", note="year carried from the previous sentence"),
        "trade.fdi_source_rank": F(1, as_written="Japan is the top source of foreign direct investment (FDI)"),
        "trade.treasury_holder_rank": F(1, as_written="Japan is also the largest foreign holder of U.S. Treasury securities"),
        "agreements.usjta_signed": D("2019-10-07", note="both agreements signed the same day"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="Both agreements entered into force on January 1, 2020"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="Both agreements entered into force on January 1, 2020"),
    },
    "elections": {},
    "events": {
        "first_negotiating_round": EV("First round of U.S.-Japan trade agreement negotiations", "2019-04", "held"),
        "stage_one_deal_finalized": EV("Trump and Abe announce they have finalized a 'stage one' deal", "2019-09", "held"),
    },
    "notes": "Traps: 'on May 23, 2022, with Japan and 11 other partners' (IPEF launch: no IF11120 fact); 'the late former Prime Minister Abe Shinzo' (former prime minister); 'roughly $7 billion of U.S. food and agricultural products' and 'about $40 million of Japanese imports'; 'only about 5% of U.S. imports from Japan'; 'the 25% Section 232 tariff on Japanese steel' (sectoral, now a quota; no tariff on most imports stated); 'effective April 1' and 'up to 1.25 million metric tons'; 'The 10% aluminum tariff remains' (sectoral); 'with the European Union in October 2021'; 'the Trump Administration' (former administration; the president is Biden); HTML: the investment section sits in a sidebar box with Figure 1; interleaved only: Figure 1 axis ticks (0-200), years 2017-2021 and legend, and the two columns' lines alternate",
}
