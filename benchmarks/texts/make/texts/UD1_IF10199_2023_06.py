from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "UD1-IF10199-2023-06", "fresh41", "IF10199", 41
LAYOUTS = ["html", "pdf"]
PDF_OPTS = ["quotes", "nbsp", "hyph"]
SIDEBAR = "Okinawa's Share of the Burden"
CHART = {"unit": "¥ trillions", "ymax": 8, "ticks": [0, 2, 4, 6, 8],
         "series": ["Initial defense budget"],
         "bars": {"FY19": (5.26,), "FY20": (5.31,), "FY21": (5.34,), "FY22": (5.40,), "FY23": (6.82,)}}

MD = """
U.S.-Japan Relations

Updated June 27, 2023

## Overview

In hosting the Group of Seven (G7) summit in Hiroshima on May 19-21, Prime Minister Fumio Kishida placed Japan at the center of the democracies' response to Russia's war on Ukraine, and the surprise arrival of Ukraine's President Volodymyr Zelensky gave the meeting added weight. President Biden attended, four months after receiving Kishida at the White House in January; the two have met in person several times since Kishida took office in October 2021. For Washington, Tokyo's decision last December to expand its military capabilities ranks among the most consequential changes in the alliance in decades. Nearly a year after former Prime Minister Abe Shinzo was shot and killed while campaigning in Nara on July 8, 2022, Kishida has emerged as a more assertive leader than many had predicted, though he faces a slipping approval rating and questions about his party's plans for a snap election.

## The Alliance

Japan has been a U.S. treaty ally since 1951. The 1960 Treaty of Mutual Cooperation and Security, the pact in force today, obliges the United States to defend territory under Japan's administration and grants U.S. forces the use of bases there. Some fifty-four thousand U.S. military personnel, the largest U.S. troop presence in any foreign country, are stationed in Japan; by comparison, about 28,500 serve in South Korea.

Tokyo helps to pay for the deployment. A Special Measures Agreement concluded by the two governments in December 2021, covering Japanese fiscal years 2022 through 2026, sets its contribution at ¥1.055 trillion in total, the equivalent of roughly $2 billion each year. That accord replaced one that had been extended for a single year when negotiations slowed in 2020.

## Okinawa's Share of the Burden

Okinawa, a chain of islands that accounts for less than one percent of Japan's land area, bears a disproportionate load. Approximately seven-tenths of the acreage reserved for the exclusive use of U.S. forces in Japan lies in the prefecture. More than half of the American service members in Japan are based there. Governor Tamaki Denny, who won a second term in September 2022, opposes the construction of a replacement for Marine Corps Air Station Futenma at Henoko, a project whose completion is not expected before the mid-2030s.

A 2012 realignment plan calls for roughly 9,000 Marines to leave Okinawa. About 4,000 of them are to go to Guam, where the new Marine base, Camp Blaz, was formally reactivated in January 2023; the first transfers are expected in 2024 or later.

## Defense Policy

Three strategy documents adopted on December 16, 2022, commit Japan to raising spending on defense and related items to 2% of gross domestic product (GDP) in FY2027. For decades, Japanese governments had kept the defense budget at or near one percent of GDP, a self-imposed ceiling that dates from 1976. Over five years, the plan calls for ¥43 trillion in outlays, about 1.6 times the amount of the previous five-year program (Figure 1). Among its most debated elements is a "counterstrike" capability: Japan plans to acquire up to 400 U.S.-made Tomahawk cruise missiles, and it has begun developing longer-range versions of its own missiles.

**Figure 1. Japan's Initial Defense Budgets, FY2019-FY2023**

Source: Japan Ministry of Defense. Excludes supplementary budgets; FY2023 figure includes defense-related items.

How to pay for the buildup remains unsettled. A bill establishing a fund for defense outlays cleared the Diet on June 16, but the government has postponed a decision on the timing of tax increases that are to supply about a quarter of the added funding.

## Domestic Politics

The Liberal Democratic Party (LDP) has governed in coalition with Komeito, a smaller party backed by a lay Buddhist group, almost without interruption since 1999. The two parties won nearly two-thirds of the seats in the House of Representatives (the lower chamber) in October 2021. In the House of Councillors, their position strengthened in last July's election: they now hold 146 of its 248 seats, about 59%, up from roughly 57% beforehand. The two parties' relations have frayed this year over the division of candidacies in new Tokyo districts.

Speculation that Kishida would dissolve the lower house and call an early election ended on June 15, when he said he would not do so before the Diet session closed. Unless he changes course later in the year, no national vote is required until the House of Councillors election of July 2025. The four-year lower house term expires in October 2025. Before then, Kishida must win reelection as LDP president, a post whose current term ends in September 2024.

## Trade and Investment

Japan and the United States have among the largest bilateral economic relationships in the world. Last year Japan was the fourth-largest U.S. trading partner. It ranked fourth and fifth, respectively, as a market for U.S. exports and as a source of U.S. imports.

Table 1. U.S. Trade with Japan (goods and services, $ billions)

| | 2021 | 2022 |
| --- | --- | --- |
| U.S. exports to Japan | 112.2 | 120.1 |
| U.S. imports from Japan | 167.8 | 180.3 |
| U.S. balance | -55.6 | -60.2 |

Source: U.S. Bureau of Economic Analysis.

The exports were worth $120.1 billion in 2022, while imports came to $180.3 billion (goods alone accounted for $80.2 billion and $148.1 billion of those totals). Japanese companies own more direct investment in the United States than those of any other country, a position they have held since 2019, with a stock of more than $750 billion. No foreign government holds more U.S. Treasury securities than Japan, whose holdings were about $1.1 trillion in April 2023; China, with about $870 billion, is second. Under the 2019 U.S.-Japan Trade Agreement, Japan cut tariffs on many U.S. farm products, and a March 2023 agreement on critical minerals made Japan a partner for purposes of the electric-vehicle tax credit in the Inflation Reduction Act.

## Japan's Economy

Real GDP grew 1.0% in 2022, a slowdown from 2.2% in 2021, though output rebounded in the first quarter of this year, expanding at an annualized 2.7%. To ease the burden of rising prices, the Diet in December 2022 passed a supplementary budget of ¥28.9 trillion, roughly $215 billion; the FY2023 initial budget, at ¥114.4 trillion, is the largest on record. Last October the yen touched a 32-year low against the dollar, near ¥152, before partially recovering. The Bank of Japan, under Governor Ueda Kazuo since April, has kept its negative short-term interest rate. On climate, the government's goal is to reduce greenhouse gas emissions by 46% from FY2013 levels by FY2030, and it has said it will strive for 50%; net-zero emissions are targeted for 2050.

## Regional and Global Diplomacy

The Quad's leaders (from Australia, India, Japan, and the United States) met on the sidelines of the G7 on May 20, their fifth meeting, after a session planned for Sydney was called off when President Biden cut short his trip. Of the five, two were held by video. Japan was one of 14 founding members of the Indo-Pacific Economic Framework for Prosperity (IPEF), launched in Tokyo in May 2022; last month the members substantially concluded talks on the first of IPEF's four pillars, covering supply chains.

Relations with South Korea have improved markedly since President Yoon Suk Yeol visited Tokyo in March and Kishida made a return trip to Seoul in May. Tokyo has also stepped up its support for Ukraine: in February it pledged an additional $5.5 billion in financial support, and its humanitarian and recovery aid totals roughly $1.5 billion, bringing its commitments to some $7.6 billion in all. Japan has also imposed sanctions on Russia and has taken in more than 2,000 evacuees from Ukraine.

**Mark E. Manyin**, Coordinator, Specialist in Asian Affairs

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Caitlin Campbell**, Analyst in Asian Affairs
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Kishida", "Fumio", "Prime Minister Fumio Kishida", note="given name first; Abe Shinzo former"),
        "leaders.us_president": P("Biden", "Joe", "President Biden attended", note="given name not written"),
        "alliance.treaty_ally_since": F(1951, as_written="Japan has been a U.S. treaty ally since 1951", note="the 1960 treaty is a trap"),
        "alliance.us_troops_in_japan": F(54000, "about", as_written="Some fifty-four thousand U.S. military personnel ... are stationed in Japan", note="number in words"),
        "alliance.host_nation_support_per_year": F(2000000000, "about", per="year", as_written="the equivalent of roughly $2 billion each year", note="the yen figure is the five-year total"),
        "alliance.host_nation_support_agreement": D("2021-12", as_written="A Special Measures Agreement concluded by the two governments in December 2021, covering Japanese fiscal years 2022 through 2026"),
        "alliance.okinawa_share_of_land_area": F(1, "under", as_written="accounts for less than one percent of Japan's land area", note="sidebar; in words"),
        "alliance.okinawa_share_of_usfj_facilities": F(70, "about", as_written="Approximately seven-tenths of the acreage reserved for the exclusive use of U.S. forces in Japan lies in the prefecture", note="sidebar; exclusive-use basis; fraction in words"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="More than half of the American service members in Japan are based there", note="sidebar; 'there' carried from the sentence before"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="About 4,000 of them are to go to Guam", note="sidebar; of the roughly 9,000 leaving Okinawa"),
        "defense.spending_goal_pct_gdp": F(2, by="FY2027", as_written="commit Japan to raising spending on defense and related items to 2% of gross domestic product (GDP) in FY2027"),
        "defense.traditional_limit_pct_gdp": F(1, "about", as_written="Japanese governments had kept the defense budget at or near one percent of GDP, a self-imposed ceiling that dates from 1976", note="'at or near' read as about"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="The Liberal Democratic Party (LDP) has governed in coalition with Komeito"),
        "politics.lower_house_coalition_share": F(67, "nearly", as_written="The two parties won nearly two-thirds of the seats in the House of Representatives (the lower chamber) in October 2021", note="fraction rule: two-thirds as 67"),
        "politics.upper_house_coalition_share": F(59, "about", previous=57, as_written="they now hold 146 of its 248 seats, about 59%, up from roughly 57% beforehand"),
        "politics.next_diet_election_due": F(2025, as_written="no national vote is required until the House of Councillors election of July 2025"),
        "politics.lower_house_election_due": D("2025-10", as_written="The four-year lower house term expires in October 2025"),
        "trade.overall_partner_rank": F(4, period="2022", as_written="Last year Japan was the fourth-largest U.S. trading partner", note="'Last year' from the cover"),
        "trade.export_partner_rank": F(4, period="2022", as_written="It ranked fourth and fifth, respectively, as a market for U.S. exports and as a source of U.S. imports"),
        "trade.import_partner_rank": F(5, period="2022", as_written="It ranked fourth and fifth, respectively, as a market for U.S. exports and as a source of U.S. imports"),
        "trade.us_exports_to_japan": F(120100000000, period="2022", as_written="The exports were worth $120.1 billion in 2022", note="goods and services; also Table 1's 2022 column"),
        "trade.us_imports_from_japan": F(180300000000, period="2022", as_written="while imports came to $180.3 billion", note="goods and services; also Table 1"),
        "trade.fdi_source_rank": F(1, as_written="Japanese companies own more direct investment in the United States than those of any other country, a position they have held since 2019"),
        "trade.treasury_holder_rank": F(1, period="2023-04", as_written="No foreign government holds more U.S. Treasury securities than Japan, whose holdings were about $1.1 trillion in April 2023"),
        "economy.gdp_growth": GDP(y2022=1.0, y2021=2.2),
        "economy.supplementary_budget": F(215000000000, "about", period="2022-12", as_written="the Diet in December 2022 passed a supplementary budget of ¥28.9 trillion, roughly $215 billion"),
        "economy.yen": F("32-year low against the dollar", period="2022-10", as_written="Last October the yen touched a 32-year low against the dollar, near ¥152", note="'Last October' from the cover"),
        "economy.emissions_cut_target": F(46, by="FY2030", baseline="FY2013", as_written="reduce greenhouse gas emissions by 46% from FY2013 levels by FY2030"),
        "diplomacy.quad_leader_meetings": F(5, as_written="met on the sidelines of the G7 on May 20, their fifth meeting", note="ordinal: the fifth meeting, so five held"),
        "diplomacy.ipef_other_partners": F(13, period="2022-05", as_written="Japan was one of 14 founding members of the Indo-Pacific Economic Framework for Prosperity (IPEF), launched in Tokyo in May 2022", note="14 founders less Japan"),
        "diplomacy.ukraine_financial_support": F(5500000000, as_written="in February it pledged an additional $5.5 billion in financial support"),
        "diplomacy.ukraine_humanitarian_aid": F(1500000000, "about", as_written="its humanitarian and recovery aid totals roughly $1.5 billion"),
    },
    "elections": {
        "lower_house_2021": E("Lower House", "2021-10", "held", result="LDP-Komeito won nearly two-thirds of the seats"),
        "upper_house_2022": E("Upper House", "2022-07", "held", result="coalition 146 of 248 seats, about 59%, up from roughly 57%", note="'last July's election', from the cover"),
        "okinawa_governor_2022": E("Okinawa governor", "2022-09", "held", result="Tamaki Denny won a second term"),
        "upper_house_2025": E("Upper House", "2025-07", "upcoming"),
        "ldp_president_2024": E("LDP president", "2024-09", "upcoming", note="'a post whose current term ends in September 2024'"),
    },
    "events": {
        "abe_assassination": EV("Former Prime Minister Abe Shinzo shot and killed while campaigning in Nara", "2022-07-08", "held"),
    },
    "notes": "Traps: 'the Group of Seven (G7) summit in Hiroshima on May 19-21' and 'President Volodymyr Zelensky' (another country's leader); 'since Kishida took office in October 2021' (taking office, not the lower house election) and 'at the White House in January'; 'Tokyo's decision last December'; 'former Prime Minister Abe Shinzo' (former leader); 'The 1960 Treaty of Mutual Cooperation and Security' (not the treaty-ally year); 'about 28,500 serve in South Korea' (another country); 'sets its contribution at ¥1.055 trillion in total' (five-year yen total) and 'covering Japanese fiscal years 2022 through 2026'; 'extended for a single year when negotiations slowed in 2020'; sidebar 'Governor Tamaki Denny, who won a second term in September 2022' and 'not expected before the mid-2030s'; 'A 2012 realignment plan calls for roughly 9,000 Marines to leave Okinawa' (total leaving, not Guam); 'Camp Blaz, was formally reactivated in January 2023' and 'the first transfers are expected in 2024 or later' (no Marines in Guam yet); 'Three strategy documents adopted on December 16, 2022'; 'a self-imposed ceiling that dates from 1976'; 'Over five years, the plan calls for ¥43 trillion in outlays, about 1.6 times' ; 'up to 400 U.S.-made Tomahawk cruise missiles' (a count, no purchase amount); Figure 1 (initial defense budgets FY19-FY23, ¥ trillions, ticks 0-8, no value labels); 'cleared the Diet on June 16' and 'tax increases that are to supply about a quarter of the added funding'; 'almost without interruption since 1999'; 'in October 2021' (the lower house election, held) beside the upper house's '146 of its 248 seats'; 'up from roughly 57% beforehand' (previous share); 'ended on June 15, when he said he would not do so' (no snap election); 'Kishida must win reelection as LDP president, a post whose current term ends in September 2024' (a party vote, not the next Diet election); Table 1's 2021 column (112.2, 167.8) and balance row (-55.6, -60.2); '(goods alone accounted for $80.2 billion and $148.1 billion of those totals)' (goods only, not the totals); 'a position they have held since 2019' and 'with a stock of more than $750 billion'; 'China, with about $870 billion, is second'; 'the 2019 U.S.-Japan Trade Agreement' and 'a March 2023 agreement on critical minerals'; 'expanding at an annualized 2.7%' (a quarter); 'the FY2023 initial budget, at ¥114.4 trillion' (not the supplementary budget); 'near ¥152'; 'Governor Ueda Kazuo since April'; 'it has said it will strive for 50%' and 'net-zero emissions are targeted for 2050'; 'a session planned for Sydney was called off' and 'Of the five, two were held by video'; 'the first of IPEF's four pillars'; 'President Yoon Suk Yeol visited Tokyo in March' (another country's leader); 'bringing its commitments to some $7.6 billion in all' (total); 'more than 2,000 evacuees'. HTML: the sidebar and Figure 1 in the aside; PDF: curly quotes, NBSP, hyphenated line ends, the sidebar an ordinary section.",
}
