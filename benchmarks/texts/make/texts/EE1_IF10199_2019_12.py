from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "EE1-IF10199-2019-12", "fresh9", "IF10199", 34
LAYOUTS = ["pdf", "interleaved"]
PDF_OPTS = ["hyph", "nbsp"]
CHART = {"unit": "percent", "ymax": 2.5, "ticks": [0, 0.5, 1, 1.5, 2, 2.5],
         "series": ["Real GDP growth"],
         "bars": {"2014": (0.4,), "2015": (1.2,), "2016": (0.6,), "2017": (1.9,), "2018": (0.8,)}}

MD = """
U.S.-Japan Relations

Updated December 10, 2019

## Overview

Japan has been a treaty ally of the United States since 1951, and the alliance is regarded in both capitals as the cornerstone of U.S. security strategy in East Asia. Under the mutual security treaty, the right to station forces on Japanese territory is granted to the United States in return for a U.S. pledge to defend Japan. The arrangement is shaped by shared concern over North Korea's missile programs and China's expanding military reach.

Ties between Prime Minister Abe Shinzo and President Donald J. Trump have been marked by unusually frequent contact. Trump was received in Tokyo in late May as the first foreign leader to call on Emperor Naruhito, who had ascended the throne on May 1; he was back in Japan a month later for the G-20 summit in Osaka. Abe, who in April 2015 became the first Japanese prime minister to address a joint meeting of Congress, passed a milestone of his own on November 20, when his cumulative tenure exceeded that of any predecessor since the post was created in 1885.

Trade friction, muted for much of Abe's time in office, was brought to the fore by the Administration's tariff actions. A limited trade deal was finalized by the two leaders on September 25 and signed on October 7. It was approved by the Diet on December 4 and is scheduled to take effect on January 1, 2020.

## Alliance Issues

U.S. forces in Japan number about fifty-four thousand, the largest U.S. military presence in any foreign country. They include the only forward-deployed U.S. aircraft carrier strike group and a Marine expeditionary force. Their costs are shared under a Special Measures Agreement (SMA), the current one having been signed in January 2016 and running through March 2021. Under it, about ¥189 billion a year is paid by Japan, or approximately $1.7 billion. Talks on a successor are to open in 2020; according to press accounts, a figure as high as $8 billion annually has been floated by Administration officials, more than four times what Tokyo now pays.

Japan's military spending has been kept at roughly 1% of GDP, a limit first set by cabinet decision in 1976 and observed in most years since. The FY2019 budget, a record ¥5.26 trillion, stays within it. NATO allies, by contrast, have been pressed by the President to reach 2% of their own economies, and no comparable target has been set for Japan.

## Okinawa

Roughly 25 percent of the facilities used by U.S. forces in Japan, and more than half of their personnel, are located on Okinawa, an island chain that makes up less than 1 percent of the nation's land. The burden has long been resented there. It was at the center of a 2012 revision of the realignment plan, under which about 9,000 Marines are to be moved off the island; approximately 4,000 of them are to be transferred to Guam, beginning in the mid-2020s.

Landfill work for the Futenma Replacement Facility at Henoko was begun in December 2018 over the prefecture's objections. The project is opposed by Governor Tamaki Denny, who was elected in September 2018 on a pledge to stop it. In a February 2019 referendum, it was rejected by about 72% of those voting, a result that is not binding on Tokyo.

## Japanese Politics

Abe's Liberal Democratic Party (LDP) governs in coalition with the Komeito. The partnership's hold on the House of Representatives dates from the October 2017 snap election, which left it with 313 of 465 seats. That bloc is equal to just over 67% of the lower chamber. In the House of Councillors, half of whose members were up for election on July 21, 2019, the coalition kept its majority. It emerged with 141 of the 245 seats, a share a shade under 58%, though the two-thirds needed to initiate a constitutional amendment together with sympathetic parties was lost.

A lower-house poll is not required until the chamber's four-year term runs out in October 2021. No nationwide ballot is mandated before then, and the upper house, one-half of which is renewed every three years, does not face voters again until the summer of 2022. Abe's third term as LDP president, which party rules make his last, ends in September 2021.

## Trade and Economic Ties

Japan's economy remains the world's third largest, after those of the United States and China. Measured by goods trade in 2018, Japan was the fourth-place U.S. partner. U.S. merchandise shipments to Japan were valued at $75.0 billion. As a destination, Japan was ranked fourth as well, behind Canada, Mexico, and China. Goods worth $142.6 billion were brought in from Japan, and as a supplier it occupied the same rung. The resulting $67.6 billion goods deficit was exceeded only by those with China, Mexico, and Germany.

Japanese direct investment in the United States, $484.4 billion at the end of 2018, is now larger than that of any other country, the United Kingdom having been displaced from the top spot. Tokyo's holdings of U.S. Treasury securities, about $1.17 trillion in September, were pushed back above China's in June; the first position among foreign holders, lost in 2017, has thus been regained.

Formal trade talks were opened in Washington in April 2019, seven months after Abe and Trump had agreed to negotiate. In May, imports of autos and parts were declared a threat to U.S. national security by presidential proclamation, and the Administration was directed to seek limits on them. Tariffs of up to 25%, recommended by the Commerce Department, were not imposed. Tariffs of 25% on steel and 10% on aluminum, applied since 2018, remain in force for Japanese producers. Under the September deal, Japan is to cut or eliminate tariffs on about $7.2 billion of U.S. farm goods, largely the access the Trans-Pacific Partnership (TPP) would have provided; U.S. tariffs on Japanese cars, 2.5%, are untouched. Japan is already a party to the 11-member successor of the TPP, in force since December 30, 2018, and to an economic partnership agreement with the European Union that took effect on February 1, 2019.

## Japan's Economy

Japan's real GDP grew 0.8% in 2018, following 1.9% in 2017 (Figure 1). Output in the July-September 2019 quarter was estimated to have risen at an annualized 1.8%. The consumption tax was raised on October 1 from 8% to 10%. On December 5, a ¥26 trillion stimulus package, including ¥13.2 trillion in fiscal measures, was adopted by the cabinet; a supplementary budget to fund part of it is to be submitted in January. The last such budget, for FY2018, was enacted in February 2019 at about ¥3 trillion (roughly $27 billion).

**Figure 1. Japan's Real GDP Growth, 2014-2018**

Source: Cabinet Office of Japan. Calendar years.

Under the Paris Agreement, a 26% cut in greenhouse gas emissions by 2030 from 2013 levels has been pledged by Japan. The United States formally notified the United Nations of its withdrawal from the agreement on November 4, 2019.

## Regional Relations

Relations with South Korea have been at their lowest point in decades. Export controls on materials for Korean chipmakers were tightened by Tokyo in July, and President Moon Jae-in's government, which had announced it would end a bilateral intelligence-sharing pact, reversed course on November 22. Chinese President Xi Jinping is expected to make a state visit to Japan in the spring of 2020. The foreign ministers of the Quad, the United States, Japan, Australia, and India, met in New York in September, the first time the grouping had convened at the ministerial level.

**Emma Chanlett-Avery**, Specialist in Asian Affairs

**Mark E. Manyin**, Specialist in Asian Affairs

**Brock R. Williams**, Specialist in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Abe", "Shinzo", "Prime Minister Abe Shinzo", note="family name first"),
        "leaders.us_president": P("Trump", "Donald", "President Donald J. Trump"),
        "alliance.treaty_ally_since": F(1951, as_written="Japan has been a treaty ally of the United States since 1951"),
        "alliance.us_troops_in_japan": F(54000, "about", as_written="U.S. forces in Japan number about fifty-four thousand"),
        "alliance.host_nation_support_per_year": F(1700000000, "about", per="year", as_written="about ¥189 billion a year is paid by Japan, or approximately $1.7 billion", note="dollar amount with its own hedge; subject 'it' (the SMA) carried from the previous sentence"),
        "alliance.host_nation_support_agreement": D("2016-01", as_written="the current one having been signed in January 2016 and running through March 2021"),
        "alliance.okinawa_share_of_usfj_facilities": F(25, "about", as_written="Roughly 25 percent of the facilities used by U.S. forces in Japan ... are located on Okinawa"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="and more than half of their personnel, are located on Okinawa"),
        "alliance.okinawa_share_of_land_area": F(1, "under", as_written="an island chain that makes up less than 1 percent of the nation's land"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="approximately 4,000 of them are to be transferred to Guam, beginning in the mid-2020s"),
        "defense.traditional_limit_pct_gdp": F(1, "about", as_written="Japan's military spending has been kept at roughly 1% of GDP, a limit first set by cabinet decision in 1976"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="Abe's Liberal Democratic Party (LDP) governs in coalition with the Komeito"),
        "politics.lower_house_coalition_share": F(67, "over", as_written="That bloc is equal to just over 67% of the lower chamber", note="subject carried from the previous sentence (313 of 465 seats)"),
        "politics.upper_house_coalition_share": F(58, "under", as_written="It emerged with 141 of the 245 seats, a share a shade under 58%", note="subject 'It' (the coalition) carried from the previous sentence"),
        "politics.next_diet_election_due": F(2021, as_written="A lower-house poll is not required until the chamber's four-year term runs out in October 2021. No nationwide ballot is mandated before then", note="Upper House not until 2022"),
        "politics.lower_house_election_due": D("2021-10", as_written="A lower-house poll is not required until the chamber's four-year term runs out in October 2021"),
        "trade.overall_partner_rank": F(4, period="2018", as_written="Measured by goods trade in 2018, Japan was the fourth-place U.S. partner"),
        "trade.export_partner_rank": F(4, period="2018", as_written="As a destination, Japan was ranked fourth as well, behind Canada, Mexico, and China"),
        "trade.us_exports_to_japan": F(75000000000, period="2018", as_written="U.S. merchandise shipments to Japan were valued at $75.0 billion", note="goods; year carried from the sentence before"),
        "trade.import_partner_rank": F(4, period="2018", as_written="and as a supplier it occupied the same rung", note="'the same rung' = fourth, carried from the export rank in the sentence before"),
        "trade.us_imports_from_japan": F(142600000000, period="2018", as_written="Goods worth $142.6 billion were brought in from Japan"),
        "trade.fdi_source_rank": F(1, as_written="Japanese direct investment in the United States, $484.4 billion at the end of 2018, is now larger than that of any other country, the United Kingdom having been displaced from the top spot"),
        "trade.treasury_holder_rank": F(1, as_written="Tokyo's holdings of U.S. Treasury securities ... were pushed back above China's in June; the first position among foreign holders, lost in 2017, has thus been regained"),
        "economy.gdp_growth": GDP(y2018=0.8, y2017=1.9),
        "economy.supplementary_budget": F(27000000000, "about", period="2019-02", as_written="The last such budget, for FY2018, was enacted in February 2019 at about ¥3 trillion (roughly $27 billion)"),
        "economy.emissions_cut_target": F(26, by="2030", baseline="2013", as_written="a 26% cut in greenhouse gas emissions by 2030 from 2013 levels has been pledged by Japan"),
    },
    "elections": {
        "okinawa_governor_2018": E("Okinawa governor", "2018-09", "held", result="Tamaki Denny elected on a pledge to stop the Henoko project"),
        "lower_house_2017": E("Lower House", "2017-10", "held", result="coalition 313 of 465 seats, just over 67%"),
        "upper_house_2019": E("Upper House", "2019-07-21", "held", result="coalition kept its majority, 141 of 245 seats (a shade under 58%); lost the two-thirds"),
        "upper_house_2022": E("Upper House", "2022", "upcoming", note="'does not face voters again until the summer of 2022' (season: year precision)"),
    },
    "events": {
        "abe_address_to_congress": EV("Abe addresses a joint meeting of Congress", "2015-04", "held"),
        "first_negotiating_round": EV("Formal U.S.-Japan trade talks opened in Washington", "2019-04", "held"),
        "section232_autos_proclamation": EV("Presidential proclamation declares auto and parts imports a national security threat; tariffs not imposed", "2019-05", "held"),
        "stage_one_deal_finalized": EV("Limited trade deal finalized by the two leaders", "2019-09-25", "held"),
    },
    "notes": "Traps: 'Trump was received in Tokyo in late May' and 'Emperor Naruhito, who had ascended the throne on May 1' and 'the G-20 summit in Osaka'; 'on November 20, when his cumulative tenure exceeded that of any predecessor since the post was created in 1885' (not an event slug); 'signed on October 7', 'approved by the Diet on December 4' and 'scheduled to take effect on January 1, 2020' (IF11120 agreement dates, not IF10199 facts); 'running through March 2021' (expiry, not the agreement date); 'about ¥189 billion a year' (yen; the dollar figure is the fact); 'a figure as high as $8 billion annually has been floated' and 'more than four times what Tokyo now pays' (a reported demand); 'Talks on a successor are to open in 2020'; 'first set by cabinet decision in 1976'; 'The FY2019 budget, a record ¥5.26 trillion'; 'NATO allies, by contrast, have been pressed by the President to reach 2%' and 'no comparable target has been set for Japan' (no defense spending goal for Japan); 'a 2012 revision of the realignment plan, under which about 9,000 Marines are to be moved off the island' (total leaving, not Guam); 'Landfill work ... was begun in December 2018'; 'rejected by about 72% of those voting' (referendum, not a seat share); 'which left it with 313 of 465 seats' and 'It emerged with 141 of the 245 seats' (seat counts); 'the two-thirds needed to initiate a constitutional amendment' (not a share held); 'half of whose members were up for election' and 'one-half of which is renewed every three years' (not shares); 'does not face voters again until the summer of 2022' (later than the next election due, 2021); 'Abe's third term as LDP president, which party rules make his last, ends in September 2021' (a term end, not an election); 'the world's third largest' (economy, not a trade rank); 'The resulting $67.6 billion goods deficit was exceeded only by those with China, Mexico, and Germany' (deficit rank, not a catalogue fact of IF10199); '$484.4 billion at the end of 2018' (FDI stock); 'about $1.17 trillion in September' and 'lost in 2017'; 'seven months after Abe and Trump had agreed to negotiate'; 'Tariffs of up to 25%, recommended by the Commerce Department, were not imposed' (no tariff on most imports); 'Tariffs of 25% on steel and 10% on aluminum' (sectoral); 'about $7.2 billion of U.S. farm goods' and 'U.S. tariffs on Japanese cars, 2.5%'; 'in force since December 30, 2018' (CPTPP) and 'took effect on February 1, 2019' (EU EPA); 'Output in the July-September 2019 quarter ... an annualized 1.8%' (a quarter); 'from 8% to 10%' (consumption tax); 'a ¥26 trillion stimulus package, including ¥13.2 trillion in fiscal measures' and 'a supplementary budget to fund part of it is to be submitted in January' (planned, no amount: the latest enacted one is the fact); 'notified the United Nations of its withdrawal ... on November 4, 2019'; 'reversed course on November 22'; 'Chinese President Xi Jinping is expected to make a state visit ... in the spring of 2020'; 'The foreign ministers of the Quad ... met in New York in September, the first time the grouping had convened at the ministerial level' (ministers, not leaders: no Quad leader count); Figure 1 (GDP growth 2014-2018, axis ticks 0-2.5, no value labels). PDF: NBSP, hyphenated line ends; interleaved columns.",
}
