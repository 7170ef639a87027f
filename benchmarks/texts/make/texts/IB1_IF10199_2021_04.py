from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "IB1-IF10199-2021-04", "fresh28", "IF10199", 41
LAYOUTS = ["interleaved", "html"]
PDF_OPTS = ["lig", "nbsp"]
SIDEBAR = "Okinawa's Share of the Burden"
CHART = {"unit": "¥ trillions", "ymax": 6, "ticks": [0, 2, 4, 6],
         "series": ["Initial defense budget"],
         "bars": {"FY2017": (5.13,), "FY2018": (5.19,), "FY2019": (5.26,), "FY2020": (5.31,), "FY2021": (5.34,)}}

MD = """
U.S.-Japan Relations

Updated April 27, 2021

## Overview

On April 16, Prime Minister Suga Yoshihide became the first foreign leader to be received at the White House by President Joseph R. Biden. Their joint statement, in which "the importance of peace and stability across the Taiwan Strait" was underscored, was the first such leaders' document to mention Taiwan since 1969. Climate, 5G networks, semiconductor supply chains, and COVID-19 vaccines were also discussed. The visit followed a March 16 meeting in Tokyo of the two countries' foreign and defense ministers (the "2+2"), the first trip abroad by Secretary of State Antony Blinken and Secretary of Defense Lloyd Austin.

Suga took office in September 2020, succeeding Abe Shinzo, who resigned for health reasons after nearly eight years in office. As chief cabinet secretary, Suga had served as Abe's right hand throughout that period. Abe, whose second premiership was the longest in Japan's history, remains influential in the ruling party; in April 2015, he became the first Japanese prime minister to address a joint meeting of Congress.

## The Alliance

Formal allies since the signing of a mutual security treaty in 1951 (revised in 1960), the United States and Japan describe their alliance as a cornerstone of regional security. Approximately fifty-five thousand U.S. military personnel are hosted by Japan, along with the Navy's only forward-deployed aircraft carrier. Toward the cost of keeping them there, Japan's contribution is put at about $2 billion a year. Because the five-year Special Measures Agreement (SMA) governing that support was due to lapse at the end of March, a one-year extension was concluded by the two governments in February; talks on a multiyear successor are to resume later this year. Former President Donald Trump had reportedly sought as much as $8 billion annually, a figure Tokyo never entertained.

For decades, Japanese defense spending has been held to around 1% of gross domestic product (GDP), well below the 2% of GDP that NATO asks of its own members. The FY2021 budget, a ninth consecutive record at ¥5.34 trillion, was enacted in March (Figure 1). In 2020, plans to deploy two Aegis Ashore missile defense batteries were abandoned; the government has said two new destroyers will be built instead.

**Figure 1. Japan's Initial Defense Budgets, FY2017-FY2021**

Source: Japan Ministry of Defense. Excludes costs of U.S. force realignment.

## Okinawa's Share of the Burden

Although less than 1% of Japan's land area lies in Okinawa Prefecture, roughly one-quarter of all facilities used by U.S. forces in Japan are found there, and more than half of the U.S. military personnel in Japan are stationed on its islands. Under a 2012 bilateral plan, about 9,000 Marines are to be moved off Okinawa; of them, approximately 4,000 are to be relocated to Guam, where the first transfers are not expected before 2024. Governor Denny Tamaki, elected in September 2018, opposes the construction of a replacement for Marine Corps Air Station Futenma at Henoko, which 72% of Okinawans voting in a 2019 referendum also rejected.

## Domestic Politics

Suga won the Liberal Democratic Party (LDP) presidential election on September 14, 2020, with 377 of 534 votes, and was elected prime minister by the Diet two days later. He is serving out the remainder of Abe's term as party leader, which expires this September, when the LDP will again choose its president. Control of both Diet chambers is held by the LDP and its junior partner, Komeito: the coalition occupies about two-thirds and 57% of the seats in the House of Representatives and the House of Councillors, respectively. The upper chamber's balance has been unchanged since the July 2019 election. The lower chamber, last chosen in October 2017, must face voters no later than this October; that contest, which could come sooner if Suga dissolves the chamber, will be the next national election. Suga's approval ratings, above 60% at the start, have since fallen to around 40% amid criticism of his pandemic response, and the Tokyo Olympics, postponed from last summer, are to open on July 23.

## Trade and Investment

Two-way trade in goods and services came to nearly a quarter of a trillion dollars last year, down sharply because of the pandemic. In total goods trade for 2020, only China, Mexico, and Canada were ahead of Japan among U.S. partners. As a market for U.S. goods, Japan trailed Canada, Mexico, and China; U.S. goods exports to Japan amounted to $64.1 billion, down from $74.4 billion in 2019. Among suppliers of U.S. imports, Japan was again in fourth place, shipping nearly $120 billion of goods.

Japan also matters as an investor and a creditor. At more than $600 billion at the end of 2019, the stock of Japanese direct investment in the United States is larger than that of any other country. In U.S. Treasury securities, Japanese holdings of about $1.26 trillion in February were trailed by China's, at roughly $1.1 trillion.

A limited trade agreement and a digital trade agreement, both signed in October 2019, have been in force since January 2020. The Biden Administration has kept in place Section 232 tariffs of 25% on steel and 10% on aluminum imposed on Japan in 2018.

## Economy

A contraction of 4.8% in real GDP was recorded in 2020, following growth of 0.3% in 2019. Output rebounded at an annualized rate of 11.7% in the October-December quarter, but a renewed state of emergency, declared for Tokyo and three other prefectures on April 25, is expected to weigh on the current quarter. A third supplementary budget for FY2020, worth ¥19.2 trillion (about $185 billion), was passed by the Diet in January; the FY2021 general account budget of ¥106.6 trillion, enacted in March, is the largest on record.

At the virtual Leaders Summit on Climate convened by President Biden on April 22, Suga announced that Japan would cut greenhouse gas emissions by 46% by FY2030 from FY2013 levels, replacing the 26% target set in 2015, and would "continue strenuous efforts" toward a 50% cut. Japan aims for net-zero emissions by 2050.

## Regional Diplomacy

The leaders of the Quad (Australia, India, Japan, and the United States) met on March 12, by videoconference; that has been their only leader-level meeting so far, although an in-person summit is planned for later in the year. With the group, Japan has committed to help finance the production of up to one billion COVID-19 vaccine doses for the Indo-Pacific by the end of 2022. Relations with South Korea remain strained over wartime history, and Tokyo has protested a Chinese law, in effect since February 1, that allows China's coast guard to fire on foreign vessels.

**Emma Chanlett-Avery**, Coordinator, Specialist in Asian Affairs

**Mark E. Manyin**, Specialist in Asian Affairs

**Brock R. Williams**, Specialist in International Trade and Finance

**Cathleen D. Cimino-Isaacs**, Analyst in International Trade and Finance

**Caitlin Campbell**, Analyst in Asian Affairs
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Suga", "Yoshihide", "Prime Minister Suga Yoshihide", note="family name first; Abe Shinzo is the former prime minister"),
        "leaders.us_president": P("Biden", "Joseph", "President Joseph R. Biden", note="given name written as Joseph, middle initial R.; Trump is the former president"),
        "alliance.treaty_ally_since": F(1951, as_written="Formal allies since the signing of a mutual security treaty in 1951 (revised in 1960)"),
        "alliance.us_troops_in_japan": F(55000, "about", as_written="Approximately fifty-five thousand U.S. military personnel are hosted by Japan", note="number in words, passive voice"),
        "alliance.host_nation_support_per_year": F(2000000000, "about", per="year", as_written="Toward the cost of keeping them there, Japan's contribution is put at about $2 billion a year"),
        "alliance.host_nation_support_agreement": D("2021-02", as_written="a one-year extension was concluded by the two governments in February", note="one-year extension of the SMA; year from the cover; the five-year SMA lapsing in March is its predecessor"),
        "alliance.okinawa_share_of_usfj_facilities": F(25, "about", as_written="roughly one-quarter of all facilities used by U.S. forces in Japan are found there", note="sidebar; fraction in words, all-facilities basis"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="more than half of the U.S. military personnel in Japan are stationed on its islands", note="sidebar"),
        "alliance.okinawa_share_of_land_area": F(1, "under", as_written="Although less than 1% of Japan's land area lies in Okinawa Prefecture", note="sidebar"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="of them, approximately 4,000 are to be relocated to Guam", note="sidebar; 9,000 is the total leaving Okinawa"),
        "defense.traditional_limit_pct_gdp": F(1, "about", as_written="For decades, Japanese defense spending has been held to around 1% of gross domestic product (GDP)"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="Control of both Diet chambers is held by the LDP and its junior partner, Komeito"),
        "politics.lower_house_coalition_share": F(67, "about", as_written="the coalition occupies about two-thirds and 57% of the seats in the House of Representatives and the House of Councillors, respectively", note="fraction in words, rounded; 'respectively' pairs the first value with the House of Representatives"),
        "politics.upper_house_coalition_share": F(57, as_written="the coalition occupies about two-thirds and 57% of the seats in the House of Representatives and the House of Councillors, respectively", note="'respectively' pairs 57% with the House of Councillors; 'about' hedges only the first value"),
        "politics.next_diet_election_due": F(2021, as_written="The lower chamber, last chosen in October 2017, must face voters no later than this October; that contest ... will be the next national election"),
        "politics.lower_house_election_due": D("2021-10", as_written="must face voters no later than this October", note="year from the cover"),
        "trade.overall_partner_rank": F(4, period="2020", as_written="In total goods trade for 2020, only China, Mexico, and Canada were ahead of Japan among U.S. partners", note="rank by the three ahead"),
        "trade.export_partner_rank": F(4, period="2020", as_written="As a market for U.S. goods, Japan trailed Canada, Mexico, and China", note="rank by 'trailed' three countries; year carried"),
        "trade.us_exports_to_japan": F(64100000000, period="2020", as_written="U.S. goods exports to Japan amounted to $64.1 billion, down from $74.4 billion in 2019"),
        "trade.import_partner_rank": F(4, period="2020", as_written="Among suppliers of U.S. imports, Japan was again in fourth place"),
        "trade.us_imports_from_japan": F(120000000000, "nearly", period="2020", as_written="shipping nearly $120 billion of goods"),
        "trade.fdi_source_rank": F(1, period="2019", as_written="At more than $600 billion at the end of 2019, the stock of Japanese direct investment in the United States is larger than that of any other country", note="fronted amount; period from the stock's date in the same sentence"),
        "trade.treasury_holder_rank": F(1, period="2021-02", as_written="Japanese holdings of about $1.26 trillion in February were trailed by China's, at roughly $1.1 trillion", note="rank stated by who trails (passive); month, year from the cover"),
        "economy.gdp_growth": GDP(y2020=-4.8, y2019=0.3),
        "economy.supplementary_budget": F(185000000000, "about", period="2021-01", as_written="A third supplementary budget for FY2020, worth ¥19.2 trillion (about $185 billion), was passed by the Diet in January", note="dollar figure in parentheses; month, year from the cover"),
        "economy.emissions_cut_target": F(46, by="FY2030", baseline="FY2013", as_written="Japan would cut greenhouse gas emissions by 46% by FY2030 from FY2013 levels", note="26% is the replaced target; 50% an aspiration"),
        "diplomacy.quad_leader_meetings": F(1, as_written="The leaders of the Quad ... met on March 12, by videoconference; that has been their only leader-level meeting so far"),
    },
    "elections": {
        "ldp_president_2020": E("LDP president", "2020-09-14", "held", result="Suga won 377 of 534 votes"),
        "ldp_president_2021": E("LDP president", "2021-09", "upcoming", note="Abe's term, served out by Suga, expires this September, when the LDP will again choose its president"),
        "upper_house_2019": E("Upper House", "2019-07", "held", result="coalition 57% of House of Councillors seats"),
        "lower_house_2017": E("Lower House", "2017-10", "held", result="coalition about two-thirds of the seats"),
        "lower_house_2021": E("Lower House", "2021-10", "upcoming", note="must be held no later than October 2021; could come sooner if Suga dissolves the chamber"),
        "okinawa_governor_2018": E("Okinawa governor", "2018-09", "held", result="Denny Tamaki elected"),
    },
    "events": {
        "abe_address_to_congress": EV("Abe addresses a joint meeting of Congress", "2015-04", "held"),
    },
    "notes": "Traps: 'On April 16' and 'the first foreign leader to be received at the White House' (summit date); 'the first such leaders' document to mention Taiwan since 1969' (a year); 'a March 16 meeting in Tokyo ... (the \"2+2\")'; 'succeeding Abe Shinzo, who resigned for health reasons after nearly eight years in office' and 'Abe, whose second premiership was the longest' (former prime minister near the current one); 'revised in 1960' (not the treaty-ally year); 'along with the Navy's only forward-deployed aircraft carrier'; 'the five-year Special Measures Agreement (SMA) ... was due to lapse at the end of March' (the predecessor agreement, not the extension's date); 'talks on a multiyear successor are to resume later this year' (planned); 'Former President Donald Trump had reportedly sought as much as $8 billion annually' (former president; demanded figure, not the payment); 'well below the 2% of GDP that NATO asks of its own members' (NATO's guideline, not a Japanese goal: no spending goal stated); 'a ninth consecutive record at ¥5.34 trillion, was enacted in March' (budget, not the limit); 'In 2020, plans to deploy two Aegis Ashore missile defense batteries were abandoned'; Figure 1 (defense budgets FY2017-FY2021, ¥ trillions; ticks 0-6; no value labels; HTML: floated into the sidebar); sidebar 'about 9,000 Marines are to be moved off Okinawa' (total leaving, not Guam) and 'the first transfers are not expected before 2024' (no Marines in Guam); 'Under a 2012 bilateral plan'; 'which 72% of Okinawans voting in a 2019 referendum also rejected' (a vote share, not an Okinawa share); 'with 377 of 534 votes' and 'elected prime minister by the Diet two days later'; 'Suga's approval ratings, above 60% at the start, have since fallen to around 40%'; 'the Tokyo Olympics, postponed from last summer, are to open on July 23'; 'Two-way trade in goods and services came to nearly a quarter of a trillion dollars last year' (total trade, no catalogue fact); 'down from $74.4 billion in 2019' (past exports); 'At more than $600 billion' (FDI stock, not an IF10199 fact); 'at roughly $1.1 trillion' (China's holdings); 'both signed in October 2019, have been in force since January 2020' (trade agreements, not IF10199 facts); 'Section 232 tariffs of 25% on steel and 10% on aluminum imposed on Japan in 2018' (not a tariff on most imports); 'Output rebounded at an annualized rate of 11.7% in the October-December quarter' (a quarter, not a year); 'declared for Tokyo and three other prefectures on April 25'; 'the FY2021 general account budget of ¥106.6 trillion, enacted in March' (an initial budget, not the supplementary one); 'replacing the 26% target set in 2015' (former target) and 'toward a 50% cut' (aspiration); 'net-zero emissions by 2050'; 'an in-person summit is planned for later in the year' (planned, not counted); 'up to one billion COVID-19 vaccine doses ... by the end of 2022'; 'in effect since February 1' (Chinese coast guard law). HTML: sidebar 'Okinawa's Share of the Burden' (aside with Figure 1). Interleaved: PDF's two columns alternating line by line; PDF options ligatures and NBSP.",
}
