from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "T3-IF10199-2020-09", "tune", "IF10199", 33
LAYOUTS = ["md", "html"]
SIDEBAR = "The Okinawa Footprint"

MD = """
U.S.-Japan Relations

Updated September 29, 2020

## Overview

On September 16, 2020, Suga Yoshihide became Japan's prime minister, succeeding Abe Shinzo, who stepped down for health reasons after nearly eight years in office, the longest continuous tenure of any Japanese premier. Suga, who served as Abe's chief cabinet secretary throughout, has pledged to continue his predecessor's policies. In his first call with President Donald Trump, Suga affirmed that the alliance remains the cornerstone of Japan's security. The United States and Japan have been treaty allies since 1951, and more than 50,000 U.S. troops are stationed in Japan today.

Economic ties are deep. In 2019, Japan was the fourth-largest U.S. trading partner overall. It is also the top source of foreign direct investment (FDI) in the United States. Japanese investors hold more U.S. Treasury securities than investors from any other country, having overtaken China in 2019.

## Alliance Cost-Sharing

Japan contributes about $2 billion per year toward the cost of hosting U.S. forces. The current Special Measures Agreement, agreed in December 2015, expires in March 2021. Negotiations on its successor have barely begun; former National Security Advisor John Bolton has written that President Trump sought as much as $8 billion annually. Japan's defense budgets have long been kept to roughly 1 percent of GDP, and in June 2020 Tokyo canceled its planned deployment of the Aegis Ashore missile defense system.

## The Okinawa Footprint

Okinawa hosts about a quarter of the facilities used by U.S. Forces Japan (USFJ) and over half of all USFJ personnel, though the prefecture makes up less than 1% of Japan's land area. Under a 2012 agreement, approximately 4,000 Marines are to move from Okinawa to Guam. Governor Denny Tamaki opposes construction of the Futenma replacement facility at Henoko, which the Defense Ministry now estimates will not be complete until the 2030s.

## Suga and Japanese Politics

Suga won the Liberal Democratic Party (LDP) presidential election on September 14 with the backing of most party factions. The LDP and its junior partner, Komeito, control more than 65% of the seats in the Lower House, and about 57% of those in the Upper House. Suga must call a Lower House election within about a year, by October 2021, and many observers expect an earlier vote while his approval ratings, above 60% in early polls, remain high. The Upper House does not face voters again until 2022.

## Economic Conditions

The COVID-19 pandemic has hit Japan's economy hard. Output grew 0.3% in 2019 but fell at an annualized rate of 28.1% in the second quarter of 2020. The Diet has passed two supplementary budgets this year: ¥25.7 trillion (about $240 billion) in April and, in June, ¥31.9 trillion (roughly $296 billion). The Tokyo Olympic and Paralympic Games, scheduled for summer 2020, have been postponed to July 2021. Japan's target remains a 26% reduction of greenhouse gas emissions by 2030 from 2013 levels.

## Trade

Japan was the fourth-largest market for U.S. exports in 2019 and the fourth-largest supplier of U.S. imports. The United States exported $125.6 billion in goods and services to Japan that year and imported $178.2 billion. The U.S.-Japan Trade Agreement and the U.S.-Japan Digital Trade Agreement took effect on January 1, 2020, cutting Japanese tariffs on about $7 billion of U.S. agricultural exports.

**Emma Chanlett-Avery**, Specialist in Asian Affairs

**Cathleen D. Cimino-Isaacs**, Analyst in International Trade and Finance

**Caitlin Campbell**, Analyst in Asian Affairs
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Suga", "Yoshihide", "Suga Yoshihide became Japan's prime minister"),
        "leaders.us_president": P("Trump", "Donald", "President Donald Trump"),
        "alliance.treaty_ally_since": F(1951, as_written="treaty allies since 1951"),
        "alliance.us_troops_in_japan": F(50000, "over", as_written="more than 50,000 U.S. troops are stationed in Japan today"),
        "alliance.host_nation_support_per_year": F(2000000000, "about", per="year", as_written="about $2 billion per year"),
        "alliance.host_nation_support_agreement": D("2015-12", as_written="The current Special Measures Agreement, agreed in December 2015, expires in March 2021"),
        "alliance.okinawa_share_of_usfj_facilities": F(25, "about", as_written="about a quarter of the facilities used by U.S. Forces Japan (USFJ)"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="over half of all USFJ personnel"),
        "alliance.okinawa_share_of_land_area": F(1, "under", as_written="less than 1% of Japan's land area"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="approximately 4,000 Marines are to move from Okinawa to Guam"),
        "defense.traditional_limit_pct_gdp": F(1, "about", as_written="kept to roughly 1 percent of GDP"),
        "politics.ruling_coalition": F(["LDP", "Komeito"]),
        "politics.lower_house_coalition_share": F(65, "over", as_written="control more than 65% of the seats in the Lower House"),
        "politics.upper_house_coalition_share": F(57, "about", as_written="and about 57% of those in the Upper House", note="subject carried from the Lower House clause"),
        "politics.next_diet_election_due": F(2021, note="Lower House election due by October 2021"),
        "politics.lower_house_election_due": D("2021-10", as_written="Suga must call a Lower House election within about a year, by October 2021"),
        "trade.overall_partner_rank": F(4, period="2019", as_written="In 2019, Japan was the fourth-largest U.S. trading partner overall"),
        "trade.export_partner_rank": F(4, period="2019"),
        "trade.import_partner_rank": F(4, period="2019", as_written="the fourth-largest supplier of U.S. imports"),
        "trade.us_exports_to_japan": F(125600000000, period="2019", note="goods and services"),
        "trade.us_imports_from_japan": F(178200000000, period="2019", as_written="and imported $178.2 billion"),
        "trade.fdi_source_rank": F(1, as_written="It is also the top source of foreign direct investment (FDI)", note="subject in the previous sentence"),
        "trade.treasury_holder_rank": F(1, as_written="hold more U.S. Treasury securities than investors from any other country"),
        "economy.gdp_growth": GDP(y2019=0.3),
        "economy.supplementary_budget": F(296000000000, "about", period="2020-06", as_written="in June, ¥31.9 trillion (roughly $296 billion)"),
        "economy.emissions_cut_target": F(26, by="2030", baseline="2013"),
    },
    "elections": {
        "lower_house_2021": E("Lower House", "2021-10", "upcoming", note="must be called by October 2021; an earlier vote is expected"),
        "ldp_president_2020": E("LDP president", "2020-09-14", "held", result="Suga won with the backing of most party factions"),
        "upper_house_2022": E("Upper House", "2022", "upcoming", note="'The Upper House does not face voters again until 2022'"),
    },
    "events": {},
    "notes": "Traps: 'succeeding Abe Shinzo, who stepped down' (former prime minister); 'nearly eight years in office'; 'having overtaken China in 2019'; 'expires in March 2021' (expiry, not the agreement date); 'President Trump sought as much as $8 billion annually' (a reported demand, not the payment); 'former National Security Advisor John Bolton'; 'in June 2020 Tokyo canceled ... Aegis Ashore'; 'Governor Denny Tamaki'; 'the 2030s'; 'the Liberal Democratic Party (LDP) presidential election on September 14' (listed as held ldp_president_2020; not the day Suga became prime minister); 'his approval ratings, above 60% in early polls' (not a seat share); 'The Upper House does not face voters again until 2022' (listed as upper_house_2022; later than the Lower House deadline, so not the next Diet election); 'fell at an annualized rate of 28.1% in the second quarter of 2020' (quarterly, not yearly growth); '¥25.7 trillion (about $240 billion) in April' (earlier supplementary budget); '¥31.9 trillion' (yen beside dollars); 'postponed to July 2021'; 'took effect on January 1, 2020' (USJTA: not an IF10199 catalogue fact); 'about $7 billion of U.S. agricultural exports'; in the HTML the Okinawa section sits in a sidebar box",
}
