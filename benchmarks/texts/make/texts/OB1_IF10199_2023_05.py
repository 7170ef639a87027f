from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "OB1-IF10199-2023-05", "fresh34", "IF10199", 26
LAYOUTS = ["html", "interleaved"]
PDF_OPTS = ["quotes", "nbsp"]
SIDEBAR = "Okinawa and the Marine Realignment"
CHART = {"unit": "yen per dollar", "ymax": 150, "ticks": [0, 50, 100, 150],
         "series": ["Annual average"],
         "bars": {"2018": (110.4,), "2019": (109.0,), "2020": (106.8,), "2021": (109.8,), "2022": (131.5,)}}

MD = """
U.S.-Japan Relations

Updated May 24, 2023

## Overview

Bound to the United States by a security pact signed in 1951 and revised nine years later, Japan has been an ally for more than seven decades. This year it chairs the Group of Seven (G7), and from May 19 to 21 it hosted the group's leaders in Hiroshima. President Joe Biden, who had received Prime Minister Kishida Fumio at the White House in January, attended the summit, as did Ukraine's President Volodymyr Zelensky. The Biden Administration describes the alliance as the cornerstone of its Indo-Pacific strategy, and over the past year and a half the two governments have drawn closer on defense, technology, and economic security. Kishida has also moved to repair ties with South Korea: President Yoon Suk Yeol visited Tokyo in March, the first such trip in twelve years, and Kishida went to Seoul on May 7.

## The Alliance

In excess of fifty thousand U.S. military personnel are based in Japan, more than in any other foreign country; South Korea, the next-largest host in the region, has roughly 28,500. Tokyo shares the cost of keeping them there. Under a Special Measures Agreement reached in December 2021, which covers the five Japanese fiscal years FY2022 through FY2026, Japan pays in the vicinity of $2 billion each year, slightly more than under the previous accord. At their January 2023 "2+2" meeting, the allies' foreign and defense ministers agreed that the 12th Marine Regiment on Okinawa would be reorganized into a more mobile littoral regiment by 2025.

## Okinawa and the Marine Realignment

Okinawa Prefecture makes up under one percent of Japan's land. Approximately one-fourth of the facilities used by U.S. forces in Japan are nonetheless located there, as are better than half of the U.S. personnel. Many residents object to the noise, crime, and accidents they associate with the bases. Governor Tamaki Denny, who won a second four-year term last September, opposes building a replacement for Marine Corps Air Station Futenma at Henoko, in northern Okinawa; the Supreme Court ruled against the prefecture in a related suit in March. Under a plan the allies revised in 2012, some 9,000 Marines are to leave the island. Of these, about four thousand are to move to Guam, with the first transfers expected in 2024 or 2025.

## A Larger Defense Effort

In December 2022, the Kishida cabinet approved three strategy documents that would raise spending on defense and related items to 2% of gross domestic product (GDP) by FY2027. For roughly five decades, budgets had been held near an informal cap of about 1 percent of GDP. The new plan calls for ¥43 trillion (some $320 billion) from FY2023 to FY2027, a little over one and a half times the previous five-year plan. It also endorses a "counterstrike" capability. The FY2023 budget, enacted at the end of March, sets aside ¥211.3 billion, roughly $1.6 billion, for Tomahawk cruise missiles from the United States; officials have said Japan will buy as many as 400 of them.

## Domestic Politics

Kishida's Liberal Democratic Party (LDP) governs in coalition with the smaller Komeito. In the October 2021 general election the two partners won 293 of the 465 seats in the House of Representatives, sixty-three percent. In the House of Councillors, the coalition gained ground in the July 2022 election, lifting its share from 57% to nearly three-fifths of the chamber's 248 seats. Two days before that vote, on July 8, former Prime Minister Abe Shinzo, Japan's longest-serving premier, was shot and killed while campaigning in Nara. Kishida's cabinet approval ratings, which had sagged into the 30s last winter, climbed to between 45% and 50% in several polls after the Hiroshima summit, fueling talk of a snap election as early as June. Absent a dissolution, no national vote is required until 2025: half of the upper chamber stands for election in July of that year, and the lower chamber's four-year term runs out in October.

## Economic Ties

Counting goods and services together, Japan was the fourth-largest U.S. trading partner in 2022. It ranked fourth as a market for U.S. exports and fifth as a source of U.S. imports. Table 1 shows the two-way flows for the last two years.

Table 1. U.S. Trade with Japan, Goods and Services ($ billions)

| | 2021 | 2022 |
| --- | --- | --- |
| U.S. exports to Japan | 112.2 | 120.1 |
| U.S. imports from Japan | 167.8 | 180.3 |
| U.S. balance | -55.6 | -60.2 |

Source: CRS, with U.S. Bureau of Economic Analysis data.

Japanese firms have been the leading source of foreign direct investment (FDI) in the United States since 2019, when they overtook British firms. Japan is likewise the top foreign holder of U.S. Treasury securities, with some $1.09 trillion in March, roughly one-fourth more than China. The 2019 U.S.-Japan Trade Agreement and its companion digital trade pact have been in force since January 2020; on March 28, the two governments added a Critical Minerals Agreement meant to let Japanese-processed minerals qualify for U.S. electric-vehicle tax credits.

## Economy

Real GDP grew by 1.0% in 2022, down from 2.2% the year before. A preliminary estimate released May 17 shows output rising at an annualized 1.6% in January-March 2023. Consumer prices have run above the Bank of Japan's 2% target for a year, though the bank, under Governor Ueda Kazuo since April, has kept its ultra-loose policy. In December, the Diet enacted a second supplementary budget for FY2022 of ¥28.9 trillion, approximately $210 billion, much of it for energy subsidies. The yen, which last October sank to a 32-year low against the dollar, past ¥150, has since traded in a band of roughly ¥128 to ¥138 (Figure 1). Japan has pledged to cut greenhouse gas emissions by 46% from FY2013 levels by FY2030, while striving for 50%, and to reach net zero by 2050.

**Figure 1. Yen-Dollar Exchange Rate, 2018-2022**

Source: Federal Reserve Board; annual averages of daily rates.

## Regional Diplomacy

Australia had been due to host the Quadrilateral Security Dialogue (Quad) in Sydney this month, but the meeting was called off when President Biden shortened his trip. The four leaders met in Hiroshima on May 20 instead: their fifth leader-level meeting, and their third in person. At the launch of the Indo-Pacific Economic Framework for Prosperity (IPEF) in Tokyo in May 2022, Japan was one of the founding members together with thirteen other countries, the United States among them; Fiji joined days later. Tokyo's pledges to Ukraine come to roughly $7.6 billion. About four-fifths of that, $6.1 billion, is financial support, most of it the $5.5 billion Kishida announced in February; humanitarian and recovery aid makes up the balance, approximately $1.5 billion. Kishida visited Kyiv on March 21, the first postwar Japanese leader to enter an active war zone.

**Mark E. Manyin**, Coordinator, Specialist in Asian Affairs

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Caitlin Campbell**, Analyst in Asian Affairs
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Biden", "Joe", "President Joe Biden"),
        "leaders.japan_prime_minister": P("Kishida", "Fumio", "Prime Minister Kishida Fumio", note="family name first"),
        "alliance.treaty_ally_since": F(1951, as_written="Bound to the United States by a security pact signed in 1951 and revised nine years later, Japan has been an ally for more than seven decades", note="the year the pact was signed; 1960 only as 'nine years later'"),
        "alliance.us_troops_in_japan": F(50000, "over", as_written="In excess of fifty thousand U.S. military personnel are based in Japan"),
        "alliance.host_nation_support_per_year": F(2000000000, "about", per="year", as_written="Japan pays in the vicinity of $2 billion each year"),
        "alliance.host_nation_support_agreement": D("2021-12", as_written="Under a Special Measures Agreement reached in December 2021, which covers the five Japanese fiscal years FY2022 through FY2026"),
        "alliance.okinawa_share_of_land_area": F(1, "under", as_written="Okinawa Prefecture makes up under one percent of Japan's land", note="sidebar"),
        "alliance.okinawa_share_of_usfj_facilities": F(25, "about", as_written="Approximately one-fourth of the facilities used by U.S. forces in Japan are nonetheless located there", note="sidebar; fraction rule; 'there' = Okinawa"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="as are better than half of the U.S. personnel", note="sidebar; subject carried"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="Of these, about four thousand are to move to Guam", note="sidebar; 'these' = the 9,000 leaving Okinawa"),
        "defense.spending_goal_pct_gdp": F(2, by="FY2027", as_written="raise spending on defense and related items to 2% of gross domestic product (GDP) by FY2027"),
        "defense.traditional_limit_pct_gdp": F(1, "about", as_written="budgets had been held near an informal cap of about 1 percent of GDP", note="'near' describes the budgets; 'about' hedges the cap"),
        "defense.tomahawk_purchase": F(1600000000, "about", as_written="sets aside ¥211.3 billion, roughly $1.6 billion, for Tomahawk cruise missiles from the United States"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="Kishida's Liberal Democratic Party (LDP) governs in coalition with the smaller Komeito"),
        "politics.lower_house_coalition_share": F(63, as_written="the two partners won 293 of the 465 seats in the House of Representatives, sixty-three percent"),
        "politics.upper_house_coalition_share": F(60, "nearly", previous=57, as_written="lifting its share from 57% to nearly three-fifths of the chamber's 248 seats", note="fraction rule"),
        "politics.next_diet_election_due": F(2025, as_written="Absent a dissolution, no national vote is required until 2025: half of the upper chamber stands for election in July of that year"),
        "politics.lower_house_election_due": D("2025-10", as_written="and the lower chamber's four-year term runs out in October", note="year carried from 'until 2025 ... July of that year'"),
        "trade.overall_partner_rank": F(4, period="2022", as_written="Counting goods and services together, Japan was the fourth-largest U.S. trading partner in 2022"),
        "trade.export_partner_rank": F(4, period="2022", as_written="It ranked fourth as a market for U.S. exports", note="subject and year carried"),
        "trade.import_partner_rank": F(5, period="2022", as_written="and fifth as a source of U.S. imports"),
        "trade.us_exports_to_japan": F(120100000000, period="2022", as_written="Table 1: U.S. exports to Japan, 2022 column, 120.1 ($ billions)"),
        "trade.us_imports_from_japan": F(180300000000, period="2022", as_written="Table 1: U.S. imports from Japan, 2022 column, 180.3 ($ billions)"),
        "trade.fdi_source_rank": F(1, as_written="Japanese firms have been the leading source of foreign direct investment (FDI) in the United States since 2019", note="no period: 'since 2019' is a span"),
        "trade.treasury_holder_rank": F(1, period="2023-03", as_written="Japan is likewise the top foreign holder of U.S. Treasury securities, with some $1.09 trillion in March"),
        "economy.gdp_growth": GDP(y2022=1.0, y2021=2.2),
        "economy.supplementary_budget": F(210000000000, "about", period="2022-12", as_written="In December, the Diet enacted a second supplementary budget for FY2022 of ¥28.9 trillion, approximately $210 billion", note="December before a May 2023 cover = 2022 (FY2022)"),
        "economy.yen": F("32-year low against the dollar", period="2022-10", as_written="The yen, which last October sank to a 32-year low against the dollar"),
        "economy.emissions_cut_target": F(46, by="FY2030", baseline="FY2013", as_written="cut greenhouse gas emissions by 46% from FY2013 levels by FY2030"),
        "diplomacy.quad_leader_meetings": F(5, as_written="The four leaders met in Hiroshima on May 20 instead: their fifth leader-level meeting"),
        "diplomacy.ipef_other_partners": F(13, period="2022-05", as_written="Japan was one of the founding members together with thirteen other countries, the United States among them"),
        "diplomacy.ukraine_financial_support": F(6100000000, as_written="About four-fifths of that, $6.1 billion, is financial support", note="'About' hedges the fraction"),
        "diplomacy.ukraine_humanitarian_aid": F(1500000000, "about", as_written="humanitarian and recovery aid makes up the balance, approximately $1.5 billion"),
    },
    "elections": {
        "lower_house_2021": E("Lower House", "2021-10", "held", result="LDP-Komeito 293 of 465 seats (63%)"),
        "upper_house_2022": E("Upper House", "2022-07-10", "held", result="coalition share from 57% to nearly three-fifths", note="day from 'Two days before that vote, on July 8'"),
        "okinawa_governor_2022": E("Okinawa governor", "2022-09", "held", result="Tamaki Denny won a second term", note="sidebar; 'last September'"),
        "upper_house_2025": E("Upper House", "2025-07", "upcoming", note="'half of the upper chamber stands for election in July of that year'"),
    },
    "events": {
        "abe_assassination": EV("Former Prime Minister Abe Shinzo shot and killed while campaigning in Nara", "2022-07-08", "held"),
    },
    "notes": "Traps: 'revised nine years later' and 'an ally for more than seven decades'; 'from May 19 to 21'; 'received Prime Minister Kishida Fumio at the White House in January'; 'President Volodymyr Zelensky' and 'President Yoon Suk Yeol visited Tokyo in March, the first such trip in twelve years' (other leaders); 'Kishida went to Seoul on May 7'; 'South Korea, the next-largest host in the region, has roughly 28,500' (another country); 'the five Japanese fiscal years FY2022 through FY2026' and 'slightly more than under the previous accord'; 'the 12th Marine Regiment' and 'by 2025'; sidebar 'who won a second four-year term last September', 'the Supreme Court ruled against the prefecture in a related suit in March', 'Under a plan the allies revised in 2012, some 9,000 Marines are to leave the island' (total leaving, not Guam) and 'in 2024 or 2025' (range of years); 'In December 2022, the Kishida cabinet approved three strategy documents'; 'For roughly five decades'; '¥43 trillion (some $320 billion) from FY2023 to FY2027, a little over one and a half times the previous five-year plan'; '¥211.3 billion' (yen form of the Tomahawk figure) and 'as many as 400 of them' (a count); 'The FY2023 budget, enacted at the end of March'; '293 of the 465 seats'; 'from 57%' (previous Upper House share) and 'the chamber's 248 seats'; 'Japan's longest-serving premier' (former PM Abe); 'sagged into the 30s last winter, climbed to between 45% and 50%' (approval ranges); 'talk of a snap election as early as June' (speculation, no election); 'the lower chamber's four-year term'; Table 1's 2021 column (112.2 and 167.8) and balance row; 'since 2019, when they overtook British firms'; 'some $1.09 trillion in March, roughly one-fourth more than China' (holdings and a ratio, not a share); 'The 2019 U.S.-Japan Trade Agreement ... in force since January 2020' and 'on March 28, the two governments added a Critical Minerals Agreement' (IF11120 matters, no IF10199 fact); 'A preliminary estimate released May 17 shows output rising at an annualized 1.6% in January-March 2023' (a quarter); 'the Bank of Japan's 2% target' (inflation, not defense); 'under Governor Ueda Kazuo since April'; '¥28.9 trillion' (yen form); 'past ¥150' and 'a band of roughly ¥128 to ¥138'; 'while striving for 50%' and 'net zero by 2050'; Figure 1 (yen per dollar, 2018-2022, ticks 0-150, one series, no value labels; html: caption only); 'Australia had been due to host the ... Quad in Sydney this month' (cancelled) and 'their third in person' (a subset of the five); 'Fiji joined days later'; 'roughly $7.6 billion' (total pledges) and 'the $5.5 billion Kishida announced in February' (part of the financial support); 'Kishida visited Kyiv on March 21'. Layouts: html with the sidebar floated (Figure 1 floated into the aside), interleaved PDF columns with curly quotes and NBSP.",
}
