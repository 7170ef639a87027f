from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "LC2-IF11120-2025-06", "fresh31", "IF11120", 21
TITLE = "U.S.-Japan Trade Agreements and Tariff Negotiations"
LAYOUTS = ["md", "layout"]
PDF_OPTS = ["quotes", "nbsp"]
CHART = {"unit": "$ billions", "ymax": 60, "ticks": [0, 15, 30, 45, 60],
         "series": ["Passenger vehicles", "Parts"],
         "bars": {"2020": (37.9, 13.2), "2021": (38.5, 14.1), "2022": (42.3, 15.0), "2023": (50.1, 15.8), "2024": (55.4, 16.1)}}

MD = """
U.S.-Japan Trade Agreements and Tariff Negotiations

Updated June 24, 2025

## Overview

For five years, trade between the United States and Japan, its closest ally in Asia, rested on two limited agreements reached in 2019. That arrangement has been overtaken by tariffs. Since early April, nearly all goods from Japan have been charged an additional duty of 10%, and Japanese passenger vehicles, the largest item Japan sells to the United States, are subject to a 25% tariff. Relief from both is being sought by Tokyo in talks that President Donald Trump and Prime Minister Ishiba Shigeru agreed to hold. When the two leaders met at the G7 summit in Kananaskis, Canada, on June 16, no deal was announced. A 90-day pause on higher country-specific rates is due to end on July 9.

## The "Reciprocal" Tariffs

Most of the new duties rest on the International Emergency Economic Powers Act (IEEPA). On April 2, the President declared a national emergency over persistent U.S. trade deficits and announced a universal baseline tariff of 10%, to be joined a week later by higher rates for some 57 partners; Japan's was set at 24%. The baseline took effect three days after the announcement. The country-specific rates, in force for only a few hours on April 9, were then suspended for 90 days for every partner except China. The IEEPA duty that Japanese goods actually pay is thus the baseline rate, 10%; if the pause lapses, it would rise to 24%, and the President has said he may instead notify partners of new rates by letter.

The legal footing of these tariffs is uncertain. On May 28, the U.S. Court of International Trade held that IEEPA does not authorize them. A day later an appeals court stayed that decision, and the duties continue to be collected while the case proceeds; it may reach the Supreme Court.

## Autos, Steel, and Other Sectors

Under Section 232 of the Trade Expansion Act of 1962, the Administration imposed a tariff of one-quarter of the value of imported passenger vehicles and light trucks from April 3, extended to many auto parts on May 3. Because that duty is added to the 2.5% most-favored-nation (MFN) rate, Japanese cars now face 27.5% in total; goods covered by Section 232 are exempt from the reciprocal tariffs. Vehicles and parts made up roughly a third of U.S. goods imports from Japan in 2024 (Figure 1). Tariffs on steel and aluminum, imposed at 25% in March, were doubled to 50% on June 4. Section 232 investigations of semiconductors, pharmaceuticals, trucks, and other products could lead to further duties.

Table 1. Principal U.S. Tariff Actions Affecting Japan, 2025

| Products (authority) | Rate | Status |
| --- | --- | --- |
| Most goods (IEEPA) | 10% | Since Apr. 5 |
| Japan rate (IEEPA) | 24% | Paused |
| Autos (Sec. 232) | 25% | Since Apr. 3 |
| Auto parts (Sec. 232) | 25% | Since May 3 |
| Steel, aluminum (232) | 50% | Since June 4 |

Source: CRS, from executive orders and presidential proclamations.

**Figure 1. U.S. Imports of Motor Vehicles and Parts from Japan, 2020-2024**

Source: CRS, with U.S. Census Bureau data (estimates by product group).

## The Negotiations

On April 7, after a telephone call with Ishiba, President Trump announced that Japan would send a team to Washington to negotiate. Tokyo's chief negotiator, Economic Revitalization Minister Akazawa Ryosei, was received by the President himself at the opening round, on April 16, and had made six trips to Washington by late June. His counterparts are Treasury Secretary Scott Bessent, Commerce Secretary Howard Lutnick, and U.S. Trade Representative Jamieson Greer. According to press reports:

- Japan has sought the removal of all the new tariffs, and of the auto tariff above all; Ishiba has said that Japan "will not sacrifice" its auto industry for an early deal.
- The U.S. side has pressed for greater access for U.S. rice, autos, and other farm products and has raised the exchange rate.
- Japan has offered purchases of U.S. energy and agricultural goods, possible participation in an Alaska liquefied natural gas project, and cooperation in shipbuilding.

In February, at their first summit, Ishiba said Japan aimed to raise its investment in the United States to $1 trillion. On June 18, Nippon Steel completed its $14.1 billion purchase of U.S. Steel, under an agreement giving the U.S. government a "golden share" and committing some $11 billion of new investment by 2028.

## Trade and Investment Ties

Japan was the sixth-largest U.S. trading partner in 2024. That year U.S. exports to the country came to $129.1 billion ($79.7 billion of goods and $49.4 billion of services, respectively), while imports from it totaled $192.4 billion. Services accounted for $42.8 billion of the latter and goods for the remaining $149.6 billion. The resulting goods deficit, $69.9 billion, was the seventh-largest the United States recorded with any partner, far smaller than those with China ($295.4 billion) and Mexico ($171.8 billion).

Japanese companies had $783.3 billion invested directly in the United States at the end of 2023, more than those of any other country, and account for close to a million U.S. jobs. The U.S. position in Japan was much smaller, at about $70 billion that year. With $1.13 trillion of U.S. Treasury securities in April, Japan is still the biggest foreign holder; the United Kingdom moved past China into second place in March.

## Earlier Agreements

Two agreements negotiated with the Abe government during the first Trump Administration remain in force: the U.S.-Japan Trade Agreement (USJTA), a limited deal on tariffs for some farm and industrial goods, and the U.S.-Japan Digital Trade Agreement. Formal talks began in April 2019. On May 17 of that year, the President proclaimed that auto imports threatened to impair U.S. national security, though he imposed no tariff at the time. The leaders announced on September 25 that the deals had been finalized; both were signed on October 7, 2019, and took effect on the first day of 2020. Among other changes, the USJTA is lowering Japan's 38.5% tariff on U.S. beef in stages, to 9% by FY2033. The "stage two" talks it envisaged never began. A third, narrower pact, the U.S.-Japan Critical Minerals Agreement, was signed on March 28, 2023, allowing minerals processed in Japan to count toward the $7,500 U.S. tax credit for electric vehicles.

## Politics in Tokyo

Ishiba, who won the LDP leadership last September, heads a minority government. His Liberal Democratic Party (LDP) and its partner Komeito lost their majority in the House of Representatives in the election of October 27, 2024, and depend on opposition votes to pass legislation. An Upper House election, in which half of that chamber's seats are to be contested, is set for July 20. Many observers expect Tokyo to avoid major concessions before the vote.

## Issues for Congress

- Whether to limit the use of IEEPA for tariffs; bills introduced this year would require congressional approval of such duties.
- How the tariffs affect Japanese investment in U.S. manufacturing, including auto plants in a dozen states.
- Whether a deal with Japan should be submitted to Congress, as the 2019 agreements were not.

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Kyla H. Kitamura**, Analyst in Asian Affairs
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Trump", "Donald", "President Donald Trump"),
        "leaders.japan_prime_minister": P("Ishiba", "Shigeru", "Prime Minister Ishiba Shigeru", note="family name first"),
        "tariffs.us_tariff_most_imports": F(10, period="2025-04-05", as_written="Since early April, nearly all goods from Japan have been charged an additional duty of 10%", note="also Table 1's 'Most goods (IEEPA)' row, 'Since Apr. 5', and 'The baseline took effect three days after the announcement' (April 2 + 3)"),
        "tariffs.ieepa_rate": F(10, period="2025-04-05", as_written="The IEEPA duty that Japanese goods actually pay is thus the baseline rate, 10%", note="the IEEPA rate now charged on Japan; the 24% country rate is suspended (judgement call)"),
        "tariffs.section232_autos": F(25, period="2025-04-03", as_written="the Administration imposed a tariff of one-quarter of the value of imported passenger vehicles and light trucks from April 3", note="fraction in words; also 'are subject to a 25% tariff' and Table 1's autos row"),
        "trade.overall_partner_rank": F(6, period="2024", as_written="Japan was the sixth-largest U.S. trading partner in 2024"),
        "trade.us_exports_to_japan": F(129100000000, period="2024", as_written="That year U.S. exports to the country came to $129.1 billion"),
        "trade.us_goods_exports_to_japan": F(79700000000, period="2024", as_written="($79.7 billion of goods and $49.4 billion of services, respectively)"),
        "trade.us_services_exports_to_japan": F(49400000000, period="2024", as_written="($79.7 billion of goods and $49.4 billion of services, respectively)"),
        "trade.us_imports_from_japan": F(192400000000, period="2024", as_written="while imports from it totaled $192.4 billion"),
        "trade.us_services_imports_from_japan": F(42800000000, period="2024", as_written="Services accounted for $42.8 billion of the latter", note="'the latter' = imports, from the sentence before"),
        "trade.us_goods_imports_from_japan": F(149600000000, period="2024", as_written="and goods for the remaining $149.6 billion"),
        "trade.goods_deficit": F(69900000000, period="2024", as_written="The resulting goods deficit, $69.9 billion"),
        "trade.goods_deficit_rank": F(7, period="2024", as_written="was the seventh-largest the United States recorded with any partner"),
        "trade.japan_fdi_stock_in_us": F(783300000000, period="2023", as_written="Japanese companies had $783.3 billion invested directly in the United States at the end of 2023"),
        "trade.fdi_source_rank": F(1, period="2023", as_written="more than those of any other country", note="rank in the same sentence as the end-2023 stock"),
        "trade.us_fdi_stock_in_japan": F(70000000000, "about", period="2023", as_written="The U.S. position in Japan was much smaller, at about $70 billion that year"),
        "trade.treasury_holder_rank": F(1, period="2025-04", as_written="With $1.13 trillion of U.S. Treasury securities in April, Japan is still the biggest foreign holder"),
        "agreements.usjta_signed": D("2019-10-07", as_written="both were signed on October 7, 2019"),
        "agreements.usjta_in_force": D("2020-01-01", as_written="and took effect on the first day of 2020"),
        "agreements.digital_trade_in_force": D("2020-01-01", as_written="and took effect on the first day of 2020", note="'both' = USJTA and the Digital Trade Agreement"),
        "agreements.critical_minerals_signed": D("2023-03-28", as_written="the U.S.-Japan Critical Minerals Agreement, was signed on March 28, 2023"),
    },
    "elections": {
        "ldp_president_2024": E("LDP president", "2024-09", "held", result="Ishiba won", note="'won the LDP leadership last September'"),
        "lower_house_2024": E("Lower House", "2024-10-27", "held", result="LDP and Komeito lost their majority"),
        "upper_house_2025": E("Upper House", "2025-07-20", "upcoming", note="'is set for July 20', year from the cover"),
    },
    "events": {
        "tariff_talks_announced": EV("President Trump announces, after a call with Ishiba, that Japan will send a negotiating team", "2025-04-07", "held"),
        "first_negotiating_round": EV("Formal U.S.-Japan talks begin", "2019-04", "held"),
        "section232_autos_proclamation": EV("President proclaims that auto imports threaten to impair U.S. national security; no tariff imposed", "2019-05-17", "held"),
        "stage_one_deal_finalized": EV("Leaders announce the 2019 deals finalized", "2019-09-25", "held"),
    },
    "notes": "Traps: 'two limited agreements reached in 2019' (not a signing date); 'are subject to a 25% tariff' (autos, not most imports); 'on June 16, no deal was announced'; 'A 90-day pause on higher country-specific rates is due to end on July 9'; 'declared a national emergency' / 'announced a universal baseline tariff of 10%' on April 2 (announcement date, not the effective date); 'higher rates for some 57 partners'; 'Japan's was set at 24%' (announced, suspended: neither the tariff on most imports nor the IEEPA rate); 'in force for only a few hours on April 9'; 'for every partner except China'; 'if the pause lapses, it would rise to 24%' (conditional) and 'notify partners of new rates by letter'; 'On May 28, the U.S. Court of International Trade held that IEEPA does not authorize them' and 'A day later an appeals court stayed that decision' (lower-court rulings, not the Supreme Court's: no tariffs.ieepa_ruling) and 'it may reach the Supreme Court'; 'Section 232 of the Trade Expansion Act of 1962' (year of a law); 'extended to many auto parts on May 3'; 'the 2.5% most-favored-nation (MFN) rate' and 'Japanese cars now face 27.5% in total' (MFN and stacked rates, not the Section 232 rate); 'roughly a third of U.S. goods imports from Japan'; 'imposed at 25% in March, were doubled to 50% on June 4' (steel and aluminum, not autos); Table 1 (the 'Japan rate (IEEPA)' row's 24% is 'Paused'; the steel row's 50%; the auto parts row); Figure 1 (motor vehicles and parts, 2020-2024, ticks 0-60, two-series legend, no value labels); 'On April 7 ... Japan would send a team' (the event, no fact); 'at the opening round, on April 16' (the 2025 talks' opening, not the tracked 2019 first round); 'had made six trips to Washington by late June'; bullets 'will not sacrifice', rice, Alaska LNG, shipbuilding (no facts); 'Ishiba said Japan aimed to raise its investment in the United States to $1 trillion' (an aspiration for the FDI stock, not a framework pledge); 'Nippon Steel completed its $14.1 billion purchase of U.S. Steel' and 'some $11 billion of new investment by 2028' (one company's deal); 'far smaller than those with China ($295.4 billion) and Mexico ($171.8 billion)' (other partners' deficits); 'close to a million U.S. jobs'; 'With $1.13 trillion of U.S. Treasury securities' (holdings, not FDI); 'the United Kingdom moved past China into second place in March' (other holders' ranks); 'Japan's 38.5% tariff on U.S. beef ... to 9% by FY2033' (Japan's tariff); 'The \"stage two\" talks it envisaged never began' (planned); 'the $7,500 U.S. tax credit'; 'won the LDP leadership last September' (an LDP election); 'half of that chamber's seats are to be contested'; bullet 'auto plants in a dozen states'. Layout: curly quotes and NBSP between numbers and 'billion'; pdftotext -layout sets the two columns side by side, with Table 1, the boxed Figure 1 and the bullet lists among them.",
}
