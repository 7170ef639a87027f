from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "II1-IF10199-2021-06", "fresh10", "IF10199", 38
LAYOUTS = ["html", "layout"]
PDF_OPTS = ["quotes", "nbsp"]
SIDEBAR = "Okinawa and the Realignment Plan"
CHART = {"unit": "$ billions", "ymax": 200, "ticks": [0, 50, 100, 150, 200],
         "series": ["U.S. exports to Japan", "U.S. imports from Japan"],
         "bars": {"2016": (108.1, 172.6), "2017": (114.6, 176.3), "2018": (121.1, 179.7), "2019": (122.6, 179.4), "2020": (104.4, 147.6)}}

MD = """
U.S.-Japan Relations

Updated June 29, 2021

## Overview

Japan has been bound to the United States by a mutual security treaty since 1951, and it is regarded by successive Administrations as the cornerstone of the U.S. position in East Asia. Under the treaty, U.S. forces are based on Japanese territory and Japan is placed under U.S. protection. An estimated 55,000 U.S. military personnel are currently stationed in the country. The relationship is also anchored by deep economic ties: Japan was ranked as the fourth-largest U.S. trading partner in 2020, and no other country is credited with a larger stock of foreign direct investment (FDI) in the United States.

Relations between the Biden Administration and the government of Prime Minister Yoshihide Suga have been dominated by concern over China. Suga was received at the White House on April 16, 2021, the first foreign leader to be hosted in person by President Joe Biden. He was installed as prime minister in September 2020, when Shinzo Abe stepped down for health reasons after nearly eight years in office, the longest unbroken tenure of any Japanese prime minister. Abe, who in April 2015 became the first Japanese leader to be invited to address a joint meeting of Congress, still commands the LDP's largest faction.

## The April 2021 Summit

The summit's joint statement was notable for what was included in it. Peace and stability across the Taiwan Strait were mentioned for the first time in a statement by the two countries' leaders in more than half a century, and Article 5 of the treaty was reaffirmed as applying to the Senkaku Islands, which are administered by Japan but claimed by China. New partnerships on semiconductor supply chains, 5G networks and clean energy were announced. The Quadrilateral Security Dialogue ("the Quad"), whose leaders were convened for the first time in a virtual summit on March 12, 2021, was endorsed as a vehicle for cooperation on vaccines and critical technologies; an in-person meeting of the four leaders in Washington is being planned for the fall.

## Political Standing and the Election Calendar

Suga's popularity has been eroded by the pandemic. Approval of his cabinet, which stood above 60% when it was formed, has been measured at between 30% and 40% in most recent surveys, and a fourth state of emergency in Tokyo was lifted only on June 20. The Tokyo Olympic Games, postponed from 2020, are set to open on July 23, with attendance capped at 10,000 domestic spectators per venue; a reversal of that decision has not been ruled out.

The ruling coalition of the Liberal Democratic Party (LDP) and Komeito controls a little more than 65% of the seats in the House of Representatives, the Diet's lower and more powerful chamber. In the House of Councillors, 141 of the 245 seats, or about 58%, are held by the coalition, whose majority there was preserved in the July 2019 election. A Lower House general election must be held by October 2021, when the chamber's four-year term expires; it will be the next nationwide vote, since the upper chamber's next regular election is not due until July 2022.

Suga's hold on his party will be tested as well. His term as LDP president, won in a party leadership vote in September 2020, runs out at the end of September 2021, and an LDP presidential election is to be held by then. The July 4 election for the Tokyo Metropolitan Assembly is being watched as an early gauge of the party's prospects.

## The Alliance: Cost-Sharing and Defense Spending

Host-nation support for U.S. forces is set under a Special Measures Agreement (SMA). The five-year SMA concluded in December 2015 was due to expire at the end of March 2021, but talks on a successor were started late, and a one-year extension was agreed in February 2021 instead. Under the extension, ¥201.7 billion is to be provided in FY2021, a little under $1.9 billion. A multiyear agreement is expected to be negotiated by the end of 2021. The Trump Administration was reported to have sought as much as $8 billion a year, more than four times the existing level, but the demand was not pursued after January 2021.

Japan's defense budget reached a record ¥5.34 trillion in FY2021. For decades, spending has been kept at roughly 1% of GDP, a ceiling first adopted by the cabinet in 1976. In May, Defense Minister Nobuo Kishi, Abe's younger brother, was quoted as saying that Tokyo would not be bound by the guideline, and some LDP lawmakers have urged that the share be doubled to the 2% NATO asks of its members. No new target has been adopted by the government, however. The FY2022 request, which is to be submitted in August, is expected to exceed ¥5.4 trillion.

## Okinawa and the Realignment Plan

Okinawa Prefecture makes up less than 1% of Japan's land area, yet roughly one-quarter of the facilities used by U.S. Forces Japan (USFJ) are located there, and more than half of USFJ personnel are stationed on its islands. A plan to replace Marine Corps Air Station Futenma with a new runway at Henoko is opposed by Governor Denny Tamaki, who was elected in September 2018, and was rejected by most voters in a 2019 prefectural referendum. Under the realignment plan as revised in 2012, about 4,000 of the approximately 9,000 Marines to be moved out of Okinawa are to be relocated to Guam; the first transfers are now projected for around 2024.

## Regional Relations

Japan's concerns about China have been sharpened by a Chinese law, in effect since February 2021, that authorizes China's coast guard to use weapons against foreign vessels, and by near-daily incursions near the Senkakus. Relations with South Korea remain strained: a January 2021 ruling by a Seoul court that ordered Japan to compensate former "comfort women" was rejected by Tokyo, and no bilateral summit has been held with President Moon Jae-in since 2019. Trilateral cooperation with Seoul has been encouraged by the Biden Administration.

## Economic and Trade Issues

Trade flows in both directions were reduced by the pandemic in 2020 (Figure 1). Counted as a market for U.S. goods and services, Japan placed fifth, with U.S. exports to it valued at some $104 billion, down from more than $120 billion in 2019. It placed fifth as a supplier as well; imports from Japan came to just under $148 billion. Japan has been the largest source of FDI in the United States since 2019, when the United Kingdom was overtaken, and its investors hold about $1.27 trillion in U.S. Treasury securities, more than those of China or any other foreign country.

**Figure 1. U.S. Exports to and Imports from Japan, 2016-2020**

Source: Bureau of Economic Analysis. Goods and services combined, in billions of current dollars.

Two limited agreements, on tariffs and on digital trade, have been in force since January 1, 2020; whether a second stage of talks will be pursued has not been indicated by the Biden Administration. Section 232 tariffs imposed in 2018 on Japanese steel and aluminum remain in place.

## Japan's Economy

Real GDP was reduced by 4.7% in 2020, after growth of 0.3% in 2019, as household spending was curtailed by the pandemic. The recovery has been slowed by repeated states of emergency: output contracted at an annualized rate of 3.9% in the January-March quarter of 2021. Heavy fiscal outlays have been approved. A third supplementary budget for FY2020, enacted on January 28, 2021, added ¥19.2 trillion in spending, roughly $185 billion; LDP lawmakers are pressing for another package of ¥30 trillion or more to be compiled after the Lower House election. In April, Suga announced that Japan's greenhouse gas emissions would be cut 46% from FY2013 levels by FY2030, a goal raised from the 26% pledged in 2015; net-zero emissions are to be reached by 2050.

**Emma Chanlett-Avery**, Coordinator, Specialist in Asian Affairs

**Mark E. Manyin**, Specialist in Asian Affairs

**Brock R. Williams**, Specialist in International Trade and Finance

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Caitlin Campbell**, Analyst in Asian Affairs
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Suga", "Yoshihide", "Prime Minister Yoshihide Suga"),
        "leaders.us_president": P("Biden", "Joe", "President Joe Biden"),
        "alliance.treaty_ally_since": F(1951, as_written="Japan has been bound to the United States by a mutual security treaty since 1951"),
        "alliance.us_troops_in_japan": F(55000, "about", as_written="An estimated 55,000 U.S. military personnel are currently stationed in the country"),
        "alliance.host_nation_support_per_year": F(1900000000, "under", per="year", period="FY2021",
                                                   as_written="¥201.7 billion is to be provided in FY2021, a little under $1.9 billion",
                                                   note="the dollar figure; the yen amount is the FY2021 payment under the one-year extension"),
        "alliance.host_nation_support_agreement": D("2021-02", as_written="a one-year extension was agreed in February 2021 instead",
                                                    note="one-year extension of the 2015 SMA is the latest agreement"),
        "alliance.okinawa_share_of_usfj_facilities": F(25, "about", as_written="roughly one-quarter of the facilities used by U.S. Forces Japan (USFJ) are located there", note="HTML sidebar"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="more than half of USFJ personnel are stationed on its islands", note="HTML sidebar"),
        "alliance.okinawa_share_of_land_area": F(1, "under", as_written="Okinawa Prefecture makes up less than 1% of Japan's land area", note="HTML sidebar"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="about 4,000 of the approximately 9,000 Marines to be moved out of Okinawa are to be relocated to Guam", note="HTML sidebar"),
        "defense.traditional_limit_pct_gdp": F(1, "about", as_written="For decades, spending has been kept at roughly 1% of GDP, a ceiling first adopted by the cabinet in 1976"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="The ruling coalition of the Liberal Democratic Party (LDP) and Komeito"),
        "politics.lower_house_coalition_share": F(65, "over", as_written="controls a little more than 65% of the seats in the House of Representatives"),
        "politics.upper_house_coalition_share": F(58, "about", as_written="In the House of Councillors, 141 of the 245 seats, or about 58%, are held by the coalition"),
        "politics.next_diet_election_due": F(2021, as_written="A Lower House general election must be held by October 2021 ...; it will be the next nationwide vote"),
        "politics.lower_house_election_due": D("2021-10", as_written="A Lower House general election must be held by October 2021, when the chamber's four-year term expires"),
        "trade.overall_partner_rank": F(4, period="2020", as_written="Japan was ranked as the fourth-largest U.S. trading partner in 2020"),
        "trade.export_partner_rank": F(5, period="2020", as_written="Counted as a market for U.S. goods and services, Japan placed fifth"),
        "trade.import_partner_rank": F(5, period="2020", as_written="It placed fifth as a supplier as well", note="subject carried from the sentence before"),
        "trade.us_exports_to_japan": F(104000000000, "about", period="2020", as_written="U.S. exports to it valued at some $104 billion"),
        "trade.us_imports_from_japan": F(148000000000, "under", period="2020", as_written="imports from Japan came to just under $148 billion"),
        "trade.fdi_source_rank": F(1, as_written="no other country is credited with a larger stock of foreign direct investment (FDI) in the United States; Japan has been the largest source of FDI in the United States since 2019"),
        "trade.treasury_holder_rank": F(1, as_written="its investors hold about $1.27 trillion in U.S. Treasury securities, more than those of China or any other foreign country"),
        "economy.gdp_growth": GDP(y2020=-4.7, y2019=0.3),
        "economy.supplementary_budget": F(185000000000, "about", period="2021-01",
                                          as_written="A third supplementary budget for FY2020, enacted on January 28, 2021, added ¥19.2 trillion in spending, roughly $185 billion"),
        "economy.emissions_cut_target": F(46, by="2030", baseline="2013",
                                          as_written="Japan's greenhouse gas emissions would be cut 46% from FY2013 levels by FY2030"),
        "diplomacy.quad_leader_meetings": F(1, as_written="whose leaders were convened for the first time in a virtual summit on March 12, 2021"),
    },
    "elections": {
        "lower_house_2021": E("Lower House", "2021-10", "upcoming", note="must be held by October 2021; the next nationwide vote"),
        "upper_house_2022": E("Upper House", "2022-07", "upcoming", note="next regular election not due until July 2022"),
        "upper_house_2019": E("Upper House", "2019-07", "held", result="coalition majority preserved"),
        "ldp_president_2021": E("LDP president", "2021-09", "upcoming", note="Suga's term runs out at the end of September 2021; an LDP presidential election is to be held by then"),
        "ldp_president_2020": E("LDP president", "2020-09", "held", result="Suga won"),
        "okinawa_governor_2018": E("Okinawa governor", "2018-09", "held", result="Denny Tamaki elected"),
    },
    "events": {
        "abe_address_to_congress": EV("Abe addresses a joint meeting of Congress", "2015-04", "held"),
    },
    "notes": "Traps: 'Suga was received at the White House on April 16, 2021' (summit date, no slug); "
             "'when Shinzo Abe stepped down for health reasons after nearly eight years in office' (previous prime minister, not the PM); "
             "'Abe, who in April 2015 became the first Japanese leader to be invited to address a joint meeting of Congress' (event only) and 'still commands the LDP's largest faction'; "
             "'in more than half a century' (not the treaty year); "
             "'an in-person meeting of the four leaders in Washington is being planned for the fall' (planned, not a second meeting); "
             "'which stood above 60% when it was formed' and 'between 30% and 40%' (approval, not seat shares); "
             "'a fourth state of emergency in Tokyo was lifted only on June 20'; "
             "'attendance capped at 10,000 domestic spectators per venue' (not troops); "
             "'141 of the 245 seats' (counts beside the percent); "
             "'the upper chamber's next regular election is not due until July 2022' (later than the next election); "
             "'The July 4 election for the Tokyo Metropolitan Assembly' (local race, not listed); "
             "'The five-year SMA concluded in December 2015' and 'was due to expire at the end of March 2021' (dated agreement); "
             "'¥201.7 billion' (yen amount beside the dollar figure); "
             "'A multiyear agreement is expected to be negotiated by the end of 2021' (planned); "
             "'as much as $8 billion a year, more than four times the existing level' (a past demand); "
             "'a record ¥5.34 trillion in FY2021' and 'a ceiling first adopted by the cabinet in 1976'; "
             "'some LDP lawmakers have urged that the share be doubled to the 2% NATO asks' with 'No new target has been adopted' (no spending goal stated); "
             "'The FY2022 request ... is expected to exceed ¥5.4 trillion' (planned figure); "
             "'Governor Denny Tamaki, who was elected in September 2018' (held election) and 'a 2019 prefectural referendum'; "
             "'the approximately 9,000 Marines to be moved out of Okinawa' (total leaving, not Guam) and 'the first transfers are now projected for around 2024' (no Marines in Guam yet); "
             "'in effect since February 2021' (coast guard law); 'a January 2021 ruling'; 'since 2019' (no summit with Moon); "
             "'down from more than $120 billion in 2019' (dated export value); "
             "'since 2019, when the United Kingdom was overtaken' (not a rank); "
             "'about $1.27 trillion' (Treasury holdings, not a catalogue fact); "
             "Figure 1 (U.S. exports and imports, 2016-2020, $ billions; ticks 0-200, no value labels; HTML: floated into the sidebar); "
             "'have been in force since January 1, 2020' (IF11120 agreements) and 'Section 232 tariffs imposed in 2018 on Japanese steel and aluminum' (no tariff on most imports); "
             "'output contracted at an annualized rate of 3.9% in the January-March quarter of 2021' (a quarter, not a year); "
             "'another package of ¥30 trillion or more to be compiled after the Lower House election' (planned figure); "
             "'¥19.2 trillion' (yen beside the dollar figure); "
             "'a goal raised from the 26% pledged in 2015' (superseded target) and 'net-zero emissions are to be reached by 2050'; "
             "PDF curly quotes and NBSP (seen in the layout text); HTML sidebar 'Okinawa and the Realignment Plan'",
}
