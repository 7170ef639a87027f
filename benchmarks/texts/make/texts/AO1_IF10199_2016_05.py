from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "AO1-IF10199-2016-05", "fresh18", "IF10199", 9
LAYOUTS = ["md", "interleaved"]
PDF_OPTS = ["nbsp", "hyph"]
CHART = {"unit": "$ trillions", "ymax": 1.5, "ticks": [0, 0.5, 1.0, 1.5],
         "series": ["Japan", "China"],
         "bars": {"2011": (1.06, 1.15), "2012": (1.11, 1.20), "2013": (1.18, 1.27), "2014": (1.23, 1.24), "2015": (1.12, 1.25)}}

MD = """
U.S.-Japan Relations

Updated May 24, 2016

## Overview

President Barack Obama arrives in Japan this week for the Group of Seven (G-7) summit that Prime Minister Shinzo Abe is hosting at Ise-Shima on May 26-27. On the summit's second day, Obama is to become the first sitting U.S. President to visit Hiroshima. Abe made a trip of his own to Washington a year earlier: on April 29, 2015, he became the first Japanese prime minister to address a joint meeting of Congress. Both governments describe relations as the closest in decades. Even so, the arrest on May 19 of a U.S. civilian base employee, a former Marine, in the death of a young Okinawan woman has inflamed opinion in Okinawa just as the prefecture's voters prepare for a June 5 assembly election.

## The Alliance

Sixty-five years old this September, the alliance rests on a mutual security treaty first signed in 1951 and revised in 1960. Close to fifty-four thousand U.S. military personnel serve in Japan today. They are accompanied by roughly 40,000 dependents and supported by about 25,000 Japanese employees, and they include the Navy's only forward-deployed aircraft carrier strike group.

Japan pays a large share of their cost. In January 2016 the two governments signed a new Special Measures Agreement (SMA) that commits Japan to ¥946.5 billion over the five fiscal years beginning in April. It averages a little under ¥190 billion a year, which is a shade more than $1.7 billion a year at current exchange rates. The previous SMA, signed in January 2011, expired in March.

## Okinawa

Less than one percent of Japan's land area lies in Okinawa Prefecture. Nearly three-quarters of the land set aside for the exclusive use of U.S. forces, however, is found there. So are more than half of the U.S. military personnel stationed in Japan.

Under a 2012 revision of the bilateral realignment plan, about 9,000 Marines are to leave the island. Four thousand or so of them are bound for Guam, where facilities to house them are not expected to be ready before the early 2020s; the rest are to go to Hawaii, Australia, and the U.S. mainland.

Governor Takeshi Onaga, elected in November 2014 on a pledge to block the construction of a replacement for Marine Corps Air Station Futenma at Henoko, reached a court-mediated settlement with Tokyo on March 4 that suspended landfill work while the two sides talk and litigate.

## Defense

Japan's FY2016 defense budget of ¥5.05 trillion, the fourth annual increase in a row, is the largest ever in yen terms. It nevertheless stays inside the ceiling of one percent of gross domestic product that cabinets have treated as customary since 1976. Security legislation enacted last September took effect on March 29, allowing the Self-Defense Forces, under limited conditions, to come to the defense of U.S. forces. The bilateral defense guidelines revised in April 2015 provide the framework for that cooperation.

## Politics

Sixty-nine percent, more or less, of the seats in the House of Representatives belong to Abe's Liberal Democratic Party (LDP) and its coalition partner, Komeito. They won 326 of the 475 seats in the snap election of December 14, 2014, more than the two-thirds needed to override the upper chamber. Their hold on the House of Councillors is looser, at about 56%.

Half of the upper chamber's 242 seats will be contested on July 10, the date widely expected for the next national election. Abe has set a majority for the coalition as his goal, while commentators watch whether parties open to constitutional revision reach two-thirds. No Lower House election is required until December 2018, although talk of pairing one with the July vote persists. Abe is also expected to decide soon whether to delay again the increase in the consumption tax from 8% to 10% now set for April 2017.

## Trade and Finance

In 2015, as in 2014, only three countries, Canada, China, and Mexico, traded more goods with the United States than Japan did. Japan bought $62.4 billion of U.S. goods, which made it the fourth-biggest U.S. export market. Worth $131.4 billion, U.S. imports from Japan ranked fourth as well, behind those from China, Canada, and Mexico. The resulting goods deficit of nearly $69 billion trailed only the deficits with China and Germany.

Second only to the United Kingdom's is Japan's direct investment position in the United States, built up over decades in autos, electronics, and finance, and most recently in insurance and beverages. Holding about $1.14 trillion as of March, Japan is the second-largest foreign owner of U.S. Treasury securities; only China holds more (Figure 1).

**Figure 1. Holdings of U.S. Treasury Securities, Japan and China, 2011-2015**

Source: U.S. Treasury Department, Treasury International Capital data; end-of-year holdings.

The twelve-country Trans-Pacific Partnership (TPP), signed on February 4, awaits approval in both countries. Japan's Diet has put off its deliberations until the autumn, and Congress is not expected to take the agreement up before the November elections. Under the TPP, Japan would phase its 38.5% tariff on beef down to 9% over sixteen years.

## Economy

Growth of half a percent in 2015 followed a contraction of a tenth of a percent in 2014. Figures released on May 18 showed the economy expanding at an annualized 1.7% in January-March, after a decline in the last quarter of 2015.

After the Kumamoto earthquakes of April 14 and 16, which killed 49 people, the Diet on May 17 enacted a supplementary budget of ¥778 billion, about seven billion dollars, for relief and reconstruction. It is the second such budget this year; a ¥3.3 trillion supplementary budget for FY2015 passed in January.

The Bank of Japan has held its policy rate at minus 0.1% since January 29. The yen has nonetheless strengthened, reaching ¥105.5 per dollar on May 3, its strongest level in eighteen months. Japan signed the Paris Agreement in New York on April 22. Its pledge is a 26% cut in greenhouse gas emissions below FY2013 levels by FY2030.

## Regional Relations

North Korea's fourth nuclear test, on January 6, and its long-range rocket launch of February 7 prompted trilateral consultations among Washington, Tokyo, and Seoul. The December 2015 agreement between Japan and South Korea on the "comfort women," under which Tokyo is to provide ¥1 billion to a foundation, has eased one of the main irritants between the two U.S. allies.

**Emma Chanlett-Avery**, Coordinator, Specialist in Asian Affairs

**Ian E. Rinehart**, Analyst in Asian Affairs

**Brock R. Williams**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Abe", "Shinzo", "Prime Minister Shinzo Abe"),
        "leaders.us_president": P("Obama", "Barack", "President Barack Obama"),
        "alliance.treaty_ally_since": F(1951, as_written="the alliance rests on a mutual security treaty first signed in 1951 and revised in 1960"),
        "alliance.us_troops_in_japan": F(54000, "nearly", as_written="Close to fifty-four thousand U.S. military personnel serve in Japan today", note="number in words"),
        "alliance.host_nation_support_per_year": F(1700000000, "over", per="year", as_written="It averages a little under ¥190 billion a year, which is a shade more than $1.7 billion a year at current exchange rates", note="dollar figure with its own hedge; subject (the SMA's commitment) carried from the sentence before"),
        "alliance.host_nation_support_agreement": D("2016-01", as_written="In January 2016 the two governments signed a new Special Measures Agreement (SMA)"),
        "alliance.okinawa_share_of_land_area": F(1, "under", as_written="Less than one percent of Japan's land area lies in Okinawa Prefecture", note="number in words"),
        "alliance.okinawa_share_of_usfj_facilities": F(75, "nearly", as_written="Nearly three-quarters of the land set aside for the exclusive use of U.S. forces, however, is found there", note="exclusive-use basis; fraction in words = 75; 'there' = Okinawa"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="So are more than half of the U.S. military personnel stationed in Japan", note="subject place (Okinawa) carried by 'So are'"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="Four thousand or so of them are bound for Guam", note="number in words; 'them' = the 9,000 leaving"),
        "defense.traditional_limit_pct_gdp": F(1, as_written="the ceiling of one percent of gross domestic product that cabinets have treated as customary since 1976", note="number in words"),
        "politics.ruling_coalition": F(["LDP", "Komeito"]),
        "politics.lower_house_coalition_share": F(69, "about", as_written="Sixty-nine percent, more or less, of the seats in the House of Representatives belong to Abe's Liberal Democratic Party (LDP) and its coalition partner, Komeito", note="value in words before its subject; 'more or less' = about"),
        "politics.upper_house_coalition_share": F(56, "about", as_written="Their hold on the House of Councillors is looser, at about 56%", note="subject (the coalition) carried"),
        "politics.next_diet_election_due": F(2016, as_written="Half of the upper chamber's 242 seats will be contested on July 10, the date widely expected for the next national election"),
        "politics.lower_house_election_due": D("2018-12", as_written="No Lower House election is required until December 2018"),
        "trade.overall_partner_rank": F(4, period="2015", as_written="In 2015, as in 2014, only three countries, Canada, China, and Mexico, traded more goods with the United States than Japan did"),
        "trade.export_partner_rank": F(4, period="2015", as_written="Japan bought $62.4 billion of U.S. goods, which made it the fourth-biggest U.S. export market"),
        "trade.us_exports_to_japan": F(62400000000, period="2015", as_written="Japan bought $62.4 billion of U.S. goods", note="goods only; year carried from the sentence before"),
        "trade.import_partner_rank": F(4, period="2015", as_written="Worth $131.4 billion, U.S. imports from Japan ranked fourth as well, behind those from China, Canada, and Mexico"),
        "trade.us_imports_from_japan": F(131400000000, period="2015", as_written="Worth $131.4 billion, U.S. imports from Japan", note="value before its subject; goods only"),
        "trade.fdi_source_rank": F(2, as_written="Second only to the United Kingdom's is Japan's direct investment position in the United States", note="inverted sentence, rank first"),
        "trade.treasury_holder_rank": F(2, period="2016-03", as_written="Holding about $1.14 trillion as of March, Japan is the second-largest foreign owner of U.S. Treasury securities; only China holds more"),
        "economy.gdp_growth": GDP(y2015=0.5, y2014=-0.1),
        "economy.supplementary_budget": F(7000000000, "about", period="2016-05", as_written="the Diet on May 17 enacted a supplementary budget of ¥778 billion, about seven billion dollars", note="dollar amount in words"),
        "economy.yen": F("18-month high against the dollar", period="2016-05", as_written="reaching ¥105.5 per dollar on May 3, its strongest level in eighteen months"),
        "economy.emissions_cut_target": F(26, by="2030", baseline="2013", as_written="Its pledge is a 26% cut in greenhouse gas emissions below FY2013 levels by FY2030"),
    },
    "elections": {
        "lower_house_2014": E("Lower House", "2014-12-14", "held", result="LDP and Komeito 326 of 475 seats, about 69%"),
        "upper_house_2016": E("Upper House", "2016-07-10", "upcoming", note="half of 242 seats; next national election"),
        "okinawa_governor_2014": E("Okinawa governor", "2014-11", "held", result="Takeshi Onaga elected"),
    },
    "events": {
        "abe_address_to_congress": EV("Abe addresses a joint meeting of Congress, the first Japanese prime minister to do so", "2015-04-29", "held"),
    },
    "notes": "Traps: 'G-7 summit ... at Ise-Shima on May 26-27' and 'the first sitting U.S. President to visit Hiroshima' (planned, untracked); 'the arrest on May 19' and 'a June 5 assembly election' (a prefectural assembly, no catalogue body); 'Sixty-five years old this September' (a duration, not the treaty year) and 'revised in 1960'; 'roughly 40,000 dependents' and 'about 25,000 Japanese employees' (not troops); 'commits Japan to ¥946.5 billion over the five fiscal years' (five-year yen total) and 'a little under ¥190 billion a year' (yen hedge; the fact is the dollar figure 'a shade more than $1.7 billion'); 'The previous SMA, signed in January 2011, expired in March' (previous agreement); 'about 9,000 Marines are to leave the island' (total leaving, not Guam) and 'not expected to be ready before the early 2020s' (none in Guam); 'Governor Takeshi Onaga ... on March 4' (settlement date); 'FY2016 defense budget of ¥5.05 trillion, the fourth annual increase', 'since 1976', 'took effect on March 29', 'the bilateral defense guidelines revised in April 2015' (not the address to Congress); 'They won 326 of the 475 seats' and 'more than the two-thirds needed to override' (threshold, not the share); 'Half of the upper chamber's 242 seats' (not a share); 'whether parties open to constitutional revision reach two-thirds'; 'talk of pairing one with the July vote persists' (speculation; no Lower House 2016 election listed); 'the consumption tax from 8% to 10% now set for April 2017'; 'In 2015, as in 2014' (past year); 'The resulting goods deficit of nearly $69 billion trailed only the deficits with China and Germany' (a deficit rank, no IF10199 fact); 'about $1.14 trillion' (holdings amount, no fact); Figure 1 (Treasury holdings, Japan and China, 2011-2015, $ trillions; ticks 0-1.5, no value labels); 'The twelve-country Trans-Pacific Partnership (TPP), signed on February 4', 'before the November elections' (U.S. elections, no slug), 'its 38.5% tariff on beef down to 9% over sixteen years'; 'an annualized 1.7% in January-March' (a quarter) and 'Figures released on May 18'; 'the Kumamoto earthquakes of April 14 and 16, which killed 49 people'; 'a ¥3.3 trillion supplementary budget for FY2015 passed in January' (earlier budget); 'minus 0.1% since January 29' (policy rate); '¥105.5 per dollar' (a level); 'signed the Paris Agreement in New York on April 22'; 'North Korea's fourth nuclear test, on January 6' and 'February 7'; 'The December 2015 agreement ... ¥1 billion'; PDF NBSP and hyphenated line ends; interleaved columns",
}
