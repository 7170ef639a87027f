from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "Y4-IF10199-2024-09", "fresh5", "IF10199", 40
LAYOUTS = ["md", "html"]
SIDEBAR = "U.S. Forces on Okinawa"

MD = """
U.S.-Japan Relations

Updated September 17, 2024

## Overview

Japan is in the middle of a leadership transition. Prime Minister Kishida Fumio announced on August 14 that he would not run in the Liberal Democratic Party's (LDP's) presidential election on September 27, bringing his three-year tenure to a close; he remains in office until the party's new leader is chosen and confirmed by the Diet. A record nine candidates are competing, among them former defense minister Ishiba Shigeru, economic security minister Takaichi Sanae, and former environment minister Koizumi Shinjiro. In the United States, President Joe Biden has left the race for a second term, and Vice President Kamala Harris faces former President Donald Trump in the November 5 election.

The two countries have been treaty allies since 1952. During Kishida's April state visit to Washington, the leaders announced plans to upgrade military command-and-control arrangements and deepen defense-industrial cooperation, steps both governments have portrayed as likely to outlast changes in leadership.

## Alliance and Defense

The U.S. military presence in Japan exceeds 50,000 personnel. Under a five-year host-nation support package unveiled in December 2021, Japan pays about ¥211 billion a year toward the costs of stationing those forces, approximately $1.5 billion at current exchange rates. At their July "2+2" meeting, the allies' foreign and defense ministers agreed to reconstitute U.S. Forces Japan as a joint force headquarters.

Japan's December 2022 security strategy committed it to raising combined defense and related spending to 2% of GDP by FY2027, about double the roughly 1% the country had long treated as a self-imposed cap, and to spending ¥43 trillion over five years. Washington approved the sale of up to 400 Tomahawk cruise missiles to Japan in November 2023 at an estimated cost of $2.35 billion; Japan now plans to begin fielding them in FY2025, a year earlier than first intended.

## U.S. Forces on Okinawa

Okinawa, 0.6% of Japan's land, hosts close to 70% of the facilities set aside exclusively for U.S. forces and more than half of the U.S. military personnel in Japan. Relocation of some 4,000 Marines to Guam under a 2012 plan is to begin in December 2024, when an initial group of about 100 logistics personnel is scheduled to move. Construction at Henoko of a replacement for Marine Corps Air Station Futenma is not expected to be finished before the mid-2030s.

## Politics

The LDP and its coalition partner, Komeito, hold about 62% of the seats in the House of Representatives, last elected in October 2021, and 146 of the House of Councillors' 248 seats, roughly 59%. Their dominance has been shaken by a scandal over unreported political fundraising that led several LDP factions to disband; the party has lacked a dominant figure since former Prime Minister Abe Shinzo was assassinated in July 2022. Kishida's cabinet approval ratings fell below 25% for much of the past year.

Members of the lower house serve until October 2025, and the next Upper House election is scheduled for July 2025. Many observers expect the new LDP president to dissolve the lower house and call a snap election soon after taking office.

## Economic Relations

Japan was the sixth-largest U.S. trading partner in 2023, having slipped from fourth in 2021. At roughly $126 billion, U.S. exports to Japan made it the sixth-largest overseas market. The United States bought about $186 billion in goods and services from Japan, which ranked fifth among suppliers.

Japan has been the leading source of foreign direct investment in the United States every year since 2019. Nippon Steel's proposed $14.9 billion acquisition of U.S. Steel, announced in December 2023, remains under review by the Committee on Foreign Investment in the United States; both presidential candidates have said they oppose it. Japan is also the No. 1 foreign holder of U.S. Treasury securities, with some $1.1 trillion.

## Japan's Economy

Japan's economy expanded 1.7% in 2023, following 1.0% growth in 2022. After contracting in the first quarter of 2024, output rose at an annualized 2.9% in April-June. The Diet's most recent supplementary budget, passed in November 2023, provided ¥13.2 trillion (roughly $89 billion) for an economic package that included temporary income tax cuts. In early July the yen tumbled to about ¥161 per dollar, a 38-year low, before rebounding sharply after the Bank of Japan raised its policy rate on July 31. Japan's climate target is to cut greenhouse gas emissions 46% below 2013 levels by FY2030.

## Regional Diplomacy

Quad leaders have met five times since 2021; Biden is to host their sixth summit in Wilmington, Delaware, on September 21. Japan was among the 14 founding partners of IPEF in 2022, and the framework's supply chain agreement entered into force in February 2024. Japan has committed more than $12 billion to Ukraine since Russia's 2022 invasion. Kishida and South Korean President Yoon Suk Yeol met for the last time as counterparts on September 6 in Seoul, capping a year of improved ties.

**Mark E. Manyin**, Coordinator, Specialist in Asian Affairs

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Caitlin Campbell**, Analyst in Asian Affairs

**Kyla H. Kitamura**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Kishida", "Fumio", "Prime Minister Kishida Fumio", note="not running in the LDP vote; remains PM until a successor is confirmed"),
        "leaders.us_president": P("Biden", "Joe", "President Joe Biden"),
        "alliance.treaty_ally_since": F(1952, as_written="The two countries have been treaty allies since 1952"),
        "alliance.us_troops_in_japan": F(50000, "over", as_written="The U.S. military presence in Japan exceeds 50,000 personnel"),
        "alliance.host_nation_support_per_year": F(1500000000, "about", per="year", as_written="approximately $1.5 billion at current exchange rates"),
        "alliance.host_nation_support_agreement": D("2021-12", as_written="Under a five-year host-nation support package unveiled in December 2021"),
        "alliance.okinawa_share_of_land_area": F(0.6, as_written="Okinawa, 0.6% of Japan's land", note="sidebar"),
        "alliance.okinawa_share_of_usfj_facilities": F(70, "nearly", as_written="hosts close to 70% of the facilities set aside exclusively for U.S. forces", note="sidebar; exclusive-use basis"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="and more than half of the U.S. military personnel in Japan", note="sidebar"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="Relocation of some 4,000 Marines to Guam under a 2012 plan is to begin in December 2024", note="sidebar"),
        "defense.spending_goal_pct_gdp": F(2, by="FY2027", as_written="raising combined defense and related spending to 2% of GDP by FY2027"),
        "defense.traditional_limit_pct_gdp": F(1, "about", as_written="the roughly 1% the country had long treated as a self-imposed cap"),
        "defense.tomahawk_purchase": F(2350000000, "about", as_written="at an estimated cost of $2.35 billion"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="The LDP and its coalition partner, Komeito"),
        "politics.lower_house_coalition_share": F(62, "about", as_written="hold about 62% of the seats in the House of Representatives"),
        "politics.upper_house_coalition_share": F(59, "about", as_written="and 146 of the House of Councillors' 248 seats, roughly 59%"),
        "politics.next_diet_election_due": F(2025, as_written="the next Upper House election is scheduled for July 2025"),
        "politics.lower_house_election_due": D("2025-10", as_written="Members of the lower house serve until October 2025"),
        "trade.overall_partner_rank": F(6, period="2023", as_written="Japan was the sixth-largest U.S. trading partner in 2023"),
        "trade.us_exports_to_japan": F(126000000000, "about", period="2023", as_written="At roughly $126 billion, U.S. exports to Japan"),
        "trade.export_partner_rank": F(6, period="2023", as_written="made it the sixth-largest overseas market"),
        "trade.us_imports_from_japan": F(186000000000, "about", period="2023", as_written="The United States bought about $186 billion in goods and services from Japan"),
        "trade.import_partner_rank": F(5, period="2023", as_written="which ranked fifth among suppliers"),
        "trade.fdi_source_rank": F(1, as_written="Japan has been the leading source of foreign direct investment in the United States every year since 2019"),
        "trade.treasury_holder_rank": F(1, as_written="Japan is also the No. 1 foreign holder of U.S. Treasury securities"),
        "economy.gdp_growth": GDP(y2023=1.7, y2022=1.0),
        "economy.supplementary_budget": F(89000000000, "about", period="2023-11", as_written="passed in November 2023, provided ¥13.2 trillion (roughly $89 billion)"),
        "economy.yen": F("38-year low against the dollar", period="2024-07", as_written="In early July the yen tumbled to about ¥161 per dollar, a 38-year low"),
        "economy.emissions_cut_target": F(46, by="FY2030", baseline="2013", as_written="to cut greenhouse gas emissions 46% below 2013 levels by FY2030"),
        "diplomacy.quad_leader_meetings": F(5, as_written="Quad leaders have met five times since 2021"),
        "diplomacy.ipef_other_partners": F(13, period="2022", as_written="Japan was among the 14 founding partners of IPEF in 2022", note="14 founding partners including Japan"),
    },
    "elections": {
        "ldp_president_2024": E("LDP president", "2024-09-27", "upcoming", candidates=["Ishiba Shigeru", "Takaichi Sanae", "Koizumi Shinjiro"], note="Kishida not running; nine candidates"),
        "lower_house_2021": E("Lower House", "2021-10", "held", result="coalition holds about 62%"),
        "upper_house_2025": E("Upper House", "2025-07", "upcoming"),
    },
    "events": {
        "abe_assassination": EV("Former Prime Minister Abe Shinzo assassinated", "2022-07"),
    },
    "notes": "Traps: 'announced on August 14 that he would not run' (Kishida is still PM); 'his three-year tenure'; 'A record nine candidates' and the candidates 'Ishiba Shigeru', 'Takaichi Sanae', 'Koizumi Shinjiro' (not PM); 'President Joe Biden has left the race', 'Vice President Kamala Harris faces former President Donald Trump in the November 5 election' (Biden is still President); 'During Kishida's April state visit'; 'about ¥211 billion a year' (yen); 'At their July \"2+2\" meeting'; 'Japan's December 2022 security strategy' and 'spending ¥43 trillion over five years'; 'up to 400 Tomahawk cruise missiles' (a count) and 'in November 2023'; 'begin fielding them in FY2025, a year earlier than first intended'; sidebar 'U.S. Forces on Okinawa' (html aside): 'is to begin in December 2024, when an initial group of about 100 logistics personnel is scheduled to move' (planned; no Marines in Guam yet) and 'not expected to be finished before the mid-2030s'; 'last elected in October 2021'; '146 of the House of Councillors' 248 seats' (seat counts; the share is roughly 59%); 'fell below 25%' (approval rating); 'Many observers expect the new LDP president to dissolve the lower house' (speculation, no date); 'having slipped from fourth in 2021' (past rank); 'every year since 2019' (not a rank); 'Nippon Steel's proposed $14.9 billion acquisition' and 'announced in December 2023'; 'with some $1.1 trillion' (Treasury amount); 'output rose at an annualized 2.9% in April-June' (a quarter); 'an economic package that included temporary income tax cuts'; 'about ¥161 per dollar' and 'raised its policy rate on July 31'; 'Biden is to host their sixth summit ... on September 21' (planned; five held); 'entered into force in February 2024' (IPEF supply chain agreement); 'Japan has committed more than $12 billion to Ukraine' (total, neither the humanitarian nor the financial pledge); 'Yoon Suk Yeol' and 'September 6' (South Korea)",
}
