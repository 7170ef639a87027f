from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "GD2-IF11120-2026-09", "fresh26", "IF11120", 26
TITLE = "U.S.-Japan Trade Agreements and Tariff Negotiations"
LAYOUTS = ["pdf", "html"]
PDF_OPTS = ["quotes", "lig"]
SIDEBAR = "Before the Tariffs: Three Agreements"
CHART = {"unit": "$ billions", "ymax": 160, "ticks": [0, 40, 80, 120, 160],
         "series": ["Goods exports to Japan", "Goods imports from Japan"],
         "bars": {"2021": (74.5, 135.0), "2022": (80.0, 148.0), "2023": (76.0, 147.5), "2024": (79.5, 149.0), "2025": (81.2, 141.7)}}

MD = """
U.S.-Japan Trade Agreements and Tariff Negotiations

Updated September 14, 2026

## Overview

For the second time this year, the legal basis of U.S. duties on most goods from Japan has changed. A temporary import surcharge of 10%, proclaimed under Section 122 of the Trade Act of 1974 after the Supreme Court invalidated tariffs imposed under the International Emergency Economic Powers Act (IEEPA), lapsed on July 23, 2026, once the 150 days the statute permits had run out. Congress did not act to extend it. In its place, the U.S. Trade Representative (USTR) has charged a 12.5% ad valorem duty on most Japanese products since July 24, at the close of a Section 301 investigation into Japan's trade practices. Tokyo has objected to the new duty but has not retaliated. Both governments describe the investment and purchase commitments of their 2025 framework as intact, and Prime Minister Takaichi Sanae is expected to raise the Section 301 duty with President Trump at the Group of 20 summit in December.

Table 1. Tariffs on Most Goods from Japan

| Authority | Took effect | Rate |
| --- | --- | --- |
| IEEPA baseline | Apr. 2025 | 10% |
| IEEPA framework | Aug. 2025 | 15% |
| Section 122 | Feb. 2026 | 10% |
| Section 301 | July 2026 | 12.5% |

Source: CRS, from proclamations, executive orders, and USTR notices. Only the last row is in effect.

## How the Framework Came About

The Administration's April 7, 2025, statement that Japan would be among the first partners it would negotiate with came five days after a 24% "reciprocal" rate had been announced for Japan. Those talks ended with a framework agreement, which the President announced on July 22, 2025; an executive order issued on September 4 of that year and a memorandum of understanding signed the same day set out its terms. Among them:

- an all-in IEEPA tariff of 15%, MFN duties included, applied to most Japanese goods from August 7, 2025, in place of the 25% the President had threatened in July;
- a cut in the Section 232 rate on Japanese vehicles and parts from 27.5% (the 25% Section 232 duty plus the 2.5% MFN rate) to 15%;
- Japan's undertaking to finance $550 billion of U.S. projects, chosen by a U.S.-led investment committee, before January 19, 2029;
- purchases of 100 Boeing aircraft and about $8 billion a year of U.S. farm goods.

South Korea concluded a similar deal later that month, with a $350 billion pledge.

## The Ruling and the Section 301 Duty

On February 20, 2026, the Supreme Court held, 6-3, that IEEPA does not authorize the President to impose tariffs, voiding the framework's 15% rate along with other IEEPA duties. Refunds of duties already paid on Japanese goods, which importers put at more than $20 billion, are still being processed. Four days after the decision, the Section 122 surcharge took effect at 10%, below the 15% maximum the law permits.

USTR's Section 301 action now sets the rate. The 12.5% duty applies to goods from Japan that had been subject to the IEEPA tariffs; it does not stack on top of Section 232 duties. USTR has said it could raise the rate to 20% if it finds that Japan's investment flows fall short of the framework's schedule. About $37 billion in projects had been announced under the investment program by the end of August.

Section 232 tariffs were not before the Court. Cars and light trucks from Japan, and their parts, still pay 15%, while Japanese steel, aluminum, and copper products face 50%, the same rate as those of most other countries. New Section 232 duties on semiconductors and pharmaceuticals, announced in August, are capped at 15% for Japan.

## Before the Tariffs: Three Agreements

Formal talks toward a bilateral deal opened in Washington in April 2019, after the first Trump Administration had threatened tariffs on autos; a presidential proclamation on May 17, 2019, deferred any decision on them. President Trump and Prime Minister Abe Shinzo declared a first-stage deal complete in New York on September 25, 2019. Its two parts, the U.S.-Japan Trade Agreement (USJTA) and the U.S.-Japan Digital Trade Agreement, were signed on October 7, 2019, without congressional approval, and took effect together on New Year's Day 2020. A third pact, on critical minerals used in electric-vehicle batteries, was signed on March 28, 2023.

## Trade and Investment Ties

Counting goods and services, Japan remained the sixth-largest U.S. trading partner in 2025. U.S. exports to Japan reached $132.1 billion that year, of which services made up $50.9 billion and goods the remaining $81.2 billion. In the other direction, Americans bought $186.3 billion worth of Japanese goods and services. The goods portion, $141.7 billion, fell 5% from 2024 as Japanese automakers built more vehicles in North America; services accounted for the remaining $44.6 billion (Figure 1).

**Figure 1. U.S. Goods Trade with Japan, 2021-2025**

Source: CRS, with U.S. Census Bureau and BEA data.

The goods deficit with Japan thus narrowed to $60.5 billion, eighth-largest among the U.S. bilateral goods deficits, after ranking seventh a year earlier. Japanese companies' direct investment in the United States amounted to $776 billion at the end of 2025, more than any other country's; their U.S. affiliates employ close to one million workers. The stock of U.S. direct investment in Japan is roughly a tenth as large, $74 billion. Japan is also the largest foreign holder of U.S. Treasury securities, with about $1.2 trillion as of June 2026.

## Politics in Tokyo

Takaichi's Liberal Democratic Party (LDP) won a single-party majority in the Lower House election of February 8, 2026, four months after she succeeded Ishiba Shigeru, who had negotiated the framework. The LDP and its partner, the Japan Innovation Party, have lacked an Upper House majority since the July 2025 election, but Diet approval has not been needed for the investment program, which is financed through government-affiliated lenders.

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Kyla H. Kitamura**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Trump", "Donald", "President Trump", note="given name never written"),
        "leaders.japan_prime_minister": P("Takaichi", "Sanae", "Prime Minister Takaichi Sanae", note="family name first; Abe Shinzo and Ishiba Shigeru are former prime ministers"),
        "tariffs.us_tariff_most_imports": F(12.5, period="2026-07-24", as_written="the U.S. Trade Representative (USTR) has charged a 12.5% ad valorem duty on most Japanese products since July 24", note="Section 301 duty; year from the sentence before; also Table 1's last row ('Only the last row is in effect') and 'USTR's Section 301 action now sets the rate. The 12.5% duty applies to goods from Japan'"),
        "tariffs.ieepa_rate": F(15, period="2025-08-07", as_written="an all-in IEEPA tariff of 15%, MFN duties included, applied to most Japanese goods from August 7, 2025", note="the framework rate, voided by the ruling (as extract-dev's D6); also 'voiding the framework's 15% rate'"),
        "tariffs.section232_autos": F(15, as_written="Cars and light trucks from Japan, and their parts, still pay 15%", note="also the bullet 'a cut in the Section 232 rate on Japanese vehicles and parts from 27.5% ... to 15%'"),
        "tariffs.section122_surcharge": F(10, as_written="A temporary import surcharge of 10%, proclaimed under Section 122 of the Trade Act of 1974", note="lapsed July 23, 2026; also 'the Section 122 surcharge took effect at 10%'"),
        "tariffs.ieepa_ruling": D("2026-02-20", as_written="On February 20, 2026, the Supreme Court held, 6-3, that IEEPA does not authorize the President to impose tariffs"),
        "framework.announced": D("2025-07-22", as_written="a framework agreement, which the President announced on July 22, 2025"),
        "framework.investment_pledge": F(550000000000, by="2029-01-19", as_written="Japan's undertaking to finance $550 billion of U.S. projects, chosen by a U.S.-led investment committee, before January 19, 2029"),
        "trade.overall_partner_rank": F(6, period="2025", as_written="Counting goods and services, Japan remained the sixth-largest U.S. trading partner in 2025"),
        "trade.us_exports_to_japan": F(132100000000, period="2025", as_written="U.S. exports to Japan reached $132.1 billion that year"),
        "trade.us_services_exports_to_japan": F(50900000000, period="2025", as_written="of which services made up $50.9 billion"),
        "trade.us_goods_exports_to_japan": F(81200000000, period="2025", as_written="and goods the remaining $81.2 billion"),
        "trade.us_imports_from_japan": F(186300000000, period="2025", as_written="Americans bought $186.3 billion worth of Japanese goods and services", note="year carried from the paragraph"),
        "trade.us_goods_imports_from_japan": F(141700000000, period="2025", as_written="The goods portion, $141.7 billion, fell 5% from 2024"),
        "trade.us_services_imports_from_japan": F(44600000000, period="2025", as_written="services accounted for the remaining $44.6 billion"),
        "trade.goods_deficit": F(60500000000, period="2025", as_written="The goods deficit with Japan thus narrowed to $60.5 billion"),
        "trade.goods_deficit_rank": F(8, period="2025", as_written="eighth-largest among the U.S. bilateral goods deficits, after ranking seventh a year earlier"),
        "trade.fdi_source_rank": F(1, period="2025", as_written="Japanese companies' direct investment in the United States amounted to $776 billion at the end of 2025, more than any other country's"),
        "trade.japan_fdi_stock_in_us": F(776000000000, period="2025", as_written="amounted to $776 billion at the end of 2025"),
        "trade.us_fdi_stock_in_japan": F(74000000000, period="2025", as_written="The stock of U.S. direct investment in Japan is roughly a tenth as large, $74 billion", note="'roughly' hedges the ratio, not the amount; year from the sentence before"),
        "trade.treasury_holder_rank": F(1, period="2026-06", as_written="Japan is also the largest foreign holder of U.S. Treasury securities, with about $1.2 trillion as of June 2026"),
        "agreements.usjta_signed": D("2019-10-07", as_written="Its two parts, the U.S.-Japan Trade Agreement (USJTA) and the U.S.-Japan Digital Trade Agreement, were signed on October 7, 2019", note="sidebar in HTML"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="and took effect together on New Year's Day 2020"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="and took effect together on New Year's Day 2020"),
        "agreements.critical_minerals_signed": D("2023-03-28", as_written="A third pact, on critical minerals used in electric-vehicle batteries, was signed on March 28, 2023"),
    },
    "elections": {
        "lower_house_2026": E("Lower House", "2026-02-08", "held", result="LDP single-party majority"),
        "upper_house_2025": E("Upper House", "2025-07", "held", result="LDP and Japan Innovation Party lack a majority"),
    },
    "events": {
        "section122_surcharge_expired": EV("The 10% Section 122 surcharge lapses after 150 days", "2026-07-23", "held"),
        "tariff_talks_announced": EV("Administration says Japan will be among the first partners to negotiate over tariffs", "2025-04-07", "held"),
        "first_negotiating_round": EV("Formal U.S.-Japan trade talks open in Washington", "2019-04", "held"),
        "section232_autos_proclamation": EV("Presidential proclamation on Section 232 autos defers a decision", "2019-05-17", "held"),
        "stage_one_deal_finalized": EV("Trump and Abe declare the first-stage deal complete in New York", "2019-09-25", "held"),
    },
    "notes": "Traps: 'For the second time this year'; 'Section 122 of the Trade Act of 1974' (a law's year); 'once the 150 days the statute permits had run out'; 'Congress did not act to extend it'; 'A temporary import surcharge of 10%' (Section 122, lapsed: no longer the tariff on most imports); 'at the Group of 20 summit in December' (planned); Table 1's first three rows (IEEPA baseline 10%, IEEPA framework 15%, Section 122 10%: past rates; the table's 'Took effect' column is month precision); 'came five days after a 24% \"reciprocal\" rate had been announced for Japan' (announced rate, not applied); the event's date is a possessive modifier of 'statement'; 'an executive order issued on September 4 of that year and a memorandum of understanding signed the same day' (not the announcement); bullet 'in place of the 25% the President had threatened in July' (threatened); bullet 'from 27.5% (the 25% Section 232 duty plus the 2.5% MFN rate)' (past auto rates); bullet '100 Boeing aircraft and about $8 billion a year of U.S. farm goods' (purchases); 'South Korea concluded a similar deal later that month, with a $350 billion pledge' (another country); 'held, 6-3'; 'voiding the framework's 15% rate' (IEEPA rate, not current); 'which importers put at more than $20 billion' (refunds); 'Four days after the decision' (relative; no Section 122 start date fact) and 'below the 15% maximum the law permits' (statutory cap); 'it does not stack on top of Section 232 duties'; 'could raise the rate to 20%' (threatened); 'About $37 billion in projects had been announced' (progress, not the pledge); 'face 50%, the same rate as those of most other countries' (steel, aluminum, copper); 'New Section 232 duties on semiconductors and pharmaceuticals, announced in August, are capped at 15%' (not autos); sidebar 'Before the Tariffs: Three Agreements' (HTML aside; Figure 1 floats into it): 'after the first Trump Administration had threatened tariffs on autos', 'Prime Minister Abe Shinzo' (former), 'without congressional approval'; 'fell 5% from 2024' (a change); 'as Japanese automakers built more vehicles in North America'; Figure 1 (goods trade 2021-2025, $ billions, axis ticks 0-160, two-series legend, no value labels); 'after ranking seventh a year earlier' (past deficit rank); 'close to one million workers'; 'roughly a tenth as large' (a ratio); 'about $1.2 trillion' (Treasury holdings, not FDI); 'four months after she succeeded Ishiba Shigeru, who had negotiated the framework' (former prime minister). PDF: curly quotes and ligatures; Table 1 and Figure 1 in the columns.",
}
