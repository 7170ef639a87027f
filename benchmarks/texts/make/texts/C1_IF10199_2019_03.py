from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "C1-IF10199-2019-03", "fresh6", "IF10199", 17
LAYOUTS = ["html", "interleaved"]
PDF_OPTS = ["quotes", "nbsp"]
SIDEBAR = "The Okinawa Base Controversy"

MD = """
U.S.-Japan Relations

Updated March 26, 2019

## Overview

Close to seven decades after the two governments signed their first security treaty in 1951, Japan remains the linchpin of the U.S. military presence in Northeast Asia and one of its most important economic partners. Prime Minister Shinzo Abe has invested heavily in his relationship with President Donald Trump: the two leaders have held more than a dozen face-to-face meetings and dozens of telephone calls since the 2016 U.S. election, and Trump is due in Tokyo in late May to become the first foreign leader received by the new emperor, who accedes to the throne on May 1. Abe, who in April 2015 became the first Japanese prime minister to speak before a joint meeting of Congress, is on course to become the longest-serving head of government in Japan's modern history this November.

The personal rapport has not removed the sources of friction. The Administration has not exempted Japan from the tariffs it placed on steel and aluminum in March 2018, it wants Tokyo to shrink the bilateral goods deficit, and it is weighing duties on imported cars. Tokyo, for its part, worries that the President's diplomacy with North Korean leader Kim Jong-un, whose second summit with Trump, in Hanoi on February 27-28, broke up without an agreement, could leave aside Japanese concerns about short-range missiles and about Japanese citizens abducted by Pyongyang decades ago.

## Abe's Political Position

Abe won a third consecutive term as president of the Liberal Democratic Party (LDP) in September 2018. Because party rules allow no fourth term, the LDP is to choose his successor by September 2021. In the meantime, his hold on the Diet (Japan's parliament) is secure. Since the snap election of October 2017, in which the LDP alone won 284 seats, the LDP and its coalition partner Komeito have controlled 313 of the 465 seats in the House of Representatives, or 67.3%, a margin that lets them override the upper chamber. The chamber's current term runs to October 2021, though a prime minister may dissolve it at any time.

The coalition's position in the House of Councillors is thinner: it has held a share marginally above three-fifths of that chamber's seats since the July 2016 vote. Voters will fill 124 upper-house seats this July, in what will be the next nationwide election, and some LDP figures have floated the idea of dissolving the lower chamber so that both votes fall on the same day. A two-thirds majority in both houses is required to send a constitutional amendment to a national referendum, a long-standing Abe goal. The consumption tax is scheduled to rise from 8% to 10% in October, a step Abe has twice postponed.

## Security Issues

In the vicinity of fifty thousand U.S. military personnel are based in Japan, a larger contingent than the roughly 35,000 stationed in Germany, and the U.S. Navy's only forward-deployed aircraft carrier is home-ported at Yokosuka. Under the current Special Measures Agreement (SMA), concluded in December 2015 and covering Japanese fiscal years 2016 through 2020, Tokyo contributes on the order of $2 billion a year toward the cost of that presence. The agreement lapses at the end of March 2021; talks on a successor are expected to open later this year, and press reports suggest the Administration may seek a considerably larger payment.

Japan's FY2019 defense budget, a record ¥5.26 trillion (about $47 billion), marks the seventh consecutive annual increase, and the National Defense Program Guidelines adopted in December 2018 call for converting two helicopter destroyers to carry F-35B fighters. A 1976 cabinet decision made 1% of GDP the upper bound for defense spending; the cap was formally abandoned in 1987, but budgets have rarely broken through it since. President Trump has urged allies to devote 2% of GDP to defense, the benchmark NATO members adopted, yet Tokyo has set no such target. A five-year procurement plan approved in December provides ¥27.47 trillion for FY2019-FY2023.

## The Okinawa Base Controversy

Okinawa Prefecture accounts for just six-tenths of one percent of Japan's land area, yet it hosts about a fourth of the facilities used by U.S. Forces Japan (USFJ) and in excess of half of all USFJ personnel. Guam is to receive approximately 4,000 of the roughly 9,000 Marines that a 2012 bilateral agreement would move out of the prefecture, though no unit is expected to transfer before the mid-2020s.

Governor Denny Tamaki, elected in September 2018 after the death of his predecessor, opposes the planned relocation of Marine Corps Air Station Futenma to Henoko, where landfill work began in December. In a nonbinding referendum on February 24, slightly more than 72% of those voting rejected the landfill; the central government has said construction will continue.

## Trade and Economic Issues

Japan was the fourth-largest U.S. trading partner in goods in 2018, trailing China, Mexico, and Canada. Its standing was identical on each side of the ledger: fourth as a buyer of U.S. goods and fourth as a supplier of them. U.S. goods exports to Japan climbed to $75.0 billion, roughly 11% above the 2017 level, while the goods deficit narrowed slightly (Table 1).

Table 1. U.S. Goods Trade with Japan ($ billions)

| | 2017 | 2018 |
|---|---|---|
| U.S. exports to Japan | 67.6 | 75.0 |
| U.S. imports from Japan | 136.5 | 142.6 |
| U.S. goods balance | -68.8 | -67.6 |

Source: U.S. Census Bureau.

Of all foreign investors in the United States, only the British had a larger direct-investment stake than the Japanese at the end of 2017, when Japanese holdings were valued at $469 billion. Japan's holdings of U.S. Treasury securities, about $1.07 trillion in January, are exceeded among foreign holders by China's alone.

After a September 26, 2018, joint statement in New York, the two governments agreed to negotiate a bilateral agreement on goods and other "early" items, and the U.S. Trade Representative published negotiating objectives in December. The first formal negotiating session is slated for mid-April in Washington. The Commerce Department sent the President its Section 232 report on imported autos and parts on February 17; he has until mid-May to decide whether to act, and Japanese automakers fear a tariff as high as 25%. U.S. farmers, meanwhile, face a competitive disadvantage in Japan since the 11-member Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP) took effect on December 30 and the Japan-EU Economic Partnership Agreement on February 1.

Japan's real GDP grew by 0.8% in 2018, according to the government's second estimate, down from 1.9% in 2017; output shrank at an annualized 2.4% in the July-September quarter after a string of natural disasters. The Diet enacted the FY2018 second supplementary budget of ¥3.05 trillion, roughly $27.5 billion, in February, chiefly for disaster recovery and infrastructure resilience, following a ¥0.95 trillion first supplementary in November. The FY2019 initial budget, at ¥101.5 trillion, is the first to exceed ¥100 trillion. Japan has pledged under the Paris Agreement to cut greenhouse gas emissions 26% below FY2013 levels by FY2030.

## Regional Relations

Japan-China relations have thawed: in October 2018 Abe made the first formal visit to Beijing by a Japanese leader in seven years, and President Xi Jinping is expected in Osaka for the Group of 20 summit in June. Ties with South Korea, by contrast, have soured since the South Korean Supreme Court ordered Japanese companies in October and November 2018 to compensate Koreans forced to work for them during World War II, and since a December encounter between a South Korean destroyer and a Japanese patrol plane.

**Emma Chanlett-Avery**, Coordinator, Specialist in Asian Affairs

**Mark E. Manyin**, Specialist in Asian Affairs

**Brock R. Williams**, Specialist in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Abe", "Shinzo", "Prime Minister Shinzo Abe"),
        "leaders.us_president": P("Trump", "Donald", "President Donald Trump"),
        "alliance.treaty_ally_since": F(1951, as_written="Close to seven decades after the two governments signed their first security treaty in 1951"),
        "alliance.us_troops_in_japan": F(50000, "about", as_written="In the vicinity of fifty thousand U.S. military personnel are based in Japan"),
        "alliance.host_nation_support_per_year": F(2000000000, "about", per="year", as_written="Tokyo contributes on the order of $2 billion a year toward the cost of that presence"),
        "alliance.host_nation_support_agreement": D("2015-12", as_written="Under the current Special Measures Agreement (SMA), concluded in December 2015 and covering Japanese fiscal years 2016 through 2020"),
        "alliance.okinawa_share_of_usfj_facilities": F(25, "about", as_written="it hosts about a fourth of the facilities used by U.S. Forces Japan (USFJ)", note="sidebar"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="and in excess of half of all USFJ personnel", note="sidebar"),
        "alliance.okinawa_share_of_land_area": F(0.6, as_written="Okinawa Prefecture accounts for just six-tenths of one percent of Japan's land area", note="sidebar; 'just' is not a hedge"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="Guam is to receive approximately 4,000 of the roughly 9,000 Marines", note="sidebar"),
        "defense.traditional_limit_pct_gdp": F(1, as_written="A 1976 cabinet decision made 1% of GDP the upper bound for defense spending"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="the LDP and its coalition partner Komeito"),
        "politics.lower_house_coalition_share": F(67.3, as_written="controlled 313 of the 465 seats in the House of Representatives, or 67.3%"),
        "politics.upper_house_coalition_share": F(60, "over", as_written="it has held a share marginally above three-fifths of that chamber's seats since the July 2016 vote"),
        "politics.next_diet_election_due": F(2019, as_written="Voters will fill 124 upper-house seats this July, in what will be the next nationwide election", note="July 2019 Upper House election (upper_house_2019); year from the text's date"),
        "politics.lower_house_election_due": D("2021-10", as_written="The chamber's current term runs to October 2021", note="subject 'The chamber' carried from the House of Representatives in the sentence before"),
        "trade.overall_partner_rank": F(4, period="2018", as_written="Japan was the fourth-largest U.S. trading partner in goods in 2018, trailing China, Mexico, and Canada"),
        "trade.export_partner_rank": F(4, period="2018", as_written="Its standing was identical on each side of the ledger: fourth as a buyer of U.S. goods"),
        "trade.import_partner_rank": F(4, period="2018", as_written="and fourth as a supplier of them"),
        "trade.us_exports_to_japan": F(75000000000, period="2018", as_written="U.S. goods exports to Japan climbed to $75.0 billion", note="also Table 1, 2018 column"),
        "trade.us_imports_from_japan": F(142600000000, period="2018", as_written="Table 1: U.S. imports from Japan | 136.5 | 142.6", note="only in Table 1 ($ billions), 2018 column"),
        "trade.fdi_source_rank": F(2, period="2017", as_written="Of all foreign investors in the United States, only the British had a larger direct-investment stake than the Japanese at the end of 2017"),
        "trade.treasury_holder_rank": F(2, as_written="Japan's holdings of U.S. Treasury securities, about $1.07 trillion in January, are exceeded among foreign holders by China's alone"),
        "economy.gdp_growth": GDP(y2018=0.8, y2017=1.9),
        "economy.supplementary_budget": F(27500000000, "about", period="2019-02", as_written="The Diet enacted the FY2018 second supplementary budget of ¥3.05 trillion, roughly $27.5 billion, in February"),
        "economy.emissions_cut_target": F(26, by="FY2030", baseline="FY2013", as_written="to cut greenhouse gas emissions 26% below FY2013 levels by FY2030"),
    },
    "elections": {
        "lower_house_2017": E("Lower House", "2017-10", "held", result="LDP-Komeito 313 of 465 seats (67.3%); LDP alone 284"),
        "upper_house_2016": E("Upper House", "2016-07", "held", result="coalition share marginally above three-fifths"),
        "ldp_president_2021": E("LDP president", "2021-09", "upcoming", note="the LDP is to choose Abe's successor by September 2021"),
        "ldp_president_2018": E("LDP president", "2018-09", "held", result="Abe won a third consecutive term"),
        "upper_house_2019": E("Upper House", "2019-07", "upcoming", note="'Voters will fill 124 upper-house seats this July' (year from the text's date)"),
        "okinawa_governor_2018": E("Okinawa governor", "2018-09", "held", result="Denny Tamaki elected after the death of his predecessor"),
    },
    "events": {
        "abe_address_to_congress": EV("Abe addresses a joint meeting of Congress", "2015-04", "held"),
        "first_negotiating_round": EV("first formal U.S.-Japan trade negotiating session", "2019-04", "upcoming"),
    },
    "notes": "Traps: 'the two leaders have held more than a dozen face-to-face meetings'; 'since the 2016 U.S. election'; 'Trump is due in Tokyo in late May' and 'accedes to the throne on May 1' (planned); 'this November' (longest-serving); 'the tariffs it placed on steel and aluminum in March 2018' (product tariffs, no tariff on most imports); 'in Hanoi on February 27-28'; 'won a third consecutive term as president of the Liberal Democratic Party (LDP) in September 2018' (the LDP vote, listed as held ldp_president_2018; not a Diet election); 'in which the LDP alone won 284 seats' (one party) and '313 of the 465 seats' (counts beside the 67.3%); 'though a prime minister may dissolve it at any time'; 'Voters will fill 124 upper-house seats this July' (a seat count; the election is listed as upper_house_2019) and 'dissolving the lower chamber so that both votes fall on the same day' (floated); 'A two-thirds majority in both houses is required' (threshold); 'rise from 8% to 10% in October'; 'a larger contingent than the roughly 35,000 stationed in Germany' (another country); 'covering Japanese fiscal years 2016 through 2020' and 'The agreement lapses at the end of March 2021' (a deadline, not the agreement date); 'may seek a considerably larger payment'; 'a record ¥5.26 trillion (about $47 billion)' and 'the seventh consecutive annual increase'; 'the cap was formally abandoned in 1987'; 'urged allies to devote 2% of GDP to defense, the benchmark NATO members adopted, yet Tokyo has set no such target' (no spending goal); '¥27.47 trillion for FY2019-FY2023'; 'the roughly 9,000 Marines that a 2012 bilateral agreement would move' (total leaving, not Guam) and 'before the mid-2020s'; 'Governor Denny Tamaki, elected in September 2018' (listed as held okinawa_governor_2018); 'slightly more than 72% of those voting rejected the landfill'; 'roughly 11% above the 2017 level'; Table 1's 2017 column (67.6, 136.5) and balance row (-68.8, -67.6); '$469 billion' (FDI stock, not a fact); 'about $1.07 trillion in January'; 'a September 26, 2018, joint statement in New York' (not an event slug); 'published negotiating objectives in December'; 'sent the President its Section 232 report on imported autos and parts on February 17', 'until mid-May' and 'a tariff as high as 25%' (threatened; no proclamation yet); 'the 11-member ... (CPTPP) took effect on December 30' and 'the Japan-EU Economic Partnership Agreement on February 1'; 'output shrank at an annualized 2.4% in the July-September quarter' (a quarter); 'following a ¥0.95 trillion first supplementary in November' (earlier budget); 'The FY2019 initial budget, at ¥101.5 trillion' (not supplementary); 'in October 2018 Abe made the first formal visit to Beijing ... in seven years'; 'President Xi Jinping is expected in Osaka ... in June'; 'in October and November 2018'. Judgement: 'the first formal negotiating session is slated for mid-April' is events.first_negotiating_round upcoming (2019-04); Abe's address 'in April 2015' is abe_address_to_congress (month); 'the LDP is to choose his successor by September 2021' is ldp_president_2021 upcoming; the Lower House deadline (Oct 2021), 2.5 years away, is only politics.lower_house_election_due; trade ranks and amounts are goods-only 2018 data; sidebar 'The Okinawa Base Controversy' (HTML aside); PDF curly quotes and NBSP (interleaved only)",
}
