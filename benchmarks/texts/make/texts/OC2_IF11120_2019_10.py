from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "OC2-IF11120-2019-10", "fresh34", "IF11120", 6
TITLE = "U.S.-Japan Trade Agreement Negotiations"
LAYOUTS = ["interleaved", "md"]
PDF_OPTS = ["nbsp"]

MD = """
U.S.-Japan Trade Agreement Negotiations

Updated October 29, 2019

## Overview

Earlier this month the United States and Japan signed two agreements that the Trump Administration describes as the first stage of a broader trade deal. The U.S.-Japan Trade Agreement (USJTA), which cuts or removes tariffs on a limited set of agricultural and industrial goods, and the U.S.-Japan Digital Trade Agreement (DTA), which sets rules for electronic commerce, were signed in Washington on October 7 by U.S. Trade Representative Robert Lighthizer and Japan's ambassador, Sugiyama Shinsuke.

The Administration has said that it intends for both to enter into force on January 1, 2020. Neither will come before Congress for a vote: the Administration says it can put the tariff cuts into effect under authority that Congress delegated in the 2015 trade promotion authority (TPA) statute, and it is treating the DTA as an executive agreement. In Tokyo, by contrast, the cabinet sent both texts to the Diet on October 15; the lower chamber, where the ruling coalition holds a comfortable majority, is expected to vote on them next month.

Some Members have asked whether a deal of this size, which leaves most trade in autos, services, and investment untouched, meets the negotiating objectives that TPA sets out, and whether its tariff provisions should have been submitted to Congress.

## How the Talks Began

President Trump, who withdrew the United States from the Trans-Pacific Partnership (TPP) in January 2017, has said repeatedly that he prefers bilateral deals and that Japan's trade surplus is unfair. After months of pressure from the White House, he and Prime Minister Abe Shinzo announced in a joint statement, issued in New York on September 26, 2018, that the two sides would negotiate a "United States-Japan Trade Agreement." Tokyo, which had hoped Washington would return to the TPP, agreed largely to head off threatened auto tariffs, Japanese officials have said.

U.S. farm groups, meanwhile, had watched Australian and Canadian competitors gain lower Japanese tariffs when the 11-country successor to the TPP took effect on December 30, 2018, and European ones when the Japan-EU Economic Partnership Agreement entered into force on February 1, 2019. They urged the Administration to secure quick results.

The formal negotiations opened in Washington in mid-April 2019. When the two leaders met on the sidelines of the Group of Seven (G7) summit in Biarritz, France, on August 25, they said they had reached agreement in principle; a month later, on September 25, they announced at the United Nations in New York that the first-stage deal had been finalized. The premier told reporters there that the outcome was "win-win."

## What the Agreements Do

Under the USJTA and the DTA:

- Japan will eliminate or reduce tariffs on about $7.2 billion of U.S. farm products, which Tokyo says brings them to the levels it offered in the TPP; its 38.5% tariff on beef, for example, falls to 9% by FY2033.
- The United States will cut tariffs on about $40 million of Japanese farm goods and on a list of industrial goods, among them certain machine tools, steam turbines, and bicycles.
- The U.S. tariffs of 2.5% on passenger cars and 25% on light trucks are unchanged; the agreement says only that auto tariffs will be subject to "further negotiations."
- The DTA, which covers what USTR estimates is some $40 billion in digital trade, bars customs duties on electronic transmissions and limits requirements that data be stored locally.

## The Auto Tariff Threat

Autos, which make up about a third of U.S. goods imports from Japan, remain the most sensitive issue. On May 17, President Trump proclaimed that imports of motor vehicles and parts, particularly from Japan and the European Union, threaten to impair U.S. national security. The proclamation followed a Commerce Department investigation that reportedly recommended tariffs of up to 25%, and it gave USTR 180 days to negotiate, a window that closes in mid-November. No such tariffs have been imposed. Japanese officials have said that the President assured the premier in New York that none would be applied to Japan, but the Administration has not said so publicly. Steel and aluminum from Japan have paid Section 232 duties of 25% and 10%, respectively, since March 2018.

## The Economic Relationship

Japan, which in 2018 was the fourth-largest U.S. trading partner, bought $121.1 billion of U.S. goods and services that year and sold the United States $178.2 billion. Goods made up the bulk of both flows, $75.0 billion and $142.6 billion, respectively; services accounted for the remainder (Table 1).

Table 1. U.S. Trade with Japan, 2017-2018 ($ billions)

| | 2017 | 2018 |
| --- | --- | --- |
| U.S. goods exports | 67.7 | 75.0 |
| U.S. services exports | 44.9 | 46.1 |
| U.S. goods imports | 136.5 | 142.6 |
| U.S. services imports | 34.0 | 35.6 |

Source: U.S. Bureau of Economic Analysis and U.S. Census Bureau.

The resulting gap in goods trade, $67.6 billion, ranked fourth among U.S. bilateral deficits that year, after those with China, Mexico, and Germany. It was slightly smaller than in 2017.

Among foreign investors in the United States, only firms based in the United Kingdom held more than Japanese companies, whose direct investment position here reached $484.4 billion at the end of 2018. U.S. firms' holdings in Japan, which stood at some $125 billion that year, are about a quarter as large. The flow of capital runs the other way as well: Japan has once more become the largest foreign holder of U.S. Treasury securities, with $1.17 trillion in August, according to Treasury data released this month, about $70 billion more than China.

## Politics in Tokyo

The agreements reached the Diet three months after the July 21 House of Councillors election, in which the Liberal Democratic Party (LDP) and its coalition partner, Komeito, kept their majority in that chamber but fell short, even with allied parties, of the two-thirds needed to propose revising the constitution. The premier, who in November is set to become the longest-serving prime minister in Japan's history, went ahead on October 1 with a rise in the consumption tax from 8% to 10%, which his government has paired with rebates for cashless purchases.

## Issues for Congress

The September 25 joint statement said that the two sides would consult within four months after the USJTA takes effect on which subjects to take up next, which could include services, investment, and the remaining tariffs. Congress may weigh whether a second stage will follow, whether the auto threat will be lifted, and how a series of partial agreements sits with TPA's procedures.

**Brock R. Williams**, Specialist in International Trade and Finance

**Cathleen D. Cimino-Isaacs**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Trump", "Donald", "President Trump", note="given name not written"),
        "leaders.japan_prime_minister": P("Abe", "Shinzo", "Prime Minister Abe Shinzo", note="family name first; later 'the premier'"),
        "agreements.usjta_signed": D("2019-10-07", as_written="were signed in Washington on October 7 by U.S. Trade Representative Robert Lighthizer", note="year from the cover ('Earlier this month'); subject is the USJTA and the DTA, a long compound subject with relative clauses"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="The Administration has said that it intends for both to enter into force on January 1, 2020", note="expected, not yet in force (as the record's 2019-10-03 version)"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="The Administration has said that it intends for both to enter into force on January 1, 2020", note="expected; 'both' = the USJTA and the DTA"),
        "trade.overall_partner_rank": F(4, period="2018", as_written="Japan, which in 2018 was the fourth-largest U.S. trading partner"),
        "trade.us_exports_to_japan": F(121100000000, period="2018", as_written="bought $121.1 billion of U.S. goods and services that year"),
        "trade.us_imports_from_japan": F(178200000000, period="2018", as_written="and sold the United States $178.2 billion"),
        "trade.us_goods_exports_to_japan": F(75000000000, period="2018", as_written="Goods made up the bulk of both flows, $75.0 billion and $142.6 billion, respectively", note="also Table 1's 2018 column"),
        "trade.us_goods_imports_from_japan": F(142600000000, period="2018", as_written="Goods made up the bulk of both flows, $75.0 billion and $142.6 billion, respectively", note="also Table 1's 2018 column"),
        "trade.us_services_exports_to_japan": F(46100000000, period="2018", as_written="| U.S. services exports | 44.9 | 46.1 |", note="only in Table 1 ($ billions in the caption), 2018 column"),
        "trade.us_services_imports_from_japan": F(35600000000, period="2018", as_written="| U.S. services imports | 34.0 | 35.6 |", note="only in Table 1, 2018 column"),
        "trade.goods_deficit": F(67600000000, period="2018", as_written="The resulting gap in goods trade, $67.6 billion"),
        "trade.goods_deficit_rank": F(4, period="2018", as_written="ranked fourth among U.S. bilateral deficits that year, after those with China, Mexico, and Germany"),
        "trade.fdi_source_rank": F(2, period="2018", as_written="Among foreign investors in the United States, only firms based in the United Kingdom held more than Japanese companies", note="rank by exclusion of one country"),
        "trade.japan_fdi_stock_in_us": F(484400000000, period="2018", as_written="whose direct investment position here reached $484.4 billion at the end of 2018"),
        "trade.us_fdi_stock_in_japan": F(125000000000, "about", period="2018", as_written="U.S. firms' holdings in Japan, which stood at some $125 billion that year", note="'about a quarter as large' is a ratio"),
        "trade.treasury_holder_rank": F(1, period="2019-08", as_written="Japan has once more become the largest foreign holder of U.S. Treasury securities, with $1.17 trillion in August", note="year from the cover"),
    },
    "elections": {
        "upper_house_2019": E("Upper House", "2019-07-21", "held", result="LDP-Komeito kept their majority; short of two-thirds with allies"),
    },
    "events": {
        "first_negotiating_round": EV("First formal round of U.S.-Japan trade negotiations, in Washington", "2019-04", "held"),
        "stage_one_deal_finalized": EV("Trump and Abe announce in New York that the first-stage deal has been finalized", "2019-09-25", "held"),
        "section232_autos_proclamation": EV("President proclaims auto and parts imports a threat to U.S. national security", "2019-05-17", "held"),
    },
    "notes": "Traps: 'the 2015 trade promotion authority (TPA) statute'; 'the cabinet sent both texts to the Diet on October 15' and 'is expected to vote on them next month' (Japan's approval, not entry into force); 'withdrew the United States from the Trans-Pacific Partnership (TPP) in January 2017'; 'issued in New York on September 26, 2018' (the joint statement: no tracked event, not tariff_talks_announced); 'took effect on December 30, 2018' and 'entered into force on February 1, 2019' (other agreements' in-force dates); 'on August 25, they said they had reached agreement in principle' (not the finalization); bullet 'about $7.2 billion of U.S. farm products' and 'its 38.5% tariff on beef, for example, falls to 9% by FY2033' (Japan's tariffs); bullet 'about $40 million of Japanese farm goods' beside bullet 'some $40 billion in digital trade'; bullet 'The U.S. tariffs of 2.5% on passenger cars and 25% on light trucks are unchanged' (MFN rates, no tariffs.* fact); 'Autos, which make up about a third of U.S. goods imports from Japan'; 'reportedly recommended tariffs of up to 25%' (recommended; 'No such tariffs have been imposed', so no tariffs.section232_autos); 'gave USTR 180 days to negotiate, a window that closes in mid-November'; 'Section 232 duties of 25% and 10%, respectively, since March 2018' (steel and aluminum); Table 1's 2017 column; 'It was slightly smaller than in 2017'; 'about a quarter as large' (ratio); '$1.17 trillion in August' (holdings, not FDI) and 'about $70 billion more than China'; 'the two-thirds needed to propose revising the constitution'; 'in November is set to become the longest-serving prime minister'; 'on October 1 with a rise in the consumption tax from 8% to 10%'; 'would consult within four months after the USJTA takes effect' (planned). Interleaved: the PDF's two columns' lines alternate, the bullet list and Table 1 among them; NBSP between numbers and billion/million/trillion/percent.",
}
