from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "VV2-IF11120-2026-12", "fresh13", "IF11120", 27
TITLE = "U.S.-Japan Trade Agreements and Tariff Negotiations"
LAYOUTS = ["md", "pdf"]
PDF_OPTS = ["lig", "quotes"]
CHART = {"unit": "percent", "ymax": 20, "ticks": [0, 5, 10, 15, 20],
         "series": ["Tariff on most goods from Japan"],
         "bars": {"Apr. 2025": (10,), "Aug. 2025": (15,), "Feb. 2026": (10,), "July 2026": (12.5,)}}

MD = """
U.S.-Japan Trade Agreements and Tariff Negotiations

Updated December 1, 2026

## Overview

In the space of twenty months, U.S. tariffs on Japanese goods have rested on three different statutes. Most goods from Japan now pay a 12.5% tariff that the U.S. Trade Representative (USTR) imposed under Section 301 of the Trade Act of 1974. A rise to 20%, announced by USTR in early November, was to have taken effect today; on the 24th of November it was suspended for 90 days, after President Donald J. Trump spoke by telephone with Prime Minister Takaichi Sanae. Six weeks before that, the President had threatened a 25% rate unless Japan sped up the $550 billion investment program at the center of the two countries' 2025 framework. Table 1 sets the rates side by side.

Table 1. U.S. Tariff Rates on Most Goods from Japan, 2025-2026

| Measure (dates) | Rate | Status |
| --- | --- | --- |
| IEEPA "reciprocal" (Apr. 2-9, 2025) | 24% | Suspended |
| IEEPA baseline (5 Apr.-6 Aug. 2025) | 10% | Superseded |
| IEEPA letter (July 7, 2025) | 25% | Threatened |
| IEEPA framework (8/7/25-2/20/26) | 15% | Voided |
| Section 122 (Feb. 24-July 23, 2026) | 10% | Expired |
| Section 301 (since 2026-07-24) | 12.5% | In force |
| Section 301 increase (Nov. 9, 2026) | 20% | Suspended |
| Presidential post (Oct. 14, 2026) | 25% | Threatened |

Source: CRS, from presidential documents, Federal Register notices, and statements. MFN duties are added to each rate except the 15% framework rate, which included them.

## How the Rates Changed

The Administration agreed in a telephone call on April 7, 2025, to open tariff talks with Japan, five days after it announced a 24% "reciprocal" tariff on Japanese goods under the International Emergency Economic Powers Act (IEEPA). That rate was paused on 9 April 2025 before it was ever collected, and a 10% baseline applied in its place. President Trump announced a framework agreement with Japan on July 22, 2025. Under it, most Japanese goods paid a single IEEPA duty of 15%, inclusive of most-favored-nation (MFN) tariffs, from August 7 of that year.

On February 20th, 2026, the Supreme Court held that IEEPA does not authorize tariffs, voiding the 15% rate. From Feb. 24, a 10% import surcharge under Section 122 of the Trade Act of 1974 applied instead. The statute limits such a surcharge to 150 days, and it lapsed on July 23, 2026. USTR's Section 301 tariff, the product of an investigation opened in March, took effect the next day.

**Figure 1. Tariff on Most Goods from Japan, by Start of Period**

Source: CRS. The 24% and 25% rates were never applied.

## The November Standoff

In an October 14 post, the President said Japan had funded "far too little" of its investment pledge. On November 9, USTR published notice that the Section 301 rate would rise to 20% on December 1. After the leaders' call, USTR suspended the increase until February 22, 2027, and said the 12.5% rate would stay in place while officials review a first list of projects.

## The 2025 Framework

The framework was set out in a memorandum of understanding (MOU) signed on September 4, 2025, and Tokyo says it still applies although the IEEPA rate it fixed is gone. Its main terms:

- Japan is to invest $550 billion in U.S. projects selected by the U.S. government before Jan. 19, 2029; profits are shared equally until Japan recoups its outlay, and 90% go to the United States thereafter.
- The Section 232 tariff on Japanese cars and auto parts fell to 15% on 2025-09-16, from 27.5% (a 25% tariff plus the 2.5% MFN duty). It still stands at 15%.
- Japan agreed to buy 100 Boeing aircraft and more U.S. rice, corn, and soybeans.

By Japanese count, projects worth roughly $40 billion had been approved by the end of October 2026, most of them in energy and shipbuilding. Section 232 tariffs of 50% on steel and aluminum, in place since June 2025, continue to apply to Japan.

## Trade and Investment

Table 2. U.S. Trade with Japan, 2024 and 2025 ($ billions)

| Flow | 2024 | 2025 |
| --- | --- | --- |
| U.S. exports to Japan | 129.1 | 131.2 |
| Goods | 79.7 | 80.4 |
| Services | 49.4 | 50.8 |
| U.S. imports from Japan | 192.4 | 185.6 |
| Goods | 149.6 | 140.1 |
| Services | 42.8 | 45.5 |
| Goods balance | -69.9 | -59.7 |

Source: Bureau of Economic Analysis (BEA), June 2026.

Japan held sixth place among U.S. trading partners in 2025, as it had a year before. U.S. goods imports from Japan fell by some 6%, mostly in vehicles, and the goods deficit narrowed to $59.7 billion. Seven other trading partners accounted for larger U.S. goods deficits that year.

Japanese firms' direct investment position in the United States stood at $776 billion at the end of 2025, larger than any other country's. The U.S. position in Japan was far smaller, some $74 billion. Japanese investors also held about $1.2 trillion in U.S. Treasury securities in September 2026, more than those of any other foreign country; the United Kingdom was second.

## Agreements Still in Force

The tariff disputes have left three agreements untouched:

- U.S.-Japan Trade Agreement (USJTA): signed 7 October 2019, in force since the first day of 2020; Japan cut or removed tariffs on some $7 billion of U.S. farm goods.
- U.S.-Japan Digital Trade Agreement: signed the same day, and in force from the same date.
- Critical Minerals Agreement: signed March 28, 2023, so that minerals processed in Japan may count toward U.S. clean-vehicle tax credits.

## Politics in Tokyo

Takaichi, who succeeded Ishiba Shigeru in October 2025, won a commanding mandate when the Liberal Democratic Party took 316 of the 465 Lower House seats in the snap election of February 8, 2026.

## Issues for Congress

- Whether to legislate limits on Section 301 and Section 122 tariffs after the Court's IEEPA ruling.
- Whether the 2025 framework, never submitted to Congress, binds either government.

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Kyla H. Kitamura**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Trump", "Donald", "President Donald J. Trump"),
        "leaders.japan_prime_minister": P("Takaichi", "Sanae", "Prime Minister Takaichi Sanae"),
        "tariffs.us_tariff_most_imports": F(12.5, period="2026-07-24", as_written="Most goods from Japan now pay a 12.5% tariff that the U.S. Trade Representative (USTR) imposed under Section 301", note="Table 1 'Section 301 (since 2026-07-24) | 12.5% | In force'; prose 'took effect the next day' after July 23, 2026; the 20% increase is suspended and the 25% only threatened"),
        "tariffs.ieepa_rate": F(15, period="2025-08-07", as_written="most Japanese goods paid a single IEEPA duty of 15%, inclusive of most-favored-nation (MFN) tariffs, from August 7 of that year", note="voided by the February 2026 ruling; kept as the framework's rate (extract-dev D6)"),
        "tariffs.section232_autos": F(15, as_written="The Section 232 tariff on Japanese cars and auto parts fell to 15% on 2025-09-16, from 27.5% ... It still stands at 15%", note="since 2025-09-16"),
        "tariffs.section122_surcharge": F(10, as_written="From Feb. 24, a 10% import surcharge under Section 122 of the Trade Act of 1974 applied instead", note="expired July 23, 2026"),
        "tariffs.ieepa_ruling": D("2026-02-20", as_written="On February 20th, 2026, the Supreme Court held that IEEPA does not authorize tariffs"),
        "framework.announced": D("2025-07-22", as_written="President Trump announced a framework agreement with Japan on July 22, 2025"),
        "framework.investment_pledge": F(550000000000, by="2029-01-19", as_written="Japan is to invest $550 billion in U.S. projects selected by the U.S. government before Jan. 19, 2029"),
        "trade.overall_partner_rank": F(6, period="2025", as_written="Japan held sixth place among U.S. trading partners in 2025"),
        "trade.us_exports_to_japan": F(131200000000, period="2025", as_written="Table 2: U.S. exports to Japan | 129.1 | 131.2"),
        "trade.us_goods_exports_to_japan": F(80400000000, period="2025", as_written="Table 2: Goods | 79.7 | 80.4 (under exports)"),
        "trade.us_services_exports_to_japan": F(50800000000, period="2025", as_written="Table 2: Services | 49.4 | 50.8 (under exports)"),
        "trade.us_imports_from_japan": F(185600000000, period="2025", as_written="Table 2: U.S. imports from Japan | 192.4 | 185.6"),
        "trade.us_goods_imports_from_japan": F(140100000000, period="2025", as_written="Table 2: Goods | 149.6 | 140.1 (under imports)"),
        "trade.us_services_imports_from_japan": F(45500000000, period="2025", as_written="Table 2: Services | 42.8 | 45.5 (under imports)"),
        "trade.goods_deficit": F(59700000000, period="2025", as_written="the goods deficit narrowed to $59.7 billion", note="Table 2's goods balance -59.7 is the same figure"),
        "trade.goods_deficit_rank": F(8, period="2025", as_written="Seven other trading partners accounted for larger U.S. goods deficits that year"),
        "trade.fdi_source_rank": F(1, period="2025", as_written="Japanese firms' direct investment position in the United States stood at $776 billion at the end of 2025, larger than any other country's"),
        "trade.japan_fdi_stock_in_us": F(776000000000, period="2025", as_written="stood at $776 billion at the end of 2025"),
        "trade.us_fdi_stock_in_japan": F(74000000000, "about", period="2025", as_written="The U.S. position in Japan was far smaller, some $74 billion", note="year carried from the sentence before"),
        "trade.treasury_holder_rank": F(1, period="2026-09", as_written="held about $1.2 trillion in U.S. Treasury securities in September 2026, more than those of any other foreign country"),
        "agreements.usjta_signed": D("2019-10-07", as_written="signed 7 October 2019"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="in force since the first day of 2020"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="U.S.-Japan Digital Trade Agreement: signed the same day, and in force from the same date", note="date carried from the USJTA bullet"),
        "agreements.critical_minerals_signed": D("2023-03-28", as_written="Critical Minerals Agreement: signed March 28, 2023"),
    },
    "elections": {
        "lower_house_2026": E("Lower House", "2026-02-08", "held", result="LDP 316 of 465 seats"),
    },
    "events": {
        "tariff_talks_announced": EV("Administration agreed in an April 7, 2025 call to open tariff talks with Japan", "2025-04-07", "held"),
        "section122_surcharge_expired": EV("10% Section 122 surcharge lapsed after 150 days", "2026-07-23", "held"),
    },
    "notes": "Traps: 'In the space of twenty months'; 'A rise to 20%, announced by USTR in early November' and Table 1 'Section 301 increase (Nov. 9, 2026) | 20% | Suspended' (announced then suspended, not in force); 'on the 24th of November it was suspended for 90 days'; 'the President had threatened a 25% rate' and Table 1 'Presidential post (Oct. 14, 2026) | 25% | Threatened'; Table 1 'IEEPA \"reciprocal\" (Apr. 2-9, 2025) | 24% | Suspended', 'IEEPA baseline (5 Apr.-6 Aug. 2025) | 10% | Superseded' (past rate on most goods), 'IEEPA letter (July 7, 2025) | 25% | Threatened', 'Section 122 (Feb. 24-July 23, 2026) | 10% | Expired' (the surcharge fact, not the current rate), 'IEEPA framework (8/7/25-2/20/26) | 15% | Voided' (the IEEPA rate, numeric dates); 'five days after it announced a 24% \"reciprocal\" tariff' and 'That rate was paused on 9 April 2025'; 'a 10% baseline applied in its place'; 'limits such a surcharge to 150 days'; 'an investigation opened in March'; Figure 1 (tariff by start of period, percent; ticks 0-20, no value labels; bars labelled Apr. 2025, Aug. 2025, Feb. 2026, July 2026); 'In an October 14 post' and '\"far too little\"'; 'On November 9, USTR published notice that the Section 301 rate would rise to 20% on December 1'; 'suspended the increase until February 22, 2027'; 'a memorandum of understanding (MOU) signed on September 4, 2025' (not the framework's announcement); 'profits are shared equally ... and 90% go to the United States'; 'from 27.5% (a 25% tariff plus the 2.5% MFN duty)' (past auto rates); '100 Boeing aircraft'; 'projects worth roughly $40 billion had been approved' (not the pledge); 'Section 232 tariffs of 50% on steel and aluminum, in place since June 2025' (sectoral); Table 2's 2024 column (129.1, 79.7, 49.4, 192.4, 149.6, 42.8, -69.9: past year); 'as it had a year before'; 'fell by some 6%'; 'the United Kingdom was second'; 'about $1.2 trillion' (no catalogue fact); 'some $7 billion of U.S. farm goods'; 'The tariff disputes have left three agreements untouched'; 'Takaichi, who succeeded Ishiba Shigeru in October 2025' (former PM; no LDP vote stated); '316 of the 465 Lower House seats' (IF11120 has no seat facts); PDF ligatures and curly quotes (md plain)",
}
