from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "MC2-IF11120-2019-07", "fresh32", "IF11120", 5
TITLE = "U.S.-Japan Trade Agreement Negotiations"
LAYOUTS = ["html", "md"]
SIDEBAR = "Milestones"

MD = """
U.S.-Japan Trade Agreement Negotiations

Updated July 24, 2019

## Where Things Stand

Bilateral trade talks between the United States and Japan, formally launched in April, may now accelerate. Negotiators on both sides had signaled that little would be settled before Japan's July 21 upper house election, in which the ruling coalition of Prime Minister Shinzo Abe's Liberal Democratic Party (LDP) and Komeito kept its majority, although the bloc favoring constitutional revision fell short of the two-thirds it sought. President Trump, during a state visit to Tokyo in late May, said he expected "big numbers" on trade by August. No text has been agreed, and the scope of a deal remains contested: the Administration describes the talks as a step toward a comprehensive agreement, while Tokyo has characterized them as negotiations on goods.

## How the Talks Began

The Trump Administration withdrew the United States from the Trans-Pacific Partnership (TPP) in January 2017. Japan then led the remaining 10 members in concluding the Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP), in force since December 30, 2018, and it put its Economic Partnership Agreement with the European Union into effect on February 1, 2019. Both agreements give Australian, Canadian, and European farmers tariff cuts in Japan that U.S. exporters do not receive.

Washington, meanwhile, pressed Tokyo for a bilateral deal. In a joint statement issued in New York in September 2018, the two leaders agreed to negotiate; Japan was assured that, while talks continued, the United States would refrain from actions counter to the statement's spirit. USTR notified Congress of its intent to negotiate in October 2018, as Trade Promotion Authority (TPA) requires, and published negotiating objectives in December. U.S. Trade Representative Robert Lighthizer and Japan's economy minister, Motegi Toshimitsu, held their opening round in mid-April and have met several times since.

## Milestones

- January 2017: United States withdraws from TPP
- September 2018: Trump-Abe joint statement on negotiations
- December 2018: USTR releases negotiating objectives
- April 2019: first negotiating round, Washington
- May 17, 2019: presidential proclamation on auto imports
- October 1, 2019: Japan's consumption tax is scheduled to rise from 8% to 10%

## Issues in the Negotiations

**Agriculture.** U.S. producers want at least the access that CPTPP members now enjoy. Japan's tariff on U.S. beef, for instance, remains 38.5%, while Australian beef pays 26.6% this fiscal year, falling in stages to 9% by 2033. Japan has said it will go no further than its TPP commitments.

**Motor vehicles.** Autos and parts account for roughly a third of U.S. goods imports from Japan. On May 17, President Trump proclaimed that such imports threaten U.S. national security and directed USTR to seek agreements to address the threat, deferring any tariff for up to 180 days. The Commerce Department's report reportedly recommended duties of up to 25%, the same rate the United States has long applied to light trucks; the current U.S. tariff on passenger cars is 2.5%. Japan seeks assurance that no Section 232 duties will be imposed on its vehicles and relief from the steel and aluminum tariffs (25% and 10%, respectively) in place since March 2018.

Tokyo has been here before. Under pressure from Washington, Japan capped its car exports to the United States at 1.68 million units a year from 1981, and Japanese automakers now build most of the vehicles they sell in the U.S. market at plants in the United States, a point Japanese officials stress.

**Other issues.** The Administration also seeks commitments on currency, digital trade, and services. Japan opposes a currency clause like the one in the U.S.-Mexico-Canada Agreement (USMCA), arguing that its monetary policy targets domestic inflation, not the exchange rate. Digital trade, where the two governments hold similar views, could be among the first areas settled; insurance, express delivery, and pharmaceutical pricing, long-standing U.S. concerns, are likelier to be deferred.

## The Economic Relationship

Japan was the fourth-largest U.S. trading partner in 2018, counting goods and services. The United States exported $121.1 billion to Japan that year and imported $178.2 billion; of those totals, goods made up $75.0 billion and $142.6 billion, respectively, and services the rest (Table 1). At $67.6 billion, the goods deficit with Japan ranked fourth, behind those with China, Mexico, and Germany, though it has narrowed from its mid-2000s level.

Table 1. U.S. Trade with Japan, 2017-2018 ($ billions)

| Flow | 2017 | 2018 |
| --- | --- | --- |
| Goods exports | 67.6 | 75.0 |
| Goods imports | 136.5 | 142.6 |
| Services exports | 45.4 | 46.1 |
| Services imports | 33.9 | 35.6 |

Source: U.S. Census Bureau and Bureau of Economic Analysis.

Investment runs heavily toward the United States. Japan's direct investment position in the United States, $484.4 billion at the end of 2018, trailed only the United Kingdom's; U.S. firms' position in Japan was about a quarter that size, close to $125 billion. Japan is also a major creditor: with $1.10 trillion in May, it was the second-largest foreign holder of U.S. Treasury securities, behind China by about $10 billion.

## Issues for Congress

Under TPA, any agreement that changes U.S. law must be submitted to Congress, which would vote on implementing legislation without amendment; a limited tariff deal could instead be implemented by proclamation, which some Members oppose. Members may also weigh whether a deal leaves Japan exposed to auto tariffs later, and how it affects U.S. farm exports already losing share to CPTPP and EU suppliers.

**Brock R. Williams**, Analyst in International Trade and Finance

**Cathleen D. Cimino-Isaacs**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Abe", "Shinzo", "Prime Minister Shinzo Abe", note="given name first"),
        "leaders.us_president": P("Trump", "Donald", "President Trump", note="given name not written"),
        "trade.overall_partner_rank": F(4, period="2018", as_written="Japan was the fourth-largest U.S. trading partner in 2018, counting goods and services"),
        "trade.us_exports_to_japan": F(121100000000, period="2018", as_written="The United States exported $121.1 billion to Japan that year"),
        "trade.us_imports_from_japan": F(178200000000, period="2018", as_written="and imported $178.2 billion"),
        "trade.us_goods_exports_to_japan": F(75000000000, period="2018", as_written="goods made up $75.0 billion and $142.6 billion, respectively", note="also Table 1, 'Goods exports' 2018 column"),
        "trade.us_goods_imports_from_japan": F(142600000000, period="2018", as_written="goods made up $75.0 billion and $142.6 billion, respectively", note="also Table 1, 'Goods imports' 2018 column"),
        "trade.us_services_exports_to_japan": F(46100000000, period="2018", as_written="Services exports | 45.4 | 46.1", note="Table 1 only, 2018 column, $ billions from the caption; prose says only 'and services the rest'"),
        "trade.us_services_imports_from_japan": F(35600000000, period="2018", as_written="Services imports | 33.9 | 35.6", note="Table 1 only, 2018 column"),
        "trade.goods_deficit": F(67600000000, period="2018", as_written="At $67.6 billion, the goods deficit with Japan ranked fourth"),
        "trade.goods_deficit_rank": F(4, period="2018", as_written="the goods deficit with Japan ranked fourth, behind those with China, Mexico, and Germany"),
        "trade.japan_fdi_stock_in_us": F(484400000000, period="2018", as_written="Japan's direct investment position in the United States, $484.4 billion at the end of 2018"),
        "trade.fdi_source_rank": F(2, period="2018", as_written="Japan's direct investment position in the United States, $484.4 billion at the end of 2018, trailed only the United Kingdom's"),
        "trade.us_fdi_stock_in_japan": F(125000000000, "nearly", period="2018", as_written="U.S. firms' position in Japan was about a quarter that size, close to $125 billion", note="'close to' is nearly; 'about a quarter' is a ratio, not the value; year carried"),
        "trade.treasury_holder_rank": F(2, period="2019-05", as_written="with $1.10 trillion in May, it was the second-largest foreign holder of U.S. Treasury securities, behind China", note="'it' carries Japan; year from the cover"),
    },
    "elections": {
        "upper_house_2019": E("Upper House", "2019-07-21", "held", result="LDP-Komeito coalition kept its majority; pro-revision bloc short of two-thirds"),
    },
    "events": {
        "first_negotiating_round": EV("Lighthizer and Motegi hold the opening round of U.S.-Japan trade negotiations", "2019-04", "held"),
        "section232_autos_proclamation": EV("President proclaims auto and parts imports a threat to U.S. national security", "2019-05-17", "held"),
    },
    "notes": "Traps: 'fell short of the two-thirds it sought'; 'during a state visit to Tokyo in late May' and 'by August' (expectation, no agreement); 'withdrew ... from the Trans-Pacific Partnership (TPP) in January 2017'; 'the remaining 10 members' (count of others); 'in force since December 30, 2018' (CPTPP) and 'into effect on February 1, 2019' (Japan-EU EPA), not U.S.-Japan agreements; 'In a joint statement issued in New York in September 2018' (no tracked event; not a signing); 'in October 2018' and 'in December' (TPA notices); sidebar 'Milestones' (html aside; a section in md): 'January 2017', 'September 2018', 'December 2018' are untracked, 'October 1, 2019: Japan's consumption tax is scheduled to rise from 8% to 10%' (planned, not a trade fact); the sidebar's 'April 2019' and 'May 17, 2019' bullets agree with the events; 'remains 38.5%', 'Australian beef pays 26.6% this fiscal year, falling in stages to 9% by 2033' (Japan's tariffs, other countries); 'roughly a third of U.S. goods imports from Japan' (share, not a value); 'capped its car exports to the United States at 1.68 million units a year from 1981' (past); 'deferring any tariff for up to 180 days'; 'reportedly recommended duties of up to 25%' (recommended, never imposed: no Section 232 autos rate), 'the same rate the United States has long applied to light trucks' and 'the current U.S. tariff on passenger cars is 2.5%' (MFN rates, not a tariff on most imports); 'steel and aluminum tariffs (25% and 10%, respectively)' (not autos or most imports); Table 1's 2017 column ('67.6' goods exports 2017, the same figure as the 2018 deficit; 136.5, 45.4, 33.9); 'though it has narrowed from its mid-2000s level'; 'about a quarter that size' (ratio); '$1.10 trillion' (holdings) and 'behind China by about $10 billion'; 'The Administration ... toward a comprehensive agreement' (no agreement signed or in force: no agreements.* facts).",
}
