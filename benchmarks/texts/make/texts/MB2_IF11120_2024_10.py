from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "MB2-IF11120-2024-10", "fresh32", "IF11120", 19
TITLE = "U.S.-Japan Trade Agreements and Negotiations"
LAYOUTS = ["interleaved", "pdf"]
PDF_OPTS = ["lig", "nbsp", "hyph"]
CHART = {"unit": "$ billions", "ymax": 200, "ticks": [0, 50, 100, 150, 200],
         "series": ["U.S. exports to Japan", "U.S. imports from Japan"],
         "bars": {"2019": (124.9, 180.6), "2020": (104.6, 151.5), "2021": (112.2, 167.8), "2022": (120.1, 180.3), "2023": (121.0, 184.0)}}

MD = """
U.S.-Japan Trade Agreements and Negotiations

Updated October 17, 2024

## Overview

Five years after the two governments concluded their last trade agreements, U.S.-Japan economic ties are being shaped less by new negotiations than by politics in both capitals. In Tokyo, Shigeru Ishiba became prime minister on October 1, days after he won the Liberal Democratic Party's (LDP's) leadership contest on September 27 in a runoff. Ishiba, who replaced Fumio Kishida, dissolved the House of Representatives within two weeks of taking office; voters go to the polls on October 27. Another national test, the House of Councillors election, follows next July.

In Washington, President Joe Biden's term ends in January. Trade with Japan has featured in the campaign to succeed him. Former President Donald Trump, the Republican nominee, has proposed a tariff of 10% or 20% on all imports, and 60% or more on goods from China; Vice President Kamala Harris has criticized the proposal. No new tariff on Japanese goods has been announced.

## Trade and Investment

Measured by total goods and services trade, Japan ranked as the sixth-largest U.S. trading partner in 2023 (Figure 1). U.S. exports to Japan came to $121.0 billion that year. Goods made up $76.9 billion of the total; the remaining $44.1 billion consisted of services, led by travel, royalties, and financial services.

Imports ran considerably higher. The United States bought $184.0 billion from Japan in 2023, of which merchandise, chiefly motor vehicles, parts, and machinery, accounted for $148.0 billion. Services purchases added the other $36.0 billion.

**Figure 1. U.S. Trade with Japan, 2019-2023**

Source: CRS, with Bureau of Economic Analysis (BEA) data. Goods and services.

The resulting gap in goods trade widened to $71.1 billion, from $67.9 billion in 2022. Only four partners (China, Mexico, Vietnam, and Germany) accounted for a larger U.S. goods deficit in 2023.

Investment ties run deeper still. For the fifth year in a row, Japan was the top source of foreign direct investment (FDI) in the United States; the stock of Japanese FDI stood at $783.3 billion at the end of 2023, about one-seventh of the total. Flows in the other direction are far smaller. U.S. firms' direct investment position in Japan was roughly $130 billion that same year. Japan is also the foremost foreign creditor of the U.S. government. Its holdings of Treasury securities ($1.13 trillion as of August) exceed China's, the next-largest, by more than a third.

The most contentious case involves steel. Nippon Steel's $14.9 billion offer for U.S. Steel, agreed last December, awaits review by the interagency Committee on Foreign Investment in the United States (CFIUS), whose deadline was extended in September. President Biden has said that U.S. Steel should remain American-owned; both presidential candidates have voiced opposition to the deal.

## The 2019 Agreements

Japan was among the countries most exposed to the first Trump Administration's threatened tariffs on autos. Talks opened after a September 2018 leaders' statement, and the first formal round was held in Washington in mid-April 2019. On May 17 of that year, the President proclaimed under Section 232 that imports of autos and parts threatened to impair national security, and he directed the U.S. Trade Representative to seek agreements within 180 days. Tariffs of up to 25% were discussed but never imposed.

The negotiators reached agreement in principle at the G-7 summit in Biarritz on August 25, 2019. A joint statement by the two leaders in New York a month later, on September 25, finalized the "stage one" package. It had two parts:

- The U.S.-Japan Trade Agreement (USJTA), a limited tariff deal. Japan cut or eliminated tariffs on about $7.2 billion of U.S. agricultural exports, and the United States cut tariffs on some $40 billion of Japanese industrial and farm goods.
- The U.S.-Japan Digital Trade Agreement (DTA), with rules on data flows, source code, and customs duties on electronic transmissions.

Both were signed in Washington on October 7, 2019. Neither went to Congress for a vote: the Administration cut tariffs under delegated authority and treated the DTA as an executive agreement. The Diet approved them in December, and on January 1, 2020, both entered into force. The "stage two" talks on services, investment, and other issues that the 2019 statement anticipated have not taken place.

## Steel, Minerals, and the Indo-Pacific

Since 2022, Japanese steel has entered under a tariff-rate quota: some 1.25 million metric tons a year are exempt from the 25% Section 232 duty, with larger volumes paying it in full. Aluminum continues to face the 10% rate.

The two governments also concluded a narrower sectoral deal. Signed on March 28, 2023, the U.S.-Japan Critical Minerals Agreement (CMA) commits both sides to keep export duties off lithium, cobalt, nickel, graphite, and manganese and to share information on supply chains. It allows minerals processed in Japan to count toward the sourcing requirements of the clean vehicle tax credit, worth up to $7,500 per vehicle, under the Inflation Reduction Act. Some Members questioned whether an agreement of this kind required congressional approval.

Japan is also one of 14 members of the Biden Administration's Indo-Pacific Economic Framework for Prosperity (IPEF). The IPEF supply chain agreement took effect in February 2024, and agreements on clean and fair economies were signed in June. Japan belongs as well to the 11-member Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP); the United Kingdom is to accede in December.

## Issues for Congress

Members may consider whether to press for comprehensive "stage two" talks, how a future Administration's tariff proposals would affect Japan's access to the U.S. market, and whether CFIUS reviews of allied investors should be handled differently.

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Kyla H. Kitamura**, Analyst in Asian Affairs
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Ishiba", "Shigeru", "Shigeru Ishiba became prime minister on October 1"),
        "leaders.us_president": P("Biden", "Joe", "President Joe Biden's term ends in January"),
        "trade.overall_partner_rank": F(6, period="2023", as_written="Measured by total goods and services trade, Japan ranked as the sixth-largest U.S. trading partner in 2023"),
        "trade.us_exports_to_japan": F(121000000000, period="2023", as_written="U.S. exports to Japan came to $121.0 billion that year", note="year carried from the sentence before"),
        "trade.us_goods_exports_to_japan": F(76900000000, period="2023", as_written="Goods made up $76.9 billion of the total"),
        "trade.us_services_exports_to_japan": F(44100000000, period="2023", as_written="the remaining $44.1 billion consisted of services"),
        "trade.us_imports_from_japan": F(184000000000, period="2023", as_written="The United States bought $184.0 billion from Japan in 2023"),
        "trade.us_goods_imports_from_japan": F(148000000000, period="2023", as_written="of which merchandise, chiefly motor vehicles, parts, and machinery, accounted for $148.0 billion", note="'merchandise' = goods"),
        "trade.us_services_imports_from_japan": F(36000000000, period="2023", as_written="Services purchases added the other $36.0 billion", note="subject (imports) carried"),
        "trade.goods_deficit": F(71100000000, period="2023", as_written="The resulting gap in goods trade widened to $71.1 billion, from $67.9 billion in 2022", note="year from context (2023 paragraphs; rank sentence)"),
        "trade.goods_deficit_rank": F(5, period="2023", as_written="Only four partners (China, Mexico, Vietnam, and Germany) accounted for a larger U.S. goods deficit in 2023", note="by exclusion: fifth"),
        "trade.fdi_source_rank": F(1, as_written="For the fifth year in a row, Japan was the top source of foreign direct investment (FDI) in the United States", note="'fifth year in a row' is a count of years, not the rank"),
        "trade.japan_fdi_stock_in_us": F(783300000000, period="2023", as_written="the stock of Japanese FDI stood at $783.3 billion at the end of 2023"),
        "trade.us_fdi_stock_in_japan": F(130000000000, "about", period="2023", as_written="U.S. firms' direct investment position in Japan was roughly $130 billion that same year"),
        "trade.treasury_holder_rank": F(1, period="2024-08", as_written="Japan is also the foremost foreign creditor of the U.S. government. Its holdings of Treasury securities ($1.13 trillion as of August) exceed China's, the next-largest", note="subject carried ('Its'); period year from the cover"),
        "agreements.usjta_signed": D("2019-10-07", as_written="Both were signed in Washington on October 7, 2019", note="'Both' = the USJTA and DTA of the bullet list"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="on January 1, 2020, both entered into force"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="on January 1, 2020, both entered into force"),
        "agreements.critical_minerals_signed": D("2023-03-28", as_written="Signed on March 28, 2023, the U.S.-Japan Critical Minerals Agreement (CMA)"),
    },
    "elections": {
        "ldp_president_2024": E("LDP president", "2024-09-27", "held", result="Ishiba won in a runoff"),
        "lower_house_2024": E("Lower House", "2024-10-27", "upcoming", note="snap election after dissolution; year from the cover"),
        "upper_house_2025": E("Upper House", "2025-07", "upcoming", note="'follows next July' from an October 2024 cover"),
    },
    "events": {
        "first_negotiating_round": EV("First formal round of U.S.-Japan trade negotiations, Washington", "2019-04", "held"),
        "section232_autos_proclamation": EV("Section 232 proclamation on autos and parts", "2019-05-17", "held"),
        "stage_one_deal_finalized": EV("Leaders' joint statement finalizes the stage one package", "2019-09-25", "held"),
    },
    "notes": "Traps: 'Five years after' (span); 'Ishiba, who replaced Fumio Kishida' (former prime minister); 'dissolved the House of Representatives within two weeks'; 'Former President Donald Trump, the Republican nominee, has proposed a tariff of 10% or 20% on all imports, and 60% or more on goods from China' (proposals, not a U.S. tariff on most imports; Trump is not the president); 'Vice President Kamala Harris'; 'led by travel, royalties, and financial services'; Figure 1 (bars 2019-2023, ticks 0-200, a two-series legend; no value labels); 'from $67.9 billion in 2022' (previous deficit); 'Only four partners' (count, the rank is fifth); 'For the fifth year in a row' (count of years, FDI rank 1); 'about one-seventh of the total' (a share, not a catalogue fact); '$1.13 trillion as of August' (holdings amount) and 'by more than a third'; 'Nippon Steel's $14.9 billion offer for U.S. Steel, agreed last December' and 'whose deadline was extended in September' (not an agreement fact); 'the first Trump Administration's threatened tariffs on autos' and 'a September 2018 leaders' statement' (not a tracked event); 'seek agreements within 180 days'; 'Tariffs of up to 25% were discussed but never imposed' (threatened auto tariff: no Section 232 autos rate); 'agreement in principle at the G-7 summit in Biarritz on August 25, 2019' (not the finalization); 'a month later' (carried date of the September 25 statement); bullet 'about $7.2 billion of U.S. agricultural exports' and 'some $40 billion of Japanese industrial and farm goods'; 'The Diet approved them in December' (not entry into force); 'The \"stage two\" talks ... have not taken place'; 'Since 2022 ... some 1.25 million metric tons a year are exempt from the 25% Section 232 duty' and 'Aluminum continues to face the 10% rate' (product tariffs, not most imports or autos); 'worth up to $7,500 per vehicle'; 'one of 14 members of ... IPEF', 'took effect in February 2024', 'signed in June'; 'the 11-member ... CPTPP' and 'the United Kingdom is to accede in December'. PDF: ligature characters, NBSP before billion/percent, hyphenated line ends; interleaved: the two columns' lines alternate, the bullet list and boxed Figure 1 among them.",
}
