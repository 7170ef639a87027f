from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "ID2-IF11120-2026-05", "fresh28", "IF11120", 25
TITLE = "U.S.-Japan Trade Agreements and Tariff Negotiations"
LAYOUTS = ["md", "interleaved"]
PDF_OPTS = ["nbsp", "hyph"]
CHART = {"unit": "$ billions", "ymax": 60, "ticks": [0, 10, 20, 30, 40, 50, 60],
         "series": ["U.S. imports of motor vehicles and parts from Japan"],
         "bars": {"2021": (47.9,), "2022": (50.6,), "2023": (55.9,), "2024": (56.3,), "2025": (51.1,)}}

MD = """
U.S.-Japan Trade Agreements and Tariff Negotiations

Updated May 19, 2026

## Overview

Three months after the Supreme Court struck down the tariffs the President had imposed under the International Emergency Economic Powers Act (IEEPA), U.S. trade policy toward Japan rests on other statutes. The Court's decision, issued on February 20, 2026, voided the IEEPA duty of 15% that most Japanese goods had paid since August 7, 2025, a rate fixed in the bilateral framework the two governments reached last July. Goods from Japan, like those of almost every other trading partner, now enter under a temporary surcharge, authorized by Section 122 of the Trade Act of 1974, which is set at 10% and took effect on February 24.

Prime Minister Takaichi Sanae, whose Liberal Democratic Party (LDP) won 316 of the 465 Lower House seats in the snap election of February 8, has said Tokyo will keep to the framework as long as Washington honors its side. The Administration has signaled that it intends to rebuild its tariff structure before the surcharge runs out, and the shape of that structure is the main open question for Japan.

## The July 2025 Framework

The framework, which President Trump announced on July 22, 2025, capped a sequence of escalating rates. The Administration had published a 24% "reciprocal" tariff for Japan on April 2, 2025, paused it a week later in favor of a 10% baseline, and threatened 25% in a July 7 letter. Talks had begun after the Administration, on April 7, named Japan among the first partners it would negotiate with. A memorandum of understanding (MOU) signed on September 4 set out the investment terms.

Its main elements:

- most goods: a single IEEPA rate of 15%, inclusive of most-favored-nation (MFN) duties, from August 7, 2025 (goods whose MFN duty already exceeded 15% paid only that duty);
- cars and auto parts: a Section 232 rate of 15%, in effect since September 16, 2025, replacing the 27.5% (a 25% additional duty on top of the 2.5% MFN rate) charged from April 3;
- investment: $550 billion, to be placed in projects the U.S. government selects by January 19, 2029, with cash flows split equally until Japan recovers its outlay and nine-tenths going to the United States after that;
- purchases: 100 Boeing aircraft, $8 billion a year of U.S. farm products, and a 75% rise in U.S. rice bought under Japan's minimum-access quota.

South Korea, which reached a similar deal days later, pledged $350 billion; the European Union accepted a 15% ceiling on most of its goods.

Table 1. U.S. Tariffs on Goods from Japan

| Goods | Authority | Aug. 2025 to Feb. 20, 2026 | Since Feb. 24, 2026 |
| --- | --- | --- | --- |
| Most goods | IEEPA | 15% | voided |
| Most goods | Section 122 | none | 10% |
| Vehicles and parts | Section 232 | 15% | 15% |
| Steel, aluminum, copper | Section 232 | 50% | 50% |

Source: CRS, from executive orders and proclamations.

## After the Ruling

Section 232 tariffs, which rest on national-security findings rather than IEEPA, were not affected. Japanese vehicles, the largest U.S. import from Japan (Figure 1), thus still pay 15%, while steel, aluminum, and copper products face 50%. Section 232 investigations of semiconductors and pharmaceuticals could add more.

The surcharge is another matter. Section 122, which allows a surcharge of up to 15% for no more than 150 days unless Congress extends it, sets the clock: the 10% charge lapses on July 23. The U.S. Trade Representative (USTR) opened Section 301 investigations of Japan and 15 other partners in March, and participants in the hearings, which closed on May 8, discussed rates for Japan ranging from 10% to 25%; USTR has floated 12.5% but proposed nothing formally. Importers have also sued for refunds of IEEPA duties already paid; estimates of the amount owed on Japanese goods run from $15 billion to $20 billion.

Tokyo's position depends on the auto rate. Japanese officials note that the first projects under the investment commitment, three energy and infrastructure ventures worth a combined $36 billion, were announced in February, and they have said further projects would be hard to justify if the 15% auto rate were raised.

**Figure 1. U.S. Imports of Motor Vehicles and Parts from Japan, 2021-2025**

Source: CRS, with U.S. Census Bureau data.

## Trade and Investment

Counting goods and services, Japan was the sixth-largest U.S. trading partner in 2025, as it had been the year before. The United States sold Japan $129.4 billion in goods and services, of which goods were $77.8 billion and services $51.6 billion. It bought $188.3 billion in all, with goods and services accounting for $143.1 billion and $45.2 billion, respectively.

Goods imports, which fell by about 4% as automakers cut shipments ahead of the auto tariff, exceeded goods exports by $65.3 billion, the ninth-largest U.S. bilateral goods deficit last year, down from seventh in 2024. Autos and parts made up roughly two-fifths of goods imports.

Japan, whose firms held $792.6 billion in direct investment in the United States at the end of 2024, has been the largest source of foreign direct investment (FDI) in the country every year since 2019. The U.S. position in Japan, $75.2 billion, is less than one-tenth that size. Japan's holdings of U.S. Treasury securities ($1.24 trillion in March 2026) are the largest of any foreign country, ahead of the United Kingdom's (about $900 billion) and China's (about $690 billion).

## Earlier Agreements

Two agreements concluded in President Trump's first term, one on tariffs for agricultural and industrial goods and the other on digital trade, were signed on October 7, 2019, and took effect together on January 1, 2020. The first cut Japanese tariffs on about $7.2 billion of U.S. farm exports. In March 2023, the Biden Administration signed a pact with Japan on the critical minerals used in electric-vehicle batteries, so that Japanese-processed minerals could count toward the U.S. clean-vehicle tax credit. A framework on rare earths and other minerals that Trump and Takaichi signed in Tokyo last October is separate.

## Politics

Takaichi's party holds a two-thirds majority in the Lower House on its own but still depends on partners in the Upper House, where the ruling bloc lost its majority in the July 2025 election.

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Kyla H. Kitamura**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Trump", "Donald", "President Trump", note="given name not written"),
        "leaders.japan_prime_minister": P("Takaichi", "Sanae", "Prime Minister Takaichi Sanae", note="family name first"),
        "tariffs.us_tariff_most_imports": F(10, period="2026-02-24", as_written="Goods from Japan, like those of almost every other trading partner, now enter under a temporary surcharge, authorized by Section 122 of the Trade Act of 1974, which is set at 10% and took effect on February 24", note="value in a relative clause; also Table 1's Section 122 row, 'Since Feb. 24, 2026' column"),
        "tariffs.ieepa_rate": F(15, period="2025-08-07", as_written="voided the IEEPA duty of 15% that most Japanese goods had paid since August 7, 2025", note="the framework rate, voided by the ruling (as extract-dev D6); also the first bullet"),
        "tariffs.section232_autos": F(15, period="2025-09-16", as_written="cars and auto parts: a Section 232 rate of 15%, in effect since September 16, 2025", note="also 'Japanese vehicles ... thus still pay 15%' and Table 1"),
        "tariffs.section122_surcharge": F(10, as_written="a temporary surcharge, authorized by Section 122 of the Trade Act of 1974, which is set at 10%", note="also 'the 10% charge lapses on July 23'"),
        "tariffs.ieepa_ruling": D("2026-02-20", as_written="The Court's decision, issued on February 20, 2026, voided the IEEPA duty"),
        "framework.announced": D("2025-07-22", as_written="The framework, which President Trump announced on July 22, 2025"),
        "framework.investment_pledge": F(550000000000, by="2029-01-19", as_written="investment: $550 billion, to be placed in projects the U.S. government selects by January 19, 2029"),
        "trade.overall_partner_rank": F(6, period="2025", as_written="Counting goods and services, Japan was the sixth-largest U.S. trading partner in 2025"),
        "trade.us_exports_to_japan": F(129400000000, period="2025", as_written="The United States sold Japan $129.4 billion in goods and services", note="year carried from the sentence before"),
        "trade.us_goods_exports_to_japan": F(77800000000, period="2025", as_written="of which goods were $77.8 billion"),
        "trade.us_services_exports_to_japan": F(51600000000, period="2025", as_written="and services $51.6 billion"),
        "trade.us_imports_from_japan": F(188300000000, period="2025", as_written="It bought $188.3 billion in all", note="subject 'It' = the United States"),
        "trade.us_goods_imports_from_japan": F(143100000000, period="2025", as_written="with goods and services accounting for $143.1 billion and $45.2 billion, respectively"),
        "trade.us_services_imports_from_japan": F(45200000000, period="2025", as_written="with goods and services accounting for $143.1 billion and $45.2 billion, respectively"),
        "trade.goods_deficit": F(65300000000, period="2025", as_written="exceeded goods exports by $65.3 billion"),
        "trade.goods_deficit_rank": F(9, period="2025", as_written="the ninth-largest U.S. bilateral goods deficit last year, down from seventh in 2024"),
        "trade.fdi_source_rank": F(1, as_written="has been the largest source of foreign direct investment (FDI) in the country every year since 2019", note="no period: 'since 2019' is a span"),
        "trade.japan_fdi_stock_in_us": F(792600000000, period="2024", as_written="Japan, whose firms held $792.6 billion in direct investment in the United States at the end of 2024"),
        "trade.us_fdi_stock_in_japan": F(75200000000, period="2024", as_written="The U.S. position in Japan, $75.2 billion, is less than one-tenth that size", note="year carried from the sentence before"),
        "trade.treasury_holder_rank": F(1, period="2026-03", as_written="Japan's holdings of U.S. Treasury securities ($1.24 trillion in March 2026) are the largest of any foreign country"),
        "agreements.usjta_signed": D("2019-10-07", as_written="Two agreements concluded in President Trump's first term, one on tariffs for agricultural and industrial goods and the other on digital trade, were signed on October 7, 2019", note="the U.S.-Japan Trade Agreement, named by topic"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="and took effect together on January 1, 2020"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="and took effect together on January 1, 2020", note="the Digital Trade Agreement, named by topic ('the other on digital trade')"),
        "agreements.critical_minerals_signed": D("2023-03", as_written="In March 2023, the Biden Administration signed a pact with Japan on the critical minerals used in electric-vehicle batteries", note="the Critical Minerals Agreement, named by topic"),
    },
    "elections": {
        "lower_house_2026": E("Lower House", "2026-02-08", "held", result="LDP 316 of 465 seats, a two-thirds majority on its own", note="year from the cover"),
        "upper_house_2025": E("Upper House", "2025-07", "held", result="ruling bloc lost its majority"),
    },
    "events": {
        "tariff_talks_announced": EV("Administration names Japan among the first partners for tariff negotiations", "2025-04-07", "held"),
        "section122_surcharge_expired": EV("The 10% Section 122 surcharge lapses", "2026-07-23", "upcoming"),
    },
    "notes": "Traps: 'Three months after the Supreme Court struck down'; 'a rate fixed in the bilateral framework the two governments reached last July' (the 15% is the IEEPA rate, no longer the tariff on most imports); 'Section 122 of the Trade Act of 1974' (year of a law); 'won 316 of the 465 Lower House seats'; 'a 24% \"reciprocal\" tariff for Japan on April 2, 2025, paused it a week later in favor of a 10% baseline' (announced, suspended; past baseline), 'threatened 25% in a July 7 letter' (threatened); 'A memorandum of understanding (MOU) signed on September 4' (not the announcement); bullet '(goods whose MFN duty already exceeded 15% paid only that duty)'; bullet 'replacing the 27.5% (a 25% additional duty on top of the 2.5% MFN rate) charged from April 3' (past auto rate); bullet 'cash flows split equally ... nine-tenths going to the United States' (fractions of profit); bullet '100 Boeing aircraft, $8 billion a year of U.S. farm products, and a 75% rise in U.S. rice' (purchases); 'South Korea, which reached a similar deal days later, pledged $350 billion' and 'the European Union accepted a 15% ceiling' (other partners); Table 1's 'Aug. 2025 to Feb. 20, 2026' column (IEEPA 15% is the IEEPA rate, past as the tariff on most imports) and steel row 50%; 'steel, aluminum, and copper products face 50%'; 'Section 232 investigations of semiconductors and pharmaceuticals'; 'allows a surcharge of up to 15% for no more than 150 days' (statutory cap); 'Section 301 investigations of Japan and 15 other partners in March', 'hearings, which closed on May 8', 'rates for Japan ranging from 10% to 25%' (a range discussed) and 'USTR has floated 12.5% but proposed nothing formally' (floated, not applied); 'estimates of the amount owed on Japanese goods run from $15 billion to $20 billion' (refunds); 'three energy and infrastructure ventures worth a combined $36 billion, were announced in February' (first projects, not the pledge); 'if the 15% auto rate were raised' (hypothetical, same value); Figure 1 (vehicle imports 2021-2025, $ billions, ticks 0-60, no value labels); 'as it had been the year before'; 'fell by about 4%'; 'down from seventh in 2024' (past deficit rank); 'roughly two-fifths of goods imports' (share, no fact); 'every year since 2019' (a span, not a rank or date); 'less than one-tenth that size' (a ratio hedge, the U.S. stock is exact); 'the United Kingdom's (about $900 billion) and China's (about $690 billion)' (other holders); 'about $7.2 billion of U.S. farm exports'; 'so that Japanese-processed minerals could count toward the U.S. clean-vehicle tax credit'; 'A framework on rare earths and other minerals that Trump and Takaichi signed in Tokyo last October is separate' (not the critical minerals agreement); 'holds a two-thirds majority in the Lower House on its own'. Interleaved: the PDF's column lines alternate left/right; NBSP between numbers and billion/percent; hyphenated line ends.",
}
