from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "YY1-IF10199-2021-10", "fresh14", "IF10199", 39
LAYOUTS = ["pdf", "interleaved"]
PDF_OPTS = ["lig", "quotes", "nbsp"]
CHART = {"unit": "Seats", "ymax": 300, "ticks": [0, 100, 200, 300],
         "series": ["Seats held at dissolution"],
         "bars": {"LDP": (276,), "CDP": (110,), "Komeito": (29,), "JCP": (12,), "Ishin": (10,), "Other": (18,)}}

MD = """
U.S.-Japan Relations

Updated October 19, 2021

## Overview

On October 31, twelve days from now, Japanese voters will choose all 465 members of the House of Representatives, the more powerful of the Diet's two chambers. The general election is the first test for Kishida Fumio, a former foreign minister who became Japan's 100th prime minister on October 4. President Joe Biden telephoned Kishida the next day; the two reaffirmed that Article 5 of the bilateral security treaty applies to the Senkaku Islands and agreed to meet in person soon. Both governments describe the alliance as the cornerstone of peace in the Indo-Pacific, and Kishida has promised to carry forward the "free and open Indo-Pacific" vision of his predecessors.

## Politics: A New Prime Minister and a Snap Election

Kishida captured the presidency of the Liberal Democratic Party (LDP) on September 29. No candidate won a majority in the first round, and in the runoff he defeated Kono Taro, the minister in charge of vaccines, by 257 votes to 170; Takaichi Sanae and Noda Seiko had been eliminated in the first round. The race opened when Suga Yoshihide, prime minister since September 2020, announced on September 3 that he would not seek another term.

Kishida dissolved the lower chamber on October 14, ten days after taking office and one week before the four-year terms of its members would have run out. At dissolution the LDP held 276 of the 465 seats and its coalition partner, Komeito, held 29 (Figure 1). Polls suggest the coalition will keep its majority, although the LDP on its own may lose ground.

**Figure 1. House of Representatives Seats by Party at Dissolution, October 14, 2021**

Source: House of Representatives. Ten vacant seats are not shown.

In the House of Councillors, which cannot be dissolved, the coalition's position is less commanding: it holds roughly four of every seven seats, little changed since the election of July 2019. Half of that chamber is next up for election in July 2022. Two Upper House by-elections, in Shizuoka and Yamaguchi, take place on October 24.

## The Alliance

Japan and the United States have been allies since September 8, 1951, when they signed the first security treaty in San Francisco; the present treaty dates from a 1960 revision. The roughly 55,000 U.S. military personnel stationed in Japan outnumber those in any other foreign country; Germany, next, has about 35,000.

Japan's contribution toward the cost of hosting them is set in a Special Measures Agreement (SMA). When the five-year SMA signed in January 2016 neared its March 2021 expiry, the two governments agreed in February 2021 to extend it by one year. Under that stopgap Japan is paying ¥201.7 billion in FY2021—some $1.8 billion. Talks on a multiyear successor are expected to open before the end of the year; during 2019 and 2020, the Trump Administration had reportedly sought as much as $8 billion a year.

## Okinawa

Though it covers less than one-hundredth of Japan's land area, Okinawa Prefecture is home to about 70% of the acreage reserved for the exclusive use of U.S. forces and to a slim majority of the U.S. military personnel in the country. Under the 2012 revision of the realignment road map, about 9,000 Marines are to leave Okinawa, some 4,000 of them bound for Guam; the first moves are expected around 2024, when facilities there are due to be ready. Landfill work at Henoko for the Futenma Replacement Facility continues despite opposition from Governor Tamaki Denny, who was elected in September 2018 and faces reelection next September.

## Defense Spending

Japan's FY2021 defense budget of ¥5.34 trillion is the ninth straight annual increase, and the Ministry of Defense has requested a record ¥5.48 trillion for FY2022. For decades, Japanese governments have treated 1% of GDP as an unwritten upper bound on defense spending. The LDP's campaign platform, released October 12, calls for spending "2% or more of GDP" with NATO's benchmark in mind, but the government has not adopted any numerical goal. Kishida has pledged to revise the National Security Strategy, first issued in 2013, and has said that acquiring the ability to strike enemy missile bases is among the options.

## Trade and Investment

The pandemic cut deeply into bilateral trade in 2020. U.S. exports of goods and services to Japan fell to $104.4 billion and imports from Japan to $147.9 billion, from $124.3 billion and $180.9 billion, respectively, in 2019. Even so, Japan held its place as the fourth-largest U.S. trading partner overall. In each direction taken separately, exports and imports, it ranked fifth.

Japan remained the largest source of foreign direct investment (FDI) in the United States in 2020, for a second straight year ahead of the United Kingdom. Atop the list of foreign holders of U.S. Treasury securities sits Japan as well, with about $1.3 trillion in August; China, with roughly $1.05 trillion, comes next.

U.S. tariffs of 25% on steel and 10% on aluminum, imposed in 2018 under Section 232, still apply to Japanese products; Tokyo wants them lifted, as the Administration is discussing with the European Union. A limited U.S.-Japan trade agreement has been in effect since January 2020. Japan, which chairs the Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP) this year, must now weigh applications to join from China (September 16) and Taiwan (September 22).

## Economy

Japan's real GDP contracted 4.7% in 2020 after growth of 0.3% in 2019. Output rose at an annualized 1.9% in April-June 2021, but a summer state of emergency, lifted only on September 30, held back consumption. The latest supplementary budget, the third for FY2020, was enacted on January 28, 2021: ¥19.2 trillion, in excess of $180 billion at the time. Kishida has promised an economic package worth "tens of trillions of yen" after the election. In mid-October the yen slid past ¥114 to the dollar, a three-year low. In April, Suga raised Japan's target for cutting greenhouse gas emissions by 2030 to 46% below 2013 levels, from 26%; Kishida has kept it.

## Regional Diplomacy

Leaders of the Quad (Australia, India, Japan, and the United States) have met twice: by video in March and, for the first time in person, at the White House on September 24. Japan has welcomed the AUKUS partnership that Australia, the United Kingdom, and the United States announced on September 15. On October 18, ten Chinese and Russian warships sailed together through the Tsugaru Strait. Relations with South Korea remain strained by disputes over wartime history; Kishida and President Moon Jae-in spoke by telephone on October 15.

**Emma Chanlett-Avery**, Coordinator, Specialist in Asian Affairs

**Mark E. Manyin**, Specialist in Asian Affairs

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Caitlin Campbell**, Analyst in Asian Affairs
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Kishida", "Fumio", "Kishida Fumio, a former foreign minister who became Japan's 100th prime minister on October 4",
                                          note="title after the name, lowercase; '100th' is not a rank"),
        "leaders.us_president": P("Biden", "Joe", "President Joe Biden"),
        "alliance.treaty_ally_since": F(1951, as_written="have been allies since September 8, 1951, when they signed the first security treaty in San Francisco",
                                        note="written as a full day date; the year is the fact"),
        "alliance.us_troops_in_japan": F(55000, "about", as_written="The roughly 55,000 U.S. military personnel stationed in Japan outnumber those in any other foreign country"),
        "alliance.host_nation_support_per_year": F(1800000000, "about", per="year", period="FY2021",
                                                   as_written="Japan is paying ¥201.7 billion in FY2021—some $1.8 billion"),
        "alliance.host_nation_support_agreement": D("2021-02", as_written="the two governments agreed in February 2021 to extend it by one year",
                                                    note="the one-year extension is the latest agreement"),
        "alliance.okinawa_share_of_usfj_facilities": F(70, "about", as_written="about 70% of the acreage reserved for the exclusive use of U.S. forces",
                                                       note="exclusive-use basis"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="to a slim majority of the U.S. military personnel in the country"),
        "alliance.okinawa_share_of_land_area": F(1, "under", as_written="Though it covers less than one-hundredth of Japan's land area",
                                                 note="a fraction in words: one-hundredth = 1%"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="about 9,000 Marines are to leave Okinawa, some 4,000 of them bound for Guam"),
        "defense.traditional_limit_pct_gdp": F(1, as_written="have treated 1% of GDP as an unwritten upper bound on defense spending"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="the LDP held 276 ... and its coalition partner, Komeito, held 29"),
        "politics.upper_house_coalition_share": F(57, "about", as_written="it holds roughly four of every seven seats",
                                                  note="four-sevenths = 57.1%, rounded whole percent; subject 'the coalition' from the clause before"),
        "politics.next_diet_election_due": F(2021, as_written="On October 31, twelve days from now, Japanese voters will choose all 465 members of the House of Representatives"),
        "trade.overall_partner_rank": F(4, period="2020", as_written="Japan held its place as the fourth-largest U.S. trading partner overall"),
        "trade.export_partner_rank": F(5, period="2020", as_written="In each direction taken separately, exports and imports, it ranked fifth"),
        "trade.import_partner_rank": F(5, period="2020", as_written="In each direction taken separately, exports and imports, it ranked fifth"),
        "trade.us_exports_to_japan": F(104400000000, period="2020", as_written="U.S. exports of goods and services to Japan fell to $104.4 billion"),
        "trade.us_imports_from_japan": F(147900000000, period="2020", as_written="and imports from Japan to $147.9 billion"),
        "trade.fdi_source_rank": F(1, period="2020", as_written="Japan remained the largest source of foreign direct investment (FDI) in the United States in 2020"),
        "trade.treasury_holder_rank": F(1, period="2021-08", as_written="Atop the list of foreign holders of U.S. Treasury securities sits Japan as well, with about $1.3 trillion in August"),
        "economy.gdp_growth": GDP(y2020=-4.7, y2019=0.3),
        "economy.supplementary_budget": F(180000000000, "over", period="2021-01",
                                          as_written="was enacted on January 28, 2021: ¥19.2 trillion, in excess of $180 billion at the time"),
        "economy.yen": F("three-year low against the dollar", period="2021-10", as_written="In mid-October the yen slid past ¥114 to the dollar, a three-year low"),
        "economy.emissions_cut_target": F(46, by="2030", baseline="2013", as_written="to 46% below 2013 levels, from 26%"),
        "diplomacy.quad_leader_meetings": F(2, as_written="Leaders of the Quad ... have met twice"),
    },
    "elections": {
        "ldp_president_2021": E("LDP president", "2021-09-29", "held", result="Kishida defeated Kono Taro in a runoff, 257 votes to 170"),
        "lower_house_2021": E("Lower House", "2021-10-31", "upcoming", note="chamber dissolved October 14"),
        "upper_house_2019": E("Upper House", "2019-07", "held"),
        "upper_house_2022": E("Upper House", "2022-07", "upcoming"),
        "okinawa_governor_2018": E("Okinawa governor", "2018-09", "held", result="Tamaki Denny elected"),
        "okinawa_governor_2022": E("Okinawa governor", "2022-09", "upcoming", note="'faces reelection next September': year from the text's date"),
    },
    "notes": "Traps: 'all 465 members' and 'Japan's 100th prime minister' (counts/ordinals that are no facts); 'on October 4' and 'the next day'; "
             "'by 257 votes to 170' and 'eliminated in the first round' (LDP race results); 'Suga Yoshihide, prime minister since September 2020' "
             "(former PM; no LDP vote stated) and 'announced on September 3'; 'dissolved the lower chamber on October 14' and 'one week before the "
             "four-year terms of its members would have run out' (a dissolved chamber: no Lower House deadline and no current Lower House share); "
             "'At dissolution the LDP held 276 of the 465 seats and ... Komeito, held 29' (pre-dissolution seat counts, no share); Figure 1 "
             "'Seats by Party at Dissolution, October 14, 2021' (a seat chart without values; its date is not the election's) and 'Ten vacant "
             "seats'; 'Two Upper House by-elections ... on October 24' (by-elections, not "
             "listed); 'the present treaty dates from a 1960 revision'; 'Germany, next, has about 35,000' (another country); 'the five-year SMA signed in "
             "January 2016' and 'its March 2021 expiry' (earlier agreement); '¥201.7 billion' (yen, not dollars); 'Talks on a multiyear successor "
             "are expected to open' (planned); 'as much as $8 billion a year' (a past U.S. demand); 'about 9,000 Marines are to leave Okinawa' "
             "(total leaving, not Guam); 'the first moves are expected around 2024' (none moved: no Marines in Guam); 'the 2012 revision'; "
             "'¥5.34 trillion is the ninth straight annual increase' and 'a record ¥5.48 trillion for FY2022' (budgets); 'calls for spending \"2% or "
             "more of GDP\"' in the LDP platform with 'the government has not adopted any numerical goal' (no spending goal); 'first issued in "
             "2013'; 'from $124.3 billion and $180.9 billion, respectively, in 2019' (past year); 'for a second straight year' (not a rank); "
             "'China, with roughly $1.05 trillion, comes next' (another country); 'U.S. tariffs of 25% on steel and 10% on aluminum' (no tariff on "
             "most imports); 'in effect since January 2020'; 'China (September 16) and Taiwan (September 22)'; 'an annualized 1.9% in April-June "
             "2021' (a quarter); 'lifted only on September 30'; '¥19.2 trillion' (yen); '\"tens of trillions of yen\"' (planned package); 'past "
             "¥114 to the dollar'; 'from 26%' (the old target); 'for the first time in person' (not the count); 'AUKUS ... September 15'; "
             "'ten Chinese and Russian warships'; 'President Moon Jae-in' (another country's leader). Elections: the LDP vote of September 29 is "
             "held (day); the October 31 general election is upcoming (day) and makes the next Diet election 2021; 'since the election of July "
             "2019' is upper_house_2019 held; 'next up for election in July 2022' upcoming; Tamaki 'elected in September 2018' (held) and 'faces "
             "reelection next September' (2022-09, upcoming). PDF ligatures, curly quotes, NBSP; interleaved columns.",
}
