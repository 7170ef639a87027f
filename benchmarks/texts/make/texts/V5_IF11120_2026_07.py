from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "V5-IF11120-2026-07", "tune2", "IF11120", 26
LAYOUTS = ["pdf", "interleaved", "md"]
PDF_OPTS = ["quotes", "nbsp", "hyph"]
CHART = {"unit": "percent", "ymax": 30, "ticks": [0, 5, 10, 15, 20, 25, 30],
         "series": ["Most goods", "Cars"],
         "bars": {"Mar. 2025": (0.0, 2.5), "May 2025": (10.0, 27.5), "Oct. 2025": (15.0, 15.0), "Jul. 2026": (10.0, 15.0)}}

MD = """
U.S.-Japan Trade Agreements and Tariff Negotiations

Updated July 14, 2026

## Key Points

- Most U.S. imports from Japan pay a 10% surcharge under Section 122 of the Trade Act of 1974; no IEEPA tariff is being collected.
- The surcharge is due to lapse in late July 2026 unless Congress extends it, which appears unlikely.
- USTR has proposed a 17.5% tariff on Japan under Section 301; a final decision is pending.
- Japan's $550 billion investment commitment stands.

## From Framework to Court Ruling

Japan's tariff treatment has shifted several times since early 2025 (**Figure 1**). The "reciprocal" tariffs that President Donald Trump imposed under the International Emergency Economic Powers Act (IEEPA) were first set at 24% for Japan, a rate that was announced in April 2025 and then suspended. In July 2025, the United States and Japan announced a framework agreement under which the IEEPA rate on most Japanese goods was fixed at 15%. That rate was collected until the Supreme Court decided, on February 20, 2026, that IEEPA does not give the President authority to impose tariffs. Importers have since filed claims for refunds of IEEPA duties, which by one estimate exceed $1.5 billion for goods from Japan alone.

**Figure 1. U.S. Tariff on Most Imports from Japan and on Japanese Cars, 2025-2026**

Source: CRS, based on presidential proclamations and executive orders.

Four days after the ruling, a 10% import surcharge on goods from most trading partners, Japan among them, was proclaimed under Section 122. The statute allows surcharges of no more than 15% for no more than 150 days. To replace it, the U.S. Trade Representative (USTR) opened a Section 301 investigation of Japan in March and in May proposed a 17.5% tariff; hearings ended in June.

Cars were untouched by the ruling, since their tariff rests on Section 232 rather than IEEPA. Japanese vehicles and parts are still charged 15%, compared with 27.5% before the framework took effect. Steel and aluminum face 50%.

## The Investment Pledge and Japanese Politics

Japan is to provide $550 billion for U.S. investments by January 2029. Prime Minister Takaichi Sanae, who succeeded Ishiba Shigeru in October 2025, has said the commitment does not depend on the tariff rate. Her LDP-led coalition won a large majority in the Lower House election held on February 8, 2026. South Korea's parallel $350 billion commitment has drawn similar questions in Seoul.

## Trade and Investment

Table 1. U.S. Trade with Japan, 2024 and 2025 ($ billions)

| | 2024 | 2025 |
| --- | --- | --- |
| Exports, goods | 80.0 | 79.9 |
| Exports, services | 49.0 | 51.5 |
| Exports, total | 129.0 | 131.4 |
| Imports, goods | 150.0 | 139.6 |
| Imports, services | 42.0 | 43.4 |
| Imports, total | 192.0 | 183.0 |

Source: BEA, June 2026 release.

Japan again ranked sixth among U.S. trade partners in 2025. The goods deficit with Japan narrowed to $59.7 billion, and seven countries, led by China, Mexico, and Vietnam, had larger ones, so Japan's came eighth. In 2024 it had ranked seventh. Japan has been the leading source of FDI in the United States since 2019; its stock reached just under $800 billion at the end of 2024. No other foreign country holds more U.S. Treasury securities.

## Earlier Agreements

- U.S.-Japan Trade Agreement and Digital Trade Agreement: signed October 2019; both in force January 1, 2020.
- Critical Minerals Agreement: signed March 2023.

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Kyla H. Kitamura**, Analyst in Asian Affairs
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Trump", "Donald", "President Donald Trump"),
        "leaders.japan_prime_minister": P("Takaichi", "Sanae", "Prime Minister Takaichi Sanae"),
        "tariffs.us_tariff_most_imports": F(10, as_written="Most U.S. imports from Japan pay a 10% surcharge under Section 122 of the Trade Act of 1974"),
        "tariffs.section122_surcharge": F(10, as_written="a 10% surcharge under Section 122"),
        "tariffs.ieepa_rate": F(15, period="2025-07", as_written="the IEEPA rate on most Japanese goods was fixed at 15%", note="the framework rate; no longer collected after the February 2026 ruling (as extract-dev D6)"),
        "tariffs.ieepa_ruling": D("2026-02-20", as_written="the Supreme Court decided, on February 20, 2026, that IEEPA does not give the President authority to impose tariffs"),
        "tariffs.section232_autos": F(15, as_written="Japanese vehicles and parts are still charged 15%"),
        "framework.announced": D("2025-07", as_written="In July 2025, the United States and Japan announced a framework agreement"),
        "framework.investment_pledge": F(550000000000, by="2029-01", as_written="Japan is to provide $550 billion for U.S. investments by January 2029"),
        "trade.overall_partner_rank": F(6, period="2025", as_written="Japan again ranked sixth among U.S. trade partners in 2025"),
        "trade.us_exports_to_japan": F(131400000000, period="2025", as_written="Table 1, 2025 column: Exports, total 131.4"),
        "trade.us_goods_exports_to_japan": F(79900000000, period="2025", as_written="Table 1, 2025 column: Exports, goods 79.9"),
        "trade.us_services_exports_to_japan": F(51500000000, period="2025", as_written="Table 1, 2025 column: Exports, services 51.5"),
        "trade.us_imports_from_japan": F(183000000000, period="2025", as_written="Table 1, 2025 column: Imports, total 183.0"),
        "trade.us_goods_imports_from_japan": F(139600000000, period="2025", as_written="Table 1, 2025 column: Imports, goods 139.6"),
        "trade.us_services_imports_from_japan": F(43400000000, period="2025", as_written="Table 1, 2025 column: Imports, services 43.4"),
        "trade.goods_deficit": F(59700000000, period="2025", as_written="The goods deficit with Japan narrowed to $59.7 billion"),
        "trade.goods_deficit_rank": F(8, period="2025", as_written="seven countries ... had larger ones, so Japan's came eighth"),
        "trade.fdi_source_rank": F(1, as_written="Japan has been the leading source of FDI in the United States since 2019"),
        "trade.japan_fdi_stock_in_us": F(800000000000, q="under", period="2024", as_written="its stock reached just under $800 billion at the end of 2024"),
        "trade.treasury_holder_rank": F(1, as_written="No other foreign country holds more U.S. Treasury securities"),
        "agreements.usjta_signed": D("2019-10", as_written="signed October 2019"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="both in force January 1, 2020"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="both in force January 1, 2020"),
        "agreements.critical_minerals_signed": D("2023-03", as_written="Critical Minerals Agreement: signed March 2023"),
    },
    "elections": {
        "lower_house_2026": E("Lower House", "2026-02-08", "held", result="large majority for the LDP-led coalition"),
    },
    "events": {
        "section122_surcharge_expired": EV("The 10% Section 122 surcharge lapses", "2026-07", "upcoming"),
    },
    "notes": "Traps: 'no IEEPA tariff is being collected'; 'USTR has proposed a 17.5% tariff on Japan under Section 301' and 'in May proposed a 17.5% tariff; hearings ended in June' (proposed, not in effect); 'first set at 24% for Japan, a rate that was announced in April 2025 and then suspended' (announced/suspended); 'That rate was collected until' (15% is the IEEPA rate but not the tariff now on most imports); 'exceed $1.5 billion for goods from Japan alone' (refunds); Figure 1 title '2025-2026' with (PDF/interleaved) bar labels Mar. 2025, May 2025, Oct. 2025, Jul. 2026, axis ticks 0-30 and legend, no values; 'Four days after the ruling' (surcharge start not dated); 'surcharges of no more than 15% for no more than 150 days' (statutory limits); 'opened a Section 301 investigation of Japan in March'; 'compared with 27.5% before the framework took effect' (past auto rate); 'Steel and aluminum face 50%' (not autos); 'who succeeded Ishiba Shigeru in October 2025' (former PM; the LDP vote has no slug); 'South Korea's parallel $350 billion commitment' (other country); Table 1's 2024 column (80.0, 49.0, 129.0, 150.0, 42.0, 192.0: earlier year); 'seven countries, led by China, Mexico, and Vietnam' (count; rank is 8); 'In 2024 it had ranked seventh' (past rank); 'since 2019' (not a date of any fact). Judgement: 'just under $800 billion' is `under`; the Section 122 surcharge is both the tariff on most imports and `tariffs.section122_surcharge`; its lapse 'in late July 2026' is `section122_surcharge_expired`, upcoming",
}
