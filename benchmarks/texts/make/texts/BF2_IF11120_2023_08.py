from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "BF2-IF11120-2023-08", "fresh21", "IF11120", 23
TITLE = "U.S.-Japan Trade Agreements and Negotiations"
LAYOUTS = ["md", "interleaved"]
PDF_OPTS = ["lig", "quotes"]
CHART = {"unit": "$ billions", "ymax": 80, "ticks": [0, 20, 40, 60, 80],
         "series": ["U.S. goods trade deficit with Japan"],
         "bars": {"2018": (67.2,), "2019": (69.0,), "2020": (55.4,), "2021": (60.5,), "2022": (67.9,)}}

MD = """
U.S.-Japan Trade Agreements and Negotiations

Updated August 29, 2023

## Overview

Nearly four years after the United States and Japan signed two limited trade agreements, neither government is seeking the broader deal those agreements were supposed to lead to. The Biden Administration has instead pursued narrower arrangements with Japan, among them a critical minerals agreement (CMA) signed last March, and has enlisted Japan in the Indo-Pacific Economic Framework for Prosperity (IPEF), a 14-member initiative that omits tariff commitments. President Joe Biden and Prime Minister Kishida Fumio met most recently on August 18 at Camp David, in a trilateral summit with South Korean President Yoon Suk Yeol that produced pledges on supply chains and economic security. Some Members of Congress continue to call for a comprehensive free trade agreement (FTA); others question whether the CMA should have been submitted to Congress for approval.

## Economic Ties

Japan remains a leading U.S. economic partner. In 2022 it was the fifth-largest U.S. trading partner for goods and services combined, having been fourth as recently as 2019. Sales of U.S. goods and services to Japan came to $120.1 billion that year, purchases from Japan to $180.3 billion. Table 1 divides the flows between goods and services.

Table 1. U.S. Trade with Japan, 2021 and 2022 ($ billions)

| Flow | 2021 | 2022 |
| --- | --- | --- |
| Goods | | |
| U.S. exports | 74.6 | 80.2 |
| U.S. imports | 135.1 | 148.1 |
| Services | | |
| U.S. exports | 37.6 | 39.9 |
| U.S. imports | 32.7 | 32.2 |
| Goods and services | | |
| U.S. exports | 112.2 | 120.1 |
| U.S. imports | 167.8 | 180.3 |

Source: Bureau of Economic Analysis (BEA), international transactions accounts.

The U.S. goods deficit with Japan widened by about $7 billion in 2022, to $67.9 billion, the fifth-largest U.S. bilateral goods deficit after those with China, Mexico, Vietnam, and Canada. It had been fourth in 2021 (Figure 1).

**Figure 1. U.S. Goods Trade Deficit with Japan, 2018-2022**

Source: BEA. Balance-of-payments basis.

Investment ties run deeper. Japan's $775.0 billion stock of direct investment in the United States at the close of 2022 put it first among foreign investors for the fourth year in a row, with the United Kingdom next. The U.S. stock in Japan was a comparatively modest $126.2 billion. Of the roughly $7.6 trillion in U.S. Treasury securities held abroad in June 2023, Japanese holders accounted for $1.1 trillion, the largest national share; China's, in second place, came to about $835 billion.

## The 2019 Agreements

Formal negotiations opened in Washington on April 15-16, 2019, between U.S. Trade Representative Robert Lighthizer and Japan's economy minister, Motegi Toshimitsu. They followed a September 2018 joint statement in which President Donald Trump and Prime Minister Abe Shinzo agreed to negotiate; Abe, Japan's longest-serving prime minister, was assassinated in July 2022. In a proclamation of May 17, 2019, Trump found under Section 232 of the Trade Expansion Act of 1962 that imports of autos and parts threatened to impair U.S. national security, but chose talks over tariffs. Meeting in New York on September 25, 2019, the two leaders announced that they had finalized "stage one": a U.S.-Japan Trade Agreement (USJTA) on tariffs and a U.S.-Japan Digital Trade Agreement. Their representatives signed both texts at the White House on October 7 that year, and both took effect on January 1 of the following year.

Under the USJTA, Japan eliminated or reduced tariffs on about $7 billion of U.S. food and agricultural products, giving U.S. farmers access comparable to that of their rivals in the Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP). Japan's tariff on U.S. beef, 38.5% before the agreement, is falling in stages to 9% by FY2033. The United States cut tariffs on some industrial goods but left its 2.5% duty on Japanese passenger cars in place. The digital agreement bars customs duties on electronically transmitted products and limits data-localization requirements.

## Developments Since 2020

A second stage, for which consultations were to begin within four months of entry into force, has not materialized. In February 2022, the Administration agreed to replace the 25% Section 232 tariff on Japanese steel with a tariff-rate quota; since April 1, 2022, about 1.25 million metric tons a year have entered duty-free, while the 10% tariff on aluminum remains.

The CMA commits both countries to refrain from export duties on lithium, nickel, cobalt, graphite, and manganese and to coordinate on supply chain standards. The Treasury Department treats it as a free trade agreement for the Inflation Reduction Act's clean vehicle tax credit of up to $7,500 (P.L. 117-169), an interpretation some Members dispute. The IPEF partners substantially concluded a supply chain agreement in May 2023; talks on the framework's other pillars continue ahead of the Asia-Pacific Economic Cooperation (APEC) meetings in San Francisco in November.

Japan, meanwhile, is a party to the CPTPP, whose members signed the United Kingdom's accession on July 16, 2023, and to an Economic Partnership Agreement with the European Union in force since February 2019. In July, Japan began requiring licenses for exports of 23 types of advanced chipmaking equipment, a step U.S. officials welcomed.

## Issues for Congress

- whether to urge the Administration to resume comprehensive FTA negotiations, which would require implementing legislation
- Congress's role in executive agreements such as the CMA and any IPEF accords
- whether U.S. farm exports to Japan still lag those of CPTPP competitors
- coordination with Japan on export controls toward China

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Kyla H. Kitamura**, Analyst in Asian Affairs
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Biden", "Joe", "President Joe Biden"),
        "leaders.japan_prime_minister": P("Kishida", "Fumio", "Prime Minister Kishida Fumio"),
        "trade.overall_partner_rank": F(5, period="2022", as_written="In 2022 it was the fifth-largest U.S. trading partner for goods and services combined"),
        "trade.us_exports_to_japan": F(120100000000, period="2022", as_written="Sales of U.S. goods and services to Japan came to $120.1 billion that year", note="also Table 1, goods and services, 2022"),
        "trade.us_imports_from_japan": F(180300000000, period="2022", as_written="purchases from Japan to $180.3 billion", note="gapped verb; also Table 1, goods and services, 2022"),
        "trade.us_goods_exports_to_japan": F(80200000000, period="2022", as_written="Table 1: Goods / U.S. exports | 74.6 | 80.2"),
        "trade.us_goods_imports_from_japan": F(148100000000, period="2022", as_written="Table 1: Goods / U.S. imports | 135.1 | 148.1"),
        "trade.us_services_exports_to_japan": F(39900000000, period="2022", as_written="Table 1: Services / U.S. exports | 37.6 | 39.9"),
        "trade.us_services_imports_from_japan": F(32200000000, period="2022", as_written="Table 1: Services / U.S. imports | 32.7 | 32.2"),
        "trade.goods_deficit": F(67900000000, period="2022", as_written="The U.S. goods deficit with Japan widened by about $7 billion in 2022, to $67.9 billion"),
        "trade.goods_deficit_rank": F(5, period="2022", as_written="the fifth-largest U.S. bilateral goods deficit after those with China, Mexico, Vietnam, and Canada"),
        "trade.japan_fdi_stock_in_us": F(775000000000, period="2022", as_written="Japan's $775.0 billion stock of direct investment in the United States at the close of 2022"),
        "trade.us_fdi_stock_in_japan": F(126200000000, period="2022", as_written="The U.S. stock in Japan was a comparatively modest $126.2 billion", note="year carried from the previous sentence"),
        "trade.fdi_source_rank": F(1, period="2022", as_written="put it first among foreign investors for the fourth year in a row"),
        "trade.treasury_holder_rank": F(1, period="2023-06", as_written="Japanese holders accounted for $1.1 trillion, the largest national share"),
        "agreements.usjta_signed": D("2019-10-07", as_written="Their representatives signed both texts at the White House on October 7 that year"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="and both took effect on January 1 of the following year"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="and both took effect on January 1 of the following year"),
        "agreements.critical_minerals_signed": D("2023-03", as_written="a critical minerals agreement (CMA) signed last March", note="relative month: March 2023 from the text's date"),
    },
    "elections": {},
    "events": {
        "first_negotiating_round": EV("Formal U.S.-Japan negotiations opened in Washington", "2019-04", "held"),
        "abe_assassination": EV("Abe Shinzo assassinated", "2022-07"),
        "section232_autos_proclamation": EV("Section 232 autos proclamation (no tariffs imposed)", "2019-05-17", "held"),
        "stage_one_deal_finalized": EV("Stage one finalized in New York", "2019-09-25", "held"),
    },
    "notes": "Traps: 'Nearly four years after'; 'a 14-member initiative'; 'met most recently on August 18 at Camp David' and 'South Korean President Yoon Suk Yeol' (another country's leader); 'having been fourth as recently as 2019' (past rank); Table 1's 2021 column (74.6, 135.1, 37.6, 32.7, 112.2, 167.8: past year) and the group rows 'Goods' / 'Services' / 'Goods and services' that each repeat the row labels 'U.S. exports' / 'U.S. imports'; 'widened by about $7 billion' (a change); 'China, Mexico, Vietnam, and Canada' and 'It had been fourth in 2021' (carried subject; past deficit rank); Figure 1 (deficit 2018-2022, $ billions, ticks 0-80, no value labels); 'for the fourth year in a row' (a count, not the rank); 'with the United Kingdom next'; 'Of the roughly $7.6 trillion in U.S. Treasury securities held abroad' and 'China's, in second place, came to about $835 billion' (another country's rank); 'a September 2018 joint statement' (not tariff_talks_announced) and 'President Donald Trump and Prime Minister Abe Shinzo' (former leaders); 'Abe, Japan's longest-serving prime minister'; 'Trade Expansion Act of 1962'; 'about $7 billion of U.S. food and agricultural products'; '38.5% before the agreement' and 'to 9% by FY2033'; 'its 2.5% duty on Japanese passenger cars'; 'within four months of entry into force'; 'In February 2022' and 'the 25% Section 232 tariff on Japanese steel', 'since April 1, 2022, about 1.25 million metric tons', 'the 10% tariff on aluminum'; 'clean vehicle tax credit of up to $7,500'; 'in May 2023' (IPEF supply chain) and 'in San Francisco in November'; 'signed the United Kingdom's accession on July 16, 2023' and 'in force since February 2019' (other agreements); '23 types of advanced chipmaking equipment'; PDF ligatures and curly quotes; interleaved columns",
}
