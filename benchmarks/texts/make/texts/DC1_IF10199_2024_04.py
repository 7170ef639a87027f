from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "DC1-IF10199-2024-04", "fresh23", "IF10199", 38
LAYOUTS = ["interleaved", "md"]
PDF_OPTS = ["lig", "hyph", "nbsp"]

MD = """
U.S.-Japan Relations

Updated April 22, 2024

## A State Visit and Its Agenda

Prime Minister Kishida Fumio was received at the White House on April 10, 2024, for the first state visit by a Japanese leader in nine years. He and President Joe Biden released more than 70 deliverables, ranging from a lunar mission that is to carry a Japanese astronaut to plans for co-producing air-defense interceptors. On April 11, Kishida spoke to a joint meeting of Congress, a distinction last accorded a Japanese prime minister when Abe Shinzo addressed lawmakers in April 2015. Later that day, Biden, Kishida, and Philippine President Ferdinand Marcos Jr. held the first leaders' summit of the three countries. Members of Congress may examine how the visit's commitments are resourced, and whether they survive political turnover in Tokyo.

## The Alliance

Japan and the United States have been treaty allies since 1951; the security treaty was revised in 1960. The U.S. military headcount in Japan exceeds 50,000, the largest concentration of U.S. forces in any foreign country; South Korea, by comparison, hosts about 28,500. Under a Special Measures Agreement announced in December 2021 and signed in January 2022, Japan pays roughly $2 billion for each of the pact's five years toward the cost of stationing these forces.

The two governments announced in April that they would upgrade the command-and-control framework of U.S. Forces Japan. The step is meant to mesh with the Joint Operations Command that Japan is to stand up by March 2025.

## Okinawa

About 70% of the facilities reserved for exclusive U.S. use are located on Okinawa, and so are more than half of the U.S. personnel stationed in Japan, though the prefecture takes up 0.6% of the country's land. Long-standing plans to ease that burden include moving a Marine air station to a less populated part of the island and relocating 9,000 Marines off Okinawa. Guam is to receive roughly 4,000 of them, with transfers expected to start in December 2024.

## Defense Buildup

Tokyo's December 2022 strategy documents commit the government to spend 2% of gross domestic product (GDP) on defense and related items by FY2027. For most of the postwar era, defense outlays had been held to about 1% of GDP. A $2.35 billion buy of 400 Tomahawk cruise missiles, for which Japan signed a contract in January, gives the Self-Defense Forces a counterstrike capability; earlier plans called for the first deliveries in FY2026.

## Domestic Politics

Kishida's Liberal Democratic Party (LDP) governs with its junior partner, Komeito. A scandal over unreported income from party fundraising events has pushed the cabinet's approval rating toward 20% and led the LDP to dissolve most of its factions. Table 1 shows the coalition's position in each chamber.

Table 1. Ruling Coalition Strength in the Diet

| Chamber | Seats held | Share (%) | Last election | Next election |
| --- | --- | --- | --- | --- |
| House of Representatives (Lower House) | 293 of 465 | 63 | October 2021 | By October 2025 |
| House of Councillors (Upper House) | 146 of 248 | 59 | July 2022 | July 2025 |

Source: Japan's House of Representatives and House of Councillors.

Kishida's three-year term as LDP president ends in September, when the party is to hold a leadership vote; whoever wins it will almost certainly be prime minister. No nationwide Diet contest is scheduled before the July 2025 Upper House election.

## Economic Ties

Only five countries (Canada, Mexico, China, Germany, and the United Kingdom) conducted more goods and services trade with the United States in 2023 than Japan did; as recently as 2021, Japan had ranked fourth. U.S. sales of goods and services to Japan totaled $121.1 billion in 2023, while purchases from Japan came to $183.9 billion. Among suppliers of U.S. goods imports, Japan placed fifth.

Investment runs deeper than trade. Japanese companies' direct investment in the United States, some $775 billion at the end of 2022, was greater than that of investors from any other country, a position Japan has held since 2019. Nippon Steel's $14.9 billion bid for U.S. Steel has drawn opposition from President Biden and the United Steelworkers. Japan's holdings of U.S. Treasury securities, about $1.15 trillion in February, put it at the head of the list of foreign holders.

## Japan's Economy

Real GDP grew 1.9% in 2023, up from 1.0% in 2022, although output rose at an annualized rate of just 0.4% in the final quarter of 2023 and Japan slipped behind Germany to become the world's fourth-largest economy in dollar terms. On March 19, the Bank of Japan ended its negative interest rate policy, raising its policy rate for the first time in 17 years. The yen nonetheless slid past ¥153 per dollar on April 10, a 34-year low against the dollar. A roughly $88 billion (¥13.1 trillion) supplementary budget was passed last November. Japan's climate pledge is to cut greenhouse gas emissions 46% from FY2013 levels by FY2030.

## Regional and Global Diplomacy

Leaders of the Quad (Australia, India, Japan, and the United States) have met on five occasions since March 2021; India is to host the next summit. Japan is one of the fourteen members of the Indo-Pacific Economic Framework for Prosperity (IPEF), which the United States launched in Tokyo in May 2022. Tokyo's assistance to Ukraine tops $12 billion in all, including about $7 billion in financial support; humanitarian aid accounts for $1.2 billion-plus. Japan hosted a conference on Ukraine's economic recovery on February 19, 2024.

**Mark E. Manyin**, Coordinator, Specialist in Asian Affairs

**Caitlin Campbell**, Analyst in Asian Affairs

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Kishida", "Fumio", "Prime Minister Kishida Fumio was received at the White House on April 10, 2024"),
        "leaders.us_president": P("Biden", "Joe", "He and President Joe Biden released more than 70 deliverables"),
        "alliance.treaty_ally_since": F(1951, as_written="Japan and the United States have been treaty allies since 1951; the security treaty was revised in 1960"),
        "alliance.us_troops_in_japan": F(50000, "over", as_written="The U.S. military headcount in Japan exceeds 50,000"),
        "alliance.host_nation_support_per_year": F(2000000000, "about", per="year", as_written="Japan pays roughly $2 billion for each of the pact's five years toward the cost of stationing these forces"),
        "alliance.host_nation_support_agreement": D("2021-12", as_written="Under a Special Measures Agreement announced in December 2021 and signed in January 2022", note="dated by its announcement, as the record"),
        "alliance.okinawa_share_of_usfj_facilities": F(70, "about", as_written="About 70% of the facilities reserved for exclusive U.S. use are located on Okinawa", note="exclusive-use basis"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="and so are more than half of the U.S. personnel stationed in Japan", note="the location carried by 'so are'"),
        "alliance.okinawa_share_of_land_area": F(0.6, as_written="though the prefecture takes up 0.6% of the country's land"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="Guam is to receive roughly 4,000 of them, with transfers expected to start in December 2024"),
        "defense.spending_goal_pct_gdp": F(2, by="FY2027", as_written="commit the government to spend 2% of gross domestic product (GDP) on defense and related items by FY2027"),
        "defense.traditional_limit_pct_gdp": F(1, "about", as_written="defense outlays had been held to about 1% of GDP"),
        "defense.tomahawk_purchase": F(2350000000, as_written="A $2.35 billion buy of 400 Tomahawk cruise missiles"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="Kishida's Liberal Democratic Party (LDP) governs with its junior partner, Komeito"),
        "politics.lower_house_coalition_share": F(63, as_written="Table 1: House of Representatives (Lower House) | 293 of 465 | 63", note="table cell, unit in the column header"),
        "politics.upper_house_coalition_share": F(59, as_written="Table 1: House of Councillors (Upper House) | 146 of 248 | 59", note="table cell; no earlier share stated"),
        "politics.next_diet_election_due": F(2025, as_written="No nationwide Diet contest is scheduled before the July 2025 Upper House election"),
        "politics.lower_house_election_due": D("2025-10", as_written="Table 1: Next election ... By October 2025"),
        "trade.overall_partner_rank": F(6, period="2023", as_written="Only five countries (Canada, Mexico, China, Germany, and the United Kingdom) conducted more goods and services trade with the United States in 2023 than Japan did"),
        "trade.import_partner_rank": F(5, period="2023", as_written="Among suppliers of U.S. goods imports, Japan placed fifth", note="goods only; year carried from the sentence before"),
        "trade.us_exports_to_japan": F(121100000000, period="2023", as_written="U.S. sales of goods and services to Japan totaled $121.1 billion in 2023"),
        "trade.us_imports_from_japan": F(183900000000, period="2023", as_written="while purchases from Japan came to $183.9 billion"),
        "trade.fdi_source_rank": F(1, as_written="Japanese companies' direct investment in the United States ... was greater than that of investors from any other country, a position Japan has held since 2019"),
        "trade.treasury_holder_rank": F(1, as_written="Japan's holdings of U.S. Treasury securities, about $1.15 trillion in February, put it at the head of the list of foreign holders"),
        "economy.gdp_growth": GDP(y2023=1.9, y2022=1.0),
        "economy.supplementary_budget": F(88000000000, "about", period="2023-11", as_written="A roughly $88 billion (¥13.1 trillion) supplementary budget was passed last November", note="'last November' = November 2023"),
        "economy.yen": F("34-year low against the dollar", period="2024-04", as_written="The yen nonetheless slid past ¥153 per dollar on April 10, a 34-year low against the dollar"),
        "economy.emissions_cut_target": F(46, by="FY2030", baseline="FY2013", as_written="cut greenhouse gas emissions 46% from FY2013 levels by FY2030"),
        "diplomacy.quad_leader_meetings": F(5, as_written="Leaders of the Quad ... have met on five occasions since March 2021"),
        "diplomacy.ipef_other_partners": F(13, as_written="Japan is one of the fourteen members of the Indo-Pacific Economic Framework for Prosperity (IPEF)", note="fourteen members including Japan: 13 beside Japan"),
        "diplomacy.ukraine_financial_support": F(7000000000, "about", as_written="including about $7 billion in financial support"),
        "diplomacy.ukraine_humanitarian_aid": F(1200000000, "over", as_written="humanitarian aid accounts for $1.2 billion-plus", note="'-plus' = over"),
    },
    "elections": {
        "lower_house_2021": E("Lower House", "2021-10", "held", result="coalition holds 293 of 465 (63%)", note="Table 1 'Last election'"),
        "upper_house_2022": E("Upper House", "2022-07", "held", result="coalition holds 146 of 248 (59%)", note="Table 1 'Last election'"),
        "ldp_president_2024": E("LDP president", "2024-09", "upcoming", note="'ends in September, when the party is to hold a leadership vote' (year from the Updated date)"),
        "upper_house_2025": E("Upper House", "2025-07", "upcoming"),
    },
    "events": {
        "abe_address_to_congress": EV("Abe Shinzo addressed a joint meeting of Congress", "2015-04", "held"),
    },
    "notes": "Traps: 'received at the White House on April 10, 2024' and 'the first state visit by a Japanese leader in nine years'; 'more than 70 deliverables'; 'On April 11, Kishida spoke to a joint meeting of Congress' (not Abe's address; Abe's is 'when Abe Shinzo addressed lawmakers in April 2015'); 'Philippine President Ferdinand Marcos Jr.' (another leader); 'the security treaty was revised in 1960' (not the treaty year); 'South Korea, by comparison, hosts about 28,500' (another country); 'signed in January 2022' (the SMA's signing, not its announcement); 'the pact's five years'; 'that Japan is to stand up by March 2025'; 'relocating 9,000 Marines off Okinawa' (total leaving, not Guam) and 'transfers expected to start in December 2024' (none in Guam yet); 'Tokyo's December 2022 strategy documents'; '400 Tomahawk cruise missiles' (a count), 'signed a contract in January' and 'the first deliveries in FY2026'; 'approval rating toward 20%'; Table 1 '293 of 465' / '146 of 248' (seat counts) and 'By October 2025' (a deadline 18 months away: only politics.lower_house_election_due); 'Kishida's three-year term'; 'as recently as 2021, Japan had ranked fourth' (past rank); 'Only five countries' (5 is not the rank); 'some $775 billion at the end of 2022' (FDI stock, no IF10199 fact) and 'since 2019'; 'Nippon Steel's $14.9 billion bid'; 'about $1.15 trillion in February'; 'an annualized rate of just 0.4% in the final quarter of 2023' (a quarter); 'the world's fourth-largest economy' (not a trade rank); 'On March 19 ... for the first time in 17 years'; '¥153 per dollar'; '(¥13.1 trillion)'; 'since March 2021' and 'India is to host the next summit'; 'launched in Tokyo in May 2022'; 'tops $12 billion in all' (total, not financial support); 'on February 19, 2024' (a conference); interleaved columns; PDF ligatures, NBSP and hyphenation",
}
