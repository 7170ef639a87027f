from lib import F, D, P, GDP, E, EV

NAME = "F6-IF11120-2021-03"
SET = "fresh"
BRIEF = "IF11120"
VERSION = "9"
LAYOUTS = ("md", "pdf", "layout")
PDF_OPTS = ("lig", "quotes", "nbsp", "hyph")
CHART = {"unit": "$ billions", "ymax": 160, "ticks": [0, 40, 80, 120, 160],
         "bars": {"2017": [67.7, 136.5], "2018": [75.2, 142.8], "2019": [74.7, 143.6], "2020": [64.1, 119.5]},
         "series": ["Goods exports", "Goods imports"]}

MD = """
U.S.-Japan Trade Agreement Negotiations

Updated March 23, 2021

## Overview

A new U.S. Administration has inherited a bilateral trade agenda that was left half-finished. Two limited agreements, negotiated under President Trump and then-Prime Minister Abe Shinzo, have been in force since January 1, 2020, but the "second stage" of talks that the two governments promised has not begun. President Joe Biden has said that he will not negotiate new trade agreements until investments in U.S. workers and infrastructure are made. In Tokyo, Prime Minister Suga Yoshihide, who took office in September 2020, has endorsed expanding the Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP) and has welcomed U.S. membership, which is not under consideration by the Administration.

## The 2019 Agreements

The U.S.-Japan Trade Agreement (USJTA) and the U.S.-Japan Digital Trade Agreement were signed in October 2019, following a first negotiating round held in April of that year. Both entered into force on the first day of 2020. Under the USJTA, tariffs on roughly $7 billion of U.S. agricultural exports were reduced or eliminated by Japan; U.S. tariffs on some $40 billion of Japanese industrial imports were lowered in turn. Duties on Japanese autos and parts, however, were left in place, and a Section 232 investigation of auto imports, concluded in 2019, has never been followed by tariffs. Japanese steel and aluminum continue to be subject to Section 232 duties of 25% and 10%, respectively, first imposed in March 2018.

## Trade and Investment Ties

The pandemic reduced trade in both directions in 2020, and Japan remained the fourth-largest U.S. trading partner that year. One hundred billion dollars' worth of goods and services, or nearly so, was exported to Japan by U.S. firms: the total was $99.8 billion, made up of $64.1 billion in goods and $35.7 billion in services. Imports from Japan were valued at $145.4 billion. Of that sum, goods accounted for $119.5 billion, and services for the remaining $25.9 billion.

**Figure 1. U.S. Goods Trade with Japan, 2017-2020**

Source: CRS, based on U.S. Census Bureau data.

A goods deficit of $55.4 billion was recorded with Japan in 2020, the fifth-largest of all U.S. bilateral goods deficits; in 2019 it had ranked fourth, at $69.9 billion. Much of the decline reflected lower imports of Japanese vehicles, which fell by almost a fifth.

Japan is the top source of foreign direct investment (FDI) in the United States. A stock of $619.3 billion was held by Japanese investors at the end of 2019, while U.S. direct investment in Japan totaled $121.0 billion in that year. Japanese investors are also the largest foreign holders of U.S. Treasury securities, with China in second place.

## Outlook

A meeting between Biden and Suga is planned for April 2021, the first in-person visit by a foreign leader to the Biden White House. Supply chain resilience, semiconductors, and climate are expected to feature more prominently than tariff reductions. Some Members of Congress have urged the Administration to resume talks and to pursue a broader agreement that would address services, investment, and autos.

**Brock R. Williams**, Specialist in International Trade and Finance

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Biden", "Joe", "President Joe Biden"),
        "leaders.japan_prime_minister": P("Suga", "Yoshihide", "Prime Minister Suga Yoshihide"),
        "trade.overall_partner_rank": F(4, period="2020", as_written="Japan remained the fourth-largest U.S. trading partner that year"),
        "trade.us_exports_to_japan": F(99800000000, period="2020", as_written="the total was $99.8 billion", note="the sentence opens 'One hundred billion dollars' worth ... or nearly so'; the exact total follows"),
        "trade.us_goods_exports_to_japan": F(64100000000, period="2020"),
        "trade.us_services_exports_to_japan": F(35700000000, period="2020"),
        "trade.us_imports_from_japan": F(145400000000, period="2020", as_written="Imports from Japan were valued at $145.4 billion"),
        "trade.us_goods_imports_from_japan": F(119500000000, period="2020", as_written="Of that sum, goods accounted for $119.5 billion"),
        "trade.us_services_imports_from_japan": F(25900000000, period="2020", as_written="and services for the remaining $25.9 billion"),
        "trade.goods_deficit": F(55400000000, period="2020", as_written="A goods deficit of $55.4 billion was recorded with Japan in 2020"),
        "trade.goods_deficit_rank": F(5, period="2020", as_written="the fifth-largest of all U.S. bilateral goods deficits"),
        "trade.fdi_source_rank": F(1, as_written="Japan is the top source of foreign direct investment (FDI) in the United States"),
        "trade.japan_fdi_stock_in_us": F(619300000000, period="2019", as_written="A stock of $619.3 billion was held by Japanese investors at the end of 2019"),
        "trade.us_fdi_stock_in_japan": F(121000000000, period="2019", as_written="U.S. direct investment in Japan totaled $121.0 billion in that year"),
        "trade.treasury_holder_rank": F(1, as_written="Japanese investors are also the largest foreign holders of U.S. Treasury securities"),
        "agreements.usjta_signed": D("2019-10", as_written="were signed in October 2019"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="have been in force since January 1, 2020"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="Both entered into force on the first day of 2020"),
    },
    "elections": {},
    "events": {
        "first_negotiating_round": EV("First round of U.S.-Japan trade agreement negotiations", "2019-04", "held"),
    },
    "notes": "Traps: 'then-Prime Minister Abe Shinzo' and 'negotiated under President Trump' (former leaders); 'who took office in September 2020'; 'One hundred billion dollars' worth of goods and services, or nearly so' (rounded lead-in; the exact $99.8 billion follows); 'roughly $7 billion of U.S. agricultural exports'; 'some $40 billion of Japanese industrial imports'; 'a Section 232 investigation of auto imports, concluded in 2019, has never been followed by tariffs' (tariffs.section232_autos not stated; no dated proclamation event); 'Section 232 duties of 25% and 10%' (steel and aluminum); 'first imposed in March 2018'; 'in 2019 it had ranked fourth, at $69.9 billion' (past deficit and rank); 'fell by almost a fifth'; 'with China in second place'; 'A meeting between Biden and Suga is planned for April 2021'; the goods-trade chart (2017-2020, no value labels)."
}
