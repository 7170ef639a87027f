from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "J1-IF10199-2020-06", "fresh7", "IF10199", 35
LAYOUTS = ["pdf", "layout"]
PDF_OPTS = ["nbsp", "hyph"]
CHART = {"unit": "Percent", "ymax": 2.5, "ticks": [0, 0.5, 1, 1.5, 2, 2.5],
         "series": ["Real GDP growth"],
         "bars": {"2015": (1.2,), "2016": (0.5,), "2017": (2.2,), "2018": (0.3,), "2019": (0.7,)}}

MD = """
U.S.-Japan Relations

Updated June 30, 2020

## Overview

Japan, allied with the United States under a security treaty signed in 1951 and revised in 1960, remains one of Washington's most consequential partners in the Indo-Pacific. Prime Minister Shinzo Abe, who in November 2019 became the longest-serving head of government in Japan's modern history, has cultivated a close personal rapport with President Donald Trump. That rapport is now being tested on several fronts at once, most of them sharpened by the COVID-19 pandemic:

- a negotiation over how much Japan should pay toward the cost of U.S. forces, due to conclude before the current cost-sharing accord lapses at the end of March 2021;
- Tokyo's abrupt June decision to abandon the Aegis Ashore missile-defense system it had agreed to buy from the United States;
- a recession that the pandemic has deepened, and the emergency spending Tokyo has undertaken to contain it;
- the one-year postponement of the Tokyo Olympic and Paralympic Games, which were to have opened on July 24.

## The Pandemic at Home

By the standards of other large advanced economies, Japan has been spared the worst of the coronavirus. As of late June it had recorded some 18,500 confirmed infections and fewer than 1,000 deaths, without resorting to compulsory lockdowns. Abe declared a state of emergency for Tokyo and six other prefectures on April 7, extended it nationwide on April 16, and lifted it on May 25; the measures rested on requests to close businesses and stay home rather than on legal orders. Critics faulted the government for slow testing and for a much-derided distribution of two cloth masks to every household. On March 24, Abe and the International Olympic Committee agreed to delay the Games by a year. They are now scheduled for July 23 to August 8, 2021, though officials concede that a further delay is unlikely to be possible.

## Economy and Stimulus

The economy was contracting even before the virus arrived. Real GDP grew 0.7% in 2019 and 0.3% in 2018 (Figure 1), but output fell sharply in the October-December quarter after the consumption tax rose from 8% to 10% in October. It fell again in January-March 2020, at an annualized rate of 2.2%, meeting the usual definition of a recession. In June, the International Monetary Fund projected that Japan's economy would shrink by 5.8% in 2020.

**Figure 1. Japan's Real GDP Growth, 2015-2019**

Source: Cabinet Office of Japan. Calendar years.

Tokyo's fiscal response has been large. A first supplementary budget of ¥25.7 trillion, enacted April 30, paid for a ¥100,000 cash handout to every resident. The Diet enacted a second one on June 12. At ¥31.9 trillion, around $297 billion, it is the largest supplementary budget in Japan's history, and includes ¥10 trillion in reserve funds the cabinet may spend without further Diet approval. Counting loans and guarantees, the government describes its two packages as worth more than ¥230 trillion, or roughly 40 percent of GDP. The Bank of Japan has expanded its asset purchases and lending facilities but left its policy rate at -0.1%.

Japan has also come under pressure over climate policy. In March, it resubmitted its pledge under the Paris Agreement unchanged: a 26% reduction in greenhouse gas emissions by 2030 from 2013 levels, alongside a longer-term aim of an 80% cut by 2050.

## Alliance Cost-Sharing Talks

Some fifty-four thousand U.S. military personnel are based in Japan, more than in any other foreign country; South Korea hosts about 28,500 and Germany roughly 35,000. Their presence is governed by the 1960 treaty and a Status of Forces Agreement, while the division of costs is set by a Special Measures Agreement (SMA). The current SMA, concluded in December 2015, commits Japan to ¥946.5 billion over five years. That works out to about ¥189 billion a year, just shy of $1.8 billion, for base workers' wages, utilities, and facilities; Japan also funds base construction, rent, and payments to host communities outside the SMA.

The agreement expires on March 31, 2021. Formal talks on a successor, which had been expected to start this spring, have been slowed by the pandemic. In a memoir published on June 23, former National Security Advisor John Bolton wrote that President Trump sought $8 billion a year from Japan, more than four times the present level. Japanese officials have publicly rejected any such figure, and many in Tokyo argue that Japan's total contribution, including costs outside the SMA, is already higher than that of any other U.S. ally.

## Aegis Ashore Scrapped

On June 15, Defense Minister Kono Taro announced that Japan was suspending its plan to install two Aegis Ashore batteries, which the cabinet approved in December 2017 to counter North Korean ballistic missiles. He cited the risk that rocket boosters could fall on residential areas near the planned sites and estimated that redesigning the interceptors would take some ¥200 billion and about a decade. On June 24, the National Security Council formally ended the project. The two systems had been projected to cost about ¥450 billion over 30 years, and Japan had already paid or committed roughly ¥180 billion to U.S. suppliers.

The decision has revived LDP interest in acquiring the ability to strike missile bases in enemy territory, an idea earlier governments set aside as inconsistent with Japan's exclusively defensive posture. Any such move would test the limits on Japan's defense budget. The FY2020 budget, a record ¥5.31 trillion, is about 0.9% of GDP; governments have treated 1% of GDP as an informal ceiling since a 1976 cabinet decision. Unlike NATO members, which have agreed to aim for 2% of GDP, Japan has set no spending target.

## Okinawa

The prefecture of Okinawa is central to the alliance and to its frictions. It makes up about 0.6% of Japan's land area, yet hosts approximately one-quarter of the facilities used by U.S. Forces Japan (USFJ). It is also home to more than half of USFJ personnel. Under a 2012 realignment plan, about 9,000 Marines are to leave the island, and approximately 4,000 of them are to relocate to Guam beginning in the mid-2020s.

Governor Tamaki Denny, elected in September 2018 on a pledge to block a replacement airfield for Marine Corps Air Station Futenma at Henoko, has continued to challenge the landfill in court; 72% of voters opposed the landfill in a February 2019 prefectural referendum. In the prefectural assembly election of June 7, 2020, candidates who back the governor retained their majority, although the LDP gained seats.

## Politics in Tokyo

Abe's Liberal Democratic Party (LDP) governs in coalition with Komeito. The two parties hold 313 of the Lower House's 465 seats, roughly 67%, a margin they won in the October 2017 election. In the Upper House, the July 2019 election left them with 141 of 245 seats, approximately 58 percent, short of the two-thirds that would allow them, with allied parties, to initiate a constitutional amendment.

The pandemic has eroded Abe's standing. Cabinet approval fell below 40% in several polls in May and June, amid criticism of the virus response, of a bill to extend prosecutors' retirement ages, and of the June 18 arrest of former Justice Minister Kawai Katsuyuki and his wife on vote-buying charges. Abe's third term as LDP president ends in September 2021, and party rules bar a fourth, so the LDP must choose a new leader by then. The Lower House's four-year term expires in October 2021, and no national election is required before that; the next Upper House election is set for July 2022. Voters in Tokyo go to the polls on July 5 in a gubernatorial race in which incumbent Koike Yuriko is favored.

## Trade and Investment

Japan was the fourth-largest U.S. trading partner in 2019; were the European Union's 27 members counted as a single partner, it would rank fifth. As a market for U.S. goods and services it placed fifth, trailing Canada, Mexico, China, and the United Kingdom, while as a source of U.S. imports it came fourth, after China, Mexico, and Canada (Table 1).

Table 1. U.S. Trade in Goods and Services with Japan ($ billions)

| Flow | 2018 | 2019 |
| --- | --- | --- |
| U.S. exports to Japan | 120.6 | 122.6 |
| U.S. imports from Japan | 178.9 | 179.9 |
| U.S. balance | -58.3 | -57.3 |

Source: Bureau of Economic Analysis.

A limited U.S.-Japan Trade Agreement, announced by Trump and Abe in New York on September 25, 2019, and signed on October 7, 2019, took effect on January 1, 2020. It cut or removed Japanese tariffs on about $7.2 billion of U.S. farm exports, while the United States reduced tariffs on some industrial goods, though not the 2.5% duty on passenger cars. The two sides committed to begin broader talks within four months of entry into force; those have not started. Japanese firms held about $484 billion in direct investment in the United States at the end of 2018, and the United Kingdom is the only country whose firms have invested more. Japanese holdings of U.S. Treasury securities, some $1.27 trillion in April, have been the largest of any foreign country since mid-2019, when they surpassed China's.

## Regional Relations

The pandemic forced Tokyo and Beijing to postpone a state visit to Japan by Chinese President Xi Jinping that had been planned for April. Chinese government vessels have since been observed near the Japan-administered Senkaku Islands on a record run of consecutive days, and Japan has joined the United States in criticizing the national security law Beijing imposed on Hong Kong on June 30. Relations with South Korea under President Moon Jae-in remain strained by disputes over wartime labor and by the export controls Japan tightened in July 2019. North Korea's resumption of short-range missile tests has kept ballistic-missile defense at the top of the alliance agenda, complicating the search for a substitute for Aegis Ashore.

**Emma Chanlett-Avery**, Coordinator, Specialist in Asian Affairs

**Mark E. Manyin**, Specialist in Asian Affairs

**Brock R. Williams**, Specialist in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Abe", "Shinzo", "Prime Minister Shinzo Abe"),
        "leaders.us_president": P("Trump", "Donald", "President Donald Trump"),
        "alliance.treaty_ally_since": F(1951, as_written="allied with the United States under a security treaty signed in 1951 and revised in 1960"),
        "alliance.us_troops_in_japan": F(54000, "about", as_written="Some fifty-four thousand U.S. military personnel are based in Japan"),
        "alliance.host_nation_support_per_year": F(1800000000, "nearly", per="year", as_written="about ¥189 billion a year, just shy of $1.8 billion",
                                                   note="the dollar amount keeps its own hedge ('just shy of' = nearly); the yen amount is 'about'"),
        "alliance.host_nation_support_agreement": D("2015-12", as_written="The current SMA, concluded in December 2015",
                                                    note="expires on March 31, 2021; successor under negotiation"),
        "alliance.okinawa_share_of_usfj_facilities": F(25, "about", as_written="hosts approximately one-quarter of the facilities used by U.S. Forces Japan (USFJ)"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="It is also home to more than half of USFJ personnel", note="subject carried from the sentence before"),
        "alliance.okinawa_share_of_land_area": F(0.6, "about", as_written="It makes up about 0.6% of Japan's land area"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="approximately 4,000 of them are to relocate to Guam beginning in the mid-2020s"),
        "defense.traditional_limit_pct_gdp": F(1, as_written="governments have treated 1% of GDP as an informal ceiling since a 1976 cabinet decision"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="Abe's Liberal Democratic Party (LDP) governs in coalition with Komeito"),
        "politics.lower_house_coalition_share": F(67, "about", as_written="The two parties hold 313 of the Lower House's 465 seats, roughly 67%"),
        "politics.upper_house_coalition_share": F(58, "about", as_written="the July 2019 election left them with 141 of 245 seats, approximately 58 percent"),
        "politics.next_diet_election_due": F(2021, as_written="The Lower House's four-year term expires in October 2021, and no national election is required before that"),
        "politics.lower_house_election_due": D("2021-10", as_written="The Lower House's four-year term expires in October 2021"),
        "trade.overall_partner_rank": F(4, period="2019", as_written="Japan was the fourth-largest U.S. trading partner in 2019"),
        "trade.export_partner_rank": F(5, period="2019", as_written="As a market for U.S. goods and services it placed fifth, trailing Canada, Mexico, China, and the United Kingdom"),
        "trade.import_partner_rank": F(4, period="2019", as_written="as a source of U.S. imports it came fourth, after China, Mexico, and Canada"),
        "trade.us_exports_to_japan": F(122600000000, period="2019", as_written="Table 1 ($ billions): U.S. exports to Japan | 120.6 | 122.6 (2019 column)"),
        "trade.us_imports_from_japan": F(179900000000, period="2019", as_written="Table 1 ($ billions): U.S. imports from Japan | 178.9 | 179.9 (2019 column)"),
        "trade.fdi_source_rank": F(2, period="2018", as_written="Japanese firms held about $484 billion in direct investment in the United States at the end of 2018, and the United Kingdom is the only country whose firms have invested more"),
        "trade.treasury_holder_rank": F(1, as_written="Japanese holdings of U.S. Treasury securities ... have been the largest of any foreign country since mid-2019, when they surpassed China's"),
        "economy.gdp_growth": GDP(y2019=0.7, y2018=0.3),
        "economy.supplementary_budget": F(297000000000, "about", period="2020-06-12", as_written="The Diet enacted a second one on June 12. At ¥31.9 trillion, around $297 billion",
                                          note="the second FY2020 supplementary budget; amount in the sentence after the one with the date"),
        "economy.emissions_cut_target": F(26, by="2030", baseline="2013", as_written="a 26% reduction in greenhouse gas emissions by 2030 from 2013 levels"),
    },
    "elections": {
        "lower_house_2017": E("Lower House", "2017-10", "held", result="LDP and Komeito hold 313 of 465 seats, roughly 67%"),
        "upper_house_2019": E("Upper House", "2019-07", "held", result="coalition left with 141 of 245 seats, approximately 58 percent"),
        "okinawa_governor_2018": E("Okinawa governor", "2018-09", "held", result="Tamaki Denny elected"),
        "ldp_president_2021": E("LDP president", "2021-09", "upcoming", note="Abe's term ends; 'the LDP must choose a new leader by then'"),
        "upper_house_2022": E("Upper House", "2022-07", "upcoming", note="'the next Upper House election is set for July 2022'"),
    },
    "events": {
        "stage_one_deal_finalized": EV("Trump and Abe announce the limited trade agreement in New York", "2019-09-25", "held"),
    },
    "notes": "Traps: 'a security treaty signed in 1951 and revised in 1960' (1960 is the revision); 'in November 2019 became the longest-serving head of government' (not a date fact); 'lapses at the end of March 2021' and 'The agreement expires on March 31, 2021' (expiry, not the agreement's date); 'which were to have opened on July 24' and 'They are now scheduled for July 23 to August 8, 2021' (Olympics); 'some 18,500 confirmed infections and fewer than 1,000 deaths'; 'on April 7, extended it nationwide on April 16, and lifted it on May 25'; 'the consumption tax rose from 8% to 10% in October'; 'at an annualized rate of 2.2%' (a quarter, not a year); 'would shrink by 5.8% in 2020' (IMF projection); Figure 1 (real GDP growth 2015-2019, percent; axis ticks 0-2.5, no value labels); 'A first supplementary budget of ¥25.7 trillion, enacted April 30' (earlier supplementary); 'a ¥100,000 cash handout'; '¥10 trillion in reserve funds'; 'more than ¥230 trillion, or roughly 40 percent of GDP' (package total and a share of GDP); 'left its policy rate at -0.1%'; 'an 80% cut by 2050' (long-term aim, not the 2030 target); 'more than in any other foreign country' (not a rank); 'South Korea hosts about 28,500 and Germany roughly 35,000' (other countries); 'commits Japan to ¥946.5 billion over five years' (five-year total); '$8 billion a year from Japan, more than four times the present level' (Trump's reported demand); 'higher than that of any other U.S. ally' (not a catalogue rank); 'which the cabinet approved in December 2017'; 'some ¥200 billion and about a decade'; 'about ¥450 billion over 30 years' and 'roughly ¥180 billion to U.S. suppliers' (Aegis Ashore costs); 'a record ¥5.31 trillion, is about 0.9% of GDP' (actual spending, not the limit); 'Unlike NATO members, which have agreed to aim for 2% of GDP, Japan has set no spending target' (no goal stated); 'about 9,000 Marines are to leave the island' (total leaving, not the Guam figure); '72% of voters opposed the landfill in a February 2019 prefectural referendum'; 'the prefectural assembly election of June 7, 2020' (local, not listed); '313 of the Lower House's 465 seats' and '141 of 245 seats' (counts beside the shares); 'short of the two-thirds'; 'Cabinet approval fell below 40%'; 'the June 18 arrest of former Justice Minister Kawai Katsuyuki'; 'Abe's third term as LDP president ends in September 2021' (the leadership choice is listed as ldp_president_2021, not the next Diet election); 'The Lower House's four-year term expires in October 2021' is a deadline 16 months away, so no upcoming lower_house_2021 is listed (as Y2); 'the next Upper House election is set for July 2022' (later than the next Diet election); 'Voters in Tokyo go to the polls on July 5 in a gubernatorial race' (local, not listed); 'were the European Union's 27 members counted as a single partner, it would rank fifth' (hypothetical rank); Table 1 2018 column (120.6, 178.9) and balance row (-58.3, -57.3); 'signed on October 7, 2019, took effect on January 1, 2020' (IF11120 facts); 'about $7.2 billion of U.S. farm exports'; 'not the 2.5% duty on passenger cars'; 'within four months of entry into force'; 'about $484 billion' (FDI stock, 2018); 'some $1.27 trillion in April'; 'a state visit ... planned for April'; 'the national security law Beijing imposed on Hong Kong on June 30'; 'the export controls Japan tightened in July 2019'; PDF NBSP (before percent/billion/trillion and in 'U.S. Forces') and hyphenated line ends; two-column layout text",
}
