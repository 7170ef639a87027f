from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "YY2-IF11120-2020-02", "fresh14", "IF11120", 9
TITLE = "U.S.-Japan Trade Agreement Negotiations"
LAYOUTS = ["md", "layout"]
PDF_OPTS = ["quotes", "hyph"]
CHART = {"unit": "Percent", "ymax": 40, "ticks": [0, 10, 20, 30, 40],
         "series": ["Tariff on U.S. beef"],
         "bars": {"Before": (38.5,), "FY2019": (26.6,), "FY2020": (25.8,), "FY2021": (25.0,), "FY2025": (21.6,), "FY2033": (9.0,)}}

MD = """
U.S.-Japan Trade Agreement Negotiations

Updated February 25, 2020

## Overview

Two agreements between the United States and Japan took effect on New Year's Day 2020: the U.S.-Japan Trade Agreement (USJTA), which cuts tariffs on a limited set of agricultural and industrial goods, and the U.S.-Japan Digital Trade Agreement (DTA). U.S. Trade Representative Robert Lighthizer and Japan's ambassador, Sugiyama Shinsuke, signed both texts in Washington on October 7, 2019. The Trump Administration calls them "stage one" of a broader negotiation and has not sent either to Congress for a vote: it proclaimed the USJTA's tariff cuts under authority delegated by the 2015 Trade Promotion Authority law and treats the DTA as an executive agreement. The two sides intend to consult on the scope of a second stage within four months of entry into force, that is, by about the end of April. Some Members of Congress have asked whether so narrow a deal meets World Trade Organization (WTO) rules, which generally require a free trade agreement to cover "substantially all the trade" between its parties.

## From Launch to Entry into Force

Japan had long resisted a bilateral deal, preferring that the United States return to the Trans-Pacific Partnership (TPP), from which President Trump withdrew in January 2017. Talks were finally launched by a joint statement that the President and Prime Minister Abe Shinzo issued on the sidelines of the U.N. General Assembly on September 26, 2018; Tokyo at first described the goal as a "Trade Agreement on goods" (TAG). The first formal round was held in Washington on April 15 and 16, 2019. A month later, a May 17, 2019, presidential proclamation found that imports of autos and auto parts threaten to impair U.S. national security and directed USTR to negotiate to address the threat within 180 days. The leaders announced an agreement in principle at the G-7 summit in Biarritz, France, on August 25, and in New York on September 25, 2019, they declared the first stage of negotiations concluded. Japan's Diet approved the USJTA on December 4.

## What Stage One Covers

Under the USJTA, Japan eliminated or reduced tariffs on about $7.2 billion of U.S. food and agricultural products. On January 1, its tariff on U.S. beef fell from 38.5% to 26.6%, putting U.S. ranchers on the same schedule as Australian and other CPTPP competitors; the rate is to decline each April until it reaches 9% in FY2033 (Figure 1). Pork, wheat, cheese, and wine also gained access. The United States, for its part, cut or removed tariffs on 241 tariff lines of Japanese industrial goods, among them machine tools, bicycles, and musical instruments, but kept its 2.5% tariff on passenger cars and its 25% tariff on light trucks. The DTA, which covers some $40 billion in bilateral digital trade, bars customs duties on electronic transmissions such as music and e-books and limits requirements to store data locally.

**Figure 1. Japan's Tariff on U.S. Beef Under the USJTA, Selected Years**

Source: CRS, from the USJTA tariff schedule. FY = Japanese fiscal year (April-March).

## Autos and Steel

Autos, which account for roughly a third of U.S. imports from Japan, remain unresolved. The 180-day window opened by the proclamation lapsed in mid-November 2019 without an announcement. In their September 2019 joint statement the United States said it would not take measures "against the spirit" of the agreements while they are being implemented, and Abe has said the President assured him that Japanese autos would not face Section 232 tariffs; the Administration has made no written commitment. Section 232 tariffs of 25% on steel and 10% on aluminum, in place since March 2018, still apply to Japanese products, and a January 24 proclamation extended them to certain derivative products, such as nails and wire, from February 8.

## Trade and Investment Ties

Japan held on to fourth place among U.S. trading partners in 2019, behind Canada, Mexico, and China, according to annual figures released on February 5 (Table 1). Two-way trade in goods and services came to about $305 billion. With Japan, the United States ran its fourth-biggest bilateral goods deficit of 2019, $69.9 billion, roughly $2 billion more than the year before.

Table 1. U.S. Trade with Japan, 2019 (millions of U.S. dollars)

| Flow | Goods | Services | Total |
| --- | --- | --- | --- |
| U.S. exports to Japan | 74,657 | 49,612 | 124,269 |
| U.S. imports from Japan | 144,529 | 35,764 | 180,293 |

Source: Bureau of Economic Analysis, balance-of-payments basis.

Direct investment runs heavily in one direction. The United Kingdom alone had a larger direct investment position in the United States at the end of 2018 than Japan, whose stock reached $484.4 billion. U.S. firms' direct investment in Japan was just short of $125 billion that year. Since June 2019, when it moved ahead of China, Japan has been the largest foreign holder of U.S. Treasury securities, with $1.15 trillion in December.

## Outlook and Issues for Congress

Prospects for a second stage are uncertain. U.S. negotiators hope to take up services, investment, and Japan's remaining farm barriers; Japan expects talks on eliminating U.S. tariffs on autos and parts, which it says the USJTA leaves to "further negotiations." Abe's political capital has also narrowed: the parties favoring constitutional revision fell short of two-thirds of the House of Councillors in the July 2019 election, and his term as LDP president ends in September 2021. Japan's economy contracted at an annualized 6.3% in October-December 2019, after the consumption tax rose from 8% to 10% on October 1, and a novel coronavirus now threatens tourism and the Tokyo Olympics, set to open July 24.

Congress may examine whether a broader stage-two agreement should be submitted for its approval under Trade Promotion Authority procedures; how stage one compares with the U.S.-China "Phase One" agreement signed on January 15, 2020, and with the United States-Mexico-Canada Agreement (USMCA), whose implementing bill the President signed on January 29; and whether the Japan-EU Economic Partnership Agreement, in force since February 1, 2019, and the 11-country CPTPP, in force since December 30, 2018, will keep U.S. exporters at a disadvantage in the sectors stage one left out.

**Brock R. Williams**, Specialist in International Trade and Finance

**Cathleen D. Cimino-Isaacs**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Trump", "Donald", "President Trump", note="given name not written"),
        "leaders.japan_prime_minister": P("Abe", "Shinzo", "Prime Minister Abe Shinzo"),
        "trade.overall_partner_rank": F(4, period="2019", as_written="Japan held on to fourth place among U.S. trading partners in 2019"),
        "trade.us_exports_to_japan": F(124269000000, period="2019", as_written="Table 1: U.S. exports to Japan, Total 124,269 (millions of U.S. dollars)"),
        "trade.us_goods_exports_to_japan": F(74657000000, period="2019", as_written="Table 1: U.S. exports to Japan, Goods 74,657 (millions of U.S. dollars)"),
        "trade.us_services_exports_to_japan": F(49612000000, period="2019", as_written="Table 1: U.S. exports to Japan, Services 49,612 (millions of U.S. dollars)"),
        "trade.us_imports_from_japan": F(180293000000, period="2019", as_written="Table 1: U.S. imports from Japan, Total 180,293 (millions of U.S. dollars)"),
        "trade.us_goods_imports_from_japan": F(144529000000, period="2019", as_written="Table 1: U.S. imports from Japan, Goods 144,529 (millions of U.S. dollars)"),
        "trade.us_services_imports_from_japan": F(35764000000, period="2019", as_written="Table 1: U.S. imports from Japan, Services 35,764 (millions of U.S. dollars)"),
        "trade.goods_deficit": F(69900000000, period="2019", as_written="the United States ran its fourth-biggest bilateral goods deficit of 2019, $69.9 billion"),
        "trade.goods_deficit_rank": F(4, period="2019", as_written="With Japan, the United States ran its fourth-biggest bilateral goods deficit of 2019"),
        "trade.fdi_source_rank": F(2, period="2018", as_written="The United Kingdom alone had a larger direct investment position in the United States at the end of 2018 than Japan"),
        "trade.japan_fdi_stock_in_us": F(484400000000, period="2018", as_written="Japan, whose stock reached $484.4 billion"),
        "trade.us_fdi_stock_in_japan": F(125000000000, "nearly", period="2018", as_written="U.S. firms' direct investment in Japan was just short of $125 billion that year"),
        "trade.treasury_holder_rank": F(1, period="2019-12", as_written="Since June 2019, when it moved ahead of China, Japan has been the largest foreign holder of U.S. Treasury securities, with $1.15 trillion in December"),
        "agreements.usjta_signed": D("2019-10-07", as_written="signed both texts in Washington on October 7, 2019"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="Two agreements ... took effect on New Year's Day 2020: the U.S.-Japan Trade Agreement (USJTA)"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="Two agreements ... took effect on New Year's Day 2020: ... and the U.S.-Japan Digital Trade Agreement (DTA)"),
    },
    "elections": {
        "upper_house_2019": E("Upper House", "2019-07", "held", result="parties favoring constitutional revision fell short of two-thirds"),
    },
    "events": {
        "first_negotiating_round": EV("First formal round of negotiations, Washington, April 15-16, 2019", "2019-04", "held"),
        "section232_autos_proclamation": EV("Proclamation finding auto imports a threat to U.S. national security", "2019-05-17", "held"),
        "stage_one_deal_finalized": EV("Leaders declare the first stage of negotiations concluded, New York", "2019-09-25", "held"),
    },
    "notes": "Traps: 'New Year's Day 2020' is 2020-01-01 for both agreements (a holiday name as the date); 'signed both texts' (the DTA's signing "
             "has no catalogue fact); 'the 2015 Trade Promotion Authority law'; 'within four months of entry into force, that is, by about the end "
             "of April' (planned consultations); '\"substantially all the trade\"'; 'President Trump withdrew in January 2017' (TPP); 'on April 15 "
             "and 16, 2019' (a two-day round: a span of days, dated by its month as the record does; first dated by its day, changed in round nineteen); 'A month later' and 'within 180 days'; 'an agreement in principle at the "
             "G-7 summit in Biarritz, France, on August 25' (not the stage-one conclusion); 'Japan's Diet approved the USJTA on December 4' (not "
             "signing or entry into force); 'about $7.2 billion of U.S. food and agricultural products'; 'On January 1, its tariff on U.S. beef fell "
             "from 38.5% to 26.6%' and 'until it reaches 9% in FY2033' (Japan's rates, not U.S. tariffs); '241 tariff lines'; 'kept its 2.5% tariff "
             "on passenger cars and its 25% tariff on light trucks' (MFN rates: no tariff on most imports, no Section 232 auto rate); 'some $40 "
             "billion in bilateral digital trade'; Figure 1 (Japan's beef tariff by fiscal year, percent; ticks 0-40, no value labels); 'roughly a "
             "third of U.S. imports from Japan' (a fraction that is no fact); 'lapsed in mid-November 2019'; 'In their September 2019 joint "
             "statement' (restates the September 25 conclusion; not a separate event); 'Section 232 tariffs of 25% on steel and 10% on aluminum, in "
             "place since March 2018' and 'a January 24 proclamation ... from February 8' (sectoral, not most imports); 'released on February 5'; "
             "'about $305 billion' (two-way total, no fact); 'roughly $2 billion more than the year before'; Table 1's caption 'millions of U.S. "
             "dollars' scales every cell (74,657 = $74.657 billion); 'at the end of 2018' (FDI year, carried to the U.S. stock by 'that year'); "
             "'Since June 2019, when it moved ahead of China' (when the rank began; the period is the December data); '$1.15 trillion'; 'his "
             "term as LDP president ends in September 2021' (a term end, not an election); 'an annualized 6.3% in October-December 2019' and "
             "'from 8% to 10% on October 1'; 'the Tokyo Olympics, set to open July 24'; 'the U.S.-China \"Phase One\" agreement signed on January "
             "15, 2020' (not the USJTA, not stage one); 'USMCA, whose implementing bill the President signed on January 29'; 'in force since "
             "February 1, 2019' (Japan-EU EPA) and 'the 11-country CPTPP, in force since December 30, 2018'. Elections: 'fell short of two-thirds "
             "of the House of Councillors in the July 2019 election' is upper_house_2019 held (month). PDF curly quotes and hyphenated line ends "
             "(layout text only).",
}
