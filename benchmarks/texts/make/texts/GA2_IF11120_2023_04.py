from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "GA2-IF11120-2023-04", "fresh26", "IF11120", 17
TITLE = "U.S.-Japan Trade Agreements and Negotiations"
LAYOUTS = ["pdf", "layout"]
PDF_OPTS = ["quotes", "nbsp", "hyph"]
CHART = {"unit": "$ billions", "ymax": 160, "ticks": [0, 40, 80, 120, 160],
         "series": ["U.S. goods exports", "U.S. goods imports"],
         "bars": {"2018": (75.2, 143.6), "2019": (74.4, 143.6), "2020": (64.1, 119.5), "2021": (74.6, 135.1), "2022": (80.2, 148.1)}}

MD = """
U.S.-Japan Trade Agreements and Negotiations

Updated April 18, 2023

## Overview

Trade talks between the United States and Japan have moved from tariffs to supply chains. Signed in Washington on March 28 by U.S. Trade Representative Katherine Tai and Japan's ambassador, Tomita Koji, a U.S.-Japan Critical Minerals Agreement (CMA) commits both sides to keep export duties off lithium, cobalt, nickel, and other minerals used in electric vehicle (EV) batteries. The Biden Administration contends that the CMA lets Japan count as a "free trade agreement" partner for a clean vehicle tax credit of up to $7,500 created by the Inflation Reduction Act (IRA) of August 2022; some Members of Congress dispute that an agreement never submitted to Congress can serve that purpose.

Japanese Prime Minister Fumio Kishida, whose coalition strengthened its hold on the House of Councillors in the July 2022 election, will host President Biden and other Group of Seven (G7) leaders in Hiroshima next month. Economic security is expected to top the agenda.

## The 2019 Agreements

Formal negotiations opened in Washington four years ago this month, after the Trump Administration had notified Congress of its intent to negotiate under Trade Promotion Authority. Then-President Donald Trump had withdrawn the United States from the Trans-Pacific Partnership (TPP) in January 2017; Japan and the ten other remaining members went on to conclude the CPTPP. In a May 17, 2019, proclamation, Trump found that imports of autos and parts threatened U.S. national security, but he imposed no tariff, choosing instead to direct negotiations. Japan's negotiators had sought assurances against such duties throughout.

On September 25 of that year, meeting in New York, Trump and the late former Prime Minister Abe Shinzo announced that the "stage one" deal was final. Representatives of the two governments signed the U.S.-Japan Trade Agreement (USJTA) and a separate Digital Trade Agreement (DTA) in Washington on October 7, 2019. Neither needed a vote in Congress. Both agreements entered into force on the first day of 2020.

Under the USJTA, Japan reduced or eliminated tariffs on about $7.2 billion of U.S. agricultural imports, giving U.S. producers the access CPTPP members had gained; its 38.5% tariff on beef is to fall in stages to 9% by 2033. The United States cut tariffs on about $40 billion of Japanese industrial goods but kept its 2.5% duty on passenger cars. The two sides agreed to revise the beef safeguard in March 2022. The joint statement of 2019 foresaw a second stage of talks, which has not begun.

## Trade and Investment Ties

Two-way trade in goods and services came to roughly $300 billion in 2022, and by that measure Japan stood fifth among U.S. trading partners. U.S. exports to Japan and imports from Japan were $120.1 billion and $180.3 billion, respectively. Services made up $32.2 billion of the import total, goods the rest ($148.1 billion).

Table 1. U.S. Trade with Japan, 2021-2022 ($ billions)

| Flow | 2021 | 2022 |
| --- | --- | --- |
| Exports: goods | 74.6 | 80.2 |
| Exports: services | 37.6 | 39.9 |
| Imports: goods | 135.1 | 148.1 |
| Imports: services | 32.7 | 32.2 |

Source: Bureau of Economic Analysis; goods on a Census basis.

At $67.9 billion, the bilateral goods deficit was the sixth-largest the United States ran with any partner in 2022, a slide from fourth place in 2019. A weak yen, which touched a 32-year low against the dollar in October, has made Japanese exports cheaper.

**Figure 1. U.S. Goods Trade with Japan, 2018-2022**

Source: CRS, with U.S. Census Bureau data.

Investment ties are deeper still. For a third year in a row, no country had a larger stock of direct investment in the United States than Japan, whose position reached $721.1 billion at the end of 2021, ahead of the United Kingdom's. U.S. firms' investment in Japan came to nearly $130 billion that year. Japan, which held $1.08 trillion of U.S. Treasury securities in February, also remains the biggest foreign creditor of the U.S. government; China, with $849 billion, is second.

## Steel, Aluminum, and Autos

Section 232 tariffs of 25% on steel and 10% on aluminum from Japan, in place since 2018, were replaced on April 1, 2022, by a tariff-rate quota (TRQ) that allows about 1.25 million metric tons of Japanese steel a year to enter duty-free. The auto tariffs threatened in 2019, which would have been as high as 25%, were never imposed.

## Economic Security Cooperation

Beyond the CMA, the two governments have drawn closer on export controls and chips. On March 31, Japan's trade ministry proposed licensing requirements for 23 types of semiconductor manufacturing equipment, a step widely read as aligning Japan with the export curbs Washington placed on China last October; the rules are to take effect in July. A bilateral Economic Policy Consultative Committee, the so-called economic "2+2" of foreign and commerce ministers, first met in July 2022. Japanese-owned affiliates employed close to one million U.S. workers in 2020, according to the Commerce Department, and several Japanese firms have announced new U.S. battery plants since the IRA took effect.

## Issues for Congress

- Whether the CMA, concluded without congressional approval, should qualify Japan's minerals for IRA tax credits.
- Whether to seek a second-stage agreement covering services, investment, and remaining tariffs.
- How the Indo-Pacific Economic Framework (IPEF), launched in Tokyo in May 2022 with 14 founding members, relates to bilateral talks.
- Whether to reconsider membership in the CPTPP, which the United Kingdom agreed to join on March 31.

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Mark E. Manyin**, Specialist in Asian Affairs
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Biden", "Joe", "will host President Biden", note="given name not written; also 'The Biden Administration'"),
        "leaders.japan_prime_minister": P("Kishida", "Fumio", "Japanese Prime Minister Fumio Kishida", note="given name first"),
        "agreements.critical_minerals_signed": D("2023-03-28", as_written="Signed in Washington on March 28 by U.S. Trade Representative Katherine Tai and Japan's ambassador, Tomita Koji, a U.S.-Japan Critical Minerals Agreement (CMA)", note="year from the cover date; fronted participle"),
        "agreements.usjta_signed": D("2019-10-07", as_written="signed the U.S.-Japan Trade Agreement (USJTA) and a separate Digital Trade Agreement (DTA) in Washington on October 7, 2019"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="Both agreements entered into force on the first day of 2020"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="Both agreements entered into force on the first day of 2020"),
        "trade.overall_partner_rank": F(5, period="2022", as_written="by that measure Japan stood fifth among U.S. trading partners"),
        "trade.us_exports_to_japan": F(120100000000, period="2022", as_written="U.S. exports to Japan and imports from Japan were $120.1 billion and $180.3 billion, respectively"),
        "trade.us_imports_from_japan": F(180300000000, period="2022", as_written="U.S. exports to Japan and imports from Japan were $120.1 billion and $180.3 billion, respectively"),
        "trade.us_services_imports_from_japan": F(32200000000, period="2022", as_written="Services made up $32.2 billion of the import total"),
        "trade.us_goods_imports_from_japan": F(148100000000, period="2022", as_written="goods the rest ($148.1 billion)", note="also Table 1"),
        "trade.us_goods_exports_to_japan": F(80200000000, period="2022", as_written="Table 1: Exports: goods | 74.6 | 80.2", note="only in Table 1, 2022 column"),
        "trade.us_services_exports_to_japan": F(39900000000, period="2022", as_written="Table 1: Exports: services | 37.6 | 39.9", note="only in Table 1, 2022 column"),
        "trade.goods_deficit": F(67900000000, period="2022", as_written="At $67.9 billion, the bilateral goods deficit"),
        "trade.goods_deficit_rank": F(6, period="2022", as_written="was the sixth-largest the United States ran with any partner in 2022", note="2019's fourth a trap"),
        "trade.fdi_source_rank": F(1, period="2021", as_written="no country had a larger stock of direct investment in the United States than Japan"),
        "trade.japan_fdi_stock_in_us": F(721100000000, period="2021", as_written="whose position reached $721.1 billion at the end of 2021"),
        "trade.us_fdi_stock_in_japan": F(130000000000, "nearly", period="2021", as_written="U.S. firms' investment in Japan came to nearly $130 billion that year"),
        "trade.treasury_holder_rank": F(1, period="2023-02", as_written="Japan, which held $1.08 trillion of U.S. Treasury securities in February, also remains the biggest foreign creditor of the U.S. government"),
    },
    "elections": {
        "upper_house_2022": E("Upper House", "2022-07", "held", result="coalition strengthened its hold"),
    },
    "events": {
        "first_negotiating_round": EV("First round of U.S.-Japan trade negotiations, Washington", "2019-04", "held"),
        "section232_autos_proclamation": EV("Section 232 autos proclamation: threat found, no tariff imposed", "2019-05-17", "held"),
        "stage_one_deal_finalized": EV("Stage one deal announced as final in New York", "2019-09-25", "held"),
    },
    "notes": "Traps: 'lithium, cobalt, nickel'; 'a clean vehicle tax credit of up to $7,500 created by the Inflation Reduction Act (IRA) of August 2022'; 'will host President Biden and other Group of Seven (G7) leaders in Hiroshima next month' (planned summit); 'Formal negotiations opened in Washington four years ago this month' (first round 2019-04, relative to the cover); 'Then-President Donald Trump' (former president, not the current one) and 'withdrawn ... from the Trans-Pacific Partnership (TPP) in January 2017'; 'Japan and the ten other remaining members'; 'In a May 17, 2019, proclamation, Trump found ... but he imposed no tariff' (no autos tariff fact); 'On September 25 of that year, meeting in New York' (stage one, year carried from the proclamation sentence) and 'the late former Prime Minister Abe Shinzo' (former PM; no assassination date given); 'about $7.2 billion of U.S. agricultural imports'; 'its 38.5% tariff on beef is to fall in stages to 9% by 2033'; 'about $40 billion of Japanese industrial goods'; 'its 2.5% duty on passenger cars' (no tariff fact); 'revise the beef safeguard in March 2022'; 'The joint statement of 2019 foresaw a second stage'; 'roughly $300 billion in 2022' (total trade, no catalogue fact); Table 1's 2021 column (74.6, 37.6, 135.1, 32.7); 'a slide from fourth place in 2019' (past deficit rank); 'a 32-year low against the dollar in October' (no IF11120 fact); Figure 1 (goods trade 2018-2022, $ billions, ticks 0-160, no value labels); 'For a third year in a row' (a count of years, not the rank); 'ahead of the United Kingdom's'; '$1.08 trillion' (holdings) and 'China, with $849 billion, is second' (another country's rank); 'Section 232 tariffs of 25% on steel and 10% on aluminum from Japan, in place since 2018' and 'replaced on April 1, 2022, by a tariff-rate quota (TRQ) that allows about 1.25 million metric tons' (steel, not autos, and past); 'The auto tariffs threatened in 2019, which would have been as high as 25%, were never imposed' (threatened); 'On March 31, Japan's trade ministry proposed licensing requirements for 23 types of semiconductor manufacturing equipment' and 'the export curbs Washington placed on China last October' and 'to take effect in July'; 'the so-called economic \"2+2\" ... first met in July 2022'; 'employed close to one million U.S. workers in 2020' (jobs, not investment); Issues bullets 'launched in Tokyo in May 2022 with 14 founding members' (IPEF) and 'which the United Kingdom agreed to join on March 31' (CPTPP). PDF: curly quotes, NBSP, hyphenated line ends; layout: pdftotext -layout runs the two columns side by side, the table, figure and bullet list among them.",
}
