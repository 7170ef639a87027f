from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "AT1-IF10199-2018-02", "fresh19", "IF10199", 29
LAYOUTS = ["interleaved", "html"]
PDF_OPTS = ["nbsp", "lig"]
SIDEBAR = "The Diet at a Glance"

MD = """
U.S.-Japan Relations

Updated February 27, 2018

## Overview

The alliance has come through a change of U.S. Administration with little visible strain: Prime Minister Shinzo Abe has met or spoken by telephone with President Donald Trump more often than almost any other foreign leader has, and each hosted the other in 2017, Abe at Mar-a-Lago in February and Trump in Tokyo in November. Trade frictions have nonetheless resurfaced. In office since December 2012, and remembered in Washington for his 2015 speech to a joint meeting of Congress, the first by a Japanese leader, Abe is on course to become one of Japan's longest-serving postwar prime ministers.

## The Security Alliance

An alliance dating to 1951, its treaty revised in 1960, gives the United States the right to station forces in Japan; in return, Washington is pledged to defend territory under Japanese administration. U.S. troops in Japan, an estimated 54,000 of them, are backed by roughly 8,000 U.S. civilian employees.

Tokyo pays in the vicinity of ¥189 billion annually toward the cost of hosting those forces, about $1.7 billion at current exchange rates. The amount is fixed by a five-year Special Measures Agreement concluded in January 2016, which runs through March 2021.

## Defense Policy

For four decades Japan has treated 1% of GDP as an informal cap on defense spending, a line first drawn by a 1976 cabinet decision. The FY2018 request, a record ¥5.19 trillion, is the sixth increase in a row yet stays beneath that threshold. Abe says he is not bound by it but has set no other target. In December the cabinet approved two Aegis Ashore missile-defense batteries, at close to ¥200 billion, and standoff missiles with a 500-kilometer reach.

## Okinawa

With just 0.6% of Japan's land area, the prefecture hosts about 70% of the acreage set aside for the exclusive use of U.S. forces, and a majority of the U.S. military personnel stationed in Japan. Under a 2012 bilateral plan, some 9,000 Marines are to leave the island; slightly fewer than half of them, around 4,000, are bound for Guam, a shift not expected to begin before the 2020s.

A replacement for the Futenma air station, at Henoko in Nago, is being built over the opposition of Governor Takeshi Onaga, who won the governorship in November 2014 pledging to block it. On February 4, however, a candidate backed by Abe's coalition unseated Nago's anti-base mayor. Onaga's own term expires in December; the gubernatorial contest expected late this year will test the plan again.

## Japanese Politics

Abe's hold on power tightened in October 2017. In the snap election he called for October 22, his Liberal Democratic Party (LDP) and its junior partner, Komeito, came away with 313 of the House of Representatives' 465 seats, a shade over two-thirds, the margin needed to initiate a constitutional amendment. The LDP by itself took two hundred eighty-four. In the House of Councillors the coalition controls more than three in every five seats, a position it has held since the July 2016 election.

The next nationwide contest comes in July 2019, when half of the upper chamber is up for election. Before then, the LDP is due to choose its president in September 2018; Abe is expected to seek a third three-year term, which would let him serve until 2021. He hopes to amend Article 9 of the constitution by 2020, which would require two-thirds of each chamber and a referendum.

## The Diet at a Glance

Table 1. Ruling Coalition Seats in the Diet

| Chamber | Coalition seats | Total seats | Next election |
| --- | --- | --- | --- |
| House of Representatives (lower) | 313 | 465 | by Oct. 2021 |
| House of Councillors (upper) | 150 | 242 | July 2019 |

## Trade and Investment

President Trump withdrew the United States from the Trans-Pacific Partnership (TPP) in January 2017 and has pressed Japan for a bilateral deal; Tokyo prefers the Pence-Aso Economic Dialogue, which met in April and October 2017. Japan meanwhile shepherded the eleven remaining TPP members to a revised pact, the CPTPP, concluded on January 23 and due to be signed in Chile on March 8.

In 2017 Japan occupied fourth place among U.S. trading partners in goods, behind China, Canada, and Mexico. Merchandise imports from Japan were roughly double what U.S. exporters sold there (Table 2).

Table 2. U.S. Goods Trade with Japan

| Item | 2016 | 2017 |
| --- | --- | --- |
| U.S. exports to Japan ($ billions) | 63.2 | 67.7 |
| U.S. imports from Japan ($ billions) | 132.2 | 136.5 |
| Balance ($ billions) | -68.9 | -68.8 |
| Japan's rank as U.S. export market | 4 | 4 |
| Japan's rank as U.S. import supplier | 4 | 4 |

Japanese firms' direct investment in the United States, valued at $421 billion at the end of 2016, lags only Britain's. In January, Toyota and Mazda chose Alabama for a $1.6 billion joint plant. Japan is the runner-up among foreign holders of U.S. Treasury securities, with about $1.06 trillion at the end of December 2017 against China's $1.18 trillion.

Two recent U.S. trade actions touch Japanese exporters. On January 22, the President approved Section 201 safeguard tariffs on imported washing machines (starting at 20%) and on solar cells and modules (30%). On February 16, the Commerce Department recommended, under Section 232, options that include a tariff of at least 24% on all steel imports and 7.7% on aluminum; the President has until April to decide.

## The Economy

Japan's real GDP rose 1.6% last year, according to preliminary figures released February 14, after 1.0% in 2016. The October-December quarter's annualized gain of 0.5% extended the economy's longest unbroken run of quarterly growth, eight quarters, since the late 1980s. About $24.7 billion (¥2.7 trillion) in extra FY2017 spending, much of it for disaster prevention and farm support, cleared the Diet on February 1 as a supplementary budget; the ¥97.7 trillion FY2018 budget is expected to pass by the end of March. Inflation remains well short of the Bank of Japan's 2% target.

## Regional and Global Issues

North Korea fired two ballistic missiles over Hokkaido in 2017 and, on November 29, tested an intercontinental missile that fell inside Japan's exclusive economic zone. Abe backs the Administration's "maximum pressure" campaign, even as Seoul uses the PyeongChang Olympics to reopen contact with the North.

In November 2017, officials from Japan, the United States, Australia, and India met in Manila to revive the "Quad" consultations. On climate, Japan has committed under the Paris Agreement to cut greenhouse gas emissions 26% below FY2013 levels by FY2030; the Obama Administration's pledge of 26%-28% below 2005 levels by 2025 has been disavowed by its successor.

**Emma Chanlett-Avery**, Specialist in Asian Affairs

**Mark E. Manyin**, Specialist in Asian Affairs

**Brock R. Williams**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Abe", "Shinzo", "Prime Minister Shinzo Abe"),
        "leaders.us_president": P("Trump", "Donald", "President Donald Trump"),
        "alliance.treaty_ally_since": F(1951, as_written="An alliance dating to 1951, its treaty revised in 1960"),
        "alliance.us_troops_in_japan": F(54000, "about", as_written="U.S. troops in Japan, an estimated 54,000 of them"),
        "alliance.host_nation_support_per_year": F(1700000000, "about", per="year", as_written="Tokyo pays in the vicinity of ¥189 billion annually ..., about $1.7 billion at current exchange rates", note="the dollar figure with its own hedge; the yen figure is 'in the vicinity of'"),
        "alliance.host_nation_support_agreement": D("2016-01", as_written="a five-year Special Measures Agreement concluded in January 2016, which runs through March 2021"),
        "alliance.okinawa_share_of_usfj_facilities": F(70, "about", as_written="hosts about 70% of the acreage set aside for the exclusive use of U.S. forces", note="exclusive-use basis"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="and a majority of the U.S. military personnel stationed in Japan", note="'a majority' = more than half"),
        "alliance.okinawa_share_of_land_area": F(0.6, as_written="With just 0.6% of Japan's land area"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="slightly fewer than half of them, around 4,000, are bound for Guam"),
        "defense.traditional_limit_pct_gdp": F(1, as_written="Japan has treated 1% of GDP as an informal cap on defense spending"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="his Liberal Democratic Party (LDP) and its junior partner, Komeito"),
        "politics.lower_house_coalition_share": F(67, "over", as_written="313 of the House of Representatives' 465 seats, a shade over two-thirds", note="'a shade over two-thirds' = more than two-thirds (67 over)"),
        "politics.upper_house_coalition_share": F(60, "over", as_written="the coalition controls more than three in every five seats"),
        "politics.next_diet_election_due": F(2019, as_written="The next nationwide contest comes in July 2019, when half of the upper chamber is up for election"),
        "politics.lower_house_election_due": D("2021-10", as_written="Table 1: House of Representatives ... Next election: by Oct. 2021", note="stated only in the sidebar table; 44 months away, so no upcoming lower_house_2021"),
        "trade.overall_partner_rank": F(4, period="2017", as_written="In 2017 Japan occupied fourth place among U.S. trading partners in goods, behind China, Canada, and Mexico"),
        "trade.export_partner_rank": F(4, period="2017", as_written="Table 2: Japan's rank as U.S. export market | 4 | 4", note="2017 column"),
        "trade.import_partner_rank": F(4, period="2017", as_written="Table 2: Japan's rank as U.S. import supplier | 4 | 4", note="2017 column"),
        "trade.us_exports_to_japan": F(67700000000, period="2017", as_written="Table 2: U.S. exports to Japan ($ billions) | 63.2 | 67.7", note="goods; 2017 column (2016's 63.2 a trap)"),
        "trade.us_imports_from_japan": F(136500000000, period="2017", as_written="Table 2: U.S. imports from Japan ($ billions) | 132.2 | 136.5", note="goods; 2017 column (2016's 132.2 a trap)"),
        "trade.fdi_source_rank": F(2, period="2016", as_written="Japanese firms' direct investment in the United States, valued at $421 billion at the end of 2016, lags only Britain's"),
        "trade.treasury_holder_rank": F(2, period="2017-12", as_written="Japan is the runner-up among foreign holders of U.S. Treasury securities"),
        "economy.gdp_growth": GDP(y2017=1.6, y2016=1.0),
        "economy.supplementary_budget": F(24700000000, "about", period="2018-02", as_written="About $24.7 billion (¥2.7 trillion) in extra FY2017 spending ... cleared the Diet on February 1 as a supplementary budget"),
        "economy.emissions_cut_target": F(26, by="FY2030", baseline="FY2013", as_written="cut greenhouse gas emissions 26% below FY2013 levels by FY2030"),
    },
    "elections": {
        "lower_house_2017": E("Lower House", "2017-10-22", "held", result="LDP-Komeito 313 of 465 seats, a shade over two-thirds"),
        "upper_house_2016": E("Upper House", "2016-07", "held", note="'a position it has held since the July 2016 election'"),
        "upper_house_2019": E("Upper House", "2019-07", "upcoming", note="half of the upper chamber up for election; the next nationwide contest"),
        "ldp_president_2018": E("LDP president", "2018-09", "upcoming", note="Abe expected to seek a third consecutive term"),
        "okinawa_governor_2014": E("Okinawa governor", "2014-11", "held", result="Takeshi Onaga won"),
        "okinawa_governor_2018": E("Okinawa governor", "2018", "upcoming", note="'the gubernatorial contest expected late this year' (year precision)"),
    },
    "events": {
        "abe_address_to_congress": EV("Abe addresses a joint meeting of Congress", "2015", "held"),
    },
    "notes": "Traps: 'more often than almost any other foreign leader has' (no rank); 'Abe at Mar-a-Lago in February and Trump in Tokyo in November' (2017 visits); 'In office since December 2012'; 'his 2015 speech to a joint meeting of Congress' (event at year precision); 'its treaty revised in 1960'; 'are backed by roughly 8,000 U.S. civilian employees' (not troops); '¥189 billion annually' (yen, 'in the vicinity of'); 'which runs through March 2021' (expiry, not the agreement date); 'For four decades' and 'a 1976 cabinet decision'; 'The FY2018 request, a record ¥5.19 trillion, is the sixth increase in a row'; 'Abe says he is not bound by it but has set no other target' (no spending goal); 'two Aegis Ashore missile-defense batteries, at close to ¥200 billion' and 'standoff missiles with a 500-kilometer reach' (no Tomahawk); 'With just 0.6% of Japan's land area, the prefecture hosts' (subject only in the heading 'Okinawa'); 'Under a 2012 bilateral plan, some 9,000 Marines are to leave the island' (total leaving); 'slightly fewer than half of them' (a fraction of the Marines, not a share of personnel); 'not expected to begin before the 2020s' (no Marines in Guam); 'On February 4, however, a candidate backed by Abe's coalition unseated Nago's anti-base mayor' (local race, not listed); 'Onaga's own term expires in December' (a term end; the election is 'late this year'); 'The LDP by itself took two hundred eighty-four' (one party's seats); 'the margin needed to initiate a constitutional amendment' and 'would require two-thirds of each chamber'; 'half of the upper chamber is up for election' (not a share); 'which would let him serve until 2021' (LDP term, not the Lower House deadline); 'amend Article 9 of the constitution by 2020'; Table 1 seat counts '313 | 465' and '150 | 242' (no share column); 'withdrew ... from the Trans-Pacific Partnership (TPP) in January 2017'; 'which met in April and October 2017'; 'the eleven remaining TPP members', 'concluded on January 23 and due to be signed in Chile on March 8'; 'roughly double what U.S. exporters sold there'; Table 2's 2016 column (63.2, 132.2, -68.9, ranks 4) and the balance row; '$421 billion' (FDI stock; no IF10199 fact); 'a $1.6 billion joint plant'; 'about $1.06 trillion ... against China's $1.18 trillion'; 'Section 201 safeguard tariffs on imported washing machines (starting at 20%) and on solar cells and modules (30%)' and 'a tariff of at least 24% on all steel imports and 7.7% on aluminum' (no tariff on most imports from Japan); 'released February 14'; 'annualized gain of 0.5%' and 'eight quarters' (a quarter, not a year); '¥2.7 trillion'; 'the ¥97.7 trillion FY2018 budget is expected to pass' (planned main budget); 'the Bank of Japan's 2% target' (inflation, not a defense goal); 'two ballistic missiles over Hokkaido', 'November 29'; 'officials ... met in Manila to revive the \"Quad\"' (officials, not leaders: no Quad count); 'the Obama Administration's pledge of 26%-28% below 2005 levels by 2025' (U.S. pledge); sidebar 'The Diet at a Glance' (html aside, a table only); PDF NBSP and ligatures; interleaved columns",
}
