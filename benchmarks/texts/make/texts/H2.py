from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "H2-IF10199-2019-03", "holdout", "IF10199", 31
LAYOUTS = ["md", "interleaved"]
CHART = {"unit": "percent", "ymax": 2.5, "ticks": [0, 0.5, 1.0, 1.5, 2.0, 2.5],
         "series": ["Real GDP growth"],
         "bars": {"2014": (0.4,), "2015": (1.2,), "2016": (0.6,), "2017": (1.9,), "2018": (0.8,)}}

MD = """
U.S.-Japan Relations

Updated March 8, 2019

## Overview

The treaty alliance, in place since 1952, has weathered a turbulent two years. Prime Minister Abe Shinzo has invested heavily in his relationship with President Donald Trump, and the two have met or spoken more than 40 times. Yet Japan has been unsettled by Trump's diplomacy with North Korea, his criticism of the costs of overseas bases, and his trade policy. Roughly 50,000 U.S. troops are based in Japan, accompanied by some 42,000 dependents.

Japan is the fourth-largest U.S. trading partner. It ranked, in 2018, as the fourth-biggest market for U.S. exports and the fourth-biggest supplier of U.S. imports. American exports of goods and services to Japan came to just under $121 billion in 2018, while imports totaled $178.5 billion. Japan is the second-largest source of foreign direct investment in the United States after the United Kingdom. Its investors hold more U.S. Treasury securities than those of any country except China.

## Cost-Sharing and Okinawa

Japan pays almost $2 billion each year toward the cost of U.S. forces under a five-year agreement reached in December 2015, which expires in March 2021. Trump has reportedly suggested that host countries pay the full cost of U.S. troops "plus 50%." Okinawa accounts for less than 1% of Japan's land area but roughly 25% of facilities used by U.S. Forces Japan and more than half of USFJ personnel. In a February 24, 2019, referendum, 72% of Okinawan voters opposed landfill work for the Futenma replacement facility at Henoko, which Governor Denny Tamaki, elected in September 2018, also opposes. Some 4,000 Marines are to be relocated from Okinawa to Guam.

## Defense

The December 2018 National Defense Program Guidelines call for ¥27.47 trillion in defense spending over five years, the purchase of 105 more F-35 fighters, and the conversion of two helicopter carriers to operate short-takeoff jets. Even so, defense spending remains near 1% of GDP, the informal limit successive governments have observed.

## Politics

The LDP-Komeito coalition has held a supermajority in the Lower House since the October 2017 election; it now holds about 67 percent of the seats there and around 61 percent of those in the Upper House. Half of the Upper House will be elected in July 2019. A Lower House election does not have to be held until October 2021. Emperor Akihito will abdicate on April 30, 2019.

## Economy

Real GDP grew 0.8% in 2018, following 1.9% growth in 2017 (**Figure 1**). In February 2019, the Diet passed a second supplementary budget for FY2018 of ¥3.0 trillion, about $27 billion, mostly for disaster prevention; the first, in November 2018, was ¥0.9 trillion. The consumption tax is scheduled to rise from 8% to 10% in October 2019. Japan's target is to reduce greenhouse gas emissions 26% by 2030, measured against 2013 levels.

**Figure 1. Japan's Real GDP Growth, 2014-2018**

Source: Cabinet Office of Japan.

In September 2018, Abe and Trump agreed to begin negotiations on a U.S.-Japan Trade Agreement. The Commerce Department submitted its Section 232 report on auto imports to the President on February 17, 2019, which could lead to tariffs of up to 25%.

**Emma Chanlett-Avery**, Specialist in Asian Affairs

**Mark E. Manyin**, Specialist in Asian Affairs

**Brock R. Williams**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Abe", "Shinzo", "Prime Minister Abe Shinzo"),
        "leaders.us_president": P("Trump", "Donald", "President Donald Trump"),
        "alliance.treaty_ally_since": F(1952, as_written="The treaty alliance, in place since 1952"),
        "alliance.us_troops_in_japan": F(50000, "about", as_written="Roughly 50,000 U.S. troops are based in Japan"),
        "alliance.host_nation_support_per_year": F(2000000000, "nearly", per="year", as_written="Japan pays almost $2 billion each year"),
        "alliance.host_nation_support_agreement": D("2015-12", as_written="a five-year agreement reached in December 2015, which expires in March 2021"),
        "alliance.okinawa_share_of_usfj_facilities": F(25, "about", as_written="roughly 25% of facilities used by U.S. Forces Japan"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="more than half of USFJ personnel"),
        "alliance.okinawa_share_of_land_area": F(1, "under", as_written="less than 1% of Japan's land area"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="Some 4,000 Marines are to be relocated from Okinawa to Guam"),
        "defense.traditional_limit_pct_gdp": F(1, "about", as_written="defense spending remains near 1% of GDP, the informal limit", note="'near' read as about"),
        "politics.ruling_coalition": F(["LDP", "Komeito"]),
        "politics.lower_house_coalition_share": F(67, "about", as_written="it now holds about 67 percent of the seats there"),
        "politics.upper_house_coalition_share": F(61, "about", as_written="and around 61 percent of those in the Upper House"),
        "politics.next_diet_election_due": F(2019, note="Upper House election, July 2019 (upper_house_2019)"),
        "politics.lower_house_election_due": D("2021-10", as_written="A Lower House election does not have to be held until October 2021"),
        "trade.overall_partner_rank": F(4, as_written="Japan is the fourth-largest U.S. trading partner"),
        "trade.export_partner_rank": F(4, period="2018", as_written="It ranked, in 2018, as the fourth-biggest market for U.S. exports"),
        "trade.import_partner_rank": F(4, period="2018", as_written="the fourth-biggest supplier of U.S. imports"),
        "trade.us_exports_to_japan": F(121000000000, "under", period="2018", as_written="just under $121 billion in 2018"),
        "trade.us_imports_from_japan": F(178500000000, period="2018"),
        "trade.fdi_source_rank": F(2, as_written="the second-largest source of foreign direct investment in the United States after the United Kingdom"),
        "trade.treasury_holder_rank": F(2, as_written="Its investors hold more U.S. Treasury securities than those of any country except China"),
        "economy.gdp_growth": GDP(y2018=0.8, y2017=1.9),
        "economy.supplementary_budget": F(27000000000, "about", period="2019-02", as_written="a second supplementary budget for FY2018 of ¥3.0 trillion, about $27 billion"),
        "economy.emissions_cut_target": F(26, by="2030", baseline="2013"),
    },
    "elections": {
        "lower_house_2017": E("Lower House", "2017-10", "held", result="LDP-Komeito supermajority; about 67 percent of seats"),
        "upper_house_2019": E("Upper House", "2019-07", "upcoming", note="'Half of the Upper House will be elected in July 2019'"),
        "okinawa_governor_2018": E("Okinawa governor", "2018-09", "held", result="Denny Tamaki elected"),
    },
    "events": {},
    "notes": "Traps: 'met or spoken more than 40 times'; 'some 42,000 dependents' (not troops); 'except China' (Treasury rank 2, not 1); 'which expires in March 2021'; 'pay the full cost of U.S. troops \"plus 50%\"' (a demand); 'In a February 24, 2019, referendum, 72% of Okinawan voters opposed' (not an Okinawa share); 'Governor Denny Tamaki, elected in September 2018' (listed as held okinawa_governor_2018; not a Diet election); '¥27.47 trillion in defense spending over five years'; '105 more F-35 fighters'; 'two helicopter carriers'; 'Half of the Upper House will be elected in July 2019' (seats contested, not a share); 'Emperor Akihito will abdicate on April 30, 2019'; '¥3.0 trillion' (yen beside dollars); 'the first, in November 2018, was ¥0.9 trillion' (earlier budget); 'from 8% to 10% in October 2019' (consumption tax); 'In September 2018, Abe and Trump agreed to begin negotiations'; 'submitted its Section 232 report ... on February 17, 2019' and 'tariffs of up to 25%' (possible, not imposed); interleaved only: Figure 1 axis ticks (0-2.5), years 2014-2018 and legend 'Real GDP growth' (no values: 2014-2016 growth is not stated), and the two columns' lines alternate",
}
