from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "N8-IF11120-2022-02", "fresh2", "IF11120", 11
TITLE = "U.S.-Japan Trade Agreement Negotiations"
LAYOUTS = ["md", "interleaved"]
PDF_OPTS = ["quotes", "nbsp", "hyph"]

MD = """
U.S.-Japan Trade Agreement Negotiations

Updated February 23, 2022

## Overview

Two years after the first U.S.-Japan trade agreements took effect, no further negotiations have been launched. The U.S.-Japan Trade Agreement (USJTA), which cut or eliminated tariffs on some agricultural and industrial goods, and the U.S.-Japan Digital Trade Agreement were signed on October 7, 2019. Both have been in force since January 1, 2020. The two governments had said that consultations on a broader "stage two" agreement would begin within four months of entry into force, but the pandemic and the change of administrations in both capitals intervened.

President Joe Biden and Prime Minister Kishida Fumio, who succeeded Suga Yoshihide in October 2021, held a virtual summit on January 21, 2022. They agreed to create an economic "2+2" dialogue of foreign and commerce ministers, expected to meet for the first time later this year. The Administration has also said it will launch an Indo-Pacific Economic Framework, first floated by Biden in October 2021, rather than rejoin the Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP). China and Taiwan both applied to join the CPTPP in September 2021.

## Steel and Aluminum

On February 7, 2022, the two sides announced that, from April 1, Japanese steel up to an annual volume of 1.25 million metric tons will enter free of the 25% Section 232 tariff imposed in 2018; shipments above that quota will still pay it. The 10% tariff on aluminum from Japan is unchanged.

## Trade and Investment

Japan was the fourth-largest U.S. trading partner in 2020, the most recent year for which full goods and services data are available (Table 1). Last year's goods deficit with Japan was reported at $56 billion, making it the fourth-largest of all U.S. bilateral goods deficits.

Table 1. U.S. Trade with Japan ($ billions)

| | 2019 | 2020 |
| --- | --- | --- |
| U.S. exports, goods and services | 124.9 | 104.2 |
| of which goods | 74.7 | 64.1 |
| of which services | 50.2 | 40.1 |
| U.S. imports, goods and services | 180.6 | 153.7 |
| of which goods | 143.6 | 119.5 |
| of which services | 37.0 | 34.2 |

Direct investment flows run heavily in one direction. At $648 billion in 2020, the stock of Japanese FDI in the United States was the largest of any country's, while U.S. firms' direct investment in Japan totaled $132 billion. Japan also holds more U.S. Treasury securities than any other foreign country does.

## Issues for Congress

Members have asked whether the Administration plans to resume talks on a comprehensive agreement covering services, investment, and rules, and whether the USJTA's limited coverage is consistent with World Trade Organization rules.

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Brock R. Williams**, Specialist in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Biden", "Joe", "President Joe Biden"),
        "leaders.japan_prime_minister": P("Kishida", "Fumio", "Prime Minister Kishida Fumio"),
        "agreements.usjta_signed": D("2019-10-07", as_written="were signed on October 7, 2019"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="Both have been in force since January 1, 2020"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="Both have been in force since January 1, 2020"),
        "trade.overall_partner_rank": F(4, period="2020", as_written="Japan was the fourth-largest U.S. trading partner in 2020"),
        "trade.us_exports_to_japan": F(104200000000, period="2020", note="Table 1, 2020 column"),
        "trade.us_goods_exports_to_japan": F(64100000000, period="2020", note="Table 1, 2020 column"),
        "trade.us_services_exports_to_japan": F(40100000000, period="2020", note="Table 1, 2020 column"),
        "trade.us_imports_from_japan": F(153700000000, period="2020", note="Table 1, 2020 column"),
        "trade.us_goods_imports_from_japan": F(119500000000, period="2020", note="Table 1, 2020 column"),
        "trade.us_services_imports_from_japan": F(34200000000, period="2020", note="Table 1, 2020 column"),
        "trade.goods_deficit": F(56000000000, period="2021", as_written="Last year's goods deficit with Japan was reported at $56 billion"),
        "trade.goods_deficit_rank": F(4, period="2021", as_written="making it the fourth-largest of all U.S. bilateral goods deficits"),
        "trade.japan_fdi_stock_in_us": F(648000000000, period="2020", as_written="At $648 billion in 2020, the stock of Japanese FDI in the United States"),
        "trade.us_fdi_stock_in_japan": F(132000000000, period="2020", as_written="U.S. firms' direct investment in Japan totaled $132 billion"),
        "trade.fdi_source_rank": F(1, as_written="the stock of Japanese FDI in the United States was the largest of any country's"),
        "trade.treasury_holder_rank": F(1, as_written="Japan also holds more U.S. Treasury securities than any other foreign country does"),
    },
    "elections": {},
    "events": {},
    "notes": "Traps: 'Two years after'; 'within four months of entry into force' (stage two, never begun); 'who succeeded Suga Yoshihide in October 2021' (former prime minister); 'a virtual summit on January 21, 2022'; 'an economic \"2+2\" dialogue ..., expected to meet for the first time later this year'; 'first floated by Biden in October 2021' (IPEF, not launched); 'China and Taiwan both applied to join the CPTPP in September 2021'; 'On February 7, 2022' and 'from April 1' (steel quota); '1.25 million metric tons'; 'the 25% Section 232 tariff imposed in 2018' (steel, not autos; no IF11120 tariff fact in 2022) and 'The 10% tariff on aluminum'; 'Last year's goods deficit' (the year is 2021, from the date of the text); Table 1 '2019' column (124.9, 74.7, 50.2, 180.6, 143.6, 37.0: past year); interleaved: the table rows and the two columns alternate line by line",
}
