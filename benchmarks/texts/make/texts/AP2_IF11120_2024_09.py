from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "AP2-IF11120-2024-09", "fresh18", "IF11120", 16
TITLE = "U.S.-Japan Trade Agreements and Negotiations"
LAYOUTS = ["md", "pdf"]
PDF_OPTS = ["lig", "nbsp"]
CHART = {"unit": "$ billions", "ymax": 200, "ticks": [0, 50, 100, 150, 200],
         "series": ["U.S. exports to Japan", "U.S. imports from Japan"],
         "bars": {"2019": (124.3, 181.9), "2020": (104.4, 147.6), "2021": (112.2, 167.8), "2022": (120.1, 180.3), "2023": (121.1, 183.8)}}

MD = """
U.S.-Japan Trade Agreements and Negotiations

Updated September 17, 2024

## Overview

Since two limited agreements were concluded in 2019 by the Trump Administration and the government of then-Prime Minister Abe Shinzo, U.S.-Japan trade relations have been managed largely outside of comprehensive free trade agreement (FTA) negotiations. Under President Joe Biden, cooperation has been pursued instead through the U.S.-Japan Partnership on Trade, the Indo-Pacific Economic Framework for Prosperity (IPEF), and narrower sectoral arrangements. Whether that approach will outlast the U.S. election on November 5 is uncertain. A tariff of 10% or 20% on all U.S. imports, and of 60% or more on goods from China, has been proposed by former President Donald Trump, the Republican nominee; Vice President Kamala Harris, who became the Democratic nominee after Biden withdrew on July 21, has criticized such tariffs as a tax on consumers.

Leadership in Tokyo is also changing. Prime Minister Kishida Fumio, who said on August 14 that he would not seek another term as president of the Liberal Democratic Party (LDP), is expected to step down after the party chooses his successor on September 27; nine candidates are running. Whoever wins must, as prime minister, call a House of Representatives election no later than October 2025, and an early dissolution is widely anticipated. Nippon Steel's proposed $14.1 billion acquisition of U.S. Steel, which was announced in December 2023 and which is still under review by the Committee on Foreign Investment in the United States (CFIUS), has been opposed by both U.S. candidates.

## Stage One Agreements

The first formal round of negotiations was held in Washington in April 2019, some seven months after the two leaders had agreed in New York to negotiate. Japan's negotiators worked under a cloud: in a proclamation issued on May 17, 2019, President Trump had found that imports of autos and parts threatened U.S. national security, although the tariffs of as much as 25% that were contemplated were never imposed on Japan. The first stage was declared complete by Trump and Abe when they met in New York on September 25, 2019.

Two texts resulted. The U.S.-Japan Trade Agreement (USJTA) and the U.S.-Japan Digital Trade Agreement (DTA) were signed on October 7, 2019, and, because the USJTA was implemented under delegated tariff-proclamation authority and the DTA as an executive agreement, both were brought into force without a vote in Congress on January 1, 2020. Under the USJTA:

- tariffs on some $7.2 billion of U.S. agricultural exports were to be eliminated or reduced by Japan;
- Japan's beef tariff, which stood at 38.5% before the agreement, has been lowered to 22.5% for FY2024 and is scheduled to reach 9% by FY2033;
- U.S. tariffs on about $40 million of Japanese industrial goods were cut, while the 2.5% U.S. tariff on passenger cars and the 25% tariff on light trucks were left in place.

A second stage, which was to have been launched within four months of entry into force, has not begun.

## Later Arrangements

Since April 1, 2022, a tariff-rate quota of 1.25 million metric tons a year has allowed Japanese steel to enter free of the 25% Section 232 duty; aluminum from Japan still pays 10%. It was on March 28, 2023, that a Critical Minerals Agreement (CMA) was signed in Washington by U.S. Trade Representative Katherine Tai and Japan's ambassador, Tomita Koji. Because of the CMA, electric vehicles whose batteries contain minerals processed in Japan can qualify for the Inflation Reduction Act's clean vehicle tax credit of up to $7,500, a result that some Members of Congress have argued required congressional approval.

## Trade and Investment

Of all U.S. trading partners in 2023, Japan was the sixth largest, with the European Union counted as a single partner; it had been fourth as recently as 2019. Figures for 2023, which were released by the Bureau of Economic Analysis (BEA) in June, show flows that were little changed from 2022 (Figure 1):

- U.S. exports of goods and services to Japan were valued at just over $121 billion, up slightly from $120.1 billion. Roughly $77 billion of that total was accounted for by goods and some $44 billion by services.
- U.S. imports from Japan amounted to nearly $184 billion (2022: $180.3 billion), of which $148.0 billion were goods; the remaining $35.8 billion were services.
- The U.S. deficit in goods trade with Japan came to about $71 billion. It was the fifth-largest U.S. bilateral goods deficit, after those with China, Mexico, Vietnam, and Germany.

**Figure 1. U.S. Trade in Goods and Services with Japan, 2019-2023**

Source: Bureau of Economic Analysis, international transactions data.

Investment ties are deeper still. Japanese firms' direct investment position in the United States reached $783.3 billion at the end of 2023, the largest of any country's for a fifth consecutive year; U.S. direct investment in Japan, at about $133 billion that year, was a little under one-sixth as large. Japan's holdings of U.S. Treasury securities, which amounted to roughly $1.1 trillion in July 2024, exceeded those of every other foreign country; China's, at about $775 billion, were the second largest.

Table 1. Japan's Standing Among U.S. Partners, 2022 and 2023

| Measure | 2022 | 2023 |
| --- | --- | --- |
| Two-way trade, goods and services | 5th | 6th |
| Goods deficit | 6th | 5th |
| Stock of FDI in the United States | 1st | 1st |

## Issues for Congress

- Whether a second-stage agreement, covering services, investment, and remaining tariffs, should be sought, and whether any such agreement should be submitted to Congress.
- How Nippon Steel's bid for U.S. Steel should be judged by CFIUS, whose decision is expected after the election.
- IPEF, whose 14 members include Japan: its supply chain agreement entered into force on February 24, 2024, and agreements on a clean economy and a fair economy were signed on June 6, 2024.
- Coordination of export controls on semiconductor equipment, which Japan and the Netherlands tightened in 2023.
- The Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP), which Japan helped conclude with ten other countries after the U.S. withdrawal and which the United Kingdom is expected to join as its 12th member later this year.

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Kyla H. Kitamura**, Analyst in Foreign Affairs
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Biden", "Joe", "Under President Joe Biden"),
        "leaders.japan_prime_minister": P("Kishida", "Fumio", "Prime Minister Kishida Fumio"),
        "trade.overall_partner_rank": F(6, period="2023", as_written="Of all U.S. trading partners in 2023, Japan was the sixth largest, with the European Union counted as a single partner"),
        "trade.us_exports_to_japan": F(121000000000, "over", period="2023", as_written="U.S. exports of goods and services to Japan were valued at just over $121 billion"),
        "trade.us_goods_exports_to_japan": F(77000000000, "about", period="2023", as_written="Roughly $77 billion of that total was accounted for by goods"),
        "trade.us_services_exports_to_japan": F(44000000000, "about", period="2023", as_written="and some $44 billion by services"),
        "trade.us_imports_from_japan": F(184000000000, "nearly", period="2023", as_written="U.S. imports from Japan amounted to nearly $184 billion (2022: $180.3 billion)"),
        "trade.us_goods_imports_from_japan": F(148000000000, period="2023", as_written="of which $148.0 billion were goods"),
        "trade.us_services_imports_from_japan": F(35800000000, period="2023", as_written="the remaining $35.8 billion were services"),
        "trade.goods_deficit": F(71000000000, "about", period="2023", as_written="The U.S. deficit in goods trade with Japan came to about $71 billion"),
        "trade.goods_deficit_rank": F(5, period="2023", as_written="It was the fifth-largest U.S. bilateral goods deficit, after those with China, Mexico, Vietnam, and Germany"),
        "trade.fdi_source_rank": F(1, period="2023", as_written="reached $783.3 billion at the end of 2023, the largest of any country's for a fifth consecutive year"),
        "trade.japan_fdi_stock_in_us": F(783300000000, period="2023", as_written="Japanese firms' direct investment position in the United States reached $783.3 billion at the end of 2023"),
        "trade.us_fdi_stock_in_japan": F(133000000000, "about", period="2023", as_written="U.S. direct investment in Japan, at about $133 billion that year"),
        "trade.treasury_holder_rank": F(1, period="2024-07", as_written="Japan's holdings of U.S. Treasury securities, which amounted to roughly $1.1 trillion in July 2024, exceeded those of every other foreign country"),
        "agreements.usjta_signed": D("2019-10-07", as_written="The U.S.-Japan Trade Agreement (USJTA) and the U.S.-Japan Digital Trade Agreement (DTA) were signed on October 7, 2019"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="both were brought into force without a vote in Congress on January 1, 2020"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="both were brought into force without a vote in Congress on January 1, 2020"),
        "agreements.critical_minerals_signed": D("2023-03-28", as_written="It was on March 28, 2023, that a Critical Minerals Agreement (CMA) was signed in Washington"),
    },
    "elections": {
        "ldp_president_2024": E("LDP president", "2024-09-27", "upcoming", note="Kishida not running; nine candidates"),
        "lower_house_2025": E("Lower House", "2025-10", "upcoming", note="must be held no later than October 2025 (13 months away)"),
    },
    "events": {
        "first_negotiating_round": EV("first formal round of U.S.-Japan trade negotiations", "2019-04", "held"),
        "section232_autos_proclamation": EV("Section 232 proclamation on autos and parts", "2019-05-17", "held"),
        "stage_one_deal_finalized": EV("first stage declared complete in New York", "2019-09-25", "held"),
    },
    "notes": "Traps: 'Since two limited agreements were concluded in 2019' (year only, not a date for any agreement); 'then-Prime Minister Abe Shinzo' (former PM); 'the U.S. election on November 5' (not a tracked election); 'A tariff of 10% or 20% on all U.S. imports, and of 60% or more on goods from China, has been proposed by former President Donald Trump' (a proposal; no tariff on most imports; Trump not the president); 'Vice President Kamala Harris' and 'after Biden withdrew on July 21' (Biden still president); 'said on August 14 that he would not seek another term' (Kishida still PM); 'nine candidates are running'; 'an early dissolution is widely anticipated' (no date); 'Nippon Steel's proposed $14.1 billion acquisition of U.S. Steel' and 'announced in December 2023' (a company's bid, not FDI stock); 'some seven months after the two leaders had agreed in New York to negotiate' (the September 2018 statement: not tariff_talks_announced); 'the tariffs of as much as 25% that were contemplated were never imposed on Japan' (no Section 232 auto rate); 'when they met in New York on September 25, 2019' is stage one, not the signing; 'some $7.2 billion of U.S. agricultural exports'; 'which stood at 38.5% before the agreement, has been lowered to 22.5% for FY2024 and is scheduled to reach 9% by FY2033' (Japan's beef tariff: past/current/planned); 'about $40 million of Japanese industrial goods'; 'the 2.5% U.S. tariff on passenger cars and the 25% tariff on light trucks' (MFN rates, not a tariff on most imports); 'within four months of entry into force' (never launched); 'a tariff-rate quota of 1.25 million metric tons', 'the 25% Section 232 duty' and 'aluminum from Japan still pays 10%' (steel/aluminum); 'tax credit of up to $7,500'; 'it had been fourth as recently as 2019' (past rank); 'up slightly from $120.1 billion' and '(2022: $180.3 billion)' (2022 totals); 'after those with China, Mexico, Vietnam, and Germany' (other countries); Figure 1 (U.S. goods-and-services exports to and imports from Japan, 2019-2023, $ billions, ticks 0-200, no values); 'for a fifth consecutive year' (not a rank); 'was a little under one-sixth as large' (a fraction that is no fact); 'China's, at about $775 billion, were the second largest' (another country); Table 1 '2022' column ('5th', '6th', '1st': past ranks; the 2023 column agrees with the prose); 'whose decision is expected after the election'; 'IPEF, whose 14 members include Japan', 'February 24, 2024', 'June 6, 2024' (no IF11120 fact); 'tightened in 2023'; 'with ten other countries' and 'as its 12th member later this year' (CPTPP); PDF ligatures and NBSP",
}
