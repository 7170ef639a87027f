from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "JD1-IF10199-2019-08", "fresh29", "IF10199", 14
LAYOUTS = ["interleaved", "html"]
PDF_OPTS = ["lig", "quotes", "hyph"]
SIDEBAR = "Okinawa and the Marines"
CHART = {"unit": "¥ trillions", "ymax": 6, "ticks": [0, 2, 4, 6],
         "series": ["Initial defense budget"],
         "bars": {"FY2015": (4.98,), "FY2016": (5.05,), "FY2017": (5.13,), "FY2018": (5.19,), "FY2019": (5.26,)}}

MD = """
U.S.-Japan Relations

Updated August 27, 2019

## Overview

Japan, a treaty ally of the United States since the end of the Allied occupation in 1952, anchors the U.S. military presence in East Asia and is one of the largest U.S. economic partners. Its prime minister, Shinzo Abe, has led the government since December 2012, having first held the office for a single year in 2006-2007. If he is still in office on November 20, he will pass Katsura Taro, who headed three governments between 1901 and 1913, as the longest-serving prime minister in Japan's history.

Abe has invested heavily in his ties with President Donald J. Trump, who in May became the first state guest of the new emperor, Naruhito. On August 25, on the sidelines of the Group of Seven (G-7) meeting in Biarritz, France, the two leaders announced that their negotiators had agreed "in principle" on a limited trade deal covering tariffs and digital trade, which they aim to sign next month. The President has nonetheless called the alliance one-sided and pressed Tokyo to pay more for U.S. bases and to buy more U.S. goods.

## The Security Alliance

Under the current Treaty of Mutual Cooperation and Security, signed in 1960 to replace the original 1951 pact, the United States is committed to defend Japan, and Japan provides bases for U.S. forces. Fifty-four thousand or so U.S. military personnel are stationed in Japan (almost twice the 28,500 in South Korea), along with the only U.S. aircraft carrier homeported abroad.

Japan also pays much of the cost of the U.S. presence. Under the current Special Measures Agreement (SMA), signed in January 2016 and in force through March 2021, Tokyo committed ¥946.5 billion over five years for base workers' salaries, utilities, and construction, an average of ¥189.3 billion a year: somewhat under $2 billion at current exchange rates. Negotiations on the next SMA are expected to begin next year, and U.S. officials have signaled that they will seek a sizable increase.

Under Abe, the defense budget has grown for seven consecutive years, to a record ¥5.26 trillion in FY2019 (Figure 1), yet it has stayed close to the informal ceiling of one percent of gross domestic product (GDP) that Japanese governments have generally honored since 1976. The Ministry of Defense is expected to request roughly ¥5.3 trillion for FY2020 before the end of this month. Some lawmakers in the ruling party have cited the guideline of 2% of GDP that NATO members have pledged to move toward, but the government has adopted no such target.

**Figure 1. Japan's Defense Budget, FY2015-FY2019**

Source: Japan Ministry of Defense. Initial budgets, including SACO- and realignment-related costs.

## Okinawa and the Marines

Okinawa Prefecture, whose islands are a fraction of 1% of Japan's land, carries an outsized share of the U.S. military footprint. Some 70 percent of the acreage reserved for the exclusive use of U.S. forces in Japan is on Okinawa, and well over half of the U.S. military personnel in Japan are based there, most of them Marines.

To lighten that load, the two governments agreed in 2012 to move about 9,000 Marines off the island. Under the plan, the Marines are headed to:

- Guam: approximately 4,000, with the first moves now expected in the mid-2020s
- Hawaii: roughly 2,700
- the continental United States and rotations through Australia: the remainder

The relocation of Marine Corps Air Station Futenma to a new runway at Henoko, in northern Okinawa, remains contested. Governor Denny Tamaki, elected in September 2018 to succeed Takeshi Onaga, who died in office, opposes it, and 72% of those who voted in a nonbinding prefectural referendum in February rejected the landfill.

## Japanese Politics

Abe's Liberal Democratic Party (LDP) governs in coalition with Komeito, a much smaller party. In the July 21 election for half of the House of Councillors, the upper chamber, the coalition won 71 of the 124 seats contested. It now holds 141 of the chamber's 245 seats (about 58%), compared with roughly 61% before the vote, and supporters of constitutional revision fell short of the two-thirds (164 seats) needed to propose an amendment.

The coalition's position is stronger in the House of Representatives, the more powerful lower chamber, which Abe dissolved a year early to call an election in October 2017. The two parties hold 313 of its 465 seats, comfortably above the two-thirds mark. Unless Abe dissolves it again, voters will not go to the polls nationally until the chamber's term runs out in October 2021; the next upper-house contest will follow in July 2022. Abe won a third three-year term as LDP president in September 2018, and party rules bar a fourth.

## Trade and Investment

In 2018, Japan was the No. 4 U.S. trading partner in goods, and counting exports and imports separately does not change its place: it was the fourth-largest market for U.S. goods and the fourth-largest source of them (Table 1). U.S. exports to Japan rose by about 11% last year, to $75.0 billion, while imports from Japan, at $142.6 billion, were close to twice as large.

Table 1. U.S. Goods Trade with Japan, 2016-2018 ($ billions)

| Year | U.S. exports | U.S. imports | Balance |
| --- | --- | --- | --- |
| 2016 | 63.3 | 132.2 | -68.9 |
| 2017 | 67.7 | 136.5 | -68.8 |
| 2018 | 75.0 | 142.6 | -67.6 |

Source: U.S. Census Bureau.

Since the United States left the Trans-Pacific Partnership (TPP) in January 2017, Japan has put into effect both the 11-country CPTPP (on December 30, 2018) and a trade agreement with the European Union (on February 1), leaving U.S. beef and pork at a tariff disadvantage. Bilateral negotiations began with a first formal round in Washington in mid-April. On May 17, President Trump proclaimed under Section 232 of the Trade Expansion Act of 1962 that imports of autos and parts threaten U.S. national security, and directed negotiators to address the threat within 180 days; the Commerce Department had recommended tariffs of up to 25%. Steel and aluminum from Japan have paid Section 232 tariffs of 25% and 10%, respectively, since March 2018. According to the two governments, the Biarritz deal would bring Japan's 38.5% tariff on U.S. beef down to 9% by 2033, matching its CPTPP schedule, while the United States would keep its 2.5% tariff on Japanese passenger cars.

Japanese firms' direct investment in the United States reached $484 billion at the end of 2018, a stock exceeded only by that of firms from the United Kingdom. Japan's holdings of U.S. Treasury securities ($1.12 trillion in June) overtook China's ($1.11 trillion) that month, returning Japan to the top of the list of foreign holders for the first time since May 2017.

## Japan's Economy

Growth in real GDP slowed to 0.8% in 2018 from 1.9% the year before, and the economy expanded at an annualized rate of 1.8% in April-June 2019 on the strength of consumer and business spending. Private forecasters expect growth of between 0.5% and 0.9% for 2019 as a whole. The consumption tax is scheduled to rise from 8% to 10% on October 1. In February, the Diet enacted a second FY2018 supplementary budget of ¥3.0 trillion (roughly $27 billion), following a ¥0.9 trillion first supplementary in November 2018. Under the Paris Agreement, Japan has pledged to reduce greenhouse gas emissions 26% below FY2013 levels by FY2030; a long-term strategy adopted in June calls for an 80% reduction by 2050.

## Regional Relations

Japan's relations with South Korea have fallen to their lowest point in decades. After South Korean court rulings on wartime forced labor, Tokyo in July tightened controls on exports of three chemicals used by Korean chipmakers, and its removal of South Korea from a list of trusted trading partners takes effect tomorrow. On August 22, the government of President Moon Jae-in announced that it would let the bilateral General Security of Military Information Agreement (GSOMIA), signed in 2016, lapse in November.

North Korea has launched short-range missiles and rockets seven times since July 25, tests that Trump has played down. Abe has offered to meet Kim Jong Un without preconditions. Ties with China have steadied: Abe met President Xi Jinping in Osaka in June, and Xi is expected to make a state visit to Japan next spring.

**Emma Chanlett-Avery**, Coordinator, Specialist in Asian Affairs

**Mark E. Manyin**, Specialist in Asian Affairs

**Brock R. Williams**, Specialist in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Abe", "Shinzo", "Its prime minister, Shinzo Abe", note="given name first; the possessive 'Its' carries Japan from the sentence before; Katsura Taro is a former prime minister"),
        "leaders.us_president": P("Trump", "Donald", "President Donald J. Trump"),
        "alliance.treaty_ally_since": F(1952, as_written="a treaty ally of the United States since the end of the Allied occupation in 1952", note="the 1960 treaty and 'the original 1951 pact' are traps"),
        "alliance.us_troops_in_japan": F(54000, "about", as_written="Fifty-four thousand or so U.S. military personnel are stationed in Japan", note="number in words with a postposed hedge ('or so')"),
        "alliance.host_nation_support_per_year": F(2000000000, "under", per="year", as_written="an average of ¥189.3 billion a year: somewhat under $2 billion at current exchange rates", note="the dollar figure, not the five-year yen total"),
        "alliance.host_nation_support_agreement": D("2016-01", as_written="Under the current Special Measures Agreement (SMA), signed in January 2016 and in force through March 2021", note="dated by its signing; the March 2021 end and next year's talks are traps"),
        "alliance.okinawa_share_of_usfj_facilities": F(70, "about", as_written="Some 70 percent of the acreage reserved for the exclusive use of U.S. forces in Japan is on Okinawa", note="sidebar; exclusive-use basis"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="well over half of the U.S. military personnel in Japan are based there", note="sidebar"),
        "alliance.okinawa_share_of_land_area": F(1, "under", as_written="Okinawa Prefecture, whose islands are a fraction of 1% of Japan's land", note="sidebar; 'a fraction of 1%' is under 1"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="Guam: approximately 4,000, with the first moves now expected in the mid-2020s", note="sidebar bullet; the label names the destination; 9,000 (all leaving) and Hawaii's 2,700 are traps"),
        "defense.traditional_limit_pct_gdp": F(1, as_written="the informal ceiling of one percent of gross domestic product (GDP) that Japanese governments have generally honored since 1976", note="'close to' describes the budget, not the ceiling; NATO's 2% is no Japanese goal"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="Abe's Liberal Democratic Party (LDP) governs in coalition with Komeito"),
        "politics.upper_house_coalition_share": F(58, "about", previous=61, as_written="It now holds 141 of the chamber's 245 seats (about 58%), compared with roughly 61% before the vote", note="subject 'It' is the coalition; previous share roughly 61% before the July 21 vote"),
        "politics.lower_house_coalition_share": F(67, "over", as_written="The two parties hold 313 of its 465 seats, comfortably above the two-thirds mark", note="fraction rounded to a whole percent"),
        "politics.next_diet_election_due": F(2021, as_written="voters will not go to the polls nationally until the chamber's term runs out in October 2021", note="the earliest national vote stated after the held July 2019 election; the July 2022 upper-house contest is later"),
        "politics.lower_house_election_due": D("2021-10", as_written="until the chamber's term runs out in October 2021"),
        "trade.overall_partner_rank": F(4, period="2018", as_written="In 2018, Japan was the No. 4 U.S. trading partner in goods"),
        "trade.export_partner_rank": F(4, period="2018", as_written="it was the fourth-largest market for U.S. goods"),
        "trade.import_partner_rank": F(4, period="2018", as_written="and the fourth-largest source of them"),
        "trade.us_exports_to_japan": F(75000000000, period="2018", as_written="U.S. exports to Japan rose by about 11% last year, to $75.0 billion", note="goods; 'last year' is 2018; also Table 1's 2018 row"),
        "trade.us_imports_from_japan": F(142600000000, period="2018", as_written="while imports from Japan, at $142.6 billion, were close to twice as large", note="goods; also Table 1's 2018 row"),
        "trade.fdi_source_rank": F(2, period="2018", as_written="Japanese firms' direct investment in the United States reached $484 billion at the end of 2018, a stock exceeded only by that of firms from the United Kingdom"),
        "trade.treasury_holder_rank": F(1, period="2019-06", as_written="Japan's holdings of U.S. Treasury securities ($1.12 trillion in June) overtook China's ($1.11 trillion) that month, returning Japan to the top of the list of foreign holders", note="June 2019 (year from the cover)"),
        "economy.gdp_growth": dict(GDP(y2018=0.8, y2017=1.9), as_written="Growth in real GDP slowed to 0.8% in 2018 from 1.9% the year before", note="2017 from 'the year before'; the annualized April-June 1.8% and the 0.5%-0.9% forecast are traps"),
        "economy.supplementary_budget": F(27000000000, "about", period="2019-02", as_written="In February, the Diet enacted a second FY2018 supplementary budget of ¥3.0 trillion (roughly $27 billion)", note="the dollar figure; February 2019 (year from the cover); the November 2018 first supplementary is a trap"),
        "economy.emissions_cut_target": F(26, by="FY2030", baseline="FY2013", as_written="Japan has pledged to reduce greenhouse gas emissions 26% below FY2013 levels by FY2030"),
    },
    "elections": {
        "upper_house_2019": E("Upper House", "2019-07-21", "held", result="coalition won 71 of 124 contested seats; holds 141 of 245 (about 58%), down from roughly 61%", note="'the July 21 election', year from the cover"),
        "lower_house_2017": E("Lower House", "2017-10", "held", result="coalition holds 313 of 465 seats", note="'dissolved a year early to call an election in October 2017'"),
        "upper_house_2022": E("Upper House", "2022-07", "upcoming", note="'the next upper-house contest will follow in July 2022'"),
        "ldp_president_2018": E("LDP president", "2018-09", "held", result="Abe won a third three-year term"),
        "okinawa_governor_2018": E("Okinawa governor", "2018-09", "held", result="Denny Tamaki elected, opposes the Henoko relocation", note="sidebar"),
    },
    "events": {
        "first_negotiating_round": EV("First formal round of U.S.-Japan trade negotiations, in Washington", "2019-04", "held"),
        "section232_autos_proclamation": EV("Section 232 proclamation on imports of autos and parts", "2019-05-17", "held"),
    },
    "notes": "Traps: 'having first held the office for a single year in 2006-2007' (range); 'If he is still in office on November 20, he will pass Katsura Taro, who headed three governments between 1901 and 1913' (former prime minister, a range and a planned record); 'since December 2012'; 'who in May became the first state guest of the new emperor, Naruhito'; 'On August 25 ... agreed \"in principle\" on a limited trade deal ... which they aim to sign next month' (an agreement in principle and a planned signing: not `stage_one_deal_finalized`, not an agreement date); 'signed in 1960 to replace the original 1951 pact' (treaty years beside the 1952 alliance year); 'almost twice the 28,500 in South Korea' (another country's troops); 'Tokyo committed ¥946.5 billion over five years' (yen total) and 'in force through March 2021' (the SMA's end, not its date); 'Negotiations on the next SMA are expected to begin next year' (planned); 'grown for seven consecutive years, to a record ¥5.26 trillion in FY2019'; 'expected to request roughly ¥5.3 trillion for FY2020' (planned); 'the guideline of 2% of GDP that NATO members have pledged to move toward, but the government has adopted no such target' (no Japanese goal); Figure 1 (defense budget FY2015-FY2019, ¥ trillions, ticks 0-6, no value labels; floated into the html sidebar); sidebar 'move about 9,000 Marines off the island' (all leaving, not Guam's) and bullet 'Hawaii: roughly 2,700'; 'in the mid-2020s' (a range of years); 'Takeshi Onaga, who died in office' (former governor); '72% of those who voted in a nonbinding prefectural referendum in February' (not an election share); 'the coalition won 71 of the 124 seats contested' (seats won in the vote, not the share); 'compared with roughly 61% before the vote' (previous Upper House share); 'fell short of the two-thirds (164 seats)' (a threshold, not the coalition's share); 'Abe won a third three-year term as LDP president in September 2018, and party rules bar a fourth' (no LDP vote scheduled is stated); 'the next upper-house contest will follow in July 2022' (later than the 2021 deadline); 'rose by about 11% last year' (growth rate beside the export amount); 'were close to twice as large' (ratio); Table 1's 2016 and 2017 rows and the Balance column (past years; deficit); 'left the Trans-Pacific Partnership (TPP) in January 2017' and 'the 11-country CPTPP (on December 30, 2018) and a trade agreement with the European Union (on February 1)' (other agreements); 'within 180 days' and 'recommended tariffs of up to 25%' (recommended, not imposed); 'Section 232 tariffs of 25% and 10%, respectively, since March 2018' (steel and aluminum); 'Japan's 38.5% tariff on U.S. beef down to 9% by 2033' and 'its 2.5% tariff on Japanese passenger cars'; '$484 billion' (the FDI stock is no IF10199 fact); 'China's ($1.11 trillion)' (another country's holdings) and 'for the first time since May 2017'; 'an annualized rate of 1.8% in April-June 2019' (a quarter); 'growth of between 0.5% and 0.9% for 2019' (forecast range); 'rise from 8% to 10% on October 1' (planned consumption tax); 'following a ¥0.9 trillion first supplementary in November 2018' (earlier supplementary); 'calls for an 80% reduction by 2050' (long-term goal); 'takes effect tomorrow' (export-control list, August 28); 'President Moon Jae-in' (another country's leader) and 'GSOMIA), signed in 2016, lapse in November'; 'seven times since July 25' (launch count); 'Kim Jong Un' and 'President Xi Jinping' (other countries' leaders); 'Xi is expected to make a state visit to Japan next spring' (planned); PDF ligatures, curly quotes, hyphenated line ends; interleaved columns; html sidebar 'Okinawa and the Marines' holding Figure 1",
}
