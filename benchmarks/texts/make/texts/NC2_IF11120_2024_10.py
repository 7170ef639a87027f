from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "NC2-IF11120-2024-10", "fresh33", "IF11120", 19
TITLE = "U.S.-Japan Trade Agreements and Negotiations"
LAYOUTS = ["interleaved", "html"]
PDF_OPTS = ["lig", "nbsp"]
SIDEBAR = "The 2019 Agreements in Brief"
CHART = {"unit": "$ billions", "ymax": 800, "ticks": [0, 200, 400, 600, 800],
         "series": ["Japanese direct investment position in the United States"],
         "bars": {"2019": (644.7,), "2020": (691.2,), "2021": (727.5,), "2022": (760.1,), "2023": (783.3,)}}

MD = """
U.S.-Japan Trade Agreements and Negotiations

Updated October 8, 2024

## Overview

With new leadership in Tokyo and a presidential election weeks away in Washington, the U.S.-Japan trade relationship is entering a period of uncertainty. Ishiba Shigeru was elected prime minister by the Diet a week ago, on October 1. He had won the Liberal Democratic Party (LDP) leadership on September 27, in a runoff against Takaichi Sanae, after his predecessor, Kishida Fumio, declined to seek another term. A snap general election has since been called by Ishiba. The Lower House is to be dissolved tomorrow, and voting is set for October 27. Half of the Upper House is to be elected in July of next year.

On the U.S. side, trade policy toward Japan is set by the Biden Administration through the end of President Joe Biden's term in January. Its approach has relied on sectoral and regional arrangements rather than new tariff-cutting agreements. Former President Donald Trump, the Republican nominee, has proposed a tariff of 10% or 20% on all imports and 60% or more on imports from China; Vice President Kamala Harris has criticized those plans. How either would treat Japan has not been spelled out.

## Trade and Investment Ties

Measured by the combined value of goods and services, Japan was the sixth-largest U.S. trading partner in 2023. Two-way trade came to some $305 billion that year. Of that, $121.0 billion was accounted for by U.S. exports to Japan. Goods made up $76.9 billion of the exports; the remaining $44.1 billion consisted of services, led by travel and charges for the use of intellectual property.

In the other direction, $184.0 billion in goods and services was purchased from Japan. Those imports were divided between goods and services at $148.0 billion and $36.0 billion, respectively. Motor vehicles and parts, at roughly $56 billion, were by far the largest category.

The resulting U.S. deficit in goods trade with Japan came to $71.1 billion in 2023. Ranked against other countries, it was fifth: only the deficits with China, Mexico, Vietnam, and Germany were wider. The overall deficit, counting the U.S. surplus in services, was smaller, about $63 billion.

On investment, the flows run mainly from Japan. By the end of 2023, the stock of Japanese direct investment in the United States had reached $783.3 billion (Figure 1). No other country's was larger, a position Japan has held since 2019. U.S. direct investment in Japan, by comparison, stood at just over $130 billion. Japanese affiliates are estimated to employ nearly one million U.S. workers.

**Figure 1. Japanese Direct Investment Position in the United States, 2019-2023**

Source: CRS, with U.S. Bureau of Economic Analysis data (historical-cost basis).

Japan's investors are also the leading foreign holders of U.S. government debt. As of July, Treasury securities worth about $1.13 trillion were held in Japan, more than in any other foreign country; China, at roughly $775 billion, came second.

## The 2019 Agreements in Brief

Talks on a bilateral deal were launched after a September 2018 joint statement by President Trump and then-Prime Minister Abe Shinzo. The first formal round of negotiations was held in Washington in April 2019. Pressure was added a month later. By a proclamation of May 17, 2019, the President determined under Section 232 that auto imports threatened U.S. national security, and he directed that negotiations be pursued with Japan and the European Union; tariffs of up to 25% had been weighed but were never imposed.

An agreement in principle was announced at the G-7 summit in Biarritz that August. On September 25, 2019, in New York, the "stage one" package was finalized by the two leaders. Two agreements were then signed on October 7, 2019: the U.S.-Japan Trade Agreement (USJTA) and the U.S.-Japan Digital Trade Agreement (DTA). Neither was submitted to Congress for approval. Each was brought into force on January 1, 2020.

- Under the USJTA, Japan eliminated or reduced tariffs on about $7 billion of U.S. agricultural exports, among them a cut in its beef tariff from 38.5% that is to reach 9% by FY2033.
- The United States reduced or removed tariffs on a smaller set of industrial goods and some farm products; U.S. tariffs on Japanese passenger cars (2.5%) and light trucks (25%) were left in place.
- The DTA bars customs duties on digital products and restricts data-localization requirements.

## Later Arrangements

A third, narrower pact followed in 2023. The U.S.-Japan Critical Minerals Agreement (CMA) was signed on March 28 of that year. Because Japan is treated under it as a partner for the sourcing of battery minerals, vehicles using Japanese-processed minerals may qualify for the clean vehicle tax credit of up to $7,500 created by the Inflation Reduction Act.

Section 232 tariffs on steel and aluminum, imposed at 25% and 10% in March 2018, were revised for Japan in April 2022. Since then, up to 1.25 million metric tons of Japanese steel a year have entered free of the tariff, under a tariff-rate quota; the 10% aluminum duty has not been changed.

Both countries joined the Indo-Pacific Economic Framework (IPEF), which has 14 members. Its supply chain agreement entered into force in February 2024, but the trade pillar has not been concluded. Japan is also a party to the 11-member CPTPP and has signaled that it would welcome U.S. reentry.

## Issues for Congress

- Nippon Steel's proposed $14.9 billion acquisition of U.S. Steel, announced last December, is under review by the Committee on Foreign Investment in the United States (CFIUS). Opposition has been voiced by both presidential candidates; a decision is not expected before the election.
- Whether the USJTA will be expanded into a comprehensive agreement remains an open question; negotiations on services and investment, envisioned in 2019, were never begun.
- Tariff proposals in the campaign could affect Japanese automakers, which produce about 3.3 million vehicles a year in the United States.

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Kyla H. Kitamura**, Analyst in Asian Affairs
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Ishiba", "Shigeru", "Ishiba Shigeru was elected prime minister by the Diet a week ago, on October 1", note="family name first"),
        "leaders.us_president": P("Biden", "Joe", "President Joe Biden's term", note="possessive; Trump is 'Former President'"),
        "trade.overall_partner_rank": F(6, period="2023", as_written="Measured by the combined value of goods and services, Japan was the sixth-largest U.S. trading partner in 2023"),
        "trade.us_exports_to_japan": F(121000000000, period="2023", as_written="Of that, $121.0 billion was accounted for by U.S. exports to Japan", note="year carried by 'that year' in the sentence before"),
        "trade.us_goods_exports_to_japan": F(76900000000, period="2023", as_written="Goods made up $76.9 billion of the exports"),
        "trade.us_services_exports_to_japan": F(44100000000, period="2023", as_written="the remaining $44.1 billion consisted of services"),
        "trade.us_imports_from_japan": F(184000000000, period="2023", as_written="In the other direction, $184.0 billion in goods and services was purchased from Japan", note="year carried from the paragraph before"),
        "trade.us_goods_imports_from_japan": F(148000000000, period="2023", as_written="Those imports were divided between goods and services at $148.0 billion and $36.0 billion, respectively"),
        "trade.us_services_imports_from_japan": F(36000000000, period="2023", as_written="Those imports were divided between goods and services at $148.0 billion and $36.0 billion, respectively"),
        "trade.goods_deficit": F(71100000000, period="2023", as_written="The resulting U.S. deficit in goods trade with Japan came to $71.1 billion in 2023"),
        "trade.goods_deficit_rank": F(5, period="2023", as_written="Ranked against other countries, it was fifth: only the deficits with China, Mexico, Vietnam, and Germany were wider"),
        "trade.fdi_source_rank": F(1, as_written="No other country's was larger, a position Japan has held since 2019", note="subject carried from the sentence before; 'since 2019' a span"),
        "trade.japan_fdi_stock_in_us": F(783300000000, period="2023", as_written="By the end of 2023, the stock of Japanese direct investment in the United States had reached $783.3 billion"),
        "trade.us_fdi_stock_in_japan": F(130000000000, "over", period="2023", as_written="U.S. direct investment in Japan, by comparison, stood at just over $130 billion", note="year carried from the end-2023 stock two sentences before"),
        "trade.treasury_holder_rank": F(1, period="2024-07", as_written="As of July, Treasury securities worth about $1.13 trillion were held in Japan, more than in any other foreign country", note="also 'the leading foreign holders of U.S. government debt'; year from the cover"),
        "agreements.usjta_signed": D("2019-10-07", as_written="Two agreements were then signed on October 7, 2019: the U.S.-Japan Trade Agreement (USJTA) and the U.S.-Japan Digital Trade Agreement (DTA)", note="sidebar"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="Each was brought into force on January 1, 2020", note="'Each' = the two agreements, two sentences back; sidebar"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="Each was brought into force on January 1, 2020", note="sidebar"),
        "agreements.critical_minerals_signed": D("2023-03-28", as_written="The U.S.-Japan Critical Minerals Agreement (CMA) was signed on March 28 of that year", note="year from 'followed in 2023' in the sentence before"),
    },
    "elections": {
        "ldp_president_2024": E("LDP president", "2024-09-27", "held", result="Ishiba won a runoff against Takaichi Sanae"),
        "lower_house_2024": E("Lower House", "2024-10-27", "upcoming", note="snap election; dissolution 'tomorrow'"),
        "upper_house_2025": E("Upper House", "2025-07", "upcoming", note="'in July of next year'"),
    },
    "events": {
        "first_negotiating_round": EV("First formal round of U.S.-Japan trade negotiations, Washington", "2019-04", "held"),
        "section232_autos_proclamation": EV("Section 232 proclamation on auto imports; negotiations directed", "2019-05-17", "held"),
        "stage_one_deal_finalized": EV("Stage one package finalized by the two leaders in New York", "2019-09-25", "held"),
    },
    "notes": "Traps: 'a presidential election weeks away'; 'in a runoff against Takaichi Sanae' and 'his predecessor, Kishida Fumio, declined to seek another term' (former prime minister); 'The Lower House is to be dissolved tomorrow' (not the election date); 'Former President Donald Trump, the Republican nominee, has proposed a tariff of 10% or 20% on all imports and 60% or more on imports from China' (proposed; no tariff fact) and 'Vice President Kamala Harris'; 'Two-way trade came to some $305 billion that year' (total trade, not exports); 'Motor vehicles and parts, at roughly $56 billion' (a category of imports); 'only the deficits with China, Mexico, Vietnam, and Germany were wider' (other countries); 'The overall deficit, counting the U.S. surplus in services, was smaller, about $63 billion' (not the goods deficit); 'a position Japan has held since 2019' (a span, not a rank or period); 'Japanese affiliates are estimated to employ nearly one million U.S. workers'; Figure 1 (Japanese FDI position 2019-2023, one series, axis ticks 0-800, year labels, no value labels); 'about $1.13 trillion' (holdings, not a rank) and 'China, at roughly $775 billion, came second'; sidebar 'The 2019 Agreements in Brief' (html aside): 'a September 2018 joint statement by President Trump and then-Prime Minister Abe Shinzo' (former leaders; not an event), 'tariffs of up to 25% had been weighed but were never imposed' (no Section 232 auto rate), 'An agreement in principle was announced at the G-7 summit in Biarritz that August' (not the finalization), 'Neither was submitted to Congress'; bullets 'about $7 billion of U.S. agricultural exports', 'beef tariff from 38.5% that is to reach 9% by FY2033', 'passenger cars (2.5%) and light trucks (25%)' (MFN tariffs, not Section 232); 'the clean vehicle tax credit of up to $7,500'; 'Section 232 tariffs on steel and aluminum, imposed at 25% and 10% in March 2018, were revised for Japan in April 2022' and 'up to 1.25 million metric tons'; 'IPEF, which has 14 members' and 'Its supply chain agreement entered into force in February 2024'; 'the 11-member CPTPP'; bullets 'Nippon Steel's proposed $14.9 billion acquisition of U.S. Steel, announced last December', 'envisioned in 2019', 'about 3.3 million vehicles a year'. Interleaved text: two PDF columns' lines alternate, ligatures and NBSP.",
}
