from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "RC2-IF11120-2023-09", "fresh38", "IF11120", 14
TITLE = "U.S.-Japan Trade Agreements and Negotiations"
LAYOUTS = ["md", "pdf"]
PDF_OPTS = ["quotes", "nbsp", "lig"]
CHART = {"unit": "$ billions", "ymax": 160, "ticks": [0, 40, 80, 120, 160],
         "series": ["Goods exports to Japan", "Goods imports from Japan"],
         "bars": {"2018": (75.0, 142.6), "2019": (74.4, 143.5), "2020": (64.1, 119.5), "2021": (74.6, 135.1), "2022": (80.2, 148.1)}}

MD = """
U.S.-Japan Trade Agreements and Negotiations

Updated September 14, 2023

## Overview

Japan, the world's third-largest economy and a U.S. treaty ally, remains one of the most important economic partners of the United States. Two limited agreements, in effect since the first day of 2020, cover part of the bilateral trade relationship; since this spring, a narrow pact on critical minerals has been added. The Biden Administration has not sought to build on the 2019 deals with a comprehensive free trade agreement (FTA). It has instead engaged Tokyo through the Indo-Pacific Economic Framework for Prosperity (IPEF), export-control coordination, and a ministerial "Economic 2+2" dialogue. Some Members of Congress have urged broader market-access talks, noting that Japan's agreements with the European Union and with the other members of the Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP) give those partners preferences that U.S. exporters lack.

President Joe Biden and Prime Minister Kishida Fumio, who reshuffled his cabinet on September 13, have stressed economic security, including supply chains for semiconductors and batteries.

## Trade and Investment Flows

Counting goods and services together, Japan was the fourth-largest U.S. trading partner in 2022, with two-way trade of about $300 billion. That year the United States sold Japan $120.1 billion of goods and services, of which goods made up $80.2 billion and services $39.9 billion. Purchases from Japan came to $180.3 billion. Goods and services accounted for $148.1 billion and $32.2 billion of that total, respectively.

**Figure 1. U.S. Goods Trade with Japan, 2018-2022**

Source: U.S. Census Bureau.

The U.S. goods trade deficit with Japan amounted to $67.9 billion in 2022. Only the deficits with China, Mexico, Vietnam, and Canada were larger; a year earlier, Japan had ranked fourth. Motor vehicles and parts make up roughly a third of U.S. goods imports from Japan.

Investment ties run deeper than trade. Since 2019, Japan has been the top source of foreign direct investment (FDI) in the United States. Its FDI stock here reached $775.0 billion at the end of 2022 on a historical-cost basis. U.S. firms' FDI position in Japan, at somewhat more than $125 billion that year, is about one-sixth as large. Japan also holds more U.S. Treasury securities than any other country, roughly $1.1 trillion as of June; China, formerly the largest holder, had some $835 billion.

## The 2019 Agreements

Formal talks opened in April 2019, some seven months after President Trump and then-Prime Minister Abe Shinzo agreed in a September 2018 joint statement to negotiate. In a May 2019 proclamation, Trump found that auto imports threatened U.S. national security, but he did not impose the tariffs of up to 25% that had been discussed. The leaders confirmed a "stage one" deal on September 25, 2019, in New York, and the two governments signed the texts in Washington on October 7, 2019.

- U.S.-Japan Trade Agreement (USJTA): Japan cut or removed tariffs on roughly $7 billion of U.S. farm products; the United States cut tariffs on about $40 million of Japanese agricultural goods and some industrial goods.
- U.S.-Japan Digital Trade Agreement (DTA): bars customs duties on electronic transmissions and restricts data localization requirements.

Each entered into force on January 1, 2020, without a vote in Congress. The 2019 joint statement anticipated further negotiations within four months of entry into force; they have not started.

## Critical Minerals

On March 28, 2023, the United States and Japan signed a Critical Minerals Agreement (CMA), which took effect upon signature. It commits the two to refrain from export duties on lithium, cobalt, nickel, and other minerals used in electric vehicle batteries. The Treasury Department treats Japan as an FTA partner for the critical minerals requirement of the clean vehicle tax credit (up to $7,500 per vehicle). Some Members argue that an agreement with this effect should have been submitted to Congress.

Table 1. U.S.-Japan Agreements Since 2019

| Agreement | Signed | In force |
| --- | --- | --- |
| USJTA | Oct. 7, 2019 | Jan. 1, 2020 |
| DTA | Oct. 7, 2019 | Jan. 1, 2020 |
| CMA | Mar. 28, 2023 | Mar. 28, 2023 |

Source: USTR.

## Other Issues

Steel and aluminum. Section 232 tariffs of 25% on steel and 10% on aluminum, imposed in 2018, were replaced for Japanese steel from April 2022 by a tariff-rate quota: some 1.25 million metric tons may now enter duty-free each year.

IPEF. Japan is one of the framework's 14 participants, which announced in May 2023 that they had substantially concluded a supply chain agreement.

Seafood. After Japan began releasing treated water from the Fukushima Daiichi nuclear plant on August 24, China suspended all imports of Japanese seafood. Japan has asked the United States to buy more of it.

## Issues for Congress

Whether to seek a broader agreement is the central question. Japanese tariffs on U.S. beef, pork, and wheat now match those on CPTPP members' goods, but U.S. exporters of rice, dairy products, and many processed foods still face higher duties than competitors from Australia, Canada, or the EU. The CPTPP grew in July 2023, when its 11 members signed an accession protocol with the United Kingdom; the United States withdrew from the original Trans-Pacific Partnership in January 2017. Members may also weigh whether future sectoral agreements, like the CMA, should require congressional approval, and how IPEF's trade pillar, still under negotiation, would treat Japan. Japanese officials, for their part, have voiced concern about U.S. subsidy programs that favor domestic production, and Japan's automakers continue to press for assurances that their U.S. plants will qualify for federal incentives.

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Mark E. Manyin**, Specialist in Asian Affairs
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Biden", "Joe", "President Joe Biden"),
        "leaders.japan_prime_minister": P("Kishida", "Fumio", "Prime Minister Kishida Fumio", note="family name first"),
        "trade.overall_partner_rank": F(4, period="2022", as_written="Counting goods and services together, Japan was the fourth-largest U.S. trading partner in 2022"),
        "trade.us_exports_to_japan": F(120100000000, period="2022", as_written="That year the United States sold Japan $120.1 billion of goods and services"),
        "trade.us_goods_exports_to_japan": F(80200000000, period="2022", as_written="of which goods made up $80.2 billion"),
        "trade.us_services_exports_to_japan": F(39900000000, period="2022", as_written="and services $39.9 billion"),
        "trade.us_imports_from_japan": F(180300000000, period="2022", as_written="Purchases from Japan came to $180.3 billion", note="year carried"),
        "trade.us_goods_imports_from_japan": F(148100000000, period="2022", as_written="Goods and services accounted for $148.1 billion and $32.2 billion of that total, respectively"),
        "trade.us_services_imports_from_japan": F(32200000000, period="2022", as_written="Goods and services accounted for $148.1 billion and $32.2 billion of that total, respectively"),
        "trade.goods_deficit": F(67900000000, period="2022", as_written="The U.S. goods trade deficit with Japan amounted to $67.9 billion in 2022"),
        "trade.goods_deficit_rank": F(5, period="2022", as_written="Only the deficits with China, Mexico, Vietnam, and Canada were larger", note="by exclusion of four"),
        "trade.fdi_source_rank": F(1, as_written="Since 2019, Japan has been the top source of foreign direct investment (FDI) in the United States", note="no period: a span"),
        "trade.japan_fdi_stock_in_us": F(775000000000, period="2022", as_written="Its FDI stock here reached $775.0 billion at the end of 2022"),
        "trade.us_fdi_stock_in_japan": F(125000000000, "over", period="2022", as_written="U.S. firms' FDI position in Japan, at somewhat more than $125 billion that year"),
        "trade.treasury_holder_rank": F(1, period="2023-06", as_written="Japan also holds more U.S. Treasury securities than any other country, roughly $1.1 trillion as of June", note="year from the cover"),
        "agreements.usjta_signed": D("2019-10-07", as_written="the two governments signed the texts in Washington on October 7, 2019", note="also Table 1"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="Each entered into force on January 1, 2020", note="'Each' = USJTA and DTA; also Table 1 and 'in effect since the first day of 2020'"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="Each entered into force on January 1, 2020"),
        "agreements.critical_minerals_signed": D("2023-03-28", as_written="On March 28, 2023, the United States and Japan signed a Critical Minerals Agreement (CMA)"),
    },
    "elections": {},
    "events": {
        "first_negotiating_round": EV("Formal U.S.-Japan trade talks open", "2019-04", "held"),
        "section232_autos_proclamation": EV("Section 232 autos proclamation", "2019-05", "held"),
        "stage_one_deal_finalized": EV("Leaders confirm the stage one deal", "2019-09-25", "held"),
    },
    "notes": "Traps: 'the world's third-largest economy' (not a trading-partner rank); 'since this spring, a narrow pact on critical minerals'; 'Economic 2+2'; 'Japan's agreements with the European Union and with the other members of the ... (CPTPP)'; 'who reshuffled his cabinet on September 13'; 'with two-way trade of about $300 billion' (total trade, no fact); Figure 1 (goods exports and imports 2018-2022, ticks 0-160, legend, no values); 'a year earlier, Japan had ranked fourth' (2021 deficit rank, beside the 2022 rank 5 by exclusion); 'Motor vehicles and parts make up roughly a third'; 'Since 2019' (a span, not a rank or a date); 'is about one-sixth as large' (a ratio); 'China, formerly the largest holder, had some $835 billion' (another holder); 'some seven months after President Trump and then-Prime Minister Abe Shinzo agreed in a September 2018 joint statement to negotiate' (former leaders; the statement is no tracked event); 'In a May 2019 proclamation, Trump found' (former president) and 'he did not impose the tariffs of up to 25% that had been discussed' (never imposed: no auto tariff fact); 'confirmed a \"stage one\" deal on September 25, 2019, in New York' (the event, not the signing); bullets 'roughly $7 billion of U.S. farm products' and 'about $40 million of Japanese agricultural goods'; 'within four months of entry into force'; 'took effect upon signature' and Table 1's CMA 'In force' cell; 'up to $7,500 per vehicle'; 'Section 232 tariffs of 25% on steel and 10% on aluminum, imposed in 2018' (product tariffs, not the tariff on most imports); 'from April 2022' and 'some 1.25 million metric tons'; 'one of the framework's 14 participants' and 'in May 2023'; 'on August 24, China suspended all imports of Japanese seafood'; 'when its 11 members signed an accession protocol with the United Kingdom' and 'withdrew from the original Trans-Pacific Partnership in January 2017'; PDF: curly quotes, NBSP before billion/million/percent, ligatures.",
}
