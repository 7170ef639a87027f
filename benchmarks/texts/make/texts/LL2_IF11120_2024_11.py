from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "LL2-IF11120-2024-11", "fresh11", "IF11120", 17
TITLE = "U.S.-Japan Trade Agreements and Negotiations"
LAYOUTS = ["md", "pdf"]
PDF_OPTS = ["quotes", "nbsp"]

MD = """
U.S.-Japan Trade Agreements and Negotiations

Updated November 19, 2024

## Overview

Japan is a major U.S. trade and investment partner, and the two countries' commercial ties have been comparatively free of friction under the Biden Administration. The November 5 election of Donald Trump, who is to be inaugurated on January 20, 2025, may change that. As a candidate, the President-elect proposed a "universal" tariff of 10% or 20% on all U.S. imports and rates of 60% or more on goods from China, and he has said he would block Nippon Steel's proposed $14.9 billion acquisition of U.S. Steel. President Joe Biden, who has also opposed the deal, met Prime Minister Ishiba Shigeru for the first time on November 15, on the sidelines of the Asia-Pacific Economic Cooperation (APEC) meetings in Lima, Peru.

Ishiba, who became prime minister on October 1, governs from a weaker position than his predecessor, Kishida Fumio. In the Lower House election of October 27, 2024, the Liberal Democratic Party (LDP) and its partner Komeito won 215 of 465 seats, short of the 233 needed for a majority. The Diet re-elected Ishiba as prime minister on November 11, and he now heads a minority government.

## Trade and Investment Ties

Japan was the sixth-largest U.S. trading partner in 2023, counting goods and services together. U.S. exports to Japan that year came to $121.1 billion, while U.S. imports from Japan reached $183.8 billion (Table 1). Motor vehicles and parts made up roughly a third of the goods Japan shipped to the United States.

Table 1. U.S. Trade with Japan, 2022 and 2023 ($ billions)

| Flow | 2022 | 2023 |
| --- | --- | --- |
| Goods exports | 80.3 | 76.0 |
| Services exports | 39.8 | 45.1 |
| Total exports | 120.1 | 121.1 |
| Goods imports | 148.1 | 147.7 |
| Services imports | 32.2 | 36.1 |
| Total imports | 180.3 | 183.8 |
| Goods balance | -67.8 | -71.7 |

Source: CRS, with U.S. Bureau of Economic Analysis data.

The $71.7 billion goods deficit was the fifth-largest the United States ran with any partner in 2023, behind those with China, Mexico, Vietnam, and Germany. In 2018 Japan had ranked fourth. By contrast, the United States ran a surplus in services trade with Japan of about $9 billion.

Investment flows are larger still. Japanese companies held $783.3 billion in direct investment in the United States at the end of 2023, more than investors from any other country. Among foreign holders of U.S. Treasury securities, Japan likewise ranks first, with about $1.1 trillion in September 2024; China, second, held roughly $770 billion.

## The 2019 Agreements

In September 2018, President Trump and Prime Minister Abe Shinzo agreed to open talks on a limited trade deal, partly to forestall the threat of Section 232 tariffs on Japanese autos. Negotiators held their first formal round in mid-April 2019. On May 17, 2019, Trump proclaimed that imports of autos and parts threatened U.S. national security, but he deferred action for 180 days and never imposed the 25% tariff the Commerce Department had weighed. The two leaders announced on September 25, 2019, at the United Nations in New York, that they had finalized "stage one" agreements.

Their representatives signed the U.S.-Japan Trade Agreement (USJTA) and the U.S.-Japan Digital Trade Agreement in Washington on October 7, 2019. Neither required a vote in Congress. Both entered into force on the first day of 2020. The USJTA cut or removed Japanese tariffs on about $7.2 billion of U.S. farm goods, while the United States cut tariffs on some $40 billion of Japanese imports, excluding cars.

Table 2. U.S.-Japan Agreements in Force

| Agreement | Signed | In force |
| --- | --- | --- |
| USJTA | Oct. 7, 2019 | Jan. 1, 2020 |
| Digital Trade Agreement | Oct. 7, 2019 | Jan. 1, 2020 |
| Critical Minerals Agreement | Mar. 28, 2023 | Mar. 28, 2023 |

Source: Office of the U.S. Trade Representative.

## Later Initiatives

The 2019 agreements were meant as a first stage, but talks on a broader "stage two" deal never began. The Biden Administration instead negotiated narrower arrangements. Under an agreement that took effect on April 1, 2022, a tariff-rate quota now lets up to 1.25 million metric tons of Japanese steel enter each year free of the 25% Section 232 duty. In the Critical Minerals Agreement, signed on March 28, 2023, the two governments committed not to impose export duties on minerals used in electric vehicle batteries, so that such minerals from Japan can count toward the clean vehicle tax credit of the Inflation Reduction Act. Japan also joined the Indo-Pacific Economic Framework (IPEF), launched in May 2022; its supply chain agreement entered into force in February 2024.

## Issues for Congress

Members may weigh whether the incoming Administration will reopen the USJTA or seek a comprehensive agreement, which would likely require congressional approval, and how any new tariffs would affect Japanese firms that have invested in U.S. production.

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Kyla H. Kitamura**, Analyst in Asian Affairs
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Biden", "Joe", "President Joe Biden", note="Donald Trump is President-elect, not yet in office"),
        "leaders.japan_prime_minister": P("Ishiba", "Shigeru", "Prime Minister Ishiba Shigeru", note="family name first"),
        "trade.overall_partner_rank": F(6, period="2023", as_written="Japan was the sixth-largest U.S. trading partner in 2023, counting goods and services together"),
        "trade.us_exports_to_japan": F(121100000000, period="2023", as_written="U.S. exports to Japan that year came to $121.1 billion", note="also Table 1, 2023 column, 'Total exports'"),
        "trade.us_imports_from_japan": F(183800000000, period="2023", as_written="while U.S. imports from Japan reached $183.8 billion", note="also Table 1, 2023 column"),
        "trade.us_goods_exports_to_japan": F(76000000000, period="2023", as_written="Table 1: 'Goods exports | 80.3 | 76.0' ($ billions, 2023 column)"),
        "trade.us_services_exports_to_japan": F(45100000000, period="2023", as_written="Table 1: 'Services exports | 39.8 | 45.1'"),
        "trade.us_goods_imports_from_japan": F(147700000000, period="2023", as_written="Table 1: 'Goods imports | 148.1 | 147.7'"),
        "trade.us_services_imports_from_japan": F(36100000000, period="2023", as_written="Table 1: 'Services imports | 32.2 | 36.1'"),
        "trade.goods_deficit": F(71700000000, period="2023", as_written="The $71.7 billion goods deficit", note="also Table 1, 'Goods balance | -67.8 | -71.7'"),
        "trade.goods_deficit_rank": F(5, period="2023", as_written="was the fifth-largest the United States ran with any partner in 2023"),
        "trade.japan_fdi_stock_in_us": F(783300000000, period="2023", as_written="Japanese companies held $783.3 billion in direct investment in the United States at the end of 2023"),
        "trade.fdi_source_rank": F(1, as_written="more than investors from any other country"),
        "trade.treasury_holder_rank": F(1, as_written="Among foreign holders of U.S. Treasury securities, Japan likewise ranks first"),
        "agreements.usjta_signed": D("2019-10-07", as_written="signed the U.S.-Japan Trade Agreement (USJTA) and the U.S.-Japan Digital Trade Agreement in Washington on October 7, 2019", note="also Table 2 'Oct. 7, 2019'"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="Both entered into force on the first day of 2020", note="also Table 2 'Jan. 1, 2020'"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="Both entered into force on the first day of 2020", note="also Table 2 'Jan. 1, 2020'"),
        "agreements.critical_minerals_signed": D("2023-03-28", as_written="In the Critical Minerals Agreement, signed on March 28, 2023", note="also Table 2 'Mar. 28, 2023'"),
    },
    "elections": {
        "lower_house_2024": E("Lower House", "2024-10-27", "held", result="LDP and Komeito won 215 of 465 seats, short of a majority"),
    },
    "events": {
        "first_negotiating_round": EV("First formal round of U.S.-Japan trade negotiations", "2019-04", "held"),
        "section232_autos_proclamation": EV("President proclaims auto and parts imports a threat to U.S. national security", "2019-05-17", "held"),
        "stage_one_deal_finalized": EV("Trump and Abe announce they have finalized stage one agreements", "2019-09-25", "held"),
    },
    "notes": "Traps: 'The November 5 election of Donald Trump, who is to be inaugurated on January 20, 2025' and 'the President-elect' (not yet President); 'a \"universal\" tariff of 10% or 20% on all U.S. imports and rates of 60% or more on goods from China' (campaign proposals, no tariff in effect); 'Nippon Steel's proposed $14.9 billion acquisition'; 'met ... on November 15'; 'became prime minister on October 1' and 'his predecessor, Kishida Fumio' (former PM); '215 of 465 seats, short of the 233 needed' (seat counts); 're-elected Ishiba as prime minister on November 11'; 'roughly a third of the goods'; Table 1's 2022 column (past values: 80.3, 39.8, 120.1, 148.1, 32.2, 180.3, -67.8); 'behind those with China, Mexico, Vietnam, and Germany' (other countries); 'In 2018 Japan had ranked fourth' (past deficit rank); 'a surplus in services trade with Japan of about $9 billion' (not a catalogue fact); 'with about $1.1 trillion in September 2024; China, second, held roughly $770 billion' (another country's holding and rank); 'In September 2018, President Trump and Prime Minister Abe Shinzo agreed to open talks' (past leaders); 'held their first formal round in mid-April 2019' (event, month precision); 'On May 17, 2019, Trump proclaimed' (event) with 'deferred action for 180 days' and 'never imposed the 25% tariff the Commerce Department had weighed' (threatened Section 232 auto rate, never imposed: no Section 232 autos fact); 'announced on September 25, 2019, at the United Nations in New York' (stage one finalized, not the signing); 'about $7.2 billion of U.S. farm goods' and 'some $40 billion of Japanese imports'; Table 2's Critical Minerals 'In force' column (no catalogue fact for it); 'took effect on April 1, 2022', 'up to 1.25 million metric tons' and 'the 25% Section 232 duty' (steel, not autos or most imports); 'launched in May 2022' and 'entered into force in February 2024' (IPEF, not the USJTA); PDF curly quotes and NBSP",
}
