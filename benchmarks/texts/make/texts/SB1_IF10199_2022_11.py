from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "SB1-IF10199-2022-11", "fresh39", "IF10199", 41
LAYOUTS = ["pdf", "interleaved"]
PDF_OPTS = ["quotes", "nbsp", "hyph"]
CHART = {"unit": "yen per dollar", "ymax": 160, "ticks": [0, 40, 80, 120, 160],
         "series": ["Annual average"],
         "bars": {"2017": (112.2,), "2018": (110.4,), "2019": (109.0,), "2020": (106.8,), "2021": (109.8,), "2022": (130.1,)}}

MD = """
U.S.-Japan Relations

Updated November 17, 2022

## Overview

Four months after the killing of its longest-serving postwar leader, Japan remains the linchpin of the U.S. position in East Asia, and its government is preparing the most far-reaching change in its defense policy in decades. Gunned down on July 8 while delivering a campaign speech in the city of Nara, former Prime Minister Abe Shinzo was honored with a state funeral in Tokyo on September 27, an event that divided public opinion. In Washington his name carries particular weight: in April 2015 Abe became the first Japanese head of government to address a joint meeting of Congress.

Meeting in Phnom Penh on Sunday, President Joe Biden and Prime Minister Kishida Fumio, joined for part of the session by South Korean President Yoon Suk Yeol, condemned North Korea's unprecedented pace of missile launches this year, including an October 4 missile that flew over northern Japan. Kishida, a former foreign minister who won the Liberal Democratic Party's (LDP's) leadership race in September of last year, has stressed close coordination with Washington on China, North Korea, and Russia. Issues for Congress include the scale and pace of Japan's military buildup, the coordination of the two countries' command structures, and economic security cooperation.

## The Alliance

Allied with the United States under a security treaty signed in 1951 and revised in 1960, Japan hosts approximately 54,000 U.S. military personnel, more than any other country; South Korea, by comparison, hosts about 28,500. The U.S. Seventh Fleet, the Navy's largest forward-deployed fleet, is homeported at Yokosuka.

Under a five-year Special Measures Agreement (SMA), concluded in December of last year and in force since April, Tokyo will provide ¥1.05 trillion over Japanese fiscal years 2022-2026, or roughly $2 billion annually at recent exchange rates, toward the cost of stationing U.S. forces. The previous Administration had at one point floated a figure four times as large.

## Okinawa

Okinawa, a prefecture with less than one percent of Japan's land area, contains about one-fourth of all facilities used by U.S. forces in Japan and more than half of the U.S. personnel. Under a 2012 bilateral plan, some 9,000 Marines are to leave the island; of those, approximately 4,000 are to relocate to Guam, where Marine Corps Camp Blaz was activated in October 2020, though the transfers are not expected to begin before 2024. Reelected on September 11, Governor Tamaki Denny, an opponent of the planned replacement air station at Henoko, defeated Sakima Atsushi, a former mayor of Ginowan backed by the LDP and Komeito.

## Defense Policy

By the end of this year, the Kishida government is to adopt three strategy documents, among them a revised National Security Strategy, the first since 2013. Having promised at the May summit a "substantial increase" in defense spending, Kishida has since embraced a goal of raising security outlays to 2% of gross domestic product (GDP), the benchmark used by NATO members, within five years. For nearly half a century, since a 1976 cabinet decision, spending has hovered near 1% of GDP, a level long treated as an informal cap. Japan's FY2022 initial defense budget was ¥5.4 trillion.

Also under discussion is a "counterstrike" capability, the ability to hit missile launch sites in enemy territory. Press reports say Tokyo is weighing the purchase of as many as 500 U.S.-made Tomahawk cruise missiles; no request has been made public.

## Politics

Fresh from the July 10 election for the House of Councillors (Upper House), the LDP and its coalition partner, Komeito, hold 146 of that chamber's 248 seats, roughly 59%, up from about 57% before the vote. In the House of Representatives (Lower House), elected in October of last year, they control 293 of 465 seats, more than three-fifths.

Since the summer, however, Kishida's standing has eroded. His cabinet's approval rating has fallen below 40% in most polls, weighed down by revelations about LDP lawmakers' ties to the Unification Church and by the resignation of three ministers in less than a month. Barring a snap dissolution, he faces no national election until July 2025, when half of the Upper House seats are next contested. The Lower House's own term runs to October 2025, the latest date by which its next election must be held.

## Economic and Trade Relations

Measured by two-way trade in goods and services, Japan was the fourth-largest U.S. trading partner in 2021; ranked separately as a buyer of U.S. exports and as a source of U.S. imports, it placed fifth on each list. That year, U.S. exports to Japan totaled $112.2 billion, while imports from Japan reached $167.8 billion.

A top investor in the U.S. economy, Japan has been the largest source of foreign direct investment (FDI) in the United States every year since 2019; Japanese-owned firms employ close to one million U.S. workers. Japan is also the biggest foreign holder of U.S. Treasury securities, with $1.2 trillion as of September, ahead of China's roughly $900 billion.

The U.S.-Japan Trade Agreement and the U.S.-Japan Digital Trade Agreement have been in force since January 2020. Beyond them, the Biden Administration has preferred regional frameworks to new bilateral deals. At the Tokyo launch of the Indo-Pacific Economic Framework (IPEF) this May, Japan was joined by thirteen other countries, the United States among them.

## Japan's Economy

After a 4.5% contraction in 2020, Japan's real GDP grew by 2.2% in 2021. Recovery this year has been uneven: preliminary figures published on Tuesday show output shrinking at an annualized rate of 1.2% in the July-September quarter.

Last month, the yen fell past ¥150 against the dollar, its weakest level in 32 years (Figure 1), despite the first yen-buying intervention by Japan's Ministry of Finance since 1998. With the Bank of Japan holding short-term interest rates below zero while the Federal Reserve raises U.S. rates, the gap between the two countries' yields has widened.

**Figure 1. Yen per U.S. Dollar, 2017-2022**

Source: Bank of Japan. Annual averages; 2022 is January-October.

To cushion households from rising prices, the Diet enacted a ¥2.7 trillion (about $21 billion) supplementary budget in May. A second and far larger one, ¥29.1 trillion, roughly $200 billion, was approved by the cabinet on November 8; the Diet is expected to pass it early next month. Under Kishida's predecessor, Suga Yoshihide, Japan pledged to cut its greenhouse gas emissions 46% from FY2013 levels by FY2030, and to reach net zero by 2050.

## Regional Diplomacy

Tokyo hosted the fourth leaders' meeting of the Quad (the United States, Japan, Australia, and India) on May 24, the group's second in person; Australia is to host the next, in 2023. Kishida is to meet Chinese leader Xi Jinping today in Bangkok, their first meeting, fifty years after the two countries normalized relations.

Breaking with its past caution, Japan joined the Group of Seven (G-7) sanctions against Russia after the February invasion of Ukraine, and has accepted more than 1,700 Ukrainian evacuees. Its pledges to Ukraine comprise $600 million in financial support, channeled largely through the World Bank, and some $300 million in humanitarian assistance.

**Mark E. Manyin**, Coordinator, Specialist in Asian Affairs

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Caitlin Campbell**, Analyst in Asian Affairs
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Kishida", "Fumio", "Prime Minister Kishida Fumio", note="family name first"),
        "leaders.us_president": P("Biden", "Joe", "President Joe Biden"),
        "alliance.treaty_ally_since": F(1951, as_written="Allied with the United States under a security treaty signed in 1951 and revised in 1960", note="fronted participle; the subject Japan follows"),
        "alliance.us_troops_in_japan": F(54000, "about", as_written="Japan hosts approximately 54,000 U.S. military personnel"),
        "alliance.host_nation_support_per_year": F(2000000000, "about", per="year", as_written="or roughly $2 billion annually at recent exchange rates"),
        "alliance.host_nation_support_agreement": D("2021-12", as_written="Under a five-year Special Measures Agreement (SMA), concluded in December of last year and in force since April", note="relative to the November 2022 cover; the April 2022 entry into force is not the date"),
        "alliance.okinawa_share_of_land_area": F(1, "under", as_written="Okinawa, a prefecture with less than one percent of Japan's land area"),
        "alliance.okinawa_share_of_usfj_facilities": F(25, "about", as_written="contains about one-fourth of all facilities used by U.S. forces in Japan", note="fraction rule"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="and more than half of the U.S. personnel"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="of those, approximately 4,000 are to relocate to Guam"),
        "defense.spending_goal_pct_gdp": F(2, as_written="Kishida has since embraced a goal of raising security outlays to 2% of gross domestic product (GDP), the benchmark used by NATO members, within five years", note="'within five years' gives no fiscal year"),
        "defense.traditional_limit_pct_gdp": F(1, "about", as_written="spending has hovered near 1% of GDP, a level long treated as an informal cap", note="'near' is about"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="the LDP and its coalition partner, Komeito"),
        "politics.upper_house_coalition_share": F(59, "about", previous=57, as_written="hold 146 of that chamber's 248 seats, roughly 59%, up from about 57% before the vote"),
        "politics.lower_house_coalition_share": F(60, "over", as_written="they control 293 of 465 seats, more than three-fifths", note="fraction rule; subject carried from the previous sentence"),
        "politics.next_diet_election_due": F(2025, as_written="he faces no national election until July 2025, when half of the Upper House seats are next contested"),
        "politics.lower_house_election_due": D("2025-10", as_written="The Lower House's own term runs to October 2025, the latest date by which its next election must be held"),
        "trade.overall_partner_rank": F(4, period="2021", as_written="Japan was the fourth-largest U.S. trading partner in 2021"),
        "trade.export_partner_rank": F(5, period="2021", as_written="ranked separately as a buyer of U.S. exports and as a source of U.S. imports, it placed fifth on each list"),
        "trade.import_partner_rank": F(5, period="2021", as_written="ranked separately as a buyer of U.S. exports and as a source of U.S. imports, it placed fifth on each list"),
        "trade.us_exports_to_japan": F(112200000000, period="2021", as_written="That year, U.S. exports to Japan totaled $112.2 billion"),
        "trade.us_imports_from_japan": F(167800000000, period="2021", as_written="while imports from Japan reached $167.8 billion"),
        "trade.fdi_source_rank": F(1, as_written="Japan has been the largest source of foreign direct investment (FDI) in the United States every year since 2019", note="a span, no period"),
        "trade.treasury_holder_rank": F(1, period="2022-09", as_written="Japan is also the biggest foreign holder of U.S. Treasury securities, with $1.2 trillion as of September"),
        "economy.gdp_growth": GDP(y2021=2.2, y2020=-4.5),
        "economy.yen": F("32-year low against the dollar", period="2022-10", as_written="Last month, the yen fell past ¥150 against the dollar, its weakest level in 32 years", note="'Last month' on a November 2022 cover"),
        "economy.supplementary_budget": F(21000000000, "about", period="2022-05", as_written="the Diet enacted a ¥2.7 trillion (about $21 billion) supplementary budget in May", note="the latest enacted; the November 8 cabinet plan is not yet passed"),
        "economy.emissions_cut_target": F(46, by="FY2030", baseline="FY2013", as_written="Japan pledged to cut its greenhouse gas emissions 46% from FY2013 levels by FY2030"),
        "diplomacy.quad_leader_meetings": F(4, as_written="Tokyo hosted the fourth leaders' meeting of the Quad (the United States, Japan, Australia, and India) on May 24"),
        "diplomacy.ipef_other_partners": F(13, period="2022-05", as_written="Japan was joined by thirteen other countries, the United States among them"),
        "diplomacy.ukraine_financial_support": F(600000000, as_written="$600 million in financial support"),
        "diplomacy.ukraine_humanitarian_aid": F(300000000, "about", as_written="some $300 million in humanitarian assistance"),
    },
    "elections": {
        "ldp_president_2021": E("LDP president", "2021-09", "held", result="Kishida won", note="'won the ... leadership race in September of last year'"),
        "lower_house_2021": E("Lower House", "2021-10", "held", result="coalition controls 293 of 465 seats", note="'elected in October of last year'"),
        "upper_house_2022": E("Upper House", "2022-07-10", "held", result="coalition holds 146 of 248 seats, roughly 59%, up from about 57%"),
        "okinawa_governor_2022": E("Okinawa governor", "2022-09-11", "held", result="Tamaki Denny reelected over Sakima Atsushi"),
        "upper_house_2025": E("Upper House", "2025-07", "upcoming"),
    },
    "events": {
        "abe_assassination": EV("Former Prime Minister Abe Shinzo shot and killed in Nara", "2022-07-08", "held"),
        "abe_address_to_congress": EV("Abe addresses a joint meeting of Congress", "2015-04", "held"),
    },
    "notes": "Traps: 'Four months after the killing of its longest-serving postwar leader' (relative span); 'a state funeral in Tokyo on September 27' (not the assassination date); 'Meeting in Phnom Penh on Sunday' and 'South Korean President Yoon Suk Yeol' (another country's leader); 'an October 4 missile'; 'who won the Liberal Democratic Party's (LDP's) leadership race in September of last year' (an LDP vote, not a Diet election); 'revised in 1960' (not the treaty year); 'South Korea, by comparison, hosts about 28,500' (another country's troops); 'more than any other country' (a comparison of troop numbers, not a trade rank); 'The U.S. Seventh Fleet'; 'in force since April' (not the SMA's date); 'Tokyo will provide ¥1.05 trillion over Japanese fiscal years 2022-2026' (a five-year yen total); 'floated a figure four times as large' (past demand); 'Under a 2012 bilateral plan, some 9,000 Marines are to leave the island' (the total leaving, not Guam's share); 'Camp Blaz was activated in October 2020' and 'not expected to begin before 2024' (no Marines in Guam stated); 'Reelected on September 11 ... defeated Sakima Atsushi, a former mayor of Ginowan'; 'the first since 2013'; 'the benchmark used by NATO members' (NATO's, but the goal is Japan's own); 'since a 1976 cabinet decision'; 'Japan's FY2022 initial defense budget was ¥5.4 trillion'; 'as many as 500 U.S.-made Tomahawk cruise missiles' (a count under consideration, no purchase amount); '146 of that chamber's 248 seats' and 'up from about 57% before the vote' (previous share); '293 of 465 seats'; 'approval rating has fallen below 40%' and 'the resignation of three ministers'; 'Barring a snap dissolution' (speculation); 'every year since 2019' (a span, not a rank) and 'close to one million U.S. workers'; 'with $1.2 trillion as of September, ahead of China's roughly $900 billion' (another holder); 'have been in force since January 2020' (agreement dates, not IF10199 facts); 'After a 4.5% contraction in 2020' (a negative year, in the by-year table); 'shrinking at an annualized rate of 1.2% in the July-September quarter' (a quarter); '¥150 against the dollar' and 'since 1998'; Figure 1 (yen per dollar 2017-2022, ticks 0-160, years and legend only, no values); 'A second and far larger one, ¥29.1 trillion, roughly $200 billion, was approved by the cabinet on November 8' (proposed, not enacted); 'net zero by 2050'; 'Suga Yoshihide' (former prime minister); 'the group's second in person' and 'Australia is to host the next, in 2023' (planned); 'meet Chinese leader Xi Jinping today' and 'fifty years after' (another country's leader); 'more than 1,700 Ukrainian evacuees'; PDF curly quotes, NBSP, hyphenated line ends; interleaved columns",
}
