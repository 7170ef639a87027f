from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "KB2-IF11120-2025-12", "fresh30", "IF11120", 24
TITLE = "U.S.-Japan Trade Agreements and Tariff Negotiations"
LAYOUTS = ["html", "layout"]
PDF_OPTS = ["quotes", "nbsp"]
SIDEBAR = "Earlier Agreements at a Glance"
CHART = {"unit": "$ billions", "ymax": 60, "ticks": [0, 15, 30, 45, 60],
         "series": ["Vehicles and parts imported from Japan"],
         "bars": {"2020": (43.8,), "2021": (46.1,), "2022": (49.0,), "2023": (57.4,), "2024": (55.9,)}}

MD = """
U.S.-Japan Trade Agreements and Tariff Negotiations

Updated December 11, 2025

## Overview

Four months into the tariff terms of the U.S.-Japan framework agreement, two questions hang over it. The first is legal. The Supreme Court heard oral argument on November 5 on whether the International Emergency Economic Powers Act (IEEPA) lets the President impose tariffs, and its decision, which could come at any time, will determine whether the rate now charged on most Japanese goods stands. The second is practical: Japan's investment pledge, the heart of the bargain, is only beginning to take shape. Both bear on congressional interests, from Congress's constitutional authority over tariffs to the effects on U.S. manufacturers and farmers.

## Road to the Framework

Japan was swept into the Administration's tariff actions early in 2025. Section 232 duties on steel and aluminum, 25% from March 12, were doubled to 50% in June. A 25% tariff on imported cars took effect April 3, and with the 2.5% most-favored-nation (MFN) duty added, Japanese passenger vehicles faced 27.5%. On April 2, the President listed Japan for a "reciprocal" tariff of 24%; a 10% baseline applied to nearly all countries from April 5, and on April 9 the higher country rates were paused.

The Administration said on April 7, after President Donald J. Trump spoke by telephone with then-Prime Minister Ishiba Shigeru, that it would open talks with Japan. Economic Revitalization Minister Akazawa Ryosei led Tokyo's side and made repeated trips to Washington. Frustrated by the pace, the President wrote on July 7 that Japanese goods would pay 25% starting August 1. That threat was overtaken on July 22, when President Trump announced the deal; Tokyo confirmed its outlines the next day.

## What Was Agreed

An executive order and a memorandum of understanding (MOU) on investment, both dated September 4, put the framework into effect. In brief:

- Broad tariff. Since August 7, most imports from Japan have paid a single IEEPA tariff of 15%, with MFN duties counted inside it rather than added on top; goods whose MFN duty is already 15% or more pay no IEEPA tariff. For the first weeks, U.S. Customs stacked the two; the September order corrected this, retroactively.
- Autos. Cars and auto parts from Japan, charged 27.5% since spring, have been dutiable at the same all-in 15% since September 16.
- Investment. Japan is to supply $550 billion for U.S. projects chosen by the President, committing the funds before January 19, 2029. Cash flows are to be split evenly until Japan recovers its outlay and 90% to the United States after that.
- Purchases. Tokyo agreed to order 100 Boeing aircraft, expand U.S. rice imports by three-quarters within its existing quota, and buy some $8 billion a year of other U.S. farm goods.
- Future sectoral tariffs. If the United States imposes Section 232 tariffs on pharmaceuticals or semiconductors, Japan is to be charged no more than any other country.

Table 1. U.S. Tariffs on Selected Goods from Japan

| Goods | Jan. 2025 | Jul. 2025 | Dec. 2025 |
| --- | --- | --- | --- |
| Most goods | MFN | 10% | 15% |
| Cars, parts | 2.5% | 27.5% | 15% |
| Steel, aluminum | 25% | 50% | 50% |
| Copper products | MFN | MFN | 50% |

Source: CRS, from executive orders and proclamations. The July 2025 IEEPA rate was charged on top of MFN duties; December rates include them.

## Litigation and Alternatives

The Court of International Trade found on May 28 that IEEPA does not authorize the tariffs, and the Federal Circuit, sitting en banc, affirmed 7-4 on August 29. Collection continues while the Supreme Court considers the case. Should the Court rule against the tariffs, officials have said they would turn to other statutes. Section 122 of the Trade Act of 1974, for instance, allows a surcharge of up to 15% for as long as 150 days, and Section 301 permits duties after an investigation. Section 232 tariffs, including the one on Japanese autos, are not before the Court. Importers have filed suits at the trade court to preserve their claims to refunds.

## Developments Since October

Takaichi Sanae, elected to lead the Liberal Democratic Party (LDP) on October 4, became Japan's first female prime minister on October 21. She replaced Ishiba, who resigned after the governing coalition lost its Upper House majority in the July 20 election. Her coalition partner is now the Japan Innovation Party (Ishin); Komeito left the government in October.

During his October 27-29 visit to Tokyo, President Trump and Prime Minister Takaichi signed a document on implementing the deal and a separate framework on critical minerals and rare earths. Tokyo also released a list of Japanese companies interested in U.S. projects that it said could total as much as $400 billion. A Section 232 tariff of 25% on medium- and heavy-duty trucks took effect November 1. On November 14, the President exempted beef, coffee, bananas, and some other farm products from IEEPA tariffs for all trading partners.

## Trade and Investment Ties

On a goods-and-services basis, Japan ranked as the sixth-largest U.S. trading partner in 2024, four places lower than in the 1990s, when it was second only to Canada. That year the United States sold $129.1 billion of goods and services to Japan and bought $192.4 billion from it, for a combined deficit of $63.3 billion. Services made up a bigger part of the export side: $49.4 billion, or about three-eighths of the total. They were $42.8 billion of what the United States bought.

Table 2. U.S. Trade with Japan, by Type ($ billions)

| Flow | 2023 | 2024 |
| --- | --- | --- |
| Goods exports | 76.9 | 79.7 |
| Services exports | 44.1 | 49.4 |
| Goods imports | 148.0 | 149.6 |
| Services imports | 36.0 | 42.8 |

Source: Bureau of Economic Analysis.

In goods alone, the 2024 gap was $69.9 billion. Only six trading partners ran bigger goods surpluses with the United States. Motor vehicles and parts are the largest single category (Figure 1). Census data for January-September 2025 point to a narrower goods deficit this year, as Japanese automakers cut export prices to absorb part of the tariffs.

**Figure 1. U.S. Imports of Motor Vehicles and Parts from Japan, 2020-2024**

Source: CRS, with U.S. Census Bureau data.

Japan is the top source of foreign direct investment (FDI) in the United States. Japanese firms' U.S. holdings were valued at roughly $800 billion at the end of 2024, while the U.S. position in Japan, around $75 billion, is less than a tenth as large. Japan's stake in U.S. Treasury securities, about $1.19 trillion as of September, tops the list of foreign holders, ahead of the United Kingdom ($865 billion) and China ($701 billion).

## Earlier Agreements at a Glance

- April 2019: Formal negotiations on a limited trade agreement began in Washington.
- May 17, 2019: The President proclaimed that auto imports threatened U.S. national security under Section 232, but deferred tariffs to let talks with Japan and the European Union proceed.
- September 25, 2019: The two leaders confirmed a "stage one" deal in New York.
- October 7, 2019: The U.S.-Japan Trade Agreement (USJTA) and the U.S.-Japan Digital Trade Agreement were signed. Both have been in force since January 1, 2020.
- March 28, 2023: The U.S.-Japan Critical Minerals Agreement was signed, letting minerals processed in Japan count toward U.S. clean-vehicle tax credit requirements.

## Issues for Congress

Members may weigh whether to legislate on tariff authority after the Court rules, how to oversee the selection of projects under the MOU, and whether the Administration should seek a broader, binding agreement with Japan covering market access for U.S. agriculture and autos.

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Kyla H. Kitamura**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Trump", "Donald", "President Donald J. Trump"),
        "leaders.japan_prime_minister": P("Takaichi", "Sanae", "Takaichi Sanae, elected to lead the Liberal Democratic Party (LDP) on October 4, became Japan's first female prime minister on October 21", note="family name first; title after a relative appositive; Ishiba is the former prime minister"),
        "tariffs.us_tariff_most_imports": F(15, period="2025-08-07", as_written="Since August 7, most imports from Japan have paid a single IEEPA tariff of 15%", note="MFN-inclusive; also Table 1's 'Most goods' row, 'Dec. 2025' column"),
        "tariffs.ieepa_rate": F(15, period="2025-08-07", as_written="most imports from Japan have paid a single IEEPA tariff of 15%", note="no ruling yet: the IEEPA rate is the tariff on most imports"),
        "tariffs.section232_autos": F(15, period="2025-09-16", as_written="Cars and auto parts from Japan, charged 27.5% since spring, have been dutiable at the same all-in 15% since September 16", note="also Table 1's 'Cars, parts' row, 'Dec. 2025' column"),
        "framework.announced": D("2025-07-22", as_written="That threat was overtaken on July 22, when President Trump announced the deal", note="date fronted in a clause before the verb; year from the cover; not Tokyo's confirmation 'the next day' or the September 4 EO/MOU"),
        "framework.investment_pledge": F(550000000000, by="2029-01-19", as_written="Japan is to supply $550 billion for U.S. projects chosen by the President, committing the funds before January 19, 2029"),
        "trade.overall_partner_rank": F(6, period="2024", as_written="On a goods-and-services basis, Japan ranked as the sixth-largest U.S. trading partner in 2024"),
        "trade.us_exports_to_japan": F(129100000000, period="2024", as_written="That year the United States sold $129.1 billion of goods and services to Japan", note="'That year' = 2024"),
        "trade.us_imports_from_japan": F(192400000000, period="2024", as_written="and bought $192.4 billion from it"),
        "trade.us_services_exports_to_japan": F(49400000000, period="2024", as_written="Services made up a bigger part of the export side: $49.4 billion, or about three-eighths of the total", note="'about' hedges the fraction, not the amount"),
        "trade.us_services_imports_from_japan": F(42800000000, period="2024", as_written="They were $42.8 billion of what the United States bought", note="'They' = services, carried from the sentence before"),
        "trade.us_goods_exports_to_japan": F(79700000000, period="2024", as_written="Goods exports | 76.9 | 79.7", note="only in Table 2 ($ billions), 2024 column"),
        "trade.us_goods_imports_from_japan": F(149600000000, period="2024", as_written="Goods imports | 148.0 | 149.6", note="only in Table 2 ($ billions), 2024 column"),
        "trade.goods_deficit": F(69900000000, period="2024", as_written="In goods alone, the 2024 gap was $69.9 billion"),
        "trade.goods_deficit_rank": F(7, period="2024", as_written="Only six trading partners ran bigger goods surpluses with the United States", note="rank by exclusion of six partners; year carried from the sentence before"),
        "trade.fdi_source_rank": F(1, as_written="Japan is the top source of foreign direct investment (FDI) in the United States"),
        "trade.japan_fdi_stock_in_us": F(800000000000, "about", period="2024", as_written="Japanese firms' U.S. holdings were valued at roughly $800 billion at the end of 2024"),
        "trade.us_fdi_stock_in_japan": F(75000000000, "about", period="2024", as_written="while the U.S. position in Japan, around $75 billion, is less than a tenth as large", note="date carried from the same sentence; 'less than a tenth' is the ratio"),
        "trade.treasury_holder_rank": F(1, period="2025-09", as_written="Japan's stake in U.S. Treasury securities, about $1.19 trillion as of September, tops the list of foreign holders", note="rank as 'tops the list'; 'as of September' from the December 2025 cover"),
        "agreements.usjta_signed": D("2019-10-07", as_written="October 7, 2019: The U.S.-Japan Trade Agreement (USJTA) and the U.S.-Japan Digital Trade Agreement were signed", note="sidebar bullet, date as its label"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="Both have been in force since January 1, 2020"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="Both have been in force since January 1, 2020"),
        "agreements.critical_minerals_signed": D("2023-03-28", as_written="March 28, 2023: The U.S.-Japan Critical Minerals Agreement was signed", note="sidebar bullet; the October 2025 rare-earths framework is a trap"),
    },
    "elections": {
        "ldp_president_2025": E("LDP president", "2025-10-04", "held", result="Takaichi Sanae elected"),
        "upper_house_2025": E("Upper House", "2025-07-20", "held", result="governing coalition lost its majority"),
    },
    "events": {
        "tariff_talks_announced": EV("Administration announces talks with Japan after the Trump-Ishiba telephone call", "2025-04-07", "held"),
        "first_negotiating_round": EV("Formal negotiations on a limited trade agreement begin in Washington", "2019-04", "held"),
        "section232_autos_proclamation": EV("Section 232 proclamation on auto imports; tariffs deferred", "2019-05-17", "held"),
        "stage_one_deal_finalized": EV("Leaders confirm the 'stage one' deal in New York", "2019-09-25", "held"),
    },
    "notes": "Traps: 'heard oral argument on November 5' (no decision: no tariffs.ieepa_ruling); 'Section 232 duties on steel and aluminum, 25% from March 12, were doubled to 50% in June' (other products); 'A 25% tariff on imported cars took effect April 3' and 'Japanese passenger vehicles faced 27.5%' (past auto rates; no 2025 proclamation named, so no event); 'the 2.5% most-favored-nation (MFN) duty'; 'listed Japan for a \"reciprocal\" tariff of 24%' (announced, paused), 'a 10% baseline applied to nearly all countries from April 5' (past), 'on April 9 the higher country rates were paused'; 'then-Prime Minister Ishiba Shigeru' (former PM); 'Economic Revitalization Minister Akazawa Ryosei'; 'the President wrote on July 7 that Japanese goods would pay 25% starting August 1' (threatened); 'Tokyo confirmed its outlines the next day' (not the announcement); 'both dated September 4' (EO/MOU, not the announcement); 'goods whose MFN duty is already 15% or more pay no IEEPA tariff'; 'For the first weeks, U.S. Customs stacked the two'; 'charged 27.5% since spring' (past auto rate); 'split evenly' and '90% to the United States after that' (profit shares, not tariffs); '100 Boeing aircraft', 'expand U.S. rice imports by three-quarters', 'some $8 billion a year of other U.S. farm goods' (purchases, not the pledge); 'Japan is to be charged no more than any other country' (future sectoral tariffs); Table 1's 'Jan. 2025' and 'Jul. 2025' columns ('10%', '27.5%', '2.5%'; 'The July 2025 IEEPA rate was charged on top of MFN duties') and its steel/aluminum and copper rows ('50%'); 'found on May 28' and 'affirmed 7-4 on August 29' (lower-court rulings, not the Supreme Court's); 'Section 122 of the Trade Act of 1974, for instance, allows a surcharge of up to 15% for as long as 150 days' (a possible fallback, not applied: no Section 122 surcharge, no expiry event); 'Section 301 permits duties after an investigation'; 'Importers have filed suits at the trade court'; 'Komeito left the government in October' (former coalition partner; IF11120 has no coalition fact); 'During his October 27-29 visit to Tokyo' and 'a separate framework on critical minerals and rare earths' (not the 2023 Critical Minerals Agreement); 'could total as much as $400 billion' (a list of potential projects, not the pledge); 'A Section 232 tariff of 25% on medium- and heavy-duty trucks took effect November 1' (trucks, not autos); 'On November 14, the President exempted beef, coffee, bananas'; 'four places lower than in the 1990s, when it was second only to Canada' (past rank); 'for a combined deficit of $63.3 billion' (goods-and-services balance, not the goods deficit); 'about three-eighths of the total' (share, not an amount); Table 2's 2023 column; 'Census data for January-September 2025 point to a narrower goods deficit this year' (partial year, no figure); Figure 1 (vehicles and parts imports 2020-2024, $ billions, ticks 0-60, no value labels); 'is less than a tenth as large' (ratio); 'about $1.19 trillion', 'the United Kingdom ($865 billion) and China ($701 billion)' (holdings amounts, other countries); sidebar bullet 'let talks with Japan and the European Union proceed'; sidebar 'letting minerals processed in Japan count toward U.S. clean-vehicle tax credit requirements'; 'Issues for Congress' paragraph (no values). HTML: sidebar 'Earlier Agreements at a Glance' (aside, with Figure 1 floated into it); layout: pdftotext -layout of the two-column PDF (curly quotes, NBSP), two tables, bullet lists and the boxed chart in the columns.",
}
