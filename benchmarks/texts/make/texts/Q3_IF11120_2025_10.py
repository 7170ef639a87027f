from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "Q3-IF11120-2025-10", "fresh3", "IF11120", 21
TITLE = "U.S.-Japan Trade Agreements and Negotiations"
LAYOUTS = ["html", "interleaved"]
PDF_OPTS = ["quotes", "nbsp", "hyph"]
SIDEBAR = "Tariff Rates at a Glance"

MD = """
U.S.-Japan Trade Agreements and Negotiations

Updated October 30, 2025

## Overview

Japan has a new prime minister, and she has inherited a U.S. trade deal she did not negotiate. Sanae Takaichi won the presidency of the Liberal Democratic Party (LDP) on October 4 and was elected prime minister by the Diet on October 21, 2025, the first woman to hold the office. She leads a minority government supported by the Japan Innovation Party (Ishin), after Komeito, the LDP's partner for more than 25 years, quit the coalition. Her predecessor, Shigeru Ishiba, announced his resignation in September, weeks after the ruling parties lost their Upper House majority in the election of July 20, 2025. When she hosted President Donald J. Trump in Tokyo on October 27-28, Takaichi pledged to carry out the agreement concluded under Ishiba.

## The July 2025 Agreement

Talks began after the Administration announced on April 7, 2025, that it would negotiate with Japan over tariffs, non-tariff barriers, currency, and subsidies. Japan's chief negotiator, Ryosei Akazawa, made eight trips to Washington before President Trump announced on July 22, 2025, that the two countries had struck a deal. An executive order implementing it and a memorandum of understanding (MOU) on investment followed on September 4.

The deal's centerpiece is a Japanese commitment to provide $550 billion for investment in U.S. projects selected by the President, on the advice of an investment committee led by the Commerce Secretary, before January 19, 2029. Cash flows are to be split evenly until Japan has recouped its funding, and 90% are to go to the United States after that. Japan also agreed to buy 100 Boeing aircraft, $8 billion a year of U.S. agricultural goods, and 75% more U.S. rice within its existing import quota.

In return, the United States set the tariff on most Japanese goods at 15%, inclusive of the normal most-favored-nation (MFN) duty. That rate, imposed under the International Emergency Economic Powers Act (IEEPA), has been collected since August 7. The Section 232 tariff on Japanese autos and auto parts was lowered to the same level as of September 16, and Japan was promised that future Section 232 tariffs on semiconductors and pharmaceuticals would be no higher than those on any other country. Steel and aluminum from Japan were left at 50% (**Table 1**).

The European Union reached a comparable deal on July 27, with a 15% ceiling on most of its goods and a pledge of $600 billion in investment.

## Tariff Rates at a Glance

Table 1. U.S. Tariffs on Imports from Japan, 2025

| Goods (authority) | Before July 22 | In effect now |
| --- | --- | --- |
| Most goods (IEEPA) | 10% | 15% |
| Autos and parts (Section 232) | 27.5% | 15% |
| Steel and aluminum (Section 232) | 50% | 50% |

Source: CRS, from presidential proclamations and executive orders. Before the deal, the 24% IEEPA rate announced on April 2 was suspended; the 10% "baseline" applied from April 5 to August 6. A July 7 letter threatened 25% from August 1. Autos paid the 25% Section 232 tariff plus the 2.5% MFN duty from April 3 to September 15.

## Court Challenges

Federal courts have found that IEEPA does not authorize the President's tariffs, and the Supreme Court will hear the Administration's appeal on November 5, 2025. A ruling against the Administration would call the 15% rate on Japanese goods into question but would not affect the Section 232 tariffs on autos.

## Trade and Investment

Japan slipped to sixth place among U.S. trading partners in 2024. U.S. exports to Japan, at $129.1 billion that year, comprised $79.7 billion in goods and $49.4 billion in services. On the import side, the United States bought $149.6 billion in goods and $42.8 billion in services from Japan, or $192.4 billion in all; autos, worth some $55.6 billion, accounted for more than a quarter of those imports.

The U.S. goods deficit with Japan came to nearly $70 billion in 2024. Six countries, namely China, Mexico, Vietnam, Ireland, Germany, and Taiwan, accounted for larger ones.

For the sixth year running, Japan was the largest source of foreign direct investment (FDI) in the United States, with a stock of $792.6 billion at the end of 2024. The stock of U.S. FDI in Japan was about one hundred forty billion dollars. With roughly $1.2 trillion as of August 2025, Japan is also the biggest foreign investor in U.S. Treasury securities, ahead of the United Kingdom and China.

## Earlier Agreements

Bilateral trade also rests on the U.S.-Japan Trade Agreement and the U.S.-Japan Digital Trade Agreement, signed in 2019 and in force since 2020, and on the Critical Minerals Agreement of March 2023. During the Tokyo visit, the two leaders signed a separate framework on securing supplies of critical minerals and rare earths.

## Issues for Congress

The agreement was not submitted to Congress. Members may examine how the investment commitment will be administered and whether it requires appropriations or legislation, how the tariff rates would be maintained if the Supreme Court rules against the Administration, and how the promised limits on future Section 232 tariffs will be honored.

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Kyla H. Kitamura**, Analyst in Asian Affairs
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Trump", "Donald", "President Donald J. Trump"),
        "leaders.japan_prime_minister": P("Takaichi", "Sanae", "Sanae Takaichi ... was elected prime minister by the Diet on October 21, 2025"),
        "tariffs.us_tariff_most_imports": F(15, period="2025-08-07", as_written="the United States set the tariff on most Japanese goods at 15%, inclusive of the normal most-favored-nation (MFN) duty ... has been collected since August 7", note="also Table 1, 'Most goods (IEEPA)', 'In effect now' column"),
        "tariffs.ieepa_rate": F(15, period="2025-08-07", as_written="That rate, imposed under the International Emergency Economic Powers Act (IEEPA), has been collected since August 7"),
        "tariffs.section232_autos": F(15, as_written="The Section 232 tariff on Japanese autos and auto parts was lowered to the same level as of September 16", note="value carried from the previous sentence's 15%; Table 1, 'Autos and parts (Section 232)', 'In effect now' column"),
        "framework.announced": D("2025-07-22", as_written="President Trump announced on July 22, 2025, that the two countries had struck a deal"),
        "framework.investment_pledge": F(550000000000, by="2029-01-19", as_written="a Japanese commitment to provide $550 billion for investment in U.S. projects ... before January 19, 2029"),
        "trade.overall_partner_rank": F(6, period="2024", as_written="Japan slipped to sixth place among U.S. trading partners in 2024"),
        "trade.us_exports_to_japan": F(129100000000, period="2024", as_written="U.S. exports to Japan, at $129.1 billion that year"),
        "trade.us_goods_exports_to_japan": F(79700000000, period="2024", as_written="comprised $79.7 billion in goods"),
        "trade.us_services_exports_to_japan": F(49400000000, period="2024", as_written="and $49.4 billion in services"),
        "trade.us_imports_from_japan": F(192400000000, period="2024", as_written="or $192.4 billion in all"),
        "trade.us_goods_imports_from_japan": F(149600000000, period="2024", as_written="the United States bought $149.6 billion in goods"),
        "trade.us_services_imports_from_japan": F(42800000000, period="2024", as_written="and $42.8 billion in services from Japan"),
        "trade.goods_deficit": F(70000000000, "nearly", period="2024", as_written="The U.S. goods deficit with Japan came to nearly $70 billion in 2024"),
        "trade.goods_deficit_rank": F(7, period="2024", as_written="Six countries, namely China, Mexico, Vietnam, Ireland, Germany, and Taiwan, accounted for larger ones"),
        "trade.fdi_source_rank": F(1, as_written="For the sixth year running, Japan was the largest source of foreign direct investment (FDI) in the United States"),
        "trade.japan_fdi_stock_in_us": F(792600000000, period="2024", as_written="with a stock of $792.6 billion at the end of 2024"),
        "trade.us_fdi_stock_in_japan": F(140000000000, "about", period="2024", as_written="The stock of U.S. FDI in Japan was about one hundred forty billion dollars", note="number in words; year carried over from the previous sentence"),
        "trade.treasury_holder_rank": F(1, as_written="Japan is also the biggest foreign investor in U.S. Treasury securities, ahead of the United Kingdom and China"),
        "agreements.usjta_signed": D("2019", as_written="signed in 2019"),
        "agreements.usjta_in_force": D("2020", as_written="in force since 2020"),
        "agreements.digital_trade_in_force": D("2020", as_written="in force since 2020"),
        "agreements.critical_minerals_signed": D("2023-03", as_written="the Critical Minerals Agreement of March 2023"),
    },
    "elections": {
        "upper_house_2025": E("Upper House", "2025-07-20", "held", result="ruling parties lost their majority"),
        "ldp_president_2025": E("LDP president", "2025-10-04", "held", result="Takaichi won the LDP presidency"),
    },
    "events": {
        "tariff_talks_announced": EV("Administration announces it will negotiate with Japan over tariffs, non-tariff barriers, currency, and subsidies", "2025-04-07", "held"),
    },
    "notes": "Traps: 'won the presidency of the Liberal Democratic Party (LDP) on October 4' (LDP vote, listed as held ldp_president_2025; not the day she became prime minister); 'the LDP's partner for more than 25 years'; 'Her predecessor, Shigeru Ishiba, announced his resignation in September' and 'concluded under Ishiba' (former prime minister); 'in Tokyo on October 27-28'; 'made eight trips to Washington'; 'An executive order implementing it and a memorandum of understanding (MOU) on investment followed on September 4' (not the announcement); 'Cash flows are to be split evenly ... and 90% are to go to the United States'; '100 Boeing aircraft, $8 billion a year of U.S. agricultural goods, and 75% more U.S. rice' (purchases, not the investment pledge); 'inclusive of the normal most-favored-nation (MFN) duty'; 'future Section 232 tariffs on semiconductors and pharmaceuticals would be no higher'; 'Steel and aluminum from Japan were left at 50%' and Table 1's steel row (not autos); 'The European Union reached a comparable deal on July 27, with a 15% ceiling ... and a pledge of $600 billion' (another party's deal); Table 1's 'Before July 22' column ('10%', '27.5%', '50%', past rates); 'the 24% IEEPA rate announced on April 2 was suspended' (announced, not applied); 'the 10% \"baseline\" applied from April 5 to August 6' (past rate); 'A July 7 letter threatened 25% from August 1' (threatened); 'Autos paid the 25% Section 232 tariff plus the 2.5% MFN duty from April 3 to September 15' (past auto rate); 'Federal courts have found that IEEPA does not authorize the President's tariffs' (lower courts: no Supreme Court ruling stated) and 'the Supreme Court will hear the Administration's appeal on November 5, 2025' (argument, not a ruling); 'autos, worth some $55.6 billion, accounted for more than a quarter of those imports' (a subset of imports, a share); 'For the sixth year running' (a count of years next to the FDI rank: rank 1, not 6); 'With roughly $1.2 trillion as of August 2025'; 'ahead of the United Kingdom and China'; 'the two leaders signed a separate framework on securing supplies of critical minerals and rare earths' (October 2025 framework, not the 2023 agreement). HTML: Table 1 and its notes sit in the floated sidebar box; interleaved: the PDF's two columns alternate line by line, the table rows among them",
}
