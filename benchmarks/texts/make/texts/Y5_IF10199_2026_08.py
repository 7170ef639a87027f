from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "Y5-IF10199-2026-08", "fresh5", "IF10199", 48
LAYOUTS = ["html", "pdf", "interleaved"]
PDF_OPTS = ["lig", "nbsp", "hyph"]
SIDEBAR = "Tariff Timeline"
CHART = {"unit": "$ billions", "ymax": 200, "ticks": [0, 50, 100, 150, 200],
         "series": ["U.S. exports to Japan", "U.S. imports from Japan"],
         "bars": {"2021": (112.2, 167.8), "2022": (120.1, 180.3), "2023": (126.0, 186.0), "2024": (129.0, 192.0), "2025": (131.0, 188.0)}}

MD = """
U.S.-Japan Relations

Updated August 18, 2026

## Overview

Japan, a U.S. treaty ally since 1952, hosts the largest forward-deployed U.S. military presence anywhere in the world. Prime Minister Takaichi Sanae, who succeeded Ishiba Shigeru in October 2025, has pursued an ambitious security agenda while trying to keep relations with President Donald Trump steady through repeated shifts in U.S. tariff policy. At home, her position rests on the commanding lower-house majority her coalition won in February.

## Domestic Politics

The February 8, 2026, snap election for the House of Representatives gave the Liberal Democratic Party (LDP) and its coalition partner, the Japan Innovation Party (Ishin), about three-quarters of the chamber's 465 seats; the LDP alone won more than 300. Komeito, the LDP's partner for over a quarter-century, left the coalition in October 2025 and is now in opposition.

The governing coalition lacks a majority in the House of Councillors, where the LDP and Komeito lost theirs in the July 2025 election that preceded Ishiba's resignation. No national election is required until the upper-house contest of July 2028, and the lower chamber elected in February may sit until February 2030.

## Security and the Alliance

The U.S. force presence stands at roughly 55,000 active-duty personnel. Japan reached its goal of spending 2% of GDP on defense and related items in FY2025, ahead of the FY2027 target date set in 2022; for most of the postwar era, spending had stayed within a ceiling of 1% of GDP. The Trump Administration has pressed allies to aim for 3.5% of GDP on core defense, the level NATO members adopted in 2025, and Takaichi has ordered a revision of Japan's three strategy documents by the end of 2026. Japan began taking delivery of Tomahawk cruise missiles last year under a purchase valued at about $2.35 billion.

Under a cost-sharing agreement reached in December 2021, which expires in March 2027, Japan pays ¥211 billion a year on average toward the cost of U.S. forces, approximately $1.4 billion. Negotiations on a successor arrangement began this spring; U.S. officials have said they expect a substantial increase.

## Okinawa and Guam

Okinawa, under 1% of Japan's land, hosts about 70% of the facilities reserved exclusively for U.S. forces and around half of U.S. personnel in Japan. Under the 2012 realignment plan, approximately 4,000 Marines are to relocate from Okinawa to Guam. The first contingent arrived in December 2024, and a little more than 200 were on the island by this spring; the bulk of the transfer is scheduled for the late 2020s.

## Tariff Timeline

- April 7, 2025: the Administration announces tariff negotiations with Japan; a 24% "reciprocal" rate is announced and then suspended, leaving a 10% baseline in place
- July 22, 2025: a framework agreement sets a 15% tariff on most Japanese goods and a $550 billion Japanese investment pledge
- February 20, 2026: the Supreme Court holds that IEEPA does not authorize the tariffs; the 15% rate ends
- February 24, 2026: a 10% surcharge under Section 122 of the Trade Act of 1974 takes effect for up to 150 days
- Late July 2026: the surcharge lapses; a 12.5% tariff under Section 301 takes its place

## Trade and Investment

Most imports from Japan now enter the United States at a 12.5% tariff, imposed under Section 301 when the Section 122 surcharge lapsed in late July. Autos face a 15% Section 232 tariff, and steel and aluminum 50%. Under the 2025 framework, Japan pledged $550 billion in U.S. investment by January 19, 2029; the Administration maintains that the pledge stands despite the Court's ruling, and the first three projects, in energy and critical minerals, were selected in the spring.

In 2025, Japan was the sixth-largest U.S. trading partner (Figure 1). U.S. exporters sold about $131 billion in goods and services to Japan, their sixth-biggest customer. The United States bought roughly $188 billion from Japan, which placed seventh among sources of U.S. imports as purchases from Taiwan and Vietnam surged.

**Figure 1. U.S. Trade with Japan, 2021-2025**

Source: Bureau of Economic Analysis. Goods and services.

Japanese firms are the largest foreign direct investors in the United States, with a stock of about $780 billion at the end of 2025. Japan also leads all countries in holdings of U.S. Treasury securities; the United Kingdom and China follow.

## Economy

Real GDP rose 1.1% in 2025, after 0.1% growth in 2024. An annualized 0.8% contraction in January-March 2026 was followed by a modest rebound. A ¥3.1 trillion supplementary budget, just shy of $20 billion, was enacted in May 2026 to cushion energy costs, on top of the ¥18.3 trillion package passed in December 2025. Japan's emissions target remains a 46% cut from 2013 levels by FY2030, extended in 2025 to 60% by FY2035.

## Regional Diplomacy

The Quad's leaders last gathered in Wilmington in September 2024, their sixth summit; the meeting India was to host in 2025 has yet to take place. Relations with China deteriorated after Takaichi's November 2025 remarks on a Taiwan contingency, and Beijing has curbed Chinese tourism to Japan and seafood imports. Takaichi and South Korean President Lee Jae-myung have held reciprocal visits.

**Mark E. Manyin**, Coordinator, Specialist in Asian Affairs

**Kyla H. Kitamura**, Analyst in International Trade and Finance

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Daniel J. Longo**, Analyst in Asian Affairs
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Takaichi", "Sanae", "Prime Minister Takaichi Sanae"),
        "leaders.us_president": P("Trump", "Donald", "President Donald Trump"),
        "alliance.treaty_ally_since": F(1952, as_written="Japan, a U.S. treaty ally since 1952"),
        "alliance.us_troops_in_japan": F(55000, "about", as_written="The U.S. force presence stands at roughly 55,000 active-duty personnel"),
        "alliance.host_nation_support_per_year": F(1400000000, "about", per="year", as_written="Japan pays ¥211 billion a year on average toward the cost of U.S. forces, approximately $1.4 billion"),
        "alliance.host_nation_support_agreement": D("2021-12", as_written="Under a cost-sharing agreement reached in December 2021, which expires in March 2027"),
        "alliance.okinawa_share_of_land_area": F(1, "under", as_written="Okinawa, under 1% of Japan's land"),
        "alliance.okinawa_share_of_usfj_facilities": F(70, "about", as_written="hosts about 70% of the facilities reserved exclusively for U.S. forces", note="exclusive-use basis"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "about", as_written="and around half of U.S. personnel in Japan"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="approximately 4,000 Marines are to relocate from Okinawa to Guam"),
        "alliance.marines_in_guam": F(200, "over", as_written="a little more than 200 were on the island by this spring"),
        "defense.spending_goal_pct_gdp": F(2, by="FY2027", as_written="Japan reached its goal of spending 2% of GDP on defense and related items in FY2025, ahead of the FY2027 target date set in 2022", note="met in FY2025"),
        "defense.traditional_limit_pct_gdp": F(1, as_written="spending had stayed within a ceiling of 1% of GDP"),
        "defense.tomahawk_purchase": F(2350000000, "about", as_written="under a purchase valued at about $2.35 billion"),
        "politics.ruling_coalition": F(["LDP", "Ishin"], as_written="the Liberal Democratic Party (LDP) and its coalition partner, the Japan Innovation Party (Ishin)"),
        "politics.lower_house_coalition_share": F(75, "about", as_written="about three-quarters of the chamber's 465 seats"),
        "politics.upper_house_coalition_share": F(50, "under", as_written="The governing coalition lacks a majority in the House of Councillors"),
        "politics.next_diet_election_due": F(2028, as_written="No national election is required until the upper-house contest of July 2028"),
        "politics.lower_house_election_due": D("2030-02", as_written="the lower chamber elected in February may sit until February 2030"),
        "trade.us_tariff_on_most_imports_from_japan": F(12.5, as_written="Most imports from Japan now enter the United States at a 12.5% tariff, imposed under Section 301", note="since late July 2026, replacing the 10% Section 122 surcharge"),
        "trade.japan_investment_pledge": F(550000000000, by="2029-01-19", as_written="Japan pledged $550 billion in U.S. investment by January 19, 2029"),
        "trade.overall_partner_rank": F(6, period="2025", as_written="In 2025, Japan was the sixth-largest U.S. trading partner"),
        "trade.us_exports_to_japan": F(131000000000, "about", period="2025", as_written="U.S. exporters sold about $131 billion in goods and services to Japan"),
        "trade.export_partner_rank": F(6, period="2025", as_written="their sixth-biggest customer"),
        "trade.us_imports_from_japan": F(188000000000, "about", period="2025", as_written="The United States bought roughly $188 billion from Japan"),
        "trade.import_partner_rank": F(7, period="2025", as_written="which placed seventh among sources of U.S. imports"),
        "trade.fdi_source_rank": F(1, as_written="Japanese firms are the largest foreign direct investors in the United States"),
        "trade.treasury_holder_rank": F(1, as_written="Japan also leads all countries in holdings of U.S. Treasury securities; the United Kingdom and China follow"),
        "economy.gdp_growth": GDP(y2025=1.1, y2024=0.1),
        "economy.supplementary_budget": F(20000000000, "nearly", period="2026-05", as_written="A ¥3.1 trillion supplementary budget, just shy of $20 billion, was enacted in May 2026"),
        "economy.emissions_cut_target": F(46, by="FY2030", baseline="2013", as_written="a 46% cut from 2013 levels by FY2030"),
        "diplomacy.quad_leader_meetings": F(6, as_written="The Quad's leaders last gathered in Wilmington in September 2024, their sixth summit"),
    },
    "elections": {
        "lower_house_2026": E("Lower House", "2026-02-08", "held", result="LDP and Ishin about three-quarters of 465 seats"),
        "upper_house_2025": E("Upper House", "2025-07", "held", result="LDP and Komeito lost their majority"),
        "upper_house_2028": E("Upper House", "2028-07", "upcoming"),
    },
    "events": {
        "tariff_talks_announced": EV("The Administration announces tariff negotiations with Japan", "2025-04-07", "held"),
        "section122_surcharge_expired": EV("The 10% Section 122 surcharge lapses", "2026-07", "held"),
    },
    "notes": "Traps: 'the largest forward-deployed U.S. military presence anywhere' (not a count); 'who succeeded Ishiba Shigeru in October 2025' (former PM) and 'preceded Ishiba's resignation'; 'the chamber's 465 seats' and 'the LDP alone won more than 300' (one party's seats, not the coalition's share); 'Komeito, the LDP's partner for over a quarter-century, left the coalition' (not in the coalition); 'where the LDP and Komeito lost theirs in the July 2025 election' (the old coalition); 'ahead of the FY2027 target date set in 2022' with 'in FY2025' (the goal keeps by FY2027, met in FY2025, as N6); 'aim for 3.5% of GDP on core defense, the level NATO members adopted in 2025' (U.S./NATO, not Japan's goal); 'by the end of 2026'; 'which expires in March 2027' and '¥211 billion a year' (yen); 'U.S. officials have said they expect a substantial increase'; 'The first contingent arrived in December 2024' and 'the bulk of the transfer is scheduled for the late 2020s'; sidebar 'Tariff Timeline' (html aside; a section in the PDF): 'a 24% \"reciprocal\" rate is announced and then suspended', 'leaving a 10% baseline in place', 'a framework agreement sets a 15% tariff on most Japanese goods' (voided), 'the 15% rate ends', 'a 10% surcharge under Section 122 ... for up to 150 days' (lapsed; its lapse in late July 2026 is the event), 'February 20, 2026', 'February 24, 2026', 'July 22, 2025'; 'Autos face a 15% Section 232 tariff, and steel and aluminum 50%'; 'the first three projects ... were selected in the spring'; 'as purchases from Taiwan and Vietnam surged'; Figure 1 (exports and imports 2021-2025, $ billions, axis ticks only, no value labels); 'with a stock of about $780 billion' (FDI stock); 'the United Kingdom and China follow'; 'An annualized 0.8% contraction in January-March 2026' (a quarter); 'on top of the ¥18.3 trillion package passed in December 2025' (earlier package, not the latest supplementary budget); 'extended in 2025 to 60% by FY2035'; 'the meeting India was to host in 2025 has yet to take place'; 'Takaichi's November 2025 remarks on a Taiwan contingency'; 'Lee Jae-myung'; PDF ligatures, NBSP, hyphenation; interleaved columns",
}
