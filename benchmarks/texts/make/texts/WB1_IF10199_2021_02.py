from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "WB1-IF10199-2021-02", "fresh43", "IF10199", 38
LAYOUTS = ["pdf", "interleaved"]
PDF_OPTS = ["lig", "hyph"]
SIDEBAR = "Sidebar: Paying for U.S. Forces"
CHART = {"unit": "¥ trillions", "ymax": 6, "ticks": [0, 1, 2, 3, 4, 5, 6],
         "series": ["Initial defense budget"],
         "bars": {"FY2017": (5.13,), "FY2018": (5.19,), "FY2019": (5.26,), "FY2020": (5.31,), "FY2021": (5.34,)}}

MD = """
U.S.-Japan Relations

Updated February 19, 2021

## Overview

The change of government in Washington finds the U.S.-Japan alliance in steady shape but facing heavier demands. Japan, which has been a U.S. treaty ally since 1951, remains the anchor of the U.S. military presence in the western Pacific, a top source of investment in the U.S. economy, and a partner on issues from pandemic response to the rise of China. President Joe Biden spoke by telephone with Prime Minister Suga Yoshihide in late January, a week after his inauguration; the two reaffirmed that Article V of the 1960 Treaty of Mutual Cooperation and Security applies to the Senkaku Islands, which China also claims. Suga is widely expected to be one of the first foreign leaders Biden receives in person.

Tokyo's priorities for 2021 are largely domestic. A second state of emergency covering Tokyo and several other prefectures, declared on January 7, has been extended into March, and vaccinations of health workers began on February 17. The Olympic and Paralympic Games, postponed last year, are now scheduled to open on July 23. Many Members of Congress follow these developments closely because the Games, the pandemic, and the fall's elections together will shape how much political capital Suga can spend on the alliance.

## Suga's Government and Domestic Politics

Suga, who served as chief cabinet secretary throughout Abe Shinzo's nearly eight years in office, won the Liberal Democratic Party (LDP) leadership vote on September 14, 2020, collecting 377 of 534 valid ballots, and was elected prime minister by the Diet two days later. He has kept much of his predecessor's team and agenda. His cabinet's approval ratings, above 60% when he took office, have since fallen below 40% in several polls, largely over the government's handling of COVID-19.

The LDP governs in coalition with Komeito, a smaller party backed by a Buddhist lay organization. Together the two parties hold roughly two-thirds of the 465 seats in the House of Representatives (the Lower House), a margin they have held since the October 2017 general election. In the House of Councillors, the upper chamber, they have controlled some 57% of the seats since the July 2019 election.

Two contests loom. Suga is serving out the remainder of Abe's term as party president, which ends in September 2021, when the LDP is to hold another leadership election. The current members of the Lower House, meanwhile, reach the end of their four-year terms in the fall: a general election must take place no later than October 2021. A Tokyo Metropolitan Assembly election in July is seen as an early test of the government's standing.

## The Alliance

Under the security treaty, the United States is obligated to defend Japan; Japan in turn provides bases for U.S. forces that the Pentagon uses across the Indo-Pacific. Some 55,000 U.S. military personnel are stationed in Japan, the largest such presence in any foreign country, along with the Navy's only forward-deployed aircraft carrier strike group. (About 28,500 U.S. troops are based in South Korea.)

Since 2015, revised Defense Guidelines and a package of security laws have permitted Japan's Self-Defense Forces to take on a wider range of missions alongside U.S. forces, including limited forms of collective self-defense. Abe made the case for this deeper partnership in April 2015, when he became the first Japanese prime minister to address a joint meeting of Congress.

## Sidebar: Paying for U.S. Forces

Japan covers a portion of the cost of stationing U.S. forces through Special Measures Agreements (SMAs) that run for several years at a time. The current SMA, signed in January 2016, committed Japan to ¥946.5 billion over five years and expires on March 31. Negotiations on a successor stalled during 2020, after reports that the Trump Administration had sought roughly $8 billion a year, about four times what Japan was paying.

On February 17, the two governments agreed to extend the current SMA by one year, leaving a new multiyear deal to talks later in 2021. Under the extension Japan will contribute ¥201.7 billion, just under $2 billion, in FY2021, about the same as this year. The Diet must still approve the arrangement before the end of March.

## Okinawa

Okinawa, Japan's southernmost prefecture, makes up less than 1% of the nation's land area. It nonetheless hosts around a quarter of all facilities used by U.S. forces in Japan and more than half of the U.S. military personnel in the country. The concentration is a long-standing grievance: in a February 2019 prefectural referendum, about 72% of voters rejected the landfill at Henoko, in northern Okinawa, that is to replace Marine Corps Air Station Futenma.

Governor Tamaki Denny, elected in September 2018 on a platform opposing the relocation, continues to contest it in court, and soft seabed found in the construction area has pushed the central government's estimate of the project's completion into the 2030s. Under a 2012 agreement, about 9,000 Marines are to leave Okinawa; roughly 4,000 of them are to move to Guam, where the Marine Corps activated a new base, Camp Blaz, in October 2020. The transfers are not expected to begin until the mid-2020s.

## Defense Policy

The cabinet approved an initial defense budget for FY2021 of ¥5.34 trillion (about $51 billion), the ninth annual increase in a row and a record in yen terms (Figure 1). Even so, Japan spends close to 1% of its gross domestic product (GDP) on defense, a level that has acted as an informal ceiling since a 1976 cabinet decision, though the formal cap was lifted a decade later. U.S. officials have at times pointed to the 2% benchmark that North Atlantic Treaty Organization (NATO) members use, but Japan has adopted no such target.

In June 2020 the government cancelled its plan to deploy two Aegis Ashore missile defense batteries; in December it decided instead to build two destroyers equipped with the Aegis system and to develop a longer-range version of a domestically made anti-ship missile. A debate over whether Japan should acquire the ability to strike enemy missile bases has been put off.

**Figure 1. Japan's Initial Defense Budgets, FY2017-FY2021**

Source: Japan Ministry of Defense. Excludes supplementary budgets.

## Trade and Investment

The pandemic depressed bilateral trade in 2020, but Japan remained the fourth-largest trading partner of the United States. It ranked fourth both as a market for U.S. goods exports and as a supplier of U.S. imports, behind China, Mexico, and Canada in each case. The figures below are Census Bureau goods data.

Table 1. U.S. Goods Trade with Japan ($ billions)

| | 2019 | 2020 |
| --- | --- | --- |
| U.S. exports to Japan | 74.7 | 64.1 |
| U.S. imports from Japan | 143.6 | 119.5 |
| Balance | -68.9 | -55.4 |

A limited trade agreement and a companion digital trade agreement took effect on January 1, 2020. The former cut Japanese tariffs on about $7 billion of U.S. farm goods; automobiles, Japan's largest export to the United States, were left out. President Trump had, in a May 17, 2019, proclamation, declared that imports of autos and parts threatened U.S. national security, but he did not impose the 25% tariffs that had been discussed, and Japan's automakers welcomed the change of Administration. Some in Tokyo hope Biden will reconsider the Trans-Pacific Partnership, which the United States left in 2017; Japan led its 11 remaining members into the CPTPP.

Investment flows run strongly in the other direction. By the end of 2019, Japanese firms had built a stock of $619 billion in direct investment in the United States, making Japan the largest source of FDI in the country, ahead of the United Kingdom. Japan also owns about $1.26 trillion in U.S. Treasury securities, more than any other foreign country; China, with about $1.06 trillion, is second.

## Japan's Economy

According to preliminary figures released on February 15, real GDP shrank 4.8% in 2020, the first full-year contraction in 11 years, after growth of 0.3% in 2019. Output rebounded at an annualized 12.7% in the October-December quarter, but the new state of emergency is expected to bring another decline early this year.

The government has financed its response with three supplementary budgets for FY2020. The latest, of ¥19.2 trillion (about $184 billion), was enacted on January 28 to fund part of a ¥73.6 trillion package announced in December; the first two, passed in April and June, totaled nearly ¥58 trillion. A record ¥106.6 trillion general budget for FY2021 is before the Diet.

On climate, Suga pledged in October 2020 that Japan would reach net-zero emissions by 2050. The country's formal commitment under the Paris Agreement is still a 26% reduction in greenhouse gas emissions by 2030 from 2013 levels, a target that the Biden Administration is urging Tokyo to raise before an international climate summit the United States plans to host in April.

## Regional Relations

Japan's relations with China stabilized under Abe, but Chinese coast guard ships now enter the waters around the Senkakus with growing frequency, and a Chinese law that took effect this month allows that service to use weapons against foreign vessels. Ties with South Korea remain at a low point over wartime history, including South Korean court rulings ordering Japanese firms and, in January, the Japanese government to compensate Koreans.

Japan is a strong advocate of the Quadrilateral Security Dialogue ("Quad") with the United States, Australia, and India. The four countries' foreign ministers met for the second time in Tokyo in October 2020 and spoke again by video on February 18. Japan has also promoted the idea of a "Free and Open Indo-Pacific," a phrase the Biden Administration has continued to use.

**Emma Chanlett-Avery**, Coordinator, Specialist in Asian Affairs

**Mark E. Manyin**, Specialist in Asian Affairs

**Brock R. Williams**, Specialist in International Trade and Finance

**Caitlin Campbell**, Analyst in Asian Affairs
"""

TRUTH = {
    "facts": {
        "leaders.us_president": P("Biden", "Joe", "President Joe Biden"),
        "leaders.japan_prime_minister": P("Suga", "Yoshihide", "Prime Minister Suga Yoshihide"),
        "alliance.treaty_ally_since": F(1951, as_written="Japan, which has been a U.S. treaty ally since 1951"),
        "alliance.us_troops_in_japan": F(55000, "about", as_written="Some 55,000 U.S. military personnel are stationed in Japan"),
        "alliance.host_nation_support_per_year": F(2000000000, "under", per="year", as_written="Japan will contribute ¥201.7 billion, just under $2 billion, in FY2021", note="sidebar; one fiscal year's payment under the extension, 'just' here is part of 'just under' (under)"),
        "alliance.host_nation_support_agreement": D("2021-02-17", as_written="On February 17, the two governments agreed to extend the current SMA by one year", note="sidebar; a one-year extension, the latest cost-sharing agreement"),
        "alliance.okinawa_share_of_land_area": F(1, "under", as_written="makes up less than 1% of the nation's land area"),
        "alliance.okinawa_share_of_usfj_facilities": F(25, "about", as_written="It nonetheless hosts around a quarter of all facilities used by U.S. forces in Japan", note="fraction in words: a quarter = 25"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="and more than half of the U.S. military personnel in the country", note="subject 'It' carried from the previous sentence"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="roughly 4,000 of them are to move to Guam"),
        "defense.traditional_limit_pct_gdp": F(1, "nearly", as_written="Japan spends close to 1% of its gross domestic product (GDP) on defense, a level that has acted as an informal ceiling", note="'close to' = nearly"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="The LDP governs in coalition with Komeito"),
        "politics.lower_house_coalition_share": F(67, "about", as_written="Together the two parties hold roughly two-thirds of the 465 seats in the House of Representatives", note="fraction in words: two-thirds = 67"),
        "politics.upper_house_coalition_share": F(57, "about", as_written="they have controlled some 57% of the seats since the July 2019 election"),
        "politics.lower_house_election_due": D("2021-10", as_written="a general election must take place no later than October 2021"),
        "politics.next_diet_election_due": F(2021, as_written="a general election must take place no later than October 2021", note="the only national Diet election the text names ahead; the LDP vote and the Tokyo assembly election are not Diet elections"),
        "trade.overall_partner_rank": F(4, period="2020", as_written="Japan remained the fourth-largest trading partner of the United States"),
        "trade.export_partner_rank": F(4, period="2020", as_written="It ranked fourth both as a market for U.S. goods exports"),
        "trade.import_partner_rank": F(4, period="2020", as_written="and as a supplier of U.S. imports"),
        "trade.us_exports_to_japan": F(64100000000, period="2020", as_written="Table 1: U.S. exports to Japan | 74.7 | 64.1 ($ billions)", note="goods only (Census); the 2020 column"),
        "trade.us_imports_from_japan": F(119500000000, period="2020", as_written="Table 1: U.S. imports from Japan | 143.6 | 119.5 ($ billions)", note="goods only (Census); the 2020 column"),
        "trade.fdi_source_rank": F(1, as_written="making Japan the largest source of FDI in the country"),
        "trade.treasury_holder_rank": F(1, as_written="Japan also owns about $1.26 trillion in U.S. Treasury securities, more than any other foreign country"),
        "economy.gdp_growth": GDP(y2020=-4.8, y2019=0.3),
        "economy.supplementary_budget": F(184000000000, "about", period="2021-01", as_written="The latest, of ¥19.2 trillion (about $184 billion), was enacted on January 28", note="third FY2020 supplementary budget; period the month of enactment"),
        "economy.emissions_cut_target": F(26, by="2030", baseline="2013", as_written="a 26% reduction in greenhouse gas emissions by 2030 from 2013 levels"),
    },
    "elections": {
        "ldp_president_2020": E("LDP president", "2020-09-14", "held", result="Suga won 377 of 534 valid ballots"),
        "lower_house_2017": E("Lower House", "2017-10", "held", note="coalition margin of roughly two-thirds held since"),
        "upper_house_2019": E("Upper House", "2019-07", "held", result="coalition holds some 57% of seats since"),
        "ldp_president_2021": E("LDP president", "2021-09", "upcoming", note="term ends in September 2021, when the LDP is to hold another leadership election"),
        "lower_house_2021": E("Lower House", "2021-10", "upcoming", note="must take place no later than October 2021 (months away: also the upcoming election, extract-dev's D2 rule)"),
        "okinawa_governor_2018": E("Okinawa governor", "2018-09", "held", result="Tamaki Denny elected, opposing the Henoko relocation"),
    },
    "events": {
        "abe_address_to_congress": EV("Abe addresses a joint meeting of Congress", "2015-04", "held"),
        "section232_autos_proclamation": EV("Section 232 proclamation: auto imports threaten national security", "2019-05-17", "held"),
    },
    "notes": "Traps: 'a top source of investment in the U.S. economy' (overview; the FDI rank is stated later as the largest, 1); 'a week after his inauguration' and 'in late January' (call, no date fact); 'Article V of the 1960 Treaty of Mutual Cooperation and Security' (revision year, not the treaty-ally year 1951); 'declared on January 7', 'began on February 17', 'scheduled to open on July 23'; 'Abe Shinzo's nearly eight years in office' (former prime minister); 'collecting 377 of 534 valid ballots' and 'elected prime minister by the Diet two days later'; 'above 60% when he took office, have since fallen below 40%' (approval ratings, not seat shares); 'of the 465 seats' (chamber size beside the two-thirds share); 'its four-year terms'; 'A Tokyo Metropolitan Assembly election in July' (local, not a Diet election); 'the largest such presence in any foreign country' (not a rank fact) and 'About 28,500 U.S. troops are based in South Korea' (another country); 'Since 2015, revised Defense Guidelines'; sidebar 'signed in January 2016, committed Japan to ¥946.5 billion over five years and expires on March 31' (previous SMA, five-year total); 'had sought roughly $8 billion a year, about four times what Japan was paying' (a demand, not the payment); 'leaving a new multiyear deal to talks later in 2021'; 'about 72% of voters rejected the landfill' (referendum, not an Okinawa share) and 'a February 2019 prefectural referendum'; 'completion into the 2030s'; 'about 9,000 Marines are to leave Okinawa' (total leaving, not Guam) and 'Under a 2012 agreement'; 'activated a new base, Camp Blaz, in October 2020' (no Marines in Guam stated) and 'not expected to begin until the mid-2020s'; '¥5.34 trillion (about $51 billion), the ninth annual increase' (defense budget); 'since a 1976 cabinet decision, though the formal cap was lifted a decade later' (years near the 1% limit); 'the 2% benchmark that North Atlantic Treaty Organization (NATO) members use, but Japan has adopted no such target' (not Japan's goal: no spending goal stated); 'two Aegis Ashore missile defense batteries' and 'two destroyers'; Figure 1 (FY2017-FY2021 labels, ¥ trillions, ticks 0-6, no values); 'behind China, Mexico, and Canada' (the three ahead, not Japan's rank); Table 1's 2019 column '74.7' and '143.6' (prior year) and the 'Balance' row '-68.9' / '-55.4'; 'about $7 billion of U.S. farm goods'; 'the 25% tariffs that had been discussed' (never imposed); 'which the United States left in 2017' and 'its 11 remaining members'; 'a stock of $619 billion' (FDI stock, no IF10199 fact) and 'ahead of the United Kingdom'; 'China, with about $1.06 trillion, is second'; 'released on February 15' and 'the first full-year contraction in 11 years'; 'at an annualized 12.7% in the October-December quarter' (quarter, not a year); 'a ¥73.6 trillion package announced in December' and 'the first two, passed in April and June, totaled nearly ¥58 trillion' (earlier budgets); 'A record ¥106.6 trillion general budget for FY2021 is before the Diet' (pending, not supplementary); 'net-zero emissions by 2050' and 'pledged in October 2020'; 'a summit the United States plans to host in April'; 'a Chinese law that took effect this month'; 'met for the second time in Tokyo in October 2020 and spoke again by video on February 18' (Quad foreign ministers, not leaders: no leader count stated). PDF: ligature characters, hyphenated line ends; interleaved columns.",
}
