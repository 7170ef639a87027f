from lib import F, D, P, GDP, E, EV

NAME = "F1-IF10199-2017-05"
SET = "fresh"
BRIEF = "IF10199"
VERSION = "31"
LAYOUTS = ("md", "pdf", "layout")
PDF_OPTS = ("lig", "quotes", "nbsp", "hyph")
CHART = {"unit": "$ billions", "ymax": 200, "ticks": [0, 50, 100, 150, 200],
         "bars": {"2013": [97, 171], "2014": [110, 175], "2015": [107, 169], "2016": [108, 164]},
         "series": ["U.S. exports to Japan", "U.S. imports from Japan"]}

MD = """
U.S.-Japan Relations

Updated May 9, 2017

## Overview

The arrival of a new U.S. Administration has tested, but so far not shaken, a partnership that both governments describe as the cornerstone of their security in Asia. Prime Minister Shinzo Abe moved quickly to court President Donald Trump, flying to New York within ten days of the November 2016 election and spending a weekend with him in Florida in February 2017. Trump's campaign-season complaints that Japan was not paying enough for its own defense were not repeated at that meeting, and the joint statement reaffirmed that the treaty covers the Senkaku Islands. Abe had built a close relationship with former President Barack Obama as well; in April 2015 he became the first Japanese leader to address a joint meeting of Congress.

The alliance took legal effect in 1952, the year the postwar occupation ended, and the security treaty was revised in 1960 into its present form. It allows the United States to station forces in Japan. Some 54,000 U.S. military personnel are based there, more than in any other foreign country; by comparison, roughly 28,500 are deployed in South Korea.

## Alliance Burden-Sharing

Tokyo pays close to $1.7 billion each year toward the cost of hosting U.S. forces, under a five-year Special Measures Agreement that was signed in January 2016. That sum excludes rent for base land, compensation to host communities, and the costs of realigning U.S. forces, which Japan also bears. The figure Trump cited on the campaign trail, that Japan should pay "100%," has no counterpart in any official U.S. proposal.

Japan's defense outlays have for decades been held at or near 1% of GDP, well below the 2% benchmark that NATO members have adopted. The Abe government has raised the defense budget for five consecutive years, but only modestly. Security legislation passed in September 2015 now permits limited forms of collective self-defense.

## Okinawa

Okinawa, Japan's southernmost prefecture, accounts for under one percent of the country's land area. It nonetheless hosts roughly one-fourth of all facilities used by U.S. Forces Japan (USFJ), and upwards of half of USFJ personnel are stationed there. Governor Takeshi Onaga, who won the November 2014 gubernatorial election on a pledge to block a replacement airstrip at Henoko, has taken the central government to court repeatedly.

Under a 2012 realignment plan, about 9,000 Marines are to leave Okinawa. Of them, approximately 4,000 are slated to move to Guam, with the remainder going to Hawaii and elsewhere; the Okinawa-based Marine presence currently numbers some 19,000.

## Domestic Politics

Abe leads a coalition of his Liberal Democratic Party (LDP) and the smaller Komeito. The coalition retained its dominance in the December 2014 Lower House election and now holds roughly 68% of the chamber's seats. In the Upper House, where half of the 242 seats were contested in July 2016, the two parties emerged with close to 60% of the seats. The chamber's revised voting age of 18 was used for the first time in that election.

No national election is scheduled before 2018: the Lower House's current term expires in December 2018, so a general election must be held by then. In March 2017 the LDP lengthened its leaders' permitted tenure to three consecutive three-year terms, opening the way for Abe to stay on as party president after his current term ends in September 2018.

## Economic and Trade Relations

Japan ranks fourth among U.S. trading partners when goods and services are combined. In 2016 it was the fourth-biggest destination for U.S. exports, which totaled $108.4 billion, and it ranked fourth as a source of U.S. imports, which reached $163.5 billion. Only the United Kingdom has a larger stock of direct investment in the United States than Japan, and Japanese investors hold more U.S. Treasury securities than those of any country except China.

**Figure 1. U.S. Trade in Goods and Services with Japan, 2013-2016**

Source: CRS, with data from the Bureau of Economic Analysis.

The Trump Administration withdrew the United States from the Trans-Pacific Partnership (TPP) in January 2017, a step Abe had lobbied against. Vice President Mike Pence and Deputy Prime Minister Taro Aso launched a bilateral Economic Dialogue in April 2017 as an alternative channel, though Tokyo has resisted calls for a bilateral free trade agreement.

Japan's real GDP grew by 1.0% in 2016, after 1.2% the year before. In August 2016 the cabinet unveiled a ¥28 trillion (about $265 billion) stimulus package, most of it loans and off-budget spending; the third supplementary budget enacted in January 2017, worth ¥1.7 trillion (about $15 billion), was considerably smaller. Under the Paris Agreement, Japan has pledged to cut its greenhouse gas emissions by 26% from 2013 levels by 2030.

**Emma Chanlett-Avery**, Coordinator, Specialist in Asian Affairs

**Ian E. Rinehart**, Analyst in Asian Affairs

**Brock R. Williams**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Abe", "Shinzo", "Prime Minister Shinzo Abe"),
        "leaders.us_president": P("Trump", "Donald", "President Donald Trump"),
        "alliance.treaty_ally_since": F(1952, as_written="The alliance took legal effect in 1952"),
        "alliance.us_troops_in_japan": F(54000, "about", as_written="Some 54,000 U.S. military personnel are based there"),
        "alliance.host_nation_support_per_year": F(1700000000, "nearly", per="year", as_written="Tokyo pays close to $1.7 billion each year toward the cost of hosting U.S. forces"),
        "alliance.host_nation_support_agreement": D("2016-01", as_written="a five-year Special Measures Agreement that was signed in January 2016"),
        "alliance.okinawa_share_of_usfj_facilities": F(25, "about", as_written="roughly one-fourth of all facilities used by U.S. Forces Japan (USFJ)"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="upwards of half of USFJ personnel are stationed there"),
        "alliance.okinawa_share_of_land_area": F(1, "under", as_written="accounts for under one percent of the country's land area"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="Of them, approximately 4,000 are slated to move to Guam", note="subject ('about 9,000 Marines are to leave Okinawa') in the previous sentence"),
        "defense.traditional_limit_pct_gdp": F(1, "about", as_written="held at or near 1% of GDP"),
        "politics.ruling_coalition": F(["LDP", "Komeito"]),
        "politics.lower_house_coalition_share": F(68, "about", as_written="now holds roughly 68% of the chamber's seats"),
        "politics.upper_house_coalition_share": F(60, "nearly", as_written="the two parties emerged with close to 60% of the seats"),
        "politics.next_diet_election_due": F(2018, as_written="No national election is scheduled before 2018"),
        "politics.lower_house_election_due": D("2018-12", as_written="the Lower House's current term expires in December 2018, so a general election must be held by then"),
        "trade.overall_partner_rank": F(4, as_written="Japan ranks fourth among U.S. trading partners"),
        "trade.export_partner_rank": F(4, period="2016", as_written="the fourth-biggest destination for U.S. exports"),
        "trade.us_exports_to_japan": F(108400000000, period="2016", note="goods and services"),
        "trade.import_partner_rank": F(4, period="2016", as_written="it ranked fourth as a source of U.S. imports"),
        "trade.us_imports_from_japan": F(163500000000, period="2016", note="goods and services"),
        "trade.fdi_source_rank": F(2, as_written="Only the United Kingdom has a larger stock of direct investment in the United States than Japan"),
        "trade.treasury_holder_rank": F(2, as_written="more U.S. Treasury securities than those of any country except China"),
        "economy.gdp_growth": GDP(y2016=1.0, y2015=1.2),
        "economy.supplementary_budget": F(15000000000, "about", period="2017-01", as_written="the third supplementary budget enacted in January 2017, worth ¥1.7 trillion (about $15 billion)"),
        "economy.emissions_cut_target": F(26, by="2030", baseline="2013"),
    },
    "elections": {
        "lower_house_2014": E("Lower House", "2014-12", "held", result="coalition retained its dominance"),
        "upper_house_2016": E("Upper House", "2016-07", "held", result="coalition close to 60% of the seats"),
        "okinawa_governor_2014": E("Okinawa governor", "2014-11", "held", result="Takeshi Onaga won"),
    },
    "events": {
        "abe_address_to_congress": EV("Abe addresses a joint meeting of Congress, the first Japanese leader to do so", "2015-04", "held"),
    },
    "notes": "Traps: 'former President Barack Obama'; 'the security treaty was revised in 1960'; 'roughly 28,500 are deployed in South Korea'; 'more than in any other foreign country' (troops, not a rank); 'that Japan should pay \"100%\"'; 'the 2% benchmark that NATO members have adopted' (not a Japanese goal: defense.spending_goal_pct_gdp not stated); 'about 9,000 Marines are to leave Okinawa' (total leaving, not those going to Guam); 'the Okinawa-based Marine presence currently numbers some 19,000'; 'half of the 242 seats were contested in July 2016' (not a share); 'The chamber's revised voting age of 18'; 'his current term ends in September 2018' (LDP leadership, no election slug; not a Diet election); 'three consecutive three-year terms'; 'a ¥28 trillion (about $265 billion) stimulus package' (not a supplementary budget); 'after 1.2% the year before' is 2015's growth (listed); 'in January 2017' TPP withdrawal; 'Vice President Mike Pence and Deputy Prime Minister Taro Aso'; figure 1 covers 2013-2016 without values"
}
