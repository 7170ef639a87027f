from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "AJ1-IF10199-2019-03", "fresh16", "IF10199", 31
LAYOUTS = ["pdf", "html"]
PDF_OPTS = ["nbsp", "hyph"]
SIDEBAR = "Okinawa's Share"

MD = """
U.S.-Japan Relations

Updated March 14, 2019

## Overview

Japan, a U.S. treaty ally since 1952, anchors the U.S. military presence in East Asia and is the world's third-largest economy. Prime Minister Shinzo Abe has met or spoken with President Donald Trump more than 30 times since the 2016 U.S. election, and the two leaders' rapport has so far kept disputes over trade and cost sharing from spilling into the security relationship. A busy calendar lies ahead. Abe is expected in Washington in April; Trump is to visit Tokyo in late May as the first foreign leader to be received by Naruhito, who ascends the throne on May 1; and Japan hosts the Group of 20 (G-20) summit in Osaka on June 28-29.

Abe's standing in Washington predates the current Administration. He remains the only Japanese leader to have addressed a joint meeting of Congress (April 29, 2015).

## Domestic Politics

Members of the Liberal Democratic Party (LDP) re-elected him as their president in September 2018, defeating former defense minister Shigeru Ishiba by 553 points to 254, for what party rules make his final three-year term. The LDP governs in coalition with the smaller Komeito.

Since the October 2017 general election, the two parties have controlled 313 of the 465 seats in the House of Representatives. That is 67 percent, above the two-thirds needed to send a constitutional amendment to a national referendum, a step Abe hopes to take on Article 9 by 2020. Their margin in the House of Councillors, set by the July 2016 election, is thinner: 147 of 242 seats, just above three-fifths.

Half of the upper chamber's seats are up for election in July, the only nationwide vote scheduled this year; unified local elections come first, in April. Unless Abe dissolves the lower chamber early and holds the two votes together, as some in the LDP have urged, its members serve out their terms in October 2021.

## Security and Cost Sharing

U.S. military personnel in Japan number in the region of fifty-four thousand, a larger contingent than in Germany (about 35,000) or South Korea (28,500). Tokyo's payments toward the cost of keeping them there are set by a five-year Special Measures Agreement (SMA) concluded in January 2016. They average ¥189.3 billion a year. In dollars, that is roughly $1.7 billion; the SMA runs through March 2021, and talks on a successor are expected to start in 2020. Reports in early March that the Administration is weighing a "cost plus 50" formula, under which hosts would pay the full cost of U.S. forces plus 50%, have drawn concern in Tokyo.

The FY2019 defense budget, ¥5.26 trillion, is the seventh increase in a row, yet it comes to roughly 0.9% of GDP. Cabinets since 1976 have treated 1% of GDP as a ceiling on defense outlays and have rarely exceeded it. Some LDP lawmakers point to the 2% benchmark that NATO members have adopted, but the National Defense Program Guidelines approved in December 2018 set no target of that kind.

## Okinawa's Share

Okinawa Prefecture covers six-tenths of one percent of Japan's land area. Of the land reserved for the exclusive use of U.S. forces, about 70% lies there, and the prefecture is home to more than half of the U.S. military personnel in Japan.

Denny Tamaki won the governorship in September 2018, a month after his predecessor, Takeshi Onaga, died in office, on a pledge to stop the landfill at Henoko for the replacement of Marine Corps Air Station Futenma. In a nonbinding February 24 referendum, 72% of those voting opposed the landfill, on a turnout of 52%; work continues.

Under the realignment plan as revised in 2012, about nine thousand Marines are to leave Okinawa. Roughly four thousand of them are earmarked for Guam, beginning in the first half of the 2020s; the 2006 roadmap had envisaged moving 8,000.

## Trade and Investment

The two leaders agreed on September 26, 2018, to negotiate a bilateral trade agreement, and the U.S. Trade Representative published negotiating objectives on December 21. No formal round has yet been held. Meanwhile, the Commerce Department sent the President its Section 232 report on imported autos and parts on February 17; he has 90 days to decide whether to act on it, and has said tariffs could reach 25%. Steel and aluminum from Japan have faced tariffs of 25% and 10% since March 2018. Japan's agreements with 10 Pacific partners and with the European Union took effect on December 30 and February 1.

Table 1. U.S. Goods Trade with Japan ($ billions), with Japan's Rank Among U.S. Partners in 2018

| Flow | 2017 | 2018 | Rank |
| --- | --- | --- | --- |
| U.S. exports to Japan | 67.7 | 75.0 | 4 |
| U.S. imports from Japan | 136.5 | 142.6 | 4 |
| Total goods trade | 204.2 | 217.6 | 4 |
| U.S. balance | -68.8 | -67.6 | 4 (deficit) |

Measured by the stock of direct investment, the United Kingdom is the largest foreign investor in the United States and Japan the next largest, with $469 billion at the end of 2017. China and Japan, in that order, are the largest foreign holders of U.S. Treasury securities; at the end of 2018, Japan's holdings stood at $1.04 trillion.

## Economy

Real GDP growth slowed to 0.8% in 2018, less than half the 1.9% recorded in 2017. Output recovered in the fourth quarter, growing at an annualized 1.9%, after typhoons and an earthquake had depressed the third. ¥3.05 trillion, or roughly $28 billion, was added to FY2018 spending on February 7, when the Diet passed a second supplementary budget; the first, in November, came to ¥0.94 trillion. The FY2019 budget, the first to exceed ¥100 trillion, includes measures to cushion the consumption tax increase from 8% to 10% planned for October. Under the Paris Agreement, Japan has pledged to cut greenhouse gas emissions 26% below their 2013 levels by 2030.

## Regional Relations

Relations with South Korea have soured since its Supreme Court ordered Japanese firms in October 2018 to compensate wartime laborers, and a December radar incident at sea added to the strain. Abe visited Beijing in October 2018, the first such trip in seven years, and has welcomed the Trump-Kim diplomacy while pressing for the return of Japanese abducted by North Korea; the February 27-28 Hanoi summit ended without agreement.

**Emma Chanlett-Avery**, Coordinator, Specialist in Asian Affairs

**Mark E. Manyin**, Specialist in Asian Affairs

**Brock R. Williams**, Specialist in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Abe", "Shinzo", "Prime Minister Shinzo Abe"),
        "leaders.us_president": P("Trump", "Donald", "President Donald Trump"),
        "alliance.treaty_ally_since": F(1952, as_written="Japan, a U.S. treaty ally since 1952"),
        "alliance.us_troops_in_japan": F(54000, "about", as_written="U.S. military personnel in Japan number in the region of fifty-four thousand"),
        "alliance.host_nation_support_per_year": F(1700000000, "about", per="year", as_written="They average ¥189.3 billion a year. In dollars, that is roughly $1.7 billion"),
        "alliance.host_nation_support_agreement": D("2016-01", as_written="a five-year Special Measures Agreement (SMA) concluded in January 2016"),
        "alliance.okinawa_share_of_usfj_facilities": F(70, "about", as_written="Of the land reserved for the exclusive use of U.S. forces, about 70% lies there", note="exclusive-use basis; sidebar in the html"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="home to more than half of the U.S. military personnel in Japan", note="sidebar in the html"),
        "alliance.okinawa_share_of_land_area": F(0.6, as_written="Okinawa Prefecture covers six-tenths of one percent of Japan's land area", note="in words; sidebar in the html"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="Roughly four thousand of them are earmarked for Guam", note="in words; sidebar in the html"),
        "defense.traditional_limit_pct_gdp": F(1, as_written="Cabinets since 1976 have treated 1% of GDP as a ceiling on defense outlays"),
        "politics.ruling_coalition": F(["LDP", "Komeito"]),
        "politics.lower_house_coalition_share": F(67, as_written="313 of the 465 seats in the House of Representatives. That is 67 percent", note="subject carried by 'That'"),
        "politics.upper_house_coalition_share": F(60, "over", as_written="147 of 242 seats, just above three-fifths"),
        "politics.next_diet_election_due": F(2019, as_written="Half of the upper chamber's seats are up for election in July, the only nationwide vote scheduled this year"),
        "politics.lower_house_election_due": D("2021-10", as_written="its members serve out their terms in October 2021"),
        "trade.overall_partner_rank": F(4, period="2018", as_written="Table 1 (caption 'with Japan's Rank Among U.S. Partners in 2018'): 'Total goods trade | 204.2 | 217.6 | 4'"),
        "trade.export_partner_rank": F(4, period="2018", as_written="Table 1: 'U.S. exports to Japan | 67.7 | 75.0 | 4'"),
        "trade.us_exports_to_japan": F(75000000000, period="2018", as_written="Table 1 ($ billions): 'U.S. exports to Japan | 67.7 | 75.0'"),
        "trade.import_partner_rank": F(4, period="2018", as_written="Table 1: 'U.S. imports from Japan | 136.5 | 142.6 | 4'"),
        "trade.us_imports_from_japan": F(142600000000, period="2018", as_written="Table 1 ($ billions): 'U.S. imports from Japan | 136.5 | 142.6'"),
        "trade.fdi_source_rank": F(2, period="2017", as_written="the United Kingdom is the largest foreign investor in the United States and Japan the next largest, with $469 billion at the end of 2017"),
        "trade.treasury_holder_rank": F(2, period="2018-12", as_written="China and Japan, in that order, are the largest foreign holders of U.S. Treasury securities; at the end of 2018, Japan's holdings stood at $1.04 trillion"),
        "economy.gdp_growth": GDP(y2018=0.8, y2017=1.9),
        "economy.supplementary_budget": F(28000000000, "about", period="2019-02", as_written="¥3.05 trillion, or roughly $28 billion, was added to FY2018 spending on February 7, when the Diet passed a second supplementary budget"),
        "economy.emissions_cut_target": F(26, by="2030", baseline="2013", as_written="pledged to cut greenhouse gas emissions 26% below their 2013 levels by 2030"),
    },
    "elections": {
        "ldp_president_2018": E("LDP president", "2018-09", "held", result="Abe re-elected, 553 points to Ishiba's 254"),
        "lower_house_2017": E("Lower House", "2017-10", "held", result="coalition 313 of 465 seats (67 percent)"),
        "upper_house_2016": E("Upper House", "2016-07", "held", result="coalition 147 of 242 seats"),
        "upper_house_2019": E("Upper House", "2019-07", "upcoming", note="half the seats; year from the text's date"),
        "okinawa_governor_2018": E("Okinawa governor", "2018-09", "held", result="Denny Tamaki"),
    },
    "events": {
        "abe_address_to_congress": EV("Abe addresses a joint meeting of Congress", "2015-04-29", "held"),
    },
    "notes": "Traps: 'the world's third-largest economy' (not a trade rank); 'more than 30 times since the 2016 U.S. election' (contacts); 'Abe is expected in Washington in April' and 'Trump is to visit Tokyo in late May' (planned); 'ascends the throne on May 1' and 'G-20 ... June 28-29'; '(April 29, 2015)' in parentheses is the event's date; 'defeating former defense minister Shigeru Ishiba by 553 points to 254' (a person who is not PM; points are not seats); 'his final three-year term'; 'above the two-thirds needed to send a constitutional amendment' (a threshold beside the 67 percent share) and 'on Article 9 by 2020'; 'set by the July 2016 election' (the share's source, not the next election); 'unified local elections come first, in April' (local); 'holds the two votes together, as some in the LDP have urged' (speculation); 'Germany (about 35,000) or South Korea (28,500)' (other countries); 'They average ¥189.3 billion a year' (yen; the fact is the dollar figure); 'the SMA runs through March 2021' and 'talks on a successor are expected to start in 2020' (not the agreement's date); 'a \"cost plus 50\" formula ... plus 50%' (a reported proposal; 50 also beside the personnel share); 'The FY2019 defense budget, ¥5.26 trillion' and 'roughly 0.9% of GDP' (actual spending, not the limit); 'the 2% benchmark that NATO members have adopted' and 'set no target of that kind' (no spending goal); 'National Defense Program Guidelines approved in December 2018'; 'a month after his predecessor, Takeshi Onaga, died in office'; '72% of those voting opposed the landfill, on a turnout of 52%' (a referendum, not a share of facilities or personnel; not an election); 'about nine thousand Marines are to leave Okinawa' (the total leaving, in words) and 'the 2006 roadmap had envisaged moving 8,000' (past plan); 'beginning in the first half of the 2020s' (none moved: no marines_in_guam); 'agreed on September 26, 2018, to negotiate' (the Trump-Abe statement; no tracked event) and 'negotiating objectives on December 21'; 'No formal round has yet been held' (no first_negotiating_round); 'Section 232 report ... on February 17' and 'he has 90 days to decide' (no proclamation yet) and 'tariffs could reach 25%' (a threat: no tariff fact); 'tariffs of 25% and 10% since March 2018' (steel and aluminum); 'agreements with 10 Pacific partners and with the European Union took effect on December 30 and February 1' (a count of partners; dates of other agreements); Table 1 ($ billions; ranks only in the last column, headed 'Rank', the year in the caption): the 2017 column (67.7, 136.5, 204.2, -68.8) is past data, and 'U.S. balance | -68.8 | -67.6 | 4 (deficit)' is the goods-deficit rank (an IF11120 fact, not in IF10199); 'with $469 billion at the end of 2017' (FDI stock; no IF10199 fact); 'Japan's holdings stood at $1.04 trillion'; 'growing at an annualized 1.9%' (a quarter; same number as 2017's growth); 'the first, in November, came to ¥0.94 trillion' (an earlier supplementary budget); '¥3.05 trillion' (the yen figure; the fact is the dollar figure); 'the first to exceed ¥100 trillion' (initial budget); 'consumption tax increase from 8% to 10% planned for October'; 'its Supreme Court ordered Japanese firms in October 2018'; 'Abe visited Beijing in October 2018, the first such trip in seven years'; 'the February 27-28 Hanoi summit'; html: section 'Okinawa's Share' is a floated sidebar; PDF: NBSP before billion/trillion/percent and hyphenated line ends",
}
