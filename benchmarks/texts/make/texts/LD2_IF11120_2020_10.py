from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "LD2-IF11120-2020-10", "fresh31", "IF11120", 12
TITLE = "U.S.-Japan Trade Agreement Negotiations"
LAYOUTS = ["layout", "html"]
PDF_OPTS = ["nbsp", "quotes"]
SIDEBAR = "Stage One at a Glance"
CHART = {"unit": "$ billions", "ymax": 160, "ticks": [0, 40, 80, 120, 160],
         "series": ["U.S. goods exports to Japan", "U.S. goods imports from Japan"],
         "bars": {"2015": (62.5, 131.4), "2016": (63.2, 132.2), "2017": (67.6, 136.5), "2018": (75.0, 142.6), "2019": (74.4, 143.6)}}

MD = """
U.S.-Japan Trade Agreement Negotiations

Updated October 20, 2020

## Overview

Two limited trade agreements with Japan have been in effect since the first day of this year: the U.S.-Japan Trade Agreement (USJTA), which cuts tariffs on selected goods, and the U.S.-Japan Digital Trade Agreement (DTA). Both were negotiated in less than six months and took effect without a vote in Congress. The two governments called them a first stage, to be followed by talks on a more comprehensive agreement; those talks have not begun.

Leadership in Tokyo changed in September. Yoshihide Suga, chief cabinet secretary throughout Shinzo Abe's nearly eight years in office, was chosen president of the Liberal Democratic Party (LDP) on September 14 and elected prime minister by the Diet two days later, after Abe stepped down for health reasons. Suga has pledged to carry on his predecessor's trade policy. In Washington, the November 3 contest between President Donald J. Trump and former Vice President Joseph R. Biden may decide whether, and on what terms, broader negotiations go forward.

## From TPP to Stage One

Japan and the United States were the two largest of the 12 economies that signed the Trans-Pacific Partnership (TPP) in February 2016 under President Barack Obama. The Trump Administration withdrew from the pact in January 2017. The other 11 signatories went ahead with a revised version, the CPTPP, which took effect for Japan on December 30, 2018; Japan's economic partnership agreement with the European Union followed on February 1, 2019. Both gave Japan's market to U.S. competitors on better terms than U.S. exporters enjoyed.

Under pressure from the threat of U.S. tariffs on its cars, Japan agreed in a September 2018 joint statement to bilateral talks. Negotiators held their first formal round in Washington in mid-April 2019. On May 17 of that year, the President proclaimed that imports of autos and parts threatened to impair U.S. national security, yet he imposed no tariffs, instead instructing USTR to pursue agreements with Japan and the European Union. Terms for the first stage were announced as finalized by the two leaders in New York on September 25, 2019, and both agreements were signed in Washington on October 7. The Diet approved them in early December.

## Stage One at a Glance

- Japan: eliminates or lowers tariffs on roughly $7.2 billion of U.S. farm products; the beef tariff, 38.5% in 2019, falls in stages to 9% by 2033, the level the CPTPP grants.
- United States: eliminates or lowers tariffs on about $1.3 billion of imports from Japan, mostly industrial goods; the 2.5% tariff on passenger cars is unchanged.
- Digital trade: bars customs duties on electronic transmissions and data-localization requirements, covering an estimated $40 billion of trade.
- In force: January 1, 2020, for both, the USJTA by presidential proclamation and the DTA as an executive agreement.

## Issues for Congress

Congress's role. The Administration proclaimed the USJTA's tariff cuts under authority delegated by the 2015 Trade Promotion Authority (TPA) statute and treated the DTA as an executive agreement, so neither was submitted for approval. Some Members have argued that a deal of this kind, if repeated, would sideline Congress.

Autos and Section 232. The 2019 national security finding still stands. Duties as high as 25% on Japanese autos and parts, recommended by the Commerce Department, have never been imposed; in their September 2019 joint statement, the two sides said they would refrain from actions against the spirit of the agreements. Section 232 tariffs on steel (25%) and aluminum (10%), in place since 2018, still apply to Japanese products.

A second stage. Consultations on the remaining issues, among them services, investment, and nontariff barriers, were to begin within four months of entry into force, that is, by the end of April 2020. The pandemic and, later, the change of government in Tokyo have kept them from starting.

## Trade and Investment Ties

In 2019, the most recent full year of data, U.S. trade with Japan in goods and services totaled $303.5 billion, a sum exceeded only by trade with China, Canada, and Mexico. Of that total, U.S. exports made up $124.1 billion and U.S. imports $179.4 billion. Goods accounted for $74.4 billion and $143.6 billion of the two, respectively; services supplied the remainder of each ($49.7 billion of exports and $35.8 billion of imports). Just three countries ran bigger goods surpluses with the United States than Japan's $69.2 billion. In the first eight months of 2020, as the pandemic cut demand on both sides, U.S. goods exports to Japan dropped 14% and imports 22% from a year earlier.

**Figure 1. U.S. Goods Trade with Japan, 2015-2019**

Source: CRS, with U.S. Census Bureau and Bureau of Economic Analysis (BEA) data.

Japanese companies are among the largest employers of U.S. workers in manufacturing. The stock of Japanese direct investment in the United States reached $619.3 billion at the end of 2019, overtaking the British stock to become the largest held by any country (Table 1). Investment in the other direction is much smaller: about $121 billion. Japan also holds more U.S. Treasury securities than any other foreign country, a position it regained in mid-2019; its $1.29 trillion in August compared with China's $1.07 trillion.

Table 1. Direct Investment Positions, 2017-2019 ($ billions, historical-cost basis)

| Position | 2017 | 2018 | 2019 |
| --- | --- | --- | --- |
| Japan in the United States | 469.1 | 484.4 | 619.3 |
| United Kingdom in the United States | 540.9 | 560.5 | 483.6 |
| United States in Japan | 112.0 | 116.9 | 121.0 |

Source: BEA.

## Outlook

Prime Minister Suga is serving out the remainder of Abe's term as party leader, so the LDP will hold another leadership vote by September 2021. He has said he favors expanding the CPTPP and would welcome a U.S. return, a step Biden has not ruled out. Whoever holds the White House in 2021, the USJTA's review provisions and the unresolved auto issue leave room for a second stage.

**Brock R. Williams**, Specialist in International Trade and Finance

**Cathleen D. Cimino-Isaacs**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Trump", "Donald", "President Donald J. Trump", note="the November 3 contest with former Vice President Joseph R. Biden; President Barack Obama is a former president"),
        "leaders.japan_prime_minister": P("Suga", "Yoshihide", "Yoshihide Suga ... elected prime minister by the Diet two days later", note="given name first; Shinzo Abe is his predecessor"),
        "trade.overall_partner_rank": F(4, period="2019", as_written="U.S. trade with Japan in goods and services totaled $303.5 billion, a sum exceeded only by trade with China, Canada, and Mexico", note="rank by exclusion of three partners"),
        "trade.us_exports_to_japan": F(124100000000, period="2019", as_written="Of that total, U.S. exports made up $124.1 billion"),
        "trade.us_imports_from_japan": F(179400000000, period="2019", as_written="and U.S. imports $179.4 billion", note="verb elided"),
        "trade.us_goods_exports_to_japan": F(74400000000, period="2019", as_written="Goods accounted for $74.4 billion and $143.6 billion of the two, respectively"),
        "trade.us_goods_imports_from_japan": F(143600000000, period="2019", as_written="Goods accounted for $74.4 billion and $143.6 billion of the two, respectively"),
        "trade.us_services_exports_to_japan": F(49700000000, period="2019", as_written="services supplied the remainder of each ($49.7 billion of exports"),
        "trade.us_services_imports_from_japan": F(35800000000, period="2019", as_written="and $35.8 billion of imports)"),
        "trade.goods_deficit": F(69200000000, period="2019", as_written="Just three countries ran bigger goods surpluses with the United States than Japan's $69.2 billion", note="Japan's surplus = the U.S. goods deficit with Japan"),
        "trade.goods_deficit_rank": F(4, period="2019", as_written="Just three countries ran bigger goods surpluses with the United States than Japan's", note="rank by exclusion"),
        "trade.japan_fdi_stock_in_us": F(619300000000, period="2019", as_written="The stock of Japanese direct investment in the United States reached $619.3 billion at the end of 2019", note="also Table 1's 2019 column"),
        "trade.fdi_source_rank": F(1, period="2019", as_written="overtaking the British stock to become the largest held by any country"),
        "trade.us_fdi_stock_in_japan": F(121000000000, "about", period="2019", as_written="Investment in the other direction is much smaller: about $121 billion", note="year carried; Table 1 gives 121.0"),
        "trade.treasury_holder_rank": F(1, period="2020-08", as_written="Japan also holds more U.S. Treasury securities than any other foreign country, a position it regained in mid-2019; its $1.29 trillion in August"),
        "agreements.usjta_signed": D("2019-10-07", as_written="both agreements were signed in Washington on October 7", note="year carried from 'September 25, 2019' in the same sentence"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="In force: January 1, 2020, for both", note="sidebar bullet; also 'in effect since the first day of this year' (Overview)"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="In force: January 1, 2020, for both", note="sidebar bullet"),
    },
    "elections": {
        "ldp_president_2020": E("LDP president", "2020-09-14", "held", result="Yoshihide Suga chosen"),
        "ldp_president_2021": E("LDP president", "2021-09", "upcoming", note="'the LDP will hold another leadership vote by September 2021'"),
    },
    "events": {
        "first_negotiating_round": EV("First formal round of U.S.-Japan trade negotiations, Washington", "2019-04", "held"),
        "section232_autos_proclamation": EV("Presidential proclamation on Section 232 auto imports (no tariffs imposed)", "2019-05-17", "held"),
        "stage_one_deal_finalized": EV("Leaders announce stage-one terms finalized, New York", "2019-09-25", "held"),
    },
    "notes": "Traps: 'in less than six months'; 'chief cabinet secretary throughout Shinzo Abe's nearly eight years in office' and 'after Abe stepped down' (former prime minister); 'two days later' (the Diet vote, not the LDP election's date); 'the November 3 contest between President Donald J. Trump and former Vice President Joseph R. Biden' (candidate, not president); 'the 12 economies that signed the Trans-Pacific Partnership (TPP) in February 2016 under President Barack Obama' (former president); 'withdrew from the pact in January 2017'; 'The other 11 signatories', 'the CPTPP, which took effect for Japan on December 30, 2018' and 'followed on February 1, 2019' (other agreements' dates); 'a September 2018 joint statement' (not the first round); 'On May 17 of that year ... he imposed no tariffs' (the proclamation, no auto tariff); 'The Diet approved them in early December' (not entry into force); sidebar 'roughly $7.2 billion of U.S. farm products', 'the beef tariff, 38.5% in 2019, falls in stages to 9% by 2033', 'about $1.3 billion of imports from Japan', 'the 2.5% tariff on passenger cars', 'an estimated $40 billion of trade'; 'the 2015 Trade Promotion Authority (TPA) statute' (a law's year); 'Duties as high as 25% on Japanese autos and parts, recommended by the Commerce Department, have never been imposed' (no Section 232 auto tariff in force) and 'Section 232 tariffs on steel (25%) and aluminum (10%), in place since 2018'; 'within four months of entry into force, that is, by the end of April 2020' (planned consultations); 'totaled $303.5 billion' (two-way total, no catalogue fact); 'In the first eight months of 2020 ... dropped 14% and imports 22%' (partial-year changes); Figure 1 (goods trade 2015-2019, $ billions; layout: year labels, ticks 0-160, two-series legend, no values; 2015-2018 bars not stated in text); 'Japanese companies are among the largest employers' (not a rank); Table 1's 2017 and 2018 columns (469.1, 484.4; 112.0, 116.9: past positions) and the United Kingdom row (another country); 'a position it regained in mid-2019'; 'compared with China's $1.07 trillion' (another country's holdings); 'Abe's term as party leader' ; 'Whoever holds the White House in 2021'. Layout: pdftotext -layout runs the two columns side by side (the sidebar, table and bullets among them); NBSP before billion/percent and curly quotes. HTML: the sidebar 'Stage One at a Glance' is floated into an aside (with Figure 1).",
}
