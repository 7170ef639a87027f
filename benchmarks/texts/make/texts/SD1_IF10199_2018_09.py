from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "SD1-IF10199-2018-09", "fresh39", "IF10199", 41
LAYOUTS = ["html", "interleaved"]
PDF_OPTS = ["quotes", "nbsp", "hyph"]
SIDEBAR = "The Okinawa Question"
CHART = {"unit": "¥ trillions", "ymax": 6, "ticks": [0, 1, 2, 3, 4, 5, 6],
         "series": ["Defense budget (initial)"],
         "bars": {"FY2015": (4.98,), "FY2016": (5.05,), "FY2017": (5.13,), "FY2018": (5.19,), "FY2019": (5.30,)}}

MD = """
U.S.-Japan Relations

Updated September 14, 2018

## Overview

Japan is regarded by most U.S. officials as Washington's most important ally in East Asia. Under Prime Minister Shinzo Abe (who in April 2015 became the first Japanese head of government invited to speak to a joint meeting of Congress), security ties have been tightened and the two governments have coordinated closely on North Korea. Abe has also worked hard to build a personal rapport with President Donald J. Trump, with whom he has met or spoken by telephone more than 30 times.

Trade is where the relationship has been strained. Japanese steel and aluminum have been charged U.S. tariffs of 25% and 10%, respectively, since March (imposed under Section 232 of the Trade Expansion Act of 1962, with no exemption granted to Japan), and a Commerce Department investigation that could lead to duties of as much as 25% on imported cars and auto parts is still open. New bilateral talks on trade were launched in August; the two leaders are to meet in New York later this month, during the U.N. General Assembly.

Two votes are expected to shape the autumn in Tokyo. On September 20, LDP lawmakers and rank-and-file members are to choose the party's president; Abe, seeking a third consecutive three-year term, is favored over his lone rival, former Defense Minister Shigeru Ishiba. Ten days after that, Okinawa's voters will elect a new governor (see text box).

## Abe's Political Standing

Abe, first elected prime minister in 2006 (he resigned a year later), returned to office in December 2012. His ruling coalition, made up of the Liberal Democratic Party (LDP) and the smaller Komeito, was returned to power in the snap election of October 22, 2017, winning 313 of the Lower House's 465 seats (more than two-thirds). In the House of Councillors, its share is about 62%; with several small like-minded parties included, the two-thirds threshold (needed to send a constitutional amendment to a referendum) can also be met there. Abe has said he wants Article 9 amended to mention the Self-Defense Forces, and a draft is being prepared by the LDP.

Scandals over land sales and the approval of a veterinary school pulled the cabinet's approval ratings below 30% in some polls this spring; they have since recovered to about 40%. No Lower House election is required until October 2021 (unless the chamber is dissolved earlier). The next national contest is therefore the House of Councillors election planned for July 2019, when half of that chamber's seats are to be filled.

## The Security Alliance

The alliance was formed in 1952 (the security treaty was revised in 1960), and Japan is obliged under it to provide bases for U.S. forces. About 54,000 U.S. military personnel are stationed there, along with the Navy's only forward-deployed aircraft carrier. The cost is shared: roughly $2 billion a year is paid by the Japanese government toward the upkeep of U.S. forces (so-called host-nation support). That payment is set by a Special Measures Agreement (SMA), the current one agreed in December 2015 (and signed the following month); it runs until March 2021, and negotiations on a successor are expected to be opened in 2019. President Trump has said publicly that allies should be paying more.

Defense spending has been raised six years in a row. The FY2018 budget is ¥5.19 trillion (about $47 billion), and the Defense Ministry has asked for ¥5.30 trillion in FY2019 (Figure 1), in part for two planned Aegis Ashore missile-defense sites. Outlays have been held for decades to around 1% of GDP, an informal ceiling first set by the cabinet in 1976. (An LDP panel recommended in May that NATO's 2% guideline be considered as a reference; the government has not adopted any such target.)

**Figure 1. Japan's Defense Budget, FY2015-FY2019**

Source: Japan Ministry of Defense. Initial budgets; FY2019 as requested in August 2018.

## The Okinawa Question

Okinawa (under 1% of Japan's land area) is host to about 25% of all facilities used by U.S. forces in Japan and to over half of the U.S. military personnel in the country. Under a 2012 bilateral plan, about 9,000 of the roughly 19,000 Marines on the island are to be moved off it. Some 4,000 of those are to be relocated to Guam (the rest to Hawaii and elsewhere), but the transfer is not expected to begin until the mid-2020s.

The planned replacement for Marine Corps Air Station Futenma, a new runway at Henoko, has been opposed by successive governors. Governor Takeshi Onaga, who fought the project in court, died on August 8; on August 31 the reclamation permit was revoked by the prefectural government, halting landfill work scheduled for this month. The September 30 gubernatorial election is seen as a referendum on the base: Denny Tamaki, backed by Onaga's allies, opposes it, while Atsushi Sakima, a former mayor of Ginowan, is supported by the LDP and Komeito.

## Trade and Investment

In 2017, Japan was the fourth-largest trading partner of the United States overall. It was also ranked fourth as a market for U.S. goods (after Canada, Mexico, and China) and fourth as a source of imports (after China, Mexico, and Canada). U.S. goods exports to Japan were valued at $67.6 billion, while $136.5 billion of goods were imported from Japan, leaving a deficit ($68.9 billion) that is cited often by the President. Exports in the first half of 2018 were running about 9% above the 2017 pace.

Japan is the second-largest source of foreign direct investment (FDI) in the United States (only the United Kingdom's stock is larger), and it is also the second-largest foreign holder of U.S. Treasury securities: about $1.03 trillion in June 2018, compared with China's $1.18 trillion.

The new "free, fair, and reciprocal" (FFR) talks were opened on August 9-10 by U.S. Trade Representative Robert Lighthizer and Japan's economic revitalization minister, Toshimitsu Motegi. The Administration is pressing for a bilateral free trade agreement; Tokyo would prefer that the United States rejoin the Trans-Pacific Partnership (TPP), from which it withdrew in January 2017. The remaining 11 signatories concluded a revised pact (the CPTPP) in March 2018, and it was ratified by Japan in July. A Japan-EU agreement was signed the same month.

## Japan's Economy

Real GDP rose 1.7% in 2017, after 1.0% growth in 2016. A run of eight straight quarters of expansion was broken in January-March 2018 (an annualized contraction of 0.9%), but growth resumed in April-June (3.0% annualized). The Bank of Japan's 2% inflation target remains out of reach, and its monetary easing is being continued. A supplementary budget of ¥2.7 trillion (about $25 billion) was enacted in February for FY2017; another is expected this fall, to pay for recovery from July's floods in western Japan and the September 6 earthquake in Hokkaido. The consumption tax is scheduled to rise from 8% to 10% in October 2019. Under the Paris Agreement, Japan has pledged a 26% cut in greenhouse gas emissions by FY2030 (measured against FY2013).

## Regional Relations

Ties with China have thawed: Abe is expected to make his first official visit to Beijing in October, the 40th anniversary of the two countries' peace treaty. Relations with South Korean President Moon Jae-in are cordial but strained by history; a 2015 agreement on "comfort women" has been questioned by Seoul. After the June 12 summit between President Trump and Kim Jong-un, Tokyo has pressed for a resolution of the 17 officially recognized abduction cases. Officials of the "Quad" (Australia, India, Japan, and the United States) have met twice, at the working level, since consultations were revived in November 2017.

**Emma Chanlett-Avery**, Coordinator, Specialist in Asian Affairs

**Mark E. Manyin**, Specialist in Asian Affairs

**Brock R. Williams**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Abe", "Shinzo", "Prime Minister Shinzo Abe", note="given name first"),
        "leaders.us_president": P("Trump", "Donald", "President Donald J. Trump"),
        "alliance.treaty_ally_since": F(1952, as_written="The alliance was formed in 1952 (the security treaty was revised in 1960)", note="as the record's 2018-2019 versions ('alliance formed in 1952'); 1960 a trap"),
        "alliance.us_troops_in_japan": F(54000, "about", as_written="About 54,000 U.S. military personnel are stationed there", note="'there' = Japan"),
        "alliance.host_nation_support_per_year": F(2000000000, "about", per="year", as_written="roughly $2 billion a year is paid by the Japanese government toward the upkeep of U.S. forces (so-called host-nation support)"),
        "alliance.host_nation_support_agreement": D("2015-12", as_written="a Special Measures Agreement (SMA), the current one agreed in December 2015 (and signed the following month)", note="dated by the agreement; the January 2016 signing, the March 2021 expiry and the 2019 talks are traps"),
        "alliance.okinawa_share_of_usfj_facilities": F(25, "about", as_written="is host to about 25% of all facilities used by U.S. forces in Japan", note="sidebar"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="and to over half of the U.S. military personnel in the country", note="sidebar"),
        "alliance.okinawa_share_of_land_area": F(1, "under", as_written="Okinawa (under 1% of Japan's land area)", note="sidebar"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="Some 4,000 of those are to be relocated to Guam", note="sidebar; 'those' = the 9,000 leaving Okinawa (a trap), of the roughly 19,000 there (a trap)"),
        "defense.traditional_limit_pct_gdp": F(1, "about", as_written="Outlays have been held for decades to around 1% of GDP, an informal ceiling"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="His ruling coalition, made up of the Liberal Democratic Party (LDP) and the smaller Komeito"),
        "politics.lower_house_coalition_share": F(67, "over", as_written="winning 313 of the Lower House's 465 seats (more than two-thirds)", note="fraction rule: two-thirds = 67; 313/465 not itself taken as the share"),
        "politics.upper_house_coalition_share": F(62, "about", as_written="In the House of Councillors, its share is about 62%", note="'its' = the coalition; the two-thirds threshold with allied parties is a trap"),
        "politics.next_diet_election_due": F(2019, as_written="The next national contest is therefore the House of Councillors election planned for July 2019"),
        "politics.lower_house_election_due": D("2021-10", as_written="No Lower House election is required until October 2021 (unless the chamber is dissolved earlier)", note="37 months from the cover: no lower_house_2021 election entry"),
        "trade.overall_partner_rank": F(4, period="2017", as_written="In 2017, Japan was the fourth-largest trading partner of the United States overall"),
        "trade.export_partner_rank": F(4, period="2017", as_written="It was also ranked fourth as a market for U.S. goods (after Canada, Mexico, and China)", note="subject and year carried"),
        "trade.import_partner_rank": F(4, period="2017", as_written="and fourth as a source of imports (after China, Mexico, and Canada)"),
        "trade.us_exports_to_japan": F(67600000000, period="2017", as_written="U.S. goods exports to Japan were valued at $67.6 billion", note="goods only; year carried from the rank sentence"),
        "trade.us_imports_from_japan": F(136500000000, period="2017", as_written="while $136.5 billion of goods were imported from Japan", note="passive; goods only"),
        "trade.fdi_source_rank": F(2, as_written="Japan is the second-largest source of foreign direct investment (FDI) in the United States (only the United Kingdom's stock is larger)"),
        "trade.treasury_holder_rank": F(2, period="2018-06", as_written="it is also the second-largest foreign holder of U.S. Treasury securities: about $1.03 trillion in June 2018, compared with China's $1.18 trillion"),
        "economy.gdp_growth": GDP(y2017=1.7, y2016=1.0),
        "economy.supplementary_budget": F(25000000000, "about", period="2018-02", as_written="A supplementary budget of ¥2.7 trillion (about $25 billion) was enacted in February for FY2017", note="the dollar figure; month with the year from the cover; the one expected this fall is planned (a trap)"),
        "economy.emissions_cut_target": F(26, by="FY2030", baseline="FY2013", as_written="Japan has pledged a 26% cut in greenhouse gas emissions by FY2030 (measured against FY2013)"),
    },
    "elections": {
        "lower_house_2017": E("Lower House", "2017-10-22", "held", result="LDP-Komeito coalition 313 of 465 seats, more than two-thirds"),
        "ldp_president_2018": E("LDP president", "2018-09-20", "upcoming", note="Abe seeking a third term against Shigeru Ishiba; year from the cover"),
        "okinawa_governor_2018": E("Okinawa governor", "2018-09-30", "upcoming", note="Denny Tamaki (opposes Henoko) vs. Atsushi Sakima (LDP/Komeito-backed); after Governor Onaga's death"),
        "upper_house_2019": E("Upper House", "2019-07", "upcoming", note="half the chamber's seats"),
    },
    "events": {
        "abe_address_to_congress": EV("Abe addresses a joint meeting of Congress, the first Japanese head of government to do so", "2015-04", "held"),
    },
    "notes": "Traps: 'more than 30 times' (meetings and calls); 'tariffs of 25% and 10%, respectively, since March' and 'Section 232 of the Trade Expansion Act of 1962' (product tariffs and a law's year, no tariff on most imports); 'duties of as much as 25% on imported cars and auto parts is still open' (a possible tariff, not imposed); 'New bilateral talks on trade were launched in August' (not a tracked event); 'to meet in New York later this month' (planned summit); 'seeking a third consecutive three-year term' and 'former Defense Minister Shigeru Ishiba' (rival, not PM); 'first elected prime minister in 2006 (he resigned a year later), returned to office in December 2012'; 'the two-thirds threshold (needed to send a constitutional amendment to a referendum) can also be met there' (with other parties; not the coalition's share); 'approval ratings below 30% in some polls this spring; they have since recovered to about 40%'; 'when half of that chamber's seats are to be filled'; 'the security treaty was revised in 1960'; 'the Navy's only forward-deployed aircraft carrier'; 'signed the following month', 'it runs until March 2021', 'negotiations on a successor are expected to be opened in 2019' (SMA dates other than its agreement); 'raised six years in a row'; 'The FY2018 budget is ¥5.19 trillion (about $47 billion)' and 'asked for ¥5.30 trillion in FY2019' (defense budgets, current and requested); 'two planned Aegis Ashore missile-defense sites'; 'first set by the cabinet in 1976'; 'NATO's 2% guideline be considered as a reference; the government has not adopted any such target' (no spending goal); Figure 1 (defense budget FY2015-FY2019, ¥ trillions, ticks 0-6, no value labels; html: inside the aside with the sidebar); sidebar 'The Okinawa Question' (html aside); 'about 9,000 of the roughly 19,000 Marines on the island are to be moved off it' (the total leaving and the current total, not Guam); 'not expected to begin until the mid-2020s'; 'Under a 2012 bilateral plan'; 'Governor Takeshi Onaga ... died on August 8' (former governor); 'on August 31 the reclamation permit was revoked'; 'a former mayor of Ginowan'; 'leaving a deficit ($68.9 billion)' (no IF10199 fact); 'Exports in the first half of 2018 were running about 9% above the 2017 pace' (partial year); 'about $1.03 trillion in June 2018, compared with China's $1.18 trillion' (holdings, China's larger); 'opened on August 9-10'; 'from which it withdrew in January 2017'; 'The remaining 11 signatories concluded a revised pact (the CPTPP) in March 2018' (not IPEF); 'A run of eight straight quarters', 'an annualized contraction of 0.9%' and '3.0% annualized' (quarters, not years); 'The Bank of Japan's 2% inflation target' (not a defense goal); 'another is expected this fall' (planned supplementary budget); 'rise from 8% to 10% in October 2019' (consumption tax, current and planned); 'his first official visit to Beijing in October, the 40th anniversary'; 'South Korean President Moon Jae-in' and 'Kim Jong-un' (other countries' leaders); 'a 2015 agreement on \"comfort women\"'; 'the June 12 summit'; 'the 17 officially recognized abduction cases'; 'Officials of the \"Quad\" ... have met twice, at the working level, since consultations were revived in November 2017' (officials' meetings, not leader-level: no quad_leader_meetings fact). Interleaved layout: the PDF's two columns alternate line by line; curly quotes, NBSP, hyphenated line ends.",
}
