from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "AZ2-IF11120-2026-09", "fresh20", "IF11120", 26
TITLE = "U.S.-Japan Trade Agreements and Tariff Negotiations"
LAYOUTS = ["layout", "pdf"]
PDF_OPTS = ["lig", "quotes", "nbsp"]
CHART = {"unit": "Percent", "ymax": 15, "ticks": [0, 5, 10, 15],
         "series": ["Rate on most goods from Japan"],
         "bars": {"Apr. 2025": (10,), "Aug. 2025": (15,), "Feb. 2026": (10,), "July 2026": (12.5,)}}

MD = """
U.S.-Japan Trade Agreements and Tariff Negotiations

Updated September 9, 2026

## Overview

Most goods from Japan now enter the United States at a tariff of twelve and a half percent, imposed on July 24, 2026, by the U.S. Trade Representative (USTR) under Section 301 of the Trade Act of 1974. That is the third legal basis for the duty on most Japanese goods in just over a year. Through each change, Japan's investment commitment under the framework the two governments reached in 2025 has stood, and Tokyo has said it intends to honor it. Congress may weigh whether Section 301 can bear the weight the Administration now places on it, how refunds of voided tariffs are handled, and how closely to oversee the investment program.

## How the Rate Got Here

Negotiations trace to an April 7, 2025, telephone call in which President Donald J. Trump and then-Prime Minister Ishiba Shigeru agreed to talk. The framework that followed was announced by the President on July 22, 2025. At its center was a 15% rate under the International Emergency Economic Powers Act (IEEPA), inclusive of most-favored-nation (MFN) duties, collected on most Japanese goods from August 7 of that year.

On February 20, 2026, the Supreme Court held, 6-3, that IEEPA does not authorize tariffs. Four days later a 10% surcharge under Section 122 of the Trade Act of 1974 took the IEEPA rate's place; the statute limits such a surcharge to 150 days and 15%, and it lapsed on July 23, 2026, without congressional action to extend it. The Section 301 tariff took effect the next day. USTR's determination lets it raise the rate to as much as 25% if Japan's remedial steps fall short.

Table 1. Tariff on Most Goods from Japan, Latest First

| Period | Authority | Rate |
| --- | --- | --- |
| July 24, 2026- | Section 301 | 12.5% |
| Feb. 24-July 23, 2026 | Section 122 | 10% |
| Aug. 7, 2025-Feb. 23, 2026 | IEEPA (framework) | 15% |
| Apr. 5-Aug. 6, 2025 | IEEPA (baseline) | 10% |

Source: CRS, from presidential proclamations, executive orders, and USTR notices. A 24% rate announced on April 2, 2025, was suspended before it was collected.

**Figure 1. Rate on Most Goods from Japan, by Month Each Rate Began**

Source: CRS. Bars show the rate in force from the month labeled until the next change.

Cars and auto parts are outside Table 1. They pay Section 232 duties, which the framework lowered to 15% from September 16, 2025, having been 27.5% with the MFN duty included; the ruling left them untouched. Steel and aluminum from Japan pay 50%, also under Section 232. U.S. Customs and Border Protection has begun paying refunds of IEEPA duties, which importers of Japanese goods put at about $19 billion.

## The Investment Commitment

Under a memorandum of understanding (MOU) signed on September 4, 2025, Japan is to provide $550 billion for U.S. projects the President selects before January 19, 2029. Cash flows are split evenly until Japan recoups its contribution; thereafter 90% goes to the United States. An investment committee chaired by the Secretary of Commerce had recommended projects worth close to $60 billion by August 2026, mostly in energy and power generation.

## Trade and Investment Ties

Japan finished sixth among U.S. trading partners in 2025, as it had in 2024. Table 2 breaks down the year's flows.

Table 2. U.S. Trade with Japan, 2025 ($ millions)

| Type | U.S. exports | U.S. imports | Balance |
| --- | --- | --- | --- |
| Goods | 78,912 | 138,614 | -59,702 |
| Services | 52,706 | 44,803 | 7,903 |
| Total | 131,618 | 183,417 | -51,799 |

Source: Bureau of Economic Analysis (BEA), June 2026.

That goods shortfall placed Japan eighth among U.S. bilateral goods deficits, one rung lower than in 2024. Direct investment runs heavily one way: Japanese companies' stock in the United States reached a little over three-quarters of a trillion dollars at the end of 2025, more than any other country's, while the U.S. stock in Japan was $74 billion. Japan is also the largest foreign holder of U.S. Treasury securities, with about $1.2 trillion in June 2026.

## Earlier Agreements

Formal talks on a first-stage deal opened in April 2019. A month later, the President's May 17, 2019, proclamation under Section 232 found that auto imports threatened national security but imposed no tariff. The leaders finalized the "stage one" package in New York on September 25, 2019. The U.S.-Japan Trade Agreement (USJTA), which cut tariffs on some agricultural and industrial goods, was signed on October 7, 2019, and entered into force on January 1, 2020. That was also the day the companion U.S.-Japan Digital Trade Agreement took effect. In March 2023, the two governments signed a Critical Minerals Agreement (CMA) to let Japanese-sourced minerals count toward electric-vehicle tax credits; a broader framework on critical minerals and rare earths followed on October 28, 2025.

## Politics in Tokyo

Takaichi Sanae, who won the Liberal Democratic Party's leadership election on October 4, 2025, and became prime minister that month, led the LDP to 316 of the House of Representatives' 465 seats on February 8, 2026, more than two-thirds on its own. She has no national election to face before the House of Councillors votes in summer 2028. Her government has called the Section 301 action unjustified but has not retaliated.

## Issues for Congress

- Section 301 requires USTR to find an unreasonable or discriminatory practice; Japan disputes the finding, and importers have sued.
- Some Members have proposed legislation to require congressional approval of tariffs above 10%.
- The MOU gives the President wide discretion over project selection; Congress has no formal role.

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Kyla H. Kitamura**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Trump", "Donald", "President Donald J. Trump"),
        "leaders.japan_prime_minister": P("Takaichi", "Sanae", "Takaichi Sanae ... became prime minister that month"),
        "tariffs.us_tariff_most_imports": F(12.5, period="2026-07-24", as_written="Most goods from Japan now enter the United States at a tariff of twelve and a half percent, imposed on July 24, 2026", note="also Table 1's first row '12.5%'"),
        "tariffs.ieepa_rate": F(15, period="2025-08-07", as_written="a 15% rate under the International Emergency Economic Powers Act (IEEPA) ... collected on most Japanese goods from August 7 of that year", note="voided by the ruling; kept as the framework's rate (extract-dev D6); year carried by 'of that year'"),
        "tariffs.ieepa_ruling": D("2026-02-20", as_written="On February 20, 2026, the Supreme Court held, 6-3, that IEEPA does not authorize tariffs"),
        "tariffs.section122_surcharge": F(10, period="2026-02-24", as_written="Four days later a 10% surcharge under Section 122 of the Trade Act of 1974 took the IEEPA rate's place", note="expired July 23, 2026; Table 1 'Feb. 24-July 23, 2026'"),
        "tariffs.section232_autos": F(15, period="2025-09-16", as_written="They pay Section 232 duties, which the framework lowered to 15% from September 16, 2025"),
        "framework.announced": D("2025-07-22", as_written="The framework that followed was announced by the President on July 22, 2025"),
        "framework.investment_pledge": F(550000000000, by="2029-01-19", as_written="Japan is to provide $550 billion for U.S. projects the President selects before January 19, 2029"),
        "trade.overall_partner_rank": F(6, period="2025", as_written="Japan finished sixth among U.S. trading partners in 2025"),
        "trade.us_goods_exports_to_japan": F(78912000000, period="2025", as_written="Table 2: Goods | U.S. exports 78,912 ($ millions)"),
        "trade.us_services_exports_to_japan": F(52706000000, period="2025", as_written="Table 2: Services | U.S. exports 52,706 ($ millions)"),
        "trade.us_exports_to_japan": F(131618000000, period="2025", as_written="Table 2: Total | U.S. exports 131,618 ($ millions)"),
        "trade.us_goods_imports_from_japan": F(138614000000, period="2025", as_written="Table 2: Goods | U.S. imports 138,614 ($ millions)"),
        "trade.us_services_imports_from_japan": F(44803000000, period="2025", as_written="Table 2: Services | U.S. imports 44,803 ($ millions)"),
        "trade.us_imports_from_japan": F(183417000000, period="2025", as_written="Table 2: Total | U.S. imports 183,417 ($ millions)"),
        "trade.goods_deficit": F(59702000000, period="2025", as_written="Table 2: Goods | Balance -59,702 ($ millions); 'That goods shortfall'", note="amount only as the table's signed goods balance; the prose names it without a number"),
        "trade.goods_deficit_rank": F(8, period="2025", as_written="That goods shortfall placed Japan eighth among U.S. bilateral goods deficits, one rung lower than in 2024"),
        "trade.japan_fdi_stock_in_us": F(750000000000, "over", period="2025", as_written="Japanese companies' stock in the United States reached a little over three-quarters of a trillion dollars at the end of 2025"),
        "trade.fdi_source_rank": F(1, period="2025", as_written="more than any other country's"),
        "trade.us_fdi_stock_in_japan": F(74000000000, period="2025", as_written="while the U.S. stock in Japan was $74 billion", note="year carried from 'at the end of 2025'"),
        "trade.treasury_holder_rank": F(1, period="2026-06", as_written="Japan is also the largest foreign holder of U.S. Treasury securities, with about $1.2 trillion in June 2026"),
        "agreements.usjta_signed": D("2019-10-07", as_written="was signed on October 7, 2019"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="and entered into force on January 1, 2020"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="That was also the day the companion U.S.-Japan Digital Trade Agreement took effect", note="date carried from the sentence before"),
        "agreements.critical_minerals_signed": D("2023-03", as_written="In March 2023, the two governments signed a Critical Minerals Agreement (CMA)"),
    },
    "elections": {
        "ldp_president_2025": E("LDP president", "2025-10-04", "held", result="Takaichi won"),
        "lower_house_2026": E("Lower House", "2026-02-08", "held", result="LDP 316 of 465 seats"),
        "upper_house_2028": E("Upper House", "2028", "upcoming", note="'before the House of Councillors votes in summer 2028' (year precision)"),
    },
    "events": {
        "tariff_talks_announced": EV("Trump and Ishiba agree by telephone to negotiate", "2025-04-07", "held"),
        "section122_surcharge_expired": EV("Section 122 surcharge lapses", "2026-07-23", "held"),
        "first_negotiating_round": EV("Formal talks on a first-stage deal open", "2019-04", "held"),
        "section232_autos_proclamation": EV("Section 232 auto proclamation (no tariff imposed)", "2019-05-17", "held"),
        "stage_one_deal_finalized": EV("Leaders finalize the stage one package in New York", "2019-09-25", "held"),
    },
    "notes": "Traps: 'That is the third legal basis for the duty on most Japanese goods in just over a year'; 'the framework the two governments reached in 2025' (year only; the announcement is dated later); 'then-Prime Minister Ishiba Shigeru' (former PM); 'the statute limits such a surcharge to 150 days and 15%' (a cap, not a rate); 'lapsed on July 23, 2026' (the surcharge's end, not the ruling); 'lets it raise the rate to as much as 25%' (possible, not in force); Table 1 rows 'Section 122 | 10%', 'IEEPA (framework) | 15%' and 'IEEPA (baseline) | 10%' (past rates on most goods; only the first row is current) and the date ranges 'Feb. 24-July 23, 2026', 'Aug. 7, 2025-Feb. 23, 2026', 'Apr. 5-Aug. 6, 2025'; 'A 24% rate announced on April 2, 2025, was suspended before it was collected'; Figure 1 (rate by month each rate began, percent, ticks 0-15, bars 'Apr. 2025', 'Aug. 2025', 'Feb. 2026', 'July 2026', no value labels); 'having been 27.5% with the MFN duty included' (past autos rate); 'Steel and aluminum from Japan pay 50%'; 'which importers of Japanese goods put at about $19 billion' (refunds); 'signed on September 4, 2025' (MOU, not the announcement); 'thereafter 90% goes to the United States'; 'projects worth close to $60 billion by August 2026' (not the pledge); 'as it had in 2024' and 'one rung lower than in 2024' (past ranks); Table 2 'Services | ... | 7,903' and 'Total | ... | -51,799' balances (not the goods deficit), 'June 2026' (BEA release date, not the data year); 'about $1.2 trillion' (holdings, no fact); 'Formal talks ... opened in April 2019', 'May 17, 2019, proclamation' and 'September 25, 2019' (events, not agreement dates); 'a broader framework on critical minerals and rare earths followed on October 28, 2025' (not the CMA); 'led the LDP to 316 of the House of Representatives' 465 seats', 'more than two-thirds on its own' (no IF11120 fact); 'approval of tariffs above 10%' (proposed legislation); PDF ligatures, curly quotes and NBSP; layout text of the two-column PDF",
}
