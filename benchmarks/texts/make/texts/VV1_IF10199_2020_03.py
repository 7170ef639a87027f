from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "VV1-IF10199-2020-03", "fresh13", "IF10199", 37
LAYOUTS = ["interleaved", "md"]
PDF_OPTS = ["nbsp", "hyph"]

MD = """
U.S.-Japan Relations

Updated March 5, 2020

## Overview

The alliance enters the spring of 2020 on a steady footing. Prime Minister Abe Shinzo, who in November 2019 overtook Katsura Taro as the longest-serving head of government in Japan's modern history, has built an unusually close rapport with President Donald Trump through frequent meetings and rounds of golf. The spread of the new coronavirus disease (COVID-19) now dominates politics in Tokyo. At Abe's request, most schools closed from March 2, and on March 5 Tokyo and Beijing said that a state visit by Chinese President Xi Jinping, planned for April, would be put off. Whether the Tokyo Olympics can open on July 24 as scheduled is being openly debated.

## The Alliance

Japan has been a U.S. treaty ally since 1951. The current Treaty of Mutual Cooperation and Security, signed in 1960, marked its 60th anniversary on January 19. In the neighborhood of 55,000 U.S. military personnel are stationed in Japan, more than in any other country abroad, along with some 40,000 family members. For the better part of seven decades, these bases have anchored the U.S. presence in the western Pacific.

Japan covers much of the cost of hosting them under a Special Measures Agreement (SMA) signed in January 2016. Its contribution comes to a little over $1.8 billion a year. The SMA runs through March 2021, and negotiations on a successor are expected to open later this year. Press accounts in late 2019 said Administration officials had asked for as much as $8 billion annually, a figure Japanese officials have not accepted.

Tokyo's FY2020 defense budget, approved by the cabinet in December and now before the Diet, rises for an eighth straight year, to a record ¥5.31 trillion. It remains near 1% of gross domestic product (GDP), a level successive cabinets have treated as an informal limit since 1976. No higher target has been set.

## Okinawa

About 70% of the land reserved for the exclusive use of U.S. forces in Japan lies in Okinawa, a prefecture that makes up less than 1% of Japan's land area. The better part of the U.S. military personnel in the country are stationed there as well. Under the 2012 revision of the realignment plan, some 4,000 of the roughly 9,000 Marines slated to leave the island are to relocate to Guam during the first half of the 2020s. None has moved yet.

Governor Tamaki Denny, elected in September 2018, opposes building a replacement for Marine Corps Air Station Futenma at Henoko; 72% of those voting in a February 2019 prefectural referendum rejected the landfill. In December, the Ministry of Defense estimated that the project would need about 12 more years and ¥930 billion, close to three times its earlier cost estimate.

## Japanese Politics

Abe's Liberal Democratic Party (LDP) governs with its junior partner, Komeito. The coalition won about two-thirds of the seats in the House of Representatives, the more powerful lower chamber, in the snap election of October 22, 2017. Its hold on the House of Councillors was trimmed in the election of July 21, 2019. The two parties now control a little over 57% of that chamber, down from roughly 61% before the vote, leaving supporters of constitutional revision short of the two-thirds needed to initiate an amendment.

Lower House members must face voters by October 2021, although Abe may call an election sooner. His third term as LDP president expires in September 2021; party rules bar a fourth, so the LDP is to choose a new leader by then. Half of the upper chamber is next elected in July 2022. Tokyo residents will elect a governor on July 5, a local contest.

## Trade and Investment

Formal trade talks opened in April 2019. The first stage was concluded when Abe and Trump met in New York on September 25, 2019, and the resulting agreement on market access for agricultural and industrial goods, together with a digital trade agreement, took effect on January 1, 2020. Japan is to lower its tariff on U.S. beef from 38.5% to 9% by FY2033. The Administration has not imposed the Section 232 tariffs on autos it considered in 2019; talks on a second stage are to start within four months of entry into force.

Table 1. Japan's Standing Among U.S. Economic Partners

| Measure | Japan's place | Amount | Data for |
| --- | --- | --- | --- |
| Trade in goods and services | 4th | $303.6 billion | 2019 |
| U.S. exports to Japan | 4th | $124.3 billion | 2019 |
| U.S. imports from Japan | 4th | $179.3 billion | 2019 |
| Direct investment position in the United States | 2nd | $484.4 billion | 2018 |
| Holdings of U.S. Treasury securities | 1st | $1.15 trillion | Dec. 2019 |

Source: CRS, from Bureau of Economic Analysis, Census Bureau, and Treasury Department data.

Only China, Canada, and Mexico traded more with the United States last year. On the Census Bureau's goods-only basis, the U.S. deficit with Japan was about $69 billion, the third-largest with any single country. Japanese-owned affiliates employ close to one million U.S. workers. Japan moved back ahead of China as the biggest foreign owner of Treasury securities in June 2019.

## Economy

Real GDP grew 0.7% in 2019, after 0.3% in 2018. Output shrank at an annualized 6.3% in the October-December quarter, however, after the consumption tax rose from 8% to 10% on October 1 and Typhoon Hagibis struck; many forecasters expect the virus to tip the economy into recession. A ¥4.5 trillion supplementary budget for FY2019, roughly $41 billion, was enacted on January 30 to fund the first part of a ¥26 trillion package announced in December. The cabinet is preparing a second package for virus measures.

On climate, Tokyo plans to resubmit its Paris Agreement pledge by the end of March without raising it: a 26% cut in greenhouse gas emissions by FY2030 from FY2013 levels. The United States gave notice of its withdrawal from the agreement in November 2019.

## Regional Relations

Relations with South Korea remain strained over wartime history and Japan's July 2019 export controls, although Abe met President Moon Jae-in in Chengdu on December 24. The foreign ministers of Japan, the United States, Australia, and India met as a group for the first time in New York in September 2019.

**Emma Chanlett-Avery**, Coordinator, Specialist in Asian Affairs

**Mark E. Manyin**, Specialist in Asian Affairs

**Brock R. Williams**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Abe", "Shinzo", "Prime Minister Abe Shinzo"),
        "leaders.us_president": P("Trump", "Donald", "President Donald Trump"),
        "alliance.treaty_ally_since": F(1951, as_written="Japan has been a U.S. treaty ally since 1951"),
        "alliance.us_troops_in_japan": F(55000, "about", as_written="In the neighborhood of 55,000 U.S. military personnel are stationed in Japan"),
        "alliance.host_nation_support_per_year": F(1800000000, "over", per="year", as_written="Its contribution comes to a little over $1.8 billion a year", note="subject (Japan, under the SMA) carried from the sentence before"),
        "alliance.host_nation_support_agreement": D("2016-01", as_written="a Special Measures Agreement (SMA) signed in January 2016"),
        "alliance.okinawa_share_of_usfj_facilities": F(70, "about", as_written="About 70% of the land reserved for the exclusive use of U.S. forces in Japan lies in Okinawa", note="exclusive-use basis"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="The better part of the U.S. military personnel in the country are stationed there as well", note="'the better part of' = most of, more than half; Okinawa ('there') carried from the sentence before"),
        "alliance.okinawa_share_of_land_area": F(1, "under", as_written="a prefecture that makes up less than 1% of Japan's land area"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="some 4,000 of the roughly 9,000 Marines slated to leave the island are to relocate to Guam"),
        "defense.traditional_limit_pct_gdp": F(1, "about", as_written="It remains near 1% of gross domestic product (GDP), a level successive cabinets have treated as an informal limit since 1976"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="Abe's Liberal Democratic Party (LDP) governs with its junior partner, Komeito"),
        "politics.lower_house_coalition_share": F(67, "about", as_written="The coalition won about two-thirds of the seats in the House of Representatives"),
        "politics.upper_house_coalition_share": F(57, "over", previous=61, as_written="The two parties now control a little over 57% of that chamber, down from roughly 61% before the vote", note="chamber carried from the sentence before ('that chamber')"),
        "politics.next_diet_election_due": F(2021, as_written="Lower House members must face voters by October 2021"),
        "politics.lower_house_election_due": D("2021-10", as_written="Lower House members must face voters by October 2021"),
        "trade.overall_partner_rank": F(4, period="2019", as_written="Table 1: Trade in goods and services | 4th | $303.6 billion | 2019"),
        "trade.export_partner_rank": F(4, period="2019", as_written="Table 1: U.S. exports to Japan | 4th"),
        "trade.import_partner_rank": F(4, period="2019", as_written="Table 1: U.S. imports from Japan | 4th"),
        "trade.us_exports_to_japan": F(124300000000, period="2019", as_written="Table 1: U.S. exports to Japan | 4th | $124.3 billion | 2019"),
        "trade.us_imports_from_japan": F(179300000000, period="2019", as_written="Table 1: U.S. imports from Japan | 4th | $179.3 billion | 2019"),
        "trade.fdi_source_rank": F(2, period="2018", as_written="Table 1: Direct investment position in the United States | 2nd | $484.4 billion | 2018"),
        "trade.treasury_holder_rank": F(1, period="2019-12", as_written="Table 1: Holdings of U.S. Treasury securities | 1st | $1.15 trillion | Dec. 2019"),
        "economy.gdp_growth": GDP(y2019=0.7, y2018=0.3),
        "economy.supplementary_budget": F(41000000000, "about", period="2020-01", as_written="A ¥4.5 trillion supplementary budget for FY2019, roughly $41 billion, was enacted on January 30"),
        "economy.emissions_cut_target": F(26, by="2030", baseline="2013", as_written="a 26% cut in greenhouse gas emissions by FY2030 from FY2013 levels"),
    },
    "elections": {
        "lower_house_2017": E("Lower House", "2017-10-22", "held", result="coalition about two-thirds"),
        "upper_house_2019": E("Upper House", "2019-07-21", "held", result="coalition a little over 57%, down from roughly 61%"),
        "lower_house_2021": E("Lower House", "2021-10", "upcoming", note="must be held by October 2021 (deadline; this set's convention)"),
        "ldp_president_2021": E("LDP president", "2021-09", "upcoming", note="Abe's third term expires; 'the LDP is to choose a new leader by then'"),
        "upper_house_2022": E("Upper House", "2022-07", "upcoming"),
        "okinawa_governor_2018": E("Okinawa governor", "2018-09", "held", result="Tamaki Denny elected"),
    },
    "events": {
        "first_negotiating_round": EV("Formal U.S.-Japan trade talks opened", "2019-04", "held"),
        "stage_one_deal_finalized": EV("First stage concluded when Abe and Trump met in New York", "2019-09-25", "held"),
    },
    "notes": "Traps: 'overtook Katsura Taro as the longest-serving head of government' (November 2019, no fact); 'most schools closed from March 2' and 'on March 5 Tokyo and Beijing said that a state visit by Chinese President Xi Jinping, planned for April, would be put off'; 'open on July 24 as scheduled' (Olympics); 'signed in 1960, marked its 60th anniversary on January 19' (not the ally year); 'more than in any other country abroad' (not a rank fact); 'along with some 40,000 family members'; 'For the better part of seven decades' (a duration, no fact; the phrase's fact use is the Okinawa personnel share); 'The SMA runs through March 2021' (expiry, not the agreement date); 'as much as $8 billion annually' (a U.S. request); 'to a record ¥5.31 trillion' and 'rises for an eighth straight year'; 'since 1976'; 'No higher target has been set' (no spending goal); 'the roughly 9,000 Marines slated to leave the island' (total leaving, not Guam) and 'None has moved yet' (no Marines in Guam value); '72% of those voting in a February 2019 prefectural referendum'; 'about 12 more years and ¥930 billion, close to three times'; 'short of the two-thirds needed to initiate an amendment' (not a share); 'although Abe may call an election sooner' (speculation); 'His third term as LDP president expires in September 2021' (listed as ldp_president_2021 only because a choice of leader is stated); 'Tokyo residents will elect a governor on July 5, a local contest' (not listed); 'took effect on January 1, 2020' (IF11120 agreement dates; no IF10199 fact); 'from 38.5% to 9% by FY2033' (Japan's beef tariff); 'the Section 232 tariffs on autos it considered in 2019' (not imposed, no tariff fact, no proclamation date); 'within four months of entry into force'; Table 1 'Trade in goods and services ... $303.6 billion' (two-way total, no fact) and '$484.4 billion', '$1.15 trillion' (amounts without IF10199 facts); 'Only China, Canada, and Mexico traded more' (restates rank 4); 'about $69 billion, the third-largest with any single country' (a goods-deficit rank, not an IF10199 rank); 'close to one million U.S. workers'; 'moved back ahead of China ... in June 2019' (restates rank 1; Table 1's Dec. 2019 is the period); 'an annualized 6.3% in the October-December quarter' (a quarter, not a year); 'from 8% to 10% on October 1'; 'a ¥26 trillion package'; 'resubmit its Paris Agreement pledge by the end of March' (the 26% target is the current one, restated); 'The United States gave notice of its withdrawal ... in November 2019'; 'Japan's July 2019 export controls', 'in Chengdu on December 24'; 'The foreign ministers ... met as a group for the first time ... in September 2019' (Quad ministers, not leaders: no leader count); interleaved columns with NBSP and hyphenated line ends (md plain)",
}
