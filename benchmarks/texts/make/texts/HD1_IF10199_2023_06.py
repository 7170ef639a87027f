from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "HD1-IF10199-2023-06", "fresh27", "IF10199", 43
LAYOUTS = ["md", "layout"]
PDF_OPTS = ["quotes", "hyph"]
CHART = {"unit": "¥ trillions", "ymax": 8, "ticks": [0, 2, 4, 6, 8],
         "series": ["Initial defense budget"],
         "bars": {"FY2019": (5.26,), "FY2020": (5.31,), "FY2021": (5.34,), "FY2022": (5.40,), "FY2023": (6.82,)}}

MD = """
U.S.-Japan Relations

Updated June 20, 2023

## Overview

Under Prime Minister Kishida Fumio, Japan is taking on a larger security role than at any time since 1945, a shift the Biden Administration has welcomed. Last month Kishida hosted the Group of Seven (G7) summit in Hiroshima, his home constituency, where President Joe Biden and the other leaders met in person with Ukraine's President Volodymyr Zelensky. Ties between Tokyo and Seoul have also warmed: South Korean President Yoon Suk Yeol's March visit to Tokyo was the first bilateral trip of its kind in twelve years.

The two countries have been treaty allies since 1951. Kishida's predecessor-but-one, Abe Shinzo, who in April 2015 became the first Japanese leader to address a joint meeting of Congress, was shot and killed on July 8, 2022, while campaigning in the city of Nara. Abe's successor, Suga Yoshihide, served one year.

## Security and Defense

Three strategy documents approved by the cabinet in December 2022 redraw Japan's defense posture. They direct that defense and related outlays reach 2% of gross domestic product (GDP) in FY2027, about twice the one percent or so that served, for roughly half a century, as an informal ceiling. Spending of ¥43 trillion (some $320 billion) is planned across the five years beginning in FY2023. The documents also commit Japan to acquire a "counterstrike" capability, meaning the means to hit missile launch sites on an adversary's soil.

As a stopgap, Tokyo intends to buy as many as 400 U.S.-made Tomahawk cruise missiles. For the purchase, the FY2023 budget sets aside ¥211.3 billion, on the order of $1.5 billion. At ¥6.8 trillion, that budget is 26% larger than FY2022's (Figure 1).

**Figure 1. Japan's Initial Defense Budgets, FY2019-FY2023**

Source: Japan Ministry of Defense. Excludes supplementary budgets.

## The Alliance and U.S. Forces

Upwards of fifty thousand U.S. military personnel are stationed in Japan, more than in any other foreign country; Germany, the next-largest host, has about 35,000. Tokyo covers part of what it costs to keep them there. The current Special Measures Agreement (SMA), concluded in December 2021 and in effect for five years from April 2022, commits Japan to ¥1.05 trillion over that span, in the neighborhood of $2 billion a year.

## Okinawa

The alliance's burdens fall most heavily on Okinawa, the country's southernmost prefecture:

- It accounts for less than one percent of Japan's land, yet about one-quarter of all U.S. base facilities in Japan lie within it.
- More than half of the U.S. service members in Japan are stationed on its islands.
- Under a 2012 realignment plan, roughly 9,000 Marines are to leave the prefecture. Around 4,000 of them are bound for Guam, where the Marine Corps activated Camp Blaz in January 2023; none has yet moved.

Governor Tamaki Denny, reelected in September 2022, still opposes building a replacement for Marine Corps Air Station Futenma at Henoko, in the prefecture's north.

## Domestic Politics

The Liberal Democratic Party (LDP) governs with a junior partner, Komeito. Together they hold 293 of the 465 seats in the House of Representatives, a little under two-thirds, a position won in the October 2021 election. In the upper chamber, the House of Councillors, the July 2022 election widened their majority from 57% to nearly 59%.

On June 15, Kishida said he would not dissolve the lower chamber before the Diet session closes, quieting talk of a summer election. Its members may otherwise serve until October 2025; half of the upper chamber's seats are contested in July of that year. Before then, Kishida's three-year term as LDP president expires in September 2024, when the party will choose its leader. His cabinet's approval ratings, below 30% late last year, recovered to around 45% after the summit.

## Economic and Trade Ties

Counting goods and services together, Japan is the fourth-largest U.S. trading partner. In 2022 it was the fourth- and fifth-largest market for U.S. exports and source of U.S. imports, respectively.

Table 1. U.S. Trade with Japan, Goods and Services ($ billions)

| Flow | 2021 | 2022 |
| --- | --- | --- |
| U.S. exports | 112.2 | 119.9 |
| U.S. imports | 167.8 | 180.4 |
| Balance | -55.6 | -60.5 |

Source: U.S. Bureau of Economic Analysis.

Japanese firms have invested more in the United States than those of any other country; their direct investment stock stood at $721 billion at the end of 2021. Japan is also the largest foreign holder of U.S. Treasury securities, with about $1.1 trillion as of March, ahead of China's $870 billion.

The U.S.-Japan Trade Agreement has been in force since January 2020, and on March 28 the two governments signed a Critical Minerals Agreement. Japan also belongs to the Indo-Pacific Economic Framework for Prosperity (IPEF), launched in Tokyo in May 2022 with the United States and a dozen other regional economies; IPEF members concluded a supply chain pact last month.

## Economy

Japan's real GDP grew 1.0% last year, down from 2.1% in 2021, and expanded at an annualized 2.7% pace in the first quarter of 2023. Core consumer prices rose 3.4% in April from a year earlier, above the Bank of Japan's 2% target. To cushion households against energy costs, the Diet last December enacted a ¥28.9 trillion supplementary budget, approximately $210 billion. In October 2022 the yen slid to about ¥150 to the dollar, its weakest level in 32 years. Tokyo has pledged to cut greenhouse gas emissions 46% from their FY2013 level by FY2030, and to reach net zero by 2050.

## Regional and Global Diplomacy

Kishida met the leaders of Australia, India, and the United States on the margins of the Hiroshima summit after a planned Sydney meeting was called off; it was the Quad's fifth gathering at the leader level, counting two held by video. Japan has joined G7 sanctions on Russia and has committed $7.6 billion to Ukraine. Of that, $5.5 billion is financial support, and roughly $1.5 billion is humanitarian aid. Chinese coast guard ships spent a record 336 days in the waters next to the Senkaku Islands last year.

**Mark E. Manyin**, Coordinator, Specialist in Asian Affairs

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Caitlin Campbell**, Analyst in Asian Affairs
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Kishida", "Fumio", "Under Prime Minister Kishida Fumio", note="family name first"),
        "leaders.us_president": P("Biden", "Joe", "President Joe Biden"),
        "alliance.treaty_ally_since": F(1951, as_written="The two countries have been treaty allies since 1951"),
        "alliance.us_troops_in_japan": F(50000, "over", as_written="Upwards of fifty thousand U.S. military personnel are stationed in Japan", note="'upwards of' is over (heldout README); number in words"),
        "alliance.host_nation_support_per_year": F(2000000000, "about", per="year", as_written="in the neighborhood of $2 billion a year"),
        "alliance.host_nation_support_agreement": D("2021-12", as_written="The current Special Measures Agreement (SMA), concluded in December 2021"),
        "alliance.okinawa_share_of_land_area": F(1, "under", as_written="It accounts for less than one percent of Japan's land", note="bullet; 'It' = Okinawa from the lead-in"),
        "alliance.okinawa_share_of_usfj_facilities": F(25, "about", as_written="about one-quarter of all U.S. base facilities in Japan lie within it", note="all-facilities basis; fraction in words"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="More than half of the U.S. service members in Japan are stationed on its islands"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="Around 4,000 of them are bound for Guam"),
        "defense.spending_goal_pct_gdp": F(2, by="FY2027", as_written="defense and related outlays reach 2% of gross domestic product (GDP) in FY2027"),
        "defense.traditional_limit_pct_gdp": F(1, "about", as_written="the one percent or so that served, for roughly half a century, as an informal ceiling", note="'or so' is the hedge on the 1%; 'about twice' hedges the ratio"),
        "defense.tomahawk_purchase": F(1500000000, "about", as_written="the FY2023 budget sets aside ¥211.3 billion, on the order of $1.5 billion", note="dollar figure; FY2023 budget line (as T4)"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="The Liberal Democratic Party (LDP) governs with a junior partner, Komeito"),
        "politics.lower_house_coalition_share": F(67, "under", as_written="Together they hold 293 of the 465 seats in the House of Representatives, a little under two-thirds", note="fraction rule: two-thirds is 67; 293/465 = 63%"),
        "politics.upper_house_coalition_share": F(59, "nearly", previous=57, as_written="the July 2022 election widened their majority from 57% to nearly 59%"),
        "politics.next_diet_election_due": F(2025, as_written="half of the upper chamber's seats are contested in July of that year", note="year carried from 'until October 2025' in the same sentence"),
        "politics.lower_house_election_due": D("2025-10", as_written="Its members may otherwise serve until October 2025"),
        "trade.overall_partner_rank": F(4, period="2022", as_written="Counting goods and services together, Japan is the fourth-largest U.S. trading partner", note="period from the next sentence and Table 1"),
        "trade.export_partner_rank": F(4, period="2022", as_written="In 2022 it was the fourth- and fifth-largest market for U.S. exports and source of U.S. imports, respectively"),
        "trade.import_partner_rank": F(5, period="2022", as_written="In 2022 it was the fourth- and fifth-largest market for U.S. exports and source of U.S. imports, respectively"),
        "trade.us_exports_to_japan": F(119900000000, period="2022", as_written="Table 1, 'U.S. exports' row, 2022 column: 119.9 ($ billions)", note="only in the table"),
        "trade.us_imports_from_japan": F(180400000000, period="2022", as_written="Table 1, 'U.S. imports' row, 2022 column: 180.4 ($ billions)", note="only in the table"),
        "trade.fdi_source_rank": F(1, as_written="Japanese firms have invested more in the United States than those of any other country"),
        "trade.treasury_holder_rank": F(1, period="2023-03", as_written="Japan is also the largest foreign holder of U.S. Treasury securities, with about $1.1 trillion as of March"),
        "economy.gdp_growth": GDP(y2022=1.0, y2021=2.1),
        "economy.supplementary_budget": F(210000000000, "about", period="2022-12", as_written="the Diet last December enacted a ¥28.9 trillion supplementary budget, approximately $210 billion"),
        "economy.yen": F("32-year low against the dollar", period="2022-10", as_written="In October 2022 the yen slid to about ¥150 to the dollar, its weakest level in 32 years"),
        "economy.emissions_cut_target": F(46, by="FY2030", baseline="FY2013", as_written="Tokyo has pledged to cut greenhouse gas emissions 46% from their FY2013 level by FY2030"),
        "diplomacy.quad_leader_meetings": F(5, as_written="it was the Quad's fifth gathering at the leader level, counting two held by video"),
        "diplomacy.ipef_other_partners": F(13, period="2022-05", as_written="launched in Tokyo in May 2022 with the United States and a dozen other regional economies", note="the United States plus 12 others"),
        "diplomacy.ukraine_financial_support": F(5500000000, as_written="Of that, $5.5 billion is financial support"),
        "diplomacy.ukraine_humanitarian_aid": F(1500000000, "about", as_written="roughly $1.5 billion is humanitarian aid"),
    },
    "elections": {
        "lower_house_2021": E("Lower House", "2021-10", "held", result="LDP and Komeito 293 of 465 seats"),
        "upper_house_2022": E("Upper House", "2022-07", "held", result="coalition share from 57% to nearly 59%"),
        "okinawa_governor_2022": E("Okinawa governor", "2022-09", "held", result="Tamaki Denny reelected"),
        "ldp_president_2024": E("LDP president", "2024-09", "upcoming", note="term expires, party will choose its leader"),
        "upper_house_2025": E("Upper House", "2025-07", "upcoming", note="year carried from 'October 2025' ('July of that year')"),
    },
    "events": {
        "abe_address_to_congress": EV("Abe addresses a joint meeting of Congress", "2015-04", "held"),
        "abe_assassination": EV("Abe shot and killed while campaigning in Nara", "2022-07-08", "held"),
    },
    "notes": "Traps: 'since 1945'; 'Last month Kishida hosted the Group of Seven (G7) summit in Hiroshima'; 'Ukraine's President Volodymyr Zelensky' and 'South Korean President Yoon Suk Yeol's March visit' (other countries' presidents) and 'in twelve years'; 'Kishida's predecessor-but-one, Abe Shinzo' and 'Abe's successor, Suga Yoshihide, served one year' (former prime ministers); 'approved by the cabinet in December 2022'; 'about twice the one percent or so' ('about' hedges the ratio) and 'for roughly half a century'; 'Spending of ¥43 trillion (some $320 billion) is planned across the five years beginning in FY2023'; 'as many as 400 U.S.-made Tomahawk cruise missiles' (a count); '¥211.3 billion'; 'At ¥6.8 trillion, that budget is 26% larger than FY2022's' and Figure 1 (FY2019-FY2023, ¥ trillions, ticks 0-8, no value labels); 'Germany, the next-largest host, has about 35,000' (another country); 'in effect for five years from April 2022' and 'commits Japan to ¥1.05 trillion over that span' (five-year yen total); 'roughly 9,000 Marines are to leave the prefecture' (total leaving, not Guam); 'activated Camp Blaz in January 2023; none has yet moved' (no Marines in Guam); 'Governor Tamaki Denny, reelected in September 2022'; '293 of the 465 seats' (a little under two-thirds: under 67); 'from 57% to nearly 59%' (57 is the previous share); 'On June 15, Kishida said he would not dissolve the lower chamber' (speculation about a summer election, not listed); 'Kishida's three-year term as LDP president expires in September 2024' (an LDP vote, not the next Diet election); 'below 30% late last year, recovered to around 45%' (approval ratings); 'fourth- and fifth-largest ... respectively' (export rank 4, import rank 5); Table 1's 2021 column (112.2, 167.8) and Balance row; 'their direct investment stock stood at $721 billion at the end of 2021' (no IF10199 fact); 'about $1.1 trillion' and 'ahead of China's $870 billion'; 'in force since January 2020' and 'on March 28 the two governments signed a Critical Minerals Agreement' (no IF10199 fact); 'IPEF members concluded a supply chain pact last month'; 'expanded at an annualized 2.7% pace in the first quarter of 2023' (a quarter); 'Core consumer prices rose 3.4% in April' and 'the Bank of Japan's 2% target' (not the defense goal); '¥28.9 trillion'; 'about ¥150 to the dollar'; 'to reach net zero by 2050'; 'a planned Sydney meeting was called off' and 'counting two held by video'; 'has committed $7.6 billion to Ukraine' (total); 'a record 336 days'. Layout: pdftotext -layout runs the two columns side by side (bullets and Table 1 among them); curly quotes and hyphenated line ends in the PDF.",
}
