from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "RE2-IF11120-2023-11", "fresh48", "IF11120", 19
TITLE = "U.S.-Japan Trade Agreements and Negotiations"
LAYOUTS = ["html", "md"]
PDF_OPTS = ["hyph", "nbsp"]
SIDEBAR = "How the 2019 Agreements Came About"

MD = """
U.S.-Japan Trade Agreements and Negotiations

Updated November 28, 2023

## Overview

Japan is among the most important U.S. economic partners, and the two countries' trade relationship, contentious in the 1980s and again during the Trump Administration, is now comparatively calm. The Biden Administration has concentrated on supply chains, critical minerals, and export controls rather than on tariffs, and it has not sought to reopen the limited trade agreements the two governments signed in 2019. Prime Minister Kishida Fumio and President Joe Biden met on November 16, 2023, on the margins of the Asia-Pacific Economic Cooperation (APEC) meetings in San Francisco, where the United States and 13 other countries also advanced the Indo-Pacific Economic Framework for Prosperity (IPEF).

Some Members of Congress have urged the Administration to pursue a more comprehensive agreement with Japan, or to rejoin the regional trade pact from which the United States withdrew in 2017. Others question whether the 2019 agreements, which took effect without a vote in Congress, set a precedent that narrows Congress's role in trade policy.

## Trade and Investment Ties

In 2022, Japan was the fifth-largest U.S. trading partner, counting goods and services together; it had been fourth as recently as 2019. U.S. exports to Japan came to $120.1 billion that year. Goods made up $80.2 billion of that total and services the remaining $39.9 billion. U.S. imports from Japan, at $180.3 billion, were half again as large.

The goods imbalance drew the most attention. The U.S. deficit in goods trade with Japan reached $67.9 billion in 2022, the sixth-largest with any trading partner, slipping from fourth in 2021 as deficits with Vietnam and Germany grew faster. Census data for January through September 2023 show a goods deficit of about $53 billion, a similar pace. Some analysts attribute part of the recent gap to the yen, which fell past 150 to the dollar in October 2023, its weakest level since 1990.

Table 1. U.S. Trade with Japan, 2021-2022 ($ billions)

| Item | 2021 | 2022 |
| --- | --- | --- |
| Goods exports | 74.6 | 80.2 |
| Services exports | 37.6 | 39.9 |
| Goods imports | 135.1 | 148.1 |
| Services imports | 32.7 | 32.2 |
| Goods balance | -60.5 | -67.9 |

Source: Bureau of Economic Analysis (BEA) and U.S. Census Bureau.

Investment ties are deep and run largely in one direction. Japan has been the single largest source of foreign direct investment (FDI) in the United States for four years in a row, with a stock upwards of $770 billion at the end of 2022, according to BEA. Japanese affiliates employ close to 1 million U.S. workers. U.S. FDI in Japan is far smaller: roughly $124 billion that year, concentrated in finance and insurance. Japan is also the top foreign holder of U.S. Treasury securities, at about $1.1 trillion, ahead of China.

## The 2019 Agreements

Two agreements govern U.S.-Japan trade today. The U.S.-Japan Trade Agreement (USJTA) and the U.S.-Japan Digital Trade Agreement (DTA) were signed on October 7, 2019, and both entered into force on January 1, 2020. The Trump Administration called them "stage one" of a broader negotiation that has never resumed.

Under the USJTA, Japan cut or eliminated tariffs on about $7.2 billion of U.S. agricultural exports, bringing most of them to the levels Japan offers members of the Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP). Japan's tariff on U.S. beef, 38.5% before the agreement, is to fall in stages to 9% by FY2033. The United States, in turn, reduced or removed tariffs on some $40 billion of Japanese imports, mostly industrial goods, but did not cut its 2.5% tariff on passenger cars.

The DTA commits both sides to keep customs duties off electronic transmissions and bars requirements that data be stored locally. It closely follows the digital chapter of the U.S.-Mexico-Canada Agreement.

The Administration implemented the USJTA's tariff cuts by proclamation under a provision of the Bipartisan Congressional Trade Priorities and Accountability Act of 2015 (TPA) that allows limited tariff changes without new legislation. TPA itself expired on July 1, 2021, so any broader deal would likely require new authority from Congress.

## How the 2019 Agreements Came About

- September 2018: Trump and Abe agreed to start talks toward a bilateral deal.
- April 2019: the two sides held the first formal negotiating session, in Washington.
- May 17, 2019: a presidential proclamation found auto imports a national security threat and ordered negotiations with Japan and the European Union.
- September 25, 2019: at the United Nations, the leaders said a limited deal was complete.
- October 7, 2019: both agreements were signed.

## Section 232 Tariffs

Section 232 of the Trade Expansion Act of 1962 has shaped the relationship since 2018. That March, the Trump Administration imposed tariffs of 25% on steel and 10% on aluminum from most countries, Japan included. Under an arrangement announced in February 2022, the United States since April 1, 2022, has admitted up to 1.25 million metric tons of Japanese steel a year free of the Section 232 duty; shipments above that quota still pay it. The aluminum tariff has not been eased.

The threat of auto tariffs has receded but not been withdrawn. The Commerce Department's 2019 investigation recommended action against imported vehicles and parts, and tariffs as high as 25% were discussed, but no auto tariffs were ever imposed, and the 2019 deal included a Japanese understanding that none would be. Vehicles remain Japan's largest export to the United States.

## Critical Minerals and Supply Chains

On March 28, 2023, the two governments signed a Critical Minerals Agreement (CMA) covering cobalt, graphite, lithium, manganese, and nickel. It took effect on signing. The Administration treats Japan as a country with which the United States has a free trade agreement for purposes of the $7,500 clean vehicle tax credit in the Inflation Reduction Act (P.L. 117-169), so that minerals processed in Japan can count toward the credit's sourcing rules. Several Members objected that an executive agreement should not qualify as an FTA without congressional approval.

Japan has also aligned with U.S. export controls on advanced semiconductors. Since July 2023, it has required licenses for exports of 23 types of chipmaking equipment, a list that does not name China but largely affects it.

## Regional Trade Architecture

Japan belongs to the 11-member CPTPP, which took effect in 2018, and to the Regional Comprehensive Economic Partnership (RCEP), in force for Japan since January 2022. The United Kingdom signed its accession to CPTPP in July 2023, the first new member since the pact began. A Japan-EU Economic Partnership Agreement has been in force since February 2019.

The IPEF, launched in May 2022, includes Japan, the United States, and 12 other countries. Its members signed a supply chain agreement in San Francisco in November 2023 and concluded talks on clean-economy and fair-economy pillars; talks on the trade pillar, which excludes tariff commitments, remain unfinished.

## Issues for Congress

Congress may consider whether to grant new trade negotiating authority and whether it should approve any further agreement with Japan. Members may also watch Kishida's political standing: with his cabinet's approval rating below 30% in some November polls, he faces an LDP leadership vote in September 2024. Other issues include China's ban on Japanese seafood, in place since August 2023, the treatment of Japanese investment in U.S. manufacturing, and cooperation on economic security.

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Kyla H. Kitamura**, Analyst in Asian Affairs
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Kishida", "Fumio", "Prime Minister Kishida Fumio", note="family name first"),
        "leaders.us_president": P("Biden", "Joe", "President Joe Biden"),
        "trade.overall_partner_rank": F(5, period="2022", as_written="In 2022, Japan was the fifth-largest U.S. trading partner, counting goods and services together"),
        "trade.us_exports_to_japan": F(120100000000, period="2022", as_written="U.S. exports to Japan came to $120.1 billion that year"),
        "trade.us_goods_exports_to_japan": F(80200000000, period="2022", as_written="Goods made up $80.2 billion of that total", note="subject carried from the sentence before; also Table 1"),
        "trade.us_services_exports_to_japan": F(39900000000, period="2022", as_written="and services the remaining $39.9 billion", note="also Table 1"),
        "trade.us_imports_from_japan": F(180300000000, period="2022", as_written="U.S. imports from Japan, at $180.3 billion, were half again as large"),
        "trade.us_goods_imports_from_japan": F(148100000000, period="2022", as_written="Goods imports | 135.1 | 148.1", note="only in Table 1 (2022 column)"),
        "trade.us_services_imports_from_japan": F(32200000000, period="2022", as_written="Services imports | 32.7 | 32.2", note="only in Table 1 (2022 column)"),
        "trade.goods_deficit": F(67900000000, period="2022", as_written="The U.S. deficit in goods trade with Japan reached $67.9 billion in 2022"),
        "trade.goods_deficit_rank": F(6, period="2022", as_written="the sixth-largest with any trading partner"),
        "trade.fdi_source_rank": F(1, as_written="Japan has been the single largest source of foreign direct investment (FDI) in the United States for four years in a row"),
        "trade.japan_fdi_stock_in_us": F(770000000000, "over", period="2022", as_written="with a stock upwards of $770 billion at the end of 2022"),
        "trade.us_fdi_stock_in_japan": F(124000000000, "about", period="2022", as_written="U.S. FDI in Japan is far smaller: roughly $124 billion that year", note="year carried from the sentence before"),
        "trade.treasury_holder_rank": F(1, as_written="Japan is also the top foreign holder of U.S. Treasury securities"),
        "agreements.usjta_signed": D("2019-10-07", as_written="were signed on October 7, 2019"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="and both entered into force on January 1, 2020"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="and both entered into force on January 1, 2020"),
        "agreements.critical_minerals_signed": D("2023-03-28", as_written="On March 28, 2023, the two governments signed a Critical Minerals Agreement (CMA)"),
    },
    "elections": {
        "ldp_president_2024": E("LDP president", "2024-09", "upcoming", note="'he faces an LDP leadership vote in September 2024'"),
    },
    "events": {
        "first_negotiating_round": EV("First formal U.S.-Japan trade negotiating session, in Washington", "2019-04", "held"),
        "section232_autos_proclamation": EV("Proclamation finds auto imports a national security threat and orders negotiations", "2019-05-17", "held"),
        "stage_one_deal_finalized": EV("Leaders say at the United Nations that a limited deal is complete", "2019-09-25", "held"),
    },
    "notes": "Traps: 'contentious in the 1980s'; 'met on November 16, 2023' (a meeting, no catalogue fact); 'the United States and 13 other countries' (IPEF membership, not an IF11120 fact); 'from which the United States withdrew in 2017'; 'it had been fourth as recently as 2019' (past rank); 'were half again as large' (a ratio); 'slipping from fourth in 2021' (past deficit rank) and 'deficits with Vietnam and Germany'; 'Census data for January through September 2023 show a goods deficit of about $53 billion' (partial year); 'fell past 150 to the dollar in October 2023, its weakest level since 1990'; Table 1's 2021 column (74.6, 37.6, 135.1, 32.7, -60.5: past year) and its header '$ billions'; 'for four years in a row' (a count beside the FDI rank 1); 'close to 1 million U.S. workers'; 'at about $1.1 trillion, ahead of China' (holdings, not a rank); '\"stage one\" of a broader negotiation'; 'about $7.2 billion of U.S. agricultural exports'; 'Japan's tariff on U.S. beef, 38.5% before the agreement, is to fall in stages to 9% by FY2033' (Japanese tariffs); 'some $40 billion of Japanese imports'; 'did not cut its 2.5% tariff on passenger cars' (MFN auto duty, not a Section 232 rate and not the tariff on most imports); 'Trade Priorities and Accountability Act of 2015' (year of a law) and 'TPA itself expired on July 1, 2021'; sidebar (html aside) 'September 2018: Trump and Abe agreed to start talks' (no tracked event; 'Abe' a former leader) and 'October 7, 2019: both agreements were signed' (the signing, not the finalization); 'Section 232 of the Trade Expansion Act of 1962'; 'tariffs of 25% on steel and 10% on aluminum' (steel and aluminum, not autos); 'announced in February 2022', 'since April 1, 2022' and 'up to 1.25 million metric tons' (steel TRQ); 'tariffs as high as 25% were discussed, but no auto tariffs were ever imposed' (Section 232 auto rate not stated); 'the $7,500 clean vehicle tax credit in the Inflation Reduction Act (P.L. 117-169)'; 'Since July 2023 ... 23 types of chipmaking equipment'; 'the 11-member CPTPP, which took effect in 2018'; 'in force for Japan since January 2022' (RCEP); 'signed its accession to CPTPP in July 2023' (the United Kingdom); 'in force since February 2019' (Japan-EU EPA, not a U.S.-Japan agreement); 'launched in May 2022, includes Japan, the United States, and 12 other countries' and 'signed a supply chain agreement in San Francisco in November 2023' (IPEF, not the CMA); 'approval rating below 30%'; 'China's ban on Japanese seafood, in place since August 2023'.",
}
