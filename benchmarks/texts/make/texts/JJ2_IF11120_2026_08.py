from lib import F, D, P, E, EV

NAME, SET, BRIEF, VERSION = "JJ2-IF11120-2026-08", "fresh10", "IF11120", 25
LAYOUTS = ["pdf", "layout"]
PDF_OPTS = ["lig", "quotes", "hyph"]
CHART = {"unit": "$ billions", "ymax": 160, "ticks": [0, 40, 80, 120, 160],
         "series": ["U.S. goods exports to Japan", "U.S. goods imports from Japan"],
         "bars": {"2021": (74.6, 135.1), "2022": (80.2, 148.1), "2023": (76.9, 148.0),
                  "2024": (79.7, 149.6), "2025": (80.9, 140.6)}}

MD = """
U.S.-Japan Trade Agreements and Tariff Negotiations

Updated August 25, 2026

## Overview

Most U.S. imports from Japan now pay a 12.5% tariff imposed under Section 301 of the Trade Act of 1974, in effect since July 24, 2026. It took the place of a temporary 10% import surcharge on goods from nearly all countries under Section 122 of the same act, which expired on July 23, 2026, when it reached the statute's 150-day limit. That surcharge had in turn replaced the 15% tariff the Trump Administration applied to most Japanese goods under the International Emergency Economic Powers Act (IEEPA), until the Supreme Court ruled on February 20, 2026, that IEEPA does not authorize tariffs.

The new Section 301 tariff has put the bilateral framework the two governments reached in 2025 under strain. Tokyo argues that it is keeping its side of the bargain, notably a large investment commitment, and that any U.S. tariff on its goods should not exceed the level agreed then. Members of Congress have raised questions about the legal basis and durability of the Administration's tariffs, the oversight of Japan's investment commitment, and the outlook for U.S. agricultural and auto trade with Japan.

## How the Tariff on Most Japanese Goods Has Changed

The rate applied to most goods from Japan, other than autos, steel, and aluminum, has changed five times since the spring of 2025:

- April 5, 2025: a 10% "baseline" tariff under IEEPA on imports from almost all partners.
- April 9, 2025: a 24% country-specific rate for Japan, announced on April 2, took effect and was suspended the same day for 90 days, leaving the 10% baseline in place.
- August 7, 2025: a single 15% IEEPA rate, inclusive of most-favored-nation (MFN) duties, under the 2025 framework.
- February 24, 2026: after the Court's decision, a 10% surcharge under Section 122 replaced all IEEPA tariffs.
- July 24, 2026, to the present: a 12.5% tariff under Section 301.

## The 2025 Framework

President Donald J. Trump and then-Prime Minister Ishiba Shigeru agreed in a telephone call on April 7, 2025, to open tariff negotiations. In a July 7 letter, the President warned that Japanese goods would face a 25% tariff from August 1 absent a deal. He announced the outline of an agreement on July 22, 2025, and an executive order and a memorandum of understanding (MOU) signed on September 4, 2025, put its terms into effect:

- Tariffs. Most imports from Japan were to pay one 15% rate under IEEPA, retroactive to August 7, 2025.
- Autos. Section 232 tariffs on Japanese passenger vehicles and parts were lowered to 15%, effective September 16, 2025, from the 27.5% (a 25% Section 232 tariff on top of the 2.5% MFN duty) collected since April 2025.
- Investment. Japan committed $550 billion for U.S. projects chosen by an investment committee chaired by the Secretary of Commerce, to be provided before January 19, 2029. The United States is to receive 90% of the profits once Japan's outlays are recouped.
- Purchases. Japan agreed to buy 100 Boeing aircraft, about $8 billion a year of U.S. farm goods, and 75% more U.S. rice within its minimum-access quota.

Other partners struck similar bargains. The European Union accepted a 15% ceiling and projected $600 billion in investment by EU firms; South Korea pledged $350 billion.

## After the Supreme Court Ruling

In a 6-3 decision issued on February 20, 2026, the Court held that IEEPA does not give the President authority to impose tariffs. The ruling ended the 15% IEEPA rate on Japan but left the Section 232 tariffs intact, including the 15% rate on Japanese autos and parts and the 50% tariffs on steel and aluminum. Four days later, the President proclaimed the Section 122 surcharge, which the statute limits to 15% and 150 days unless Congress votes to extend it. He said he would raise it to that 15% maximum, but did not; Congress did not extend it.

Meanwhile, the U.S. Trade Representative (USTR) opened Section 301 investigations of several trading partners, Japan included. In June, USTR proposed a 15% tariff on Japan; after consultations with Tokyo, it set the rate at 12.5%. Japanese officials describe the outcome as consistent with the framework's 15% ceiling, while the Administration has said the rate could rise to 25% if Japan's investment commitment falls behind schedule. Importers have filed claims for refunds of IEEPA duties already paid, which for Japanese-origin goods may approach $21 billion.

In Japan, Prime Minister Takaichi Sanae, whose Liberal Democratic Party (LDP) won a large majority in the February 8, 2026, Lower House election, has called the Section 301 action "regrettable" but has not retaliated. No national election is due before the Upper House vote of July 2028.

## Trade and Investment Ties

Japan was the sixth-biggest U.S. trading partner in 2025, the same position as in 2024; as recently as 2019, it had ranked fourth. Two-way trade fell in 2025 as U.S. goods imports from Japan declined (Table 1 and Figure 1).

Table 1. U.S. Trade with Japan, 2024-2025 ($ billions)

| Flow | 2024 | 2025 |
| --- | --- | --- |
| U.S. exports to Japan | 129.1 | 131.4 |
| — goods | 79.7 | 80.9 |
| — services | 49.4 | 50.5 |
| U.S. imports from Japan | 192.4 | 183.0 |
| — goods | 149.6 | 140.6 |
| — services | 42.8 | 42.4 |
| Goods trade balance | -69.9 | -59.7 |

Source: Bureau of Economic Analysis (BEA), balance of payments basis, June 2026.

The U.S. goods deficit with Japan narrowed by about $10 billion in 2025, to $59.7 billion, placing it eighth among U.S. bilateral goods deficits; in 2024 it had been seventh.

**Figure 1. U.S. Goods Trade with Japan, 2021-2025**

Source: BEA. Balance of payments basis.

Investment ties run deeper than trade. BEA data released in July 2026 put the stock of Japanese direct investment in the United States at $776 billion at the end of 2025, slightly below the $792.6 billion recorded a year earlier. No other country's firms hold a larger direct-investment position in the U.S. economy. The U.S. position in Japan, some seventy-four billion dollars, is less than a tenth as large. Japan is also the foremost foreign holder of U.S. Treasury securities, with about $1.2 trillion in June 2026, ahead of the United Kingdom and China.

## Earlier Agreements

The 2025 framework followed two limited agreements concluded during President Trump's first term. Formal negotiations opened in April 2019. The U.S.-Japan Trade Agreement (USJTA), signed on October 7, 2019, cut or eliminated Japanese tariffs on about $7.2 billion of U.S. agricultural products and reduced U.S. tariffs on some $40 million of Japanese goods. It entered into force on January 1, 2020, together with the U.S.-Japan Digital Trade Agreement. A planned second stage of talks never began.

During the Biden Administration, the two governments signed a Critical Minerals Agreement on March 28, 2023, allowing Japanese minerals to count toward the sourcing requirements for U.S. clean-vehicle tax credits. A separate framework on critical minerals and rare earths, signed in Tokyo on October 28, 2025, commits both sides to coordinate stockpiling and investment.

## Issues for Congress

- Tariff authority. Members have introduced bills to require congressional approval of tariffs imposed under Section 301 or Section 122; none has advanced.
- Investment oversight. As of August 2026, the two governments had announced projects worth about $36 billion under the $550 billion mechanism; Congress may examine how projects are chosen and how returns are shared.
- Agriculture. U.S. exporters remain concerned that Japan could reverse its purchase commitments if the 12.5% tariff stays in place or rises.

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Kyla H. Kitamura**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Trump", "Donald", "President Donald J. Trump"),
        "leaders.japan_prime_minister": P("Takaichi", "Sanae", "Prime Minister Takaichi Sanae"),
        "tariffs.us_tariff_most_imports": F(12.5, period="2026-07-24", as_written="Most U.S. imports from Japan now pay a 12.5% tariff imposed under Section 301 of the Trade Act of 1974, in effect since July 24, 2026", note="Section 301; bullet list 'July 24, 2026, to the present'"),
        "tariffs.ieepa_rate": F(15, period="2025-08-07", as_written="the 15% tariff the Trump Administration applied to most Japanese goods under the International Emergency Economic Powers Act (IEEPA)", note="the framework rate, ended by the February 20, 2026 ruling (as extract-dev's D6); the 10% baseline and the suspended 24% are traps"),
        "tariffs.section232_autos": F(15, period="2025-09-16", as_written="Section 232 tariffs on Japanese passenger vehicles and parts were lowered to 15%, effective September 16, 2025", note="still in effect: 'left the Section 232 tariffs intact, including the 15% rate on Japanese autos and parts'"),
        "tariffs.section122_surcharge": F(10, period="2026-02-24", as_written="a temporary 10% import surcharge on goods from nearly all countries under Section 122 of the same act, which expired on July 23, 2026", note="expired; the 15% statutory cap and the President's unexecuted plan to go to 15% are traps"),
        "tariffs.ieepa_ruling": D("2026-02-20", as_written="until the Supreme Court ruled on February 20, 2026, that IEEPA does not authorize tariffs"),
        "framework.announced": D("2025-07-22", as_written="He announced the outline of an agreement on July 22, 2025"),
        "framework.investment_pledge": F(550000000000, by="2029-01-19", as_written="Japan committed $550 billion for U.S. projects ..., to be provided before January 19, 2029"),
        "trade.overall_partner_rank": F(6, period="2025", as_written="Japan was the sixth-biggest U.S. trading partner in 2025, the same position as in 2024"),
        "trade.fdi_source_rank": F(1, period="2025", as_written="No other country's firms hold a larger direct-investment position in the U.S. economy"),
        "trade.treasury_holder_rank": F(1, as_written="Japan is also the foremost foreign holder of U.S. Treasury securities, ... ahead of the United Kingdom and China"),
        "trade.us_exports_to_japan": F(131400000000, period="2025", note="Table 1, 2025 column"),
        "trade.us_goods_exports_to_japan": F(80900000000, period="2025", note="Table 1, '— goods' row under exports, 2025 column"),
        "trade.us_services_exports_to_japan": F(50500000000, period="2025", note="Table 1, '— services' row under exports, 2025 column"),
        "trade.us_imports_from_japan": F(183000000000, period="2025", note="Table 1, 2025 column"),
        "trade.us_goods_imports_from_japan": F(140600000000, period="2025", note="Table 1, '— goods' row under imports, 2025 column"),
        "trade.us_services_imports_from_japan": F(42400000000, period="2025", note="Table 1, '— services' row under imports, 2025 column"),
        "trade.goods_deficit": F(59700000000, period="2025", as_written="The U.S. goods deficit with Japan narrowed by about $10 billion in 2025, to $59.7 billion", note="also Table 1's goods balance, -59.7"),
        "trade.goods_deficit_rank": F(8, period="2025", as_written="placing it eighth among U.S. bilateral goods deficits; in 2024 it had been seventh"),
        "trade.japan_fdi_stock_in_us": F(776000000000, period="2025", as_written="put the stock of Japanese direct investment in the United States at $776 billion at the end of 2025"),
        "trade.us_fdi_stock_in_japan": F(74000000000, "about", period="2025", as_written="The U.S. position in Japan, some seventy-four billion dollars, is less than a tenth as large", note="number in words; year carried from the sentence before"),
        "agreements.usjta_signed": D("2019-10-07", as_written="The U.S.-Japan Trade Agreement (USJTA), signed on October 7, 2019"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="It entered into force on January 1, 2020"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="It entered into force on January 1, 2020, together with the U.S.-Japan Digital Trade Agreement", note="date carried by 'together with'"),
        "agreements.critical_minerals_signed": D("2023-03-28", as_written="the two governments signed a Critical Minerals Agreement on March 28, 2023"),
    },
    "elections": {
        "lower_house_2026": E("Lower House", "2026-02-08", "held", result="LDP won a large majority"),
        "upper_house_2028": E("Upper House", "2028-07", "upcoming"),
    },
    "events": {
        "tariff_talks_announced": EV("Trump and Ishiba agree by telephone to open tariff negotiations", "2025-04-07", "held"),
        "section122_surcharge_expired": EV("Section 122 10% surcharge expires after 150 days", "2026-07-23", "held"),
        "first_negotiating_round": EV("Formal U.S.-Japan trade negotiations open", "2019-04", "held"),
    },
    "notes": "Traps: 'reached the statute's 150-day limit'; bullet list of rates: 'April 5, 2025: a 10% \"baseline\" tariff under IEEPA' (earlier IEEPA rate), 'a 24% country-specific rate for Japan, announced on April 2, ... suspended the same day for 90 days' (announced, suspended), 'February 24, 2026: ... a 10% surcharge under Section 122' (the surcharge, expired; not the current tariff on most imports); 'then-Prime Minister Ishiba Shigeru' (former PM); 'In a July 7 letter, the President warned that Japanese goods would face a 25% tariff from August 1' (threatened); 'an executive order and a memorandum of understanding (MOU) signed on September 4, 2025' (not the framework's announcement); 'from the 27.5% (a 25% Section 232 tariff on top of the 2.5% MFN duty) collected since April 2025' (past auto rate); 'The United States is to receive 90% of the profits'; '100 Boeing aircraft, about $8 billion a year of U.S. farm goods, and 75% more U.S. rice'; 'The European Union accepted a 15% ceiling and projected $600 billion' and 'South Korea pledged $350 billion' (other partners); 'In a 6-3 decision'; 'the 50% tariffs on steel and aluminum'; 'which the statute limits to 15% and 150 days' and 'He said he would raise it to that 15% maximum, but did not' (cap and unexecuted plan); 'In June, USTR proposed a 15% tariff on Japan' (proposed); 'consistent with the framework's 15% ceiling'; 'the rate could rise to 25%' (threatened); 'refunds of IEEPA duties ... may approach $21 billion'; 'as recently as 2019, it had ranked fourth' (past rank); Table 1's 2024 column (129.1, 79.7, 49.4, 192.4, 149.6, 42.8, -69.9) as past figures; 'narrowed by about $10 billion' (a change, not the deficit); 'in 2024 it had been seventh' (past deficit rank); 'slightly below the $792.6 billion recorded a year earlier' (2024 FDI stock); 'less than a tenth as large'; 'with about $1.2 trillion in June 2026' (not a catalogue fact); 'about $7.2 billion of U.S. agricultural products' and 'some $40 million of Japanese goods'; 'A separate framework on critical minerals and rare earths, signed in Tokyo on October 28, 2025' (not the 2023 agreement); Issues for Congress bullets: 'projects worth about $36 billion under the $550 billion mechanism' (first projects, not the pledge), 'if the 12.5% tariff stays in place or rises'; Figure 1 (goods trade 2021-2025, $ billions; axis ticks 0-160, no value labels). The three events: tariff talks agreed on April 7, 2025 (day), the Section 122 surcharge's expiry on July 23, 2026 (held, day) and the April 2019 opening of formal negotiations (first_negotiating_round, month). PDF ligatures, curly quotes, hyphenated line ends; pdf and layout only.",
}
