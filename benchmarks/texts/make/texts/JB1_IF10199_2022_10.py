from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "JB1-IF10199-2022-10", "fresh29", "IF10199", 39
LAYOUTS = ["html", "interleaved"]
PDF_OPTS = ["lig", "nbsp", "hyph"]
SIDEBAR = "Okinawa: Bases and Ballots"
CHART = {"unit": "yen per dollar", "ymax": 160, "ticks": [0, 40, 80, 120, 160],
         "series": ["Monthly average exchange rate"],
         "bars": {"Oct. 2020": (105.2,), "Apr. 2021": (109.1,), "Oct. 2021": (113.1,), "Apr. 2022": (126.3,),
                  "Jul. 2022": (136.6,), "Oct. 2022*": (147.5,)}}

MD = """
U.S.-Japan Relations

Updated October 26, 2022

## Overview

Nearly four months after the killing of former Prime Minister Abe Shinzo, Japanese politics have yet to settle. Abe, the country's longest-serving premier, was shot on July 8 while giving a campaign speech in the city of Nara, two days before a nationwide Upper House vote. A state funeral, attended by Vice President Kamala Harris, was held for him on September 27 over the objections of roughly half of the public in many polls. His successor's successor, Prime Minister Kishida Fumio, marked one year in office this month with his cabinet's approval ratings under 40% in most surveys, dragged down by disclosures of lawmakers' ties to the Unification Church; on October 24, his minister for economic revitalization became the first cabinet member to resign over the issue.

Relations between Tokyo and the Biden Administration are close. Russia's invasion of Ukraine, Chinese military drills around Taiwan in August, and a North Korean missile that flew over northern Japan on October 4, the first such overflight since 2017, have reinforced the two governments' common agenda. President Joe Biden visited Tokyo in May, his first trip to Japan as President.

## The Alliance

Allied by treaty since 1951, when the original security pact was signed alongside the San Francisco peace treaty, the two countries revised that agreement in 1960 into its current form, under which the United States pledges to defend Japan and may base forces there. U.S. Forces Japan (USFJ) numbers about fifty-four thousand military personnel, a larger contingent than the United States keeps in any other foreign country; South Korea, by comparison, hosts some 28,500.

Much of the cost of keeping them there is met by Tokyo. A new Special Measures Agreement (SMA), reached in December 2021 and formally signed the following month, commits Japan to ¥1.055 trillion over the five fiscal years FY2022 through FY2026. That works out to an average of about ¥211 billion, or slightly below $2 billion per year at the exchange rate when the deal was struck. Former President Donald Trump's Administration had reportedly sought as much as $8 billion annually.

## Okinawa: Bases and Ballots

Okinawa Prefecture makes up 0.6% of Japan's land area. On it, however, sit roughly seven-tenths of the facilities reserved for the exclusive use of U.S. forces, and it is home to better than half of all USFJ personnel. Under a 2012 bilateral plan, about 9,000 Marines are to move off the island, approximately 4,000 of them to Guam, where Marine Corps Camp Blaz was activated in October 2020; transfers are not expected to begin before 2024. In the September 11 gubernatorial election, incumbent Tamaki Denny, who opposes building a replacement for Marine Corps Air Station Futenma at Henoko, defeated the LDP-backed candidate, Sakima Atsushi, to win a second four-year term.

## Defense Policy

For decades, successive cabinets kept defense outlays within a self-imposed cap, first adopted in 1976, of 1% of gross domestic product (GDP). That cap is being abandoned. Pointing to the benchmark used by NATO members, the government has set a target of 2% of GDP for defense spending, to be reached within five years, and three strategy documents due by the end of this year are to spell out how. The Ministry of Defense's FY2023 request, a record ¥5.6 trillion, leaves the cost of many programs unstated. Japan is also weighing the purchase of U.S.-made Tomahawk cruise missiles as part of a proposed "counterstrike" capability.

**Figure 1. The Yen Against the Dollar, October 2020-October 2022**

Source: CRS, with Bank of Japan data. *October 2022 is the average through October 21.

## Domestic Politics

Kishida heads a coalition of his Liberal Democratic Party (LDP) and the smaller Komeito. The general election of October 2021 and the Upper House contest of July 10, 2022, left the coalition with 293 of the Lower House's 465 seats and 146 of the Upper House's 248, or 63% and 59%, respectively. The second figure is up from 57% going into this summer's vote. Barring a snap dissolution, no national election is due for nearly three years: the Lower House's term runs until October 2025, and half of the Upper House is to be elected in the summer of that year. Kishida's own term as LDP president ends in September 2024.

## Trade and Investment

Counting goods and services together, Japan was the fourth-largest U.S. trading partner in 2021. As an export market it placed fifth, and it held the same position among suppliers of U.S. imports. The United States sold Japan $112.2 billion in goods and services that year and bought $167.8 billion from it (Table 1).

Table 1. U.S. Trade with Japan, 2020-2021 ($ billions)

| | 2020 | 2021 |
| --- | --- | --- |
| U.S. exports | 101.9 | 112.2 |
| U.S. imports | 143.7 | 167.8 |
| Balance | -41.8 | -55.6 |

Source: U.S. Bureau of Economic Analysis (BEA), goods and services.

At the end of 2021, Japanese firms' direct investment in the United States totaled $721.1 billion, more than that of firms from any other country. In August, Toyota raised its planned investment in a North Carolina battery plant to roughly $3.8 billion. Japanese investors are also the largest foreign holders of U.S. Treasury securities: $1.20 trillion as of August 2022, against China's $0.97 trillion. The U.S.-Japan Trade Agreement and a companion Digital Trade Agreement have been in force since January 2020.

## The Economy

Having contracted by 4.5% in 2020 as the pandemic struck, Japan's real GDP grew 2.2% in 2021; in the April-June quarter of 2022, output rose at an annualized rate of 3.5%. The most recent supplementary budget, ¥2.7 trillion (roughly $21 billion), was passed by the Diet in May to fund fuel subsidies and reserves; a much larger package, to be financed by a second extra budget, is expected to be unveiled later this week.

With the Bank of Japan holding its short-term policy rate at minus 0.1% while the Federal Reserve raised rates, the yen has slid (Figure 1). The Ministry of Finance bought yen on September 22, its first such intervention since 1998, and again on October 21, after the currency fell past ¥151 per dollar, a 32-year low.

Under the Paris Agreement, Japan has pledged to cut its greenhouse gas emissions 46% below FY2013 levels by FY2030, while continuing "strenuous efforts" toward 50%, and to reach net zero by 2050.

## Regional and Global Diplomacy

Tokyo in May was the scene of the latest of the four meetings that the leaders of the Quad (the United States, Japan, Australia, and India) have held since March 2021; Australia is in line to host the next, in 2023. During the same visit, Biden launched the Indo-Pacific Economic Framework for Prosperity (IPEF), which brings together Japan and 13 other economies, the United States among them.

Breaking with its past caution, Japan has joined G7 sanctions on Russia. It has pledged $600 million in financial support to Ukraine, doubling the $300 million it first offered, along with $300 million in humanitarian and development assistance, and has taken in more than 1,900 evacuees.

Kishida met South Korean President Yoon Suk Yeol in New York in September, the first meeting of the two countries' leaders in nearly three years. September 29 marked 50 years since Japan and China normalized relations; Chinese leader Xi Jinping secured a third term as party chief at this month's party congress.

**Emma Chanlett-Avery**, Coordinator, Specialist in Asian Affairs

**Mark E. Manyin**, Specialist in Asian Affairs

**Brock R. Williams**, Specialist in International Trade and Finance

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Caitlin Campbell**, Analyst in Asian Affairs
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Kishida", "Fumio", "His successor's successor, Prime Minister Kishida Fumio"),
        "leaders.us_president": P("Biden", "Joe", "President Joe Biden", note="also 'the Biden Administration'; 'Former President Donald Trump' is a trap"),
        "alliance.treaty_ally_since": F(1951, as_written="Allied by treaty since 1951, when the original security pact was signed", note="fronted participle; 1960 revision a trap"),
        "alliance.us_troops_in_japan": F(54000, "about", as_written="U.S. Forces Japan (USFJ) numbers about fifty-four thousand military personnel"),
        "alliance.host_nation_support_per_year": F(2000000000, "under", per="year", as_written="or slightly below $2 billion per year at the exchange rate when the deal was struck", note="average of the ¥1.055 trillion five-year total; 'That works out to' points back to it"),
        "alliance.host_nation_support_agreement": D("2021-12", as_written="A new Special Measures Agreement (SMA), reached in December 2021 and formally signed the following month", note="dated by its conclusion; the January 2022 signing is a trap"),
        "alliance.okinawa_share_of_usfj_facilities": F(70, "about", as_written="On it, however, sit roughly seven-tenths of the facilities reserved for the exclusive use of U.S. forces", note="sidebar; exclusive-use basis; fraction in words"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="and it is home to better than half of all USFJ personnel", note="sidebar; 'it' = Okinawa"),
        "alliance.okinawa_share_of_land_area": F(0.6, as_written="Okinawa Prefecture makes up 0.6% of Japan's land area", note="sidebar"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="about 9,000 Marines are to move off the island, approximately 4,000 of them to Guam", note="sidebar; 9,000 is the total leaving Okinawa"),
        "defense.spending_goal_pct_gdp": F(2, as_written="the government has set a target of 2% of GDP for defense spending, to be reached within five years"),
        "defense.traditional_limit_pct_gdp": F(1, as_written="kept defense outlays within a self-imposed cap, first adopted in 1976, of 1% of gross domestic product (GDP)"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="a coalition of his Liberal Democratic Party (LDP) and the smaller Komeito"),
        "politics.lower_house_coalition_share": F(63, as_written="left the coalition with 293 of the Lower House's 465 seats and 146 of the Upper House's 248, or 63% and 59%, respectively", note="'respectively': the first figure"),
        "politics.upper_house_coalition_share": F(59, previous=57, as_written="or 63% and 59%, respectively. The second figure is up from 57% going into this summer's vote", note="'respectively': the second figure"),
        "politics.next_diet_election_due": F(2025, as_written="no national election is due for nearly three years: the Lower House's term runs until October 2025, and half of the Upper House is to be elected in the summer of that year"),
        "politics.lower_house_election_due": D("2025-10", as_written="the Lower House's term runs until October 2025"),
        "trade.overall_partner_rank": F(4, period="2021", as_written="Counting goods and services together, Japan was the fourth-largest U.S. trading partner in 2021"),
        "trade.export_partner_rank": F(5, period="2021", as_written="As an export market it placed fifth"),
        "trade.import_partner_rank": F(5, period="2021", as_written="and it held the same position among suppliers of U.S. imports"),
        "trade.us_exports_to_japan": F(112200000000, period="2021", as_written="The United States sold Japan $112.2 billion in goods and services that year"),
        "trade.us_imports_from_japan": F(167800000000, period="2021", as_written="and bought $167.8 billion from it (Table 1)"),
        "trade.fdi_source_rank": F(1, period="2021", as_written="At the end of 2021, Japanese firms' direct investment in the United States totaled $721.1 billion, more than that of firms from any other country"),
        "trade.treasury_holder_rank": F(1, period="2022-08", as_written="Japanese investors are also the largest foreign holders of U.S. Treasury securities: $1.20 trillion as of August 2022"),
        "economy.gdp_growth": GDP(y2021=2.2, y2020=-4.5),
        "economy.supplementary_budget": F(21000000000, "about", period="2022-05", as_written="The most recent supplementary budget, ¥2.7 trillion (roughly $21 billion), was passed by the Diet in May", note="dollar figure; year from the cover"),
        "economy.yen": F("32-year low against the dollar", period="2022-10", as_written="again on October 21, after the currency fell past ¥151 per dollar, a 32-year low"),
        "economy.emissions_cut_target": F(46, by="FY2030", baseline="FY2013", as_written="cut its greenhouse gas emissions 46% below FY2013 levels by FY2030"),
        "diplomacy.quad_leader_meetings": F(4, as_written="the latest of the four meetings that the leaders of the Quad (the United States, Japan, Australia, and India) have held since March 2021"),
        "diplomacy.ipef_other_partners": F(13, period="2022-05", as_written="Biden launched the Indo-Pacific Economic Framework for Prosperity (IPEF), which brings together Japan and 13 other economies, the United States among them", note="the 13 include the United States; launched in May 2022 ('the same visit')"),
        "diplomacy.ukraine_financial_support": F(600000000, as_written="It has pledged $600 million in financial support to Ukraine, doubling the $300 million it first offered"),
        "diplomacy.ukraine_humanitarian_aid": F(300000000, as_written="along with $300 million in humanitarian and development assistance"),
    },
    "elections": {
        "lower_house_2021": E("Lower House", "2021-10", "held", result="coalition 293 of 465 seats (63%)"),
        "upper_house_2022": E("Upper House", "2022-07-10", "held", result="coalition 146 of 248 seats (59%), up from 57%"),
        "okinawa_governor_2022": E("Okinawa governor", "2022-09-11", "held", result="incumbent Tamaki Denny, who opposes the Henoko relocation, defeated LDP-backed Sakima Atsushi"),
        "upper_house_2025": E("Upper House", "2025", "upcoming", note="'in the summer of that year' (2025, carried from the clause before)"),
    },
    "events": {
        "abe_assassination": EV("Former Prime Minister Abe Shinzo shot and killed while campaigning in Nara", "2022-07-08", "held"),
    },
    "notes": "Traps: 'Nearly four months after the killing of former Prime Minister Abe Shinzo' (former leader); 'two days before a nationwide Upper House vote' (relative date of the election); 'attended by Vice President Kamala Harris' and 'held for him on September 27' (the funeral, no tracked event); 'roughly half of the public'; 'marked one year in office this month' and 'approval ratings under 40%'; 'on October 24, his minister for economic revitalization'; 'on October 4, the first such overflight since 2017'; 'President Joe Biden visited Tokyo in May'; 'revised that agreement in 1960' (not the treaty-ally year); 'South Korea, by comparison, hosts some 28,500' (another country); 'formally signed the following month' (the SMA's signing, January 2022, not its conclusion); '¥1.055 trillion over the five fiscal years FY2022 through FY2026' (a yen total) and 'an average of about ¥211 billion' (yen); 'Former President Donald Trump's Administration had reportedly sought as much as $8 billion annually' (former president; a demand); sidebar 'Okinawa: Bases and Ballots' (html aside): 'Under a 2012 bilateral plan, about 9,000 Marines are to move off the island' (total leaving, not Guam), 'Camp Blaz was activated in October 2020', 'not expected to begin before 2024' (no Marines in Guam), 'to win a second four-year term'; 'first adopted in 1976'; 'to be reached within five years' (no target year); 'The Ministry of Defense's FY2023 request, a record ¥5.6 trillion'; 'weighing the purchase of U.S.-made Tomahawk cruise missiles' (no amount, only weighed); Figure 1 (yen per dollar, monthly averages Oct. 2020-Oct. 2022; axis ticks 0-160, no value labels; in the html page it floats into the sidebar) and its note 'average through October 21'; 'The general election of October 2021 and the Upper House contest of July 10, 2022' (held, not next); '293 of the Lower House's 465 seats and 146 of the Upper House's 248' (seat counts); 'up from 57% going into this summer's vote' (previous share); 'no national election is due for nearly three years'; 'Kishida's own term as LDP president ends in September 2024' (a term end, not an election); Table 1's 2020 column ('101.9', '143.7') and balance row; 'In August, Toyota raised its planned investment ... to roughly $3.8 billion' (a company's investment); 'against China's $0.97 trillion'; 'have been in force since January 2020'; 'Having contracted by 4.5% in 2020' (the earlier year) and 'in the April-June quarter of 2022, output rose at an annualized rate of 3.5%' (a quarter); 'a much larger package, to be financed by a second extra budget, is expected to be unveiled later this week' (planned); 'its short-term policy rate at minus 0.1%'; 'bought yen on September 22, its first such intervention since 1998' (24 years, not the low); '¥151 per dollar'; 'toward 50%' and 'net zero by 2050'; 'Australia is in line to host the next, in 2023' (planned); 'since March 2021'; 'doubling the $300 million it first offered' (earlier financial pledge, equal to the humanitarian figure); 'more than 1,900 evacuees'; 'South Korean President Yoon Suk Yeol' and 'Chinese leader Xi Jinping' (other countries' leaders); 'in nearly three years'; 'September 29 marked 50 years'; PDF ligatures, NBSP, hyphenation; interleaved columns",
}
