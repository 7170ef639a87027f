from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "CC2-IF10199-2015-08", "fresh8", "IF10199", 3
LAYOUTS = ["pdf", "layout"]
PDF_OPTS = ["lig", "quotes"]
CHART = {"unit": "¥ trillions", "ymax": 6, "ticks": [0, 2, 4, 6],
         "series": ["Defense budget"],
         "bars": {"FY2011": (4.78,), "FY2012": (4.71,), "FY2013": (4.68,), "FY2014": (4.78,), "FY2015": (4.98,)}}

MD = """
U.S.-Japan Relations

Updated August 12, 2015

## Overview

Seventy years after the end of World War II, the alliance between the United States and Japan, anchored in a security treaty first signed in 1951 and revised in 1960, is arguably in better shape than at any time in the past two decades. Prime Minister Shinzo Abe has made strengthening it a centerpiece of the term he began in December 2012, and the Administration of President Barack Obama has welcomed Japan's more active security posture as a complement to the U.S. "rebalance" to Asia. Both governments are wary of China's assertiveness in the East and South China Seas and of North Korea's nuclear and missile programs.

Abe's official visit to the United States in late April showcased the relationship. On April 29, he became the first Japanese prime minister to address a joint meeting of Congress, a speech in which he expressed "deep repentance" over the war and urged completion of the Trans-Pacific Partnership (TPP). He had been received at the White House the previous day. Developments to watch in the coming months include:

- the fate of Abe's security bills, which the lower chamber of the Diet passed on July 16 and which are now before the upper chamber;
- the statement Abe is expected to issue around August 15 to mark the 70th anniversary of the war's end, closely watched in Beijing and Seoul;
- the TPP talks, which broke up on Maui on July 31 without a final deal; and
- the standoff between Tokyo and Okinawa over a new Marine Corps airfield at Henoko.

## The Alliance and the New Guidelines

On April 27, the two countries' foreign and defense ministers, meeting in New York, released revised Guidelines for U.S.-Japan Defense Cooperation, the first update since 1997. The new guidelines drop the geographic limits of the old ones, set up a standing Alliance Coordination Mechanism, and envision Japanese protection of U.S. ships and aircraft, cooperation in space and cyberspace, and a "seamless" response to crises that fall short of armed attack, such as the seizure of a remote island.

In the neighborhood of fifty-three thousand U.S. military personnel are based in Japan, along with the only aircraft carrier the U.S. Navy homeports abroad. South Korea, by comparison, hosts some 28,500 U.S. troops. Tokyo pays part of the bill. Under a Special Measures Agreement signed in January 2011, covering Japanese fiscal years 2011 through 2015, it provides about ¥188 billion a year, or roughly $1.5 billion at current exchange rates, for base workers' salaries, utilities, and facilities. The agreement lapses at the end of March 2016, and talks on a successor are under way.

Under Abe, Japan's defense budget has risen three years running, to a record ¥4.98 trillion in FY2015 (Figure 1), yet Tokyo has held military spending to roughly 1% of GDP, a ceiling first adopted by the cabinet in 1976. China's announced defense budget, by contrast, is growing by 10.1% this year.

**Figure 1. Japan's Defense Budget, FY2011-FY2015**

Source: Japan Ministry of Defense; initial budgets.

## Security Legislation

To put the guidelines into effect, and to implement a July 2014 cabinet decision reinterpreting the constitution to permit limited collective self-defense, the Abe cabinet in May sent eleven bills to the Diet. The House of Representatives passed them on July 16 after opposition lawmakers walked out, and the House of Councillors opened debate in late July; the Diet session has been extended to September 27 to allow time for passage. Should the upper chamber fail to act within 60 days, the lower chamber can enact the bills by a second vote of two-thirds of members present.

The bills are unpopular. Most polls find more respondents opposed than in favor, and the cabinet's approval rating has dipped below 40% in several surveys, down from over 50% early in the year. Tens of thousands of people have demonstrated outside the Diet building. U.S. officials have welcomed the legislation, which would let Japan's Self-Defense Forces come to the aid of U.S. forces under attack even when Japan itself has not been attacked.

## Okinawa and the Henoko Standoff

Okinawa Prefecture, whose islands make up under 1% of Japan's land, is home to roughly one-quarter of the facilities used by U.S. Forces Japan (USFJ). Upwards of half of the U.S. military personnel in Japan are stationed there. Under a 2012 revision of the bilateral realignment plan, about 9,000 Marines are to leave Okinawa; roughly 4,000 of them are to go to Guam, and Japan has agreed to contribute up to $2.8 billion toward facilities there.

The plan to replace Marine Corps Air Station Futenma, in crowded Ginowan, with a new runway at Henoko, on Okinawa's less populated northeast coast, remains stalled nearly two decades after the two governments first agreed in 1996 to return Futenma. Takeshi Onaga won the governorship in November 2014 on a pledge to stop the Henoko project, unseating Hirokazu Nakaima, who had approved the landfill permit the project requires in December 2013. In July, a panel Onaga appointed concluded that the permit was legally flawed, opening the way for him to revoke it. On August 10, the central government halted work at the site for one month while the two sides talk; neither has signaled any change in position.

## Japanese Politics

The Liberal Democratic Party (LDP) and its junior coalition partner, Komeito, control both chambers of the Diet. In the snap election of December 14, 2014, the ruling parties kept 326 of the 475 seats in the House of Representatives, roughly 69% and more than the two-thirds needed to override the upper house; the LDP alone won 291. They have held about 56% of the House of Councillors since the July 2013 election.

The next nationwide vote is expected in July 2016, when half of the upper chamber's 242 seats will be contested. No general election for the lower chamber is required before December 2018. Abe's three-year term as LDP president, meanwhile, ends in September. The party is to choose its leader next month, and with no challenger having emerged, Abe is expected to be returned unopposed.

## Economy and Trade

Japan's economy shrank by 0.1% in real terms in 2014, after growing 1.6% in 2013, as an April 2014 increase in the consumption tax, from 5% to 8%, depressed household spending. Growth picked up in the January-March quarter of 2015, to an annualized 3.9%, but data due on August 17 are expected to show a contraction in the spring. To cushion the slowdown, the Diet enacted a ¥3.1 trillion supplementary budget, equivalent to some $26 billion, in February 2015; the FY2015 initial budget of ¥96.3 trillion is the largest on record. Aggressive easing by the Bank of Japan, which is aiming for 2% inflation, has weakened the yen, which in early June slid to about ¥125 per dollar, a thirteen-year low. In July, Japan formally pledged to cut greenhouse gas emissions by twenty-six percent from 2013 levels by 2030, ahead of the Paris climate conference in December; the European Union has offered a cut of at least 40% from 1990 levels.

Japan was the fourth-biggest U.S. trading partner in goods in 2014. It held the same position both as a market for U.S. exports and as a source of U.S. imports (Table 1), in each case behind Canada, Mexico, and China.

Table 1. U.S. Goods Trade with Japan, 2013-2014

| $ billions | 2013 | 2014 |
| --- | --- | --- |
| U.S. exports to Japan | 65.2 | 66.9 |
| U.S. imports from Japan | 138.5 | 134.0 |
| U.S. balance | -73.4 | -67.1 |

Source: U.S. Census Bureau. Through June 2015, U.S. exports to Japan ran about 3% below their pace of a year earlier.

Japanese firms are among the largest investors in the United States; only British companies have built a larger direct investment position. Japanese holdings of U.S. Treasury securities, about $1.2 trillion in May 2015, are the biggest of any foreign country except China's.

## The TPP Negotiations

Japan and the United States are the two largest of the twelve countries negotiating the TPP, which together account for some 40% of world GDP. Japan joined the talks in 2013. Enactment of Trade Promotion Authority (TPA), which the President signed on June 29, was widely seen as a prerequisite for closing the deal. Ministers meeting in Maui from July 28 to 31 came close but did not conclude, with dairy access, rules of origin for autos, and data protection for biologic drugs among the unresolved issues. Bilateral issues include Japan's tariffs on rice, pork, and beef (38.5%), and U.S. tariffs of 2.5% on Japanese passenger cars and 25% on light trucks.

**Emma Chanlett-Avery**, Coordinator, Specialist in Asian Affairs

**Mark E. Manyin**, Specialist in Asian Affairs

**Ian E. Rinehart**, Analyst in Asian Affairs

**Rebecca M. Nelson**, Specialist in International Trade and Finance

**Brock R. Williams**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Abe", "Shinzo", "Prime Minister Shinzo Abe", note="given name first"),
        "leaders.us_president": P("Obama", "Barack", "the Administration of President Barack Obama"),
        "alliance.treaty_ally_since": F(1951, as_written="anchored in a security treaty first signed in 1951 and revised in 1960"),
        "alliance.us_troops_in_japan": F(53000, "about", as_written="In the neighborhood of fifty-three thousand U.S. military personnel are based in Japan", note="number in words"),
        "alliance.host_nation_support_per_year": F(1500000000, "about", per="year", as_written="it provides about ¥188 billion a year, or roughly $1.5 billion at current exchange rates"),
        "alliance.host_nation_support_agreement": D("2011-01", as_written="Under a Special Measures Agreement signed in January 2011, covering Japanese fiscal years 2011 through 2015"),
        "alliance.okinawa_share_of_land_area": F(1, "under", as_written="Okinawa Prefecture, whose islands make up under 1% of Japan's land"),
        "alliance.okinawa_share_of_usfj_facilities": F(25, "about", as_written="is home to roughly one-quarter of the facilities used by U.S. Forces Japan (USFJ)"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="Upwards of half of the U.S. military personnel in Japan are stationed there", note="'Upwards of' is over; 'there' carries Okinawa from the sentence before"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="roughly 4,000 of them are to go to Guam"),
        "defense.traditional_limit_pct_gdp": F(1, "about", as_written="Tokyo has held military spending to roughly 1% of GDP, a ceiling first adopted by the cabinet in 1976"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="The Liberal Democratic Party (LDP) and its junior coalition partner, Komeito"),
        "politics.lower_house_coalition_share": F(69, "about", as_written="the ruling parties kept 326 of the 475 seats in the House of Representatives, roughly 69%"),
        "politics.upper_house_coalition_share": F(56, "about", as_written="They have held about 56% of the House of Councillors since the July 2013 election", note="subject 'They' carried from 'the ruling parties'"),
        "politics.next_diet_election_due": F(2016, as_written="The next nationwide vote is expected in July 2016, when half of the upper chamber's 242 seats will be contested"),
        "politics.lower_house_election_due": D("2018-12", as_written="No general election for the lower chamber is required before December 2018"),
        "trade.overall_partner_rank": F(4, period="2014", as_written="Japan was the fourth-biggest U.S. trading partner in goods in 2014"),
        "trade.export_partner_rank": F(4, period="2014", as_written="It held the same position both as a market for U.S. exports", note="rank carried from 'fourth-biggest' in the sentence before"),
        "trade.import_partner_rank": F(4, period="2014", as_written="and as a source of U.S. imports (Table 1), in each case behind Canada, Mexico, and China", note="rank carried; three countries ahead"),
        "trade.us_exports_to_japan": F(66900000000, period="2014", as_written="Table 1, 'U.S. exports to Japan' row, 2014 column: 66.9", note="goods only ($ billions); only in Table 1"),
        "trade.us_imports_from_japan": F(134000000000, period="2014", as_written="Table 1, 'U.S. imports from Japan' row, 2014 column: 134.0", note="goods only ($ billions); only in Table 1"),
        "trade.fdi_source_rank": F(2, as_written="only British companies have built a larger direct investment position"),
        "trade.treasury_holder_rank": F(2, as_written="Japanese holdings of U.S. Treasury securities, about $1.2 trillion in May 2015, are the biggest of any foreign country except China's"),
        "economy.gdp_growth": GDP(y2014=-0.1, y2013=1.6),
        "economy.supplementary_budget": F(26000000000, "about", period="2015-02", as_written="the Diet enacted a ¥3.1 trillion supplementary budget, equivalent to some $26 billion, in February 2015"),
        "economy.yen": F("thirteen-year low against the dollar", period="2015-06", as_written="in early June slid to about ¥125 per dollar, a thirteen-year low"),
        "economy.emissions_cut_target": F(26, by="2030", baseline="2013", as_written="Japan formally pledged to cut greenhouse gas emissions by twenty-six percent from 2013 levels by 2030", note="number in words"),
    },
    "elections": {
        "okinawa_governor_2014": E("Okinawa governor", "2014-11", "held", result="Takeshi Onaga, opposed to the Henoko relocation, unseated Hirokazu Nakaima"),
        "lower_house_2014": E("Lower House", "2014-12-14", "held", result="ruling parties kept 326 of 475 seats, roughly 69%; LDP alone 291"),
        "upper_house_2013": E("Upper House", "2013-07", "held", result="coalition about 56% of the House of Councillors"),
        "upper_house_2016": E("Upper House", "2016-07", "upcoming"),
        "ldp_president_2015": E("LDP president", "2015-09", "upcoming", note="'The party is to choose its leader next month'; Abe expected to be returned unopposed"),
    },
    "events": {
        "abe_address_to_congress": EV("Abe addresses a joint meeting of Congress, the first Japanese prime minister to do so", "2015-04-29", "held"),
    },
    "notes": "Traps: 'Seventy years after the end of World War II'; 'revised in 1960' (not the treaty-ally year); 'in better shape than at any time in the past two decades'; 'the term he began in December 2012'; 'He had been received at the White House the previous day' (April 28, not the address); bullet 'which the lower chamber of the Diet passed on July 16'; bullet 'around August 15 to mark the 70th anniversary'; bullet 'broke up on Maui on July 31'; 'On April 27, the two countries' foreign and defense ministers ... released revised Guidelines' and 'the first update since 1997'; 'South Korea, by comparison, hosts some 28,500 U.S. troops' (another country); 'about ¥188 billion a year' (the yen figure; the fact is the dollar figure); 'covering Japanese fiscal years 2011 through 2015' and 'The agreement lapses at the end of March 2016, and talks on a successor are under way' (not a new agreement); 'to a record ¥4.98 trillion in FY2015' and Figure 1 (defense budget FY2011-FY2015, ¥ trillions, ticks 0-6, no value labels); 'a ceiling first adopted by the cabinet in 1976'; 'China's announced defense budget ... is growing by 10.1% this year'; 'a July 2014 cabinet decision'; 'eleven bills'; 'extended to September 27'; 'within 60 days' and 'a second vote of two-thirds of members present'; 'the cabinet's approval rating has dipped below 40% ..., down from over 50% early in the year' (approval, not a seat share); 'about 9,000 Marines are to leave Okinawa' (total leaving, not Guam); 'up to $2.8 billion toward facilities there'; 'first agreed in 1996 to return Futenma'; 'who had approved the landfill permit ... in December 2013'; 'On August 10, the central government halted work at the site for one month'; 'more than the two-thirds needed to override the upper house' and 'the LDP alone won 291' (not the coalition share); 'half of the upper chamber's 242 seats'; 'Abe's three-year term as LDP president, meanwhile, ends in September' (the term end; the election is the choice of leader 'next month'); 'to an annualized 3.9%' (a quarter, not a year) and 'data due on August 17'; 'from 5% to 8%' (consumption tax); 'the FY2015 initial budget of ¥96.3 trillion' (not the supplementary budget); 'aiming for 2% inflation'; 'about ¥125 per dollar'; 'the European Union has offered a cut of at least 40% from 1990 levels' (another party's target); Table 1's 2013 column (65.2, 138.5) and balance row (-73.4, -67.1); 'Through June 2015, U.S. exports to Japan ran about 3% below their pace of a year earlier' (partial year); 'about $1.2 trillion in May 2015' (holdings, not a rank); 'the twelve countries negotiating the TPP', 'some 40% of world GDP', 'Japan joined the talks in 2013', 'signed on June 29' (TPA), 'from July 28 to 31'; 'beef (38.5%)', 'U.S. tariffs of 2.5% on Japanese passenger cars and 25% on light trucks' (no tariff on most imports). PDF: ligatures and curly quotes; layout: pdftotext -layout runs the two columns side by side, the bullet list and Table 1 among them.",
}
