from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "XD2-IF11120-2024-06", "fresh47", "IF11120", 21
TITLE = "U.S.-Japan Trade Agreements and Negotiations"
LAYOUTS = ["layout", "md"]
PDF_OPTS = ["nbsp", "hyph"]
CHART = {"unit": "$ billions", "ymax": 800, "ticks": [0, 200, 400, 600, 800],
         "series": ["Japanese FDI position in the United States"],
         "bars": {"2018": (484.4,), "2019": (619.3,), "2020": (648.0,), "2021": (721.0,), "2022": (775.0,)}}

MD = """
U.S.-Japan Trade Agreements and Negotiations

Updated June 18, 2024

## Overview

Japan is one of the most important economic partners of the United States, and the two countries' trade ties have been relatively free of friction in recent years. The Biden Administration has not sought to build on the two limited trade agreements concluded with Japan in 2019 under the Trump Administration. It has instead worked with Tokyo through the Indo-Pacific Economic Framework for Prosperity (IPEF), a 2023 agreement on critical minerals, export controls, and other supply chain efforts. When Prime Minister Fumio Kishida made a state visit to Washington on April 10, 2024, he and President Joe Biden released a joint statement listing more than 70 initiatives, most of them on defense, technology, and energy.

Several issues could draw congressional attention in the coming months: Nippon Steel's proposed purchase of U.S. Steel, the terms of the 2023 minerals pact, the status of IPEF, and proposals by former President Donald Trump, the presumptive Republican nominee, for a tariff of 10% on all U.S. imports, which would apply to goods from Japan.

## Trade and Investment Ties

Counting goods and services, Japan was the sixth-largest U.S. trading partner in 2023, having ranked fourth as recently as 2019. Two-way trade came to roughly $305 billion. The United States has run a persistent deficit with Japan in goods while recording a surplus in services, chiefly in travel, royalties, and business services (Table 1).

Table 1. U.S. Trade with Japan, 2022 and 2023 ($ billions)

| | 2022 | 2023 |
| --- | --- | --- |
| U.S. exports to Japan | 120.1 | 121.0 |
| of which goods | 80.2 | 76.9 |
| of which services | 39.9 | 44.1 |
| U.S. imports from Japan | 180.3 | 184.0 |
| of which goods | 148.1 | 148.2 |
| of which services | 32.2 | 35.8 |

Source: Bureau of Economic Analysis (BEA), balance of payments basis.

The U.S. goods deficit with Japan reached $71.3 billion in 2023, fifth among U.S. bilateral goods deficits; it was fourth in 2021. Motor vehicles and parts account for about a third of U.S. goods imports from Japan. Leading U.S. exports include natural gas, crude oil, aircraft, pharmaceuticals, and farm products such as corn, beef, and soybeans.

Investment ties are deeper still. Japan has been the top source of foreign direct investment (FDI) in the United States since 2019, with a position of roughly $775 billion at the end of 2022, the most recent year for which BEA has published country data (Figure 1). U.S. FDI in Japan was much smaller, about $130 billion that year. U.S. affiliates of Japanese firms employed close to one million workers in the United States. Japan also holds more U.S. Treasury securities than any other foreign economy, about $1.1 trillion in early 2024, well ahead of China.

**Figure 1. Japanese Direct Investment Position in the United States, 2018-2022**

Source: BEA, historical-cost basis, year-end positions.

## The 2019 Agreements

After President Trump withdrew the United States from the Trans-Pacific Partnership (TPP) in January 2017, his Administration pressed Japan for a bilateral deal. Following a September 2018 joint statement by the two leaders, the Administration notified Congress of its intent to negotiate, and the first formal round took place in Washington in April 2019. The talks moved quickly. On September 25, 2019, President Trump and then-Prime Minister Abe Shinzo announced that they had finalized a "stage one" deal, and the U.S.-Japan Trade Agreement (USJTA) and the U.S.-Japan Digital Trade Agreement were signed on October 7, 2019.

Both agreements entered into force on January 1, 2020. The Administration implemented the USJTA's modest U.S. tariff cuts using authority delegated in the Bipartisan Congressional Trade Priorities and Accountability Act of 2015 (TPA), so neither agreement came before Congress for a vote; some Members objected to that approach.

- Japan eliminated or reduced tariffs on about $7 billion of U.S. agricultural exports, roughly matching what TPP would have provided. Its tariff on U.S. beef, 38.5% before the deal, is scheduled to fall to 9% by FY2033.
- The United States cut or removed duties on about $40 billion of Japanese imports, mostly industrial goods, but left in place its 2.5% tariff on passenger cars and its 25% tariff on light trucks.
- The digital agreement bars customs duties on electronic transmissions and restricts data localization requirements, among other commitments.

The agreements' preambles anticipated further "stage two" talks on services, investment, and other issues. No such negotiations have begun, and the Biden Administration has signaled no interest in resuming them.

## Section 232 Tariffs

The threat of U.S. tariffs hung over the 2019 talks. On May 17, 2019, President Trump proclaimed, after a Commerce Department investigation under Section 232 of the Trade Expansion Act of 1962, that imports of motor vehicles and parts threatened to impair U.S. national security. He imposed no auto tariffs, however, although rates of up to 25% had been under discussion, and the two governments' September 2019 joint statement committed each side not to act against the spirit of the deal.

Japan was not spared the Section 232 duties of 25% on steel and 10% on aluminum imposed in March 2018. In February 2022, the two governments agreed to replace the steel tariffs with a tariff-rate quota (TRQ), in effect since April 1, 2022, that allows roughly 1.25 million metric tons of Japanese steel to enter free of the Section 232 duty each year. Aluminum from Japan remains subject to the 10% tariff.

## Critical Minerals and IPEF

The U.S.-Japan Critical Minerals Agreement (CMA), signed on March 28, 2023, commits both countries to refrain from export duties on lithium, cobalt, nickel, and other minerals used in electric vehicle batteries and to share information on supply chains. The Biden Administration treats Japan as a free trade agreement partner for purposes of the Inflation Reduction Act's clean vehicle credit of up to $7,500, which is the agreement's main practical effect. Several Members of Congress have questioned whether the Administration can conclude such agreements without congressional approval.

Japan is one of 14 IPEF partners. IPEF's supply chain agreement entered into force in February 2024, and the partners signed the clean economy, fair economy, and overarching arrangements on June 6. The Administration has set aside the trade pillar's digital trade talks, and IPEF does not reduce tariffs.

## Nippon Steel's Bid for U.S. Steel

On December 18, 2023, Nippon Steel agreed to buy U.S. Steel for about $14.9 billion, or $55 a share. U.S. Steel shareholders approved the deal in April. The United Steelworkers union opposes it, and President Biden said in March that U.S. Steel should remain "domestically owned and operated." The Committee on Foreign Investment in the United States (CFIUS) is reviewing the transaction. Japanese officials have cautioned that blocking it could chill Japanese investment in the United States.

## Outlook and Issues for Congress

Trade policy debates in both capitals may intensify in the second half of 2024. Kishida, whose three-year term as president of the Liberal Democratic Party (LDP) ends in September, faces a party leadership election that month, and his cabinet's approval ratings have hovered near 20%. In the United States, Trump has said that as President he would impose the 10% across-the-board tariff and raise tariffs on Chinese goods to 60% or more; some analysts expect Japan would seek an exemption. Congress may also weigh whether to press for a more comprehensive agreement with Japan, whether to consider U.S. membership in the Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP), the 11-member successor to TPP that entered into force in December 2018, and how to oversee executive agreements such as the CMA.

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Kyla H. Kitamura**, Analyst in Asian Affairs
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Biden", "Joe", "President Joe Biden"),
        "leaders.japan_prime_minister": P("Kishida", "Fumio", "Prime Minister Fumio Kishida", note="given name first"),
        "trade.overall_partner_rank": F(6, period="2023", as_written="Counting goods and services, Japan was the sixth-largest U.S. trading partner in 2023"),
        "trade.us_exports_to_japan": F(121000000000, period="2023", as_written="Table 1: U.S. exports to Japan, 2023 column, 121.0 ($ billions)", note="only in the table; the 2022 column is a trap"),
        "trade.us_goods_exports_to_japan": F(76900000000, period="2023", as_written="Table 1: of which goods, 2023 column, 76.9"),
        "trade.us_services_exports_to_japan": F(44100000000, period="2023", as_written="Table 1: of which services, 2023 column, 44.1"),
        "trade.us_imports_from_japan": F(184000000000, period="2023", as_written="Table 1: U.S. imports from Japan, 2023 column, 184.0"),
        "trade.us_goods_imports_from_japan": F(148200000000, period="2023", as_written="Table 1: of which goods (imports), 2023 column, 148.2"),
        "trade.us_services_imports_from_japan": F(35800000000, period="2023", as_written="Table 1: of which services (imports), 2023 column, 35.8"),
        "trade.goods_deficit": F(71300000000, period="2023", as_written="The U.S. goods deficit with Japan reached $71.3 billion in 2023"),
        "trade.goods_deficit_rank": F(5, period="2023", as_written="fifth among U.S. bilateral goods deficits; it was fourth in 2021"),
        "trade.fdi_source_rank": F(1, as_written="Japan has been the top source of foreign direct investment (FDI) in the United States since 2019"),
        "trade.japan_fdi_stock_in_us": F(775000000000, "about", period="2022", as_written="with a position of roughly $775 billion at the end of 2022"),
        "trade.us_fdi_stock_in_japan": F(130000000000, "about", period="2022", as_written="U.S. FDI in Japan was much smaller, about $130 billion that year", note="year carried from the sentence before"),
        "trade.treasury_holder_rank": F(1, as_written="Japan also holds more U.S. Treasury securities than any other foreign economy"),
        "agreements.usjta_signed": D("2019-10-07", as_written="the U.S.-Japan Trade Agreement (USJTA) and the U.S.-Japan Digital Trade Agreement were signed on October 7, 2019"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="Both agreements entered into force on January 1, 2020"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="Both agreements entered into force on January 1, 2020"),
        "agreements.critical_minerals_signed": D("2023-03-28", as_written="The U.S.-Japan Critical Minerals Agreement (CMA), signed on March 28, 2023"),
    },
    "elections": {
        "ldp_president_2024": E("LDP president", "2024-09", "upcoming", note="'whose three-year term as president of the LDP ends in September, faces a party leadership election that month'"),
    },
    "events": {
        "first_negotiating_round": EV("First formal round of U.S.-Japan trade agreement negotiations, in Washington", "2019-04", "held"),
        "stage_one_deal_finalized": EV("Trump and Abe announce they have finalized a 'stage one' deal", "2019-09-25", "held"),
        "section232_autos_proclamation": EV("President proclaims motor vehicle and parts imports a threat to U.S. national security (no tariffs imposed)", "2019-05-17", "held"),
    },
    "notes": "Traps: 'concluded with Japan in 2019 under the Trump Administration' and 'a 2023 agreement on critical minerals' (year mentions beside the dated facts); 'made a state visit to Washington on April 10, 2024' and 'more than 70 initiatives'; 'former President Donald Trump' (not the President) and 'a tariff of 10% on all U.S. imports' (a proposal, not a tariff in effect: no tariff on most imports is stated); 'having ranked fourth as recently as 2019' (past rank); 'Two-way trade came to roughly $305 billion' (total trade, no catalogue fact); Table 1's 2022 column (120.1, 80.2, 39.9, 180.3, 148.1, 32.2: prior year); 'it was fourth in 2021' (past deficit rank); 'about a third of U.S. goods imports'; 'since 2019' (beside the FDI rank 1); 'the most recent year for which BEA has published'; 'close to one million workers'; 'about $1.1 trillion in early 2024' (Treasury holdings, not FDI); Figure 1 (layout text: years 2018-2022, ticks 0-800 $ billions, no value labels); 'withdrew ... from the Trans-Pacific Partnership (TPP) in January 2017'; 'Following a September 2018 joint statement' (not the finalized deal); 'the first formal round took place in Washington in April 2019' (an event, not a signing); 'On September 25, 2019, ... announced that they had finalized' (the stage one event, not the signing date); 'then-Prime Minister Abe Shinzo' (former PM); 'Accountability Act of 2015 (TPA)' (year of a law); bullets 'about $7 billion of U.S. agricultural exports', '38.5% before the deal, is scheduled to fall to 9% by FY2033' (Japan's beef tariff), 'about $40 billion of Japanese imports', 'its 2.5% tariff on passenger cars and its 25% tariff on light trucks' (MFN rates, not Section 232); 'Section 232 of the Trade Expansion Act of 1962' (year of a law); 'He imposed no auto tariffs, however, although rates of up to 25% had been under discussion' (no Section 232 auto rate stated); 'the two governments' September 2019 joint statement'; 'duties of 25% on steel and 10% on aluminum imposed in March 2018', 'In February 2022', 'in effect since April 1, 2022', 'roughly 1.25 million metric tons', 'remains subject to the 10% tariff' (steel and aluminum, not autos or most imports); 'clean vehicle credit of up to $7,500'; 'one of 14 IPEF partners', 'entered into force in February 2024', 'signed ... on June 6' (IPEF, not the bilateral agreements); 'On December 18, 2023, Nippon Steel agreed to buy U.S. Steel for about $14.9 billion, or $55 a share' and 'approved the deal in April' and 'said in March'; 'approval ratings have hovered near 20%'; 'the 10% across-the-board tariff and raise tariffs on Chinese goods to 60% or more' (proposals); 'the 11-member successor to TPP that entered into force in December 2018' (CPTPP, not a U.S.-Japan agreement). layout: pdftotext -layout runs the two columns side by side, with NBSP before billion/percent and hyphenated line ends; the table and bullets among them.",
}
