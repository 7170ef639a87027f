from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "AE1-IF10199-2023-09", "fresh15", "IF10199", 33
LAYOUTS = ["layout", "md"]
PDF_OPTS = ["quotes", "hyph"]

MD = """
U.S.-Japan Relations

Updated September 26, 2023

## Overview

Relations between the United States and Japan, bound by a security treaty since 1951, are arguably closer now than at any earlier point in the alliance. On August 18, President Joe Biden hosted Prime Minister Kishida Fumio and South Korean President Yoon Suk Yeol at Camp David for the first stand-alone summit of the three countries' leaders, where they accepted a "duty to consult" one another in a crisis and agreed to meet every year. On September 13, Kishida reshuffled his cabinet, naming Kamikawa Yoko foreign minister and Kihara Minoru defense minister.

## Politics

Kishida's Liberal Democratic Party (LDP) governs in coalition with Komeito, as it has since December 2012. The partners are stronger in the lower chamber than in the upper one: they hold sixty-three percent of the seats in the House of Representatives, a share unchanged since the October 2021 general election, whereas in the House of Councillors, where they went into the July 2022 election with 57%, they now control close to 59 percent. That election, held two days after former Prime Minister Abe Shinzo was shot and killed while campaigning, was the coalition's most recent national test. Polls put cabinet approval in the low 30s, lower than at any time since Kishida took office in October 2021.

Unless Kishida dissolves the lower chamber early, a step some in Tokyo's political press expect as soon as this autumn, its members will serve until October 2025, and half of the upper chamber is up for election in July of that year. Before then, Kishida must win a second term as LDP president in September 2024 if he is to remain prime minister.

## The Alliance

No foreign country hosts more U.S. military personnel than Japan does (Table 1). The Seventh Fleet is homeported at Yokosuka, and the III Marine Expeditionary Force is headquartered on Okinawa. Under a five-year Special Measures Agreement (SMA) signed on January 7, 2022, Tokyo is to pay ¥1.05 trillion from FY2022 through FY2026 toward the cost of stationing U.S. forces. The annual average, about ¥211 billion, comes to roughly $1.4 billion at this year's exchange rates, less in dollar terms than when the deal was struck because the yen has weakened since.

Table 1. U.S. Military Personnel in Selected Host Countries, June 2023

| Host country | Active-duty personnel |
| --- | --- |
| Japan | 53,876 |
| Germany | 35,781 |
| South Korea | 24,378 |
| Italy | 12,347 |
| United Kingdom | 10,180 |

Source: Defense Manpower Data Center; figures as of June 30, 2023, excluding personnel afloat.

## Defense

For nearly five decades, Tokyo's defense budgets stayed near 1% of gross domestic product (GDP). That changed in December 2022, when the Kishida cabinet adopted three strategy documents that pledge to raise defense and related spending to 2% of GDP by FY2027 and to spend ¥43 trillion on defense over five years. The Ministry of Defense's request for FY2024, submitted in August, is ¥7.7 trillion, up from the ¥6.8 trillion enacted for FY2023. Among the planned purchases are as many as 400 U.S. Tomahawk cruise missiles, for which the FY2023 budget set aside ¥211.3 billion, just under $1.5 billion. China's official defense budget, by comparison, grew 7.2% this year.

## Okinawa

Whereas Okinawa Prefecture makes up 0.6% of Japan's land area, roughly seven in ten acres of the base land set aside for the exclusive use of U.S. forces lie within it, as do more than half of the U.S. military personnel in Japan. Governor Tamaki Denny, reelected in September 2022 on a platform of opposing the relocation of Marine Corps Air Station Futenma to Henoko, lost a Supreme Court case on September 4 over the central government's order that he approve a design change for the landfill. Under a 2012 plan, some 9,000 Marines are to leave the island, fewer than half of them for Guam: about 4,000 are to begin moving there in 2024, a year after Camp Blaz on Guam was activated.

## Trade and Investment

Japan, which in 2022 was the fourth-largest U.S. trading partner when goods and services are combined, bought $120.1 billion of U.S. goods and services that year, more than any country except Canada, Mexico, China, and the United Kingdom. On the import side Japan stood one place lower than it did as a market: fifth, with $180.3 billion in sales to the United States. Through July 2023, U.S. goods exports to Japan were running about 5% below the same months of 2022.

Japan's stock of direct investment in the United States, $775 billion at the end of 2022, is larger than that of any other country. So too with U.S. Treasury securities: Japan's holdings, $1.12 trillion in July, exceed those of every other foreign country, China's by roughly $300 billion.

## Economy

Real GDP rose 1.0% in 2022, less than half the 2.6% pace of 2021 and below the 2.1% growth of the U.S. economy; output then grew at an annualized 4.8% in the April-June quarter of 2023. The most recent supplementary budget, for FY2022, was enacted in December 2022: ¥28.9 trillion, or more than $200 billion at the exchange rate of the day. Kishida has said that a new economic package will be compiled in October. With the Bank of Japan holding short-term rates below zero, the yen slid to around ¥148 per dollar in September, nearing the 32-year low of close to ¥152 that it reached in October 2022. Japan has pledged to cut greenhouse gas emissions 46% below FY2013 levels by FY2030; the U.S. pledge is a cut of 50%-52% from 2005 levels.

## Regional and Global Diplomacy

The Quad's leaders have met five times since March 2021, most recently in Hiroshima in May, on the sidelines of the G7 summit that Japan hosted; India is to host the sixth, for which no date has been set. Japan was among the 14 countries that launched the Indo-Pacific Economic Framework for Prosperity (IPEF) in Tokyo in May 2022, and IPEF's supply chain agreement was substantially concluded in May 2023. Since Russia's full-scale invasion of Ukraine, Japan has pledged about $7.6 billion in assistance; the bulk of it, $5.5 billion, is financial support, and roughly $1.1 billion is humanitarian aid.

**Mark E. Manyin**, Coordinator, Specialist in Asian Affairs

**Caitlin Campbell**, Analyst in Asian Affairs

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Kishida", "Fumio", "Prime Minister Kishida Fumio"),
        "leaders.us_president": P("Biden", "Joe", "President Joe Biden"),
        "alliance.treaty_ally_since": F(1951, as_written="Relations between the United States and Japan, bound by a security treaty since 1951"),
        "alliance.us_troops_in_japan": F(53876, period="2023-06", as_written="Table 1 row 'Japan | 53,876' (Active-duty personnel, June 2023)",
                                         note="stated only in Table 1, beside other host countries' figures; exact"),
        "alliance.host_nation_support_per_year": F(1400000000, "about", per="year",
                                                   as_written="The annual average, about ¥211 billion, comes to roughly $1.4 billion at this year's exchange rates"),
        "alliance.host_nation_support_agreement": D("2022-01-07", as_written="Under a five-year Special Measures Agreement (SMA) signed on January 7, 2022",
                                                   note="only the signing date is written"),
        "alliance.okinawa_share_of_usfj_facilities": F(70, "about", note="exclusive-use basis",
                                                       as_written="roughly seven in ten acres of the base land set aside for the exclusive use of U.S. forces lie within it"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="as do more than half of the U.S. military personnel in Japan",
                                                      note="subject carried by 'as do'"),
        "alliance.okinawa_share_of_land_area": F(0.6, as_written="Whereas Okinawa Prefecture makes up 0.6% of Japan's land area"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="fewer than half of them for Guam: about 4,000 are to begin moving there in 2024"),
        "defense.spending_goal_pct_gdp": F(2, by="FY2027", as_written="pledge to raise defense and related spending to 2% of GDP by FY2027"),
        "defense.traditional_limit_pct_gdp": F(1, "about", as_written="For nearly five decades, Tokyo's defense budgets stayed near 1% of gross domestic product (GDP)"),
        "defense.tomahawk_purchase": F(1500000000, "under", as_written="for which the FY2023 budget set aside ¥211.3 billion, just under $1.5 billion",
                                       note="the FY2023 budget line's dollar equivalent"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="Kishida's Liberal Democratic Party (LDP) governs in coalition with Komeito"),
        "politics.lower_house_coalition_share": F(63, as_written="they hold sixty-three percent of the seats in the House of Representatives"),
        "politics.upper_house_coalition_share": F(59, "nearly", previous=57,
                                                  as_written="where they went into the July 2022 election with 57%, they now control close to 59 percent"),
        "politics.next_diet_election_due": F(2025, as_written="its members will serve until October 2025, and half of the upper chamber is up for election in July of that year"),
        "politics.lower_house_election_due": D("2025-10", as_written="Unless Kishida dissolves the lower chamber early ..., its members will serve until October 2025"),
        "trade.overall_partner_rank": F(4, period="2022", as_written="Japan, which in 2022 was the fourth-largest U.S. trading partner when goods and services are combined"),
        "trade.export_partner_rank": F(5, period="2022", as_written="bought $120.1 billion of U.S. goods and services that year, more than any country except Canada, Mexico, China, and the United Kingdom"),
        "trade.us_exports_to_japan": F(120100000000, period="2022", as_written="bought $120.1 billion of U.S. goods and services that year"),
        "trade.import_partner_rank": F(5, period="2022", as_written="On the import side Japan stood one place lower than it did as a market: fifth"),
        "trade.us_imports_from_japan": F(180300000000, period="2022", as_written="fifth, with $180.3 billion in sales to the United States"),
        "trade.fdi_source_rank": F(1, period="2022", as_written="Japan's stock of direct investment in the United States, $775 billion at the end of 2022, is larger than that of any other country"),
        "trade.treasury_holder_rank": F(1, period="2023-07", as_written="So too with U.S. Treasury securities: Japan's holdings, $1.12 trillion in July, exceed those of every other foreign country"),
        "economy.gdp_growth": GDP(y2022=1.0, y2021=2.6),
        "economy.supplementary_budget": F(200000000000, "over", period="2022-12",
                                          as_written="The most recent supplementary budget, for FY2022, was enacted in December 2022: ¥28.9 trillion, or more than $200 billion"),
        "economy.emissions_cut_target": F(46, by="FY2030", baseline="FY2013", as_written="cut greenhouse gas emissions 46% below FY2013 levels by FY2030"),
        "economy.yen": F("32-year low against the dollar", period="2022-10",
                         as_written="nearing the 32-year low of close to ¥152 that it reached in October 2022"),
        "diplomacy.quad_leader_meetings": F(5, as_written="The Quad's leaders have met five times since March 2021"),
        "diplomacy.ipef_other_partners": F(13, period="2022-05", as_written="Japan was among the 14 countries that launched ... (IPEF) in Tokyo in May 2022",
                                           note="14 countries including Japan: 13 beside it"),
        "diplomacy.ukraine_financial_support": F(5500000000, as_written="the bulk of it, $5.5 billion, is financial support"),
        "diplomacy.ukraine_humanitarian_aid": F(1100000000, "about", as_written="and roughly $1.1 billion is humanitarian aid"),
    },
    "elections": {
        "lower_house_2021": E("Lower House", "2021-10", "held", result="coalition holds 63%"),
        "upper_house_2022": E("Upper House", "2022-07", "held", result="coalition from 57% to close to 59%"),
        "okinawa_governor_2022": E("Okinawa governor", "2022-09", "held", result="Tamaki Denny reelected"),
        "ldp_president_2024": E("LDP president", "2024-09", "upcoming", note="'Kishida must win a second term as LDP president in September 2024'"),
        "upper_house_2025": E("Upper House", "2025-07", "upcoming", note="'half of the upper chamber is up for election in July of that year' (2025 carried)"),
    },
    "events": {
        "abe_assassination": EV("Former Prime Minister Abe Shinzo shot and killed while campaigning, two days before the July 2022 Upper House election", "2022-07"),
    },
    "notes": "Traps: 'On August 18' Camp David summit and 'South Korean President Yoon Suk Yeol' (another leader); 'On September 13, Kishida reshuffled his cabinet' ('Kamikawa Yoko', 'Kihara Minoru'); 'as it has since December 2012'; 'where they went into the July 2022 election with 57%' (previous Upper House share); 'former Prime Minister Abe Shinzo' (former PM); 'Polls put cabinet approval in the low 30s'; 'since Kishida took office in October 2021'; 'a step some in Tokyo's political press expect as soon as this autumn' (speculation: no election); Table 1 rows 'Germany | 35,781', 'South Korea | 24,378', 'Italy | 12,347', 'United Kingdom | 10,180' (other hosts) and 'as of June 30, 2023'; 'Seventh Fleet', 'III Marine Expeditionary Force' (numbers in names); 'Tokyo is to pay ¥1.05 trillion from FY2022 through FY2026' and 'about ¥211 billion' (yen, not the dollar fact); 'less in dollar terms than when the deal was struck'; 'three strategy documents'; 'to spend ¥43 trillion on defense over five years'; 'request for FY2024 ... is ¥7.7 trillion' and 'the ¥6.8 trillion enacted for FY2023'; 'as many as 400 U.S. Tomahawk cruise missiles' (a count) and '¥211.3 billion'; 'China's official defense budget ... grew 7.2% this year'; 'Governor Tamaki Denny, reelected in September 2022'; 'lost a Supreme Court case on September 4'; 'Under a 2012 plan, some 9,000 Marines are to leave the island' (the total leaving, not Guam's); 'fewer than half of them for Guam' (a fraction of the Marines, no share fact); 'begin moving there in 2024' (none moved: no Marines in Guam); 'a year after Camp Blaz on Guam was activated'; 'more than any country except Canada, Mexico, China, and the United Kingdom' (export rank by count of those ahead = 5); 'one place lower than it did as a market' (import rank 5, not 4); 'Through July 2023 ... running about 5% below' (partial year); '$775 billion at the end of 2022' (FDI stock, no IF10199 fact); '$1.12 trillion in July' and 'China's by roughly $300 billion'; 'below the 2.1% growth of the U.S. economy' (another country's GDP); 'an annualized 4.8% in the April-June quarter of 2023' (a quarter); '¥28.9 trillion'; 'a new economic package will be compiled in October' (planned); 'around ¥148 per dollar in September' and 'close to ¥152'; 'the U.S. pledge is a cut of 50%-52% from 2005 levels' (other country); 'India is to host the sixth' (planned); 'IPEF's supply chain agreement was substantially concluded in May 2023'; 'Japan has pledged about $7.6 billion in assistance' (the total, not a part); PDF curly quotes and hyphenated line ends (layout text)",
}
