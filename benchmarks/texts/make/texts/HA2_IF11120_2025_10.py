from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "HA2-IF11120-2025-10", "fresh27", "IF11120", 22
TITLE = "U.S.-Japan Trade Agreements and Tariff Negotiations"
LAYOUTS = ["interleaved", "html"]
PDF_OPTS = ["lig", "quotes", "hyph"]
SIDEBAR = "Key Dates, 2019"
CHART = {"unit": "$ billions", "ymax": 50, "ticks": [0, 10, 20, 30, 40, 50],
         "series": ["U.S. imports of passenger vehicles from Japan"],
         "bars": {"2020": (30.1,), "2021": (31.5,), "2022": (34.6,), "2023": (40.1,), "2024": (39.7,)}}

MD = """
U.S.-Japan Trade Agreements and Tariff Negotiations

Updated October 24, 2025

## Overview

Since April, trade relations with Japan, a U.S. treaty ally, have been remade by the President's use of emergency tariff authority. After three months of talks, the two governments reached a framework agreement, announced by President Trump on July 22, 2025, under which Japan is to channel $550 billion into U.S. investments and most of its exports to the United States are charged a single tariff of 15%. The terms were set out in an executive order and a memorandum of understanding (MOU), both dated September 4. The President is scheduled to be in Tokyo next week for his first meeting with Japan's new prime minister, Sanae Takaichi, who took office on October 21.

## Tariff Actions in 2025

On April 2, citing the International Emergency Economic Powers Act (IEEPA), the President announced "reciprocal" tariffs on dozens of partners, with Japan assigned 24%. A 10% baseline took effect on April 5; the country-specific rate was suspended a week later. Japan moved early to negotiate: after the two leaders spoke by phone on April 7, the Administration announced that talks with Tokyo would be given priority, and Japan's chief negotiator, Ryosei Akazawa, made eight trips to Washington between April and July. In a July 7 letter to then-Prime Minister Shigeru Ishiba, the President warned that Japanese goods would pay 25% from August 1 without a deal.

Separately, a Section 232 tariff of 25% was applied to Japanese passenger vehicles from April 3 and to parts from May 3, on top of the 2.5% most-favored-nation (MFN) duty on cars. Steel and aluminum from Japan have paid 50% since June 4.

## The July Framework

The framework's main terms, as implemented:

- Most goods. Since August 7, IEEPA duties on most Japanese goods have been set at 15%, a figure that includes the MFN rate; goods whose MFN duty already exceeds 15% pay that duty alone. (An early error that stacked the 15% on top of MFN duties was corrected by the September order, with refunds back to August 7.)
- Autos. Cars and parts from Japan pay a Section 232 rate of 15%, all-in, from September 16, down from the 27.5% combined charge in effect since spring.
- Investment. Japan is to invest $550 billion in projects chosen by the U.S. government, before January 19, 2029; cash flow is to be split evenly until Japan recovers its outlay, after which 90% goes to the United States.
- Purchases. Japan is to buy 100 Boeing aircraft, increase imports of U.S. rice by 75%, and purchase $8 billion a year of other U.S. farm products.
- Future tariffs. Any Section 232 duties on semiconductors or pharmaceuticals are to treat Japan no worse than other partners.

South Korea agreed to a similar 15% rate and a $350 billion investment pledge a week later; the European Union, also at 15%, followed on August 21. Because the framework is not a trade agreement in the statutory sense, it was not submitted to Congress.

## Key Dates, 2019

- April 2019: the first formal round of U.S.-Japan trade negotiations opens in Washington
- May 17, 2019: a presidential proclamation finds that auto imports threaten national security; no tariffs are imposed on Japan
- September 25, 2019: the two leaders announce agreement on "stage one" of a trade deal

## Legal Challenges

The IEEPA tariffs, including the 15% on Japan, are under legal challenge. The Court of International Trade held in May that the statute does not authorize them, and on August 29 the U.S. Court of Appeals for the Federal Circuit, sitting en banc, agreed by a 7-4 vote, while leaving the duties in place during an appeal. The Supreme Court will hear oral argument on November 5. Should the Administration lose, it could turn to other authorities, among them Section 122 of the Trade Act of 1974, which permits a surcharge of up to 15% for 150 days, or Section 301. The Section 232 auto tariff is not at issue in the case.

## Politics in Tokyo

Takaichi, a conservative protégé of the late Shinzo Abe, won the Liberal Democratic Party's leadership race on October 4, defeating Shinjiro Koizumi in a runoff. Komeito, the LDP's partner for 26 years, left the coalition six days later. She instead reached a policy accord with the Japan Innovation Party (Ishin), whose votes helped the Diet elect her the country's first female prime minister. The government lacks a majority in either chamber: the LDP-led bloc lost its lower house majority in October 2024 and its upper house majority in the July 20, 2025, election, results that preceded Ishiba's September 7 announcement that he would step down. Takaichi has pledged to carry out the tariff agreement; Akazawa, now minister of economy, trade and industry, remains its chief steward in Tokyo.

## Trade and Investment

Japan ranked as the sixth-largest U.S. trading partner in 2024. U.S. sales of goods and services to Japan that year totaled $129.1 billion; purchases from Japan, $192.4 billion. Table 1 shows the split.

Table 1. U.S. Trade with Japan, by Type ($ billions)

| Flow | 2023 | 2024 |
| --- | --- | --- |
| Goods exports | 76.1 | 79.7 |
| Services exports | 47.3 | 49.4 |
| Goods imports | 148.0 | 149.6 |
| Services imports | 39.6 | 42.8 |

Source: CRS, with Bureau of Economic Analysis data.

The goods gap, roughly $70 billion, was the seventh-largest U.S. bilateral goods deficit that year. More than a third of goods imports were motor vehicles and parts (Figure 1).

**Figure 1. U.S. Imports of Passenger Vehicles from Japan, 2020-2024**

Source: CRS, with U.S. Census Bureau data.

At the end of 2024, the direct investment position of Japanese companies in the United States, nearly $800 billion, was larger than that of any other country, as it has been each year since 2019. The corresponding U.S. position in Japan was about $130 billion. Nor does any foreign government hold more U.S. Treasury securities: Japan's came to $1.18 trillion in August, ahead of the United Kingdom ($0.90 trillion) and China ($0.70 trillion).

## Earlier Agreements

Two limited agreements were concluded during the first Trump Administration. Signed on October 7, 2019, the U.S.-Japan Trade Agreement (USJTA), which cut or removed tariffs on some U.S. farm goods and Japanese industrial products, took effect on January 1, 2020, as did the U.S.-Japan Digital Trade Agreement. In March 2023 the Biden Administration signed a Critical Minerals Agreement with Japan, allowing minerals processed there to count toward electric-vehicle tax credits. A broader framework on rare earths and critical minerals is expected to be signed during the President's visit.

## Issues for Congress

- oversight of the $550 billion investment mechanism, which Congress did not authorize;
- the effect of a Supreme Court ruling against the IEEPA tariffs on the framework's terms;
- whether to seek a comprehensive agreement with Japan under new trade promotion authority.

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Kyla H. Kitamura**, Analyst in Asian Affairs
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Trump", "Donald", "President Trump", note="given name not written"),
        "leaders.japan_prime_minister": P("Takaichi", "Sanae", "Japan's new prime minister, Sanae Takaichi", note="given name first, in an appositive"),
        "tariffs.us_tariff_most_imports": F(15, period="2025-08-07", as_written="most of its exports to the United States are charged a single tariff of 15%", note="also the 'Most goods' bullet: 'Since August 7, IEEPA duties on most Japanese goods have been set at 15%, a figure that includes the MFN rate'"),
        "tariffs.ieepa_rate": F(15, period="2025-08-07", as_written="Since August 7, IEEPA duties on most Japanese goods have been set at 15%, a figure that includes the MFN rate", note="also 'The IEEPA tariffs, including the 15% on Japan'"),
        "tariffs.section232_autos": F(15, as_written="Cars and parts from Japan pay a Section 232 rate of 15%, all-in, from September 16"),
        "framework.announced": D("2025-07-22", as_written="a framework agreement, announced by President Trump on July 22, 2025"),
        "framework.investment_pledge": F(550000000000, by="2029-01-19", as_written="Japan is to invest $550 billion in projects chosen by the U.S. government, before January 19, 2029", note="also 'Japan is to channel $550 billion into U.S. investments' (Overview)"),
        "trade.overall_partner_rank": F(6, period="2024", as_written="Japan ranked as the sixth-largest U.S. trading partner in 2024"),
        "trade.us_exports_to_japan": F(129100000000, period="2024", as_written="U.S. sales of goods and services to Japan that year totaled $129.1 billion"),
        "trade.us_imports_from_japan": F(192400000000, period="2024", as_written="purchases from Japan, $192.4 billion", note="verb elided"),
        "trade.us_goods_exports_to_japan": F(79700000000, period="2024", as_written="Table 1: Goods exports, 2024 column, 79.7", note="only in Table 1 ($ billions in the caption)"),
        "trade.us_services_exports_to_japan": F(49400000000, period="2024", as_written="Table 1: Services exports, 2024 column, 49.4"),
        "trade.us_goods_imports_from_japan": F(149600000000, period="2024", as_written="Table 1: Goods imports, 2024 column, 149.6"),
        "trade.us_services_imports_from_japan": F(42800000000, period="2024", as_written="Table 1: Services imports, 2024 column, 42.8"),
        "trade.goods_deficit": F(70000000000, "about", period="2024", as_written="The goods gap, roughly $70 billion"),
        "trade.goods_deficit_rank": F(7, period="2024", as_written="was the seventh-largest U.S. bilateral goods deficit that year"),
        "trade.japan_fdi_stock_in_us": F(800000000000, "nearly", period="2024", as_written="At the end of 2024, the direct investment position of Japanese companies in the United States, nearly $800 billion"),
        "trade.fdi_source_rank": F(1, period="2024", as_written="was larger than that of any other country, as it has been each year since 2019"),
        "trade.us_fdi_stock_in_japan": F(130000000000, "about", period="2024", as_written="The corresponding U.S. position in Japan was about $130 billion", note="year carried from the sentence before"),
        "trade.treasury_holder_rank": F(1, period="2025-08", as_written="Nor does any foreign government hold more U.S. Treasury securities: Japan's came to $1.18 trillion in August"),
        "agreements.usjta_signed": D("2019-10-07", as_written="Signed on October 7, 2019, the U.S.-Japan Trade Agreement (USJTA)"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="took effect on January 1, 2020"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="took effect on January 1, 2020, as did the U.S.-Japan Digital Trade Agreement"),
        "agreements.critical_minerals_signed": D("2023-03", as_written="In March 2023 the Biden Administration signed a Critical Minerals Agreement with Japan"),
    },
    "elections": {
        "ldp_president_2025": E("LDP president", "2025-10-04", "held", result="Takaichi defeated Shinjiro Koizumi in a runoff"),
        "upper_house_2025": E("Upper House", "2025-07-20", "held", result="LDP-led bloc lost its majority"),
        "lower_house_2024": E("Lower House", "2024-10", "held", result="LDP-led bloc lost its majority"),
    },
    "events": {
        "tariff_talks_announced": EV("After a leaders' call, the Administration announces that tariff talks with Japan will be given priority", "2025-04-07", "held"),
        "first_negotiating_round": EV("First formal round of U.S.-Japan trade negotiations", "2019-04", "held"),
        "section232_autos_proclamation": EV("Proclamation finding that auto imports threaten national security; no tariffs imposed", "2019-05-17", "held"),
        "stage_one_deal_finalized": EV("Leaders announce agreement on stage one", "2019-09-25", "held"),
    },
    "notes": "Traps: 'both dated September 4' (executive order and MOU, not the announcement); 'scheduled to be in Tokyo next week' (planned) and 'who took office on October 21'; 'On April 2 ... with Japan assigned 24%' (announced, suspended); 'A 10% baseline took effect on April 5' (past rate); 'the country-specific rate was suspended a week later'; 'made eight trips to Washington'; 'In a July 7 letter to then-Prime Minister Shigeru Ishiba' (former prime minister) and 'would pay 25% from August 1' (threatened); 'a Section 232 tariff of 25% was applied to Japanese passenger vehicles from April 3 and to parts from May 3' (past auto rate) and 'the 2.5% most-favored-nation (MFN) duty on cars'; 'Steel and aluminum from Japan have paid 50% since June 4' (not autos); bullet 'goods whose MFN duty already exceeds 15% pay that duty alone'; bullet 'An early error that stacked the 15% on top of MFN duties was corrected by the September order'; bullet 'down from the 27.5% combined charge in effect since spring' (past auto rate); bullet 'split evenly ... after which 90% goes to the United States'; bullet '100 Boeing aircraft, increase imports of U.S. rice by 75%, and purchase $8 billion a year' (purchases, not the pledge); bullet 'Any Section 232 duties on semiconductors or pharmaceuticals'; 'South Korea agreed to a similar 15% rate and a $350 billion investment pledge' and 'the European Union, also at 15%, followed on August 21' (other partners); sidebar 'Key Dates, 2019' (html aside; an ordinary section in the interleaved text); 'The Court of International Trade held in May' and 'on August 29 the U.S. Court of Appeals for the Federal Circuit ... agreed by a 7-4 vote' (lower-court rulings, not the Supreme Court's: no tariffs.ieepa_ruling) and 'The Supreme Court will hear oral argument on November 5' (planned); 'Section 122 of the Trade Act of 1974, which permits a surcharge of up to 15% for 150 days' (hypothetical: no Section 122 surcharge, no event); 'the late Shinzo Abe' (former leader); 'on October 4, defeating Shinjiro Koizumi'; 'partner for 26 years, left the coalition six days later'; 'Ishiba's September 7 announcement'; Table 1's 2023 column (past year); 'More than a third of goods imports were motor vehicles and parts' (a fraction that is no fact); Figure 1 (passenger-vehicle imports 2020-2024, $ billions; ticks 0-50, no values); 'as it has been each year since 2019' (not a rank); '$1.18 trillion in August, ahead of the United Kingdom ($0.90 trillion) and China ($0.70 trillion)' (holdings; other holders' positions); 'A broader framework on rare earths and critical minerals is expected to be signed during the President's visit' (planned, not the 2023 agreement); Issues for Congress bullets ('$550 billion' repeated). PDF (interleaved): ligatures, curly quotes, hyphenated line ends; the two columns alternate line by line.",
}
