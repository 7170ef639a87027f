from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "BC1-IF10199-2021-04", "fresh21", "IF10199", 40
LAYOUTS = ["pdf", "md"]
PDF_OPTS = ["quotes", "hyph"]
CHART = {"unit": "thousands of personnel", "ymax": 60, "ticks": [0, 15, 30, 45, 60],
         "series": ["Active-duty U.S. military personnel"],
         "bars": {"Japan": (55.2,), "Germany": (34.8,), "S. Korea": (26.4,), "Italy": (12.3,), "U.K.": (9.4,)}}

MD = """
U.S.-Japan Relations

Updated April 28, 2021

## Overview

Twelve days ago, Suga Yoshihide became the first foreign head of government to be received at the White House by Joe Biden, who took office as President in January. Their joint statement mentioned "peace and stability across the Taiwan Strait," something no statement by the two countries' leaders had done since 1969, and launched a Competitiveness and Resilience (CoRe) Partnership covering semiconductors, 5G networks, and clean energy. For Prime Minister Suga, who succeeded Abe Shinzo in September 2020, it was the first trip abroad beyond Southeast Asia. Abe himself had made history in Washington six years earlier: in April 2015 he became the first Japanese leader to address a joint meeting of Congress.

## The Alliance

A security treaty first signed in 1951, and revised in 1960, commits the United States to Japan's defense; Japan in turn provides bases. The U.S. personnel stationed there, 55,000 or thereabouts, form the largest U.S. military presence in any foreign country (Figure 1).

**Figure 1. U.S. Military Personnel in Selected Host Countries, December 2020**

Source: Defense Manpower Data Center. Active-duty personnel only.

Japan's contribution toward the cost of hosting them was set, until this spring, by a five-year special measures agreement that lapsed on March 31. With a new Administration still taking shape, the two governments agreed on February 17 to roll the old terms over for one year instead of negotiating a successor. Under that stopgap, Japan budgeted ¥201.7 billion for FY2021, a shade below $1.9 billion. That is roughly a quarter of the $8 billion a year that the Trump Administration was reported to have sought. Negotiations on a multiyear agreement are to resume later in 2021.

## Okinawa

Nowhere is the U.S. presence more concentrated than in Okinawa, as Table 1 shows.

Table 1. Okinawa and the Rest of Japan

| Share of | Okinawa | Rest of Japan |
| --- | --- | --- |
| Japan's land area | 0.6% | 99.4% |
| Exclusive-use acreage | about 70% | about 30% |
| U.S. personnel in Japan | over half | under half |

Under a plan revised in 2012, about 9,000 Marines are to leave the prefecture. Somewhere near 4,000 of them are destined for Guam; the remainder will go to Hawaii, Australia, and the U.S. mainland. None is expected to move before 2024. Construction of the Henoko facility that is to replace Marine Corps Air Station Futenma continues over the objections of Governor Tamaki Denny.

## Defense

For most of the postwar era, Tokyo has kept defense outlays at or below one percent of gross domestic product, a practice first written into policy in 1976. The FY2021 budget, a ninth straight annual increase, provides a record ¥5.34 trillion (about $51 billion). Some LDP lawmakers have urged the government to move toward the 2% of GDP that NATO members pledged in 2014 to spend; it has adopted no such target.

## Politics

The summit gave Suga little relief at home. His cabinet's approval rating, above 60% in his first weeks, has sunk toward 40% amid criticism of his pandemic response, and on April 25 the LDP lost all three Diet by-elections held that day.

In the House of Representatives, the LDP and its coalition partner Komeito hold a little under two-thirds of the seats, close to the margin they won in the October 2017 general election. Their hold on the House of Councillors is thinner, at fifty-seven percent. It has been so since the upper house's July 2019 election.

Lower-house members' terms run out in October, so a general election must be held by October 2021; it will be the country's next national vote, unless Suga dissolves the chamber earlier. A party contest comes first. Suga won the LDP's leadership vote on September 14, 2020, but only for the remainder of Abe's term, which ends in September; the LDP must choose a president again by then. Half of the upper chamber is next up for election in July 2022.

## Trade and Investment

Overall, Japan is the United States' number-four trading partner. The pandemic cut deeply into that trade in 2020. $104.4 billion: that was the value of U.S. exports of goods and services to Japan last year, down by about a sixth from $124.3 billion in 2019. Imports from Japan dropped further, by more than a fifth, to $147.9 billion. By either measure Japan placed fifth among U.S. partners.

Japanese firms are also the biggest direct investors in the United States, a position they took from the United Kingdom in 2019. Of all foreign holders of U.S. Treasury securities, investors in Japan hold the most, some $1.24 trillion in February, against China's roughly $1.10 trillion.

The U.S.-Japan Trade Agreement has been in force since January 2020; talks on a broader second stage have not resumed. The 25% Section 232 tariff on Japanese steel, imposed in 2018, remains in place.

## Economy

Real GDP contracted 4.8% last year, after eking out 0.3% growth in 2019. The International Monetary Fund projects a 3.3% rebound in 2021, though renewed states of emergency, in effect since April 25 in Tokyo, Osaka, and two other prefectures, cloud that outlook. A third supplementary budget for FY2020, enacted in late January, added ¥19.2 trillion, better than $180 billion, for pandemic relief and digital and green investment. The Tokyo Olympics, postponed a year, are to open on July 23 without spectators from abroad.

At the Leaders Summit on Climate that President Biden hosted on April 22, Suga announced that Japan would cut its greenhouse gas emissions 46% below FY2013 levels by FY2030, and would strive for 50%. Japan's previous goal was a 26% cut. President Biden pledged a U.S. reduction of 50%-52% from 2005 levels.

## Regional Diplomacy

Of Quad meetings at the leaders' level there has so far been a single one, held by video on March 12, when the leaders of Australia, India, Japan, and the United States pledged to supply up to one billion COVID-19 vaccine doses to the region. The four foreign ministers have met three times since 2019; an in-person leaders' meeting is planned for later this year.

**Emma Chanlett-Avery**, Coordinator, Specialist in Asian Affairs

**Mark E. Manyin**, Specialist in Asian Affairs

**Cathleen D. Cimino-Isaacs**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Suga", "Yoshihide", "Suga Yoshihide"),
        "leaders.us_president": P("Biden", "Joe", "Joe Biden, who took office as President in January"),
        "alliance.treaty_ally_since": F(1951, as_written="A security treaty first signed in 1951, and revised in 1960"),
        "alliance.us_troops_in_japan": F(55000, "about", as_written="The U.S. personnel stationed there, 55,000 or thereabouts", note="postposed 'or thereabouts' = about"),
        "alliance.host_nation_support_per_year": F(1900000000, "under", per="year", period="FY2021", as_written="Japan budgeted ¥201.7 billion for FY2021, a shade below $1.9 billion", note="'a shade below' = under; the dollar figure"),
        "alliance.host_nation_support_agreement": D("2021-02-17", as_written="the two governments agreed on February 17 to roll the old terms over for one year", note="one-year extension; year from the text's date"),
        "alliance.okinawa_share_of_usfj_facilities": F(70, "about", as_written="Exclusive-use acreage | about 70%", note="Table 1 (rows 'Share of ...'), Okinawa column; acreage reserved for U.S. forces' exclusive use"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="U.S. personnel in Japan | over half", note="Table 1, Okinawa column"),
        "alliance.okinawa_share_of_land_area": F(0.6, as_written="Japan's land area | 0.6%", note="Table 1, Okinawa column"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="Somewhere near 4,000 of them are destined for Guam", note="'somewhere near' = about"),
        "defense.traditional_limit_pct_gdp": F(1, as_written="Tokyo has kept defense outlays at or below one percent of gross domestic product"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="the LDP and its coalition partner Komeito"),
        "politics.lower_house_coalition_share": F(67, "under", as_written="hold a little under two-thirds of the seats", note="two-thirds = 67 (fraction convention)"),
        "politics.upper_house_coalition_share": F(57, as_written="Their hold on the House of Councillors is thinner, at fifty-seven percent"),
        "politics.next_diet_election_due": F(2021, as_written="a general election must be held by October 2021; it will be the country's next national vote"),
        "politics.lower_house_election_due": D("2021-10", as_written="a general election must be held by October 2021"),
        "trade.overall_partner_rank": F(4, as_written="Overall, Japan is the United States' number-four trading partner"),
        "trade.us_exports_to_japan": F(104400000000, period="2020", as_written="$104.4 billion: that was the value of U.S. exports of goods and services to Japan last year", note="value before its subject; 'last year' = 2020"),
        "trade.export_partner_rank": F(5, period="2020", as_written="By either measure Japan placed fifth among U.S. partners", note="'either measure' = exports and imports"),
        "trade.us_imports_from_japan": F(147900000000, period="2020", as_written="Imports from Japan dropped further, by more than a fifth, to $147.9 billion"),
        "trade.import_partner_rank": F(5, period="2020", as_written="By either measure Japan placed fifth among U.S. partners"),
        "trade.fdi_source_rank": F(1, as_written="Japanese firms are also the biggest direct investors in the United States"),
        "trade.treasury_holder_rank": F(1, period="2021-02", as_written="Of all foreign holders of U.S. Treasury securities, investors in Japan hold the most, some $1.24 trillion in February"),
        "economy.gdp_growth": GDP(y2020=-4.8, y2019=0.3),
        "economy.supplementary_budget": F(180000000000, "over", period="2021-01", as_written="enacted in late January, added ¥19.2 trillion, better than $180 billion", note="'better than' = over"),
        "economy.emissions_cut_target": F(46, by="2030", baseline="2013", as_written="cut its greenhouse gas emissions 46% below FY2013 levels by FY2030"),
        "diplomacy.quad_leader_meetings": F(1, as_written="Of Quad meetings at the leaders' level there has so far been a single one, held by video on March 12"),
    },
    "elections": {
        "lower_house_2017": E("Lower House", "2017-10", "held", note="'the margin they won in the October 2017 general election'"),
        "upper_house_2019": E("Upper House", "2019-07", "held"),
        "ldp_president_2020": E("LDP president", "2020-09-14", "held", result="Suga won"),
        "ldp_president_2021": E("LDP president", "2021-09", "upcoming", note="'the LDP must choose a president again by then' (September)"),
        "lower_house_2021": E("Lower House", "2021-10", "upcoming", note="must be held by October 2021, six months away"),
        "upper_house_2022": E("Upper House", "2022-07", "upcoming"),
    },
    "events": {
        "abe_address_to_congress": EV("Abe addresses a joint meeting of Congress", "2015-04", "held"),
    },
    "notes": "Traps: 'Twelve days ago' (the April 16 summit, relative day); 'since 1969' (Taiwan reference); 'succeeded Abe Shinzo in September 2020' (former PM); 'and revised in 1960' (second treaty year); Figure 1 (personnel by host country: Germany, S. Korea, Italy, U.K.; thousands; ticks 0-60, no value labels); 'a five-year special measures agreement that lapsed on March 31' (old SMA, expiry); 'That is roughly a quarter of the $8 billion a year' (a fraction of a demand, not a share fact; $8bn a trap); 'Negotiations on a multiyear agreement are to resume later in 2021'; Table 1 'Rest of Japan' column (99.4%, about 30%, under half: complements, not Okinawa's shares); 'about 9,000 Marines are to leave the prefecture' (total leaving, not Guam); 'None is expected to move before 2024' and 'a plan revised in 2012'; 'first written into policy in 1976'; 'a record ¥5.34 trillion (about $51 billion)' (budget); 'the 2% of GDP that NATO members pledged in 2014 to spend; it has adopted no such target' (no goal stated); 'above 60% in his first weeks, has sunk toward 40%' (approval); 'the LDP lost all three Diet by-elections' (by-elections not listed); 'Lower-house members' terms run out in October' and 'unless Suga dissolves the chamber earlier'; 'down by about a sixth from $124.3 billion in 2019' (2019 exports; a sixth is no fact); 'by more than a fifth' (no fact); 'a position they took from the United Kingdom in 2019'; 'against China's roughly $1.10 trillion'; 'in force since January 2020' (USJTA: no IF10199 fact); 'The 25% Section 232 tariff on Japanese steel, imposed in 2018' (not a tariff on most imports); 'The IMF projects a 3.3% rebound in 2021' (projection); 'in effect since April 25 in Tokyo, Osaka'; '¥19.2 trillion' (yen; the dollar figure is the fact); 'would strive for 50%', 'Japan's previous goal was a 26% cut', 'a U.S. reduction of 50%-52% from 2005 levels' (another country); 'up to one billion COVID-19 vaccine doses'; 'The four foreign ministers have met three times since 2019' (ministers, not leaders) and 'an in-person leaders' meeting is planned'; PDF curly quotes and hyphenated line ends",
}
