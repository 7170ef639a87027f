from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "EB2-IF11120-2026-06", "fresh24", "IF11120", 26
TITLE = "U.S.-Japan Trade Agreements and Tariff Negotiations"
LAYOUTS = ["html", "md"]
PDF_OPTS = []
SIDEBAR = "The $550 Billion Commitment"

MD = """
U.S.-Japan Trade Agreements and Tariff Negotiations

Updated June 16, 2026

## Overview

For the third time in little more than a year, the duty that most Japanese goods pay at the U.S. border has changed. On February 20, 2026, the Supreme Court held, 6-3, that the International Emergency Economic Powers Act (IEEPA) does not authorize the President to impose tariffs. The decision voided the 15% rate that Japan had accepted under its July 2025 framework with the Trump Administration. Four days later, President Trump turned to Section 122 of the Trade Act of 1974, which permits a temporary import surcharge of up to 15% for no more than 150 days, and set a 10% surcharge on goods from most U.S. trading partners.

Prime Minister Takaichi Sanae, whose Liberal Democratic Party (LDP) won a commanding majority in the February 8 general election, has said Japan will keep carrying out the framework's investment commitments while it seeks clarity about what follows the surcharge. Congress may weigh in: the surcharge cannot outlast its 150 days without congressional approval.

## Where U.S. Tariffs Stand

Since February 24, the 10% surcharge has been the rate applied to most imports from Japan. It is charged on top of most-favored-nation (MFN) duties, whereas the 15% IEEPA rate it replaced absorbed them: under the framework, a product whose MFN duty was below 15% paid 15% in all. Unless Congress extends it, the surcharge expires on July 23, 2026.

Section 232 tariffs rest on a different statute and were untouched by the ruling. Passenger vehicles and auto parts from Japan have paid 15%, MFN duty included, since September 16, 2025, down from 27.5% (a 25% Section 232 tariff plus the 2.5% MFN rate). Steel and aluminum still face 50%. The U.S. Trade Representative (USTR) has floated a 12.5% Section 301 duty on Japanese goods as a possible successor to the surcharge; comments are due June 30.

Table 1. U.S. Tariff Rates on Selected Imports from Japan (percent)

| Goods | Now | Before Feb. 20, 2026 | April 2025 |
| --- | --- | --- | --- |
| Most goods | 10 (Sec. 122, plus MFN) | 15 (IEEPA, MFN included) | 10 (IEEPA, plus MFN) |
| Passenger vehicles and parts | 15 (Sec. 232) | 15 (Sec. 232) | 27.5 (Sec. 232 plus MFN) |
| Steel and aluminum | 50 (Sec. 232) | 50 (Sec. 232) | 25 (Sec. 232) |
| Civil aircraft and parts | 0 | 0 | 10 (IEEPA) |

## The $550 Billion Commitment

April 7, 2025, brought the Administration's announcement that Japan would be among the first partners to negotiate over tariffs. Then-Prime Minister Ishiba Shigeru's chief negotiator, Akazawa Ryosei, made eight trips to Washington before President Trump announced a deal on July 22, 2025; its terms were set down in a September 4 executive order and a memorandum of understanding.

At its center is Japan's commitment to finance $550 billion in U.S. projects chosen by the President, with funds to be provided over the remainder of his term, which ends on January 20, 2029. Cash flows are to be split evenly until Japan recovers its outlays, and 90% go to the United States thereafter. Japan also agreed to buy 100 Boeing aircraft. Because the investment terms were never tied to IEEPA, Tokyo regards them as intact; a first slate of projects, mostly in energy, was unveiled in the spring.

## Trade and Investment Ties

Five partners (the European Union, Mexico, Canada, China, and Taiwan) outranked Japan in total trade with the United States in 2025, counting goods and services together. U.S. sales to Japan that year came to $131.4 billion: $79.8 billion in merchandise and $51.6 billion in services, led by travel, charges for intellectual property, and financial services. Purchases from Japan were larger (Table 2).

Table 2. U.S. Imports from Japan, 2025 ($ billions)

| Category | Value | Change from 2024 |
| --- | --- | --- |
| Passenger vehicles and parts | 51.2 | -8.1% |
| Industrial machinery | 27.9 | +2.2% |
| Other goods | 66.8 | +0.3% |
| Goods, total | 145.9 | -2.5% |
| Services | 42.8 | 0.0% |
| All imports | 188.7 | -1.9% |

The U.S. goods deficit with Japan narrowed to $66.1 billion in 2025. Seven trading partners, among them Vietnam, Taiwan, and Ireland, ran larger goods surpluses with the United States than Japan did.

At the end of 2024, the latest year for which data are available, Japanese companies' direct investment position in the United States stood at $754.1 billion, ahead of every other country's. The U.S. position in Japan was upwards of $135 billion. Japan's holdings of U.S. Treasury securities, about $1.2 trillion in April 2026, remain the largest of any foreign country.

## Earlier Agreements

The USJTA and the Digital Trade Agreement grew out of "stage one" negotiations during President Trump's first term, which he and then-Prime Minister Abe Shinzo declared concluded in New York on September 25, 2019. The USJTA cut or removed Japanese tariffs on about $7 billion of U.S. farm goods. The Critical Minerals Agreement (CMA), concluded under the Biden Administration, let minerals processed in Japan count toward U.S. clean-vehicle tax credits, which Congress repealed in 2025.

Table 3. U.S.-Japan Trade Agreements

| Agreement | Signed | In force |
| --- | --- | --- |
| U.S.-Japan Trade Agreement (USJTA) | Oct. 7, 2019 | Jan. 1, 2020 |
| Digital Trade Agreement (DTA) | Oct. 7, 2019 | Jan. 1, 2020 |
| Critical Minerals Agreement (CMA) | Mar. 28, 2023 | Mar. 28, 2023 |
| Tariff and investment framework (MOU) | Sept. 4, 2025 | Sept. 4, 2025 |

## Issues for Congress

- Whether to extend the Section 122 surcharge beyond 150 days or let it lapse.
- Whether Section 301 or Section 232 actions should restore the framework's tariff terms, and on what record.
- Oversight of the investment committee that selects projects and of the returns owed to the United States.
- Refunds of IEEPA duties already paid, which importers are pursuing at the Court of International Trade.

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Kyla H. Kitamura**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Trump", "Donald", "President Trump"),
        "leaders.japan_prime_minister": P("Takaichi", "Sanae", "Prime Minister Takaichi Sanae"),
        "tariffs.us_tariff_most_imports": F(10, period="2026-02-24", as_written="Since February 24, the 10% surcharge has been the rate applied to most imports from Japan"),
        "tariffs.section122_surcharge": F(10, period="2026-02-24", as_written="set a 10% surcharge on goods from most U.S. trading partners"),
        "tariffs.ieepa_rate": F(15, as_written="The decision voided the 15% rate that Japan had accepted under its July 2025 framework", note="voided by the February 20, 2026 ruling; stated as the rate it had been (as extract-dev's D6)"),
        "tariffs.ieepa_ruling": D("2026-02-20", as_written="On February 20, 2026, the Supreme Court held, 6-3"),
        "tariffs.section232_autos": F(15, period="2025-09-16", as_written="Passenger vehicles and auto parts from Japan have paid 15%, MFN duty included, since September 16, 2025"),
        "framework.announced": D("2025-07-22", as_written="before President Trump announced a deal on July 22, 2025"),
        "framework.investment_pledge": F(550000000000, by="2029-01-20", as_written="Japan's commitment to finance $550 billion in U.S. projects ... over the remainder of his term, which ends on January 20, 2029", note="by: the term's end as written (the record's 2029-01-19 is the last full day)"),
        "trade.overall_partner_rank": F(6, period="2025", as_written="Five partners (...) outranked Japan in total trade with the United States in 2025"),
        "trade.us_exports_to_japan": F(131400000000, period="2025", as_written="U.S. sales to Japan that year came to $131.4 billion"),
        "trade.us_goods_exports_to_japan": F(79800000000, period="2025", as_written="$79.8 billion in merchandise"),
        "trade.us_services_exports_to_japan": F(51600000000, period="2025", as_written="$51.6 billion in services"),
        "trade.us_imports_from_japan": F(188700000000, period="2025", as_written="Table 2: All imports | 188.7"),
        "trade.us_goods_imports_from_japan": F(145900000000, period="2025", as_written="Table 2: Goods, total | 145.9"),
        "trade.us_services_imports_from_japan": F(42800000000, period="2025", as_written="Table 2: Services | 42.8"),
        "trade.goods_deficit": F(66100000000, period="2025", as_written="The U.S. goods deficit with Japan narrowed to $66.1 billion in 2025"),
        "trade.goods_deficit_rank": F(8, period="2025", as_written="Seven trading partners ... ran larger goods surpluses with the United States than Japan did"),
        "trade.japan_fdi_stock_in_us": F(754100000000, period="2024", as_written="Japanese companies' direct investment position in the United States stood at $754.1 billion"),
        "trade.fdi_source_rank": F(1, period="2024", as_written="stood at $754.1 billion, ahead of every other country's"),
        "trade.us_fdi_stock_in_japan": F(135000000000, "over", period="2024", as_written="The U.S. position in Japan was upwards of $135 billion"),
        "trade.treasury_holder_rank": F(1, period="2026-04", as_written="Japan's holdings of U.S. Treasury securities, about $1.2 trillion in April 2026, remain the largest of any foreign country"),
        "agreements.usjta_signed": D("2019-10-07", as_written="Table 3: U.S.-Japan Trade Agreement (USJTA) | Oct. 7, 2019"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="Table 3: USJTA ... In force | Jan. 1, 2020"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="Table 3: Digital Trade Agreement (DTA) | Oct. 7, 2019 | Jan. 1, 2020"),
        "agreements.critical_minerals_signed": D("2023-03-28", as_written="Table 3: Critical Minerals Agreement (CMA) | Mar. 28, 2023"),
    },
    "elections": {
        "lower_house_2026": E("Lower House", "2026-02-08", "held", result="LDP won a commanding majority"),
    },
    "events": {
        "tariff_talks_announced": EV("Administration announces Japan among the first partners to negotiate over tariffs", "2025-04-07", "held"),
        "stage_one_deal_finalized": EV("Trump and Abe declare stage one concluded in New York", "2019-09-25", "held"),
        "section122_surcharge_expired": EV("Section 122 surcharge expires unless Congress extends it", "2026-07-23", "upcoming"),
    },
    "notes": "Traps: 'For the third time in little more than a year' (a count, no fact); '6-3'; 'its July 2025 framework' (month of the framework, the day is July 22); 'Four days later' (Feb 24, the surcharge's start); 'up to 15% for no more than 150 days' (Section 122's cap, not the surcharge rate); 'the February 8 general election' (listed as lower_house_2026; no seat share is an IF11120 fact); 'a product whose MFN duty was below 15% paid 15% in all'; 'down from 27.5% (a 25% Section 232 tariff plus the 2.5% MFN rate)'; 'Steel and aluminum still face 50%'; 'has floated a 12.5% Section 301 duty' (proposal) and 'comments are due June 30'; Table 1 columns 'Before Feb. 20, 2026' (15 for most goods: the IEEPA rate, not the current tariff) and 'April 2025' (10 baseline, 27.5, 25, 10) and the row 'Civil aircraft and parts | 0'; 'Then-Prime Minister Ishiba Shigeru' (former PM) and 'made eight trips'; 'a September 4 executive order and a memorandum of understanding' and Table 3's 'Tariff and investment framework (MOU) | Sept. 4, 2025' (not the framework's announcement); 'split evenly' and '90% go to the United States'; '100 Boeing aircraft'; 'Five partners' (the rank is 6); Table 2 category rows (51.2, 27.9, 66.8) and the 'Change from 2024' column; 'Seven trading partners' (the deficit rank is 8); 'At the end of 2024' (FDI year, not 2025); 'about $1.2 trillion in April 2026' (holdings amount); 'then-Prime Minister Abe Shinzo'; 'about $7 billion of U.S. farm goods'; 'which Congress repealed in 2025'; Table 3 'Digital Trade Agreement (DTA) | Oct. 7, 2019' (no catalogue fact for the DTA's signing) and 'Critical Minerals Agreement ... In force Mar. 28, 2023'; 'beyond 150 days'; HTML sidebar 'The $550 Billion Commitment' (aside)",
}
