from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "AW1-IF10199-2016-12", "fresh20", "IF10199", 17
LAYOUTS = ["pdf", "layout"]
PDF_OPTS = ["quotes", "hyph"]
CHART = {"unit": "$ billions", "ymax": 1400, "ticks": [0, 350, 700, 1050, 1400],
         "series": ["Japan", "China"],
         "bars": {"2012": (1111, 1203), "2013": (1183, 1270), "2014": (1231, 1244), "2015": (1122, 1246), "2016": (1132, 1115)}}

MD = """
U.S.-Japan Relations

Updated December 29, 2016

## Overview

The alliance is heading into a U.S. presidential transition amid a season of symbolic gestures. On December 27, Prime Minister Shinzo Abe stood with President Barack Obama at Pearl Harbor, seven months after Obama's visit to Hiroshima. A month earlier, Abe had become the first foreign leader to meet President-elect Donald Trump, calling on him in New York on November 17. During the campaign Trump questioned whether Japan pays enough for its defense and promised to pull the United States out of the Trans-Pacific Partnership (TPP). Abe, whose speech to a joint meeting of Congress in the spring of 2015 was the first by a Japanese prime minister, has tied much of his foreign policy to Washington. How the new Administration, which takes office on January 20, approaches Japan is the main uncertainty for the alliance in 2017.

## The Alliance

Tokyo and Washington are bound by a security treaty signed in San Francisco in September 1951 and revised in 1960. Under it, Japan grants bases to U.S. forces; in return, the United States is committed to Japan's defense. The U.S. military presence, numbering 54,000 or thereabouts, includes the only U.S. aircraft carrier homeported abroad.

Japan also helps pay for that presence. Under a Special Measures Agreement (SMA) the two governments signed in the first month of this year, in force since April, Japan is to provide ¥946.5 billion over five fiscal years. The yearly average, about ¥189 billion, comes to a bit over $1.6 billion at December's rate of roughly ¥116 to the dollar. Trump has said Japan should cover the full cost, a figure no official estimate supports.

## Defense Policy

The cabinet on December 22 approved a FY2017 defense budget request of ¥5.13 trillion, the fifth annual increase in a row. Even so, spending stays within the 1%-of-GDP ceiling that cabinets have informally observed since 1976. Some Trump advisers have pointed to the 2% benchmark NATO sets for its members; Japan has adopted no such figure. Security legislation that took effect in March allows Japan's forces to defend allies under attack in limited circumstances.

## Okinawa

Okinawa makes up a mere 0.6% of Japan's land area, yet most of the U.S. military personnel in Japan are stationed in the prefecture. Under the 2012 revision of the realignment plan, some 9,000 Marines are to leave Okinawa; Guam is to receive close to 4,000 of them, though the moves are not expected to begin before the 2020s. The month brought several developments:

- December 13: an MV-22 Osprey crash-landed off the coast near Nago, injuring two of its five crew.
- December 20: the Supreme Court ruled against Governor Takeshi Onaga in his effort to revoke the permit for the landfill at Henoko, the planned site for the Futenma air station's replacement.
- December 22: the United States returned about 4,000 hectares of the Northern Training Area, the largest handover since the 1972 reversion; Okinawa's share of the land reserved for exclusive U.S. use fell from roughly 74% to about 70% as a result.

## Japanese Politics

Abe's Liberal Democratic Party (LDP) governs in coalition with Komeito. The two parties control better than two of every three seats in the 475-member House of Representatives, the product of a snap election in December 2014. In the July 10 upper-house election they strengthened their position in the House of Councillors, where they now hold 146 of the 242 seats: three-fifths, give or take. In October, LDP leaders agreed to let the party president serve three consecutive terms instead of two, which would allow Abe to run again when the party next chooses its leader in September 2018. The lower chamber's term does not expire until December 2018; barring an earlier dissolution, that will be the next national vote, with half of the upper house next up in the summer of 2019.

## Trade and Investment

The United States sold $62.5 billion of goods to Japan in 2015 and bought $131.4 billion, which made Japan the fourth-ranked U.S. partner on each side of the ledger as well as in two-way trade. The resulting $68.9 billion deficit has drawn criticism from Trump. Japan's Diet approved the TPP on December 9, though the pact cannot take effect without the United States.

Japanese firms' direct investment position in the United States, $411 billion at the end of 2015, was the second-highest after that of British firms. After meeting Trump on December 6, the head of SoftBank pledged to invest $50 billion in the United States. In October, Japan took back from China the position of largest foreign holder of U.S. Treasury securities, $1.13 trillion to China's $1.12 trillion (Figure 1).

**Figure 1. Holdings of U.S. Treasury Securities, Japan and China, 2012-2016**

Source: U.S. Department of the Treasury, TIC data. End of year; 2016 is October.

## Economy

Revised national accounts released on December 8 put Japan's real GDP growth for 2015 at 1.2%, more than twice the 0.5% first reported, mainly because of new statistical methods. Output grew at an annualized 1.3% in the July-September quarter. In October the Diet passed a second FY2016 supplementary budget, worth ¥4.1 trillion (around $40 billion), to fund part of a ¥28.1 trillion stimulus package; the cabinet approved a third, smaller one on December 22. Having hovered near ¥100 to the dollar over the summer, the yen slid after the U.S. election, reaching ¥118 in mid-December, its weakest in ten months. Japan ratified the Paris Agreement on November 8; its pledge is a 26% cut in greenhouse gas emissions from 2013 levels by 2030.

**Emma Chanlett-Avery**, Coordinator, Specialist in Asian Affairs

**Mark E. Manyin**, Specialist in Asian Affairs

**Ian E. Rinehart**, Analyst in Asian Affairs

**Brock R. Williams**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Abe", "Shinzo", "Prime Minister Shinzo Abe"),
        "leaders.us_president": P("Obama", "Barack", "President Barack Obama", note="still in office; Trump is President-elect (trap)"),
        "alliance.treaty_ally_since": F(1951, as_written="bound by a security treaty signed in San Francisco in September 1951 and revised in 1960"),
        "alliance.us_troops_in_japan": F(54000, "about", as_written="The U.S. military presence, numbering 54,000 or thereabouts", note="'or thereabouts' = about"),
        "alliance.host_nation_support_per_year": F(1600000000, "over", per="year", as_written="The yearly average, about ¥189 billion, comes to a bit over $1.6 billion", note="the dollar figure with its own hedge ('a bit over'), not the yen's 'about'"),
        "alliance.host_nation_support_agreement": D("2016-01", as_written="a Special Measures Agreement (SMA) the two governments signed in the first month of this year, in force since April", note="'the first month of this year' = January 2016 (year from the text's date)"),
        "alliance.okinawa_share_of_land_area": F(0.6, as_written="Okinawa makes up a mere 0.6% of Japan's land area", note="'a mere' is not a hedge"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="most of the U.S. military personnel in Japan are stationed in the prefecture", note="'most' = over half"),
        "alliance.okinawa_share_of_usfj_facilities": F(70, "about", previous=74, basis="exclusive use", as_written="Okinawa's share of the land reserved for exclusive U.S. use fell from roughly 74% to about 70% as a result", note="bullet list; the return took place on December 22, before the text's date"),
        "alliance.marines_relocating_to_guam": F(4000, "nearly", as_written="Guam is to receive close to 4,000 of them", note="'close to' = nearly; 9,000 is the total leaving Okinawa"),
        "defense.traditional_limit_pct_gdp": F(1, as_written="spending stays within the 1%-of-GDP ceiling that cabinets have informally observed since 1976"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="Abe's Liberal Democratic Party (LDP) governs in coalition with Komeito"),
        "politics.lower_house_coalition_share": F(67, "over", as_written="The two parties control better than two of every three seats in the 475-member House of Representatives", note="'better than' = over; two of three = 67"),
        "politics.upper_house_coalition_share": F(60, "about", as_written="where they now hold 146 of the 242 seats: three-fifths, give or take", note="'give or take' = about"),
        "politics.next_diet_election_due": F(2018, as_written="The lower chamber's term does not expire until December 2018; barring an earlier dissolution, that will be the next national vote"),
        "politics.lower_house_election_due": D("2018-12", as_written="The lower chamber's term does not expire until December 2018", note="24 months away: a deadline only, no lower_house_2018 entry"),
        "trade.us_exports_to_japan": F(62500000000, period="2015", as_written="The United States sold $62.5 billion of goods to Japan in 2015", note="goods only"),
        "trade.us_imports_from_japan": F(131400000000, period="2015", as_written="and bought $131.4 billion", note="goods only"),
        "trade.overall_partner_rank": F(4, period="2015", as_written="which made Japan the fourth-ranked U.S. partner on each side of the ledger as well as in two-way trade", note="goods"),
        "trade.export_partner_rank": F(4, period="2015", as_written="the fourth-ranked U.S. partner on each side of the ledger", note="one ordinal distributed over exports, imports and total"),
        "trade.import_partner_rank": F(4, period="2015", as_written="the fourth-ranked U.S. partner on each side of the ledger", note="one ordinal distributed over exports, imports and total"),
        "trade.fdi_source_rank": F(2, period="2015", as_written="Japanese firms' direct investment position in the United States, $411 billion at the end of 2015, was the second-highest after that of British firms"),
        "trade.treasury_holder_rank": F(1, period="2016-10", as_written="In October, Japan took back from China the position of largest foreign holder of U.S. Treasury securities, $1.13 trillion to China's $1.12 trillion"),
        "economy.gdp_growth": GDP(y2015=1.2),
        "economy.supplementary_budget": F(40000000000, "about", period="2016-10", as_written="In October the Diet passed a second FY2016 supplementary budget, worth ¥4.1 trillion (around $40 billion)", note="the third, approved by the cabinet on December 22, is not yet enacted (trap)"),
        "economy.yen": F("10-month low against the dollar", period="2016-12", as_written="the yen slid after the U.S. election, reaching ¥118 in mid-December, its weakest in ten months"),
        "economy.emissions_cut_target": F(26, by="2030", baseline="2013", as_written="its pledge is a 26% cut in greenhouse gas emissions from 2013 levels by 2030"),
    },
    "elections": {
        "lower_house_2014": E("Lower House", "2014-12", "held", result="coalition holds better than two of every three seats"),
        "upper_house_2016": E("Upper House", "2016-07-10", "held", result="coalition holds 146 of 242 seats, about three-fifths"),
        "ldp_president_2018": E("LDP president", "2018-09", "upcoming", note="rule change lets Abe run for a third term"),
        "upper_house_2019": E("Upper House", "2019", "upcoming", note="'in the summer of 2019' (year precision)"),
    },
    "events": {
        "abe_address_to_congress": EV("Abe addresses a joint meeting of Congress", "2015", "held"),
    },
    "notes": "Traps: 'President-elect Donald Trump, calling on him in New York on November 17' and 'the new Administration, which takes office on January 20' (Obama is still President); 'On December 27 ... at Pearl Harbor' and 'seven months after Obama's visit to Hiroshima' (untracked); 'in the spring of 2015' (the address to Congress at year precision); 'revised in 1960'; 'the only U.S. aircraft carrier homeported abroad'; 'Japan is to provide ¥946.5 billion over five fiscal years', 'about ¥189 billion' (yen traps, the yen hedge 'about') and 'at December's rate of roughly ¥116 to the dollar'; 'in force since April' (not the agreement date); 'Trump has said Japan should cover the full cost'; 'a FY2017 defense budget request of ¥5.13 trillion, the fifth annual increase in a row'; 'since 1976'; 'the 2% benchmark NATO sets for its members; Japan has adopted no such figure' (no spending goal); 'took effect in March'; 'some 9,000 Marines are to leave Okinawa' (total leaving, not Guam) and 'not expected to begin before the 2020s' (no Marines in Guam); bullet list 'December 13', 'injuring two of its five crew', 'December 20 ... Governor Takeshi Onaga' (no election stated), 'about 4,000 hectares' (land, not Marines), 'since the 1972 reversion', 'from roughly 74%' (previous exclusive-use share); 'the 475-member House of Representatives' and '146 of the 242 seats' (seat counts); 'three consecutive terms instead of two'; 'half of the upper house next up in the summer of 2019' (an upcoming election, not the next one due); '$68.9 billion deficit'; 'approved the TPP on December 9'; '$411 billion at the end of 2015'; 'the head of SoftBank pledged to invest $50 billion' (a company, not Japan's pledge); '$1.13 trillion to China's $1.12 trillion'; Figure 1 (Treasury holdings, Japan and China, 2012-2016, $ billions; ticks 0-1400, no value labels); 'more than twice the 0.5% first reported' (superseded estimate for the same year); 'an annualized 1.3% in the July-September quarter'; 'a ¥28.1 trillion stimulus package' and 'the cabinet approved a third, smaller one on December 22' (not enacted); 'near ¥100 to the dollar over the summer' and '¥118'; 'ratified the Paris Agreement on November 8'; PDF curly quotes and hyphenated line ends",
}
