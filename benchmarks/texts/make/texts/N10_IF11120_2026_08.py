from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "N10-IF11120-2026-08", "fresh2", "IF11120", 27
LAYOUTS = ["md", "pdf", "interleaved"]
PDF_OPTS = ["lig", "quotes", "nbsp", "hyph"]
CHART = {"unit": "tariff rate, percent", "ymax": 30, "ticks": [0, 10, 20, 30],
         "series": ["Most goods", "Passenger vehicles"],
         "bars": {"Jan. 2025": (0.0, 2.5), "Sep. 2025": (15.0, 15.0), "Mar. 2026": (10.0, 15.0), "Aug. 2026": (12.5, 15.0)}}

MD = """
U.S.-Japan Trade Agreements and Tariff Negotiations

Updated August 11, 2026

## Where Things Stand

For the third time in a year, the legal basis for U.S. tariffs on Japanese goods has changed. Since July 24, 2026, most imports from Japan have been subject to a 12.5% tariff that the U.S. Trade Representative (USTR) imposed under Section 301 of the Trade Act of 1974 at the end of an investigation into Japan's enforcement of forced-labor import bans. USTR had proposed 17.5% in May before settling on the lower rate. Tokyo has protested the action but has not retaliated. Prime Minister Takaichi Sanae, whose coalition won a landslide in the February 8, 2026, Lower House election, is expected to raise the issue with President Donald Trump at the G-20 in December.

## How the Tariffs Changed

Under the framework the two governments announced on July 22, 2025, most Japanese goods paid a 15% tariff under the International Emergency Economic Powers Act (IEEPA), in place of the 24% the Administration had announced in April 2025 and the 25% it had threatened in July. On February 20, 2026, the Supreme Court ruled that IEEPA does not authorize tariffs, and the 15% rate ended. Within days, the President imposed a temporary 10% import surcharge on most countries, Japan included, under Section 122 of the Trade Act of 1974, which caps such surcharges at 15% and 150 days. Congress did not extend it, and the surcharge lapsed in late July 2026, when the Section 301 tariff replaced it (**Figure 1**).

**Figure 1. U.S. Tariff Rates on Imports from Japan, January 2025-August 2026**

Source: CRS, from proclamations, executive orders, and USTR notices.

Autos were not affected by the ruling. The Section 232 tariff on Japanese cars and light trucks stays at 15%, the rate agreed in the framework, down from the 27.5% (25% plus the 2.5% MFN duty) charged between April and September 2025. Steel and aluminum from Japan still face 50% Section 232 tariffs.

## The Investment Commitment

The framework's other pillar survived the ruling: Japan's commitment to provide $550 billion for investment in U.S. projects chosen by the Administration before January 19, 2029. A committee chaired by the Commerce Secretary has approved the first projects, in energy and shipbuilding.

## Trade and Investment Data

Japan was once again the sixth-largest U.S. trade partner in 2025. U.S. exports to Japan that year amounted to $131.4 billion, with goods accounting for $79.9 billion and services for $51.5 billion. Imports from Japan, down almost 5% from 2024, were valued at $183.0 billion: $139.6 billion in goods and $43.4 billion in services. A goods deficit of $59.7 billion was recorded with Japan, the eighth-largest of any U.S. partner. The stock of Japanese FDI in the United States stood at $776 billion at the end of 2025, higher than that of any other country, and Japan is still the biggest foreign holder of U.S. Treasury securities.

## Earlier Agreements

The limited U.S.-Japan Trade Agreement and the companion Digital Trade Agreement, both in force since January 2020, remain in effect. Japan's tariff cuts on U.S. beef and pork under the first agreement continue to phase in.

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Kyla H. Kitamura**, Analyst in Asian Affairs
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Trump", "Donald", "President Donald Trump"),
        "leaders.japan_prime_minister": P("Takaichi", "Sanae", "Prime Minister Takaichi Sanae"),
        "tariffs.us_tariff_most_imports": F(12.5, period="2026-07-24", as_written="Since July 24, 2026, most imports from Japan have been subject to a 12.5% tariff ... under Section 301"),
        "tariffs.ieepa_rate": F(15, period="2025-07", as_written="most Japanese goods paid a 15% tariff under ... (IEEPA)", note="the framework rate; ended by the February 2026 ruling (as extract-dev D6)"),
        "tariffs.section122_surcharge": F(10, as_written="a temporary 10% import surcharge on most countries, Japan included, under Section 122", note="lapsed in late July 2026"),
        "tariffs.ieepa_ruling": D("2026-02-20", as_written="On February 20, 2026, the Supreme Court ruled that IEEPA does not authorize tariffs"),
        "tariffs.section232_autos": F(15, as_written="The Section 232 tariff on Japanese cars and light trucks stays at 15%"),
        "framework.announced": D("2025-07-22", as_written="the framework the two governments announced on July 22, 2025"),
        "framework.investment_pledge": F(550000000000, by="2029-01-19", as_written="$550 billion for investment in U.S. projects chosen by the Administration before January 19, 2029"),
        "trade.overall_partner_rank": F(6, period="2025", as_written="Japan was once again the sixth-largest U.S. trade partner in 2025"),
        "trade.us_exports_to_japan": F(131400000000, period="2025"),
        "trade.us_goods_exports_to_japan": F(79900000000, period="2025", as_written="with goods accounting for $79.9 billion"),
        "trade.us_services_exports_to_japan": F(51500000000, period="2025", as_written="and services for $51.5 billion"),
        "trade.us_imports_from_japan": F(183000000000, period="2025", as_written="were valued at $183.0 billion"),
        "trade.us_goods_imports_from_japan": F(139600000000, period="2025"),
        "trade.us_services_imports_from_japan": F(43400000000, period="2025"),
        "trade.goods_deficit": F(59700000000, period="2025", as_written="A goods deficit of $59.7 billion was recorded with Japan"),
        "trade.goods_deficit_rank": F(8, period="2025", as_written="the eighth-largest of any U.S. partner"),
        "trade.japan_fdi_stock_in_us": F(776000000000, period="2025", as_written="The stock of Japanese FDI in the United States stood at $776 billion at the end of 2025"),
        "trade.fdi_source_rank": F(1, as_written="higher than that of any other country"),
        "trade.treasury_holder_rank": F(1, as_written="Japan is still the biggest foreign holder of U.S. Treasury securities"),
        "agreements.usjta_in_force": D("2020-01", as_written="both in force since January 2020"),
        "agreements.digital_trade_in_force": D("2020-01", as_written="both in force since January 2020"),
    },
    "elections": {
        "lower_house_2026": E("Lower House", "2026-02-08", "held", result="landslide for Takaichi's coalition"),
    },
    "events": {
        "section122_surcharge_expired": EV("The 10% Section 122 import surcharge lapses", "2026-07", "held"),
    },
    "notes": "Traps: 'For the third time in a year'; 'Section 301 of the Trade Act of 1974' (year of a law); 'USTR had proposed 17.5% in May before settling on the lower rate' (proposed rate); 'is expected to raise the issue with President Donald Trump at the G-20 in December'; 'in place of the 24% the Administration had announced in April 2025 and the 25% it had threatened in July' (announced and threatened rates); 'the 15% rate ended' (the IEEPA rate is still the framework's 15%, but it is not the tariff on most imports); 'which caps such surcharges at 15% and 150 days' (statutory limit, not the surcharge); 'Figure 1 ... January 2025-August 2026' and (PDF/interleaved) its bar labels Jan. 2025, Sep. 2025, Mar. 2026, Aug. 2026, axis ticks 0-30 and legend, no values; 'down from the 27.5% (25% plus the 2.5% MFN duty) charged between April and September 2025' (past auto rate); 'Steel and aluminum from Japan still face 50% Section 232 tariffs' (not autos); 'A committee chaired by the Commerce Secretary'; 'down almost 5% from 2024'; 'the first agreement continue to phase in'",
}
