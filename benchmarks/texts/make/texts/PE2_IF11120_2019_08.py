from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "PE2-IF11120-2019-08", "fresh48", "IF11120", 5
TITLE = "U.S.-Japan Trade Agreement Negotiations"
LAYOUTS = ["md", "pdf"]
PDF_OPTS = ["hyph", "lig"]
CHART = {"unit": "$ billions", "ymax": 160, "ticks": [0, 40, 80, 120, 160],
         "series": ["U.S. exports", "U.S. imports", "Balance (absolute)"],
         "bars": {"2014": (66.8, 134.5, 67.7), "2015": (62.4, 131.4, 69.0), "2016": (63.2, 132.2, 69.0),
                  "2017": (67.6, 136.5, 68.8), "2018": (75.0, 142.6, 67.6)}}

MD = """
U.S.-Japan Trade Agreement Negotiations

Updated August 28, 2019

## Overview

Japan is the closest U.S. ally in Asia, and Prime Minister Shinzo Abe has invested heavily in his personal relationship with President Donald J. Trump. Abe, who in April 2015 became the first Japanese leader to address a joint meeting of Congress, has met or spoken with the President more than 40 times. The alliance, grounded in the 1960 Treaty of Mutual Cooperation and Security, has weathered U.S. complaints about Japan's trade surplus largely because both leaders have kept security and trade on separate tracks.

On August 25, 2019, at the G7 summit in Biarritz, France, Trump and Abe announced that their negotiators had reached agreement in principle on the core elements of a limited trade deal covering tariffs on agricultural and industrial goods, along with a separate digital trade accord. Neither text has been released. The two governments aim to sign in late September, when the leaders are expected to meet in New York during the UN General Assembly.

Abe's domestic position is secure. His Liberal Democratic Party (LDP) and its partner Komeito kept their majority in the Upper House election of July 21, 2019, although parties favoring constitutional revision fell short of the two-thirds of seats needed to initiate an amendment.

## How the Talks Began

Japan had hoped the United States would return to the Trans-Pacific Partnership (TPP), which the two countries signed with ten others in February 2016. The Administration withdrew from TPP in January 2017 and pressed instead for a bilateral deal. Japan then led the remaining 11 signatories to conclude the Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP), in force for Japan since December 30, 2018; its agreement with the European Union followed on February 1, 2019.

In a joint statement of September 26, 2018, the two leaders agreed to begin talks. The Administration notified Congress under Trade Promotion Authority (TPA) on October 16, 2018, and released its negotiating objectives that December. The first formal round was held in Washington in mid-April 2019. Further sessions followed in Tokyo and Washington over the summer, and the leaders met three times between late April and the end of June, including Trump's state visit to Japan in May.

## Autos and Section 232

Autos are the most sensitive issue for Tokyo. Vehicles and parts accounted for more than one-third of U.S. goods imports from Japan in 2018, some $56 billion. On May 17, 2019, the President proclaimed that imports of autos and parts threaten to impair U.S. national security, based on a Commerce Department report delivered in February that reportedly recommended tariffs of up to 25%. He imposed none, instead instructing the U.S. Trade Representative (USTR) to seek agreements with Japan, the EU, and others within 180 days, a period that ends in mid-November.

Japan seeks assurances that no Section 232 auto tariffs will be applied to it. It also wanted the United States to phase out its 2.5% tariff on passenger cars, as promised in TPP, and its 25% tariff on light trucks; U.S. officials have reportedly refused. Japanese steel and aluminum still face the 25% and 10% Section 232 tariffs in effect since March 2018.

## Agriculture

U.S. farm groups have pressed hardest for a quick result. Japan was the third-largest market for U.S. agricultural exports in 2018, buying about $13 billion worth, but U.S. beef, pork, and wheat have been losing ground there since CPTPP took effect, because Australian, Canadian, and New Zealand suppliers now pay lower duties. Industry groups warn that U.S. beef sales to Japan could drop by a fifth within a few years without a deal. Tokyo, for its part, has said it will go no further on agriculture than its CPTPP commitments, and rice, the most politically sensitive crop, is expected to be left largely out.

## What the Deal Reportedly Contains

Based on statements by both sides:

- Japan would reduce tariffs on U.S. beef, pork, wheat, and other farm goods to the levels it now applies to CPTPP members. Its beef tariff, 38.5% before CPTPP, has already fallen to 26.6% for those members and is scheduled to reach 9% by 2033.
- USTR says the deal would open Japan's market to about $7 billion of U.S. agricultural exports.
- The United States would cut or eliminate tariffs on certain industrial goods, such as machine tools and some auto parts, but not on finished vehicles.
- A digital trade agreement would bar customs duties on electronic transmissions and limit requirements to store data locally.

The Administration has indicated that, because the tariff cuts fall within authority Congress has already delegated, it may put the first agreement into effect without a vote. Some Members question that approach, noting that TPA calls for 90 days' notice before a comprehensive agreement is signed.

## Trade and Investment Ties

Japan was the fourth-largest U.S. trading partner in 2018, after China, Canada, and Mexico. U.S. exports of goods and services to Japan that year totaled $120.9 billion. Imports were larger, at $178.3 billion.

Table 1. U.S. Trade with Japan, 2017 and 2018 ($ billions)

| Category | 2017 | 2018 |
| --- | --- | --- |
| Goods exports | 67.6 | 75.0 |
| Services exports | 44.8 | 45.9 |
| Goods imports | 136.5 | 142.6 |
| Services imports | 34.2 | 35.7 |

Source: Bureau of Economic Analysis.

The 2018 goods deficit with Japan, $67.6 billion, was the fourth-largest the United States ran with any country, behind those with China, Mexico, and Germany. It had been $68.8 billion a year before.

**Figure 1. U.S. Goods Trade with Japan, 2014-2018**

Source: U.S. Census Bureau.

Investment runs heavily in one direction. The stock of Japanese foreign direct investment (FDI) in the United States stood at $484.4 billion at the end of 2018, second only to the United Kingdom's. Japanese-owned affiliates employ some 860,000 U.S. workers. U.S. direct investment in Japan was roughly $125 billion in 2018. In June 2019, Japan regained its position as the biggest foreign holder of U.S. Treasury securities, with about $1.12 trillion, passing China for the first time since May 2017.

## Issues for Congress

- Whether an agreement put into effect without congressional approval satisfies TPA's consultation requirements.
- How a bilateral deal confined largely to tariffs squares with World Trade Organization rules, which expect free trade agreements to cover "substantially all the trade" between the parties.
- Whether the President will impose Section 232 auto tariffs when the 180-day window closes.
- The scope of a promised "second stage" of talks on services, investment, and other rules, and whether Japan's increase in its consumption tax from 8% to 10% on October 1 will dampen demand for U.S. goods.
- Whether a currency provision, which the Administration's December 2018 objectives called for, will be part of later talks; the yen has strengthened to about 106 per dollar.

**Brock R. Williams**, Specialist in International Trade and Finance

**Cathleen D. Cimino-Isaacs**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Abe", "Shinzo", "Prime Minister Shinzo Abe", note="given name first"),
        "leaders.us_president": P("Trump", "Donald", "President Donald J. Trump"),
        "trade.overall_partner_rank": F(4, period="2018", as_written="Japan was the fourth-largest U.S. trading partner in 2018"),
        "trade.us_exports_to_japan": F(120900000000, period="2018", as_written="U.S. exports of goods and services to Japan that year totaled $120.9 billion", note="year carried from the sentence before"),
        "trade.us_imports_from_japan": F(178300000000, period="2018", as_written="Imports were larger, at $178.3 billion", note="subject and year carried from the sentences before"),
        "trade.us_goods_exports_to_japan": F(75000000000, period="2018", as_written="Goods exports | 67.6 | 75.0", note="Table 1, 2018 column, $ billions"),
        "trade.us_services_exports_to_japan": F(45900000000, period="2018", as_written="Services exports | 44.8 | 45.9", note="Table 1, 2018 column"),
        "trade.us_goods_imports_from_japan": F(142600000000, period="2018", as_written="Goods imports | 136.5 | 142.6", note="Table 1, 2018 column"),
        "trade.us_services_imports_from_japan": F(35700000000, period="2018", as_written="Services imports | 34.2 | 35.7", note="Table 1, 2018 column"),
        "trade.goods_deficit": F(67600000000, period="2018", as_written="The 2018 goods deficit with Japan, $67.6 billion"),
        "trade.goods_deficit_rank": F(4, period="2018", as_written="was the fourth-largest the United States ran with any country"),
        "trade.japan_fdi_stock_in_us": F(484400000000, period="2018", as_written="The stock of Japanese foreign direct investment (FDI) in the United States stood at $484.4 billion at the end of 2018"),
        "trade.fdi_source_rank": F(2, period="2018", as_written="second only to the United Kingdom's"),
        "trade.us_fdi_stock_in_japan": F(125000000000, "about", period="2018", as_written="U.S. direct investment in Japan was roughly $125 billion in 2018"),
        "trade.treasury_holder_rank": F(1, period="2019-06", as_written="In June 2019, Japan regained its position as the biggest foreign holder of U.S. Treasury securities"),
    },
    "elections": {
        "upper_house_2019": E("Upper House", "2019-07-21", "held", result="LDP and Komeito kept their majority; revision forces short of two-thirds"),
    },
    "events": {
        "abe_address_to_congress": EV("Abe addresses a joint meeting of Congress", "2015-04", "held"),
        "first_negotiating_round": EV("First formal round of U.S.-Japan trade negotiations, Washington", "2019-04", "held"),
        "section232_autos_proclamation": EV("President proclaims auto and parts imports a threat to national security; no tariffs imposed", "2019-05-17", "held"),
    },
    "notes": "Traps: 'has met or spoken with the President more than 40 times'; 'the 1960 Treaty of Mutual Cooperation and Security'; 'On August 25, 2019, at the G7 summit in Biarritz' (agreement in principle: not signed, not the stage-one finalization) and 'aim to sign in late September' (planned signing, no usjta_signed); 'the two-thirds of seats needed to initiate an amendment'; 'signed with ten others in February 2016' (TPP), 'withdrew from TPP in January 2017', 'the remaining 11 signatories', 'in force for Japan since December 30, 2018' (CPTPP) and 'followed on February 1, 2019' (Japan-EU agreement): other agreements' dates, not the USJTA's; 'a joint statement of September 26, 2018' (not a tracked event: not tariff_talks_announced); 'on October 16, 2018' and 'that December' (TPA notice, objectives); 'the leaders met three times between late April and the end of June' and 'state visit to Japan in May'; 'more than one-third of U.S. goods imports from Japan in 2018, some $56 billion' (auto imports, not total imports); 'reportedly recommended tariffs of up to 25%' (recommended, never imposed: no Section 232 auto rate) and 'He imposed none'; 'within 180 days' and 'ends in mid-November'; 'its 2.5% tariff on passenger cars' and 'its 25% tariff on light trucks' (MFN rates); 'the 25% and 10% Section 232 tariffs in effect since March 2018' (steel and aluminum); '38.5% before CPTPP', 'fallen to 26.6%' and 'reach 9% by 2033' (Japan's beef tariffs); 'about $7 billion of U.S. agricultural exports' (market access, not exports to Japan); 'the third-largest market for U.S. agricultural exports in 2018' (a farm-export rank, not the overall partner rank) and 'buying about $13 billion worth' (farm exports only); 'could drop by a fifth'; 'TPA calls for 90 days' notice'; 'after China, Canada, and Mexico' (other partners); Table 1's 2017 column ('67.6', '44.8', '136.5', '34.2'; the 2017 goods-exports figure equals the 2018 deficit's digits); 'It had been $68.8 billion a year before' (2017 deficit); 'behind those with China, Mexico, and Germany'; Figure 1 (2014-2018, $ billions; axis ticks 0-160, no value labels); 'some 860,000 U.S. workers'; 'with about $1.12 trillion' and 'for the first time since May 2017'; 'consumption tax from 8% to 10% on October 1'; 'the Administration's December 2018 objectives'; 'about 106 per dollar'; PDF ligatures and hyphenated line ends",
}
