from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "EA1-IF10199-2018-08", "fresh24", "IF10199", 33
LAYOUTS = ["html", "layout"]
PDF_OPTS = ["lig", "nbsp"]
SIDEBAR = "The Diet at a Glance"
CHART = {"unit": "thousands", "ymax": 25, "ticks": [0, 5, 10, 15, 20, 25],
         "series": ["Active-duty personnel"],
         "bars": {"Navy": (20.1,), "Marine Corps": (18.9,), "Air Force": (12.5,), "Army": (2.6,)}}

MD = """
U.S.-Japan Relations

Updated August 7, 2018

## Overview

Allies for close to seven decades (their security treaty was signed at San Francisco in 1951 and revised in 1960), the United States and Japan are entering an uneasy season. Prime Minister Shinzo Abe, whose spring 2015 address to a joint meeting of Congress was a first for a Japanese leader, has cultivated President Donald Trump as assiduously as any foreign leader has: the two have met in person six times and talk often by phone. That rapport has not spared Japan from the Administration's tariffs, nor from its pressure for a bilateral trade deal that Tokyo has long resisted. A new ministerial channel on trade, led by U.S. Trade Representative Robert Lighthizer and Japan's economy minister, Toshimitsu Motegi, is to hold its opening session in Washington on August 9.

## North Korea

Tokyo watched the June 12 Singapore summit between President Trump and Kim Jong-un with misgivings. Japanese officials fear that a deal limiting only long-range missiles would leave Japan within reach of hundreds of North Korean ones. Abe has said he is prepared to meet Kim himself, chiefly to settle the fate of the 17 Japanese citizens the government says were abducted by North Korean agents in the 1970s and 1980s.

## The Alliance

U.S. forces in Japan number in the region of 54,000, more than the United States keeps in any other single foreign country (see Figure 1). The Seventh Fleet is homeported at Yokosuka, and a forward-deployed Marine expeditionary force is based on Okinawa. Japan pays on the order of $1.7 billion a year toward the upkeep of these forces under a five-year Special Measures Agreement (SMA), inked on January 22, 2016, that runs through March 2021; talks on a successor are expected to open next year.

Japan's defense budget for FY2018 stands at ¥5.19 trillion, the sixth consecutive increase under Abe. It nonetheless remains below the informal cap of 1% of GDP that cabinets have observed since 1976. The Ministry of Defense is expected to ask for about ¥5.3 trillion for FY2019 when it submits its request later this month. An LDP panel in May urged the government to look to NATO's benchmark of 2% of GDP as a reference; no such goal has been adopted.

## Okinawa

Just 0.6% of Japan's land lies in Okinawa Prefecture. The prefecture nevertheless accounts for a little over 70% of the acreage set aside for the exclusive use of U.S. forces, and well over half of the U.S. military personnel in Japan serve there. Under a 2012 agreement, around 9,000 Marines are to leave Okinawa, four thousand or so of them for Guam; none are expected to move before the mid-2020s. On July 27, Governor Takeshi Onaga said he would begin revoking the permit for the Henoko landfill, meant to replace Marine Corps Air Station Futenma, which the central government had hoped to start filling as early as August 17. Onaga's term expires in December, and the prefecture has set November 18 as the date on which voters will choose a governor.

## The Diet at a Glance

Abe's Liberal Democratic Party (LDP) governs in coalition with Komeito. The pair hold comfortable majorities in both chambers.

Table 1. Coalition Strength in the Diet

| Chamber | Seats | Coalition | Elected |
| --- | --- | --- | --- |
| Lower house | 465 | 67% | Oct. 2017 |
| Upper house | 242 | 62% | July 2016 |

The next nationwide contest, in July 2019, will fill half of the upper house's seats. Abe need not call a lower house election until October 2021.

## Politics

Favoritism scandals involving two school operators drove Abe's approval ratings below 40% in the spring; they have since partly recovered. Abe's second term as LDP president ends in September, when the party will hold a leadership election. He is favored to win a third term over former Defense Minister Shigeru Ishiba; if he serves it out, he would in November 2019 become the longest-serving prime minister in Japan's history.

## Trade and Investment

The largest U.S. trading partners in 2017 were, in order, China, Canada, Mexico, and Japan. Japan held that same position as a destination for U.S. goods, taking $67.7 billion of them, and as a source of U.S. imports, which reached $136.5 billion. Motor vehicles and parts account for roughly a third of those imports. Since March 23, Japanese steel and aluminum have paid Section 232 tariffs of 25% and 10%, respectively, and the Commerce Department is weighing whether autos and parts should face a duty of up to 25%, against the 2.5% now applied to passenger cars. Japan would prefer that the United States return to the Trans-Pacific Partnership; instead it led the remaining eleven countries to sign a revised pact in March, and on July 17 it signed an economic partnership agreement with the European Union.

Investment runs heavily from Japan to the United States. As a source of foreign direct investment (FDI), Japan is the runner-up to the United Kingdom, with a U.S. stock of $469 billion at the end of 2017. Japan and China are the two largest foreign holders of U.S. Treasury securities, with China slightly ahead: in May, China held $1.18 trillion and Japan $1.03 trillion.

## Economy

Real GDP expanded by 1.7% in 2017, the fastest pace in four years and an improvement on the 1.0% growth of the year before. The economy then shrank at an annualized 0.6% in January-March 2018, ending eight quarters of expansion; figures for April-June are due on August 10. The Diet passed a supplementary budget for FY2017, worth ¥2.7 trillion (approximately $24.5 billion), on February 1. On July 31, the Bank of Japan said it would let long-term interest rates move more freely, while holding to its 2% inflation target. Under the Paris Agreement, Japan has pledged to cut greenhouse gas emissions 26% from FY2013 levels by FY2030.

## Regional Relations

Senior officials from the United States, Japan, Australia, and India met in Singapore on June 7, the second such gathering since the "Quad" consultations were revived in November 2017. Relations with China have thawed: Premier Li Keqiang visited Tokyo in May, and Abe hopes to travel to Beijing in October, which would be the first official visit by a Japanese prime minister since 2011.

**Figure 1. U.S. Military Personnel in Japan, by Service**

Source: Defense Manpower Data Center, March 2018.

**Emma Chanlett-Avery**, Coordinator, Specialist in Asian Affairs

**Mark E. Manyin**, Specialist in Asian Affairs

**Brock R. Williams**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Abe", "Shinzo", "Prime Minister Shinzo Abe"),
        "leaders.us_president": P("Trump", "Donald", "President Donald Trump"),
        "alliance.treaty_ally_since": F(1951, as_written="their security treaty was signed at San Francisco in 1951 and revised in 1960"),
        "alliance.us_troops_in_japan": F(54000, "about", as_written="U.S. forces in Japan number in the region of 54,000"),
        "alliance.host_nation_support_per_year": F(1700000000, "about", per="year", as_written="Japan pays on the order of $1.7 billion a year toward the upkeep of these forces"),
        "alliance.host_nation_support_agreement": D("2016-01-22", as_written="a five-year Special Measures Agreement (SMA), inked on January 22, 2016, that runs through March 2021"),
        "alliance.okinawa_share_of_land_area": F(0.6, as_written="Just 0.6% of Japan's land lies in Okinawa Prefecture"),
        "alliance.okinawa_share_of_usfj_facilities": F(70, "over", as_written="a little over 70% of the acreage set aside for the exclusive use of U.S. forces", note="exclusive-use basis"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="well over half of the U.S. military personnel in Japan serve there"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="around 9,000 Marines are to leave Okinawa, four thousand or so of them for Guam"),
        "defense.traditional_limit_pct_gdp": F(1, as_written="the informal cap of 1% of GDP that cabinets have observed since 1976"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="Abe's Liberal Democratic Party (LDP) governs in coalition with Komeito"),
        "politics.lower_house_coalition_share": F(67, as_written="Table 1: Lower house | 465 | 67% | Oct. 2017"),
        "politics.upper_house_coalition_share": F(62, as_written="Table 1: Upper house | 242 | 62% | July 2016"),
        "politics.next_diet_election_due": F(2019, as_written="The next nationwide contest, in July 2019, will fill half of the upper house's seats"),
        "politics.lower_house_election_due": D("2021-10", as_written="Abe need not call a lower house election until October 2021"),
        "trade.overall_partner_rank": F(4, period="2017", as_written="The largest U.S. trading partners in 2017 were, in order, China, Canada, Mexico, and Japan"),
        "trade.export_partner_rank": F(4, period="2017", as_written="Japan held that same position as a destination for U.S. goods"),
        "trade.import_partner_rank": F(4, period="2017", as_written="and as a source of U.S. imports"),
        "trade.us_exports_to_japan": F(67700000000, period="2017", as_written="taking $67.7 billion of them", note="goods"),
        "trade.us_imports_from_japan": F(136500000000, period="2017", as_written="which reached $136.5 billion", note="goods"),
        "trade.fdi_source_rank": F(2, period="2017", as_written="As a source of foreign direct investment (FDI), Japan is the runner-up to the United Kingdom"),
        "trade.treasury_holder_rank": F(2, period="2018-05", as_written="Japan and China are the two largest foreign holders of U.S. Treasury securities, with China slightly ahead"),
        "economy.gdp_growth": GDP(y2017=1.7, y2016=1.0),
        "economy.supplementary_budget": F(24500000000, "about", period="2018-02", as_written="a supplementary budget for FY2017, worth ¥2.7 trillion (approximately $24.5 billion), on February 1"),
        "economy.emissions_cut_target": F(26, by="2030", baseline="2013", as_written="cut greenhouse gas emissions 26% from FY2013 levels by FY2030"),
    },
    "elections": {
        "lower_house_2017": E("Lower House", "2017-10", "held", result="coalition 67% of 465 seats", note="Table 1 'Elected' column"),
        "upper_house_2016": E("Upper House", "2016-07", "held", result="coalition 62% of 242 seats", note="Table 1 'Elected' column"),
        "upper_house_2019": E("Upper House", "2019-07", "upcoming", note="'The next nationwide contest, in July 2019'"),
        "ldp_president_2018": E("LDP president", "2018-09", "upcoming", note="'ends in September, when the party will hold a leadership election'; Abe vs Ishiba"),
        "okinawa_governor_2018": E("Okinawa governor", "2018-11-18", "upcoming", note="'has set November 18 as the date on which voters will choose a governor'"),
    },
    "events": {
        "abe_address_to_congress": EV("Abe's address to a joint meeting of Congress", "2015", "held"),
    },
    "notes": "Traps: 'Allies for close to seven decades' (no year; not a hedge on a fact); 'revised in 1960'; 'whose spring 2015 address' (season = year precision for the event); 'the two have met in person six times'; 'is to hold its opening session in Washington on August 9' (ministerial trade channel, not first_negotiating_round); 'the June 12 Singapore summit'; 'the 17 Japanese citizens'; 'more than the United States keeps in any other single foreign country' (not a rank); 'that runs through March 2021' and 'talks on a successor are expected to open next year'; 'stands at ¥5.19 trillion, the sixth consecutive increase' and 'It nonetheless remains below the informal cap of 1%' (the limit, exact 1, not under); 'about ¥5.3 trillion for FY2019' (request); 'NATO's benchmark of 2% of GDP ... no such goal has been adopted' (no spending goal); 'around 9,000 Marines are to leave Okinawa' (total, not Guam); 'none are expected to move before the mid-2020s' (no Marines in Guam); 'On July 27' and 'as early as August 17'; 'Onaga's term expires in December'; Table 1 seat counts 465 and 242; 'will fill half of the upper house's seats' (not a share); 'drove Abe's approval ratings below 40%'; 'Abe's second term as LDP president'; 'in November 2019 become the longest-serving prime minister'; 'Motor vehicles and parts account for roughly a third of those imports' (a fraction that is no fact); 'Section 232 tariffs of 25% and 10%' and 'a duty of up to 25%, against the 2.5% now applied' (no tariff on most imports); 'the remaining eleven countries to sign a revised pact in March' and 'on July 17'; 'a U.S. stock of $469 billion' (no IF10199 fact); 'China held $1.18 trillion and Japan $1.03 trillion'; 'shrank at an annualized 0.6% in January-March 2018' (quarter) and 'ending eight quarters'; '¥2.7 trillion'; 'its 2% inflation target'; 'met in Singapore on June 7, the second such gathering' (officials, no leader count); 'the first official visit by a Japanese prime minister since 2011'; Figure 1 (U.S. personnel by service, thousands, ticks 0-25, no value labels; html: floated into the sidebar); html sidebar 'The Diet at a Glance' with Table 1 (layout: an ordinary section); PDF ligatures and NBSP (layout text)",
}
