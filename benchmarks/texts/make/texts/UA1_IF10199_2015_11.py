from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "UA1-IF10199-2015-11", "fresh41", "IF10199", 4
LAYOUTS = ["html", "layout"]
PDF_OPTS = ["lig", "nbsp", "hyph"]
SIDEBAR = "The Futenma Dispute"
CHART = {"unit": "yen per dollar", "ymax": 140, "ticks": [0, 35, 70, 105, 140],
         "series": ["Annual average"],
         "bars": {"2011": (79.8,), "2012": (79.8,), "2013": (97.6,), "2014": (105.9,), "2015": (121.1,)}}

MD = """
U.S.-Japan Relations

Updated November 19, 2015

## Overview

Nearly three years into his second stint as prime minister, Abe Shinzo has given the alliance with the United States a prominence in Japanese policy not seen in a decade. Two milestones marked 2015. In April, during a week-long visit to the United States, Abe spoke before a joint meeting of Congress, a first for a Japanese leader; that same week the two governments issued revised Guidelines for U.S.-Japan Defense Cooperation, replacing those of 1997. Then, in early October, negotiators from Japan, the United States, and ten other Pacific Rim countries concluded the Trans-Pacific Partnership (TPP) in Atlanta. President Barack Obama notified Congress on November 5 of his intent to sign the agreement, which cannot be signed for 90 days after that notice. Congress will then weigh implementing legislation, possibly not before 2016's elections.

## The Security Relationship

Bound by a security pact first signed in 1951 and revised in 1960 under Abe's grandfather, then-Prime Minister Kishi Nobusuke, the two countries have been allies for well over six decades. The U.S. commitment to defend Japan is backed by a forward presence: a force of roughly fifty-two thousand U.S. service members is stationed in the country, nearly twice the 28,500 in South Korea. Tokyo helps pay for it. The current cost-sharing accord, signed in January 2011, expires at the end of March 2016; talks on a successor began in the summer. Japan's outlays under it average about ¥188 billion a year, a little over $1.5 billion per year at current exchange rates, though the two sides count contributions differently and U.S. officials cite higher totals.

On September 19, after months of protests outside the Diet, the coalition enacted a package of 11 security bills. The laws let the Self-Defense Forces defend the United States and other partners under attack in limited circumstances ("collective self-defense") and widen logistical support abroad; they take effect by the end of March. Japan's military budget, near ¥5 trillion in FY2015, remains just below the 1%-of-GDP line that successive cabinets have treated as a cap since the 1970s. The Defense Ministry has requested ¥5.09 trillion for FY2016.

## The Futenma Dispute

Okinawa carries a load out of proportion to its size. The prefecture, whose land makes up just 0.6% of Japan's total area, contains nearly three-quarters of the acreage reserved exclusively for U.S. forces, and a majority of the U.S. troops in Japan are based on its islands. Under a 2012 realignment plan, some 9,000 Marines are to leave Okinawa. Roughly 5,000 of those are bound for Guam, starting in the early 2020s; others would go to Hawaii or rotate through Australia.

The plan to move Marine Corps Air Station Futenma to a landfill at Henoko remains stalled. Governor Onaga Takeshi, who defeated the incumbent in November 2014 on a pledge to stop the project, revoked his predecessor's approval of the landfill on October 13. The central government suspended his order two weeks later, work resumed, and on November 17 Tokyo sued the governor.

## Domestic Politics

In September, Abe was given a second three-year term as president of the Liberal Democratic Party (LDP) without a vote, as no rival could gather the 20 endorsements needed to run. The LDP governs with its junior partner, Komeito. In the lower chamber, the House of Representatives, the two parties hold more than two-thirds of the 475 seats, a margin won in the snap election of December 2014; the chamber need not face voters again until December 2018. In the House of Councillors, the coalition's grip is thinner, at about 56%. That body comes next: half of its 242 seats will be filled in July of next year. Cabinet approval dipped below 40% in some polls over the summer before recovering.

## Economic Relations

Japan was the fourth-largest U.S. trading partner in 2014, behind Canada, China, and Mexico. It held the same place among buyers of U.S. goods and among the countries supplying goods to the United States (Table 1).

Table 1. U.S. Goods Trade with Japan ($ billions)

| | 2013 | 2014 |
| --- | --- | --- |
| U.S. exports to Japan | 65.2 | 66.8 |
| U.S. imports from Japan | 138.5 | 134.0 |
| Balance | -73.3 | -67.2 |

Source: U.S. Census Bureau.

Japanese firms were the second-biggest source of foreign direct investment (FDI) in the United States at the end of 2014, after those of the United Kingdom. Japan's holdings of U.S. Treasury securities, near $1.2 trillion in September, are likewise second, trailing only China's. Under the TPP, Japan would eventually eliminate tariffs on most U.S. farm and industrial goods; its 38.5% duty on beef, for example, would fall to 9% over 16 years.

## Abenomics

The recovery Abe promised remains fitful. Real GDP shrank by 0.1% in 2014, when a consumption tax increase hit spending, after growth of 1.6% a year earlier. Preliminary data released this week showed output falling at an annualized 0.8% in the July-September quarter, the second straight quarterly decline. The most recent supplementary budget, worth ¥3.1 trillion (about $26 billion), was enacted last February; the government is drafting another for the current fiscal year. The Bank of Japan's asset purchases drove the yen in June to its weakest against the dollar in thirteen years (Figure 1).

**Figure 1. Yen-Dollar Exchange Rate, 2011-2015**

Source: Federal Reserve; 2015 average through October.

For the climate conference that opens in Paris on November 30, Tokyo has pledged to reduce greenhouse gas emissions 26% by FY2030 compared with FY2013.

## Regional Relations

Ties with Japan's neighbors have thawed slightly. In an August 14 statement marking 70 years since the end of World War II, Abe repeated earlier apologies without offering a new one. On November 1, he joined Chinese Premier Li Keqiang and South Korean President Park Geun-hye in Seoul for the first trilateral summit in three and a half years, and met Park the next day. Chinese ships continue to patrol near the Senkaku Islands, which Japan administers and China claims.

**Emma Chanlett-Avery**, Coordinator, Specialist in Asian Affairs

**Ian E. Rinehart**, Analyst in Asian Affairs

**William H. Cooper**, Specialist in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Abe", "Shinzo", "Abe Shinzo", note="family name first"),
        "leaders.us_president": P("Obama", "Barack", "President Barack Obama"),
        "alliance.treaty_ally_since": F(1951, as_written="Bound by a security pact first signed in 1951 and revised in 1960"),
        "alliance.us_troops_in_japan": F(52000, "about", as_written="a force of roughly fifty-two thousand U.S. service members is stationed in the country", note="number in words"),
        "alliance.host_nation_support_per_year": F(1500000000, "over", per="year", as_written="a little over $1.5 billion per year at current exchange rates", note="subject 'Japan's outlays under it'; the yen figure has its own 'about'"),
        "alliance.host_nation_support_agreement": D("2011-01", as_written="The current cost-sharing accord, signed in January 2011"),
        "alliance.okinawa_share_of_usfj_facilities": F(75, "nearly", as_written="contains nearly three-quarters of the acreage reserved exclusively for U.S. forces", note="sidebar; exclusive-use basis; fraction rule"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="a majority of the U.S. troops in Japan are based on its islands", note="'a majority' read as over half"),
        "alliance.okinawa_share_of_land_area": F(0.6, as_written="whose land makes up just 0.6% of Japan's total area", note="'just' is not a hedge"),
        "alliance.marines_relocating_to_guam": F(5000, "about", as_written="Roughly 5,000 of those are bound for Guam, starting in the early 2020s", note="the 2012 plan's figure; 9,000 is the total leaving"),
        "defense.traditional_limit_pct_gdp": F(1, as_written="remains just below the 1%-of-GDP line that successive cabinets have treated as a cap", note="'just below' hedges the budget, not the line"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="The LDP governs with its junior partner, Komeito."),
        "politics.lower_house_coalition_share": F(67, "over", as_written="the two parties hold more than two-thirds of the 475 seats", note="fraction rule"),
        "politics.upper_house_coalition_share": F(56, "about", as_written="the coalition's grip is thinner, at about 56%"),
        "politics.next_diet_election_due": F(2016, as_written="half of its 242 seats will be filled in July of next year", note="year from the cover"),
        "politics.lower_house_election_due": D("2018-12", as_written="the chamber need not face voters again until December 2018"),
        "trade.overall_partner_rank": F(4, period="2014", as_written="Japan was the fourth-largest U.S. trading partner in 2014"),
        "trade.export_partner_rank": F(4, period="2014", as_written="It held the same place among buyers of U.S. goods"),
        "trade.import_partner_rank": F(4, period="2014", as_written="and among the countries supplying goods to the United States"),
        "trade.us_exports_to_japan": F(66800000000, period="2014", as_written="Table 1, U.S. exports to Japan, 2014 column: 66.8", note="goods; only in Table 1 ($ billions in the caption)"),
        "trade.us_imports_from_japan": F(134000000000, period="2014", as_written="Table 1, U.S. imports from Japan, 2014 column: 134.0", note="goods; only in Table 1"),
        "trade.fdi_source_rank": F(2, period="2014", as_written="Japanese firms were the second-biggest source of foreign direct investment (FDI) in the United States at the end of 2014"),
        "trade.treasury_holder_rank": F(2, period="2015-09", as_written="Japan's holdings of U.S. Treasury securities, near $1.2 trillion in September, are likewise second, trailing only China's"),
        "economy.gdp_growth": GDP(y2014=-0.1, y2013=1.6),
        "economy.supplementary_budget": F(26000000000, "about", period="2015-02", as_written="The most recent supplementary budget, worth ¥3.1 trillion (about $26 billion), was enacted last February"),
        "economy.yen": F("13-year low against the dollar", period="2015-06", as_written="drove the yen in June to its weakest against the dollar in thirteen years"),
        "economy.emissions_cut_target": F(26, by="FY2030", baseline="FY2013", as_written="Tokyo has pledged to reduce greenhouse gas emissions 26% by FY2030 compared with FY2013"),
    },
    "elections": {
        "lower_house_2014": E("Lower House", "2014-12", "held", result="coalition holds more than two-thirds of 475 seats"),
        "upper_house_2016": E("Upper House", "2016-07", "upcoming", note="half of 242 seats; 'in July of next year'"),
        "ldp_president_2015": E("LDP president", "2015-09", "held", result="Abe given a second term without a vote"),
        "okinawa_governor_2014": E("Okinawa governor", "2014-11", "held", result="Onaga Takeshi defeated the incumbent"),
    },
    "events": {
        "abe_address_to_congress": EV("Abe addresses a joint meeting of Congress, a first for a Japanese leader", "2015-04", "held"),
    },
    "notes": "Traps: 'Nearly three years into his second stint as prime minister' (duration); 'revised Guidelines for U.S.-Japan Defense Cooperation, replacing those of 1997'; 'ten other Pacific Rim countries' (TPP partners, not IPEF); 'notified Congress on November 5' and 'cannot be signed for 90 days'; 'possibly not before 2016's elections' (U.S. elections); 'revised in 1960 under Abe's grandfather, then-Prime Minister Kishi Nobusuke' (former leader; revision year); 'allies for well over six decades' (duration); 'nearly twice the 28,500 in South Korea' (another country); 'expires at the end of March 2016; talks on a successor began in the summer' (not the agreement date); 'average about ¥188 billion a year' (yen); 'U.S. officials cite higher totals'; 'On September 19 ... a package of 11 security bills'; 'they take effect by the end of March'; 'near ¥5 trillion in FY2015' and 'just below the 1%-of-GDP line' (budget hedge, not the limit's); 'since the 1970s'; 'requested ¥5.09 trillion for FY2016'; sidebar 'some 9,000 Marines are to leave Okinawa' (total leaving, not Guam); 'others would go to Hawaii or rotate through Australia'; 'a 2012 realignment plan'; 'revoked his predecessor's approval ... on October 13', 'suspended his order two weeks later', 'on November 17 Tokyo sued the governor'; 'a second three-year term' and 'the 20 endorsements needed to run'; 'the 475 seats' (count, not a share); 'half of its 242 seats' (not a share); 'Cabinet approval dipped below 40%'; 'behind Canada, China, and Mexico'; Table 1's 2013 column and Balance row (past figures; the deficit is no IF10199 fact); 'after those of the United Kingdom'; 'near $1.2 trillion in September' (holdings, not a rank); 'its 38.5% duty on beef ... would fall to 9% over 16 years'; 'output falling at an annualized 0.8% in the July-September quarter' (a quarter, not a year); 'worth ¥3.1 trillion' and 'the government is drafting another' (planned, no amount); Figure 1 (yen per dollar 2011-2015, ticks 0-140, one-series legend, no values; 'through October'); 'the climate conference that opens in Paris on November 30'; 'An August 14 statement marking 70 years'; 'Chinese Premier Li Keqiang and South Korean President Park Geun-hye' (other countries' leaders), 'the first trilateral summit in three and a half years'; sidebar 'The Futenma Dispute' (html aside with Figure 1); layout: pdftotext -layout runs the two columns side by side, ligatures, NBSP, hyphenated line ends.",
}
