from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "MM1-IF10199-2020-09", "fresh11", "IF10199", 34
LAYOUTS = ["md", "layout"]
PDF_OPTS = ["lig", "hyph"]
CHART = {"unit": "$ billions", "ymax": 200, "ticks": [0, 50, 100, 150, 200],
         "series": ["U.S. exports to Japan", "U.S. imports from Japan"],
         "bars": {"2015": (108.2, 163.6), "2016": (108.8, 167.3), "2017": (114.7, 170.2), "2018": (121.1, 178.5), "2019": (124.9, 179.2)}}

MD = """
U.S.-Japan Relations

Updated September 23, 2020

## A Change at the Top

Japan has a new head of government for the first time in nearly eight years. Abe Shinzo, the longest continuously serving prime minister in the country's history, announced on August 28 that a recurrence of ulcerative colitis left him unable to continue. The Liberal Democratic Party (LDP) chose his chief cabinet secretary, Suga Yoshihide, as its president on the fourteenth of this month; he drew 377 of the 534 ballots cast by Diet members and prefectural chapters, far ahead of Kishida Fumio and Ishiba Shigeru. The Diet then elected him prime minister on September 16. Suga has kept most of Abe's cabinet in place and has promised continuity in foreign policy, with deregulation and the digitization of government at the top of his domestic list. He spoke by telephone with President Donald Trump on September 20. Abe, who in April 2015 became the first Japanese leader to address a joint meeting of Congress, remains a Diet member.

Suga inherits only the remainder of Abe's party term, which lapses in September 2021, so another LDP leadership contest is likely within a year. The Lower House, last chosen in October 2017, also must face the voters by October 2021, when its four-year term runs out. Several commentators expect Suga to dissolve the chamber sooner, possibly this autumn, to capitalize on cabinet approval ratings that opened above 60% in some polls; he has said containing the pandemic comes first.

## The Diet

The ruling bloc is a partnership of the LDP and the smaller, Buddhist-backed Komeito. Together they command about two-thirds of the seats in the House of Representatives. It is a thinner edge in the House of Councillors, where the July 2019 election left the two parties with some 57% of the seats, short of the two-thirds that a constitutional amendment would need. Half of that chamber is next up for election in the summer of 2022.

## Alliance Matters

Japan and the United States have been treaty allies since 1951. Some fifty-four thousand U.S. military personnel are stationed in Japan, more than in any other country. They are supported in part by Japan's host-nation support, which runs to roughly ¥199 billion, or about $1.9 billion, a year under a five-year Special Measures Agreement (SMA) signed in January 2016. That agreement expires at the end of March 2021. Negotiations on its successor have barely begun, and reports that the Trump Administration sought as much as $8 billion a year, roughly four times the current level, have unsettled Tokyo.

Okinawa hosts the heaviest concentration of the U.S. presence. The prefecture makes up a sliver, less than 1%, of Japan's land mass, yet it is home to just shy of one-quarter of all facilities used by U.S. Forces Japan and to upwards of half of the U.S. military personnel in the country. Of the nine thousand Marines who are to leave Okinawa under the realignment plan, about four thousand are slated for Guam, with the first transfers expected in the first half of the 2020s. Construction of the replacement airfield at Henoko continues against the opposition of Governor Tamaki Denny, elected in September 2018, and may take until the mid-2030s after soft seabed was found.

## Defense Policy

Japan's defense budget has held at roughly one percent of gross domestic product for decades, a level long treated as an informal cap; by contrast, NATO members have pledged to move toward 2%. In June, Tokyo dropped its plan to buy two Aegis Ashore missile-defense systems, and the government is now weighing whether Japan should acquire the ability to strike enemy missile bases. Abe, in a statement issued after he announced his resignation, urged his successor to settle that question by year's end.

## Trade and Investment

Japan was the fourth-largest U.S. trading partner in 2019. It was also the fourth-biggest supplier to the United States, shipping goods and services worth just under $180 billion. Only four countries bought more from the United States; U.S. exports to Japan came to roughly $125 billion (Figure 1). The U.S.-Japan Trade Agreement and a companion digital trade agreement took effect on January 1, 2020, but the Trump Administration has not ruled out tariffs on Japanese autos under Section 232.

**Figure 1. U.S. Trade with Japan, 2015-2019**

Source: Bureau of Economic Analysis. Goods and services, $ billions.

Investment ties run deep. In 2019, Japan overtook the United Kingdom to become the largest source of foreign direct investment in the United States. It is likewise the largest foreign holder of U.S. Treasury securities, having passed China in mid-2019.

## Economy

COVID-19 has pushed Japan into recession. Real GDP grew 0.3% in 2019 and 0.6% in 2018, but it shrank at an annualized rate of 28.8% in the April-June quarter of 2020, the steepest decline on record. The Diet has passed two supplementary budgets this year; the second, enacted in June, adds ¥31.9 trillion, roughly $296 billion, in spending. Under the Paris Agreement, Japan has committed to a 26% reduction in greenhouse gas emissions by 2030 from 2013 levels, a target environmental groups call too modest. The Tokyo Olympics have been postponed to July 2021.

**Emma Chanlett-Avery**, Coordinator, Specialist in Asian Affairs

**Mark E. Manyin**, Specialist in Asian Affairs

**Brock R. Williams**, Specialist in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Suga", "Yoshihide", "his chief cabinet secretary, Suga Yoshihide ... The Diet then elected him prime minister on September 16"),
        "leaders.us_president": P("Trump", "Donald", "President Donald Trump"),
        "alliance.treaty_ally_since": F(1951, as_written="Japan and the United States have been treaty allies since 1951"),
        "alliance.us_troops_in_japan": F(54000, "about", as_written="Some fifty-four thousand U.S. military personnel are stationed in Japan"),
        "alliance.host_nation_support_per_year": F(1900000000, "about", per="year", as_written="roughly ¥199 billion, or about $1.9 billion, a year"),
        "alliance.host_nation_support_agreement": D("2016-01", as_written="a five-year Special Measures Agreement (SMA) signed in January 2016"),
        "alliance.okinawa_share_of_usfj_facilities": F(25, "nearly", as_written="just shy of one-quarter of all facilities used by U.S. Forces Japan"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="upwards of half of the U.S. military personnel in the country"),
        "alliance.okinawa_share_of_land_area": F(1, "under", as_written="a sliver, less than 1%, of Japan's land mass"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="about four thousand are slated for Guam"),
        "defense.traditional_limit_pct_gdp": F(1, "about", as_written="has held at roughly one percent of gross domestic product for decades, a level long treated as an informal cap"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="a partnership of the LDP and the smaller, Buddhist-backed Komeito"),
        "politics.lower_house_coalition_share": F(67, "about", as_written="Together they command about two-thirds of the seats in the House of Representatives"),
        "politics.upper_house_coalition_share": F(57, "about", as_written="It is a thinner edge in the House of Councillors, where the July 2019 election left the two parties with some 57% of the seats", note="subject carried from the previous sentence"),
        "politics.next_diet_election_due": F(2021, as_written="The Lower House ... also must face the voters by October 2021"),
        "politics.lower_house_election_due": D("2021-10", as_written="must face the voters by October 2021, when its four-year term runs out"),
        "trade.overall_partner_rank": F(4, period="2019", as_written="Japan was the fourth-largest U.S. trading partner in 2019"),
        "trade.import_partner_rank": F(4, period="2019", as_written="It was also the fourth-biggest supplier to the United States", note="subject carried"),
        "trade.us_imports_from_japan": F(180000000000, "under", period="2019", as_written="shipping goods and services worth just under $180 billion"),
        "trade.export_partner_rank": F(5, period="2019", as_written="Only four countries bought more from the United States"),
        "trade.us_exports_to_japan": F(125000000000, "about", period="2019", as_written="U.S. exports to Japan came to roughly $125 billion"),
        "trade.fdi_source_rank": F(1, as_written="Japan overtook the United Kingdom to become the largest source of foreign direct investment in the United States"),
        "trade.treasury_holder_rank": F(1, as_written="It is likewise the largest foreign holder of U.S. Treasury securities", note="subject carried"),
        "economy.gdp_growth": GDP(y2019=0.3, y2018=0.6),
        "economy.supplementary_budget": F(296000000000, "about", period="2020-06", as_written="the second, enacted in June, adds ¥31.9 trillion, roughly $296 billion"),
        "economy.emissions_cut_target": F(26, by="2030", baseline="2013", as_written="a 26% reduction in greenhouse gas emissions by 2030 from 2013 levels"),
    },
    "elections": {
        "ldp_president_2020": E("LDP president", "2020-09-14", "held", result="Suga Yoshihide, 377 of 534 votes", note="'on the fourteenth of this month'"),
        "lower_house_2017": E("Lower House", "2017-10", "held"),
        "lower_house_2021": E("Lower House", "2021-10", "upcoming", note="must be held by October 2021, as the record's 2021-02-02 version"),
        "upper_house_2019": E("Upper House", "2019-07", "held", result="coalition some 57%"),
        "upper_house_2022": E("Upper House", "2022", "upcoming", note="'in the summer of 2022' (year precision)"),
        "ldp_president_2021": E("LDP president", "2021-09", "upcoming", note="'another LDP leadership contest is likely' when the term lapses in September 2021"),
        "okinawa_governor_2018": E("Okinawa governor", "2018-09", "held", result="Tamaki Denny"),
    },
    "events": {
        "abe_address_to_congress": EV("Abe addresses a joint meeting of Congress", "2015-04", "held"),
    },
    "notes": "Traps: 'Abe Shinzo, the longest continuously serving prime minister' (former PM) and 'far ahead of Kishida Fumio and Ishiba Shigeru' (losing candidates); 'announced on August 28'; '377 of the 534 ballots' (party vote, not a seat share); 'He spoke by telephone with President Donald Trump on September 20'; 'Several commentators expect Suga to dissolve the chamber sooner, possibly this autumn' (speculation, not an election); 'approval ratings that opened above 60%'; 'short of the two-thirds that a constitutional amendment would need' (not the Upper House share); 'more than in any other country' (not a rank); 'roughly ¥199 billion' (yen amount beside the dollar figure); 'That agreement expires at the end of March 2021' (expiry, not the agreement date); 'as much as $8 billion a year, roughly four times the current level' (a reported demand); 'Of the nine thousand Marines who are to leave Okinawa' (total leaving, not Guam); 'Governor Tamaki Denny, elected in September 2018'; 'until the mid-2030s'; 'NATO members have pledged to move toward 2%' (not Japan's goal; no goal stated); 'two Aegis Ashore missile-defense systems'; 'took effect on January 1, 2020' (USJTA, IF11120 fact) and 'tariffs on Japanese autos under Section 232' (threat); 'having passed China in mid-2019'; 'shrank at an annualized rate of 28.8% in the April-June quarter of 2020' (a quarter, not a year); 'The Diet has passed two supplementary budgets this year' (the latest is June's); 'The Tokyo Olympics have been postponed to July 2021'; Figure 1 (U.S. trade with Japan, 2015-2019, $ billions; axis ticks, no value labels); PDF ligatures and hyphenated line ends",
}
