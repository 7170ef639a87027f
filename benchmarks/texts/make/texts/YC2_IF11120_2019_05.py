from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "YC2-IF11120-2019-05", "fresh45", "IF11120", 3
TITLE = "U.S.-Japan Trade Agreement Negotiations"
LAYOUTS = ["md", "pdf"]
PDF_OPTS = ["lig", "nbsp"]
CHART = {"unit": "$ billions", "ymax": 160, "ticks": [0, 40, 80, 120, 160],
         "series": ["U.S. goods exports to Japan", "U.S. goods imports from Japan"],
         "bars": {"2014": (66.9, 134.0), "2015": (62.4, 131.4), "2016": (63.2, 132.2), "2017": (67.6, 136.5), "2018": (75.0, 142.6)}}

MD = """
U.S.-Japan Trade Agreement Negotiations

Updated May 30, 2019

## Overview

The United States and Japan are negotiating a bilateral trade agreement, the first such talks between the two allies in decades. President Donald J. Trump and Prime Minister Shinzo Abe agreed to begin them in a joint statement of September 26, 2018, and formal negotiations opened in Washington on April 15, 2019. During the President's state visit to Tokyo on May 25-28, the two leaders said they hoped to make progress quickly, and Trump told reporters he expected "big things" to be announced, probably in August, after Japan's Upper House election in July. No text has been agreed.

The talks unfold against a close security relationship. Abe has made personal ties with the President a priority since visiting him in New York weeks after the 2016 election, and the two have met or spoken dozens of times. Japanese officials have worked to keep trade frictions from spilling into the alliance, in which Japan hosts about 54,000 U.S. troops.

Congress has a direct stake in the outcome. The Administration is pursuing the talks under Trade Promotion Authority (TPA), which it invoked by notifying Congress on October 16, 2018; it published its negotiating objectives on December 21. Any agreement that changes U.S. law would need implementing legislation. Some Members have pressed for a deal that restores the market access U.S. exporters lost when the United States withdrew from the Trans-Pacific Partnership (TPP) in January 2017.

## Background: From TPP to Bilateral Talks

Japan had been the largest partner for the United States among the TPP's 12 signatories. Abe spent political capital to join the pact: in April 2015, addressing a joint meeting of Congress, he urged its completion as a strategic as well as economic goal. After the U.S. withdrawal, Japan led the remaining 11 countries in concluding the Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP), which took effect on December 30, 2018. Japan's economic partnership agreement with the European Union followed on February 1, 2019.

Those agreements put U.S. farm exports at a disadvantage. Under the CPTPP, for example, Japan's tariff on Australian and Canadian beef fell from 38.5% to 26.6% by April 2019 and is to reach 9% by 2033, while U.S. beef still pays the full rate. Japanese negotiators have said they will offer the United States no more than Japan granted in the TPP.

## Autos and Section 232

Motor vehicles are the most sensitive issue in the talks. Japan shipped roughly 1.7 million new vehicles to the United States in 2018, and Japanese-brand plants in the United States built close to 3.8 million more. The United States charges most-favored-nation (MFN) tariffs of 2.5% on passenger cars and 25% on light trucks.

On May 17, 2019, the President proclaimed that imports of automobiles and parts threaten to impair U.S. national security, accepting the findings of a Commerce Department investigation under Section 232 of the Trade Expansion Act of 1962. He did not impose tariffs, but directed USTR to negotiate agreements with Japan, the European Union, and others to address the threat, and to report within 180 days, or by mid-November. Tariffs of up to 25% had been discussed during the investigation. The September 2018 joint statement said that the United States would refrain from actions contrary to its spirit while talks continued; Japanese officials read that as a pledge not to impose auto tariffs on Japan. Japan already pays Section 232 tariffs of 25% on steel and 10% on aluminum, in place since March 2018.

## The Negotiations So Far

U.S. Trade Representative Robert Lighthizer and Japan's Minister for Economic Revitalization, Toshimitsu Motegi, lead the talks. Their first round covered goods, including agriculture, and digital trade. The U.S. side wants early gains for farmers and ranchers; Japan wants U.S. commitments on autos and has resisted a currency clause of the kind written into the new U.S.-Mexico-Canada Agreement.

Agriculture is where U.S. negotiators see the most at stake. Japan bought $12.9 billion of U.S. farm products in 2018, making it the third-largest market for them, but U.S. producers of beef, pork, wheat, and wine say they are already losing sales to CPTPP and EU suppliers. Tokyo's offers are expected to mirror its TPP schedule, with safeguards for rice, dairy, and pork, sectors that the LDP has long protected.

Japan's preference is for a limited goods agreement. The Administration's objectives, by contrast, span 22 areas, from services and investment to state-owned enterprises. Observers expect an initial, narrower deal on tariffs, possibly followed by a broader second stage.

## Trade and Investment Ties

Japan ranked as the fourth-largest U.S. trading partner in 2018, after China, Canada, and Mexico. U.S. exports of goods and services to Japan totaled $120.9 billion that year, of which goods made up $75.0 billion and services $45.9 billion. Imports from Japan were larger: $178.2 billion, including $142.6 billion in goods and $35.6 billion in services.

**Figure 1. U.S. Goods Trade with Japan, 2014-2018**

Source: CRS, using U.S. Census Bureau data.

Table 1. U.S. Trade with Japan ($ billions)

| Flow | 2017 | 2018 |
| --- | --- | --- |
| Goods exports | 67.6 | 75.0 |
| Services exports | 44.6 | 45.9 |
| Goods imports | 136.5 | 142.6 |
| Services imports | 33.8 | 35.6 |

Source: Bureau of Economic Analysis and Census Bureau.

The U.S. goods deficit with Japan, $67.6 billion in 2018, was down slightly from $68.8 billion in 2017. Only the deficits with China ($419.2 billion), Mexico, and Germany were larger, making Japan's the fourth-largest.

Investment ties run deeper than trade. At the end of 2017, Japanese companies' direct investment in the United States stood at $469.1 billion, second only to that of the United Kingdom ($560.9 billion). U.S. firms' direct investment in Japan was close to $120 billion. Japan is also the second-largest foreign holder of U.S. Treasury securities, with roughly $1.08 trillion in March 2019, behind China's $1.12 trillion.

## Politics in Japan

Abe, in office since December 2012, secured a third three-year term as president of the Liberal Democratic Party (LDP) in September 2018. Half of the seats in the Diet's Upper House will be contested in an election expected in July. Abe has repeatedly said that the consumption tax will rise from 8% to 10% in October 2019 as planned, and he is likely to avoid trade concessions, especially on rice and pork, that could cost the LDP rural votes before the election.

## Issues for Congress

- whether an agreement limited to tariffs should be submitted for congressional approval under TPA;
- how Section 232 auto tariffs, if imposed, would affect the talks and Japanese investment in U.S. plants;
- whether the agreement should address currency, services, and digital trade;
- how far a deal would offset U.S. exporters' losses from the CPTPP and Japan-EU agreements.

**Brock R. Williams**, Specialist in International Trade and Finance

**Cathleen D. Cimino-Isaacs**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Trump", "Donald", "President Donald J. Trump"),
        "leaders.japan_prime_minister": P("Abe", "Shinzo", "Prime Minister Shinzo Abe"),
        "trade.overall_partner_rank": F(4, period="2018", as_written="Japan ranked as the fourth-largest U.S. trading partner in 2018, after China, Canada, and Mexico"),
        "trade.us_exports_to_japan": F(120900000000, period="2018", as_written="U.S. exports of goods and services to Japan totaled $120.9 billion that year"),
        "trade.us_goods_exports_to_japan": F(75000000000, period="2018", as_written="of which goods made up $75.0 billion", note="also Table 1's 2018 column"),
        "trade.us_services_exports_to_japan": F(45900000000, period="2018", as_written="and services $45.9 billion", note="also Table 1's 2018 column"),
        "trade.us_imports_from_japan": F(178200000000, period="2018", as_written="Imports from Japan were larger: $178.2 billion"),
        "trade.us_goods_imports_from_japan": F(142600000000, period="2018", as_written="including $142.6 billion in goods", note="also Table 1's 2018 column"),
        "trade.us_services_imports_from_japan": F(35600000000, period="2018", as_written="and $35.6 billion in services", note="also Table 1's 2018 column"),
        "trade.goods_deficit": F(67600000000, period="2018", as_written="The U.S. goods deficit with Japan, $67.6 billion in 2018"),
        "trade.goods_deficit_rank": F(4, period="2018", as_written="Only the deficits with China ($419.2 billion), Mexico, and Germany were larger, making Japan's the fourth-largest"),
        "trade.japan_fdi_stock_in_us": F(469100000000, period="2017", as_written="At the end of 2017, Japanese companies' direct investment in the United States stood at $469.1 billion"),
        "trade.fdi_source_rank": F(2, period="2017", as_written="second only to that of the United Kingdom"),
        "trade.us_fdi_stock_in_japan": F(120000000000, "nearly", period="2017", as_written="U.S. firms' direct investment in Japan was close to $120 billion", note="year carried from the sentence before; 'close to' is nearly"),
        "trade.treasury_holder_rank": F(2, period="2019-03", as_written="Japan is also the second-largest foreign holder of U.S. Treasury securities"),
    },
    "elections": {
        "ldp_president_2018": E("LDP president", "2018-09", "held", result="Abe won a third three-year term"),
        "upper_house_2019": E("Upper House", "2019-07", "upcoming", note="'an election expected in July'; also 'after Japan's Upper House election in July'"),
    },
    "events": {
        "abe_address_to_congress": EV("Abe addresses a joint meeting of Congress", "2015-04", "held"),
        "first_negotiating_round": EV("First round of U.S.-Japan trade agreement negotiations, Washington", "2019-04-15", "held"),
        "section232_autos_proclamation": EV("President proclaims that auto and parts imports threaten to impair U.S. national security; no tariffs imposed", "2019-05-17", "held"),
    },
    "notes": "Traps: 'in a joint statement of September 26, 2018' and 'The September 2018 joint statement' (not a tracked event); 'the President's state visit to Tokyo on May 25-28'; 'probably in August' (a hoped-for announcement); 'notifying Congress on October 16, 2018' and 'its negotiating objectives on December 21'; 'withdrew from the Trans-Pacific Partnership (TPP) in January 2017'; 'among the TPP's 12 signatories' and 'the remaining 11 countries'; 'which took effect on December 30, 2018' (CPTPP, not a U.S.-Japan agreement) and 'followed on February 1, 2019' (Japan-EU); 'fell from 38.5% to 26.6% by April 2019 and is to reach 9% by 2033' (Japan's beef tariffs, not U.S. tariffs); 'Japan bought $12.9 billion of U.S. farm products in 2018, making it the third-largest market for them' (agricultural exports and rank, not catalogue facts); 'weeks after the 2016 election'; 'Japan hosts about 54,000 U.S. troops' (not an IF11120 fact); 'roughly 1.7 million new vehicles' and 'close to 3.8 million more'; 'MFN) tariffs of 2.5% on passenger cars and 25% on light trucks' (MFN rates, no tariff on most imports from Japan stated); 'Section 232 of the Trade Expansion Act of 1962' (year of a law); 'He did not impose tariffs' and 'Tariffs of up to 25% had been discussed' (no Section 232 auto rate); 'report within 180 days, or by mid-November' (a deadline, not an agreement date); 'Section 232 tariffs of 25% on steel and 10% on aluminum, in place since March 2018' (not autos); 'the new U.S.-Mexico-Canada Agreement'; 'span 22 areas'; Figure 1 (PDF: ticks 0-160, years 2014-2018, two-series legend, no values); Table 1's 2017 column ('67.6', '44.6', '136.5', '33.8'; 67.6 there is goods exports, not the deficit); 'down slightly from $68.8 billion in 2017' (past deficit); 'China ($419.2 billion)' (another country's deficit); 'the United Kingdom ($560.9 billion)' (another country's FDI); 'with roughly $1.08 trillion in March 2019, behind China's $1.12 trillion' (holdings, not ranks); 'in office since December 2012'; 'a third three-year term'; 'will rise from 8% to 10% in October 2019' (consumption tax). PDF: ligature characters, non-breaking spaces before billion/million/percent.",
}
