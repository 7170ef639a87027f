from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "OO1-IF10199-2024-02", "fresh11", "IF10199", 47
LAYOUTS = ["interleaved", "html"]
PDF_OPTS = ["quotes", "nbsp"]
SIDEBAR = "Okinawa at a Glance"

MD = """
U.S.-Japan Relations

Updated February 22, 2024

## Overview

Seventy-odd years into their alliance, Washington and Tokyo describe the relationship as being in its strongest condition in decades. Prime Minister Kishida Fumio is to travel to Washington for an official visit and state dinner on April 10, where President Joe Biden will host him; the two leaders are expected to announce steps to tighten command-and-control links between their forces. Kishida arrives weakened. A scandal over unreported income from LDP fundraising parties has led most of the party's factions to disband, and the cabinet's support has languished in the low 20s in recent polls. Few analysts expect him to call a snap election before the party's leadership race in the autumn.

## Alliance Basics

Since 1951, when the two countries signed their security treaty in San Francisco, Japan has been a U.S. treaty ally. U.S. Forces Japan (USFJ) numbers north of 50,000 service members; roughly 28,500 more are in South Korea. Toward the cost of hosting them, Tokyo contributes in the neighborhood of $2 billion each year. That sum flows from a Special Measures Agreement that the governments announced in December 2021 and that runs through March 2027. Talks on its successor are not expected to open until next year.

## Defense Reform

Japan's strategy documents of December 2022 broke with decades of restraint. For most of the postwar era, the government treated roughly 1% of GDP as an informal cap on defense spending. It has now set a goal of 2% of GDP, counting defense and related outlays, by FY2027, and plans to spend some ¥43 trillion over five years. A first tranche of long-range strike weapons is part of that plan: in January, Tokyo concluded a contract for up to 400 Tomahawk cruise missiles, which the State Department had cleared in November 2023 as a $2.35 billion sale. Deliveries, once slated for FY2026, have been pulled forward a year.

## Okinawa at a Glance

Okinawa Prefecture, home to about 1.5 million people, hosts a disproportionate share of the U.S. presence. Governor Denny Tamaki, who won a second term in September 2022, continues to contest the landfill at Henoko, where a replacement for Marine Corps Air Station Futenma is under construction; the central government took over approval of the design change in December 2023 after the courts ruled against the prefecture.

Table 1. The U.S. Military Footprint in Okinawa

| Measure | Figure |
| --- | --- |
| Okinawa's share of Japan's land area | 0.6% |
| Share of facilities reserved for exclusive U.S. use | about 70% |
| Share of U.S. military personnel in Japan | more than half |
| Marines to leave Okinawa under the 2012 plan | around 9,000 |
| Of those, Marines bound for Guam | some 4,000 |

Source: Japan Ministry of Defense; Okinawa Prefecture. Relocation to Guam is scheduled to begin by the end of 2024; none of the Marines have moved yet.

## Domestic Politics

Two parties govern: the Liberal Democratic Party (LDP) and its junior partner, Komeito. Together they won about 63% of the House of Representatives (the Lower House) in the October 2021 general election. Their grip on the House of Councillors is looser. It stood at a bit under 60% after the July 2022 contest, which took place two days after former Prime Minister Abe Shinzo was shot dead while campaigning in Nara on July 8, 2022.

What comes next is crowded. The LDP will choose its president in September 2024, and Kishida has not said whether he will seek a second term. Voters' next scheduled trip to the polls is the July 2025 Upper House election, in which half of the chamber's 248 seats are up. Unless Kishida dissolves it sooner, the Lower House's four-year term expires in October 2025.

## Economic Ties

Japan dropped to sixth place among U.S. trading partners in 2023, counting goods and services, behind Mexico, Canada, China, Germany, and the United Kingdom. Exports to Japan came to north of $120 billion, making it the fifth-largest U.S. export market. On the import side, Americans bought a bit under $190 billion of Japanese goods and services; here too, Japan came fifth.

Investment runs deep. Japanese firms have been the leading source of foreign direct investment (FDI) in the United States every year since 2019. Nippon Steel's pending $14.1 billion bid for U.S. Steel, announced in December, faces opposition from the United Steelworkers and some Members of Congress. The country is also the foremost foreign owner of U.S. Treasury securities, with holdings of roughly $1.1 trillion; China ranks behind it.

## The Japanese Economy

Real GDP rose 1.9% in 2023, following 1.0% growth in 2022, according to preliminary data. Yet output contracted in each of the last two quarters of 2023, and the economy slipped behind Germany's in dollar terms to become the world's fourth-largest. The Diet passed a ¥13.1 trillion supplementary budget, the equivalent of roughly $88 billion, in late November 2023 to fund tax cuts and energy subsidies. Weakness in the currency has persisted: in mid-November 2023 the yen slid past ¥151 to the dollar, its weakest point in 33 years. On climate, the government has committed to a 46% cut in greenhouse gas emissions by 2030 from 2013 levels.

## Regional and Global Diplomacy

Leaders of the Quad (Australia, India, Japan, and the United States) have met five times since 2021, twice virtually; India's turn to host the next summit has not yet been scheduled. Japan was among the founders of the Indo-Pacific Economic Framework (IPEF), launched in May 2022 with thirteen other partners. Kishida has also sought closer ties with South Korea under President Yoon Suk Yeol, culminating in the trilateral Camp David summit of August 2023. Relief for Ukraine remains a priority: Japan has committed about $1.2 billion in humanitarian aid and $5.5 billion in financial support, and on February 19 it hosted a conference on Ukraine's economic reconstruction.

**Mark E. Manyin**, Coordinator, Specialist in Asian Affairs

**Caitlin Campbell**, Analyst in Asian Affairs

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Kishida", "Fumio", "Prime Minister Kishida Fumio"),
        "leaders.us_president": P("Biden", "Joe", "President Joe Biden"),
        "alliance.treaty_ally_since": F(1951, as_written="Since 1951, when the two countries signed their security treaty in San Francisco, Japan has been a U.S. treaty ally"),
        "alliance.us_troops_in_japan": F(50000, "over", as_written="U.S. Forces Japan (USFJ) numbers north of 50,000 service members", note="'north of' read as over"),
        "alliance.host_nation_support_per_year": F(2000000000, "about", per="year", as_written="Tokyo contributes in the neighborhood of $2 billion each year"),
        "alliance.host_nation_support_agreement": D("2021-12", as_written="a Special Measures Agreement that the governments announced in December 2021 and that runs through March 2027"),
        "alliance.okinawa_share_of_usfj_facilities": F(70, "about", as_written="Share of facilities reserved for exclusive U.S. use | about 70%", note="Table 1 (html sidebar); exclusive-use basis"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="Share of U.S. military personnel in Japan | more than half", note="Table 1"),
        "alliance.okinawa_share_of_land_area": F(0.6, as_written="Okinawa's share of Japan's land area | 0.6%", note="Table 1"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="Of those, Marines bound for Guam | some 4,000", note="Table 1; the 9,000 row is the total leaving Okinawa"),
        "defense.spending_goal_pct_gdp": F(2, by="FY2027", as_written="It has now set a goal of 2% of GDP, counting defense and related outlays, by FY2027"),
        "defense.traditional_limit_pct_gdp": F(1, "about", as_written="the government treated roughly 1% of GDP as an informal cap on defense spending"),
        "defense.tomahawk_purchase": F(2350000000, as_written="which the State Department had cleared in November 2023 as a $2.35 billion sale"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="Two parties govern: the Liberal Democratic Party (LDP) and its junior partner, Komeito"),
        "politics.lower_house_coalition_share": F(63, "about", as_written="Together they won about 63% of the House of Representatives (the Lower House) in the October 2021 general election"),
        "politics.upper_house_coalition_share": F(60, "under", as_written="Their grip on the House of Councillors is looser. It stood at a bit under 60% after the July 2022 contest", note="subject carried from the sentence before; 'a bit under' read as under"),
        "politics.next_diet_election_due": F(2025, as_written="Voters' next scheduled trip to the polls is the July 2025 Upper House election"),
        "politics.lower_house_election_due": D("2025-10", as_written="Unless Kishida dissolves it sooner, the Lower House's four-year term expires in October 2025"),
        "trade.overall_partner_rank": F(6, period="2023", as_written="Japan dropped to sixth place among U.S. trading partners in 2023"),
        "trade.export_partner_rank": F(5, period="2023", as_written="making it the fifth-largest U.S. export market"),
        "trade.us_exports_to_japan": F(120000000000, "over", period="2023", as_written="Exports to Japan came to north of $120 billion"),
        "trade.us_imports_from_japan": F(190000000000, "under", period="2023", as_written="Americans bought a bit under $190 billion of Japanese goods and services"),
        "trade.import_partner_rank": F(5, period="2023", as_written="On the import side, ...; here too, Japan came fifth"),
        "trade.fdi_source_rank": F(1, as_written="Japanese firms have been the leading source of foreign direct investment (FDI) in the United States every year since 2019"),
        "trade.treasury_holder_rank": F(1, as_written="The country is also the foremost foreign owner of U.S. Treasury securities"),
        "economy.gdp_growth": GDP(y2023=1.9, y2022=1.0),
        "economy.supplementary_budget": F(88000000000, "about", period="2023-11", as_written="The Diet passed a ¥13.1 trillion supplementary budget, the equivalent of roughly $88 billion, in late November 2023"),
        "economy.yen": F("33-year low against the dollar", period="2023-11", as_written="in mid-November 2023 the yen slid past ¥151 to the dollar, its weakest point in 33 years"),
        "economy.emissions_cut_target": F(46, by="2030", baseline="2013", as_written="a 46% cut in greenhouse gas emissions by 2030 from 2013 levels"),
        "diplomacy.quad_leader_meetings": F(5, as_written="Leaders of the Quad ... have met five times since 2021"),
        "diplomacy.ipef_other_partners": F(13, period="2022-05", as_written="launched in May 2022 with thirteen other partners"),
        "diplomacy.ukraine_humanitarian_aid": F(1200000000, "about", as_written="Japan has committed about $1.2 billion in humanitarian aid"),
        "diplomacy.ukraine_financial_support": F(5500000000, as_written="and $5.5 billion in financial support"),
    },
    "elections": {
        "lower_house_2021": E("Lower House", "2021-10", "held", result="coalition won about 63%"),
        "upper_house_2022": E("Upper House", "2022-07", "held", result="coalition at a bit under 60%"),
        "okinawa_governor_2022": E("Okinawa governor", "2022-09", "held", result="Denny Tamaki won a second term"),
        "ldp_president_2024": E("LDP president", "2024-09", "upcoming"),
        "upper_house_2025": E("Upper House", "2025-07", "upcoming"),
    },
    "events": {
        "abe_assassination": EV("Former Prime Minister Abe Shinzo shot dead while campaigning in Nara", "2022-07-08"),
    },
    "notes": "Traps: 'Seventy-odd years into their alliance'; 'an official visit and state dinner on April 10' (planned); 'the cabinet's support has languished in the low 20s'; 'Few analysts expect him to call a snap election' (speculation, no election); 'roughly 28,500 more are in South Korea' (another country); 'runs through March 2027' (the agreement's end, not its date) and 'Talks on its successor are not expected to open until next year'; 'strategy documents of December 2022'; 'some ¥43 trillion over five years'; 'up to 400 Tomahawk cruise missiles' (a count), 'in January' (contract, not the price) and 'once slated for FY2026'; 'home to about 1.5 million people'; 'who won a second term in September 2022' (held governor race); 'in December 2023 after the courts ruled'; Table 1 row 'Marines to leave Okinawa under the 2012 plan | around 9,000' (total leaving, not Guam) and 'Relocation to Guam is scheduled to begin by the end of 2024; none of the Marines have moved yet' (no Marines in Guam); 'half of the chamber's 248 seats are up' (not a share); 'The LDP will choose its president in September 2024' (LDP vote, not the next Diet election); 'behind Mexico, Canada, China, Germany, and the United Kingdom' (five partners ahead = sixth); 'every year since 2019' (not a rank); 'Nippon Steel's pending $14.1 billion bid' (not Japan's pledge); 'holdings of roughly $1.1 trillion; China ranks behind it'; 'output contracted in each of the last two quarters of 2023'; 'to become the world's fourth-largest' (economy rank, not a trade rank); '¥151 to the dollar'; 'twice virtually' and 'India's turn to host the next summit'; 'President Yoon Suk Yeol' and 'Camp David summit of August 2023'; 'on February 19 it hosted a conference'; html sidebar 'Okinawa at a Glance' holds Table 1; PDF curly quotes and NBSP; interleaved columns",
}
