from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "WW2-IF10199-2024-10", "fresh13", "IF10199", 40
LAYOUTS = ["pdf", "layout"]
PDF_OPTS = ["lig", "quotes"]
CHART = {"unit": "¥ per U.S. dollar", "ymax": 160, "ticks": [0, 40, 80, 120, 160],
         "series": ["Annual average"],
         "bars": {"2019": (109.0,), "2020": (106.8,), "2021": (109.8,), "2022": (131.5,), "2023": (140.5,),
                  "2024": (151.5,)}}

MD = """
U.S.-Japan Relations

Updated October 22, 2024

## Overview

Japan is midway through a change of government. Ishiba Shigeru, a former defense minister making his fifth bid for the leadership of the Liberal Democratic Party (LDP), won the party's presidential election on September 27, and on October 1 the Diet chose him as prime minister. He replaced Kishida Fumio, who said in August that he would not seek a second three-year term as party president after a year dominated by a scandal over unreported fundraising by LDP factions. Eight days after taking office, Ishiba dissolved the House of Representatives, the more powerful lower chamber, and called a general election for Sunday the 27th. Nine days after Japanese voters go to the polls, Americans will choose a successor to President Joe Biden.

## Votes Past and Pending

Japan's recent national and party votes, and those ahead, are as follows:

- Sept. 29, 2021, LDP presidential election: Kishida defeats Kono Taro in a runoff.
- Oct. 31, 2021, House of Representatives: the LDP wins two hundred sixty-one of the 465 seats; with Komeito's thirty-two, the coalition holds 293.
- July 10, 2022, House of Councillors (half the seats): two days after former Prime Minister Abe Shinzo was shot and killed while campaigning in Nara on July 8, the coalition wins seventy-six of the 125 seats at stake.
- Sept. 11, 2022, Okinawa governor: Tamaki Denny, an opponent of the Henoko base project, wins a second four-year term.
- Sept. 27, 2024, LDP presidential election: after a first round with a record nine candidates, Ishiba beats Takaichi Sanae in the runoff, 215 votes to 194.
- Oct. 27, 2024, House of Representatives: all 465 seats; 233 are needed for a majority.
- July 2025, House of Councillors: half of the chamber's 248 seats.

## Politics

The LDP and its junior partner, Komeito, have governed together for all but three of the past twenty-five years. Their position in the House of Councillors, which the dissolution does not touch, is secure until next summer: the coalition holds a little under three-fifths of the upper chamber's seats. The lower-chamber campaign is harder to call. Ishiba has set the coalition's goal at a bare majority and has refused the party's endorsement to a dozen lawmakers tied to the fundraising scandal, and several polls suggest the LDP could lose its single-party majority. Komeito, too, enters the race under new management: Ishii Keiichi replaced its longtime leader on September 28. Ishiba's own term as LDP president runs to September 2027.

## The Alliance

The two countries have been treaty allies since 1951; the security treaty was revised in 1960. Well over fifty thousand U.S. military personnel are stationed in Japan, more than in any other foreign country. In July, the allies agreed to turn U.S. Forces Japan into a joint force headquarters that will work alongside a new Japanese permanent joint command, which is to be set up by March 2025.

Under a Special Measures Agreement announced in December 2021 and running through March 2027, Japan pays about ¥211 billion (roughly $1.4 billion) a year toward the cost of hosting U.S. forces.

Okinawa, which accounts for less than one percent of Japan's land area, hosts about seventy percent of the facilities reserved for the exclusive use of U.S. forces and more than half of the U.S. personnel in Japan. Some four thousand Marines are to move from Okinawa to Guam under a 2012 agreement; the first of them, a logistics unit of roughly one hundred, are expected to arrive there by the end of the year. Arrests of U.S. service members in sexual assault cases this year have strained relations with the prefecture, where candidates backed by the LDP won a majority in the June 16 prefectural assembly election.

## Defense

In its December 2022 strategy documents, Japan committed to raising spending on defense and related items to 2% of GDP by FY2027, from the roughly 1% that successive governments treated as an informal ceiling; Ishiba has kept the commitment. The Ministry of Defense requested a record ¥8.5 trillion for FY2025 in August, up from ¥7.95 trillion in FY2024. In January, Japan signed a contract to buy up to four hundred Tomahawk cruise missiles, valued at $2.35 billion, with deliveries to begin in FY2025.

## Trade and Investment

Japan was the sixth-largest U.S. trading partner in 2023, after ranking fourth as recently as 2019. U.S. exports of goods and services to Japan, $121.1 billion that year, made it the fifth-largest U.S. export market; imports from Japan, $183.8 billion, also ranked fifth among sources. Japanese companies have been the largest foreign direct investors in the United States every year since 2019, and their stock reached $783 billion at the end of 2023. Nippon Steel's $14.1 billion offer for U.S. Steel, which both U.S. presidential candidates oppose, remains under review by the Committee on Foreign Investment in the United States. Japan is also the largest foreign holder of U.S. Treasury securities, with about $1.13 trillion in August, ahead of China. Former President Donald Trump has proposed a tariff of ten or twenty percent on all U.S. imports.

## Economy

Real GDP grew 1.9% in 2023, after 1.0% in 2022, and rose at an annualized 2.9% in the April-June quarter of 2024. In early July the yen fell to almost ¥162 per dollar, its weakest level in thirty-eight years (Figure 1); after the Bank of Japan's second rate increase of the year, on July 31, it recovered to near ¥140 in September before weakening again. The latest supplementary budget, ¥13.1 trillion (some eighty-eight billion dollars), was enacted in November 2023; Ishiba has promised another after the election to fund a new economic package. Japan's target is a 46% cut in greenhouse gas emissions below FY2013 levels by FY2030; a goal for 2035 is due early next year.

**Figure 1. Yen per U.S. Dollar, 2019-2024**

Source: Bank of Japan. Annual averages; 2024 through September.

## Regional Diplomacy

President Biden hosted Kishida and the leaders of Australia and India in Wilmington, Delaware, on September 21, the sixth meeting of Quad leaders and the fourth held in person; India is to host the next. Japan has pledged some twelve billion dollars to Ukraine, including $5.5 billion in financial support and about $1.2 billion in humanitarian aid.

**Mark E. Manyin**, Coordinator, Specialist in Asian Affairs

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Caitlin Campbell**, Analyst in Asian Affairs
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Ishiba", "Shigeru", "Ishiba Shigeru ... on October 1 the Diet chose him as prime minister", note="name and title in separate clauses; Kishida Fumio is the predecessor"),
        "leaders.us_president": P("Biden", "Joe", "President Joe Biden"),
        "alliance.treaty_ally_since": F(1951, as_written="The two countries have been treaty allies since 1951"),
        "alliance.us_troops_in_japan": F(50000, "over", as_written="Well over fifty thousand U.S. military personnel are stationed in Japan", note="number in words"),
        "alliance.host_nation_support_per_year": F(1400000000, "about", per="year", as_written="Japan pays about ¥211 billion (roughly $1.4 billion) a year", note="the dollar figure in parentheses with its own hedge"),
        "alliance.host_nation_support_agreement": D("2021-12", as_written="Under a Special Measures Agreement announced in December 2021 and running through March 2027"),
        "alliance.okinawa_share_of_land_area": F(1, "under", as_written="Okinawa, which accounts for less than one percent of Japan's land area", note="number in words"),
        "alliance.okinawa_share_of_usfj_facilities": F(70, "about", as_written="hosts about seventy percent of the facilities reserved for the exclusive use of U.S. forces", note="exclusive-use basis; number in words"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="and more than half of the U.S. personnel in Japan"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="Some four thousand Marines are to move from Okinawa to Guam", note="number in words"),
        "defense.spending_goal_pct_gdp": F(2, by="FY2027", as_written="Japan committed to raising spending on defense and related items to 2% of GDP by FY2027"),
        "defense.traditional_limit_pct_gdp": F(1, "about", as_written="from the roughly 1% that successive governments treated as an informal ceiling"),
        "defense.tomahawk_purchase": F(2350000000, as_written="up to four hundred Tomahawk cruise missiles, valued at $2.35 billion"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="The LDP and its junior partner, Komeito, have governed together"),
        "politics.upper_house_coalition_share": F(60, "under", as_written="the coalition holds a little under three-fifths of the upper chamber's seats", note="fraction in words: three-fifths = 60"),
        "politics.next_diet_election_due": F(2024, as_written="called a general election for Sunday the 27th"),
        "trade.overall_partner_rank": F(6, period="2023", as_written="Japan was the sixth-largest U.S. trading partner in 2023"),
        "trade.export_partner_rank": F(5, period="2023", as_written="made it the fifth-largest U.S. export market"),
        "trade.import_partner_rank": F(5, period="2023", as_written="imports from Japan, $183.8 billion, also ranked fifth among sources"),
        "trade.us_exports_to_japan": F(121100000000, period="2023", as_written="U.S. exports of goods and services to Japan, $121.1 billion that year"),
        "trade.us_imports_from_japan": F(183800000000, period="2023", as_written="imports from Japan, $183.8 billion", note="year carried from the same sentence"),
        "trade.fdi_source_rank": F(1, period="2023", as_written="Japanese companies have been the largest foreign direct investors in the United States every year since 2019, and their stock reached $783 billion at the end of 2023"),
        "trade.treasury_holder_rank": F(1, period="2024-08", as_written="Japan is also the largest foreign holder of U.S. Treasury securities, with about $1.13 trillion in August, ahead of China"),
        "economy.gdp_growth": GDP(y2023=1.9, y2022=1.0),
        "economy.yen": F("38-year low against the dollar", period="2024-07", as_written="In early July the yen fell to almost ¥162 per dollar, its weakest level in thirty-eight years"),
        "economy.supplementary_budget": F(88000000000, "about", period="2023-11", as_written="The latest supplementary budget, ¥13.1 trillion (some eighty-eight billion dollars), was enacted in November 2023", note="dollars in words"),
        "economy.emissions_cut_target": F(46, by="2030", baseline="2013", as_written="a 46% cut in greenhouse gas emissions below FY2013 levels by FY2030"),
        "diplomacy.quad_leader_meetings": F(6, as_written="the sixth meeting of Quad leaders and the fourth held in person"),
        "diplomacy.ukraine_financial_support": F(5500000000, as_written="$5.5 billion in financial support"),
        "diplomacy.ukraine_humanitarian_aid": F(1200000000, "about", as_written="about $1.2 billion in humanitarian aid"),
    },
    "elections": {
        "ldp_president_2021": E("LDP president", "2021-09-29", "held", result="Kishida defeats Kono Taro in a runoff"),
        "lower_house_2021": E("Lower House", "2021-10-31", "held", result="LDP 261, coalition 293 of 465 seats", note="bullet 'Oct. 31, 2021'"),
        "upper_house_2022": E("Upper House", "2022-07-10", "held", result="coalition wins 76 of 125 seats at stake"),
        "okinawa_governor_2022": E("Okinawa governor", "2022-09-11", "held", result="Tamaki Denny re-elected"),
        "ldp_president_2024": E("LDP president", "2024-09-27", "held", result="Ishiba beats Takaichi Sanae 215-194 in the runoff", note="prose 'on September 27'; bullet 'Sept. 27, 2024'"),
        "lower_house_2024": E("Lower House", "2024-10-27", "upcoming", note="prose 'Sunday the 27th' (month and year from the text's date); bullet 'Oct. 27, 2024'"),
        "upper_house_2025": E("Upper House", "2025-07", "upcoming", note="bullet 'July 2025'; prose 'until next summer'"),
    },
    "events": {
        "abe_assassination": EV("Former Prime Minister Abe Shinzo shot and killed while campaigning in Nara", "2022-07-08"),
    },
    "notes": "Traps: 'making his fifth bid' (a count of bids); 'on October 1 the Diet chose him' (taking office, not an election); 'He replaced Kishida Fumio' (former PM) and 'a second three-year term as party president'; 'Eight days after taking office'; 'Nine days after Japanese voters go to the polls, Americans will choose a successor to President Joe Biden' (U.S. election, not listed); bullet list 'Votes Past and Pending': 'the LDP wins two hundred sixty-one of the 465 seats; with Komeito's thirty-two, the coalition holds 293' (results of the 2021 election to a chamber now dissolved: no current Lower House share, as H4), 'wins seventy-six of the 125 seats at stake' (seats won in 2022, not the current share), 'two days after' (the assassination is dated by 'on July 8'), 'wins a second four-year term', 'a record nine candidates', '215 votes to 194', '233 are needed for a majority', 'half of the chamber's 248 seats'; 'all but three of the past twenty-five years'; 'has set the coalition's goal at a bare majority', 'a dozen lawmakers' and 'could lose its single-party majority' (speculation); 'Ishii Keiichi replaced its longtime leader on September 28' (Komeito, not an LDP vote); 'Ishiba's own term as LDP president runs to September 2027' (a term end, not an election); 'the security treaty was revised in 1960'; 'In July, the allies agreed' and 'to be set up by March 2025'; 'about ¥211 billion' (yen, not the dollar figure) and 'running through March 2027' (expiry, not the agreement date); 'under a 2012 agreement'; 'a logistics unit of roughly one hundred, are expected to arrive there by the end of the year' (planned: no Marines in Guam yet); 'in the June 16 prefectural assembly election' (local, not listed); 'In its December 2022 strategy documents'; 'a record ¥8.5 trillion for FY2025' and 'up from ¥7.95 trillion in FY2024'; 'with deliveries to begin in FY2025'; 'after ranking fourth as recently as 2019' (past rank); 'every year since 2019' (not a rank) and '$783 billion' (stock, no fact); 'Nippon Steel's $14.1 billion offer'; 'about $1.13 trillion in August' (holdings, no fact); 'a tariff of ten or twenty percent on all U.S. imports' (a candidate's proposal: no tariff on most imports); 'at an annualized 2.9% in the April-June quarter of 2024' (a quarter, not a year); '¥162 per dollar', 'the Bank of Japan's second rate increase of the year, on July 31' and 'near ¥140 in September'; '¥13.1 trillion' (yen) and 'Ishiba has promised another after the election' (planned); 'a goal for 2035 is due early next year'; Figure 1 (yen per dollar 2019-2024, annual averages, no value labels); 'on September 21' and 'the fourth held in person' (in-person meetings, not the count); 'India is to host the next' (planned); 'some twelve billion dollars to Ukraine' (the total, not a part); PDF ligatures and curly quotes (layout text)",
}
