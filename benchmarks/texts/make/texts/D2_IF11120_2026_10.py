from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "D2-IF11120-2026-10", "fresh6", "IF11120", 27
TITLE = "U.S.-Japan Trade Agreements and Tariff Negotiations"
LAYOUTS = ["md", "layout", "interleaved"]
PDF_OPTS = ["lig", "quotes", "nbsp", "hyph"]
CHART = {"unit": "$ billions", "ymax": 60, "ticks": [0, 15, 30, 45, 60],
         "series": ["Imports from Japan", "Exports to Japan"],
         "bars": {"2021": (44.0, 2.3), "2022": (47.5, 2.4), "2023": (55.0, 2.6), "2024": (55.6, 2.7), "2025": (51.1, 2.6)}}

MD = """
U.S.-Japan Trade Agreements and Tariff Negotiations

Updated October 13, 2026

## Key Points

- Since late July 2026, most goods from Japan have entered the United States under a 12.5% tariff imposed by the U.S. Trade Representative (USTR) under Section 301 of the Trade Act of 1974.
- The 15% tariff agreed in July 2025 and collected under the International Emergency Economic Powers Act (IEEPA) ended after the Supreme Court ruled against IEEPA tariffs on February 20, 2026.
- A worldwide 10% surcharge under Section 122 of the same act bridged the gap for five months and lapsed in July 2026.
- Japanese autos and auto parts still pay Section 232 duties, held to a ceiling of 15% by the 2025 deal, and Japan's $550 billion investment commitment stands.

## Background: The 2025 Deal

President Trump made Japan an early target of his tariff program. An April 2025 announcement set a 24% "reciprocal" rate for Japan; within a week it was suspended in favor of a 10% baseline applied to almost every partner, and a July letter warned that 25% would follow if no deal was reached. Negotiators for then-Prime Minister Ishiba Shigeru instead reached what the two governments called a "strategic trade and investment agreement," announced in July 2025.

The deal's core was a single IEEPA rate of 15% on most Japanese goods, with most-favored-nation duties folded in. Cars and parts, which had paid 27.5% under Section 232 and the normal tariff combined since April 2025, were brought under a 15% ceiling, as were several other goods that Commerce might later investigate. Japan, for its part, agreed to supply $550 billion for investment in U.S. projects before 2029. An investment committee chaired by the Secretary of Commerce selects the projects, and profits are to be divided equally until Japan recovers its funds, with 90% going to the United States after that. South Korea accepted a similar bargain with a $350 billion figure.

## After the Court Ruled

The February 20, 2026, decision held that IEEPA does not give the President authority to impose tariffs. Customs stopped collecting the 15% IEEPA duty on Japanese goods, although importers' refund claims remain in litigation. The Administration moved quickly to a different statute: Section 122 permits a temporary import surcharge of up to 15%, for no longer than 150 days unless Congress extends it, to address balance-of-payments problems. The surcharge imposed under it, 10%, applied to imports from Japan and nearly all other countries. Congress did not extend it, and it expired in July 2026.

By then USTR had opened Section 301 investigations of several trading partners. Japan's concerned the enforcement of its bans on goods made with forced labor; USTR announced in July that a 12.5% tariff on most Japanese goods would apply. Determinations for other partners produced rates ranging from 10% to 25%. The ruling left Section 232 tariffs untouched: steel and aluminum from Japan remain subject to 50%, and the 15% ceiling for autos still governs.

Table 1. U.S. Tariffs on Goods from Japan, 2025-2026

| Measure | Rate | Status in October 2026 |
| --- | --- | --- |
| IEEPA (2025 deal) | 15% | ended, Feb. 2026 |
| Section 122 surcharge | 10% | expired, July 2026 |
| Section 301 | 12.5% | in effect since July 2026 |
| Section 232, autos and parts | 15% ceiling | in effect |
| Section 232, steel and aluminum | 50% | in effect |

Source: CRS, from proclamations, executive orders, and USTR notices.

## Trade and Investment Ties

BEA figures published in June 2026 place Japan sixth on the list of U.S. trading partners for 2025, counting goods and services. Autos dominate the goods account (Figure 1). The United States imported $51.1 billion of motor vehicles and parts from Japan in 2025, while U.S. automotive exports to Japan came to a mere $2.6 billion. Japanese automakers, for their part, report some $70 billion of cumulative investment in U.S. plants as of 2025.

**Figure 1. U.S. Motor Vehicle and Parts Trade with Japan, 2021-2025**

Source: CRS, using U.S. Census Bureau data.

The investment relationship runs deeper than trade. Japan is the biggest single source of foreign direct investment (FDI) in the United States, with a stock of $776 billion at the end of 2025, and Japanese-owned affiliates employed close to one million U.S. workers in 2024. U.S. companies, by contrast, held $74 billion of direct investment in Japan at that date, less than a tenth of the Japanese figure. Japan also ranks first among foreign owners of U.S. Treasury securities.

## Earlier Agreements

Two agreements from President Trump's first term remain in force: the U.S.-Japan Trade Agreement (USJTA) of 2020 and a Digital Trade Agreement of the same year. The USJTA was narrow. It applied to about 5% of U.S. goods imports from Japan, through tariff changes on 241 U.S. tariff lines, and to 18% of Japan's goods imports from the United States, including roughly 600 Japanese agricultural tariff lines. Because its tariff cuts were modest, the Administration put it into effect by proclamation under Trade Promotion Authority, which has since expired (in 2021). The Biden Administration later concluded a critical minerals agreement with Japan and, in 2022, launched the Indo-Pacific Economic Framework (IPEF) with Japan and 12 other countries.

## Issues for Congress

Members may weigh whether the Section 301 tariff, set below the 15% Japan had accepted in 2025, alters Tokyo's willingness to fund projects under the $550 billion commitment; how quickly IEEPA refunds are paid; and whether Congress should set terms for any future use of Section 122, whose 150-day limit it chose not to lift this year.

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Kyla H. Kitamura**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Trump", "Donald", "President Trump", note="given name not written"),
        "tariffs.us_tariff_most_imports": F(12.5, period="2026-07", as_written="Since late July 2026, most goods from Japan have entered the United States under a 12.5% tariff imposed by the U.S. Trade Representative (USTR) under Section 301", note="also 'USTR announced in July that a 12.5% tariff on most Japanese goods would apply' and Table 1's Section 301 row"),
        "tariffs.ieepa_rate": F(15, period="2025-07", as_written="The 15% tariff agreed in July 2025 and collected under the International Emergency Economic Powers Act (IEEPA)", note="the framework rate, ended by the ruling (as the record's 2026-09-22 version); also 'a single IEEPA rate of 15% on most Japanese goods' and Table 1"),
        "tariffs.section232_autos": F(15, as_written="Japanese autos and auto parts still pay Section 232 duties, held to a ceiling of 15%", note="a ceiling, as the record's 'capped at 15%'; also 'were brought under a 15% ceiling' and Table 1 '15% ceiling'"),
        "tariffs.section122_surcharge": F(10, as_written="A worldwide 10% surcharge under Section 122 of the same act", note="expired July 2026; also 'The surcharge imposed under it, 10%'"),
        "tariffs.ieepa_ruling": D("2026-02-20", as_written="after the Supreme Court ruled against IEEPA tariffs on February 20, 2026", note="also 'The February 20, 2026, decision held that IEEPA does not give the President authority to impose tariffs'"),
        "framework.announced": D("2025-07", as_written="what the two governments called a \"strategic trade and investment agreement,\" announced in July 2025"),
        "framework.investment_pledge": F(550000000000, by="2029", as_written="Japan, for its part, agreed to supply $550 billion for investment in U.S. projects before 2029"),
        "trade.overall_partner_rank": F(6, period="2025", as_written="BEA figures published in June 2026 place Japan sixth on the list of U.S. trading partners for 2025"),
        "trade.fdi_source_rank": F(1, as_written="Japan is the biggest single source of foreign direct investment (FDI) in the United States"),
        "trade.japan_fdi_stock_in_us": F(776000000000, period="2025", as_written="with a stock of $776 billion at the end of 2025"),
        "trade.us_fdi_stock_in_japan": F(74000000000, period="2025", as_written="U.S. companies, by contrast, held $74 billion of direct investment in Japan at that date", note="date carried from the sentence before"),
        "trade.treasury_holder_rank": F(1, as_written="Japan also ranks first among foreign owners of U.S. Treasury securities"),
        "agreements.usjta_in_force": D("2020", as_written="the U.S.-Japan Trade Agreement (USJTA) of 2020", note="year as the agreement's label, as the record's 2026-09-22 version"),
        "agreements.digital_trade_in_force": D("2020", as_written="a Digital Trade Agreement of the same year", note="year carried from 'the U.S.-Japan Trade Agreement (USJTA) of 2020'"),
    },
    "elections": {},
    "events": {
        "section122_surcharge_expired": EV("The global 10% Section 122 surcharge expires", "2026-07", "held"),
    },
    "notes": "Traps: 'Section 301 of the Trade Act of 1974' (year of a law); 'The 15% tariff agreed in July 2025' (the IEEPA rate, no longer the tariff on most imports); 'bridged the gap for five months'; 'An April 2025 announcement set a 24% \"reciprocal\" rate for Japan' (announced, suspended); 'in favor of a 10% baseline applied to almost every partner' (past baseline, not the Section 122 surcharge); 'a July letter warned that 25% would follow' (threatened); 'then-Prime Minister Ishiba Shigeru' (former PM; no current PM is named); 'which had paid 27.5% under Section 232 and the normal tariff combined since April 2025' (past auto rate); 'as were several other goods that Commerce might later investigate'; 'profits are to be divided equally ... with 90% going to the United States after that'; 'South Korea accepted a similar bargain with a $350 billion figure' (another country's pledge); 'importers' refund claims remain in litigation'; 'a temporary import surcharge of up to 15%, for no longer than 150 days' (statutory cap); 'Determinations for other partners produced rates ranging from 10% to 25%' (other partners); 'steel and aluminum from Japan remain subject to 50%'; Table 1's IEEPA row (15%, ended) and Section 122 row (10%, expired) beside the Section 301 row (12.5%, in effect) and the steel row (50%); 'BEA figures published in June 2026' (release date, not the data year); '$51.1 billion of motor vehicles and parts' and 'a mere $2.6 billion' (auto trade only, not total exports/imports); 'some $70 billion of cumulative investment' (automakers, not the pledge or the FDI stock); Figure 1 (layout/interleaved: years 2021-2025, ticks 0-60, two-series legend, no values); 'close to one million U.S. workers in 2024'; 'less than a tenth of the Japanese figure' (ratio); 'about 5% of U.S. goods imports', '241 U.S. tariff lines', '18% of Japan's goods imports', 'roughly 600 Japanese agricultural tariff lines'; 'which has since expired (in 2021)' (TPA); 'concluded a critical minerals agreement' (undated: agreements.critical_minerals_signed not stated); 'in 2022, launched the Indo-Pacific Economic Framework (IPEF) with Japan and 12 other countries' (ipef_launch is not a slug the validator accepts); 'the Section 301 tariff, set below the 15% Japan had accepted in 2025'; 'whose 150-day limit it chose not to lift this year'. The Section 301 tariff's imposition (July 2026) is stated but has no accepted event slug. PDF options: ligatures, curly quotes, NBSP, hyphenated line ends; layout: pdftotext -layout runs the two columns side by side, with the key-points list and Table 1 among them; interleaved: column lines alternate.",
}
