from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "JB2-IF11120-2020-06", "fresh29", "IF11120", 9
TITLE = "U.S.-Japan Trade Agreement Negotiations"
LAYOUTS = ["md", "pdf"]
PDF_OPTS = ["lig", "quotes", "hyph"]
CHART = {"unit": "$ billions", "ymax": 160, "ticks": [0, 40, 80, 120, 160],
         "series": ["U.S. goods exports to Japan", "U.S. goods imports from Japan"],
         "bars": {"2015": (62.4, 131.4), "2016": (63.2, 132.2), "2017": (67.6, 136.5), "2018": (75.0, 142.6),
                  "2019": (74.7, 143.6)}}

MD = """
U.S.-Japan Trade Agreement Negotiations

Updated June 23, 2020

## Overview

Two limited trade agreements between the United States and Japan have now been in effect for nearly six months, but the broader negotiations that both governments said would follow have stalled, overtaken by the COVID-19 pandemic. The U.S.-Japan Trade Agreement (USJTA), which cuts or removes tariffs on selected agricultural and industrial goods, and the U.S.-Japan Digital Trade Agreement (DTA), which sets rules for digital commerce, were signed at the White House last October 7. Both were put into effect on January 1 of this year. Neither was submitted to Congress for a vote: the tariff cuts were made under authority that the 2015 Trade Promotion Authority law delegates to the President, and the DTA was concluded as an executive agreement.

President Donald Trump has described the USJTA as a first step toward a "comprehensive" deal. For Prime Minister Abe Shinzo, whose government has presented the agreements at home as having spared Japan from threatened U.S. tariffs on cars, the priority now is economic relief: Japan's economy shrank at an annualized rate of 2.2% in the first quarter, and a second supplementary budget was enacted on June 12. In a joint statement last September, the two sides said they would consult within four months of the USJTA's entry into force, or by about the end of April, on the subjects of further talks. No such consultations have been announced.

## How the Talks Unfolded

Negotiations grew out of a September 2018 meeting in New York, where Trump and Abe agreed to pursue a "Trade Agreement on goods" and, later, other issues. The first formal round was convened in Washington in April 2019 by U.S. Trade Representative (USTR) Robert Lighthizer and Motegi Toshimitsu, then Japan's economy minister and now its foreign minister.

A month later, on May 17, 2019, the President proclaimed that imports of autos and auto parts threatened to impair U.S. national security. Instead of imposing the tariffs of up to 25% that the Commerce Department had recommended in February, he directed USTR to seek agreements with Japan and the European Union within 180 days. That deadline passed last November without further action, and no Section 232 duties on vehicles from Japan have been applied.

Trump had said he expected progress after Japan's Upper House election of July 2019, in which Abe's coalition kept its majority. Agreement in principle followed in August, at the G7 summit in Biarritz, France. On September 25, 2019, meeting on the sidelines of the U.N. General Assembly, the two leaders announced that the first-stage deal had been finalized.

## What the Agreements Do

- Japan eliminates or reduces tariffs on about $7.2 billion of U.S. food and agricultural products, roughly matching what it offered the other members of the Trans-Pacific Partnership (TPP). Its tariff on U.S. beef fell from 38.5% to 26.6% on January 1 and is to decline in stages to 9% by FY2033.
- Rice is excluded; for wheat and some dairy products, Japan opened new tariff-rate quotas.
- The United States cuts or ends tariffs on some $40 million of Japanese agricultural imports and on certain industrial goods, such as machine tools and bicycles, but not on passenger vehicles, whose 2.5% duty stays in place.
- The DTA bars customs duties on digital products transmitted electronically and limits rules requiring that data be stored locally.

Phase-in periods for individual tariff lines range from immediate elimination to 15 years.

## Prospects for a Second Stage

A "stage two" agreement was expected to cover services, investment, customs procedures, and nontariff barriers, and possibly autos. Tokyo maintains that the elimination of the U.S. 2.5% car tariff is a matter for future talks; U.S. officials have not agreed. With both economies in recession and the Tokyo Olympics pushed back to July 2021, few observers expect substantive talks before the U.S. presidential election in November.

## Trade and Investment Ties

Japan ranked as the fourth-largest trading partner of the United States in 2019, behind only Canada, Mexico, and China. Two-way trade in goods and services came to about $303 billion. U.S. exports to Japan totaled $123.6 billion, of which goods and services accounted for $74.7 billion and $48.9 billion, respectively. Imports from Japan were larger, at $179.5 billion, and about four-fifths of them ($143.6 billion) were goods.

Table 1. U.S. Trade with Japan, 2018-2019 ($ billions)

| | 2018 | 2019 |
| --- | --- | --- |
| Goods exports | 75.0 | 74.7 |
| Services exports | 46.9 | 48.9 |
| Goods imports | 142.6 | 143.6 |
| Services imports | 34.8 | 35.9 |

Source: U.S. Census Bureau (goods) and Bureau of Economic Analysis (BEA, services).

Merchandise trade accounts for the whole of the bilateral imbalance. Last year the goods deficit with Japan was $68.9 billion, little changed from 2018's $67.6 billion; only three countries ran larger goods surpluses with the United States. Motor vehicles and parts made up roughly a third of U.S. goods imports from Japan (Figure 1).

**Figure 1. U.S. Goods Trade with Japan, 2015-2019**

Source: CRS, with U.S. Census Bureau data.

Investment ties run deeper than trade figures suggest. Measured by the stock of direct investment, Japan stood second only to the United Kingdom as a source of investment in the United States at the end of 2018, with $484.4 billion; the U.S. stock in Japan, at just under $125 billion that year, was roughly a quarter as large. BEA's estimates for 2019 are due next month. Japan also overtook China in June 2019 as the biggest foreign holder of U.S. Treasury securities, a position it still held in April 2020, with $1.27 trillion to China's $1.07 trillion.

## Issues for Congress

- Whether a second-stage agreement, particularly one requiring changes to U.S. law, should be submitted for congressional approval under Trade Promotion Authority, which expires on July 1, 2021.
- How far U.S. exporters are disadvantaged in Japan by its other agreements: the Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP), in force for Japan since December 30, 2018, and the Japan-EU Economic Partnership Agreement, in force since February 1, 2019.
- Whether the Section 232 tariffs on steel (25%) and aluminum (10%), applied to Japan since March 2018, should be lifted, and whether auto tariffs remain a possibility.

**Brock R. Williams**, Specialist in International Trade and Finance

**Cathleen D. Cimino-Isaacs**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Trump", "Donald", "President Donald Trump"),
        "leaders.japan_prime_minister": P("Abe", "Shinzo", "For Prime Minister Abe Shinzo, whose government has presented the agreements"),
        "trade.overall_partner_rank": F(4, period="2019", as_written="Japan ranked as the fourth-largest trading partner of the United States in 2019, behind only Canada, Mexico, and China"),
        "trade.us_exports_to_japan": F(123600000000, period="2019", as_written="U.S. exports to Japan totaled $123.6 billion"),
        "trade.us_goods_exports_to_japan": F(74700000000, period="2019", as_written="of which goods and services accounted for $74.7 billion and $48.9 billion, respectively", note="'respectively': the first figure; also Table 1's 2019 column"),
        "trade.us_services_exports_to_japan": F(48900000000, period="2019", as_written="of which goods and services accounted for $74.7 billion and $48.9 billion, respectively", note="'respectively': the second figure; also Table 1's 2019 column"),
        "trade.us_imports_from_japan": F(179500000000, period="2019", as_written="Imports from Japan were larger, at $179.5 billion"),
        "trade.us_goods_imports_from_japan": F(143600000000, period="2019", as_written="and about four-fifths of them ($143.6 billion) were goods", note="the hedge is on the fraction; the amount is exact"),
        "trade.us_services_imports_from_japan": F(35900000000, period="2019", as_written="Services imports | 34.8 | 35.9", note="only in Table 1's 2019 column ($ billions)"),
        "trade.goods_deficit": F(68900000000, period="2019", as_written="Last year the goods deficit with Japan was $68.9 billion"),
        "trade.goods_deficit_rank": F(4, period="2019", as_written="only three countries ran larger goods surpluses with the United States", note="rank by exclusion: three ahead of Japan"),
        "trade.fdi_source_rank": F(2, period="2018", as_written="Japan stood second only to the United Kingdom as a source of investment in the United States at the end of 2018"),
        "trade.japan_fdi_stock_in_us": F(484400000000, period="2018", as_written="at the end of 2018, with $484.4 billion"),
        "trade.us_fdi_stock_in_japan": F(125000000000, "under", period="2018", as_written="the U.S. stock in Japan, at just under $125 billion that year"),
        "trade.treasury_holder_rank": F(1, period="2020-04", as_written="the biggest foreign holder of U.S. Treasury securities, a position it still held in April 2020, with $1.27 trillion to China's $1.07 trillion", note="'overtook China in June 2019' dates the change, not the holdings"),
        "agreements.usjta_signed": D("2019-10-07", as_written="were signed at the White House last October 7", note="both agreements; year from the cover ('last October')"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="Both were put into effect on January 1 of this year"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="Both were put into effect on January 1 of this year", note="'Both' = the USJTA and the DTA"),
    },
    "elections": {
        "upper_house_2019": E("Upper House", "2019-07", "held", result="Abe's coalition kept its majority"),
    },
    "events": {
        "first_negotiating_round": EV("First formal round of U.S.-Japan trade negotiations, Washington (Lighthizer and Motegi)", "2019-04", "held"),
        "section232_autos_proclamation": EV("Presidential proclamation finding auto imports a national-security threat; no tariffs imposed", "2019-05-17", "held"),
        "stage_one_deal_finalized": EV("Trump and Abe announce the first-stage deal finalized, on the sidelines of the U.N. General Assembly", "2019-09-25", "held"),
    },
    "notes": "Traps: 'in effect for nearly six months'; 'the 2015 Trade Promotion Authority law' (year of a law); 'shrank at an annualized rate of 2.2% in the first quarter' and 'a second supplementary budget was enacted on June 12' (no IF11120 facts); 'In a joint statement last September' and 'consult within four months ... by about the end of April' (planned consultations, not held); 'a September 2018 meeting in New York' (agreement to negotiate, not a tracked event or the first round); 'Motegi Toshimitsu, then Japan's economy minister and now its foreign minister' (not the prime minister); 'the tariffs of up to 25% that the Commerce Department had recommended in February' (recommended, never imposed: no Section 232 auto tariff) and 'within 180 days' and 'That deadline passed last November'; 'Agreement in principle followed in August, at the G7 summit' (not the finalization); 'about $7.2 billion of U.S. food and agricultural products'; 'from 38.5% to 26.6% on January 1' and 'to 9% by FY2033' (Japan's beef tariffs, not the agreements' dates); 'some $40 million of Japanese agricultural imports'; 'whose 2.5% duty stays in place' and 'the U.S. 2.5% car tariff' (one product's MFN rate); 'range from immediate elimination to 15 years'; 'the Tokyo Olympics pushed back to July 2021' and 'the U.S. presidential election in November' (a U.S. election, not listed); 'Two-way trade in goods and services came to about $303 billion' (a total of both directions); 'about four-fifths of them' (a fraction, not an amount); Table 1's 2018 column ('75.0', '46.9', '142.6', '34.8'); 'little changed from 2018's $67.6 billion' (last year's deficit); 'roughly a third of U.S. goods imports'; Figure 1 (goods exports and imports 2015-2019, $ billions; axis ticks 0-160, legend, no value labels); 'was roughly a quarter as large' (a ratio); 'BEA's estimates for 2019 are due next month' (planned); 'overtook China in June 2019' (the month of the change) and 'China's $1.07 trillion'; 'which expires on July 1, 2021'; 'in force for Japan since December 30, 2018' (CPTPP) and 'in force since February 1, 2019' (Japan-EU EPA), not the USJTA's dates; 'steel (25%) and aluminum (10%), applied to Japan since March 2018' (other products' Section 232 tariffs); PDF ligatures, curly quotes, hyphenation",
}
