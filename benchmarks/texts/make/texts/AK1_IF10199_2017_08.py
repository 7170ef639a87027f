from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "AK1-IF10199-2017-08", "fresh17", "IF10199", 21
LAYOUTS = ["md", "layout"]
PDF_OPTS = ["quotes", "hyph"]
CHART = {"unit": "thousands", "ymax": 60, "ticks": [0, 15, 30, 45, 60],
         "series": ["Active-duty personnel"],
         "bars": {"Japan": (54,), "Germany": (35,), "South Korea": (28.5,), "Italy": (12,)}}

MD = """
U.S.-Japan Relations

Updated August 8, 2017

## Overview

The alliance has so far weathered the change of administrations in Washington. Prime Minister Shinzo Abe was the first foreign leader to meet Donald Trump after the November 2016 election, and in February he met President Trump in Washington, where the two leaders affirmed that the U.S. defense commitment covers the Senkaku Islands, echoing the "alliance of hope" that Abe had described to a joint meeting of Congress in April 2015. The U.S. withdrawal from the Trans-Pacific Partnership (TPP) in January was a setback for Tokyo. It is now leading the eleven remaining members in an effort to bring a smaller agreement into force. North Korea's two intercontinental ballistic missile launches in July have moved alliance coordination to the top of the agenda; the two countries' foreign and defense ministers are to meet in Washington on August 17.

## Politics in Tokyo

Abe's Liberal Democratic Party (LDP), in power since December 2012, governs in coalition with the smaller Komeito. The coalition holds nearly sixty-eight percent of the seats in the House of Representatives, the lower chamber, little changed since Abe called a snap election for December 2014 to seek a mandate for postponing a consumption tax increase. It also commands slightly more than sixty percent of the House of Councillors, where half of the seats were filled in July 2016 and the other half will be contested in July 2019. With smaller parties that favor revising the constitution, the governing camp exceeds the two-thirds of each chamber an amendment requires.

Cabinet approval, above 50% in the spring, fell into the 30s in July amid allegations of favoritism toward two school operators, and on July 2 the LDP won just 23 of the 127 seats in the Tokyo metropolitan assembly, as candidates allied with Governor Yuriko Koike took 79. On August 3 Abe reshuffled his cabinet, naming Taro Kono foreign minister and Itsunori Onodera defense minister.

Abe's second three-year term as LDP president runs until September 2018, and a party rule change adopted in March would allow him to seek a third in the leadership election held that month, which could keep him in office until 2021. No Lower House election is required until the chamber's four-year term expires in December 2018, sixteen months from now, although speculation persists that Abe could dissolve the chamber earlier.

## The Alliance

The two countries have been allies for sixty-six years. Their first security treaty, signed in 1951 alongside the San Francisco peace treaty, was replaced in 1960 by the present one. Japan hosts more U.S. forces than any other foreign country. They number about 54 thousand, Seventh Fleet sailors included (Figure 1).

**Figure 1. U.S. Military Personnel in Selected Host Countries**

Source: Defense Manpower Data Center, data as of March 2017. Values not shown.

Japan pays a substantial part of the cost of hosting these forces. The current Special Measures Agreement (SMA), signed in January 2016, commits it to ¥946.5 billion over the five Japanese fiscal years from April 2016 through March 2021. That averages out to about ¥189 billion a year, a bit more than $1.7 billion at current exchange rates. As a candidate, Trump suggested that allies pay the full cost; as President, he has not pressed the point.

Cabinets since 1976 have, with rare exceptions, held defense spending to one percent of gross domestic product (GDP) or less. The FY2017 budget of ¥5.13 trillion, up for the fifth year in a row, stays within that line, and the Ministry of Defense is expected to request about ¥5.25 trillion for FY2018 at the end of this month. Some LDP lawmakers cite NATO's two percent guideline, but the government has set no such target.

## Okinawa

Okinawa bears a disproportionate share of the U.S. presence. Seventy percent or so of the land reserved for the exclusive use of U.S. forces lies in the prefecture, which makes up about 0.6 percent of Japan's land area; the return of a large part of the Northern Training Area in December 2016 brought that figure down from about 74 percent. It also hosts over half of the U.S. military personnel in Japan.

Under a 2012 revision of the realignment plan, some nine thousand Marines are to be moved off the island, and Guam is slated to receive close to half of them, about four thousand; because facilities there are still being built, the transfer is not expected to begin before the early 2020s. Governor Takeshi Onaga, who won the governorship in November 2014 on a promise to stop the relocation of Marine Corps Air Station Futenma to Henoko, filed a new lawsuit in July to halt landfill work begun in April.

## Trade and Investment

In 2016, Japan held fourth place on all three counts: as a U.S. trading partner in goods, as a market for U.S. goods, and as a source of U.S. goods imports. U.S. goods exports to Japan totaled $63.3 billion, while imports from Japan came to $132.2 billion, more than twice as much, leaving a deficit of $68.9 billion, the second-largest with any country after the deficit with China.

Japanese firms' direct investment position in the United States reached $421 billion at the end of 2016. It is the second-largest of any country's, after the United Kingdom's. Japan and China have traded places at the top of the list of foreign holders of U.S. Treasury securities; China regained the lead early this year, and as of May Japan ranked second, with $1.11 trillion.

The Administration favors a bilateral free trade agreement; Tokyo prefers the Economic Dialogue that Vice President Mike Pence and Deputy Prime Minister Taro Aso launched on April 18, whose second round is expected in the fall. On August 1, Japan's tariff on frozen beef rose from 38.5% to 50% under a safeguard, a step that hits U.S. beef but not Australian beef. Japan and the European Union reached an agreement in principle on an economic partnership agreement on July 6.

## Economy

Japan's economy grew by one percent in 2016, a little slower than the 1.2 percent of 2015, and has now expanded for five quarters in a row. Inflation remains far from the Bank of Japan's 2% target. A third supplementary budget for FY2016, ¥1.7 trillion or about fifteen billion dollars, was passed by the Diet on January 31. Under the Paris Agreement, which Japan ratified in November 2016, it has pledged to cut greenhouse gas emissions twenty-six percent below FY2013 levels by FY2030.

**Emma Chanlett-Avery**, Specialist in Asian Affairs

**Brock R. Williams**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Abe", "Shinzo", "Prime Minister Shinzo Abe"),
        "leaders.us_president": P("Trump", "Donald", "Donald Trump ... President Trump",
                                   note="'Donald Trump' and then 'he met President Trump' in the Overview"),
        "alliance.treaty_ally_since": F(1951, as_written="Their first security treaty, signed in 1951 alongside the San Francisco peace treaty",
                                        note="'allies for sixty-six years' is the duration"),
        "alliance.us_troops_in_japan": F(54000, "about", as_written="They number about 54 thousand",
                                         note="subject carried from 'Japan hosts more U.S. forces than any other foreign country'"),
        "alliance.host_nation_support_per_year": F(1700000000, "over", per="year",
                                                   as_written="That averages out to about ¥189 billion a year, a bit more than $1.7 billion at current exchange rates"),
        "alliance.host_nation_support_agreement": D("2016-01", as_written="The current Special Measures Agreement (SMA), signed in January 2016"),
        "alliance.okinawa_share_of_usfj_facilities": F(70, "about", previous=74,
                                                       as_written="Seventy percent or so of the land reserved for the exclusive use of U.S. forces lies in the prefecture",
                                                       note="exclusive-use basis; previous from 'brought that figure down from about 74 percent'"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="It also hosts over half of the U.S. military personnel in Japan",
                                                      note="subject 'It' = Okinawa, carried"),
        "alliance.okinawa_share_of_land_area": F(0.6, "about", as_written="which makes up about 0.6 percent of Japan's land area"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="Guam is slated to receive close to half of them, about four thousand"),
        "defense.traditional_limit_pct_gdp": F(1, as_written="Cabinets since 1976 have, with rare exceptions, held defense spending to one percent of gross domestic product (GDP) or less"),
        "politics.ruling_coalition": F(["LDP", "Komeito"]),
        "politics.lower_house_coalition_share": F(68, "nearly", as_written="The coalition holds nearly sixty-eight percent of the seats in the House of Representatives"),
        "politics.upper_house_coalition_share": F(60, "over", as_written="It also commands slightly more than sixty percent of the House of Councillors",
                                                  note="subject 'It' = the coalition, carried"),
        "politics.next_diet_election_due": F(2018, as_written="No Lower House election is required until the chamber's four-year term expires in December 2018, sixteen months from now",
                                             note="the earliest upcoming national election stated; the Upper House's half comes in July 2019"),
        "politics.lower_house_election_due": D("2018-12", as_written="No Lower House election is required until the chamber's four-year term expires in December 2018"),
        "trade.overall_partner_rank": F(4, period="2016", as_written="In 2016, Japan held fourth place on all three counts: as a U.S. trading partner in goods"),
        "trade.export_partner_rank": F(4, period="2016", as_written="as a market for U.S. goods"),
        "trade.import_partner_rank": F(4, period="2016", as_written="and as a source of U.S. goods imports"),
        "trade.us_exports_to_japan": F(63300000000, period="2016", as_written="U.S. goods exports to Japan totaled $63.3 billion", note="goods only"),
        "trade.us_imports_from_japan": F(132200000000, period="2016", as_written="imports from Japan came to $132.2 billion", note="goods only"),
        "trade.fdi_source_rank": F(2, period="2016", as_written="It is the second-largest of any country's, after the United Kingdom's",
                                   note="subject 'It' = Japanese firms' direct investment position, carried"),
        "trade.treasury_holder_rank": F(2, period="2017-05", as_written="as of May Japan ranked second, with $1.11 trillion"),
        "economy.gdp_growth": GDP(y2016=1.0, y2015=1.2),
        "economy.supplementary_budget": F(15000000000, "about", period="2017-01",
                                          as_written="A third supplementary budget for FY2016, ¥1.7 trillion or about fifteen billion dollars, was passed by the Diet on January 31"),
        "economy.emissions_cut_target": F(26, by="2030", baseline="2013",
                                          as_written="cut greenhouse gas emissions twenty-six percent below FY2013 levels by FY2030"),
    },
    "elections": {
        "lower_house_2014": E("Lower House", "2014-12", "held", note="'since Abe called a snap election for December 2014'"),
        "upper_house_2016": E("Upper House", "2016-07", "held", note="'where half of the seats were filled in July 2016'"),
        "upper_house_2019": E("Upper House", "2019-07", "upcoming", note="'the other half will be contested in July 2019'"),
        "ldp_president_2018": E("LDP president", "2018-09", "upcoming",
                                note="'would allow him to seek a third in the leadership election held that month' (September 2018)"),
        "lower_house_2018": E("Lower House", "2018-12", "upcoming",
                              note="deadline sixteen months away (under 18): also the upcoming election, per the set's convention"),
        "okinawa_governor_2014": E("Okinawa governor", "2014-11", "held", note="'who won the governorship in November 2014'"),
    },
    "events": {
        "abe_address_to_congress": EV("Abe addresses a joint meeting of Congress", "2015-04", "held"),
    },
    "notes": "Traps: 'the first foreign leader to meet Donald Trump after the November 2016 election' (not a rank; a U.S. election, not listed); 'The U.S. withdrawal from the Trans-Pacific Partnership (TPP) in January'; 'the eleven remaining members'; 'two intercontinental ballistic missile launches in July'; 'are to meet in Washington on August 17' (planned); 'in power since December 2012'; 'to seek a mandate for postponing a consumption tax increase'; 'exceeds the two-thirds of each chamber an amendment requires' (a threshold, not a share); 'Cabinet approval, above 50% in the spring, fell into the 30s in July'; 'on July 2 the LDP won just 23 of the 127 seats in the Tokyo metropolitan assembly' and 'took 79' (local election, not listed); 'naming Taro Kono foreign minister and Itsunori Onodera defense minister'; 'runs until September 2018' (term end; the vote is listed) and 'could keep him in office until 2021'; 'sixteen months from now' and 'speculation persists that Abe could dissolve the chamber earlier' (speculation); 'allies for sixty-six years' (a duration) and 'replaced in 1960 by the present one'; 'Seventh Fleet sailors included'; Figure 1 (U.S. personnel in Japan, Germany, South Korea, Italy; unit thousands; ticks 0-60; no values) and 'data as of March 2017'; '¥946.5 billion over the five Japanese fiscal years from April 2016 through March 2021' and 'about ¥189 billion a year' (yen; the dollar figure is the fact); 'Trump suggested that allies pay the full cost'; 'The FY2017 budget of ¥5.13 trillion, up for the fifth year in a row' and 'about ¥5.25 trillion for FY2018' (request); 'NATO's two percent guideline, but the government has set no such target' (no goal); 'brought that figure down from about 74 percent' (previous facilities share); 'some nine thousand Marines are to be moved off the island' (total leaving) and 'close to half of them' (not a share fact); 'not expected to begin before the early 2020s' (no Marines in Guam); 'landfill work begun in April'; 'leaving a deficit of $68.9 billion, the second-largest with any country' (no IF10199 deficit fact) and 'more than twice as much'; '$421 billion at the end of 2016'; 'China regained the lead early this year' (China's rank); 'launched on April 18, whose second round is expected in the fall'; 'rose from 38.5% to 50% under a safeguard' (Japan's beef tariff); 'on July 6' (Japan-EU); 'has now expanded for five quarters in a row'; 'the Bank of Japan's 2% target'; 'which Japan ratified in November 2016'; PDF curly quotes and hyphenated line ends (layout text only)",
}
