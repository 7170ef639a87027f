from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "AE2-IF11120-2024-07", "fresh15", "IF11120", 17
TITLE = "U.S.-Japan Trade Agreements and Negotiations"
LAYOUTS = ["interleaved", "pdf"]
PDF_OPTS = ["lig", "nbsp"]
CHART = {"unit": "$ billions", "ymax": 200, "ticks": [0, 50, 100, 150, 200],
         "series": ["U.S. exports to Japan", "U.S. imports from Japan"],
         "bars": {"2019": (124.3, 179.0), "2020": (104.4, 147.8), "2021": (112.2, 167.8), "2022": (120.1, 180.3), "2023": (121.1, 183.8)}}

MD = """
U.S.-Japan Trade Agreements and Negotiations

Updated July 23, 2024

## Overview

Japan is one of the largest U.S. trading partners and the leading foreign investor in the U.S. economy, and Congress has long followed the bilateral trade relationship through oversight, legislation, and consultations with the executive branch. President Joe Biden, who announced on July 21 that he would not seek reelection, has not sought new market-access talks with Japan. His Administration has worked with Tokyo instead through the Indo-Pacific Economic Framework for Prosperity (IPEF), whose clean economy and fair economy agreements were signed in Singapore on June 6, and through narrower arrangements on steel and critical minerals. When Prime Minister Kishida Fumio made a state visit to Washington in April, the two leaders issued more than 70 deliverables, most of them on defense, space, and technology rather than trade; on April 11 Kishida addressed a joint meeting of Congress. Former President Donald Trump, whom Republicans nominated last week, has proposed a tariff of 10% on all U.S. imports, which would apply to goods from Japan. Nippon Steel's proposed $14.9 billion acquisition of U.S. Steel, which President Biden has said should remain "domestically owned and operated," remains under review.

## The Stage One Agreements

When the U.S.-Japan Trade Agreement (USJTA) and the U.S.-Japan Digital Trade Agreement took effect on January 1, 2020, they completed what both governments called "stage one" of negotiations that President Donald Trump and then-Prime Minister Abe Shinzo had agreed to open in September 2018. The first formal round was held in Washington on April 15-16, 2019. A month later, the President, whose May 17, 2019, proclamation under Section 232 of the Trade Expansion Act of 1962 found that auto imports threatened U.S. national security, directed the U.S. Trade Representative to negotiate with Japan and the European Union rather than impose the tariffs of up to 25% that the Commerce Department had weighed. Meeting in New York on September 25, 2019, the two leaders confirmed that stage one had been concluded, and the texts were signed in Washington on October 7, 2019. Because the Administration implemented the USJTA's tariff cuts under delegated authority, Congress did not vote on either agreement.

Under the USJTA, Japan cut or eliminated tariffs on about $7 billion of U.S. farm products. Its beef tariff, 38.5% before the agreement, has been 22.5% since April 1 and is to reach 9% by FY2033. The United States reduced tariffs on some industrial goods and about $40 million of Japanese farm products but left its 2.5% tariff on passenger cars and 25% tariff on light trucks in place. The digital agreement, which covers an estimated $40 billion in trade, bars customs duties on electronic transmissions. No second stage of talks has followed.

## Other Arrangements

Since April 1, 2022, a tariff-rate quota has let up to 1.25 million metric tons of Japanese steel a year enter free of the 25% Section 232 duty; aluminum above its own quota still pays 10%. Minerals processed in Japan have counted toward the Inflation Reduction Act's clean vehicle tax credit since the two governments signed a Critical Minerals Agreement (CMA) on March 28, 2023. The IPEF supply chain agreement entered into force on February 24, 2024, among Japan, the United States, and twelve other partners.

## Trade and Investment Ties

Measured by two-way trade in goods and services, Japan was the sixth-largest U.S. partner in 2023, a notch below its fifth-place standing of 2022, with the European Union counted as a single partner (Figure 1). U.S. exports to Japan edged up to $121.1 billion from $120.1 billion; goods accounted for almost two-thirds of the total ($76.9 billion) and services for the rest ($44.2 billion). Goods weighed more heavily still in U.S. imports from Japan: $148.0 billion of the $183.8 billion total, leaving $35.8 billion in services.

**Figure 1. U.S. Trade with Japan in Goods and Services, 2019-2023**

Source: Bureau of Economic Analysis, international transactions data.

The U.S. goods deficit with Japan widened to $71.2 billion in 2023 from $67.9 billion in 2022. It was smaller than the deficits with China ($279 billion), Mexico ($152 billion), Vietnam ($105 billion), and Germany ($83 billion), but larger than the deficit with any other trading partner. Motor vehicles and parts made up about a third of U.S. goods imports from Japan.

Japanese firms' direct investment position in the United States reached $783.3 billion at the end of 2023, topping those of Canada and the United Kingdom, the next two, and of every other country. U.S. firms' position in Japan that year was about $133 billion, less than a fifth as large. Although Japan's Ministry of Finance sold dollars to prop up the yen in late April and early May, after it fell past ¥160 per dollar, Japan remained the largest foreign holder of U.S. Treasury securities, with $1.13 trillion in May; China held $768 billion.

## Issues for Congress

Members may weigh whether the Administration should seek a comprehensive agreement with Japan covering services, autos, and agriculture, as some in Congress have urged, or continue to rely on IPEF, which includes no tariff commitments and which Congress has not been asked to approve. Lawmakers may also follow the Nippon Steel review and its implications for U.S. investment screening, and the effect on trade policy of Japan's own leadership contest: the LDP will choose its president in September, and Kishida has not said whether he will run again.

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Mark E. Manyin**, Specialist in Asian Affairs
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Biden", "Joe", "President Joe Biden, who announced on July 21 that he would not seek reelection"),
        "leaders.japan_prime_minister": P("Kishida", "Fumio", "Prime Minister Kishida Fumio"),
        "trade.overall_partner_rank": F(6, period="2023", as_written="Measured by two-way trade in goods and services, Japan was the sixth-largest U.S. partner in 2023",
                                        note="with the European Union counted as a single partner"),
        "trade.fdi_source_rank": F(1, period="2023", as_written="reached $783.3 billion at the end of 2023, topping those of Canada and the United Kingdom, the next two, and of every other country"),
        "trade.treasury_holder_rank": F(1, period="2024-05", as_written="Japan remained the largest foreign holder of U.S. Treasury securities, with $1.13 trillion in May"),
        "trade.us_exports_to_japan": F(121100000000, period="2023", as_written="U.S. exports to Japan edged up to $121.1 billion from $120.1 billion",
                                       note="year 2023 carried from the sentence before"),
        "trade.us_goods_exports_to_japan": F(76900000000, period="2023", as_written="goods accounted for almost two-thirds of the total ($76.9 billion)"),
        "trade.us_services_exports_to_japan": F(44200000000, period="2023", as_written="and services for the rest ($44.2 billion)"),
        "trade.us_imports_from_japan": F(183800000000, period="2023", as_written="$148.0 billion of the $183.8 billion total"),
        "trade.us_goods_imports_from_japan": F(148000000000, period="2023", as_written="Goods weighed more heavily still in U.S. imports from Japan: $148.0 billion of the $183.8 billion total"),
        "trade.us_services_imports_from_japan": F(35800000000, period="2023", as_written="leaving $35.8 billion in services"),
        "trade.goods_deficit": F(71200000000, period="2023", as_written="The U.S. goods deficit with Japan widened to $71.2 billion in 2023 from $67.9 billion in 2022"),
        "trade.goods_deficit_rank": F(5, period="2023", as_written="It was smaller than the deficits with China ..., Mexico ..., Vietnam ..., and Germany ..., but larger than the deficit with any other trading partner",
                                      note="four larger deficits named, every other smaller: fifth"),
        "trade.japan_fdi_stock_in_us": F(783300000000, period="2023", as_written="Japanese firms' direct investment position in the United States reached $783.3 billion at the end of 2023"),
        "trade.us_fdi_stock_in_japan": F(133000000000, "about", period="2023", as_written="U.S. firms' position in Japan that year was about $133 billion"),
        "agreements.usjta_signed": D("2019-10-07", as_written="the texts were signed in Washington on October 7, 2019"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="When the U.S.-Japan Trade Agreement (USJTA) and the U.S.-Japan Digital Trade Agreement took effect on January 1, 2020"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="When the U.S.-Japan Trade Agreement (USJTA) and the U.S.-Japan Digital Trade Agreement took effect on January 1, 2020"),
        "agreements.critical_minerals_signed": D("2023-03-28", as_written="since the two governments signed a Critical Minerals Agreement (CMA) on March 28, 2023"),
    },
    "elections": {
        "ldp_president_2024": E("LDP president", "2024-09", "upcoming", note="'the LDP will choose its president in September' (year from the text's date)"),
    },
    "events": {
        "first_negotiating_round": EV("First formal round of U.S.-Japan trade negotiations, Washington, April 15-16, 2019", "2019-04", "held"),
        "section232_autos_proclamation": EV("Section 232 proclamation on auto imports; negotiation directed, no tariff imposed", "2019-05-17", "held"),
        "stage_one_deal_finalized": EV("Leaders confirm in New York that stage one has been concluded", "2019-09-25", "held"),
    },
    "notes": "Traps: 'who announced on July 21 that he would not seek reelection' (Biden remains President); 'signed in Singapore on June 6' (IPEF agreements); 'issued more than 70 deliverables'; 'on April 11 Kishida addressed a joint meeting of Congress' (Kishida's address: no tracked event; the slug is Abe's 2015 address); 'Former President Donald Trump, whom Republicans nominated last week' and 'President Donald Trump and then-Prime Minister Abe Shinzo' (former leaders); 'has proposed a tariff of 10% on all U.S. imports' (a candidate's proposal: no tariff on most imports); 'Nippon Steel's proposed $14.9 billion acquisition'; 'had agreed to open in September 2018' (the 2018 joint statement: not tariff_talks_announced); 'April 15-16, 2019' (a two-day range: first round dated by its month, as the record and the convention fixed in round nineteen date a span of days); 'the tariffs of up to 25% that the Commerce Department had weighed' (never imposed: no Section 232 auto rate); 'Section 232 of the Trade Expansion Act of 1962'; 'about $7 billion of U.S. farm products'; 'Its beef tariff, 38.5% before the agreement, has been 22.5% since April 1 and is to reach 9% by FY2033' (Japan's rates); 'about $40 million of Japanese farm products'; 'its 2.5% tariff on passenger cars and 25% tariff on light trucks' (MFN rates); 'an estimated $40 billion in trade'; 'Since April 1, 2022, a tariff-rate quota ... 1.25 million metric tons' and 'the 25% Section 232 duty', 'still pays 10%' (sectoral); 'entered into force on February 24, 2024, among Japan, the United States, and twelve other partners' (IPEF; no IF11120 fact); 'a notch below its fifth-place standing of 2022' (past rank); 'from $120.1 billion' (2022 exports); 'almost two-thirds of the total' (a fraction that is no fact); 'from $67.9 billion in 2022' (past deficit); 'China ($279 billion), Mexico ($152 billion), Vietnam ($105 billion), and Germany ($83 billion)' (other countries' deficits); 'about a third of U.S. goods imports from Japan'; 'less than a fifth as large' (a fraction); 'after it fell past ¥160 per dollar'; 'China held $768 billion'; 'the LDP will choose its president in September' (listed as an election; IF11120 has no election fact); Figure 1 (goods and services trade 2019-2023, two series, $ billions, ticks 0-200, no values); PDF ligatures and NBSP (also in the interleaved text); interleaved columns",
}
