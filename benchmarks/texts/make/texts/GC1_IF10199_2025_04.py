from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "GC1-IF10199-2025-04", "fresh26", "IF10199", 42
LAYOUTS = ["layout", "html"]
PDF_OPTS = ["quotes", "nbsp", "hyph"]
SIDEBAR = "Okinawa at a Glance"
CHART = {"unit": "$ billions", "ymax": 60, "ticks": [0, 15, 30, 45, 60],
         "series": ["Passenger vehicles", "Auto parts"],
         "bars": {"2020": (39.8, 13.1), "2021": (41.2, 14.6), "2022": (45.9, 15.8), "2023": (50.7, 17.0), "2024": (55.4, 17.3)}}

MD = """
U.S.-Japan Relations

Updated April 24, 2025

## Overview

Three months into the second term of President Donald J. Trump, Japan is contending with U.S. tariffs on a scale it has not faced since the trade frictions of the 1980s. Prime Minister Ishiba Shigeru, who succeeded Kishida Fumio last October, came to the White House in February; the two leaders reaffirmed an alliance that has bound the countries since 1952, when the security treaty signed at San Francisco the year before took effect. At that meeting Ishiba said Japan would raise its stock of direct investment in the United States to $1 trillion, a target for the total rather than a pledge of new money. Congress may weigh how the tariffs, and U.S. demands on burden sharing, affect an ally that hosts more U.S. forces than any other.

## Tariffs and the New Trade Talks

On April 2, invoking the International Emergency Economic Powers Act (IEEPA), the President announced "reciprocal" tariffs that assigned Japan a rate of 24%. That rate was in force for only a few hours on April 9 before being suspended for 90 days. What most Japanese goods pay today, on top of ordinary duties, is the 10% levy applied to nearly all U.S. trading partners since April 5. Passenger vehicles, Japan's largest export to the United States (see Figure 1), face a steeper charge: a 25% Section 232 tariff since April 3, extended to many auto parts from May 3. Steel and aluminum have carried the same 25% since March 12. Tokyo has sought exemptions from each.

Five days after the announcement, on April 7, Trump and Ishiba agreed by telephone to open negotiations, making Japan among the first partners to do so. Economic revitalization minister Akazawa Ryosei met Treasury Secretary Scott Bessent and other officials in Washington on April 16; a second session is planned before the end of this month. Some in Tokyo favor offering larger purchases of U.S. liquefied natural gas, including from a proposed $44 billion Alaska project, rather than tariff cuts on rice.

**Figure 1. U.S. Imports of Vehicles and Parts from Japan, 2020-2024**

Source: CRS, with U.S. Census Bureau data.

## Economic Ties

Japan's importance to the U.S. economy rests as much on capital as on trade. Japanese firms held $783 billion in direct investment in the United States at the end of 2023; for the fifth year in a row, no other country's holdings were larger. Former President Joe Biden blocked Nippon Steel's $14.9 billion bid for U.S. Steel on January 3; President Trump has since ordered the deal reviewed again. With about $1.13 trillion in February, Japan is still the largest foreign holder of U.S. Treasury securities; China, the runner-up, held some $784 billion.

Table 1. U.S. Trade with Japan ($ billions, goods and services)

| Flow | 2023 | 2024 | Japan's rank, 2024 |
| --- | --- | --- | --- |
| U.S. exports to Japan | 121.0 | 129.1 | 5 |
| U.S. imports from Japan | 184.0 | 192.4 | 5 |
| Total trade | 305.0 | 321.5 | 6 |
| U.S. balance | -63.0 | -63.3 | - |

Source: CRS, with Bureau of Economic Analysis data. Ranks among U.S. partners, EU members counted separately.

## The Alliance

U.S. forces in Japan number roughly fifty-four thousand uniformed personnel, most of them in the Navy, the Air Force, and the Marine Corps. Tokyo contributes toward their upkeep under a Special Measures Agreement (SMA), concluded in December 2021, that expires in March 2027; the payments average approximately $2 billion a year. Talks on a successor are expected to start later this year, and the President has said Japan should pay more. In March, U.S. Forces Japan began upgrading to a joint force headquarters, a step first announced in July 2024.

Japan's defense buildup is the most ambitious in its postwar history. The government intends spending on defense and related items to reach 2% of GDP in FY2027, about twice the level of 1% of GDP that cabinets treated as a ceiling for decades. The FY2025 budget, enacted March 31, sets aside ¥8.7 trillion for defense, roughly 1.8% of GDP once related items are counted; some in the Administration have urged allies to spend 3% or more. Deliveries of up to 400 Tomahawk cruise missiles, bought for an estimated $2.35 billion, are scheduled to begin in the fiscal year that opened this month.

## Okinawa at a Glance

- Area: 0.6% of Japan's land
- Land reserved for exclusive U.S. use that lies in the prefecture: about 70%
- U.S. military personnel in Japan stationed there: more than half

Of the 9,000 Marines slated to leave Okinawa under the 2012 realignment plan, about 4,000 are headed to Guam. An advance group of roughly 100 logistics Marines arrived in Guam in December 2024, the first to transfer. Governor Tamaki Denny, whose term runs to September 2026, opposes the new Marine airfield at Henoko.

## Politics in Tokyo

Ishiba won the leadership of the Liberal Democratic Party (LDP) in a runoff on September 27, 2024, defeating Takaichi Sanae, and then called a snap election. In that contest, held October 27, the LDP and its partner Komeito lost their majority in the House of Representatives: the coalition now holds 215 of the chamber's 465 seats, roughly 46%. It governs with votes from the Democratic Party for the People (DPFP) or Nippon Ishin on each bill. In the House of Councillors, the coalition still commands about 57% of the seats, but half of them are at stake this July, the next time Japanese voters go to the polls nationally. The lower chamber's members serve until October 2028 unless it is dissolved earlier. Cabinet approval ratings have hovered near 30%, and the Tokyo metropolitan assembly vote on June 22 is seen as a test.

## Economy

Growth has been weak: real GDP rose 0.1% in 2024, following 1.5% in 2023, although the October-December quarter showed an annualized gain of 2.2%. The Diet passed a ¥13.9 trillion supplementary budget, worth around $90 billion, on December 17 to pay for energy subsidies and aid to low-income households. Last July the yen slid past ¥161 to the dollar, a 38-year low; it has since firmed to about ¥142. The Bank of Japan lifted its policy rate to 0.5% in January. Under the Paris Agreement, Japan has pledged to cut greenhouse gas emissions 46% from FY2013 levels by FY2030, and in February it set further goals of 60% by FY2035 and 73% by FY2040.

## Regional Diplomacy

Quad leaders have now met six times, the latest summit hosted by then-President Biden in Wilmington, Delaware, last September; India is due to host the next. Japan helped launch the Indo-Pacific Economic Framework (IPEF) in May 2022, alongside the United States and a dozen other countries, though the current Administration has shown little interest in it. Since Russia's 2022 invasion, Japan has committed more than $12 billion to Ukraine, of which about $1.3 billion is humanitarian aid.

**Mark E. Manyin**, Coordinator, Specialist in Asian Affairs

**Kyla H. Kitamura**, Analyst in Asian Affairs

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Ishiba", "Shigeru", "Prime Minister Ishiba Shigeru, who succeeded Kishida Fumio last October", note="family name first; Kishida is the former PM"),
        "leaders.us_president": P("Trump", "Donald", "the second term of President Donald J. Trump"),
        "alliance.treaty_ally_since": F(1952, as_written="an alliance that has bound the countries since 1952, when the security treaty signed at San Francisco the year before took effect", note="in force 1952, as the records from 2024 on; the signing year is only 'the year before'"),
        "alliance.us_troops_in_japan": F(54000, "about", as_written="U.S. forces in Japan number roughly fifty-four thousand uniformed personnel"),
        "alliance.host_nation_support_per_year": F(2000000000, "about", per="year", as_written="the payments average approximately $2 billion a year"),
        "alliance.host_nation_support_agreement": D("2021-12", as_written="a Special Measures Agreement (SMA), concluded in December 2021, that expires in March 2027"),
        "alliance.okinawa_share_of_land_area": F(0.6, as_written="Area: 0.6% of Japan's land", note="sidebar bullet"),
        "alliance.okinawa_share_of_usfj_facilities": F(70, "about", as_written="Land reserved for exclusive U.S. use that lies in the prefecture: about 70%", note="exclusive-use basis; sidebar bullet"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "over", as_written="U.S. military personnel in Japan stationed there: more than half", note="sidebar bullet"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="Of the 9,000 Marines slated to leave Okinawa under the 2012 realignment plan, about 4,000 are headed to Guam"),
        "alliance.marines_in_guam": F(100, "about", period="2024-12", as_written="An advance group of roughly 100 logistics Marines arrived in Guam in December 2024"),
        "defense.spending_goal_pct_gdp": F(2, by="FY2027", as_written="The government intends spending on defense and related items to reach 2% of GDP in FY2027"),
        "defense.traditional_limit_pct_gdp": F(1, as_written="about twice the level of 1% of GDP that cabinets treated as a ceiling for decades", note="'about' hedges 'twice', not the 1%"),
        "defense.tomahawk_purchase": F(2350000000, "about", as_written="up to 400 Tomahawk cruise missiles, bought for an estimated $2.35 billion"),
        "politics.ruling_coalition": F(["LDP", "Komeito"], as_written="the LDP and its partner Komeito"),
        "politics.lower_house_coalition_share": F(46, "about", as_written="the coalition now holds 215 of the chamber's 465 seats, roughly 46%"),
        "politics.upper_house_coalition_share": F(57, "about", as_written="In the House of Councillors, the coalition still commands about 57% of the seats"),
        "politics.next_diet_election_due": F(2025, as_written="half of them are at stake this July, the next time Japanese voters go to the polls nationally"),
        "politics.lower_house_election_due": D("2028-10", as_written="The lower chamber's members serve until October 2028 unless it is dissolved earlier"),
        "trade.overall_partner_rank": F(6, period="2024", as_written="Table 1, 'Total trade' row, column 'Japan's rank, 2024': 6"),
        "trade.export_partner_rank": F(5, period="2024", as_written="Table 1, 'U.S. exports to Japan' row, rank column: 5"),
        "trade.import_partner_rank": F(5, period="2024", as_written="Table 1, 'U.S. imports from Japan' row, rank column: 5"),
        "trade.us_exports_to_japan": F(129100000000, period="2024", as_written="Table 1, 'U.S. exports to Japan' row, 2024 column: 129.1 ($ billions)"),
        "trade.us_imports_from_japan": F(192400000000, period="2024", as_written="Table 1, 'U.S. imports from Japan' row, 2024 column: 192.4 ($ billions)"),
        "trade.fdi_source_rank": F(1, period="2023", as_written="Japanese firms held $783 billion in direct investment in the United States at the end of 2023; for the fifth year in a row, no other country's holdings were larger"),
        "trade.treasury_holder_rank": F(1, period="2025-02", as_written="With about $1.13 trillion in February, Japan is still the largest foreign holder of U.S. Treasury securities"),
        "trade.us_tariff_on_most_imports_from_japan": F(10, period="2025-04-05", as_written="What most Japanese goods pay today, on top of ordinary duties, is the 10% levy applied to nearly all U.S. trading partners since April 5"),
        "economy.gdp_growth": GDP(y2024=0.1, y2023=1.5),
        "economy.supplementary_budget": F(90000000000, "about", period="2024-12", as_written="The Diet passed a ¥13.9 trillion supplementary budget, worth around $90 billion, on December 17", note="year from the cover date"),
        "economy.yen": F("38-year low against the dollar", period="2024-07", as_written="Last July the yen slid past ¥161 to the dollar, a 38-year low"),
        "economy.emissions_cut_target": F(46, by="FY2030", baseline="FY2013", as_written="Japan has pledged to cut greenhouse gas emissions 46% from FY2013 levels by FY2030"),
        "diplomacy.quad_leader_meetings": F(6, as_written="Quad leaders have now met six times"),
        "diplomacy.ipef_other_partners": F(13, period="2022-05", as_written="launch the Indo-Pacific Economic Framework (IPEF) in May 2022, alongside the United States and a dozen other countries", note="the United States plus 12 others"),
        "diplomacy.ukraine_humanitarian_aid": F(1300000000, "about", as_written="of which about $1.3 billion is humanitarian aid"),
    },
    "elections": {
        "ldp_president_2024": E("LDP president", "2024-09-27", "held", result="Ishiba defeated Takaichi Sanae in a runoff"),
        "lower_house_2024": E("Lower House", "2024-10-27", "held", result="LDP-Komeito lost its majority: 215 of 465 seats, roughly 46%"),
        "upper_house_2025": E("Upper House", "2025-07", "upcoming", note="'half of them are at stake this July'"),
    },
    "events": {
        "tariff_talks_announced": EV("Trump and Ishiba agree by telephone to open tariff negotiations", "2025-04-07", "held"),
    },
    "notes": "Traps: 'who succeeded Kishida Fumio last October' (former PM); 'the trade frictions of the 1980s'; 'the security treaty signed at San Francisco the year before' (the signing, 1951, not written as a number); 'raise its stock of direct investment in the United States to $1 trillion, a target for the total rather than a pledge of new money' (no trade.japan_investment_pledge); 'hosts more U.S. forces than any other' (comparison, no count); 'assigned Japan a rate of 24%' and 'in force for only a few hours on April 9 before being suspended for 90 days' (announced, suspended); 'a 25% Section 232 tariff since April 3, extended to many auto parts from May 3' (autos, not most imports); 'Steel and aluminum have carried the same 25% since March 12'; 'Five days after the announcement'; 'met Treasury Secretary Scott Bessent ... on April 16' (a ministerial session: no tracked event) and 'a second session is planned'; 'a proposed $44 billion Alaska project'; Figure 1 (vehicles and parts imports, $ billions; year labels 2020-2024, ticks 0-60, two-series legend, no values; HTML: floated into the sidebar); 'for the fifth year in a row' (not a rank) and '$783 billion' (FDI stock: no IF10199 fact); 'Former President Joe Biden blocked Nippon Steel's $14.9 billion bid for U.S. Steel on January 3' (former president); 'China, the runner-up, held some $784 billion'; Table 1's 2023 column (past year), 'Total trade' amounts and 'U.S. balance' row (no fact), 'EU members counted separately'; 'most of them in the Navy, the Air Force, and the Marine Corps'; 'that expires in March 2027' (the SMA's end, not its date) and 'Talks on a successor are expected'; 'a step first announced in July 2024'; 'about twice the level of 1%' ('about' on 'twice'); 'sets aside ¥8.7 trillion for defense, roughly 1.8% of GDP' (current share, not the goal or the limit); 'urged allies to spend 3% or more' (a demand, not Japan's goal); 'up to 400' (missiles); 'Of the 9,000 Marines slated to leave Okinawa' (total leaving, not Guam) and 'the 2012 realignment plan'; 'whose term runs to September 2026' (Okinawa governor's term end: not an election); 'defeating Takaichi Sanae' (not PM); 'with votes from the Democratic Party for the People (DPFP) or Nippon Ishin' (not coalition members); 'Cabinet approval ratings have hovered near 30%'; 'the Tokyo metropolitan assembly vote on June 22' (local: not listed); 'the October-December quarter showed an annualized gain of 2.2%' (a quarter); 'a ¥13.9 trillion' (yen amount; the dollar figure is the fact); '¥161' and 'about ¥142'; 'lifted its policy rate to 0.5% in January'; 'further goals of 60% by FY2035 and 73% by FY2040' (later targets); 'hosted by then-President Biden in Wilmington' (former president) and 'India is due to host the next' (planned); 'more than $12 billion to Ukraine' (total, not financial support); sidebar 'Okinawa at a Glance' (HTML aside; layout text: an ordinary section in the column flow). PDF options curly quotes, NBSP, hyphenated line ends; layout: pdftotext -layout runs the two columns side by side, with Table 1, the bullet list and Figure 1 among them.",
}
