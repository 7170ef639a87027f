from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "BG2-IF11120-2022-09", "fresh47", "IF11120", 17
TITLE = "U.S.-Japan Trade Agreement Negotiations"
LAYOUTS = ["md", "interleaved"]
PDF_OPTS = ["quotes", "hyph"]
CHART = {"unit": "$ billions", "ymax": 800, "ticks": [0, 200, 400, 600, 800],
         "series": ["Japan's FDI position in the United States"],
         "bars": {"2016": (421.0,), "2017": (469.1,), "2018": (484.4,), "2019": (619.3,), "2020": (648.0,)}}

MD = """
U.S.-Japan Trade Agreement Negotiations

Updated September 14, 2022

## Overview

The United States and Japan, the world's largest and third-largest economies, are closely tied by trade and investment but have no comprehensive free trade agreement. Two limited agreements reached under the Trump Administration, the U.S.-Japan Trade Agreement (USJTA), which cut tariffs on some agricultural and industrial goods, and the U.S.-Japan Digital Trade Agreement (DTA), have been in force since January 1, 2020. The Biden Administration has not sought to build them into the wider deal the two governments once envisaged. It has instead engaged Japan through new bilateral dialogues and through the Indo-Pacific Economic Framework for Prosperity (IPEF), which the Administration says will not involve tariff cuts or require congressional approval. Members of Congress may weigh in on the scope of these initiatives and on whether to press Japan for further market access.

## From TPP to "Stage One"

Both countries signed the Trans-Pacific Partnership (TPP) in February 2016, but President Trump withdrew the United States from it in January 2017. The other 11 signatories, with Japan in the lead, went on to conclude the Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP), in force since December 30, 2018; Japan's economic partnership agreement with the European Union followed on February 1, 2019. Those pacts gave competitors' farm exports better terms in Japan's market than U.S. products enjoyed, and U.S. agricultural groups urged quick bilateral talks.

The path to a bilateral deal:

- September 2018: President Trump and Prime Minister Abe Shinzo agree to start negotiations; USTR notifies Congress the next month of its intent to negotiate.
- April 2019: negotiators hold their first formal round in Washington.
- May 17, 2019: a presidential proclamation finds that imports of autos and parts threaten U.S. national security and directs USTR to negotiate with Japan and the EU.
- September 25, 2019: meeting in New York, the two leaders announce they have finalized a "stage one" deal.
- October 7, 2019: the two governments sign the USJTA and the DTA in Washington.

Because the USJTA only adjusted tariffs within limits Congress had already delegated, the Trump Administration concluded it as an executive agreement, and Congress did not vote on it. Japan reduced or removed tariffs on some $7 billion of U.S. food and agricultural products, bringing most to CPTPP levels; its tariff on U.S. beef, 38.5% before the deal, is falling in stages to 9% by FY2033. The United States cut tariffs on a list of Japanese industrial goods, such as machine tools and bicycles, but kept its 2.5% tariff on passenger cars. The DTA bars customs duties on electronic transmissions and restrictions on cross-border data flows. The joint statement envisioned consultations on other issues within four months of entry into force; they never began.

## Section 232: Autos and Steel

Section 232 of the Trade Expansion Act of 1962 allows the President to restrict imports found to threaten national security. The 2019 auto proclamation set a 180-day window for negotiated outcomes. It lapsed in November 2019 without the tariffs of up to 25% on autos and parts that the President had threatened, and no Section 232 duties on Japanese vehicles have been imposed. In the September 2019 joint statement, Japan said it understood that the United States would not take such action while the two sides implemented the agreements in good faith. Passenger vehicles and parts remain Japan's largest exports to the United States, close to $50 billion in 2021.

Steel and aluminum from Japan have paid Section 232 tariffs of 25% and 10%, respectively, since 2018. Under an arrangement announced on February 7, 2022, and in effect since April 1, up to 1.25 million metric tons of Japanese steel a year may now enter free of the tariff, a volume based on 2018-2019 shipments. Aluminum was not covered, and Japan dropped its challenge of the steel tariffs at the World Trade Organization.

## The Biden Administration's Approach

Administration officials have said new comprehensive free trade agreements are not a priority. In November 2021, U.S. Trade Representative Katherine Tai and her Japanese counterparts launched a U.S.-Japan Partnership on Trade, to address third-country concerns such as China's nonmarket practices, along with digital trade, labor, and the environment. Meeting in January 2022, President Joe Biden and Prime Minister Fumio Kishida, in office since October 2021, agreed to create an Economic Policy Consultative Committee, or economic "2+2," of the two countries' foreign and commerce ministers. It first met on July 29, 2022, and adopted a plan of action on supply chains and export controls.

Biden launched IPEF in Tokyo on May 23, 2022, with Kishida beside him; 13 countries joined at the outset, and Fiji became the 14th days later. On September 9, ministers meeting in Los Angeles agreed to open formal negotiations on the framework's four pillars: trade; supply chains; clean energy; and tax and anticorruption. India chose to stay out of the trade pillar. Some Members have urged that the United States instead seek to join the CPTPP, which China and Taiwan each applied to join in September 2021.

## Developments in Japan

Former Prime Minister Abe, who led Japan through the USJTA talks and championed the CPTPP, was shot and killed on July 8, 2022, while campaigning in the city of Nara. Two days later, the governing Liberal Democratic Party (LDP) and its partner Komeito expanded their majority in the July 10 election for the Diet's upper chamber, the House of Councillors. Kishida's cabinet has since lost support over the LDP's ties to the Unification Church and his decision to hold a state funeral for Abe on September 27. The yen has slid to a 24-year low against the dollar, past 144 yen in early September, cheapening Japanese goods in the U.S. market.

## Trade and Investment Ties

Japan was the fifth-largest U.S. trading partner in 2021, counting goods and services. That year U.S. exports to Japan came to $112.2 billion, and imports from Japan to $167.8 billion (Table 1). Goods make up most of both flows: $77.6 billion of exports and $133.6 billion of imports. Services were $34.6 billion and $34.2 billion, respectively. The resulting $56.0 billion goods deficit ranked fourth among U.S. bilateral goods deficits, down from nearly $70 billion in 2019.

Table 1. U.S. Trade with Japan, 2021 ($ billions)

| | Exports | Imports | Balance |
| --- | --- | --- | --- |
| Goods | 77.6 | 133.6 | -56.0 |
| Services | 34.6 | 34.2 | 0.4 |
| Total | 112.2 | 167.8 | -55.6 |

Source: BEA, international transactions data, released June 2022.

For the second year running, Japan topped all countries as a source of foreign direct investment (FDI) in the United States. Its FDI stock reached $648 billion in 2020, on a historical-cost basis, compared with $619 billion a year earlier (Figure 1). U.S. direct investment in Japan, $132 billion in 2020, is about one-fifth as large. Affiliates of Japanese firms employ close to 1 million workers in the United States. Japan is also the largest foreign holder of U.S. Treasury securities, with about $1.24 trillion in June 2022; China's holdings, the second largest, were just under $1 trillion.

**Figure 1. Japan's Direct Investment Position in the United States, 2016-2020**

Source: BEA, historical-cost basis.

## Issues for Congress

Members may consider whether to encourage a second-stage agreement covering services, investment, and the U.S. auto tariff, and whether IPEF outcomes should come before Congress for approval. Japan's beef safeguard, triggered in March 2021 when U.S. shipments exceeded the agreed trigger level, raised the tariff from 25.8% to 38.5% for 30 days; a revised mechanism agreed in March 2022 took effect in June. Congress may also examine coordination with Japan on semiconductor export controls toward China.

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Mark E. Manyin**, Specialist in Asian Affairs
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Biden", "Joe", "President Joe Biden", note="also 'The Biden Administration'; Trump appears only as the former President in the background"),
        "leaders.japan_prime_minister": P("Kishida", "Fumio", "Prime Minister Fumio Kishida, in office since October 2021", note="given name first; Abe Shinzo is a former prime minister"),
        "agreements.usjta_signed": D("2019-10-07", as_written="October 7, 2019: the two governments sign the USJTA and the DTA in Washington", note="bullet list"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="the U.S.-Japan Trade Agreement (USJTA) ... and the U.S.-Japan Digital Trade Agreement (DTA), have been in force since January 1, 2020"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="the U.S.-Japan Digital Trade Agreement (DTA), have been in force since January 1, 2020"),
        "trade.overall_partner_rank": F(5, period="2021", as_written="Japan was the fifth-largest U.S. trading partner in 2021, counting goods and services"),
        "trade.us_exports_to_japan": F(112200000000, period="2021", as_written="That year U.S. exports to Japan came to $112.2 billion", note="also Table 1, Total row"),
        "trade.us_imports_from_japan": F(167800000000, period="2021", as_written="and imports from Japan to $167.8 billion", note="also Table 1, Total row"),
        "trade.us_goods_exports_to_japan": F(77600000000, period="2021", as_written="Goods make up most of both flows: $77.6 billion of exports"),
        "trade.us_goods_imports_from_japan": F(133600000000, period="2021", as_written="and $133.6 billion of imports"),
        "trade.us_services_exports_to_japan": F(34600000000, period="2021", as_written="Services were $34.6 billion and $34.2 billion, respectively", note="first of the pair ('respectively')"),
        "trade.us_services_imports_from_japan": F(34200000000, period="2021", as_written="Services were $34.6 billion and $34.2 billion, respectively", note="second of the pair ('respectively')"),
        "trade.goods_deficit": F(56000000000, period="2021", as_written="The resulting $56.0 billion goods deficit", note="also Table 1's goods balance, -56.0"),
        "trade.goods_deficit_rank": F(4, period="2021", as_written="ranked fourth among U.S. bilateral goods deficits"),
        "trade.fdi_source_rank": F(1, as_written="For the second year running, Japan topped all countries as a source of foreign direct investment (FDI) in the United States"),
        "trade.japan_fdi_stock_in_us": F(648000000000, period="2020", as_written="Its FDI stock reached $648 billion in 2020"),
        "trade.us_fdi_stock_in_japan": F(132000000000, period="2020", as_written="U.S. direct investment in Japan, $132 billion in 2020"),
        "trade.treasury_holder_rank": F(1, as_written="Japan is also the largest foreign holder of U.S. Treasury securities"),
    },
    "elections": {
        "upper_house_2022": E("Upper House", "2022-07-10", "held", result="LDP and Komeito expanded their majority"),
    },
    "events": {
        "first_negotiating_round": EV("First formal round of U.S.-Japan trade negotiations, in Washington", "2019-04", "held"),
        "section232_autos_proclamation": EV("Proclamation finds auto and parts imports a threat to national security and directs negotiations", "2019-05-17", "held"),
        "stage_one_deal_finalized": EV("Trump and Abe announce in New York they have finalized a stage one deal", "2019-09-25", "held"),
        "abe_assassination": EV("Former Prime Minister Abe shot and killed while campaigning in Nara", "2022-07-08"),
    },
    "notes": "Traps: 'the world's largest and third-largest economies'; 'signed the Trans-Pacific Partnership (TPP) in February 2016' and 'withdrew the United States from it in January 2017'; 'The other 11 signatories', 'in force since December 30, 2018' (CPTPP, not the USJTA) and 'followed on February 1, 2019' (Japan-EU); bullet 'September 2018: President Trump and Prime Minister Abe Shinzo agree to start negotiations' and 'notifies Congress the next month' (no tracked event; not tariff_talks_announced; Abe is a former prime minister); bullet 'September 25, 2019 ... finalized a \"stage one\" deal' (the tracked event, not the signing); 'some $7 billion of U.S. food and agricultural products'; 'its tariff on U.S. beef, 38.5% before the deal, is falling in stages to 9% by FY2033'; 'kept its 2.5% tariff on passenger cars' (MFN rate, not a Section 232 auto tariff); 'within four months of entry into force; they never began'; 'Section 232 of the Trade Expansion Act of 1962' (year of a law); 'a 180-day window' and 'It lapsed in November 2019'; 'the tariffs of up to 25% on autos and parts that the President had threatened' and 'no Section 232 duties on Japanese vehicles have been imposed' (threatened, never applied: no Section 232 auto rate is stated); 'the September 2019 joint statement'; 'close to $50 billion in 2021' (auto exports, not a catalogue fact); 'Section 232 tariffs of 25% and 10%, respectively, since 2018' (steel and aluminum, not autos); 'announced on February 7, 2022, and in effect since April 1' and 'up to 1.25 million metric tons', '2018-2019 shipments' (steel TRQ); 'In November 2021 ... Partnership on Trade'; 'Meeting in January 2022' and 'in office since October 2021'; 'It first met on July 29, 2022'; 'on May 23, 2022 ... 13 countries joined at the outset, and Fiji became the 14th'; 'On September 9, ministers meeting in Los Angeles' and 'four pillars'; 'applied to join in September 2021'; 'shot and killed on July 8, 2022' (tracked event, no status); 'Two days later ... the July 10 election' (held Upper House election; no seat share in this brief's catalogue); 'a state funeral for Abe on September 27'; 'a 24-year low against the dollar, past 144 yen'; 'Services were $34.6 billion and $34.2 billion, respectively' (two facts in one sentence); 'down from nearly $70 billion in 2019' (past deficit); Table 1's services balance '0.4' and total balance '-55.6' (not the goods deficit); 'For the second year running' (a count of years beside rank 1); 'compared with $619 billion a year earlier' (2019 stock); 'about one-fifth as large'; 'close to 1 million workers'; 'about $1.24 trillion in June 2022; China's holdings, the second largest, were just under $1 trillion' (holdings and another country's rank); Figure 1 (interleaved: years 2016-2020, ticks 0-800, no values); 'triggered in March 2021', 'from 25.8% to 38.5% for 30 days', 'agreed in March 2022 took effect in June' (beef safeguard). PDF (interleaved only): curly quotes, hyphenated line ends; the two columns' lines alternate.",
}
