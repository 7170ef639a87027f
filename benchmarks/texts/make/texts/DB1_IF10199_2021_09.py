from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "DB1-IF10199-2021-09", "fresh23", "IF10199", 41
LAYOUTS = ["pdf", "html"]
PDF_OPTS = ["lig", "hyph"]
SIDEBAR = "The Economy After a Pandemic Year"
CHART = {"unit": "¥ trillions", "ymax": 600, "ticks": [0, 200, 400, 600],
         "series": ["Real GDP, annualized"],
         "bars": {"Q1 2020": (541,), "Q2 2020": (498,), "Q3 2020": (526,), "Q4 2020": (540,), "Q1 2021": (535,), "Q2 2021": (537,)}}

MD = """
U.S.-Japan Relations

Updated September 30, 2021

## A Change of Leader in Tokyo

Japan's Liberal Democratic Party (LDP) picked former Foreign Minister Kishida Fumio as its president on September 29, 2021, in a runoff against Kono Taro, the minister in charge of the vaccine rollout. Kishida took roughly 60% of the runoff ballots; Takaichi Sanae and Noda Seiko were eliminated in the first round. Until the Diet votes on October 4, however, the prime minister remains Suga Yoshihide, who said on September 3 that he would not run to keep the party post. Suga's year in office was dominated by the COVID-19 pandemic and by the Tokyo Olympics, held without spectators in July and August; his cabinet's approval ratings had sunk to around 30% by late summer.

Both Suga and his predecessor, Abe Shinzo, made the alliance with the United States the center of their foreign policy, and Kishida, who was Abe's foreign minister for nearly five years, is widely expected to do the same. In April, Suga was the first foreign leader President Joe Biden received at the White House; their joint statement mentioned peace and stability across the Taiwan Strait, a subject leaders of the two countries had not addressed together since 1969.

## Elections Ahead

Kishida's first test will be a general election. Lower House members' four-year terms expire on October 21, but the vote need not come before then: under the election law's timetable, a general election must be held by November 28, 2021. Going into it, the LDP and its partner Komeito control nearly two-thirds of the chamber's 465 seats, a margin little changed since the October 2017 general election. Their edge in the House of Councillors is narrower, at 57% of the seats; half of that chamber will be chosen in July 2022. In Okinawa, Governor Tamaki Denny, who opposes the planned relocation of Marine Corps Air Station Futenma, faces voters in September 2022.

## The Alliance

The two countries became allies in 1951, when they signed a security treaty at San Francisco on the day Japan signed its peace treaty; the treaty in force today dates from 1960. U.S. Forces Japan (USFJ) comprises an estimated 55,000 military personnel, more than the United States stations in any other foreign country.

Tokyo pays part of the cost of hosting them under Special Measures Agreements (SMAs). When the five-year SMA signed in January 2016 expired in March 2021, the two governments rolled its terms over through March 2022 by a stopgap agreement concluded in late February 2021. Under it Japan is contributing ¥201.7 billion in FY2021 (approximately $1.8 billion). Talks on a multiyear successor are under way; the previous Administration had reportedly asked for $8 billion a year.

Okinawa's land, only 0.6% of the national total, holds roughly seven-tenths of the area reserved for the exclusive use of U.S. forces, and a majority of USFJ personnel are based on the island. Of some 9,000 Marines who are to leave Okinawa under a 2012 agreement, Guam is to receive approximately 4,000; transfers are not expected to start before 2024, and construction at Henoko, the Futenma replacement site, is years from completion.

## Defense Spending

Japan's defense budget has generally been held to a ceiling of 1% of GDP, first adopted as cabinet policy in 1976. The Ministry of Defense's request for FY2022, submitted in August, seeks a record ¥5.48 trillion. During the LDP race, Takaichi called for doubling defense spending to 2% of GDP; Kishida has pledged a significant increase but has not named a target, and the government has adopted none.

## Trade and Investment

Japan's fourth-place standing among U.S. trading partners was unchanged in 2020, a year in which the pandemic cut trade in both directions (Table 1). Japan also ranked fourth as a destination for U.S. goods and fourth as a source of them.

Table 1. U.S. Goods Trade with Japan ($ billions)

| Flow | 2020 | 2019 | Change |
| --- | --- | --- | --- |
| U.S. exports to Japan | 64.1 | 74.4 | -13.8% |
| U.S. imports from Japan | 119.5 | 143.6 | -16.8% |
| U.S. balance | -55.4 | -69.2 | n.a. |

Japanese companies' direct investment in the United States, $639 billion at the end of 2020, exceeds that of investors from any other country. Treasury Department data for July 2021 show residents of Japan holding about $1.3 trillion in U.S. Treasury securities, more than holders in China ($1.1 trillion) or in any other foreign country. The U.S.-Japan Trade Agreement, in force since January 2020, cut tariffs on U.S. beef, pork, and wheat; Section 232 tariffs of 25% on Japanese steel and 10% on aluminum remain in place.

## The Economy After a Pandemic Year

Real GDP contracted 4.7% in 2020, Japan's sharpest decline since 2009. Growth resumed at an annualized 1.9% in the April-June quarter of 2021, but repeated states of emergency held back consumption (Figure 1). The third supplementary budget for FY2020, enacted in January 2021, added ¥19.2 trillion, approximately $185 billion, to spending; Kishida has promised another large package.

**Figure 1. Japan's Real GDP by Quarter, 2020-2021**

Source: Cabinet Office of Japan. Seasonally adjusted, annualized; second preliminary estimates.

Suga pledged in April that Japan would cut greenhouse gas emissions 46% by FY2030 from FY2013 levels, up from a previous goal of 26%, and would strive for 50%.

## Regional Cooperation

On September 24, Suga joined President Biden and the leaders of Australia and India at the White House for the first in-person summit of the Quad, six months after a virtual one; two leader-level Quad meetings have thus been held. The leaders announced plans on vaccines, critical technologies, and infrastructure. North Korea tested cruise missiles and, on September 15, short-range ballistic missiles that landed within Japan's exclusive economic zone. Japan and South Korea, whose president is Moon Jae-in, remain at odds over wartime history.

**Emma Chanlett-Avery**, Coordinator, Specialist in Asian Affairs

**Mark E. Manyin**, Specialist in Asian Affairs

**Brock R. Williams**, Specialist in International Trade and Finance

**Caitlin Campbell**, Analyst in Asian Affairs
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Suga", "Yoshihide", "the prime minister remains Suga Yoshihide", note="Kishida won the LDP vote on September 29 but is not yet prime minister (Diet vote October 4)"),
        "leaders.us_president": P("Biden", "Joe", "President Joe Biden"),
        "alliance.treaty_ally_since": F(1951, as_written="The two countries became allies in 1951"),
        "alliance.us_troops_in_japan": F(55000, "about", as_written="U.S. Forces Japan (USFJ) comprises an estimated 55,000 military personnel"),
        "alliance.host_nation_support_per_year": F(1800000000, "about", period="FY2021", as_written="Japan is contributing ¥201.7 billion in FY2021 (approximately $1.8 billion)"),
        "alliance.host_nation_support_agreement": D("2021-02", as_written="a stopgap agreement concluded in late February 2021", note="one-year rollover of the January 2016 SMA"),
        "alliance.okinawa_share_of_usfj_facilities": F(70, "about", as_written="holds roughly seven-tenths of the area reserved for the exclusive use of U.S. forces", note="exclusive-use basis; fraction in words"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="a majority of USFJ personnel are based on the island"),
        "alliance.okinawa_share_of_land_area": F(0.6, as_written="Okinawa's land, only 0.6% of the national total"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="Guam is to receive approximately 4,000"),
        "defense.traditional_limit_pct_gdp": F(1, as_written="held to a ceiling of 1% of GDP, first adopted as cabinet policy in 1976"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="the LDP and its partner Komeito"),
        "politics.lower_house_coalition_share": F(67, "nearly", as_written="control nearly two-thirds of the chamber's 465 seats"),
        "politics.upper_house_coalition_share": F(57, as_written="Their edge in the House of Councillors is narrower, at 57% of the seats"),
        "politics.next_diet_election_due": F(2021, as_written="a general election must be held by November 28, 2021"),
        "politics.lower_house_election_due": D("2021-11-28", as_written="a general election must be held by November 28, 2021", note="terms expire October 21 (trap)"),
        "trade.overall_partner_rank": F(4, period="2020", as_written="Japan's fourth-place standing among U.S. trading partners was unchanged in 2020"),
        "trade.export_partner_rank": F(4, period="2020", as_written="Japan also ranked fourth as a destination for U.S. goods"),
        "trade.import_partner_rank": F(4, period="2020", as_written="and fourth as a source of them"),
        "trade.us_exports_to_japan": F(64100000000, period="2020", as_written="U.S. exports to Japan | 64.1", note="Table 1, 2020 column, $ billions, goods"),
        "trade.us_imports_from_japan": F(119500000000, period="2020", as_written="U.S. imports from Japan | 119.5", note="Table 1, 2020 column, $ billions, goods"),
        "trade.fdi_source_rank": F(1, period="2020", as_written="exceeds that of investors from any other country"),
        "trade.treasury_holder_rank": F(1, period="2021-07", as_written="more than holders in China ($1.1 trillion) or in any other foreign country"),
        "economy.gdp_growth": GDP(y2020=-4.7),
        "economy.supplementary_budget": F(185000000000, "about", period="2021-01", as_written="enacted in January 2021, added ¥19.2 trillion, approximately $185 billion"),
        "economy.emissions_cut_target": F(46, by="FY2030", baseline="FY2013", as_written="cut greenhouse gas emissions 46% by FY2030 from FY2013 levels"),
        "diplomacy.quad_leader_meetings": F(2, as_written="two leader-level Quad meetings have thus been held"),
    },
    "elections": {
        "ldp_president_2021": E("LDP president", "2021-09-29", "held", result="Kishida Fumio defeated Kono Taro in a runoff"),
        "lower_house_2021": E("Lower House", "2021-11-28", "upcoming", note="must be held by November 28, 2021 (deadline as the upcoming election, months away)"),
        "lower_house_2017": E("Lower House", "2017-10", "held"),
        "upper_house_2022": E("Upper House", "2022-07", "upcoming"),
        "okinawa_governor_2022": E("Okinawa governor", "2022-09", "upcoming", note="Tamaki Denny, incumbent"),
    },
    "notes": "Traps: 'picked former Foreign Minister Kishida Fumio as its president on September 29, 2021' and 'Until the Diet votes on October 4' (Kishida is not yet prime minister); 'Kono Taro', 'Takaichi Sanae and Noda Seiko' (candidates); 'Kishida took roughly 60% of the runoff ballots' (a vote share, not a seat share); 'approval ratings had sunk to around 30%'; 'his predecessor, Abe Shinzo' (former PM); 'since 1969' (Taiwan); 'Lower House members' four-year terms expire on October 21' (not the deadline: the election 'must be held by November 28, 2021'); 'half of that chamber will be chosen in July 2022' (later than the next election); 'the treaty in force today dates from 1960'; 'the five-year SMA signed in January 2016 expired in March 2021' and 'through March 2022' (not the latest agreement's date); '¥201.7 billion' (yen beside the dollar figure); 'asked for $8 billion a year' (a demand); 'Of some 9,000 Marines who are to leave Okinawa' (total leaving, not Guam) and 'not expected to start before 2024' (none moved); 'first adopted as cabinet policy in 1976'; 'a record ¥5.48 trillion' (request); 'Takaichi called for doubling defense spending to 2% of GDP' and 'has not named a target' (no spending goal); Table 1's 2019 column (74.4, 143.6) and its 'Change' column (-13.8%, -16.8%) and balance row; '$639 billion' (FDI stock, no IF10199 fact); 'about $1.3 trillion' and 'China ($1.1 trillion)'; 'Section 232 tariffs of 25% on Japanese steel and 10% on aluminum' (no tariff on most imports); 'in force since January 2020' (an IF11120 fact); 'sharpest decline since 2009'; 'an annualized 1.9% in the April-June quarter of 2021' (a quarter); '¥19.2 trillion' and 'another large package' (planned); 'a previous goal of 26%' and 'would strive for 50%'; 'six months after a virtual one' and 'On September 24' (the count is two); 'on September 15, short-range ballistic missiles'; Figure 1 (quarterly real GDP, ¥ trillions, no value labels; html: floated into the sidebar 'The Economy After a Pandemic Year'); PDF ligatures and hyphenated line ends",
}
