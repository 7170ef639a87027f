from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "T6-IF11120-2019-06", "tune", "IF11120", 4
LAYOUTS = ["md", "pdf", "layout"]
PDF_OPTS = ["lig", "quotes"]
CHART = {"unit": "$ billions", "ymax": 800, "ticks": [0, 200, 400, 600, 800],
         "series": ["Total trade (goods and services)"],
         "bars": {"China": (737.1,), "Canada": (718.4,), "Mexico": (677.0,), "Japan": (299.1,), "Germany": (259.5,)}}

MD = """
U.S.-Japan Trade Agreement Negotiations

Updated June 10, 2019

## Background

The United States and Japan began formal negotiations on a bilateral trade agreement in April 2019, when U.S. Trade Representative Robert Lighthizer and Japan's Economy Minister Toshimitsu Motegi held a first round of talks in Washington on April 15-16. The talks stem from a September 2018 joint statement in which President Donald Trump and Prime Minister Shinzo Abe agreed to pursue a "U.S.-Japan Trade Agreement" on goods and "other key areas including services" that could produce early results. Trump, who withdrew the United States from the Trans-Pacific Partnership (TPP) in January 2017, has said he wants a deal quickly; Abe has insisted that any agricultural concessions not exceed those Japan made in TPP.

## Bilateral Trade and Investment

Japan was the fourth-largest U.S. trade partner in 2018 (**Figure 1**). U.S. exports of goods and services to Japan were about $121 billion that year. Of these, goods accounted for $75.2 billion and services for $45.5 billion. Imports from Japan totaled $178.5 billion: $142.6 billion in goods and nearly $36 billion in services. The U.S. goods trade deficit with Japan was $67.6 billion in 2018, the fourth-largest bilateral goods deficit after those with China, Mexico, and Germany. Motor vehicles and parts made up about a third of U.S. goods imports from Japan.

**Figure 1. Top U.S. Trade Partners, 2018**

Source: CRS, with Bureau of Economic Analysis data.

Investment ties run deep. The stock of Japanese foreign direct investment (FDI) in the United States stood at $484.4 billion in 2018, second only to that of the United Kingdom. U.S. FDI in Japan totaled $126 billion. Japan is also the second-largest foreign holder of U.S. Treasury securities, behind China.

## The Section 232 Auto Threat

On May 17, 2019, the President proclaimed that imports of automobiles and parts, particularly from Japan and the European Union, threaten to impair U.S. national security. The Commerce Department had reportedly recommended tariffs of up to 25%. Rather than impose tariffs, Trump directed USTR to seek negotiated agreements to address the threat within 180 days. Japanese officials argue that Japanese automakers employ some 170,000 workers at U.S. plants. The United States currently applies a 2.5% tariff to imported passenger cars and 25% to light trucks. Since March 2018, Japan has also faced Section 232 tariffs of 25% on steel and 10% on aluminum, with no exemption.

## Issues for the Negotiations

U.S. agricultural exporters fear losing market share in Japan. The Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP), the 11-country successor to TPP, took effect for Japan on December 30, 2018, and the EU-Japan Economic Partnership Agreement entered into force on February 1, 2019. Under both, Japan's 38.5% beef tariff is being cut, to 9% in 2033 under CPTPP. Japan is seeking to limit any deal to goods, while the United States wants to cover services, digital trade, and currency. Trump, who made a state visit to Tokyo in late May, suggested he expects progress after Japan's Upper House election in July.

**Brock R. Williams**, Analyst in International Trade and Finance

**Cathleen D. Cimino-Isaacs**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Trump", "Donald", "President Donald Trump"),
        "leaders.japan_prime_minister": P("Abe", "Shinzo", "Prime Minister Shinzo Abe"),
        "trade.overall_partner_rank": F(4, period="2018", as_written="Japan was the fourth-largest U.S. trade partner in 2018"),
        "trade.us_exports_to_japan": F(121000000000, "about", period="2018", as_written="U.S. exports of goods and services to Japan were about $121 billion that year"),
        "trade.us_goods_exports_to_japan": F(75200000000, period="2018", as_written="Of these, goods accounted for $75.2 billion"),
        "trade.us_services_exports_to_japan": F(45500000000, period="2018", as_written="and services for $45.5 billion"),
        "trade.us_imports_from_japan": F(178500000000, period="2018"),
        "trade.us_goods_imports_from_japan": F(142600000000, period="2018"),
        "trade.us_services_imports_from_japan": F(36000000000, "nearly", period="2018", as_written="nearly $36 billion in services"),
        "trade.goods_deficit": F(67600000000, period="2018"),
        "trade.goods_deficit_rank": F(4, period="2018", as_written="the fourth-largest bilateral goods deficit after those with China, Mexico, and Germany"),
        "trade.japan_fdi_stock_in_us": F(484400000000, period="2018"),
        "trade.us_fdi_stock_in_japan": F(126000000000, period="2018", as_written="U.S. FDI in Japan totaled $126 billion", note="year carried from the previous sentence"),
        "trade.fdi_source_rank": F(2, period="2018", as_written="second only to that of the United Kingdom"),
        "trade.treasury_holder_rank": F(2, as_written="the second-largest foreign holder of U.S. Treasury securities, behind China"),
    },
    "elections": {
        "upper_house_2019": E("Upper House", "2019-07", "upcoming", note="'after Japan's Upper House election in July'"),
    },
    "events": {
        "first_negotiating_round": EV("First round of U.S.-Japan trade agreement negotiations, Washington, April 15-16", "2019-04", "held"),
        "section232_autos_proclamation": EV("President proclaims auto and parts imports, particularly from Japan and the EU, a threat to U.S. national security", "2019-05-17", "held"),
    },
    "notes": "Traps: 'April 15-16' (round dates; the event is dated to the month as the record does); 'a September 2018 joint statement'; 'withdrew ... from the Trans-Pacific Partnership (TPP) in January 2017'; 'U.S. Trade Representative Robert Lighthizer' and 'Economy Minister Toshimitsu Motegi'; 'after those with China, Mexico, and Germany'; 'about a third of U.S. goods imports from Japan' (autos); 'recommended tariffs of up to 25%' and 'Rather than impose tariffs' (tariffs.section232_autos not stated); 'within 180 days'; 'some 170,000 workers'; 'a 2.5% tariff to imported passenger cars and 25% to light trucks' (MFN rates on autos; no rate on most imports stated); 'Section 232 tariffs of 25% on steel and 10% on aluminum' (sectoral); 'took effect for Japan on December 30, 2018' (CPTPP) and 'entered into force on February 1, 2019' (EU-Japan EPA): not the USJTA; 'the 11-country successor'; 'Japan's 38.5% beef tariff ... to 9% in 2033'; 'a state visit to Tokyo in late May'; 'Japan's Upper House election in July' (no IF11120 catalogue fact; listed as upper_house_2019); PDF/layout only: Figure 1 bars for China, Canada, Mexico, Japan, Germany with axis ticks (0-800) and legend, no values",
}
