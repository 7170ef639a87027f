from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "IA1-IF10199-2016-05", "fresh28", "IF10199", 19
LAYOUTS = ["md", "pdf"]
PDF_OPTS = ["lig", "hyph", "quotes"]

MD = """
U.S.-Japan Relations

Updated May 19, 2016

## Overview

Washington and Tokyo describe their relationship as the strongest it has been in decades. Prime Minister Shinzo Abe, who last April became the first Japanese leader to address a joint meeting of Congress, has pushed through changes in defense policy that U.S. officials long sought, and he has staked much of his political standing on the Trans-Pacific Partnership (TPP). Next week the Group of Seven (G-7) leaders gather at Ise-Shima, in central Japan. After the summit, on May 27, President Barack Obama is scheduled to go to Hiroshima, which would make him the first sitting U.S. President to visit the city destroyed by an atomic bomb in 1945. The White House has said he will not apologize.

## The Alliance

The two countries have been treaty allies since 1951, when the original security pact was signed in San Francisco; the current Treaty of Mutual Cooperation and Security dates from 1960 and was signed for Japan by Abe's grandfather, then-Prime Minister Kishi Nobusuke. Under the treaty, Japan grants the U.S. military the use of bases on its territory. In exchange, the United States pledges to defend Japan.

The U.S. presence is large. It amounts to some fifty-four thousand military personnel, along with about forty-two thousand dependents and some twenty-five thousand civilian employees of the Department of Defense. Japan helps pay for that presence. Under a five-year Special Measures Agreement (SMA) signed in January, Tokyo will contribute ¥946.5 billion from FY2016 through FY2020, a little more than the ¥940 billion set by the previous agreement. Converted at current rates, that comes to roughly $1.7 billion a year.

New security laws, enacted last September over large street protests, took effect on March 29. They allow Japan's Self-Defense Forces to exercise collective self-defense, coming to the aid of an ally under attack in limited circumstances. Defense budgets have grown for four years running under Abe and reached a record ¥5.05 trillion in FY2016; even so, they remain close to the one percent of gross domestic product that has served as an informal ceiling since the 1970s.

## Okinawa

Okinawa accounts for less than 1 percent of Japan's land area. The prefecture nonetheless hosts about a quarter of all facilities used by U.S. forces in Japan, and more than half of the U.S. military personnel in the country are stationed there. Governor Onaga Takeshi, elected in November 2014 on a pledge to stop construction of a replacement for Marine Corps Air Station Futenma at Henoko, has fought the central government in court. In March, both sides accepted a court-brokered settlement that halted work while talks continue. The arrest this month of a civilian base worker in the death of a local woman has intensified opposition, weeks before Okinawa's prefectural assembly elections in June.

The two governments still plan to shift some Marines off the island. Under a 2006 roadmap, 8,000 Marines and their dependents were to move to Guam; the plan was revised in 2012. Now about 9,000 Marines are to leave Okinawa, roughly four thousand of them for Guam, with the rest going to Hawaii, Australia and the U.S. mainland. Japan has agreed to pay up to $2.8 billion toward the Guam facilities.

## Japanese Politics

Abe's Liberal Democratic Party (LDP) governs in coalition with Komeito, a smaller party backed by the lay Buddhist group Soka Gakkai. In the December 2014 snap election, the two won 326 of the 475 seats in the House of Representatives, the more powerful lower chamber. That total gives the coalition more than two-thirds of the chamber, enough to pass bills over the upper house's objections. The chamber's four-year term does not run out until December 2018.

The ruling parties' position in the House of Councillors is less commanding. There, they hold 135 of the 242 seats, about 56%. The upper house is the next to face voters: half of its seats will be contested this July. Abe has set as his target a majority of the 121 seats at stake for the coalition, while some in his party hope that parties favoring constitutional revision can reach two-thirds of the whole chamber. A scheduled increase in the consumption tax from 8% to 10% in April 2017 is widely expected to be delayed again before the campaign begins; Abe postponed it once before, in late 2014.

## Economic and Trade Ties

Japan ranked fourth among U.S. trading partners in 2015, behind China, Canada, and Mexico (Table 1). It also held fourth place both as a market for U.S. exports and as a source of U.S. imports. U.S. goods exports to Japan totaled $62.4 billion in 2015, down from $66.8 billion in 2014. Imports from Japan came to $131.4 billion.

Table 1. Top Five U.S. Trading Partners, 2015 (goods, $ billions)

| Rank | Partner | U.S. Exports | U.S. Imports | Total |
| --- | --- | --- | --- | --- |
| 1 | China | 116.1 | 481.9 | 598.0 |
| 2 | Canada | 280.0 | 295.2 | 575.2 |
| 3 | Mexico | 236.4 | 294.7 | 531.1 |
| 4 | Japan | 62.4 | 131.4 | 193.8 |
| 5 | Germany | 49.9 | 124.8 | 174.7 |

Source: U.S. Census Bureau.

Japanese firms are among the largest investors in the United States. Measured by the stock of foreign direct investment at the end of 2014, Japan was second only to the United Kingdom. Japan is likewise the runner-up among foreign holders of U.S. Treasury securities: its holdings, $1.14 trillion in March, trailed China's $1.25 trillion.

The Japanese economy has been sluggish. Real GDP grew by 0.5% in 2015, after shrinking by 0.1% in 2014. Figures released yesterday showed an annualized gain of 1.7% in the first quarter of 2016, but private consumption remains weak. The Bank of Japan introduced a negative interest rate of -0.1% on some reserves in January. The Diet passed a ¥3.3 trillion (about $28 billion) supplementary budget that month, and Abe has promised more fiscal support after April's earthquakes in Kumamoto, which killed forty-nine people. In early May the yen reached about ¥106 per dollar, its strongest level in a year and a half, squeezing exporters' profits.

Under the Paris Agreement, Japan has pledged to cut greenhouse gas emissions by 26% from 2013 levels by 2030. That target replaces an earlier promise, made in 2009, of a 25% reduction from 1990 levels by 2020.

## The Trans-Pacific Partnership

Japan and eleven other countries signed the TPP in February. The agreement cannot take effect unless both the United States and Japan ratify it. In Tokyo, Diet deliberations on TPP were set aside in April and are not expected to resume until after the July election. In Washington, the Obama Administration is pressing Congress to vote this year, but congressional leaders have said they are in no hurry, and the leading presidential candidates of both parties oppose the deal.

## Regional Relations

Relations with South Korea improved after the two governments reached an agreement in December on the "comfort women" issue, under which Japan is to provide ¥1 billion to a foundation for surviving victims. President Park Geun-hye met Abe on the sidelines of the Nuclear Security Summit in Washington in late March. Relations with China remain tense. Chinese government vessels enter the waters around the Senkaku Islands, which Japan administers and China claims, several times a month, and Japan's Air Self-Defense Force scrambled fighters 571 times in FY2015 in response to Chinese aircraft.

**Emma Chanlett-Avery**, Specialist in Asian Affairs

**Ian E. Rinehart**, Analyst in Asian Affairs
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Abe", "Shinzo", "Prime Minister Shinzo Abe", note="given name first"),
        "leaders.us_president": P("Obama", "Barack", "President Barack Obama"),
        "alliance.treaty_ally_since": F(1951, as_written="The two countries have been treaty allies since 1951, when the original security pact was signed in San Francisco", note="1960 is the revised treaty, a trap"),
        "alliance.us_troops_in_japan": F(54000, "about", as_written="It amounts to some fifty-four thousand military personnel", note="number in words; subject carried from 'The U.S. presence is large.'"),
        "alliance.host_nation_support_per_year": F(1700000000, "about", per="year", as_written="Converted at current rates, that comes to roughly $1.7 billion a year", note="subject carried from the five-year yen total"),
        "alliance.host_nation_support_agreement": D("2016-01", as_written="Under a five-year Special Measures Agreement (SMA) signed in January", note="year from the cover"),
        "alliance.okinawa_share_of_land_area": F(1, "under", as_written="Okinawa accounts for less than 1 percent of Japan's land area"),
        "alliance.okinawa_share_of_usfj_facilities": F(25, "about", as_written="The prefecture nonetheless hosts about a quarter of all facilities used by U.S. forces in Japan", note="subject carried ('The prefecture')"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="more than half of the U.S. military personnel in the country are stationed there"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="Now about 9,000 Marines are to leave Okinawa, roughly four thousand of them for Guam", note="number in words; 9,000 and the 2006 roadmap's 8,000 are traps"),
        "defense.traditional_limit_pct_gdp": F(1, as_written="they remain close to the one percent of gross domestic product that has served as an informal ceiling since the 1970s", note="'close to' describes the budget, not the ceiling: exact 1"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="Abe's Liberal Democratic Party (LDP) governs in coalition with Komeito"),
        "politics.lower_house_coalition_share": F(67, "over", as_written="That total gives the coalition more than two-thirds of the chamber", note="fraction rounded; 326 of 475 seats stated in the sentence before"),
        "politics.upper_house_coalition_share": F(56, "about", as_written="There, they hold 135 of the 242 seats, about 56%", note="'There' carries the House of Councillors"),
        "politics.next_diet_election_due": F(2016, as_written="The upper house is the next to face voters: half of its seats will be contested this July"),
        "politics.lower_house_election_due": D("2018-12", as_written="The chamber's four-year term does not run out until December 2018"),
        "trade.overall_partner_rank": F(4, period="2015", as_written="Japan ranked fourth among U.S. trading partners in 2015, behind China, Canada, and Mexico (Table 1)", note="also Table 1's Rank column"),
        "trade.export_partner_rank": F(4, period="2015", as_written="It also held fourth place both as a market for U.S. exports and as a source of U.S. imports"),
        "trade.import_partner_rank": F(4, period="2015", as_written="It also held fourth place both as a market for U.S. exports and as a source of U.S. imports"),
        "trade.us_exports_to_japan": F(62400000000, period="2015", as_written="U.S. goods exports to Japan totaled $62.4 billion in 2015", note="also Table 1"),
        "trade.us_imports_from_japan": F(131400000000, period="2015", as_written="Imports from Japan came to $131.4 billion", note="year carried; also Table 1"),
        "trade.fdi_source_rank": F(2, period="2014", as_written="Measured by the stock of foreign direct investment at the end of 2014, Japan was second only to the United Kingdom"),
        "trade.treasury_holder_rank": F(2, period="2016-03", as_written="Japan is likewise the runner-up among foreign holders of U.S. Treasury securities: its holdings, $1.14 trillion in March, trailed China's $1.25 trillion"),
        "economy.gdp_growth": GDP(y2015=0.5, y2014=-0.1),
        "economy.supplementary_budget": F(28000000000, "about", period="2016-01", as_written="The Diet passed a ¥3.3 trillion (about $28 billion) supplementary budget that month", note="'that month' carries January from the sentence before"),
        "economy.yen": F("18-month high against the dollar", period="2016-05", as_written="In early May the yen reached about ¥106 per dollar, its strongest level in a year and a half"),
        "economy.emissions_cut_target": F(26, by="2030", baseline="2013", as_written="Japan has pledged to cut greenhouse gas emissions by 26% from 2013 levels by 2030"),
    },
    "elections": {
        "upper_house_2016": E("Upper House", "2016-07", "upcoming", note="'half of its seats will be contested this July'"),
        "lower_house_2014": E("Lower House", "2014-12", "held", result="LDP and Komeito won 326 of 475 seats"),
        "okinawa_governor_2014": E("Okinawa governor", "2014-11", "held", result="Onaga Takeshi elected on an anti-Henoko platform"),
    },
    "events": {
        "abe_address_to_congress": EV("Abe addresses a joint meeting of Congress, the first Japanese leader to do so", "2015-04", "held"),
    },
    "notes": "Traps: 'Next week the Group of Seven (G-7) leaders gather at Ise-Shima'; 'on May 27, President Barack Obama is scheduled to go to Hiroshima' (planned) and 'destroyed by an atomic bomb in 1945'; 'the current Treaty of Mutual Cooperation and Security dates from 1960 and was signed for Japan by Abe's grandfather, then-Prime Minister Kishi Nobusuke' (revised treaty; former prime minister); 'along with about forty-two thousand dependents and some twenty-five thousand civilian employees' (not troops); 'Tokyo will contribute ¥946.5 billion from FY2016 through FY2020' (five-year yen total) and 'a little more than the ¥940 billion set by the previous agreement' (past agreement); 'took effect on March 29' (security laws); 'reached a record ¥5.05 trillion in FY2016' and 'grown for four years running'; 'Governor Onaga Takeshi, elected in November 2014' (an election, no fact); 'In March, both sides accepted a court-brokered settlement'; 'weeks before Okinawa's prefectural assembly elections in June' (no election slug); 'Under a 2006 roadmap, 8,000 Marines and their dependents were to move to Guam' (past plan); 'Now about 9,000 Marines are to leave Okinawa' (total leaving, not Guam); 'Japan has agreed to pay up to $2.8 billion toward the Guam facilities'; 'won 326 of the 475 seats' (seat count, share stated as over two-thirds); 'enough to pass bills over the upper house's objections'; 'Abe has set as his target a majority of the 121 seats at stake' and 'can reach two-thirds of the whole chamber' (goals, not shares); 'A scheduled increase in the consumption tax from 8% to 10% in April 2017' (planned) and 'Abe postponed it once before, in late 2014'; 'behind China, Canada, and Mexico'; 'down from $66.8 billion in 2014' (past exports); Table 1 rows for China, Canada, Mexico, Germany (other countries' ranks and flows) and Japan's Total 193.8; 'China's $1.25 trillion' and 'its holdings, $1.14 trillion' (amounts, not ranks); 'an annualized gain of 1.7% in the first quarter of 2016' (a quarter, not a year); 'a negative interest rate of -0.1%'; 'April's earthquakes in Kumamoto, which killed forty-nine people'; 'about ¥106 per dollar'; 'an earlier promise, made in 2009, of a 25% reduction from 1990 levels by 2020' (past target); 'Japan and eleven other countries signed the TPP in February'; 'Japan is to provide ¥1 billion to a foundation'; 'President Park Geun-hye' (another country's leader); 'scrambled fighters 571 times in FY2015'. PDF: ligatures, curly quotes, hyphenated line ends; Table 1 in the columns.",
}
