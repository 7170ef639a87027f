from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "SD2-IF11120-2026-08", "fresh39", "IF11120", 26
TITLE = "U.S.-Japan Trade Agreements and Tariff Negotiations"
LAYOUTS = ["pdf", "md"]
PDF_OPTS = ["lig", "quotes", "nbsp"]

MD = """
U.S.-Japan Trade Agreements and Tariff Negotiations

Updated August 18, 2026

## Overview

For the third time in eighteen months, the legal footing of U.S. tariffs on Japan has shifted. Most Japanese goods entering the United States now pay a Section 301 duty of twelve and a half percent. USTR imposed it on July 24, a day after the temporary import surcharge that had replaced the Administration's emergency tariffs ran out. It is lower than the 15% that the 2025 bilateral framework set, and higher than the surcharge. Its future is uncertain: President Trump said on August 3 that he could raise it to 25% if Japan is slow to fund projects under its investment commitment. Japan's government has said it will keep its side of the framework while talks on the new duty continue.

## How the Tariffs Got Here

The second Trump Administration's tariff actions on Japan began with autos. A proclamation signed March 26, 2025, under Section 232 of the Trade Expansion Act of 1962, added 25% to the duties on Japanese cars from April 3 (27.5% in all, with the most-favored-nation rate). A 24% "reciprocal" rate for Japan, announced April 2 under the International Emergency Economic Powers Act (IEEPA), was suspended a week later in favor of a 10% baseline. On April 7, the White House named Japan among the first countries with which it would negotiate.

After seven rounds of talks, and a letter in which the President threatened a 25% rate, the two sides reached a framework agreement. President Trump announced it on July 22, 2025. From August 7 of that year, most Japanese goods were charged an all-in IEEPA rate of fifteen percent, and on September 16 the Section 232 rate on Japanese autos and parts was cut to the same fifteen percent.

On February 20, 2026, the Supreme Court held that IEEPA does not authorize tariffs. Four days later, a ten percent surcharge on imports from most countries, Japan included, was put in place under Section 122 of the Trade Act of 1974. The President proposed raising it to the statute's 15% ceiling but never did so. The law limits such a surcharge to 150 days, and it lapsed on July 23. USTR had meanwhile opened Section 301 investigations of several partners' enforcement of bans on goods made with forced labor; the Japan case produced the current rate.

Table 1. U.S. Tariffs on Goods from Japan, August 2026

| Goods | Authority | Now | Pending |
| --- | --- | --- | --- |
| Most goods | Section 301 | 12.5% | 25% |
| Autos, parts | Section 232 | 15% | - |
| Steel, aluminum, copper | Section 232 | 50% | - |
| Semiconductors | Section 232 | - | 25% |
| Most goods (to July 23) | Section 122 | lapsed | 15% |
| Most goods (to Feb. 20) | IEEPA | voided | - |

Source: CRS, from proclamations, executive orders, and USTR notices. Pending: threatened or proposed, not in effect.

## The Investment Commitment

Japan's central promise under the framework is to invest $550 billion in U.S. projects chosen by the U.S. government. It is to be made before January 19, 2029. Its returns are to be split evenly until the money is recovered, with 90% going to the United States after that. A committee chaired by the Commerce Secretary picks the projects; the first three, in power generation and shipbuilding, total roughly thirty-two billion dollars. Japan also agreed to buy 100 Boeing aircraft and about $8 billion a year of U.S. farm products. Some Members have asked how these commitments can be enforced now that the tariff they were traded for has been voided.

## Trade and Investment Ties

Japan was the sixth-largest U.S. trading partner in 2025. It bought $131.0 billion of U.S. goods and services that year. Goods made up seventy-seven billion dollars of that; services, the other fifty-four billion. U.S. imports from Japan came to $181.7 billion. Its goods shipments, mostly vehicles and machinery, were worth $138.2 billion, and its services sales $43.5 billion. The resulting U.S. goods deficit with Japan, $61.2 billion, was the eighth-largest with any country, down from seventh in 2024. In the first half of 2026, the goods gap narrowed to about $27 billion.

Japan has ranked first among sources of foreign direct investment (FDI) in the United States every year since 2019. Its FDI stock here reached $776 billion at the end of 2025; the U.S. stock in Japan, about seventy-four billion dollars, is less than a tenth as large. Japan is also the largest foreign holder of U.S. Treasury securities (some $1.2 trillion as of June).

## Earlier Agreements

Two agreements from the first Trump term remain in place. The U.S.-Japan Trade Agreement (USJTA), covering some agricultural and industrial tariffs, and the U.S.-Japan Digital Trade Agreement were signed on October 7, 2019. Each entered into force on January 1, 2020. The Biden Administration added a Critical Minerals Agreement, signed March 28, 2023. It allows Japanese-processed minerals to count toward the clean vehicle tax credit.

## Politics in Japan

Prime Minister Takaichi Sanae, chosen as LDP leader in October 2025 after Ishiba Shigeru stepped down, called an early election. Her Liberal Democratic Party (LDP) won 316 of 465 Lower House seats on February 8, 2026. Her government still lacks an Upper House majority, which the ruling parties lost in July 2025.

## Issues for Congress

- Whether to legislate on refunds of IEEPA duties, which importers of Japanese goods have claimed in the billions.
- Whether the Section 301 duty, and a threatened increase to 25%, are consistent with the framework.
- Oversight of investment decisions under the $550 billion commitment.

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Kyla H. Kitamura**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Trump", "Donald", "President Trump", note="given name not written"),
        "leaders.japan_prime_minister": P("Takaichi", "Sanae", "Prime Minister Takaichi Sanae", note="family name first; Ishiba former"),
        "tariffs.us_tariff_most_imports": F(12.5, period="2026-07-24", as_written="Most Japanese goods entering the United States now pay a Section 301 duty of twelve and a half percent. USTR imposed it on July 24", note="in words; the date from the next sentence ('it'), year from the cover; also Table 1's Section 301 row, 'Now' column; the threatened 25% a trap"),
        "tariffs.ieepa_rate": F(15, period="2025-08-07", as_written="From August 7 of that year, most Japanese goods were charged an all-in IEEPA rate of fifteen percent", note="the framework rate, voided by the ruling (as extract-dev D6); year carried from 'July 22, 2025'"),
        "tariffs.section232_autos": F(15, as_written="on September 16 the Section 232 rate on Japanese autos and parts was cut to the same fifteen percent", note="also Table 1's autos row; 25% added from April 3 and 27.5% in all are past"),
        "tariffs.section122_surcharge": F(10, as_written="a ten percent surcharge on imports from most countries, Japan included, was put in place under Section 122 of the Trade Act of 1974", note="in words; lapsed July 23, 2026; the proposed 15% a trap"),
        "tariffs.ieepa_ruling": D("2026-02-20", as_written="On February 20, 2026, the Supreme Court held that IEEPA does not authorize tariffs"),
        "framework.announced": D("2025-07-22", as_written="President Trump announced it on July 22, 2025", note="'it' = the framework agreement of the sentence before"),
        "framework.investment_pledge": F(550000000000, by="2029-01-19", as_written="Japan's central promise under the framework is to invest $550 billion in U.S. projects chosen by the U.S. government. It is to be made before January 19, 2029", note="deadline in the next sentence ('It')"),
        "trade.overall_partner_rank": F(6, period="2025", as_written="Japan was the sixth-largest U.S. trading partner in 2025"),
        "trade.us_exports_to_japan": F(131000000000, period="2025", as_written="It bought $131.0 billion of U.S. goods and services that year", note="'It' = Japan; 'that year' = 2025"),
        "trade.us_goods_exports_to_japan": F(77000000000, period="2025", as_written="Goods made up seventy-seven billion dollars of that", note="in words"),
        "trade.us_services_exports_to_japan": F(54000000000, period="2025", as_written="services, the other fifty-four billion", note="in words; verb and 'dollars' elided"),
        "trade.us_imports_from_japan": F(181700000000, period="2025", as_written="U.S. imports from Japan came to $181.7 billion"),
        "trade.us_goods_imports_from_japan": F(138200000000, period="2025", as_written="Its goods shipments, mostly vehicles and machinery, were worth $138.2 billion", note="'Its' = Japan's"),
        "trade.us_services_imports_from_japan": F(43500000000, period="2025", as_written="and its services sales $43.5 billion", note="verb elided"),
        "trade.goods_deficit": F(61200000000, period="2025", as_written="The resulting U.S. goods deficit with Japan, $61.2 billion"),
        "trade.goods_deficit_rank": F(8, period="2025", as_written="was the eighth-largest with any country, down from seventh in 2024", note="2024's seventh a trap"),
        "trade.fdi_source_rank": F(1, as_written="Japan has ranked first among sources of foreign direct investment (FDI) in the United States every year since 2019", note="no period: a span"),
        "trade.japan_fdi_stock_in_us": F(776000000000, period="2025", as_written="Its FDI stock here reached $776 billion at the end of 2025", note="'Its' = Japan's; 'here' = the United States"),
        "trade.us_fdi_stock_in_japan": F(74000000000, "about", period="2025", as_written="the U.S. stock in Japan, about seventy-four billion dollars", note="in words; year carried; 'less than a tenth as large' a ratio"),
        "trade.treasury_holder_rank": F(1, period="2026-06", as_written="Japan is also the largest foreign holder of U.S. Treasury securities (some $1.2 trillion as of June)", note="month with the year from the cover"),
        "agreements.usjta_signed": D("2019-10-07", as_written="The U.S.-Japan Trade Agreement (USJTA), covering some agricultural and industrial tariffs, and the U.S.-Japan Digital Trade Agreement were signed on October 7, 2019"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="Each entered into force on January 1, 2020", note="'Each' = the USJTA and the digital agreement"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="Each entered into force on January 1, 2020"),
        "agreements.critical_minerals_signed": D("2023-03-28", as_written="The Biden Administration added a Critical Minerals Agreement, signed March 28, 2023"),
    },
    "elections": {
        "upper_house_2025": E("Upper House", "2025-07", "held", result="ruling parties lost their majority"),
        "ldp_president_2025": E("LDP president", "2025-10", "held", result="Takaichi Sanae chosen as LDP leader"),
        "lower_house_2026": E("Lower House", "2026-02-08", "held", result="LDP 316 of 465 seats"),
    },
    "events": {
        "section232_autos_proclamation": EV("Section 232 proclamation adding 25% to duties on Japanese cars from April 3, 2025", "2025-03-26", "held"),
        "tariff_talks_announced": EV("White House names Japan among the first countries for tariff negotiations", "2025-04-07", "held"),
        "section122_surcharge_expired": EV("The 10% Section 122 surcharge lapses after 150 days", "2026-07-23", "held"),
    },
    "notes": "Traps: 'For the third time in eighteen months'; 'a day after the temporary import surcharge ... ran out' (the lapsed surcharge, not the current rate); 'It is lower than the 15% that the 2025 bilateral framework set, and higher than the surcharge' (the past framework rate); 'President Trump said on August 3 that he could raise it to 25%' (threatened, not in effect); 'Section 232 of the Trade Expansion Act of 1962' and 'Section 122 of the Trade Act of 1974' (years of laws); 'added 25% to the duties on Japanese cars from April 3 (27.5% in all, with the most-favored-nation rate)' (past auto rates); 'A 24% \"reciprocal\" rate for Japan, announced April 2 ... was suspended a week later in favor of a 10% baseline' (announced and past rates, not the surcharge); 'After seven rounds of talks' and 'a letter in which the President threatened a 25% rate' (threatened); 'Four days later' (the surcharge's start, February 24); 'The President proposed raising it to the statute's 15% ceiling but never did so' (proposed; the surcharge stayed 10%); 'The law limits such a surcharge to 150 days'; 'Section 301 investigations of several partners' enforcement of bans on goods made with forced labor'; Table 1 (the 'Pending' column, 'threatened or proposed, not in effect': 25% on most goods, 25% on semiconductors, 15% Section 122, all not in effect; the steel, aluminum, copper row's 50% is a product tariff; the Section 122 and IEEPA rows read 'lapsed' and 'voided'); 'Its returns are to be split evenly until the money is recovered, with 90% going to the United States after that'; 'the first three, in power generation and shipbuilding, total roughly thirty-two billion dollars' (projects, not the pledge); '100 Boeing aircraft and about $8 billion a year of U.S. farm products' (purchases); 'down from seventh in 2024' (past deficit rank); 'In the first half of 2026, the goods gap narrowed to about $27 billion' (partial year); 'every year since 2019' (a span, not a rank or date); 'less than a tenth as large' (a ratio); 'some $1.2 trillion as of June' (Treasury holdings, not FDI); 'It allows Japanese-processed minerals to count toward the clean vehicle tax credit'; 'after Ishiba Shigeru stepped down' (former prime minister); 'won 316 of 465 Lower House seats'; Issues bullets ('claimed in the billions'; 'a threatened increase to 25%'; 'the $550 billion commitment' repeated). PDF: ligatures, curly quotes, NBSP between numbers and 'billion'/'trillion'; table and bullet list in the columns.",
}
