from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "QD2-IF11120-2019-08", "fresh37", "IF11120", 5
TITLE = "U.S.-Japan Trade Agreement Negotiations"
LAYOUTS = ["html", "layout"]
PDF_OPTS = ["lig", "hyph"]
SIDEBAR = "The Section 232 Auto Threat"
CHART = {"unit": "$ billions", "ymax": 160, "ticks": [0, 40, 80, 120, 160],
         "series": ["U.S. goods exports to Japan", "U.S. goods imports from Japan"],
         "bars": {"2014": (66.8, 134.0), "2015": (62.4, 131.4), "2016": (63.3, 132.2), "2017": (67.6, 136.5), "2018": (75.0, 142.6)}}

MD = """
U.S.-Japan Trade Agreement Negotiations

Updated August 29, 2019

## Latest Developments

Meeting on August 25 at the Group of Seven (G7) summit in Biarritz, France, President Trump and Prime Minister Shinzo Abe announced that their negotiators had settled the core elements of a limited trade agreement. Its terms, not yet public, reportedly cover Japanese tariffs on U.S. farm products, some U.S. tariffs on Japanese industrial goods, and rules for digital trade. The two leaders said they aim to sign the deal in late September, when both will be in New York for the United Nations General Assembly. Japan's Diet would then have to approve it. The Administration has indicated that it may put the tariff provisions into effect without a vote in Congress, relying on authority delegated to the President, and that it regards the deal as a first stage to be followed by wider talks.

According to press accounts, Japan would lower or eliminate its tariffs on roughly $7 billion worth of U.S. agricultural products, matching the treatment it has granted its CPTPP partners for beef, pork, wheat, and wine. The United States, for its part, would cut duties on some machine tools, steam turbines, and other industrial items. It would keep its 2.5% tariff on Japanese passenger cars, whose removal Tokyo had long sought; that duty was to be phased out over 25 years under the TPP. Officials on both sides have said little about services, investment, or government procurement, which U.S. objectives named as priorities.

## How the Talks Began

After the United States withdrew from the Trans-Pacific Partnership (TPP) in January 2017, Tokyo led the other eleven signatories in completing a successor pact, the CPTPP, which took effect for Japan on December 30, 2018. A Japan-European Union agreement followed on February 1, 2019. U.S. farm groups warned that both deals put American exporters at a disadvantage in Japan: Australian and Canadian beef, for instance, now pays a 26.6% tariff, while U.S. beef still faces 38.5%.

At a meeting in New York in September 2018, the two leaders agreed to open negotiations, and the Administration notified Congress the following month under Trade Promotion Authority (TPA) procedures. The U.S. Trade Representative (USTR) published negotiating objectives in December. The first formal round, led by USTR Robert Lighthizer and Japan's economy minister, Motegi Toshimitsu, was held in Washington in mid-April 2019. Tokyo was reluctant to offer farm concessions before the House of Councillors election of July 21, in which Abe's coalition kept its majority in the chamber.

## The Section 232 Auto Threat

On May 17, 2019, the President proclaimed that imports of passenger vehicles and parts threaten to impair U.S. national security, adopting the conclusions of a Commerce Department investigation. Rather than impose duties at once, he instructed USTR to seek agreements with Japan and the European Union, and he may act if none is reached within 180 days, in mid-November. Commerce had suggested tariffs as high as 25%. Autos and parts make up roughly one-third of U.S. imports from Japan by value. Separately, Japanese steel and aluminum have been subject since March 2018 to Section 232 duties of 25% and 10%, respectively. Japan wants assurances that the new agreement will shield its automakers.

## The Economic Relationship

Only China, Canada, and Mexico traded more with the United States in 2018 than Japan did. U.S. sales of goods and services to Japan came to $121.4 billion that year, and purchases from it to $177.7 billion (Table 1). At $67.6 billion, the U.S. deficit in goods trade with Japan was the fourth biggest with any partner, after those with China, Mexico, and Germany; a surplus in services trade narrowed the overall gap.

Table 1. U.S. Trade with Japan, 2018 ($ billions)

| Category | Exports | Imports | Balance |
| --- | --- | --- | --- |
| Goods | 75.0 | 142.6 | -67.6 |
| Services | 46.4 | 35.1 | 11.3 |
| Total | 121.4 | 177.7 | -56.3 |

**Figure 1. U.S. Goods Trade with Japan, 2014-2018**

Source: U.S. Census Bureau, via CRS. Not seasonally adjusted.

The investment ties run mostly one way. Japanese firms' direct investment position in the United States reached $484.4 billion at the end of 2018, making Japan the second-ranking source after the United Kingdom. The comparable U.S. position in Japan was roughly $132 billion. U.S. affiliates of Japanese companies employed some 860,000 workers in 2017.

Treasury figures released this month showed Japan in June displacing China as the largest foreign holder of U.S. Treasury securities, a position it last held in 2017. Its holdings stood at about $1.12 trillion.

## Issues for Congress

Lawmakers are likely to weigh several questions as the agreement takes shape:

- Whether a partial agreement, implemented in part by proclamation, meets the TPA requirement for congressional approval of trade agreements.
- Whether an agreement that leaves out autos and most services is consistent with World Trade Organization rules, which call for free trade agreements to cover substantially all trade.
- Whether the Section 232 auto action will be dropped for Japan, and whether the President will press for currency provisions in a second stage.

**Brock R. Williams**, Analyst in International Trade and Finance

**Cathleen D. Cimino-Isaacs**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Trump", "Donald", "President Trump", note="given name not written"),
        "leaders.japan_prime_minister": P("Abe", "Shinzo", "Prime Minister Shinzo Abe"),
        "trade.overall_partner_rank": F(4, period="2018", as_written="Only China, Canada, and Mexico traded more with the United States in 2018 than Japan did", note="rank by exclusion of three named partners"),
        "trade.us_exports_to_japan": F(121400000000, period="2018", as_written="U.S. sales of goods and services to Japan came to $121.4 billion that year"),
        "trade.us_imports_from_japan": F(177700000000, period="2018", as_written="and purchases from it to $177.7 billion", note="verb and year carried from the preceding clause"),
        "trade.us_goods_exports_to_japan": F(75000000000, period="2018", as_written="Goods | 75.0 | 142.6 | -67.6", note="Table 1 only, $ billions"),
        "trade.us_goods_imports_from_japan": F(142600000000, period="2018", as_written="Goods | 75.0 | 142.6 | -67.6", note="Table 1 only"),
        "trade.us_services_exports_to_japan": F(46400000000, period="2018", as_written="Services | 46.4 | 35.1 | 11.3", note="Table 1 only"),
        "trade.us_services_imports_from_japan": F(35100000000, period="2018", as_written="Services | 46.4 | 35.1 | 11.3", note="Table 1 only"),
        "trade.goods_deficit": F(67600000000, period="2018", as_written="At $67.6 billion, the U.S. deficit in goods trade with Japan"),
        "trade.goods_deficit_rank": F(4, period="2018", as_written="was the fourth biggest with any partner, after those with China, Mexico, and Germany"),
        "trade.japan_fdi_stock_in_us": F(484400000000, period="2018", as_written="Japanese firms' direct investment position in the United States reached $484.4 billion at the end of 2018"),
        "trade.fdi_source_rank": F(2, period="2018", as_written="making Japan the second-ranking source after the United Kingdom"),
        "trade.us_fdi_stock_in_japan": F(132000000000, "about", period="2018", as_written="The comparable U.S. position in Japan was roughly $132 billion", note="year carried from the previous sentence"),
        "trade.treasury_holder_rank": F(1, period="2019-06", as_written="Japan in June displacing China as the largest foreign holder of U.S. Treasury securities"),
    },
    "elections": {
        "upper_house_2019": E("Upper House", "2019-07-21", "held", result="Abe's coalition kept its majority"),
    },
    "events": {
        "first_negotiating_round": EV("First formal round of U.S.-Japan trade negotiations, Washington", "2019-04", "held"),
        "section232_autos_proclamation": EV("President proclaims auto and parts imports a threat to national security", "2019-05-17", "held"),
    },
    "notes": "Traps: 'Meeting on August 25 at the Group of Seven (G7) summit' and 'had settled the core elements' (agreement in principle: not the stage_one_deal_finalized event, not a signing); 'they aim to sign the deal in late September' (planned: no agreements.usjta_signed); 'Japan's Diet would then have to approve it' (no in-force date); 'roughly $7 billion worth of U.S. agricultural products' (a trade value, not a fact); 'its 2.5% tariff on Japanese passenger cars' (the ordinary U.S. auto duty: neither the tariff on most imports nor a Section 232 rate) and 'phased out over 25 years under the TPP'; 'withdrew from the Trans-Pacific Partnership (TPP) in January 2017'; 'the other eleven signatories'; 'took effect for Japan on December 30, 2018' and 'A Japan-European Union agreement followed on February 1, 2019' (other agreements); 'now pays a 26.6% tariff, while U.S. beef still faces 38.5%' (Japanese tariffs); 'At a meeting in New York in September 2018, the two leaders agreed to open negotiations' (not a tracked event), 'notified Congress the following month', 'published negotiating objectives in December'; 'within 180 days, in mid-November' (deadline); 'Commerce had suggested tariffs as high as 25%' (suggested, never imposed: no tariffs.section232_autos); 'roughly one-third of U.S. imports from Japan'; 'Section 232 duties of 25% and 10%, respectively' on steel and aluminum (product tariffs, not autos, not most imports); Table 1's 'Total | 121.4 | 177.7 | -56.3' (combined balance, not the goods deficit) and 'Services ... 11.3' (services surplus); Figure 1 (goods exports and imports 2014-2018, ticks 0-160, two-series legend, no value labels); 'some 860,000 workers in 2017'; 'a position it last held in 2017' and 'about $1.12 trillion' (holdings, not a rank); sidebar 'The Section 232 Auto Threat' (html aside; in the layout text an ordinary section). Layout: pdftotext -layout runs the two columns side by side, Table 1 and Figure 1 among them; PDF ligatures and hyphenated line ends.",
}
