from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "PP1-IF10199-2016-07", "fresh12", "IF10199", 14
LAYOUTS = ["md", "layout"]
PDF_OPTS = ["lig", "quotes", "hyph"]
CHART = {"unit": "$ billions", "ymax": 160, "ticks": [0, 40, 80, 120, 160],
         "series": ["U.S. exports to Japan", "U.S. imports from Japan"],
         "bars": {"2011": (65.8, 128.9), "2012": (70.0, 146.4), "2013": (65.2, 138.5), "2014": (66.9, 134.0),
                  "2015": (62.5, 131.4)}}

MD = """
U.S.-Japan Relations

Updated July 26, 2016

## Overview

By most measures, relations between Washington and Tokyo are as warm as at any point since the end of the Second World War. Prime Minister Shinzo Abe, who returned to office in December 2012, has placed the alliance at the center of his foreign policy, and President Barack Obama has answered in kind. On April 29, 2015, Abe became the first Japanese leader to speak before a joint meeting of Congress; thirteen months later, Obama became the first sitting U.S. president to visit Hiroshima. Both major-party candidates, however, oppose the Trans-Pacific Partnership (TPP) as signed, and the Republican nominee, Donald Trump, has suggested that Japan pay the full cost of the U.S. troops it hosts or defend itself.

## The Security Alliance

The two countries have been treaty allies since 1951; the mutual security treaty now in force dates from a 1960 revision. In excess of 50,000 U.S. military personnel are based in Japan, together with the only aircraft carrier the U.S. Navy homeports outside the United States. Tokyo covers a share of what it costs to keep them there. A Special Measures Agreement (SMA) signed in January 2016, covering the five Japanese fiscal years from April 2016 through March 2021, commits Japan to ¥946.5 billion over that period. Approximately $1.8 billion a year, or about ¥189 billion, is what the commitment works out to.

Legislation enacted in September 2015, and in force since March, permits the Self-Defense Forces to exercise collective self-defense in narrowly defined circumstances. Budgets have edged up. At ¥5.05 trillion, the FY2016 defense budget is the first to exceed ¥5 trillion. Japan nonetheless continues to hold defense outlays to about 1% of its GDP, as it has for decades, half the 2% that NATO asks of its members.

## Okinawa

Though it makes up just 0.6% of Japan's land area, Okinawa Prefecture hosts around one-fourth of the facilities used by U.S. forces in Japan and well over half of the U.S. military personnel in the country. Anger at the bases flared again in May, when a former Marine employed as a civilian contractor was arrested in connection with the death of a 20-year-old local woman. Governor Takeshi Onaga, elected in November 2014 on a promise to stop construction of a replacement for Marine Corps Air Station Futenma at Henoko, remains in litigation with the central government over the landfill permit. Under the realignment plan as revised in 2012, some 9,000 Marines are to leave Okinawa. About 4,000 of them are to move to Guam; transfers there are not expected before the early 2020s.

## Japanese Politics

Abe's coalition won handily in the July 10, 2016, House of Councillors (upper house) election. The Liberal Democratic Party (LDP) and its junior partner, Komeito, now hold 146 of the chamber's 242 seats, a share a little above 60 percent, up from roughly 56% before the vote. Counting smaller parties and independents who favor constitutional revision, supporters of an amendment now command the two-thirds majority needed in each chamber to propose one.

In the House of Representatives (lower house), last elected in December 2014, the coalition controls more than two-thirds of the 475 seats. No national election is required before December 2018, when the chamber's four-year term runs out, though a prime minister may dissolve it earlier. Abe's second term as LDP president expires in September 2018. Closer at hand, Tokyo voters will pick a governor on July 31 to replace Yoichi Masuzoe, who resigned over a spending scandal; former Defense Minister Yuriko Koike is running against the LDP-backed candidate.

Table 1. The Diet After the July 2016 Election

| Chamber | Coalition seats | Next election |
| --- | --- | --- |
| House of Representatives | 326 of 475 | by Dec. 2018 |
| House of Councillors | 146 of 242 | July 2019 |

## Trade and Investment

Counting goods, Japan was the fourth-largest U.S. trading partner in 2015. Fourth also among U.S. export markets, it bought $62.5 billion of U.S. goods that year, some $4 billion less than in 2014. Of the countries supplying U.S. imports, only China, Mexico, and Canada shipped more than Japan, whose sales to the United States came to $131.4 billion.

**Figure 1. U.S. Goods Trade with Japan, 2011-2015**

Source: U.S. Census Bureau. Goods only, nominal dollars.

Investment ties run deep. Japanese companies' stock of direct investment in the United States trails only that of British companies, and their U.S. affiliates employ some 840,000 Americans. Among foreign holders of U.S. Treasury securities, Japan ranks behind only China, with roughly $1.15 trillion as of May 2016.

Signed in Auckland on February 4, 2016, by twelve countries, the TPP would cut Japan's 38.5% tariff on U.S. beef to 9% over 16 years. Neither Tokyo nor Washington has ratified it. The Abe government intends to seek Diet approval in an extraordinary session this fall; the Obama Administration hopes Congress will vote in the "lame duck" session after the November election.

## Japan's Economy

Three and a half years of "Abenomics" have yet to produce durable growth. Real GDP rose 0.5% in 2015, after contracting 0.1% in 2014. The Bank of Japan introduced a negative interest rate of -0.1% on some bank reserves in January, and in June Abe put off a consumption tax increase from 8% to 10% until October 2019. A ¥778 billion supplementary budget, roughly $7 billion, passed the Diet in May to fund recovery from April's earthquakes in Kumamoto. A far larger stimulus package, reportedly more than ¥20 trillion, is expected to be approved by the cabinet in early August.

The currency has complicated matters. In the wake of Britain's June 23 vote to leave the European Union, investors bid the yen briefly past ¥100 to the dollar, its strongest level in two and a half years. On climate, Japan has pledged under the Paris Agreement, which it signed in April, to reduce greenhouse gas emissions 26% below FY2013 levels by FY2030.

## Regional Relations

Washington welcomed the December 2015 agreement between Tokyo and Seoul on the "comfort women" issue. Japan has protested a rise in Chinese activity near the Senkaku Islands, and it urged Beijing to abide by the July 12 ruling of an arbitral tribunal rejecting most of China's South China Sea claims. North Korea's January nuclear test has drawn Tokyo, Seoul, and Washington closer.

**Emma Chanlett-Avery**, Coordinator, Specialist in Asian Affairs

**Ian E. Rinehart**, Analyst in Asian Affairs

**Brock R. Williams**, Analyst in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Abe", "Shinzo", "Prime Minister Shinzo Abe"),
        "leaders.us_president": P("Obama", "Barack", "President Barack Obama"),
        "alliance.treaty_ally_since": F(1951, as_written="The two countries have been treaty allies since 1951"),
        "alliance.us_troops_in_japan": F(50000, "over", as_written="In excess of 50,000 U.S. military personnel are based in Japan"),
        "alliance.host_nation_support_per_year": F(1800000000, "about", per="year", as_written="Approximately $1.8 billion a year, or about ¥189 billion, is what the commitment works out to", note="dollar figure; the yen amounts (¥946.5 billion over five years, ¥189 billion a year) are its basis"),
        "alliance.host_nation_support_agreement": D("2016-01", as_written="A Special Measures Agreement (SMA) signed in January 2016"),
        "alliance.okinawa_share_of_usfj_facilities": F(25, "about", as_written="hosts around one-fourth of the facilities used by U.S. forces in Japan"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="well over half of the U.S. military personnel in the country"),
        "alliance.okinawa_share_of_land_area": F(0.6, as_written="Though it makes up just 0.6% of Japan's land area", note="'just' is not a hedge"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="About 4,000 of them are to move to Guam"),
        "defense.traditional_limit_pct_gdp": F(1, "about", as_written="Japan nonetheless continues to hold defense outlays to about 1% of its GDP, as it has for decades"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="The Liberal Democratic Party (LDP) and its junior partner, Komeito"),
        "politics.upper_house_coalition_share": F(60, "over", previous=56, as_written="now hold 146 of the chamber's 242 seats, a share a little above 60 percent, up from roughly 56% before the vote"),
        "politics.lower_house_coalition_share": F(67, "over", as_written="the coalition controls more than two-thirds of the 475 seats", note="a fraction in words is its rounded whole percent (this set's convention)"),
        "politics.next_diet_election_due": F(2018, as_written="No national election is required before December 2018"),
        "politics.lower_house_election_due": D("2018-12", as_written="No national election is required before December 2018, when the chamber's four-year term runs out"),
        "trade.overall_partner_rank": F(4, period="2015", as_written="Counting goods, Japan was the fourth-largest U.S. trading partner in 2015"),
        "trade.export_partner_rank": F(4, period="2015", as_written="Fourth also among U.S. export markets, it bought $62.5 billion of U.S. goods that year"),
        "trade.us_exports_to_japan": F(62500000000, period="2015", as_written="it bought $62.5 billion of U.S. goods that year", note="goods only"),
        "trade.import_partner_rank": F(4, period="2015", as_written="Of the countries supplying U.S. imports, only China, Mexico, and Canada shipped more than Japan"),
        "trade.us_imports_from_japan": F(131400000000, period="2015", as_written="whose sales to the United States came to $131.4 billion", note="goods only"),
        "trade.fdi_source_rank": F(2, as_written="Japanese companies' stock of direct investment in the United States trails only that of British companies"),
        "trade.treasury_holder_rank": F(2, period="2016-05", as_written="Among foreign holders of U.S. Treasury securities, Japan ranks behind only China"),
        "economy.gdp_growth": GDP(y2015=0.5, y2014=-0.1),
        "economy.supplementary_budget": F(7000000000, "about", period="2016-05", as_written="A ¥778 billion supplementary budget, roughly $7 billion, passed the Diet in May"),
        "economy.yen": F("2.5-year high against the dollar", period="2016-06", as_written="investors bid the yen briefly past ¥100 to the dollar, its strongest level in two and a half years"),
        "economy.emissions_cut_target": F(26, by="2030", baseline="2013", as_written="to reduce greenhouse gas emissions 26% below FY2013 levels by FY2030"),
    },
    "elections": {
        "upper_house_2016": E("Upper House", "2016-07-10", "held", result="coalition 146 of 242 seats, a little above 60%, up from roughly 56%"),
        "lower_house_2014": E("Lower House", "2014-12", "held", result="coalition more than two-thirds of 475 seats"),
        "upper_house_2019": E("Upper House", "2019-07", "upcoming", note="Table 1, 'Next election' column"),
        "okinawa_governor_2014": E("Okinawa governor", "2014-11", "held", result="Takeshi Onaga elected"),
    },
    "events": {
        "abe_address_to_congress": EV("Abe speaks before a joint meeting of Congress, the first Japanese leader to do so", "2015-04-29", "held"),
    },
    "notes": "Traps: 'who returned to office in December 2012'; 'thirteen months later, Obama became the first sitting U.S. president to visit Hiroshima' (an event the validator has no slug for); 'the Republican nominee, Donald Trump' (a candidate, not the president); 'the mutual security treaty now in force dates from a 1960 revision'; 'covering the five Japanese fiscal years from April 2016 through March 2021' (term, not the signing) and 'commits Japan to ¥946.5 billion over that period' (five-year yen total) and 'or about ¥189 billion' (yen basis of the dollar figure); 'Legislation enacted in September 2015, and in force since March'; 'At ¥5.05 trillion, the FY2016 defense budget is the first to exceed ¥5 trillion'; 'half the 2% that NATO asks of its members' (not a Japanese goal: no spending goal is stated); 'a 20-year-old local woman'; 'some 9,000 Marines are to leave Okinawa' (total leaving, not Guam) and 'transfers there are not expected before the early 2020s' (no Marines in Guam yet); 'Governor Takeshi Onaga, elected in November 2014'; 'up from roughly 56% before the vote' (previous Upper House share); 'supporters of an amendment now command the two-thirds majority' (not the coalition's share); 'last elected in December 2014'; 'though a prime minister may dissolve it earlier' (speculation, not an election); 'Abe's second term as LDP president expires in September 2018' (a term end alone, not an election); 'Tokyo voters will pick a governor on July 31' (local race, not listed); Table 1 seat counts '326 of 475' and '146 of 242' (counts, not shares) and 'by Dec. 2018' (the same deadline as the prose) and 'July 2019' (upcoming Upper House election, later than the next election due); 'some $4 billion less than in 2014'; Figure 1 (U.S. goods trade with Japan 2011-2015, $ billions, axis ticks 0-160, no value labels); 'their U.S. affiliates employ some 840,000 Americans'; 'with roughly $1.15 trillion as of May 2016' (holdings, not a rank); 'Signed in Auckland on February 4, 2016, by twelve countries' and 'Japan's 38.5% tariff on U.S. beef to 9% over 16 years' (TPP, not in force); 'Three and a half years of \"Abenomics\"'; 'a negative interest rate of -0.1% on some bank reserves' (not GDP); 'a consumption tax increase from 8% to 10% until October 2019'; 'A far larger stimulus package, reportedly more than ¥20 trillion, is expected to be approved' (planned, not the latest supplementary budget); 'past ¥100 to the dollar' and 'Britain's June 23 vote'; 'the Paris Agreement, which it signed in April'; 'the December 2015 agreement between Tokyo and Seoul'; 'the July 12 ruling of an arbitral tribunal'; 'North Korea's January nuclear test'; PDF ligatures, curly quotes, hyphenated line ends (layout text)",
}
