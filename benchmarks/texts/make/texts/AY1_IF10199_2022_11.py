from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "AY1-IF10199-2022-11", "fresh20", "IF10199", 41
LAYOUTS = ["interleaved", "pdf"]
PDF_OPTS = ["lig", "nbsp", "hyph"]
CHART = {"unit": "Percent", "ymax": 80, "ticks": [0, 20, 40, 60, 80],
         "series": ["Approve"],
         "bars": {"Jan": (57,), "Feb": (54,), "Mar": (53,), "Apr": (53,), "May": (55,), "Jun": (59,),
                  "Jul": (59,), "Aug": (46,), "Sep": (40,), "Oct": (38,), "Nov": (33,)}}

MD = """
U.S.-Japan Relations

Updated November 29, 2022

## Overview

Japan is in the middle of rethinking how it defends itself, and the United States, its only treaty ally, has welcomed the effort. On November 13, President Joe Biden and Kishida Fumio, Japan's prime minister since October 2021, met in Phnom Penh, where both were attending the East Asia Summit; they then joined South Korean President Yoon Suk Yeol for a three-way session on North Korea, which on October 4 fired a ballistic missile over northern Japan. Four days later, in Bangkok, Kishida held his first face-to-face talks with China's Xi Jinping. At home, his position has weakened. Three ministers have left his cabinet since October 24, and his approval rating has dropped by more than 20 points since the summer (Figure 1).

**Figure 1. Kishida Cabinet Approval Rating, January-November 2022**

Source: NHK monthly telephone polls; share of respondents who approve of the cabinet.

## The Alliance

The two countries have been bound by a mutual security treaty since 1951; the text in force today is the revised treaty of 1960. Japan hosts a force of roughly 54,000 U.S. military personnel, as well as the Navy's only forward-deployed aircraft carrier strike group.

Under the Special Measures Agreement that the two governments reached on December 21, 2021 (it was signed in January and took effect in April), Japan is to contribute ¥1.055 trillion over FY2022-FY2026, against ¥946.5 billion under the five-year accord it replaced. The yen's slide has eroded the sum in dollar terms: at November's exchange rates, the yearly average of about ¥211 billion is worth not quite $1.5 billion.

## A Defense Buildup Takes Shape

On November 28, Kishida instructed his finance and defense ministers to raise spending on defense, together with related outlays such as the coast guard, to 2% of GDP in FY2027. Meeting that target would retire the informal 1%-of-GDP ceiling that nearly every Japanese government has observed since 1976. A revised National Security Strategy, due in December, is expected to endorse "counterstrike" capabilities; Japanese media report that Tokyo may seek as many as 500 U.S.-made Tomahawk cruise missiles. A five-year spending plan well above ¥40 trillion is under discussion, compared with ¥27.5 trillion in the current plan for FY2019-FY2023.

## Okinawa

The burden of hosting U.S. forces falls unevenly. Okinawa's 2,282 square kilometers add up to about 0.6% of Japan's land area, yet the prefecture contains a quarter, give or take, of all U.S. military facilities in Japan, and more U.S. personnel are stationed there than in the other 46 prefectures put together. Under a 2012 realignment plan, around 9,000 Marines are to move off the island. Guam's portion of that transfer is to be roughly 4,000; Camp Blaz was activated there in October 2020, but no unit is expected to arrive before 2024.

Governor Tamaki Denny, who opposes the planned replacement for Marine Corps Air Station Futenma at Henoko, won a second four-year term on September 11, beating an LDP-backed challenger by some 65,000 votes.

## Domestic Politics

The Liberal Democratic Party (LDP) governs in coalition with Komeito, as it has since December 2012. In the October 31, 2021, election for the House of Representatives, the more powerful lower chamber, the LDP alone won 261 seats, the number that gives a party an "absolute stable majority" to chair and control every standing committee; with Komeito's 32, the coalition holds 63% of the 465-seat chamber. Fifty-nine percent of the House of Councillors' seats are now theirs too, up from 57% before the July 10 upper-house election.

That election came two days after former Prime Minister Abe Shinzo was shot and killed on July 8 while campaigning for an LDP candidate in Nara. The state funeral Kishida held for Abe on September 27, which more voters opposed than supported, and revelations about LDP lawmakers' ties to the Unification Church have cost the government support.

Barring a snap dissolution, Kishida does not face the voters nationally for some time. The House of Representatives' four-year term runs until October 2025, and the regular upper-house election for half of that chamber's 248 seats, set for July 2025, will be the next national vote. Kishida's term as LDP president ends in September 2024. Unified local elections are scheduled for April 2023.

## Trade and Investment

The four largest U.S. trading partners in 2021 were, in order, Canada, Mexico, China, and Japan. U.S. exports to Japan and imports from Japan that year came to $112.2 billion and $167.8 billion, respectively, and Japan came in at number five both as a market for U.S. goods and services and as a supplier of them. The U.S. goods deficit with Japan was about $60 billion. Japanese direct investment in the United States, $721 billion at the end of 2021, outstrips that of firms from any other country. Japanese holdings of U.S. Treasury securities, $1.12 trillion in September, exceed China's ($867 billion) and those of every other foreign owner.

Two limited trade agreements have been in force since January 2020, and since April 2022 a tariff-rate quota has allowed some Japanese steel to enter free of the 25% Section 232 duty. Japan is also a founding member of the Indo-Pacific Economic Framework for Prosperity (IPEF). Thirteen countries, the United States among them, stood with Japan when Biden launched the framework in Tokyo on May 23.

## Economy

Real GDP contracted 4.5% in 2020 and recovered by 2.2% in 2021. A preliminary estimate released on November 15 showed output shrinking again, at an annualized 1.2%, in the July-September quarter. On October 21, the yen fell to ¥151.9 per dollar, a 32-year low, prompting the Ministry of Finance to intervene for the second time since September. A ¥28.9 trillion second supplementary budget, to fund an October 28 package of relief from rising prices, is before the Diet. The most recent supplementary budget to be enacted, in May, totaled ¥2.7 trillion, or about $21 billion. Japan has pledged to cut its greenhouse gas emissions 46% below FY2013 levels by FY2030, while striving for 50%.

## Regional Diplomacy

Quad leaders have met four times since March 2021, twice by video link and twice in person, most recently in Tokyo on May 24. Japan has joined Group of Seven sanctions on Russia, although it retains a stake in the Sakhalin-2 natural gas project, which supplies about 9% of Japan's liquefied natural gas imports. It has committed $600 million in financial support to Ukraine and some $300 million in humanitarian assistance.

**Mark E. Manyin**, Coordinator, Specialist in Asian Affairs

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Caitlin Campbell**, Analyst in Asian Affairs
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Kishida", "Fumio", "Kishida Fumio, Japan's prime minister since October 2021"),
        "leaders.us_president": P("Biden", "Joe", "President Joe Biden"),
        "alliance.treaty_ally_since": F(1951, as_written="The two countries have been bound by a mutual security treaty since 1951"),
        "alliance.us_troops_in_japan": F(54000, "about", as_written="Japan hosts a force of roughly 54,000 U.S. military personnel"),
        "alliance.host_nation_support_per_year": F(1500000000, "nearly", per="year", as_written="the yearly average of about ¥211 billion is worth not quite $1.5 billion", note="'not quite' read as nearly; the dollar figure, not the yen average"),
        "alliance.host_nation_support_agreement": D("2021-12-21", as_written="the Special Measures Agreement that the two governments reached on December 21, 2021", note="dated by when it was reached; signing (January) and entry into force (April) are traps"),
        "alliance.okinawa_share_of_usfj_facilities": F(25, "about", as_written="the prefecture contains a quarter, give or take, of all U.S. military facilities in Japan", note="'give or take' read as about"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="more U.S. personnel are stationed there than in the other 46 prefectures put together", note="more than all the rest combined = over half"),
        "alliance.okinawa_share_of_land_area": F(0.6, "about", as_written="Okinawa's 2,282 square kilometers add up to about 0.6% of Japan's land area"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="Guam's portion of that transfer is to be roughly 4,000", note="subject 'that transfer' carried from the 9,000 sentence"),
        "defense.spending_goal_pct_gdp": F(2, by="FY2027", as_written="to raise spending on defense, together with related outlays ..., to 2% of GDP in FY2027"),
        "defense.traditional_limit_pct_gdp": F(1, as_written="the informal 1%-of-GDP ceiling that nearly every Japanese government has observed since 1976"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="The Liberal Democratic Party (LDP) governs in coalition with Komeito"),
        "politics.lower_house_coalition_share": F(63, as_written="with Komeito's 32, the coalition holds 63% of the 465-seat chamber"),
        "politics.upper_house_coalition_share": F(59, previous=57, as_written="Fifty-nine percent of the House of Councillors' seats are now theirs too, up from 57% before the July 10 upper-house election"),
        "politics.next_diet_election_due": F(2025, as_written="the regular upper-house election ..., set for July 2025, will be the next national vote"),
        "politics.lower_house_election_due": D("2025-10", as_written="The House of Representatives' four-year term runs until October 2025", note="35 months away: a deadline only, no lower_house_2025"),
        "trade.overall_partner_rank": F(4, period="2021", as_written="The four largest U.S. trading partners in 2021 were, in order, Canada, Mexico, China, and Japan", note="fourth by position in an ordered list"),
        "trade.us_exports_to_japan": F(112200000000, period="2021", as_written="U.S. exports to Japan and imports from Japan that year came to $112.2 billion and $167.8 billion, respectively"),
        "trade.us_imports_from_japan": F(167800000000, period="2021", as_written="U.S. exports to Japan and imports from Japan that year came to $112.2 billion and $167.8 billion, respectively"),
        "trade.export_partner_rank": F(5, period="2021", as_written="Japan came in at number five both as a market for U.S. goods and services"),
        "trade.import_partner_rank": F(5, period="2021", as_written="and as a supplier of them"),
        "trade.fdi_source_rank": F(1, period="2021", as_written="Japanese direct investment in the United States, $721 billion at the end of 2021, outstrips that of firms from any other country"),
        "trade.treasury_holder_rank": F(1, period="2022-09", as_written="Japanese holdings of U.S. Treasury securities, $1.12 trillion in September, exceed China's ($867 billion) and those of every other foreign owner"),
        "economy.gdp_growth": GDP(y2021=2.2, y2020=-4.5),
        "economy.supplementary_budget": F(21000000000, "about", period="2022-05", as_written="The most recent supplementary budget to be enacted, in May, totaled ¥2.7 trillion, or about $21 billion"),
        "economy.yen": F("32-year low against the dollar", period="2022-10", as_written="On October 21, the yen fell to ¥151.9 per dollar, a 32-year low"),
        "economy.emissions_cut_target": F(46, by="2030", baseline="2013", as_written="46% below FY2013 levels by FY2030"),
        "diplomacy.quad_leader_meetings": F(4, as_written="Quad leaders have met four times since March 2021, twice by video link and twice in person"),
        "diplomacy.ipef_other_partners": F(13, period="2022-05", as_written="Thirteen countries, the United States among them, stood with Japan when Biden launched the framework in Tokyo on May 23"),
        "diplomacy.ukraine_financial_support": F(600000000, as_written="It has committed $600 million in financial support to Ukraine"),
        "diplomacy.ukraine_humanitarian_aid": F(300000000, "about", as_written="and some $300 million in humanitarian assistance"),
    },
    "elections": {
        "lower_house_2021": E("Lower House", "2021-10-31", "held", result="LDP 261 seats, Komeito 32: coalition 63% of 465"),
        "upper_house_2022": E("Upper House", "2022-07-10", "held", result="coalition share rose from 57% to 59%"),
        "okinawa_governor_2022": E("Okinawa governor", "2022-09-11", "held", result="Tamaki Denny re-elected to a second four-year term"),
        "upper_house_2025": E("Upper House", "2025-07", "upcoming", note="the next national vote"),
    },
    "events": {
        "abe_assassination": EV("Former Prime Minister Abe Shinzo shot and killed while campaigning in Nara", "2022-07-08"),
    },
    "notes": "Traps: 'South Korean President Yoon Suk Yeol' and 'China's Xi Jinping' (other leaders); 'on October 4 fired a ballistic missile over northern Japan'; 'Four days later'; 'Three ministers have left his cabinet since October 24'; 'dropped by more than 20 points since the summer' and Figure 1 (approval rating by month, percent, ticks 0-80, no value labels: no catalogue fact); 'the revised treaty of 1960'; 'the Navy's only forward-deployed aircraft carrier strike group'; 'it was signed in January and took effect in April' (the SMA is dated by when it was reached); '¥1.055 trillion over FY2022-FY2026', 'against ¥946.5 billion under the five-year accord it replaced' and 'the yearly average of about ¥211 billion' (yen figures; the fact is the dollar figure); 'A revised National Security Strategy, due in December'; 'as many as 500 U.S.-made Tomahawk cruise missiles' (a reported count, no amount: no defense.tomahawk_purchase); 'well above ¥40 trillion' and '¥27.5 trillion in the current plan for FY2019-FY2023'; 'Okinawa's 2,282 square kilometers'; 'the other 46 prefectures'; 'around 9,000 Marines are to move off the island' (the total leaving, not Guam's share); 'Camp Blaz ... activated there in October 2020, but no unit is expected to arrive before 2024' (no Marines in Guam); 'by some 65,000 votes'; 'as it has since December 2012'; 'the LDP alone won 261 seats' and 'with Komeito's 32' (seat counts; 'absolute stable majority' is no share); 'up from 57%' (previous Upper House share); 'The state funeral ... on September 27'; 'Barring a snap dissolution' (speculation); 'half of that chamber's 248 seats'; 'Kishida's term as LDP president ends in September 2024' (a term end, not an election); 'Unified local elections are scheduled for April 2023' (local, not listed); 'The U.S. goods deficit with Japan was about $60 billion' (no IF10199 fact); '$721 billion' (FDI stock, no IF10199 fact); 'China's ($867 billion)'; 'Two limited trade agreements have been in force since January 2020' (IF11120 facts, not IF10199's); 'free of the 25% Section 232 duty' (steel; no tariff on most imports); 'showed output shrinking again, at an annualized 1.2%, in the July-September quarter' (a quarter, not a year); '¥151.9 per dollar'; 'A ¥28.9 trillion second supplementary budget, to fund an October 28 package ..., is before the Diet' (pending, not enacted); 'while striving for 50%'; 'Quad ... twice by video link and twice in person' (parts of the count 4); 'about 9% of Japan's liquefied natural gas imports'; PDF ligatures, NBSP and hyphenated line ends; interleaved columns",
}
