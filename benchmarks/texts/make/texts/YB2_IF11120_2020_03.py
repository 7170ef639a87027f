from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "YB2-IF11120-2020-03", "fresh45", "IF11120", 9
TITLE = "U.S.-Japan Trade Agreement Negotiations"
LAYOUTS = ["layout", "html"]
PDF_OPTS = ["lig", "quotes"]
SIDEBAR = "Key Dates"
CHART = {"unit": "$ billions", "ymax": 160, "ticks": [0, 40, 80, 120, 160],
         "series": ["Goods exports to Japan", "Goods imports from Japan"],
         "bars": {"2015": (62.4, 131.4), "2016": (63.2, 132.2), "2017": (67.6, 136.5), "2018": (75.0, 142.6), "2019": (74.7, 143.6)}}

MD = """
U.S.-Japan Trade Agreement Negotiations

Updated March 27, 2020

## Overview

On October 7, 2019, U.S. and Japanese officials signed two agreements in Washington: the U.S.-Japan Trade Agreement (USJTA), which cuts or removes tariffs on a limited range of agricultural and industrial goods, and the U.S.-Japan Digital Trade Agreement. Both took effect on January 1, 2020. Congress did not vote on either. The Trump Administration implemented USJTA's tariff cuts under the proclamation authority in Section 103(a) of the Bipartisan Congressional Trade Priorities and Accountability Act of 2015, and it treated the digital agreement as an executive agreement; Japan's Diet approved both texts in early December 2019.

The two governments call the deals a "first stage." USJTA commits them to consult, within four months of its entry into force, on the topics for further negotiations. The spread of COVID-19, and the decision announced on March 24 to put off the Tokyo Olympics until 2021, cloud the outlook for those talks. This In Focus reviews the negotiations, what the agreements contain, the unresolved issue of auto tariffs, and matters that may interest Congress.

## Key Dates

- September 26, 2018: joint statement by President Trump and Prime Minister Abe announcing talks
- April 2019: first negotiating round, in Washington
- May 17, 2019: Section 232 proclamation on autos and parts
- September 25, 2019: leaders announce that the deal is finalized
- October 7, 2019: both agreements signed
- January 1, 2020: entry into force

## How the Talks Began

The United States withdrew from the Trans-Pacific Partnership (TPP) in January 2017. The other 11 signatories, with Japan in the lead, then concluded a revised pact, the CPTPP, which entered into force at the end of 2018 and began cutting Japan's tariffs for Australian, Canadian, and other U.S. competitors. President Trump, who had criticized Japan's surplus in bilateral trade, pressed Prime Minister Abe Shinzo for a two-way deal. In a joint statement on September 26, 2018, the leaders agreed to open negotiations. The U.S. Trade Representative (USTR) notified Congress of the Administration's intent the following month and published negotiating objectives in December 2018.

Formal talks began in April 2019, with a first round in Washington led by USTR Robert Lighthizer and Japan's economy minister, Motegi Toshimitsu. Japan sought to limit the first stage to tariffs, while U.S. negotiators wanted early results for farmers. Speaking with Abe on the sidelines of the U.N. General Assembly in New York on September 25, 2019, the President announced that the two had finalized a limited deal.

## What Stage One Contains

The market access commitments are uneven, reflecting each side's priorities:

- Japan eliminates or reduces tariffs on about $7 billion of U.S. food and farm products, largely matching the treatment it gives CPTPP members; its beef tariff dropped from 38.5% to 26.6% on January 1 and is to fall to 9% by FY2033.
- Japan sets up country-specific quotas for some U.S. products, such as wheat and whey, but rice is excluded.
- The United States reduces or eliminates tariffs on roughly $40 million of agricultural imports from Japan and on some industrial goods, including machine tools, fasteners, and bicycles.
- Autos and auto parts, the largest category of U.S. imports from Japan, are left out. The 2.5% U.S. tariff on passenger cars and the 25% tariff on light trucks remain.

The digital agreement, modeled on the digital trade chapter of the U.S.-Mexico-Canada Agreement (USMCA), bars customs duties on electronic transmissions, limits requirements that data be stored locally, and protects source code and algorithms from forced disclosure.

## Autos and Section 232

The auto sector accounts for most of the U.S. goods deficit with Japan. On May 17, 2019, acting on a February Commerce Department report, the President proclaimed that imports of motor vehicles and parts, in particular from Japan and the European Union, threatened to impair U.S. national security, and he directed USTR to seek agreements to address the threat. The Administration had considered tariffs of as much as 25% on those imports. It has not imposed any, and the 180-day period the statute allows for negotiation passed in mid-November without a further announcement.

Japanese officials say the September 2019 joint statement, in which the two sides pledged to refrain from measures "against the spirit" of the agreements, protects Japan from Section 232 auto tariffs for as long as the agreements are carried out in good faith. The Administration has not confirmed that reading in public. Steel and aluminum from Japan remain subject to the Section 232 tariffs of 25% and 10% in effect since March 2018.

## Trade and Investment Ties

Only China, Canada, and Mexico traded more goods and services with the United States in 2019 than Japan, the fourth-largest U.S. trading partner. U.S. exports to Japan totaled $121.2 billion that year: $74.7 billion of goods and $46.5 billion of services. Imports from Japan came to $178.7 billion. Goods accounted for $143.6 billion of them and services for $35.1 billion. The U.S. goods trade deficit with Japan, $68.9 billion, was the fourth-largest with any country.

Table 1. U.S. Trade with Japan, 2018 and 2019 ($ billions)

| Flow | 2018 | 2019 |
| --- | --- | --- |
| Exports, goods and services | 120.9 | 121.2 |
| of which goods | 75.0 | 74.7 |
| of which services | 45.9 | 46.5 |
| Imports, goods and services | 178.2 | 178.7 |
| of which goods | 142.6 | 143.6 |
| of which services | 35.6 | 35.1 |
| Goods balance | -67.6 | -68.9 |

**Figure 1. U.S. Goods Trade with Japan, 2015-2019**

Source: CRS, based on U.S. Census Bureau data.

Investment ties run deeper than trade flows suggest. Japanese companies held $484.4 billion in direct investment in the United States at the end of 2018, making Japan the second-largest source of FDI after the United Kingdom. U.S. firms' direct investment in Japan, roughly $122 billion that year, was about a quarter as large. In June 2019 Japan overtook China as the largest foreign holder of U.S. Treasury securities; it held about $1.15 trillion at the end of the year.

## Politics in Japan

Abe's coalition of the Liberal Democratic Party and Komeito kept its majority in the July 21, 2019, election for the House of Councillors, though together with allied parties it fell short of the two-thirds needed to initiate a constitutional amendment. Abe became Japan's longest-serving prime minister in November 2019; his term as LDP president runs until September 2021. The consumption tax increase from 8% to 10% that took effect in October 2019 was followed by an annualized 7.1% fall in output in the last quarter of the year, and the pandemic has since raised the risk of recession.

## Issues for Congress

- Scope of future talks. U.S. priorities for a second stage include services, investment, auto-related nontariff barriers, and possibly currency. Japan wants permanent relief from the threat of Section 232 tariffs and a cut in U.S. auto tariffs.
- Congressional role. Because neither agreement came before Congress, Members may ask whether limited deals concluded without a vote set a precedent for future negotiations.
- WTO consistency. Some trade experts question whether an agreement that excludes autos covers "substantially all the trade," as GATT Article XXIV requires of free trade agreements.
- CPTPP. U.S. farm exporters gained parity with CPTPP competitors on many items; some Members favor rejoining the wider pact instead of pursuing bilateral deals.

**Brock R. Williams**, Specialist in International Trade and Finance

**Cathleen D. Cimino-Isaacs**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Trump", "Donald", "President Trump", note="given name not written"),
        "leaders.japan_prime_minister": P("Abe", "Shinzo", "Prime Minister Abe Shinzo", note="family name first"),
        "agreements.usjta_signed": D("2019-10-07", as_written="On October 7, 2019, U.S. and Japanese officials signed two agreements in Washington: the U.S.-Japan Trade Agreement (USJTA)", note="also the Key Dates sidebar"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="Both took effect on January 1, 2020"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="Both took effect on January 1, 2020", note="'Both' carries the two agreements from the sentence before"),
        "trade.overall_partner_rank": F(4, period="2019", as_written="Only China, Canada, and Mexico traded more goods and services with the United States in 2019 than Japan, the fourth-largest U.S. trading partner"),
        "trade.us_exports_to_japan": F(121200000000, period="2019", as_written="U.S. exports to Japan totaled $121.2 billion that year"),
        "trade.us_goods_exports_to_japan": F(74700000000, period="2019", as_written="$74.7 billion of goods"),
        "trade.us_services_exports_to_japan": F(46500000000, period="2019", as_written="and $46.5 billion of services"),
        "trade.us_imports_from_japan": F(178700000000, period="2019", as_written="Imports from Japan came to $178.7 billion", note="year carried from the sentence before"),
        "trade.us_goods_imports_from_japan": F(143600000000, period="2019", as_written="Goods accounted for $143.6 billion of them", note="'them' carries the imports"),
        "trade.us_services_imports_from_japan": F(35100000000, period="2019", as_written="and services for $35.1 billion"),
        "trade.goods_deficit": F(68900000000, period="2019", as_written="The U.S. goods trade deficit with Japan, $68.9 billion"),
        "trade.goods_deficit_rank": F(4, period="2019", as_written="was the fourth-largest with any country"),
        "trade.japan_fdi_stock_in_us": F(484400000000, period="2018", as_written="Japanese companies held $484.4 billion in direct investment in the United States at the end of 2018"),
        "trade.fdi_source_rank": F(2, period="2018", as_written="making Japan the second-largest source of FDI after the United Kingdom"),
        "trade.us_fdi_stock_in_japan": F(122000000000, "about", period="2018", as_written="U.S. firms' direct investment in Japan, roughly $122 billion that year"),
        "trade.treasury_holder_rank": F(1, as_written="In June 2019 Japan overtook China as the largest foreign holder of U.S. Treasury securities"),
    },
    "elections": {
        "upper_house_2019": E("Upper House", "2019-07-21", "held", result="LDP-Komeito coalition kept its majority; short of two-thirds with allies"),
    },
    "events": {
        "first_negotiating_round": EV("First round of U.S.-Japan trade agreement negotiations, in Washington", "2019-04", "held"),
        "section232_autos_proclamation": EV("President proclaims auto and parts imports a threat to national security", "2019-05-17", "held"),
        "stage_one_deal_finalized": EV("Trump and Abe announce in New York that the limited deal is finalized", "2019-09-25", "held"),
    },
    "notes": "Traps: 'Section 103(a) of the Bipartisan Congressional Trade Priorities and Accountability Act of 2015' (year of a law); 'Japan's Diet approved both texts in early December 2019' (Japanese approval, not entry into force); 'within four months of its entry into force' (a period); 'the decision announced on March 24 to put off the Tokyo Olympics until 2021'; Key Dates sidebar 'September 26, 2018: joint statement ... announcing talks' (not a tracked event; html aside) and the sidebar's other dates (the same as the tracked events and facts); 'withdrew from the Trans-Pacific Partnership (TPP) in January 2017'; 'The other 11 signatories'; 'entered into force at the end of 2018' (CPTPP, not USJTA); 'In a joint statement on September 26, 2018'; 'notified Congress ... the following month and published negotiating objectives in December 2018'; 'about $7 billion of U.S. food and farm products'; 'its beef tariff dropped from 38.5% to 26.6% on January 1 and is to fall to 9% by FY2033' (Japanese tariffs); 'roughly $40 million of agricultural imports from Japan'; 'The 2.5% U.S. tariff on passenger cars and the 25% tariff on light trucks remain' (MFN product rates, not a tariff on most imports or a Section 232 rate); 'U.S.-Mexico-Canada Agreement (USMCA)'; 'acting on a February Commerce Department report'; 'The Administration had considered tariffs of as much as 25% on those imports. It has not imposed any' (no Section 232 auto tariff); 'the 180-day period ... passed in mid-November'; 'the September 2019 joint statement' (not the finalized-deal event); 'the Section 232 tariffs of 25% and 10% in effect since March 2018' (steel and aluminum, not autos); Table 1's 2018 column ('120.9', '75.0', '45.9', '178.2', '142.6', '35.6', '-67.6'); Figure 1 (layout: years 2015-2019, ticks 0-160, two-series legend, no values; html: caption only); 'Only China, Canada, and Mexico' (rank by exclusion: 4); 'after the United Kingdom' (rank 2, not 1); 'was about a quarter as large' (a ratio, not a share fact); 'In June 2019' and 'about $1.15 trillion at the end of the year' (holdings, not a rank); 'fell short of the two-thirds needed to initiate a constitutional amendment'; 'Abe became Japan's longest-serving prime minister in November 2019'; 'his term as LDP president runs until September 2021' (term end only, not an election); 'The consumption tax increase from 8% to 10% ... October 2019'; 'an annualized 7.1% fall in output in the last quarter'; 'GATT Article XXIV'. Layout: pdftotext -layout of a two-column PDF with ligatures and curly quotes; html: Key Dates sidebar and Figure 1 in an aside.",
}
