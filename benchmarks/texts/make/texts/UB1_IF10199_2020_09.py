from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "UB1-IF10199-2020-09", "fresh41", "IF10199", 36
LAYOUTS = ["pdf", "interleaved"]
PDF_OPTS = ["quotes", "nbsp", "hyph"]
SIDEBAR = "Base Politics in Okinawa"
CHART = {"unit": "¥ trillions", "ymax": 6, "ticks": [0, 1, 2, 3, 4, 5, 6],
         "series": ["Initial defense budget"],
         "bars": {"FY2016": (5.05,), "FY2017": (5.13,), "FY2018": (5.19,), "FY2019": (5.26,), "FY2020": (5.31,)}}

MD = """
U.S.-Japan Relations

Updated September 29, 2020

## A New Government in Tokyo

For the first time in nearly eight years, Japan has a new leader. Abe Shinzo, the country's longest-serving prime minister, said on August 28 that a recurrence of a chronic illness would force him to step down. The Liberal Democratic Party (LDP) then picked Suga Yoshihide, the chief cabinet secretary throughout Abe's tenure, as its president in a September 14 ballot of Diet members and prefectural delegates, in which Suga took 377 of 534 valid votes. Two days later the Diet confirmed him; he is now prime minister. Suga has pledged to carry on with most of his predecessor's policies, and he kept eight of Abe's ministers in his cabinet. In his first call with President Donald Trump, on September 20, the two men reaffirmed the alliance. Abe, who in April 2015 became the first Japanese head of government to speak before a joint meeting of Congress, remains a Diet member.

Congress's interest in Japan spans security, trade, and regional diplomacy. Washington and Tokyo meet their challenges (China's growing military reach, North Korea's missiles, and a pandemic that postponed the Tokyo Olympics to July 2021) with a new team on one side and, after November 3, possibly a new one on the other.

## The Alliance

Signed in 1951, the bilateral security treaty has made Japan a U.S. treaty ally for nearly seven decades; its current form dates from 1960. Close to 55,000 U.S. troops are based in the archipelago, which also serves as home port for the Navy's only forward-deployed aircraft carrier. Germany, with the next-largest contingent, hosts about 35,000.

Tokyo bears much of the cost. Its current five-year Special Measures Agreement (SMA), which was concluded in December 2015, commits it to an average of ¥189 billion a year, or roughly $1.8 billion a year at today's exchange rate. That agreement lapses at the end of March 2021, and talks on a successor are expected to begin this fall. According to a former National Security Advisor, President Trump at one point sought $8 billion annually, more than four times the current level.

In June, Japan's defense minister suspended the planned deployment of two Aegis Ashore missile defense batteries, citing cost and safety; an LDP panel has since urged the government to consider acquiring the ability to strike enemy missile bases. Defense outlays, at ¥5.31 trillion in FY2020 (Figure 1), have risen for eight straight years, yet they remain within the ceiling that cabinets have largely observed since 1976: one percent of GDP. Unlike the NATO allies, which have pledged to move toward 2%, Japan has set no target of its own.

**Figure 1. Japan's Initial Defense Budgets, FY2016-FY2020**

Source: Japan Ministry of Defense. Excludes SACO- and realignment-related spending.

## Base Politics in Okinawa

The prefecture is small: it covers just 0.6% of Japan's land. It nonetheless holds about 70% of the acreage set aside for the exclusive use of U.S. forces, and more than half of the U.S. military personnel in Japan serve there. Denny Tamaki, who won the governorship in September 2018 on a promise to block a new Marine airfield at Henoko, continues to resist the landfill; in a February 2019 referendum, 72% of voters opposed it. Under a 2012 revision of the realignment plan, approximately 9,000 Marines are to leave Okinawa. Of them, around 4,000 are to be relocated to Guam, with movements not expected to start before 2024.

## Domestic Politics

Suga inherits a strong position in the Diet. The LDP and its junior partner, Komeito, hold 313 of the 465 seats in the House of Representatives, just over two-thirds, a margin they won in October 2017. In the House of Councillors, the coalition's strength since the July 2019 election is lower: nearly three-fifths of the chamber's 245 seats. That falls short of the two-thirds needed to initiate a constitutional amendment, one of Abe's unrealized goals.

Suga's mandate is short. Because he is serving out the rest of Abe's term, he will have to stand again for the party presidency in September 2021. The lower chamber's four-year term runs out the following month, so a general election must be held no later than October 2021; some in the LDP urge him to dissolve the chamber sooner to capitalize on cabinet approval ratings that topped 60% in several polls. The House of Councillors will not be up again until July 2022.

## Economic Ties

By most measures, Japan is among the most important U.S. economic partners. Counting goods and services, it was the fourth-largest U.S. trading partner in 2019, as Table 1 shows. The U.S.-Japan Trade Agreement, which entered into force on January 1, 2020, cut Japanese tariffs on some $7 billion of U.S. farm products; U.S. Section 232 tariffs of 25% on steel and 10% on aluminum still apply to Japanese products.

Table 1. U.S. Trade in Goods and Services with Japan ($ billions)

| | 2018 | 2019 | Japan's rank, 2019 |
| --- | --- | --- | --- |
| U.S. exports to Japan | 121.1 | 124.3 | 4 |
| U.S. imports from Japan | 179.2 | 180.9 | 4 |
| Total trade | 300.3 | 305.2 | 4 |

Source: U.S. Bureau of Economic Analysis (BEA).

Japan's companies have been investing in the United States on a growing scale. In 2019 Japan moved past the United Kingdom to claim the top spot among countries that own direct investment in the United States, with a stock of $619 billion. Japan also overtook China in mid-2019 as the biggest foreign owner of U.S. Treasury securities, and it still is: its holdings stood at $1.29 trillion in July, compared with China's $1.08 trillion.

## Japan's Economy

The pandemic has battered an economy that was already weak. After growth of 0.3% in 2018 and 0.7% in 2019, real GDP fell in the April-June quarter at an annualized rate of 28.1%, the steepest drop on record; the IMF projects a 5.8% decline for the year as a whole. To cushion the blow, the Diet passed two supplementary budgets. The second of them, enacted on June 12, added ¥31.9 trillion (about $297 billion) in spending, following the first one's ¥25.7 trillion in April. The Bank of Japan has kept its short-term policy rate at minus 0.1%. Japan's climate pledge under the Paris Agreement remains a 26% reduction in greenhouse gas emissions from FY2013 levels by FY2030, a goal environmental groups call too modest.

## Regional Relations

Tokyo continues to deepen security ties with Australia, India, and other partners. Foreign ministers of the "Quad" (the United States, Japan, Australia, and India) are to gather in Tokyo next week, their second such meeting at ministerial level. Relations with South Korea remain strained over wartime labor rulings and export controls imposed in 2019, and a planned state visit by Chinese President Xi Jinping, originally set for this spring, has been put off indefinitely.

**Emma Chanlett-Avery**, Coordinator, Specialist in Asian Affairs

**Mark E. Manyin**, Specialist in Asian Affairs

**Brock R. Williams**, Specialist in International Trade and Finance

**Cathleen D. Cimino-Isaacs**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Suga", "Yoshihide", "Suga Yoshihide, the chief cabinet secretary throughout Abe's tenure", note="family name first; the office in a later sentence ('Two days later the Diet confirmed him; he is now prime minister')"),
        "leaders.us_president": P("Trump", "Donald", "President Donald Trump"),
        "alliance.treaty_ally_since": F(1951, as_written="Signed in 1951, the bilateral security treaty has made Japan a U.S. treaty ally for nearly seven decades"),
        "alliance.us_troops_in_japan": F(55000, "nearly", as_written="Close to 55,000 U.S. troops are based in the archipelago"),
        "alliance.host_nation_support_per_year": F(1800000000, "about", per="year", as_written="or roughly $1.8 billion a year at today's exchange rate", note="after 'an average of ¥189 billion a year'; subject 'it' carried from 'Tokyo'"),
        "alliance.host_nation_support_agreement": D("2015-12", as_written="Its current five-year Special Measures Agreement (SMA), which was concluded in December 2015"),
        "alliance.okinawa_share_of_land_area": F(0.6, as_written="it covers just 0.6% of Japan's land", note="sidebar; 'The prefecture' carried"),
        "alliance.okinawa_share_of_usfj_facilities": F(70, "about", as_written="It nonetheless holds about 70% of the acreage set aside for the exclusive use of U.S. forces", note="sidebar; exclusive-use basis"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="more than half of the U.S. military personnel in Japan serve there", note="sidebar"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="Of them, around 4,000 are to be relocated to Guam", note="sidebar; 'them' = the approximately 9,000 leaving Okinawa"),
        "defense.traditional_limit_pct_gdp": F(1, as_written="they remain within the ceiling that cabinets have largely observed since 1976: one percent of GDP", note="in words after a colon; 'largely' hedges the observance, not the level"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="The LDP and its junior partner, Komeito"),
        "politics.lower_house_coalition_share": F(67, "over", as_written="hold 313 of the 465 seats in the House of Representatives, just over two-thirds", note="fraction in words, rounded whole percent"),
        "politics.upper_house_coalition_share": F(60, "nearly", as_written="the coalition's strength since the July 2019 election is lower: nearly three-fifths of the chamber's 245 seats", note="fraction in words, rounded whole percent"),
        "politics.next_diet_election_due": F(2021, as_written="a general election must be held no later than October 2021"),
        "politics.lower_house_election_due": D("2021-10", as_written="The lower chamber's four-year term runs out the following month, so a general election must be held no later than October 2021"),
        "trade.overall_partner_rank": F(4, period="2019", as_written="Counting goods and services, it was the fourth-largest U.S. trading partner in 2019", note="also Table 1's total-trade row"),
        "trade.export_partner_rank": F(4, period="2019", as_written="U.S. exports to Japan | 121.1 | 124.3 | 4", note="Table 1 only, column 'Japan's rank, 2019'"),
        "trade.import_partner_rank": F(4, period="2019", as_written="U.S. imports from Japan | 179.2 | 180.9 | 4", note="Table 1 only"),
        "trade.us_exports_to_japan": F(124300000000, period="2019", as_written="U.S. exports to Japan | 121.1 | 124.3 | 4", note="Table 1, 2019 column, goods and services, $ billions from the caption"),
        "trade.us_imports_from_japan": F(180900000000, period="2019", as_written="U.S. imports from Japan | 179.2 | 180.9 | 4", note="Table 1, 2019 column"),
        "trade.fdi_source_rank": F(1, period="2019", as_written="In 2019 Japan moved past the United Kingdom to claim the top spot among countries that own direct investment in the United States"),
        "trade.treasury_holder_rank": F(1, period="2020-07", as_written="Japan also overtook China in mid-2019 as the biggest foreign owner of U.S. Treasury securities, and it still is: its holdings stood at $1.29 trillion in July"),
        "economy.gdp_growth": GDP(y2019=0.7, y2018=0.3),
        "economy.supplementary_budget": F(297000000000, "about", period="2020-06-12", as_written="The second of them, enacted on June 12, added ¥31.9 trillion (about $297 billion) in spending", note="year from the text's date"),
        "economy.emissions_cut_target": F(26, by="FY2030", baseline="FY2013", as_written="a 26% reduction in greenhouse gas emissions from FY2013 levels by FY2030"),
    },
    "elections": {
        "ldp_president_2020": E("LDP president", "2020-09-14", "held", result="Suga Yoshihide, 377 of 534 valid votes"),
        "lower_house_2017": E("Lower House", "2017-10", "held", result="coalition 313 of 465 seats, just over two-thirds"),
        "upper_house_2019": E("Upper House", "2019-07", "held", result="coalition nearly three-fifths of 245 seats"),
        "okinawa_governor_2018": E("Okinawa governor", "2018-09", "held", result="Denny Tamaki"),
        "ldp_president_2021": E("LDP president", "2021-09", "upcoming", note="'he will have to stand again for the party presidency in September 2021'"),
        "lower_house_2021": E("Lower House", "2021-10", "upcoming", note="must be held no later than October 2021 (13 months away: upcoming by the set's convention)"),
        "upper_house_2022": E("Upper House", "2022-07", "upcoming", note="'will not be up again until July 2022'"),
    },
    "events": {
        "abe_address_to_congress": EV("Abe addresses a joint meeting of Congress", "2015-04", "held"),
    },
    "notes": "Traps: 'For the first time in nearly eight years' and 'Abe Shinzo, the country's longest-serving prime minister, said on August 28' (former prime minister); 'in a September 14 ballot ... Suga took 377 of 534 valid votes' (LDP vote, not the next Diet election); 'he kept eight of Abe's ministers'; 'on September 20'; 'postponed the Tokyo Olympics to July 2021'; 'after November 3, possibly a new one' (U.S. election, not listed); 'nearly seven decades' and 'its current form dates from 1960'; 'Germany, with the next-largest contingent, hosts about 35,000'; 'an average of ¥189 billion a year' (yen, the dollar figure is the fact); 'That agreement lapses at the end of March 2021' and 'talks on a successor are expected to begin this fall'; 'President Trump at one point sought $8 billion annually, more than four times the current level' (a demand); 'two Aegis Ashore missile defense batteries'; 'at ¥5.31 trillion in FY2020' and 'have risen for eight straight years'; 'since 1976'; 'Unlike the NATO allies, which have pledged to move toward 2%, Japan has set no target of its own' (no spending goal); Figure 1 (defense budget FY2016-FY2020, ¥ trillions, ticks 0-6, no value labels); sidebar 'in a February 2019 referendum, 72% of voters opposed it' (beside the 70% share); 'approximately 9,000 Marines are to leave Okinawa' (total, not Guam) and 'not expected to start before 2024' (no Marines in Guam); 'Under a 2012 revision'; '313 of the 465 seats' (counts; the share is 'just over two-thirds'); 'the chamber's 245 seats' and 'the two-thirds needed to initiate a constitutional amendment'; 'stand again for the party presidency in September 2021' (LDP vote); 'cabinet approval ratings that topped 60% in several polls'; 'some in the LDP urge him to dissolve the chamber sooner' (speculation); 'cut Japanese tariffs on some $7 billion of U.S. farm products' and 'entered into force on January 1, 2020' (USJTA, no IF10199 fact); 'Section 232 tariffs of 25% on steel and 10% on aluminum' (product tariffs, no tariff on most imports); Table 1's 2018 column (121.1, 179.2, 300.3: past) and total-trade row 305.2; 'with a stock of $619 billion' (FDI stock, no IF10199 fact); 'Japan also overtook China in mid-2019' and 'China's $1.08 trillion'; 'at an annualized rate of 28.1%' (a quarter); 'the IMF projects a 5.8% decline for the year as a whole' (projection, not in the GDP table); 'following the first one's ¥25.7 trillion in April' (earlier budget); 'minus 0.1%' (policy rate); 'their second such meeting at ministerial level' (foreign ministers; no leader-meeting count) and 'next week'; 'export controls imposed in 2019'; Xi Jinping (another country's leader). PDF/interleaved: curly quotes, NBSP, hyphenated line ends; interleaved columns; the sidebar is an ordinary section.",
}
