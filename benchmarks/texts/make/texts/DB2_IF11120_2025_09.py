from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "DB2-IF11120-2025-09", "fresh23", "IF11120", 23
TITLE = "U.S.-Japan Trade Agreements and Tariff Negotiations"
LAYOUTS = ["md", "layout"]
PDF_OPTS = ["quotes", "nbsp"]

MD = """
U.S.-Japan Trade Agreements and Tariff Negotiations

Updated September 22, 2025

## Overview

Two months after the Trump Administration and the government of Prime Minister Ishiba Shigeru reached a framework on tariffs and investment, its main terms are in effect. An executive order and a memorandum of understanding (MOU) on investment were both signed on September 4, and a lower tariff on Japanese vehicles took effect on September 16. The negotiations had begun after President Donald Trump spoke with Ishiba by telephone on April 7, 2025, five days after announcing "reciprocal" tariffs on most U.S. trading partners; Japan's chief negotiator, Akazawa Ryosei, made seven trips to Washington before the framework was announced on July 22, 2025.

Politics in Tokyo add uncertainty. Ishiba, whose Liberal Democratic Party (LDP) and its partner Komeito lost their majority in the House of Councillors in the July 20, 2025, election, having lost their Lower House majority in October 2024, said on September 7 that he would step down. The LDP is to elect a new president on October 4; the field includes Koizumi Shinjiro, Takaichi Sanae, Hayashi Yoshimasa, Motegi Toshimitsu, and Kobayashi Takayuki. Ishiba stays on as prime minister until the Diet chooses his successor, and all five candidates have said they would carry out the agreement.

## What Japanese Goods Pay

Since August 7, 2025, a 15% tariff has applied to most imports from Japan. The rate is imposed under the International Emergency Economic Powers Act (IEEPA) and counts the most-favored-nation (MFN) duty toward the total: a good whose MFN duty is below 15% owes an IEEPA duty making up the difference, and one whose MFN duty is 15% or more owes no IEEPA duty at all. A product with a 2.5% MFN rate, for example, now pays an added 12.5%, while one dutiable at 20% pays only its MFN rate. For about four weeks, U.S. Customs and Border Protection added the full 15% on top of MFN duties; the September 4 order corrected that, with refunds back to August 7.

That outcome compares with the 24% rate announced for Japan on April 2, which took effect and was suspended on April 9, the 10% baseline charged from April 5 through August 6, and the 25% threatened in a July 7 letter from the President to Ishiba. Before 2025, the average U.S. tariff on Japanese goods was roughly 1.5%.

Table 1. Selected U.S. Tariffs on Goods from Japan

| Product | Authority | Before → now |
| --- | --- | --- |
| Most goods | IEEPA | 10% → 15% |
| Passenger vehicles, parts | Section 232 | 27.5% → 15% |
| Steel, aluminum | Section 232 | 50% → 50% |
| Civil aircraft, parts | IEEPA | 10% → MFN |

Notes: The 10% baseline applied on top of MFN duties; the 15% rates include them. The 27.5% comprised a 25% Section 232 tariff and the 2.5% MFN duty.

Japan's automakers were the chief beneficiaries. Since September 16, the Section 232 tariff on passenger vehicles and parts from Japan has been set so that, with the MFN duty, they pay 15%, not the 27.5% charged since April and May. Competing vehicles from the European Union pay the same 15%, those from South Korea still 27.5%.

The tariffs' legal footing is in doubt. On August 29, the U.S. Court of Appeals for the Federal Circuit held that IEEPA does not authorize them but left them in force pending review; on September 9, the Supreme Court agreed to hear the case, with argument set for early November.

## Japan's Commitments

Under the MOU, Japan is to provide US$550 billion for investments in the United States that the President selects, with funds to be committed through January 19, 2029. Until Japan recovers its outlay, cash flows are to be split evenly; after that, 90% go to the United States. Japan also agreed to buy 100 Boeing aircraft, $8 billion a year of U.S. farm goods, and to raise U.S. rice purchases by 75% within its existing import quota. South Korea offered $350 billion, and the EU $600 billion, in their own July deals.

## Trade and Investment Ties

Ranked sixth among U.S. trading partners in 2024, Japan sells the United States far more than it buys (Table 2). The U.S. goods deficit with Japan shrank to $68.5 billion in 2024 and ranked 7th among U.S. bilateral goods deficits, after 4th place as recently as 2022.

Table 2. U.S. Trade with Japan ($ billions)

| Flow | 2024 | 2023 |
| --- | --- | --- |
| U.S. exports to Japan | 129.1 | 121.1 |
| of which goods | 79.7 | 76.0 |
| of which services | 49.4 | 45.1 |
| U.S. imports from Japan | 191.8 | 183.8 |
| of which goods | 148.2 | 147.0 |
| of which services | 43.6 | 36.8 |

Source: Bureau of Economic Analysis (BEA), balance-of-payments basis.

Japan has been the largest source of foreign direct investment (FDI) in the United States since 2019. Its FDI stock reached $754.1 billion at the end of 2024, more than five times the $136.3 billion U.S. stock in Japan. At $1.15 trillion in July 2025, Japanese holdings of U.S. Treasury securities were also the largest of any foreign country's, ahead of the United Kingdom's and China's.

## Earlier Agreements

In the first Trump Administration, formal talks opened in April 2019, and on September 25, 2019, the two leaders, Trump and then-Prime Minister Abe Shinzo, declared the "stage one" deal finished. Japan cut or eliminated tariffs on about $7 billion of U.S. farm goods; the United States cut tariffs on some $40 million of Japanese industrial goods. Under President Joe Biden, the two sides concluded a critical minerals agreement so that Japanese minerals could count toward electric-vehicle tax credits.

Table 3. U.S.-Japan Agreements Since 2019

| Agreement | Signed | In force |
| --- | --- | --- |
| Trade Agreement (USJTA) | 10/7/2019 | 1/1/2020 |
| Digital Trade Agreement | 10/7/2019 | 1/1/2020 |
| Critical Minerals Agreement | 3/28/2023 | 3/28/2023 |

## Issues for Congress

- Whether the framework, which is not a trade agreement and was not submitted to Congress, binds either side.
- How the investment vehicle will be governed, and whether projects will favor particular sectors.
- What becomes of the 15% rate if the Supreme Court finds the IEEPA tariffs unlawful.

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Kyla H. Kitamura**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Trump", "Donald", "President Donald Trump"),
        "leaders.japan_prime_minister": P("Ishiba", "Shigeru", "Prime Minister Ishiba Shigeru", note="said on September 7 he would step down; stays on until the Diet chooses a successor"),
        "tariffs.us_tariff_most_imports": F(15, period="2025-08-07", as_written="Since August 7, 2025, a 15% tariff has applied to most imports from Japan"),
        "tariffs.ieepa_rate": F(15, as_written="The rate is imposed under the International Emergency Economic Powers Act (IEEPA)", note="subject carried from the sentence before; inclusive of MFN"),
        "tariffs.section232_autos": F(15, as_written="Since September 16, the Section 232 tariff on passenger vehicles and parts from Japan has been set so that, with the MFN duty, they pay 15%", note="also Table 1 '27.5% → 15%'"),
        "framework.announced": D("2025-07-22", as_written="before the framework was announced on July 22, 2025"),
        "framework.investment_pledge": F(550000000000, by="2029-01-19", as_written="Japan is to provide US$550 billion ... with funds to be committed through January 19, 2029"),
        "trade.overall_partner_rank": F(6, period="2024", as_written="Ranked sixth among U.S. trading partners in 2024, Japan"),
        "trade.us_exports_to_japan": F(129100000000, period="2024", as_written="U.S. exports to Japan | 129.1", note="Table 2, 2024 column, $ billions"),
        "trade.us_goods_exports_to_japan": F(79700000000, period="2024", as_written="of which goods | 79.7", note="Table 2, row under exports"),
        "trade.us_services_exports_to_japan": F(49400000000, period="2024", as_written="of which services | 49.4", note="Table 2, row under exports"),
        "trade.us_imports_from_japan": F(191800000000, period="2024", as_written="U.S. imports from Japan | 191.8", note="Table 2"),
        "trade.us_goods_imports_from_japan": F(148200000000, period="2024", as_written="of which goods | 148.2", note="Table 2, row under imports"),
        "trade.us_services_imports_from_japan": F(43600000000, period="2024", as_written="of which services | 43.6", note="Table 2, row under imports"),
        "trade.goods_deficit": F(68500000000, period="2024", as_written="The U.S. goods deficit with Japan shrank to $68.5 billion in 2024"),
        "trade.goods_deficit_rank": F(7, period="2024", as_written="and ranked 7th among U.S. bilateral goods deficits"),
        "trade.fdi_source_rank": F(1, as_written="Japan has been the largest source of foreign direct investment (FDI) in the United States since 2019"),
        "trade.japan_fdi_stock_in_us": F(754100000000, period="2024", as_written="Its FDI stock reached $754.1 billion at the end of 2024"),
        "trade.us_fdi_stock_in_japan": F(136300000000, period="2024", as_written="more than five times the $136.3 billion U.S. stock in Japan", note="exact; 'more than' hedges the ratio"),
        "trade.treasury_holder_rank": F(1, period="2025-07", as_written="At $1.15 trillion in July 2025, Japanese holdings of U.S. Treasury securities were also the largest of any foreign country's"),
        "agreements.usjta_signed": D("2019-10-07", as_written="Trade Agreement (USJTA) | 10/7/2019", note="Table 3, numeric month/day/year"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="Trade Agreement (USJTA) | 10/7/2019 | 1/1/2020", note="Table 3"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="Digital Trade Agreement | 10/7/2019 | 1/1/2020", note="Table 3"),
        "agreements.critical_minerals_signed": D("2023-03-28", as_written="Critical Minerals Agreement | 3/28/2023", note="Table 3"),
    },
    "elections": {
        "upper_house_2025": E("Upper House", "2025-07-20", "held", result="LDP-Komeito lost their majority"),
        "lower_house_2024": E("Lower House", "2024-10", "held", result="LDP-Komeito lost their majority"),
        "ldp_president_2025": E("LDP president", "2025-10-04", "upcoming", note="to succeed Ishiba; five candidates"),
    },
    "events": {
        "tariff_talks_announced": EV("Trump-Ishiba call after which negotiations began", "2025-04-07", "held"),
        "first_negotiating_round": EV("formal talks opened", "2019-04", "held"),
        "stage_one_deal_finalized": EV("Trump and Abe declared the stage one deal finished", "2019-09-25", "held"),
    },
    "notes": "Traps: 'both signed on September 4' (executive order and MOU, not the framework's announcement) and 'took effect on September 16'; 'five days after announcing \"reciprocal\" tariffs' and 'made seven trips'; 'the July 20, 2025, election' (held) and 'in October 2024' (held); 'Koizumi Shinjiro, Takaichi Sanae, Hayashi Yoshimasa, Motegi Toshimitsu, and Kobayashi Takayuki' (candidates, not prime minister); 'an added 12.5%' and 'one dutiable at 20%' (worked examples); 'added the full 15% on top of MFN duties' (a past error); 'the 24% rate announced for Japan on April 2', 'the 10% baseline charged from April 5 through August 6', 'the 25% threatened in a July 7 letter', 'roughly 1.5%' (pre-2025 average); Table 1's 'Before' rates ('10% →', '27.5% →', '50% → 50%' steel/aluminum, aircraft '10% → MFN') and its notes ('a 25% Section 232 tariff and the 2.5% MFN duty'); 'not the 27.5% charged since April and May'; 'those from South Korea still 27.5%' and 'the European Union pay the same 15%' (other partners); 'On August 29, the U.S. Court of Appeals for the Federal Circuit held' and 'on September 9, the Supreme Court agreed to hear the case' (no Supreme Court ruling: no tariffs.ieepa_ruling); '90% go to the United States', '100 Boeing aircraft', '$8 billion a year', 'by 75%'; 'South Korea offered $350 billion, and the EU $600 billion'; 'after 4th place as recently as 2022' (past deficit rank); Table 2's 2023 column (121.1, 76.0, 45.1, 183.8, 147.0, 36.8); 'more than five times' (a ratio; the U.S. stock is exact); 'At $1.15 trillion' (no fact) and 'ahead of the United Kingdom's and China's'; 'then-Prime Minister Abe Shinzo' (former); 'about $7 billion of U.S. farm goods' and 'some $40 million'; 'Under President Joe Biden' (former president); Table 3 dates in numeric month/day/year form (the Critical Minerals Agreement's in-force column has no fact); PDF curly quotes and NBSP (layout text only)",
}
