from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "TC1-IF10199-2025-11", "fresh40", "IF10199", 47
LAYOUTS = ["pdf", "md"]
PDF_OPTS = ["lig", "quotes", "nbsp"]
CHART = {"unit": "thousands", "ymax": 25, "ticks": [0, 5, 10, 15, 20, 25],
         "series": ["Active-duty personnel"],
         "bars": {"Army": (2.6,), "Navy": (20.1,), "Marine Corps": (18.4,), "Air Force": (13.0,)}}

MD = """
U.S.-Japan Relations

Updated November 18, 2025

## Overview

Within a single month, Japan changed its government and its leaders met the U.S. President. Takaichi Sanae, a hawkish former minister for economic security, won the presidency of the Liberal Democratic Party (LDP) on October 4 and became prime minister on October 21, the first woman to hold the office. A week later she received President Donald Trump in Tokyo (October 27-28), where the two leaders signed a framework on critical minerals and rare earths and a document on carrying out the trade deal that Trump had struck in July with her predecessor, Ishiba Shigeru. Takaichi, long a protégé of the late Abe Shinzo, heads a government without a majority in either chamber of the Diet.

## The July Trade Deal

The agreement, announced on July 22, 2025, ended four months of talks that began after the Administration named Japan among the first countries it would negotiate with. Its main elements:

- a U.S. tariff of 15% (the figure includes the most-favored-nation, or MFN, duty) on most goods from Japan, collected since August 7, in place of the 24% "reciprocal" rate announced in April and the 25% the President threatened in a July letter;
- a cut in the Section 232 tariff on Japanese cars and auto parts, from 27.5% to 15%, which took effect on September 16;
- a Japanese commitment to invest $550 billion, in projects the U.S. government selects, before January 19, 2029 (the last full day of Trump's term), with profits split evenly until Japan recoups its outlay and 90% going to the United States after that;
- pledges to buy 100 Boeing aircraft and some $8 billion a year of U.S. farm products, and to raise U.S. rice purchases by 75% within Japan's existing quota.

Japanese steel and aluminum still face the 50% Section 232 rate. The legal basis of the 15% tariff, the International Emergency Economic Powers Act (IEEPA), is under review by the Supreme Court, which heard oral argument on November 5.

## The Alliance

Japan, a U.S. treaty ally since 1952 (the security treaty was signed in San Francisco the previous year), hosts about 55,000 U.S. military personnel, more than any other country. Tokyo, for its part, pays around $2 billion per year toward the cost of stationing them. That contribution (known in Japan as "host-nation support") is fixed by a Special Measures Agreement concluded in December 2021 and covering FY2022-FY2026; negotiations on the next one are likely to begin in 2026.

**Figure 1. U.S. Active-Duty Personnel in Japan, by Service**

Source: Defense Manpower Data Center, data as of June 2025. Figures rounded.

Okinawa, a prefecture of small islands whose area is about 0.6% of Japan's, holds roughly 70% of the facilities set aside for the exclusive use of U.S. forces and about half of the personnel. Under a 2012 plan, some 9,000 Marines are to leave Okinawa; of these, approximately 4,000 are bound for Guam. So far only about 100 (a logistics unit that arrived last December) are there. Construction of a runway at Henoko, intended to replace Marine Corps Air Station Futenma, continues despite the opposition of Governor Tamaki Denny, who faces reelection next September; completion is not expected before the mid-2030s.

## Defense

Japan's December 2022 strategy documents set a target, 2% of gross domestic product (GDP) for defense and related spending by FY2027, double the approximately 1% that served for decades as an informal ceiling. In her first policy speech, on October 24, Takaichi said Japan would reach 2% in FY2025, two years early. U.S. officials have pressed allies to spend 3.5% on core defense. Among Japan's purchases are up to 400 Tomahawk cruise missiles (estimated value: $2.35 billion), the first of which the Maritime Self-Defense Force expects to deploy in FY2025. The Ministry of Defense has asked for a record ¥8.8 trillion for FY2026.

## Politics

The LDP lost its partner of 26 years when Komeito, a party backed by a lay Buddhist organization, left the coalition on October 10 over the LDP's handling of a political funding scandal. Takaichi then reached a policy accord with the Japan Innovation Party (Ishin), which now governs with the LDP but holds no cabinet posts. Arithmetic remains the new coalition's problem:

- Lower House: the LDP and Ishin together hold 231 of 465 seats, just under half and two short of a majority. The LDP-Komeito coalition had lost its majority in the October 2024 election.
- Upper House: the two parties also have fewer than half of the 248 seats, after the LDP and Komeito lost their majority in the July 20, 2025 election, which prompted Ishiba to resign.

Unless the Diet is dissolved, no national election is due before 2028: half of the Upper House is next chosen in July 2028, and the Lower House's term runs until October 2028. Takaichi's high approval ratings have fed speculation that she will call a snap election next year.

## Economic Ties

Japan was the sixth-largest U.S. trading partner in 2024, goods and services combined. U.S. exports to Japan (a market that ranked fifth for U.S. sellers) came to $129.1 billion. Imports from Japan, the sixth-largest source, totaled $192.4 billion. Cumulative Japanese direct investment in the United States, about $784 billion at the end of 2024, is the largest of any country's, as it has been each year since 2019; Nippon Steel added to it in June 2025 by completing its $14.1 billion purchase of U.S. Steel. Japan also remains the leading foreign holder of U.S. Treasury securities, with about $1.2 trillion in September 2025, ahead of the United Kingdom and China.

## Economy

Output grew 0.1% in 2024, after 1.5% in 2023, and shrank in the July-September quarter of 2025, at an annualized 1.8%. The last supplementary budget, ¥13.9 trillion (about $90 billion), was enacted in December 2024; Takaichi's cabinet is drafting a larger stimulus package, to be financed by a new one that it plans to submit to the Diet this month. Her preference for loose fiscal policy has weighed on the yen, which slid past ¥155 per dollar in mid-November, a nine-month low against the dollar. On climate, Japan's target remains a 46% cut in greenhouse gas emissions from FY2013 levels by FY2030; in February 2025 it added goals of 60% by FY2035 and 73% by FY2040.

## Regional Diplomacy

The Quad (Australia, India, Japan, and the United States) has convened at the leaders' level six times, the latest in Wilmington, Delaware, in September 2024; India was to host the next meeting this year, but no date has been set. Relations with China soured after Takaichi told the Diet on November 7 that a Chinese attack on Taiwan could constitute a "survival-threatening situation" for Japan, a legal trigger for collective self-defense. Beijing has since advised Chinese citizens not to travel to Japan.

**Mark E. Manyin**, Coordinator, Specialist in Asian Affairs

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Kyla H. Kitamura**, Analyst in Asian Affairs
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Takaichi", "Sanae", "Takaichi Sanae, a hawkish former minister for economic security, won the presidency of the Liberal Democratic Party (LDP) on October 4 and became prime minister on October 21", note="family name first; Ishiba and Abe former"),
        "leaders.us_president": P("Trump", "Donald", "President Donald Trump"),
        "trade.us_tariff_on_most_imports_from_japan": F(15, period="2025-08-07", as_written="a U.S. tariff of 15% (the figure includes the most-favored-nation, or MFN, duty) on most goods from Japan, collected since August 7", note="bullet; year from the cover"),
        "trade.japan_investment_pledge": F(550000000000, by="2029-01-19", as_written="a Japanese commitment to invest $550 billion, in projects the U.S. government selects, before January 19, 2029"),
        "alliance.treaty_ally_since": F(1952, as_written="Japan, a U.S. treaty ally since 1952 (the security treaty was signed in San Francisco the previous year)"),
        "alliance.us_troops_in_japan": F(55000, "about", as_written="hosts about 55,000 U.S. military personnel, more than any other country"),
        "alliance.host_nation_support_per_year": F(2000000000, "about", per="year", as_written="Tokyo, for its part, pays around $2 billion per year toward the cost of stationing them"),
        "alliance.host_nation_support_agreement": D("2021-12", as_written="a Special Measures Agreement concluded in December 2021 and covering FY2022-FY2026"),
        "alliance.okinawa_share_of_land_area": F(0.6, "about", as_written="Okinawa, a prefecture of small islands whose area is about 0.6% of Japan's"),
        "alliance.okinawa_share_of_usfj_facilities": F(70, "about", as_written="holds roughly 70% of the facilities set aside for the exclusive use of U.S. forces", note="exclusive-use basis"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "about", as_written="and about half of the personnel"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="of these, approximately 4,000 are bound for Guam"),
        "alliance.marines_in_guam": F(100, "about", period="2025-11", as_written="So far only about 100 (a logistics unit that arrived last December) are there", note="'there' = Guam, carried from the sentence before; as of the cover"),
        "defense.spending_goal_pct_gdp": F(2, by="FY2027", as_written="set a target, 2% of gross domestic product (GDP) for defense and related spending by FY2027", note="Takaichi's FY2025 acceleration is a trap"),
        "defense.traditional_limit_pct_gdp": F(1, "about", as_written="double the approximately 1% that served for decades as an informal ceiling"),
        "defense.tomahawk_purchase": F(2350000000, "about", as_written="up to 400 Tomahawk cruise missiles (estimated value: $2.35 billion)"),
        "politics.ruling_coalition": F(["LDP", "Ishin"], as_written="the Japan Innovation Party (Ishin), which now governs with the LDP but holds no cabinet posts", note="Komeito former partner"),
        "politics.lower_house_coalition_share": F(50, "under", as_written="the LDP and Ishin together hold 231 of 465 seats, just under half and two short of a majority", note="bullet"),
        "politics.upper_house_coalition_share": F(50, "under", as_written="the two parties also have fewer than half of the 248 seats", note="bullet"),
        "politics.next_diet_election_due": F(2028, as_written="no national election is due before 2028: half of the Upper House is next chosen in July 2028"),
        "politics.lower_house_election_due": D("2028-10", as_written="the Lower House's term runs until October 2028"),
        "trade.overall_partner_rank": F(6, period="2024", as_written="Japan was the sixth-largest U.S. trading partner in 2024, goods and services combined"),
        "trade.export_partner_rank": F(5, period="2024", as_written="U.S. exports to Japan (a market that ranked fifth for U.S. sellers)", note="year carried from the sentence before"),
        "trade.us_exports_to_japan": F(129100000000, period="2024", as_written="U.S. exports to Japan (a market that ranked fifth for U.S. sellers) came to $129.1 billion"),
        "trade.import_partner_rank": F(6, period="2024", as_written="Imports from Japan, the sixth-largest source"),
        "trade.us_imports_from_japan": F(192400000000, period="2024", as_written="Imports from Japan, the sixth-largest source, totaled $192.4 billion"),
        "trade.fdi_source_rank": F(1, as_written="Cumulative Japanese direct investment in the United States, about $784 billion at the end of 2024, is the largest of any country's, as it has been each year since 2019"),
        "trade.treasury_holder_rank": F(1, period="2025-09", as_written="Japan also remains the leading foreign holder of U.S. Treasury securities, with about $1.2 trillion in September 2025"),
        "economy.gdp_growth": GDP(y2024=0.1, y2023=1.5),
        "economy.supplementary_budget": F(90000000000, "about", period="2024-12", as_written="The last supplementary budget, ¥13.9 trillion (about $90 billion), was enacted in December 2024", note="the planned new one has no amount"),
        "economy.yen": F("nine-month low against the dollar", period="2025-11", as_written="which slid past ¥155 per dollar in mid-November, a nine-month low against the dollar"),
        "economy.emissions_cut_target": F(46, by="FY2030", baseline="FY2013", as_written="Japan's target remains a 46% cut in greenhouse gas emissions from FY2013 levels by FY2030"),
        "diplomacy.quad_leader_meetings": F(6, as_written="The Quad (Australia, India, Japan, and the United States) has convened at the leaders' level six times"),
    },
    "elections": {
        "ldp_president_2025": E("LDP president", "2025-10-04", "held", result="Takaichi Sanae won"),
        "lower_house_2024": E("Lower House", "2024-10", "held", result="LDP-Komeito coalition lost its majority"),
        "upper_house_2025": E("Upper House", "2025-07-20", "held", result="LDP and Komeito lost their majority; Ishiba resigned"),
        "upper_house_2028": E("Upper House", "2028-07", "upcoming"),
        "okinawa_governor_2026": E("Okinawa governor", "2026-09", "upcoming", note="Governor Tamaki Denny 'faces reelection next September'"),
    },
    "events": {},
    "notes": "Traps: 'on October 4' (LDP vote) and 'on October 21' (took office); 'A week later she received President Donald Trump in Tokyo (October 27-28)' and 'a framework on critical minerals and rare earths'; 'her predecessor, Ishiba Shigeru' and 'the late Abe Shinzo' (former leaders); 'ended four months of talks that began after the Administration named Japan among the first countries' (no date: tariff_talks_announced not stated); bullet 'in place of the 24% \"reciprocal\" rate announced in April and the 25% the President threatened in a July letter' (announced/threatened rates, not the tariff on most imports); bullet 'from 27.5% to 15%, which took effect on September 16' (Section 232 autos, not most imports; no section232_autos_proclamation date); bullet 'the last full day of Trump's term' and 'with profits split evenly ... and 90% going to the United States'; bullet '100 Boeing aircraft and some $8 billion a year of U.S. farm products' and 'raise U.S. rice purchases by 75%'; 'Japanese steel and aluminum still face the 50% Section 232 rate'; 'heard oral argument on November 5' (no ruling); 'the security treaty was signed in San Francisco the previous year' (1951 signing, not the ally-since year); 'covering FY2022-FY2026' and 'negotiations on the next one are likely to begin in 2026'; Figure 1 (personnel by service, thousands; service labels, ticks 0-25, no values) and its source 'data as of June 2025'; 'Under a 2012 plan, some 9,000 Marines are to leave Okinawa' (total leaving, not Guam); 'a logistics unit that arrived last December' (arrival date of the Guam count); 'completion is not expected before the mid-2030s'; 'Japan's December 2022 strategy documents'; 'Takaichi said Japan would reach 2% in FY2025, two years early' (an acceleration, not the goal's stated year); 'U.S. officials have pressed allies to spend 3.5% on core defense' (a U.S. ask); 'up to 400 Tomahawk cruise missiles' (a count) and 'expects to deploy in FY2025'; 'a record ¥8.8 trillion for FY2026' (a request); 'The LDP lost its partner of 26 years when Komeito ... left the coalition on October 10' (former partner); '231 of 465 seats' (counts) and 'two short of a majority'; 'The LDP-Komeito coalition had lost its majority in the October 2024 election' (past); 'of the 248 seats'; 'she will call a snap election next year' (speculation, no election listed); 'about $784 billion at the end of 2024' (FDI stock, no IF10199 fact) and 'each year since 2019' (a span, not a rank); 'completing its $14.1 billion purchase of U.S. Steel' in 'June 2025'; 'about $1.2 trillion' (holdings) and 'ahead of the United Kingdom and China'; 'shrank in the July-September quarter of 2025, at an annualized 1.8%' (a quarter); 'a new one that it plans to submit to the Diet this month' (planned supplementary budget, no amount); '¥13.9 trillion' (yen amount; dollars are the fact); '¥155 per dollar'; 'goals of 60% by FY2035 and 73% by FY2040' (later targets); 'the latest in Wilmington, Delaware, in September 2024' and 'India was to host the next meeting this year' (planned); 'on November 7' and 'survival-threatening situation'. PDF: ligatures, curly quotes, NBSP; two columns with the bullet lists and Figure 1 among them; md: Figure 1 is its caption and source line only.",
}
