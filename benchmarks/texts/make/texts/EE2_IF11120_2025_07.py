from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "EE2-IF11120-2025-07", "fresh9", "IF11120", 17
TITLE = "U.S.-Japan Trade Agreements and Tariff Negotiations"
LAYOUTS = ["md", "layout"]

MD = """
U.S.-Japan Trade Agreements and Tariff Negotiations

Updated July 8, 2025

## Where Things Stand

Japan has been negotiating with the Trump Administration since April over the tariffs the President has placed on most U.S. trading partners. As of this writing, no agreement has been reached. On July 7, President Donald Trump informed Prime Minister Ishiba Shigeru by letter that goods from Japan would be charged 25% starting August 1, one point more than the "reciprocal" rate first announced for Japan in April. Tokyo's chief negotiator, Economic Revitalization Minister Akazawa Ryosei, has flown to Washington seven times since mid-April. The sides are reported to remain apart on automobiles, which make up about a third of what the United States buys from Japan.

## Tariffs in Force, Paused, and Threatened

A 10% duty under the International Emergency Economic Powers Act (IEEPA) has been collected on nearly all goods from Japan since April 5, 2025. That baseline is, for the moment, the only IEEPA tariff Japan pays. The higher 24% country rate, unveiled on April 2, was suspended a week later for 90 days; the suspension, due to lapse on July 9, has now been stretched to August 1 by executive order. Lawsuits challenging the IEEPA tariffs are pending in federal court, and the duties continue to be collected while they proceed.

Sectoral tariffs under Section 232 of the Trade Expansion Act of 1962 are charged separately and were not paused. Passenger vehicles and light trucks from Japan have paid 25% since April 3, on top of the 2.5% most-favored-nation (MFN) duty that was the whole charge before; most auto parts followed on May 3. Japanese steel and aluminum, subject to 25% since March 12, have faced 50% since June 4. Investigations that could lead to tariffs on semiconductors, pharmaceuticals, and lumber are under way.

Table 1. U.S. Tariffs on Goods from Japan, July 8, 2025

| Goods | Authority | Rate | Status |
| --- | --- | --- | --- |
| Most goods | IEEPA baseline | 10% | Collected since April 5 |
| Most goods | IEEPA country rate | 24% | Announced April 2; paused April 9, now to August 1 |
| Most goods | IEEPA, July 7 letter | 25% | Threatened from August 1 |
| Cars, light trucks | Section 232 | 25% | Collected since April 3, plus 2.5% MFN |
| Auto parts | Section 232 | 25% | Collected since May 3 |
| Steel, aluminum | Section 232 | 50% | Since June 4; 25% from March 12 |
| Cars, light trucks | MFN only | 2.5% | Before April 3 |

Source: CRS, from proclamations, executive orders, and the July 7 letter.

## The Talks, Step by Step

- April 2: a 24% rate is announced for Japan, among dozens of country rates.
- April 7: following a call between the two leaders, the Administration names Japan among the first partners it will negotiate with; Treasury Secretary Scott Bessent and U.S. Trade Representative Jamieson Greer are to lead.
- April 9: country rates above the baseline are put on hold for 90 days.
- June 16: Trump and Ishiba meet on the sidelines of the Group of Seven summit in Kananaskis, Canada; no deal is announced.
- July 7: the President's letter sets 25% for August 1 and warns that any Japanese retaliation would be added on top.

Japanese officials have offered cooperation in shipbuilding, larger purchases of U.S. liquefied natural gas and farm goods, and investment in U.S. manufacturing, while seeking relief on autos. The President has said Japan's rice market remains too closed. Ishiba, for his part, faces voters on July 20, when half the seats of the House of Councillors are filled; his Liberal Democratic Party (LDP) and its partner, Komeito, have lacked a majority in the House of Representatives since the October 2024 election and must take 50 of the 125 seats at stake to keep control of the upper chamber.

## Trade and Investment Ties

Japan came in sixth on the list of U.S. trading partners in 2024; five years earlier, only three partners had outranked it. Americans sold Japan $129.1 billion in goods and services that year: the merchandise portion was $79.7 billion, and services added $49.4 billion. The flow in the other direction was larger. Japanese sellers earned $192.4 billion in the U.S. market, $149.6 billion of it on goods and $42.8 billion on services. In goods alone, the United States bought $69.9 billion more from Japan than it sold there, a gap exceeded by those with six other countries.

Japanese companies' direct investment position in the United States came to $783.3 billion at the end of 2023, a sum no other country's investors matched; they have led all foreign investors since 2019. The U.S. position in Japan was $133.9 billion. Nippon Steel's $14.9 billion purchase of U.S. Steel, which the President allowed on condition of a "golden share" for the U.S. government, closed on June 18. Japan is also the U.S. government's biggest foreign creditor, with about $1.13 trillion of Treasury securities in April; the United Kingdom has recently replaced China in second place.

## Earlier Agreements

Two agreements concluded in the first Trump term remain in force. Talks on them were opened in April 2019, and the terms were settled by the two leaders on September 25, 2019. The U.S.-Japan Trade Agreement (USJTA), covering tariffs on farm and industrial goods, and the U.S.-Japan Digital Trade Agreement were signed on October 7, 2019. Both entered into force on January 1, 2020. A second stage of talks, meant to address autos and services, never began. In May 2019, imports of autos and parts had been declared a national security threat by presidential proclamation, but no tariffs were imposed on Japanese vehicles at the time.

Under the Biden Administration, a U.S.-Japan Critical Minerals Agreement was signed on March 28, 2023. It allows Japanese-processed minerals to count toward the clean vehicle tax credit's sourcing requirements.

## Issues for Congress

None of the 2019 agreements required a vote of Congress, and any deal reached in the current talks may likewise be concluded by the executive alone. Members may weigh the tariffs' costs to U.S. automakers with Japanese suppliers, their effect on Japanese investment plans in the United States, and what a deal could mean for the alliance.

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Kyla H. Kitamura**, Analyst in Asian Affairs
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Trump", "Donald", "President Donald Trump"),
        "leaders.japan_prime_minister": P("Ishiba", "Shigeru", "Prime Minister Ishiba Shigeru", note="family name first"),
        "tariffs.us_tariff_most_imports": F(10, period="2025-04-05", as_written="A 10% duty under the International Emergency Economic Powers Act (IEEPA) has been collected on nearly all goods from Japan since April 5, 2025", note="also Table 1, 'Most goods | IEEPA baseline | 10% | Collected since April 5'"),
        "tariffs.ieepa_rate": F(10, period="2025-04-05", as_written="That baseline is, for the moment, the only IEEPA tariff Japan pays", note="the 24% country rate is suspended and 25% only threatened (as in an earlier set's N9: the rate actually collected under IEEPA)"),
        "tariffs.section232_autos": F(25, as_written="Passenger vehicles and light trucks from Japan have paid 25% since April 3, on top of the 2.5% most-favored-nation (MFN) duty", note="also Table 1's Section 232 car row; the 2.5% MFN duty is separate"),
        "trade.overall_partner_rank": F(6, period="2024", as_written="Japan came in sixth on the list of U.S. trading partners in 2024"),
        "trade.us_exports_to_japan": F(129100000000, period="2024", as_written="Americans sold Japan $129.1 billion in goods and services that year"),
        "trade.us_goods_exports_to_japan": F(79700000000, period="2024", as_written="the merchandise portion was $79.7 billion"),
        "trade.us_services_exports_to_japan": F(49400000000, period="2024", as_written="and services added $49.4 billion"),
        "trade.us_imports_from_japan": F(192400000000, period="2024", as_written="Japanese sellers earned $192.4 billion in the U.S. market", note="year carried from two sentences before"),
        "trade.us_goods_imports_from_japan": F(149600000000, period="2024", as_written="$149.6 billion of it on goods"),
        "trade.us_services_imports_from_japan": F(42800000000, period="2024", as_written="and $42.8 billion on services"),
        "trade.goods_deficit": F(69900000000, period="2024", as_written="In goods alone, the United States bought $69.9 billion more from Japan than it sold there"),
        "trade.goods_deficit_rank": F(7, period="2024", as_written="a gap exceeded by those with six other countries", note="six larger deficits: seventh"),
        "trade.fdi_source_rank": F(1, as_written="a sum no other country's investors matched; they have led all foreign investors since 2019"),
        "trade.japan_fdi_stock_in_us": F(783300000000, period="2023", as_written="Japanese companies' direct investment position in the United States came to $783.3 billion at the end of 2023"),
        "trade.us_fdi_stock_in_japan": F(133900000000, period="2023", as_written="The U.S. position in Japan was $133.9 billion", note="year carried from the sentence before"),
        "trade.treasury_holder_rank": F(1, as_written="Japan is also the U.S. government's biggest foreign creditor, with about $1.13 trillion of Treasury securities in April"),
        "agreements.usjta_signed": D("2019-10-07", as_written="The U.S.-Japan Trade Agreement (USJTA) ... and the U.S.-Japan Digital Trade Agreement were signed on October 7, 2019"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="Both entered into force on January 1, 2020"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="Both entered into force on January 1, 2020", note="subject 'Both' carried from the sentence before"),
        "agreements.critical_minerals_signed": D("2023-03-28", as_written="a U.S.-Japan Critical Minerals Agreement was signed on March 28, 2023"),
    },
    "elections": {
        "lower_house_2024": E("Lower House", "2024-10", "held", result="LDP-Komeito lost its majority"),
        "upper_house_2025": E("Upper House", "2025-07-20", "upcoming", note="coalition must take 50 of the 125 seats at stake to keep control"),
    },
    "events": {
        "tariff_talks_announced": EV("Administration names Japan among the first partners it will negotiate with, after a call between the leaders", "2025-04-07", "held"),
        "first_negotiating_round": EV("Talks on the 2019 agreements opened", "2019-04", "held"),
        "stage_one_deal_finalized": EV("Terms of the 2019 agreements settled by the two leaders", "2019-09-25", "held"),
        "section232_autos_proclamation": EV("Presidential proclamation declares auto and parts imports a national security threat; no tariffs imposed", "2019-05", "held"),
    },
    "notes": "Traps: 'would be charged 25% starting August 1' and Table 1's 'IEEPA, July 7 letter | 25% | Threatened from August 1' and bullet 'July 7: the President's letter sets 25% for August 1' (threatened, not in effect); 'one point more than the \"reciprocal\" rate first announced for Japan in April'; 'has flown to Washington seven times since mid-April' (the 2025 visits are not listed as first_negotiating_round, whose record is the April 2019 round); 'about a third of what the United States buys from Japan'; 'The higher 24% country rate, unveiled on April 2, was suspended a week later for 90 days' and Table 1's 24% row and bullets 'April 2: a 24% rate is announced' / 'April 9: country rates above the baseline are put on hold for 90 days' (announced, suspended); 'due to lapse on July 9, has now been stretched to August 1'; 'Lawsuits challenging the IEEPA tariffs are pending in federal court' (no ruling); 'Section 232 of the Trade Expansion Act of 1962' (a law's year); 'the 2.5% most-favored-nation (MFN) duty that was the whole charge before' and Table 1's 'MFN only | 2.5% | Before April 3' (earlier rate); 'most auto parts followed on May 3' and Table 1's parts row (parts, not vehicles); 'Japanese steel and aluminum, subject to 25% since March 12, have faced 50% since June 4' and Table 1's steel row (sectoral); 'Investigations that could lead to tariffs on semiconductors, pharmaceuticals, and lumber'; bullet 'June 16: Trump and Ishiba meet ... in Kananaskis' (no slug); 'warns that any Japanese retaliation would be added on top'; 'faces voters on July 20, when half the seats of the House of Councillors are filled' and 'must take 50 of the 125 seats at stake' (seat counts; IF11120 has no seat-share facts); 'five years earlier, only three partners had outranked it' (2019 rank, fourth: a past rank); 'Nippon Steel's $14.9 billion purchase of U.S. Steel ... closed on June 18'; 'about $1.13 trillion of Treasury securities in April'; 'the United Kingdom has recently replaced China in second place' (other countries' ranks); 'A second stage of talks ... never began'; 'Under the Biden Administration' (former president). Layout: pdftotext -layout of a two-column PDF (not kept), so the table and bullet list run beside the other column.",
}
