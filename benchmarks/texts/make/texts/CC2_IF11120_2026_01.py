from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "CC2-IF11120-2026-01", "fresh22", "IF11120", 23
TITLE = "U.S.-Japan Trade Agreements and Tariff Negotiations"
LAYOUTS = ["html", "md"]
PDF_OPTS = []
SIDEBAR = "Earlier Agreements"

MD = """
U.S.-Japan Trade Agreements and Tariff Negotiations

Updated January 27, 2026

## Overview

Trade with Japan now runs on terms that President Donald J. Trump set largely by executive action in 2025, and that Congress has not voted on. A bilateral framework caps most U.S. tariffs on Japanese goods and commits Japan to a large investment program in the United States; a pending Supreme Court case could unsettle its legal footing. Politics in Tokyo adds uncertainty. Prime Minister Takaichi Sanae, chosen as LDP president on October 4, 2025, after her predecessor Ishiba Shigeru stepped down in the wake of the ruling coalition's losses in the July 20, 2025, House of Councillors election, dissolved the House of Representatives on January 23. Voters go to the polls on February 8, 2026.

## Tariffs Currently Applied

Since August 7, 2025, a flat 15-percent duty has been assessed on the bulk of U.S. imports from Japan. Unlike most other partners' rates, it folds in, rather than stacks on top of, ordinary most-favored-nation (MFN) duties: a good whose MFN rate already reaches 15% owes nothing further. The authority the President invoked for it is the International Emergency Economic Powers Act (IEEPA). That rate is well under the 24% "reciprocal" tariff the President announced for Japan on April 2, 2025, and paused a week later, and under the 25% he threatened in July; it is also above the 10% baseline that applied from April 5 until the framework rate took over.

Motor vehicles and parts are covered by Section 232 of the Trade Expansion Act of 1962 rather than IEEPA. Since September 16, 2025, they have paid the same all-in rate as most other Japanese goods, after some five months at 27.5%. Steel and aluminum are outside the framework and pay 50%.

Table 1. Rates Paid on Selected Imports from Japan (percent)

| Product | Jan. 2025 | June 2025 | Jan. 2026 |
| --- | --- | --- | --- |
| Most goods (IEEPA) | MFN | 10 + MFN | 15 |
| Passenger cars (Sec. 232) | 2.5 | 27.5 | 15 |
| Steel and aluminum (Sec. 232) | 25 | 50 | 50 |

Source: CRS, from presidential proclamations and executive orders. "MFN" is the ordinary tariff, averaging about 1.5% on goods from Japan.

The Supreme Court heard argument on November 5, 2025, in consolidated challenges to the IEEPA tariffs; the U.S. Court of Appeals for the Federal Circuit had held on August 29 that the statute does not authorize them. As of this writing the Court has not ruled. Should the tariffs fall, officials have pointed to other authorities, among them Section 122 of the Trade Act of 1974, which allows a surcharge of as much as 15% for up to 150 days, and Section 301.

## The 2025 Framework

Talks began in April 2025, when the Administration named Japan among the first partners it would negotiate with; Japan's lead negotiator, Akazawa Ryosei, made eight trips to Washington. On July 22, 2025, the President announced the outcome on social media. Its terms were later written down in an executive order and a memorandum of understanding, both dated September 4.

The centerpiece is investment. Japan committed $550 billion, roughly ¥80 trillion, for projects in the United States that the President selects, with the money to be provided before January 19, 2029. Cash flow is to be split evenly until the investment is recouped, and 90% goes to the United States thereafter. Japan also agreed to buy 100 Boeing aircraft, to raise purchases of U.S. rice by 75% within its existing minimum-access quota, and to buy $8 billion a year of other U.S. farm goods. South Korea signed a similar pledge worth $350 billion.

## The Trade and Investment Relationship

In 2024, Japan stood in sixth position among U.S. trading partners, counting goods and services. Table 2 gives the flows. On the Census basis, the U.S. goods deficit with Japan came to $68.5 billion, the seventh-widest with any partner. Investment links are deeper than trade: Japan's direct investment position in the United States reached $819 billion at the end of 2024, roughly six times the U.S. position in Japan of $136 billion, and Japanese firms are the leading foreign investors in the United States. Japan's holdings of U.S. Treasury securities, a little over $1.1 trillion, top those of every other foreign country.

Table 2. U.S. Trade with Japan ($ millions)

| Flow | 2023 | 2024 |
| --- | --- | --- |
| U.S. exports to Japan | 121,050 | 128,960 |
| Goods | 76,880 | 79,740 |
| Services | 44,170 | 49,220 |
| U.S. imports from Japan | 184,120 | 191,790 |
| Goods | 148,200 | 149,560 |
| Services | 35,920 | 42,230 |

Source: Bureau of Economic Analysis (BEA), balance-of-payments basis.

## Earlier Agreements

- **USJTA.** The U.S.-Japan Trade Agreement, a limited tariff deal, was signed on October 7, 2019, after talks that opened in April of that year.
- **Digital trade.** A companion Digital Trade Agreement was signed alongside it; both have been in force since New Year's Day 2020.
- **Critical minerals.** A Critical Minerals Agreement, concluded on March 28, 2023, lets Japan count as a free trade agreement partner for certain electric-vehicle tax credits.

## Issues for Congress

Members may weigh whether Congress should authorize or limit tariffs of this kind, how investments under the framework will be chosen and overseen, and what the Supreme Court's decision may mean for refunds and for the rates Japanese goods pay.

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Kyla H. Kitamura**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Trump", "Donald", "President Donald J. Trump"),
        "leaders.japan_prime_minister": P("Takaichi", "Sanae", "Prime Minister Takaichi Sanae"),
        "tariffs.us_tariff_most_imports": F(15, period="2025-08-07", as_written="Since August 7, 2025, a flat 15-percent duty has been assessed on the bulk of U.S. imports from Japan", note="also Table 1, 'Most goods (IEEPA)', Jan. 2026 column: 15"),
        "tariffs.ieepa_rate": F(15, period="2025-08-07", as_written="The authority the President invoked for it is the International Emergency Economic Powers Act (IEEPA)", note="rate carried from the sentence before; Table 1 'Most goods (IEEPA)' 15"),
        "tariffs.section232_autos": F(15, period="2025-09-16", as_written="Table 1: Passenger cars (Sec. 232) | 2.5 | 27.5 | 15; prose: 'Since September 16, 2025, they have paid the same all-in rate as most other Japanese goods'", note="number only in Table 1 (unit in the caption, '(percent)'); prose refers to the 15% without restating it"),
        "framework.announced": D("2025-07-22", as_written="On July 22, 2025, the President announced the outcome on social media"),
        "framework.investment_pledge": F(550000000000, by="2029-01-19", as_written="Japan committed $550 billion, roughly ¥80 trillion, ... with the money to be provided before January 19, 2029"),
        "trade.overall_partner_rank": F(6, period="2024", as_written="In 2024, Japan stood in sixth position among U.S. trading partners, counting goods and services"),
        "trade.us_exports_to_japan": F(128960000000, period="2024", as_written="Table 2: U.S. exports to Japan | 121,050 | 128,960 ($ millions)"),
        "trade.us_goods_exports_to_japan": F(79740000000, period="2024", as_written="Table 2: Goods | 76,880 | 79,740 ($ millions)"),
        "trade.us_services_exports_to_japan": F(49220000000, period="2024", as_written="Table 2: Services | 44,170 | 49,220 ($ millions)"),
        "trade.us_imports_from_japan": F(191790000000, period="2024", as_written="Table 2: U.S. imports from Japan | 184,120 | 191,790 ($ millions)"),
        "trade.us_goods_imports_from_japan": F(149560000000, period="2024", as_written="Table 2: Goods | 148,200 | 149,560 ($ millions)"),
        "trade.us_services_imports_from_japan": F(42230000000, period="2024", as_written="Table 2: Services | 35,920 | 42,230 ($ millions)"),
        "trade.goods_deficit": F(68500000000, period="2024", as_written="On the Census basis, the U.S. goods deficit with Japan came to $68.5 billion"),
        "trade.goods_deficit_rank": F(7, period="2024", as_written="the seventh-widest with any partner"),
        "trade.japan_fdi_stock_in_us": F(819000000000, period="2024", as_written="Japan's direct investment position in the United States reached $819 billion at the end of 2024"),
        "trade.us_fdi_stock_in_japan": F(136000000000, period="2024", as_written="roughly six times the U.S. position in Japan of $136 billion", note="'roughly' hedges the ratio; the amount is exact"),
        "trade.fdi_source_rank": F(1, as_written="Japanese firms are the leading foreign investors in the United States"),
        "trade.treasury_holder_rank": F(1, as_written="Japan's holdings of U.S. Treasury securities, a little over $1.1 trillion, top those of every other foreign country"),
        "agreements.usjta_signed": D("2019-10-07", as_written="The U.S.-Japan Trade Agreement ... was signed on October 7, 2019", note="sidebar bullet"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="both have been in force since New Year's Day 2020", note="sidebar bullet; 'both' = USJTA and the Digital Trade Agreement"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="A companion Digital Trade Agreement ...; both have been in force since New Year's Day 2020", note="sidebar bullet"),
        "agreements.critical_minerals_signed": D("2023-03-28", as_written="A Critical Minerals Agreement, concluded on March 28, 2023", note="sidebar bullet"),
    },
    "elections": {
        "upper_house_2025": E("Upper House", "2025-07-20", "held", result="ruling coalition losses"),
        "ldp_president_2025": E("LDP president", "2025-10-04", "held", result="Takaichi Sanae chosen"),
        "lower_house_2026": E("Lower House", "2026-02-08", "upcoming", note="House dissolved January 23, 2026; 'Voters go to the polls on February 8, 2026'"),
    },
    "events": {
        "tariff_talks_announced": EV("Administration names Japan among the first partners for tariff negotiations", "2025-04", "held"),
        "first_negotiating_round": EV("USJTA talks opened", "2019-04", "held"),
    },
    "notes": "Traps: 'her predecessor Ishiba Shigeru' (former PM); 'dissolved the House of Representatives on January 23' (not the election date); 'a good whose MFN rate already reaches 15% owes nothing further' (a threshold, not a rate); 'the 24% \"reciprocal\" tariff the President announced for Japan on April 2, 2025, and paused a week later' (announced, suspended); 'the 25% he threatened in July' (threatened); 'the 10% baseline that applied from April 5 until the framework rate took over' (past); 'after some five months at 27.5%' (past auto rate); 'Steel and aluminum ... pay 50%' (sectoral, not most imports); Table 1 (unit '(percent)' only in the caption; columns 'Jan. 2025' / 'June 2025' / 'Jan. 2026' with no 'now' label; '10 + MFN', '2.5', '27.5', '25', '50' as past or other-product cells); 'averaging about 1.5% on goods from Japan' (MFN average); 'The Supreme Court heard argument on November 5, 2025' and 'the ... Federal Circuit had held on August 29' (no Supreme Court ruling: tariffs.ieepa_ruling not stated); 'Section 122 ..., which allows a surcharge of as much as 15% for up to 150 days' (hypothetical authority: no Section 122 rate); 'made eight trips to Washington'; 'both dated September 4' (EO and MOU, not the announcement); 'roughly ¥80 trillion' (yen equivalent of the pledge); 'Cash flow is to be split evenly ... and 90% goes to the United States thereafter'; '100 Boeing aircraft', 'by 75%', '$8 billion a year'; 'South Korea signed a similar pledge worth $350 billion' (another country); 'roughly six times' (ratio; the hedge is not on $136 billion); 'a little over $1.1 trillion' (Treasury holdings: no catalogue fact); Table 2 in $ millions with a 2023 column (121,050 / 76,880 / 44,170 / 184,120 / 148,200 / 35,920 are 2023) and unlabelled 'Goods'/'Services' rows repeated under exports and imports; 'after talks that opened in April of that year' (first negotiating round, year carried from 2019); sidebar 'Earlier Agreements' as a bold run-in bullet list (html aside); 'New Year's Day 2020' (day date, both agreements)",
}
