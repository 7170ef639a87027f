from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "FB2-IF11120-2019-06", "fresh25", "IF11120", 4
TITLE = "U.S.-Japan Trade Agreement Negotiations"
LAYOUTS = ["pdf", "md"]
PDF_OPTS = ["quotes", "hyph"]
CHART = {"unit": "$ billions", "ymax": 160, "ticks": [0, 40, 80, 120, 160],
         "series": ["Exports to Japan", "Imports from Japan"],
         "bars": {"2014": (66.9, 134.0), "2015": (62.5, 131.4), "2016": (63.3, 132.2), "2017": (67.7, 136.5),
                  "2018": (75.0, 142.6)}}

MD = """
U.S.-Japan Trade Agreement Negotiations

Updated June 12, 2019

## Overview

This spring the United States and Japan opened formal negotiations on a bilateral trade agreement, the first such talks between the two since the Trump Administration withdrew the United States from the Trans-Pacific Partnership (TPP) in January 2017. President Donald Trump has long criticized the U.S. trade deficit with Japan and pressed for a bilateral deal. The government of Prime Minister Shinzo Abe, which had hoped to draw the United States back into TPP, agreed to the talks in a joint statement with Trump in New York on September 26, 2018. Tokyo reads that statement as a pledge that the Administration will not impose new tariffs on Japanese autos while the negotiations are under way.

Congress has a direct stake. The Administration notified Congress on October 16, 2018, of its intent to negotiate under Trade Promotion Authority (TPA), and the Office of the U.S. Trade Representative (USTR) published its negotiating objectives on December 21. Any agreement that changes U.S. law would require implementing legislation.

## Background: From TPP to Bilateral Talks

Japan joined the TPP negotiations in 2013 and was its second-largest economy after the United States. After the U.S. withdrawal, the remaining 11 members concluded a revised pact, the Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP), which took effect for Japan on December 30, 2018. A Japan-EU Economic Partnership Agreement followed on February 1, 2019.

Both agreements put U.S. exporters at a disadvantage in Japan's market. Beef from Australia, Canada, and other CPTPP members now enters at 26.6%, a rate that fell again on April 1; U.S. beef still faces 38.5%. U.S. farm groups, whose sales to Japan came to about $13 billion last year, have urged quick action.

## The Negotiations So Far

U.S. Trade Representative Robert Lighthizer hosted the opening round in Washington in the middle of April, across the table from Japan's economic revitalization minister, Toshimitsu Motegi. The two met again on the margins of Abe's April 26-27 visit to the White House and in Tokyo during Trump's state visit of May 25-28, when he became the first foreign leader received by the new Emperor, Naruhito. While in Japan, the President predicted that much of the deal would come after the country's July elections.

That vote, for half the seats of the House of Councillors, is expected in July. Few observers expect Abe's government to make concessions on agriculture before it. Japan has said it will go no further on farm tariffs than it did in TPP, and calls the talks a "Trade Agreement on goods" (TAG). The Administration seeks broader coverage, including services, digital trade, and, potentially, currency.

For Tokyo, the first priority is to head off Section 232 auto tariffs and any cap on auto exports. Japanese officials point out that their automakers already build most of the vehicles they sell in the United States at U.S. plants, which turned out some 3.8 million cars and light trucks in 2018.

## Section 232 and Autos

Motor vehicles and parts made up nearly two-fifths of U.S. goods imports from Japan in 2018, and they sit at the center of the talks. Last month (May 17), the President issued a proclamation concurring with a Commerce Department finding that imports of autos and parts threaten to impair U.S. national security. He directed USTR to seek agreements with Japan, the European Union, and others to address the threat, but imposed no tariffs. Commerce had reportedly recommended duties of up to 25%, ten times the 2.5% that now applies to passenger cars. If no agreement is reached within 180 days, by mid-November, the President may act further.

Japanese steel and aluminum already face Section 232 tariffs of 25% and 10%, respectively, in place since March 2018. Japan, unlike Canada and Mexico, has not been granted an exemption.

## Economic Ties

After China, Canada, and Mexico, Japan was the largest U.S. trading partner in 2018, counting goods and services together. U.S. exports to Japan and imports from Japan came to $121.1 billion and $179.7 billion, respectively, that year. Goods made up the larger part of each: $75.2 billion of the exports and $143.6 billion of the imports. The remainder was services, $45.9 billion and $36.1 billion in the same order.

Measured by the Census Bureau, the U.S. goods deficit with Japan narrowed slightly last year, to $67.6 billion from $68.8 billion in 2017. Having ranked third in 2017, it was the fourth-largest U.S. bilateral goods deficit in 2018, behind those with China, Mexico, and Germany.

**Figure 1. U.S. Goods Trade with Japan, 2014-2018**

Source: U.S. Census Bureau.

Investment flows are deep as well. Japanese direct investment in the United States stood at $484.4 billion at the end of 2018, making Japan the No. 2 source of such investment, after the United Kingdom. The U.S. position in Japan was far smaller, at roughly $125 billion. U.S. affiliates of Japanese companies employed about 860,000 workers in 2016, the latest year for which data are available. Japan is also a major creditor: with $1.08 trillion in U.S. Treasury securities in March 2019, it was second to China ($1.12 trillion) among foreign holders.

## Issues for Congress

- Scope and sequencing. An early, limited deal on goods could be reached under the President's tariff proclamation authority without a congressional vote; a broader agreement would require implementing legislation under TPA.
- Agriculture. Members from farm states seek at least CPTPP-level access for U.S. exports, and as soon as possible.
- Autos. Whether the 180-day Section 232 deadline is used as leverage, and whether any quantitative limits on Japanese autos would be consistent with World Trade Organization rules.
- Currency. Treasury's May 2019 report kept Japan on its monitoring list; the Administration has sought currency provisions, which Japan opposes.

**Brock R. Williams**, Specialist in International Trade and Finance

**Cathleen D. Cimino-Isaacs**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Trump", "Donald", "President Donald Trump"),
        "leaders.japan_prime_minister": P("Abe", "Shinzo", "The government of Prime Minister Shinzo Abe",
                                          note="given name first; Emperor Naruhito is no prime minister"),
        "trade.overall_partner_rank": F(4, period="2018", as_written="After China, Canada, and Mexico, Japan was the largest U.S. trading partner in 2018, counting goods and services together",
                                        note="'the largest' after three named partners = fourth"),
        "trade.us_exports_to_japan": F(121100000000, period="2018", as_written="U.S. exports to Japan and imports from Japan came to $121.1 billion and $179.7 billion, respectively, that year"),
        "trade.us_imports_from_japan": F(179700000000, period="2018", as_written="U.S. exports to Japan and imports from Japan came to $121.1 billion and $179.7 billion, respectively, that year"),
        "trade.us_goods_exports_to_japan": F(75200000000, period="2018", as_written="Goods made up the larger part of each: $75.2 billion of the exports"),
        "trade.us_goods_imports_from_japan": F(143600000000, period="2018", as_written="and $143.6 billion of the imports"),
        "trade.us_services_exports_to_japan": F(45900000000, period="2018", as_written="The remainder was services, $45.9 billion and $36.1 billion in the same order",
                                                note="'in the same order' = exports, imports"),
        "trade.us_services_imports_from_japan": F(36100000000, period="2018", as_written="The remainder was services, $45.9 billion and $36.1 billion in the same order"),
        "trade.goods_deficit": F(67600000000, period="2018", as_written="the U.S. goods deficit with Japan narrowed slightly last year, to $67.6 billion from $68.8 billion in 2017",
                                 note="'last year' = 2018; Census basis"),
        "trade.goods_deficit_rank": F(4, period="2018", as_written="Having ranked third in 2017, it was the fourth-largest U.S. bilateral goods deficit in 2018"),
        "trade.japan_fdi_stock_in_us": F(484400000000, period="2018", as_written="Japanese direct investment in the United States stood at $484.4 billion at the end of 2018"),
        "trade.fdi_source_rank": F(2, period="2018", as_written="making Japan the No. 2 source of such investment, after the United Kingdom"),
        "trade.us_fdi_stock_in_japan": F(125000000000, "about", period="2018", as_written="The U.S. position in Japan was far smaller, at roughly $125 billion",
                                         note="year carried from the sentence before"),
        "trade.treasury_holder_rank": F(2, period="2019-03", as_written="with $1.08 trillion in U.S. Treasury securities in March 2019, it was second to China ($1.12 trillion) among foreign holders"),
    },
    "elections": {
        "upper_house_2019": E("Upper House", "2019-07", "upcoming",
                              note="'the country's July elections' ... 'That vote, for half the seats of the House of Councillors, is expected in July'"),
    },
    "events": {
        "first_negotiating_round": EV("First round of U.S.-Japan trade agreement negotiations (Lighthizer-Motegi, Washington)", "2019-04", "held"),
        "section232_autos_proclamation": EV("President's Section 232 proclamation on autos and parts; no tariffs imposed", "2019-05-17", "held"),
    },
    "notes": "Traps: 'withdrew the United States from the Trans-Pacific Partnership (TPP) in January 2017'; 'a joint statement with Trump in New York on September 26, 2018' (no tracked event; not tariff_talks_announced); 'notified Congress on October 16, 2018' and 'on December 21' (TPA steps); 'Japan joined the TPP negotiations in 2013 and was its second-largest economy' (not a trade rank); 'the remaining 11 members'; 'took effect for Japan on December 30, 2018' and 'followed on February 1, 2019' (other agreements); 'enters at 26.6%, a rate that fell again on April 1; U.S. beef still faces 38.5%' (Japan's tariffs); 'about $13 billion last year' (farm exports); 'Abe's April 26-27 visit to the White House' and 'Trump's state visit of May 25-28' (meetings, not rounds); 'the new Emperor, Naruhito'; 'some 3.8 million cars and light trucks in 2018' (U.S. output of Japanese automakers); 'the President predicted that much of the deal would come after the country's July elections' (speculation; no stage-one event); 'nearly two-fifths of U.S. goods imports from Japan' (a share, no fact); 'Commerce had reportedly recommended duties of up to 25%, ten times the 2.5% that now applies to passenger cars' (recommended, never imposed; MFN rate: no Section 232 autos rate, no tariff on most imports); 'within 180 days, by mid-November'; 'Section 232 tariffs of 25% and 10%, respectively, in place since March 2018' (steel and aluminum, not autos or most imports); '$68.8 billion in 2017' and 'Having ranked third in 2017' (past deficit and rank); 'behind those with China, Mexico, and Germany'; 'about 860,000 workers in 2016' (affiliate employment); Figure 1 (U.S. goods trade 2014-2018, $ billions; ticks 0-160, no value labels); 'China ($1.12 trillion)'; 'Treasury's May 2019 report kept Japan on its monitoring list'; Issues bullet list; PDF curly quotes and hyphenated line ends",
}
