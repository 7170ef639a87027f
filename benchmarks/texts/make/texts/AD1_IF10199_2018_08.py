from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "AD1-IF10199-2018-08", "fresh15", "IF10199", 34
LAYOUTS = ["html", "interleaved"]
PDF_OPTS = ["quotes", "nbsp", "hyph"]
SIDEBAR = "Okinawa: Then, Now, and Next"
CHART = {"unit": "Thousands", "ymax": 5, "ticks": [0, 1, 2, 3, 4, 5],
         "series": ["Marines to be relocated"],
         "bars": {"Guam": (4.0,), "Hawaii": (2.7,), "Other": (2.3,)}}

MD = """
U.S.-Japan Relations

Updated August 28, 2018

## Overview

Japan is in most respects the closest U.S. partner in Asia. President Donald Trump and Prime Minister Shinzo Abe, who in 2015 became the first Japanese leader to address a joint meeting of Congress, have kept up an unusually close personal dialogue, most recently at Mar-a-Lago in April, yet trade frictions have sharpened. Recent developments:

- Trade: a ministerial channel for "free, fair, and reciprocal" trade was inaugurated on August 9-10; a second session is planned for September. Japan has not been exempted from the Section 232 tariffs on steel (25%) and aluminum (10%) collected since March 23.
- Autos: a Section 232 investigation opened in May could lead to duties of as much as 25% on cars, compared with the 2.5% now levied.
- Party leadership: a Liberal Democratic Party (LDP) presidential vote has been called for September 20; Abe is being challenged by Shigeru Ishiba.
- Okinawa: Governor Takeshi Onaga died on August 8; a vote to choose his successor has been set for September 30.

## The Alliance

The alliance rests on a mutual security treaty that was signed in 1951 and revised in 1960. Bases on Japanese soil are made available to U.S. forces in return for a U.S. commitment to Japan's defense. A force of 54,000 or thereabouts is stationed in Japan, more U.S. military personnel than are based in any other foreign country.

Part of the cost of that presence is borne by Japan. Under a Special Measures Agreement (SMA) signed in January 2016 and in force from April of that year, ¥946.5 billion is to be provided over five years, or about ¥189 billion per annum, roughly $1.7 billion at recent exchange rates. The SMA expires in March 2021. Talks on a successor are expected to open next year.

## Defense Policy

One percent of GDP: that figure has served since 1976 as an informal ceiling on Japanese defense spending, and it has been exceeded only in a few years of the late 1980s. Within it, budgets have been raised for six straight years. ¥5.19 trillion was appropriated for FY2018, and a request of about ¥5.3 trillion for FY2019 is to be submitted at the end of August.

## Okinawa: Then, Now, and Next

- Area: 0.6% of Japan's land.
- Facilities: roughly seven in every ten acres reserved for the sole use of U.S. forces in Japan lie in the prefecture.
- Personnel: well above half of the U.S. service members in Japan are based there.
- Marines: about 9,000 are to be moved off the island under the realignment plan as revised in 2012. Approximately 4,000 of them are to be relocated to Guam, where construction is under way; the first transfers are not expected before 2024. The 2006 version of the plan would have sent 8,000 to Guam by 2014.
- Governor: Onaga was elected in November 2014 on a pledge to stop construction of a Futenma replacement at Henoko. Former Ginowan mayor Atsushi Sakima, backed by the LDP and Komeito, has declared for the September 30 vote; Onaga's allies are expected to field Denny Tamaki.

**Figure 1. Planned Destinations of the Marines to Leave Okinawa**

Source: CRS, based on U.S. Department of Defense announcements. Approximate.

## Politics

A fraction over two-thirds of the 465 seats in the House of Representatives, 313 in all, were won by the LDP and its junior partner, Komeito, in the snap election of October 22, 2017, little changed from the 68.6% they had held after the December 2014 vote. In the House of Councillors, about 60% of the 242 seats are in coalition hands. The two-thirds of each chamber needed to propose a constitutional amendment, an Abe priority, is within reach only with the votes of smaller parties.

Half of the upper chamber will be elected in July 2019; no other national vote is scheduled before then. The lower chamber's term runs to October 2021. Under a party rule change adopted in March 2017, Abe may seek a third consecutive three-year term as LDP president in the September 20 vote. If he wins, he could in November 2019 surpass Taro Katsura as the longest-serving prime minister in Japan's history. His cabinet's approval rating, below 30% in some polls this spring amid scandals, has recovered to the low 40s.

## Trade and Investment

Save for China, Canada, and Mexico, no country's goods trade with the United States in 2017 was larger than Japan's. U.S. goods worth $67.7 billion were exported to Japan that year, more than to any country outside North America except China. Goods worth $136.5 billion were imported from Japan, the fourth-highest total among U.S. suppliers. The resulting $68.8 billion deficit has been cited often by the President. Motor vehicles and parts made up more than a third of those imports.

Investment ties run deeper still. The United Kingdom and Japan, in that order, were the top two sources of foreign direct investment (FDI) in the United States at the end of 2017; the stock held by Japanese firms had reached $469 billion, supporting some 850,000 U.S. jobs. Only two countries hold more than $1 trillion of U.S. Treasury securities: China, the larger holder, and Japan, with $1.03 trillion in June.

## Economy

Real GDP growth of 1.7% was recorded for 2017, up from 1.0% in 2016. Output contracted in January-March 2018 at an annualized 0.6%, the first decline in more than two years, but a preliminary estimate shows growth resumed in April-June at an annualized 1.9%. A supplementary budget for FY2017 of ¥2.7 trillion, roughly $24 billion, was enacted in February; another, to pay for recovery from the July floods, is expected in the autumn. The consumption tax is set to rise from 8% to 10% in October 2019. Under Japan's Paris Agreement pledge, emissions are to be cut by 26% from FY2013 levels by FY2030.

## Regional Issues

Tokyo has backed U.S. diplomacy with North Korea since the June 12 Singapore summit, while insisting that sanctions stay until Pyongyang disarms. Abe is expected to visit Beijing in October, the first official visit by a Japanese prime minister since 2011. Senior officials of the Quad (Japan, the United States, Australia, and India) met in Singapore in June, their second gathering since November 2017.

**Emma Chanlett-Avery**, Coordinator, Specialist in Asian Affairs

**Mark E. Manyin**, Specialist in Asian Affairs

**Brock R. Williams**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Abe", "Shinzo", "Prime Minister Shinzo Abe"),
        "leaders.us_president": P("Trump", "Donald", "President Donald Trump"),
        "alliance.treaty_ally_since": F(1951, as_written="The alliance rests on a mutual security treaty that was signed in 1951 and revised in 1960"),
        "alliance.us_troops_in_japan": F(54000, "about", as_written="A force of 54,000 or thereabouts is stationed in Japan", note="'or thereabouts' is about"),
        "alliance.host_nation_support_per_year": F(1700000000, "about", per="year", as_written="about ¥189 billion per annum, roughly $1.7 billion at recent exchange rates", note="the dollar figure with its own hedge; 'per annum' is per year"),
        "alliance.host_nation_support_agreement": D("2016-01", as_written="Under a Special Measures Agreement (SMA) signed in January 2016 and in force from April of that year"),
        "alliance.okinawa_share_of_usfj_facilities": F(70, "about", as_written="roughly seven in every ten acres reserved for the sole use of U.S. forces in Japan lie in the prefecture", note="sidebar; exclusive-use basis; a fraction in words is its whole percent"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="well above half of the U.S. service members in Japan are based there", note="sidebar; 'there' carries Okinawa"),
        "alliance.okinawa_share_of_land_area": F(0.6, as_written="Area: 0.6% of Japan's land.", note="sidebar"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="Approximately 4,000 of them are to be relocated to Guam", note="sidebar; the 9,000 is the total leaving Okinawa"),
        "defense.traditional_limit_pct_gdp": F(1, as_written="One percent of GDP: that figure has served since 1976 as an informal ceiling on Japanese defense spending", note="value fronted before a colon, in words"),
        "politics.ruling_coalition": F(["LDP", "Komeito"]),
        "politics.lower_house_coalition_share": F(67, "over", previous=68.6, as_written="A fraction over two-thirds of the 465 seats in the House of Representatives, 313 in all, were won by the LDP and its junior partner, Komeito ... little changed from the 68.6% they had held after the December 2014 vote", note="passive; two-thirds = 67 (the set's fraction rule); 313 of 465 is 67.3%"),
        "politics.upper_house_coalition_share": F(60, "about", as_written="In the House of Councillors, about 60% of the 242 seats are in coalition hands"),
        "politics.next_diet_election_due": F(2019, as_written="Half of the upper chamber will be elected in July 2019; no other national vote is scheduled before then"),
        "politics.lower_house_election_due": D("2021-10", as_written="The lower chamber's term runs to October 2021"),
        "trade.overall_partner_rank": F(4, period="2017", as_written="Save for China, Canada, and Mexico, no country's goods trade with the United States in 2017 was larger than Japan's", note="goods trade; 'save' = except"),
        "trade.export_partner_rank": F(4, period="2017", as_written="more than to any country outside North America except China", note="Canada and Mexico (North America) and China ahead: 4"),
        "trade.us_exports_to_japan": F(67700000000, period="2017", as_written="U.S. goods worth $67.7 billion were exported to Japan that year", note="goods; year carried"),
        "trade.import_partner_rank": F(4, period="2017", as_written="Goods worth $136.5 billion were imported from Japan, the fourth-highest total among U.S. suppliers"),
        "trade.us_imports_from_japan": F(136500000000, period="2017", as_written="Goods worth $136.5 billion were imported from Japan"),
        "trade.fdi_source_rank": F(2, period="2017", as_written="The United Kingdom and Japan, in that order, were the top two sources of foreign direct investment (FDI) in the United States at the end of 2017"),
        "trade.treasury_holder_rank": F(2, period="2018-06", as_written="Only two countries hold more than $1 trillion of U.S. Treasury securities: China, the larger holder, and Japan, with $1.03 trillion in June"),
        "economy.gdp_growth": GDP(y2017=1.7, y2016=1.0),
        "economy.supplementary_budget": F(24000000000, "about", period="2018-02", as_written="A supplementary budget for FY2017 of ¥2.7 trillion, roughly $24 billion, was enacted in February"),
        "economy.emissions_cut_target": F(26, by="2030", baseline="2013", as_written="emissions are to be cut by 26% from FY2013 levels by FY2030"),
    },
    "elections": {
        "lower_house_2017": E("Lower House", "2017-10-22", "held", result="LDP and Komeito 313 of 465 seats, a fraction over two-thirds"),
        "lower_house_2014": E("Lower House", "2014-12", "held", result="coalition 68.6%"),
        "upper_house_2019": E("Upper House", "2019-07", "upcoming", note="the next national vote"),
        "ldp_president_2018": E("LDP president", "2018-09-20", "upcoming", note="Abe vs Ishiba; year from the text's date"),
        "okinawa_governor_2018": E("Okinawa governor", "2018-09-30", "upcoming", note="after Onaga's death; year from the text's date"),
        "okinawa_governor_2014": E("Okinawa governor", "2014-11", "held", result="Onaga elected"),
    },
    "events": {
        "abe_address_to_congress": EV("Abe addresses a joint meeting of Congress", "2015", "held"),
    },
    "notes": ("Traps: 'who in 2015 became the first Japanese leader to address a joint meeting of Congress' (the event, year precision only); "
              "'most recently at Mar-a-Lago in April'; 'was inaugurated on August 9-10' (the ministerial trade channel, not first_negotiating_round) and 'a second session is planned for September'; "
              "'Section 232 tariffs on steel (25%) and aluminum (10%) collected since March 23' (no tariff on most imports); "
              "'duties of as much as 25% on cars, compared with the 2.5% now levied' (threat; MFN); "
              "'Governor Takeshi Onaga died on August 8'; 'revised in 1960'; "
              "'more U.S. military personnel than are based in any other foreign country' (no rank fact); "
              "'¥946.5 billion is to be provided over five years, or about ¥189 billion per annum' (yen, not the dollar fact); 'in force from April of that year' (not the agreement date); "
              "'The SMA expires in March 2021' and 'Talks on a successor are expected to open next year'; "
              "'it has been exceeded only in a few years of the late 1980s'; 'budgets have been raised for six straight years'; '¥5.19 trillion was appropriated for FY2018' and 'a request of about ¥5.3 trillion for FY2019'; "
              "sidebar 'Okinawa: Then, Now, and Next' (HTML aside; interleaved: an ordinary section) "
              "'about 9,000 are to be moved off the island' (total leaving, not Guam), 'as revised in 2012', 'the first transfers are not expected before 2024' (no Marines in Guam), "
              "'The 2006 version of the plan would have sent 8,000 to Guam by 2014' (past plan); "
              "Figure 1 (planned destinations Guam/Hawaii/Other in thousands, ticks 0-5, no value labels; categories are places, not years); "
              "'Former Ginowan mayor Atsushi Sakima' and 'Denny Tamaki' (candidates); "
              "'313 in all' and 'the 465 seats' (seat counts); 'the 68.6% they had held after the December 2014 vote' (previous share); "
              "'the 242 seats'; 'The two-thirds of each chamber needed to propose a constitutional amendment' (threshold); "
              "'Under a party rule change adopted in March 2017'; 'a third consecutive three-year term'; 'in November 2019 surpass Taro Katsura'; "
              "'below 30% in some polls this spring' and 'the low 40s' (approval); "
              "'The resulting $68.8 billion deficit' (no IF10199 fact); 'more than a third of those imports' (a fraction that is no fact); "
              ""
              "'supporting some 850,000 U.S. jobs'; '$469 billion' (no IF10199 fact); 'Only two countries hold more than $1 trillion' ('two' is not the rank by itself: Japan is the smaller of the two); "
              "'contracted in January-March 2018 at an annualized 0.6%' and 'resumed in April-June at an annualized 1.9%' (quarters); '¥2.7 trillion'; "
              "'another, to pay for recovery from the July floods, is expected in the autumn' (planned); 'from 8% to 10% in October 2019'; "
              "'the June 12 Singapore summit'; 'the first official visit by a Japanese prime minister since 2011'; "
              "'their second gathering since November 2017' (Quad officials, not leaders: no leader count); "
              "PDF curly quotes, NBSP and hyphenated line ends (interleaved only)"),
}
