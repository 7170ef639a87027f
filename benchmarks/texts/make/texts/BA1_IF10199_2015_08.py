from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "BA1-IF10199-2015-08", "fresh21", "IF10199", 4
LAYOUTS = ["md", "layout"]
PDF_OPTS = ["quotes", "nbsp", "hyph"]

MD = """
U.S.-Japan Relations

Updated August 18, 2015

## Overview

Seven decades after the end of the Pacific War, Washington and Tokyo describe their alliance as closer than at any time in a generation. Prime Minister Shinzo Abe, in office since December 2012, has been its chief Japanese promoter. At the end of April he became the first Japanese leader to speak before a joint meeting of Congress, a speech that capped an official visit with President Barack Obama and the release of revised bilateral defense guidelines. On August 14, Abe issued a cabinet-approved statement marking the 70th anniversary of the war's end; Beijing and Seoul, which had pressed for a fresh apology, gave it a cool reception.

Two pieces of unfinished business hang over the autumn. Security bills that would let Japan's forces defend allies in limited circumstances cleared the House of Representatives on July 16 and await a vote in the upper chamber, possibly by mid-September. And Japan is one of twelve countries negotiating the Trans-Pacific Partnership (TPP), whose ministers left Maui at the end of July without a deal.

## Bases and Burden-Sharing

The two countries' security ties rest on a treaty first concluded in 1951 and revised in 1960. More U.S. troops are based in Japan than in any other foreign country, as Table 1 shows, and Yokosuka is home port to the Navy's only forward-deployed aircraft carrier.

Table 1. U.S. Military Personnel in Selected Allied Countries, 2015

| Host country | Personnel | Treaty |
| --- | --- | --- |
| Japan | ~50,000 | 1951 |
| Germany | ~35,000 | 1949 |
| South Korea | ~28,500 | 1953 |
| Italy | ~12,000 | 1949 |

Source: Department of Defense; rounded. Treaty column gives the year the current defense commitment was first signed (NATO for Germany and Italy).

Tokyo's annual contribution toward the cost of hosting these forces stands at ¥188.1 billion for FY2015, a touch over $1.5 billion at this summer's rate of roughly ¥124 to the dollar. It is paid under a five-year Special Measures Agreement (SMA), signed in January 2011, that lapses at the end of March 2016; negotiators opened talks on a successor in July, and Japanese officials have signaled they would prefer to hold the total steady.

Abe's government has raised defense spending three years running, to ¥4.98 trillion in FY2015, and the ministry is expected to ask for about ¥5.1 trillion for FY2016 later this month. Outlays nevertheless remain inside a cap, never written into law, of one percent of gross domestic product.

## Okinawa

A sliver of the country's territory, roughly 0.6%, Okinawa Prefecture carries a shade under three-quarters of the land set aside for the exclusive use of U.S. forces. A touch more than half of U.S. military personnel in Japan are stationed there too. Governor Takeshi Onaga won office in November 2014 by pledging to stop construction of a replacement for Marine Corps Air Station Futenma at Henoko, in the north of the main island. On August 10 the central government halted the landfill work for a month, to September 9, so the two sides could talk.

Under the 2012 revision of the realignment plan, some 9,000 Marines are to be moved off Okinawa. Guam's share of them, about 4,000, is not expected to begin arriving until the next decade; the rest are to go to Hawaii or rotate through Australia.

## Domestic Politics

Abe's Liberal Democratic Party (LDP) governs with a smaller partner, Komeito. After the snap election of December 2014 the two hold 326 of the 475 seats in the House of Representatives, slightly more than two-thirds, which lets them override the upper chamber on most legislation. Their hold on the House of Councillors is looser: 135 of its 242 seats, or fifty-six percent.

The LDP will choose its president in September. Abe, whose three-year term then runs out, has no declared challenger, though his cabinet's approval rating has slipped below 40% in several polls since the security bills passed the lower chamber. July 2016 will bring the next nationwide vote, when half the upper chamber's seats are contested; the lower chamber, by contrast, need not face the voters again until December 2018.

## Trade and Investment

Whether measured by U.S. exports, U.S. imports, or the two combined, Japan ranked fourth among U.S. trading partners in 2014, behind Canada, China, and Mexico. Japan bought $66.8 billion of U.S. goods that year, a little more than the $65.2 billion of 2013, and shipped $134.0 billion in return. The resulting U.S. deficit of $67.2 billion was the third-largest with any country, after those with China and Germany.

Japanese companies' direct investment in the United States, $373.8 billion at the end of 2014, trails the United Kingdom's and no one else's. In February's data Japan edged past China as the biggest foreign holder of U.S. Treasury securities; by June, China was back in front, with Japan a close second at about $1.2 trillion.

Congress renewed Trade Promotion Authority in June, and the Administration hopes to sign the TPP before the year ends. Market access for rice, pork, and dairy and U.S. tariffs on autos and parts remain the sticking points between Washington and Tokyo.

## Economy

Growth under "Abenomics" has been uneven. Real GDP shrank 0.1% in 2014, held back by the April 2014 rise in the consumption tax from 5% to 8%, after growing 1.6% in 2013. Preliminary figures released on August 17 show output falling at an annualized 1.6% in April-June, and a second tax increase, to 10%, is scheduled for April 2017. The most recent extra budget, enacted in February, came to ¥3.1 trillion, some $26 billion at the time. In early June the yen touched ¥125.9 per dollar, a 13-year low against the dollar.

In July, Tokyo submitted its climate pledge ahead of the Paris conference in December: a 26% cut in greenhouse gas emissions from FY2013 levels by FY2030. The U.S. pledge, by comparison, is 26%-28% below 2005 levels by 2025.

**Emma Chanlett-Avery**, Coordinator, Specialist in Asian Affairs

**Mark E. Manyin**, Specialist in Asian Affairs

**Ian E. Rinehart**, Analyst in Asian Affairs

**Rebecca M. Nelson**, Specialist in International Trade and Finance

**Brock R. Williams**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Abe", "Shinzo", "Prime Minister Shinzo Abe"),
        "leaders.us_president": P("Obama", "Barack", "President Barack Obama"),
        "alliance.treaty_ally_since": F(1951, as_written="The two countries' security ties rest on a treaty first concluded in 1951 and revised in 1960", note="also Table 1's Japan row"),
        "alliance.us_troops_in_japan": F(50000, "about", as_written="Table 1: Japan | ~50,000", note="only in Table 1, beside other countries' rows; '~' read as about"),
        "alliance.host_nation_support_per_year": F(1500000000, "over", per="year", as_written="Tokyo's annual contribution ... stands at ¥188.1 billion for FY2015, a touch over $1.5 billion at this summer's rate of roughly ¥124 to the dollar", note="dollar figure; yen amount and exchange rate are traps"),
        "alliance.host_nation_support_agreement": D("2011-01", as_written="a five-year Special Measures Agreement (SMA), signed in January 2011"),
        "alliance.okinawa_share_of_usfj_facilities": F(75, "under", as_written="Okinawa Prefecture carries a shade under three-quarters of the land set aside for the exclusive use of U.S. forces", note="exclusive-use basis; fraction in words"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="A touch more than half of U.S. military personnel in Japan are stationed there too"),
        "alliance.okinawa_share_of_land_area": F(0.6, "about", as_written="A sliver of the country's territory, roughly 0.6%, Okinawa Prefecture"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="Guam's share of them, about 4,000"),
        "defense.traditional_limit_pct_gdp": F(1, as_written="a cap, never written into law, of one percent of gross domestic product"),
        "politics.ruling_coalition": F(["LDP", "Komeito"]),
        "politics.lower_house_coalition_share": F(67, "over", as_written="the two hold 326 of the 475 seats in the House of Representatives, slightly more than two-thirds"),
        "politics.upper_house_coalition_share": F(56, as_written="135 of its 242 seats, or fifty-six percent"),
        "politics.next_diet_election_due": F(2016, as_written="July 2016 will bring the next nationwide vote, when half the upper chamber's seats are contested"),
        "politics.lower_house_election_due": D("2018-12", as_written="the lower chamber, by contrast, need not face the voters again until December 2018"),
        "trade.overall_partner_rank": F(4, period="2014", as_written="Whether measured by U.S. exports, U.S. imports, or the two combined, Japan ranked fourth among U.S. trading partners in 2014"),
        "trade.export_partner_rank": F(4, period="2014", as_written="Whether measured by U.S. exports, ... Japan ranked fourth"),
        "trade.import_partner_rank": F(4, period="2014", as_written="Whether measured by ... U.S. imports, ... Japan ranked fourth"),
        "trade.us_exports_to_japan": F(66800000000, period="2014", as_written="Japan bought $66.8 billion of U.S. goods that year"),
        "trade.us_imports_from_japan": F(134000000000, period="2014", as_written="and shipped $134.0 billion in return"),
        "trade.fdi_source_rank": F(2, period="2014", as_written="Japanese companies' direct investment in the United States, $373.8 billion at the end of 2014, trails the United Kingdom's and no one else's"),
        "trade.treasury_holder_rank": F(2, period="2015-06", as_written="by June, China was back in front, with Japan a close second at about $1.2 trillion"),
        "economy.gdp_growth": GDP(y2014=-0.1, y2013=1.6),
        "economy.supplementary_budget": F(26000000000, "about", period="2015-02", as_written="The most recent extra budget, enacted in February, came to ¥3.1 trillion, some $26 billion at the time"),
        "economy.yen": F("13-year low against the dollar", period="2015-06", as_written="In early June the yen touched ¥125.9 per dollar, a 13-year low against the dollar"),
        "economy.emissions_cut_target": F(26, by="FY2030", baseline="FY2013", as_written="a 26% cut in greenhouse gas emissions from FY2013 levels by FY2030"),
    },
    "elections": {
        "lower_house_2014": E("Lower House", "2014-12", "held", result="LDP-Komeito 326 of 475 seats, slightly more than two-thirds"),
        "okinawa_governor_2014": E("Okinawa governor", "2014-11", "held", result="Takeshi Onaga won on a pledge to stop the Henoko construction"),
        "ldp_president_2015": E("LDP president", "2015-09", "upcoming", note="Abe has no declared challenger"),
        "upper_house_2016": E("Upper House", "2016-07", "upcoming", note="half the seats contested; the next nationwide vote"),
    },
    "events": {
        "abe_address_to_congress": EV("Abe addresses a joint meeting of Congress, the first Japanese leader to do so", "2015-04", "held"),
    },
    "notes": "Traps: 'Seven decades after the end of the Pacific War'; 'in office since December 2012'; 'At the end of April' (the address, month precision; year from the text's date) beside 'an official visit' and 'revised bilateral defense guidelines'; 'On August 14, Abe issued a cabinet-approved statement marking the 70th anniversary'; 'cleared the House of Representatives on July 16' and 'possibly by mid-September' (planned); 'one of twelve countries negotiating the Trans-Pacific Partnership' and 'left Maui at the end of July'; 'revised in 1960'; Table 1's other rows: 'Germany | ~35,000 | 1949', 'South Korea | ~28,500 | 1953', 'Italy | ~12,000 | 1949' (other countries' troops and treaty years); 'stands at ¥188.1 billion for FY2015' (yen) and 'roughly ¥124 to the dollar' (exchange rate); 'lapses at the end of March 2016' and 'opened talks on a successor in July'; 'to ¥4.98 trillion in FY2015' and 'about ¥5.1 trillion for FY2016' (planned request); 'On August 10 ... for a month, to September 9'; 'some 9,000 Marines are to be moved off Okinawa' (total leaving) and 'not expected to begin arriving until the next decade' (no Marines in Guam); 'which lets them override the upper chamber' (the two-thirds override); 'whose three-year term then runs out' and 'slipped below 40% in several polls'; 'a little more than the $65.2 billion of 2013' (past exports); 'The resulting U.S. deficit of $67.2 billion was the third-largest' (no IF10199 fact); '$373.8 billion at the end of 2014' (FDI stock); 'In February's data Japan edged past China as the biggest foreign holder' (a past first place) and 'about $1.2 trillion'; 'Congress renewed Trade Promotion Authority in June'; 'from 5% to 8%' and 'to 10%, is scheduled for April 2017'; 'falling at an annualized 1.6% in April-June' (a quarter; same number as 2013's growth); '¥3.1 trillion' and '¥125.9 per dollar'; 'The U.S. pledge, by comparison, is 26%-28% below 2005 levels by 2025' (another country's target); PDF curly quotes, NBSP, hyphenated line ends (layout text)",
}
