from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "Q2-IF11120-2024-01", "fresh3", "IF11120", 12
TITLE = "U.S.-Japan Trade Agreements and Negotiations"
LAYOUTS = ["md", "pdf", "interleaved"]
PDF_OPTS = ["lig", "quotes", "nbsp", "hyph"]
CHART = {"unit": "$ billions", "ymax": 200, "ticks": [0, 50, 100, 150, 200],
         "series": ["U.S. exports", "U.S. imports"],
         "bars": {"2018": (120.6, 178.9), "2019": (122.6, 179.4), "2020": (99.8, 150.6), "2021": (114.6, 170.2), "2022": (120.1, 180.3)}}

MD = """
U.S.-Japan Trade Agreements and Negotiations

Updated January 23, 2024

## Overview

Instead of a comprehensive free trade agreement, the U.S.-Japan economic relationship now rests on a handful of narrower accords concluded under two Administrations. The Biden Administration has not sought to build on the "stage one" agreements its predecessor negotiated. It has focused instead on the Indo-Pacific Economic Framework for Prosperity (IPEF), on supply chains, and on coordinating export controls. Prime Minister Fumio Kishida's government supports IPEF but continues to urge the United States to return to the Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP), an option the Administration has ruled out. Former President Donald Trump, now seeking the Republican nomination, has proposed a 10% tariff on all U.S. imports if he returns to office.

## Agreements in Force

- The U.S.-Japan Trade Agreement (USJTA) was signed in October 2019, together with a companion digital trade agreement, and entered into force on January 1, 2020. Japan cut or eliminated tariffs on most U.S. farm exports; the United States lowered its tariffs on 241 categories of industrial goods.
- The U.S.-Japan Digital Trade Agreement took effect the same day. It bars customs duties on digital products and protects cross-border data flows.
- The U.S.-Japan Critical Minerals Agreement (CMA), signed on March 28, 2023, allows certain minerals extracted or processed in Japan to count toward the clean vehicle tax credit under the Inflation Reduction Act. Some Members object that it was never submitted to Congress.
- Since April 1, 2022, a tariff-rate quota has let up to 1.25 million metric tons of Japanese steel a year enter free of the 25% Section 232 tariff, which still applies to shipments above the quota; aluminum from Japan still pays 10%.

Under the USJTA's staging, Japan's tariff on U.S. beef will fall to 21.6% in April 2024, from 38.5% before the agreement.

## IPEF and Other Initiatives

Japan is one of IPEF's 14 members, which launched the framework in Tokyo in May 2022. At the November 2023 ministerial in San Francisco, members signed the supply chain agreement and substantially concluded the clean economy and fair economy negotiations, but the trade pillar, which the Administration had set aside, produced no text. The two governments also consult through an economic "2+2" dialogue of foreign and commerce ministers, first held in July 2022.

## Nippon Steel and U.S. Steel

On December 18, 2023, Nippon Steel announced that it had agreed to buy U.S. Steel for $14.1 billion, or $14.9 billion including debt. The deal is under review by the Committee on Foreign Investment in the United States (CFIUS). Some Members of Congress and the United Steelworkers union have called on the Administration to block it, while others warn that doing so would signal that Japanese capital is unwelcome.

## Trade and Investment

Measured by total trade in goods and services, Japan held the No. 5 spot among U.S. trade partners in 2022; in 2019 it had been fourth (**Figure 1**).

**Figure 1. U.S. Trade with Japan, 2018-2022**

Source: CRS, with Bureau of Economic Analysis (BEA) data; goods and services.

The United States exported $120.1 billion of goods and services to Japan in 2022. Goods made up about two-thirds of that total, $80.2 billion; the other $39.9 billion was services. Imports from Japan were larger, at $180.3 billion: $148.1 billion of goods were shipped from Japan, while services imports were valued at $32.2 billion.

Japan's surplus in goods trade with the United States (that is, the U.S. goods deficit with Japan) came to $67.9 billion in 2022, a figure exceeded by the surpluses of only five other economies. As recently as 2021, the deficit had been the fourth-largest. Monthly Census data through November 2023 show goods exports to Japan of $70.2 billion and a goods deficit of $65.4 billion for the first eleven months of the year.

Japan ranks as the No. 1 source of foreign direct investment (FDI) in the United States. Its FDI stock here was $775.0 billion at the end of 2022, ahead of Canada's and Germany's. U.S. firms, for their part, had approximately $128 billion invested directly in Japan. Japan also heads the list of foreign holders of U.S. Treasury securities, with about $1.1 trillion in November 2023; China, with some $770 billion, is second.

## Outlook

Two elections could reshape the agenda. Kishida's term as president of the Liberal Democratic Party (LDP) runs out in September 2024, when the party must choose a leader; his cabinet's approval has fallen below 30% amid a political funding scandal. In the United States, the November 2024 presidential election may decide whether the stage one agreements are built upon or supplanted by new tariffs. Congress may weigh in on CFIUS's review of the Nippon Steel bid, on whether future executive agreements such as the CMA should require congressional approval, and on U.S. interest in the CPTPP, which the United Kingdom agreed to join in July 2023.

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Kyla H. Kitamura**, Analyst in Asian Affairs
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Biden", "Joe", "The Biden Administration", note="named only through 'the Biden Administration'"),
        "leaders.japan_prime_minister": P("Kishida", "Fumio", "Prime Minister Fumio Kishida"),
        "trade.overall_partner_rank": F(5, period="2022", as_written="Measured by total trade in goods and services, Japan held the No. 5 spot among U.S. trade partners in 2022"),
        "trade.us_exports_to_japan": F(120100000000, period="2022", as_written="The United States exported $120.1 billion of goods and services to Japan in 2022"),
        "trade.us_goods_exports_to_japan": F(80200000000, period="2022", as_written="Goods made up about two-thirds of that total, $80.2 billion", note="'about' hedges the share, not the amount"),
        "trade.us_services_exports_to_japan": F(39900000000, period="2022", as_written="the other $39.9 billion was services"),
        "trade.us_imports_from_japan": F(180300000000, period="2022", as_written="Imports from Japan were larger, at $180.3 billion"),
        "trade.us_goods_imports_from_japan": F(148100000000, period="2022", as_written="$148.1 billion of goods were shipped from Japan"),
        "trade.us_services_imports_from_japan": F(32200000000, period="2022", as_written="services imports were valued at $32.2 billion"),
        "trade.goods_deficit": F(67900000000, period="2022", as_written="Japan's surplus in goods trade with the United States (that is, the U.S. goods deficit with Japan) came to $67.9 billion in 2022"),
        "trade.goods_deficit_rank": F(6, period="2022", as_written="a figure exceeded by the surpluses of only five other economies"),
        "trade.fdi_source_rank": F(1, as_written="Japan ranks as the No. 1 source of foreign direct investment (FDI) in the United States"),
        "trade.japan_fdi_stock_in_us": F(775000000000, period="2022", as_written="Its FDI stock here was $775.0 billion at the end of 2022"),
        "trade.us_fdi_stock_in_japan": F(128000000000, "about", period="2022", as_written="U.S. firms, for their part, had approximately $128 billion invested directly in Japan", note="year carried over from the previous sentence"),
        "trade.treasury_holder_rank": F(1, as_written="Japan also heads the list of foreign holders of U.S. Treasury securities"),
        "agreements.usjta_signed": D("2019-10", as_written="was signed in October 2019, together with a companion digital trade agreement"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="entered into force on January 1, 2020"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="The U.S.-Japan Digital Trade Agreement took effect the same day", note="date carried over from the previous bullet"),
        "agreements.critical_minerals_signed": D("2023-03-28", as_written="The U.S.-Japan Critical Minerals Agreement (CMA), signed on March 28, 2023"),
    },
    "elections": {
        "ldp_president_2024": E("LDP president", "2024-09", "upcoming", note="Kishida's term as president of the Liberal Democratic Party (LDP) runs out in September 2024, when the party must choose a leader"),
    },
    "events": {},
    "notes": "Traps: 'Former President Donald Trump, now seeking the Republican nomination' (not president); 'has proposed a 10% tariff on all U.S. imports if he returns to office' (proposed, not applied: no tariff on most imports stated); 'the United States lowered its tariffs on 241 categories'; 'free of the 25% Section 232 tariff' and 'aluminum from Japan still pays 10%' (steel/aluminum, not autos or most imports); 'Since April 1, 2022, a tariff-rate quota' and '1.25 million metric tons'; 'Japan's tariff on U.S. beef will fall to 21.6% in April 2024, from 38.5%' (Japanese tariffs); 'one of IPEF's 14 members, which launched the framework in Tokyo in May 2022' (IPEF launch, no listed slug); 'At the November 2023 ministerial in San Francisco, members signed the supply chain agreement' (another agreement's signing); 'first held in July 2022'; 'On December 18, 2023, Nippon Steel announced ... $14.1 billion, or $14.9 billion including debt' (not FDI stock); 'in 2019 it had been fourth' (earlier partner rank); 'Figure 1 ... 2018-2022' with (PDF/interleaved) year labels, ticks 0-200 and legend, no values; 'Goods made up about two-thirds of that total' (share); 'As recently as 2021, the deficit had been the fourth-largest' (earlier deficit rank); 'Monthly Census data through November 2023 show goods exports to Japan of $70.2 billion and a goods deficit of $65.4 billion for the first eleven months' (partial-year figures); 'ahead of Canada's and Germany's'; 'with about $1.1 trillion in November 2023; China, with some $770 billion, is second' (China's rank); 'his cabinet's approval has fallen below 30%'; 'the November 2024 presidential election' (U.S. election, no slug); 'which the United Kingdom agreed to join in July 2023' (another country's accession)",
}
