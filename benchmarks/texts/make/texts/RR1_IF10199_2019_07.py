from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "RR1-IF10199-2019-07", "fresh12", "IF10199", 39
LAYOUTS = ["pdf", "interleaved"]
PDF_OPTS = ["quotes", "nbsp", "hyph"]
CHART = {"unit": "$ billions", "ymax": 200, "ticks": [0, 50, 100, 150, 200],
         "series": ["U.S. exports to Japan", "U.S. imports from Japan"],
         "bars": {"2014": (114.6, 165.9), "2015": (108.6, 162.5), "2016": (108.3, 167.1), "2017": (114.4, 171.8),
                  "2018": (121.2, 179.6)}}

MD = """
U.S.-Japan Relations

Updated July 16, 2019

## Overview

An unusually crowded calendar of summits has defined U.S.-Japan relations in 2019. President Donald Trump paid a state visit to Tokyo in late May, the first foreign leader received by the new Emperor, and returned a month later for the Group of 20 (G-20) meeting in Osaka. Prime Minister Shinzo Abe, who in April 2015 became the first Japanese leader to speak before a joint meeting of Congress, has cultivated close ties with Trump; if he stays in office until November, he will be the longest-serving prime minister in Japan's history. Bilateral trade negotiations, formally opened in April 2019, have not produced an agreement, and the Administration has not withdrawn its threat of tariffs on Japanese autos.

## Sunday's Upper House Election

On Sunday, July 21, Japanese voters will choose half of the members of the House of Councillors, the upper chamber of the Diet. It is the only national election on the calendar before the term of the lower chamber, the House of Representatives, runs out in October 2021. Abe's Liberal Democratic Party (LDP) and its coalition partner, Komeito, now control about 61% of the upper chamber's 242 seats; the chamber will grow to 245 seats after this vote, in which 124 are at stake. Their grip on the lower chamber is tighter still. Since the general election of October 2017, the two parties have held more than two-thirds of its 465 seats.

Whether parties that favor amending Japan's postwar constitution keep a two-thirds majority in the upper chamber, the threshold for sending an amendment to a national referendum, is the question most observers are watching. Abe, who secured a third three-year term as LDP president in September 2018, has said he would like a revised constitution in effect by 2020.

## The Alliance

The alliance rests on a security treaty signed in 1951 and revised in 1960, under which the United States is committed to defending Japan and Japan provides bases for U.S. forces. Based in Japan are roughly 54,000 U.S. military personnel, a larger contingent than the United States keeps in any other foreign country; South Korea, the nearest comparison, hosts about 28,500.

Japan shares the cost. Under a five-year Special Measures Agreement (SMA) signed on January 22, 2016, it pays about ¥190 billion a year, just shy of $1.8 billion at current exchange rates, toward base workers' wages, utilities, and construction. Because the SMA expires in March 2021, talks on its successor are expected to begin next year, and press reports suggest the Administration will ask for far more.

Japan's defense budget, ¥5.26 trillion in FY2019, has grown for seven years in a row, yet it remains below one percent of gross domestic product (GDP), the informal ceiling Japanese governments have observed since 1976. In December 2018, the cabinet approved plans to buy 105 more F-35 fighters, bringing its planned fleet to 147, along with two Aegis Ashore missile-defense batteries. Some LDP lawmakers have cited NATO's 2% benchmark, but no new target has been adopted.

## Okinawa

Okinawa Prefecture, 0.6% of Japan's land area, is home to about one in four of the facilities used by U.S. forces in Japan and to well over half of the U.S. military personnel in the country. Local opposition centers on the plan to replace Marine Corps Air Station Futenma with a new runway at Henoko. Governor Denny Tamaki won office in September 2018 pledging to block the project, and in a February 2019 prefectural referendum 72% of voters rejected the landfill; work continues. Under a separate 2012 agreement, some 9,000 Marines are to leave Okinawa, of whom about 4,000 are slated to move to Guam beginning in the first half of the 2020s.

## Trade and Investment

Japan held fourth place among U.S. trading partners in 2018, a position it also occupied as a source of U.S. imports. As a buyer of U.S. goods and services, it came fifth, just behind the United Kingdom. U.S. exports to Japan reached $121.2 billion in 2018, up from $114.4 billion in 2017, while imports from Japan totaled $179.6 billion (Figure 1). The President has repeatedly criticized the U.S. goods deficit with Japan, which was $67.6 billion last year.

**Figure 1. U.S. Trade in Goods and Services with Japan, 2014-2018**

Source: Bureau of Economic Analysis. Balance-of-payments basis.

Japanese companies' direct investment in the United States, $484.4 billion at the end of 2018, is exceeded only by that of British companies, whose stock stood at about $561 billion. Japan is also the runner-up among foreign holders of U.S. Treasury securities, with some $1.1 trillion in May, a few billion dollars behind China.

Negotiators are seeking more access to Japan's market for U.S. beef, pork, and other farm goods, which have lost ground since the United States withdrew from the Trans-Pacific Partnership (TPP) in January 2017 and the 11-member successor pact took effect in December 2018. Tokyo, for its part, wants assurance that its autos will be spared. On May 17, President Trump proclaimed that imports of autos and parts threaten U.S. national security and gave negotiators 180 days to address the threat; tariffs of as much as 25% have been mentioned. Duties of 25% on steel and 10% on aluminum have applied to Japanese products since March 2018. Trump has said a deal could come in August.

## Economy

Real GDP grew 0.8% in 2018, slower than the 1.9% recorded in 2017. Output expanded at an annualized 2.2% in the first quarter of 2019. The consumption tax is scheduled to rise from 8% to 10% in October, and the FY2019 budget of ¥101.5 trillion includes some ¥2 trillion in measures to offset its effects. Earlier, in February 2019, the Diet enacted a second supplementary budget for FY2018 of ¥3.05 trillion, or about $27.5 billion. Under the Paris Agreement, Japan has pledged to reduce greenhouse gas emissions by 26% by 2030, measured against 2013; in June the cabinet added a long-term aim of an 80% cut by 2050.

## Japan and Its Neighbors

Relations with South Korea have soured. After South Korean courts ordered Japanese firms to compensate wartime laborers, Tokyo on July 4 tightened controls on exports to South Korea of three chemicals used to make semiconductors and displays, Ties with China have warmed: Abe visited Beijing in October 2018, and Xi Jinping came to Osaka for the G-20. On North Korea, Abe has said he is willing to meet Kim Jong-un without preconditions. Senior officials of the United States, Japan, Australia, and India have met four times since November 2017 in the revived "Quad" format.

**Emma Chanlett-Avery**, Coordinator, Specialist in Asian Affairs

**Mark E. Manyin**, Specialist in Asian Affairs

**Brock R. Williams**, Specialist in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Abe", "Shinzo", "Prime Minister Shinzo Abe"),
        "leaders.us_president": P("Trump", "Donald", "President Donald Trump"),
        "alliance.treaty_ally_since": F(1951, as_written="The alliance rests on a security treaty signed in 1951 and revised in 1960"),
        "alliance.us_troops_in_japan": F(54000, "about", as_written="Based in Japan are roughly 54,000 U.S. military personnel", note="inverted sentence: the value precedes its subject"),
        "alliance.host_nation_support_per_year": F(1800000000, "nearly", per="year", as_written="it pays about ¥190 billion a year, just shy of $1.8 billion at current exchange rates", note="the dollar figure with its own hedge ('just shy of' = nearly), not the yen amount"),
        "alliance.host_nation_support_agreement": D("2016-01-22", as_written="Under a five-year Special Measures Agreement (SMA) signed on January 22, 2016"),
        "alliance.okinawa_share_of_usfj_facilities": F(25, "about", as_written="is home to about one in four of the facilities used by U.S. forces in Japan", note="'one in four' = 25"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="and to well over half of the U.S. military personnel in the country"),
        "alliance.okinawa_share_of_land_area": F(0.6, as_written="Okinawa Prefecture, 0.6% of Japan's land area"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="some 9,000 Marines are to leave Okinawa, of whom about 4,000 are slated to move to Guam"),
        "defense.traditional_limit_pct_gdp": F(1, as_written="it remains below one percent of gross domestic product (GDP), the informal ceiling Japanese governments have observed since 1976", note="'below' describes the budget, not the ceiling, which is one percent exactly"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="Abe's Liberal Democratic Party (LDP) and its coalition partner, Komeito"),
        "politics.upper_house_coalition_share": F(61, "about", as_written="now control about 61% of the upper chamber's 242 seats"),
        "politics.lower_house_coalition_share": F(67, "over", as_written="Their grip on the lower chamber is tighter still. Since the general election of October 2017, the two parties have held more than two-thirds of its 465 seats", note="subject carried from the sentence before; two-thirds = 67 (rounded)"),
        "politics.next_diet_election_due": F(2019, as_written="On Sunday, July 21, Japanese voters will choose half of the members of the House of Councillors ... It is the only national election on the calendar before the term of the lower chamber ... runs out in October 2021"),
        "politics.lower_house_election_due": D("2021-10", as_written="before the term of the lower chamber, the House of Representatives, runs out in October 2021"),
        "trade.overall_partner_rank": F(4, period="2018", as_written="Japan held fourth place among U.S. trading partners in 2018"),
        "trade.import_partner_rank": F(4, period="2018", as_written="a position it also occupied as a source of U.S. imports", note="rank carried from the same sentence's 'fourth place'"),
        "trade.export_partner_rank": F(5, period="2018", as_written="As a buyer of U.S. goods and services, it came fifth, just behind the United Kingdom"),
        "trade.us_exports_to_japan": F(121200000000, period="2018", as_written="U.S. exports to Japan reached $121.2 billion in 2018"),
        "trade.us_imports_from_japan": F(179600000000, period="2018", as_written="while imports from Japan totaled $179.6 billion", note="year carried from the same sentence"),
        "trade.fdi_source_rank": F(2, period="2018", as_written="Japanese companies' direct investment in the United States, $484.4 billion at the end of 2018, is exceeded only by that of British companies"),
        "trade.treasury_holder_rank": F(2, period="2019-05", as_written="Japan is also the runner-up among foreign holders of U.S. Treasury securities, with some $1.1 trillion in May, a few billion dollars behind China"),
        "economy.gdp_growth": GDP(y2018=0.8, y2017=1.9),
        "economy.supplementary_budget": F(27500000000, "about", period="2019-02", as_written="in February 2019, the Diet enacted a second supplementary budget for FY2018 of ¥3.05 trillion, or about $27.5 billion"),
        "economy.emissions_cut_target": F(26, by="2030", baseline="2013", as_written="Japan has pledged to reduce greenhouse gas emissions by 26% by 2030, measured against 2013"),
    },
    "elections": {
        "upper_house_2019": E("Upper House", "2019-07-21", "upcoming", note="'On Sunday, July 21' (year from the text's date); half the seats, 124 at stake"),
        "lower_house_2017": E("Lower House", "2017-10", "held", result="LDP and Komeito hold more than two-thirds of 465 seats"),
        "ldp_president_2018": E("LDP president", "2018-09", "held", result="Abe secured a third three-year term"),
        "okinawa_governor_2018": E("Okinawa governor", "2018-09", "held", result="Denny Tamaki won, pledging to block the Henoko project"),
    },
    "events": {
        "abe_address_to_congress": EV("Abe addresses a joint meeting of Congress", "2015-04", "held"),
        "first_negotiating_round": EV("U.S.-Japan trade negotiations formally opened", "2019-04", "held"),
        "section232_autos_proclamation": EV("President proclaims auto and parts imports a threat to U.S. national security", "2019-05-17", "held"),
    },
    "notes": "Traps: 'paid a state visit to Tokyo in late May' and 'a month later for the Group of 20 (G-20) meeting in Osaka' (summits, no catalogue fact); 'if he stays in office until November, he will be the longest-serving prime minister'; 'its threat of tariffs on Japanese autos' (not imposed); 'the chamber will grow to 245 seats after this vote, in which 124 are at stake' and 'half of the members' (seat counts, not a share); 'of its 465 seats'; 'keep a two-thirds majority in the upper chamber, the threshold for sending an amendment' (a threshold, not the coalition's share); 'a third three-year term as LDP president' and 'a revised constitution in effect by 2020'; 'revised in 1960' (not the alliance's start); 'South Korea, the nearest comparison, hosts about 28,500' (another country); 'about ¥190 billion a year' (yen; the fact is the dollar figure); 'Because the SMA expires in March 2021, talks on its successor are expected to begin next year' (not the agreement's date); '¥5.26 trillion in FY2019' and 'grown for seven years in a row'; 'it remains below one percent' ('below' qualifies the budget, the ceiling is exactly 1); '105 more F-35 fighters, bringing its planned fleet to 147' and 'two Aegis Ashore'; 'Some LDP lawmakers have cited NATO's 2% benchmark, but no new target has been adopted' (no spending goal); 'in a February 2019 prefectural referendum 72% of voters rejected the landfill'; 'some 9,000 Marines are to leave Okinawa' (total leaving, not Guam) and 'beginning in the first half of the 2020s' (none moved: no Marines in Guam); 'just behind the United Kingdom'; 'up from $114.4 billion in 2017' (past exports); 'the U.S. goods deficit with Japan, which was $67.6 billion' (no IF10199 fact); 'whose stock stood at about $561 billion' (the UK's FDI); 'some $1.1 trillion' and 'a few billion dollars behind China'; 'withdrew from the Trans-Pacific Partnership (TPP) in January 2017' and 'the 11-member successor pact took effect in December 2018'; 'gave negotiators 180 days', 'tariffs of as much as 25% have been mentioned' (threatened), 'Duties of 25% on steel and 10% on aluminum' (no tariff on most imports); 'a deal could come in August'; 'an annualized 2.2% in the first quarter of 2019' (a quarter, not a year); 'from 8% to 10% in October'; 'the FY2019 budget of ¥101.5 trillion' and 'some ¥2 trillion in measures' (not a supplementary budget); '¥3.05 trillion' (yen; the fact is the dollar figure); 'an 80% cut by 2050'; 'on July 4 tightened controls' and 'three chemicals'; 'Abe visited Beijing in October 2018'; 'Senior officials ... have met four times since November 2017 in the revived \"Quad\" format' (officials, not leaders: no Quad leader count); Figure 1 (U.S. trade with Japan 2014-2018, $ billions, two series, axis ticks 0-200, no value labels); PDF curly quotes, NBSP, hyphenated line ends; interleaved columns",
}
