from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "CC1-IF11120-2018-10", "fresh8", "IF11120", 1
TITLE = "U.S.-Japan Trade Agreement Negotiations"
LAYOUTS = ["html", "interleaved"]
PDF_OPTS = ["nbsp", "hyph"]
SIDEBAR = "Negotiating Milestones"
CHART = {"unit": "$ billions", "ymax": 160, "ticks": [0, 40, 80, 120, 160],
         "series": ["U.S. goods exports to Japan", "U.S. goods imports from Japan"],
         "bars": {"2013": (65.2, 138.5), "2014": (66.9, 134.0), "2015": (62.4, 131.4), "2016": (63.3, 132.2), "2017": (67.7, 136.5)}}

MD = """
U.S.-Japan Trade Agreement Negotiations

Updated October 30, 2018

## Overview

On September 26, 2018, President Donald J. Trump and Prime Minister Shinzo Abe agreed in New York to open negotiations on a bilateral trade agreement. Their joint statement, released on the sidelines of the U.N. General Assembly, ended more than a year of Japanese reluctance to bargain one-on-one with the Trump Administration. Tokyo had hoped instead that the United States would return to the Trans-Pacific Partnership (TPP), the 12-country pact concluded under the Obama Administration, from which President Trump withdrew the United States in January 2017. Three weeks after the leaders met, on October 16, the U.S. Trade Representative (USTR) notified Congress of the Administration's intent to negotiate with Japan under Trade Promotion Authority (TPA). It sent parallel notices covering the European Union and the United Kingdom that same day.

The talks open in the shadow of U.S. tariff actions. Japan is among the few close U.S. allies that obtained no exemption from the Section 232 tariffs on steel (25%) and aluminum (10%) in effect since March 23, 2018; South Korea, by contrast, escaped them by accepting a quota of roughly 2.7 million metric tons. A second Section 232 investigation, into imports of motor vehicles and parts, was opened in May and could lead to tariffs as high as 25% on Japanese cars, ten times the 2.5% duty now charged. Because motor vehicles and parts made up some $56 billion, or about two-fifths, of U.S. goods imports from Japan in 2017, the threat weighs heavily in Tokyo. Japanese officials read a clause of the joint statement, under which each side is to refrain from measures "against the spirit" of the statement while talks continue, as a promise that no auto tariffs will be imposed on Japan during the negotiations. U.S. officials have been less categorical.

Abe enters the talks politically secure. On September 20 he won a third three-year term as president of the Liberal Democratic Party (LDP), defeating former Defense Minister Shigeru Ishiba by 553 votes to 254, and he is on course to become Japan's longest-serving prime minister. He must nonetheless weigh the interests of farm groups, a core LDP constituency, ahead of the House of Councillors election in July 2019.

## Negotiating Milestones

- March 23, 2018: Section 232 tariffs on steel and aluminum take effect; Japan is not exempted.
- April 18, 2018: At Mar-a-Lago, the leaders agree to begin "free, fair and reciprocal" (FFR) trade consultations.
- May 23, 2018: The Commerce Department opens a Section 232 investigation of autos and auto parts.
- August 9-10, 2018: USTR Robert Lighthizer and Japan's Economic Revitalization Minister Toshimitsu Motegi hold the first FFR meeting in Washington.
- September 26, 2018: Joint statement launching negotiations on a bilateral agreement.
- October 16, 2018: TPA notification sent to Congress.
- December 10, 2018: USTR public hearing on negotiating objectives.
- January 2019: First formal negotiating round targeted, after the 90-day notice period ends.

## What the Leaders Agreed

The statement commits the two governments to negotiate an agreement on trade in goods, and on services and other key areas in which early results are attainable. Japan's government refers to the talks as negotiations on a "Trade Agreement on goods" (TAG) and insists they are not free trade agreement (FTA) talks; U.S. officials describe a first stage on the way to a comprehensive FTA. Each side set out a marker of its own:

- For Japan, market access for agricultural, forestry, and fishery products is not to exceed what Japan granted in its earlier economic partnership agreements, the TPP among them.
- For the United States, market access terms for motor vehicles are to be designed to raise U.S. auto production and jobs.
- After the first negotiations are completed, the two sides are to consult on other trade and investment issues, including non-tariff barriers.

## Process and Timing

Under TPA, USTR must wait at least 90 days after notifying Congress before starting formal negotiations, so the talks cannot open before January 14, 2019. It must also publish detailed negotiating objectives no later than 30 days before the first round. USTR requested public comments in an October 26 Federal Register notice. Administration officials have said they intend to hold the first formal negotiating round in January 2019, soon after the waiting period lapses. Lighthizer will lead for the United States and Motegi for Japan.

Some observers expect the Administration to seek a limited "early harvest" deal, chiefly on tariffs, that could take effect without a vote in Congress, as tariff cuts below certain thresholds may be proclaimed under existing authority. How such a deal would fit TPA's consultation requirements, and whether the 116th Congress that takes office after the November 6 midterm elections will press for a broader agreement, are open questions.

## Trade and Investment Ties

In 2017, U.S. trade with Japan was surpassed only by U.S. trade with three other partners: China, Canada, and Mexico. U.S. exports of goods and services to Japan came to roughly one hundred fourteen billion dollars that year. Goods, chiefly aircraft, machinery, medical equipment, and farm products, accounted for $67.7 billion; services such as travel, charges for the use of intellectual property, and financial services made up the other $46.2 billion. Farm products alone came to nearly $12 billion, making Japan the third-largest foreign market for U.S. agriculture.

U.S. purchases from Japan were considerably larger (Table 1).

Table 1. U.S. Imports from Japan, 2016-2017

| $ billions | 2016 | 2017 |
| --- | --- | --- |
| Goods | 132.2 | 136.5 |
| Services | 33.5 | 34.6 |
| Total | 165.7 | 171.1 |

Source: Bureau of Economic Analysis; goods on a Census basis.

The resulting U.S. shortfall in merchandise trade, $68.8 billion in 2017, was exceeded only by the deficits with China and Mexico. Census figures for January through August 2018 show a goods deficit with Japan of $45.6 billion, slightly smaller than in the same months of 2017. President Trump has singled out the deficit, and autos in particular, as evidence of unfair trade; most economists attribute bilateral balances chiefly to macroeconomic factors such as national saving and investment.

**Figure 1. U.S. Goods Trade with Japan, 2013-2017**

Source: U.S. Census Bureau.

Investment ties are deep. At the end of 2017, Japanese companies' direct investment position in the United States stood at $469.1 billion; only British firms held more. The U.S. direct investment position in Japan was about $120 billion that year, roughly a quarter of the Japanese stake. U.S. affiliates of Japanese firms employed some 856,000 workers in 2016. Japan is also a leading creditor of the U.S. government. Its holdings of U.S. Treasury securities, about $1.03 trillion in August 2018, rank second among foreign holders, behind China's $1.17 trillion.

## Japan's Other Agreements

While Washington and Tokyo prepare to negotiate, Japan's other trade agreements are advancing. The 11 remaining TPP signatories signed a revised pact, the Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP, or TPP-11), in Santiago, Chile, on March 8, 2018. It enters into force 60 days after six signatories ratify it. Mexico, Japan, Singapore, New Zealand, and Canada have done so; Australia is expected to complete its process within days, which would bring the agreement into force on December 30, 2018. Japan's Economic Partnership Agreement with the European Union, signed on July 17, 2018, is expected to take effect early in 2019. Both will give competitors preferential access to Japan's market that U.S. exporters lack: Japan's 38.5% tariff on beef, for example, falls to 27.5% for CPTPP members on entry into force and to 9% after 16 years.

The U.S.-Mexico-Canada Agreement (USMCA), announced September 30, may serve as a U.S. template. Side letters would shield up to 2.6 million passenger vehicles a year from each of Canada and Mexico from any Section 232 auto tariffs, and one provision would let a party withdraw if another concludes an FTA with a "non-market" country. Whether the Administration will seek comparable terms, or a currency provision like USMCA's, from Japan is unclear. The Treasury Department's October 17 foreign exchange report kept Japan on its monitoring list but did not find it to be manipulating its currency.

## Issues for Congress

Members may wish to consider whether an agreement limited to goods would meet TPA's negotiating objectives, and how to weigh agricultural access that may at best match what CPTPP members will already enjoy. Other questions include whether the Administration would impose Section 232 auto tariffs on Japan if talks stall, how an agreement would treat digital trade and services, and how trade friction could affect an alliance both governments regard as central to their strategies toward China and North Korea. Several bills in the 115th Congress would require congressional approval of new Section 232 tariffs.

**Brock R. Williams**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Trump", "Donald", "President Donald J. Trump"),
        "leaders.japan_prime_minister": P("Abe", "Shinzo", "Prime Minister Shinzo Abe", note="given name first"),
        "trade.overall_partner_rank": F(4, period="2017", as_written="In 2017, U.S. trade with Japan was surpassed only by U.S. trade with three other partners: China, Canada, and Mexico", note="three partners named ahead of Japan: rank 4"),
        "trade.us_exports_to_japan": F(114000000000, "about", period="2017", as_written="U.S. exports of goods and services to Japan came to roughly one hundred fourteen billion dollars that year", note="number in words; year carried from the sentence before"),
        "trade.us_goods_exports_to_japan": F(67700000000, period="2017", as_written="Goods, chiefly aircraft, machinery, medical equipment, and farm products, accounted for $67.7 billion"),
        "trade.us_services_exports_to_japan": F(46200000000, period="2017", as_written="services such as travel, charges for the use of intellectual property, and financial services made up the other $46.2 billion"),
        "trade.us_imports_from_japan": F(171100000000, period="2017", as_written="Table 1 (U.S. Imports from Japan), Total row, 2017 column: 171.1", note="only in Table 1 ($ billions); the 2016 column is a trap"),
        "trade.us_goods_imports_from_japan": F(136500000000, period="2017", as_written="Table 1, Goods row, 2017 column: 136.5", note="only in Table 1"),
        "trade.us_services_imports_from_japan": F(34600000000, period="2017", as_written="Table 1, Services row, 2017 column: 34.6", note="only in Table 1"),
        "trade.goods_deficit": F(68800000000, period="2017", as_written="The resulting U.S. shortfall in merchandise trade, $68.8 billion in 2017"),
        "trade.goods_deficit_rank": F(3, period="2017", as_written="was exceeded only by the deficits with China and Mexico", note="two deficits larger: rank 3"),
        "trade.fdi_source_rank": F(2, period="2017", as_written="Japanese companies' direct investment position in the United States stood at $469.1 billion; only British firms held more"),
        "trade.japan_fdi_stock_in_us": F(469100000000, period="2017", as_written="At the end of 2017, Japanese companies' direct investment position in the United States stood at $469.1 billion"),
        "trade.us_fdi_stock_in_japan": F(120000000000, "about", period="2017", as_written="The U.S. direct investment position in Japan was about $120 billion that year", note="'that year' carries 2017 from the sentence before"),
        "trade.treasury_holder_rank": F(2, as_written="Its holdings of U.S. Treasury securities, about $1.03 trillion in August 2018, rank second among foreign holders, behind China's $1.17 trillion", note="subject 'Its' carried from 'Japan is also a leading creditor'"),
    },
    "elections": {
        "ldp_president_2018": E("LDP president", "2018-09-20", "held", result="Abe won a third term, defeating Shigeru Ishiba 553 votes to 254"),
        "upper_house_2019": E("Upper House", "2019-07", "upcoming"),
    },
    "events": {
        "first_negotiating_round": EV("First round of U.S.-Japan trade agreement negotiations (planned)", "2019-01", "upcoming"),
    },
    "notes": "Traps: 'On September 26, 2018, President Donald J. Trump and Prime Minister Shinzo Abe agreed in New York to open negotiations' and the sidebar's 'September 26, 2018: Joint statement' (talks launched: no catalogue fact, not the first round); 'the 12-country pact'; 'withdrew the United States in January 2017'; 'on October 16, the U.S. Trade Representative (USTR) notified Congress' and 'October 16, 2018: TPA notification' (not an agreement date); 'Section 232 tariffs on steel (25%) and aluminum (10%) in effect since March 23, 2018' and the sidebar's 'March 23, 2018' (steel/aluminum, not autos; not a tariff on most imports); 'South Korea, by contrast, escaped them by accepting a quota of roughly 2.7 million metric tons' (another country); 'could lead to tariffs as high as 25% on Japanese cars, ten times the 2.5% duty now charged' (threatened auto rate; MFN duty: no tariffs.section232_autos); 'some $56 billion, or about two-fifths, of U.S. goods imports from Japan in 2017' (autos subset, not goods imports); 'defeating former Defense Minister Shigeru Ishiba by 553 votes to 254' (votes, not seats); 'April 18, 2018: At Mar-a-Lago' and 'August 9-10, 2018: ... hold the first FFR meeting in Washington' (FFR consultations, not the first negotiating round); 'May 23, 2018: The Commerce Department opens a Section 232 investigation' (not a proclamation); 'December 10, 2018: USTR public hearing'; 'the talks cannot open before January 14, 2019' (statutory earliest date; the planned round is 'in January 2019', month precision); 'at least 90 days', 'no later than 30 days'; 'an October 26 Federal Register notice'; 'the November 6 midterm elections' (U.S. election, not listed); 'Farm products alone came to nearly $12 billion, making Japan the third-largest foreign market for U.S. agriculture' (subset and a farm-market rank, not the overall rank); Table 1's 2016 column (132.2, 33.5, 165.7); 'Census figures for January through August 2018 show a goods deficit with Japan of $45.6 billion' (partial year); Figure 1 (interleaved: year labels 2013-2017, ticks 0-160, two-series legend, no values; HTML: floated into the sidebar); 'employed some 856,000 workers in 2016'; 'roughly a quarter of the Japanese stake' (ratio); 'about $1.03 trillion in August 2018' and 'China's $1.17 trillion' (holdings, not ranks); 'in Santiago, Chile, on March 8, 2018', '60 days after six signatories ratify it', 'on December 30, 2018' (CPTPP, expected), 'signed on July 17, 2018' (Japan-EU EPA) (other agreements: not agreements.* facts); 'Japan's 38.5% tariff on beef ... falls to 27.5% ... and to 9% after 16 years'; 'announced September 30' and 'up to 2.6 million passenger vehicles a year' (USMCA, other countries); 'October 17 foreign exchange report'; '115th Congress', '116th Congress'. Interleaved: NBSP before billion/percent, hyphenated line ends; columns alternate line by line.",
}
