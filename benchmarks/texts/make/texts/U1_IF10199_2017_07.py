from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "U1-IF10199-2017-07", "tune2", "IF10199", 31
LAYOUTS = ["md", "pdf", "layout"]
PDF_OPTS = ["lig", "quotes", "nbsp", "hyph"]
CHART = {"unit": "$ billions", "ymax": 200, "ticks": [0, 50, 100, 150, 200],
         "series": ["U.S. exports to Japan", "U.S. imports from Japan"],
         "bars": {"2013": (103, 168), "2014": (106, 172), "2015": (105, 169), "2016": (108, 166)}}

MD = """
U.S.-Japan Relations

Updated July 25, 2017

## Overview

Six months into the Trump Administration, the relationship between Washington and Tokyo looks steadier than many in Japan had feared during the 2016 campaign. Prime Minister Shinzo Abe was the first foreign leader to meet President-elect Trump, in November 2016, and he was received by President Donald Trump at the White House and at Mar-a-Lago in February 2017. Candidate Trump had suggested that Japan pay 100% of the cost of U.S. forces or see them withdrawn; as President, he has reaffirmed the alliance instead. Trump pulled the United States out of the Trans-Pacific Partnership (TPP) on his third day in office, a blow to Abe, who had spent political capital to win Diet approval of the pact. Abe's own standing slipped after his party's rout in the July 2, 2017, Tokyo metropolitan assembly election, a local contest.

Abe had earlier worked closely with former President Barack Obama, who in May 2016 became the first sitting U.S. President to visit Hiroshima. A year before that, in April 2015, Abe addressed a joint meeting of Congress, the first Japanese leader to do so.

## Security Ties

Japan and the United States have been treaty allies since 1951, when the original security pact was signed in San Francisco; the revised treaty of 1960 still governs the alliance. Some fifty-four thousand U.S. military personnel are based in Japan, and they are joined by roughly 42,000 dependents. North Korea's missile launches, several of which have landed in the Sea of Japan this year, give the alliance new urgency.

Tokyo contributes about $1.7 billion a year toward the cost of stationing these forces. The current Special Measures Agreement, signed in January 2016, runs five years, through March 2021; its predecessor was concluded in 2011. Japan has for decades kept its defense budget at about 1% of GDP, a practice dating to 1976. NATO members, by contrast, have pledged to move toward 2%, a benchmark some LDP lawmakers now cite.

## Okinawa

Roughly one-quarter of all facilities used by U.S. Forces Japan (USFJ) sit in Okinawa, which accounts for less than 1% of Japan's land area; more than half of U.S. military personnel in Japan are stationed there. Under a 2012 agreement, about 9,000 Marines are to leave the island. Of them, around 4,000 are to relocate to Guam, a move not expected before the 2020s; others will go to Hawaii and Australia. Governor Takeshi Onaga, elected in November 2014 on a platform of stopping a new runway at Henoko, continues to fight the project in court.

## Domestic Politics

The Liberal Democratic Party (LDP) governs in coalition with Komeito. Together they hold roughly 68% of the seats in the Lower House, won in the December 14, 2014, snap election. The coalition's position in the upper chamber is nearly as strong: after the July 10, 2016, House of Councillors election it controls about three-fifths of the seats, up from 56% before that vote. The current Lower House term expires in December 2018, and Abe's term as LDP president runs to September 2018. Abe has floated revising the constitution's Article 9 by 2020.

## Economic Ties

The United States and Japan exchanged nearly $275 billion in goods and services in 2016. Only China, Canada, and Mexico trade more with the United States. Key figures for 2016:

- U.S. exports to Japan: $108.1 billion, making Japan the fourth-biggest customer for U.S. goods and services
- U.S. imports from Japan: $166.2 billion; as a supplier, too, Japan ranked fourth
- U.S. deficit with Japan: $58.1 billion, compared with $309 billion with China

**Figure 1. U.S. Trade with Japan, 2013-2016**

Source: Bureau of Economic Analysis. Goods and services, $ billions.

Japanese companies hold the second-largest stock of foreign direct investment in the United States, after British firms. Japan's holdings of U.S. Treasury securities, which briefly topped China's in late 2016, once again rank second.

Real GDP grew 1.0% in 2016, after 1.2% in 2015. The Bank of Japan projects growth of 1.8% for 2017, and inflation remains far below its 2% target. The most recent supplementary budget, enacted in January 2017, added about ¥1.7 trillion (roughly $15 billion); it followed a ¥28 trillion stimulus package announced in August 2016. Under the Paris Agreement, Japan has pledged to cut greenhouse gas emissions by 26% from 2013 levels by 2030. President Trump announced in June 2017 that the United States would withdraw from that agreement, under which it had targeted a 26%-28% cut by 2025.

**Mark E. Manyin**, Coordinator, Specialist in Asian Affairs

**Emma Chanlett-Avery**, Specialist in Asian Affairs

**Brock R. Williams**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Abe", "Shinzo", "Prime Minister Shinzo Abe"),
        "leaders.us_president": P("Trump", "Donald", "President Donald Trump"),
        "alliance.treaty_ally_since": F(1951, as_written="Japan and the United States have been treaty allies since 1951"),
        "alliance.us_troops_in_japan": F(54000, "about", as_written="Some fifty-four thousand U.S. military personnel are based in Japan"),
        "alliance.host_nation_support_per_year": F(1700000000, "about", per="year", as_written="Tokyo contributes about $1.7 billion a year"),
        "alliance.host_nation_support_agreement": D("2016-01", as_written="The current Special Measures Agreement, signed in January 2016, runs five years"),
        "alliance.okinawa_share_of_usfj_facilities": F(25, "about", as_written="Roughly one-quarter of all facilities used by U.S. Forces Japan (USFJ) sit in Okinawa"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="more than half of U.S. military personnel in Japan are stationed there"),
        "alliance.okinawa_share_of_land_area": F(1, "under", as_written="less than 1% of Japan's land area"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="Of them, around 4,000 are to relocate to Guam"),
        "defense.traditional_limit_pct_gdp": F(1, "about", as_written="kept its defense budget at about 1% of GDP, a practice dating to 1976"),
        "politics.ruling_coalition": F(["LDP", "Komeito"]),
        "politics.lower_house_coalition_share": F(68, "about", as_written="Together they hold roughly 68% of the seats in the Lower House"),
        "politics.upper_house_coalition_share": F(60, "about", previous=56, as_written="it controls about three-fifths of the seats, up from 56% before that vote"),
        "politics.next_diet_election_due": F(2018, as_written="The current Lower House term expires in December 2018"),
        "politics.lower_house_election_due": D("2018-12", as_written="The current Lower House term expires in December 2018"),
        "trade.overall_partner_rank": F(4, period="2016", as_written="Only China, Canada, and Mexico trade more with the United States"),
        "trade.export_partner_rank": F(4, period="2016", as_written="making Japan the fourth-biggest customer for U.S. goods and services"),
        "trade.import_partner_rank": F(4, period="2016", as_written="as a supplier, too, Japan ranked fourth"),
        "trade.us_exports_to_japan": F(108100000000, period="2016", as_written="U.S. exports to Japan: $108.1 billion"),
        "trade.us_imports_from_japan": F(166200000000, period="2016", as_written="U.S. imports from Japan: $166.2 billion"),
        "trade.fdi_source_rank": F(2, as_written="Japanese companies hold the second-largest stock of foreign direct investment in the United States, after British firms"),
        "trade.treasury_holder_rank": F(2, as_written="which briefly topped China's in late 2016, once again rank second"),
        "economy.gdp_growth": GDP(y2016=1.0, y2015=1.2),
        "economy.supplementary_budget": F(15000000000, "about", period="2017-01", as_written="enacted in January 2017, added about ¥1.7 trillion (roughly $15 billion)"),
        "economy.emissions_cut_target": F(26, by="2030", baseline="2013", as_written="cut greenhouse gas emissions by 26% from 2013 levels by 2030"),
    },
    "elections": {
        "lower_house_2014": E("Lower House", "2014-12-14", "held", result="coalition holds roughly 68% of seats"),
        "upper_house_2016": E("Upper House", "2016-07-10", "held", result="coalition share about three-fifths, up from 56%"),
        "okinawa_governor_2014": E("Okinawa governor", "2014-11", "held", result="Takeshi Onaga elected"),
    },
    "events": {
        "abe_address_to_congress": EV("Abe addresses a joint meeting of Congress", "2015-04", "held"),
    },
    "notes": "Traps: 'President-elect Trump, in November 2016' and 'at Mar-a-Lago in February 2017'; 'Japan pay 100% of the cost of U.S. forces' (a campaign demand); 'on his third day in office' (TPP withdrawal); 'the July 2, 2017, Tokyo metropolitan assembly election, a local contest' (not a Diet election); 'former President Barack Obama' (former leader) and 'in May 2016 ... visit Hiroshima' (no slug); 'the revised treaty of 1960'; 'roughly 42,000 dependents'; 'its predecessor was concluded in 2011' and 'through March 2021' (not the agreement date); 'a practice dating to 1976'; 'NATO members, by contrast, have pledged to move toward 2%' (other countries' benchmark: no Japanese goal stated); 'Under a 2012 agreement, about 9,000 Marines are to leave the island' (the total leaving, not those going to Guam); 'others will go to Hawaii and Australia'; 'up from 56% before that vote' (previous Upper House share); 'Abe's term as LDP president runs to September 2018' (no slug); 'revising the constitution's Article 9 by 2020'; 'nearly $275 billion in goods and services' (total trade); 'U.S. deficit with Japan: $58.1 billion, compared with $309 billion with China'; 'which briefly topped China's in late 2016' (past rank 1); 'The Bank of Japan projects growth of 1.8% for 2017' (projection) and 'its 2% target' (inflation); 'a ¥28 trillion stimulus package announced in August 2016'; 'the United States ... had targeted a 26%-28% cut by 2025' (U.S. target); Figure 1 years 2013-2015 and axis ticks 0-200 (no value labels); PDF: ligatures, curly quotes, NBSP, hyphenated line ends",
}
