from lib import F, D, P, E, EV

NAME, SET, BRIEF, VERSION = "L1-IF11120-2019-12", "fresh7", "IF11120", 9
TITLE = "U.S.-Japan Trade Agreement Negotiations"
LAYOUTS = ["html", "layout"]
PDF_OPTS = ["quotes"]
SIDEBAR = "Japan as Investor and Creditor"
CHART = {"unit": "$ billions", "ymax": 800, "ticks": [0, 200, 400, 600, 800],
         "series": ["Goods and services trade (exports plus imports)"],
         "bars": {"China": (737,), "Canada": (718,), "Mexico": (677,), "Japan": (301,), "Germany": (259,)}}

MD = """
U.S.-Japan Trade Agreement Negotiations

Updated December 12, 2019

## Overview

Two limited trade agreements between the United States and Japan are scheduled to take effect on January 1, 2020. The U.S.-Japan Trade Agreement (USJTA), which lowers or removes tariffs on a defined set of agricultural and industrial goods, and the U.S.-Japan Digital Trade Agreement (DTA), which sets rules for cross-border data flows and other digital commerce, were signed at the White House on October 7, 2019, by U.S. Trade Representative (USTR) Robert Lighthizer and Japan's ambassador to the United States, Shinsuke Sugiyama. President Donald J. Trump, who presided at the ceremony, described the agreements as a win for American farmers and ranchers. The Administration describes them as the first stage of a more comprehensive deal.

Congressional interest centers on two questions: whether the narrow scope of the first stage serves U.S. interests, and whether the Administration's decision to implement the USJTA without a vote in Congress is consistent with trade law. A separate concern, the possibility of U.S. tariffs on Japanese autos, hangs over the next phase of talks.

## How the Talks Reached This Point

Negotiations grew out of the U.S. withdrawal from the Trans-Pacific Partnership (TPP) in January 2017. Japan went on to conclude the 11-country Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP), in force since December 30, 2018, and the Japan-EU Economic Partnership Agreement, in force since February 1, 2019. Both pacts give Australian, Canadian, and European exporters lower Japanese tariffs than U.S. exporters pay, and U.S. agricultural groups pressed for a bilateral response.

In a joint statement of September 26, 2018, President Trump and Prime Minister Shinzo Abe agreed to open negotiations, and USTR notified Congress of its intent to negotiate on October 16, 2018. Formal talks began in April 2019, when Lighthizer and Toshimitsu Motegi, then Japan's minister for economic revitalization, held their first negotiating round in Washington. Progress was quick. The two leaders reached a deal in principle at the Group of Seven summit in Biarritz, France, on August 25. A month later, on September 25, 2019, they met in New York and declared in a joint statement that the first stage of the negotiations had been concluded.

## What the Agreements Cover

Japan's concessions are concentrated in agriculture. The USJTA eliminates or reduces Japanese tariffs on roughly seven billion dollars of U.S. food and farm exports, in most cases matching the treatment CPTPP members receive. U.S. concessions are narrower: the United States cuts or removes tariffs on 241 lines, mostly industrial goods such as machine tools, fasteners, and steam turbines, but leaves its tariffs on Japanese vehicles untouched. The DTA, covering about forty billion dollars' worth of digital trade, bars customs duties on electronic transmissions and restricts data-localization requirements.

Japan's beef tariff, 38.5% until now, drops to 26.6% on entry into force, the rate CPTPP suppliers pay, and falls in annual steps thereafter. Table 1 lists other examples.

Table 1. Selected Tariff Commitments Under the USJTA

| Product (importer) | Before | Final rate |
| --- | --- | --- |
| Beef (Japan) | 38.5% | 9% in 2033 |
| Pork cuts (Japan) | 4.3% | 0% in 2027 |
| Wine (Japan) | up to 15% | 0% in 2025 |
| Cars (U.S.) | 2.5% | unchanged |
| Light trucks (U.S.) | 25% | unchanged |

Source: CRS, from USTR fact sheets and the agreement text.

## Congress and Implementation

The Administration has not sent either agreement to Congress for approval. It is implementing the USJTA's tariff cuts under Section 103(a) of the Bipartisan Congressional Trade Priorities and Accountability Act of 2015, which lets the President proclaim limited tariff reductions after consulting the trade committees, and it treats the DTA, which requires no change in U.S. law, as an executive agreement. A presidential proclamation adjusting U.S. tariffs is expected before the end of the month. Several Members of the Senate Finance and House Ways and Means Committees have questioned whether Section 103(a) was meant for an agreement of this kind, and some have asked that any comprehensive second-stage agreement be submitted under Trade Promotion Authority (TPA), whose expedited procedures lapse on July 1, 2021.

Tokyo took a different route. The Diet approved both agreements on December 4, and the two governments have since confirmed the January 1 start date. In the July 21, 2019, election for the House of Councillors, Abe's Liberal Democratic Party (LDP) and its partner Komeito kept their majority, though they fell short of the two-thirds needed to initiate constitutional revision. His term as LDP president runs to September 2021.

Under the September joint statement, the two sides are to complete consultations within four months after entry into force, that is, by about May 2020, on the subjects a second stage would cover. Whether those talks would address services, investment, and Japan's auto market, as U.S. stakeholders want, or remain limited to tariffs, as Tokyo prefers, is unsettled.

## The Section 232 Auto Question

Japan's largest concern lies outside the agreements. On May 17, 2019, President Trump proclaimed that imports of automobiles and auto parts, particularly from Japan and the European Union, threaten to impair U.S. national security, concurring with a Commerce Department investigation under Section 232 of the Trade Expansion Act of 1962. He directed USTR to pursue agreements to address the threat and set a 180-day deadline. Commerce had considered duties as high as 25% on imported vehicles and parts, ten times the 2.5% duty now levied on Japanese cars. The deadline passed in mid-November with no presidential action.

The September joint statement commits both sides to "refrain from taking measures against the spirit" of the agreements, and Abe has told the Diet that President Trump assured him Japanese autos would not face Section 232 tariffs. The Administration has made no such public commitment. Separately, Japanese steel has been subject to a 25% Section 232 tariff, and Japanese aluminum to a 10% tariff, since March 2018; the first-stage agreements leave both in place.

## Economic Ties

Japan ranked fourth among U.S. trading partners in 2018, counting goods and services together (Figure 1). U.S. exports to Japan came to $121.1 billion that year. Merchandise, led by aircraft, liquefied natural gas, and farm products, made up $75.2 billion; services, chiefly travel, royalties, and financial services, accounted for the remaining $45.9 billion. Imports from Japan were larger, at nearly one hundred eighty billion dollars, of which goods were $143.6 billion and services $36.1 billion. Vehicles and parts alone made up some $56 billion of the goods.

The U.S. deficit in goods trade with Japan was $67.6 billion in 2018, marginally below the $68.8 billion recorded in 2017. Measured against other partners, that imbalance sat fourth, after China's, Mexico's, and Germany's. Census Bureau data for January through October 2019 put the goods deficit at roughly $57 billion, close to the pace of the year before.

## Japan as Investor and Creditor

**Figure 1. Top U.S. Trade Partners, 2018**

Source: CRS, with BEA data (goods and services).

- Direct investment in the United States: $484.4 billion at the end of 2018, the second-largest stock of any country; only British firms held more.
- U.S. direct investment in Japan: a little under $125 billion in 2018.
- Treasury securities: Japan moved back ahead of China in June 2019. Its holdings, about $1.17 trillion at the end of September, are now the largest of any foreign country; China's were about $1.10 trillion.

**Brock R. Williams**, Specialist in International Trade and Finance

**Cathleen D. Cimino-Isaacs**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Trump", "Donald", "President Donald J. Trump"),
        "leaders.japan_prime_minister": P("Abe", "Shinzo", "Prime Minister Shinzo Abe", note="given name first"),
        "agreements.usjta_signed": D("2019-10-07", as_written="The U.S.-Japan Trade Agreement (USJTA) ... and the U.S.-Japan Digital Trade Agreement (DTA) ... were signed at the White House on October 7, 2019"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="Two limited trade agreements between the United States and Japan are scheduled to take effect on January 1, 2020", note="expected, not yet in force (as extract-dev's D5); the two agreements are named only in the next sentence; restated as 'have since confirmed the January 1 start date'"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="Two limited trade agreements ... are scheduled to take effect on January 1, 2020", note="expected; covers both agreements named in the next sentence"),
        "trade.overall_partner_rank": F(4, period="2018", as_written="Japan ranked fourth among U.S. trading partners in 2018, counting goods and services together"),
        "trade.us_exports_to_japan": F(121100000000, period="2018", as_written="U.S. exports to Japan came to $121.1 billion that year", note="year carried from the sentence before"),
        "trade.us_goods_exports_to_japan": F(75200000000, period="2018", as_written="Merchandise, led by aircraft, liquefied natural gas, and farm products, made up $75.2 billion"),
        "trade.us_services_exports_to_japan": F(45900000000, period="2018", as_written="services, chiefly travel, royalties, and financial services, accounted for the remaining $45.9 billion"),
        "trade.us_imports_from_japan": F(180000000000, "nearly", period="2018", as_written="Imports from Japan were larger, at nearly one hundred eighty billion dollars", note="number in words"),
        "trade.us_goods_imports_from_japan": F(143600000000, period="2018", as_written="of which goods were $143.6 billion"),
        "trade.us_services_imports_from_japan": F(36100000000, period="2018", as_written="and services $36.1 billion"),
        "trade.goods_deficit": F(67600000000, period="2018", as_written="The U.S. deficit in goods trade with Japan was $67.6 billion in 2018"),
        "trade.goods_deficit_rank": F(4, period="2018", as_written="Measured against other partners, that imbalance sat fourth, after China's, Mexico's, and Germany's", note="subject 'that imbalance' carried from the sentence before"),
        "trade.fdi_source_rank": F(2, period="2018", as_written="the second-largest stock of any country; only British firms held more", note="sidebar bullet (HTML aside)"),
        "trade.japan_fdi_stock_in_us": F(484400000000, period="2018", as_written="Direct investment in the United States: $484.4 billion at the end of 2018"),
        "trade.us_fdi_stock_in_japan": F(125000000000, "under", period="2018", as_written="U.S. direct investment in Japan: a little under $125 billion in 2018"),
        "trade.treasury_holder_rank": F(1, as_written="Its holdings, about $1.17 trillion at the end of September, are now the largest of any foreign country", note="subject 'Its' (Japan's) carried from the sentence before"),
    },
    "elections": {
        "upper_house_2019": E("Upper House", "2019-07-21", "held", result="LDP and Komeito kept their majority", note="'the July 21, 2019, election for the House of Councillors'"),
    },
    "events": {
        "first_negotiating_round": EV("First formal round of U.S.-Japan trade negotiations, Washington", "2019-04", "held"),
        "stage_one_deal_finalized": EV("Trump and Abe declare in a New York joint statement that the first stage of negotiations has been concluded", "2019-09-25", "held"),
        "section232_autos_proclamation": EV("President proclaims auto and parts imports, particularly from Japan and the EU, a threat to national security", "2019-05-17", "held"),
    },
    "notes": "Traps: 'In a joint statement of September 26, 2018, President Trump and Prime Minister Shinzo Abe agreed to open negotiations' (launch, not the first round); 'USTR notified Congress of its intent to negotiate on October 16, 2018'; 'The two leaders reached a deal in principle at the Group of Seven summit in Biarritz, France, on August 25' (not the stage-one finalization); 'U.S. withdrawal from the Trans-Pacific Partnership (TPP) in January 2017'; 'CPTPP), in force since December 30, 2018' and 'Japan-EU Economic Partnership Agreement, in force since February 1, 2019' (other agreements' dates); 'roughly seven billion dollars of U.S. food and farm exports' and 'about forty billion dollars' worth of digital trade' (coverage, not trade totals); 'tariffs on 241 lines'; 'Japan's beef tariff, 38.5% until now, drops to 26.6% on entry into force, the rate CPTPP suppliers pay' and Table 1 (beef 38.5%/9%, pork 4.3%/0%, wine 15%/0%, cars 2.5%, light trucks 25%: MFN and Japanese tariffs, not Section 232 rates); 'Section 103(a) of the Bipartisan Congressional Trade Priorities and Accountability Act of 2015' (year of a law); 'A presidential proclamation adjusting U.S. tariffs is expected before the end of the month' (not the Section 232 proclamation); 'whose expedited procedures lapse on July 1, 2021'; 'The Diet approved both agreements on December 4' (not entry into force); 'though they fell short of the two-thirds needed to initiate constitutional revision' (no seat share stated); 'His term as LDP president runs to September 2021' (a term end, not an election); 'within four months after entry into force, that is, by about May 2020' (planned consultations); 'Commerce had considered duties as high as 25% on imported vehicles and parts, ten times the 2.5% duty now levied on Japanese cars' (considered, never imposed: no Section 232 auto rate); 'The deadline passed in mid-November with no presidential action'; 'Japanese steel has been subject to a 25% Section 232 tariff, and Japanese aluminum to a 10% tariff, since March 2018' (not autos); 'Vehicles and parts alone made up some $56 billion of the goods' (a subset of imports); 'marginally below the $68.8 billion recorded in 2017' (earlier year); 'Census Bureau data for January through October 2019 put the goods deficit at roughly $57 billion' (partial year); 'Japan moved back ahead of China in June 2019' (date of the change, not a rank); 'about $1.17 trillion' and 'China's were about $1.10 trillion' (holdings, China's figure); Figure 1 (partner labels China, Canada, Mexico, Japan, Germany; ticks 0-800; no values; in the HTML sidebar as an image). HTML: the sidebar 'Japan as Investor and Creditor' holds the figure and the FDI/Treasury bullet list. Layout: pdftotext -layout of the two-column PDF with curly quotes.",
}
