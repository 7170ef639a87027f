from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "AY2-IF11120-2024-03", "fresh20", "IF11120", 19
TITLE = "U.S.-Japan Trade Agreements and Negotiations"
LAYOUTS = ["layout", "html"]
PDF_OPTS = ["quotes", "hyph"]
SIDEBAR = "How the 2019 Deals Came About"
CHART = {"unit": "$ billions", "ymax": 300, "ticks": [0, 100, 200, 300],
         "series": ["U.S. goods trade deficit, 2023"],
         "bars": {"China": (279.4,), "Mexico": (152.4,), "Vietnam": (104.6,), "Germany": (82.9,), "Japan": (71.2,),
                  "Ireland": (65.3,), "Canada": (64.2,)}}

MD = """
U.S.-Japan Trade Agreements and Negotiations

Updated March 21, 2024

## Overview

Japan is a U.S. treaty ally, a major trading partner, and the largest foreign investor in the United States. Since 2019 the two countries have concluded two limited trade agreements and, in 2023, a narrower pact on critical minerals. The Biden Administration has not sought to build these into a comprehensive free trade agreement (FTA), preferring to work with Tokyo on supply chains, export controls, and clean energy, including through the Indo-Pacific Economic Framework for Prosperity (IPEF). Economic security is expected to feature in the state visit that Prime Minister Kishida is to make to Washington on April 10, the first by a Japanese leader since 2015.

Two disputes hang over the visit. Nippon Steel's proposed $14.1 billion purchase of U.S. Steel, announced in December, faces opposition from the United Steelworkers, and on March 14 President Biden said the Pittsburgh company should remain "domestically owned and operated." Former President Donald Trump, who secured enough delegates for the Republican nomination on March 12, has proposed a tariff of 10% on all U.S. imports, which would cover goods from Japan.

## Trade and Investment Ties

Japan's $305 billion in two-way trade in goods and services with the United States in 2023 placed it sixth among U.S. partners, with the European Union counted as one, a spot lower than in 2022. U.S. exports to Japan were $121.1 billion and imports from Japan $183.8 billion; goods made up $76.9 billion and $148.0 billion of those totals, respectively. Table 1 breaks down the rest.

Table 1. U.S. Trade with Japan by Type, 2023 ($ billions)

| Flow | Goods | Services | Total |
| --- | --- | --- | --- |
| U.S. exports to Japan | 76.9 | 44.2 | 121.1 |
| U.S. imports from Japan | 148.0 | 35.8 | 183.8 |
| Two-way trade | 224.9 | 80.0 | 304.9 |

Source: U.S. Bureau of Economic Analysis (BEA), balance of payments basis.

The U.S. deficit in goods trade with Japan widened to $71.1 billion in 2023, from $67.9 billion a year before. Seen from Tokyo, that gap is a surplus, and only four countries, China, Mexico, Vietnam, and Germany, ran larger ones with the United States (Figure 1). Vehicles and parts account for roughly a third of U.S. goods imports from Japan.

**Figure 1. Largest U.S. Goods Trade Deficits by Partner, 2023**

Source: U.S. Census Bureau; Census basis, which differs slightly from BEA's.

Japan's direct investment position in the United States, $775.0 billion at the end of 2022, led all countries for the fourth year running. It was about six times the U.S. position in Japan at the same date, some $128 billion. Japanese-owned affiliates employ nearly one million U.S. workers. Japanese investors also hold more U.S. Treasury securities than those of any other country: $1.15 trillion in January, some $350 billion more than China's.

## The 2019 Agreements

The U.S.-Japan Trade Agreement (USJTA) and the U.S.-Japan Digital Trade Agreement (DTA) were signed at the White House on October 7, 2019. Both have been in effect since New Year's Day 2020. Under the USJTA, Japan cut or eliminated tariffs on about $7 billion of U.S. farm exports, largely matching the access that Trans-Pacific Partnership (TPP) members gained; its tariff on U.S. beef, 38.5% before the deal and 23.3% this fiscal year, drops to 22.5% on April 1 and is to reach 9% in FY2033. The United States reduced tariffs on some $40 million of Japanese industrial goods but kept its 2.5% duty on passenger cars and 25% on light trucks. The DTA, covering an estimated $40 billion in digital trade, bars customs duties on electronic transmissions. A broader second stage, which the leaders said they intended to pursue, was never launched.

## How the 2019 Deals Came About

President Trump and then-Prime Minister Abe Shinzo agreed in September 2018 to negotiate. Formal talks opened in Washington on April 15 and 16, 2019. On May 17, 2019, Trump proclaimed under Section 232 of the Trade Expansion Act of 1962 that imports of autos and parts threatened to impair U.S. national security, and told negotiators to address the threat rather than impose tariffs on them. After an agreement in principle at the Group of Seven summit in Biarritz, France, in August, the two leaders declared the first stage complete when they met in New York on September 25, 2019.

## Other Agreements and Initiatives

The Critical Minerals Agreement (CMA), signed a year ago next week, on March 28, 2023, took effect on signature. By committing both sides not to impose export duties on lithium, cobalt, nickel, and other minerals, it allows batteries using minerals processed in Japan to count toward the Inflation Reduction Act's $7,500 clean vehicle tax credit. Since April 2022, Japanese steel has entered under a tariff-rate quota, with above-quota shipments paying the 25% Section 232 duty; the 10% duty on aluminum was left in place. Japan and the United States are two of IPEF's 14 members; its Supply Chain Agreement entered into force on February 24, 2024.

## Issues for Congress

- Whether to press for a comprehensive FTA, which would require congressional approval, or continue with sectoral agreements.
- How the Committee on Foreign Investment in the United States (CFIUS) handles its review of the Nippon Steel bid, and what the outcome signals to other Japanese investors.
- The effect on Japan of a universal 10% tariff if one were imposed, and whether Japan would retaliate.
- Japanese politics: Kishida Fumio's term as Liberal Democratic Party (LDP) president expires in September, when the party will choose a leader; the House of Representatives' term ends in October 2025.
- The yen, still near ¥150 to the dollar after the Bank of Japan ended eight years of negative interest rates on March 19.

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Biden", "Joe", "President Biden", note="family name only: 'the Biden Administration', 'President Biden' (as the record's 2024-04-03 version)"),
        "leaders.japan_prime_minister": P("Kishida", "Fumio", "Prime Minister Kishida", note="title and family name in the Overview; the full name only in the Issues bullet 'Kishida Fumio's term as Liberal Democratic Party (LDP) president'"),
        "trade.overall_partner_rank": F(6, period="2023", basis="total goods and services trade", as_written="Japan's $305 billion in two-way trade in goods and services with the United States in 2023 placed it sixth among U.S. partners, with the European Union counted as one"),
        "trade.us_exports_to_japan": F(121100000000, period="2023", as_written="U.S. exports to Japan were $121.1 billion"),
        "trade.us_imports_from_japan": F(183800000000, period="2023", as_written="and imports from Japan $183.8 billion"),
        "trade.us_goods_exports_to_japan": F(76900000000, period="2023", as_written="goods made up $76.9 billion and $148.0 billion of those totals, respectively"),
        "trade.us_goods_imports_from_japan": F(148000000000, period="2023", as_written="goods made up $76.9 billion and $148.0 billion of those totals, respectively"),
        "trade.us_services_exports_to_japan": F(44200000000, period="2023", as_written="Table 1: U.S. exports to Japan | 76.9 | 44.2 | 121.1 (Services column)", note="only in Table 1"),
        "trade.us_services_imports_from_japan": F(35800000000, period="2023", as_written="Table 1: U.S. imports from Japan | 148.0 | 35.8 | 183.8 (Services column)", note="only in Table 1"),
        "trade.goods_deficit": F(71100000000, period="2023", as_written="The U.S. deficit in goods trade with Japan widened to $71.1 billion in 2023"),
        "trade.goods_deficit_rank": F(5, period="2023", as_written="only four countries, China, Mexico, Vietnam, and Germany, ran larger ones with the United States", note="stated from Japan's side, as surpluses: four larger = fifth"),
        "trade.japan_fdi_stock_in_us": F(775000000000, period="2022", as_written="Japan's direct investment position in the United States, $775.0 billion at the end of 2022"),
        "trade.fdi_source_rank": F(1, period="2022", as_written="led all countries for the fourth year running"),
        "trade.us_fdi_stock_in_japan": F(128000000000, "about", period="2022", as_written="the U.S. position in Japan at the same date, some $128 billion"),
        "trade.treasury_holder_rank": F(1, period="2024-01", as_written="Japanese investors also hold more U.S. Treasury securities than those of any other country: $1.15 trillion in January"),
        "agreements.usjta_signed": D("2019-10-07", as_written="were signed at the White House on October 7, 2019"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="Both have been in effect since New Year's Day 2020"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="Both have been in effect since New Year's Day 2020"),
        "agreements.critical_minerals_signed": D("2023-03-28", as_written="The Critical Minerals Agreement (CMA), signed a year ago next week, on March 28, 2023"),
    },
    "elections": {
        "ldp_president_2024": E("LDP president", "2024-09", "upcoming", note="'expires in September, when the party will choose a leader'; year from the text's date"),
    },
    "events": {
        "first_negotiating_round": EV("First formal round of U.S.-Japan trade negotiations, Washington", "2019-04", "held"),
        "section232_autos_proclamation": EV("Section 232 proclamation on autos and parts (no tariffs imposed)", "2019-05-17", "held"),
        "stage_one_deal_finalized": EV("Leaders declare the first stage complete in New York", "2019-09-25", "held"),
    },
    "notes": "Traps: 'the first by a Japanese leader since 2015'; 'Nippon Steel's proposed $14.1 billion purchase of U.S. Steel'; 'on March 14'; 'Former President Donald Trump, who secured enough delegates ... on March 12' (not the president) and 'a tariff of 10% on all U.S. imports' (a proposal: no tariff fact); 'Japan's $305 billion in two-way trade' and Table 1's 'Two-way trade | 224.9 | 80.0 | 304.9' row (no fact); 'a spot lower than in 2022' (a past rank, 5); 'from $67.9 billion a year before' (2022 deficit); 'only four countries' (four is not the rank); Figure 1 (deficits by partner, seven countries, Japan the fifth bar; $ billions; ticks 0-300; no value labels; Census basis); 'roughly a third of U.S. goods imports' (a fraction that is no fact); 'for the fourth year running' (not the rank); 'about six times' (a ratio); 'nearly one million U.S. workers'; 'some $350 billion more than China's'; 'about $7 billion of U.S. farm exports', 'Trans-Pacific Partnership', 'its tariff on U.S. beef, 38.5% before the deal and 23.3% this fiscal year, drops to 22.5% on April 1 and is to reach 9% in FY2033' (Japan's tariffs); 'some $40 million of Japanese industrial goods', 'its 2.5% duty on passenger cars and 25% on light trucks' (MFN duties; no tariff on most imports); 'an estimated $40 billion in digital trade'; 'agreed in September 2018 to negotiate' (no tracked event); 'on April 15 and 16, 2019' (a span of days: first_negotiating_round dated by its month); 'the Trade Expansion Act of 1962'; 'rather than impose tariffs on them' (no Section 232 auto tariff); 'an agreement in principle at the Group of Seven summit in Biarritz, France, in August' (not the finalization); 'signed a year ago next week'; 'the Inflation Reduction Act's $7,500 clean vehicle tax credit'; 'Since April 2022 ... tariff-rate quota', 'the 25% Section 232 duty' and 'the 10% duty on aluminum' (steel and aluminum, not most imports); 'IPEF's 14 members' and 'entered into force on February 24, 2024' (no IF11120 fact); 'Kishida Fumio's term as ... LDP president expires in September, when the party will choose a leader' (listed: a leadership choice is stated); 'the House of Representatives' term ends in October 2025' (19 months away: not an upcoming election; IF11120 has no deadline fact); 'near ¥150 to the dollar' and 'eight years of negative interest rates on March 19'; HTML sidebar 'How the 2019 Deals Came About' (with Figure 1 floated into it; in the PDF an ordinary section); PDF curly quotes and hyphenated line ends (layout text)",
}
