from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "WD2-IF11120-2019-09", "fresh43", "IF11120", 6
TITLE = "U.S.-Japan Trade Agreement Negotiations"
LAYOUTS = ["html", "pdf"]
PDF_OPTS = ["hyph", "quotes"]
SIDEBAR = "Key Dates"
CHART = {"unit": "$ billions", "ymax": 160, "ticks": [0, 40, 80, 120, 160],
         "series": ["U.S. exports", "U.S. imports"],
         "bars": {"2014": (66.8, 134.5), "2015": (62.4, 131.4), "2016": (63.2, 132.2), "2017": (67.6, 136.5), "2018": (75.0, 142.6)}}

MD = """
U.S.-Japan Trade Agreement Negotiations

Updated September 27, 2019

## Overview

President Donald Trump and Prime Minister Shinzo Abe said on September 25, 2019, meeting in New York during the U.N. General Assembly, that their governments had finalized a limited trade agreement. Described by both sides as a "stage one" deal, it has two parts: a U.S.-Japan Trade Agreement (USJTA) that reduces or eliminates tariffs on some agricultural and industrial goods, and a separate U.S.-Japan Digital Trade Agreement. The leaders had announced an agreement in principle a month earlier, on August 25, at the G-7 summit in Biarritz, France. The texts have not yet been released or signed; signature is expected in the coming weeks.

The Administration intends to implement the tariff cuts under delegated authority in the Bipartisan Congressional Trade Priorities and Accountability Act of 2015 (TPA), without a vote in Congress, and to treat the digital trade commitments as an executive agreement. Administration officials have said they aim for the USJTA to take effect on January 1, 2020. For that to happen, Japan's Diet would have to approve the agreement in an extraordinary session expected to open in October. Several Members have asked whether the deal's scope fits the tariff authority that TPA provides, and whether a broader second stage will follow.

## Background

Japan had been the largest economy in the Trans-Pacific Partnership (TPP), from which the United States withdrew in January 2017. Tokyo then led the remaining 10 members in concluding the Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP), in force for Japan since December 30, 2018, and its Economic Partnership Agreement with the European Union took effect on February 1, 2019. Both agreements put U.S. farm exports at a disadvantage in Japan's market. U.S. beef, for example, faced a 38.5% Japanese tariff this year, while beef from Australia and Canada paid 26.6%.

Prime Minister Abe and President Trump agreed in a joint statement of September 26, 2018, to open bilateral talks, and USTR released its negotiating objectives that December. Formal negotiations began in April 2019, when U.S. Trade Representative Robert Lighthizer and Toshimitsu Motegi, then Japan's economy minister, held their first round in Washington. Tokyo was reluctant to make agricultural concessions before the July 21, 2019, House of Councillors election, in which Abe's coalition held on to its majority. Motegi became foreign minister in a cabinet reshuffle on September 11; his successor will handle any later stage.

## Economic Stakes

Japan was the fourth-largest U.S. trading partner in 2018, behind China, Canada, and Mexico. It was also an important destination for U.S. services.

Table 1. U.S. Trade with Japan, 2018 ($ billions)

| | U.S. exports | U.S. imports | Balance |
| --- | --- | --- | --- |
| Goods | 75.0 | 142.6 | -67.6 |
| Services | 46.1 | 35.8 | 10.3 |
| Total | 121.1 | 178.4 | -57.3 |

The $67.6 billion deficit in goods trade, little changed from $68.9 billion in 2017, was the fourth-largest bilateral goods deficit the United States recorded that year. Motor vehicles and parts account for about a third of U.S. imports from Japan. Japanese automakers, for their part, built about 3.8 million vehicles at U.S. plants in 2018, and their industry group argues that auto tariffs would cost American jobs.

**Figure 1. U.S. Goods Trade with Japan, 2014-2018**

Source: U.S. Census Bureau.

Investment ties run deeper still. Japanese firms held a direct investment position in the United States of $484.4 billion at the end of 2018, second only to that of the United Kingdom, and employ close to 1 million U.S. workers. The U.S. investment position in Japan was about $126 billion. In June 2019 Japan passed China to become the largest foreign holder of U.S. Treasury securities, at $1.12 trillion.

## What the Stage One Deal Would Do

Based on statements and fact sheets released so far:

- Japan would eliminate or reduce tariffs on roughly $7.2 billion of U.S. food and agricultural products, generally matching its CPTPP treatment. Its tariff on U.S. beef would fall to 26.6% on entry into force and to 9% by 2033.
- Japan would give U.S. producers country-specific quotas for wheat and some other products; rice is excluded.
- The United States would reduce or eliminate tariffs on about $40 million of Japanese agricultural goods and on some industrial goods, such as machine tools and steam turbines.
- The U.S. 2.5% tariff on passenger cars and 25% tariff on light trucks would stay; Japan already charges no tariff on imported cars.
- The digital trade agreement would bar customs duties on electronic transmissions and restrict forced disclosure of source code and data localization requirements.

## The Section 232 Auto Threat

Hanging over the talks was the possibility of U.S. tariffs on Japanese autos. In February 2019, the Commerce Department reported to the President that imports of motor vehicles and parts threaten to impair U.S. national security; reports have said it considered tariffs of up to 25%. On May 17, 2019, President Trump proclaimed that he agreed with that finding and directed USTR to negotiate with Japan, the European Union, and others to address the threat, setting a 180-day window that closes in mid-November. No auto tariffs have been imposed. At the September 25 meeting, Abe said Trump had assured him that Section 232 tariffs would not be imposed on Japanese cars, but the joint statement says only that the two sides will refrain from measures against the spirit of the agreements. Section 232 tariffs of 25% on steel and 10% on aluminum have applied to Japan since March 2018.

## Issues for Congress

The joint statement foresees consultations within four months of entry into force on a second stage that could cover services, investment, and other nontariff issues. Members may consider whether the partial agreement meets TPA's requirements, how a second stage would be conducted, and whether the threat of auto tariffs will return. TPA itself expires on July 1, 2021. U.S. farm groups, which lost sales in Japan as Australian, Canadian, and European competitors gained tariff preferences, have generally welcomed the agreement and urged quick implementation. Some Members have also noted that the partial agreement would cover only a small share of bilateral trade, far less than TPP would have, and that trade agreements concluded under TPA are normally expected to be comprehensive. Others have asked whether the Administration will report to Congress on the results, as the statute requires. Japan's consumption tax rises from 8% to 10% on October 1, a step that may slow Japanese demand for imports.

## Key Dates

- September 26, 2018: Joint statement launches talks
- April 2019: First negotiating round, Washington
- May 17, 2019: Section 232 proclamation on autos
- August 25, 2019: Agreement in principle at Biarritz
- September 25, 2019: Stage one deal finalized

**Brock R. Williams**, Analyst in International Trade and Finance

**Cathleen D. Cimino-Isaacs**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Trump", "Donald", "President Donald Trump"),
        "leaders.japan_prime_minister": P("Abe", "Shinzo", "Prime Minister Shinzo Abe"),
        "trade.overall_partner_rank": F(4, period="2018", as_written="Japan was the fourth-largest U.S. trading partner in 2018"),
        "trade.us_exports_to_japan": F(121100000000, period="2018", as_written="Table 1: Total | 121.1 (U.S. exports, $ billions)", note="table only"),
        "trade.us_goods_exports_to_japan": F(75000000000, period="2018", as_written="Table 1: Goods | 75.0", note="table only; also Figure 1's 2018 bar (no value shown)"),
        "trade.us_services_exports_to_japan": F(46100000000, period="2018", as_written="Table 1: Services | 46.1", note="table only"),
        "trade.us_imports_from_japan": F(178400000000, period="2018", as_written="Table 1: Total | ... | 178.4", note="table only"),
        "trade.us_goods_imports_from_japan": F(142600000000, period="2018", as_written="Table 1: Goods | ... | 142.6", note="table only"),
        "trade.us_services_imports_from_japan": F(35800000000, period="2018", as_written="Table 1: Services | ... | 35.8", note="table only"),
        "trade.goods_deficit": F(67600000000, period="2018", as_written="The $67.6 billion deficit in goods trade", note="also Table 1's Goods balance -67.6"),
        "trade.goods_deficit_rank": F(4, period="2018", as_written="was the fourth-largest bilateral goods deficit the United States recorded that year"),
        "trade.japan_fdi_stock_in_us": F(484400000000, period="2018", as_written="Japanese firms held a direct investment position in the United States of $484.4 billion at the end of 2018"),
        "trade.fdi_source_rank": F(2, period="2018", as_written="second only to that of the United Kingdom"),
        "trade.us_fdi_stock_in_japan": F(126000000000, "about", period="2018", as_written="The U.S. investment position in Japan was about $126 billion", note="year carried from the sentence before"),
        "trade.treasury_holder_rank": F(1, period="2019-06", as_written="In June 2019 Japan passed China to become the largest foreign holder of U.S. Treasury securities"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="Administration officials have said they aim for the USJTA to take effect on January 1, 2020", note="expected (a goal), not yet in force; Diet approval still needed (as the record's 2019-10-03 version)"),
    },
    "elections": {
        "upper_house_2019": E("Upper House", "2019-07-21", "held", result="Abe's coalition kept its majority"),
    },
    "events": {
        "first_negotiating_round": EV("First round of U.S.-Japan trade agreement negotiations, Washington", "2019-04", "held"),
        "section232_autos_proclamation": EV("President proclaims auto and parts imports a national security threat", "2019-05-17", "held"),
        "stage_one_deal_finalized": EV("Trump and Abe announce they have finalized the stage one agreement", "2019-09-25", "held"),
    },
    "notes": "Traps: 'on August 25, at the G-7 summit in Biarritz' (agreement in principle, not the finalized deal; also in Key Dates); 'The texts have not yet been released or signed' (no signing date); 'Accountability Act of 2015' (year of a law); 'an extraordinary session expected to open in October'; 'withdrew in January 2017' (TPP); 'the remaining 10 members'; 'in force for Japan since December 30, 2018' (CPTPP) and 'took effect on February 1, 2019' (EU EPA), neither the USJTA; 'a 38.5% Japanese tariff' and 'paid 26.6%', 'would fall to 26.6% on entry into force and to 9% by 2033' (beef tariffs, not U.S. tariffs); 'a joint statement of September 26, 2018' (launch of talks, no tracked event; also in Key Dates); 'that December' (objectives); 'Motegi became foreign minister in a cabinet reshuffle on September 11'; 'behind China, Canada, and Mexico' (other partners); Table 1's Balance column ('10.3' services surplus, '-57.3' total balance) and 'little changed from $68.9 billion in 2017' (past deficit); 'about a third of U.S. imports from Japan'; Figure 1 (PDF: '$ billions', ticks 0-160, years 2014-2018, two-series legend, no values; html: a figure in the sidebar); 'employ close to 1 million U.S. workers'; 'at $1.12 trillion' (holdings); 'built about 3.8 million vehicles at U.S. plants in 2018'; bullets 'roughly $7.2 billion of U.S. food and agricultural products', 'about $40 million of Japanese agricultural goods', 'The U.S. 2.5% tariff on passenger cars and 25% tariff on light trucks' (MFN tariffs, no catalogue fact); 'reports have said it considered tariffs of up to 25%' (considered, not imposed: no Section 232 auto rate) and 'In February 2019' (the Commerce report, not the proclamation); 'setting a 180-day window that closes in mid-November'; 'No auto tariffs have been imposed'; 'Section 232 tariffs of 25% on steel and 10% on aluminum have applied to Japan since March 2018' (not autos, not most imports); 'within four months of entry into force'; 'TPA itself expires on July 1, 2021'; 'from 8% to 10% on October 1' (Japan's consumption tax); html sidebar 'Key Dates' (aside) repeats the three events at the same dates. PDF: curly quotes, hyphenated line ends.",
}
