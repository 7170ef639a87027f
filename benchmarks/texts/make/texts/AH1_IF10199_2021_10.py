from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "AH1-IF10199-2021-10", "fresh16", "IF10199", 41
LAYOUTS = ["layout", "pdf"]
PDF_OPTS = ["nbsp", "hyph"]
CHART = {"unit": "$ billions", "ymax": 160, "ticks": [0, 40, 80, 120, 160],
         "series": ["U.S. exports to Japan", "U.S. imports from Japan"],
         "bars": {"2016": (63.3, 132.2), "2017": (67.7, 136.5), "2018": (75.0, 142.6), "2019": (74.7, 143.6), "2020": (64.1, 119.5)}}

MD = """
U.S.-Japan Relations

Updated October 13, 2021

## Overview

Kishida Fumio became Japan's prime minister on October 4, chosen by the Diet five days after he won the presidency of the ruling Liberal Democratic Party (LDP). He is the country's third leader in little more than a year. Abe Shinzo, the longest-serving prime minister in Japan's history, stepped down in September 2020 for health reasons; his successor, Suga Yoshihide, decided against seeking a new party term after months in which his approval ratings sank under the strain of the COVID-19 pandemic and the postponed Tokyo Olympics. Kishida intends to dissolve the House of Representatives tomorrow and to hold a general election on October 31.

President Joe Biden telephoned Kishida the day after he took office. The two leaders reaffirmed that the U.S. obligation to defend Japan under their security treaty extends to the Senkaku Islands, which China also claims.

## A New Leader and an Early Vote

Kishida, 64, represents a Hiroshima district and served as foreign minister from 2012 to 2017. He trailed vaccine minister Kono Taro in public opinion polls but won the September 29 party vote in a runoff, in which Diet members' ballots weigh heavily; Takaichi Sanae and Noda Seiko were eliminated in the first round.

The coming election will be the first for the lower chamber since October 2017, when the LDP and its coalition partner, Komeito, took 313 of the 465 seats. It will also be the first in the postwar era held after members' terms have run out: they expire on October 21, ten days before the vote. In August, the candidate Suga backed lost the Yokohama mayoral race, a result that alarmed many LDP lawmakers.

Table 1. The Ruling Coalition's Strength in the Diet, October 2021

| Chamber | Seats | Coalition | Share |
| --- | --- | --- | --- |
| Lower House | 465 | 305 | 66% |
| Upper House | 245 | 138 | 56% |

Source: House of Representatives and House of Councillors, as of October 12. Lower House figures are before dissolution.

In the upper chamber, where half the seats next come up in July 2022, the coalition's share has edged down from the 57% it held after the July 2019 election.

## The Alliance

Seventy years have passed since the two countries signed their first security treaty in San Francisco in September 1951; the treaty in force today, a revised version, dates from 1960. Of the more than 80,000 U.S. military personnel based in Northeast Asia, about 55,000 are in Japan, more than in any other foreign country, and some 28,500 are in South Korea.

Roughly ¥200 billion a year, or about $1.9 billion, is what Japan contributes toward the cost of stationing U.S. forces under the Special Measures Agreement (SMA). That agreement was due to expire in March 2021; a one-year extension was reached in February 2021, and the two governments are now negotiating a multiyear successor. The Trump Administration had reportedly sought $8 billion a year, some four times as much.

## Okinawa

Just six-tenths of one percent of Japan's land area lies in Okinawa Prefecture. Yet about 70% of the land set aside for the exclusive use of U.S. forces is there, as are upwards of half of the U.S. military personnel in Japan. It is also home to Marine Corps Air Station Futenma, whose planned replacement off Henoko is opposed by Governor Denny Tamaki, elected in September 2018. Under a 2012 realignment plan, some 9,000 Marines are to leave the island; of them, roughly four thousand are to go to Guam, beginning around 2024.

## Defense

For decades, Japan's defense budget has stayed close to 1% of GDP, a cap the cabinet adopted in 1976 and formally abandoned in 1987 but that has guided budgets ever since. The LDP's campaign platform, released October 12, calls for spending of "2% or more of GDP," the level NATO members have pledged to reach; the government itself has set no such target. The Ministry of Defense has requested ¥5.48 trillion for FY2022.

## Trade and Investment

**Figure 1. U.S. Goods Trade with Japan, 2016-2020**

Source: U.S. Census Bureau. Goods only, not seasonally adjusted.

Behind China, Mexico, and Canada, Japan was the fourth-largest U.S. partner in goods trade in 2020. As a market for U.S. goods it ranked fourth, buying $64.1 billion worth; as a source of imports, fourth as well, at $119.5 billion. Both flows fell sharply from 2019, when exports had totaled $74.7 billion and imports $143.6 billion.

No other country's firms hold as much direct investment in the United States as Japan's. Japan is likewise the largest foreign holder of U.S. Treasury securities: its $1.28 trillion in July topped China's $1.06 trillion.

Under the U.S.-Japan Trade Agreement, in force since January 2020, Japan has cut tariffs on U.S. beef, pork, and other farm goods. The 25% Section 232 tariff on steel, imposed in March 2018, still applies to Japanese steel, and Tokyo has asked for the kind of relief the Biden Administration is discussing with the European Union. The United Kingdom applied in February to join the Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP), and China and Taiwan did so in September; Japan continues to urge the United States to return to the pact.

## Economy

Japan's real GDP shrank 4.7% in 2020, having barely grown (0.3%) in 2019. A state of emergency covering Tokyo, in place for much of the year, ended on September 30. Enacted in January 2021, the third supplementary budget for FY2020 added ¥19.2 trillion, roughly $184 billion, to spending; Kishida has promised another economic package after the election. Suga's climate pledge of April, a 46% cut in greenhouse gas emissions from 2013 levels by 2030, replaced a goal of 26%.

## Regional Relations

The September 24 White House summit was the Quad leaders' second meeting and their first in person; the four leaders had met by video in March. Relations with South Korea remain strained over wartime history, and President Moon Jae-in's term ends in May 2022. As foreign minister, Kishida negotiated the December 2015 agreement with Seoul on the "comfort women" issue, and he was in Washington when Abe addressed a joint meeting of Congress on April 29, 2015.

**Emma Chanlett-Avery**, Coordinator, Specialist in Asian Affairs

**Mark E. Manyin**, Specialist in Asian Affairs

**Brock R. Williams**, Specialist in International Trade and Finance

**Caitlin Campbell**, Analyst in Asian Affairs
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Kishida", "Fumio", "Kishida Fumio became Japan's prime minister on October 4"),
        "leaders.us_president": P("Biden", "Joe", "President Joe Biden telephoned Kishida"),
        "alliance.treaty_ally_since": F(1951, as_written="Seventy years have passed since the two countries signed their first security treaty in San Francisco in September 1951"),
        "alliance.us_troops_in_japan": F(55000, "about", as_written="Of the more than 80,000 U.S. military personnel based in Northeast Asia, about 55,000 are in Japan"),
        "alliance.host_nation_support_per_year": F(1900000000, "about", per="year", as_written="Roughly ¥200 billion a year, or about $1.9 billion, is what Japan contributes"),
        "alliance.host_nation_support_agreement": D("2021-02", as_written="a one-year extension was reached in February 2021"),
        "alliance.okinawa_share_of_land_area": F(0.6, as_written="Just six-tenths of one percent of Japan's land area lies in Okinawa Prefecture"),
        "alliance.okinawa_share_of_usfj_facilities": F(70, "about", basis="exclusive use", as_written="Yet about 70% of the land set aside for the exclusive use of U.S. forces is there"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="as are upwards of half of the U.S. military personnel in Japan"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="of them, roughly four thousand are to go to Guam, beginning around 2024"),
        "defense.traditional_limit_pct_gdp": F(1, as_written="close to 1% of GDP, a cap the cabinet adopted in 1976", note="the cap is 1%; 'close to' describes the budget"),
        "politics.ruling_coalition": F(["LDP", "Komeito"]),
        "politics.lower_house_coalition_share": F(66, as_written="Table 1: Lower House | 465 | 305 | 66%", note="before dissolution"),
        "politics.upper_house_coalition_share": F(56, previous=57, as_written="Table 1: Upper House | 245 | 138 | 56%; edged down from the 57% it held after the July 2019 election"),
        "politics.next_diet_election_due": F(2021, as_written="to hold a general election on October 31"),
        "trade.overall_partner_rank": F(4, period="2020", basis="goods trade", as_written="Behind China, Mexico, and Canada, Japan was the fourth-largest U.S. partner in goods trade in 2020"),
        "trade.export_partner_rank": F(4, period="2020", as_written="As a market for U.S. goods it ranked fourth"),
        "trade.us_exports_to_japan": F(64100000000, period="2020", note="goods only", as_written="buying $64.1 billion worth"),
        "trade.import_partner_rank": F(4, period="2020", as_written="as a source of imports, fourth as well"),
        "trade.us_imports_from_japan": F(119500000000, period="2020", note="goods only", as_written="at $119.5 billion"),
        "trade.fdi_source_rank": F(1, as_written="No other country's firms hold as much direct investment in the United States as Japan's"),
        "trade.treasury_holder_rank": F(1, period="2021-07", as_written="Japan is likewise the largest foreign holder of U.S. Treasury securities: its $1.28 trillion in July"),
        "economy.gdp_growth": GDP(y2020=-4.7, y2019=0.3),
        "economy.supplementary_budget": F(184000000000, "about", period="2021-01", as_written="Enacted in January 2021, the third supplementary budget for FY2020 added ¥19.2 trillion, roughly $184 billion"),
        "economy.emissions_cut_target": F(46, by="2030", baseline="2013", as_written="a 46% cut in greenhouse gas emissions from 2013 levels by 2030"),
        "diplomacy.quad_leader_meetings": F(2, as_written="The September 24 White House summit was the Quad leaders' second meeting and their first in person"),
    },
    "elections": {
        "ldp_president_2021": E("LDP president", "2021-09-29", "held", result="Kishida won a runoff against Kono Taro", note="'won the September 29 party vote'; year from the text's date"),
        "lower_house_2017": E("Lower House", "2017-10", "held", result="LDP and Komeito took 313 of the 465 seats"),
        "lower_house_2021": E("Lower House", "2021-10-31", "upcoming", note="'to hold a general election on October 31'; year from the text's date"),
        "upper_house_2019": E("Upper House", "2019-07", "held", result="coalition held 57% after it"),
        "upper_house_2022": E("Upper House", "2022-07", "upcoming", note="'where half the seats next come up in July 2022'"),
        "okinawa_governor_2018": E("Okinawa governor", "2018-09", "held", result="Denny Tamaki elected"),
    },
    "events": {
        "abe_address_to_congress": EV("Abe addresses a joint meeting of Congress", "2015-04-29", "held"),
    },
    "notes": "Traps: 'became Japan's prime minister on October 4' and 'five days after' (dates, not the LDP vote's); 'stepped down in September 2020' and 'Suga Yoshihide, decided against seeking a new party term' (former leaders; the term decision is not a separate election); 'dissolve the House of Representatives tomorrow' (dissolution, not the vote); 'the day after he took office'; 'Kishida, 64' and 'from 2012 to 2017'; 'took 313 of the 465 seats' (2017 seat count: no share stated, and not the current share); 'they expire on October 21, ten days before the vote' (a term expiry after which the election is held: no Lower House deadline fact); 'the Yokohama mayoral race' (local, not listed); Table 1 seat counts '465 | 305' and '245 | 138'; 'edged down from the 57% it held after the July 2019 election' (previous Upper House share); 'Seventy years have passed' and 'a revised version, dates from 1960'; 'more than 80,000 U.S. military personnel based in Northeast Asia' (regional total) and 'some 28,500 are in South Korea' (other country); 'Roughly ¥200 billion a year' (yen), 'due to expire in March 2021', '$8 billion a year, some four times as much' (a past demand); 'some 9,000 Marines are to leave the island' (total leaving, not Guam) and 'beginning around 2024' (none moved: no marines_in_guam); 'Marine Corps Air Station Futenma'; 'adopted in 1976 and formally abandoned in 1987'; '\"2% or more of GDP,\" the level NATO members have pledged to reach' (party platform and NATO, 'the government itself has set no such target': no spending goal); '¥5.48 trillion for FY2022'; Figure 1 (goods trade 2016-2020, $ billions, ticks 0-160, no value labels); 'when exports had totaled $74.7 billion and imports $143.6 billion' (2019); 'China's $1.06 trillion'; 'in force since January 2020' (an IF11120 fact); 'The 25% Section 232 tariff on steel, imposed in March 2018' (not a tariff on most imports); 'applied in February' / 'did so in September' (CPTPP applicants); 'ended on September 30'; '¥19.2 trillion' and 'promised another economic package' (planned); 'replaced a goal of 26%'; 'had met by video in March' (the first of the two meetings, not a separate count); 'President Moon Jae-in's term ends in May 2022' (foreign, not listed); 'the December 2015 agreement with Seoul'; PDF NBSP and hyphenated line ends; layout text runs the two columns side by side",
}
