from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "VA1-IF10199-2016-09", "fresh42", "IF10199", 12
LAYOUTS = ["md", "interleaved"]
PDF_OPTS = ["quotes", "nbsp", "hyph"]
CHART = {"unit": "thousands of personnel", "ymax": 25, "ticks": [0, 5, 10, 15, 20, 25],
         "series": ["Active-duty personnel"],
         "bars": {"Army": (2.6,), "Navy": (20.1,), "Marine Corps": (19.3,), "Air Force": (12.4,)}}

MD = """
U.S.-Japan Relations

Updated September 20, 2016

## Overview

The alliance between the United States and Japan rests on a security treaty first concluded in 1951 and revised nine years later. Nearly four years into his second stint as Prime Minister (his first, in 2006-2007, lasted a year), Shinzo Abe has been the steadiest partner in Asia that the Obama Administration has had. Abe, who in April 2015 became the first Japanese leader to address a joint meeting of Congress, hosted President Barack Obama at the Group of Seven summit in Ise-Shima in May; the President then went on to Hiroshima, the first sitting U.S. President to visit the city. Bilateral cooperation on security, trade, and regional diplomacy remains close. Two uncertainties hang over it this fall: the fate of the Trans-Pacific Partnership (TPP) trade agreement in Congress, and the views of whoever succeeds Obama in January.

## The Alliance

Japan hosts a larger forward-deployed U.S. military presence than any other country. Some 54,000 American troops are stationed there, along with roughly 40,000 family members, at about 85 facilities; among them is the home port of the only aircraft carrier the Navy keeps overseas (see Figure 1).

**Figure 1. U.S. Active-Duty Military Personnel in Japan, by Service**

Source: Defense Manpower Data Center; approximate counts, mid-2016. Navy figure includes personnel afloat.

What Tokyo pays toward their upkeep is fixed in five-year Special Measures Agreements. The current one was agreed in December 2015, was signed in January, and has been in force since April; it holds Japan's contribution at close to ¥189 billion a year, or approximately $1.8 billion at recent exchange rates, through March 2021.

Japan's defense outlays have long stayed at around one percent of gross domestic product (GDP), a level the cabinet set as a formal cap in 1976 and abandoned as a rule a decade later. The FY2016 budget, ¥5.05 trillion, was the first to exceed ¥5 trillion; the Ministry of Defense has requested ¥5.17 trillion for FY2017. Security laws passed in September 2015, which took effect in March, permit Japan's forces to defend an ally under attack in some circumstances, a role previous governments had ruled out.

## Okinawa

Its islands cover just 0.6% of the nation's territory. Even so, Okinawa Prefecture hosts about one in four of the facilities used by U.S. forces in Japan and upwards of half of the U.S. military personnel in the country, most of them Marines. Plans agreed in 2012 call for about 9,000 Marines to be moved off the island to other Pacific locations; roughly 4,000 of those are slated to go to Guam, beginning in the 2020s.

The move is tied to the long-delayed replacement of Marine Corps Air Station Futenma with a new runway at Henoko, in Okinawa's less crowded north. Takeshi Onaga won the governorship in November 2014 promising to block it. His dispute with Tokyo has moved through the courts; on September 16, a branch of the Fukuoka High Court sided with the central government, and the governor has said he will appeal. Anger on the island grew after the arrest in May of a civilian base worker, a former Marine, in the killing of a local woman.

## Domestic Politics

Abe governs in coalition with the Komeito, a smaller party backed by a lay Buddhist group; his own Liberal Democratic Party (LDP) is the larger partner. In the House of Representatives (Lower House), the more powerful chamber, the two parties have held 326 of the 475 seats since the December 2014 election, or about 69%.

The coalition gained ground in the July 10 election for half of the 242-seat House of Councillors (Upper House). It came out of the vote with just over 60% of the seats, up from 56% before it. With other parties that favor amending the constitution, it now has the two-thirds of both chambers needed to send an amendment to a national referendum, although no draft has been agreed.

Lower House members' terms run out in December 2018, and no other national vote is required before then, though the Prime Minister may dissolve the chamber earlier. Abe's term as LDP president ends in September 2018, when the party is to choose its leader; its rules now allow two consecutive three-year terms, and some in the party propose allowing a third. On September 15 the main opposition Democratic Party picked Renho, an Upper House member, as its leader. Tokyo elected a new governor, Yuriko Koike, on July 31.

## Trade and Investment

By goods trade in 2015, Japan came fourth among U.S. partners on each of three measures: total trade, U.S. exports, and U.S. imports. U.S. exports to Japan dropped to $62.4 billion as a stronger dollar weighed on sales, while imports from Japan slipped less, to $131.4 billion.

Table 1. U.S. Goods Trade with Japan ($ billions)

| | 2014 | 2015 |
| --- | --- | --- |
| U.S. exports | 66.9 | 62.4 |
| U.S. imports | 134.0 | 131.4 |
| Balance | -67.1 | -69.0 |

Source: U.S. Census Bureau.

Direct investment flows mostly one way. Japanese firms' stock of direct investment in the United States stood at $411 billion at the end of 2015, second only to that of British firms; Japanese-owned affiliates employ some 850,000 Americans. Japan also holds about $1.15 trillion of U.S. Treasury securities, trailing only China (as of July).

The TPP, which Japan and 11 other countries signed in February, awaits approval in both capitals. Japan's Diet is expected to take it up in the extraordinary session that opens on September 26. In Washington, the Administration hopes for a vote after the November 8 election, in a "lame duck" session, but both major-party presidential nominees oppose the agreement as written. Together, the twelve TPP countries produce about 40% of world output.

## Japan's Economy

Three and a half years of "Abenomics" have yet to lift growth for long. Real GDP expanded 0.5% in 2015, after a contraction of 0.1% the year before. In the April-June quarter of this year, output rose at an annualized rate of 0.7%. The Bank of Japan (BOJ), which has charged -0.1% on some bank reserves since February, will announce the results of a "comprehensive assessment" of its policies at the close of its meeting on September 21; its 2% inflation target remains far off.

Fiscal policy has loosened. A first supplementary budget for FY2016, of ¥778 billion (roughly $7 billion), was enacted in May to pay for reconstruction after April's Kumamoto earthquakes. A second, of ¥4.1 trillion, is to go to the Diet this month; it would fund part of a ¥28 trillion economic package the cabinet adopted on August 2. In June, Abe again put off a rise in the consumption tax from 8% to 10%, now due in October 2019.

The yen has strengthened for most of the year. In the turmoil after the United Kingdom's June 23 referendum on leaving the European Union, it briefly traded above ¥100 to the dollar, its strongest level against the dollar in nearly three years, hurting exporters' earnings.

Under the Paris climate agreement, which it signed in April but has not yet ratified, Japan has pledged to lower greenhouse gas emissions 26% below their FY2013 level by FY2030; a separate long-range goal calls for an 80% cut by 2050.

## Regional Relations

North Korea conducted its fifth nuclear test on September 9, and in August one of its ballistic missiles landed for the first time in waters of Japan's exclusive economic zone. Tokyo and Seoul, whose relations warmed after their December 2015 agreement on the "comfort women" issue, have urged new U.N. sanctions; Japan transferred ¥1 billion in August to a foundation set up under the agreement. Chinese coast guard and fishing vessels entered waters around the disputed Senkaku Islands in unusual numbers in August. Abe met Chinese President Xi Jinping at the G-20 summit in Hangzhou on September 5 and South Korean President Park Geun-hye in Laos two days later. He is to host Russian President Vladimir Putin in December.

**Emma Chanlett-Avery**, Coordinator, Specialist in Asian Affairs

**Ian E. Rinehart**, Analyst in Asian Affairs

**Brock R. Williams**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Abe", "Shinzo", "Shinzo Abe", note="given name first; his first term (2006-2007) a trap"),
        "leaders.us_president": P("Obama", "Barack", "President Barack Obama"),
        "alliance.treaty_ally_since": F(1951, as_written="rests on a security treaty first concluded in 1951 and revised nine years later", note="the 1960 revision ('nine years later') a trap"),
        "alliance.us_troops_in_japan": F(54000, "about", as_written="Some 54,000 American troops are stationed there", note="'there' = Japan, from the sentence before"),
        "alliance.host_nation_support_per_year": F(1800000000, "about", per="year", as_written="it holds Japan's contribution at close to ¥189 billion a year, or approximately $1.8 billion at recent exchange rates", note="the dollar figure; the yen figure has its own 'close to'"),
        "alliance.host_nation_support_agreement": D("2015-12", as_written="The current one was agreed in December 2015", note="dated by its agreement; signing (January), entry into force (April) and expiry (March 2021) are traps"),
        "alliance.okinawa_share_of_usfj_facilities": F(25, "about", as_written="hosts about one in four of the facilities used by U.S. forces in Japan", note="fraction rule: one in four = 25%"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="and upwards of half of the U.S. military personnel in the country"),
        "alliance.okinawa_share_of_land_area": F(0.6, as_written="Its islands cover just 0.6% of the nation's territory", note="subject ('Its' = Okinawa's) named only in the next sentence; 'just' is no hedge"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="roughly 4,000 of those are slated to go to Guam, beginning in the 2020s", note="the 9,000 leaving Okinawa is a trap"),
        "defense.traditional_limit_pct_gdp": F(1, "about", as_written="Japan's defense outlays have long stayed at around one percent of gross domestic product (GDP)"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="Abe governs in coalition with the Komeito, a smaller party ...; his own Liberal Democratic Party (LDP) is the larger partner"),
        "politics.lower_house_coalition_share": F(69, "about", as_written="the two parties have held 326 of the 475 seats since the December 2014 election, or about 69%"),
        "politics.upper_house_coalition_share": F(60, "over", previous=56, as_written="It came out of the vote with just over 60% of the seats, up from 56% before it", note="'It' = the coalition; the two-thirds with other pro-revision parties is a trap"),
        "politics.next_diet_election_due": F(2018, as_written="Lower House members' terms run out in December 2018, and no other national vote is required before then"),
        "politics.lower_house_election_due": D("2018-12", as_written="Lower House members' terms run out in December 2018", note="27 months away: no lower_house_2018 election listed (extract-dev's rule)"),
        "trade.overall_partner_rank": F(4, period="2015", as_written="By goods trade in 2015, Japan came fourth among U.S. partners on each of three measures: total trade, U.S. exports, and U.S. imports"),
        "trade.export_partner_rank": F(4, period="2015", as_written="Japan came fourth among U.S. partners on each of three measures: total trade, U.S. exports, and U.S. imports"),
        "trade.import_partner_rank": F(4, period="2015", as_written="Japan came fourth among U.S. partners on each of three measures: total trade, U.S. exports, and U.S. imports"),
        "trade.us_exports_to_japan": F(62400000000, period="2015", as_written="U.S. exports to Japan dropped to $62.4 billion", note="goods; year carried from the sentence before; also Table 1's 2015 column"),
        "trade.us_imports_from_japan": F(131400000000, period="2015", as_written="while imports from Japan slipped less, to $131.4 billion", note="goods; also Table 1's 2015 column"),
        "trade.fdi_source_rank": F(2, period="2015", as_written="Japanese firms' stock of direct investment in the United States stood at $411 billion at the end of 2015, second only to that of British firms"),
        "trade.treasury_holder_rank": F(2, period="2016-07", as_written="Japan also holds about $1.15 trillion of U.S. Treasury securities, trailing only China (as of July)", note="month from 'as of July', year from the cover"),
        "economy.gdp_growth": dict(GDP(y2015=0.5, y2014=-0.1), as_written="Real GDP expanded 0.5% in 2015, after a contraction of 0.1% the year before", note="2014 a contraction, so negative; the annualized quarter is a trap"),
        "economy.supplementary_budget": F(7000000000, "about", period="2016-05", as_written="A first supplementary budget for FY2016, of ¥778 billion (roughly $7 billion), was enacted in May", note="enacted; the ¥4.1 trillion second budget is planned (a trap)"),
        "economy.yen": F("strongest level against the dollar in nearly three years", period="2016-06", as_written="it briefly traded above ¥100 to the dollar, its strongest level against the dollar in nearly three years", note="month from 'June 23 referendum'"),
        "economy.emissions_cut_target": F(26, by="FY2030", baseline="FY2013", as_written="Japan has pledged to lower greenhouse gas emissions 26% below their FY2013 level by FY2030"),
    },
    "elections": {
        "lower_house_2014": E("Lower House", "2014-12", "held", result="coalition 326 of 475 seats, about 69%"),
        "upper_house_2016": E("Upper House", "2016-07-10", "held", result="coalition share from 56% to just over 60%", note="year from the cover ('the July 10 election')"),
        "okinawa_governor_2014": E("Okinawa governor", "2014-11", "held", result="Takeshi Onaga, opposing the Henoko relocation"),
        "ldp_president_2018": E("LDP president", "2018-09", "upcoming", note="'Abe's term as LDP president ends in September 2018, when the party is to choose its leader'"),
    },
    "events": {
        "abe_address_to_congress": EV("Abe addresses a joint meeting of Congress, the first Japanese leader to do so", "2015-04", "held"),
    },
    "notes": "Traps: 'revised nine years later' (1960); 'his first, in 2006-2007, lasted a year' (Abe's earlier term); 'hosted President Barack Obama at the Group of Seven summit in Ise-Shima in May' and 'the President then went on to Hiroshima' (untracked visit); 'whoever succeeds Obama in January' (no named successor); 'along with roughly 40,000 family members, at about 85 facilities' (not troops); Figure 1 (personnel by service: category labels Army, Navy, Marine Corps, Air Force, axis ticks 0-25 thousand, no values; interleaved only); 'was signed in January, and has been in force since April' and 'through March 2021' (not the SMA's date); 'close to ¥189 billion a year' (yen, not the dollar figure); 'a level the cabinet set as a formal cap in 1976 and abandoned as a rule a decade later'; 'The FY2016 budget, ¥5.05 trillion' and 'requested ¥5.17 trillion for FY2017'; 'Security laws passed in September 2015, which took effect in March'; 'Plans agreed in 2012 call for about 9,000 Marines to be moved off the island' (total leaving, not Guam); 'Takeshi Onaga won the governorship in November 2014' (held Okinawa election, not a Diet one); 'on September 16, a branch of the Fukuoka High Court sided with the central government' (a ruling); 'the arrest in May'; '326 of the 475 seats' (counts); 'half of the 242-seat House of Councillors'; 'up from 56% before it' (previous Upper House share); 'it now has the two-thirds of both chambers needed to send an amendment to a national referendum' (with other parties: not the coalition's share); 'its rules now allow two consecutive three-year terms, and some in the party propose allowing a third' (proposed); 'On September 15 the main opposition Democratic Party picked Renho' (not an LDP or Diet election); 'Tokyo elected a new governor, Yuriko Koike, on July 31' (local, no slug); Table 1's 2014 column (66.9, 134.0) and balance row (-67.1, -69.0: the deficit is no IF10199 fact); 'Japanese-owned affiliates employ some 850,000 Americans'; 'about $1.15 trillion of U.S. Treasury securities' (holdings, not a rank); 'which Japan and 11 other countries signed in February' and 'the twelve TPP countries produce about 40% of world output'; 'the extraordinary session that opens on September 26'; 'after the November 8 election' (U.S. election, no slug); 'Three and a half years of \"Abenomics\"'; 'output rose at an annualized rate of 0.7%' (a quarter); 'which has charged -0.1% on some bank reserves since February' (a policy rate, not GDP); 'its meeting on September 21'; 'its 2% inflation target'; 'A second, of ¥4.1 trillion, is to go to the Diet this month' (planned budget) and 'a ¥28 trillion economic package the cabinet adopted on August 2'; 'a rise in the consumption tax from 8% to 10%, now due in October 2019'; 'above ¥100 to the dollar'; 'which it signed in April but has not yet ratified'; 'an 80% cut by 2050' (long-range goal); 'its fifth nuclear test on September 9'; 'their December 2015 agreement on the \"comfort women\" issue' (not the SMA) and 'Japan transferred ¥1 billion in August'; 'Chinese President Xi Jinping', 'South Korean President Park Geun-hye', 'Russian President Vladimir Putin' (other countries' leaders); 'on September 5' and 'two days later'; 'to host ... Putin in December' (planned). Interleaved: the PDF's two columns alternate line by line, with curly quotes, NBSP before billion/trillion/percent and hyphenated line ends.",
}
