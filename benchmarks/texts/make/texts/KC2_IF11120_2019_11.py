from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "KC2-IF11120-2019-11", "fresh30", "IF11120", 9
TITLE = "U.S.-Japan Trade Agreement Negotiations"
LAYOUTS = ["md", "pdf"]
PDF_OPTS = ["lig", "nbsp"]
CHART = {"unit": "Percent", "ymax": 40, "ticks": [0, 10, 20, 30, 40],
         "series": ["Before the USJTA", "Final rate"],
         "bars": {"Beef": (38.5, 9.0), "Cheese": (29.8, 0.0), "Wine": (15.0, 0.0), "Walnuts": (10.0, 0.0)}}

MD = """
U.S.-Japan Trade Agreement Negotiations

Updated November 22, 2019

## Overview

A first stage of bilateral trade negotiations between the United States and Japan has been concluded. Meeting in New York on September 25, President Donald Trump and Prime Minister Abe Shinzo announced that a limited deal had been finalized, and its texts were signed in Washington on October 7 by U.S. Trade Representative (USTR) Robert Lighthizer and Japan's ambassador, Sugiyama Shinsuke. The deal consists of two agreements. The first, the U.S.-Japan Trade Agreement (USJTA), cuts or removes tariffs on selected agricultural and industrial goods; the second, the U.S.-Japan Digital Trade Agreement (DTA), sets rules for digital commerce.

Neither agreement is being submitted to Congress for a vote: the Administration is proclaiming the U.S. tariff cuts under authority delegated by the 2015 Trade Promotion Authority (TPA) law, and treats the DTA as an executive agreement. In Japan, both require the Diet's approval. The lower chamber gave it on November 19, and the upper chamber is expected to follow early next month, so that entry into force can take place on the first day of 2020, the date both governments are working toward.

## How the Talks Began

A bilateral deal was not the path either government first chose. Both signed the Trans-Pacific Partnership (TPP) in February 2016, but the United States withdrew in January 2017, days after President Trump took office. Japan then led the other 10 signatories to conclude the Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP), which entered into force on December 30, 2018; Japan's economic partnership agreement with the European Union followed on February 1, 2019. Since then, U.S. farm exporters have paid higher Japanese tariffs than competitors from Australia, Canada, and Europe.

The two leaders agreed to begin negotiations in a September 2018 joint statement, which also committed the United States not to act against the statement's spirit while talks were under way, a passage Tokyo read as a promise to hold off on auto tariffs. Lighthizer and Japan's economy minister, Motegi Toshimitsu, held their first formal round of talks in Washington in mid-April 2019. Japan's position at home was strengthened three months later, when Abe's coalition kept its majority in the July 21 House of Councillors election, although it lost the two-thirds majority he sought for constitutional revision. This week Abe became the longest-serving prime minister in Japan's history.

## What Stage One Covers

Japan is to eliminate or reduce tariffs on about $7.2 billion of U.S. food and agricultural exports, putting them on a footing comparable to that of CPTPP members (Figure 1). Among its commitments:

- Beef: the 38.5% tariff drops to 26.6% on entry into force, the rate CPTPP suppliers then pay, and to 9% by 2033.
- Pork: the duty on lower-priced cuts falls to ¥50 per kilogram by 2027.
- Wine, cheeses, and walnuts: tariffs phase out over periods of up to 15 years.
- Rice: excluded from the deal.

The United States, for its part, is to cut or eliminate tariffs on some 240 industrial products, among them machine tools, steam turbines, and bicycles, and on a small number of Japanese farm goods. Its 2.5% tariff on passenger cars is untouched, as is the 25% tariff on light trucks; the USJTA puts off auto tariffs to later negotiations.

**Figure 1. Japanese Tariffs on Selected U.S. Farm Products Under the USJTA**

Source: USTR; Japan's tariff schedule. Final rates phase in.

The DTA follows the digital trade chapter of the U.S.-Mexico-Canada Agreement (USMCA). It bars customs duties on digital products such as e-books and music, prohibits requirements to store data locally, and limits government demands for access to source code and algorithms.

## Autos and Section 232

Autos remain the most sensitive issue. Motor vehicles and parts account for roughly a third of U.S. goods imports from Japan, and Japanese firms built about 3.8 million vehicles in the United States last year. In a proclamation on May 17, 2019, the President concurred with a Commerce Department finding that imports of autos and parts threaten national security, and directed USTR to seek agreements with Japan, the European Union, and others within 180 days. That period ran out on November 13 with no tariffs announced; Commerce had reportedly recommended duties of as much as 25%. Abe has said the President assured him in September that no Section 232 auto tariffs would be imposed on Japan, but the Administration has not made that promise public. Japanese steel and aluminum, meanwhile, have paid Section 232 tariffs of 25% and 10%, respectively, since March 2018.

## Trade and Investment Ties

Fourth among U.S. trading partners in 2018, Japan bought $121.1 billion of U.S. goods and services that year and sold $178.2 billion of them to the United States. Goods make up most of the flow in each direction (Table 1). Measured in goods alone, the U.S. deficit with Japan was $67.6 billion, the fourth-largest of any bilateral goods deficit; in 2015, it had been second only to China's.

Table 1. U.S. Trade with Japan, 2017-2018 ($ billions)

| | 2017 | 2018 |
| --- | --- | --- |
| Goods exports | 67.7 | 75.0 |
| Services exports | 44.9 | 46.1 |
| Goods imports | 136.5 | 142.6 |
| Services imports | 34.2 | 35.6 |

Source: Bureau of Economic Analysis (BEA).

Investment ties run deeper still. At the end of 2018, Japanese firms held $484.4 billion of direct investment in the United States, a stock exceeded only by that of firms from the United Kingdom; their U.S. affiliates employ some 860,000 workers. U.S. direct investment in Japan was roughly a quarter as large ($126.8 billion). Japan is also the largest foreign creditor of the U.S. government. In June it passed China as the top holder of U.S. Treasury securities, and its holdings had reached $1.15 trillion by September.

## Next Steps and Issues for Congress

Both governments describe the USJTA as a first stage. Within four months of its entry into force, they are to consult on the subjects of further talks, which U.S. officials hope will include services, investment, and remaining barriers to trade, while Tokyo wants U.S. auto tariffs on the table. Issues that Members of Congress have raised include:

- whether proclaiming the tariff cuts without a congressional vote is consistent with the intent of TPA;
- whether a deal that covers far less than "substantially all the trade" between the two countries will be challenged under World Trade Organization rules;
- whether a second stage can address autos, services, and currency practices, and what role Congress would then play.

**Brock R. Williams**, Specialist in International Trade and Finance

**Cathleen D. Cimino-Isaacs**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Trump", "Donald", "President Donald Trump"),
        "leaders.japan_prime_minister": P("Abe", "Shinzo", "Prime Minister Abe Shinzo", note="family name first"),
        "agreements.usjta_signed": D("2019-10-07", as_written="its texts were signed in Washington on October 7 by U.S. Trade Representative (USTR) Robert Lighthizer and Japan's ambassador", note="passive; 'its texts' are the deal's two agreements, the USJTA named in the next sentences; year from the cover"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="so that entry into force can take place on the first day of 2020, the date both governments are working toward", note="expected, not yet in force (Diet's upper chamber still to approve); 'both require' carries the two agreements"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="so that entry into force can take place on the first day of 2020, the date both governments are working toward", note="expected; the same sentence covers both agreements"),
        "trade.overall_partner_rank": F(4, period="2018", as_written="Fourth among U.S. trading partners in 2018, Japan bought", note="fronted phrase"),
        "trade.us_exports_to_japan": F(121100000000, period="2018", as_written="Japan bought $121.1 billion of U.S. goods and services that year"),
        "trade.us_goods_exports_to_japan": F(75000000000, period="2018", as_written="Table 1, 2018 column: Goods exports 75.0", note="table only; $ billions in the caption"),
        "trade.us_services_exports_to_japan": F(46100000000, period="2018", as_written="Table 1, 2018 column: Services exports 46.1", note="table only"),
        "trade.us_imports_from_japan": F(178200000000, period="2018", as_written="and sold $178.2 billion of them to the United States", note="subject Japan carried; a U.S. import"),
        "trade.us_goods_imports_from_japan": F(142600000000, period="2018", as_written="Table 1, 2018 column: Goods imports 142.6", note="table only"),
        "trade.us_services_imports_from_japan": F(35600000000, period="2018", as_written="Table 1, 2018 column: Services imports 35.6", note="table only"),
        "trade.goods_deficit": F(67600000000, period="2018", as_written="Measured in goods alone, the U.S. deficit with Japan was $67.6 billion", note="year carried from the paragraph's first sentence"),
        "trade.goods_deficit_rank": F(4, period="2018", as_written="the fourth-largest of any bilateral goods deficit; in 2015, it had been second only to China's", note="2015's second place a trap"),
        "trade.fdi_source_rank": F(2, period="2018", as_written="a stock exceeded only by that of firms from the United Kingdom"),
        "trade.japan_fdi_stock_in_us": F(484400000000, period="2018", as_written="At the end of 2018, Japanese firms held $484.4 billion of direct investment in the United States"),
        "trade.us_fdi_stock_in_japan": F(126800000000, period="2018", as_written="U.S. direct investment in Japan was roughly a quarter as large ($126.8 billion)", note="'roughly' hedges the ratio; the amount is exact; year carried"),
        "trade.treasury_holder_rank": F(1, period="2019-09", as_written="In June it passed China as the top holder of U.S. Treasury securities, and its holdings had reached $1.15 trillion by September", note="June is when the rank changed; the period is the holdings' month, year from the cover"),
    },
    "elections": {
        "upper_house_2019": E("Upper House", "2019-07-21", "held", result="coalition kept its majority; lost the two-thirds Abe sought", note="year carried from 'mid-April 2019 ... three months later'"),
    },
    "events": {
        "first_negotiating_round": EV("Lighthizer and Motegi hold the first formal round of talks in Washington", "2019-04", "held"),
        "section232_autos_proclamation": EV("Section 232 autos proclamation: imports threaten national security; USTR to negotiate", "2019-05-17", "held"),
        "stage_one_deal_finalized": EV("Trump and Abe announce in New York that a limited deal has been finalized", "2019-09-25", "held"),
    },
    "notes": "Traps: 'The lower chamber gave it on November 19' (Diet approval, not entry into force) and 'early next month'; 'the 2015 Trade Promotion Authority (TPA) law'; 'Both signed the Trans-Pacific Partnership (TPP) in February 2016' and 'the United States withdrew in January 2017' (TPP, not the USJTA); 'the other 10 signatories'; 'entered into force on December 30, 2018' (CPTPP) and 'followed on February 1, 2019' (Japan-EU agreement); 'a September 2018 joint statement' (talks agreed, not a tracked event); 'three months later' and 'lost the two-thirds majority he sought' (not a share); 'Abe became the longest-serving prime minister'; 'about $7.2 billion of U.S. food and agricultural exports' (exports covered, not the export total); 'the 38.5% tariff drops to 26.6%' and 'to 9% by 2033' (Japanese tariffs); '¥50 per kilogram by 2027'; 'over periods of up to 15 years'; 'some 240 industrial products'; 'Its 2.5% tariff on passenger cars' and 'the 25% tariff on light trucks' (product MFN duties, not the tariff on most imports); Figure 1 (Japanese farm tariffs before and after, percent; axis ticks 0-40, no value labels); 'roughly a third of U.S. goods imports from Japan'; 'about 3.8 million vehicles'; 'within 180 days' and 'ran out on November 13'; 'duties of as much as 25%' (recommended, never imposed: no Section 232 auto tariff); 'Section 232 tariffs of 25% and 10%, respectively, since March 2018' (steel and aluminum); Table 1's 2017 column; 'in 2015, it had been second only to China's' (past deficit rank); 'some 860,000 workers'; 'roughly a quarter as large' (a ratio); 'In June it passed China'; 'Within four months of its entry into force'; '\"substantially all the trade\"'; PDF ligatures and non-breaking spaces",
}
