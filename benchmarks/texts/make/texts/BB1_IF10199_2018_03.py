from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "BB1-IF10199-2018-03", "fresh21", "IF10199", 21
LAYOUTS = ["interleaved", "html"]
PDF_OPTS = ["quotes", "hyph"]
SIDEBAR = "Japan's Economy in Brief"

MD = """
U.S.-Japan Relations

Updated March 9, 2018

## Overview

Spring has brought a crowded agenda for the alliance. On March 8, President Donald J. Trump accepted an invitation to meet North Korean leader Kim Jong-un, news that reached Tokyo only hours before it was announced. The same day, the President signed proclamations placing tariffs on imported steel and aluminum; Canada and Mexico were spared, Japan was not. Prime Minister Shinzo Abe, who three years ago next month became the first Japanese leader to address a joint meeting of Congress, has invested heavily in his personal ties with Trump. The two have met five times and spoken by telephone more than twenty times since November 2016, and Abe hopes to visit the United States in April.

## Alliance Basics

The alliance rests on a security treaty first signed in 1951; Abe's grandfather, Nobusuke Kishi, was prime minister when it was revised in 1960. Of the roughly 80,000 U.S. military personnel stationed in Northeast Asia, about 54,000 are in Japan, with most of the rest in South Korea. Japan defrays much of their cost. Under a five-year Special Measures Agreement that the two governments signed in January 2016 and that expires in March 2021, it contributes around ¥189 billion annually, close to $1.8 billion a year at current exchange rates. As a candidate in 2016, Trump suggested Japan should pay 100% of the bill; he has not repeated the demand in office.

For four decades, Japan's defense outlays have stayed under an informal ceiling of about one percent of gross domestic product, a norm first set by the cabinet in 1976. The FY2018 budget, a record ¥5.19 trillion that the Diet is expected to pass this month, would be the sixth annual increase in a row. It would still leave Japan far below the 2% of GDP that NATO asks of its members, and Abe has named no numerical target of his own. Tokyo also plans two Aegis Ashore missile-defense batteries, priced at roughly ¥200 billion for the pair.

## Okinawa

Though it covers under 1% of Japan's land area, Okinawa Prefecture is home to roughly one in four U.S. military facilities in Japan and to more than half of the U.S. personnel. Under the realignment roadmap of 2006, some 8,000 Marines were to move to Guam by 2014. A 2012 revision cut the Guam contingent to about 4,000, and it sends the rest of the approximately 9,000 Marines leaving Okinawa to Hawaii, Australia, and the U.S. mainland; transfers are not expected before the mid-2020s.

The plan's centerpiece, a replacement at Henoko for Marine Corps Air Station Futenma, remains contested. Governor Takeshi Onaga has gone to court to halt landfill work, and Okinawans will choose a governor late this year. In Nago, which includes Henoko, a candidate backed by Abe's party unseated the anti-base mayor on February 4.

## Domestic Politics

Abe's Liberal Democratic Party (LDP) governs in coalition with the smaller Komeito. In the snap election of October 22, 2017, the two parties won 313 of the 465 seats in the House of Representatives, Japan's lower chamber: about two seats in every three. Their hold on the House of Councillors is slightly narrower, at about 61% of seats since the July 2016 election. No national vote is scheduled before July 2019, when half of the upper chamber's 242 seats will be contested. Members of the lower chamber serve until October 2021 unless it is dissolved first.

The nearer test is inside the party. The LDP chooses its president in September, and Abe, returned unopposed in September 2015, is expected to seek a third three-year term; victory would let him pass Taro Katsura as Japan's longest-serving premier in 2019. Reports this month that Finance Ministry records of a discounted land sale to the school operator Moritomo Gakuen were altered have dented his standing, and some polls now put cabinet approval below 40%.

## Trade and Finance

Only three countries bought more U.S. goods in 2017 than Japan did, and only three sold more to the United States. Table 1 sets Japan beside the leading partner on each measure.

Table 1. Japan and the Leading U.S. Partner, 2017

| Measure | Japan | Leading partner |
| --- | --- | --- |
| Rank in two-way goods trade | 4th | China |
| U.S. goods exports ($ billions) | 67.7 | Canada, 282.3 |
| U.S. goods imports ($ billions) | 136.5 | China, 505.5 |
| Treasury holdings, Dec. 2017 ($ billions) | 1,061.5 | China, 1,184.9 |

The new Section 232 tariffs, 25% on steel and 10% on aluminum from March 23, fall on products that Japanese officials say pose no threat to U.S. security; Tokyo has asked for an exemption. Trump has also floated a "reciprocal tax" on partners that levy higher tariffs than the United States, and U.S. officials are pressing for a bilateral free trade agreement, which Tokyo has resisted. Instead, Japan and ten other countries signed the Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP) in Santiago, Chile, on March 8, fourteen months after the United States withdrew from the original TPP.

Japan, once the largest source of foreign direct investment (FDI) in the United States, now ranks second, behind the United Kingdom, with a stock of roughly $421 billion at the end of 2016. Its holdings of U.S. Treasury securities are exceeded only by China's.

## Japan's Economy in Brief

Real GDP grew 1.7% in 2017, close to double the 0.9% of 2016, and the October-December quarter was the eighth straight quarter of expansion, the longest run since the 1980s. Passed by the Diet on February 1, a ¥2.7 trillion supplementary budget for FY2017, worth about $25 billion, funds disaster recovery, farm support tied to the CPTPP, and childcare. The Bank of Japan's 2% inflation target remains out of reach; Governor Haruhiko Kuroda, nominated for a second five-year term, does not expect to meet it before FY2019. Under the Paris Agreement, Japan aims to emit 26% less greenhouse gas in FY2030 than it did in FY2013.

## Regional Cooperation

Senior officials of Japan, the United States, Australia, and India met in Manila in November 2017, reviving a four-country "Quad" dialogue that had lapsed for a decade; the grouping has not met at a higher level. A trilateral summit of Japan, China, and South Korea, last held in 2015, may take place in Tokyo this spring.

**Emma Chanlett-Avery**, Coordinator, Specialist in Asian Affairs

**Mark E. Manyin**, Specialist in Asian Affairs

**Brock R. Williams**, Specialist in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Abe", "Shinzo", "Prime Minister Shinzo Abe"),
        "leaders.us_president": P("Trump", "Donald", "President Donald J. Trump"),
        "alliance.treaty_ally_since": F(1951, as_written="The alliance rests on a security treaty first signed in 1951"),
        "alliance.us_troops_in_japan": F(54000, "about", as_written="Of the roughly 80,000 U.S. military personnel stationed in Northeast Asia, about 54,000 are in Japan"),
        "alliance.host_nation_support_per_year": F(1800000000, "nearly", per="year", as_written="it contributes around ¥189 billion annually, close to $1.8 billion a year at current exchange rates", note="dollar figure with its own hedge; 'it' carries Japan"),
        "alliance.host_nation_support_agreement": D("2016-01", as_written="Under a five-year Special Measures Agreement that the two governments signed in January 2016 and that expires in March 2021"),
        "alliance.okinawa_share_of_usfj_facilities": F(25, "about", as_written="roughly one in four U.S. military facilities in Japan", note="'one in four' = 25"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="and to more than half of the U.S. personnel"),
        "alliance.okinawa_share_of_land_area": F(1, "under", as_written="Though it covers under 1% of Japan's land area"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="A 2012 revision cut the Guam contingent to about 4,000"),
        "defense.traditional_limit_pct_gdp": F(1, "about", as_written="an informal ceiling of about one percent of gross domestic product"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="Abe's Liberal Democratic Party (LDP) governs in coalition with the smaller Komeito"),
        "politics.lower_house_coalition_share": F(67, "about", as_written="the two parties won 313 of the 465 seats ...: about two seats in every three", note="a ratio in words: two in three = 67 (313/465 = 67.3%)"),
        "politics.upper_house_coalition_share": F(61, "about", as_written="Their hold on the House of Councillors is slightly narrower, at about 61% of seats"),
        "politics.next_diet_election_due": F(2019, as_written="No national vote is scheduled before July 2019, when half of the upper chamber's 242 seats will be contested"),
        "politics.lower_house_election_due": D("2021-10", as_written="Members of the lower chamber serve until October 2021 unless it is dissolved first"),
        "trade.overall_partner_rank": F(4, period="2017", as_written="Table 1: Rank in two-way goods trade | 4th", note="only in Table 1; period from its caption"),
        "trade.export_partner_rank": F(4, period="2017", as_written="Only three countries bought more U.S. goods in 2017 than Japan did", note="three ahead = 4"),
        "trade.import_partner_rank": F(4, period="2017", as_written="and only three sold more to the United States", note="three ahead = 4; subject and year carried"),
        "trade.us_exports_to_japan": F(67700000000, period="2017", as_written="Table 1: U.S. goods exports ($ billions) | 67.7", note="goods only; Japan column"),
        "trade.us_imports_from_japan": F(136500000000, period="2017", as_written="Table 1: U.S. goods imports ($ billions) | 136.5", note="goods only; Japan column"),
        "trade.fdi_source_rank": F(2, period="2016", as_written="Japan, once the largest source of foreign direct investment (FDI) in the United States, now ranks second, behind the United Kingdom"),
        "trade.treasury_holder_rank": F(2, period="2017-12", as_written="Its holdings of U.S. Treasury securities are exceeded only by China's", note="period from Table 1's 'Dec. 2017' row"),
        "economy.gdp_growth": GDP(y2017=1.7, y2016=0.9),
        "economy.supplementary_budget": F(25000000000, "about", period="2018-02", as_written="Passed by the Diet on February 1, a ¥2.7 trillion supplementary budget for FY2017, worth about $25 billion"),
        "economy.emissions_cut_target": F(26, by="2030", baseline="2013", as_written="Japan aims to emit 26% less greenhouse gas in FY2030 than it did in FY2013"),
    },
    "elections": {
        "lower_house_2017": E("Lower House", "2017-10-22", "held", result="LDP-Komeito 313 of 465 seats"),
        "upper_house_2016": E("Upper House", "2016-07", "held", result="coalition about 61% of seats"),
        "upper_house_2019": E("Upper House", "2019-07", "upcoming", note="half of 242 seats contested; next national vote"),
        "ldp_president_2018": E("LDP president", "2018-09", "upcoming"),
        "ldp_president_2015": E("LDP president", "2015-09", "held", result="Abe returned unopposed"),
        "okinawa_governor_2018": E("Okinawa governor", "2018", "upcoming", note="'Okinawans will choose a governor late this year'"),
    },
    "events": {
        "abe_address_to_congress": EV("Abe addresses a joint meeting of Congress", "2015-04", "held"),
    },
    "notes": "Traps: 'On March 8, President Donald J. Trump accepted an invitation to meet North Korean leader Kim Jong-un' (another leader; a date); 'placing tariffs on imported steel and aluminum; Canada and Mexico were spared, Japan was not' (no tariff on most imports); 'who three years ago next month became the first Japanese leader to address a joint meeting of Congress' (relative date: April 2015, the event); 'The two have met five times and spoken by telephone more than twenty times since November 2016' (counts, not troops or Quad meetings); 'Abe hopes to visit the United States in April' (planned); 'Abe's grandfather, Nobusuke Kishi, was prime minister when it was revised in 1960' (a former prime minister; the revision year); 'Of the roughly 80,000 U.S. military personnel stationed in Northeast Asia' (a regional total) and 'with most of the rest in South Korea'; 'it contributes around ¥189 billion annually' (yen, not the dollar figure); 'and that expires in March 2021' (expiry, not the agreement date); 'Trump suggested Japan should pay 100% of the bill' (a past demand); 'a norm first set by the cabinet in 1976'; 'The FY2018 budget, a record ¥5.19 trillion that the Diet is expected to pass this month, would be the sixth annual increase in a row' (planned); 'far below the 2% of GDP that NATO asks of its members, and Abe has named no numerical target of his own' (another party's goal: no spending goal stated); 'roughly ¥200 billion for the pair' (Aegis Ashore); 'Under the realignment roadmap of 2006, some 8,000 Marines were to move to Guam by 2014' (a superseded plan); 'the rest of the approximately 9,000 Marines leaving Okinawa' (total leaving, not Guam); 'transfers are not expected before the mid-2020s' (no Marines in Guam); 'unseated the anti-base mayor on February 4' (a local race, not listed); 'won 313 of the 465 seats' (seat counts; the share is the ratio in words); 'half of the upper chamber's 242 seats will be contested' (not a share); 'is expected to seek a third three-year term' and 'pass Taro Katsura as Japan's longest-serving premier in 2019' (a former premier; not an election); 'some polls now put cabinet approval below 40%'; Table 1's 'Leading partner' column ('China', 'Canada, 282.3', 'China, 505.5', 'China, 1,184.9': other countries' values beside Japan's) and its 'Treasury holdings, Dec. 2017 ($ billions) | 1,061.5' (an amount, not a rank); 'The new Section 232 tariffs, 25% on steel and 10% on aluminum from March 23' (product tariffs); 'a \"reciprocal tax\"' (threatened); 'Japan and ten other countries signed the ... (CPTPP) ... on March 8, fourteen months after the United States withdrew'; 'once the largest source of foreign direct investment' (a past rank) and 'a stock of roughly $421 billion at the end of 2016' (no IF10199 fact); 'the eighth straight quarter of expansion, the longest run since the 1980s'; 'a ¥2.7 trillion supplementary budget' (yen); 'The Bank of Japan's 2% inflation target' and 'nominated for a second five-year term' and 'before FY2019' (not a defense goal); 'Senior officials ... met in Manila in November 2017, reviving a four-country \"Quad\" dialogue that had lapsed for a decade; the grouping has not met at a higher level' (officials, no leader meetings stated); 'A trilateral summit of Japan, China, and South Korea, last held in 2015, may take place in Tokyo this spring' (planned); HTML sidebar 'Japan's Economy in Brief'; interleaved columns with curly quotes and hyphenated line ends",
}
