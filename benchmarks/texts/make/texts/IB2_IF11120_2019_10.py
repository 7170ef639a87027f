from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "IB2-IF11120-2019-10", "fresh28", "IF11120", 8
TITLE = "U.S.-Japan Trade Agreement Negotiations"
LAYOUTS = ["md", "pdf"]
PDF_OPTS = ["quotes", "hyph"]
CHART = {"unit": "$ billions", "ymax": 160, "ticks": [0, 40, 80, 120, 160],
         "series": ["U.S. goods exports to Japan", "U.S. goods imports from Japan"],
         "bars": {"2014": (66.8, 134.0), "2015": (62.4, 131.4), "2016": (63.2, 132.2), "2017": (67.6, 136.5), "2018": (75.0, 142.6)}}

MD = """
U.S.-Japan Trade Agreement Negotiations

Updated October 21, 2019

## Overview

Two agreements that resulted from the first stage of bilateral trade talks were signed in Washington on October 7, 2019: the U.S.-Japan Trade Agreement (USJTA), which cuts or eliminates tariffs on a limited set of agricultural and industrial goods, and the U.S.-Japan Digital Trade Agreement. Taking part were U.S. Trade Representative (USTR) Robert Lighthizer and Japan's ambassador, Sugiyama Shinsuke. Entry into force of both agreements on January 1, 2020, is sought by the Administration of President Donald J. Trump. Before that can happen, the Diet must approve them; they were submitted to an extraordinary session that convened on October 4. No vote by Congress is required: the Administration is implementing the tariff changes under delegated trade authorities, and the digital agreement as an executive agreement.

For the government of Prime Minister Abe Shinzo, the deal ends a year of pressure. A bilateral negotiation had long been resisted by Tokyo, which preferred that the United States return to the Trans-Pacific Partnership (TPP). That 12-country pact, joining which was first weighed for Japan by Abe's predecessor, Noda Yoshihiko, was signed in 2016 under President Barack Obama; the United States withdrew in January 2017, and the remaining 11 members' version (CPTPP) took effect in December 2018. The Japan-EU Economic Partnership Agreement followed in February 2019.

## The Road to a Deal

Negotiations on a "Trade Agreement on goods" were launched by a joint statement issued by the two leaders in New York in September 2018. The first formal round was held in Washington in April 2019. With the threat of auto tariffs in the background (see below), talks moved quickly after Japan's upper house election on July 21, in which Abe's ruling coalition kept its majority but fell short of the two-thirds needed to revise the constitution. Meeting in New York on September 25 on the sidelines of the UN General Assembly, Trump and Abe announced that the first-stage agreement had been finalized.

Under the USJTA:

- Japan is to cut its tariff on U.S. beef from 38.5% to 9% by 2033, matching what CPTPP members receive, and to open tariff-rate quotas for some other products; roughly $7.2 billion of U.S. farm exports would benefit.
- The United States is to reduce or remove tariffs on about $1.3 billion of imports from Japan, mostly industrial parts and machine tools; its 2.5% tariff on passenger cars is left in place.
- Both sides are to negotiate further, with a "second stage" of talks to begin within four months of entry into force.

The digital agreement covers some $40 billion in two-way digital trade and bars customs duties on electronic transmissions.

## The Section 232 Threat

Japan sought, and says it received, an assurance that its autos would not face new tariffs while the agreements are in effect. Imports of autos and parts were found by the Commerce Department to threaten U.S. national security; the department had recommended duties as high as 25%. In a proclamation of May 17, 2019, the President agreed with that finding but imposed no tariff, instead directing USTR to pursue negotiations with Japan, the European Union, and others and deferring a decision for 180 days, to mid-November. The Section 232 duties of 25% on steel and 10% on aluminum that have applied to Japan since March 2018 are not affected by the new agreements. Separately, Japan's consumption tax rose from 8% to 10% on October 1.

## Trade and Investment Ties

Behind China, Canada, and Mexico, Japan stood fourth among U.S. trading partners in 2018. U.S. exports to Japan, totaling $121.1 billion, comprised $75.0 billion in goods and $46.1 billion in services, respectively. Imports from Japan reached $178.2 billion (Table 1). Of the U.S. bilateral deficits in goods trade that year, only those with China, Mexico, and Germany were larger than the one with Japan, at $67.6 billion.

Table 1. U.S. Trade with Japan, 2017-2018 ($ billions)

| | 2017 | 2018 |
| --- | --- | --- |
| Goods exports | 67.6 | 75.0 |
| Services exports | 45.3 | 46.1 |
| Goods imports | 136.5 | 142.6 |
| Services imports | 34.1 | 35.6 |

Source: CRS, with U.S. Bureau of Economic Analysis and Census Bureau data.

**Figure 1. U.S. Goods Trade with Japan, 2014-2018**

Source: CRS, with U.S. Census Bureau data.

Japanese companies had built up nearly half a trillion dollars of direct investment in the United States by the end of 2018; of all foreign investors, only British ones held a larger stock. Going the other way, U.S. firms' direct investment in Japan was roughly a quarter of that amount, about $125 billion. More Treasury securities were held by Japan in August ($1.17 trillion) than by any other foreign country, China included; Japan had moved back ahead of China in June.

## Issues for Congress

Some Members have questioned whether an agreement of this scope should have been concluded without congressional approval, and whether it will satisfy the criteria of the World Trade Organization for free trade agreements. U.S. agricultural groups, which have lost market share in Japan to CPTPP and EU exporters since December 2018, have urged quick implementation. Any second-stage talks on services, investment, and nontariff barriers could require new trade promotion authority, which expires in July 2021.

**Brock R. Williams**, Specialist in International Trade and Finance

**Cathleen D. Cimino-Isaacs**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Trump", "Donald", "the Administration of President Donald J. Trump", note="Obama is the former president"),
        "leaders.japan_prime_minister": P("Abe", "Shinzo", "Prime Minister Abe Shinzo", note="family name first; Noda Yoshihiko is his predecessor"),
        "agreements.usjta_signed": D("2019-10-07", as_written="Two agreements that resulted from the first stage of bilateral trade talks were signed in Washington on October 7, 2019: the U.S.-Japan Trade Agreement (USJTA)", note="passive voice; the subject's name after the date"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="Entry into force of both agreements on January 1, 2020, is sought by the Administration", note="expected, not yet in force (Diet approval pending), as the record's 2019-10-03 version"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="Entry into force of both agreements on January 1, 2020, is sought by the Administration", note="expected, not yet in force"),
        "trade.overall_partner_rank": F(4, period="2018", as_written="Behind China, Canada, and Mexico, Japan stood fourth among U.S. trading partners in 2018"),
        "trade.us_exports_to_japan": F(121100000000, period="2018", as_written="U.S. exports to Japan, totaling $121.1 billion"),
        "trade.us_goods_exports_to_japan": F(75000000000, period="2018", as_written="comprised $75.0 billion in goods and $46.1 billion in services, respectively", note="also Table 1's 2018 column"),
        "trade.us_services_exports_to_japan": F(46100000000, period="2018", as_written="comprised $75.0 billion in goods and $46.1 billion in services, respectively", note="also Table 1's 2018 column"),
        "trade.us_imports_from_japan": F(178200000000, period="2018", as_written="Imports from Japan reached $178.2 billion (Table 1)"),
        "trade.us_goods_imports_from_japan": F(142600000000, period="2018", as_written="Table 1: Goods imports, 2018: 142.6", note="table only ($ billions)"),
        "trade.us_services_imports_from_japan": F(35600000000, period="2018", as_written="Table 1: Services imports, 2018: 35.6", note="table only ($ billions)"),
        "trade.goods_deficit": F(67600000000, period="2018", as_written="larger than the one with Japan, at $67.6 billion"),
        "trade.goods_deficit_rank": F(4, period="2018", as_written="Of the U.S. bilateral deficits in goods trade that year, only those with China, Mexico, and Germany were larger than the one with Japan", note="rank by the three larger"),
        "trade.japan_fdi_stock_in_us": F(500000000000, "nearly", period="2018", as_written="Japanese companies had built up nearly half a trillion dollars of direct investment in the United States by the end of 2018", note="amount in words"),
        "trade.fdi_source_rank": F(2, period="2018", as_written="of all foreign investors, only British ones held a larger stock"),
        "trade.us_fdi_stock_in_japan": F(125000000000, "about", period="2018", as_written="U.S. firms' direct investment in Japan was roughly a quarter of that amount, about $125 billion", note="'roughly a quarter' is a ratio, not the amount"),
        "trade.treasury_holder_rank": F(1, period="2019-08", as_written="More Treasury securities were held by Japan in August ($1.17 trillion) than by any other foreign country, China included", note="passive; month, year from the cover"),
    },
    "elections": {
        "upper_house_2019": E("Upper House", "2019-07-21", "held", result="Abe's ruling coalition kept its majority but fell short of two-thirds"),
    },
    "events": {
        "first_negotiating_round": EV("First formal round of U.S.-Japan trade negotiations, Washington", "2019-04", "held"),
        "stage_one_deal_finalized": EV("Trump and Abe announce in New York that the first-stage agreement has been finalized", "2019-09-25", "held"),
        "section232_autos_proclamation": EV("Presidential proclamation on Section 232 auto imports; no tariff imposed, negotiations directed", "2019-05-17", "held"),
    },
    "notes": "Traps: 'Taking part were U.S. Trade Representative (USTR) Robert Lighthizer and Japan's ambassador, Sugiyama Shinsuke'; 'they were submitted to an extraordinary session that convened on October 4' (not a signing or entry into force); 'Abe's predecessor, Noda Yoshihiko' (former prime minister) and 'was signed in 2016 under President Barack Obama' (former president; TPP signing, not the USJTA); 'the United States withdrew in January 2017' and '(CPTPP) took effect in December 2018' and 'The Japan-EU Economic Partnership Agreement followed in February 2019' (other agreements' dates, not in-force dates); 'launched by a joint statement issued by the two leaders in New York in September 2018' (not an event slug, not the first round); 'Japan's upper house election on July 21 ... fell short of the two-thirds needed to revise the constitution' (election result, no IF11120 fact); bullet 'from 38.5% to 9% by 2033' (beef tariffs) and 'roughly $7.2 billion of U.S. farm exports'; bullet 'about $1.3 billion of imports from Japan' and 'its 2.5% tariff on passenger cars is left in place' (MFN car tariff, not a Section 232 rate); bullet 'within four months of entry into force'; 'some $40 billion in two-way digital trade'; 'the department had recommended duties as high as 25%' and 'imposed no tariff' (recommended, never imposed: no tariffs.section232_autos); 'deferring a decision for 180 days, to mid-November'; 'Section 232 duties of 25% on steel and 10% on aluminum ... since March 2018' (not autos); 'Japan's consumption tax rose from 8% to 10% on October 1' (not a tariff); Table 1's 2017 column (past values); Figure 1 (U.S. goods trade 2014-2018, $ billions, ticks 0-160, two-series legend, no value labels); 'roughly a quarter of that amount' (a ratio); '($1.17 trillion)' (Treasury holdings, not FDI); 'Japan had moved back ahead of China in June' (month of the change, not the period of the rank); 'lost market share ... since December 2018'; 'trade promotion authority, which expires in July 2021'. PDF options: curly quotes and hyphenated line ends.",
}
