from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "XC2-IF11120-2024-03", "fresh44", "IF11120", 19
TITLE = "U.S.-Japan Trade Agreement Negotiations"
LAYOUTS = ["interleaved", "html"]
PDF_OPTS = ["lig", "quotes"]
SIDEBAR = "How the 2019 Agreements Came About"

MD = """
U.S.-Japan Trade Agreement Negotiations

Updated March 21, 2024

## Overview

Trade relations between the United States and Japan rest today on two limited agreements concluded under the Trump Administration and on a set of narrower arrangements added under President Joe Biden. Neither government has sought a comprehensive free trade agreement (FTA) since the United States withdrew from the Trans-Pacific Partnership (TPP) in January 2017, and the Biden Administration has said it does not plan to negotiate new tariff cuts with any partner. Instead, the two sides have focused on supply chains, critical minerals, export controls, and economic security, often within plurilateral settings such as the Indo-Pacific Economic Framework for Prosperity (IPEF).

Prime Minister Kishida Fumio is to make an official visit to Washington on April 10, the first state visit by a Japanese leader since 2015. Economic issues likely to come up include Nippon Steel's pending purchase of U.S. Steel and Japan's role in U.S. semiconductor and battery supply chains.

## The 2019 Agreements

The U.S.-Japan Trade Agreement (USJTA) and the U.S.-Japan Digital Trade Agreement (DTA) were signed on October 7, 2019, and took effect on January 1, 2020. The Trump Administration concluded them as executive agreements, without a vote in Congress, relying on tariff-proclamation authority in the Trade Promotion Authority statute of 2015 and on the view that the DTA required no changes to U.S. law.

Under the USJTA, Japan lowered or eliminated tariffs on roughly $7 billion of U.S. food and agricultural exports, among them beef, pork, wheat, cheese, and wine, putting U.S. producers on an equal footing with those from CPTPP countries. Imports of U.S. beef above a safeguard trigger, set at 242,000 metric tons for FY2020, face a temporary tariff snapback. The United States cut or removed tariffs on a smaller list of Japanese industrial goods, such as machine tools, bicycles, and some engine parts, and on a few farm products. U.S. duties on Japanese passenger cars (2.5%) and light trucks (25%) were left unchanged.

The DTA sets binding rules for digital commerce. It bars customs duties on electronic transmissions, protects cross-border data flows (including for financial services), and restricts government demands for source code and algorithms. Many observers regard it as the most ambitious digital trade agreement the United States has signed.

## How the 2019 Agreements Came About

In September 2018, President Trump and Prime Minister Abe Shinzo agreed to begin talks on goods and on "other key areas including services." The first formal negotiating round took place in Washington in April 2019. Weeks later, on May 17, 2019, President Trump proclaimed that imports of autos and parts threatened U.S. national security, but he chose to negotiate rather than impose tariffs, and none were ever imposed on Japan. The leaders announced in New York on September 25, 2019, that they had finalized the first-stage agreements. The USJTA committed the two sides to consult within four months of its entry into force on a second stage, but those talks never began.

## Later Arrangements

The Biden Administration has built on the 2019 agreements without new market access:

- Steel and aluminum. Since April 1, 2022, a tariff-rate quota has allowed about 1.25 million metric tons of Japanese steel a year to enter free of the 25% Section 232 duty imposed in 2018. Japanese aluminum still pays 10%.
- Critical minerals. A U.S.-Japan Critical Minerals Agreement, signed on March 28, 2023, commits both governments to shared standards in the trade of cobalt, graphite, lithium, manganese, and nickel. The Treasury Department treats Japan as if it had an FTA with the United States for purposes of the clean vehicle tax credit of up to $7,500 enacted in the Inflation Reduction Act of 2022.
- Export controls. Japan agreed in January 2023 to restrict sales of advanced chipmaking equipment to China, broadly in line with U.S. rules announced the previous October; its own controls, covering 23 types of equipment, took effect in July 2023.
- IPEF. Japan is one of 13 partners in the framework with the United States. Its supply chain agreement entered into force on February 24, 2024. Talks on a trade pillar stalled in November 2023.

## Trade and Investment Ties

In 2023, Japan ranked as the sixth-largest U.S. trading partner in goods and services combined. U.S. exports to Japan totaled $121 billion: $77 billion in goods and $44 billion in services. Imports from Japan were larger, at $184 billion, of which goods made up $148 billion and services the other $36 billion.

Table 1. U.S. Trade with Japan, 2022 and 2023 ($ billions)

| Flow | 2022 | 2023 |
| --- | --- | --- |
| Goods exports | 80.3 | 77.0 |
| Services exports | 40.2 | 44.0 |
| Goods imports | 148.1 | 148.0 |
| Services imports | 32.5 | 36.0 |

Source: U.S. Census Bureau and Bureau of Economic Analysis data.

The U.S. goods trade deficit with Japan was $71.2 billion last year, the fifth-largest the United States recorded, behind those with China, Mexico, Vietnam, and Germany. It has fallen from a peak of more than $80 billion in 2006. Autos and parts made up over half of U.S. goods imports from Japan. Japan's Ministry of Finance, which values trade differently, reported a bilateral surplus with the United States of about ¥8.7 trillion for 2023, the largest Japan ran with any country.

Investment ties are deeper than trade flows suggest. Japan has been the top source of foreign direct investment (FDI) in the United States since 2019, and its stock reached $783 billion at the end of 2022. U.S. firms' direct investment in Japan, about $118 billion, is a small fraction of that. Japanese investors also hold more U.S. Treasury securities than those of any other country, about $1.15 trillion in January 2024; China, at $797 billion, ranks second.

## Nippon Steel and U.S. Steel

In December 2023, Nippon Steel agreed to acquire U.S. Steel for $14.9 billion, including debt. The deal requires review by the Committee on Foreign Investment in the United States (CFIUS). The United Steelworkers union opposes it, as do several Members of Congress. On March 14, President Biden said it was "vital" that U.S. Steel "remain an American steel company that is domestically owned and operated." Some analysts argue that opposition could deter Japanese investment, which employs close to a million Americans.

## Issues for Congress

Members may wish to examine whether the United States should seek a second-stage agreement covering services, investment, and remaining tariffs, and whether future agreements with Japan should go to Congress for approval. Others may ask how IPEF and the critical minerals agreement fit with U.S. trade law. Japanese leaders' interest in renewed U.S. participation in the CPTPP, which took effect for Japan in December 2018, has drawn little response in Washington. Kishida faces an LDP leadership election in September 2024, and the U.S. presidential election is in November; either could shift the agenda.

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Kyla H. Kitamura**, Analyst in Asian Affairs
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Biden", "Joe", "President Joe Biden"),
        "leaders.japan_prime_minister": P("Kishida", "Fumio", "Prime Minister Kishida Fumio", note="family name first"),
        "agreements.usjta_signed": D("2019-10-07", as_written="were signed on October 7, 2019"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="and took effect on January 1, 2020"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="and took effect on January 1, 2020", note="USJTA and DTA share the sentence"),
        "agreements.critical_minerals_signed": D("2023-03-28", as_written="A U.S.-Japan Critical Minerals Agreement, signed on March 28, 2023", note="bullet"),
        "trade.overall_partner_rank": F(6, period="2023", as_written="In 2023, Japan ranked as the sixth-largest U.S. trading partner in goods and services combined"),
        "trade.us_exports_to_japan": F(121000000000, period="2023", as_written="U.S. exports to Japan totaled $121 billion"),
        "trade.us_goods_exports_to_japan": F(77000000000, period="2023", as_written="$77 billion in goods", note="also Table 1, 2023 column (77.0)"),
        "trade.us_services_exports_to_japan": F(44000000000, period="2023", as_written="and $44 billion in services", note="also Table 1"),
        "trade.us_imports_from_japan": F(184000000000, period="2023", as_written="Imports from Japan were larger, at $184 billion"),
        "trade.us_goods_imports_from_japan": F(148000000000, period="2023", as_written="of which goods made up $148 billion", note="also Table 1 (148.0)"),
        "trade.us_services_imports_from_japan": F(36000000000, period="2023", as_written="and services the other $36 billion", note="also Table 1"),
        "trade.goods_deficit": F(71200000000, period="2023", as_written="The U.S. goods trade deficit with Japan was $71.2 billion last year", note="'last year' = 2023 at the cover date"),
        "trade.goods_deficit_rank": F(5, period="2023", as_written="the fifth-largest the United States recorded, behind those with China, Mexico, Vietnam, and Germany"),
        "trade.fdi_source_rank": F(1, as_written="Japan has been the top source of foreign direct investment (FDI) in the United States since 2019"),
        "trade.japan_fdi_stock_in_us": F(783000000000, period="2022", as_written="its stock reached $783 billion at the end of 2022"),
        "trade.us_fdi_stock_in_japan": F(118000000000, "about", as_written="U.S. firms' direct investment in Japan, about $118 billion", note="no year written for this figure"),
        "trade.treasury_holder_rank": F(1, as_written="Japanese investors also hold more U.S. Treasury securities than those of any other country"),
    },
    "elections": {
        "ldp_president_2024": E("LDP president", "2024-09", "upcoming"),
    },
    "events": {
        "first_negotiating_round": EV("First formal round of U.S.-Japan trade negotiations, Washington", "2019-04", "held"),
        "section232_autos_proclamation": EV("President proclaims auto and parts imports a threat to U.S. national security", "2019-05-17", "held"),
        "stage_one_deal_finalized": EV("Leaders announce in New York they have finalized the first-stage agreements", "2019-09-25", "held"),
    },
    "notes": "Traps: 'withdrew from the Trans-Pacific Partnership (TPP) in January 2017'; 'on April 10, the first state visit by a Japanese leader since 2015' (planned visit; past visit); 'the Trade Promotion Authority statute of 2015' (year of a law); 'roughly $7 billion of U.S. food and agricultural exports' (tariff coverage, not exports to Japan); 'set at 242,000 metric tons for FY2020'; 'passenger cars (2.5%) and light trucks (25%)' (MFN rates, not a Section 232 auto tariff); sidebar 'In September 2018, President Trump and Prime Minister Abe Shinzo agreed to begin talks' (joint statement, no tracked event; former leaders, not current); sidebar 'but he chose to negotiate rather than impose tariffs, and none were ever imposed on Japan' (no tariffs.section232_autos); sidebar 'within four months of its entry into force' (count); bullet 'Since April 1, 2022, a tariff-rate quota has allowed about 1.25 million metric tons' and 'the 25% Section 232 duty imposed in 2018' (steel, not autos) and 'Japanese aluminum still pays 10%'; bullet 'up to $7,500' and 'the Inflation Reduction Act of 2022'; bullet 'one of 13 partners in the framework with the United States' and 'entered into force on February 24, 2024' (IPEF, not a tracked agreement) and 'stalled in November 2023'; Table 1's 2022 column (past year: 80.3, 40.2, 148.1, 32.5); 'a peak of more than $80 billion in 2006' (past deficit); 'Autos and parts made up over half'; 'a bilateral surplus with the United States of about ¥8.7 trillion for 2023, the largest Japan ran with any country' (Japan's figure in yen and its rank from Japan's side); bullet 'Japan agreed in January 2023', 'the previous October', 'covering 23 types of equipment, took effect in July 2023'; 'since 2019' (beside the FDI rank); 'about $1.15 trillion in January 2024' (holdings) and 'China, at $797 billion, ranks second'; 'In December 2023, Nippon Steel agreed to acquire U.S. Steel for $14.9 billion' (not FDI stock); 'On March 14, President Biden said'; 'close to a million Americans'; 'the CPTPP, which took effect for Japan in December 2018'; 'the U.S. presidential election is in November' (U.S. election, not listed). Title: the record's title before the April 2024 change ('U.S.-Japan Trade Agreement Negotiations'). HTML: sidebar 'How the 2019 Agreements Came About' as an aside; interleaved: PDF lines with ligatures and curly quotes, the two columns alternating, Table 1 and the bullet list among them.",
}
