from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "RC1-IF10199-2024-08", "fresh38", "IF10199", 39
LAYOUTS = ["layout", "html"]
PDF_OPTS = ["lig", "nbsp", "hyph"]
SIDEBAR = "Okinawa: Key Figures"
CHART = {"unit": "yen per dollar", "ymax": 160, "ticks": [0, 40, 80, 120, 160],
         "series": ["Annual average"],
         "bars": {"2019": (109.0,), "2020": (106.8,), "2021": (109.8,), "2022": (131.5,), "2023": (140.5,)}}

MD = """
U.S.-Japan Relations

Updated August 22, 2024

## Overview

Tokyo is preparing for a change at the top. On August 14, Prime Minister Fumio Kishida announced that he would not run in the Liberal Democratic Party's (LDP's) leadership race, which the party has set for September 27; because the LDP controls the Diet, the winner of that vote is all but certain to succeed him. Kishida, who took office in October 2021, leaves behind markedly closer defense ties with Washington. During an April 2024 state visit he addressed a joint meeting of Congress, the first Japanese leader to do so since Abe Shinzo, who spoke there in April 2015 and was assassinated in July 2022. President Joe Biden, who on July 21 ended his own campaign for reelection, has called the alliance the cornerstone of peace in the Indo-Pacific. Among the LDP politicians expected to enter the race are former Defense Minister Ishiba Shigeru, Economic Security Minister Takaichi Sanae, and Koizumi Shinjiro, a son of former Prime Minister Koizumi Junichiro.

## Alliance Basics

The two countries have been treaty allies since 1951, when a security pact was signed together with the peace treaty; the current Treaty of Mutual Cooperation and Security dates from 1960. Upwards of 50,000 U.S. service members are based in Japan, along with the Navy's only forward-deployed aircraft carrier. Toward the cost of that presence, Tokyo contributes roughly $2 billion each year. The figure comes from a Special Measures Agreement (SMA) the two governments concluded in December 2021, worth ¥1.05 trillion over FY2022-FY2026 and signed in January 2022.

At a "2+2" meeting of foreign and defense ministers in Tokyo on July 28, the allies agreed to turn U.S. Forces Japan (USFJ) into a joint force headquarters. It is to work alongside a Japanese Joint Operations Command that is to be stood up by March 2025. The ministers also agreed to look at co-producing AMRAAM air-to-air missiles and to expand output of PAC-3 interceptors.

## Okinawa: Key Figures

Okinawa Prefecture covers about 0.6% of Japan's land area. Even so:

- It contains some 70% of the facilities reserved for the exclusive use of U.S. forces in Japan.
- Over half of the U.S. military personnel in the country are stationed there.
- Under a 2012 realignment plan, roughly 9,000 Marines are to leave the island; of those, approximately 4,000 are bound for Guam, with the first transfers slated for December 2024.

Governor Tamaki Denny, reelected in September 2022, continues to oppose the construction of a replacement runway at Henoko.

## Defense Build-Up

Japan's December 2022 strategy documents launched its largest military expansion in decades. Spending on defense and related budget items is to reach 2% of GDP in FY2027. For about half a century, custom rather than law had held budgets near 1% of GDP. A five-year plan calls for ¥43 trillion in outlays, and the FY2024 defense budget, at ¥7.9 trillion, is a record.

Counterstrike weapons are a priority. In January, Japan's defense ministry signed an agreement to acquire 400 Tomahawk cruise missiles; the sale, notified to Congress in November 2023, has an estimated value of $2.35 billion.

## Domestic Politics

The LDP governs together with Komeito, a smaller party backed by a Buddhist lay organization. In the House of Representatives, the Diet's lower and more powerful chamber, the two partners hold about 62% of the seats, down a little from the 63% they won in October 2021, after by-election losses that included three in April 2024. In the House of Councillors their share, secured in the July 2022 election, is close to three-fifths.

Kishida's popularity never recovered from a scandal over unreported political funds at several LDP factions; his cabinet's approval rating fell below 20% in some polls. No Lower House election is legally required until October 2025. The next regularly scheduled national vote is therefore the Upper House election of July 2025, when half of that chamber's 248 seats will be filled. Many observers expect Kishida's successor to dissolve the Lower House early in search of a fresh mandate. In Tokyo's July gubernatorial race, Koike Yuriko won a third term.

## Economic Ties

Measured by total trade in goods and services, Japan was the sixth-largest U.S. trading partner in 2023. It was the fifth-largest buyer of U.S. exports that year, and it ranked fifth as well among the sources of U.S. imports.

Table 1. U.S. Trade with Japan (goods and services, $ billions)

| Flow | 2022 | 2023 |
| --- | --- | --- |
| U.S. exports to Japan | 120.1 | 121.0 |
| U.S. imports from Japan | 180.3 | 184.0 |
| U.S. balance | -60.2 | -63.0 |

Source: U.S. Bureau of Economic Analysis.

Every year since 2019, Japanese companies have been the largest foreign direct investors in the United States. Nippon Steel's $14.9 billion bid for U.S. Steel, announced in December 2023, faces opposition from both major U.S. presidential campaigns. Japan likewise holds more U.S. Treasury securities than any other foreign country: about $1.1 trillion in June 2024, compared with China's $780 billion.

## Japan's Economy

Real GDP expanded 1.9% in 2023, after growing 1.0% the year before. In the April-June quarter of 2024, output rose at an annualized 3.1%, following a first-quarter contraction.

**Figure 1. Yen-Dollar Exchange Rate, 2019-2023**

Source: Federal Reserve. Yen per dollar, annual averages.

In early July, the yen sank to about ¥161 per dollar, its weakest level in 38 years. The Bank of Japan raised its policy rate to 0.25% on July 31, helping to set off a sharp rebound, and the Nikkei stock index fell 12% on August 5. Last November the Diet enacted a ¥13.1 trillion (roughly $89 billion) supplementary budget, which funded an economic package that included income tax cuts that took effect in June. Under the Paris Agreement, Japan has pledged that its greenhouse gas emissions in FY2030 will be 46% below their FY2013 level; its longer-term goal is net zero by 2050.

## Regional and Global Diplomacy

Japan, Australia, India, and the United States make up the Quad. Its leaders have met five times since March 2021, twice by video link; a sixth summit, to be hosted by the United States, is expected this fall. Japan also joined the Indo-Pacific Economic Framework for Prosperity (IPEF) at its May 2022 launch, one of 14 original participants. Relations with South Korea have warmed: in August 2023, Kishida, Biden, and South Korean President Yoon Suk Yeol met at Camp David for the first stand-alone trilateral summit of the three countries.

Since Russia's 2022 invasion, Japan has extended about $12 billion in aid to Ukraine. Its pledges include $5.5 billion in financial support and roughly $1.3 billion for humanitarian relief. In June, Kishida and Ukrainian President Volodymyr Zelensky signed a ten-year accord under which Japan promised $4.5 billion for 2024.

**Mark E. Manyin**, Coordinator, Specialist in Asian Affairs

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Caitlin Campbell**, Analyst in Asian Affairs

**Kyla H. Kitamura**, Analyst in Asian Affairs
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Kishida", "Fumio", "Prime Minister Fumio Kishida", note="still in office; announced he will not run for LDP president"),
        "leaders.us_president": P("Biden", "Joe", "President Joe Biden"),
        "alliance.treaty_ally_since": F(1951, as_written="The two countries have been treaty allies since 1951"),
        "alliance.us_troops_in_japan": F(50000, "over", as_written="Upwards of 50,000 U.S. service members are based in Japan", note="'upwards of' = over"),
        "alliance.host_nation_support_per_year": F(2000000000, "about", per="year", as_written="Tokyo contributes roughly $2 billion each year"),
        "alliance.host_nation_support_agreement": D("2021-12", as_written="a Special Measures Agreement (SMA) the two governments concluded in December 2021", note="dated by its conclusion; the January 2022 signing a trap"),
        "alliance.okinawa_share_of_land_area": F(0.6, "about", as_written="Okinawa Prefecture covers about 0.6% of Japan's land area", note="sidebar"),
        "alliance.okinawa_share_of_usfj_facilities": F(70, "about", as_written="It contains some 70% of the facilities reserved for the exclusive use of U.S. forces in Japan", note="sidebar bullet; exclusive-use basis; 'It' = Okinawa"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="Over half of the U.S. military personnel in the country are stationed there", note="sidebar bullet; 'there' = Okinawa"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="of those, approximately 4,000 are bound for Guam", note="sidebar bullet; transfers not yet begun"),
        "defense.spending_goal_pct_gdp": F(2, by="FY2027", as_written="Spending on defense and related budget items is to reach 2% of GDP in FY2027"),
        "defense.traditional_limit_pct_gdp": F(1, "about", as_written="custom rather than law had held budgets near 1% of GDP", note="'near' = about"),
        "defense.tomahawk_purchase": F(2350000000, "about", as_written="has an estimated value of $2.35 billion", note="subject 'the sale' of 400 Tomahawk cruise missiles"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="The LDP governs together with Komeito"),
        "politics.lower_house_coalition_share": F(62, "about", previous=63, as_written="the two partners hold about 62% of the seats, down a little from the 63% they won in October 2021"),
        "politics.upper_house_coalition_share": F(60, "nearly", as_written="In the House of Councillors their share, secured in the July 2022 election, is close to three-fifths", note="fraction rule; 'close to' = nearly"),
        "politics.next_diet_election_due": F(2025, as_written="The next regularly scheduled national vote is therefore the Upper House election of July 2025"),
        "politics.lower_house_election_due": D("2025-10", as_written="No Lower House election is legally required until October 2025", note="14 months away: deadline only, no lower_house_2025"),
        "trade.overall_partner_rank": F(6, period="2023", as_written="Japan was the sixth-largest U.S. trading partner in 2023"),
        "trade.export_partner_rank": F(5, period="2023", as_written="It was the fifth-largest buyer of U.S. exports that year"),
        "trade.import_partner_rank": F(5, period="2023", as_written="and it ranked fifth as well among the sources of U.S. imports"),
        "trade.us_exports_to_japan": F(121000000000, period="2023", as_written="U.S. exports to Japan | 120.1 | 121.0", note="Table 1 only, 2023 column, $ billions from the caption"),
        "trade.us_imports_from_japan": F(184000000000, period="2023", as_written="U.S. imports from Japan | 180.3 | 184.0", note="Table 1 only, 2023 column"),
        "trade.fdi_source_rank": F(1, as_written="Every year since 2019, Japanese companies have been the largest foreign direct investors in the United States", note="no period: a span"),
        "trade.treasury_holder_rank": F(1, period="2024-06", as_written="Japan likewise holds more U.S. Treasury securities than any other foreign country: about $1.1 trillion in June 2024"),
        "economy.gdp_growth": GDP(y2023=1.9, y2022=1.0),
        "economy.supplementary_budget": F(89000000000, "about", period="2023-11", as_written="Last November the Diet enacted a ¥13.1 trillion (roughly $89 billion) supplementary budget"),
        "economy.yen": F("38-year low against the dollar", period="2024-07", as_written="In early July, the yen sank to about ¥161 per dollar, its weakest level in 38 years", note="'in 38 years' normalised to a 38-year low"),
        "economy.emissions_cut_target": F(46, by="FY2030", baseline="FY2013", as_written="its greenhouse gas emissions in FY2030 will be 46% below their FY2013 level"),
        "diplomacy.quad_leader_meetings": F(5, as_written="Its leaders have met five times since March 2021"),
        "diplomacy.ipef_other_partners": F(13, period="2022-05", as_written="at its May 2022 launch, one of 14 original participants", note="14 less Japan"),
        "diplomacy.ukraine_financial_support": F(5500000000, as_written="Its pledges include $5.5 billion in financial support"),
        "diplomacy.ukraine_humanitarian_aid": F(1300000000, "about", as_written="roughly $1.3 billion for humanitarian relief"),
    },
    "elections": {
        "ldp_president_2024": E("LDP president", "2024-09-27", "upcoming", note="Kishida not running; the winner to succeed him"),
        "lower_house_2021": E("Lower House", "2021-10", "held", result="coalition won 63%"),
        "upper_house_2022": E("Upper House", "2022-07", "held", result="coalition share close to three-fifths"),
        "upper_house_2025": E("Upper House", "2025-07", "upcoming"),
        "okinawa_governor_2022": E("Okinawa governor", "2022-09", "held", result="Tamaki Denny reelected"),
    },
    "events": {
        "abe_address_to_congress": EV("Abe addresses a joint meeting of Congress", "2015-04", "held"),
        "abe_assassination": EV("Abe assassinated", "2022-07", "held"),
    },
    "notes": "Traps: 'On August 14' (Kishida's announcement); 'which the party has set for September 27' (the LDP vote, not a Diet election); 'who took office in October 2021'; 'During an April 2024 state visit'; 'since Abe Shinzo, who spoke there in April 2015 and was assassinated in July 2022' (former leader); 'who on July 21 ended his own campaign for reelection' (Biden is still president); 'former Defense Minister Ishiba Shigeru, Economic Security Minister Takaichi Sanae, and Koizumi Shinjiro, a son of former Prime Minister Koizumi Junichiro' (possible successors and a former leader, none the prime minister); 'when a security pact was signed together with the peace treaty; the current Treaty of Mutual Cooperation and Security dates from 1960' (1960 not the treaty-ally year); 'the Navy's only forward-deployed aircraft carrier'; 'worth ¥1.05 trillion over FY2022-FY2026 and signed in January 2022' (SMA total and signing); 'on July 28' and 'to be stood up by March 2025' (2+2, JJOC); 'AMRAAM ... PAC-3'; sidebar 'Under a 2012 realignment plan, roughly 9,000 Marines are to leave the island' (total leaving, not Guam) and 'with the first transfers slated for December 2024' (planned, no marines_in_guam); 'reelected in September 2022'; 'Japan's December 2022 strategy documents'; 'For about half a century'; 'A five-year plan calls for ¥43 trillion' and 'the FY2024 defense budget, at ¥7.9 trillion'; '400 Tomahawk cruise missiles' (a count) and 'notified to Congress in November 2023'; 'down a little from the 63% they won in October 2021' (previous Lower House share); 'three in April 2024' (by-elections, not listed); 'approval rating fell below 20%'; 'when half of that chamber's 248 seats will be filled' (not the coalition's Upper House share); 'expect Kishida's successor to dissolve the Lower House early' (speculation, no election); 'In Tokyo's July gubernatorial race, Koike Yuriko won a third term' (local); Table 1's 2022 column and balance row (2022 flows and the balance); 'Every year since 2019' (a span, not a rank); 'Nippon Steel's $14.9 billion bid for U.S. Steel, announced in December 2023'; 'compared with China's $780 billion' (another holder); 'output rose at an annualized 3.1%' (a quarter, not a year); Figure 1 (yen per dollar 2019-2023, ticks 0-160, no values; html aside with the sidebar); 'about ¥161 per dollar'; 'raised its policy rate to 0.25% on July 31'; 'the Nikkei stock index fell 12% on August 5'; 'income tax cuts that took effect in June'; 'net zero by 2050'; 'twice by video link' and 'a sixth summit, to be hosted by the United States, is expected this fall' (planned); 'one of 14 original participants' (14 includes Japan: 13 others); 'in August 2023 ... at Camp David'; 'about $12 billion in aid to Ukraine' (total); 'under which Japan promised $4.5 billion for 2024' (a later pledge, not the financial-support figure); layout: pdftotext -layout runs the two columns side by side, Table 1 and the sidebar bullets among them.",
}
