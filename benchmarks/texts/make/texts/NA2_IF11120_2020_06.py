from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "NA2-IF11120-2020-06", "fresh33", "IF11120", 9
TITLE = "U.S.-Japan Trade Agreement Negotiations"
LAYOUTS = ["md", "pdf"]
PDF_OPTS = ["lig", "hyph"]
CHART = {"unit": "$ billions", "ymax": 160, "ticks": [0, 40, 80, 120, 160],
         "series": ["U.S. goods exports to Japan", "U.S. goods imports from Japan"],
         "bars": {"2015": (62.4, 131.4), "2016": (63.2, 132.2), "2017": (67.6, 136.5), "2018": (75.0, 142.6), "2019": (74.7, 143.6)}}

MD = """
U.S.-Japan Trade Agreement Negotiations

Updated June 23, 2020

## Overview

Two limited agreements, the U.S.-Japan Trade Agreement (USJTA), which lowers tariffs on selected farm and industrial goods, and the U.S.-Japan Digital Trade Agreement, which sets rules for electronic commerce, have been in effect since the first day of this year, the product of talks that President Donald Trump and Prime Minister Abe Shinzo launched in September 2018 and that both leaders described as a first stage. A second, broader stage, which the two sides said they intended to begin within four months of entry into force (that is, by late April), has not started: the coronavirus pandemic, which has shut factories, emptied Japan's tourist hotels, and pushed the Tokyo Olympics back to July 2021, has absorbed both governments, and U.S. officials have signaled that any new round is unlikely before the November presidential election.

## How the Talks Unfolded

The negotiations, which Congress was notified of in October 2018 under the procedures of Trade Promotion Authority (TPA), moved quickly once they began:

- the first formal round was held in Washington in mid-April 2019, led by U.S. Trade Representative Robert Lighthizer and Japan's economy minister, Motegi Toshimitsu;
- on May 17, 2019, the President proclaimed, under Section 232 of the Trade Expansion Act of 1962, that imports of autos and parts threaten U.S. national security, but rather than impose the tariffs of up to 25% that the Commerce Department had weighed, he directed USTR to seek negotiated limits within 180 days, a deadline that lapsed in November without action;
- the two leaders, meeting in New York on September 25, 2019, announced that the deal's terms had been finalized, and their representatives signed both texts in Washington on October 7, 2019.

Because the USJTA reduces tariffs only within limits the President may proclaim under TPA, the Administration put it into effect without a vote of Congress, a choice some Members criticized; Japan's Diet approved it in early December, shortly after the upper chamber's coalition majority, renewed in the July 2019 election, allowed swift passage.

## What the Agreements Cover

Under the USJTA, Japan is to eliminate or lower tariffs on about $7.2 billion of U.S. agricultural exports, bringing U.S. farmers roughly to the terms they would have had under the Trans-Pacific Partnership, from which the United States withdrew in 2017; the United States, for its part, is to cut or remove duties on some $40 billion of Japanese imports, mostly machinery and parts, but not on passenger cars, which still face the 2.5% most-favored-nation tariff (25% for light trucks). The Section 232 steel and aluminum duties of 25% and 10%, respectively, imposed in 2018, continue to apply to Japan.

Table 1. Japan's Tariffs Under the USJTA, Selected Items

| Product | Before | After phase-in |
| --- | --- | --- |
| Beef | 38.5% | 9% (FY2033) |
| Pork, low-priced | ¥482/kg | ¥50/kg (FY2027) |
| Wine | 15% | 0% (FY2025) |

Source: Office of the U.S. Trade Representative.

The digital agreement bars customs duties on electronic transmissions, such as music and software, and forbids either government from requiring that computing facilities be located on its soil.

## Trade and Investment Ties

Japan, which as recently as the 1980s was the country at the center of U.S. trade frictions, was in 2019 the fourth-largest trading partner of the United States. U.S. exports of goods and services to Japan came to $123.1 billion that year, of which goods accounted for $74.7 billion and services, chiefly travel, royalties, and financial services, for the remaining $48.4 billion. Imports ran well ahead of exports: the United States bought $179.8 billion of Japanese goods and services, some $143.6 billion in merchandise (motor vehicles and parts foremost among them) and $36.2 billion in services.

**Figure 1. U.S. Goods Trade with Japan, 2015-2019**

Source: U.S. Census Bureau.

The goods deficit with Japan, just under seventy billion dollars in 2019, was the fourth largest the United States ran with any partner, behind those with China, the European Union (counted as a single partner), and Mexico; in the first four months of 2020, as auto shipments collapsed, it was about one-third smaller than a year earlier.

Investment ties run deeper still. Japanese firms' direct investment position in the United States, at $484.4 billion at the end of 2018, was the second largest of any country's, exceeded only by that of the United Kingdom, and it has more than doubled over the past decade; U.S. firms, for their part, held some $116 billion of direct investment in Japan that year. Japan, which regained the position from China in mid-2019, is also the largest foreign holder of U.S. Treasury securities, with about $1.27 trillion at the end of April, against China's $1.07 trillion.

## Outlook and Issues for Congress

Whether and when the promised second stage begins, and whether it covers services, investment, and the auto tariffs that Japan most wants to see ruled out, may depend on the outcome of the U.S. election, on Tokyo's appetite for concessions on rice and other sensitive farm products, and on how long the pandemic keeps leaders from meeting. Abe, whose term as president of the Liberal Democratic Party ends in September 2021, has said that Japan will not accept U.S. auto tariffs. Members may wish to consider:

- whether future stages should be submitted to Congress for approval under TPA;
- how a deeper agreement would compare with the Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP), in force among Japan and ten other countries since late 2018;
- whether the lapsed Section 232 auto investigation could be revived.

**Brock R. Williams**, Analyst in International Trade and Finance

**Cathleen D. Cimino-Isaacs**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Trump", "Donald", "President Donald Trump"),
        "leaders.japan_prime_minister": P("Abe", "Shinzo", "Prime Minister Abe Shinzo", note="family name first"),
        "trade.overall_partner_rank": F(4, period="2019", as_written="was in 2019 the fourth-largest trading partner of the United States"),
        "trade.us_exports_to_japan": F(123100000000, period="2019", as_written="U.S. exports of goods and services to Japan came to $123.1 billion that year"),
        "trade.us_goods_exports_to_japan": F(74700000000, period="2019", as_written="of which goods accounted for $74.7 billion"),
        "trade.us_services_exports_to_japan": F(48400000000, period="2019", as_written="and services, chiefly travel, royalties, and financial services, for the remaining $48.4 billion"),
        "trade.us_imports_from_japan": F(179800000000, period="2019", as_written="the United States bought $179.8 billion of Japanese goods and services"),
        "trade.us_goods_imports_from_japan": F(143600000000, "about", period="2019", as_written="some $143.6 billion in merchandise"),
        "trade.us_services_imports_from_japan": F(36200000000, period="2019", as_written="and $36.2 billion in services"),
        "trade.goods_deficit": F(70000000000, "under", period="2019", as_written="The goods deficit with Japan, just under seventy billion dollars in 2019"),
        "trade.goods_deficit_rank": F(4, period="2019", as_written="was the fourth largest the United States ran with any partner, behind those with China, the European Union (counted as a single partner), and Mexico"),
        "trade.japan_fdi_stock_in_us": F(484400000000, period="2018", as_written="Japanese firms' direct investment position in the United States, at $484.4 billion at the end of 2018"),
        "trade.fdi_source_rank": F(2, period="2018", as_written="was the second largest of any country's, exceeded only by that of the United Kingdom"),
        "trade.us_fdi_stock_in_japan": F(116000000000, "about", period="2018", as_written="U.S. firms, for their part, held some $116 billion of direct investment in Japan that year"),
        "trade.treasury_holder_rank": F(1, period="2020-04", as_written="is also the largest foreign holder of U.S. Treasury securities, with about $1.27 trillion at the end of April"),
        "agreements.usjta_signed": D("2019-10-07", as_written="their representatives signed both texts in Washington on October 7, 2019"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="have been in effect since the first day of this year", note="day from 'the first day of this year' on a 2020 cover"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="have been in effect since the first day of this year"),
    },
    "elections": {
        "upper_house_2019": E("Upper House", "2019-07", "held", result="coalition majority renewed"),
    },
    "events": {
        "first_negotiating_round": EV("First formal round of U.S.-Japan trade negotiations", "2019-04", "held"),
        "section232_autos_proclamation": EV("Section 232 proclamation on autos and parts (tariffs deferred)", "2019-05-17", "held"),
        "stage_one_deal_finalized": EV("Trump and Abe announce the stage one terms finalized", "2019-09-25", "held"),
    },
    "notes": "Traps: 'talks that President Donald Trump and Prime Minister Abe Shinzo launched in September 2018' (the joint statement, no tracked event); 'within four months of entry into force (that is, by late April)' (a planned start, not held); 'pushed the Tokyo Olympics back to July 2021'; 'before the November presidential election' (U.S. election, not listed); 'Congress was notified of in October 2018'; bullet 'the tariffs of up to 25% that the Commerce Department had weighed' and 'within 180 days, a deadline that lapsed in November without action' (no Section 232 auto tariff in effect); 'Section 232 of the Trade Expansion Act of 1962' (year of a law); 'Japan's Diet approved it in early December'; 'about $7.2 billion of U.S. agricultural exports' and 'some $40 billion of Japanese imports' (tariff coverage, not trade flows); 'from which the United States withdrew in 2017'; 'the 2.5% most-favored-nation tariff (25% for light trucks)' (product tariffs, not a tariff on most imports); 'The Section 232 steel and aluminum duties of 25% and 10%, respectively, imposed in 2018' (product tariffs); Table 1 (Japan's tariffs on beef, pork and wine before and after phase-in, with phase-in years); 'as recently as the 1980s'; Figure 1 (goods trade 2015-2019, two series, ticks 0-160, no value labels; its 2019 bars are the goods figures); 'in the first four months of 2020, as auto shipments collapsed, it was about one-third smaller than a year earlier' (partial year); 'it has more than doubled over the past decade'; 'Japan, which regained the position from China in mid-2019' and 'against China's $1.07 trillion' (another country's holdings); 'whose term as president of the Liberal Democratic Party ends in September 2021' (a term end alone, not an election); 'in force among Japan and ten other countries since late 2018' (CPTPP, not a catalogue fact); 'whether the lapsed Section 232 auto investigation could be revived'. PDF with ligatures and hyphenated line ends; md source with bullets, Table 1 and Figure 1's caption.",
}
