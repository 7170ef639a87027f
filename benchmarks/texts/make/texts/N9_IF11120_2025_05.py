from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "N9-IF11120-2025-05", "fresh2", "IF11120", 18
TITLE = "U.S.-Japan Trade Agreements and Negotiations"
LAYOUTS = ["pdf", "layout", "html"]
PDF_OPTS = ["lig", "quotes", "nbsp", "hyph"]
SIDEBAR = "Earlier Agreements"
CHART = {"unit": "$ billions, goods and services", "ymax": 1000, "ticks": [0, 250, 500, 750, 1000],
         "series": ["Total trade"],
         "bars": {"EU": (976.0,), "Mexico": (873.0,), "Canada": (909.0,), "China": (688.0,), "UK": (330.0,), "Japan": (321.0,)}}

MD = """
U.S.-Japan Trade Agreements and Negotiations

Updated May 20, 2025

## Overview

Japan is seeking relief from a wave of U.S. tariffs imposed since President Donald Trump took office in January 2025. On April 7, 2025, Trump and Prime Minister Ishiba Shigeru agreed by telephone to open negotiations, and Ishiba named his close aide Akazawa Ryosei as chief negotiator. Akazawa held talks in Washington on April 16 and May 1; a third round is expected later this month. Japan has said any agreement must include autos.

## Tariffs Now in Effect

A 10% tariff under the International Emergency Economic Powers Act (IEEPA) has applied to most imports from Japan since April 5. It is the only IEEPA rate now collected on Japanese goods: the 24% "reciprocal" rate announced for Japan on April 2 was suspended on April 9 for 90 days, until July 9, and would take effect then absent a deal. Separately, Japanese passenger vehicles have paid a 25% Section 232 tariff since April 3, on top of the 2.5% most-favored-nation duty, and auto parts since May 3. Steel and aluminum from Japan are also subject to 25% Section 232 tariffs. Autos and parts made up about a third of U.S. imports from Japan in 2024.

## Trade and Investment

In 2024, Japan ranked as the sixth-largest U.S. trade partner (**Figure 1**). The United States exported $129 billion in goods and services to Japan: goods made up $80 billion of that, and services the remaining $49 billion. U.S. imports from Japan, at $192 billion, consisted of $150 billion in goods and $42 billion in services. The U.S. goods deficit with Japan came to $68.5 billion, the seventh-largest of any country.

**Figure 1. Top U.S. Trade Partners, 2024**

Source: Bureau of Economic Analysis. The European Union is shown as one partner.

Japanese companies' direct investment in the United States reached roughly $783 billion in 2023, more than any other country's. U.S. direct investment in Japan was some $134 billion that year. Japan remains the largest foreign holder of U.S. Treasury securities. In December 2023, Nippon Steel agreed to buy U.S. Steel for $14.9 billion; President Joe Biden blocked the deal in January 2025, and the Trump Administration ordered a new review in April.

## Earlier Agreements

- The U.S.-Japan Trade Agreement and the U.S.-Japan Digital Trade Agreement were signed in 2019 and took effect in 2020.
- A Critical Minerals Agreement, signed on March 28, 2023, lets certain Japanese minerals count toward U.S. clean vehicle tax credits.

## Outlook

Japanese politics may shape the talks: half of the Upper House's seats are up for election in July 2025, and Ishiba's minority government faces pressure not to concede on agriculture, including rice.

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Kyla H. Kitamura**, Analyst in Asian Affairs
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Trump", "Donald", "President Donald Trump"),
        "leaders.japan_prime_minister": P("Ishiba", "Shigeru", "Prime Minister Ishiba Shigeru"),
        "tariffs.us_tariff_most_imports": F(10, period="2025-04-05", as_written="A 10% tariff under ... (IEEPA) has applied to most imports from Japan since April 5"),
        "tariffs.ieepa_rate": F(10, period="2025-04-05", as_written="It is the only IEEPA rate now collected on Japanese goods", note="the 24% country rate is suspended until July 9"),
        "tariffs.section232_autos": F(25, as_written="Japanese passenger vehicles have paid a 25% Section 232 tariff since April 3"),
        "trade.overall_partner_rank": F(6, period="2024", as_written="In 2024, Japan ranked as the sixth-largest U.S. trade partner"),
        "trade.us_exports_to_japan": F(129000000000, period="2024"),
        "trade.us_goods_exports_to_japan": F(80000000000, period="2024", as_written="goods made up $80 billion of that"),
        "trade.us_services_exports_to_japan": F(49000000000, period="2024", as_written="and services the remaining $49 billion"),
        "trade.us_imports_from_japan": F(192000000000, period="2024"),
        "trade.us_goods_imports_from_japan": F(150000000000, period="2024"),
        "trade.us_services_imports_from_japan": F(42000000000, period="2024"),
        "trade.goods_deficit": F(68500000000, period="2024"),
        "trade.goods_deficit_rank": F(7, period="2024", as_written="the seventh-largest of any country"),
        "trade.japan_fdi_stock_in_us": F(783000000000, "about", period="2023", as_written="reached roughly $783 billion in 2023"),
        "trade.us_fdi_stock_in_japan": F(134000000000, "about", period="2023", as_written="U.S. direct investment in Japan was some $134 billion that year"),
        "trade.fdi_source_rank": F(1, as_written="more than any other country's"),
        "trade.treasury_holder_rank": F(1, as_written="Japan remains the largest foreign holder of U.S. Treasury securities"),
        "agreements.usjta_signed": D("2019", as_written="were signed in 2019"),
        "agreements.usjta_in_force": D("2020", as_written="and took effect in 2020"),
        "agreements.digital_trade_in_force": D("2020", as_written="and took effect in 2020"),
        "agreements.critical_minerals_signed": D("2023-03-28", as_written="A Critical Minerals Agreement, signed on March 28, 2023"),
    },
    "elections": {
        "upper_house_2025": E("Upper House", "2025-07", "upcoming"),
    },
    "events": {
        "tariff_talks_announced": EV("Trump and Ishiba agree by telephone to open tariff negotiations", "2025-04-07", "held"),
    },
    "notes": "Traps: 'since President Donald Trump took office in January 2025'; 'Akazawa held talks in Washington on April 16 and May 1; a third round is expected later this month' (rounds, no slug); 'the 24% \"reciprocal\" rate announced for Japan on April 2 was suspended on April 9 for 90 days, until July 9' (suspended rate, not in effect); 'the 2.5% most-favored-nation duty' (MFN, not Section 232) and 'auto parts since May 3'; 'Steel and aluminum from Japan are also subject to 25% Section 232 tariffs' (not autos, not most imports); 'about a third of U.S. imports from Japan in 2024' (share, not an amount); 'The European Union is shown as one partner'; 'In December 2023, Nippon Steel agreed to buy U.S. Steel for $14.9 billion' and 'President Joe Biden blocked the deal in January 2025' (former president); 'ordered a new review in April'; 'half of the Upper House's seats are up for election' (no share in IF11120); 'Ishiba's minority government' (Lower House; no IF11120 fact); Figure 1 title 'Top U.S. Trade Partners, 2024' with (PDF/layout) axis ticks 0-1000 and partner labels EU, Mexico, Canada, China, UK, Japan, no values; HTML: the earlier agreements sit in a sidebar box as a bulleted list. Judgement: with the 24% rate suspended, the IEEPA rate is the 10% actually collected",
}
