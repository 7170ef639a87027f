from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "BA2-IF11120-2020-02", "fresh21", "IF11120", 9
TITLE = "U.S.-Japan Trade Agreement Negotiations"
LAYOUTS = ["pdf", "html"]
PDF_OPTS = ["lig", "hyph"]
SIDEBAR = "Autos: The Unsettled Question"
CHART = {"unit": "$ billions", "ymax": 15, "ticks": [0, 5, 10, 15],
         "series": ["U.S. agricultural exports to Japan"],
         "bars": {"2015": (12.0,), "2016": (11.3,), "2017": (11.9,), "2018": (12.9,), "2019": (11.8,)}}

MD = """
U.S.-Japan Trade Agreement Negotiations

Updated February 14, 2020

## Overview

Six weeks into their operation, the two limited agreements that President Donald J. Trump and Prime Minister Abe Shinzo concluded last autumn have begun to lower Japanese tariffs on U.S. farm goods. One, the U.S.-Japan Trade Agreement (USJTA), trims tariffs on agricultural and some industrial products; the other, the U.S.-Japan Digital Trade Agreement (DTA), sets rules for cross-border data flows and electronic commerce. The Administration calls the pair "stage one" and says comprehensive talks will follow. Tokyo speaks more guardedly of consultations on "possible" further negotiations.

Neither text went to Congress for a vote. The Administration relied on the President's delegated authority to proclaim modest tariff cuts for the USJTA and treated the DTA as an executive agreement, an approach some Members have questioned.

## Milestones, Latest First

- Both agreements enter into force (January 1, 2020), after approval by Japan's Diet (December 4, 2019)
- U.S. and Japanese envoys put their signatures to both texts in Washington (October 7, 2019)
- Meeting in New York, the two leaders declare the first stage finalized (September 25, 2019)
- Agreement in principle on the sidelines of the G-7 in Biarritz (August 25, 2019)
- The President proclaims that auto imports threaten U.S. national security (May 17, 2019)
- First formal negotiating round, in Washington (April 15-16, 2019)
- Joint statement committing the two sides to talks (September 26, 2018)

## What Stage One Covers

Japan is cutting or eliminating tariffs on about $7.2 billion of U.S. agricultural exports, bringing U.S. producers roughly level with competitors from the eleven countries in the Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP). Its beef tariff fell on January 1 from 38.5% to 26.6%, the rate Australian beef already paid, and is to reach 9% in FY2033. In exchange, the United States reduces duties on 241 tariff lines, mostly machine tools and other industrial goods. It does not touch its own 2.5% tariff on passenger cars or the 25% duty on light trucks; Japan's own tariff on cars is already zero.

**Figure 1. U.S. Agricultural Exports to Japan, 2015-2019**

Source: U.S. Department of Agriculture, Foreign Agricultural Service.

## Autos: The Unsettled Question

Motor vehicles and parts make up roughly a third of U.S. imports from Japan. Since May 17, 2019, when the President found that such imports threaten to impair national security, Japanese automakers have faced the prospect of Section 232 tariffs as high as 25%. None has been imposed, and the 180-day window for acting on the finding closed in mid-November. Tokyo reads the leaders' September 2019 statement, which says the United States will not take measures "against the spirit" of the agreements, as an assurance; U.S. officials have not confirmed that reading. Japanese steel and aluminum still pay the Section 232 duties of 25% and 10% imposed in 2018.

## Trade and Investment Ties

Japan, after China, Mexico, and Canada the largest U.S. trading partner in 2019, accounts for a smaller share of U.S. trade than it did in the 1990s. Table 1 sets its goods trade beside that of the other leading partners.

Table 1. U.S. Goods Trade with Its Five Largest Partners, 2019 ($ billions)

| Partner | U.S. exports | U.S. imports | Balance |
| --- | --- | --- | --- |
| Mexico | 256.6 | 358.1 | -101.5 |
| Canada | 292.6 | 319.4 | -26.8 |
| China | 106.6 | 452.2 | -345.6 |
| Japan | 74.7 | 143.6 | -68.9 |
| Germany | 60.3 | 127.5 | -67.2 |

Source: U.S. Census Bureau, February 5, 2020 release.

The gap with Japan widened a little from $67.6 billion in 2018. Only the deficits with China, the European Union taken as a whole, and Mexico were larger. Add services, $47.0 billion of U.S. exports to Japan and $35.9 billion of imports from it in 2019, and total U.S. exports to Japan come to roughly $122 billion, total imports to just under $180 billion.

Capital flows run heavily eastward. The United Kingdom, at $560.9 billion, was the only country whose firms held a larger stock of direct investment in the United States at the end of 2018 than Japan's $484.4 billion. U.S. companies' stake in Japan was about a quarter that size, $124.8 billion. Since June 2019 Japan has again been the largest foreign holder of U.S. Treasury securities: $1.16 trillion at the end of December, against China's $1.07 trillion.

## Outlook

The agreements oblige the two sides to consult within four months of entry into force on the scope of a second stage, which the Administration wants to cover services, investment, and remaining tariffs. Abe, whose coalition kept its upper house majority in July 2019 but lost the two-thirds needed to amend the constitution, has little appetite for further farm concessions. A crowded calendar may slow matters further: the spread of a novel coronavirus and the Tokyo Olympics, set to open July 24, are absorbing his government's attention.

**Brock R. Williams**, Analyst in International Trade and Finance

**Cathleen D. Cimino-Isaacs**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Trump", "Donald", "President Donald J. Trump"),
        "leaders.japan_prime_minister": P("Abe", "Shinzo", "Prime Minister Abe Shinzo"),
        "agreements.usjta_signed": D("2019-10-07", as_written="U.S. and Japanese envoys put their signatures to both texts in Washington (October 7, 2019)"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="Both agreements enter into force (January 1, 2020)"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="Both agreements enter into force (January 1, 2020)"),
        "trade.overall_partner_rank": F(4, period="2019", as_written="Japan, after China, Mexico, and Canada the largest U.S. trading partner in 2019"),
        "trade.us_goods_exports_to_japan": F(74700000000, period="2019", as_written="Table 1: Japan | 74.7"),
        "trade.us_goods_imports_from_japan": F(143600000000, period="2019", as_written="Table 1: Japan | 74.7 | 143.6"),
        "trade.goods_deficit": F(68900000000, period="2019", as_written="Table 1: Japan | 74.7 | 143.6 | -68.9", note="a negative balance in the table; the prose's $67.6 billion is 2018's"),
        "trade.goods_deficit_rank": F(4, period="2019", as_written="Only the deficits with China, the European Union taken as a whole, and Mexico were larger"),
        "trade.us_services_exports_to_japan": F(47000000000, period="2019", as_written="Add services, $47.0 billion of U.S. exports to Japan"),
        "trade.us_services_imports_from_japan": F(35900000000, period="2019", as_written="and $35.9 billion of imports from it in 2019"),
        "trade.us_exports_to_japan": F(122000000000, "about", period="2019", as_written="total U.S. exports to Japan come to roughly $122 billion"),
        "trade.us_imports_from_japan": F(180000000000, "under", period="2019", as_written="total imports to just under $180 billion"),
        "trade.fdi_source_rank": F(2, period="2018", as_written="The United Kingdom, at $560.9 billion, was the only country whose firms held a larger stock of direct investment in the United States at the end of 2018 than Japan's"),
        "trade.japan_fdi_stock_in_us": F(484400000000, period="2018", as_written="than Japan's $484.4 billion"),
        "trade.us_fdi_stock_in_japan": F(124800000000, period="2018", as_written="U.S. companies' stake in Japan was about a quarter that size, $124.8 billion", note="year carried from the sentence before; 'about a quarter' is a ratio, not the amount's hedge"),
        "trade.treasury_holder_rank": F(1, period="2019-12", as_written="Since June 2019 Japan has again been the largest foreign holder of U.S. Treasury securities: $1.16 trillion at the end of December"),
    },
    "elections": {
        "upper_house_2019": E("Upper House", "2019-07", "held", result="coalition kept its majority but lost the two-thirds needed to amend the constitution"),
    },
    "events": {
        "first_negotiating_round": EV("First formal U.S.-Japan negotiating round, in Washington", "2019-04", "held"),
        "section232_autos_proclamation": EV("Section 232 proclamation: auto imports threaten U.S. national security", "2019-05-17", "held"),
        "stage_one_deal_finalized": EV("Trump and Abe, meeting in New York, declare the first stage finalized", "2019-09-25", "held"),
    },
    "notes": "Traps: 'Six weeks into their operation' (relative) and 'concluded last autumn'; 'after approval by Japan's Diet (December 4, 2019)'; 'Agreement in principle on the sidelines of the G-7 in Biarritz (August 25, 2019)'; 'Joint statement committing the two sides to talks (September 26, 2018)' (not tariff_talks_announced); a reverse-chronological milestone list with each date in parentheses after its event; 'about $7.2 billion of U.S. agricultural exports'; 'the eleven countries in the ... (CPTPP)'; 'from 38.5% to 26.6%, the rate Australian beef already paid' and 'to reach 9% in FY2033' (Japan's rates, another country's rate); '241 tariff lines'; 'its own 2.5% tariff on passenger cars or the 25% duty on light trucks' (MFN rates) and 'Japan's own tariff on cars is already zero'; Figure 1 (U.S. agricultural exports to Japan, 2015-2019, $ billions; no values); 'roughly a third of U.S. imports from Japan'; 'Section 232 tariffs as high as 25%. None has been imposed' (threatened, no autos rate) and 'the 180-day window ... closed in mid-November'; 'the leaders' September 2019 statement' (restates the New York meeting); 'the Section 232 duties of 25% and 10% imposed in 2018' (steel and aluminum); 'a smaller share of U.S. trade than it did in the 1990s'; Table 1's other rows: Mexico, Canada, China and Germany (other countries' exports, imports and balances, China's -345.6, Germany's -67.2 close to Japan's); 'widened a little from $67.6 billion in 2018' (past deficit); 'The United Kingdom, at $560.9 billion' (another country's stock); 'about a quarter that size' (ratio); 'against China's $1.07 trillion' and 'Since June 2019' (when the lead began, not the period); 'within four months of entry into force' (planned); 'lost the two-thirds needed to amend the constitution' (no IF11120 share fact); 'set to open July 24' (Olympics); HTML sidebar 'Autos: The Unsettled Question' (aside, with Figure 1 floated into it; in the PDF an ordinary section); PDF ligatures and hyphenated line ends",
}
