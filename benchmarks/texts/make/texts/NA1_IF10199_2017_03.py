from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "NA1-IF10199-2017-03", "fresh33", "IF10199", 31
LAYOUTS = ["html", "layout"]
PDF_OPTS = ["quotes", "nbsp", "hyph"]
SIDEBAR = "Okinawa and the Marines"
CHART = {"unit": "¥ trillions", "ymax": 6, "ticks": [0, 2, 4, 6],
         "series": ["Defense budget (initial)"],
         "bars": {"FY2013": (4.68,), "FY2014": (4.78,), "FY2015": (4.98,), "FY2016": (5.05,), "FY2017": (5.13,)}}

MD = """
U.S.-Japan Relations

Updated March 14, 2017

## Overview

Japan, a treaty ally of the United States since 1951 and the world's third-largest economy, has been among the most attentive of U.S. partners in the opening weeks of the new Administration, a posture owed largely to Prime Minister Shinzo Abe, who flew to New York to meet the President-elect in November (the first foreign leader to do so) and who returned in February for talks at the White House and a weekend at Mar-a-Lago. The joint statement issued after those talks, in which President Donald J. Trump set aside much of the criticism of Japan that he had voiced as a candidate, affirmed that Article 5 of the security treaty applies to the Senkaku Islands, which Japan administers and China claims.

Abe, who is now in his fifth year in office (his second stint, after a single year in 2006-2007), had built a close working relationship with former President Barack Obama, who in May 2016 became the first sitting U.S. President to visit Hiroshima; Abe himself, in April 2015, had become the first Japanese prime minister to address a joint meeting of Congress. Whether that closeness carries over, and whether the new Administration's trade views collide with Tokyo's, are the questions that hang over the relationship.

## The Alliance

Some fifty-four thousand U.S. military personnel are stationed in Japan, more than in any other country abroad (South Korea, with roughly twenty-eight thousand five hundred, comes next in the region), and the Navy's Seventh Fleet, which includes the only U.S. aircraft carrier home-ported outside the United States, is based at Yokosuka. Security legislation that took effect in March 2016 allows Japan's Self-Defense Forces, for the first time, to come to the aid of an ally under attack in limited circumstances.

Under the current Special Measures Agreement (SMA), a five-year accord signed in January 2016 that runs through March 2021, Tokyo is to contribute a total of ¥946.5 billion toward the cost of hosting U.S. forces, an amount that works out, at recent exchange rates, to somewhat less than two billion dollars a year. As a candidate, Mr. Trump had suggested that allies unwilling to pay the full cost of U.S. protection might have to defend themselves; Secretary of Defense James Mattis, visiting Tokyo on his first trip abroad in early February, instead called Japan's arrangement a model of cost sharing.

## Okinawa and the Marines

Okinawa Prefecture, a chain of islands that together make up less than one percent of Japan's land area, hosts roughly a quarter of the facilities used by U.S. forces in Japan and more than half of the U.S. military personnel in the country. Under the 2012 revision of a 2006 realignment plan, about nine thousand Marines are to leave Okinawa, of whom some four thousand are to move to Guam, the rest going to Hawaii, to the U.S. mainland, and (on rotation) to Australia; the first moves are not expected before the early 2020s.

Governor Takeshi Onaga, elected in November 2014 on a pledge to block a replacement for Marine Corps Air Station Futenma at Henoko, lost his last legal challenge when Japan's Supreme Court ruled against the prefecture in December 2016, and offshore construction resumed in February.

## Defense Policy

For four decades, Japan has held its defense spending at or below roughly one percent of gross domestic product, a ceiling that was adopted as formal policy in 1976, dropped on paper a decade later, and honored in practice ever since. The FY2017 budget, which the Diet is expected to pass before the fiscal year begins on April 1, would provide ¥5.13 trillion (about $45 billion) for defense, the fifth increase in a row under Abe and still about 0.9% of GDP (Figure 1). NATO members' pledge to spend 2% of GDP, which Mr. Trump has pressed European allies to meet, does not apply to Japan, and Tokyo has set no such target of its own.

**Figure 1. Japan's Defense Budget, FY2013-FY2017**

Source: Japan Ministry of Defense. Initial budgets; FY2017 as submitted to the Diet.

## Domestic Politics

Abe's Liberal Democratic Party (LDP) governs with its longtime junior partner, Komeito, a party backed by a lay Buddhist organization. The two hold more than two-thirds of the seats in the Lower House, to which the December 2014 snap election returned them with 326 of its 475 members, and about three-fifths of those in the House of Councillors, where the July 2016 election strengthened their hand; counting smaller parties that favor revising the constitution, they now command two-thirds of both chambers, the threshold needed to propose an amendment.

At its convention on March 5, the LDP lengthened the limit on a party president's tenure from two consecutive three-year terms to three, clearing the way for Abe to seek another term in the party's September 2018 leadership election and, should he win it, to remain prime minister until 2021. No national election is required before December 2018, when the Lower House's four-year term runs out, although a prime minister may dissolve the chamber sooner, as Abe did in 2014; the next House of Councillors election is scheduled for July 2019.

## Trade and Economic Ties

On January 23, three days after taking office, President Trump withdrew the United States from the Trans-Pacific Partnership (TPP), which Japan's Diet had approved only the month before and which Abe had championed as a pillar of his growth strategy. At the February summit, the two leaders agreed instead to an economic dialogue, to be led by Vice President Mike Pence and Deputy Prime Minister Taro Aso, whose first session is planned for April in Tokyo; Administration officials have not ruled out proposing a bilateral free trade agreement, which Tokyo has so far resisted.

In 2016, Japan ranked fourth among U.S. trading partners, and it held the same place both as a market for U.S. goods and as a source of U.S. imports, trailing China, Canada, and Mexico in each case (though not always in that order). The goods deficit with Japan, close to sixty-nine billion dollars, was the second largest after that with China, a figure the President has cited in criticizing Japanese auto sales in the United States.

Table 1. U.S. Goods Trade with Japan ($ billions)

| | 2015 | 2016 |
| --- | --- | --- |
| U.S. exports | 62.4 | 63.2 |
| U.S. imports | 131.4 | 132.2 |
| Balance | -69.0 | -68.9 |

Source: U.S. Census Bureau.

Japanese companies, which employ some 860,000 people in the United States, held the second-largest stock of foreign direct investment in the country at the end of 2015, trailing only those from the United Kingdom; Toyota, for one, said in January that it would invest $10 billion in U.S. operations over five years. And Japan, which overtook China late last year, is once again the largest foreign holder of U.S. Treasury securities, with some $1.1 trillion at the end of December.

## The Economy

Four years into the program known as "Abenomics," growth remains modest: real GDP rose by one percent last year, a little below the 1.2% recorded in 2015, though output expanded at an annualized 1.2% in the October-December quarter. The Bank of Japan, which has held a short-term policy rate of minus 0.1% since January 2016, has yet to reach its 2% inflation target, and Abe has twice postponed raising the consumption tax from 8% to 10%, most recently to October 2019. After a ¥28 trillion stimulus package announced last August, of which a ¥4.1 trillion second supplementary budget formed part, the Diet passed a third supplementary budget for FY2016, ¥1.7 trillion (roughly $15 billion), on January 31.

Having ratified the Paris Agreement in November, Japan has pledged to cut greenhouse gas emissions 26% below FY2013 levels by FY2030.

## Regional Relations

North Korea fired four ballistic missiles on March 6, three of which fell inside Japan's exclusive economic zone, prompting calls in Tokyo for the United States to deploy more missile defenses. Relations with South Korea, whose President Park Geun-hye was removed from office on March 10, have soured over a statue commemorating the "comfort women" outside Japan's consulate in Busan; Tokyo recalled its ambassador in January, more than a year after the two governments had agreed, in December 2015, to settle the issue with a ¥1 billion fund. Ties with China remain tense over the East China Sea.

**Emma Chanlett-Avery**, Specialist in Asian Affairs

**Ian E. Rinehart**, Analyst in Asian Affairs

**Brock R. Williams**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Abe", "Shinzo", "Prime Minister Shinzo Abe"),
        "leaders.us_president": P("Trump", "Donald", "President Donald J. Trump"),
        "alliance.treaty_ally_since": F(1951, as_written="Japan, a treaty ally of the United States since 1951", note="appositive"),
        "alliance.us_troops_in_japan": F(54000, "about", as_written="Some fifty-four thousand U.S. military personnel are stationed in Japan"),
        "alliance.host_nation_support_per_year": F(2000000000, "under", per="year", as_written="an amount that works out, at recent exchange rates, to somewhat less than two billion dollars a year"),
        "alliance.host_nation_support_agreement": D("2016-01", as_written="a five-year accord signed in January 2016 that runs through March 2021"),
        "alliance.okinawa_share_of_usfj_facilities": F(25, "about", as_written="hosts roughly a quarter of the facilities used by U.S. forces in Japan", note="sidebar; fraction rule"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="and more than half of the U.S. military personnel in the country", note="sidebar"),
        "alliance.okinawa_share_of_land_area": F(1, "under", as_written="a chain of islands that together make up less than one percent of Japan's land area", note="sidebar"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="of whom some four thousand are to move to Guam", note="sidebar; 'whom' = the nine thousand leaving Okinawa"),
        "defense.traditional_limit_pct_gdp": F(1, "about", as_written="Japan has held its defense spending at or below roughly one percent of gross domestic product"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="Abe's Liberal Democratic Party (LDP) governs with its longtime junior partner, Komeito"),
        "politics.lower_house_coalition_share": F(67, "over", as_written="The two hold more than two-thirds of the seats in the Lower House", note="fraction rule; 326 of 475 also written"),
        "politics.upper_house_coalition_share": F(60, "about", as_written="and about three-fifths of those in the House of Councillors", note="fraction rule; subject and verb carried from the Lower House clause"),
        "politics.next_diet_election_due": F(2018, as_written="No national election is required before December 2018, when the Lower House's four-year term runs out", note="the July 2019 Upper House election comes later"),
        "politics.lower_house_election_due": D("2018-12", as_written="No national election is required before December 2018, when the Lower House's four-year term runs out"),
        "trade.overall_partner_rank": F(4, period="2016", as_written="In 2016, Japan ranked fourth among U.S. trading partners"),
        "trade.export_partner_rank": F(4, period="2016", as_written="it held the same place both as a market for U.S. goods"),
        "trade.import_partner_rank": F(4, period="2016", as_written="and as a source of U.S. imports"),
        "trade.us_exports_to_japan": F(63200000000, period="2016", as_written="Table 1, 'U.S. exports' row, 2016 column: 63.2 ($ billions)", note="only in Table 1"),
        "trade.us_imports_from_japan": F(132200000000, period="2016", as_written="Table 1, 'U.S. imports' row, 2016 column: 132.2 ($ billions)", note="only in Table 1"),
        "trade.fdi_source_rank": F(2, period="2015", as_written="held the second-largest stock of foreign direct investment in the country at the end of 2015, trailing only those from the United Kingdom"),
        "trade.treasury_holder_rank": F(1, period="2016-12", as_written="Japan, which overtook China late last year, is once again the largest foreign holder of U.S. Treasury securities, with some $1.1 trillion at the end of December"),
        "economy.gdp_growth": GDP(y2016=1.0, y2015=1.2),
        "economy.supplementary_budget": F(15000000000, "about", period="2017-01", as_written="the Diet passed a third supplementary budget for FY2016, ¥1.7 trillion (roughly $15 billion), on January 31"),
        "economy.emissions_cut_target": F(26, by="FY2030", baseline="FY2013", as_written="Japan has pledged to cut greenhouse gas emissions 26% below FY2013 levels by FY2030"),
    },
    "elections": {
        "lower_house_2014": E("Lower House", "2014-12", "held", result="LDP and Komeito 326 of 475 seats"),
        "upper_house_2016": E("Upper House", "2016-07", "held", result="coalition strengthened; about three-fifths of seats"),
        "okinawa_governor_2014": E("Okinawa governor", "2014-11", "held", result="Takeshi Onaga elected"),
        "ldp_president_2018": E("LDP president", "2018-09", "upcoming", note="Abe may seek another term after the term-limit change"),
        "upper_house_2019": E("Upper House", "2019-07", "upcoming"),
    },
    "events": {
        "abe_address_to_congress": EV("Abe addresses a joint meeting of Congress", "2015-04", "held"),
    },
    "notes": "Traps: 'the world's third-largest economy' (a rank of the economy, not trade); 'who flew to New York to meet the President-elect in November' and 'returned in February for talks at the White House'; 'Article 5 of the security treaty'; 'his fifth year in office (his second stint, after a single year in 2006-2007)'; 'former President Barack Obama, who in May 2016 became the first sitting U.S. President to visit Hiroshima' (former president); 'more than in any other country abroad' (not a rank fact); 'South Korea, with roughly twenty-eight thousand five hundred, comes next' (another country's troops); 'Security legislation that took effect in March 2016'; 'that runs through March 2021' (expiry, not the agreement date); 'a total of ¥946.5 billion' (five-year yen total); 'As a candidate, Mr. Trump had suggested that allies unwilling to pay the full cost'; sidebar 'Under the 2012 revision of a 2006 realignment plan, about nine thousand Marines are to leave Okinawa' (total leaving, not Guam); 'the first moves are not expected before the early 2020s'; 'Governor Takeshi Onaga, elected in November 2014' and 'ruled against the prefecture in December 2016'; 'a ceiling that was adopted as formal policy in 1976, dropped on paper a decade later'; 'would provide ¥5.13 trillion (about $45 billion) for defense, the fifth increase in a row under Abe and still about 0.9% of GDP' (budget share, not the limit); 'NATO members' pledge to spend 2% of GDP ... does not apply to Japan, and Tokyo has set no such target' (no spending goal); Figure 1 (defense budget FY2013-FY2017, ¥ trillions, ticks 0-6, no value labels); 'returned them with 326 of its 475 members' (seat count beside the share); 'they now command two-thirds of both chambers, the threshold needed to propose an amendment' (a broader bloc, not the coalition share); 'from two consecutive three-year terms to three' and 'to remain prime minister until 2021'; 'as Abe did in 2014'; 'the next House of Councillors election is scheduled for July 2019' (later than the 2018 deadline); 'On January 23, three days after taking office' and TPP 'approved only the month before'; 'whose first session is planned for April in Tokyo'; 'trailing China, Canada, and Mexico in each case'; 'The goods deficit with Japan, close to sixty-nine billion dollars, was the second largest after that with China' (no IF10199 fact); Table 1's 2015 column and Balance row; 'employ some 860,000 people'; 'Toyota, for one, said in January that it would invest $10 billion'; 'with some $1.1 trillion'; 'output expanded at an annualized 1.2% in the October-December quarter' (a quarter, not 2016); 'a short-term policy rate of minus 0.1%' and 'its 2% inflation target'; 'from 8% to 10%, most recently to October 2019'; 'a ¥28 trillion stimulus package announced last August, of which a ¥4.1 trillion second supplementary budget formed part' (earlier supplementary); 'ratified the Paris Agreement in November'; 'fired four ballistic missiles on March 6, three of which'; 'President Park Geun-hye was removed from office on March 10' (another country's leader); 'in December 2015, to settle the issue with a ¥1 billion fund'. Layouts: html page with the sidebar 'Okinawa and the Marines' floated as an aside (with Figure 1); layout text from the PDF with curly quotes, NBSP and hyphenated line ends, columns side by side.",
}
