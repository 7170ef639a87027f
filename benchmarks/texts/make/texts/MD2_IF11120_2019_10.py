from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "MD2-IF11120-2019-10", "fresh47", "IF11120", 7
TITLE = "U.S.-Japan Trade Agreement Negotiations"
LAYOUTS = ["interleaved", "html"]
PDF_OPTS = ["lig", "quotes"]
SIDEBAR = "Autos and Section 232"
CHART = {"unit": "$ billions", "ymax": 150, "ticks": [0, 50, 100, 150],
         "series": ["U.S. goods exports", "U.S. goods imports"],
         "bars": {"2014": (66.9, 134.0), "2015": (62.4, 131.4), "2016": (63.2, 132.2), "2017": (67.6, 136.5), "2018": (75.0, 142.6)}}

MD = """
U.S.-Japan Trade Agreement Negotiations

Updated October 24, 2019

## Overview

The United States and Japan have concluded the first stage of their bilateral trade talks. On October 7, 2019, U.S. Trade Representative (USTR) Robert Lighthizer and Japan's ambassador in Washington, Sugiyama Shinsuke, signed two agreements: the U.S.-Japan Trade Agreement (USJTA), which cuts tariffs on selected agricultural and industrial goods, and a separate U.S.-Japan Digital Trade Agreement. President Donald J. Trump and Prime Minister Shinzo Abe had announced on September 25, at a meeting in New York during the U.N. General Assembly, that the "stage one" deals were final. The Administration expects both agreements to enter into force on January 1, 2020, provided Japan's Diet approves the USJTA this autumn.

The Administration does not plan to submit either agreement to a vote in Congress. It is implementing the tariff cuts under authority delegated by the 2015 Trade Promotion Authority (TPA) statute and treats the digital agreement as an executive agreement. Both sides describe the deals as a first step; the leaders' joint statement anticipates consultations on further issues, which some Members of Congress expect to cover services, investment, and nontariff barriers.

## Origins of the Talks

Abe had hoped the Trans-Pacific Partnership (TPP), which Japan and 11 other countries signed in February 2016, would anchor U.S. economic engagement in Asia. President Trump withdrew from TPP in January 2017. Japan then led the remaining 11 countries to a revised pact, the Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP), in force for Japan since December 30, 2018, and its economic partnership agreement with the European Union took effect on February 1, 2019. Both gave competitors of U.S. farmers lower tariffs in Japan's market, which helped push Tokyo and Washington to the table.

Trump and Abe agreed to begin negotiations in a joint statement of September 2018. USTR notified Congress of the Administration's intent to negotiate in October 2018 and published its negotiating objectives two months later. Formal talks opened in Washington in mid-April 2019 and proceeded at an unusually fast pace, with ministerial meetings roughly monthly through the summer.

## What the Agreements Cover

- Japan will eliminate or reduce tariffs on about $7.2 billion of U.S. food and agricultural exports, largely matching the treatment it gives CPTPP members. Its 38.5% tariff on U.S. beef, for example, falls to 26.6% on entry into force and to 9% by 2033; rice is excluded.
- The United States will eliminate or reduce tariffs on roughly $40 billion of imports from Japan, mostly industrial goods such as machine tools, fasteners, and steam turbines, along with a small set of farm products.
- U.S. tariffs on Japanese passenger cars (2.5%) and light trucks (25%) are unchanged; the U.S. text says the elimination of auto duties is subject to further negotiation.
- The digital agreement bars customs duties on electronic transmissions, restricts data localization requirements, and protects source code and algorithms from forced disclosure.

## Autos and Section 232

On May 17, 2019, the President proclaimed that imports of motor vehicles and parts threaten to impair U.S. national security, acting under Section 232 of the Trade Expansion Act of 1962, and directed USTR to negotiate with Japan, the European Union, and others to address the threat. The Commerce Department had reportedly recommended tariffs of up to 25%. The proclamation allowed 180 days for negotiations, which end in mid-November. No auto tariffs have been imposed. In the September joint statement, the two leaders pledged to refrain from measures against the spirit of the agreements; Japanese officials read this as an assurance against new auto tariffs, but U.S. officials have not confirmed it. The Section 232 tariffs on Japanese steel (25%) and aluminum (10%), in place since March 2018, remain.

## Trade and Investment Ties

Only China, Canada, and Mexico traded more with the United States in 2018 than Japan, making it the fourth-largest U.S. trading partner. That year, U.S. exports of goods and services to Japan totaled $120.9 billion and imports from Japan $178.2 billion (Table 1).

Table 1. U.S. Trade with Japan, 2018 ($ billions)

| | Goods | Services | Total |
| --- | --- | --- | --- |
| U.S. exports | 75.0 | 45.9 | 120.9 |
| U.S. imports | 142.6 | 35.6 | 178.2 |
| Balance | -67.6 | 10.3 | -57.3 |

Source: Bureau of Economic Analysis.

The goods deficit with Japan, $67.6 billion, was the fourth-largest U.S. bilateral deficit in 2018, behind the deficits with China ($419.5 billion), Mexico, and Germany. It has changed little in 2019: the shortfall in the first eight months came to about $46 billion. Motor vehicles and parts account for roughly a third of U.S. goods imports from Japan, which is why the Section 232 question weighs so heavily in Tokyo; U.S. agricultural exports to Japan, about $13 billion in 2018, are the main prize for the U.S. side.

**Figure 1. U.S. Goods Trade with Japan, 2014-2018**

Source: CRS, with U.S. Census Bureau data.

Japanese firms are among the largest foreign investors in the United States. At the end of 2018, the stock of Japanese direct investment in the country stood at $484.4 billion, second only to that of the United Kingdom. U.S. direct investment in Japan, some $125 billion, was about a quarter as large. In June 2019, Japan overtook China as the largest foreign holder of U.S. Treasury securities. Its holdings were $1.17 trillion in August, against China's $1.10 trillion.

## Politics in Japan

The ruling coalition of Abe's Liberal Democratic Party (LDP) and Komeito kept its Upper House majority in the July 21, 2019, election, though parties favoring constitutional revision fell short of the two-thirds needed to propose an amendment. Abe, in office since December 2012, will become the longest-serving prime minister in Japan's history in November. His government raised the consumption tax from 8% to 10% on October 1. Farm groups, a core LDP constituency, have watched whether the agreement's concessions go beyond those in CPTPP; the government says they do not. The Diet's extraordinary session, which opened on October 4, is expected to approve the USJTA before it closes in December.

## Issues for Congress

- Whether a limited agreement implemented without a congressional vote is consistent with TPA, which requires approval by Congress for comprehensive trade agreements.
- What a second stage should include; the joint statement says consultations are to conclude within four months of entry into force and then move to negotiations.
- Whether Section 232 auto tariffs could still be imposed on Japan after the 180-day period.
- Whether to press for currency provisions; the Treasury Department's May 2019 report kept Japan on its monitoring list of major trading partners.

**Brock R. Williams**, Specialist in International Trade and Finance

**Cathleen D. Cimino-Isaacs**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Trump", "Donald", "President Donald J. Trump"),
        "leaders.japan_prime_minister": P("Abe", "Shinzo", "Prime Minister Shinzo Abe", note="given name first"),
        "agreements.usjta_signed": D("2019-10-07", as_written="On October 7, 2019, U.S. Trade Representative (USTR) Robert Lighthizer and Japan's ambassador in Washington, Sugiyama Shinsuke, signed two agreements"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="The Administration expects both agreements to enter into force on January 1, 2020", note="expected, not yet in force (as the record's 2019-10-03 version)"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="The Administration expects both agreements to enter into force on January 1, 2020", note="expected; 'both agreements' includes the digital agreement"),
        "trade.overall_partner_rank": F(4, period="2018", as_written="Only China, Canada, and Mexico traded more with the United States in 2018 than Japan, making it the fourth-largest U.S. trading partner"),
        "trade.us_exports_to_japan": F(120900000000, period="2018", as_written="That year, U.S. exports of goods and services to Japan totaled $120.9 billion", note="year carried from the sentence before"),
        "trade.us_imports_from_japan": F(178200000000, period="2018", as_written="and imports from Japan $178.2 billion"),
        "trade.us_goods_exports_to_japan": F(75000000000, period="2018", as_written="U.S. exports | 75.0 | 45.9 | 120.9", note="only in Table 1, Goods column"),
        "trade.us_services_exports_to_japan": F(45900000000, period="2018", as_written="U.S. exports | 75.0 | 45.9 | 120.9", note="only in Table 1, Services column"),
        "trade.us_goods_imports_from_japan": F(142600000000, period="2018", as_written="U.S. imports | 142.6 | 35.6 | 178.2", note="only in Table 1, Goods column"),
        "trade.us_services_imports_from_japan": F(35600000000, period="2018", as_written="U.S. imports | 142.6 | 35.6 | 178.2", note="only in Table 1, Services column"),
        "trade.goods_deficit": F(67600000000, period="2018", as_written="The goods deficit with Japan, $67.6 billion"),
        "trade.goods_deficit_rank": F(4, period="2018", as_written="was the fourth-largest U.S. bilateral deficit in 2018"),
        "trade.japan_fdi_stock_in_us": F(484400000000, period="2018", as_written="At the end of 2018, the stock of Japanese direct investment in the country stood at $484.4 billion"),
        "trade.fdi_source_rank": F(2, as_written="second only to that of the United Kingdom"),
        "trade.us_fdi_stock_in_japan": F(125000000000, "about", period="2018", as_written="U.S. direct investment in Japan, some $125 billion", note="year carried from the sentence before"),
        "trade.treasury_holder_rank": F(1, as_written="In June 2019, Japan overtook China as the largest foreign holder of U.S. Treasury securities"),
    },
    "elections": {
        "upper_house_2019": E("Upper House", "2019-07-21", "held", result="ruling coalition kept its majority; revision camp short of two-thirds"),
    },
    "events": {
        "stage_one_deal_finalized": EV("Trump and Abe announce in New York that the stage one deals are final", "2019-09-25", "held"),
        "first_negotiating_round": EV("Formal U.S.-Japan trade talks open in Washington", "2019-04", "held"),
        "section232_autos_proclamation": EV("President proclaims auto and parts imports a threat to national security under Section 232", "2019-05-17", "held"),
    },
    "notes": "Traps: 'provided Japan's Diet approves the USJTA this autumn' (a condition, no date); 'the 2015 Trade Promotion Authority (TPA) statute' (year of a law); 'which Japan and 11 other countries signed in February 2016' and 'President Trump withdrew from TPP in January 2017' (TPP dates); 'in force for Japan since December 30, 2018' (CPTPP, not the USJTA) and 'took effect on February 1, 2019' (the EU agreement); 'a joint statement of September 2018' (not the tracked tariff-talks announcement, and not the stage one finalization); 'notified Congress ... in October 2018 and published its negotiating objectives two months later'; 'ministerial meetings roughly monthly'; bullet 'about $7.2 billion of U.S. food and agricultural exports' (covered trade, not exports to Japan); bullet 'Its 38.5% tariff on U.S. beef ... falls to 26.6% on entry into force and to 9% by 2033' (Japanese tariffs); bullet 'roughly $40 billion of imports from Japan' (covered trade, not imports from Japan); bullet 'passenger cars (2.5%) and light trucks (25%)' (MFN rates, unchanged: no tariff on most imports); 'Section 232 of the Trade Expansion Act of 1962' (year of a law); 'recommended tariffs of up to 25%' (recommended, not imposed: no Section 232 auto rate); 'allowed 180 days for negotiations, which end in mid-November'; 'the Section 232 tariffs on Japanese steel (25%) and aluminum (10%), in place since March 2018' (not autos); 'behind the deficits with China ($419.5 billion), Mexico, and Germany' (another country's deficit); 'the shortfall in the first eight months came to about $46 billion' (partial 2019); 'roughly a third of U.S. goods imports from Japan' (a share, not a fact); 'U.S. agricultural exports to Japan, about $13 billion in 2018' (part of U.S. exports, not the total); Table 1's 'Balance' row ('10.3' services surplus, '-57.3' total balance; the goods '-67.6' is the deficit) and 'Total' column; Figure 1 (bars 2014-2018, ticks 0-150, legend; no values); 'about a quarter as large' (a ratio, not a share fact); 'Its holdings were $1.17 trillion in August, against China's $1.10 trillion' (holdings, not ranks); 'In June 2019' (when Japan became first); 'parties favoring constitutional revision fell short of the two-thirds'; 'in office since December 2012' and 'the longest-serving prime minister in Japan's history in November'; 'raised the consumption tax from 8% to 10% on October 1'; 'opened on October 4' and 'before it closes in December' (Diet session, not entry into force); Issues bullet 'within four months of entry into force'; Issues bullet 'after the 180-day period'; 'the Treasury Department's May 2019 report'. Sidebar 'Autos and Section 232' is an html aside (with Figure 1). PDF-derived interleaved text: ligatures, curly quotes, two columns alternating line by line.",
}
