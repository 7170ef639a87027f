from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "T1-IF10199-2015-11", "tune", "IF10199", 21
LAYOUTS = ["md", "pdf", "layout"]
PDF_OPTS = ["lig", "quotes"]
CHART = {"unit": "$ billions", "ymax": 200, "ticks": [0, 50, 100, 150, 200],
         "series": ["U.S. exports to Japan", "U.S. imports from Japan"],
         "bars": {"2010": (98.4, 148.9), "2011": (103.2, 157.6), "2012": (110.1, 173.4), "2013": (107.2, 167.0), "2014": (114.3, 165.7)}}

MD = """
U.S.-Japan Relations

Updated November 18, 2015

## Overview

The alliance between the United States and Japan, which dates from 1952, remains the foundation of the U.S. military presence in East Asia. Approximately 50,000 U.S. military personnel are stationed in Japan under the bilateral security treaty, including some 18,000 Marines, and the U.S. Seventh Fleet is homeported at Yokosuka. In return for basing rights, the United States is obligated to defend Japan. Japan is the fourth-largest U.S. trading partner and, after the United Kingdom, the second-largest source of foreign direct investment in the United States.

Prime Minister Shinzo Abe has pursued a more active security role for Japan since returning to office in December 2012. In April 2015 he became the first Japanese leader to address a joint meeting of Congress, and in September the Diet passed a package of security bills that allow Japan's Self-Defense Forces to engage in limited collective self-defense. President Barack Obama has welcomed these steps, though they drew large street protests in Tokyo.

## Alliance Burden-Sharing and Okinawa

Tokyo contributes close to $2 billion annually to offset the cost of stationing U.S. forces, under a five-year Special Measures Agreement signed in January 2011. Talks on a successor arrangement began this summer and are expected to conclude by the end of 2015. Japan also funds much of the cost of realigning U.S. bases.

Okinawa, which accounts for less than 1% of Japan's land area, hosts roughly 25% of all facilities used by U.S. Forces Japan (USFJ) and over half of USFJ personnel. Under a 2012 revision of the realignment plan, roughly 9,000 Marines are to leave Okinawa, and about 4,000 of them are to move to Guam. Okinawa Governor Takeshi Onaga, who won election in November 2014 on a pledge to stop construction of a replacement for Marine Corps Air Station Futenma at Henoko, revoked the landfill permit in October 2015; the central government has sued to overturn his decision.

## Japanese Politics

Abe leads a coalition of his Liberal Democratic Party (LDP) and the smaller Komeito. In the snap Lower House election of December 14, 2014, the coalition won 326 of the 475 seats, or nearly 69%. The coalition is weaker in the Upper House, where it holds 135 of 242 seats, roughly 56%. Half of that chamber's seats will be contested in July 2016; Abe need not call another Lower House election until December 2018. Amending the constitution would require two-thirds majorities in both chambers and a national referendum.

## Defense Policy

For decades, Japanese governments have kept defense spending to about 1% of GDP. The FY2016 budget request of ¥5.09 trillion would be the fourth consecutive annual increase. Abe's 2013 National Security Strategy set out a policy of "proactive contribution to peace," and the revised U.S.-Japan defense guidelines released in April 2015 broaden the range of missions the two militaries may conduct together.

## Economic Issues

Japan's economy contracted by 0.1% in 2014, after growing 1.6% in 2013, largely because an April 2014 consumption tax increase from 5% to 8% depressed household spending. A supplementary budget of ¥3.1 trillion (some $26 billion) was enacted in February 2015, and Abe has instructed ministers to prepare another one, reportedly of about ¥3.5 trillion, before the end of the year. Before the Paris climate conference, Japan pledged to reduce greenhouse gas emissions 26% by 2030 relative to 2013 levels; the United States has pledged a cut of 26%-28% below 2005 levels by 2025.

## Trade Relations

Japan ranked fourth both as a destination for U.S. exports and as a supplier of U.S. imports in 2014. U.S. exports of goods and services to Japan totaled $114.3 billion that year, and imports from Japan reached $165.7 billion (**Figure 1**). Japanese investors are, after China, the second-largest foreign holders of U.S. Treasury securities.

**Figure 1. U.S. Trade with Japan in Goods and Services, 2010-2014**

Source: CRS, with data from the Bureau of Economic Analysis.

On October 5, 2015, the 12 Trans-Pacific Partnership (TPP) countries announced that they had concluded negotiations. Japan agreed to phase down its 38.5% tariff on beef to 9%, and the United States would eliminate its 2.5% tariff on Japanese passenger cars over 25 years. Congress will consider the agreement under Trade Promotion Authority procedures once the President submits implementing legislation.

**Emma Chanlett-Avery**, Specialist in Asian Affairs

**Ian E. Rinehart**, Analyst in Asian Affairs

**William H. Cooper**, Specialist in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Abe", "Shinzo", "Prime Minister Shinzo Abe"),
        "leaders.us_president": P("Obama", "Barack", "President Barack Obama"),
        "alliance.treaty_ally_since": F(1952, as_written="The alliance ..., which dates from 1952"),
        "alliance.us_troops_in_japan": F(50000, "about", as_written="Approximately 50,000 U.S. military personnel are stationed in Japan"),
        "alliance.host_nation_support_per_year": F(2000000000, "nearly", per="year", as_written="close to $2 billion annually", note="'close to' read as nearly"),
        "alliance.host_nation_support_agreement": D("2011-01", as_written="a five-year Special Measures Agreement signed in January 2011", note="successor still under negotiation"),
        "alliance.okinawa_share_of_usfj_facilities": F(25, "about", as_written="roughly 25% of all facilities used by U.S. Forces Japan (USFJ)"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="over half of USFJ personnel"),
        "alliance.okinawa_share_of_land_area": F(1, "under", as_written="less than 1% of Japan's land area"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="about 4,000 of them are to move to Guam", note="of roughly 9,000 Marines to leave Okinawa"),
        "defense.traditional_limit_pct_gdp": F(1, "about", as_written="kept defense spending to about 1% of GDP"),
        "politics.ruling_coalition": F(["LDP", "Komeito"]),
        "politics.lower_house_coalition_share": F(69, "nearly", as_written="326 of the 475 seats, or nearly 69%"),
        "politics.upper_house_coalition_share": F(56, "about", as_written="135 of 242 seats, roughly 56%"),
        "politics.next_diet_election_due": F(2016, note="Upper House election, July 2016"),
        "politics.lower_house_election_due": D("2018-12", as_written="Abe need not call another Lower House election until December 2018"),
        "trade.overall_partner_rank": F(4, as_written="the fourth-largest U.S. trading partner"),
        "trade.export_partner_rank": F(4, period="2014", as_written="Japan ranked fourth both as a destination for U.S. exports and as a supplier of U.S. imports in 2014"),
        "trade.import_partner_rank": F(4, period="2014"),
        "trade.us_exports_to_japan": F(114300000000, period="2014", note="goods and services"),
        "trade.us_imports_from_japan": F(165700000000, period="2014", as_written="imports from Japan reached $165.7 billion"),
        "trade.fdi_source_rank": F(2, as_written="after the United Kingdom, the second-largest source of foreign direct investment"),
        "trade.treasury_holder_rank": F(2, as_written="after China, the second-largest foreign holders of U.S. Treasury securities"),
        "economy.gdp_growth": GDP(y2014=-0.1, y2013=1.6),
        "economy.supplementary_budget": F(26000000000, "about", period="2015-02", as_written="A supplementary budget of ¥3.1 trillion (some $26 billion) was enacted in February 2015"),
        "economy.emissions_cut_target": F(26, by="2030", baseline="2013"),
    },
    "elections": {
        "lower_house_2014": E("Lower House", "2014-12-14", "held", result="coalition won 326 of 475 seats (nearly 69%)"),
        "okinawa_governor_2014": E("Okinawa governor", "2014-11", "held", result="Takeshi Onaga won on a pledge to stop the Henoko plan"),
        "upper_house_2016": E("Upper House", "2016-07", "upcoming", note="Half of that chamber's seats will be contested in July 2016"),
    },
    "events": {
        "abe_address_to_congress": EV("Abe addresses a joint meeting of Congress, the first Japanese leader to do so", "2015-04", "held"),
    },
    "notes": "Traps: 'including some 18,000 Marines' (not the troop total); 'Talks on a successor arrangement ... expected to conclude by the end of 2015' (no new agreement yet); 'roughly 9,000 Marines are to leave Okinawa' (not the Guam figure); 'returning to office in December 2012'; 'in September the Diet passed a package of security bills'; 'revoked the landfill permit in October 2015'; 'Okinawa Governor Takeshi Onaga'; 'Half of that chamber's seats' (not a coalition share); 'two-thirds majorities in both chambers' (amendment threshold); 'the 475 seats' and '242 seats' (chamber sizes); 'The FY2016 budget request of ¥5.09 trillion ... fourth consecutive annual increase'; 'consumption tax increase from 5% to 8%'; 'reportedly of about ¥3.5 trillion' (a planned supplementary budget, not enacted); '¥3.1 trillion' (yen beside the dollar amount); 'the United States has pledged a cut of 26%-28% below 2005 levels by 2025' (U.S. target); 'the 12 Trans-Pacific Partnership (TPP) countries' and 'October 5, 2015' (no catalogue fact); '38.5% tariff on beef to 9%' and 'its 2.5% tariff on Japanese passenger cars over 25 years' (one product, not most imports); 'the U.S. Seventh Fleet'; PDF/layout only: Figure 1 axis ticks (0-200), years 2010-2014 and legend",
}
