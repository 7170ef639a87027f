from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "QQ2-IF11120-2025-12", "fresh12", "IF11120", 23
TITLE = "U.S.-Japan Trade Agreements and Tariff Negotiations"
LAYOUTS = ["md", "layout"]
PDF_OPTS = ["quotes", "hyph"]
CHART = {"unit": "$ billions", "ymax": 80, "ticks": [0, 20, 40, 60, 80],
         "series": ["U.S. goods trade deficit with Japan"],
         "bars": {"2020": (55.4,), "2021": (60.1,), "2022": (67.9,), "2023": (71.2,), "2024": (68.5,)}}

MD = """
U.S.-Japan Trade Agreements and Tariff Negotiations

Updated December 9, 2025

## Overview

Nearly five months after President Donald Trump announced a trade and investment "deal" with Japan, most of its terms are in place, and attention has turned to carrying them out. Prime Minister Takaichi Sanae, who took office on October 21, 2025, hosted Trump in Tokyo a week later and pledged to honor the commitments made by her predecessor, Ishiba Shigeru. Takaichi won the Liberal Democratic Party (LDP) leadership vote on October 4, after Ishiba announced his resignation in the wake of the ruling coalition's loss of its upper house majority in the July 20 election. Tokyo continues to seek relief from U.S. tariffs on steel and other goods that the deal does not cover. A case pending before the Supreme Court on the President's tariff authority could unsettle the arrangement.

## 2025 Tariff Actions

The Administration opened talks with Japan following a call between the two leaders on April 7, 2025, days after the President's "reciprocal" tariff announcement of April 2 assigned Japan a 24% rate. That rate was paused for 90 days on April 9; a 10% baseline duty, which had taken effect April 5, applied in its place. In a letter dated July 7, the President warned that Japanese goods would face 25% from August 1 absent a deal.

Table 1. U.S. Tariffs on Goods from Japan, 2025

| Goods | Earlier in 2025 | Now |
| --- | --- | --- |
| Most goods (IEEPA) | 10% + MFN | 15% |
| Cars and parts (Sec. 232) | 27.5% | 15% |
| Steel, aluminum (Sec. 232) | 25%, then 50% | 50% |
| Civil aircraft and parts | 10% + MFN | MFN only |

Source: CRS, from presidential proclamations and executive orders. "Now" rates for most goods include the MFN duty.

Under the framework, a single 15% duty, inclusive of most-favored-nation (MFN) rates, has applied to most Japanese goods since August 7, 2025; goods whose MFN rate already exceeds 15% pay no added IEEPA tariff. That all-in 15% is also the IEEPA rate set for Japan. Autos and auto parts had borne a 25% Section 232 tariff on top of the 2.5% MFN duty since the spring; they were moved to the same 15% all-in rate on September 16.

## The July 2025 Framework

It was on July 22, 2025, after a White House meeting with Japan's chief negotiator Akazawa Ryosei, that the President first announced the framework. No text was signed until September 4, when the two governments concluded a memorandum of understanding (MOU) on investment and the President issued an executive order implementing the tariff terms. Japan's commitments include:

- $550 billion for U.S. projects selected by an investment committee chaired by the Commerce Secretary, to be provided before January 19, 2029;
- a 50-50 split of cash flows until Japan recovers its outlay, and 90% to the United States afterward;
- purchases of $8 billion a year in U.S. farm products and of 100 Boeing aircraft;
- a 75% increase in U.S. rice imports within Japan's existing minimum-access quota.

Japanese officials have said most of the $550 billion would take the form of loans and loan guarantees from government-backed lenders, with equity perhaps 1%-2% of the total. During Trump's visit, the two sides released a list of candidate projects in energy, power, and minerals, and on October 28 they signed a nonbinding framework on securing critical minerals and rare earths.

## Legal Challenge

The IEEPA tariffs, including the 15% rate on Japan, are at issue in Learning Resources v. Trump and a consolidated case, argued before the Supreme Court on November 5. The Court of Appeals for the Federal Circuit held on August 29 that IEEPA does not authorize the tariffs but left them in place pending review. A ruling against the Administration would not touch the Section 232 rates in Table 1. Officials have pointed to other authorities, among them Section 122 of the Trade Act of 1974, which allows a surcharge of up to 15% for no more than 150 days, and Section 301.

## Trade and Investment Ties

Counting goods and services, Japan was the sixth-largest U.S. trading partner in 2024. U.S. exports to Japan totaled $129.1 billion; goods made up $79.7 billion of that, and services the remaining $49.4 billion. At $191.8 billion, imports from Japan were about half again as large. Of these, $149.6 billion were goods, roughly a third of them motor vehicles and parts, and $42.2 billion services.

On a Census basis, the U.S. goods deficit with Japan was $68.5 billion in 2024, a little below 2023's $71.2 billion (Figure 1). Only six trading partners, led by China, Mexico, and Vietnam, accounted for bigger imbalances.

**Figure 1. U.S. Goods Trade Deficit with Japan, 2020-2024**

Source: U.S. Census Bureau.

Japanese firms' cumulative direct investment in the United States, roughly $780 billion at the end of 2024 on a historical-cost basis, tops that of every other country, as it has each year since 2019. American firms' stake in Japan, by contrast, was just over $135 billion. As of September 2025, Japan also held more U.S. Treasury securities than any other foreign country, about $1.19 trillion; the United Kingdom ranked second and China third.

## Earlier Agreements

The first Trump Administration negotiated a limited deal with Japan in stages. Talks began in April 2019, and the first stage was finalized that September. The U.S.-Japan Trade Agreement (USJTA) was signed on October 7, 2019, together with a U.S.-Japan Digital Trade Agreement; both entered into force on January 1, 2020. The USJTA cut Japanese tariffs on about $7.2 billion of U.S. farm exports, phasing beef duties down from 38.5% to 9% by 2033. A planned second stage never materialized. Under President Biden, the two sides replaced Section 232 tariffs on most Japanese steel with a tariff-rate quota in April 2022 and, on March 28, 2023, signed a Critical Minerals Agreement (CMA) meant to let Japanese minerals count toward U.S. electric-vehicle tax credits.

## Issues for Congress

- Oversight: how projects funded under the MOU are chosen, and whether Congress has a role.
- Legal authority: what happens to the 15% rate, and to the deal, if IEEPA tariffs are struck down.
- Steel: Japan seeks relief from the 50% rate; Nippon Steel completed its purchase of U.S. Steel in June 2025 under a "golden share" held by the U.S. government.

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Kyla H. Kitamura**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Trump", "Donald", "President Donald Trump"),
        "leaders.japan_prime_minister": P("Takaichi", "Sanae", "Prime Minister Takaichi Sanae, who took office on October 21, 2025"),
        "tariffs.us_tariff_most_imports": F(15, period="2025-08-07", as_written="a single 15% duty, inclusive of most-favored-nation (MFN) rates, has applied to most Japanese goods since August 7, 2025", note="also Table 1's 'Most goods (IEEPA) | 10% + MFN | 15%' row"),
        "tariffs.ieepa_rate": F(15, period="2025-08-07", as_written="That all-in 15% is also the IEEPA rate set for Japan"),
        "tariffs.section232_autos": F(15, period="2025-09-16", as_written="they were moved to the same 15% all-in rate on September 16", note="Table 1: 'Cars and parts (Sec. 232) | 27.5% | 15%'"),
        "framework.announced": D("2025-07-22", as_written="It was on July 22, 2025, ... that the President first announced the framework"),
        "framework.investment_pledge": F(550000000000, by="2029-01-19", as_written="$550 billion for U.S. projects ... to be provided before January 19, 2029"),
        "trade.overall_partner_rank": F(6, period="2024", as_written="Counting goods and services, Japan was the sixth-largest U.S. trading partner in 2024"),
        "trade.us_exports_to_japan": F(129100000000, period="2024", as_written="U.S. exports to Japan totaled $129.1 billion"),
        "trade.us_goods_exports_to_japan": F(79700000000, period="2024", as_written="goods made up $79.7 billion of that"),
        "trade.us_services_exports_to_japan": F(49400000000, period="2024", as_written="and services the remaining $49.4 billion"),
        "trade.us_imports_from_japan": F(191800000000, period="2024", as_written="At $191.8 billion, imports from Japan were about half again as large"),
        "trade.us_goods_imports_from_japan": F(149600000000, period="2024", as_written="Of these, $149.6 billion were goods"),
        "trade.us_services_imports_from_japan": F(42200000000, period="2024", as_written="and $42.2 billion services"),
        "trade.goods_deficit": F(68500000000, period="2024", as_written="On a Census basis, the U.S. goods deficit with Japan was $68.5 billion in 2024"),
        "trade.goods_deficit_rank": F(7, period="2024", as_written="Only six trading partners, led by China, Mexico, and Vietnam, accounted for bigger imbalances", note="six larger = seventh"),
        "trade.japan_fdi_stock_in_us": F(780000000000, "about", period="2024", as_written="Japanese firms' cumulative direct investment in the United States, roughly $780 billion at the end of 2024"),
        "trade.us_fdi_stock_in_japan": F(135000000000, "over", period="2024", as_written="American firms' stake in Japan, by contrast, was just over $135 billion", note="year carried from the sentence before"),
        "trade.fdi_source_rank": F(1, as_written="tops that of every other country, as it has each year since 2019"),
        "trade.treasury_holder_rank": F(1, period="2025-09", as_written="As of September 2025, Japan also held more U.S. Treasury securities than any other foreign country"),
        "agreements.usjta_signed": D("2019-10-07", as_written="The U.S.-Japan Trade Agreement (USJTA) was signed on October 7, 2019"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="both entered into force on January 1, 2020"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="together with a U.S.-Japan Digital Trade Agreement; both entered into force on January 1, 2020"),
        "agreements.critical_minerals_signed": D("2023-03-28", as_written="on March 28, 2023, signed a Critical Minerals Agreement (CMA)"),
    },
    "elections": {
        "upper_house_2025": E("Upper House", "2025-07-20", "held", result="ruling coalition lost its upper house majority"),
        "ldp_president_2025": E("LDP president", "2025-10-04", "held", result="Takaichi Sanae won"),
    },
    "events": {
        "tariff_talks_announced": EV("Talks with Japan opened after a Trump-Ishiba call", "2025-04-07", "held"),
        "first_negotiating_round": EV("USJTA talks began", "2019-04", "held"),
        "stage_one_deal_finalized": EV("First stage of the 2019 agreement finalized", "2019-09", "held"),
    },
    "notes": "Traps: 'Nearly five months after'; 'her predecessor, Ishiba Shigeru' (former PM); 'who took office on October 21, 2025' (not an election); 'the President's \"reciprocal\" tariff announcement of April 2 assigned Japan a 24% rate' (announced, paused); 'a 10% baseline duty, which had taken effect April 5, applied in its place' (past rate on most imports); 'Japanese goods would face 25% from August 1' (threatened); Table 1 'Earlier in 2025' column ('10% + MFN', '27.5%', '25%, then 50%') beside 'Now'; 'Steel, aluminum (Sec. 232) ... 50%' (not autos); 'Civil aircraft and parts ... MFN only'; 'goods whose MFN rate already exceeds 15% pay no added IEEPA tariff'; 'a 25% Section 232 tariff on top of the 2.5% MFN duty since the spring' (past auto rate, 27.5% in the table); 'No text was signed until September 4' (MOU and executive order, not the announcement); 'a 50-50 split', '90% to the United States afterward', '$8 billion a year', '100 Boeing aircraft', 'a 75% increase in U.S. rice imports' (framework terms, not the pledge); 'with equity perhaps 1%-2% of the total'; 'on October 28 they signed a nonbinding framework on securing critical minerals and rare earths' (not the 2023 CMA); 'argued before the Supreme Court on November 5' (no ruling yet: no tariffs.ieepa_ruling) and 'The Court of Appeals for the Federal Circuit held on August 29' (a lower court); 'Section 122 ... allows a surcharge of up to 15% for no more than 150 days' (an authority mentioned, not imposed: no section122 rate) and 'Section 301'; 'imports from Japan were about half again as large'; 'roughly a third of them motor vehicles and parts'; 'a little below 2023's $71.2 billion' (past deficit); 'Only six trading partners' (rank 7, not 6); Figure 1 (goods deficit 2020-2024, bars, axis ticks 0-80, no value labels); 'as it has each year since 2019' (not a rank or a date); 'about $1.19 trillion' and 'the United Kingdom ranked second and China third'; 'about $7.2 billion of U.S. farm exports', 'from 38.5% to 9% by 2033'; 'A planned second stage never materialized'; 'replaced Section 232 tariffs on most Japanese steel with a tariff-rate quota in April 2022'; 'Under President Biden' (former president); 'Nippon Steel completed its purchase of U.S. Steel in June 2025'; PDF curly quotes and hyphenated line ends (layout text)",
}
