from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "AA1-IF10199-2021-04", "fresh8", "IF10199", 9
LAYOUTS = ["pdf", "md"]
PDF_OPTS = ["quotes", "hyph"]
CHART = {"unit": "$ billions", "ymax": 200, "ticks": [0, 50, 100, 150, 200],
         "series": ["U.S. exports to Japan", "U.S. imports from Japan"],
         "bars": {"2016": (108.4, 171.9), "2017": (114.6, 176.7), "2018": (121.1, 179.7),
                  "2019": (124.3, 178.7), "2020": (104.4, 142.3)}}

MD = """
U.S.-Japan Relations

Updated April 27, 2021

## Overview

Linked to the United States by a security treaty first signed in 1951 and revised in 1960, Japan hosts the largest forward-deployed U.S. military presence in the world and is one of the most important U.S. economic partners. The Biden Administration has made the repair of U.S. alliances an early priority, and Tokyo has been at the front of the line. Secretary of State Antony Blinken and Secretary of Defense Lloyd Austin made Japan the first stop on their first overseas trip in mid-March, and on April 16, 2021, Prime Minister Suga Yoshihide became the first foreign leader to be received in person by President Joe Biden at the White House.

The summit capped an intense first three months. On March 12, Biden convened the first-ever leader-level meeting of the Quadrilateral Security Dialogue, or "Quad," made up of the United States, Japan, Australia, and India; the session was held by video, and officials have said they hope the four leaders can meet face to face before the end of the year.

Tokyo's calendar for the rest of 2021 is crowded. The Tokyo Olympic Games, postponed for a year because of the COVID-19 pandemic, are to open on July 23 without spectators from abroad, and on April 25 a third state of emergency took effect in Tokyo, Osaka, Kyoto, and Hyogo. Suga must also lead his party into a general election within six months (see "Domestic Politics").

## The April 16 Summit

The visit produced a joint leaders' statement titled "U.S.-Japan Global Partnership for a New Era" and several companion documents. Among the outcomes:

- a statement that the two leaders "underscore the importance of peace and stability across the Taiwan Strait," the first reference to Taiwan in a U.S.-Japan leaders' document since 1969;
- a reaffirmation that Article 5 of the security treaty applies to the Senkaku Islands, which China and Taiwan also claim;
- a Competitiveness and Resilience ("CoRe") Partnership on 5G and next-generation networks, semiconductor supply chains, and biotechnology, under which the two governments are to put a combined $4.5 billion toward trusted digital infrastructure;
- a climate partnership, announced days before the virtual Leaders Summit on Climate that Biden hosted on April 22-23.

Beijing lodged a formal protest over the Taiwan passage. Japanese officials have said the language does not alter Japan's long-standing position on Taiwan, nor does it presuppose any military role for the Self-Defense Forces. Suga did not address Congress during the trip; the last Japanese leader to do so was his predecessor, Abe Shinzo, who spoke before a joint meeting in April 2015.

## Alliance Issues

Roughly fifty-five thousand U.S. military personnel are stationed in Japan, more than in any other foreign country; South Korea, the other U.S. treaty ally in Northeast Asia, hosts about 28,500. In return for the U.S. commitment to defend it, Japan provides bases and pays a substantial part of the cost of keeping U.S. forces there.

**Cost sharing.** The Special Measures Agreement (SMA) that governs Japan's host-nation support was due to lapse at the end of March 2021. With little time to conclude a new multiyear pact after the U.S. presidential transition, the two governments agreed in February 2021 to roll the existing terms over for one year, to March 2022. Tokyo will therefore keep paying just under $2 billion a year toward basing costs, a fraction of the $8 billion annually that the Trump Administration reportedly sought in 2019. Talks on a successor agreement are to resume later this year.

**Defense spending.** Japan has raised its defense budget for nine consecutive years, to a record ¥5.34 trillion in FY2021. Outlays nonetheless remain close to an informal ceiling of about one percent of GDP that successive cabinets have observed since 1976. Some LDP lawmakers urge a move toward the 2% of GDP that NATO members have pledged to spend; the government has not adopted any such target.

**Okinawa.** Okinawa Prefecture makes up just 0.6% of Japan's land area. It nonetheless hosts roughly one-quarter of the facilities used by U.S. Forces Japan (USFJ), and well over half of USFJ personnel are based there. Governor Tamaki Denny, elected in September 2018, opposes the long-planned relocation of Marine Corps Air Station Futenma to the Henoko area of Nago, where landfill work continues. Under the 2012 revision of the bilateral realignment plan, some 9,000 Marines are to leave Okinawa. Approximately four thousand of them are to move to Guam, where the Marine Corps activated Camp Blaz in October 2020; the transfers are not expected to begin before 2024.

## Domestic Politics

Suga, who served as chief cabinet secretary for nearly eight years, won the Liberal Democratic Party (LDP) presidential election on September 14, 2020, after Abe Shinzo announced his resignation for health reasons; the Diet elected him prime minister two days later. His cabinet's approval ratings, above 60% at the outset, fell below 40% in January amid criticism of the government's handling of the pandemic and have recovered only partly since.

The LDP governs in coalition with Komeito. Together the two parties control 305 of the Lower House's 465 seats, about 66%, a majority carried over from the October 2017 general election. Their margin in the House of Councillors, as the Upper House is formally known, is narrower: since the July 2019 election the coalition has held just over 57% of that chamber's seats.

The four-year term of the current Lower House ends in October 2021, so a general election must be held by then unless Suga dissolves the chamber sooner. The LDP leadership term that Suga inherited from Abe runs out in September 2021, when the party is to hold a presidential election; whether Suga can win a full three-year term is an open question. On April 25, the LDP failed to win any of the three Diet seats contested that day (in two by-elections and a rerun election in Hiroshima), a result widely read as a warning for the ruling party. The next regular Upper House election is due in July 2022.

## Economic and Trade Issues

The pandemic cut deeply into U.S.-Japan trade in 2020 (Table 1 and Figure 1). Counting goods and services together, Japan remained the No. 4 U.S. trading partner. Measured in goods alone, only Canada, Mexico, and China bought more from the United States than Japan did. It was also the fourth-biggest supplier of goods to U.S. buyers, although the U.S. goods deficit with Japan, $55.4 billion, fell to seventh place among U.S. bilateral deficits, from third in 2019.

Table 1. U.S. Trade in Goods and Services with Japan ($ billions)

| Flow | 2019 | 2020 |
| --- | --- | --- |
| U.S. exports to Japan | 124.3 | 104.4 |
| U.S. imports from Japan | 178.7 | 142.3 |
| Balance | -54.4 | -37.9 |

**Figure 1. U.S. Trade with Japan, 2016-2020**

Source: Bureau of Economic Analysis. Goods and services.

Investment ties run deep. Japanese firms held $619 billion in direct investment in the United States at the end of 2019, more than the firms of any other country. It is likewise the largest foreign creditor of the U.S. Treasury, with holdings of about $1.28 trillion in February 2021; China's stood at roughly $1.10 trillion.

The U.S.-Japan Trade Agreement and the U.S.-Japan Digital Trade Agreement, concluded by the Trump and Abe governments, entered into force on January 1, 2020. The Biden Administration has not said whether it will pursue the broader second-stage negotiations the two sides envisioned in 2019. Section 232 tariffs of 25% on steel and 10% on aluminum from Japan remain in effect. Japan, for its part, anchors the 11-member Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP) and in November 2020 became one of 15 signatories of the Regional Comprehensive Economic Partnership (RCEP).

Japan's economy shrank 4.8% in 2020, its steepest annual contraction since 2009, after edging up 0.3% in 2019. Output rebounded in the second half of the year, and real GDP in the October-December quarter rose at an annualized rate of 11.7%, but renewed emergency measures are expected to weigh on growth this spring. To finance a ¥73.6 trillion economic package announced in December, the Diet enacted a third FY2020 supplementary budget of ¥19.2 trillion, around $185 billion, on January 28, 2021. In March it passed a record ¥106.6 trillion budget for FY2021.

At the climate summit on April 22, Suga pledged that Japan would reduce its greenhouse gas emissions by forty-six percent from 2013 levels by 2030 and would strive for a 50% cut. The previous goal, a 26% reduction, had been criticized as unambitious. Suga had already committed Japan, in October 2020, to carbon neutrality by 2050.

## Regional Relations

China is the chief concern of Japanese strategists. Chinese government vessels operated in the waters around the Senkakus on a record 333 days in 2020, and a Chinese law that took effect on February 1, 2021, authorizes China's coast guard to use weapons against foreign ships in waters Beijing claims. Tokyo nevertheless seeks a stable relationship with Beijing, its largest trading partner; a state visit to Japan by Chinese leader Xi Jinping, once planned for spring 2020, remains on hold.

North Korea's launch of two short-range ballistic missiles on March 25 was its first since Biden took office. Trilateral cooperation among Washington, Tokyo, and Seoul, which Biden officials consider essential to dealing with Pyongyang, is hampered by feuds between Japan and South Korea over history. A January 2021 ruling by a Seoul court ordering Japan to compensate former "comfort women" has deepened the rift, and Suga has yet to hold a summit with South Korean President Moon Jae-in. The three countries' national security advisers met in Annapolis, MD, on April 2.

**Emma Chanlett-Avery**, Coordinator, Specialist in Asian Affairs

**Mark E. Manyin**, Specialist in Asian Affairs

**Brock R. Williams**, Specialist in International Trade and Finance

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Suga", "Yoshihide", "Prime Minister Suga Yoshihide"),
        "leaders.us_president": P("Biden", "Joe", "President Joe Biden"),
        "alliance.treaty_ally_since": F(1951, as_written="Linked to the United States by a security treaty first signed in 1951 and revised in 1960"),
        "alliance.us_troops_in_japan": F(55000, "about", as_written="Roughly fifty-five thousand U.S. military personnel are stationed in Japan"),
        "alliance.host_nation_support_per_year": F(2000000000, "under", per="year", as_written="Tokyo will therefore keep paying just under $2 billion a year toward basing costs"),
        "alliance.host_nation_support_agreement": D("2021-02", as_written="the two governments agreed in February 2021 to roll the existing terms over for one year, to March 2022", note="one-year extension of the SMA"),
        "alliance.okinawa_share_of_usfj_facilities": F(25, "about", as_written="It nonetheless hosts roughly one-quarter of the facilities used by U.S. Forces Japan (USFJ)"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="and well over half of USFJ personnel are based there"),
        "alliance.okinawa_share_of_land_area": F(0.6, as_written="Okinawa Prefecture makes up just 0.6% of Japan's land area"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="Approximately four thousand of them are to move to Guam"),
        "defense.traditional_limit_pct_gdp": F(1, "about", as_written="an informal ceiling of about one percent of GDP that successive cabinets have observed since 1976"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="The LDP governs in coalition with Komeito"),
        "politics.lower_house_coalition_share": F(66, "about", as_written="Together the two parties control 305 of the Lower House's 465 seats, about 66%"),
        "politics.upper_house_coalition_share": F(57, "over", as_written="since the July 2019 election the coalition has held just over 57% of that chamber's seats"),
        "politics.next_diet_election_due": F(2021, as_written="The four-year term of the current Lower House ends in October 2021, so a general election must be held by then"),
        "politics.lower_house_election_due": D("2021-10", as_written="The four-year term of the current Lower House ends in October 2021"),
        "trade.overall_partner_rank": F(4, period="2020", as_written="Counting goods and services together, Japan remained the No. 4 U.S. trading partner"),
        "trade.export_partner_rank": F(4, period="2020", as_written="Measured in goods alone, only Canada, Mexico, and China bought more from the United States than Japan did", note="goods"),
        "trade.import_partner_rank": F(4, period="2020", as_written="It was also the fourth-biggest supplier of goods to U.S. buyers", note="goods; subject carried from the sentence before"),
        "trade.us_exports_to_japan": F(104400000000, period="2020", as_written="Table 1: U.S. exports to Japan | 124.3 | 104.4 ($ billions)", note="table only, 2020 column"),
        "trade.us_imports_from_japan": F(142300000000, period="2020", as_written="Table 1: U.S. imports from Japan | 178.7 | 142.3 ($ billions)", note="table only, 2020 column"),
        "trade.fdi_source_rank": F(1, as_written="Japanese firms held $619 billion in direct investment in the United States at the end of 2019, more than the firms of any other country"),
        "trade.treasury_holder_rank": F(1, as_written="It is likewise the largest foreign creditor of the U.S. Treasury", note="subject 'It' = Japan, carried"),
        "economy.gdp_growth": GDP(y2020=-4.8, y2019=0.3),
        "economy.supplementary_budget": F(185000000000, "about", period="2021-01-28", as_written="the Diet enacted a third FY2020 supplementary budget of ¥19.2 trillion, around $185 billion, on January 28, 2021"),
        "economy.emissions_cut_target": F(46, by="2030", baseline="2013", as_written="reduce its greenhouse gas emissions by forty-six percent from 2013 levels by 2030"),
        "diplomacy.quad_leader_meetings": F(1, as_written="Biden convened the first-ever leader-level meeting of the Quadrilateral Security Dialogue"),
    },
    "elections": {
        "ldp_president_2020": E("LDP president", "2020-09-14", "held", result="Suga won"),
        "lower_house_2017": E("Lower House", "2017-10", "held", result="coalition holds 305 of 465 seats, about 66%"),
        "upper_house_2019": E("Upper House", "2019-07", "held", result="coalition holds just over 57%"),
        "okinawa_governor_2018": E("Okinawa governor", "2018-09", "held", result="Tamaki Denny elected"),
        "lower_house_2021": E("Lower House", "2021-10", "upcoming", note="term ends October 2021; election must be held by then"),
        "ldp_president_2021": E("LDP president", "2021-09", "upcoming", note="term runs out in September 2021, when the party is to hold a presidential election"),
        "upper_house_2022": E("Upper House", "2022-07", "upcoming"),
    },
    "events": {
        "abe_address_to_congress": EV("Abe Shinzo spoke before a joint meeting of Congress", "2015-04", "held"),
    },
    "notes": "Traps: 'revised in 1960' (treaty year is 1951); 'On March 12' (Quad date; count is 1 from 'first-ever') and 'hope the four leaders can meet face to face before the end of the year' (planned); 'are to open on July 23' (Olympics) and 'on April 25 a third state of emergency'; 'within six months'; summit bullet list: 'since 1969', 'a combined $4.5 billion toward trusted digital infrastructure', 'April 22-23'; 'Suga did not address Congress' vs 'who spoke before a joint meeting in April 2015' (the event); 'South Korea ... hosts about 28,500' (another country); 'due to lapse at the end of March 2021' and 'to March 2022' (not the agreement date); 'the $8 billion annually that the Trump Administration reportedly sought in 2019'; 'nine consecutive years, to a record ¥5.34 trillion in FY2021'; 'the 2% of GDP that NATO members have pledged to spend; the government has not adopted any such target' (no spending goal); 'Governor Tamaki Denny, elected in September 2018'; 'some 9,000 Marines are to leave Okinawa' (total leaving, not Guam); 'activated Camp Blaz in October 2020' and 'not expected to begin before 2024'; 'served as chief cabinet secretary for nearly eight years'; 'above 60% at the outset, fell below 40% in January' (approval, not seat shares); '305 of the Lower House's 465 seats' (counts, share is 66); 'The LDP leadership term ... runs out in September 2021' (an LDP vote, not the next Diet election); 'On April 25, the LDP failed to win any of the three Diet seats contested that day' (by-elections: not listed); 'The next regular Upper House election is due in July 2022' (later than the Lower House deadline); 'the U.S. goods deficit with Japan, $55.4 billion, fell to seventh place ... from third in 2019' (not a trade rank); Table 1's 2019 column (124.3, 178.7) and balance row (-54.4, -37.9); Figure 1 (2016-2020, $ billions, axis ticks 0-200, no value labels); '$619 billion' and 'about $1.28 trillion in February 2021' (amounts, not ranks); 'China's stood at roughly $1.10 trillion'; 'entered into force on January 1, 2020' (IF11120 facts); 'Section 232 tariffs of 25% on steel and 10% on aluminum' (not a tariff on most imports); '11-member CPTPP' and 'one of 15 signatories of ... RCEP' (not the Quad or IPEF); 'its steepest annual contraction since 2009'; 'rose at an annualized rate of 11.7%' (a quarter); 'a ¥73.6 trillion economic package announced in December'; 'a record ¥106.6 trillion budget for FY2021' (main budget, not supplementary); 'strive for a 50% cut' and 'The previous goal, a 26% reduction'; 'carbon neutrality by 2050'; 'a record 333 days in 2020'; 'February 1, 2021'; 'two short-range ballistic missiles on March 25'; 'A January 2021 ruling'; PDF curly quotes and hyphenated line ends",
}
