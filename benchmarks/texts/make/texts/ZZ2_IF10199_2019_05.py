from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "ZZ2-IF10199-2019-05", "fresh14", "IF10199", 33
LAYOUTS = ["md", "pdf"]
PDF_OPTS = ["quotes", "hyph"]
CHART = {"unit": "Thousands", "ymax": 30, "ticks": [0, 10, 20, 30],
         "series": ["U.S. military personnel"],
         "bars": {"Okinawa": (25.8,), "Kanagawa": (11.6,), "Yamaguchi": (5.2,), "Aomori": (3.7,), "Other": (7.9,)}}

MD = """
U.S.-Japan Relations

Updated May 29, 2019

## Overview

President Donald J. Trump returned on May 28 from a four-day state visit to Tokyo, where he was the first foreign leader to be received by Emperor Naruhito, who ascended the throne on May 1. Trump and Prime Minister Shinzo Abe used the visit to display a personal rapport that has so far withstood disputes over trade and over what Japan pays to host U.S. forces. The two leaders also boarded the helicopter carrier Kaga at Yokosuka; Japan plans to refit it and a sister ship to operate F-35B fighters.

The two countries have been treaty allies since the spring of 1952, when the occupation ended and the first bilateral security treaty took effect. The current treaty dates from 1960.

## Trade Negotiations

The bilateral trade talks trace to a joint statement the two leaders issued in New York on September 26, 2018. U.S. Trade Representative Robert Lighthizer and Japan's economic revitalization minister, Toshimitsu Motegi, held their first negotiating round in Washington in April 2019 and met again in Tokyo during the state visit. Agriculture, which Japan wants treated no more generously than under the Trans-Pacific Partnership (TPP), is a central issue: U.S. beef still faces Japan's 38.5% tariff, while Australian beef now pays 26.6% under the successor agreement to the TPP. "Much will wait until after their July elections," the President wrote on May 26.

Autos are the other. A proclamation that President Trump signed on May 17 under Section 232 of the Trade Expansion Act of 1962 found that imports of vehicles and parts threaten U.S. national security, but it deferred action for 180 days while negotiations with Japan and the European Union proceed. No auto tariff has been imposed, although the Commerce Department had examined rates of up to 25%. Japanese steel and aluminum have paid Section 232 duties of 25% and 10% since March 2018.

## Trade and Investment Ties

Japan ranked fourth among U.S. trading partners in 2018 on each of the usual yardsticks: total goods trade, U.S. exports, and U.S. imports. U.S. goods exports to Japan reached $75.0 billion that year; imports from Japan totaled $142.6 billion. The resulting $67.6 billion deficit was the fourth-largest the United States ran with any country, after those with China, Mexico, and Germany.

The United Kingdom is the only country with a larger direct investment position in the United States than Japan, whose firms held $469 billion at the end of 2017 and employ close to 900,000 Americans. China's holdings of U.S. Treasury securities exceeded Japan's by about $40 billion in March, leaving Japan in the number-two spot among foreign holders, at $1.08 trillion.

## Alliance and Burden Sharing

Of the roughly 54,000 U.S. military personnel stationed in Japan, over half are on Okinawa. The current cost-sharing accord, dating from January 2016, runs through March 2021; under it Japan contributes roughly ¥190 billion annually toward the cost of U.S. forces, somewhat less than $1.8 billion. Press reports in March said the Administration was weighing a demand that host nations pay the full cost of U.S. forces plus 50%. South Korea agreed in February to pay about $924 million this year, an increase of 8%.

The FY2019 defense budget of ¥5.26 trillion, a seventh straight increase, keeps to the informal ceiling of 1% of GDP that Japanese cabinets have observed since 1976. President Trump has urged allies to meet NATO's benchmark of 2% of GDP; Japan has set no such target. In December, Tokyo approved plans to acquire 105 more F-35s.

## Okinawa

Although Okinawa is only 0.6% of Japan by area, more than two-thirds of the land set aside for the exclusive use of U.S. forces lies in the prefecture. Under a 2012 revision of the realignment plan, about 9,000 Marines are to leave Okinawa. About 4,000 of them, less than half, are slated for Guam, in a move not expected to begin before 2024.

**Figure 1. U.S. Military Personnel in Japan by Prefecture**

Source: Japan Ministry of Defense. Approximate; excludes personnel afloat.

Governor Denny Tamaki, who won the September 2018 election held after the death of his predecessor, Takeshi Onaga, opposes moving Marine Corps Air Station Futenma to Henoko in northern Okinawa. In a nonbinding February referendum, 72% of those voting rejected the landfill there, but the central government has continued work.

## Japanese Politics

Abe, who secured a third consecutive term as Liberal Democratic Party (LDP) president in September 2018, is on course to become Japan's longest-serving prime minister in November. The LDP and its coalition partner Komeito hold roughly two out of every three seats in the House of Representatives, a margin they have kept since the October 2017 general election, and just over three-fifths of the House of Councillors. In the upper chamber the coalition would need the votes of smaller parties to reach the two-thirds of each chamber required to propose the constitutional revision Abe favors.

Half of the upper chamber's seats will be contested in July, in what will be the next national election. The lower chamber's term runs until October 2021, although speculation persists that Abe may dissolve it early and call a simultaneous "double" election.

## Economy

Japan's real GDP grew 0.8% in 2018, down from 1.9% in 2017. Preliminary figures for January-March 2019 showed an annualized expansion of 2.1%, largely because imports fell. In February the Diet enacted a second FY2018 supplementary budget of ¥3.05 trillion, close to $28 billion, for disaster recovery and infrastructure. The consumption tax is scheduled to rise from 8% to 10% in October. Under the Paris Agreement, Japan has pledged to cut greenhouse gas emissions 26% below FY2013 levels by FY2030.

## Regional Issues

North Korea's short-range missile launches of May 4 and May 9 were the first since November 2017. Abe has said he is ready to meet Kim Jong-un without preconditions. Ties with South Korea remain strained by court rulings on wartime labor. Abe's October 2018 visit to Beijing was the first formal visit by a Japanese prime minister in seven years, and Chinese President Xi Jinping is expected in Osaka for the G-20 summit on June 28-29.

**Emma Chanlett-Avery**, Coordinator, Specialist in Asian Affairs

**Mark E. Manyin**, Specialist in Asian Affairs

**Brock R. Williams**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Abe", "Shinzo", "Prime Minister Shinzo Abe"),
        "leaders.us_president": P("Trump", "Donald", "President Donald J. Trump"),
        "alliance.treaty_ally_since": F(1952, as_written="The two countries have been treaty allies since the spring of 1952"),
        "alliance.us_troops_in_japan": F(54000, "about", as_written="Of the roughly 54,000 U.S. military personnel stationed in Japan"),
        "alliance.host_nation_support_per_year": F(1800000000, "under", per="year", as_written="Japan contributes roughly ¥190 billion annually toward the cost of U.S. forces, somewhat less than $1.8 billion"),
        "alliance.host_nation_support_agreement": D("2016-01", as_written="The current cost-sharing accord, dating from January 2016, runs through March 2021"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="Of the roughly 54,000 U.S. military personnel stationed in Japan, over half are on Okinawa"),
        "alliance.okinawa_share_of_land_area": F(0.6, as_written="Although Okinawa is only 0.6% of Japan by area"),
        "alliance.okinawa_share_of_usfj_facilities": F(67, "over", as_written="more than two-thirds of the land set aside for the exclusive use of U.S. forces lies in the prefecture", note="exclusive-use basis; fraction in words = rounded whole percent"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="About 4,000 of them, less than half, are slated for Guam"),
        "defense.traditional_limit_pct_gdp": F(1, as_written="keeps to the informal ceiling of 1% of GDP that Japanese cabinets have observed since 1976"),
        "politics.ruling_coalition": F(["LDP", "Komeito"]),
        "politics.lower_house_coalition_share": F(67, "about", as_written="hold roughly two out of every three seats in the House of Representatives"),
        "politics.upper_house_coalition_share": F(60, "over", as_written="and just over three-fifths of the House of Councillors", note="subject (the LDP and Komeito) carried through the coordinated predicate"),
        "politics.next_diet_election_due": F(2019, as_written="Half of the upper chamber's seats will be contested in July, in what will be the next national election"),
        "politics.lower_house_election_due": D("2021-10", as_written="The lower chamber's term runs until October 2021"),
        "trade.overall_partner_rank": F(4, period="2018", as_written="Japan ranked fourth among U.S. trading partners in 2018 on each of the usual yardsticks: total goods trade, U.S. exports, and U.S. imports"),
        "trade.export_partner_rank": F(4, period="2018", as_written="Japan ranked fourth ... on each of the usual yardsticks: total goods trade, U.S. exports, and U.S. imports"),
        "trade.import_partner_rank": F(4, period="2018", as_written="Japan ranked fourth ... on each of the usual yardsticks: total goods trade, U.S. exports, and U.S. imports"),
        "trade.us_exports_to_japan": F(75000000000, period="2018", as_written="U.S. goods exports to Japan reached $75.0 billion that year"),
        "trade.us_imports_from_japan": F(142600000000, period="2018", as_written="imports from Japan totaled $142.6 billion"),
        "trade.fdi_source_rank": F(2, period="2017", as_written="The United Kingdom is the only country with a larger direct investment position in the United States than Japan, whose firms held $469 billion at the end of 2017"),
        "trade.treasury_holder_rank": F(2, period="2019-03", as_written="China's holdings of U.S. Treasury securities exceeded Japan's by about $40 billion in March, leaving Japan in the number-two spot among foreign holders"),
        "economy.gdp_growth": GDP(y2018=0.8, y2017=1.9),
        "economy.supplementary_budget": F(28000000000, "nearly", period="2019-02", as_written="In February the Diet enacted a second FY2018 supplementary budget of ¥3.05 trillion, close to $28 billion"),
        "economy.emissions_cut_target": F(26, by="2030", baseline="2013", as_written="cut greenhouse gas emissions 26% below FY2013 levels by FY2030"),
    },
    "elections": {
        "lower_house_2017": E("Lower House", "2017-10", "held", result="LDP-Komeito about two-thirds of the seats"),
        "ldp_president_2018": E("LDP president", "2018-09", "held", result="Abe won a third consecutive term"),
        "okinawa_governor_2018": E("Okinawa governor", "2018-09", "held", result="Denny Tamaki elected"),
        "upper_house_2019": E("Upper House", "2019-07", "upcoming", note="the next national election; year from the text's date"),
    },
    "events": {
        "first_negotiating_round": EV("First negotiating round, Washington", "2019-04", "held"),
        "section232_autos_proclamation": EV("Section 232 proclamation on autos and parts; action deferred 180 days", "2019-05-17", "held"),
    },
    "notes": "Traps: 'returned on May 28 from a four-day state visit' and 'Emperor Naruhito, who ascended the throne on May 1'; 'The current treaty dates from 1960' (not the treaty-ally year); 'met again in Tokyo during the state visit' (not a first round); 'U.S. beef still faces Japan's 38.5% tariff, while Australian beef now pays 26.6%' (Japanese tariffs); '\"Much will wait until after their July elections,\"' (a quotation, not a date for the election); 'deferred action for 180 days'; 'rates of up to 25%' (examined, never imposed: no tariff fact); 'Section 232 duties of 25% and 10% since March 2018' (steel and aluminum, not most imports); 'The resulting $67.6 billion deficit was the fourth-largest' (a deficit rank, no IF10199 fact); '$469 billion at the end of 2017' and 'close to 900,000 Americans' (no facts); 'by about $40 billion' and 'at $1.08 trillion'; 'runs through March 2021' (SMA expiry, not its date); 'roughly ¥190 billion annually' (yen; the fact is the dollar figure); 'the full cost of U.S. forces plus 50%' (a reported demand); 'South Korea agreed in February to pay about $924 million this year, an increase of 8%' (another country); 'The FY2019 defense budget of ¥5.26 trillion, a seventh straight increase'; 'NATO's benchmark of 2% of GDP; Japan has set no such target' (no spending goal); '105 more F-35s'; 'about 9,000 Marines are to leave Okinawa' (the total leaving, not Guam); 'less than half' (of the Marines leaving, not an Okinawa share); 'not expected to begin before 2024' (none moved: no Marines-in-Guam fact); Figure 1 (personnel by prefecture in thousands; ticks 0-30, no value labels); '72% of those voting rejected the landfill'; 'is on course to become Japan's longest-serving prime minister in November'; 'the two-thirds of each chamber required to propose the constitutional revision' (a threshold, not a share); 'speculation persists that Abe may dissolve it early and call a simultaneous \"double\" election' (speculation, not an election); 'an annualized expansion of 2.1%' (a quarter); '¥3.05 trillion' (yen); 'from 8% to 10% in October' (consumption tax); 'missile launches of May 4 and May 9' and 'the first since November 2017'; 'the first formal visit by a Japanese prime minister in seven years'; 'the G-20 summit on June 28-29'; PDF curly quotes and hyphenated line ends",
}
