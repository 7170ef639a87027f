from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "PA2-IF11120-2023-03", "fresh35", "IF11120", 14
TITLE = "U.S.-Japan Trade Agreements and Negotiations"
LAYOUTS = ["pdf", "layout"]
PDF_OPTS = ["nbsp", "hyph"]
CHART = {"unit": "$ billions", "ymax": 160, "ticks": [0, 40, 80, 120, 160],
         "series": ["U.S. goods exports to Japan", "U.S. goods imports from Japan"],
         "bars": {"2018": (75.0, 142.6), "2019": (74.4, 143.6), "2020": (64.1, 119.5), "2021": (74.6, 135.1), "2022": (80.2, 148.1)}}

MD = """
U.S.-Japan Trade Agreements and Negotiations

Updated March 30, 2023

## Overview

Two days ago, on March 28, 2023, U.S. Trade Representative Katherine Tai and Japan's ambassador in Washington signed the U.S.-Japan Critical Minerals Agreement (CMA). It is the first trade agreement the Biden Administration has concluded with any country. The pact commits both sides to keep export duties off cobalt, graphite, lithium, manganese, and nickel and to share information on supply chains. Its immediate purpose is domestic: the Administration treats Japan, which has no comprehensive free trade agreement (FTA) with the United States, as an FTA partner for the critical-minerals test of the Inflation Reduction Act's clean vehicle credit of up to $7,500. Some Members of Congress have questioned whether an executive agreement not submitted to Congress can qualify.

The agreement follows a January 13 meeting at the White House at which President Biden and Prime Minister Kishida Fumio pledged closer cooperation on economic security. Kishida hosts the Group of Seven (G7) leaders in Hiroshima on May 19-21, and Japan holds the G7 presidency for the year. Export controls are a further strand: in late January, Japan and the Netherlands reportedly agreed in principle to join U.S. restrictions, announced last October, on sales of advanced chipmaking equipment to China, though Tokyo has yet to publish its rules.

## The 2019 Agreements

Bilateral trade talks under the Trump Administration grew out of a September 2018 joint statement, after the United States had left the Trans-Pacific Partnership (TPP). The negotiators first sat down in April 2019. A month later, on May 17, 2019, a presidential proclamation under Section 232 found that imports of autos and parts threatened national security. It imposed no tariff, however, and directed negotiations instead; a duty of up to 25% had been discussed. Then-Prime Minister Abe Shinzo and President Trump declared the first stage of the talks finished when they met in New York on September 25, 2019.

Two agreements resulted, the U.S.-Japan Trade Agreement (USJTA) and the U.S.-Japan Digital Trade Agreement (DTA). Signed on October 7, 2019, both took effect on New Year's Day 2020 without a vote in Congress. Under the USJTA, Japan's tariff on U.S. beef, 38.5% before the deal, falls in stages to 9% by FY2033, matching what Australian and other CPTPP suppliers pay; the United States cut or removed duties on 241 industrial tariff lines. The DTA, which covers an estimated $40 billion of digital trade, bars customs duties on electronic transmissions. Talks on a broader "stage two" deal were envisioned but never began, and Abe, who left office in 2020, was assassinated on July 8, 2022.

## Trade Figures for 2022

Japan was the fourth-largest U.S. trading partner in 2022. U.S. exports to it reached $120.1 billion that year, up from $112.2 billion in 2021; goods accounted for $80.2 billion and services for just under $40 billion. Imports moved the other way in greater volume: $180.3 billion, split as Table 1 shows. The goods deficit, $67.9 billion, was the fifth-largest the United States ran with any partner, against $60.5 billion a year earlier.

Table 1. U.S. Imports from Japan ($ billions)

| | 2021 | 2022 |
| --- | --- | --- |
| Goods | 135.1 | 148.1 |
| Services | 32.7 | 32.2 |
| Total | 167.8 | 180.3 |

Source: U.S. Census Bureau and Bureau of Economic Analysis.

**Figure 1. U.S. Goods Trade with Japan, 2018-2022**

Source: CRS, with U.S. Census Bureau data.

Investment ties run deeper still. Since 2019, no country has held a larger stock of foreign direct investment (FDI) in the United States: Japanese firms' holdings stood at $721.7 billion at the end of 2021, the latest year available, and support nearly one million U.S. jobs. American investment flowing the other way was about $129 billion in 2021, less than a fifth as much. As a creditor, too, Japan comes first among foreign governments, with some $1.1 trillion in U.S. Treasury securities as of January, ahead of China's.

## Tariffs Still in Place

Most bilateral trade is not subject to any special U.S. tariff. The exception is metals. The 25% Section 232 duty on steel, imposed in 2018, was replaced on April 1, 2022, by a tariff-rate quota that lets 1.25 million metric tons a year enter duty-free; shipments above the quota still pay 25%. Aluminum from Japan remains subject to the 10% duty. Japanese passenger cars pay the 2.5% most-favored-nation rate, and light trucks 25%, unchanged by the USJTA.

## Politics in Tokyo

Kishida, prime minister since October 2021, leads a Liberal Democratic Party (LDP)-Komeito coalition that gained seats in the July 2022 Upper House election, held two days after Abe's killing. No national election is required until 2025. His government has promised to double defense spending, to about 2% of GDP, within five years, and it is seeking to raise wages and revive growth after the yen fell in October 2022 to its weakest level since 1990.

## Issues for Congress

- Whether to press for a more comprehensive agreement, or for Japan's help in bringing the United States back into the eleven-member CPTPP, which the United Kingdom is expected to join soon.
- How the CMA, and similar pacts under discussion with the European Union, should be reviewed by Congress.
- How the Indo-Pacific Economic Framework for Prosperity (IPEF), launched in Tokyo in May 2022 with 14 members, complements bilateral efforts.

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Brock R. Williams**, Specialist in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Biden", "Joe", "President Biden", note="given name not written; also 'the Biden Administration'"),
        "leaders.japan_prime_minister": P("Kishida", "Fumio", "Prime Minister Kishida Fumio", note="family name first; Abe is 'Then-Prime Minister'"),
        "agreements.critical_minerals_signed": D("2023-03-28", as_written="Two days ago, on March 28, 2023, U.S. Trade Representative Katherine Tai and Japan's ambassador in Washington signed the U.S.-Japan Critical Minerals Agreement (CMA)"),
        "agreements.usjta_signed": D("2019-10-07", as_written="Signed on October 7, 2019, both took effect on New Year's Day 2020", note="'both' = the USJTA and the DTA named in the sentence before"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="both took effect on New Year's Day 2020"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="both took effect on New Year's Day 2020"),
        "trade.overall_partner_rank": F(4, period="2022", as_written="Japan was the fourth-largest U.S. trading partner in 2022"),
        "trade.us_exports_to_japan": F(120100000000, period="2022", as_written="U.S. exports to it reached $120.1 billion that year"),
        "trade.us_goods_exports_to_japan": F(80200000000, period="2022", as_written="goods accounted for $80.2 billion"),
        "trade.us_services_exports_to_japan": F(40000000000, "under", period="2022", as_written="and services for just under $40 billion"),
        "trade.us_imports_from_japan": F(180300000000, period="2022", as_written="Imports moved the other way in greater volume: $180.3 billion", note="also Table 1's 2022 total"),
        "trade.us_goods_imports_from_japan": F(148100000000, period="2022", as_written="Goods | 135.1 | 148.1", note="only in Table 1 (2022 column, $ billions in the caption)"),
        "trade.us_services_imports_from_japan": F(32200000000, period="2022", as_written="Services | 32.7 | 32.2", note="only in Table 1 (2022 column)"),
        "trade.goods_deficit": F(67900000000, period="2022", as_written="The goods deficit, $67.9 billion, was the fifth-largest the United States ran with any partner"),
        "trade.goods_deficit_rank": F(5, period="2022", as_written="was the fifth-largest the United States ran with any partner"),
        "trade.fdi_source_rank": F(1, as_written="Since 2019, no country has held a larger stock of foreign direct investment (FDI) in the United States", note="'Since 2019' a span, no period"),
        "trade.japan_fdi_stock_in_us": F(721700000000, period="2021", as_written="Japanese firms' holdings stood at $721.7 billion at the end of 2021"),
        "trade.us_fdi_stock_in_japan": F(129000000000, "about", period="2021", as_written="American investment flowing the other way was about $129 billion in 2021", note="'less than a fifth as much' is a ratio"),
        "trade.treasury_holder_rank": F(1, period="2023-01", as_written="As a creditor, too, Japan comes first among foreign governments, with some $1.1 trillion in U.S. Treasury securities as of January, ahead of China's"),
    },
    "elections": {
        "upper_house_2022": E("Upper House", "2022-07", "held", result="LDP-Komeito coalition gained seats"),
    },
    "events": {
        "first_negotiating_round": EV("First round of U.S.-Japan trade negotiations", "2019-04", "held"),
        "section232_autos_proclamation": EV("Section 232 proclamation on autos (no tariff imposed)", "2019-05-17", "held"),
        "stage_one_deal_finalized": EV("Abe and Trump declare the first stage finished in New York", "2019-09-25", "held"),
        "abe_assassination": EV("Former Prime Minister Abe Shinzo assassinated", "2022-07-08", "held"),
    },
    "notes": "Traps: 'the Inflation Reduction Act's clean vehicle credit of up to $7,500'; 'a January 13 meeting at the White House' (a summit, not tracked); 'Kishida hosts the Group of Seven (G7) leaders in Hiroshima on May 19-21' (planned); 'in late January, Japan and the Netherlands reportedly agreed in principle to join U.S. restrictions, announced last October' (export controls, untracked); 'grew out of a September 2018 joint statement' (not the first round); 'It imposed no tariff, however, and directed negotiations instead; a duty of up to 25% had been discussed' (no Section 232 auto tariff); 'Then-Prime Minister Abe Shinzo and President Trump' (former leaders); 'Japan's tariff on U.S. beef, 38.5% before the deal, falls in stages to 9% by FY2033' (Japan's own tariffs); '241 industrial tariff lines'; 'an estimated $40 billion of digital trade' (beside the services figure 'just under $40 billion'); 'Abe, who left office in 2020'; 'up from $112.2 billion in 2021' (2021 exports); 'against $60.5 billion a year earlier' (2021 deficit); Table 1's 2021 column (2021 imports and their split); Figure 1 (PDF/layout: goods exports and imports 2018-2022, ticks 0-160, legend, no values); 'support nearly one million U.S. jobs'; 'less than a fifth as much' (a ratio); 'some $1.1 trillion' (holdings, not a rank); 'The 25% Section 232 duty on steel, imposed in 2018, was replaced on April 1, 2022, by a tariff-rate quota that lets 1.25 million metric tons a year enter duty-free; shipments above the quota still pay 25%' and 'Aluminum from Japan remains subject to the 10% duty' (product tariffs: no tariff on most imports is stated); 'Japanese passenger cars pay the 2.5% most-favored-nation rate, and light trucks 25%' (MFN rates, not Section 232); 'prime minister since October 2021'; 'No national election is required until 2025' (no IF11120 fact; no election listed); 'to double defense spending, to about 2% of GDP, within five years'; 'the yen fell in October 2022 to its weakest level since 1990'; 'the eleven-member CPTPP, which the United Kingdom is expected to join soon'; 'IPEF ... launched in Tokyo in May 2022 with 14 members'. PDF: non-breaking spaces before billion/percent, hyphenated line ends; layout: pdftotext -layout puts the two columns side by side, Table 1, Figure 1 and the bullet list among them.",
}
