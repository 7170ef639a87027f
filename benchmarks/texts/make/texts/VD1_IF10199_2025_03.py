from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "VD1-IF10199-2025-03", "fresh42", "IF10199", 45
LAYOUTS = ["interleaved", "layout"]
PDF_OPTS = ["quotes", "hyph", "lig"]
SIDEBAR = "Okinawa and Guam"
CHART = {"unit": "¥ trillions", "ymax": 10, "ticks": [0, 2, 4, 6, 8, 10],
         "series": ["Initial defense budget"],
         "bars": {"FY2021": (5.34,), "FY2022": (5.40,), "FY2023": (6.82,), "FY2024": (7.95,), "FY2025": (8.70,)}}

MD = """
U.S.-Japan Relations

Updated March 31, 2025

## Overview

Two months into his second term, Donald Trump has signaled that longtime allies will not be spared his trade measures. Japan, whose leaders spent years cultivating him during his first term, is testing whether that history still counts. Prime Minister Ishiba Shigeru, who won the Liberal Democratic Party (LDP) presidency on September 27 last year and took office days later, met the President at the White House on February 7. The two men issued a joint statement reaffirming the alliance; Ishiba left without an exemption from the tariffs that followed. Congress may examine the effects of those tariffs on Japanese investment in U.S. manufacturing, the pace of Japan's defense buildup, and the stability of a government that lacks a majority in the more powerful chamber of the Diet.

## Tariffs and Investment

On March 12, 25% tariffs on steel and aluminum took effect for all trading partners, Japan included. A second, larger blow came on March 26, when the President proclaimed a 25% tariff under Section 232 on imported passenger vehicles and light trucks, effective April 3, with auto parts to be covered by May 3. Autos and parts account for roughly a third of Japan's shipments to the United States. Further "reciprocal" tariffs, possibly on all imports, are expected to be announced on April 2; no broad tariff on Japanese goods beyond the ordinary MFN duties was in effect as this report went to press. Tokyo has asked to be exempted from each measure.

Ishiba has pointed Washington to Japan's role as an investor. At the February summit he said Japan would aim to lift its investment in the United States to $1 trillion, a target for the stock of Japanese FDI rather than a new commitment of funds. In January, then-President Biden blocked Nippon Steel's proposed $14.9 billion purchase of U.S. Steel; the companies have sued, and President Trump has said a minority investment might be acceptable.

## The Economic Relationship

Counting goods and services, Japan ranked as the United States' sixth-largest trading partner in 2024. It was also the fifth-largest supplier of the goods Americans imported that year.

Table 1. U.S. Goods Trade with Japan, 2023-2024 ($ billions)

| Flow | 2023 | 2024 |
| --- | --- | --- |
| U.S. exports to Japan | 75.7 | 79.7 |
| U.S. imports from Japan | 147.2 | 148.2 |
| U.S. deficit | 71.5 | 68.5 |

Source: U.S. Census Bureau.

Japanese firms, for their part, have been the biggest foreign investors in the United States for five years running, ahead of Canada's and Germany's. Japan is also the top foreign owner of U.S. Treasury securities, with about $1.06 trillion at the end of 2024; China, once the leader, ranks second.

## Japan's Economy

Output barely moved last year. Real GDP rose just 0.1% in 2024, after a 1.5% gain in 2023, as higher prices held back household spending. To cushion consumers, the Diet in December enacted a ¥13.9 trillion (roughly $89 billion) supplementary budget, part of a larger stimulus package worth about ¥39 trillion. The Bank of Japan raised its policy rate to 0.5% in January, its highest in 17 years. The yen, which last July sank past ¥161 per dollar to its weakest point in 38 years, has since recovered part of that ground. In February, Japan submitted a new climate pledge under the Paris Agreement: a 60% reduction in greenhouse gas emissions from FY2013 levels by FY2035, and 73% by FY2040.

## The Alliance

The alliance rests on a security treaty that entered into force in 1952, the year the Occupation ended; Japan has been a U.S. treaty ally since then, and the treaty was revised in 1960. Some 55,000 U.S. military personnel are based in Japan, about twice the number in South Korea. Tokyo covers roughly $2 billion a year of the cost of hosting them. That share is set by a five-year Special Measures Agreement signed in January 2022 and in force from that April; talks on its successor are to begin next year.

Japan's December 2022 strategy documents set a goal of raising defense and related spending to 2% of GDP in FY2027. Until then, spending had been held near 1% of GDP for decades. The FY2025 budget, which the Diet passed in March, provides a record ¥8.7 trillion for defense (Figure 1). Among its larger purchases, Japan is buying up to 400 Tomahawk cruise missiles, a sale valued at roughly $2.35 billion; delivery began this year. Elbridge Colby, the nominee for a senior Pentagon post, told senators in March that Japan should spend 3% of GDP on defense.

**Figure 1. Japan's Initial Defense Budgets, FY2021-FY2025**

Source: Japan Ministry of Defense.

## Okinawa and Guam

Okinawa Prefecture makes up 0.6% of Japan's land area. Even so, it hosts about 70% of the land set aside for the exclusive use of U.S. forces, and well over half of the U.S. personnel in Japan are stationed there. Under a 2012 bilateral plan, about 4,000 Marines are to move from Okinawa to Guam. The first of them, roughly 100 logistics Marines, arrived on the island in December 2024. Some 9,000 Marines in all are to leave Okinawa, with others going to Hawaii and elsewhere.

## Politics

Ishiba's coalition with Komeito, its partner for a quarter century, has governed since 2012. In the snap Lower House election Ishiba called for October 27, 2024, the two parties won 215 seats, down from 288, well under half of the chamber's 465. They now pass budgets and bills only with help from opposition parties, chiefly the Democratic Party for the People and Nippon Ishin. In the Upper House, the coalition holds about 57% of the seats, a majority that half the chamber's members will defend this July, when the next national election is scheduled. Barring another dissolution, the Lower House does not face voters again until October 2028. The assassination of former Prime Minister Abe Shinzo in July 2022 left the party's largest faction without a leader; a funding scandal later broke that faction apart.

Table 2. Lower House Seats After the October 2024 Election

| Party | Seats |
| --- | --- |
| LDP | 191 |
| Komeito | 24 |
| Constitutional Democratic Party | 148 |
| Nippon Ishin | 38 |
| Democratic Party for the People | 28 |
| Others | 36 |

Source: Japan Ministry of Internal Affairs and Communications.

## Regional Diplomacy

Ishiba has kept his predecessor Kishida Fumio's approach of working with the Quad (Australia, India, Japan, and the United States) and with South Korea. The Quad's leaders have met six times, most recently last September in Wilmington, Delaware; India is to host the next leaders' meeting. Foreign ministers from the four countries met in Washington on January 21, the day after the inauguration.

**Mark E. Manyin**, Coordinator, Specialist in Asian Affairs

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Ishiba", "Shigeru", "Prime Minister Ishiba Shigeru", note="family name first"),
        "leaders.us_president": P("Trump", "Donald", "Donald Trump", note="also 'the President', 'President Trump'; Biden is 'then-President'"),
        "alliance.treaty_ally_since": F(1952, as_written="The alliance rests on a security treaty that entered into force in 1952, the year the Occupation ended; Japan has been a U.S. treaty ally since then", note="1960 revision a trap"),
        "alliance.us_troops_in_japan": F(55000, "about", as_written="Some 55,000 U.S. military personnel are based in Japan"),
        "alliance.host_nation_support_per_year": F(2000000000, "about", per="year", as_written="Tokyo covers roughly $2 billion a year of the cost of hosting them"),
        "alliance.host_nation_support_agreement": D("2022-01", as_written="a five-year Special Measures Agreement signed in January 2022", note="signed; in force from April 2022 (a trap)"),
        "alliance.okinawa_share_of_land_area": F(0.6, as_written="Okinawa Prefecture makes up 0.6% of Japan's land area", note="sidebar"),
        "alliance.okinawa_share_of_usfj_facilities": F(70, "about", as_written="it hosts about 70% of the land set aside for the exclusive use of U.S. forces", note="sidebar; exclusive-use basis; subject 'it' carried"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="well over half of the U.S. personnel in Japan are stationed there", note="sidebar"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="about 4,000 Marines are to move from Okinawa to Guam", note="sidebar; the 9,000 leaving Okinawa a trap"),
        "alliance.marines_in_guam": F(100, "about", period="2024-12", as_written="The first of them, roughly 100 logistics Marines, arrived on the island in December 2024", note="sidebar"),
        "defense.spending_goal_pct_gdp": F(2, by="FY2027", as_written="a goal of raising defense and related spending to 2% of GDP in FY2027"),
        "defense.traditional_limit_pct_gdp": F(1, "about", as_written="spending had been held near 1% of GDP for decades"),
        "defense.tomahawk_purchase": F(2350000000, "about", as_written="a sale valued at roughly $2.35 billion"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="Ishiba's coalition with Komeito"),
        "politics.lower_house_coalition_share": F(50, "under", as_written="the two parties won 215 seats, down from 288, well under half of the chamber's 465"),
        "politics.upper_house_coalition_share": F(57, "about", as_written="In the Upper House, the coalition holds about 57% of the seats"),
        "politics.next_diet_election_due": F(2025, as_written="half the chamber's members will defend this July, when the next national election is scheduled", note="year from the cover"),
        "politics.lower_house_election_due": D("2028-10", as_written="the Lower House does not face voters again until October 2028"),
        "trade.overall_partner_rank": F(6, period="2024", as_written="Japan ranked as the United States' sixth-largest trading partner in 2024"),
        "trade.import_partner_rank": F(5, period="2024", as_written="It was also the fifth-largest supplier of the goods Americans imported that year", note="subject and year carried"),
        "trade.us_exports_to_japan": F(79700000000, period="2024", as_written="U.S. exports to Japan | 75.7 | 79.7", note="Table 1, 2024 column, $ billions; 2023's 75.7 a trap"),
        "trade.us_imports_from_japan": F(148200000000, period="2024", as_written="U.S. imports from Japan | 147.2 | 148.2", note="Table 1, 2024 column"),
        "trade.fdi_source_rank": F(1, as_written="Japanese firms, for their part, have been the biggest foreign investors in the United States for five years running"),
        "trade.treasury_holder_rank": F(1, period="2024-12", as_written="Japan is also the top foreign owner of U.S. Treasury securities, with about $1.06 trillion at the end of 2024"),
        "economy.gdp_growth": GDP(y2024=0.1, y2023=1.5),
        "economy.supplementary_budget": F(89000000000, "about", period="2024-12", as_written="the Diet in December enacted a ¥13.9 trillion (roughly $89 billion) supplementary budget", note="'in December' = December 2024 (relative to the cover)"),
        "economy.yen": F("38-year low against the dollar", period="2024-07", as_written="The yen, which last July sank past ¥161 per dollar to its weakest point in 38 years"),
        "economy.emissions_cut_target": F(60, by="FY2035", baseline="FY2013", as_written="a 60% reduction in greenhouse gas emissions from FY2013 levels by FY2035", note="the new pledge; 73% by FY2040 a trap"),
        "diplomacy.quad_leader_meetings": F(6, as_written="The Quad's leaders have met six times"),
    },
    "elections": {
        "ldp_president_2024": E("LDP president", "2024-09-27", "held", result="Ishiba won", note="'on September 27 last year'"),
        "lower_house_2024": E("Lower House", "2024-10-27", "held", result="LDP-Komeito 215 of 465 seats, down from 288"),
        "upper_house_2025": E("Upper House", "2025-07", "upcoming", note="'this July'"),
    },
    "events": {
        "section232_autos_proclamation": EV("President proclaims a 25% Section 232 tariff on imported autos", "2025-03-26", "held"),
        "abe_assassination": EV("Former Prime Minister Abe Shinzo assassinated", "2022-07", "held"),
    },
    "notes": "Traps: 'Two months into his second term' and 'during his first term'; 'met the President at the White House on February 7' (a summit, no tracked event); 'On March 12, 25% tariffs on steel and aluminum took effect for all trading partners' (product tariffs); 'proclaimed a 25% tariff under Section 232 on imported passenger vehicles' (autos, not most imports), 'effective April 3', 'by May 3'; 'roughly a third of Japan's shipments'; 'Further \"reciprocal\" tariffs, possibly on all imports, are expected to be announced on April 2' and 'no broad tariff on Japanese goods beyond the ordinary MFN duties was in effect' (no trade.us_tariff_on_most_imports_from_japan); 'lift its investment in the United States to $1 trillion, a target for the stock of Japanese FDI rather than a new commitment' (no trade.japan_investment_pledge); 'then-President Biden blocked Nippon Steel's proposed $14.9 billion purchase' (former president; a deal value); Table 1's 2023 column (75.7, 147.2) and deficit row (71.5, 68.5); 'for five years running, ahead of Canada's and Germany's' (not a rank); 'about $1.06 trillion at the end of 2024' and 'China, once the leader, ranks second'; 'a larger stimulus package worth about ¥39 trillion'; 'raised its policy rate to 0.5% in January, its highest in 17 years' (not the yen's low); '¥161 per dollar'; 'and 73% by FY2040'; 'revised in 1960'; 'about twice the number in South Korea'; 'in force from that April' and 'talks on its successor are to begin next year'; 'Japan's December 2022 strategy documents'; 'a record ¥8.7 trillion for defense' and Figure 1 (initial defense budgets FY2021-FY2025, ¥ trillions; ticks and years only); 'up to 400 Tomahawk cruise missiles' (a count); 'Japan should spend 3% of GDP on defense' (a nominee's call, not the goal); 'Under a 2012 bilateral plan'; 'Some 9,000 Marines in all are to leave Okinawa' (the total, not Guam's); 'its partner for a quarter century, has governed since 2012'; 'won 215 seats, down from 288' (counts); Table 2 (seat counts by party); 'the Lower House does not face voters again until October 2028' (deadline, not the next election); 'The assassination of former Prime Minister Abe Shinzo in July 2022' (former leader); 'his predecessor Kishida Fumio' (former prime minister); 'most recently last September in Wilmington' and 'India is to host the next leaders' meeting' (planned); 'Foreign ministers from the four countries met in Washington on January 21' (not a leaders' meeting). Layouts: interleaved and pdftotext -layout of a two-column PDF with curly quotes, ligatures and hyphenated line ends; sidebar 'Okinawa and Guam' an ordinary section there.",
}
