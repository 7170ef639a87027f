from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "W3-IF10199-2021-03", "tune3", "IF10199", 22
LAYOUTS = ["md", "html"]
SIDEBAR = "Okinawa and Realignment"

MD = """
U.S.-Japan Relations

Updated March 23, 2021

## Overview

Treaty allies for seven decades (since 1951), the United States and Japan have moved quickly to signal continuity under new leadership in both capitals. Prime Minister Suga Yoshihide took office in September 2020, after former Prime Minister Abe Shinzo stepped down for health reasons; President Joe Biden was inaugurated on January 20, 2021. Secretary of State Antony Blinken and Secretary of Defense Lloyd Austin chose Tokyo for their first overseas trip, meeting their Japanese counterparts in a "2+2" session on March 16. Suga is slated to be the first foreign leader to visit the Biden White House, in April.

On March 12, the leaders of the Quadrilateral Security Dialogue (the Quad: Australia, India, Japan, and the United States) met for the first time, in a virtual summit hosted by Biden. The four agreed to expand production of COVID-19 vaccines for the Indo-Pacific and to set up working groups on climate and critical technologies.

## The Alliance

Roughly 55,000 U.S. troops are stationed in Japan. In February 2021, the two governments agreed to extend the existing cost-sharing arrangement by one year, through March 2022, rather than negotiate a full multiyear replacement during the presidential transition. Japan will pay ¥201.7 billion, about $1.9 billion, in FY2021 under the extension. The Trump Administration had reportedly pressed Tokyo to quadruple its contribution.

Japan's defense budget for FY2021 is a record ¥5.34 trillion, the ninth increase in a row. Even so, Japan has spent about 1% of GDP on defense for decades, a level that has functioned as an informal cap. Suga has not proposed changing it. Concern about China has sharpened since a Chinese law took effect in February authorizing its coast guard to use weapons against foreign vessels in waters Beijing claims, including around the Senkaku Islands.

## Okinawa and Realignment

Okinawa hosts close to a quarter of all U.S. military facilities in Japan and over half of U.S. military personnel there, although it accounts for less than 1% of the nation's land. Landfill work for the Futenma replacement facility at Henoko continues, slowed by the discovery of soft seabed that will require extensive reinforcement. The relocation of roughly 4,000 Marines from Okinawa to Guam is scheduled to begin in the mid-2020s.

## Japanese Politics

Suga's Liberal Democratic Party (LDP) governs in coalition with Komeito. The two parties, which won the October 2017 general election, hold about 67% of the seats in the House of Representatives and 141 of the 245 seats in the House of Councillors, or some 58%. Suga must call a lower house election by October 2021, when the members' four-year terms expire, and his term as LDP president, inherited from Abe, ends the month before. The next regular upper house election is due in the summer of 2022. Cabinet approval, above 60% when Suga took office, has fallen below 40% in several polls, amid criticism of his government's handling of the pandemic. The Tokyo Olympics, postponed from 2020, are scheduled to open on July 23, without foreign spectators.

## Economic and Trade Ties

The pandemic reduced bilateral trade sharply in 2020. U.S. exports of goods and services to Japan fell to $104.3 billion, from $118.2 billion in 2019, and imports from Japan fell to $150.6 billion. Japan nonetheless held fourth place among U.S. trading partners. In the ranking of U.S. export markets it also placed fourth, and it was the fourth-largest supplier of U.S. imports. The two limited trade agreements negotiated by the Trump and Abe Administrations took effect on January 1, 2020.

Japan was the top source of foreign direct investment in the United States in 2019, with a position of $644.7 billion. Its $1.26 trillion in U.S. Treasury securities is the largest holding of any foreign country, ahead of China's $1.06 trillion.

Japan's real GDP shrank 4.8% in 2020, its first annual contraction since 2009, after growing 0.3% in 2019. The October-December quarter brought a rebound, at an annualized 12.7%, but a second state of emergency in January is expected to weigh on first-quarter output. To fund a ¥73.6 trillion stimulus package announced in December, the Diet enacted a third supplementary budget for FY2020 in January, of ¥19.2 trillion (some $184 billion). In November 2020, Japan signed the Regional Comprehensive Economic Partnership with China, South Korea, and 12 other countries.

Suga has committed Japan to carbon neutrality by 2050. Japan's current target, submitted under the Paris Agreement, is a 26% cut in greenhouse gas emissions from 2013 levels by 2030; the government is expected to raise it before the November climate conference in Glasgow.

**Emma Chanlett-Avery**, Coordinator, Specialist in Asian Affairs

**Mark E. Manyin**, Specialist in Asian Affairs

**Brock R. Williams**, Specialist in International Trade and Finance

**Cathleen D. Cimino-Isaacs**, Analyst in International Trade and Finance

**Caitlin Campbell**, Analyst in Asian Affairs
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Suga", "Yoshihide", "Prime Minister Suga Yoshihide"),
        "leaders.us_president": P("Biden", "Joe", "President Joe Biden"),
        "alliance.treaty_ally_since": F(1951, as_written="Treaty allies for seven decades (since 1951)"),
        "alliance.us_troops_in_japan": F(55000, "about", as_written="Roughly 55,000 U.S. troops are stationed in Japan"),
        "alliance.host_nation_support_per_year": F(1900000000, "about", per="year", as_written="Japan will pay ¥201.7 billion, about $1.9 billion, in FY2021 under the extension"),
        "alliance.host_nation_support_agreement": D("2021-02", as_written="In February 2021, the two governments agreed to extend the existing cost-sharing arrangement by one year, through March 2022"),
        "alliance.okinawa_share_of_usfj_facilities": F(25, "nearly", as_written="Okinawa hosts close to a quarter of all U.S. military facilities in Japan", note="HTML sidebar"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="over half of U.S. military personnel there", note="HTML sidebar"),
        "alliance.okinawa_share_of_land_area": F(1, "under", as_written="it accounts for less than 1% of the nation's land", note="HTML sidebar"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="The relocation of roughly 4,000 Marines from Okinawa to Guam", note="HTML sidebar"),
        "defense.traditional_limit_pct_gdp": F(1, "about", as_written="Japan has spent about 1% of GDP on defense for decades, a level that has functioned as an informal cap"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="Suga's Liberal Democratic Party (LDP) governs in coalition with Komeito"),
        "politics.lower_house_coalition_share": F(67, "about", as_written="hold about 67% of the seats in the House of Representatives"),
        "politics.upper_house_coalition_share": F(58, "about", as_written="141 of the 245 seats in the House of Councillors, or some 58%"),
        "politics.next_diet_election_due": F(2021, as_written="Suga must call a lower house election by October 2021"),
        "politics.lower_house_election_due": D("2021-10", as_written="Suga must call a lower house election by October 2021, when the members' four-year terms expire"),
        "trade.overall_partner_rank": F(4, period="2020", as_written="Japan nonetheless held fourth place among U.S. trading partners"),
        "trade.export_partner_rank": F(4, period="2020", as_written="In the ranking of U.S. export markets it also placed fourth"),
        "trade.us_exports_to_japan": F(104300000000, period="2020", as_written="U.S. exports of goods and services to Japan fell to $104.3 billion, from $118.2 billion in 2019"),
        "trade.import_partner_rank": F(4, period="2020", as_written="it was the fourth-largest supplier of U.S. imports"),
        "trade.us_imports_from_japan": F(150600000000, period="2020", as_written="imports from Japan fell to $150.6 billion"),
        "trade.fdi_source_rank": F(1, period="2019", as_written="Japan was the top source of foreign direct investment in the United States in 2019"),
        "trade.treasury_holder_rank": F(1, as_written="Its $1.26 trillion in U.S. Treasury securities is the largest holding of any foreign country, ahead of China's $1.06 trillion"),
        "economy.gdp_growth": GDP(y2020=-4.8, y2019=0.3),
        "economy.supplementary_budget": F(184000000000, "about", period="2021-01", as_written="the Diet enacted a third supplementary budget for FY2020 in January, of ¥19.2 trillion (some $184 billion)"),
        "economy.emissions_cut_target": F(26, by="2030", baseline="2013", as_written="Japan's current target ... is a 26% cut in greenhouse gas emissions from 2013 levels by 2030"),
        "diplomacy.quad_leader_meetings": F(1, as_written="On March 12, the leaders of the Quadrilateral Security Dialogue ... met for the first time"),
    },
    "elections": {
        "lower_house_2017": E("Lower House", "2017-10", "held", result="coalition holds about 67%"),
        "lower_house_2021": E("Lower House", "2021-10", "upcoming", note="must be called by October 2021"),
        "upper_house_2022": E("Upper House", "2022", "upcoming", note="'The next regular upper house election is due in the summer of 2022' (year precision)"),
    },
    "notes": "Traps: 'took office in September 2020' and 'former Prime Minister Abe Shinzo stepped down' (former PM; no LDP vote is stated); 'inaugurated on January 20, 2021'; 'a \"2+2\" session on March 16'; 'Suga is slated to be the first foreign leader to visit the Biden White House, in April' (planned); 'The Trump Administration had reportedly pressed Tokyo to quadruple its contribution'; 'through March 2022' (end of the extension, not its date); 'a record ¥5.34 trillion, the ninth increase in a row'; 'a Chinese law took effect in February'; 'ends the month before' (the LDP presidency's September 2021: a term end alone, not an election, as extract-dev's D1; nor the next Diet election); 'The next regular upper house election is due in the summer of 2022' (later than the Lower House deadline, so not the next Diet election; listed as upper_house_2022); 'Cabinet approval, above 60% ... has fallen below 40%'; 'scheduled to open on July 23' (Olympics); 'from $118.2 billion in 2019' (past exports); 'took effect on January 1, 2020' (trade agreements, IF11120 facts); 'with a position of $644.7 billion'; 'ahead of China's $1.06 trillion'; 'its first annual contraction since 2009'; 'at an annualized 12.7%' (a quarter, not a year); 'a ¥73.6 trillion stimulus package'; 'with China, South Korea, and 12 other countries' (RCEP, not IPEF); 'carbon neutrality by 2050' and 'expected to raise it before the November climate conference' (planned); sidebar 'Okinawa and Realignment' (html aside)",
}
