from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "VA2-IF11120-2019-07", "fresh42", "IF11120", 4
TITLE = "U.S.-Japan Trade Agreement Negotiations"
LAYOUTS = ["html", "pdf"]
PDF_OPTS = ["lig", "quotes", "hyph"]
SIDEBAR = "Autos and Section 232"
CHART = {"unit": "$ billions", "ymax": 50, "ticks": [0, 10, 20, 30, 40, 50],
         "series": ["Passenger vehicles", "Parts"],
         "bars": {"2014": (40.6, 14.2), "2015": (41.5, 14.6), "2016": (41.9, 15.0), "2017": (40.9, 15.3), "2018": (40.1, 15.6)}}

MD = """
U.S.-Japan Trade Agreement Negotiations

Updated July 16, 2019

## Status of the Talks

Three months into formal negotiations, the United States and Japan have not yet reached a trade agreement, though both sides say progress is being made. The talks are the Trump Administration's chosen substitute for the Trans-Pacific Partnership (TPP), from which President Donald Trump withdrew the United States in January 2017. In a joint statement issued in New York on September 26, 2018, he and Prime Minister Shinzo Abe agreed to negotiate first on goods and on "other key areas including services" that could produce early results, and then on a broader range of issues.

Under Trade Promotion Authority (TPA), the Administration notified Congress of its intent to negotiate on October 16, 2018, and published 22 negotiating objectives on December 21. The first formal round, led by U.S. Trade Representative (USTR) Robert Lighthizer and Japan's economic revitalization minister, Toshimitsu Motegi, opened in Washington on April 15. Ministers and their deputies have met several times since, including around the President's state visit to Tokyo in late May (he was the first foreign leader received by the new emperor, Naruhito) and the Group of 20 summit in Osaka on June 28-29. While in Tokyo, Trump suggested that an announcement could follow Japan's upper house election, perhaps in August. No date has been set for concluding the talks.

## What Each Side Wants

The United States is seeking above all to recover the agricultural market access that its farmers lost when it left the TPP. Japan's tariffs on beef from the 10 other members of the Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP), which took effect for Japan on December 30, 2018, fell to 26.6% this April and are to reach 9% by FY2033; U.S. beef still faces the standard 38.5% rate. Wheat, pork, and dairy exporters report similar disadvantages, compounded since February 1 by Japan's agreement with the European Union. USTR's objectives also cover autos, services, digital trade, and currency, an issue Tokyo wants kept out of the agreement.

Japan, for its part, wants assurance that no new U.S. tariffs will be placed on its vehicles. It also seeks relief from the steel and aluminum duties, of 25% and 10%, respectively, imposed in March 2018 under Section 232 of the Trade Expansion Act of 1962, from which Japan, unlike some other allies, was never exempted.

## Autos and Section 232

Autos dominate U.S. imports from Japan (Figure 1). On May 17, the President proclaimed that imports of vehicles and parts threaten to impair U.S. national security, adopting the finding of a Commerce Department investigation, and directed USTR to pursue agreements with Japan, the EU, and others to address that threat within 180 days. Tariffs as high as 25% had been under consideration; none has been imposed. Imported passenger cars pay a 2.5% U.S. tariff, and light trucks 25%. Japanese-brand automakers built some 3.8 million vehicles at U.S. plants in 2018, close to two-thirds of their U.S. sales.

**Figure 1. U.S. Imports of Motor Vehicles and Parts from Japan, 2014-2018**

Source: CRS, with U.S. Census Bureau data.

## Trade and Investment Ties

Only China, Canada, and Mexico exchanged more goods and services with the United States in 2018 than Japan did. That year U.S. exports to Japan and imports from it amounted to $120.9 billion and $178.2 billion, respectively (Table 1).

Table 1. U.S. Trade with Japan, 2018 ($ billions)

| | U.S. exports | U.S. imports | Balance |
| --- | --- | --- | --- |
| Goods | 75.0 | 142.6 | -67.6 |
| Services | 45.9 | 35.6 | 10.3 |
| Total | 120.9 | 178.2 | -57.3 |

Source: Bureau of Economic Analysis; goods on a Census basis.

The U.S. deficit in goods with Japan, $67.6 billion, was surpassed only by those with China, Mexico, and Germany; China's alone came to $419.5 billion. In services, by contrast, the United States ran a surplus.

Investment links are deep. Japan is the second-largest source of foreign direct investment (FDI) in the United States, after the United Kingdom, with a stock that reached $469.1 billion at the end of 2017; figures for 2018 are due later this month. U.S. firms' direct investment in Japan, roughly $120 billion in 2017, is about a quarter as large. Among foreign holders of U.S. Treasury securities, Japan ranks just behind China, with $1.10 trillion as of May against China's $1.11 trillion.

## Politics in Japan

On Sunday, July 21, voters elect half of the 245-member House of Councillors. Abe's Liberal Democratic Party and its partner, the Komeito, are expected to keep their majority there; a hike in the consumption tax, from 8% to 10%, is planned for October. Abe, who praised the TPP in his April 2015 address to a joint meeting of Congress, has told voters that any deal with Washington will not go beyond what Japan gave in the TPP on farm products.

## Issues for Congress

- Whether a limited, first-stage agreement would be submitted for a vote under TPA or concluded as an executive agreement.
- Whether auto tariffs will be imposed if no agreement is reached by mid-November, when the 180-day period ends.
- How long U.S. farm exporters can compete in Japan at a tariff disadvantage, and whether currency provisions belong in the agreement.

**Brock R. Williams**, Analyst in International Trade and Finance

**Cathleen D. Cimino-Isaacs**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Trump", "Donald", "President Donald Trump"),
        "leaders.japan_prime_minister": P("Abe", "Shinzo", "Prime Minister Shinzo Abe", note="given name first"),
        "trade.overall_partner_rank": F(4, period="2018", as_written="Only China, Canada, and Mexico exchanged more goods and services with the United States in 2018 than Japan did", note="rank by exclusion of three partners"),
        "trade.us_exports_to_japan": F(120900000000, period="2018", as_written="That year U.S. exports to Japan and imports from it amounted to $120.9 billion and $178.2 billion, respectively", note="first of a 'respectively' pair; also Table 1's Total row"),
        "trade.us_imports_from_japan": F(178200000000, period="2018", as_written="That year U.S. exports to Japan and imports from it amounted to $120.9 billion and $178.2 billion, respectively", note="second of the pair; also Table 1's Total row"),
        "trade.us_goods_exports_to_japan": F(75000000000, period="2018", as_written="Table 1: Goods | 75.0 (U.S. exports)", note="only in Table 1, $ billions"),
        "trade.us_services_exports_to_japan": F(45900000000, period="2018", as_written="Table 1: Services | 45.9 (U.S. exports)", note="only in Table 1"),
        "trade.us_goods_imports_from_japan": F(142600000000, period="2018", as_written="Table 1: Goods | ... | 142.6 (U.S. imports)", note="only in Table 1"),
        "trade.us_services_imports_from_japan": F(35600000000, period="2018", as_written="Table 1: Services | ... | 35.6 (U.S. imports)", note="only in Table 1"),
        "trade.goods_deficit": F(67600000000, period="2018", as_written="The U.S. deficit in goods with Japan, $67.6 billion, was surpassed only by those with China, Mexico, and Germany", note="year carried from the paragraph before; also Table 1's Goods balance"),
        "trade.goods_deficit_rank": F(4, period="2018", as_written="was surpassed only by those with China, Mexico, and Germany", note="rank by exclusion"),
        "trade.fdi_source_rank": F(2, period="2017", as_written="Japan is the second-largest source of foreign direct investment (FDI) in the United States, after the United Kingdom, with a stock that reached $469.1 billion at the end of 2017"),
        "trade.japan_fdi_stock_in_us": F(469100000000, period="2017", as_written="with a stock that reached $469.1 billion at the end of 2017"),
        "trade.us_fdi_stock_in_japan": F(120000000000, "about", period="2017", as_written="U.S. firms' direct investment in Japan, roughly $120 billion in 2017"),
        "trade.treasury_holder_rank": F(2, period="2019-05", as_written="Among foreign holders of U.S. Treasury securities, Japan ranks just behind China, with $1.10 trillion as of May", note="month from 'as of May', year from the cover"),
    },
    "elections": {
        "upper_house_2019": E("Upper House", "2019-07-21", "upcoming", note="'On Sunday, July 21, voters elect half of the 245-member House of Councillors'; year from the cover"),
    },
    "events": {
        "first_negotiating_round": EV("First round of U.S.-Japan trade agreement negotiations", "2019-04-15", "held"),
        "section232_autos_proclamation": EV("President proclaims that imports of autos and parts threaten U.S. national security", "2019-05-17", "held"),
        "abe_address_to_congress": EV("Abe addresses a joint meeting of Congress", "2015-04", "held"),
    },
    "notes": "Traps: 'Three months into formal negotiations'; 'withdrew the United States in January 2017' (TPP withdrawal); 'a joint statement issued in New York on September 26, 2018' (agreement to negotiate, not the first round); 'notified Congress of its intent to negotiate on October 16, 2018, and published 22 negotiating objectives on December 21'; 'the President's state visit to Tokyo in late May' and 'the new emperor, Naruhito' (not the prime minister); 'the Group of 20 summit in Osaka on June 28-29'; 'Trump suggested that an announcement could follow Japan's upper house election, perhaps in August' (planned: no stage_one_deal_finalized); 'the 10 other members of the Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP), which took effect for Japan on December 30, 2018'; 'fell to 26.6% this April and are to reach 9% by FY2033' and 'the standard 38.5% rate' (beef tariffs); 'since February 1 by Japan's agreement with the European Union'; 'the steel and aluminum duties, of 25% and 10%, respectively, imposed in March 2018 under Section 232 of the Trade Expansion Act of 1962' (product tariffs, not autos, and a law's year); 'within 180 days'; 'Tariffs as high as 25% had been under consideration; none has been imposed' (no tariffs.section232_autos); 'Imported passenger cars pay a 2.5% U.S. tariff, and light trucks 25%' (MFN rates, not a Section 232 tariff); 'some 3.8 million vehicles at U.S. plants in 2018, close to two-thirds of their U.S. sales'; Figure 1 (motor vehicles and parts imports 2014-2018, $ billions: years, ticks 0-50 and a two-series legend, no values; html: in the aside with the sidebar); Table 1's Balance column (-67.6 is the goods deficit; 10.3 services and -57.3 total are no catalogue facts); 'China's alone came to $419.5 billion' (another country's deficit); 'figures for 2018 are due later this month'; 'is about a quarter as large'; 'with $1.10 trillion as of May against China's $1.11 trillion' (holdings); 'half of the 245-member House of Councillors'; 'a hike in the consumption tax, from 8% to 10%, is planned for October'; 'mid-November, when the 180-day period ends'. Sidebar 'Autos and Section 232' (html aside; an ordinary section in the PDF). PDF: ligatures, curly quotes, hyphenated line ends.",
}
