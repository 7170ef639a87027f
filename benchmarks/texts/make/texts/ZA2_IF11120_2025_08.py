from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "ZA2-IF11120-2025-08", "fresh46", "IF11120", 19
TITLE = "U.S.-Japan Trade Agreements and Tariff Negotiations"
LAYOUTS = ["html", "layout"]
PDF_OPTS = ["nbsp", "hyph"]
SIDEBAR = "The Tariff Cases in Court"
CHART = {"unit": "$ billions", "ymax": 50, "ticks": [0, 10, 20, 30, 40, 50],
         "series": ["U.S. imports from Japan, 2024"],
         "bars": {"Vehicles": (39.8,), "Machinery": (31.2,), "Auto parts": (15.6,), "Electrical": (14.9,), "Optical": (10.3,)}}

MD = """
U.S.-Japan Trade Agreements and Tariff Negotiations

Updated August 21, 2025

## Overview

President Donald Trump announced on July 22, 2025, that the United States and Japan had reached a trade "framework," which he described as possibly the largest deal ever made. Under it, most Japanese goods are charged a 15% tariff under the International Emergency Economic Powers Act (IEEPA), well below the 25% the President had threatened three weeks earlier, and Japan is to invest $550 billion in the United States. The 15% rate has applied since August 7. Much remains unsettled: the two governments have released no joint text, they describe the investment commitment in different terms, and a promised reduction of the Section 232 tariff on Japanese autos has yet to be put into effect.

Japan is a treaty ally and one of the largest U.S. economic partners. Congress did not vote on the framework, but Members have followed its implementation, the legal basis of the IEEPA tariffs, and the fate of the limited agreements the two countries concluded in 2019.

## Tariff Actions in 2025

Japan received no exemption from the tariffs the Administration began imposing in early 2025. The main steps were these:

- March 12: Section 232 tariffs of 25% on steel and aluminum took effect for all countries, Japan included; the rate doubled to 50% on June 4.
- April 3: a 25% Section 232 tariff on imported passenger vehicles and light trucks began, extended to many auto parts on May 3.
- April 5: a 10% IEEPA "baseline" tariff applied to most imports from nearly every trading partner.
- April 9: a country-specific "reciprocal" rate of 24% on Japan took effect and was suspended within hours for 90 days, a pause later extended to August 1.
- July 7: a letter from the President to Prime Minister Shigeru Ishiba warned that Japan would face 25% from August 1.
- July 31: an executive order set Japan's rate at 15%, effective August 7.

Negotiations had started soon after the April announcements. Following a telephone call between Trump and Ishiba on April 7, the Administration said it would open talks with Japan, with Treasury Secretary Scott Bessent and U.S. Trade Representative Jamieson Greer leading for the United States. Japan's negotiator, Economic Revitalization Minister Akazawa Ryosei, made eight trips to Washington before the framework was reached.

## The July 2025 Framework

Official accounts from Washington and Tokyo agree on the framework's main elements:

- a 15% IEEPA tariff on most goods from Japan, which, Japan says, is not to be added to goods whose normal (MFN) duty is already 15% or more;
- a cut in the Section 232 tariff on Japanese cars and parts to 15%, a figure that would include the 2.5% MFN duty;
- Japanese investment of $550 billion in U.S. sectors such as semiconductors, pharmaceuticals, energy, critical minerals, and shipbuilding;
- Japanese purchases of 100 Boeing aircraft and about $8 billion a year of U.S. farm products, and a 75% increase in U.S. rice bought within Japan's existing quota;
- treatment no less favorable than any other country's if Section 232 tariffs are later placed on semiconductors or pharmaceuticals.

The investment commitment is where the accounts diverge most. The White House says the United States would choose the projects and receive 90% of the profits. Japanese officials say the funds would come mostly as loans and guarantees from government-affiliated institutions such as the Japan Bank for International Cooperation, that equity would make up only 1% to 2% of the total, and that profits would be shared according to each side's contribution and risk.

## Implementation So Far

The July 31 order did not deliver all that Tokyo expected. When the new rate took effect, Japanese officials objected that the order stacked the 15% on top of existing MFN duties, instead of capping the combined rate at 15% as the Administration had done for goods from the European Union. Akazawa said on August 8 that U.S. officials had agreed to amend the order and refund any excess duties back to August 7. The amendment had not appeared as of this writing.

Autos are the larger concern. Japanese cars and light trucks still pay the 25% Section 232 tariff, which, added to the 2.5% MFN duty, brings the total to 27.5%; the Administration has not said when the framework's 15% will apply. Japanese automakers have absorbed much of the cost rather than raise U.S. prices. Toyota, for example, projected on August 7 that tariffs would cut its operating profit by ¥1.4 trillion (about $9.5 billion) in the fiscal year ending March 2026.

Table 1. U.S. Tariffs on Goods from Japan, August 2025

| Goods | Authority | Before 2025 | Now | Framework |
| --- | --- | --- | --- | --- |
| Most goods | IEEPA | none | 15% | 15% |
| Cars, parts | Section 232 | none | 25% | 15% incl. MFN |
| Steel, aluminum | Section 232 | 25%, 10% | 50% | 50% |

Source: CRS, from proclamations, executive orders, and the White House fact sheet of July 23, 2025. MFN duties are in addition unless noted.

## The Tariff Cases in Court

On May 28, the U.S. Court of International Trade ruled that IEEPA does not authorize the worldwide and "reciprocal" tariffs. An appeals court stayed that decision the next day, and the full Court of Appeals for the Federal Circuit heard arguments on July 31. The IEEPA tariffs, Japan's 15% among them, stay in force while the case proceeds, and many observers expect it to reach the Supreme Court. Section 232 tariffs are not at issue. If the IEEPA tariffs were struck down, the Administration could turn to other statutes, such as Section 122 of the Trade Act of 1974, which allows a surcharge of up to 15% for 150 days.

## Politics in Japan

Ishiba's hold on office has weakened. In the House of Councillors election on July 20, the Liberal Democratic Party (LDP) and its partner Komeito won 47 seats, three short of the 50 they needed to keep a majority in that chamber. They had already lost their majority in the House of Representatives in October 2024. Ishiba has said he will stay on to see the tariff agreement carried out, though some LDP lawmakers have urged him to step down. Opposition parties have criticized the lack of a signed text.

## Trade and Investment Ties

In 2024, Japan was the sixth-largest U.S. trading partner when goods and services are counted together. U.S. exports to Japan came to $128.7 billion: $79.7 billion of goods and $49.0 billion of services. Imports from Japan were larger. They totaled $191.8 billion, of which goods accounted for $148.2 billion and services for $43.6 billion. The U.S. goods deficit with Japan, $68.5 billion, was the seventh-largest with any country; in 2023 it had been $71.2 billion. Vehicles and parts together made up over a third of U.S. goods imports from Japan (Figure 1).

**Figure 1. Largest U.S. Goods Imports from Japan, 2024**

Source: CRS, with U.S. Census Bureau data; categories abbreviated.

Japan has been the largest source of foreign direct investment (FDI) in the United States every year since 2019. Its FDI stock reached $754.1 billion at the end of 2024, about one-seventh of all FDI in the country, and Japanese-owned firms employ nearly 1 million U.S. workers. U.S. direct investment in Japan is far smaller, at roughly $138 billion. Japan is also the top foreign holder of U.S. Treasury securities; its holdings stood at about $1.15 trillion in June 2025, ahead of the United Kingdom and China.

## Earlier Agreements

The framework builds on agreements from President Trump's first term. After talks launched by a joint statement in September 2018, Trump and then-Prime Minister Shinzo Abe announced on September 25, 2019, that they had finalized "stage one" agreements. The U.S.-Japan Trade Agreement (USJTA) and the U.S.-Japan Digital Trade Agreement were signed on October 7, 2019, and both entered into force on January 1, 2020. The USJTA cut Japanese tariffs on about $7 billion of U.S. agricultural products. Neither agreement needed congressional approval.

Autos were left out then as well. On May 17, 2019, President Trump proclaimed that imports of vehicles and parts threatened national security but held off on tariffs to allow negotiations, and Tokyo later said it had been assured that none would be imposed while the USJTA was carried out. The 2025 Section 232 tariffs ended that understanding. During the Biden Administration, the two countries signed the U.S.-Japan Critical Minerals Agreement on March 28, 2023, allowing some Japanese-sourced minerals to count toward electric vehicle tax credits.

## Issues for Congress

Members may consider whether the framework's terms should be written down and submitted to Congress; trade promotion authority, under which Congress last considered trade agreements, lapsed on July 1, 2021. Other questions include oversight of how the $550 billion is invested and how disputes over its terms are settled, and bills such as the Trade Review Act of 2025 (S. 1272), which would require Congress to approve new tariffs within 60 days.

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Kyla H. Kitamura**, Analyst in Asian Affairs
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Trump", "Donald", "President Donald Trump"),
        "leaders.japan_prime_minister": P("Ishiba", "Shigeru", "Prime Minister Shigeru Ishiba", note="named in the July 7 letter bullet; 'then-Prime Minister Shinzo Abe' is a former leader"),
        "tariffs.us_tariff_most_imports": F(15, period="2025-08-07", as_written="most Japanese goods are charged a 15% tariff under the International Emergency Economic Powers Act (IEEPA)", note="also 'The 15% rate has applied since August 7' and Table 1's 'Most goods' row, 'Now' column"),
        "tariffs.ieepa_rate": F(15, period="2025-08-07", as_written="a 15% tariff under the International Emergency Economic Powers Act (IEEPA)", note="the framework's IEEPA rate, in effect"),
        "tariffs.section232_autos": F(25, period="2025-04-03", as_written="Japanese cars and light trucks still pay the 25% Section 232 tariff", note="the Section 232 rate in force; the framework's 15% (incl. MFN) is not yet applied and 27.5% is the total with the 2.5% MFN duty; also the April 3 bullet and Table 1's 'Now' column"),
        "framework.announced": D("2025-07-22", as_written="President Donald Trump announced on July 22, 2025, that the United States and Japan had reached a trade \"framework,\""),
        "framework.investment_pledge": F(550000000000, as_written="Japan is to invest $550 billion in the United States", note="no deadline stated; the Japanese account of its composition (loans, guarantees, 1% to 2% equity) does not change the amount"),
        "trade.overall_partner_rank": F(6, period="2024", as_written="In 2024, Japan was the sixth-largest U.S. trading partner when goods and services are counted together"),
        "trade.us_exports_to_japan": F(128700000000, period="2024", as_written="U.S. exports to Japan came to $128.7 billion"),
        "trade.us_goods_exports_to_japan": F(79700000000, period="2024", as_written="$79.7 billion of goods"),
        "trade.us_services_exports_to_japan": F(49000000000, period="2024", as_written="$49.0 billion of services"),
        "trade.us_imports_from_japan": F(191800000000, period="2024", as_written="They totaled $191.8 billion", note="subject 'They' (imports from Japan) carried from the sentence before"),
        "trade.us_goods_imports_from_japan": F(148200000000, period="2024", as_written="of which goods accounted for $148.2 billion"),
        "trade.us_services_imports_from_japan": F(43600000000, period="2024", as_written="and services for $43.6 billion"),
        "trade.goods_deficit": F(68500000000, period="2024", as_written="The U.S. goods deficit with Japan, $68.5 billion"),
        "trade.goods_deficit_rank": F(7, period="2024", as_written="was the seventh-largest with any country"),
        "trade.fdi_source_rank": F(1, as_written="Japan has been the largest source of foreign direct investment (FDI) in the United States every year since 2019"),
        "trade.japan_fdi_stock_in_us": F(754100000000, period="2024", as_written="Its FDI stock reached $754.1 billion at the end of 2024"),
        "trade.us_fdi_stock_in_japan": F(138000000000, "about", as_written="U.S. direct investment in Japan is far smaller, at roughly $138 billion", note="no year written"),
        "trade.treasury_holder_rank": F(1, as_written="Japan is also the top foreign holder of U.S. Treasury securities"),
        "agreements.usjta_signed": D("2019-10-07", as_written="were signed on October 7, 2019"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="both entered into force on January 1, 2020"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="both entered into force on January 1, 2020"),
        "agreements.critical_minerals_signed": D("2023-03-28", as_written="signed the U.S.-Japan Critical Minerals Agreement on March 28, 2023"),
    },
    "elections": {
        "upper_house_2025": E("Upper House", "2025-07-20", "held", result="LDP and Komeito won 47 seats, three short of the 50 needed to keep a majority"),
        "lower_house_2024": E("Lower House", "2024-10", "held", result="coalition lost its majority"),
    },
    "events": {
        "tariff_talks_announced": EV("After a Trump-Ishiba call, the Administration says it will open tariff talks with Japan", "2025-04-07", "held"),
        "stage_one_deal_finalized": EV("Trump and Abe announce the stage one agreements finalized", "2019-09-25", "held"),
        "section232_autos_proclamation": EV("Proclamation finding vehicle and parts imports a national security threat; tariffs held off for negotiations", "2019-05-17", "held"),
    },
    "notes": "Traps: 'well below the 25% the President had threatened three weeks earlier' (threatened rate); 'the limited agreements the two countries concluded in 2019'; bullet 'Section 232 tariffs of 25% on steel and aluminum took effect' and 'the rate doubled to 50% on June 4' (steel and aluminum, not autos); bullet 'a 10% IEEPA \"baseline\" tariff applied to most imports' (past rate on most imports, replaced on August 7); bullet 'a country-specific \"reciprocal\" rate of 24% on Japan took effect and was suspended within hours for 90 days' (suspended rate) and 'a pause later extended to August 1'; bullet 'warned that Japan would face 25% from August 1' (threat); bullet 'an executive order set Japan's rate at 15%, effective August 7' (the fact's date, not the announcement); 'made eight trips to Washington'; framework bullets 'a cut in the Section 232 tariff on Japanese cars and parts to 15%, a figure that would include the 2.5% MFN duty' (promised, not in effect: the autos rate stays 25%), 'is already 15% or more', '100 Boeing aircraft and about $8 billion a year of U.S. farm products', 'a 75% increase in U.S. rice'; 'receive 90% of the profits' and 'equity would make up only 1% to 2% of the total' (shares of the pledge, not the pledge); 'Akazawa said on August 8'; 'refund any excess duties back to August 7'; 'which, added to the 2.5% MFN duty, brings the total to 27.5%' (combined rate, not the Section 232 rate); 'the framework's 15% will apply' (planned auto rate); 'cut its operating profit by ¥1.4 trillion (about $9.5 billion) in the fiscal year ending March 2026'; Table 1 ('Framework' column's 15% for cars, '25%, 10%' and '50%' steel rows; the fact values are the 'Now' column's 15% and 25%); 'the White House fact sheet of July 23, 2025' (not the announcement date); sidebar 'On May 28, the U.S. Court of International Trade ruled that IEEPA does not authorize' (a lower-court ruling, stayed: tariffs.ieepa_ruling, the Supreme Court's, is not stated), 'the next day', 'heard arguments on July 31'; 'Section 122 of the Trade Act of 1974, which allows a surcharge of up to 15% for 150 days' (statutory cap of a hypothetical alternative: no Section 122 surcharge stated); 'won 47 seats, three short of the 50'; 'in October 2024' (held Lower House election, listed); 'in 2023 it had been $71.2 billion' (previous deficit); 'Vehicles and parts together made up over a third of U.S. goods imports' (a share, no fact); Figure 1 (layout: category bars, ticks 0-50, legend with '2024', no values); 'every year since 2019' (year beside the FDI rank); 'about one-seventh of all FDI' and 'nearly 1 million U.S. workers'; 'about $1.15 trillion in June 2025, ahead of the United Kingdom and China' (amount and other holders, not the rank); 'a joint statement in September 2018' (2018 talks, not tariff_talks_announced); 'then-Prime Minister Shinzo Abe' (former leader); 'about $7 billion of U.S. agricultural products'; 'The 2025 Section 232 tariffs ended that understanding' (not the 2019 proclamation event); 'lapsed on July 1, 2021'; 'the Trade Review Act of 2025 (S. 1272), which would require Congress to approve new tariffs within 60 days'. Layouts: html (sidebar 'The Tariff Cases in Court' as an aside, Table 1 as an HTML table), pdftotext -layout of the two-column PDF with NBSP before billion/percent words and hyphenated line ends.",
}
