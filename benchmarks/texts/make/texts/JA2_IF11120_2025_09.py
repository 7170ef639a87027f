from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "JA2-IF11120-2025-09", "fresh29", "IF11120", 22
TITLE = "U.S.-Japan Trade Agreements and Tariff Negotiations"
LAYOUTS = ["pdf", "interleaved"]
PDF_OPTS = ["lig", "quotes"]
SIDEBAR = "The 2019 Agreements"
CHART = {"unit": "$ billions", "ymax": 50, "ticks": [0, 10, 20, 30, 40, 50],
         "series": ["Passenger vehicles", "Parts"],
         "bars": {"2020": (31.8, 11.2), "2021": (33.0, 12.1), "2022": (35.4, 12.6), "2023": (41.2, 13.4), "2024": (40.3, 13.1)}}

MD = """
U.S.-Japan Trade Agreements and Tariff Negotiations

Updated September 26, 2025

## Overview

Tariffs have dominated U.S.-Japan trade relations in 2025. Since April, Japanese goods have been taxed under two legal authorities: the International Emergency Economic Powers Act (IEEPA), which President Donald Trump has invoked to impose "reciprocal" tariffs on nearly all U.S. trading partners, and Section 232 of the Trade Expansion Act of 1962, which he has used for autos, steel, aluminum, and copper. After months of talks led on Japan's side by Akazawa Ryosei, a cabinet minister, the two governments reached a framework agreement in July. An executive order (EO) issued on September 4 put its tariff terms into effect, and a memorandum of understanding (MOU) signed the same day set out how Japan is to finance $550 billion of investment in the United States. The deal is not a trade agreement in the traditional sense, and Congress has had no formal role in approving it. Whether the IEEPA tariffs stand is now before the Supreme Court.

## From Threat to Framework

Japan was listed on April 2 as facing a 24% reciprocal tariff, more than double the 10% baseline collected on most countries' goods from April 5. Five days later, following a telephone call between Prime Minister Ishiba Shigeru and President Trump, the Administration said Japan would be among the first partners with which it would negotiate. The higher country rates were suspended for 90 days on April 9, so Japanese goods paid the baseline instead. With no deal in sight, the President wrote to Ishiba on July 7 that a 25% rate would take effect on August 1.

A deal was struck before that date. President Trump announced it on July 22 after meeting Akazawa at the White House; the Japanese government confirmed the outline the next morning, Tokyo time. As the two sides have described it:

- most goods from Japan are subject to a single IEEPA tariff of 15%, inclusive of the most-favored-nation (MFN) duty, while goods whose MFN duty is already 15% or more pay no reciprocal tariff;
- Section 232 duties on Japanese passenger vehicles and auto parts are brought down to that same all-in rate;
- Japan is to invest $550 billion in U.S. projects selected by the President, with funds committed before January 19, 2029; profits are to be split evenly until Japan recovers its outlay, after which the United States takes 90%;
- Japan is to raise its imports of U.S. rice by 75% within its existing quota, buy $8 billion of other U.S. farm goods each year, and order 100 Boeing aircraft;
- Japan is promised treatment no less favorable than any other country's if Section 232 tariffs are imposed on semiconductors or pharmaceuticals.

Putting the deal into practice took time. When the reciprocal rates took effect on August 7, U.S. Customs and Border Protection stacked Japan's 15% on top of MFN duties, unlike the treatment given the European Union, whose own deal set the same 15% ceiling. The September 4 EO corrected this retroactively to August 7. For most Japanese products, then, fifteen percent is the whole of the tariff now owed. That rate also reached autos: for vehicles and parts entered on or after September 16, it replaced the 27.5% charged on cars since April 3 (May 3 for parts), which combined a 25% Section 232 duty with the 2.5% MFN rate. South Korea, which agreed to a similar framework on July 30 with a $350 billion investment pledge, was still awaiting the same auto cut at the end of September.

Table 1. U.S. Tariffs on Selected Goods from Japan

| Goods | Jan. 2025 | Jun. 2025 | Now |
| --- | --- | --- | --- |
| Most goods | MFN | 10% + MFN | 15% |
| Cars | 2.5% | 27.5% | 15% |
| Steel, aluminum | 0-25% | 50% | 50% |
| Copper | MFN | MFN | 50% |

Source: CRS, from presidential proclamations, executive orders, and the Harmonized Tariff Schedule. "Now" rates for most goods and cars include the MFN duty.

The steel, aluminum, and copper duties were not part of the bargain. Nippon Steel's $14.9 billion acquisition of U.S. Steel, completed in June after the U.S. government received a "golden share," was handled separately.

## The Court Challenge

The Court of International Trade ruled on May 28 that IEEPA does not authorize the tariffs, and on August 29 the U.S. Court of Appeals for the Federal Circuit largely agreed, 7-4, while leaving the duties in place pending review. On September 9 the Supreme Court agreed to hear the case on an expedited schedule, with oral argument set for early November. A decision against the Administration would not touch the Section 232 tariffs. Officials have said they could turn to other statutes, such as Section 122 of the Trade Act of 1974, which allows a surcharge of up to 15% for no more than 150 days, or Section 338 of the Tariff Act of 1930, which allows up to 50%.

## Politics in Tokyo

The deal's Japanese backers face an unsettled political scene. Ishiba's Liberal Democratic Party (LDP) and its partner Komeito lost their majority in the House of Representatives in October 2024, and the July 20 House of Councillors election cost them control of that chamber too. Under pressure from within the party, Ishiba said on September 7 that he would step down once a successor is chosen. The LDP votes for a new president on October 4. Among the five candidates are Koizumi Shinjiro, the agriculture minister, and Takaichi Sanae, who came second to Ishiba in the September 2024 leadership race. The winner is expected to become prime minister, though with the coalition short of a majority in both chambers, even that is not assured.

## Trade and Investment Ties

Counting goods and services, Japan was the sixth-largest U.S. trading partner in 2024. U.S. exports to Japan that year totaled $129.1 billion; goods and services accounted for $79.7 billion and $49.4 billion of it, respectively. Purchases from Japan ran higher, at $192.4 billion. Goods made up $149.6 billion of that sum, and the remaining $42.8 billion was services.

The resulting goods gap, nearly seventy billion dollars, was the seventh-largest U.S. bilateral goods deficit in 2024, well below its mid-1980s peak, when Japan accounted for about a third of the total U.S. trade deficit. Motor vehicles and parts are the largest item in U.S. goods imports from Japan (Figure 1).

**Figure 1. U.S. Automotive Imports from Japan, 2020-2024**

Source: CRS, using U.S. Census Bureau data.

Japanese companies' direct investment in the United States, some $790 billion at the end of 2024, again exceeded that of companies from any other country. U.S. investment in Japan was about $75 billion, roughly a tenth as large. The biggest foreign holder of U.S. Treasury securities also remains Japan: its holdings stood at $1.15 trillion in July, against $899 billion for the United Kingdom and $731 billion for China.

## The 2019 Agreements

Two agreements from the first Trump Administration remain in effect. The first formal negotiating round was held in Washington in April 2019. On May 17, 2019, the President proclaimed that auto imports threatened U.S. national security, but he imposed no auto tariffs on Japan at that time. He and then-Prime Minister Abe Shinzo announced on September 25, 2019, that the negotiators had finished a first-stage deal, and on October 7, 2019, representatives of the two governments signed the U.S.-Japan Trade Agreement (USJTA) and the U.S.-Japan Digital Trade Agreement. Both have been in force since New Year's Day 2020. Under the USJTA, Japan's tariff on U.S. beef is falling from 38.5% toward 9% by 2033.

The Biden Administration added the U.S.-Japan Critical Minerals Agreement, signed on March 28, 2023, so that minerals processed in Japan could count toward the $7,500 U.S. tax credit for electric vehicles.

## Issues for Congress

- how projects for the $550 billion will be selected, and whether the MOU requires legislation or oversight;
- Japanese officials' statements that only 1%-2% of the total may be equity investment, with the rest in loans and loan guarantees;
- the effect of the 15% auto rate on U.S. automakers, which face higher duties on vehicles assembled in Canada or Mexico;
- whether the framework would survive a Supreme Court ruling against the IEEPA tariffs.

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Kyla H. Kitamura**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Trump", "Donald", "President Donald Trump"),
        "leaders.japan_prime_minister": P("Ishiba", "Shigeru", "Prime Minister Ishiba Shigeru", note="family name first; has said he will step down once a successor is chosen (still in office); Koizumi and Takaichi are candidates, Abe a former prime minister"),
        "tariffs.us_tariff_most_imports": F(15, period="2025-08-07", as_written="For most Japanese products, then, fifteen percent is the whole of the tariff now owed", note="number in words; MFN-inclusive IEEPA rate in effect since August 7 (corrected retroactively by the September 4 EO); also Table 1's 'Most goods' row, 'Now' column, and the first bullet"),
        "tariffs.ieepa_rate": F(15, period="2025-08-07", as_written="most goods from Japan are subject to a single IEEPA tariff of 15%, inclusive of the most-favored-nation (MFN) duty", note="also 'stacked Japan's 15% on top of MFN duties' and 'corrected this retroactively to August 7'"),
        "tariffs.section232_autos": F(15, period="2025-09-16", as_written="That rate also reached autos: for vehicles and parts entered on or after September 16, it replaced the 27.5% charged on cars since April 3", note="'That rate' and 'it' carry the 15% from the sentence before; also the second bullet ('that same all-in rate') and Table 1's 'Cars' row, 'Now' column"),
        "framework.announced": D("2025-07-22", as_written="A deal was struck before that date. President Trump announced it on July 22 after meeting Akazawa at the White House", note="year from the cover; the next-morning Tokyo confirmation (July 23) and the September 4 EO/MOU are traps"),
        "framework.investment_pledge": F(550000000000, by="2029-01-19", as_written="Japan is to invest $550 billion in U.S. projects selected by the President, with funds committed before January 19, 2029"),
        "trade.overall_partner_rank": F(6, period="2024", as_written="Counting goods and services, Japan was the sixth-largest U.S. trading partner in 2024"),
        "trade.us_exports_to_japan": F(129100000000, period="2024", as_written="U.S. exports to Japan that year totaled $129.1 billion"),
        "trade.us_goods_exports_to_japan": F(79700000000, period="2024", as_written="goods and services accounted for $79.7 billion and $49.4 billion of it, respectively"),
        "trade.us_services_exports_to_japan": F(49400000000, period="2024", as_written="goods and services accounted for $79.7 billion and $49.4 billion of it, respectively"),
        "trade.us_imports_from_japan": F(192400000000, period="2024", as_written="Purchases from Japan ran higher, at $192.4 billion"),
        "trade.us_goods_imports_from_japan": F(149600000000, period="2024", as_written="Goods made up $149.6 billion of that sum"),
        "trade.us_services_imports_from_japan": F(42800000000, period="2024", as_written="and the remaining $42.8 billion was services"),
        "trade.goods_deficit": F(70000000000, "nearly", period="2024", as_written="The resulting goods gap, nearly seventy billion dollars", note="number in words"),
        "trade.goods_deficit_rank": F(7, period="2024", as_written="was the seventh-largest U.S. bilateral goods deficit in 2024"),
        "trade.fdi_source_rank": F(1, as_written="Japanese companies' direct investment in the United States, some $790 billion at the end of 2024, again exceeded that of companies from any other country", note="rank by exceeding all others; no period attached to the rank beyond the stock's date"),
        "trade.japan_fdi_stock_in_us": F(790000000000, "about", period="2024", as_written="some $790 billion at the end of 2024"),
        "trade.us_fdi_stock_in_japan": F(75000000000, "about", period="2024", as_written="U.S. investment in Japan was about $75 billion, roughly a tenth as large", note="year carried from the sentence before; 'roughly a tenth' is the ratio"),
        "trade.treasury_holder_rank": F(1, period="2025-07", as_written="The biggest foreign holder of U.S. Treasury securities also remains Japan: its holdings stood at $1.15 trillion in July", note="year from the cover"),
        "agreements.usjta_signed": D("2019-10-07", as_written="on October 7, 2019, representatives of the two governments signed the U.S.-Japan Trade Agreement (USJTA) and the U.S.-Japan Digital Trade Agreement"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="Both have been in force since New Year's Day 2020"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="Both have been in force since New Year's Day 2020"),
        "agreements.critical_minerals_signed": D("2023-03-28", as_written="the U.S.-Japan Critical Minerals Agreement, signed on March 28, 2023"),
    },
    "elections": {
        "lower_house_2024": E("Lower House", "2024-10", "held", result="LDP and Komeito lost their majority"),
        "upper_house_2025": E("Upper House", "2025-07-20", "held", result="LDP and Komeito lost control of the chamber"),
        "ldp_president_2024": E("LDP president", "2024-09", "held", result="Ishiba won; Takaichi second"),
        "ldp_president_2025": E("LDP president", "2025-10-04", "upcoming", note="'The LDP votes for a new president on October 4' (year from the cover); five candidates"),
    },
    "events": {
        "tariff_talks_announced": EV("Administration says Japan will be among the first partners to negotiate with, after an Ishiba-Trump call", "2025-04-07", "held"),
        "first_negotiating_round": EV("First formal round of the 2019 trade negotiations, in Washington", "2019-04", "held"),
        "section232_autos_proclamation": EV("President proclaims auto imports a threat to U.S. national security; no tariffs on Japan then", "2019-05-17", "held"),
        "stage_one_deal_finalized": EV("Trump and Abe announce the negotiators have finished a first-stage deal", "2019-09-25", "held"),
    },
    "notes": "Traps: 'Section 232 of the Trade Expansion Act of 1962' (a law's year); 'An executive order (EO) issued on September 4' and 'a memorandum of understanding (MOU) signed the same day' (implementation, not the framework's announcement); 'listed on April 2 as facing a 24% reciprocal tariff' (announced, suspended); 'the 10% baseline collected on most countries' goods from April 5' and 'Japanese goods paid the baseline instead' (past rate); 'Five days later' (dates tariff_talks_announced: April 7); 'suspended for 90 days on April 9'; 'wrote to Ishiba on July 7 that a 25% rate would take effect on August 1' (threatened); 'the Japanese government confirmed the outline the next morning, Tokyo time' (not the announcement date); bullet 'goods whose MFN duty is already 15% or more pay no reciprocal tariff'; bullet 'after which the United States takes 90%'; bullet 'raise its imports of U.S. rice by 75%', '$8 billion of other U.S. farm goods each year', '100 Boeing aircraft' (purchases, not the pledge); 'When the reciprocal rates took effect on August 7, U.S. Customs and Border Protection stacked Japan's 15% on top of MFN duties' (the stacked charge, since corrected); 'the European Union, whose own deal set the same 15% ceiling' (another partner); 'it replaced the 27.5% charged on cars since April 3 (May 3 for parts), which combined a 25% Section 232 duty with the 2.5% MFN rate' (past auto rates; MFN rate); 'South Korea, which agreed to a similar framework on July 30 with a $350 billion investment pledge' (another country's deal); Table 1's 'Jan. 2025' and 'Jun. 2025' columns ('10% + MFN', '27.5%', '2.5%') and its steel/aluminum and copper rows ('0-25%', '50%': not autos or most imports); 'Nippon Steel's $14.9 billion acquisition of U.S. Steel, completed in June'; 'The Court of International Trade ruled on May 28' and 'on August 29 the U.S. Court of Appeals for the Federal Circuit largely agreed, 7-4' (lower-court rulings; no Supreme Court ruling yet, so no tariffs.ieepa_ruling); 'On September 9 the Supreme Court agreed to hear the case' and 'oral argument set for early November' (not a ruling); 'Section 122 of the Trade Act of 1974, which allows a surcharge of up to 15% for no more than 150 days' (a hypothetical fallback; no Section 122 surcharge is in effect) and 'Section 338 ... which allows up to 50%'; 'Ishiba said on September 7 that he would step down once a successor is chosen' (still prime minister); 'Koizumi Shinjiro, the agriculture minister, and Takaichi Sanae' (candidates, not prime minister); 'Among the five candidates'; Figure 1 (automotive imports 2020-2024, $ billions; ticks 0-50, two-series legend, no value labels); 'well below its mid-1980s peak, when Japan accounted for about a third of the total U.S. trade deficit' (past share); 'roughly a tenth as large' (ratio); 'against $899 billion for the United Kingdom and $731 billion for China' (other holders); 'then-Prime Minister Abe Shinzo' (former leader); 'Japan's tariff on U.S. beef is falling from 38.5% toward 9% by 2033' (Japanese tariff); 'the $7,500 U.S. tax credit for electric vehicles'; Issues bullets 'only 1%-2% of the total may be equity investment' (a range, not the pledge) and 'higher duties on vehicles assembled in Canada or Mexico'. Interleaved text: the two PDF columns alternate line by line, Table 1, the bullet lists and the boxed chart among them; PDF ligatures and curly quotes.",
}
