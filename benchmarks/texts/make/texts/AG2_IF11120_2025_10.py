from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "AG2-IF11120-2025-10", "fresh16", "IF11120", 22
LAYOUTS = ["html", "pdf"]
PDF_OPTS = ["quotes", "nbsp"]
SIDEBAR = "Other Partners' Terms"
CHART = {"unit": "$ billions", "ymax": 800, "ticks": [0, 200, 400, 600, 800],
         "series": ["Japanese direct investment position in the United States"],
         "bars": {"2019": (619,), "2020": (638,), "2021": (688,), "2022": (712,), "2023": (783,), "2024": (754,)}}

MD = """
U.S.-Japan Trade Agreements and Tariff Negotiations

Updated October 31, 2025

## Overview

On October 28, during an Asia trip that also took him to Malaysia and South Korea, President Donald Trump met in Tokyo with Japan's new prime minister, in office for one week. Takaichi Sanae, elected president of the Liberal Democratic Party (LDP) on October 4, became prime minister on October 21 after Komeito, the LDP's partner since 1999, left the coalition. Her predecessor, Ishiba Shigeru, had agreed to the July 2025 trade framework that now governs most U.S. tariffs on Japanese goods; he announced in September that he would step down, two months after the coalition lost its majority in the House of Councillors on July 20. The two leaders reaffirmed the framework and signed a separate document on critical minerals and rare earths.

## What Japanese Goods Pay

At 15%, the tariff charged on most goods from Japan since August 7 is below the 24% that President Trump announced for Japan on April 2 and the 25% he threatened in a July 7 letter, though far above the average duty of about 1.5% such goods paid before 2025. It is imposed under the International Emergency Economic Powers Act (IEEPA). Unlike the rates on most partners, it is inclusive of most-favored-nation (MFN) duties: a good whose MFN rate is under 15% is raised to 15%, and one at or above that level pays only its MFN rate. For about four weeks, U.S. Customs and Border Protection added the 15% to MFN duties; a September 4 executive order corrected this retroactively.

Table 1. Rates on Most Goods from Japan in 2025

| Date | Action | Rate |
| --- | --- | --- |
| Apr. 2 | Country rate announced under IEEPA | 24% |
| Apr. 5 | Baseline tariff takes effect, added to MFN | 10% |
| Apr. 9 | Country rate suspended; baseline continues | 10% |
| July 7 | Letter threatens a rate from Aug. 1 | 25% |
| July 22 | Framework announced | 15% |
| Aug. 7 | Framework rate takes effect | 15% |
| Sept. 4 | Order makes the rate MFN-inclusive | 15% |

Source: CRS, from presidential proclamations, executive orders, and the *Federal Register*.

Section 232 tariffs apply to several sectors. Cars and auto parts from Japan, which since April had paid 27.5% (a 25% Section 232 tariff on top of the 2.5% MFN duty), have been charged an all-in 15% since September 16. Rates on other Section 232 products were not lowered (Table 2).

Table 2. Other Section 232 Tariffs on Japanese Goods

| Product | Rate | In effect |
| --- | --- | --- |
| Steel and aluminum | 50% | since June 4 |
| Copper products | 50% | since Aug. 1 |
| Softwood lumber | 10% | since Oct. 14 |
| Medium and heavy trucks | 25% | from Nov. 1 |

Source: CRS, from Section 232 proclamations.

## The July 2025 Framework

The President announced the framework on July 22, after months of talks led on Japan's side by Akazawa Ryosei that began with an April 7 call between Trump and Ishiba. Its main terms:

- Japan is to invest $550 billion in U.S. projects selected by the U.S. government before January 19, 2029, under a memorandum of understanding signed September 4. Cash flow is to be split evenly until Japan recovers its outlay, and 90% is to go to the United States after that.
- Japan is to buy $8 billion of U.S. farm products and 100 Boeing aircraft, and to raise U.S. rice purchases by 75% within an existing quota.
- Future Section 232 tariffs on Japanese pharmaceuticals and semiconductors are not to exceed those on any other country; the 100% tariff on branded drugs announced for October 1 would be capped at 15%.

On October 28, the two governments released a fact sheet listing up to $400 billion in projects that interest Japanese firms.

## Trade and Investment Ties

Japan ranked sixth among U.S. trading partners in 2024, one place behind the United Kingdom, with the European Union counted as one partner. U.S. exports of goods and services to Japan came to about $129 billion that year: goods accounted for some $80 billion of the total, services the other $49 billion. Imports from Japan, about $192 billion, exceeded exports by some $63 billion. Goods made up $150 billion of them and services $42 billion.

Seventh, two places lower than in 2023, is where the U.S. goods deficit with Japan placed among bilateral deficits in 2024; at $68.5 billion, it was down from $71.2 billion a year earlier, and far below the deficit with Mexico ($171.8 billion). In January-August 2025 it came to $47.9 billion.

Larger than that of any other country, the stock of Japanese direct investment in the United States reached $754 billion at the end of 2024, slightly below its 2023 level (Figure 1). U.S. direct investment in Japan was a fraction of that, about $136 billion. Japan is also the largest foreign holder of U.S. Treasury securities, with $1.18 trillion in August 2025.

**Figure 1. Japanese Direct Investment Position in the United States, 2019-2024**

Source: Bureau of Economic Analysis. Historical-cost basis.

## Earlier Agreements

The first Trump Administration concluded a "stage one" deal with Japan in September 2019. The U.S.-Japan Trade Agreement (USJTA), which the two governments signed on October 7 of that year, entered into force on January 1, 2020, as did a separate digital trade agreement. Under President Joe Biden, the countries signed a critical minerals agreement on March 28, 2023; the October 28 framework on critical minerals and rare earths is a different, nonbinding document.

## The Court Challenge

On August 29, the U.S. Court of Appeals for the Federal Circuit held 7-4 that IEEPA does not authorize the tariffs, but left them in place pending review. The Supreme Court is to hear argument on November 5. If the IEEPA tariffs fall, the President could turn to other authorities, among them Section 338 of the Tariff Act of 1930, which permits duties of up to 50%.

## Other Partners' Terms

- European Union: 15% on most goods, inclusive of MFN; EU firms intend to invest $600 billion.
- South Korea: 15%; $350 billion in investment, with terms settled on October 29 in Gyeongju: $200 billion in cash, no more than $20 billion a year, and $150 billion for shipbuilding.
- China: the fentanyl-related tariff is to fall from 20% to 10% after Trump met Xi Jinping in Busan on October 30.

## Issues for Congress

- Whether the framework's investment terms, which are not in a signed trade agreement, require congressional approval or oversight.
- How the pending Supreme Court decision would affect the framework and any refunds of IEEPA duties.

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Kyla H. Kitamura**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Trump", "Donald", "President Donald Trump"),
        "leaders.japan_prime_minister": P("Takaichi", "Sanae", "Takaichi Sanae ... became prime minister on October 21",
                                          note="'the new prime minister' in the sentence before; Ishiba is her predecessor"),
        "tariffs.us_tariff_most_imports": F(15, period="2025-08-07",
                                            as_written="At 15%, the tariff charged on most goods from Japan since August 7 is below the 24% ...",
                                            note="value before its subject; Table 1's last row"),
        "tariffs.ieepa_rate": F(15, period="2025-08-07",
                                as_written="It is imposed under the International Emergency Economic Powers Act (IEEPA)",
                                note="subject carried from the sentence before"),
        "tariffs.section232_autos": F(15, period="2025-09-16",
                                      as_written="Cars and auto parts from Japan, which since April had paid 27.5% (...), have been charged an all-in 15% since September 16"),
        "framework.announced": D("2025-07-22", as_written="The President announced the framework on July 22",
                                 note="year from the section heading and the text's date"),
        "framework.investment_pledge": F(550000000000, by="2029-01-19",
                                         as_written="Japan is to invest $550 billion in U.S. projects selected by the U.S. government before January 19, 2029"),
        "trade.overall_partner_rank": F(6, period="2024", as_written="Japan ranked sixth among U.S. trading partners in 2024"),
        "trade.us_exports_to_japan": F(129000000000, "about", period="2024",
                                       as_written="U.S. exports of goods and services to Japan came to about $129 billion that year"),
        "trade.us_goods_exports_to_japan": F(80000000000, "about", period="2024",
                                             as_written="goods accounted for some $80 billion of the total"),
        "trade.us_services_exports_to_japan": F(49000000000, period="2024", as_written="services the other $49 billion",
                                                note="verb elided; 'the other' is not a hedge"),
        "trade.us_imports_from_japan": F(192000000000, "about", period="2024", as_written="Imports from Japan, about $192 billion"),
        "trade.us_goods_imports_from_japan": F(150000000000, period="2024", as_written="Goods made up $150 billion of them", note="subject (imports) carried from the sentence before"),
        "trade.us_services_imports_from_japan": F(42000000000, period="2024", as_written="and services $42 billion", note="verb elided"),
        "trade.goods_deficit": F(68500000000, period="2024", as_written="at $68.5 billion, it was down from $71.2 billion a year earlier"),
        "trade.goods_deficit_rank": F(7, period="2024",
                                      as_written="Seventh, two places lower than in 2023, is where the U.S. goods deficit with Japan placed among bilateral deficits in 2024",
                                      note="ordinal in words before its subject"),
        "trade.japan_fdi_stock_in_us": F(754000000000, period="2024",
                                         as_written="the stock of Japanese direct investment in the United States reached $754 billion at the end of 2024"),
        "trade.fdi_source_rank": F(1, period="2024",
                                   as_written="Larger than that of any other country, the stock of Japanese direct investment in the United States ..."),
        "trade.us_fdi_stock_in_japan": F(136000000000, "about", period="2024",
                                         as_written="U.S. direct investment in Japan was a fraction of that, about $136 billion",
                                         note="year carried from the sentence before"),
        "trade.treasury_holder_rank": F(1, period="2025-08",
                                        as_written="Japan is also the largest foreign holder of U.S. Treasury securities, with $1.18 trillion in August 2025"),
        "agreements.usjta_signed": D("2019-10-07", as_written="which the two governments signed on October 7 of that year",
                                     note="year carried from the sentence before ('September 2019')"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="entered into force on January 1, 2020"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="as did a separate digital trade agreement",
                                               note="date carried by 'as did'"),
        "agreements.critical_minerals_signed": D("2023-03-28",
                                                 as_written="the countries signed a critical minerals agreement on March 28, 2023"),
    },
    "elections": {
        "ldp_president_2025": E("LDP president", "2025-10-04", "held", result="Takaichi Sanae",
                                note="'elected president of the Liberal Democratic Party (LDP) on October 4': year from the text's date"),
        "upper_house_2025": E("Upper House", "2025-07-20", "held", result="coalition lost its majority",
                              note="'lost its majority in the House of Councillors on July 20'"),
    },
    "events": {
        "tariff_talks_announced": EV("Trump-Ishiba call opens tariff talks", "2025-04-07", "held"),
        "stage_one_deal_finalized": EV("stage one deal concluded", "2019-09", "held"),
    },
    "notes": "Traps: 'On October 28, during an Asia trip' (meeting) and 'in office for one week'; 'Her predecessor, Ishiba Shigeru' (former prime minister) and 'he announced in September that he would step down'; 'became prime minister on October 21' and 'Komeito, the LDP's partner since 1999, left the coalition'; 'the 24% that President Trump announced for Japan on April 2', 'the 25% he threatened in a July 7 letter' and 'the average duty of about 1.5% such goods paid before 2025'; 'a good whose MFN rate is under 15%' and 'For about four weeks ... added the 15% to MFN duties' and 'a September 4 executive order'; Table 1 rows other than the last ('24%', '10%' baseline and suspended, '25%' threatened; the current rate is the last row's, with no 'now' label); 'since April had paid 27.5% (a 25% Section 232 tariff on top of the 2.5% MFN duty)'; Table 2 (steel/aluminum 50%, copper 50%, lumber 10%, trucks 25% 'from Nov. 1': sectoral, not autos, not most imports); 'signed September 4' (the MOU, not the announcement); 'Cash flow is to be split evenly ... 90%'; '$8 billion of U.S. farm products', '100 Boeing aircraft', 'by 75%'; 'the 100% tariff on branded drugs announced for October 1 would be capped at 15%'; 'up to $400 billion in projects' (interest listed, not the pledge); 'one place behind the United Kingdom'; 'exceeded exports by some $63 billion' (the overall balance); 'two places lower than in 2023' (the 2023 rank, fifth, implied) and 'down from $71.2 billion a year earlier' (2023 deficit); 'the deficit with Mexico ($171.8 billion)'; 'In January-August 2025 it came to $47.9 billion' (partial year); 'slightly below its 2023 level'; '$1.18 trillion'; Figure 1 (Japanese FDI position in the United States, 2019-2024, $ billions; ticks 0-800, no value labels); 'the October 28 framework on critical minerals and rare earths' (not the 2023 agreement) and 'Under President Joe Biden' (former president); 'held 7-4' and 'On August 29' (the Federal Circuit, no Supreme Court ruling: no tariffs.ieepa_ruling) and 'The Supreme Court is to hear argument on November 5'; 'Section 338 ... duties of up to 50%' (an authority, not a rate); sidebar 'Other Partners' Terms' (other countries: EU 15% and $600 billion, South Korea 15% and $350/$200/$20/$150 billion on October 29, China 20% to 10% on October 30); HTML sidebar aside; PDF curly quotes and NBSP",
}
