from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "SA1-IF10199-2017-03", "fresh39", "IF10199", 31
LAYOUTS = ["md", "layout"]
PDF_OPTS = ["quotes", "hyph"]

MD = """
U.S.-Japan Relations

Updated March 14, 2017

## Overview

Japan's Prime Minister, Shinzo Abe, moved quickly to build ties with the new U.S. Administration. He was the first foreign leader to meet Donald J. Trump after the November election, calling at Trump Tower eight days after the vote, and on February 10 he was received at the White House by President Trump, followed by a weekend of golf in Florida. The two leaders' joint statement reaffirmed that the U.S. commitment to defend Japan extends to the Senkaku Islands, which China also claims. Abe is no stranger to Washington: in April 2015 he became the first Japanese prime minister to address a joint meeting of Congress.

Differences remain. On his third full day in office, the President withdrew the United States from the Trans-Pacific Partnership (TPP), which Japan's Diet had approved only weeks before. He has also criticized Japan's trade surplus and, as a candidate, its share of the cost of the alliance.

## The Alliance

The Treaty of Mutual Cooperation and Security, revised in 1960, continues an alliance that dates to 1951. Roughly fifty thousand U.S. servicemembers are stationed in Japan under it. They include the only forward-deployed U.S. aircraft carrier group and the III Marine Expeditionary Force. Defense Secretary James Mattis chose Japan and South Korea for his first trip abroad, in early February; South Korea hosts some twenty-eight thousand U.S. troops of its own.

Japan pays a share of the cost. Its current Special Measures Agreement, concluded in January of last year, covers five years from April 2016. The total comes to ¥946.5 billion, or ¥189 billion annually, a sum that at today's exchange rates is close to $1.7 billion a year.

## Okinawa

Okinawa Prefecture makes up less than one percent of Japan's land. It nevertheless hosts about seventy percent of the acreage reserved for the exclusive use of U.S. forces, and more than half of the U.S. military personnel in the country. Under a 2012 bilateral plan, about nine thousand Marines are to leave the island; some four thousand of them are bound for Guam, a move not expected to begin until the next decade. Governor Onaga Takeshi, elected in November 2014, opposes construction of the replacement airfield at Henoko, and the central government resumed landfill preparations in February after the Supreme Court ruled against him in December.

## Defense

Defense spending has stayed below one percent of gross domestic product (GDP). That level was set as a formal ceiling by the Miki cabinet in 1976; the cap itself was dropped a decade later, but successive governments have observed it in practice. The FY2017 defense budget, ¥5.1 trillion, is the fifth straight increase. Security legislation in force since March 2016 allows the Self-Defense Forces to defend allies in limited circumstances.

## Domestic Politics

Abe's Liberal Democratic Party (LDP) governs in coalition with the Komeito. The two parties control 326 of the Lower House's 475 seats, slightly more than two-thirds. They also have a comfortable margin in the House of Councillors. In the July 2016 election for half of its seats, the coalition added to its position; the chamber's ruling bloc now holds roughly three-fifths of the seats. The last Lower House election was in December 2014. Its members' terms expire in December 2018, so no national election is required before then; the next regular Upper House contest falls in the summer of 2019.

Abe's own tenure has been lengthened. At its annual convention on March 5, the LDP allowed a party president to serve three consecutive three-year terms instead of two. He can therefore seek reelection at the next leadership vote, in September 2018, and could remain in office until 2021.

## Trade and Investment

Japan is the fourth-largest U.S. trading partner. It ranks fourth as well, both as a buyer of U.S. goods and as a supplier of the goods Americans import. The bilateral goods deficit, about $69 billion, is second only to the deficit with China.

Table 1. U.S. Goods Trade with Japan ($ billions)

| | 2015 | 2016 |
| --- | --- | --- |
| U.S. exports to Japan | 62.5 | 63.2 |
| U.S. imports from Japan | 131.4 | 132.2 |
| Balance | -68.9 | -69.0 |

Source: U.S. Census Bureau.

Japanese firms are large investors in the United States. At the end of 2015, only companies from the United Kingdom had a larger stock of direct investment here. In January, Toyota said it would invest $10 billion in its U.S. operations over the next five years. Japan is also a major creditor. Its holdings of U.S. Treasury securities, about $1.09 trillion in December 2016, were the largest of any foreign country, China's having fallen below them.

## Japan's Economy

Growth remains modest. Real GDP expanded by one percent in 2016, after growth of 1.2% in 2015. The Diet enacted a second supplementary budget for FY2016 last October, ¥4.1 trillion (roughly $40 billion), to pay for part of a stimulus package announced in August. The Bank of Japan has held its short-term policy rate at minus 0.1% since early 2016. After the U.S. election the yen weakened, touching a ten-month low against the dollar in December; it has since recovered a little. Under the Paris Agreement, which it ratified in November, Japan aims to cut greenhouse gas emissions twenty-six percent below their FY2013 level by FY2030.

## Regional Relations

North Korea fired four ballistic missiles on March 6, three of which fell inside Japan's exclusive economic zone. Relations with South Korea are strained over a statue commemorating the "comfort women," and South Korea's Constitutional Court removed President Park Geun-hye from office on March 10. Abe hopes to hold a trilateral summit with China and South Korea later this year.

**Emma Chanlett-Avery**, Coordinator, Specialist in Asian Affairs

**Mark E. Manyin**, Specialist in Asian Affairs

**Brock R. Williams**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Abe", "Shinzo", "Japan's Prime Minister, Shinzo Abe", note="given name first"),
        "leaders.us_president": P("Trump", "Donald", "he was received at the White House by President Trump", note="also 'Donald J. Trump'"),
        "alliance.treaty_ally_since": F(1951, as_written="continues an alliance that dates to 1951"),
        "alliance.us_troops_in_japan": F(50000, "about", as_written="Roughly fifty thousand U.S. servicemembers are stationed in Japan under it"),
        "alliance.host_nation_support_per_year": F(1700000000, "nearly", per="year", as_written="a sum that at today's exchange rates is close to $1.7 billion a year", note="'close to' read as nearly"),
        "alliance.host_nation_support_agreement": D("2016-01", as_written="Its current Special Measures Agreement, concluded in January of last year", note="year relative to the cover"),
        "alliance.okinawa_share_of_usfj_facilities": F(70, "about", as_written="It nevertheless hosts about seventy percent of the acreage reserved for the exclusive use of U.S. forces", note="exclusive-use basis; subject carried ('It')"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="and more than half of the U.S. military personnel in the country"),
        "alliance.okinawa_share_of_land_area": F(1, "under", as_written="Okinawa Prefecture makes up less than one percent of Japan's land"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="some four thousand of them are bound for Guam"),
        "defense.traditional_limit_pct_gdp": F(1, as_written="Defense spending has stayed below one percent of gross domestic product (GDP). That level was set as a formal ceiling by the Miki cabinet in 1976", note="'below' hedges the outlays, not the limit"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="Abe's Liberal Democratic Party (LDP) governs in coalition with the Komeito"),
        "politics.lower_house_coalition_share": F(67, "over", as_written="The two parties control 326 of the Lower House's 475 seats, slightly more than two-thirds", note="fraction rule"),
        "politics.upper_house_coalition_share": F(60, "about", as_written="the chamber's ruling bloc now holds roughly three-fifths of the seats", note="fraction rule; subject 'the chamber' carried from the House of Councillors"),
        "politics.next_diet_election_due": F(2018, as_written="Its members' terms expire in December 2018, so no national election is required before then", note="the 2019 Upper House contest is later"),
        "politics.lower_house_election_due": D("2018-12", as_written="Its members' terms expire in December 2018"),
        "trade.overall_partner_rank": F(4, period="2016", as_written="Japan is the fourth-largest U.S. trading partner", note="year from Table 1"),
        "trade.export_partner_rank": F(4, period="2016", as_written="It ranks fourth as well, both as a buyer of U.S. goods"),
        "trade.import_partner_rank": F(4, period="2016", as_written="and as a supplier of the goods Americans import"),
        "trade.us_exports_to_japan": F(63200000000, period="2016", as_written="U.S. exports to Japan | 62.5 | 63.2", note="Table 1, 2016 column, $ billions; goods"),
        "trade.us_imports_from_japan": F(132200000000, period="2016", as_written="U.S. imports from Japan | 131.4 | 132.2", note="Table 1, 2016 column, $ billions; goods"),
        "trade.fdi_source_rank": F(2, period="2015", as_written="At the end of 2015, only companies from the United Kingdom had a larger stock of direct investment here"),
        "trade.treasury_holder_rank": F(1, period="2016-12", as_written="Its holdings of U.S. Treasury securities, about $1.09 trillion in December 2016, were the largest of any foreign country"),
        "economy.gdp_growth": GDP(y2016=1.0, y2015=1.2),
        "economy.supplementary_budget": F(40000000000, "about", period="2016-10", as_written="The Diet enacted a second supplementary budget for FY2016 last October, ¥4.1 trillion (roughly $40 billion)"),
        "economy.yen": F("ten-month low against the dollar", period="2016-12", as_written="the yen weakened, touching a ten-month low against the dollar in December"),
        "economy.emissions_cut_target": F(26, by="FY2030", baseline="FY2013", as_written="Japan aims to cut greenhouse gas emissions twenty-six percent below their FY2013 level by FY2030"),
    },
    "elections": {
        "lower_house_2014": E("Lower House", "2014-12", "held", note="'The last Lower House election was in December 2014'"),
        "upper_house_2016": E("Upper House", "2016-07", "held", result="coalition added to its position; now roughly three-fifths of the seats"),
        "okinawa_governor_2014": E("Okinawa governor", "2014-11", "held", result="Onaga Takeshi elected"),
        "ldp_president_2018": E("LDP president", "2018-09", "upcoming", note="'the next leadership vote, in September 2018'"),
    },
    "events": {
        "abe_address_to_congress": EV("Abe addresses a joint meeting of Congress, the first Japanese prime minister to do so", "2015-04", "held"),
    },
    "notes": "Traps: 'calling at Trump Tower eight days after the vote' and 'on February 10 he was received at the White House' (summit dates, no fact); 'On his third full day in office, the President withdrew the United States from the Trans-Pacific Partnership (TPP)'; 'as a candidate, its share of the cost of the alliance'; 'The Treaty of Mutual Cooperation and Security, revised in 1960' (not the treaty-ally year); 'the only forward-deployed U.S. aircraft carrier group and the III Marine Expeditionary Force'; 'South Korea hosts some twenty-eight thousand U.S. troops of its own' (another country); 'covers five years from April 2016' (entry into force, not the agreement date); 'The total comes to ¥946.5 billion, or ¥189 billion annually' (yen sums; the fact is the dollar figure); 'Under a 2012 bilateral plan, about nine thousand Marines are to leave the island' (total leaving, not Guam); 'a move not expected to begin until the next decade' (no Marines in Guam yet); 'Governor Onaga Takeshi, elected in November 2014' and 'after the Supreme Court ruled against him in December'; 'set as a formal ceiling by the Miki cabinet in 1976' and 'the cap itself was dropped a decade later' (years near the limit); 'The FY2017 defense budget, ¥5.1 trillion, is the fifth straight increase'; 'Security legislation in force since March 2016'; '326 of the Lower House's 475 seats' (seat counts, share 'slightly more than two-thirds'); 'In the July 2016 election for half of its seats' (half of the seats contested, not the share); 'the next regular Upper House contest falls in the summer of 2019' (later than the 2018 deadline; not listed as an election); 'At its annual convention on March 5' and 'three consecutive three-year terms instead of two' and 'could remain in office until 2021' (party rules); 'The bilateral goods deficit, about $69 billion, is second only to the deficit with China' (deficit, no IF10199 fact; 'second' is not a trade rank); Table 1's 2015 column (62.5, 131.4: the past year) and Balance row; 'In January, Toyota said it would invest $10 billion in its U.S. operations over the next five years' (a company's plan, not Japan's investment pledge); 'about $1.09 trillion' (holdings amount); 'China's having fallen below them'; 'to pay for part of a stimulus package announced in August'; 'held its short-term policy rate at minus 0.1% since early 2016'; 'Under the Paris Agreement, which it ratified in November'; 'North Korea fired four ballistic missiles on March 6, three of which fell inside Japan's exclusive economic zone'; 'removed President Park Geun-hye from office on March 10' (another country's leader); 'a trilateral summit with China and South Korea later this year' (planned). Layout: pdftotext -layout runs the two columns side by side; curly quotes; hyphenated line ends.",
}
