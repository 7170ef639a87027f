from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "H6-IF11120-2020-02", "holdout", "IF11120", 9
LAYOUTS = ["html", "interleaved"]
SIDEBAR = "Key Dates"
CHART = {"unit": "$ billions", "ymax": 160, "ticks": [0, 40, 80, 120, 160],
         "series": ["Goods exports", "Goods imports"],
         "bars": {"2015": (62.4, 131.4), "2016": (63.2, 132.2), "2017": (67.6, 136.5), "2018": (75.0, 142.6), "2019": (74.7, 143.6)}}

MD = """
U.S.-Japan Trade Agreement Negotiations

Updated February 12, 2020

## Overview

On January 1, 2020, the U.S.-Japan Trade Agreement (USJTA) entered into force, and the U.S.-Japan Digital Trade Agreement took effect the same day. President Donald Trump and Prime Minister Abe signed a joint statement on the two "stage one" agreements in New York in September 2019, and the two governments' representatives signed the texts in Washington on October 7, 2019. The Trump Administration implemented the tariff commitments by proclamation under delegated authority, without a vote in Congress. Both governments have said they intend to begin "stage two" talks within four months of entry into force, but no date has been set.

## Key Dates

The first formal negotiating round took place in April 2019. On May 17, 2019, the President proclaimed that imports of autos and parts threaten U.S. national security, a finding aimed largely at Japan and the European Union. On September 25, 2019, Trump and Abe announced that they had finalized a limited agreement.

## What the Agreements Do

Japan is eliminating or reducing tariffs on about $7.2 billion of U.S. agricultural exports, such as beef, pork, wheat, and wine, putting U.S. producers on an equal footing with competitors from CPTPP countries. Japan's 38.5% beef tariff falls to 26.6% immediately and eventually to 9%. The United States is cutting tariffs on about $40 million of imports from Japan, chiefly machine tools and some agricultural goods. The agreement does not cover autos, which account for roughly one-third of U.S. goods imports from Japan, and the Section 232 threat remains: the 180-day deadline in the proclamation passed in November 2019 without new tariffs.

## Trade and Investment

Japan was the fourth-largest U.S. trade partner in 2019. U.S. goods exports to Japan were $74.7 billion in 2019, and goods imports from Japan were $143.6 billion (**Figure 1**). The resulting goods deficit of $69.0 billion was the fourth-largest, behind China, Mexico, and Germany. Data for services trade in 2019 are not yet available; in 2018, total exports of goods and services to Japan were $120.6 billion and imports were $178.5 billion.

**Figure 1. U.S. Goods Trade with Japan, 2015-2019**

Source: U.S. Census Bureau, February 2020.

The stock of Japanese direct investment in the United States reached $484.4 billion in 2018, the second-largest after the United Kingdom. U.S. FDI in Japan was $126 billion. Since June 2019, Japan has been the largest foreign holder of U.S. Treasury securities, overtaking China.

**Brock R. Williams**, Analyst in International Trade and Finance

**Cathleen D. Cimino-Isaacs**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Trump", "Donald", "President Donald Trump"),
        "leaders.japan_prime_minister": P("Abe", "Shinzo", "Prime Minister Abe", note="given name not written"),
        "trade.overall_partner_rank": F(4, period="2019", as_written="Japan was the fourth-largest U.S. trade partner in 2019"),
        "trade.us_exports_to_japan": F(120600000000, period="2018", as_written="in 2018, total exports of goods and services to Japan were $120.6 billion"),
        "trade.us_goods_exports_to_japan": F(74700000000, period="2019"),
        "trade.us_imports_from_japan": F(178500000000, period="2018", as_written="and imports were $178.5 billion"),
        "trade.us_goods_imports_from_japan": F(143600000000, period="2019"),
        "trade.goods_deficit": F(69000000000, period="2019", as_written="The resulting goods deficit of $69.0 billion"),
        "trade.goods_deficit_rank": F(4, period="2019", as_written="was the fourth-largest, behind China, Mexico, and Germany"),
        "trade.japan_fdi_stock_in_us": F(484400000000, period="2018"),
        "trade.us_fdi_stock_in_japan": F(126000000000, period="2018", note="year carried from the previous sentence"),
        "trade.fdi_source_rank": F(2, period="2018", as_written="the second-largest after the United Kingdom"),
        "trade.treasury_holder_rank": F(1, as_written="Since June 2019, Japan has been the largest foreign holder of U.S. Treasury securities, overtaking China"),
        "agreements.usjta_signed": D("2019-10-07", as_written="signed the texts in Washington on October 7, 2019", note="both agreements"),
        "agreements.usjta_in_force": D("2020-01-01"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="the U.S.-Japan Digital Trade Agreement took effect the same day"),
    },
    "elections": {},
    "events": {
        "first_negotiating_round": EV("First formal round of U.S.-Japan trade agreement negotiations", "2019-04", "held"),
        "section232_autos_proclamation": EV("President proclaims auto and parts imports a threat to U.S. national security", "2019-05-17", "held"),
        "stage_one_deal_finalized": EV("Trump and Abe announce they have finalized a limited agreement", "2019-09-25", "held"),
    },
    "notes": "Traps: 'signed a joint statement on the two \"stage one\" agreements in New York in September 2019' (not the signing of the texts); 'within four months of entry into force'; 'about $7.2 billion of U.S. agricultural exports'; 'Japan's 38.5% beef tariff falls to 26.6% immediately and eventually to 9%'; 'about $40 million of imports from Japan'; 'roughly one-third of U.S. goods imports from Japan' (autos); 'the 180-day deadline ... passed in November 2019 without new tariffs' (tariffs.section232_autos not stated); 'behind China, Mexico, and Germany'; 'Data for services trade in 2019 are not yet available' (the goods-and-services totals are 2018's); 'overtaking China' (former top holder); 'The Trump Administration implemented ... without a vote in Congress'; HTML: the key dates sit in a sidebar box; interleaved only: Figure 1 axis ticks (0-160), years 2015-2019 and legend, and the two columns' lines alternate",
}
