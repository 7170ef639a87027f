from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "AM1-IF10199-2023-03", "fresh17", "IF10199", 24
LAYOUTS = ["html", "interleaved"]
PDF_OPTS = ["lig", "hyph"]
SIDEBAR = "The Strategy Documents at a Glance"
CHART = {"unit": "¥ trillions", "ymax": 8, "ticks": [0, 2, 4, 6, 8],
         "series": ["Initial defense budget"],
         "bars": {"FY2019": (5.26,), "FY2020": (5.31,), "FY2021": (5.34,), "FY2022": (5.40,), "FY2023": (6.82,)}}

MD = """
U.S.-Japan Relations

Updated March 29, 2023

## Overview

Seventy-two years after the two countries signed their first security treaty in 1951, the U.S.-Japan alliance is being reshaped by a Japanese military buildup larger than any since the Cold War. Prime Minister Kishida Fumio set out the plan in December 2022 and briefed President Joe Biden on it at the White House on January 13. Issues before Congress include:

- how the allies will coordinate the "counterstrike" capability Japan now intends to field;
- the pace of the Marine Corps' realignment from Okinawa to Guam and elsewhere;
- economic-security cooperation, including a critical minerals agreement signed on March 28; and
- Japan's support for Ukraine, which Kishida visited on March 21.

## Defense Spending and the New Strategy

The National Security Strategy, National Defense Strategy, and Defense Buildup Program, approved by the cabinet on December 16, 2022, commit Japan to lifting combined defense and related spending to 2% of GDP by FY2027. For most of the years since 1976, when the Miki cabinet made it policy, Japan held its defense budget under a ceiling of 1% of GDP. Outlays over FY2023-FY2027 are to total ¥43 trillion, about 1.6 times the ¥27.5 trillion of the plan they replace. The FY2023 budget, which the Diet enacted on March 28, gives defense ¥6.8 trillion, some 26% more than the ¥5.4 trillion of FY2022 (Figure 1).

The most debated element is counterstrike: the ability to hit missile launch sites on enemy territory. To acquire it quickly, Tokyo intends to buy as many as 400 U.S. Tomahawk cruise missiles. The FY2023 budget's line for them, ¥211.3 billion, comes to upwards of $1.5 billion.

## The Strategy Documents at a Glance

- National Security Strategy: calls China "the greatest strategic challenge" Japan has ever faced.
- National Defense Strategy: endorses counterstrike and a permanent joint headquarters for the Self-Defense Forces.
- Defense Buildup Program: ¥43 trillion over five years, against ¥27.5 trillion for FY2019-FY2023.
- Spending target: 2% of GDP by FY2027, counting coast guard, research, and infrastructure budgets.

**Figure 1. Japan's Initial Defense Budgets, FY2019-FY2023**

Source: Japan Ministry of Defense. ¥ trillions; supplementary budgets excluded.

## The Alliance

U.S. military personnel in Japan number 54,000, give or take, more than the United States stations in any other foreign country. Their upkeep is shared under a Special Measures Agreement that the two governments unveiled in December 2021, signed on January 7, 2022, and brought into force that April. It provides ¥1.055 trillion over FY2022-FY2026. Japan's payments thus average ¥211 billion a year, a little under $1.6 billion at current exchange rates. At their January 11 "two-plus-two" meeting, the allies agreed to convert the 12th Marine Regiment on Okinawa into a Marine Littoral Regiment by 2025.

## Okinawa

Okinawa Prefecture carries a load out of proportion to its size:

- Territory: a sliver of Japan's land area, under 1%.
- Bases: around 70% of the acreage set aside for U.S. forces' exclusive use, up from about 59% at the 1972 reversion to Japanese rule, as bases on the main islands closed faster.
- Personnel: more than half of all U.S. military personnel in Japan.
- Marines: about 9,000 are to leave under the 2012 realignment plan, roughly 4,000 of them for Guam.

Camp Blaz, the Marine Corps' new base on Guam, was activated on January 26, but the first Marines from Okinawa are not expected there before late 2024. Governor Tamaki Denny, reelected in September 2022, opposes the replacement facility for Futenma that is being built at Henoko.

## Politics

Kishida's Liberal Democratic Party (LDP) governs in coalition with Komeito. The partners won 293 of the Lower House's 465 seats, a little less than two-thirds, in the general election of October 31, 2021. In the House of Councillors, they entered the July 10, 2022, election holding 57% of the seats and came out of it with about 59%. On July 8, 2022, two days before that vote, former Prime Minister Abe Shinzo was shot and killed while campaigning in Nara.

Cabinet approval, which sank into the 20s in late 2022 amid revelations about LDP lawmakers' ties to the Unification Church, has climbed back above 40% in several March polls. The calendar gives Kishida room: the lower chamber's four-year term does not run out until October 2025, and half of the upper chamber is next elected in July of that year, so no national vote is required before 2025. His term as LDP president ends in September 2024.

## Trade and the Economy

Counting goods and services together, Japan was the fourth-largest U.S. trading partner in 2022. Current figures, with earlier ones beside them:

- U.S. exports to Japan: $120.1 billion in 2022 (2021: $112.2 billion); Japan was fifth among U.S. export markets.
- U.S. imports from Japan: $180.3 billion (2021: $167.8 billion); fifth among sources of U.S. imports.
- Real GDP growth: 1.0% in 2022, after 2.1% in 2021 and a 4.3% contraction in 2020.
- Yen: about ¥133 per dollar in late March, recovered from the 32-year low of nearly ¥152 that it touched in October 2022.

Japan has topped the list of foreign direct investors in the United States every year since 2019. It also leads all foreign holders of U.S. Treasury securities, with $1.10 trillion in January 2023 against China's $859 billion. To cushion households against energy prices, the Diet on December 2, 2022, passed a second FY2022 supplementary budget of ¥28.9 trillion, $210 billion or so; the first, in May 2022, had been ¥2.7 trillion. Tokyo's climate pledge remains a 46% cut in greenhouse gas emissions from FY2013 levels by FY2030.

## Regional Diplomacy

The leaders of the Quad (Australia, India, Japan, and the United States), who first convened by video in March 2021, have met on four occasions, most recently in Tokyo in May 2022; Sydney is to host the next meeting in May. The Indo-Pacific Economic Framework (IPEF) was launched in Tokyo in May 2022 by Japan, the United States, and a dozen other countries; Fiji's accession later that month brought the membership to 14. South Korean President Yoon Suk Yeol's March 16-17 visit to Tokyo, the first such trip in 12 years, followed Seoul's March 6 plan to compensate wartime forced laborers. Japan's assistance to Ukraine totals some $7.6 billion, most of it the $5.5 billion in financial support announced on February 20; humanitarian aid approaches $1.1 billion.

**Mark E. Manyin**, Coordinator, Specialist in Asian Affairs

**Caitlin Campbell**, Analyst in Asian Affairs

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Kishida", "Fumio", "Prime Minister Kishida Fumio"),
        "leaders.us_president": P("Biden", "Joe", "President Joe Biden"),
        "alliance.treaty_ally_since": F(1951, as_written="Seventy-two years after the two countries signed their first security treaty in 1951, the U.S.-Japan alliance"),
        "alliance.us_troops_in_japan": F(54000, "about", as_written="U.S. military personnel in Japan number 54,000, give or take", note="'give or take' is a hedge: about"),
        "alliance.host_nation_support_per_year": F(1600000000, "under", per="year", as_written="Japan's payments thus average ¥211 billion a year, a little under $1.6 billion at current exchange rates", note="the dollar figure with its own hedge; the yen average and ¥1.055 trillion total are not the fact"),
        "alliance.host_nation_support_agreement": D("2021-12", as_written="a Special Measures Agreement that the two governments unveiled in December 2021, signed on January 7, 2022, and brought into force that April", note="dated by its announcement, as the record"),
        "alliance.okinawa_share_of_land_area": F(1, "under", as_written="Territory: a sliver of Japan's land area, under 1%."),
        "alliance.okinawa_share_of_usfj_facilities": F(70, "about", as_written="Bases: around 70% of the acreage set aside for U.S. forces' exclusive use", note="exclusive-use basis; 'about 59% at the 1972 reversion' is a past share"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="Personnel: more than half of all U.S. military personnel in Japan."),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="about 9,000 are to leave under the 2012 realignment plan, roughly 4,000 of them for Guam"),
        "defense.spending_goal_pct_gdp": F(2, by="FY2027", as_written="commit Japan to lifting combined defense and related spending to 2% of GDP by FY2027"),
        "defense.traditional_limit_pct_gdp": F(1, as_written="Japan held its defense budget under a ceiling of 1% of GDP", note="the ceiling itself, exact 1"),
        "defense.tomahawk_purchase": F(1500000000, "over", as_written="The FY2023 budget's line for them, ¥211.3 billion, comes to upwards of $1.5 billion.", note="the FY2023 budget line's dollar equivalent (as T4/KK1); 'upwards of' is over"),
        "politics.ruling_coalition": F(["LDP", "Komeito"]),
        "politics.lower_house_coalition_share": F(67, "under", as_written="The partners won 293 of the Lower House's 465 seats, a little less than two-thirds", note="a fraction in words is its rounded whole percent; 293 and 465 are traps"),
        "politics.upper_house_coalition_share": F(59, "about", previous=57, as_written="they entered the July 10, 2022, election holding 57% of the seats and came out of it with about 59%"),
        "politics.next_diet_election_due": F(2025, as_written="so no national vote is required before 2025"),
        "politics.lower_house_election_due": D("2025-10", as_written="the lower chamber's four-year term does not run out until October 2025"),
        "trade.overall_partner_rank": F(4, period="2022", as_written="Counting goods and services together, Japan was the fourth-largest U.S. trading partner in 2022."),
        "trade.export_partner_rank": F(5, period="2022", as_written="Japan was fifth among U.S. export markets"),
        "trade.import_partner_rank": F(5, period="2022", as_written="fifth among sources of U.S. imports", note="bullet list; year from the bullet above"),
        "trade.us_exports_to_japan": F(120100000000, period="2022", as_written="U.S. exports to Japan: $120.1 billion in 2022 (2021: $112.2 billion)"),
        "trade.us_imports_from_japan": F(180300000000, period="2022", as_written="U.S. imports from Japan: $180.3 billion (2021: $167.8 billion)", note="year carried from the bullet above"),
        "trade.fdi_source_rank": F(1, as_written="Japan has topped the list of foreign direct investors in the United States every year since 2019."),
        "trade.treasury_holder_rank": F(1, period="2023-01", as_written="It also leads all foreign holders of U.S. Treasury securities, with $1.10 trillion in January 2023 against China's $859 billion.", note="subject carried by 'It'"),
        "economy.gdp_growth": GDP(y2022=1.0, y2021=2.1, y2020=-4.3),
        "economy.supplementary_budget": F(210000000000, "about", period="2022-12", as_written="passed a second FY2022 supplementary budget of ¥28.9 trillion, $210 billion or so", note="'or so' is a hedge: about; the May 2022 ¥2.7 trillion one is a past budget"),
        "economy.yen": F("32-year low against the dollar", period="2022-10", as_written="recovered from the 32-year low of nearly ¥152 that it touched in October 2022"),
        "economy.emissions_cut_target": F(46, by="2030", baseline="2013", as_written="a 46% cut in greenhouse gas emissions from FY2013 levels by FY2030"),
        "diplomacy.quad_leader_meetings": F(4, as_written="have met on four occasions, most recently in Tokyo in May 2022"),
        "diplomacy.ipef_other_partners": F(13, period="2022-05", as_written="launched in Tokyo in May 2022 by Japan, the United States, and a dozen other countries", note="the United States plus a dozen others; Fiji's accession (14) is a trap"),
        "diplomacy.ukraine_financial_support": F(5500000000, as_written="the $5.5 billion in financial support announced on February 20"),
        "diplomacy.ukraine_humanitarian_aid": F(1100000000, "nearly", as_written="humanitarian aid approaches $1.1 billion", note="'approaches' read as nearly"),
    },
    "elections": {
        "lower_house_2021": E("Lower House", "2021-10-31", "held", result="coalition 293 of 465 seats, a little less than two-thirds"),
        "upper_house_2022": E("Upper House", "2022-07-10", "held", result="coalition share from 57% to about 59%"),
        "okinawa_governor_2022": E("Okinawa governor", "2022-09", "held", result="Tamaki Denny reelected"),
        "upper_house_2025": E("Upper House", "2025-07", "upcoming", note="'half of the upper chamber is next elected in July of that year' (year carried from 'October 2025')"),
    },
    "events": {
        "abe_assassination": EV("Former Prime Minister Abe Shinzo shot and killed while campaigning in Nara", "2022-07-08"),
    },
    "notes": "Traps: 'Seventy-two years after' (not a year); 'briefed President Joe Biden on it at the White House on January 13'; 'a critical minerals agreement signed on March 28' and 'which Kishida visited on March 21'; 'approved by the cabinet on December 16, 2022'; 'since 1976, when the Miki cabinet made it policy' (the year of the 1% ceiling, not a value); 'Outlays over FY2023-FY2027 are to total ¥43 trillion, about 1.6 times the ¥27.5 trillion'; 'gives defense ¥6.8 trillion, some 26% more than the ¥5.4 trillion of FY2022'; 'as many as 400 U.S. Tomahawk cruise missiles' and '¥211.3 billion' (the yen line); sidebar 'The Strategy Documents at a Glance' (HTML aside holding Figure 1; in the PDF an ordinary section): 'the greatest strategic challenge', '¥43 trillion over five years, against ¥27.5 trillion for FY2019-FY2023', 'Spending target: 2% of GDP by FY2027' (same goal restated); Figure 1 (initial defense budgets FY2019-FY2023, ¥ trillions; axis ticks 0-8, no value labels); 'more than the United States stations in any other foreign country' (not a rank fact); 'signed on January 7, 2022, and brought into force that April' (not the announcement); 'It provides ¥1.055 trillion over FY2022-FY2026' and 'average ¥211 billion a year' (yen); 'the 12th Marine Regiment ... by 2025'; 'up from about 59% at the 1972 reversion' (past Okinawa share); 'about 9,000 are to leave' (total, not Guam) and 'the 2012 realignment plan'; 'Camp Blaz ... was activated on January 26, but the first Marines from Okinawa are not expected there before late 2024' (no Marines in Guam); 'Governor Tamaki Denny, reelected in September 2022'; '293 of the Lower House's 465 seats' (counts); 'holding 57% of the seats' (previous Upper House share); 'Cabinet approval, which sank into the 20s ... above 40%'; 'His term as LDP president ends in September 2024' (a term end, not an election); '(2021: $112.2 billion)' and '(2021: $167.8 billion)' (past year); 'about ¥133 per dollar in late March' and 'nearly ¥152' (levels); 'every year since 2019' (not a rank); 'against China's $859 billion'; 'the first, in May 2022, had been ¥2.7 trillion' (earlier budget); 'who first convened by video in March 2021' and 'Sydney is to host the next meeting in May' (planned); 'Fiji's accession later that month brought the membership to 14'; 'the first such trip in 12 years' and 'March 6 plan'; 'Japan's assistance to Ukraine totals some $7.6 billion' (total); bullet lists in the overview, Okinawa and trade sections; PDF ligatures and hyphenated line ends (interleaved)",
}
