from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "TA1-IF10199-2019-06", "fresh40", "IF10199", 33
LAYOUTS = ["html", "pdf"]
PDF_OPTS = ["lig", "hyph"]
SIDEBAR = "The Okinawa Question"
CHART = {"unit": "¥ trillions", "ymax": 6, "ticks": [0, 2, 4, 6],
         "series": ["Initial defense budget"],
         "bars": {"FY2015": (4.98,), "FY2016": (5.05,), "FY2017": (5.13,), "FY2018": (5.19,), "FY2019": (5.26,)}}

MD = """
U.S.-Japan Relations

Updated June 18, 2019

## Overview

Japan, the world's third-largest economy and the host of the largest forward-deployed U.S. military presence in Asia, is among the closest allies of the United States. President Donald Trump and Prime Minister Shinzo Abe have built an unusually personal relationship. They have held more than forty meetings and telephone calls since early 2017. Last month the President became the first foreign head of state received by Emperor Naruhito, who ascended the throne on May 1; he returns at the end of June for the Group of 20 (G-20) summit in Osaka. Abe, who took office for the second time in December 2012, will pass Katsura Taro as Japan's longest-serving prime minister this November. Four years ago, on April 29, 2015, he became the first Japanese leader to address a joint meeting of Congress.

The warmth has limits. The Administration has criticized Japan's trade surplus, weighed tariffs on Japanese cars, and suggested that allies should carry more of the cost of hosting U.S. forces.

## The Alliance

The alliance dates from 1951. It was revised in 1960, when the two governments signed the Treaty of Mutual Cooperation and Security that remains in force. Under it, Japan provides bases in return for a U.S. commitment to its defense. Japan, Germany, and South Korea host roughly 54,000, 35,000, and 28,500 U.S. troops, respectively, the three largest permanent U.S. deployments abroad.

Tokyo helps meet the expense. The current five-year cost-sharing accord was concluded in December 2015 and expires in March 2021. Its terms put Japan's contribution at about ¥189 billion, or nearly $1.7 billion, a year. Talks on a successor are expected to begin next year; the President has said that wealthy allies should pay far more.

## The Okinawa Question

Okinawa is small. The prefecture makes up less than one percent of Japan's land area. Yet roughly 70% of the acreage reserved for the exclusive use of U.S. forces lies there, and more than half of the American military personnel in Japan are stationed on its islands.

A 2012 bilateral plan would shift about 9,000 Marines out of Okinawa. Of those, approximately 4,000 are to move to Guam, beginning in the first half of the 2020s. The plan also depends on replacing Marine Corps Air Station Futenma with a new runway at Henoko, which most Okinawans oppose. Denny Tamaki won the governorship in September 2018 by campaigning against it. In a February 2019 prefectural referendum, over 70% of those who voted rejected the landfill; the central government has continued the work.

## Defense Policy

Japan's defense budget for FY2019 is ¥5.26 trillion (Figure 1), the seventh consecutive annual increase. Even so, spending stays at about 1% of gross domestic product (GDP), an informal ceiling that cabinets have observed since 1976. NATO's members, by comparison, have pledged to move toward 2% of their own GDP by 2024. A five-year procurement plan adopted in December 2018 totals ¥27.47 trillion and includes 105 more F-35 fighters and two Aegis Ashore missile defense batteries.

**Figure 1. Japan's Defense Budget, FY2015-FY2019**

Source: Japan Ministry of Defense. Initial budgets, excluding U.S. realignment costs.

## Domestic Politics

Abe's Liberal Democratic Party (LDP) governs in coalition with Komeito, a smaller party backed by a lay Buddhist organization. Together they control more than two-thirds and roughly three-fifths of the seats in the lower and upper chambers, respectively. Amending the constitution, which Abe has called a goal, would require two-thirds of both chambers and then a national referendum.

The LDP reelected Abe to a third three-year term as party president in September 2018. His term expires in September 2021, and party rules bar a fourth. The Lower House, last chosen in a snap election in October 2017, need not face voters until October 2021. The next national test is nearer. Half of the Upper House is to be elected in July, in a vote that could cost the coalition the two-thirds majority of pro-revision lawmakers it now commands there. The chamber will grow from 242 to 245 seats with this election and to 248 in 2022.

## Trade and Investment

Japan was the fourth-largest U.S. trading partner in 2018, after China, Canada, and Mexico. It held the same place as a market for U.S. exports. It was also the fourth-largest source of U.S. imports. U.S. goods exports to and imports from Japan came to $75.0 billion and $142.6 billion, respectively, leaving a deficit of $67.6 billion.

Japan was the second-largest source of foreign direct investment (FDI) in the United States at the end of 2018, behind only the United Kingdom. Its stock was $484 billion, compared with the British figure of $561 billion. China and Japan held $1.12 trillion and $1.08 trillion of U.S. Treasury securities at the end of March, respectively, making Japan the second-largest foreign holder.

After Trump withdrew the United States from the Trans-Pacific Partnership (TPP), Japan and ten other countries carried it forward as the CPTPP, which took effect on December 30, 2018; Japan's agreement with the European Union followed on February 1. In September 2018 the two leaders agreed to open bilateral negotiations, and the first formal round was held in Washington in mid-April 2019. On May 17, 2019, the President proclaimed that imports of autos and auto parts threaten U.S. national security, but he deferred any tariff, which could reach 25%, for up to 180 days to allow talks to continue.

## Japan's Economy

Real GDP grew 0.8% in 2018, down from 1.9% in 2017. Output expanded at an annualized 2.1% in the first quarter of 2019, largely because imports fell. The Diet passed a supplementary budget of ¥3.0 trillion (roughly $27 billion) in February, mostly for disaster recovery and infrastructure. The consumption tax is scheduled to rise from 8% to 10% in October. Under the Paris Agreement, Japan and the United States pledged cuts of 26% (by FY2030 from FY2013) and 26%-28% (by 2025 from 2005), respectively; the Trump Administration has announced that it will withdraw.

## Regional Relations

Abe has backed the President's diplomacy with North Korean leader Kim Jong-un, including the Singapore summit of June 2018 and the meeting in Hanoi this February, while pressing for the return of Japanese citizens abducted decades ago. Relations with South Korea under President Moon Jae-in have soured since an October 2018 ruling by Seoul's Supreme Court on compensation for wartime forced labor. Ties with China have improved: Abe made an official visit to Beijing in October 2018, and Xi Jinping is expected in Osaka for the G-20.

**Emma Chanlett-Avery**, Coordinator, Specialist in Asian Affairs

**Mark E. Manyin**, Specialist in Asian Affairs

**Brock R. Williams**, Specialist in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Abe", "Shinzo", "Prime Minister Shinzo Abe", note="given name first"),
        "leaders.us_president": P("Trump", "Donald", "President Donald Trump"),
        "alliance.treaty_ally_since": F(1951, as_written="The alliance dates from 1951", note="1960 revision in the next sentence, a trap"),
        "alliance.us_troops_in_japan": F(54000, "about", as_written="Japan, Germany, and South Korea host roughly 54,000, 35,000, and 28,500 U.S. troops, respectively", note="first item of a 'respectively' list"),
        "alliance.host_nation_support_per_year": F(1700000000, "nearly", per="year", as_written="Its terms put Japan's contribution at about ¥189 billion, or nearly $1.7 billion, a year", note="dollar figure; subject 'Its' carried from the accord sentence"),
        "alliance.host_nation_support_agreement": D("2015-12", as_written="The current five-year cost-sharing accord was concluded in December 2015"),
        "alliance.okinawa_share_of_land_area": F(1, "under", as_written="The prefecture makes up less than one percent of Japan's land area", note="sidebar; subject carried from 'Okinawa is small.'"),
        "alliance.okinawa_share_of_usfj_facilities": F(70, "about", as_written="Yet roughly 70% of the acreage reserved for the exclusive use of U.S. forces lies there", note="sidebar; exclusive-use basis; 'there' carried"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="more than half of the American military personnel in Japan are stationed on its islands", note="sidebar"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="Of those, approximately 4,000 are to move to Guam", note="sidebar; 'those' the 9,000"),
        "defense.traditional_limit_pct_gdp": F(1, "about", as_written="spending stays at about 1% of gross domestic product (GDP), an informal ceiling that cabinets have observed since 1976"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="Abe's Liberal Democratic Party (LDP) governs in coalition with Komeito"),
        "politics.lower_house_coalition_share": F(67, "over", as_written="Together they control more than two-thirds and roughly three-fifths of the seats in the lower and upper chambers, respectively", note="fraction rule; first item of the 'respectively' pair"),
        "politics.upper_house_coalition_share": F(60, "about", as_written="Together they control more than two-thirds and roughly three-fifths of the seats in the lower and upper chambers, respectively", note="fraction rule; second item"),
        "politics.next_diet_election_due": F(2019, as_written="The next national test is nearer. Half of the Upper House is to be elected in July", note="year from the cover"),
        "politics.lower_house_election_due": D("2021-10", as_written="The Lower House, last chosen in a snap election in October 2017, need not face voters until October 2021"),
        "trade.overall_partner_rank": F(4, period="2018", as_written="Japan was the fourth-largest U.S. trading partner in 2018, after China, Canada, and Mexico"),
        "trade.export_partner_rank": F(4, period="2018", as_written="It held the same place as a market for U.S. exports", note="rank and subject carried from the sentence before"),
        "trade.import_partner_rank": F(4, period="2018", as_written="It was also the fourth-largest source of U.S. imports", note="subject carried"),
        "trade.us_exports_to_japan": F(75000000000, period="2018", as_written="U.S. goods exports to and imports from Japan came to $75.0 billion and $142.6 billion, respectively", note="goods"),
        "trade.us_imports_from_japan": F(142600000000, period="2018", as_written="U.S. goods exports to and imports from Japan came to $75.0 billion and $142.6 billion, respectively", note="goods"),
        "trade.fdi_source_rank": F(2, period="2018", as_written="Japan was the second-largest source of foreign direct investment (FDI) in the United States at the end of 2018, behind only the United Kingdom"),
        "trade.treasury_holder_rank": F(2, period="2019-03", as_written="China and Japan held $1.12 trillion and $1.08 trillion of U.S. Treasury securities at the end of March, respectively, making Japan the second-largest foreign holder", note="year from the cover"),
        "economy.gdp_growth": GDP(y2018=0.8, y2017=1.9),
        "economy.supplementary_budget": F(27000000000, "about", period="2019-02", as_written="The Diet passed a supplementary budget of ¥3.0 trillion (roughly $27 billion) in February", note="dollar figure; year from the cover"),
        "economy.emissions_cut_target": F(26, by="FY2030", baseline="FY2013", as_written="Japan and the United States pledged cuts of 26% (by FY2030 from FY2013) and 26%-28% (by 2025 from 2005), respectively", note="Japan's is the first item; the U.S. pledge a trap"),
    },
    "elections": {
        "okinawa_governor_2018": E("Okinawa governor", "2018-09", "held", result="Denny Tamaki won, opposing the Henoko runway"),
        "ldp_president_2018": E("LDP president", "2018-09", "held", result="Abe reelected to a third term"),
        "lower_house_2017": E("Lower House", "2017-10", "held", result="snap election; coalition over two-thirds"),
        "upper_house_2019": E("Upper House", "2019-07", "upcoming", note="half the chamber; seats rise from 242 to 245"),
    },
    "events": {
        "abe_address_to_congress": EV("Abe addresses a joint meeting of Congress", "2015-04-29", "held"),
        "first_negotiating_round": EV("First formal round of U.S.-Japan trade negotiations, Washington", "2019-04", "held"),
        "section232_autos_proclamation": EV("Section 232 proclamation on autos and parts; action deferred up to 180 days", "2019-05-17", "held"),
    },
    "notes": "Traps: 'the world's third-largest economy'; 'more than forty meetings and telephone calls since early 2017'; 'Emperor Naruhito, who ascended the throne on May 1' and 'he returns at the end of June for the Group of 20 (G-20) summit in Osaka' (planned visit); 'who took office for the second time in December 2012' and 'will pass Katsura Taro as Japan's longest-serving prime minister this November' (a former prime minister); 'It was revised in 1960' (not the alliance's start); 'Japan, Germany, and South Korea host roughly 54,000, 35,000, and 28,500 U.S. troops, respectively' (35,000 and 28,500 are other countries'); 'expires in March 2021' (expiry, not the accord's conclusion); 'about ¥189 billion' (yen figure); 'Talks on a successor are expected to begin next year'; sidebar 'The Okinawa Question' (html aside with Figure 1): 'A 2012 bilateral plan would shift about 9,000 Marines out of Okinawa' (the total leaving, not Guam), 'beginning in the first half of the 2020s' (no Marines in Guam yet), 'won the governorship in September 2018', 'In a February 2019 prefectural referendum, over 70% of those who voted rejected the landfill' (a vote share beside the 70% facility share); 'FY2019 is ¥5.26 trillion', 'the seventh consecutive annual increase' and 'since 1976'; 'NATO's members, by comparison, have pledged to move toward 2% of their own GDP by 2024' (another alliance's guideline: no spending goal); 'A five-year procurement plan adopted in December 2018 totals ¥27.47 trillion and includes 105 more F-35 fighters and two Aegis Ashore'; Figure 1 (defense budget FY2015-FY2019, ¥ trillions; ticks 0-6, no value labels); 'would require two-thirds of both chambers' (constitutional threshold beside the shares); 'The LDP reelected Abe to a third three-year term as party president in September 2018. His term expires in September 2021' (party term, not an election due); 'the two-thirds majority of pro-revision lawmakers it now commands there' (not the coalition's Upper House share); 'The chamber will grow from 242 to 245 seats with this election and to 248 in 2022'; 'after China, Canada, and Mexico' (other partners); 'leaving a deficit of $67.6 billion' (balance, no IF10199 fact); 'Its stock was $484 billion, compared with the British figure of $561 billion' (stocks, the UK's another country's); 'China and Japan held $1.12 trillion and $1.08 trillion' (China's first in the 'respectively' list); 'Japan and ten other countries carried it forward as the CPTPP, which took effect on December 30, 2018' and 'followed on February 1'; 'In September 2018 the two leaders agreed to open bilateral negotiations' (not the first round); 'which could reach 25%, for up to 180 days' (threatened, not imposed); 'Output expanded at an annualized 2.1% in the first quarter of 2019' (a quarter); 'The consumption tax is scheduled to rise from 8% to 10% in October'; '26%-28% (by 2025 from 2005)' (the U.S. pledge, second in the 'respectively' pair); 'the Singapore summit of June 2018 and the meeting in Hanoi this February'; 'President Moon Jae-in' and 'Xi Jinping' (other countries' leaders); 'an October 2018 ruling by Seoul's Supreme Court'; 'Abe made an official visit to Beijing in October 2018'. PDF: ligatures, hyphenated line ends.",
}
