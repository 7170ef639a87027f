from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "GA1-IF10199-2016-02", "fresh26", "IF10199", 14
LAYOUTS = ["md", "html"]
PDF_OPTS = []
SIDEBAR = "The Okinawa Question"

MD = """
U.S.-Japan Relations

Updated February 17, 2016

## Overview

Since Abe Shinzo returned to the premiership in December 2012, Japan has sought a larger role alongside its only treaty ally, and Washington has welcomed most of it. The United States and Japan, allies since 1951, marked the relationship's maturity last April 29, when Abe became the first Japanese leader to address a joint meeting of Congress. President Barack Obama is to travel to Japan in May for the Group of Seven (G-7) summit at Ise-Shima, which Tokyo is hosting. The two governments now face three tests in 2016: ratifying the Trans-Pacific Partnership (TPP), carrying out new defense legislation, and moving a contested Marine Corps air station on Okinawa.

Abe's grandfather, Prime Minister Kishi Nobusuke, signed the revised security treaty in 1960, and Abe has cast his own defense agenda as the completion of that work. Critics in Japan, and in China and South Korea, read it differently. In late December, Tokyo and Seoul announced a settlement of the "comfort women" issue under which Japan will put ¥1 billion into a fund for the surviving victims; South Korean President Park Geun-hye's government has called the deal final.

## Alliance Basics

Stationed across the archipelago are roughly fifty thousand U.S. service members, most of them in the Navy and Marine Corps, along with some 40,000 dependents. The U.S. Seventh Fleet, the Navy's largest forward-deployed fleet, is based at Yokosuka. By comparison, about 28,500 U.S. troops are in South Korea.

Japan meets a share of the cost. A new Special Measures Agreement (SMA), signed on January 22 after five months of talks, commits Tokyo to ¥945.1 billion in host-nation support over FY2016-FY2020. Spread across the five years, that is in the neighborhood of $1.6 billion annually, covering base workers' salaries, utilities, and facilities upkeep. The previous SMA, concluded in 2011, expires at the end of March.

The bilateral defense guidelines revised in April 2015 widen the tasks Japan's Self-Defense Forces may perform with U.S. forces. Legislation passed by the Diet in September, over street protests, allows Japan to exercise collective self-defense in limited circumstances. Spending has risen for four straight years, and the FY2016 defense budget, ¥5.05 trillion, would be a record. Even so, outlays remain under a ceiling of roughly 1% of GDP that governments have observed since 1976.

## The Okinawa Question

Though it makes up less than 1% of Japan's land area, Okinawa hosts about one-fourth of all facilities used by U.S. forces in Japan. It is also home to more than half of the U.S. military personnel in the country. Under a 2012 revision of the realignment plan, around 9,000 Marines are to leave the island; Guam is to receive some 4,000 of them, the remainder going to Hawaii, Australia, and the U.S. mainland. Moves to Guam are not expected before the early 2020s.

The Futenma air station is to be replaced by a new runway at Henoko, in the less crowded north, under a plan first agreed in 1996. Okinawa Governor Onaga Takeshi, who won office in November 2014 by opposing the plan, revoked the landfill permit for the site in October; the central government has sued to overturn the revocation.

## Domestic Politics

Abe heads a two-party coalition:

- the Liberal Democratic Party (LDP), which he leads;
- Komeito, its smaller partner, backed by the lay Buddhist group Soka Gakkai.

The coalition emerged from the December 2014 snap election with 326 of 475 seats, better than two-thirds of the House of Representatives, the more powerful lower chamber. In the House of Councillors it commands a little above 55% of the seats. Abe was returned unopposed as LDP president last September, for a three-year term, and his cabinet's approval rating has recovered to around 50% since the security bills passed.

Half of the upper chamber's 242 seats are up this July, in the first national vote in which 18- and 19-year-olds may cast ballots. That contest is the next Diet election; the lower chamber's term, by contrast, does not run out until December 2018, though some in the LDP have floated a same-day election for both houses.

## Trade and Economic Ties

Japan was the fourth-largest U.S. trading partner in goods last year, after China, Canada, and Mexico. Among U.S. export markets it also placed fourth, and it occupied the same slot among sources of imports, with shipments to the United States of $131.4 billion.

Table 1. U.S. Goods Trade with Japan ($ billions)

| | 2014 | 2015 |
| --- | --- | --- |
| U.S. exports | 66.9 | 62.4 |
| U.S. imports | 134.0 | 131.4 |
| Balance | -67.1 | -69.0 |

Source: U.S. Census Bureau.

Investment flows in both directions. Japanese companies' direct investment in the United States, $373.8 billion at the end of 2014, was exceeded only by that of British firms. Japan's holdings of U.S. Treasury securities, about $1.12 trillion in December, ranked behind China's alone.

Japan's economy grew by an estimated 0.4% in 2015, after a 0.1% contraction in 2014 that followed a consumption tax increase. Preliminary data released this week showed output falling at a 1.4% annualized rate in the October-December quarter. A ¥3.3 trillion supplementary budget for FY2015, worth some $28 billion, cleared the Diet on January 20. On January 29, the Bank of Japan set a negative rate of -0.1% on some bank reserves. The yen, which in June 2015 sank to about ¥125 per dollar, its weakest in thirteen years, has since firmed.

Ahead of the Paris climate conference in December, Tokyo pledged to cut greenhouse gas emissions 26% by FY2030 compared with FY2013; its longer-term aim is an 80% cut by 2050.

## The Trans-Pacific Partnership

Trade ministers of the twelve TPP countries signed the agreement in Auckland on February 4, more than five years after negotiations began. For Japan, the deal would phase down its 38.5% tariff on beef to 9% over 16 years. Both Congress and the Diet must approve it; Abe's cabinet hopes for Diet approval before the summer.

**Emma Chanlett-Avery**, Coordinator, Specialist in Asian Affairs

**Ian E. Rinehart**, Analyst in Asian Affairs

**Brock R. Williams**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Abe", "Shinzo", "Since Abe Shinzo returned to the premiership in December 2012", note="family name first"),
        "leaders.us_president": P("Obama", "Barack", "President Barack Obama is to travel to Japan in May"),
        "alliance.treaty_ally_since": F(1951, as_written="The United States and Japan, allies since 1951", note="appositive; 1960 revision a trap"),
        "alliance.us_troops_in_japan": F(50000, "about", as_written="Stationed across the archipelago are roughly fifty thousand U.S. service members", note="number in words, inverted sentence"),
        "alliance.host_nation_support_per_year": F(1600000000, "about", per="year", as_written="that is in the neighborhood of $1.6 billion annually", note="'in the neighborhood of' = about; the dollar figure from the yen total spread over five years"),
        "alliance.host_nation_support_agreement": D("2016-01-22", as_written="A new Special Measures Agreement (SMA), signed on January 22 after five months of talks", note="year from the cover date"),
        "alliance.okinawa_share_of_usfj_facilities": F(25, "about", as_written="Okinawa hosts about one-fourth of all facilities used by U.S. forces in Japan", note="sidebar"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="It is also home to more than half of the U.S. military personnel in the country", note="sidebar; subject carried"),
        "alliance.okinawa_share_of_land_area": F(1, "under", as_written="Though it makes up less than 1% of Japan's land area", note="sidebar"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="Guam is to receive some 4,000 of them", note="sidebar; 9,000 leaving Okinawa a trap"),
        "defense.traditional_limit_pct_gdp": F(1, "about", as_written="outlays remain under a ceiling of roughly 1% of GDP that governments have observed since 1976"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="Abe heads a two-party coalition: the Liberal Democratic Party (LDP) ...; Komeito, its smaller partner", note="bullet list"),
        "politics.lower_house_coalition_share": F(67, "over", as_written="326 of 475 seats, better than two-thirds of the House of Representatives", note="fraction in words rounded (two-thirds = 67); 'better than' = over"),
        "politics.upper_house_coalition_share": F(55, "over", as_written="In the House of Councillors it commands a little above 55% of the seats"),
        "politics.next_diet_election_due": F(2016, as_written="Half of the upper chamber's 242 seats are up this July ... That contest is the next Diet election"),
        "politics.lower_house_election_due": D("2018-12", as_written="the lower chamber's term, by contrast, does not run out until December 2018"),
        "trade.overall_partner_rank": F(4, period="2015", as_written="Japan was the fourth-largest U.S. trading partner in goods last year", note="'last year' = 2015"),
        "trade.export_partner_rank": F(4, period="2015", as_written="Among U.S. export markets it also placed fourth"),
        "trade.import_partner_rank": F(4, period="2015", as_written="and it occupied the same slot among sources of imports"),
        "trade.us_imports_from_japan": F(131400000000, period="2015", as_written="with shipments to the United States of $131.4 billion", note="also Table 1's 2015 column"),
        "trade.us_exports_to_japan": F(62400000000, period="2015", as_written="Table 1: U.S. exports | 66.9 | 62.4 ($ billions)", note="only in Table 1, 2015 column"),
        "trade.fdi_source_rank": F(2, period="2014", as_written="Japanese companies' direct investment in the United States, $373.8 billion at the end of 2014, was exceeded only by that of British firms"),
        "trade.treasury_holder_rank": F(2, period="2015-12", as_written="Japan's holdings of U.S. Treasury securities, about $1.12 trillion in December, ranked behind China's alone", note="December = 2015 from the cover date"),
        "economy.gdp_growth": GDP(y2015=0.4, y2014=-0.1),
        "economy.supplementary_budget": F(28000000000, "about", period="2016-01", as_written="A ¥3.3 trillion supplementary budget for FY2015, worth some $28 billion, cleared the Diet on January 20"),
        "economy.yen": F("13-year low against the dollar", period="2015-06", as_written="The yen, which in June 2015 sank to about ¥125 per dollar, its weakest in thirteen years"),
        "economy.emissions_cut_target": F(26, by="2030", baseline="2013", as_written="Tokyo pledged to cut greenhouse gas emissions 26% by FY2030 compared with FY2013"),
    },
    "elections": {
        "lower_house_2014": E("Lower House", "2014-12", "held", result="coalition 326 of 475 seats, better than two-thirds"),
        "okinawa_governor_2014": E("Okinawa governor", "2014-11", "held", result="Onaga Takeshi, opposing the Henoko plan"),
        "ldp_president_2015": E("LDP president", "2015-09", "held", result="Abe returned unopposed for a three-year term"),
        "upper_house_2016": E("Upper House", "2016-07", "upcoming", note="'this July'"),
    },
    "events": {
        "abe_address_to_congress": EV("Abe addresses a joint meeting of Congress, the first Japanese leader to do so", "2015-04-29", "held"),
    },
    "notes": "Traps: 'returned to the premiership in December 2012'; 'President Barack Obama is to travel to Japan in May for the Group of Seven (G-7) summit' (planned visit); 'Abe's grandfather, Prime Minister Kishi Nobusuke, signed the revised security treaty in 1960' (former leader; 1960 not the treaty-ally year); 'put ¥1 billion into a fund' and 'South Korean President Park Geun-hye' (another country's leader); 'along with some 40,000 dependents'; 'about 28,500 U.S. troops are in South Korea' (another country); 'after five months of talks'; '¥945.1 billion in host-nation support over FY2016-FY2020' (five-year yen total); 'The previous SMA, concluded in 2011' (past agreement); 'revised in April 2015' (guidelines); 'Legislation passed by the Diet in September'; 'Spending has risen for four straight years' and 'the FY2016 defense budget, ¥5.05 trillion' (budget, not a goal); 'since 1976'; 'around 9,000 Marines are to leave the island' (total leaving, not Guam); 'Under a 2012 revision'; 'not expected before the early 2020s' (no Marines in Guam); 'a plan first agreed in 1996'; 'revoked the landfill permit for the site in October'; 'for a three-year term' (term, not an election); 'approval rating has recovered to around 50%' (not a seat share); 'Half of the upper chamber's 242 seats' ('half' is no share); '18- and 19-year-olds'; 'some in the LDP have floated a same-day election for both houses' (speculation, not listed); 'after China, Canada, and Mexico' (three partners ahead: rank 4); Table 1's 2014 column (66.9, 134.0) and Balance row (-67.1, -69.0); '$373.8 billion at the end of 2014' (FDI stock, no IF10199 fact); 'about $1.12 trillion' (holdings, not a rank); 'output falling at a 1.4% annualized rate in the October-December quarter' (a quarter, not a year); 'a negative rate of -0.1%'; 'about ¥125 per dollar'; 'an 80% cut by 2050' (long-term aim, not the 2030 target); 'Trade ministers of the twelve TPP countries signed the agreement in Auckland on February 4'; 'its 38.5% tariff on beef to 9% over 16 years'; HTML sidebar 'The Okinawa Question' (aside).",
}
