from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "JJ1-IF10199-2016-02", "fresh10", "IF10199", 8
LAYOUTS = ["md", "interleaved"]

MD = """
U.S.-Japan Relations

Updated February 16, 2016

## Overview

The security relationship between the United States and Japan dates from 1951, when the two countries signed their first mutual security treaty in San Francisco; the treaty in force today is the revised version of 1960. In the decades since, Japan has become one of Washington's most important partners, in Asia and beyond. It hosts more U.S. forces than any other country in the region, and its companies and investors are deeply woven into the U.S. economy. Prime Minister Shinzo Abe, who returned to office in December 2012 after a first, one-year tenure in 2006-2007, has put a stronger alliance at the center of his foreign policy. The Obama Administration has welcomed that emphasis as part of its "rebalance" to the Asia-Pacific.

The high point of recent bilateral diplomacy was Abe's state visit to Washington in the spring of 2015. On April 29, 2015, he became the first Japanese prime minister to speak to a joint meeting of Congress, and he and President Barack Obama issued a joint vision statement the day before. Several developments since late 2015 will shape the relationship this year:

- The twelve Trans-Pacific Partnership (TPP) countries, Japan and the United States among them, signed the agreement in Auckland, New Zealand, on February 4, 2016. Neither legislature has yet approved it.
- North Korea conducted its fourth nuclear test on January 6 and launched a long-range rocket on February 7, prompting Tokyo to reimpose unilateral sanctions it had eased in 2014.
- On January 29, the Bank of Japan said it would apply an interest rate of minus 0.1% to part of the reserves commercial banks hold with it, the first negative rate in its history.
- Tokyo and Seoul announced on December 28, 2015, that they had resolved the "comfort women" dispute "finally and irreversibly"; Japan is to provide ¥1 billion (about $8.3 million) to a foundation for surviving victims.

## Abe's Security Agenda

In September 2015, after months of protests, the Diet passed security legislation that amends ten existing laws and creates one new one. The package permits the Self-Defense Forces (SDF) to exercise collective self-defense in limited circumstances, such as defending U.S. ships under attack when Japan's own survival is at stake, and is to take effect in March 2016. It followed the April 2015 revision of the bilateral Guidelines for Defense Cooperation, the first rewrite since 1997.

Abe's government has also raised military spending for four years in a row. The FY2016 budget now before the Diet allots ¥5.05 trillion (roughly $42 billion) to defense, the first time the total has exceeded ¥5 trillion. Growth remains modest, however, because Tokyo continues a practice, followed with few exceptions since 1976, of holding military outlays to no more than one percent of gross domestic product. The Administration has not asked Japan to adopt a numerical spending target.

## Cost-Sharing and Force Posture

U.S. forces in Japan number somewhat more than fifty thousand, most of them sailors, Marines, and airmen at bases on Honshu, Kyushu, and Okinawa; by comparison, about 28,500 U.S. troops serve in South Korea. Japan covers a large part of the cost of keeping them there. In December 2015 the two governments agreed on a new Special Measures Agreement (SMA), which Foreign Minister Fumio Kishida and U.S. Ambassador Caroline Kennedy signed in Tokyo on January 22, 2016. It commits Japan to ¥946.5 billion over the five years beginning in April 2016. That comes to about ¥189 billion annually, or approximately $1.6 billion per year at current exchange rates, slightly more than under the 2011 agreement it succeeds, which lapses on March 31.

## The Okinawa Basing Issue

The concentration of U.S. bases in Okinawa is the alliance's most persistent irritant. The basic figures:

- The prefecture accounts for six-tenths of one percent of Japan's land area.
- Close to a quarter of all facilities used by U.S. Forces Japan (USFJ) are located there, as is a clear majority of USFJ personnel.
- Under a bilateral plan adopted in 2012, about nine thousand Marines are to leave Okinawa. Some four thousand of them are to move to Guam, half the eight thousand envisioned in the 2006 realignment roadmap.

Governor Takeshi Onaga, elected in November 2014 on a promise to stop the relocation of Marine Corps Air Station Futenma to Henoko, a less crowded part of the island, revoked the landfill permit for the replacement facility in October 2015. The national government and the prefecture are now suing each other in three separate cases. In Ginowan, the city that surrounds Futenma, the mayor backed by Abe's Liberal Democratic Party (LDP) won reelection on January 24, 2016, by some 6,000 votes.

## Japanese Politics

Abe's political footing is secure. In the December 2014 election, the LDP and its junior coalition partner, Komeito, won 326 of the Lower House's 475 seats. That combined share, roughly sixty-nine percent, exceeds the two-thirds majority needed to override the upper chamber. The coalition's margin in the Upper House is thinner: it holds about 56% of the seats there. Abe was returned unopposed as LDP president in September 2015, for a three-year term that runs until September 2018.

Half of the Upper House's 242 seats are to be contested in July 2016, the country's next national election and the first in which 18- and 19-year-olds may vote. Lower House members' terms expire in December 2018, although the prime minister may dissolve the chamber earlier. Abe hopes to begin revising the constitution, which requires a two-thirds vote in each chamber followed by a national referendum; the summer election will determine whether parties open to revision control enough seats.

## Economic Issues

"Abenomics," Abe's mix of monetary easing, fiscal stimulus, and structural reform, has yet to produce durable growth. Real GDP rose an estimated 0.4% in 2015, after contracting 0.1% in 2014, and preliminary data released on February 15 showed output falling at an annualized rate of 1.4% in the October-December quarter. A ¥3.3 trillion (about $28 billion) supplementary budget was enacted on January 20, 2016; the FY2016 general-account budget, a record ¥96.7 trillion, awaits Diet approval. The consumption tax is scheduled to rise from 8% to 10% in April 2017.

Markets have not cooperated. Instead of weakening after the Bank of Japan's move to negative rates, the yen strengthened: on February 11 it briefly traded above ¥111 to the dollar, a 15-month high, having sunk in June 2015 to its weakest level in 13 years. A stronger yen erodes exporters' profits and works against the central bank's 2% inflation goal.

Under the Paris Agreement concluded in December 2015, Japan has pledged to cut greenhouse gas emissions 26% by FY2030 from FY2013 levels. Its earlier target, set in 2009, was a 25% reduction from 1990 levels by 2020.

## Trade and Investment

Japan was the fourth-largest U.S. trading partner in 2015, when two-way merchandise trade came to about $194 billion. Census Bureau figures released this month show:

- U.S. goods exports to Japan of $62.5 billion, down from $66.8 billion in 2014. Japan ranked behind Canada, Mexico, and China as a buyer of U.S. goods.
- U.S. goods imports from Japan of $131.1 billion. Among suppliers of the U.S. market, it stood in fourth place as well.
- A bilateral deficit of a little under sixty-nine billion dollars, the third-largest U.S. goods deficit with any country, after those with China and Germany.

Japan is also a major source of capital. The direct investment position of Japanese firms in the United States reached $373 billion at the end of 2014, the largest of any country except the United Kingdom. Japanese investors held about $1.12 trillion in U.S. Treasury securities at the end of 2015, making Japan the second-biggest foreign holder after China, whose holdings stood at $1.25 trillion.

Once in force, the TPP would remove or reduce most tariffs on trade between the two countries. Japan agreed to cut its 38.5% tariff on beef to 9% over 16 years; the United States is to phase out its 2.5% tariff on Japanese passenger cars over 25 years. Congress would consider implementing legislation under the Trade Promotion Authority (TPA) renewed in June 2015, but the timing is uncertain in a presidential election year.

## Regional Relations

Relations between Tokyo and Beijing have stabilized since Abe and Chinese President Xi Jinping first met in November 2014, although Chinese government vessels continue to enter the territorial waters around the Japan-administered Senkaku Islands several times a month. The December accord with South Korean President Park Geun-hye on the comfort women opened the way for closer trilateral coordination on North Korea, which Washington has long urged. Japan is to host the G-7 summit at Ise-Shima on May 26-27, 2016.

**Emma Chanlett-Avery**, Coordinator, Specialist in Asian Affairs

**Ian E. Rinehart**, Analyst in Asian Affairs

**Brock R. Williams**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Abe", "Shinzo", "Prime Minister Shinzo Abe"),
        "leaders.us_president": P("Obama", "Barack", "President Barack Obama"),
        "alliance.treaty_ally_since": F(1951, as_written="The security relationship between the United States and Japan dates from 1951, when the two countries signed their first mutual security treaty in San Francisco"),
        "alliance.us_troops_in_japan": F(50000, "over", as_written="U.S. forces in Japan number somewhat more than fifty thousand"),
        "alliance.host_nation_support_per_year": F(1600000000, "about", per="year", as_written="That comes to about ¥189 billion annually, or approximately $1.6 billion per year at current exchange rates", note="the dollar figure with its own hedge; subject carried from the SMA sentence"),
        "alliance.host_nation_support_agreement": D("2015-12", as_written="In December 2015 the two governments agreed on a new Special Measures Agreement (SMA)", note="dated by the agreement; signed January 22, 2016"),
        "alliance.okinawa_share_of_usfj_facilities": F(25, "nearly", as_written="Close to a quarter of all facilities used by U.S. Forces Japan (USFJ) are located there", note="bullet list"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="as is a clear majority of USFJ personnel", note="bullet list; 'a clear majority' = more than half"),
        "alliance.okinawa_share_of_land_area": F(0.6, as_written="The prefecture accounts for six-tenths of one percent of Japan's land area", note="number in words; bullet list"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="Some four thousand of them are to move to Guam", note="number in words; bullet list"),
        "defense.traditional_limit_pct_gdp": F(1, as_written="holding military outlays to no more than one percent of gross domestic product", note="the limit itself, exact"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="the LDP and its junior coalition partner, Komeito"),
        "politics.lower_house_coalition_share": F(69, "about", as_written="That combined share, roughly sixty-nine percent", note="number in words; subject carried from the seat-count sentence"),
        "politics.upper_house_coalition_share": F(56, "about", as_written="it holds about 56% of the seats there", note="'it' = the coalition; 'there' = the Upper House"),
        "politics.next_diet_election_due": F(2016, as_written="Half of the Upper House's 242 seats are to be contested in July 2016, the country's next national election"),
        "politics.lower_house_election_due": D("2018-12", as_written="Lower House members' terms expire in December 2018"),
        "trade.overall_partner_rank": F(4, period="2015", as_written="Japan was the fourth-largest U.S. trading partner in 2015"),
        "trade.export_partner_rank": F(4, period="2015", as_written="Japan ranked behind Canada, Mexico, and China as a buyer of U.S. goods", note="three countries named ahead = 4; goods"),
        "trade.import_partner_rank": F(4, period="2015", as_written="Among suppliers of the U.S. market, it stood in fourth place as well", note="subject carried from the sentence before; goods"),
        "trade.us_exports_to_japan": F(62500000000, period="2015", as_written="U.S. goods exports to Japan of $62.5 billion, down from $66.8 billion in 2014", note="goods, Census basis; bullet list"),
        "trade.us_imports_from_japan": F(131100000000, period="2015", as_written="U.S. goods imports from Japan of $131.1 billion", note="goods; bullet list"),
        "trade.fdi_source_rank": F(2, period="2014", as_written="the largest of any country except the United Kingdom"),
        "trade.treasury_holder_rank": F(2, period="2015", as_written="making Japan the second-biggest foreign holder after China"),
        "economy.gdp_growth": GDP(y2015=0.4, y2014=-0.1),
        "economy.supplementary_budget": F(28000000000, "about", period="2016-01-20", as_written="A ¥3.3 trillion (about $28 billion) supplementary budget was enacted on January 20, 2016"),
        "economy.emissions_cut_target": F(26, by="2030", baseline="2013", as_written="cut greenhouse gas emissions 26% by FY2030 from FY2013 levels", note="fiscal years as written"),
        "economy.yen": F("15-month high against the dollar", period="2016-02", as_written="on February 11 it briefly traded above ¥111 to the dollar, a 15-month high"),
    },
    "elections": {
        "upper_house_2016": E("Upper House", "2016-07", "upcoming", note="half of 242 seats"),
        "lower_house_2014": E("Lower House", "2014-12", "held", result="LDP-Komeito 326 of 475 seats, roughly sixty-nine percent"),
        "ldp_president_2015": E("LDP president", "2015-09", "held", result="Abe returned unopposed"),
        "okinawa_governor_2014": E("Okinawa governor", "2014-11", "held", result="Takeshi Onaga elected"),
    },
    "events": {
        "abe_address_to_congress": EV("Abe addresses a joint meeting of Congress, the first Japanese prime minister to do so", "2015-04-29", "held"),
    },
    "notes": "Traps: 'the treaty in force today is the revised version of 1960'; 'who returned to office in December 2012 after a first, one-year tenure in 2006-2007'; 'It hosts more U.S. forces than any other country in the region' (not a rank fact); 'he and President Barack Obama issued a joint vision statement the day before' (April 28, not the address); 'The twelve Trans-Pacific Partnership (TPP) countries ... on February 4, 2016'; 'its fourth nuclear test on January 6 and launched a long-range rocket on February 7'; 'an interest rate of minus 0.1%'; 'on December 28, 2015' and '¥1 billion (about $8.3 million)'; 'amends ten existing laws and creates one new one' and 'the first rewrite since 1997'; 'allots ¥5.05 trillion (roughly $42 billion) to defense' and 'followed with few exceptions since 1976' (not the treaty year); 'has not asked Japan to adopt a numerical spending target' (no goal); 'about 28,500 U.S. troops serve in South Korea' (another country); 'Foreign Minister Fumio Kishida' (not the PM) and 'signed in Tokyo on January 22, 2016' (signing, not the agreement date); '¥946.5 billion over the five years' and 'about ¥189 billion annually' (yen, not the dollar figure); 'the 2011 agreement it succeeds, which lapses on March 31'; 'about nine thousand Marines are to leave Okinawa' (total leaving, not Guam) and 'half the eight thousand envisioned in the 2006 realignment roadmap' (past plan); 'revoked the landfill permit ... in October 2015'; 'won reelection on January 24, 2016, by some 6,000 votes' (Ginowan mayor, local race, not listed); 'won 326 of the Lower House's 475 seats' (counts) and 'the two-thirds majority needed to override the upper chamber'; 'for a three-year term that runs until September 2018' (a term end, not an election); 'Half of the Upper House's 242 seats' and 'the first in which 18- and 19-year-olds may vote'; 'requires a two-thirds vote in each chamber'; 'output falling at an annualized rate of 1.4% in the October-December quarter' (a quarter); 'a record ¥96.7 trillion' (initial budget, not the supplementary); 'from 8% to 10% in April 2017'; 'having sunk in June 2015 to its weakest level in 13 years' (past yen level) and 'the central bank's 2% inflation goal'; 'Its earlier target, set in 2009, was a 25% reduction from 1990 levels by 2020' (past target); 'two-way merchandise trade came to about $194 billion' (not a fact); 'down from $66.8 billion in 2014' (past exports); 'A bilateral deficit of a little under sixty-nine billion dollars, the third-largest U.S. goods deficit' (deficit rank, not a trade rank); '$373 billion at the end of 2014' (FDI stock, not catalogued for IF10199); 'about $1.12 trillion' and 'China, whose holdings stood at $1.25 trillion'; 'its 38.5% tariff on beef to 9% over 16 years' and 'its 2.5% tariff on Japanese passenger cars over 25 years' (TPP terms, not a U.S. tariff on most imports); 'Chinese President Xi Jinping' and 'South Korean President Park Geun-hye' (other leaders); 'the G-7 summit at Ise-Shima on May 26-27, 2016' (planned). Trade figures are 2015 goods (Census). No PDF options; interleaved columns.",
}
