from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "AK2-IF11120-2020-01", "fresh17", "IF11120", 8
TITLE = "U.S.-Japan Trade Agreement Negotiations"
LAYOUTS = ["html", "pdf"]
PDF_OPTS = ["lig", "nbsp", "hyph"]
SIDEBAR = "Stage One at a Glance"
CHART = {"unit": "$ billions", "ymax": 80, "ticks": [0, 20, 40, 60, 80],
         "series": ["U.S. goods deficit with Japan"],
         "bars": {"2014": (67.0,), "2015": (68.6,), "2016": (68.9,), "2017": (68.8,), "2018": (67.6,)}}

MD = """
U.S.-Japan Trade Agreement Negotiations

Updated January 22, 2020

## Overview

Three weeks into their operation, the two agreements that make up "stage one" of U.S.-Japan trade negotiations, the U.S.-Japan Trade Agreement (USJTA) and the U.S.-Japan Digital Trade Agreement (DTA), have begun to lower Japanese tariffs on U.S. farm products. Negotiated over roughly six months by the Administration of President Donald Trump and the government of Prime Minister Abe Shinzo, they were concluded as executive agreements, without a vote in Congress. The two sides are to consult on a broader second stage, which U.S. officials say could address services, investment, and the tariffs that stage one left in place. Congress may examine how far stage one meets the negotiating objectives the Administration published in December 2018, and whether the threat of Section 232 tariffs on autos still hangs over the relationship.

## Stage One at a Glance

- Agreements: the USJTA (market access for goods) and the DTA (digital trade rules)
- Signed: 10/7/2019, at the White House
- In force: 1/1/2020, both agreements
- Form: executive agreements, with no implementing bill
- Japanese tariff cuts: on about $7.2 billion of U.S. agricultural exports
- Digital trade covered: about $40 billion a year

## How the Talks Unfolded

President Trump and Abe agreed in New York on September 26, 2018, to open negotiations, and the Office of the U.S. Trade Representative (USTR) published its negotiating objectives that December. Negotiators met in a formal round for the first time in Washington on April 15-16, 2019. The following month, in a proclamation dated May 17, 2019, the President found that imports of autos and parts threaten to impair U.S. national security, but directed USTR to seek agreements with Japan and the European Union rather than impose tariffs at once.

At the G-7 summit in Biarritz on August 25, 2019, the two leaders announced an agreement in principle. The deal was declared final on September 25, 2019, when Trump and Abe met in New York during the U.N. General Assembly. Twelve days after that, U.S. Trade Representative Robert Lighthizer and Ambassador Sugiyama Shinsuke put their names to both texts, with President Trump looking on. Japan's Diet approved the USJTA on December 4, and an exchange of diplomatic notes later that month fixed January 1, 2020, as the day on which both agreements would enter into force, as they then did.

## What Stage One Does

Under the USJTA, Japan is eliminating or reducing tariffs on U.S. beef, pork, wheat, wine, cheese, and other farm goods, largely matching the treatment it gives members of the Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP), the 11-country pact in force for Japan since December 30, 2018. Its tariff on U.S. beef fell on January 1 from 38.5% to 26.6% and is to reach 9% in FY2033. The United States is cutting tariffs on about $40 million of Japanese agricultural imports and on 241 industrial tariff lines, such as machine tools and bicycles. The U.S. most-favored-nation tariffs of 2.5% on passenger cars and 25% on light trucks are unchanged; autos and auto parts are left for later talks. The DTA bars customs duties on electronic transmissions and protects cross-border data flows, commitments like those in the U.S.-Mexico-Canada Agreement, which the Senate approved on January 16.

The auto tariffs have not been imposed. After the September meeting, Abe told reporters that Trump had assured him they would not be, but the Administration has made no formal statement, and the 180-day period for negotiations under Section 232 lapsed in mid-November without an announcement. Steel and aluminum from Japan have paid Section 232 tariffs of 25% and 10% since March 2018.

## Trade and Investment Ties

Full-year 2019 data are not yet out. In 2018, Japan's goods and services trade with the United States, close to $300 billion, was exceeded only by that of China, Canada, and Mexico. U.S. exports to Japan grew to $121.2 billion that year from $113.5 billion in 2017, and imports from Japan rose to $178.5 billion (Table 1). Services made up $46.2 billion of the export total.

Table 1. U.S. Trade with Japan, 2017-2018 ($ billions)

| Flow | 2017 | 2018 |
| --- | --- | --- |
| U.S. exports to Japan | 113.5 | 121.2 |
| of which: goods | 67.7 | 75.0 |
| of which: services | 45.8 | 46.2 |
| U.S. imports from Japan | 170.5 | 178.5 |
| of which: goods | 136.5 | 142.6 |
| of which: services | 34.0 | 35.9 |
| Goods balance | -68.8 | -67.6 |

Source: Bureau of Economic Analysis; goods on a Census basis.

In the first eleven months of 2019, U.S. goods imports from Japan came to $131.6 billion and goods exports to $68.6 billion, putting the year's goods deficit on course to finish close to 2018's $67.6 billion (Figure 1). That 2018 deficit was the fourth-largest the United States ran with any trading partner, after those with China, Mexico, and Germany.

**Figure 1. U.S. Goods Deficit with Japan, 2014-2018**

Source: U.S. Census Bureau. Values not shown.

Of all foreign investors, only British firms had a larger direct investment position in the United States than Japanese firms at the end of 2018, when Japan's reached $484.4 billion. U.S. firms' investment in Japan, at about $125 billion, is roughly a quarter as large. Japan is also the largest foreign holder of U.S. Treasury securities, a position it took back from China in June 2019; it held $1.16 trillion in November.

## Politics in Tokyo

Abe, who in November became the longest-serving prime minister in Japan's history, retains a firm hold on the Diet: his coalition kept its upper-house majority in the July 2019 election, although it fell short of the two-thirds needed to initiate constitutional revision. His term as president of the Liberal Democratic Party runs to September 2021.

## Issues for Congress

- Second stage: consultations are due to begin by the end of April 2020, four months after entry into force; their scope is not yet agreed.
- Autos: whether the Administration will formally close the Section 232 case or keep the tariff threat in reserve.
- Congressional role: whether future stages will be submitted under trade promotion authority, which expires July 1, 2021.
- Competitors: exporters from CPTPP members and the EU, whose agreement with Japan took effect February 1, 2019, still enjoy lower tariffs on some goods not covered by stage one.

**Brock R. Williams**, Specialist in International Trade and Finance

**Cathleen D. Cimino-Isaacs**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Trump", "Donald", "the Administration of President Donald Trump"),
        "leaders.japan_prime_minister": P("Abe", "Shinzo", "the government of Prime Minister Abe Shinzo"),
        "trade.overall_partner_rank": F(4, period="2018",
                                        as_written="In 2018, Japan's goods and services trade with the United States, close to $300 billion, was exceeded only by that of China, Canada, and Mexico"),
        "trade.us_exports_to_japan": F(121200000000, period="2018",
                                       as_written="U.S. exports to Japan grew to $121.2 billion that year from $113.5 billion in 2017",
                                       note="also Table 1, 2018 column"),
        "trade.us_goods_exports_to_japan": F(75000000000, period="2018", as_written="Table 1: of which: goods | 67.7 | 75.0"),
        "trade.us_services_exports_to_japan": F(46200000000, period="2018",
                                                as_written="Services made up $46.2 billion of the export total", note="also Table 1"),
        "trade.us_imports_from_japan": F(178500000000, period="2018", as_written="imports from Japan rose to $178.5 billion (Table 1)"),
        "trade.us_goods_imports_from_japan": F(142600000000, period="2018", as_written="Table 1: of which: goods | 136.5 | 142.6"),
        "trade.us_services_imports_from_japan": F(35900000000, period="2018", as_written="Table 1: of which: services | 34.0 | 35.9"),
        "trade.goods_deficit": F(67600000000, period="2018",
                                 as_written="close to 2018's $67.6 billion", note="exact; 'close to' belongs to the 2019 projection. Table 1 goods balance -67.6"),
        "trade.goods_deficit_rank": F(4, period="2018",
                                      as_written="That 2018 deficit was the fourth-largest the United States ran with any trading partner"),
        "trade.japan_fdi_stock_in_us": F(484400000000, period="2018", as_written="at the end of 2018, when Japan's reached $484.4 billion"),
        "trade.fdi_source_rank": F(2, period="2018",
                                   as_written="Of all foreign investors, only British firms had a larger direct investment position in the United States than Japanese firms at the end of 2018"),
        "trade.us_fdi_stock_in_japan": F(125000000000, "about", period="2018",
                                         as_written="U.S. firms' investment in Japan, at about $125 billion", note="year carried from the sentence before"),
        "trade.treasury_holder_rank": F(1, period="2019-11",
                                        as_written="Japan is also the largest foreign holder of U.S. Treasury securities ...; it held $1.16 trillion in November"),
        "agreements.usjta_signed": D("2019-10-07", as_written="Signed: 10/7/2019, at the White House",
                                     note="sidebar; the prose gives it only relatively: 'Twelve days after that' (September 25, 2019)"),
        "agreements.usjta_in_force": D("2020-01-01",
                                       as_written="fixed January 1, 2020, as the day on which both agreements would enter into force, as they then did",
                                       note="also sidebar 'In force: 1/1/2020, both agreements'"),
        "agreements.digital_trade_in_force": D("2020-01-01",
                                               as_written="fixed January 1, 2020, as the day on which both agreements would enter into force, as they then did",
                                               note="also sidebar 'In force: 1/1/2020, both agreements'"),
    },
    "elections": {
        "upper_house_2019": E("Upper House", "2019-07", "held",
                              note="'his coalition kept its upper-house majority in the July 2019 election'"),
    },
    "events": {
        "first_negotiating_round": EV("First formal round of U.S.-Japan trade negotiations", "2019-04", "held"),
        "section232_autos_proclamation": EV("Section 232 proclamation on auto imports (no tariffs imposed)", "2019-05-17", "held"),
        "stage_one_deal_finalized": EV("Trump and Abe declare the first-stage deal final in New York", "2019-09-25", "held"),
    },
    "notes": "Traps: 'Three weeks into their operation' (a relative, unstated in-force date; the date is written later); 'Negotiated over roughly six months'; 'the negotiating objectives the Administration published in December 2018' / 'published its negotiating objectives that December'; 'agreed in New York on September 26, 2018, to open negotiations' (the 2018 joint statement: no tracked event); 'on April 15-16, 2019' (a span of days: first_negotiating_round dated by its month); 'rather than impose tariffs at once' (no auto tariff); 'At the G-7 summit in Biarritz on August 25, 2019, ... an agreement in principle' (not the finalization); 'Twelve days after that' (the signing, dated only in the sidebar); 'Japan's Diet approved the USJTA on December 4' and 'an exchange of diplomatic notes later that month'; 'about $7.2 billion of U.S. agricultural exports', 'about $40 billion a year' (digital trade) and 'about $40 million of Japanese agricultural imports'; 'the 11-country pact in force for Japan since December 30, 2018' (CPTPP); 'fell on January 1 from 38.5% to 26.6% and is to reach 9% in FY2033' (Japan's beef tariff); '241 industrial tariff lines'; 'tariffs of 2.5% on passenger cars and 25% on light trucks are unchanged' (MFN; no tariff fact); 'which the Senate approved on January 16' (USMCA); 'The auto tariffs have not been imposed' and 'the 180-day period ... lapsed in mid-November'; 'Section 232 tariffs of 25% and 10% since March 2018' (steel and aluminum; no tariff fact); 'Full-year 2019 data are not yet out'; 'close to $300 billion' (two-way total, no fact); 'from $113.5 billion in 2017' (past year); Table 1's 2017 column (113.5, 67.7, 45.8, 170.5, 136.5, 34.0, -68.8: past year); 'In the first eleven months of 2019, U.S. goods imports from Japan came to $131.6 billion and goods exports to $68.6 billion' (partial year); 'on course to finish close to' (a projection: its hedge is not the 2018 deficit's); 'after those with China, Mexico, and Germany'; Figure 1 (goods deficit 2014-2018, $ billions, ticks 0-80, no values); 'only British firms had a larger' (the U.K.'s rank 1); 'roughly a quarter as large'; 'a position it took back from China in June 2019' (when the lead began) and '$1.16 trillion'; 'in November became the longest-serving prime minister' (no rank); 'fell short of the two-thirds needed to initiate constitutional revision'; 'runs to September 2021' (LDP term end: not an election); 'by the end of April 2020, four months after entry into force' (planned); 'expires July 1, 2021' (TPA); 'took effect February 1, 2019' (Japan-EU EPA); sidebar 'Stage One at a Glance' (html aside; Figure 1 floated into it); PDF ligatures, NBSP, hyphenated line ends",
}
