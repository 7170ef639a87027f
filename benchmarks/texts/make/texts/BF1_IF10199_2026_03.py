from lib import F, D, P, GDP, E, EV

NAME, SET, BRIEF, VERSION = "BF1-IF10199-2026-03", "fresh21", "IF10199", 49
LAYOUTS = ["html", "layout"]
PDF_OPTS = ["nbsp", "hyph"]
SIDEBAR = "Okinawa and the Guam Move"

MD = """
U.S.-Japan Relations

Updated March 12, 2026

## Overview

Prime Minister Sanae Takaichi has a stronger hand at home than any Japanese leader since the late Shinzo Abe, who was assassinated in July 2022. Her Liberal Democratic Party (LDP) won a landslide in a snap election for the House of Representatives (the Lower House) on February 8, 2026. Abroad, she faces a U.S. tariff regime that has changed three times in under a year. On February 20, the U.S. Supreme Court ruled 6-3 that the International Emergency Economic Powers Act (IEEPA) does not authorize tariffs, undoing the legal basis of the trade framework that President Donald J. Trump and the government of Takaichi's predecessor, Shigeru Ishiba, concluded in July 2025.

## Tariffs and the $550 Billion Pledge

Ten percent: that is the surcharge most goods from Japan have borne since February 24, 2026, when a temporary Section 122 tariff replaced the voided IEEPA duties. It is capped by statute at 15% and may last no more than 150 days, so unless Congress votes to extend it, the surcharge is due to lapse in late July. The President has said he could raise the rate to that cap.

It was in an April 7, 2025, telephone call between Trump and Ishiba that the two governments agreed to open tariff talks. Japan had been assigned a 24% "reciprocal" rate five days earlier; from August 7 until the Court ruled, most Japanese goods paid 15%. Table 1 sets Japan's terms beside those of two other partners that struck similar deals.

Table 1. Tariff Terms: Japan and Two Other Partners

| Measure | Japan | S. Korea | EU |
| --- | --- | --- | --- |
| Rate set Apr. 2, 2025 (%) | 24 | 25 | 20 |
| Rate in 2025 deal (%) | 15 | 15 | 15 |
| Rate from Feb. 24, 2026 (%) | 10 | 10 | 10 |
| Pledge ($ billions) | 550 | 350 | 600 |

Source: White House fact sheets.

Japanese officials maintain that the ruling leaves the pledge in the bottom row intact: Japan is to finance U.S. projects the President selects before January 19, 2029. Separate Section 232 duties on Japanese autos, cut to 15% on September 16, 2025, and the 50% duty on steel and aluminum were untouched by the Court.

## Trade and Investment

Measured by total trade, Japan placed sixth among U.S. partners in 2025, the same as in 2024. Table 2 gives the flows. Canada's investors ranked second to Japan's as holders of foreign direct investment in the United States at the end of 2024. Japan also remains the largest foreign owner of U.S. Treasury securities, with about $1.2 trillion at the end of 2025; the United Kingdom has overtaken China for second place.

Table 2. Japan in U.S. Trade, 2024-2025

| Flow or standing | 2024 | 2025 |
| --- | --- | --- |
| Exports to Japan, $bn | 129.1 | 131.6 |
| Rank as export market | 6 | 5 |
| Imports from Japan, $bn | 192.4 | 183.4 |
| Rank as import source | 5 | 7 |

Source: Bureau of Economic Analysis; goods and services.

## Alliance and Defense

The alliance dates from April 1952, when the security treaty signed at San Francisco the previous September took effect. Japan hosts the 55,000-odd U.S. service members of U.S. Forces Japan. Under a cost-sharing accord reached in December 2021 and running through March 2027, Tokyo pays just shy of $1.4 billion a year at recent exchange rates toward their upkeep; during his first term Trump asked for $8 billion annually, and talks on a successor accord are expected this year.

In December 2022 Japan committed to raise defense and related spending to 2% of GDP by FY2027, ending the informal 1% ceiling that governments had observed, with few lapses, since 1976. Takaichi's government says that level was reached in FY2025, two years ahead of schedule. Some U.S. officials want more: 3.5% of GDP, the core-defense level NATO members agreed in June 2025 to reach by 2035. Japan's purchase of up to 400 Tomahawk cruise missiles, notified to Congress at an estimated $2.35 billion, has begun delivering.

## Okinawa and the Guam Move

Okinawa Prefecture covers 0.6% of Japan's land area. It nevertheless holds a little over 70% of the acreage reserved for exclusive U.S. use, and roughly one U.S. service member in two in Japan is stationed there. A 2012 realignment plan moves about 9,000 Marines off the island; some 4,000 of them are to go to Guam. A first contingent of about 100 arrived there in December 2024, and only a couple of hundred have made the move so far. Governor Denny Tamaki is up for reelection in September 2026.

## Domestic Politics

Takaichi won the LDP presidency in a runoff on October 4, 2025. Six days after her victory, Komeito, the LDP's partner for 26 years, quit the coalition. The LDP then formed a government with the Japan Innovation Party (Ishin), which holds no cabinet posts. In February the LDP won 316 of the 465 Lower House seats on its own, more than two-thirds; with Ishin's 36, the coalition controls just over three-quarters of the chamber. In the House of Councillors the two parties hold 119 of 248 seats, short of a majority.

The calendar gives Takaichi room: the House of Councillors next faces voters in July 2028, and the Lower House chosen in February need not be re-elected until February 2030.

## Economy

Real GDP grew 1.1% in 2025, after 0.1% in 2024, although output contracted at an annualized 2.3% in the July-September quarter. Some $117 billion (¥18.3 trillion) in extra spending was approved by the Diet in mid-December 2025, financing a ¥21.3 trillion economic package. The yen slid in January to about ¥159 per dollar, close to the 38-year low of July 2024. Japan's emissions target is a 46% cut from FY2013 levels by FY2030; a deeper goal of 60% by FY2035 was adopted in February 2025.

## Regional Diplomacy

Quad leaders have met six times, four of them in person, most recently in Wilmington, Delaware, in September 2024; India, the designated next host, has set no date.

## Issues for Congress

- whether to extend the Section 122 surcharge beyond July, or to legislate tariff authority
- the next host-nation cost-sharing accord, due before March 2027

**Mark E. Manyin**, Coordinator, Specialist in Asian Affairs

**Cathleen D. Cimino-Isaacs**, Specialist in International Trade and Finance

**Kyla H. Kitamura**, Analyst in Asian Affairs
"""

TRUTH = {
    "facts": {
        "leaders.japan_prime_minister": P("Takaichi", "Sanae", "Prime Minister Sanae Takaichi"),
        "leaders.us_president": P("Trump", "Donald", "President Donald J. Trump"),
        "alliance.treaty_ally_since": F(1952, as_written="The alliance dates from April 1952, when the security treaty signed at San Francisco the previous September took effect"),
        "alliance.us_troops_in_japan": F(55000, "about", as_written="the 55,000-odd U.S. service members of U.S. Forces Japan", note="'-odd' read as a round-number hedge"),
        "alliance.host_nation_support_per_year": F(1400000000, "nearly", per="year", as_written="Tokyo pays just shy of $1.4 billion a year at recent exchange rates toward their upkeep"),
        "alliance.host_nation_support_agreement": D("2021-12", as_written="Under a cost-sharing accord reached in December 2021 and running through March 2027"),
        "alliance.okinawa_share_of_land_area": F(0.6, as_written="Okinawa Prefecture covers 0.6% of Japan's land area", note="sidebar"),
        "alliance.okinawa_share_of_usfj_facilities": F(70, "over", as_written="It nevertheless holds a little over 70% of the acreage reserved for exclusive U.S. use", note="sidebar; exclusive-use basis, subject carried by 'It'"),
        "alliance.okinawa_share_of_usfj_personnel": F(50, "about", as_written="roughly one U.S. service member in two in Japan is stationed there", note="sidebar; a ratio in words"),
        "alliance.marines_relocating_to_guam": F(4000, "about", as_written="some 4,000 of them are to go to Guam", note="sidebar"),
        "alliance.marines_in_guam": F(200, "about", as_written="only a couple of hundred have made the move so far", note="sidebar; 'a couple of hundred' read as about 200"),
        "defense.spending_goal_pct_gdp": F(2, by="FY2027", as_written="committed it to raise defense and related spending to 2% of GDP by FY2027", note="government says reached in FY2025, two years early; the goal's date stays FY2027"),
        "defense.traditional_limit_pct_gdp": F(1, as_written="ending the informal 1% ceiling that governments had observed, with few lapses, since 1976"),
        "defense.tomahawk_purchase": F(2350000000, "about", as_written="notified to Congress at an estimated $2.35 billion"),
        "politics.ruling_coalition": F(["LDP", "Ishin"], as_written="The LDP then formed a government with the Japan Innovation Party (Ishin), which holds no cabinet posts"),
        "politics.lower_house_coalition_share": F(75, "over", as_written="with Ishin's 36, the coalition controls just over three-quarters of the chamber"),
        "politics.upper_house_coalition_share": F(50, "under", as_written="In the House of Councillors the two parties hold 119 of 248 seats, short of a majority"),
        "politics.next_diet_election_due": F(2028, as_written="the House of Councillors next faces voters in July 2028"),
        "politics.lower_house_election_due": D("2030-02", as_written="the Lower House chosen in February need not be re-elected until February 2030"),
        "trade.us_tariff_on_most_imports_from_japan": F(10, period="2026-02-24", as_written="Ten percent: that is the surcharge most goods from Japan have borne since February 24, 2026", note="Section 122; also Table 1, Japan column, third row"),
        "trade.japan_investment_pledge": F(550000000000, by="2029-01-19", as_written="the pledge in the bottom row intact: Japan is to finance U.S. projects the President selects before January 19, 2029", note="amount only in Table 1 (Japan column, $ billions)"),
        "trade.overall_partner_rank": F(6, period="2025", as_written="Measured by total trade, Japan placed sixth among U.S. partners in 2025, the same as in 2024"),
        "trade.export_partner_rank": F(5, period="2025", as_written="Table 2: Rank as export market | 6 | 5"),
        "trade.import_partner_rank": F(7, period="2025", as_written="Table 2: Rank as import source | 5 | 7"),
        "trade.us_exports_to_japan": F(131600000000, period="2025", as_written="Table 2: Exports to Japan, $bn | 129.1 | 131.6"),
        "trade.us_imports_from_japan": F(183400000000, period="2025", as_written="Table 2: Imports from Japan, $bn | 192.4 | 183.4"),
        "trade.fdi_source_rank": F(1, period="2024", as_written="Table 2 gives the flows. Canada's investors ranked second to Japan's as holders of foreign direct investment in the United States at the end of 2024"),
        "trade.treasury_holder_rank": F(1, period="2025", as_written="Japan also remains the largest foreign owner of U.S. Treasury securities, with about $1.2 trillion at the end of 2025"),
        "economy.gdp_growth": GDP(y2025=1.1, y2024=0.1),
        "economy.supplementary_budget": F(117000000000, "about", period="2025-12", as_written="Some $117 billion (¥18.3 trillion) in extra spending was approved by the Diet in mid-December 2025"),
        "economy.yen": F("38-year low against the dollar", period="2024-07", as_written="The yen slid in January to about ¥159 per dollar, close to the 38-year low of July 2024"),
        "economy.emissions_cut_target": F(46, by="2030", baseline="2013", as_written="a 46% cut from FY2013 levels by FY2030"),
        "diplomacy.quad_leader_meetings": F(6, as_written="Quad leaders have met six times, four of them in person"),
    },
    "elections": {
        "ldp_president_2025": E("LDP president", "2025-10-04", "held", result="Takaichi won the runoff"),
        "lower_house_2026": E("Lower House", "2026-02-08", "held", result="LDP 316 of 465 alone; coalition with Ishin just over three-quarters"),
        "upper_house_2028": E("Upper House", "2028-07", "upcoming"),
        "okinawa_governor_2026": E("Okinawa governor", "2026-09", "upcoming", note="Denny Tamaki up for reelection"),
    },
    "events": {
        "abe_assassination": EV("Abe Shinzo assassinated", "2022-07"),
        "tariff_talks_announced": EV("U.S.-Japan tariff talks agreed in a Trump-Ishiba call", "2025-04-07", "held"),
        "section122_surcharge_expired": EV("Section 122 surcharge due to lapse", "2026-07", "upcoming"),
    },
    "notes": "Traps: 'On February 20, the U.S. Supreme Court ruled 6-3' (ruling date and vote; no IF10199 fact); 'changed three times in under a year'; 'Shigeru Ishiba' (predecessor) and 'concluded in July 2025'; 'It is capped by statute at 15% and may last no more than 150 days' (carried subject: the cap, not the rate); 'The President has said he could raise the rate to that cap' (threatened); 'Japan had been assigned a 24% \"reciprocal\" rate five days earlier' and 'from August 7 until the Court ruled, most Japanese goods paid 15%' (past rates); Table 1 (countries as columns: Japan's 24 and 15 rows are past rates; S. Korea 25/15/10/350 and EU 20/15/10/600 are other partners'); 'cut to 15% on September 16, 2025' (Section 232 autos) and 'the 50% duty on steel and aluminum'; 'the same as in 2024' (past rank, same value); Table 2's 2024 column (129.1, 6, 192.4, 5: past year); 'Table 2 gives the flows. Canada's investors ranked second' (another country's rank); 'the United Kingdom has overtaken China for second place' and 'about $1.2 trillion'; 'signed at San Francisco the previous September' (1951); 'running through March 2027' (expiry, not the agreement date); 'Trump asked for $8 billion annually' (past demand); 'In December 2022' (strategy date, not a fact); 'with few lapses, since 1976'; 'that level was reached in FY2025, two years ahead of schedule' (not the goal's date); '3.5% of GDP, the core-defense level NATO members agreed in June 2025 to reach by 2035' (other countries); 'up to 400 Tomahawk cruise missiles' (a count); 'A 2012 realignment plan moves about 9,000 Marines off the island' (total leaving, not Guam); 'A first contingent of about 100 arrived there in December 2024' (past count in Guam); 'Six days after her victory, Komeito, the LDP's partner for 26 years, quit the coalition' (former partner); 'the LDP won 316 of the 465 Lower House seats on its own, more than two-thirds' (LDP alone, not the coalition's share); \"Ishin's 36\"; '119 of 248 seats' (counts); 'output contracted at an annualized 2.3% in the July-September quarter' (a quarter); 'financing a ¥21.3 trillion economic package'; 'about ¥159 per dollar' (January 2026 rate); 'a deeper goal of 60% by FY2035'; 'four of them in person' (subset of Quad meetings); 'in September 2024' and 'India, the designated next host, has set no date'; Issues bullets ('beyond July', 'due before March 2027'); HTML sidebar 'Okinawa and the Guam Move'; layout text with NBSP and hyphenated line ends",
}
