from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "W4-IF10199-2023-07", "tune3", "IF10199", 30
LAYOUTS = ["pdf", "layout", "interleaved"]
PDF_OPTS = ["nbsp", "hyph"]
CHART = {"unit": "$ billions", "ymax": 800, "ticks": [0, 200, 400, 600, 800],
         "series": ["Japanese FDI position in the United States"],
         "bars": {"2018": (484,), "2019": (619,), "2020": (636,), "2021": (721,), "2022": (775,)}}

MD = """
U.S.-Japan Relations

Updated July 18, 2023

## Overview

Japan's year as chair of the Group of Seven (G7) culminated in May, when Prime Minister Kishida Fumio hosted the leaders' summit in Hiroshima, his home constituency. Ukrainian President Volodymyr Zelensky attended in person. On the sidelines, Kishida, President Joe Biden, and the Australian and Indian prime ministers held the fifth leader-level meeting of the Quad, after a planned gathering in Sydney was called off when Biden cut short his trip. Biden is to host Kishida and South Korean President Yoon Suk Yeol at Camp David in August for the first stand-alone trilateral summit of the three leaders, a step made possible by the warming of Japan-South Korea relations since March.

Since the two countries signed their security treaty in 1951, Japan has relied on U.S. protection while limiting its own military role. That is changing. Three strategy documents released in December 2022 commit Japan to reaching defense and related spending equal to 2% of GDP in FY2027 and to acquiring "counterstrike" capabilities, including as many as 400 U.S. Tomahawk cruise missiles. Spending had been held to approximately 1% of GDP since a cabinet decision in 1976. The plan calls for ¥43 trillion in defense outlays over five years.

## The Alliance and U.S. Forces

In excess of 50,000 U.S. military personnel are based in Japan. Japan's share of basing costs under the current Special Measures Agreement, reached in December 2021 and covering FY2022 through FY2026, averages roughly ¥211 billion annually, just under $1.5 billion at recent exchange rates.

Okinawa, 0.6 percent of Japan's land, hosts about 25 percent of the facilities used by U.S. Forces Japan and more than half of their personnel. In January, the Marine Corps reactivated Camp Blaz on Guam, its first new base in seven decades. A contingent of roughly 4,000 Marines is to move there from Okinawa beginning in 2024; none has yet done so. The Marine regiment on Okinawa is being converted into a littoral regiment by 2025.

## Politics

The July 2022 assassination of former Prime Minister Abe Shinzo, on July 8 in the city of Nara, continues to shape Japanese politics; investigations into the Unification Church, to which the gunman said he held a grudge, have embarrassed many LDP lawmakers.

The LDP and its coalition partner, Komeito, hold 293 of the 465 seats in the House of Representatives, just over 63%, a result of the October 2021 general election. Two days after Abe's death, voters in the July 10, 2022, House of Councillors election increased the coalition's share of that chamber to roughly 59%. No national election is required until July 2025, when half the House of Councillors is next up; the lower chamber's term ends in October 2025. Kishida's own term as LDP president runs to September 2024, and he could dissolve the lower house before then to seek a fresh mandate. His cabinet's approval rating has slipped below 40% after a series of errors in the rollout of the "My Number" identification card.

## Economic Relations

By 2022 figures, Japan was the fourth-largest U.S. trade partner. American firms sold about $121 billion in goods and services there; its market ranked fifth among U.S. export destinations. Japan supplied $180.3 billion of U.S. imports, more than any country except China, Mexico, and Canada.

Japan remained the largest foreign direct investor in the United States in 2022, with a position of about $775 billion (Figure 1). It is likewise the biggest foreign holder of Treasury securities, with China in second place.

**Figure 1. Japanese Direct Investment Position in the United States, 2018-2022**

Source: Bureau of Economic Analysis.

Japan's real GDP grew 1.0% in 2022 and 2.2% in 2021; first-quarter 2023 growth was an annualized 2.7%. The FY2022 second supplementary budget, enacted in December 2022, totaled ¥28.9 trillion (approximately $215 billion). The yen, which slumped to a 32-year low against the dollar in October 2022, has weakened again this year. The Bank of Japan, under Governor Ueda Kazuo since April, has kept short-term rates below zero. Japan has pledged to cut greenhouse gas emissions 46% from 2013 levels by 2030 and to reach net zero by 2050.

## Regional and Global Diplomacy

The Indo-Pacific Economic Framework for Prosperity (IPEF), which the United States launched in Tokyo in May 2022 with Japan and twelve other partners, concluded a supply chain agreement in May 2023. Japan's pledges to Ukraine since Russia's invasion amount to roughly $7.6 billion, including $5.5 billion in financial support and about $1.5 billion in humanitarian assistance, and it has supplied nonlethal equipment such as helmets and vehicles.

**Mark E. Manyin**, Coordinator, Specialist in Asian Affairs

**Caitlin Campbell**, Analyst in Asian Affairs

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Brock R. Williams**, Specialist in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Kishida", "Fumio", "Prime Minister Kishida Fumio"),
        "leaders.us_president": P("Biden", "Joe", "President Joe Biden"),
        "alliance.treaty_ally_since": F(1951, as_written="Since the two countries signed their security treaty in 1951"),
        "alliance.us_troops_in_japan": F(50000, "over", as_written="In excess of 50,000 U.S. military personnel are based in Japan"),
        "alliance.host_nation_support_per_year": F(1500000000, "under", per="year", as_written="averages roughly ¥211 billion annually, just under $1.5 billion at recent exchange rates"),
        "alliance.host_nation_support_agreement": D("2021-12", as_written="the current Special Measures Agreement, reached in December 2021"),
        "alliance.okinawa_share_of_usfj_facilities": F(25, "about", as_written="hosts about 25 percent of the facilities used by U.S. Forces Japan"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="and more than half of their personnel"),
        "alliance.okinawa_share_of_land_area": F(0.6, as_written="Okinawa, 0.6 percent of Japan's land"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="A contingent of roughly 4,000 Marines is to move there from Okinawa beginning in 2024"),
        "defense.spending_goal_pct_gdp": F(2, by="FY2027", as_written="commit Japan to reaching defense and related spending equal to 2% of GDP in FY2027"),
        "defense.traditional_limit_pct_gdp": F(1, "about", as_written="Spending had been held to approximately 1% of GDP since a cabinet decision in 1976"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="The LDP and its coalition partner, Komeito"),
        "politics.lower_house_coalition_share": F(63, "over", as_written="hold 293 of the 465 seats in the House of Representatives, just over 63%"),
        "politics.upper_house_coalition_share": F(59, "about", as_written="increased the coalition's share of that chamber to roughly 59%"),
        "politics.next_diet_election_due": F(2025, as_written="No national election is required until July 2025, when half the House of Councillors is next up"),
        "politics.lower_house_election_due": D("2025-10", as_written="the lower chamber's term ends in October 2025"),
        "trade.overall_partner_rank": F(4, period="2022", as_written="By 2022 figures, Japan was the fourth-largest U.S. trade partner"),
        "trade.export_partner_rank": F(5, period="2022", as_written="its market ranked fifth among U.S. export destinations"),
        "trade.us_exports_to_japan": F(121000000000, "about", period="2022", as_written="American firms sold about $121 billion in goods and services there"),
        "trade.import_partner_rank": F(4, period="2022", as_written="Japan supplied $180.3 billion of U.S. imports, more than any country except China, Mexico, and Canada"),
        "trade.us_imports_from_japan": F(180300000000, period="2022", as_written="Japan supplied $180.3 billion of U.S. imports"),
        "trade.fdi_source_rank": F(1, period="2022", as_written="Japan remained the largest foreign direct investor in the United States in 2022"),
        "trade.treasury_holder_rank": F(1, as_written="It is likewise the biggest foreign holder of Treasury securities, with China in second place"),
        "economy.gdp_growth": GDP(y2022=1.0, y2021=2.2),
        "economy.supplementary_budget": F(215000000000, "about", period="2022-12", as_written="The FY2022 second supplementary budget, enacted in December 2022, totaled ¥28.9 trillion (approximately $215 billion)"),
        "economy.yen": F("32-year low against the dollar", period="2022-10", as_written="The yen, which slumped to a 32-year low against the dollar in October 2022"),
        "economy.emissions_cut_target": F(46, by="2030", baseline="2013", as_written="cut greenhouse gas emissions 46% from 2013 levels by 2030"),
        "diplomacy.quad_leader_meetings": F(5, as_written="held the fifth leader-level meeting of the Quad"),
        "diplomacy.ipef_other_partners": F(13, period="2022-05", as_written="which the United States launched in Tokyo in May 2022 with Japan and twelve other partners", note="the United States plus twelve others beside Japan"),
        "diplomacy.ukraine_financial_support": F(5500000000, as_written="including $5.5 billion in financial support"),
        "diplomacy.ukraine_humanitarian_aid": F(1500000000, "about", as_written="about $1.5 billion in humanitarian assistance"),
    },
    "elections": {
        "lower_house_2021": E("Lower House", "2021-10", "held", result="coalition 293 of 465 seats, just over 63%"),
        "upper_house_2022": E("Upper House", "2022-07-10", "held", result="coalition share rose to roughly 59%"),
        "upper_house_2025": E("Upper House", "2025-07", "upcoming"),
    },
    "events": {
        "abe_assassination": EV("former Prime Minister Abe Shinzo assassinated in Nara", "2022-07-08"),
    },
    "notes": "Traps: 'the leaders' summit in Hiroshima' (G7, May); 'a planned gathering in Sydney was called off' (not a meeting held); 'Camp David in August for the first stand-alone trilateral summit' (planned); 'since March' (Japan-South Korea); 'as many as 400 U.S. Tomahawk cruise missiles' (a count, no amount: no Tomahawk purchase fact); 'since a cabinet decision in 1976'; '¥43 trillion in defense outlays over five years'; 'covering FY2022 through FY2026'; 'roughly ¥211 billion annually' (yen hedge; the dollar's is 'just under'); 'In January, the Marine Corps reactivated Camp Blaz', 'its first new base in seven decades', 'none has yet done so' (no Marines in Guam stated as a count), 'by 2025' (littoral regiment); 'Two days after Abe's death' (the election's day is also given as July 10, 2022); 'the lower chamber's term ends in October 2025' is only the deadline (the July 2025 Upper House vote is the next election); 'Kishida's own term as LDP president runs to September 2024' (a term end alone, not an election, as extract-dev's D1) and 'he could dissolve the lower house before then' (speculation); 'approval rating has slipped below 40%'; 'more than any country except China, Mexico, and Canada' (import rank 4); 'with a position of about $775 billion' and Figure 1 (FDI position 2018-2022, $ billions, ticks 0-800, no value labels); 'with China in second place'; 'first-quarter 2023 growth was an annualized 2.7%' (a quarter); 'has weakened again this year'; 'under Governor Ueda Kazuo since April'; 'to reach net zero by 2050'; 'concluded a supply chain agreement in May 2023'; 'amount to roughly $7.6 billion' (total, not a catalogue fact); PDF NBSP and hyphenated line ends; layout and interleaved columns",
}
