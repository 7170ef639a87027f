from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "V2-IF11120-2021-10", "tune2", "IF11120", 12
LAYOUTS = ["md", "interleaved"]
PDF_OPTS = ["nbsp", "hyph"]

MD = """
U.S.-Japan Trade Agreement Negotiations

Updated October 19, 2021

## A New Prime Minister, an Unfinished Agenda

Kishida Fumio became Japan's prime minister on October 4, 2021, days after winning the Liberal Democratic Party's leadership election of September 29 in a runoff. He replaced Suga Yoshihide, who held the office for about a year. Kishida dissolved the Lower House on October 14, and voters will elect a new one on October 31, 2021. The Biden Administration has not said whether it will seek further trade negotiations with Tokyo. Instead, President Joe Biden has stressed supply chains and cooperation with allies in talks with Japan's leaders, such as the April 2021 summit with Suga.

## The 2019 Agreements

Signed in October 2019, the U.S.-Japan Trade Agreement (USJTA) and a separate agreement on digital trade were billed by the Trump Administration as "stage one." Both have applied since January 2020. The promised second stage, meant to cover services, investment, and the remaining tariffs, has not started.

Meanwhile, Japan has widened its network of other trade pacts. An economic partnership with the United Kingdom took effect on January 1, 2021, and the 15-member Regional Comprehensive Economic Partnership (RCEP), which was signed on November 15, 2020, is expected to enter into force in January 2022. China applied to join the CPTPP on September 16, 2021, and Taiwan followed six days later; the United Kingdom had applied in February.

## Tariffs That Remain

Japanese steel still faces the 25% tariff imposed under Section 232 in March 2018, and aluminum 10%. U.S. steelmakers oppose any change, while Tokyo seeks an arrangement like the tariff-rate quota talks the Administration opened with the European Union. The threat of Section 232 tariffs on Japanese autos, which in 2019 President Trump had said could reach 25%, was never carried out.

## Trade Flows

Table 1. U.S.-Japan Trade, 2019 and 2020 ($ billions)

| | 2019 | 2020 |
| --- | --- | --- |
| U.S. exports to Japan | 124.8 | 104.5 |
| of which goods | 74.4 | 64.1 |
| of which services | 50.4 | 40.4 |
| U.S. imports from Japan | 178.9 | 149.1 |
| of which goods | 143.6 | 119.5 |
| of which services | 35.3 | 29.6 |
| Goods trade balance | -69.2 | -55.4 |

Source: Bureau of Economic Analysis (BEA); goods on a balance-of-payments basis.

In 2020, with the pandemic depressing trade in both directions, Japan remained the fourth-largest U.S. trade partner. The U.S. goods deficit with Japan shrank to $55.4 billion that year. Four countries, China, Mexico, Vietnam, and Germany, recorded larger surpluses in goods trade with the United States, so the deficit with Japan ranked fifth; it had ranked fourth a year earlier.

## Investment and Finance

At $648 billion in 2020, the stock of foreign direct investment (FDI) held by Japanese firms in the United States was the largest of any country's. U.S. companies' investment position in Japan was some $132 billion. Japan is also the top foreign holder of Treasury securities, a position it took from China in 2019.

**Brock R. Williams**, Analyst in International Trade and Finance

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Biden", "Joe", "President Joe Biden"),
        "leaders.japan_prime_minister": P("Kishida", "Fumio", "Kishida Fumio became Japan's prime minister on October 4, 2021"),
        "trade.overall_partner_rank": F(4, period="2020", as_written="In 2020 ... Japan remained the fourth-largest U.S. trade partner"),
        "trade.us_exports_to_japan": F(104500000000, period="2020", as_written="Table 1, 2020 column: U.S. exports to Japan 104.5"),
        "trade.us_goods_exports_to_japan": F(64100000000, period="2020", as_written="Table 1, 2020 column: of which goods 64.1"),
        "trade.us_services_exports_to_japan": F(40400000000, period="2020", as_written="Table 1, 2020 column: of which services 40.4"),
        "trade.us_imports_from_japan": F(149100000000, period="2020", as_written="Table 1, 2020 column: U.S. imports from Japan 149.1"),
        "trade.us_goods_imports_from_japan": F(119500000000, period="2020", as_written="Table 1, 2020 column: of which goods 119.5"),
        "trade.us_services_imports_from_japan": F(29600000000, period="2020", as_written="Table 1, 2020 column: of which services 29.6"),
        "trade.goods_deficit": F(55400000000, period="2020", as_written="The U.S. goods deficit with Japan shrank to $55.4 billion that year"),
        "trade.goods_deficit_rank": F(5, period="2020", as_written="so the deficit with Japan ranked fifth"),
        "trade.japan_fdi_stock_in_us": F(648000000000, period="2020", as_written="At $648 billion in 2020, the stock of foreign direct investment (FDI) held by Japanese firms"),
        "trade.fdi_source_rank": F(1, as_written="was the largest of any country's"),
        "trade.us_fdi_stock_in_japan": F(132000000000, q="about", period="2020", as_written="U.S. companies' investment position in Japan was some $132 billion", note="year carried from the previous sentence"),
        "trade.treasury_holder_rank": F(1, as_written="Japan is also the top foreign holder of Treasury securities"),
        "agreements.usjta_signed": D("2019-10", as_written="Signed in October 2019, the U.S.-Japan Trade Agreement (USJTA) and a separate agreement on digital trade"),
        "agreements.usjta_in_force": D("2020-01", as_written="Both have applied since January 2020"),
        "agreements.digital_trade_in_force": D("2020-01", as_written="Both have applied since January 2020"),
    },
    "elections": {
        "ldp_president_2021": E("LDP president", "2021-09-29", "held", result="Kishida won in a runoff"),
        "lower_house_2021": E("Lower House", "2021-10-31", "upcoming"),
    },
    "notes": "Traps: 'He replaced Suga Yoshihide' (former PM); 'dissolved the Lower House on October 14'; 'the April 2021 summit with Suga'; 'billed by the Trump Administration' (former president); 'took effect on January 1, 2021' (Japan-UK pact, not USJTA in force); 'which was signed on November 15, 2020' and 'expected to enter into force in January 2022' (RCEP); 'China applied to join the CPTPP on September 16, 2021, and Taiwan followed six days later; the United Kingdom had applied in February'; 'the 25% tariff imposed under Section 232 in March 2018, and aluminum 10%' (steel/aluminum, not autos, not most imports); 'which in 2019 President Trump had said could reach 25%, was never carried out' (threatened auto rate: no Section 232 auto rate); Table 1's 2019 column (124.8, 74.4, 50.4, 178.9, 143.6, 35.3, -69.2: earlier year) and goods balance row (-55.4 is the 2020 deficit, stated again in the text); 'Four countries, China, Mexico, Vietnam, and Germany' (count, rank is 5); 'it had ranked fourth a year earlier' (past rank); 'a position it took from China in 2019'. The table's 'of which' rows under exports and under imports are each flow's goods/services split",
}
