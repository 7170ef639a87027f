from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "YB1-IF10199-2022-10", "fresh45", "IF10199", 41
LAYOUTS = ["pdf", "md"]
PDF_OPTS = ["quotes", "hyph"]
CHART = {"unit": "$ billions", "ymax": 200, "ticks": [0, 50, 100, 150, 200],
         "series": ["U.S. exports to Japan", "U.S. imports from Japan"],
         "bars": {"2017": (114.4, 171.0), "2018": (120.9, 178.2), "2019": (121.2, 178.7), "2020": (104.0, 146.9), "2021": (112.2, 167.8)}}

MD = """
U.S.-Japan Relations

Updated October 25, 2022

## Overview

Japan sits at the center of the U.S. military presence in East Asia. The alliance rests on a security treaty first concluded in 1951 and revised in 1960, and officials in both capitals describe it as closer than at any point in its history. Prime Minister Kishida Fumio, in office since October 2021, has aligned Tokyo with Washington on sanctions against Russia, on export controls and other economic security tools, and on warnings about Chinese pressure on Taiwan. President Joe Biden traveled to Tokyo in May 2022 for a bilateral summit with Kishida and a gathering of Quad leaders. Members of Congress follow the relationship for what it means for deterrence around Taiwan and the Korean Peninsula, for trade and investment, and for the Western response to the war in Ukraine.

The past several months have tested Japan's politics. Former Prime Minister Abe Shinzo was shot and killed on July 8 while giving a campaign speech in Nara, two days before a national election. The suspect told police he blamed the Unification Church for his family's financial ruin, and subsequent reporting on the group's ties to dozens of LDP lawmakers has damaged the ruling party. A state funeral for Abe on September 27, which most respondents opposed in opinion polls, added to Kishida's troubles. On October 4, North Korea fired an intermediate-range ballistic missile over northern Japan, the first such overflight since 2017, prompting evacuation alerts in two prefectures.

## Domestic Politics

Kishida heads a coalition of his Liberal Democratic Party (LDP) and the smaller Komeito, partners for most of the past two decades. The coalition strengthened its hand in the July 10 House of Councillors (Upper House) election. It went into the vote with 57% of the chamber's seats and came out holding roughly three-fifths of the 248 seats; the LDP alone won 63 of the 125 seats that were up. In the more powerful House of Representatives (Lower House), the two parties have controlled more than 60% of the 465 seats since the October 2021 general election.

Kishida's position therefore looks secure on paper. Unless he dissolves the Lower House early, which a prime minister may do at any time, Japan faces no national election until July 2025, when half of the Upper House is next chosen. The current Lower House's four-year term expires in October 2025. Kishida won the LDP presidency in a September 2021 party vote; his term as party leader runs until September 2024. The cabinet's approval rating, though, has slid from above 60% shortly after the July vote to below 30% in several October surveys, pulled down by the church revelations, the funeral, and rising prices.

## Alliance Relations

Around 54,000 U.S. military personnel are stationed in Japan, more than in any other country abroad, and the Navy's only forward-deployed aircraft carrier is homeported at Yokosuka. Japan shares the cost of hosting them. Under a Special Measures Agreement reached in December 2021 and signed the following month, Tokyo will provide ¥1.05 trillion over its fiscal years 2022 through 2026, an average of ¥211 billion, or close to $2 billion at the exchange rate of late 2021, per year. Part of the money formerly spent on utilities and base workers' pay is to go instead to joint training facilities and equipment.

Operational cooperation has deepened since Japan's 2015 security laws allowed limited exercise of collective self-defense. The allies are weighing a standing joint headquarters on the Japanese side to command its forces in a crisis, and the U.S. Marine Corps plans to convert a regiment on Okinawa into a more mobile littoral unit over the next several years.

## Defense Spending and Strategy

The government is rewriting its three principal strategy documents, among them a National Security Strategy first issued in 2013, and plans to release them by the end of the year. In its platform for the July election, the LDP called for raising defense spending to 2% of GDP or more within five years. Kishida told Biden in May that Japan would secure a "substantial increase" but has not endorsed a figure. A cabinet decision in 1976 set a ceiling of 1% of gross national product on defense outlays; it was formally dropped in 1987, yet spending has rarely exceeded that level since. The FY2022 budget of ¥5.4 trillion amounted to roughly 0.95% of GDP. The Ministry of Defense's FY2023 request, at ¥5.6 trillion, left many items without a price tag pending the review.

Among the capabilities under study is the ability to strike missile launch sites in enemy territory. Officials have reportedly asked about buying U.S. Tomahawk cruise missiles as a stopgap until longer-range Japanese missiles are ready later in the decade.

## Okinawa and the Marines

Okinawa Prefecture accounts for less than one percent of Japan's land area. It nevertheless hosts about one-fourth of all the facilities used by U.S. forces in Japan and more than half of the U.S. military personnel in the country. Local opposition centers on the plan to replace Marine Corps Air Station Futenma with a runway built on landfill at Henoko, a project that is not expected to be finished before the mid-2030s.

Under a 2012 bilateral agreement, about 9,000 Marines are to leave Okinawa. Roughly 4,000 of them are slated to move to Guam, where the Marine Corps activated its new base, Camp Blaz, in October 2020; transfers are not expected to start until 2024 or later.

On September 11, Governor Tamaki Denny, an opponent of the Henoko project, won a second four-year term, defeating Sakima Atsushi, who had the backing of the LDP and Komeito, by some 65,000 votes.

## Regional Diplomacy

Japan has been among the most active members of the Quad. Its leaders have met four times since March 2021, twice by video; the latest summit was held in Tokyo on May 24. During the same trip, Biden launched the Indo-Pacific Economic Framework for Prosperity (IPEF). Japan is one of 13 countries that have since joined the United States in it. Ministers agreed in Los Angeles in September on the scope of negotiations under IPEF's four pillars: trade, supply chains, clean energy, and tax and anticorruption.

Relations with China remain uneasy. In August, five of the ballistic missiles China fired during exercises around Taiwan landed in Japan's exclusive economic zone. Kishida and Xi Jinping exchanged messages on September 29 to mark the 50th anniversary of the 1972 normalization of relations, but no summit has been scheduled. Ties with South Korea have shown signs of repair since President Yoon Suk Yeol took office in May; the two leaders held a brief meeting in New York in September, the first since 2019.

## Japan and the War in Ukraine

Tokyo has imposed sanctions in step with the other G7 members, frozen the assets of the Russian central bank, and expelled eight Russian diplomats. Japan has pledged $600 million in financial support to Ukraine, largely through the World Bank and the Asian Development Bank, and some $300 million in humanitarian and development assistance. Japan's Self-Defense Forces have supplied helmets, bulletproof vests, and drones, and the country has accepted more than 1,800 evacuees from Ukraine. Tokyo has, however, kept its stakes in the Sakhalin-2 gas project, in which two Japanese trading houses together hold 22.5%.

## Trade and Investment

Japan remains one of the most important U.S. economic partners. By the Commerce Department's count, it was the fourth-largest U.S. trading partner in goods and services in 2021. That year it bought $112.2 billion of U.S. goods and services, making it the fifth-largest U.S. export market, and it sold $167.8 billion to the United States, placing it fifth as well among sources of U.S. imports (Table 1 and Figure 1).

Table 1. U.S. Trade with Japan in Goods and Services ($ billions)

| Flow | 2020 | 2021 |
| --- | --- | --- |
| U.S. exports to Japan | 104.0 | 112.2 |
| U.S. imports from Japan | 146.9 | 167.8 |
| Balance | -42.9 | -55.6 |

**Figure 1. U.S. Trade with Japan in Goods and Services, 2017-2021**

Source: CRS, with data from the Bureau of Economic Analysis. Values in current dollars.

Japanese firms are the biggest foreign investors in the United States: for the third consecutive year, Japan ranked first as a source of foreign direct investment (FDI), with a stock of about $720 billion at the end of 2021. Japan is also the largest foreign holder of U.S. Treasury securities, with roughly $1.2 trillion as of August, ahead of China's $970 billion.

Limited trade agreements on agriculture, industrial goods, and digital trade have been in force since January 2020. In April 2022 the 25% Section 232 tariff on Japanese steel gave way to a tariff-rate quota covering 1.25 million metric tons a year. Japan continues to urge the United States to return to the Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP), the successor to the TPP agreement from which the United States withdrew in 2017.

## Japan's Economy

Japan's recovery from the pandemic has lagged those of other large economies. Real GDP contracted by 4.5% in 2020 and grew 2.2% in 2021. The International Monetary Fund in October projected 1.7% growth for 2022, and output rose at an annualized rate of 3.5% in the April-June quarter. The Bank of Japan has held its short-term policy rate at -0.1% and its cap on 10-year government bond yields at 0.25%, even as core consumer prices rose 3.0% in September from a year earlier.

The widening gap between Japanese and U.S. interest rates has weighed on the currency. On October 20 the yen weakened past ¥150 per dollar, a 32-year low, despite the Ministry of Finance's intervention on September 22, its first purchase of yen since 1998. To ease the burden of fuel and food prices, the Diet enacted a ¥2.7 trillion (about $21 billion) supplementary budget in May. Kishida has promised a larger economic package by the end of October, to be financed by a second supplementary budget this autumn.

## Energy and Climate

Japan's climate goal is to reduce greenhouse gas emissions 46% from 2013 levels by 2030 and to reach net-zero emissions by 2050. The energy crunch that followed Russia's invasion has revived debate over nuclear power: in August, Kishida directed officials to study building next-generation reactors and to bring more of the idled fleet back online, where 10 reactors have restarted since 2015. Russia supplied about 9% of Japan's liquefied natural gas imports in 2021.

**Mark E. Manyin**, Coordinator, Specialist in Asian Affairs

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Brock R. Williams**, Specialist in International Trade and Finance

**Caitlin Campbell**, Analyst in Asian Affairs
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Kishida", "Fumio", "Prime Minister Kishida Fumio", note="family name first"),
        "leaders.us_president": P("Biden", "Joe", "President Joe Biden"),
        "alliance.treaty_ally_since": F(1951, as_written="The alliance rests on a security treaty first concluded in 1951 and revised in 1960"),
        "alliance.us_troops_in_japan": F(54000, "about", as_written="Around 54,000 U.S. military personnel are stationed in Japan"),
        "alliance.host_nation_support_per_year": F(2000000000, "nearly", per="year", as_written="an average of ¥211 billion, or close to $2 billion at the exchange rate of late 2021, per year", note="'close to' is nearly; 'per year' after the exchange-rate parenthesis"),
        "alliance.host_nation_support_agreement": D("2021-12", as_written="Under a Special Measures Agreement reached in December 2021 and signed the following month", note="reached in December 2021; signed January 2022 (relative)"),
        "alliance.okinawa_share_of_usfj_facilities": F(25, "about", as_written="It nevertheless hosts about one-fourth of all the facilities used by U.S. forces in Japan", note="fraction in words; subject 'It' carried from the sentence before"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="and more than half of the U.S. military personnel in the country"),
        "alliance.okinawa_share_of_land_area": F(1, "under", as_written="Okinawa Prefecture accounts for less than one percent of Japan's land area", note="number in words"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="Roughly 4,000 of them are slated to move to Guam", note="'them' is the 9,000 leaving Okinawa"),
        "defense.spending_goal_pct_gdp": F(2, as_written="the LDP called for raising defense spending to 2% of GDP or more within five years", note="the ruling party's platform goal, as the record's 2022-07-21 version; 'or more' not treated as a qualifier; no fixed year"),
        "defense.traditional_limit_pct_gdp": F(1, as_written="A cabinet decision in 1976 set a ceiling of 1% of gross national product on defense outlays", note="GNP in the text; formally dropped in 1987 but the traditional limit"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="a coalition of his Liberal Democratic Party (LDP) and the smaller Komeito"),
        "politics.upper_house_coalition_share": F(60, "about", previous=57, as_written="It went into the vote with 57% of the chamber's seats and came out holding roughly three-fifths of the 248 seats", note="fraction in words; 57% is the previous share"),
        "politics.lower_house_coalition_share": F(60, "over", as_written="the two parties have controlled more than 60% of the 465 seats since the October 2021 general election"),
        "politics.next_diet_election_due": F(2025, as_written="Japan faces no national election until July 2025, when half of the Upper House is next chosen"),
        "politics.lower_house_election_due": D("2025-10", as_written="The current Lower House's four-year term expires in October 2025", note="deadline years away: not an upcoming election"),
        "trade.overall_partner_rank": F(4, period="2021", as_written="it was the fourth-largest U.S. trading partner in goods and services in 2021"),
        "trade.export_partner_rank": F(5, period="2021", as_written="making it the fifth-largest U.S. export market"),
        "trade.us_exports_to_japan": F(112200000000, period="2021", as_written="That year it bought $112.2 billion of U.S. goods and services", note="year carried from the sentence before; also Table 1's 2021 column"),
        "trade.import_partner_rank": F(5, period="2021", as_written="placing it fifth as well among sources of U.S. imports"),
        "trade.us_imports_from_japan": F(167800000000, period="2021", as_written="it sold $167.8 billion to the United States"),
        "trade.fdi_source_rank": F(1, as_written="for the third consecutive year, Japan ranked first as a source of foreign direct investment (FDI)"),
        "trade.treasury_holder_rank": F(1, as_written="Japan is also the largest foreign holder of U.S. Treasury securities"),
        "economy.gdp_growth": F({"2021": 2.2, "2020": -4.5}, as_written="Real GDP contracted by 4.5% in 2020 and grew 2.2% in 2021", note="2022's 1.7% is an IMF projection, not included"),
        "economy.supplementary_budget": F(21000000000, "about", period="2022-05", as_written="the Diet enacted a ¥2.7 trillion (about $21 billion) supplementary budget in May"),
        "economy.yen": F("32-year low against the dollar", period="2022-10", as_written="On October 20 the yen weakened past ¥150 per dollar, a 32-year low"),
        "economy.emissions_cut_target": F(46, by="2030", baseline="2013", as_written="reduce greenhouse gas emissions 46% from 2013 levels by 2030"),
        "diplomacy.quad_leader_meetings": F(4, as_written="Its leaders have met four times since March 2021, twice by video", note="'Its' is the Quad; count in words"),
        "diplomacy.ipef_other_partners": F(13, as_written="Japan is one of 13 countries that have since joined the United States in it", note="the United States plus 12 others beside Japan: 13, as the extract-dev convention ('joined by 12 other countries' is 13); includes Fiji, which joined days after the launch"),
        "diplomacy.ukraine_financial_support": F(600000000, as_written="Japan has pledged $600 million in financial support to Ukraine"),
        "diplomacy.ukraine_humanitarian_aid": F(300000000, "about", as_written="and some $300 million in humanitarian and development assistance"),
    },
    "elections": {
        "lower_house_2021": E("Lower House", "2021-10", "held", result="LDP and Komeito control more than 60% of the 465 seats"),
        "ldp_president_2021": E("LDP president", "2021-09", "held", result="Kishida won"),
        "upper_house_2022": E("Upper House", "2022-07-10", "held", result="coalition share from 57% to roughly three-fifths"),
        "okinawa_governor_2022": E("Okinawa governor", "2022-09-11", "held", result="Tamaki Denny re-elected, defeating LDP/Komeito-backed Sakima Atsushi"),
        "upper_house_2025": E("Upper House", "2025-07", "upcoming"),
    },
    "events": {
        "abe_assassination": EV("Former Prime Minister Abe Shinzo shot and killed in Nara", "2022-07-08"),
    },
    "notes": "Traps: 'revised in 1960' (treaty revision, not the treaty year); 'in office since October 2021' (not an election); 'traveled to Tokyo in May 2022'; 'two days before a national election' (relative: the Upper House vote); 'A state funeral for Abe on September 27'; 'On October 4, North Korea fired ... the first such overflight since 2017' and 'evacuation alerts in two prefectures'; 'It went into the vote with 57% of the chamber's seats' (previous Upper House share); 'the 248 seats' and 'the LDP alone won 63 of the 125 seats that were up' (seat counts, not percents); 'the 465 seats' (Lower House size); 'Unless he dissolves the Lower House early' (speculation, no election); 'his term as party leader runs until September 2024' (term end only, not an election); 'slid from above 60% shortly after the July vote to below 30% in several October surveys' (cabinet approval, not seat shares); 'more than in any other country abroad' (not a rank fact); 'Tokyo will provide ¥1.05 trillion over its fiscal years 2022 through 2026' (total, yen) and 'an average of ¥211 billion' (yen) and 'signed the following month' (January 2022); 'Japan's 2015 security laws'; 'a National Security Strategy first issued in 2013' and 'release them by the end of the year'; 'within five years' (no target year); 'formally dropped in 1987'; 'The FY2022 budget of ¥5.4 trillion amounted to roughly 0.95% of GDP' (actual spending share, not the limit); 'FY2023 request, at ¥5.6 trillion'; 'buying U.S. Tomahawk cruise missiles' (considered, no amount: no tomahawk fact); 'Under a 2012 bilateral agreement, about 9,000 Marines are to leave Okinawa' (the total leaving Okinawa, not Guam); 'activated its new base, Camp Blaz, in October 2020' and 'not expected to start until 2024 or later' (no Marines in Guam stated); 'not expected to be finished before the mid-2030s'; 'won a second four-year term' and 'by some 65,000 votes'; 'twice by video' (subset of the Quad meetings) and 'since March 2021' and 'Tokyo on May 24'; 'IPEF's four pillars' and 'in Los Angeles in September'; 'five of the ballistic missiles China fired'; 'the 50th anniversary of the 1972 normalization' and 'September 29'; 'President Yoon Suk Yeol took office in May' and 'the first since 2019'; 'expelled eight Russian diplomats'; 'more than 1,800 evacuees'; 'two Japanese trading houses together hold 22.5%'; Table 1's 2020 column ('104.0', '146.9') and Balance row ('-55.6'); Figure 1 (PDF: ticks 0-200, years 2017-2021, two-series legend, no values); 'with a stock of about $720 billion at the end of 2021' (FDI stock, no IF10199 fact) and 'for the third consecutive year' (not the rank); 'roughly $1.2 trillion as of August, ahead of China's $970 billion' (holdings, not ranks); 'in force since January 2020'; 'the 25% Section 232 tariff on Japanese steel' (past steel rate, not a tariff on most imports) and '1.25 million metric tons a year'; 'from which the United States withdrew in 2017'; 'projected 1.7% growth for 2022' (IMF forecast) and 'an annualized rate of 3.5% in the April-June quarter' (quarter); 'policy rate at -0.1%', 'yields at 0.25%', 'core consumer prices rose 3.0% in September'; '¥150 per dollar'; 'intervention on September 22, its first purchase of yen since 1998'; 'a ¥2.7 trillion' (yen); 'a larger economic package by the end of October, to be financed by a second supplementary budget this autumn' (planned); 'net-zero emissions by 2050'; '10 reactors have restarted since 2015'; 'about 9% of Japan's liquefied natural gas imports in 2021'. PDF: curly quotes, hyphenated line ends.",
}
