from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "PB1-IF10199-2024-03", "fresh35", "IF10199", 36
LAYOUTS = ["layout", "html"]
PDF_OPTS = ["quotes", "nbsp", "hyph"]
SIDEBAR = "Okinawa in Brief"
CHART = {"unit": "yen per dollar", "ymax": 160, "ticks": [0, 40, 80, 120, 160],
         "series": ["Annual average"],
         "bars": {"2019": (109.0,), "2020": (106.8,), "2021": (109.8,), "2022": (131.5,), "2023": (140.5,)}}

MD = """
U.S.-Japan Relations

Updated March 12, 2024

## Overview

Allied with the United States by treaty since 1951, Japan hosts the largest U.S. military presence abroad and is Washington's closest partner in Asia. Next month Prime Minister Kishida Fumio is due in Washington for a state visit, the first accorded a Japanese leader in nine years; he has also been invited to address a joint meeting of Congress. The last Japanese premier to do so was Abe Shinzo, in April 2015. Abe, who had left office in 2020, was shot dead while campaigning on July 8, 2022.

President Joe Biden and Kishida have met more than ten times. Their agenda in April is expected to include a restructuring of U.S. Forces Japan (USFJ), co-development of missiles, and space cooperation. At home, the Prime Minister is weaker than at any point since taking office in October 2021: a political funding scandal that broke last fall has engulfed the Liberal Democratic Party (LDP), four ministers left his cabinet in December, and his approval rating has hovered in the low 20s for months.

## The Alliance and Its Costs

More than 50,000 U.S. service members are based in Japan. Germany, the second-largest host, has about 35,000. Tokyo pays for much of the upkeep: its contribution comes to roughly $2 billion a year. The current Special Measures Agreement (SMA), agreed in December 2021 and signed the following month, runs five years, through March 2027; over that span Japan is to provide ¥1.05 trillion.

## Defense Buildup

Three strategy documents released in December 2022 committed Japan to raising defense and related spending to 2% of gross domestic product (GDP) by FY2027. For decades, cabinets had treated 1% as an informal ceiling. The plan's five-year price tag is ¥43 trillion, some 60% more than the previous plan's.

- Counterstrike: Japan signed an agreement in January to purchase 400 Tomahawk cruise missiles. The State Department had cleared the sale last November, at an estimated $2.35 billion. Half are older Block IV models, due from FY2025.
- Budget: the FY2024 request, about ¥7.9 trillion, is 16% above FY2023's and awaits final Diet action this month.
- Industry: Tokyo eased its arms-export rules in December, allowing it to ship licensed Patriot interceptors to the United States.

## Okinawa in Brief

Okinawa Prefecture bears a disproportionate share of the alliance's footprint. It:

- covers less than 1% of Japan's land area;
- contains about one-fourth of all USFJ facilities; and
- is home to over half of the U.S. military personnel in the country.

Under the 2012 realignment plan, roughly 9,000 Marines are to leave the island. Of them, approximately 4,000 are to move to Guam starting in December 2024, about 20 years after the transfer was first proposed. Governor Tamaki Denny, re-elected in September 2022, opposes the replacement base at Henoko; the national government approved the landfill's design change over his objection in December.

**Figure 1. Yen-Dollar Exchange Rate, 2019-2023**

Source: Bank of Japan. Annual averages.

## Politics

Kishida's LDP governs with Komeito, a Buddhist-backed partner. Their bloc holds 63% of the seats in the Lower House, which voters chose in October 2021, and nearly 60% of the Upper House, where it gained ground in July 2022. The LDP alone has 261 of the 465 Lower House seats. Table 1 lists the contests ahead.

Table 1. Japan's Political Calendar

| Contest | Last held | Next | Status |
| --- | --- | --- | --- |
| LDP presidency | Sept. 2021 | Sept. 2024 | Scheduled |
| Upper House (half of 248 seats) | July 2022 | July 2025 | Fixed by law |
| Lower House (465 seats) | Oct. 2021 | by Oct. 2025 | Not yet called |

Source: CRS.

No national vote is required before the Upper House contest next year. Kishida could, however, dissolve the Lower House early; speculation had focused on last fall, before the scandal made it unlikely.

## Economic Ties

Japan slipped to sixth place among U.S. trading partners in 2023, from fourth the year before, as U.S. trade with Germany and the United Kingdom grew faster. It ranked fifth both as a buyer of U.S. goods and services, which totaled $121.0 billion, and as a supplier, with U.S. imports from Japan at $184.0 billion. It is, for the fifth consecutive year, the leading source of foreign direct investment (FDI) in the United States. Its holdings of U.S. Treasury securities, about $1.14 trillion at the end of 2023, exceed those of any other foreign country. Nippon Steel's proposed $14.9 billion purchase of U.S. Steel, announced in December, faces opposition from President Biden and the steelworkers' union.

## The Economy

Table 2. Japan's Economy at a Glance

| Indicator | Latest | Status |
| --- | --- | --- |
| Real GDP growth, 2023 | 1.9% | Preliminary |
| Real GDP growth, 2022 | 1.0% | Revised |
| Oct.-Dec. 2023 quarter, annualized | -0.4% | Preliminary |
| Core inflation, January 2024 | 2.0% | Final |

Source: Cabinet Office; Ministry of Internal Affairs.

Two straight quarterly declines mean Japan slipped into a technical recession late last year, and Germany overtook it as the world's third-largest economy in dollar terms. To offset higher prices, the Diet passed a ¥13.1 trillion supplementary budget, roughly $89 billion, last November; it funds part of a ¥17 trillion stimulus package. The yen sank past ¥151 per dollar that month, a 33-year low against the dollar, before recovering somewhat (Figure 1). Under the Paris Agreement, Japan aims to cut greenhouse gas emissions 46% below 2013 levels by 2030, and to reach net zero by 2050.

## Regional Diplomacy

The Quad (Australia, India, Japan, and the United States) has brought its leaders together five times, most recently in Hiroshima last May; India's turn as host has slipped into 2024. Japan is one of the 14 founding members of the Indo-Pacific Economic Framework for Prosperity (IPEF), launched in Tokyo in May 2022. For Ukraine, Japan has pledged $5.5 billion in financial support and some $1.3 billion in humanitarian assistance, in addition to equipment; last month, Tokyo hosted a conference on Ukraine's reconstruction at which some 56 agreements were signed. With South Korea, relations have thawed since President Yoon Suk Yeol's March 2023 visit to Tokyo.

**Mark E. Manyin**, Coordinator, Specialist in Asian Affairs

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Caitlin Campbell**, Analyst in Asian Affairs
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Kishida", "Fumio", "Prime Minister Kishida Fumio", note="family name first"),
        "leaders.us_president": P("Biden", "Joe", "President Joe Biden"),
        "alliance.treaty_ally_since": F(1951, as_written="Allied with the United States by treaty since 1951, Japan hosts the largest U.S. military presence abroad", note="fronted participle"),
        "alliance.us_troops_in_japan": F(50000, "over", as_written="More than 50,000 U.S. service members are based in Japan"),
        "alliance.host_nation_support_per_year": F(2000000000, "about", per="year", as_written="its contribution comes to roughly $2 billion a year", note="subject Tokyo carried from the sentence's first clause"),
        "alliance.host_nation_support_agreement": D("2021-12", as_written="The current Special Measures Agreement (SMA), agreed in December 2021 and signed the following month, runs five years", note="dated by the agreement, not the signing the following month"),
        "alliance.okinawa_share_of_usfj_facilities": F(25, "about", as_written="contains about one-fourth of all USFJ facilities", note="sidebar bullet; subject 'It' = Okinawa Prefecture from the lead-in; fraction rule"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="is home to over half of the U.S. military personnel in the country", note="sidebar bullet"),
        "alliance.okinawa_share_of_land_area": F(1, "under", as_written="covers less than 1% of Japan's land area", note="sidebar bullet"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="Of them, approximately 4,000 are to move to Guam starting in December 2024", note="sidebar; 'them' = the 9,000 leaving"),
        "defense.spending_goal_pct_gdp": F(2, by="FY2027", as_written="committed Japan to raising defense and related spending to 2% of gross domestic product (GDP) by FY2027"),
        "defense.traditional_limit_pct_gdp": F(1, as_written="For decades, cabinets had treated 1% as an informal ceiling"),
        "defense.tomahawk_purchase": F(2350000000, "about", as_written="The State Department had cleared the sale last November, at an estimated $2.35 billion", note="bullet; 'the sale' = the 400 Tomahawks of the sentence before"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="Kishida's LDP governs with Komeito"),
        "politics.lower_house_coalition_share": F(63, as_written="Their bloc holds 63% of the seats in the Lower House"),
        "politics.upper_house_coalition_share": F(60, "nearly", as_written="and nearly 60% of the Upper House, where it gained ground in July 2022", note="share carried by 'and' from the Lower House clause; no previous value written"),
        "politics.next_diet_election_due": F(2025, as_written="No national vote is required before the Upper House contest next year", note="'next year' from a 2024 cover; Table 1's July 2025 row"),
        "politics.lower_house_election_due": D("2025-10", as_written="Table 1: Lower House (465 seats) | Oct. 2021 | by Oct. 2025 | Not yet called"),
        "trade.overall_partner_rank": F(6, period="2023", as_written="Japan slipped to sixth place among U.S. trading partners in 2023, from fourth the year before"),
        "trade.export_partner_rank": F(5, period="2023", as_written="It ranked fifth both as a buyer of U.S. goods and services", note="one ordinal shared with the import rank"),
        "trade.us_exports_to_japan": F(121000000000, period="2023", as_written="which totaled $121.0 billion"),
        "trade.import_partner_rank": F(5, period="2023", as_written="It ranked fifth both as a buyer ... and as a supplier"),
        "trade.us_imports_from_japan": F(184000000000, period="2023", as_written="with U.S. imports from Japan at $184.0 billion"),
        "trade.fdi_source_rank": F(1, as_written="It is, for the fifth consecutive year, the leading source of foreign direct investment (FDI) in the United States"),
        "trade.treasury_holder_rank": F(1, period="2023-12", as_written="Its holdings of U.S. Treasury securities, about $1.14 trillion at the end of 2023, exceed those of any other foreign country"),
        "economy.gdp_growth": GDP(y2023=1.9, y2022=1.0),
        "economy.supplementary_budget": F(89000000000, "about", period="2023-11", as_written="the Diet passed a ¥13.1 trillion supplementary budget, roughly $89 billion, last November"),
        "economy.yen": F("33-year low against the dollar", period="2023-11", as_written="The yen sank past ¥151 per dollar that month, a 33-year low against the dollar", note="'that month' = last November"),
        "economy.emissions_cut_target": F(46, by="2030", baseline="2013", as_written="Japan aims to cut greenhouse gas emissions 46% below 2013 levels by 2030"),
        "diplomacy.quad_leader_meetings": F(5, as_written="The Quad (Australia, India, Japan, and the United States) has brought its leaders together five times"),
        "diplomacy.ipef_other_partners": F(13, period="2022-05", as_written="Japan is one of the 14 founding members of the Indo-Pacific Economic Framework for Prosperity (IPEF), launched in Tokyo in May 2022", note="14 founding members including Japan = 13 others"),
        "diplomacy.ukraine_financial_support": F(5500000000, as_written="Japan has pledged $5.5 billion in financial support"),
        "diplomacy.ukraine_humanitarian_aid": F(1300000000, "about", as_written="and some $1.3 billion in humanitarian assistance"),
    },
    "elections": {
        "lower_house_2021": E("Lower House", "2021-10", "held", result="LDP-Komeito bloc 63% of seats; LDP 261 of 465"),
        "upper_house_2022": E("Upper House", "2022-07", "held", result="ruling bloc gained ground, nearly 60% of seats"),
        "ldp_president_2021": E("LDP president", "2021-09", "held", note="Table 1 'Last held'"),
        "ldp_president_2024": E("LDP president", "2024-09", "upcoming", note="Table 1, 'Scheduled'"),
        "upper_house_2025": E("Upper House", "2025-07", "upcoming", note="Table 1 and 'the Upper House contest next year'"),
        "okinawa_governor_2022": E("Okinawa governor", "2022-09", "held", result="Tamaki Denny re-elected"),
    },
    "events": {
        "abe_address_to_congress": EV("Abe Shinzo addresses a joint meeting of Congress", "2015-04", "held"),
        "abe_assassination": EV("Former Prime Minister Abe Shinzo shot dead while campaigning", "2022-07-08", "held"),
    },
    "notes": "Traps: 'the first accorded a Japanese leader in nine years' (a span); 'he has also been invited to address a joint meeting of Congress' (Kishida's planned address, not the tracked Abe event); 'The last Japanese premier to do so was Abe Shinzo' (former prime minister) and 'who had left office in 2020'; 'have met more than ten times'; 'since taking office in October 2021' (not an election); 'four ministers left his cabinet in December' and 'hovered in the low 20s'; 'Germany, the second-largest host, has about 35,000' (another country's troops); 'signed the following month, runs five years, through March 2027' and 'Japan is to provide ¥1.05 trillion' (SMA total in yen); 'Three strategy documents released in December 2022'; 'The plan's five-year price tag is ¥43 trillion, some 60% more than the previous plan's'; bullet 'to purchase 400 Tomahawk cruise missiles' (a count) and 'Half are older Block IV models, due from FY2025'; bullet 'the FY2024 request, about ¥7.9 trillion, is 16% above FY2023's'; bullet 'licensed Patriot interceptors'; sidebar 'roughly 9,000 Marines are to leave the island' (not the Guam figure) and 'about 20 years after the transfer was first proposed'; 'Governor Tamaki Denny, re-elected in September 2022' (an election, no fact) and 'in December' (Henoko approval); Figure 1 (yen per dollar 2019-2023, ticks 0-160, year labels, legend 'Annual average', no value labels; html aside with the sidebar); 'The LDP alone has 261 of the 465 Lower House seats' (party, not coalition); Table 1 'LDP presidency ... Sept. 2024 ... Scheduled' (a party vote, not the next Diet election) and 'Upper House (half of 248 seats)'; 'Kishida could, however, dissolve the Lower House early; speculation had focused on last fall'; 'from fourth the year before' (2022 rank); 'for the fifth consecutive year' (not a rank); 'about $1.14 trillion' (holdings); 'Nippon Steel's proposed $14.9 billion purchase of U.S. Steel'; Table 2 'Oct.-Dec. 2023 quarter, annualized | -0.4%' and 'Core inflation ... 2.0%' (not GDP years); 'Germany overtook it as the world's third-largest economy' (not a trade rank); 'a ¥17 trillion stimulus package'; '¥151 per dollar'; 'to reach net zero by 2050'; 'most recently in Hiroshima last May' and 'India's turn as host has slipped into 2024' (planned); 'the 14 founding members' (includes Japan); 'some 56 agreements were signed' and 'last month, Tokyo hosted a conference'; 'President Yoon Suk Yeol's March 2023 visit' (another country's leader). html: sidebar 'Okinawa in Brief' (aside, with Figure 1); layout: pdftotext -layout, columns side by side, curly quotes, NBSP, hyphenated line ends.",
}
