from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "H7-IF11120-2023-06", "holdout", "IF11120", 15
LAYOUTS = ["md", "pdf", "layout"]
PDF_OPTS = ["lig", "quotes", "nbsp", "hyph"]
CHART = {"unit": "$ billions", "ymax": 800, "ticks": [0, 200, 400, 600, 800],
         "series": ["Japanese FDI stock in the U.S."],
         "bars": {"2017": (469.0,), "2018": (484.4,), "2019": (619.3,), "2020": (648.0,), "2021": (721.0,)}}

MD = """
U.S.-Japan Trade Agreement Negotiations

Updated June 6, 2023

## Overview

On March 28, 2023, U.S. Trade Representative Katherine Tai and Japanese Ambassador Tomita Koji signed the U.S.-Japan Critical Minerals Agreement. The agreement commits both sides to refrain from export duties on critical minerals and to cooperate on labor and environmental standards. Its main significance lies in the Treasury Department's guidance allowing minerals processed in Japan to count toward the Inflation Reduction Act's $7,500 clean vehicle tax credit. Some Members of Congress have objected that an agreement of this kind should have been submitted to Congress.

The Biden Administration has otherwise not pursued new tariff negotiations. Instead, President Joe Biden and Prime Minister Fumio Kishida have emphasized the Indo-Pacific Economic Framework (IPEF), whose partners concluded a supply-chain agreement in May 2023, and economic security cooperation discussed at the G7 summit that Kishida hosted in Hiroshima on May 19-21, 2023.

## Earlier Agreements

The U.S.-Japan Trade Agreement and the Digital Trade Agreement were both signed in October 2019 and took effect in January 2020. They cut Japanese tariffs on U.S. farm goods but left autos aside. In February 2022, the two sides replaced the 25% Section 232 tariff on most Japanese steel with a tariff-rate quota.

## Trade and Investment

Japan ranked as the fifth-largest trade partner of the United States in 2022. U.S. exports to Japan reached $120.1 billion, of which goods were $80.3 billion and services $39.8 billion. U.S. imports from Japan totaled $180.3 billion: goods, $148.1 billion; services, $32.2 billion. The bilateral goods deficit, $67.9 billion, ranked sixth among U.S. trading partners, down from fourth a year earlier.

Japanese firms held roughly $721 billion in FDI in the United States at the end of 2021 (**Figure 1**), more than firms from any other country. U.S. FDI in Japan amounted to $119.0 billion. Japan is the top foreign holder of U.S. Treasury securities, followed by China.

**Figure 1. Stock of Japanese FDI in the United States, 2017-2021**

Source: Bureau of Economic Analysis; historical-cost basis.

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Brock R. Williams**, Specialist in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Biden", "Joe", "President Joe Biden"),
        "leaders.japan_prime_minister": P("Kishida", "Fumio", "Prime Minister Fumio Kishida"),
        "trade.overall_partner_rank": F(5, period="2022", as_written="Japan ranked as the fifth-largest trade partner of the United States in 2022"),
        "trade.us_exports_to_japan": F(120100000000, period="2022"),
        "trade.us_goods_exports_to_japan": F(80300000000, period="2022"),
        "trade.us_services_exports_to_japan": F(39800000000, period="2022"),
        "trade.us_imports_from_japan": F(180300000000, period="2022"),
        "trade.us_goods_imports_from_japan": F(148100000000, period="2022", as_written="goods, $148.1 billion"),
        "trade.us_services_imports_from_japan": F(32200000000, period="2022", as_written="services, $32.2 billion"),
        "trade.goods_deficit": F(67900000000, period="2022"),
        "trade.goods_deficit_rank": F(6, period="2022", as_written="ranked sixth among U.S. trading partners, down from fourth a year earlier"),
        "trade.japan_fdi_stock_in_us": F(721000000000, "about", period="2021", as_written="roughly $721 billion in FDI in the United States at the end of 2021"),
        "trade.us_fdi_stock_in_japan": F(119000000000, period="2021", note="year carried from the previous sentence"),
        "trade.fdi_source_rank": F(1, as_written="more than firms from any other country"),
        "trade.treasury_holder_rank": F(1, as_written="Japan is the top foreign holder of U.S. Treasury securities, followed by China"),
        "agreements.usjta_signed": D("2019-10", as_written="were both signed in October 2019"),
        "agreements.usjta_in_force": D("2020-01", as_written="took effect in January 2020"),
        "agreements.digital_trade_in_force": D("2020-01", as_written="took effect in January 2020"),
        "agreements.critical_minerals_signed": D("2023-03-28"),
    },
    "elections": {},
    "events": {},
    "notes": "Traps: 'U.S. Trade Representative Katherine Tai and Japanese Ambassador Tomita Koji'; 'the Inflation Reduction Act's $7,500 clean vehicle tax credit'; 'a supply-chain agreement in May 2023' (IPEF); 'the G7 summit ... in Hiroshima on May 19-21, 2023'; 'In February 2022 ... the 25% Section 232 tariff on most Japanese steel' (sectoral, replaced by a quota; no tariff on most imports stated); 'down from fourth a year earlier' (past deficit rank); 'followed by China'; 'The Biden Administration' (also named); PDF/layout only: Figure 1 axis ticks (0-800), years 2017-2021 and legend (earlier FDI stocks are not stated); the PDF has ligature characters, curly quotes, non-breaking spaces and hyphenated line ends",
}
