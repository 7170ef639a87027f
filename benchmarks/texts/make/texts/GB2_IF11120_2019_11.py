from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "GB2-IF11120-2019-11", "fresh26", "IF11120", 9
TITLE = "U.S.-Japan Trade Agreement Negotiations"
LAYOUTS = ["html", "layout"]
PDF_OPTS = ["lig", "quotes", "hyph"]
SIDEBAR = "Milestones"
CHART = {"unit": "$ billions", "ymax": 160, "ticks": [0, 40, 80, 120, 160],
         "series": ["U.S. goods exports to Japan", "U.S. goods imports from Japan"],
         "bars": {"2014": (66.8, 134.5), "2015": (62.4, 131.4), "2016": (63.2, 132.2), "2017": (67.6, 136.5), "2018": (75.0, 142.6)}}

MD = """
U.S.-Japan Trade Agreement Negotiations

Updated November 12, 2019

## Overview

A first, limited trade deal between the United States and Japan awaits only Japan's ratification. Its terms were settled at a meeting between President Trump and Prime Minister Abe Shinzo on September 25 in New York, where the two leaders announced that negotiators had finished their work. Two texts were then signed in Washington on October 7, 2019: the U.S.-Japan Trade Agreement (USJTA), which deals mostly with tariffs, and the U.S.-Japan Digital Trade Agreement. Neither is yet in effect. The Administration wants both to take effect on January 1, 2020, which requires the approval of Japan's Diet; Japan's lower chamber is expected to vote this month and its upper chamber in early December. Abe's coalition retained control of the upper chamber in an election held on July 21.

The Administration calls the package "stage one." In a joint statement, the leaders said they intend to open consultations within four months of entry into force on a wider agreement that could cover services, investment, and other issues.

## Market Access

The USJTA is narrow. It does not address autos, the largest item in bilateral trade, or Japan's rice market. Its main provisions:

- Japan is to eliminate or reduce tariffs on roughly $7.2 billion of U.S. food and farm exports, matching the access it granted Trans-Pacific Partnership (TPP) members; its 38.5% tariff on beef, for instance, would fall in stages to 9% by 2033.
- The United States is to cut or remove tariffs on about $1.3 billion of agricultural imports from Japan, along with some industrial goods such as machine tools.
- The U.S. 2.5% tariff on passenger cars is unchanged.

The digital agreement, which covers an estimated $40 billion of trade, bars customs duties on electronic transmissions and limits governments' power to demand access to source code.

## Congress's Role

The Administration used authority in the 2015 trade promotion authority (TPA) law that lets the President proclaim modest tariff cuts without further legislation, and it treats the digital text as an executive agreement. Congress will therefore not vote on either one. USTR had notified Congress of its intent to negotiate in October 2018, more than 90 days before talks began, as TPA requires. Some Members have questioned whether the deal's scope fits that authority and whether a broader "stage two" will materialize.

## Autos and Section 232

The auto question hangs over the talks. On May 17, 2019, President Trump proclaimed that rising imports of cars and parts threatened to impair national security and instructed USTR to seek agreements with Japan, the European Union, and others to limit them. The 180 days the proclamation allowed will run out this week. The Commerce Department had recommended duties of up to 25%, but none has been imposed. Japanese officials say Abe was assured in September that no Section 232 tariffs would hit Japanese vehicles as long as both sides honor the deal; U.S. officials have not said so publicly. Tariffs of 25% on steel and 10% on aluminum, imposed under the same statute in March 2018, still apply to Japan.

## Milestones

- Sept. 26, 2018: leaders agree to begin talks
- April 2019: first formal negotiating round, Washington
- May 17, 2019: Section 232 auto proclamation
- Sept. 25, 2019: deal announced in New York
- Oct. 7, 2019: USJTA and digital agreement signed
- Jan. 1, 2020: planned entry into force

## Trade and Investment Ties

Japan ranked fourth among U.S. trade partners in 2018, after China, Canada, and Mexico. That year, the United States sold Japan $121.1 billion in goods and services and bought $179.7 billion from it. Goods accounted for $75.2 billion and $143.6 billion of those sums, respectively. The rest was services: U.S. exports of $45.9 billion, and imports of $36.1 billion.

Table 1. U.S. Trade with Japan ($ billions)

| Flow | 2017 | 2018 |
| --- | --- | --- |
| Goods exports | 68.3 | 75.2 |
| Services exports | 44.2 | 45.9 |
| Goods imports | 137.0 | 143.6 |
| Services imports | 34.6 | 36.1 |

Source: Bureau of Economic Analysis.

Measured on a Census basis, the U.S. deficit in goods trade with Japan came to $67.6 billion in 2018. Only China, Mexico, and Germany ran larger goods surpluses with the United States. Through September of this year, the gap stood at $51.9 billion.

**Figure 1. U.S. Goods Trade with Japan, 2014-2018**

Source: U.S. Census Bureau.

Investment runs heavily toward the United States. Japanese firms held a direct investment position of $484.4 billion there at the end of 2018, second only to the United Kingdom's. The U.S. stake in Japan was about a quarter of that, some $125 billion. Japan is again the largest foreign holder of U.S. Treasury securities, having moved back ahead of China in June; its holdings stood at $1.17 trillion in August.

## Issues Ahead

Abe, who later this month becomes Japan's longest-serving prime minister, has said a second stage should not include auto tariffs. U.S. agricultural groups, which lost ground in Japan after the TPP took effect without the United States at the end of 2018, have welcomed the deal; some manufacturers want the second stage to deal with non-tariff barriers and currency.

**Brock R. Williams**, Analyst in International Trade and Finance

**Cathleen D. Cimino-Isaacs**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Trump", "Donald", "President Trump", note="given name not written"),
        "leaders.japan_prime_minister": P("Abe", "Shinzo", "Prime Minister Abe Shinzo", note="family name first"),
        "trade.overall_partner_rank": F(4, period="2018", as_written="Japan ranked fourth among U.S. trade partners in 2018, after China, Canada, and Mexico"),
        "trade.us_exports_to_japan": F(121100000000, period="2018", as_written="That year, the United States sold Japan $121.1 billion in goods and services"),
        "trade.us_imports_from_japan": F(179700000000, period="2018", as_written="and bought $179.7 billion from it"),
        "trade.us_goods_exports_to_japan": F(75200000000, period="2018", as_written="Goods accounted for $75.2 billion and $143.6 billion of those sums, respectively", note="also Table 1's 2018 column"),
        "trade.us_goods_imports_from_japan": F(143600000000, period="2018", as_written="Goods accounted for $75.2 billion and $143.6 billion of those sums, respectively", note="also Table 1's 2018 column"),
        "trade.us_services_exports_to_japan": F(45900000000, period="2018", as_written="The rest was services: U.S. exports of $45.9 billion", note="also Table 1's 2018 column"),
        "trade.us_services_imports_from_japan": F(36100000000, period="2018", as_written="and imports of $36.1 billion", note="also Table 1's 2018 column"),
        "trade.goods_deficit": F(67600000000, period="2018", as_written="Measured on a Census basis, the U.S. deficit in goods trade with Japan came to $67.6 billion in 2018"),
        "trade.goods_deficit_rank": F(4, period="2018", as_written="Only China, Mexico, and Germany ran larger goods surpluses with the United States", note="three ahead of Japan = 4"),
        "trade.japan_fdi_stock_in_us": F(484400000000, period="2018", as_written="Japanese firms held a direct investment position of $484.4 billion there at the end of 2018"),
        "trade.fdi_source_rank": F(2, period="2018", as_written="second only to the United Kingdom's"),
        "trade.us_fdi_stock_in_japan": F(125000000000, "about", period="2018", as_written="The U.S. stake in Japan was about a quarter of that, some $125 billion", note="year carried from the sentence before"),
        "trade.treasury_holder_rank": F(1, period="2019-08", as_written="Japan is again the largest foreign holder of U.S. Treasury securities, having moved back ahead of China in June; its holdings stood at $1.17 trillion in August"),
        "agreements.usjta_signed": D("2019-10-07", as_written="Two texts were then signed in Washington on October 7, 2019: the U.S.-Japan Trade Agreement (USJTA)", note="also the sidebar 'Oct. 7, 2019: USJTA and digital agreement signed'"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="The Administration wants both to take effect on January 1, 2020", note="expected, not yet in force ('Neither is yet in effect'); also the sidebar 'Jan. 1, 2020: planned entry into force'"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="The Administration wants both to take effect on January 1, 2020", note="expected, not yet in force"),
    },
    "elections": {
        "upper_house_2019": E("Upper House", "2019-07-21", "held", result="Abe's coalition retained control"),
    },
    "events": {
        "first_negotiating_round": EV("First formal round of U.S.-Japan trade negotiations, Washington", "2019-04", "held"),
        "section232_autos_proclamation": EV("Trump proclaims that auto imports threaten to impair national security (Section 232)", "2019-05-17", "held"),
        "stage_one_deal_finalized": EV("Trump and Abe announce the stage one deal's terms are finalized", "2019-09-25", "held"),
    },
    "notes": "Traps: 'awaits only Japan's ratification' and 'Neither is yet in effect' (in-force dates are expected); 'Japan's lower chamber is expected to vote this month and its upper chamber in early December' (Diet votes, not in-force dates or elections); 'in an election held on July 21' (Upper House, held: not an in-force date); 'within four months of entry into force'; 'roughly $7.2 billion of U.S. food and farm exports'; 'its 38.5% tariff on beef, for instance, would fall in stages to 9% by 2033' (Japan's tariffs); 'about $1.3 billion of agricultural imports from Japan'; 'The U.S. 2.5% tariff on passenger cars is unchanged' (an MFN rate on one product, not a tariff on most imports); 'an estimated $40 billion of trade'; 'the 2015 trade promotion authority (TPA) law'; 'in October 2018, more than 90 days before talks began'; 'The 180 days the proclamation allowed will run out this week'; 'The Commerce Department had recommended duties of up to 25%, but none has been imposed' (recommended, not a Section 232 auto rate); 'Tariffs of 25% on steel and 10% on aluminum, imposed under the same statute in March 2018' (not autos); sidebar 'Milestones' (HTML aside; inline in the layout text): 'Sept. 26, 2018: leaders agree to begin talks' (not the first round), 'Jan. 1, 2020: planned entry into force'; 'after China, Canada, and Mexico'; Table 1's 2017 column (68.3, 44.2, 137.0, 34.6); 'Through September of this year, the gap stood at $51.9 billion' (partial year); Figure 1 (Census goods, 2014-2018, ticks 0-160, two-series legend, no values; its 2018 bars are Census figures differing from the prose's BEA goods figures); 'about a quarter of that' (a ratio beside the U.S. stock); 'having moved back ahead of China in June' and '$1.17 trillion in August' (Treasury holdings, not FDI); 'who later this month becomes Japan's longest-serving prime minister'; 'after the TPP took effect without the United States at the end of 2018'. PDF/layout: ligatures, curly quotes, hyphenated line ends; pdftotext -layout runs the two columns side by side, the table, list and figure among them.",
}
