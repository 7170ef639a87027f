from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "G2-IF11120-2023-04", "tune5", "IF11120", 14
TITLE = "U.S.-Japan Trade Agreements and Negotiations"
LAYOUTS = ["md", "pdf", "interleaved"]
PDF_OPTS = ["lig", "hyph"]
CHART = {"unit": "$ billions", "ymax": 160, "ticks": [0, 40, 80, 120, 160],
         "series": ["U.S. goods exports to Japan", "U.S. goods imports from Japan"],
         "bars": {"2018": (75.0, 142.6), "2019": (74.7, 143.6), "2020": (64.1, 119.5), "2021": (74.6, 135.1), "2022": (80.2, 148.1)}}

MD = """
U.S.-Japan Trade Agreements and Negotiations

Updated April 11, 2023

## Overview

A third executive agreement now sits alongside the two that the Trump Administration concluded with Japan. The newcomer, the U.S.-Japan Agreement on Strengthening Critical Minerals Supply Chains (CMA), was signed in Washington on March 28, 2023, by U.S. Trade Representative Katherine Tai and Japan's ambassador, Tomita Koji. Its predecessors, the U.S.-Japan Trade Agreement (USJTA) and the U.S.-Japan Digital Trade Agreement (DTA), were both signed in October 2019 and have applied since New Year's Day 2020.

The Biden Administration has shown little interest in reopening tariff negotiations with Tokyo. It has instead worked with Japan through the Indo-Pacific Economic Framework for Prosperity (IPEF), launched in Tokyo on May 23, 2022, with 14 founding participants, and through an Economic "2+2" dialogue of the two countries' foreign and commerce ministers. President Joe Biden and Prime Minister Kishida Fumio last met at the White House on January 13, 2023; Kishida will host Biden and the other Group of Seven (G7) leaders in Hiroshima on May 19-21.

## The Critical Minerals Agreement

The CMA is short. In it, each party undertakes

- not to impose export duties on cobalt, graphite, lithium, manganese, and nickel shipped to the other;
- to exchange information on how it screens foreign investment in the minerals sector and to confer on non-market policies of third countries;
- to promote labor rights and environmental protection in the extraction and processing of the minerals;
- to consult on recycling and other ways of recovering minerals from batteries.

What gives the text weight is the Inflation Reduction Act (IRA; P.L. 117-169), enacted August 16, 2022. The IRA's clean vehicle tax credit is worth as much as $7,500 per vehicle, and half of it, $3,750, depends on where the battery's critical minerals come from: in 2023, at least 40% of their value must be extracted or processed in the United States or in a country with which the United States has "a free trade agreement in effect," or recycled in North America, and the share climbs to 80% after 2026. Japan has no comprehensive free trade agreement with the United States. Proposed guidance that the Treasury Department released on March 31, 2023, would nevertheless count partners to a critical minerals agreement, Japan included, as FTA countries for the credit. Several Members of Congress have argued that an agreement signed without congressional approval cannot meet the statutory test, and the European Union, which opened talks on a similar accord in March, is watching the outcome.

## Earlier Agreements

The USJTA's concessions run mostly one way on agriculture. Japan lowered tariffs on about $7 billion of U.S. farm products; its beef tariff, for example, has been falling from 38.5% and is to reach 9% by FY2033. The United States cut tariffs on some $40 billion of Japanese goods, mainly industrial, but left out automobiles, whose 2.5% U.S. tariff still applies. The DTA sets rules on cross-border data flows, data localization, and duties on digital products.

The second stage the two governments envisioned in their September 25, 2019, joint statement, with consultations to wrap up within four months after entry into force, never began. On steel, a separate arrangement has applied since April 1, 2022: a tariff-rate quota lets roughly 1.25 million metric tons of Japanese steel a year enter free of the 25% Section 232 duty. Aluminum from Japan still pays 10%.

## Bilateral Trade and Investment

Fifth among U.S. trading partners in 2022, Japan bought about one hundred twenty billion dollars of U.S. goods and services that year. Merchandise, such as liquefied natural gas, aircraft, medicines, and corn, accounted for $80.2 billion of that total, and services, chiefly travel, royalties, and financial services, for $39.9 billion.

**Figure 1. U.S. Goods Trade with Japan, 2018-2022**

Source: CRS, with U.S. Census Bureau data.

U.S. purchases from Japan were larger under both headings:

- goods, $148.1 billion, of which motor vehicles and parts made up some $55 billion;
- services, $32.2 billion;
- all told, $180.3 billion.

The goods deficit widened to $67.9 billion, from about $60 billion in 2021, yet it slid down the league table of U.S. bilateral merchandise deficits: Japan's was the sixth-largest. Vietnam's and Canada's surpluses with the United States grew faster.

No foreign country has a larger direct investment stake in the U.S. economy than Japan, whose companies held $721.0 billion at the end of 2021. U.S. firms' position in Japan was in the neighborhood of $122 billion the same year, about one-sixth as large. Japan is also the foremost foreign holder of U.S. Treasury securities: some $1.10 trillion in January 2023, against China's $859 billion.

## Outlook

Japanese politics have been stable since the July 10, 2022, Upper House election, in which the Liberal Democratic Party (LDP) and its partner Komeito added to their majority. That vote came two days after former Prime Minister Abe Shinzo was fatally shot while campaigning in Nara on July 8, 2022. Kishida's term as LDP president runs to September 2024, and no general election is required before October 2025.

Other developments may shape the trade agenda. On March 31, 2023, Japan announced that it would require licenses for exports of 23 types of semiconductor manufacturing equipment. The same day, the United Kingdom concluded negotiations to join the Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP), the 11-member pact that Japan helped to salvage after the United States left the original TPP in 2017.

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Biden", "Joe", "President Joe Biden", note="also 'The Biden Administration'"),
        "leaders.japan_prime_minister": P("Kishida", "Fumio", "Prime Minister Kishida Fumio", note="family name first"),
        "agreements.critical_minerals_signed": D("2023-03-28", as_written="The newcomer, the U.S.-Japan Agreement on Strengthening Critical Minerals Supply Chains (CMA), was signed in Washington on March 28, 2023"),
        "agreements.usjta_signed": D("2019-10", as_written="the U.S.-Japan Trade Agreement (USJTA) and the U.S.-Japan Digital Trade Agreement (DTA), were both signed in October 2019"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="and have applied since New Year's Day 2020", note="New Year's Day = January 1"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="and have applied since New Year's Day 2020", note="'both' covers the USJTA and the DTA"),
        "trade.overall_partner_rank": F(5, period="2022", as_written="Fifth among U.S. trading partners in 2022, Japan bought about one hundred twenty billion dollars"),
        "trade.us_exports_to_japan": F(120000000000, "about", period="2022", as_written="Japan bought about one hundred twenty billion dollars of U.S. goods and services that year", note="number in words; subject Japan buying = U.S. exports"),
        "trade.us_goods_exports_to_japan": F(80200000000, period="2022", as_written="Merchandise, such as liquefied natural gas, aircraft, medicines, and corn, accounted for $80.2 billion of that total"),
        "trade.us_services_exports_to_japan": F(39900000000, period="2022", as_written="and services, chiefly travel, royalties, and financial services, for $39.9 billion"),
        "trade.us_imports_from_japan": F(180300000000, period="2022", as_written="U.S. purchases from Japan were larger under both headings: ... all told, $180.3 billion", note="bullet list; year carried"),
        "trade.us_goods_imports_from_japan": F(148100000000, period="2022", as_written="goods, $148.1 billion"),
        "trade.us_services_imports_from_japan": F(32200000000, period="2022", as_written="services, $32.2 billion"),
        "trade.goods_deficit": F(67900000000, period="2022", as_written="The goods deficit widened to $67.9 billion"),
        "trade.goods_deficit_rank": F(6, period="2022", as_written="it slid down the league table of U.S. bilateral merchandise deficits: Japan's was the sixth-largest"),
        "trade.fdi_source_rank": F(1, period="2021", as_written="No foreign country has a larger direct investment stake in the U.S. economy than Japan"),
        "trade.japan_fdi_stock_in_us": F(721000000000, period="2021", as_written="whose companies held $721.0 billion at the end of 2021"),
        "trade.us_fdi_stock_in_japan": F(122000000000, "about", period="2021", as_written="U.S. firms' position in Japan was in the neighborhood of $122 billion the same year", note="'in the neighborhood of' = about"),
        "trade.treasury_holder_rank": F(1, as_written="Japan is also the foremost foreign holder of U.S. Treasury securities"),
    },
    "elections": {
        "upper_house_2022": E("Upper House", "2022-07-10", "held", result="LDP and Komeito added to their majority"),
    },
    "events": {
        "abe_assassination": EV("Former Prime Minister Abe Shinzo fatally shot while campaigning in Nara", "2022-07-08"),
    },
    "notes": "Traps: 'A third executive agreement' (count); 'launched in Tokyo on May 23, 2022, with 14 founding participants' (IPEF); 'last met at the White House on January 13, 2023' and 'in Hiroshima on May 19-21' (summits); CMA bullets (minerals, no facts); 'enacted August 16, 2022' (IRA), 'as much as $7,500 per vehicle', 'half of it, $3,750', 'at least 40% of their value', 'the share climbs to 80% after 2026'; 'Proposed guidance that the Treasury Department released on March 31, 2023' (not the CMA signing); 'the European Union, which opened talks on a similar accord in March'; 'Japan lowered tariffs on about $7 billion of U.S. farm products' and 'its beef tariff ... from 38.5% and is to reach 9% by FY2033' (Japanese tariffs); 'some $40 billion of Japanese goods' (tariff coverage, not imports); 'left out automobiles, whose 2.5% U.S. tariff still applies' (MFN, not Section 232); 'their September 25, 2019, joint statement' (stage one, not listed as an event here: the sentence dates the statement, not a finalization); 'within four months after entry into force'; 'has applied since April 1, 2022: a tariff-rate quota lets roughly 1.25 million metric tons' and 'the 25% Section 232 duty' (steel), 'Aluminum from Japan still pays 10%'; 'Merchandise, such as liquefied natural gas, aircraft, medicines, and corn' (no amounts); Figure 1 (PDF: year labels 2018-2022, ticks 0-160, legend, no values); bullet 'of which motor vehicles and parts made up some $55 billion' (subset of goods imports); 'from about $60 billion in 2021' (past deficit); 'Vietnam's and Canada's surpluses'; 'about one-sixth as large' (ratio); 'some $1.10 trillion in January 2023, against China's $859 billion' (amounts); 'former Prime Minister Abe Shinzo' (not the PM); 'no general election is required before October 2025' (Lower House deadline: no election listed, no catalogue fact); 'Kishida's term as LDP president runs to September 2024' (a term end alone, not an election, as extract-dev's D1); 'On March 31, 2023, Japan announced ... 23 types of semiconductor manufacturing equipment'; 'the United Kingdom concluded negotiations to join the ... (CPTPP), the 11-member pact', 'left the original TPP in 2017'. PDF: ligature characters (fi/fl), hyphenated line ends; interleaved: the two columns' lines alternate, with the bullet lists and the chart's axis labels among them.",
}
