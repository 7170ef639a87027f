from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "AC1-IF10199-2015-06", "fresh15", "IF10199", 3
LAYOUTS = ["md", "pdf"]
PDF_OPTS = ["quotes", "nbsp", "hyph"]
SIDEBAR = "Sidebar: Okinawa in Figures"
CHART = {"unit": "¥ trillions", "ymax": 6, "ticks": [0, 2, 4, 6],
         "series": ["Initial defense budget"],
         "bars": {"FY2011": (4.78,), "FY2012": (4.71,), "FY2013": (4.75,), "FY2014": (4.78,), "FY2015": (4.98,)}}

MD = """
U.S.-Japan Relations

Updated June 25, 2015

## An Alliance Built in Stages

The security relationship between the United States and Japan grew out of the postwar occupation. In 1951, hours after the San Francisco peace treaty was signed, the two countries concluded a bilateral security treaty, and they have been treaty allies ever since. A revised Treaty of Mutual Cooperation and Security replaced the original in 1960 and remains in force; Okinawa, administered by the United States after the war, reverted to Japan in 1972. The allies first issued Guidelines for U.S.-Japan Defense Cooperation in 1978 and revised them in 1997. A second revision, agreed on April 27 of this year, allows Japan's Self-Defense Forces to support U.S. forces well beyond Japan's immediate vicinity.

## Prime Minister Abe in Washington

Prime Minister Shinzo Abe's week-long visit to the United States this spring showcased how far the partnership has come. On the twenty-ninth of April he became the first Japanese leader to address a joint meeting of Congress, expressing "deep repentance" for the war and urging completion of the Trans-Pacific Partnership (TPP). President Barack Obama had welcomed him at the White House the day before.

## U.S. Forces and Their Cost

The U.S. military presence in Japan, in the region of fifty thousand personnel, is the largest in Asia. Tokyo shares the cost. Under a Special Measures Agreement (SMA) concluded in January 2011, Japan's outlays run to roughly ¥188 billion annually, a little more than one and a half billion dollars at today's exchange rate. That agreement covers five fiscal years and lapses at the end of March 2016; talks on a successor opened this spring and are expected to conclude by December.

## Defense Policy

Japan's defense budgets have stayed at or just under one percent of gross domestic product (GDP), a self-imposed limit first set in 1976. The FY2015 budget, at ¥4.98 trillion, rose for a third straight year (Figure 1), and the Ministry of Defense's FY2016 request, due in August, is expected to top ¥5 trillion for the first time. The government has adopted no numerical spending target; China's announced military budget, by contrast, grew 10.1% this year.

**Figure 1. Japan's Defense Budget, FY2011-FY2015**

Source: Japan Ministry of Defense; initial budgets.

## Sidebar: Okinawa in Figures

Okinawa makes up three-fifths of one percent of Japan's land area yet holds twenty-five percent or so of the facilities used by U.S. forces in Japan. It is also home to more than half of the American service members stationed in the country.

Under the realignment plan as revised in 2012, nine thousand Marines are to leave the island. Roughly four thousand of them are bound for Guam, in moves not expected to begin before the early 2020s; some twenty-seven hundred are to go to Hawaii, and the remainder to the continental United States or to rotations through Australia. Japan has agreed to pay up to $2.8 billion of the Guam facilities' cost.

The planned relocation of Marine Corps Air Station Futenma to Henoko, on the island's northern coast, remains contested. Governor Takeshi Onaga, who won the November 2014 gubernatorial election on a pledge to block the project, carried his case to Washington in early June; the Abe government says construction will go ahead.

## Trade, Investment, and the TPP

In goods trade, Japan came in fourth among U.S. partners in 2014, after Canada, China, and Mexico. U.S. exports to Japan reached nearly sixty-seven billion dollars, enough to make it the fourth-largest market for American goods as well. Imports from Japan, chiefly cars, parts, and machinery, came to one hundred thirty-four billion dollars, a total exceeded only by imports from China, Canada, and Mexico. The resulting U.S. goods deficit, $67.2 billion, was down from $73.3 billion in 2013.

Japanese companies are the second-largest source of foreign direct investment (FDI) in the United States, after British ones; their stock stood at $373 billion at the end of 2014. Of U.S. Treasury securities held abroad, Japan owned $1.22 trillion in April, second only to China's holdings.

Twelve countries, Japan and the United States among them, are negotiating the TPP. Congress completed action on trade promotion authority (TPA) on June 24. Bilateral issues still open include access to Japan's rice and pork markets, its 38.5% tariff on beef, and the phase-out of the 2.5% U.S. tariff on passenger cars.

## The Economy

Japan's economy shrank by a tenth of a percent in 2014, after 1.6% growth in 2013, as the April 2014 rise in the consumption tax from 5% to 8% depressed spending. In February the Diet enacted a ¥3.1 trillion supplementary budget for FY2014, worth about twenty-six billion dollars. Output rebounded at an annualized 3.9% in the first quarter of 2015, and the next consumption tax increase, to 10%, has been put off until April 2017. The Bank of Japan's asset purchases have pushed the yen down: in early June it touched ¥125 to the dollar, a 13-year low.

On climate, the government unveiled a draft pledge on June 2 to cut greenhouse gas emissions 26% below FY2013 levels by FY2030. The European Union has pledged a cut of at least 40% from 1990 levels.

## Politics in Tokyo

The ruling Liberal Democratic Party (LDP) and its junior partner, Komeito, hold 326 of the 475 seats in the House of Representatives, nearly seven in ten, having kept their supermajority in the snap election of December 14, 2014. In the House of Councillors their margin is thinner: 135 of the 242 seats, slightly under fifty-six percent, won or retained in the July 2013 election.

Abe's term as LDP president expires in September, when the party is to choose its leader. The next nationwide vote falls in July of next year, when half of the upper chamber is elected. Unless the prime minister dissolves it early, the lower chamber sits until its term ends in December 2018.

The security bills had passed neither chamber by the Diet's scheduled close on June 24. On June 22 the Diet extended its session by ninety-five days, to September 27, long enough for the lower house to pass the bills again by a two-thirds majority should the upper house fail to act within sixty days. Cabinet approval ratings have slipped into the low 40s since three constitutional scholars told a Diet panel on June 4 that the bills were unconstitutional.

**Emma Chanlett-Avery**, Coordinator, Specialist in Asian Affairs

**Mark E. Manyin**, Specialist in Asian Affairs

**Ian E. Rinehart**, Analyst in Asian Affairs

**Brock R. Williams**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Abe", "Shinzo", "Prime Minister Shinzo Abe"),
        "leaders.us_president": P("Obama", "Barack", "President Barack Obama"),
        "alliance.treaty_ally_since": F(1951, as_written="In 1951, hours after the San Francisco peace treaty was signed, the two countries concluded a bilateral security treaty, and they have been treaty allies ever since"),
        "alliance.us_troops_in_japan": F(50000, "about", as_written="The U.S. military presence in Japan, in the region of fifty thousand personnel", note="number in words; 'in the region of' = about"),
        "alliance.host_nation_support_per_year": F(1500000000, "over", per="year", as_written="a little more than one and a half billion dollars at today's exchange rate", note="dollar figure in words; the yen amount 'roughly ¥188 billion annually' is a trap"),
        "alliance.host_nation_support_agreement": D("2011-01", as_written="Under a Special Measures Agreement (SMA) concluded in January 2011"),
        "alliance.okinawa_share_of_usfj_facilities": F(25, "about", as_written="twenty-five percent or so of the facilities used by U.S. forces in Japan", note="sidebar; 'or so' = about; all facilities, not exclusive-use"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="It is also home to more than half of the American service members stationed in the country", note="sidebar; subject Okinawa carried from the sentence before"),
        "alliance.okinawa_share_of_land_area": F(0.6, as_written="Okinawa makes up three-fifths of one percent of Japan's land area", note="sidebar; three-fifths of one percent = 0.6, exact"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="Roughly four thousand of them are bound for Guam", note="sidebar; of the nine thousand leaving"),
        "defense.traditional_limit_pct_gdp": F(1, as_written="one percent of gross domestic product (GDP), a self-imposed limit first set in 1976", note="'at or just under' describes the budgets, not the limit"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="The ruling Liberal Democratic Party (LDP) and its junior partner, Komeito"),
        "politics.lower_house_coalition_share": F(70, "nearly", as_written="hold 326 of the 475 seats in the House of Representatives, nearly seven in ten", note="seven in ten = 70 (fraction rule); 326/475 = 68.6%"),
        "politics.upper_house_coalition_share": F(56, "under", as_written="135 of the 242 seats, slightly under fifty-six percent", note="words; 135/242 = 55.8%"),
        "politics.next_diet_election_due": F(2016, as_written="The next nationwide vote falls in July of next year, when half of the upper chamber is elected", note="'next year' from the text's date"),
        "politics.lower_house_election_due": D("2018-12", as_written="the lower chamber sits until its term ends in December 2018"),
        "trade.overall_partner_rank": F(4, period="2014", as_written="In goods trade, Japan came in fourth among U.S. partners in 2014, after Canada, China, and Mexico"),
        "trade.export_partner_rank": F(4, period="2014", as_written="enough to make it the fourth-largest market for American goods as well"),
        "trade.us_exports_to_japan": F(67000000000, "nearly", period="2014", as_written="U.S. exports to Japan reached nearly sixty-seven billion dollars", note="goods; words"),
        "trade.import_partner_rank": F(4, period="2014", as_written="a total exceeded only by imports from China, Canada, and Mexico"),
        "trade.us_imports_from_japan": F(134000000000, period="2014", as_written="Imports from Japan ... came to one hundred thirty-four billion dollars", note="goods; words"),
        "trade.fdi_source_rank": F(2, period="2014", as_written="Japanese companies are the second-largest source of foreign direct investment (FDI) in the United States, after British ones"),
        "trade.treasury_holder_rank": F(2, period="2015-04", as_written="Of U.S. Treasury securities held abroad, Japan owned $1.22 trillion in April, second only to China's holdings"),
        "economy.gdp_growth": GDP(y2014=-0.1, y2013=1.6),
        "economy.supplementary_budget": F(26000000000, "about", period="2015-02", as_written="In February the Diet enacted a ¥3.1 trillion supplementary budget for FY2014, worth about twenty-six billion dollars"),
        "economy.yen": F("13-year low against the dollar", period="2015-06", as_written="in early June it touched ¥125 to the dollar, a 13-year low"),
        "economy.emissions_cut_target": F(26, by="2030", baseline="2013", as_written="a draft pledge on June 2 to cut greenhouse gas emissions 26% below FY2013 levels by FY2030"),
    },
    "elections": {
        "lower_house_2014": E("Lower House", "2014-12-14", "held", result="LDP-Komeito 326 of 475 seats"),
        "upper_house_2013": E("Upper House", "2013-07", "held", result="coalition 135 of 242 seats"),
        "okinawa_governor_2014": E("Okinawa governor", "2014-11", "held", result="Takeshi Onaga elected"),
        "ldp_president_2015": E("LDP president", "2015-09", "upcoming", note="'expires in September, when the party is to choose its leader' (year from the text's date)"),
        "upper_house_2016": E("Upper House", "2016-07", "upcoming", note="'in July of next year' (year from the text's date)"),
    },
    "events": {
        "abe_address_to_congress": EV("Abe addresses a joint meeting of Congress", "2015-04-29", "held"),
    },
    "notes": "Traps: 'replaced the original in 1960' and 'reverted to Japan in 1972' (not the treaty year); 'first issued Guidelines ... in 1978 and revised them in 1997' and 'agreed on April 27 of this year'; 'On the twenty-ninth of April' (the address: day in words, year from the text's date) vs 'had welcomed him at the White House the day before'; 'week-long visit'; 'roughly ¥188 billion annually' (yen; the dollar figure is the fact); 'lapses at the end of March 2016' and 'talks on a successor ... expected to conclude by December' (the latest agreement is January 2011); 'The FY2015 budget, at ¥4.98 trillion, rose for a third straight year' and 'expected to top ¥5 trillion' (planned); 'adopted no numerical spending target' (no goal); 'China's announced military budget ... grew 10.1%'; Figure 1 (defense budget FY2011-FY2015, ¥ trillions, no values); sidebar 'nine thousand Marines are to leave the island' (total leaving, not Guam), 'not expected to begin before the early 2020s' (no Marines in Guam), 'some twenty-seven hundred are to go to Hawaii', 'up to $2.8 billion of the Guam facilities' cost', 'revised in 2012'; 'carried his case to Washington in early June'; 'The resulting U.S. goods deficit, $67.2 billion, was down from $73.3 billion in 2013' (no IF10199 fact; close to the 'nearly sixty-seven billion dollars' of exports); 'their stock stood at $373 billion'; '$1.22 trillion'; 'Twelve countries'; 'its 38.5% tariff on beef' and 'the 2.5% U.S. tariff on passenger cars' (no tariff on most imports); 'June 24' (TPA); 'from 5% to 8%' and 'to 10% ... April 2017'; 'an annualized 3.9% in the first quarter of 2015' (a quarter); '¥3.1 trillion' (yen); '¥125 to the dollar'; 'a cut of at least 40% from 1990 levels' (EU); '326 of the 475 seats' and '135 of the 242 seats' (seat counts); 'kept their supermajority'; 'half of the upper chamber'; 'ninety-five days, to September 27', 'a two-thirds majority', 'within sixty days'; 'the low 40s' (approval), 'three constitutional scholars', 'June 4'. Title heading 'Sidebar: Okinawa in Figures' is an ordinary section in md and pdf.",
}
