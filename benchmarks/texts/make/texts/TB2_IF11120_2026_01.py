from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "TB2-IF11120-2026-01", "fresh40", "IF11120", 24
TITLE = "U.S.-Japan Trade Agreements and Tariff Negotiations"
LAYOUTS = ["html", "interleaved"]
PDF_OPTS = ["lig", "nbsp"]
SIDEBAR = "Rates in Force and Rates Threatened"
CHART = {"unit": "$ billions", "ymax": 60, "ticks": [0, 20, 40, 60],
         "series": ["U.S. services exports to Japan", "U.S. services imports from Japan"],
         "bars": {"2020": (37.9, 24.5), "2021": (38.6, 25.9), "2022": (39.9, 32.2), "2023": (44.0, 36.6), "2024": (49.4, 42.8)}}

MD = """
U.S.-Japan Trade Agreements and Tariff Negotiations

Updated January 27, 2026

## Overview

Most goods imported from Japan are now charged a tariff of 15%. That rate was set in a bilateral framework announced by President Donald J. Trump on July 22, 2025, and it is collected under the International Emergency Economic Powers Act (IEEPA). Whether IEEPA can be used to impose tariffs at all is being decided by the Supreme Court, where the case was argued on November 5, 2025; a ruling may be issued at any time. Duties on cars, steel, and certain other products, which were imposed under Section 232 of the Trade Expansion Act of 1962, would not be affected by it. In Tokyo, the Lower House was dissolved on January 23 by Prime Minister Takaichi Sanae, and its members will be chosen on February 8.

## Rates in Force and Rates Threatened

Several of the rates cited in the tariff debate were announced or threatened but never charged, and some that were charged have since been replaced. Table 1 sets the current rates beside earlier ones.

Table 1. U.S. Tariffs on Japanese Goods

| Product | Authority | Rate now | Earlier or threatened |
| --- | --- | --- | --- |
| Most goods | IEEPA | 15% | 24% announced; 10% charged; 25% threatened |
| Cars and parts | Section 232 | 15% | 27.5% (with MFN duty) |
| Steel, aluminum, copper | Section 232 | 50% | 25% (steel, before June 2025) |
| Medium and heavy trucks | Section 232 | 25% | none |
| Branded drugs | Section 232 (pending) | none | 100% announced |

Source: CRS, from proclamations, executive orders, and White House statements.

## How the Framework Was Reached

Japan was named by the White House on April 7, 2025, as one of the first countries with which tariff talks would be opened. Days earlier, a 24% "reciprocal" tariff had been announced for Japan; it was suspended on April 9, and a 10% baseline was collected instead. Japan's side of the talks was led by Akazawa Ryosei, the economic revitalization minister, who made eight trips to Washington. On July 7 a letter was sent to then-Prime Minister Ishiba Shigeru warning that 25% would be charged from August 1 unless a deal was struck. Cars had been targeted even earlier. A 25% Section 232 tariff on imported autos was proclaimed on March 26, 2025, and, stacked on the 2.5% most-favored-nation (MFN) duty, it raised the rate paid on Japanese cars to 27.5% from April 3.

## What Was Agreed

The framework's terms were put into effect by an executive order signed on September 4, the same day a memorandum of understanding (MOU) on investment was concluded. Under them:

- a 15% tariff, inclusive of the MFN duty, has been applied to most Japanese goods since August 7, 2025, and goods whose MFN duty already exceeds 15% are charged that duty alone;
- the Section 232 rate on Japanese autos and auto parts was cut to 15%, effective September 16, 2025;
- $550 billion is to be invested by Japan in U.S. projects selected by the President before January 19, 2029, with cash flows shared equally until Japan is repaid and nine-tenths going to the United States after that;
- Japan is to buy 100 Boeing aircraft and to raise its purchases of U.S. rice by 75%.

If tariffs are later imposed under Section 232 on semiconductors or pharmaceuticals, Japan is to be treated no less favorably than any other country. A 100% tariff on branded drugs was announced for October 1, 2025, but it has not been applied to most producers. A separate 25% tariff on medium and heavy trucks has been charged since November 1, 2025, and Japan's trucks are not exempt.

## The Court Case

In May 2025, the U.S. Court of International Trade held that IEEPA does not authorize the "reciprocal" tariffs, and the Court of Appeals for the Federal Circuit agreed, 7-4, on August 29. Those rulings were stayed, and the duties are being collected while the appeal is considered. If the tariffs are struck down, refunds are expected to be sought by importers. Officials have said the 15% rate could be rebuilt under other laws: a surcharge of up to 15% for 150 days is allowed under Section 122 of the Trade Act of 1974, and longer-lasting duties could be imposed after Section 301 investigations. How the investment commitment would be treated in that case has not been addressed publicly by either government.

## Politics in Tokyo

Takaichi, the first woman to lead Japan, took office on October 21, 2025. She had won the LDP presidency on October 4, defeating Koizumi Shinjiro in a runoff. Her predecessor, Ishiba, announced his resignation in September, after the LDP and its then-partner Komeito lost their Upper House majority in the election of July 20, 2025, having already been reduced to a minority in the Lower House in October 2024. Komeito left the coalition in October; the LDP now governs with the backing of the Japan Innovation Party (Ishin), which holds no cabinet posts. With cabinet approval above 60% in most polls, Takaichi hopes to turn her popularity into a majority when all 465 seats are contested next month.

## Trade and Investment

In 2024, Japan was the sixth-largest U.S. trading partner. U.S. exports to Japan were valued at $129.1 billion, of which $79.7 billion was accounted for by goods and $49.4 billion by services. Imports from Japan, $192.4 billion in all, were made up of $149.6 billion of goods and $42.8 billion of services.

**Figure 1. U.S. Services Trade with Japan, 2020-2024**

Source: CRS, with Bureau of Economic Analysis data.

The U.S. goods deficit with Japan, $69.9 billion, was the seventh-largest with any partner that year; a smaller gap is expected to be reported for 2025, as fewer cars were shipped. Since 2019, Japanese companies have been the largest source of foreign direct investment (FDI) in the United States. Their investment position was estimated at about $790 billion at the end of 2024, against a U.S. position in Japan of roughly $76 billion. Japan also remains the largest foreign holder of U.S. Treasury securities, with about $1.2 trillion in November 2025.

## Earlier Agreements

Two agreements reached in President Trump's first term, the U.S.-Japan Trade Agreement (USJTA) and the U.S.-Japan Digital Trade Agreement, were signed on October 7, 2019, and took effect on January 1, 2020. Under the USJTA, tariffs were cut on some U.S. farm products and on certain Japanese industrial goods; the second stage of talks that was promised never began. A Critical Minerals Agreement was concluded on March 28, 2023, under the Biden Administration, so that Japanese minerals could count toward U.S. electric-vehicle tax credits. In October 2025, a framework on critical minerals and rare earths was signed by Trump and Takaichi in Tokyo.

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Kyla H. Kitamura**, Analyst in Asian Affairs
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Trump", "Donald", "President Donald J. Trump"),
        "leaders.japan_prime_minister": P("Takaichi", "Sanae", "Prime Minister Takaichi Sanae", note="family name first; Ishiba Shigeru former"),
        "tariffs.us_tariff_most_imports": F(15, period="2025-08-07", as_written="Most goods imported from Japan are now charged a tariff of 15%", note="also the bullet 'has been applied to most Japanese goods since August 7, 2025' and Table 1's 'Most goods' row, 'Rate now'"),
        "tariffs.ieepa_rate": F(15, period="2025-08-07", as_written="That rate was set in a bilateral framework ... and it is collected under the International Emergency Economic Powers Act (IEEPA)", note="subject carried from the sentence before; Table 1 'Most goods | IEEPA | 15%'"),
        "tariffs.section232_autos": F(15, as_written="the Section 232 rate on Japanese autos and auto parts was cut to 15%, effective September 16, 2025", note="also Table 1's 'Cars and parts' row"),
        "framework.announced": D("2025-07-22", as_written="a bilateral framework announced by President Donald J. Trump on July 22, 2025"),
        "framework.investment_pledge": F(550000000000, by="2029-01-19", as_written="$550 billion is to be invested by Japan in U.S. projects selected by the President before January 19, 2029"),
        "trade.overall_partner_rank": F(6, period="2024", as_written="In 2024, Japan was the sixth-largest U.S. trading partner"),
        "trade.us_exports_to_japan": F(129100000000, period="2024", as_written="U.S. exports to Japan were valued at $129.1 billion"),
        "trade.us_goods_exports_to_japan": F(79700000000, period="2024", as_written="of which $79.7 billion was accounted for by goods"),
        "trade.us_services_exports_to_japan": F(49400000000, period="2024", as_written="and $49.4 billion by services"),
        "trade.us_imports_from_japan": F(192400000000, period="2024", as_written="Imports from Japan, $192.4 billion in all"),
        "trade.us_goods_imports_from_japan": F(149600000000, period="2024", as_written="were made up of $149.6 billion of goods"),
        "trade.us_services_imports_from_japan": F(42800000000, period="2024", as_written="and $42.8 billion of services"),
        "trade.goods_deficit": F(69900000000, period="2024", as_written="The U.S. goods deficit with Japan, $69.9 billion", note="year from 'that year' and the paragraph before the figure"),
        "trade.goods_deficit_rank": F(7, period="2024", as_written="was the seventh-largest with any partner that year"),
        "trade.fdi_source_rank": F(1, as_written="Since 2019, Japanese companies have been the largest source of foreign direct investment (FDI) in the United States", note="a span, no period"),
        "trade.japan_fdi_stock_in_us": F(790000000000, "about", period="2024", as_written="Their investment position was estimated at about $790 billion at the end of 2024"),
        "trade.us_fdi_stock_in_japan": F(76000000000, "about", period="2024", as_written="against a U.S. position in Japan of roughly $76 billion"),
        "trade.treasury_holder_rank": F(1, period="2025-11", as_written="Japan also remains the largest foreign holder of U.S. Treasury securities, with about $1.2 trillion in November 2025"),
        "agreements.usjta_signed": D("2019-10-07", as_written="the U.S.-Japan Trade Agreement (USJTA) and the U.S.-Japan Digital Trade Agreement, were signed on October 7, 2019"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="and took effect on January 1, 2020"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="and took effect on January 1, 2020"),
        "agreements.critical_minerals_signed": D("2023-03-28", as_written="A Critical Minerals Agreement was concluded on March 28, 2023"),
    },
    "elections": {
        "lower_house_2026": E("Lower House", "2026-02-08", "upcoming", note="dissolved January 23; 'all 465 seats are contested next month'"),
        "upper_house_2025": E("Upper House", "2025-07-20", "held", result="LDP and Komeito lost their Upper House majority"),
        "lower_house_2024": E("Lower House", "2024-10", "held", result="LDP and Komeito reduced to a minority"),
        "ldp_president_2025": E("LDP president", "2025-10-04", "held", result="Takaichi Sanae beat Koizumi Shinjiro in a runoff"),
    },
    "events": {
        "tariff_talks_announced": EV("White House names Japan among the first countries for tariff talks", "2025-04-07", "held"),
        "section232_autos_proclamation": EV("25% Section 232 tariff on imported autos proclaimed", "2025-03-26", "held"),
    },
    "notes": "Traps: 'where the case was argued on November 5, 2025; a ruling may be issued at any time' (no Supreme Court ruling yet, so no tariffs.ieepa_ruling); 'Section 232 of the Trade Expansion Act of 1962'; 'the Lower House was dissolved on January 23' (not the election date); sidebar 'Rates in Force and Rates Threatened' (html aside; interleaved: an ordinary section) and its Table 1: the 'Earlier or threatened' column ('24% announced; 10% charged; 25% threatened', '27.5% (with MFN duty)', '25% (steel, before June 2025)', '100% announced'), the rows 'Steel, aluminum, copper | Section 232 | 50%' and 'Medium and heavy trucks | Section 232 | 25%' (not autos); 'a 24% \"reciprocal\" tariff had been announced for Japan; it was suspended on April 9, and a 10% baseline was collected instead' (announced and past rates); 'who made eight trips to Washington'; 'On July 7 a letter was sent to then-Prime Minister Ishiba Shigeru warning that 25% would be charged from August 1' (threatened; former PM); 'A 25% Section 232 tariff on imported autos was proclaimed on March 26, 2025' and 'the 2.5% most-favored-nation (MFN) duty, it raised the rate paid on Japanese cars to 27.5% from April 3' (past auto rates); 'an executive order signed on September 4, the same day a memorandum of understanding (MOU)' (not the announcement); bullet 'goods whose MFN duty already exceeds 15% are charged that duty alone'; bullet 'nine-tenths going to the United States after that' (profit split); bullet '100 Boeing aircraft and to raise its purchases of U.S. rice by 75%'; 'A 100% tariff on branded drugs was announced for October 1, 2025' (proposed, not applied); 'A separate 25% tariff on medium and heavy trucks has been charged since November 1, 2025'; 'In May 2025, the U.S. Court of International Trade held' and 'the Court of Appeals for the Federal Circuit agreed, 7-4, on August 29' (lower courts, not the ruling); 'a surcharge of up to 15% for 150 days is allowed under Section 122 of the Trade Act of 1974' (a possible authority, no surcharge in force, so no section122 fact or event); 'Section 301 investigations'; 'took office on October 21, 2025'; 'defeating Koizumi Shinjiro in a runoff'; 'Her predecessor, Ishiba, announced his resignation in September' (former PM); 'Komeito left the coalition in October'; 'the Japan Innovation Party (Ishin)'; 'cabinet approval above 60%'; 'all 465 seats'; Figure 1 (services trade 2020-2024, ticks 0-60, two-series legend, no values; an html img in the sidebar's aside per build, in the interleaved text its caption, ticks and years); 'a smaller gap is expected to be reported for 2025' (no figure); 'with about $1.2 trillion in November 2025' (holdings, not FDI); 'In October 2025, a framework on critical minerals and rare earths was signed by Trump and Takaichi in Tokyo' (not the 2023 agreement). Interleaved: the PDF's column lines alternate left and right; ligatures and NBSP.",
}
