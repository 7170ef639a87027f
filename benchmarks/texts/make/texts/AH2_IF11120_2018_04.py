from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "AH2-IF11120-2018-04", "fresh16", "IF11120", 1
TITLE = "U.S.-Japan Trade Relations and Prospects for Negotiations"
LAYOUTS = ["md", "layout"]
PDF_OPTS = ["lig", "quotes"]

MD = """
U.S.-Japan Trade Relations and Prospects for Negotiations

Updated April 24, 2018

## Overview

Meeting at Mar-a-Lago, Florida, on April 17-18, President Donald Trump and Prime Minister Shinzo Abe agreed to start new consultations on "free, fair, and reciprocal" trade. The talks are to be led by U.S. Trade Representative Robert Lighthizer and Toshimitsu Motegi, Japan's minister for economic revitalization. The two leaders' goals differ. Trump has said he prefers a bilateral free trade agreement (FTA) and has called the U.S. deficit with Japan "massive"; Abe has argued that the best course would be for the United States to return to the Trans-Pacific Partnership (TPP), which it left in January 2017. Whether the talks lead to formal FTA negotiations, which would be subject to the notification and consultation requirements of Trade Promotion Authority (TPA), is an open question for Congress.

## Trade and Investment Ties

Behind China, Canada, and Mexico came Japan, the fourth-largest U.S. trading partner in 2017. Table 1 breaks that year's trade down by direction and type.

Table 1. U.S. Trade with Japan, 2017 ($ billions)

| Flow | Goods | Services | Total |
| --- | --- | --- | --- |
| U.S. exports | 67.7 | 45.8 | 113.5 |
| U.S. imports | 136.5 | 34.0 | 170.5 |
| U.S. balance | -68.8 | 11.8 | -57.0 |

Source: Census Bureau and Bureau of Economic Analysis (BEA), balance of payments basis for services.

The goods deficit in Table 1 was the third-largest the United States ran with any country, after those with China ($375.6 billion) and Mexico ($71.1 billion). In 1991 it had been the largest, and Japan then accounted for more than half of the total U.S. goods deficit; today its share is less than a tenth. In services, by contrast, the United States runs a surplus of nearly twelve billion dollars with Japan, much of it from travel and intellectual property charges. Cars and auto parts account for upwards of a third of U.S. goods imports from Japan.

At $421 billion at the end of 2016, the stock of Japanese direct investment in the United States was second only to the United Kingdom's, and it supports an estimated 860,000 U.S. jobs. U.S. firms' direct investment in Japan was roughly $110 billion, about a quarter as much. Japan is also the second-largest foreign holder of U.S. Treasury securities. It held $1.06 trillion of them in February, against China's $1.18 trillion.

## Steel, Aluminum, and Autos

Since March 23, imports of steel and aluminum from Japan have been subject to the 25% and 10% tariffs that the President imposed under Section 232 of the Trade Expansion Act of 1962. Japan was not among the countries, including Canada, Mexico, South Korea, and the members of the European Union, that were exempted while talks continue; South Korea has since agreed to a quota in exchange for a permanent exemption. Japanese officials say their steel, much of it specialty grades, poses no threat to U.S. security.

Autos remain the most sensitive sector. U.S. tariffs on Japanese passenger cars are 2.5%, and on light trucks 25%; TPP would have phased out the truck tariff over 30 years. Administration officials have criticized Japanese safety and environmental standards, and some press reports say the President is weighing new restrictions on auto imports.

## Agriculture

Japan was the fourth-largest foreign market for U.S. farm goods in 2017, buying nearly $12 billion worth. U.S. exporters fear losing ground to competitors with preferential access. Under its agreement with Australia, Japan's tariff on Australian frozen beef is already lower than the 38.5% U.S. beef faces, and it will fall further, to 9% over 16 years, for members of the TPP's successor, the Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP). Eleven countries signed the CPTPP on March 8, 2018, in Santiago, Chile. Japan and the European Union concluded an economic partnership agreement in December 2017, which they intend to sign later this year.

## Outlook

The first meeting under the new talks is expected by summer. Japan's earlier bilateral channel with the Administration, the Economic Dialogue led by Vice President Mike Pence and Deputy Prime Minister Taro Aso, met twice in 2017. Abe, whose approval ratings have fallen to around 30% amid a scandal over a discounted land sale, is expected to seek a third term as leader of the Liberal Democratic Party (LDP) in a party vote in September. A Japanese Upper House election follows in the summer of 2019, and U.S. midterm elections take place in November.

Issues for Congress include:

- whether to press for an FTA covering agriculture, autos, and services, or for sectoral deals;
- how any agreement would be submitted under TPA, which the President has asked Congress to extend through July 1, 2021;
- whether the Section 232 tariffs on Japan, a treaty ally, should continue.

**Brock R. Williams**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Trump", "Donald", "President Donald Trump"),
        "leaders.japan_prime_minister": P("Abe", "Shinzo", "Prime Minister Shinzo Abe"),
        "trade.overall_partner_rank": F(4, period="2017", as_written="Behind China, Canada, and Mexico came Japan, the fourth-largest U.S. trading partner in 2017"),
        "trade.us_exports_to_japan": F(113500000000, period="2017", as_written="Table 1: U.S. exports | 67.7 | 45.8 | 113.5 ($ billions)"),
        "trade.us_goods_exports_to_japan": F(67700000000, period="2017", as_written="Table 1: U.S. exports, Goods 67.7"),
        "trade.us_services_exports_to_japan": F(45800000000, period="2017", as_written="Table 1: U.S. exports, Services 45.8"),
        "trade.us_imports_from_japan": F(170500000000, period="2017", as_written="Table 1: U.S. imports | 136.5 | 34.0 | 170.5"),
        "trade.us_goods_imports_from_japan": F(136500000000, period="2017", as_written="Table 1: U.S. imports, Goods 136.5"),
        "trade.us_services_imports_from_japan": F(34000000000, period="2017", as_written="Table 1: U.S. imports, Services 34.0"),
        "trade.goods_deficit": F(68800000000, period="2017", as_written="Table 1: U.S. balance, Goods -68.8", note="a negative balance in the table; the prose names it 'The goods deficit in Table 1'"),
        "trade.goods_deficit_rank": F(3, period="2017", as_written="The goods deficit in Table 1 was the third-largest the United States ran with any country"),
        "trade.japan_fdi_stock_in_us": F(421000000000, period="2016", as_written="At $421 billion at the end of 2016, the stock of Japanese direct investment in the United States"),
        "trade.fdi_source_rank": F(2, period="2016", as_written="was second only to the United Kingdom's"),
        "trade.us_fdi_stock_in_japan": F(110000000000, "about", period="2016", as_written="U.S. firms' direct investment in Japan was roughly $110 billion", note="year carried from the sentence before"),
        "trade.treasury_holder_rank": F(2, period="2018-02", as_written="Japan is also the second-largest foreign holder of U.S. Treasury securities. It held $1.06 trillion of them in February"),
    },
    "elections": {
        "ldp_president_2018": E("LDP president", "2018-09", "upcoming", note="'is expected to seek a third term as leader of the ... LDP in a party vote in September'; year from the text's date"),
        "upper_house_2019": E("Upper House", "2019", "upcoming", note="'in the summer of 2019' (year precision)"),
    },
    "events": {},
    "notes": "Traps: 'on April 17-18' (the summit and the new talks: no tracked event; not first_negotiating_round and not tariff_talks_announced); 'which it left in January 2017'; 'China ($375.6 billion) and Mexico ($71.1 billion)' (other countries' deficits); 'In 1991 it had been the largest' (past rank), 'more than half of the total U.S. goods deficit' and 'less than a tenth' (shares); Table 1's services balance '11.8' and total '-57.0', and 'a surplus of nearly twelve billion dollars' (services balance, no fact); 'upwards of a third of U.S. goods imports from Japan' (autos share); 'an estimated 860,000 U.S. jobs'; 'about a quarter as much' (ratio); 'against China's $1.18 trillion'; 'the 25% and 10% tariffs ... under Section 232' (steel and aluminum: no autos rate, no tariff on most imports) and 'Since March 23'; 'South Korea has since agreed to a quota'; 'passenger cars are 2.5%, and on light trucks 25%' (MFN rates) and 'over 30 years'; 'weighing new restrictions on auto imports' (no proclamation, no rate); 'the fourth-largest foreign market for U.S. farm goods' and 'nearly $12 billion' (agriculture, not overall rank or exports); '38.5%', 'to 9% over 16 years' (Japanese beef tariffs); 'Eleven countries signed the CPTPP on March 8, 2018'; 'concluded ... in December 2017'; 'The first meeting under the new talks is expected by summer' (not a negotiating round); 'met twice in 2017'; 'around 30%' (approval); 'U.S. midterm elections take place in November' (not listed); 'to extend through July 1, 2021'; PDF ligatures and curly quotes (layout text, two columns side by side)",
}
