from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "YD2-IF11120-2023-07", "fresh45", "IF11120", 17
TITLE = "U.S.-Japan Trade Agreements and Negotiations"
LAYOUTS = ["pdf", "interleaved"]
PDF_OPTS = ["lig", "hyph"]
CHART = {"unit": "$ billions", "ymax": 160, "ticks": [0, 40, 80, 120, 160],
         "series": ["U.S. goods exports to Japan", "U.S. goods imports from Japan"],
         "bars": {"2018": (75.2, 142.6), "2019": (74.4, 143.6), "2020": (64.1, 119.5), "2021": (74.6, 135.1), "2022": (80.2, 148.1)}}

MD = """
U.S.-Japan Trade Agreements and Negotiations

Updated July 12, 2023

## Overview

Japan is one of the largest U.S. economic partners, yet the two countries have no comprehensive free trade agreement. Since the United States left the Trans-Pacific Partnership (TPP) in 2017, they have instead concluded narrower deals: a market access agreement and a digital trade agreement, in effect since January 1, 2020, and a critical minerals agreement signed on March 28, 2023. The Biden Administration has shown no interest in the broader "stage two" negotiations that the two sides envisioned in 2019. Its economic agenda with Japan centers instead on the Indo-Pacific Economic Framework for Prosperity (IPEF), supply chains, and export controls on advanced technology.

Prime Minister Fumio Kishida, whose Liberal Democratic Party (LDP) and its coalition partner gained seats in the July 2022 Upper House election, has largely welcomed that approach. Japan hosted the Group of Seven (G7) summit in Hiroshima in May 2023, where President Joe Biden and other leaders pledged to coordinate against "economic coercion."

## How the 2019 Agreements Came About

Japan was one of 12 countries that signed the TPP in February 2016, but President Trump withdrew the United States in January 2017 and pressed Tokyo for a bilateral deal. The two leaders agreed to talks in a joint statement in September 2018, and the U.S. Trade Representative (USTR) notified Congress the next month of its intent to negotiate. Formal negotiations opened in Washington in April 2019.

They moved quickly. On September 25, 2019, meeting in New York, President Trump and then-Prime Minister Shinzo Abe announced that they had finalized a "first stage" agreement. It was signed, together with a separate digital trade agreement, on October 7, 2019. Abe, who led Japan from 2012 to 2020, was assassinated in July 2022.

## What the Agreements Do

The U.S.-Japan Trade Agreement (USJTA) is limited in scope. Its main provisions:

- Japan eliminated or reduced tariffs on roughly $7 billion of U.S. agricultural imports, putting U.S. beef, pork, wheat, and wine on a par with CPTPP suppliers; its beef tariff, 38.5% before the deal, fell to 26.6% in 2020 and is to reach 9% by FY2033.
- The United States cut or removed tariffs on a narrower list of industrial products, such as machine tools and bicycles, and on some farm goods. It kept its 2.5% tariff on Japanese passenger cars and its 25% tariff on light trucks.
- Rice, a sensitive product for Japan, was left out.

The U.S.-Japan Digital Trade Agreement (DTA) bars customs duties on electronic transmissions, limits requirements to store data locally, and protects source code and algorithms. Both agreements took effect as executive agreements, without a vote in Congress: the Administration relied on the authority in the 2015 Trade Promotion Authority (TPA) law to proclaim modest tariff cuts. Some Members objected to that route. TPA has since lapsed, in July 2021.

## Section 232 Tariffs and Japan

The 2019 agreements left two tariff disputes unresolved. In March 2018, the Trump Administration imposed tariffs on steel (25%) and aluminum (10%) from Japan and most other countries, citing national security under Section 232 of the Trade Expansion Act of 1962. In February 2022, the Biden Administration agreed to replace the steel duty for Japan with a tariff-rate quota, effective April 1: up to 1.25 million metric tons a year enter duty free, and the 25% tariff applies above that level. The aluminum tariff remains.

Autos were also at risk. After a Commerce Department investigation found that imported vehicles and parts threatened national security, President Trump proclaimed on May 17, 2019, that they did so, and directed USTR to negotiate with Japan and the European Union, with a 180-day deadline. Tariffs of up to 25% were discussed but never imposed, and the September 2019 joint statement was read in Tokyo as a U.S. pledge not to impose them while the agreement was being carried out.

## The Critical Minerals Agreement

The U.S.-Japan Critical Minerals Agreement (CMA), signed in Washington on March 28, 2023, commits both sides not to impose export duties on cobalt, graphite, lithium, manganese, and nickel, and to share information on foreign investment in the sector and on labor and environmental practices. The Administration intends the CMA to let minerals extracted or processed in Japan count toward the sourcing requirements of the clean vehicle tax credit, worth up to $7,500 per vehicle, under the Inflation Reduction Act of 2022. Several Members of Congress have questioned whether an agreement concluded without congressional approval can be treated as a free trade agreement under that law.

## Trade and Investment Ties

In 2022, Japan ranked as the fourth-largest trading partner of the United States, after Canada, Mexico, and China, based on total goods and services trade. U.S. exports to Japan amounted to $121.6 billion that year. Services, led by travel, royalties, and financial services, made up about a third of them. Imports from Japan came to $182.0 billion, most of them vehicles, machinery, and electronics (Table 1). At $67.9 billion, the U.S. goods deficit with Japan was the fifth-largest the United States ran with any country. It had peaked at nearly $90 billion in 2006, and data for the first five months of 2023 point to a somewhat smaller gap this year.

Table 1. U.S. Trade with Japan, 2022 ($ billions)

| | Exports | Imports | Balance |
| --- | --- | --- | --- |
| Goods | 80.2 | 148.1 | -67.9 |
| Services | 41.4 | 33.9 | 7.5 |
| Total | 121.6 | 182.0 | -60.4 |

Source: CRS, with U.S. Bureau of Economic Analysis data.

**Figure 1. U.S. Goods Trade with Japan, 2018-2022**

Source: CRS, with U.S. Census Bureau data.

Investment ties are deeper still. No country has more foreign direct investment (FDI) in the United States than Japan, which has held that position since 2019. Japanese firms' FDI stock reached $775.0 billion at the end of 2022, well ahead of Canada's $618 billion. The U.S. FDI stock in Japan was far smaller, at roughly $130 billion. Japan is also the largest foreign holder of U.S. Treasury securities, with about $1.1 trillion in April 2023; China, the second, held some $870 billion.

## Japan's Other Trade Agreements

Tokyo has continued to liberalize trade with other partners. The 11-member CPTPP took effect in December 2018, and on March 31, 2023, its members agreed to admit the United Kingdom. Japan's economic partnership agreement with the European Union has been in force since February 2019, and the 15-country Regional Comprehensive Economic Partnership (RCEP), which includes China and South Korea, since January 2022. U.S. exporters of farm goods, wine, and services say those agreements give their competitors an edge in Japan's market.

## The Indo-Pacific Economic Framework

Japan was among the 13 countries that joined the United States in launching IPEF in Tokyo in May 2022; Fiji signed on days later. IPEF has four pillars (trade, supply chains, clean economy, and fair economy) and offers no tariff cuts. On May 27, 2023, ministers meeting in Detroit announced that they had substantially concluded a supply chain agreement, the first of the pillars to reach that stage. Japanese officials have urged the Administration to add market access, and have also invited it to reconsider joining the CPTPP.

## Issues for Congress

- Whether to press for a comprehensive agreement with Japan covering services, autos, and nontariff barriers, or to pursue CPTPP membership instead.
- How Congress should oversee executive agreements such as the USJTA and CMA, and whether to renew TPA.
- The future of the Section 232 measures on steel and aluminum, and of any Section 232 action on autos.
- Coordination with Japan on export controls on semiconductors, outbound investment, and responses to economic coercion by China.

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Mark E. Manyin**, Specialist in Asian Affairs
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Biden", "Joe", "President Joe Biden"),
        "leaders.japan_prime_minister": P("Kishida", "Fumio", "Prime Minister Fumio Kishida"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="a market access agreement and a digital trade agreement, in effect since January 1, 2020"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="a market access agreement and a digital trade agreement, in effect since January 1, 2020"),
        "agreements.usjta_signed": D("2019-10-07", as_written="It was signed, together with a separate digital trade agreement, on October 7, 2019", note="subject 'It' carried from the 'first stage' agreement in the sentence before"),
        "agreements.critical_minerals_signed": D("2023-03-28", as_written="a critical minerals agreement signed on March 28, 2023", note="also 'signed in Washington on March 28, 2023'"),
        "trade.overall_partner_rank": F(4, period="2022", as_written="In 2022, Japan ranked as the fourth-largest trading partner of the United States, after Canada, Mexico, and China, based on total goods and services trade"),
        "trade.us_exports_to_japan": F(121600000000, period="2022", as_written="U.S. exports to Japan amounted to $121.6 billion that year", note="also Table 1, Total row"),
        "trade.us_services_exports_to_japan": F(41400000000, period="2022", as_written="Table 1: Services | 41.4", note="only in Table 1 ($ billions); the text says only 'about a third of them'"),
        "trade.us_goods_exports_to_japan": F(80200000000, period="2022", as_written="Table 1: Goods | 80.2", note="only in Table 1 ($ billions)"),
        "trade.us_imports_from_japan": F(182000000000, period="2022", as_written="Imports from Japan came to $182.0 billion", note="also Table 1, Total row"),
        "trade.us_goods_imports_from_japan": F(148100000000, period="2022", as_written="Table 1: Goods | 80.2 | 148.1", note="only in Table 1 ($ billions)"),
        "trade.us_services_imports_from_japan": F(33900000000, period="2022", as_written="Table 1: Services | 41.4 | 33.9", note="only in Table 1 ($ billions)"),
        "trade.goods_deficit": F(67900000000, period="2022", as_written="At $67.9 billion, the U.S. goods deficit with Japan", note="also Table 1's Goods balance (-67.9)"),
        "trade.goods_deficit_rank": F(5, period="2022", as_written="was the fifth-largest the United States ran with any country"),
        "trade.fdi_source_rank": F(1, as_written="No country has more foreign direct investment (FDI) in the United States than Japan", note="rank by exclusion"),
        "trade.japan_fdi_stock_in_us": F(775000000000, period="2022", as_written="Japanese firms' FDI stock reached $775.0 billion at the end of 2022"),
        "trade.us_fdi_stock_in_japan": F(130000000000, "about", period="2022", as_written="The U.S. FDI stock in Japan was far smaller, at roughly $130 billion", note="year carried from the sentence before"),
        "trade.treasury_holder_rank": F(1, as_written="Japan is also the largest foreign holder of U.S. Treasury securities"),
    },
    "elections": {
        "upper_house_2022": E("Upper House", "2022-07", "held", result="the LDP and its coalition partner gained seats"),
    },
    "events": {
        "first_negotiating_round": EV("Formal U.S.-Japan trade negotiations open in Washington", "2019-04", "held"),
        "stage_one_deal_finalized": EV("Trump and Abe announce in New York that they have finalized a 'first stage' agreement", "2019-09-25", "held"),
        "section232_autos_proclamation": EV("President Trump proclaims that imported vehicles and parts threaten national security and directs negotiations", "2019-05-17", "held"),
        "abe_assassination": EV("Former Prime Minister Abe assassinated", "2022-07"),
    },
    "notes": "Traps: 'Since the United States left the Trans-Pacific Partnership (TPP) in 2017'; 'the broader \"stage two\" negotiations that the two sides envisioned in 2019'; 'the G7 summit in Hiroshima in May 2023'; 'one of 12 countries that signed the TPP in February 2016'; 'President Trump withdrew the United States in January 2017' (former president); 'in a joint statement in September 2018' and 'notified Congress the next month' (not tracked events, not agreement dates); 'then-Prime Minister Shinzo Abe' and 'Abe, who led Japan from 2012 to 2020' (former prime minister); 'roughly $7 billion of U.S. agricultural imports'; 'its beef tariff, 38.5% before the deal, fell to 26.6% in 2020 and is to reach 9% by FY2033' (Japanese tariffs); 'It kept its 2.5% tariff on Japanese passenger cars and its 25% tariff on light trucks' (MFN duties, not a Section 232 auto tariff nor a tariff on most imports); 'the 2015 Trade Promotion Authority (TPA) law' and 'TPA has since lapsed, in July 2021'; 'imposed tariffs on steel (25%) and aluminum (10%)' and 'Section 232 of the Trade Expansion Act of 1962' (not autos); 'In February 2022', 'effective April 1', 'up to 1.25 million metric tons a year' and 'the 25% tariff applies above that level' (steel); 'with a 180-day deadline'; 'Tariffs of up to 25% were discussed but never imposed' (no Section 232 auto tariff stated); 'the September 2019 joint statement'; 'cobalt, graphite, lithium, manganese, and nickel'; 'worth up to $7,500 per vehicle, under the Inflation Reduction Act of 2022'; 'after Canada, Mexico, and China'; 'made up about a third of them' (share, not a services figure); 'It had peaked at nearly $90 billion in 2006' (past deficit); 'data for the first five months of 2023' (partial year); Table 1's Total balance (-60.4) and services balance (7.5); Figure 1 (years 2018-2022, ticks 0-160, legend; no values); 'which has held that position since 2019'; 'well ahead of Canada's $618 billion' (another country); 'with about $1.1 trillion in April 2023' and 'China, the second, held some $870 billion' (holdings, China's rank); 'The 11-member CPTPP took effect in December 2018' and 'on March 31, 2023, its members agreed to admit the United Kingdom'; 'since February 2019' and 'the 15-country Regional Comprehensive Economic Partnership (RCEP) ... since January 2022'; 'among the 13 countries that joined the United States in launching IPEF in Tokyo in May 2022' and 'Fiji signed on days later'; 'IPEF has four pillars'; 'On May 27, 2023, ministers meeting in Detroit'. PDF: ligatures and hyphenated line ends; interleaved: the two columns' lines alternate, Table 1 and Figure 1 among them.",
}
