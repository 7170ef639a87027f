from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "N5-IF10199-2025-02", "fresh2", "IF10199", 46
LAYOUTS = ["html", "interleaved", "md"]
PDF_OPTS = ["quotes", "nbsp", "hyph", "lig"]
SIDEBAR = "Okinawa and Guam"

MD = """
U.S.-Japan Relations

Updated February 19, 2025

## Key Points

- Shigeru Ishiba met President Donald Trump at the White House on February 7, 2025, their first summit.
- The coalition lost its Lower House majority in October 2024 but still controls the Upper House.
- Trade frictions could return as the Administration weighs new tariffs.

## Overview

A month into his second term, President Donald Trump has kept the alliance with Japan, a U.S. ally since 1952, largely on course. Prime Minister Shigeru Ishiba, who replaced Kishida Fumio in October 2024, used the February 7 summit to stress Japanese investment and purchases of U.S. liquefied natural gas. Ishiba said Japanese direct investment in the United States, about $780 billion at the end of 2023, could rise to $1 trillion. The meeting followed President Joe Biden's January 3, 2025, decision to block Nippon Steel's proposed $14.9 billion purchase of U.S. Steel, a decision Trump has said he will revisit.

## Defense and the Alliance

Close to fifty-five thousand U.S. military personnel are stationed in Japan. Under the cost-sharing pact reached in December 2021, which runs through March 2027, Tokyo pays an average of ¥211 billion (approximately $1.4 billion) a year. Japan is on track to meet its goal of spending 2% of GDP on defense and related items by FY2027, well beyond the one-percent ceiling it observed for decades; a senior Pentagon nominee has argued Japan should spend at least 3%. The purchase of up to 400 Tomahawk missiles, approved by the State Department at an estimated $2.35 billion, is proceeding.

## Okinawa and Guam

Okinawa accounts for 0.6% of Japan's land. It hosts around 70% of the facilities set aside for exclusive U.S. use and about half of the U.S. personnel in Japan. Of the roughly 4,000 Marines due to move from Okinawa to Guam, some 100 arrived in December 2024, the first to relocate.

## Domestic Politics

Ishiba won the Liberal Democratic Party (LDP) leadership on September 27, 2024, and called a snap election soon after. In the October 27, 2024, vote, the LDP and its partner, Komeito, fell to 215 of 465 seats, or just over 46%, and now rely on opposition support to pass legislation. The coalition retains a slim majority in the Upper House, half of whose 248 seats will be up for election in July 2025, the next national contest. The Lower House's term expires in October 2028. Former Prime Minister Noda Yoshihiko leads the largest opposition party.

## Economic Relations

Japan was the sixth-largest U.S. trading partner in 2024. The United States exported some $129 billion in goods and services to Japan that year and imported about $192 billion; Japan ranked fifth as a source of U.S. imports. Investors from Japan hold more direct investment in the United States than those of any other country, and Japan remains the biggest foreign creditor of the U.S. government, ahead of China. On February 10, Trump ordered 25% tariffs on all steel and aluminum imports from March 12, and he has floated "reciprocal" tariffs and a 25% duty on autos; none yet applies to most goods from Japan.

Japan's economy grew 0.1% in 2024 after expanding 1.5% in 2023. A supplementary budget of ¥13.9 trillion, nearly $90 billion, was enacted in December 2024. The yen weakened to a 38-year low against the dollar in July 2024, and the Bank of Japan raised its policy rate to 0.5% on January 24, 2025. Japan's 2030 target remains a 46% cut in greenhouse gases from 2013 levels; on February 18 it set new goals of 60% for FY2035 and 73% for FY2040.

## Regional Diplomacy

Quad leaders have met six times; the sixth meeting, in Wilmington, Delaware, in September 2024, was Biden's last. India is to host the next summit. Quad foreign ministers met in Washington on January 21, 2025.

**Mark E. Manyin**, Coordinator, Specialist in Asian Affairs

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Kyla H. Kitamura**, Analyst in Asian Affairs
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Ishiba", "Shigeru", "Prime Minister Shigeru Ishiba"),
        "leaders.us_president": P("Trump", "Donald", "President Donald Trump"),
        "alliance.treaty_ally_since": F(1952, as_written="a U.S. ally since 1952"),
        "alliance.us_troops_in_japan": F(55000, "nearly", as_written="Close to fifty-five thousand U.S. military personnel are stationed in Japan"),
        "alliance.host_nation_support_per_year": F(1400000000, "about", per="year", as_written="Tokyo pays an average of ¥211 billion (approximately $1.4 billion) a year"),
        "alliance.host_nation_support_agreement": D("2021-12", as_written="the cost-sharing pact reached in December 2021, which runs through March 2027"),
        "alliance.okinawa_share_of_usfj_facilities": F(70, "about", as_written="around 70% of the facilities set aside for exclusive U.S. use", note="basis: exclusive-use facilities"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "about", as_written="about half of the U.S. personnel in Japan"),
        "alliance.okinawa_share_of_land_area": F(0.6, as_written="Okinawa accounts for 0.6% of Japan's land"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="the roughly 4,000 Marines due to move from Okinawa to Guam"),
        "alliance.marines_in_guam": F(100, "about", as_written="some 100 arrived in December 2024, the first to relocate"),
        "defense.spending_goal_pct_gdp": F(2, by="FY2027", as_written="its goal of spending 2% of GDP on defense and related items by FY2027"),
        "defense.traditional_limit_pct_gdp": F(1, as_written="the one-percent ceiling it observed for decades"),
        "defense.tomahawk_purchase": F(2350000000, "about", as_written="up to 400 Tomahawk missiles, approved by the State Department at an estimated $2.35 billion"),
        "politics.ruling_coalition": F(["LDP", "Komeito"]),
        "politics.lower_house_coalition_share": F(46, "over", as_written="215 of 465 seats, or just over 46%"),
        "politics.upper_house_coalition_share": F(50, "over", as_written="The coalition retains a slim majority in the Upper House"),
        "politics.next_diet_election_due": F(2025, note="Upper House election, July 2025"),
        "politics.lower_house_election_due": D("2028-10", as_written="The Lower House's term expires in October 2028"),
        "trade.overall_partner_rank": F(6, period="2024", as_written="Japan was the sixth-largest U.S. trading partner in 2024"),
        "trade.us_exports_to_japan": F(129000000000, "about", period="2024", as_written="exported some $129 billion in goods and services to Japan that year"),
        "trade.us_imports_from_japan": F(192000000000, "about", period="2024", as_written="and imported about $192 billion"),
        "trade.import_partner_rank": F(5, period="2024", as_written="Japan ranked fifth as a source of U.S. imports"),
        "trade.fdi_source_rank": F(1, as_written="Investors from Japan hold more direct investment in the United States than those of any other country"),
        "trade.treasury_holder_rank": F(1, as_written="Japan remains the biggest foreign creditor of the U.S. government, ahead of China"),
        "economy.gdp_growth": GDP(y2024=0.1, y2023=1.5),
        "economy.supplementary_budget": F(90000000000, "nearly", period="2024-12", as_written="A supplementary budget of ¥13.9 trillion, nearly $90 billion, was enacted in December 2024"),
        "economy.yen": F("38-year low against the dollar", period="2024-07", as_written="The yen weakened to a 38-year low against the dollar in July 2024"),
        "economy.emissions_cut_target": F(46, by="2030", baseline="2013", as_written="Japan's 2030 target remains a 46% cut in greenhouse gases from 2013 levels"),
        "diplomacy.quad_leader_meetings": F(6, as_written="Quad leaders have met six times"),
    },
    "elections": {
        "ldp_president_2024": E("LDP president", "2024-09-27", "held", result="Ishiba won"),
        "lower_house_2024": E("Lower House", "2024-10-27", "held", result="LDP and Komeito fell to 215 of 465 seats, just over 46%"),
        "upper_house_2025": E("Upper House", "2025-07", "upcoming"),
    },
    "events": {},
    "notes": "Traps: 'met President Donald Trump at the White House on February 7, 2025' (summit date); 'A month into his second term'; 'who replaced Kishida Fumio in October 2024' (former prime minister); 'about $780 billion at the end of 2023, could rise to $1 trillion' (an FDI stock and a projection, not a pledge with a deadline, as extract-dev's D4); 'President Joe Biden's January 3, 2025, decision' (former president) and 'Nippon Steel's proposed $14.9 billion purchase'; 'runs through March 2027' (expiry, not the agreement); '¥211 billion' (yen beside dollars); 'a senior Pentagon nominee has argued Japan should spend at least 3%' (not Japan's goal); 'up to 400 Tomahawk missiles' (count); 'called a snap election soon after'; '215 of 465 seats' (counts beside the share); 'half of whose 248 seats will be up for election' (not a coalition share); 'Former Prime Minister Noda Yoshihiko' (opposition leader, former leader); 'On February 10, Trump ordered 25% tariffs on all steel and aluminum imports from March 12' and 'he has floated \"reciprocal\" tariffs and a 25% duty on autos; none yet applies to most goods from Japan' (no tariff on most imports stated); '¥13.9 trillion' (yen beside dollars); 'raised its policy rate to 0.5% on January 24, 2025'; 'new goals of 60% for FY2035 and 73% for FY2040' (later targets, not 2030); 'India is to host the next summit' (planned); 'Quad foreign ministers met in Washington on January 21, 2025' (ministers, not leaders); HTML: key points as a bulleted list, the Okinawa and Guam section in a sidebar box, table of contents repeats the headings; interleaved: columns alternate line by line, ligatures, curly quotes, NBSP, hyphenated line ends",
}
