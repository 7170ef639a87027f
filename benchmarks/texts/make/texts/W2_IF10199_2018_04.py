from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "W2-IF10199-2018-04", "tune3", "IF10199", 19
LAYOUTS = ["html", "interleaved"]
PDF_OPTS = ["quotes", "nbsp"]
SIDEBAR = "Okinawa Base Politics"

MD = """
U.S.-Japan Relations

Updated April 24, 2018

## Overview

President Donald Trump hosted Prime Minister Shinzo Abe at his Mar-a-Lago estate in Florida on April 17-18, 2018, their second summit there. The two leaders discussed North Korea ahead of Trump's planned meeting with Kim Jong-un and agreed to begin talks on "free, fair and reciprocal" trade, to be led by U.S. Trade Representative Robert Lighthizer and Economic Revitalization Minister Motegi Toshimitsu. Abe, who had built a close rapport with Trump, sought assurances that the issue of Japanese citizens abducted by North Korea would be raised with Pyongyang.

The alliance, formalized in 1951, remains the foundation of the U.S. presence in East Asia. The roughly 54,000 American service members in Japan include the only forward-deployed U.S. aircraft carrier group. Under a five-year Special Measures Agreement concluded in December 2015, Japan contributes almost $1.7 billion annually toward the cost of hosting them. As a candidate, Trump had suggested that Japan should pay the full cost of the U.S. presence.

## Japan's Defense Policy

Defense spending has for decades been kept to roughly 1% of GDP. The FY2018 budget of ¥5.19 trillion, passed in March, marks the sixth straight annual increase. An LDP panel has urged the government to consider NATO's 2% benchmark in the defense guidelines due at year's end; the government has not adopted any such target. Japan plans to buy two Aegis Ashore missile defense batteries and is acquiring F-35A fighters.

## Okinawa Base Politics

Okinawa makes up less than one percent of Japan's land mass, but some 70 percent of the facilities set aside for the exclusive use of U.S. forces are located there, as are a majority of U.S. Forces Japan personnel. The long-planned transfer of about 4,000 Marines to Guam is expected to begin in the first half of the 2020s. In the February 2018 mayoral race in Nago, the city that includes the Henoko site, an LDP-backed candidate unseated the incumbent opponent of the new runway. The prefecture's governor faces reelection in late 2018.

## Domestic Politics

The ruling bloc, Abe's Liberal Democratic Party (LDP) and its junior partner Komeito, won 313 of the 465 seats in the October 22, 2017, snap election for the House of Representatives, roughly 67%. In the upper chamber, the House of Councillors, the two parties hold just above 60 percent of the seats. The next nationwide vote is the regular House of Councillors election in the summer of 2019; the lower chamber's members serve until October 2021 unless it is dissolved sooner.

Abe's standing has been dented by revelations that the Finance Ministry altered documents concerning a discounted land sale to a school operator with ties to his wife. Cabinet approval has sunk to around 30% in some polls, and Abe's bid for a third three-year term as LDP president, in the party vote scheduled for September 2018, is less certain than it seemed in January.

## Trade and Economic Issues

By total trade in 2017, Japan stood behind only China, Canada, and Mexico. It bought $114.6 billion of U.S. goods and services that year, making it the fourth-biggest export market for the United States, while U.S. imports from Japan reached $171.5 billion, a figure surpassed by just three other suppliers. Japan was excluded from the list of countries temporarily exempted from the 25% steel and 10% aluminum tariffs imposed on March 23 under Section 232 of the Trade Expansion Act of 1962; Commerce Department officials have mentioned autos as a possible subject of a future Section 232 inquiry.

Japan is also a major investor. Only British firms hold a larger stock of direct investment in the United States. Japanese investors own about $1.06 trillion in U.S. Treasuries, the second-biggest foreign stake after China's.

After Trump withdrew the United States from TPP, Japan led the remaining 11 members in concluding the Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP), signed in Santiago, Chile, on March 8, 2018.

Japan's real GDP growth reached 1.7% in 2017, an improvement on 2016's 1.0%, and the economy has now expanded for eight consecutive quarters, the longest run since the 1980s; fourth-quarter growth was an annualized 1.6%. A FY2017 supplementary budget of ¥2.7 trillion (about $25 billion) was enacted on February 1, 2018. Under the Paris Agreement, Japan aims to reduce its greenhouse gas emissions by 26% from FY2013 levels by FY2030.

**Emma Chanlett-Avery**, Coordinator, Specialist in Asian Affairs

**Mark E. Manyin**, Specialist in Asian Affairs

**Brock R. Williams**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Abe", "Shinzo", "Prime Minister Shinzo Abe"),
        "leaders.us_president": P("Trump", "Donald", "President Donald Trump"),
        "alliance.treaty_ally_since": F(1951, as_written="The alliance, formalized in 1951"),
        "alliance.us_troops_in_japan": F(54000, "about", as_written="The roughly 54,000 American service members in Japan"),
        "alliance.host_nation_support_per_year": F(1700000000, "nearly", per="year", as_written="Japan contributes almost $1.7 billion annually"),
        "alliance.host_nation_support_agreement": D("2015-12", as_written="Under a five-year Special Measures Agreement concluded in December 2015"),
        "alliance.okinawa_share_of_usfj_facilities": F(70, "about", as_written="some 70 percent of the facilities set aside for the exclusive use of U.S. forces are located there", note="exclusive-use basis; HTML sidebar"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="as are a majority of U.S. Forces Japan personnel", note="HTML sidebar"),
        "alliance.okinawa_share_of_land_area": F(1, "under", as_written="Okinawa makes up less than one percent of Japan's land mass", note="HTML sidebar"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="The long-planned transfer of about 4,000 Marines to Guam", note="HTML sidebar"),
        "defense.traditional_limit_pct_gdp": F(1, "about", as_written="Defense spending has for decades been kept to roughly 1% of GDP"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="Abe's Liberal Democratic Party (LDP) and its junior partner Komeito"),
        "politics.lower_house_coalition_share": F(67, "about", as_written="won 313 of the 465 seats ... roughly 67%"),
        "politics.upper_house_coalition_share": F(60, "over", as_written="the two parties hold just above 60 percent of the seats"),
        "politics.next_diet_election_due": F(2019, as_written="The next nationwide vote is the regular House of Councillors election in the summer of 2019"),
        "politics.lower_house_election_due": D("2021-10", as_written="the lower chamber's members serve until October 2021 unless it is dissolved sooner"),
        "trade.overall_partner_rank": F(4, period="2017", as_written="By total trade in 2017, Japan stood behind only China, Canada, and Mexico"),
        "trade.export_partner_rank": F(4, period="2017", as_written="making it the fourth-biggest export market for the United States"),
        "trade.us_exports_to_japan": F(114600000000, period="2017", as_written="It bought $114.6 billion of U.S. goods and services that year"),
        "trade.import_partner_rank": F(4, period="2017", as_written="U.S. imports from Japan reached $171.5 billion, a figure surpassed by just three other suppliers"),
        "trade.us_imports_from_japan": F(171500000000, period="2017", as_written="U.S. imports from Japan reached $171.5 billion"),
        "trade.fdi_source_rank": F(2, as_written="Only British firms hold a larger stock of direct investment in the United States"),
        "trade.treasury_holder_rank": F(2, as_written="the second-biggest foreign stake after China's"),
        "economy.gdp_growth": GDP(y2017=1.7, y2016=1.0),
        "economy.supplementary_budget": F(25000000000, "about", period="2018-02", as_written="A FY2017 supplementary budget of ¥2.7 trillion (about $25 billion) was enacted on February 1, 2018"),
        "economy.emissions_cut_target": F(26, by="2030", baseline="2013", as_written="reduce its greenhouse gas emissions by 26% from FY2013 levels by FY2030"),
    },
    "elections": {
        "lower_house_2017": E("Lower House", "2017-10-22", "held", result="coalition 313 of 465 seats, roughly 67%"),
        "upper_house_2019": E("Upper House", "2019", "upcoming", note="'the regular House of Councillors election in the summer of 2019' (year precision)"),
        "okinawa_governor_2018": E("Okinawa governor", "2018", "upcoming", note="'The prefecture's governor faces reelection in late 2018' (year precision)"),
        "ldp_president_2018": E("LDP president", "2018-09", "upcoming", note="'the party vote scheduled for September 2018'"),
    },
    "notes": "Traps: 'on April 17-18, 2018, their second summit there' and 'agreed to begin talks on \"free, fair and reciprocal\" trade' (not an IF10199-tracked event; no slug); 'Trump's planned meeting with Kim Jong-un'; 'Trump had suggested that Japan should pay the full cost'; 'The FY2018 budget of ¥5.19 trillion', 'the sixth straight annual increase'; 'An LDP panel has urged the government to consider NATO's 2% benchmark' (not adopted: no spending goal stated); 'two Aegis Ashore missile defense batteries'; 'the first half of the 2020s' (timing only); 'the February 2018 mayoral race in Nago' (a local race, no body of the convention) and 'The prefecture's governor faces reelection in late 2018' (listed as okinawa_governor_2018; not a Diet election); 'the summer of 2019' Upper House election (next_diet_election_due 2019, and upper_house_2019 at year precision); 'Cabinet approval has sunk to around 30%'; 'a third three-year term as LDP president, in the party vote scheduled for September 2018' (the 2018 LDP vote, listed as ldp_president_2018; not a Diet election); 'the 25% steel and 10% aluminum tariffs imposed on March 23 under Section 232' (product tariffs, not a tariff on most imports) and 'autos as a possible subject of a future Section 232 inquiry'; 'Japanese investors own about $1.06 trillion'; 'the remaining 11 members', 'signed ... on March 8, 2018' (CPTPP); 'eight consecutive quarters' and 'fourth-quarter growth was an annualized 1.6%' (a quarter, not a year); sidebar 'Okinawa Base Politics' (html aside; in the interleaved text an ordinary section); PDF curly quotes and NBSP (interleaved only)",
}
