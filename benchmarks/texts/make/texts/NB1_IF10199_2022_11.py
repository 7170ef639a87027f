from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "NB1-IF10199-2022-11", "fresh33", "IF10199", 24
LAYOUTS = ["pdf", "interleaved"]
PDF_OPTS = ["lig", "quotes"]
SIDEBAR = "Okinawa in Brief"
CHART = {"unit": "¥ trillions", "ymax": 6, "ticks": [0, 1, 2, 3, 4, 5, 6],
         "series": ["Initial defense budget"],
         "bars": {"FY2018": (5.19,), "FY2019": (5.26,), "FY2020": (5.31,), "FY2021": (5.34,), "FY2022": (5.40,)}}

MD = """
U.S.-Japan Relations

Updated November 30, 2022

## Overview

Almost five months have passed since the killing of former Prime Minister Abe Shinzo, Japan's longest-serving leader, who was shot on July 8 while campaigning in the city of Nara. His state funeral, held on September 27 and attended by Vice President Kamala Harris, divided public opinion. The man who now holds the office, Prime Minister Kishida Fumio, has spent the autumn preparing an overhaul of Japan's security strategy, due by the end of December. He and President Joe Biden conferred on November 13 in Phnom Penh, on the sidelines of a regional summit. The two are expected to meet in Washington early next year, several months before Japan hosts the Group of Seven (G7) leaders in Hiroshima in May 2023.

## The Alliance

Signed in San Francisco in 1951, the U.S.-Japan security treaty was revised in 1960 to commit the United States to defend Japan. Its basic bargain has not changed since: Japan provides bases, and U.S. forces help deter threats in the region. The figures below summarize the arrangement.

Table 1. The Alliance in Figures

| Item | Figure | Remarks |
| --- | --- | --- |
| U.S. service members stationed in Japan | around 54,000 | the largest U.S. contingent abroad; South Korea hosts about 28,500 |
| Current host-nation support accord | announced December 2021 | five fiscal years, FY2022-FY2026 |
| Japan's payments under it | roughly $2 billion per year | ¥1.0551 trillion in all |

That accord, the Special Measures Agreement (SMA), took effect in April 2022. It raised Japan's contribution modestly over the previous five-year total and added funds for joint training equipment. It is the twelfth such agreement since 1978.

## Okinawa in Brief

Okinawa, a chain of islands some 1,000 miles southwest of Tokyo, carries much of the alliance's weight. The prefecture:

- accounts for less than one percent of Japan's land area;
- hosts about one-quarter of the facilities used by U.S. forces in Japan;
- is home to more than half of the U.S. military personnel in the country.

Its governor, Tamaki Denny, won a second four-year term in September after a campaign centered on his opposition to building a replacement airfield at Henoko. He defeated a candidate backed by the LDP. Under a 2012 bilateral plan, about 9,000 Marines are to leave the island. Some 4,000 of those Marines are slated to move to Guam, where a new Marine Corps base is being built; the first transfers are planned for 2024.

## Defense Spending

Japan's defense budget has grown every year for a decade but has stayed near 1% of GDP. That level has roots in a 1976 cabinet decision that made 1% of GDP an informal cap, one that governments have seldom breached since. On November 28, Kishida told his defense and finance ministers that defense and related spending must reach 2% of GDP in FY2027. The instruction came days after a government panel urged a "fundamental" increase. Tokyo is also weighing the acquisition of counterstrike missiles, possibly including U.S.-built Tomahawks, though no request has been made.

**Figure 1. Japan's Initial Defense Budgets, FY2018-FY2022**

Source: Japan Ministry of Defense. Excludes supplementary budgets.

## Domestic Politics

Kishida's Liberal Democratic Party (LDP) governs with Komeito, a smaller party backed by a lay Buddhist organization. The coalition gained ground in the July 10 election for half of the House of Councillors, Japan's upper chamber. It now holds just under three-fifths of that chamber's seats, up from 57% before the vote. In the House of Representatives, chosen on October 31, 2021, the two parties hold 293 of 465 seats, or 63%.

The government has nonetheless lost public support since the summer. Its approval rating has sunk below 35% in most polls, weighed down by revelations about LDP lawmakers' ties to the Unification Church and by the resignations of three cabinet ministers in less than a month. No national election must be held soon. The next one is the July 2025 Upper House contest; the lower chamber's term runs out in October 2025. Kishida's term as LDP president lasts until September 2024.

## Trade and Investment

Table 2. U.S. Trade in Goods and Services with Japan ($ billions)

| | 2020 | 2021 |
| --- | --- | --- |
| U.S. exports to Japan | 104.0 | 112.2 |
| U.S. imports from Japan | 150.7 | 167.8 |
| U.S. trade balance | -46.7 | -55.6 |

Source: U.S. Bureau of Economic Analysis.

Japan ranked as the fourth-largest trading partner of the United States in 2021. It was fifth both as a market for U.S. goods and services and as a source of U.S. imports. Its firms are the biggest investors in the United States: for the third year in a row, Japan was the leading source of foreign direct investment (FDI), with a stock of about $721 billion at the end of 2021. Japan is also the top foreign holder of U.S. Treasury securities, with about $1.1 trillion in September; China, second, held under $1 trillion.

Trade frictions have eased. In April, a tariff-rate quota of 1.25 million metric tons a year replaced the 25% Section 232 tariff on most Japanese steel. The United States remains outside the Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP), which Japan helped conclude in 2018.

## The Economy

After shrinking by 4.5% in the pandemic year of 2020, Japan's economy recovered by 2.2% last year. It slipped again in the July-September quarter, contracting at an annualized 1.2%, and core consumer prices rose 3.6% in October from a year earlier. The yen has fallen sharply against the dollar this year as the Bank of Japan has kept interest rates near zero. In October, it slid past ¥150 per dollar, its weakest level in 32 years, despite two rounds of government intervention.

To soften higher fuel and food prices, the Diet passed a ¥2.7 trillion supplementary budget, about $21 billion, on May 31. A second, much larger package of ¥29.1 trillion went to the Diet on November 21 and is expected to pass next month. On climate, Japan's pledge under the Paris Agreement is to cut greenhouse gas emissions 46% below FY2013 levels by FY2030; it aims for net zero by 2050.

## Regional Diplomacy

Japan has become a leading voice in Indo-Pacific groupings. The leaders of the "Quad" (Australia, India, Japan, and the United States) have now met four times, twice in person; the latest session was hosted by Kishida in Tokyo in May, and Australia is to host the next. Tokyo also hosted the May launch of the Indo-Pacific Economic Framework for Prosperity (IPEF). Japan was one of its fourteen original partners.

Relations with Seoul are thawing. Kishida met South Korean President Yoon Suk Yeol in Phnom Penh, their second meeting in two months, and he held his first talks with China's Xi Jinping in Bangkok on November 17. Since Russia's invasion of Ukraine, Japan has joined G7 sanctions and pledged $600 million in financial support to Kyiv. It has also offered humanitarian and development aid of about $300 million and accepted more than 2,000 evacuees.

**Mark E. Manyin**, Coordinator, Specialist in Asian Affairs

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Caitlin Campbell**, Analyst in Asian Affairs
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Kishida", "Fumio", "Prime Minister Kishida Fumio", note="appositive after 'The man who now holds the office'"),
        "leaders.us_president": P("Biden", "Joe", "President Joe Biden"),
        "alliance.treaty_ally_since": F(1951, as_written="Signed in San Francisco in 1951, the U.S.-Japan security treaty was revised in 1960"),
        "alliance.us_troops_in_japan": F(54000, "about", as_written="U.S. service members stationed in Japan | around 54,000", note="Table 1 row"),
        "alliance.host_nation_support_per_year": F(2000000000, "about", per="year", as_written="Japan's payments under it | roughly $2 billion per year", note="Table 1 row; the ¥1.0551 trillion total is a trap"),
        "alliance.host_nation_support_agreement": D("2021-12", as_written="Current host-nation support accord | announced December 2021", note="Table 1 row; took effect April 2022 (trap)"),
        "alliance.okinawa_share_of_usfj_facilities": F(25, "about", as_written="hosts about one-quarter of the facilities used by U.S. forces in Japan", note="sidebar bullet, subject 'The prefecture' from the lead-in; fraction rule"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="is home to more than half of the U.S. military personnel in the country", note="sidebar bullet"),
        "alliance.okinawa_share_of_land_area": F(1, "under", as_written="accounts for less than one percent of Japan's land area", note="sidebar bullet"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="Some 4,000 of those Marines are slated to move to Guam", note="sidebar; 9,000 is the total leaving Okinawa"),
        "defense.spending_goal_pct_gdp": F(2, by="FY2027", as_written="defense and related spending must reach 2% of GDP in FY2027"),
        "defense.traditional_limit_pct_gdp": F(1, as_written="a 1976 cabinet decision that made 1% of GDP an informal cap", note="also 'has stayed near 1% of GDP' (spending level)"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="Kishida's Liberal Democratic Party (LDP) governs with Komeito"),
        "politics.upper_house_coalition_share": F(60, "under", previous=57, as_written="It now holds just under three-fifths of that chamber's seats, up from 57% before the vote", note="subject 'The coalition' carried; fraction rule (three-fifths = 60)"),
        "politics.lower_house_coalition_share": F(63, as_written="the two parties hold 293 of 465 seats, or 63%"),
        "politics.next_diet_election_due": F(2025, as_written="The next one is the July 2025 Upper House contest"),
        "politics.lower_house_election_due": D("2025-10", as_written="the lower chamber's term runs out in October 2025"),
        "trade.overall_partner_rank": F(4, period="2021", as_written="Japan ranked as the fourth-largest trading partner of the United States in 2021"),
        "trade.export_partner_rank": F(5, period="2021", as_written="It was fifth both as a market for U.S. goods and services", note="subject and year carried from the sentence before"),
        "trade.import_partner_rank": F(5, period="2021", as_written="and as a source of U.S. imports"),
        "trade.us_exports_to_japan": F(112200000000, period="2021", as_written="U.S. exports to Japan | 104.0 | 112.2", note="Table 2, 2021 column, $ billions in the caption"),
        "trade.us_imports_from_japan": F(167800000000, period="2021", as_written="U.S. imports from Japan | 150.7 | 167.8", note="Table 2, 2021 column"),
        "trade.fdi_source_rank": F(1, as_written="for the third year in a row, Japan was the leading source of foreign direct investment (FDI)"),
        "trade.treasury_holder_rank": F(1, period="2022-09", as_written="Japan is also the top foreign holder of U.S. Treasury securities, with about $1.1 trillion in September", note="year from the cover"),
        "economy.gdp_growth": GDP(y2021=2.2, y2020=-4.5),
        "economy.supplementary_budget": F(21000000000, "about", period="2022-05-31", as_written="the Diet passed a ¥2.7 trillion supplementary budget, about $21 billion, on May 31", note="year from the cover; the ¥29.1 trillion package is pending (trap)"),
        "economy.yen": F("32-year low against the dollar", period="2022-10", as_written="In October, it slid past ¥150 per dollar, its weakest level in 32 years", note="'it' = the yen, carried"),
        "economy.emissions_cut_target": F(46, by="FY2030", baseline="FY2013", as_written="cut greenhouse gas emissions 46% below FY2013 levels by FY2030"),
        "diplomacy.quad_leader_meetings": F(4, as_written="The leaders of the \"Quad\" (Australia, India, Japan, and the United States) have now met four times, twice in person"),
        "diplomacy.ipef_other_partners": F(13, period="2022-05", as_written="Japan was one of its fourteen original partners", note="fourteen including Japan; 'its' = IPEF, launched in May, carried from the sentence before"),
        "diplomacy.ukraine_financial_support": F(600000000, as_written="pledged $600 million in financial support to Kyiv"),
        "diplomacy.ukraine_humanitarian_aid": F(300000000, "about", as_written="It has also offered humanitarian and development aid of about $300 million"),
    },
    "elections": {
        "upper_house_2022": E("Upper House", "2022-07-10", "held", result="coalition share rose from 57% to just under three-fifths"),
        "okinawa_governor_2022": E("Okinawa governor", "2022-09", "held", result="Tamaki Denny re-elected over an LDP-backed candidate"),
        "lower_house_2021": E("Lower House", "2021-10-31", "held", result="LDP and Komeito 293 of 465 seats (63%)"),
        "upper_house_2025": E("Upper House", "2025-07", "upcoming"),
    },
    "events": {
        "abe_assassination": EV("Former Prime Minister Abe Shinzo shot and killed while campaigning in Nara", "2022-07-08", "held"),
    },
    "notes": "Traps: 'Almost five months have passed' and 'former Prime Minister Abe Shinzo, Japan's longest-serving leader' (former leader); 'His state funeral, held on September 27 and attended by Vice President Kamala Harris' (not the president); 'due by the end of December'; 'conferred on November 13 in Phnom Penh'; 'expected to meet in Washington early next year' and 'hosts the Group of Seven (G7) leaders in Hiroshima in May 2023' (planned); 'was revised in 1960' (not the treaty year); Table 1 'South Korea hosts about 28,500' (another country), 'five fiscal years, FY2022-FY2026' and '¥1.0551 trillion in all' (total, not per year); 'took effect in April 2022' (not the announcement); 'It is the twelfth such agreement since 1978'; sidebar 'some 1,000 miles southwest of Tokyo'; 'won a second four-year term in September' (the governor election, not a Diet one); 'about 9,000 Marines are to leave the island' (total leaving, not Guam) and 'Under a 2012 bilateral plan', 'the first transfers are planned for 2024'; 'has stayed near 1% of GDP' (spending level beside the limit); 'On November 28' (instruction date); 'possibly including U.S.-built Tomahawks, though no request has been made' (no purchase); Figure 1 (initial defense budgets FY2018-FY2022, ¥ trillions; ticks 0-6, year labels, legend, no values); 'up from 57% before the vote' (previous Upper House share); '293 of 465 seats'; 'Its approval rating has sunk below 35%'; 'three cabinet ministers in less than a month'; 'Kishida's term as LDP president lasts until September 2024' (party post, no election stated); Table 2's 2020 column (104.0, 150.7) and balance row (-46.7, -55.6); 'for the third year in a row' (not a rank) and 'a stock of about $721 billion'; 'about $1.1 trillion' and 'China, second, held under $1 trillion'; 'a tariff-rate quota of 1.25 million metric tons' and 'the 25% Section 232 tariff on most Japanese steel'; 'CPTPP, which Japan helped conclude in 2018'; 'contracting at an annualized 1.2%' (a quarter) and 'core consumer prices rose 3.6% in October'; '¥150 per dollar' and 'two rounds of government intervention'; '¥2.7 trillion' (yen amount beside the dollar one); 'A second, much larger package of ¥29.1 trillion went to the Diet on November 21 and is expected to pass next month' (pending); 'it aims for net zero by 2050'; 'twice in person' and 'Australia is to host the next' (planned); 'South Korean President Yoon Suk Yeol' and 'their second meeting in two months'; 'China's Xi Jinping in Bangkok on November 17'; 'accepted more than 2,000 evacuees'. PDF: ligatures and curly quotes; interleaved: the two columns' lines alternate, Table 1, Table 2, the sidebar's bullet list and Figure 1 among them.",
}
